"""End to end: the real server over stdio, a real capture endpoint on 127.0.0.1."""

from __future__ import annotations

import json
import time
from pathlib import Path

from consentry.lsp import protocol
from consentry.sink import CaptureSink, Fault
from tests.conftest import Servers, error_event, event, suggestion


async def test_granted_event_arrives_anonymous(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.start(sink=sink, enabled=True)
    sent = suggestion(provider="openai", latencyMs=120)
    session.track(sent)
    assert (await session.flush())["queued"] == 0

    [arrived] = sink.events
    request = sink.requests[0]
    assert request.path == "/batch"
    assert request.headers.get("content-encoding") == "gzip"
    assert request.body["api_key"] == "phc_test_key"
    assert arrived["uuid"] == sent["id"]
    anonymous_id = (session.home / "anonymous_id").read_text().strip()
    assert arrived["distinct_id"] == anonymous_id
    props = arrived["properties"]
    assert props["$process_person_profile"] is False
    assert props["$geoip_disable"] is True
    assert "$ip" not in props and "$ip" not in arrived
    assert props["$os"] in ("Linux", "Mac OS X", "Windows", "Other")
    assert props["ide"] == "Visual Studio Code" and props["extension_version"] == "1.2.3"
    assert props["model"] == "gpt-4o" and props["latencyMs"] == 120


async def test_consent_off_means_no_request_at_all(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.start(sink=sink, enabled=False)
    session.track(suggestion(), error_event())
    await session.flush()
    status = await session.status()
    assert status["state"] == "off" and status["decidedBy"] == "setting"
    assert status["dropped"] == {"consent-off": 2}
    assert sink.requests == []
    assert not (session.home / "anonymous_id").exists()


async def test_undecided_stores_nothing(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.start(sink=sink, enabled=None)
    session.track(suggestion(), error_event())
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("undecided", "profile")
    assert status["queued"] == 0
    await servers.stop(session)
    assert sink.requests == []
    assert sorted(p.name for p in session.home.glob("*")) == []


async def test_do_not_track_wins_over_the_setting(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.start(sink=sink, enabled=True, env={"DO_NOT_TRACK": "1"})
    session.track(suggestion())
    await session.flush()
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "env")
    assert sink.requests == []


async def test_events_before_configuration_are_held_not_lost(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.start(sink=sink, enabled=True)
    # Sent immediately after initialized, before the configuration round trip completes.
    events = [suggestion(linesSuggested=i) for i in range(50)]
    session.track_batch(events)
    await session.flush()
    assert sorted(e["uuid"] for e in sink.events) == sorted(e["id"] for e in events)


async def test_state_changes_follow_settings_and_vscode(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.start(sink=sink, enabled=None)
    await session.status()  # the first configuration pull has completed
    await session.set_settings(enabled=True)
    await session.set_settings(level="error")
    session.client.protocol.notify(
        protocol.VSCODE_TELEMETRY, {"isTelemetryEnabled": False, "level": "off"}
    )
    await session.status()
    assert [s["state"] for s in session.states] == ["undecided", "on", "errors-only", "off"]
    assert session.states[-1]["decidedBy"] == "vscode"


async def test_errors_only_drops_queued_usage(servers: Servers, tmp_path: Path) -> None:
    # The endpoint is down (nothing listens on this port), so events stay queued.
    session = await servers.start(host="http://127.0.0.1:9", enabled=True)
    session.track(suggestion(), suggestion(), error_event())
    assert (await session.status())["queued"] == 3
    await session.set_settings(level="error")
    status = await session.status()
    assert status["state"] == "errors-only" and status["queued"] == 1


async def test_revoking_with_endpoint_down_delivers_nothing_later(
    servers: Servers, tmp_path: Path
) -> None:
    with CaptureSink() as probe:
        port = probe.port
    session = await servers.start(host=f"http://127.0.0.1:{port}", enabled=True)
    session.track(suggestion(), error_event())
    await session.flush()
    assert (await session.status())["queued"] == 2
    await session.set_settings(enabled=False)
    assert (await session.status())["queued"] == 0
    with CaptureSink(port) as revived:
        await session.flush()
        await servers.stop(session)
        assert revived.requests == []


async def test_unknown_event_warns_without_echoing_values(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.start(sink=sink, enabled=True)
    session.track(event("keystrokes", text="my secret code"))
    session.track(suggestion(model="/home/alice/secret-model"))
    await session.flush()
    status = await session.status()
    assert status["dropped"]["unknown-event"] == 1
    [arrived] = sink.events
    assert arrived["properties"]["model"] == "custom"  # a path is no model id
    warnings = " ".join(session.warnings())
    assert "<unknown>" in warnings and "suggestion_outcome" in warnings
    assert "secret" not in warnings and "alice" not in warnings


async def test_recent_events_show_what_was_sent_and_dropped(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.start(sink=sink, enabled=True)
    sent = suggestion()
    session.track(sent, event("nope", secret="value"))
    await session.flush()
    recent = await session.request(protocol.RECENT_EVENTS, {"limit": 10})
    assert recent[0]["status"] == "sent" and recent[0]["uuid"] == sent["id"]
    assert recent[1] == {"status": "dropped", "event": "<unknown>", "reason": "unknown-event"}


async def test_bad_request_params_get_invalid_params(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.start(sink=sink, enabled=True)
    try:
        await session.request(protocol.SET_CONSENT, {"granted": "yes"})
    except Exception as exc:
        assert "-32602" in repr(exc) or "granted" in str(exc)
    else:
        raise AssertionError("setConsent accepted a string")
    # The server keeps serving after the bad request.
    assert (await session.status())["state"] == "on"
    assert session.client.messages == []  # never a popup


async def test_set_consent_records_the_choice(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.start(sink=sink, enabled=None)
    status = await session.request(protocol.SET_CONSENT, {"granted": True})
    assert (status["state"], status["decidedBy"]) == ("on", "config")
    config = json.loads((session.home / "config.json").read_text())
    assert config["allowAnonymousTelemetry"] is True
    record = config["consentRecord"]
    assert (record["state"], record["decidedBy"], record["catalogVersion"]) == ("on", "config", 1)


async def test_log_only_without_api_key(servers: Servers, sink: CaptureSink) -> None:
    session = await servers.start(sink=sink, api_key=None, enabled=True)
    sent = suggestion()
    session.track(sent)
    result = await session.flush()
    status = await session.status()
    assert status["destination"] == "log-only" and result["queued"] == 0 and status["sent"] == 1
    assert sink.requests == []
    [line] = (session.home / "analytics.jsonl").read_text().splitlines()
    entry = json.loads(line)
    assert entry["destination"] == "log-only" and entry["event"]["uuid"] == sent["id"]


async def test_shutdown_with_a_stalled_endpoint_is_bounded(servers: Servers) -> None:
    # The endpoint reads each request and then never answers in time.
    with CaptureSink(faults=[Fault("stall", seconds=5.0)] * 4) as stalled:
        session = await servers.start(sink=stalled, enabled=True)
        session.track_batch([suggestion() for _ in range(200)])
        await session.status()
        started = time.monotonic()
        await servers.stop(session)
        assert time.monotonic() - started < 3.0


async def test_analytics_log_flag_writes_exactly_what_was_sent(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    log_file = tmp_path / "sent.jsonl"
    session = await servers.start(sink=sink, enabled=True, args=("--analytics-log", str(log_file)))
    session.track(suggestion(), error_event())
    await session.flush()
    logged = [json.loads(line)["event"] for line in log_file.read_text().splitlines()]
    assert sorted(logged, key=lambda e: e["uuid"]) == sorted(sink.events, key=lambda e: e["uuid"])


async def test_analytics_log_setting_moves_the_audit_log(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    session = await servers.started(sink=sink, enabled=True)
    target = tmp_path / "elsewhere.jsonl"
    session.client.set_configuration(str(target), section="consentry.telemetry.analyticsLog")
    await session.set_settings(enabled=True)
    session.track(suggestion())
    await session.flush()
    assert len(target.read_text().splitlines()) == 1
    assert not (session.home / "analytics.jsonl").exists()
