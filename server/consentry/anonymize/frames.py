"""Stack frames: a file is kept only under a root known to be safe.

A frame line (V8 ``at fn (loc:1:2)`` and ``at loc:1:2``, Firefox/Safari ``fn@loc:1:2``,
Python ``File "loc", line 3, in fn``) keeps its line and column. Its function name is
checked like an identifier (vocabulary words only, else ``<name>``). Its file is kept,
relative to its root, only under a known-safe root:

==========================================  ==========================================
``<extension>/dist/extension.js``           under the embedding extension's own folder
                                            (``initializationOptions.extensionPath``,
                                            ``consentry/registerProduct`` ``extensionPath``)
``node_modules/…``, ``site-packages/…``,    public packages (from the last such folder)
``dist-packages/…``, ``node_modules.asar/…``
``python3.11/asyncio/…``                    the Python standard library (its modules,
                                            ``sys.stdlib_module_names``)
``resources/app/…``                         VS Code's own application folder
``/usr/local/bin/node``, ``/etc/hosts``,    the operating system's own folders
``C:\\Windows\\System32\\cmd.exe``          (`system_path`), kept whole
``node:internal/…``, ``internal/…``,        runtime internals, kept as they are
``<frozen importlib._bootstrap>``,
``<anonymous>``, ``native``
==========================================  ==========================================

Any other file is ``<file>``. Every kept path segment must also pass the secret
detectors and must not be a document's name, so nothing of a frame escapes them. Python
source lines printed under a frame are code and are dropped. A path in free text under
one of these roots keeps the same part (`safe_root_tail`).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from typing import Final
from urllib.parse import unquote

from consentry.anonymize.free_text import (
    is_document,
    is_software_word,
    judge_chunk,
    names_a_person,
)
from consentry.anonymize.placeholders import EXTENSION, FILE, NAME
from consentry.anonymize.secrets import redact_secrets
from consentry.anonymize.sensitive import names_that_tell

__all__ = [
    "EXTENSION",
    "FILE",
    "NAME",
    "safe_function",
    "safe_location",
    "safe_root_tail",
    "scrub_stack_lines",
    "system_path",
]

# Frames repeat from one stack to the next: verdicts are remembered.
CACHE_SIZE: Final = 4096

_V8_PAREN_RE: Final = re.compile(
    r"^(?P<pre>[ \t]*at[ \t]+(?:async[ \t]+)?)(?P<fn>[^\n]+?)[ \t]+\((?P<loc>[^\n]*?)"
    r"(?P<pos>(?::\d+){1,2})?\)[ \t]*$"
)
_V8_BARE_RE: Final = re.compile(
    r"^(?P<pre>[ \t]*at[ \t]+(?:async[ \t]+)?)(?P<loc>[^\s()][^()\n]*?)"
    r"(?P<pos>(?::\d+){1,2})[ \t]*$"
)
_AT_SIGN_RE: Final = re.compile(
    r"^(?P<pre>[ \t]*)(?P<fn>[^@\s()]*)@(?P<loc>[^@\n]+?)(?P<pos>(?::\d+){1,2})[ \t]*$"
)
_PYTHON_RE: Final = re.compile(
    r"^(?P<pre>[ \t]*File[ \t]+\")(?P<loc>[^\"\n]+)(?P<mid>\",[ \t]*line[ \t]+\d+)"
    r"(?:(?P<in>,[ \t]*in[ \t]+)(?P<fn>[^\n]+?))?[ \t]*$"
)
_INDENT_RE: Final = re.compile(r"[ \t]*")
_INTERNAL_RE: Final = re.compile(
    r"(?:node:[\w/.:-]+|internal/[\w/.-]+|<frozen [\w.]+>|<(?:anonymous|string|stdin|native"
    r"|module|genexpr|listcomp|lambda|unknown)>|native|unknown location|\[native code\])"
)
# Electron apps (VS Code among them) pack their public packages into node_modules.asar,
# with native parts beside it in node_modules.asar.unpacked.
_MARKERS: Final = (
    "node_modules/",
    "node_modules.asar/",
    "node_modules.asar.unpacked/",
    "site-packages/",
    "dist-packages/",
    "resources/app/",
)
_PYLIB_RE: Final = re.compile(r"(?:^|/)lib/(python3\.\d{1,2}/[^\n]*)$", re.IGNORECASE)
_URI_PREFIX_RE: Final = re.compile(r"^(?:file:///?|vscode-file://vscode-app/?)", re.IGNORECASE)
_FN_PIECE_RE: Final = re.compile(r"<anonymous>|\[as [^\]]*\]|[^\s.\[\]<>]+")


@functools.lru_cache(maxsize=CACHE_SIZE)
def _segment_safe(segment: str) -> bool:
    if redact_secrets(segment) != segment:
        return False
    if is_document(segment):
        return False
    # A package or a folder named after a person, a sensitive subject or a business is
    # someone's, under node_modules too ("priya-sharma-scratch", "@riverside-clinic").
    stem = segment.lstrip("@").split(".", 1)[0]
    return not (names_a_person(stem) or names_that_tell(stem, is_software_word))


def _segments_safe(relative: str) -> bool:
    return all(_segment_safe(segment) for segment in relative.split("/") if segment)


def _normalise_root(root: str) -> str:
    root = _URI_PREFIX_RE.sub("/", root) if "://" in root else root
    return unquote(root).replace("\\", "/").rstrip("/").lower()


@functools.lru_cache(maxsize=CACHE_SIZE)
def safe_location(loc: str, roots: tuple[str, ...] = ()) -> str:
    """The file of a frame as it may leave: relative to a safe root, or ``<file>``."""
    if _INTERNAL_RE.fullmatch(loc):
        return loc
    path = loc
    if "://" in path:
        path = _URI_PREFIX_RE.sub("/", path)
    if "%" in path:
        path = unquote(path)
    path = path.replace("\\", "/").split("?", 1)[0]
    lowered = path.lower()
    if lowered.startswith(EXTENSION + "/"):
        relative = path[len(EXTENSION) + 1 :]
        return path if _segments_safe(relative) else FILE
    for root in roots:
        norm = _normalise_root(root)
        if norm and lowered.startswith((norm + "/", "/" + norm + "/")):
            relative = path[lowered.index(norm) + len(norm) + 1 :]
            return EXTENSION + "/" + relative if _segments_safe(relative) else FILE
    best = -1
    for marker in _MARKERS:
        at = lowered.rfind(marker)
        if at == 0 or (at > 0 and path[at - 1] == "/"):
            best = max(best, at)
    if best >= 0:
        relative = path[best:]
        if relative.split("/", 2)[1].startswith("."):
            # node_modules/.vite/deps, node_modules/.cache/babel-loader: a tool's copy of
            # the project's own code, not a published package.
            return FILE
        return relative if _segments_safe(relative) else FILE
    pylib = _PYLIB_RE.search(path)
    if pylib and "site-packages" not in lowered:
        return pylib.group(1) if _in_stdlib(pylib.group(1)) else FILE
    if lowered.startswith("python3."):
        return path if _in_stdlib(path) else FILE
    return loc if system_path(path) else FILE


# The operating systems' own folders, the same on every machine of a kind (the
# Filesystem Hierarchy Standard's /usr, /etc, /dev, ...; macOS's /System, /Applications
# and Homebrew's prefix; Windows' own and its programs' folders): no one's name stands in
# them. Per-user folders under them (/run/user/1000, FreeBSD's /usr/home) are no such.
_SYSTEM_ROOTS_RE: Final = re.compile(
    r"(?i)/(?:usr|bin|sbin|lib|lib32|lib64|libexec|etc|dev|proc|sys|run|var/run|snap"
    r"|opt/homebrew|system/library|library/frameworks|applications)/"
    r"|[a-z]:/(?:windows|program files|program files \(x86\))/"
)
_LETTERS_RE: Final = re.compile(r"[A-Za-z]+")
_PER_USER_RE: Final = re.compile(
    r"(?i)/(?:var/)?run/user/|/usr/home/|/(?:profiles|serviceprofiles|users|home)/"
)


@functools.lru_cache(maxsize=CACHE_SIZE)
def system_path(path: str) -> bool:
    """True for an absolute path under an operating system's own folders
    (`_SYSTEM_ROOTS_RE`: ``/usr/local/bin/node``, ``C:\\Windows\\System32\\cmd.exe``)
    whose every part is a known word or identifier and no secret or document: the same
    path on every machine, kept whole."""
    normal = path.replace("\\", "/")
    if not _SYSTEM_ROOTS_RE.match(normal) or _PER_USER_RE.search(normal):
        return False
    segments = [s for s in normal[1:].split("/") if s]
    if normal[1:2] == ":":
        segments = segments[1:]  # the drive
    from consentry.anonymize.person_names import given_names

    names = given_names()
    # A given name is someone's folder or file even there ("/etc/sudoers.d/john",
    # "C:\Program Files\John Smith\app.exe").
    return not any(w.lower() in names for w in _LETTERS_RE.findall(normal)) and all(
        _segment_safe(segment) and all(judge_chunk(w) == w for w in segment.split(" ") if w)
        for segment in segments
    )


def _in_stdlib(relative: str) -> bool:
    """True for ``python3.11/asyncio/events.py``: a module of Python's standard library.

    A file someone put beside the standard library (``python3.11/payroll.py``) is not one.
    """
    parts = relative.split("/")
    if len(parts) < 2:
        return False
    module = parts[1].removesuffix(".py")
    known = module in sys.stdlib_module_names or module == "lib-dynload"
    return known and _segments_safe(relative)


def starts_at_safe_root(relative: str) -> bool:
    """True for a path that starts at a known-safe root's marker ("resources/app/out/…",
    "node_modules/pkg/…"), what `safe_root_tail` leaves of a path in free text."""
    return relative.replace("\\", "/").lower().startswith(_MARKERS)


def safe_root_tail(path: str) -> str | None:
    """The part of a path in free text from its known-safe root on, or None.

    A message that names VS Code's ``…/resources/app/out/vs/loader.js`` or a package's
    ``…/node_modules/pkg/index.js`` keeps what a frame would keep of it; the folders
    before the root (someone's home, the install location) are dropped. None when the
    path has no safe root or a part of it is a secret or a document's name.
    """
    if _INTERNAL_RE.fullmatch(path) or path.startswith(EXTENSION):
        return None
    kept = safe_location(path)
    return None if kept == FILE else kept


@functools.lru_cache(maxsize=CACHE_SIZE)
def safe_function(name: str) -> str:
    """A frame's function name, or ``<name>`` when any part of it is not a known word."""
    for piece in _FN_PIECE_RE.findall(name):
        if piece == "<anonymous>":
            continue
        if piece.startswith("[as "):
            piece = piece[4:-1]
        if judge_chunk(piece) != piece:
            return NAME
    return name


def _frame(line: str, roots: tuple[str, ...]) -> str | None:
    """The scrubbed frame line, or None when `line` is not a frame."""
    m = _V8_PAREN_RE.match(line)
    if m is not None:
        loc = safe_location(m.group("loc"), roots) if m.group("loc") else ""
        return f"{m.group('pre')}{safe_function(m.group('fn'))} ({loc}{m.group('pos') or ''})"
    m = _V8_BARE_RE.match(line)
    if m is not None:
        return m.group("pre") + safe_location(m.group("loc"), roots) + m.group("pos")
    m = _AT_SIGN_RE.match(line)
    if m is not None:
        fn = safe_function(m.group("fn")) if m.group("fn") else ""
        return f"{m.group('pre')}{fn}@{safe_location(m.group('loc'), roots)}{m.group('pos')}"
    return None


def scrub_stack_lines(
    text: str,
    roots: tuple[str, ...],
    other: Callable[[str], str],
    *,
    keep_other: bool = True,
) -> str:
    """Every frame of `text` scrubbed here, every other line through `other`.

    With `keep_other` false, the lines that are not frames (the exception message) are
    left out: only the frames remain.
    """
    out: list[str] = []
    # Lines between frames are scrubbed together: a PEM block or a quoted paragraph
    # spans lines.
    pending: list[str] = []

    def flush() -> None:
        if pending:
            block = "\n".join(pending)
            out.append(other(block) if block.strip() else block)
            pending.clear()

    python_indent: int | None = None
    for line in text.split("\n"):
        py = _PYTHON_RE.match(line)
        if py is not None:
            flush()
            python_indent = len(py.group("pre")) - len('File "')
            fn = py.group("fn")
            tail = py.group("in") + safe_function(fn) if fn else ""
            out.append(
                py.group("pre") + safe_location(py.group("loc"), roots) + py.group("mid") + tail
            )
            continue
        if python_indent is not None:
            indent = len(_INDENT_RE.match(line).group(0))  # type: ignore[union-attr]
            if line.strip() and indent > python_indent:
                continue  # the source line under a Python frame
            python_indent = None
        frame = _frame(line, roots)
        if frame is not None:
            flush()
            out.append(frame)
        elif keep_other:
            pending.append(line)
    flush()
    return "\n".join(out)
