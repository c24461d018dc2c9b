"""End to end: `consentry/resetId` forgets the anonymous id; the next kept event makes a new one."""

from __future__ import annotations

from consentry.lsp import protocol
from consentry.sink import CaptureSink
from tests.conftest import Servers, suggestion


async def test_reset_makes_a_new_id_for_later_events(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.started(sink=sink, enabled=True)
    before = suggestion()
    session.track(before)
    old_id = (session.home / "anonymous_id").read_text().strip()

    assert await session.request(protocol.RESET_ID) == {"deleted": True}
    assert not (session.home / "anonymous_id").exists()
    after = suggestion()
    session.track(after)
    await session.flush()

    new_id = (session.home / "anonymous_id").read_text().strip()
    assert new_id != old_id
    by_uuid = {e["uuid"]: e["distinct_id"] for e in sink.events}
    assert by_uuid == {before["id"]: old_id, after["id"]: new_id}


async def test_reset_without_consent_makes_no_new_id(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.started(sink=sink, enabled=True)
    assert (session.home / "anonymous_id").exists()
    await session.set_settings(enabled=False)

    assert await session.request(protocol.RESET_ID) == {"deleted": True}
    session.track(suggestion())
    await session.flush()
    assert await session.request(protocol.RESET_ID) == {"deleted": False}
    assert not (session.home / "anonymous_id").exists()
    assert sink.requests == []
