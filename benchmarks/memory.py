"""Memory: resident set size at idle, after 100,000 events, and over a 1,000,000-event backlog.

Also the outbox file: its size with the backlog, and that it shrinks once drained to
a capture endpoint on 127.0.0.1. The 100,000 events of the second figure are the
backlog that is drained (the 1,000,000-event one too with `--full`).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks import backlog, procstats, workload
from benchmarks.countingsink import CountingSink
from benchmarks.lspclient import ServerProcess
from benchmarks.report import Figure, Progress, Report
from benchmarks.servers import closed_port, running, start_consentry, wait_until_ready, warm_up

MIB = 1024 * 1024
OUTBOX = "outbox.sqlite3"


def _settle(server: ServerProcess, seconds: float = 0.5) -> int:
    time.sleep(seconds)
    return server.rss_bytes()


def idle_rss(work: Path, tag: str) -> tuple[int, int]:
    """RSS once ready (no HTTP stack yet), and after one delivery attempt loaded it."""
    server = start_consentry(
        work / f"home-{tag}", host=f"http://127.0.0.1:{closed_port()}", log_dir=work, tag=tag
    )
    with running(server):
        wait_until_ready(server)
        before = _settle(server)
        warm_up(server)
        return before, _settle(server)


def after_events(work: Path, count: int) -> tuple[Path, int, int]:
    """Send `count` events; RSS and peak RSS once all are durable; the home they are in."""
    home = work / "home-events"
    server = _start_holding(work, home, "events", count)
    with running(server):
        wait_until_ready(server)
        warm_up(server)
        for start in range(0, count, 10_000):
            chunk = workload.events(min(10_000, count - start), seed=start + 1)
            server.write(b"".join(workload.as_batches(chunk)))
        _expect_queued(server, count + 1, timeout=300)
        rss = _settle(server)
        return home, rss, procstats.peak_rss_bytes(server.pid)


def _profile(work: Path, max_events: int) -> Path:
    """A profile whose outbox bound holds the whole backlog (the default is 100,000)."""
    path = work / f"profile-{max_events}.toml"
    path.write_text(
        'consent = "opt-in"\n'
        f"outbox_max_events = {max_events}\n"
        f"outbox_max_bytes = {8 * 1024 * MIB}\n"
    )
    return path


def _start_holding(work: Path, home: Path, tag: str, count: int) -> ServerProcess:
    """A server on `home` whose outbox may hold `count` events and more; endpoint down."""
    return start_consentry(
        home,
        host=f"http://127.0.0.1:{closed_port()}",
        log_dir=work,
        tag=tag,
        args=("--profile", str(_profile(work, 2 * count))),
    )


def _expect_queued(server: ServerProcess, expected: int, timeout: float) -> None:
    """Fail the benchmark unless the outbox holds exactly `expected` events."""
    status = server.request("consentry/status", {}, timeout=timeout)
    if status.get("queued") != expected:
        raise RuntimeError(f"expected {expected} queued, got {status.get('queued')}")


def backlog_rss(work: Path, count: int) -> tuple[Path, int, int, int, float, float]:
    """Start on a pre-filled outbox: its home, file size, RSS, peak RSS, seconds to ready,
    and the seconds the filling took."""
    home = work / "home-backlog"
    home.mkdir(parents=True)
    start = time.perf_counter()
    backlog.fill(home / OUTBOX, count)
    filled = time.perf_counter() - start
    size = backlog.file_bytes(home / OUTBOX)
    server = _start_holding(work, home, "backlog", count)
    with running(server):
        wait_until_ready(server, timeout=120)
        ready = time.perf_counter() - server.started_at
        warm_up(server, timeout=120)
        _expect_queued(server, count + 1, timeout=120)
        rss = _settle(server)
        return home, size, rss, procstats.peak_rss_bytes(server.pid), ready, filled


def drain(work: Path, home: Path, tag: str, timeout: float) -> tuple[int, int, float, int]:
    """Restart on `home` with a reachable endpoint and wait until the outbox is empty.

    Returns the file size before and after, the seconds it took, and the peak RSS.
    """
    before = backlog.file_bytes(home / OUTBOX)
    queued = -1
    profile = _profile(work, 2_000_000)
    with CountingSink() as sink:
        server = start_consentry(
            home, host=sink.url, log_dir=work, tag=tag, args=("--profile", str(profile))
        )
        with running(server):
            wait_until_ready(server, timeout=120)
            start = time.perf_counter()
            deadline = start + timeout
            while time.perf_counter() < deadline:
                queued = int(server.request("consentry/status", {}, timeout=60)["queued"])
                if queued == 0:
                    break
                time.sleep(0.5)
            seconds = time.perf_counter() - start
            # The sender gives the space back right after the queue runs empty.
            after = backlog.file_bytes(home / OUTBOX)
            while after >= before // 2 and time.perf_counter() < deadline + 5:
                time.sleep(0.2)
                after = backlog.file_bytes(home / OUTBOX)
            peak = procstats.peak_rss_bytes(server.pid)
    if queued != 0:
        raise RuntimeError(f"the outbox did not drain within {timeout:.0f} s ({queued} left)")
    return before, after, seconds, peak


def run(report: Report, runs: int, scale: float, full: bool, progress: Progress) -> None:
    """Every memory figure; the big ones are measured once (they take the longest)."""
    with tempfile.TemporaryDirectory(prefix="consentry-bench-memory-") as tmp:
        work = Path(tmp)
        before_http: list[float] = []
        idle: list[float] = []
        for i in range(runs):
            no_http, with_http = idle_rss(work, f"idle-{i}")
            before_http.append(no_http / MIB)
            idle.append(with_http / MIB)
            progress(
                f"memory run {i + 1}: idle RSS {no_http / MIB:.1f} MiB, {with_http / MIB:.1f} MiB "
                "after the first delivery attempt"
            )
        report.add(Figure("RSS idle (consent on, HTTP stack loaded)", "MiB", idle, goal=48))
        report.add(Figure("  RSS idle before anything was sent", "MiB", before_http))

        count = int(100_000 * scale)
        home, rss, peak = after_events(work, count)
        progress(f"memory: RSS after {count:,} events {rss / MIB:.1f} MiB (peak {peak / MIB:.1f})")
        report.add(Figure(f"RSS after {count:,} events", "MiB", [rss / MIB]))
        report.add(Figure(f"  peak RSS while taking {count:,} events", "MiB", [peak / MIB]))

        size_before, size_after, seconds, drain_peak = drain(work, home, "drain", timeout=180)
        progress(
            f"memory: drained {count:,} events in {seconds:.1f} s; outbox "
            f"{size_before / MIB:.1f} MiB -> {size_after / MIB:.2f} MiB "
            f"(peak RSS {drain_peak / MIB:.1f})"
        )
        report.add(Figure(f"outbox file with {count:,} events", "MiB", [size_before / MIB]))
        report.add(
            Figure(
                "  outbox file after draining to a local sink",
                "MiB",
                [size_after / MIB],
                goal=size_before / MIB / 10,
                goal_text="shrinks (< 1/10)",
            )
        )
        report.add(Figure("  drain rate to a local sink", "events/s", [count / seconds]))
        report.add(Figure("  peak RSS while draining", "MiB", [drain_peak / MIB]))

        big = int(1_000_000 * scale)
        home, size, rss, peak, ready, filled = backlog_rss(work, big)
        progress(
            f"memory: {big:,}-event backlog ({size / MIB:.0f} MiB on disk, filled in "
            f"{filled:.0f} s): RSS {rss / MIB:.1f} MiB, ready in {ready:.2f} s"
        )
        report.add(Figure(f"RSS with a {big:,}-event backlog", "MiB", [rss / MIB], goal=64))
        report.add(Figure(f"  peak RSS with a {big:,}-event backlog", "MiB", [peak / MIB]))
        report.add(Figure(f"  outbox file with {big:,} events", "MiB", [size / MIB]))
        report.add(Figure(f"  ready with a {big:,}-event backlog (from spawn)", "s", [ready]))
        if full:
            size_before, size_after, seconds, drain_peak = drain(work, home, "drain-big", 1_800)
            progress(
                f"memory: drained {big:,} events in {seconds:.0f} s; outbox "
                f"{size_before / MIB:.0f} MiB -> {size_after / MIB:.2f} MiB"
            )
            report.add(
                Figure(
                    f"  outbox file after draining {big:,}",
                    "MiB",
                    [size_after / MIB],
                    goal=size_before / MIB / 10,
                    goal_text="shrinks (< 1/10)",
                )
            )
            report.add(Figure(f"  drain rate of {big:,}", "events/s", [big / seconds]))
