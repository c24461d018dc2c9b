"""Shortcuts that let the scrubber skip work must never change what it writes.

Each test compares a shortcut with the plain computation it stands for, on texts built
to sit on the shortcut's edge.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.anonymize import normalise

SETTINGS = settings(max_examples=300, deadline=None)

# Bracketed and bare defanged forms, their near misses and other cases, with blanks.
DEFANGED_TEXTS = st.lists(
    st.sampled_from(
        [
            *("[.]", "(.)", "{.}", "[dot]", "(DOT)", "{Dot)", "[at]", "(AT)", "{@}", "[@)"),
            *("[", "]", "(", ")", "{", "}", ".", "@", "dot", "at", "a", "t", "d", "o"),
            *("x", "10", "example", " ", "  ", "\t", "\n", "\u00a0", "\u212a"),
        ]
    ),
    max_size=16,
).map("".join)


@SETTINGS
@given(DEFANGED_TEXTS)
def test_refang_hint_never_skips_a_defanged_form(text: str) -> None:
    whole = normalise._DEFANGED_AT_RE.sub("@", normalise._DEFANGED_DOT_RE.sub(".", text))
    assert normalise._refang(text) == whole
