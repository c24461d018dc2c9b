"""The SQLite outbox and its group-commit writer."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from consentry.outbox import Limits, Outbox, OutboxError, OutboxWriter, PutResult, Row


def rows(n: int, kind: str = "usage", prefix: str = "e") -> list[Row]:
    return [Row(f"{prefix}{i}", kind, '{"event":"x"}') for i in range(n)]


def test_put_lease_ack_release(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    assert box.put(rows(5)).stored == 5
    leased = box.lease(3)
    assert [i for i, _ in leased] == ["e0", "e1", "e2"]
    # Leased rows are not handed out twice.
    assert [i for i, _ in box.lease(10)] == ["e3", "e4"]
    box.ack(["e0", "e1"])
    box.release(["e2", "e3", "e4"])
    assert [i for i, _ in box.lease(10)] == ["e2", "e3", "e4"]
    assert box.count() == 3


def test_duplicate_ids_are_stored_once(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    box.put(rows(2))
    result = box.put(rows(3))
    assert (result.stored, result.duplicates) == (1, 2)
    assert box.count() == 3


def test_wal_mode_and_integrity(tmp_path: Path) -> None:
    Outbox(tmp_path / "o.db").put(rows(10))
    db = sqlite3.connect(tmp_path / "o.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_outbox_evicts_oldest_usage_before_errors(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db", Limits(max_events=5))
    box.put(rows(3, "error", "err"))
    result = box.put(rows(4, "usage", "use"))
    assert (result.evicted_usage, result.evicted_errors) == (2, 0)
    remaining = {i for i, _ in box.lease(10)}
    assert remaining == {"err0", "err1", "err2", "use2", "use3"}


def test_byte_bound(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db", Limits(max_events=1000, max_bytes=14 * 4))
    box.put(rows(6))
    assert box.count() == 4


def test_purge_by_kind(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    box.put(rows(3, "usage", "u") + rows(2, "error", "e"))
    assert box.purge(["usage"]) == 3
    assert box.count() == 2
    assert box.purge() == 2
    assert box.count() == 0


def test_writer_groups_commits_and_barrier_orders(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    commits: list[PutResult] = []
    done = threading.Event()
    writer = OutboxWriter(box, commits.append, lambda n, e: done.set())
    for row in rows(500):
        writer.put(row)
    writer.barrier().result(timeout=10)
    assert sum(c.stored for c in commits) == 500
    assert len(commits) < 500  # grouped: far fewer transactions than events
    assert writer.purge(["usage"]).result(timeout=10) == 500
    writer.stop()
    assert not done.is_set()


def test_writer_reports_storage_errors_and_keeps_running(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    failures: list[int] = []
    writer = OutboxWriter(box, lambda r: None, lambda n, e: failures.append(n))
    box._db.execute("DROP TABLE events")  # simulate a store that refuses writes
    writer.put(Row("a", "usage", "{}"))
    writer.barrier().result(timeout=10)
    assert failures == [1]
    with contextlib.suppress(OutboxError):
        writer.purge().result(timeout=10)
    writer.stop()
