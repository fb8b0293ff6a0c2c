from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.core.linkedin import dates as dates_module
from app.core.linkedin.dates import DateReader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("04 Sep 2026", date(2026, 9, 4)),
        ("9-Sep-22", date(2022, 9, 9)),
        ("29-May-24", date(2024, 5, 29)),
        ("1/8/18, 6:14 PM", date(2018, 1, 8)),
        ("12/24/17, 9:05 AM", date(2017, 12, 24)),
        ("2022-09-09", date(2022, 9, 9)),
    ],
)
def test_connected_on_forms(text, expected):
    assert DateReader().day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/21/26, 10:15 AM", datetime(2026, 11, 21, 10, 15)),
        ("9/5/26, 8:52 PM", datetime(2026, 9, 5, 20, 52)),
        ("12/1/26, 12:05 AM", datetime(2026, 12, 1, 0, 5)),
        ("1/8/18, 12:00 PM", datetime(2018, 1, 8, 12, 0)),
        ("1/8/18, 12:00\u202fPM", datetime(2018, 1, 8, 12, 0)),
    ],
)
def test_sent_at_is_local_time_without_zone(text, expected):
    assert DateReader().local_time(text) == expected


def test_message_dates_are_utc():
    assert DateReader().utc_time("2026-11-21 10:15:00 UTC") == datetime(2026, 11, 21, 10, 15, tzinfo=UTC)


@pytest.mark.parametrize("text", ["", "Sep", "12", "Sep 2026", "yesterday", "31 Feb 2026", "13/40/26, 1:00 PM"])
def test_incomplete_or_impossible_dates_are_refused(text):
    with pytest.raises(ValueError):
        DateReader().day(text)


def test_each_distinct_string_is_parsed_once(monkeypatch):
    calls: list[str] = []
    real = dates_module.parse_day

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(dates_module, "parse_day", counting)
    reader = DateReader()
    for _ in range(1000):
        reader.day("04 Sep 2026")
        reader.day("05 Sep 2026")
    assert calls == ["04 Sep 2026", "05 Sep 2026"]
