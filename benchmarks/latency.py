"""Latency from a notification written to the event durable, at a steady 200 events/s.

How "durable" is observed: a thread of the benchmark polls the outbox file with its
own SQLite connection (`SELECT max(seq) FROM events`) every 0.2 ms. In WAL mode a
commit becomes visible to another connection only once the WAL frames are written
and, with `synchronous=FULL`, fsynced, so "visible to another process" is "durable".
Events are committed in the order they were written (one writer thread, a FIFO
queue, AUTOINCREMENT sequence numbers), so once `max(seq)` passes an event's rank it
is durable. The clock starts just before the benchmark's `write()` of the
notification to the server's stdin; the figures are upper bounds by the polling
interval plus one query (~0.3 ms).
"""

from __future__ import annotations

import contextlib
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import workload
from benchmarks.report import Figure, Progress, Report, percentile
from benchmarks.servers import closed_port, running, start_consentry, wait_until_ready, warm_up

RATE = 200.0
POLL_INTERVAL = 0.0002


def _max_seq(db: sqlite3.Connection) -> int:
    value = db.execute("SELECT max(seq) FROM events").fetchone()[0]
    return int(value or 0)


def measure(work: Path, tag: str, count: int) -> list[float]:
    """Send `count` events at RATE; the latency of each to durable, in seconds."""
    home = work / f"home-{tag}"
    server = start_consentry(home, host=f"http://127.0.0.1:{closed_port()}", log_dir=work, tag=tag)
    messages = workload.as_track(workload.events(count, seed=11))
    sent = [0.0] * count
    seen = [float("nan")] * count
    with running(server):
        wait_until_ready(server)
        warm_up(server)
        db = sqlite3.connect(home / "outbox.sqlite3", isolation_level=None, check_same_thread=False)
        base = _max_seq(db)
        deadline = time.perf_counter() + count / RATE + 10.0

        def poll() -> None:
            index = 0
            while index < count and time.perf_counter() < deadline:
                durable = _max_seq(db) - base
                now = time.perf_counter()
                while index < min(durable, count):
                    seen[index] = now
                    index += 1
                time.sleep(POLL_INTERVAL)

        poller = threading.Thread(target=poll, name="durable-poller", daemon=True)
        poller.start()
        start = time.perf_counter()
        for i, message in enumerate(messages):
            delay = start + i / RATE - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            sent[i] = time.perf_counter()
            server.write(message)
        poller.join(timeout=15.0)
        with contextlib.suppress(sqlite3.Error):
            db.close()
    latencies = [s - t for s, t in zip(seen, sent, strict=True)]
    if any(value != value for value in latencies):
        raise RuntimeError("some events did not become durable within 10 s")
    return latencies


def run(report: Report, runs: int, scale: float, progress: Progress) -> None:
    """p50 and p99 of notification-to-durable at 200 events/s, over several runs."""
    count = max(200, int(1_000 * scale))
    p50s: list[float] = []
    p99s: list[float] = []
    worst: list[float] = []
    with tempfile.TemporaryDirectory(prefix="consentry-bench-latency-") as tmp:
        for i in range(runs):
            latencies = measure(Path(tmp), f"latency-{i}", count)
            p50s.append(statistics.median(latencies) * 1e3)
            p99s.append(percentile(latencies, 0.99) * 1e3)
            worst.append(max(latencies) * 1e3)
            progress(
                f"latency run {i + 1}: p50 {p50s[-1]:.2f} ms, p99 {p99s[-1]:.2f} ms, "
                f"max {worst[-1]:.2f} ms ({count} events at {RATE:.0f}/s)"
            )
    report.add(Figure("latency to durable at 200 events/s, p50", "ms", p50s))
    report.add(Figure("latency to durable at 200 events/s, p99", "ms", p99s, goal=3.0))
    report.add(Figure("latency to durable at 200 events/s, max", "ms", worst))
