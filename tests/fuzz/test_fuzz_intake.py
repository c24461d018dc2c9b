"""A short coverage-guided run of `fuzz_intake` on every check (atheris, where it installs).

libFuzzer runs in a child process with a fixed seed and a fixed number of executions;
any exception that escapes the intake ends it with a non-zero exit and a crash file.
Longer runs: `python -m tests.fuzz.fuzz_intake -atheris_runs=1000000`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

RUNS = int(os.environ.get("CONSENTRY_ATHERIS_RUNS", "30000"))
ROOT = Path(__file__).resolve().parents[2]


def test_coverage_guided_fuzzing_of_the_intake_finds_nothing(tmp_path: Path) -> None:
    pytest.importorskip("atheris", reason="atheris has no wheel for this platform")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.fuzz.fuzz_intake",
            f"-atheris_runs={RUNS}",
            "-seed=1",
            f"-artifact_prefix={tmp_path}/",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    assert re.search(rf"Done {RUNS} (runs )?in ", output), output[-2000:]
    assert list(tmp_path.iterdir()) == [], "libFuzzer wrote a crash file"
    print(f"atheris: {RUNS:,} executions, no finding")
