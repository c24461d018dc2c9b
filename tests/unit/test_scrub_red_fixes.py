"""Rules added for leaks an independent adversarial run found: units after numbers,
quoted prose holding placeholders, labelled prompts, private namespaces and code-host
paths in free text, branch names, and identifier fields of names."""

from __future__ import annotations

import pytest

from consentry.anonymize.free_text import allow_list
from consentry.anonymize.scrub import scrub_message


def test_numbers_keep_real_units() -> None:
    text = (
        "took 30000ms, 8k tokens, 70B, 1.5GiB, 512MiB, 100Mbps, 2.4GHz, 3x, 5xx, 1st, 12px,"
        " 50%, 30s, 1e6, 404s, 4096KB, 16kHz, 120fps, code 0xAB"
    )
    assert allow_list(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "PPS number 1234567TA",  # an Irish PPS number: seven digits and check letters
        "member id 4471920AB",
        "ref 1234567T",  # one letter after a long number is a check character, not tera
    ],
)
def test_a_number_with_letters_that_are_no_unit_goes(text: str) -> None:
    out = allow_list(text)
    assert text.split()[-1] not in out


def test_quoted_prose_is_text_even_around_a_placeholder() -> None:
    text = "prompt too long: 'Write an email to Ms. Okonkwo telling her the contract is off'"
    assert scrub_message(text) == "prompt too long: '<text>'"
    # A type expression is still no prose.
    kept = "type 'Promise<string> | undefined' is not assignable"
    assert scrub_message(kept) == kept
