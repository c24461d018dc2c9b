"""Pre-filling an outbox directly (with the Outbox class), far faster than through the server.

Bodies are what the pipeline stores: catalog-validated events wrapped in PostHog's
capture shape, each with its own id.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import workload
from consentry.anonymize import catalog, envelope
from consentry.delivery.outbox import Limits, Outbox


def _templates() -> list[tuple[str, str]]:
    """(kind, body with `{id}` where the event's id goes) for a realistic mix."""
    context = envelope.Context(
        session_id=str(uuid.uuid4()),
        ide_name="Visual Studio Code",
        ide_version="1.100.3",
        extension_version="1.2.3",
    )
    templates: list[tuple[str, str]] = []
    for params in workload.events(200, seed=3):
        verdict = catalog.validate(params, datetime.now(UTC))
        assert isinstance(verdict, catalog.Accepted)
        body = envelope.wrap(verdict, str(uuid.uuid4()), context)
        body["uuid"] = "{id}"
        text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        templates.append((verdict.kind, text))
    return templates


def fill(path: Path, count: int) -> None:
    """Add `count` events to the outbox at `path` (created by the Outbox class if missing).

    The Outbox class makes the file (schema, WAL, incremental auto-vacuum); the rows go
    in with one transaction and no journal, twice as fast as `Outbox.put` in chunks
    (which checks the limits and fsyncs the WAL each time), then WAL mode is restored.
    """
    Outbox(path, Limits()).close()
    templates = _templates()

    def rows() -> Iterator[tuple[str, str, str, int]]:
        for i in range(count):
            event_id = str(uuid.UUID(int=i + 1, version=4))
            kind, template = templates[i % len(templates)]
            body = template.replace("{id}", event_id)
            yield (event_id, kind, body, len(body))

    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=OFF").fetchall()
        db.execute("PRAGMA synchronous=OFF")
        db.execute("BEGIN")
        db.executemany("INSERT INTO events (id, kind, body, size) VALUES (?, ?, ?, ?)", rows())
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode=WAL").fetchall()
    finally:
        db.close()


def file_bytes(path: Path) -> int:
    """The outbox's size on disk: the database and its WAL."""
    total = 0
    for candidate in (path, path.with_name(path.name + "-wal")):
        if candidate.exists():
            total += candidate.stat().st_size
    return total
