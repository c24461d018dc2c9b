"""Shapes of ordinary messages that are no code, no secret and no one's: a package pin in
backticks, an optional letter in parentheses, a number after a number sign, a flag named
in prose before a verb, a statement of a keyword and names in backticks."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    "text",
    [
        "Failed to resolve dependencies for package `requests==2.32.3`",
        "You need to install `pip install bitsandbytes>=0.48.0` if you want to use it",
        "pin `httpx[http2]>=0.27,<1.0` instead",
        "URL scheme must be a HTTP(S) scheme",
        "dictionary update sequence element #0 has length 1; 2 is required",
        "--with-api-key expects the API key on stdin.",
        "missing go.sum entry for module providing package golang.org/x/text/language",
        # A statement of a keyword and names, no value in it; punctuation alone.
        "e.g. `from groq import BaseModel`",
        "call `await response` before reply()",
        "use `import numpy as np` or `raise ValueError`",
        "f-string: single `}` is not allowed",
        # A glob of files' endings names no document.
        "task spec path must be a *.task.md file within the specs directory",
        "exclude **/*.d.ts from the build",
    ],
)
def test_ordinary_shapes_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # A comparison is still code, and an unknown name in a pin is still judged.
        ("`x == y` failed", "`<code>` failed"),
        ("`pip install kowalczyk-secret>=1.0`", "`pip install <redacted>>=1.0`"),
        ("see #kowalczyk", "see #<redacted>"),
        # An unknown name takes the statement with it; prose around an import is code,
        # and so is a value.
        ("`from kowalczyk import x`", "`<text>`"),
        ("`from my divorce papers import the tax`", "`<code>`"),
        ('`return "my new address"`', "`<code>`"),
        ("`await fetch(url)`", "`<code>`"),
        ("found *.my-taxes-2024.pdf", "found *.<file>"),
        # An ending of no known word may be someone's ("*.jdoe"), as any word may.
        ("No files matching *.jdoe were found", "No files matching *.<redacted> were found"),
        ("--with-api-key sk-proj-abcdefghijklmnop1234 x", "--with-api-key <secret> x"),
    ],
)
def test_what_they_hold_is_still_judged(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed
    assert scrub_message(scrubbed) == scrubbed
