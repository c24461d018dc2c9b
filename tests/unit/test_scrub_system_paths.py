"""A path under the operating system's own folders is the same on every machine and
stays whole when every part of it is a known word; anything else about a path is as
before: a home, a per-user folder, an unknown name, a secret or a document goes."""

from __future__ import annotations

import pytest

from consentry.anonymize.frames import system_path
from consentry.anonymize.scrub import scrub_message, scrub_stack


@pytest.mark.parametrize(
    "text",
    [
        "spawn /usr/local/bin/node ENOENT",
        "/opt/homebrew/bin/python3: No module named pip",
        "/usr/bin/env: node: No such file or directory",
        "EACCES: permission denied, open /etc/hosts",
        "/var/run/docker.sock: connect: permission denied",
        "python3: can't open file /usr/bin/python3.11",
        "C:\\Program Files\\nodejs\\node.exe exited with code 1",
        "C:\\Windows\\System32\\cmd.exe /c exited with code 1",
    ],
)
def test_system_paths_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # A per-user folder under a system root names its user.
        ("/usr/home/alice/notes.py failed", "<path>/notes.py failed"),
        ("/run/user/1000/bus refused", "<path> refused"),
        ("C:\\Windows\\Profiles\\Armin\\Temp", "<path>"),
        # A given name is someone's folder or file under a system root too.
        ("open /etc/sudoers.d/john failed", "open <path> failed"),
        ("C:\\Program Files\\John Smith\\app.exe x", "<path>\\app.exe x"),
        # A part of no known word, a secret, a document: as any path.
        ("open /etc/acme-payroll/kowalczyk.conf", "open <path>/<redacted>"),
        (
            "/usr/local/share/keys/client-sk_live_abcdefghijklmnop.txt",
            "<path>/<file>",
        ),
        ("C:\\Windows\\Temp\\report-q3-layoffs.docx", "<path>\\<file>"),
        # Other roots are a project's or a user's.
        ("/opt/acme/bin/deploy failed", "<path> failed"),
        ("/srv/payroll/app.py failed", "<path>/app.py failed"),
    ],
)
def test_other_paths_still_go(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed


def test_a_frame_under_a_system_folder_keeps_its_file() -> None:
    stack = (
        "Error: x\n    at run (/usr/lib/node/internal.js:1:2)\n    at go (/etc/x/kowalczyk.js:3:4)"
    )
    assert scrub_stack(stack) == (
        "Error: x\n    at run (/usr/lib/node/internal.js:1:2)\n    at go (<file>:3:4)"
    )


def test_a_package_folder_is_still_kept_from_its_root() -> None:
    # The install location before node_modules/ or resources/app/ is dropped, as before.
    assert scrub_message("Cannot find module /usr/lib/node_modules/npm/x.js") == (
        "Cannot find module node_modules/npm/x.js"
    )
    assert system_path("/usr/share/code/resources/app/out/main.js")
    assert not system_path("/home/alice/x.js")
