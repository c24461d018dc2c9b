"""Secrets by rule and by shape: provider formats, assignments, high entropy.

Four detectors, each replacing only the secret with ``<secret>``:

1. **Provider rules from ``detect-secrets``** (Yelp's maintained plugins: AWS, Azure,
   GitHub, GitLab, Slack, Stripe, Twilio, SendGrid, npm, PyPI, JWT, ...). Their patterns
   are read from the installed package, never copied here. A keyword prefilter
   (`_PLUGIN_NEEDLES`) runs a plugin only when the text holds one of its literals.
2. **Our own table** (`OWN_RULES`) for providers that ``detect-secrets`` does not cover,
   each row naming the page that documents the format.
3. **The assignment grammar** (`redact_assignments`): ``key=value``, ``key = value``,
   aligned spaces, ``:=``, ``=>``, ``:``, JSON/YAML/INI, XML elements and
   ``key="…" value="…"`` attribute pairs, HTTP ``Authorization``/``Cookie`` headers and
   command-line flags (``--password x``, ``-u user:pass``), where the key holds a secret
   word in any case and any spelling (``clientSecret``, ``SMTP_PASS``, ``PHPSESSID``,
   ``x-api-key``). A *strong* key (password, secret, credential, API key, ...) loses any
   value but ``null``/``true``/an empty string; a *weak* key whose last word is ``key``,
   ``token``, ``auth``, ``session``, ``sig`` or ``cookie`` keeps only a value made of
   vocabulary words (``key: maxTokens``), so ``token=123`` loses its value.
4. **High entropy** (`is_high_entropy`): a run of 20+ base64-alphabet characters with
   letters and digits whose Shannon entropy is at least ``min(4.0, 0.85·log2(n))`` bits
   per character, or 32+ hex digits at 3.0 bits or more (the thresholds of
   ``detect-secrets`` scaled for short strings: a random 20-character token scores about
   4.1, ``ConfigurationChangeEvent`` 3.6). Base64 tokens that decode to text are judged
   by what they decode to.
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
import sys
import threading
import types
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final, cast

from consentry.anonymize.normalise import decode_base64
from consentry.anonymize.placeholders import SECRET

__all__ = [
    "OWN_RULES",
    "SECRET",
    "OwnRule",
    "is_high_entropy",
    "key_strength",
    "labelled_digests",
    "redact_assignments",
    "redact_entropy",
    "redact_provider_tokens",
    "redact_secrets",
]


@dataclass(frozen=True, slots=True)
class OwnRule:
    """A provider token format no dependency knows, with the page that documents it."""

    provider: str
    pattern: re.Pattern[str]
    needle: str
    documented_at: str


def _own(provider: str, pattern: str, needle: str, url: str) -> OwnRule:
    # A token ends a word ("task-..." is not a token's tail: the start is checked where it
    # matched). No look-behind in front, so the engine can jump to the literal prefix.
    return OwnRule(provider, re.compile(rf"(?:{pattern})(?![\w-])"), needle, url)


OWN_RULES: Final[tuple[OwnRule, ...]] = (
    _own(
        "OpenAI / Anthropic",
        r"sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_*-]{16,}",
        "sk-",
        "https://platform.openai.com/docs/api-reference/authentication",
    ),
    _own(
        "Stripe",
        r"(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{20,}",
        "_live_|_test_|whsec_",
        "https://docs.stripe.com/keys",
    ),
    _own(
        "Google API key",
        r"AIza[\w-]{30,}",
        "aiza",
        "https://cloud.google.com/docs/authentication/api-keys",
    ),
    _own(
        "Google OAuth",
        r"ya29\.[\w-]{20,}|GOCSPX-[\w-]{20,}",
        "ya29.|gocspx-",
        "https://developers.google.com/identity/protocols/oauth2",
    ),
    _own(
        "AWS access key id",
        r"A(?:KIA|SIA|BIA|CCA|GPA|IDA|IPA|NPA|NVA|ROA|PKA)[A-Z0-9]{16}",
        "akia|asia|abia|acca|agpa|aida|aipa|anpa|anva|aroa|apka",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html",
    ),
    _own(
        "Atlassian",
        r"AT(?:BB|ATT|CTT)[\w=.-]{20,}",
        "atbb|atatt|atctt",
        "https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/",
    ),
    _own(
        "Hugging Face",
        r"hf_[A-Za-z0-9]{20,}|api_org_[A-Za-z0-9]{20,}",
        "hf_|api_org_",
        "https://huggingface.co/docs/hub/security-tokens",
    ),
    _own("Groq", r"gsk_[A-Za-z0-9]{20,}", "gsk_", "https://console.groq.com/docs/api-keys"),
    _own(
        "Replicate",
        r"r8_[A-Za-z0-9]{20,}",
        "r8_",
        "https://replicate.com/docs/topics/security/api-tokens",
    ),
    _own(
        "Perplexity",
        r"pplx-[A-Za-z0-9]{20,}",
        "pplx-",
        "https://docs.perplexity.ai/guides/getting-started",
    ),
    _own("xAI", r"xai-[A-Za-z0-9]{20,}", "xai-", "https://docs.x.ai/docs/overview"),
    _own(
        "GitHub",
        r"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}",
        "ghp_|gho_|ghu_|ghs_|ghr_|github_pat_",
        "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
    ),
    _own(
        "GitLab",
        r"gl(?:pat|dt|rt|ptt|cbt|oas|soat|imt|ft|agent|ffct)-[\w-]{20,}",
        "glpat-|gldt-|glrt-|glptt-|glcbt-|gloas-|glsoat-|glimt-|glft-|glagent-|glffct-",
        "https://docs.gitlab.com/security/tokens/#token-prefixes",
    ),
    _own(
        "Slack",
        r"xox[abposre]-[A-Za-z0-9-]{6,}|xapp-\d-[A-Za-z0-9-]{10,}",
        "xox|xapp-",
        "https://api.slack.com/authentication/token-types",
    ),
    _own("npm", r"npm_[A-Za-z0-9]{30,}", "npm_", "https://docs.npmjs.com/about-access-tokens"),
    _own("PyPI", r"pypi-AgE[\w-]{40,}", "pypi-", "https://pypi.org/help/#apitoken"),
    _own(
        "NuGet",
        r"oy2[a-z0-9]{43}",
        "oy2",
        "https://learn.microsoft.com/nuget/nuget-org/scoped-api-keys",
    ),
    _own(
        "RubyGems",
        r"rubygems_[a-f0-9]{48}",
        "rubygems_",
        "https://guides.rubygems.org/api-key-scopes/",
    ),
    _own(
        "SendGrid",
        r"SG\.[\w-]{16,}\.[\w-]{16,}",
        "sg.",
        "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
    ),
    _own(
        "Shopify",
        r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}",
        "shpat_|shpss_|shpca_|shppa_",
        "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens",
    ),
    _own(
        "DigitalOcean",
        r"do[opr]_v1_[a-f0-9]{64}",
        "_v1_",
        "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    ),
    _own(
        "HashiCorp Vault",
        r"hv[sbr]\.[\w-]{20,}",
        "hvs.|hvb.|hvr.",
        "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes",
    ),
    _own(
        "Terraform Cloud",
        r"[A-Za-z0-9]{14}\.atlasv1\.[\w=-]{60,}",
        "atlasv1",
        "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens",
    ),
    _own(
        "Mailgun",
        r"key-[0-9a-f]{32}",
        "key-",
        "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication",
    ),
    _own(
        "Sentry",
        r"sntry[su]_[\w=+/-]{30,}",
        "sntry",
        "https://docs.sentry.io/security-legal-pii/security/tokens/",
    ),
    _own(
        "Linear",
        r"lin_(?:api|oauth)_[A-Za-z0-9]{32,}",
        "lin_",
        "https://developers.linear.app/docs/graphql/working-with-the-graphql-api",
    ),
    _own(
        "Doppler",
        r"dp\.(?:pt|st|sa|ct|scim|audit)\.[\w-]{32,}",
        "dp.",
        "https://docs.doppler.com/reference/auth-token-formats",
    ),
    _own(
        "Postman",
        r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
        "pmak-",
        "https://learning.postman.com/docs/developer/postman-api/authentication/",
    ),
    _own(
        "Databricks",
        r"dapi[a-f0-9]{32}(?:-\d)?",
        "dapi",
        "https://docs.databricks.com/aws/en/dev-tools/auth/pat",
    ),
    _own(
        "Notion",
        r"(?:secret|ntn)_[A-Za-z0-9]{40,}",
        "secret_|ntn_",
        "https://developers.notion.com/docs/authorization",
    ),
    _own(
        "PlanetScale",
        r"pscale_(?:tkn|pw|oauth)_[\w.-]{32,}",
        "pscale_",
        "https://planetscale.com/docs/concepts/service-tokens",
    ),
    _own(
        "Pulumi",
        r"pul-[a-f0-9]{40}",
        "pul-",
        "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/",
    ),
    _own(
        "Supabase",
        r"sbp_[a-f0-9]{40}",
        "sbp_",
        "https://supabase.com/docs/guides/platform/access-control",
    ),
    _own(
        "Fly.io",
        r"fo1_[\w-]{40,}|fm[12][ar]?_[\w+/=-]{40,}",
        "fo1_|fm1|fm2",
        "https://fly.io/docs/security/tokens/",
    ),
    _own(
        "Grafana",
        r"glc_[A-Za-z0-9+/]{32,}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}",
        "glc_|glsa_",
        "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
    ),
    _own(
        "Docker Hub",
        r"dckr_pat_[\w-]{20,}",
        "dckr_",
        "https://docs.docker.com/security/for-developers/access-tokens/",
    ),
    _own(
        "New Relic",
        r"NR(?:AK|JS|II)-[A-Za-z0-9]{19,32}",
        "nrak-|nrjs-|nrii-",
        "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
    ),
    _own(
        "Figma",
        r"fig[dou]_[\w-]{40,}",
        "figd_|figo_|figu_",
        "https://www.figma.com/developers/api#access-tokens",
    ),
    _own("age", r"AGE-SECRET-KEY-1[0-9A-Z]{58}", "age-secret", "https://age-encryption.org/v1"),
    _own(
        "Slack / Discord webhook",
        r"(?<=hooks\.slack\.com/)(?:services|workflows|triggers)/[\w/+-]+"
        r"|(?<=/api/webhooks/)[\w/+-]+",
        "hooks.slack|/webhooks/",
        "https://api.slack.com/messaging/webhooks",
    ),
)

# Literals one of which a detect-secrets plugin's match must contain (lower case); a
# plugin missing here runs on every text.
_PLUGIN_NEEDLES: Final[dict[str, tuple[str, ...]]] = {
    "ArtifactoryDetector": ("akc", *(f"ap{c}" for c in "0123456789abcdef")),
    "AWSKeyDetector": ("a3t", "abia", "acca", "akia", "asia", "aws"),
    "AzureStorageKeyDetector": ("accountkey",),
    "BasicAuthDetector": ("://",),
    "CloudantDetector": (
        "cloudant",
        "clou",
        "cl_",
        "cl-",
        "clapi",
        "clkey",
        "clpw",
        "clpass",
        "cltoken",
    ),
    "DiscordBotTokenDetector": (".",),  # cheap: its pattern starts with [MNO]
    "GitHubTokenDetector": ("gh",),
    "GitLabTokenDetector": ("gl", "gr1348941"),
    "IbmCloudIamDetector": ("ibm", "iam"),
    "IbmCosHmacDetector": ("hmac", "ibm", "cos_", "cos-", "coskey", "cossecret"),
    "JwtTokenDetector": ("eyj",),
    "MailchimpDetector": ("-us",),
    "NpmDetector": ("_authtoken",),
    "OpenAIDetector": ("t3blbkfj",),
    "PrivateKeyDetector": ("private key",),
    "PypiTokenDetector": ("pypi-",),
    "SendGridDetector": ("sg.",),
    "SlackDetector": ("xox", "hooks.slack"),
    "SoftlayerDetector": ("softlayer", "sl_", "sl-", "slapi", "slkey", "slpw", "slpass"),
    "SquareOAuthDetector": ("sq0csp-",),
    "StripeDetector": ("_live_",),
    "TelegramBotTokenDetector": (":",),
    "TwilioKeyDetector": ("ac", "sk"),  # cheap: literal prefixes
}
# Case-sensitive patterns that a plugin's every match contains, searched in the text in
# place of its needles: they start with a rare fixed character (``:``, ``.``, ``A``) that
# the regex engine finds as fast as a substring test, and they fail where a needle such
# as ``:`` or the seventeen ``ap0``...``apf`` would let the costly pattern run.
_PLUGIN_GUARDS: Final[dict[str, re.Pattern[str]]] = {
    "ArtifactoryDetector": re.compile(r"AKC|AP[\dABCDEF]"),
    "DiscordBotTokenDetector": re.compile(r"\.[a-zA-Z\d_-]{6}\.[a-zA-Z\d_-]{27}"),
    "TelegramBotTokenDetector": re.compile(r":[0-9A-Za-z_-]{35}"),
}
# Plugins that are not format rules: public IPs are another detector's, and keyword and
# entropy detection are done below with the grammar of this module.
_SKIPPED_PLUGINS: Final = frozenset({"IPPublicDetector"})


@dataclass(frozen=True, slots=True)
class _PluginRule:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    needles: tuple[str, ...]
    guard: re.Pattern[str] | None
    # The needles as (prefix, rest) pairs (`_needle_groups`).
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    # The pairs for a text without "_" (`_without_underscore`), None when none is left.
    bare_groups: tuple[tuple[str, tuple[str, ...]], ...] | None


_plugins: tuple[_PluginRule, ...] | None = None
_plugins_lock = threading.Lock()


@contextlib.contextmanager
def _http_stack_stand_in() -> Iterator[None]:
    """An empty module stands in for ``requests`` while detect-secrets' plugins load.

    They import it at the top for their online ``verify``, which is never called here,
    and the HTTP stack must not load without consent (a server that was never allowed
    to send imports none of it: tests/e2e/test_silence_e2e.py). The stand-in is taken
    away at once; whoever imports ``requests`` later gets the real one. The sender first
    waits for the rules (`load`), so its import never meets the stand-in.
    """
    if "requests" in sys.modules:
        yield
        return
    stand_in = types.ModuleType("requests")
    # Names the plugins' signatures read at import (``-> requests.Response``).
    stand_in.__dict__["__getattr__"] = lambda name: type(name, (), {})
    sys.modules["requests"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("requests") is stand_in:
            del sys.modules["requests"]


def _load_plugins() -> tuple[_PluginRule, ...]:
    """detect-secrets' regex plugins, read once from the installed package."""
    global _plugins
    if _plugins is not None:
        return _plugins
    with _plugins_lock, _http_stack_stand_in():
        if _plugins is None:
            from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
            from detect_secrets.plugins.base import RegexBasedDetector

            rules: list[_PluginRule] = []
            plugin_classes: list[type[Any]] = list(get_mapping_from_secret_type_to_class().values())
            for cls in plugin_classes:
                if not issubclass(cls, RegexBasedDetector) or cls.__name__ in _SKIPPED_PLUGINS:
                    continue
                try:
                    patterns = tuple(cast(Any, cls)().denylist)
                except Exception:  # a plugin that needs configuration is left out
                    continue
                guard = _PLUGIN_GUARDS.get(cls.__name__)
                needles = () if guard else _needle_set(_PLUGIN_NEEDLES.get(cls.__name__, ()))
                groups = _needle_groups(needles)
                bare = _without_underscore(needles)
                bare_groups = None if bare is None else _needle_groups(bare)
                rules.append(
                    _PluginRule(cls.__name__, patterns, needles, guard, groups, bare_groups)
                )
            _plugins = tuple(rules)
    return _plugins


def load() -> None:
    """Read the provider rules now (about 0.25 s, once), ahead of the first event."""
    _load_plugins()


_WORD_TAIL_RE: Final = re.compile(r"[\w-]")
_TRIM: Final = " \t\r\n=:\"'"


def _spans_of(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if m.re.groups and m.group(1) is not None and m.end(1) > m.start(1):
            start, end = m.span(1)
        else:
            start, end = m.span()
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if end - start >= 8:
            spans.append((start, end))
    return spans


def _replace_spans(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    spans.sort()
    out: list[str] = []
    pos = 0
    for start, end in spans:
        if end <= pos:
            continue
        if out and start < pos:
            pos = end  # overlaps the last one, which grows: one placeholder, not two
            continue
        out.append(text[pos:start] + SECRET)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _needle_set(needles: tuple[str, ...] | str) -> tuple[str, ...]:
    """A rule's needles without those that hold another one (which cannot occur alone)."""
    parts = needles.split("|") if isinstance(needles, str) else needles
    unique = sorted({n for n in parts if n}, key=len)
    kept: list[str] = []
    for needle in unique:
        if not any(shorter in needle for shorter in kept):
            kept.append(needle)
    return tuple(kept)


def _needle_groups(needles: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`needles` as (prefix, rest) pairs: three or more needles that share their first two
    letters are looked for only where their common prefix occurs ("cl" before "clkey",
    "clpass", ... "cl-"); a needle of its own has an empty rest. Some pair's needle occurs
    exactly when one of `needles` does."""
    by_prefix: dict[str, list[str]] = {}
    for needle in needles:
        by_prefix.setdefault(needle[:2], []).append(needle)
    groups: list[tuple[str, tuple[str, ...]]] = []
    for prefix, members in by_prefix.items():
        if len(members) >= 3:
            while all(m.startswith(members[0][: len(prefix) + 1]) for m in members):
                prefix = members[0][: len(prefix) + 1]
            groups.append((prefix, tuple(members)))
        else:
            groups.extend((needle, ()) for needle in members)
    return tuple(groups)


def _without_underscore(needles: tuple[str, ...]) -> tuple[str, ...] | None:
    """The needles that a text without "_" may hold: None when a rule has needles and all
    of them hold a "_" (``ghp_``, ``hf_``, ``_live_``), so that the rule cannot match."""
    kept = tuple(needle for needle in needles if "_" not in needle)
    return None if needles and not kept else kept


def _needle_hit(needles: tuple[str, ...], lowered: str) -> bool:
    # Substring tests (a fast C search each) beat one alternation per rule: a regex
    # alternation of literals is tried at every position of the text.
    return not needles or any(needle in lowered for needle in needles)


# Rules whose pattern starts with fixed characters in one case (``AKIA``/``ASIA``... all
# start with ``A``; ``gl(?:pat|dt|...)-`` with ``gl``): the regex engine looks for those
# characters itself, as fast as one substring test, so testing their several needles
# first costs more than running the pattern. Their needles stay the documentation and
# a test checks that every match still holds one.
_ENGINE_PREFIXED: Final = frozenset(
    {
        "Google API key",
        "AWS access key id",
        "Atlassian",
        "GitHub",
        "GitLab",
        "Slack",
        "Shopify",
        "HashiCorp Vault",
        "Fly.io",
        "Grafana",
        "New Relic",
        "Figma",
    }
)
_OWN_NEEDLES: Final = tuple(
    () if own.provider in _ENGINE_PREFIXED else _needle_set(own.needle) for own in OWN_RULES
)
# A fifth of all needles hold a "_", which many messages lack: one test for "_" then
# stands for all of them (the rules and needles to test for a text without "_").
_OWN_BARE: Final = tuple(
    (own, bare)
    for own, needles in zip(OWN_RULES, _OWN_NEEDLES, strict=True)
    if (bare := _without_underscore(needles)) is not None
)
# What runs on a text without "_": also without the rules run without their needles
# whose documented needles all hold a "_" (``ghp_``, ``glc_``...; every match holds one
# of them), which cannot match there either.
_OWN_BARE_RUN: Final = tuple(
    (own, bare)
    for own, bare in _OWN_BARE
    if bare or _without_underscore(_needle_set(own.needle)) is not None
)


def redact_provider_tokens(text: str, lowered: str | None = None) -> str:
    """`text` with every token of a known provider format replaced by ``<secret>``.

    `lowered`, when given, is ``text.lower()``, from a caller that has it already.
    """
    if lowered is None:
        lowered = text.lower()
    spans: list[tuple[int, int]] = []
    # The needle tests are written out (no call per rule): this runs for every rule on
    # every pass. A rule without needles always runs.
    underscore = "_" in lowered
    own_rules = zip(OWN_RULES, _OWN_NEEDLES, strict=True) if underscore else _OWN_BARE_RUN
    for own, needles in own_rules:
        for needle in needles:
            if needle in lowered:
                break
        else:
            if needles:
                continue
        # Most rules run find nothing: one search, no iterator and generator for those.
        if own.pattern.search(text) is None:
            continue
        spans.extend(
            m.span()
            for m in own.pattern.finditer(text)
            if m.start() == 0 or not _WORD_TAIL_RE.match(text, m.start() - 1)
        )
    for plugin in _load_plugins():
        groups = plugin.groups if underscore else plugin.bare_groups
        if groups is None:
            continue
        for prefix, rest in groups:
            if prefix in lowered:
                if not rest:
                    break
                for needle in rest:
                    if needle in lowered:
                        break
                else:
                    continue
                break
        else:
            if groups:
                continue
        if plugin.guard is not None and plugin.guard.search(text) is None:
            continue
        for pattern in plugin.patterns:
            spans.extend(_spans_of(pattern, text))
    return _replace_spans(text, spans)


# ---------------------------------------------------------------------------------------
# The assignment grammar

# Spellings that make any key a secret's, wherever they occur in it (separators removed).
_STRONG_PARTS: Final = (
    "passw",
    "passwd",
    "pwd",
    "secret",
    "credential",
    "apikey",
    "privatekey",
    "sessid",
    "sessionid",
    "passphrase",
    "passcode",
    # keytool's -storepass, -keypass and their -src/-dest forms; not "bypass".
    "storepass",
    "keypass",
    "accesstoken",
    "refreshtoken",
    "authtoken",
    "idtoken",
    "accesskey",
    "signingkey",
    "encryptionkey",
    "masterkey",
    "clientsecret",
    "bearertoken",
    "sessiontoken",
    "csrftoken",
    "xsrftoken",
    "authkey",
    "licensekey",
    "connectionstring",
)
# Last words that make a key a secret's when its value is not a plain word.
_WEAK_LAST: Final = frozenset(
    {
        "token",
        "key",
        "auth",
        "session",
        "sig",
        "signature",
        "cookie",
        "pass",
        "pw",
        "jwt",
        "bearer",
        "salt",
        "otp",
        "pin",
        "sid",
        "hash",
        "creds",
        "cred",
    }
)
_STRONG_LAST: Final = frozenset({"pass", "pw", "pwd", "creds", "cred", "otp", "pin"})
# The last words of exception and warning classes, whose message follows a colon.
_EXCEPTION_LAST: Final = frozenset({"error", "exception", "warning", "errors"})
_KEY_PART_RE: Final = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_KEEP_VALUES: Final = frozenset(
    {
        "",
        "none",
        "null",
        "nil",
        "undefined",
        "true",
        "false",
        # YAML's and MySQL's booleans: "Access denied for user … (using password: YES)".
        "yes",
        "no",
        "on",
        "off",
        "***",
        "...",
        "<secret>",
        "required",
        "missing",
        "empty",
        "invalid",
        "expired",
        "not set",
        "unset",
    }
)
# In the order a text most likely holds them (only the first found is looked for):
# "secret" first, which every text holds that a pass replaced a secret in ("<secret>"),
# then "key" and "token", which error messages name often ("API key", "tokens").
_NEEDLES: Final = (
    "secret",
    "key",
    "token",
    "pass",
    "pwd",
    "cred",
    "auth",
    "sess",
    "sig",
    "cookie",
    "jwt",
    "bearer",
    "salt",
    "otp",
    "pin",
    "sid",
    "hash",
    "pw",
    "-u",
    # The short password options of `_PASSWORD_OPTIONS` (-p, -a, -w; -P lower-cased),
    # after a space or a tab.
    " -p",
    " -a",
    " -w",
    "\t-p",
    "\t-a",
    "\t-w",
    # The commands that take a password as an argument (`_NET_PASSWORD_RE`,
    # `_LOGIN_PAIR_RE`, `_STDIN_PASSWORD_RE`; the others hold "pass").
    "net use",
    "net\tuse",
    "net.exe",
    "/p:",
    "/rp",
    "psk",
    "login",
    "sudo",
    # One-time codes after their label (`_ONE_TIME_CODES_RE`): rare, so tested last.
    "codes",
    "code:",
    "code is",
)


@functools.lru_cache(maxsize=4096)
def key_strength(key: str) -> str | None:
    """``"strong"``, ``"weak"`` or None: how surely `key` names a secret."""
    compact = re.sub(r"[^a-z0-9]", "", key.lower())
    if not compact:
        return None
    parts = [p.lower() for p in _KEY_PART_RE.findall(key)]
    last = parts[-1] if parts else ""
    if last in _EXCEPTION_LAST and key.rpartition(".")[2][:1].isupper():
        return None  # a class of exceptions: "NoCredentialsError: Unable to locate …"
    if any(part in compact for part in _STRONG_PARTS):
        return "strong"
    if last in _STRONG_LAST:
        return "strong"
    if last.endswith("pass") and not _is_word(last):
        return "strong"  # "dbpass", "smtppass", "MYSQLPASS"; not "bypass" or "compass"
    if last in _WEAK_LAST:
        return "weak"
    return None


_VALUE: Final = (
    r"(?P<v>\"[^\"\n]{0,512}\"|'[^'\n]{0,512}'|`[^`\n]{0,512}`|[^\s\"'`,;&<>(){}\[\]]{1,512})"
)
# Anchored at the operator, which is rarer than a word start; the key in front of it is
# looked up by the callback (`_KEY_BEFORE_RE`).
# Anchored at a secret word inside the key (rarer than an operator or a word start); the
# rest of the key in front of it is found by the callback.
_SECRET_WORDS: Final = (
    "pass|pwd|pw|secret|token|key|auth|sess|sig|cookie|cred|jwt|bearer|salt|otp|pin|sid|hash"
)


def _by_first_letter(words: str) -> str:
    """The alternation `words` with the words that share a first letter behind it once
    ("p(?:ass|wd|w|in)|s(?:ecret|...)"), in their order: the same match at every place,
    since only words starting with the letter there can match, tried a third faster."""
    tails: dict[str, list[str]] = {}
    for word in words.split("|"):
        tails.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in tails.items())


# Secret words are found in the lower-cased text (a case-insensitive alternation costs
# several times more), the rest of the assignment is matched in the text itself.
_SECRET_WORD_RE: Final = re.compile(_by_first_letter(_SECRET_WORDS))
_ASSIGNMENT_TAIL_RE: Final = re.compile(
    r"[\w.$-]{0,48}(?P<q>[\"']?)(?P<pre>[ \t]*)(?P<op>:=|=>|->|==|=|:)"
    # A YAML tag may stand before the value ("password: !!str hunter2").
    r"(?P<post>[ \t]*(?:(?<=:[ \t])!!?[A-Za-z][\w/]{0,20}[ \t]+)?)" + _VALUE
)
_KEY_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.$-@")
_XML_ELEMENT_RE: Final = re.compile(
    r"<(?P<key>[A-Za-z_][\w.:-]{0,63})>(?P<v>[^<\n]{1,512})</(?P=key)>"
)
# A Java properties file in XML, and the like: <entry key="password">P</entry>.
_XML_KEYED_ELEMENT_RE: Final = re.compile(
    r"<(?P<tag>[A-Za-z_][\w.:-]{0,63})\s+(?:key|name)\s*=\s*[\"'](?P<key>[^\"'\n]{1,64})[\"']"
    r"(?P<mid>[^<>\n]{0,200}>)(?P<v>[^<\n]{1,512})</(?P=tag)>"
)
_XML_PAIR_RE: Final = re.compile(
    r"(?:key|name)\s*=\s*[\"'](?P<key>[^\"'\n]{1,64})[\"'](?P<mid>\s+value\s*=\s*)"
    r"(?P<v>\"[^\"\n]{0,512}\"|'[^'\n]{0,512}')",
    re.IGNORECASE,
)
# After blanks, a value is no next option: "-genkey -storepass P" is two options, the
# second with its value.
_FLAG_RE: Final = re.compile(
    r"-(?<![\w-]-)(?P<key>-?[A-Za-z][\w-]{0,40})(?P<sep>[ \t]+|=)"
    r"(?P<v>(?:(?<==)|(?!-))(?:\"[^\"\n]{0,512}\"|'[^'\n]{0,512}'|[^\s\"']{1,512}))"
)
_USER_FLAG_RE: Final = re.compile(
    r"(?<![\w-])(?P<key>-u|--user|--basic-auth|--auth)(?P<sep>[ \t]+|=)"
    r"(?P<v>\"[^\"\n]*\"|'[^'\n]*'|[^\s\"']+)"
)
_AUTH_HEADER_RE: Final = re.compile(
    r"(?i)\b(?P<key>(?:proxy-)?authorization)"
    r"(?P<sep>[\"']?\s*[:=]\s*[\"']?)"
    r"(?:(?P<scheme>bearer|basic|token|digest|apikey|sso-key|key|negotiate|ntlm|hmac)\s+)?"
    r"(?P<v>[^\s\"',;]+)"
)
_BARE_SCHEME_RE: Final = re.compile(
    r"(?i)\b(?P<scheme>bearer|basic)(?P<gap>\s+)(?P<v>[\w.~+/=-]{8,})"
)
_COOKIE_RE: Final = re.compile(r"(?i)\b(?P<key>(?:set-)?cookie)(?P<sep>\s*[:=]\s*)(?P<v>[^\n]+)")
# The word password and its value apart by spaces only, or by "is"/"was": .netrc's
# "machine H login U password P", "login failed with password P", "my password is P". A
# plain word after it is prose ("password authentication failed"); `_bare_password`
# decides.
_BARE_PASSWORD_RE: Final = re.compile(
    r"(?i)(?<![\w-])(?P<key>password|passwd|passphrase|passcode|pwd)"
    # Whose it is may come between: "password for priya.sharma: P", "passphrase for
    # /home/x/.ssh/id_ed25519 is P" (a login or a path, without blanks).
    r"(?P<gap>[ \t]+(?:for[ \t]+[^\s:]{1,200}(?::[ \t]+|[ \t]+(?:is|was)[ \t]+)|(?:is|was)[ \t]+)?)"
    r"(?P<v>\"[^\"\n]{1,512}\"|'[^'\n]{1,512}'|[^\s\"'`(\[{<=:>|&;,.!?-][^\s\"'`]{0,511})"
)
# After "password is", a value this short is a length or a count, not a password (the
# shortest most services accept is six characters).
_MIN_STATED_PASSWORD: Final = 6
_PLAIN_WORD_RE: Final = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?[.,;:!?)]*")
# Commands that take a password as an option, and the option, as their manuals
# document it: docker/podman login -p, mysql -p[password] (and its tools), sshpass -p,
# mongosh -p, redis-cli -a, the OpenLDAP clients' -w (ldappasswd's -s new and -a old
# passwords too), zip -P, 7-Zip -p, sqlcmd and bcp -P, ipmitool -P, rdesktop -p,
# PsExec -p, mosquitto_pub/sub -P, az login -p, FreeRDP's /p:, schtasks /RP, and sc.exe's
# "password= P" (its options end in "=" and a blank).
_PASSWORD_OPTIONS: Final = (
    (r"(?:docker|podman|buildah|skopeo|nerdctl|oras|helm[ \t]+registry)[ \t]+login", "-p"),
    (r"mysql(?:dump|admin|import|check|show|binlog)?|mariadb(?:-dump|-admin)?", "-p"),
    (r"sshpass|mongo(?:sh|dump|restore|export|import)?", "-p"),
    (r"redis-cli", "-a"),
    (r"ldap(?:search|add|modify|delete|modrdn|whoami|compare)", "-w"),
    (r"ldappasswd", "-[wsa]"),
    (r"zip|unzip", "-P"),
    (r"7za?|7zr", "-p"),
    (r"sqlcmd|bcp|ipmitool|mosquitto_(?:pub|sub|rr)", "-P"),
    (r"rdesktop|(?i:psexec(?:64)?(?:\.exe)?)|az[ \t]+login", "-p"),
    (r"(?:[xw]|sdl-)freerdp3?", "/p:"),
    (r"(?i:schtasks(?:\.exe)?)", "(?i:/rp)"),
    (r"(?i:sc(?:\.exe)?)", "(?i:password=)"),
)
_COMMAND_OPTIONS: Final = tuple(
    (
        re.compile(command),
        re.compile(rf"(?<![\w-]){option}(?P<sep>[ \t]*)(?P<v>\"[^\"\n]*\"|'[^'\n]*'|[^\s\"']+)"),
    )
    for command, option in _PASSWORD_OPTIONS
)
# A command line runs to the end of its line or the next command of a pipeline or list.
_PASSWORD_COMMAND_RE: Final = re.compile(
    r"(?<![\w./-])(?P<cmd>" + "|".join(command for command, _ in _PASSWORD_OPTIONS) + r")"
    r"(?![\w.-])(?P<args>[^\n|;&]{1,400})"
)
# Commands that take a password as a plain argument, not after an option: the argument
# is a password whatever it looks like (a word, digits), so no plain-word test applies.
# A token of a command line: quoted, or a run of characters up to a blank.
_ARG: Final = r"(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'|;&]+)"
# htpasswd(1) of Apache httpd: "htpasswd -b[c] FILE USER PASSWORD", "htpasswd -nb USER
# PASSWORD"; -C and -r take a value of their own. Without -b no password is on the line.
_HTPASSWD_RE: Final = re.compile(r"(?<![\w./-])htpasswd(?![\w.-])(?P<args>[^\n|;&]{1,400})")
_HTPASSWD_VALUED: Final = frozenset({"-C", "-r"})
_TOKEN_RE: Final = re.compile(_ARG)
# Windows' "net user NAME PASSWORD [/add]" and "net use [X:] \\HOST\SHARE PASSWORD
# /user:NAME" (the net user and net use pages of Microsoft's command reference); "*"
# asks for the password at a prompt, "/x" is an option.
_NET_PASSWORD_RE: Final = re.compile(
    r"(?i)(?<![\w.-])net(?:\.exe[ \t]+|[ \t])(?:user[ \t]+"
    + _ARG
    + r"|use[ \t]+(?:[a-z]:[ \t]+|\*[ \t]+)?"
    r"\\\\[^\s\\]+\\[^\s]+)[ \t]+(?P<v>(?![/*])" + _ARG + ")"
)
# The argument after the word password in a command whose grammar takes it there, where
# a plain word is a password too: mysqladmin's "password NEW" command (MySQL manual,
# mysqladmin), nmcli(1)'s "wifi connect SSID password P" and "wifi-sec.psk P",
# .netrc(5)'s "machine HOST login NAME password P", and a configuration
# line "username NAME [privilege N] password|secret [0|7] P" (Cisco IOS's username
# command; "user NAME password P" alike). The keywords of a line are lower case, so
# "User cancelled the password prompt" is prose.
_PASSWORD_ARGUMENT_RE: Final = re.compile(
    r"(?:(?i:(?<![\w./-])(?:mysqladmin|nmcli)(?![\w.-]))[^\n|;&]{0,300}?[ \t]"
    r"|\bmachine[ \t]+\S+[ \t]+(?:login|account)[ \t]+" + _ARG + r"[ \t]+"
    r"|(?m:^)[ \t]*(?:login|user(?:name)?)[ \t]+(?!(?:password|passwd|secret)\b)"
    + _ARG
    + r"[ \t]+(?:privilege[ \t]+\d{1,2}[ \t]+)?)"
    r"(?P<key>password|passwd|secret|(?:wifi-sec|802-11-wireless-security)\.psk)[ \t]+"
    # Possessive: Cisco's type digit is never the password ("password 0 <secret>" again).
    r"(?:[07][ \t]+)?+(?P<v>(?![-<$])" + _ARG + ")"
)
# "login NAME / PASSWORD": a user name and a password written as a pair. After a label
# ("Login: root / toor") any word is the password; after the bare word a plain word may
# be prose ("login failed / timed out").
_LOGIN_PAIR_RE: Final = re.compile(
    r"(?i)\blogin(?P<label>[ \t]*:)?[ \t]+(?P<u>[^\s/<>\"'`]{1,64})[ \t]+/[ \t]+"
    r"(?P<v>(?![<$])" + _ARG + ")"
)
# Samba's "-U [DOMAIN\\]USER%PASSWORD" (smbclient(1), rpcclient, net ads, mount.cifs' alike).
_SAMBA_USER_RE: Final = re.compile(
    r"(?<![\w-])(?:-U|--user(?:name)?)(?:[ \t]+|=)[^\s%\"'<]{1,64}%(?P<v>(?![<$])" + _ARG + ")"
)
# Redis's "AUTH [USER] PASSWORD" command (its command reference) after redis-cli's prompt
# ("127.0.0.1:6379> ") or on redis-cli's command line. Upper case, as written; nothing may
# follow it ("ERR AUTH <password> called without …" is an error, "AUTH failed" too).
_REDIS_AUTH_RE: Final = re.compile(
    r"(?m)(?:^[ \t]*[\w.-]{0,60}:\d{1,5}(?:\[\d{1,2}\])?>[ \t]*"
    r"|(?<![\w./-])redis-cli(?![\w.-])[^\n|;&]{0,200}?[ \t])"
    r"AUTH[ \t]+(?:[^\s<]{1,64}[ \t]+)?(?P<v>(?![<$])" + _ARG + r")[ \t]*$"
)
# wpa_passphrase(8): "wpa_passphrase SSID PASSPHRASE"; vault's "vault login TOKEN"
# (HashiCorp's vault login: a token as its argument, "-" for standard input, KEY=VALUE
# pairs for other methods). The command line ends there, or goes to a pipe or a file:
# "wpa_passphrase failed with code 1" is prose.
_POSITIONAL_SECRET_RE: Final = re.compile(
    r"(?<![\w./-])(?:wpa_passphrase[ \t]+" + _ARG + r"|(?P<vault>vault)[ \t]+login)[ \t]+"
    r"(?P<v>(?![-<$])(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'|;&=]+))(?=[ \t]*(?:$|[\n|;&>]))"
)
# A value echoed into a command that reads a password on its standard input: chpasswd(8)
# ("user:password" lines), passwd(1)'s --stdin (Red Hat's shadow-utils), sudo(8) -S,
# htpasswd -i, and the registry logins' --password-stdin (docker-login(1) and its kin).
# A here-string (<<<) feeds chpasswd and passwd --stdin alike.
_STDIN_READERS: Final = (
    r"chpasswd|passwd[ \t]+--stdin|sudo[ \t]+(?:-\w+[ \t]+)*-\w*S"
    r"|htpasswd[ \t]+(?:-\w+[ \t]+)*-\w*i"
    r"|[\w.-]+(?:[ \t]+registry)?[ \t]+login[^\n|;&]*--password-stdin"
)
_STDIN_PASSWORD_RE: Final = re.compile(
    r"(?P<pre>\b(?:echo|printf)(?:[ \t]+-[neE]{1,3})?[ \t]+)(?P<v>(?![<$])" + _ARG + r")"
    r"(?=[ \t]*\|[ \t]*(?:sudo[ \t]+(?:-\w+[ \t]+)*)?(?:" + _STDIN_READERS + r"))"
    r"|(?P<cmd>(?<![\w.-])(?:chpasswd|passwd[ \t]+--stdin[^\n|;&<]*?))(?P<gap>[ \t]*<<<[ \t]*)"
    r"(?P<hv>(?![<$])" + _ARG + ")"
)
# A call of a function whose name holds a secret word, with a literal among its
# arguments: set_password('svc', 'user', 'hunter2'), keyring's and many SDKs' setters.
# Looked for from each "(" back to the function's name (`_redact_secret_calls`): a "(" is
# rarer than a secret word's first letter.
_CALL_ARGS_RE: Final = re.compile(r"\((?P<args>(?=[^()\n]*[\"'`\d])[^()\n]{1,300})\)")
_NAME_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


def _strip_quotes(value: str) -> tuple[str, str]:
    if len(value) >= 2 and value[0] in "\"'`" and value[-1] == value[0]:
        return value[0], value[1:-1]
    return "", value


_WORD_VALUE_RE: Final = re.compile(r"[A-Za-z][A-Za-z.\-_ ]{0,63}")
_WORD_VALUE_SPLIT_RE: Final = re.compile(r"[ .\-_]+")


# Messages repeat their values ("key: maxTokens" on every retry): judged once each.
@functools.lru_cache(maxsize=4096)
def _word_value(value: str) -> bool:
    from consentry.anonymize.vocabulary import is_known_identifier

    core = value.strip(".")
    return (
        bool(core)
        and _WORD_VALUE_RE.fullmatch(core) is not None
        and all(is_known_identifier(w) for w in _WORD_VALUE_SPLIT_RE.split(core) if w)
    )


def _is_word(text: str) -> bool:
    from consentry.anonymize.vocabulary import is_word

    return is_word(text)


def _secret_value(strength: str, value: str) -> bool:
    _, inner = _strip_quotes(value)
    lowered = inner.strip().lower()
    if lowered in _KEEP_VALUES or lowered.startswith(("<", "${")):
        return False
    if strength == "strong":
        return True
    return not _word_value(inner)


def _assignment(text: str, start: int, m: re.Match[str]) -> str | None:
    """The replacement of `text[start:m.end()]` (a secret word at `start`), or None."""
    op, value = m.group("op"), m.group("v")
    if op in ("==", "->"):
        return None
    if op == "=" and bool(m.group("pre")) != bool(m.group("post")):
        # "key= value" is a stripped query ("?key=") followed by the next word.
        return None
    key_start = start
    while key_start > 0 and start - key_start < 64 and text[key_start - 1] in _KEY_CHARS:
        key_start -= 1
    strength = key_strength(text[key_start : m.start("q")])
    if strength is None or not _secret_value(strength, value):
        return None
    quote, _ = _strip_quotes(value)
    return text[start : m.start("v")] + quote + SECRET + quote


def _past_arguments(text: str, pos: int) -> int:
    """Where a call's argument list starting at `pos` ends, or `pos` when none starts there.

    A secret's value computed by a call ("password_hash = md5(pw + 'salt')") goes whole:
    its arguments are the secret's ingredients.
    """
    if not text.startswith("(", pos):
        return pos
    depth = 0
    for at in range(pos, min(len(text), pos + 512)):
        char = text[at]
        if char == "\n":
            break
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
    return pos


# A key before its operator, read backwards from the operator: the blanks, a quote and the
# characters of `_ASSIGNMENT_TAIL_RE`'s key tail (group 1).
_KEY_BEFORE_OPERATOR_RE: Final = re.compile(r"[ \t]*[\"']?([\w.$-]*)")


def _key_runs(text: str, operators: list[int]) -> list[tuple[int, int]]:
    """The spans of the runs of key characters (``[\\w.$-]``) that a quote and blanks at
    most part from a following ":" or "=", in order.

    Every assignment `_redact_key_values` replaces has such an operator (``:=``, ``=>``,
    ``=`` or ``:``; ``==`` and ``->`` are none), and `_ASSIGNMENT_TAIL_RE` reaches it from
    the secret word's end over key characters, a quote and blanks only: the word lies in
    such a run. The character before a run is no key character, so no secret word (its
    letters are key characters) crosses a run's start: a scan of the run finds the words a
    scan of the whole text finds there. Operators are rarer than the words' first letters.
    `operators` are the positions of the text's ":" and "=", in order (`_operators`).
    """
    if not operators:
        return []
    backwards = text[::-1]
    size = len(text)
    runs: list[tuple[int, int]] = []
    for at in operators:
        key = _KEY_BEFORE_OPERATOR_RE.match(backwards, size - at)
        if key is not None and key.end(1) > key.start(1):
            runs.append((size - key.end(1), size - key.start(1)))
    return runs


def _aligned_lower(text: str, lowered: str) -> str:
    """`lowered` (``text.lower()``) as positions in `text` can index: a few characters
    lower-case to two ("İ"), and those are kept as they are."""
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _redact_key_values(
    text: str, lowered: str | None = None, operators: list[int] | None = None
) -> str:
    lowered = _aligned_lower(text, text.lower() if lowered is None else lowered)
    out: list[str] = []
    pos = 0
    # Only a secret word in a key before an operator can start an assignment: the words
    # are looked for in those keys, not in the whole text (`_key_runs`).
    for start, end in _key_runs(text, _operators(text) if operators is None else operators):
        for hit in _SECRET_WORD_RE.finditer(lowered, start, end):
            if hit.start() < pos:
                continue
            m = _ASSIGNMENT_TAIL_RE.match(text, hit.end())
            if m is None:
                continue
            replacement = _assignment(text, hit.start(), m)
            if replacement is None:
                continue
            out.append(text[pos : hit.start()])
            out.append(replacement)
            pos = _past_arguments(text, m.end())
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# The word for "password" in the display languages of VS Code (its language packs) and of
# Windows, as their sign-in and settings screens print it, lower case: a label in another
# language before ":" or "=" marks a password as "password:" does. German's "Passwort"
# and Norwegian's "passord" hold "passw"/"pass" and are keys of the grammar above already.
# Looked for only before an operator (`_redact_localised_passwords`): "Das Kennwort ist
# abgelaufen" is prose, as "password expired" is.
_LOCALISED_PASSWORD_LABELS: Final = (
    *("kennwort", "mot de passe", "contraseña", "contrasena", "contrasenya", "senha"),
    *("wachtwoord", "hasło", "haslo", "heslo", "jelszó", "jelszo", "parola", "parolă"),
    *("şifre", "sifre", "lösenord", "losenord", "adgangskode", "salasana", "parool"),
    *("lozinka", "geslo", "slaptažodis", "пароль", "парола", "лозинка", "κωδικός"),
    *("κωδικός πρόσβασης", "mật khẩu", "kata sandi", "kata laluan", "รหัสผ่าน"),
    *("סיסמה", "סיסמא", "كلمة المرور", "كلمة السر", "رمز عبور", "गुप्तशब्द", "पासवर्ड"),
    *("密码", "密碼", "口令", "パスワード", "비밀번호", "암호"),
)
# A value quoted as the languages quote ("«…»", "„…“", "“…”") or as code does, or bare.
_LOCALISED_QUOTED: Final = (
    r"«[^»\n]{1,512}»|„[^“”\n]{1,512}[“”]|“[^”\n]{1,512}”|\"[^\"\n]{0,512}\"|'[^'\n]{0,512}'"
)
_LOCALISED_VALUE_RE: Final = re.compile(
    r"[:=](?!=)[ \t]*(?P<v>" + _LOCALISED_QUOTED + r"|[^\s\"'`,;&<>(){}\[\]«»„“”]{1,512})"
)
# Without an operator the value must be quoted: "mot de passe « Chat&Chien2022 » incorrect".
_LOCALISED_QUOTED_VALUE_RE: Final = re.compile(r"(?P<v>" + _LOCALISED_QUOTED + ")")
_LOCALISED_QUOTES: Final = ("«", "„", "“", '"', "'")
# The labels by their last two characters: most operators follow two no label ends with,
# and the others are tested against a label or two.
_LOCALISED_BY_END: Final[dict[str, tuple[str, ...]]] = {
    end: tuple(label for label in _LOCALISED_PASSWORD_LABELS if label.endswith(end))
    for end in {label[-2:] for label in _LOCALISED_PASSWORD_LABELS}
}
_LABEL_GAP: Final = frozenset(" \t\"'")


def _localised_label_end(lowered: str, at: int) -> int:
    """Where the text before the operator or quote at `at` ends, past the blanks and a
    closing quote between them, when it ends as a password label of
    `_LOCALISED_PASSWORD_LABELS` might; else -1."""
    end = at
    while end > 0 and lowered[end - 1] in _LABEL_GAP:
        end -= 1
    return end if lowered[end - 2 : end] in _LOCALISED_BY_END else -1


def _localised_label_before(lowered: str, end: int) -> bool:
    """True when a password label ends at `end` (`_localised_label_end`) as a word of its
    own."""
    for label in _LOCALISED_BY_END[lowered[end - 2 : end]]:
        if lowered.endswith(label, 0, end):
            start = end - len(label)
            # "db_senha" and "MYSQL_KENNWORT" are keys too; "Xsenha" is another word.
            return start == 0 or not lowered[start - 1].isalpha()
    return False


def _places_of(text: str, literals: tuple[str, ...]) -> list[int]:
    """Where each of `literals` occurs in `text`, every occurrence, in order (found by
    substring search: a scan by a pattern would try every position)."""
    places: list[int] = []
    for literal in literals:
        at = text.find(literal)
        while at != -1:
            places.append(at)
            at = text.find(literal, at + 1)
    places.sort()
    return places


def _operators(text: str) -> list[int]:
    """The positions of the text's ":" and "=", in order."""
    return _places_of(text, (":", "="))


def _redact_localised_passwords(text: str, lowered: str, operators: list[int]) -> str:
    """`text` with the value after a password label of another language replaced by
    ``<secret>`` ("mot de passe : Soleil2024!", "Kennwort=Sommer2023", "密码:hello",
    "mot de passe « Chat&Chien2022 »"); `operators` are the positions of its ":" and "="
    (`_operators`)."""
    lowered = _aligned_lower(text, lowered)
    # A quote follows its label after a blank ("passe « x »"): only such quotes are kept.
    quotes = [
        at
        for at in _places_of(text, _LOCALISED_QUOTES)
        if lowered[at - 1 : at] in (" ", "\t") and lowered[at - 3 : at - 1] in _LOCALISED_BY_END
    ]
    places = sorted(operators + quotes) if quotes else operators
    out: list[str] = []
    pos = 0
    for at in places:
        if at < pos:
            continue
        end = _localised_label_end(lowered, at)
        if end < 0 or not _localised_label_before(lowered, end):
            continue
        pattern = _LOCALISED_VALUE_RE if text[at] in ":=" else _LOCALISED_QUOTED_VALUE_RE
        m = pattern.match(text, at)
        if m is None:
            continue
        value = m.group("v")
        quoted = value[0] in "«„“\"'"
        inner = value[1:-1] if quoted else value
        if not _secret_value("strong", inner):
            continue
        head, tail = (value[0], value[-1]) if quoted else ("", "")
        out.append(text[pos : m.start("v")] + head + SECRET + tail)
        pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _xml_element(m: re.Match[str]) -> str:
    strength = key_strength(m.group("key"))
    if strength is None or not _secret_value(strength, m.group("v")):
        return m.group(0)
    return f"<{m.group('key')}>{SECRET}</{m.group('key')}>"


def _xml_keyed_element(m: re.Match[str]) -> str:
    strength = key_strength(m.group("key"))
    if strength is None or not _secret_value(strength, m.group("v")):
        return m.group(0)
    return m.group(0)[: m.start("v") - m.start()] + SECRET + f"</{m.group('tag')}>"


def _xml_pair(m: re.Match[str]) -> str:
    strength = key_strength(m.group("key"))
    if strength is None or not _secret_value(strength, m.group("v")):
        return m.group(0)
    quote = m.group("v")[0]
    return m.group(0)[: m.start("v") - m.start()] + quote + SECRET + quote


# Words of grammar that follow a flag named in prose, not its value ("cannot specify both
# --password and --password-stdin", "--password is required", "use --token or --key").
_PROSE_AFTER_FLAG: Final = frozenset(
    {
        "and",
        "or",
        "nor",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "must",
        "may",
        "can",
        "cannot",
        "should",
        "will",
        "not",
        "to",
        "with",
        "without",
        "when",
        "if",
        "for",
        "flag",
        "option",
        "argument",
        # Prepositions and verbs a sentence goes on with ("Using --password via the CLI
        # is insecure", docker login's warning; "--token has no effect").
        "via",
        "from",
        "in",
        "on",
        "at",
        "by",
        "of",
        "as",
        "instead",
        "has",
        "have",
        "does",
        "requires",
        "expects",
        "needs",
        "only",
    }
)


def _flag(m: re.Match[str]) -> str:
    strength = key_strength(m.group("key").lstrip("-"))
    if strength is None or not _secret_value(strength, m.group("v")):
        return m.group(0)
    if m.group("sep") != "=" and m.group("v").startswith("-"):
        return m.group(0)  # the next flag, not a value
    if m.group("sep") != "=" and m.group("v").lower() in _PROSE_AFTER_FLAG:
        return m.group(0)
    if m.group("sep") != "=" and m.group("key").lower().endswith("-stdin"):
        return m.group(0)  # "--password-stdin ghcr.io": the secret comes on stdin
    return "-" + m.group("key") + m.group("sep") + SECRET


def _user_flag(m: re.Match[str]) -> str:
    _, inner = _strip_quotes(m.group("v"))
    if ":" not in inner or inner.startswith("<"):
        return m.group(0)
    return m.group("key") + m.group("sep") + SECRET


def _auth_header(m: re.Match[str]) -> str:
    if m.group("v").startswith("<"):
        return m.group(0)
    scheme = m.group("scheme")
    head = m.group("key") + m.group("sep") + (scheme + " " if scheme else "")
    return head + SECRET


def _bare_scheme(m: re.Match[str]) -> str:
    value = m.group("v")
    if value.startswith("<") or _word_value(value):
        return m.group(0)
    return m.group("scheme") + m.group("gap") + SECRET


def _cookie(m: re.Match[str]) -> str:
    if m.group("v").strip().startswith("<"):
        return m.group(0)
    return m.group("key") + m.group("sep") + SECRET


def _bare_password(m: re.Match[str]) -> str:
    quote, inner = _strip_quotes(m.group("v"))
    lowered = inner.strip().lower()
    if lowered in _KEEP_VALUES or lowered.startswith(("<", "${", "-")):
        return m.group(0)
    if not quote and (_PLAIN_WORD_RE.fullmatch(inner) or len(inner) == 1):
        # "password authentication failed", "password is-required"; one character is a
        # count or a type ("username x password 0 P": Cisco's 0 says a clear text follows)
        return m.group(0)
    if m.group("gap").strip() and len(inner) < _MIN_STATED_PASSWORD:
        return m.group(0)  # "password is 8 characters long": a length, no password
    return m.group("key") + m.group("gap") + quote + SECRET + quote


def _option_value(m: re.Match[str]) -> str:
    value = m.group("v")
    if value.startswith(("<", "-")) or (m.group("sep") and value.startswith("$")):
        return m.group(0)  # a placeholder, the next option, a variable
    return m.group(0)[: m.start("v") - m.start()] + SECRET


def _password_command(m: re.Match[str]) -> str:
    command = m.group("cmd")
    for pattern, option in _COMMAND_OPTIONS:
        if pattern.fullmatch(command):
            return command + option.sub(_option_value, m.group("args"))
    return m.group(0)


def _kept_argument(value: str) -> bool:
    """True for an argument that holds no password: a placeholder or a variable."""
    _, inner = _strip_quotes(value)
    return inner.startswith(("<", "$", "%")) or inner.lower() in _KEEP_VALUES


def _quoted_secret(value: str) -> str:
    quote, _ = _strip_quotes(value)
    return quote + SECRET + quote


def _htpasswd(m: re.Match[str]) -> str:
    args = m.group("args")
    flags: list[str] = []
    positional: list[re.Match[str]] = []
    tokens = list(_TOKEN_RE.finditer(args))
    skip = False
    for token in tokens:
        word = token.group(0)
        if skip:
            skip = False
        elif word.startswith("-") and not positional:
            flags.append(word)
            skip = word in _HTPASSWD_VALUED
        else:
            positional.append(token)
    batch = any(f[1:].isalpha() and "b" in f for f in flags if not f.startswith("--"))
    if not batch:
        return m.group(0)
    # Without a file (-n) the password is the second name, else the third.
    at = 1 if any("n" in f for f in flags if not f.startswith("--")) else 2
    if len(positional) <= at or _kept_argument(positional[at].group(0)):
        return m.group(0)
    token = positional[at]
    head = m.group(0)[: m.start("args") - m.start()]
    return head + args[: token.start()] + _quoted_secret(token.group(0)) + args[token.end() :]


def _positional_password(m: re.Match[str]) -> str:
    """The match with its password (group `v`, or `hv` of a here-string) replaced, unless
    that is a placeholder or a variable."""
    group = "v" if m.group("v") is not None else "hv"
    value = m.group(group)
    if _kept_argument(value):
        return m.group(0)
    start = m.start(group) - m.start()
    return m.group(0)[:start] + _quoted_secret(value) + m.group(0)[start + len(value) :]


def _login_pair(m: re.Match[str]) -> str:
    if not m.group("label") and _PLAIN_WORD_RE.fullmatch(m.group("v")):
        return m.group(0)  # "login failed / timed out"
    return _positional_password(m)


def _positional_secret(m: re.Match[str]) -> str:
    if m.group("vault") and _PLAIN_WORD_RE.fullmatch(m.group("v")):
        return m.group(0)  # "vault login failed": a token is no plain word
    return _positional_password(m)


def _redact_secret_calls(text: str) -> str:
    """`text` with the arguments of every call of a strong secret's function replaced."""
    out: list[str] = []
    pos = 0
    at = text.find("(")
    while at != -1:
        start = at
        while start > 0 and at - start < 60 and text[start - 1] in _NAME_CHARS:
            start -= 1
        m = _CALL_ARGS_RE.match(text, at) if start < at else None
        if m is not None and key_strength(text[start:at]) == "strong":
            out.append(text[pos:at] + "(" + SECRET + ")")
            pos = m.end()
        at = text.find("(", max(at + 1, pos))
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# Codes a service hands its user once, after their label ("Save your recovery codes:
# 9f3c1-a7b2e 4d8e2-b6c19", "Backup verification codes: 8261 4470, 3319 0528"), and an
# authenticator's setup key in groups of four base32 characters ("enter the key JBSW Y3DP
# EHPK 3PXP"): each is a way into someone's account.
_CODE_GROUP: Final = r"(?=[A-Za-z]*[0-9])[A-Za-z0-9]{3,10}(?![A-Za-z0-9])"
_ONE_TIME_CODES_RE: Final = re.compile(
    r"(?i)(?P<label>\b(?:recovery|backup|verification|one-time|2fa|mfa|otp|totp|emergency)"
    r"[ \t]+(?:verification[ \t]+)?codes?[ \t]*(?:are|is)?[ \t]*:?[ \t]*)"
    # Each group holds a digit: the words after the codes are not theirs ("482913 expires").
    rf"(?P<v>{_CODE_GROUP}(?:[ \t]?[-,][ \t]?{_CODE_GROUP}|[ \t]{_CODE_GROUP}){{0,23}})"
)
_SETUP_KEY_RE: Final = re.compile(
    r"(?P<label>\b(?i:key)[ \t]*:?[ \t]*(?:(?i:is)[ \t]+)?)"
    r"(?P<v>[A-Z2-7]{4}(?:[ \t][A-Z2-7]{4}){3,15})(?![\w-])"
)
_CODE_DIGIT_RE: Final = re.compile(r"\d")


def _one_time_codes(m: re.Match[str]) -> str:
    value = m.group("v")
    # A code holds digits; "backup codes are missing" names none.
    if len(_CODE_DIGIT_RE.findall(value)) < 3:
        return m.group(0)
    return m.group("label") + SECRET


def _setup_keys(text: str, lowered: str) -> str:
    """`text` with each authenticator setup key after the word "key" replaced, the
    pattern tried where that word stands only (a scan from every word costs more)."""
    found = _matches_at(_SETUP_KEY_RE, text, _places_of(lowered, ("key",)))
    if not found:
        return text
    out: list[str] = []
    pos = 0
    for m in found:
        out.append(text[pos : m.start()])
        out.append(_setup_key(m))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _setup_key(m: re.Match[str]) -> str:
    # Two groups with a digit at least: capitals alone are words ("key HTTP POST JSON BODY").
    groups = m.group("v").split()
    if sum(1 for g in groups if _CODE_DIGIT_RE.search(g)) < 2:
        return m.group(0)
    return m.group("label") + SECRET


_GRAMMAR: Final[tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str], str], ...]] = (
    (_AUTH_HEADER_RE, _auth_header, "authorization"),
    (_COOKIE_RE, _cookie, "cookie"),
    (_BARE_SCHEME_RE, _bare_scheme, "bearer|basic"),
    (_XML_PAIR_RE, _xml_pair, "value"),
    (_XML_ELEMENT_RE, _xml_element, "</"),
    (_XML_KEYED_ELEMENT_RE, _xml_keyed_element, "</"),
    (_USER_FLAG_RE, _user_flag, "-u|--user|--basic-auth|--auth"),
    (_FLAG_RE, _flag, "-"),
    # Before the bare password: its grammars know values that look like prose.
    (_PASSWORD_ARGUMENT_RE, _positional_password, "password|passwd|secret|psk"),
    (_BARE_PASSWORD_RE, _bare_password, "pass|pwd"),
    (_ONE_TIME_CODES_RE, _one_time_codes, "codes|code:|code is"),
    # A command's short password option follows a space: cheaper to look for than the
    # names of the commands.
    (
        _PASSWORD_COMMAND_RE,
        _password_command,
        " -p| -a| -w| -s|\t-p|\t-a|\t-w|\t-s|/p:|/rp|password=",
    ),
    (_HTPASSWD_RE, _htpasswd, "htpasswd"),
    # One blank after "net" (the needles hold it), any after "net.exe".
    (_NET_PASSWORD_RE, _positional_password, "net use|net\tuse|net.exe"),
    (_LOGIN_PAIR_RE, _login_pair, "login"),
    (_SAMBA_USER_RE, _positional_password, "%"),
    (_REDIS_AUTH_RE, _positional_password, "auth"),
    (_POSITIONAL_SECRET_RE, _positional_secret, "wpa_passphrase|vault"),
    (_STDIN_PASSWORD_RE, _positional_password, "chpasswd|passwd|sudo|password-stdin"),
)

_GRAMMAR_NEEDLES: Final = tuple(_needle_set(needles) for _, _, needles in _GRAMMAR)


# The needles looked for behind their shared start where three or more have one (" -"
# before " -p", " -a", " -w", " -s"): where it does not occur, one test stands for all.
_GRAMMAR_GROUPS: Final = tuple(_needle_groups(needles) for needles in _GRAMMAR_NEEDLES)

# Every match of `_PASSWORD_ARGUMENT_RE` holds a command name (in any case), "machine", or
# a line's first word "login" or "user" (as written). Its needles hold "secret", which every
# "<secret>" placeholder holds: on a text without a lead the pattern, tried at every
# position, need not run.
_PASSWORD_ARGUMENT_LEADS: Final = ("mysqladmin", "nmcli", "machine", "login", "user")


def _may_hold_password_argument(text: str) -> bool:
    # Case-blind, the engine takes a dotless i (U+0131) for an "i" and a long s (U+017F)
    # for an "s", which lower-casing keeps: a text that is not ASCII is always searched.
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(lead in lowered for lead in _PASSWORD_ARGUMENT_LEADS)


# A further test per row, of the text as the row sees it: False where its pattern cannot
# match.
_GRAMMAR_GUARDS: Final[dict[re.Pattern[str], Callable[[str], bool]]] = {
    _PASSWORD_ARGUMENT_RE: _may_hold_password_argument,
}
_GRAMMAR_ROWS: Final = tuple(
    (pattern, replace, groups, _GRAMMAR_GUARDS.get(pattern))
    for (pattern, replace, _), groups in zip(_GRAMMAR, _GRAMMAR_GROUPS, strict=True)
)
# A third of the needles hold "pass" (passwd, password=, htpasswd, wpa_passphrase...):
# for a text without it, the rows without those needles, and without the rows left with
# none, which cannot match there (one test for "pass" stands for all of them).
_GRAMMAR_ROWS_WITHOUT_PASS: Final = tuple(
    (pattern, replace, _needle_groups(kept), _GRAMMAR_GUARDS.get(pattern))
    for (pattern, replace, _), needles in zip(_GRAMMAR, _GRAMMAR_NEEDLES, strict=True)
    if (kept := tuple(n for n in needles if "pass" not in n)) or not needles
)


def redact_assignments(text: str, lowered: str | None = None) -> str:
    """`text` with the value of every secret-named key replaced by ``<secret>``.

    `lowered`, when given, is ``text.lower()``, from a caller that has it already.
    """
    if lowered is None:
        lowered = text.lower()
    original = text
    operators = _operators(text)
    if operators or any(quote in text for quote in _LOCALISED_QUOTES):
        text = _redact_localised_passwords(text, lowered, operators)
        if text is not original:
            lowered, operators = text.lower(), _operators(text)
            original = text
    if not any(n in lowered for n in _NEEDLES):
        return text
    rows = _GRAMMAR_ROWS if "pass" in lowered else _GRAMMAR_ROWS_WITHOUT_PASS
    for pattern, replace, groups, guard in rows:
        # The needle groups' test written out: a call and a generator per row cost more
        # than its tests.
        for prefix, rest in groups:
            if prefix in lowered:
                if not rest:
                    break
                for needle in rest:
                    if needle in lowered:
                        break
                else:
                    continue
                break
        else:
            if groups:
                continue
        if guard is not None and not guard(text):
            continue
        text = pattern.sub(replace, text)
    if "key" in lowered:
        text = _setup_keys(text, lowered if text == original else text.lower())
    if "(" in text:
        text = _redact_secret_calls(text)
    if "=" not in text and ":" not in text:
        return text
    # The lower-cased text and the operators are still the text's while no row changed it.
    if text == original:
        return _redact_key_values(text, lowered, operators)
    return _redact_key_values(text)


# ---------------------------------------------------------------------------------------
# High entropy

ENTROPY_MIN_LENGTH: Final = 20
HEX_MIN_LENGTH: Final = 32
BASE64_BITS: Final = 4.0
HEX_BITS: Final = 3.0
_CANDIDATE_RE: Final = re.compile(r"[A-Za-z0-9+/_=-]{20,}")
# The gate before it: its characters (ASCII only) as "a", every other ASCII character as
# a space, so that a text holds a candidate exactly where its translation holds twenty
# "a"s in a row (a character the table lacks stays as it is, and none of those is an
# "a"). A translation and one substring search cost a fifth of the pattern's scan.
_CANDIDATE_CHARS: Final = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=-"
)
_CANDIDATE_TABLE: Final = str.maketrans(
    {chr(code): "a" if chr(code) in _CANDIDATE_CHARS else " " for code in range(128)}
)
_CANDIDATE_RUN: Final = "a" * 20
_NOT_CANDIDATE_MARK_RE: Final = re.compile("[^a]")
_HEX_RE: Final = re.compile(r"[0-9a-fA-F]+")


def _entropy(text: str) -> float:
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


@functools.lru_cache(maxsize=1 << 14)
def is_high_entropy(token: str) -> bool:
    """True for a token that looks random enough to be a key; see the module docstring."""
    if len(token) < ENTROPY_MIN_LENGTH:
        return False
    if _HEX_RE.fullmatch(token):
        return len(token) >= HEX_MIN_LENGTH and _entropy(token) >= HEX_BITS
    if not (any(c.isdigit() for c in token) and any(c.isalpha() for c in token)):
        return False
    bits = min(BASE64_BITS, 0.85 * math.log2(min(len(token), 64)))
    return _entropy(token) >= bits


# A key before "=": a name that starts with a letter and holds a word ("exit_code").
_KEY_RE: Final = re.compile(r"[A-Za-z][\w.-]*")
_KEY_WORD_RE: Final = re.compile(r"[A-Za-z]{3,}")


def _is_key(name: str) -> bool:
    return (
        _KEY_RE.fullmatch(name) is not None
        and _KEY_WORD_RE.search(name) is not None
        and _made_of_words(name)
    )


def _made_of_words(token: str) -> bool:
    from consentry.anonymize.vocabulary import is_known_identifier

    return is_known_identifier(token)


# A content digest named by its algorithm or as a commit ("SHA256 e3b0…", "commit
# 138f61…"): a hash of public bytes, printed by downloaders and updaters, never a key.
# The hex must have the named algorithm's length and one case. Not "md5" or "hash":
# those label password hashes too.
_DIGEST_LENGTHS: Final = {
    "sha1": (40,),
    "sha224": (56,),
    "sha256": (64,),
    "sha384": (96,),
    "sha512": (128,),
    # Git abbreviates a commit to 7 hex digits or more (`core.abbrev`, `--short`).
    "commit": (*range(7, 41), 64),
    "digest": (40, 56, 64, 96, 128),
    "checksum": (40, 56, 64, 96, 128),
}
_DIGEST_HINTS: Final = ("sha", "commit", "digest", "checksum")
DIGEST_RE: Final = re.compile(
    r"(?i)(?<![\w-])(?P<label>commit|sha-?(?:1|224|256|384|512)|digest|checksum)"
    r"(?:\s*[:=]\s*|\s+)(?:sha-?(?:1|224|256|384|512)[:-])?(?P<hex>[0-9a-f]{7,128})(?![\w-])"
)
# Git's own lines name commits too, by abbreviated hashes: "HEAD is now at 1a2b3c4",
# "Updating 1a2b3c4..5d6e7f8", a push's "1a2b3c4..5d6e7f8  main -> main", a commit's
# "[main 1a2b3c4] subject"; and VS Code's About text its build's commit, between its
# version and its date ("1.95.3 (f1a4fb…, 2024-11-13T…"). Lower case, as both print them.
_GIT_OBJECT_RE: Final = re.compile(
    # The branch may already be a placeholder ("[<redacted> 1a2b3c4]").
    r"(?:\bHEAD is now at |\[[\w./<>-]{1,100} (?:\(root-commit\) )?)"
    r"(?P<one>[0-9a-f]{7,40})(?=[\s\]]|\Z)"
    r"|(?<![\w.])(?P<from>[0-9a-f]{7,40})\.\.\.?(?P<to>[0-9a-f]{7,40})(?![\w.])"
    r"|\b\d{1,4}\.\d{1,4}\.\d{1,4}(?:-[a-z]{1,12})? \((?P<build>[0-9a-f]{40}), \d{4}-\d\d-\d\dT"
)
_GIT_OBJECT_HINTS: Final = ("HEAD is now at", "..", "] ", ", 20")
# A build's commit after the editor's version alone too ("in VS Code 1.86.2 (903b1e…)"),
# as Dev Containers and Remote-SSH logs name the editor that runs them: looked for at each " ("
# (a scan of the whole text for the version would cost more than every other test here).
# Only after the editor's name: after any other word a 40-hex run may be a GitHub
# token ("token 1.0.0 (a94a8f…)").
_BUILD_VERSION_RE: Final = re.compile(
    r"\b(?:Code|code-server|VSCodium|Cursor|Windsurf)[ \t]+"
    r"\d{1,4}\.\d{1,4}\.\d{1,4}(?:-[a-z]{1,12})?\Z"
)
_BUILD_COMMIT_RE: Final = re.compile(r"[0-9a-f]{40}\)")
_BUILD_VERSION_REACH: Final = 40


def _digest_matches(text: str, lowered: str) -> list[re.Match[str]]:
    """What `DIGEST_RE.finditer(text)` finds, trying the pattern only where a label is.

    A match starts with its label; in an ASCII text a label is one of the hints in the
    lower-cased text at the same place (beyond ASCII, case-blind matching knows more
    spellings, and lower-casing may change the length: the whole scan runs).
    """
    if not text.isascii():
        return list(DIGEST_RE.finditer(text))
    return _digest_matches_at(text, _label_places(lowered))


def _label_places(lowered: str) -> list[int]:
    """Where the digest hints occur in a lower-cased text, in order."""
    return _places_of(lowered, _DIGEST_HINTS)


def _digest_matches_at(text: str, places: list[int]) -> list[re.Match[str]]:
    """The matches of `DIGEST_RE` a scan of `text` finds, tried at `places` only."""
    return _matches_at(DIGEST_RE, text, places)


def _matches_at(pattern: re.Pattern[str], text: str, places: list[int]) -> list[re.Match[str]]:
    """The matches of `pattern` a left-to-right scan of `text` finds, when every match
    starts at one of `places` (in order): it is tried there only, each after the last
    match's end."""
    found: list[re.Match[str]] = []
    end = 0
    for at in places:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def _git_objects(text: str) -> list[tuple[int, int]]:
    """The spans of the commits git's own lines and VS Code's About text name."""
    # `_GIT_OBJECT_HINTS` written out, "]" looked for alone first (one character is found
    # several times faster than two): a generator costs more than the tests.
    if not (
        "HEAD is now at" in text or ".." in text or ("]" in text and "] " in text) or ", 20" in text
    ):
        return _build_commits(text) if " (" in text else []
    spans: list[tuple[int, int]] = []
    for m in _GIT_OBJECT_RE.finditer(text):
        spans.extend(m.span(g) for g in ("one", "from", "to", "build") if m.group(g))
    if " (" in text:
        spans.extend(span for span in _build_commits(text) if span not in spans)
        spans.sort()
    return spans


def _build_commits(text: str) -> list[tuple[int, int]]:
    """The spans of the 40-hex commits in parentheses right after a version."""
    return [
        (at + 2, at + 42)
        for at in _places_of(text, (" (",))
        if _BUILD_COMMIT_RE.match(text, at + 2)
        and _BUILD_VERSION_RE.search(text, max(0, at - _BUILD_VERSION_REACH), at) is not None
    ]


def labelled_digests(text: str, *, with_label: bool = False) -> list[tuple[int, int]]:
    """The spans of the hex digests in `text` that a label names (see `DIGEST_RE`), from
    the label on when `with_label`, and of the commits git's lines name (see
    `_GIT_OBJECT_RE`)."""
    lowered = text.lower()
    if text.isascii():
        # The labels' places, found once: none is the hints' test saying no, and the
        # pattern is then tried at them (`_digest_matches`).
        places = _label_places(lowered)
        if not places:
            return _git_objects(text)
        found = _digest_matches_at(text, places)
    elif not (
        "sha" in lowered or "commit" in lowered or "digest" in lowered or "checksum" in lowered
    ):
        return _git_objects(text)
    else:
        found = _digest_matches(text, lowered)
    spans: list[tuple[int, int]] = _git_objects(text)
    for m in found:
        label, digest = m.group("label").lower().replace("-", ""), m.group("hex")
        same_case = digest == digest.lower() or digest == digest.upper()
        if same_case and len(digest) in _DIGEST_LENGTHS.get(label, ()):
            spans.append((m.start("label"), m.end("hex")) if with_label else m.span("hex"))
    spans.sort()
    # One span per place: a commit may be both labelled and on a git line.
    return [span for i, span in enumerate(spans) if i == 0 or span[0] >= spans[i - 1][1]]


def redact_entropy(text: str) -> str:
    """`text` with every high-entropy run, and every base64 run hiding a secret, replaced.

    A labelled content digest (`labelled_digests`) stays.
    """
    # Most texts hold no candidate: the gate answers for them, and neither the digests
    # nor the runs are looked for.
    marks = text.translate(_CANDIDATE_TABLE)
    at = marks.find(_CANDIDATE_RUN)
    if at == -1:
        return text
    digests = labelled_digests(text)
    # The matches of `_CANDIDATE_RE` are the runs of twenty "a"s or more in `marks`, found
    # by substring search: the pattern's scan tries every letter of every shorter word.
    # The first twenty "a"s from a place start a run (an "a" before them would have been
    # found first), and the run goes on to the next other character.
    out: list[str] = []
    pos = 0
    while at != -1:
        other = _NOT_CANDIDATE_MARK_RE.search(marks, at + len(_CANDIDATE_RUN))
        end = other.start() if other is not None else len(marks)
        token = text[at:end]
        verdict = _judge_candidate(token, (at, end), digests)
        if verdict != token:
            out.append(text[pos:at])
            out.append(verdict)
            pos = end
        at = marks.find(_CANDIDATE_RUN, end)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _judge_candidate(token: str, span: tuple[int, int], digests: list[tuple[int, int]]) -> str:
    """`token` (a candidate run at `span`) as it stays: itself or ``<secret>``."""
    if digests and span in digests:
        return token
    core = token.strip("-_=/")
    lead = len(token) - len(token.lstrip("-_=/"))
    equals = token.find("=", lead, lead + len(core))
    if equals != -1 and _is_key(token[lead:equals]):
        # "exit_code=-1073740791": a key of words and its value, run together by "=" (a
        # base64 run holds "=" only at its end); the value alone is judged.
        value = token[equals + 1 :]
        return token[: equals + 1] + (_judge_candidate(value, (-1, -1), []) if value else "")
    if is_high_entropy(core) and not _made_of_words(core):
        return SECRET
    decoded = decode_base64(core)
    if decoded is not None and redact_secrets(decoded, entropy=False) != decoded:
        return SECRET
    return token


def redact_secrets(text: str, *, entropy: bool = True) -> str:
    """`text` with provider tokens, secret assignments and (optionally) random runs replaced."""
    text = redact_provider_tokens(text)
    text = redact_assignments(text)
    if entropy:
        text = redact_entropy(text)
    return text
