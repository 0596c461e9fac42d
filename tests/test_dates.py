"""Date resolution against the article date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.resolve.dates import resolve_time

ANCHOR = date(2020, 1, 4)  # a Saturday


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("yesterday", date(2020, 1, 3), "day"),
        ("early yesterday", date(2020, 1, 3), "day"),
        ("today", ANCHOR, "day"),
        ("tomorrow", date(2020, 1, 5), "day"),
        ("last night", date(2020, 1, 3), "day"),
        ("Friday", date(2020, 1, 3), "day"),
        ("on Saturday", ANCHOR, "day"),  # the dateline day itself
        ("Sunday", date(2019, 12, 29), "day"),
        ("last Saturday", date(2019, 12, 28), "day"),
        ("next Monday", date(2020, 1, 6), "day"),
        ("January 3", date(2020, 1, 3), "day"),
        ("Dec. 31", date(2019, 12, 31), "day"),
        ("3 January 2020", date(2020, 1, 3), "day"),
        ("2019-12-29", date(2019, 12, 29), "day"),
        ("two days ago", date(2020, 1, 2), "day"),
        ("last week", date(2019, 12, 28), "week"),
        ("earlier this month", date(2020, 1, 1), "month"),
        ("last year", date(2019, 1, 1), "year"),
        ("March 2019", date(2019, 3, 1), "month"),
    ],
)
def test_resolves(text: str, expected: date, precision: str) -> None:
    r = resolve_time(text, ANCHOR)
    assert (r.date, r.precision) == (expected, precision)


@pytest.mark.parametrize("text", ["three-month", "three days", "two weeks", "a year", "10 hours"])
def test_durations_are_not_dates(text: str) -> None:
    assert resolve_time(text, ANCHOR).date is None


def test_future_weekday_looks_forward() -> None:
    assert resolve_time("Monday", ANCHOR, future=True).date == date(2020, 1, 6)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 1, 1)),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
def test_weekday_is_within_the_past_week(anchor: date, day: str) -> None:
    r = resolve_time(day, anchor)
    assert r.date is not None
    assert anchor - timedelta(days=6) <= r.date <= anchor
    assert r.date.strftime("%A") == day


@given(st.text(max_size=40), st.one_of(st.none(), st.dates()))
def test_never_raises(text: str, anchor: date | None) -> None:
    r = resolve_time(text, anchor)
    assert r.precision in {"day", "week", "month", "year", "none"}
