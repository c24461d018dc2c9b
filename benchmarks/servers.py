"""Starting the servers under test: Consentry with consent on, and the stock baseline."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from benchmarks.lspclient import ServerProcess, python_argv

API_KEY: Final = "phc_benchmark_key"


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on: the endpoint is down."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _steady_environ() -> dict[str, str]:
    """This process's environment, minus PYTHONDONTWRITEBYTECODE: a server on a user's
    machine starts from cached bytecode after its first start, so both servers do here."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def server_env(home: Path, host: str | None, **extra: str) -> dict[str, str]:
    """The environment of a server under test: its own home, no consent variables from outside."""
    env = {
        k: v
        for k, v in _steady_environ().items()
        if not k.startswith(("CONSENTRY_", "DO_NOT_TRACK"))
    }
    env["CONSENTRY_HOME"] = str(home)
    if host is not None:
        env["CONSENTRY_POSTHOG_HOST"] = host
        env["CONSENTRY_POSTHOG_API_KEY"] = API_KEY
    env.update(extra)
    return env


def start_consentry(
    home: Path,
    *,
    host: str | None,
    log_dir: Path,
    tag: str,
    args: tuple[str, ...] = (),
    **extra: str,
) -> ServerProcess:
    """`python -m consentry serve` with consent granted by the setting."""
    return ServerProcess(
        python_argv("-m", "consentry", "serve", *args),
        server_env(home, host, **extra),
        stderr_path=log_dir / f"{tag}.stderr.log",
    )


def start_stock(log_dir: Path, tag: str) -> ServerProcess:
    """The stock pygls server that only counts."""
    return ServerProcess(
        python_argv("-m", "benchmarks.stock_server"),
        _steady_environ(),
        stderr_path=log_dir / f"{tag}.stderr.log",
    )


def wait_until_ready(server: ServerProcess, timeout: float = 30.0) -> dict[str, Any]:
    """Initialize, then wait for the configuration to be applied (the status barrier)."""
    server.initialize(timeout=timeout)
    return dict(server.request("consentry/status", {}, timeout))


def warm_up(server: ServerProcess, timeout: float = 30.0) -> None:
    """One event and one delivery attempt, so the sender has loaded its HTTP stack and
    failed once against the closed port (then waits in backoff) before anything is timed."""
    server.notify(
        "consentry/track",
        {"event": "pageview", "properties": {"page": "warm-up"}},
    )
    server.request("consentry/flush", {}, timeout)
    time.sleep(0.05)


@contextmanager
def running(server: ServerProcess) -> Iterator[ServerProcess]:
    """Shut the server down (bounded) however the block ends."""
    try:
        yield server
    finally:
        if server.proc.poll() is None:
            server.shutdown(timeout=10.0)
        server.close()
