"""Products in one pipeline: each its own consent state, files and share of the outbox;
worker threads hand their reports back; a purge never waits for the writer."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from consentry.consent.home import Home
from consentry.consent.profile import Profile
from consentry.consent.rule import Decision
from consentry.consent.state import ConsentState, known_products, product_files
from consentry.delivery.outbox import Limits, Outbox, Row
from consentry.pipeline import Pipeline

ACME = "acme.assistant"


def _environ(tmp_path: Path, **extra: str) -> dict[str, str]:
    # No policy file from the machine running the tests.
    return {"CONSENTRY_POLICY_FILE": str(tmp_path / "no-policy.json"), **extra}


def _state(tmp_path: Path, product: str, **extra: str) -> ConsentState:
    return ConsentState(
        home=Home(tmp_path / "home"),
        profile=Profile(id=product, posthog_api_key="k", posthog_host="https://ph.example"),
        profile_error=None,
        environ=_environ(tmp_path, **extra),
        policy=_policy(tmp_path, **extra),
    )


def _policy(tmp_path: Path, **extra: str) -> Any:
    from consentry.consent.policy import PolicyReader

    return PolicyReader(_environ(tmp_path, **extra))


def test_each_product_reads_its_own_record_and_the_global_switch_denies_all(
    tmp_path: Path,
) -> None:
    home = Home(tmp_path / "home")
    home.update_config({"allowAnonymousTelemetry": True})
    product_files(home, ACME).update_config({"allowAnonymousTelemetry": False})
    default, acme = _state(tmp_path, "default"), _state(tmp_path, ACME)
    assert (default.decide().state, acme.decide().state) == ("on", "off")
    assert acme.files.config_path == home.root / "products" / ACME / "config.json"
    home.update_config({"disableAllProducts": True})
    for state in (default, acme):
        decision = state.update()
        assert (decision.state, decision.decided_by) == ("off", "config")
        assert "every product" in decision.reason
    assert known_products(home) == ["default", ACME]


def test_an_unreadable_home_config_is_a_no_for_every_product(tmp_path: Path) -> None:
    home = Home(tmp_path / "home")
    product_files(home, ACME).update_config({"allowAnonymousTelemetry": True})
    home.config_path.write_text("{broken")
    decision = _state(tmp_path, ACME).decide()
    assert (decision.state, decision.decided_by) == ("off", "config")


def test_the_policy_limits_the_product_it_names(tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"products": {ACME: "errors-only"}, "by": "Example IT"}))
    home = Home(tmp_path / "home")
    home.update_config({"allowAnonymousTelemetry": True})
    product_files(home, ACME).update_config({"allowAnonymousTelemetry": True})
    acme = _state(tmp_path, ACME, CONSENTRY_POLICY_FILE=str(policy)).decide()
    default = _state(tmp_path, "default", CONSENTRY_POLICY_FILE=str(policy)).decide()
    assert (acme.state, acme.decided_by) == ("errors-only", "policy")
    assert "Example IT" in acme.reason
    assert (default.state, default.decided_by) == ("on", "config")
    policy.write_text(json.dumps({"telemetry": "off"}))
    assert _state(tmp_path, "default", CONSENTRY_POLICY_FILE=str(policy)).decide().state == "off"


def test_one_products_flood_evicts_only_its_own_events(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db")
    box.product_limits[ACME] = Limits(max_events=5)
    box.put([Row(f"d{i}", "usage", "{}") for i in range(3)])
    result = box.put([Row(f"a{i}", "usage", "{}", ACME) for i in range(8)])
    assert result.evicted_by_product == ((ACME, 3),)
    assert (box.count("default"), box.count(ACME), box.count()) == (3, 5, 8)
    assert box.counts() == {"default": 3, ACME: 5}
    leased = box.lease(100, product=ACME)
    assert {i for i, _ in leased} == {f"a{i}" for i in range(3, 8)}
    assert box.purge(product=ACME) == 5 and box.counts() == {"default": 3}
    box.close()


class _Loop:
    """Stands for the event loop: work handed back waits here until `run`."""

    def __init__(self) -> None:
        self.work: list[Callable[[], None]] = []
        self.threads: set[str] = set()

    def hand_back(self, work: Callable[[], None]) -> None:
        self.threads.add(threading.current_thread().name)
        self.work.append(work)

    def run(self) -> None:
        work, self.work = self.work, []
        for item in work:
            item()


def _pipeline(tmp_path: Path, loop: _Loop, changes: list[tuple[str, Decision]]) -> Pipeline:
    pipeline = Pipeline(
        home=Home(tmp_path / "home"),
        profile=Profile(),
        profile_error=None,
        environ=_environ(tmp_path),
        audit_path=None,
        on_state_changed=lambda product, decision: changes.append((product, decision)),
        warn=lambda _message: None,
        hand_back=loop.hand_back,
    )
    pipeline.mark_ready()
    return pipeline


def _event() -> dict[str, Any]:
    return {"event": "feature_used", "properties": {"feature": "chat"}}


def test_storage_reports_come_back_through_the_loop(tmp_path: Path) -> None:
    loop = _Loop()
    pipeline = _pipeline(tmp_path, loop, [])
    try:
        pipeline.registry.update({"consentry.telemetry.enabled": True})
        default = pipeline.registry.default
        assert default.decision.state == "on"
        # The writer cannot store: its failure is counted only once the loop runs it.
        assert pipeline.storage._writer_outbox is not None
        pipeline.storage._writer_outbox._db.execute("DROP TABLE events")
        pipeline.intake.track(_event())
        pipeline.barrier()
        assert "disk-error" not in default.ledger.dropped
        assert loop.threads == {"consentry-outbox"}
        loop.run()
        assert default.ledger.dropped["disk-error"] == 1
    finally:
        pipeline.close()


def test_revoking_consent_does_not_wait_for_the_writer(tmp_path: Path) -> None:
    loop = _Loop()
    changes: list[tuple[str, Decision]] = []
    pipeline = _pipeline(tmp_path, loop, changes)
    try:
        pipeline.registry.update({"consentry.telemetry.enabled": True})
        box = pipeline.storage._writer_outbox
        assert box is not None
        release = threading.Event()
        original = box.put

        def slow_put(rows: Any) -> Any:
            release.wait(10)
            return original(rows)

        box.put = slow_put  # type: ignore[method-assign]
        pipeline.intake.track(_event())
        time.sleep(0.05)  # the writer is now stuck in its commit
        began = time.monotonic()
        pipeline.registry.update(vscode_enabled=False)
        assert time.monotonic() - began < 0.5
        assert changes[-1][1].state == "off"
        release.set()
        pipeline.barrier()
        assert pipeline.storage.queued() == 0
    finally:
        release.set()
        pipeline.close()


@pytest.mark.parametrize("named", ["never.registered", 42])
def test_an_event_for_an_unknown_product_is_counted_by_the_default(
    tmp_path: Path, named: object
) -> None:
    pipeline = _pipeline(tmp_path, _Loop(), [])
    try:
        pipeline.intake.track({**_event(), "product": named})
        assert dict(pipeline.registry.default.ledger.dropped) == {"unknown-product": 1}
    finally:
        pipeline.close()
