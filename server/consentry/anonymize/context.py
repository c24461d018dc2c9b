"""What this server process knows about its machine, and the scrubbers built from it.

The server runs on the user's machine for one user, so the machine facts (user name,
home folder, host name, workspace folder names, the embedding extensions' folders) are
facts of the process: `learn` adds what the client tells (``initialize``'s workspace
folders and ``extensionPath``, ``consentry/registerProduct``'s ``extensionPath``) to what
the process reads itself, and `scrubber` returns the scrubber for a product's
``free_text`` mode with the facts known so far. Thread-safe; scrubbers are rebuilt only
when the facts change.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from consentry.anonymize.machine import MachineFacts, folder_names

if TYPE_CHECKING:
    # Imported on first use: compiling the scrubber's patterns must not delay the
    # answer to `initialize`.
    from consentry.anonymize.scrub import Scrubber

__all__ = ["facts", "learn", "reset", "scrubber", "workspace_names_of"]

_lock = threading.Lock()
_facts: MachineFacts | None = None
_scrubbers: dict[tuple[str, frozenset[str]], Scrubber] = {}
_MAX_FOLDERS: Final = 64


def workspace_names_of(folders: object, root_uri: object) -> tuple[str, ...]:
    """The folder names of ``initialize``'s ``workspaceFolders`` (or its ``rootUri``)."""
    uris: list[str] = []
    if isinstance(folders, list | tuple):
        for folder in folders[:_MAX_FOLDERS]:
            uri = getattr(folder, "uri", None)
            name = getattr(folder, "name", None)
            if isinstance(uri, str):
                uris.append(uri)
            if isinstance(name, str) and name:
                uris.append(name)
    if isinstance(root_uri, str) and root_uri:
        uris.append(root_uri)
    return folder_names(uris)


def facts() -> MachineFacts:
    """The machine facts known so far (read from this machine on first use)."""
    global _facts
    with _lock:
        if _facts is None:
            _facts = MachineFacts.of_this_machine()
        return _facts


def learn(
    *, workspace_names: Iterable[str] = (), extension_paths: Iterable[str | None] = ()
) -> MachineFacts:
    """Add workspace folder names and extension folders the client told about."""
    global _facts
    current = facts()
    names = tuple(n for n in workspace_names if n)
    paths = tuple(p for p in extension_paths if p)
    if not names and not paths:
        return current
    with _lock:
        base = _facts or current
        _facts = MachineFacts(
            user_names=base.user_names,
            home_folders=base.home_folders,
            host_names=base.host_names,
            workspace_names=tuple(dict.fromkeys(base.workspace_names + names)),
            extension_paths=tuple(dict.fromkeys(base.extension_paths + paths)),
        )
        _scrubbers.clear()
        learnt = _facts
    from consentry.anonymize import catalog, identifiers

    catalog.forget_verdicts()
    identifiers.forget_verdicts()
    return learnt


def scrubber(free_text: str = "allow-list", words: Iterable[str] = ()) -> Scrubber:
    """The scrubber for a ``free_text`` mode (an unknown mode gets the strictest default)
    and a product's own public names (its profile's ``words``)."""
    from consentry.anonymize.scrub import DEFAULT_SCRUBBER, FREE_TEXT_MODES, FreeText

    mode: FreeText = "allow-list"
    for known in FREE_TEXT_MODES:
        if known == free_text:
            mode = known
    own = frozenset(w.lower() for w in words)
    known_facts = facts()
    with _lock:
        cached = _scrubbers.get((mode, own))
        if cached is None:
            cached = DEFAULT_SCRUBBER.with_context(free_text=mode, facts=known_facts, words=own)
            _scrubbers[(mode, own)] = cached
        return cached


def reset() -> None:
    """Forget what was learnt (tests and a server's restart in the same process)."""
    global _facts
    with _lock:
        _facts = None
        _scrubbers.clear()
