"""Each product's documented consent style, reproduced through the real server.

The profiles in `profiles/` are the ones products ship; the local endpoint shows what
left the machine.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from consentry.lsp import protocol
from consentry.pipeline import sampled
from consentry.sink import CaptureSink
from tests.conftest import Servers, error_event, event, suggestion

PROFILES = Path(__file__).resolve().parents[2] / "profiles"


def profile(name: str) -> str:
    return str(PROFILES / f"{name}.toml")


def write_config(home: Path, **values: Any) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.json").write_text(json.dumps(values))


async def test_continue_opt_in_checkbox_overrides_settings_page(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    home = tmp_path / "continue"
    session = await servers.started(home=home, sink=sink, profile=profile("continue"))
    assert (await session.status())["state"] == "undecided"  # off by default: opt in
    # The settings page ("Allow Anonymous Telemetry") turns it on.
    write_config(home, allowAnonymousTelemetry=True)
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("on", "config")
    # The VS Code checkbox overrides the settings page, both ways.
    await session.set_settings(enabled=False)
    assert (await session.status())["decidedBy"] == "setting"
    write_config(home, allowAnonymousTelemetry=False)
    await session.set_settings(enabled=True)
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("on", "setting")
    session.track(suggestion())
    await session.flush()
    assert len(sink.events) == 1


async def test_devscode_opt_out_via_config_json_or_checkbox(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    home = tmp_path / ".devscode"
    session = await servers.started(home=home, sink=sink, profile=profile("devscode"))
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("on", "profile")  # on by default
    session.track(suggestion())
    await session.flush()
    assert len(sink.events) == 1
    # Opting out by editing ~/.devscode/config.json takes effect on the next event.
    write_config(home, allowAnonymousTelemetry=False)
    session.track(suggestion())
    await session.flush()
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "config")
    assert len(sink.events) == 1
    # ... and so does unchecking "Telemetry Enabled".
    write_config(home, allowAnonymousTelemetry=True)
    await session.set_settings(enabled=False)
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "setting")


async def test_cline_prompt_on_install_and_update_allow_and_deny(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.started(sink=sink, profile=profile("cline"))
    assert session.initialize_result is not None
    experimental = session.initialize_result.capabilities.experimental
    assert isinstance(experimental, dict)
    announced = experimental["consentry"]
    assert (announced["product"], announced["prompt"]) == ("Cline", "install-and-update")
    session.track(suggestion())
    await session.flush()
    assert sink.requests == []  # nothing before the person answers
    await session.set_settings(enabled=True)  # Allow
    session.track(suggestion(), error_event())
    await session.flush()
    assert len(sink.events) == 2
    await session.set_settings(enabled=False)  # changed later in settings: Deny
    session.track(suggestion())
    await session.flush()
    assert len(sink.events) == 2


async def test_syncfusion_on_by_default_immediate_toggle_no_account_details(
    servers: Servers, tmp_path: Path
) -> None:
    with CaptureSink(port=0) as probe:
        down = probe.port
    session = await servers.started(
        host=f"http://127.0.0.1:{down}", profile=profile("syncfusion-code-studio")
    )
    assert (await session.status())["state"] == "on"
    first = [suggestion(), suggestion(login="dana", email="dana@example.com")]
    session.track(*first)
    assert (await session.status())["queued"] == 2
    await session.set_settings(enabled=False)  # the toggle takes effect immediately
    assert (await session.status())["queued"] == 0
    await session.set_settings(enabled=True)  # and can be reversed
    last = suggestion(login="dana", email="dana@example.com")
    session.track(last)
    with CaptureSink(port=down) as sink:
        await session.flush()
        [arrived] = sink.events
    assert "login" not in arrived["properties"] and "email" not in arrived["properties"]
    assert "dana" not in json.dumps(arrived)


def _seed(want: bool, rate: float) -> str:
    return next(s for s in (f"seed-{i}" for i in range(10_000)) if sampled(s, rate) is want)


async def test_llmcode_random_subset_permanent_disable_and_local_log(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    # Not in the sampled subset: never asked, nothing collected, stable across restarts.
    unsampled = tmp_path / "unsampled"
    write_config(unsampled, samplingSeed=_seed(False, 0.1))
    for _ in range(2):
        session = await servers.started(home=unsampled, sink=sink, profile=profile("llmcode"))
        status = await session.status()
        assert (status["state"], status["decidedBy"]) == ("off", "profile")
        await servers.stop(session)

    # In the subset: asked; "no" disables analytics permanently.
    home = tmp_path / "sampled"
    write_config(home, samplingSeed=_seed(True, 0.1))
    log_file = tmp_path / "analytics.jsonl"
    session = await servers.started(
        home=home, sink=sink, profile=profile("llmcode"), args=("--analytics-log", str(log_file))
    )
    assert (await session.status())["state"] == "undecided"
    status = await session.request(protocol.SET_CONSENT, {"granted": True})
    assert status["state"] == "on"
    session.track(event("model_command", model="gpt-4o", command="code", tokensGenerated=10))
    await session.flush()
    logged = [json.loads(line)["event"] for line in log_file.read_text().splitlines()]
    assert [e["uuid"] for e in logged] == [e["uuid"] for e in sink.events]

    status = await session.request(protocol.SET_CONSENT, {"granted": False})
    assert (status["state"], status["decidedBy"]) == ("off", "permanent")
    await session.set_settings(enabled=True)  # a later grant does not undo it
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "permanent")
    assert json.loads((home / "config.json").read_text())["permanentlyDisabled"] is True


async def test_bad_profile_sends_nothing_and_names_key_and_file(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('consent = "always"\n')
    session = await servers.started(sink=sink, enabled=True, profile=str(bad))
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "profile")
    assert "consent" in status["reason"] and "the profile file" in status["reason"]
    session.track(suggestion())
    await session.flush()
    assert sink.requests == []
    assert any("the profile file" in w for w in session.warnings())


async def test_bad_profile_is_named_neither_by_its_folders_nor_its_name(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    # The folders of a profile's path may hold the user's name, its own name a project's:
    # warnings and the consent reason say "the profile file".
    folder = tmp_path / "Users" / "margarethe.osterhagen" / "acme"
    folder.mkdir(parents=True)
    bad = folder / "bad.toml"
    bad.write_text('consent = "always"\n')
    session = await servers.started(sink=sink, enabled=True, profile=str(bad))
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("off", "profile")
    assert "the profile file" in status["reason"]
    assert "osterhagen" not in status["reason"] and "bad" not in status["reason"]
    assert session.warnings() and not any("osterhagen" in w for w in session.warnings())
