"""Calls whose arguments carry nothing of anyone's stay; the word pass still judges them."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    "text",
    [
        "please use parameter 'timeout=ClientWSTimeout(ws_receive=...)'",
        "Retry(total=\u2026) gave up",
        "call connect(...) first",
        "Retry(total=4, connect=None) gave up",
    ],
)
def test_an_ellipsis_or_a_literal_argument_stays(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call f(kowalczyk=...) now", "call f(<redacted>=...) now"),
        ("call f(..., 'Abdelaziz') now", "call <code> now"),
    ],
)
def test_a_name_beside_an_ellipsis_still_goes(text: str, expected: str) -> None:
    assert scrub_message(text) == expected
