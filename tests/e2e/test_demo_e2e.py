"""`consentry demo`: the whole flow on this machine, and a summary that means something."""

from __future__ import annotations

import os
import subprocess
import sys


def test_demo_tells_event_drops_from_field_drops_and_ends_on_a_verdict() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONSENTRY_")}
    env.pop("DO_NOT_TRACK", None)
    done = subprocess.run(
        [sys.executable, "-m", "consentry", "demo"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    # Four phases, each separating whole events dropped from fields taken out of kept ones.
    assert sum(line.strip().startswith("events dropped:") for line in lines) == 4
    assert sum(line.strip().startswith("fields dropped or redacted:") for line in lines) == 4
    allow = lines.index("== 2. Allow: the person clicked Allow")
    phase = lines[allow : allow + 8]
    assert any("fields dropped or redacted: " in line and "field-" in line for line in phase)
    assert not any("events dropped: " in line and "field-" in line for line in lines)
    # The recent events say which event and why, not only "dropped".
    assert any("(consent-off)" in line for line in lines)
    last = lines[-1]
    assert last.startswith("OK: of 44 events from the editor, "), last
    assert last.endswith("0 left while consent was undecided or off."), last
