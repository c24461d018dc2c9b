"""Names that tell (`consentry.anonymize.sensitive`): sensitive subjects, kinds of business,
an organisation's internal packages."""

from __future__ import annotations

import pytest

from consentry.anonymize.free_text import is_software_word
from consentry.anonymize.scrub import scrub_message
from consentry.anonymize.sensitive import (
    BUSINESS_WORDS,
    SENSITIVE_WORDS,
    names_a_business,
    names_a_sensitive_subject,
    names_an_internal_thing,
)
from consentry.anonymize.vocabulary import software_words


@pytest.mark.parametrize(
    "name",
    [
        "hiv_viral_load",
        "tumor_stage",
        "clientDiagnosis",
        "buyerSsn",
        "gambling_losses_usd",
        "days_since_last_relapse",
        "layoff_wave",
        "divorce_settlement_asset_split.sh",
        "tenant_eviction_notice.rb",
        "SALARY_BANDS",
        "salaries2024",
        "payroll_adjustments_2024-09.csv",
        "asylum_case_notes",
        "harassment-reports.xlsx",
        "ehr_export_queue",
    ],
)
def test_a_name_with_a_sensitive_word_names_one(name: str) -> None:
    assert names_a_sensitive_subject(name)


@pytest.mark.parametrize(
    "name",
    [
        *("hiv", "Diagnosis", "tax_rate", "attention_mask", "genetic_algorithm"),
        *("passport-local", "race_condition", "std_dev", "union_all", "orientation_lock"),
        "third_party",
        "terminationGracePeriodSeconds",
        "aws_emr_cluster",
    ],
)
def test_a_word_alone_or_software_senses_do_not(name: str) -> None:
    assert not names_a_sensitive_subject(name)


def test_the_words_are_lower_case_and_whole() -> None:
    assert all(word.islower() and word.isalpha() for word in SENSITIVE_WORDS | BUSINESS_WORDS)


def test_no_business_word_is_one_software_names_things_with() -> None:
    # A word of the software dictionaries ("inc", "llc", "properties") would take
    # identifiers every project has ("inc/config.h", "gradle.properties").
    assert not BUSINESS_WORDS & set(filter(software_words().__contains__, BUSINESS_WORDS))


@pytest.mark.parametrize(
    "name",
    ["harbor-street-bakery", "docker-compose.sunnyvale-clinic.yml", "architects_stockholm"],
)
def test_a_name_with_a_kind_of_business_is_a_customers(name: str) -> None:
    assert names_a_business(name)


@pytest.mark.parametrize(
    "name",
    ["clinic", "gradle.properties", "inc/config.h", "gym_env", "mutual_tls", "CO_API_KEY"],
)
def test_software_names_and_a_word_alone_are_not(name: str) -> None:
    assert not names_a_business(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KeyError: \"['client_ssn', 'date_of_birth'] not in index\"",
            "KeyError: \"['<redacted>', 'date_of_birth'] not in index\"",
        ),
        (
            'unable to find column "hiv_viral_load"; valid columns: ["visit_date"]',
            'unable to find column "<redacted>"; valid columns: ["visit_date"]',
        ),
        ("permission denied: ./divorce_settlement_split.sh", "permission denied: ./<file>"),
        # A path goes whole, its line and column with it, as someone's other paths do.
        ("src/pages/therapist/SessionNotes.vue:64:11 unused", "<path> unused"),
        ("Network sunnyvale-clinic_default  Created", "Network <redacted>  Created"),
        # Prose keeps its words: whose test it was is not said.
        ("HIV test results could not be loaded", None),
    ],
)
def test_in_a_message(text: str, expected: str | None) -> None:
    assert scrub_message(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("name", "internal"),
    [
        ("acme_internal_mcp", True),
        ("gilmore_internal", True),
        ("pip._internal.cli.main", False),
        ("node:internal/deps/undici", False),
        ("internal_error", False),
    ],
)
def test_an_organisations_internal_package(name: str, internal: bool) -> None:
    assert names_an_internal_thing(name, is_software_word) is internal


def test_a_modules_last_name_is_no_files_extension() -> None:
    out = scrub_message("ModuleNotFoundError: No module named 'gilmore_internal.pricing'")
    assert out == "ModuleNotFoundError: No module named '<redacted>'"
