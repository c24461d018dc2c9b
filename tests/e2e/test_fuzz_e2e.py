"""Property-based fuzzing of the real server over stdio.

Two fuzzers, each against one server process that lives for the whole test (every
example checks it is still alive, so a run of hundreds of examples takes seconds):

(i)  the framed byte stream on stdin: valid and broken frames (lying, missing or
     lower-case `Content-Length`, LF-only headers, corrupted and non-UTF-8 bodies,
     random bytes, over-the-limit lengths) around JSON-RPC messages with random
     methods, ids and params;
(ii) `consentry/track` params: random JSON values for event, properties, id and
     timestamp, mixed with events shaped like the catalog, singly and in batches.

After every example the server answers `consentry/status` within 1 s, its resident
memory stays under RSS_LIMIT, it never showed a popup, and for (ii) every event is
accounted for (delivered, or dropped with an event-level reason) and everything that
arrived at the endpoint is within the catalog. Shrinking is off: the examples share
one server, so the first failing example is the one reported.

The default run is short; `CONSENTRY_SOAK=1` runs thousands of examples
(`CONSENTRY_SOAK_EXAMPLES` sets how many). Run with `-s` to see the figures.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, TypeVar

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from consentry.anonymize import catalog
from consentry.lsp import protocol
from consentry.sink import CaptureSink
from tests.conftest import Servers, Session
from tests.e2e.wire import alive, rss_bytes, server_pid, write

SOAK: Final = os.environ.get("CONSENTRY_SOAK", "") == "1"
EXAMPLES: Final = int(os.environ.get("CONSENTRY_SOAK_EXAMPLES", "3000")) if SOAK else 80
# What catches unbounded growth under fuzzing, above the baseline: the anonymizer keeps
# its word lists, model registry and rules in memory (a fuzzed server peaked at 80.0 MiB
# once the vocabulary took in cspell's Node, TypeScript and data-science lists).
RSS_LIMIT: Final = 96 * 1024 * 1024
# Spaces after each example: enough to complete any body or skip the stream may have
# left pending (at most the largest length it declared), then to overflow the header
# limit so the reader drops whatever partial header remains.
FILLER_MARGIN: Final = 20 * 1024
OVERSIZE: Final = 1024 * 1024  # the reader's message limit, as of writing
FRESH: Final = "<fresh uuid>"  # replaced by a new uuid4 when sent: ids must not repeat
T = TypeVar("T")

SETTINGS: Final = settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
pytestmark = pytest.mark.timeout(max(120, EXAMPLES))


@dataclass
class Figures:
    """What a fuzz run did, printed at its end."""

    name: str
    examples: int = 0
    messages: int = 0
    bytes: int = 0
    events: int = 0
    delivered: int = 0
    slowest_status: float = 0.0
    max_rss: int = 0

    def line(self) -> str:
        """One line for the test's output."""
        return (
            f"{self.name}: {self.examples} examples, {self.messages} messages, "
            f"{self.bytes:,} bytes, {self.events} events ({self.delivered} delivered), "
            f"slowest status {self.slowest_status * 1000:.0f} ms, "
            f"max RSS {self.max_rss / 2**20:.1f} MiB"
        )


def _on_loop(loop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, T]) -> T:
    """Run `work` on the test's event loop from hypothesis's thread (bounded wait)."""
    return asyncio.run_coroutine_threadsafe(work, loop).result(timeout=60)


async def _healthy(session: Session, figures: Figures) -> dict[str, Any]:
    """The invariants after every example."""
    started = time.monotonic()
    status = await alive(session)
    figures.slowest_status = max(figures.slowest_status, time.monotonic() - started)
    rss = rss_bytes(server_pid(session))
    figures.max_rss = max(figures.max_rss, rss)
    assert rss < RSS_LIMIT, f"RSS {rss / 2**20:.1f} MiB"
    assert session.client.messages == []
    figures.examples += 1
    return status


# ----- strategies ------------------------------------------------------------------------

_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-1, max_value=10**8)
    | st.floats()
    | st.text(max_size=40)
)
JSON: Final = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=20,
)
_FIELDS: Final = sorted({f.name for d in catalog.CATALOG.values() for f in d.fields})
_IDENTIFIER: Final = st.from_regex(r"[a-z][a-z0-9._/:-]{0,24}", fullmatch=True)
_TIMESTAMP: Final = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).map(datetime.isoformat)


def _value_for(spec: catalog.Field) -> st.SearchStrategy[Any]:
    """A plausible value for a catalog field, or now and then anything at all."""
    plausible: dict[str, st.SearchStrategy[Any]] = {
        "enum": st.sampled_from(spec.choices or ("x",)),
        "identifier": _IDENTIFIER,
        "count": st.integers(min_value=0, max_value=catalog.MAX_COUNT * 2),
        "text": st.text(max_size=300),
        "stack": st.text(max_size=600),
    }
    return st.one_of(*[plausible[spec.type]] * 3, JSON)


@st.composite
def catalog_shaped(draw: st.DrawFn) -> dict[str, Any]:
    """Track params shaped like a catalog event, each part possibly wrong."""
    definition = draw(st.sampled_from(list(catalog.CATALOG.values())))
    properties = {
        spec.name: draw(_value_for(spec))
        for spec in definition.fields
        if spec.required or draw(st.booleans())
    }
    properties.update(draw(st.dictionaries(st.text(max_size=10), JSON, max_size=2)))
    params: dict[str, Any] = {"event": definition.name, "properties": properties}
    params["id"] = draw(st.just(FRESH) | st.just(FRESH) | JSON)
    timestamp = draw(st.one_of(st.none(), st.none(), _TIMESTAMP, JSON))
    if timestamp is not None:
        params["timestamp"] = timestamp
    return params


TRACK_PARAMS: Final = (
    catalog_shaped()
    | catalog_shaped()
    | st.fixed_dictionaries(
        {},
        optional={
            "event": st.sampled_from(list(catalog.CATALOG)) | JSON,
            "properties": st.dictionaries(st.sampled_from(_FIELDS), JSON, max_size=6) | JSON,
            "id": st.just(FRESH) | JSON,
            "timestamp": _TIMESTAMP | JSON,
        },
    )
    | JSON
)


def _fresh_ids(params: Any) -> Any:
    if isinstance(params, dict) and params.get("id") == FRESH:
        return {**params, "id": str(uuid.uuid4())}
    return params


# Everything but `shutdown` and `exit`, which end the session by design.
_METHODS: Final = st.sampled_from(
    [
        protocol.TRACK,
        protocol.TRACK_BATCH,
        protocol.VSCODE_TELEMETRY,
        protocol.STATUS,
        protocol.FLUSH,
        protocol.RECENT_EVENTS,
        protocol.SET_CONSENT,
        "initialize",
        "initialized",
        "workspace/didChangeConfiguration",
        "$/cancelRequest",
        "textDocument/hover",
        "acme/unknown",
    ]
) | st.text(max_size=20)


@st.composite
def rpc_body(draw: st.DrawFn) -> bytes:
    """A JSON-RPC message: a method, maybe an id, params fitting the method or not."""
    method = draw(_METHODS | JSON)
    message: dict[str, Any] = {"jsonrpc": draw(st.just("2.0") | st.just("2.0") | JSON)}
    message["method"] = method
    if method == protocol.TRACK:
        params: Any = draw(TRACK_PARAMS)
    elif method == protocol.TRACK_BATCH:
        params = draw(st.fixed_dictionaries({"events": st.lists(TRACK_PARAMS, max_size=5)}) | JSON)
    else:
        params = draw(JSON)
    if draw(st.booleans()) or params is not None:
        message["params"] = _fresh_ids(params)
    if draw(st.booleans()):
        message["id"] = draw(st.integers(min_value=10**6) | st.text(max_size=8) | JSON)
    return json.dumps(message).encode()


@dataclass(frozen=True)
class Chunk:
    """Bytes of the stream, and the largest body length they announce."""

    raw: bytes
    declared: int = 0


@st.composite
def chunk(draw: st.DrawFn) -> Chunk:
    """One frame, well formed or broken in one of the ways a byte stream can break."""
    body = draw(rpc_body())
    way = draw(
        st.sampled_from(
            ["exact", "exact", "exact", "length", "oversize", "header", "body", "bytes", "deep"]
        )
    )
    if way == "bytes":
        return Chunk(draw(st.binary(max_size=300)))
    if way == "deep":
        depth = draw(st.integers(min_value=0, max_value=3_000))
        body = b'{"jsonrpc":"2.0","method":"consentry/track","params":' + b"[" * depth
        body += b"]" * depth + b"}"
    if way == "body":
        at = draw(st.integers(min_value=0, max_value=len(body)))
        junk = draw(st.binary(min_size=1, max_size=8) | st.just(b"\xff\xfe\x80"))
        body = body[:at] + junk + body[at + draw(st.integers(min_value=0, max_value=8)) :]
    length = len(body)
    if way == "length":
        length = max(0, length + draw(st.integers(min_value=-length, max_value=64)))
    if way == "oversize":
        length = OVERSIZE + draw(st.integers(min_value=1, max_value=4096))
    header = b"Content-Length: %d\r\n\r\n" % length
    if way == "header":
        header = draw(
            st.sampled_from(
                [
                    b"content-length: %d\r\n\r\n" % length,
                    b"Content-Length: %d\r\nContent-Type: application/vscode-jsonrpc; "
                    b"charset=utf-8\r\n\r\n" % length,
                    b"Content-Length: %d\n\n" % length,
                    b"Content-Length:%d\r\n\r\n" % length,
                    b"Content-Length: %d\r\nContent-Length: %d\r\n\r\n" % (length, length + 3),
                    b"Content-Length: -%d\r\n\r\n" % length,
                    b"Content-Length: %d" % length,
                    b"X-Junk: \xff\r\nContent-Length: %d\r\n\r\n" % length,
                    b"\r\n\r\n",
                    b"",
                ]
            )
        )
    return Chunk(header + body, length + 3)


# ----- (i) the byte stream --------------------------------------------------------------


async def test_fuzz_the_framed_byte_stream(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.started(sink=sink, enabled=True)
    loop = asyncio.get_running_loop()
    figures = Figures("byte stream")

    async def one(chunks: list[Chunk]) -> None:
        raw = b"".join(c.raw for c in chunks)
        pending = max((c.declared for c in chunks), default=0)
        write(session, raw + b" " * (pending + FILLER_MARGIN))
        figures.bytes += len(raw)
        figures.messages += len(chunks)
        await _healthy(session, figures)

    @SETTINGS
    @given(st.lists(chunk(), min_size=1, max_size=6))
    def fuzz(chunks: list[Chunk]) -> None:
        _on_loop(loop, one(chunks))

    try:
        await asyncio.to_thread(fuzz)
    finally:
        print(figures.line())
    assert figures.examples >= EXAMPLES // 2


# ----- (ii) consentry/track params -------------------------------------------------------

_CONTEXT: Final = frozenset(
    {
        "$os",
        "ide",
        "ide_version",
        "extension_version",
        "consentry_version",
        "$session_id",
        "$process_person_profile",
        "$geoip_disable",
    }
)


def _within_the_catalog(sent: dict[str, Any]) -> None:
    """What arrived at the endpoint: catalog fields only, each of its declared shape."""
    definition = catalog.CATALOG[sent["event"]]
    uuid.UUID(sent["uuid"])
    properties = sent["properties"]
    assert properties["$process_person_profile"] is False and "$ip" not in properties
    for name, value in properties.items():
        if name in _CONTEXT:
            continue
        spec = definition.field(name)
        assert spec is not None, f"{name} is not a field of {definition.name}"
        if spec.type == "count":
            assert type(value) is int and 0 <= value <= catalog.MAX_COUNT
        elif spec.type == "enum":
            assert value in spec.choices
        elif spec.type == "identifier":
            assert value == catalog.REDACTED or catalog.looks_like_identifier(value)
        else:
            assert isinstance(value, str) and len(value) <= 4_001


async def test_fuzz_track_params(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.started(sink=sink, enabled=True)
    loop = asyncio.get_running_loop()
    figures = Figures("track params")

    async def one(events: list[Any], batched: bool) -> None:
        before = await alive(session)
        arrived = len(sink.events)
        sent = [_fresh_ids(e) for e in events]
        if batched:
            session.client.protocol.notify(protocol.TRACK_BATCH, {"events": sent})
        else:
            for params in sent:
                session.client.protocol.notify(protocol.TRACK, params)
        figures.messages += 1 if batched else len(sent)
        await asyncio.wait_for(session.flush(), 10)
        after = await _healthy(session, figures)
        new = sink.events[arrived:]
        dropped = {
            k: v - before["dropped"].get(k, 0)
            for k, v in after["dropped"].items()
            if not k.startswith("field-")
        }
        assert after["queued"] == 0
        assert after["sent"] - before["sent"] == len(new)
        assert len(new) + sum(dropped.values()) == len(events), (len(new), dropped)
        for arrived_event in new:
            _within_the_catalog(arrived_event)
        figures.events += len(events)
        figures.delivered += len(new)

    @SETTINGS
    @given(st.lists(TRACK_PARAMS, min_size=1, max_size=8), st.booleans())
    def fuzz(events: list[Any], batched: bool) -> None:
        _on_loop(loop, one(events, batched))

    try:
        await asyncio.to_thread(fuzz)
    finally:
        print(figures.line())
    assert figures.delivered > 0  # the accepting path was exercised too
