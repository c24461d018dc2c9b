"""Loaded by the server under test: records network and HTTP-stack activity to a file.

Python's audit hooks see every socket connect, every DNS look-up and every import, so
the test can prove what the server did not do without trusting the server's own word.
"""

import os
import sys

_LOG = os.environ.get("CONSENTRY_AUDIT_HOOK_LOG", "")
# Not `ssl`: asyncio imports it on its own; the HTTP stack is what consent gates.
_WATCHED_MODULES = ("posthog", "requests", "urllib3", "http.client")
_WATCHED_EVENTS = (
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.sendto",
)


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event == "import":
        name = str(args[0])
        if not name.startswith(_WATCHED_MODULES):
            return
        line = f"import {name}"
    elif event in _WATCHED_EVENTS:
        line = f"{event} {args[1:]!r}"
    else:
        return
    with open(_LOG, "a", encoding="utf-8") as handle:  # noqa: PTH123 - keep the hook minimal
        handle.write(line + "\n")


if _LOG:
    sys.addaudithook(_hook)
