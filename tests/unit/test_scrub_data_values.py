"""What notebooks and data tools print: the values of someone's rows in their errors'
slots, and the names of experiments, artifacts, kernels and dbt's resources."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.anonymize.scrub import _MISSING_VALUES, ALL_PLACEHOLDERS, scrub_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A detector's placeholder stays: the value was named before.
        (
            "ValueError: could not convert string to float: 'Rosalind Achebe'",
            "ValueError: could not convert string to float: '<name>'",
        ),
        (
            "ValueError: could not convert string to float: 'severe allergy'",
            "ValueError: could not convert string to float: '<text>'",
        ),
        (
            'ValueError: Unable to parse string "PTSD (chronic)" at position 12',
            'ValueError: Unable to parse string "<text>" at position 12',
        ),
        (
            "ValueError: pos_label='Schizoaffective' is not a valid label. "
            "It should be one of ['Bipolar II', 'MDD']",
            "ValueError: pos_label='<redacted>' is not a valid label. "
            "It should be one of ['<text>', '<redacted>']",
        ),
        (
            "ValueError: y contains previously unseen labels: ['divorced', 'widowed']",
            "ValueError: y contains previously unseen labels: ['<redacted>', '<redacted>']",
        ),
        (
            'failed in column \'payer\' for 2 out of 900 values: ["Okafor Ltd", "n/a"]',
            'failed in column \'payer\' for 2 out of 900 values: ["<text>", "n/a"]',
        ),
        (
            "ValueError: Invalid string class label Crohn disease - severe",
            "ValueError: Invalid string class label <text>",
        ),
        (
            "Found no valid file for the classes Ingrid_Solberg, Kwame_Mensah. Supported "
            "extensions are: .jpg",
            "Found no valid file for the classes <redacted>, <redacted>. Supported "
            "extensions are: .jpg",
        ),
        (
            "[parameters: {'full_name': 'Tobias Lindqvist', 'salary': 182000.0}]",
            "[parameters: <code>]",
        ),
        (
            "pandera: isin(['E11.9']) failure cases: F32.1, Z63.5",
            "pandera: <code> failure cases: <redacted>, <redacted>",
        ),
        # Elasticsearch's values in brackets, the line Spring Batch could not read, the
        # string Java could not read as a number.
        (
            "Can't parse boolean value [divorce lawyer fees], expected [true] or [false]",
            "Can't parse boolean value [<text>], expected [true] or [false]",
        ),
        (
            "Parsing error at line: 4412 in resource=[x], input=[88120;Hendrik;van der Berg]",
            "Parsing error at line: 4412 in resource=[x], input=[<text>]",
        ),
        (
            'NumberFormatException: For input string: "Okafor"',
            'NumberFormatException: For input string: "<redacted>"',
        ),
    ],
)
def test_a_rows_values_go(text: str, expected: str) -> None:
    assert scrub_message(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Numbers, dates, times and missing values name no one.
        "ValueError: could not convert string to float: 'N/A'",
        "invalid literal for int() with base 10: '8192k'",
        "ValueError: time data '10/06/2024' does not match format '%Y-%m-%d'",
        "ValueError: y contains previously unseen labels: [0, 3]",
        "No such kernel named python3",
        # Only the slots of a row's value: another tool's options and files stay.
        "Bad value. It should be one of ['auto', 'sqrt']",
        "Could not convert 'config.json' to UTF-8",
        "Error in model orders (models/orders.sql)",
    ],
)
def test_numbers_and_missing_values_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cannot set a deleted experiment 'ceo-succession-model' as active", "ceo-succession"),
        ('Project x does not contain artifact: "applicants-2024-clean:v7"', "applicants"),
        ("NoSuchKernel: No such kernel named claimsteam-py311", "claimsteam"),
        ("Database Error in seed severance_agreements (seeds/x.csv)", "severance"),
        ("Runtime Error in source behavioral_health_notes (models/x.yml)", "behavioral"),
    ],
)
def test_a_data_tools_resource_goes(text: str, name: str) -> None:
    out = scrub_message(text)
    assert name not in out
    assert "<redacted>" in out


_SLOTS = (
    "ValueError: could not convert string to float: '{}'",
    'ValueError: Unable to parse string "{}" at position 7',
    "ValueError: Invalid string class label {}",
    "failed in column 'c' for 1 out of 9 values: [\"{}\"]",
    "ValueError: y contains previously unseen labels: ['{}']",
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_SLOTS),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -+()", max_size=40)
    .map(str.strip)
    .filter(lambda v: len(v) >= 3 and any(c.isalpha() for c in v)),
)
def test_no_rows_value_of_letters_survives_its_slot(slot: str, value: str) -> None:
    """A value of letters in a slot leaves as one placeholder, unless it marks a missing
    value, whatever it spells; scrubbing twice changes nothing."""
    out = scrub_message(slot.format(value))
    before, after = slot.split("{}")
    if value.lower() in _MISSING_VALUES:
        assert out == slot.format(value)
    else:
        assert out.startswith(before) and out.endswith(after)
        assert out[len(before) : len(out) - len(after)] in ALL_PLACEHOLDERS
    assert scrub_message(out) == out
