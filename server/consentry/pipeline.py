"""The pipeline one server owns: consent → catalog/scrub → outbox → sender → audit.

Handlers hand it raw params; it judges each event against the current consent
decision and the catalog, keeps what may be kept in the outbox, and lets the sender
deliver. Consent changes take effect here at once: turning off deletes every queued
event, errors-only deletes queued usage events. Nothing is stored, no id is made and
the sender (with its HTTP stack) is not even created before consent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from consentry.anonymize import catalog, envelope
from consentry.consent.home import ConfigError, Home
from consentry.consent.profile import Profile
from consentry.consent.rule import (
    ConsentSources,
    Decision,
    consent_record,
    decide,
    with_environment,
)
from consentry.delivery.audit import AuditLog
from consentry.delivery.outbox import Limits, Outbox, OutboxError, OutboxWriter, PutResult, Row
from consentry.lsp.protocol import FlushResult, StatusResult

logger = logging.getLogger(__name__)

RECENT_LIMIT: Final = 200
HELD_LIMIT: Final = 10_000
# Events judged but not yet committed: past this many, stdin is not read until the writer
# has caught up. At ~1 KB each in memory, a flood of 100,000 events cost 40 MB of RSS.
INTAKE_BACKLOG_LIMIT: Final = 2_000
# Events held before the configuration is known are bounded in size too (characters of
# JSON, as `catalog.json_size` counts them), so a burst at startup cannot exhaust memory.
HELD_CHARS_LIMIT: Final = 8 * 1024 * 1024
# config.json is stat'ed at most this often during a burst of events, and always for the
# first event after a request: a stat per event cost ~25 µs of CPU in the server.
CONFIG_CHECK_INTERVAL: Final = 0.01


@dataclass
class _Recent:
    """One entry of `consentry/recentEvents`."""

    event_id: str
    name: str
    status: str
    body: dict[str, Any] | None = None
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        if self.body is None:
            return {"status": self.status, "event": self.name, "reason": self.reason}
        return {"status": self.status, **self.body}


def audit_file(home: Home, configured: str | None) -> Path:
    """The audit log's path: the configured file (relative to the home) or the default."""
    if not configured:
        return home.default_audit_path
    return home.root / Path(configured).expanduser()


def sampled(seed: str, rate: float) -> bool:
    """Whether an installation with this seed is in the sampled share; stable, never re-rolled."""
    if rate >= 1.0:
        return True
    digest = hashlib.sha256(seed.encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < rate


class Pipeline:
    """Everything between a decoded `consentry/track` and a 2xx from PostHog."""

    def __init__(
        self,
        *,
        home: Home,
        profile: Profile,
        profile_error: str | None,
        environ: Mapping[str, str],
        audit_path: str | None,
        on_state_changed: Callable[[Decision], None],
        warn: Callable[[str], None],
    ) -> None:
        self.home = home
        # Stat'ed once per event: os.stat on a str costs a quarter of Path.stat.
        self._config_file = str(home.config_path)
        self.profile = profile
        self._environ = environ
        self._on_state_changed = on_state_changed
        self._warn = warn
        self.audit = AuditLog(audit_file(home, audit_path))
        self.context = envelope.Context(session_id=str(uuid.uuid4()))
        self._lock = threading.Lock()
        self._sent = 0
        self._dropped: Counter[str] = Counter()
        self._recent: deque[_Recent] = deque(maxlen=RECENT_LIMIT)
        self._recent_by_id: dict[str, _Recent] = {}
        self._held: list[object] = []
        self._held_size = 0
        self.ready = False
        self._closed = False
        self._writer: OutboxWriter | None = None
        self._reader: Outbox | None = None
        self._writer_outbox: Outbox | None = None
        self._sender_outbox: Outbox | None = None
        self._sender: Any = None
        self._distinct_id: str | None = None
        self._sources = with_environment(
            ConsentSources(
                profile_consent=profile.consent,
                profile_error=profile_error,
                setting_overrides_config=profile.setting_overrides_config,
            ),
            environ,
        )
        self._config_stamp: tuple[int, int, int] | None = None
        self._config_due = 0.0
        self._applied = False
        self.decision = Decision("undecided", "profile", "Waiting for the editor's settings.")
        self._refresh_files()
        self.decision = decide(self._sources)

    # ----- consent ---------------------------------------------------------------------

    def _stamp(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self._config_file)  # noqa: PTH116 (the point is to skip pathlib)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def check_config_file(self) -> None:
        """Re-decide if config.json changed since it was last read.

        One stat, at most every CONFIG_CHECK_INTERVAL (10 ms) while events stream in,
        so an edit takes effect within 10 ms, and for the first event after any request.
        """
        now = time.monotonic()
        if now < self._config_due:
            return
        self._config_due = now + CONFIG_CHECK_INTERVAL
        if self._stamp() != self._config_stamp:
            self.update_sources()

    def _refresh_files(self) -> None:
        """Re-read config.json into the sources (it may have been edited by hand)."""
        try:
            config = self.home.read_config()
            error = None
        except ConfigError as exc:
            config, error = {}, str(exc)
            if error != self._sources.config_error:
                logger.warning("%s", exc)
                self._warn(f"{exc}: telemetry is off until the file is fixed")
        allow = config.get("allowAnonymousTelemetry")
        seed = config.get("samplingSeed")
        # A broken file is the user's to fix: never overwrite it, not even with a seed.
        if self.profile.sample_rate < 1.0 and not isinstance(seed, str) and error is None:
            seed = secrets.token_hex(16)
            try:
                self.home.update_config({"samplingSeed": seed})
            except OSError as exc:
                logger.warning("Could not record the sampling seed: %s", exc)
        self._sources = replace(
            self._sources,
            permanently_disabled=config.get("permanentlyDisabled") is True,
            config_allow=allow if isinstance(allow, bool) else None,
            config_error=error,
            sampled=sampled(seed, self.profile.sample_rate) if isinstance(seed, str) else True,
        )
        self._config_stamp = self._stamp()

    def update_sources(self, **changes: Any) -> Decision:
        """Apply changed sources (and re-read config.json); act on a new decision at once."""
        self._sources = replace(self._sources, **changes)
        self._refresh_files()
        return self._apply(decide(self._sources))

    def _apply(self, decision: Decision) -> Decision:
        if not self.ready:
            # Provisional until the editor's settings are known (mark_ready): acting on
            # it would purge what an earlier run left, before a grant is even read.
            return decision
        previous, self.decision = self.decision, decision
        # Purge on a change (or on the first decision, for what an earlier run left):
        # while consent stays off nothing new is stored, so there is nothing to purge.
        if (decision != previous or not self._applied) and not decision.sends_usage:
            self._close_gate_and_purge(None if not decision.sends_errors else ("usage",))
        self._applied = True
        if decision.sends_errors:
            try:
                self._open()
            except (OSError, OutboxError) as exc:
                # Events are then dropped and counted; the server keeps serving.
                logger.error("Cannot open the outbox in %s: %s", self.home.root, exc)
                self._warn(f"Telemetry storage is unavailable: {exc}")
        if decision != previous:
            logger.info("Consent: %s (%s)", decision.state, decision.reason)
            self._record(previous, decision)
            self._on_state_changed(decision)
        return decision

    def _record(self, previous: Decision, decision: Decision) -> None:
        """Keep the consent record in config.json current.

        Written when the state changes; never creates the state folder for a
        decision that grants nothing (undecided and off store nothing).
        """
        if previous.state == decision.state:
            return
        if not decision.sends_errors and not self.home.root.exists():
            return
        if self._sources.config_error is not None:
            # The broken file is the user's to fix; rewriting it would also end the "no"
            # it stands for.
            return
        record = consent_record(
            decision, datetime.now(UTC).isoformat(), catalog.CATALOG_VERSION, "server"
        )
        try:
            self.home.update_config({"consentRecord": record})
        except OSError as exc:
            logger.warning("Could not write the consent record: %s", exc)
        self._config_stamp = self._stamp()

    def _close_gate_and_purge(self, kinds: tuple[str, ...] | None) -> None:
        if self._sender is not None:
            if kinds is None:
                self._sender.allow(False)
            else:
                self._sender.invalidate()
        if self._writer is None and self.home.outbox_path.exists():
            self._open_outbox()
        if self._writer is not None:
            self._writer.purge(kinds).result(timeout=10)
        with self._lock:
            for entry in self._recent:
                if entry.status == "queued" and (kinds is None or _kind_of(entry.name) in kinds):
                    entry.status, entry.body, entry.reason = "dropped", None, "consent-revoked"

    def _open_outbox(self) -> None:
        self.home.ensure()
        limits = Limits(self.profile.outbox_max_events, self.profile.outbox_max_bytes)
        # The writer's connection opens first and is the one that replaces a damaged file.
        box = Outbox(self.home.outbox_path, limits, recover=True)
        self._writer_outbox = box
        if box.recovered is not None:
            self._count("outbox-corrupt", box.recovered.lost)
            self._warn(
                f"The outbox in {self.home.root} was damaged: moved aside to "
                f"{box.recovered.moved_to.name}, a new one was started"
            )
        self._writer = OutboxWriter(box, self._committed, self._failed)
        self._reader = Outbox(self.home.outbox_path, limits)

    def _open(self) -> None:
        """Open the outbox and start the sender; only ever called with consent."""
        if self._writer is None:
            self._open_outbox()
        if self._distinct_id is None:
            self._distinct_id = self.home.anonymous_id(create=True)
        if self._sender is None:
            from consentry.delivery.sender import Destination, Sender

            self._sender_outbox = Outbox(
                self.home.outbox_path, self._reader.limits if self._reader else None
            )
            self._sender = Sender(
                self._sender_outbox,
                self.audit,
                Destination(self.profile.posthog_host, self.profile.posthog_api_key),
                self._delivered,
                self._refused,
            )
        self._sender.allow(True)

    def use_audit_file(self, configured: str | None) -> None:
        """Point the audit log at the `consentry.telemetry.analyticsLog` setting."""
        self.audit.path = audit_file(self.home, configured)

    # ----- intake ----------------------------------------------------------------------

    def set_client(self, *, ide_name: str, ide_version: str, extension_version: str) -> None:
        """Record the context facts every event carries (names checked like identifiers)."""

        def clean(value: str) -> str:
            return (
                value
                if catalog.looks_like_identifier(value.replace(" ", "-"))
                else catalog.REDACTED
            )

        self.context = replace(
            self.context,
            ide_name=clean(ide_name),
            ide_version=clean(ide_version),
            extension_version=clean(extension_version),
        )

    def mark_ready(self) -> None:
        """The configuration is known: judge the events held until now."""
        self.ready = True
        self.update_sources()
        self._on_state_changed(self.decision)
        held, self._held, self._held_size = self._held, [], 0
        for params in held:
            self.track(params)

    def track(self, params: object) -> None:
        """Judge one `consentry/track` and keep it if consent and the catalog allow."""
        # Measured first (from string lengths, no encoding): the cap bounds all later work.
        size = catalog.json_size(params)
        if size > catalog.MAX_EVENT_JSON:
            name = catalog.event_name(params)
            self._warn(f"{name}: rejected, more than {catalog.MAX_EVENT_JSON} characters of JSON")
            self._drop(name, "too-large")
            return
        if not self.ready:
            if len(self._held) < HELD_LIMIT and self._held_size + size <= HELD_CHARS_LIMIT:
                self._held.append(params)
                self._held_size += size
            else:
                self._drop("<unknown>", "held-overflow")
            return
        self.check_config_file()
        name = catalog.event_name(params)
        definition = catalog.CATALOG.get(name)
        if definition is not None and not self._allows(definition.kind):
            # Judged before validation: what may not be kept is not even scrubbed.
            self._drop(name, self._refusal())
            return
        verdict = catalog.validate(params, datetime.now(UTC))
        for issue in verdict.issues:
            self._warn(f"{issue.event}: field '{issue.field}' {issue.reason}")
            if issue.reason != "scrubbed":
                self._count(f"field-{issue.reason}")
        if isinstance(verdict, catalog.Rejected):
            self._warn(f"{verdict.event}: rejected, field '{verdict.field}' {verdict.reason}")
            self._drop(verdict.event, verdict.reason)
            return
        if self._distinct_id is None and self._writer is not None:
            # After `consentry/resetId`, the first event kept makes the new id.
            try:
                self._distinct_id = self.home.anonymous_id(create=True)
            except OSError as exc:
                logger.warning("Cannot make a new anonymous id: %s", exc)
        if self._writer is None or self._distinct_id is None:
            self._drop(verdict.event, "storage-unavailable")
            return
        body = envelope.wrap(verdict, self._distinct_id, self.context)
        text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        entry = _Recent(verdict.event_id, verdict.event, "queued", body)
        with self._lock:
            self._recent.append(entry)
            self._recent_by_id[verdict.event_id] = entry
            self._trim_recent_index()
        self._writer.put(Row(verdict.event_id, verdict.kind, text))

    def track_batch(self, events: list[object]) -> None:
        """Judge the events of one `consentry/trackBatch` in order; too many: drop them all."""
        if len(events) > catalog.MAX_BATCH_EVENTS:
            self._warn(
                f"consentry/trackBatch: rejected, {len(events)} events "
                f"(at most {catalog.MAX_BATCH_EVENTS})"
            )
            self._count("too-large", len(events))
            with self._lock:
                self._recent.append(_Recent("", "<unknown>", "dropped", None, "too-large"))
            return
        for params in events:
            self.track(params)

    def _allows(self, kind: str) -> bool:
        return self.decision.sends_usage if kind == "usage" else self.decision.sends_errors

    def _refusal(self) -> str:
        return (
            "errors-only"
            if self.decision.state == "errors-only"
            else f"consent-{self.decision.state}"
        )

    def _trim_recent_index(self) -> None:
        if len(self._recent_by_id) > RECENT_LIMIT * 2:
            keep = {e.event_id for e in self._recent}
            self._recent_by_id = {k: v for k, v in self._recent_by_id.items() if k in keep}

    def _drop(self, name: str, reason: str) -> None:
        self._count(reason)
        with self._lock:
            self._recent.append(_Recent("", name, "dropped", None, reason))

    def _count(self, reason: str, n: int = 1) -> None:
        with self._lock:
            self._dropped[reason] += n

    # ----- callbacks from the writer and sender threads -----------------------------------

    def _committed(self, result: PutResult) -> None:
        if result.evicted_usage:
            self._count("outbox-full", result.evicted_usage)
        if result.evicted_errors:
            self._count("outbox-full", result.evicted_errors)
        if self._sender is not None:
            self._sender.wake()

    def _failed(self, count: int, error: OutboxError) -> None:
        self._count("disk-error", count)
        self._warn(f"Could not store {count} event(s): {error}")

    def _delivered(self, ids: list[str]) -> None:
        with self._lock:
            self._sent += len(ids)
            for event_id in ids:
                entry = self._recent_by_id.get(event_id)
                if entry is not None:
                    entry.status = "sent"

    def _refused(self, reason: str, ids: list[str]) -> None:
        self._count(reason, len(ids))
        with self._lock:
            for event_id in ids:
                entry = self._recent_by_id.get(event_id)
                if entry is not None:
                    entry.status, entry.body, entry.reason = "dropped", None, reason

    # ----- requests ----------------------------------------------------------------------

    def intake_backlog(self) -> Future[object] | None:
        """When the outbox writer is far behind the intake, a future that completes once
        it has caught up; reading stdin waits on it, so a flood cannot pile up in memory."""
        writer = self._writer
        return writer.behind(INTAKE_BACKLOG_LIMIT) if writer is not None else None

    def barrier(self) -> None:
        """Block until every event judged so far is durable (run it off the event loop)."""
        self._config_due = 0.0  # every request is a barrier, for config.json edits too
        if self._writer is not None:
            self._writer.barrier().result(timeout=30)

    def queued(self) -> int:
        """How many events wait in the outbox."""
        if self._reader is None:
            return 0
        try:
            return self._reader.count()
        except OutboxError:
            return 0

    def status(self) -> StatusResult:
        """The `consentry/status` answer."""
        with self._lock:
            sent, dropped = self._sent, dict(self._dropped)
        return {
            "state": self.decision.state,
            "decidedBy": self.decision.decided_by,
            "reason": self.decision.reason,
            "destination": self.profile.destination,
            "queued": self.queued(),
            "sent": sent,
            "dropped": dropped,
        }

    def flush(self, budget: float = 10.0) -> FlushResult:
        """One delivery attempt (blocking): what was sent while it ran, and what is left."""
        with self._lock:
            before = self._sent
        self.barrier()
        if self._sender is not None and self.decision.sends_errors:
            self._sender.deliver(time.monotonic() + budget, ignore_backoff=True)
        with self._lock:
            sent = self._sent - before
        return {"sent": sent, "queued": self.queued()}

    def recent_events(self, limit: int) -> list[dict[str, Any]]:
        """The last events as sent (or to be sent), newest last, each with its status."""
        with self._lock:
            entries = list(self._recent)[-limit:] if limit > 0 else []
            return [e.as_dict() for e in entries]

    def set_consent(self, granted: bool, permanent: bool) -> Decision:
        """Record a choice in config.json (for clients without settings) and apply it."""
        changes: dict[str, Any] = {"allowAnonymousTelemetry": granted}
        if not granted and (permanent or self.profile.decline_is_permanent):
            changes["permanentlyDisabled"] = True
        self.home.update_config(changes)
        return self.update_sources()

    def reset_id(self) -> bool:
        """Forget the anonymous id: delete its file; the next event kept makes a new one.

        Returns whether an id file existed. Events already in the outbox keep the id
        they were wrapped with. Raises OSError if the file cannot be deleted.
        """
        self._distinct_id = None
        try:
            self.home.anonymous_id_path.unlink()
        except FileNotFoundError:
            return False
        return True

    def close(self, budget: float = 1.0) -> None:
        """One bounded flush attempt, then stop; what is left stays for the next start.

        Only the first call does anything (`shutdown` closes, and so does the process's end).
        """
        if self._closed:
            return
        self._closed = True
        deadline = time.monotonic() + budget
        try:
            if self._writer is not None:
                self._writer.barrier().result(timeout=max(0.0, deadline - time.monotonic()))
            if self._sender is not None and self.decision.sends_errors:
                self._sender.deliver(deadline, ignore_backoff=True)
        except Exception:  # shutdown must never hang or fail the editor's quit
            logger.exception("Final flush failed")
        if self._sender is not None:
            self._sender.stop(timeout=0.1)
        if self._writer is not None:
            self._writer.stop(timeout=max(0.1, deadline - time.monotonic()))
        # Closing the last connection checkpoints the WAL into the database file, so
        # the process can end without waiting for the garbage collector to close them.
        for box in (self._sender_outbox, self._reader, self._writer_outbox):
            if box is not None:
                with contextlib.suppress(Exception):
                    box.close()


def _kind_of(name: str) -> str:
    definition = catalog.CATALOG.get(name)
    return definition.kind if definition else "usage"
