"""``newsevents.open(path)``: the corpus as an object whose methods return pandas DataFrames.

A thin veneer over :mod:`newsevents.corpus.queries`, :mod:`~newsevents.corpus.alerts` and
:mod:`~newsevents.corpus.exports`, which the CLI and the HTTP API call directly; the object only
holds the connection and documents the filters in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from newsevents.corpus import alerts as _alerts
from newsevents.corpus import exports as _exports
from newsevents.corpus import queries
from newsevents.corpus.alerts import AlertParams
from newsevents.corpus.queries import Freq, Level
from newsevents.corpus.update import refresh as _refresh
from newsevents.errors import StoreError
from newsevents.store import Store

__all__ = ["Corpus", "open_corpus"]


class Corpus:
    """An open corpus database. Use as a context manager or call :meth:`close`.

    Filters shared by the methods: ``start``/``end`` (dates, inclusive), ``source``/``target``
    (an actor key such as ``USA`` — which covers ``USAGOV``, ``USAMIL`` — or a code prefix) and
    ``country`` (events involving or located in an ISO alpha-3 country).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.con = store.con

    @property
    def path(self) -> str:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Corpus({self.path!r})"

    # ---- records --------------------------------------------------------------------------------
    def events(self, **filters: Any) -> pd.DataFrame:
        """Coded events, one row per mention (see :func:`queries.events` for filters)."""
        return queries.events(self.con, **filters)

    def canonical_events(self, **filters: Any) -> pd.DataFrame:
        """Deduplicated events with NumMentions/NumSources/NumArticles (see :func:`queries.canonical_events`)."""
        return queries.canonical_events(self.con, **filters)

    def mentions(self, canonical_ids: str | Sequence[str]) -> pd.DataFrame:
        """The mentions behind canonical events."""
        return queries.mentions(self.con, canonical_ids)

    def articles(self, **filters: Any) -> pd.DataFrame:
        """Articles with their near-duplicate cluster."""
        return queries.articles(self.con, **filters)

    def duplicates(self) -> pd.DataFrame:
        """Near-duplicate article links."""
        return queries.duplicates(self.con)

    def quotes(self, **filters: Any) -> pd.DataFrame:
        """Quotes with speakers."""
        return queries.quotes(self.con, **filters)

    # ---- aggregates -----------------------------------------------------------------------------
    def dyads(self, **filters: Any) -> pd.DataFrame:
        """Directed dyads ranked by canonical events."""
        return queries.dyads(self.con, **filters)

    def series(
        self,
        *,
        level: Level = "dyad",
        source: str | None = None,
        target: str | None = None,
        country: str | None = None,
        freq: Freq = "day",
        start: dt.date | None = None,
        end: dt.date | None = None,
        fill: bool = True,
    ) -> pd.DataFrame:
        """Dyad or country series per day/week/month with counts, Goldstein, QuadClass and volume shares."""
        return queries.series(self.con, level=level, source=source, target=target, country=country, freq=freq,
                              start=start, end=end, fill=fill)

    def dyad_series(self, source: str, target: str, *, freq: Freq = "day", **kw: Any) -> pd.DataFrame:
        """Series of the directed dyad ``source`` → ``target``."""
        return self.series(level="dyad", source=source, target=target, freq=freq, **kw)

    def country_series(self, country: str, *, freq: Freq = "day", **kw: Any) -> pd.DataFrame:
        """Series of events involving or located in ``country``."""
        return self.series(level="country", country=country, freq=freq, **kw)

    def alerts(
        self,
        *,
        level: Level = "dyad",
        methods: Sequence[str] = _alerts.METHODS,
        params: AlertParams | None = None,
        **filters: Any,
    ) -> pd.DataFrame:
        """Escalation alerts with the events and outlets behind each (see :mod:`newsevents.corpus.alerts`)."""
        return _alerts.alerts(self.con, level=level, methods=methods, params=params, **filters)

    def acled(self, *, level: Level = "country", as_of: dt.date | None = None, metric: str = "events",
              **filters: Any) -> pd.DataFrame:
        """ACLED's table: last week against the 4- and 52-week averages, with % change."""
        return _alerts.acled_table(self.con, level=level, as_of=as_of, metric=metric, **filters)

    def stats(self) -> dict[str, Any]:
        """Counts describing the corpus."""
        return queries.stats(self.con)

    # ---- output and upkeep ----------------------------------------------------------------------
    def export(self, fmt: _exports.Format, path: str | Path, **filters: Any) -> int:
        """Write canonical events as gdelt, icews, plover, parquet or csv; returns rows written."""
        return _exports.export(self.con, fmt, path, **filters)

    def plot(
        self,
        path: str | Path,
        *,
        level: Level = "dyad",
        source: str | None = None,
        target: str | None = None,
        country: str | None = None,
        freq: Freq = "day",
        metric: str = "conflict",
        start: dt.date | None = None,
        end: dt.date | None = None,
        methods: Sequence[str] = _alerts.METHODS,
    ) -> Path:
        """PNG of a series with its alerts marked."""
        from newsevents.corpus.plot import plot_series

        data = self.series(level=level, source=source, target=target, country=country, freq=freq, start=start, end=end)
        found = _alerts.alerts(self.con, level=level, source=source, target=target, country=country, start=start,
                               end=end, methods=methods, params=AlertParams(metric=metric) if metric in queries.METRICS
                               else None, evidence=False)
        if level == "dyad":
            found = found[(found["source"] == source) & (found["target"] == target)] if source and target else found
        name = f"{source or '*'} → {target or '*'}" if level == "dyad" else str(country)
        return plot_series(data, path, metric=metric, title=f"{name}: {metric} per {freq}", alerts=found, freq=freq)

    def refresh(self) -> dict[str, Any]:
        """Recompute duplicates, canonical events and daily totals (needs ``read_only=False``)."""
        return _refresh(self.store)


def open_corpus(path: str | Path, *, read_only: bool = True) -> Corpus:
    """Open a corpus database (``newsevents.open``); read-only unless you mean to refresh it.

    Raises:
        StoreError: the file cannot be opened (missing, locked by a writer, not DuckDB).
    """
    if read_only and not Path(path).exists():
        raise StoreError(f"no database at {str(path)!r}: code articles into it first (newsevents code --db)")
    return Corpus(Store(path, read_only=read_only))

