"""Samples from other projects' own test suites for secret and PII removal.

Nothing of those suites is kept in this repository: the extractors in this package read
a released package from a registry (downloaded into the git-ignored `.cache/corpora/`)
or a repository snapshot given with `--from`, and write the samples they find to
`.cache/corpora/peers/<suite>.json`. Each sample names its suite, the release or commit
it came from and the test it belongs to. A *positive* carries `secrets`, strings the
anonymizer must remove; a *must-keep* case has none, and `keep` may name substrings
that must survive.

Halves: a sample belongs to the tune half or the holdout half by a hash of its suite
and test name (`half_of`), so whole tests, never single lines of one, fall on one side.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final, Literal

Half = Literal["tune", "holdout"]
FieldKind = Literal["message", "stack", "identifier"]
ALL_FIELDS: Final[tuple[FieldKind, ...]] = ("message", "stack", "identifier")
ROOT: Final = Path(__file__).resolve().parents[3]
CACHE: Final = ROOT / ".cache" / "corpora"
PEER_CACHE: Final = CACHE / "peers"


@dataclass(frozen=True)
class PeerSample:
    """One case of a peer suite: `text` with its `secrets` (empty for must-keep)."""

    suite: str
    source: str  # "owner/repo@commit" or "package==version (registry)"
    test: str  # file::test
    text: str
    secrets: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    fields: tuple[FieldKind, ...] = ALL_FIELDS

    @property
    def positive(self) -> bool:
        """True when the case holds something that must be removed."""
        return bool(self.secrets)


def half_of(suite: str, test: str) -> Half:
    """The half a test falls in: a stable hash of suite and test, about one in two."""
    digest = hashlib.sha256(f"{suite}\0{test}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "holdout"


def save(suite: str, samples: list[PeerSample]) -> Path:
    """Write a suite's samples to the cache (git-ignored)."""
    PEER_CACHE.mkdir(parents=True, exist_ok=True)
    path = PEER_CACHE / f"{suite}.json"
    path.write_text(json.dumps([asdict(s) for s in samples], ensure_ascii=False, indent=0))
    return path


def load(suite: str) -> list[PeerSample] | None:
    """A suite's samples from the cache, or None when it was never extracted here."""
    path = PEER_CACHE / f"{suite}.json"
    if not path.is_file():
        return None
    rows = json.loads(path.read_text())
    return [
        PeerSample(
            suite=r["suite"],
            source=r["source"],
            test=r["test"],
            text=r["text"],
            secrets=tuple(r["secrets"]),
            keep=tuple(r["keep"]),
            fields=tuple(r["fields"]),
        )
        for r in rows
    ]
