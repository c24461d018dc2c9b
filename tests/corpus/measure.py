"""Per-field figures of the anonymizer on the peer suites and the benign strings.

Every text goes through `consentry.anonymize.catalog.validate`, the function the
server's intake runs, in the field it is measured for: `message` and `stack` of an
`error` event, and every identifier field (`model`, `command`, `provider`,
`errorType`, `component`, `languageId`, `page`, `feature`). A secret *survives* when
it is still in what validate kept, placeholders (`<secret>`, `<path>`, …) set aside so
that a secret spelled like a placeholder's word does not count.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from consentry.anonymize import catalog
from consentry.anonymize.scrub import DEFAULT_SCRUBBER, FreeText, Scrubber
from tests.corpus.peers import FieldKind, PeerSample

_PLACEHOLDER: Final = re.compile(r"<[A-Za-z][^<>\n]{0,40}>")
_LOOPBACK: Final = frozenset({"127.0.0.1", "localhost", "::1", "0.0.0.0"})
# Identifier fields, grouped by the event that carries them (required fields filled).
_IDENTIFIER_EVENTS: Final[tuple[tuple[str, tuple[str, ...], dict[str, Any]], ...]] = (
    ("model_command", ("model", "command", "provider"), {"tokensGenerated": 1}),
    ("error", ("errorType", "component"), {}),
    ("suggestion_outcome", ("model", "languageId"), {"outcome": "accepted"}),
    ("pageview", ("page",), {}),
    ("feature_used", ("feature",), {}),
)
_STACK_TAIL: Final = "\n    at run (extension.js:10:5)"


# The scrubber the figures are measured with: the default one (free text by allow-list)
# unless `use_free_text` chose another mode.
_scrubber: Scrubber = DEFAULT_SCRUBBER


def use_free_text(mode: FreeText) -> None:
    """Measure the next figures with the profile's `free_text` set to `mode`."""
    global _scrubber
    _scrubber = DEFAULT_SCRUBBER.with_context(free_text=mode)


def _validate(name: str, properties: dict[str, Any]) -> dict[str, Any] | None:
    params = {
        "event": name,
        "properties": properties,
        "timestamp": datetime.now(UTC).isoformat(),
        "id": str(uuid.uuid4()),
    }
    verdict = catalog.validate(params, scrubber=_scrubber)
    return verdict.properties if isinstance(verdict, catalog.Accepted) else None


def through_field(kind: FieldKind, text: str) -> str:
    """What the intake keeps of `text` put in a field of this kind ('' if dropped)."""
    if kind == "message":
        kept = _validate("error", {"errorType": "Error", "message": text})
        return str(kept.get("message", "")) if kept else ""
    if kind == "stack":
        looks_like_stack = "\n    at " in text or 'File "' in text
        stack = text if looks_like_stack else f"Error: {text}{_STACK_TAIL}"
        kept = _validate("error", {"errorType": "Error", "stack": stack})
        return str(kept.get("stack", "")) if kept else ""
    outputs: list[str] = []
    for name, fields, required in _IDENTIFIER_EVENTS:
        kept = _validate(name, {**required, **dict.fromkeys(fields, text)})
        if kept:
            outputs.extend(str(kept.get(f, "")) for f in fields)
    return "\n".join(outputs)


def survives(secret: str, output: str) -> bool:
    """True when `secret` is still readable in `output` (placeholders set aside)."""
    bare = _PLACEHOLDER.sub(" ", output)
    if secret in bare:
        return True
    folded = unicodedata.normalize("NFKC", bare)
    return unicodedata.normalize("NFKC", secret) in folded


@dataclass
class Tally:
    """A count of successes out of a total."""

    ok: int = 0
    total: int = 0

    def add(self, success: bool) -> None:
        """Count one case."""
        self.ok += int(success)
        self.total += 1

    @property
    def rate(self) -> float | None:
        """ok / total, or None when nothing was counted."""
        return self.ok / self.total if self.total else None


@dataclass
class SuiteFigures:
    """One suite's figures in one half."""

    recall: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    unchanged: Tally = field(default_factory=Tally)  # must-keep cases left as they were
    kept: Tally = field(default_factory=Tally)  # must-keep substrings that survived
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # field, test, text


_IBAN: Final = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
_CARD: Final = re.compile(r"[0-9][0-9 .-]{11,22}[0-9]")


def _iban_valid(value: str) -> bool:
    moved = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _not_personal(secret: str, test: str) -> bool:
    """Loopback addresses; IBANs or card numbers whose check digits fail, in a test of
    IBANs or cards (elsewhere a run of digits is a token, whatever its check digit)."""
    value = secret.strip("[]")
    if value in _LOOPBACK:
        return True
    about = test.lower()
    if "iban" in about and _IBAN.fullmatch(value):
        return not _iban_valid(value)
    if ("card" in about or "credit" in about) and _CARD.fullmatch(value):
        digits = re.sub(r"\D", "", value)
        return 13 <= len(digits) <= 19 and not _luhn_valid(digits)
    return False


def is_scored(sample: PeerSample) -> bool:
    """Positives that hold only loopback addresses or checksum-invalid IBANs and card
    numbers are not scored: none of them identifies anyone or anything."""
    return not sample.positive or not all(_not_personal(s, sample.test) for s in sample.secrets)


def score(samples: Iterable[PeerSample]) -> SuiteFigures:
    """Recall per field, must-keep cases unchanged, must-keep substrings kept."""
    figures = SuiteFigures()
    for sample in samples:
        if not is_scored(sample):
            continue
        for kind in sample.fields:
            output = through_field(kind, sample.text)
            if sample.positive:
                removed = not any(survives(s, output) for s in sample.secrets)
                figures.recall[kind].add(removed)
                if not removed and len(figures.missed) < 400:
                    figures.missed.append((kind, sample.test, sample.text[:160]))
            elif kind == "message":
                figures.unchanged.add(output == sample.text)
            for keep in sample.keep:
                figures.kept.add(keep in output)
    return figures


def benign_changed(strings: Iterable[str]) -> tuple[Tally, list[str]]:
    """How many benign strings the `message` field keeps unchanged; the changed ones."""
    tally, changed = Tally(), []
    for text in strings:
        same = through_field("message", text) == text
        tally.add(same)
        if not same:
            changed.append(text)
    return tally, changed


def what_replaced(strings: Iterable[str]) -> Counter[str]:
    """For benign strings the `message` field changes: how many lost something to each
    placeholder (a string counts once per kind), or to a plain rewrite (``other``)."""
    kinds: Counter[str] = Counter()
    for text in strings:
        out = through_field("message", text)
        found = set(_PLACEHOLDER.findall(out)) - set(_PLACEHOLDER.findall(text))
        kinds.update(found or {"other"})
    return kinds


def as_json(figures: SuiteFigures) -> dict[str, Any]:
    """Figures as plain data (for a JSON report)."""
    return {
        "recall": {k: [t.ok, t.total] for k, t in figures.recall.items()},
        "unchanged": [figures.unchanged.ok, figures.unchanged.total],
        "kept": [figures.kept.ok, figures.kept.total],
    }
