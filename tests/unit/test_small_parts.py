"""Audit log, rate-limited notices, the envelope and the sink."""

from __future__ import annotations

import gzip
import json
import urllib.request
from pathlib import Path

from consentry.anonymize.catalog import Accepted
from consentry.anonymize.envelope import Context, os_family, wrap
from consentry.delivery.audit import AuditLog, describe, read_entries
from consentry.lsp.notices import RateLimitedNotices
from consentry.sink import CaptureSink


def test_audit_log_appends_and_rotates(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "a.jsonl", max_bytes=300)
    for i in range(10):
        log.append([{"event": "e", "uuid": str(i), "properties": {"n": i}}], "posthog")
    entries = list(read_entries(tmp_path / "a.jsonl"))
    assert (tmp_path / "a.jsonl.1").exists()
    assert entries[-1]["event"]["uuid"] == "9"
    assert "posthog" in describe(entries[-1])
    log.delete()
    assert list(read_entries(tmp_path / "a.jsonl")) == []


def test_notices_are_rate_limited() -> None:
    now = [0.0]
    out: list[str] = []
    notices = RateLimitedNotices(out.append, limit=3, window=10, clock=lambda: now[0])
    for i in range(10):
        notices.warn(f"w{i}")
    assert out == ["w0", "w1", "w2"]
    now[0] = 11
    notices.warn("later")
    assert out[3:] == ["7 more warning(s) were suppressed", "later"]


def test_envelope_shape() -> None:
    event = Accepted("pageview", "usage", "id-1", "2026-01-01T00:00:00+00:00", {"page": "chat"})
    body = wrap(event, "anon", Context(session_id="s", ide_name="code", os="Linux"))
    assert body["distinct_id"] == "anon" and body["uuid"] == "id-1"
    assert body["properties"]["page"] == "chat"
    assert body["properties"]["$process_person_profile"] is False
    assert body["properties"]["$geoip_disable"] is True
    assert "$ip" not in body["properties"]
    assert os_family("win32") == "Windows" and os_family("darwin") == "Mac OS X"


def test_sink_accepts_gzip_and_plain(tmp_path: Path) -> None:
    with CaptureSink(out=tmp_path / "got.jsonl") as sink:
        batch = json.dumps({"api_key": "k", "batch": [{"event": "a"}]}).encode()
        req = urllib.request.Request(
            sink.url + "/batch/",
            data=gzip.compress(batch),
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )
        assert urllib.request.urlopen(req, timeout=5).status == 200
        single = json.dumps({"api_key": "k", "event": "b", "distinct_id": "d"}).encode()
        urllib.request.urlopen(
            urllib.request.Request(sink.url + "/i/v0/e/", data=single), timeout=5
        )
        assert [e["event"] for e in sink.events] == ["a", "b"]
    assert len((tmp_path / "got.jsonl").read_text().splitlines()) == 2
