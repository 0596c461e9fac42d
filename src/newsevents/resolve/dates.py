"""Resolve time expressions against the article date (rules first, dateparser as fallback).

Bare weekday names in wire copy mean the dateline day itself about 39% of the time and a
past day of the same week almost always otherwise, so "Friday" is the latest Friday on or
before the article date; future tense ("will meet on Friday") looks forward instead. Yearless
dates and holidays ("Jan. 3", "Thanksgiving") take the nearest occurrence, a past one counting
double the distance of a future one less, or the next occurrence when the clause is future.
Durations ("three-month", "two weeks") are not points in time and stay unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

__all__ = ["HOLIDAYS", "Resolution", "offset_from", "resolve_time"]

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
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "a few": 3,
    "a couple of": 2, "couple of": 2,
}
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORDINAL_WORDS = {
    **{w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                        "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"])},
    **{f"twenty-{w}": i + 21 for i, w in enumerate(_ORDINAL_UNITS)},
    "thirtieth": 30,
    "thirty-first": 31,
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of a month (``n = -1``: the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (date(year, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)


# Named days that news cites without a year; the year is chosen like a yearless date's.
HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new years day": lambda y: date(y, 1, 1),
    "new years eve": lambda y: date(y, 12, 31),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "valentines day": lambda y: date(y, 2, 14),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3),
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "easter": _easter,
    "easter sunday": _easter,
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "may day": lambda y: date(y, 5, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "independence day": lambda y: date(y, 7, 4),
    "fourth of july": lambda y: date(y, 7, 4),
    "bastille day": lambda y: date(y, 7, 14),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "labour day": lambda y: _nth_weekday(y, 9, 0, 1),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "halloween": lambda y: date(y, 10, 31),
    # US general elections: the Tuesday after the first Monday of November
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "veterans day": lambda y: date(y, 11, 11),
    "armistice day": lambda y: date(y, 11, 11),
    "remembrance day": lambda y: date(y, 11, 11),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "boxing day": lambda y: date(y, 12, 26),
}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ORD_RE = "|".join(sorted((w.replace("-", r"[\s-]") for w in ORDINAL_WORDS), key=len, reverse=True))
_DAY_RE = rf"(\d{{1,2}})(?:st|nd|rd|th)?|({_ORD_RE})"
_HOLIDAY_RE = "|".join(sorted((re.escape(h) for h in HOLIDAYS), key=len, reverse=True))
_NUM_RE = r"\d+|a couple of|couple of|a few|[a-z]+"
_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
# "earlier Thursday", "late yesterday": the same day
_SAME_DAY = r"(?:early|late|earlier|later)"
# a weekday in front of a date ("Thursday, April 6") or a "this coming" in front of that
_WD_PREFIX = rf"(?:(?:this\s+coming|this|coming|next|last)\s+)?(?:{_WD_RE})(?:{_PARTS})?\s+"
# "Jan. 3-5": a range is dated by its first day
_RANGE_END = r"(?:\s*-\s*\d{1,2})?"
# "last Oct. 23", "next March 5": the occurrence before or after the anchor
_DATE_MOD = r"(?:this\s+coming|this|coming|next|last)\s+"
_DURATION = re.compile(
    r"^(?:for\s+|over\s+|during\s+|the\s+(?:past|last|next|previous)\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple of|many|some|\d+\s+or\s+\d+)"
    r"[\s-]+(?:day|week|month|year|hour|minute|decade)s?"
    r"(?:[\s-]+(?:long|old))?$"
)
# Leading words that qualify a time without moving it ("on Friday", "around March 1", "as early as Tuesday").
_LEAD = re.compile(
    r"^(?:on|in|at|by|since|from|until|till|as of|during|around|about|approximately|roughly|circa|"
    r"as early as|as soon as|as late as|no later than|no earlier than|not until|starting|beginning|effective)\s+"
)


_CLOCK = re.compile(
    r"\s+(?:at\s+)?(?:about\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:a\s?m|p\s?m)|noon|midnight|dawn|dusk)"
    r"(?:\s+(?:[a-z]{1,2}[sd]t|gmt|utc))?$"
)


@dataclass(frozen=True, slots=True)
class Resolution:
    date: date | None
    precision: str  # day | week | month | year | none
    rule: str


def _clean(text: str) -> str:
    t = text.lower().strip().replace("\u2019", "'").replace(".", " ").replace(",", " ")
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"(?:'s|')$", "", t).strip()  # "Friday's vote" took place on Friday
    while (stripped := _LEAD.sub("", t)) != t:
        t = stripped
    t = _CLOCK.sub("", t)  # "Monday at 3 p.m. EST" is dated by its day
    t = re.sub(r"^the\s+", "", t) if not re.match(r"^the\s+(?:past|last|next|previous)\s", t) else t
    return t


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _day_number(digits: str | None, word: str | None) -> int:
    if digits:
        return int(digits)
    return ORDINAL_WORDS[re.sub(r"\s+", "-", word or "")]


def _weekday(anchor: date, wd: int, *, direction: str) -> date:
    delta = (anchor.weekday() - wd) % 7
    if direction == "past":
        return anchor - timedelta(days=delta)
    if direction == "strict_past":
        return anchor - timedelta(days=delta or 7)
    ahead = (wd - anchor.weekday()) % 7
    return anchor + timedelta(days=ahead or 7) if direction == "strict_future" else anchor + timedelta(days=ahead)


def _pick(candidates: list[date], anchor: date, mode: str, weekday: int | None = None) -> date | None:
    """Choose among occurrences of a yearless date: by ``mode``, else the nearest, the past preferred.

    A weekday given with the date ("Tuesday, Nov. 3") keeps only the years where it fits.
    """
    if weekday is not None:
        candidates = [d for d in candidates if d.weekday() == weekday] or candidates
    if mode == "strict_past":
        return max((d for d in candidates if d < anchor), default=None)
    if mode == "strict_future":
        return min((d for d in candidates if d > anchor), default=None)
    if mode == "future":
        return min((d for d in candidates if d >= anchor), default=None)
    return min(candidates, key=lambda d: abs((d - anchor).days) if d <= anchor else 2 * (d - anchor).days,
               default=None)


def _yearly(anchor: date, make: Callable[[int], date | None], mode: str, weekday: int | None = None) -> date | None:
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := make(y)) is not None]
    return _pick(candidates, anchor, mode, weekday)


def _mode(modifier: str | None, future: bool) -> str:
    if modifier in {"last", "past", "previous"}:
        return "strict_past"
    if modifier in {"next", "coming", "following", "this coming"}:
        return "strict_future"
    return "future" if future else "nearest"


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_start(d: date, offset: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + offset, 12)
    return date(y, m + 1, 1)


def _absolute(t: str, anchor: date | None, future: bool) -> Resolution | None:
    """Calendar dates, with or without their year ("January 3, 2020", "Thursday, April 6", "3 Jan")."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return Resolution(_safe(int(m[1]), int(m[2]), int(m[3])), "day", "iso")
    wd_match = re.match(rf"(?:(this\s+coming|this|coming|next|last)\s+)?(?:({_WD_RE})\b)?", t)
    weekday = WEEKDAYS[wd_match[2]] if wd_match and wd_match[2] else None
    modifier = re.sub(r"\s+", " ", wd_match[1]) if wd_match and wd_match[1] else None
    m = re.fullmatch(rf"(?:{_WD_PREFIX}|{_DATE_MOD})?({_MONTH_RE})\s+(?:{_DAY_RE}){_RANGE_END}(?:\s+(\d{{4}}))?", t)
    if m:
        month, day, year_text = MONTHS[m[1]], _day_number(m[2], m[3]), m[4]
        rule = "month-day"
    else:
        m = re.fullmatch(rf"(?:{_WD_PREFIX}|{_DATE_MOD})?(?:{_DAY_RE})\s+(?:of\s+)?({_MONTH_RE})(?:\s+(\d{{4}}))?", t)
        if not m:
            return None
        month, day, year_text = MONTHS[m[3]], _day_number(m[1], m[2]), m[4]
        rule = "day-month"
    if year_text:
        return Resolution(_safe(int(year_text), month, day), "day", rule)
    if anchor is None:
        return Resolution(None, "none", f"{rule}-without-anchor")
    picked = _yearly(anchor, lambda y: _safe(y, month, day), _mode(modifier, future), weekday)
    return Resolution(picked, "day" if picked else "none", rule)


def _relative_day(t: str, anchor: date, future: bool) -> Resolution | None:
    """Days named from the anchor: today, yesterday, weekdays, "the day before", "the 5th", holidays."""
    if re.fullmatch(rf"(?:{_SAME_DAY} )?(?:today|tonight|this (?:morning|afternoon|evening)|now){_PARTS}", t):
        return Resolution(anchor, "day", "today")
    if re.fullmatch(rf"(?:{_SAME_DAY} )?(?:yesterday|last night|last evening|overnight){_PARTS}", t):
        return Resolution(anchor - timedelta(days=1), "day", "yesterday")
    if re.fullmatch(rf"(?:{_SAME_DAY} )?tomorrow{_PARTS}", t):
        return Resolution(anchor + timedelta(days=1), "day", "tomorrow")
    if re.fullmatch(r"(?:the )?day before yesterday", t):
        return Resolution(anchor - timedelta(days=2), "day", "day-before-yesterday")
    if re.fullmatch(r"(?:the )?day after tomorrow", t):
        return Resolution(anchor + timedelta(days=2), "day", "day-after-tomorrow")
    # said of the dateline day: "the day before", "the previous night", "the next day"
    if re.fullmatch(r"(?:the )?(?:(?:previous|prior) (?:day|morning|afternoon|evening|night)|(?:day|night) before)", t):
        return Resolution(anchor - timedelta(days=1), "day", "previous-day")
    if re.fullmatch(r"(?:the )?(?:(?:next|following) (?:day|morning|afternoon|evening|night)|day after)", t):
        return Resolution(anchor + timedelta(days=1), "day", "next-day")
    m = re.fullmatch(
        rf"(?:the )?(?:({_SAME_DAY}|last|this|next|coming|past|previous|following|this coming)\s+)?({_WD_RE})"
        rf"{_PARTS}(?:\s+(?:morning|night))?",
        t,
    )
    if m:
        wd, mod = WEEKDAYS[m[2]], m[1]
        if mod in {"next", "coming", "following", "this coming"}:
            return Resolution(_weekday(anchor, wd, direction="strict_future"), "day", "weekday-next")
        if mod in {"last", "past", "previous"}:
            return Resolution(_weekday(anchor, wd, direction="strict_past"), "day", "weekday-last")
        direction = "future" if future else "past"
        return Resolution(_weekday(anchor, wd, direction=direction), "day", f"weekday-{direction}")
    # "the 5th": a day of this month, the previous or the next one
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", t)
    if m:
        day = int(m[1])
        candidates = [d for k in (-1, 0, 1) if (d := _safe(_month_start(anchor, k).year,
                                                             _month_start(anchor, k).month, day)) is not None]
        picked = _pick(candidates, anchor, "future" if future else "nearest")
        return Resolution(picked, "day" if picked else "none", "day-of-month")
    m = re.fullmatch(rf"(?:(last|next|this|coming|this coming|past|previous)\s+)?({_HOLIDAY_RE})", t.replace("'", ""))
    if m:
        rule = HOLIDAYS[m[2]]
        picked = _yearly(anchor, rule, _mode(m[1], future))
        return Resolution(picked, "day" if picked else "none", "holiday")
    return None


def _offset(t: str, anchor: date, future: bool) -> Resolution | None:
    """Counted offsets: "two days ago", "ten days or so ago", "the day before last Sunday"."""
    m = re.fullmatch(
        rf"(?:about |some |nearly |almost |roughly |more than |less than )?({_NUM_RE}) (day|week|month|year|decade)s?"
        r"(?: or so)? ago",
        t,
    )
    if m:
        n = _number(m[1])
        if n is None:
            return None
        if m[2] == "day":
            return Resolution(anchor - timedelta(days=n), "day", "days-ago")
        if m[2] == "week":
            return Resolution(anchor - timedelta(days=7 * n), "week", "weeks-ago")
        if m[2] == "month":
            return Resolution(_month_start(anchor, -n), "month", "months-ago")
        years = n * 10 if m[2] == "decade" else n
        return Resolution(date(anchor.year - years, 1, 1), "year", f"{m[2]}s-ago")
    m = re.fullmatch(rf"(?:the )?(?:({_NUM_RE}) days?|day) (before|after|prior to|following) (.+)", t)
    if m:
        n = _number(m[1]) if m[1] else 1
        base = resolve_time(m[3], anchor, future=future)
        if n is None or base.date is None or base.precision != "day":
            return None
        sign = 1 if m[2] in {"after", "following"} else -1
        return Resolution(base.date + timedelta(days=sign * n), "day", f"days-{m[2].split()[0]}-{base.rule}")
    return None


def _from_now(text: str, anchor: date) -> Resolution | None:
    """ "in two days", "three weeks from now": ahead of the anchor (a bare "two days" is a duration)."""
    low = re.sub(r"\s+", " ", text.lower().strip().rstrip("."))
    m = re.fullmatch(rf"(?:in ({_NUM_RE}) (day|week)s?(?:'? time)?|({_NUM_RE}) (day|week)s? (?:from now|hence))", low)
    if not m:
        return None
    n = _number(m[1] or m[3])
    unit = m[2] or m[4]
    if n is None:
        return None
    days = n if unit == "day" else 7 * n
    return Resolution(anchor + timedelta(days=days), "day" if unit == "day" else "week", f"{unit}s-from-now")


def _period(t: str, anchor: date, future: bool) -> Resolution | None:
    """Weeks, weekends, months, years and their ends, relative to the anchor."""
    m = re.fullmatch(r"(?:(this|last|past|previous|next|coming) )?weekend", t)
    if m:  # dated by its Saturday
        if m[1] in {"next", "coming"}:
            direction = "strict_future"
        elif m[1] in {"last", "past", "previous"} or not future:
            direction = "past"
        else:
            direction = "future"
        return Resolution(_weekday(anchor, 5, direction=direction), "week", "weekend")
    if re.fullmatch(r"(?:earlier |later )?this week|(?:earlier|later) in the week", t):
        return Resolution(anchor, "week", "this-week")
    if re.fullmatch(r"(?:last|past|previous) week|the week before", t):
        return Resolution(anchor - timedelta(days=7), "week", "last-week")
    if re.fullmatch(r"next week", t):
        return Resolution(anchor + timedelta(days=7), "week", "next-week")
    if re.fullmatch(r"(?:earlier |later )?this month|(?:earlier|later) in the month", t):
        return Resolution(anchor.replace(day=1), "month", "this-month")
    if re.fullmatch(r"(?:last|past|previous) month", t):
        return Resolution(_month_start(anchor, -1), "month", "last-month")
    if re.fullmatch(r"next month", t):
        return Resolution(_month_start(anchor, 1), "month", "next-month")
    if re.fullmatch(r"(?:earlier |later )?this year|(?:earlier|later) in the year", t):
        return Resolution(date(anchor.year, 1, 1), "year", "this-year")
    if re.fullmatch(r"(?:last|past|previous) year", t):
        return Resolution(date(anchor.year - 1, 1, 1), "year", "last-year")
    if re.fullmatch(r"next year", t):
        return Resolution(date(anchor.year + 1, 1, 1), "year", "next-year")
    # closing days: "by year-end", "since the end of last month"; bare ones are this period's when
    # the clause looks ahead, the last one's otherwise
    m = re.fullmatch(r"(?:(?:the )?end of (?:(the|this|last|next) )?(month|year)|(month|year)(?:-| |'s )end)", t)
    if m:
        which, unit = m[1], m[2] or m[3]
        shift = {"this": 0, "last": -1, "next": 1}.get(which or "", 0 if future else -1)
        if unit == "month":
            end = _month_start(anchor, shift + 1) - timedelta(days=1)
        else:
            end = date(anchor.year + shift, 12, 31)
        return Resolution(end, "day", f"{unit}-end")
    m = re.fullmatch(rf"(?:(?:early|late|mid|last|this|next)[\s-]+)?({_MONTH_RE})", t)
    if m:
        month = MONTHS[m[1]]
        year = anchor.year if month <= anchor.month or future else anchor.year - 1
        if t.startswith("next"):
            year = anchor.year if month > anchor.month else anchor.year + 1
        return Resolution(date(year, month, 1), "month", "month-name")
    return None


@lru_cache(maxsize=4096)
def resolve_time(text: str, anchor: date | None, *, future: bool = False) -> Resolution:
    """Resolve ``text`` (a time expression) relative to ``anchor`` (the article date).

    ``future`` says the clause speaks of a time after the writing ("will meet Friday"); it
    turns weekdays, yearless dates and holidays forward.
    """
    t = _clean(text)
    if not t:
        return Resolution(None, "none", "empty")
    if anchor is not None:
        try:
            res = _from_now(text, anchor)
        except (OverflowError, ValueError):
            return Resolution(None, "none", "out-of-range")
        if res is not None:
            return res
    if _DURATION.match(t) and not re.search(r"\b(ago|earlier|later|before|after)\b", t):
        return Resolution(None, "none", "duration")
    try:
        res = _absolute(t, anchor, future)
    except (OverflowError, ValueError):
        return Resolution(None, "none", "out-of-range")
    if res is not None:
        return res
    m = re.fullmatch(rf"({_MONTH_RE})\s+(\d{{4}})", t)
    if m:
        return Resolution(date(int(m[2]), MONTHS[m[1]], 1), "month", "month-year")
    m = re.fullmatch(r"(?:the\s+year\s+)?((?:19|20)\d{2})", t)
    if m:
        return Resolution(date(int(m[1]), 1, 1), "year", "year")
    if anchor is None:
        return Resolution(None, "none", "no-anchor")
    try:
        for rules in (_relative_day, _offset, _period):
            res = rules(t, anchor, future)
            if res is not None:
                return res
    except (OverflowError, ValueError):  # "9999 years ago", an anchor at the end of the calendar
        return Resolution(None, "none", "out-of-range")
    return _dateparser(text, anchor, future)


def _dateparser(text: str, anchor: date, future: bool) -> Resolution:
    """The fallback, only for text that names a month or weekday or writes a numeric date.

    Bare numbers, decades and vague phrases ("25", "the 1980s", "the last decade") come back
    from dateparser as the anchor day or a made-up day, which is worse than no date.
    """
    if not re.search(rf"\b(?:{_MONTH_RE}|{_WD_RE})\b|\d{{1,4}}[/-]\d{{1,2}}", text.lower()):
        return Resolution(None, "none", "unresolved")
    try:
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


def offset_from(base: date, offset: str, mark: str) -> Resolution | None:
    """The day of an act in a clause "``offset`` ``mark`` ..." whose main clause happened on ``base``.

    "Crowds filled the streets on Sunday, two days after he was killed": the killing was two days
    before Sunday. ``mark`` is the clause's conjunction (after, before); minutes or hours put it on
    the same day. None when the offset is no count of minutes, hours, days or weeks.
    """
    m = re.fullmatch(rf"(?:about |some |nearly |almost |roughly |more than |less than |just )?"
                     rf"(?:({_NUM_RE}) )?(minute|hour|day|week)s?", _clean(offset))
    if m is None or mark not in {"after", "before"}:
        return None
    t = _clean(offset)
    if m[1] is None and t.endswith("s") and m[2] in {"day", "week"}:
        return None  # "days after": some days, not one
    n = 1 if m[1] in {None, "a", "an", "one"} else _number(m[1])
    if n is None:
        return None
    days = 0 if m[2] in {"minute", "hour"} else n if m[2] == "day" else 7 * n
    sign = -1 if mark == "after" else 1  # the clause's act came that long before (after) the main one
    return Resolution(base + timedelta(days=sign * days), "week" if m[2] == "week" else "day", f"{m[2]}s-{mark}")
