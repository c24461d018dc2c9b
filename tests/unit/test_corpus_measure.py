"""The measuring instruments of the corpora can see a leak when there is one."""

from __future__ import annotations

import json

import pytest

from tests.corpus import adversarial
from tests.corpus.adversarial import Planted
from tests.corpus.measure import benign_changed, survives, through_field, use_free_text
from tests.corpus.peers import half_of
from tests.corpus.through_server import BATCH, BATCH_BYTES, batches, find, normalise


def test_survives_sees_a_secret_and_ignores_placeholders() -> None:
    assert survives("Zq81kKx0", "token Zq81kKx0 rejected")
    assert survives("ＡＢＣＤＥ", "x ABCDE y")  # full-width folds to ASCII
    assert not survives("secret", "password=<secret>")
    assert not survives("Zq81kKx0", "token <secret> rejected")


def test_a_plain_message_passes_the_message_field_unchanged() -> None:
    assert through_field("message", "Request failed with status code 429") == (
        "Request failed with status code 429"
    )


def test_find_undoes_evasions_before_searching() -> None:
    secret = "ghp_" + "A1b2C3d4" * 4
    planted = [Planted("evasions", "x", (secret,)), Planted("emails", "y", ("nobodyhere",))]
    zero_width = "token " + secret[:10] + "\u200b" + secret[10:]
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in secret)
    percent = "state=" + "".join(f"%{ord(c):02X}" for c in secret)
    for haystack in (zero_width, full_width, percent, secret.lower().replace("_", "&#95;")):
        places = {"endpoint": (haystack.lower(), normalise(haystack))}
        assert find(planted, places) == {0: ("endpoint",)}, haystack


def test_halves_differ_in_seed_and_templates() -> None:
    tune, holdout = adversarial.samples("tune"), adversarial.samples("holdout")
    assert {s.text for s in tune}.isdisjoint({s.text for s in holdout})
    for tune_templates, holdout_templates in adversarial.CATEGORIES.values():
        assert set(tune_templates).isdisjoint(holdout_templates)


def test_peer_halves_split_by_test_roughly_in_two() -> None:
    halves = [half_of("gitleaks", f"rule-{i}") for i in range(400)]
    assert 150 < halves.count("tune") < 250
    assert half_of("s", "t") == half_of("s", "t")


def test_batches_stay_under_the_servers_message_limit() -> None:
    # A batch over the limit is skipped whole by the server: its samples would count as
    # caught without being tried.
    events = [{"event": "error", "properties": {"message": "x" * 20_000}}] * 100
    sizes = [len(json.dumps(b).encode()) for b in batches(events)]
    assert sum(len(b) for b in batches(events)) == 100
    assert max(sizes) <= BATCH_BYTES + 21_000
    assert all(len(b) <= BATCH for b in batches([{"event": "x"}] * 1000))


def test_figures_can_be_measured_with_another_free_text_mode() -> None:
    text = "Landlock was not able to fully enforce all sandbox rules"
    try:
        assert benign_changed([text])[0].ok == 0  # allow-list: "Landlock" is no known word
        use_free_text("scrubbed")
        assert benign_changed([text])[0].ok == 1  # detectors alone keep it
        use_free_text("none")
        assert benign_changed([text])[0].ok == 0  # no message at all
    finally:
        use_free_text("allow-list")
    assert benign_changed([text])[0].ok == 0


def test_frontier_settings_keep_what_the_allow_list_would_replace(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from consentry.anonymize import free_text
    from tests.corpus import frontier

    monkeypatch.setattr(free_text, "_verdict", free_text._verdict)
    free_text.judge_chunk.cache_clear()
    assert free_text.judge_chunk("iopub") == "<redacted>"
    frontier._keep(lower_case_only=True)
    free_text.judge_chunk.cache_clear()
    try:
        assert free_text.judge_chunk("iopub") == "iopub"
        assert free_text.judge_chunk("Meadowbrook") == "<redacted>"  # not lower case
        assert free_text.judge_chunk("x7Gq2bLp9") != "x7Gq2bLp9"
    finally:
        monkeypatch.undo()
        free_text.judge_chunk.cache_clear()
    assert free_text.judge_chunk("iopub") == "<redacted>"


def test_frontier_table_names_every_setting_and_both_halves() -> None:
    from tests.corpus import frontier

    half = {"benign": [9, 10], "recall": [1, 2], "leaked": [3, 40]}
    table = frontier.render({s: {"tune": half, "holdout": half} for s in frontier.SETTINGS})
    assert table.count("90.0 % (9/10)") == 2 * len(frontier.SETTINGS)
    assert all(f"| {s} |" in table for s in frontier.SETTINGS)
    assert "| 3/40 | 3/40 |" in table
