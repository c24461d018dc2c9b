"""Plant adversarial samples through the real server and find every one that surfaces.

Each sample goes into every property of every catalog event, an unknown property (its
value and its name), the event name and the event id; samples of the category
`initialize-params` go into `clientInfo`, `extensionVersion`, the workspace folders and
`rootUri` of a server's `initialize`; `split-fields` samples are cut across two fields
of one event. The servers are real (`python -m consentry serve` over stdio, pytest-lsp
client), sending to a real capture endpoint on 127.0.0.1. A sample *surfaced* when any
of its secrets, after undoing the evasions (NFKC, zero-width removal, percent-, HTML-
and JSON-unescaping, lower case), appears at the endpoint, in any file under
CONSENTRY_HOME, on the server's stderr, or in any message the server sent the editor.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import sys
import unicodedata
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import register_lsp_features

from consentry.anonymize.catalog import CATALOG, Field
from consentry.lsp.server import plain_params_converter
from consentry.sink import CaptureSink
from tests.conftest import DEMO_KEY, Session, clean_env, event
from tests.corpus.adversarial import Planted
from tests.e2e.wire import Stderr, capture_stderr

BATCH: Final = 400
# A batch stays well under the server's 1 MiB message limit: a bigger one is skipped whole
# (a warning on stderr), and its samples would count as caught without being tried.
BATCH_BYTES: Final = 256 * 1024
# clientInfo.name, clientInfo.version, extensionVersion, then workspace folders.
INIT_SLOTS: Final = 8
PROFILE_RUNS: Final = 2
_INVISIBLE: Final = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
_VALID: Final[dict[str, Any]] = {
    "identifier": "gpt-4o",
    "count": 1,
    "text": "ok",
    "stack": "at f (a.js:1:1)",
}


def normalise(text: str) -> str:
    """The text with the evasions undone, lower-cased, for searching."""
    out = text
    for _ in range(2):
        out = unicodedata.normalize("NFKC", out)
        out = _INVISIBLE.sub("", out)
        out = html.unescape(out)
        out = urllib.parse.unquote(out)
        out = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), out)
        out = out.replace('\\"', '"').replace("\\\\", "\\")
    return out.lower()


@dataclass
class Haystacks:
    """Everything that left the server, by where it went."""

    places: dict[str, str] = field(default_factory=dict)

    def add(self, where: str, text: str) -> None:
        """Append text seen at `where`."""
        self.places[where] = self.places.get(where, "") + "\n" + text

    def finish(self) -> dict[str, tuple[str, str]]:
        """Each place's raw lower-cased text and its normalised form."""
        return {w: (t.lower(), normalise(t)) for w, t in self.places.items()}


@dataclass(frozen=True)
class Outcome:
    """Which samples surfaced, and where."""

    samples: tuple[Planted, ...]
    surfaced: dict[int, tuple[str, ...]]  # sample index -> places
    events_sent: int
    events_arrived: int

    def by_category(self) -> dict[str, tuple[int, int]]:
        """Category -> (surfaced, total)."""
        totals = Counter(s.category for s in self.samples)
        hits = Counter(self.samples[i].category for i in self.surfaced)
        return {c: (hits[c], n) for c, n in totals.items()}


def _base(fields: tuple[Field, ...]) -> dict[str, Any]:
    return {
        f.name: (f.choices[0] if f.type == "enum" else _VALID[f.type]) for f in fields if f.required
    }


def placements(sample: Planted) -> list[dict[str, Any]]:
    """The sample in every field of every event, unknown property, name and id."""
    events: list[dict[str, Any]] = []
    for definition in CATALOG.values():
        base = _base(definition.fields)
        free = [f for f in definition.fields if f.type != "enum"]
        if sample.parts:
            # Split across each pair of neighbouring non-enum fields of the event.
            for a, b in itertools.pairwise(free):
                events.append(
                    event(
                        definition.name,
                        **{**base, a.name: sample.parts[0], b.name: sample.parts[1]},
                    )
                )
            continue
        for f in definition.fields:
            events.append(event(definition.name, **{**base, f.name: sample.text}))
        events.append(event(definition.name, **base, note=sample.text))
        events.append(event(definition.name, **{**base, sample.text[:60]: "x"}))
        with_id = event(definition.name, **base)
        # The bare secret, not the text around it: an id shaped like a key (or a key
        # shaped like a UUID) is the case an id check could let through.
        with_id["id"] = sample.secrets[0][:80]
        events.append(with_id)
    if not sample.parts:
        events.append(event(sample.text[:200], page="x"))
    return events


def _client() -> LanguageClient:
    client = LanguageClient(converter_factory=plain_params_converter)
    register_lsp_features(client)
    return client


def _tap(client: LanguageClient, seen: list[str]) -> None:
    """Keep every message the server sends the editor, as JSON text."""
    protocol = client.protocol
    original = protocol.structure_message

    def keep(data: dict[str, Any]) -> Any:
        if "jsonrpc" in data:
            seen.append(json.dumps(data, ensure_ascii=False, default=str))
        return original(data)

    protocol.structure_message = keep  # type: ignore[method-assign]


async def _start(
    home: Path,
    sink: CaptureSink,
    seen: list[str],
    init: tuple[str, ...] = (),
    profile: str | None = None,
) -> tuple[Session, Stderr]:
    """A real server with consent on; `init` fills the initialize params' free slots."""
    config = ClientServerConfig(
        server_command=[sys.executable, "-m", "consentry", "serve"],
        client_factory=_client,
        server_env=clean_env(
            home, CONSENTRY_POSTHOG_HOST=sink.url, CONSENTRY_POSTHOG_API_KEY=DEMO_KEY
        ),
    )
    client = await config.start()
    assert isinstance(client, LanguageClient)
    _tap(client, seen)
    session = Session(client, home)
    stderr = capture_stderr(session)  # from the start: initialize may already warn
    # The configuration reply carries the initialize samples too: what the server
    # pulls from the editor is as much a way in as what it is sent.
    extra = {"note": init[0]} if init else {}
    client.set_configuration({"telemetry": {"enabled": True}, **extra}, section="consentry")
    client.set_configuration({"telemetryLevel": "all"}, section="telemetry")
    slots = list(init) + ["x"] * max(0, 3 - len(init))
    folders = [
        types.WorkspaceFolder(uri=Path("/work", s).as_uri(), name=s) for s in init[3:] or ("w",)
    ]
    session.initialize_result = await asyncio.wait_for(
        client.initialize_session(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(
                    workspace=types.WorkspaceClientCapabilities(configuration=True)
                ),
                client_info=types.ClientInfo(name=slots[0], version=slots[1]),
                initialization_options={
                    "extensionVersion": slots[2],
                    "vscodeTelemetry": {"isTelemetryEnabled": True, "level": "all"},
                    **({"profile": profile} if profile else {}),
                },
                workspace_folders=folders,
                root_uri=folders[0].uri,
            )
        ),
        30,
    )
    seen.append(json.dumps(str(session.initialize_result)))
    await session.status()
    return session, stderr


async def _stop(session: Session) -> None:
    await asyncio.wait_for(session.client.shutdown_session(), 10)
    await session.client.stop()  # type: ignore[no-untyped-call]


def _home_text(home: Path) -> Iterable[tuple[str, str]]:
    for p in sorted(home.rglob("*")):
        if p.is_file():
            yield f"file:{p.name}", p.read_bytes().decode("utf-8", "replace")


def batches(events: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    """The events in batches of at most BATCH events and about BATCH_BYTES of JSON."""
    batch: list[dict[str, Any]] = []
    size = 0
    for e in events:
        n = len(json.dumps(e, ensure_ascii=False).encode())
        if batch and (len(batch) == BATCH or size + n > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(e)
        size += n
    if batch:
        yield batch


async def _run_events(samples: list[Planted], home: Path, sink: CaptureSink, hay: Haystacks) -> int:
    seen: list[str] = []
    session, stderr = await _start(home, sink, seen)
    events = [e for s in samples for e in placements(s)]
    for batch in batches(events):
        session.track_batch(batch)
        await session.status()  # a bound on how far the client runs ahead
    await session.flush()
    await _stop(session)
    if stderr.task is not None:
        await asyncio.wait_for(stderr.task, 10)
    if "Skipped a message" in stderr.text:
        raise RuntimeError("the server skipped a message: samples were not tried")
    hay.add("stderr", stderr.text)
    hay.add("editor", "\n".join(seen))
    hay.add("editor", "\n".join(m.message for m in session.client.log_messages))
    for where, text in _home_text(home):
        hay.add(where, text)
    return len(events)


async def _run_initialize(
    samples: list[Planted], home: Path, sink: CaptureSink, hay: Haystacks
) -> int:
    sent = 0
    runs: list[tuple[int, str | None]] = [(n, None) for n in range(0, len(samples), INIT_SLOTS)]
    # A profile the server cannot read is named in its warnings: one server per sample
    # of the first few takes that sample as its profile path.
    runs += [(n, samples[n].text) for n in range(min(PROFILE_RUNS, len(samples)))]
    for n, profile in runs:
        group = tuple(s.text for s in samples[n : n + INIT_SLOTS]) if profile is None else ()
        seen: list[str] = []
        where = home / (f"init{n}" if profile is None else f"profile{n}")
        session, stderr = await _start(where, sink, seen, group, profile)
        session.track(
            {
                "event": "error",
                "properties": {"errorType": "TypeError", "message": "boom"},
                "timestamp": datetime.now(UTC).isoformat(),
                "id": str(uuid.uuid4()),
            }
        )
        sent += 1
        await session.flush()
        await _stop(session)
        if stderr.task is not None:
            await asyncio.wait_for(stderr.task, 10)
        hay.add("stderr", stderr.text)
        hay.add("editor", "\n".join(seen))
        for place, text in _home_text(where):
            hay.add(place, text)
    return sent


def find(samples: list[Planted], places: dict[str, tuple[str, str]]) -> dict[int, tuple[str, ...]]:
    """Sample index -> the places where one of its secrets appears."""
    found: dict[int, tuple[str, ...]] = {}
    for i, sample in enumerate(samples):
        where = set()
        for secret in sample.secrets:
            forms = {secret.lower(), normalise(secret), json.dumps(secret)[1:-1].lower()}
            for place, (raw, norm) in places.items():
                if any(f in raw or f in norm for f in forms):
                    where.add(place)
        if where:
            found[i] = tuple(sorted(where))
    return found


async def run(samples: list[Planted], workdir: Path) -> Outcome:
    """Send every sample through real servers; which surfaced where."""
    hay = Haystacks()
    with CaptureSink() as sink:
        init = [s for s in samples if s.category == "initialize-params"]
        rest = [s for s in samples if s.category != "initialize-params"]
        sent = await _run_events(rest, workdir / "home", sink, hay)
        sent += await _run_initialize(init, workdir / "init", sink, hay)
        hay.add("endpoint", json.dumps([r.body for r in sink.requests], ensure_ascii=False))
        arrived = len(sink.events)
    return Outcome(tuple(samples), find(samples, hay.finish()), sent, arrived)
