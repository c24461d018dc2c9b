"""Development and test runs through the real server: kept out of the production numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consentry.sink import CaptureSink
from tests.conftest import Servers, suggestion


def audit_lines(home: Path) -> list[dict[str, object]]:
    files = sorted(home.rglob("*.jsonl"))
    return [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines() if line]


@pytest.mark.parametrize(
    ("options", "env"),
    [
        pytest.param({"extensionMode": "development"}, {}, id="extension-development-host"),
        pytest.param({"extensionMode": "test"}, {}, id="extension-tests"),
        pytest.param({}, {"CI": "true"}, id="ci"),
    ],
)
async def test_a_development_run_sends_nothing_to_the_network(
    servers: Servers,
    sink: CaptureSink,
    options: dict[str, str],
    env: dict[str, str],
) -> None:
    session = await servers.started(sink=sink, enabled=True, options=options, env=env)
    session.track(suggestion(), suggestion())
    await session.flush()
    status = await session.status()
    assert status["state"] == "on"
    assert status["destination"] == "log-only"
    # The initialize result says so too: the status bar reads it to show "logged".
    assert session.initialize_result is not None
    announced = session.initialize_result.capabilities.experimental
    assert isinstance(announced, dict)
    assert announced["consentry"]["destination"] == "log-only"
    assert status["sent"] == 2, "logged: written to the audit log"
    assert sink.requests == []
    assert len(audit_lines(session.home)) == 2


async def test_a_production_run_sends(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.started(
        sink=sink, enabled=True, options={"extensionMode": "production"}, env={"CI": "false"}
    )
    assert session.initialize_result is not None
    announced = session.initialize_result.capabilities.experimental
    assert isinstance(announced, dict)
    assert announced["consentry"]["destination"] == "posthog"
    session.track(suggestion())
    await session.flush()
    events = sink.wait_for_events(1)
    assert len(events) == 1
    assert "$dev" not in events[0]["properties"]


async def test_dev_runs_send_marks_every_event(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    profile = tmp_path / "profile.toml"
    profile.write_text('dev_runs = "send"\n', encoding="utf-8")
    session = await servers.started(
        sink=sink, enabled=True, profile=str(profile), options={"extensionMode": "development"}
    )
    session.track(suggestion())
    await session.flush()
    events = sink.wait_for_events(1)
    assert len(events) == 1
    assert events[0]["properties"]["$dev"] is True
