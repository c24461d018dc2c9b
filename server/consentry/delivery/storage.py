"""Storage shared by every product of a server, and each product's partition of it.

`Storage` owns the machinery there is one of: the outbox file, its writer thread, a
reader connection and the audit log. It opens nothing until a product with consent
needs it. `Partition` is one product's share: its rows in the outbox (bounded by its
own profile's limits), its sender thread posting to its own destination, and its purges.
A product's failing endpoint stalls only its own sender; a product's full share evicts
only its own oldest events.

Threads: the writer thread and each sender thread report back through `hand_back`,
which the server sets to the event loop's `call_soon_threadsafe`; so the callbacks a
product gives (`PartitionEvents`) always run on the event loop, never on a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from consentry.delivery.audit import AuditLog
from consentry.delivery.network import NetworkSettings
from consentry.delivery.outbox import Limits, Outbox, OutboxError, OutboxWriter, PutResult, Row
from consentry.delivery.sender import Destination, Sender

logger = logging.getLogger(__name__)

HandBack = Callable[[Callable[[], None]], None]


def run_here(work: Callable[[], None]) -> None:
    """A `HandBack` without an event loop (tests, the command line): run the work at once."""
    work()


@dataclass(frozen=True)
class PartitionEvents:
    """What a partition reports to its product (always called through `hand_back`)."""

    sent: Callable[[list[str]], None]
    refused: Callable[[str, list[str]], None]
    lost: Callable[[str, int], None]


class Storage:
    """The one outbox of a server, its writer thread, a reader connection and the audit log."""

    def __init__(self, outbox_path: Path, audit: AuditLog, *, hand_back: HandBack = run_here):
        self.outbox_path = outbox_path
        self.audit = audit
        self.hand_back = hand_back
        self.writer: OutboxWriter | None = None
        self._writer_outbox: Outbox | None = None
        self._reader: Outbox | None = None
        self._partitions: dict[str, Partition] = {}
        self._warnings: list[Callable[[str], None]] = []
        # VS Code's `http` settings, which every sender posts through (network.py).
        self.network = NetworkSettings()

    def use_network(self, settings: NetworkSettings) -> None:
        """New proxy / TLS settings: every sender's next post uses them."""
        self.network = settings
        for partition in self._partitions.values():
            if partition.sender is not None:
                partition.sender.network = settings

    def partition(
        self, product: str, destination: Destination, limits: Limits, events: PartitionEvents
    ) -> Partition:
        """A product's partition (a new one, or the same one with a new destination)."""
        existing = self._partitions.get(product)
        if existing is not None:
            existing.update(destination, limits, events)
            return existing
        made = Partition(self, product, destination, limits, events)
        self._partitions[product] = made
        if self._writer_outbox is not None:
            self._writer_outbox.product_limits[product] = limits
        return made

    @property
    def is_open(self) -> bool:
        """Whether the outbox is open in this process."""
        return self.writer is not None

    def open(self) -> None:
        """Open the outbox (writer connection first: it replaces a damaged file).

        Raises OSError or OutboxError when it cannot be opened.
        """
        if self.writer is not None:
            return
        box = Outbox(self.outbox_path, recover=True)
        box.product_limits.update({p.product: p.limits for p in self._partitions.values()})
        self._writer_outbox = box
        if box.recovered is not None:
            recovered = box.recovered
            # Which products the damaged file held cannot be told: it counts for the default.
            self._report("default", "outbox-corrupt", recovered.lost)
            for partition in self._partitions.values():
                partition.warn(
                    f"The outbox in {self.outbox_path.parent} was damaged: moved aside to "
                    f"{recovered.moved_to.name}, a new one was started"
                )
                break
        try:
            # Once per process, before any sender: what a killed process had leased.
            box.release_orphaned()
        except OutboxError as exc:
            logger.error("Could not read the outbox: %s", exc)
        self.writer = OutboxWriter(box, self._committed, self._failed)
        self._reader = Outbox(self.outbox_path)

    def queued(self, product: str | None = None) -> int:
        """How many events of `product` (of all, when None) wait in the outbox (blocking)."""
        if self._reader is None:
            return 0
        try:
            return self._reader.count(product)
        except OutboxError:
            return 0

    def queued_by_product(self) -> dict[str, int]:
        """How many events wait in the outbox, per product (blocking)."""
        if self._reader is None:
            return {}
        try:
            return self._reader.counts()
        except OutboxError:
            return {}

    def barrier(self) -> Future[object] | None:
        """A future that completes once every row handed over so far is committed."""
        return self.writer.barrier() if self.writer is not None else None

    def behind(self, limit: int) -> Future[object] | None:
        """A barrier to wait on when the writer is more than `limit` operations behind."""
        return self.writer.behind(limit) if self.writer is not None else None

    # ----- the writer thread's reports, handed back to the event loop ------------------

    def _committed(self, result: PutResult) -> None:
        for product, evicted in result.evicted_by_product:
            self._report(product, "outbox-full", evicted)
        for product in result.products:
            partition = self._partitions.get(product)
            if partition is not None and partition.sender is not None:
                partition.sender.wake()  # thread-safe: sets an Event

    def _failed(self, count: int, error: OutboxError) -> None:
        partition = self._partitions.get(error.product or "default")
        if partition is None:
            return
        message = f"Could not store {count} event(s): {error}"
        events = partition.events

        def report() -> None:
            events.lost("disk-error", count)
            partition.warn(message)

        self.hand_back(report)

    def _report(self, product: str, reason: str, count: int) -> None:
        partition = self._partitions.get(product)
        if partition is not None:
            lost = partition.events.lost
            self.hand_back(lambda: lost(reason, count))

    def close(self, deadline: float) -> None:
        """Stop every sender and the writer (bounded by `deadline`), close the connections."""
        for partition in self._partitions.values():
            partition.stop()
        if self.writer is not None:
            self.writer.stop(timeout=max(0.1, deadline - time.monotonic()))
        # Closing the last connection checkpoints the WAL into the database file, so
        # the process can end without waiting for the garbage collector to close them.
        for partition in self._partitions.values():
            partition.close_connection()
        for box in (self._reader, self._writer_outbox):
            if box is not None:
                with contextlib.suppress(Exception):
                    box.close()


class Partition:
    """One product's share of the storage: its rows, its sender and destination."""

    def __init__(
        self,
        storage: Storage,
        product: str,
        destination: Destination,
        limits: Limits,
        events: PartitionEvents,
    ) -> None:
        self.storage = storage
        self.product = product
        self.destination = destination
        self.limits = limits
        self.events = events
        self.sender: Sender | None = None
        self._sender_outbox: Outbox | None = None
        # Events delivered so far, counted on the sender's side (one thread at a time
        # delivers: the sender's lock), so a flush can tell what went out while it ran.
        self.delivered = 0
        self.warn: Callable[[str], None] = lambda _message: None

    def update(self, destination: Destination, limits: Limits, events: PartitionEvents) -> None:
        """A re-registered product: new destination and bounds from now on."""
        self.destination, self.limits, self.events = destination, limits, events
        if self.storage._writer_outbox is not None:
            self.storage._writer_outbox.product_limits[self.product] = limits
        if self.sender is not None:
            self.sender.destination = destination

    def put(self, row: Row) -> bool:
        """Hand a row to the writer (never blocks); False when the outbox is not open."""
        writer = self.storage.writer
        if writer is None:
            return False
        writer.put(row)
        return True

    def open(self) -> None:
        """Open the storage and start this product's sender; only ever called with consent."""
        self.storage.open()
        if self.sender is None:
            hand_back = self.storage.hand_back

            def on_sent(ids: list[str]) -> None:
                self.delivered += len(ids)
                sent = self.events.sent
                hand_back(lambda: sent(ids))

            def on_dropped(reason: str, ids: list[str]) -> None:
                refused = self.events.refused
                hand_back(lambda: refused(reason, ids))

            self._sender_outbox = Outbox(self.storage.outbox_path, self.limits)
            self.sender = Sender(
                self._sender_outbox,
                self.storage.audit,
                self.destination,
                on_sent,
                on_dropped,
                product=self.product,
                release_orphans=False,
            )
            self.sender.network = self.storage.network
        self.sender.allow(True)

    def purge(self, kinds: tuple[str, ...] | None) -> Future[object] | None:
        """Stop posting what is leased, and delete this product's queued events of `kinds`
        (all when None) after whatever the writer already holds; never waits for it."""
        if self.sender is not None:
            if kinds is None:
                self.sender.allow(False)
            else:
                self.sender.invalidate()
        if self.storage.writer is None and self.storage.outbox_path.exists():
            # What an earlier run left must go too.
            self.storage.open()
        if self.storage.writer is None:
            return None
        future = self.storage.writer.purge(kinds, product=self.product)
        future.add_done_callback(self._purged)
        return future

    def _purged(self, future: Future[object]) -> None:
        error = future.exception()
        if error is not None:
            message = f"Could not delete queued events: {error}"
            self.storage.hand_back(lambda: self.warn(message))

    def deliver(self, deadline: float) -> int:
        """One delivery attempt for this product (blocking, off the event loop): how many
        events went out while it ran (the sender thread's too)."""
        if self.sender is None:
            return 0
        before = self.delivered
        self.sender.deliver(deadline, ignore_backoff=True)
        return self.delivered - before

    def stop(self) -> None:
        """Stop the sender thread; what is not sent stays for the next start."""
        if self.sender is not None:
            self.sender.stop(timeout=0.1)

    def close_connection(self) -> None:
        """Close the sender's connection."""
        if self._sender_outbox is not None:
            with contextlib.suppress(Exception):
                self._sender_outbox.close()
