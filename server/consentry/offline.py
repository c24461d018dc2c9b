"""Consent and data commands that work without a running server (`consentry status` etc.).

They decide with the same consent state the server uses (`consent/state.py`) on the
same files, so the command line and the server cannot disagree about what the files
say. What a terminal cannot see — the editor's settings (each product's "Telemetry
Enabled") and VS Code's telemetry level — is left out, and `status` says so. A running
server re-reads the files on its next decision, so a choice made here applies there too.

Without `--product`, `enable`/`disable` are the person's global switch (and version 1's
choice of the default product); with it, one product's own choice.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from consentry.consent.home import Home
from consentry.consent.profile import DEFAULT_PRODUCT, Profile, ProfileError, load_profile
from consentry.consent.rule import Decision
from consentry.consent.state import (
    ConsentState,
    known_products,
    product_files,
    set_global_switch,
)
from consentry.delivery.audit import read_entries, rotated
from consentry.delivery.outbox import Outbox, OutboxError, corrupt_copies
from consentry.pipeline import audit_file

UNSEEN: Final = (
    "Not visible from a terminal: the editor's settings (each product's 'Telemetry "
    "Enabled') and VS Code's telemetry level; either can still turn telemetry off there."
)


class UnknownProductError(Exception):
    """`--product` names a product this home has no record of."""


@dataclass(frozen=True)
class Place:
    """Where one product's state lives and the profile it is decided with."""

    home: Home
    profile: Profile
    profile_error: str | None


def _home(environ: Mapping[str, str], profile: Profile) -> Home:
    return Home.from_env(environ, default=profile.home)


def locate(
    environ: Mapping[str, str], profile_path: str | None = None, product: str | None = None
) -> Place:
    """The home and profile of `product` (the default product when None).

    The default product's profile is `--profile` (or the built-in default), whose `home`
    picks the state folder as it does for the server. Another product's profile is the
    one it was registered with, as its record in the home names it.
    """
    if product is None or product == DEFAULT_PRODUCT:
        try:
            profile = load_profile(profile_path, environ)
        except ProfileError as exc:
            return Place(_home(environ, Profile()), Profile(), str(exc))
        return Place(_home(environ, profile), profile, None)
    try:
        default = load_profile(profile_path, environ)
    except ProfileError:
        default = Profile()
    home = _home(environ, default)
    if product not in known_products(home):
        raise UnknownProductError(
            f"No product '{product}' is known in {home.root}; "
            f"known: {', '.join(known_products(home))}"
        )
    files = product_files(home, product)
    try:
        record = files.read_config()
    except Exception as exc:  # an unreadable record: decided as a no, with its reason
        return Place(home, Profile(id=product), str(exc))
    registered = record.get("profile")
    if not isinstance(registered, str) or not registered:
        return Place(home, Profile(id=product), f"{files.config_path}: names no profile")
    try:
        profile = load_profile(registered, {})
    except ProfileError as exc:
        return Place(home, Profile(id=product), str(exc))
    if profile.id != product:
        return Place(home, Profile(id=product), f"{registered}: key 'id' is not '{product}'")
    return Place(home, profile, None)


def consent_state(environ: Mapping[str, str], place: Place) -> ConsentState:
    """The consent state the server would have for this product, minus the editor's sources."""
    return ConsentState(
        home=place.home,
        profile=place.profile,
        profile_error=place.profile_error,
        environ=environ,
        policy=_policy(environ),
    )


def _policy(environ: Mapping[str, str]) -> Any:
    from consentry.consent.policy import PolicyReader

    return PolicyReader(environ)


def _queued(home: Home, product: str | None) -> int:
    if not home.outbox_path.exists():
        return 0
    try:
        outbox = Outbox(home.outbox_path)
    except OutboxError:
        return 0
    try:
        return outbox.count(product)
    except OutboxError:
        return 0
    finally:
        outbox.close()


def _line(environ: Mapping[str, str], place: Place) -> dict[str, Any]:
    decision = consent_state(environ, place).decide()
    return {
        "product": place.profile.id,
        "state": decision.state,
        "decidedBy": decision.decided_by,
        "reason": decision.reason,
        "destination": place.profile.destination,
        "queued": _queued(place.home, place.profile.id),
    }


def offline_status(
    environ: Mapping[str, str], profile_path: str | None = None, product: str | None = None
) -> dict[str, Any]:
    """State, deciding source, reason, destination and queue size, from the files alone.

    The top level is the asked product's (the default product's without `product`);
    without `product`, `products` lists every product known in the home.
    """
    place = locate(environ, profile_path, product)
    top = _line(environ, place)
    del top["product"]
    if product is None:
        lines = [_line(environ, place) | {"product": DEFAULT_PRODUCT}]
        for other in known_products(place.home)[1:]:
            lines.append(_line(environ, locate(environ, profile_path, other)))
        top["products"] = lines
    top["notVisible"] = UNSEEN
    return top


def _purge_queue(home: Home, product: str | None) -> None:
    if not home.outbox_path.exists():
        return
    outbox = Outbox(home.outbox_path)
    try:
        outbox.purge(product=product)
    finally:
        outbox.close()


def record_choice(
    environ: Mapping[str, str],
    *,
    granted: bool,
    permanent: bool,
    profile_path: str | None = None,
    product: str | None = None,
) -> str:
    """Write the person's choice; a refusal also deletes what is queued.

    Without `product` the choice is the global switch (every product) and the default
    product's own; with it, that product's alone (its queue alone is purged).
    """
    place = locate(environ, profile_path, product)
    state = consent_state(environ, place)
    previous = state.decide()
    if product is None:
        set_global_switch(place.home, off=not granted)
    state.choose(granted=granted, permanent=permanent)
    decision = state.update()
    state.record(previous, decision, "command line", force=True)
    if not granted:
        _purge_queue(place.home, product)
    where = state.files.config_path
    return _sentence(decision, granted=granted, permanent=permanent, where=where, product=product)


def _sentence(
    decision: Decision, *, granted: bool, permanent: bool, where: Path, product: str | None
) -> str:
    whose = f" for {product}" if product else ""
    if granted and decision.state != "on" and decision.decided_by == "permanent":
        return (
            f"Recorded, but telemetry{whose} stays off: it is permanently disabled in {where}. "
            'Remove "permanentlyDisabled" from that file by hand to allow it again.'
        )
    if granted and decision.state == "off":
        return f"Recorded in {where}, but telemetry{whose} stays off: {decision.reason}"
    if granted:
        return f"Anonymous telemetry allowed{whose} (recorded in {where})."
    if permanent:
        return f"Telemetry{whose} permanently disabled (recorded in {where})."
    if product is None:
        return f"Telemetry turned off for every product (recorded in {where})."
    return f"Telemetry turned off{whose} (recorded in {where})."


def purge(
    environ: Mapping[str, str], profile_path: str | None = None, product: str | None = None
) -> list[str]:
    """Delete what is kept; say what was removed.

    Without `product`: the outbox, the audit log and every product's anonymous id. With
    it: that product's queued events, its lines of the audit log and its anonymous id.
    """
    place = locate(environ, profile_path, product)
    home = place.home
    audit = audit_file(home, environ.get("CONSENTRY_ANALYTICS_LOG"))
    removed: list[str] = []
    if product is not None:
        queued = _queued(home, product)
        _purge_queue(home, product)
        if queued:
            removed.append(f"deleted {queued} queued event(s) of {product} from {home.outbox_path}")
        for log in (rotated(audit), audit):
            if _drop_audit_lines(log, product):
                removed.append(f"deleted the lines of {product} from {log}")
        id_path = product_files(home, product).anonymous_id_path
        if id_path.exists():
            id_path.unlink()
            removed.append(f"deleted {id_path}")
        return removed or ["nothing to delete"]
    candidates = [
        home.outbox_path,
        home.outbox_path.with_name(home.outbox_path.name + "-wal"),
        home.outbox_path.with_name(home.outbox_path.name + "-shm"),
        *corrupt_copies(home.outbox_path),  # a damaged outbox moved aside still holds events
        audit,
        rotated(audit),
        *(product_files(home, p).anonymous_id_path for p in known_products(home)),
    ]
    for path in candidates:
        if path.exists():
            path.unlink()
            removed.append(f"deleted {path}")
    return removed or ["nothing to delete"]


def _drop_audit_lines(path: Path, product: str) -> bool:
    """Rewrite an audit log without one product's lines; whether any were there."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except FileNotFoundError:
        return False
    kept = [line for line in lines if _product_of(line) != product]
    if len(kept) == len(lines):
        return False
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("".join(kept), encoding="utf-8")
    os.replace(tmp, path)
    return True


def _product_of(line: str) -> str | None:
    with contextlib.suppress(ValueError):
        entry = json.loads(line)
        if isinstance(entry, dict):
            return str(entry.get("product", DEFAULT_PRODUCT))
    return None


def audit_entries(path: Path, product: str | None) -> list[dict[str, Any]]:
    """The audit log's entries, of one product when given."""
    return [
        entry
        for entry in read_entries(path)
        if product is None or entry.get("product", DEFAULT_PRODUCT) == product
    ]
