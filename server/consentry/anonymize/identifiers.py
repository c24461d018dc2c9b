"""Identifier fields, each with its own grammar.

- **Event ids** (`event_id`): an RFC 9562 UUID in canonical 8-4-4-4-12 form, with a
  defined version (1-8) and the RFC variant (``8``-``b`` in the 17th digit), as
  ``crypto.randomUUID()`` makes. Anything else — a hex key shaped like one included — is
  replaced by a new random UUID and never echoed.
- **Model ids** (`model_id`): an id of the model registry (LiteLLM's list, see
  `consentry.anonymize.models`) or of the profile's own list passes, also behind a
  provider prefix (``openrouter/gpt-4o``). Every namespace of an id (each part before
  its last ``/``) must be one the registry's own ids name — a provider or a publishing
  organisation such as ``meta-llama``; any other (``someone/llama-3-8b``,
  ``projects/acme-ml/…``) makes it ``custom``, and so does an OpenAI fine-tune
  (``ft:base:org:…``) or an ARN. Any other id passes only when every segment
  (split at ``/`` and ``:``) is safe — vocabulary words, short numbers, quantisation tags
  such as ``Q4_K_M`` — and none is a host (``hf.co``), a query, a key, an e-mail or a
  user- or organisation-like name outside the vocabulary; otherwise it becomes
  ``custom``. So ``ollama/llama3.1:8b`` and ``accounts/fireworks/models/llama-v3p1-8b``
  pass, ``someuser/models/llama.gguf`` and ``hf.co/acme-org/private-GGUF`` are ``custom``.
  In Ollama's ``name:tag`` form (its documentation: "model names follow a model:tag
  format"), the name may also be vocabulary words written together, as model names are
  (``starcoder2:15b`` is "star" and "coder"; ``codegemma:7b``): two or three words of
  four letters or more, then at most a version number. Joined by ``-`` the same words
  pass already, so this lets through nothing more of anyone's; the registry itself (LiteLLM's
  list) lacks many local models.

  Safe segments are not enough without a namespace: a password, a user or a host is
  made of the same words (``secret123``, ``open_sesame``, ``guest``, ``localhost:5433``).
  Such an id passes only with *model evidence*: a size tag (``7b``, ``1.5b``, ``135m``,
  ``8x7b``, ``e2b``, ``command-r7b``); a quantisation tag (``q4_K_M``, ``fp16``, ``gguf``,
  ``awq``); Ollama's ``latest`` or ``cloud`` tag; or a model family of the registry
  (`consentry.anonymize.models.model_families`: the leading letters of its ids' names,
  and their other letter runs that are no English word — ``llama``, ``qwen``, ``gpt``,
  ``deepseek``, ``nemotron``, never ``text``, ``chat`` or ``code``). A family that is a
  word or a given name (``claude``, ``gemma``, ``mistral``, ``dolphin``: at the
  vocabulary's `MIN_ZIPF` or above in wordfreq) counts only with a number after it
  (``gemma3``, ``claude-haiku-4-5``) or beside a second family (``dolphin-mistral``);
  one of five letters or more written together
  with a vocabulary word of four or more (``shieldgemma``, ``tinyllama``) counts alone.
  A phone number, a date, a host and port carry none and are ``custom``; a tag of two
  to five digits alone is a port whatever the name (``qwen-box:11434``). Measured on 363
  public model ids (Ollama's library, Continue's and Aider's settings:
  `tests/unit/benign_model_ids.py`), 293 passed before the rule and 267 after (tune half
  144 -> 129 of 181, held-out half 149 -> 138 of 182): what is lost is Ollama's library
  names written without a tag and made only of words (``aya``, ``phi``, ``goliath``,
  ``granite-code``); with their size tag (``phi:2.7b``) they pass. Given names and
  surnames (141,155, lower case and capitalised) kept as a model: 13,123 before, 18
  after — 12 registry ids themselves (``ada``, ``nova``, ``gemini``), 5 families rarer than
  the vocabulary's words (``jamba``, ``reka``) and ``jeanclaude``.
- **File names** (`is_file_name`): an identifier field's value that ends in a known file
  extension is a file's name, and is kept only when made of vocabulary words.
- **Versions** (`version`): ``1.2.3``, ``v1.96.0-insider``, ``2.0.0-beta.1+build.5``;
  else ``unknown``. Four plain numbers of 0-255 (``192.168.77.14``) are an IPv4 address
  however they came, and are ``unknown`` too: a four-part version with only small
  numbers (``1.2.3.4``) is given up for it.
- **IDE names** (`ide_name`): one of `KNOWN_IDES` (case and spacing aside), else ``other``.
"""

from __future__ import annotations

import functools
import mimetypes
import re
import uuid
from typing import Final

from consentry.anonymize.models import load_registry, model_families, registry_namespaces

__all__ = [
    "CUSTOM_MODEL",
    "KNOWN_IDES",
    "OTHER_IDE",
    "UNKNOWN_VERSION",
    "event_id",
    "forget_verdicts",
    "ide_name",
    "is_file_name",
    "is_rfc9562_uuid",
    "joins_unknown_word",
    "model_id",
    "version",
]

CUSTOM_MODEL: Final = "custom"
OTHER_IDE: Final = "other"
UNKNOWN_VERSION: Final = "unknown"
MAX_MODEL_LENGTH: Final = 120

# The names VS Code and its forks report as `clientInfo.name` (`vscode.env.appName`).
KNOWN_IDES: Final = (
    "Visual Studio Code",
    "Visual Studio Code - Insiders",
    "Visual Studio Code - Exploration",
    "Code - OSS",
    "Code - OSS Dev",
    "VSCodium",
    "VSCodium - Insiders",
    "Cursor",
    "Windsurf",
    "Windsurf - Next",
    "Trae",
    "Kiro",
    "Positron",
    "Void",
    "PearAI",
    "code-server",
    "OpenVSCode Server",
    "GitHub Codespaces",
    "Gitpod Code",
    "Eclipse Theia",
    "Theia IDE",
    "Firebase Studio",
    "Project IDX",
    "vscode",
    "unknown",
)
_IDE_KEYS: Final = {re.sub(r"[\W_]+", "", name.lower()): name for name in KNOWN_IDES}

_UUID_RE: Final = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}"
)
_VERSION_RE: Final = re.compile(
    r"v?\d{1,6}(?:\.\d{1,8}){0,3}(?:-[0-9A-Za-z]{1,20}(?:\.[0-9A-Za-z]{1,20}){0,3})?"
    r"(?:\+[0-9A-Za-z]{1,20}(?:\.[0-9A-Za-z]{1,20}){0,3})?"
)
# An IPv4 address's shape: four dot-separated numbers of at most three digits.
_DOTTED_QUAD_RE: Final = re.compile(r"v?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})")
_OCTET_MAX: Final = 255
_SEGMENT_SPLIT_RE: Final = re.compile(r"[/:]")
_SEGMENT_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,79}")
# Quantisation and precision tags of local models: Q4_K_M, q8_0, IQ3_XS, fp16, bf16, 4bit.
_QUANT_RE: Final = re.compile(
    r"(?i)(?:i?q\d(?:_[0-9a-z]{1,2}){0,3}|[fb]f?\d{1,2}|int\d|\d{1,2}bit|gguf|awq|gptq|mlx|exl2)"
)
_HOST_LIKE_RE: Final = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_MODEL_FILE_RE: Final = re.compile(r"(?i)\.(?:gguf|bin|safetensors|pt|pth|onnx|ckpt)$")
# OpenAI's fine-tunes (ft:base:org:suffix:id) and cloud resource names (AWS ARNs) carry
# the organisation or the account they belong to.
_FINE_TUNE_RE: Final = re.compile(r"(?:ft|arn):")
# A fine-tune's marker among an id's pieces ("acme-fin-coder-34b-ft-2024-06",
# "finetuned-leasing-contracts-q4"): whoever trained it named it, after their own data.
_FINE_TUNE_PIECE_RE: Final = re.compile(
    r"(?:^|[-_.:/])(?:ft|finetuned?|fine[-_]tuned?)(?:$|[-_.:/])"
)
_JOIN_RE: Final = re.compile(r"[-_]+")
# Ollama's "name:tag": a name, then a tag of the same characters (``15b``, ``latest``,
# ``7b-instruct-q4_K_M``).
_OLLAMA_ID_RE: Final = re.compile(r"(?P<name>[A-Za-z][A-Za-z0-9._-]{1,60}):[A-Za-z0-9._-]{1,60}")
# A name of words written together, then a version number: "starcoder2", "codegemma".
_COMPOUND_RE: Final = re.compile(r"(?P<letters>[a-z]{8,30})(?:\d{1,3}(?:\.\d{1,3})?)?")
_MIN_COMPOUND_WORD: Final = 4
_MAX_COMPOUND_WORDS: Final = 3
# A model's size in parameters, alone or after a letter: 7b, 1.5b, 135m, 8x7b, e2b, r7b.
_SIZE_TAG_RE: Final = re.compile(
    r"(?<![a-z0-9])[a-z]?(?:\d{1,2}x)?\d{1,4}(?:\.\d{1,2})?[bm](?![a-z0-9])"
)
# Quantisation tags that say "model" alone (the looser `_QUANT_RE` also takes "b12").
_QUANT_TAG_RE: Final = re.compile(
    r"i?q[2-8](?:_[0-9a-z]{1,2}){0,3}|fp(?:8|16|32)|bf16|int[48]|[2-8]bit|gguf|awq|gptq|exl2"
)
_DIGIT_RE: Final = re.compile(r"\d")
_PIECE_SPLIT_RE: Final = re.compile(r"[-_.+]+")
_LETTERS_RE: Final = re.compile(r"[a-z]+|\d+")
# A family written together with a vocabulary word: "tinyllama", "shieldgemma".
_MIN_COMPOUND_FAMILY: Final = 5
_MIN_COMPOUND_REST: Final = 4
# A tag of two to five digits alone is a port ("localhost:5433"); Bedrock's version
# suffix ("-v1:0") is one digit.
_PORT_TAG_RE: Final = re.compile(r":\d{2,5}$")
# Tags of Ollama's name:tag that mean a model however the name reads.
_MODEL_TAGS: Final = frozenset({"latest", "cloud"})


@functools.cache
def _file_extensions() -> frozenset[str]:
    from consentry.anonymize.free_text import DOCUMENT_EXTENSIONS

    # Python's own table only (not the machine's /etc/mime.types): the same everywhere.
    table = mimetypes.MimeTypes().types_map
    return DOCUMENT_EXTENSIONS | {ext[1:].lower() for t in table for ext in t}


def is_file_name(value: str) -> bool:
    """True for a file's name: a stem, then an extension of Python's media-type table or
    of the document list (``minutes.json``, ``index.html``, ``cv.pdf``)."""
    stem, dot, extension = value.rpartition(".")
    return bool(dot and stem.strip(".")) and extension.lower() in _file_extensions()


def joins_unknown_word(value: str) -> bool:
    """True when ``-`` or ``_`` joins a word outside the vocabulary to others.

    A single unknown name may be a language or a tool (``typescriptreact``), but one
    joined to words (``hana_resume_final``, ``kowal-notes``, ``scan_hana_001``) names a
    file, a project or a person. Each ``.`` part is judged on its own, so an extension's
    ``publisher.prettier-vscode`` is not one.
    """
    from consentry.anonymize.vocabulary import is_known_identifier

    for part in value.split("."):
        pieces = [p for p in _JOIN_RE.split(part) if p]
        if len(pieces) < 2:
            continue
        for piece in pieces:
            if len(piece) > 2 and not piece.isdigit() and not is_known_identifier(piece):
                return True
    return False


def is_rfc9562_uuid(value: str) -> bool:
    """True for a canonical RFC 9562 UUID: 8-4-4-4-12 hex, version 1-8, RFC variant."""
    return len(value) == 36 and _UUID_RE.fullmatch(value) is not None


def event_id(raw: object) -> tuple[str, bool]:
    """The event's id as it may leave, and whether the client's id was replaced."""
    if isinstance(raw, str) and is_rfc9562_uuid(raw):
        return raw.lower(), False
    return str(uuid.uuid4()), raw is not None


def version(value: str) -> str:
    """`value` when it looks like a version and not an IPv4 address, else ``unknown``."""
    quad = _DOTTED_QUAD_RE.fullmatch(value)
    if quad and all(int(part) <= _OCTET_MAX for part in quad.groups()):
        return UNKNOWN_VERSION  # an address in a version's place ("192.168.77.14")
    return value if _VERSION_RE.fullmatch(value) else UNKNOWN_VERSION


def ide_name(value: str) -> str:
    """The canonical name of a known editor, else ``other``."""
    return _IDE_KEYS.get(re.sub(r"[\W_]+", "", value.lower()), OTHER_IDE)


def _segment_safe(segment: str) -> bool:
    from consentry.anonymize.secrets import is_high_entropy
    from consentry.anonymize.vocabulary import identifier_parts, is_known_identifier

    if not _SEGMENT_RE.fullmatch(segment):
        return False
    if _HOST_LIKE_RE.fullmatch(segment) and not re.search(r"\d", segment.rsplit(".", 1)[-1]):
        return False  # "hf.co", "example.com"; "llama3.1" or "gpt-4.5" end in digits
    if _MODEL_FILE_RE.search(segment):
        return False  # a file on someone's disk
    if is_high_entropy(segment) and not is_known_identifier(segment):
        return False
    pieces = [p for p in re.split(r"[._+-]", segment) if p]
    for piece in pieces:
        if _QUANT_RE.fullmatch(piece) or (piece.isdigit() and len(piece) <= 8):
            continue
        if not is_known_identifier(piece):
            # "v3p1", "8x7b", "4o": letter fragments of at most two between digits pass,
            # and a family written together with a word ("shieldgemma", "tinyllama").
            parts = identifier_parts(piece)
            if not all(p.isdigit() or len(p) <= 2 or _family_of(p.lower()) for p in parts):
                return False
    return True


def _splits_into_words(letters: str, parts: int = _MAX_COMPOUND_WORDS) -> bool:
    """True when `letters` is two to `parts` vocabulary words of four letters or more."""
    from consentry.anonymize.vocabulary import words

    vocabulary = words()
    for cut in range(_MIN_COMPOUND_WORD, len(letters) - _MIN_COMPOUND_WORD + 1):
        head, rest = letters[:cut], letters[cut:]
        if head not in vocabulary:
            continue
        if rest in vocabulary or (parts > 2 and _splits_into_words(rest, parts - 1)):
            return True
    return False


def _compound_name_safe(segment: str) -> bool:
    """True for a name segment of vocabulary words written together (``starcoder2``)."""
    compound = _COMPOUND_RE.fullmatch(segment.lower())
    return compound is not None and _splits_into_words(compound.group("letters"))


def _family_of(run: str) -> tuple[str, float] | None:
    """The registry family `run` is, with its English Zipf frequency, or the family it
    is written together with a word (``tinyllama``), at frequency 0: no one's word."""
    from consentry.anonymize.vocabulary import words

    families = model_families()
    if run in families:
        return run, families[run]
    vocabulary = words()
    for cut in range(_MIN_COMPOUND_REST, len(run) - _MIN_COMPOUND_REST + 1):
        head, tail = run[:cut], run[cut:]
        if len(tail) >= _MIN_COMPOUND_FAMILY and tail in families and head in vocabulary:
            return tail, 0.0
        if len(head) >= _MIN_COMPOUND_FAMILY and head in families and tail in vocabulary:
            return head, 0.0
    return None


def _has_model_evidence(value: str) -> bool:
    """True when a name carries what only model names carry (see the module docstring)."""
    from consentry.anonymize.vocabulary import MIN_ZIPF

    lowered = value.lower()
    if _SIZE_TAG_RE.search(lowered):
        return True
    _, colon, tag = lowered.partition(":")
    if colon and tag in _MODEL_TAGS:
        return True
    seen: set[str] = set()
    for segment in _SEGMENT_SPLIT_RE.split(lowered):
        pieces = [p for p in _PIECE_SPLIT_RE.split(segment) if p]
        for i, piece in enumerate(pieces):
            if _QUANT_TAG_RE.fullmatch(piece):
                return True
            runs = _LETTERS_RE.findall(piece)
            for j, run in enumerate(runs):
                found = None if run.isdigit() else _family_of(run)
                if found is None:
                    continue
                family, zipf = found
                # A family that is an English word or a given name ("claude", "gemma",
                # "dolphin") counts with its version ("gemma2", "claude-3") or beside
                # another family ("dolphin-mistral").
                numbered = j + 1 < len(runs) or any(
                    _DIGIT_RE.search(later) for later in pieces[i + 1 :]
                )
                if zipf < MIN_ZIPF or numbered or (seen - {family}):
                    return True
                seen.add(family)
    return False


@functools.lru_cache(maxsize=4096)
def _model_verdict(value: str, extra: frozenset[str]) -> str:
    lowered = value.lower()
    registry = load_registry()
    if lowered in registry or lowered in extra:
        return value
    if _FINE_TUNE_RE.match(lowered) or _FINE_TUNE_PIECE_RE.search(lowered):
        return CUSTOM_MODEL  # a fine-tune or a deployment names its organisation or account
    public = registry_namespaces()
    if not all(n in public for n in lowered.split("/")[:-1]):
        return CUSTOM_MODEL  # "someone/llama-3-8b": a person's or a company's namespace
    if "/" in lowered and lowered.split("/", 1)[1] in registry:
        return value  # a provider prefix in front of a registry id
    if len(value) > MAX_MODEL_LENGTH or any(c in value for c in "@?#=&%\\ \t\n"):
        return CUSTOM_MODEL
    from consentry.anonymize import context

    if context.scrubber("scrubbed").scrub_message(value) != value:
        return CUSTOM_MODEL  # a user, host or workspace name of this machine, a key
    segments = _SEGMENT_SPLIT_RE.split(value)
    if not segments or not all(segments):
        return CUSTOM_MODEL
    ollama = _OLLAMA_ID_RE.fullmatch(value) is not None
    for i, segment in enumerate(segments):
        if _segment_safe(segment):
            continue
        if not (ollama and i == 0 and _compound_name_safe(segment)):
            return CUSTOM_MODEL
    if _PORT_TAG_RE.search(value):
        return CUSTOM_MODEL  # "llama-box:11434": a host and its port; no model tag is a port
    if "/" not in value and not _has_model_evidence(value):
        # Words alone ("secret123", "guest", "open-sesame"), a host and port, a phone
        # number or a date: nothing in it is a model's.
        return CUSTOM_MODEL
    return value


def forget_verdicts() -> None:
    """Drop the remembered model verdicts (the machine facts changed)."""
    _model_verdict.cache_clear()


def model_id(value: str, known: frozenset[str] = frozenset()) -> str:
    """`value` when it is a registry id, a profile-listed id or made of safe segments."""
    return _model_verdict(value, frozenset(k.lower() for k in known))
