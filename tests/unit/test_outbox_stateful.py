"""The outbox against a simple model, driven by hypothesis through random operation sequences.

The model is a list of rows in arrival order, each with its kind, size and whether
it is leased. Operations: enqueue (with duplicate ids), lease, ack, release (nack),
crash mid-put, reopen (with and without the sender's start-up release of leases),
consent off (purge all), errors only (purge usage). Small limits make the outbox
fill up, so eviction (oldest usage first, errors last) is exercised constantly.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from consentry.delivery.outbox import Limits, Outbox, Row

LIMITS = Limits(max_events=12, max_bytes=900)
LEASE_SECONDS = 3600.0  # never expires within a run; a restart is modelled by release_orphaned


@dataclass
class ModelRow:
    id: str
    kind: str
    size: int
    leased: bool = False


class OutboxMachine(RuleBasedStateMachine):
    """Random sequences of outbox operations, checked against `ModelRow`s after each step."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="outbox-stateful-"))
        self.path = self.folder / "outbox.sqlite3"
        self.box = Outbox(self.path, LIMITS)
        self.model: list[ModelRow] = []
        self.next_id = 0

    def teardown(self) -> None:
        self.box.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ----- the model's own rules ----------------------------------------------------------

    def _model_evict(self) -> tuple[int, int]:
        evicted = {"usage": 0, "error": 0}
        for kind in ("usage", "error"):
            while (
                len(self.model) > LIMITS.max_events
                or sum(r.size for r in self.model) > LIMITS.max_bytes
            ):
                victim = next((r for r in self.model if r.kind == kind), None)
                if victim is None:
                    break
                self.model.remove(victim)
                evicted[kind] += 1
        return evicted["usage"], evicted["error"]

    def _fresh_id(self) -> str:
        self.next_id += 1
        return f"e{self.next_id}"

    # ----- operations ---------------------------------------------------------------------

    @initialize()
    def start_empty(self) -> None:
        assert self.box.count() == 0

    @rule(
        kinds=st.lists(st.sampled_from(["usage", "usage", "error"]), min_size=1, max_size=8),
        sizes=st.lists(st.integers(min_value=2, max_value=160), min_size=8, max_size=8),
        repeat=st.booleans(),
    )
    def enqueue(self, kinds: list[str], sizes: list[int], repeat: bool) -> None:
        rows = [Row(self._fresh_id(), k, "x" * s) for k, s in zip(kinds, sizes, strict=False)]
        if repeat and self.model:
            # A client re-sending an id still queued: stored once.
            old = self.model[0]
            rows.append(Row(old.id, old.kind, "x" * old.size))
        result = self.box.put(rows)
        present = {r.id for r in self.model}
        fresh = [r for r in rows if r.id not in present]
        self.model.extend(ModelRow(r.id, r.kind, len(r.body)) for r in fresh)
        assert result.stored == len(fresh)
        assert result.duplicates == len(rows) - len(fresh)
        assert (result.evicted_usage, result.evicted_errors) == self._model_evict()

    @rule(limit=st.integers(min_value=1, max_value=6))
    def lease(self, limit: int) -> None:
        expected = [r for r in self.model if not r.leased][:limit]
        got = self.box.lease(limit, seconds=LEASE_SECONDS)
        assert [i for i, _ in got] == [r.id for r in expected]
        for r in expected:
            r.leased = True

    @precondition(lambda self: any(r.leased for r in self.model))
    @rule(data=st.data())
    def ack(self, data: st.DataObject) -> None:
        leased = [r for r in self.model if r.leased]
        chosen = data.draw(st.lists(st.sampled_from(leased), unique_by=lambda r: r.id))
        assert self.box.ack([r.id for r in chosen]) == len(chosen)
        for r in chosen:
            self.model.remove(r)

    @rule()
    def ack_an_evicted_row(self) -> None:
        # A batch delivered after its rows were evicted (or purged): nothing to delete.
        assert self.box.ack(["gone-already"]) == 0

    @precondition(lambda self: any(r.leased for r in self.model))
    @rule(data=st.data())
    def release(self, data: st.DataObject) -> None:
        leased = [r for r in self.model if r.leased]
        chosen = data.draw(st.lists(st.sampled_from(leased), unique_by=lambda r: r.id))
        self.box.release([r.id for r in chosen])
        for r in chosen:
            r.leased = False

    @rule(n=st.integers(min_value=1, max_value=5))
    def crash_in_the_middle_of_a_put(self, n: int) -> None:
        # The process dies inside a group commit: none of that group may survive.
        raw = sqlite3.connect(self.path, isolation_level=None)
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            "INSERT INTO events (id, kind, body, size) VALUES (?, 'usage', 'x', 1)",
            [(self._fresh_id(),) for _ in range(n)],
        )
        raw.close()  # never committed
        self.box.close()
        self.box = Outbox(self.path, LIMITS)

    @rule(sender_restarts=st.booleans())
    def reopen(self, sender_restarts: bool) -> None:
        self.box.close()
        self.box = Outbox(self.path, LIMITS, recover=True)
        assert self.box.recovered is None
        if sender_restarts:
            # A new sender gives back what a dead process had leased: the leases name this
            # pid, as those of an earlier process with the same pid would.
            assert self.box.release_orphaned() == sum(r.leased for r in self.model)
            for r in self.model:
                r.leased = False

    @rule()
    def consent_off(self) -> None:
        assert self.box.purge() == len(self.model)
        self.model.clear()

    @rule()
    def errors_only(self) -> None:
        usage = [r for r in self.model if r.kind == "usage"]
        assert self.box.purge(["usage"]) == len(usage)
        self.model = [r for r in self.model if r.kind != "usage"]

    # ----- what must always hold ----------------------------------------------------------

    @invariant()
    def same_rows_as_the_model(self) -> None:
        assert self.box.count() == len(self.model)

    @invariant()
    def within_the_limits(self) -> None:
        assert len(self.model) <= LIMITS.max_events
        assert sum(r.size for r in self.model) <= LIMITS.max_bytes


OutboxMachine.TestCase.settings = settings(
    max_examples=50,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestOutbox = OutboxMachine.TestCase


def test_every_row_is_leased_once_in_order() -> None:
    """A direct check of the model's ordering claim, outside the machine."""
    with tempfile.TemporaryDirectory() as folder:
        box = Outbox(Path(folder) / "o.db", LIMITS)
        box.put([Row(f"r{i}", "usage", "x") for i in range(5)])
        first, second = box.lease(3, seconds=LEASE_SECONDS), box.lease(3, seconds=LEASE_SECONDS)
        assert [i for i, _ in first + second] == ["r0", "r1", "r2", "r3", "r4"]
        box.close()
