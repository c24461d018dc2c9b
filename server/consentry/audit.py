"""The audit log: a JSONL file of every event exactly as it leaves the machine.

An event is appended here before it is posted, so the log never misses something
that was sent. With no API key (destination `log-only`) this file is the whole
output. The file is rotated to `<name>.1` when it grows past a size limit.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final

DEFAULT_MAX_BYTES: Final = 10 * 1024 * 1024


class AuditLog:
    """Append-only JSONL of sent events, one object a line."""

    def __init__(self, path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.path = path
        self.max_bytes = max_bytes

    def append(self, events: Iterable[dict[str, Any]], destination: str) -> None:
        """Append events as they will be sent; raises OSError if the disk refuses."""
        lines = "".join(
            json.dumps({"destination": destination, "event": e}, separators=(",", ":")) + "\n"
            for e in events
        )
        if not lines:
            return
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._rotate_if_full(len(lines))
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(lines)
            handle.flush()
            os.fsync(handle.fileno())

    def _rotate_if_full(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size + incoming > self.max_bytes:
            os.replace(self.path, self.path.with_name(self.path.name + ".1"))

    def delete(self) -> None:
        """Remove the log and its rotated copy."""
        for candidate in (self.path, self.path.with_name(self.path.name + ".1")):
            candidate.unlink(missing_ok=True)


def read_entries(path: Path) -> Iterator[dict[str, Any]]:
    """The entries of an audit log, oldest first, skipping lines that do not parse."""
    for candidate in (path.with_name(path.name + ".1"), path):
        try:
            handle = candidate.open(encoding="utf-8")
        except FileNotFoundError:
            continue
        with handle:
            for line in handle:
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(entry, dict):
                    yield entry


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
        f"{event.get('timestamp', '?')}  {entry.get('destination', '?'):8}  "
        f"{event.get('event', '?'):20} {json.dumps(shown, sort_keys=True)}"
    )
