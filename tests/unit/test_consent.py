"""The consent decision over every combination of sources."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from consentry.consent.rule import ConsentSources, Decision, decide, with_environment

ENV = [
    pytest.param({}, id="env-none"),
    pytest.param({"DO_NOT_TRACK": "1"}, id="dnt-1"),
    pytest.param({"DO_NOT_TRACK": "0"}, id="dnt-0"),
    pytest.param({"DO_NOT_TRACK": ""}, id="dnt-empty"),
    pytest.param({"CONSENTRY_TELEMETRY": "off"}, id="ct-off"),
    pytest.param({"CONSENTRY_TELEMETRY": "FALSE"}, id="ct-false"),
    pytest.param({"CONSENTRY_TELEMETRY": "1"}, id="ct-1"),
]
AXES: dict[str, list[Any]] = {
    "permanently_disabled": [False, True],
    "vscode_enabled": [None, True, False],
    "vscode_level": [None, "all", "error", "crash", "off"],
    "vscode_legacy_enabled": [None, True, False],
    "setting_enabled": [None, True, False],
    "config": [None, True, False, "broken"],
    "setting_overrides_config": [False, True],
    "profile_consent": ["opt-in", "opt-out"],
    "profile_error": [None, "bad key"],
    "sampled": [True, False],
}


def expected(env: dict[str, str], row: dict[str, Any]) -> tuple[str, str]:
    """The rule of PROTOCOL.md written as a table, independent of the implementation."""
    dnt = env.get("DO_NOT_TRACK")
    if (dnt not in (None, "", "0")) or env.get("CONSENTRY_TELEMETRY", "").lower() in (
        "off",
        "false",
    ):
        return "off", "env"
    if row["permanently_disabled"]:
        return "off", "permanent"
    if row["profile_error"]:
        return "off", "profile"
    narrowed = row["vscode_level"] in ("error", "crash")
    if row["vscode_level"] == "off" or (row["vscode_enabled"] is False and not narrowed):
        return "off", "vscode"
    if row["vscode_legacy_enabled"] is False:
        return "off", "vscode"
    if row["setting_enabled"] is False:
        return "off", "setting"
    config_counts = not (row["setting_overrides_config"] and row["setting_enabled"] is not None)
    if config_counts and row["config"] in (False, "broken"):
        return "off", "config"
    if row["setting_enabled"] is True:
        granted = ("on", "setting")
    elif row["config"] is True:
        granted = ("on", "config")
    elif not row["sampled"]:
        return "off", "profile"
    elif row["profile_consent"] == "opt-out":
        granted = ("on", "profile")
    else:
        return "undecided", "profile"
    if row["vscode_level"] in ("error", "crash"):
        return "errors-only", "vscode"
    return granted


def _sources(env: dict[str, str], row: dict[str, Any]) -> ConsentSources:
    config = row["config"]
    fields = {k: v for k, v in row.items() if k != "config"}
    return with_environment(
        ConsentSources(
            **fields,
            config_allow=config if isinstance(config, bool) else None,
            config_error="config.json: not valid JSON" if config == "broken" else None,
        ),
        env,
    )


ROWS = [dict(zip(AXES, values, strict=True)) for values in itertools.product(*AXES.values())]


@pytest.mark.parametrize("env", ENV)
def test_every_combination_of_sources(env: dict[str, str]) -> None:
    assert len(ROWS) > 1000
    for row in ROWS:
        decision = decide(_sources(env, row))
        assert (decision.state, decision.decided_by) == expected(env, row), row
        assert decision.reason.endswith(".")


@pytest.mark.parametrize(
    ("sources", "state", "by", "words"),
    [
        pytest.param(ConsentSources(do_not_track="1"), "off", "env", "DO_NOT_TRACK", id="dnt"),
        pytest.param(
            ConsentSources(permanently_disabled=True, setting_enabled=True),
            "off",
            "permanent",
            "by hand",
            id="permanent-beats-grant",
        ),
        pytest.param(
            ConsentSources(setting_enabled=True, config_allow=False),
            "off",
            "config",
            "allowAnonymousTelemetry",
            id="deny-beats-checkbox",
        ),
        pytest.param(
            ConsentSources(setting_enabled=True, vscode_level="crash"),
            "errors-only",
            "vscode",
            "crash",
            id="crash-level",
        ),
        pytest.param(
            ConsentSources(setting_enabled=True, vscode_enabled=False, vscode_level="error"),
            "errors-only",
            "vscode",
            "error",
            id="vscode-reports-disabled-at-error-level",
        ),
        pytest.param(ConsentSources(), "undecided", "profile", "until you choose", id="default"),
        pytest.param(
            ConsentSources(profile_consent="opt-out"), "on", "profile", "by default", id="opt-out"
        ),
    ],
)
def test_reasons_name_the_source(sources: ConsentSources, state: str, by: str, words: str) -> None:
    decision = decide(sources)
    assert (decision.state, decision.decided_by) == (state, by)
    assert words in decision.reason


def test_sends_flags() -> None:
    assert Decision("on", "setting", "x").sends_usage
    assert Decision("errors-only", "vscode", "x").sends_errors
    assert not Decision("errors-only", "vscode", "x").sends_usage
    assert not Decision("undecided", "profile", "x").sends_errors
