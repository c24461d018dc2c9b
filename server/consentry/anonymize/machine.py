"""What the machine knows about its person, redacted wherever it appears.

The server runs on the user's own machine, so it knows the OS user name, the home
folder and the host name itself (`MachineFacts.of_this_machine`), and the client tells it
the workspace folders (``initialize``'s ``workspaceFolders`` / ``rootUri``) and the
folders of the embedding extensions (``initializationOptions.extensionPath``). These are
searched for in any case and with any separator between their words (``Jane Doe``,
``jane.doe``, ``JANE_DOE``, ``janedoe``): the home folder becomes ``<path>``, the user
name ``<user>``, the host name ``<host>``, a workspace folder name ``<workspace>``.
Names shorter than `MIN_FREE_LENGTH` characters (``al``, ``box``) would match ordinary
words, so they are redacted only inside paths.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final
from urllib.parse import unquote, urlparse

from consentry.anonymize.placeholders import HOST, PATH, USER, WORKSPACE

__all__ = [
    "EMPTY_FACTS",
    "MIN_FREE_LENGTH",
    "MachineFacts",
    "Redactor",
    "folder_names",
]

MIN_FREE_LENGTH: Final = 4
# Words between which any run of separators may stand: "jane.doe" ~ "Jane Doe".
_WORD_RE: Final = re.compile(r"[^\W_]+")
_SEPARATORS: Final = r"[\W_]{0,3}"
_PATH_CHUNK_RE: Final = re.compile(r"\S*[\\/]\S*")
_GENERIC_NAMES: Final = frozenset(
    {
        "root",
        "user",
        "users",
        "admin",
        "administrator",
        "runner",
        "vscode",
        "node",
        "ubuntu",
        "codespace",
        "default",
        "public",
        "guest",
        "home",
        "app",
        "build",
        "ci",
        "docker",
        "localhost",
        "workspace",
        "project",
        "src",
        "code",
        "test",
        "tests",
        "main",
        "dev",
    }
)


def folder_names(uris_or_paths: Iterable[str]) -> tuple[str, ...]:
    """The last folder name of each `file://` URI or path (empty ones left out)."""
    names: list[str] = []
    for item in uris_or_paths:
        path = unquote(urlparse(item).path) if "://" in item else item
        name = re.split(r"[\\/]+", path.rstrip("\\/"))[-1]
        if name:
            names.append(name)
    return tuple(names)


@dataclass(frozen=True, slots=True)
class MachineFacts:
    """The user name, home folder, host name and workspace folder names to redact."""

    user_names: tuple[str, ...] = ()
    home_folders: tuple[str, ...] = ()
    host_names: tuple[str, ...] = ()
    workspace_names: tuple[str, ...] = ()
    extension_paths: tuple[str, ...] = field(default=())

    @classmethod
    def of_this_machine(
        cls,
        *,
        workspace_names: Iterable[str] = (),
        extension_paths: Iterable[str] = (),
    ) -> MachineFacts:
        """The facts this process can read itself, plus what the client said."""
        import getpass
        import socket

        users: list[str] = []
        with contextlib.suppress(Exception):  # no passwd entry in some containers
            users.append(getpass.getuser())
        for var in ("USER", "USERNAME", "LOGNAME"):
            value = os.environ.get(var)
            if value:
                users.append(value)
        homes: list[str] = []
        with contextlib.suppress(Exception):
            homes.append(str(Path.home()))
        hosts: list[str] = []
        with contextlib.suppress(Exception):
            name = socket.gethostname()
            hosts.extend([name, name.split(".", 1)[0]])
        return cls(
            user_names=_unique(users),
            home_folders=_unique(homes),
            host_names=_unique(hosts),
            workspace_names=_unique(workspace_names),
            extension_paths=_unique(extension_paths),
        )

    def redactor(self) -> Redactor:
        """The compiled redactor of these facts."""
        return Redactor.of(self)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        item = item.strip()
        if item and item not in out:
            out.append(item)
    return tuple(out)


def _name_pattern(name: str) -> str | None:
    words = _WORD_RE.findall(name)
    if not words:
        return None
    return _SEPARATORS.join(re.escape(w) for w in words)


def _home_pattern(home: str) -> str | None:
    parts = [p for p in re.split(r"[\\/]+", home) if p]
    if not parts:
        return None
    # Any separator style, any case: C:\Users\x, C:/Users/x, /c/Users/x, \\?\C:\Users\x.
    body = r"[\\/]{1,2}".join(
        re.escape(p.rstrip(":")) + (":?" if p.endswith(":") else "") for p in parts
    )
    if parts[0].endswith(":"):
        return r"(?<![^\W_])" + body
    # A POSIX home ("/root", "/home/x") only where a path starts: its first folder alone
    # is often a word ("the root cause").
    return r"(?<![\w.~-])[\\/]{1,2}" + body


@dataclass(frozen=True, slots=True)
class Redactor:
    """The machine facts as compiled patterns; `redact` applies them to a text."""

    anywhere: tuple[tuple[re.Pattern[str], str], ...] = ()
    in_paths: tuple[tuple[re.Pattern[str], str], ...] = ()

    @classmethod
    def of(cls, facts: MachineFacts) -> Redactor:
        """Compile `facts` (generic names such as ``root`` or ``runner`` are not hunted)."""
        anywhere: list[tuple[re.Pattern[str], str]] = []
        in_paths: list[tuple[re.Pattern[str], str]] = []
        for home in facts.home_folders:
            pattern = _home_pattern(home)
            if pattern and home.strip("\\/") and len(home.strip("\\/")) > 1:
                anywhere.append((re.compile(pattern + r"(?![^\W_])", re.IGNORECASE), PATH))
        named = [(n, USER) for n in facts.user_names] + [(n, HOST) for n in facts.host_names]
        named += [(n, WORKSPACE) for n in facts.workspace_names]
        # Longest first: "dana-laptop" before "dana".
        for name, placeholder in sorted(named, key=lambda item: -len(item[0])):
            if name.lower() in _GENERIC_NAMES:
                continue
            pattern = _name_pattern(name)
            if pattern is None:
                continue
            compiled = re.compile(rf"(?<![^\W_]){pattern}(?![^\W_])", re.IGNORECASE)
            compact = re.sub(r"[\W_]", "", name)
            target = anywhere if len(compact) >= MIN_FREE_LENGTH else in_paths
            target.append((compiled, placeholder))
        return cls(tuple(anywhere), tuple(in_paths))

    def redact(self, text: str) -> str:
        """`text` without the machine's facts."""
        for pattern, placeholder in self.anywhere:
            text = pattern.sub(placeholder, text)
        if self.in_paths and ("/" in text or "\\" in text):
            text = _PATH_CHUNK_RE.sub(self._in_path, text)
        return text

    def _in_path(self, m: re.Match[str]) -> str:
        chunk = m.group(0)
        for pattern, placeholder in self.in_paths:
            chunk = pattern.sub(placeholder, chunk)
        return chunk


EMPTY_FACTS: Final = MachineFacts()
