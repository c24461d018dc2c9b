"""Commits named by git's own lines and by VS Code's About text stay: hashes of public
objects (a commit's subject after them is someone's words, `<text>`). The same hex
elsewhere is judged as before."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    "text",
    [
        "HEAD is now at f1a4fb1 <text>",
        "Updating 3e1f2a9..9b8c7d6",
        "   3e1f2a9..9b8c7d6  main -> main",
        " + 3e1f2a9...9b8c7d6 main -> main (forced update)",
        "[main 9b8c7d6] <text>",
        "error: commit 9b8c7d6 is a merge but no -m option was given.",
        "VS Code version: Code 1.95.3 (f1a4fb101478ce6ec82fe9627c43efbf9e98c813,"
        " 2024-11-13T14:50:04.152Z)",
    ],
)
def test_git_and_about_commits_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("password 9b8c7d61 was wrong", "password <secret> was wrong"),
        # Not git's line: an unlabelled 40-hex run has the shape of a GitHub OAuth token.
        (
            "token f1a4fb101478ce6ec82fe9627c43efbf9e98c813 expired",
            "token <secret> expired",
        ),
        # A branch of a git-flow prefix goes, its commit stays.
        ("[feature/x (root-commit) 9b8c7d6] first", "[<redacted> (root-commit) 9b8c7d6] <text>"),
        ("HEAD is now at f1a4fb1 fix the retry", "HEAD is now at f1a4fb1 <text>"),
    ],
)
def test_hex_outside_git_lines_is_judged_as_before(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed


def test_an_image_digest_keeps_its_label_so_scrubbing_twice_changes_nothing() -> None:
    # The word pass took "sha256:" into the path before it, and a second scrub found the
    # digest unlabelled (`docker build`'s FROM line, in the terminal review's tune half).
    text = (
        "[1/8] FROM docker.io/library/node:20-alpine@sha256:"
        "c13b26e7e602ef2f1074aef304ce6e9b7dd284c419b35d89fcf3cc8e44a8def9  0.0s"
    )
    once = scrub_message(text)
    assert "sha256:c13b26e7e602ef2f1074aef304ce6e9b7dd284c419b35d89fcf3cc8e44a8def9" in once
    assert scrub_message(once) == once
