"""The dashboard's requests through the real server: catalog, history, purge."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from consentry.sink import CaptureSink
from tests.conftest import Servers, suggestion


async def test_catalog_describes_what_is_and_never_is_collected(servers: Servers) -> None:
    session = await servers.started()
    catalog = await session.request("consentry/catalog")
    names = [e["name"] for e in catalog["events"]]
    assert "suggestion_outcome" in names
    outcome = next(e for e in catalog["events"] if e["name"] == "suggestion_outcome")
    assert any(p["name"] == "outcome" and p["required"] for p in outcome["properties"])
    assert all(p["description"] for p in outcome["properties"])
    assert catalog["never"]
    assert any(item["name"] == "distinct_id" for item in catalog["context"])


async def test_history_counts_sent_and_dropped_per_day(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    session = await servers.started(sink=sink, enabled=True)
    session.track(suggestion(), suggestion(), {"event": "suggestion_outcome", "properties": {}})
    await session.flush()
    history = await session.request("consentry/history", {"days": 3})
    assert history["product"] == "default"
    assert history["setting"] == "consentry.telemetry.enabled"
    assert history["policy"] is None
    assert history["auditLog"].endswith(".jsonl")
    assert [d["date"] for d in history["days"]][-1] == date.today().isoformat()
    today = history["days"][-1]
    assert (today["sent"], today["dropped"]) == (2, 1)
    assert len(history["days"]) == 3


async def test_history_names_the_policy(servers: Servers, tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"telemetry": "errors-only", "by": "IT"}), encoding="utf-8")
    session = await servers.started(enabled=True, env={"CONSENTRY_POLICY_FILE": str(policy)})
    history = await session.request("consentry/history", {})
    assert history["policy"] == {"level": "errors-only", "by": "IT"}


async def test_history_refuses_bad_days(servers: Servers) -> None:
    session = await servers.started()
    for days in (0, 91, "7", True):
        try:
            await session.request("consentry/history", {"days": days})
        except Exception as exc:
            assert "days" in str(exc)
        else:
            raise AssertionError(f"days={days!r} was accepted")


async def test_purge_deletes_the_queue_audit_lines_id_and_counts(
    servers: Servers, tmp_path: Path
) -> None:
    # An endpoint that is down: events stay queued until the purge.
    session = await servers.started(host="http://127.0.0.1:9", enabled=True)
    session.track(suggestion(), suggestion())
    await session.flush()
    assert (await session.status())["queued"] == 2
    audit = Path((await session.request("consentry/history", {}))["auditLog"])
    assert audit.exists()
    id_file = session.home / "anonymous_id"
    old_id = id_file.read_text(encoding="utf-8")
    result = await session.request("consentry/purge", {})
    assert result == {"product": "default", "anonymousId": True, "auditLines": 2}
    status = await session.status()
    assert status["queued"] == 0
    assert status["state"] == "on", "a purge deletes data, it does not decide consent"
    assert audit.read_text(encoding="utf-8") == ""
    # A new random id may already exist (consent stands); the old one is gone.
    assert not id_file.exists() or id_file.read_text(encoding="utf-8") != old_id
    assert sum(d["sent"] for d in (await session.request("consentry/history", {}))["days"]) == 0
