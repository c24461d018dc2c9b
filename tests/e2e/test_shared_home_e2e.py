"""Two editor windows on one machine: two servers at once on one `CONSENTRY_HOME`.

They share the outbox, the anonymous id and the audit log. The invariants: the outbox
stays sound (`PRAGMA integrity_check`), every durable event of either server is
delivered, no `uuid` is delivered twice — even when the second server starts while the
first is in the middle of a slow post — and both send under the same anonymous id.
(The consent prompt is the client's: its lock file is tested in client-vscode/test.)
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter

from consentry.sink import CaptureSink, Fault
from tests.conftest import Servers, Session, error_event, suggestion

SLOW_POST = 4.0  # long enough for a second server to start while the first one waits
ENV = {"CONSENTRY_POST_TIMEOUT": "10"}


async def _durable(session: Session, tag: str, batches: int, size: int) -> list[str]:
    ids: list[str] = []
    for b in range(batches):
        events = [suggestion(linesSuggested=i) for i in range(size - 1)]
        events.append(error_event(component=f"{tag}{b}"))
        session.track_batch(events)
        await session.status()  # answered once every one of them is durable
        ids += [e["id"] for e in events]
    return ids


async def test_two_servers_share_a_home_without_loss_or_double_sending(
    servers: Servers,
) -> None:
    with CaptureSink(faults=[Fault("slow", seconds=SLOW_POST)]) as sink:
        first = await servers.started(sink=sink, enabled=True, env=ENV)
        sent_first = await _durable(first, "a", batches=1, size=30)
        # The first server's sender has leased these and is waiting on the slow endpoint;
        # the second server must leave that lease alone when it starts.
        second = await servers.started(sink=sink, enabled=True, env=ENV)
        assert first.home == second.home
        # Both take events at the same time.
        more = await asyncio.gather(
            _durable(first, "b", batches=4, size=25), _durable(second, "c", batches=4, size=25)
        )
        durable = sent_first + more[0] + more[1]
        await asyncio.gather(first.flush(), second.flush())
        sink.wait_for_events(len(durable), timeout=30)
        statuses = await asyncio.gather(first.status(), second.status())
        await servers.stop(first)
        await servers.stop(second)
        received = sink.events
        requests = sink.requests

    assert all(s["dropped"] == {} for s in statuses)
    assert len(requests) >= 2
    counts = Counter(e["uuid"] for e in received)
    assert set(counts) == set(durable), "every durable event of both servers arrived"
    assert [u for u, n in counts.items() if n > 1] == [], "no uuid was sent twice"
    assert len({e["distinct_id"] for e in received}) == 1, "one anonymous id for the machine"
    with sqlite3.connect(first.home / "outbox.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 0
