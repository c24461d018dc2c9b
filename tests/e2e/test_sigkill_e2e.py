"""Nothing acknowledged is lost when the server is SIGKILLed at random moments.

Rounds of: start the real server on the same CONSENTRY_HOME, its endpoint up or down
(chosen at random), send `consentry/trackBatch`es, acknowledge them with a
`consentry/status` barrier (which answers only once they are durable), and SIGKILL
the server at a random moment — mid-batch, mid-barrier, mid-post, mid-startup.
At the end, with the endpoint up, flush and check:

- every acknowledged event was delivered;
- nothing was delivered that was never sent;
- none is duplicated by `uuid`. A batch the endpoint answered 2xx can be posted
  again when the kill came before the outbox deleted it (between the answer and the
  ack): PostHog de-duplicates by `uuid` (the event's id), so the measure is the
  sink's `events_by_uuid` view, and raw re-sends are only allowed to be exact
  copies of the same event. Their number is printed (run with `-s` to see it);
- the outbox passes `PRAGMA integrity_check`;
- every delivered event is in the audit log (written before each post).

Seeded (`CONSENTRY_SIGKILL_SEED`, default 20240607) so a failure can be replayed;
`CONSENTRY_SIGKILL_ROUNDS` (default 20) makes it a longer soak.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sqlite3
import time
from typing import Any

from consentry.sink import CaptureSink
from tests.conftest import Servers, Session, error_event, suggestion

SEED = int(os.environ.get("CONSENTRY_SIGKILL_SEED", "20240607"))
ROUNDS = max(20, int(os.environ.get("CONSENTRY_SIGKILL_ROUNDS", "20")))
ENV = {"CONSENTRY_POST_TIMEOUT": "1"}
# Events a round sends at most: keeps the whole run's audit log (which must hold every
# delivered event) within one rotation, however fast the machine.
ROUND_EVENTS = 400


def _events(rng: random.Random) -> list[dict[str, Any]]:
    events = [suggestion(linesSuggested=rng.randrange(100)) for _ in range(rng.randint(1, 40))]
    if rng.random() < 0.3:
        events.append(error_event())
    return events


async def _kill(servers: Servers, session: Session) -> None:
    process = session.client._server  # the harness keeps the process here
    assert process is not None
    if process.returncode is None:
        process.send_signal(signal.SIGKILL)
    await asyncio.wait_for(process.wait(), 10)
    servers.sessions.remove(session)
    await asyncio.wait_for(session.client.stop(), 10)  # type: ignore[no-untyped-call]


async def _flow_until_killed(
    session: Session, rng: random.Random, sent: list[str], acked: set[str]
) -> None:
    """Send and acknowledge batches until the kill time comes (wherever that falls)."""
    kill_at = time.monotonic() + rng.uniform(0.0, 0.6)
    pending: list[str] = []
    budget = ROUND_EVENTS
    while True:
        remaining = kill_at - time.monotonic()
        if remaining <= 0:
            return
        if budget <= 0:
            await asyncio.sleep(remaining)  # the server goes on sending what it has
            return
        batch = _events(rng)
        budget -= len(batch)
        session.track_batch(batch)
        ids = [e["id"] for e in batch]
        sent.extend(ids)
        pending.extend(ids)
        if rng.random() < 0.6:
            try:
                await asyncio.wait_for(session.status(), remaining)
            except TimeoutError:
                return  # killed with this barrier unanswered: `pending` is not acknowledged
            acked.update(pending)
            pending = []


async def test_sigkill_at_random_moments_loses_nothing_acknowledged(servers: Servers) -> None:
    rng = random.Random(SEED)
    started = time.monotonic()
    home = servers.tmp_path / "home"
    sent: list[str] = []
    acked: set[str] = set()
    with CaptureSink() as probe:
        dead_url = probe.url  # nothing listens here afterwards: the endpoint is down
    with CaptureSink() as sink:
        kills = 0
        for _ in range(ROUNDS):
            up = rng.random() < 0.5
            if rng.random() < 0.15:
                # Killed while starting up (imports, opening the outbox, first pull).
                session = await servers.start(
                    home=home, host=sink.url if up else dead_url, enabled=True, env=ENV
                )
                await asyncio.sleep(rng.uniform(0.0, 0.3))
            else:
                session = await servers.started(
                    home=home, host=sink.url if up else dead_url, enabled=True, env=ENV
                )
                await _flow_until_killed(session, rng, sent, acked)
            await _kill(servers, session)
            kills += 1

        final = await servers.started(home=home, sink=sink, enabled=True, env=ENV)
        for _ in range(30):
            if (await final.flush())["queued"] == 0:
                break
            await asyncio.sleep(0.2)
        status = await final.status()
        await servers.stop(final)
        raw = sink.events
        by_uuid = sink.events_by_uuid

    assert kills >= 20
    assert status["queued"] == 0
    delivered = set(by_uuid)
    lost = acked - delivered
    assert not lost, f"{len(lost)} acknowledged event(s) lost"
    assert delivered <= set(sent), "something was delivered that was never sent"
    for event in raw:  # a re-send is the same event again, never another one
        assert event == by_uuid[event["uuid"]]
    resent = len(raw) - len(by_uuid)

    db = sqlite3.connect(home / "outbox.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    audited: set[str] = set()
    torn = 0
    for log in (home / "analytics.jsonl", home / "analytics.jsonl.1"):  # .1: rotated
        for line in log.read_text().splitlines() if log.exists() else []:
            if not line.strip():
                continue
            try:
                audited.add(json.loads(line)["event"]["uuid"])
            except json.JSONDecodeError:
                torn += 1  # a write the kill cut short: alone on its line, never glued
    assert torn <= kills
    assert delivered <= audited, "an event left without being in the audit log first"
    print(
        f"\nsigkill: seed {SEED}, {kills} kills, {len(sent)} sent, {len(acked)} acknowledged, "
        f"{len(delivered)} delivered (distinct uuids), {resent} raw re-send(s) de-duplicated "
        f"by uuid, {len(set(sent) - delivered)} unacknowledged lost, "
        f"{time.monotonic() - started:.1f} s"
    )
