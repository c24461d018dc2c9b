"""A representative set of rows of the consent table, through the real server.

In every row that does not grant, the capture endpoint must see zero requests; in
every granting row the events arrive (errors only where the row says errors-only).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any, cast

import pytest
from lsprotocol import types

from consentry.pipeline import sampled
from consentry.sink import CaptureSink
from tests.conftest import Servers, error_event, suggestion
from tests.unit.test_consent import AXES, ENV, ROWS, expected


def _pick_rows() -> list[Any]:
    """Every deciding source at least once, plus a seeded random sample of the rest."""
    rng = random.Random(20261123)
    envs: list[dict[str, str]] = [cast(dict[str, str], p.values[0]) for p in ENV]
    picked: dict[tuple[str, str], tuple[dict[str, str], dict[str, Any]]] = {}
    # A VS Code client always reports isTelemetryEnabled, and a broken config.json cannot
    # also hold the permanent flag: those rows are covered by the unit table alone.
    rows = [
        r
        for r in ROWS
        if r["vscode_enabled"] is not None
        and not (r["config"] == "broken" and r["permanently_disabled"])
    ]
    candidates = [(env, row) for env in envs for row in rng.sample(rows, 400)]
    for env, row in candidates:
        picked.setdefault(expected(env, row), (env, row))
    extra = rng.sample(candidates, 12)
    chosen = list(picked.values()) + extra
    return [
        pytest.param(env, row, id=f"case{i}-{'-'.join(expected(env, row))}")
        for i, (env, row) in enumerate(chosen)
    ]


def _seed(want: bool) -> str:
    return next(s for s in (f"seed-{i}" for i in range(10_000)) if sampled(s, 0.5) is want)


@pytest.mark.parametrize(("env", "row"), _pick_rows())
async def test_denied_rows_send_nothing(
    servers: Servers, sink: CaptureSink, tmp_path: Path, env: dict[str, str], row: dict[str, Any]
) -> None:
    assert set(row) == set(AXES)
    home = tmp_path / "home"
    home.mkdir()
    config: dict[str, Any] = {"samplingSeed": _seed(row["sampled"])}
    if row["permanently_disabled"]:
        config["permanentlyDisabled"] = True
    if isinstance(row["config"], bool):
        config["allowAnonymousTelemetry"] = row["config"]
    (home / "config.json").write_text(
        "{broken" if row["config"] == "broken" else json.dumps(config)
    )
    profile = tmp_path / "profile.toml"
    lines = [f'consent = "{row["profile_consent"]}"', "sample_rate = 0.5"]
    if row["setting_overrides_config"]:
        lines.append("setting_overrides_config = true")
    if row["profile_error"]:
        lines.append('colour = "not a profile key"')
    profile.write_text("\n".join(lines) + "\n")

    session = await servers.start(
        home=home,
        sink=sink,
        enabled=row["setting_enabled"],
        level=row["vscode_level"] or "all",
        vscode_enabled=row["vscode_enabled"] is not False,
        env=env,
        profile=str(profile),
    )
    if row["vscode_legacy_enabled"] is not None:
        session.client.set_configuration(
            row["vscode_legacy_enabled"], section="telemetry.enableTelemetry"
        )
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=None)
        )
    status = await session.status()
    state, by = expected(env, row)
    assert (status["state"], status["decidedBy"]) == (state, by), status["reason"]
    session.track(suggestion(), error_event())
    await session.flush()
    await servers.stop(session)
    if state in ("off", "undecided"):
        assert sink.requests == []
    else:
        kinds = sorted(e["event"] for e in sink.events)
        assert kinds == (["error"] if state == "errors-only" else ["error", "suggestion_outcome"])
