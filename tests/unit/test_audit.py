"""The audit log: rotation with one copy kept, `follow`, and `consentry log --follow`."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from consentry.delivery.audit import AuditLog, follow, read_entries, rotated
from tests.conftest import clean_env


def _event(n: int) -> dict[str, Any]:
    return {"event": "pageview", "uuid": f"u{n}", "properties": {"page": f"p{n}"}}


def test_rotation_keeps_exactly_one_older_file(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    log = AuditLog(path, max_bytes=1_000)
    for i in range(60):
        log.append([_event(i)], "posthog")
    siblings = sorted(p.name for p in tmp_path.iterdir())
    assert siblings == ["a.jsonl", "a.jsonl.1"]
    assert path.stat().st_size <= 1_000 and rotated(path).stat().st_size <= 1_000
    uuids = [e["event"]["uuid"] for e in read_entries(path)]
    # The newest events are all there, in order, without a gap; the oldest rotated out.
    assert uuids == [f"u{i}" for i in range(60 - len(uuids), 60)]


def test_entries_are_exactly_what_was_sent(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "a.jsonl")
    sent = [_event(1), {"event": "error", "uuid": "x", "properties": {"message": "é ✓ \n"}}]
    log.append(sent, "posthog")
    assert [e["event"] for e in read_entries(log.path)] == sent


class _Follower:
    """`follow` on a thread, so a test can wait for entries with a bound."""

    def __init__(self, path: Path) -> None:
        self.entries: queue.Queue[dict[str, Any]] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(path,), daemon=True)
        self._thread.start()

    def _run(self, path: Path) -> None:
        for entry in follow(path, poll=0.02, stop=self._stop.is_set):
            self.entries.put(entry)

    def take(self, n: int, timeout: float = 5.0) -> list[str]:
        deadline = time.monotonic() + timeout
        got: list[str] = []
        while len(got) < n:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                got.append(self.entries.get(timeout=remaining)["event"]["uuid"])
            except queue.Empty:
                break
        return got

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)


def test_follow_waits_for_the_file_and_survives_rotation(tmp_path: Path) -> None:
    path = tmp_path / "late" / "a.jsonl"
    follower = _Follower(path)
    try:
        log = AuditLog(path, max_bytes=600)
        log.append([_event(0), _event(1)], "posthog")
        assert follower.take(2) == ["u0", "u1"]
        for i in range(2, 14):  # several rotations
            log.append([_event(i)], "posthog")
            time.sleep(0.01)
        assert follower.take(12) == [f"u{i}" for i in range(2, 14)]
    finally:
        follower.close()


def test_follow_yields_a_line_only_once_it_is_complete(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    line = json.dumps({"destination": "posthog", "event": _event(7)}) + "\n"
    path.write_text(line[:20])
    follower = _Follower(path)
    try:
        assert follower.take(1, timeout=0.3) == []
        with path.open("a") as handle:
            handle.write(line[20:])
        assert follower.take(1) == ["u7"]
    finally:
        follower.close()


def _read_lines(stream: IO[str], out: queue.Queue[str]) -> None:
    for line in stream:
        out.put(line)


def test_consentry_log_follow_prints_new_entries(tmp_path: Path) -> None:
    home = tmp_path / "h"
    log = AuditLog(home / "analytics.jsonl")
    log.append([_event(1)], "posthog")
    process = subprocess.Popen(
        [sys.executable, "-m", "consentry", "log", "--follow", "--json"],
        env=clean_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True).start()
    try:
        first = json.loads(lines.get(timeout=30))
        assert first["event"]["uuid"] == "u1"
        log.append([_event(2), _event(3)], "posthog")
        later = [json.loads(lines.get(timeout=10))["event"]["uuid"] for _ in range(2)]
        assert later == ["u2", "u3"]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_torn_last_line_is_not_glued_to_the_next(tmp_path: Path) -> None:
    # A process killed mid-write leaves half a line; the next entry starts a line of its own.
    path = tmp_path / "analytics.jsonl"
    path.write_text('{"destination":"posthog","event":{"uu', encoding="utf-8")
    AuditLog(path).append([{"uuid": "u1"}], "posthog")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["event"] == {"uuid": "u1"}
