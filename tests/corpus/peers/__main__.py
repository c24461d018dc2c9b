"""Extract peer suites into `.cache/corpora/peers/` (git-ignored).

    python -m tests.corpus.peers                       # registry suites only
    python -m tests.corpus.peers --from gitleaks=PATH --from detect-secrets=PATH \
        --from presidio=PATH --from vscode=FILE@COMMIT --from relay=FILE@COMMIT

Registry suites (sentry-python, from its PyPI source distribution) are downloaded and
extracted on any machine; the others need a snapshot of their repository (a bare git
directory or a folder; for VS Code its error-telemetry test file, for Relay its
built-in rules' test file, each with the commit it is from) and are skipped, with the
reason printed, when none is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

from tests.corpus.peers import PeerSample, load, save
from tests.corpus.peers import suites as s
from tests.corpus.peers.sources import Tree, pypi_sdist

SENTRY_SDK_VERSION: Final = "2.75.0"
SNAPSHOT_SUITES: Final[dict[str, Callable[[Tree], list[PeerSample]]]] = {
    "gitleaks": s.gitleaks,
    "detect-secrets": s.detect_secrets,
    "presidio": s.presidio,
}
ALL_SUITES: Final = ("gitleaks", "detect-secrets", "vscode", "relay", "sentry-python", "presidio")
FILE_SUITES: Final[dict[str, Callable[[Path, str], list[PeerSample]]]] = {
    "vscode": s.vscode,
    "relay": s.relay,
}
WHY_NOT_REGISTRY: Final = {
    "gitleaks": "its rule tests ship in no registry package (Go source only in the repository)",
    "detect-secrets": "its PyPI source distribution leaves the tests out",
    "presidio": "the presidio-analyzer source distribution leaves the tests out",
    "vscode": "its tests ship in no package; the repository is larger than a snapshot may be",
    "relay": "its tests ship in no package; the repository is larger than a snapshot may be",
}


def registry_suites() -> dict[str, list[PeerSample]]:
    """Suites built from released packages: downloaded into the cache when missing."""
    cached = load("sentry-python")
    if cached is None:
        root = pypi_sdist("sentry-sdk", SENTRY_SDK_VERSION)
        cached = s.sentry_python(root, SENTRY_SDK_VERSION)
        save("sentry-python", cached)
    return {"sentry-python": cached}


def extract(suite: str, where: str) -> list[PeerSample]:
    """One snapshot suite from `where` (a path; for vscode and relay FILE@COMMIT)."""
    if suite in FILE_SUITES:
        path, _, commit = where.partition("@")
        return FILE_SUITES[suite](Path(path), commit or "unknown")
    return SNAPSHOT_SUITES[suite](Tree(Path(where)))


def main(argv: list[str] | None = None) -> int:
    """Extract what can be extracted here and say what was skipped."""
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.peers")
    parser.add_argument(
        "--from",
        dest="sources",
        action="append",
        default=[],
        metavar="SUITE=PATH",
        help="a snapshot of a suite's repository",
    )
    args = parser.parse_args(argv)
    for suite, samples in registry_suites().items():
        print(f"{suite}: {len(samples)} samples (registry)")
    for spec in args.sources:
        suite, _, where = spec.partition("=")
        if suite not in (*SNAPSHOT_SUITES, *FILE_SUITES):
            parser.error(f"unknown suite {suite!r}")
        samples = extract(suite, where)
        path = save(suite, samples)
        print(f"{suite}: {len(samples)} samples from {where} -> {path}")
    for suite in ALL_SUITES:
        if load(suite) is None:
            print(f"{suite}: skipped, not extracted on this machine ({WHY_NOT_REGISTRY[suite]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
