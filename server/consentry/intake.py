"""Intake: a decoded `consentry/track` in, handed to its product or dropped and counted.

It bounds what it holds (size first, before anything else is done with an event),
holds events that arrive before the editor's settings are known, asks the registry
for the event's product (`product` absent: the default product; not registered:
dropped and counted `unknown-product` by the default product), judges the event
against that product's consent and the catalog, and hands what may be kept to the
product. Runs on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Final

from consentry.anonymize import catalog
from consentry.anonymize import context as anonymize_context
from consentry.product import Product
from consentry.registry import Registry

HELD_LIMIT: Final = 10_000
# Events held before the configuration is known are bounded in size too (characters of
# JSON, as `catalog.json_size` counts them), so a burst at startup cannot exhaust memory.
HELD_CHARS_LIMIT: Final = 8 * 1024 * 1024


class Intake:
    """Judges events in arrival order and hands each to its product."""

    def __init__(self, registry: Registry, warn: Callable[[str], None]) -> None:
        self._registry = registry
        self._warn = warn
        self._held: list[object] = []
        self._held_size = 0

    def _product_of(self, params: object) -> Product | None:
        named = params.get("product") if isinstance(params, Mapping) else None
        if named is None:
            # No product named: the default one, which `initialize` chose.
            return self._registry.default
        return self._registry.get(named) if isinstance(named, str) else None

    def track(self, params: object) -> None:
        """Judge one `consentry/track` and hand it on if consent and the catalog allow."""
        # Measured first (from string lengths, no encoding): the cap bounds all later work.
        size = catalog.json_size(params)
        if size > catalog.MAX_EVENT_JSON:
            name = catalog.event_name(params)
            self._warn(f"{name}: rejected, more than {catalog.MAX_EVENT_JSON} characters of JSON")
            owner = self._product_of(params) or self._registry.default
            owner.ledger.drop(name, "too-large")
            return
        if not self._registry.ready:
            if len(self._held) < HELD_LIMIT and self._held_size + size <= HELD_CHARS_LIMIT:
                self._held.append(params)
                self._held_size += size
            else:
                self._registry.default.ledger.drop("<unknown>", "held-overflow")
            return
        product = self._product_of(params)
        if product is None:
            self._registry.default.ledger.drop(catalog.event_name(params), "unknown-product")
            return
        product.check_files()
        name = catalog.event_name(params)
        definition = catalog.CATALOG.get(name)
        if definition is not None and not product.allows(definition.kind):
            # Judged before validation: what may not be kept is not even scrubbed.
            product.ledger.drop(name, product.refusal())
            return
        verdict = catalog.validate(
            params,
            datetime.now(UTC),
            scrubber=anonymize_context.scrubber(product.profile.free_text, product.profile.words),
        )
        for issue in verdict.issues:
            self._warn(f"{issue.event}: field '{issue.field}' {issue.reason}")
            if issue.reason != "scrubbed":
                product.ledger.count(f"field-{issue.reason}")
        if isinstance(verdict, catalog.Rejected):
            self._warn(f"{verdict.event}: rejected, field '{verdict.field}' {verdict.reason}")
            product.ledger.drop(verdict.event, verdict.reason)
            return
        product.keep(verdict)

    def track_batch(self, events: list[object]) -> None:
        """Judge the events of one `consentry/trackBatch` in order; too many: drop them all."""
        if len(events) > catalog.MAX_BATCH_EVENTS:
            self._warn(
                f"consentry/trackBatch: rejected, {len(events)} events "
                f"(at most {catalog.MAX_BATCH_EVENTS})"
            )
            ledger = self._registry.default.ledger
            ledger.count("too-large", len(events) - 1)
            ledger.drop("<unknown>", "too-large")
            return
        for params in events:
            self.track(params)

    def release_held(self) -> None:
        """The configuration is known: judge the events held until now, in order."""
        held, self._held, self._held_size = self._held, [], 0
        for params in held:
            self.track(params)
