"""Activation: how long the VS Code client's `activate()` takes before it returns its API.

`activation.cjs` loads the bundled client (dist/extension.js) in plain Node with a
stand-in `vscode` module and times `require` and `activate()` in a fresh process
each run. The server is started off the critical path: `activate()` returns the API
at once and events wait in the client's queue, so the server's own start (see
"initialize answered") never adds to activation; what `activate()` costs is the
client's wiring and the spawn of the interpreter probe. Skipped without Node or
without the bundle (`npm run compile`).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from benchmarks.report import Figure, Progress, Report

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).resolve().parent / "activation.cjs"
BUNDLE = ROOT / "dist" / "extension.js"


def run(report: Report, runs: int, progress: Progress) -> None:
    """Time `activate()` in `max(runs, 5)` fresh Node processes."""
    node = shutil.which("node")
    if node is None or not BUNDLE.exists():
        report.notes.append("Activation was not measured: it needs Node and `npm run compile`.")
        progress("activation: skipped (no node or no dist/extension.js)")
        return
    loads: list[float] = []
    activates: list[float] = []
    for i in range(max(runs, 5)):
        out = subprocess.run(
            [node, str(SCRIPT), str(BUNDLE)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        if result.get("api") is not True:
            raise RuntimeError("activate() did not return the API")
        loads.append(float(result["loadMs"]))
        activates.append(float(result["activateMs"]))
        progress(
            f"activation run {i + 1}: load {loads[-1]:.0f} ms, activate() {activates[-1]:.0f} ms"
        )
    report.add(Figure("client activate() until the API is returned", "ms", activates, goal=20))
    report.add(Figure("  client bundle load (require)", "ms", loads))
