"""A real HTTP(S) forward proxy on 127.0.0.1 (the maintained `proxy.py` package) and a test CA.

The proxy runs as its own process, as a corporate proxy would; its access log says which
requests went through it (`CONNECT host:port` for HTTPS, the full URL for HTTP).
"""

from __future__ import annotations

import contextlib
import os
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import trustme

START_TIMEOUT = 20.0


@dataclass
class RunningProxy:
    """A started proxy: its URL and its access log."""

    url: str
    log: Path

    def seen(self) -> str:
        """Everything the proxy logged so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextlib.contextmanager
def running_proxy(folder: Path) -> Iterator[RunningProxy]:
    """Start `proxy.py` on a free loopback port; stop it (its process group) afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    port_file = folder / "proxy.port"
    log = folder / "proxy.log"
    env = {**os.environ, "HOME": str(folder)}  # its state folder (~/.proxy) stays in the test's
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "proxy",
                "--hostname",
                "127.0.0.1",
                "--port",
                "0",
                "--port-file",
                str(port_file),
                "--num-acceptors",
                "1",
                "--num-workers",
                "1",
                "--log-level",
                "DEBUG",  # "Connecting to upstream host:port" as each request arrives
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        port = ""
        while time.monotonic() < deadline and not port:
            if process.poll() is not None:
                raise RuntimeError(f"the proxy exited: {log.read_text(errors='replace')[-2000:]}")
            if port_file.exists():
                port = port_file.read_text(encoding="utf-8").strip()
            time.sleep(0.05)
        if not port:
            raise RuntimeError("the proxy did not start in time")
        yield RunningProxy(f"http://127.0.0.1:{port}", log)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


@dataclass
class Authority:
    """A certificate authority made for one test, and a server context it signed for 127.0.0.1."""

    ca_file: Path
    server_context: ssl.SSLContext


def make_authority(folder: Path) -> Authority:
    """A fresh CA (its certificate written to `folder`) and a TLS server context for 127.0.0.1."""
    folder.mkdir(parents=True, exist_ok=True)
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    ca_file = folder / "test-ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    return Authority(ca_file, context)
