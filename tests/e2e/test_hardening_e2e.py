"""Bad input through the real server over stdio: it is dropped, counted, never shown.

Every case writes bytes a correct client would never send straight into the
server's stdin: params of the wrong JSON type, missing fields, nesting, NaN and
Infinity, oversized events and batches, bodies that are not UTF-8 or not JSON,
unknown methods, requests with bad params. One server takes every case of the
table (each case checks the change in `consentry/status`); after each the server
answers within a second, no popup (`window/showMessage`) was ever shown, and a
secret planted in the bad input appears nowhere: not in a warning, not in the
server's log (stderr), not at the endpoint.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from consentry.anonymize import catalog
from consentry.lsp import protocol
from consentry.sink import CaptureSink
from tests.conftest import Servers, Session, error_event, event, suggestion
from tests.e2e.wire import (
    Stderr,
    alive,
    capture_stderr,
    frame,
    message,
    raw_request,
    server_pid,
    write,
)

# A GitHub token shape: the scrubber would redact it, so a bare copy anywhere is a leak.
CANARY = "ghp_CanaryCanaryCanary0123456789abcdefXY"
TRACK = protocol.TRACK
BATCH = protocol.TRACK_BATCH


@dataclass
class Hardened:
    """The one server every case of the table is written to."""

    session: Session
    sink: CaptureSink
    stderr: Stderr


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def hardened(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Hardened]:
    """A server with consent given and a working endpoint, shared by the table's cases."""
    with CaptureSink() as sink:
        servers = Servers(tmp_path_factory.mktemp("hardened"))
        session = await servers.started(sink=sink, enabled=True)
        yield Hardened(session, sink, capture_stderr(session))
        await servers.stop_all()


def track(params: Any) -> bytes:
    """A framed `consentry/track` carrying `params` as given."""
    return frame(message(TRACK, params))


def tokens_literal(literal: bytes) -> bytes:
    """A framed `model_command` whose `tokensGenerated` is the JSON text `literal`."""
    params = event("model_command", model="gpt-4o", command="c", tokensGenerated=0)
    body = message(TRACK, params).replace(b'"tokensGenerated": 0', b'"tokensGenerated": ' + literal)
    return frame(body)


def nested(depth: int, leaf: Any = CANARY) -> Any:
    """Arrays inside arrays, `depth` deep, around a leaf."""
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


def nested_text(depth: int) -> bytes:
    """`depth` nested JSON arrays as text (deeper than json.dumps itself can write)."""
    return b"[" * depth + json.dumps(CANARY).encode() + b"]" * depth


@dataclass(frozen=True)
class Bad:
    """What to write, and the change expected in `status.dropped` and `status.sent`."""

    raw: bytes
    dropped: dict[str, int] = field(default_factory=dict)
    sent: int = 0


def _pageview(**props: Any) -> dict[str, Any]:
    return event("pageview", **props)


NOTIFICATIONS = [
    # Params that are not an object at all.
    pytest.param(Bad(track([CANARY]), {"not-an-object": 1}), id="params-array"),
    pytest.param(Bad(track(CANARY), {"not-an-object": 1}), id="params-string"),
    pytest.param(Bad(track(42), {"not-an-object": 1}), id="params-number"),
    pytest.param(Bad(track(None), {"not-an-object": 1}), id="params-null"),
    pytest.param(Bad(frame(message(TRACK)), {"not-an-object": 1}), id="params-missing"),
    # The event name.
    pytest.param(Bad(track({"properties": {"x": CANARY}}), {"unknown-event": 1}), id="no-event"),
    pytest.param(Bad(track({"event": 7}), {"unknown-event": 1}), id="event-number"),
    pytest.param(Bad(track({"event": ["error"]}), {"unknown-event": 1}), id="event-array"),
    pytest.param(Bad(track({"event": CANARY}), {"unknown-event": 1}), id="event-unknown"),
    # Properties, id, timestamp of the wrong type.
    pytest.param(
        Bad(track({"event": "pageview", "properties": [CANARY]}), {"not-an-object": 1}),
        id="properties-array",
    ),
    pytest.param(
        Bad(track({"event": "pageview", "properties": None}), {"missing": 1}),
        id="properties-null",
    ),
    pytest.param(Bad(track(_pageview()), {"missing": 1}), id="required-missing"),
    # An id that is not an RFC 9562 UUID is replaced by a new random one, never echoed.
    pytest.param(
        Bad(track({**_pageview(page="home"), "id": 12345}), {"field-replaced": 1}, sent=1),
        id="id-number",
    ),
    pytest.param(
        Bad(track({**_pageview(page="home"), "id": CANARY}), {"field-replaced": 1}, sent=1),
        id="id-not-uuid",
    ),
    pytest.param(
        Bad(track({**_pageview(page="home"), "timestamp": 1700000000}), {"wrong-type": 1}),
        id="timestamp-number",
    ),
    pytest.param(
        Bad(track({**_pageview(page="home"), "timestamp": CANARY * 3}), {"wrong-type": 1}),
        id="timestamp-junk",
    ),
    pytest.param(
        Bad(
            track(event("model_command", model="gpt-4o", command="explain", tokensGenerated="12")),
            {"wrong-type": 1, "field-wrong-type": 1},
        ),
        id="count-string",
    ),
    pytest.param(
        Bad(track(_pageview(page={"nested": CANARY})), {"wrong-type": 1, "field-wrong-type": 1}),
        id="identifier-object",
    ),
    # Numbers JSON does not have, which Python's decoder accepts anyway.
    pytest.param(
        Bad(
            tokens_literal(b"NaN"),
            {"out-of-range": 1, "field-out-of-range": 1},
        ),
        id="count-nan",
    ),
    pytest.param(
        Bad(
            tokens_literal(b"-Infinity"),
            {"out-of-range": 1, "field-out-of-range": 1},
        ),
        id="count-minus-infinity",
    ),
    pytest.param(
        Bad(
            tokens_literal(b"Infinity"),
            {"field-clamped": 1},
            sent=1,
        ),
        id="count-infinity-clamped",
    ),
    pytest.param(
        Bad(
            track(event("model_command", model="gpt-4o", command="c", tokensGenerated=10**300)),
            {"field-clamped": 1},
            sent=1,
        ),
        id="count-huge-int-clamped",
    ),
    # Nesting: unknown properties are dropped unread, known ones of the wrong type rejected.
    pytest.param(
        Bad(track(_pageview(page="home", junk=nested(400))), {"field-unknown-property": 1}, 1),
        id="nested-unknown-property",
    ),
    pytest.param(
        Bad(track(_pageview(page=nested(400))), {"wrong-type": 1, "field-wrong-type": 1}),
        id="nested-known-property",
    ),
    pytest.param(
        Bad(
            frame(
                b'{"jsonrpc":"2.0","method":"consentry/track","params":{"event":"pageview",'
                b'"properties":{"page":"home","junk":' + nested_text(900) + b"}}}"
            ),
            {"field-unknown-property": 1},
            sent=1,
        ),
        id="nested-900-deep",
    ),
    # Size caps.
    pytest.param(
        Bad(track(error_event(message=CANARY * 1000)), {"too-large": 1}), id="event-too-large"
    ),
    pytest.param(
        Bad(track(_pageview(page="home", junk=list(range(20_000)))), {"too-large": 1}),
        id="event-too-large-by-count",
    ),
    pytest.param(
        Bad(
            frame(message(BATCH, {"events": [_pageview(page="home")] * 1001})), {"too-large": 1001}
        ),
        id="batch-too-large",
    ),
    pytest.param(
        Bad(
            frame(message(BATCH, {"events": [CANARY, None, _pageview(page="p1")]})),
            {"not-an-object": 2},
            sent=1,
        ),
        id="batch-with-junk-items",
    ),
    pytest.param(Bad(frame(message(BATCH, {"events": CANARY}))), id="batch-events-string"),
    pytest.param(Bad(frame(message(BATCH, [CANARY]))), id="batch-params-array"),
    pytest.param(Bad(frame(message(BATCH))), id="batch-params-missing"),
    # Bodies that are not a JSON-RPC message.
    pytest.param(
        Bad(frame(b'{"jsonrpc":"2.0","method":"consentry/track","params":{"event":"\xff\xfe"}}')),
        id="body-not-utf8",
    ),
    pytest.param(Bad(frame(b'{"jsonrpc":"2.0","method":"consentry/tr')), id="body-truncated"),
    pytest.param(Bad(frame(json.dumps([CANARY, 1]).encode())), id="body-array"),
    pytest.param(Bad(frame(b"42")), id="body-number"),
    pytest.param(Bad(frame(b"")), id="body-empty"),
    pytest.param(
        Bad(frame(message(TRACK, _pageview(page="home"), jsonrpc="1.0"))), id="jsonrpc-1.0"
    ),
    pytest.param(
        Bad(frame(json.dumps({"method": TRACK, "params": {"event": CANARY}}).encode())),
        id="jsonrpc-missing",
    ),
    pytest.param(Bad(frame(message(["consentry/track"], {}))), id="method-array"),
    pytest.param(Bad(frame(message("consentry/nope", {"x": CANARY}))), id="unknown-notification"),
    pytest.param(
        Bad(frame(message(protocol.VSCODE_TELEMETRY, {"level": CANARY}))), id="vscode-junk"
    ),
    pytest.param(
        Bad(frame(message("workspace/didChangeConfiguration", [CANARY]))), id="lsp-params-junk"
    ),
    pytest.param(Bad(frame(message("$/cancelRequest", {"id": [CANARY]}))), id="cancel-junk"),
    pytest.param(
        Bad(frame(json.dumps({"jsonrpc": "2.0", "id": 987654, "result": CANARY}).encode())),
        id="response-to-nothing",
    ),
]


async def _check_quiet(hardened: Hardened) -> dict[str, Any]:
    """The invariants after any input: answering within 1 s, no popup, no planted value."""
    session = hardened.session
    status = await alive(session)
    assert session.client.messages == []
    assert not any(CANARY in w for w in session.warnings())
    assert CANARY not in hardened.stderr.text
    assert not any(CANARY in json.dumps(e) for e in hardened.sink.events)
    return status


def _delta(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {k: v - before.get(k, 0) for k, v in after.items() if v != before.get(k, 0)}


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("case", NOTIFICATIONS)
async def test_bad_notification_is_dropped_counted_and_quiet(hardened: Hardened, case: Bad) -> None:
    before = await _check_quiet(hardened)
    write(hardened.session, case.raw)
    result = await hardened.session.flush()
    after = await _check_quiet(hardened)
    assert result["queued"] == 0
    assert _delta(after["dropped"], before["dropped"]) == case.dropped
    assert after["sent"] - before["sent"] == case.sent
    assert server_pid(hardened.session) > 0


_REQUEST_IDS = itertools.count(1)
REQUESTS = [
    pytest.param("nope/nope", {}, -32601, id="unknown-method"),
    pytest.param(protocol.RECENT_EVENTS, {"limit": -1}, -32602, id="limit-negative"),
    pytest.param(protocol.RECENT_EVENTS, {"limit": CANARY}, -32602, id="limit-string"),
    pytest.param(protocol.RECENT_EVENTS, {"limit": True}, -32602, id="limit-bool"),
    pytest.param(protocol.RECENT_EVENTS, {"limit": 1.5}, -32602, id="limit-float"),
    pytest.param(protocol.SET_CONSENT, {"granted": CANARY}, -32602, id="granted-string"),
    pytest.param(protocol.SET_CONSENT, {"granted": True, "permanent": 1}, -32602, id="perm-int"),
    pytest.param(protocol.SET_CONSENT, [True], -32602, id="consent-params-array"),
    pytest.param(protocol.SET_CONSENT, None, -32602, id="consent-params-null"),
]


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(("method", "params", "code"), REQUESTS)
async def test_bad_request_gets_a_json_rpc_error_with_a_message(
    hardened: Hardened, method: str, params: Any, code: int
) -> None:
    msg_id = f"bad-{next(_REQUEST_IDS)}"
    with pytest.raises(Exception) as raised:
        await raw_request(hardened.session, message(method, params, msg_id), msg_id, 5.0)
    assert getattr(raised.value, "code", None) == code
    assert str(raised.value) and CANARY not in str(raised.value)
    status = await _check_quiet(hardened)
    assert status["state"] == "on"  # a refused setConsent changed nothing


@pytest.mark.asyncio(loop_scope="module")
async def test_setconsent_without_params_is_answered_not_dropped(hardened: Hardened) -> None:
    body = message(protocol.SET_CONSENT, msg_id=424242)  # `params` may be omitted
    with pytest.raises(Exception) as raised:
        await raw_request(hardened.session, body, 424242, 5.0)
    assert getattr(raised.value, "code", None) == -32602


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(message(protocol.STATUS, msg_id=5150), id="no-params"),
        pytest.param(message(protocol.STATUS, [1, 2], 5150), id="params-array"),
        pytest.param(message(protocol.STATUS, {}, 5150, extra=CANARY), id="extra-member"),
    ],
)
async def test_requests_json_rpc_allows_are_answered(hardened: Hardened, body: bytes) -> None:
    result = await raw_request(hardened.session, body, 5150, 5.0)
    assert result["state"] == "on"
    await _check_quiet(hardened)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_second_initialize_does_not_stop_the_server(hardened: Hardened) -> None:
    before = await alive(hardened.session)
    params = {"processId": None, "capabilities": {}, "initializationOptions": {"profile": CANARY}}
    await raw_request(hardened.session, message("initialize", params, 777), 777, 5.0)
    hardened.session.track(suggestion())
    await hardened.session.flush()
    after = await _check_quiet(hardened)
    assert after["sent"] == before["sent"] + 1


# ----- cases that need a server of their own ---------------------------------------------


async def test_too_large_events_warn_naming_the_event(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.started(sink=sink, enabled=True)
    limit = catalog.MAX_EVENT_JSON
    just_fits = error_event(message="x" * (limit - 400))
    assert catalog.json_size(just_fits) <= limit
    session.track(
        error_event(message=CANARY * 1000),
        event("keystrokes", text=CANARY * 1000),
        just_fits,
    )
    await session.flush()
    status = await session.status()
    assert status["dropped"] == {"too-large": 2}
    assert [e["uuid"] for e in sink.events] == [just_fits["id"]]
    warnings = [w for w in session.warnings() if "characters of JSON" in w]
    assert [w.split(":")[0] for w in warnings] == ["error", "<unknown>"]
    assert all(CANARY not in w for w in session.warnings())
    recent = await session.request(protocol.RECENT_EVENTS, {"limit": 3})
    assert recent[0] == {"status": "dropped", "event": "error", "reason": "too-large"}
    assert session.client.messages == []


async def test_batch_cap_is_inclusive(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.started(sink=sink, enabled=True)
    cap = catalog.MAX_BATCH_EVENTS
    full = [suggestion(linesSuggested=i) for i in range(cap)]
    session.track_batch(full)
    session.track_batch([suggestion() for _ in range(cap + 1)])
    await session.flush()
    status = await session.status()
    assert status["dropped"] == {"too-large": cap + 1}
    assert sorted(e["uuid"] for e in sink.events) == sorted(e["id"] for e in full)
    assert any(w.startswith("consentry/trackBatch: rejected") for w in session.warnings())
    assert session.client.messages == []


async def test_nesting_deeper_than_the_json_decoder_goes_does_not_kill_the_server(
    servers: Servers, sink: CaptureSink
) -> None:
    # Python's JSON decoder raises RecursionError (not ValueError) past ~1,000 levels.
    session = await servers.started(sink=sink, enabled=True)
    for depth in (1_500, 100_000):
        write(
            session,
            frame(
                b'{"jsonrpc":"2.0","method":"consentry/track","params":{"event":"pageview",'
                b'"properties":{"page":' + nested_text(depth) + b"}}}"
            ),
        )
    status = await alive(session, 5.0)
    assert status["state"] == "on"
    assert session.client.messages == []


async def test_unknown_request_and_notification(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.started(sink=sink, enabled=True)
    session.client.protocol.notify("acme/whatever", {"x": 1})
    with pytest.raises(Exception) as raised:
        await session.request("acme/whatever", {"x": 1})
    assert getattr(raised.value, "code", None) == -32601
    assert (await alive(session))["dropped"] == {}
    assert session.client.messages == []


async def test_a_flood_of_bad_events_warns_a_bounded_number_of_times(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.started(sink=sink, enabled=True)
    session.track_batch([event("nope", secret=CANARY) for _ in range(500)])
    status = await session.status()
    assert status["dropped"] == {"unknown-event": 500}
    # Warnings travel before the answer on the same stream: all of them are here.
    assert 1 <= len(session.warnings()) <= 10  # the rate limit: 10 a minute
    assert session.client.messages == []


def test_the_caps_are_documented() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"{catalog.MAX_EVENT_JSON:,}" in readme or "32 KiB" in readme
    assert f"{catalog.MAX_BATCH_EVENTS:,}" in readme
