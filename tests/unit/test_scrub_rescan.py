"""The confirming pass looks only around what a pass changed: it must agree with a full pass."""

from __future__ import annotations

import string
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.anonymize import free_text
from consentry.anonymize.scrub import (
    _MAX_PASSES,
    DEFAULT_SCRUBBER,
    EARLY_RULES,
    MESSAGE_RULES,
    AnchoredRule,
    RescanRule,
    Rule,
    Scrubber,
    _Context,
    _rescan_windows,
)
from consentry.anonymize.secrets import (
    _OWN_BARE,
    _OWN_NEEDLES,
    DIGEST_RE,
    OWN_RULES,
    _digest_matches,
    _load_plugins,
    _needle_hit,
)

SETTINGS = settings(max_examples=300, deadline=None)
ALNUM = string.ascii_letters + string.digits

WORDS = [
    "Error",
    "failed",
    "request",
    "at",
    "for",
    "with",
    "key",
    "token",
    "password",
    "user",
    "Mr",
    "Dr.",
    "Ms",
    "name",
    "is",
    "call",
    "me",
    "John",
    "Smith",
    "Ada",
    "version",
    "v1",
    "ENOTFOUND",
    "EAI_AGAIN",
    "Named",
    "MISS",
    "madam",
    "api.openai.com",
    "example.org",
    "host",
    "port",
    "ms",
    "429",
    "10",
    "0",
    "127.0.0.1",
    "card",
    "IBAN",
    "phone",
    "Bearer",
    "Authorization:",
    "Cookie:",
    "-u",
    "--password",
    "<secret>",
    "<path>",
    "<user>",
    "<email>",
    "<ip>",
    "<id>",
    "<name>",
    "<",
    ">",
    "(",
    ")",
    "'",
    '"',
    "=",
    ":",
    "::",
    "@",
    "/",
    "\\",
    ".",
    ",",
    "-",
    "+",
    "~",
]
SEPARATORS = [" ", " ", " ", "", "\n", "\t", "=", ":", ".", "/", "-", "@", ", ", "'", '"']


def _token(alphabet: str, size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=size, max_size=size)


PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.builds(lambda t: "sk-proj-" + t, _token(ALNUM, 40)),
    st.builds(lambda t: "ghp_" + t, _token(ALNUM, 36)),
    _token(ALNUM + "+/", 32),
    st.builds(lambda a, b: f"{a}.{b}@example.org", _token("abcdefgh", 5), _token("xyz", 4)),
    st.builds(
        lambda a, b, tld, tail: f"{a}@{b}.{tld}{tail}",
        _token("abcXY_.%+-", 6),
        _token("abc-.", 5),
        st.sampled_from(["com", "io", "js", "svelte", "de", "xyz1"]),
        st.sampled_from(["", ":1", ":", "(", "-", ".x", "%40y"]),
    ),
    st.builds(
        lambda a, tld, tail: f"{a}.{tld}{tail}",
        _token("abcdef0123-.", 8),
        st.sampled_from(["com", "internal", "py", "dev", "local", "co"]),
        st.sampled_from(["", "(", "-", ".", ".x", "_", "A", "/"]),
    ),
    st.builds(lambda a: f"/home/{a}/projects/app/src/index.ts", _token("abcdefgh", 6)),
    st.builds(lambda a: f"C:\\Users\\{a}\\AppData\\x.json", _token("abcdefgh", 6)),
    st.builds(lambda a: f"https://{a}.corp.internal/p?token={a}123&x=1#frag", _token("abc", 5)),
    st.builds(lambda d: " ".join(d[i : i + 4] for i in range(0, 16, 4)), _token("0123456789", 16)),
    st.builds(lambda d: f"+49 30 {d}", _token("0123456789", 8)),
    st.builds(
        lambda a, d, b: f"{a} {d[:2]} {d[2:4]} {d[4:6]} {b}",
        _token("ABXZ", 2),
        _token("0123456789\u0663\u0664\u0665", 6),
        _token("ACZ", 1),
    ),
    st.builds(lambda d: f"{d[:3]}.{d[3:6]}.{d[6:]}", _token("0123456789\u0663\u0664", 9)),
    st.builds(lambda d: f"{d[:3]}-{d[3:5]}-{d[5:9]}", _token("0123456789", 9)),
    st.builds(lambda d: f"10.0.0{d[0]}.{d[1]}", _token("0123456789", 2)),
    st.builds(lambda t: f"10.0.010.0.{t}", _token(ALNUM, 30)),
    st.builds(lambda t: f"password={t}", _token(ALNUM, 12)),
    st.builds(
        lambda label, sep, h: f"{label}{sep}{h}",
        st.sampled_from(["SHA256", "sha-1", "Commit", "commit", "digest", "CHECKSUM", "ſha1"]),
        st.sampled_from([" ", ": ", "=", " sha256:", "\t"]),
        st.sampled_from([40, 56, 64, 41]).flatmap(lambda n: _token("0123456789abcdef", n)),
    ),
    st.builds(lambda h: f"fe80::{h}:1", _token("0123456789abcdef", 4)),
    st.builds(
        lambda h: ":".join(h[i : i + 4] for i in range(0, 32, 4)), _token("0123456789abcdef", 32)
    ),
    st.builds(
        lambda h, sep: sep.join(h[i : i + 2] for i in range(0, 12, 2)),
        _token("0123456789abcdefABCDEF", 12),
        st.sampled_from([":", "-"]),
    ),
    st.builds(
        lambda h: ".".join(h[i : i + 4] for i in range(0, 12, 4)), _token("0123456789abcdef", 12)
    ),
    st.builds(
        lambda kind, sep, name: f"{kind}{sep}{name}",
        st.sampled_from(
            [
                "ssh-remote",
                "SSH-REMOTE",
                "dev-container",
                "wsl",
                "tunnel",
                "codespaces",
                "k8s-container",
            ]
        ),
        st.sampled_from(["+", "%2B", "%2b"]),
        _token("abcdefgh", 6),
    ),
)

TEXTS = st.lists(st.tuples(PIECES, st.sampled_from(SEPARATORS)), min_size=1, max_size=40).map(
    lambda parts: "".join(p + s for p, s in parts)
)


def _full_passes(scrubber: Scrubber, text: str, ctx: _Context) -> str:
    """The loop before the windowed confirmation: whole passes until nothing changes."""
    current = text
    for _ in range(_MAX_PASSES):
        scrubbed = scrubber._one_pass(current, ctx)
        if scrubbed == current:
            return current
        current = scrubbed
    return current


@SETTINGS
@given(TEXTS)
def test_settled_means_a_full_pass_changes_nothing(text: str) -> None:
    scrubber = DEFAULT_SCRUBBER
    ctx = _Context(scrubber.allowed_hosts)
    after = scrubber._one_pass(text, ctx)
    if after == text:
        return
    users = set(ctx.users)
    if scrubber._settled(text, after, ctx):
        assert ctx.users == users  # the probe learns nothing into the real context
        assert scrubber._one_pass(after, _Context(ctx.allowed_hosts, set(users))) == after


@SETTINGS
@given(TEXTS, st.sampled_from(["allow-list", "scrubbed"]))
def test_windowed_rescan_equals_full_passes(text: str, mode: str) -> None:
    scrubber = DEFAULT_SCRUBBER.with_context(free_text=mode)  # type: ignore[arg-type]
    fast = scrubber._until_stable(text, _Context(scrubber.allowed_hosts))
    full = _full_passes(scrubber, text, _Context(scrubber.allowed_hosts))
    assert fast == full


def test_windows_cover_every_change_or_give_up() -> None:
    before = "call +49 30 12345678 then retry; see https://example.org/a?token=abc&x=1 now"
    after = "call <phone> then retry; see https://example.org/a?token=&x= now"
    windows = _rescan_windows(before, after)
    assert windows is not None
    assert any(s <= after.index("<phone>") < e for s, e in windows)
    assert any(s <= after.index("?token") < e for s, e in windows)
    # A change that left no mark: the text outside the windows is not `before`'s.
    words = " ".join(f"word{i}" for i in range(40))
    changed = words.replace("word3 ", "WORD3 ")
    assert _rescan_windows(words + " secret", changed + " <secret>") is None
    assert _rescan_windows("plain text", "plain text changed") is None


def _always_apply(rule: Rule, text: str, ctx: _Context) -> str:
    """What `rule` makes of `text` with its prefilter skipped."""
    replacement = rule.replacement
    if isinstance(rule, RescanRule) and not isinstance(replacement, str):
        return RescanRule.apply(replace(rule, needles=(), guard=None), text, text.lower(), ctx)
    if isinstance(replacement, str):
        return rule.pattern.sub(replacement, text)
    return rule.pattern.sub(lambda m: replacement(m, ctx), text)


@SETTINGS
@given(TEXTS)
def test_prefilters_never_skip_a_rule_that_changes_the_text(text: str) -> None:
    for rule in (*EARLY_RULES, *MESSAGE_RULES):
        ctx = _Context(DEFAULT_SCRUBBER.allowed_hosts)
        if _always_apply(rule, text, ctx) != text:
            assert rule.may_match(text.lower()), rule.name


# Provider tokens and near misses (other case, short tails, no separator) of the rules
# that run without needles or behind a guard.
_TAILS = st.one_of(
    st.sampled_from([6, 16, 20, 24, 32, 35, 36, 40, 50, 58, 64]).flatmap(
        lambda n: _token(ALNUM + "_-", n)
    ),
    st.text(alphabet=ALNUM + "_-.:=", max_size=70),
)
_PROVIDER_TOKENS = st.one_of(
    st.builds(
        lambda head, tail: head + tail,
        st.sampled_from(
            [
                "AIza",
                "aiza",
                "AKIA",
                "ASIA",
                "akia",
                "AROA",
                "ATBB",
                "ATATT",
                "atctt",
                "ghp_",
                "GHS_",
                "github_pat_",
                "glpat-",
                "GLPAT-",
                "glagent-",
                "glffct-",
                "xoxb-",
                "XOXP-",
                "xapp-1-",
                "shpat_",
                "SHPSS_",
                "hvs.",
                "HVB.",
                "fo1_",
                "fm2a_",
                "FM1_",
                "glc_",
                "glsa_",
                "NRAK-",
                "nrjs-",
                "figd_",
                "FIGO_",
                "AKC",
                "akc",
                "AP1",
                " APF",
                " APE",
                "Ap2",
                "M",
                "N",
                "O",
                "123456789:",
                "12345678",
                ":",
                ".",
            ]
        ),
        _TAILS,
    ),
    st.builds(
        lambda a, b, c: f"{a}.{b}.{c}",
        _token(ALNUM + "_-", 24),
        _token(ALNUM + "_-", 6),
        _token(ALNUM + "_-", 27),
    ),
    st.builds(lambda t: f"1234567890:{t}", _TAILS),
    st.builds(
        lambda head, tail: f" {head}{tail} ",
        st.sampled_from(["AKC", "AP1", "APA", "APE", "APF", "APG", "Apf"]),
        _token(ALNUM, 12),
    ),
)
PROVIDER_TEXTS = st.lists(
    st.tuples(st.one_of(_PROVIDER_TOKENS, st.sampled_from(WORDS)), st.sampled_from(SEPARATORS)),
    min_size=1,
    max_size=24,
).map(lambda parts: "".join(p + s for p, s in parts))


@SETTINGS
@given(PROVIDER_TEXTS)
def test_provider_needle_sets_keep_every_rule_they_had(text: str) -> None:
    lowered = text.lower()
    for own, needles in zip(OWN_RULES, _OWN_NEEDLES, strict=True):
        before = any(n in lowered for n in own.needle.split("|") if n)
        if needles:
            assert _needle_hit(needles, lowered) == before, own.provider
        elif not before:
            # Run without needles: where its documented needles say no, nothing matches.
            assert own.pattern.search(text) is None, own.provider


@SETTINGS
@given(PROVIDER_TEXTS)
def test_plugin_guards_never_skip_a_match(text: str) -> None:
    for plugin in _load_plugins():
        if plugin.guard is None:
            continue
        if plugin.guard.search(text) is None:
            assert not any(p.search(text) for p in plugin.patterns), plugin.name


def _groups_hit(groups: tuple[tuple[str, tuple[str, ...]], ...], lowered: str) -> bool:
    return any(p in lowered and (not rest or any(n in lowered for n in rest)) for p, rest in groups)


_ALL_NEEDLES = sorted(
    {n for p in _load_plugins() for n in p.needles}
    | {n for own in OWN_RULES for n in own.needle.split("|")}
)
NEEDLE_TEXTS = st.one_of(
    PROVIDER_TEXTS,
    st.lists(st.sampled_from(_ALL_NEEDLES + WORDS), max_size=8).map(" ".join),
    st.lists(st.sampled_from(_ALL_NEEDLES), max_size=3).map("".join),
    st.text(alphabet="clsoupwkeyaitrnhmbg_- ", max_size=40),
)


@SETTINGS
@given(NEEDLE_TEXTS)
def test_plugin_needle_groups_fire_when_the_needles_do(text: str) -> None:
    lowered = text.lower()
    for plugin in _load_plugins():
        assert _groups_hit(plugin.groups, lowered) == _needle_hit(plugin.needles, lowered) or (
            not plugin.needles
        ), plugin.name


@SETTINGS
@given(NEEDLE_TEXTS)
def test_rules_left_out_without_underscore_could_not_run(text: str) -> None:
    lowered = text.replace("_", " ").lower()
    bare = dict(_OWN_BARE)
    for own, needles in zip(OWN_RULES, _OWN_NEEDLES, strict=True):
        full = _needle_hit(needles, lowered)
        assert full == (own in bare and _needle_hit(bare[own], lowered)), own.provider
    for plugin in _load_plugins():
        full = not plugin.groups or _groups_hit(plugin.groups, lowered)
        groups = plugin.bare_groups
        assert full == (groups is not None and (not groups or _groups_hit(groups, lowered)))


_UNNEEDLED = [own for own, needles in zip(OWN_RULES, _OWN_NEEDLES, strict=True) if not needles]
_GUARDED = [plugin for plugin in _load_plugins() if plugin.guard is not None]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_every_match_of_a_rule_run_without_needles_holds_one(data: st.DataObject) -> None:
    # Running such a rule on every text finds nothing more than its needles let through.
    for own in _UNNEEDLED:
        text = data.draw(st.from_regex(own.pattern), label=own.provider)
        match = own.pattern.search(text)
        assert match is not None
        lowered = match.group().lower()
        assert any(n in lowered for n in own.needle.split("|") if n), own.provider


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_every_match_of_a_guarded_plugin_holds_its_guard(data: st.DataObject) -> None:
    for plugin in _GUARDED:
        assert plugin.guard is not None
        for pattern in plugin.patterns:
            text = data.draw(st.from_regex(pattern), label=plugin.name)
            match = pattern.search(text)
            assert match is not None
            assert plugin.guard.search(match.group()) is not None, plugin.name


@SETTINGS
@given(TEXTS)
def test_anchored_rules_find_what_a_whole_scan_finds(text: str) -> None:
    for rule in MESSAGE_RULES:
        if isinstance(rule, AnchoredRule) or rule.starts:
            whole = _always_apply(rule, text, _Context(DEFAULT_SCRUBBER.allowed_hosts))
            anchored = rule.apply(text, text.lower(), _Context(DEFAULT_SCRUBBER.allowed_hosts))
            assert anchored == whole, rule.name


@SETTINGS
@given(TEXTS)
def test_digest_labels_found_where_a_whole_scan_finds_them(text: str) -> None:
    whole = [m.span() for m in DIGEST_RE.finditer(text)]
    assert [m.span() for m in _digest_matches(text, text.lower())] == whole


# Short text shaped like code: names before parentheses, keywords at line starts, line
# ends. Short, so that one line decides (a long text nearly always holds some code line).
CODE_PIECES = st.sampled_from(
    [
        "f(",
        "(1)",
        "x.(1)",
        "é(a)",
        "_(a)",
        "$(a)",
        "9(a)",
        "(",
        ")",
        "x.y(",
        ".(",
        "$(",
        "_(",
        "é(",
        "1(",
        "a b",
        "const ",
        "let x = ",
        "def g",
        "class A",
        "import x;",
        "from a import b",
        "#include <x>",
        "=>",
        "=> {",
        ";",
        "{",
        "\r",
        "\x0b",
        "\u2003",
        "  public static",
        "\t",
        "x",
    ]
)
CODE_TEXTS = st.lists(
    st.tuples(CODE_PIECES, st.sampled_from(["", " ", "\n", "\r\n", "(", ")", "\t"])),
    min_size=1,
    max_size=5,
).map(lambda parts: "".join(p + s for p, s in parts))


@SETTINGS
@given(CODE_TEXTS)
def test_shape_prefilters_never_skip_a_match(text: str) -> None:
    # The prefilters are necessary conditions: where they say no, the pattern finds nothing.
    if not free_text._may_hold_code_line(text):
        assert free_text._CODE_LINE_RE.search(text) is None
    if not free_text._may_hold_call(text):
        assert free_text._CALL_RE.search(text) is None


NAME_TEXTS = st.lists(
    st.sampled_from(
        [
            *("Mr ", "Dr. ", "Ms\t", "call me ", "Call me ", "name is ", "Named ", "named "),
            *("John", "Smith ", "O'Neil", "Ada", " ", "x", ".", "\n", "MISS ", "Madam "),
        ]
    ),
    max_size=20,
).map("".join)


@SETTINGS
@given(NAME_TEXTS)
def test_rules_tried_at_their_start_words_expand_as_a_whole_scan(text: str) -> None:
    # Their template replacements are expanded without `Match.expand` (`_expander`).
    for rule in MESSAGE_RULES:
        if rule.starts:
            whole = _always_apply(rule, text, _Context(DEFAULT_SCRUBBER.allowed_hosts))
            at_starts = rule.apply(text, text.lower(), _Context(DEFAULT_SCRUBBER.allowed_hosts))
            assert at_starts == whole, rule.name
