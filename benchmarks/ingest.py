"""Ingest: events per second from the client protocol to durable in the outbox.

A client process writes a burst of `consentry/track` (one event each) or
`consentry/trackBatch` (50 events each) notifications to the server's stdin pipe as
fast as the pipe takes them, then sends `consentry/status`. Requests are barriers:
the answer comes only once every earlier event is durable (committed to the SQLite
outbox), so the time from the first byte written to the answer is the time to
durable. Consent is on and the endpoint is down (a closed port on 127.0.0.1), so
nothing leaves the outbox while it is measured; the answer's `queued` count checks
that every event was kept.

The baseline, run in the same loop so it sees the same machine load, is a stock
pygls 2 server whose handlers only count (`benchmarks.stock_server`).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import workload
from benchmarks.lspclient import ServerProcess
from benchmarks.report import Figure, Progress, Report
from benchmarks.servers import (
    closed_port,
    running,
    start_consentry,
    start_stock,
    wait_until_ready,
    warm_up,
)


@dataclass(frozen=True)
class Burst:
    """One measured burst: how many events, how long to durable, how much server CPU."""

    events: int
    seconds: float
    cpu_seconds: float

    @property
    def rate(self) -> float:
        """Events per second to durable."""
        return self.events / self.seconds

    @property
    def cpu_us_per_event(self) -> float:
        """Server CPU (all threads) per event, in microseconds."""
        return self.cpu_seconds / self.events * 1e6


def burst(server: ServerProcess, messages: list[bytes], events: int, expect_queued: int) -> Burst:
    """Write every message, then wait for the status barrier; check the count."""
    data = b"".join(messages)
    cpu_before = server.cpu_seconds()
    start = time.perf_counter()
    server.write(data)
    status = server.request("consentry/status", {}, timeout=300)
    seconds = time.perf_counter() - start
    cpu = server.cpu_seconds() - cpu_before
    queued = int(status.get("queued", -1))
    if queued != expect_queued:
        raise RuntimeError(f"expected {expect_queued} events queued, the server says {queued}")
    return Burst(events, seconds, cpu)


def measure_consentry(mode: str, count: int, work: Path, tag: str) -> Burst:
    """One burst into a fresh Consentry server (consent on, endpoint down)."""
    params = workload.events(count, seed=7)
    messages = workload.as_track(params) if mode == "track" else workload.as_batches(params)
    host = f"http://127.0.0.1:{closed_port()}"
    server = start_consentry(work / f"home-{tag}", host=host, log_dir=work, tag=tag)
    with running(server):
        wait_until_ready(server)
        warm_up(server)
        return burst(server, messages, count, expect_queued=count + 1)


def measure_stock(mode: str, count: int, work: Path, tag: str) -> Burst:
    """One burst into the stock pygls server."""
    params = workload.events(count, seed=7)
    messages = workload.as_track(params) if mode == "track" else workload.as_batches(params)
    server = start_stock(work, tag)
    with running(server):
        server.initialize()
        server.request("consentry/status", {})
        return burst(server, messages, count, expect_queued=count)


def run(report: Report, runs: int, scale: float, progress: Progress) -> None:
    """Measure ingest for both message kinds, Consentry and the baseline interleaved."""
    sizes = {
        ("consentry", "track"): int(20_000 * scale),
        ("consentry", "batch"): int(40_000 * scale),
        ("stock", "track"): int(5_000 * scale),
        ("stock", "batch"): int(15_000 * scale),
    }
    results: dict[tuple[str, str], list[Burst]] = {key: [] for key in sizes}
    with tempfile.TemporaryDirectory(prefix="consentry-bench-ingest-") as tmp:
        work = Path(tmp)
        for i in range(runs):
            for mode in ("track", "batch"):
                for target in ("stock", "consentry"):
                    count = sizes[(target, mode)]
                    tag = f"{target}-{mode}-{i}"
                    measure = measure_consentry if target == "consentry" else measure_stock
                    result = measure(mode, count, work, tag)
                    results[(target, mode)].append(result)
                    progress(
                        f"ingest {target:9s} {mode:5s} run {i + 1}: {result.rate:8,.0f} events/s, "
                        f"{result.cpu_us_per_event:6.0f} µs CPU/event"
                    )
    for mode, label in (("track", "consentry/track"), ("batch", "consentry/trackBatch (50)")):
        ours, stock = results[("consentry", mode)], results[("stock", mode)]
        report.add(
            Figure(
                f"stock pygls no-op, {label}",
                "events/s",
                [b.rate for b in stock],
                note="baseline, measured in the same run",
            )
        )
        stock_median = statistics.median(b.rate for b in stock)
        stock_cpu = statistics.median(b.cpu_us_per_event for b in stock)
        report.add(
            Figure(
                f"durable ingest, {label}",
                "events/s",
                [b.rate for b in ours],
                goal=3 * stock_median,
                better="higher",
                stretch=15_000,
                goal_text=f"≥ 3 × stock = {3 * stock_median:,.0f} events/s (stretch 15,000)",
            )
        )
        report.add(
            Figure(
                f"  ratio to stock, {label}",
                "×",
                [o.rate / s.rate for o, s in zip(ours, stock, strict=True)],
                goal=3.0,
                better="higher",
            )
        )
        report.add(
            Figure(
                f"  server CPU per event, {label}",
                "µs",
                [b.cpu_us_per_event for b in ours],
                goal_text=f"- (stock no-op: {stock_cpu:.0f} µs)",
            )
        )
