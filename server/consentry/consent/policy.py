"""The administrator's policy: a machine-wide JSON file that can only take telemetry away.

PROTOCOL.md, "An administrator's policy": the file lives where only an administrator
can write (Linux `/etc/consentry/policy.json`, macOS `/Library/Application
Support/Consentry/policy.json`, Windows `%ProgramData%\\Consentry\\policy.json`);
`CONSENTRY_POLICY_FILE` names another. It says `telemetry` (every product),
`products` (per product id), `allowedHosts` and `by`. The stricter word wins, and a
file that exists but cannot be read or understood turns telemetry off for every
product: an administrator who wrote a lock with a typo still meant a lock.

Reading is at the edge (`read_policy`, `PolicyReader`); what the file means for one
product is the pure `limit_for`, whose answer feeds the consent rule's
`policy_level` / `policy_by`. Nothing here can grant anything.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any, Final, Literal
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

PolicyLevel = Literal["off", "errors-only"]
PolicyValue = Literal["off", "errors-only", "allowed"]

POLICY_FILE_ENV: Final = "CONSENTRY_POLICY_FILE"
LINUX_POLICY_FILE: Final = "/etc/consentry/policy.json"
MACOS_POLICY_FILE: Final = "/Library/Application Support/Consentry/policy.json"
WINDOWS_POLICY_TAIL: Final = ("Consentry", "policy.json")
# A policy is a few lines; anything far larger is not one, and is not read whole.
MAX_POLICY_BYTES: Final = 1024 * 1024
# Who locked it, when the file does not say: shown to the person as is.
DEFAULT_BY: Final = "your administrator"
_STRICTNESS: Final[dict[str, int]] = {"allowed": 0, "errors-only": 1, "off": 2}
_VALUES: Final = tuple(_STRICTNESS)


@dataclass(frozen=True, kw_only=True)
class Policy:
    """What one policy file says; `error` set means it could not be used (then: off for all)."""

    source: str
    telemetry: PolicyValue = "allowed"
    products: tuple[tuple[str, PolicyValue], ...] = ()
    allowed_hosts: frozenset[str] | None = None
    by: str = DEFAULT_BY
    error: str | None = field(default=None)

    def level_of(self, product_id: str) -> PolicyValue:
        """The stricter of `telemetry` and this product's own entry."""
        named = dict(self.products).get(product_id, "allowed")
        return named if _STRICTNESS[named] > _STRICTNESS[self.telemetry] else self.telemetry


def policy_path(environ: Mapping[str, str], platform: str = sys.platform) -> Path:
    """Where the policy file is looked for on `platform` (`CONSENTRY_POLICY_FILE` first)."""
    named = environ.get(POLICY_FILE_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    if platform == "win32":
        program_data = environ.get("ProgramData") or environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(PureWindowsPath(program_data, *WINDOWS_POLICY_TAIL))
    if platform == "darwin":
        return Path(MACOS_POLICY_FILE)
    return Path(LINUX_POLICY_FILE)


def _value(where: str, raw: object) -> PolicyValue:
    if raw not in _VALUES:
        raise ValueError(f"{where} must be one of {', '.join(_VALUES)}, not {raw!r}")
    value: PolicyValue = raw  # type: ignore[assignment]  # checked just above
    return value


def _host(entry: str) -> str:
    """A listed host in the form destinations are compared in (lower case, no dot at the end)."""
    return entry.strip().lower().rstrip(".")


def parse_policy(text: str, source: str) -> Policy:
    """What the policy text says; a text that is not a valid policy gives `error` (off for all).

    Keys other than the four of the contract are ignored, so a newer policy file still
    locks an older server; a known key with a wrong value is an error, never skipped.
    """
    try:
        data: Any = json.loads(text)
    except ValueError as exc:
        return Policy(source=source, error=f"not valid JSON ({exc.__class__.__name__})")
    if not isinstance(data, dict):
        return Policy(source=source, error="not a JSON object")
    try:
        telemetry = _value("'telemetry'", data.get("telemetry", "allowed"))
        raw_products = data.get("products", {})
        if not isinstance(raw_products, dict):
            raise ValueError("'products' must be an object of product id to value")
        products = tuple(
            (str(pid), _value(f"'products.{pid}'", raw))
            for pid, raw in sorted(raw_products.items())
        )
        hosts: frozenset[str] | None = None
        if "allowedHosts" in data:
            raw_hosts = data["allowedHosts"]
            if not isinstance(raw_hosts, list) or not all(isinstance(h, str) for h in raw_hosts):
                raise ValueError("'allowedHosts' must be a list of host names")
            hosts = frozenset(_host(h) for h in raw_hosts if h.strip())
        by = data.get("by", DEFAULT_BY)
        if not isinstance(by, str):
            raise ValueError("'by' must be a string")
    except ValueError as exc:
        return Policy(source=source, error=str(exc))
    # One line, bounded: `by` is shown in the status bar and the dashboard.
    shown_by = " ".join(by.split())[:120] or DEFAULT_BY
    return Policy(
        source=source, telemetry=telemetry, products=products, allowed_hosts=hosts, by=shown_by
    )


def read_policy(path: Path) -> Policy | None:
    """The policy at `path`; None when there is no file (no effect), an error when unusable."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return None  # a parent is a file: there is no policy file at that path
    except OSError as exc:
        return Policy(source=str(path), error=f"cannot be read ({exc.strerror or exc})")
    if len(raw) > MAX_POLICY_BYTES:
        return Policy(source=str(path), error=f"larger than {MAX_POLICY_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Policy(source=str(path), error="not UTF-8 text")
    return parse_policy(text, str(path))


def destination_host(url: str) -> str | None:
    """The host name of a destination URL, compared as `allowedHosts` entries are."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return _host(host) if host else None


def limit_for(
    policy: Policy | None, product_id: str, destination: str | None
) -> tuple[PolicyLevel, str] | None:
    """How far the policy limits one product: (level, who set it), or None for no limit.

    `destination` is the host the product's events would go to, or None when they go
    nowhere but the audit log (a log-only product sends nothing the hosts rule is about).
    """
    if policy is None:
        return None
    if policy.error is not None:
        return "off", f"the policy file {policy.source}, which cannot be used"
    if (
        policy.allowed_hosts is not None
        and destination is not None
        and _host(destination) not in policy.allowed_hosts
    ):
        return "off", policy.by
    level = policy.level_of(product_id)
    return None if level == "allowed" else (level, policy.by)


def policy_reason(level: PolicyLevel, by: str) -> str:
    """The sentence a person reads for a decision of the policy."""
    if level == "errors-only":
        return f"Only errors are sent: locked by {by}; no setting can widen it."
    return f"Telemetry is off: locked by {by}; no setting can turn it on."


def _problem(error: str) -> str:
    """`error` as the rest of a sentence about the file."""
    if error.startswith("cannot"):
        return error
    if error.startswith(("not ", "larger")):
        return f"is {error}"
    return f"is not valid: {error}"


class PolicyReader:
    """Reads the policy file at each refresh; warns once per distinct problem with it.

    The path is fixed when the reader is made (the environment of a running server
    does not change). Reading is cheap (one `open`), so it is done at the moments
    config.json is re-read rather than watched.
    """

    def __init__(
        self,
        environ: Mapping[str, str] | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.path = policy_path(os.environ if environ is None else environ)
        self._warned: str | None = None
        self._warn = warn
        self.current: Policy | None = None

    def refresh(self) -> Policy | None:
        """Read the file again; log one warning naming it when it cannot be used."""
        policy = read_policy(self.path)
        if policy is not None and policy.error is not None:
            if policy.error != self._warned:
                message = (
                    f"The policy file {policy.source} {_problem(policy.error)}; "
                    "telemetry is off for every product until it is fixed"
                )
                logger.warning("%s", message)
                if self._warn is not None:
                    self._warn(message)  # the editor's output too (never a popup)
                self._warned = policy.error
        else:
            self._warned = None
        self.current = policy
        return policy
