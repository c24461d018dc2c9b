"""Delivery under HTTP faults: the real server over stdio against a fault-injecting sink.

Each schedule scripts the capture endpoint's next answers (5xx, 429 with
Retry-After, 408, 413, 400, a connection reset mid-body, a stall past the post
timeout, no listener at all). The invariants are the same for every schedule:
every durable event (acknowledged by a `consentry/status` barrier) is delivered,
none twice by `uuid`; the only events not delivered are those of a batch refused
with a 400, and `status.dropped["http-400"]` counts exactly those. The server is
given a 1 s post timeout (`CONSENTRY_POST_TIMEOUT`) so a stall costs a second.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import pytest

from consentry.sink import CaptureSink, Fault
from tests.conftest import Servers, Session, error_event, suggestion

POST_TIMEOUT = 1.0
ENV = {"CONSENTRY_POST_TIMEOUT": f"{POST_TIMEOUT:g}"}


async def _send_durably(session: Session, batches: int, size: int) -> list[str]:
    """Send events in `consentry/trackBatch`es; each batch is acknowledged by a barrier."""
    ids: list[str] = []
    for b in range(batches):
        events: list[dict[str, Any]] = [suggestion(linesSuggested=i) for i in range(size - 1)]
        events.append(error_event(component=f"part{b}"))
        session.track_batch(events)
        await session.status()  # answers only once all of them are durable
        ids += [e["id"] for e in events]
    return ids


async def _drain(session: Session, seconds: float = 30.0) -> list[float]:
    """Flush until the outbox is empty (bounded); returns how long each flush took."""
    took: list[float] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        result = await session.flush()
        took.append(time.monotonic() - started)
        if result["queued"] == 0:
            break
        await asyncio.sleep(0.1)
    return took


def _check_delivery(
    sink: CaptureSink, durable: list[str], status: dict[str, Any]
) -> tuple[set[str], set[str]]:
    """The invariants every schedule shares; returns (delivered, refused) uuids."""
    accepted = Counter(e["uuid"] for e in sink.events)
    assert [u for u, n in accepted.items() if n > 1] == [], "an event arrived twice"
    delivered = set(accepted)
    refused = {
        e["uuid"]
        for r in sink.requests
        if 400 <= r.status < 500 and r.status not in (408, 413, 429)
        for e in r.events
    }
    assert delivered.isdisjoint(refused)
    assert delivered | refused == set(durable), "a durable event was lost"
    assert status["queued"] == 0 and status["sent"] == len(delivered)
    assert status["dropped"].get("http-400", 0) == len(refused)
    return delivered, refused


SCHEDULES = [
    pytest.param([Fault(status=500), Fault(status=503), Fault(status=502)], id="5xx"),
    pytest.param([Fault(status=429, retry_after=2.0)], id="429-retry-after"),
    pytest.param([Fault(status=503, retry_after=1.0), Fault(status=429)], id="503-retry-after"),
    pytest.param([Fault(status=408)] * 2, id="408"),
    pytest.param([Fault(status=503), Fault(status=413)], id="413"),
    pytest.param([Fault(status=400)], id="400"),
    pytest.param([Fault("reset-mid-body"), Fault("reset")], id="reset-mid-body"),
    pytest.param([Fault("stall", seconds=3 * POST_TIMEOUT)] * 2, id="timeout"),
]


@pytest.mark.parametrize("faults", SCHEDULES)
async def test_every_durable_event_arrives_once(servers: Servers, faults: list[Fault]) -> None:
    with CaptureSink(faults=faults) as sink:
        session = await servers.started(sink=sink, enabled=True, env=ENV)
        durable = await _send_durably(session, batches=3, size=40)
        flushes = await _drain(session)
        status = await session.status()
        await servers.stop(session)
        requests = sink.requests
        _, refused = _check_delivery(sink, durable, status)

    kinds = {f.kind if f.kind != "status" else str(f.status) for f in faults}
    failed = [r for r in requests if not 200 <= r.status < 300]
    assert len(failed) == len(faults), "every scripted fault was met"
    if "400" in kinds:
        assert refused and status["dropped"] == {"http-400": len(refused)}
    else:
        assert refused == set() and "http-400" not in status["dropped"]
    for i, fault in enumerate(faults):
        if fault.retry_after is not None:
            # The next attempt after a Retry-After answer waited at least that long.
            at = next(r.at for r in requests if r.status == fault.status)
            later = [r.at for r in requests if r.at > at]
            assert later and later[0] - at >= fault.retry_after, f"fault {i} not honoured"
    if "413" in kinds:
        index = next(i for i, r in enumerate(requests) if r.status == 413)
        assert len(requests[index + 1].events) <= max(1, len(requests[index].events) // 2)
    if "stall" in kinds:
        # A stalled endpoint costs one post timeout per attempt, never a hung flush.
        assert max(flushes) < POST_TIMEOUT + 4.0


async def test_retry_after_is_honoured_by_the_server_on_its_own(servers: Servers) -> None:
    # No flush at all: the sender thread alone must wait out the header, then deliver.
    with CaptureSink(faults=[Fault(status=429, retry_after=1.5)]) as sink:
        session = await servers.started(sink=sink, enabled=True, env=ENV)
        durable = await _send_durably(session, batches=1, size=5)
        sink.wait_for_events(len(durable), timeout=20)
        # The endpoint holds the events before its 2xx is back; a flush waits for the
        # sender to finish that post, so the counts below include it.
        await session.flush()
        status = await session.status()
        await servers.stop(session)
        requests = sink.requests
        _check_delivery(sink, durable, status)
    seen = [(r.status, round(r.at - requests[0].at, 3), len(r.events)) for r in requests]
    assert requests[0].status == 429, seen
    assert requests[1].at - requests[0].at >= 1.5, seen


async def test_endpoint_down_for_a_while(
    servers: Servers, capfd: pytest.CaptureFixture[str]
) -> None:
    with CaptureSink() as probe:
        port = probe.port
    url = f"http://127.0.0.1:{port}"
    with CaptureSink(port) as first:
        session = await servers.started(host=url, enabled=True, env=ENV)
        durable = await _send_durably(session, batches=1, size=10)
        await _drain(session)
        delivered_before = {e["uuid"] for e in first.events}
    # Down: nothing listens on the port (kept-alive connections were closed too).
    durable += await _send_durably(session, batches=3, size=10)
    for _ in range(4):
        result = await session.flush()
        assert result["sent"] == 0 and result["queued"] > 0
    await asyncio.sleep(1.0)
    assert (await session.status())["queued"] == 30
    # Back up, on the same port.
    with CaptureSink(port) as second:
        await _drain(session)
        status = await session.status()
        await servers.stop(session)
        delivered_after = [e["uuid"] for e in second.events]
    assert len(delivered_after) == len(set(delivered_after))
    assert delivered_before.isdisjoint(delivered_after)
    assert delivered_before | set(delivered_after) == set(durable)
    assert status["queued"] == 0 and status["sent"] == len(durable)
    # The server said once that the endpoint was unreachable, not once per attempt.
    unreachable = [line for line in capfd.readouterr().err.splitlines() if "unreachable" in line]
    assert len(unreachable) == 1, unreachable
