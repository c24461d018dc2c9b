"""A minimal LSP client over a child process's stdio, cheap enough not to be the bottleneck.

pytest-lsp's client is built for tests; here the client must stay out of the way of
the server it measures, so messages are framed by hand, bodies can be encoded once
ahead of a run, and a reader thread answers the server's own requests
(`workspace/configuration`) and collects responses.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any, BinaryIO, Final

from benchmarks import procstats

HEADER_END: Final = b"\r\n\r\n"


def frame(message: Mapping[str, Any]) -> bytes:
    """One JSON-RPC message with its `Content-Length` header."""
    body = json.dumps(message, separators=(",", ":")).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def notification(method: str, params: Any) -> bytes:
    """A framed notification."""
    return frame({"jsonrpc": "2.0", "method": method, "params": params})


def initialize_params(
    *, telemetry_level: str = "all", profile: str | None = None
) -> dict[str, Any]:
    """`initialize` params as the VS Code client sends them (the parts the server reads)."""
    options: dict[str, Any] = {
        "extensionVersion": "1.2.3",
        "vscodeTelemetry": {"isTelemetryEnabled": True, "level": telemetry_level},
    }
    if profile is not None:
        options["profile"] = profile
    return {
        "processId": os.getpid(),
        "clientInfo": {"name": "Visual Studio Code", "version": "1.100.3"},
        "rootUri": None,
        "capabilities": {"workspace": {"configuration": True}},
        "initializationOptions": options,
    }


class ServerProcess:
    """A language server in a child process, driven over its stdin and stdout."""

    def __init__(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        *,
        stderr_path: Path,
        settings: Sequence[Any] = ({"telemetry": {"enabled": True}}, {"telemetryLevel": "all"}),
    ) -> None:
        self.settings = list(settings)
        self.started_at = time.perf_counter()
        self._stderr = stderr_path.open("wb")
        self.proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=dict(env),
            bufsize=0,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._stdin_fd = self.proc.stdin.fileno()
        self._ids = itertools.count(1)
        self._pending: dict[int, Future[Any]] = {}
        self._lock = threading.Lock()
        self.notifications: list[tuple[float, str, Any]] = []
        self.answered_at: dict[int, float] = {}
        self._reader = threading.Thread(
            target=self._read_loop, args=(self.proc.stdout,), name="lsp-reader", daemon=True
        )
        self._reader.start()

    @property
    def pid(self) -> int:
        """The server's process id."""
        return self.proc.pid

    # ----- writing ----------------------------------------------------------------------

    def write(self, data: bytes) -> None:
        """Write bytes to the server's stdin, blocking while the pipe is full."""
        view = memoryview(data)
        while view:
            written = os.write(self._stdin_fd, view)
            view = view[written:]

    def notify(self, method: str, params: Any) -> None:
        """Send one notification."""
        self.write(notification(method, params))

    def send_request(self, method: str, params: Any) -> tuple[int, Future[Any]]:
        """Send a request; returns its id and a future of its result."""
        msg_id = next(self._ids)
        future: Future[Any] = Future()
        with self._lock:
            self._pending[msg_id] = future
        self.write(frame({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params}))
        return msg_id, future

    def request(self, method: str, params: Any = None, timeout: float = 60.0) -> Any:
        """Send a request and wait (bounded) for its result."""
        _, future = self.send_request(method, {} if params is None else params)
        return future.result(timeout)

    def initialize(self, params: Mapping[str, Any] | None = None, timeout: float = 30.0) -> Any:
        """`initialize` then `initialized`; returns the initialize result."""
        result = self.request("initialize", dict(params or initialize_params()), timeout)
        self.notify("initialized", {})
        return result

    def shutdown(self, timeout: float = 10.0) -> None:
        """`shutdown`, `exit`, and wait (bounded) for the process to end."""
        try:
            self.request("shutdown", None, timeout)
            self.notify("exit", None)
        except (OSError, TimeoutError):
            pass
        self.wait(timeout)

    def wait(self, timeout: float) -> int | None:
        """Wait for the process to exit; kill it if it does not in time."""
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def kill(self) -> None:
        """Kill the process (only ever this child) and reap it."""
        with contextlib.suppress(ProcessLookupError):
            self.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(5)

    def close(self) -> None:
        """Make sure the process is gone and the files are closed."""
        if self.proc.poll() is None:
            self.kill()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._stderr.close()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ----- reading ----------------------------------------------------------------------

    def _read_loop(self, stdout: BinaryIO) -> None:
        buffer = b""
        fd = stdout.fileno()
        while True:
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                break
            buffer += chunk
            while True:
                end = buffer.find(HEADER_END)
                if end < 0:
                    break
                length = _content_length(buffer[:end])
                start = end + len(HEADER_END)
                if len(buffer) - start < length:
                    break
                body, buffer = buffer[start : start + length], buffer[start + length :]
                self._dispatch(json.loads(body))
        with self._lock:
            pending, self._pending = self._pending, {}
        for future in pending.values():
            future.set_exception(ConnectionError("the server closed its stdout"))

    def _dispatch(self, message: dict[str, Any]) -> None:
        now = time.perf_counter()
        method = message.get("method")
        if method is None:
            msg_id = message.get("id")
            self.answered_at[msg_id] = now  # type: ignore[index]
            with self._lock:
                future = self._pending.pop(msg_id, None)  # type: ignore[arg-type]
            if future is not None:
                if "error" in message:
                    future.set_exception(RuntimeError(str(message["error"])))
                else:
                    future.set_result(message.get("result"))
            return
        if "id" in message:
            result: Any = None
            if method == "workspace/configuration":
                items = message.get("params", {}).get("items", [])
                result = [self._section(item.get("section", "")) for item in items]
            with contextlib.suppress(OSError):
                self.write(frame({"jsonrpc": "2.0", "id": message["id"], "result": result}))
            return
        self.notifications.append((now, method, message.get("params")))

    def _section(self, section: str) -> Any:
        if section == "consentry":
            return self.settings[0]
        if section == "telemetry":
            return self.settings[1]
        return None

    def warnings(self) -> list[str]:
        """The `window/logMessage` warnings received so far."""
        return [
            str(params.get("message"))
            for _, method, params in list(self.notifications)
            if method == "window/logMessage" and isinstance(params, dict)
        ]

    # ----- the process from outside -------------------------------------------------------

    def cpu_seconds(self) -> float:
        """CPU time (user + system, every thread) the server has used so far."""
        return procstats.cpu_seconds(self.pid)

    def rss_bytes(self) -> int:
        """Resident set size now."""
        return procstats.rss_bytes(self.pid)


def _content_length(header: bytes) -> int:
    for line in header.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    raise ValueError("a message without Content-Length")


def python_argv(*args: str) -> list[str]:
    """`python -m …` with this interpreter."""
    return [sys.executable, *args]
