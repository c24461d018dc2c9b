"""One product's consent state: the pure rule plus the files it reads. It decides and returns.

The server keeps one per registered product and the command line makes one for the
product it is asked about: both decide with this code, never with a copy of it. A
consent state acts on nothing (no purge, no notification); whoever holds it acts on
the decision it returns.

State layout in `CONSENTRY_HOME` (PROTOCOL.md, "Version 2: products"):

    config.json                the default product's record, with version 1's meaning
                               (allowAnonymousTelemetry, permanentlyDisabled, samplingSeed,
                               consentRecord), and the person's global switch
                               `disableAllProducts` (`consentry disable` without --product)
    anonymous_id               the default product's anonymous id
    products/<id>/config.json  any other product's record: the same keys, plus `profile`
                               (the path it was registered with) and `product` (its name)
    products/<id>/anonymous_id that product's anonymous id (a random UUID4 of its own)
    outbox.sqlite3             every product's queue, partitioned by a product column
    analytics.jsonl            the audit log, each line naming its product

Sources that speak for the person everywhere (`env`, `vscode`, the administrator's policy,
the global switch) are read for every product alike; a product's own setting, record,
sampling seed and profile are its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from consentry.consent.home import ConfigError, Home
from consentry.consent.policy import PolicyReader, destination_host, limit_for
from consentry.consent.profile import DEFAULT_PRODUCT, Profile, valid_product_id
from consentry.consent.rule import (
    ConsentSources,
    Decision,
    consent_record,
    decide,
    with_environment,
)

logger = logging.getLogger(__name__)

PRODUCTS_DIR: Final = "products"
GLOBAL_SWITCH: Final = "disableAllProducts"
# config.json is stat'ed at most this often during a burst of events, and always for the
# first event after a request: a stat per event cost ~25 µs of CPU in the server.
CONFIG_CHECK_INTERVAL: Final = 0.01

Stamp = tuple[tuple[int, int, int] | None, ...]


def sampled(seed: str, rate: float) -> bool:
    """Whether an installation with this seed is in the sampled share; stable, never re-rolled."""
    if rate >= 1.0:
        return True
    digest = hashlib.sha256(seed.encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < rate


def product_files(home: Home, product_id: str) -> Home:
    """The folder of one product's record and anonymous id (the home itself for the default)."""
    if product_id == DEFAULT_PRODUCT:
        return home
    return Home(home.root / PRODUCTS_DIR / product_id)


def known_products(home: Home) -> list[str]:
    """Every product with a record in this home: the default product first, then by id."""
    found: list[str] = []
    with contextlib.suppress(OSError):
        found = sorted(
            entry.name
            for entry in (home.root / PRODUCTS_DIR).iterdir()
            if entry.is_dir() and valid_product_id(entry.name) and entry.name != DEFAULT_PRODUCT
        )
    return [DEFAULT_PRODUCT, *found]


def _stat(path: str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)  # noqa: PTH116 (the point is to skip pathlib)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class ConsentState:
    """One product's consent: its sources, the files they come from, and the decision."""

    def __init__(
        self,
        *,
        home: Home,
        profile: Profile,
        profile_error: str | None,
        environ: Mapping[str, str],
        policy: PolicyReader | None = None,
        warn: Callable[[str], None] = lambda _message: None,
    ) -> None:
        self.home = home
        self.profile = profile
        self.files = product_files(home, profile.id)
        self._policy = policy
        self._warn = warn
        # Stat'ed once per check: os.stat on a str costs a quarter of Path.stat.
        self._watched = tuple(
            dict.fromkeys(
                [str(self.files.config_path), str(home.config_path)]
                + ([str(policy.path)] if policy is not None else [])
            )
        )
        self.sources = with_environment(
            ConsentSources(
                profile_consent=profile.consent,
                profile_error=profile_error,
                setting_overrides_config=profile.setting_overrides_config,
            ),
            environ,
        )
        self._stamp: Stamp | None = None
        self._due = 0.0
        self.refresh()

    @property
    def product_id(self) -> str:
        """The product this state decides for."""
        return self.profile.id

    def set_profile(self, profile: Profile, profile_error: str | None) -> None:
        """A new version of the product's profile (re-registration): re-read with it."""
        self.profile = profile
        self.sources = replace(
            self.sources,
            profile_consent=profile.consent,
            profile_error=profile_error,
            setting_overrides_config=profile.setting_overrides_config,
        )
        self.refresh()

    def decide(self) -> Decision:
        """The decision from the sources as they are now."""
        return decide(self.sources)

    def update(self, **changes: Any) -> Decision:
        """Apply changed sources (and re-read the files); the new decision."""
        if changes:
            self.sources = replace(self.sources, **changes)
        self.refresh()
        return self.decide()

    def files_changed(self) -> bool:
        """Whether a file this state reads changed since it was last read.

        One stat per file, at most every CONFIG_CHECK_INTERVAL (10 ms) while events
        stream in, so an edit takes effect within 10 ms; `expire` makes the next call look.
        """
        now = time.monotonic()
        if now < self._due:
            return False
        self._due = now + CONFIG_CHECK_INTERVAL
        return self._current_stamp() != self._stamp

    def expire(self) -> None:
        """Look at the files on the next `files_changed` (every request is a barrier)."""
        self._due = 0.0

    def _current_stamp(self) -> Stamp:
        return tuple(_stat(path) for path in self._watched)

    def refresh(self) -> None:
        """Re-read the product's record, the global switch and the policy into the sources."""
        config, error = self._read(self.files)
        if self.files is self.home or self.files.root == self.home.root:
            shared, shared_error = config, error
        else:
            shared, shared_error = self._read(self.home)
        allow = config.get("allowAnonymousTelemetry")
        seed = config.get("samplingSeed")
        # A broken file is the user's to fix: never overwrite it, not even with a seed.
        if self.profile.sample_rate < 1.0 and not isinstance(seed, str) and error is None:
            seed = secrets.token_hex(16)
            try:
                self.files.update_config({"samplingSeed": seed})
            except OSError as exc:
                logger.warning("Could not record the sampling seed: %s", exc)
        policy_level, policy_by = None, None
        if self._policy is not None:
            host = (
                destination_host(self.profile.posthog_host)
                if self.profile.posthog_api_key
                else None
            )
            limit = limit_for(self._policy.refresh(), self.product_id, host)
            if limit is not None:
                policy_level, policy_by = limit
        self.sources = replace(
            self.sources,
            policy_level=policy_level,
            policy_by=policy_by,
            global_off=shared.get(GLOBAL_SWITCH) is True,
            permanently_disabled=config.get("permanentlyDisabled") is True,
            config_allow=allow if isinstance(allow, bool) else None,
            # The home's config.json holds the global switch: unreadable, it may hold a
            # no for every product, so it counts as one for every product.
            config_error=error or shared_error,
            sampled=sampled(seed, self.profile.sample_rate) if isinstance(seed, str) else True,
        )
        self._stamp = self._current_stamp()

    def _read(self, files: Home) -> tuple[dict[str, Any], str | None]:
        try:
            return files.read_config(), None
        except ConfigError as exc:
            error = str(exc)
            if files is self.files and error != self.sources.config_error:
                logger.warning("%s", exc)
                self._warn(f"{exc}: telemetry is off until the file is fixed")
            return {}, error

    def record(
        self, previous: Decision, decision: Decision, via: str, *, force: bool = False
    ) -> None:
        """Keep the consent record in the product's config.json current.

        Written when the state changes (or when `force`d: a choice was just made); never
        creates the state folder for a decision that grants nothing (undecided and off
        store nothing), never rewrites a broken file.
        """
        if previous.state == decision.state and not force:
            return
        if not decision.sends_errors and not self.home.root.exists():
            return
        if self.sources.config_error is not None:
            # The broken file is the user's to fix; rewriting it would also end the "no"
            # it stands for.
            return
        record = consent_record(decision, datetime.now(UTC).isoformat(), _catalog_version(), via)
        changes: dict[str, Any] = {"consentRecord": record}
        if self.product_id != DEFAULT_PRODUCT:
            changes.update(product=self.profile.product, profile=self.profile.source)
        try:
            self.files.update_config(changes)
        except OSError as exc:
            logger.warning("Could not write the consent record: %s", exc)
        self._stamp = self._current_stamp()

    def remember(self) -> None:
        """Note the product in the home (for `consentry status`) when the home exists.

        Nothing is created for a person who has not used Consentry yet.
        """
        if self.product_id == DEFAULT_PRODUCT or not self.home.root.exists():
            return
        if self.sources.config_error is not None:
            return
        try:
            config = self.files.read_config()
            wanted = {"product": self.profile.product, "profile": self.profile.source}
            if any(config.get(key) != value for key, value in wanted.items()):
                self.files.update_config(wanted)
        except (OSError, ConfigError) as exc:
            logger.warning("Could not note the product in %s: %s", self.files.root, exc)
        self._stamp = self._current_stamp()

    def choose(self, *, granted: bool, permanent: bool) -> None:
        """Record a person's choice for this product in its config.json (raises OSError).

        A refusal is permanent when asked, or when the profile makes every refusal so.
        """
        changes: dict[str, Any] = {"allowAnonymousTelemetry": granted}
        if not granted and (permanent or self.profile.decline_is_permanent):
            changes["permanentlyDisabled"] = True
        if self.product_id != DEFAULT_PRODUCT:
            changes.update(product=self.profile.product, profile=self.profile.source)
        self.files.update_config(changes)


def set_global_switch(home: Home, off: bool) -> Path:
    """Turn the global switch on (every product off) or clear it; the file written."""
    home.update_config({GLOBAL_SWITCH: True if off else None})
    return home.config_path


def _catalog_version() -> int:
    from consentry.anonymize.catalog import CATALOG_VERSION

    return CATALOG_VERSION
