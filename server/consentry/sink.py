"""A local PostHog-compatible capture endpoint on 127.0.0.1 (`consentry sink`).

It accepts PostHog's `/batch/` and `/i/v0/e/` (also `/capture/`, `/e/`), gzip or
not, stores what it receives and can print it, so anyone can watch exactly what an
extension sends. Tests and benchmarks use it as the destination; its fault
schedule (status codes, `Retry-After`, connection resets, stalls) drives the
sender's retry rules. Given a certificate (`tls_context`, `consentry sink --tls-cert`)
it speaks HTTPS, the handshake done in each connection's own thread so a client that
never finishes one holds up nobody.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import ssl
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

CAPTURE_PATHS: Final = frozenset({"/batch", "/i/v0/e", "/capture", "/e", "/track"})
MAX_BODY: Final = 20 * 1024 * 1024


@dataclass(frozen=True)
class Fault:
    """One scripted answer: an HTTP status (with optional Retry-After), or a broken connection.

    `kind` is "status", "reset" (close the socket without answering after reading
    the request), "reset-mid-body" (read only part of the body, then reset the
    connection), "stall" (read the request, then wait `seconds` before closing
    without an answer: the client's timeout fires first) or "slow" (wait `seconds`,
    then take the request as if there were no fault).
    """

    kind: str = "status"
    status: int = 500
    retry_after: float | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class Received:
    """One request the sink saw."""

    at: float
    path: str
    status: int
    headers: dict[str, str]
    body: Any
    events: list[dict[str, Any]]


@dataclass
class _State:
    faults: list[Fault] = field(default_factory=list)
    requests: list[Received] = field(default_factory=list)
    connections: set[socket.socket] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _events_of(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, dict) and isinstance(body.get("batch"), list):
        return [e for e in body["batch"] if isinstance(e, dict)]
    if isinstance(body, list):
        return [e for e in body if isinstance(e, dict)]
    if isinstance(body, dict) and "event" in body:
        return [body]
    return []


def _decode(raw: bytes, encoding: str) -> Any:
    if encoding == "gzip" or raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    elif encoding == "deflate":
        raw = zlib.decompress(raw)
    return json.loads(raw)


def server_tls_context(cert_file: Path, key_file: Path | None = None) -> ssl.SSLContext:
    """A server-side TLS context from a PEM certificate chain (and key, if in its own file)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context


class _QuietHTTPServer(ThreadingHTTPServer):
    """The standard threaded server, except that a failed request (a client that hung up,
    a TLS handshake that failed) is one line on stderr instead of a traceback."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Say which kind of fault ended one request; the server goes on."""
        fault = sys.exc_info()[1]
        kind = type(fault).__name__ if fault is not None else "an error"
        print(f"consentry sink: a request failed ({kind}); still listening", file=sys.stderr)


class CaptureSink:
    """A threaded HTTP server speaking PostHog's capture API on the loopback interface."""

    def __init__(
        self,
        port: int = 0,
        *,
        faults: Iterable[Fault] = (),
        out: Path | None = None,
        echo: Callable[[Received], None] | None = None,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        self._state = _State(faults=list(faults))
        self._out = out
        self._echo = echo
        self._httpd = _QuietHTTPServer(("127.0.0.1", port), self._handler_class())
        self._httpd.daemon_threads = True
        self._tls = tls_context is not None
        if tls_context is not None:
            # Accepted sockets inherit "handshake later": it happens on the first read,
            # in the connection's thread, not in the accepting loop.
            self._httpd.socket = tls_context.wrap_socket(
                self._httpd.socket, server_side=True, do_handshake_on_connect=False
            )
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """The base URL to use as `posthog_host` (https when it speaks TLS)."""
        return f"{'https' if self._tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> CaptureSink:
        """Serve in a background thread."""
        # A short poll interval: `stop` waits for one, and tests stop many sinks.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="sink", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket, and every open connection with it.

        Without the last step a client's kept-alive connection would still be served
        after `stop`, and an endpoint that went down would not look down.
        """
        self._httpd.shutdown()
        self._httpd.server_close()
        with self._state.lock:
            open_connections = list(self._state.connections)
        for connection in open_connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> CaptureSink:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def add_faults(self, faults: Iterable[Fault]) -> None:
        """Script the next answers; once used up, requests succeed again."""
        with self._state.lock:
            self._state.faults.extend(faults)

    @property
    def requests(self) -> list[Received]:
        """Every request seen so far (failed ones too)."""
        with self._state.lock:
            return list(self._state.requests)

    @property
    def events(self) -> list[dict[str, Any]]:
        """Every event accepted (answered 2xx) so far, in arrival order."""
        return [e for r in self.requests if 200 <= r.status < 300 for e in r.events]

    @property
    def events_by_uuid(self) -> dict[str, dict[str, Any]]:
        """Accepted events as PostHog counts them: one per `uuid` (first arrival wins).

        A batch answered 2xx whose answer was lost (the sender killed or timed out
        before reading it) is sent again; PostHog de-duplicates by `uuid`, and so
        does this view. `len(events) - len(events_by_uuid)` is the raw re-sends.
        """
        seen: dict[str, dict[str, Any]] = {}
        for event in self.events:
            key = event.get("uuid")
            if isinstance(key, str) and key not in seen:
                seen[key] = event
        return seen

    def wait_for_events(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Wait (bounded) until at least `count` events were accepted."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            events = self.events
            if len(events) >= count:
                return events
            time.sleep(0.02)
        return self.events

    def _record(self, received: Received) -> None:
        with self._state.lock:
            self._state.requests.append(received)
        if self._out is not None and 200 <= received.status < 300:
            with self._out.open("a", encoding="utf-8") as handle:
                for event in received.events:
                    handle.write(json.dumps(event, separators=(",", ":")) + "\n")
        if self._echo is not None:
            self._echo(received)

    def _next_fault(self) -> Fault | None:
        with self._state.lock:
            return self._state.faults.pop(0) if self._state.faults else None

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        sink = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the sink reports through `echo`, not stderr noise."""

            def setup(self) -> None:
                """Remember the connection so `stop` can close it."""
                super().setup()
                with sink._state.lock:
                    sink._state.connections.add(self.connection)

            def handle(self) -> None:
                """Serve the connection; a client that fails the TLS handshake is dropped."""
                try:
                    super().handle()
                except (ssl.SSLError, ConnectionError):
                    self.close_connection = True

            def finish(self) -> None:
                """Forget the connection; a peer that already reset it is no error."""
                with sink._state.lock:
                    sink._state.connections.discard(self.connection)
                with contextlib.suppress(OSError):
                    super().finish()

            def _reset(self) -> None:
                """Close with RST (SO_LINGER 0): the client sees a reset connection."""
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0"
                )
                self.close_connection = True

            def _answer(self, status: int, payload: dict[str, Any], extra: dict[str, str]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in extra.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._answer(200, {"status": "ok", "events": len(sink.events)}, {})

            def do_POST(self) -> None:
                path = urlsplit(self.path).path.rstrip("/") or "/"
                length = int(self.headers.get("Content-Length") or 0)
                if length > MAX_BODY:
                    self._answer(413, {"detail": "payload too large"}, {})
                    self.close_connection = True
                    return
                headers = {k.lower(): v for k, v in self.headers.items()}
                fault = sink._next_fault()
                if fault is not None and fault.kind == "reset-mid-body":
                    self.rfile.read(length // 2)
                    sink._record(Received(time.time(), path, 0, headers, None, []))
                    self._reset()
                    return
                raw = self.rfile.read(length)
                if fault is not None and fault.kind in ("reset", "stall"):
                    sink._record(Received(time.time(), path, 0, headers, None, []))
                    if fault.kind == "stall":
                        time.sleep(fault.seconds)
                    self._reset()
                    return
                if fault is not None and fault.kind == "slow":
                    time.sleep(fault.seconds)
                    fault = None
                if path not in CAPTURE_PATHS:
                    self._answer(404, {"detail": "not a capture path"}, {})
                    return
                try:
                    body = _decode(raw, headers.get("content-encoding", ""))
                except (OSError, ValueError, zlib.error):
                    sink._record(Received(time.time(), path, 400, headers, None, []))
                    self._answer(400, {"detail": "body is not JSON"}, {})
                    return
                status = fault.status if fault is not None else 200
                extra: dict[str, str] = {}
                if fault is not None and fault.retry_after is not None:
                    extra["Retry-After"] = f"{fault.retry_after:g}"
                sink._record(Received(time.time(), path, status, headers, body, _events_of(body)))
                self._answer(status, {"status": 1} if status < 300 else {"detail": "fault"}, extra)

        return Handler
