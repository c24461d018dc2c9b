"""The words free text may keep, and identifiers made of them.

The vocabulary is not typed here: it is read from maintained packages when first used.

- ``wordfreq``'s English list (its ``large`` list, shipped in the wheel): every word at a
  Zipf frequency of at least `MIN_ZIPF` — common English and the programming words
  that are common in web text (``json``, ``http``, ``config``), and the heads of its
  contractions (``shouldn`` of ``shouldn't``).
- Python's own names: keywords, builtins (``TypeError`` → ``type``, ``error``), the
  standard library's module names, the ``errno`` codes (``ECONNREFUSED``) and the
  functions of the frozen import machinery that import tracebacks show (``_gcd_import``).
  The parameter names of the standard modules an assistant works through
  (`PARAMETER_MODULES`: ``cadata`` of ssl, ``wbits`` of zlib), which their messages quote.
- The model registry (`consentry.anonymize.models`): provider and model-name parts
  (``ollama``, ``qwen``, ``gguf``, ``instruct``).
- The LSP vocabulary of ``lsprotocol`` (``InlineCompletion`` → ``inline``,
  ``completion``).
- cspell's software dictionaries, where npm installed them (`TECHNICAL_DICTIONARIES`):
  package names and the API names of Python, Node and TypeScript (``httpx``, ``ctx``),
  and the commands its list of software tools names in lower case (``ripgrep``).
- The names of this program's own modules (``outbox``).
- Two neighbouring words of one identifier of the software dictionaries, Python's
  names or the LSP's, written together (``eventloop`` of ``AbstractEventLoop``), each of
  `MIN_JOINED_PART` letters or more: how such names are also spelt in prose and flags.

An identifier is safe when every part of it is a vocabulary word, a short number or a
fragment of at most `MAX_FRAGMENT` letters; parts are split at punctuation, at camel-case
humps and between letters and digits, so ``maxTokens``,
``editor.action.inlineSuggest.commit`` and ``ERR_MODULE_NOT_FOUND`` pass while
``kowalczykowski`` or ``x7Gq2bLp`` do not.
"""

from __future__ import annotations

import builtins
import errno
import functools
import itertools
import keyword
import re
import sys
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path
from typing import Final

__all__ = [
    "COMMON_ZIPF",
    "MAX_FRAGMENT",
    "MAX_NUMBER_DIGITS",
    "MIN_ZIPF",
    "HashedWords",
    "coined_words",
    "command_names",
    "common_words",
    "identifier_parts",
    "inflects",
    "is_known_identifier",
    "is_word",
    "load",
    "package_names",
    "software_words",
    "words",
]

# Zipf 2.4 is about once per 250 million words: "kwargs" is below, "tokenizer" and
# "hexadecimal" above. Stricter thresholds change many benign error strings; looser ones
# let surnames through. On the tune corpora 2.0 to 2.4 measured the same (one more benign
# string kept than at 2.5, no recall lost): the strictest of them is taken.
MIN_ZIPF: Final = 2.4
# Words everyone writes ("will", "hope", "mark"): a given name among them is also a word.
COMMON_ZIPF: Final = 4.0
# Letter runs this short say nothing about anyone ("v", "id", "ms") and are everywhere in
# identifiers; three letters are already initials or a name ("Ada").
MAX_FRAGMENT: Final = 2
# Counts, ports, sizes and status codes; longer digit runs are ids, phones or cards.
MAX_NUMBER_DIGITS: Final = 7
VERDICT_CACHE_SIZE: Final = 1 << 16
MAX_FRAGMENT_ONLY: Final = 6
MIN_ID_DIGITS: Final = 5


class HashedWords:
    """A set of words kept as the sorted hashes of their spellings: 8 bytes a word where
    a set of strings takes some 100, for lists held all the server's life but looked
    up rarely (a hash and a binary search). Hashes are 64 bits: two words of a list and a
    word outside it sharing one is not to be expected."""

    __slots__ = ("_hashes",)

    def __init__(self, words: Iterable[str]) -> None:
        # Hashed into an array, then sorted: a set of the hashes on the way would leave
        # megabytes of the server's heap resident after it is freed.
        ordered = sorted(array("q", map(hash, words)))
        self._hashes = array(
            "q", (h for i, h in enumerate(ordered) if not i or h != ordered[i - 1])
        )

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = hash(word)
        at = bisect_left(self._hashes, key)
        return at < len(self._hashes) and self._hashes[at] == key

    def __len__(self) -> int:
        return len(self._hashes)


_EMPTY: Final = HashedWords(())
_RUN_RE: Final = re.compile(r"[A-Za-z0-9]+")
# A letter outside ASCII: the vocabulary's words are ASCII, so a word holding one is
# none of them.
_FOREIGN_LETTER_RE: Final = re.compile(r"[^\W\d_A-Za-z]")
_PART_RE: Final = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_lock = threading.Lock()
_words: HashedWords | None = None
_software: HashedWords | None = None
_coined: HashedWords | None = None
_common: HashedWords | None = None
_family_zipf: dict[str, float] = {}
# What follows the apostrophe of an English contraction; "o'brien" is not one.
_CONTRACTION_TAILS: Final = frozenset({"t", "s", "d", "ll", "re", "ve", "m"})


def _wordfreq_words(
    candidates: frozenset[str] = frozenset(),
) -> tuple[set[str], set[str], dict[str, float]]:
    """wordfreq's English words at `MIN_ZIPF` or above, read from the file its wheel ships,
    those of them at `COMMON_ZIPF` or above, and the Zipf frequency of each of
    `candidates` (0 when wordfreq does not list it).

    The file is wordfreq's "cBpack": a header, then one list of words per centibel of
    frequency, most frequent first (list ``i`` holds the words at Zipf ``9 - i / 100``).
    Reading it directly costs a fifth of importing wordfreq and building its dictionary.
    It is read once: a second read leaves some 7 MB more resident for the server's life.
    """
    import gzip
    import importlib.util
    from pathlib import Path

    import msgpack  # type: ignore[import-untyped]

    spec = importlib.util.find_spec("wordfreq")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the wordfreq package is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"
    last_bin = round((9 - MIN_ZIPF) * 100)
    common_bin = round((9 - COMMON_ZIPF) * 100)
    out: set[str] = set()
    common: set[str] = set()
    zipf = dict.fromkeys(candidates, 0.0)
    # One frequency bin at a time: the whole pack at once is some 320,000 strings, and
    # the heap they leave behind would stay resident for the server's life.
    with gzip.open(path, "rb") as stream:
        unpacker = msgpack.Unpacker(stream, raw=False)
        bins = unpacker.read_array_header() - 1
        unpacker.skip()  # the header
        for at in range(bins):
            if at > last_bin and not candidates:
                break
            bin_words: list[str] = unpacker.unpack()
            if candidates:
                for w in bin_words:
                    if w in zipf and not zipf[w]:
                        zipf[w] = 9 - at / 100
            if at > last_bin:
                continue
            for w in bin_words:
                if w.isascii() and w.isalpha():
                    out.add(w)
                    if at <= common_bin:
                        common.add(w)
                elif "'" in w:
                    # Free text is cut at quotes, so "shouldn't" arrives as "shouldn" and "t".
                    head, _, tail = w.partition("'")
                    if tail in _CONTRACTION_TAILS and head.isascii() and head.isalpha():
                        out.add(head)
    return out, common, zipf


def _module_names() -> set[str]:
    """The public names of a few standard modules: socket's ``getaddrinfo``, os's ``mkdir``."""
    import os
    import signal
    import socket
    from http import HTTPStatus

    out: set[str] = set()
    for module in (os, socket, signal, errno):
        out.update(n for n in dir(module) if not n.startswith("_"))
    out.update(s.name for s in HTTPStatus)
    out.update(_frozen_import_names())
    return out


def _frozen_import_names() -> set[str]:
    """Every name of the interpreter's frozen import machinery, private ones included.

    Each failed import's traceback runs through it (``File "<frozen
    importlib._bootstrap>", line 1204, in _gcd_import``): these are CPython's own
    functions, the same on every machine, never someone's code.
    """
    import importlib._bootstrap as bootstrap
    import importlib._bootstrap_external as bootstrap_external

    return set(dir(bootstrap)) | set(dir(bootstrap_external))


# The standard modules an assistant's Python side works through (files, processes,
# sockets, TLS, compression, encodings, the event loop). Their messages name their
# parameters as they are spelt ("cadata does not contain a certificate" of
# `ssl.SSLContext.load_verify_locations`, "zlib does not support wbits=8"). All but a few
# are imported by the server already.
PARAMETER_MODULES: Final = (
    "builtins",
    "os",
    "io",
    "pathlib",
    "shutil",
    "tempfile",
    "subprocess",
    "select",
    "socket",
    "ssl",
    "asyncio",
    "json",
    "codecs",
    "base64",
    "struct",
    "hashlib",
    "zlib",
    "gzip",
    "bz2",
    "lzma",
)
# The shortest parameter name taken (as `MIN_JOINED_PART`). None of the 40 words these
# modules' parameters add ("cadata", "wbits", "closefd", "keepends") is among 147,497 given
# names and surnames (faker, gender-guesser, names-dataset), nor with three letters
# ("frm", "egid"); urllib.request's parameters would add one ("chal"), so it is not read.
MIN_PARAMETER_WORD: Final = 4


# A parameter in a builtin's text signature: "($self, /, cafile=None, capath=None)".
_SIGNATURE_NAME_RE: Final = re.compile(r"(?:^|[(,*\s])([A-Za-z_]\w*)\s*(?=[=,)])")


def _parameters(member: object) -> list[str]:
    """The parameter names of a function, method or class, read from its code object or
    its text signature (`inspect.signature` parses the latter with the tokenizer and
    costs ten times more)."""
    if isinstance(member, type):
        member = member.__dict__.get("__init__", member)
    code = getattr(member, "__code__", None)
    if code is not None:
        count = code.co_argcount + code.co_kwonlyargcount
        return list(code.co_varnames[:count])
    text = getattr(member, "__text_signature__", None)
    return _SIGNATURE_NAME_RE.findall(text) if isinstance(text, str) else []


def _parameter_names() -> set[str]:
    """The parameter names of the public functions, classes and methods of
    `PARAMETER_MODULES`, and their parts, of `MIN_PARAMETER_WORD` letters or more."""
    import importlib
    import warnings

    found: set[str] = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a deprecated attribute read for its signature
        for module_name in PARAMETER_MODULES:
            try:
                module = importlib.import_module(module_name)
            except ImportError:  # an interpreter built without it (lzma, bz2, ssl)
                continue
            for name in dir(module):
                if name.startswith("_"):
                    continue
                value = getattr(module, name, None)
                found.update(_parameters(value))
                if isinstance(value, type):
                    for attribute in vars(value):
                        if attribute[0] != "_":
                            found.update(_parameters(getattr(value, attribute, None)))
    out: set[str] = set()
    for name in found:
        for word in (name, *_PART_RE.findall(name)):
            if len(word) >= MIN_PARAMETER_WORD and word.isalpha():
                out.add(word.lower())
    return out


# The shortest word of a joined pair (`_joined_pairs`). Any two vocabulary words of four
# letters or more written together would let in 4,808 of 147,497 given names and surnames
# (faker's, gender-guesser's and names-dataset's lists) written in lower case
# ("abdelaziz") and 614,125 of 690,000 first-name-surname logins ("markmoore"); two words
# of the software dictionaries alone still 71 and 706 ("cassandrawhite"). Pairs that stand
# next to each other in a documented identifier let in none of either; with shorter words
# they let in 12 names ("fok", "isip").
MIN_JOINED_PART: Final = 4


def _joined_pairs(name: str) -> set[str]:
    """Each two neighbouring words of an identifier, written together (``eventloop``)."""
    parts = [p.lower() for p in _PART_RE.findall(name) if not p.isdigit()]
    return {
        a + b
        for a, b in itertools.pairwise(parts)
        if len(a) >= MIN_JOINED_PART and len(b) >= MIN_JOINED_PART
    }


def _python_words() -> set[str]:
    names = set(keyword.kwlist) | set(dir(builtins)) | set(sys.stdlib_module_names)
    names |= set(errno.errorcode.values()) | _module_names()
    out: set[str] = _parameter_names()
    for name in names:
        out.add(name.lower())
        out.update(p.lower() for p in _PART_RE.findall(name) if not p.isdigit())
        out.update(_joined_pairs(name))
    return out


# cspell's maintained dictionaries of software words (npm packages, as data, MIT):
# the names of common npm and PyPI packages ("lodash", "httpx", "tiktoken"), Python's,
# Node's and the browser's API names ("ctx", "goaway", "nghttp2", "altnames") and software
# terms ("typeof", "webview"). No Python package ships such a list; they are dependencies
# of the extension's package.json.
TECHNICAL_DICTIONARIES: Final = {
    # Machine-learning terms ("logprobs", "tokenizer", "GPTQ"), what an assistant's
    # errors speak of; not its "tools" list (products).
    "@cspell/dict-data-science": ("data-science.txt", "data-science-models.txt"),
    "@cspell/dict-node": ("node.txt",),
    "@cspell/dict-npm": ("npm.txt",),
    "@cspell/dict-python": ("python.txt", "python-common.txt"),
    # Not its list of services ("webServices"): brand names are also given names and
    # nicknames ("Gerrit", "Kuma"); the brands of its "software-tools" only as
    # `BRAND_LISTS` says.
    "@cspell/dict-software-terms": (
        "softwareTerms.txt.gz",
        "computing-acronyms.txt",
        "networkingTerms.txt",
        "coding-compound-terms.txt",
        "software-tools.txt",
    ),
    "@cspell/dict-typescript": ("typescript.txt",),
}
# Lists whose capitalised entries are brands, some of them also given names or surnames
# ("Bazel", "Zipkin", "Anka"). Their lower-case entries are commands and daemons as typed
# ("ripgrep", "systemctl", "containerd", "clangd"), none of them in faker's or
# gender-guesser's lists of given names and surnames, and are taken whole; a capitalised
# entry's parts ("Pylance", "Neovim", "IntelliJ") only where no census list holds them.
# Of the 144 words these add, 7 are census names and so left out; 2 of faker's and
# gender-guesser's other 60,000 names come in ("anka", "suse").
BRAND_LISTS: Final = frozenset({"software-tools.txt"})


def _dictionary_folders() -> list[Path]:
    """The ``node_modules`` folders above this package (a checkout, an extension's libs)."""
    here = Path(__file__).resolve()
    return [p / "node_modules" for p in here.parents if (p / "node_modules" / "@cspell").is_dir()]


def _dictionary_entries(package: str, name: str) -> list[str]:
    """The entries of one cspell word list, or none where it is not installed."""
    import gzip

    folders = _dictionary_folders()
    if not folders:
        return []
    try:
        raw = (folders[0] / package / "dict" / name).read_bytes()
        text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode()
    except (OSError, ValueError):
        return []
    entries = (line.strip() for line in text.splitlines())
    return [e for e in entries if e and not e.startswith("#")]


def _technical_words() -> set[str]:
    """The parts of every entry of the software dictionaries, where they are installed.

    Without them the vocabulary is smaller and more free text is redacted: less is sent.
    """
    out: set[str] = set()
    brands: set[str] = set()
    for package, files in TECHNICAL_DICTIONARIES.items():
        for name in files:
            entries = _dictionary_entries(package, name)
            if name in BRAND_LISTS:
                brands.update(
                    p.lower() for e in entries if not e.islower() for p in _PART_RE.findall(e)
                )
                entries = [e for e in entries if e.islower()]
            for entry in entries:
                out.update(p.lower() for p in _PART_RE.findall(entry) if not p.isdigit())
                out.update(_joined_pairs(entry))
    if brands:
        from consentry.anonymize.person_names import census_names_among

        out |= brands - census_names_among(brands)
    return out


@functools.cache
def command_names() -> frozenset[str]:
    """The commands cspell's list of software tools names as typed (``git``, ``npm``,
    ``kubectl``): its lower-case entries, none of them an everyday English word."""
    entries = _dictionary_entries("@cspell/dict-software-terms", "software-tools.txt")
    return frozenset(e for e in entries if e.islower())


@functools.cache
def package_names() -> frozenset[str]:
    """Common npm packages' names, whole and lower-case (``vscode-languageclient``)."""
    return frozenset(e.lower() for e in _dictionary_entries("@cspell/dict-npm", "npm.txt"))


def _own_words() -> set[str]:
    """The parts of this program's own module and package names (``outbox``, ``sender``).

    Its messages and tracebacks name them; they are the same in every installation.
    """
    package = Path(__file__).resolve().parents[1]
    out: set[str] = set()
    for path in package.rglob("*.py"):
        for name in (*path.relative_to(package).parent.parts, path.stem, package.name):
            out.update(p.lower() for p in _PART_RE.findall(name) if not p.isdigit())
    return out


def _lsp_words() -> set[str]:
    try:
        from lsprotocol import types
    except ImportError:  # pragma: no cover - lsprotocol is a dependency of the server
        return set()
    out: set[str] = set()
    for name in dir(types):
        if not name.startswith("_"):
            out.update(p.lower() for p in _PART_RE.findall(name) if not p.isdigit())
            out.update(_joined_pairs(name))
    return out


def load() -> HashedWords:
    """The vocabulary, read from its packages on first use (~0.3 s), then kept."""
    global _words, _software, _coined, _common, _family_zipf
    if _words is not None:
        return _words
    with _lock:
        if _words is None:
            from consentry.anonymize.identifiers import KNOWN_IDES
            from consentry.anonymize.models import family_candidates, registry_words
            from consentry.anonymize.scrub import DEFAULT_ALLOWED_HOSTS

            software = _python_words() | _lsp_words() | registry_words()
            software |= _technical_words() | _own_words()
            # The public services the scrubber trusts and the editors it knows by name.
            software |= {label for host in DEFAULT_ALLOWED_HOSTS for label in host.split(".")}
            software |= {p.lower() for ide in KNOWN_IDES for p in _PART_RE.findall(ide)}
            _software = HashedWords(w for w in software if w.isascii() and w.isalpha())
            english, common, _family_zipf = _wordfreq_words(family_candidates())
            _common = HashedWords(common)
            _coined = HashedWords(
                w for w in software if w.isascii() and w.isalpha() and w not in english
            )
            found = english | software
            _words = HashedWords(w for w in found if w.isascii() and w.isalpha())
    return _words


def family_zipf() -> dict[str, float]:
    """The English Zipf frequency of each of the model registry's family candidates
    (`consentry.anonymize.models.family_candidates`), read with the vocabulary."""
    load()
    return _family_zipf


def common_words() -> HashedWords:
    """wordfreq's English words at `COMMON_ZIPF` or above (about once per 100,000 words)."""
    load()
    return _common or _EMPTY


def coined_words() -> HashedWords:
    """The software words English does not write (wordfreq has them below `MIN_ZIPF`):
    names coined for programs and packages (``vercel``, ``pydantic``, ``deno``), not
    the everyday words software also uses (``beacon``, ``target``, ``python``)."""
    load()
    return _coined or _EMPTY


def software_words() -> HashedWords:
    """The vocabulary's words of software alone, without wordfreq's English: the names
    of programs, packages, APIs, models and editors (``code``, ``sonnet``, ``studio``)."""
    load()
    return _software or _EMPTY


def words() -> HashedWords:
    """The vocabulary as lower-case words (loads it on first use)."""
    return load()


def is_word(text: str) -> bool:
    """True for a vocabulary word in any case, or a fragment of at most two letters."""
    return len(text) <= MAX_FRAGMENT or text.lower() in load()


def identifier_parts(text: str) -> list[str]:
    """The parts of an identifier: letter runs split at camel-case humps, digit runs."""
    return _PART_RE.findall(text)


# Inflections wordfreq may rank below the threshold while their stem is above it
# ("retrying" → "retry", "tokenizer" → "token"), longest first.
_SUFFIXES: Final = ("ations", "ation", "ings", "ing", "ers", "er", "ed", "es", "s", "ly", "able")
# Endings whose stem is spelt otherwise in the base word: "retries" and "retried" →
# "retry", "pagination" → "paginate" or "paginator", the agent nouns of "-ify" verbs
# ("verifier" → "verify"; a plain "-ier" → "-y" would take surnames: "Fortier", "Pottier").
_RESPELT: Final = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ifiers", ("ify",)),
    ("ifier", ("ify",)),
    ("ations", ("ate", "ator")),
    ("ation", ("ate", "ator")),
    # The verbs of "-ization" nouns ("quantized" of "quantization"), in either spelling.
    *(
        (z + ending, (z + "ation",))
        for z in ("iz", "is")
        for ending in ("ers", "er", "ing", "es", "ed", "e")
    ),
)
# Prefixes written onto a known word ("reauthenticate", "subcommand", "multimodal"), and
# the shortest word they may go onto. The census's names are never taken for one
# ("Redpath", "Prewitt"); of faker's and gender-guesser's some 60,000 others, 8 are
# ("Rehorst", "Renelle"). "co-" and "de-" would take hundreds ("Colina", "Deanne").
_PREFIXES: Final = ("re", "sub", "pre", "multi", "non", "auto", "inter", "micro")
MIN_PREFIXED: Final = 5
# A release date in a name ("claude-haiku-4-5-20251001"); the same date with dashes is
# already a run of short numbers.
_DATE_STAMP_RE: Final = re.compile(r"(?a)20\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# Short all-capital parts are acronyms (TPM, CUDA, GMT), not names.
MAX_ACRONYM: Final = 4
# The shortest word an "un-" may negate: none of faker's or gender-guesser's given names
# and surnames is "un" and a known word of five letters or more.
MIN_NEGATED: Final = 5


def inflects(lowered: str, vocabulary: HashedWords) -> bool:
    """True when `lowered` (lower case) is an inflection, a negation or a prefixed form
    of a word of `vocabulary` ("combining" of "combine", "retries" of "retry")."""
    for suffix in _SUFFIXES:
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 4:
            stem = lowered[: -len(suffix)]
            if (
                stem in vocabulary
                or stem + "e" in vocabulary
                or (len(stem) > 4 and stem[-1] == stem[-2] and stem[:-1] in vocabulary)
            ):
                return True
    for suffix, endings in _RESPELT:
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 3:
            stem = lowered[: -len(suffix)]
            if any(stem + ending in vocabulary for ending in endings):
                return True
    # The negation of a known word ("uncommitted", "unreachable"); a shorter rest makes
    # given names ("Undine").
    if lowered.startswith("un") and len(lowered) - 2 >= MIN_NEGATED:
        rest = lowered[2:]
        return rest in vocabulary or inflects(rest, vocabulary)
    if lowered.startswith(_PREFIXES):
        from consentry.anonymize.person_names import given_names, surnames

        if lowered in given_names() or lowered in surnames():
            return False  # "Redpath", "Prewitt"
        for prefix in _PREFIXES:
            rest = lowered[len(prefix) :]
            if (
                lowered.startswith(prefix)
                and len(rest) >= MIN_PREFIXED
                and (rest in vocabulary or inflects(rest, vocabulary))
            ):
                return True
    return False


@functools.lru_cache(maxsize=VERDICT_CACHE_SIZE)
def is_known_identifier(text: str) -> bool:
    """True when every part of `text` is a vocabulary word, a short number or a fragment.

    The text must hold at least one letter part; what lies between the parts is not
    judged here (the caller decides which characters an identifier may hold).
    """
    if not text.isascii() and _FOREIGN_LETTER_RE.search(text):
        # The ASCII runs of "Jérémy" or "Þórðarson" are fragments and an English word
        # ("J", "r", "my"; "arson"): a word is judged whole or not at all.
        return False
    vocabulary = load()
    seen_letters = seen_word = seen_pair = False
    for run in _RUN_RE.findall(text):
        parts = _PART_RE.findall(run)
        short = 0
        for part in parts:
            if part.isdigit():
                if len(part) > MAX_NUMBER_DIGITS and not _DATE_STAMP_RE.fullmatch(part):
                    return False
                short += 1
                continue
            seen_letters = True
            if len(part) > 1:
                seen_pair = True
            if len(part) <= MAX_FRAGMENT:
                short += 1
            elif part.lower() in vocabulary or inflects(part.lower(), vocabulary):
                seen_word = True
            elif not (part.isupper() and len(part) <= MAX_ACRONYM):
                return False
        # Letters and digits glued in short pieces ("gqGQ3F4J", "F2MJ7KWBP7") are a
        # generated token, not a name ("v3p1", "cl100k" and "e89b" are short enough).
        if len(run) > MAX_FRAGMENT_ONLY and short >= 3 and 2 * short >= len(parts):
            return False
        # Letters glued to a long number are a document or account number ("AAA123456",
        # "Y8063915"); names carry short numbers ("llama3", "sha256", "ES2015").
        if len(parts) > 1 and any(p.isdigit() and len(p) >= MIN_ID_DIGITS for p in parts):
            return False
    return seen_letters and (seen_word or not seen_pair or len(text) <= MAX_FRAGMENT_ONLY)
