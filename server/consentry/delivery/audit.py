"""The audit log: a JSONL file of every event exactly as it leaves the machine.

An event is appended here before it is posted, so the log never misses something
that was sent. With no API key (destination `log-only`) this file is the whole
output. The file is rotated to `<name>.1` when it grows past a size limit. Every line
names the product the event belongs to; one file serves every product of a server,
and the senders of several products append to it from their own threads (a lock keeps
their lines whole).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Final, TextIO

DEFAULT_MAX_BYTES: Final = 10 * 1024 * 1024


class AuditLog:
    """Append-only JSONL of sent events, one object a line."""

    def __init__(self, path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self._lock = threading.Lock()

    def append(
        self, events: Iterable[dict[str, Any]], destination: str, product: str = "default"
    ) -> None:
        """Append events as they will be sent; raises OSError if the disk refuses."""
        lines = "".join(
            json.dumps(
                {"destination": destination, "product": product, "event": e},
                separators=(",", ":"),
            )
            + "\n"
            for e in events
        )
        if not lines:
            return
        with self._lock:
            path = self.path
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._rotate_if_full(path, len(lines))
            if _ends_mid_line(path):
                # A process killed while writing left half a line: the next line must
                # not be glued to it, or a whole readable entry would be lost with it.
                lines = "\n" + lines
            with path.open("a", encoding="utf-8") as handle:
                handle.write(lines)
                handle.flush()
                os.fsync(handle.fileno())

    def _rotate_if_full(self, path: Path, incoming: int) -> None:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return
        if size + incoming > self.max_bytes:
            os.replace(path, rotated(path))  # one rotated copy is kept

    def remove_product(self, product: str) -> int:
        """Delete one product's lines (in the log and its rotated copy); how many went.

        Under the append lock, so no line of another product is lost; a line without a
        product is the default product's (older logs).
        """
        removed = 0
        with self._lock:
            for candidate in (self.path, rotated(self.path)):
                try:
                    lines = candidate.read_text(encoding="utf-8").splitlines(keepends=True)
                except FileNotFoundError:
                    continue
                kept = []
                for line in lines:
                    entry = _parse(line)
                    owner = entry.get("product", "default") if entry is not None else None
                    if owner == product:
                        removed += 1
                    else:
                        kept.append(line)
                if len(kept) != len(lines):
                    temporary = candidate.with_name(candidate.name + ".tmp")
                    temporary.write_text("".join(kept), encoding="utf-8")
                    os.replace(temporary, candidate)
        return removed

    def delete(self) -> None:
        """Remove the log and its rotated copy."""
        for candidate in (self.path, rotated(self.path)):
            candidate.unlink(missing_ok=True)


def rotated(path: Path) -> Path:
    """The rotated copy of an audit log (`<name>.1`)."""
    return path.with_name(path.name + ".1")


def _ends_mid_line(path: Path) -> bool:
    """True when the file's last character is not a line break (a torn last line)."""
    try:
        with path.open("rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) != b"\n"
    except OSError:  # missing, or empty: seeking before the start fails
        return False


def _parse(line: str) -> dict[str, Any] | None:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError:
        return None
    return entry if isinstance(entry, dict) else None


def _file_entries(path: Path) -> Iterator[dict[str, Any]]:
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        return
    with handle:
        for line in handle:
            entry = _parse(line)
            if entry is not None:
                yield entry


def read_entries(path: Path) -> Iterator[dict[str, Any]]:
    """The entries of an audit log, oldest first, skipping lines that do not parse."""
    yield from _file_entries(rotated(path))
    yield from _file_entries(path)


def follow(
    path: Path, *, poll: float = 0.5, stop: Callable[[], bool] | None = None
) -> Iterator[dict[str, Any]]:
    """Every entry (the rotated copy's first), then each new one as it is appended.

    Waits for a log that does not exist yet, follows it across rotation (finishes
    the old file, then reads the new one from its start), and yields a line only
    once it is complete. Runs until `stop()` is true (forever when None).
    """
    yield from _file_entries(rotated(path))
    handle: TextIO | None = None
    inode = -1
    partial = ""
    try:
        while stop is None or not stop():
            if handle is None:
                try:
                    handle = path.open(encoding="utf-8")
                except FileNotFoundError:
                    time.sleep(poll)
                    continue
                inode, partial = os.fstat(handle.fileno()).st_ino, ""
            line = handle.readline()
            if line:
                partial += line
                if partial.endswith("\n"):
                    entry, partial = _parse(partial), ""
                    if entry is not None:
                        yield entry
                continue
            try:
                replaced = path.stat().st_ino != inode
            except FileNotFoundError:
                replaced = True
            if replaced:  # rotated: the old file is read to its end, go on with the new one
                handle.close()
                handle = None
                # Rotated twice since the last look: the copy in between holds entries too.
                with contextlib.suppress(OSError):
                    if rotated(path).stat().st_ino != inode:
                        yield from _file_entries(rotated(path))
                continue
            time.sleep(poll)
    finally:
        if handle is not None:
            handle.close()


def describe(entry: dict[str, Any]) -> str:
    """One readable line for an audit entry."""
    event = entry.get("event", {})
    if not isinstance(event, dict):
        return json.dumps(entry)
    props = event.get("properties", {})
    shown = (
        {k: v for k, v in props.items() if not k.startswith("$")} if isinstance(props, dict) else {}
    )
    return (
        f"{event.get('timestamp', '?')}  {entry.get('product', 'default')}  "
        f"{entry.get('destination', '?'):8}  "
        f"{event.get('event', '?'):20} {json.dumps(shown, sort_keys=True)}"
    )
