"""The products a server serves, and the sources they share.

The registry makes a `Product` for each registered profile (the default product from
`initialize`, others from `consentry/registerProduct`), and hands each the sources
that speak for the person everywhere (VS Code's telemetry) and its own setting's value.
It runs on the event loop only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from consentry.anonymize import envelope
from consentry.consent.home import Home
from consentry.consent.policy import PolicyReader
from consentry.consent.profile import DEFAULT_PRODUCT, Profile
from consentry.consent.rule import Decision
from consentry.consent.state import ConsentState
from consentry.delivery.history import History
from consentry.delivery.storage import Storage
from consentry.product import Product


class Registry:
    """Products by id, the person-wide sources, and each product's setting value."""

    def __init__(
        self,
        *,
        home: Home,
        environ: Mapping[str, str],
        storage: Storage,
        context: envelope.Context,
        on_state_changed: Callable[[str, Decision], None],
        warn: Callable[[str], None],
        history: History | None = None,
    ) -> None:
        self.home = home
        self._history = history
        self._environ = environ
        self._storage = storage
        self._context = context
        self._on_state_changed = on_state_changed
        self._warn = warn
        self._policy = PolicyReader(environ, warn)
        self._products: dict[str, Product] = {}
        # The product `initialize` chose is the default one, whatever its id: a product
        # that embeds the client names its own id in its profile.
        self._default_id: str | None = None
        # Sources that speak for the person everywhere (VS Code's telemetry settings).
        self._shared: dict[str, Any] = {}
        # Setting key -> its value as the client reported it (None: not set).
        self._settings: dict[str, bool | None] = {}
        self.ready = False

    def __iter__(self) -> Iterator[Product]:
        return iter(list(self._products.values()))

    def get(self, product_id: str) -> Product | None:
        """The product registered with this id, if any."""
        return self._products.get(product_id)

    @property
    def default(self) -> Product:
        """The default product: version 1's only one, the first registered (by `initialize`)."""
        return self._products[self._default_id or DEFAULT_PRODUCT]

    def setting_keys(self) -> list[str]:
        """Every product's `setting` key, without repeats, in registration order."""
        return list(dict.fromkeys(p.profile.setting for p in self._products.values()))

    def register(
        self,
        profile: Profile,
        profile_error: str | None,
        extension_version: str | None,
        *,
        settled: bool = True,
    ) -> Product:
        """Add a product, or update the one with the same id (new profile and version).

        `settled=False`: its setting has not been pulled yet, so its decision is not
        acted on until the next `update` (acting on a provisional "undecided" would
        purge what it queued in an earlier session before its grant is even read).
        """
        act = self.ready and settled
        existing = self._products.get(profile.id)
        if existing is not None:
            existing.update_profile(profile, extension_version)
            existing.refresh(ready=act, **self._own_sources(profile))
            return existing
        state = ConsentState(
            home=self.home,
            profile=profile,
            profile_error=profile_error,
            environ=self._environ,
            policy=self._policy,
            warn=self._warn,
        )
        product = Product(
            state=state,
            storage=self._storage,
            # Its own session id: nothing on the wire links one product's events to another's.
            context=replace(self._context, session_id=str(uuid.uuid4())),
            on_state_changed=self._on_state_changed,
            warn=self._warn,
            environ=self._environ,
            history=self._history,
        )
        if extension_version is not None:
            product.set_version(extension_version)
        self._products[profile.id] = product
        if self._default_id is None:
            self._default_id = profile.id
        product.refresh(ready=act, **self._own_sources(profile))
        return product

    def _own_sources(self, profile: Profile) -> dict[str, Any]:
        return {**self._shared, "setting_enabled": self._settings.get(profile.setting)}

    def set_client(self, *, ide_name: str, ide_version: str) -> None:
        """The IDE every product's events name (names checked like identifiers)."""
        self._context = replace(self._context, ide_name=ide_name, ide_version=ide_version)
        for product in self:
            product.context = replace(product.context, ide_name=ide_name, ide_version=ide_version)

    def update(self, settings: Mapping[str, bool | None] | None = None, **shared: Any) -> None:
        """New person-wide sources and/or setting values: every product re-decides."""
        self._shared.update(shared)
        if settings is not None:
            self._settings = dict(settings)
        for product in self:
            product.refresh(ready=self.ready, **self._own_sources(product.profile))

    def check_files(self) -> None:
        """Re-decide every product whose files changed (at most one stat per 10 ms)."""
        for product in self:
            product.check_files()

    def expire(self) -> None:
        """Every product looks at its files on the next event (a request was answered)."""
        for product in self:
            product.state.expire()
