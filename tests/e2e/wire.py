"""Raw bytes on a running server's stdin, and facts about its process.

A well-behaved client cannot send a broken frame, a request without `params` or a
non-UTF-8 body; these helpers write such bytes straight into the pipe the test's
client uses, read the server's stderr, and read its memory use from /proc.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from consentry.lsp import protocol
from tests.conftest import Session

LIVENESS_TIMEOUT: Final = 1.0
_OMIT: Final = object()
_VMRSS: Final = re.compile(r"^VmRSS:\s+(\d+)\s+kB$", re.MULTILINE)


def frame(body: bytes, length: int | None = None) -> bytes:
    """One LSP frame; `length` overrides the true Content-Length (to lie about it)."""
    declared = len(body) if length is None else length
    return b"Content-Length: %d\r\n\r\n" % declared + body


def message(
    method: object, params: object = _OMIT, msg_id: object = _OMIT, **members: Any
) -> bytes:
    """A JSON-RPC 2.0 message as bytes; `params` and `id` are left out unless given."""
    body: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if params is not _OMIT:
        body["params"] = params
    if msg_id is not _OMIT:
        body["id"] = msg_id
    body.update(members)
    return json.dumps(body).encode()


def write(session: Session, raw: bytes) -> None:
    """Write bytes to the server's stdin, between whole messages of the client."""
    session.client.protocol.writer.write(raw)  # type: ignore[union-attr]


async def raw_request(session: Session, body: bytes, msg_id: int | str, timeout: float) -> Any:
    """Write a framed request and wait (bounded) for its answer: the result, or the
    JSON-RPC error as the exception pygls makes of it (raised)."""
    answer: Future[Any] = Future()
    # The client matches answers to its own pending requests by id; register ours.
    session.client.protocol._request_futures[msg_id] = answer
    try:
        write(session, frame(body))
        return await asyncio.wait_for(asyncio.wrap_future(answer), timeout)
    finally:
        session.client.protocol._request_futures.pop(msg_id, None)


async def alive(session: Session, timeout: float = LIVENESS_TIMEOUT) -> dict[str, Any]:
    """`consentry/status`, which must answer within `timeout` seconds."""
    try:
        result = await asyncio.wait_for(
            session.client.protocol.send_request_async(protocol.STATUS, {}),  # type: ignore[no-untyped-call]
            timeout,
        )
    except (TimeoutError, RuntimeError) as exc:
        process = session.client._server
        if process is not None and process.returncode is not None:
            raise AssertionError(f"the server exited with code {process.returncode}") from exc
        raise AssertionError(f"the server did not answer within {timeout} s") from exc
    return dict(result)


def server_pid(session: Session) -> int:
    """The process id of the server under test."""
    process = session.client._server
    assert process is not None
    return int(process.pid)


def rss_bytes(pid: int) -> int:
    """The resident set size of a process (VmRSS in /proc/PID/status)."""
    text = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    found = _VMRSS.search(text)
    assert found is not None, "no VmRSS line"
    return int(found.group(1)) * 1024


@dataclass
class Stderr:
    """Every line the server wrote to stderr since `capture`."""

    lines: list[str] = field(default_factory=list)
    task: asyncio.Task[None] | None = None

    @property
    def text(self) -> str:
        """All of it as one string."""
        return "".join(self.lines)


def capture_stderr(session: Session) -> Stderr:
    """Keep the server's stderr (its log) to search it for values that must not be there.

    The test client forwards the server's stderr to the test's own; that forwarder is
    replaced by a reader that keeps the lines.
    """
    client = session.client
    process = client._server
    assert process is not None and process.stderr is not None
    if client._stderr_forwarder is not None:
        client._stderr_forwarder.cancel()
    stream = process.stderr
    captured = Stderr()

    async def keep() -> None:
        with contextlib.suppress(asyncio.CancelledError, ConnectionError):
            while line := await stream.readline():
                captured.lines.append(line.decode("utf-8", "replace"))

    captured.task = asyncio.ensure_future(keep())
    client._stderr_forwarder = captured.task
    return captured
