"""Answering every request, and quoting no value in an answer or a log line.

pygls converts each message's params with lsprotocol's converter before any handler
runs. When that fails it logs a traceback that quotes the params and answers nothing:
an `initialize` with one member of the wrong type leaves the client waiting forever.
When a handler fails, pygls answers with the exception's text and traceback, which may
quote a path, a setting or an event. `AnsweringProtocol` changes both: an `initialize`
is read part by part (`consentry.lsp.lenient`), any other request that cannot be read
is answered with -32602, an unexpected fault with its exception's type alone; method
names are repeated only when they are LSP's or Consentry's own. As a last line, no
message to the editor shows the user's home folder (it holds the user's name): a
profile's path in a consent reason reads `~/...`.
"""

from __future__ import annotations

import json
import logging
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from lsprotocol import types
from lsprotocol.types import ResponseErrorMessage
from pygls.exceptions import (
    FeatureRequestError,
    JsonRpcException,
    JsonRpcInternalError,
    JsonRpcInvalidParams,
    JsonRpcMethodNotFound,
)
from pygls.protocol import (
    JsonRPCNotification,
    JsonRPCRequestMessage,
    JsonRPCResponseMessage,
    LanguageServerProtocol,
)

from consentry.lsp import protocol as consentry_protocol
from consentry.lsp import quiet
from consentry.lsp.lenient import UnusableParamsError, initialize_params

logger = logging.getLogger(__name__)


def method_name(method: object) -> str:
    """A method's name if it is one of LSP's or ours, else a word: any other string came
    from the client and may carry anything, so it is never repeated."""
    known = isinstance(method, str) and (
        method in types.METHOD_TO_TYPES or method in vars(consentry_protocol).values()
    )
    return str(method) if known else "an unknown method"


@dataclass(frozen=True)
class Unreadable:
    """A message whose params could not be converted: answered with an error if a request."""

    id: Any
    method: object
    jsonrpc: str = "2.0"


def _raised_by_us(exc: BaseException) -> bool:
    """Whether an exception was raised in Consentry's own code (whose errors are value-free)."""
    return quiet.where_raised(exc).startswith("consentry.")


class AnsweringProtocol(LanguageServerProtocol):
    """pygls's protocol, except that every request is answered and no error quotes a value.

    pygls logs a traceback quoting the params it cannot convert and never answers, so
    the client hangs; this takes from an `initialize` whatever parts are usable, answers
    any other unreadable request with -32602, and answers an unexpected fault with its
    exception's type alone.
    """

    def structure_message(self, data: dict[str, Any]) -> Any:
        """pygls's conversion of a decoded message, without its traceback in the log.

        An `initialize` is converted part by part (bad optional parts left out, with a
        value-free warning); any other message that cannot be converted becomes an
        `Unreadable`, which `handle_message` answers with -32602 if it is a request.
        """
        if "jsonrpc" not in data:
            return data
        method = data.get("method")
        if method == types.INITIALIZE and "id" in data:
            return self._initialize_request(data)
        try:
            if "id" not in data:
                kind = self.get_message_type(str(method)) or JsonRPCNotification
            elif "error" in data:
                kind = ResponseErrorMessage
            elif "method" in data:
                kind = self.get_message_type(str(method)) or JsonRPCRequestMessage
            else:
                kind = self._result_types.pop(data["id"], None) or JsonRPCResponseMessage
            return self._converter.structure(data, kind)
        except Exception as exc:  # any failure: the message is unreadable
            logger.warning(
                "Could not read the params of %s (%s)", method_name(method), type(exc).__name__
            )
            return Unreadable(data.get("id"), method)

    def _initialize_request(self, data: dict[str, Any]) -> Any:
        try:
            lenient = initialize_params(self._converter, data.get("params"))
        except UnusableParamsError as exc:
            logger.warning("initialize: %s", exc)
            return Unreadable(data["id"], types.INITIALIZE)
        if lenient.ignored:
            message = "initialize: ignored parts that could not be read: " + ", ".join(
                lenient.ignored[:10]
            )
            logger.warning("%s", message)
            notices = getattr(self._server, "notices", None)
            if notices is not None:  # the editor is told too, rate-limited
                notices.warn(message)
        return types.InitializeRequest(id=data["id"], params=lenient.params)

    def handle_message(self, message: Any) -> None:
        """pygls's dispatch, except that an unreadable request is answered with -32602."""
        if isinstance(message, Unreadable):
            self._answer_unreadable(message)
            return
        super().handle_message(message)

    def _answer_unreadable(self, message: Unreadable) -> None:
        name = method_name(message.method)
        if message.id is None:
            return  # a notification: nobody waits for an answer
        if message.method is None:
            # An answer to one of our requests that could not be read: fail the request
            # now rather than let it wait for its timeout.
            pending = self._request_futures.pop(message.id, None)
            if pending is not None and not pending.done():
                pending.set_exception(JsonRpcInvalidParams("the client's answer was unreadable"))
            return
        if self._shutdown:
            return
        detail = (
            "params must be an object with a 'capabilities' object"
            if message.method == types.INITIALIZE
            else "params could not be read"
        )
        error = JsonRpcInvalidParams(f"{name}: {detail}")
        self._send_response(message.id, error=error.to_response_error())

    def _send_handler_result(self, future: Future[Any], *, msg_id: Any) -> None:
        """pygls's answer, except that no error quotes a value.

        pygls would send an unexpected fault's text and traceback to the client, and its
        own JSON-RPC errors repeat what the client sent (a command name): both may
        quote a value. Errors raised by our handlers are value-free by construction.
        """
        fault = None if future.cancelled() else future.exception()
        if fault is None or (isinstance(fault, JsonRpcException) and _raised_by_us(fault)):
            super()._send_handler_result(future, msg_id=msg_id)
            return
        self._request_futures.pop(msg_id, None)
        logger.error("A request failed: %s at %s", type(fault).__name__, quiet.where_raised(fault))
        if isinstance(fault, JsonRpcException):
            error: JsonRpcException = type(fault)(type(fault).MESSAGE or None, fault.code)
        else:
            error = JsonRpcInternalError(f"Internal error ({type(fault).__name__})")
        self._send_response(msg_id, error=error.to_response_error())
        self._server._report_server_error(error, FeatureRequestError)

    def _get_handler(self, feature_name: str) -> Any:
        """pygls's lookup; an unknown method's error does not repeat its name."""
        try:
            return super()._get_handler(feature_name)
        except JsonRpcMethodNotFound:
            raise JsonRpcMethodNotFound(JsonRpcMethodNotFound.MESSAGE) from None

    def _send_data(self, data: Any) -> None:
        """pygls's writer, minus its INFO log of every body, with the home folder as `~`.

        The body is JSON: replacing a path prefix inside its strings keeps it valid.
        """
        if not data:
            return
        if self.writer is None:
            logger.error("Unable to send data, no available transport")
            return
        try:
            body = quiet.value_free(json.dumps(data, default=self._serialize_message))
            header = (
                f"Content-Length: {len(body)}\r\n"
                f"Content-Type: {self.CONTENT_TYPE}; charset={self.CHARSET}\r\n\r\n"
                if self._include_headers
                else ""
            )
            # The stdio transport's writer is synchronous (consentry.lsp.stdio).
            self.writer.write((header + body).encode(self.CHARSET))
        except BrokenPipeError:
            logger.error("Could not write to the client: the pipe is closed")
            raise
        except Exception as error:  # a fault here must not end the server
            logger.error("Could not write to the client (%s)", type(error).__name__)
            self._server._report_server_error(error, JsonRpcInternalError)
