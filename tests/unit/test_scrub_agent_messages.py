"""What an assistant's own errors in agent mode carry: the names its user gave MCP servers,
the team or company that owns a seat, long quoted text joined by "; " or " & "."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MCP server 'postgres-orders' failed to start", "postgres-orders"),
        ('[MCP] Server "jira-tidewater" error: Request failed with 401', "jira-tidewater"),
        ("Your team 'Pilgrim Robotics' (team id 118204) has hit its limit", "Pilgrim Robotics"),
        ("organization 'acme-corp' has no Copilot seat", "acme-corp"),
    ],
)
def test_a_name_someone_gave_goes(text: str, name: str) -> None:
    out = scrub_message(text)
    assert name not in out
    assert "<redacted>" in out


@pytest.mark.parametrize(
    "text",
    [
        "MCP server 'github' failed to start",
        "language server 'rust-analyzer' crashed",
        # Several words only after an owner's noun.
        "database 'two words' not found",
    ],
)
def test_public_names_and_other_nouns_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    "text",
    [
        'Query began: "find where we compute the commission for Delgado & Sons reseller'
        " accounts and why Maria's override\"",
        'Beginning: "Always use the Redwood Capital naming scheme; never mention Project'
        ' Falcon; the password is in the vault"',
    ],
)
def test_long_quoted_prose_with_clause_punctuation_is_text(text: str) -> None:
    assert scrub_message(text).endswith('"<text>"')


@pytest.mark.parametrize(
    "text",
    [
        "Type 'Window & typeof globalThis' is not assignable",
        # ": " starts a quoted error's own message as often as a clause.
        'Request failed: "Error: connect ECONNREFUSED while loading the remote configuration'
        ' file again"',
    ],
)
def test_short_expressions_and_quoted_errors_are_not(text: str) -> None:
    assert "<text>" not in scrub_message(text)
