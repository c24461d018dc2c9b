"""The event catalog: the allow-list of events and properties, with types and bounds.

This is the one place that says what may be collected. `validate` is pure: it turns
the params of one `consentry/track` into an Accepted event (only catalog properties,
identifiers checked, free text scrubbed, counts bounded) or a Rejected one, naming the
event and the field but never echoing a value.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, Literal

from consentry.anonymize.placeholders import FILE

# What an identifier that is no known name becomes, part of this module's contract.
from consentry.anonymize.placeholders import REDACTED as REDACTED

if TYPE_CHECKING:
    from consentry.anonymize.scrub import Scrubber


def _scrubber() -> Scrubber:
    """The scrubber, imported on first use (later calls are a dict look-up).

    Compiling its patterns takes ~50 ms; importing it here would put that on the path
    to the `initialize` answer. `prepare` loads it while the server waits for the client.
    """
    from consentry.anonymize.scrub import DEFAULT_SCRUBBER

    return DEFAULT_SCRUBBER


def prepare() -> None:
    """Load the scrubber, its vocabulary, model registry and rules now (~0.6 s, once)."""
    from consentry.anonymize.scrub import load

    _scrubber()
    load()


CATALOG_VERSION: Final = 1
MAX_COUNT: Final = 10_000_000
# The largest `consentry/track` params kept, in characters of compact JSON (an estimate
# from string lengths, see `json_size`): bigger events are dropped as `too-large` before
# anything else looks at them, which bounds the work one event can cost.
MAX_EVENT_JSON: Final = 32 * 1024
# The most events one `consentry/trackBatch` may carry; a bigger batch is dropped whole.
MAX_BATCH_EVENTS: Final = 1_000
MAX_IDENTIFIER_LENGTH: Final = 80
IDENTIFIER_CACHE_SIZE: Final = 1024

Kind = Literal["usage", "error"]
FieldType = Literal["enum", "identifier", "count", "text", "stack"]

# An identifier is a short name such as `gpt-4o`, `ollama/llama3:8b` or
# `editor.action.inlineSuggest.commit`: letters, digits and `. _ : + - /`,
# starting with a letter or digit, no `@`, no spaces, no `//`.
IDENTIFIER_PATTERN: Final = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._:+-]|/(?=[A-Za-z0-9])){0,79}")
_MAX_SLASHES: Final = 2
# A segment of an identifier outside the vocabulary: letters only, or a short number.
_NAME_SEGMENT: Final = re.compile(r"[A-Za-z]{1,32}\d{0,3}|\d{1,7}")
_SEGMENT_SPLIT: Final = re.compile(r"[._:+/-]+")
_LETTER_PAIR: Final = re.compile(r"[A-Za-z]{2}")
_DATE_OR_ADDRESS: Final = re.compile(r"\d+(?:[-/.:]\d+){2,}|\d{5,}")
_PLATE: Final = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,3}\d{1,4}[A-Z]{1,3}(?![a-z0-9])(?<=\w{5})")
# A long run of mixed letters and digits is a key or a hash, not a name.
_RANDOM_RUN: Final = re.compile(r"(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{24,}")


@dataclass(frozen=True)
class Field:
    """One property an event may carry."""

    name: str
    type: FieldType
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventDef:
    """One event of the catalog."""

    name: str
    kind: Kind
    description: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        """The property named `name`, if the catalog allows it."""
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        return None


CATALOG: Final[Mapping[str, EventDef]] = {
    e.name: e
    for e in (
        EventDef(
            "suggestion_outcome",
            "usage",
            "A suggestion was accepted or rejected (never the code or prompt).",
            (
                Field("outcome", "enum", "accepted or rejected", True, ("accepted", "rejected")),
                Field("model", "identifier", "model name", True),
                Field("provider", "identifier", "model provider"),
                Field("languageId", "identifier", "VS Code language id of the file"),
                Field("surface", "enum", "where it was shown", choices=("inline", "chat", "edit")),
                Field("latencyMs", "count", "time to show the suggestion, ms"),
                Field("linesSuggested", "count", "number of lines suggested"),
            ),
        ),
        EventDef(
            "model_command",
            "usage",
            "A model ran a command (never the prompt or the answer).",
            (
                Field("model", "identifier", "model name", True),
                Field("command", "identifier", "command name", True),
                Field("tokensGenerated", "count", "tokens generated", True),
                Field("promptTokens", "count", "tokens in the prompt"),
                Field("provider", "identifier", "model provider"),
                Field("durationMs", "count", "duration, ms"),
            ),
        ),
        EventDef(
            "error",
            "error",
            "An error in the assistant (message and stack scrubbed).",
            (
                Field("errorType", "identifier", "error class or code", True),
                Field("message", "text", "error message, allow-listed"),
                Field("stack", "stack", "stack trace: safe-root files, lines, functions"),
                Field("component", "identifier", "part of the assistant"),
            ),
        ),
        EventDef(
            "pageview",
            "usage",
            "A view of the assistant was shown.",
            (Field("page", "identifier", "page name", True),),
        ),
        EventDef(
            "feature_used",
            "usage",
            "A feature was used.",
            (Field("feature", "identifier", "feature name", True),),
        ),
    )
}

NEVER_COLLECTED: Final = (
    "code, completions or diffs",
    "prompts and chat content",
    "file names, paths and workspace names",
    "git remotes and repository names",
    "API keys, tokens and passwords",
    "user names, emails and account details",
    "IP addresses (no $ip is sent; GeoIP is disabled)",
    "machine identifiers (the id is a random UUID4 you can delete)",
)


@dataclass(frozen=True)
class Issue:
    """A field that was dropped, clamped or redacted; never carries the value."""

    event: str
    field: str
    reason: str


@dataclass(frozen=True)
class Accepted:
    """An event that passed the catalog, ready to be wrapped and kept."""

    event: str
    kind: Kind
    event_id: str
    timestamp: str
    properties: dict[str, Any]
    issues: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class Rejected:
    """An event that may not be kept; `reason` is a short, value-free code."""

    event: str
    field: str
    reason: str
    issues: tuple[Issue, ...] = ()


def looks_like_identifier(value: str) -> bool:
    """True for a short name like `gpt-4o`; false for paths, emails, prose and keys."""
    if len(value) > MAX_IDENTIFIER_LENGTH:
        return False
    return _identifier_verdict(value)


# Model, provider and command names repeat from one event to the next, and the
# scrubber pass below is most of an event's validation cost (~20 µs each, ~4 per
# event), so verdicts are remembered; the cache is bounded and holds short strings only.
@functools.lru_cache(maxsize=IDENTIFIER_CACHE_SIZE)
def _identifier_verdict(value: str) -> bool:
    if not IDENTIFIER_PATTERN.fullmatch(value) or value.count("/") > _MAX_SLASHES:
        return False
    if _RANDOM_RUN.search(value):
        return False
    from consentry.anonymize import context
    from consentry.anonymize.free_text import allow_list
    from consentry.anonymize.identifiers import is_file_name, joins_unknown_word
    from consentry.anonymize.secrets import is_high_entropy

    # The detectors with what this machine knows: a user or workspace name is no name.
    scrubbed = context.scrubber("scrubbed").scrub_message(value)
    if scrubbed != value:
        return False
    # Made of vocabulary words, or else of plain name segments: language and command ids
    # ("typescriptreact") are names in no word list, but a segment mixing letters and
    # digits outside the vocabulary ("AKIAE5LW7M", half of a key) or a long number is not.
    if not _LETTER_PAIR.search(value) and _DATE_OR_ADDRESS.search(value):
        return False  # a date or an address is no name ("5-20-2021", "0.0.0.0/0")
    if _PLATE.search(value):
        return False  # capitals around digits: a postcode or a plate ("BD62XYZ", "M11AA")
    kept = allow_list(value)
    if kept == value:
        return True
    if "/" in value or FILE in kept or is_file_name(value) or joins_unknown_word(value):
        return False  # a namespace ("someone/model"), a file ("cv.pdf"), a name's phrase
    return not is_high_entropy(value) and all(
        _NAME_SEGMENT.fullmatch(segment) for segment in _SEGMENT_SPLIT.split(value) if segment
    )


# A compound's words: "typescriptreact" is "typescript" and "react".
_MIN_COMPOUND_PART: Final = 3
# The count of a split of two words: the empty start counts one.
_COMPOUND_COUNT: Final = 2


@functools.cache
def _field_names(field: str) -> frozenset[str]:
    """The values a field names from a maintained list: the model registry's providers and
    publishing organisations for ``provider``, the LSP's language ids (`lsprotocol`'s
    ``LanguageKind``, VS Code's own) for ``languageId``; nothing for the others."""
    if field == "provider":
        from consentry.anonymize.models import registry_namespaces

        return registry_namespaces()
    if field == "languageId":
        from lsprotocol.types import LanguageKind

        return frozenset(kind.value for kind in LanguageKind)
    return frozenset()


@functools.lru_cache(maxsize=4096)
def _is_compound(segment: str) -> bool:
    """True when `segment` is two or more vocabulary words of three letters or more run
    together (``typescriptreact``, ``inlinesuggest``); a login (``jkowalski``) is not."""
    from consentry.anonymize.vocabulary import words

    vocabulary = words()
    word = segment.lower()
    # ends[i]: how many words the longest split of word[:i] has (0: none).
    ends = [0] * (len(word) + 1)
    ends[0] = 1
    for i in range(_MIN_COMPOUND_PART, len(word) + 1):
        for j in range(i - _MIN_COMPOUND_PART + 1):
            if ends[j] and word[j:i] in vocabulary:
                ends[i] = max(ends[i], ends[j] + 1)
    return ends[len(word)] > _COMPOUND_COUNT


@functools.lru_cache(maxsize=IDENTIFIER_CACHE_SIZE)
def _names_known(field: str, value: str) -> bool:
    """True when the identifier field's value is made of known names.

    `looks_like_identifier` lets a name outside every word list pass as one segment
    ("typescriptreact", "copilot"); in a field other than ``model`` that is also where a
    person's name or login would stand (``jkowalski``, ``wieslawa.domanska``). So each
    segment must be a vocabulary word, a name of the field's own list (`_field_names`),
    or a compound of vocabulary words; a segment outside all of these passes only when
    at least two known segments stand beside each one of them
    (``github.copilot.generate``: a command's publisher and verb name it).
    """
    from consentry.anonymize.free_text import allow_list

    known = _field_names(field)
    if value.lower() in known or allow_list(value) == value:
        return True
    segments = [s for s in _SEGMENT_SPLIT.split(value) if s]
    unknown = sum(
        1
        for segment in segments
        if not (
            segment.lower() in known
            or allow_list(segment) == segment
            or (segment.isalpha() and _is_compound(segment))
        )
    )
    return unknown == 0 or len(segments) - unknown >= 2 * unknown


def forget_verdicts() -> None:
    """Drop the remembered identifier verdicts (the machine facts changed)."""
    _identifier_verdict.cache_clear()
    _names_known.cache_clear()


def event_name(params: object) -> str:
    """The event name as it may appear in logs and counts: a catalog name or `<unknown>`."""
    event = params.get("event") if isinstance(params, Mapping) else None
    return event if isinstance(event, str) and event in CATALOG else "<unknown>"


def json_size(value: object, limit: int = MAX_EVENT_JSON) -> int:
    """About how many characters `value` (decoded JSON) takes as compact JSON.

    Counted from string lengths and container sizes, without encoding anything, and
    without recursion (nesting depth costs nothing but budget). It stops as soon as
    the count passes `limit`, so the cost is bounded by `limit`, not by the value:
    any return above `limit` means only "too large". Exact for ASCII text without
    escapes; integers are counted by their bit length, other scalars as 24.
    """
    size = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is dict:
            size += 1 + 4 * len(item) if item else 2  # braces, quotes, colons, commas
            if size > limit:
                return size
            # Flat values are counted in place: most events are two flat levels deep.
            for key, child in item.items():
                size += len(key) if type(key) is str else 24
                if type(child) is str:
                    size += len(child) + 2
                elif type(child) is int:
                    size += child.bit_length() // 3 + 1
                else:
                    stack.append(child)
        elif type(item) is list:
            size += 1 + len(item) if item else 2
            if size > limit:
                return size
            stack.extend(item)
        elif type(item) is str:
            size += len(item) + 2
        elif type(item) is int:
            size += item.bit_length() // 3 + 1
        else:
            size += 24
        if size > limit:
            return size
    return size


def _check_field(
    event: str,
    spec: Field,
    value: Any,
    scrubber: Scrubber | None = None,
    known_models: frozenset[str] = frozenset(),
) -> tuple[Any, Issue | None]:
    known_models = frozenset(m.lower() for m in known_models)
    """The value to keep (None: drop it) and what happened to it."""
    if spec.type == "count":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None, Issue(event, spec.name, "wrong-type")
        if value != value or value < 0:  # NaN or negative
            return None, Issue(event, spec.name, "out-of-range")
        if value > MAX_COUNT:
            return MAX_COUNT, Issue(event, spec.name, "clamped")
        return int(value), None
    if not isinstance(value, str):
        return None, Issue(event, spec.name, "wrong-type")
    if spec.type == "enum":
        if value not in spec.choices:
            return None, Issue(event, spec.name, "not-allowed")
        return value, None
    if spec.type == "identifier" and spec.name == "model":
        from consentry.anonymize.identifiers import CUSTOM_MODEL, model_id

        if value.lower() in known_models:
            return value, None  # the profile lists it
        if len(value) > MAX_IDENTIFIER_LENGTH or not looks_like_identifier(value):
            return CUSTOM_MODEL, Issue(event, spec.name, "redacted")
        model = model_id(value, known_models)
        return model, (Issue(event, spec.name, "redacted") if model != value else None)
    if spec.type == "identifier":
        if looks_like_identifier(value) and _names_known(spec.name, value):
            return value, None
        return REDACTED, Issue(event, spec.name, "redacted")
    scrub = scrubber or _scrubber()
    cleaned = scrub.scrub_stack(value) if spec.type == "stack" else scrub.scrub_message(value)
    if not cleaned:
        return None, Issue(event, spec.name, "dropped")  # free_text "none": no message
    return cleaned, (Issue(event, spec.name, "scrubbed") if cleaned != value else None)


def _timestamp(raw: object, now: datetime) -> str | None:
    if raw is None:
        return now.isoformat()
    if isinstance(raw, str) and len(raw) <= 64:
        try:
            parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC).isoformat()
    return None


def validate(
    params: object,
    now: datetime | None = None,
    *,
    scrubber: Scrubber | None = None,
    known_models: frozenset[str] = frozenset(),
) -> Accepted | Rejected:
    """Judge the params of one `consentry/track` against the catalog.

    Unknown events and missing or unusable required fields reject the event;
    unknown properties are dropped; identifiers that do not look like names
    become `<redacted>` (a model id outside the registry, `known_models` and the
    safe-segment rule becomes `custom`); free text is scrubbed by `scrubber` (the
    default one when None: no machine facts, free text by allow-list). An `id` that is
    not an RFC 9562 UUID is replaced by a new random one (issue `replaced`), never
    echoed. Fail closed: if scrubbing raises, the event is rejected.
    """
    if not isinstance(params, Mapping):
        return Rejected("<unknown>", "params", "not-an-object")
    name = event_name(params)
    definition = CATALOG.get(name)
    if definition is None:
        return Rejected(name, "event", "unknown-event")
    from consentry.anonymize.identifiers import event_id as checked_event_id

    event_id, replaced = checked_event_id(params.get("id"))
    timestamp = _timestamp(params.get("timestamp"), now or datetime.now(UTC))
    if timestamp is None:
        return Rejected(name, "timestamp", "wrong-type")
    raw = params.get("properties", {})
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        return Rejected(name, "properties", "not-an-object")
    issues: list[Issue] = [Issue(name, "id", "replaced")] if replaced else []
    kept: dict[str, Any] = {}
    for key in raw:
        if definition.field(key) is None:
            issues.append(Issue(name, "<unknown>", "unknown-property"))
    for spec in definition.fields:
        if spec.name not in raw:
            if spec.required:
                return Rejected(name, spec.name, "missing", tuple(issues))
            continue
        try:
            value, issue = _check_field(name, spec, raw[spec.name], scrubber, known_models)
        except Exception:  # fail closed: a scrubber fault drops the event
            return Rejected(name, spec.name, "scrub-failed", tuple(issues))
        if issue is not None:
            issues.append(issue)
        if value is None:
            if spec.required:
                return Rejected(
                    name, spec.name, issue.reason if issue else "missing", tuple(issues)
                )
            continue
        kept[spec.name] = value
    return Accepted(name, definition.kind, event_id, timestamp, kept, tuple(issues))
