"""People written in the forms the census pairs do not catch: a surname after initials, a
firm named for its people, a machine named for its owner, a company's name after a label
written as one word; a diagnosis by its ICD-10 code; and a quoted sentence right after an
HTML element's tag, as bots' comments write one."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ten name van J.P. Meijer komt niet overeen", "Meijer"),
        ("Contract signed by J. Smith on Monday", "Smith"),
        ("Referred by Dr. A. Nguyen", "Nguyen"),
        ("Owner: R. J. Kowalczyk-Brandt", "Kowalczyk"),
        ("Invoice for Corbin & Hale inspections failed", "Corbin"),
        ("Adds the Sato & Brennan retainer billing export", "Brennan"),
        ("commission for Delgado & Sons reseller accounts", "Delgado"),
        ('{"deviceDetail":{"displayName":"SOFIA-SURFACE"}}', "SOFIA"),
        ("Connection from PRIYA-LAPTOP (10.0.0.4) refused", "PRIYA"),
        ("mDNS: Johns-MacBook-Pro.local is now known", "Johns"),
        ("paired with ANDREAS-THINKPAD over Bluetooth", "ANDREAS"),
        ("100.101.12.7    olusegun-mbp    macOS", "olusegun"),
        ("                TenantName : Solstice Pharma", "Solstice"),
        ("CompanyName=Hawthorne", "Hawthorne"),
        ('loaded patient {name: "x", dx: "F32.1"}', "F32.1"),
        ("claim rejected: diagnosis code E11.9 not covered", "E11.9"),
        ("ICD-10 F41.1 requires a second review", "F41.1"),
        ("dx=Z21", "Z21"),
        (
            '<p>"Require reviewer from payments-platform for ledger changes" took an action</p>',
            "payments-platform",
        ),
        ('<td>"Refund the Okafor deposit before Friday"</td>', "deposit"),
    ],
)
def test_the_person_the_firm_the_machine_or_the_diagnosis_goes(text: str, value: str) -> None:
    assert value not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Army Corps of Engineers",
        "D.C. Comics",
        "Plan B. Alternatively, retry later",
        "Drag & Drop is not supported here",
        "Tactic & Technique mapping failed",
        "Redis & Postgres are both required",
        "BUILD-LAPTOP",
        "DEV-PC",
        "SALES-LAPTOP",
        "DESKTOP-7G3K2L",
        "will-laptop",
        "idx: F32.1",
        "mode: dx",
        "TenantName : common",
        '<h2>Release</h2><p>"ok"</p>',
    ],
)
def test_words_products_and_codes_stay(text: str) -> None:
    assert scrub_message(text) == text


def test_a_given_name_after_an_initial_goes_with_its_surname() -> None:
    # The pairs take "Thierry Rousseau" first; the initials' rule finds nothing left.
    out = scrub_message("Write to M. Thierry Rousseau, my landlord")
    assert out == "Write to M. <name>, my landlord"


def test_a_placeholder_before_a_quote_is_still_no_opening_tag() -> None:
    # A placeholder's apostrophe is a word's, as before: the quoted run after it is found.
    assert scrub_message("<redacted>'s foo 'bar baz qux' x") == "<redacted>'s foo '<text>' x"
