"""The administrator's policy through the real server: it denies above every grant."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from consentry.lsp import protocol
from consentry.sink import CaptureSink
from tests.conftest import Servers, clean_env, error_event, suggestion


def write_policy(path: Path, policy: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(policy), encoding="utf-8")
    return path


async def test_a_policy_denies_every_product_whatever_the_settings_say(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    policy = write_policy(
        tmp_path / "etc" / "policy.json", {"telemetry": "off", "by": "Example Corp IT"}
    )
    env = {"CONSENTRY_POLICY_FILE": str(policy)}
    session = await servers.started(sink=sink, enabled=True, env=env)
    status = await session.status()
    assert status["state"] == "off"
    assert status["decidedBy"] == "policy"
    assert "Example Corp IT" in status["reason"]
    # No command turns it into a grant: the client's own consent request included.
    granted = await session.request(protocol.SET_CONSENT, {"granted": True})
    assert granted["state"] == "off"
    assert granted["decidedBy"] == "policy"
    await session.set_settings(enabled=True)
    session.track(suggestion(), error_event())
    await session.flush()
    status = await session.status()
    assert status["decidedBy"] == "policy"
    assert sink.requests == []
    assert status["queued"] == 0

    # `consentry status` names it too.
    result = subprocess.run(
        [sys.executable, "-m", "consentry", "status"],
        env=clean_env(session.home, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "policy" in result.stdout
    assert "Example Corp IT" in result.stdout


async def test_a_policy_denies_a_registered_product_too(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    policy = write_policy(tmp_path / "policy.json", {"products": {"acme.assistant": "off"}})
    profile = tmp_path / "acme.toml"
    profile.write_text(
        'id = "acme.assistant"\nsetting = "acme.telemetry.enabled"\nconsent = "opt-out"\n'
        f'posthog_host = "{sink.url}"\nposthog_api_key = "phc_acme"\n',
        encoding="utf-8",
    )
    session = await servers.started(
        sink=sink, enabled=True, env={"CONSENTRY_POLICY_FILE": str(policy)}
    )
    registered = await session.request("consentry/registerProduct", {"profile": str(profile)})
    assert (registered["state"], registered["decidedBy"]) == ("off", "policy")
    session.track({**suggestion(), "product": "acme.assistant"}, suggestion())
    await session.flush()
    status = await session.status()
    by_id = {p["product"]: p for p in status["products"]}
    assert by_id["acme.assistant"]["decidedBy"] == "policy"
    assert by_id["default"]["state"] == "on", "the policy names only acme.assistant"
    assert [e["properties"].get("extension_version") for e in sink.wait_for_events(1)] == ["1.2.3"]


async def test_errors_only_for_one_product_keeps_errors(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    policy = write_policy(tmp_path / "policy.json", {"products": {"default": "errors-only"}})
    session = await servers.started(
        sink=sink, enabled=True, env={"CONSENTRY_POLICY_FILE": str(policy)}
    )
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("errors-only", "policy")
    session.track(suggestion(), error_event())
    await session.flush()
    events = sink.wait_for_events(1)
    assert [e["event"] for e in events] == ["error"]


async def test_allowed_hosts_turn_off_a_product_sending_elsewhere(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    policy = write_policy(tmp_path / "policy.json", {"allowedHosts": ["posthog.example.com"]})
    session = await servers.started(
        sink=sink, enabled=True, env={"CONSENTRY_POLICY_FILE": str(policy)}
    )
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "policy")
    # The administrator lists the endpoint: the person's grant applies again.
    write_policy(policy, {"allowedHosts": ["127.0.0.1"]})
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("on", "setting")
    session.track(suggestion())
    await session.flush()
    assert len(sink.wait_for_events(1)) == 1


async def test_a_broken_policy_file_is_off_with_one_warning_naming_it(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{"telemetry": "of', encoding="utf-8")
    session = await servers.started(
        sink=sink, enabled=True, env={"CONSENTRY_POLICY_FILE": str(policy)}
    )
    for _ in range(3):
        status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "policy")
    assert str(policy) in status["reason"]
    session.track(suggestion())
    await session.flush()
    assert sink.requests == []
    naming = [w for w in session.warnings() if str(policy) in w]
    assert len(naming) == 1, session.warnings()


async def test_a_policy_written_while_running_applies_at_once_and_purges(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    policy = tmp_path / "policy.json"
    session = await servers.started(
        sink=sink, enabled=True, env={"CONSENTRY_POLICY_FILE": str(policy)}
    )
    assert (await session.status())["state"] == "on"
    write_policy(policy, {"telemetry": "off", "by": "IT"})
    session.track(suggestion())
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "policy")
    assert any(s.get("decidedBy") == "policy" for s in session.states)
    await session.flush()
    assert sink.events == []
