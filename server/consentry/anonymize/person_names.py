"""Person names in prose, known by the name lists of the US Census.

The allow-list keeps every word of wordfreq's English list, and that list holds the
common given names and surnames: "Hello John Smith" passed it whole. These rules, run
among the scrubber's detectors, replace a name where its own shape says it is one.

The source is the `names` package (MIT), which ships the 1990 US Census lists: 1,219
male and 4,275 female given names and 88,799 surnames, each with its share of the
population and its rank. It is read as files, not imported. Where it is not installed
the rules find nothing (the allow-list alone judges the words, as before).

- A given name followed by a surname, both capitalised, with or without a middle initial
  ("John Smith", "Sarah J. Connor", "O'Brien", "McDonald", "Smith-Jones"), or by an
  initial and a dot ("John S.") becomes ``<name>``: both words. So does a given name
  before a capitalised word of no list ("Maria Kowalczyk": the allow-list would remove
  the surname and keep the given name), and a word of no list before a surname that is
  no common English word ("Xochitl Gonzalez"; not "Presorted Key", "Diacritical Marks").
  Words apart by a comma or a colon are no pair ("Paris, France", "Smith, John").
- A given name alone after a greeting or an address word ("Hi Maria,", "Dear Maria",
  "Thanks, Maria", "cc Maria", "assigned to Maria", "reported by Maria") becomes
  ``<name>``. Greetings count capitalised, as they open a text or a line; in lower case
  only "cc", "assigned to" and "by" do (each is a search of the whole text).
- A login made of a given name and a surname, ``first.last``, ``first_last``,
  ``first-last`` or ``FirstLast`` ("john.smith", "Maria_Garcia", "BobStevens"), or of a
  surname and initials ("j.smith", "DUPONT_J"), becomes
  ``<user>`` in the allow-list (`is_name_login`;
  a chunk the vocabulary alone would keep, judged once and cached).

What keeps products, places and prose (over-redaction is the cost measured against):

- Given names that are also common English words are taken only when they are common
  as names: an English Zipf frequency of `consentry.anonymize.vocabulary.COMMON_ZIPF` or
  more needs a census share of `MIN_WORD_NAME_SHARE` % or more ("Mark", "Grace", "Bill"
  stay names; "Will", "Summer", "Art", "Page", "King" and the census's stray entries
  "In", "So", "Many" do not). Month names are no given names ("by June", "May 4"), but
  may be surnames after one ("Theresa May"); weekday names and the abbreviations of
  both are neither ("Thu Jan 1"; "Jan Smith" is lost).
- A pair is a product, not a person, when its second word is a software word of the
  vocabulary (`consentry.anonymize.vocabulary.software_words`: the technical
  dictionaries, Python's and the LSP's names, the model registry, the editors) and
  either its first word is one too ("Claude Code", "Claude Sonnet", "Ruby Gems", "Max
  Power") or the second is no common surname (a rank above `COMMON_SURNAME_RANK`:
  "Code" is the 38,357th). A common surname that software also names still makes a
  person after a plain given name ("Walter White", "Chris Young"; "Julia Lang" too).
  No list of product names is kept: none is maintained that holds the assistants'.
- Beyond the census (whose 1990 given names miss most of the world's: "Rahul", "Tiago",
  "Mikael"): a first word that is no common English word and no software word counts
  as a given name before a surname that is no common word ("Rahul Sharma") or a word of
  no list ("Mikael Åhlén"), and a given name after such a word is a surname written
  first ("Petrov Nikita"). A word of no list at all, of one hump and without an
  adjective's ending, counts before any surname, those that web text writes as often as
  a common word among them ("Vishwajeet Singh", "Saurabh Tiwari"). Further surnames
  join the name ("Andreas Damgaard Pedersen"), an initial may lack its dot ("John A
  Edwards"). Letters with diacritics
  are letters of a name, and the lists are read without them ("Jérémy" is "jeremy").
  A given name that English also writes as a common word ("Will", "Hunter", "Rich")
  counts before a surname that is no common word or before a word of no list ("Hunter
  Schwartz", "Will Kowalczyk"; not "Will Retry", "Grace Period").
  Words in capitals are judged as the same words capitalised ("JAMES TANNER", "Alain
  KHALIL"); one of `MAX_CAPS_ACRONYM` letters or fewer that no census list holds as a
  name is an acronym and ends a name ("HTTP GET", "RPM TPM").
- A given name alone is taken only after a greeting or an address word, and not when it
  is a software word ("by Claude", "assigned to Ruby" stay); "Devin", "Jules", "Grace"
  written as a product's name, not after such a word, are left to the allow-list.
- A login's parts must both be names and neither a software word ("max_length",
  "page.title", "grant_type" stay), and it must not be an attribute or a file name
  ("self.john_smith", "john.smith.py").

Measured on the names of people who write software (`tests.corpus.authors`: the commit
authors of public histories): of 4,183 full names in seven projects' histories (tune),
32.4 % let a part of three letters or more through before the rules beyond the census,
the words in capitals and the given names that are also words, 9.6 % after; of 2,613
in three other projects' histories (holdout), 33.7 % and 8.6 %. The benign corpus
unchanged; over 6,609 library string literals holding a capitalised pair, some 155 more
spans taken, about half of them no person's (Unicode script names, "Literate Haskell",
"Rich Fira Code", "Absoft Corp"). When the census rules were written: the benign corpus unchanged
(tune 1255/1283, held-out 206/213); over 157,956
string literals of the standard library, the installed packages and node_modules about
160 distinct spans change, some 12 of them no person's ("Monte Carlo", "Deja Vu Sans",
Unicode script names such as "Tai Tham"); of 2,000 pairs drawn from names-dataset's
lists, 471 let a part through before, 268 after. A given name alone as a sentence's
subject ("John is a cat") is not taken: "Devin is working" is written the same way.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

from consentry.anonymize.placeholders import NAME
from consentry.anonymize.vocabulary import MAX_FRAGMENT, HashedWords

__all__ = [
    "ADDRESSED_RE",
    "ADDRESS_STARTS",
    "COMMON_SURNAME_RANK",
    "MAX_CAPS_ACRONYM",
    "MIN_WORD_NAME_SHARE",
    "NAME_RUN_RE",
    "Surnames",
    "addressed_name",
    "census_names_among",
    "given_names",
    "is_listed_name",
    "is_name_login",
    "load",
    "name_run",
    "surnames",
]

# A given name that English writes as a word (`consentry.anonymize.vocabulary.COMMON_ZIPF`)
# counts as a name only when this share (per cent) of people bear it: "Mark" 0.938,
# "Grace" 0.189 and "Max" 0.059 do; "Will" 0.018, "Summer" 0.017 and "In" 0.003 do not.
MIN_WORD_NAME_SHARE: Final = 0.02
# The commonest surnames, by census rank: "White" 14, "Young" 28, "Long" 86, "Page" 318.
COMMON_SURNAME_RANK: Final = 1000
_MONTHS: Final = frozenset(
    (
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
    )
)
# Weekdays and the abbreviations dates are written with ("Thu Jan  1 00:00:00 1970"):
# never a given name nor a surname. A month's full name may be a surname after a given
# name ("Theresa May"), never a given name ("by June", "May 4").
_DATE_WORDS: Final = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov"),
        *("dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    )
)


def _census_rows(file: str) -> Iterator[tuple[str, float]]:
    """One census list's names in lower case with their share in per cent, commonest
    first (each line: a name, its share, the running share, its rank); none where the
    package is not installed. Read a line at a time: the surnames' 3 MB read whole, and
    lower-cased, left some 6 MB more resident for the server's life."""
    spec = importlib.util.find_spec("names")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        return
    path = Path(next(iter(spec.submodule_search_locations))) / file
    try:
        with path.open(encoding="ascii") as lines:
            for line in lines:
                fields = line.split()
                if len(fields) >= 2 and fields[0].isalpha():
                    yield fields[0].lower(), float(fields[1])
    except (OSError, ValueError):
        return


def census_names_among(words: Iterable[str]) -> set[str]:
    """Those of `words` (lower case) that a census list holds as a given name or a
    surname. The surnames are `surnames`, which name judging keeps anyway; the given
    names are read a line at a time, as `given_names` filters its own by the vocabulary,
    which is still being read when this is asked."""
    wanted = set(words)
    found = {w for w in wanted if w in surnames()}
    for file in ("dist.male.first", "dist.female.first"):
        found.update(name for name, _ in _census_rows(file) if name in wanted)
    return found


@functools.cache
def _given() -> tuple[HashedWords, HashedWords, HashedWords]:
    """The census's given names (lower case) that are more a name than a word, those of
    them that are no software word either (they may stand alone after a greeting), and
    those that English also writes as common words ("will", "hunter", "rich"; two-letter
    ones such as "an" and "vi" aside). Months and weekdays are none of them."""
    from consentry.anonymize.vocabulary import common_words, software_words

    share: dict[str, float] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for name, percent in _census_rows(file):
            if name not in _MONTHS and name not in _DATE_WORDS:
                share[name] = max(share.get(name, 0.0), percent)
    common = common_words()
    names = [
        name
        for name, percent in share.items()
        if name not in common or percent >= MIN_WORD_NAME_SHARE
    ]
    software = software_words()
    return (
        HashedWords(names),
        HashedWords(n for n in names if n not in software),
        HashedWords(n for n in share if n in common and len(n) > MAX_FRAGMENT),
    )


def given_names() -> HashedWords:
    """The census's given names (lower case) that are more a name than a word."""
    return _given()[0]


def _lone_given_names() -> HashedWords:
    """Given names that may stand alone after an address word: no software word."""
    return _given()[1]


def _word_given_names() -> HashedWords:
    """Given names that English also writes as common words ("will", "hunter")."""
    return _given()[2]


def is_listed_name(key: str) -> bool:
    """True when `key` (lower case) is a census given name that is more a name than a
    word, or a census surname."""
    return key in given_names() or key in surnames()


class Surnames(HashedWords):
    """The census's surnames (lower case) as `HashedWords`, and the commonest of them
    (`COMMON_SURNAME_RANK`) as strings: 88,799 strings in a set would take some 10 MB of a
    server that idles under 50 MB, their hashes take 0.7 MB."""

    __slots__ = ("common",)

    def __init__(self, ranked: Iterable[str]) -> None:
        # The lines are in rank order (ties are ranked apart): a name's rank is its line's.
        found = iter(ranked)
        self.common = frozenset(itertools.islice(found, COMMON_SURNAME_RANK))
        super().__init__(itertools.chain(self.common, found))


@functools.cache
def surnames() -> Surnames:
    """The census's surnames (lower case)."""
    return Surnames(name for name, _ in _census_rows("dist.all.last"))


def load() -> None:
    """Read the name lists now (~0.1 s, once) rather than at the first name judged."""
    _given()
    surnames()


def _is_surname(word: str, first: str) -> bool:
    """True when `word` (as written) is a surname after the given name `first`."""
    from consentry.anonymize.vocabulary import software_words

    key = _fold(word.replace("'", ""))
    if "-" in key:
        key = key.split("-", 1)[0]  # "Smith-Jones"
    if key in _DATE_WORDS or key not in surnames():
        return False
    software = software_words()
    # A product's name ("Claude Code", "Ruby Gems") is no person's.
    return key not in software or (first.lower() not in software and key in surnames().common)


# A capitalised word as names are written: "Maria", "McDonald", "O'Brien", "Smith-Jones".
# Latin letters with diacritics count ("Jérémy", "Åhlén", "Łukasz"); Latin Extended-A
# holds capitals and small letters side by side, and is taken as both.
_UP: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOW: Final = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_WORD: Final = rf"(?:[{_UP}]')?+[{_UP}][{_LOW}]++(?:[{_UP}][{_LOW}]++)?+(?:-[{_UP}][{_LOW}]++)?+"
# Greetings written capitalised, which make a run with the name after them ("Hi Maria",
# "Thanks, Maria", "Cc: Maria"); a comma or a colon between two words is allowed after
# these only.
_GREETINGS: Final = frozenset(
    ("hi", "hello", "hey", "dear", "thanks", "thx", "cheers", "cc", "bcc", "attn")
)
_RUN_WORD_RE: Final = re.compile(rf"{_WORD}|[{_UP}]\.?+(?![\w.])")


def _unknown(word: str) -> bool:
    """True for a word the allow-list would not keep: a name of no list, most often."""
    from consentry.anonymize.vocabulary import is_known_identifier

    return "'" not in word and not is_known_identifier(word)


# Letters the census lists spell otherwise, where taking the accent off is not enough.
_SPELT_OUT: Final = str.maketrans(
    {"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "þ": "th", "ð": "d"}
)


def _fold(word: str) -> str:
    """`word` in lower case as the census lists spell it: "Jérémy" → "jeremy"."""
    key = word.lower()
    if key.isascii():
        return key
    decomposed = unicodedata.normalize("NFKD", key.translate(_SPELT_OUT))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_VERB_ENDINGS: Final = ("ing", "ed", "es")


def _rare_first(word: str) -> bool:
    """True for a first word that may be a given name of no census list: no common
    English word and no software word ("Rahul", "Tiago"; not "Bad", "Visual", "Azure")."""
    from consentry.anonymize.vocabulary import common_words, inflects, software_words

    key = _fold(word)
    if _unknown(word):
        return True
    common = common_words()
    # Nor a verb's form of a common word ("Combining", "Handles", "Banded"); "-er" and
    # "-s" make given names ("Rainer", "Sander", "Andrews").
    verb_form = key.endswith(_VERB_ENDINGS) and inflects(key, common)
    return key not in common and key not in software_words() and not verb_form


def _pair_end(
    words: list[tuple[int, int, str]], i: int, run: str, labelled: bool = False
) -> int | None:
    """The index of the word that ends a person's name starting at `words[i]`, or None.
    `labelled`: a colon follows the run, whose last word is then a label's."""
    from consentry.anonymize.vocabulary import software_words

    first = words[i][2]
    if first.endswith("."):
        # An initial before a surname that is no word ("P. Sharma", "J. Kowalczyk").
        last = words[i + 1][2]
        between = run[words[i][1] : words[i + 1][0]]
        if (
            len(first) == 2
            and not _initial(last)
            and between.strip() == ""
            and _fold(last) not in software_words()
            and _plain_surname(last, _fold(last), first)
        ):
            return _more_surnames(words, i + 1, run)
        return None
    j = i + 1
    # A middle initial: "Sarah J. Connor", "John A Edwards".
    if _initial(words[j][2]) and j + 1 < len(words) and not _initial(words[j + 1][2]):
        j += 1
    between = run[words[i][1] : words[j][0]]
    if (
        between.strip() == ","
        and j == i + 1
        # "Lindgren, Committer: …": the last word a label's, before a colon.
        and not run.startswith(":", words[j][1])
        and not (labelled and j == len(words) - 1)
        and _surname_then_given(first, words[j][2])
    ):
        return j  # "Sharma, Priya": a directory's or a ticket's order
    if "," in between or ":" in between:
        return None  # "Paris, France", "Smith, John", "Error: Connor": not one name
    last = words[j][2]
    first_key = _fold(first)
    if first_key in given_names():
        # The second word a surname, an initial ("John S."), or a word of no list that
        # the allow-list removes anyway ("Maria Kowalczyk": "Maria" would stay alone).
        if _initial(last) or _is_surname(last, first) or _unknown(last):
            return _more_surnames(words, j, run)
        return None
    if _initial(last):
        return None
    key = _fold(last)
    if first_key in _word_given_names():
        # A given name that is also a word ("Hunter Schwartz", "Will Kowalczyk"; not
        # "Will Retry", "Grace Period", "Mark Down").
        return _more_surnames(words, j, run) if _plain_surname(last, key, first) else None
    if not _rare_first(first):
        return None
    # The surname first ("Sobolev Nikita", "Kumar Aditya"): a given name after a rare
    # word, unless software names it too ("Sourcegraph Cody").
    if key in given_names() and key not in software_words():
        return j
    # A rare word before a plain surname ("Xochitl Gonzalez", "Rahul Sharma", "Mikael
    # Åhlén"; not "Presorted Key", "Diacritical Marks").
    if _plain_surname(last, key, first):
        return _more_surnames(words, j, run)
    # A word of no list at all before any surname, those that web text writes as often
    # as a common word among them ("Vishwajeet Singh", "Saurabh Tiwari"): no product
    # (one hump: not "AppStream Fleet") and no adjective's ending ("Pythonic Way").
    if (
        _unknown(first)
        and first[1:].islower()
        and not first_key.endswith(_ADJECTIVE_ENDINGS)
        and _is_surname(last, first)
    ):
        return _more_surnames(words, j, run)
    return None


def _surname_then_given(first: str, last: str) -> bool:
    """True for a surname and a given name written with a comma between ("Sharma,
    Priya"), each no common English word and no software word."""
    from consentry.anonymize.vocabulary import common_words, software_words

    surname, given = _fold(first), _fold(last)
    return (
        _rare_surname(surname)
        # A census given name, or a word no common or software word ("Priya", "Tiago").
        and ((given in given_names() and given not in _word_given_names()) or _rare_first(last))
        and given not in common_words()
        and given not in software_words()
    )


_ADJECTIVE_ENDINGS: Final = (
    "ical",
    "ous",
    "ive",
    "able",
    "ible",
    "ful",
    "less",
    "ly",
    "ing",
    "ed",
    "ary",
    "ic",
)


def _plain_surname(word: str, key: str, first: str) -> bool:
    """True when `word` (`key` folded) after `first` is a word of no list, which the
    allow-list removes anyway, or a surname that is no common English word."""
    from consentry.anonymize.vocabulary import common_words

    return _unknown(word) or (key not in common_words() and _is_surname(word, first))


def _initial(word: str) -> bool:
    """An initial in a name: a capital alone or with a dot ("J.", "J")."""
    return word.endswith(".") or len(word) == 1


def _more_surnames(words: list[tuple[int, int, str]], j: int, run: str) -> int:
    """Where a name ending at `words[j]` ends with the surnames that follow it
    ("Andreas Damgaard Pedersen", "Maria Garcia Lopez"): words of no list and surnames
    that are no common English word."""
    from consentry.anonymize.vocabulary import common_words

    while j + 1 < len(words):
        between = run[words[j][1] : words[j + 1][0]]
        word = words[j + 1][2]
        if "," in between or ":" in between or _initial(word):
            break
        key = _fold(word)
        if not (_unknown(word) or (key not in common_words() and key in surnames())):
            break
        j += 1
    return j


def _name_spans(run: str, labelled: bool = False) -> list[tuple[int, int]]:
    """Where in a run of capitalised words a person's name stands: a given name and a
    surname, or a given name alone after a greeting. `labelled`: a colon follows the run."""
    words = [(w.start(), w.end(), w.group(0)) for w in _RUN_WORD_RE.finditer(run)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words) - 1:
        end = _pair_end(words, i, run, labelled)
        if end is not None:
            spans.append((words[i][0], words[end][1]))
            i = end + 1
            continue
        following = words[i + 1][2]
        if (
            words[i][2].lower() in _GREETINGS
            and following.lower() in _lone_given_names()
            and (i + 2 == len(words) or _pair_end(words, i + 1, run) is None)
        ):
            spans.append((words[i + 1][0], words[i + 1][1]))
            i += 2
            continue
        i += 1
    return spans


def _with_names(text: str, spans: list[tuple[int, int]]) -> str:
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(NAME)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# Two or more capitalised words, words in capitals or initials (with a dot or alone)
# apart by blanks, judged pair by pair. Not inside a dotted name, a path or an address
# ("os.Path Join", "@Maria Smith" is an e-mail's or a handle's business). Words in
# capitals are how forms and sign-up pages make people write their names ("JAMES
# TANNER", "Alain KHALIL"). For speed: it starts with its capital (the look-behind after
# it), so that the engine tries the capitals of a text only; its repetitions are
# possessive (a word is never given back letter by letter).
_CAPS_WORD: Final = rf"[{_UP}]{{2,}}+(?:-[{_UP}]{{2,}}+)?+"
NAME_RUN_RE: Final = re.compile(
    rf"[{_UP}](?<![\w.@/\\-][{_UP}])(?:[{_UP}]++(?:-[{_UP}]{{2,}}+)?+|(?:'[{_UP}])?+[{_LOW}]++"
    rf"(?:[{_UP}][{_LOW}]++)?+(?:-[{_UP}][{_LOW}]++)?+)"
    rf"(?:[,:]?+[ \t]++(?:{_CAPS_WORD}|{_WORD}|[{_UP}]\.?+(?![\w.])))++(?![\w@/\\]|\.\w)"
)
# Words in capitals this short are acronyms ("TPM", "OOM", "GPU") unless a census list
# holds them as a name ("LEE", "ZHU", "KANG").
MAX_CAPS_ACRONYM: Final = 4


def name_run(m: re.Match[str], _ctx: object = None) -> str:
    """A run of capitalised words with each person's name in it as ``<name>``: a given
    name and a surname, or a given name alone after a greeting.

    Words in capitals are judged capitalised ("TANNER" as "Tanner"); a short one that no
    census list holds as a name is an acronym ("HTTP", "TPM"), which ends a name."""
    run = m.group(0)
    labelled = m.string.startswith(":", m.end())
    if not any(_in_capitals(w) for w in run.split()):
        found = _name_spans(run, labelled)
        return _with_names(run, found) if found else run
    titled = list(run)
    # The stretches between acronyms, judged apart once every word is capitalised.
    segments: list[tuple[int, int]] = []
    segment_start = 0
    for word in re.finditer(r"\S+", run):
        text = word.group(0)
        if not _in_capitals(text):
            continue
        key = _fold(text)
        if len(text) <= MAX_CAPS_ACRONYM and not is_listed_name(key):
            # An acronym: the names on either side of it are judged apart.
            segments.append((segment_start, word.start()))
            segment_start = word.end()
            continue
        titled[word.start() + 1 : word.end()] = text[1:].lower()
    segments.append((segment_start, len(run)))
    joined = "".join(titled)
    spans = [
        (start + a, start + b)
        for start, end in segments
        if end - start > 1
        for a, b in _name_spans(joined[start:end], labelled and end == len(run))
    ]
    return _with_names(run, spans) if spans else run


def _in_capitals(word: str) -> bool:
    """A word in capitals, not an initial ("TANNER", "KHALIL,"; not "J.")."""
    return word.isupper() and sum(c.isalpha() for c in word) > 1


# A given name after a word that names a person in lower case ("cc Maria", "assigned to
# Maria", "reported by Maria"); greetings are written capitalised and make a run of
# `NAME_RUN_RE` with the name ("Hi Maria", "Thanks, Maria"). The lead is kept; the name
# must end there (not "by Maria-DB", "cc Maria.txt").
ADDRESSED_RE: Final = re.compile(
    r"(?P<lead>(?<![\w-])(?:cc[ \t]*:?|assigned[ \t]+to|by)[ \t]+)"
    r"(?:(?P<name>[A-Z][a-z]+)|(?P<given>[a-z]{2,20})[ \t]+(?P<surname>[a-z]{2,30}))"
    r"(?![\w@/\\-]|\.\w)"
)
# What every match of `ADDRESSED_RE` starts with, where it is tried: each is a search of
# the whole text, three of them cost a third of a scan by a pattern.
ADDRESS_STARTS: Final = ("cc", "assigned", "by ")


def addressed_name(m: re.Match[str], _ctx: object = None) -> str:
    """``<name>`` for a given name after a greeting or an address word, or a given name
    and a surname written in lower case ("assigned to priya sharma"), else the match."""
    if m.group("name") is None:
        given, surname = m.group("given"), m.group("surname")
        if not (_foreign_pair(given, surname) or _census_pair(given, surname)):
            return m.group(0)
    elif m.group("name").lower() not in _lone_given_names():
        return m.group(0)
    return m.group("lead") + NAME


def _census_pair(given: str, surname: str) -> bool:
    """True for a census given name that is no word and a census surname that is no
    common or software word ("maria garcia"; not "will smith", "mark price")."""
    return given in _lone_given_names() and _rare_surname(surname)


def _rare_surname(key: str) -> bool:
    """True for a census surname (`key` lower case) that is no common English word and no
    software word ("sharma", "garcia"; not "smith", "price", "docker")."""
    from consentry.anonymize.vocabulary import common_words, software_words

    return key in surnames() and key not in common_words() and key not in software_words()


# first.last, first_last, first-last and FirstLast, lower case or capitalised: judged by
# the allow-list, as a chunk of its own (not "self.john_smith", "john.smith.py",
# "john.smith@host").
_LOGIN_RE: Final = re.compile(
    r"(?a)([A-Za-z][a-z]{1,20})(?:[._-]?+(?<=[._-])([A-Za-z][a-z]{1,30})|([A-Z][a-z]{1,30}))"
)


# A surname and initials, as companies make their logins, either way round and in any
# case: "j.smith", "smith_j", "DUPONT_J", "ivanov_aa". The separator is needed ("jsmith"
# is one word of no list, which the allow-list redacts anyway), and so is a surname of
# four letters or more that is no software word ("np.array", "os.path" stay).
_INITIALS_LOGIN_RE: Final = re.compile(
    r"(?a)([A-Za-z]{1,2})[._-]([A-Za-z]{4,30})|([A-Za-z]{4,30})[._-]([A-Za-z]{1,2})"
)

# What identifiers put before or after a word ("patient_id", "db_migrations", "is_active",
# "to_json"): no initials ("patient" and "active" are also surnames).
_IDENTIFIER_AFFIXES: Final = frozenset(
    {"id", "db", "io", "ui", "js", "py", "ts", "os", "pk", "fk", "tz", "ip", "to", "is"}
    | {"at", "by", "of", "on", "in", "if", "or", "as", "up", "no", "ok"}
)


def _foreign_pair(given: str, surname: str) -> bool:
    """True for a word that may be a given name no census list holds (`_rare_first`:
    no common or software word) and a census surname that is neither (`_rare_surname`)."""
    return len(given) > 2 and _rare_surname(surname) and _rare_first(given)


def is_name_login(chunk: str) -> bool:
    """True for a login made of a given name and a surname ("john.smith", "Maria_Garcia")
    or of a surname and initials ("j.smith", "DUPONT_J"), the surname no software word
    ("max_length", "page.title", "np.array" are not)."""
    from consentry.anonymize.vocabulary import software_words

    m = _LOGIN_RE.fullmatch(chunk)
    if m is not None:
        first, last = m.group(1).lower(), (m.group(2) or m.group(3)).lower()
        if first in _lone_given_names() and last in surnames() and last not in software_words():
            return True
        # A given name of no census list with a surname that is no word, in either order,
        # joined by a dot as directories write logins ("priya.sharma", "nguyen.thanh";
        # not "mypkg.plugins", nor a file's "reconcileLedger" or "greenleaf_crm").
        dotted = m.group(2) is not None and chunk[len(m.group(1))] == "."
        if dotted and (_foreign_pair(first, last) or _foreign_pair(last, first)):
            return True
    initials = _INITIALS_LOGIN_RE.fullmatch(chunk)
    if initials is None:
        return False
    surname = (initials.group(2) or initials.group(3)).lower()
    letters = initials.group(1) or initials.group(4)
    return (
        surname in surnames()
        and surname not in software_words()
        and letters.lower() not in _IDENTIFIER_AFFIXES
    )
