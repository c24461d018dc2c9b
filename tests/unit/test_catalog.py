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
from consentry.anonymize.identifiers import is_rfc9562_uuid
from consentry.anonymize.scrub import DEFAULT_SCRUBBER

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
            "id": "12345678-1234-4678-9234-567812345678",
            "timestamp": "2026-01-01T00:00:00Z",
        },
        NOW,
    )
    assert isinstance(result, Accepted)
    assert result.properties == {"outcome": "accepted", "model": "gpt-4o"}
    assert result.event_id == "12345678-1234-4678-9234-567812345678"
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


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("not-a-uuid", id="text"),
        pytest.param("d41d8cd98f00b204e9800998ecf8427e", id="hex-key"),
        pytest.param("12345678-1234-5678-1234-567812345678", id="no-defined-version"),
        pytest.param("12345678-1234-4678-c234-567812345678", id="not-the-rfc-variant"),
        pytest.param("{12345678-1234-4678-9234-567812345678}", id="braces"),
        pytest.param("123456781234467892345678123456781", id="no-dashes"),
        pytest.param(42, id="number"),
    ],
)
def test_an_id_that_is_not_an_rfc9562_uuid_is_replaced_never_echoed(raw: object) -> None:
    result = validate({**params("pageview", page="x"), "id": raw}, NOW)
    assert isinstance(result, Accepted)
    assert result.event_id != raw
    if isinstance(raw, str) and len(raw) > 8:
        assert raw.strip("{}").replace("-", "")[:12] not in result.event_id.replace("-", "")
    assert is_rfc9562_uuid(result.event_id)
    assert ("id", "replaced") in [(i.field, i.reason) for i in result.issues]


@pytest.mark.parametrize(
    ("model", "kept"),
    [
        pytest.param("gpt-4o", "gpt-4o", id="registry"),
        pytest.param("ollama/llama3.1:8b", "ollama/llama3.1:8b", id="local-safe-segments"),
        pytest.param("someuser/models/llama.gguf", "custom", id="file-of-a-user"),
        pytest.param("hf.co/acme-org/private-GGUF:Q4_K_M", "custom", id="host-segment"),
    ],
)
def test_model_ids_follow_their_grammar(model: str, kept: str) -> None:
    result = validate(
        params("model_command", model=model, command="explain", tokensGenerated=3), NOW
    )
    assert isinstance(result, Accepted)
    assert result.properties["model"] == kept


def test_profile_listed_models_pass() -> None:
    raw = params("model_command", model="kowalczyk-coder-v2", command="x", tokensGenerated=1)
    assert validate(raw, NOW).properties["model"] == "custom"  # type: ignore[union-attr]
    listed = validate(raw, NOW, known_models=frozenset({"kowalczyk-coder-v2"}))
    assert listed.properties["model"] == "kowalczyk-coder-v2"  # type: ignore[union-attr]


def test_free_text_none_drops_the_message_and_keeps_frames() -> None:
    none = DEFAULT_SCRUBBER.with_context(free_text="none")
    raw = params(
        "error",
        errorType="TypeError",
        message="boom for dana",
        stack="TypeError: boom\n    at run (node:internal/x:1:2)",
    )
    result = validate(raw, NOW, scrubber=none)
    assert isinstance(result, Accepted)
    assert "message" not in result.properties
    assert result.properties["stack"] == "    at run (node:internal/x:1:2)"
