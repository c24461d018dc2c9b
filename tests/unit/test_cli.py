"""The command line, run as a person would (a subprocess with CONSENTRY_HOME set)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from consentry.anonymize.catalog_doc import catalog_markdown
from consentry.delivery.outbox import Outbox, Row
from tests.conftest import clean_env

ROOT = Path(__file__).resolve().parents[2]


def consentry(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consentry", *args],
        env=clean_env(home, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_committed_telemetry_page_is_generated_from_the_catalog() -> None:
    committed = (ROOT / "docs" / "telemetry.md").read_text(encoding="utf-8")
    assert committed == catalog_markdown(), "run: consentry events --markdown > docs/telemetry.md"


def test_status_enable_disable_permanent(tmp_path: Path) -> None:
    home = tmp_path / "h"
    out = json.loads(consentry(home, "status", "--json").stdout)
    assert (out["state"], out["decidedBy"], out["destination"]) == (
        "undecided",
        "profile",
        "log-only",
    )
    assert "allowed" in consentry(home, "enable").stdout
    out = json.loads(consentry(home, "status", "--json").stdout)
    assert (out["state"], out["decidedBy"]) == ("on", "config")
    consentry(home, "disable", "--permanent")
    again = consentry(home, "enable").stdout
    assert "stays off" in again
    out = json.loads(consentry(home, "status", "--json").stdout)
    assert (out["state"], out["decidedBy"]) == ("off", "permanent")
    record = json.loads((home / "config.json").read_text())["consentRecord"]
    assert record["via"] == "command line" and record["catalogVersion"] == 1
    assert (record["state"], record["decidedBy"]) == ("off", "permanent")


def test_status_reports_do_not_track(tmp_path: Path) -> None:
    result = consentry(tmp_path / "h", "status", DO_NOT_TRACK="1")
    assert "DO_NOT_TRACK" in result.stdout and "off" in result.stdout


def test_disable_deletes_queued_events_and_purge_deletes_everything(tmp_path: Path) -> None:
    home = tmp_path / "h"
    consentry(home, "enable")
    box = Outbox(home / "outbox.sqlite3")
    box.put([Row("a", "usage", "{}")])
    box.close()
    (home / "anonymous_id").write_text("12345678-1234-5678-1234-567812345678\n")
    (home / "analytics.jsonl").write_text("{}\n")
    assert json.loads(consentry(home, "status", "--json").stdout)["queued"] == 1
    consentry(home, "disable")
    assert json.loads(consentry(home, "status", "--json").stdout)["queued"] == 0
    printed = consentry(home, "purge").stdout
    assert "anonymous_id" in printed and "analytics.jsonl" in printed
    assert not (home / "anonymous_id").exists() and not (home / "outbox.sqlite3").exists()


def test_events_lists_what_is_never_collected(tmp_path: Path) -> None:
    printed = consentry(tmp_path, "events").stdout
    assert "suggestion_outcome" in printed and "Never collected" in printed


def test_log_prints_the_audit_log(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir()
    entry = {
        "destination": "posthog",
        "event": {"event": "pageview", "properties": {"page": "chat"}},
    }
    (home / "analytics.jsonl").write_text(json.dumps(entry) + "\n")
    printed = consentry(home, "log").stdout
    assert "pageview" in printed and "chat" in printed


def test_product_commands_act_on_that_product_alone(tmp_path: Path) -> None:
    home = tmp_path / "h"
    profile = tmp_path / "acme.toml"
    profile.write_text('id = "acme.assistant"\nsetting = "acme.telemetry.enabled"\n')
    acme = home / "products" / "acme.assistant"
    acme.mkdir(parents=True)
    (acme / "config.json").write_text(json.dumps({"profile": str(profile)}))
    consentry(home, "enable")
    assert "acme.assistant" in consentry(home, "enable", "--product", "acme.assistant").stdout
    box = Outbox(home / "outbox.sqlite3")
    box.put([Row("d", "usage", "{}"), Row("a", "usage", "{}", "acme.assistant")])
    box.close()
    for product in ("default", "acme.assistant"):
        line = json.dumps({"destination": "log-only", "product": product, "event": {}})
        with (home / "analytics.jsonl").open("a") as log:
            log.write(line + "\n")
    (acme / "anonymous_id").write_text("12345678-1234-4678-9234-567812345678\n")
    (home / "anonymous_id").write_text("87654321-1234-4678-9234-567812345678\n")

    consentry(home, "disable", "--product", "acme.assistant")
    listed = json.loads(consentry(home, "status", "--json").stdout)
    states = {p["product"]: (p["state"], p["queued"]) for p in listed["products"]}
    assert states == {"default": ("on", 1), "acme.assistant": ("off", 0)}
    assert "Telemetry Enabled" in listed["notVisible"]
    logged = consentry(home, "log", "--json", "--product", "acme.assistant").stdout
    assert [json.loads(x)["product"] for x in logged.splitlines()] == ["acme.assistant"]
    printed = consentry(home, "purge", "--product", "acme.assistant").stdout
    assert "acme.assistant" in printed
    assert not (acme / "anonymous_id").exists() and (home / "anonymous_id").exists()
    kept = [json.loads(x)["product"] for x in (home / "analytics.jsonl").read_text().splitlines()]
    assert kept == ["default"]
    unknown = consentry(home, "status", "--product", "nobody.here")
    assert unknown.returncode != 0 and "nobody.here" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_disable_without_a_product_is_the_global_switch(tmp_path: Path) -> None:
    home = tmp_path / "h"
    consentry(home, "enable")
    assert "every product" in consentry(home, "disable").stdout
    config = json.loads((home / "config.json").read_text())
    assert config["disableAllProducts"] is True
    out = json.loads(consentry(home, "status", "--json").stdout)
    assert (out["state"], out["decidedBy"]) == ("off", "config")
    consentry(home, "enable")
    assert "disableAllProducts" not in json.loads((home / "config.json").read_text())
    assert json.loads(consentry(home, "status", "--json").stdout)["state"] == "on"
