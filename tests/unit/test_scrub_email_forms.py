"""E-mail addresses in every form RFC 5322 allows: atext local parts, quoted local parts
and domain literals. The examples are RFC 3696's and RFC 5322's own shapes."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    "address",
    [
        "o'brien@example.ie",
        "jo=ann@example.com",
        "name/surname@example.com",
        "mailhost!username@example.org",
        "customer/department=shipping@example.com",
        "$A12345@example.com",
        "a{b}c@example.com",
        "#!$%&'*+-/=?^_`{}|~@example.org",
        "user%example.com@example.org",
        '" "@example.org',
        '"john..doe"@example.org',
        '"Abc@def"@example.com',
        "postmaster@[192.0.2.1]",
        "_test@[IPv6:2001:0db8:85a3:0000:0000:8a2e:0370:7334]",
    ],
)
def test_every_rfc_5322_form_is_one_address(address: str) -> None:
    assert scrub_message(f"Failed to notify {address} today") == "Failed to notify <email> today"


def test_quotes_around_an_address_stay() -> None:
    assert scrub_message("no account for 'jo@example.org'") == "no account for '<email>'"
    assert scrub_message("no account for `jo@example.org`") == "no account for `<email>`"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("git config --author=jo@example.org failed", "git config --author=<email> failed"),
        ("Invalid user.email=jo.smith@example.org", "Invalid user.email=<email>"),
    ],
)
def test_a_known_key_before_equals_is_the_option_not_the_address(text: str, kept: str) -> None:
    assert scrub_message(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "npm ERR! peer react@18.2.0 from react-dom@18.2.0",
        "uses: actions/checkout@v4 and actions/setup-node@v4.0.2",
        "at handler@bundle.js:10:22",
        "git reflog HEAD@{1}",
    ],
)
def test_what_only_looks_like_an_address_is_no_address(text: str) -> None:
    assert "<email>" not in scrub_message(text)


def test_a_local_part_of_any_length_is_one_address() -> None:
    # A run too long for the pattern lost its words to the word pass and left "!@x.org",
    # an address, for a second scrub.
    text = "Error" * 17 + "failed!@example.com"
    assert scrub_message(text) == "<email>"
    assert scrub_message("'postmaster@[192.0.2.1]'") == "'<email>'"
