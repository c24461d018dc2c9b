"""One product in the server: it acts on what its consent state decides.

A `Product` holds its consent state (which decides and returns), its storage partition
(its share of the outbox and its sender), its anonymous id, its context (the
extension's version) and its ledger (counters and recent events). On a new decision it
acts: closes the sender's gate and purges its own queue, opens its storage, keeps the
consent record, tells the client. It never calls up into the intake or the registry.

Every method runs on the event loop except `queued`, `flush` and `close`, which block
on SQLite or HTTP and run off it; the partition hands its threads' reports back to the
event loop, so the ledger is only ever touched from the loop.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from consentry.anonymize import catalog, envelope, identifiers
from consentry.consent.profile import Profile
from consentry.consent.rule import Decision
from consentry.consent.state import ConsentState
from consentry.delivery import dev_runs
from consentry.delivery.history import History
from consentry.delivery.outbox import Limits, OutboxError, Row
from consentry.delivery.sender import Destination
from consentry.delivery.storage import PartitionEvents, Storage

logger = logging.getLogger(__name__)

RECENT_LIMIT: Final = 200


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


class Ledger:
    """A product's counters and its last events, as `status` and `recentEvents` show them."""

    def __init__(self, daily: Callable[..., None] | None = None) -> None:
        self.sent = 0
        self.dropped: Counter[str] = Counter()
        self._recent: deque[_Recent] = deque(maxlen=RECENT_LIMIT)
        self._by_id: dict[str, _Recent] = {}
        # The daily counts of the dashboard's chart (`History.add` for this product).
        self._daily = daily

    def _day(self, *, sent: int = 0, dropped: int = 0) -> None:
        if self._daily is not None:
            self._daily(sent=sent, dropped=dropped)

    def queued(self, event_id: str, name: str, body: dict[str, Any]) -> None:
        """An event was handed to the outbox."""
        entry = _Recent(event_id, name, "queued", body)
        self._recent.append(entry)
        self._by_id[event_id] = entry
        if len(self._by_id) > RECENT_LIMIT * 2:
            keep = {e.event_id for e in self._recent}
            self._by_id = {k: v for k, v in self._by_id.items() if k in keep}

    def drop(self, name: str, reason: str, count: int = 1) -> None:
        """Events that will never be sent, and why (the entry shows no values)."""
        self.dropped[reason] += count
        self._recent.append(_Recent("", name, "dropped", None, reason))
        self._day(dropped=count)

    def count(self, reason: str, count: int = 1) -> None:
        """Count a reason without an entry (events lost in storage, field issues)."""
        self.dropped[reason] += count
        self._day(dropped=count)

    def delivered(self, ids: list[str]) -> None:
        """The endpoint took these events (or the audit log did, for log-only)."""
        self.sent += len(ids)
        self._day(sent=len(ids))
        for event_id in ids:
            entry = self._by_id.get(event_id)
            if entry is not None:
                entry.status = "sent"

    def refused(self, reason: str, ids: list[str]) -> None:
        """The endpoint refused these events for good."""
        self.dropped[reason] += len(ids)
        self._day(dropped=len(ids))
        for event_id in ids:
            entry = self._by_id.get(event_id)
            if entry is not None:
                entry.status, entry.body, entry.reason = "dropped", None, reason

    def revoke(self, kinds: tuple[str, ...] | None) -> None:
        """Queued events of `kinds` (all when None) were purged: consent was withdrawn."""
        for entry in self._recent:
            if entry.status == "queued" and (kinds is None or _kind_of(entry.name) in kinds):
                entry.status, entry.body, entry.reason = "dropped", None, "consent-revoked"

    def recent(self, limit: int) -> list[dict[str, Any]]:
        """The last `limit` events, newest last."""
        entries = list(self._recent)[-limit:] if limit > 0 else []
        return [e.as_dict() for e in entries]


def _kind_of(name: str) -> str:
    definition = catalog.CATALOG.get(name)
    return definition.kind if definition else "usage"


def _destination(profile: Profile, route: dev_runs.DevRunRoute) -> Destination:
    # A development run without `dev_runs = "send"` has no key: the audit log only.
    return Destination(profile.posthog_host, "" if route.log_only else profile.posthog_api_key)


class Product:
    """One registered product: its consent, destination, anonymous id, queue and ledger."""

    def __init__(
        self,
        *,
        state: ConsentState,
        storage: Storage,
        context: envelope.Context,
        on_state_changed: Callable[[str, Decision], None],
        warn: Callable[[str], None],
        environ: Mapping[str, str] | None = None,
        history: History | None = None,
    ) -> None:
        self.state = state
        self.context = context
        self._history = history
        self.ledger = Ledger(self._daily())
        self._environ: Mapping[str, str] = environ or {}
        self._on_state_changed = on_state_changed
        self._warn = warn
        self._distinct_id: str | None = None
        self._applied = False
        # What the client said about the product's extension (`extensionPath`,
        # `extensionMode`), for the parts that judge by it.
        self.extras: dict[str, str] = {}
        self.route = self._route()
        self.decision = state.decide()
        self.partition = storage.partition(
            self.id,
            _destination(state.profile, self.route),
            self._limits(),
            self._partition_events(),
        )
        self.partition.warn = warn

    @property
    def id(self) -> str:
        """The product id (its profile's `id`)."""
        return self.state.product_id

    @property
    def profile(self) -> Profile:
        """The product's profile."""
        return self.state.profile

    def _daily(self) -> Callable[..., None] | None:
        history, product_id = self._history, self.id
        if history is None:
            return None

        def add(*, sent: int = 0, dropped: int = 0) -> None:
            # Only while something may be kept: a "no" leaves no trace on disk, not
            # even a count of what was refused.
            if self.decision.sends_errors:
                history.add(product_id, sent=sent, dropped=dropped)

        return add

    def _route(self) -> dev_runs.DevRunRoute:
        """Where this run's events go: a development or test run keeps them on the machine."""
        mode = dev_runs.extension_mode(self.extras.get("extensionMode"))
        reason = dev_runs.dev_run_reason(mode, self._environ)
        return dev_runs.route(reason, "send" if self.profile.dev_runs == "send" else "log-only")

    def set_extras(self, extras: Mapping[str, str]) -> None:
        """What the client said about the product's extension (`extensionPath`,
        `extensionMode`); a development run changes where its events go."""
        self.extras.update(extras)
        self.route = self._route()
        self.partition.update(
            _destination(self.profile, self.route), self._limits(), self._partition_events()
        )

    @property
    def destination(self) -> str:
        """`posthog`, or `log-only` when nothing leaves the machine (no key, or a dev run)."""
        return self.partition.destination.name

    def _limits(self) -> Limits:
        return Limits(self.profile.outbox_max_events, self.profile.outbox_max_bytes)

    def _partition_events(self) -> PartitionEvents:
        return PartitionEvents(
            sent=self.ledger.delivered, refused=self.ledger.refused, lost=self.ledger.count
        )

    def set_version(self, extension_version: str) -> None:
        """The version of the product's extension, which its events carry."""
        self.context = replace(
            self.context, extension_version=identifiers.version(extension_version)
        )

    def update_profile(self, profile: Profile, extension_version: str | None) -> None:
        """Re-registration: the new profile and version take effect (an update)."""
        self.state.set_profile(profile, None)
        self.route = self._route()
        self.partition.update(
            _destination(profile, self.route), self._limits(), self._partition_events()
        )
        if extension_version is not None:
            self.set_version(extension_version)

    # ----- deciding and acting -----------------------------------------------------------

    def refresh(self, *, ready: bool, **changes: Any) -> Decision:
        """Apply changed sources (re-reading the files); act on a new decision when ready.

        Until the editor's settings are known the decision is provisional: acting on it
        would purge what an earlier run left before a grant is even read.
        """
        decision = self.state.update(**changes)
        return self.act(decision) if ready else decision

    def check_files(self) -> None:
        """Re-decide if a file the consent state reads changed (cheap; once per 10 ms)."""
        if self.state.files_changed():
            self.act(self.state.update())

    def act(self, decision: Decision) -> Decision:
        """Do what a decision means: purge on a revocation, open storage on a grant,
        keep the record, tell the client."""
        previous, self.decision = self.decision, decision
        # Purge on a change (or on the first decision, for what an earlier run left):
        # while consent stays off nothing new is stored, so there is nothing to purge.
        if (decision != previous or not self._applied) and not decision.sends_usage:
            kinds = None if not decision.sends_errors else ("usage",)
            try:
                self.partition.purge(kinds)
            except (OSError, OutboxError) as exc:
                logger.error("Cannot open the outbox to delete queued events: %s", exc)
            self.ledger.revoke(kinds)
        first = not self._applied
        self._applied = True
        if decision.sends_errors:
            try:
                self.partition.open()
                if self._distinct_id is None:
                    self._distinct_id = self.state.files.anonymous_id(create=True)
            except (OSError, OutboxError) as exc:
                # Events are then dropped and counted; the server keeps serving.
                logger.error("Cannot open the outbox in %s: %s", self.state.home.root, exc)
                self._warn(f"Telemetry storage is unavailable: {exc}")
        if decision != previous or first:
            if decision != previous:
                logger.info("Consent of %s: %s (%s)", self.id, decision.state, decision.reason)
            self.state.record(previous, decision, "server")
            self.state.remember()
            self._on_state_changed(self.id, decision)
        return decision

    # ----- events ------------------------------------------------------------------------

    def allows(self, kind: str) -> bool:
        """Whether events of this kind may be kept now.

        Nothing is kept before the first decision has been acted on (a product whose
        setting is still being pulled): until then consent is not known.
        """
        if not self._applied:
            return False
        return self.decision.sends_usage if kind == "usage" else self.decision.sends_errors

    def refusal(self) -> str:
        """The reason an event of a kind not allowed is dropped."""
        if not self._applied:
            return "consent-undecided"
        return (
            "errors-only"
            if self.decision.state == "errors-only"
            else f"consent-{self.decision.state}"
        )

    def keep(self, verdict: catalog.Accepted) -> None:
        """Wrap an accepted event with this product's id and context, and queue it."""
        if self._distinct_id is None and self.partition.storage.is_open:
            # The first event kept (again, after `consentry/resetId`) makes the id.
            try:
                self._distinct_id = self.state.files.anonymous_id(create=True)
            except OSError as exc:
                logger.warning("Cannot make a new anonymous id: %s", exc)
        if self._distinct_id is None or not self.partition.storage.is_open:
            self.ledger.drop(verdict.event, "storage-unavailable")
            return
        body = envelope.wrap(verdict, self._distinct_id, self.context)
        body["properties"].update(self.route.properties())  # `$dev: true` in a sent dev run
        text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        self.ledger.queued(verdict.event_id, verdict.event, body)
        self.partition.put(Row(verdict.event_id, verdict.kind, text, self.id))

    # ----- requests ----------------------------------------------------------------------

    def queued(self) -> int:
        """How many of this product's events wait in the outbox (blocking)."""
        return self.partition.storage.queued(self.id)

    def summary(self, queued: int) -> dict[str, Any]:
        """This product's line in `consentry/status` (`products`)."""
        return {
            "product": self.id,
            "state": self.decision.state,
            "decidedBy": self.decision.decided_by,
            "reason": self.decision.reason,
            "destination": self.destination,
            "queued": queued,
            "sent": self.ledger.sent,
            "dropped": dict(self.ledger.dropped),
        }

    def flush(self, deadline: float) -> int:
        """One delivery attempt (blocking, off the loop); how many went out."""
        if not self.decision.sends_errors:
            return 0
        return self.partition.deliver(deadline)

    def choose(self, *, granted: bool, permanent: bool, ready: bool) -> Decision:
        """Record a choice in the product's config.json and act on it (raises OSError)."""
        self.state.choose(granted=granted, permanent=permanent)
        return self.refresh(ready=ready)

    def reset_id(self) -> bool:
        """Forget the anonymous id: delete its file; the next event kept makes a new one.

        Returns whether an id file existed. Events already in the outbox keep the id
        they were wrapped with. Raises OSError if the file cannot be deleted.
        """
        self._distinct_id = None
        try:
            self.state.files.anonymous_id_path.unlink()
        except FileNotFoundError:
            return False
        return True

    def last_flush(self, deadline: float) -> None:
        """The bounded attempt of shutdown (blocking); never raises."""
        try:
            if self.decision.sends_errors and time.monotonic() < deadline:
                self.partition.deliver(deadline)
        except Exception:  # shutdown must never hang or fail the editor's quit
            logger.exception("Final flush of %s failed", self.id)
