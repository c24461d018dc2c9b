"""The SQLite outbox and its group-commit writer."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from consentry.delivery.outbox import (
    SCHEMA,
    Limits,
    Outbox,
    OutboxCorruptError,
    OutboxError,
    OutboxWriter,
    PutResult,
    Row,
    corrupt_copies,
)


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


def _file_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def test_auto_vacuum_is_incremental_on_a_fresh_file(tmp_path: Path) -> None:
    Outbox(tmp_path / "o.db").close()
    db = sqlite3.connect(tmp_path / "o.db")
    assert db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # INCREMENTAL


def test_a_file_made_without_auto_vacuum_is_converted_once(tmp_path: Path) -> None:
    old = sqlite3.connect(tmp_path / "o.db", isolation_level=None)
    old.execute("PRAGMA journal_mode=WAL")  # before auto_vacuum: the setting would not take
    old.executescript(SCHEMA)
    old.execute("INSERT INTO events (id, kind, body, size) VALUES ('kept', 'usage', '{}', 2)")
    assert old.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
    old.close()
    box = Outbox(tmp_path / "o.db")
    assert box._db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
    assert [i for i, _ in box.lease(5)] == ["kept"]


def test_the_file_shrinks_after_a_large_backlog_drains(tmp_path: Path) -> None:
    path = tmp_path / "o.db"
    box = Outbox(path)
    body = '{"event":"x","properties":{"pad":"' + "y" * 400 + '"}}'
    for chunk in range(10):
        box.put([Row(f"e{chunk}-{i}", "usage", body) for i in range(2_000)])
    full = _file_size(path)
    assert full > 8_000_000
    while leased := box.lease(500):
        box.ack([i for i, _ in leased])
    box.reclaim_space()
    assert box.count() == 0
    assert _file_size(path) < full // 20


def test_purge_gives_space_back_at_once(tmp_path: Path) -> None:
    path = tmp_path / "o.db"
    box = Outbox(path)
    box.put([Row(f"e{i}", "usage", "z" * 1000) for i in range(3_000)])
    full = _file_size(path)
    box.purge()
    assert _file_size(path) < full // 10


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_bytes(os.urandom(8192)), id="garbage-bytes"),
        pytest.param(lambda p: p.write_bytes(b"not a database at all\n" * 200), id="not-a-db"),
        pytest.param(lambda p: os.truncate(p, p.stat().st_size // 3), id="truncated"),
        pytest.param(lambda p: _scribble(p, 4096 + 100), id="scribbled-page"),
    ],
)
def test_a_damaged_file_is_moved_aside_and_a_new_one_started(
    tmp_path: Path, damage: Callable[[Path], object]
) -> None:
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    box.put([Row(f"e{i}", "usage", "x" * 200) for i in range(400)])
    box.close()
    damage(path)
    recovered = Outbox(path, recover=True)
    assert recovered.recovered is not None and recovered.recovered.lost >= 1
    moved = recovered.recovered.moved_to
    assert moved.exists() and moved.name.startswith("outbox.sqlite3.corrupt-")
    assert recovered.count() == 0
    assert recovered.put(rows(3)).stored == 3
    # Consent turned off: the damaged copy goes too, it may still hold events.
    recovered.purge()
    assert corrupt_copies(path) == []


def test_only_the_writer_connection_recovers(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(os.urandom(5000))
    with pytest.raises(OutboxCorruptError):
        Outbox(path)  # the command line's connections report, never move files
    assert path.exists() and corrupt_copies(path) == []


def _scribble(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(os.urandom(3000))


def test_only_the_newest_damaged_copy_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    for _ in range(3):
        path.write_bytes(os.urandom(5000))
        Outbox(path, recover=True).close()
    assert len(corrupt_copies(path)) == 1


def test_a_healthy_file_is_not_touched_by_recovery(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    Outbox(path).put(rows(5))
    box = Outbox(path, recover=True)
    assert box.recovered is None and box.count() == 5


def test_leases_left_by_a_killed_process_can_be_released(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    box.put(rows(4))
    assert len(box.lease(3, seconds=300)) == 3
    reopened = Outbox(tmp_path / "o.db")
    assert [i for i, _ in reopened.lease(10)] == ["e3"]  # the leases survived the reopen
    # The leases name this pid, which is what a killed process's look like to its successor.
    assert reopened.release_orphaned() == 4
    assert [i for i, _ in reopened.lease(10)] == ["e0", "e1", "e2", "e3"]


def test_only_leases_of_processes_that_are_gone_are_released(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    box.put(rows(6))
    box.lease(6, seconds=300)
    gone = _a_pid_that_is_not_running()
    # e0-e1: this pid (an earlier process that had it); e2-e3: a live process (another
    # window's server); e4-e5: a process that is gone.
    for ids, owner in ((("e0", "e1"), os.getpid()), (("e2", "e3"), 1), (("e4", "e5"), gone)):
        box._db.executemany(
            "UPDATE events SET lease_owner = ? WHERE id = ?", [(owner, i) for i in ids]
        )
    assert box.release_orphaned() == 4
    assert [i for i, _ in box.lease(10)] == ["e0", "e1", "e4", "e5"]


def _a_pid_that_is_not_running() -> int:
    for pid in range(4_000_000, 4_000_100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            continue
    raise AssertionError("no free pid found")


def test_an_outbox_from_before_lease_owners_gets_the_column(tmp_path: Path) -> None:
    path = tmp_path / "o.db"
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.executescript(
            "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL"
            " UNIQUE, kind TEXT NOT NULL, body TEXT NOT NULL, size INTEGER NOT NULL,"
            " lease_until REAL NOT NULL DEFAULT 0);"
            "INSERT INTO events (id, kind, body, size) VALUES ('old', 'usage', '{}', 2);"
        )
    box = Outbox(path)
    assert [i for i, _ in box.lease(10)] == ["old"]
    assert box.release_orphaned() == 1


def test_a_full_database_is_an_outbox_error_and_nothing_half_stored(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    box.put(rows(2))
    # What a full disk looks like to SQLite, without needing a small file system.
    page_count = box._db.execute("PRAGMA page_count").fetchone()[0]
    box._db.execute(f"PRAGMA max_page_count={page_count + 2}")
    big = [Row(f"big{i}", "usage", "q" * 4000) for i in range(50)]
    with pytest.raises(OutboxError, match="full"):
        box.put(big)
    assert box.count() == 2  # the failed group left nothing behind
    assert box.put(rows(1, prefix="small")).stored == 1


def test_writer_logs_a_failing_store_once_not_per_commit(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    box = Outbox(tmp_path / "o.db")
    failures: list[int] = []
    writer = OutboxWriter(box, lambda r: None, lambda n, e: failures.append(n))
    page_count = box._db.execute("PRAGMA page_count").fetchone()[0]
    box._db.execute(f"PRAGMA max_page_count={page_count}")
    with caplog.at_level(logging.ERROR, logger="consentry.delivery.outbox"):
        for i in range(5):
            writer.put(Row(f"r{i}", "usage", "w" * 5000))
            writer.barrier().result(timeout=10)
    writer.stop()
    assert failures == [1] * 5
    assert len([r for r in caplog.records if r.levelno >= logging.ERROR]) == 1
    assert "w" * 50 not in caplog.text  # never the payload


def test_behind_hands_out_a_barrier_only_past_the_limit(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    committing, go_on = threading.Event(), threading.Event()

    def hold(_: PutResult) -> None:
        committing.set()
        go_on.wait(10)

    # The first commit holds the writer thread, so what comes after it waits in the queue.
    writer = OutboxWriter(box, hold, lambda n, e: None)
    first, *more = rows(11)
    writer.put(first)
    assert committing.wait(10)
    for row in more:
        writer.put(row)
    assert writer.behind(100) is None
    caught_up = writer.behind(5)
    assert caught_up is not None and not caught_up.done()
    go_on.set()
    caught_up.result(timeout=10)
    assert box.count() == 11 and writer.behind(0) is None
    writer.stop()


def test_totals_follow_every_change_from_every_connection(tmp_path: Path) -> None:
    path = tmp_path / "o.db"
    one, two = Outbox(path, Limits(max_events=50)), Outbox(path, Limits(max_events=50))
    one.put(rows(30, prefix="a"))
    two.put(rows(30, prefix="b"))  # 10 of the oldest are evicted
    one.put(rows(5, kind="error", prefix="c"))
    two.ack([i for i, _ in two.lease(7)])
    one.purge(["error"])

    def actual() -> tuple[int, int]:
        with contextlib.closing(sqlite3.connect(path)) as db:
            count, size = db.execute(
                "SELECT count(*), coalesce(sum(size), 0) FROM events"
            ).fetchone()
            return int(count), int(size)

    with contextlib.closing(sqlite3.connect(path)) as db:
        kept = db.execute("SELECT sum(events), sum(bytes) FROM product_totals").fetchone()
    assert kept == actual() and one.count() == two.count() == 38
    one.purge()
    assert one.count() == 0 and actual() == (0, 0)
