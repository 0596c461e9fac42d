"""Date resolution against the article date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

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


# --- rules for news copy (anchor 2020-01-04, a Saturday) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "future", "expected", "precision"),
    [
        ("Friday's", False, date(2020, 1, 3), "day"),
        ("earlier Tuesday", False, date(2019, 12, 31), "day"),
        ("later today", False, ANCHOR, "day"),
        ("Monday night", False, date(2019, 12, 30), "day"),
        ("Thursday morning", True, date(2020, 1, 9), "day"),
        ("this morning", False, ANCHOR, "day"),
        ("last evening", False, date(2020, 1, 3), "day"),
        ("the day before", False, date(2020, 1, 3), "day"),
        ("the previous day", False, date(2020, 1, 3), "day"),
        ("the next day", False, date(2020, 1, 5), "day"),
        ("the previous Wednesday", False, date(2020, 1, 1), "day"),
        ("last Friday", False, date(2020, 1, 3), "day"),
        ("this coming Monday", False, date(2020, 1, 6), "day"),
        ("the day before last Sunday", False, date(2019, 12, 28), "day"),
        ("two days after Christmas", False, date(2019, 12, 27), "day"),
        ("the 5th", False, date(2020, 1, 5), "day"),
        ("the 28th", False, date(2019, 12, 28), "day"),
        ("Jan. 3", False, date(2020, 1, 3), "day"),
        ("around March 1", True, date(2020, 3, 1), "day"),
        ("Feb. 10", True, date(2020, 2, 10), "day"),
        ("Dec. 31", True, date(2020, 12, 31), "day"),
        ("last Dec. 28", False, date(2019, 12, 28), "day"),
        ("Jan. 3-5", False, date(2020, 1, 3), "day"),
        ("April ninth", True, date(2020, 4, 9), "day"),
        ("the fifth of March", False, date(2020, 3, 5), "day"),
        ("Monday at 3 p.m. EST", False, date(2019, 12, 30), "day"),
        ("Thursday, Jan. 2", False, date(2020, 1, 2), "day"),
        ("Thanksgiving Day", False, date(2019, 11, 28), "day"),
        ("last Thanksgiving", False, date(2019, 11, 28), "day"),
        ("Election Day", True, date(2020, 11, 3), "day"),
        ("New Year's Day", False, date(2020, 1, 1), "day"),
        ("ten days or so ago", False, date(2019, 12, 25), "day"),
        ("12 days ago", False, date(2019, 12, 23), "day"),
        ("in two days", False, date(2020, 1, 6), "day"),
        ("year-end", False, date(2019, 12, 31), "day"),
        ("year-end", True, date(2020, 12, 31), "day"),
        ("the weekend", False, ANCHOR, "week"),
        ("mid-January", False, date(2020, 1, 1), "month"),
    ],
)
def test_news_rules(text: str, future: bool, expected: date, precision: str) -> None:
    r = resolve_time(text, ANCHOR, future=future)
    assert (r.date, r.precision) == (expected, precision), r.rule


@pytest.mark.parametrize("text", ["the day", "then", "that day", "a year earlier", "within two days", "25", "the 1980s",
                                  "the last decade"])
def test_anaphoric_or_bare_expressions_stay_unresolved(text: str) -> None:
    assert resolve_time(text, ANCHOR).date is None


WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ANCHORS = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 1, 1))


@given(ANCHORS, st.sampled_from(WEEKDAY_NAMES))
def test_future_weekday_is_within_the_coming_week(anchor: date, day: str) -> None:
    r = resolve_time(day, anchor, future=True)
    assert r.date is not None and anchor <= r.date <= anchor + timedelta(days=6)
    assert r.date.strftime("%A") == day


@given(ANCHORS, st.sampled_from(WEEKDAY_NAMES), st.sampled_from(["last", "previous", "the previous"]))
def test_last_weekday_is_strictly_before(anchor: date, day: str, mod: str) -> None:
    r = resolve_time(f"{mod} {day}", anchor)
    assert r.date is not None and anchor - timedelta(days=7) <= r.date < anchor
    assert r.date.strftime("%A") == day


@given(ANCHORS, st.sampled_from(WEEKDAY_NAMES), st.sampled_from(["next", "this coming"]))
def test_next_weekday_is_strictly_after(anchor: date, day: str, mod: str) -> None:
    r = resolve_time(f"{mod} {day}", anchor)
    assert r.date is not None and anchor < r.date <= anchor + timedelta(days=7)


@given(ANCHORS, st.dates(min_value=date(2001, 1, 1), max_value=date(2001, 12, 31)), st.booleans())
def test_yearless_date_keeps_month_and_day_within_a_year(anchor: date, md: date, future: bool) -> None:
    r = resolve_time(md.strftime("%B %d").replace(" 0", " "), anchor, future=future)
    assert r.date is not None and (r.date.month, r.date.day) == (md.month, md.day)
    assert abs((r.date - anchor).days) <= 366
    if future:
        assert r.date >= anchor


@given(ANCHORS, st.integers(min_value=0, max_value=400))
def test_days_ago_and_day_before(anchor: date, n: int) -> None:
    assert resolve_time(f"{n} days ago", anchor).date == anchor - timedelta(days=n)
    base = resolve_time("yesterday", anchor).date
    assert base is not None
    assert resolve_time("the day before yesterday", anchor).date == base - timedelta(days=1)


@given(st.integers(min_value=1950, max_value=2090))
def test_holidays_fall_on_their_weekday(year: int) -> None:
    anchor = date(year, 12, 31)
    thanksgiving = resolve_time("Thanksgiving", anchor).date
    election = resolve_time("Election Day", anchor).date
    assert thanksgiving is not None and thanksgiving.weekday() == 3 and 22 <= thanksgiving.day <= 28
    assert election is not None and election.weekday() == 1 and 2 <= election.day <= 8


@pytest.mark.parametrize(("year", "easter"), [(1998, date(1998, 4, 12)), (2000, date(2000, 4, 23)),
                                              (2024, date(2024, 3, 31)), (2038, date(2038, 4, 25))])
def test_easter(year: int, easter: date) -> None:
    assert resolve_time("Easter", date(year, 6, 1)).date == easter
    assert resolve_time("Good Friday", date(year, 6, 1)).date == easter - timedelta(days=2)


# --- finding time expressions and their tense in parsed text ------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> Any:
    from newsevents.nlp import load_model

    return load_model()


def _times(nlp: Any, text: str) -> list[tuple[str, date | None]]:
    from newsevents.extract.times import extract_times

    return [(m.ref.text, m.ref.date) for m in extract_times(nlp(text), ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said Friday that talks had failed.", [("Friday", date(2020, 1, 3))]),
        ("The minister will meet his counterpart Friday.", [("Friday", date(2020, 1, 10))]),
        ("The delegation plans to fly home on Thursday.", [("Thursday", date(2020, 1, 9))]),
        ("The new bridge is scheduled to open Monday.", [("Monday", date(2020, 1, 6))]),
        ("The judge adjourned the trial until Tuesday morning.", [("Tuesday morning", date(2020, 1, 7))]),
        ("The envoys fly to Geneva Monday for a new round.", [("Monday", date(2020, 1, 6))]),
        ("Police clashed with protesters late Monday night in the capital.",
         [("late Monday night", date(2019, 12, 30))]),
        ("Profit fell 3% in the period ending June 30, the firm said.", [("June 30", date(2019, 6, 30))]),
        ("Rebels held the town between Dec. 2 and Friday.",
         [("Dec. 2", date(2019, 12, 2)), ("Friday", date(2020, 1, 3))]),
        ("The mayor could not be reached Wednesday for comment.", [("Wednesday", date(2020, 1, 1))]),
        ("A spokesman would not comment Friday on the report.", [("Friday", date(2020, 1, 3))]),
        ("He said he would travel to Paris on Monday.", [("Monday", date(2020, 1, 6))]),
        # a typeset apostrophe is the same auxiliary: "we’ll" and "he’d" look ahead as "we'll" and "he'd" do
        ("We’ll meet the envoys on Friday, the minister said.", [("Friday", date(2020, 1, 10))]),
        ("We'll meet the envoys on Friday, the minister said.", [("Friday", date(2020, 1, 10))]),
        ("He said he’d travel to Paris on Monday.", [("Monday", date(2020, 1, 6))]),
        ("The senator said the governor looks like he’ll be competitive in November.", [("November", date(2020, 11, 1))]),
    ],
)
def test_extract_times_dates_and_tense(nlp: Any, text: str, expected: list[tuple[str, date]]) -> None:
    assert _times(nlp, text) == expected


def test_names_are_not_dates(nlp: Any) -> None:
    assert _times(nlp, "The Sunday Times said the Good Friday Agreement was safe.") == []


# The windowed date-phrase scan must find exactly what a scan of the whole text finds.
_PIECES = st.sampled_from([
    "Monday", "Thurs.", "March", "Sept.", "May", "Mayor", "12th", "3", "of", "2020", ",", " ", "  ", "\n",
    "last", "this coming", "early", "Later", "yesterday", "Tonight", "night", "overnight", "morning",
    "Christmas Eve", "New Year's Day", "Fourth of July", "outlast", "the", "talks", "in", "on",
])


@given(st.lists(_PIECES, max_size=40).map(lambda parts: " ".join(parts)),
       st.lists(_PIECES, max_size=40).map("".join))
def test_windowed_date_phrases_match_the_full_scan(spaced: str, glued: str) -> None:
    from newsevents.extract.times import _DATELIKE, _datelike

    for text in (spaced, glued, spaced + glued):
        assert _datelike(text) == [m.span() for m in _DATELIKE.finditer(text)]
