"""Provably silent without consent: no HTTP stack imported, no socket, no DNS look-up.

The server runs with an audit hook (tests/e2e/silence/sitecustomize.py) that records
every import of the HTTP stack and every socket connect or name look-up. The positive
control shows the hook sees them when consent is given.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from consentry.sink import CaptureSink
from tests.conftest import Servers, error_event, suggestion

HOOK_DIR = str(Path(__file__).parent / "silence")


def hook_env(log: Path) -> dict[str, str]:
    return {"PYTHONPATH": HOOK_DIR, "CONSENTRY_AUDIT_HOOK_LOG": str(log)}


@pytest.mark.parametrize(
    "setup",
    [
        pytest.param({"enabled": None}, id="undecided"),
        pytest.param({"enabled": False}, id="setting-off"),
        pytest.param({"enabled": True, "env": {"DO_NOT_TRACK": "1"}}, id="do-not-track"),
        pytest.param({"enabled": True, "vscode_enabled": False}, id="vscode-off"),
        pytest.param({"enabled": True, "level": "off"}, id="level-off"),
    ],
)
async def test_no_network_activity_without_consent(
    servers: Servers, sink: CaptureSink, tmp_path: Path, setup: dict[str, Any]
) -> None:
    log = tmp_path / "hook.log"
    env = {**hook_env(log), **setup.pop("env", {})}
    session = await servers.started(sink=sink, env=env, **setup)
    session.track(suggestion(), error_event(message="key sk-abc for bob@example.com"))
    await session.flush()
    status = await session.status()
    assert status["state"] in ("off", "undecided")
    await servers.stop(session)
    activity = log.read_text() if log.exists() else ""
    assert activity == ""
    assert sink.requests == []


async def test_positive_control_the_hook_sees_sending(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    log = tmp_path / "hook.log"
    session = await servers.started(sink=sink, enabled=True, env=hook_env(log))
    session.track(suggestion())
    await session.flush()
    await servers.stop(session)
    activity = log.read_text()
    assert "import posthog" in activity
    assert "socket.connect" in activity and "127.0.0.1" in activity
    assert len(sink.events) == 1


async def test_with_consent_but_nothing_to_send_the_http_stack_stays_unloaded(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    # Memory: posthog and requests cost ~10 MB of RSS; an idle server never needs them.
    log = tmp_path / "hook.log"
    session = await servers.started(sink=sink, enabled=True, env=hook_env(log))
    assert (await session.flush()) is not None
    assert (await session.status())["state"] == "on"
    await servers.stop(session)
    assert (log.read_text() if log.exists() else "") == ""
