"""A corrupt `config.json` under a running server: treated as a no, with a warning naming
the file, never overwritten, and nothing sent — also when it breaks while events flow.
config.json as people's tools write it (UTF-8 with a BOM, UTF-16 from PowerShell 5) is read
as its text says, and whatever is unreadable, `initialize` is still answered."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from consentry.sink import CaptureSink
from tests.conftest import Servers, suggestion
from tests.e2e.wire import capture_stderr

SECRET = "ghp_ConfigSecretConfigSecret0123456789ab"


def _named_not_located(warnings: list[str], home: Path) -> bool:
    """Some warning names config.json, none shows the folder it is in (the user's name)."""
    return any("config.json" in w for w in warnings) and not any(str(home) in w for w in warnings)


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
    assert _named_not_located(session.warnings(), home), session.warnings()
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
    assert _named_not_located(session.warnings(), session.home), session.warnings()
    assert config.read_text(encoding="utf-8") == "\x00garbage"


GRANT = {"allowAnonymousTelemetry": True}


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(codecs.BOM_UTF8 + json.dumps(GRANT).encode(), id="utf-8-bom"),
        pytest.param(json.dumps(GRANT, indent=4).encode("utf-16"), id="utf-16-powershell"),
        pytest.param(codecs.BOM_UTF16_BE + json.dumps(GRANT).encode("utf-16-be"), id="utf-16-be"),
    ],
)
async def test_a_grant_written_by_other_tools_is_a_grant(
    servers: Servers, sink: CaptureSink, raw: bytes
) -> None:
    home = servers.tmp_path / "home"
    home.mkdir()
    (home / "config.json").write_bytes(raw)
    session = await servers.started(sink=sink)  # no setting: config.json decides
    assert session.initialize_result is not None
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("on", "config"), status
    session.track(suggestion())
    await session.flush()
    assert len(sink.events) == 1
    assert session.client.messages == []


UNREADABLE = [
    pytest.param(SECRET.encode("utf-16-le"), id="utf-16-without-bom"),
    pytest.param(b"{\xc3\x28" + SECRET.encode(), id="not-utf"),
    pytest.param(json.dumps([SECRET]).encode("utf-16"), id="utf-16-array"),
    pytest.param(json.dumps({"allowAnonymousTelemetry": SECRET}).encode(), id="wrong-type"),
    pytest.param(b'{"allowAnonymousTelemetry": true, "' + SECRET.encode(), id="truncated"),
]


@pytest.mark.parametrize("raw", UNREADABLE)
async def test_an_unreadable_config_is_one_value_free_warning_and_a_no(
    servers: Servers, sink: CaptureSink, raw: bytes
) -> None:
    home = servers.tmp_path / "home"
    home.mkdir()
    config = home / "config.json"
    config.write_bytes(raw)
    session = await servers.start(sink=sink, enabled=True)  # initialize is answered
    assert session.initialize_result is not None
    stderr = capture_stderr(session)
    session.track(suggestion())
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "config"), status
    assert "config.json" in status["reason"] and str(home) not in status["reason"]
    warnings = [w for w in session.warnings() if "config.json" in w]
    assert len(warnings) == 1, session.warnings()
    await session.flush()
    assert sink.requests == []
    assert config.read_bytes() == raw  # never overwritten
    everything = json.dumps([session.warnings(), session.states, status]) + stderr.text
    assert SECRET not in everything and str(home) not in everything
    assert session.client.messages == []


@pytest.mark.parametrize("layout", ["home-is-a-file", "home-under-a-file", "config-is-a-folder"])
async def test_an_impossible_home_is_a_no_not_a_crash(
    servers: Servers, sink: CaptureSink, layout: str
) -> None:
    root = servers.tmp_path / "home"
    if layout == "home-is-a-file":
        root.write_text(SECRET, encoding="utf-8")
    elif layout == "home-under-a-file":
        servers.tmp_path.joinpath("file").write_text(SECRET, encoding="utf-8")
        root = servers.tmp_path / "file" / "home"
    else:
        (root / "config.json").mkdir(parents=True)
    session = await servers.start(home=root, sink=sink, enabled=True)
    assert session.initialize_result is not None
    stderr = capture_stderr(session)
    session.track(suggestion())
    status = await session.status()
    assert status["sent"] == 0 and status["queued"] == 0
    assert status["state"] == "off" or status["dropped"], status
    await session.flush()
    assert sink.requests == []
    assert "Traceback" not in stderr.text and SECRET not in stderr.text
    assert session.client.messages == []
