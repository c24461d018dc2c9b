"""The rules that keep an extension's bundled libraries pure Python."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from consentry.bundle import (
    DATA_ONLY,
    PURE_FROM_SOURCE,
    BundleError,
    compiled_files,
    project_name,
    requirements,
)


def _wheel(tmp_path: Path, metadata: str) -> Path:
    wheel = tmp_path / "demo-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("demo/__init__.py", "")
        archive.writestr("demo-1.0.dist-info/METADATA", metadata)
    return wheel


def test_requirements_are_the_unconditional_requires_dist(tmp_path: Path) -> None:
    wheel = _wheel(
        tmp_path,
        "Metadata-Version: 2.1\nName: demo\n"
        "Requires-Dist: pygls<3,>=2.1\n"
        "Requires-Dist: wordfreq<4,>=3.1\n"
        'Requires-Dist: pytest>=8; extra == "test"\n'
        'Requires-Dist: atheris; platform_system == "Linux"\n',
    )
    assert requirements(wheel) == ["pygls<3,>=2.1", "wordfreq<4,>=3.1"]


def test_a_wheel_without_metadata_is_an_error(tmp_path: Path) -> None:
    wheel = tmp_path / "x-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("x/__init__.py", "")
    with pytest.raises(BundleError, match="METADATA"):
        requirements(wheel)


@pytest.mark.parametrize(
    ("requirement", "name"),
    [
        pytest.param("wordfreq>=3.1,<4", "wordfreq", id="range"),
        pytest.param("detect_secrets>=1.5", "detect-secrets", id="underscore"),
        pytest.param("Detect.Secrets", "detect-secrets", id="case-and-dot"),
        pytest.param("msgpack", "msgpack", id="bare"),
    ],
)
def test_project_names_are_normalised(requirement: str, name: str) -> None:
    assert project_name(requirement) == name


def test_the_servers_own_requirements_are_sorted_into_the_rules() -> None:
    # Every data-only or source-built package is a real dependency of the server.
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text()
    block = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    names = {project_name(line.strip().strip('",')) for line in block.splitlines() if '"' in line}
    assert names >= DATA_ONLY
    assert set(PURE_FROM_SOURCE) <= names


def test_compiled_files_are_found(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "mod.py").write_text("")
    (tmp_path / "pkg" / "_speed.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (tmp_path / "pkg" / "_win.pyd").write_bytes(b"")
    found = [p.name for p in compiled_files(tmp_path)]
    assert found == ["_speed.cpython-311-x86_64-linux-gnu.so", "_win.pyd"]


def test_word_lists_are_copied_where_the_server_looks_and_a_missing_one_fails(
    tmp_path: Path,
) -> None:
    from consentry.anonymize.vocabulary import TECHNICAL_DICTIONARIES
    from consentry.bundle import copy_dictionaries

    node_modules = tmp_path / "node_modules"
    for package, files in TECHNICAL_DICTIONARIES.items():
        for name in files:
            path = node_modules / package / "dict" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"lodash\n")
    target = tmp_path / "libs"
    copy_dictionaries(node_modules, target)
    for package, files in TECHNICAL_DICTIONARIES.items():
        for name in files:
            assert (target / "node_modules" / package / "dict" / name).read_bytes() == b"lodash\n"

    first_package, first_files = next(iter(TECHNICAL_DICTIONARIES.items()))
    (node_modules / first_package / "dict" / first_files[0]).unlink()
    with pytest.raises(BundleError, match="missing"):
        copy_dictionaries(node_modules, tmp_path / "other")
