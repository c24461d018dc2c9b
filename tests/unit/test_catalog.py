"""The catalog: only allowed events and properties pass, with types and bounds."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from consentry.anonymize.catalog import (
    CATALOG,
    MAX_COUNT,
    REDACTED,
    Accepted,
    Rejected,
    looks_like_identifier,
    validate,
)

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def params(event: str, **props: Any) -> dict[str, Any]:
    return {"event": event, "properties": props}


@pytest.mark.parametrize(
    "value",
    [
        "gpt-4o",
        "claude-3-5-sonnet",
        "claude-3-5-sonnet-20241022",
        "ollama/llama3:8b",
        "editor.action.inlineSuggest.commit",
        "typescriptreact",
        "TypeError",
        "ERR_INVALID_ARG",
        "anthropic",
        "meta-llama/Llama-3.1-8B-Instruct",
    ],
)
def test_identifiers_pass(value: str) -> None:
    assert looks_like_identifier(value)


@pytest.mark.parametrize(
    "value",
    [
        "/home/alice/model.gguf",
        "C:\\Users\\alice\\model",
        "alice@example.com",
        "a model I like",
        "x" * 200,
        "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8t",
        "a" + "1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e",
        "https://example.com/x",
        "",
        "a/b/c/d",
    ],
)
def test_non_identifiers_are_refused(value: str) -> None:
    assert not looks_like_identifier(value)


def test_valid_event_keeps_only_catalog_properties() -> None:
    result = validate(
        {
            **params("suggestion_outcome", outcome="accepted", model="gpt-4o", code="secret()"),
            "id": "12345678-1234-5678-1234-567812345678",
            "timestamp": "2026-01-01T00:00:00Z",
        },
        NOW,
    )
    assert isinstance(result, Accepted)
    assert result.properties == {"outcome": "accepted", "model": "gpt-4o"}
    assert result.event_id == "12345678-1234-5678-1234-567812345678"
    assert result.timestamp == "2026-01-01T00:00:00+00:00"
    assert [(i.field, i.reason) for i in result.issues] == [("<unknown>", "unknown-property")]


@pytest.mark.parametrize(
    ("raw", "field", "reason"),
    [
        pytest.param(params("keylog"), "event", "unknown-event", id="unknown-event"),
        pytest.param("not an object", "params", "not-an-object", id="not-object"),
        pytest.param(params("pageview"), "page", "missing", id="missing-required"),
        pytest.param(
            params("model_command", model="m", command="c", tokensGenerated=-1),
            "tokensGenerated",
            "out-of-range",
            id="negative-required-count",
        ),
        pytest.param(
            params("model_command", model="m", command="c", tokensGenerated="12"),
            "tokensGenerated",
            "wrong-type",
            id="string-count",
        ),
        pytest.param(
            params("suggestion_outcome", outcome="maybe", model="m"),
            "outcome",
            "not-allowed",
            id="bad-enum",
        ),
        pytest.param(
            {**params("pageview", page="x"), "id": "not-a-uuid"}, "id", "wrong-type", id="bad-id"
        ),
        pytest.param(
            {**params("pageview", page="x"), "timestamp": 5}, "timestamp", "wrong-type", id="bad-ts"
        ),
        pytest.param(
            {"event": "pageview", "properties": [1]}, "properties", "not-an-object", id="props-list"
        ),
    ],
)
def test_rejections_name_event_and_field(raw: object, field: str, reason: str) -> None:
    result = validate(raw, NOW)
    assert isinstance(result, Rejected)
    assert (result.field, result.reason) == (field, reason)


def test_optional_bad_values_are_dropped_or_clamped() -> None:
    result = validate(
        params(
            "model_command",
            model="gpt-4o",
            command="explain",
            tokensGenerated=MAX_COUNT * 10,
            promptTokens=-5,
            durationMs=True,
            provider="my friend's laptop",
        ),
        NOW,
    )
    assert isinstance(result, Accepted)
    assert result.properties == {
        "model": "gpt-4o",
        "command": "explain",
        "tokensGenerated": MAX_COUNT,
        "provider": REDACTED,
    }
    reasons = {(i.field, i.reason) for i in result.issues}
    assert reasons == {
        ("tokensGenerated", "clamped"),
        ("promptTokens", "out-of-range"),
        ("durationMs", "wrong-type"),
        ("provider", "redacted"),
    }


def test_free_text_is_scrubbed() -> None:
    result = validate(
        params("error", errorType="Error", message="failed for alice@example.com"), NOW
    )
    assert isinstance(result, Accepted)
    assert "alice@example.com" not in result.properties["message"]


def test_scrubber_fault_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    from consentry.anonymize import scrub

    def broken(self: scrub.Scrubber, text: str) -> str:
        raise RuntimeError("rule bug")

    monkeypatch.setattr(scrub.Scrubber, "scrub_message", broken)
    result = validate(params("error", errorType="Error", message="x"), NOW)
    assert isinstance(result, Rejected) and result.reason == "scrub-failed"


def test_catalog_kinds() -> None:
    assert {name: e.kind for name, e in CATALOG.items()} == {
        "suggestion_outcome": "usage",
        "model_command": "usage",
        "error": "error",
        "pageview": "usage",
        "feature_used": "usage",
    }
