"""No value reaches stderr or the editor: every kind of bad input carries planted secrets.

The server runs at `--log-level DEBUG` (pygls then logs every message body it sends and
receives) with HOME set to a folder named after a user. Secrets are planted in events,
settings (the `workspace/configuration` answer), config.json, the `initialize` params,
method names, ids and bodies that are not messages at all; the profile path lies under
the user's home. Then stderr and every message the server sent to the editor
(warnings, popups, state changes, answers and errors) are searched: no secret, no user
name. What reaches the endpoint is the anonymizer's business, tested elsewhere.
"""

from __future__ import annotations

import asyncio
import json
import sys
import uuid
from pathlib import Path
from typing import Any, Final

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import register_lsp_features

from consentry.lsp import protocol
from consentry.lsp.server import plain_params_converter
from consentry.sink import CaptureSink
from tests.conftest import Session, clean_env, error_event, event, suggestion
from tests.e2e.wire import capture_stderr, frame, message, raw_request, write

SECRET: Final = "glpat-LogsCanary0123456789abcdef"
USER: Final = "zelda-canary-user"


def _spy(client: LanguageClient) -> list[str]:
    """Every message the client receives from the server, as JSON text."""
    seen: list[str] = []
    structure = client.protocol.structure_message

    def keep(data: dict[str, Any]) -> Any:
        if "jsonrpc" in data:
            seen.append(json.dumps(data))
        return structure(data)

    client.protocol.structure_message = keep  # type: ignore[method-assign]
    return seen


async def _bad_requests(session: Session) -> list[str]:
    """Requests that fail; the text of each error."""
    errors = []
    for method, params in [
        (SECRET, {"x": SECRET}),
        (protocol.RECENT_EVENTS, {"limit": SECRET}),
        (protocol.SET_CONSENT, {"granted": SECRET}),
        ("textDocument/hover", {"textDocument": SECRET, "position": [SECRET]}),
        ("workspace/executeCommand", {"command": [SECRET], "arguments": SECRET}),
    ]:
        msg_id = f"bad-{uuid.uuid4()}"
        try:
            await raw_request(session, message(method, params, msg_id), msg_id, 5.0)
        except Exception as exc:  # each is refused; its text is checked below
            errors.append(f"{exc} {getattr(exc, 'data', '')}")
    return errors


async def test_no_secret_and_no_user_name_reaches_stderr_or_the_editor(
    tmp_path: Path, sink: CaptureSink
) -> None:
    user_home = tmp_path / USER
    state = user_home / ".consentry"
    state.mkdir(parents=True)
    # A broken config.json quoting a secret (it must be named, never quoted).
    (state / "config.json").write_text('{"allowAnonymousTelemetry": "' + SECRET, encoding="utf-8")
    profile = user_home / "ext" / "profile.toml"  # missing: an error naming its path
    env = clean_env(
        state,
        HOME=str(user_home),
        CONSENTRY_POSTHOG_HOST=sink.url,
        CONSENTRY_POSTHOG_API_KEY="phc_test_key",
    )

    def factory() -> LanguageClient:
        client = LanguageClient(converter_factory=plain_params_converter)
        register_lsp_features(client)
        return client

    config = ClientServerConfig(
        server_command=[sys.executable, "-m", "consentry", "serve", "--log-level", "DEBUG"],
        client_factory=factory,
        server_env=env,
    )
    client = await config.start()
    assert isinstance(client, LanguageClient)
    session = Session(client, state)
    stderr = capture_stderr(session)
    received = _spy(client)
    client.set_configuration(
        {"telemetry": {"enabled": SECRET, "analyticsLog": 5}, SECRET: SECRET}, section="consentry"
    )
    client.set_configuration({"telemetryLevel": SECRET, "x": SECRET}, section="telemetry")
    try:
        await client.initialize_session(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(
                    workspace=types.WorkspaceClientCapabilities(configuration=True)
                ),
                client_info=types.ClientInfo(name=SECRET, version=SECRET),
                locale=SECRET,
                root_uri=f"file://{user_home}/{SECRET}",
                workspace_folders=[types.WorkspaceFolder(f"file://{user_home}/p", SECRET)],
                initialization_options={
                    "profile": str(profile),
                    "extensionVersion": SECRET,
                    "vscodeTelemetry": {"isTelemetryEnabled": SECRET, "level": SECRET},
                    SECRET: SECRET,
                },
            )
        )
        # Events: valid ones carrying secrets in free text, and every kind of bad one.
        session.track(
            error_event(message=f"failed at {user_home}/x.py with {SECRET}"),
            suggestion(model=SECRET),
            event(SECRET, x=SECRET),
            event("suggestion_outcome", outcome=SECRET, model="gpt-4o", junk=SECRET),
            {"event": "error", "properties": [SECRET]},
            {**suggestion(), "id": SECRET, "timestamp": SECRET},
        )
        client.protocol.notify(protocol.TRACK_BATCH, {"events": [SECRET, {"event": SECRET}]})
        client.protocol.notify(SECRET, {"x": SECRET})
        client.protocol.notify(protocol.VSCODE_TELEMETRY, {"level": SECRET})
        # Bytes that are not messages, and messages that are not well formed.
        write(session, frame(b'{"jsonrpc":"2.0","method":"' + SECRET.encode()))
        write(
            session, frame(json.dumps({"jsonrpc": "2.0", "id": 99999, "result": SECRET}).encode())
        )
        write(session, frame(message("$/cancelRequest", {"id": SECRET})))
        write(session, frame(message("workspace/didChangeConfiguration", [SECRET])))
        write(session, b"Content-Length: x" + SECRET.encode() + b"\r\n\r\n")
        errors = await _bad_requests(session)
        second = {"processId": SECRET, "capabilities": {"workspace": SECRET}, "trace": SECRET}
        await raw_request(session, message("initialize", second, "again"), "again", 5.0)
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=SECRET)
        )
        status = await session.status()
        recent = await session.request(protocol.RECENT_EVENTS, {"limit": 50})
        await session.flush()
    finally:
        await asyncio.wait_for(client.shutdown_session(), 10)
        await client.stop()  # type: ignore[no-untyped-call]
    await asyncio.sleep(0.1)
    # The server did speak: warnings, a state, an answer per request, a log on stderr.
    assert len(errors) == 5 and status["state"] == "off"
    assert client.log_messages and stderr.lines and received
    said = [stderr.text, *received, *errors, json.dumps([status, recent])]
    for text in said:
        assert SECRET not in text, text
        assert USER not in text, text
    assert "config.json" in json.dumps([m.message for m in client.log_messages])
    assert client.messages == []  # no popup
