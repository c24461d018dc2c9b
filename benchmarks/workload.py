"""The events a benchmark sends: a realistic, repeatable mix, encoded ahead of time.

An AI assistant mostly reports suggestion outcomes, then model commands, a few page
views and features, and now and then an error with a message and a stack (the only
fields the scrubber works on). Model names repeat, as they do in real use.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from benchmarks.lspclient import notification

TRACK: Final = "consentry/track"
TRACK_BATCH: Final = "consentry/trackBatch"
BATCH_SIZE: Final = 50

_MODELS: Final = ("gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "llama3:8b", "codestral-latest")
_PROVIDERS: Final = ("openai", "anthropic", "ollama", "mistral")
_LANGUAGES: Final = ("python", "typescript", "rust", "go", "java", "markdown")
_COMMANDS: Final = ("explain", "fix", "tests", "doc", "chat.ask")
_PAGES: Final = ("chat", "settings", "history", "welcome")
_FEATURES: Final = ("inline-edit", "chat-context", "commit-message", "rename")
_STACK: Final = (
    "TypeError: Cannot read properties of undefined (reading 'text')\n"
    "    at render (/home/alice/.vscode/extensions/acme/dist/chat.js:120:17)\n"
    "    at update (/home/alice/.vscode/extensions/acme/dist/view.js:44:5)\n"
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
)


def _properties(rng: random.Random) -> tuple[str, dict[str, Any]]:
    roll = rng.random()
    if roll < 0.70:
        return "suggestion_outcome", {
            "outcome": rng.choice(("accepted", "rejected")),
            "model": rng.choice(_MODELS),
            "provider": rng.choice(_PROVIDERS),
            "languageId": rng.choice(_LANGUAGES),
            "surface": rng.choice(("inline", "chat", "edit")),
            "latencyMs": rng.randrange(20, 2_000),
            "linesSuggested": rng.randrange(1, 40),
        }
    if roll < 0.90:
        return "model_command", {
            "model": rng.choice(_MODELS),
            "command": rng.choice(_COMMANDS),
            "tokensGenerated": rng.randrange(10, 4_000),
            "promptTokens": rng.randrange(100, 8_000),
            "provider": rng.choice(_PROVIDERS),
            "durationMs": rng.randrange(100, 20_000),
        }
    if roll < 0.95:
        return "pageview", {"page": rng.choice(_PAGES)}
    if roll < 0.99:
        return "feature_used", {"feature": rng.choice(_FEATURES)}
    return "error", {
        "errorType": "TypeError",
        "message": "Cannot read properties of undefined (reading 'text') for alice@example.com",
        "stack": _STACK,
        "component": "chat",
    }


def events(count: int, seed: int = 1) -> list[dict[str, Any]]:
    """`count` `consentry/track` params with ids and timestamps, as the client sends them."""
    rng = random.Random(seed)
    start = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
    out = []
    for i in range(count):
        name, properties = _properties(rng)
        out.append(
            {
                "event": name,
                "properties": properties,
                "timestamp": (start + timedelta(milliseconds=37 * i)).isoformat(),
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            }
        )
    return out


def as_track(params: list[dict[str, Any]]) -> list[bytes]:
    """One framed `consentry/track` per event."""
    return [notification(TRACK, p) for p in params]


def as_batches(params: list[dict[str, Any]], size: int = BATCH_SIZE) -> list[bytes]:
    """Framed `consentry/trackBatch` notifications of `size` events each."""
    return [
        notification(TRACK_BATCH, {"events": params[i : i + size]})
        for i in range(0, len(params), size)
    ]
