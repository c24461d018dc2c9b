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
