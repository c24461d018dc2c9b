"""What business software prints about its customers and employees: the row a database
refused, a record's number after its noun or key, a person's name in XML, gift card and
licence codes, an address's town and postcode under their keys, a vehicle's
registration, a national number's part under its key, and a payee in capitals."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DETAIL:  Failing row contains (88213, 2024-03-31, emp_5521, 4200.00, NOK).", "emp_5521"),
        ("ERROR net pay negative for employee E-30417 (x)", "E-30417"),
        ("sending invoice INV-7720 to the customer failed", "INV-7720"),
        ("DocNumber=INV-20931 is assigned to TxnType=Invoice", "INV-20931"),
        ("customerCode=CUST-004921", "CUST-004921"),
        ("refund rejected for order #SO-22190 (customer: x)", "SO-22190"),
        ("negative distribution for owner_id 1029", "1029"),
        ("invoice 20931 could not be voided", "20931"),
        ("context: <PersonName><Surname>Ng-Halvorsen</Surname></PersonName>", "Halvorsen"),
        ("<ns1:GivenName>Tobias</ns1:GivenName>", "Tobias"),
        ("redeem failed: code=GC-7H4Q-9XKM-2PLA balance=0.00", "7H4Q"),
        ("licence key XK4P2-9QZRT-77M3B is not valid", "9QZRT"),
        ('{"street1":"x","city":"Round Rock","state":"TX","zip":"78664"}', "Round Rock"),
        ('{"street1":"x","city":"Round Rock","state":"TX","zip":"78664"}', "78664"),
        ('row 57: order=x customer="y" city=Utrecht', "Utrecht"),
        ("policy vehicle is a 2021 HONDA CR-V (reg KX19 HTF)", "KX19"),
        ('"applicant":{"ssnLast4":"6629"}', "6629"),
        ("tax_id: 123456789", "123456789"),
        ("TIN 86-1947320 / Name 'CORDOVA ROOFING & GUTTERS INC' does not match", "CORDOVA"),
    ],
)
def test_the_record_the_person_or_the_place_goes(text: str, value: str) -> None:
    assert value not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "Content-Type: text/html; charset=ISO-8859-1",
        "UTF-8 decoding failed at byte 12",
        "CVE-2024-3094 affects xz 5.6.0",
        "sorted in order 2 steps",
        "order 404 items",
        '{"code":"6140","element":""}',
        "city: string",
        "Corrupt ZIP: end of central directory record signature not found",
        "zip: unsupported compression method",
        '{"zip": null}',
        "syntax: 1234 errors",
        "ERR-NOT-FOUND-X",
        "OPENAI INC",
    ],
)
def test_codes_types_and_counts_stay(text: str) -> None:
    assert scrub_message(text) == text


def test_a_file_s_extension_before_a_colon_is_no_postcode_key() -> None:
    assert "<location>" not in scrub_message("download to main.zip: HTTP Error 404: Not Found")
