"""SQL building blocks shared by queries and exports: conditions with bound parameters only.

Kept free of pandas so exports (and the CLI parser that lists their formats) work without the
``corpus`` extra.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.corpus.actors import INTERNATIONAL, actor_key, is_country

__all__ = ["CONFLICT", "Where", "actor_filter", "actor_filters", "canonical_filter", "dates"]

# The conflict metric's per-event term: minus a negative Goldstein score (summed in exact decimals, so
# aggregates, alerts and tables agree to the cent)
CONFLICT = "CASE WHEN goldstein < 0 THEN -goldstein::DECIMAL(8, 2) ELSE 0 END"


class Where:
    """Collects ``AND`` conditions with their bound parameters."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.parts)) if self.parts else ""


def actor_filter(w: Where, side: str, value: str) -> None:
    """A country (``USA``, covering ``USAGOV``) or an international body (``IGOUNO``) matches the actor
    key, which the tables are sorted by; anything else (``USAGOV``, ``IGO``, ``---CVL``) is a prefix
    of the full CAMEO code."""
    if is_country(value) or (value[:3] in INTERNATIONAL and len(value) == 6 and actor_key(value) == value):
        w.add(f"{side}_key = ?", value)
    else:
        w.add(f"starts_with({side}_code, ?)", value)


def actor_filters(w: Where, prefix: str, *, source: str | None, target: str | None, country: str | None) -> None:
    """``source``/``target`` filters (see :func:`actor_filter`) and events involving ``country``."""
    if source:
        actor_filter(w, f"{prefix}source", source)
    if target:
        actor_filter(w, f"{prefix}target", target)
    if country:
        w.add(f"({prefix}source_country = ? OR {prefix}target_country = ? OR {prefix}place_country = ?)", country, country, country)


def dates(w: Where, column: str, start: dt.date | None, end: dt.date | None) -> None:
    if start is not None:
        w.add(f"{column} >= ?", start)
    if end is not None:
        w.add(f"{column} <= ?", end)


def canonical_filter(
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    source: str | None = None,
    target: str | None = None,
    country: str | None = None,
) -> tuple[str, list[Any]]:
    """``WHERE`` clause and parameters selecting canonical events (exports share it with queries)."""
    w = Where()
    dates(w, "date", start, end)
    actor_filters(w, "", source=source, target=target, country=country)
    return w.sql(), w.params
