"""Consent and data commands that work without a running server (`consentry status` etc.).

They read and write the same files the server does; a running server re-reads
config.json on its next decision, so a choice made here applies there too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from consentry.anonymize import catalog
from consentry.consent.home import ConfigError, Home
from consentry.consent.profile import Profile, ProfileError, load_profile
from consentry.consent.rule import (
    ConsentSources,
    Decision,
    consent_record,
    decide,
    with_environment,
)
from consentry.delivery.outbox import Outbox, OutboxError, corrupt_copies
from consentry.pipeline import audit_file


def _queued(home: Home) -> int:
    if not home.outbox_path.exists():
        return 0
    try:
        outbox = Outbox(home.outbox_path)
    except OutboxError:
        return 0
    try:
        return outbox.count()
    finally:
        outbox.close()


def offline_status(environ: Mapping[str, str], profile_path: str | None = None) -> dict[str, Any]:
    """State, deciding source, reason, destination and queue size, from the files alone."""
    profile_error = None
    try:
        profile = load_profile(profile_path, environ)
    except ProfileError as exc:
        profile, profile_error = Profile(), str(exc)
    home = Home.from_env(environ, default=profile.home)
    try:
        config, config_error = home.read_config(), None
    except ConfigError as exc:
        config, config_error = {}, str(exc)
    allow = config.get("allowAnonymousTelemetry")
    decision = decide(
        with_environment(
            ConsentSources(
                permanently_disabled=config.get("permanentlyDisabled") is True,
                config_allow=allow if isinstance(allow, bool) else None,
                config_error=config_error,
                profile_consent=profile.consent,
                setting_overrides_config=profile.setting_overrides_config,
                profile_error=profile_error,
            ),
            environ,
        )
    )
    return {
        "state": decision.state,
        "decidedBy": decision.decided_by,
        "reason": decision.reason,
        "destination": profile.destination,
        "queued": _queued(home),
    }


def record_choice(environ: Mapping[str, str], *, granted: bool, permanent: bool) -> str:
    """Write the user's choice to config.json; a refusal also deletes what is queued."""
    home = Home.from_env(environ)
    changes: dict[str, Any] = {"allowAnonymousTelemetry": granted}
    if permanent:
        changes["permanentlyDisabled"] = True
    config = home.update_config(changes)
    status = offline_status(environ)
    decision = Decision(status["state"], status["decidedBy"], status["reason"])
    record = consent_record(
        decision, datetime.now(UTC).isoformat(), catalog.CATALOG_VERSION, "command line"
    )
    home.update_config({"consentRecord": record})
    if not granted and home.outbox_path.exists():
        outbox = Outbox(home.outbox_path)
        try:
            outbox.purge()
        finally:
            outbox.close()
    if granted and config.get("permanentlyDisabled") is True:
        return (
            f"Recorded, but telemetry stays off: it is permanently disabled in {home.config_path}. "
            'Remove "permanentlyDisabled" from that file by hand to allow it again.'
        )
    if granted:
        return f"Anonymous telemetry allowed (recorded in {home.config_path})."
    if permanent:
        return f"Telemetry permanently disabled (recorded in {home.config_path})."
    return f"Telemetry turned off (recorded in {home.config_path})."


def purge(environ: Mapping[str, str]) -> list[str]:
    """Delete the outbox, the audit log and the anonymous id; say what was removed."""
    home = Home.from_env(environ)
    removed: list[str] = []
    audit = audit_file(home, environ.get("CONSENTRY_ANALYTICS_LOG"))
    candidates = [
        home.outbox_path,
        home.outbox_path.with_name(home.outbox_path.name + "-wal"),
        home.outbox_path.with_name(home.outbox_path.name + "-shm"),
        *corrupt_copies(home.outbox_path),  # a damaged outbox moved aside still holds events
        audit,
        audit.with_name(audit.name + ".1"),
        home.anonymous_id_path,
    ]
    for path in candidates:
        if path.exists():
            path.unlink()
            removed.append(f"deleted {path}")
    return removed or ["nothing to delete"]
