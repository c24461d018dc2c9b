"""The state folder (`CONSENTRY_HOME`): config.json, the anonymous id, outbox and audit log.

Everything Consentry keeps on disk lives here, so `consentry purge` and the tests
(which point `CONSENTRY_HOME` at a temporary folder) have one place to look.
"""

from __future__ import annotations

import codecs
import json
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Final

CONFIG_FILE = "config.json"
ANONYMOUS_ID_FILE = "anonymous_id"
OUTBOX_FILE = "outbox.sqlite3"
AUDIT_FILE = "analytics.jsonl"
# Far above any config.json a person or a tool writes; a larger file is not read at all.
MAX_CONFIG_BYTES: Final = 1024 * 1024
# The keys whose meaning the consent rule depends on, and the JSON type each must have
# (null counts as absent). A value of another type is not guessed at: the file is a no.
_CONFIG_TYPES: Final[dict[str, tuple[type, str]]] = {
    "allowAnonymousTelemetry": (bool, "true or false"),
    "permanentlyDisabled": (bool, "true or false"),
    "samplingSeed": (str, "a string"),
    "consentRecord": (dict, "an object"),
}


class ConfigError(Exception):
    """config.json exists but cannot be used.

    The message names the file by its name alone and says what is wrong without quoting
    it: it reaches the editor and the consent reason, where neither the folder (which
    holds the user's name) nor the file's contents belong.
    """

    VALUE_FREE: ClassVar[bool] = True  # logs may show its text (consentry.lsp.quiet)


def decode_config(raw: bytes) -> str:
    """The text of config.json as people's tools write it.

    UTF-8 with or without a byte-order mark, or UTF-16 with one (what Windows
    PowerShell 5 writes by default). Raises ConfigError for anything else.
    """
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return raw.decode("utf-16")  # the BOM says which byte order, and is dropped
        return raw.decode("utf-8-sig")  # drops a UTF-8 BOM when there is one
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{CONFIG_FILE} is not UTF-8 or UTF-16 text") from exc


def parse_config(raw: bytes) -> dict[str, Any]:
    """config.json's bytes as a JSON object whose known keys have their types.

    Raises ConfigError (value-free, naming the file) for bad encoding, bad JSON, a
    value that is not an object, or a known key of the wrong type.
    """
    text = decode_config(raw)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ConfigError(f"{CONFIG_FILE} is not valid JSON ({exc.msg} at {where})") from exc
    except RecursionError as exc:
        raise ConfigError(f"{CONFIG_FILE} is nested too deeply") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{CONFIG_FILE} must hold a JSON object")
    for key, (kind, described) in _CONFIG_TYPES.items():
        value = data.get(key)
        if value is not None and not isinstance(value, kind):
            raise ConfigError(f"{CONFIG_FILE}: {key!r} must be {described}")
    return data


@dataclass(frozen=True)
class Home:
    """Paths inside one state folder."""

    root: Path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, default: str = "") -> Home:
        """The folder named by `CONSENTRY_HOME`, else the profile's `home`, else `~/.consentry`."""
        env = os.environ if environ is None else environ
        configured = env.get("CONSENTRY_HOME", "").strip() or default.strip()
        return cls(Path(configured).expanduser() if configured else Path.home() / ".consentry")

    @property
    def config_path(self) -> Path:
        """The user-editable config.json."""
        return self.root / CONFIG_FILE

    @property
    def anonymous_id_path(self) -> Path:
        """The file holding the random anonymous id."""
        return self.root / ANONYMOUS_ID_FILE

    @property
    def outbox_path(self) -> Path:
        """The SQLite outbox."""
        return self.root / OUTBOX_FILE

    @property
    def default_audit_path(self) -> Path:
        """Where the audit log goes when no other file is configured."""
        return self.root / AUDIT_FILE

    def ensure(self) -> None:
        """Create the folder (private to the user) if it is missing."""
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)

    def read_config(self) -> dict[str, Any]:
        """The contents of config.json; `{}` when absent.

        Raises ConfigError when the file exists but cannot be used (see `parse_config`),
        or the folder cannot be read, so the caller can treat it as a deny and say
        which file is broken.
        """
        try:
            with self.config_path.open("rb") as handle:
                raw = handle.read(MAX_CONFIG_BYTES + 1)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            problem = exc.strerror or type(exc).__name__
            raise ConfigError(f"{CONFIG_FILE} cannot be read ({problem})") from exc
        if len(raw) > MAX_CONFIG_BYTES:
            raise ConfigError(f"{CONFIG_FILE} is larger than {MAX_CONFIG_BYTES} bytes")
        return parse_config(raw)

    def update_config(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Merge `changes` into config.json atomically and return the new contents.

        A value of None removes the key. A broken file is replaced only by keys we
        write now: the user's broken edit is kept aside as config.json.broken.
        """
        self.ensure()
        try:
            current = self.read_config()
        except ConfigError:
            self.config_path.replace(self.config_path.with_suffix(".json.broken"))
            current = {}
        for key, value in changes.items():
            if value is None:
                current.pop(key, None)
            else:
                current[key] = value
        tmp = self.config_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, self.config_path)
        return current

    def anonymous_id(self, *, create: bool) -> str | None:
        """The random anonymous id; made (UUID4) only when `create` is true.

        It is never derived from the machine or the user: a random UUID4 kept in
        one file that `consentry purge` deletes.
        """
        try:
            text = self.anonymous_id_path.read_text(encoding="utf-8").strip()
            return str(uuid.UUID(text))
        except (FileNotFoundError, ValueError):
            if not create:
                return None
        self.ensure()
        new_id = str(uuid.uuid4())
        tmp = self.anonymous_id_path.with_name(f"{ANONYMOUS_ID_FILE}.{new_id}.tmp")
        tmp.write_text(new_id + "\n", encoding="utf-8")
        try:
            # A link never replaces: when two servers (two windows) make an id at the
            # same moment, the first one wins and the other reads it.
            os.link(tmp, self.anonymous_id_path)
        except FileExistsError:
            return self.anonymous_id(create=False) or self._replace_id(tmp, new_id)
        except OSError:  # a file system without hard links
            return self._replace_id(tmp, new_id)
        finally:
            tmp.unlink(missing_ok=True)
        return new_id

    def _replace_id(self, tmp: Path, new_id: str) -> str:
        """Put a new id in place of an unreadable id file."""
        tmp.write_text(new_id + "\n", encoding="utf-8")
        os.replace(tmp, self.anonymous_id_path)
        return new_id
