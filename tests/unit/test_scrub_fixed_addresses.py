"""Addresses and host names that are the same on every machine name no one and stay;
any other address still goes."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    "text",
    [
        "connect ECONNREFUSED 172.17.0.1:11434",
        "connect ECONNREFUSED 127.0.1.1:80",
        "GET http://169.254.169.254/latest/meta-data/ timed out",
        "dns server 8.8.8.8 unreachable",
        "connect ECONNREFUSED host.docker.internal:11434",
        "http://host.containers.internal:11434/api/chat failed",
        # Alone in prose too, where the digit-group rule would take them for an id.
        "metadata endpoint 169.254.169.254 timed out",
        "broadcast to 255.255.255.255 failed",
        # A netmask and a multicast group are no machine's address.
        "inet 192.0.2.x netmask 255.255.255.0",
        "mask 255.255.254.0",
        "mDNS query to 224.0.0.251:5353 failed",
        "SSDP 239.255.255.250:1900 unreachable",
        "Network is unreachable (2001:4860:4860::8888)",
    ],
)
def test_fixed_addresses_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("connect ETIMEDOUT 192.168.1.20:443", "connect ETIMEDOUT <ip>:443"),
        ("connect ECONNREFUSED 172.17.0.5:11434", "connect ECONNREFUSED <ip>:11434"),
        ("route 10.23.45.0/24 missing", "route <ip>/24 missing"),
        ("gpu-box.docker.internal:11434 refused", "<host>:11434 refused"),
        # Ones that do not end in zeros are no mask; 240/4 is no multicast.
        ("255.254.255.0 refused", "<ip> refused"),
        ("connect 240.1.2.3 refused", "connect <ip> refused"),
        ("connect 223.255.1.2 refused", "connect <ip> refused"),
    ],
)
def test_other_addresses_go(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Server responded with status code 431. See https://vite.dev/guide/troubleshooting.html",
        "For more info visit https://webpack.js.org/guides/code-splitting/",
        "Check supported provider and route: https://docs.litellm.ai/docs/providers",
        "installed a driver from http://www.nvidia.com/Download/index.aspx",
    ],
)
def test_documentation_hosts_stay(text: str) -> None:
    assert scrub_message(text) == text


def test_a_customers_subdomain_of_a_documentation_host_is_no_documentation() -> None:
    # Only the listed names: a resource named after its customer stays a host nobody knows.
    assert scrub_message("https://acme-prod.cloud.google.com/x failed") == (
        "https://<host>/<path> failed"
    )


@pytest.mark.parametrize(
    "text",
    [
        # A name under a trusted domain is not trusted: providers name their customers'
        # and teams' hosts under their own domains.
        "see https://goldman-sachs.openai.com/v1/x",
        "open https://jsmith.nvidia.com/layoffs/plan",
        "push to https://gitlab-master.nvidia.com/jsmith/project-orion.git failed",
        "GET https://jsmith.github.com/x failed",
        "open http://acme-payroll.localhost:3000/x",
    ],
)
def test_names_under_a_trusted_domain_are_hosts_nobody_knows(text: str) -> None:
    scrubbed = scrub_message(text)
    assert "<host>" in scrubbed
    assert not {"goldman", "jsmith", "layoffs", "orion", "payroll"} & set(
        scrubbed.replace("/", " ").replace(".", " ").replace("-", " ").split()
    )


def test_a_section_of_the_hubs_documentation_stays() -> None:
    text = "see https://huggingface.co/docs/transformers/installation#offline-mode"
    assert scrub_message(text) == text
    # Elsewhere on the Hub a fragment may be a sign-in's answer, and goes.
    assert "#" not in scrub_message("see https://huggingface.co/acme/model#step=2")


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # On a trusted site, what follows a route naming accounts, organisations or teams
        # is someone's, and so is a "~login" page.
        (
            "see https://stackoverflow.com/users/1234567/wojciech-kowalski",
            "see https://stackoverflow.com/users/<path>",
        ),
        ("see https://pypi.org/user/jsmith/", "see https://pypi.org/user/<path>"),
        ("see https://www.npmjs.com/~jsmith", "see https://www.npmjs.com/<path>"),
        (
            "open https://console.anthropic.com/workspaces/acme-bank/keys",
            "open https://console.anthropic.com/workspaces/<path>",
        ),
        # The site's own pages about the signed-in account name no one.
        ("see https://platform.openai.com/account/api-keys", None),
    ],
)
def test_accounts_on_a_trusted_site(text: str, scrubbed: str | None) -> None:
    assert scrub_message(text) == (text if scrubbed is None else scrubbed)
