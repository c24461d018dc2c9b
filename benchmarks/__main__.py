"""`python -m benchmarks`: measure everything, print each figure beside its goal.

Options: `--runs N` (default 3), `--only ingest,latency,...`, `--quick` (smaller
workloads, for a smoke run), `--full` (also drain the 1,000,000-event backlog, which
takes minutes), `--json PATH` (default benchmarks/results/latest.json).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    activation,
    idle,
    ingest,
    latency,
    memory,
    procstats,
    products,
    scrubcost,
    shutdown,
    start,
)
from benchmarks.report import Report

STEPS = (
    "ingest",
    "latency",
    "start",
    "memory",
    "products",
    "shutdown",
    "idle",
    "activation",
    "scrub",
)
RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


def _progress(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks and print the report."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (default 3)")
    parser.add_argument("--only", default=",".join(STEPS), help="comma-separated steps")
    parser.add_argument("--quick", action="store_true", help="smaller workloads")
    parser.add_argument("--full", action="store_true", help="also drain the 1M backlog")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to save the results")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(STEPS))
    if unknown:
        parser.error(f"unknown step(s): {', '.join(unknown)}; choose from {', '.join(STEPS)}")
    runs = max(1, args.runs)
    scale = 0.2 if args.quick else 1.0

    machine = procstats.machine()
    machine["python"] = platform.python_version()
    report = Report(machine)
    steps: dict[str, Callable[[], None]] = {
        "ingest": lambda: ingest.run(report, runs, scale, _progress),
        "latency": lambda: latency.run(report, runs, scale, _progress),
        "start": lambda: start.run(report, runs, _progress),
        "memory": lambda: memory.run(report, runs, scale, args.full, _progress),
        "products": lambda: products.run(report, runs, _progress),
        "shutdown": lambda: shutdown.run(report, runs, _progress),
        "idle": lambda: idle.run(report, 4.0 if args.quick else 12.0, _progress),
        "activation": lambda: activation.run(report, runs, _progress),
        "scrub": lambda: scrubcost.run(report, runs, scale, _progress),
    }
    began = time.perf_counter()
    for name in STEPS:
        if name in chosen:
            step_began = time.perf_counter()
            print(f"{name} ...", file=sys.stderr, flush=True)
            steps[name]()
            print(f"{name}: {time.perf_counter() - step_began:.0f} s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - began

    print()
    print(
        f"Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory']}, "
        f"Python {machine['python']}; {runs} run(s) per figure; took {elapsed:.0f} s"
    )
    print()
    print(report.table())
    for note in report.notes:
        print(f"\n{note}")
    report.save(args.json)
    print(f"\nSaved {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
