"""The state folder (`CONSENTRY_HOME`): config.json, the anonymous id, outbox and audit log.

Everything Consentry keeps on disk lives here, so `consentry purge` and the tests
(which point `CONSENTRY_HOME` at a temporary folder) have one place to look.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONFIG_FILE = "config.json"
ANONYMOUS_ID_FILE = "anonymous_id"
OUTBOX_FILE = "outbox.sqlite3"
AUDIT_FILE = "analytics.jsonl"


class ConfigError(Exception):
    """config.json exists but cannot be read as a JSON object."""


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

        Raises ConfigError when the file exists but is not a JSON object, so the
        caller can treat it as a deny and say which file is broken.
        """
        try:
            text = self.config_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise ConfigError(f"{self.config_path}: cannot be read ({exc.strerror})") from exc
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{self.config_path}: not valid JSON ({exc})") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{self.config_path}: must hold a JSON object")
        return data

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
