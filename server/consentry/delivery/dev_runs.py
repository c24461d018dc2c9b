"""Development and test runs: a vendor's own runs are kept out of its production numbers.

An Extension Development Host (`ExtensionMode.Development`), an extension test run
(`ExtensionMode.Test`) or any run with `CI` set in the server's environment is not a
user. Its events go to the audit log only (where the developer can read exactly what
would have been sent), unless the product's profile says `dev_runs = "send"`; then
they are sent and carry `$dev: true`, so they can be filtered out of the numbers.

Pure functions: the mode comes from the client (`initializationOptions.extensionMode`,
`consentry/registerProduct`'s `extensionMode`), the environment from the server.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

DevRuns = Literal["log-only", "send"]
ExtensionMode = Literal["production", "development", "test"]

DEV_RUNS_VALUES: Final[tuple[str, ...]] = ("log-only", "send")
EXTENSION_MODES: Final[tuple[str, ...]] = ("production", "development", "test")
DEV_PROPERTY: Final = "$dev"
# `CI=false` or `CI=0` is how some pipelines say "not CI"; any other value is CI.
_NOT_CI: Final = frozenset({"", "0", "false", "no", "off"})


def extension_mode(value: object) -> ExtensionMode | None:
    """The client's `extensionMode`, or None when absent or not one of the three words."""
    if isinstance(value, str) and value in EXTENSION_MODES:
        mode: ExtensionMode = value  # type: ignore[assignment]  # checked just above
        return mode
    return None


def dev_run_reason(mode: ExtensionMode | None, environ: Mapping[str, str]) -> str | None:
    """Why this is a development or test run (a short phrase), or None for a user's run."""
    if mode == "development":
        return "the extension runs in an Extension Development Host"
    if mode == "test":
        return "the extension runs under its tests"
    ci = environ.get("CI")
    if ci is not None and ci.strip().lower() not in _NOT_CI:
        return "CI is set in the environment"
    return None


@dataclass(frozen=True)
class DevRunRoute:
    """Where a product's events go in this run, and what they carry."""

    log_only: bool
    mark_dev: bool
    reason: str | None

    def properties(self) -> dict[str, Any]:
        """The properties every sent event of this run gets (`$dev: true` in a sent dev run)."""
        return {DEV_PROPERTY: True} if self.mark_dev else {}


def route(reason: str | None, dev_runs: DevRuns) -> DevRunRoute:
    """Log-only for a development run unless the profile says `dev_runs = "send"`."""
    if reason is None:
        return DevRunRoute(log_only=False, mark_dev=False, reason=None)
    if dev_runs == "send":
        return DevRunRoute(log_only=False, mark_dev=True, reason=reason)
    return DevRunRoute(log_only=True, mark_dev=False, reason=reason)
