"""How far the benign goal can go: the anonymizer with less of its allow-list, measured.

    .venv/bin/python -m tests.corpus.frontier          # four settings, ~1.5 minutes

The benign goal (at most 3 % of benign strings changed) is not met on the holdout half.
This measures what giving up parts of the allow-list would buy there, and what it would
cost in the black-box reviews (messages with a private value left) and in peer recall:

- ``allow-list``: the anonymizer as it ships;
- ``lower-case kept``: a word of lower-case letters alone that the allow-list would
  replace with the generic placeholder stays (``aider``, ``iopub``; also ``anowak``);
- ``generic kept``: everything the allow-list would replace with the generic placeholder
  stays, as if its vocabulary held every word there is; its typed placeholders
  (``<path>``, ``<code>``, ``<text>``, …) remain;
- ``detectors alone``: the profile's ``free_text: "scrubbed"``, no allow-list at all.

The two middle settings change one function of the word pass (`free_text._verdict`) in
a process of their own; nothing of them ships. The adversarial corpus is not run: its
servers are separate processes, which a change made here does not reach.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from typing import Any, Final

from consentry.anonymize import free_text
from consentry.anonymize.free_text import GENERIC
from tests.corpus.adversarial import HALVES
from tests.corpus.measure import use_free_text
from tests.corpus.report import compute

SETTINGS: Final = ("allow-list", "lower-case kept", "generic kept", "detectors alone")
_LOWER_WORD_RE: Final = re.compile(r"[a-z]{3,24}")


def _keep(lower_case_only: bool) -> None:
    """Let the word pass keep what it would replace with the generic placeholder."""
    verdict = free_text._verdict

    def relaxed(core: str) -> str | None:
        found = verdict(core)
        if found == GENERIC and (not lower_case_only or _LOWER_WORD_RE.fullmatch(core)):
            return None
        return found

    free_text._verdict = relaxed


def measure(setting: str) -> dict[str, Any]:
    """The figures of one setting, in this process."""
    if setting == "lower-case kept":
        _keep(lower_case_only=True)
    elif setting == "generic kept":
        _keep(lower_case_only=False)
    elif setting == "detectors alone":
        use_free_text("scrubbed")
    report = compute(server=False)
    out: dict[str, Any] = {}
    for half in HALVES:
        figures = report.halves[half]
        recall = figures.pooled.recall["message"]
        out[half] = {
            "benign": [figures.benign.ok, figures.benign.total],
            "recall": [recall.ok, recall.total],
            "leaked": [
                sum(r.leaked.ok for r in figures.reviews.values()),
                sum(r.leaked.total for r in figures.reviews.values()),
            ],
        }
    return out


def _pct(pair: list[int]) -> str:
    ok, total = pair
    return f"{100 * ok / total:.1f} % ({ok}/{total})" if total else "—"


def render(results: dict[str, dict[str, Any]]) -> str:
    """The settings as a Markdown table, both halves side by side."""
    lines = [
        "| setting | benign unchanged, tune | holdout | peer recall (message), tune |"
        " holdout | review messages leaking, tune | holdout |",
        "|---|---|---|---|---|---|---|",
    ]
    for setting, figures in results.items():
        tune, holdout = figures["tune"], figures["holdout"]
        lines.append(
            f"| {setting} | {_pct(tune['benign'])} | {_pct(holdout['benign'])} |"
            f" {_pct(tune['recall'])} | {_pct(holdout['recall'])} |"
            f" {tune['leaked'][0]}/{tune['leaked'][1]} |"
            f" {holdout['leaked'][0]}/{holdout['leaked'][1]} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure every setting, each in a process of its own, and print the table."""
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.frontier")
    parser.add_argument("--setting", choices=SETTINGS, help="measure one, print JSON")
    args = parser.parse_args(argv)
    if args.setting:
        print(json.dumps(measure(args.setting)))
        return 0
    results: dict[str, dict[str, Any]] = {}
    for setting in SETTINGS:
        # A process each: the word pass caches its verdicts, and a changed function
        # must not reach the next setting's figures.
        child = subprocess.run(
            [sys.executable, "-m", "tests.corpus.frontier", "--setting", setting],
            capture_output=True,
            text=True,
            check=True,
            timeout=900,
        )
        results[setting] = json.loads(child.stdout.strip().splitlines()[-1])
    print(render(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
