"""What was hidden once is hidden everywhere: a name's other occurrences in the same text.

Scrubbing judges each occurrence where it stands, so the same name can be hidden in one
place and kept in another: the container a command line names (`--name
greenleaf-crm-postgres`, hidden as a flag's value) that the daemon's error repeats
("endpoint greenleaf-crm-postgres"), the table a query names inside a hidden SQL
statement and an error quotes, the script whose path became `<path>` and whose name the
next frame prints. The kept occurrence gives away what the hidden one kept back.

`hide_repeats` compares a text with what scrubbing made of it. Every replacement wrote a
placeholder, so the text between placeholders is the input's own, in order: what each
placeholder stands for is found by aligning that kept text with the input. The names in
those hidden stretches are six characters or more, joined by "-" or "_", or with digits
or a capital inside, and:
- a value a placeholder stands for alone (a flag's value, a quoted table, a secret, a
  word the allow-list did not know) is a name unless the vocabulary holds it whole;
- the words joined by "-" or "_" in such a value, and the names in someone's code or
  prose (`<code>`, `<text>`), are names unless all their words are software's
  ("harbor-light-order-events" of a queue's "harbor-light-order-events.fifo",
  "notifyCrewLead"; not "pad_token");
- a name elsewhere in a longer stretch (a path, a host) was hidden with the rest, and is
  a name only with a word the vocabulary lacks ("pinecrest_ledger"; not "inlineSuggest"
  of a cut command id, "sha256", "us-central1-a").
They are hidden wherever the scrubbed text still holds them, in any case, also where
"-", "_" or "." joins them to more ("acme-clinic" in "acme-clinic_default"). When the
alignment fails (a rewrite that left no placeholder, a URL's query values), nothing
more is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from consentry.anonymize.placeholders import PLACEHOLDER_SHAPE, REDACTED
from consentry.anonymize.vocabulary import identifier_parts

# A placeholder as the stages write it (`consentry.anonymize.placeholders`).
_PLACEHOLDER_SPLIT_RE: Final = re.compile(f"({PLACEHOLDER_SHAPE})")
# A name in a hidden stretch: letters and digits joined by "-" or "_", or one run of them
# with a digit or an inner capital; judged further by `_is_name`.
_CANDIDATE = r"[A-Za-z0-9]+(?:[-_]+[A-Za-z0-9]+)*"
# Those of six characters or more holding a "-", a "_", a digit or a capital after a
# letter, found in one scan (`_is_name` then judges each).
_MIN_NAME: Final = 6
_NAME_SHAPED_RE: Final = re.compile(
    rf"(?<![\w-])(?=[\w-]{{{_MIN_NAME}}})(?=[A-Za-z0-9]*(?:[-_0-9]|[A-Za-z][A-Z])){_CANDIDATE}"
)
_JOINED_OR_DIGITS_RE: Final = re.compile(r"[-_0-9]")
# The placeholders of a value judged by itself, and that value, quotes and brackets aside.
_JUDGED: Final = frozenset({"<redacted>", "<user>", "<name>", "<id>", "<secret>"})
_ALONE_RE: Final = re.compile(r"[\s'\"`(\[]*([A-Za-z0-9]+(?:[-_.]+[A-Za-z0-9]+)*)[\s'\"`)\],.:;]*")
# The placeholders of someone's code and prose.
_WRITTEN: Final = frozenset({"<code>", "<text>"})
# At most this many names are looked for in one text: a hidden stretch of code can hold
# hundreds of identifiers, and each one found costs a search of the text.
_MAX_NAMES: Final = 64


def hidden_stretches(before: str, after: str) -> list[tuple[str, str]] | None:
    """The stretches of `before` that the placeholders of `after` stand for, in order,
    each with its placeholder.

    Adjacent placeholders ("<path><secret>") stand for one stretch together, with the
    placeholder "". None when `after` is not `before` with stretches replaced by
    placeholders.
    """
    # The kept texts and the placeholders between them, alternately: one split, whose
    # search the engine leads with the literal "<".
    pieces = _PLACEHOLDER_SPLIT_RE.split(after)
    if len(pieces) == 1:
        return [] if after == before else None
    first = pieces[0]
    if not before.startswith(first):
        return None
    stretches: list[tuple[str, str]] = []
    at = len(first)  # `before` is aligned up to here
    hidden_from = at  # where the open stretch began in `before`
    placeholder = pieces[1]
    last = len(pieces) - 1
    for index in range(2, last + 1, 2):
        kept = pieces[index]
        if not kept:
            if index < last:
                placeholder = ""  # the next placeholder follows at once: one stretch
            continue
        if index == last:
            # The text's end: the stretch runs up to the kept tail.
            end = len(before) - len(kept)
            if end <= hidden_from or not before.endswith(kept):
                return None
            stretches.append((before[hidden_from:end], placeholder))
            return stretches
        # The open stretch ends where the kept text resumes: its first occurrence after
        # one character at least (a placeholder stands for something).
        found = before.find(kept, hidden_from + 1)
        if found < 0:
            return None
        stretches.append((before[hidden_from:found], placeholder))
        at = found + len(kept)
        hidden_from, placeholder = at, pieces[index + 1]
    # The text ends with a placeholder.
    if len(before) <= hidden_from:
        return None
    stretches.append((before[hidden_from:], placeholder))
    return stretches


def names_in(
    stretches: list[tuple[str, str]],
    lowered: str,
    is_word: Callable[[str], bool],
    is_software_word: Callable[[str], bool],
) -> list[str]:
    """The names the hidden `stretches` hold (see the module docstring) that the
    lower-cased text `lowered` still holds, longest first.

    `is_word` says whether a lower-case word is one of the vocabulary, `is_software_word`
    whether it is one of software's.
    """
    names: set[str] = set()
    for stretch, placeholder in stretches:
        alone = _ALONE_RE.fullmatch(stretch) if placeholder in _JUDGED else None
        if alone is not None:
            value = alone.group(1)
            key = value.lower()
            if _is_name(value) and key in lowered and not is_word(key):
                names.add(value)
        for candidate in _NAME_SHAPED_RE.findall(stretch):
            # The search of the text after the cheaper tests of the shape: most of what
            # was hidden is gone from the text.
            if not _is_name(candidate) or candidate.lower() not in lowered:
                continue
            # Someone's code or prose, and the words joined by "-" or "_" of a value judged
            # by itself: their names are their own unless made of software's words
            # ("harbor-light-order-events" of a queue's "harbor-light-order-events.fifo").
            # Elsewhere ("editor.action.inlineSuggest.commi", a cut command's id), of
            # the vocabulary's.
            joined = "-" in candidate or "_" in candidate
            mine = placeholder in _WRITTEN or (alone is not None and joined)
            known = is_software_word if mine else is_word
            parts = [p.lower() for p in identifier_parts(candidate) if not p.isdigit()]
            if not all(known(part) or len(part) <= 2 for part in parts):
                names.add(candidate)
    return sorted(names, key=len, reverse=True)[:_MAX_NAMES]


def _is_name(candidate: str) -> bool:
    if len(candidate) < _MIN_NAME or candidate.isdigit():
        return False
    # One run of letters is a name only with a capital inside ("notifyCrewLead").
    return _JOINED_OR_DIGITS_RE.search(candidate) is not None or not (
        candidate[1:].islower() or candidate.isupper()
    )


def hide_repeats(
    before: str,
    after: str,
    is_word: Callable[[str], bool],
    is_software_word: Callable[[str], bool],
) -> str:
    """`after` (what scrubbing made of `before`) with the names it hid somewhere hidden
    wherever else it still holds them (`names_in`)."""
    if after == before or "<" not in after:
        return after
    stretches = hidden_stretches(before, after)
    if not stretches:
        return after
    lowered = after.lower()
    present = names_in(stretches, lowered, is_word, is_software_word)
    if not present:
        return after
    pattern = "|".join(re.escape(name) for name in present)
    return re.sub(rf"(?<![^\W_])(?:{pattern})(?![^\W_])", REDACTED, after, flags=re.IGNORECASE)
