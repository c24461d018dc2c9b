"""The server's stdio transport: message framing with a size cap, and the read loop.

It replaces pygls's stdin reader, which hands every header line and every body to a
thread pool (two thread hand-offs per message). Here stdin is an asyncio pipe read
in chunks of up to 64 KiB, and every complete message in a chunk is handled at once.

Framing follows LSP's base protocol (`Content-Length: N` header lines, a blank line,
N bytes of JSON), with two limits that keep memory bounded whatever a client sends:
- A message larger than MAX_MESSAGE_BYTES (1 MiB) is skipped with a warning: its
  bytes are drained as they arrive and never held.
- A header block larger than MAX_HEADER_BYTES, or one without a usable
  `Content-Length`, is skipped with a warning; reading resumes at the next
  `Content-Length:` header, so one broken message costs at most itself and its
  neighbour, never the server.

Dispatch keeps pygls's order and semantics. Notifications of custom methods whose
handler is a plain function (`consentry/track`, `consentry/trackBatch`) are called
directly with their params — exactly what pygls would end up doing, as custom params
stay plain dicts — because pygls's generic path (protocol `isinstance` checks, a
uuid, a context copy and a Future per message) costs more than the handler itself.
Everything else goes through `protocol.handle_message` unchanged.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, BinaryIO, Final

from pygls.exceptions import FeatureNotificationError
from pygls.feature_manager import is_thread_function
from pygls.io_ import StdoutWriter

if TYPE_CHECKING:
    from pygls.lsp.server import LanguageServer

logger = logging.getLogger(__name__)

MAX_MESSAGE_BYTES: Final = 1024 * 1024
MAX_HEADER_BYTES: Final = 8 * 1024
READ_CHUNK: Final = 64 * 1024
_HEADER_END: Final = b"\r\n\r\n"
_LENGTH_ANYWHERE: Final = re.compile(rb"content-length:[ \t]*(\d{1,12})", re.IGNORECASE)
# Reading waits at most this long for the consumer to catch up, so a stuck consumer
# slows the intake down but never stops it.
BACKLOG_WAIT: Final = 5.0

Backlog = Callable[[], "Future[object] | None"]


class Framer:
    """Splits a byte stream into message bodies; memory stays bounded by the limits.

    `feed` takes whatever bytes arrived and yields each complete body, in order.
    Problems (oversize, malformed headers) go to `warn` as value-free sentences.
    """

    def __init__(
        self,
        warn: Callable[[str], None],
        max_message: int = MAX_MESSAGE_BYTES,
        max_header: int = MAX_HEADER_BYTES,
    ) -> None:
        self._warn = warn
        self._max_message = max_message
        self._max_header = max_header
        self._buffer = b""
        self._skip = 0

    @property
    def buffered(self) -> int:
        """Bytes held while waiting for the rest of a message."""
        return len(self._buffer)

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Yield the bodies completed by `data`."""
        if self._skip:
            dropped = min(self._skip, len(data))
            self._skip -= dropped
            data = data[dropped:]
        buffer = self._buffer + data if self._buffer else data
        pos = 0
        while pos < len(buffer):
            end = buffer.find(_HEADER_END, pos)
            if end < 0:
                if len(buffer) - pos > self._max_header:
                    self._warn(f"Skipped a message header longer than {self._max_header} bytes")
                    pos = self._resync(buffer, pos)
                    continue
                break
            length = self._length(buffer, pos, end)
            if length is None:
                pos = end + len(_HEADER_END)
                continue
            start = end + len(_HEADER_END)
            if length > self._max_message:
                self._warn(
                    f"Skipped a message of {length} bytes: the limit is {self._max_message} bytes"
                )
                available = len(buffer) - start
                if available < length:
                    self._skip = length - available
                    pos = len(buffer)
                else:
                    pos = start + length
                continue
            if len(buffer) - start < length:
                break
            pos = start + length
            yield buffer[start:pos]
        self._buffer = buffer[pos:]

    def _length(self, buffer: bytes, pos: int, end: int) -> int | None:
        """The body length a header block announces, or None (warned) if it has none."""
        header = buffer[pos:end]
        # The common case, first: a header block that is exactly one Content-Length line.
        if header[:16].lower() == b"content-length: " and header[16:].isdigit():
            return int(header[16:])
        length = None
        for line in header.split(b"\r\n"):
            name, colon, value = line.partition(b":")
            if colon and name.strip().lower() == b"content-length" and value.strip().isdigit():
                length = int(value.strip())
        if length is None:
            # Garbage before a header (a broken earlier message): use the last length in it.
            found = list(_LENGTH_ANYWHERE.finditer(header))
            if found:
                self._warn("Skipped bytes that were not a message header")
                return int(found[-1].group(1))
            self._warn("Skipped a message header without a valid Content-Length")
        return length

    @staticmethod
    def _resync(buffer: bytes, pos: int) -> int:
        """Where to resume after an overlong header: the last `Content-Length:` seen, or
        the end of the buffer (keeping a few bytes in case a header starts across chunks)."""
        found = list(_LENGTH_ANYWHERE.finditer(buffer, pos + 1))
        if found:
            return found[-1].start()
        return max(pos, len(buffer) - len(b"content-length:"))


def decode(body: bytes, warn: Callable[[str], None]) -> dict[str, Any] | None:
    """The JSON object of one body, or None (warned) if it is not one."""
    try:
        message = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        warn("Skipped a message that is not valid JSON")
        return None
    except RecursionError:
        # Nesting deeper than the decoder's recursion limit: no LSP message looks like this.
        warn("Skipped a message nested too deeply to decode")
        return None
    if not isinstance(message, dict):
        warn("Skipped a message that is not a JSON object")
        return None
    msg_id = message.get("id")
    if msg_id is not None and (isinstance(msg_id, bool) or not isinstance(msg_id, int | str)):
        # JSON-RPC ids are numbers or strings; echoing any other value back would hand
        # the client an answer it cannot match (some clients fail on it).
        warn("Skipped a message whose id is not a number or a string")
        return None
    is_call = isinstance(message.get("method"), str)
    is_answer = "method" not in message and msg_id is not None
    if not (is_call or is_answer):
        # Neither a call nor an answer to one: pygls would fail on it with a traceback.
        warn("Skipped a message that is neither a request, a notification nor a response")
        return None
    return message


class Dispatcher:
    """Hands decoded messages to the server, in arrival order."""

    def __init__(self, server: LanguageServer) -> None:
        self._server = server
        self._protocol = server.protocol
        self._direct: dict[str, Callable[[Any], Any] | None] = {}

    def _direct_handler(self, method: str) -> Callable[[Any], Any] | None:
        """The handler to call directly for a custom notification, if it is a plain function."""
        if method in self._direct:
            return self._direct[method]
        handler = None
        fm = self._protocol.fm
        if method not in fm.builtin_features and self._protocol.get_message_type(method) is None:
            candidate = fm.features.get(method)
            target = getattr(candidate, "func", candidate)
            if (
                candidate is not None
                and not inspect.iscoroutinefunction(target)
                and not inspect.isgeneratorfunction(target)
                and not is_thread_function(candidate)  # type: ignore[no-untyped-call]
            ):
                handler = candidate
        self._direct[method] = handler
        return handler

    def dispatch(self, message: dict[str, Any]) -> None:
        """Handle one message; a fault is reported, never raised (except exit's SystemExit)."""
        method = message.get("method")
        if (
            "id" not in message
            and isinstance(method, str)
            and message.get("jsonrpc") == "2.0"
            and not self._protocol._shutdown
        ):
            handler = self._direct_handler(method)
            if handler is not None:
                try:
                    handler(message.get("params"))
                except Exception as exc:
                    self._server.report_server_error(exc, FeatureNotificationError)
                return
        try:
            self._protocol.handle_message(self._protocol.structure_message(message))
        except Exception as exc:
            logger.exception("Unable to handle a message")
            self._server.report_server_error(exc, FeatureNotificationError)


async def _open_reader(stdin: BinaryIO) -> Callable[[], Any]:
    """A coroutine function reading up to READ_CHUNK bytes (b"" at end of input).

    A pipe is read by the event loop itself; anything else (a regular file) falls back
    to blocking reads in a thread.
    """
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=READ_CHUNK)
    try:
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), stdin)
    except (ValueError, OSError):
        fd = stdin.fileno()
        return lambda: loop.run_in_executor(None, os.read, fd, READ_CHUNK)
    return lambda: reader.read(READ_CHUNK)


async def read_loop(
    server: LanguageServer,
    stdin: BinaryIO,
    warn: Callable[[str], None],
    backlog: Backlog | None = None,
) -> None:
    """Read, frame and dispatch messages until stdin ends (or `exit` ends the process).

    After each chunk, `backlog` may hand back a future to wait on before reading on
    (bounded by BACKLOG_WAIT): the pipe then fills and the client's writes wait, instead
    of events piling up in this process's memory.
    """
    framer = Framer(warn)
    dispatcher = Dispatcher(server)
    read = await _open_reader(stdin)
    while True:
        chunk: bytes = await read()
        if not chunk:
            return
        for body in framer.feed(chunk):
            message = decode(body, warn)
            if message is not None:
                dispatcher.dispatch(message)
        pending = backlog() if backlog is not None else None
        if pending is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.wrap_future(pending), BACKLOG_WAIT)


def serve_stdio(
    server: LanguageServer,
    warn: Callable[[str], None],
    stdin: BinaryIO | None = None,
    stdout: BinaryIO | None = None,
    backlog: Backlog | None = None,
) -> int:
    """Serve `server` over stdio until the client says exit or closes stdin.

    Returns the exit code LSP asks for: 0 after `shutdown` then `exit`, else 1.
    """
    server.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
    code = 1
    try:
        asyncio.run(read_loop(server, stdin or sys.stdin.buffer, warn, backlog))
    except BrokenPipeError:
        logger.error("Connection to the client is lost; shutting down")
    except SystemExit as exc:  # pygls's `exit` handler ends the loop this way
        code = exc.code if isinstance(exc.code, int) else 1
    except KeyboardInterrupt:
        pass
    finally:
        with contextlib.suppress(Exception):
            server.shutdown()  # type: ignore[no-untyped-call]
    return code
