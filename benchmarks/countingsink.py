"""A capture endpoint on 127.0.0.1 that only counts what it is sent.

`consentry sink` keeps every event it receives, which would cost the benchmark
process gigabytes while a large backlog drains; this one answers 200 and counts
requests and bytes, so the server's own drain speed is what gets measured.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class CountingSink:
    """A PostHog-compatible endpoint that answers 200 to every POST."""

    def __init__(self) -> None:
        self.requests = 0
        self.bytes = 0
        lock = threading.Lock()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                with lock:
                    sink.requests += 1
                    sink.bytes += length
                body = b'{"status":1}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: Any) -> None:
                return

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The base URL to give the server as its PostHog host."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> CountingSink:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
