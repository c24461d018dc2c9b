"""Public software projects' hosts and code-host accounts, known by their coined names."""

from __future__ import annotations

import pytest

from consentry.anonymize.project_hosts import (
    is_project_account,
    is_project_documentation,
    is_project_host,
)
from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("openai", True),
        ("pydantic", True),
        ("vitest-dev", True),  # a conventional suffix
        ("cohere-ai", True),
        ("vitejs", True),
        ("vuejs", True),
        ("deno", True),  # a rare surname coined for a program: the program's
        # Anyone's own account: no software word, a person's name, or an odd suffix.
        ("jdoe42", False),
        ("jsmith", False),
        ("john-smith", False),
        ("pydantic-private", False),
        ("mark", False),  # a given name
        # A company named with an everyday word is nobody's project by that word, and
        # a large company's repositories may be private.
        ("beacon", False),
        ("target", False),
        ("oracle-labs", False),
        ("hermes-team", False),
        ("microsoft", False),
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
        ("v2.jupyter.org", True),  # an API's version
        # A tenant, an environment, an internal service or a private name in front of a
        # project's name.
        ("acme.openai.azure.com", False),
        ("jenkins.pydantic.dev", False),
        ("dev.vercel.com", False),
        ("console.pydantic.dev", False),
        ("app.terraform.io", False),
        ("build.internal.vercel.com", False),
        # Under .org, only another project's name in front, no one's name or word.
        ("maria.gonzalez.jupyter.org", False),
        ("intranet.jupyter.org", False),
        # Private top-level names, everyday-word companies, and no project at all.
        ("pydantic.corp", False),
        ("vitest.lan", False),
        ("api.beacon.io", False),
        ("status.acme.com", False),
        ("jdoe42.github.io", False),
        ("example.com", False),  # RFC 2606: stands for anyone's host
    ],
)
def test_project_hosts(host: str, expected: bool) -> None:
    assert is_project_host(host) is expected


def test_only_documentation_keeps_its_path() -> None:
    assert is_project_documentation("docs.pydantic.dev", "/latest/errors")
    assert is_project_documentation("vitest.dev", "/config/")
    assert not is_project_documentation("wandb.ai", "/jkowalczyk/acme-fraud")
    assert not is_project_documentation("api.vercel.com", "/v1/teams/acme")


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("See https://vitest.dev/config/#globals", "See https://vitest.dev/config/#globals"),
        (
            "See https://esbuild.github.io/getting-started/#build-scripts",
            "See https://esbuild.github.io/getting-started/#build-scripts",
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
        # Anyone's own account, an everyday-word company's, and a repository that no
        # vocabulary names.
        ("https://github.com/jdoe42/dotfiles failed", "https://github.com/<path> failed"),
        ("see github.com/jdoe42/dotfiles", "see github.com/<redacted>/<redacted>"),
        ("https://github.com/hermes-team/payroll/blob/main/x.json", "https://github.com/<path>"),
        # A coined company's repository named in everyday words may be private; a file's
        # path in a public one is its own.
        ("https://github.com/vercel/acquisition-plan/pull/5", "https://github.com/vercel/<path>"),
        ("see github.com/vercel/payroll-service", "see github.com/vercel/<redacted>"),
        (
            "https://github.com/openai/openai-python/blob/main/src/salaries.py",
            "https://github.com/openai/openai-python/blob/main/<path>",
        ),
        (
            "https://github.com/pydantic/x7Gq2bLpZ/blob/main/a.ts",
            "https://github.com/pydantic/<path>",
        ),
        # A project's service, not its documentation: its customers' accounts go.
        (
            "wandb: ERROR Run https://wandb.ai/maria-gonzalez/churn/runs/3k2j1h not found",
            "wandb: ERROR Run https://wandb.ai/<path> not found",
        ),
        # On its documentation, a path is judged word by word, without leniency.
        ("See https://docs.prisma.io/jkowalczyk", "See https://docs.prisma.io/<redacted>"),
        # A tenant's deployment, an API's query values and a sign-in's fragment.
        (
            "POST https://acme.openai.azure.com/openai/deployments/gpt4 failed",
            "POST https://<host>/<path> failed",
        ),
        ("https://api.vercel.com/v1/x?token=abc123", "https://api.vercel.com/<path>?token="),
        (
            "https://docs.prisma.io/callback#code=4/0AY0e-g7abc",
            "https://docs.prisma.io/callback",
        ),
    ],
)
def test_project_urls(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed


def test_a_sign_in_fragment_on_a_project_api_goes() -> None:
    out = scrub_message("https://api.vercel.com/cb#access_token=abc123XYZ")
    assert out.startswith("https://api.vercel.com/")
    assert "abc123XYZ" not in out
