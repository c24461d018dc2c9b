"""Text as the detectors see it: one spelling for what can be written many ways.

An address or a key hidden by an encoding is still an address or a key. Before any
detector runs, free text is brought to one form:

- Unicode NFKC (full-width letters become ASCII ones, ligatures split);
- zero-width characters, soft hyphens, bidi controls and other format characters removed;
- ``\\uXXXX``/``\\xXX`` escapes, HTML character references and percent escapes decoded
  (each repeated while it still changes something, a few rounds at most);
- defanged addresses, as security reports write them so that nobody clicks, made whole:
  ``[.]``, ``(.)``, ``[dot]`` become ``.`` and ``[at]``, ``(at)``, ``[@]`` become ``@``,
  with the blanks around them (``10[.]0[.]0[.]1``, ``jane [at] example [dot] com``).

`decode_base64` tells what a base64-looking token hides, so a detector can judge the
decoded text too.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata
from typing import Final
from urllib.parse import unquote

__all__ = ["decode_base64", "has_format_chars", "normalise"]

_ROUNDS: Final = 3
ELLIPSIS: Final = "\u2026"
_FORMAT_CHARS_RE: Final = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
_ESCAPE_RE: Final = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\u\{([0-9a-fA-F]{1,6})\}")
_PERCENT_RE: Final = re.compile(r"%[0-9a-fA-F]{2}")
_HTML_RE: Final = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
# Only bracketed forms: "at" and "dot" as plain words are prose ("look at the dot").
_DEFANGED_DOT_RE: Final = re.compile(
    r"\s*(?:\[\.\]|\(\.\)|\{\.\}|[\[({]dot[\])}])\s*", re.IGNORECASE
)
_DEFANGED_AT_RE: Final = re.compile(r"\s*(?:[\[({](?:at|@)[\])}])\s*", re.IGNORECASE)
# The bracketed forms of both patterns without their blanks, brackets in any pairing: a
# pattern that starts with blanks is tried at every position of the text (tens of
# microseconds on 1 KB), one that starts with a bracket only where a bracket is.
_DEFANGED_HINT_RE: Final = re.compile(r"[\[({](?:\.|dot|at|@)[\])}]", re.IGNORECASE)
_BASE64_RE: Final = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")


def _unescape(m: re.Match[str]) -> str:
    code = int(m.group(1) or m.group(2) or m.group(3), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return m.group(0)
    return chr(code)


def _one_round(text: str) -> str:
    if "\\" in text:
        text = _ESCAPE_RE.sub(_unescape, text)
    if "&" in text and _HTML_RE.search(text):
        text = html.unescape(text)
    if "%" in text and _PERCENT_RE.search(text):
        text = unquote(text, errors="strict") if _valid_utf8(text) else unquote(text)
    return text


def _valid_utf8(text: str) -> bool:
    try:
        unquote(text, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def _may_be_defanged(text: str) -> bool:
    """What `_DEFANGED_HINT_RE.search(text)` says, tried only where an opening bracket is
    (found by a substring search each, cheaper than the pattern's scan of the text)."""
    for opener in "[({":
        at = text.find(opener)
        while at != -1:
            if _DEFANGED_HINT_RE.match(text, at) is not None:
                return True
            at = text.find(opener, at + 1)
    return False


def _refang(text: str) -> str:
    if not _may_be_defanged(text):
        return text
    return _DEFANGED_AT_RE.sub("@", _DEFANGED_DOT_RE.sub(".", text))


def normalise(text: str) -> str:
    """`text` in NFKC, without format characters, its escapes decoded, defanged
    addresses made whole."""
    if text.isascii() and "\\" not in text and "&" not in text and "%" not in text:
        return _refang(text)  # the common case costs a few scans
    for _ in range(_ROUNDS):
        decoded = _one_round(text)
        # The ellipsis that ends a cut text stays one character (NFKC makes it "...").
        decoded = ELLIPSIS.join(unicodedata.normalize("NFKC", p) for p in decoded.split(ELLIPSIS))
        decoded = _FORMAT_CHARS_RE.sub("", decoded)
        if decoded == text:
            break
        text = decoded
    return _refang(text)


def has_format_chars(text: str) -> bool:
    """True when `text` holds a character `normalise` removes (zero-width, bidi, ...)."""
    return _FORMAT_CHARS_RE.search(text) is not None


def decode_base64(token: str) -> str | None:
    """The printable text a base64 (or base64url) token encodes, or None.

    Only tokens of 16 characters or more are tried, and only a decoding that is at least
    90 % printable ASCII counts: random bytes are not text.
    """
    if len(token) < 16 or _BASE64_RE.fullmatch(token) is None:
        return None
    body = token.rstrip("=")
    padded = body + "=" * (-len(body) % 4)
    altchars = b"-_" if ("-" in body or "_" in body) else None
    try:
        raw = base64.b64decode(padded, altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) < 8:
        return None
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in raw)
    if printable < 0.9 * len(raw):
        return None
    return raw.decode("ascii", errors="replace")
