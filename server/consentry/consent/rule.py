"""The consent decision: one pure function from every source to on / errors-only / off / undecided.

The order is written once, here (PROTOCOL.md, "Consent"): any source that says off
wins over every grant; a grant comes from the user's setting, then config.json, then
the profile's default; VS Code's `error`/`crash` level narrows a grant to errors only.
Sources that speak for the person everywhere (the environment, VS Code, an
administrator's policy, the global switch) come first and deny every product alike;
the rest are one product's own (PROTOCOL.md, "Version 2: products").
One profile option (`setting_overrides_config`) makes the VS Code checkbox and
config.json a single choice, the checkbox winning when the user has set it.
Undecided sends nothing and stores nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from consentry.consent.policy import DEFAULT_BY, policy_reason
from consentry.lsp.protocol import Source, State

_FALSE_WORDS = frozenset({"0", "false", "off", "no"})


@dataclass(frozen=True, kw_only=True)
class ConsentSources:
    """A snapshot of every source the decision reads; None means "not said"."""

    do_not_track: str | None = None
    consentry_telemetry: str | None = None
    policy_level: Literal["off", "errors-only"] | None = None
    policy_by: str | None = None
    global_off: bool = False
    permanently_disabled: bool = False
    vscode_enabled: bool | None = None
    vscode_level: str | None = None
    vscode_legacy_enabled: bool | None = None
    setting_enabled: bool | None = None
    config_allow: bool | None = None
    config_error: str | None = None
    setting_overrides_config: bool = False
    profile_consent: str = "opt-in"
    profile_error: str | None = None
    sampled: bool = True


@dataclass(frozen=True)
class Decision:
    """The state, the source that decided it, and a sentence a person understands."""

    state: State
    decided_by: Source
    reason: str

    @property
    def sends_usage(self) -> bool:
        """Usage events may be kept and sent."""
        return self.state == "on"

    @property
    def sends_errors(self) -> bool:
        """Error events may be kept and sent."""
        return self.state in ("on", "errors-only")


def with_environment(sources: ConsentSources, environ: Mapping[str, str]) -> ConsentSources:
    """`sources` with the environment's part (`DO_NOT_TRACK`, `CONSENTRY_TELEMETRY`) filled in."""
    return replace(
        sources,
        do_not_track=environ.get("DO_NOT_TRACK"),
        consentry_telemetry=environ.get("CONSENTRY_TELEMETRY"),
    )


def _deny(s: ConsentSources) -> Decision | None:
    """The first source that says off, in the documented order."""
    if s.do_not_track is not None and s.do_not_track.strip() not in ("", "0"):
        return Decision("off", "env", "Telemetry is off: DO_NOT_TRACK is set in the environment.")
    if s.consentry_telemetry is not None and s.consentry_telemetry.strip().lower() in _FALSE_WORDS:
        return Decision(
            "off", "env", "Telemetry is off: CONSENTRY_TELEMETRY is set to off in the environment."
        )
    if s.policy_level == "off":
        return Decision("off", "policy", policy_reason("off", s.policy_by or DEFAULT_BY))
    if s.global_off:
        return Decision(
            "off",
            "config",
            "Telemetry is off for every product: config.json sets disableAllProducts "
            "(`consentry disable`; `consentry enable` clears it).",
        )
    if s.permanently_disabled:
        return Decision(
            "off",
            "permanent",
            "Telemetry is permanently disabled in config.json; "
            "only removing that entry by hand turns it back on.",
        )
    if s.profile_error is not None:
        return Decision(
            "off",
            "profile",
            f"Telemetry is off: the product profile is invalid ({s.profile_error}).",
        )
    # VS Code reports isTelemetryEnabled false at levels `error` and `crash` too, so it
    # means off only where the level does not narrow telemetry to errors.
    narrowed = s.vscode_level in ("error", "crash")
    if s.vscode_level == "off" or (s.vscode_enabled is False and not narrowed):
        return Decision("off", "vscode", "Telemetry is off: VS Code telemetry is turned off.")
    if s.vscode_legacy_enabled is False:
        return Decision(
            "off", "vscode", "Telemetry is off: VS Code's telemetry.enableTelemetry is false."
        )
    if s.setting_enabled is False:
        return Decision("off", "setting", "Telemetry is off: you turned off 'Telemetry Enabled'.")
    if s.setting_enabled is not None and s.setting_overrides_config:
        # The profile makes the checkbox and config.json one choice, the checkbox
        # being the more specific (Continue's documented behaviour).
        return None
    if s.config_error is not None:
        return Decision(
            "off", "config", f"Telemetry is off: {s.config_error}; a broken file counts as a no."
        )
    if s.config_allow is False:
        return Decision(
            "off", "config", "Telemetry is off: config.json sets allowAnonymousTelemetry to false."
        )
    return None


def _grant(s: ConsentSources) -> Decision:
    """Who grants when nobody denies; the profile's default when no one has chosen."""
    if s.setting_enabled is True:
        return Decision("on", "setting", "Telemetry is on: you turned on 'Telemetry Enabled'.")
    if s.config_allow is True:
        return Decision(
            "on", "config", "Telemetry is on: config.json sets allowAnonymousTelemetry to true."
        )
    if not s.sampled:
        return Decision(
            "off",
            "profile",
            "Telemetry is off: this installation was not in the sampled share of users.",
        )
    if s.profile_consent == "opt-out":
        return Decision(
            "on", "profile", "Telemetry is on by default for this product; you can turn it off."
        )
    return Decision(
        "undecided", "profile", "Telemetry is off until you choose: nothing is stored or sent."
    )


def decide(sources: ConsentSources) -> Decision:
    """Decide consent from a snapshot of every source (deny overrides every grant)."""
    denied = _deny(sources)
    if denied is not None:
        return denied
    granted = _grant(sources)
    if granted.state == "on" and sources.policy_level == "errors-only":
        return Decision(
            "errors-only", "policy", policy_reason("errors-only", sources.policy_by or DEFAULT_BY)
        )
    if granted.state == "on" and sources.vscode_level in ("error", "crash"):
        return Decision(
            "errors-only",
            "vscode",
            f"Only errors are sent: VS Code telemetry level is '{sources.vscode_level}'.",
        )
    return granted


def consent_record(
    decision: Decision, at: str, catalog_version: int, via: str
) -> dict[str, object]:
    """The config.json record: what was decided, when, by which source, for which catalog."""
    return {
        "state": decision.state,
        "decidedBy": decision.decided_by,
        "reason": decision.reason,
        "at": at,
        "catalogVersion": catalog_version,
        "via": via,
    }
