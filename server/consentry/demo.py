"""`consentry demo`: the whole system on one machine with nothing configured.

It starts a local PostHog-compatible capture endpoint, starts the real server over
stdio, replays a realistic editing session through the protocol while walking
consent from undecided → Allow → errors only → off, and prints what was received,
scrubbed, sent and dropped, with a sample of the JSON that left.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from consentry import __version__
from consentry.lsp import protocol
from consentry.lsp.server import plain_params_converter
from consentry.sink import CaptureSink

DEMO_KEY = "phc_local_demo_key"
_HOME = "/home/dana"  # a made-up user whose path and key the scrubber must remove
_EXT = f"{_HOME}/.vscode/extensions/acme.assistant-1.4.2"


def _event(name: str, **properties: Any) -> dict[str, Any]:
    return {
        "event": name,
        "properties": properties,
        "timestamp": datetime.now(UTC).isoformat(),
        "id": str(uuid.uuid4()),
    }


def editing_session() -> list[dict[str, Any]]:
    """A realistic burst of assistant activity, including things that must not leave."""
    fake_key = "sk-" + "proj-" + "Dm0FakeKey" * 4
    return [
        _event("pageview", page="chat"),
        _event(
            "suggestion_outcome",
            outcome="accepted",
            model="gpt-4o",
            provider="openai",
            languageId="typescript",
            surface="inline",
            latencyMs=212,
            linesSuggested=3,
        ),
        _event(
            "suggestion_outcome",
            outcome="rejected",
            model="claude-3-5-sonnet",
            provider="anthropic",
            languageId="python",
            surface="inline",
            latencyMs=340,
            linesSuggested=8,
        ),
        _event(
            "suggestion_outcome",
            outcome="accepted",
            model="ollama/llama3:8b",
            provider="ollama",
            languageId="rust",
            surface="edit",
            latencyMs=95,
            linesSuggested=1,
            prompt="fn main() { secret() }",
        ),
        _event(
            "model_command",
            model="gpt-4o",
            command="explain",
            tokensGenerated=412,
            promptTokens=1830,
            provider="openai",
            durationMs=2210,
        ),
        _event(
            "model_command",
            model="claude-3-5-sonnet",
            command="editor.action.inlineSuggest.commit",
            tokensGenerated=57,
            durationMs=640,
        ),
        _event("feature_used", feature="inline-chat"),
        _event("suggestion_outcome", outcome="accepted", model=f"{_HOME}/models/llama.gguf"),
        _event(
            "error",
            errorType="ProviderAuthError",
            component="chat",
            message=f"401 from provider for dana@example.com using key {fake_key}",
            stack=(
                "ProviderAuthError: 401 Unauthorized\n"
                f"    at callModel ({_EXT}/dist/extension.js:812:19)\n"
                f"    at async Chat.send ({_EXT}/dist/extension.js:1033:7)"
            ),
        ),
        _event("pageview", page="settings"),
        _event("telemetry_of_my_code", code="print('hello')"),
    ]


@dataclass
class _Client:
    """The editor's side: settings it answers with and notifications it saw."""

    settings: dict[str, Any] = field(
        default_factory=lambda: {
            "consentry": {"telemetry": {"enabled": None}},
            "telemetry": {"telemetryLevel": "all"},
        }
    )
    states: list[dict[str, Any]] = field(default_factory=list)


def _changed_fields(sent: dict[str, Any], received: dict[str, Any]) -> list[str]:
    before = sent.get("properties", {})
    after = received.get("properties", {})
    changed = [f"{sent['event']}.{k} (dropped)" for k in before if k not in after]
    changed += [f"{sent['event']}.{k}" for k in before if k in after and after[k] != before[k]]
    return changed


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} x {reason}" for reason, n in sorted(counts.items())) or "none"


def _describe_recent(entry: Any) -> str:
    """One entry of `consentry/recentEvents`: status, event name and, if dropped, why."""
    if not isinstance(entry, dict):
        return "malformed entry"
    name = entry.get("event", "?")
    reason = f" ({entry['reason']})" if entry.get("reason") else ""
    return f"{entry.get('status', '?'):8} {name}{reason}"


async def _run(report: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="consentry-demo-") as home, CaptureSink() as sink:
        env = {
            **os.environ,
            "CONSENTRY_HOME": home,
            "CONSENTRY_POSTHOG_HOST": sink.url,
            "CONSENTRY_POSTHOG_API_KEY": DEMO_KEY,
        }
        # The demo shows a person's editor sending to a local endpoint: switches from the
        # shell it runs in (opt-outs, a CI run that would keep events in the audit log, a
        # proxy that cannot reach 127.0.0.1) are not the walk-through's to inherit.
        for name in (
            "DO_NOT_TRACK",
            "CONSENTRY_TELEMETRY",
            "CI",
            "CONSENTRY_POLICY_FILE",
            "HTTPS_PROXY",
            "HTTP_PROXY",
            "https_proxy",
            "http_proxy",
        ):
            env.pop(name, None)
        editor = _Client()
        client = LanguageClient(
            "consentry-demo", __version__, converter_factory=plain_params_converter
        )

        @client.feature(types.WORKSPACE_CONFIGURATION)  # type: ignore[untyped-decorator]
        def configuration(params: types.ConfigurationParams) -> list[Any]:
            return [editor.settings.get(item.section or "") for item in params.items]

        @client.feature(protocol.STATE_CHANGED)  # type: ignore[untyped-decorator]
        def state_changed(params: Any) -> None:
            editor.states.append(dict(params))

        @client.feature(types.WINDOW_LOG_MESSAGE)  # type: ignore[untyped-decorator]
        def log_message(params: types.LogMessageParams) -> None:
            pass

        await client.start_io(sys.executable, "-m", "consentry", "serve", env=env)
        await client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(
                    workspace=types.WorkspaceClientCapabilities(configuration=True)
                ),
                client_info=types.ClientInfo(name="Visual Studio Code", version="1.100.3"),
                initialization_options={
                    "extensionVersion": "1.4.2",
                    "vscodeTelemetry": {"isTelemetryEnabled": True, "level": "all"},
                },
            )
        )
        client.initialized(types.InitializedParams())

        async def request(method: str, params: Any = None) -> Any:
            return await client.protocol.send_request_async(method, params or {})

        totals = {"received": 0, "sent": 0, "dropped": 0, "sent_while_off": 0}

        async def phase(title: str, events: list[dict[str, Any]]) -> dict[str, Any]:
            before = len(sink.events)
            status_before = await request(protocol.STATUS)
            client.protocol.notify(protocol.TRACK_BATCH, {"events": events})
            await request(protocol.FLUSH)
            status = await request(protocol.STATUS)
            arrived = sink.events[before:]
            dropped = {
                k: v - status_before["dropped"].get(k, 0)
                for k, v in status["dropped"].items()
                if v - status_before["dropped"].get(k, 0)
            }
            by_id = {e["id"]: e for e in events}
            scrubbed = [
                f
                for e in arrived
                if e["uuid"] in by_id
                for f in _changed_fields(by_id[e["uuid"]], e)
            ]
            report.append(f"\n== {title}")
            decided = f"{status['state']} (decided by {status['decidedBy']})"
            report.append(f"   consent:   {decided}: {status['reason']}")
            report.append(f"   received:  {len(events)} events from the editor")
            report.append(f"   sent:      {len(arrived)} arrived at {sink.url}")
            report.append(
                f"   scrubbed:  {', '.join(scrubbed) if scrubbed else 'nothing needed scrubbing'}"
            )
            # Reasons starting with "field-" count fields taken out of events that were
            # kept; the others count whole events that were not kept.
            events_dropped = {r: n for r, n in dropped.items() if not r.startswith("field-")}
            fields_dropped = {r: n for r, n in dropped.items() if r.startswith("field-")}
            report.append(f"   events dropped: {_counts(events_dropped)}")
            report.append(
                f"   fields dropped or redacted: {_counts(fields_dropped)} (their events were kept)"
            )
            totals["received"] += len(events)
            totals["sent"] += len(arrived)
            totals["dropped"] += sum(events_dropped.values())
            if status["state"] in ("undecided", "off"):
                totals["sent_while_off"] += len(arrived)
            return {"arrived": arrived}

        await phase("1. Undecided: the person has not chosen yet", editing_session())

        editor.settings["consentry"]["telemetry"]["enabled"] = True
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
        allowed = await phase("2. Allow: the person clicked Allow", editing_session())

        editor.settings["telemetry"]["telemetryLevel"] = "error"
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
        await phase("3. Errors only: VS Code telemetry level set to 'error'", editing_session())

        client.protocol.notify(
            protocol.VSCODE_TELEMETRY, {"isTelemetryEnabled": False, "level": "off"}
        )
        await phase("4. Off: VS Code telemetry turned off", editing_session())

        recent = await request(protocol.RECENT_EVENTS, {"limit": 3})
        await client.shutdown_async(None)
        client.exit(None)
        await client.stop()  # type: ignore[no-untyped-call]

        sample = next((e for e in allowed["arrived"] if e["event"] == "error"), None)
        report.append("\n== State changes the status bar followed")
        report += [f"   {s['state']:12} by {s['decidedBy']}" for s in editor.states]
        total = f"{len(sink.requests)} request(s), {len(sink.events)} event(s)"
        report.append(f"\n== The endpoint received {total} in all")
        report.append("\n== Sample of the JSON that left (the error event, scrubbed):")
        report.append(json.dumps(sample, indent=2))
        report.append(
            "\n== The last events in consentry/recentEvents (what 'Show What Is Collected' shows):"
        )
        report += [f"   {_describe_recent(r)}" for r in recent]
        audit = Path(home) / "analytics.jsonl"
        lines = audit.read_text(encoding="utf-8").count("\n") if audit.exists() else 0
        report.append(
            f"== The audit log held {lines} line(s): exactly what was sent, before it was sent"
        )
        worked = (
            sample is not None
            and totals["sent_while_off"] == 0
            and totals["sent"] == len(sink.events)
            and lines == totals["sent"]
        )
        verdict = "OK" if worked else "FAILED"
        report.append(
            f"\n{verdict}: of {totals['received']} events from the editor, {totals['sent']} were "
            f"sent (each in the audit log) and {totals['dropped']} dropped; "
            f"{totals['sent_while_off']} left while consent was undecided or off."
        )
        return 0 if worked else 1


def run_demo() -> int:
    """Run the demo and print its report; exit status 0 when the flow worked."""
    report = [
        "Consentry demo: a local capture endpoint, the real server over stdio, nothing configured."
    ]
    code = asyncio.run(_run(report))
    print("\n".join(report))
    return code
