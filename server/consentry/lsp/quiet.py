"""Value-free logs: nothing from an event, a setting or the user's home folder on stderr.

The editor shows the server's stderr in its output channel, and people paste that into
bug reports. pygls and lsprotocol log freely: tracebacks quoting the params they could
not convert, every message sent and received at INFO/DEBUG, the client's answers to
`workspace/configuration`. Our own lines name an event, a field or a file by its role,
but an exception's text (an OSError names its file) can still carry a path.

One filter on the stderr handler makes every record value-free:
- records of other libraries keep their sentence and lose every argument (`%s` → `…`);
- our own records keep their arguments, with exceptions reduced to their type (and an
  OSError's reason) and the home folder shown as `~`;
- no traceback is printed: its place is named instead (`KeyError at module:function:line`),
  since a traceback quotes the exception's text and the files' paths.
Uncaught exceptions in the main thread, other threads and finalizers are logged the same
way instead of printed by Python.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, Final, TextIO

PLACEHOLDER: Final = "…"
OWN_LOGGER: Final = "consentry"
# A %-format directive as logging's `msg % args` reads it (`%s`, `%r`, `%5.2f`, `%(name)s`).
_DIRECTIVE: Final = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[a-zA-Z%]")
_FORMAT: Final = "%(levelname)s %(name)s: %(message)s"


def _homes() -> tuple[str, ...]:
    """The user's home folder, as written in paths (never "/", which would match all)."""
    found = set()
    for candidate in (os.environ.get("HOME", ""), str(Path("~").expanduser())):
        if candidate and candidate.rstrip("/\\"):
            found.add(candidate.rstrip("/\\"))
    # Longest first, so a home inside another is replaced whole.
    return tuple(sorted(found, key=len, reverse=True))


def value_free(text: str) -> str:
    """`text` with the user's home folder (which holds the user's name) shown as `~`."""
    for home in _homes():
        text = text.replace(home, "~")
    return text


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as it may be shown in a log or a warning: `~/...` when under the home folder."""
    return value_free(str(Path(path)))


def describe_exception(exc: BaseException) -> str:
    """An exception by its type (and an OSError's reason), never its text or file."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__} ({exc.strerror})"
    return type(exc).__name__


def _where(tb: TracebackType | None) -> str:
    """The innermost frame of a traceback as `module:function:line` (code, no values)."""
    if tb is None:
        return "?"
    while tb.tb_next is not None:
        tb = tb.tb_next
    frame = tb.tb_frame
    module = frame.f_globals.get("__name__", "?")
    return f"{module}:{frame.f_code.co_name}:{tb.tb_lineno}"


def where_raised(exc: BaseException) -> str:
    """Where an exception was raised, as `module:function:line`."""
    return _where(exc.__traceback__)


def _own_argument(value: object) -> object:
    if isinstance(value, BaseException):
        # Exceptions whose text is value-free by construction say so (ConfigError).
        return str(value) if getattr(value, "VALUE_FREE", False) else describe_exception(value)
    if isinstance(value, os.PathLike):
        return shown_path(value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return type(value).__name__  # an object's repr may hold anything


class ValueFreeFilter(logging.Filter):
    """Rewrites each record so that it holds no value (see the module's docstring)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keep the record; change it in place."""
        own = record.name == OWN_LOGGER or record.name.startswith(OWN_LOGGER + ".")
        if own:
            args: Any = record.args
            if isinstance(args, tuple):
                args = tuple(_own_argument(a) for a in args)
            elif isinstance(args, dict):
                args = {k: _own_argument(v) for k, v in args.items()}
            try:
                message = str(record.msg) % args if args else str(record.msg)
            except (TypeError, ValueError, KeyError):
                message = str(record.msg)
            message = value_free(message)
        elif isinstance(record.msg, str) and record.args:
            template = record.msg.split("\n", 1)[0]  # later lines quote reprs and tracebacks
            message = _DIRECTIVE.sub(lambda m: "%" if m.group() == "%%" else PLACEHOLDER, template)
            message = value_free(message)
        else:
            # A message without arguments may have been formatted before logging (an
            # f-string quoting a value): only where it was logged is shown.
            message = f"(a message from {record.module}:{record.funcName}:{record.lineno})"
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            message += f" [{describe_exception(exc)} at {_where(exc.__traceback__)}]"
        record.msg, record.args = message, None
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def _log_uncaught(
    kind: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
    where: str,
) -> None:
    name = kind.__name__ if kind is not None else "an exception"
    reason = describe_exception(exc) if exc is not None else name
    logging.getLogger(OWN_LOGGER).error("Uncaught %s %s at %s", reason, where, _where(tb))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    thread = args.thread.name if args.thread is not None else "?"
    _log_uncaught(args.exc_type, args.exc_value, args.exc_traceback, f"in thread {thread}")


def _main_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    _log_uncaught(kind, exc, tb, "in the main thread")


def _unraisable_hook(unraisable: Any) -> None:
    _log_uncaught(
        unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback, "in a finalizer"
    )


def install(level: str | int = logging.WARNING, stream: TextIO | None = None) -> logging.Handler:
    """Log to stderr through the value-free filter, and route uncaught exceptions there.

    An unknown level name falls back to WARNING rather than failing the server's start.
    """
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(ValueFreeFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    resolved = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    root.setLevel(resolved if isinstance(resolved, int) else logging.WARNING)
    logging.captureWarnings(True)  # warnings go through the filter too
    sys.excepthook = _main_hook
    threading.excepthook = _thread_hook
    sys.unraisablehook = _unraisable_hook
    return handler
