"""Zero leaks end to end: every fake secret through every field of every event.

Each sample of the leak corpus (tests/corpus/leaks.py, generated at run time so no
real-looking secret is committed) is put into every property of every catalog event,
into unknown properties, and into the event name, through the real server with consent
on. Nothing of any secret may reach the capture endpoint or any file under
CONSENTRY_HOME (outbox, its WAL, audit log, config, id).
"""

from __future__ import annotations

import json
from typing import Any

from consentry.anonymize.catalog import CATALOG, Field
from consentry.sink import CaptureSink
from tests.conftest import Servers, event
from tests.corpus.leaks import LeakSample, leak_samples, leak_stacks

VALID: dict[str, Any] = {
    "enum": None,  # filled from the field's choices
    "identifier": "gpt-4o",
    "count": 1,
    "text": "ok",
    "stack": "at f (a.js:1:1)",
}


def _valid_properties(fields: tuple[Field, ...]) -> dict[str, Any]:
    return {
        f.name: (f.choices[0] if f.type == "enum" else VALID[f.type]) for f in fields if f.required
    }


def leaking_events(sample: LeakSample) -> list[dict[str, Any]]:
    """The sample in every field of every event, in an unknown property, and as a name."""
    events = []
    for definition in CATALOG.values():
        base = _valid_properties(definition.fields)
        for f in definition.fields:
            events.append(event(definition.name, **{**base, f.name: sample.text}))
        events.append(event(definition.name, **base, note=sample.text))
        events.append(event(definition.name, **{**base, sample.text[:60]: "x"}))
    events.append(event(sample.text, page="x"))
    return events


def _forms(secret: str) -> list[str]:
    """The secret as it could appear: raw, JSON-escaped, lower-cased."""
    escaped = json.dumps(secret)[1:-1]
    return sorted({secret, escaped, secret.lower()})


def _leaks(secret: str, haystack: str) -> bool:
    return any(form in haystack for form in _forms(secret))


async def test_no_secret_reaches_the_endpoint_or_the_disk(
    servers: Servers, sink: CaptureSink
) -> None:
    samples = leak_samples() + leak_stacks()
    assert len(samples) >= 50
    session = await servers.started(sink=sink, enabled=True)
    total = 0
    for sample in samples:
        events = leaking_events(sample)
        total += len(events)
        session.track_batch(events)
    await session.flush()
    status = await session.status()
    assert status["queued"] == 0
    await servers.stop(session)

    sent = json.dumps([r.body for r in sink.requests], ensure_ascii=False)
    files = {
        str(p): p.read_bytes().decode("utf-8", "replace")
        for p in session.home.rglob("*")
        if p.is_file()
    }
    assert any(name.endswith("analytics.jsonl") for name in files)
    leaked = [
        (s.category, where)
        for s in samples
        for where, text in [("endpoint", sent), *files.items()]
        if _leaks(s.secret, text)
    ]
    assert leaked == []
    # The events did arrive (what could be kept was kept): the check above is not vacuous.
    assert len(sink.events) > total // 2
