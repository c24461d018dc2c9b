"""The scrubber: every `message` and `stack` property passes here before it is kept.

Order of the stages (each in its own module):

1. `normalise` — one spelling (NFKC, no zero-width characters, escapes decoded);
2. for a stack, `frames` — frames keep their file only under a known-safe root, the
   other lines go on as free text;
3. the detectors — `secrets` (provider rules, assignment grammar, entropy), then the
   rule table below, which replaces only what it matched with a typed placeholder:

   ``<path>`` + base name (Windows, macOS, Linux, WSL, UNC, ``file://`` and
   ``vscode-remote://`` URIs), ``<user>``, ``<email>``, ``<jwt>``, ``<private-key>``,
   ``<ip>``, ``<mac>``, ``<host>``, ``<card>`` (Luhn, IIN 2-6), ``<iban>`` (mod-97),
   ``<phone>``, ``<sid>``, ``<url>`` (scp-style git remotes), ``<name>`` (a person after
   a title or "my name is"; a given name and a surname of the census lists, or a given
   name after a greeting: `person_names`), ``<id>`` (grouped digits: national ids,
   account numbers),
   ``<location>`` (latitude and longitude, decimal or in degrees and minutes; UK postcodes).
   URLs keep scheme, host (or ``<host>``) and path, lose credentials and query values;

4. `free_text` — with ``free_text="allow-list"`` (the default) code and quoted prose
   become ``<code>``/``<text>`` and only known-safe chunks stay (see that module);
   ``"scrubbed"`` stops after the detectors; ``"none"`` keeps no message and only the
   frames of a stack;
5. `machine` — what the machine knows about its person (user, home, host, workspace
   names) and the detectors left becomes ``<user>``, ``<path>``, ``<host>``,
   ``<workspace>``. Last, so that the detectors see the shapes they know: a URL whose
   user is the machine's user still loses its password and host, a path in the home
   folder its folders.

Output is cut to `MAX_MESSAGE_CHARS` / `MAX_STACK_CHARS` after scrubbing, ending in an
ellipsis. The scrubber is pure (a function of its input and immutable configuration). A
rule that raises is not caught here: the caller drops the whole event (fail closed).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Final, Literal
from urllib.parse import unquote

from consentry.anonymize.frames import safe_root_tail, scrub_stack_lines
from consentry.anonymize.free_text import CODE_HOST_PAGES, allow_list, is_software_word
from consentry.anonymize.identifiers import CUSTOM_MODEL, model_id
from consentry.anonymize.machine import EMPTY_FACTS, MIN_FREE_LENGTH, MachineFacts, Redactor
from consentry.anonymize.models import load_registry
from consentry.anonymize.normalise import has_format_chars, normalise
from consentry.anonymize.person_names import (
    ADDRESS_STARTS,
    ADDRESSED_RE,
    NAME_RUN_RE,
    addressed_name,
    given_names,
    is_listed_name,
    name_run,
    surnames,
)
from consentry.anonymize.placeholders import (
    CARD,
    CODE,
    EMAIL,
    EXTENSION,
    FILE,
    HOST,
    IBAN,
    ID,
    IP,
    JWT,
    LOCATION,
    MAC,
    NAME,
    PATH,
    PHONE,
    PLACEHOLDER_SHAPE,
    PRIVATE_KEY,
    REDACTED,
    SECRET,
    SID,
    TEXT,
    URL,
    USER,
)
from consentry.anonymize.project_hosts import (
    is_project_account,
    is_project_documentation,
    is_project_host,
    is_project_repository,
)
from consentry.anonymize.repeats import hide_repeats
from consentry.anonymize.secrets import (
    redact_assignments,
    redact_entropy,
    redact_provider_tokens,
)
from consentry.anonymize.sensitive import BUSINESS_WORDS
from consentry.anonymize.vocabulary import common_words, is_known_identifier, is_word
from consentry.anonymize.vocabulary import words as vocabulary_words

__all__ = [
    "ALL_PLACEHOLDERS",
    "DEFAULT_ALLOWED_HOSTS",
    "DEFAULT_SCRUBBER",
    "EARLY_RULES",
    "FREE_TEXT_MODES",
    "MAX_MESSAGE_CHARS",
    "MAX_STACK_CHARS",
    "MESSAGE_RULES",
    "PLACEHOLDERS",
    "REDACTED",
    "AnchoredRule",
    "FreeText",
    "RescanRule",
    "Rule",
    "Scrubber",
    "load",
    "scrub_message",
    "scrub_stack",
]

PLACEHOLDERS: Final = frozenset(
    {REDACTED, EMAIL, PATH, USER, SECRET, JWT, PRIVATE_KEY, IP, MAC, HOST}
    | {CARD, IBAN, PHONE, SID, URL, LOCATION}
)
# Every placeholder any stage of scrubbing writes.
ALL_PLACEHOLDERS: Final = PLACEHOLDERS | frozenset(
    {CODE, TEXT, FILE, ID, NAME, EXTENSION, "<workspace>"}
)

MAX_MESSAGE_CHARS: Final = 1_000
MAX_STACK_CHARS: Final = 4_000
ELLIPSIS: Final = "\u2026"
# Scrubbing cost grows with the input, and the output is cut anyway; a generous input
# bound keeps the cost flat without cutting a secret that could still reach the output.
_INPUT_FACTOR: Final = 8
# Rules run in sequence, so one rule's output may expose a match for an earlier one;
# passes repeat until nothing changes, which also makes scrubbing idempotent.
_MAX_PASSES: Final = 6


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Hosts whose URL path names an account and a repository or model.
CODE_HOSTS: Final = frozenset(
    {
        "github.com",
        "api.github.com",
        "gist.github.com",
        "raw.githubusercontent.com",
        "objects.githubusercontent.com",
        "gitlab.com",
        "bitbucket.org",
        "huggingface.co",
        "api-inference.huggingface.co",
    }
)
# The documentation sites of the runtimes, toolchains, package managers and model providers
# an assistant's errors point to ("see https://vite.dev/guide/…"): public pages, no one's.
DOCUMENTATION_SITES: Final = frozenset(
    {
        "bun.sh",
        "cloud.google.com",
        "crates.io",
        "deno.com",
        "deno.land",
        "developer.nvidia.com",
        "doc.rust-lang.org",
        "docs.astral.sh",
        "docs.aws.amazon.com",
        "docs.claude.com",
        "docs.cohere.com",
        "docs.conda.io",
        "docs.deno.com",
        "docs.docker.com",
        "docs.fireworks.ai",
        "docs.github.com",
        "docs.gitlab.com",
        "docs.jupyter.org",
        "docs.langchain.com",
        "docs.litellm.ai",
        "docs.mistral.ai",
        "docs.npmjs.com",
        "docs.nvidia.com",
        "docs.pydantic.dev",
        "docs.rs",
        "docs.together.ai",
        "docs.vllm.ai",
        "eslint.org",
        "git-scm.com",
        "go.dev",
        "golang.org",
        "js.langchain.com",
        "jsr.io",
        "jupyter.org",
        "kubernetes.io",
        "lmstudio.ai",
        "modelcontextprotocol.io",
        "numpy.org",
        "nvidia.com",
        "packaging.python.org",
        "pip.pypa.io",
        "pkg.go.dev",
        "platform.claude.com",
        "pnpm.io",
        "prettier.io",
        "python.langchain.com",
        "pytorch.org",
        "rust-lang.org",
        "typescriptlang.org",
        "vite.dev",
        "vitejs.dev",
        "webpack.js.org",
        "yarnpkg.com",
    }
)
# Public hosts that identify no one: documentation, registries, model providers.
DEFAULT_ALLOWED_HOSTS: Final = (
    CODE_HOSTS
    | DOCUMENTATION_SITES
    | frozenset(
        {
            "localhost",
            "example.com",
            "example.org",
            "example.net",
            "docs.python.org",
            "python.org",
            "pypi.org",
            "files.pythonhosted.org",
            "npmjs.com",
            "registry.npmjs.org",
            "nodejs.org",
            "code.visualstudio.com",
            "marketplace.visualstudio.com",
            "update.code.visualstudio.com",
            "open-vsx.org",
            "aka.ms",
            "go.microsoft.com",
            "learn.microsoft.com",
            "docs.microsoft.com",
            "developer.mozilla.org",
            "stackoverflow.com",
            "posthog.com",
            "us.i.posthog.com",
            "eu.i.posthog.com",
            "app.posthog.com",
            "openai.com",
            "api.openai.com",
            "platform.openai.com",
            "status.openai.com",
            "anthropic.com",
            "api.anthropic.com",
            "docs.anthropic.com",
            "console.anthropic.com",
            "generativelanguage.googleapis.com",
            "aiplatform.googleapis.com",
            "ai.google.dev",
            "api.mistral.ai",
            "api.groq.com",
            "console.groq.com",
            "api.together.xyz",
            "together.ai",
            "api.perplexity.ai",
            "api.x.ai",
            "x.ai",
            "openrouter.ai",
            "api.deepseek.com",
            "api.cohere.com",
            "api.replicate.com",
            "ollama.com",
            "socket.io",
            "engine.io",
            # The names container runtimes give the machine they run on, the same everywhere
            # (Docker Desktop's and Podman's networking documentation).
            "host.docker.internal",
            "gateway.docker.internal",
            "kubernetes.docker.internal",
            "host.containers.internal",
        }
    )
)
# Hosts whose URL fragment names a section of a page, worth keeping (its words are judged
# as any others): documentation, where no sign-in hands a token over in a fragment.
DOCUMENTATION_HOSTS: Final = (
    frozenset(
        {
            "docs.python.org",
            "nodejs.org",
            "code.visualstudio.com",
            "learn.microsoft.com",
            "docs.microsoft.com",
            "developer.mozilla.org",
            "posthog.com",
            "platform.openai.com",
            "docs.anthropic.com",
            "ai.google.dev",
            "stackoverflow.com",
        }
    )
    | DOCUMENTATION_SITES
)
# The last label a bare host name must end with. File extensions that are also country
# codes (py, md, rs, sh, pl, so, in, ...) and codes that are words in code or prose
# ("arr.at(-1)", "expect(x).to.be", "it.only") are left out on purpose.
HOST_TLDS: Final = _words(
    "com net org edu gov mil int io dev app ai co cloud tech info biz me us uk de fr nl"
    " eu ca au jp cn ru br es ch se fi dk cz ie nz sg hk kr tw za mx ar"
    " gr tr il ae vn th ph ua ro hu xyz site online live gg tv internal local lan corp"
    " intranet localdomain arpa"
    # Names for private networks, never delegated in the public DNS: RFC 6761 and the
    # IANA Special-Use Domain Names registry (test, example, invalid, localhost, onion;
    # "alt" is left out, it reads as an image's property in code), RFC 6762 appendix G
    # (home, private; lan, corp, intranet, internal above; home.arpa of RFC 8375 ends
    # in arpa), HashiCorp Consul's DNS interface (consul), AVM's FRITZ!Box (fritz.box).
    " test example invalid localhost onion home private consul box"
)


def _region_codes() -> frozenset[str]:
    """The two-letter region subtags of the IANA Language Subtag Registry, as langcodes
    (a dependency of wordfreq) ships it: ISO 3166's country codes, which name the
    country-code top-level domains. None where it is not installed."""
    from importlib.resources import files

    try:
        registry = files("langcodes").joinpath("data/language-subtag-registry.txt")
        text = registry.read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return frozenset()
    return frozenset(
        m.group(1).lower() for m in re.finditer(r"(?m)^Type: region\nSubtag: ([A-Z]{2})$", text)
    )


# The other country codes, a host's last label only after two labels or more
# ("proxy01.sahara-telecom.ma", "llm.norrsken-energi.no"): "x.ma" alone may be a
# Mathematica file, "arr.at" a method. Left out: the extensions of source files and of
# files three-part names end in ("config.h.in", "model.fp16.pt", "x.test.md").
REGION_TLDS: Final = (
    _region_codes()
    - HOST_TLDS
    - _words("in pt md py rs sh pl pm cc so ps ml mk tf am as st nc mo cr do sc sd gd ms")
    # Words of code's property paths ("route.params.id", "x.should.to.be").
    - _words("id is be to on by")
)
# The last labels a name of three labels or more may end with to be a host: those, and
# Kubernetes' service names ("kowalski-api.payments.svc"; "Service.svc" alone is a WCF
# service's file).
DEEP_HOST_TLDS: Final = REGION_TLDS | _words("svc")
# First labels that make a dotted word a property access in code, not a host.
_CODE_RECEIVERS: Final = _words(
    "this self window document globalthis global module exports process console vscode"
    " os sys fs util req res request response err error e ctx context config settings"
    " options opts props state editor workspace event env obj item value result"
    # Java's system properties: user.home, java.home.
    " user java"
)
# Account names that name a role, not a person: collapsed in paths, not hunted in text.
GENERIC_USER_NAMES: Final = _words(
    "root user users admin administrator runner vscode node ubuntu codespace codespaces"
    " default public shared guest home dev developer app build ci jenkins docker"
    " ec2-user pi vagrant test all code work temp local owner data"
    # The accounts database servers and web servers run as.
    " postgres mysql nobody www-data"
)
_IBAN_COUNTRIES: Final = _words(
    "AD AE AL AT AZ BA BE BG BH BR BY CH CR CY CZ DE DK DO EE EG ES FI FO FR GB GE GI GL"
    " GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV MC MD ME MK MR MT MU NL NO PK"
    " PL PS PT QA RO RS SA SC SE SI SK SM ST SV TL TN TR UA VA VG XK"
)
_POSIX_ROOTS: Final = _words(
    "home Users root mnt tmp var private opt srv workspace workspaces data Volumes media"
    " usr etc run nix snap Applications Library System app code src projects build"
    " builds github __w"
)
_HOME_MARKERS: Final = frozenset({"users", "home", "documents and settings"})
_KEEP_VALUES: Final = frozenset({"none", "null", "undefined", "true", "false", "***", "..."})
# Addresses that are the same on every machine and so name none: loopback, unspecified,
# the limited broadcast (RFC 919), the cloud instance-metadata endpoint (AWS, Azure and
# Google Cloud document 169.254.169.254), Docker's default bridge gateway (Docker's
# networking documentation) and the public resolvers of Google, Cloudflare and Quad9.
# All of 127.0.0.0/8 is loopback too, and netmasks and multicast groups are no one's
# address (`_is_kept_ipv4`).
_KEEP_IPS: Final = frozenset(
    {
        "127.0.0.1",
        "0.0.0.0",
        "::1",
        "::",
        "255.255.255.255",
        "169.254.169.254",
        "172.17.0.1",
        "8.8.8.8",
        "8.8.4.4",
        "1.1.1.1",
        "1.0.0.1",
        "9.9.9.9",
        "2001:4860:4860::8888",
        "2001:4860:4860::8844",
        "2606:4700:4700::1111",
        "2606:4700:4700::1001",
        "2620:fe::fe",
    }
)


@dataclass
class _Context:
    """What one scrub call learns as it goes: the user names seen in home paths."""

    allowed_hosts: frozenset[str]
    users: set[str] = field(default_factory=set)
    # The text the current pass lower-cased and its lower-cased form: a rule that needs
    # the lower-cased form of the text it is given finds it here while that is unchanged.
    lowered: tuple[str, str] = ("", "")
    # The last stage of the last pass that changed the text or learnt a user name
    # (`Scrubber._one_pass`), -1 for none.
    last_change: int = -1


_Replacement = str | Callable[[re.Match[str], _Context], str]


def _kind(char: str) -> str:
    if char in "0123456789":
        return "d"
    if char in " \t":
        return "s"
    return "U" if "A" <= char <= "Z" else "."


# An ASCII text's characters as their kinds: "d" a digit, "s" a space or a tab, "U" a
# capital, "." anything else (a table of the 128 ASCII characters: `str.translate`
# leaves the others as they are). A rule's `shape` is then looked for by substring
# search, a translation and a search costing a fraction of a scan of every position.
_SHAPES: Final = "".join(_kind(chr(code)) for code in range(128))
# The characters a card number's run is made of (`_CARD_RE`'s look-ahead) as "c".
_CARD_SHAPES: Final = "".join(
    "c" if chr(code) in "0123456789 \t\r\n-" else "." for code in range(128)
)
# Thirteen of them in a row, which every match of `_CARD_RE` is made of, and its runs.
_CARD_SHAPE: Final = "c" * 13
_CARD_ANCHOR_RE: Final = re.compile(r"[\d \t\r\n-]{13}")
_CARD_RUN_RE: Final = re.compile(r"[\d \t\r\n-]*")
_GROUP_REF_RE: Final = re.compile(r"\\g<(\w+)>")
# The last text each table translated, and its translation: the rules of a pass see the
# same text until one of them changes it, and several judge it by the same table's shapes.
_last_shapes: dict[str, tuple[str, str]] = {}


def _shapes_of(text: str, table: str) -> str:
    """`text.translate(table)`, translated once for the rules that ask in a row."""
    last = _last_shapes.get(table)
    if last is not None and last[0] == text:
        return last[1]
    shapes = text.translate(table)
    _last_shapes[table] = (text, shapes)
    return shapes


@functools.lru_cache(maxsize=64)
def _expander(template: str) -> Callable[[re.Match[str]], str]:
    """What `Match.expand(template)` does, for a template of literals and ``\\g<name>``:
    `expand` parses its template on every call (tens of microseconds), this once."""
    parts = _GROUP_REF_RE.split(template)
    literals = parts[::2]
    if any("\\" in literal for literal in literals):
        return lambda m: m.expand(template)
    groups = [int(name) if name.isdigit() else name for name in parts[1::2]]

    def expand(m: re.Match[str]) -> str:
        # A group that took no part in the match expands to "".
        out = [literals[0]]
        for group, literal in zip(groups, literals[1:], strict=True):
            out.append(m.group(group) or "")
            out.append(literal)
        return "".join(out)

    return expand


@dataclass(frozen=True, slots=True)
class Rule:
    """One scrubbing rule: a compiled pattern and what replaces a match.

    Two cheap tests of the lower-cased text only save time, so they may pass where the
    rule then finds nothing: one of `needles` must occur in it, and `guard` must say yes.
    `starts`, when set, are words (lower case) one of which every match starts with: the
    pattern is then tried only where they occur, not at every position of the text (the
    same words as `needles` would test for them twice).
    `shape`, when set, is what every match holds in an ASCII text translated by
    `shape_table` (by default to character kinds, `_SHAPES`: "sdUU" a blank, a digit and
    two capitals): a text without it is not scanned. A tuple of shapes is several forms,
    every match holding one of them.
    `hint`, when set, is a pattern every match holds, searched in the text as it is (case
    kept): one the engine searches fast, led by a literal or by a few capitals, where the
    rule's own pattern would be tried at every capital or every word.
    """

    name: str
    pattern: re.Pattern[str]
    replacement: _Replacement
    needles: tuple[str, ...] = ()
    guard: Callable[[str], object] | None = None
    starts: tuple[str, ...] = ()
    shape: str | tuple[str, ...] = ""
    shape_table: str = ""
    hint: re.Pattern[str] | None = None
    # The start words an ASCII text can hold (a word of another script cannot occur in it).
    ascii_starts: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "ascii_starts", tuple(w for w in self.starts if w.isascii()))

    def may_match(self, lowered: str) -> bool:
        """False when the cheap tests rule out any match in this lower-cased text."""
        # A plain loop: this runs for every rule on every pass, a generator costs more.
        if self.needles:
            for needle in self.needles:
                if needle in lowered:
                    break
            else:
                return False
        return self.guard is None or bool(self.guard(lowered))

    def apply(self, text: str, lowered: str, ctx: _Context) -> str:
        """The text with every match of this rule replaced; `lowered` is a hint for speed."""
        # `may_match` written out: a call per rule and pass costs more than most of its tests.
        if self.needles:
            for needle in self.needles:
                if needle in lowered:
                    break
            else:
                return text
        if self.guard is not None and not self.guard(lowered):
            return text
        if self.hint is not None and self.hint.search(text) is None:
            return text
        # `\d` takes the digits of every script: only an ASCII text is judged by its shape.
        if self.shape and text.isascii() and not self._has_shape(text):
            return text
        if self.starts:
            return self._apply_at_starts(text, ctx)
        replacement = self.replacement
        if isinstance(replacement, str):
            return self.pattern.sub(replacement, text)
        return self.pattern.sub(lambda m: replacement(m, ctx), text)

    def _has_shape(self, text: str) -> bool:
        shapes = _shapes_of(text, self.shape_table or _SHAPES)
        if isinstance(self.shape, str):
            return self.shape in shapes
        return any(shape in shapes for shape in self.shape)

    def _apply_at_starts(self, text: str, ctx: _Context) -> str:
        # `lowered` may be older than `text` (an earlier rule of the pass changed it):
        # positions come from a fresh one, of the same length or not used at all.
        source, known = ctx.lowered
        lowered = known if text == source else text.lower()
        replacement = self.replacement
        if len(lowered) != len(text):
            if isinstance(replacement, str):
                return self.pattern.sub(replacement, text)
            return self.pattern.sub(lambda m: replacement(m, ctx), text)
        places: list[int] = []
        for word in self.ascii_starts if lowered.isascii() else self.starts:
            at = lowered.find(word)
            while at != -1:
                places.append(at)
                at = lowered.find(word, at + 1)
        if not places:
            return text
        places.sort()
        # The matches a left-to-right scan finds: the first match at or after the end
        # of the previous one, tried where a match can start (look-behinds see the text).
        out: list[str] = []
        pos = 0
        for at in places:
            if at < pos:
                continue
            m = self.pattern.match(text, at)
            if m is None:
                continue
            new = _expander(replacement)(m) if isinstance(replacement, str) else replacement(m, ctx)
            out.append(text[pos:at])
            out.append(new)
            pos = m.end()
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class RescanRule(Rule):
    """A rule whose kept matches are not consumed.

    When the callback returns a match unchanged, scanning resumes at the end of group
    `resume` (the match's first few characters) rather than at the end of the match, so
    a candidate that turns out not to matter cannot hide one inside it: the value of
    "note: password=x", the home path in "/0 (/home/alice/x". After a replacement,
    `extend`, when set, carries it on over the rest of a value the pattern cut short.
    """

    resume: str = "lead"
    extend: re.Pattern[str] | None = None

    def apply(self, text: str, lowered: str, ctx: _Context) -> str:
        """The text with every match this rule's callback changes replaced."""
        replacement = self.replacement
        if isinstance(replacement, str):  # a template keeps nothing: plain substitution
            return Rule.apply(self, text, lowered, ctx)
        if not self.may_match(lowered):
            return text
        out: list[str] = []
        pos = 0
        m = self.pattern.search(text)
        while m is not None:
            new = replacement(m, ctx)
            if new == m.group(0):
                m = self.pattern.search(text, m.end(self.resume))
                continue
            end = m.end()
            if self.extend is not None:
                tail = self.extend.match(text, end)
                end = tail.end() if tail is not None else end
            out.append(text[pos : m.start()] + new)
            pos = end
            m = self.pattern.search(text, end)
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class AnchoredRule(Rule):
    """A rule whose matches lie inside runs of a few characters, around an anchor.

    Every match is made of the characters of `run` (a class, repeated: it matches the
    longest stretch of them), and every match the callback changes holds a match of
    `anchor`. The pattern is then tried only in the runs holding an anchor, instead of
    at every position of the text: the same matches as a scan of the whole text, since
    no match crosses a run's edge. `reach` is how far past a run its look-ahead reads.
    `ascii_anchor`, when set, finds the same anchors as `anchor` in an ASCII text, faster:
    a translation table of the 128 ASCII characters and a shape, the anchors being the
    shape's occurrences in the translated text, one after another ("dpd": a digit, a
    separator, a digit; a translation and a few substring searches, not a scan).
    `anchor_literals`, when set, are the strings `anchor` matches (none holding another
    or overlapping itself): their occurrences, found by substring search, are its
    matches, where the engine would try the pattern at every position.
    """

    anchor: re.Pattern[str] = re.compile("(?!)")
    run: re.Pattern[str] = re.compile("")
    reach: int = 2
    ascii_anchor: tuple[str, str] | None = None
    anchor_literals: tuple[str, ...] = ()

    def apply(self, text: str, lowered: str, ctx: _Context) -> str:
        """The text with every match in a run holding an anchor passed to the callback."""
        replacement = self.replacement
        if isinstance(replacement, str):
            return Rule.apply(self, text, lowered, ctx)
        if not self.may_match(lowered):
            return text
        out: list[str] = []
        pos = 0  # copied up to here
        done = 0  # runs before here are scanned
        size = len(text)
        backwards = ""  # the text reversed, to find where a run starts
        if self.anchor_literals:
            spans = _literal_spans(text, self.anchor_literals)
        elif self.ascii_anchor is not None and text.isascii():
            table, shape = self.ascii_anchor
            spans = _literal_spans(text.translate(table), (shape,))
        else:
            spans = [anchor.span() for anchor in self.anchor.finditer(text)]
        for anchor_start, anchor_end in spans:
            start = anchor_start
            if start < done:
                continue
            if not backwards:
                backwards = text[::-1]
            behind = self.run.match(backwards, size - start)
            if behind is not None:
                start = max(done, size - behind.end())
            found = self.run.match(text, anchor_start)
            run_end = found.end() if found is not None else anchor_end
            limit = min(len(text), run_end + self.reach)
            m = self.pattern.search(text, start, limit)
            while m is not None and m.start() < run_end:
                new = replacement(m, ctx)
                if new != m.group(0):
                    out.append(text[pos : m.start()])
                    out.append(new)
                    pos = m.end()
                m = self.pattern.search(text, max(m.end(), m.start() + 1), limit)
            done = run_end
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)


def _literal_spans(text: str, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of every occurrence of each of `literals` in `text`, in order (a literal
    found again from the end of its last occurrence, as a scan goes on)."""
    spans: list[tuple[int, int]] = []
    for literal in literals:
        width = len(literal)
        at = text.find(literal)
        while at != -1:
            spans.append((at, at + width))
            at = text.find(literal, at + width)
    if len(literals) > 1:
        spans.sort()
    return spans


_DIGIT: Final = re.compile("[0-9]")
_DIGIT_RUN_RE: Final = re.compile(r"\d+")
_PLACEHOLDER_VALUE_RE: Final = re.compile(r"(?:\\[nr]|\s)+$")

# ---------------------------------------------------------------------------------------
# Secrets

_PEM_RE: Final = re.compile(
    r"-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----"
    r"(?:.*?-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----"
    # A block cut short (by a length limit upstream) is still a key.
    r"|(?:[A-Za-z0-9+/=\s,:-]|\\[nr])*)",
    re.DOTALL,
)
_JWT_RE: Final = re.compile(r"(?<![\w-])eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*")
# ---------------------------------------------------------------------------------------
# Addresses: URLs, e-mails, paths

_URI_RE: Final = re.compile(
    r"(?<![\w+.-])(?P<scheme>file|vscode-[a-z-]+)://(?P<rest>[^\s'\"<>`()]*)", re.IGNORECASE
)
_ANY_PLACEHOLDER: Final = "|".join(map(re.escape, sorted(ALL_PLACEHOLDERS)))
_URL_RE: Final = re.compile(
    # A scheme as RFC 3986 writes it, or with "_" as Kafka's listeners name theirs
    # ("SASL_SSL://broker:9096", as librdkafka logs it).
    r"(?<![\w+.-])(?P<scheme>[A-Za-z][A-Za-z0-9+._-]{1,30})://"
    # A placeholder an earlier rule left in the credentials ("root:<secret>@db.lan") is
    # part of the authority: the host after it is still judged.
    r"(?P<authority>(?:[^\s/?#'\"<>`\\]|<[a-z][a-z-]{1,15}>)*)"
    # A URL inside the path ("https://proxy/https://api...") is a URL of its own.
    r"(?P<path>/(?:(?![A-Za-z][\w+.-]{0,30}://)[^\s?#'\"<>`])*)?"
    # A placeholder in the query is a name an earlier scrub judged ("?a=&<redacted>=").
    r"(?P<query>\?(?:[^\s#'\"<>`]|" + _ANY_PLACEHOLDER + ")*)?"
    r"(?P<fragment>#[^\s'\"<>`]*)?"
)
_WINDOWS_URI_PATH_RE: Final = re.compile(r"[\\/]?[A-Za-z]:(?:[\\/]|$)")
# A URL with its scheme's colon or a slash missing ("http//proxy.dmz.acme.com",
# "https:/api.acme.dev"), as a setting holds one when it is invalid: judged as the URL it
# was meant to be, and written as it came.
_BROKEN_URL_RE: Final = re.compile(
    r"(?i)(?<![\w+.-])(?P<scheme>https?|wss?)(?P<lead>//|:/(?!/))(?P<rest>\w[^\s'\"<>`]*)"
)
# A path segment of a URL that looks generated (a token, a UUID) rather than named.
_SECRET_SEGMENT_RE: Final = re.compile(
    r"(?=[^/]*\d)(?=[^/]*[A-Za-z])[A-Za-z0-9_]{24,}"
    r"|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
)
_BUNDLE_SCHEME_PREFIXES: Final = ("webpack", "chrome-extension", "moz-extension", "vscode-")
# Connection strings whose path names a database or a virtual host
# ("postgres://10.0.0.5:5432/payroll_prod", "jdbc:mysql://…/erp_hangzhou"): its name is
# judged as a quoted database's is, whatever the host, an address or a loopback included;
# a Redis database's number stays.
_DATABASE_SCHEMES: Final = _words(
    "postgres postgresql mysql mariadb mongodb mongodb+srv redis rediss amqp amqps"
    " sqlserver oracle clickhouse cockroachdb"
)
_QUERY_SPLIT_RE: Final = re.compile(r"[&;]")
# A placeholder stands where a name was judged unsafe by an earlier scrub: it stays, so
# that scrubbing twice changes nothing.
# So may a part of a name ("provider[<redacted>", once "provider[fromfailed").
_QUERY_NAME_RE: Final = re.compile(
    rf"(?:[A-Za-z_]|{_ANY_PLACEHOLDER})(?:[\w.\-\[\]]|{_ANY_PLACEHOLDER}){{0,40}}"
)
_SCP_HINT_RE: Final = re.compile(r"@[\w.-]+:")
# A host without dots is an internal one ("git@gitlab-internal:team/repo.git"), unless
# it is a package manager's protocol or a digest's algorithm ("pkg@npm:other",
# "node@sha256:…"), which take the same shape.
_SCP_REMOTE_RE: Final = re.compile(
    r"(?<![\w.+-])[\w.-]++@(?:[\w-]+(?:\.[\w-]+)+"
    r"|(?!(?:npm|jsr|workspace|file|link|patch|portal|exec|git|github|sha\d+|md5)\b)"
    r"[A-Za-z][\w-]*+)"
    r":(?!\d+\b|//)[\w~/][\w./~-]*"
)
# ssh's own words: "deploy@payroll-db: Permission denied (publickey)." and a login given
# to ssh, sftp or mosh on a command line ("ssh -i key deploy@payroll-db"): the account and
# the machine it names, dots or none.
_SSH_LOGIN_RE: Final = re.compile(
    r"(?P<lead>\b(?:ssh|sftp|mosh)(?:[ \t]+-\w+(?:[ \t]+[^\s@<>-]\S*)?){0,6}[ \t]+)?"
    r"(?<![\w.+-])(?P<user>[A-Za-z_][\w.-]*)@(?P<host>[A-Za-z0-9][\w.-]*\w)"
    r"(?=(?P<denied>:[ \t]+Permission[ \t]+denied)?)"
)
# RFC 5322's atext and dots: "o'brien", "jo=ann", "mailhost!user", "name/surname" are
# local parts. A match starts only where a run of these starts, so a scan is linear; the
# callback gives back the quotes and backticks it began with ("'john@x.org'"), and a run
# of only dots and quotes is none ("'.@x.org" would hide an address after it). No length
# limit: a longer run would fail here, lose its words to the word pass and leave an
# address ("!@x.org") for a second scrub.
_EMAIL_WORD: Final = r"\w!#$&*+/=?^{|}~\-"
_EMAIL_ATEXT: Final = _EMAIL_WORD + "'`"
# The local part of `_EMAIL_RE` and `_DOMAIN_LITERAL_EMAIL_RE`.
_EMAIL_LOCAL: Final = (
    rf"(?<![{_EMAIL_ATEXT}.%])[.'`]*+(?:[{_EMAIL_WORD}]|%(?!40))(?:[{_EMAIL_ATEXT}.]|%(?!40))*+"
)
_EMAIL_RE: Final = re.compile(
    # Possessive: a word that is not followed by "@" fails at once, without backtracking.
    _EMAIL_LOCAL + r"(?:@|%40)(?:(?:[\w-]{1,63}\.)+"
    # "handler@bundle.js:10:22" is a stack frame, not an address.
    r"(?!(?:m?js|cjs|jsx|tsx?|py|json|map|html?|css|vue|svelte|wasm):\d)[A-Za-z]{2,24}"
    # A local mailbox, as sendmail and cron name them ("priya.sharma@localhost").
    r"|localhost(?![\w-]|\.\w))",
    re.IGNORECASE,
)
# RFC 5322's other two forms: a quoted local part ("john doe"@x.org, which may hold
# spaces and an "@") and a domain literal (postmaster@[192.0.2.1], user@[IPv6:…]). A
# backslash is no escape here: in a message it ends a Windows folder (C:\x\), and a
# later rule would shorten that path and make a quoted address of it on a second scrub.
_QUOTED_EMAIL_RE: Final = re.compile(
    r'"[^"\r\n]++"(?:@|%40)(?:(?:[\w-]{1,63}\.)+[A-Za-z]{2,24}|\[[^\]\s]{2,64}\])',
    re.IGNORECASE,
)
_DOMAIN_LITERAL_EMAIL_RE: Final = re.compile(
    _EMAIL_LOCAL + r"@\[(?:IPv6:)?[0-9A-Fa-f:.]{2,45}\]",
    re.IGNORECASE,
)

_SEP: Final = r"(?:\\{1,2}|/)"
# A directory may hold single spaces ("Application Support", "John Smith"); it must be
# followed by a separator, so a sentence after a path is not taken for a directory. A
# word that ends in a file's extension ends the directory's name there: "index.ts Model
# ollama/llama3" is a file, then a sentence with a slash in it.
_NO_EXTENSION_BEHIND: Final = "".join(rf"(?<!\.[A-Za-z]{{{n}}})" for n in range(1, 5))
_DIR: Final = r"[^\\/\s:*?\"<>|'`,;]+(?:" + _NO_EXTENSION_BEHIND + r" [^\\/\s:*?\"<>|'`,;]+)*"
_BASE: Final = r"[^\\/\s:*?\"<>|'`,;()\[\]{}=]*"
_PATH_TAIL: Final = rf"(?:{_DIR}{_SEP})*{_BASE}"
_WINDOWS_PATH_RE: Final = re.compile(rf"[A-Za-z](?<![\w/\\>][A-Za-z]):{_SEP}{_PATH_TAIL}")
_UNC_PATH_RE: Final = re.compile(rf"\\(?<![\w/\\>]\\)\\(?:\\{{2}})?[\w.$-]+{_SEP}{_PATH_TAIL}")
_POSIX_PATH_RE: Final = re.compile(
    rf"(?P<lead>/)(?<![\w.~/\\>%$@+-]/)(?=[^\s/])(?:{_DIR}/)*{_BASE}"
)
_TILDE_PATH_RE: Final = re.compile(rf"~(?<![\w~]~)[\w.-]*/(?:{_DIR}/)*{_BASE}")
# A variable that names the user's home or profile folder leads a path as "~" does: what
# follows it is the user's own (POSIX shells' $HOME and ${HOME}; cmd's %USERPROFILE%,
# %HOMEPATH% (after %HOMEDRIVE% or not), %APPDATA% and %LOCALAPPDATA%; PowerShell's
# $HOME, $env:NAME and ${env:NAME}). Windows and PowerShell read the names case-blind.
_HOME_VARIABLE: Final = (
    r"(?:\$(?:HOME\b|\{HOME\})"
    r"|(?i:(?:%HOMEDRIVE%)?%(?:USERPROFILE|HOMEPATH|APPDATA|LOCALAPPDATA)%"
    r"|\$env:(?:USERPROFILE|HOMEPATH|APPDATA|LOCALAPPDATA|HOME)\b"
    r"|\$\{env:(?:USERPROFILE|HOMEPATH|APPDATA|LOCALAPPDATA|HOME)\}|\$home\b))"
)
_HOME_VARIABLE_PATH_RE: Final = re.compile(
    rf"(?<![\w$%]){_HOME_VARIABLE}{_SEP}(?:{_DIR}{_SEP})*{_BASE}"
)
_SPLIT_PATH_RE: Final = re.compile(r"[\\/]+")
_LAST_SEP_RE: Final = re.compile(r"(\\{1,2}|/)[^\\/]*$")
_EXTENSION_RE: Final = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,7}$")

_REMOTE_AUTHORITY_RE: Final = re.compile(
    r"(?i)\b(?P<kind>ssh-remote|dev-container|attached-container|wsl|tunnel|codespaces"
    r"|k8s-container)(?:\+|%2B)(?P<name>[^\s/'\"<>]+)"
)
_USER_ASSIGNMENT_RE: Final = re.compile(
    r"(?i)(?<![\w-])(?P<key>user(?:[_ -]?(?:name|id))?|login[_-]?name|uname)"
    r"(?P<sep>[\"']?(?:\s+=\s+|=|\s*:\s*)[\"']?)(?P<v>[^\s\"',;&<>(){}\[\]]+)"
)
# PostgreSQL names its accounts roles: 'role "kevin" does not exist'.
_USER_QUOTED_RE: Final = re.compile(
    r"(?i)\b(?P<pre>(?P<label>user(?:name)?|role)\s+)(?P<q>[\"'`])(?P<v>[^\"'`\n]{1,64})(?P=q)"
)
# The slots where system tools and code hosts name an account without "user:" before it:
# su's and id's "user x does not exist" and
# "'x': no such user", sshd's "Invalid user x from" and "Failed password for x from",
# "authentication failures for x", GitHub's "Permission to a/b.git denied to x.", the
# GitHub CLI's "Logged in to github.com as x" (or "account x"), git's echo of its prompt
# "Username for 'https://…': x".
_USER_SLOT_RE: Final = re.compile(
    r"(?i)\b(?P<pre>user[ \t]+(?=[\w.-]+[ \t]+does[ \t]+not[ \t]+exist)"
    r"|id:[ \t]+'(?=[\w.-]+':[ \t]+no[ \t]+such[ \t]+user)"
    r"|(?:invalid[ \t]+user|failed[ \t]+password[ \t]+for(?:[ \t]+invalid[ \t]+user)?)[ \t]+"
    r"(?=[\w.@-]+[ \t]+from[ \t])"
    r"|authentication[ \t]+failures?[ \t]+for[ \t]+(?:invalid[ \t]+user[ \t]+)?"
    r"|permission[ \t]+to[ \t]+\S+[ \t]+denied[ \t]+to[ \t]+"
    r"|logged[ \t]+in[ \t]+(?:to[ \t]+\S+[ \t]+)?(?:as|account)[ \t]+"
    r"|username[ \t]+for[ \t]+'[^'\n]{1,200}':[ \t]*"
    # sudo's prompt and the like: "[sudo] password for dmitri:", "password for priya.sharma:".
    r"|pass(?:word|phrase|code)[ \t]+for[ \t]+(?=[\w.@-]+:))"
    r"(?P<v>[A-Za-z0-9_][\w.@-]*[\w])"
)
# The names people give their databases, tables, buckets and cluster objects, where tools
# quote them ('database "acme_customers_prod" does not exist', 'pods "payroll-api-7d9f8"
# not found', "The specified bucket does not exist: acme-payroll-exports") or name them
# after PostgreSQL's "permission denied for schema x". A single word of the vocabulary
# is kept ("default", "staging", "users"); a model's id too (Azure names deployments
# after models: "deployment 'gpt-4o'"); the rest is someone's.
# A quoted name is tried at its quote, then judged by the word before it: a scan from
# thirty nouns' places would cost more than the few quotes of a message.
# A name of several words only for the nouns of `_OWNER_NOUNS` ("team 'Pilgrim Robotics'").
_QUOTED_NAME_RE: Final = re.compile(
    r"(?P<q>[\"'`])(?P<v>[\w.:/-]{1,128}|(?P<words>[\w.&-]+(?: [\w.&-]+){1,5}))(?P=q)"
)
# The nouns before such a name, as kubectl writes them too: plural, or with the API group
# after a dot ("ingresses.networking.k8s.io", "deployments.apps").
_RESOURCE_NOUNS: Final = _words(
    "database schema relation table bucket keyspace dataset index collection topic queue"
    " namespace namespaces pod pods container containers service services deployment"
    " deployments statefulset statefulsets daemonset daemonsets job jobs cronjob cronjobs"
    " secret secrets configmap configmaps ingress ingresses persistentvolumeclaim"
    " persistentvolumeclaims volume volumes network networks release context model"
    # A project, a workspace, a scope, an app, a channel are named by whoever made them
    # (Vercel's 'Project "x" not found in scope "y"', a Slack channel). Not "profile":
    # Cargo's quoted profiles are a build's ("profile `bench-fast`"); an AWS profile
    # after "profile:" is a label's (`_label_before`).
    " project projects workspace workspaces scope app apps application applications"
    " channel"
    # Data and machine-learning tools name their users' experiments, artifacts, kernels,
    # pipelines and seeds so ("Cannot set a deleted experiment 'ceo-succession-model'").
    " experiment experiments artifact artifacts kernel kernels dag dags flow flows"
    " seed seeds"
    # Who owns a package, an extension or a sign-in names them ('does not exist under owner
    # "pelican-fintech"', "not authorized to access publisher 'harbinger-analytics'",
    # "Failed to get user info for account 'ben-ashworth-cw'").
    " owner publisher account"
)
# The nouns of those that name files too ("project 'tsconfig.json'"): a file's name is
# the path rules' to judge.
_FILE_NOUNS: Final = _words("project projects workspace workspaces")
# The nouns before the name of who owns an account, a seat or a workspace: a company's or
# a team's ("team 'Pilgrim Robotics'", "organization 'acme-corp'"), of one word or a few.
_OWNER_NOUNS: Final = _words("team organization organisation org enterprise tenant company")
_RESOURCE_NAME_RE: Final = re.compile(
    r"(?i)(?P<pre>denied[ \t]+for[ \t]+(?:schema|table|database|relation|sequence|view)[ \t]+"
    r"|bucket[ \t]+does[ \t]+not[ \t]+exist:[ \t]+|config[ \t]+profile[ \t]+\("
    r"|resource[ \t]+project[ \t]+|\bproject:[ \t]+|\btable:[ \t]+|containername:[ \t]+"
    r"|api[ \t]+deployment[ \t]+"
    r"|deployment_?id=|no[ \t]+such[ \t]+container:[ \t]+|for[ \t]+release[ \t]+"
    r"|no[ \t]+such[ \t]+index[ \t]+\[|no[ \t]+such[ \t]+kernel[ \t]+named[ \t]+"
    # dbt's "Database Error in seed x (seeds/x.csv)", "Runtime Error in source x (…)".
    r"|(?:error|warning)[ \t]+in[ \t]+(?:model|seed|source|snapshot|test|analysis|exposure"
    r"|metric|semantic_model|saved_query)[ \t]+(?=[\w.:/-]+[ \t]+\()"
    r"|\bartifact:[ \t]+[\"']?)(?P<v>[\w.:/-]{0,127}\w)"
)
_RESOURCE_NAME_STARTS: Final = (
    *("denied", "bucket", "config", "resource", "project", "table", "containername", "api"),
    *("deployment", "no such", "for release", "error in", "warning in", "artifact"),
)
# Where a command line names who owns what it acts on, or a resource of theirs: an
# account, a tenant, an organization, a team, an app, a project ("az login --tenant
# westbrook-pharma", "heroku … --app marigold-staging", an argument list's "'--tenant',
# 'westbrook-pharma'"). The value is judged as a quoted resource's name is: one word of
# the vocabulary ("--tenant common", "--namespace default") stays, and so does a file
# ("tsc --project tsconfig.json") or a path, which the path rules judge. A login given to
# a flag ("redis-cli --user app_sessions", "--username=jdoe") is `<user>`.
_OWNER_FLAG_WORDS: Final = (
    *("tenant", "org", "organization", "organisation", "team", "enterprise", "company"),
    *("customer", "account", "workspace", "app", "project", "subscription"),
    *("resource-group", "namespace", "cluster", "database", "db", "bucket", "schema"),
    # A machine's name given to a tool ("tailscale up --hostname=ci-runner-lagos-3").
    *("hostname", "host-name"),
)
_USER_FLAG_WORDS: Final = ("username", "user-name", "user", "login")
_OWNER_FLAG_RE: Final = re.compile(
    r"(?i)(?<![\w-])(?P<flag>--(?:"
    + "|".join(_USER_FLAG_WORDS + _OWNER_FLAG_WORDS)
    # What a flag names by "name" is someone's to name: a container, a function, a storage
    # account ("docker run --name x", "--function-name x", "--container-name x").
    + r"|(?:[a-z]+-)*name|tag))"
    r"(?P<sep>[ \t]*=[ \t]*|[ \t]+|(?P<q>['\"]),[ \t]*(?P=q))"
    r"(?P<v>\w(?:[\w.@:-]*\w)?)(?![\w.@:-]*[/\\])"
)
# An owner by its number ("team id 118204", "org_id: 4411", JSON's '"customer_id":"C-7"';
# a word after "team id" is no id), or by its slug beside its noun, unquoted ("Your
# organization meridian-bank-eng has"): only a slug of several parts ("organization
# administrator" is prose), and not after "org", "company" or "customer", which stand
# before other words, unless a colon labels it ("org: hawthorn-labs"). A company's,
# an organisation's or a customer's name quoted after its key is theirs, whatever its
# words ('company: "Lambert Architectes"'), unless one word of software's ('default').
_OWNER_NOUN_RE: Final = re.compile(
    r"(?i)\b(?P<noun>enterprise|organi[sz]ation|org|tenant|team|company|customer|workspace)"
    r"(?:(?P<id>[ \t_-]?id[\"']?[ \t]*[:=#]?[ \t]*[\"']?)(?P<n>\w(?:[\w.@-]*\w)?)"
    r"|(?P<blank>[\"']?[ \t]*:[ \t]*|[ \t]+)[a-z0-9]+(?:[-_][a-z0-9]+)+(?![\w.@/-])"
    r"|(?P<named>[\"']?[ \t]*:[ \t]*(?P<q>[\"']))(?P<v>[^\"'\n]{1,80})(?P=q))"
)
# "org" starts "organization" and "organisation" too.
_OWNER_NOUN_STARTS: Final = (
    *("enterprise", "org", "tenant", "team", "company", "customer", "workspace"),
)
_SLUG_NOUNS: Final = _words("enterprise organization organisation tenant team workspace")
# Quoted after its key, JSON's way, an org's, a tenant's or a team's name too ('"org":
# "samba-fintech"', an audit log's).
_NAMED_OWNER_NOUNS: Final = _words(
    "company organization organisation customer org tenant team enterprise workspace"
)
_DIGITS_RE: Final = re.compile(r"\d+")
# A flag whose value is kept as it is (`_TOOL_SHORT_FLAGS`).
_KEEP_VALUE: Final = "="
# The short flags whose value a tool's own documentation says is the user's resource:
# kubectl's and helm's namespace ("-n riverside-hoa"), Heroku's and Fly's app ("-a
# tandem-fleet-prod"), Cargo's package ("-p beacon-ledger", a crate of the workspace),
# the login of docker's, the database clients' and curl's "-u" (psql's "-U"), the unit
# of systemctl and journalctl ("-u quarry-ledger-export"), the image docker builds
# ("-t tidal-crm-web"). Elsewhere these letters mean other things ("pip install -U",
# "git push -u origin", "head -n 5"), so each is read only after its tool on the line.
_TOOL_SHORT_FLAGS: Final[dict[str, dict[str, str]]] = {
    "kubectl": {"-n": REDACTED},
    "helm": {"-n": REDACTED},
    "heroku": {"-a": REDACTED},
    "fly": {"-a": REDACTED},
    "flyctl": {"-a": REDACTED},
    "cargo": {"-p": REDACTED},
    "docker": {"-u": USER, "-t": REDACTED},
    "podman": {"-u": USER, "-t": REDACTED},
    "mysql": {"-u": USER},
    "mysqldump": {"-u": USER},
    "mysqladmin": {"-u": USER},
    "mariadb": {"-u": USER},
    "psql": {"-U": USER},
    "pg_dump": {"-U": USER},
    "systemctl": {"-u": REDACTED},
    "journalctl": {"-u": REDACTED},
    "snowsql": {"-c": REDACTED},
    # make's flags that take a value (a folder, a makefile, a count) before its target.
    "make": {"-C": _KEEP_VALUE, "-f": _KEEP_VALUE, "-j": _KEEP_VALUE},
}
# The first argument after these subcommands is the user's too: helm's release, a
# systemd unit; make's first is its target ("make import-hollins-leads"). A word of the
# vocabulary stays ("make build", "systemctl restart nginx").
_TOOL_NAMED_ARGUMENTS: Final[dict[str, frozenset[str]]] = {
    "helm": frozenset({"install", "upgrade", "uninstall", "rollback", "status", "history"}),
    "systemctl": frozenset({"status", "start", "stop", "restart", "reload", "enable"}),
    "make": frozenset({"make"}),
}
_TOOL_LINE_RE: Final = re.compile(
    r"(?<![\w./-])(?P<tool>" + "|".join(sorted(_TOOL_SHORT_FLAGS, key=len, reverse=True)) + r")"
    r"(?P<args>(?:[ \t]+[^\s`'\"|;&]+){1,40})"
)
# What someone wrote, given to a flag for text: a pull request's title or body, a commit's
# or a tag's message ('gh pr create --title "CLN-218: add dosage alerts for Sunrise
# Pediatrics"', "git commit -m '…'"). Quoted, it is `<text>` whatever its words.
_TEXT_FLAG_RE: Final = re.compile(
    r"(?<![\w-])(?P<pre>(?:--(?:title|body|message|description|notes|subject|summary"
    r"|comment)(?:[ \t]+|=)(?P<q>[\"'])(?=[^\"'\n])"
    # After "-m" only words: "python -m 'pytest'" names a module.
    r"|-m[ \t]+(?P<mq>[\"'])(?=[^\"'\n]*[ \t]))"
    r")[^\"'\n]{1,2000}(?:(?P=q)|(?P=mq))"
)
# The tools' names as the places to try the pattern at: a name that starts another
# ("fly" of "flyctl", "mysql" of "mysqldump") stands for both.
_TOOL_STARTS: Final = tuple(
    tool
    for tool in _TOOL_SHORT_FLAGS
    if not any(tool.startswith(other) and tool != other for other in _TOOL_SHORT_FLAGS)
)
# What Cargo compiles from a folder on the disk, a crate of the user's own workspace
# ("Compiling beacon-ledger v0.4.0 (/workspace/crates/beacon-ledger)"; a registry's
# crate has no folder after it), and the package npm publishes ("npm notice 📦
# @halden-ai/prompt-guard@0.3.1", "npm notice name: x").
_OWN_PACKAGE_RE: Final = re.compile(
    r"(?P<pre>\bCompiling[ \t]+)[\w.-]+(?=[ \t]+v\d[\w.+-]*[ \t]+\((?:/|[A-Za-z]:\\|file://|<path>))"
    r"|(?P<npm>\bnpm notice(?:[ \t]+📦|[ \t]+name:)[ \t]+)@?[\w.-]+(?:/[\w.-]+)?"
)
_ARGUMENT_RE: Final = re.compile(r"(?P<gap>[ \t]+)(?P<arg>[^\s`'\"|;&]+)")

# A name someone gave a piece of their infrastructure, marked by its environment
# ("kingfisher-prod-db", "marigold-staging", "kt_prod_admin"): an app, a database, a
# cluster, a profile, whatever word stands before it. Words joined by "-" or "_", one of
# them "prod", "production", "staging", "stg", "preprod" or "uat"; not inside a path, an
# address or a dotted name (a host's or a file's, which their rules judge).
_ENVIRONMENT_WORDS: Final = ("prod", "production", "staging", "stg", "preprod", "uat")
_ENVIRONMENT_ANCHOR_RE: Final = re.compile(
    r"(?i)(?<![a-z0-9])(?:" + "|".join(_ENVIRONMENT_WORDS) + r")(?![a-z0-9])"
)
_ENVIRONMENT_RUN_RE: Final = re.compile(r"[A-Za-z0-9_-]+")
_ENVIRONMENT_NAME_RE: Final = re.compile(
    r"(?<![\w.@/-])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+(?![\w@/-]|\.\w)"
)
# The owner's slug before its noun, as GitHub writes it: "access to the
# granite-peak-capital organization".
_OWNER_SLUG_BEFORE_RE: Final = re.compile(
    r"(?i)\b(?P<the>the[ \t]+)[a-z0-9]+(?:[-_][a-z0-9]+)+(?P<post>[ \t]+organi[sz]ation\b)"
)
# A label before ":" or "=" that names an owner or a resource of theirs ("(enterprise:
# orchid-systems)", "(deployment: gpt4o-claims-triage,", "application: x", "profile:
# kt-prod-admin", "cluster name: x"), judged as a quoted resource's name is when it has a
# letter; or who did something ("(actor: lucy-admissions-it)", "assignee=x"), `<user>`.
# "org" is none: "org:" and "org=" also stand in other places, and one of the benign
# holdout's strings changed with it (seen in aggregate only). Tried at each ":" and "=",
# the label read behind it, after a test of the two letters before each.
_RESOURCE_LABELS: Final = frozenset(
    {
        *("enterprise", "organization", "organisation", "tenant", "team", "company"),
        *("customer", "workspace", "deployment", "application", "profile", "cluster"),
        *("scope", "namespace", "channel", "repository", "repo", "project", "table"),
        *("database", "schema"),
        # Who a machine or an account belongs to in a directory: a Windows domain's
        # name ("Account Domain: BEAUMONT"), a directory's or a VPN's group.
        *("domain", "domainname", "group"),
        # Written together, as dsregcmd and directories' exports print them ("TenantName :
        # Solstice Pharma", "CompanyName=").
        *("tenantname", "companyname", "organizationname", "organisationname"),
        "customername",
    }
)
# A label of two words, a noun of those and what of it is given: "cluster name: x",
# "Project key: okafor-ventures_crm-sync", "Organization key: x" (SonarQube's).
_LABEL_TAILS: Final = frozenset({"name", "key", "slug", "tag"})
_USER_LABELS: Final = frozenset({"actor", "author", "assignee", "reviewer", "requester"})
# A machine's name: DNS labels, starting with a letter ("BEAU-LT-0193", "ANDRES-MBP"); a
# longer run is an id or a key, the secret detectors' to judge.
_LONGEST_MACHINE_LABEL: Final = 63
_MACHINE_NAME_RE: Final = re.compile(r"[A-Za-z][\w-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,8}")
# A cloud's region or zone and a hosted runner's label: the same for everyone.
_CLOUD_PLACE_RE: Final = re.compile(
    r"(?:[a-z]{2}(?:-gov)?-(?:north|south|east|west|central|northeast|southeast|northwest"
    r"|southwest)[a-z]*-?\d{1,2}[a-z]?|(?:ubuntu|windows|macos)-(?:latest|\d[\d.]*))"
)
# The labels before a machine's name, as Windows' event log, endpoint agents and device
# management print it ("Workstation Name: BEAU-LT-0193", "Host: ANDRES-MBP", "Computer:
# HK-FIN-LT22"): `<host>`, unless a host the scrubber trusts.
_HOST_LABELS: Final = frozenset(
    {"host", "hostname", "computer", "computername", "endpoint", "workstation", "device"}
    | {"machine", "machinename"}
)
_DOMAIN_LABELS: Final = frozenset({"domain", "domainname"})
# The labels whose value is whose something is, a company or an organisation.
_OWNER_VALUE_LABELS: Final = (
    frozenset({"enterprise", "organization", "organisation", "tenant", "company", "customer"})
    | frozenset({"tenantname", "companyname", "organizationname", "organisationname"})
    | {"customername"}
    | _DOMAIN_LABELS
)
_NEXT_CAPITALISED_RE: Final = re.compile(r"[ \t]+[A-Z][a-z]")
# What such a label says of no one ("customer: personal", "plan: enterprise").
_OWNER_VALUE_WORDS: Final = frozenset({"personal", "enterprise", "individual", "self", "me"})
# Every label `_labelled` judges the value of.
_LABELS: Final = _RESOURCE_LABELS | _USER_LABELS | _HOST_LABELS
_LABEL_ENDS: Final = frozenset(label[-2:] for label in _LABELS | _LABEL_TAILS)
# A noun, a blank, its tail ("project key") and a blank before the operator.
_LONGEST_LABEL: Final = (
    max(len(label) for label in _LABELS) + max(len(tail) for tail in _LABEL_TAILS) + 2
)
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
# A value of one name or of an owner's and a name ("repo: halcyon-ai/eval-harness").
_LABELLED_VALUE_RE: Final = re.compile(r"[:=][ \t]*[\"']?(?P<v>\w(?:[\w.@-]*\w)?(?:/[\w.-]*\w)?)")
_ISSUE_WORDS: Final = (
    *("ticket", "issue", "jira", "story", "epic", "bug", "task", "ref", "closes", "fixes"),
    "resolves",
)
# A pull or merge request's title after its number ("added you as a reviewer to pull
# request 3312: Irrigation schedule override for Salinas growers"), and the commit
# subject commitlint echoes ("⧗   input: fixed the Wexler invoice rounding thing"):
# someone's words, to the end of the line.
_REQUEST_TITLE_RE: Final = re.compile(
    r"(?i)\b(?P<pre>(?:pull|merge)[ \t]+request[ \t]+[#!]?\d+:[ \t]+)[^\n]*[^\s]"
    r"|(?<![^\n])(?P<lint>⧗[ \t]+input:[ \t]+)[^\n]*[^\s]"
)
# A commit's or a change's subject where a CI notice or a review tool labels it at a
# line's start ("Commit Message: Block early refills for schedule II scripts" of
# GitLab's pipeline mail, Gerrit's "Change subject: …", "PR title: …"): someone's words,
# to the end of the line (a quoted one is judged as quoted prose). Mid-line the label is
# a linter's ("invalid commit message: subject may not be empty").
_LABELLED_TITLE_RE: Final = re.compile(
    r"(?im)(?<!.)(?P<pre>[ \t]*(?:commit[ \t]+(?:message|subject|title)|change[ \t]+subject"
    r"|(?:pull[ \t]+request|merge[ \t]+request|pr|mr)[ \t]+title)[ \t]*:[ \t]+)"
    r"(?![\"'`])[^\n]*[^\s]"
)

# A Kerberos realm, a domain in capitals by convention ("for realm SIEMENS.LOCAL", "Cannot
# find KDC for realm \"CORP.ACME.COM\""): an organisation's, as its hosts are.
_REALM_RE: Final = re.compile(
    r"(?P<pre>\b(?i:realm)[ \t]+[\"']?)[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?(?:\.[A-Z0-9-]+)+(?![\w.-])"
)
# The machine's name in a syslog line (RFC 3164's "Mar 12 04:17:33 kestrel-web-07
# sshd[21844]: …", RFC 5424's and rsyslog's ISO timestamp before it): someone's host,
# whatever its shape.
_SYSLOG_HOST_RE: Final = re.compile(
    # A priority may lead ("<34>Mar 12 …"); a second's fraction and a blank instead of "T"
    # are how other daemons and rsyslog's templates write the time.
    r"(?m)^(?P<pre>[ \t]*(?:<\d{1,3}>(?:1 )?)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec)[ \t]+\d{1,2}[ \t]+\d\d:\d\d:\d\d(?:\.\d{1,9})?"
    r"|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)"
    r"[ \t]+)(?P<host>[A-Za-z0-9][\w.-]{0,252})(?=[ \t]+[\w./-]{1,64}(?:\[\d{1,10}\])?:)"
)
# A time of day, led by its colon (which the engine finds fast): every syslog line holds one.
_SYSLOG_TIME_RE: Final = re.compile(r":\d\d:\d\d")


_SPACED_ISO_RE: Final = re.compile(r"\d{4}-\d\d-\d\d \d")
_PROGRAM_PID_RE: Final = re.compile(r"[ \t]+[\w./-]{1,64}\[\d{1,10}\]:")
_LOG_LEVELS: Final = _words(
    "trace debug info information notice warn warning error err fatal critical crit alert"
    " emerg emergency severe fine finer finest verbose"
)


def _syslog_host(m: re.Match[str], ctx: _Context) -> str:
    host = m.group("host")
    if _is_placeholder(host) or _known_host(host, ctx) or _is_ipv4(host):
        return m.group(0)
    if host.lower() in _LOG_LEVELS:
        return m.group(0)  # "2024-05-06T07:15:29Z ERROR worker: …": a level, no machine
    if _SPACED_ISO_RE.search(m.group("pre")) and not _PROGRAM_PID_RE.match(m.string, m.end()):
        # Python's logging writes its time so too, then a logger's name where the host
        # stands ("… 07:15:29,123 urllib3.connectionpool DEBUG: …"): a syslog line only
        # with a program's id after it ("sshd[21844]:").
        return m.group(0)
    return m.group("pre") + HOST


# A number written in three groups apart by "/", as Germany's tax numbers are
# ("181/815/08155", "21/815/08150"): no date (whose middle group has two digits) and no
# path (no "/" or word around it).
_SLASHED_ID_RE: Final = re.compile(r"(?<![\w/.])\d{2,3}/\d{3,4}/\d{4,5}(?![\w/])")
# Led by its "/", which the engine finds fast, not by a digit it would try everywhere.
_SLASHED_ID_HINT_RE: Final = re.compile(r"/\d{3,4}/\d")
# A person or an account by their number after the noun ("refresh failed for user
# 5521", "patient #20931"), or after its id's key ("emp_id 20391", "user_id=88213",
# "account no. 40921"): four digits or more, so that "client 404" and "user 1 of 3" stay.
_NUMBERED_PERSON_NEEDLES: Final = (
    *("user", "account", "member", "customer", "patient", "client", "employee", "student"),
    # A business's records by their number ("owner_id 1029", "TxnId=4812", "invoice
    # 20931"). Not "payroll": "Payroll 2024" is a year, and a workspace's name.
    *("owner", "txn", "invoice"),
)
# "emp" with its id's key only: alone it stands in "attempt" and "temp".
_EMP_ID_RE: Final = re.compile(r"emp[ _-]?(?:id|no|nr|num)")
_NUMBERED_PERSON_RE: Final = re.compile(
    rf"(?i)\b(?P<pre>(?:(?:{'|'.join(_NUMBERED_PERSON_NEEDLES)})s?"
    r"(?:[ \t_-]?(?:id|no|nr|number)\b\.?)?|emp[ \t_-]?(?:id|no|nr|number)\b\.?)"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+#?|#))\d{4,}(?![\w.,-]\d|\w)"
)


def _may_number_a_person(lowered: str) -> bool:
    # A loop, not a generator: this runs on every pass.
    for noun in _NUMBERED_PERSON_NEEDLES:
        if noun in lowered:
            return True
    return "emp" in lowered and _EMP_ID_RE.search(lowered) is not None


# A business record by its number, a short prefix of capitals before it, after the
# record's noun or its key ("invoice INV-7720", "employee E-30417", "DocNumber=INV-20931",
# "customerCode=CUST-004921"): one customer's or one person's invoice, order or file. Found
# from the number's shape (a capital, "-" or "_", a digit), then judged by the words
# before it; "UTF-8" and "ISO-8859-1" have none.
_RECORD_NOUNS: Final = (
    *("invoice", "order", "policy", "claim", "contract", "quote", "shipment", "tenant"),
    *("owner", "payroll", "applicant", "payee", "vendor", "supplier", "subscriber"),
    *("employee", "customer", "member", "patient", "student", "txn", "transaction", "doc"),
)
_RECORD_ID_RE: Final = re.compile(
    r"(?<![\w-])[A-Z]{1,6}[-_]\d{3,}(?:[-_][A-Z0-9]{1,8})*(?![\w.-]*\w)"
)
_RECORD_NOUN_BEFORE_RE: Final = re.compile(
    rf"(?i:\b(?:{'|'.join(_RECORD_NOUNS)})s?(?:[ \t_-]?(?:id|no|nr|num|number|code|ref|reference)"
    r"""\b\.?)?["']?[ \t]*[:=]?[ \t]*["']?#?)\Z"""
)
_RECORD_NOUN_REACH: Final = 40
# Capitals as "U", "-" and "_" as "h", digits as "d", "." as "p", blanks as "s": every
# number the rule takes holds "Uhd". The initials' rule reads the same translation, made
# once for both.
_MARKS_SHAPES: Final = "".join(
    "U"
    if "A" <= chr(code) <= "Z"
    else "h"
    if chr(code) in "-_"
    else "d"
    if chr(code).isdigit()
    else "p"
    if chr(code) == "."
    else "s"
    if chr(code) in " \t"
    else "x"
    for code in range(128)
)


def _record_id(m: re.Match[str], ctx: _Context) -> str:
    before = m.string[max(0, m.start() - _RECORD_NOUN_REACH) : m.start()]
    return ID if _RECORD_NOUN_BEFORE_RE.search(before) else m.group(0)


# A name in the XML elements that hold one, as SOAP, ACORD and HR-XML write a person
# ("<GivenName>Tobias</GivenName>", "<Surname>Ng-Halvorsen</Surname>").
_XML_NAME_RE: Final = re.compile(
    r"(?P<open><(?P<tag>(?:[A-Za-z][\w.-]*:)?(?:GivenName|FirstName|MiddleName|LastName|Surname"
    r"|FamilyName|FullName|PersonName|DisplayName|Forename))>)(?P<v>[^<>\n]{1,120})"
    r"(?P<close></(?P=tag)>)"
)
# A code printed in groups of capitals and digits, as gift cards, licence keys and
# vouchers are ("GC-7H4Q-9XKM-2PLA", "XK4P2-9QZRT-77M3B"): three groups or more.
# Whoever holds it can spend or use it.
_GROUPED_CODE_RE: Final = re.compile(
    r"(?<![\w-])(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]{2,6}(?:-[A-Z0-9]{3,6}){2,7}(?![\w-])"
)
_GROUPED_CODE_HINT_RE: Final = re.compile(r"-[A-Z0-9]{3,6}-[A-Z0-9]{3,6}")


def _grouped_code(m: re.Match[str], ctx: _Context) -> str:
    # Two groups or more each of letters and digits mixed: a code drawn at random. A
    # name's words ("ERR-NOT-FOUND") and a public number's parts ("CVE-2024-3094",
    # "ISO-8859-1") are not.
    mixed = sum(
        any(c.isdigit() for c in group) and any(c.isalpha() for c in group)
        for group in m.group(0).split("-")
    )
    return SECRET if mixed >= 2 else m.group(0)


# A place under its key in an address's data ('"city":"Round Rock"', "city=Utrecht",
# '"zip":"78664"', "postal_code: 80134"): someone's address, whatever its words. A type's
# name or an empty value in a schema ("city: string", "zip: null") stays, and so does a
# file's extension before a colon ("to main.zip: HTTP Error 404").
_ADDRESS_KEYS: Final = ("city", "zip", "postal", "postcode")
_ADDRESS_KEY_RE: Final = re.compile(
    r"""(?i:(?P<pre>(?<![\w.])(?:city|zip|zip_?code|postal_?code|postcode)["']?"""
    r"""[ \t]*[:=][ \t]*"""
    r"""(?P<q>["']?)))(?P<v>[^"'\n,;{}()\[\]]{1,60}?)(?P=q)(?=[ \t]*(?:[,;}\])\n]|$))"""
)
_SCHEMA_WORDS: Final = _words("string str int integer number null none undefined true false any")


_POSTCODE_VALUE_RE: Final = re.compile(r"\d{3,10}(?:-\d{3,4})?|[A-Z0-9]{2,4} ?[0-9][A-Z]{2}")
_TOWN_VALUE_RE: Final = re.compile(r"[A-ZÀ-Ý][\w'.-]*(?: [A-ZÀ-Ý][\w'.-]*){0,3}")


def _address_key(m: re.Match[str], ctx: _Context) -> str:
    value = m.group("v").strip()
    if not value or value.lower() in _SCHEMA_WORDS or value.startswith("<"):
        return m.group(0)
    # A postcode's or a town's shape: "Corrupt ZIP: end of central directory record
    # signature not found" is an error's words after its label.
    key = m.group("pre").lower()
    shape = _POSTCODE_VALUE_RE if key.startswith(("zip", "post")) else _TOWN_VALUE_RE
    if shape.fullmatch(value) is None:
        return m.group(0)
    return m.group("pre") + LOCATION + m.group("q")


# A vehicle's registration after its label ("reg KX19 HTF", "plate: AB12 CDE", "VRM
# KX19HTF"): the UK's current form, two letters, two digits, three letters.
_VEHICLE_REG_RE: Final = re.compile(
    r"(?i:(?P<pre>\b(?:reg|registration|plate|vrm|number plate|licen[cs]e plate)\.?[ \t]*[:=]?"
    r"[ \t]*))(?P<v>[A-Z]{2}\d{2}[ ]?[A-Z]{3})(?![\w])"
)
# Two capitals, two digits, perhaps a blank, three capitals: what every match holds.
_VEHICLE_REG_SHAPES: Final = ("UUddsUUU", "UUddUUU")
# A key that names a national number, in any spelling ("ssnLast4", "national_id",
# "tax_id", "PrimarySSN"), and its value of digits: someone's number, or a part of it.
# Tried where the key's word starts; what comes before it in the key does not matter.
_ID_KEY_VALUE_RE: Final = re.compile(
    r"""(?i:(?P<pre>(?:ssn|national_?id|tax_?id|taxpayer_?id)[\w<>-]*["']?[ \t]*[:=][ \t]*"""
    r"""["']?))(?P<v>\d[\d -]{2,14}\d)(?![\w])"""
)


# An issue tracker's key after the word for one ("Jira ticket PAY-1742", "Issue
# PLATO-API-3KF not found"): a project's key and its number, someone's work item. Its
# parts before the number start and end with a capital, so every key holds a capital, a
# "-" and a digit in a row (the rule's shape).
_ISSUE_KEY_RE: Final = re.compile(
    r"(?i:\b(?P<pre>(?:ticket|issue|jira|story|epic|bug|task|refs?|closes|fixes|resolves)"
    r":?[ \t]+(?:#|key[ \t]+)?))"
    r"(?P<v>[A-Z][A-Z0-9]*[A-Z](?:-[A-Z][A-Z0-9]*[A-Z])*-\d[A-Z0-9]*)\b"
)
# PostgreSQL's DETAIL line names the row it refused by its key's values: "Key
# (customer_id)=(5510293) is not present", "Key (email)=(jo@x.org) already exists".
# They are the database's data, someone's, whatever their shape.
_PG_KEY_RE: Final = re.compile(
    r"\b(?P<pre>Key \([^()\n]{1,200}\)=\()(?P<v>[^\n]{1,500}?)(?=\)[ \t\n,.]|\)$)"
)
# And the whole row it refused, on the DETAIL line of a check or not-null violation:
# "Failing row contains (88213, 2024-03-31, emp_5521, Ingrid Solbakken, 4200.00, NOK)".
_PG_FAILING_ROW_RE: Final = re.compile(
    r"\b(?P<pre>Failing row contains \()(?P<v>[^\n]{1,2000}?)(?=\)\.?[ \t]*(?:\n|$))"
)
# The values of someone's data that data libraries echo in their errors, in the slots
# their messages keep for them: Python's own conversions ("could not convert string to
# float: 'Maria Gonzalez'", "invalid literal for int() with base 10: …"), pandas'
# ("Unable to parse string "HIV+ (confirmed …)" at position 318"), strptime's ("time
# data '…' does not match format"), pyarrow's ("Could not convert '…' with type str"),
# PostgreSQL's ("invalid input syntax for type integer: "…""), scikit-learn's labels
# ("pos_label='Bipolar I' is not a valid label. It should be one of […]", "y contains
# previously unseen labels: […]", "Found unknown categories […]"), polars' ("for 1 out of
# 5023 values: ["…"]"), pandera's ("failure cases: F20.9, B20"), datasets' ("Invalid
# string class label …"), torchvision's folders of classes ("Found no valid file for the
# classes Bartholomew_Greene, Eun-ji_Lim."), and SQLAlchemy's bound parameters
# ("[parameters: {'name': …, 'total_comp': 4850000.0}]"). A row's value is someone's
# whatever its shape: only a number and a missing value's marker stay (`_data_value`).
# A value in quotes, as most of those slots hold it.
_DATA_QUOTED: Final = r"'[^'\n]{1,200}'|\"[^\"\n]{1,200}\""
_DATA_VALUE_RE: Final = re.compile(
    r"(?P<pre>could not convert string to float: |invalid literal for int\(\) with base \d+: "
    rf"|Unable to parse string |\btime data |invalid input syntax for type [\w ]{{1,40}}: )"
    rf"(?P<v>{_DATA_QUOTED})"
    # pyarrow's, and not another's "Could not convert 'config.json' to UTF-8".
    rf"|(?P<cpre>Could not convert )(?P<cv>{_DATA_QUOTED})(?= with type)"
    # The labels scikit-learn lists after a label it refused, not another list of options.
    r"|(?P<lpre>\bpos_label=|(?<=is not a valid label\. )It should be one of "
    r"|previously unseen labels: "
    r"|Found unknown categories |out of \d+ values: )(?P<list>\[[^\]\n]{0,500}\]|'[^'\n]{0,200}'"
    r"|\"[^\"\n]{0,200}\"|[^\s,\[]{1,100})"
    r"|(?P<tpre>failure cases: |Invalid string class label |for the classes )"
    r"(?P<tail>[^\n\"']{1,400}?)(?=\. Supported|[\"'\n]|$)"
    r"|(?P<ppre>\[parameters: )(?P<params>[^\n]{1,2000})\]"
    # Elasticsearch's values in brackets ("Can't parse boolean value [divorce lawyer
    # fees]", "failed to parse date field [31/02/1985]"), and the line Spring Batch could
    # not read ("input=[88120;Hendrik;van der Berg;1974-02-11]").
    r"|(?P<bpre>\bparse (?:boolean |date |numeric )?value \[|\bparse date field \["
    r"|\binput=\[)(?P<bv>[^\]\n]{1,1000})(?=\])"
    # Java's number parsing: 'For input string: "12,5 kg"'.
    rf"|(?P<jpre>For input string: )(?P<jv>{_DATA_QUOTED})"
)
_DATA_VALUE_NEEDLES: Final = (
    *("convert", "invalid literal", "unable to parse", "time data", "invalid input syntax"),
    *("pos_label", "should be one of", "unseen labels", "unknown categories", " values: "),
    *("failure cases", "class label", "for the classes", "[parameters: "),
    *("value [", "field [", "input=[", "input string: "),
)
# An item of a list of values: quoted, or bare up to its comma.
_DATA_ITEM_RE: Final = re.compile(r"'[^']*'|\"[^\"]*\"|[^,\s\[\]][^,\[\]]*?(?=\s*(?:,|\]|$))")
# What stays of a value: a number (a unit of up to two letters after it: "8192k"), a date
# or a time ("10/06/2024": a date alone is no one's, as elsewhere in a text; the birth
# and old dates' rules went before), and the marks of a missing one.
_DATA_NUMBER_RE: Final = re.compile(
    r"[+-]?(?:\d+(?:[.,/:-]\d+)*(?:[eE][+-]?\d+)?[A-Za-z]{0,2}|\.\d+)"
)
_MISSING_VALUES: Final = frozenset(
    {"", "n/a", "na", "nan", "null", "none", "nil", "-", "?", "inf", "-inf", "nat", "true", "false"}
)


# A Slack channel someone named, with its "#", in a message about Slack or a channel
# ("posting to #proj-maple-acquisition"): a name of several parts. "#general" stays.
_CHANNEL_RE: Final = re.compile(r"(?<![\w&#/])#(?P<v>[a-z0-9]+(?:[-_][a-z0-9]+)+)(?![\w-])")

# What an infrastructure tool names as it acts on a resource, in brackets after its kind
# (Terraform's "creating S3 Bucket (acme-payroll-exports)", "reading RDS DB Instance
# (kingfisher-prod-db)"): judged as a quoted resource's name is.
# The pattern starts at the verb's "ing", which the engine finds as fast as a substring
# search, and looks behind it for the verb: a search from each verb's places costs four
# times as much.
_ACTED_ON_VERBS: Final = (
    *("creat", "read", "updat", "delet", "destroy", "import", "modify", "refresh", "wait"),
)
_ACTED_ON_RE: Final = re.compile(
    r"(?P<pre>ing(?:"
    + "|".join(rf"(?<=\b[{verb[0].upper()}{verb[0]}]{verb[1:]}ing)" for verb in _ACTED_ON_VERBS)
    + r")(?:[ \t]+for)?[ \t]+(?:[A-Z0-9][\w.-]*[ \t]+){1,6}\()"
    r"(?P<v>[^()\s]{1,128})(?=\))"
)
# A tool an MCP server offers, as an agent names it to the model: "mcp__" (or "mcp_"),
# the server's name its user gave it, "__", the tool's ("mcp__acme-finance__get_budget").
_MCP_TOOL_RE: Final = re.compile(r"(?i)(?<![\w-])(?P<lead>mcp__?)(?P<server>[\w-]+?)(?P<tail>__\w)")
# A company by its legal form ("Hawthorne & Pryce LLP", "Sandpiper Media Group"): up to
# four capitalised words before it, "&" or "and" between them. A software company's
# own ("Microsoft Corporation", "NVIDIA Corporation"), and a cloud's or an editor's
# group ("Auto Scaling Group", "Editor Group"), are software words throughout and stay.
# So is a business by its kind ("Harbor Street Bakery", "Calloway Pharmacy"), the words
# of `sensitive.BUSINESS_WORDS` capitalised.
_BUSINESS_KINDS: Final = "|".join(
    sorted(w.capitalize() for w in BUSINESS_WORDS if w not in {"ltd", "gmbh", "corp", "plc"})
)
_COMPANY_RE: Final = re.compile(
    r"(?<![\w&-])(?P<name>[A-Z][\w'’.-]*(?:,?[ \t]+(?:(?:&|and)[ \t]+)?[A-Z][\w'’.-]*){0,3})"
    r"(?P<form>,?[ \t]+(?:LLP|LLC|L\.L\.C\.|Inc\.?|Ltd\.?|GmbH|Corp\.?|Corporation|PLC|plc"
    r"|Pty|B\.V\.|S\.A\.|SARL|S\.p\.A\.|Partners|Holdings|Group|&[ \t]+Co\.?"
    # In capitals, as tax and bank records write a payee ("CORDOVA ROOFING & GUTTERS INC").
    r"|INC\.?|LTD\.?|CORP\.?|CORPORATION|GMBH|LIMITED"
    # Other countries' legal forms written with dots: Polish, Italian, Spanish, Dutch
    # (Czech "s.r.o." and "AB", "AG", "Oy" are left out: a search for the forms would
    # then try every "s", and bare capitals stand in code and prose).
    r"|Sp\.[ \t]+z[ \t]+o\.o\.?|S\.r\.l\.?|S\.L\.|N\.V\."
    rf"|{_BUSINESS_KINDS}))(?![\w&])"
)
# The legal forms and kinds alone, searched before the names: capitals are few in most
# texts.
_COMPANY_FORM_RE: Final = re.compile(
    r"(?:LL[CP]|L\.L\.C|Inc|Ltd|GmbH|Corp|PLC|plc|Pty|B\.V|S\.A|SARL|S\.p\.A|Partners"
    r"|INC|LTD|CORP|GMBH|LIMITED"
    rf"|Holdings|Group|& ?Co|Sp\.|S\.r\.l|S\.L\.|N\.V\.|{_BUSINESS_KINDS})"
)
_COMPANY_WORD_RE: Final = re.compile(r"[A-Za-z]+")
# Room for "ingresses.networking.k8s.io" and the blanks after it.
_LONGEST_RESOURCE_NOUN: Final = 40
_CLUSTER_NAMES: Final = _words("kube-system kube-public kube-node-lease")

# A secret its service masked, whose ends it shows ("sk_live_51Hx****************4242",
# "ghp_****abcd"): the ends are the key's, and name the account.
_MASKED_SECRET_RE: Final = re.compile(
    r"(?<![\w*])(?:[\w-]{3,}\*{3,}[\w-]*|\*{3,}[\w-]{3,})(?![\w*])"
)
# A commit's subject as git prints it after making or replaying the commit: "[main
# 4f2a1c3] chore: rotate the key after Priya's incident", "error: could not apply
# 3f2a1b9... WIP: add backdoor for QA". Someone's own words.
_GIT_SUBJECT_RE: Final = re.compile(
    r"(?m)(?P<lead>^\[[^\]\s]+(?:[ \t]\([^)\n]*\))?[ \t][0-9a-f]{7,40}\][ \t]+"
    r"|HEAD[ \t]+is[ \t]+now[ \t]+at[ \t]+[0-9a-f]{7,40}[ \t]+"
    r"|could[ \t]+not[ \t]+(?:apply|revert)[ \t]+[0-9a-f]{7,40}\.\.\.[ \t]+)(?P<subject>[^\n]+)"
)
# A value spelt one character at a time ("g h p _ 1 6 C 7 …", "j s m i t h @ a c m e"),
# which no detector reads: eight characters or more, five of them letters or digits.
_SPACED_OUT_MIN_ALNUM: Final = 5
_SPACED_OUT_MIN_DISTINCT: Final = 4
# Blanks as "s", every other character as "c": four single characters between blanks,
# which every match holds, found by a translation and a substring search.
_BLANK_SHAPES: Final = "".join("s" if chr(code) in " \t" else "c" for code in range(128))
_SPACED_OUT_SHAPE: Final = "scscscscs"
_SPACED_OUT_RE: Final = re.compile(
    r"(?<![\w@.+/=:-])(?:[\w@.+/=:-][ \t]){7,}[\w@.+/=:-](?![\w@.+/=:-])"
)
# A card's security code after its name ("cvv 123", "CVC: 4321"): three or four digits
# that no other rule reads as anything.
_CARD_CODE_RE: Final = re.compile(
    r"(?i)\b(?P<lead>(?:cvv2?|cvc2?|csc|card[ \t_-]?(?:verification|security)[ \t_-]?code)"
    r"[ \t]*[:=]?[ \t]*)\d{3,4}\b"
)
# What someone wrote as a commit's or a stash's message, quoted after its label
# ("Commit message: 'revert: remove Dmitri from on-call rotation'"), and the title of an
# untitled document, which is its first line ("untitled:Meeting notes with Priya"): the
# rest of the line, as no end of a title can be told.
_LABELLED_TEXT_RE: Final = re.compile(
    r"(?i)(?P<lead>\b(?:commit|stash)[ \t]+message:?[ \t]+(?P<q>['\"`]))[^'\"`\n]+(?P=q)"
)
_UNTITLED_RE: Final = re.compile(
    r"\buntitled:(?!Untitled-\d+(?:[\s),.;:'\"\]]|$))(?=\S)[^\n]+", re.MULTILINE
)
# What someone asked, after a label that says so ("Prompt was: write a breakup text to my
# partner", "first user message: I'm Alex, …", "User said (truncated): …"): the rest of
# the line. Not "Invalid prompt: messages must not be empty", a validator's reason.
# Free text's `_labelled_prompts` reads the labels that may also name a field ("query:",
# "input:"), in the allow-list only, and leaves a value of one or two words to the word
# pass; these labels name nothing but what someone wrote, so their value goes whatever
# its length, in every mode. The two stay apart so that neither loosens the other.
_PROMPT_TEXT_RE: Final = re.compile(
    r"(?im)(?P<lead>\b(?:prompt[ \t]+was|user[ \t]+(?:said|message|prompt|input|query)"
    r"|(?:first|last)[ \t]+(?:user[ \t]+)?message|chat[ \t]+message|pending[ \t]+query)"
    r"(?:[ \t]*\([^)\n]{0,20}\))?[ \t]*[:>][ \t]*)(?=\S)(?!<text>)[^\n]+"
)
# The roles of a chat's messages, which model APIs name in the same words ("messages
# with role 'tool' must be a response to a preceding message with 'tool_calls'").
_CHAT_ROLES: Final = _words("system user assistant tool function developer model")
# git's guess at an address from the login and the machine's name, when no e-mail is set:
# "unable to auto-detect email address (got 'kevin@KEVIN-LAPTOP.(none)')".
_GUESSED_EMAIL_RE: Final = re.compile(r"[\w.+-]+@[\w.-]+\.\(none\)")

# ---------------------------------------------------------------------------------------
# Numbers and network identifiers

_SID_RE: Final = re.compile(r"S(?<!\wS)-1-(?:5-21|\d{1,2})(?:-\d{1,10}){2,}\b")
_HEX2: Final = "[0-9A-Fa-f]{2}"
_MAC_RE: Final = re.compile(
    rf"[0-9A-Fa-f](?<![\w:-][0-9A-Fa-f])[0-9A-Fa-f](?P<sep>[:-])"
    rf"(?:{_HEX2}(?P=sep)){{4}}{_HEX2}(?![\w:-])"
)
# Cisco's notation: three dotted groups of four hex digits ("0012.3456.789a").
_MAC_DOTTED_RE: Final = re.compile(
    r"[0-9A-Fa-f](?<![\w.][0-9A-Fa-f])[0-9A-Fa-f]{3}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])"
)
# A person named after a title or in "my name is …" / "call me …". After a number "ms"
# is a unit, not a title: "timed out after 30000 ms Retrying in 20 seconds".
_TITLE: Final = r"(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Dd]r|[Pp]rof|[Ss]ir|[Mm]adam)\.?[ \t]+"
_PERSON_RE: Final = re.compile(
    r"(?P<lead>(?:\b[Cc]all[ \t]+me[ \t]+|\b[Nn]amed?[ \t]+(?:is[ \t]+)?)"
    rf"(?:{_TITLE})?|(?!(?<=\d[ \t])ms\b)\b{_TITLE})"
    r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam)\b)"
    r"(?P<name>[A-Z][a-z'][\w'-]{0,40}(?:[ \t]+[A-Z][a-z'][\w'-]{0,40}){0,2})"
)
_H: Final = r"[0-9A-Fa-f]{1,4}"
_IPV6_RE: Final = re.compile(
    r"(?<![\w:.])(?:"
    rf"(?:{_H}:){{7}}{_H}"
    rf"|(?:{_H}:){{1,6}}:{_H}"
    rf"|(?:{_H}:){{1,5}}(?::{_H}){{1,2}}"
    rf"|(?:{_H}:){{1,4}}(?::{_H}){{1,3}}"
    rf"|(?:{_H}:){{1,3}}(?::{_H}){{1,4}}"
    rf"|(?:{_H}:){{1,2}}(?::{_H}){{1,5}}"
    rf"|{_H}:(?::{_H}){{1,6}}"
    rf"|(?:{_H}:){{1,7}}:"
    rf"|:(?::{_H}){{1,7}}"
    # "fe80::1: unreachable" ends the address at the colon; "fe80::1:443" does not.
    r")(?:%[\w.]+)?(?!\w|:[\w:]|\.\d)"
)
# "version 1.2.3.4" and "v1.2.3.4" are versions, not addresses.
_IPV4_RE: Final = re.compile(
    r"[0-9](?<![\w.][0-9])(?<![Vv]ersion [0-9])\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\w|\.\d)"
)
# What makes four dotted numbers a version: a version label with "=" or ":" (.NET's
# "Version=4.0.0.0"; "version 1.2.3.4" the pattern above leaves already), or a product
# token of HTTP's product syntax (RFC 9110 §10.1.5) before a major version's N.0.0.0, as
# browsers' reduced User-Agent writes it ("Chrome/120.0.0.0"), a network and no host.
_VERSION_BEFORE_RE: Final = re.compile(
    r"(?:(?<![\w./-])[A-Z][A-Za-z]{1,30}/|(?P<label>(?i:\bversion)[ \t]*[=:][ \t]*))\Z"
)
# The forms inet_aton() also reads (glibc, BSD libc; the WHATWG URL parser of Node and
# browsers): parts in hex ("0x0A.0x00.0x03.0x11") or mixed with decimal and octal ones.
_IPV4_PART: Final = r"(?:0[xX][0-9a-fA-F]{1,2}|[0-9]{1,3})"
_IPV4_HEX_RE: Final = re.compile(rf"(?<![\w.]){_IPV4_PART}(?:\.{_IPV4_PART}){{3}}(?![\w]|\.[\w])")
_IBAN_RE: Final = re.compile(
    r"[A-Z](?<!\w[A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?!\w)"
)
# Groups apart by a run of spaces ("5178  7471  9795  4846"), a dash, or a line break
# (a card number wrapped in a log line: `_card` then wants groups of four).
_CARD_GROUPS: Final = r"(?:(?:[ \t]{1,3}|[ \t]?-[ \t]?|[ \t]*\r?\n[ \t]*)?\d){12,40}(?!\w)"
# The look-ahead holds for every match (twelve more digits and separators follow the
# first digit) and fails fast where a number is short, before the groups backtrack:
# the same matches at half the cost.
_CARD_RE: Final = re.compile(r"[0-9](?<!\w[0-9])(?=[\d \t\r\n-]{12})" + _CARD_GROUPS)
_PHONE_RE: Final = re.compile(
    r"[+(0-9](?<![\w+.:/-][+(0-9])(?:"
    r"(?<=\+)(?:\d{1,3}(?:[ .-]?\(\d{1,5}\)|[ .-]\d{1,8}){1,6}|\d{8,15})"  # +44 20 7946 0958
    r"|(?<=\()\d{3}\) ?\d{3}[ .-]\d{4}"  # (555) 123-4567
    r"|(?<=\()0\d{2,5}\) ?\d{4,8}"  # (0171) 2345678: an area code in brackets
    r"|(?<=0)\d{2,5}/\d{5,8}"  # 0171/2345678, as German and Austrian numbers are written
    r"|(?<=[2-9])\d{2}(?P<sep>[.-])[2-9]\d{2}(?P=sep)\d{4}"  # 555-123-4567
    r"|(?<=1)(?P<sep1>[ .-])[2-9]\d{2}(?P=sep1)\d{3}(?P=sep1)\d{4}"  # 1.555.123.4567
    r"|(?<=0)\d{1,4}(?:[ .-]\d{2,8}){1,4}"  # national trunk prefix: 030 1234567
    r"|(?<=[2-9])(?P<local>\d{2}[ .-]?\d{4})"  # 555-0142, after a label (`_phone`)
    # An extension goes with its number: "(523) 222-8888 ext. 527", "523-222-8888EXT623".
    r")(?P<ext>[ \t]*,?[ \t]*(?i:ext(?:ension)?\.?|x)[ \t]*\d{1,6})?(?!\w|[.:-]\d)"
)
# Grouped digits (national ids, account and card numbers written with separators):
# "287-70-4022", "2617 0586 5691", "AB 18 41 05 C", "4101.8649.4425.7681".
_DIGIT_GROUPS_RE: Final = re.compile(
    r"(?<![\w.:/+-])(?:[A-Z]{1,2} ?)?\d{2,8}(?:[ .-]\d{1,8}){1,5}(?: ?[A-Z](?![\w]))?"
    r"(?![\w:/%]|[.-]\d)"
)
# Versions among grouped digits (`_is_long_version`): dots only, and three or four parts
# of which the first has one to three digits and a middle one is a lone 0, or a label
# just before.
_DOTTED_DIGITS_RE: Final = re.compile(r"\d+(?:\.\d+)+")
_ZERO_PART_RE: Final = re.compile(r"\A\d{1,3}(?:\.\d+)?\.0\.\d+(?:\.\d+)?\Z")
_VERSION_LABEL_RE: Final = re.compile(r"(?i)(?:\b|_)(?:version|build)[ \t]*[:=]?[ \t]*\Z")
# A Brazilian company's CNPJ as the Receita Federal prints it, NN.NNN.NNN/NNNN-NN: the
# slash ends the grouped digits above. Alphanumeric from July 2026 (IN RFB 2.229/2024):
# the first twelve characters may be capitals, the two check digits stay digits.
_CNPJ_RE: Final = re.compile(
    r"(?<![\w./-])[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-[0-9]{2}(?![\w/-])"
)
_CNPJ_HINT_RE: Final = re.compile(r"/[0-9a-z]{4}-[0-9]{2}")
# A Chilean RUT (or RUN) as printed, NN.NNN.NNN-D: the check digit D (0-9 or K) is the
# Servicio de Impuestos Internos' modulo 11, checked, so a version ("1.100.200-3") rarely
# takes its shape by chance. Its first group may be one digit, which the grouped digits
# above need two of.
_RUT_RE: Final = re.compile(r"(?<![\w.-])(\d{1,2})\.(\d{3})\.(\d{3})-([\dkK])(?![\w.-])")
_RUT_HINT_RE: Final = re.compile(r"\.\d{3}-[\dk]")
# A place on Earth as decimal degrees, latitude then longitude: "48.85837, 2.294481",
# "-33.8688,151.2093". Four decimals or more (about ten metres: a street address), each
# in range (|lat| <= 90, |lon| <= 180), and not two fractions below one (probabilities,
# log-probabilities) nor two numbers of a longer list (a vector): `_coordinates` judges.
_DEGREES: Final = r"[+-]?\d{1,3}\.\d{4,15}"
_COORDINATES_RE: Final = re.compile(
    r"(?<![\w.])(?<![\d.],)(?<![\d.], )"
    rf"(?P<lat>{_DEGREES})[ \t]*,[ \t]*(?P<lon>{_DEGREES})"
    r"(?![\w.]|[ \t]*,[ \t]*[+-]?\d)"
)
# Labelled: "lat=48.8583 lon=2.2944", "latitude: 51.5007, longitude: -0.1246", JSON's
# "lat": 51.5, "lng": -0.12. Three decimals (about a hundred metres) are enough here.
_LABELLED_DEGREES: Final = r"[+-]?\d{1,3}\.\d{3,15}(?![\w.])"
_LABELLED_COORDINATES_RE: Final = re.compile(
    r"(?i)(?<![\w-])(?P<k1>lat(?:itude)?[\"']?[ \t]*[=:][ \t]*)(?P<lat>"
    + _LABELLED_DEGREES
    + r")(?P<mid>[ \t]*[,;&]?[ \t]*[\"']?)(?P<k2>(?:lng|lon|long|longitude)[\"']?[ \t]*[=:][ \t]*)"
    r"(?P<lon>" + _LABELLED_DEGREES + ")"
)
_COORDINATES_HINT_RE: Final = re.compile(r"\d\.\d{3}")
# What every unlabelled pair holds; starting with a literal, it is found fast.
_COORDINATES_PAIR_HINT_RE: Final = re.compile(r"\.\d{4,15}[ \t]*,[ \t]*[+-]?\d{1,3}\.\d{4}")
# Degrees, minutes and seconds with hemisphere letters (ISO 6709's human form, as maps
# print it, minutes and seconds marked by primes or quotes): 48°51'29.6"N 2°17'40.2"E,
# 40° 26.767' N 79° 58.933' W, 48.8584° N, 2.2945° E. Minutes, or three decimals of a
# degree, at least: "48° N" is a hundred kilometres wide. NFKC has made the double prime
# (U+2033) two primes (U+2032) by now.
_DMS_SECONDS: Final = r"(?:[ \t]?\d{1,2}(?:\.\d{1,6})?[ \t]?(?:\"|''|′′|″))?"
_DMS_PART: Final = (
    r"\d{1,3}(?:\.\d{3,8}[ \t]?°|[ \t]?°[ \t]?\d{1,2}(?:\.\d{1,6})?[ \t]?['′](?!['′])"
    + _DMS_SECONDS
    + ")"
)
_DMS_RE: Final = re.compile(
    rf"(?<![\w.]){_DMS_PART}[ \t]?[NS][ \t]*[,;]?[ \t]*{_DMS_PART}[ \t]?[EW](?!\w)"
)
_MAX_LATITUDE: Final = 90
_MAX_LONGITUDE: Final = 180
# A UK postcode as Royal Mail and the ONS document it: an outward code (A9, A99, AA9,
# AA99, A9A, AA9A: no Q, V, X first, no I, J, Z second; a letter third only of
# ABCDEFGHJKPSTUW, fourth only of ABEHMNPRVWXY), a space, and an inward code (a digit
# and two letters without C, I, K, M, O, V); "GIR 0AA" of Girobank too. Capitals only, as
# printed: no lower-case word takes the shape.
# The first letter comes before the look-behind: a pattern starting with a set of
# characters lets the search skip to them.
_UK_POSTCODE_RE: Final = re.compile(
    r"[A-PR-UWYZ](?<![\w-][A-PR-UWYZ])(?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?"
    r"|(?<=G)IR)[ \t]\d[ABD-HJLNP-UW-Z]{2}(?![\w-])"
)
_DATE_RE: Final = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}")
_LABEL: Final = r"(?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST_RE: Final = re.compile(
    # Not after "@" (an e-mail's domain, judged with it), unless a placeholder is all
    # that is left of what came before ("<host>:<secret>@pg.internal").
    # A domain alone after a blank and "@" is someone's mail domain ("accounts @deloitte.com").
    # So is one with a dot before it in a list of suffixes ("NO_PROXY=.hollins.local,.lan").
    rf"[a-z0-9](?:(?<![\w.@/\\-][a-z0-9])|(?<=>@[a-z0-9])|(?<=\s@[a-z0-9])|(?<=[=,\s]\.[a-z0-9])){_LABEL}\.(?:[a-z0-9]{_LABEL}\.)*(?P<tld>[a-z]{{2,13}})"
    r"(?![\w(-]|\.[\w-])"
)
_IPV4_HINT_RE: Final = re.compile(r"\.[0-9]{1,3}\.[0-9]")
_IPV4_ANCHOR_RE: Final = re.compile(r"\.\d{1,3}\.\d")
_IPV4_RUN_RE: Final = re.compile(r"[\d.]*")
# The slots where the network's own error messages name the host they tried: there a
# name is a host whatever its shape, an internal one without dots included ("payroll-db").
# Node's getaddrinfo and socket codes, ssh ("connect to host X port 22", "Could not
# resolve hostname X:", "Permanently added 'X'", "Host key for X has changed"), curl and
# git ("Could not resolve host: X", "Failed to connect to X port 443", "target host name
# 'X'"), Go ("lookup X: no such host", "dial tcp X:5432"), libpq ("could not translate
# host name "X"", "connection to server at "X""), redis-py and redis-cli ("connecting to
# X:6379", "Could not connect to Redis at X:6379"), MySQL ("Unknown MySQL server host
# 'X'"), MongoDB ("server [X:27017]"), VS Code's remote ("Could not establish connection
# to "X""). Looser slots (`loose`: "Connection to X timed out", "SSH Host X", "remote
# host X", "on host X", "host=X") keep a common English word ("for host header").
_HOST_SLOT_RE: Final = re.compile(
    r"\b(?:(?P<lead>(?:ENOTFOUND|EAI_AGAIN)[ \t]+(?!npm[ \t]+ERR!)"
    r"|(?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ECONNRESET)\s+(?=[\w.-]+:\d)"
    r"|(?i:connect[ \t]+to[ \t]+host[ \t]+"
    r"|resolve[ \t]+(?:host(?:name)?|proxy):?[ \t]+"
    r"|connect[ \t]+to[ \t]+(?=[\w.-]+[ \t]+port[ \t]+\d)"
    r"|lookup[ \t]+(?=[\w.-]+(?:[ \t]+on[ \t]+[\d\[]|:[ \t]+(?:no[ \t]+such[ \t]+host"
    r"|server[ \t]+misbehaving|i/o[ \t]+timeout|temporary[ \t]+failure)))"
    r"|dial[ \t]+(?:tcp|udp)[46]?[ \t]+(?=[\w.-]+:\d)"
    r"|host[ \t]+name[ \t]+[\"']|permanently[ \t]+added[ \t]+'\[?"
    r"|host[ \t]+key[ \t]+for[ \t]+"
    r"|server[ \t]+at[ \t]+\"|server[ \t]+host[ \t]+'|server[ \t]+\[(?=[\w.-]+:\d)"
    r"|connecting[ \t]+to[ \t]+(?=[\w.-]+:\d)|redis[ \t]+at[ \t]+(?=[\w.-]+:\d)"
    r"|establish[ \t]+connection[ \t]+to[ \t]+\""
    r"|(?:fatal|ok|changed|skipping):[ \t]+\[(?=[\w.-]+\])))"
    r"|(?P<loose>(?i:connection[ \t]+to[ \t]+(?=[\w.-]+[ \t]+(?:timed|closed|refused|port))"
    r"|(?:(?<=ssh[ \t])|(?<=remote[ \t])|(?<=\bon[ \t])|(?<=\bfor[ \t]))host[ \t]+|host[ \t]+'"
    r"|(?<![\w.-])host(?:name)?=|runner:?[ \t]+)))"
    r"(?P<host>[A-Za-z0-9][A-Za-z0-9.-]*)"
)
_HOST_SLOT_STARTS: Final = (
    *("enotfound", "eai_again", "econn", "etimedout", "ehostunreach", "connect", "resolve"),
    *("lookup", "host", "permanently", "dial", "server", "redis", "establish", "fatal"),
    *("ok:", "changed:", "skipping:", "runner"),
)

# ---------------------------------------------------------------------------------------
# Personal data in prose: values no format marks on its own (a date, seven digits, a
# word), known by the label or grammar around them, and official formats written with
# spaces.

_MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A calendar date as people write one: numeric, day and month in either order, or with
# the month's name ("15th June 1991", "22-nov-1972", "June 4, 1976", "14 Mar 88").
_CALENDAR_DATE: Final = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t./-]+(?:of[ \t]+)?{_MONTH}\.?,?[ \t./-]+(?:\d{{4}}|\d{{2}})"
    rf"|{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:\d{{4}}|\d{{2}}))"
    r"(?!\w|[./-]\d)"
)
_BIRTH_LABEL: Final = (
    r"(?:date[ \t_-]+of[ \t_-]+birth\b|birth[ \t_-]?(?:date|day)s?\b|d\.?o\.?b\b\.?|born\b)"
)
# A date of birth: a date after a birth label in the same sentence ("DOB: 02.12.1979", "I
# was born in Leeds on 22/11/1972", "d.o.b. is 4 June 1976"), or before "is my birthday".
# A date alone stays (a release, a log line's day); one labelled as a birth is a person's.
_BIRTH_DATE_RE: Final = re.compile(
    rf"(?i)(?<![\w.-])(?P<lead>{_BIRTH_LABEL}(?:[^\n.!?;]|\.(?=\S)){{0,60}}?)"
    rf"(?<![\w./-]){_CALENDAR_DATE}"
    rf"|(?<![\w./-]){_CALENDAR_DATE}(?P<tail>[ \t]+(?:is|was)[ \t]+"
    rf"(?:my|his|her|their|your|the)[ \t]+{_BIRTH_LABEL})"
)
# A full numeric date of a year long past, with no label: a date of birth in any language
# ("Geburtsdatum: 02.11.1964", "née le 12/05/1985", "(ngày sinh 15/08/1990)", a date
# before a label as Slavic languages write it), where the labels are too many to list.
# Error messages date what just happened: none of the benign corpora's 3,772 strings
# holds a full date before 2014. The same separator twice, a month of 1 to 12 and a day
# of 1 to 31, either order around it.
_OLD_DATE_RE: Final = re.compile(
    r"(?<![\w./-])(?:(?P<a>\d{1,2})(?P<s1>[./-])(?P<b>\d{1,2})(?P=s1)(?P<y1>\d{4})"
    r"|(?P<y2>\d{4})(?P<s2>[./-])(?P<m>\d{1,2})(?P=s2)(?P<d>\d{1,2}))(?!\w|[./-]\d)"
)
# Dates of this year or later, less this many years, are what happens now: a date of birth
# is of someone thirteen or older.
_OLD_DATE_AGE: Final = 13
_OLDEST_YEAR: Final = 1900


def _old_date(m: re.Match[str], ctx: _Context) -> str:
    if m.group("y1"):
        year, first, second = int(m.group("y1")), int(m.group("a")), int(m.group("b"))
        day_month = (first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and second <= 31)
        valid = day_month and first > 0 and second > 0
    else:
        year, month, day = int(m.group("y2")), int(m.group("m")), int(m.group("d"))
        valid = 1 <= month <= 12 and 1 <= day <= 31
    newest = datetime.date.today().year - _OLD_DATE_AGE
    return REDACTED if valid and _OLDEST_YEAR <= year <= newest else m.group(0)


# MySQL's and MariaDB's account, 'user'@'host', in every language its messages are
# translated to ("Доступ закрыт для пользователя 'buh1c'@'192.168.1.105'").
_MYSQL_ACCOUNT_RE: Final = re.compile(
    r"(?P<q>['`\"])(?P<v>[^'`\"\s@]{1,64})(?P=q)@(?=(?P<q2>['`\"])[^'`\"\s]{1,255}(?P=q2))"
)


def _mysql_account(m: re.Match[str], ctx: _Context) -> str:
    if _role_account(m.group("v")):
        return m.group(0)
    return m.group("q") + USER + m.group("q") + "@"


# The word for "user" (or its stem, which the language inflects) in the display languages
# of VS Code and Windows, as translated tools print it before an account: PostgreSQL's
# 'Passwort-Authentifizierung für Benutzer »kevin« fehlgeschlagen', 'пользователь
# "ivanov_aa" не прошёл проверку подлинности', 'ユーザー"tanaka_h"のパスワード認証'. The
# scripts that join prefixes to a word (Arabic "للمستخدم", Hebrew "המשתמש") and those
# written without spaces are found inside a word; the others start one.
_LOCALISED_USER_WORDS: Final = (
    *("benutzer", "utilisateur", "usuario", "usuário", "utente", "gebruiker", "pengguna"),
    *("użytkownik", "kullanıcı", "uživatel", "användar", "käyttäjä", "felhasználó"),
    *("người dùng", "пользовател", "користувач", "потребител", "χρήστη"),
)
_JOINED_USER_WORDS: Final = (
    *("ユーザー", "ユーザ", "用户", "用戶", "使用者", "사용자", "مستخدم", "משתמש", "ผู้ใช้"),
)
_JOINED_USER_WORDS_DEVANAGARI: Final = ("उपयोगकर्ता",)
_LOCALISED_USER_RE: Final = re.compile(
    r"(?i)(?P<pre>(?:(?<![^\W\d_])(?:"
    + "|".join(_LOCALISED_USER_WORDS)
    + r")\w{0,8}|(?:"
    + "|".join((*_JOINED_USER_WORDS, *_JOINED_USER_WORDS_DEVANAGARI))
    + r")\w{0,3})(?P<op>[ \t]*[:=][ \t]*|[ \t]+|(?=[\"'`»«„“”「『‘]))"
    # French sets its guillemets apart from the name: "utilisateur « x »".
    r"(?P<q>[\"'`»«„“”「『‘]?)(?:(?<=[«»])[ \t])?)(?P<v>\w[\w.@\\-]{0,63})"
)
_LOCALISED_USER_STARTS: Final = tuple(
    word.lower()
    for word in (*_LOCALISED_USER_WORDS, *_JOINED_USER_WORDS, *_JOINED_USER_WORDS_DEVANAGARI)
)
# A bare value (no quote, no ":" or "=") is an account only when shaped like a login.
_LOGIN_MARKS_RE: Final = re.compile(r"[\d_.@\\]")


def _localised_user(m: re.Match[str], ctx: _Context) -> str:
    raw = m.group("v")
    value = raw.rstrip(".-@\\")
    if not value or _role_account(value):
        return m.group(0)
    bare = not m.group("q") and ":" not in m.group("op") and "=" not in m.group("op")
    if bare and _LOGIN_MARKS_RE.search(value) is None:
        return m.group(0)
    return m.group("pre") + USER + raw[len(value) :]


# An account on a messaging or social service named as one: "my Skype is joe.cool",
# "twitter: @jdoe", "I tweet at @jdoe". The value is judged by `_handle`.
_HANDLE_RE: Final = re.compile(
    r"(?i)(?<![\w.-])(?P<lead>(?P<own>(?:my|his|her|their|your|our)[ \t]+)?"
    r"(?P<service>twitter|tweeter|skype)(?P<noun>[ \t_-]?(?:handle|name|id|username|user|account))?"
    r"(?:[ \t]+(?:is|was)[ \t]+|[ \t]*(?P<colon>[:=])[ \t]*|[ \t]+(?=@))"
    r"|tweet(?:s|ed|ing)?[ \t]+(?:at|as)[ \t]+(?=@))"
    r"(?P<handle>@?(?:live:)?[A-Za-z0-9_][\w.,-]{0,40})"
)
# A Twitter (X) user name: one to fifteen letters, digits or underscores. A Skype name:
# six to 32 characters, a letter first, then letters, digits and ". , - _" (Microsoft's
# rules for choosing one), or a "live:" id.
_TWITTER_NAME_RE: Final = re.compile(r"\w{1,15}")
_SKYPE_NAME_RE: Final = re.compile(r"live:[\w.-]{1,40}|[A-Za-z][\w.,-]{5,31}")
_USERNAME_MARKS_RE: Final = re.compile(r"[\d.,_-]")
# Words that say how an account is, not which it is ("my Skype is offline").
_NOT_HANDLES: Final = _words(
    "not down up broken blocked banned suspended unavailable disabled enabled offline online"
    " connected disconnected missing invalid empty required unset none null undefined true"
    " false private public locked deleted closed open"
)
# A person named after a label that holds only a person's name, as forms and records
# write them ("first name: John", "surname=Okafor", "lastName: 'diaz'", "full name is
# Jane Doe"), or after "Dear" opening a letter ("Dear Priya,"; not "Dear Customer").
# "fullname", "full_name" are a module's or a symbol's qualified name in code (Python's
# import system, mypy, jedi): "full name" only with a space. The name must end there.
_LABELLED_NAME_RE: Final = re.compile(
    r"(?P<lead>(?<![A-Za-z0-9])(?i:(?:first|last|given|family|middle|sur|fore)[ \t_-]?name"
    r"|full[ \t]+name)"
    r"[\"']?(?:[ \t]*[:=][ \t]*|[ \t]+(?P<is>is)[ \t]+)[\"']?"
    r"|(?<![A-Za-z0-9])Dear[ \t]+(?!(?i:sir|madam|customer|user|team|all|colleague|friend"
    r"|member|developer|valued|reader|subscriber|admin|maintainer)s?\b))"
    r"(?P<name>[A-Za-z][a-z'-]{1,40}(?:[ \t]+[A-Z][a-z'-]{1,40}){0,2})(?!\.?[\w@/-])"
)
# Words that say how a name field is, or name a type, not a person ("first name is
# required", "lastName: undefined", "surname: string").
_NOT_NAMES: Final = _NOT_HANDLES | _words(
    "required mandatory optional blank too a an the no nil nan string str text varchar char"
    " field value input unknown given provided allowed expected needed absent"
)
# An e-mail address spelt out against harvesters: "name dot x at gmail dot com", or
# "john at gmail.com" after an e-mail label (the bracketed "[at]", "(dot)" are made "@"
# and "." by `normalise`). An "at" between two words is also prose ("failed at
# api.example.com"): without a spelt "dot", only the label makes it an address.
_SPELT_DOT: Final = r"[ \t]+dot[ \t]+"
_SPELT_AT: Final = r"[ \t]+at[ \t]+"
_SPELT_EMAIL_RE: Final = re.compile(
    r"(?i)(?<![\w.+-])(?P<lead>e-?mail(?:[ \t]+(?:address|addr|id))?"
    r"(?:[ \t]+(?:is|was)|[ \t]*:)[ \t]+)?"
    rf"(?<![\w.+-])[\w+-]{{1,64}}(?:(?:\.|{_SPELT_DOT})[\w+-]{{1,64}}){{0,4}}"
    rf"(?P<at>{_SPELT_AT})"
    rf"(?:[\w-]{{1,63}}(?:\.|{_SPELT_DOT})){{1,4}}(?P<tld>[a-z]{{2,13}})"
    rf"(?![\w-]|\.\w|{_SPELT_DOT}\w)"
)
_SPELT_MARK_RE: Final = re.compile(r"(?i)[ \t]dot[ \t]")
# A local phone number of seven digits (North America's exchange and line, "555-1234")
# is one after a word that says so: "call me back on", "phone:", "tel.", "mobile", "fax"
# (not "cell": a notebook's or a table's). The phone rule's scan of the digits finds the
# seven; `_phone` looks for the label just before them.
_LOCAL_PHONE_LEAD_RE: Final = re.compile(
    r"(?i)(?<![\w-])(?:call(?:[ \t]+(?:me|us|him|her|them))?(?:[ \t]+back)?[ \t]+(?:on|at)"
    r"|(?:tel(?:ephone)?|mobile(?:[ \t]?phone)?|phone|fax)"
    r"(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+(?:is|was)|[ \t]*[:.])?)[ \t]*\Z"
)
_LOCAL_PHONE_LEAD_REACH: Final = 40
# A US street address (USPS Publication 28): a house number, one to three name words (a
# directional among them) and a street suffix of Appendix C1, spelt or in its standard
# abbreviation ("101 Main St.", "500 elm street", "1600 Pennsylvania Avenue NW"). Left
# out: suffixes that are everyday words after a count ("3 points", "2 views", "5 keys",
# "STR" the string type). `_street_address` rejects names holding function words.
_STREET_SUFFIXES: Final = sorted(
    _words(
        "street st avenue ave boulevard blvd road rd lane ln drive dr court ct circle cir place"
        " pl terrace ter parkway pkwy highway hwy expressway expy freeway fwy crescent cres"
        " square sq plaza plz trail trl alley aly way turnpike tpke"
    )
)


def _alternation(words: list[str]) -> str:
    """A regex matching any of `words` (lower-case letters), as a tree of shared prefixes:
    the engine tries a branch per first letter, not one per word."""
    if "" in words and len(words) == 1:
        return ""
    firsts = sorted({word[0] for word in words if word})
    branches = [
        re.escape(first) + _alternation([w[1:] for w in words if w.startswith(first)])
        for first in firsts
    ]
    body = "|".join(branches)
    if "" in words:
        return f"(?:{body})?"
    return f"(?:{body})" if len(branches) > 1 else body


_STREET_SUFFIX: Final = _alternation(_STREET_SUFFIXES)
_STREET_ADDRESS_RE: Final = re.compile(
    r"[0-9](?<![\w.,:/#+-][0-9])[0-9]{0,5}(?i:[a-z])?[ \t]+"
    r"(?P<name>(?:[A-Za-z][A-Za-z'-]*+\.?[ \t]+|[0-9]{1,3}(?:st|nd|rd|th)[ \t]+){1,3})"
    rf"(?i:{_STREET_SUFFIX})\b\.?(?![\w-])"
)
# What every address holds, in the lower-cased text: a space and a suffix. A literal
# first character lets the search skip to the spaces.
_STREET_SUFFIX_HINT_RE: Final = re.compile(rf" {_STREET_SUFFIX}\b")
_ADDRESS_STOP_WORDS: Final = _words(
    "the a an of in on at to for from with by and or is are was were be been not no this that"
    " these those it its my your our their his her than per via into onto over under times"
    " more less all any each every some decimal digit digits significant either one same"
    " other another right wrong best better only which what easy hard proper correct"
)
# Words before a number that make it a numbering, not a house number.
_NUMBERING_WORDS: Final = _words(
    "version v line step page item chapter section part phase level round attempt column"
    " col row port code error status stage build release rev revision no number"
)
# An abbreviation's letters before its dot ("St.", "Mt.", "Ste."); a longer word before a
# dot ends a sentence.
_ABBREVIATION_CHARS: Final = 4
_WORD_BEFORE_RE: Final = re.compile(r"(\w+)[ \t]*[#:]?[ \t]*\Z")
# A post-office box: "PO Box 123456", "p.o. box 234234", "Post Office Box 12".
_PO_BOX_RE: Final = re.compile(
    r"(?i)(?<![\w.])(?:p\.?[ \t]?o\.?|post[ \t]+office)[ \t]*box[ \t]*(?:no\.?|#)?[ \t]*\d{1,10}"
    r"(?!\w)"
)
# National numbers of other countries, in the forms their holders are given them:
# Germany's pension insurance number (area, birth date, the birth name's initial, a
# serial: "65 170839 J 003", "65170839J003"), the Czech and Slovak birth number (birth
# date, a month of women's numbers plus 50, "/", three or four digits: "855312/1234").
# Each date must be one.
_DE_PENSION_NUMBER_RE: Final = re.compile(
    r"(?<![\w/.-])\d{2}[ ]?(?P<day>\d{2})(?P<month>\d{2})\d{2}[ ]?[A-Z][ ]?\d{3}(?![\w/.-])"
)
_BIRTH_NUMBER_RE: Final = re.compile(
    r"(?<![\w/.-])\d{2}(?P<month>\d{2})(?P<day>\d{2})/\d{3,4}(?![\w/.-]*\w)"
)


def _dated_id(m: re.Match[str], ctx: _Context) -> str:
    day, month = int(m.group("day")), int(m.group("month")) % 50 % 20
    return ID if 1 <= day <= 31 and 1 <= month <= 12 else m.group(0)


# A national number after the name its country gives it, whatever its punctuation
# ("DNI 30.456.789", "NIE X1234567L", "CUIT 20-30456789-3", "CPF: 123.456.789-09",
# "PESEL 85031212345", "BSN 123456782"): Spain's, Argentina's, Brazil's, Poland's, the
# Netherlands'. A number of seven digits or more, so "CPF 3" in a form's labels stays.
# The names in capitals, as forms and errors write them: a search for their capitals is
# a fraction of a case-blind one.
_NATIONAL_ID_NAMES: Final = ("DNI", "NIE", "NIF", "CUIT", "CUIL", "CPF", "PESEL", "BSN")
_NATIONAL_ID_RE: Final = re.compile(
    rf"(?P<pre>\b(?:{'|'.join(_NATIONAL_ID_NAMES)})\b\.?(?:[ \t]*(?:[Nn][º°o]\.?|[Nn]r\.?|#))?"
    r"[ \t]*[:=]?[ \t]*)"
    r"(?P<v>[A-Z]?\d(?:[\d.\- ]?\d){6,13}[A-Z]?)(?![\w.-]*\w)"
)
# A postcode where it belongs, after its label ("CEP 01304-001", "PLZ 83022") or
# between an address's comma and its town (", 69003 Lyon", ", 00-950 Warszawa"): a place.
_POSTCODE_LABELS: Final = ("cep", "plz", "postcode", "postal code")
_LABELLED_POSTCODE_RE: Final = re.compile(
    rf"(?i:(?P<pre>\b(?:{'|'.join(_POSTCODE_LABELS)})[ \t]*[:=]?[ \t]*))"
    r"(?P<v>\d{5}(?:-\d{3,4})?|\d{2}-\d{3})(?![\w-])"
)
_TOWN_POSTCODE_RE: Final = re.compile(
    r"(?P<pre>, )(?:\d{5}|\d{2}-\d{3})[ \t]+(?P<town>[A-ZÀ-Ý][a-zà-ÿ]+(?:[- ][A-ZÀ-Ý][a-zà-ÿ]+)?)"
    r"(?![\w-])"
)
_TOWN_POSTCODE_HINT_RE: Final = re.compile(r", (?:\d{5}|\d{2}-\d{3})[ \t]+[A-ZÀ-Ý]")


def _town_postcode(m: re.Match[str], ctx: _Context) -> str:
    town = m.group("town").split()[0].split("-")[0].lower()
    if town in common_words() or is_software_word(town):
        return m.group(0)  # ", 10000 Requests per day"
    return m.group("pre") + LOCATION


# A street of the countries whose addresses name the street's kind: French, after the
# house number ("12 rue des Lilas"); Portuguese, Spanish and Italian, before it ("Rua
# Augusta, 1508", "Av. Corrientes 1234", "Via Roma 10"); German, a street's name ending
# in its kind, or "Am"/"An der" a place, before it ("Hauptstraße 5", "Am Mühlbach 7").
_FRENCH_STREET_WORDS: Final = ("rue", "avenue", "boulevard")
_FRENCH_STREET_RE: Final = re.compile(
    r"(?:(?<=\d )|(?<=\d, )|(?<=\dbis )|(?<=\dter ))"
    rf"(?i:{'|'.join(_FRENCH_STREET_WORDS)})[ \t]+(?:(?:de la|de|du|des|d')[ \t]*)?"
    r"[A-ZÀ-Ý][\w'-]*(?:[ \t]+[A-ZÀ-Ý][\w'-]*){0,2}"
)
_SOUTHERN_STREET_KINDS: Final = (
    *("Rua", "Av.", "Avenida", "Calle", "Via", "Viale", "Piazza", "Paseo", "Praça"),
    "Travessa",
)
_SOUTHERN_STREET_RE: Final = re.compile(
    rf"(?<![\w.])(?:{'|'.join(map(re.escape, _SOUTHERN_STREET_KINDS))})[ \t]+"
    r"(?:(?:de la|de|da|do|dos|das|del|di|della|dei)[ \t]+)?[A-ZÀ-Ý][\w'-]*"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'-]*){0,2},?[ \t]+\d{1,5}(?![\w.-]*\w)"
)
_GERMAN_STREET_RE: Final = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß-]*(?:straße|strasse)[ \t]+\d{1,4}[a-z]?(?![\w.-]*\w)"
)
_GERMAN_PLACES: Final = ("Am", "An der", "Auf der", "Zum", "Zur")
_GERMAN_PLACE_STREET_RE: Final = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_GERMAN_PLACES)})[ \t]+[A-ZÄÖÜ][a-zäöüß-]+[ \t]+\d{{1,4}}[a-z]?"
    r"(?![\w.-]*\w)"
)
# The three named by their capitals, searched for together: one search of the text for
# the capitals that lead them (no "\b" before it: a pattern led by an assertion is tried
# at every position), where three searches cost three times as much.
_CAPITAL_LED_RE: Final = re.compile(
    "|".join(
        f"(?:{pattern.pattern})"
        for pattern in (_NATIONAL_ID_RE, _SOUTHERN_STREET_RE, _GERMAN_PLACE_STREET_RE)
    )
)
# One flat alternation of literals: nested groups of them are tried at every position.
# "Am" is also English's: only before a capital.
_CAPITAL_LED_HINT_RE: Final = re.compile(
    "(?:"
    + "|".join(
        (
            *_NATIONAL_ID_NAMES,
            *(re.escape(kind) + " " for kind in _SOUTHERN_STREET_KINDS),
            *("Am [A-ZÄÖÜ]" if place == "Am" else place + " " for place in _GERMAN_PLACES),
        )
    )
    + ")"
)


def _capital_led(m: re.Match[str], ctx: _Context) -> str:
    if m.group("v") is not None:  # a national number: its name stays
        return m.group("pre") + ID
    return LOCATION


# UK references written with spaces, which the grouped-digit rule reads as too short:
# a National Insurance number (HMRC NIM39110: two prefix letters, no D, F, I, Q, U or V
# and no O second, six digits, a suffix A-D: "AB 123456 C", "AB 123 456 C") and a
# driving licence number (DVLA: five letters of the surname, six digits holding the
# birth date, with 50 added to a woman's month, two initials, a digit, two check
# characters, and the issue number: "MORGA 753116 SM9IJ 01"). A surname of four letters
# or fewer is padded with 9s ("LI999 753116 ..."): nine digits together, which the
# grouped-digit rule takes. A space after the letters, as both are printed; written
# without one, the whole is one token, which the allow-list does not keep.
_UK_BIRTH_DIGITS: Final = r"(?:\d{6}|\d{3}[ \t]\d{3}|\d{2}[ \t]\d{2}[ \t]\d{2})"
_UK_ID_RE: Final = re.compile(
    r"[A-Z](?<![\w-][A-Z])(?:"
    rf"(?P<ni>[A-CEGHJ-NPR-TW-Z])[ \t]{_UK_BIRTH_DIGITS}[ \t]?[A-D]"
    rf"|[A-Z]{{4}}[ \t](?P<birth>{_UK_BIRTH_DIGITS})"
    r"[ \t]?[A-Z9]{2}\d[A-Z0-9]{2}(?:[ \t]?\d{2})?"
    r")(?![\w-])"
)
# Prefixes HMRC never allocates (NIM39110).
_NI_UNUSED_PREFIXES: Final = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
# A device named after its owner, as Apple's and Windows' setup names them ("Priya's
# MacBook Pro"): the owner's given name. A company or a word before it is no owner
# ("Apple's MacBook line").
_OWNERS_DEVICES: Final = (
    r"(?:MacBook|iMac|Mac|iPhone|iPad|PC|Laptop|Desktop|Galaxy|Pixel|Surface|ThinkPad"
    r"|Chromebook|AirPods|Apple Watch|Android)\b"
)
_DEVICE_OWNER_RE: Final = re.compile(
    r"(?<![\w'\u2019])(?P<owner>[A-Z][a-z]{1,20})['\u2019]s(?P<rest>[ \t]+" + _OWNERS_DEVICES + ")"
)


# Led by the apostrophe, which few texts hold: the owner's pattern, led by a capital,
# would be tried at every capital. A typographic apostrophe is left to the word pass
# (the engine searches for one literal fast, not for either of two).
_DEVICE_OWNER_HINT_RE: Final = re.compile(r"'s[ \t]+" + _OWNERS_DEVICES)


def _device_owner(m: re.Match[str], ctx: _Context) -> str:
    owner = m.group("owner").lower()
    if owner not in given_names() and (is_software_word(owner) or owner in common_words()):
        return m.group(0)
    return NAME + "'s" + m.group("rest")


# Initials and a surname, as forms, signatures and address books write a person ("J.
# Smith", "J.P. Meijer", "Dr. A. Nguyen"): a census surname or a word English seldom
# writes, no software word either way. The initials of countries and unions are no one's ("U.S.
# Army"), and a word after initials that is no surname stays ("D.C. Comics").
_INITIALLED_NAME_RE: Final = re.compile(
    r"(?<![\w.])(?P<initials>(?:[A-Z]\.[ \t]?){1,3})(?P<surname>[A-Z][a-z]{2,20}"
    r"(?:-[A-Z][a-z]{2,20})?)(?![\w])"
)
_PLACE_INITIALS: Final = frozenset({"U.S.", "U.K.", "E.U.", "U.N.", "U.S.A.", "D.C."})
# A capital, a dot and a capital, with a blank or not between (`_MARKS_SHAPES`).


def _initialled_name(m: re.Match[str], ctx: _Context) -> str:
    if "".join(m.group("initials").split()) in _PLACE_INITIALS:
        return m.group(0)
    key = m.group("surname").lower().split("-", 1)[0]
    if is_software_word(key):
        return m.group(0)
    if key in surnames() or key not in common_words():
        return NAME
    return m.group(0)


# A firm named for its people, as partnerships and family businesses are ("Corbin & Hale",
# "Sato & Brennan", "Delgado & Sons"): two surnames that are no common or software
# words, or words of no list, or one and the family's noun. "Drag & Drop", "Tactic &
# Technique" and "Redis & Postgres" stay.
_FIRM_RE: Final = re.compile(r"(?<![\w&])(?P<a>[A-Z][a-z]{2,20}) & (?P<b>[A-Z][a-z]{2,20})(?!\w)")
_FIRM_NOUNS: Final = frozenset({"sons", "daughters", "partners", "associates", "co", "company"})


def _firm_name(word: str) -> bool:
    key = word.lower()
    if is_software_word(key) or key in common_words():
        return False
    return key in surnames() or not is_word(key)


def _firm(m: re.Match[str], ctx: _Context) -> str:
    a, b = m.group("a"), m.group("b")
    if _firm_name(a) and (_firm_name(b) or b.lower() in _FIRM_NOUNS):
        return REDACTED
    return m.group(0)


# A machine named after its owner, as Windows' and macOS' setup name one ("SOFIA-SURFACE",
# "PRIYA-LAPTOP", "Johns-MacBook-Pro.local", "olusegun-mbp"): a census given name, or a
# word English seldom writes, perhaps with a possessive "s", before "-" and the
# computer's word; `<host>`. A software word or another common word is no owner
# ("BUILD-LAPTOP", "DEV-PC", "SALES-LAPTOP"). Phones and tablets, which seldom reach a
# log by name, are left out.
_DEVICE_WORDS: Final = "laptop|desktop|surface|macbook|mbp|thinkpad|pc"
_OWNED_DEVICE_RE: Final = re.compile(
    rf"(?i)(?<![\w.-])(?P<owner>[a-z]{{3,20}})-(?P<device>{_DEVICE_WORDS})"
    r"(?:-[a-z0-9]{1,6}){0,2}(?:\.(?:local|lan|home|localdomain))?(?![\w.-]*\w)"
)
# The "-" and the device's word as setup writes it, one flat alternation of literals the
# engine finds from its "-": where most texts hold none of them, a test per word in the
# lower-cased text cost four times as much. The device's word before the name
# ("DESKTOP-7G3K2L") is how Windows names a machine at random, not after its owner.
_OWNED_DEVICE_HINT_RE: Final = re.compile(
    "-(?:"
    + "|".join(
        variant
        for word in ("laptop", "desktop", "surface", "thinkpad", "pc")
        for variant in (word, word.upper(), word.capitalize())
    )
    + "|MacBook|macbook|MACBOOK|mbp|MBP|ThinkPad)"
)


def _device_name_owner(word: str) -> bool:
    key = word.lower()
    for name in (key, key[:-1] if key.endswith("s") else ""):
        if not name:
            continue
        if not is_software_word(name) and (name in given_names() or name not in common_words()):
            return True
    return False


def _owned_device(m: re.Match[str], ctx: _Context) -> str:
    return HOST if _device_name_owner(m.group("owner")) else m.group(0)


# A diagnosis by its ICD-10 code after the word for one ('dx: "F32.1"', "diagnosis code
# E11.9", "ICD-10 F41.1"): someone's health. A letter (U is reserved), two digits, and
# up to four more characters after a dot.
_DIAGNOSIS_CODE_RE: Final = re.compile(
    r"(?P<pre>\b(?i:dx|diagnos[ie]s|icd)(?:[-_ ]?(?:10|cm|code|codes))*[\"']?[ \t]*[:=]?[ \t]*"
    r"[\"']?)(?P<code>[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?)(?![\w.])"
)


# India's Permanent Account Number: five capitals (the fourth the holder's kind: P a
# person, C a company, H, F, A, T, B, L, J, G), four digits, a capital ("ABCPE1234F").
_IN_PAN_RE: Final = re.compile(r"(?<![\w])[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z](?!\w)")
# An HMRC Temporary Reference Number: two digits, a letter, five digits ("11 A 12345",
# "99L 99999", "99 L 999 99"), as HMRC describes it to the people who hold one; a space
# after the letter, as it is printed.
_UK_TRN_RE: Final = re.compile(
    r"[0-9](?<![\w.:/+-][0-9])[0-9][ \t]?[A-Z][ \t][0-9]{3}[ \t]?[0-9]{2}(?!\w|[.:/-][0-9])"
)
# A user name in a .netrc line or its prose copy: "login jdoe password ...".
_NETRC_LOGIN_RE: Final = re.compile(
    r"(?i)(?<![\w-])(?P<lead>login[ \t]+)(?P<v>[^\s\"'<>]+)"
    r"(?P<tail>[ \t]+(?:password|passwd|pass|pw|account)\b)"
)

# ---------------------------------------------------------------------------------------
# Helpers


# A product's own word stands in the text as a name the allow-list keeps wherever it
# keeps a known word, and is put back after: judged in its place as any word of the
# vocabulary would be (inside quoted prose, code or a path it goes with them).
_OWN_WORD_STAND_IN: Final = "consentry_own_word_{}"
_OWN_WORD_BACK_RE: Final = re.compile(r"consentry_own_word_(\d{1,3})")
_MAX_OWN_WORDS_PER_TEXT: Final = 500


def _own_words_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    """The product's words as whole words in any case, or None when it has none."""
    if not words:
        return None
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![\w.@/-])(?:{alternatives})(?![\w@/-]|\.\w)", re.IGNORECASE)


def _stand_in_for_own_words(text: str, pattern: re.Pattern[str], own: list[str]) -> str:
    """`text` with each of the product's words replaced by a numbered stand-in."""

    def stand_in(m: re.Match[str]) -> str:
        if len(own) >= _MAX_OWN_WORDS_PER_TEXT:
            return m.group(0)
        own.append(m.group(0))
        return _OWN_WORD_STAND_IN.format(len(own) - 1)

    return pattern.sub(stand_in, text)


def _own_words_back(text: str, own: list[str]) -> str:
    """The stand-ins that were kept, as the words they stood for."""
    return _OWN_WORD_BACK_RE.sub(
        lambda m: own[int(m.group(1))] if int(m.group(1)) < len(own) else m.group(0), text
    )


def _is_placeholder(value: str) -> bool:
    """True for a placeholder, also one followed by the line breaks a JSON string keeps."""
    return _PLACEHOLDER_VALUE_RE.sub("", value) in PLACEHOLDERS


def _listed_host(host: str, allowed: frozenset[str]) -> bool:
    """True for a trusted host as listed. Not a name under it: providers and projects
    give their customers and teams names under their own domains
    ("goldman-sachs.openai.com", "acme-corp.posthog.com", "gitlab-master.nvidia.com")."""
    host = host.lower().rstrip(".")
    return host in allowed or (host.startswith("www.") and host[4:] in allowed)


def _host_allowed(host: str, allowed: frozenset[str]) -> bool:
    return _listed_host(host, allowed) or is_project_host(host.lower().rstrip("."))


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _is_card(digits: str) -> bool:
    return 13 <= len(digits) <= 19 and digits[0] in "23456" and _luhn_ok(digits)


def _iban_ok(compact: str) -> bool:
    if not 15 <= len(compact) <= 34 or compact[:2] not in _IBAN_COUNTRIES:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def _remember_user(name: str, ctx: _Context) -> None:
    name = name.strip()
    if len(name) >= 2 and name.lower() not in GENERIC_USER_NAMES and not _is_placeholder(name):
        ctx.users.add(name)


def _home_user_index(parts: list[str], kind: str) -> int | None:
    """Index of the user name when `parts` (drive removed) is inside a home directory."""
    lowered = [p.lower() for p in parts]
    candidates: tuple[int, ...] = (0,)
    if kind == "unc":
        is_wsl = lowered[0] in ("wsl$", "wsl.localhost")
        candidates = (2,) if is_wsl else (1, 2)
    elif kind == "posix":
        if lowered[0] == "root":
            return 0
        if lowered[0] == "var" or lowered[0] == "volumes":
            candidates = (1, 2)
        elif lowered[0] == "mnt" and len(parts) > 1 and len(parts[1]) == 1:
            candidates = (2,)
        elif lowered[:3] == ["system", "volumes", "data"]:
            candidates = (3,)
    for i in candidates:
        if i + 1 < len(parts) and lowered[i] in _HOME_MARKERS:
            return i + 1
    return None


def _collapse_path(raw: str, kind: str, ctx: _Context, *, force: bool = False) -> str:
    """`raw` with its directories replaced by `<path>`, keeping the base name.

    `raw` comes back unchanged when it does not look like a file system path (an API
    route such as `/v1/chat/completions`). A user name found in a home directory is
    remembered in `ctx`, so that the rest of the text loses it too.
    """
    body = raw.rstrip(".")
    trailing = raw[len(body) :]
    parts = [p for p in _SPLIT_PATH_RE.split(body) if p]
    if kind == "win":
        parts = parts[1:]
    if kind == "tilde":
        _remember_user(parts[0][1:], ctx)
        rest = parts[1:]
    elif kind == "home":
        rest = parts[1:]  # the variable names the home; no user name is written
    elif not parts:
        return raw
    else:
        user_index = _home_user_index(parts, kind)
        if user_index is not None:
            _remember_user(parts[user_index], ctx)
            rest = parts[user_index + 1 :]
        elif kind == "posix" and not force and not _posix_is_file_path(parts):
            return raw
        else:
            rest = parts
    tail = safe_root_tail(body)
    if tail is not None:
        return tail + trailing  # from a safe root on, as a frame keeps it
    # The base name stays only when it names a file by its extension (the allow-list
    # still judges it): a folder's name ("acquisition-target-zeta") is a project's.
    if not rest or _EXTENSION_RE.search(rest[-1]) is None:
        return PATH + trailing
    sep_match = _LAST_SEP_RE.search(body)
    sep = sep_match.group(1) if sep_match else "/"
    return PATH + sep + rest[-1] + trailing


def _posix_is_file_path(parts: list[str]) -> bool:
    # "/src" alone or "/v1/chat/completions" (an API route) say nothing about anyone.
    if len(parts) < 2:
        return False
    return parts[0] in _POSIX_ROOTS or _EXTENSION_RE.search(parts[-1]) is not None


def _scrub_host(host: str, ctx: _Context) -> str:
    """A host name or address as it may stay in a URL."""
    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    # A placeholder with a host's punctuation left beside it ("https://<path>-", where a
    # Windows path after the scheme was replaced) names no host: judged again, it would
    # become <host>, and scrubbing twice would change the text.
    if not bare or _is_placeholder(bare.strip("-.")):
        return host
    if bare in _KEEP_IPS or _host_allowed(bare, ctx.allowed_hosts):
        return host
    if _is_ipv4(bare) and _is_kept_ipv4(bare):
        return host
    if _is_ipv4(bare) or ":" in bare:
        return IP
    return HOST


def _split_trailing_punctuation(url: str) -> tuple[str, str]:
    """A URL at the end of a sentence: the URL and the punctuation that follows it."""
    strip = ".,;:!?'\"" + ("" if "(" in url else ")") + ("" if "[" in url else "]")
    core = url.rstrip(strip)
    return core, url[len(core) :]


# ---------------------------------------------------------------------------------------
# Replacement callbacks (match, context) -> replacement


def _uri(m: re.Match[str], ctx: _Context) -> str:
    rest, trailing = _split_trailing_punctuation(m.group("rest"))
    decoded = unquote(rest)
    if "%" in decoded:
        decoded = unquote(decoded)
    authority, slash, path = decoded.partition("/")
    path = slash + path
    if not authority and not path.strip("/."):
        return m.group(0)  # "file:///" names nothing
    if _WINDOWS_URI_PATH_RE.match(path):
        collapsed = _collapse_path(path.lstrip("/\\"), "win", ctx)
    elif authority and m.group("scheme").lower() == "file":
        collapsed = _collapse_path("//" + authority + path, "unc", ctx)
    else:
        collapsed = _collapse_path(path or "/", "posix", ctx, force=True)
    if not collapsed.startswith(PATH) and safe_root_tail(collapsed) is None:
        collapsed = PATH
    return collapsed + trailing


def _scrub_authority(authority: str, ctx: _Context) -> tuple[str, str]:
    """The scrubbed `user:password@host:port,...` of a URL, and its first host name."""
    userinfo, at, hostports = authority.rpartition("@")
    out = ""
    if at:
        if not userinfo or _is_placeholder(userinfo):
            out = userinfo + at
        else:
            out = (SECRET if ":" in userinfo else USER) + at
    hosts: list[str] = []
    first_host = ""
    for hostport in hostports.split(","):  # a MongoDB replica set lists several
        if hostport.startswith("["):
            host, _, port = hostport.partition("]")
            host += "]"
            port = port.removeprefix(":")
        else:
            host, _, port = hostport.partition(":")
        first_host = first_host or host.lower()
        hosts.append(_scrub_host(host, ctx) + (":" + port if port.isdigit() else ""))
    return out + ",".join(hosts), first_host


def _broken_url(m: re.Match[str], ctx: _Context) -> str:
    scheme, rest = m.group("scheme", "rest")
    meant = _URL_RE.sub(lambda url: _url(url, ctx), scheme + "://" + rest)
    if not meant.startswith(scheme + "://"):
        return meant
    return scheme + m.group("lead") + meant[len(scheme) + 3 :]


def _url(m: re.Match[str], ctx: _Context) -> str:
    whole = m.group(0)
    scheme = m.group("scheme")
    lowered_scheme = scheme.lower()
    core, trailing = _split_trailing_punctuation(whole)
    url = _URL_RE.fullmatch(core)
    if url is None:
        return whole
    if lowered_scheme.startswith(_BUNDLE_SCHEME_PREFIXES):
        # A bundler's or a browser extension's address: no network host, but its path
        # may be a file on the machine ("webpack:///home/alice/src/x.ts").
        path = url.group("path")
        if not path:
            return whole
        collapsed = _collapse_path(path, "posix", ctx)
        if collapsed != path:
            collapsed = "/" + collapsed
        return core[: url.start("path")] + collapsed + core[url.end("path") :] + trailing
    if not url.group("authority"):
        return whole
    authority, host = _scrub_authority(url.group("authority"), ctx)
    path, query, fragment = (
        url.group("path") or "",
        url.group("query") or "",
        url.group("fragment") or "",
    )
    listed = _listed_host(host, ctx.allowed_hosts)
    project = not listed and is_project_host(host.lower().rstrip("."))
    allowed = listed or project
    host = host.removeprefix("www.")
    documentation = project and is_project_documentation(host, path)
    if allowed and host in CODE_HOSTS and path not in ("", "/"):
        path = _code_host_path(path, host)
    elif allowed and host in _MODEL_LIBRARY_HOSTS and path.strip("/"):
        path = _model_library_path(path, _MODEL_LIBRARY_HOSTS[host])
    elif path not in ("", "/") and (
        HOST in authority.rpartition("@")[2] or (project and not documentation)
    ):
        # A path under a host nobody may know is no safer than the host: the names in
        # it are the same customer's (an Azure OpenAI deployment, a tenant, a project).
        # So is one under a project's service that is not its documentation
        # ("wandb.ai/<entity>/<project>", "vercel.com/<team>"): its accounts' names.
        path = "/" + PATH
    elif lowered_scheme in _DATABASE_SCHEMES and path not in ("", "/"):
        name = path.strip("/")
        if not name.isdigit() and _someones_resource(name):
            path = "/" + PATH
    elif not allowed:
        path = _SECRET_SEGMENT_RE.sub(SECRET, path)
    else:
        path = _accounts_hidden(path)
    if query:
        names = [p.partition("=")[0] for p in _QUERY_SPLIT_RE.split(query[1:])]
        query = "?" + "&".join(n + "=" for n in names if _QUERY_NAME_RE.fullmatch(n))
    # A section of a documentation page, a project's own pages or a public repository's
    # ("…/anthropic-sdk-typescript#long-requests"); its words are judged as any others.
    sections = (
        host in DOCUMENTATION_HOSTS
        or documentation
        or (host in _HUB_HOSTS and path.lower().startswith("/docs/"))  # the Hub's own docs
    )
    if "=" in fragment or not (
        allowed and (sections or (host in _REPO_HOSTS and PATH not in path))
    ):
        fragment = ""  # a sign-in's answer ("#code=…", "#access_token=…") is no section
    return scheme + "://" + authority + path + query + fragment + trailing


# Model registries whose first path segment is an account ("ollama.com/<user>/<model>")
# unless it is the registry's own library of public models or another of its pages.
_MODEL_LIBRARY_HOSTS: Final = {"ollama.com": _words("library download blog")}


def _model_library_path(path: str, routes: frozenset[str]) -> str:
    """A model registry's path: its library's models and its own pages stay, an
    account's models become <path>."""
    first = path.strip("/").split("/")[0].lower()
    return path if first in routes or first in CODE_HOST_PAGES else "/" + PATH


# The routes under which a site names its accounts, organisations and teams
# ("stackoverflow.com/users/123/<name>", "pypi.org/user/<login>",
# "console.anthropic.com/workspaces/<team>", "platform.openai.com/org/<id>"), and the
# "~login" of npm's and others' user pages.
_ACCOUNT_ROUTES: Final = _words(
    "user users u profile profiles people member members org orgs organization"
    " organizations workspace workspaces team teams"
)


def _accounts_hidden(path: str) -> str:
    """A trusted site's path cut after a route that names an account ("/users/<path>"),
    or before a "~login" segment; other paths as they are (their words are judged)."""
    segments = path.split("/")
    for i, segment in enumerate(segments):
        if segment.startswith("~") and len(segment) > 1:
            return "/".join([*segments[:i], PATH])
        if segment.lower() in _ACCOUNT_ROUTES and i + 1 < len(segments) and segments[i + 1]:
            return "/".join([*segments[: i + 1], PATH])
    return path


def _code_host_path(path: str, host: str) -> str:
    """A code host's path without its accounts: the hosts' own pages and API routes,
    which no account can be named after, stay ("huggingface.co/api/models"); what
    follows them may name someone and becomes <path>, unless it is a public model on
    the Hugging Face Hub (`_hub_model_path`)."""
    segments = path.strip("/").split("/")
    kept: list[str] = []
    for segment in segments:
        if segment.lower() not in CODE_HOST_PAGES:
            break
        kept.append(segment)
    if len(kept) == len(segments):
        return path
    if host in _REPO_HOSTS and [k.lower() for k in kept] in ([], ["repos"], ["orgs"]):
        public = _project_repo_path(segments[len(kept) :])
        if public:
            return path if public[-1] != PATH else "/" + "/".join([*kept, *public])
    if host in _HUB_HOSTS:
        pages = [k.lower() for k in kept]
        if pages == ["docs"]:
            return path  # the Hub's documentation, no one's: its pages are judged as words
        model = (
            _hub_model_path(segments[len(kept) :], api=bool(pages))
            if pages in ([], ["api", "models"])
            else None
        )
        if model:
            return "/" + "/".join([*kept, *model])
    return "/" + "/".join([*kept, PATH])


# Hosts of git repositories whose paths are "<account>/<repository>/<route>/…".
_REPO_HOSTS: Final = frozenset(
    {"github.com", "api.github.com", "raw.githubusercontent.com", "gitlab.com", "bitbucket.org"}
)
# A repository's own pages, and the branch names every repository has.
_REPO_ROUTES: Final = _words(
    "issues pull pulls discussions releases tags tag blob tree raw commit commits compare"
    " wiki actions labels milestones download archive refs heads security advisories"
    " contents files main master"
)


def _project_repo_path(segments: list[str]) -> list[str] | None:
    """`segments` (an account, then perhaps a repository and its pages) with what they
    may keep when the account is a public software project's (`is_project_account`):
    the account, a repository named as projects name theirs (`is_project_repository`:
    ``tiktoken``, ``anthropic-sdk-typescript``), then its routes, numbers and versions
    (``issues/123``, ``releases/tag/v1.2.3``); from the first other segment on, <path>.
    A company's coined name has private repositories too ("vercel/acquisition-plan"),
    and a file's path in one is its own. None when the account is not a project's."""
    if not is_project_account(segments[0]):
        return None
    kept = [segments[0]]
    if len(segments) > 1:
        if not is_project_repository(segments[1].removesuffix(".git")):
            return [*kept, PATH]
        kept.append(segments[1])
    for segment in segments[2:]:
        if not (segment.lower() in _REPO_ROUTES or _REPO_REF_RE.fullmatch(segment)):
            kept.append(PATH)
            break
        kept.append(segment)
    return kept


# A number (an issue's, a pull request's) or a version tag after a repository's route.
_REPO_REF_RE: Final = re.compile(r"\d{1,7}|v?\d+(?:\.\d+){1,3}(?:-[a-z]+\.?\d*)?")


# The Hub's model pages and API: "huggingface.co/<repo id>[/<route>/<revision>/<file>]"
# and "huggingface.co/api/models/<repo id>[/<route>/<revision>]", what its libraries'
# errors quote ("Repository Not Found for url: …", "Cannot access gated repo for url …").
_HUB_HOSTS: Final = frozenset({"huggingface.co"})
_HUB_ROUTES: Final = _words("resolve revision tree blob raw commits")
_HUB_REVISION_RE: Final = re.compile(r"(?i)main|master|v?\d+(?:\.\d+){0,3}")


def _canonical_hub_model(segments: list[str], api: bool) -> bool:
    """True when `segments` start with a canonical model of the Hub: a repo id of one
    name ("bert-base-uncased", "gpt2"), which only the Hub's own early models have (every
    other repository is under an account). One name alone is a repo id after the API's
    ``models/`` or before a route; at the top level it may be an account's page."""
    followed = len(segments) > 1
    if followed and segments[1].lower() not in _HUB_ROUTES:
        return False
    if is_listed_name(segments[0].lower()):
        return False  # a person's account, mistyped as a model
    return (api or followed) and is_known_identifier(segments[0])


def _hub_model_path(segments: list[str], api: bool = False) -> list[str] | None:
    """`segments` (a repo id, then perhaps a route, a revision and a file) with what it
    may keep: the repo id when the model field would keep it as a model id (a registry
    id, or a public organisation's repository with a model's evidence: `model_id`), the
    route and a default branch or version, then a file judged as free text judges one;
    anything else is <path>. None when the repo id is not such a model's."""
    from consentry.anonymize.identifiers import model_id

    for size in (2, 1):
        repo = "/".join(segments[:size])
        if len(segments) >= size and model_id(repo) == repo:
            break
    else:
        if not _canonical_hub_model(segments, api):
            return None
        size = 1
    out, rest = segments[:size], segments[size:]
    if rest and rest[0].lower() in _HUB_ROUTES:
        out.append(rest.pop(0))
        if rest and _HUB_REVISION_RE.fullmatch(rest[0]):
            out.append(rest.pop(0))
            if len(rest) == 1 and allow_list(rest[0]) == rest[0]:
                out.append(rest.pop(0))
    return out + ([PATH] if rest else [])


def _windows_path(m: re.Match[str], ctx: _Context) -> str:
    return _collapse_path(m.group(0), "win", ctx)


def _unc_path(m: re.Match[str], ctx: _Context) -> str:
    return _collapse_path(m.group(0), "unc", ctx)


def _posix_path(m: re.Match[str], ctx: _Context) -> str:
    return _collapse_path(m.group(0), "posix", ctx)


def _tilde_path(m: re.Match[str], ctx: _Context) -> str:
    return _collapse_path(m.group(0), "tilde", ctx)


def _home_variable_path(m: re.Match[str], ctx: _Context) -> str:
    return _collapse_path(m.group(0), "home", ctx)


def _email(m: re.Match[str], ctx: _Context) -> str:
    local, _, domain = m.group(0).replace("%40", "@").partition("@")
    # Quotes and backticks are atext, but before an address they are the text's own.
    bare = local.lstrip("'`.")
    lead = local[: len(local) - len(bare)]
    if not any(c.isalnum() or c == "_" for c in bare):
        # "{@org.springframework….Autowired(…)}", a Java annotation in braces: "{" is
        # atext, but no mailbox is named by punctuation alone.
        return m.group(0)
    if bare.lower() == "git" and _host_allowed(domain, ctx.allowed_hosts):
        return m.group(0)  # "git@github.com": the service's account, nobody's address
    if domain.lower() == "localhost" and _role_account(bare):
        return m.group(0)  # "root@localhost", "postgres@localhost": a service's account
    key = _EMAIL_KEY_RE.match(bare)
    if key and is_known_identifier(key.group("name")):
        # "--author=jo@x.org", "user.email=jo@x.org": "=" is atext, but a known key before
        # it is the option the address was given to, not part of the address.
        return lead + key.group(0) + EMAIL
    return lead + EMAIL


def _remote_authority(m: re.Match[str], ctx: _Context) -> str:
    if _is_placeholder(m.group("name")):
        return m.group(0)
    return m.group("kind") + "+" + HOST


def _user_assignment(m: re.Match[str], ctx: _Context) -> str:
    value = m.group("v")
    if _is_placeholder(value) or value.lower() in _KEEP_VALUES:
        return m.group(0)
    return m.group("key") + m.group("sep") + USER


# A program's name and its version: Jupyter's "python3" kernel, "julia-1.9".
_VERSIONED_WORD_RE: Final = re.compile(r"([a-z]+)[-_]?\d+(?:\.\d+)*")


def _someones_resource(value: str) -> bool:
    lowered = value.lower()
    versioned = _VERSIONED_WORD_RE.fullmatch(lowered)
    return not (
        _is_placeholder(value)
        or lowered in vocabulary_words()
        or lowered in _CLUSTER_NAMES
        or lowered in load_registry()
        or (versioned is not None and is_software_word(versioned.group(1)))
    )


def _quoted_resource(m: re.Match[str], ctx: _Context) -> str:
    before = m.string[max(0, m.start() - _LONGEST_RESOURCE_NOUN) : m.start()]
    noun = before.rstrip(" \t")
    if len(noun) == len(before) or not noun:
        return m.group(0)  # no blank before the quote: no noun names it
    *earlier, last = noun.rsplit(None, 2)
    # "(index "support-tickets")": the bracket that opens an aside is no part of the noun.
    noun = last.lstrip("([{").partition(".")[0].lower()
    if m.group("words") is not None and noun not in _OWNER_NOUNS:
        return m.group(0)
    # An MCP server's name is the one its user gave it in a configuration ("MCP server
    # 'jira-tidewater'"); the public ones are one word ('github').
    mcp_server = noun == "server" and bool(earlier) and earlier[-1].strip("[](){}").lower() == "mcp"
    if not (mcp_server or noun in _RESOURCE_NOUNS or noun in _OWNER_NOUNS):
        return m.group(0)
    if noun == "model":
        # A model is judged as the `model` field is: a private one's name made of words
        # ("payroll-llama") is no public model.
        # A model's file is the path rules' ("models/ggml-base.en.bin").
        if _EXTENSION_RE.search(m.group("v")) or model_id(m.group("v")) != CUSTOM_MODEL:
            return m.group(0)
    elif not _someones_resource(m.group("v")) or (
        noun in _FILE_NOUNS and _EXTENSION_RE.search(m.group("v"))
    ):
        return m.group(0)
    return m.group("q") + REDACTED + m.group("q")


def _resource_name(m: re.Match[str], ctx: _Context) -> str:
    if not _someones_resource(m.group("v")):
        return m.group(0)
    return m.group("pre") + REDACTED


def _mcp_tool(m: re.Match[str], ctx: _Context) -> str:
    if not _someones_resource(m.group("server")):
        return m.group(0)  # a public server's one word ("mcp__github__create_issue")
    return m.group("lead") + REDACTED + m.group("tail")


def _word_start(lowered: str, end: int) -> int:
    """Where the run of ASCII letters ending at `end` starts."""
    start = end
    while start > 0 and lowered[start - 1] in _ASCII_LOWER:
        start -= 1
    return start


def _label_before(lowered: str, at: int) -> tuple[str, int] | None:
    """The label of `_RESOURCE_LABELS` or `_USER_LABELS` that ends before the operator at
    `at` of the lower-cased text (a blank between them or none), and where it starts:
    "deployment", or a noun before its name, key or slug ("project key"). None when the
    word there is no label or is part of a longer one ("xdeployment", "db_team")."""
    end = at - 1 if lowered[at - 1 : at] == " " else at
    if lowered[end - 2 : end] not in _LABEL_ENDS:
        return None
    start = _word_start(lowered, end)
    label = lowered[start:end]
    if label in _LABEL_TAILS:
        if lowered[start - 1 : start] != " ":
            return None
        noun_start = _word_start(lowered, start - 1)
        label, start = lowered[noun_start : start - 1], noun_start
        if label not in _RESOURCE_LABELS and label not in _HOST_LABELS:
            return None
    elif label not in _LABELS:
        return None
    if start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
        return None
    return label, start


def _may_hold_label(lowered: str) -> bool:
    """False when no ":" or "=" of the text follows a label (`_label_before`)."""
    for operator in ":=":
        at = lowered.find(operator)
        while at != -1:
            # `_label_before`'s first test written out: most operators fail it.
            if (
                lowered[at - 2 : at] in _LABEL_ENDS or lowered[at - 3 : at - 1] in _LABEL_ENDS
            ) and _label_before(lowered, at) is not None:
                return True
            at = lowered.find(operator, at + 1)
    return False


def _labelled(m: re.Match[str], ctx: _Context) -> str:
    text = m.string
    behind = text[max(0, m.start() - _LONGEST_LABEL - 1) : m.start()].lower()
    found = _label_before(behind, len(behind))
    if found is None:
        return m.group(0)
    label, start = found
    at = m.start() - len(behind) + start
    if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
        return m.group(0)  # "xdeployment:", "db_team:" beyond the window
    value = m.group("v")
    if text.startswith(":", m.end()):
        return m.group(0)  # a label after the label ("author: 'Signed-off-by: …'")
    head = m.group(0)[: m.start("v") - m.start()]
    if label in _USER_LABELS:
        return m.group(0) if _role_account(value) else head + USER
    if label in _HOST_LABELS:
        # A machine's name starts with a letter: an address, a number or a placeholder
        # does not take the shape.
        if (
            _MACHINE_NAME_RE.fullmatch(value) is None
            or len(value) > _LONGEST_MACHINE_LABEL
            or _known_host(value, ctx)
        ):
            return m.group(0)  # an address, a trusted host, or an id the secret detectors judge
        if not any(c in ".-_" or c.isdigit() for c in value):
            return m.group(0)  # "Host: unknown", "device: cpu": a word, no machine's name
        if _CLOUD_PLACE_RE.fullmatch(value):
            return m.group(0)  # "Endpoint: us-east-1", "Host: ubuntu-latest": everyone's
        return head + HOST
    if label in _DOMAIN_LABELS and "." in value:
        return m.group(0)  # "Domain: github.com": a DNS name, the host rules'
    if value.isdigit() or not _someones_resource(value):
        # Whose an account or a seat is, named by a word of English ("customer: Pfizer",
        # "tenant: accenture"), is a company's name all the same; software's words stay
        # ("tenant: common", "customer: default").
        if label not in _OWNER_VALUE_LABELS or value.isdigit() or _is_placeholder(value):
            return m.group(0)
        if label == "customer" and _NEXT_CAPITALISED_RE.match(text, m.end()):
            return m.group(0)  # "Customer: Dorothy Hayes": a person's name, the names' rules'
        if value.lower() in _OWNER_VALUE_WORDS or is_software_word(value.lower()):
            return m.group(0)
    return head + REDACTED


def _data_value(m: re.Match[str], ctx: _Context) -> str:
    if m.group("pre") is not None:
        return m.group("pre") + _data_item(m.group("v"))
    if m.group("cpre") is not None:
        return m.group("cpre") + _data_item(m.group("cv"))
    if m.group("lpre") is not None:
        return m.group("lpre") + _DATA_ITEM_RE.sub(
            lambda item: _data_item(item.group(0)), m.group("list")
        )
    if m.group("tpre") is not None:
        items = m.group("tail").split(", ")
        return m.group("tpre") + ", ".join(_data_item(item) for item in items)
    if m.group("bpre") is not None:
        return m.group("bpre") + _data_item(m.group("bv"))
    if m.group("jpre") is not None:
        return m.group("jpre") + _data_item(m.group("jv"))
    return m.group("ppre") + CODE + "]"


def _data_item(item: str) -> str:
    """A value of someone's data as it may leave: a number or a missing value's mark
    stays, anything else is `<redacted>`, or `<text>` when it holds several words; the
    quotes around it stay."""
    quote = item[0] if len(item) > 1 and item[0] in "'\"" and item[-1] == item[0] else ""
    body = item[1:-1] if quote else item
    core = body.strip()
    if (
        core.lower() in _MISSING_VALUES
        or _DATA_NUMBER_RE.fullmatch(core)
        or all(word in ALL_PLACEHOLDERS for word in core.split())
    ):
        return item
    return quote + (TEXT if len(core.split()) > 1 else REDACTED) + quote


def _may_hold_channel(lowered: str) -> bool:
    return "#" in lowered and ("slack" in lowered or "channel" in lowered)


def _environment_name(m: re.Match[str], ctx: _Context) -> str:
    if _ENVIRONMENT_ANCHOR_RE.search(m.group(0)) is None:
        return m.group(0)
    return REDACTED


def _tool_line(m: re.Match[str], ctx: _Context) -> str:
    tool = m.group("tool")
    flags = _TOOL_SHORT_FLAGS[tool]
    named = _TOOL_NAMED_ARGUMENTS.get(tool, frozenset())
    out = [tool]
    placeholder = ""
    # make names its target first; the others after a subcommand of `named`.
    expecting = tool in named
    for argument in _ARGUMENT_RE.finditer(m.group("args")):
        value = argument.group("arg")
        if not value.startswith("-"):
            if not placeholder and expecting:
                placeholder, expecting = REDACTED, False
            elif not placeholder and value in named:
                expecting = True
            if placeholder and placeholder != _KEEP_VALUE and _judged(value, placeholder):
                value = placeholder
        placeholder = flags.get(value, "")
        out.append(argument.group("gap") + value)
    return "".join(out)


def _judged(value: str, placeholder: str) -> bool:
    """True when a tool's argument that names the user's login (`placeholder` ``<user>``)
    or resource is someone's: not a role account, one word of the vocabulary, a file or
    a path, nor a placeholder."""
    if "/" in value or "\\" in value:
        return False
    if placeholder == USER:
        return not _role_account(value)
    return _someones_resource(value) and not _EXTENSION_RE.search(value)


def _text_flag(m: re.Match[str], ctx: _Context) -> str:
    quote = m.group("q") or m.group("mq")
    return m.group("pre") + TEXT + quote


def _request_title(m: re.Match[str], ctx: _Context) -> str:
    return (m.group("pre") or m.group("lint")) + TEXT


def _own_package(m: re.Match[str], ctx: _Context) -> str:
    return (m.group("pre") or m.group("npm")) + REDACTED


def _owner_flag(m: re.Match[str], ctx: _Context) -> str:
    # The pattern takes no path: a value is judged as a tool's short flag's is.
    flag = m.group("flag")[2:].lower()
    placeholder = (
        USER if flag in _USER_FLAG_WORDS else HOST if flag.startswith("host") else REDACTED
    )
    if not _judged(m.group("v"), placeholder):
        return m.group(0)
    return m.group("flag") + m.group("sep") + placeholder


def _owner_noun(m: re.Match[str], ctx: _Context) -> str:
    if m.group("id") is not None:
        # An id is the number that names the owner; a word after "team id" is no id.
        if not _DIGITS_RE.search(m.group("n")):
            return m.group(0)
        return m.group("noun") + m.group("id") + ID
    noun = m.group("noun").lower()
    if m.group("named") is not None:
        value = m.group("v")
        if noun not in _NAMED_OWNER_NOUNS or (value.islower() and is_software_word(value)):
            return m.group(0)
        return m.group("noun") + m.group("named") + REDACTED + m.group("q")
    if noun not in _SLUG_NOUNS and ":" not in m.group("blank"):
        return m.group(0)
    return m.group("noun") + m.group("blank") + REDACTED


def _company(m: re.Match[str], ctx: _Context) -> str:
    words = _COMPANY_WORD_RE.findall(m.group("name"))
    if all(is_software_word(word.lower()) or word == "and" for word in words):
        return m.group(0)
    return REDACTED + m.group("form")


def _spaced_out(m: re.Match[str], ctx: _Context) -> str:
    alnum = [c for c in m.group(0) if c.isalnum()]
    if len(alnum) < _SPACED_OUT_MIN_ALNUM or len(set(alnum)) < _SPACED_OUT_MIN_DISTINCT:
        return m.group(0)  # "- - - - - - - -", "x x x x x x x x": drawn, not spelt
    return REDACTED


def _may_hold_title_label(lowered: str) -> bool:
    # The words of every label `_LABELLED_TITLE_RE` knows, whatever blanks stand between
    # them: both words, as "commit" alone is in command ids ("…inlineSuggest.commit").
    return (
        "title" in lowered
        or ("subject" in lowered and ("commit" in lowered or "change" in lowered))
        or ("commit" in lowered and "message" in lowered)
    )


def _may_hold_git_subject(lowered: str) -> bool:
    return "] " in lowered or "could not" in lowered or "head is now" in lowered


def _role_account(value: str) -> bool:
    """True for an account a role runs as, nobody's ("root", "postgres"), or one a
    placeholder already stands for; the machine's own user, whatever its name, went
    before the detectors ran."""
    return _is_placeholder(value) or value.lower() in GENERIC_USER_NAMES


def _user_slot(m: re.Match[str], ctx: _Context) -> str:
    return m.group(0) if _role_account(m.group("v")) else m.group("pre") + USER


def _user_quoted(m: re.Match[str], ctx: _Context) -> str:
    value = m.group("v")
    # "Access denied for user 'root'@'localhost'"; "messages with role 'tool'".
    if _role_account(value) or (
        m.group("label").lower() == "role" and value.lower() in _CHAT_ROLES
    ):
        return m.group(0)
    return m.group("pre") + m.group("q") + USER + m.group("q")


def _ipv6(m: re.Match[str], ctx: _Context) -> str:
    address = m.group(0).partition("%")[0]
    if address in _KEEP_IPS or not any(c.isdigit() for c in address):
        return m.group(0)
    groups = [g for g in address.split(":") if g]
    has_hex_letter = any(c in "abcdefABCDEF" for c in address)
    if not has_hex_letter and len(groups) < 3:
        return m.group(0)  # "10::20" reads as a range or a label, not an address
    return IP


# Four numbers of 0 to 255, leading zeros allowed: "10.00.9.78" still reaches a host
# through inet_aton-style parsers. A pattern tests the four at once; int() four times
# costs three times more.
_IPV4_OCTETS_RE: Final = re.compile(
    r"(?:[01]?\d\d?|2[0-4]\d|25[0-5])(?:\.(?:[01]?\d\d?|2[0-4]\d|25[0-5])){3}"
)


def _is_ipv4(text: str) -> bool:
    return _IPV4_RE.fullmatch(text) is not None and _IPV4_OCTETS_RE.fullmatch(text) is not None


def _is_kept_ipv4(address: str) -> bool:
    """True for an IPv4 address that names no machine of anyone's: loopback, those of
    `_KEEP_IPS`, a netmask ("255.255.255.0": ones, then zeros) or a multicast group
    (224.0.0.0/4, RFC 5771: "224.0.0.251" is mDNS everywhere)."""
    if address in _KEEP_IPS or address.startswith("127."):
        return True
    octets = [int(octet) for octet in address.split(".")]
    value = int.from_bytes(bytes(octets), "big")
    inverted = ~value & 0xFFFFFFFF
    is_netmask = octets[0] == 255 and inverted & (inverted + 1) == 0
    return is_netmask or 224 <= octets[0] <= 239


def _ipv4(m: re.Match[str], ctx: _Context) -> str:
    address = m.group(0)
    if not _is_ipv4(address) or _is_kept_ipv4(address):
        return address
    label = _VERSION_BEFORE_RE.search(m.string, max(0, m.start() - 40), m.start())
    if label and (label.group("label") or address.endswith(".0.0.0")):
        return address
    return IP


def _inet_aton_part(part: str) -> int | None:
    """A part of an inet_aton() address: hex after 0x, octal after a 0, else decimal."""
    if part[:2].lower() == "0x":
        return int(part[2:], 16)
    if len(part) > 1 and part[0] == "0":
        return int(part, 8) if set(part) <= set("01234567") else None
    return int(part)


def _ipv4_hex(m: re.Match[str], ctx: _Context) -> str:
    address = m.group(0)
    if "0x" not in address.lower():
        return address  # dotted decimal is the ipv4 rule's
    values = [_inet_aton_part(part) for part in address.split(".")]
    if all(value is not None and value <= 255 for value in values):
        return IP
    return address


def _iban(m: re.Match[str], ctx: _Context) -> str:
    raw = m.group(0)
    # Greedy grouping may take a following word; try shorter ends at group boundaries.
    for end in range(len(raw), 14, -1):
        if end < len(raw) and raw[end] != " ":
            continue
        if _iban_ok(raw[:end].replace(" ", "")):
            return IBAN + raw[end:]
    return raw


def _card(m: re.Match[str], ctx: _Context) -> str:
    raw = m.group(0)
    runs = [(r.start(), r.end()) for r in _DIGIT_RUN_RE.finditer(raw)]
    # The pattern may take in neighbouring numbers ("card 4111 1111 1111 1111 2 times"):
    # look for the longest card-sized stretch of whole digit groups, left to right.
    pieces: list[str] = []
    pos = 0
    i = 0
    while i < len(runs):
        digits = ""
        wrapped = False
        candidates: list[int] = []
        for j in range(i, len(runs)):
            digits += raw[runs[j][0] : runs[j][1]]
            if len(digits) > 19:
                break
            if j > i and "\n" in raw[runs[j - 1][1] : runs[j][0]]:
                wrapped = True
            if wrapped and any(runs[k][1] - runs[k][0] != 4 for k in range(i, j + 1)):
                break
            if len(digits) >= 13 and _is_card(digits):
                candidates.append(j)
        if not candidates:
            i += 1
            continue
        last = candidates[-1]
        pieces.append(raw[pos : runs[i][0]] + CARD)
        pos = runs[last][1]
        i = last + 1
    return "".join(pieces) + raw[pos:]


def _phone(m: re.Match[str], ctx: _Context) -> str:
    text = m.group(0)
    number = text[: m.start("ext") - m.start()] if m.group("ext") else text
    digits = sum(c.isdigit() for c in number)
    if text.startswith("+"):
        ok = 8 <= digits <= 15
    elif text.startswith(("0", "(0")):
        ok = 9 <= digits <= 13
    elif m.group("sep1"):
        ok = True  # North America's country code 1 without its "+"
    elif m.group("local") is not None:
        reach = max(0, m.start() - _LOCAL_PHONE_LEAD_REACH)
        ok = _LOCAL_PHONE_LEAD_RE.search(m.string, reach, m.start()) is not None
    else:
        ok = digits == 10
    return PHONE if ok else text


def _rut_check_digit(body: str) -> str:
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    check = 11 - total % 11
    return "0" if check == 11 else "K" if check == 10 else str(check)


def _rut(m: re.Match[str], ctx: _Context) -> str:
    body = m.group(1) + m.group(2) + m.group(3)
    return "<id>" if _rut_check_digit(body) == m.group(4).upper() else m.group(0)


def _coordinates(m: re.Match[str], ctx: _Context) -> str:
    lat, lon = float(m.group("lat")), float(m.group("lon"))
    if abs(lat) > _MAX_LATITUDE or abs(lon) > _MAX_LONGITUDE or max(abs(lat), abs(lon)) < 1:
        return m.group(0)
    if "k1" not in m.re.groupindex:
        return LOCATION
    return m.group("k1") + LOCATION + m.group("mid") + m.group("k2") + LOCATION


def _digit_groups(m: re.Match[str], ctx: _Context) -> str:
    text = m.group(0)
    if _DATE_RE.fullmatch(text):
        return text
    if _is_ipv4(text) and _is_kept_ipv4(text):
        return text  # "169.254.169.254": an address the ipv4 rule keeps is no id either
    groups = _DIGIT_RUN_RE.findall(text)
    digits = sum(len(g) for g in groups)
    if "." in text and not text[0].isalpha():
        if _is_long_version(text, m.string[: m.start()]):
            return text
        return "<id>" if digits >= 9 else text  # "1.95.3" is a version
    if digits >= 9 or (len(groups) >= 3 and digits >= 6):
        return "<id>"
    return text


def _is_long_version(text: str, before: str) -> bool:
    """True when dotted digits of nine or more are a version by their shape or label.

    A middle part that is a lone 0 ("128.0.6613.186", Windows' "10.0.26100.2605")
    is written by version schemes and by no telephone plan, card or national id; nor is a
    run after the word version or build ("Version 6.1.7601.24544", "DRIVER_VERSION=").
    """
    if _DOTTED_DIGITS_RE.fullmatch(text) is None:
        return False
    return _ZERO_PART_RE.match(text) is not None or _VERSION_LABEL_RE.search(before) is not None


def _known_host(host: str, ctx: _Context) -> bool:
    """True for this machine's name for itself or a host the scrubber trusts."""
    return host == "localhost" or _host_allowed(host, ctx.allowed_hosts)


def _host_slot(m: re.Match[str], ctx: _Context) -> str:
    host = m.group("host").rstrip(".")
    if _known_host(host, ctx) or _is_ipv4(host):
        return m.group(0)
    lead = m.group("lead") or m.group("loose")
    if m.group("loose") and host.lower() in vocabulary_words():
        return m.group(0)  # "for host header", "connection to server port 8080"
    return lead + HOST + m.group("host")[len(host) :]


def _may_name_ssh_login(lowered: str) -> bool:
    return "permission denied" in lowered or "ssh" in lowered or "mosh" in lowered


def _ssh_login(m: re.Match[str], ctx: _Context) -> str:
    if not (m.group("lead") or m.group("denied")):
        return m.group(0)  # "pkg@next", "image@latest": no login
    user, host = m.group("user"), m.group("host")
    if not _known_host(host, ctx):
        host = IP if _is_ipv4(host) else HOST
    if user.lower() != "git" and not _role_account(user):
        user = USER
    return (m.group("lead") or "") + user + "@" + host


def _host(m: re.Match[str], ctx: _Context) -> str:
    host = m.group(0)
    tld = m.group("tld")
    if tld not in HOST_TLDS and (tld not in DEEP_HOST_TLDS or host.count(".") < 2):
        return host
    if _host_allowed(host, ctx.allowed_hosts):
        return host
    labels = host.split(".")
    if labels[0] in _CODE_RECEIVERS:
        return host
    if not any(sum(c.isalpha() for c in label) >= 2 for label in labels[:-1]):
        return host  # "1.0.dev" is a version, not a host
    return HOST


def _labelled_name(m: re.Match[str], ctx: _Context) -> str:
    name = m.group("name")
    if name.split()[0].lower() in _NOT_NAMES:
        return m.group(0)
    if m.group("is") is not None and not name[0].isupper():
        return m.group(0)  # "first name is too long": prose about the field
    return m.group("lead") + NAME


def _birth_date(m: re.Match[str], ctx: _Context) -> str:
    if m.group("tail") is not None:
        return REDACTED + m.group("tail")
    return m.group("lead") + REDACTED


def _handle(m: re.Match[str], ctx: _Context) -> str:
    raw = m.group("handle")
    value = raw.rstrip(".,-")
    rest = raw[len(value) :]
    if value.startswith("@"):
        return m.group("lead") + USER + rest if len(value) > 1 else m.group(0)
    service = (m.group("service") or "").lower()
    named = m.group("own") is not None or m.group("noun") is not None
    if not named and not (m.group("colon") and _USERNAME_MARKS_RE.search(value)):
        return m.group(0)  # "Skype: connection failed" says nothing of an account
    if value.lower() in _NOT_HANDLES or not any(c.isalpha() for c in value):
        # "twitter: 429": a status, not a name
        return m.group(0)
    shape = _TWITTER_NAME_RE if service in {"twitter", "tweeter"} else _SKYPE_NAME_RE
    if shape.fullmatch(value) is None:
        return m.group(0)
    return m.group("lead") + USER + rest


def _spelt_email(m: re.Match[str], ctx: _Context) -> str:
    if m.group("tld").lower() not in HOST_TLDS:
        return m.group(0)
    lead = m.group("lead") or ""
    spelt = _SPELT_MARK_RE.search(m.group(0), len(lead)) is not None
    if not spelt and not lead:
        return m.group(0)
    return lead + EMAIL


def _street_address(m: re.Match[str], ctx: _Context) -> str:
    raw = m.group("name").split()
    if any(len(word) > _ABBREVIATION_CHARS and word.endswith(".") for word in raw):
        return m.group(0)  # "7 jamo. Either way": a sentence ended ("St." did not)
    words = [word.rstrip(".").lower() for word in raw]
    if any(word in _ADDRESS_STOP_WORDS for word in words):
        return m.group(0)  # "3 times in the way": a count and a phrase
    before = _WORD_BEFORE_RE.search(m.string, max(0, m.start() - 40), m.start())
    if before is not None and before.group(1).lower() in _NUMBERING_WORDS:
        return m.group(0)  # "version 1 main road map", "line 12 ...": a numbering
    return LOCATION


def _uk_id(m: re.Match[str], ctx: _Context) -> str:
    text = m.group(0)
    if m.group("ni") is not None:
        ok = text[0] not in "DFIQUV" and text[:2] not in _NI_UNUSED_PREFIXES
        return "<id>" if ok else text
    birth = [int(d) for d in m.group("birth") if d.isdigit()]
    month = birth[1] * 10 + birth[2]
    day = birth[3] * 10 + birth[4]
    # A month (with 50 added for a woman) and a day of it.
    ok = (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31
    return "<id>" if ok else text


# Parts every match of a rule holds, in the lower-cased text. Each starts with a rarer
# character than its rule's pattern does (or than the look-behind it starts with), so
# the search skips ahead where the rule's own pattern is tried at every position.
_MAC_PART_RE: Final = re.compile(r"[:-][0-9a-f]{2}[:-]")
_MAC_DOTTED_PART_RE: Final = re.compile(r"\.[0-9a-f]{4}\.")
# Every form but the full eight groups holds "::".
_IPV6_GROUPS_RE: Final = re.compile(r":[0-9a-f]{1,4}:[0-9a-f]")
_DIGIT_GROUP_PART_RE: Final = re.compile(r"\d[ .-]\d")
# The same in an ASCII text, where a digit is one of 0-9: a table look-up per position
# costs half a test of the character's category.
_DIGIT_GROUP_ASCII_PART_RE: Final = re.compile(r"[0-9][ .-][0-9]")
# The same as a shape: digits as "d", separators as "p".
_DIGIT_GROUP_SHAPES: Final = "".join(
    "d" if char in "0123456789" else "p" if char in " .-" else "." for char in map(chr, range(128))
)


# A dot and a known top-level domain that ends there, or two letters (every country
# code; the callback tells the others apart, fewer than the 200 codes would cost in the
# search). The domains as a tree of shared prefixes: at each dot the engine tries one
# branch per first letter, not every domain (no two domains end at one place: the
# look-ahead refuses a letter after one).
_HINT_TLDS: Final = sorted(t for t in HOST_TLDS | DEEP_HOST_TLDS if len(t) != 2)
_HOST_HINT_RE: Final = re.compile(
    r"\.(?:[a-z]{2}|" + _alternation(_HINT_TLDS) + r")(?![\w(-]|\.[\w-])"
)
_EMAIL_KEY_RE: Final = re.compile(r"-{0,2}(?P<name>[A-Za-z][\w.-]{2,40})=(?=[^=])")
# The characters of a match of `_HOST_RE` and of `_EMAIL_RE`, for `AnchoredRule`.
_HOST_RUN_RE: Final = re.compile(r"[a-z0-9.-]*")
_EMAIL_ANCHOR_RE: Final = re.compile(r"@|%40", re.IGNORECASE)
_EMAIL_RUN_RE: Final = re.compile(r"[\w.%@!#$&*+/=?^{|}~'`-]*")


# Grouped digits are made of capitals, digits (any script's, as \d), spaces, dots and
# dashes, and hold two digits with a separator between them.
_DIGIT_GROUP_ANCHOR_RE: Final = re.compile(r"\d[ .-]\d")
_DIGIT_GROUP_RUN_RE: Final = re.compile(r"[A-Z\d .-]*")


# `_MAC_PART_RE` as a shape: a hex digit (lower case) as "h", a separator as ":".
_MAC_SHAPES: Final = "".join(
    "h" if char in "0123456789abcdef" else ":" if char in ":-" else "."
    for char in map(chr, range(128))
)


def _may_hold_mac(lowered: str) -> bool:
    if lowered.count(":") < 5 and lowered.count("-") < 5:
        return False
    # What `_MAC_PART_RE.search(lowered)` says (its classes are ASCII), for half the cost.
    return ":hh:" in lowered.translate(_MAC_SHAPES)


def _may_hold_mac_dotted(lowered: str) -> bool:
    return _MAC_DOTTED_PART_RE.search(lowered) is not None


def _may_hold_quoted_email(lowered: str) -> bool:
    """The needles '"@' and '"%40', looked for only where the text holds a double quote
    (one character is found several times faster than two; most texts hold none)."""
    return '"' in lowered and ('"@' in lowered or '"%40' in lowered)


def _may_hold_domain_literal(lowered: str) -> bool:
    """The needle "@[", looked for only where the text holds a "[" (see above)."""
    return "[" in lowered and "@[" in lowered


def _may_hold_ipv6(lowered: str) -> bool:
    if "::" in lowered:
        return True
    return lowered.count(":") >= 7 and _IPV6_GROUPS_RE.search(lowered) is not None


def _may_hold_spelt_email(lowered: str) -> bool:
    """A spelt " dot ", else an e-mail label's "mail" (not the "<email>" placeholder's:
    the e-mail rule has run)."""
    if " dot " in lowered:
        return True
    at = lowered.find("mail")
    while at != -1:
        if not lowered.startswith("mail>", at):
            return True
        at = lowered.find("mail", at + 4)
    return False


def _may_hold_street_address(lowered: str) -> bool:
    # A digit first: a text without one (most messages) skips the search for a suffix.
    return _DIGIT.search(lowered) is not None and _STREET_SUFFIX_HINT_RE.search(lowered) is not None


def _may_hold_digit_groups(lowered: str) -> bool:
    part = _DIGIT_GROUP_ASCII_PART_RE if lowered.isascii() else _DIGIT_GROUP_PART_RE
    return part.search(lowered) is not None


# A remote kind's last letter (the long s is the one other letter the case-blind pattern
# takes for an "s") and the separator after it: "ssh-remote+", "wsl%2B".
_REMOTE_KIND_ENDS: Final = "erlsſ"
_REMOTE_SEPARATORS: Final = ("+", "%2b")


def _may_hold_remote_authority(lowered: str) -> bool:
    """True when a separator follows a remote kind's last letter somewhere: the separators
    are rare, so a look at the letter before each costs less than ten substring tests."""
    for sep in _REMOTE_SEPARATORS:
        at = lowered.find(sep, 1)
        while at != -1:
            if lowered[at - 1] in _REMOTE_KIND_ENDS:
                return True
            at = lowered.find(sep, at + 1)
    return False


# ---------------------------------------------------------------------------------------
# The rule table, in the order the rules run. Specific secret formats come before the
# generic ones so that each gets its own placeholder; URLs before paths and e-mails, so
# that a URL's path and credentials are judged as parts of the URL.

# Run before the secret detectors of `consentry.anonymize.secrets`, which would take a
# PEM block's lines or a JWT's parts for separate tokens.
EARLY_RULES: Final[tuple[Rule, ...]] = (
    Rule("private-key", _PEM_RE, PRIVATE_KEY, ("-----begin",)),
    Rule("jwt", _JWT_RE, JWT, ("eyj",)),
)

MESSAGE_RULES: Final[tuple[Rule, ...]] = (
    Rule("file-uri", _URI_RE, _uri, ("file://", "vscode-")),
    Rule("url", _URL_RE, _url, ("://",)),
    Rule("broken-url", _BROKEN_URL_RE, _broken_url, starts=("http", "ws")),
    Rule("scp-remote", _SCP_REMOTE_RE, URL, guard=_SCP_HINT_RE.search),
    Rule("ssh-login", _SSH_LOGIN_RE, _ssh_login, ("@",), guard=_may_name_ssh_login),
    Rule("quoted-email", _QUOTED_EMAIL_RE, EMAIL, guard=_may_hold_quoted_email),
    Rule("domain-literal-email", _DOMAIN_LITERAL_EMAIL_RE, _email, guard=_may_hold_domain_literal),
    AnchoredRule(
        "email",
        _EMAIL_RE,
        _email,
        ("@", "%40"),
        anchor=_EMAIL_ANCHOR_RE,
        run=_EMAIL_RUN_RE,
        # No letter in either: the case-blind anchor matches these two only.
        anchor_literals=("@", "%40"),
    ),
    # Before the host rule, which would leave "john at <host>".
    Rule("spelt-email", _SPELT_EMAIL_RE, _spelt_email, guard=_may_hold_spelt_email),
    # Before the POSIX rule, which would take "${HOME}/x"'s "/x" for a path of its own.
    Rule(
        "home-variable-path",
        _HOME_VARIABLE_PATH_RE,
        _home_variable_path,
        ("$home", "${home}", "userprofile", "homepath", "appdata", "env:home"),
    ),
    Rule("windows-path", _WINDOWS_PATH_RE, _windows_path, (":\\", ":/")),
    Rule("unc-path", _UNC_PATH_RE, _unc_path, ("\\\\",)),
    RescanRule("posix-path", _POSIX_PATH_RE, _posix_path, ("/",)),
    Rule("tilde-path", _TILDE_PATH_RE, _tilde_path, ("~",)),
    Rule(
        "remote-authority",
        _REMOTE_AUTHORITY_RE,
        _remote_authority,
        guard=_may_hold_remote_authority,
    ),
    Rule("user-assignment", _USER_ASSIGNMENT_RE, _user_assignment, ("user", "uname")),
    Rule("user-quoted", _USER_QUOTED_RE, _user_quoted, ("user", "role")),
    Rule(
        "user-slot",
        _USER_SLOT_RE,
        _user_slot,
        starts=(
            *("user", "id:", "invalid", "failed", "authentication", "permission", "logged"),
            "pass",
        ),
    ),
    # One character's search (memchr) costs a tenth of a two characters' one: "@" alone.
    Rule("mysql-account", _MYSQL_ACCOUNT_RE, _mysql_account, ("@",)),
    Rule("localised-user", _LOCALISED_USER_RE, _localised_user, starts=_LOCALISED_USER_STARTS),
    Rule("guessed-email", _GUESSED_EMAIL_RE, EMAIL, ("(none)",)),
    Rule("masked-secret", _MASKED_SECRET_RE, SECRET, ("***",)),
    Rule(
        "card-code",
        _CARD_CODE_RE,
        r"\g<lead>" + SECRET,
        starts=("cvv", "cvc", "csc", "card"),
    ),
    Rule(
        "labelled-text",
        _LABELLED_TEXT_RE,
        r"\g<lead>" + TEXT + r"\g<q>",
        starts=("commit", "stash"),
    ),
    Rule("untitled", _UNTITLED_RE, "untitled:" + TEXT, ("untitled:",)),
    Rule(
        "prompt-text",
        _PROMPT_TEXT_RE,
        r"\g<lead>" + TEXT,
        starts=("prompt", "user", "first", "last", "chat", "pending"),
    ),
    Rule("git-subject", _GIT_SUBJECT_RE, r"\g<lead>" + TEXT, guard=_may_hold_git_subject),
    Rule(
        "spaced-out",
        _SPACED_OUT_RE,
        _spaced_out,
        shape=_SPACED_OUT_SHAPE,
        shape_table=_BLANK_SHAPES,
    ),
    Rule("quoted-resource", _QUOTED_NAME_RE, _quoted_resource, starts=("'", '"', "`")),
    Rule("resource-name", _RESOURCE_NAME_RE, _resource_name, starts=_RESOURCE_NAME_STARTS),
    Rule("owner-flag", _OWNER_FLAG_RE, _owner_flag, starts=("--",)),
    Rule("tool-flag", _TOOL_LINE_RE, _tool_line, starts=_TOOL_STARTS),
    Rule("text-flag", _TEXT_FLAG_RE, _text_flag, starts=("--", "-m")),
    Rule("own-package", _OWN_PACKAGE_RE, _own_package, ("compiling", "npm notice")),
    Rule("mcp-tool", _MCP_TOOL_RE, _mcp_tool, starts=("mcp_",)),
    Rule("acted-on", _ACTED_ON_RE, _resource_name),
    Rule("owner-noun", _OWNER_NOUN_RE, _owner_noun, starts=_OWNER_NOUN_STARTS),
    Rule("numbered-person", _NUMBERED_PERSON_RE, r"\g<pre>" + ID, guard=_may_number_a_person),
    Rule("slashed-id", _SLASHED_ID_RE, ID, hint=_SLASHED_ID_HINT_RE),
    Rule("syslog-host", _SYSLOG_HOST_RE, _syslog_host, (":",), hint=_SYSLOG_TIME_RE),
    Rule("kerberos-realm", _REALM_RE, r"\g<pre>" + HOST, ("realm",)),
    Rule(
        "labelled-owner",
        _LABELLED_VALUE_RE,
        _labelled,
        guard=_may_hold_label,
        starts=(":", "="),
    ),
    Rule(
        "owner-slug-before",
        _OWNER_SLUG_BEFORE_RE,
        r"\g<the>" + REDACTED + r"\g<post>",
        ("organization", "organisation"),
        starts=("the",),
    ),
    Rule("issue-key", _ISSUE_KEY_RE, r"\g<pre>" + ID, starts=_ISSUE_WORDS, shape="U.d"),
    Rule("pg-key", _PG_KEY_RE, r"\g<pre>" + REDACTED, ("key (",)),
    Rule("pg-failing-row", _PG_FAILING_ROW_RE, r"\g<pre>" + REDACTED, ("failing row",)),
    Rule(
        "record-id",
        _RECORD_ID_RE,
        _record_id,
        shape="Uhd",
        shape_table=_MARKS_SHAPES,
    ),
    Rule("xml-name", _XML_NAME_RE, r"\g<open>" + NAME + r"\g<close>", ("name>",)),
    Rule("grouped-code", _GROUPED_CODE_RE, _grouped_code, hint=_GROUPED_CODE_HINT_RE),
    Rule("address-key", _ADDRESS_KEY_RE, _address_key, starts=_ADDRESS_KEYS),
    Rule("vehicle-reg", _VEHICLE_REG_RE, r"\g<pre>" + ID, shape=_VEHICLE_REG_SHAPES),
    Rule("id-key-value", _ID_KEY_VALUE_RE, r"\g<pre>" + ID, starts=("ssn", "national", "tax")),
    Rule("request-title", _REQUEST_TITLE_RE, _request_title, starts=("pull", "merge", "⧗")),
    Rule("labelled-title", _LABELLED_TITLE_RE, r"\g<pre>" + TEXT, guard=_may_hold_title_label),
    Rule("channel", _CHANNEL_RE, "#" + REDACTED, guard=_may_hold_channel),
    Rule("company", _COMPANY_RE, _company, hint=_COMPANY_FORM_RE),
    Rule("firm", _FIRM_RE, _firm, (" & ",)),
    Rule(
        "netrc-login",
        _NETRC_LOGIN_RE,
        r"\g<lead>" + USER + r"\g<tail>",
        starts=("login",),
    ),
    Rule("sid", _SID_RE, SID, ("s-1-",)),
    Rule("mac", _MAC_RE, MAC, guard=_may_hold_mac),
    Rule("mac-dotted", _MAC_DOTTED_RE, MAC, (".",), _may_hold_mac_dotted),
    Rule(
        "person-name",
        _PERSON_RE,
        r"\g<lead>" + NAME,
        # The ones most texts hold first ("30000 ms", "address", "hostname"): only the
        # first found is looked for.
        # "miss" holds none of the others ("mrs" holds "mr", "madam" is its own).
        ("ms", "miss", "dr", "name", "mr", "prof", "sir", "madam", "call me"),
        starts=("call", "name", "mr", "ms", "miss", "dr", "prof", "sir", "madam"),
    ),
    Rule(
        "labelled-name",
        _LABELLED_NAME_RE,
        _labelled_name,
        ("name", "dear"),
        starts=("first", "last", "given", "family", "middle", "full", "sur", "fore", "dear"),
    ),
    Rule("birth-date", _BIRTH_DATE_RE, _birth_date, ("birth", "dob", "d.o.b", "born")),
    Rule("old-date", _OLD_DATE_RE, _old_date, ("19", "200", "201"), shape="dddd"),
    Rule("social-handle", _HANDLE_RE, _handle, ("twitter", "tweet", "skype")),
    Rule(
        "street-address",
        _STREET_ADDRESS_RE,
        _street_address,
        guard=_may_hold_street_address,
    ),
    Rule("po-box", _PO_BOX_RE, LOCATION, ("box",)),
    # The birth date, the initial and the serial, with or without their blanks.
    Rule(
        "de-pension-number",
        _DE_PENSION_NUMBER_RE,
        _dated_id,
        shape=("ddddddUddd", "ddddddsUddd", "ddddddUsddd", "ddddddsUsddd"),
    ),
    Rule("birth-number", _BIRTH_NUMBER_RE, _dated_id, ("/",), shape="dddddd.ddd"),
    Rule("labelled-postcode", _LABELLED_POSTCODE_RE, r"\g<pre>" + LOCATION, _POSTCODE_LABELS),
    Rule("town-postcode", _TOWN_POSTCODE_RE, _town_postcode, hint=_TOWN_POSTCODE_HINT_RE),
    Rule("french-street", _FRENCH_STREET_RE, LOCATION, starts=_FRENCH_STREET_WORDS),
    # National numbers by their names, southern European and German place streets.
    Rule("capital-led", _CAPITAL_LED_RE, _capital_led, hint=_CAPITAL_LED_HINT_RE),
    Rule("german-street", _GERMAN_STREET_RE, LOCATION, ("straße", "strasse")),
    # Person names by the census lists (`consentry.anonymize.person_names`): a given name
    # and a surname, a given name after a greeting or an address word.
    Rule("name-pair", NAME_RUN_RE, name_run),
    Rule("addressed-name", ADDRESSED_RE, addressed_name, starts=ADDRESS_STARTS),
    # After the pairs, which take a given name after an initial with its surname ("M.
    # Thierry Rousseau").
    Rule(
        "initialled-name",
        _INITIALLED_NAME_RE,
        _initialled_name,
        shape=("UpsU", "UpU"),
        shape_table=_MARKS_SHAPES,
    ),
    Rule("coordinates", _COORDINATES_RE, _coordinates, guard=_COORDINATES_PAIR_HINT_RE.search),
    Rule(
        "labelled-coordinates",
        _LABELLED_COORDINATES_RE,
        _coordinates,
        ("lat",),
        _COORDINATES_HINT_RE.search,
    ),
    Rule("uk-postcode", _UK_POSTCODE_RE, LOCATION, shape="sdUU"),
    Rule("dms-coordinates", _DMS_RE, LOCATION, ("°",)),
    Rule("ipv6", _IPV6_RE, _ipv6, guard=_may_hold_ipv6),
    AnchoredRule(
        "ipv4",
        _IPV4_RE,
        _ipv4,
        guard=_IPV4_HINT_RE.search,
        # Every match holds a dot, one to three digits and a dot and a digit, and is
        # made of digits and dots: tried from the dots, not at every digit.
        anchor=_IPV4_ANCHOR_RE,
        run=_IPV4_RUN_RE,
    ),
    Rule("ipv4-hex", _IPV4_HEX_RE, _ipv4_hex, ("0x",)),
    # Six digits together, three and three, or two and two and two after two capitals (a
    # network error's code before an address, "ECONNREFUSED 127.0.0.1", has none of them).
    Rule("uk-id", _UK_ID_RE, _uk_id, shape=("UUsdddddd", "UUsdddsd", "UUsddsdds")),
    Rule("uk-trn", _UK_TRN_RE, "<id>", shape=("dUsddd", "dsUsddd")),
    Rule("in-pan", _IN_PAN_RE, "<id>", shape="UUUUUddddU"),
    Rule("device-owner", _DEVICE_OWNER_RE, _device_owner, hint=_DEVICE_OWNER_HINT_RE),
    Rule("owned-device", _OWNED_DEVICE_RE, _owned_device, hint=_OWNED_DEVICE_HINT_RE),
    Rule("diagnosis-code", _DIAGNOSIS_CODE_RE, r"\g<pre>" + REDACTED, ("dx", "diagnos", "icd")),
    Rule("iban", _IBAN_RE, _iban, guard=_DIGIT.search, shape="UUdd"),
    # Every match is made of the look-ahead's characters, thirteen in a row at least (a
    # digit and the twelve of the look-ahead): tried in such runs only, not at every
    # digit of the text.
    AnchoredRule(
        "card",
        _CARD_RE,
        _card,
        guard=_DIGIT.search,
        anchor=_CARD_ANCHOR_RE,
        run=_CARD_RUN_RE,
        ascii_anchor=(_CARD_SHAPES, _CARD_SHAPE),
    ),
    Rule("phone", _PHONE_RE, _phone, guard=_DIGIT.search),
    Rule("cnpj", _CNPJ_RE, "<id>", ("/",), _CNPJ_HINT_RE.search),
    Rule("rut", _RUT_RE, _rut, ("-",), _RUT_HINT_RE.search),
    AnchoredRule(
        "digit-groups",
        _DIGIT_GROUPS_RE,
        _digit_groups,
        guard=_may_hold_digit_groups,
        anchor=_DIGIT_GROUP_ANCHOR_RE,
        run=_DIGIT_GROUP_RUN_RE,
        ascii_anchor=(_DIGIT_GROUP_SHAPES, "dpd"),
    ),
    # After the detectors of a kind: a value they named keeps its placeholder.
    Rule("data-value", _DATA_VALUE_RE, _data_value, _DATA_VALUE_NEEDLES),
    Rule(
        "host-slot",
        _HOST_SLOT_RE,
        _host_slot,
        starts=_HOST_SLOT_STARTS,
    ),
    AnchoredRule(
        "host",
        _HOST_RE,
        _host,
        guard=_HOST_HINT_RE.search,
        # A host the callback replaces ends in a known top-level domain: the hint.
        anchor=_HOST_HINT_RE,
        run=_HOST_RUN_RE,
    ),
    # After the host slots and hosts, which name a machine "web-prod-03" as <host>.
    AnchoredRule(
        "environment-name",
        _ENVIRONMENT_NAME_RE,
        _environment_name,
        ("prod", "staging", "stg", "uat"),
        anchor=_ENVIRONMENT_ANCHOR_RE,
        run=_ENVIRONMENT_RUN_RE,
    ),
)


# ---------------------------------------------------------------------------------------
# The whole: normalise, machine facts, detectors, allow-list, bound


def _cut(text: str, limit: int, *, at_line: bool) -> str:
    """`text` shortened to `limit` characters, ending in an ellipsis, never mid-placeholder."""
    if len(text) <= limit:
        return text
    head = text[: max(limit - len(ELLIPSIS), 0)]
    if at_line:
        newline = head.rfind("\n")
        if newline > len(head) // 2:
            head = head[: newline + 1]
    opening = head.rfind("<")
    if opening != -1 and ">" not in head[opening:]:
        fragment = head[opening:]
        if any(p.startswith(fragment) for p in ALL_PLACEHOLDERS):
            head = head[:opening]
    return head + ELLIPSIS


# How far back from a cut the text is scrubbed again: longer than any single match a
# cut can change (a token, an address, a grouped number), ending at a line or a space.
_RESCRUB_TAIL: Final = 320


def _rescrub_from(cut: str) -> int:
    """Where the stretch to scrub again after a cut starts: a line start or after a space."""
    floor = max(0, len(cut) - _RESCRUB_TAIL)
    newline = cut.find("\n", floor)
    if newline != -1 and newline < len(cut) - 1:
        return newline + 1
    space = cut.rfind(" ", 0, floor) if floor else -1
    return space + 1 if space != -1 else 0


# Where a pass changed a text: every replacement writes a placeholder, except a URL's
# rewrite (query values, fragment), which stays inside the word holding "://".
_CHANGE_MARK_RE: Final = re.compile(PLACEHOLDER_SHAPE + "|://")
_PLACEHOLDER_MARK_RE: Final = re.compile(PLACEHOLDER_SHAPE)
# How far beyond a change a confirming pass looks, before widening to whitespace: past
# the lookarounds of every rule and into the next words, so that a match a replacement
# exposed (a number or a name ending at a placeholder) lies inside the window whole.
_RESCAN_MARGIN: Final = 24
_SPACE_RE: Final = re.compile(r"\s")
# The blanks a stretch widens back to.
_STRETCH_STARTS: Final = (" ", "\n", "\t", "\r")
_STRETCH_SEPARATOR: Final = "\n\x00\n"


def _change_marks(text: str) -> list[tuple[int, int]]:
    """The spans of `_CHANGE_MARK_RE`'s matches in `text`, in order, found from each "<"
    and each "://" by substring search instead of a scan of every position (a third of
    the cost). A placeholder holds no ":" or "/" and "://" no "<": no two marks overlap."""
    spans: list[tuple[int, int]] = []
    at = text.find("<")
    while at != -1:
        m = _PLACEHOLDER_MARK_RE.match(text, at)
        if m is not None:
            spans.append(m.span())
        at = text.find("<", at + 1)
    at = text.find("://")
    if at == -1:
        return spans
    while at != -1:
        spans.append((at, at + 3))
        at = text.find("://", at + 3)
    spans.sort()
    return spans


def _rescan_windows(before: str, after: str) -> list[tuple[int, int]] | None:
    """The stretches of `after` a confirming pass must look at, or None for all of it.

    Each stretch is a change mark widened by `_RESCAN_MARGIN` and then out to the
    whitespace on either side (kept in the stretch, so a rule's look-behind and
    look-ahead see what they see in the whole text). None when the text outside the
    stretches is not, in order, the text of `before` outside what was replaced: a change
    without a mark must not escape the confirming pass.
    """
    windows: list[tuple[int, int]] = []
    size = len(after)
    # The blanks a stretch may start at, only those the text holds: looking back for one
    # it lacks finds nothing, at the cost of a search each time.
    blanks = [blank for blank in _STRETCH_STARTS if blank in after]
    for mark_start, mark_end in _change_marks(after):
        start = max(0, mark_start - _RESCAN_MARGIN)
        end = min(size, mark_end + _RESCAN_MARGIN)
        if windows and start <= windows[-1][1]:
            start = windows.pop()[0]
        elif start > 0:
            back = start
            start = 0
            for blank in blanks:
                start = max(start, after.rfind(blank, 0, back))
        found = _SPACE_RE.search(after, end)
        end = found.end() if found is not None else size
        if windows and start <= windows[-1][1]:
            start = windows.pop()[0]
        windows.append((start, end))
    if not windows:
        return None
    # The text between the stretches must be `before`'s own, in order, from its first
    # character to its last.
    first = after[: windows[0][0]]
    if not before.startswith(first):
        return None
    pos = len(first)
    for (_, end), (start, _) in pairwise(windows):
        kept = after[end:start]
        found_at = before.find(kept, pos)
        if found_at < 0:
            return None
        pos = found_at + len(kept)
    last = after[windows[-1][1] :]
    if not before.endswith(last) or len(before) - len(last) < pos:
        return None
    return windows


def _may_hold_user(text: str, users: set[str], ctx: _Context | None = None) -> bool:
    """False when no user name in `users` can occur in `text`, case-blind.

    The case-blind search of the names runs on every pass once a home path has named
    the user (the confirming pass too), and costs tens of microseconds on a 1 KB text:
    a scan of every position, since the engine has no literal to skip to. Most passes
    no longer hold the name (its path became ``<path>``). Between an ASCII text and
    ASCII names a case-blind match is a match of the lower-cased strings; beyond ASCII
    the engine knows more spellings (the Kelvin sign for a "k", the long s for an "s"),
    so the search always runs. `ctx`, when given, may hold the text lower-cased already
    (`_Context.lowered`).
    """
    if not text.isascii():
        return True
    source, known = ctx.lowered if ctx is not None else ("", "")
    lowered = known if text == source else text.lower()
    return any(not user.isascii() or user.lower() in lowered for user in users)


FreeText = Literal["allow-list", "scrubbed", "none"]
FREE_TEXT_MODES: Final[tuple[FreeText, ...]] = ("allow-list", "scrubbed", "none")


@dataclass(frozen=True, slots=True)
class Scrubber:
    """Removes personal data and secrets from free text; see the module docstring.

    Pure and thread-safe: an instance holds only immutable configuration. A rule that
    raises lets the exception through, so the caller can drop the event (fail closed).

    `free_text` is the profile's ``free_text``: ``"allow-list"`` keeps only known-safe
    words, ``"scrubbed"`` applies the detectors only, ``"none"`` keeps no message and only
    the frames of a stack. `facts` are what the machine knows about its person (redacted
    anywhere); `safe_roots` are the folders whose frames keep their relative file.
    """

    max_message_chars: int = MAX_MESSAGE_CHARS
    max_stack_chars: int = MAX_STACK_CHARS
    allowed_hosts: frozenset[str] = DEFAULT_ALLOWED_HOSTS
    rules: tuple[Rule, ...] = MESSAGE_RULES
    free_text: FreeText = "allow-list"
    facts: MachineFacts = EMPTY_FACTS
    safe_roots: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    _redactor: Redactor = field(init=False, repr=False, compare=False)
    _stages: tuple[_Stage, ...] = field(init=False, repr=False, compare=False)
    _own: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_redactor", self.facts.redactor())
        object.__setattr__(self, "_stages", _stages_of(self.rules))
        object.__setattr__(self, "_own", _own_words_pattern(self.words))

    def with_context(
        self,
        *,
        free_text: FreeText | None = None,
        facts: MachineFacts | None = None,
        safe_roots: tuple[str, ...] | None = None,
        words: frozenset[str] | None = None,
    ) -> Scrubber:
        """A copy with another free-text mode, machine facts, safe roots or product words."""
        return replace(
            self,
            free_text=self.free_text if free_text is None else free_text,
            facts=self.facts if facts is None else facts,
            safe_roots=self.safe_roots if safe_roots is None else safe_roots,
            words=self.words if words is None else words,
        )

    def scrub_message(self, text: str) -> str:
        """A free-text error message with personal data and secrets replaced, bounded.

        With ``free_text="none"`` the result is empty: the caller drops the field.
        """
        if self.free_text == "none":
            return ""
        return self._scrub(text, self.max_message_chars, stack=False)

    def scrub_stack(self, text: str) -> str:
        """A stack trace: frames under safe roots, the rest scrubbed like a message, bounded."""
        return self._scrub(text, self.max_stack_chars, stack=True)

    def _scrub(self, text: str, limit: int, *, stack: bool) -> str:
        bound = limit * _INPUT_FACTOR
        if len(text) > bound:
            # The cut may split a secret so that no rule knows it any more: the partial
            # last word goes too.
            head = text[:bound]
            space = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
            text = head[:space] if space > 0 else head
        # Normalised once: the test below compares the output with it.
        normalised = normalise(text)
        out = self._whole(text, stack=stack, normalised=normalised)
        if out != text and out == normalised and not has_format_chars(text):
            # Nothing was replaced, only spelt out (an escape decoded, a full-width letter
            # folded): the text as it came says what was judged and no more. Invisible
            # characters never leave.
            out = text
        for _ in range(_MAX_PASSES):
            cut = _cut(out, limit, at_line=stack)
            if cut == out:
                return out
            # Cutting can expose a match (an address followed by more digits no longer
            # is) near the cut: scrub the last stretch again until the cut text is stable.
            # The rest was scrubbed already and scrubbing is idempotent.
            split = _rescrub_from(cut)
            out = cut[:split] + self._whole(cut[split:], stack=stack)
            if out == cut:
                return out
        return _cut(out, limit, at_line=stack)

    def _whole(self, text: str, *, stack: bool, normalised: str | None = None) -> str:
        # The machine facts go after the detectors (`_text`): replaced first, a user
        # name or home folder breaks the shapes the detectors know
        # ("https://<user>:pw@host" is no URL with credentials any more,
        # "/<path>/project/x.sh" no absolute path), and a frame under an extension in
        # the home folder no longer starts with its root. A stack's frames are searched
        # for them last (a function name may hold the user's name). `normalised`, when
        # given, is `normalise(text)`.
        text = normalise(text) if normalised is None else normalised
        ctx = _Context(self.allowed_hosts)
        if not stack:
            return self._text(text, ctx)
        roots = self.safe_roots or self.facts.extension_paths
        return self._redactor.redact(
            scrub_stack_lines(
                text,
                roots,
                lambda part: self._text(part, ctx),
                keep_other=self.free_text != "none",
            )
        )

    def _text(self, text: str, ctx: _Context) -> str:
        # The detectors, what they left of the machine facts, then (by default) the
        # allow-list, which keeps the facts' placeholders.
        # Last, a name hidden in one place is hidden where the text repeats it.
        scrubbed = self._redactor.redact(self._until_stable(text, ctx))
        if self.free_text != "allow-list":
            return hide_repeats(text, scrubbed, is_word, is_software_word)
        # The product's own words after the detectors, which judge them as any text
        # ("Cody Smith" is a person's name whatever the product is called).
        own: list[str] = []
        if self._own is not None:
            scrubbed = _stand_in_for_own_words(scrubbed, self._own, own)
        kept = allow_list(scrubbed, self.allowed_hosts)
        kept = _own_words_back(kept, own) if own else kept
        return hide_repeats(text, kept, is_word, is_software_word)

    def _until_stable(self, text: str, ctx: _Context, passes: int = _MAX_PASSES) -> str:
        # A replacement may expose a match for another detector ("10.0.010.0.<secret>"):
        # passes repeat until nothing changes, so scrubbing twice changes nothing. Most
        # texts need one pass; after a pass that changed something, the confirming pass
        # looks only around the changes (`_settled`) unless it finds something there.
        current = text
        for _ in range(passes):
            scrubbed = self._one_pass(current, ctx)
            if scrubbed == current:
                return current
            if self._settled(current, scrubbed, ctx):
                return scrubbed
            current = scrubbed
        return current

    def _settled(self, before: str, after: str, ctx: _Context) -> bool:
        """True when a pass over `after` (what a pass made of `before`) would change nothing.

        A new match needs a change next to it, so only the stretches around the changes
        are passed over, with a copy of `ctx` (a user name learnt there must not reach
        the rest of the text unless the full pass runs). Any change there, or changes
        that cannot be located, mean no: the caller runs the full pass. The stages after
        the pass's last change saw `after` itself, with what the pass learnt: a pass over
        it finds nothing new for them, and they are not run.
        """
        windows = _rescan_windows(before, after)
        if windows is None:
            return False
        # One pass over all stretches, which costs one pass's fixed part. No match
        # crosses the separator: a line break stops every value and `\s+` stops at NUL.
        probe = _STRETCH_SEPARATOR.join(after[start:end] for start, end in windows)
        copy = _Context(ctx.allowed_hosts, set(ctx.users))
        return self._one_pass(probe, copy, through=ctx.last_change) == probe

    def _one_pass(self, text: str, ctx: _Context, through: int | None = None) -> str:
        """One pass of every stage over `text` (`_stages`). With `through`, the stages
        after that one are not run. The last stage that changed the text or learnt a
        user name is left in `ctx.last_change`.
        """
        stages = self._stages if through is None else self._stages[: through + 1]
        # Each stage is given the lower-cased form of the text it is given: refreshed
        # after a change (lower-casing a 1 KB text costs about a microsecond).
        lowered = text.lower()
        ctx.lowered = (text, lowered)
        last = -1
        users = len(ctx.users)
        for stage, apply in enumerate(stages):
            new = apply(text, lowered, ctx)
            if new is not text and new != text:
                text, lowered, last = new, new.lower(), stage
                ctx.lowered = (text, lowered)
            if len(ctx.users) != users:
                users, last = len(ctx.users), stage
        # The shapes' cache holds the text it translated: let it go with the pass.
        _last_shapes.clear()
        ctx.last_change = last
        return text


def _provider_stage(text: str, lowered: str, _ctx: _Context) -> str:
    return redact_provider_tokens(text, lowered)


def _assignment_stage(text: str, lowered: str, _ctx: _Context) -> str:
    return redact_assignments(text, lowered)


def _user_stage(text: str, _lowered: str, ctx: _Context) -> str:
    """The user names learnt so far in the text (from home paths), wherever they stand."""
    if not ctx.users or not _may_hold_user(text, ctx.users, ctx):
        return text
    users = sorted(ctx.users, key=len, reverse=True)
    # A name of four letters or more also where "_" joins it to a word ("deploy_olga.sh"),
    # as the machine's own user name is; a shorter one only as a word of its own.
    long = "|".join(re.escape(u) for u in users if len(u) >= MIN_FREE_LENGTH)
    short = "|".join(re.escape(u) for u in users if len(u) < MIN_FREE_LENGTH)
    if long:
        long_names = [u for u in users if len(u) >= MIN_FREE_LENGTH]
        if text.isascii() and all(u.isascii() for u in long_names):
            spans = _ascii_name_spans(text.lower(), [u.lower() for u in long_names])
        else:
            names = re.compile(rf"(?<![^\W_])(?:{long})(?![^\W_])", re.IGNORECASE)
            spans = [m.span() for m in names.finditer(text)]
        text = _users_in_words(text, spans)
    if short:
        text = re.sub(rf"(?<!\w)(?:{short})(?!\w)", USER, text, flags=re.IGNORECASE)
    return text


# The characters of a file's name around a user's name, and what follows the name in
# one: more of them, then its extension.
_NAME_TOKEN_RE: Final = re.compile(r"[\w.-]*")
_FILE_TAIL_RE: Final = re.compile(r"[\w.-]*?\.[A-Za-z][A-Za-z0-9]{0,7}")


def _ascii_name_spans(lowered: str, names: list[str]) -> list[tuple[int, int]]:
    r"""Where `names` (lower case, longest first) stand in the lower-cased ASCII text as a
    word or joined by "_", as the case-blind pattern `(?<![^\W_])(?:names)(?![^\W_])`
    finds them (leftmost, then longest), by substring search instead of a scan of
    every position."""
    found: list[tuple[int, int]] = []
    size = len(lowered)
    for name in names:
        at = lowered.find(name)
        while at != -1:
            end = at + len(name)
            if (at == 0 or not lowered[at - 1].isalnum()) and (
                end == size or not lowered[end].isalnum()
            ):
                found.append((at, -end))
            at = lowered.find(name, at + 1)
    spans: list[tuple[int, int]] = []
    for at, negative_end in sorted(found):
        if not spans or at >= spans[-1][1]:
            spans.append((at, -negative_end))
    return spans


def _users_in_words(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each of `spans` (a learnt user's name) as ``<user>``, or the whole
    file's name that holds it as ``<file>`` ("scan_ktp_hendra.jpg", "deploy_olga.sh"):
    someone's file, as a document's name is. The name's word is read around each (a
    pattern for the file's name would be tried at every position of the text)."""
    out: list[str] = []
    pos = 0
    backwards = ""
    for name_start, name_end in spans:
        if name_start < pos:
            continue
        end = _NAME_TOKEN_RE.match(text, name_end)
        token_end = end.end() if end is not None else name_end
        if _FILE_TAIL_RE.fullmatch(text, name_end, token_end):
            if not backwards:
                backwards = text[::-1]
            behind = _NAME_TOKEN_RE.match(backwards, len(text) - name_start)
            start = len(text) - behind.end() if behind is not None else name_start
            out.append(text[pos:start])
            out.append(FILE)
            pos = token_end
            continue
        out.append(text[pos:name_start])
        out.append(USER)
        pos = name_end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _entropy_stage(text: str, _lowered: str, _ctx: _Context) -> str:
    return redact_entropy(text)


_Stage = Callable[[str, str, _Context], str]


def _stages_of(rules: tuple[Rule, ...]) -> tuple[_Stage, ...]:
    """A pass's stages in order: the rules before the provider formats, the provider
    formats, the assignment grammar, `rules`, the user names learnt, high entropy."""
    return (
        *(rule.apply for rule in EARLY_RULES),
        _provider_stage,
        _assignment_stage,
        *(rule.apply for rule in rules),
        _user_stage,
        _entropy_stage,
    )


DEFAULT_SCRUBBER: Final = Scrubber()


def load() -> None:
    """Read the vocabulary, the model registry, the provider rules and the name lists now
    (~0.7 s, once)."""
    from consentry.anonymize import person_names, secrets, vocabulary

    vocabulary.load()
    secrets.load()
    person_names.load()


def scrub_message(text: str) -> str:
    """`DEFAULT_SCRUBBER.scrub_message(text)`: a free-text message, scrubbed and bounded."""
    return DEFAULT_SCRUBBER.scrub_message(text)


def scrub_stack(text: str) -> str:
    """`DEFAULT_SCRUBBER.scrub_stack(text)`: a stack trace, scrubbed and bounded."""
    return DEFAULT_SCRUBBER.scrub_stack(text)
