"""The command line and the server decide alike on the same files.

For several shipped profiles and the rows of the consent table a terminal can see
(environment, config.json as people leave it, the permanent flag, the sampling seed,
the global switch), `consentry status --json` and a real server's `consentry/status`
must name the same state and the same deciding source. The editor's own sources are
left unset, as a terminal cannot see them.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from consentry.consent.profile import load_profile
from consentry.consent.state import sampled
from consentry.lsp import protocol
from tests.conftest import Servers, clean_env

ROOT = Path(__file__).resolve().parents[2]
PROFILES = ["llmcode", "continue", "devscode", "syncfusion-code-studio", "acme-assistant"]


def _seed(rate: float, inside: bool) -> str:
    return next(s for s in (f"seed-{i}" for i in range(100_000)) if sampled(s, rate) is inside)


ROWS: dict[str, Any] = {
    "fresh": {},
    "outside-sample": {"config": {"__seed__": False}},
    "inside-sample": {"config": {"__seed__": True}},
    "allowed": {"config": {"allowAnonymousTelemetry": True}},
    "refused": {"config": {"allowAnonymousTelemetry": False}},
    "broken": {"raw": b"{not json"},
    "utf8-bom-allowed": {"raw": b'\xef\xbb\xbf{"allowAnonymousTelemetry": true}'},
    "permanent": {"config": {"permanentlyDisabled": True, "allowAnonymousTelemetry": True}},
    "global-switch": {"config": {"disableAllProducts": True, "allowAnonymousTelemetry": True}},
    "do-not-track": {"config": {"allowAnonymousTelemetry": True}, "env": {"DO_NOT_TRACK": "1"}},
}


def _cases() -> list[Any]:
    # Every row for the two profiles with the most rules of their own (sampling with a
    # permanent decline; the checkbox overriding config.json), a seeded sample for the rest.
    rng = random.Random(20261201)
    cases = []
    for name in PROFILES:
        rate = load_profile(ROOT / "profiles" / f"{name}.toml", {}).sample_rate
        # Every installation is inside a sample of 1.0: no seed can be outside it.
        usable = [r for r in ROWS if rate < 1.0 or not r.endswith("-sample")]
        rows = usable if name in ("llmcode", "continue") else rng.sample(usable, 4)
        cases += [pytest.param(name, row, id=f"{name}-{row}") for row in rows]
    return cases


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consentry", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _prepare(home: Path, profile: Path, row: dict[str, Any]) -> None:
    home.mkdir(parents=True, exist_ok=True)
    if "raw" in row:
        (home / "config.json").write_bytes(row["raw"])
        return
    config = dict(row.get("config", {}))
    inside = config.pop("__seed__", None)
    if inside is not None:
        config["samplingSeed"] = _seed(load_profile(profile, {}).sample_rate, inside)
    if config:
        (home / "config.json").write_text(json.dumps(config))


@pytest.mark.parametrize(("name", "row_name"), _cases())
async def test_command_line_and_server_agree(
    servers: Servers, tmp_path: Path, name: str, row_name: str
) -> None:
    row = ROWS[row_name]
    profile = ROOT / "profiles" / f"{name}.toml"
    home = tmp_path / "home"
    _prepare(home, profile, row)
    env = clean_env(home, **row.get("env", {}))
    printed = _cli(env, "status", "--json", "--profile", str(profile))
    # An unreadable config.json is shown, then reported as a failure (exit 1).
    assert printed.returncode == (1 if row_name == "broken" else 0), printed.stderr
    offline = json.loads(printed.stdout)
    session = await servers.started(
        home=home, enabled=None, env=row.get("env", {}), profile=str(profile), api_key=None
    )
    online = await session.status()
    assert (offline["state"], offline["decidedBy"]) == (online["state"], online["decidedBy"]), (
        offline["reason"],
        online["reason"],
    )
    assert offline["destination"] == online["destination"]


async def test_disable_writes_the_home_the_profile_names_and_the_server_obeys(
    servers: Servers, tmp_path: Path
) -> None:
    # devscode's profile keeps its state in ~/.devscode: with no CONSENTRY_HOME both the
    # command line and the server must use that folder, not ~/.consentry.
    profile = ROOT / "profiles" / "devscode.toml"
    fake_home = tmp_path / "user"
    fake_home.mkdir()
    env = clean_env(tmp_path / "unused", CONSENTRY_HOME="", HOME=str(fake_home))
    said = _cli(env, "disable", "--profile", str(profile))
    assert said.returncode == 0, said.stderr
    assert (fake_home / ".devscode" / "config.json").exists()
    assert not (fake_home / ".consentry").exists()
    session = await servers.started(
        home=tmp_path / "unused",
        enabled=None,
        env={"CONSENTRY_HOME": "", "HOME": str(fake_home)},
        profile=str(profile),
        api_key=None,
    )
    online = await session.status()
    offline = json.loads(_cli(env, "status", "--json", "--profile", str(profile)).stdout)
    assert (online["state"], online["decidedBy"]) == ("off", "config")
    assert (offline["state"], offline["decidedBy"]) == ("off", "config")


@pytest.mark.parametrize(
    "record",
    [
        pytest.param({}, id="fresh"),
        pytest.param({"allowAnonymousTelemetry": True}, id="allowed"),
        pytest.param({"allowAnonymousTelemetry": False}, id="refused"),
        pytest.param({"permanentlyDisabled": True}, id="permanent"),
    ],
)
async def test_a_registered_product_is_decided_alike(
    servers: Servers, tmp_path: Path, record: dict[str, Any]
) -> None:
    profile = tmp_path / "acme.toml"
    profile.write_text('id = "acme.assistant"\nsetting = "acme.telemetry.enabled"\n')
    home = tmp_path / "home"
    (home / "products" / "acme.assistant").mkdir(parents=True)
    (home / "products" / "acme.assistant" / "config.json").write_text(json.dumps(record))
    session = await servers.started(home=home, enabled=True, api_key=None)
    session.client.set_configuration(None, section="acme.telemetry.enabled")
    await session.request(protocol.REGISTER_PRODUCT, {"profile": str(profile)})
    online = await session.request(protocol.STATUS, {"product": "acme.assistant"})
    printed = _cli(clean_env(home), "status", "--json", "--product", "acme.assistant")
    assert printed.returncode == 0, printed.stderr
    offline = json.loads(printed.stdout)
    assert (offline["state"], offline["decidedBy"]) == (online["state"], online["decidedBy"])
    listed = json.loads(_cli(clean_env(home), "status", "--json").stdout)
    assert [p["product"] for p in listed["products"]] == ["default", "acme.assistant"]
