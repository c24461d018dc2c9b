"""Free text by allow-list: what is not known to be safe does not leave.

Runs after the detectors (which have already put typed placeholders where they know
what something is). Two passes:

1. **Shapes.** Code becomes ``<code>``: SQL statements, diff hunks, declaration or
   statement lines (``const x = …``, ``def f(…)``, a line ending in ``;`` or ``{``), calls
   with arguments (``os.path.join(a, b)``; not ``range(128)``, ``file(s)`` or
   ``Retry(total=4)``, whose arguments are literals). Quoted prose — a quoted run of three
   words or more — becomes ``"<text>"``: a prompt or a sentence of someone's is not an
   error (the message of a provider's error body is judged word by word). So does what
   follows a chat template's turn marker (``<|im_start|>user``, ``[INST]``,
   ``<start_of_turn>user``, ``### Instruction:``) up to the next marker. A quoted
   relative path becomes ``'<path>'``, unless it is an LSP method (``'textDocument/hover'``)
   or a module of a common npm package.
2. **Words.** The rest is cut into chunks at spaces, quotes, brackets and ``= , ;``; each
   chunk is judged once (the verdict is cached) and kept when it is:

   - a placeholder, punctuation, or a number of at most seven digits (``429``, ``8192``,
     ``30000ms``, ``1,048,576``) with at most a unit of `UNITS` after it, a round size
     (``4294967296``, ``20971520``), a version (``1.2.3-beta.1``);
   - an identifier made of vocabulary words (`consentry.anonymize.vocabulary`), split at
     ``. _ - / : @ + ~ #`` and camel-case humps: ``maxTokens``, ``ECONNREFUSED``,
     ``https://api.openai.com/v1/chat/completions``, ``ollama/llama3:8b``.

   A login made of a given name and a surname (``john.smith``) becomes ``<user>``
   (`consentry.anonymize.person_names`). A hex digest its algorithm or "commit" names
   stays (``SHA256 e3b0…``), and so does a Windows crash status after an exit-code label
   (``exit code 3221225477``).
   Anything else is replaced: a document or media file name by ``<file>``, a long digit
   or hex run by ``<id>``, a random-looking token by ``<secret>``, a path-shaped chunk by
   ``<path>``, and everything else by ``<redacted>``.
"""

from __future__ import annotations

import functools
import itertools
import mimetypes
import re
from collections.abc import Callable
from http import HTTPStatus
from typing import Final

from consentry.anonymize.identifiers import CUSTOM_MODEL, model_id
from consentry.anonymize.models import family_leads, load_registry
from consentry.anonymize.person_names import (
    given_names,
    is_listed_name,
    is_name_login,
    surnames,
)
from consentry.anonymize.placeholders import CODE, FILE, ID, PATH, SECRET, TEXT, USER
from consentry.anonymize.placeholders import HOST as HOST_PLACEHOLDER
from consentry.anonymize.placeholders import REDACTED as GENERIC
from consentry.anonymize.project_hosts import is_project_account, is_project_repository
from consentry.anonymize.secrets import is_high_entropy, labelled_digests
from consentry.anonymize.sensitive import names_that_tell
from consentry.anonymize.vocabulary import (
    MAX_NUMBER_DIGITS,
    coined_words,
    command_names,
    inflects,
    is_known_identifier,
    package_names,
    software_words,
    words,
)

__all__ = ["CODE", "GENERIC", "TEXT", "allow_list", "judge_chunk", "names_a_person"]


# Extensions of documents, media and archives: their names describe someone's life.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Media types whose files are someone's documents, pictures, recordings, mail or archives.
_DOCUMENT_TYPES_RE: Final = re.compile(
    r"(?:image|audio|video|message)/.*"
    r"|application/(?:pdf|msword|rtf|postscript|zip|x-(?:g?tar|ustar|cpio|tex|latex|dvi)"
    r"|x-pkcs12|pkcs7-mime|vnd\.(?:ms-|openxmlformats|oasis)[\w.+-]*)"
    r"|text/(?:csv|tab-separated-values|x-vcard|richtext|calendar)"
)


def _media_extensions() -> frozenset[str]:
    """Document and media extensions of Python's own media-type table.

    Only the table shipped with Python (`mimetypes.MimeTypes` without files), not the
    machine's /etc/mime.types: the verdicts are the same on every machine. Two-letter
    extensions (``.ai``, ``.au``, ``.ps``) are left out: they are also country domains.
    """
    table = mimetypes.MimeTypes().types_map[True]
    return frozenset(
        ext[1:].lower()
        for ext, kind in table.items()
        if len(ext) > 3 and _DOCUMENT_TYPES_RE.fullmatch(kind)
    )


# Python's table lacks the office, mail-store, key and password-safe formats below.
DOCUMENT_EXTENSIONS: Final = _media_extensions() | _words(
    "pdf doc docx odt rtf txt md csv tsv xls xlsx ods ppt pptx odp key pages numbers eml"
    " msg png jpg jpeg gif heic heif webp bmp tif tiff svg mp3 m4a wav flac ogg mp4 mov avi"
    " mkv webm zip tar gz tgz 7z rar dmg iso apk ipa sqlite db bak log vcf ics kdbx pem p12"
    " pfx ovpn pst ost mbox epub psd docm xlsm pptm gpg asc crt cer der ppk jks accdb mdb"
    " odg vsdx bz2 xz zst lnk"
    # Tables and datasets as analysts keep them (Parquet, Feather, Avro, ORC, JSON Lines,
    # SPSS, Stata, R): named after what they hold ("employee_salaries.parquet").
    " sqlite3 parquet feather avro orc jsonl ndjson sav dta rds"
    # An environment's secrets, named after the environment and its owner ("acme-prod.env";
    # ".env" alone is every project's).
    " env"
)


_STEM_PARTS_RE: Final = re.compile(r"[-_. ]+")
# Words written together, each capitalised ("VictorHuang"): split as a place's parts
# are (`_PLACE_PART_RE`).
_CAMEL_JOIN_RE: Final = re.compile(r"[a-z][A-Z]")


def names_a_person(stem: str) -> bool:
    """True when a file's name holds a given name and a surname side by side, as a login
    writes them (`is_name_login`: "john_doe", "Mary-Jones") or as a class is named
    ("VictorHuang.cs")."""
    parts = [
        part
        for chunk in _STEM_PARTS_RE.split(stem)
        for part in (_PLACE_PART_RE.findall(chunk) if _CAMEL_JOIN_RE.search(chunk) else [chunk])
    ]
    return any(is_name_login(a + "_" + b) for a, b in itertools.pairwise(parts))


def is_document(name: str) -> bool:
    """True when the file `name` ends in a document's, a medium's or a dataset's
    extension (`DOCUMENT_EXTENSIONS`): a name that describes someone's life or data."""
    extension = _EXTENSION_RE.search(name)
    return extension is not None and extension.group(1).lower() in DOCUMENT_EXTENSIONS


# Files every repository or tool names alike: a document extension does not make them
# someone's document. GitHub's community health files, the README, licence and changelog
# conventions, pip's requirements and constraints files, CMake's lists, robots.txt and
# llms.txt, and the instruction files coding assistants read (AGENTS.md, CLAUDE.md,
# GEMINI.md, .github/copilot-instructions.md). Their words are judged as any others'.
CONVENTIONAL_FILE_STEMS: Final = _words(
    "readme license licence copying notice authors contributors changelog changes history"
    " news contributing code_of_conduct security support governance codeowners maintainers"
    " requirements constraints cmakelists robots llms agents claude gemini"
    " copilot-instructions"
)

_SQL_RE: Final = re.compile(
    r"(?i)\b(?:select\s+(?:[\w*.,\s()]|distinct){1,200}?\s+from\s+[\w.\"`]+"
    r"|insert\s+into\s+[\w.\"`]+|update\s+[\w.\"`]+\s+set\s+\w+\s*="
    r"|delete\s+from\s+[\w.\"`]+|create\s+(?:table|index|view)\s+[\w.\"`]+"
    r"|drop\s+table\s+[\w.\"`]+|truncate\s+table\s+[\w.\"`]+|alter\s+table\s+[\w.\"`]+)[^\n]*"
)
# A merge conflict as git writes it into a file, and a tool quotes it: both sides are code.
_CONFLICT_RE: Final = re.compile(r"(?m)^<{7}(?: [^\n]*)?\n(?:[^\n]*\n){0,200}?>{7}(?: [^\n]*)?$")
_DIFF_RE: Final = re.compile(
    r"(?m)^(?:diff --git |@@ -\d|--- a/|\+\+\+ b/)[^\n]*"
    r"(?:\n(?:[+\- \\@][^\n]*|diff [^\n]*|index [^\n]*)?)*"
)
_CODE_LINE_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:(?:const|let|var)\s+[\w$\[\]{}, ]+\s*=(?!=)|function\s*[\w$]*\s*\("
    r"|def\s+\w+\s*\(|class\s+\w+\s*[:({]|import\s+(?:[\w{*][^\n]*\sfrom\s|[\w.]+\s*;)"
    r"|from\s+[\w.]+\s+import\s|#include\s|package\s+[\w.]+;|public\s+(?:static\s+)?\w+)[^\n]*"
    r"|^[^\n]*(?:;|\{|=>\s*\{?)[ \t]*$"
)
# What `_CODE_LINE_RE`'s lines start with (after blanks) or end with (before blanks).
_CODE_LINE_HEADS: Final = (
    "const",
    "let",
    "var",
    "function",
    "def",
    "class",
    "import",
    "from",
    "#include",
    "package",
    "public",
)
_CODE_LINE_TAILS: Final = (";", "{", "=>")
_CALL_RE: Final = re.compile(
    r"(?<![\w$.])[A-Za-z_$][\w$.]{0,80}\((?P<args>(?=[^()\n]*[^\s()])[^()\n]{1,300})\)"
)
# Arguments that carry nothing of anyone's: the plural mark of "file(s)", "HTTP(S)", plain numbers
# ("range(128)", "max(0, 5)") or keywords set to them ("Retry(total=4, connect=None)"),
# which the word pass still judges, and the ellipsis documentation writes for a value
# left out ("timeout=ClientWSTimeout(ws_receive=...)").
_LITERAL: Final = r"(?:[+-]?\d[\d.]*|None|True|False|null|undefined|true|false|\.\.\.|\u2026)"
_HARMLESS_ARGS_RE: Final = re.compile(
    rf"(?i:e?s)|\s*(?:\w+=)?{_LITERAL}(?:\s*,\s*(?:\w+=)?{_LITERAL})*\s*,?\s*"
)
# The quote comes first and the look behind it after: a pattern that starts with a set of
# characters lets the search skip to them. A quote glued to a word is an apostrophe, and
# so is one glued to a placeholder (the word it replaced), so a second pass sees the same
# quotes; one right after an HTML element's opening tag opens a quote, as bots' comments
# write one ('<p>"Require reviewer from payments-platform…"'); no placeholder is named so,
# and none starts with the "</" of the tag that may close it.
_QUOTE_OPENERS: Final = ("'", '"', "`", "\u201c", "\u2018")
# Inside double quotes an apostrophe is a word's ("what's wrong with my function"); the
# body of single quotes and backticks stops at any quote. Two alternatives after the
# quote, not a condition per character (four times slower); the pattern still starts with
# a set of characters, which lets the search skip to them.
_QUOTED_RE: Final = re.compile(
    r"(?P<q>[\"'`\u201c\u2018])(?<!\w.)"
    r"(?:(?<!>.)|(?<=<[pbi]>.)|(?<=<(?:td|th|li|dd|dt|em|h[1-6])>.)|(?<=<div>.)"
    r"|(?<=<span>.)|(?<=<strong>.)|(?<=<summary>.))"
    r"(?:(?<=[\"\u201c])(?P<dbody>[^\"`\u201c\u201d\n]{1,2000}?)(?P<dclose>[\"\u201d])"
    r"|(?P<sbody>[^\"'`\u201c\u201d\u2018\u2019\n]{1,2000}?)(?P<sclose>[\"'`\u201d\u2019]))"
    r"(?!\w|<(?!/))"
)
# The "message" member of an "error" object, as OpenAI's, Anthropic's and Google's APIs
# answer errors: {'error': {'type': 'api_error', 'message': 'Internal server error'}};
# and of an "errors" list's object, or the list's strings, as GraphQL, SendGrid and
# OneSignal answer theirs: { errors: [ { message: '…' } ] }, {"errors":["…"]}. Keys
# quoted (JSON) or not (a JavaScript object as Node prints it).
_ERROR_MESSAGE_KEY_RE: Final = re.compile(
    r"""(?:["']?error["']?\s*:\s*\{[^{}]{0,200}?["']?message["']?\s*:"""
    r"""|["']?errors["']?\s*:\s*\[\s*(?:\{[^{}]{0,200}?["']?message["']?\s*:)?)\s*$"""
)
# What Node puts before a specifier it could not resolve: "Cannot find module 'x/y'",
# "Cannot find package 'x' imported from …".
_MODULE_LABELS: Final = ("module ", "package ")
_RELATIVE_PATH_RE: Final = re.compile(r"([A-Za-z][\w.-]{0,80})(?:[/\\][\w.-]{1,80}){1,12}[/\\]?")
# The top-level folders of a project by the conventions of its tools (sources, builds,
# tests, documentation, packages of a monorepo, a model runtime's weights, the FHS's
# "share"): a relative path from one of them says where in a project, not whose.
_PROJECT_FOLDERS: Final = _words(
    "src lib libs dist build out test tests spec specs app apps packages models docs"
    " scripts include public assets config bin examples node_modules target vendor share"
)
_PLACE_PART_RE: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_PATH_SEGMENT_RE: Final = re.compile(r"[/\\]")


def _in_a_project(body: str, first: str) -> bool:
    """True when the quoted relative path `body` is a place in a project: from a folder
    every project has, every word of it software's and no one's name ('src/index.ts',
    'share/doc/rust/html'), no long number in it. 'src/pages/maria-gonzalez' or
    'tests/fixtures/patient_hiv_results' are someone's."""
    return first.lower() in _PROJECT_FOLDERS and _of_software_words(body)


def _software_pair(body: str) -> bool:
    """True when every word of three letters or more of `body` is software's or its
    inflection ('stdout/stderr', 'key/value', 'downloading/extracting'); a given name
    in it was judged before (`_names_someone`), and numbers say nothing ('404/500')."""
    return _every_word(body, _software_form)


def _every_word(body: str, ok: Callable[[str], bool]) -> bool:
    """True when `ok` holds for every word of three letters or more of `body` (lower
    case); numbers and shorter fragments are not judged."""
    return all(
        part.isdigit() or len(part) <= 2 or ok(part.lower())
        for part in _PLACE_PART_RE.findall(body)
    )


def _of_software_words(body: str) -> bool:
    """True when every word of `body` is software's and no one's name, and no number in
    it is longer than two digits."""
    for part in _PLACE_PART_RE.findall(body):
        if part.isdigit():
            if len(part) > 2:
                return False
            continue
        word = part.lower()
        if len(word) > 2 and (word not in software_words() or _common_name(word)):
            return False
    return True


_MEDIA_TYPES: Final = frozenset(
    {"text", "application", "image", "audio", "video", "multipart", "font", "model", "message"}
)
# The last character of a software name (`_PROTECTED_RE`) before its version: the gate
# must let through every text that rule would match, or a second pass differs.
_SOFTWARE_HINT_RE: Final = re.compile(r"[a-z0-9_.-][ /@]v?\d+\.\d+")
_URL_RE: Final = re.compile(
    r"(?<![\w+.-])[A-Za-z][\w+.-]{1,30}://(?:<[a-z-]{2,12}>|[^\s<>\"'`()\[\]{},;|])+"
)
_PROTECTED_RE: Final = re.compile(
    f"(?P<url>{_URL_RE.pattern})"
    r"|(?<![\w.@/-])(?P<software>[a-z][a-z0-9_.-]{1,40})"
    r"(?P<version>[ /@]v?\d{1,6}(?:\.\d{1,8}){1,3})(?!\w|\.\d)"
)
_DIGIT_HEAVY_RE: Final = re.compile(r"\d{5,}")
# What lies between chunks, captured: a split gives chunks and separators in turn, and
# judging them in one list costs less than a substitution's call per match.
# The characters `\s` matches in a str pattern (the ones `str.isspace` says yes to),
# spelt out: a class holding `\s` is tested by category at every position, one of
# single characters by a table, which makes the split below a third cheaper.
_SPACES: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_BETWEEN_CHUNKS_RE: Final = re.compile("([" + re.escape(_SPACES) + r"<>\"'`()\[\]{},;=|*!?&^]+)")
_EDGE_PUNCT: Final = ".:-!?\u2026"
# A chunk right after a placeholder may start with the separator the placeholder left:
# "<path>/x.db" is judged as "x.db". A number sign is a number's ("element #0", "#123").
_LEADING_PUNCT: Final = ".:-!?/\\#\u2026"
_NUMBER_RE: Final = re.compile(r"[+-]?\d[\d.,_]*(?:e[+-]?\d+)?(?P<unit>[a-zA-Zµμ%]{0,4})")


def _units() -> frozenset[str]:
    """The units a number may carry, lower-cased: time (``ms``, ``min``), SI prefixes
    (k M G T P E, m u µ n) and IEC binary prefixes (Ki Mi Gi Ti Pi Ei) alone or before
    bytes, bits, hertz, ``bps`` and ``flops``, CSS and screen units (``px``, ``rem``,
    ``dpi``, ``fps``), ordinals (``1st``), multipliers (``3x``), an HTTP status class
    (``5xx``), ``bit``/``tok``. A number with any other letters after it is no measure
    ("1234567TA", an Irish PPS number; "4471920AB", a member id)."""
    si = ("k", "m", "g", "t", "p", "e")
    # The micro sign, and the Greek mu that normalising (NFKC) makes of it.
    small = ("u", "µ", "μ", "n")
    iec = tuple(prefix + "i" for prefix in si)
    measured = ("b", "bps", "hz", "flops")
    prefixed = {p + m for p in (*si, *small, *iec) for m in measured}
    return frozenset(
        {*si, *iec, *measured, *prefixed}
        | _words(
            "ns us µs μs ms s sec secs m min mins h hr hrs d w y px pt em rem vh vw vmin vmax"
            " dp sp dpi ppi fps st nd rd th x xx bit bits tok %"
        )
    )


UNITS: Final = _units()
# A lone letter is a unit only after a short number ("8k", "70B", "30s"): nobody writes
# 1234567k; a long number with a letter after it is an id's check character.
_MAX_LONE_UNIT_DIGITS: Final = 5
# A protocol or format named with its version glued on: TLSv1.3, SSLv3, HTTPv2.
_NAMED_VERSION_RE: Final = re.compile(r"([A-Za-z]{2,20}?)v\d{1,3}(?:\.\d{1,3}){0,3}")
# PEP 440 writes a pre-release, a post-release and a development release onto the
# numbers themselves ("2.16.0rc0", "1.0b2", "0.4.dev1", "2.0.post3"), as pip lists them.
_VERSION_RE: Final = re.compile(
    r"v?\d{1,6}(?:\.\d{1,8}){1,3}(?:(?:a|b|c|rc|alpha|beta|pre|preview)\d{0,6})?"
    r"(?:\.?(?:post|dev)\d{0,6}){0,2}(?:[-+]([0-9A-Za-z.-]{1,40}))?"
)
# A long option's name after its two dashes ("--userns", "--no-git",
# "--ServerApp.iopub_data_rate_limit"): the program that takes it chose it, the same for
# everyone; its value is the person's and stands apart, after "=" or a blank. Parts of
# letters and short numbers; a dotted name only after a class's name of two humps or
# more, as traitlets write theirs ("--acme.internal" would be a host, "--Dana.Lee" a login).
_OPTION_NAME_RE: Final = re.compile(
    r"[a-z][a-z0-9]*(?:[-_][A-Za-z0-9]+)*"
    r"|[A-Z]+[a-z0-9]+[A-Z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*"
)
_OPTION_NAME_MAX: Final = 64
# The longest extension a telling name is taken for a file by (".ipynb" has five).
_FILE_EXTENSION_MAX: Final = 5
_LONG_DIGITS_RE: Final = re.compile(r"\d{4}")
# Node's and libuv's error codes (ECONNREFUSED, ENOTFOUND, EAI_AGAIN) are in no word list.
_ERROR_CODE_RE: Final = re.compile(r"E[A-Z]{2,15}(?:_[A-Z]{2,10})?")
_PUNCTUATED_NUMBER_RE: Final = re.compile(r"[+-]?\d[\d.,:/_+-]*")
# An ISO 8601 instant with its time of day ("2024-05-06T07:15:29.4020000Z", as .NET
# writes seven digits of a second).
_ISO_TIMESTAMP_RE: Final = re.compile(
    r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?"
)
_MIDNIGHT_RE: Final = re.compile(r"T00:00(?::00(?:\.0+)?)?(?![0-9])")
_HEX_LITERAL_RE: Final = re.compile(r"0x[0-9a-fA-F]{1,16}")
_BASE64_CHARS_RE: Final = re.compile(r"[A-Za-z0-9+/_=-]+")
_URL_PARTS_RE: Final = re.compile(r"(?P<head>[^:]+://[^/?#]*)(?P<rest>.*)")
_URL_SPLIT_RE: Final = re.compile(r"([/?#&=]+)")
_RUNTIME_RE: Final = re.compile(r"node:[\w/.-]+(?::\d+){0,2}")
_DIGIT_RUN_RE: Final = re.compile(r"\d+")
_LONG_ID_RE: Final = re.compile(r"[0-9a-fA-F-]{8,}|\d{8,}")
_CHUNK_CHARS_RE: Final = re.compile(r"[\w.\-/:@+~#%$\\]+")
# A run of lower-case letters: a model family's name before its size, a release tag's words.
_LETTER_RUN_RE: Final = re.compile(r"[a-z]+")
# Up to eight characters: "sqlite", "parquet" and "sqlite3" are documents' too.
_EXTENSION_RE: Final = re.compile(r"\.([A-Za-z0-9]{1,8})$")
# A package's release as registries and download pages name it: a name, a dotted version,
# perhaps a platform or a part, and an archive's or a wheel's extension
# ("chalk-5.3.0.tgz", "node-v20.11.0-headers.tar.gz", "httpx-0.27.0-py3-none-any.whl").
# Someone's document carries no dotted version ("taxes-2024.zip" stays a document).
_RELEASE_ARCHIVE_RE: Final = re.compile(
    r"(?P<name>[A-Za-z][\w.+-]*?)[-_]v?(?!(?:19|20)\d\d\b)\d+(?:\.\d+){1,3}"
    r"(?P<tail>(?:[-_.][A-Za-z0-9_]+)*?)\.(?:tar\.gz|tar\.bz2|tar\.xz|tar\.zst|tgz|zip|whl|jar|tar)"
)
# What a release's name is made of: a package's name, coined or npm's, no one's name;
# its tail after the version only a platform's or a part's tags.
_PACKAGE_PART_RE: Final = re.compile(r"[A-Za-z]+")
_RELEASE_TAGS: Final = _words(
    "headers linux darwin macos osx win windows x64 x86 amd64 arm64 aarch64 armv7l i686"
    " universal musl gnu manylinux py py3 none any src bin dist sources full min"
)


def _names_a_package(name: str, tail: str) -> bool:
    """True when `name` is a package's ("chalk", "node", "jupyterlab-git": every word an
    npm package's name or a coined software word, none a census name) and `tail` holds
    only platform tags ("-headers", "-py3-none-any"): a release, not a document
    ("divorce-settlement-v1.2", "resume_v2.1_maria_gonzalez")."""
    parts = [p.lower() for p in _PACKAGE_PART_RE.findall(name)]
    return (
        bool(parts)
        and all(
            (p in package_names() or p in coined_words()) and not is_listed_name(p)
            for p in parts
            if len(p) > 2
        )
        and all(t.lower() in _RELEASE_TAGS for t in _PACKAGE_PART_RE.findall(tail))
    )


# Digits in groups joined by hyphens, underscores or the like inside a longer chunk (a
# path, a file's name), nine or more of them: a national id, a phone, a card or an
# account number ("fixtures/123-45-6789", "ssn_123_45_6789.json", "tel_06_12_34_56_78");
# a date has eight ("2024-08-06"), a version joins with dots.
_GROUPED_DIGITS_RE: Final = re.compile(r"(?<!\d)\d{1,8}(?:[-_~+]\d{1,8}){1,5}(?!\d)")
_GROUPED_ID_DIGITS: Final = 9


def _names_someone(core: str) -> bool:
    """True when a part of the path `core` is a census given name that is more a name than
    a word and no software's ("jane", "maria"; not "sha", "lang"), or a segment is a full
    name's login ("jose-gonzalez", "mark.nguyen"); surnames alone are words too often
    ("head", "key", "stable")."""
    if any(is_name_login(segment) for segment in _PATH_SEGMENT_RE.split(core)):
        return True
    return any(
        part in given_names() and part not in software_words()
        for part in (p.lower() for p in _PLACE_PART_RE.findall(core))
        if len(part) > 2 and not part.isdigit()
    )


def _holds_grouped_id(core: str) -> bool:
    for m in _GROUPED_DIGITS_RE.finditer(core):
        groups = [g for g in _GROUP_SPLIT_RE.split(m.group(0)) if not _DATE_STAMP_RE.fullmatch(g)]
        if sum(map(len, groups)) >= _GROUPED_ID_DIGITS and not _THOUSANDS_RE.fullmatch(m.group(0)):
            return True
    return False


# A number written with thousands' separators ("1_000_000_000"), a size, not an id; a
# model's or a build's date stamp ("claude-sonnet-4-20250514") is no part of one.
_THOUSANDS_RE: Final = re.compile(r"\d{1,3}(?:_\d{3})+")
_GROUP_SPLIT_RE: Final = re.compile(r"[-_~+]")
_DATE_STAMP_RE: Final = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


# Punctuation: no letter or digit of any script ("Иван", "山田" and "٠١٢٣" are judged).
_NO_ALNUM_RE: Final = re.compile(r"[\W_]*")
# A Windows process's exit status after a crash is an NTSTATUS error (0xC0000005, an
# access violation), which runtimes print in decimal, unsigned or signed: 3221225477 or
# -1073741819. Only right after an "exit code" or "exit status" label, and only error
# values of the operating system's own facilities (0xC0000000-0xC0FFFFFF), stays it.
_EXIT_STATUS_RE: Final = re.compile(
    r"(?ai)(?:\bexit(?:ed)?(?:\s+with)?[\s_]+(?:code|status)|\bterminated\b[^\n]{0,40}?\bcode)"
    r"\s*[:=]?\s*\(?(-?\d{10})(?!\d)"
)
_NTSTATUS_ERRORS: Final = range(0xC0000000, 0xC1000000)
# A build's number right after its label (Electron's "ElectronBuildId: 10427718", CI's
# "BUILD_ID=12345678", "build #123456789") names a build, not anyone. Eight or nine
# digits: fewer pass anyway, and ten would let a telephone number through.
_BUILD_NUMBER_RE: Final = re.compile(
    r"(?a)(?:\b[Bb]uild|(?<=[a-z])Build|\bBUILD)(?:[ _-]?(?:[Ii][Dd]|[Nn]umber|[Nn]o\.?))?"
    r"[ \t]*[:=#]?[ \t]*(\d{8,9})(?![\d.,])"
)
# A tool's error or rule code, letters and a number ("IDX10223", "MSB3073", "TS2322",
# "PLR1701", "AADSTS700016"), where the tool names it: a compiler's "error CODE:" and
# "warning CODE:", a linter's "Rule `CODE`", or at a line's start before its colon for the
# prefixes the tools document (Microsoft's identity platform, IdentityModel, Azure DevOps,
# MSBuild, NuGet, the .NET SDK, PostgREST). Elsewhere letters and a number may be anyone's
# id: a National Insurance number ("QQ123456C"), a PAN, an employee's code, a machine's
# name at a line's start ("NYCSQL001: …"). So a code is letters and three to five
# digits with nothing after: a national id ends in a letter ("QQ123456C", a PAN's
# "ABCPE1234F") or holds six digits.
_TOOL_CODE: Final = r"[A-Z]{1,7}[0-9]{3,5}"
_LINE_CODE_PREFIXES: Final = ("AADSTS", "IDX", "TF", "MSB", "NU", "NETSDK", "PGRST")
_TOOL_CODE_RE: Final = re.compile(
    rf"\b(?i:error|warning)[ \t]+(?P<a>{_TOOL_CODE}):"
    rf"|\b(?i:rule)s?[ \t]+[`'\"](?P<b>{_TOOL_CODE})[`'\"]"
    rf"|(?m:^)[ \t]*(?P<c>(?:{'|'.join(_LINE_CODE_PREFIXES)})[0-9]{{3,6}}):"
)
# A capital and three digits: what every code holds, searched before the pattern.
_HAS_TOOL_CODE_RE: Final = re.compile(r"[A-Z][0-9]{3}")
_RECORD_PREFIXES: Final = _words(
    "cust customer emp empl employee inc ord order inv invoice acct acc usr user pat mrn"
    " ssn mem member cli client stu student pt req ticket case tkt"
)
_TOOL_CODE_LETTERS_RE: Final = re.compile(r"[A-Z]+")


def _tool_codes(text: str) -> list[tuple[int, int]]:
    """The spans of the tools' error and rule codes in `text` (`_TOOL_CODE_RE`)."""
    spans: list[tuple[int, int]] = []
    for m in _TOOL_CODE_RE.finditer(text):
        group = "a" if m.group("a") else "b" if m.group("b") else "c"
        letters = _TOOL_CODE_LETTERS_RE.match(m.group(group))
        if letters is not None and letters.group(0).lower() not in _RECORD_PREFIXES:
            spans.append(m.span(group))
    return spans


# SSH's authentication method names, IANA's registry of them ("Permission denied
# (publickey)", sshd's "Failed publickey for deploy", "[preauth]"): the protocol's words,
# written together.
_SSH_METHODS_RE: Final = re.compile(
    r"(?<![\w-])(?:publickey|keyboard-interactive|gssapi-with-mic|gssapi-keyex|hostbased"
    r"|preauth)(?![\w-])"
)


# 2**64 has 20 digits; longer runs are not looked at as numbers at all.
_MAX_BOUND_DIGITS: Final = 20
_ROUND_SIGNIFICANT_DIGITS: Final = 3
_PLACEHOLDER_NAMES: Final = _words(
    "redacted email path user secret jwt private-key ip mac host card iban phone sid url"
    " file id name text code workspace anonymous native extension location"
)


_PLACEHOLDER_RE: Final = re.compile(
    "<(?:" + "|".join(sorted(map(re.escape, _PLACEHOLDER_NAMES))) + ")>"
)


@functools.cache
def _lsp_methods() -> frozenset[str]:
    """The Language Server Protocol's method names (``textDocument/hover``), as lsprotocol
    lists them: they are shaped like relative paths and name no place on a disk."""
    from lsprotocol.types import METHOD_TO_TYPES

    return frozenset(METHOD_TO_TYPES)


# The install hint of a library's import error ("Please install numpy (`pip install
# numpy`)"): a package manager's install command is no one's sentence. The word pass
# judges what it installs.
_INSTALL_COMMAND_RE: Final = re.compile(
    r"(?:python3? -m )?(?:pip3?|uv(?: pip)?|pipx|poetry|conda|mamba|npm|pnpm|yarn|bun|brew"
    r"|apt(?:-get)?|cargo|gem|go)[ \t]+(?:install|add|get|i)[ \t]"
)


# A command a message tells to run ("try running 'git remote prune origin'", "See 'npm
# help config'"): a known tool's name first, then a subcommand or a flag. Its words are
# judged one by one like any others; a user's request rarely starts with "kubectl".
_COMMAND_LINE_RE: Final = re.compile(r"(?P<tool>[a-z][a-z0-9-]*)[ \t]+(?:-{0,2}[a-z]|<[a-z])")
# A subcommand and two arguments at most, flags aside: more words after a tool's name
# read as a sentence ("pip show my tax return").
_COMMAND_WORDS: Final = 3


# A program cspell's list of tools does not name, known by a name coined for it: a
# software word English does not write and that has no verb's forms ("deno", "gcloud";
# not "refactor", "summarize", "debug"), or an npm package's hyphenated name
# ("pre-commit"). A subcommand alone after it, flags aside ("deno compile --allow-net"):
# an argument is what the person typed ("vercel link --project acme-layoffs").
_SOFTWARE_COMMAND_WORDS: Final = 1


_ONE_WORD_RE: Final = re.compile(r"(?P<word>[A-Za-z]+)[0-9]{0,3}")
# Where one command of a quoted line ends and the next, whose first word is its tool, begins.
_COMMAND_SEPARATORS: Final = frozenset({"&&", "||", ";", "|", "&"})
_COMMAND_SPLIT_RE: Final = re.compile(r"(\s+)")
# What may follow a version's "-" in an argument: a pre-release's label, not a name
# ("2.0.0-beta.1", not "v2.0-layoffs").
_PRERELEASE_RE: Final = re.compile(
    r"(?i)(?:alpha|beta|rc|dev|pre|preview|next|canary|nightly)?[.\d]*"
)
# A file's name as an argument (".pre-commit-config.yaml"): its stem's words are judged.
_FILE_ARGUMENT_RE: Final = re.compile(r"\.?(?P<stem>[\w-]+(?:\.[\w-]+)*)\.[A-Za-z0-9]{1,5}")
# Characters of a shell line that prose rarely holds: a quoted line with them after a
# known tool is commands, whatever its length.
_SHELL_CHARS: Final = frozenset("&|;=<>")
_SHELL_OPERATORS: Final = frozenset("&|;<>")
_SUBCOMMAND_RE: Final = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Brackets and punctuation around an argument ("string[]", "(x)"): the word is judged.
_ARGUMENT_PUNCT: Final = "[](){},.:;'\"`"


def _chosen_arguments_hidden(body: str) -> str:
    """A quoted command line with the values a person chose hidden: after each command's
    tool, an argument (the subcommand too, and a flag's or a setting's value after "=")
    stays when it is one word of software's vocabulary and no census name ('origin',
    'stable', 'modules'), a default ref, a short number, a version, an npm package's
    name, a file's name of such words or a place in a project; a branch, namespace,
    database or image the person named is theirs ('git push origin
    acquisition-target-zeta', 'kubectl -n payments-prod get pods', 'git log
    --author=Smith'), even in English words. A flag's value written apart is judged as
    an argument."""
    out: list[str] = []
    expect_tool = True
    after_tool = False
    for token in _COMMAND_SPLIT_RE.split(body):
        if not token or token.isspace():
            out.append(token)
            continue
        if token.startswith("<") or "://" in token:
            out.append(token)  # a placeholder; a URL, judged by the URL rules
        elif token in _COMMAND_SEPARATORS:
            out.append(token)
            expect_tool = True
        elif expect_tool:
            out.append(token)  # the tool's name, judged by the word pass
            expect_tool = False
            after_tool = True
            continue
        elif token.startswith("-"):
            name, equals, value = token.partition("=")
            out.append(token if not equals or _argument_ok(value) else name + "=" + GENERIC)
        elif "=" in token:
            name, _, value = token.partition("=")
            out.append(name + "=" + (value if _argument_ok(value) else GENERIC))
        elif after_tool and _SUBCOMMAND_RE.fullmatch(token):
            # Right after the tool, its subcommand: words of the vocabulary ("checkout",
            # "self-update", "migrate-config"), none a census name.
            ok = all(p in words() and not _common_name(p) for p in token.lower().split("-"))
            out.append(token if ok else GENERIC)
        else:
            core = token.strip(_ARGUMENT_PUNCT)
            ok = not core or _argument_ok(core)
            out.append(token if ok else token.replace(core, GENERIC, 1))
        after_tool = False
    return "".join(out)


def _argument_ok(word: str) -> bool:
    key = word.lower()
    if key in _REF_FOLDERS:
        return True
    if key in package_names():
        return not _common_name(key)  # "morgan" is a logger's name and a person's
    if word.isdigit():
        return _number_ok(word)
    version = _VERSION_RE.fullmatch(word)
    if version:
        return not version.group(1) or _PRERELEASE_RE.fullmatch(version.group(1)) is not None
    one = _ONE_WORD_RE.fullmatch(word)
    if one:
        return is_software_word(one.group("word").lower())  # "stable", "wasm32"
    named = _FILE_ARGUMENT_RE.fullmatch(word)
    if named:
        return _every_word(named.group("stem"), is_software_word)
    relative = _RELATIVE_PATH_RE.fullmatch(word)
    return bool(relative and _in_a_project(word, relative.group(1)))


def is_software_word(key: str) -> bool:
    """A word of software's vocabulary (or its inflection) that no census list gives as a
    common name."""
    return _software_form(key) and not _common_name(key)


def _software_form(key: str) -> bool:
    """A word of software's vocabulary, or its inflection ("pods" of "pod")."""
    software = software_words()
    return key in software or inflects(key, software)


def _common_name(key: str) -> bool:
    """A census given name or one of its commonest surnames ("push", "view" and "main"
    are rarer surnames, and words)."""
    return key in given_names() or key in surnames().common


def _is_shell_line(body: str) -> bool:
    """True for a quoted line that starts with a known tool and a subcommand or flag and
    holds a shell's operators or assignments ('git checkout x && git push')."""
    found = _COMMAND_LINE_RE.match(body)
    return bool(found and found.group("tool") in command_names() and _SHELL_CHARS & set(body))


def _is_command_line(body: str) -> bool:
    found = _COMMAND_LINE_RE.match(body)
    if found is None:
        return False
    tool = found.group("tool")
    arguments = [w for w in body.split()[1:] if not w.startswith("-")]
    if tool in command_names():
        return len(arguments) <= _COMMAND_WORDS
    return len(arguments) <= _SOFTWARE_COMMAND_WORDS and (
        ("-" in tool and tool in package_names())
        or (tool in coined_words() and tool + "ing" not in words() and tool + "ed" not in words())
    )


# An HTTP status line's code and reason phrase as httpx and requests quote them ("Client
# error '404 Not Found' for url …"): the phrases are the standard's, from Python's own
# `http.HTTPStatus`, no one's sentence.
_STATUS_LINE_RE: Final = re.compile(
    r"(?:HTTP/[\d.]+ )?(?P<code>[1-5]\d\d) (?P<phrase>[A-Za-z' -]+)"
)


@functools.cache
def _status_phrases() -> dict[int, str]:
    return {int(status): status.phrase.lower() for status in HTTPStatus}


def _is_status_line(body: str) -> bool:
    line = _STATUS_LINE_RE.fullmatch(body)
    return line is not None and _status_phrases().get(int(line.group("code"))) == (
        line.group("phrase").lower()
    )


_CALLED_RE: Final = re.compile(r"\w\(|\(\)")
# A quoted line of code that declares a name ("function computeAlimonySchedule(",
# "class PayrollExport extends Base"): the name is the code's, chosen by its author.
_DECLARATION_RE: Final = re.compile(
    r"(?:export\s+(?:default\s+)?)?(?:async\s+)?"
    r"(?:function\*?|def|class|func|fn|interface|struct|enum|trait|impl|type|const|let|var)"
    r"\s+[A-Za-z_$][\w$]*\s*(?:[(<:{=]|extends\b|implements\b).*",
    re.DOTALL,
)
_ASIDE_RE: Final = re.compile(r"\([^()]*\)")
_PATH_WITH_BLANKS_RE: Final = re.compile(re.escape(PATH) + r"(?: [^/\\<>]+)+")


def _quoted(m: re.Match[str]) -> str:
    q = m.group("q")
    if m.group("dbody") is not None:
        body, close = m.group("dbody", "dclose")
    else:
        body, close = m.group("sbody", "sclose")
    if _PATH_WITH_BLANKS_RE.fullmatch(body):
        # A quoted path whose last folder or file has blanks ('/Volumes/Backup Plus/Family
        # Photos/2023 Wedding'): the detectors took it up to the blank, the rest is its own.
        return q + PATH + close
    relative = _RELATIVE_PATH_RE.fullmatch(body)
    # A quoted relative path names a place on someone's disk, even when every segment is
    # a word ('DANGEROUS/PATH', 'acme/payroll'), unless it is a place in a project
    # (`_in_a_project`: 'src/index.ts'). "./dist/x.js" and MIME types
    # ('application/json') are not caught by this shape. A model id the model field would
    # keep ('meta-llama/Llama-3.1-8B-Instruct': namespaces the registry names) stays too.
    if (
        relative
        and relative.group(1).lower() not in _MEDIA_TYPES
        and model_id(body) == CUSTOM_MODEL
        and body not in _lsp_methods()
        # A bare module specifier names a package, never a folder: Node resolves only
        # specifiers starting with "./", "../" or "/" on the disk.
        and relative.group(1).lower() not in package_names()
        and not m.string.endswith(_MODULE_LABELS, max(0, m.start() - 8), m.start())
        and not _names_a_default_ref(body)
        and not _in_a_project(body, relative.group(1))
    ):
        return q + PATH + close
    # Three words or more, and not a type or an expression ('Window & typeof globalThis'),
    # nor the message of a provider's error body, which the word pass judges.
    # A placeholder a detector put inside the quotes is a word like any other: the
    # sentence around "Ms. <name>" is someone's all the same.
    if (_is_command_line(body) or _is_shell_line(body)) and not (
        # An install command's arguments are packages, judged by the word pass; after
        # a shell operator another command follows.
        _INSTALL_COMMAND_RE.match(body) and not _SHELL_OPERATORS & set(body)
    ):
        return q + _chosen_arguments_hidden(body) + close
    if _DECLARATION_RE.fullmatch(body):
        return q + CODE + close
    if _names_documents(body):
        return q + FILE + close
    words = _PLACEHOLDER_RE.sub("x", body) if "<" in body else body
    if (
        # Brackets in prose are an aside ("my visa (H1B) deadline"), not counted among its
        # words ("Python 3 (ipykernel)" is a name of two); glued to a word, a call.
        len(_ASIDE_RE.sub(" ", words).split()) >= 3
        and not any(c in _prose_punctuation_aside(words) for c in "&|<>{}=;:[]")
        and not _CALLED_RE.search(words)
        and not _ERROR_MESSAGE_KEY_RE.search(m.string, max(0, m.start() - 240), m.start())
        # A command line went above, but for an install command's: its packages stay.
        and not _INSTALL_COMMAND_RE.match(body)
        and not (q == "`" and _NAMES_STATEMENT_RE.fullmatch(body))
        and not _names_an_extension(m, body)
        and not _is_status_line(body)
    ):
        return q + TEXT + close
    return m.group(0)


# The name part of a glob's last segment ("**/*payroll*Q2*.xlsx" -> "payroll", "Q2").
_GLOB_NAME_PART_RE: Final = re.compile(r"[A-Za-z0-9]")


def _names_documents(body: str) -> bool:
    """True for a glob that looks for documents by their name ('**/*payroll*Q2*.xlsx'):
    a search of someone's files. One for an extension alone ('*.xlsx') names nobody's."""
    if ("*" not in body and "?" not in body) or not is_document(body):
        return False
    stem = _PATH_SEGMENT_RE.split(body)[-1].rpartition(".")[0]
    return _GLOB_NAME_PART_RE.search(stem) is not None


# Long prose may join its clauses with "; " or " & " ("never mention Project Falcon; the
# DB password is in …", "Delgado & Sons"), which in a short quote mark a statement or a
# type ('Window & typeof globalThis'): from this many words on, they are read as prose's.
# Not ": ", which starts a quoted error's message ("Error: …") as often as a clause.
_PROSE_PUNCTUATION_WORDS: Final = 8
_PROSE_PUNCTUATION_RE: Final = re.compile(r"(?<=\w);(?= \w)| & (?=\w)")


def _prose_punctuation_aside(words: str) -> str:
    """`words` with the punctuation long prose joins its clauses with taken out."""
    if len(words.split()) < _PROSE_PUNCTUATION_WORDS:
        return words
    return _PROSE_PUNCTUATION_RE.sub(" ", words)


# A repository on a code host: its owner and its name are a person's or a company's
# ("github.com/acme-internal/fraud-detection-v2", "git@gitlab.com:acme/x.git"), unless
# the owner is a public software project's name (`is_project_account`). The hosts' own
# top-level pages (`CODE_HOST_PAGES`) are no owner.
_CODE_HOST_RE: Final = re.compile(
    r"(?i)(?<![\w.-])(?P<host>(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org"
    r"|gitee\.com|git\.sr\.ht|sr\.ht|dev\.azure\.com|ssh\.dev\.azure\.com|gitea\.com"
    r"|api\.github\.com/repos|raw\.githubusercontent\.com|gist\.github\.com"
    # Container registries name images under their accounts as code hosts name
    # repositories ("ghcr.io/<owner>/<image>:<tag>", a Dev Container's feature).
    r"|ghcr\.io|quay\.io|registry\.gitlab\.com))"
    r"(?P<sep>[/:])(?P<owner>(?!\d+\b)~?[\w.-]{1,100})(?P<repo>/[\w.-]{1,100})?"
    # GitLab's subgroups: an scp-style remote names no page, every part is the owner's.
    r"(?P<nested>(?:/[\w.-]{1,100}){0,8})"
)
_CODE_HOST_NAMES: Final = (
    "github.",
    "githubusercontent.",
    "gitlab.com",
    "bitbucket.org",
    "codeberg.org",
    "gitee.com",
    "sr.ht",
    "dev.azure.com",
    "gitea.com",
    "ghcr.io",
    "quay.io",
)
# GitHub's, GitLab's and Bitbucket's own pages, where an owner's name would stand.
# The API's and the Hub's own routes are such pages too ("huggingface.co/api/models",
# "gitlab.com/api/v4"): no account can take their names.
CODE_HOST_PAGES: Final = _words(
    "login logout signup join settings features marketplace pricing enterprise about"
    " contact site topics explore security notifications copilot codespaces apps sponsors"
    " trending collections new search help docs blog users explore-groups dashboard"
    " api models datasets spaces"
)
# A git branch: the name after "branch" when it has a separator or a digit
# ("branch feature/JIRA-4821-remove-audit", "branch fix-login"), or a name under a
# git-flow prefix anywhere ("feature/…", "bugfix/…", "hotfix/…"; "release/2.0" is a
# version). A plain word after "branch" ("branch protection") is judged as a word, and
# the conventional default and remote names stay.
_BRANCH_RE: Final = re.compile(
    r"(?i)\bbranch(?:es)?[ \t]+['\"`\u2018\u201c]?"
    r"(?P<named>(?=[\w./-]*[A-Za-z])[\w.-]*[/\d_-][\w./-]*)"
)
_FLOW_PREFIXES: Final = ("feature/", "features/", "bugfix/", "hotfix/", "fix/", "feat/", "chore/")
_FLOW_BRANCH_RE: Final = re.compile(
    r"(?i)(?<![\w./-])(?:features?|bugfix|hotfix|fix|feat|chore)/[\w./-]+"
)
_DEFAULT_BRANCHES: Final = _words("origin upstream main master develop dev trunk head gh-pages")
# A remote-tracking branch written out ("rebasing onto origin/release/2024.07-northstar"):
# judged as a branch named after "branch" is.
_REMOTE_REF_RE: Final = re.compile(
    r"(?i)(?<![\w./-])(?:origin|upstream)/(?P<named>[\w.-]*\w(?:/[\w.-]*\w)*)"
)


# VS Code's messages about an extension quote its display name next to the word
# ("Cannot activate the '{0}' extension because …", "Extension '{0}' failed to activate"):
# a marketplace name of a few words, judged word by word like any name, not a sentence.
_EXTENSION_NAME_WORDS: Final = 5


def _names_an_extension(m: re.Match[str], body: str) -> bool:
    """True when the quoted run `body` of `m` is a short name, capitalised as marketplace
    names are, right after or before "extension"."""
    if not body[:1].isupper() or len(body.split()) > _EXTENSION_NAME_WORDS:
        return False
    text = m.string
    return text[max(0, m.start() - 10) : m.start()].lower().endswith("extension ") or text[
        m.end() : m.end() + 10
    ].lower().startswith(" extension")


# The folders of git's ref names that hold no one's choice of name ("refs/heads/main",
# "origin/release/1.4"); a versioned release is no one's either.
_REF_FOLDERS: Final = _DEFAULT_BRANCHES | _words("refs heads remotes tags release releases")


def _is_release_version(part: str) -> bool:
    """True for a ref's part that is a version, with at most a pre-release or build tag of
    software's words ("1.4", "2.0-rc1", "v3.1-beta"): "2024.07-northstar" names a
    release after someone's choice."""
    version = _VERSION_RE.fullmatch(part)
    if version is None:
        return False
    tag = version.group(1)
    return tag is None or all(is_software_word(w) for w in _LETTER_RUN_RE.findall(tag.lower()))


def _names_a_default_ref(body: str) -> bool:
    """True for a git ref made only of default names and a version ('origin/main',
    'release/1.4', 'refs/heads/master'), as git quotes them ("Your branch is up to date
    with 'origin/main'."): no folder on a disk, no one's chosen name."""
    parts = body.lower().strip("./").split("/")
    if _is_release_version(parts[-1]):
        return len(parts) > 1 and all(part in _REF_FOLDERS for part in parts[:-1])
    return all(part in _REF_FOLDERS for part in parts) and parts[-1] in _DEFAULT_BRANCHES


def _branch(m: re.Match[str]) -> str:
    named = m.group("named")
    parts = named.lower().strip("./").split("/")
    if all(part in _DEFAULT_BRANCHES for part in parts) or _is_release_version(parts[-1]):
        return m.group(0)  # "origin/main", "branch v2.1"
    return m.group(0)[: m.start("named") - m.start()] + GENERIC


def _code_host(m: re.Match[str]) -> str:
    owner = m.group("owner")
    repo = m.group("repo")
    if owner.lower() in CODE_HOST_PAGES:
        # What follows a page ("api/models/<owner>") may name someone: judged as a word.
        tail = "/" + judge_chunk(repo[1:]) if repo else ""
        return m.group("host") + m.group("sep") + owner + tail + m.group("nested")
    if is_project_account(owner):
        # A public project's account ("github.com/openai/tiktoken"): its repository stays
        # when named as projects name theirs.
        if repo and not is_project_repository(repo[1:].removesuffix(".git")):
            repo = "/" + GENERIC
        return m.group("host") + m.group("sep") + owner + (repo or "") + m.group("nested")
    nested = m.group("nested")
    if m.group("sep") == ":" and nested:
        nested = "/" + GENERIC
    return (
        m.group("host")
        + m.group("sep")
        + GENERIC
        + ("/" + GENERIC if m.group("repo") else "")
        + nested
    )


# A prompt after a label that says so: "for prompt: …", "(Prompt: …", "user said: …",
# "content filter triggered on: …", "query: …". The label word must start the line or a
# bracketed or punctuated part, or follow a word that makes it the user's
# ("for", "user", "search"), so "Invalid input: expected string" is no label. The labels
# that name nothing but someone's words ("Prompt was:", "first user message:") are the
# detectors' (`scrub._PROMPT_TEXT_RE`), in every mode and whatever the value's length.
_PROMPT_LABEL_RE: Final = re.compile(
    r"(?i)(?:(?:^|[\n(\[{,;:])[ \t]*|\b(?:for|with|on|the|user|user's|your|system|chat"
    r"|search|original|last)[ \t]+)"
    # What an agent was asked to do is a prompt too ("Tool call failed for task: draft …").
    r"(?:prompt|input|query|question|instructions?|task|goal|objective"
    r"|user[ \t]+(?:said|asked|wrote|typed|says))"
    r"[ \t]*\Z"
    r"|\b(?:triggered|flagged|blocked|refused)[ \t]+(?:on|by|for)[ \t]*\Z"
    # A turn of a transcript, its role at the start of a line: Anthropic's legacy "Human:"
    # and "Assistant:" (the Text Completions prompt format); "User:" and "System:" only in
    # a transcript, with a second role line ("User: request was cancelled" is a log line).
    r"|(?:^|\n)[ \t]*(?:human|assistant|(?P<role>user|system))[ \t]*\Z"
)
_ROLE_LINE_RE: Final = re.compile(r"(?im)^[ \t]*(?:human|assistant|user|system)[ \t]*:")
# The last word of each label: only a colon after one of them is looked at more closely.
_PROMPT_LABEL_ENDS: Final = _words(
    "prompt input query question instruction instructions said asked wrote typed says on by for"
    " task goal objective"
    " human assistant user system"
)
_LABEL_COLON_RE: Final = re.compile(r":[ \t]+")
_LABEL_WINDOW: Final = 48
_MIN_PROSE_WORDS: Final = 3
_CLOSERS: Final = {")": "(", "]": "[", "}": "{"}


def _labelled_prompts(text: str) -> str:
    """`text` with the rest of each line after a prompt label as ``<text>``."""
    out: list[str] = []
    pos = 0
    for colon in _LABEL_COLON_RE.finditer(text):
        start = colon.start()
        if start < pos:
            continue
        head = text[max(pos, start - _LABEL_WINDOW) : start]
        words = head.rsplit(None, 1)
        if not words or words[-1].lstrip("([{,;:").lower() not in _PROMPT_LABEL_ENDS:
            continue
        label = _PROMPT_LABEL_RE.search(text, max(pos, start - _LABEL_WINDOW), start)
        if label is None:
            continue
        if label.group("role") and len(_ROLE_LINE_RE.findall(text, 0, 4096)) < 2:
            continue
        line_end = text.find("\n", colon.end())
        line_end = len(text) if line_end < 0 else line_end
        value = text[colon.end() : line_end]
        # The line's closing brackets that the value did not open stay ("at parse (… )").
        end = len(value.rstrip())
        while end and value[end - 1] in _CLOSERS:
            closer = value[end - 1]
            if value.count(closer, 0, end) <= value.count(_CLOSERS[closer], 0, end):
                break
            end -= 1
        if len(_PLACEHOLDER_RE.sub("", value[:end]).split()) < _MIN_PROSE_WORDS:
            continue  # one or two words: the word pass judges them
        out.append(text[pos : colon.end()])
        out.append(TEXT)
        pos = colon.end() + end
    out.append(text[pos:])
    return "".join(out)


# The turn markers of the chat templates models are prompted with; what follows one, up
# to the next marker or the end of the text, is a turn of a conversation: a prompt, a
# system prompt or a model's answer. ChatML's <|im_start|>ROLE … <|im_end|> (OpenAI's
# ChatML, the Qwen and many Hugging Face models' chat_template), Zephyr's and Phi-3's
# <|user|> <|system|> <|assistant|> … </s> or <|end|>, Llama 2's <s>[INST] <<SYS>> …
# <</SYS>> … [/INST] (Meta's Llama 2 model card), Llama 3's <|start_header_id|>ROLE
# <|end_header_id|> … <|eot_id|> (Meta's Llama 3 model card), Gemma's <start_of_turn>ROLE
# … <end_of_turn> (Google's Gemma formatting guide), and the Alpaca headings ### Instruction:,
# ### Input:, ### Response: (Stanford Alpaca's prompt template), Cohere Command R's
# <|USER_TOKEN|> … <|END_OF_TURN_TOKEN|> (its model card), IBM Granite's
# <|start_of_role|>ROLE<|end_of_role|> … <|end_of_text|> (its model card), and OpenAI's
# harmony format <|start|>ROLE<|channel|>NAME<|message|> … <|end|> (gpt-oss). Hugging
# Face's "Chat templates" guide documents them as tokenizers' chat_template strings.
_TURN_ROLES: Final = r"(?:system|user|assistant|developer|tool|model|human|prompter|bot)"
# Markers after which a turn's text follows; ChatML's <|im_sep|> (Phi-4) parts a role from
# it. <s> (the sequence start of Llama and Mistral) only where a line starts: an error
# may name the token ("invalid token <s> at 3").
_TURN_OPENER: Final = (
    r"<\|im_start\|>(?:[ \t]*" + _TURN_ROLES + r"\b)?(?:[ \t]*<\|im_sep\|>)?"
    r"|<\|" + _TURN_ROLES + r"\|>"
    r"|<\|start_header_id\|>[ \t]*\w{1,20}[ \t]*<\|end_header_id\|>"
    r"|<\|(?:USER|SYSTEM|CHATBOT)_TOKEN\|>"
    r"|<\|start_of_role\|>[ \t]*\w{1,20}[ \t]*<\|end_of_role\|>"
    r"|<\|start\|>[ \t]*\w{1,20}(?:[ \t]*<\|channel\|>[ \t]*\w{1,20})?[ \t]*<\|message\|>"
    r"|<start_of_turn>(?:[ \t]*" + _TURN_ROLES + r"\b)?"
    r"|\[/?INST\]|<</?SYS>>|(?m:^)[ \t]*<s>"
    r"|(?m:^)[ \t]*\#{2,3}[ \t]*(?:Instruction|Input|Response|System|User|Assistant|Human)"
    r"[ \t]*:"
)
# Markers that end a turn: what follows is no one's turn ("disallowed special token
# '<|endoftext|>'").
_TURN_CLOSER: Final = (
    r"<\|im_end\|>|<\|end\|>|<\|endoftext\|>|<\|eot_id\|>|<end_of_turn>|</s>"
    r"|<\|END_OF_TURN_TOKEN\|>|<\|end_of_text\|>|<\|return\|>|<\|call\|>"
)
_TURN_MARKER_RE: Final = re.compile(
    f"(?P<opener>{_TURN_OPENER})|(?P<closer>{_TURN_CLOSER})", re.IGNORECASE
)
# What a text holding a marker holds (a substring test is cheaper than the scan).
_TURN_HINTS: Final = ("<|", "<s>", "inst]", "sys>>", "_of_turn>", "##")
# Each hint behind a character of it that prose seldom holds: a search for one character
# costs a tenth of one for two or more, and the hint is looked for only where it occurs.
_TURN_HINT_GATES: Final = tuple(
    (next((c for c in "|]_#>" if c in hint), hint[0]), hint) for hint in _TURN_HINTS
)


def _may_hold_turn(lowered: str) -> bool:
    """True when `lowered` holds one of `_TURN_HINTS`."""
    return any(gate in lowered and hint in lowered for gate, hint in _TURN_HINT_GATES)


def _chat_turns(text: str) -> str:
    """`text` with what follows each chat-template marker that opens a turn, up to the
    next marker, as ``<text>``."""
    markers = list(_TURN_MARKER_RE.finditer(text))
    if not markers:
        return text
    out: list[str] = []
    pos = 0
    for marker, after in zip(markers, [*markers[1:], None], strict=True):
        if marker.group("opener") is None:
            continue
        end = after.start() if after is not None else len(text)
        body = text[marker.end() : end]
        core = body.strip()
        if core and not _NO_ALNUM_RE.fullmatch(_PLACEHOLDER_RE.sub("", core)):
            lead = body[: len(body) - len(body.lstrip())]
            trail = body[len(body.rstrip()) :]
            out.append(text[pos : marker.end()] + lead + TEXT + trail)
            pos = end
    out.append(text[pos:])
    return "".join(out)


# Code between backticks, as Markdown writes it inline (`x = f(a)`) or fenced over lines
# (```py … ```). A span is code when it holds what only code holds: a statement's
# punctuation (; { }), an operator (== != <= >= => -> && || += -=, or = + * / % < >
# between blanks), a call with arguments that are not literals, or a statement keyword
# with more after it (`return total`, `const x`). A word, an option, a command with its
# arguments (`--force`, `maxTokens`, `pip install numpy`) has none of these and is
# judged word by word; so is an assignment without blanks (`token=False`, a setting).
_FENCED_RE: Final = re.compile(r"```[\w+.-]{0,20}[ \t]*\n.*?(?:```|\Z)", re.DOTALL)
# A backtick glued to a placeholder, on either side, is glued to the word it replaced, as
# `_QUOTED_RE`'s quotes are, so a second scrub sees the same spans.
_BACKTICK_RE: Final = re.compile(r"`(?<![\w`>]`)(?P<body>[^`\n]{1,500})`(?![\w`<])")
_INNER_STRING_RE: Final = re.compile(r"\"[^\"]*\"|'[^']*'")
_CODE_MARK_RE: Final = re.compile(
    r"[;{}]|=>|->|==|!=|<=|>=|&&|\|\||[+\-*/%]=|(?<=\s)[=+*/%<>](?=\s)"
    r"|^[ \t]*(?:const|let|var|def|class|function|return|import|from|await|async|lambda"
    r"|if|elif|for|while|fn|pub|struct|impl|public|private|static|void|new|yield|throw"
    r"|raise)[ \t]+\S"
)
# A statement of a keyword and names alone, no value in it: `from groq import BaseModel`,
# `await response`, `raise ValueError`. Its names are judged as words, as they would be
# outside the backticks; a value (a string, a number, an assignment, a call's
# arguments) still makes it code.
_DOTTED_NAME: Final = r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*"
_IMPORTED: Final = rf"{_DOTTED_NAME}(?:[ \t]+as[ \t]+[A-Za-z_$][\w$]*)?"
_NAMES_STATEMENT_RE: Final = re.compile(
    rf"[ \t]*(?:(?:from[ \t]+{_DOTTED_NAME}[ \t]+)?import[ \t]+{_IMPORTED}"
    rf"(?:,[ \t]*{_IMPORTED})*|(?:await|return|raise|throw|yield|new)[ \t]+{_DOTTED_NAME})[ \t]*"
)
# Punctuation alone says nothing of anyone: `}`, `=>`, `::`.
_PUNCTUATION_ONLY_RE: Final = re.compile(r"[^\w\s]{1,3}")
_SPAN_CALL_RE: Final = re.compile(r"[\w$.]\((?P<args>[^()]*)\)")


# A requirement as pip and uv write it (PEP 508: a name, extras, version clauses), alone
# or after an install command: `requests==2.32.3`, `pip install bitsandbytes>=0.48.0`.
_REQUIREMENT_RE: Final = re.compile(
    r"(?:(?:python3? -m )?(?:pip3?|uv(?: pip)?) (?:install|add) (?:-U )?)?"
    r"[A-Za-z0-9][\w.-]*(?:\[[\w,.-]+\])?"
    r"(?:[ \t]*(?:===?|~=|!=|<=?|>=?)[ \t]*v?\d[\w.*+!-]*(?:[ \t]*,(?=[ \t]*[=~!<>]))?)+"
)


def _code_span(body: str) -> bool:
    """True when a backtick span holds code (see `_BACKTICK_RE`)."""
    # A placeholder stands for the word it replaced, so a second scrub sees a requirement.
    if _REQUIREMENT_RE.fullmatch(_PLACEHOLDER_RE.sub("x", body.strip())):
        return False  # its name and version are judged as words
    if _NAMES_STATEMENT_RE.fullmatch(body) or _PUNCTUATION_ONLY_RE.fullmatch(body):
        return False
    bare = _INNER_STRING_RE.sub("v", body)  # a string literal is a value, whatever it says
    if _CODE_MARK_RE.search(bare):
        return True
    for call in _SPAN_CALL_RE.finditer(bare):
        args = call.group("args")
        if args.strip() and not _HARMLESS_ARGS_RE.fullmatch(args):
            return True
    return False


def _backticks(m: re.Match[str]) -> str:
    return "`" + CODE + "`" if _code_span(m.group("body")) else m.group(0)


def _code_line(m: re.Match[str]) -> str:
    # A line that is only a placeholder and a brace is the remains of a redaction.
    return CODE if m.group(0).strip() else m.group(0)


# A markdown document rather than an error: a code review's comment, a pull request's
# description, the release notes a bot wrote. It has a heading, a <details> fold or a
# bold sentence, which no error message of the benign corpora has. Its prose is
# someone's (about their code, their customers, their plans): every line of four words
# or more is <text>, markdown's marks kept. Lines of HTML, table rows and fences stay.
# A bold sentence's words are runs without a blank, one way only to split them: a span
# that never closes is given up in linear time, not tried split by split.
_DOCUMENT_RE: Final = re.compile(
    r"(?m)^#{1,6} \S|<details>|<summary>|\*\*(?:[^*\n ]+ +){3,}[^*\n ]+\*\*"
)
_DOCUMENT_LINE_RE: Final = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:[-*+] |\d{1,3}[.)] |>+ ?|#{1,6} )*(?:\*\*|__|_)?)"
    r"(?P<body>[^\n]*?)(?P<tail>(?:\*\*|__|_)?[ \t]*)$"
)
_DOCUMENT_WORDS: Final = 4


def _may_be_document(text: str) -> bool:
    """False when `text` holds none of `_DOCUMENT_RE`'s marks: no bold, no fold, no line
    starting with "#" (every placeholder holds a "<", so "<" alone says little)."""
    return (
        "**" in text
        or "<details>" in text
        or "<summary>" in text
        or text.startswith("#")
        or "\n#" in text
    )


def _document_line(m: re.Match[str]) -> str:
    body = m.group("body")
    if len(body.split()) < _DOCUMENT_WORDS or body.startswith(("<", "|", "```")):
        return m.group(0)
    return m.group("lead") + TEXT + m.group("tail")


def shapes(text: str) -> str:
    """`text` with code-shaped spans as ``<code>`` and quoted prose as ``<text>``."""
    lowered = text.lower()
    if _may_hold_turn(lowered):
        # First: a prompt is prose whatever shapes it holds.
        text = _chat_turns(text)
        lowered = text.lower()
    if "`" in text:
        # Before the other shapes: code in backticks goes whole, not piece by piece.
        if "```" in text:
            text = _FENCED_RE.sub(CODE, text)  # fences and all: no fence is left to pair
        text = _BACKTICK_RE.sub(_backticks, text)
        lowered = text.lower()
    if _may_be_document(text) and _DOCUMENT_RE.search(text):
        text = _DOCUMENT_LINE_RE.sub(_document_line, text)
        lowered = text.lower()
    if "from" in lowered or "into" in lowered or " set " in lowered or "table" in lowered:
        text = _SQL_RE.sub(CODE, text)
    if "@@" in text or "diff --git" in text or "+++ b/" in text:
        text = _DIFF_RE.sub(CODE, text)
    if "<<<<<<<" in text:
        text = _CONFLICT_RE.sub(CODE, text)
    if _may_hold_code_line(text):
        text = _CODE_LINE_RE.sub(_code_line, text)
    # Inner calls first: "f(g(x))" is "f(<code>)" after one pass and "<code>" after two.
    # Each pass that changes the text takes one pair of parentheses away.
    while _may_hold_call(text):
        replaced = _CALL_RE.sub(_call, text)
        if replaced == text:
            break
        text = replaced
    text = _QUOTED_RE.sub(_quoted, text)
    # Each rule only where its words occur: a substring test costs far less than a scan.
    if "branch" in lowered:
        text = _BRANCH_RE.sub(_branch, text)
    if "origin/" in lowered or "upstream/" in lowered:
        text = _REMOTE_REF_RE.sub(_branch, text)
    if "/" in text and _holds_any(lowered, _FLOW_PREFIX_GROUPS):
        text = _FLOW_BRANCH_RE.sub(GENERIC, text)
    if _holds_any(lowered, _CODE_HOST_GROUPS):
        text = _CODE_HOST_RE.sub(_code_host, text)
    if ":" in text:
        text = _labelled_prompts(text)
    return text


def _prefix_groups(needles: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`needles` as (start, needles) pairs, grouped by their first three characters: a
    group of several is looked for only where their start occurs ("git" before "github.",
    "gitlab.com", ...), one of its own with an empty start."""
    by_start: dict[str, list[str]] = {}
    for needle in needles:
        # One holding another needle ("bugfix/" holds "fix/") occurs only where that does.
        if not any(other != needle and other in needle for other in needles):
            by_start.setdefault(needle[:3], []).append(needle)
    return tuple(
        (start if len(group) > 1 else "", tuple(group)) for start, group in by_start.items()
    )


def _holds_any(lowered: str, groups: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """True when `lowered` holds one of the needles of `groups` (`_prefix_groups`)."""
    for start, needles in groups:
        if start and start not in lowered:
            continue
        for needle in needles:
            if needle in lowered:
                return True
    return False


_CODE_HOST_GROUPS: Final = _prefix_groups(_CODE_HOST_NAMES)
_FLOW_PREFIX_GROUPS: Final = _prefix_groups(_FLOW_PREFIXES)


def _may_hold_code_line(text: str) -> bool:
    """False when no line could match `_CODE_LINE_RE`: none starts with one of its
    keywords or ends in ``;``, ``{`` or ``=>`` before blanks of any kind (``=>\\s*``
    takes a carriage return too). A scan of every position costs more."""
    for line in text.split("\n"):
        if line.lstrip(" \t").startswith(_CODE_LINE_HEADS) or line.rstrip().endswith(
            _CODE_LINE_TAILS
        ):
            return True
    return False


def _may_hold_call(text: str) -> bool:
    """False when no ``(`` follows a name's character, which every call of `_CALL_RE`
    has right before its parenthesis (``[\\w$.]``: a letter, digit, ``_``, ``$`` or ``.``)."""
    at = text.find("(")
    while at != -1:
        before = text[at - 1] if at else ""
        if before.isalnum() or before in ("_", "$", "."):
            return True
        at = text.find("(", at + 1)
    return False


def _call(m: re.Match[str]) -> str:
    return m.group(0) if _HARMLESS_ARGS_RE.fullmatch(m.group("args")) else CODE


def _number_ok(core: str) -> bool:
    """Numbers, times, dates, ratios and ports: no letters but a unit, short digit runs."""
    number = _NUMBER_RE.fullmatch(core)
    if number is None and _PUNCTUATED_NUMBER_RE.fullmatch(core) is None:
        return _HEX_LITERAL_RE.fullmatch(core) is not None
    runs = _DIGIT_RUN_RE.findall(core)
    if number is not None and (unit := number.group("unit")):
        lone = len(unit) == 1 and unit != "%"
        if unit.lower() not in UNITS or (lone and max(map(len, runs)) > _MAX_LONE_UNIT_DIGITS):
            return _HEX_LITERAL_RE.fullmatch(core) is not None  # 0xAB
    return all(len(run) <= MAX_NUMBER_DIGITS for run in runs)


# An account mentioned by its handle, as code hosts and chats write it (GitHub's rule:
# letters, digits and single hyphens, 39 at most); an npm scope has a "/" after it.
_MENTION_RE: Final = re.compile(r"@[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9])){0,38}")
# A glob of files' names by their endings, each one word: "*.md", "*.task.md",
# "**/*.d.ts" (not "*.my-taxes-2024.pdf", a document's name behind a star).
_GLOB_RE: Final = re.compile(r"(?:\*\*/)?\*(?:\.[A-Za-z]+)*\.[A-Za-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def judge_chunk(chunk: str) -> str:
    """The chunk as it may stay: itself when safe, else its placeholder (cached)."""
    start, end = 0, len(chunk)
    while start < end and chunk[start] in _LEADING_PUNCT:
        start += 1
    while end > start and chunk[end - 1] in _EDGE_PUNCT:
        end -= 1
    core = chunk[start:end]
    if _NO_ALNUM_RE.fullmatch(core) or core.lower().strip("<>") in _PLACEHOLDER_NAMES:
        return chunk
    if start == 2 and chunk.startswith("--") and _is_option_name(core):
        return chunk
    if _names_a_sibling(chunk[:start], core):
        return chunk[:start] + PATH + chunk[end:]
    verdict = _verdict(core)
    return chunk if verdict is None else chunk[:start] + verdict + chunk[end:]


def _names_a_sibling(lead: str, core: str) -> bool:
    """True for a folder beside or below the current one named alone ("git worktree add
    ../copper-api-wt-jira-COP-1193"): someone's, unless of software's words and no
    one's name ("./dist", "../src"). A file's name is judged as any file's."""
    return (
        lead in _RELATIVE_LEADS
        and "/" not in core
        and "\\" not in core
        and _EXTENSION_RE.search(core) is None
        and not _of_software_words(core)
    )


_RELATIVE_LEADS: Final = frozenset({"./", "../"})


def _is_option_name(core: str) -> bool:
    """True for the name of a long option as programs spell theirs (`_OPTION_NAME_RE`),
    no long number, no census name standing alone ("--john" signs a letter) and no
    random string."""
    return (
        len(core) <= _OPTION_NAME_MAX
        and _OPTION_NAME_RE.fullmatch(core) is not None
        and not _LONG_DIGITS_RE.search(core)
        and not (core.isalpha() and _common_name(core.lower()))
        and not is_high_entropy(core)
    )


def _verdict(core: str) -> str | None:
    """None when `core` may stay, else the placeholder that replaces it."""
    if _ISO_TIMESTAMP_RE.fullmatch(core) and not _MIDNIGHT_RE.search(core):
        # An instant to the second or finer, .NET's seven digits too: a log's. Not
        # midnight, how a serializer writes a date alone (a birth date's
        # "1987-03-14T00:00:00.0000000Z").
        return None
    if _holds_grouped_id(core):
        return ID  # "123_45_6789", "tests/fixtures/123-45-6789": an id, alone or in a path
    if names_that_tell(core, is_software_word):
        # "hiv_viral_load", "src/pages/therapist/SessionNotes.vue": what someone's data is;
        # "harbor-street-bakery", "acme_internal_mcp": whose.
        if "/" in core or "\\" in core:
            return PATH
        extension = _EXTENSION_RE.search(core)
        # A file's extension, not a module's last name ("gilmore_internal.pricing").
        if extension and (
            len(extension.group(1)) <= _FILE_EXTENSION_MAX
            or extension.group(1).lower() in DOCUMENT_EXTENSIONS
        ):
            return FILE
        return GENERIC
    if len(core) == 1 or core in UNITS or _number_ok(core) or _ERROR_CODE_RE.fullmatch(core):
        return None  # one character says nothing of anyone ('é' of "encode character '\\xe9'")
    version = _VERSION_RE.fullmatch(core)
    if version and (not version.group(1) or is_known_identifier(version.group(1))):
        return None  # "1.2.3", "2.0.0-beta.1"; not "1.2.3-beta.kowalczyk"
    named = _NAMED_VERSION_RE.fullmatch(core)
    if named and is_known_identifier(named.group(1)):
        return None
    if _RUNTIME_RE.fullmatch(core):
        return None  # a runtime-internal module: node:internal/deps/undici/undici:1:2
    if core.lower() in load_registry():
        return None  # a model id of the registry, such as claude-3-haiku-20240307
    release = _RELEASE_ARCHIVE_RE.fullmatch(core)
    if release and _names_a_package(release.group("name"), release.group("tail")):
        return None  # "chalk-5.3.0.tgz", "node-v20.11.0-headers.tar.gz": a release
    extension = _EXTENSION_RE.search(core)
    if extension and names_a_person(core[: extension.start()].rpartition("/")[2]):
        return FILE  # "john_doe_medical_history.json", "mary-jones-resume.py": someone's
    if (
        extension
        and extension.group(1).lower() in DOCUMENT_EXTENSIONS
        and len(core) > 4
        and core[: extension.start()].rpartition("/")[2].lower() not in CONVENTIONAL_FILE_STEMS
    ):
        return FILE
    if "/" in core and _is_namespaced_model(core) and model_id(core) == CUSTOM_MODEL:
        return GENERIC  # "someone-private/codellama-acme:13b": a person's or company's model
    if _MENTION_RE.fullmatch(core) and not _mentions_a_word(core[1:]):
        # "@BobStevens", "@jane-doe": an account, named as GitHub, Slack and chat write
        # one; "@property", "@docs", "@copilot" (a decorator, an assistant's context or
        # participant) are words.
        return USER
    if ("/" in core or "\\" in core) and _names_someone(core):
        return PATH  # "src/jane/doe", "reports/jose-gonzalez/q3": someone's folder
    # Windows' own folders are capitalised and hold spaces (C:\Program Files\nodejs
    # reaches here as Files\nodejs\node.exe): a backslashed path only from lower case.
    if ("/" in core or ("\\" in core and core[:1].islower())) and _is_someones_place(core):
        return PATH
    if _CHUNK_CHARS_RE.fullmatch(core) and is_known_identifier(core):
        # Two words of the vocabulary, one person: "john.smith" is a login.
        return USER if is_name_login(core) else None
    if (
        len(core) <= _MAX_BOUND_DIGITS
        and core.isascii()
        and core.isdigit()
        and _is_round_size(core)
    ):
        return None  # 4294967296 in "It must be >= 0 && <= 4294967296"
    if _LONG_ID_RE.fullmatch(core):
        return ID
    if _BASE64_CHARS_RE.fullmatch(core) and is_high_entropy(core):
        return SECRET
    if ("/" in core or "\\" in core) and len(core) > 2:
        return PATH
    return GENERIC


_ROUTE_SEGMENT_RE: Final = re.compile(r"v\d{1,2}(?:beta\d?|alpha\d?)?")


def _is_someones_place(core: str) -> bool:
    """True for a path that is none of: a place in a project ('src/lib/x.ts',
    `_in_a_project`), under a known-safe root or the system's folders, an API's versioned
    route of software's words ('openai/v1/chat/completions'), a known host's path
    ('golang.org/x/text'), an LSP method, a model id, a default ref; of two parts, a
    media type or two words of software's ('stdout/stderr', 'key/value'). Every part of
    'hr/layoffs/2024' or 'patients/hiv' is a word; the place is someone's."""
    relative = _RELATIVE_PATH_RE.fullmatch(core)
    segments = _PATH_SEGMENT_RE.split(core)
    if relative is None or len(segments) < 2:
        return False
    from consentry.anonymize.frames import starts_at_safe_root, system_path

    if starts_at_safe_root(core) or system_path("/" + core.replace("\\", "/")):
        return False  # what a frame keeps; the system's own folders ("/var/run/x.sock")
    first = relative.group(1)
    if (
        _names_a_known_host(first)
        or core in _lsp_methods()
        or model_id(core) != CUSTOM_MODEL
        or _names_a_default_ref(core)
    ):
        return False
    if len(segments) == 2:
        name = segments[1].split(".", 1)[0].lower()
        return not (
            first.lower() in _MEDIA_TYPES
            or name in CONVENTIONAL_FILE_STEMS  # ".github/copilot-instructions.md"
            or _software_pair(core)
        )
    return not (
        (any(_ROUTE_SEGMENT_RE.fullmatch(s) for s in segments) and _of_software_words(core))
        or _in_a_project(core, first)
    )


def _names_a_known_host(name: str) -> bool:
    """True for a host name the detectors left, which ends in a top-level domain: they
    replace every host they do not trust ("golang.org" of "golang.org/x/text"); a name
    with a dot and no such ending ("hr.layoffs") is no host."""
    from consentry.anonymize.scrub import HOST_TLDS

    label = name.rpartition(".")[2].lower()
    return "." in name and label in HOST_TLDS


def _mentions_a_word(name: str) -> bool:
    """True for one word of the vocabulary that no census list holds as a name."""
    key = name.lower()
    return key in words() and not is_listed_name(key)


def _is_namespaced_model(core: str) -> bool:
    """A model id behind a namespace as free text names it: its name starts with a model
    family of the registry and carries a tag or a number (``ns/codellama-x:13b``,
    ``ns/llama-3-8b``), and it is no file's name. The model field's rule then judges the
    namespaces (`identifiers.model_id`: only those the registry names)."""
    name = core.rsplit("/", 1)[-1]
    family = _LETTER_RUN_RE.match(name.lower())
    return bool(
        family
        and family.group(0) in family_leads()
        and (":" in name or any(c.isdigit() for c in name))
        and not _EXTENSION_RE.search(name.split(":", 1)[0])
    )


def _is_round_size(digits: str) -> bool:
    """A power of two or one less (2147483647, 4294967296), a whole number of MiB
    (20971520) or a round decimal (250000000): the limits and sizes that errors print,
    long but nobody's number (a phone, card or id number is not this round, and a
    leading zero is a phone's or an id's)."""
    value = int(digits)
    return not digits.startswith("0") and (
        value.bit_count() == 1
        or (value + 1).bit_count() == 1
        or value % (1 << 20) == 0
        or len(digits.rstrip("0")) <= _ROUND_SIGNIFICANT_DIGITS
    )


def _judge_words(text: str) -> str:
    """Every chunk of `text` judged (`judge_chunk`), the separators as they are."""
    # Apart at its spaces first, by the string's own split: the pattern's split makes an
    # object per part and costs five times more. A space is a separator, so no chunk holds
    # one: each chunk is one of a piece's chunks, judged alike (an empty piece, between
    # two spaces, is an empty chunk, judged as itself). Pieces repeat from one message to
    # the next ("failed", "(reading"), and their judgement is cached as the chunks' is.
    return " ".join(map(_judge_piece, text.split(" ")))


@functools.lru_cache(maxsize=1 << 16)
def _judge_piece(piece: str) -> str:
    """Every chunk of `piece` (text without a space) judged, the separators as they are.

    Cached as `judge_chunk` is, and a function of its verdicts only: one cache is cleared
    when the other is. Most pieces are one chunk (a word): a search costs less than a split.
    """
    if _BETWEEN_CHUNKS_RE.search(piece) is None:
        return judge_chunk(piece)
    if piece[0] == "*" and _GLOB_RE.fullmatch(piece) and is_known_identifier(piece):
        return piece  # a pattern of files' names ("*.task.md"), no document's name
    parts = _BETWEEN_CHUNKS_RE.split(piece)
    # The split puts chunks at even places, an empty one where a separator begins or ends
    # (judged as itself); a map of the cached judgement costs less than a loop in Python.
    parts[::2] = map(judge_chunk, parts[::2])
    if HOST_PLACEHOLDER in piece:
        # A path on a host nobody may know is no safer than the host ("<host>/hr/layoffs").
        for i in range(4, len(parts), 2):
            if parts[i - 2] == "host" and parts[i - 1] == ">" and parts[i][:1] in "/\\":
                parts[i] = parts[i][:1] + PATH if len(parts[i]) > 1 else parts[i]
    return "".join(parts)


def _url_piece(piece: str, allowed: bool) -> str:
    if not piece or _URL_SPLIT_RE.fullmatch(piece):
        return piece
    verdict = judge_chunk(piece)
    if verdict == piece or not allowed or FILE in verdict:
        return verdict  # a document's name goes on any host
    # On a public host a page name need not be a dictionary word ("pygls", "vscode-api");
    # only what looks generated (an id, a key) goes.
    if _LONG_ID_RE.fullmatch(piece) or (
        _BASE64_CHARS_RE.fullmatch(piece) and is_high_entropy(piece)
    ):
        return verdict
    return piece


def _url(url: str, allowed_hosts: frozenset[str]) -> str:
    """A URL the detectors left: its host kept (the detectors vetted it), its parts judged."""
    parts = _URL_PARTS_RE.fullmatch(url)
    if parts is None:
        return _judge_words(url)
    head = parts.group("head")
    host = head.split("://", 1)[1].rsplit("@", 1)[-1].split(":", 1)[0].lower().removeprefix("www.")
    # A project's own host is known by its name alone: what its paths hold is judged as
    # any words are, without the leniency the trusted hosts' page names have.
    allowed = host in allowed_hosts
    rest = "".join(_url_piece(p, allowed) for p in _URL_SPLIT_RE.split(parts.group("rest")))
    return head + rest


def allow_list(text: str, allowed_hosts: frozenset[str] = frozenset()) -> str:
    """`text` keeping only what is known to be safe; see the module docstring.

    URLs keep their host (the detectors turned any host not in `allowed_hosts` into
    ``<host>``); on an allowed host, page names pass unless they look generated. A
    lower-case name right before a version ("pygls 2.1.1", "vscode/1.95.3") is a
    software name and stays if nothing detects it as random.
    """
    out = _allow_list_once(text, allowed_hosts)
    if out != text and "<" in out and any(q in out for q in _QUOTE_OPENERS):
        # A word the word pass replaced may have held the punctuation that kept its quoted
        # run from reading as prose ('0:\x1b'); judged again as a second scrub would judge
        # it, so that scrubbing twice changes nothing.
        out = _QUOTED_RE.sub(_quoted, out)
    return out


def _allow_list_once(text: str, allowed_hosts: frozenset[str]) -> str:
    text = shapes(text)
    # With its label: the word pass must not take "sha256:" into a path before it
    # ("node:20-alpine@sha256:c13b…"), or a second scrub would find the digest unlabelled.
    kept = labelled_digests(text, with_label=True)
    if "xit" in text or "erminated" in text:
        kept = sorted([*kept, *_exit_statuses(text)])
    if "uild" in text or "UILD" in text:
        kept = sorted([*kept, *(m.span(1) for m in _BUILD_NUMBER_RE.finditer(text))])
    if "publickey" in text or "preauth" in text or "-interactive" in text or "gssapi" in text:
        kept = _with_spans(kept, [m.span() for m in _SSH_METHODS_RE.finditer(text)])
    if _HAS_TOOL_CODE_RE.search(text):
        kept = _with_spans(kept, _tool_codes(text))
    if not kept:
        return _words_of(text, allowed_hosts)
    # A labelled content digest ("SHA256 e3b0…", "commit 138f61…") with its label, a
    # crash's exit status or a build's number stays as it is.
    out: list[str] = []
    pos = 0
    for start, end in kept:
        out.append(_words_of(text[pos:start], allowed_hosts))
        out.append(text[start:end])
        pos = end
    out.append(_words_of(text[pos:], allowed_hosts))
    return "".join(out)


def _with_spans(kept: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`kept` and those of `more` that overlap none of it, in order."""
    return sorted([*kept, *(c for c in more if not any(a < c[1] and c[0] < b for a, b in kept))])


def _exit_statuses(text: str) -> list[tuple[int, int]]:
    """The spans of the NTSTATUS crash codes that follow an exit-code label in `text`."""
    spans: list[tuple[int, int]] = []
    for m in _EXIT_STATUS_RE.finditer(text):
        value = int(m.group(1))
        if (value + (1 << 32) if value < 0 else value) in _NTSTATUS_ERRORS:
            spans.append(m.span(1))
    return spans


def _words_of(text: str, allowed_hosts: frozenset[str]) -> str:
    """The word pass of `allow_list` over a text whose shapes are already replaced."""
    if "://" not in text and not _may_hold_software(text):
        return _judge_words(text)
    out: list[str] = []
    pos = 0
    for m in _PROTECTED_RE.finditer(text):
        out.append(_judge_words(text[pos : m.start()]))
        if m.group("url"):
            out.append(_url(m.group("url"), allowed_hosts))
        else:
            name = m.group("software")
            out.append(name if _software_ok(name) else judge_chunk(name))
            out.append(m.group("version"))
        pos = m.end()
    out.append(_judge_words(text[pos:]))
    return "".join(out)


_SOFTWARE_LAST: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-")
# A dot with a digit after it ("\d" takes the digits of every script, as `isdecimal`).
_DOT_DIGIT_RE: Final = re.compile(r"\.(?=\d)")


def _may_hold_software(text: str) -> bool:
    """What `_SOFTWARE_HINT_RE.search(text)` says, looked for from each dot with a digit
    after it (rarer than the letters the pattern starts with, and found by a search that
    starts at a literal): the digits before it, a "v", a space, "/" or "@", and a
    character a software name ends with."""
    for dot in _DOT_DIGIT_RE.finditer(text):
        at = start = dot.start()
        while start and text[start - 1].isdecimal():
            start -= 1
        if start < at:
            if start and text[start - 1] == "v":
                start -= 1
            if start >= 2 and text[start - 1] in " /@" and text[start - 2] in _SOFTWARE_LAST:
                return True
    return False


def _software_ok(name: str) -> bool:
    return not (
        _LONG_ID_RE.fullmatch(name)
        or is_high_entropy(name)
        or _DIGIT_HEAVY_RE.search(name)
        or FILE in judge_chunk(name)  # a document's name is no software ("cv.pdf 2.1")
    )
