"""Shared fixtures: a capture endpoint on 127.0.0.1 and the real server over stdio."""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import register_lsp_features

from consentry.lsp import protocol
from consentry.lsp.server import plain_params_converter
from consentry.sink import CaptureSink

DEMO_KEY = "phc_test_key"


def event(name: str, **properties: Any) -> dict[str, Any]:
    """`consentry/track` params with a fresh id."""
    return {
        "event": name,
        "properties": properties,
        "timestamp": datetime.now(UTC).isoformat(),
        "id": str(uuid.uuid4()),
    }


def suggestion(**overrides: Any) -> dict[str, Any]:
    """A valid usage event."""
    return event("suggestion_outcome", **{"outcome": "accepted", "model": "gpt-4o", **overrides})


def error_event(**overrides: Any) -> dict[str, Any]:
    """A valid error event."""
    return event("error", **{"errorType": "TypeError", "message": "boom", **overrides})


# What the machine running the tests may set that changes where a server sends: CI (a
# development run, events kept in the audit log), proxies. Tests that need them set them.
_OUTSIDE_VARIABLES = ("CI", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "ALL_PROXY")


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a server under test: no consent variables leak in from outside."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CONSENTRY_", "DO_NOT_TRACK")) and k.upper() not in _OUTSIDE_VARIABLES
    }
    env.update({"CONSENTRY_HOME": str(home), **extra})
    return env


@dataclass
class Session:
    """A running server and the test's client, with shortcuts for the protocol."""

    client: LanguageClient
    home: Path
    states: list[dict[str, Any]] = field(default_factory=list)
    initialize_result: types.InitializeResult | None = None

    def track(self, *events: dict[str, Any]) -> None:
        """Send events, one `consentry/track` each."""
        for e in events:
            self.client.protocol.notify(protocol.TRACK, e)

    def track_batch(self, events: list[dict[str, Any]]) -> None:
        """Send events as one `consentry/trackBatch`."""
        self.client.protocol.notify(protocol.TRACK_BATCH, {"events": events})

    async def request(self, method: str, params: Any = None) -> Any:
        """A request with a bound on how long it may take."""
        return await asyncio.wait_for(
            self.client.protocol.send_request_async(  # type: ignore[no-untyped-call]
                method, {} if params is None else params
            ),
            30,
        )

    async def status(self) -> dict[str, Any]:
        """`consentry/status`."""
        return dict(await self.request(protocol.STATUS))

    async def flush(self) -> dict[str, Any]:
        """`consentry/flush`."""
        return dict(await self.request(protocol.FLUSH))

    async def set_settings(self, *, enabled: bool | None = None, level: str | None = None) -> None:
        """Change settings as VS Code would, then signal `workspace/didChangeConfiguration`."""
        if enabled is not None or level is None:
            self.client.set_configuration(enabled, section="consentry.telemetry.enabled")
        if level is not None:
            self.client.set_configuration(level, section="telemetry.telemetryLevel")
        self.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=None)
        )
        await self.status()

    def warnings(self) -> list[str]:
        """Every `window/logMessage` warning received so far."""
        return [m.message for m in self.client.log_messages if m.type == types.MessageType.Warning]


def _client() -> LanguageClient:
    client = LanguageClient(converter_factory=plain_params_converter)
    register_lsp_features(client)
    return client


class Servers:
    """Starts real servers over stdio and shuts them all down at the end of a test."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.sessions: list[Session] = []

    async def start(
        self,
        *,
        home: Path | None = None,
        sink: CaptureSink | None = None,
        host: str | None = None,
        api_key: str | None = DEMO_KEY,
        enabled: bool | None = None,
        level: str = "all",
        vscode_enabled: bool = True,
        env: dict[str, str] | None = None,
        profile: str | None = None,
        args: tuple[str, ...] = (),
        options: dict[str, Any] | None = None,
        http: dict[str, Any] | None = None,
    ) -> Session:
        """Start a server (CONSENTRY_HOME in the test's folder) and initialize it."""
        home = home or self.tmp_path / "home"
        extra = dict(env or {})
        if sink is not None or host is not None:
            extra["CONSENTRY_POSTHOG_HOST"] = host or (sink.url if sink else "")
        if api_key:
            extra["CONSENTRY_POSTHOG_API_KEY"] = api_key
        config = ClientServerConfig(
            server_command=[sys.executable, "-m", "consentry", "serve", *args],
            client_factory=_client,
            server_env=clean_env(home, **extra),
        )
        client = await config.start()
        assert isinstance(client, LanguageClient)
        session = Session(client, home)

        @client.feature(protocol.STATE_CHANGED)  # type: ignore[untyped-decorator]
        def on_state(params: Any) -> None:
            session.states.append(dict(params))

        client.set_configuration({"telemetry": {"enabled": enabled}}, section="consentry")
        client.set_configuration({"telemetryLevel": level}, section="telemetry")
        if http is not None:
            client.set_configuration(http, section="http")
        init_options: dict[str, Any] = {
            "extensionVersion": "1.2.3",
            "vscodeTelemetry": {"isTelemetryEnabled": vscode_enabled, "level": level},
            **(options or {}),
        }
        if profile is not None:
            init_options["profile"] = profile
        session.initialize_result = await client.initialize_session(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(
                    workspace=types.WorkspaceClientCapabilities(configuration=True)
                ),
                client_info=types.ClientInfo(name="Visual Studio Code", version="1.100.3"),
                initialization_options=init_options,
            )
        )
        self.sessions.append(session)
        return session

    async def started(self, **kwargs: Any) -> Session:
        """`start`, then wait until the server has pulled its configuration."""
        session = await self.start(**kwargs)
        await session.status()
        return session

    async def stop(self, session: Session) -> None:
        """Shut one server down cleanly."""
        if session in self.sessions:
            self.sessions.remove(session)
            await asyncio.wait_for(session.client.shutdown_session(), 10)
            await session.client.stop()  # type: ignore[no-untyped-call]

    async def stop_all(self) -> None:
        """Shut every server of the test down."""
        for session in list(self.sessions):
            try:
                await self.stop(session)
            except Exception:
                await session.client.stop()  # type: ignore[no-untyped-call]


@pytest.fixture
def sink() -> Iterator[CaptureSink]:
    """A capture endpoint on 127.0.0.1 that answers 200."""
    with CaptureSink() as endpoint:
        yield endpoint


@pytest.fixture
async def servers(tmp_path: Path) -> AsyncIterator[Servers]:
    """Start real servers in a test; all are shut down afterwards."""
    started = Servers(tmp_path)
    yield started
    await started.stop_all()
