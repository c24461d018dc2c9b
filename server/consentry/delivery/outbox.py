"""The durable outbox: a SQLite database (WAL) of events waiting to be sent.

`Outbox` is one connection with put / lease / ack / release / purge. Every event
belongs to one product (a `product` column): bounds, leases, counts and purges are per
product, so one product's full share or purge never touches another's. `OutboxWriter`
is the single thread that writes: whatever is waiting when it wakes goes into one
transaction (group commit), so a burst costs one fsync, not one per event, and a
quiet stream costs no added latency. An event counts as received only once its
transaction has committed.

The file is bounded (count and bytes; the oldest usage events go first, errors last),
gives its space back once drained (`auto_vacuum=INCREMENTAL`, set before the first
table exists), and a damaged file is moved aside and replaced rather than stopping
the server.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import sqlite3
import tempfile
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
    product TEXT NOT NULL DEFAULT 'default',
    lease_until REAL NOT NULL DEFAULT 0,
    lease_owner INTEGER NOT NULL DEFAULT 0,
    audited INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_kind ON events (kind, seq);
"""
# Made after a file of version 1 has gained the product column.
PRODUCT_INDEX: Final = "CREATE INDEX IF NOT EXISTS events_product ON events (product, kind, seq);"
DEFAULT_PRODUCT: Final = "default"
# What the outbox holds per product, kept by triggers: counting and summing the table on
# every group commit read the whole file (70 MB at 100,000 events) and made ingest slow
# down as the queue grew. Triggers keep it right for every connection, another server's
# too. A file of version 1 (one `totals` row) is converted once.
TOTALS: Final = """
BEGIN IMMEDIATE;
DROP TRIGGER IF EXISTS events_added;
DROP TRIGGER IF EXISTS events_removed;
DROP TABLE IF EXISTS totals;
CREATE TABLE IF NOT EXISTS product_totals (
    product TEXT PRIMARY KEY,
    events INTEGER NOT NULL,
    bytes INTEGER NOT NULL
);
DELETE FROM product_totals;
INSERT INTO product_totals (product, events, bytes)
    SELECT product, count(*), coalesce(sum(size), 0) FROM events GROUP BY product;
CREATE TRIGGER IF NOT EXISTS product_added AFTER INSERT ON events BEGIN
    INSERT INTO product_totals (product, events, bytes) VALUES (NEW.product, 1, NEW.size)
    ON CONFLICT (product) DO UPDATE SET events = events + 1, bytes = bytes + NEW.size;
END;
CREATE TRIGGER IF NOT EXISTS product_removed AFTER DELETE ON events BEGIN
    UPDATE product_totals SET events = events - 1, bytes = bytes - OLD.size
    WHERE product = OLD.product;
END;
COMMIT;
"""
_MAX_GROUP: Final = 2_000
_AUTO_VACUUM_INCREMENTAL: Final = 2
# After a checkpoint the WAL file is cut back to this size instead of keeping its peak.
_WAL_SIZE_LIMIT: Final = 4 * 1024 * 1024
# Reclaiming costs a checkpoint; below this many free pages it is not worth it.
_RECLAIM_MIN_PAGES: Final = 64
_PAGE_CACHE_KIB: Final = 512
_CORRUPT_SUFFIX: Final = ".corrupt-"


class OutboxError(Exception):
    """The outbox could not store or read events (full disk, read-only folder, …)."""

    # Set by the writer on what it reports: whose events could not be stored.
    product: str | None = None


class OutboxCorruptError(OutboxError):
    """The outbox file is damaged (not a database, truncated, malformed)."""

    def __init__(self, message: str, lost: int) -> None:
        super().__init__(message)
        self.lost = lost


@dataclass(frozen=True)
class Recovery:
    """A damaged outbox was moved aside to `moved_to`; about `lost` events were in it."""

    moved_to: Path
    lost: int


@dataclass(frozen=True)
class Row:
    """One event as it will be sent: its id, kind, JSON body and product."""

    id: str
    kind: str
    body: str
    product: str = DEFAULT_PRODUCT


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
    # Per product: (product, events evicted); and which products gained events.
    evicted_by_product: tuple[tuple[str, int], ...] = ()
    products: tuple[str, ...] = ()


def _is_corruption(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def corrupt_copies(path: Path) -> list[Path]:
    """Damaged outbox files moved aside next to `path` (and their WAL files)."""
    try:
        return sorted(path.parent.glob(f"{path.name}{_CORRUPT_SUFFIX}*"))
    except OSError:
        return []


class Outbox:
    """One connection to the outbox database.

    With `recover=True` (the server's writer connection) the file is checked when
    opened; a damaged file is moved aside as `<name>.corrupt-<timestamp>` and a new
    one is started, and `recovered` says so. Other connections never move files.
    """

    def __init__(self, path: Path, limits: Limits | None = None, *, recover: bool = False) -> None:
        self.path = path
        self.limits = limits or Limits()
        # Each product's own bounds (its profile's); `limits` for a product not named here.
        self.product_limits: dict[str, Limits] = {}
        self.recovered: Recovery | None = None
        try:
            self._db = self._connect(path, check=recover)
        except OutboxCorruptError as exc:
            if not recover:
                raise
            self.recovered = Recovery(self._move_aside(), exc.lost)
            logger.warning("The outbox %s was damaged (%s); moved it aside", path, exc)
            self._db = self._connect(path, check=False)

    @staticmethod
    def _connect(path: Path, *, check: bool) -> sqlite3.Connection:
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise OutboxError(f"{path.parent}: {exc.strerror or exc}") from exc
        db: sqlite3.Connection | None = None
        try:
            db = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
            if check:
                verdict = db.execute("PRAGMA quick_check(1)").fetchone()[0]
                if verdict != "ok":
                    raise OutboxCorruptError(f"{path}: {verdict}", _count_what_is_left(db))
            _configure(db)
        except OutboxCorruptError:
            if db is not None:
                db.close()
            raise
        except sqlite3.Error as exc:
            lost = _count_what_is_left(db) if db is not None else 1
            if db is not None:
                db.close()
            if _is_corruption(exc):
                raise OutboxCorruptError(f"{path}: {exc}", lost) from exc
            raise OutboxError(f"{path}: {exc}{_folder_problem(path.parent)}") from exc
        return db

    def _move_aside(self) -> Path:
        """Rename the damaged file (and its WAL) out of the way; keep only the newest copy."""
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}{_CORRUPT_SUFFIX}{stamp}")
        try:
            for old in corrupt_copies(self.path):
                old.unlink(missing_ok=True)
            os.replace(self.path, target)
            wal = self.path.with_name(self.path.name + "-wal")
            if wal.exists():
                os.replace(wal, target.with_name(target.name + "-wal"))
            self.path.with_name(self.path.name + "-shm").unlink(missing_ok=True)
        except OSError as exc:
            raise OutboxError(f"{self.path}: damaged and cannot be moved aside: {exc}") from exc
        return target

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def put(self, rows: Sequence[Row]) -> PutResult:
        """Store rows in one transaction, evicting each product's oldest to stay within its
        limits (one product's flood never evicts another's events)."""
        if not rows:
            return PutResult(0)
        products = tuple(dict.fromkeys(r.product for r in rows))
        try:
            self._db.execute("BEGIN IMMEDIATE")
            # rowcount, unlike total_changes, leaves out what the triggers change.
            stored = self._db.executemany(
                "INSERT OR IGNORE INTO events (id, kind, body, size, product) "
                "VALUES (?, ?, ?, ?, ?)",
                [(r.id, r.kind, r.body, len(r.body), r.product) for r in rows],
            ).rowcount
            evicted_usage = evicted_errors = 0
            by_product: list[tuple[str, int]] = []
            for product in products:
                usage, errors = self._evict(product)
                evicted_usage, evicted_errors = evicted_usage + usage, evicted_errors + errors
                if usage or errors:
                    by_product.append((product, usage + errors))
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise OutboxError(f"{self.path}: {exc}") from exc
        return PutResult(
            stored, evicted_usage, evicted_errors, len(rows) - stored, tuple(by_product), products
        )

    def _evict(self, product: str) -> tuple[int, int]:
        limits = self.product_limits.get(product, self.limits)
        found = self._db.execute(
            "SELECT events, bytes FROM product_totals WHERE product = ?", (product,)
        ).fetchone()
        count, size = found if found is not None else (0, 0)
        evicted = {"usage": 0, "error": 0}
        # Errors are the rarer and more useful signal: they go only once no usage is left.
        for kind in ("usage", "error"):
            while count > limits.max_events or size > limits.max_bytes:
                over = max(count - limits.max_events, 1)
                victims = self._db.execute(
                    "SELECT seq, size FROM events WHERE product = ? AND kind = ? "
                    "ORDER BY seq LIMIT ?",
                    (product, kind, over),
                ).fetchall()
                if not victims:
                    break
                self._db.executemany("DELETE FROM events WHERE seq = ?", [(v[0],) for v in victims])
                count -= len(victims)
                size -= sum(v[1] for v in victims)
                evicted[kind] += len(victims)
        return evicted["usage"], evicted["error"]

    def lease(
        self, limit: int, seconds: float = 30.0, *, product: str | None = None
    ) -> list[tuple[str, str]]:
        """Take up to `limit` of the oldest unleased events (of `product`, when given) for
        `seconds`: (id, body).

        The lease names this process, so another server sharing the outbox leaves it
        alone while this one lives, and takes it back once this one is gone.
        """
        now = time.time()
        where = "" if product is None else "product = ? AND "
        params: tuple[object, ...] = (now + seconds, os.getpid())
        params += (now, limit) if product is None else (product, now, limit)
        try:
            rows = self._db.execute(
                "UPDATE events SET lease_until = ?, lease_owner = ? WHERE seq IN ("
                f" SELECT seq FROM events WHERE {where}lease_until < ? ORDER BY seq LIMIT ?"
                ") RETURNING seq, id, body",
                params,
            ).fetchall()
        except sqlite3.Error as exc:
            raise OutboxError(f"{self.path}: {exc}") from exc
        rows.sort()
        return [(r[1], r[2]) for r in rows]

    def ack(self, ids: Iterable[str]) -> int:
        """Delete events that were delivered; returns how many were still there."""
        return self._write("DELETE FROM events WHERE id = ?", [(i,) for i in ids])

    def audited(self, ids: Sequence[str]) -> set[str]:
        """Which of these events are in the audit log already (an earlier attempt)."""
        try:
            return {
                row[0]
                for row in self._db.execute(
                    "SELECT id FROM events WHERE audited = 1 AND id IN "
                    f"({','.join('?' * len(ids))})",
                    list(ids),
                )
            }
        except sqlite3.Error as exc:
            raise OutboxError(f"{self.path}: {exc}") from exc

    def mark_audited(self, ids: Iterable[str]) -> None:
        """Record that these events are in the audit log, so a retry does not add them again."""
        self._write("UPDATE events SET audited = 1 WHERE id = ?", [(i,) for i in ids])

    def release(self, ids: Iterable[str]) -> None:
        """Give leased events back so a later attempt takes them again."""
        self._write("UPDATE events SET lease_until = 0 WHERE id = ?", [(i,) for i in ids])

    def release_orphaned(self) -> int:
        """Give back the leases of processes that are gone (killed mid-post).

        Leases of a live process (a second editor window's server) are kept, so two
        servers never post the same batch; this process's own pid can only appear
        on leases of an earlier process that had the same pid.
        """
        try:
            owners = [
                row[0]
                for row in self._db.execute(
                    "SELECT DISTINCT lease_owner FROM events WHERE lease_until > 0"
                )
            ]
        except sqlite3.Error as exc:
            raise OutboxError(f"{self.path}: {exc}") from exc
        gone = [(owner,) for owner in owners if owner == os.getpid() or not _running(owner)]
        return self._write(
            "UPDATE events SET lease_until = 0 WHERE lease_until > 0 AND lease_owner = ?", gone
        )

    def _write(self, sql: str, params: Sequence[tuple[object, ...]]) -> int:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            changed = self._db.executemany(sql, params).rowcount
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise OutboxError(f"{self.path}: {exc}") from exc
        return changed

    def purge(self, kinds: Iterable[str] | None = None, *, product: str | None = None) -> int:
        """Delete every queued event (or those of `kinds`) of `product` (of every product
        when None); returns how many.

        Purging everything of every product also deletes damaged copies moved aside
        earlier (whose products cannot be told apart), and gives the space back at once.
        """
        where, params = ("", ()) if product is None else (" AND product = ?", (product,))
        try:
            if kinds is None:
                deleted = self._db.execute(f"DELETE FROM events WHERE 1{where}", params).rowcount
            else:
                deleted = sum(
                    self._db.execute(
                        f"DELETE FROM events WHERE kind = ?{where}", (k, *params)
                    ).rowcount
                    for k in kinds
                )
        except sqlite3.Error as exc:
            raise OutboxError(f"{self.path}: {exc}") from exc
        if kinds is None and product is None:
            for copy in corrupt_copies(self.path):
                with contextlib.suppress(OSError):
                    copy.unlink()
        self.reclaim_space(force=True)
        return deleted

    def count(self, product: str | None = None) -> int:
        """How many events are queued (of `product`, when given)."""
        try:
            if product is None:
                found = self._db.execute("SELECT sum(events) FROM product_totals").fetchone()
            else:
                found = self._db.execute(
                    "SELECT events FROM product_totals WHERE product = ?", (product,)
                ).fetchone()
            return int(found[0]) if found is not None and found[0] is not None else 0
        except sqlite3.Error as exc:
            raise OutboxError(f"{self.path}: {exc}") from exc

    def counts(self) -> dict[str, int]:
        """How many events are queued, per product (products with none left out)."""
        try:
            return {
                str(product): int(events)
                for product, events in self._db.execute(
                    "SELECT product, events FROM product_totals WHERE events > 0"
                )
            }
        except sqlite3.Error as exc:
            raise OutboxError(f"{self.path}: {exc}") from exc

    def reclaim_space(self, *, force: bool = False) -> None:
        """Give free pages back to the file system (after draining, or a purge).

        Free pages are cut off the end of the file by an incremental vacuum; in WAL
        mode the file shrinks at the next checkpoint, so one is run here too.
        """
        with contextlib.suppress(sqlite3.Error):
            free = int(self._db.execute("PRAGMA freelist_count").fetchone()[0])
            if free == 0 or (free < _RECLAIM_MIN_PAGES and not force):
                return
            # executescript runs the pragma to completion; execute() would free one page.
            self._db.executescript("PRAGMA incremental_vacuum;")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _configure(db: sqlite3.Connection) -> None:
    """Pragmas and schema; auto_vacuum first, as it only takes on a file without tables."""
    if db.execute("PRAGMA auto_vacuum").fetchone()[0] != _AUTO_VACUUM_INCREMENTAL:
        db.execute("PRAGMA auto_vacuum=INCREMENTAL")
        if db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]:
            db.execute("VACUUM")  # a file made without it is converted once
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",
        f"journal_size_limit={_WAL_SIZE_LIMIT}",
        # The writer appends at the tail and the sender reads the head: a small page
        # cache serves both (2 MiB per connection, SQLite's default, cost 4 MiB of RSS).
        f"cache_size=-{_PAGE_CACHE_KIB}",
    ):
        db.execute(f"PRAGMA {pragma}").fetchall()
    db.executescript(SCHEMA)
    columns = {row[1] for row in db.execute("PRAGMA table_info(events)")}
    for column in ("lease_owner", "audited"):  # a file written before the column existed
        if column not in columns:
            db.execute(f"ALTER TABLE events ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
    if "product" not in columns:  # version 1's events all belong to the default product
        db.execute(
            f"ALTER TABLE events ADD COLUMN product TEXT NOT NULL DEFAULT '{DEFAULT_PRODUCT}'"
        )
    db.execute(PRODUCT_INDEX)
    if db.execute("SELECT 1 FROM sqlite_schema WHERE name = 'product_removed'").fetchone() is None:
        db.executescript(TOTALS)  # a new file, or one made before per-product totals


def _running(pid: int) -> bool:
    """Whether a process with this id exists (0, an unknown owner, counts as gone)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _folder_problem(folder: Path) -> str:
    """Why the folder refuses files, if it does (SQLite only says "unable to open")."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return ""
    except OSError as exc:
        return f" ({folder} is not writable: {exc.strerror or exc})"


def _count_what_is_left(db: sqlite3.Connection) -> int:
    """Best effort: how many events a damaged file still claims to hold (at least 1)."""
    try:
        return max(1, int(db.execute("SELECT count(*) FROM events").fetchone()[0]))
    except sqlite3.Error:
        return 1


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
        self._failing = False
        self._queue: queue.SimpleQueue[_Op | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="consentry-outbox", daemon=True)
        self._thread.start()

    def put(self, row: Row) -> None:
        """Queue one row for the next group commit (never blocks)."""
        self._queue.put(("put", row, _DONE))

    def purge(
        self, kinds: Iterable[str] | None = None, *, product: str | None = None
    ) -> Future[object]:
        """Delete queued events of `kinds` (all when None) of `product` (every product when
        None) after what is already waiting."""
        future: Future[object] = Future()
        self._queue.put(("purge", (None if kinds is None else tuple(kinds), product), future))
        return future

    def barrier(self) -> Future[object]:
        """A future that completes once everything queued before it is committed."""
        future: Future[object] = Future()
        self._queue.put(("barrier", None, future))
        return future

    def behind(self, limit: int) -> Future[object] | None:
        """A barrier to wait on if more than `limit` operations wait for the thread, else None."""
        return self.barrier() if self._queue.qsize() > limit else None

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
            if isinstance(arg, Row):
                pending.append(arg)
                continue
            self._commit(pending)
            pending = []
            if op == "purge" and isinstance(arg, tuple):
                try:
                    kinds, product = arg
                    future.set_result(self._outbox.purge(kinds, product=product))
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
            # One log line while storage keeps failing (a full disk fails every commit).
            if not self._failing:
                logger.error("Could not store %d event(s) in the outbox: %s", len(rows), exc)
                self._failing = True
            groups: dict[str, int] = {}
            for row in rows:
                groups[row.product] = groups.get(row.product, 0) + 1
            for product, count in groups.items():
                failure = OutboxError(str(exc))
                failure.product = product
                self._on_error(count, failure)
            return
        if self._failing:
            logger.warning("The outbox %s accepts events again", self._outbox.path)
            self._failing = False
        self._on_commit(result)


class _Done(Future[object]):
    """A shared, already-completed future for puts nobody waits on."""

    def __init__(self) -> None:
        super().__init__()
        self.set_result(None)


_DONE: Final = _Done()
