"""The product profile: a TOML file the embedding product ships (see PROTOCOL.md).

Parsed into one frozen dataclass with written defaults. A bad profile raises
ProfileError naming the key and the file; the server then sends nothing.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

ConsentStyle = Literal["opt-in", "opt-out"]
PromptStyle = Literal["first-run", "install-and-update", "never"]

_CONSENT_STYLES: tuple[str, ...] = ("opt-in", "opt-out")
_PROMPT_STYLES: tuple[str, ...] = ("first-run", "install-and-update", "never")
DEFAULT_PRODUCT = "default"
DEFAULT_SETTING = "consentry.telemetry.enabled"
# A product id names a folder in CONSENTRY_HOME (products/<id>/): a VS Code extension
# id (publisher.name) fits; separators, `..` and anything a file system refuses do not.
_PRODUCT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*")
_SETTING_KEY = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+")


def valid_product_id(value: str) -> bool:
    """Whether `value` can be a product id (and so a folder name in the state folder)."""
    return len(value) <= 128 and _PRODUCT_ID.fullmatch(value) is not None


class ProfileError(Exception):
    """A profile that cannot be used; the message names the file and the key.

    The file's path and even its own name may hold the user's or a project's name, so
    logs, warnings and consent reasons use `shown` ("the profile file" and the problem);
    the full message goes only to whoever named the file (the command line).
    """

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    @property
    def shown(self) -> str:
        """The problem with the file called "the profile file", never by its path or name.

        A file's own name is chosen by whoever made it and may be a project's, a
        customer's or a key's (``secret-merger-app``, ``sk_live_….toml``); whoever named
        the file knows which one it is.
        """
        return f"the profile file: {self.problem}"


_PLAIN_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _key_shown(key: str) -> str:
    """An unknown key as it may be repeated: only a short plain name, never free text."""
    return repr(key) if _PLAIN_KEY.fullmatch(key) else "(a key that is not a plain name)"


@dataclass(frozen=True, kw_only=True)
class Profile:
    """How one product asks for consent and where its events go."""

    id: str = DEFAULT_PRODUCT
    setting: str = DEFAULT_SETTING
    # Neutral: a product that failed to load its profile must not look like a real one.
    product: str = "your AI assistant"
    consent: ConsentStyle = "opt-in"
    prompt: PromptStyle = "install-and-update"
    sample_rate: float = 1.0
    posthog_host: str = "https://us.i.posthog.com"
    posthog_api_key: str = ""
    privacy_url: str = "https://example.com/privacy"
    setting_overrides_config: bool = False
    decline_is_permanent: bool = False
    home: str = ""
    outbox_max_events: int = 100_000
    outbox_max_bytes: int = 64 * 1024 * 1024
    # Development and test runs: "log-only" (audit log only) or "send" (marked `$dev`).
    dev_runs: str = "log-only"
    # Free text (`message`, the text of `stack`): "allow-list" keeps only known-safe
    # words, "scrubbed" applies the detectors only, "none" keeps no message and frames only.
    free_text: str = "allow-list"
    # The product's own public names its messages carry ("aider", "symf", its commands'
    # and settings' words): free text keeps them where the allow-list judges words.
    words: tuple[str, ...] = ()
    source: str = "<built-in default>"

    @property
    def destination(self) -> Literal["posthog", "log-only"]:
        """`log-only` when there is no API key: the audit log is the whole output."""
        return "posthog" if self.posthog_api_key else "log-only"


def _check(source: str, data: Mapping[str, Any]) -> dict[str, Any]:
    known = {f.name for f in fields(Profile)} - {"source"}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise ProfileError(source, f"unknown key {_key_shown(key)}")
        values[key] = value
    for key in ("setting_overrides_config", "decline_is_permanent"):
        if key in values and not isinstance(values[key], bool):
            raise ProfileError(source, f"key {key!r} must be true or false")
    for key in (
        "id",
        "setting",
        "product",
        "posthog_host",
        "posthog_api_key",
        "privacy_url",
        "home",
    ):
        if key in values and not isinstance(values[key], str):
            raise ProfileError(source, f"key {key!r} must be a string")
    if "id" in values and not valid_product_id(values["id"]):
        raise ProfileError(
            source,
            "key 'id' must be an extension id such as 'publisher.name' "
            "(letters, digits, '-', '_' and single dots)",
        )
    if "setting" in values and (
        len(values["setting"]) > 200 or not _SETTING_KEY.fullmatch(values["setting"])
    ):
        raise ProfileError(
            source, "key 'setting' must be a dotted settings key such as 'acme.telemetry.enabled'"
        )
    if "dev_runs" in values and values["dev_runs"] not in ("log-only", "send"):
        raise ProfileError(source, "key 'dev_runs' must be one of log-only, send")
    if "free_text" in values and values["free_text"] not in ("allow-list", "scrubbed", "none"):
        raise ProfileError(source, "key 'free_text' must be one of allow-list, scrubbed, none")
    if "words" in values:
        values["words"] = _checked_words(source, values["words"])
    if "consent" in values and values["consent"] not in _CONSENT_STYLES:
        raise ProfileError(source, f"key 'consent' must be one of {', '.join(_CONSENT_STYLES)}")
    if "prompt" in values and values["prompt"] not in _PROMPT_STYLES:
        raise ProfileError(source, f"key 'prompt' must be one of {', '.join(_PROMPT_STYLES)}")
    if "sample_rate" in values:
        rate = values["sample_rate"]
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0.0 <= rate <= 1.0:
            raise ProfileError(source, "key 'sample_rate' must be a number from 0 to 1")
        values["sample_rate"] = float(rate)
    for key in ("outbox_max_events", "outbox_max_bytes"):
        if key in values:
            bound = values[key]
            if isinstance(bound, bool) or not isinstance(bound, int) or bound < 1:
                raise ProfileError(source, f"key {key!r} must be a positive integer")
    host = values.get("posthog_host")
    if host is not None and not host.startswith(("https://", "http://")):
        raise ProfileError(source, "key 'posthog_host' must be an http(s) URL")
    return values


# A product's own name as it ships it: letters first, then letters, digits, "-", "_" or
# "."; no "/", "@" or space, so no path, address or sentence.
_PRODUCT_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{1,39}")
MAX_PRODUCT_WORDS = 200


def _checked_words(source: str, value: object) -> tuple[str, ...]:
    """The `words` key: a list of the product's own public names, none random-looking."""
    problem = (
        f"key 'words' must be a list of at most {MAX_PRODUCT_WORDS} names of 2 to 40"
        " letters, digits, '-', '_' or '.', starting with a letter"
    )
    if not isinstance(value, list) or len(value) > MAX_PRODUCT_WORDS:
        raise ProfileError(source, problem)
    from consentry.anonymize.secrets import is_high_entropy

    for word in value:
        if not isinstance(word, str) or not _PRODUCT_WORD.fullmatch(word):
            raise ProfileError(source, problem)
        # A name carries a number or two ("llama3", "gpt-4o"); more is a key or an id.
        if is_high_entropy(word) or len(re.findall(r"\d+", word)) > 2 or re.search(r"\d{5}", word):
            raise ProfileError(source, "key 'words' holds a value that looks like a key or an id")
    return tuple(dict.fromkeys(value))


def parse_profile(text: str, source: str) -> Profile:
    """Parse and validate profile TOML text; `source` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(source, f"not valid TOML ({exc})") from exc
    return Profile(**_check(source, data), source=source)


def load_profile(path: str | Path | None, environ: Mapping[str, str]) -> Profile:
    """The profile at `path` (or the built-in default), with environment overrides.

    `CONSENTRY_POSTHOG_HOST` and `CONSENTRY_POSTHOG_API_KEY` override the file.
    """
    if path:
        location = Path(path).expanduser()
        try:
            text = location.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
            raise ProfileError(str(location), f"cannot be read ({reason})") from exc
        profile = parse_profile(text, str(location))
    else:
        profile = Profile()
    overrides = _check(
        "environment",
        {
            key: environ[name]
            for key, name in (
                ("posthog_host", "CONSENTRY_POSTHOG_HOST"),
                ("posthog_api_key", "CONSENTRY_POSTHOG_API_KEY"),
            )
            if name in environ
        },
    )
    return replace(profile, **overrides)
