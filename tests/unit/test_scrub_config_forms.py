"""Secrets in more configuration forms: a Java properties file in XML, a YAML tag before
the value, and keys that end in "pass" written together ("dbpass")."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    "text",
    [
        'Error: <entry key="password">hardcoded</entry>',
        '<property name="db.password">hardcoded</property>',
        "password: !!str hunter2",
        'config dbpass := "hardcoded"',
        "SMTPPASS=hardcoded",
    ],
)
def test_the_value_goes(text: str) -> None:
    out = scrub_message(text)
    assert "hardcoded" not in out
    assert "hunter2" not in out


@pytest.mark.parametrize(
    "text",
    [
        "bypass: sandbox",
        "compass = north",
        '<entry key="timeout">30</entry>',
    ],
)
def test_what_names_no_secret_stays(text: str) -> None:
    assert scrub_message(text) == text
