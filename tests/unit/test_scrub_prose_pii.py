"""Personal data written in prose, which no format marks on its own: dates of birth,
social accounts, spelt-out e-mail addresses, local phone numbers and extensions, US
street addresses and post-office boxes, UK references written with spaces, and .netrc
user names. Each is known by a label or a grammar; the same values without one stay."""

from __future__ import annotations

import re

import pytest

from consentry.anonymize.scrub import (
    _SHAPES,
    MESSAGE_RULES,
    _alternation,
    _shapes_of,
    scrub_message,
    scrub_stack,
)


def _gone(text: str, value: str, placeholder: str) -> str:
    out = scrub_message(text)
    assert value not in out, out
    assert placeholder in out, out
    assert scrub_message(out) == out  # idempotent
    return out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Date of birth: 14.03.1988", "14.03.1988"),
        ("dob 1990-07-21 does not match", "1990-07-21"),
        ("D.O.B. is 3 March 1985", "3 March 1985"),
        ("she was born on 2nd of May 2001 in Leeds", "2nd of May 2001"),
        ("birth_date=09/30/1979 rejected", "09/30/1979"),
        ("invalid birthdate 1-apr-1969", "1-apr-1969"),
        ("born in Cork, on March 4, 1966", "March 4, 1966"),
        ("1977-12-05 is his birthday", "1977-12-05"),
        ("DOB 14 Mar 88", "14 Mar 88"),
    ],
)
def test_a_labelled_date_of_birth_goes(text: str, value: str) -> None:
    _gone(text, value, "<redacted>")


@pytest.mark.parametrize(
    "text",
    [
        "released on 2024-01-15, build 12/01/2024",
        "certificate expired on 03.11.2025",
        "stubborn lock since 12/01/2024",
        "born-again shell 5.1 failed",
        # The sentence ends before the date: a birth mentioned, another day given.
        "Unknown birth field. Retry after 2025-06-01",
    ],
)
def test_dates_without_a_birth_label_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my twitter is @jane_doe42", "jane_doe42"),
        ("Twitter: @JDOE", "JDOE"),
        ("you can tweet at @_x_dev_ for help", "_x_dev_"),
        ("my Skype is jane.doe-77", "jane.doe-77"),
        ("her skype name is janedoe_uk", "janedoe_uk"),
        ("skype: jane,doe", "jane,doe"),
        ("skype id: live:janedoe", "live:janedoe"),
    ],
)
def test_a_labelled_social_account_goes(text: str, value: str) -> None:
    _gone(text, value, "<user>")


@pytest.mark.parametrize(
    "text",
    [
        "Skype: connection failed",
        "twitter: 429 Too Many Requests",
        "my Skype is offline",
        "The Skype extension is not installed",
        "Twitter API error 420",
    ],
)
def test_service_words_without_an_account_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("contact: jane dot doe at example dot co dot uk", "doe"),
        ("write to jdoe at mailbox dot org", "jdoe"),
        ("My email is jdoe at mailbox.org", "jdoe"),
        ("e-mail: jdoe at mailbox.org", "jdoe"),
    ],
)
def test_a_spelt_out_email_address_goes(text: str, value: str) -> None:
    _gone(text, value, "<email>")


@pytest.mark.parametrize(
    "text",
    [
        "request failed at line 12",
        "mail server at smtp.mailbox.org refused the connection",
        "error at 3 places",
    ],
)
def test_at_in_prose_stays(text: str) -> None:
    out = scrub_message(text)
    assert "<email>" not in out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call me back on 555-0142", "0142"),
        ("call me at 5550142 tomorrow", "5550142"),
        ("phone: 555 0142", "0142"),
        ("Tel. 555-0142", "0142"),
        ("cell phone number 555-0142", "0142"),
        ("fax 555-0142 ext 9", "0142"),
    ],
)
def test_a_labelled_seven_digit_phone_goes(text: str, value: str) -> None:
    _gone(text, value, "<phone>")


@pytest.mark.parametrize(
    "text",
    [
        "call 5551234 failed",  # a call's id, no "me"/"on"/"at"
        "cell 2345678 overflowed",  # a table's cell
        "telemetry 5551234 events dropped",
        "callback at 5551234 ms",
    ],
)
def test_seven_digits_without_a_phone_label_stay(text: str) -> None:
    assert "<phone>" not in scrub_message(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("reach me on (212) 555-0142 ext. 31", "ext"),
        ("office 212-555-0142x31", "x31"),
        ("office 212-555-0142EXT31", "EXT31"),
        ("line 212.555.0142, extension 7", "extension"),
    ],
)
def test_an_extension_goes_with_its_phone_number(text: str, value: str) -> None:
    _gone(text, value, "<phone>")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ship to 1600 Pennsylvania Avenue NW", "Pennsylvania"),
        ("moved to 42 oak st.", "oak"),
        ("address 7 North Maple Blvd, Springfield", "Maple"),
        ("221 Baker Street", "Baker"),
        ("12 Elm Ct", "Elm"),
    ],
)
def test_a_us_street_address_goes(text: str, value: str) -> None:
    _gone(text, value, "<location>")


@pytest.mark.parametrize(
    "text",
    [
        "Retry 3 times in the way it was configured",
        "uploaded 3 files to the drive",
        "rounded to 2 decimal place",
        "version 1 main road map",
        "expected 1 argument of type str",
        "found 12 issues in main st",
        "characters or 7 jamo. Either way, it looks the same",
        "it takes 2 other way",
    ],
)
def test_a_count_before_a_street_word_stays(text: str) -> None:
    assert "<location>" not in scrub_message(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("send it to PO Box 4471", "4471"),
        ("P.O. Box 18", "18"),
        ("post office box 990", "990"),
    ],
)
def test_a_po_box_goes(text: str, value: str) -> None:
    _gone(text, value, "<location>")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NI number AB 123456 C", "123456"),
        ("nino JG 103 759 A rejected", "759"),
        ("licence JONES 610125 JA9XY 03 expired", "610125"),
        ("licence SMITH 753 116 AB9CD not found", "116"),
        ("TRN 12 A 34567", "34567"),
        ("your reference 44B 12345 is pending", "12345"),
    ],
)
def test_uk_references_written_with_spaces_go(text: str, value: str) -> None:
    _gone(text, value, "<id>")


@pytest.mark.parametrize(
    "text",
    [
        "connect ECONNREFUSED 127.0.0.1:443",
        "listen EADDRINUSE 0.0.0.0:3000",
        "GB 123456 A",  # a prefix HMRC never allocates
        "licence SMITH 713316 AB9CD",  # a thirteenth month: no licence
        "HTTP 404 Not Found",
    ],
)
def test_capitals_and_digits_that_are_no_uk_reference_stay(text: str) -> None:
    assert "<id>" not in scrub_message(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first name: Amara", "Amara"),
        ("surname=Okafor", "Okafor"),
        ("user.lastName: 'diaz'", "diaz"),
        ('given_name: "Jane Marie"', "Jane Marie"),
        ("full name is Dana Kowalczyk", "Kowalczyk"),
        ("Dear Priya, your export failed", "Priya"),
    ],
)
def test_a_labelled_person_name_goes(text: str, value: str) -> None:
    _gone(text, value, "<name>")


@pytest.mark.parametrize(
    "text",
    [
        "Last name is required",
        "first name is too long",
        "lastName: undefined",
        "surname: string",
        "fullName: ms-python.python",
        "Dear Customer, your export failed",
        "Cannot read property 'firstName' of undefined",
    ],
)
def test_name_fields_without_a_name_stay(text: str) -> None:
    assert scrub_message(text) == text


def test_a_netrc_login_goes() -> None:
    out = _gone("machine git.corp.lan login jdoe42 password hunter2", "jdoe42", "<user>")
    assert "hunter2" not in out
    assert scrub_message("login failed for user") == "login failed for user"


def test_the_rules_apply_to_a_stack_line() -> None:
    stack = "Error: DOB 14.03.1988 rejected\n    at validate (src/form.ts:10:5)"
    assert "14.03.1988" not in scrub_stack(stack)


def test_alternation_matches_exactly_its_words() -> None:
    words = ["st", "street", "pl", "place", "plaza", "plz", "way"]
    pattern = re.compile(_alternation(words) + r"\Z")
    for word in words:
        assert pattern.match(word), word
    for other in ["s", "stree", "p", "plac", "wa", "ways", "plazas"]:
        assert not pattern.match(other), other


def test_shapes_of_translates_each_new_text() -> None:
    assert _shapes_of("AB 12", _SHAPES) == "UUsdd"
    assert _shapes_of("ab 12", _SHAPES) == "..sdd"
    assert _shapes_of("AB 12", _SHAPES) == "UUsdd"


def test_every_new_rule_has_a_prefilter() -> None:
    names = {
        "spelt-email",
        "netrc-login",
        "birth-date",
        "social-handle",
        "street-address",
        "po-box",
        "uk-id",
        "uk-trn",
        "labelled-name",
    }
    rules = [rule for rule in MESSAGE_RULES if rule.name in names]
    assert len(rules) == len(names)
    for rule in rules:
        assert rule.needles or rule.guard or rule.shape or rule.starts, rule.name
