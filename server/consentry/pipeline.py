"""The pipeline one server owns: intake → product (consent) → storage → sender → audit.

This module puts the parts together and is where the thread model is written down.
Each part has one job and calls only downwards:

- `Intake` (intake.py) bounds, holds and judges events, asking the `Registry`
  (registry.py) for each event's product;
- a `Product` (product.py) acts on what its `ConsentState` (consent/state.py) decides —
  the state decides and returns, the product purges, opens, records and notifies — and
  owns its `Partition` of the storage and its ledger (counters, recent events);
- `Storage` (delivery/storage.py) is the shared outbox, its writer thread and the
  audit log; each partition has its own sender thread and destination.

Nothing is stored, no id is made and no sender (with its HTTP stack) is created for a
product before it has consent.

Thread model — which thread runs what:
- The event loop (the main thread, asyncio): reading stdin, every LSP handler, the
  intake, the registry, every consent decision and every act on one (purges are
  queued to the writer and never waited for), the ledgers, and every message to the
  client (`consentry/stateChanged`, `window/logMessage`).
- The executor (asyncio's default thread pool), for work that blocks: waiting for
  the writer (the barrier of every request), counting the queue, `consentry/flush`'s
  delivery attempt, and `close` at shutdown.
- The writer thread (`consentry-outbox`, one per server): every write to the outbox,
  in group commits, and purges in order with them.
- A sender thread per product with consent (`consentry-sender-<id>`): leases that
  product's events, writes the audit log, posts to that product's destination.
Writer and sender threads never touch a ledger or the client: what they report goes
back to the event loop through `hand_back` (`loop.call_soon_threadsafe`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from pathlib import Path
from typing import Final

from consentry.anonymize import envelope, identifiers
from consentry.consent.home import Home
from consentry.consent.profile import Profile
from consentry.consent.rule import Decision
from consentry.consent.state import sampled
from consentry.delivery.audit import AuditLog
from consentry.delivery.history import History
from consentry.delivery.storage import HandBack, Storage, run_here
from consentry.intake import HELD_CHARS_LIMIT, HELD_LIMIT, Intake
from consentry.registry import Registry

__all__ = ["HELD_CHARS_LIMIT", "HELD_LIMIT", "Pipeline", "audit_file", "hand_back_to", "sampled"]

logger = logging.getLogger(__name__)

# Events judged but not yet committed: past this many, stdin is not read until the writer
# has caught up. At ~1 KB each in memory, a flood of 100,000 events cost 40 MB of RSS.
INTAKE_BACKLOG_LIMIT: Final = 2_000


def audit_file(home: Home, configured: str | None) -> Path:
    """The audit log's path: the configured file (relative to the home) or the default."""
    if not configured:
        return home.default_audit_path
    return home.root / Path(configured).expanduser()


def hand_back_to(loop: asyncio.AbstractEventLoop) -> HandBack:
    """A `HandBack` that runs a worker thread's report on `loop`, in order."""

    def hand_back(work: Callable[[], None]) -> None:
        # A loop that has ended (the process is quitting) has nobody left to tell.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(work)

    return hand_back


class Pipeline:
    """The parts of one server, built at `initialize`, with the default product registered."""

    def __init__(
        self,
        *,
        home: Home,
        profile: Profile,
        profile_error: str | None,
        environ: Mapping[str, str],
        audit_path: str | None,
        on_state_changed: Callable[[str, Decision], None],
        warn: Callable[[str], None],
        hand_back: HandBack = run_here,
    ) -> None:
        self.home = home
        self.audit = AuditLog(audit_file(home, audit_path))
        self.storage = Storage(home.outbox_path, self.audit, hand_back=hand_back)
        # Daily counts for the dashboard; the file is made only when something is counted.
        self.history = History(home.root)
        self.registry = Registry(
            home=home,
            environ=environ,
            storage=self.storage,
            context=envelope.Context(session_id=str(uuid.uuid4())),
            on_state_changed=on_state_changed,
            warn=warn,
            history=self.history,
        )
        self.intake = Intake(self.registry, warn)
        self._closed = False
        self.registry.register(profile, profile_error, None)

    @property
    def profile(self) -> Profile:
        """The default product's profile (version 1's only product)."""
        return self.registry.default.profile

    @property
    def ready(self) -> bool:
        """Whether the editor's settings are known (events are judged, not held)."""
        return self.registry.ready

    def set_client(self, *, ide_name: str, ide_version: str, extension_version: str) -> None:
        """The facts every event carries (names checked like identifiers)."""
        # Each with its own grammar: an editor of the known list or "other", a version.
        self.registry.set_client(
            ide_name=identifiers.ide_name(ide_name), ide_version=identifiers.version(ide_version)
        )
        self.registry.default.set_version(extension_version)

    def use_audit_file(self, configured: str | None) -> None:
        """Point the audit log at the `consentry.telemetry.analyticsLog` setting."""
        self.audit.path = audit_file(self.home, configured)

    def mark_ready(self) -> None:
        """The configuration is known: act on every product's decision, judge held events."""
        self.registry.ready = True
        self.registry.update()
        self.intake.release_held()

    def intake_backlog(self) -> Future[object] | None:
        """When the outbox writer is far behind the intake, a future that completes once
        it has caught up; reading stdin waits on it, so a flood cannot pile up in memory."""
        return self.storage.behind(INTAKE_BACKLOG_LIMIT)

    def barrier(self) -> None:
        """Block until every event judged so far is durable (run it off the event loop)."""
        future = self.storage.barrier()
        if future is not None:
            future.result(timeout=30)

    def close(self, budget: float = 1.0) -> None:
        """One bounded flush attempt, then stop; what is left stays for the next start.

        Only the first call does anything (`shutdown` closes, and so does the process's end).
        """
        if self._closed:
            return
        self._closed = True
        deadline = time.monotonic() + budget
        try:
            future = self.storage.barrier()
            if future is not None:
                future.result(timeout=max(0.0, deadline - time.monotonic()))
        except Exception:  # shutdown must never hang or fail the editor's quit
            logger.exception("Final flush failed")
        for product in self.registry:
            product.last_flush(deadline)
        self.storage.close(deadline)
        self.history.write()
