"""Thin LSP handlers: decode, hand to the pipeline's parts, answer.

Requests are barriers (PROTOCOL.md): they wait until the configuration is known and
every earlier notification has been judged and made durable. Blocking work (SQLite,
HTTP) runs off the event loop; everything else, consent decisions and the acts on them
included, runs on it (the thread model is written in `consentry.pipeline`).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, TypeVar

import cattrs
from lsprotocol import types
from pygls.exceptions import JsonRpcInternalError, JsonRpcInvalidParams

from consentry.anonymize import catalog
from consentry.anonymize import context as anonymize_context
from consentry.consent.home import Home
from consentry.consent.profile import (
    DEFAULT_PRODUCT,
    DEFAULT_SETTING,
    Profile,
    ProfileError,
    load_profile,
)
from consentry.consent.rule import Decision
from consentry.delivery.network import network_settings
from consentry.lsp import protocol
from consentry.lsp.server import ConsentryServer
from consentry.lsp.settings import read_settings, settings_converter
from consentry.pipeline import Pipeline, hand_back_to
from consentry.product import Product

logger = logging.getLogger(__name__)

CONFIG_TIMEOUT: Final = 5.0
FLUSH_BUDGET: Final = 10.0
_LEVELS: Final = frozenset({"all", "error", "crash", "off"})
_MODES: Final = frozenset({"production", "development", "test"})
T = TypeVar("T")
_CONVERTERS: dict[int, cattrs.Converter] = {}


def _pipeline(server: ConsentryServer) -> Pipeline:
    if server.pipeline is None:
        raise JsonRpcInvalidParams("the server has not been initialized")
    return server.pipeline


async def _ready(server: ConsentryServer) -> Pipeline:
    """Wait for the configuration, then for every earlier event to be durable."""
    if server.configured is not None:
        await server.configured.wait()
    # A configuration change notified earlier must be applied before we answer.
    while server.pulls:
        await asyncio.gather(*server.pulls, return_exceptions=True)
    pipeline = _pipeline(server)
    await _off_loop(pipeline.barrier)
    pipeline.registry.expire()  # every request is a barrier, for config.json edits too
    return pipeline


async def _off_loop(work: Callable[[], T]) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, work)


def _vscode_sources(value: object) -> dict[str, Any]:
    """Sources from a `{"isTelemetryEnabled", "level"}` object; unusable parts are ignored."""
    if not isinstance(value, Mapping):
        return {}
    changes: dict[str, Any] = {}
    if isinstance(value.get("isTelemetryEnabled"), bool):
        changes["vscode_enabled"] = value["isTelemetryEnabled"]
    if value.get("level") in _LEVELS:
        changes["vscode_level"] = value["level"]
    return changes


def _settings_converter(server: ConsentryServer) -> cattrs.Converter:
    """The server's converter with the lenient settings hooks, made once per server."""
    made = _CONVERTERS.get(id(server))
    if made is None:
        made = _CONVERTERS[id(server)] = settings_converter(server.protocol._converter)
    return made


async def pull_configuration(server: ConsentryServer) -> None:
    """Fetch `consentry`, `telemetry` and every product's setting key, and apply them."""
    pipeline = _pipeline(server)
    caps = server.client_capabilities.workspace
    if caps is None or not caps.configuration:
        pipeline.registry.update()
        return
    # The default product's default key comes with the `consentry` section.
    keys = [k for k in pipeline.registry.setting_keys() if k != DEFAULT_SETTING]
    params = types.ConfigurationParams(
        items=[
            types.ConfigurationItem(section="consentry"),
            types.ConfigurationItem(section="telemetry"),
            *(types.ConfigurationItem(section=key) for key in keys),
            # VS Code's proxy settings (http.proxy, proxyStrictSSL, noProxy), last.
            types.ConfigurationItem(section="http"),
        ]
    )
    try:
        result = await asyncio.wait_for(
            server.workspace_configuration_async(params), CONFIG_TIMEOUT
        )
        values = list(result) if isinstance(result, Sequence) else []
    except Exception as exc:  # a client that cannot answer leaves the settings unset
        logger.warning("workspace/configuration failed: %s", type(exc).__name__)
        values = []
    settings = read_settings(_settings_converter(server), keys, values)
    http = values[2 + len(keys)] if len(values) > 2 + len(keys) else None
    pipeline.storage.use_network(network_settings(http))
    if settings.analytics_log is not None and not server.options.analytics_log:
        pipeline.use_audit_file(settings.analytics_log or None)
    pipeline.registry.update(settings.enabled, **settings.shared_sources())


def _pull_again(ls: ConsentryServer) -> asyncio.Future[None]:
    pull = asyncio.ensure_future(pull_configuration(ls))
    ls.pulls.add(pull)
    pull.add_done_callback(ls.pulls.discard)
    return pull


def _start(ls: ConsentryServer, profile_path: str | None) -> Pipeline:
    """Build the pipeline from the profile and the environment (once, at initialize)."""
    environ = ls.options.environ
    profile_error = None
    try:
        profile = load_profile(ls.options.profile or profile_path, environ)
    except ProfileError as exc:
        # A bad profile sends nothing: the consent decision reports it as off.
        # The file by its own name only: its folders may hold the user's name.
        profile, profile_error = Profile(), exc.shown
        logger.error("Invalid profile: %s", exc.shown)
        ls.log_warning(f"Invalid product profile, telemetry is off: {exc.shown}")

    def state_changed(product: str, decision: Decision) -> None:
        ls.protocol.notify(
            protocol.STATE_CHANGED,
            {
                "state": decision.state,
                "decidedBy": decision.decided_by,
                "reason": decision.reason,
                "product": product,
            },
        )

    ls.pipeline = Pipeline(
        home=Home.from_env(environ, default=profile.home),
        profile=profile,
        profile_error=profile_error,
        environ=environ,
        audit_path=ls.options.analytics_log or environ.get("CONSENTRY_ANALYTICS_LOG"),
        on_state_changed=state_changed,
        warn=ls.notices.warn,
        hand_back=hand_back_to(asyncio.get_running_loop()),
    )
    return ls.pipeline


def _product(pipeline: Pipeline, params: object) -> Product:
    """The product a request names (`product` absent: the default); -32602 if unknown."""
    named = params.get("product") if isinstance(params, Mapping) else None
    if named is None:
        return pipeline.registry.default
    if not isinstance(named, str):
        raise JsonRpcInvalidParams("'product' must be a string")
    product = pipeline.registry.get(named)
    if product is None:
        raise JsonRpcInvalidParams("'product' names a product that is not registered")
    return product


def _status(pipeline: Pipeline, product: Product, counts: Mapping[str, int]) -> dict[str, Any]:
    """`consentry/status` for one product, with the line of every registered product."""
    summary = product.summary(counts.get(product.id, 0))
    del summary["product"]
    summary["products"] = [p.summary(counts.get(p.id, 0)) for p in pipeline.registry]
    return summary


def _optional_str(params: Mapping[str, Any], key: str) -> str | None:
    value = params.get(key)
    if value is not None and not isinstance(value, str):
        raise JsonRpcInvalidParams(f"'{key}' must be a string")
    return value


def register(server: ConsentryServer) -> None:
    """Register every handler of the protocol on `server`."""

    @server.feature(types.INITIALIZE)
    def initialize(ls: ConsentryServer, params: types.InitializeParams) -> None:
        if ls.pipeline is not None:
            # Only one initialize is allowed: a second must not replace the running
            # pipeline, or every later request would wait for a configuration that
            # never comes.
            ls.notices.warn("initialize was sent again: ignored")
            return
        options = params.initialization_options
        options = options if isinstance(options, Mapping) else {}
        profile = options.get("profile")
        pipeline = _start(ls, profile if isinstance(profile, str) and profile else None)
        client = params.client_info
        version = options.get("extensionVersion")
        pipeline.set_client(
            ide_name=client.name if client else "unknown",
            ide_version=(client.version or "unknown") if client else "unknown",
            extension_version=version if isinstance(version, str) else "unknown",
        )
        default = pipeline.registry.default
        extras: dict[str, str] = {}
        for key in ("extensionPath", "extensionMode"):
            value = options.get(key)
            if isinstance(value, str) and (key != "extensionMode" or value in _MODES):
                extras[key] = value
        default.set_extras(extras)
        # What the machine knows about its person is redacted from every event.
        extension_path = options.get("extensionPath")
        anonymize_context.learn(
            workspace_names=anonymize_context.workspace_names_of(
                params.workspace_folders, params.root_uri
            ),
            extension_paths=(extension_path if isinstance(extension_path, str) else None,),
        )
        pipeline.registry.update(**_vscode_sources(options.get("vscodeTelemetry")))
        ls.configured = asyncio.Event()

    @server.feature(types.INITIALIZED)
    async def initialized(ls: ConsentryServer, _params: types.InitializedParams) -> None:
        try:
            pull = asyncio.ensure_future(pull_configuration(ls))
            await asyncio.sleep(0)  # the configuration request goes out first
            # The scrubber's word list, model registry and rules (~0.5 s) load beside the
            # loop: an event that needs them first waits for them, nothing else does.
            threading.Thread(target=catalog.prepare, name="consentry-prepare", daemon=True).start()
            await pull
        finally:
            _pipeline(ls).mark_ready()
            if ls.configured is not None:
                ls.configured.set()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(
        ls: ConsentryServer, _params: types.DidChangeConfigurationParams
    ) -> None:
        _pull_again(ls)

    @server.feature(protocol.REGISTER_PRODUCT)
    async def register_product(ls: ConsentryServer, params: Any) -> dict[str, Any]:
        if not isinstance(params, Mapping):
            raise JsonRpcInvalidParams("expected {'profile': string, 'extensionVersion'?: string}")
        path = params.get("profile")
        if not isinstance(path, str) or not Path(path).is_absolute():
            raise JsonRpcInvalidParams("'profile' must be the absolute path of a profile TOML")
        version = _optional_str(params, "extensionVersion")
        extras = {k: _optional_str(params, k) for k in ("extensionPath", "extensionMode")}
        if extras["extensionMode"] is not None and extras["extensionMode"] not in _MODES:
            raise JsonRpcInvalidParams("'extensionMode' must be production, development or test")
        pipeline = await _ready(ls)
        try:
            # The environment's destination overrides are the default product's only:
            # applied to every product they would send one vendor's events to another.
            loaded = load_profile(path, {})
            if loaded.id == DEFAULT_PRODUCT:
                loaded = load_profile(path, ls.options.environ)
        except ProfileError as exc:
            # Named by its own name: the answer is logged by clients, and the folders of a
            # product's path hold the user's name.
            raise JsonRpcInvalidParams(exc.shown) from None
        product = pipeline.registry.register(loaded, None, version, settled=False)
        product.set_extras({k: v for k, v in extras.items() if v is not None})
        anonymize_context.learn(extension_paths=(extras["extensionPath"],))
        await _pull_again(ls)  # its own setting, before the answer tells its state
        decision = product.decision
        return {
            "product": product.id,
            "state": decision.state,
            "decidedBy": decision.decided_by,
            "reason": decision.reason,
            "prompt": product.profile.prompt,
            "privacyUrl": product.profile.privacy_url,
            "destination": product.destination,
        }

    @server.feature(protocol.TRACK)
    def track(ls: ConsentryServer, params: Any) -> None:
        _pipeline(ls).intake.track(params)

    @server.feature(protocol.TRACK_BATCH)
    def track_batch(ls: ConsentryServer, params: Any) -> None:
        pipeline = _pipeline(ls)
        events = params.get("events") if isinstance(params, Mapping) else None
        if not isinstance(events, list):
            ls.notices.warn("consentry/trackBatch: field 'events' must be a list")
            return
        pipeline.intake.track_batch(events)

    @server.feature(protocol.VSCODE_TELEMETRY)
    def vscode_telemetry(ls: ConsentryServer, params: Any) -> None:
        changes = _vscode_sources(params)
        if not changes:
            ls.notices.warn("consentry/vscodeTelemetry: expected isTelemetryEnabled and level")
            return
        # Acting on it queues any purge to the writer thread: nothing here waits.
        _pipeline(ls).registry.update(**changes)

    @server.feature(protocol.STATUS)
    async def status(ls: ConsentryServer, params: Any) -> dict[str, Any]:
        pipeline = await _ready(ls)
        product = _product(pipeline, params)
        pipeline.registry.update()
        counts = await _off_loop(pipeline.storage.queued_by_product)
        return _status(pipeline, product, counts)

    @server.feature(protocol.FLUSH)
    async def flush(ls: ConsentryServer, params: Any) -> protocol.FlushResult:
        pipeline = await _ready(ls)
        named = params.get("product") if isinstance(params, Mapping) else None
        chosen = [_product(pipeline, params)] if named is not None else list(pipeline.registry)
        deadline = time.monotonic() + FLUSH_BUDGET

        def attempt() -> tuple[int, dict[str, int]]:
            sent = sum(p.flush(deadline) for p in chosen)
            return sent, pipeline.storage.queued_by_product()

        sent, counts = await _off_loop(attempt)
        return {"sent": sent, "queued": sum(counts.get(p.id, 0) for p in chosen)}

    @server.feature(protocol.RECENT_EVENTS)
    async def recent_events(ls: ConsentryServer, params: Any) -> list[dict[str, Any]]:
        limit: object = params.get("limit", 50) if isinstance(params, Mapping) else 50
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise JsonRpcInvalidParams("'limit' must be a non-negative integer")
        pipeline = await _ready(ls)
        return _product(pipeline, params).ledger.recent(limit)

    @server.feature(protocol.SET_CONSENT)
    async def set_consent(ls: ConsentryServer, params: Any) -> dict[str, Any]:
        granted = params.get("granted") if isinstance(params, Mapping) else None
        permanent = params.get("permanent", False) if isinstance(params, Mapping) else None
        if not isinstance(granted, bool) or not isinstance(permanent, bool):
            raise JsonRpcInvalidParams("expected {'granted': bool, 'permanent'?: bool}")
        pipeline = await _ready(ls)
        product = _product(pipeline, params)
        try:
            product.choose(granted=granted, permanent=permanent, ready=pipeline.ready)
        except OSError as exc:
            message = f"the choice could not be recorded: {exc.strerror or type(exc).__name__}"
            raise JsonRpcInternalError(message) from exc
        counts = await _off_loop(pipeline.storage.queued_by_product)
        return _status(pipeline, product, counts)

    @server.feature(protocol.RESET_ID)
    async def reset_id(ls: ConsentryServer, params: Any) -> protocol.ResetIdResult:
        # After the barrier, so events sent before the request keep the old id; on the
        # event loop, like `track`, so no event sees the id half-reset.
        pipeline = await _ready(ls)
        product = _product(pipeline, params)
        try:
            deleted = product.reset_id()
        except OSError as exc:
            message = f"the anonymous id could not be deleted: {exc.strerror}"
            raise JsonRpcInternalError(message) from exc
        return {"deleted": deleted}

    @server.feature(types.SHUTDOWN)
    async def shutdown(ls: ConsentryServer, _params: Any) -> None:
        if ls.pipeline is not None:
            await _off_loop(ls.pipeline.close)

    # The privacy dashboard's requests (catalog, history, purge) live with the dashboard;
    # imported here, once this module is whole, because they reuse its barrier.
    from consentry.lsp import dashboard

    dashboard.register(server)
