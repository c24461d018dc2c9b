"""The durable outbox: a SQLite database (WAL) of events waiting to be sent.

`Outbox` is one connection with put / lease / ack / release / purge. `OutboxWriter`
is the single thread that writes: whatever is waiting when it wakes goes into one
transaction (group commit), so a burst costs one fsync, not one per event, and a
quiet stream costs no added latency. An event counts as received only once its
transaction has committed.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Final

logger = logging.getLogger(__name__)

SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    size INTEGER NOT NULL,
    lease_until REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_kind ON events (kind, seq);
"""
_MAX_GROUP: Final = 2_000


class OutboxError(Exception):
    """The outbox could not store or read events (full disk, read-only folder, …)."""


@dataclass(frozen=True)
class Row:
    """One event as it will be sent: its id, kind and JSON body."""

    id: str
    kind: str
    body: str


@dataclass(frozen=True)
class Limits:
    """How much the outbox may hold; when full the oldest usage events go first."""

    max_events: int = 100_000
    max_bytes: int = 64 * 1024 * 1024


@dataclass(frozen=True)
class PutResult:
    """What a group commit stored and what it had to drop to stay bounded."""

    stored: int
    evicted_usage: int = 0
    evicted_errors: int = 0
    duplicates: int = 0


class Outbox:
    """One connection to the outbox database."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.path = path
        self.limits = limits or Limits()
        self._db = self._connect(path)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "auto_vacuum=INCREMENTAL"):
                db.execute(f"PRAGMA {pragma}").fetchall()
            db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise OutboxError(f"{path}: {exc}") from exc
        return db

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def put(self, rows: Sequence[Row]) -> PutResult:
        """Store rows in one transaction, evicting the oldest to stay within the limits."""
        if not rows:
            return PutResult(0)
        try:
            self._db.execute("BEGIN IMMEDIATE")
            before = self._db.total_changes
            self._db.executemany(
                "INSERT OR IGNORE INTO events (id, kind, body, size) VALUES (?, ?, ?, ?)",
                [(r.id, r.kind, r.body, len(r.body)) for r in rows],
            )
            stored = self._db.total_changes - before
            evicted_usage, evicted_errors = self._evict()
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise OutboxError(f"{self.path}: {exc}") from exc
        return PutResult(stored, evicted_usage, evicted_errors, len(rows) - stored)

    def _evict(self) -> tuple[int, int]:
        count, size = self._db.execute(
            "SELECT count(*), coalesce(sum(size), 0) FROM events"
        ).fetchone()
        evicted = {"usage": 0, "error": 0}
        for kind in ("usage", "error"):
            while count > self.limits.max_events or size > self.limits.max_bytes:
                over = max(count - self.limits.max_events, 1)
                victims = self._db.execute(
                    "SELECT seq, size FROM events WHERE kind = ? ORDER BY seq LIMIT ?", (kind, over)
                ).fetchall()
                if not victims:
                    break
                self._db.executemany("DELETE FROM events WHERE seq = ?", [(v[0],) for v in victims])
                count -= len(victims)
                size -= sum(v[1] for v in victims)
                evicted[kind] += len(victims)
        return evicted["usage"], evicted["error"]

    def lease(self, limit: int, seconds: float = 30.0) -> list[tuple[str, str]]:
        """Take up to `limit` of the oldest unleased events for `seconds`: (id, body)."""
        now = time.time()
        try:
            rows = self._db.execute(
                "UPDATE events SET lease_until = ? WHERE seq IN ("
                " SELECT seq FROM events WHERE lease_until < ? ORDER BY seq LIMIT ?"
                ") RETURNING seq, id, body",
                (now + seconds, now, limit),
            ).fetchall()
        except sqlite3.Error as exc:
            raise OutboxError(f"{self.path}: {exc}") from exc
        rows.sort()
        return [(r[1], r[2]) for r in rows]

    def ack(self, ids: Iterable[str]) -> None:
        """Delete events that were delivered."""
        self._executemany("DELETE FROM events WHERE id = ?", ids)

    def release(self, ids: Iterable[str]) -> None:
        """Give leased events back so a later attempt takes them again."""
        self._executemany("UPDATE events SET lease_until = 0 WHERE id = ?", ids)

    def _executemany(self, sql: str, ids: Iterable[str]) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(sql, [(i,) for i in ids])
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise OutboxError(f"{self.path}: {exc}") from exc

    def purge(self, kinds: Iterable[str] | None = None) -> int:
        """Delete every queued event (or those of `kinds`); returns how many."""
        try:
            if kinds is None:
                deleted = self._db.execute("DELETE FROM events").rowcount
            else:
                deleted = sum(
                    self._db.execute("DELETE FROM events WHERE kind = ?", (k,)).rowcount
                    for k in kinds
                )
            self._db.execute("PRAGMA incremental_vacuum")
        except sqlite3.Error as exc:
            raise OutboxError(f"{self.path}: {exc}") from exc
        return deleted

    def count(self) -> int:
        """How many events are queued."""
        try:
            return int(self._db.execute("SELECT count(*) FROM events").fetchone()[0])
        except sqlite3.Error as exc:
            raise OutboxError(f"{self.path}: {exc}") from exc

    def reclaim_space(self) -> None:
        """Give free pages back to the file system once the queue has drained."""
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA incremental_vacuum")


_Op = tuple[str, object, "Future[object]"]


class OutboxWriter:
    """The one thread that writes to the outbox, committing whatever is waiting at once."""

    def __init__(
        self,
        outbox: Outbox,
        on_commit: Callable[[PutResult], None],
        on_error: Callable[[int, OutboxError], None],
    ) -> None:
        self._outbox = outbox
        self._on_commit = on_commit
        self._on_error = on_error
        self._queue: queue.SimpleQueue[_Op | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="consentry-outbox", daemon=True)
        self._thread.start()

    def put(self, row: Row) -> None:
        """Queue one row for the next group commit (never blocks)."""
        self._queue.put(("put", row, _DONE))

    def purge(self, kinds: Iterable[str] | None = None) -> Future[object]:
        """Delete queued events of `kinds` (all when None) after what is already waiting."""
        future: Future[object] = Future()
        self._queue.put(("purge", None if kinds is None else tuple(kinds), future))
        return future

    def barrier(self) -> Future[object]:
        """A future that completes once everything queued before it is committed."""
        future: Future[object] = Future()
        self._queue.put(("barrier", None, future))
        return future

    def stop(self, timeout: float = 2.0) -> None:
        """Commit what is waiting and stop the thread."""
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            ops = [first]
            stop = False
            while len(ops) < _MAX_GROUP:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    stop = True
                    break
                ops.append(nxt)
            self._apply(ops)
            if stop:
                return

    def _apply(self, ops: list[_Op]) -> None:
        pending: list[Row] = []
        for op, arg, future in ops:
            if op == "put":
                assert isinstance(arg, Row)
                pending.append(arg)
                continue
            self._commit(pending)
            pending = []
            if op == "purge":
                try:
                    kinds = arg if arg is None else list(arg)  # type: ignore[call-overload]
                    future.set_result(self._outbox.purge(kinds))
                except OutboxError as exc:
                    future.set_exception(exc)
            else:
                future.set_result(None)
        self._commit(pending)

    def _commit(self, rows: list[Row]) -> None:
        if not rows:
            return
        try:
            result = self._outbox.put(rows)
        except OutboxError as exc:
            logger.error("Could not store %d event(s) in the outbox: %s", len(rows), exc)
            self._on_error(len(rows), exc)
            return
        self._on_commit(result)


class _Done(Future[object]):
    """A shared, already-completed future for puts nobody waits on."""

    def __init__(self) -> None:
        super().__init__()
        self.set_result(None)


_DONE: Final = _Done()
