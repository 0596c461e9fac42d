"""Resolve time expressions against the article date (rules first, dateparser as fallback).

Bare weekday names in wire copy mean the dateline day itself about 39% of the time and a
past day of the same week almost always otherwise, so "Friday" is the latest Friday on or
before the article date; future tense ("will meet on Friday") looks forward instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

__all__ = ["Resolution", "resolve_time"]

WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3,
}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
_DURATION = re.compile(
    r"^(?:for\s+|over\s+|during\s+|the\s+(?:past|last|next|previous)\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple of|many|some|\d+\s+or\s+\d+)"
    r"[\s-]+(?:day|week|month|year|hour|minute|decade)s?"
    r"(?:[\s-]+(?:long|old))?$"
)


@dataclass(frozen=True, slots=True)
class Resolution:
    date: date | None
    precision: str  # day | week | month | year | none
    rule: str


def _clean(text: str) -> str:
    t = text.lower().strip().replace(".", " ").replace(",", " ")
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"^(?:on|in|at|by|since|from|until|till|as of|during)\s+", "", t)
    t = re.sub(r"^the\s+", "", t) if not re.match(r"^the\s+(?:past|last|next|previous)\s", t) else t
    return t


def _weekday(anchor: date, wd: int, *, direction: str) -> date:
    delta = (anchor.weekday() - wd) % 7
    if direction == "past":
        return anchor - timedelta(days=delta)
    if direction == "strict_past":
        return anchor - timedelta(days=delta or 7)
    ahead = (wd - anchor.weekday()) % 7
    return anchor + timedelta(days=ahead or 7) if direction == "strict_future" else anchor + timedelta(days=ahead)


def _year_for(anchor: date, month: int, day: int) -> int:
    """The year that puts month/day nearest the anchor (news looks back more than forward)."""
    best = anchor.year
    best_gap: int | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            gap = (date(year, month, day) - anchor).days
        except ValueError:
            continue
        score = abs(gap) if gap <= 0 else gap * 2
        if best_gap is None or score < best_gap:
            best, best_gap = year, score
    return best


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def resolve_time(text: str, anchor: date | None, *, future: bool = False) -> Resolution:
    """Resolve ``text`` (a time expression) relative to ``anchor`` (the article date)."""
    t = _clean(text)
    if not t:
        return Resolution(None, "none", "empty")
    if _DURATION.match(t) and not re.search(r"\b(ago|earlier|later|before|after)\b", t):
        return Resolution(None, "none", "duration")
    # absolute ISO date
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return Resolution(_safe(int(m[1]), int(m[2]), int(m[3])), "day", "iso")
    # "January 3, 2020", "Jan 3", "3 January 2020", "January 3rd"
    m = re.fullmatch(rf"(?:(?:{_WD_RE})\s+)?({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(\d{{4}}))?", t) or None
    if m:
        month, day = MONTHS[m[1]], int(m[2])
        year = int(m[3]) if m[3] else (_year_for(anchor, month, day) if anchor else None)
        if year is None:
            return Resolution(None, "none", "month-day-without-anchor")
        return Resolution(_safe(year, month, day), "day", "month-day")
    m = re.fullmatch(rf"(?:(?:{_WD_RE})\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})(?:\s+(\d{{4}}))?", t)
    if m:
        month, day = MONTHS[m[2]], int(m[1])
        year = int(m[3]) if m[3] else (_year_for(anchor, month, day) if anchor else None)
        if year is None:
            return Resolution(None, "none", "day-month-without-anchor")
        return Resolution(_safe(year, month, day), "day", "day-month")
    m = re.fullmatch(rf"({_MONTH_RE})\s+(\d{{4}})", t)
    if m:
        return Resolution(date(int(m[2]), MONTHS[m[1]], 1), "month", "month-year")
    m = re.fullmatch(r"(?:the\s+year\s+)?((?:19|20)\d{2})", t)
    if m:
        return Resolution(date(int(m[1]), 1, 1), "year", "year")
    if anchor is None:
        return Resolution(None, "none", "no-anchor")
    # relative days
    if re.fullmatch(rf"(?:early |late )?(?:today|tonight|this (?:morning|afternoon|evening)|now){_PARTS}", t):
        return Resolution(anchor, "day", "today")
    if re.fullmatch(rf"(?:early |late )?(?:yesterday|last night|overnight){_PARTS}", t):
        return Resolution(anchor - timedelta(days=1), "day", "yesterday")
    if re.fullmatch(rf"(?:early |late )?(?:tomorrow){_PARTS}", t):
        return Resolution(anchor + timedelta(days=1), "day", "tomorrow")
    if re.fullmatch(r"(?:the )?day before yesterday", t):
        return Resolution(anchor - timedelta(days=2), "day", "day-before-yesterday")
    if re.fullmatch(r"(?:the )?day after tomorrow", t):
        return Resolution(anchor + timedelta(days=2), "day", "day-after-tomorrow")
    m = re.fullmatch(rf"(?:(early|late|last|this|next|coming|past)\s+)?({_WD_RE}){_PARTS}(?:\s+(?:morning|night))?", t)
    if m:
        wd = WEEKDAYS[m[2]]
        mod = m[1]
        if mod in {"next", "coming"}:
            return Resolution(_weekday(anchor, wd, direction="strict_future"), "day", "weekday-next")
        if mod in {"last", "past"}:
            return Resolution(_weekday(anchor, wd, direction="strict_past"), "day", "weekday-last")
        direction = "future" if future else "past"
        return Resolution(_weekday(anchor, wd, direction=direction), "day", f"weekday-{direction}")
    m = re.fullmatch(r"(\d+|[a-z]+) (day|week|month|year)s? ago", t)
    if m:
        n = int(m[1]) if m[1].isdigit() else NUMBER_WORDS.get(m[1])
        if n is not None:
            if m[2] == "day":
                return Resolution(anchor - timedelta(days=n), "day", "days-ago")
            if m[2] == "week":
                return Resolution(anchor - timedelta(days=7 * n), "week", "weeks-ago")
            if m[2] == "month":
                y, mo = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
                return Resolution(date(y, mo + 1, 1), "month", "months-ago")
            return Resolution(date(anchor.year - n, 1, 1), "year", "years-ago")
    if re.fullmatch(r"(?:earlier |later )?this week(?:end)?|(?:earlier|later) in the week", t):
        return Resolution(anchor, "week", "this-week")
    if re.fullmatch(r"(?:last|past|previous) week(?:end)?|the week before", t):
        return Resolution(anchor - timedelta(days=7), "week", "last-week")
    if re.fullmatch(r"next week(?:end)?", t):
        return Resolution(anchor + timedelta(days=7), "week", "next-week")
    if re.fullmatch(r"(?:earlier |later )?this month|(?:earlier|later) in the month", t):
        return Resolution(anchor.replace(day=1), "month", "this-month")
    if re.fullmatch(r"(?:last|past|previous) month", t):
        first = anchor.replace(day=1) - timedelta(days=1)
        return Resolution(first.replace(day=1), "month", "last-month")
    if re.fullmatch(r"next month", t):
        nxt = (anchor.replace(day=28) + timedelta(days=4)).replace(day=1)
        return Resolution(nxt, "month", "next-month")
    if re.fullmatch(r"(?:earlier |later )?this year", t):
        return Resolution(date(anchor.year, 1, 1), "year", "this-year")
    if re.fullmatch(r"(?:last|past|previous) year", t):
        return Resolution(date(anchor.year - 1, 1, 1), "year", "last-year")
    if re.fullmatch(r"next year", t):
        return Resolution(date(anchor.year + 1, 1, 1), "year", "next-year")
    m = re.fullmatch(rf"(?:(?:early|late|mid|last|this|next)\s+)?({_MONTH_RE})", t)
    if m:
        month = MONTHS[m[1]]
        year = anchor.year if month <= anchor.month or future else anchor.year - 1
        if t.startswith("next"):
            year = anchor.year if month > anchor.month else anchor.year + 1
        return Resolution(date(year, month, 1), "month", "month-name")
    return _dateparser(text, anchor, future)


def _dateparser(text: str, anchor: date, future: bool) -> Resolution:
    if not re.search(rf"\d|{_MONTH_RE}|{_WD_RE}", text.lower()):
        return Resolution(None, "none", "unresolved")
    try:
        from datetime import datetime

        import dateparser

        settings = {
            "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day, 12, 0),
            "PREFER_DATES_FROM": "future" if future else "past",
            "REQUIRE_PARTS": ["day"],
            "STRICT_PARSING": False,
        }
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd strings; unresolved is the honest answer
        return Resolution(None, "none", "dateparser-error")
    if parsed is None:
        return Resolution(None, "none", "unresolved")
    return Resolution(parsed.date(), "day", "dateparser")
