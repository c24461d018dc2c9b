"""The intake's size limits: the JSON size estimate, the event cap and the held budget."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consentry.anonymize import catalog
from consentry.consent.home import Home
from consentry.consent.profile import Profile
from consentry.pipeline import HELD_CHARS_LIMIT, Pipeline

# Text whose compact JSON is exactly its length plus two quotes: no escapes, ASCII only.
_PLAIN = st.text(alphabet=string.ascii_letters + string.digits + " .:/-_@", max_size=40)
_EXACT = st.recursive(
    st.integers(min_value=0, max_value=10**12) | _PLAIN,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_PLAIN, inner, max_size=5),
    max_leaves=30,
)
_ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


def _compact(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False))


def _digits_over(value: Any) -> int:
    """How much the bit-length count of integers may exceed their decimal digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return max(0, abs(value).bit_length() // 3 + 1 - len(str(abs(value))))
    if isinstance(value, list):
        return sum(_digits_over(v) for v in value)
    if isinstance(value, dict):
        return sum(_digits_over(v) for v in value.values())
    return 0


@given(_EXACT)
def test_size_matches_compact_json_for_plain_values(value: Any) -> None:
    assert catalog.json_size(value, 10**9) == _compact(value) + _digits_over(value)


@given(_ANY_JSON, st.integers(min_value=0, max_value=400))
def test_stopping_early_only_ever_means_too_large(value: Any, limit: int) -> None:
    full = catalog.json_size(value, 10**9)
    early = catalog.json_size(value, limit)
    assert (early > limit) == (full > limit)
    if full <= limit:
        assert early == full


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(list(range(2_000_000)), id="long-list"),
        pytest.param({str(i): i for i in range(200_000)}, id="wide-object"),
        pytest.param("x" * 10_000_000, id="long-string"),
        pytest.param([[[[[]]]]] * 200_000, id="many-small-containers"),
    ],
)
def test_huge_values_are_too_large_without_walking_all_of_them(value: Any) -> None:
    assert catalog.json_size(value) > catalog.MAX_EVENT_JSON


def test_deep_nesting_needs_no_recursion() -> None:
    value: Any = "leaf"
    for _ in range(50_000):  # far beyond the interpreter's recursion limit
        value = [value]
    assert catalog.json_size(value, 10**9) == 50_000 * 2 + len('"leaf"')


def _pipeline(home: Path, warnings: list[str]) -> Pipeline:
    return Pipeline(
        home=Home(home),
        profile=Profile(),
        profile_error=None,
        environ={},
        audit_path=None,
        on_state_changed=lambda _product, _decision: None,
        warn=warnings.append,
    )


def test_events_held_before_the_configuration_are_bounded_in_size(tmp_path: Path) -> None:
    warnings: list[str] = []
    pipeline = _pipeline(tmp_path / "home", warnings)
    big = {"event": "error", "properties": {"errorType": "E", "message": "m" * 30_000}}
    fits = HELD_CHARS_LIMIT // catalog.json_size(big)
    for _ in range(fits + 5):
        pipeline.intake.track(big)
    try:
        assert dict(pipeline.registry.default.ledger.dropped) == {"held-overflow": 5}
    finally:
        pipeline.close()


def test_too_large_is_judged_before_holding(tmp_path: Path) -> None:
    warnings: list[str] = []
    pipeline = _pipeline(tmp_path / "home", warnings)
    pipeline.intake.track(
        {"event": "error", "properties": {"message": "m" * catalog.MAX_EVENT_JSON}}
    )
    pipeline.intake.track_batch([{"event": "pageview"}] * (catalog.MAX_BATCH_EVENTS + 1))
    try:
        dropped = dict(pipeline.registry.default.ledger.dropped)
        assert dropped == {"too-large": 1 + catalog.MAX_BATCH_EVENTS + 1}
        assert warnings[0].startswith("error: rejected, more than")
        assert warnings[1].startswith("consentry/trackBatch: rejected, 1001 events")
    finally:
        pipeline.close()
