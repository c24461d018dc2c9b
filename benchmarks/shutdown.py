"""Shutdown: from the `shutdown` request to the process gone, endpoint down, queue full.

The outbox is pre-filled to its default bound (100,000 events) and a burst of 2,000
more is written just before `shutdown`, so the server has a full queue, events still
to commit, and a final flush attempt against a closed port. The client sends `exit`
as soon as `shutdown` is answered, as VS Code does; the clock stops when the process
has exited.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks import backlog, workload
from benchmarks.report import Figure, Progress, Report
from benchmarks.servers import closed_port, start_consentry, wait_until_ready, warm_up

FULL = 100_000
BURST = 2_000


def measure(work: Path, template: Path, tag: str) -> tuple[float, float, int]:
    """Seconds to the `shutdown` answer and to process exit, and the events kept."""
    home = work / f"home-{tag}"
    home.mkdir()
    shutil.copy(template, home / "outbox.sqlite3")
    server = start_consentry(home, host=f"http://127.0.0.1:{closed_port()}", log_dir=work, tag=tag)
    try:
        wait_until_ready(server, timeout=60)
        warm_up(server)
        server.write(b"".join(workload.as_batches(workload.events(BURST, seed=5))))
        start = time.perf_counter()
        msg_id, future = server.send_request("shutdown", None)
        future.result(30)
        answered = server.answered_at[msg_id] - start
        server.notify("exit", None)
        code = server.wait(30)
        exited = time.perf_counter() - start
        if code != 0:
            raise RuntimeError(f"the server exited with {code}")
    finally:
        server.close()
    db = sqlite3.connect(home / "outbox.sqlite3")
    try:
        kept = int(db.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        db.close()
    return answered, exited, kept


def run(report: Report, runs: int, progress: Progress) -> None:
    """Shutdown time over several runs, each on a copy of the same full outbox."""
    answered: list[float] = []
    exited: list[float] = []
    with tempfile.TemporaryDirectory(prefix="consentry-bench-shutdown-") as tmp:
        work = Path(tmp)
        template = work / "full.sqlite3"
        backlog.fill(template, FULL)
        for i in range(runs):
            to_answer, to_exit, kept = measure(work, template, f"shutdown-{i}")
            answered.append(to_answer)
            exited.append(to_exit)
            progress(
                f"shutdown run {i + 1}: answered {to_answer * 1e3:.0f} ms, exited "
                f"{to_exit * 1e3:.0f} ms; {kept:,} events kept for the next start"
            )
    report.add(Figure("shutdown request to process exit (queue full)", "s", exited, goal=1.0))
    report.add(Figure("  shutdown answered", "s", answered))
