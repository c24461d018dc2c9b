"""The anonymity figures of issue 12, for the tune and the holdout half side by side.

    .venv/bin/python -m tests.corpus.report              # everything, ~1 minute
    .venv/bin/python -m tests.corpus.report --no-server  # per-field figures only
    .venv/bin/python -m tests.corpus.report --misses 20  # also list what got through (tune)
    .venv/bin/python -m tests.corpus.report --free-text scrubbed  # another mode's figures

Peer suites are read from `.cache/corpora/peers/` (`python -m tests.corpus.peers`
extracts them; the registry suite is downloaded on first use), the adversarial corpus
is generated and sent through real servers, the benign strings go through the
`message` field. Each goal is marked met or not met; the command never fails because
a goal is not met (exit 0), only when it cannot compute the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from consentry.anonymize.scrub import FREE_TEXT_MODES
from tests.corpus import adversarial, benign, reviews
from tests.corpus.adversarial import HALVES, RULE_CATEGORIES, Half
from tests.corpus.measure import (
    SuiteFigures,
    Tally,
    benign_changed,
    score,
    use_free_text,
    what_replaced,
)
from tests.corpus.peers import PeerSample, half_of, load
from tests.corpus.peers.__main__ import ALL_SUITES, WHY_NOT_REGISTRY, registry_suites
from tests.corpus.through_server import Outcome, run

PEER_TEXT_GOAL: Final = 0.97
PEER_IDENTIFIER_GOAL: Final = 0.995
ADVERSARIAL_GOAL: Final = 0.03
BENIGN_GOAL: Final = 0.03


@dataclass
class HalfFigures:
    """Every figure of one half."""

    peers: dict[str, SuiteFigures] = field(default_factory=dict)
    pooled: SuiteFigures = field(default_factory=SuiteFigures)
    adversarial: Outcome | None = None
    benign: Tally = field(default_factory=Tally)
    benign_changed: list[str] = field(default_factory=list)
    benign_strings: list[str] = field(default_factory=list)
    reviews: dict[str, reviews.ReviewFigures] = field(default_factory=dict)


@dataclass
class Report:
    """Both halves, and which peer suites were not available here."""

    halves: dict[Half, HalfFigures]
    skipped: dict[str, str]
    sources: dict[str, str]


def peer_samples() -> tuple[dict[str, list[PeerSample]], dict[str, str]]:
    """Every peer suite available here, and the reason for each one that is not."""
    suites: dict[str, list[PeerSample]] = {}
    skipped: dict[str, str] = {}
    try:
        suites.update(registry_suites())
    except Exception as exc:  # no registry here: say so, measure the rest
        skipped["sentry-python"] = f"download failed ({type(exc).__name__})"
    for suite in ALL_SUITES:
        if suite in suites or suite in skipped:
            continue
        cached = load(suite)
        if cached is None:
            skipped[suite] = "no snapshot extracted on this machine: " + WHY_NOT_REGISTRY[suite]
        else:
            suites[suite] = cached
    return suites, skipped


def _pool(into: SuiteFigures, part: SuiteFigures) -> None:
    for kind, tally in part.recall.items():
        into.recall[kind].ok += tally.ok
        into.recall[kind].total += tally.total
    for name in ("unchanged", "kept"):
        mine, theirs = getattr(into, name), getattr(part, name)
        mine.ok += theirs.ok
        mine.total += theirs.total
    into.missed.extend(part.missed)


def compute(*, server: bool = True, workdir: Path | None = None) -> Report:
    """Measure everything for both halves."""
    suites, skipped = peer_samples()
    halves: dict[Half, HalfFigures] = {h: HalfFigures() for h in HALVES}
    for name, samples in suites.items():
        for half in HALVES:
            figures = score(s for s in samples if half_of(s.suite, s.test) == half)
            halves[half].peers[name] = figures
            _pool(halves[half].pooled, figures)
    strings = {"tune": benign.benign_tune(), "holdout": benign.benign_holdout()}
    for half in HALVES:
        halves[half].benign, halves[half].benign_changed = benign_changed(strings[half])
        halves[half].benign_strings = strings[half]
        halves[half].reviews = {
            name: reviews.measure(name, half)
            for name, has in reviews.REVIEWS.items()
            if half in has
        }
    if server:
        root = workdir or Path(tempfile.mkdtemp(prefix="consentry-corpora-"))

        async def both() -> list[Outcome]:
            # Side by side: each half is its own set of server processes.
            runs = (run(adversarial.samples(h), root / h) for h in HALVES)
            return list(await asyncio.gather(*runs))

        for half, outcome in zip(HALVES, asyncio.run(both()), strict=True):
            halves[half].adversarial = outcome
    sources = {name: samples[0].source for name, samples in suites.items() if samples}
    return Report(halves, skipped, sources)


def _pct(tally: Tally | None) -> str:
    if tally is None or tally.rate is None:
        return "—"
    return f"{100 * tally.rate:.1f} % ({tally.ok}/{tally.total})"


def _met(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "NOT MET")


def _both(values: list[bool | None]) -> bool | None:
    known = [v for v in values if v is not None]
    return None if not known else all(known)


def rows(report: Report) -> list[tuple[str, str, str, str, str]]:
    """(figure, goal, tune, holdout, met on both) for the table."""
    h = report.halves
    out: list[tuple[str, str, str, str, str]] = []

    def add(name: str, goal: str, tallies: list[Tally | None], checks: list[bool | None]) -> None:
        out.append((name, goal, _pct(tallies[0]), _pct(tallies[1]), _met(_both(checks))))

    def at_least(t: Tally | None, floor: float) -> bool | None:
        return None if t is None or t.rate is None else t.rate >= floor

    def at_most_changed(t: Tally | None, ceiling: float) -> bool | None:
        return None if t is None or t.rate is None else 1 - t.rate <= ceiling

    for kind, goal in (
        ("message", PEER_TEXT_GOAL),
        ("stack", PEER_TEXT_GOAL),
        ("identifier", PEER_IDENTIFIER_GOAL),
    ):
        ts = [h[x].pooled.recall.get(kind) for x in HALVES]
        add(
            f"peer recall, {kind} (all suites)",
            f"≥ {100 * goal:g} %",
            ts,
            [at_least(t, goal) for t in ts],
        )
    for suite in sorted(h["tune"].peers):
        for kind in ("message", "stack", "identifier"):
            ts = [h[x].peers[suite].recall.get(kind) for x in HALVES]
            if any(t is not None and t.total for t in ts):
                add(f"  {suite}: recall, {kind}", "", ts, [None])
        unchanged = [h[x].peers[suite].unchanged for x in HALVES]
        if any(t.total for t in unchanged):
            add(f"  {suite}: must-keep cases unchanged", "", list(unchanged), [None])
    if "vscode" in h["tune"].peers:
        ts = [h[x].peers["vscode"].kept for x in HALVES]
        add("VS Code must-keep parts kept", "100 %", ts, [at_least(t, 1.0) for t in ts])
    if all(h[x].adversarial is not None for x in HALVES):
        outcomes = [h[x].adversarial for x in HALVES]
        surfaced = [Tally(len(o.surfaced), len(o.samples)) for o in outcomes if o]
        add(
            "adversarial samples surfaced",
            f"≤ {100 * ADVERSARIAL_GOAL:g} %",
            list(surfaced),
            [t.ok / t.total <= ADVERSARIAL_GOAL for t in surfaced],
        )
        categories = outcomes[0].by_category() if outcomes[0] else {}
        for category in categories:
            per_half: list[Tally] = []
            for o in outcomes:
                hits, total = o.by_category().get(category, (0, 0)) if o else (0, 0)
                per_half.append(Tally(hits, total))
            rule = category in RULE_CATEGORIES
            add(
                f"  surfaced: {category}",
                "0" if rule else "",
                list(per_half),
                [t.ok == 0 for t in per_half] if rule else [None],
            )
    ts = [h[x].benign for x in HALVES]
    add(
        "benign strings unchanged",
        f"≥ {100 - 100 * BENIGN_GOAL:g} %",
        ts,
        [at_most_changed(t, BENIGN_GOAL) for t in ts],
    )
    # The written lists and the fresh batches of real messages apart: the lists came to
    # describe the rules, the batches say what messages nobody tuned on keep.
    fresh = benign.fresh_batches()
    for label, part in (("written lists", False), ("fresh batches of real messages", True)):
        add(f"  unchanged: {label}", "", [_part_tally(h[x], fresh, part) for x in HALVES], [None])
    # The fresh batches once more, split by the kind of their source.
    side = benign.assistant_side()
    for label, part in (("assistant side", True), ("developer tools", False)):
        add(
            f"    of which {label}",
            "",
            [_part_tally(h[x], fresh & side if part else fresh - side, True) for x in HALVES],
            [None],
        )
    # The black-box reviews' messages: how many still hold a private value (fewer is
    # better; no goal was set for them), and what those with none keep.
    for name in reviews.REVIEWS:
        figures = [h[x].reviews.get(name) for x in HALVES]
        add(
            f"{name} review: messages with a private value left",
            "",
            [f.leaked if f else None for f in figures],
            [None],
        )
        add(
            f"{name} review: messages without one, unchanged",
            "",
            [f.unchanged if f else None for f in figures],
            [None],
        )
    # What the changed ones lost, counted per kind: a figure, never the strings.
    kinds = [what_replaced(h[x].benign_changed) for x in HALVES]
    for kind in sorted(set().union(*kinds)):
        out.append(
            (f"  changed: lost to {kind}", "", str(kinds[0][kind]), str(kinds[1][kind]), "—")
        )
    return out


def _part_tally(figures: HalfFigures, fresh: set[str], in_fresh: bool) -> Tally:
    """The benign tally of one part of a half: its fresh batches or its written lists."""
    total = sum((t in fresh) is in_fresh for t in figures.benign_strings)
    changed = sum((t in fresh) is in_fresh for t in figures.benign_changed)
    return Tally(total - changed, total)


def render(report: Report, misses: int = 0, *, show_holdout: bool = False) -> str:
    """The table as Markdown, the sources, what was skipped, and optionally misses: of
    the tune half only, unless `show_holdout` (a holdout read string by string is one
    no more; its rows count what its changed strings lost instead)."""
    lines = ["| figure | goal | tune | holdout | both halves |", "|---|---|---|---|---|"]
    lines += [f"| {' | '.join(r)} |" for r in rows(report)]
    lines.append("")
    for name, source in sorted(report.sources.items()):
        lines.append(f"- {name}: {source}")
    seeds = f"seeds {adversarial.TUNE_SEED} (tune) / {adversarial.HOLDOUT_SEED} (holdout)"
    lines.append(f"- adversarial: tests/corpus/adversarial.py, {seeds}")
    for name, why in sorted(report.skipped.items()):
        lines.append(f"- SKIPPED {name}: {why}")
    for half in HALVES:
        figures = report.halves[half]
        if misses and half == "holdout" and not show_holdout:
            lines.append("\n## holdout: not listed (--show-holdout lists it, and spends it)")
            continue
        if misses:
            lines.append(f"\n## {half}: peer positives that got through (first {misses})")
            lines += [f"- [{k}] {t}: {x!r}" for k, t, x in figures.pooled.missed[:misses]]
            lines.append(f"\n## {half}: benign strings changed")
            lines += [f"- {x!r}" for x in figures.benign_changed[:misses]]
            if figures.adversarial:
                o = figures.adversarial
                lines.append(f"\n## {half}: adversarial samples surfaced")
                for i, where in list(o.surfaced.items())[:misses]:
                    s = o.samples[i]
                    lines.append(f"- [{s.category}] {s.text[:80]!r} in {', '.join(where)}")
    return "\n".join(lines)


def as_json(report: Report) -> dict[str, Any]:
    """The table rows as data."""
    return {
        "rows": [list(r) for r in rows(report)],
        "skipped": report.skipped,
        "sources": report.sources,
    }


FLOORS: Final = Path(__file__).with_name("floors.json")


def floors_of(report: Report) -> dict[str, Any]:
    """The current figures as floors: what the corpus test holds the code to.

    A figure that already meets its goal is floored at the goal, not at its value: a
    change that keeps the goal met is not a regression. Over-redaction of the peers'
    must-keep cases has no goal of its own and is reported, not floored.
    """
    floors: dict[str, Any] = {"adversarial": {}, "benign": {}, "peers": {}, "reviews": {}}
    goals = {"message": PEER_TEXT_GOAL, "stack": PEER_TEXT_GOAL, "identifier": PEER_IDENTIFIER_GOAL}
    for half in HALVES:
        figures = report.halves[half]
        if figures.adversarial is not None:
            floors["adversarial"][half] = {
                c: hits for c, (hits, _total) in figures.adversarial.by_category().items()
            }
        allowed = math.ceil(figures.benign.total * (1 - BENIGN_GOAL))
        floors["benign"][half] = min(figures.benign.ok, allowed)
        for name, review in figures.reviews.items():
            # A ceiling: the messages that may still leak.
            floors["reviews"].setdefault(name, {})[half] = review.leaked.ok
        for suite, suite_figures in figures.peers.items():
            entry = floors["peers"].setdefault(suite, {})
            entry[half] = {
                "recall": {
                    k: min(t.rate, goals[k])
                    for k, t in suite_figures.recall.items()
                    if t.rate is not None
                },
                "unchanged": None,
                "kept": suite_figures.kept.rate,
            }
    return floors


def record_floors(report: Report) -> None:
    """Write floors.json, keeping the floors of suites not measured on this machine."""
    old = json.loads(FLOORS.read_text()) if FLOORS.is_file() else {}
    new = floors_of(report)
    new["peers"] = {**old.get("peers", {}), **new["peers"]}
    if not new["adversarial"]:
        new["adversarial"] = old.get("adversarial", {})
    FLOORS.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 0 whether or not the goals are met."""
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.report")
    parser.add_argument("--no-server", action="store_true", help="skip the adversarial run")
    parser.add_argument("--misses", type=int, default=0, help="list up to N misses (tune half)")
    parser.add_argument(
        "--show-holdout", action="store_true", help="list the holdout half's misses too"
    )
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument(
        "--record-floors", action="store_true", help=f"write the figures as floors to {FLOORS}"
    )
    parser.add_argument(
        "--free-text",
        choices=FREE_TEXT_MODES,
        default="allow-list",
        help="the profile's free_text mode to measure the per-field figures with (another"
        " mode than the default skips the adversarial run, whose servers use the default)",
    )
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # the test client's notices are not figures
    other_mode = args.free_text != "allow-list"
    if other_mode and args.record_floors:
        parser.error("floors are recorded for the default mode only")
    use_free_text(args.free_text)
    report = compute(server=not args.no_server and not other_mode)
    print(render(report, args.misses, show_holdout=args.show_holdout))
    if args.json:
        args.json.write_text(json.dumps(as_json(report), indent=1, ensure_ascii=False))
    if args.record_floors:
        record_floors(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
