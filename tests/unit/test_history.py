"""Daily counts per product: added, kept across servers, filled, purged, bounded."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

import pytest

from consentry.delivery.history import KEEP_DAYS, DayCount, History, fill_days

TODAY = date(2026, 12, 1)


def test_fill_days_oldest_first_with_zeros() -> None:
    days = fill_days({"2026-11-30": (3, 1)}, TODAY, 3)
    assert days == [
        DayCount("2026-11-29", 0, 0),
        DayCount("2026-11-30", 3, 1),
        DayCount("2026-12-01", 0, 0),
    ]
    assert len(fill_days({}, TODAY, 10_000)) == 90
    assert len(fill_days({}, TODAY, 0)) == 1


def test_counts_add_up_across_two_servers_of_one_home(tmp_path: Path) -> None:
    first = History(tmp_path, today=lambda: TODAY)
    second = History(tmp_path, today=lambda: TODAY)
    first.add("default", sent=2)
    first.add("default", dropped=1)
    second.add("default", sent=5)
    second.add("acme.assistant", dropped=4)
    first.write()
    second.write()
    assert first.days("default", 1) == [DayCount("2026-12-01", 7, 1)]
    assert second.days("acme.assistant", 1) == [DayCount("2026-12-01", 0, 4)]


def test_reading_includes_what_is_still_in_memory(tmp_path: Path) -> None:
    history = History(tmp_path, today=lambda: TODAY)
    history.add("default", sent=1)
    assert history.days("default", 2)[-1] == DayCount("2026-12-01", 1, 0)


def test_old_days_are_forgotten(tmp_path: Path) -> None:
    day = [TODAY - timedelta(days=KEEP_DAYS + 5)]
    history = History(tmp_path, today=lambda: day[0])
    history.add("default", sent=1)
    history.write()
    day[0] = TODAY
    history.add("default", sent=1)
    history.write()
    assert sum(d.sent for d in history.days("default", 90)) == 1


def test_purge_one_product_or_all(tmp_path: Path) -> None:
    history = History(tmp_path, today=lambda: TODAY)
    history.add("a", sent=1)
    history.add("b", sent=2)
    history.write()
    history.add("a", sent=3)
    history.purge("a")
    assert history.days("a", 1)[0].sent == 0
    assert history.days("b", 1)[0].sent == 2
    history.purge()
    assert history.days("b", 1)[0].sent == 0


def test_an_unwritable_folder_is_one_warning_not_a_crash(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "history.sqlite3").mkdir()  # the file's place is taken
    history = History(tmp_path, today=lambda: TODAY)
    with caplog.at_level(logging.WARNING, logger="consentry.delivery.history"):
        for _ in range(3):
            history.add("default", sent=1)
            history.write()
    assert len(caplog.records) == 1
    assert history.days("default", 1) == [DayCount("2026-12-01", 0, 0)]


def test_counts_never_create_the_state_folder(tmp_path: Path) -> None:
    home = tmp_path / "not-yet"
    history = History(home, today=lambda: TODAY)
    history.add("default", dropped=3)
    history.write()
    assert not home.exists()
