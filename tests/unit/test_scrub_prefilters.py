"""Shortcuts that let the scrubber skip work must never change what it writes.

Each test compares a shortcut with the plain computation it stands for, on texts built
to sit on the shortcut's edge.
"""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import replace
from functools import partial

from hypothesis import example, given, settings
from hypothesis import strategies as st

from consentry.anonymize import free_text, normalise, scrub, secrets
from consentry.anonymize.scrub import DEFAULT_SCRUBBER, MESSAGE_RULES, AnchoredRule, Rule, _Context

SETTINGS = settings(max_examples=300, deadline=None)

# Bracketed and bare defanged forms, their near misses and other cases, with blanks.
DEFANGED_TEXTS = st.lists(
    st.sampled_from(
        [
            *("[.]", "(.)", "{.}", "[dot]", "(DOT)", "{Dot)", "[at]", "(AT)", "{@}", "[@)"),
            *("[", "]", "(", ")", "{", "}", ".", "@", "dot", "at", "a", "t", "d", "o"),
            *("((", "[[", "{(", "([", "(((.)", "[(@]", "{[at)"),
            *("x", "10", "example", " ", "  ", "\t", "\n", "\u00a0", "\u212a"),
        ]
    ),
    max_size=16,
).map("".join)


@SETTINGS
@given(DEFANGED_TEXTS)
def test_refang_hint_never_skips_a_defanged_form(text: str) -> None:
    assert normalise._may_be_defanged(text) == bool(normalise._DEFANGED_HINT_RE.search(text))
    whole = normalise._DEFANGED_AT_RE.sub("@", normalise._DEFANGED_DOT_RE.sub(".", text))
    assert normalise._refang(text) == whole


# Every character `\s` matches, found by asking the engine about each one.
ALL_SPACES = "".join(chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c)))


def test_spelt_out_spaces_are_those_of_backslash_s() -> None:
    assert free_text._SPACES == ALL_SPACES


_CHUNK_SPLIT_WITH_CATEGORY = re.compile(r"([\s<>\"'`()\[\]{},;=|*!?&^]+)")


@SETTINGS
@given(
    st.lists(
        st.sampled_from(list(ALL_SPACES + "\u200b\ufeff<>\"'`()[]{},;=|*!?&^ab.:-_0")),
        max_size=40,
    ).map("".join)
)
def test_chunks_split_where_a_class_with_backslash_s_splits(text: str) -> None:
    assert free_text._BETWEEN_CHUNKS_RE.split(text) == _CHUNK_SPLIT_WITH_CATEGORY.split(text)


# The secret words, their prefixes and their overlaps ("pwd" and "pw", "sessid").
SECRET_WORD_TEXTS = st.lists(
    st.sampled_from(
        [
            *secrets._SECRET_WORDS.split("|"),
            *("p", "s", "se", "ses", "c", "co", "to", "ke", "i", "d", "ssid", "ecret", "wd"),
            *(" ", "=", "_", "-", "x"),
        ]
    ),
    max_size=12,
).map("".join)


@SETTINGS
@given(SECRET_WORD_TEXTS)
def test_secret_words_by_first_letter_match_as_the_plain_alternation(text: str) -> None:
    plain = re.compile(secrets._SECRET_WORDS)
    found = [m.span() for m in secrets._SECRET_WORD_RE.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]


def _entropy_without_shortcut(text: str) -> str:
    """`redact_entropy` as a plain substitution over every candidate, digests first."""
    digests = secrets.labelled_digests(text)

    def judge(m: re.Match[str]) -> str:
        return secrets._judge_candidate(m.group(0), m.span(), digests)

    return secrets._CANDIDATE_RE.sub(judge, text)


ENTROPY_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(["sha256 ", "commit ", " ", "-", "=", "/", ".", "x", "configuration"]),
        st.text(alphabet="abcdef0123456789", min_size=18, max_size=66),
        st.text(alphabet=string.ascii_letters + string.digits + "+/_=-", min_size=18, max_size=24),
    ),
    max_size=6,
).map("".join)


@SETTINGS
@given(ENTROPY_TEXTS)
def test_entropy_skipped_only_without_candidates(text: str) -> None:
    assert secrets.redact_entropy(text) == _entropy_without_shortcut(text)


# Groups of digits (one of another script among them) apart by the card's separators,
# by others, or by what ends a run.
NUMBER_TEXTS = st.lists(
    st.tuples(
        st.one_of(
            st.text(alphabet="0123456789\u0663", min_size=1, max_size=5),
            st.text(alphabet="0123456789", min_size=11, max_size=14),
        ),
        st.sampled_from(
            [
                *(" ", "  ", "   ", "    ", "\t", "-", " - ", "\n", "\r\n", " \r\n ", "", ""),
                *("x", "_", ".", ":", "+", "(", ")", "/", "\r"),
            ]
        ),
    ),
    max_size=6,
).map(lambda parts: "".join(d + sep for d, sep in parts))


@SETTINGS
@given(NUMBER_TEXTS)
def test_card_look_ahead_keeps_every_match(text: str) -> None:
    plain = re.compile(r"[0-9](?<!\w[0-9])" + scrub._CARD_GROUPS)
    assert [m.span() for m in scrub._CARD_RE.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


REMOTE_TEXTS = st.lists(
    st.sampled_from(["+", "%2b", "%2B", "%2", "e", "r", "l", "s", "ſ", "S", "E", "x", " ", "wsl"]),
    max_size=10,
).map("".join)


@SETTINGS
@given(REMOTE_TEXTS)
def test_remote_authority_guard_is_its_needles(text: str) -> None:
    lowered = text.lower()
    needles = [last + sep for last in "erlsſ" for sep in ("+", "%2b")]
    assert scrub._may_hold_remote_authority(lowered) == any(n in lowered for n in needles)


_LEFT_OUT_WITHOUT_UNDERSCORE = [
    own for own, bare in secrets._OWN_BARE if (own, bare) not in secrets._OWN_BARE_RUN
]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_rules_left_out_without_underscore_need_one_in_every_match(data: st.DataObject) -> None:
    assert _LEFT_OUT_WITHOUT_UNDERSCORE  # the shortcut is in use
    for own in _LEFT_OUT_WITHOUT_UNDERSCORE:
        text = data.draw(st.from_regex(own.pattern), label=own.provider)
        match = own.pattern.search(text)
        assert match is not None
        assert "_" in match.group(), own.provider


GRAMMAR_TEXTS = st.lists(
    st.sampled_from(
        [n for needles in secrets._GRAMMAR_NEEDLES for n in needles]
        + [" ", "-", "p", "a", "w", "x", "--", "u"]
    ),
    max_size=8,
).map("".join)


@SETTINGS
@given(GRAMMAR_TEXTS)
def test_grammar_groups_hold_when_one_of_their_needles_does(text: str) -> None:
    lowered = text.lower()
    for needles, groups in zip(secrets._GRAMMAR_NEEDLES, secrets._GRAMMAR_GROUPS, strict=True):
        hit = any(
            prefix in lowered and (not rest or any(n in lowered for n in rest))
            for prefix, rest in groups
        )
        assert hit == any(n in lowered for n in needles), needles


# Command lines of a password argument's grammars and near misses: the leads in other
# cases and with the letters a case-blind match takes for "i" and "s" (U+0131, U+017F,
# U+0130), then arguments, a key word and a value.
_ARGUMENT_LEADS = [
    *("mysqladmin", "MySQLAdmin", "mysqladm\u0131n", "my\u017fqladmin", "mysqladm\u0130n"),
    *("nmcli", "NMCLI", "nmcl\u0131", "machine", "Machine", "login", "Login", "user"),
    *("username", "User", "\u212aey", "account", "mysql", ""),
]
_ARGUMENT_PARTS = (
    ("", "\n", "x ", "-"),
    _ARGUMENT_LEADS,
    (" ", "\t", ""),
    ("", "bob ", "h login bob ", "h account 'q w' ", "privilege 15 ", "-u x "),
    ("password", "passwd", "secret", "wifi-sec.psk", "Password", "psk"),
    (" ", ""),
    ("hunter2", "0 hunter2", "<secret>"),
)
PASSWORD_ARGUMENT_TEXTS = st.tuples(*(st.sampled_from(part) for part in _ARGUMENT_PARTS)).map(
    "".join
)


def test_password_argument_skipped_only_where_it_cannot_match() -> None:
    for parts in itertools.product(*_ARGUMENT_PARTS):
        text = "".join(parts)
        if not secrets._may_hold_password_argument(text):
            assert secrets._PASSWORD_ARGUMENT_RE.search(text) is None, text


def _assignments_without_shortcuts(text: str) -> str:
    # `redact_assignments` as each row's plain needle test would have it, no groups or
    # guards (the needles see the text as it came, as the shortcuts' do), after the labels
    # of other languages.
    text = secrets._redact_localised_passwords(text, text.lower(), secrets._operators(text))
    lowered = text.lower()
    if not any(n in lowered for n in secrets._NEEDLES):
        return text
    for (pattern, substitute, _), needles in zip(
        secrets._GRAMMAR, secrets._GRAMMAR_NEEDLES, strict=True
    ):
        if needles and not any(n in lowered for n in needles):
            continue
        text = pattern.sub(substitute, text)
    if "(" in text:
        text = secrets._redact_secret_calls(text)
    return secrets._redact_key_values(text) if ("=" in text or ":" in text) else text


@SETTINGS
@given(st.one_of(GRAMMAR_TEXTS, PASSWORD_ARGUMENT_TEXTS))
def test_assignments_as_without_their_shortcuts(text: str) -> None:
    assert secrets.redact_assignments(text) == _assignments_without_shortcuts(text)


# A name's last character, a separator, "v", digits (of other scripts too; "²" is a digit
# but no decimal one), a dot and digits: each part right or a near miss.
_SOFTWARE_PARTS = st.tuples(
    st.sampled_from(["a", "z", "0", "_", ".", "-", "A", "(", ""]),
    st.sampled_from([" ", "/", "@", "\t", ":", ""]),
    st.sampled_from(["v", "V", "", ""]),
    st.sampled_from(["1", "12", "\u0663", "\u00b2", "1\u00b2", ""]),
    st.sampled_from([".", ".", ",", ""]),
    st.sampled_from(["2", "\u0664", "\u00b2", "x", ""]),
).map("".join)
SOFTWARE_TEXTS = st.lists(
    st.one_of(_SOFTWARE_PARTS, st.sampled_from(["x", " ", ".", "v", "1"])), max_size=4
).map("".join)


@SETTINGS
@given(SOFTWARE_TEXTS)
def test_software_hint_found_from_its_dots_as_by_its_pattern(text: str) -> None:
    assert free_text._may_hold_software(text) == bool(free_text._SOFTWARE_HINT_RE.search(text))


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["", " ", "<", ">", "(", "=", "x", "maxTokens", "kowalczyk", "429", "a.b"]),
        max_size=10,
    ).map("".join)
)
def test_words_judged_as_chunk_by_chunk(text: str) -> None:
    parts = free_text._BETWEEN_CHUNKS_RE.split(text)
    chunks = [free_text.judge_chunk(c) if c else c for c in parts[::2]]
    parts[::2] = chunks
    assert free_text._judge_words(text) == "".join(parts)


def _windows_looking_for_every_blank(after: str) -> list[tuple[int, int]]:
    """The stretches of `_rescan_windows` as found before it skipped blanks the text lacks."""
    windows: list[tuple[int, int]] = []
    size = len(after)
    for m in scrub._CHANGE_MARK_RE.finditer(after):
        start = max(0, m.start() - scrub._RESCAN_MARGIN)
        end = min(size, m.end() + scrub._RESCAN_MARGIN)
        if windows and start <= windows[-1][1]:
            start = windows.pop()[0]
        elif start > 0:
            space = max(after.rfind(" ", 0, start), after.rfind("\n", 0, start))
            tab = after.rfind("\t", 0, start)
            start = max(space, tab, after.rfind("\r", 0, start), 0)
        found = scrub._SPACE_RE.search(after, end)
        end = found.end() if found is not None else size
        if windows and start <= windows[-1][1]:
            start = windows.pop()[0]
        windows.append((start, end))
    return windows


MARKED_TEXTS = st.lists(
    st.sampled_from(
        ["<ip>", "<secret>", "://", "word", "a" * 30, " ", "\n", "\t", "\r", "\u2003", "x"]
    ),
    max_size=20,
).map("".join)


@SETTINGS
@given(MARKED_TEXTS)
def test_rescan_stretches_start_at_the_same_blanks(text: str) -> None:
    windows = scrub._rescan_windows(text, text)
    assert (windows or []) == _windows_looking_for_every_blank(text)


NEEDLE_PIECES = [*free_text._CODE_HOST_NAMES, *free_text._FLOW_PREFIXES]
GROUPED_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(NEEDLE_PIECES),
        st.sampled_from(NEEDLE_PIECES).map(lambda n: n[:-1]),
        st.sampled_from(NEEDLE_PIECES).map(lambda n: n[1:]),
        st.sampled_from(["git", "fea", "/", " ", "x", "."]),
    ),
    max_size=5,
).map("".join)


@SETTINGS
@given(GROUPED_TEXTS)
def test_grouped_needles_hold_when_one_of_them_does(text: str) -> None:
    for needles in (free_text._CODE_HOST_NAMES, free_text._FLOW_PREFIXES):
        groups = free_text._prefix_groups(needles)
        assert free_text._holds_any(text, groups) == any(n in text for n in needles)


# Grouped digits, in ASCII and with a digit of another script, and what ends their runs.
DIGIT_GROUP_TEXTS = st.lists(
    st.sampled_from(
        [
            *("0", "1", "7", "9", "12", "345", "1-2", "12.34", "56 78", " ", ".", "-"),
            *(
                "AB",
                "C",
                "x",
                ":",
                "/",
                "\n",
                "\u0663",
                "\u0663\u0664",
                "\u0663\u0664 \u0665\u0666",
            ),
        ]
    ),
    max_size=24,
).map("".join)


def _call_back(rule: Rule, m: re.Match[str]) -> str:
    """What `rule`'s callback makes of `m`, with a fresh context."""
    assert not isinstance(rule.replacement, str)
    return rule.replacement(m, _Context(DEFAULT_SCRUBBER.allowed_hosts))


@SETTINGS
@given(DIGIT_GROUP_TEXTS)
@example("1.2.3 4-5 6")  # anchors that overlap: a scan takes the first of each pair
def test_ascii_anchors_find_what_the_anchors_find(text: str) -> None:
    plain = re.compile(r"\d[ .-]\d")
    assert scrub._may_hold_digit_groups(text) == bool(plain.search(text))
    for rule in MESSAGE_RULES:
        if isinstance(rule, AnchoredRule) and rule.ascii_anchor is not None:
            whole = rule.pattern.sub(partial(_call_back, rule), text)
            ctx = _Context(DEFAULT_SCRUBBER.allowed_hosts)
            assert rule.apply(text, text.lower(), ctx) == whole, rule.name
            if text.isascii():
                table, shape = rule.ascii_anchor
                found = scrub._literal_spans(text.translate(table), (shape,))
                assert found == [m.span() for m in rule.anchor.finditer(text)], rule.name


# Dotted quads (one in Arabic-Indic digits), versions, and what ends or joins them.
IPV4_TEXTS = st.lists(
    st.sampled_from(
        [
            *("10.0.0.1", "127.0.0.1", "256.1.1.1", "1.255.255.255", "1.2.3"),
            *("\u0661\u0660.\u0660.\u0660.\u0661", "1\u0661\u0660.\u0660.\u0660.\u0661"),
            *("version ", "Version ", "v", ".", "1", "12", " ", ":", "x", "-", "\n"),
        ]
    ),
    max_size=10,
).map("".join)


@SETTINGS
@given(IPV4_TEXTS)
def test_ipv4_tried_from_its_dots_as_by_a_whole_scan(text: str) -> None:
    rule = next(r for r in MESSAGE_RULES if r.name == "ipv4")
    # The same rule as a plain one, its prefilter kept: the pattern tried everywhere.
    plain = Rule(rule.name, rule.pattern, rule.replacement, rule.needles, rule.guard)
    lowered = text.lower()
    expected = plain.apply(text, lowered, _Context(DEFAULT_SCRUBBER.allowed_hosts))
    assert rule.apply(text, lowered, _Context(DEFAULT_SCRUBBER.allowed_hosts)) == expected


CHANGE_MARK_TEXTS = st.lists(
    st.sampled_from(
        [
            *("<", ">", "a", "z", "-", ":", "/", "://", ":/", "//", "<secret>", "<a>", "<<a>"),
            *("<a-b>", "<" + "a" * 21 + ">", "<" + "a" * 22 + ">", "<A>", "<1>", "x", " "),
        ]
    ),
    max_size=12,
).map("".join)


@SETTINGS
@given(CHANGE_MARK_TEXTS)
def test_change_marks_found_from_their_starts_as_by_a_scan(text: str) -> None:
    expected = [m.span() for m in scrub._CHANGE_MARK_RE.finditer(text)]
    assert scrub._change_marks(text) == expected


_LITERAL_ANCHORED = [
    rule for rule in MESSAGE_RULES if isinstance(rule, AnchoredRule) and rule.anchor_literals
]
ANCHOR_LITERAL_TEXTS = st.lists(
    st.sampled_from(["@", "%40", "%4", "%", "40", "4", "0", "%%40", "@@", "a", "%40@", " "]),
    max_size=10,
).map("".join)


@SETTINGS
@given(ANCHOR_LITERAL_TEXTS)
def test_anchor_literals_found_where_the_anchor_matches(text: str) -> None:
    assert _LITERAL_ANCHORED  # the shortcut is in use
    for rule in _LITERAL_ANCHORED:
        expected = [m.span() for m in rule.anchor.finditer(text)]
        assert scrub._literal_spans(text, rule.anchor_literals) == expected, rule.name


def test_candidate_table_marks_the_characters_of_the_candidate_pattern() -> None:
    # Every code point: "a" after translation exactly when the pattern's class takes it.
    one = re.compile(secrets._CANDIDATE_RE.pattern.replace("{20,}", ""))
    for code in range(0x110000):
        char = chr(code)
        assert (char.translate(secrets._CANDIDATE_TABLE) == "a") == bool(one.fullmatch(char))


CANDIDATE_TEXTS = st.lists(
    st.tuples(
        st.sampled_from(["a", "Z", "0", "+", "/", "_", "=", "-", "\u00e9", "\uff41", "a" * 19]),
        st.sampled_from(["", "", " ", ".", "a", "\u212a", "\n"]),
    ).map("".join),
    max_size=12,
).map("".join)


@SETTINGS
@given(CANDIDATE_TEXTS)
def test_candidate_gate_says_what_the_search_says(text: str) -> None:
    gate = secrets._CANDIDATE_RUN in text.translate(secrets._CANDIDATE_TABLE)
    assert gate == (secrets._CANDIDATE_RE.search(text) is not None)


def test_shape_table_gives_each_ascii_character_its_kind() -> None:
    for code in range(128):
        char = chr(code)
        kind = char.translate(scrub._SHAPES)
        assert (kind == "d") == bool(re.fullmatch(r"\d", char))
        assert (kind == "s") == (char in " \t")
        assert (kind == "U") == bool(re.fullmatch("[A-Z]", char))
        card = char.translate(scrub._CARD_SHAPES) == "c"
        assert card == bool(re.fullmatch(r"[\d \t\r\n-]", char))


_SHAPED = [rule for rule in MESSAGE_RULES if rule.shape]
SHAPE_TEXTS = st.lists(
    st.sampled_from(
        [
            *("SW1A", "1AA", "EC1A", "M1", "GIR", "0AA", "W1", "2BD", "GB82", "WEST", "1234"),
            *("5698", "7614", "3", "A", "Q", "a", "b", "1", "\u0661", "\u0661AA", "\uff11"),
            *(" ", " ", "\t", "-", "\n", ".", "_", "4111", "1111 ", "\r\n", "411111111111"),
            *("AB", "123456", "123 456", "12 34 56", "MORGA", "SM9IJ", "44B", "12 A", "34567"),
        ]
    ),
    max_size=14,
).map("".join)


@SETTINGS
@given(SHAPE_TEXTS)
@example("SW1A 1AA")
@example("SW1A \u0661AA")  # a digit of another script: no shape is judged
@example("GB82 WEST 1234 5698 7654 32")
@example("x GB8256987614")
@example("4111111111111")
@example("4111 1111\n1111 1-111")
@example("4111 1111 1111 1\u0661")
@example("AB 123456 C")
@example("MORGA 753 116 SM9IJ 01")
@example("12 A 34567")
def test_rules_skipped_by_shape_find_nothing_there(text: str) -> None:
    assert _SHAPED  # the shortcut is in use
    lowered = text.lower()
    for rule in _SHAPED:
        if text.isascii() and not rule._has_shape(text):
            assert rule.pattern.search(text) is None, rule.name
        plain = replace(rule, shape="")
        expected = plain.apply(text, lowered, _Context(frozenset()))
        assert rule.apply(text, lowered, _Context(frozenset())) == expected, rule.name


TURN_TEXTS = st.lists(
    st.sampled_from(
        [*free_text._TURN_HINTS, "<", ">", "|", "]", "[", "_", "#", "s", "sys>", "inst", " ", "x"]
    ),
    max_size=8,
).map("".join)


@SETTINGS
@given(TURN_TEXTS)
def test_turn_hints_behind_their_gates_hold_as_the_hints_do(text: str) -> None:
    for gate, hint in free_text._TURN_HINT_GATES:
        assert gate in hint
    assert free_text._may_hold_turn(text) == any(h in text for h in free_text._TURN_HINTS)


MAC_TEXTS = st.lists(
    st.sampled_from([":", "-", "0", "9", "a", "f", "g", "A", "F", ":a0:", "-ff-", "\u0661", " "]),
    max_size=16,
).map("".join)


@SETTINGS
@given(MAC_TEXTS)
@example(":::::-ab-")
@example("-----:0f:")
def test_mac_guard_says_what_its_part_search_says(text: str) -> None:
    lowered = text.lower()
    many = lowered.count(":") >= 5 or lowered.count("-") >= 5
    expected = many and scrub._MAC_PART_RE.search(lowered) is not None
    assert scrub._may_hold_mac(lowered) == expected


# User names in and beyond ASCII, and texts that spell them in other cases or with the
# letters a case-blind match also takes for "s" and "k" (the long s, the Kelvin sign).
USER_NAMES = st.sampled_from(["dana", "Dana", "sam", "kim", "\u017fam", "k\u0131m", "o'neil"])
USER_TEXTS = st.lists(
    st.sampled_from(
        [
            *("dana", "DANA", "dAna", "sam", "SAM", "\u017fam", "kim", "KIM", "\u212aim"),
            *("k\u0131m", "KIM", "o'neil", "O'NEIL", "da", "na", " ", "/", "x", "\u00e9"),
        ]
    ),
    max_size=8,
).map("".join)


@SETTINGS
@given(USER_TEXTS, st.sets(USER_NAMES, min_size=1, max_size=3))
@example("\u017fam", {"sam"})  # an ASCII name, spelt with the long s
@example("sam", {"\u017fam"})  # a name beyond ASCII, spelt in ASCII
def test_user_names_skipped_only_where_the_case_blind_search_finds_none(
    text: str, users: set[str]
) -> None:
    names = "|".join(re.escape(u) for u in sorted(users, key=len, reverse=True))
    found = re.search(rf"(?<!\w)(?:{names})(?!\w)", text, flags=re.IGNORECASE)
    if not scrub._may_hold_user(text, users):
        assert found is None
    # Where a name occurs, in any case, the search runs.
    if text.isascii() and any(u.isascii() and u.lower() in text.lower() for u in users):
        assert scrub._may_hold_user(text, users)


@SETTINGS
@given(NUMBER_TEXTS)
@example("4111 1111 1111 1111")
@example("x 4111 1111 1111 1111 2 times, 5555-5555-5555-4444")
@example("4111 1111\n1111 1111 and 4111\u0661111111111111")
@example("41111111111111111111111111111111111111111111")
@example("4111 1111 1111 1111x")
def test_card_tried_in_its_runs_as_by_a_whole_scan(text: str) -> None:
    rule = next(r for r in MESSAGE_RULES if r.name == "card")
    assert isinstance(rule, AnchoredRule)
    # The same rule as a plain one, its guard kept: the pattern tried at every digit.
    plain = Rule(rule.name, rule.pattern, rule.replacement, rule.needles, rule.guard)
    lowered = text.lower()
    expected = plain.apply(text, lowered, _Context(DEFAULT_SCRUBBER.allowed_hosts))
    assert rule.apply(text, lowered, _Context(DEFAULT_SCRUBBER.allowed_hosts)) == expected
    # Every match lies in a run holding an anchor.
    for m in rule.pattern.finditer(text):
        assert rule.run.fullmatch(m.group())
        assert rule.anchor.search(m.group())


@SETTINGS
@given(st.one_of(GRAMMAR_TEXTS, PASSWORD_ARGUMENT_TEXTS))
@example("Authorization: Bearer abcdefgh12 password=hunter22")
@example("--password hunter22 token=abc123456 ")
@example("--password abcdefpw : hunter22")  # a row keeps the length, not the letters
def test_secrets_given_the_lower_cased_text_find_what_they_find_without(text: str) -> None:
    # A row that changes the text (its lengths) leaves the lower-cased text behind.
    expected = _assignments_without_shortcuts(text)
    assert secrets.redact_assignments(text, text.lower()) == expected
    expected = secrets.redact_provider_tokens(text)
    assert secrets.redact_provider_tokens(text, text.lower()) == expected


_STARTED = [rule for rule in MESSAGE_RULES if rule.starts]
STARTED_TEXTS = st.lists(
    st.sampled_from(
        [
            *("Mr Smith", "Dear Bob,", "first name: Ann", "login joe password x", "Ms. Li"),
            *("ENOTFOUND db.example.lan", "my name is Jo", "call me Al", " ", "x", "<path>"),
            *("connect to host db-1 port 22", "lookup db-1: no such host", "Resolve host: x"),
        ]
    ),
    max_size=5,
).map("".join)


@SETTINGS
@given(STARTED_TEXTS, STARTED_TEXTS)
@example("Mr Smith", "x Mr Smith")
@example("Mr Smith", "Dear Bob,")
def test_rules_from_their_starts_take_the_pass_lower_cased_text_for_it_only(
    text: str, other: str
) -> None:
    assert _STARTED  # the shortcut is in use
    hosts = DEFAULT_SCRUBBER.allowed_hosts
    lowered = text.lower()
    for rule in _STARTED:
        expected = rule.apply(text, lowered, _Context(hosts))
        for source in (text, other):
            ctx = _Context(hosts, lowered=(source, source.lower()))
            assert rule.apply(text, lowered, ctx) == expected, rule.name
    users = {"smith", "bob"}
    ctx = _Context(hosts, lowered=(other, other.lower()))
    assert scrub._may_hold_user(text, users, ctx) == scrub._may_hold_user(text, users)


def _digests_without_shortcuts(text: str) -> list[tuple[int, int]]:
    # `labelled_digests` as the hints' plain tests and whole scans would have it.
    spans: list[tuple[int, int]] = []
    if any(hint in text for hint in secrets._GIT_OBJECT_HINTS):
        for m in secrets._GIT_OBJECT_RE.finditer(text):
            spans.extend(m.span(g) for g in ("one", "from", "to", "build") if m.group(g))
    lowered = text.lower()
    if any(hint in lowered for hint in secrets._DIGEST_HINTS):
        for m in secrets.DIGEST_RE.finditer(text):
            label, digest = m.group("label").lower().replace("-", ""), m.group("hex")
            same_case = digest == digest.lower() or digest == digest.upper()
            if same_case and len(digest) in secrets._DIGEST_LENGTHS.get(label, ()):
                spans.append(m.span("hex"))
    spans.sort()
    return [span for i, span in enumerate(spans) if i == 0 or span[0] >= spans[i - 1][1]]


DIGEST_TEXTS = st.lists(
    st.sampled_from(
        [
            *("HEAD is now at ", "..", "]", "] ", ",", ", 20", "20", "[main ", "1a2b3c4"),
            *("1.95.3 (", "a" * 40, "-11-13T", "24", " ", "\n", "sha256 ", "SHA1:", "commit "),
            *("checksum ", "digest=", "\u017fha1 ", "e3b0c442" * 5, "x", "\u00e9"),
        ]
    ),
    max_size=8,
).map("".join)


@SETTINGS
@given(DIGEST_TEXTS)
@example("commit 1a2b3c4")
@example("[main 1a2b3c4]")  # a bracket but no "] ": no git line is looked for
@example("1.95.3 (" + "a" * 40 + ", 2024-11-13T")
@example("\u017fha1 " + "e3b0c442" * 5)  # beyond ASCII, the hints' test as before
def test_digests_found_as_without_their_shortcuts(text: str) -> None:
    assert secrets.labelled_digests(text) == _digests_without_shortcuts(text)


def _key_values_from_every_word(text: str) -> str:
    # `_redact_key_values` as a scan of the whole text for the secret words would have it.
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    out: list[str] = []
    pos = 0
    for hit in secrets._SECRET_WORD_RE.finditer(lowered):
        if hit.start() < pos:
            continue
        m = secrets._ASSIGNMENT_TAIL_RE.match(text, hit.end())
        if m is None:
            continue
        replacement = secrets._assignment(text, hit.start(), m)
        if replacement is None:
            continue
        out.append(text[pos : hit.start()])
        out.append(replacement)
        pos = secrets._past_arguments(text, m.end())
    return "".join([*out, text[pos:]]) if out else text


# Secret words and keys, the operators (and what is none), quotes, blanks, values, and
# characters that lower-case to two or to an ASCII letter.
KEY_VALUE_TEXTS = st.lists(
    st.sampled_from(
        [
            *("token", "key", "pass", "pwd", "secret", "sessid", "api", "_", ".", "-", "$"),
            *(":", "=", ":=", "=>", "->", "==", "'", '"', " ", "\t", "\n", "(", ")", ","),
            *("hunter22", "x", "<secret>", "none", "\u0130", "\u212a", "\u00e9", "Key"),
        ]
    ),
    max_size=12,
).map("".join)


@SETTINGS
@given(KEY_VALUE_TEXTS)
@example("my_api_key = 'hunter22'")
@example('token" \t: hunter22, key=x')
@example("db.password-=hunter22 sessid:=abc123")
@example("passtoken=hunter22")  # a word inside another
@example("secret.x=hunter22 secret$x=hunter22 secret-x: hunter22")
@example("\u0130 token=hunter22")  # lower-cased to two characters
def test_key_values_found_from_the_operators_as_from_every_word(text: str) -> None:
    assert secrets._redact_key_values(text) == _key_values_from_every_word(text)


HOST_HINT_TEXTS = st.lists(
    st.sampled_from(
        [
            *(".com", ".co", ".c", ".internal", ".int", ".in", ".info", ".local", ".lan"),
            *(".localdomain", ".localhost", ".io", ".i", ".uk", ".us", ".arpa", ".ar", ".box"),
            *("(", "-", ".", "x", " ", "m", "M", ".COM", "\u212a", "_", "1"),
        ]
    ),
    max_size=8,
).map("".join)


@SETTINGS
@given(HOST_HINT_TEXTS)
@example(".com.co.c.comm.internal.int(")
def test_host_hint_as_the_plain_alternation_of_its_domains(text: str) -> None:
    tlds = [t for t in scrub.HOST_TLDS | scrub.DEEP_HOST_TLDS if len(t) != 2]
    plain = re.compile(r"\.(?:[a-z]{2}|" + "|".join(sorted(tlds)) + r")(?![\w(-]|\.[\w-])")
    expected = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in scrub._HOST_HINT_RE.finditer(text)] == expected


def _message_normalised_twice(text: str) -> str:
    # `scrub_message` for a text under the length limit, normalising in both places.
    out = DEFAULT_SCRUBBER._whole(text, stack=False)
    if out != text and out == normalise.normalise(text) and not normalise.has_format_chars(text):
        out = text
    return out


NORMALISED_TEXTS = st.lists(
    st.sampled_from(
        [
            *("\uff21\uff22", "\\u0041", "\\x41", "%41", "&amp;", "\u200b", "\u2026", "x"),
            *("jo@x.org", "jo[at]x[.]org", " ", "/home/dana/a.py", "token=abc12345", "\\"),
        ]
    ),
    max_size=6,
).map("".join)


@SETTINGS
@given(NORMALISED_TEXTS)
@example("\uff21\uff22")  # full-width letters, spelt out by normalising
@example("jo[at]x[.]org")
def test_message_normalised_once_as_when_normalised_twice(text: str) -> None:
    assert DEFAULT_SCRUBBER.scrub_message(text) == _message_normalised_twice(text)


SPACED_TEXTS = st.lists(
    st.sampled_from(
        [
            *("", " ", "  ", "\t", "\n", "\u2003", "\u00a0", "<", "(", "'", "=", ",", "x"),
            *("maxTokens", "kowalczyk", "429", "a.b", "(reading", "'choices')", "<secret>"),
        ]
    ),
    max_size=10,
).map("".join)


@SETTINGS
@given(SPACED_TEXTS)
@example("  kowalczyk  (reading 'x') ")  # spaces at either end and in pairs
@example("a\u2003kowalczyk\tb")  # blanks that are not spaces stay inside a piece
def test_words_judged_piece_by_piece_as_chunk_by_chunk(text: str) -> None:
    parts = free_text._BETWEEN_CHUNKS_RE.split(text)
    parts[::2] = [free_text.judge_chunk(c) for c in parts[::2]]
    assert free_text._judge_words(text) == "".join(parts)
    for piece in text.split(" "):  # the cached pieces, each as its chunks
        parts = free_text._BETWEEN_CHUNKS_RE.split(piece)
        parts[::2] = [free_text.judge_chunk(c) for c in parts[::2]]
        assert free_text._judge_piece(piece) == "".join(parts)


QUOTE_TEXTS = st.lists(
    st.sampled_from(['"', "@", "%40", "%4", "[", "]", '"@', "@[", "x", " ", "'", "\uff02"]),
    max_size=8,
).map("".join)


@SETTINGS
@given(QUOTE_TEXTS)
def test_email_form_guards_are_their_needles(text: str) -> None:
    lowered = text.lower()
    assert scrub._may_hold_quoted_email(lowered) == ('"@' in lowered or '"%40' in lowered)
    assert scrub._may_hold_domain_literal(lowered) == ("@[" in lowered)


_PLAIN_RULES = [rule for rule in MESSAGE_RULES if type(rule) is Rule]
RULE_TEXTS = st.lists(
    st.sampled_from(
        [
            *("Mr Smith", "my name is Jo", '"jo doe"@x.org', "jo@[10.0.0.1]", "x@y", " "),
            *("C:\\Users\\dana\\a.py", "$HOME/x/y.py", "user=dana", "ENOTFOUND db.lan", "\n"),
            *("SW1A 1AA", "+44 20 7946 0958", "S-1-5-21-1-2-3", "00:1a:2b:3c:4d:5e", "x"),
            *("DOB: 02.12.1979", "skype: joe.cool", "12 Main St", "PO Box 12", "0x0A.0.0.1"),
        ]
    ),
    max_size=4,
).map("".join)


@SETTINGS
@given(RULE_TEXTS, RULE_TEXTS)
@example("Mr Smith", "x")  # a lower-cased text older than the text: its tests decide
@example('"jo doe"@x.org', "x")
@example("x", "Mr Smith")
def test_rules_skip_where_their_tests_say_no_as_by_may_match(text: str, older: str) -> None:
    assert _PLAIN_RULES  # the written-out tests are in use
    hosts = DEFAULT_SCRUBBER.allowed_hosts
    for lowered in (text.lower(), older.lower()):
        for rule in _PLAIN_RULES:
            untested = replace(rule, needles=(), guard=None)
            expected = text
            if rule.may_match(lowered):
                expected = untested.apply(text, lowered, _Context(hosts))
            assert rule.apply(text, lowered, _Context(hosts)) == expected, rule.name


ENTROPY_EDGE_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(["\u00e9", "\uff41", " ", "\n", ".", "sha256 ", "k9Xq2Lm8Vt4Rz7Wp3Ny6Bh5"]),
        st.text(alphabet=string.ascii_letters + string.digits + "+/_=-", min_size=19, max_size=40),
    ),
    max_size=5,
).map("".join)


@SETTINGS
@given(ENTROPY_EDGE_TEXTS)
@example("k9Xq2Lm8Vt4Rz7Wp3Ny6Bh5\u00e9abc")  # a run ends at a character beyond ASCII
@example("k9Xq2Lm8Vt4Rz7Wp3Ny6Bh5 k9Xq2Lm8Vt4Rz7Wp3Ny6Bh5")
def test_entropy_runs_found_as_the_pattern_finds_them(text: str) -> None:
    assert secrets.redact_entropy(text) == _entropy_without_shortcut(text)
