"""People's names as software histories hold them: how many reach the `message` field.

Commit authors of open-source projects are real names of people who write software,
from every country, written as they chose ("Jérémy Lal", "Satish Yadav", "Andreas
Damgaard Pedersen"): data no rule was written beside. Names are read from the git
directories given (a snapshot or a clone), used and dropped: none is stored.

    .venv/bin/python -m tests.corpus.authors --tune DIR [DIR ...] --holdout DIR [DIR ...]

For every author name of two or more capitalised words, ``Commit by <name> was
reverted`` goes through the `message` field; the name counts as surfaced when any of
its parts of three letters or more is still there as a word. A name of one project
that another lists too is measured in the tune half only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from tests.corpus.measure import through_field

# Parts this short are initials and particles ("J.", "Li", "de"): surfacing they say little.
MIN_PART: Final = 3
_SPLIT_RE: Final = re.compile(r"[ .,]+")
TEMPLATE: Final = "Commit by {} was reverted"


@dataclass(frozen=True)
class Figures:
    """How many multi-word names let a part through, and a few of them."""

    surfaced: int
    total: int
    examples: tuple[str, ...]

    @property
    def rate(self) -> float:
        """The share of names that let a part through (0 when there are none)."""
        return self.surfaced / self.total if self.total else 0.0


def is_full_name(author: str) -> bool:
    """Two or more words, each starting with a capital letter: a person's full name."""
    words = author.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def surfaces(name: str, output: str) -> bool:
    """True when a part of `name` of `MIN_PART` letters or more is a word of `output`."""
    parts = [p for p in _SPLIT_RE.split(name) if len(p) >= MIN_PART]
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", output) for p in parts)


def measure(names: Iterable[str], examples: int = 0) -> Figures:
    """Each full name of `names` through the `message` field."""
    surfaced: list[str] = []
    total = 0
    for name in names:
        if not is_full_name(name):
            continue
        total += 1
        if surfaces(name, through_field("message", TEMPLATE.format(name))):
            surfaced.append(name)
    return Figures(len(surfaced), total, tuple(surfaced[:examples]))


def authors_of(git_dir: Path) -> set[str]:
    """The author and committer names of every commit a git directory holds."""
    out = subprocess.run(
        ["git", "--git-dir", str(git_dir), "log", "--all", "--format=%an%n%cn"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    return {line.strip() for line in out.splitlines() if line.strip()}


def main(argv: list[str] | None = None) -> int:
    """Print both halves' figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--tune", nargs="+", type=Path, required=True)
    parser.add_argument("--holdout", nargs="+", type=Path, required=True)
    parser.add_argument("--examples", type=int, default=0, help="list this many of the tune half")
    args = parser.parse_args(argv)
    tune = set().union(*(authors_of(d) for d in args.tune))
    holdout = set().union(*(authors_of(d) for d in args.holdout)) - tune
    for half, names, shown in (("tune", tune, args.examples), ("holdout", holdout, 0)):
        figures = measure(sorted(names), shown)
        print(
            f"{half}: {figures.surfaced}/{figures.total} full names let a part through"
            f" ({100 * figures.rate:.1f} %)"
        )
        for name in figures.examples:
            print(f"  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
