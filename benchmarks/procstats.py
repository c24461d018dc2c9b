"""What /proc says about a process: CPU time, resident memory, context switches.

Linux only; each reader raises OSError when the process is gone.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

_CLOCK_TICKS: Final = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of every thread of `pid`, live or ended (10 ms resolution)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    # Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def rss_bytes(pid: int) -> int:
    """Resident set size (VmRSS)."""
    return _status_value(Path(f"/proc/{pid}/status"), "VmRSS") * 1024


def peak_rss_bytes(pid: int) -> int:
    """The highest resident set size so far (VmHWM)."""
    return _status_value(Path(f"/proc/{pid}/status"), "VmHWM") * 1024


def context_switches(pid: int) -> int:
    """Voluntary + involuntary context switches, summed over the threads alive now.

    Every wake-up of a sleeping thread is one voluntary switch when it sleeps again,
    so the difference over an idle interval counts wake-ups.
    """
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = task / "status"
            total += _status_value(status, "voluntary_ctxt_switches")
            total += _status_value(status, "nonvoluntary_ctxt_switches")
        except (OSError, KeyError):
            continue  # the thread ended while we looked
    return total


def thread_count(pid: int) -> int:
    """How many threads `pid` has now."""
    return sum(1 for _ in Path(f"/proc/{pid}/task").iterdir())


def _status_value(path: Path, key: str) -> int:
    for line in path.read_text().splitlines():
        name, _, value = line.partition(":")
        if name == key:
            return int(value.split()[0])
    raise KeyError(key)


def machine() -> dict[str, str]:
    """nproc, CPU model and memory of this machine, for the report."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_kib = _status_value(Path("/proc/meminfo"), "MemTotal")
        memory = f"{mem_kib / 1024 / 1024:.0f} GiB"
    except (OSError, KeyError):
        memory = "unknown"
    return {"nproc": str(len(os.sched_getaffinity(0))), "cpu": model, "memory": memory}
