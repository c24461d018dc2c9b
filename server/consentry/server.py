"""The language server: a pygls 2 `LanguageServer` that owns one Pipeline.

Two deliberate departures from pygls's defaults: custom params stay plain dicts
(pygls would rebuild them as namedtuples, renaming keys such as `$os` and
swallowing `type_name`), and internal faults are logged, never shown to the user
as a popup — a telemetry fault must not interrupt the editor.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Any

import cattrs
from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import (
    JsonRPCNotification,
    JsonRPCRequestMessage,
    JsonRPCResponseMessage,
    LanguageServerProtocol,
    default_converter,
    lsp_method,
)

from consentry import __version__
from consentry.catalog import CATALOG_VERSION
from consentry.consent import Decision
from consentry.home import Home
from consentry.notices import RateLimitedNotices
from consentry.pipeline import Pipeline
from consentry.profile import Profile, ProfileError, load_profile
from consentry.protocol import PROTOCOL_VERSION, STATE_CHANGED

logger = logging.getLogger(__name__)


def _keep_params(obj: dict[str, Any], cls: type[Any]) -> Any:
    return cls(**obj)


def plain_params_converter() -> cattrs.Converter:
    """lsprotocol's converter, but custom params and results stay as decoded JSON."""
    converter: cattrs.Converter = default_converter()  # type: ignore[no-untyped-call]
    for cls in (JsonRPCNotification, JsonRPCRequestMessage, JsonRPCResponseMessage):
        converter.register_structure_hook(cls, _keep_params)
    return converter


class ConsentryProtocol(LanguageServerProtocol):
    """pygls's protocol, announcing the product's consent style in the initialize result."""

    _server: ConsentryServer

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(
        self, params: types.InitializeParams
    ) -> Generator[Any, Any, types.InitializeResult]:
        """Initialize as pygls does, then add `capabilities.experimental.consentry`.

        The client needs the product name, prompt style and privacy URL to show the
        consent prompt; the profile may come from the server's command line, so the
        server is the one to tell.
        """
        result: types.InitializeResult = yield from super().lsp_initialize(params)
        pipeline = self._server.pipeline
        if pipeline is not None:
            profile = pipeline.profile
            result.capabilities.experimental = {
                "consentry": {
                    "protocolVersion": PROTOCOL_VERSION,
                    "catalogVersion": CATALOG_VERSION,
                    "product": profile.product,
                    "consent": profile.consent,
                    "prompt": profile.prompt,
                    "privacyUrl": profile.privacy_url,
                    "destination": profile.destination,
                }
            }
        return result


@dataclass(frozen=True, kw_only=True)
class ServeOptions:
    """What `consentry serve` was started with."""

    profile: str | None = None
    analytics_log: str | None = None
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))


class ConsentryServer(LanguageServer):
    """The Consentry language server."""

    def __init__(self, options: ServeOptions | None = None) -> None:
        super().__init__(
            "consentry",
            __version__,
            protocol_cls=ConsentryProtocol,
            converter_factory=plain_params_converter,
        )
        self.options = options or ServeOptions()
        self.pipeline: Pipeline | None = None
        self.configured: asyncio.Event | None = None
        self.pulls: set[asyncio.Future[None]] = set()
        self.notices = RateLimitedNotices(self.log_warning)

    def report_server_error(self, error: Exception, source: Any) -> None:
        """Log internal faults; never pop up a message in the user's editor."""
        logger.error("Internal error (%s): %s", getattr(source, "__name__", source), error)

    def log_warning(self, message: str) -> None:
        """A `window/logMessage` warning (value-free by construction of the callers)."""
        self.window_log_message(types.LogMessageParams(types.MessageType.Warning, message))

    def state_changed(self, decision: Decision) -> None:
        """Tell the client (the status bar follows this)."""
        self.protocol.notify(
            STATE_CHANGED,
            {"state": decision.state, "decidedBy": decision.decided_by, "reason": decision.reason},
        )

    def start_pipeline(self, profile_path: str | None) -> Pipeline:
        """Build the pipeline from the profile and the environment (once, at initialize)."""
        environ = self.options.environ
        profile_error = None
        try:
            profile = load_profile(self.options.profile or profile_path, environ)
        except ProfileError as exc:
            # A bad profile sends nothing: the consent decision reports it as off.
            profile, profile_error = Profile(), str(exc)
            logger.error("Invalid profile: %s", exc)
            self.log_warning(f"Invalid profile, telemetry is off: {exc}")
        self.pipeline = Pipeline(
            home=Home.from_env(environ, default=profile.home),
            profile=profile,
            profile_error=profile_error,
            environ=environ,
            audit_path=self.options.analytics_log or environ.get("CONSENTRY_ANALYTICS_LOG"),
            on_state_changed=self.state_changed,
            warn=self.notices.warn,
        )
        return self.pipeline


def serve(options: ServeOptions) -> None:
    """Run the server on stdio until the client says exit."""
    from consentry.handlers import register

    server = ConsentryServer(options)
    register(server)
    server.start_io()
