"""Where a peer suite is read from: a repository snapshot, a folder, or a registry package.

`Tree` reads files of a bare git directory (a snapshot, at HEAD) or of a plain folder
the same way. `pypi_sdist` downloads a released source distribution with pip into the
git-ignored cache and unpacks it; the download happens once per machine.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.peers import CACHE


@dataclass(frozen=True)
class Tree:
    """Files of a snapshot (bare git directory, read at HEAD) or of a folder."""

    root: Path

    @property
    def is_git(self) -> bool:
        """True for a bare git directory (or a work tree's .git)."""
        return (self.root / "HEAD").is_file() and (self.root / "objects").is_dir()

    def _git(self, *args: str) -> str:
        return subprocess.run(
            ["git", "--git-dir", str(self.root), *args],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout

    def commit(self) -> str:
        """The commit read (HEAD), or "folder" for a plain folder."""
        return self._git("rev-parse", "HEAD").strip() if self.is_git else "folder"

    def files(self, prefix: str) -> list[str]:
        """Paths under `prefix`, relative to the root."""
        if self.is_git:
            out = self._git("ls-tree", "-r", "--name-only", "HEAD", prefix)
            return [line for line in out.splitlines() if line]
        base = self.root / prefix
        if base.is_file():
            return [prefix]
        return sorted(str(p.relative_to(self.root)) for p in base.rglob("*") if p.is_file())

    def read(self, path: str) -> str:
        """A file's text."""
        if self.is_git:
            return self._git("show", f"HEAD:{path}")
        return (self.root / path).read_text(encoding="utf-8", errors="replace")


def pypi_sdist(package: str, version: str) -> Path:
    """The unpacked source distribution of `package==version`, downloaded once."""
    target = CACHE / "pypi" / f"{package}-{version}"
    if target.is_dir() and any(target.iterdir()):
        return next(p for p in target.iterdir() if p.is_dir())
    download = CACHE / "pypi" / "downloads"
    download.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--no-binary",
            ":all:",
            "-d",
            str(download),
            f"{package}=={version}",
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    normalised = package.replace("-", "_")
    archive = next(
        p
        for p in download.iterdir()
        if p.name.lower().startswith(f"{normalised}-{version}".lower())
        and p.name.endswith(".tar.gz")
    )
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return next(p for p in target.iterdir() if p.is_dir())
