"""Public software projects' hosts and code-host accounts, known by their names."""

from __future__ import annotations

import pytest

from consentry.anonymize.project_hosts import (
    is_project_account,
    is_project_host,
    is_project_pages,
)
from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("microsoft", True),
        ("openai", True),
        ("vitest-dev", True),  # a conventional suffix
        ("cohere-ai", True),
        ("vitejs", True),
        ("rust-lang", True),  # a rare surname that is a software word: the project's
        ("vuejs", True),
        # Anyone's own account: no software word, a person's name, or an odd suffix.
        ("jdoe42", False),
        ("jsmith", False),
        ("john-smith", False),
        ("microsoft-private", False),
        ("smith", False),  # a common surname
        ("mark", False),  # a given name
    ],
)
def test_project_accounts(name: str, expected: bool) -> None:
    assert is_project_account(name) is expected


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("vitest.dev", True),
        ("docs.pydantic.dev", True),
        ("api.vercel.com", True),
        ("esbuild.github.io", True),
        ("fastapi.readthedocs.io", True),
        # A foundation's .org: its projects in front, no customers' tenants.
        ("repo.maven.apache.org", True),
        ("v2.jupyter.org", True),
        ("kowalczyk.python.org", False),
        ("acme.readthedocs.org", False),
        # A tenant, an internal service or a private name in front of a project's name.
        ("acme.openai.azure.com", False),
        ("jenkins.pydantic.dev", False),
        ("build.internal.vercel.com", False),
        # Private top-level names, and no project's name at all.
        ("pydantic.corp", False),
        ("vitest.lan", False),
        ("status.acme.com", False),
        ("jdoe42.github.io", False),
        ("example.com", False),  # RFC 2606: stands for anyone's host
    ],
)
def test_project_hosts(host: str, expected: bool) -> None:
    assert is_project_host(host) is expected


def test_sign_in_and_api_hosts_are_no_pages_to_read() -> None:
    assert is_project_pages("docs.pydantic.dev")
    assert not is_project_pages("api.vercel.com")
    assert not is_project_pages("auth.vercel.com")


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("See https://vitest.dev/config/#globals", "See https://vitest.dev/config/#globals"),
        (
            "Visit https://esbuild.github.io/api/#bundle",
            "Visit https://esbuild.github.io/api/#bundle",
        ),
        (
            "Report it at https://github.com/openai/tiktoken/issues/123",
            "Report it at https://github.com/openai/tiktoken/issues/123",
        ),
        (
            "See https://github.com/anthropics/anthropic-sdk-typescript#long-requests",
            "See https://github.com/anthropics/anthropic-sdk-typescript#long-requests",
        ),
        ("see github.com/openai/tiktoken", "see github.com/openai/tiktoken"),
        # Anyone's own account, and a repository that no vocabulary names.
        ("https://github.com/jdoe42/dotfiles failed", "https://github.com/<path> failed"),
        ("see github.com/jdoe42/dotfiles", "see github.com/<redacted>/<redacted>"),
        (
            "https://github.com/microsoft/x7Gq2bLpZ/blob/main/a.ts",
            "https://github.com/microsoft/<path>",
        ),
        # A tenant's deployment, an API's query values and a sign-in's fragment.
        (
            "POST https://acme.openai.azure.com/openai/deployments/gpt4 failed",
            "POST https://<host>/<path> failed",
        ),
        ("https://api.vercel.com/v1/x?token=abc123", "https://api.vercel.com/v1/x?token="),
    ],
)
def test_project_urls(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed


def test_a_sign_in_fragment_on_a_project_api_goes() -> None:
    out = scrub_message("https://api.vercel.com/cb#access_token=abc123XYZ")
    assert out.startswith("https://api.vercel.com/cb")
    assert "abc123XYZ" not in out
