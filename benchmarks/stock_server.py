"""The baseline: a stock pygls 2 server whose handlers for the same notifications only count.

Default reader, default converter, nothing of Consentry: `python -m benchmarks.stock_server`.
`consentry/status` answers with the count, so a request after a burst is the same
barrier the real server gives (pygls handles messages in order).
"""

from __future__ import annotations

from typing import Any

from pygls.lsp.server import LanguageServer


def main() -> None:
    """Serve on stdio until `exit`."""
    server = LanguageServer("stock-pygls", "1")
    counted = [0]

    @server.feature("consentry/track")
    def track(_ls: LanguageServer, _params: Any) -> None:
        counted[0] += 1

    @server.feature("consentry/trackBatch")
    def track_batch(_ls: LanguageServer, params: Any) -> None:
        counted[0] += len(params.events)

    @server.feature("consentry/status")
    def status(_ls: LanguageServer, _params: Any) -> dict[str, int]:
        return {"queued": counted[0]}

    server.start_io()


if __name__ == "__main__":
    main()
