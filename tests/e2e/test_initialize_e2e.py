"""Every `initialize` is answered, whatever its params, through the real server over stdio.

pygls cannot convert params with a member of the wrong type anywhere (a `clientInfo` that
is a string, an unknown `trace`, a `workspaceFolders` entry without a `uri`) and, left to
itself, never answers: the client hangs. The server answers with its normal result when
the parts it needs are usable (bad optional parts left out, with a value-free warning
naming their place), and with JSON-RPC error -32602 otherwise. A value planted in every
bad part never surfaces: not in the answer, a warning, a popup or the server's stderr.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import random
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import pytest
import pytest_asyncio
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import register_lsp_features

from consentry.lsp import protocol
from consentry.lsp.server import plain_params_converter
from tests.conftest import Session, clean_env
from tests.e2e.wire import Stderr, capture_stderr, frame, message, raw_request, write

CANARY: Final = "xoxp-InitCanary-4242424242-SecretValue"
ANSWER_TIMEOUT: Final = 5.0
_IDS = itertools.count(1)

# What VS Code sends (trimmed): the base every case breaks one part of.
GOOD: Final[dict[str, Any]] = {
    "processId": 4242,
    "clientInfo": {"name": "Visual Studio Code", "version": "1.100.3"},
    "locale": "en",
    "rootPath": "/work/project",
    "rootUri": "file:///work/project",
    "capabilities": {
        "workspace": {"configuration": True, "workspaceFolders": True},
        "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
        "window": {"workDoneProgress": True},
        "general": {"positionEncodings": ["utf-16"]},
    },
    "initializationOptions": {
        "extensionVersion": "1.2.3",
        "vscodeTelemetry": {"isTelemetryEnabled": True, "level": "all"},
    },
    "trace": "off",
    "workspaceFolders": [{"uri": "file:///work/project", "name": "project"}],
}


def _with(path: str, value: Any) -> dict[str, Any]:
    """GOOD with the member at a dotted `path` replaced (or removed, for `...`)."""
    params = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    target = params
    for key in parents:
        target = target[key]
    if value is ...:
        target.pop(last, None)
    else:
        target[last] = value
    return params


@dataclass(frozen=True)
class Case:
    """Params to send, and what must come back: a result ignoring `ignored`, or an error.

    lsprotocol's converter turns some wrong types into strings by itself (a number or an
    object where a string belongs): those cases are answered with nothing ignored.
    """

    params: Any
    ignored: tuple[str, ...] = ()
    error: bool = False


ANSWERED = [
    pytest.param(Case(_with("clientInfo", CANARY), ("clientInfo",)), id="clientInfo-string"),
    pytest.param(Case(_with("clientInfo", [CANARY]), ("clientInfo",)), id="clientInfo-array"),
    pytest.param(Case(_with("clientInfo.name", {"x": CANARY})), id="clientInfo-name-object"),
    pytest.param(Case(_with("clientInfo", {"version": CANARY}), ("clientInfo",)), id="no-name"),
    pytest.param(Case(_with("processId", CANARY), ("processId",)), id="processId-string"),
    pytest.param(Case(_with("processId", [1]), ("processId",)), id="processId-array"),
    pytest.param(Case(_with("processId", ...)), id="processId-missing"),
    pytest.param(Case(_with("trace", CANARY), ("trace",)), id="trace-unknown"),
    pytest.param(Case(_with("locale", {"x": CANARY})), id="locale-object"),
    pytest.param(Case(_with("rootUri", 12345)), id="rootUri-number"),
    pytest.param(Case(_with("rootPath", [CANARY])), id="rootPath-array"),
    pytest.param(
        Case(_with("workspaceFolders", CANARY), ("workspaceFolders",)), id="folders-string"
    ),
    pytest.param(
        Case(
            _with("workspaceFolders", [{"uri": 5, "name": CANARY}, GOOD["workspaceFolders"][0]]),
        ),
        id="folders-one-bad",
    ),
    pytest.param(
        Case(_with("workspaceFolders", [None, CANARY]), ("workspaceFolders[0]",)),
        id="folders-junk-items",
    ),
    pytest.param(Case(_with("workDoneToken", {"x": CANARY})), id="workDoneToken-object"),
    pytest.param(
        Case(_with("capabilities.textDocument.hover.contentFormat", [CANARY]), ("capabilities",)),
        id="capabilities-deep-enum",
    ),
    pytest.param(
        Case(_with("capabilities.window", CANARY)),
        id="capabilities-window-string",
    ),
    pytest.param(
        Case(_with("capabilities.general.positionEncodings", CANARY)),
        id="capabilities-encodings-string",
    ),
    pytest.param(Case(_with("initializationOptions", CANARY)), id="options-string"),
    pytest.param(Case(_with("initializationOptions", [CANARY])), id="options-array"),
    pytest.param(
        Case(
            _with(
                "initializationOptions",
                {"profile": 5, "extensionVersion": {"x": CANARY}, "vscodeTelemetry": CANARY},
            )
        ),
        id="options-members-wrong",
    ),
    pytest.param(
        Case(_with("initializationOptions", {"profile": "/nonexistent/profile.toml"})),
        id="options-profile-missing-file",
    ),
    pytest.param(Case({**GOOD, CANARY: CANARY, "x": {"y": [CANARY]}}), id="unknown-members"),
]

REFUSED = [
    pytest.param(Case(_with("capabilities", ...), error=True), id="capabilities-missing"),
    pytest.param(Case(_with("capabilities", CANARY), error=True), id="capabilities-string"),
    pytest.param(Case(_with("capabilities", [CANARY]), error=True), id="capabilities-array"),
    pytest.param(Case([CANARY], error=True), id="params-array"),
    pytest.param(Case(CANARY, error=True), id="params-string"),
    pytest.param(Case(None, error=True), id="params-null"),
    pytest.param(Case(..., error=True), id="params-missing"),
]


@dataclass
class Raw:
    """A server that has not been initialized, the test's client and the server's stderr."""

    session: Session
    stderr: Stderr

    def everything_said(self) -> str:
        """Every warning, popup and stderr line so far, as one text."""
        client = self.session.client
        said = [m.message for m in client.log_messages] + [m.message for m in client.messages]
        return json.dumps(said) + self.stderr.text


async def _start(home: Path, enabled: bool = True) -> Raw:
    def factory() -> LanguageClient:
        client = LanguageClient(converter_factory=plain_params_converter)
        register_lsp_features(client)
        return client

    config = ClientServerConfig(
        server_command=[sys.executable, "-m", "consentry", "serve"],
        client_factory=factory,
        server_env=clean_env(home, CONSENTRY_POSTHOG_API_KEY="phc_test_key"),
    )
    client = await config.start()
    assert isinstance(client, LanguageClient)
    # The client answers the server's requests only once it knows its own capabilities
    # (empty ones: no checks); `initialize` itself is written raw, whatever the case needs.
    client.capabilities = types.ClientCapabilities()
    client.set_configuration({"telemetry": {"enabled": enabled}}, section="consentry")
    client.set_configuration({"telemetryLevel": "all"}, section="telemetry")
    session = Session(client, home)
    return Raw(session, capture_stderr(session))


async def _stop(raw: Raw) -> None:
    client = raw.session.client
    process = client._server
    with contextlib.suppress(Exception):
        await raw_request(raw.session, message("shutdown", None, "bye"), "bye", ANSWER_TIMEOUT)
    with contextlib.suppress(Exception):
        write(raw.session, frame(message("exit")))
    if process is not None:
        try:
            await asyncio.wait_for(process.wait(), ANSWER_TIMEOUT)
        except TimeoutError:
            process.kill()
    await client.stop()  # type: ignore[no-untyped-call]


@pytest_asyncio.fixture
async def raw(tmp_path: Path) -> AsyncIterator[Raw]:
    """A started, not yet initialized server."""
    started = await _start(tmp_path / "home")
    yield started
    await _stop(started)


async def _status(raw: Raw) -> dict[str, Any]:
    """`consentry/status`, written raw (the test's client never initialized itself)."""
    msg_id = next(_IDS)
    body = message(protocol.STATUS, {}, msg_id)
    return dict(await raw_request(raw.session, body, msg_id, ANSWER_TIMEOUT))


async def _initialize(raw: Raw, params: Any) -> Any:
    """Send `initialize` with exactly these params (`...`: no params member at all)."""
    msg_id = next(_IDS)
    body = (
        message("initialize", msg_id=msg_id)
        if params is ...
        else message("initialize", params, msg_id)
    )
    return await raw_request(raw.session, body, msg_id, ANSWER_TIMEOUT)


@pytest.mark.parametrize("case", ANSWERED)
async def test_usable_initialize_gets_the_normal_result(raw: Raw, case: Case) -> None:
    result = await _initialize(raw, case.params)
    assert result["capabilities"]["experimental"]["consentry"]["protocolVersion"] >= 1
    assert result["serverInfo"]["name"] == "consentry"
    write(raw.session, frame(message("initialized", {})))
    status = await _status(raw)
    # The setting was pulled: `capabilities.workspace.configuration` survived the bad part.
    assert (status["state"], status["decidedBy"]) in {("on", "setting"), ("off", "profile")}
    if "profile" not in json.dumps(case.params.get("initializationOptions", {})):
        assert (status["state"], status["decidedBy"]) == ("on", "setting")
    warnings = [m.message for m in raw.session.client.log_messages]
    for place in case.ignored:
        assert any(place in w for w in warnings), (place, warnings)
    await asyncio.sleep(0.1)  # let stderr arrive
    assert CANARY not in raw.everything_said()
    assert raw.session.client.messages == []


@pytest.mark.parametrize("case", REFUSED)
async def test_unusable_initialize_gets_a_json_rpc_error(raw: Raw, case: Case) -> None:
    with pytest.raises(Exception) as raised:
        await _initialize(raw, case.params)
    assert getattr(raised.value, "code", None) == -32602, raised.value
    assert "initialize" in str(raised.value) and CANARY not in str(raised.value)
    # The server is still there, and a good initialize afterwards is answered normally.
    result = await _initialize(raw, GOOD)
    assert "consentry" in result["capabilities"]["experimental"]
    await asyncio.sleep(0.1)
    assert CANARY not in raw.everything_said()
    assert raw.session.client.messages == []


BAD_VALUES: Final[list[Any]] = [
    CANARY,
    [CANARY],
    {CANARY: CANARY},
    {"uri": CANARY},
    12345,
    -1.5,
    True,
    None,
    [[[CANARY]]],
    "",
]


def _places(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every member path in a JSON value (the value itself included)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _places(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _places(inner, (*prefix, index))
    return found


def _mutated(rng: random.Random) -> Any:
    """GOOD with one to three members replaced by values of the wrong shape."""
    params: Any = copy.deepcopy(GOOD)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(_places(params))
        value = rng.choice(BAD_VALUES)
        if not path:
            return value
        target = params
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = copy.deepcopy(value)
    return params


async def test_any_mutation_of_initialize_is_answered_and_quiet(tmp_path: Path) -> None:
    """Seeded mutations of a real client's params: each answered within 5 s, none quoted."""
    rng = random.Random(20261201)
    server = await _start(tmp_path / "home")
    try:
        await _initialize(server, GOOD)  # later ones are answered as a repeat, same path
        write(server.session, frame(message("initialized", {})))
        answers = {"result": 0, "error": 0}
        for _ in range(150):
            params = _mutated(rng)
            try:
                result = await _initialize(server, params)
            except TimeoutError:
                pytest.fail(f"not answered within 5 s: {json.dumps(params)}")
            except Exception as exc:  # a JSON-RPC error is an answer
                assert getattr(exc, "code", None) == -32602, exc
                answers["error"] += 1
            else:
                assert "capabilities" in result
                answers["result"] += 1
        assert answers["result"] > 0 and answers["error"] > 0, answers
        assert (await _status(server))["state"] in {"undecided", "on"}
        await asyncio.sleep(0.1)
        assert CANARY not in server.everything_said()
        assert server.session.client.messages == []
    finally:
        await _stop(server)
