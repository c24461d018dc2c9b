"""The outbox end to end: damaged files, a full disk, a read-only home, shutdown, purge.

The real server over stdio in every test. The full-disk and read-only cases mount a
1 MiB tmpfs as `CONSENTRY_HOME` (needs root and mount(8); skipped with the reason
otherwise — the unit tests cover a full database through SQLite's max_page_count).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from consentry.delivery.outbox import corrupt_copies
from consentry.sink import CaptureSink, Fault
from tests.conftest import Servers, Session, clean_env, error_event, suggestion

ENV = {"CONSENTRY_POST_TIMEOUT": "1"}


def _dead_port() -> int:
    with CaptureSink() as probe:
        return probe.port


async def _durable(session: Session, n: int) -> list[str]:
    events = [suggestion(linesSuggested=i) for i in range(n)]
    session.track_batch(events)
    await session.status()
    return [e["id"] for e in events]


async def _kill(servers: Servers, session: Session) -> None:
    """SIGKILL the server: no shutdown, no flush, files left as they are."""
    process = session.client._server  # the harness keeps the process here
    assert process is not None
    process.send_signal(signal.SIGKILL)
    await process.wait()
    servers.sessions.remove(session)
    await session.client.stop()  # type: ignore[no-untyped-call]


# ----- a damaged outbox ----------------------------------------------------------------


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(20_000))


def _not_a_database(path: Path) -> None:
    path.write_text("this is not a database\n" * 100)


def _truncated(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 3)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(_garbage, id="garbage-bytes"),
        pytest.param(_not_a_database, id="not-a-database"),
        pytest.param(_truncated, id="truncated"),
    ],
)
async def test_a_damaged_outbox_is_moved_aside_and_the_server_goes_on(
    servers: Servers, sink: CaptureSink, damage: Callable[[Path], None]
) -> None:
    home = servers.tmp_path / "home"
    outbox = home / "outbox.sqlite3"
    # A real outbox with events in it, left by an earlier run whose endpoint was down.
    first = await servers.started(host=f"http://127.0.0.1:{_dead_port()}", enabled=True)
    await _durable(first, 300)
    await servers.stop(first)
    # Everything into the main file first: while the WAL holds the pages, SQLite
    # reads them from there and damage to the main file does not show yet.
    settle = sqlite3.connect(outbox)
    settle.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    settle.close()
    assert not outbox.with_name(outbox.name + "-wal").exists()
    damage(outbox)

    session = await servers.started(sink=sink, enabled=True)
    status = await session.status()
    assert status["state"] == "on" and status["dropped"].get("outbox-corrupt", 0) >= 1
    [moved] = [p for p in corrupt_copies(outbox) if not p.name.endswith("-wal")]
    assert moved.name.startswith("outbox.sqlite3.corrupt-")
    warnings = " ".join(session.warnings())
    assert "damaged" in warnings and str(home) in warnings
    # A new outbox works at once.
    ids = await _durable(session, 5)
    await session.flush()
    assert {e["uuid"] for e in sink.events} == set(ids)
    assert session.client.messages == []  # a warning in the log, never a popup


# ----- shutdown and restart ------------------------------------------------------------


@pytest.mark.parametrize(
    "endpoint",
    [pytest.param("refused", id="endpoint-down"), pytest.param("stalled", id="endpoint-stalled")],
)
async def test_what_shutdown_could_not_send_is_sent_by_the_next_start_once(
    servers: Servers, endpoint: str
) -> None:
    port = _dead_port()
    url = f"http://127.0.0.1:{port}"
    stalled = (
        CaptureSink(port, faults=[Fault("stall", seconds=3.0)] * 3).start()
        if endpoint == "stalled"
        else None
    )
    try:
        first = await servers.started(host=url, enabled=True, env=ENV)
        ids = await _durable(first, 150) + await _durable(first, 20)
        await servers.stop(first)  # one bounded flush attempt, then exit
    finally:
        if stalled is not None:
            stalled.stop()
    assert stalled is None or all(r.status == 0 for r in stalled.requests)
    with CaptureSink(port) as sink:
        second = await servers.started(host=url, enabled=True, env=ENV)
        sink.wait_for_events(len(ids), timeout=20)  # sent without being asked
        for _ in range(10):  # the last answer may still be on its way back
            if (await second.flush())["queued"] == 0:
                break
        await servers.stop(second)
        uuids = [e["uuid"] for e in sink.events]
    assert sorted(uuids) == sorted(ids)  # all of them, none twice


async def test_consentry_purge_after_a_server_has_run(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.started(sink=sink, enabled=True)
    await _durable(session, 3)
    await session.flush()
    old_id = (session.home / "anonymous_id").read_text().strip()
    await _kill(servers, session)  # killed: the WAL and shared-memory files stay behind
    home = session.home
    leftovers = {p.name for p in home.iterdir()}
    assert {"outbox.sqlite3", "analytics.jsonl", "anonymous_id"} <= leftovers
    assert "outbox.sqlite3-wal" in leftovers and "outbox.sqlite3-shm" in leftovers
    (home / "outbox.sqlite3.corrupt-20250101T000000").write_bytes(b"old damaged copy")

    purged = subprocess.run(
        [sys.executable, "-m", "consentry", "purge"],
        env=clean_env(home),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "anonymous_id" in purged.stdout
    remaining = {p.name for p in home.iterdir()}
    assert not remaining & {
        "outbox.sqlite3",
        "outbox.sqlite3-wal",
        "outbox.sqlite3-shm",
        "outbox.sqlite3.corrupt-20250101T000000",
        "analytics.jsonl",
        "anonymous_id",
    }
    again = await servers.started(sink=sink, enabled=True)
    await _durable(again, 1)
    await again.flush()
    assert (home / "anonymous_id").read_text().strip() != old_id
    assert sink.events[-1]["distinct_id"] != old_id


# ----- a full disk and a read-only home (a small tmpfs of our own) ----------------------


def _mount(point: Path, options: str) -> None:
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip() or result.returncode}")


@pytest.fixture
def small_home(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB file system mounted as the server's home; unmounted afterwards."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs Linux, root and mount(8)")
    point = tmp_path / "home"
    point.mkdir()
    _mount(point, "size=1m,mode=0700")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=30, check=False)


def _remount_read_only(point: Path) -> None:
    subprocess.run(
        ["mount", "-o", "remount,ro", str(point)], capture_output=True, timeout=30, check=True
    )


def _fill(point: Path) -> Path:
    """Write a file until the file system is full; returns it (delete it to make room)."""
    filler = point / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()
    return filler


async def test_a_full_disk_is_reported_and_the_server_keeps_answering(
    servers: Servers, small_home: Path
) -> None:
    port = _dead_port()
    url = f"http://127.0.0.1:{port}"
    session = await servers.started(home=small_home, host=url, enabled=True, env=ENV)
    kept = await _durable(session, 20)
    filler = _fill(small_home)
    # Events keep coming while the disk is full: they cannot be stored, and say so.
    secret = "payload-marker"
    # Vocabulary words within the catalog's bounds: the allow-list keeps them unchanged.
    message = f"{secret} {'request ' * 110}"
    for _ in range(10):
        session.track_batch([error_event(message=message) for _ in range(40)])
        status = await session.status()
        if status["dropped"].get("disk-error"):
            break
    assert status["dropped"].get("disk-error", 0) > 0
    assert status["state"] == "on"
    warnings = session.warnings()
    assert any(str(small_home) in w for w in warnings), warnings
    assert not any(secret in w for w in warnings)  # the folder, never the payload
    assert session.client.messages == []
    # Room again: what was stored before is delivered, and new events are kept again.
    filler.unlink()
    later = await _durable(session, 5)
    with CaptureSink(port) as sink:
        for _ in range(20):
            if (await session.flush())["queued"] == 0:
                break
        await servers.stop(session)
        delivered = [e["uuid"] for e in sink.events]
    assert len(delivered) == len(set(delivered))
    assert set(kept) | set(later) <= set(delivered)
    db = sqlite3.connect(small_home / "outbox.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


async def test_a_read_only_home_is_reported_and_the_server_keeps_answering(
    servers: Servers, small_home: Path, sink: CaptureSink
) -> None:
    _remount_read_only(small_home)
    session = await servers.started(home=small_home, sink=sink, enabled=True)
    session.track(suggestion(), error_event())
    status = await session.status()
    assert status["state"] == "on"
    assert status["dropped"] == {"storage-unavailable": 2}
    warnings = session.warnings()
    assert any(str(small_home) in w and "not writable" in w for w in warnings), warnings
    await session.flush()
    assert sink.requests == [] and session.client.messages == []


async def test_a_flood_waits_for_the_writer_and_loses_nothing(
    servers: Servers, sink: CaptureSink
) -> None:
    # 20,000 events written at once: far more than the 2,000 the writer may fall behind
    # by, so reading stdin pauses several times; every event is still durable, none lost.
    session = await servers.started(host=f"http://127.0.0.1:{_dead_port()}", enabled=True)
    for start in range(0, 20_000, 1_000):
        session.track_batch([suggestion(linesSuggested=start + i) for i in range(1_000)])
    status = await session.status()
    assert status["queued"] == 20_000 and status["dropped"] == {}
