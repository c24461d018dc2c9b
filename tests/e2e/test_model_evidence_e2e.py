"""The model field through the real server: words without model evidence leave as custom."""

from __future__ import annotations

from consentry.sink import CaptureSink
from tests.conftest import Servers, suggestion


async def test_words_in_the_model_field_leave_as_custom(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.start(sink=sink, enabled=True)
    sent = ["secret123", "open_sesame", "localhost:5433", "567-8900", "qwen2.5-coder:7b"]
    session.track(*(suggestion(model=m) for m in sent))
    await session.flush()
    arrived = [e["properties"]["model"] for e in sink.events]
    assert sorted(arrived) == sorted(["custom"] * 4 + ["qwen2.5-coder:7b"])
