"""Paths in free text under a known-safe root keep their part from the root on."""

from __future__ import annotations

import pytest

from consentry.anonymize.frames import safe_location, safe_root_tail
from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("path", "tail"),
    [
        (
            "/DANGEROUS/PATH/resources/app/important/information",
            "resources/app/important/information",
        ),
        (
            "C:\\Users\\hana\\AppData\\Local\\Programs\\Microsoft VS Code\\resources\\app"
            "\\out\\vs\\loader.js",
            "resources/app/out/vs/loader.js",
        ),
        (
            "/Applications/Visual Studio Code.app/Contents/Resources/app/out/vs/main.js",
            "Resources/app/out/vs/main.js",
        ),
        ("/home/hana/proj/node_modules/lodash/index.js", "node_modules/lodash/index.js"),
        ("/usr/lib/python3.11/asyncio/events.py", "python3.11/asyncio/events.py"),
    ],
)
def test_the_part_from_the_root_on_is_kept(path: str, tail: str) -> None:
    assert safe_root_tail(path) == tail


@pytest.mark.parametrize(
    "path",
    [
        "/home/hana/proj/src/payroll.ts",  # no safe root
        "/home/hana/node_modules/x/salary-2025.xlsx",  # a document under a safe root
        "node:internal/process/task_queues",  # a runtime internal is not a path
        "<extension>/dist/extension.js",  # only the embedding extension's frames
    ],
)
def test_no_tail_without_a_safe_root(path: str) -> None:
    assert safe_root_tail(path) is None


@pytest.mark.parametrize(
    ("loc", "kept"),
    [
        ("/usr/lib/python3.11/asyncio/events.py", "python3.11/asyncio/events.py"),
        ("/usr/lib/python3.11/json/__init__.py", "python3.11/json/__init__.py"),
        ("/usr/lib/python3.11/threading.py", "python3.11/threading.py"),
        # Beside the standard library, but none of its modules.
        ("/usr/lib/python3.11/payroll_hana.py", "<file>"),
        ("/usr/lib/python3.11/hana_tools/run.py", "<file>"),
    ],
)
def test_python_library_frames_are_its_modules(loc: str, kept: str) -> None:
    assert safe_location(loc) == kept


@pytest.mark.parametrize(
    ("loc", "kept"),
    [
        ("/srv/app/node_modules/lodash/lodash.js", "node_modules/lodash/lodash.js"),
        ("/srv/app/node_modules/.pnpm/a@1.0.0/node_modules/b/i.js", "node_modules/b/i.js"),
        # A bundler's or a loader's cache of the project's own code.
        ("/srv/app/node_modules/.vite/deps/hana-page.js", "<file>"),
        ("/srv/app/node_modules/.cache/babel-loader/hana.js", "<file>"),
    ],
)
def test_hidden_folders_under_node_modules_are_no_packages(loc: str, kept: str) -> None:
    assert safe_location(loc) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "file:///DANGEROUS/PATH/resources/app/important/information",
            "resources/app/important/information",
        ),
        (
            "load /opt/VSCode/resources/app/out/vs/loader.js failed",
            "load resources/app/out/vs/loader.js failed",
        ),
        (
            "Cannot find /home/hana/p/node_modules/lodash/index.js",
            "Cannot find node_modules/lodash/index.js",
        ),
        # No safe root: the folders go as before.
        ("read /home/hana/proj/notes.ts failed", "read <path>/notes.ts failed"),
    ],
)
def test_free_text_paths_keep_their_part_from_a_safe_root(text: str, expected: str) -> None:
    assert scrub_message(text) == expected
