"""A corrupt `config.json` under a running server: treated as a no, with a warning naming
the file, never overwritten, and nothing sent — also when it breaks while events flow."""

from __future__ import annotations

import json

from consentry.sink import CaptureSink
from tests.conftest import Servers, suggestion


async def test_a_corrupt_config_file_counts_as_deny_and_is_named(
    servers: Servers, sink: CaptureSink
) -> None:
    home = servers.tmp_path / "home"
    home.mkdir()
    config = home / "config.json"
    config.write_text('{"telemetryEnabled": true,', encoding="utf-8")
    session = await servers.started(sink=sink, enabled=True)
    session.track(suggestion(), suggestion())
    status = await session.status()
    assert status["state"] == "off" and status["decidedBy"] == "config"
    assert status["dropped"] == {"consent-off": 2}
    assert any(str(config) in w for w in session.warnings()), session.warnings()
    await session.flush()
    assert sink.requests == []
    assert config.read_text(encoding="utf-8") == '{"telemetryEnabled": true,'


async def test_a_config_file_that_breaks_while_running_stops_sending_and_drops_the_queue(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.started(sink=sink, enabled=True)
    sink.stop()  # nothing can be delivered: events wait in the outbox
    session.track(*[suggestion(linesSuggested=i) for i in range(5)])
    assert (await session.status())["queued"] == 5
    config = session.home / "config.json"
    record = json.loads(config.read_text(encoding="utf-8"))
    assert record["consentRecord"]["state"] == "on"
    config.write_text("\x00garbage", encoding="utf-8")
    session.track(suggestion())
    status = await session.status()
    assert status["state"] == "off" and status["queued"] == 0, (status, session.states)
    assert any(str(config) in w for w in session.warnings())
    assert config.read_text(encoding="utf-8") == "\x00garbage"
