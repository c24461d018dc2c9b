"""The client's settings, read once into typed structures with the server's cattrs converter.

The answer to `workspace/configuration` is whatever JSON the client sends. It is
structured here, once per pull, into frozen attrs classes by the converter the server
already uses (`plain_params_converter`), with hooks that make every leaf lenient: a
value of the wrong type counts as *not set* (never coerced: cattrs' own bool hook would
read the string "false" as true), and a section that is not an object is an empty one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, get_args

import attrs
import cattrs

from consentry.consent.profile import DEFAULT_SETTING

Level = Literal["all", "error", "crash", "off"]
_LEVELS: frozenset[str] = frozenset(get_args(Level))


@attrs.frozen
class ConsentryTelemetry:
    """`consentry.telemetry`: the default product's checkbox and the audit log file."""

    enabled: bool | None = None
    analyticsLog: str | None = None  # noqa: N815 (the setting's own name)


@attrs.frozen
class ConsentrySection:
    """The `consentry` section."""

    telemetry: ConsentryTelemetry = attrs.field(factory=ConsentryTelemetry)


@attrs.frozen
class TelemetrySection:
    """VS Code's `telemetry` section."""

    telemetryLevel: Level | None = None  # noqa: N815
    enableTelemetry: bool | None = None  # noqa: N815


@attrs.frozen
class ClientSettings:
    """Everything one pull said: the two sections and each product's setting by key."""

    consentry: ConsentrySection
    telemetry: TelemetrySection
    enabled: Mapping[str, bool | None]

    @property
    def analytics_log(self) -> str | None:
        """The `consentry.telemetry.analyticsLog` setting, when it is a string."""
        return self.consentry.telemetry.analyticsLog

    def shared_sources(self) -> dict[str, Any]:
        """The person-wide consent sources they carry (VS Code's telemetry settings)."""
        changes: dict[str, Any] = {"vscode_legacy_enabled": self.telemetry.enableTelemetry}
        if self.telemetry.telemetryLevel is not None:
            changes["vscode_level"] = self.telemetry.telemetryLevel
        return changes


def _leaf(kind: type[Any]) -> Any:
    def structure(value: object, _type: object) -> Any:
        return value if isinstance(value, kind) else None

    return structure


def _level(value: object, _type: object) -> Level | None:
    if isinstance(value, str) and value in _LEVELS:
        level: Level = value  # type: ignore[assignment]  # checked just above
        return level
    return None


def settings_converter(base: cattrs.Converter) -> cattrs.Converter:
    """A copy of `base` whose hooks read settings leniently (see the module docstring)."""
    converter = base.copy()
    converter.register_structure_hook(bool | None, _leaf(bool))
    converter.register_structure_hook(str | None, _leaf(str))
    converter.register_structure_hook(Level | None, _level)
    for cls in (ConsentryTelemetry, ConsentrySection, TelemetrySection):
        plain = converter.gen_structure_attrs_fromdict(cls)

        def section(value: object, cls: type[Any] = cls, plain: Any = plain) -> Any:
            return plain(value, cls) if isinstance(value, Mapping) else cls()

        converter.register_structure_hook(cls, lambda value, _type, read=section: read(value))
    return converter


def read_settings(
    converter: cattrs.Converter, keys: Sequence[str], values: Sequence[object]
) -> ClientSettings:
    """The typed settings from the answer to items `consentry`, `telemetry`, then `keys`."""
    padded = [*values, *([None] * (2 + len(keys)))]
    consentry = converter.structure(padded[0], ConsentrySection)
    enabled: dict[str, bool | None] = {DEFAULT_SETTING: consentry.telemetry.enabled}
    for key, value in zip(keys, padded[2:], strict=False):
        enabled[key] = converter.structure(value, bool | None)  # type: ignore[arg-type]
    return ClientSettings(
        consentry=consentry,
        telemetry=converter.structure(padded[1], TelemetrySection),
        enabled=enabled,
    )
