"""Installs the server and the libraries it runs on into an extension's `bundled/libs`.

    python -m consentry.bundle --target bundled/libs --dictionaries node_modules \
        dist/consentry-0.1.0-py3-none-any.whl

Only pure Python is admitted, so one `.vsix` runs on every OS, CPU and CPython ≥ 3.11:
the client puts the folder on PYTHONPATH of whatever interpreter the person has. Three
of the server's dependencies are there for their data alone — wordfreq's word list,
tokencost's copy of LiteLLM's model list, detect-secrets' rule classes — and what they
import for their own features (a tokenizer in Rust, an HTTP client, a regex engine in C,
YAML) is never loaded by the server, so they are installed without their dependencies.
msgpack, which reads the word list, has no pure-Python wheel on PyPI; it is built from
its source with its pure-Python implementation. names (the census name lists) has no
wheel at all; it is built from its source too. Anything compiled that still arrives
fails the build instead of making a `.vsix` that runs on one platform only.

The anonymizer's software vocabulary also reads cspell's word lists, which are npm
packages: `--dictionaries NODE_MODULES` copies them from the builder's `node_modules`
into `<target>/node_modules`, where the server looks for them.

Both builders call this: `npm run package` (the Consentry extension) and
`consentry-bundle-server` (the npm package a product embeds, which depends on those
word lists), so an embedded product's server judges free text as the extension's does.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final

# Read as data, never imported for their own features: their dependencies stay out.
DATA_ONLY: Final = frozenset({"wordfreq", "tokencost", "detect-secrets"})
# Of a data-only package's data folder, only the files the server reads (wordfreq ships
# every language, ~58 MB; the vocabulary reads the English list).
DATA_KEPT: Final = {"wordfreq/data": "_en."}
# Built from source with this environment, which selects their pure-Python implementation;
# `names` (the census name lists, pure Python) is published as a source archive only.
PURE_FROM_SOURCE: Final = {"msgpack": {"MSGPACK_PUREPYTHON": "1"}, "names": {}}
_PURE_ONLY: Final = (
    "--only-binary=:all:",
    "--platform",
    "any",
    "--implementation",
    "py",
    "--python-version",
    "3.11",
)
_COMPILED: Final = (".so", ".pyd", ".dylib", ".dll")
_NAME: Final = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


class BundleError(Exception):
    """The libraries could not be bundled as pure Python; the message says why."""


def requirements(wheel: Path) -> list[str]:
    """The wheel's unconditional runtime requirements (`Requires-Dist` without a marker)."""
    with zipfile.ZipFile(wheel) as archive:
        metadata = next((n for n in archive.namelist() if n.endswith(".dist-info/METADATA")), None)
        if metadata is None:
            raise BundleError(f"{wheel.name} has no METADATA")
        text = archive.read(metadata).decode("utf-8")
    return [
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("Requires-Dist:") and ";" not in line
    ]


def project_name(requirement: str) -> str:
    """The normalised project name of a requirement such as `wordfreq>=3.1,<4`."""
    match = _NAME.match(requirement)
    if match is None:
        raise BundleError(f"cannot read the requirement {requirement!r}")
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def compiled_files(target: Path) -> list[Path]:
    """Files in `target` that are compiled for one platform."""
    return sorted(p for p in target.rglob("*") if p.suffix.lower() in _COMPILED)


def _pip(python: str, args: Sequence[str], env: dict[str, str] | None = None) -> None:
    command = [python, "-m", "pip", *args]
    result = subprocess.run(command, env=env, check=False, timeout=600)
    if result.returncode != 0:
        raise BundleError(f"pip {' '.join(args[:2])} failed (exit {result.returncode})")


def copy_dictionaries(node_modules: Path, target: Path) -> None:
    """Copy the anonymizer's word lists from `node_modules` into `target/node_modules`."""
    from consentry.anonymize.vocabulary import TECHNICAL_DICTIONARIES

    for package, files in TECHNICAL_DICTIONARIES.items():
        source = node_modules / package
        destination = target / "node_modules" / package
        for name in ("dict/" + f for f in files):
            if not (source / name).is_file():
                raise BundleError(f"{package}/{name} is missing under {node_modules}")
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / name, destination / name)
        for name in ("LICENSE", "package.json"):
            if (source / name).is_file():
                shutil.copyfile(source / name, destination / name)


def bundle(wheel: Path, target: Path, dictionaries: Path, python: str = sys.executable) -> None:
    """Install `wheel` and what it runs on into `target`, pure Python only."""
    reqs = requirements(wheel)
    by_kind: dict[str, list[str]] = {"data": [], "source": [], "rest": []}
    for requirement in reqs:
        name = project_name(requirement)
        kind = "data" if name in DATA_ONLY else "source" if name in PURE_FROM_SOURCE else "rest"
        by_kind[kind].append(requirement)
    shutil.rmtree(target, ignore_errors=True)
    install = [
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--no-compile",
        "--target",
        str(target),
    ]
    _pip(python, [*install, *_PURE_ONLY, "--no-deps", str(wheel)])
    if by_kind["rest"]:
        _pip(python, [*install, *_PURE_ONLY, *by_kind["rest"]])
    if by_kind["data"]:
        _pip(python, [*install, *_PURE_ONLY, "--no-deps", *by_kind["data"]])
    with tempfile.TemporaryDirectory(prefix="consentry-pure-") as built:
        for requirement in by_kind["source"]:
            env = {**os.environ, **PURE_FROM_SOURCE[project_name(requirement)]}
            name = project_name(requirement)
            _pip(
                python,
                ["wheel", "--quiet", "--no-deps", "--no-binary", name, "-w", built, requirement],
                env=env,
            )
        if by_kind["source"]:
            wheels = [str(p) for p in Path(built).glob("*.whl")]
            _pip(python, [*install, "--no-deps", "--no-index", *wheels])
    for folder, kept in DATA_KEPT.items():
        for path in (target / folder).glob("*"):
            if path.is_file() and kept not in path.name:
                path.unlink()
    # Console scripts are for a normal install; the client runs `python -m consentry`.
    shutil.rmtree(target / "bin", ignore_errors=True)
    copy_dictionaries(dictionaries, target)
    compiled = compiled_files(target)
    if compiled:
        shown = ", ".join(str(p.relative_to(target)) for p in compiled[:5])
        raise BundleError(f"compiled files arrived in the bundle ({shown}); it must be pure Python")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: `python -m consentry.bundle --target DIR WHEEL`."""
    parser = argparse.ArgumentParser(prog="python -m consentry.bundle", description=__doc__)
    parser.add_argument("--target", required=True, type=Path, help="the bundled/libs folder")
    parser.add_argument(
        "--dictionaries",
        required=True,
        type=Path,
        help="the node_modules folder holding the @cspell word lists",
    )
    parser.add_argument("wheel", type=Path, help="the consentry wheel to bundle")
    args = parser.parse_args(argv)
    try:
        bundle(args.wheel, args.target, args.dictionaries)
    except (BundleError, OSError, zipfile.BadZipFile, subprocess.TimeoutExpired) as exc:
        sys.stderr.write(f"consentry.bundle: {exc}\n")
        return 1
    sys.stdout.write(f"consentry.bundle: {args.wheel.name} and its libraries in {args.target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
