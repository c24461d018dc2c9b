"""The anonymity corpora in every check: figures computed, no category below its floor.

The goals of issue 12 are printed by `python -m tests.corpus.report`; this test asserts
only what holds: each figure is computed from a corpus of the promised size, and no
category does worse than the floor recorded from the code when the floors were last
written (`tests/corpus/floors.json`, `python -m tests.corpus.report --record-floors`).
A peer suite that cannot be had on this machine is skipped with its reason, and named
in a warning so the check's log says which and why.
"""

from __future__ import annotations

import asyncio
import subprocess
import warnings
from pathlib import Path
from typing import Any, Final

import pytest

from tests.corpus import adversarial, benign, reviews
from tests.corpus.adversarial import HALVES
from tests.corpus.measure import benign_changed, score
from tests.corpus.peers import half_of, load
from tests.corpus.peers.__main__ import ALL_SUITES, WHY_NOT_REGISTRY, registry_suites
from tests.corpus.report import FLOORS
from tests.corpus.through_server import run

# Floating-point slack for rates read back from JSON.
EPSILON: Final = 1e-9


def _floors() -> dict[str, Any]:
    import json

    return dict(json.loads(FLOORS.read_text()))


@pytest.mark.timeout(180)
async def test_adversarial_halves_through_the_real_server(tmp_path: Path) -> None:
    floors = _floors()["adversarial"]
    halves = {half: adversarial.samples(half) for half in HALVES}
    for samples in halves.values():
        assert len(samples) >= 300
        assert len({s.category for s in samples}) >= 14
    # The halves run side by side: each is its own set of server processes.
    outcomes = await asyncio.gather(*(run(halves[h], tmp_path / h) for h in HALVES))
    for half, outcome in zip(HALVES, outcomes, strict=True):
        # Not vacuous: most events did arrive at the endpoint.
        assert outcome.events_arrived > outcome.events_sent // 2
        worse = {
            c: (hits, floors[half].get(c, 0))
            for c, (hits, _total) in outcome.by_category().items()
            if hits > floors[half].get(c, 0)
        }
        assert worse == {}, f"{half}: categories surfacing more than their floor: {worse}"


def test_benign_halves_stay_unchanged_at_least_as_often_as_recorded() -> None:
    floors = _floors()["benign"]
    for half, strings in (("tune", benign.benign_tune()), ("holdout", benign.benign_holdout())):
        assert len(strings) >= 200
        tally, changed = benign_changed(strings)
        assert tally.ok >= floors[half], f"{half}: newly changed: {changed[:10]}"


@pytest.mark.parametrize("review", list(reviews.REVIEWS))
def test_review_halves_leak_no_more_than_recorded(review: str) -> None:
    ceilings = _floors()["reviews"][review]
    for half in reviews.REVIEWS[review]:
        samples = reviews.samples(review, half)
        assert len(samples) >= 100
        for sample in samples:
            assert all(value in sample.text for value in sample.private), sample.text
        figures = reviews.measure(review, half)
        # Most messages hold something private.
        assert figures.leaked.total >= 0.7 * len(samples)
        assert figures.leaked.ok <= ceilings[half], f"{half}: {figures.by_kind}"


@pytest.mark.timeout(170)
@pytest.mark.parametrize("suite", ALL_SUITES)
def test_peer_suite_recall_holds_its_floor(suite: str) -> None:
    if suite == "sentry-python":
        try:
            samples = registry_suites()[suite]
        except (subprocess.SubprocessError, OSError, StopIteration) as exc:
            reason = f"peer suite {suite} skipped: its PyPI download failed ({exc!r:.200})"
            warnings.warn(reason, stacklevel=1)
            pytest.skip(reason)
    else:
        cached = load(suite)
        if cached is None:
            reason = f"peer suite {suite} skipped: {WHY_NOT_REGISTRY[suite]}"
            warnings.warn(reason, stacklevel=1)
            pytest.skip(reason)
        samples = cached
    floors = _floors()["peers"].get(suite)
    assert floors is not None, f"no floors recorded for {suite}"
    assert any(s.positive for s in samples)
    for half in HALVES:
        figures = score(s for s in samples if half_of(s.suite, s.test) == half)
        expected = floors[half]
        for kind, floor in expected["recall"].items():
            rate = figures.recall[kind].rate
            assert rate is not None and rate + EPSILON >= floor, (half, kind, rate, floor)
        for name in ("unchanged", "kept"):
            floor = expected[name]
            rate = getattr(figures, name).rate
            if floor is not None:
                assert rate is not None and rate + EPSILON >= floor, (half, name, rate, floor)
