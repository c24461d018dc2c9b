"""Thin LSP handlers: decode, hand to the pipeline, answer.

Requests are barriers (PROTOCOL.md): they wait until the configuration is known and
every earlier notification has been judged and made durable. Blocking work (SQLite,
HTTP) runs off the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

from lsprotocol import types
from pygls.exceptions import JsonRpcInternalError, JsonRpcInvalidParams

from consentry.anonymize import catalog
from consentry.lsp import protocol
from consentry.lsp.server import ConsentryServer
from consentry.pipeline import Pipeline

logger = logging.getLogger(__name__)

CONFIG_TIMEOUT: Final = 5.0
_LEVELS: Final = frozenset({"all", "error", "crash", "off"})
T = TypeVar("T")


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


def _settings_sources(consentry: object, telemetry: object) -> dict[str, Any]:
    """Sources from the `consentry` and `telemetry` configuration sections."""
    changes: dict[str, Any] = {"setting_enabled": None}
    section = consentry.get("telemetry") if isinstance(consentry, Mapping) else None
    if isinstance(section, Mapping) and isinstance(section.get("enabled"), bool):
        changes["setting_enabled"] = section["enabled"]
    if isinstance(telemetry, Mapping):
        if telemetry.get("telemetryLevel") in _LEVELS:
            changes["vscode_level"] = telemetry["telemetryLevel"]
        legacy = telemetry.get("enableTelemetry")
        changes["vscode_legacy_enabled"] = legacy if isinstance(legacy, bool) else None
    return changes


async def pull_configuration(server: ConsentryServer) -> None:
    """Fetch the `consentry` and `telemetry` sections and apply them."""
    pipeline = _pipeline(server)
    caps = server.client_capabilities.workspace
    if caps is None or not caps.configuration:
        pipeline.update_sources()
        return
    params = types.ConfigurationParams(
        items=[
            types.ConfigurationItem(section="consentry"),
            types.ConfigurationItem(section="telemetry"),
        ]
    )
    try:
        result = await asyncio.wait_for(
            server.workspace_configuration_async(params), CONFIG_TIMEOUT
        )
    except Exception as exc:  # a client that cannot answer leaves the settings unset
        logger.warning("workspace/configuration failed: %s", exc)
        result = [None, None]
    values = [*list(result), None, None]
    section = values[0].get("telemetry") if isinstance(values[0], Mapping) else None
    log_file = section.get("analyticsLog") if isinstance(section, Mapping) else None
    if isinstance(log_file, str) and not server.options.analytics_log:
        pipeline.use_audit_file(log_file or None)
    pipeline.update_sources(**_settings_sources(values[0], values[1]))


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
        pipeline = ls.start_pipeline(profile if isinstance(profile, str) and profile else None)
        client = params.client_info
        version = options.get("extensionVersion")
        pipeline.set_client(
            ide_name=client.name if client else "unknown",
            ide_version=(client.version or "unknown") if client else "unknown",
            extension_version=version if isinstance(version, str) else "unknown",
        )
        pipeline.update_sources(**_vscode_sources(options.get("vscodeTelemetry")))
        ls.configured = asyncio.Event()

    @server.feature(types.INITIALIZED)
    async def initialized(ls: ConsentryServer, _params: types.InitializedParams) -> None:
        try:
            pull = asyncio.ensure_future(pull_configuration(ls))
            await asyncio.sleep(0)  # the configuration request goes out first
            catalog.prepare()  # ~50 ms of compiling, while the client answers
            await pull
        finally:
            _pipeline(ls).mark_ready()
            if ls.configured is not None:
                ls.configured.set()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(
        ls: ConsentryServer, _params: types.DidChangeConfigurationParams
    ) -> None:
        pull = asyncio.ensure_future(pull_configuration(ls))
        ls.pulls.add(pull)
        pull.add_done_callback(ls.pulls.discard)

    @server.feature(protocol.TRACK)
    def track(ls: ConsentryServer, params: Any) -> None:
        _pipeline(ls).track(params)

    @server.feature(protocol.TRACK_BATCH)
    def track_batch(ls: ConsentryServer, params: Any) -> None:
        pipeline = _pipeline(ls)
        events = params.get("events") if isinstance(params, Mapping) else None
        if not isinstance(events, list):
            ls.notices.warn("consentry/trackBatch: field 'events' must be a list")
            return
        pipeline.track_batch(events)

    @server.feature(protocol.VSCODE_TELEMETRY)
    def vscode_telemetry(ls: ConsentryServer, params: Any) -> None:
        changes = _vscode_sources(params)
        if not changes:
            ls.notices.warn("consentry/vscodeTelemetry: expected isTelemetryEnabled and level")
            return
        _pipeline(ls).update_sources(**changes)

    @server.feature(protocol.STATUS)
    async def status(ls: ConsentryServer, _params: Any) -> protocol.StatusResult:
        pipeline = await _ready(ls)
        pipeline.update_sources()
        return await _off_loop(pipeline.status)

    @server.feature(protocol.FLUSH)
    async def flush(ls: ConsentryServer, _params: Any) -> protocol.FlushResult:
        pipeline = await _ready(ls)
        return await _off_loop(pipeline.flush)

    @server.feature(protocol.RECENT_EVENTS)
    async def recent_events(ls: ConsentryServer, params: Any) -> list[dict[str, Any]]:
        limit: object = params.get("limit", 50) if isinstance(params, Mapping) else 50
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise JsonRpcInvalidParams("'limit' must be a non-negative integer")
        pipeline = await _ready(ls)
        return pipeline.recent_events(limit)

    @server.feature(protocol.SET_CONSENT)
    async def set_consent(ls: ConsentryServer, params: Any) -> protocol.StatusResult:
        granted = params.get("granted") if isinstance(params, Mapping) else None
        permanent = params.get("permanent", False) if isinstance(params, Mapping) else None
        if not isinstance(granted, bool) or not isinstance(permanent, bool):
            raise JsonRpcInvalidParams("expected {'granted': bool, 'permanent'?: bool}")
        pipeline = await _ready(ls)
        pipeline.set_consent(granted, permanent)
        return await _off_loop(pipeline.status)

    @server.feature(protocol.RESET_ID)
    async def reset_id(ls: ConsentryServer, _params: Any) -> protocol.ResetIdResult:
        # After the barrier, so events sent before the request keep the old id; on the
        # event loop, like `track`, so no event sees the id half-reset.
        pipeline = await _ready(ls)
        try:
            deleted = pipeline.reset_id()
        except OSError as exc:
            message = f"the anonymous id could not be deleted: {exc.strerror}"
            raise JsonRpcInternalError(message) from exc
        return {"deleted": deleted}

    @server.feature(types.SHUTDOWN)
    async def shutdown(ls: ConsentryServer, _params: Any) -> None:
        if ls.pipeline is not None:
            await _off_loop(ls.pipeline.close)
