"""The measurement of people's names from software histories (`tests.corpus.authors`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.corpus import authors


def test_full_names_and_what_counts_as_surfacing() -> None:
    assert authors.is_full_name("Jérémy Lal")
    assert not authors.is_full_name("octocat")
    assert not authors.is_full_name("dependabot[bot] bot")
    # A part of three letters or more, as a word of the output.
    assert authors.surfaces("Satish Yadav", "Commit by Satish <redacted> was reverted")
    assert not authors.surfaces("Ye Li", "Commit by Ye Li was reverted")
    assert not authors.surfaces("Mark Rober", "Commit by <name> was reverted")


def test_names_of_a_history_are_measured(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    commit = ["commit", "-q", "--allow-empty", "-m", "x"]
    for name in ("Andreas Damgaard Pedersen", "Rahul Sharma", "octocat"):
        who = ["-c", f"user.name={name}", "-c", "user.email=a@b.c"]
        subprocess.run(["git", "-C", str(repo), *who, *commit], check=True)
    names = authors.authors_of(repo / ".git")
    assert names == {"Andreas Damgaard Pedersen", "Rahul Sharma", "octocat"}
    figures = authors.measure(sorted(names), examples=5)
    assert figures.total == 2
    assert figures.surfaced == 0, figures.examples
