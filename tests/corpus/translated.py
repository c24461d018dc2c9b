"""Messages as translated tools print them, each with the private values it holds.

Two black-box reviews wrote them, each by someone who had read none of the rules: how
PostgreSQL, MySQL, SQL Server, Oracle, git, .NET, Windows, LDAP and business
applications print errors in 24 and 22 languages, and prompts typed in the person's own
language, with the names, logins, passwords, ids, dates of birth, addresses and hosts
in them listed as they must not survive. The *tune* half (`translated/tune.jsonl`, 300
messages) was read and tuned on; the *holdout* half (`translated/holdout.jsonl`, 200,
another author, other languages and sources) was written after those rules and
measured before it was read. A message without private values says what such a
message keeps.

A value a provider rule knows (an API key's format) is stored cut by ``{cut}``, which
loading takes out, so the files hold nothing a secret scanner takes for a real key.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from tests.corpus.adversarial import Half
from tests.corpus.measure import Tally, through_field

_FOLDER: Final = Path(__file__).with_name("translated")
_CUT: Final = "{cut}"


@dataclass(frozen=True)
class TranslatedSample:
    """One message, its language, its kind and the values that must not survive it."""

    lang: str
    kind: str
    text: str
    private: tuple[str, ...]


def samples(half: Half) -> list[TranslatedSample]:
    """The messages of one half, in the order written."""
    out: list[TranslatedSample] = []
    for line in (_FOLDER / f"{half}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.append(
            TranslatedSample(
                lang=row["lang"],
                kind=row["kind"],
                text=row["text"].replace(_CUT, ""),
                private=tuple(p.replace(_CUT, "") for p in row["private"]),
            )
        )
    return out


@dataclass(frozen=True)
class TranslatedFigures:
    """How many messages with private values leaked one of them through `message`, by
    kind, and how many without any came through unchanged."""

    leaked: Tally
    by_kind: dict[str, tuple[int, int]]
    unchanged: Tally


def measure(half: Half) -> TranslatedFigures:
    """Each message through the `message` field of an `error` event."""
    leaked = Counter[str]()
    totals = Counter[str]()
    clean = Tally()
    for sample in samples(half):
        out = through_field("message", sample.text)
        if not sample.private:
            clean.add(out == sample.text)
            continue
        totals[sample.kind] += 1
        if any(value in out for value in sample.private):
            leaked[sample.kind] += 1
    return TranslatedFigures(
        leaked=Tally(sum(leaked.values()), sum(totals.values())),
        by_kind={kind: (leaked[kind], totals[kind]) for kind in sorted(totals)},
        unchanged=clean,
    )
