"""What holds between products (PROTOCOL.md, "Version 2: products"), through the real server.

Two products share one server: the default product (version 1's, its destination from
the environment) and "acme.assistant", registered with `consentry/registerProduct` and
sending to a second capture endpoint on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams

from consentry.lsp import protocol
from consentry.sink import CaptureSink, Fault
from tests.conftest import Servers, Session, clean_env, error_event, suggestion

ACME = "acme.assistant"
ACME_SETTING = "acme.telemetry.enabled"


def acme_profile(tmp_path: Path, host: str, **extra: str) -> Path:
    """A second product's profile: its own id, setting and destination."""
    lines = {
        "id": ACME,
        "setting": ACME_SETTING,
        "product": "Acme Assistant",
        "consent": "opt-in",
        "posthog_host": host,
        "posthog_api_key": "phc_acme_key",
        "privacy_url": "https://acme.example/privacy",
        **extra,
    }
    path = tmp_path / "acme.toml"
    path.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in lines.items()))
    return path


async def register(
    session: Session, profile: Path, version: str = "9.9.9", enabled: bool | None = True
) -> dict[str, Any]:
    """Register the second product with its setting as given."""
    session.client.set_configuration(enabled, section=ACME_SETTING)
    return dict(
        await session.request(
            protocol.REGISTER_PRODUCT, {"profile": str(profile), "extensionVersion": version}
        )
    )


def acme(event: dict[str, Any]) -> dict[str, Any]:
    """The event, sent for the second product."""
    return {**event, "product": ACME}


def by_product(status: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The `products` lines of a status, by product id."""
    return {line["product"]: line for line in status["products"]}


async def test_each_event_reaches_only_its_own_endpoint_with_its_own_id_and_version(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with CaptureSink() as other:
        session = await servers.started(sink=sink, enabled=True)
        answer = await register(session, acme_profile(tmp_path, other.url))
        assert answer == {
            "product": ACME,
            "state": "on",
            "decidedBy": "setting",
            "reason": answer["reason"],
            "prompt": "install-and-update",
            "privacyUrl": "https://acme.example/privacy",
            "destination": "posthog",
        }
        mine = [suggestion(), error_event()]
        theirs = [acme(suggestion(model="acme-1")), acme(error_event(errorType="AcmeError"))]
        session.track(mine[0], theirs[0])
        session.track_batch([mine[1], theirs[1]])
        assert (await session.flush())["queued"] == 0
        status = await session.status()

    assert {e["uuid"] for e in sink.events} == {e["id"] for e in mine}
    assert {e["uuid"] for e in other.events} == {e["id"] for e in theirs}
    assert {r.body["api_key"] for r in sink.requests} == {"phc_test_key"}
    assert {r.body["api_key"] for r in other.requests} == {"phc_acme_key"}
    # Separate random UUID4 ids, one file each; separate sessions; each its own version.
    home = session.home
    default_id = (home / "anonymous_id").read_text().strip()
    acme_id = (home / "products" / ACME / "anonymous_id").read_text().strip()
    assert default_id != acme_id
    assert uuid.UUID(default_id).version == uuid.UUID(acme_id).version == 4
    assert {e["distinct_id"] for e in sink.events} == {default_id}
    assert {e["distinct_id"] for e in other.events} == {acme_id}
    sessions = {e["properties"]["$session_id"] for e in sink.events}
    assert len(sessions) == 1 and sessions.isdisjoint(
        e["properties"]["$session_id"] for e in other.events
    )
    assert {e["properties"]["extension_version"] for e in sink.events} == {"1.2.3"}
    assert {e["properties"]["extension_version"] for e in other.events} == {"9.9.9"}
    lines = by_product(status)
    assert (lines["default"]["sent"], lines[ACME]["sent"]) == (2, 2)
    # The audit log names each event's product.
    audit = [json.loads(x) for x in (home / "analytics.jsonl").read_text().splitlines()]
    assert {(a["product"], a["event"]["uuid"]) for a in audit} == {
        *(("default", e["id"]) for e in mine),
        *((ACME, e["id"]) for e in theirs),
    }


async def test_revoking_one_product_purges_only_its_queue(servers: Servers, tmp_path: Path) -> None:
    # Both endpoints fail, so every event stays queued until consent changes.
    failing = [Fault(status=503)] * 100
    with CaptureSink(faults=failing) as first, CaptureSink(faults=failing) as second:
        session = await servers.started(sink=first, enabled=True)
        await register(session, acme_profile(tmp_path, second.url))
        session.track(*[suggestion() for _ in range(3)], *[acme(suggestion()) for _ in range(4)])
        status = await session.status()
        assert (by_product(status)["default"]["queued"], by_product(status)[ACME]["queued"]) == (
            3,
            4,
        )
        revoked = await session.request(protocol.SET_CONSENT, {"granted": False, "product": ACME})
        assert (revoked["state"], revoked["decidedBy"]) == ("off", "config")
        after = by_product(await session.status())
        recent = await session.request(protocol.RECENT_EVENTS, {"product": ACME})
    assert (after["default"]["state"], after["default"]["queued"]) == ("on", 3)
    assert (after[ACME]["state"], after[ACME]["queued"]) == ("off", 0)
    assert {e["status"] for e in recent} == {"dropped"}
    assert {e["reason"] for e in recent} == {"consent-revoked"}
    record = json.loads((session.home / "products" / ACME / "config.json").read_text())
    assert record["allowAnonymousTelemetry"] is False
    assert json.loads((session.home / "config.json").read_text()).get(
        "allowAnonymousTelemetry"
    ) in (None, True)


async def test_vscode_off_denies_every_product(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with CaptureSink() as other:
        session = await servers.started(sink=sink, enabled=True)
        await register(session, acme_profile(tmp_path, other.url))
        session.client.protocol.notify(
            protocol.VSCODE_TELEMETRY, {"isTelemetryEnabled": False, "level": "off"}
        )
        session.track(suggestion(), error_event(), acme(suggestion()), acme(error_event()))
        await session.flush()
        lines = by_product(await session.status())
    assert {(line["state"], line["decidedBy"]) for line in lines.values()} == {("off", "vscode")}
    assert sink.requests == [] and other.requests == []
    told = {s["product"]: s["state"] for s in session.states}
    assert told == {"default": "off", ACME: "off"}


async def test_each_product_follows_its_own_setting(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with CaptureSink() as other:
        session = await servers.started(sink=sink, enabled=True)
        await register(session, acme_profile(tmp_path, other.url), enabled=None)
        lines = by_product(await session.status())
        assert (lines[ACME]["state"], lines[ACME]["decidedBy"]) == ("undecided", "profile")
        session.client.set_configuration(True, section=ACME_SETTING)
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=None)
        )
        assert by_product(await session.status())[ACME]["state"] == "on"
        session.client.set_configuration(False, section=ACME_SETTING)
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=None)
        )
        lines = by_product(await session.status())
    assert (lines[ACME]["state"], lines[ACME]["decidedBy"]) == ("off", "setting")
    assert (lines["default"]["state"], lines["default"]["decidedBy"]) == ("on", "setting")


async def test_an_unregistered_product_is_dropped_and_counted(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.started(sink=sink, enabled=True)
    session.track({**suggestion(), "product": "never.registered"}, suggestion())
    session.track_batch([{**error_event(), "product": "never.registered"}])
    await session.flush()
    status = await session.status()
    assert status["dropped"] == {"unknown-product": 2}
    assert [p["product"] for p in status["products"]] == ["default"]
    assert len(sink.events) == 1
    with pytest.raises(JsonRpcInvalidParams):
        await session.request(protocol.STATUS, {"product": "never.registered"})


@pytest.mark.parametrize(
    ("content", "key"),
    [
        pytest.param('id = "../escape"\n', "id", id="bad-id"),
        pytest.param('id = "acme.x"\nconsent = "maybe"\n', "consent", id="bad-consent"),
        pytest.param('id = "acme.x"\nsetting = "no spaces allowed"\n', "setting", id="bad-setting"),
        pytest.param('id = "acme.x"\ncolour = "red"\n', "colour", id="unknown-key"),
    ],
)
async def test_a_bad_profile_is_refused_naming_the_key_and_nothing_is_registered(
    servers: Servers, sink: CaptureSink, tmp_path: Path, content: str, key: str
) -> None:
    session = await servers.started(sink=sink, enabled=True)
    profile = tmp_path / "bad.toml"
    profile.write_text(content)
    with pytest.raises(JsonRpcInvalidParams) as refused:
        await session.request(protocol.REGISTER_PRODUCT, {"profile": str(profile)})
    # "the profile file": its folders may hold the user's name, its name a project's.
    assert "the profile file" in str(refused.value) and repr(key) in str(refused.value)
    assert str(tmp_path) not in str(refused.value) and "bad" not in str(refused.value)
    with pytest.raises(JsonRpcInvalidParams):
        await session.request(protocol.REGISTER_PRODUCT, {"profile": "relative.toml"})
    status = await session.status()
    assert [p["product"] for p in status["products"]] == ["default"]
    assert not (tmp_path / "home" / "products").exists()


async def test_one_products_failing_endpoint_leaves_the_other_delivering(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with CaptureSink(faults=[Fault(status=503)] * 100) as failing:
        session = await servers.started(sink=sink, enabled=True)
        await register(session, acme_profile(tmp_path, failing.url))
        session.track(acme(suggestion()), suggestion(), acme(suggestion()), suggestion())
        result = await session.flush()
        lines = by_product(await session.status())
    assert len(sink.events) == 2
    assert result["queued"] == 2 and lines[ACME]["queued"] == 2
    assert (lines["default"]["queued"], lines["default"]["sent"]) == (0, 2)


async def test_registering_again_updates_version_and_destination(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with CaptureSink() as old, CaptureSink() as new:
        session = await servers.started(sink=sink, enabled=True)
        await register(session, acme_profile(tmp_path, old.url), version="1.0.0")
        session.track(acme(suggestion()))
        await session.flush()
        await register(session, acme_profile(tmp_path, new.url), version="2.0.0")
        session.track(acme(suggestion()))
        await session.flush()
        status = await session.status()
    assert [e["properties"]["extension_version"] for e in old.events] == ["1.0.0"]
    assert [e["properties"]["extension_version"] for e in new.events] == ["2.0.0"]
    assert old.events[0]["distinct_id"] == new.events[0]["distinct_id"]
    assert [p["product"] for p in status["products"]] == ["default", ACME]


async def test_the_global_switch_denies_every_product(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with CaptureSink() as other:
        session = await servers.started(sink=sink, enabled=True)
        await register(session, acme_profile(tmp_path, other.url))
        subprocess.run(
            [sys.executable, "-m", "consentry", "disable"],
            env=clean_env(session.home),
            check=True,
            capture_output=True,
            timeout=60,
        )
        session.track(suggestion(), acme(suggestion()))
        await session.flush()
        lines = by_product(await session.status())
    assert {(line["state"], line["decidedBy"]) for line in lines.values()} == {("off", "config")}
    assert "every product" in lines[ACME]["reason"]
    assert sink.requests == [] and other.requests == []


async def test_one_products_full_share_evicts_only_its_own_events(
    servers: Servers, tmp_path: Path
) -> None:
    failing = [Fault(status=503)] * 100
    with CaptureSink(faults=failing) as first, CaptureSink(faults=failing) as second:
        session = await servers.started(sink=first, enabled=True)
        profile = acme_profile(tmp_path, second.url)
        profile.write_text(profile.read_text() + "outbox_max_events = 5\n")
        await register(session, profile)
        session.track(*[suggestion() for _ in range(4)])
        session.track_batch([acme(suggestion()) for _ in range(30)])
        lines = by_product(await session.status())
    assert (lines["default"]["queued"], lines["default"]["dropped"]) == (4, {})
    assert lines[ACME]["queued"] == 5
    assert lines[ACME]["dropped"] == {"outbox-full": 25}


async def test_reset_id_and_recent_events_are_per_product(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with CaptureSink() as other:
        session = await servers.started(sink=sink, enabled=True)
        await register(session, acme_profile(tmp_path, other.url))
        session.track(suggestion(), acme(suggestion()), acme(error_event()))
        await session.flush()
        mine = await session.request(protocol.RECENT_EVENTS, {})
        theirs = await session.request(protocol.RECENT_EVENTS, {"product": ACME, "limit": 10})
        acme_id = session.home / "products" / ACME / "anonymous_id"
        assert acme_id.exists()
        reset = await session.request(protocol.RESET_ID, {"product": ACME})
        flushed = await session.request(protocol.FLUSH, {"product": ACME})
    assert [e["event"] for e in mine] == ["suggestion_outcome"]
    assert [e["event"] for e in theirs] == ["suggestion_outcome", "error"]
    assert {e["status"] for e in theirs} == {"sent"}
    assert reset == {"deleted": True} and flushed == {"sent": 0, "queued": 0}
    assert not acme_id.exists() and (session.home / "anonymous_id").exists()


async def test_what_a_product_queued_survives_its_registration_in_the_next_session(
    servers: Servers, tmp_path: Path
) -> None:
    with CaptureSink(faults=[Fault(status=503)] * 100) as failing, CaptureSink() as working:
        first = await servers.started(sink=failing, enabled=True)
        await register(first, acme_profile(tmp_path, failing.url))
        first.track(acme(suggestion()), acme(suggestion()))
        assert by_product(await first.status())[ACME]["queued"] == 2
        await servers.stop(first)
        # Registered again before its setting is known: nothing may be purged on that.
        second = await servers.started(sink=working, enabled=True)
        await register(second, acme_profile(tmp_path, working.url))
        for _ in range(20):
            if (await second.flush())["queued"] == 0:
                break
        assert len(working.events) == 2
