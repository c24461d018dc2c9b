"""The sender: takes batches from the outbox and posts them to PostHog.

It uses the posthog package's transport (`posthog.request.batch_post`, gzip on) and
imports it only when there is something to send, so a server without consent never
loads an HTTP stack. A batch is deleted from the outbox only after a 2xx answer.
Retry rule (as posthog-python's): 408, 429, 5xx and network errors (refused,
reset, timed out) retry with exponential backoff and jitter, honouring
`Retry-After` — even for an explicit flush; 413 halves the batch; any other 4xx
drops the batch and counts why. One log line says the endpoint is failing, not one
per attempt.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from consentry.delivery import network
from consentry.delivery.audit import AuditLog
from consentry.delivery.outbox import Outbox, OutboxError

logger = logging.getLogger(__name__)

MAX_BATCH: Final = 100
BACKOFF_BASE: Final = 1.0
BACKOFF_CAP: Final = 300.0
POST_TIMEOUT: Final = 10.0
POST_TIMEOUT_ENV: Final = "CONSENTRY_POST_TIMEOUT"
# A Retry-After beyond this is treated as this: a bad header must not silence us for days.
RETRY_AFTER_CAP: Final = 3600.0
_RETRY_STATUSES: Final = frozenset({408, 429})


def post_timeout(environ: Mapping[str, str]) -> float:
    """The POST timeout: `CONSENTRY_POST_TIMEOUT` seconds when set and sensible, else 10 s."""
    raw = environ.get(POST_TIMEOUT_ENV, "").strip()
    try:
        value = float(raw) if raw else POST_TIMEOUT
    except ValueError:
        value = POST_TIMEOUT
    return value if math.isfinite(value) and 0.0 < value <= 600.0 else POST_TIMEOUT


def backoff_delay(failures: int, rng: random.Random | None = None) -> float:
    """The wait after `failures` failed attempts in a row: 1 s doubling to 5 min, with jitter.

    Equal jitter (a uniform draw from the upper half of the ceiling) spreads many
    installations apart without ever retrying at once.
    """
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** min(max(failures, 1) - 1, 16))
    return (rng or random).uniform(ceiling / 2, ceiling)


@dataclass(frozen=True)
class Destination:
    """Where events go: PostHog at `host` with `api_key`, or only the audit log."""

    host: str
    api_key: str

    @property
    def name(self) -> str:
        """`posthog`, or `log-only` when there is no key."""
        return "posthog" if self.api_key else "log-only"


@dataclass(frozen=True)
class Outcome:
    """What one delivery attempt did."""

    sent: int
    failed: bool = False
    retry_after: float | None = None


class Sender:
    """Delivers the outbox in batches from a thread of its own; never busy-polls."""

    def __init__(
        self,
        outbox: Outbox,
        audit: AuditLog,
        destination: Destination,
        on_sent: Callable[[list[str]], None],
        on_dropped: Callable[[str, list[str]], None],
        *,
        timeout: float | None = None,
        product: str | None = None,
        release_orphans: bool = True,
    ) -> None:
        self._outbox = outbox
        # One sender per product: it leases only its product's events (None: all of them).
        self.product = product
        self._audit = audit
        self.destination = destination
        self._on_sent = on_sent
        self._on_dropped = on_dropped
        self.timeout = post_timeout(os.environ) if timeout is None else timeout
        self._lock = threading.Lock()
        # Leases that could not be released (the outbox was not writable), by event id.
        self._unreleased: set[str] = set()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._allowed = threading.Event()
        self._batch_size = MAX_BATCH
        self._generation = 0
        self._failures = 0
        self._retry_at = 0.0  # backoff: an explicit flush may try earlier
        self._not_before = 0.0  # Retry-After: nobody posts earlier
        self._failure_logged = False
        self._audit_failure_logged = False
        self._session: Any = None
        # VS Code's `http` settings (the storage hands them on): a change makes a new
        # session, as does a new destination host (the proxy is chosen per host).
        self.network = network.NetworkSettings()
        self._session_key: tuple[str, network.NetworkSettings] | None = None
        try:
            # Leases of a process that stopped mid-post are handed out again; those of
            # a live server sharing this outbox (another window) are left to it. With a
            # sender per product, the storage does this once, before the first sender:
            # a later one would take back the leases of its sibling's batch in flight.
            if release_orphans:
                outbox.release_orphaned()
        except OutboxError as exc:
            logger.error("Could not read the outbox: %s", exc)
        self._thread = threading.Thread(
            target=self._run, name=f"consentry-sender-{product or 'all'}", daemon=True
        )
        self._thread.start()

    def allow(self, allowed: bool) -> None:
        """Open or close the gate; closing stops posting before the next batch.

        Opening an open gate (the pipeline re-applies consent on every status
        request) changes nothing: a batch in flight is not abandoned for it.
        """
        if allowed:
            self._allowed.set()
            self.wake()
        else:
            self.invalidate()  # whatever was leased before closing is not sent
            self._allowed.clear()

    def invalidate(self) -> None:
        """Batches leased before now are not posted (their rows are being purged)."""
        self._generation += 1

    def wake(self) -> None:
        """Tell the thread there may be something to send."""
        self._wake.set()

    def stop(self, timeout: float = 1.0) -> None:
        """Stop the thread; what is not sent stays in the outbox."""
        self._stopping.set()
        self._wake.set()
        self._thread.join(timeout)

    def deliver(self, deadline: float, *, ignore_backoff: bool = False) -> Outcome:
        """Send batches until the outbox is empty, an attempt fails, or `deadline` passes.

        `ignore_backoff` (an explicit flush, shutdown) skips the wait of the
        exponential backoff, never a `Retry-After` the endpoint asked for. No post
        outlives `deadline`: its timeout is cut to the time left.
        """
        # Bounded wait: a batch in flight on the sender thread must not hold up shutdown.
        if not self._lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            return Outcome(0, failed=True)
        try:
            return self._deliver_until(deadline, ignore_backoff=ignore_backoff)
        finally:
            self._lock.release()

    def _deliver_until(self, deadline: float, *, ignore_backoff: bool) -> Outcome:
        total = 0
        if not self._allowed.is_set():
            return Outcome(0)
        now = time.monotonic()
        if now < self._not_before or (not ignore_backoff and now < self._retry_at):
            return Outcome(0, failed=True)
        while time.monotonic() < deadline and self._allowed.is_set():
            timeout = max(0.05, min(self.timeout, deadline - time.monotonic()))
            outcome = self._deliver_batch(timeout)
            total += outcome.sent
            if outcome.failed:
                self._schedule_retry(outcome.retry_after)
                return Outcome(total, True, outcome.retry_after)
            if outcome.sent == 0:
                self._outbox.reclaim_space()
                break
        self._failures = 0
        self._retry_at = 0.0
        return Outcome(total)

    def _run(self) -> None:
        while not self._stopping.is_set():
            # Sleep until woken, or until a scheduled retry is due (never a busy loop).
            wait = max(self._retry_at, self._not_before) - time.monotonic()
            self._wake.wait(wait if wait > 0 else None)
            self._wake.clear()
            if self._stopping.is_set():
                return
            try:
                self.deliver(time.monotonic() + 60.0)
            except Exception:  # the sender thread must outlive any fault
                logger.exception("Delivery failed unexpectedly")
                self._schedule_retry(None)

    def _schedule_retry(self, retry_after: float | None) -> None:
        self._failures += 1
        now = time.monotonic()
        self._retry_at = now + backoff_delay(self._failures)
        if retry_after is not None and retry_after > 0:
            self._not_before = now + min(retry_after, RETRY_AFTER_CAP)
            self._retry_at = max(self._retry_at, self._not_before)
        self._wake.set()  # the thread may be asleep with no timer: let it set one

    def _give_back(self, ids: list[str]) -> None:
        """Release the lease of events not delivered; when the outbox cannot be written (a
        full disk), they are given back at the next attempt instead of waiting out their
        lease, so the first attempt after the disk has room takes them again."""
        try:
            self._outbox.release(ids)
        except OutboxError:
            self._unreleased.update(ids)

    def _deliver_batch(self, timeout: float) -> Outcome:
        generation = self._generation
        if self._unreleased:
            # Attempts are serialised by `_lock`: none of these is leased by another one.
            held = list(self._unreleased)
            try:
                self._outbox.release(held)
            except OutboxError as exc:
                logger.error("Could not read the outbox: %s", exc)
                return Outcome(0, failed=True)
            self._unreleased.difference_update(held)
        try:
            leased = self._outbox.lease(self._batch_size, product=self.product)
        except OutboxError as exc:
            logger.error("Could not read the outbox: %s", exc)
            return Outcome(0, failed=True)
        if not leased:
            return Outcome(0)  # an empty outbox never loads the HTTP stack
        ids = [event_id for event_id, _ in leased]
        if self.destination.name == "posthog":
            # Slow the first time (~0.5 s): done before the last look at consent below,
            # so a revocation during the import is still honoured.
            _load_transport()
        if generation != self._generation:
            return self._abandon(ids)  # consent changed while leasing
        batch = [json.loads(body) for _, body in leased]
        try:
            # Each event goes into the audit log once, before its first attempt; a retry
            # sends the same bytes again and would only repeat it.
            already = self._outbox.audited(ids)
            fresh = [(i, event) for i, event in zip(ids, batch, strict=True) if i not in already]
            if fresh:
                self._audit.append(
                    [event for _, event in fresh],
                    self.destination.name,
                    self.product or "default",
                )
                self._outbox.mark_audited([i for i, _ in fresh])
        except OutboxError as exc:
            logger.error("Could not read the outbox: %s", exc)
            self._give_back(ids)
            return Outcome(0, failed=True)
        except OSError as exc:
            # Nothing leaves unless it is in the audit log first.
            if not self._audit_failure_logged:
                logger.error("Could not write the audit log %s: %s", self._audit.path, exc)
                self._audit_failure_logged = True
            self._give_back(ids)
            return Outcome(0, failed=True)
        self._audit_failure_logged = False
        if self.destination.name == "log-only":
            return self._delivered(ids)
        if generation != self._generation or not self._allowed.is_set():
            return self._abandon(ids)
        status, retry_after = self._post(batch, timeout)
        if status is not None and 200 <= status < 300:
            if self._failure_logged:
                logger.warning("The endpoint %s accepts events again", self.destination.host)
                self._failure_logged = False
            return self._delivered(ids)
        self._give_back(ids)
        if status == 413:
            if len(ids) == 1:
                self._outbox.ack(ids)
                self._on_dropped("too-large", ids)
                return Outcome(0)
            self._batch_size = max(1, len(ids) // 2)
            return Outcome(0)
        if status is None or status in _RETRY_STATUSES or status >= 500:
            if status is not None:
                self._log_failure_once(f"answered {status}")
            return Outcome(0, failed=True, retry_after=retry_after)
        self._outbox.ack(ids)
        self._on_dropped(f"http-{status}", ids)
        logger.warning("The endpoint refused a batch of %d event(s) with %d", len(ids), status)
        return Outcome(0)

    def _abandon(self, ids: list[str]) -> Outcome:
        """Not posted after all: give back the lease of whatever the purge left."""
        self._give_back(ids)
        return Outcome(0)

    def _log_failure_once(self, what: str) -> None:
        """One line when delivery starts failing; silence until it works again."""
        if not self._failure_logged:
            logger.warning("The endpoint %s %s; will retry", self.destination.host, what)
            self._failure_logged = True

    def _delivered(self, ids: list[str]) -> Outcome:
        self._outbox.ack(ids)
        self._batch_size = min(MAX_BATCH, self._batch_size * 2)
        self._on_sent(ids)
        return Outcome(len(ids))

    def _post(self, batch: list[dict[str, Any]], timeout: float) -> tuple[int | None, float | None]:
        """Post one batch; (status, Retry-After) or (None, None) for a network error."""
        posthog_request, RequestException, _ = _load_transport()  # noqa: N806

        key = (self.destination.host, self.network)
        if self._session is None or self._session_key != key:
            self._session = network.build_session(self.destination.host, self.network, os.environ)
            self._session_key = key
        try:
            posthog_request.batch_post(
                self.destination.api_key,
                host=self.destination.host,
                gzip=True,
                timeout=timeout,
                batch=batch,
                session=self._session,
            )
        except posthog_request.APIError as exc:
            status = int(exc.status) if str(exc.status).isdigit() else None
            return status, exc.retry_after
        except (RequestException, OSError) as exc:
            # Refused, reset mid-body, timed out: all the same to us, a retry later.
            self._log_failure_once(f"is unreachable ({type(exc).__name__})")
            return None, None
        return 200, None


def _load_transport() -> tuple[Any, type[Exception], Any]:
    """posthog's request module and requests' pieces, imported on first use only.

    Nothing of the HTTP stack is loaded until there is something to send with consent.
    The provider rules load first: while they load, a stand-in takes the place of
    ``requests`` (`secrets._http_stack_stand_in`), which this import must never meet.
    """
    from consentry.anonymize import secrets

    secrets.load()
    from posthog import request as posthog_request
    from requests import RequestException, Session

    return posthog_request, RequestException, Session
