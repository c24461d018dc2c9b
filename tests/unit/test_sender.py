"""The sender against a real capture endpoint on 127.0.0.1 with scripted faults."""

from __future__ import annotations

import json
import time
from pathlib import Path

from consentry.audit import AuditLog, read_entries
from consentry.outbox import Outbox, Row
from consentry.sender import Destination, Sender
from consentry.sink import CaptureSink, Fault


def _filled(tmp_path: Path, n: int, kind: str = "usage") -> Outbox:
    box = Outbox(tmp_path / "o.db")
    box.put([Row(f"id-{i}", kind, json.dumps({"event": "e", "uuid": f"id-{i}"})) for i in range(n)])
    return box


class Recorder:
    def __init__(self) -> None:
        self.sent: list[str] = []
        self.dropped: list[tuple[str, str]] = []

    def on_sent(self, ids: list[str]) -> None:
        self.sent += ids

    def on_dropped(self, reason: str, ids: list[str]) -> None:
        self.dropped += [(reason, i) for i in ids]


def _sender(
    box: Outbox, tmp_path: Path, host: str, rec: Recorder, key: str = "k", *, allow: bool = True
) -> Sender:
    audit = AuditLog(tmp_path / "audit.jsonl")
    sender = Sender(box, audit, Destination(host, key), rec.on_sent, rec.on_dropped)
    sender.allow(allow)
    return sender


def test_delivers_everything_once(tmp_path: Path) -> None:
    box = _filled(tmp_path, 250)
    rec = Recorder()
    with CaptureSink() as sink:
        sender = _sender(box, tmp_path, sink.url, rec)
        sender.deliver(time.monotonic() + 10, ignore_backoff=True)
        sender.stop()
        uuids = [e["uuid"] for e in sink.events]
    assert sorted(uuids) == sorted(f"id-{i}" for i in range(250))
    assert box.count() == 0
    assert len(list(read_entries(tmp_path / "audit.jsonl"))) == 250


def test_retry_after_is_honoured_and_nothing_is_lost(tmp_path: Path) -> None:
    box = _filled(tmp_path, 10)
    rec = Recorder()
    with CaptureSink(faults=[Fault(status=429, retry_after=1.0), Fault(status=503)]) as sink:
        sender = _sender(box, tmp_path, sink.url, rec)
        deadline = time.monotonic() + 15
        while box.count() and time.monotonic() < deadline:
            time.sleep(0.05)
        sender.stop()
        attempts = [r.at for r in sink.requests]
    assert box.count() == 0 and len(rec.sent) == 10
    assert attempts[1] - attempts[0] >= 1.0  # waited at least Retry-After


def test_413_halves_the_batch(tmp_path: Path) -> None:
    box = _filled(tmp_path, 100)
    rec = Recorder()
    with CaptureSink(faults=[Fault(status=413)]) as sink:
        sender = _sender(box, tmp_path, sink.url, rec)
        sender.deliver(time.monotonic() + 10, ignore_backoff=True)
        sender.stop()
        sizes = [len(r.events) for r in sink.requests]
    assert sizes[0] == 100 and sizes[1] == 50
    assert box.count() == 0


def test_other_4xx_drops_and_counts(tmp_path: Path) -> None:
    box = _filled(tmp_path, 3)
    rec = Recorder()
    with CaptureSink(faults=[Fault(status=400)]) as sink:
        sender = _sender(box, tmp_path, sink.url, rec)
        sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        sender.stop()
    assert [r for r, _ in rec.dropped] == ["http-400"] * 3
    assert box.count() == 0


def test_closed_gate_sends_nothing(tmp_path: Path) -> None:
    box = _filled(tmp_path, 3)
    rec = Recorder()
    with CaptureSink() as sink:
        sender = _sender(box, tmp_path, sink.url, rec, allow=False)
        sender.wake()
        sender.deliver(time.monotonic() + 2, ignore_backoff=True)
        sender.stop()
        assert sink.requests == []
    assert box.count() == 3 and rec.sent == []


def test_log_only_writes_the_audit_log_and_posts_nothing(tmp_path: Path) -> None:
    box = _filled(tmp_path, 4)
    rec = Recorder()
    with CaptureSink() as sink:
        sender = _sender(box, tmp_path, sink.url, rec, key="")
        sender.deliver(time.monotonic() + 2, ignore_backoff=True)
        sender.stop()
        assert sink.requests == []
    entries = list(read_entries(tmp_path / "audit.jsonl"))
    assert [e["destination"] for e in entries] == ["log-only"] * 4
    assert box.count() == 0
