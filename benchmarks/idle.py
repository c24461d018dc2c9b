"""Idle: wake-ups per minute when nothing happens.

Counted as context switches (voluntary + involuntary, every thread, from
/proc/PID/task/*/status) over a quiet window cut into slices, scaled to a minute.
A thread that sleeps until woken costs none; a polling loop costs one per tick.
Two cases: consent on with an empty queue (the endpoint took everything), and the
endpoint down with events queued (the sender waits in exponential backoff).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks import procstats
from benchmarks.countingsink import CountingSink
from benchmarks.lspclient import ServerProcess
from benchmarks.report import Figure, Progress, Report
from benchmarks.servers import closed_port, running, start_consentry, wait_until_ready, warm_up

SLICES = 4


def wakeups_per_minute(server: ServerProcess, seconds: float) -> list[float]:
    """Context switches per minute in each of SLICES slices of `seconds`."""
    per_slice = seconds / SLICES
    counts = []
    for _ in range(SLICES):
        before = procstats.context_switches(server.pid)
        time.sleep(per_slice)
        counts.append((procstats.context_switches(server.pid) - before) * 60 / per_slice)
    return counts


def measure(work: Path, tag: str, host: str, seconds: float) -> list[float]:
    """Start, deliver (or fail to deliver) one event, settle, then count wake-ups."""
    server = start_consentry(work / f"home-{tag}", host=host, log_dir=work, tag=tag)
    with running(server):
        wait_until_ready(server)
        warm_up(server)
        time.sleep(1.0)
        return wakeups_per_minute(server, seconds)


def run(report: Report, seconds: float, progress: Progress) -> None:
    """Wake-ups per minute for both cases."""
    with tempfile.TemporaryDirectory(prefix="consentry-bench-idle-") as tmp:
        work = Path(tmp)
        with CountingSink() as sink:
            empty = measure(work, "idle-empty", sink.url, seconds)
        progress(f"idle, queue empty: {', '.join(f'{v:.0f}' for v in empty)} wake-ups/min")
        down = measure(work, "idle-down", f"http://127.0.0.1:{closed_port()}", seconds)
        progress(f"idle, endpoint down: {', '.join(f'{v:.0f}' for v in down)} wake-ups/min")
    report.add(
        Figure(
            "idle wake-ups, consent on, queue empty",
            "/min",
            empty,
            goal=6.0,
            goal_text="≤ 6 /min (no polling)",
        )
    )
    report.add(
        Figure(
            "  idle wake-ups, endpoint down (backoff)",
            "/min",
            down,
            goal_text="- (retries back off: 1-2 s, 2-4 s, ...)",
        )
    )
