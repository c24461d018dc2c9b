"""The client's settings are read once into typed structures; a wrong type means not set."""

from __future__ import annotations

from typing import Any

import pytest

from consentry.lsp.server import plain_params_converter
from consentry.lsp.settings import read_settings, settings_converter

CONVERTER = settings_converter(plain_params_converter())


def test_well_formed_settings_are_read() -> None:
    settings = read_settings(
        CONVERTER,
        ["acme.telemetry.enabled", "other.telemetry.enabled"],
        [
            {"telemetry": {"enabled": True, "analyticsLog": "audit.jsonl", "extra": 1}},
            {"telemetryLevel": "error", "enableTelemetry": False},
            False,
            None,
        ],
    )
    assert dict(settings.enabled) == {
        "consentry.telemetry.enabled": True,
        "acme.telemetry.enabled": False,
        "other.telemetry.enabled": None,
    }
    assert settings.analytics_log == "audit.jsonl"
    assert settings.shared_sources() == {"vscode_level": "error", "vscode_legacy_enabled": False}


@pytest.mark.parametrize(
    "values",
    [
        pytest.param([], id="no-answer"),
        pytest.param(["x", 3, "yes"], id="not-objects"),
        pytest.param([{"telemetry": 5}, {"telemetryLevel": "loud"}, 1], id="wrong-leaves"),
        pytest.param(
            [{"telemetry": {"enabled": "false", "analyticsLog": 7}}, {"enableTelemetry": 0}, "on"],
            id="never-coerced",
        ),
    ],
)
def test_anything_of_the_wrong_type_counts_as_not_set(values: list[Any]) -> None:
    settings = read_settings(CONVERTER, ["acme.telemetry.enabled"], values)
    assert set(settings.enabled.values()) == {None}
    assert settings.analytics_log is None
    assert settings.shared_sources() == {"vscode_legacy_enabled": None}
