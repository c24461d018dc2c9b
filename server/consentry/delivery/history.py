"""Events per day and product, sent and dropped: what the privacy dashboard's chart shows.

Counts only, never an event: a row is (product, day, sent, dropped). They live in
`history.sqlite3` in the state folder, beside the outbox, so every window's server
adds to the same numbers (an UPSERT adds; SQLite serialises writers). Counting is on
the event's path, so it is kept in memory and written at most every few seconds, at
every read and at close; a count lost to a crash is a bar a little short, never an
event sent. Days older than `KEEP_DAYS` are deleted. Counts never create the state
folder: a person who never said yes leaves no trace.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Final

logger = logging.getLogger(__name__)

HISTORY_FILE: Final = "history.sqlite3"
KEEP_DAYS: Final = 90
MAX_DAYS: Final = 90
WRITE_EVERY: Final = 5.0  # seconds between writes of the in-memory counts
_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS daily (
    product TEXT NOT NULL,
    day TEXT NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0,
    dropped INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product, day)
)
"""


@dataclass(frozen=True)
class DayCount:
    """One day of one product."""

    date: str
    sent: int
    dropped: int

    def as_dict(self) -> dict[str, object]:
        """The wire form of `consentry/history`."""
        return {"date": self.date, "sent": self.sent, "dropped": self.dropped}


def fill_days(rows: dict[str, tuple[int, int]], today: date, days: int) -> list[DayCount]:
    """The last `days` days up to `today`, oldest first, a day without a row counting zero."""
    days = max(1, min(days, MAX_DAYS))
    out = []
    for back in range(days - 1, -1, -1):
        key = (today - timedelta(days=back)).isoformat()
        sent, dropped = rows.get(key, (0, 0))
        out.append(DayCount(key, sent, dropped))
    return out


class History:
    """Daily counts of one state folder; safe to call from any thread; never raises."""

    def __init__(self, folder: Path, *, today: Callable[[], date] = date.today) -> None:
        self.path = folder / HISTORY_FILE
        self._today = today
        self._lock = threading.Lock()
        self._pending: Counter[tuple[str, str, str]] = Counter()
        self._written_at = time.monotonic()
        self._failed = False

    def add(self, product: str, *, sent: int = 0, dropped: int = 0) -> None:
        """Count events of today; written within `WRITE_EVERY` seconds."""
        if sent <= 0 and dropped <= 0:
            return
        day = self._today().isoformat()
        with self._lock:
            if sent > 0:
                self._pending[(product, day, "sent")] += sent
            if dropped > 0:
                self._pending[(product, day, "dropped")] += dropped
            due = time.monotonic() - self._written_at >= WRITE_EVERY
        if due:
            self.write()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=2.0)
        connection.execute(_SCHEMA)
        return connection

    def write(self) -> None:
        """Add what was counted in memory to the file (and forget days past keeping)."""
        with self._lock:
            pending, self._pending = self._pending, Counter()
            self._written_at = time.monotonic()
            # The state folder exists once something was kept with consent; counts never
            # create it (nothing is stored for a person who did not say yes).
            if not pending or not self.path.parent.is_dir():
                return
            try:
                connection = self._connect()
                try:
                    with connection:
                        connection.executemany(
                            "INSERT INTO daily (product, day, sent, dropped) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (product, day) DO UPDATE SET "
                            "sent = sent + excluded.sent, dropped = dropped + excluded.dropped",
                            [
                                (
                                    product,
                                    day,
                                    n if what == "sent" else 0,
                                    n if what == "dropped" else 0,
                                )
                                for (product, day, what), n in pending.items()
                            ],
                        )
                        oldest = (self._today() - timedelta(days=KEEP_DAYS)).isoformat()
                        connection.execute("DELETE FROM daily WHERE day < ?", (oldest,))
                finally:
                    connection.close()
                self._failed = False
            except (sqlite3.Error, OSError) as exc:
                # Counts are a convenience: say so once, keep serving events.
                if not self._failed:
                    logger.warning("Could not write the daily counts to %s: %s", self.path, exc)
                    self._failed = True

    def days(self, product: str, count: int) -> list[DayCount]:
        """The last `count` days of `product`, oldest first (what is in memory included)."""
        self.write()
        today = self._today()
        first = (today - timedelta(days=max(1, min(count, MAX_DAYS)) - 1)).isoformat()
        rows: dict[str, tuple[int, int]] = {}
        if self.path.exists():
            try:
                connection = self._connect()
                try:
                    for day, sent, dropped in connection.execute(
                        "SELECT day, sent, dropped FROM daily WHERE product = ? AND day >= ?",
                        (product, first),
                    ):
                        rows[str(day)] = (int(sent), int(dropped))
                finally:
                    connection.close()
            except (sqlite3.Error, OSError) as exc:
                logger.warning("Could not read the daily counts in %s: %s", self.path, exc)
        return fill_days(rows, today, count)

    def purge(self, product: str | None = None) -> None:
        """Forget the counts of one product (None: of every product)."""
        with self._lock:
            self._pending = Counter(
                {k: n for k, n in self._pending.items() if product is not None and k[0] != product}
            )
            if not self.path.exists():
                return
            try:
                connection = self._connect()
                try:
                    with connection:
                        if product is None:
                            connection.execute("DELETE FROM daily")
                        else:
                            connection.execute("DELETE FROM daily WHERE product = ?", (product,))
                finally:
                    connection.close()
            except (sqlite3.Error, OSError) as exc:
                logger.warning("Could not purge the daily counts in %s: %s", self.path, exc)
