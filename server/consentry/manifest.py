"""The `contributes` block a product that embeds Consentry pastes into its `package.json`.

`consentry manifest --prefix acme --product "Acme Assistant"` prints it: the product's own
"Telemetry Enabled" checkbox (`acme.telemetry.enabled`, application-scoped so that only
the person decides, never a repository) and the commands the client library registers
under the product's prefix (`acme.telemetry.showMenu`, ...). The client's tests hold this
output to what the library registers, and the examples' manifests to this output.
With `--hub` it prints the block of a product that registers with the shared Consentry
extension instead: the checkbox, the dependency on that extension, and no commands (the
hub's are shared).
"""

from __future__ import annotations

import re
from typing import Any

# (command name, title after "<product>: "), in the order of the client's COMMAND_NAMES.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("showMenu", "Telemetry Options"),
    ("showStatus", "Show Telemetry Status"),
    ("showCollected", "Show What Telemetry Collects"),
    ("openAuditLog", "Open Telemetry Audit Log"),
    ("allowTelemetry", "Allow Telemetry"),
    ("denyTelemetry", "Deny Telemetry"),
    ("disablePermanently", "Disable Telemetry Permanently"),
    ("resetAnonymousId", "Reset Telemetry Anonymous Id"),
)

# The shared Consentry extension (the hub) a registering product depends on.
HUB_EXTENSION = "consentry.consentry"

_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")


class ManifestError(ValueError):
    """The prefix cannot name settings and commands."""


def consent_setting(prefix: str) -> str:
    """The product's consent setting key, which its profile names as `setting`."""
    return f"{prefix}.telemetry.enabled"


def contributes(prefix: str, product: str, *, hub: bool = False) -> dict[str, Any]:
    """The `activationEvents` and `contributes` entries for a product's `package.json`.

    `hub`: the product registers with the shared extension, so it also depends on it and
    contributes no telemetry commands of its own.
    """
    if not _PREFIX.fullmatch(prefix):
        raise ManifestError(
            f"--prefix {prefix!r}: use a letter then letters, digits, '-' or '_' (e.g. acme)"
        )
    name = product.strip() or prefix
    setting = {
        "type": "boolean",
        "default": None,
        "scope": "application",
        "markdownDescription": (
            f"Telemetry Enabled: send anonymous usage data of {name} (never code or prompts). "
            "Unset means you have not decided yet; unchecking it is a decision (off). Only your "
            "user settings decide: a workspace's `.vscode/settings.json` can turn it off for "
            "that workspace (`false`), never on. Off whenever VS Code's own telemetry "
            "(`telemetry.telemetryLevel`) is off."
        ),
        "tags": ["telemetry", "usesOnlineServices"],
    }
    configuration = {
        "title": f"{name} Telemetry",
        "properties": {consent_setting(prefix): setting},
    }
    if hub:
        return {
            "activationEvents": ["onStartupFinished"],
            "extensionDependencies": [HUB_EXTENSION],
            "contributes": {"configuration": configuration},
        }
    return {
        "activationEvents": ["onStartupFinished"],
        "contributes": {
            "configuration": configuration,
            "commands": [
                {"command": f"{prefix}.telemetry.{command}", "title": f"{name}: {title}"}
                for command, title in COMMANDS
            ],
        },
    }
