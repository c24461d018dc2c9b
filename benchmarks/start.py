"""Start: time until `initialize` is answered, until the server is ready, and import time.

The clock starts just before the process is spawned; `initialize` is written to the
pipe at once (the client does the same), so the figure is what a client waits.
"Ready" is the answer to a `consentry/status` sent right after `initialized`: the
configuration has been pulled and consent decided, so events are being kept.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.lspclient import initialize_params
from benchmarks.report import Figure, Progress, Report
from benchmarks.servers import closed_port, running, server_env, start_consentry, start_stock

IMPORTS = "consentry.lsp.server, consentry.lsp.handlers"
_IMPORTTIME = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def measure_consentry(work: Path, tag: str) -> tuple[float, float]:
    """Seconds from spawn to `initialize` answered, and to the first status answered."""
    server = start_consentry(
        work / f"home-{tag}", host=f"http://127.0.0.1:{closed_port()}", log_dir=work, tag=tag
    )
    with running(server):
        msg_id, future = server.send_request("initialize", initialize_params())
        future.result(60)
        initialized = server.answered_at[msg_id] - server.started_at
        server.notify("initialized", {})
        msg_id, future = server.send_request("consentry/status", {})
        future.result(60)
        ready = server.answered_at[msg_id] - server.started_at
    return initialized, ready


def measure_stock(work: Path, tag: str) -> float:
    """Seconds from spawn to `initialize` answered by the stock pygls server."""
    server = start_stock(work, tag)
    with running(server):
        msg_id, future = server.send_request("initialize", initialize_params())
        future.result(60)
        return server.answered_at[msg_id] - server.started_at


def import_seconds(env: dict[str, str]) -> float:
    """Wall time of importing the server's modules in a fresh interpreter."""
    code = f"import time; t = time.perf_counter(); import {IMPORTS}; print(time.perf_counter() - t)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def import_breakdown(env: dict[str, str], top: int = 6) -> list[tuple[str, float]]:
    """The modules with the most self time (`-X importtime`), in ms."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {IMPORTS}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in out.stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match:
            rows.append((match.group(4), int(match.group(1)) / 1000))
    return sorted(rows, key=lambda row: -row[1])[:top]


def run(report: Report, runs: int, progress: Progress) -> None:
    """Initialize and ready times (Consentry and stock pygls), and import time."""
    runs = max(runs, 5)
    answered: list[float] = []
    ready: list[float] = []
    stock: list[float] = []
    imports: list[float] = []
    with tempfile.TemporaryDirectory(prefix="consentry-bench-start-") as tmp:
        work = Path(tmp)
        env = server_env(work / "home-imports", None)
        for i in range(runs):
            initialized, ready_at = measure_consentry(work, f"start-{i}")
            answered.append(initialized)
            ready.append(ready_at)
            stock.append(measure_stock(work, f"stock-start-{i}"))
            imports.append(import_seconds(env))
            progress(
                f"start run {i + 1}: initialize answered {initialized * 1e3:.0f} ms, ready "
                f"{ready_at * 1e3:.0f} ms (stock pygls {stock[-1] * 1e3:.0f} ms), "
                f"import {imports[-1] * 1e3:.0f} ms"
            )
        breakdown = import_breakdown(env)
    report.add(Figure("initialize answered (from spawn)", "s", answered, goal=0.5))
    report.add(Figure("  stock pygls: initialize answered", "s", stock))
    report.add(Figure("ready: first status answered (from spawn)", "s", ready))
    report.add(Figure(f"import time of {IMPORTS}", "s", imports))
    report.notes.append(
        "Import self time, largest first: "
        + ", ".join(f"{name} {ms:.0f} ms" for name, ms in breakdown)
        + f" (median import {statistics.median(imports) * 1e3:.0f} ms)."
    )
