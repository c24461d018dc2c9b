"""What identity, security and network tools log: machines' names in syslog lines and
after their labels, directory domains and groups, a tool's --hostname, an org's name in
an audit log's JSON; and SSH's method names and .NET's timestamps, which stay."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mar 12 04:17:33 kestrel-web-07 sshd[21844]: Connection from 10.0.0.1", "kestrel"),
        ("2024-03-12T04:17:33.123+00:00 pune-ci-02 kernel: oops", "pune-ci-02"),
        ("Account Domain:\t\tBEAUMONT", "BEAUMONT"),
        ("\tWorkstation Name:\tBEAU-LT-0193", "BEAU-LT-0193"),
        ("Host: ANDRES-MBP\nUser: acastillo", "ANDRES-MBP"),
        ("Computer: HK-FIN-LT22", "HK-FIN-LT22"),
        ("Group: EMEA-Contractors\nUsername: x", "EMEA-Contractors"),
        ("Group tag: KS-ENG-CPT", "KS-ENG-CPT"),
        ("sudo tailscale up --hostname=ci-runner-lagos-3", "lagos"),
        ('{"action":"repo.access","org":"samba-fintech"}', "samba-fintech"),
    ],
)
def test_a_machine_a_domain_a_group_or_an_org_goes(text: str, value: str) -> None:
    assert value not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "git@github.com: Permission denied (publickey).",
        "Permission denied (publickey,password,keyboard-interactive).",
        "Connection closed by authenticating user deploy port 50122 [preauth]",
        "The token was issued on 2024-05-06T07:15:29.4020000Z and has expired",
        "Host: api.openai.com",
        "2024-05-06T07:15:29.123Z ERROR worker: job 42 failed",
        "Endpoint: us-east-1",
        "Host: ubuntu-latest",
        "Domain: github.com",
        "undefined is not an object (evaluating 'route.params.id')",
        "Host: localhost",
        "device: cpu",
        "Group: admin",
        "Account Domain: -",
        '{"organization": "default"}',
    ],
)
def test_protocol_words_instants_and_public_names_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-05-06 07:15:29 beau-lt-0193 sshd[21844]: Accepted publickey for root", "beau"),
        ("<34>Mar 12 04:17:33 kestrel-web-07 sshd[21844]: Invalid user admin", "kestrel"),
        ("Mar 12 04:17:33.123 kestrel-web-07 sshd[21844]: Invalid user admin", "kestrel"),
        ("Host Name: BEAU_LT_0193", "BEAU"),
        ("Provisioning failed. Organization: Hollins Finance, seats: 40", "Hollins"),
        ("Device name: Priya's MacBook Pro", "Priya"),
    ],
)
def test_what_the_second_review_found_goes(text: str, value: str) -> None:
    assert value not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    ["Apple's MacBook line is popular", "Google's Pixel is slow", "Organization: Personal Account"],
)
def test_a_companys_device_and_a_plain_organisation_stay(text: str) -> None:
    assert scrub_message(text) == text


def test_pythons_logging_line_is_no_syslog_line() -> None:
    out = scrub_message("2024-05-06 07:15:29,123 urllib3 DEBUG: Starting new HTTPS connection")
    assert "<host>" not in out
