"""The sender against a real capture endpoint on 127.0.0.1 with scripted faults."""

from __future__ import annotations

import json
import logging
import random
import time
from pathlib import Path
from typing import Any

import pytest

from consentry.delivery.audit import AuditLog, read_entries
from consentry.delivery.outbox import Outbox, Row
from consentry.delivery.sender import (
    BACKOFF_BASE,
    BACKOFF_CAP,
    POST_TIMEOUT,
    POST_TIMEOUT_ENV,
    Destination,
    Sender,
    backoff_delay,
    post_timeout,
)
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


def test_a_retried_batch_is_in_the_audit_log_once(tmp_path: Path) -> None:
    box = _filled(tmp_path, 10)
    rec = Recorder()
    faults = [Fault(status=503), Fault("reset"), Fault(status=500)]
    with CaptureSink(faults=faults) as sink:
        sender = _sender(box, tmp_path, sink.url, rec)
        for _ in range(4):  # three failed attempts, then the one that lands
            sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        sender.stop()
        attempts = len(sink.requests)
    assert attempts == 4 and box.count() == 0 and len(rec.sent) == 10
    entries = list(read_entries(tmp_path / "audit.jsonl"))
    assert sorted(e["event"]["uuid"] for e in entries) == sorted(f"id-{i}" for i in range(10))


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


def _drain(box: Outbox, sender: Sender, seconds: float) -> None:
    """Wait (bounded) for the sender thread to empty the outbox."""
    deadline = time.monotonic() + seconds
    while box.count() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_retry_after_holds_even_an_explicit_flush(tmp_path: Path) -> None:
    box = _filled(tmp_path, 5)
    rec = Recorder()
    with CaptureSink(faults=[Fault(status=429, retry_after=1.5)]) as sink:
        sender = _sender(box, tmp_path, sink.url, rec, allow=False)
        sender.allow(True)
        sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        # Flushing again at once must not post before the endpoint's Retry-After.
        again = sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        assert again.failed and len(sink.requests) == 1
        _drain(box, sender, 10)
        sender.stop()
        attempts = [r.at for r in sink.requests]
    assert box.count() == 0 and len(rec.sent) == 5
    assert attempts[1] - attempts[0] >= 1.5


@pytest.mark.parametrize(
    "fault",
    [
        pytest.param(Fault(status=408), id="408"),
        pytest.param(Fault(status=500), id="500"),
        pytest.param(Fault(status=502), id="502"),
        pytest.param(Fault("reset"), id="reset-after-body"),
        pytest.param(Fault("reset-mid-body"), id="reset-mid-body"),
        pytest.param(Fault("stall", seconds=1.5), id="timeout"),
    ],
)
def test_retryable_failures_keep_the_batch_and_retry(tmp_path: Path, fault: Fault) -> None:
    box = _filled(tmp_path, 7)
    rec = Recorder()
    with CaptureSink(faults=[fault]) as sink:
        audit = AuditLog(tmp_path / "audit.jsonl")
        sender = Sender(
            box, audit, Destination(sink.url, "k"), rec.on_sent, rec.on_dropped, timeout=0.5
        )
        sender.allow(True)
        for _ in range(5):  # the thread's attempt fails; an explicit flush skips the backoff
            if not box.count():
                break
            sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        sender.stop()
        statuses = [r.status for r in sink.requests]
        uuids = [e["uuid"] for e in sink.events]
    assert statuses[0] == (fault.status if fault.kind == "status" else 0)
    assert statuses[1:] == [200]
    assert sorted(uuids) == sorted(f"id-{i}" for i in range(7))  # once each
    assert rec.dropped == [] and box.count() == 0 and len(rec.sent) == 7


def test_a_stalled_endpoint_never_holds_a_flush_past_its_deadline(tmp_path: Path) -> None:
    box = _filled(tmp_path, 3)
    rec = Recorder()
    with CaptureSink(faults=[Fault("stall", seconds=3.0)]) as sink:
        audit = AuditLog(tmp_path / "audit.jsonl")
        sender = Sender(
            box, audit, Destination(sink.url, "k"), rec.on_sent, rec.on_dropped, timeout=30.0
        )
        sender.allow(True)  # the thread posts and is held by the stall
        deadline = time.monotonic() + 5
        while not sink.requests and time.monotonic() < deadline:
            time.sleep(0.02)
        started = time.monotonic()
        outcome = sender.deliver(started + 0.5, ignore_backoff=True)
        elapsed = time.monotonic() - started
        sender.stop(timeout=0.1)
    assert outcome.failed and outcome.sent == 0
    assert elapsed < 2.0  # the caller's deadline, not the stall nor the 30 s post timeout


def test_a_post_is_cut_to_the_deadline(tmp_path: Path) -> None:
    box = _filled(tmp_path, 3)
    rec = Recorder()
    with CaptureSink(faults=[Fault("stall", seconds=3.0)]) as sink:
        audit = AuditLog(tmp_path / "audit.jsonl")
        sender = Sender(
            box, audit, Destination(sink.url, "k"), rec.on_sent, rec.on_dropped, timeout=30.0
        )
        sender._allowed.set()  # open the gate without waking the thread: this call posts
        started = time.monotonic()
        outcome = sender.deliver(started + 0.5, ignore_backoff=True)
        elapsed = time.monotonic() - started
        sender.stop(timeout=0.1)
        assert len(sink.requests) == 1
    assert outcome.failed and box.count() == 3
    assert elapsed < 2.0


def test_one_log_line_while_the_endpoint_is_unreachable(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    box = _filled(tmp_path, 3)
    rec = Recorder()
    with CaptureSink() as probe:
        dead = probe.url  # nothing listens here once the probe is closed
    with caplog.at_level(logging.INFO, logger="consentry.delivery.sender"):
        sender = _sender(box, tmp_path, dead, rec, allow=False)
        sender.allow(True)
        for _ in range(5):
            assert sender.deliver(time.monotonic() + 5, ignore_backoff=True).failed
        warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(warnings) == 1 and "unreachable" in warnings[0]
        with CaptureSink(int(dead.rsplit(":", 1)[1])) as revived:
            assert sender.deliver(time.monotonic() + 5, ignore_backoff=True).sent == 3
            assert len(revived.events) == 3
        sender.stop()
    messages = [r.getMessage() for r in caplog.records]
    assert any("accepts events again" in m for m in messages)
    assert not any("id-" in m for m in messages)  # never the payload


def test_one_log_line_for_repeated_server_errors(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    box = _filled(tmp_path, 2)
    rec = Recorder()
    with (
        CaptureSink(faults=[Fault(status=503)] * 4) as sink,
        caplog.at_level(logging.WARNING, logger="consentry.delivery.sender"),
    ):
        sender = _sender(box, tmp_path, sink.url, rec, allow=False)
        sender.allow(True)
        for _ in range(4):
            sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        sender.stop()
    failing = [r for r in caplog.records if "503" in r.getMessage()]
    assert len(failing) == 1


def test_413_on_a_single_event_drops_it_as_too_large(tmp_path: Path) -> None:
    box = _filled(tmp_path, 1)
    rec = Recorder()
    with CaptureSink(faults=[Fault(status=413)]) as sink:
        sender = _sender(box, tmp_path, sink.url, rec, allow=False)
        sender.allow(True)
        sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        sender.stop()
    assert rec.dropped == [("too-large", "id-0")] and box.count() == 0


def test_leases_of_a_killed_process_are_sent_by_the_next_sender(tmp_path: Path) -> None:
    box = _filled(tmp_path, 4)
    box.lease(4, seconds=600)  # a process leased these and died before answering
    rec = Recorder()
    with CaptureSink() as sink:
        sender = _sender(box, tmp_path, sink.url, rec)
        sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        sender.stop()
        assert len(sink.events) == 4
    assert box.count() == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(None, POST_TIMEOUT, id="unset"),
        pytest.param("2.5", 2.5, id="seconds"),
        pytest.param("0", POST_TIMEOUT, id="zero"),
        pytest.param("-1", POST_TIMEOUT, id="negative"),
        pytest.param("nan", POST_TIMEOUT, id="nan"),
        pytest.param("soon", POST_TIMEOUT, id="words"),
        pytest.param("100000", POST_TIMEOUT, id="absurd"),
    ],
)
def test_post_timeout_from_the_environment(raw: str | None, expected: float) -> None:
    assert post_timeout({} if raw is None else {POST_TIMEOUT_ENV: raw}) == expected


def test_backoff_starts_at_a_second_doubles_and_is_capped() -> None:
    rng = random.Random(7)
    for failures in range(1, 40):
        ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (failures - 1))
        for _ in range(20):
            assert ceiling / 2 <= backoff_delay(failures, rng) <= ceiling
    assert backoff_delay(1, rng) <= 1.0
    assert backoff_delay(100, rng) >= BACKOFF_CAP / 2


class _AuditThatInterrupts(AuditLog):
    """An audit log that runs `during` while a batch is between lease and post."""

    def __init__(self, path: Path, during: list[object]) -> None:
        super().__init__(path)
        self.during = during

    def append(self, events: Any, destination: str, product: str = "default") -> None:
        super().append(events, destination, product)
        for action in self.during:
            assert callable(action)
            action()
        self.during = []


def test_consent_re_applied_mid_batch_does_not_strand_the_batch(tmp_path: Path) -> None:
    # The pipeline re-applies an unchanged "on" on every status request.
    box = _filled(tmp_path, 5)
    rec = Recorder()
    during: list[object] = []
    audit = _AuditThatInterrupts(tmp_path / "audit.jsonl", during)
    with CaptureSink() as sink:
        sender = Sender(box, audit, Destination(sink.url, "k"), rec.on_sent, rec.on_dropped)
        sender._allowed.set()
        during.append(lambda: sender.allow(True))
        sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        sender.stop()
        assert len(sink.events) == 5
    assert box.count() == 0


def test_a_batch_cut_short_by_a_consent_change_is_given_back(tmp_path: Path) -> None:
    # Errors only arrived mid-batch: the usage rows are purged, the rest must not
    # stay leased (it would wait out the lease before anyone could send it).
    box = _filled(tmp_path, 3, kind="error")
    rec = Recorder()
    during: list[object] = []
    audit = _AuditThatInterrupts(tmp_path / "audit.jsonl", during)
    with CaptureSink() as sink:
        sender = Sender(box, audit, Destination(sink.url, "k"), rec.on_sent, rec.on_dropped)
        sender._allowed.set()
        during.append(sender.invalidate)
        assert sender.deliver(time.monotonic() + 5, ignore_backoff=True).sent == 0
        assert sink.requests == []
        assert sender.deliver(time.monotonic() + 5, ignore_backoff=True).sent == 3
        sender.stop()
    assert box.count() == 0


def test_leases_a_full_disk_kept_are_given_back_at_the_next_attempt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consentry.delivery.outbox import OutboxError

    box = _filled(tmp_path, 5)
    rec = Recorder()
    real_mark, real_release = box.mark_audited, box.release

    def no_room(*_args: object) -> None:
        raise OutboxError("database or disk is full")

    with CaptureSink() as sink:
        sender = _sender(box, tmp_path, sink.url, rec)
        # The disk is full: the audit mark and the lease's release both fail.
        monkeypatch.setattr(box, "mark_audited", no_room)
        monkeypatch.setattr(box, "release", no_room)
        sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        assert sink.events == [] and box.count() == 5
        # Room again: the next attempt takes them at once, not after their 30 s lease.
        monkeypatch.setattr(box, "mark_audited", real_mark)
        monkeypatch.setattr(box, "release", real_release)
        sender.deliver(time.monotonic() + 5, ignore_backoff=True)
        sender.stop()
        uuids = sorted(e["uuid"] for e in sink.events)
    assert uuids == [f"id-{i}" for i in range(5)]
    assert box.count() == 0
