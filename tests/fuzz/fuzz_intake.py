"""Coverage-guided fuzzing (atheris, libFuzzer) of the intake, in process.

The bytes a client could write on the server's stdin go through the same code the
server runs on them: framing (`consentry.stdio.Framer`), decoding, the size estimate
and the catalog (with the scrubber behind it) for `consentry/track` and
`consentry/trackBatch` params. Any exception that escapes is a crash the server would
have had; the framer's buffer must stay within its limits.

    pip install atheris
    python -m tests.fuzz.fuzz_intake -atheris_runs=300000     # or -max_total_time=60

libFuzzer prints the executions (`Done N runs`) and writes any crashing input to
`crash-<sha1>` in the working folder. Not part of the pytest run.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path
from typing import Any, Final

MAX_MESSAGE: Final = 4096
MAX_HEADER: Final = 256
SEEDS: Final = (
    b'Content-Length: 52\r\n\r\n{"jsonrpc":"2.0","method":"consentry/track","params":{}}',
    b'Content-Length: 121\r\n\r\n{"jsonrpc":"2.0","method":"consentry/track","params":'
    b'{"event":"error","properties":{"errorType":"E","message":"at /home/a/x.py key=abc"}}}',
    b'content-length: 80\r\nContent-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0",'
    b'"method":"consentry/trackBatch","params":{"events":[{"event":"pageview"}]}}',
    b"Content-Length: 9\r\n\r\n[[[[]]]]]Content-Length: 2\r\n\r\n{}",
)


def _judge(params: Any) -> None:
    from consentry.anonymize import catalog

    if catalog.json_size(params) <= catalog.MAX_EVENT_JSON:
        catalog.validate(params)


def one_input(data: bytes) -> None:
    """Frame, decode and judge `data`, delivered in two reads split where it says."""
    from consentry.lsp.stdio import Framer, decode

    warnings: list[str] = []
    framer = Framer(warnings.append, max_message=MAX_MESSAGE, max_header=MAX_HEADER)
    cut = 1 + (data[0] if data else 0)
    for piece in (data[1:cut], data[cut:]):
        for body in framer.feed(piece):
            message = decode(body, warnings.append)
            if message is None:
                continue
            params = message.get("params")
            if message.get("method") == "consentry/trackBatch" and isinstance(params, dict):
                events = params.get("events")
                for event in events if isinstance(events, list) else []:
                    _judge(event)
            else:
                _judge(params)
    assert framer.buffered <= MAX_MESSAGE + MAX_HEADER + 64, framer.buffered


def main() -> None:
    """Run libFuzzer over `one_input`, seeded with a few well-formed frames."""
    atheris: Any = importlib.import_module("atheris")
    with atheris.instrument_imports():
        importlib.import_module("consentry.lsp.stdio")
        importlib.import_module("consentry.anonymize.catalog")
        importlib.import_module("consentry.anonymize.scrub")
    args = list(sys.argv)
    with tempfile.TemporaryDirectory() as corpus:
        if not any(not a.startswith("-") for a in args[1:]):
            for n, seed in enumerate(SEEDS):
                (Path(corpus) / f"seed-{n}").write_bytes(seed)
            args.append(corpus)
        atheris.Setup(args, one_input)
        atheris.Fuzz()


if __name__ == "__main__":
    main()
