"""The seed's header line: ``date YYYY-MM-DD OUTLET, DATELINE``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["Header", "parse_header"]

_HEADER = re.compile(r"^\s*date\s+(?P<date>\S+)\s+(?P<rest>.*?)\s*$", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class Header:
    """A parsed header; ``date`` is None and ``problem`` says why when the date is invalid."""

    date: date | None
    outlet: str | None
    dateline: str | None
    problem: str | None = None


def parse_header(line: str) -> Header | None:
    """Parse a header line, or return None when the line is not a header at all."""
    m = _HEADER.match(line)
    if not m:
        return None
    raw_date, rest = m.group("date"), m.group("rest")
    outlet: str | None
    dateline: str | None
    if "," in rest:
        outlet, dateline = (p.strip() or None for p in rest.split(",", 1))
    else:
        outlet, dateline = (rest.strip() or None), None
    iso = _ISO.match(raw_date)
    if not iso:
        return Header(None, outlet, dateline, f"header date {raw_date!r} is not YYYY-MM-DD")
    try:
        value = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        return Header(None, outlet, dateline, f"header date {raw_date!r} is not a real day")
    return Header(value, outlet, dateline)
