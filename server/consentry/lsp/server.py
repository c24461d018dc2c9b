"""The language server: a pygls 2 `LanguageServer` that owns one Pipeline (built at
`initialize` by `consentry.lsp.handlers`).

Two deliberate departures from pygls's defaults: custom params stay plain dicts
(pygls would rebuild them as namedtuples, renaming keys such as `$os` and
swallowing `type_name`), and internal faults are logged, never shown to the user
as a popup — a telemetry fault must not interrupt the editor.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Generator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import attrs
import cattrs
from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import (
    JsonRPCNotification,
    JsonRPCRequestMessage,
    JsonRPCResponseMessage,
    default_converter,
    lsp_method,
)

from consentry import __version__
from consentry.anonymize.catalog import CATALOG_VERSION
from consentry.consent.profile import Profile
from consentry.lsp import quiet
from consentry.lsp.answering import AnsweringProtocol
from consentry.lsp.notices import RateLimitedNotices
from consentry.lsp.protocol import PROTOCOL_VERSION
from consentry.lsp.stdio import serve_stdio
from consentry.pipeline import Pipeline

logger = logging.getLogger(__name__)


def _keep_params(obj: dict[str, Any], cls: type[Any]) -> Any:
    # JSON-RPC lets a request omit `params`, and a client may add members of its own:
    # take the fields the class has (None when missing), so such a request is answered
    # rather than dropped with no reply at all.
    return cls(**{a.name: obj.get(a.name) for a in attrs.fields(cls)})


def plain_params_converter() -> cattrs.Converter:
    """lsprotocol's converter, but custom params and results stay as decoded JSON."""
    converter: cattrs.Converter = default_converter()  # type: ignore[no-untyped-call]
    for cls in (JsonRPCNotification, JsonRPCRequestMessage, JsonRPCResponseMessage):
        converter.register_structure_hook(cls, _keep_params)
    return converter


class ConsentryProtocol(AnsweringProtocol):
    """pygls's protocol, announcing the product's consent style in the initialize result,
    and answering every request it cannot convert (see `consentry.lsp.answering`)."""

    _server: ConsentryServer

    def handle_message(self, message: Any) -> None:
        """pygls's dispatch, except that a message that is not JSON-RPC 2.0 is skipped
        with a value-free warning: pygls would log the whole message, params and all."""
        if getattr(message, "jsonrpc", None) != self.VERSION:
            logger.warning("Skipped a message that is not JSON-RPC 2.0")
            return
        super().handle_message(message)

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
                    # Where this run's events go: a development run or CI keeps them on
                    # the machine even with a key, and the status bar must say so.
                    "destination": pipeline.registry.default.destination,
                    # Why this run is a development or test run (None for a user's run).
                    "devRun": pipeline.registry.default.route.reason,
                    # No profile file: the Consentry extension alone, a hub with no product
                    # of its own; its client does not ask the person about it.
                    "builtInProfile": profile.source == Profile().source,
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
        self.exit_code = 1

    def report_server_error(self, error: Exception, source: Any) -> None:
        """Log internal faults by their type alone (their text may quote a value); never
        pop up a message in the user's editor."""
        where = getattr(source, "__name__", type(source).__name__)
        logger.error("Internal error (%s): %s", where, type(error).__name__)

    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        """Serve on stdio with `consentry.stdio`'s reader (size cap, chunked reads)."""
        self.exit_code = serve_stdio(
            self, self.transport_warning, stdin, stdout, backlog=self._intake_backlog
        )

    def _intake_backlog(self) -> Future[object] | None:
        return self.pipeline.intake_backlog() if self.pipeline is not None else None

    def transport_warning(self, message: str) -> None:
        """A framing problem on stdin: logged, and told to the client (rate-limited)."""
        logger.warning("%s", message)
        self.notices.warn(message)

    def log_warning(self, message: str) -> None:
        """A `window/logMessage` warning (value-free by construction of the callers)."""
        # The callers name fields and files by their role; an exception's text that
        # slipped in still shows no home folder (the user's name).
        shown = quiet.value_free(message)
        self.window_log_message(types.LogMessageParams(types.MessageType.Warning, shown))


def serve(options: ServeOptions) -> None:
    """Run the server on stdio until the client says exit."""
    from consentry.lsp.handlers import register

    server = ConsentryServer(options)
    register(server)
    server.start_io()
    if server.pipeline is not None:
        server.pipeline.close()  # already done by `shutdown`; not if the client vanished
    # Everything is committed and every file closed by now. The interpreter's own
    # teardown (module clean-up and garbage collection of every pygls and lsprotocol
    # object) took ~0.5 s of the 1 s an editor gives a server to quit: skip it.
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(server.exit_code)
