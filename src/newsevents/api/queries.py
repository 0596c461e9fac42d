"""Read-only queries behind the HTTP API (parameterized SQL only).

Each function takes an open connection and a typed filter and returns API models. Events are the
per-article events of migration 0001; where ``newsevents refresh`` has filled the corpus tables
(migration 0002), "sources" is the canonical event's NumSources and alerts and alert marks come
from the corpus alert methods (:mod:`newsevents.api.corpus_view`). A database without them falls
back to outlets reporting the same date, code and dyad, and the simple rule in :func:`alert_marks`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import duckdb

from newsevents.api import corpus_view
from newsevents.api.models import (
    ActorOut,
    AlertMark,
    AlertRow,
    AlertsOut,
    ArticleDetail,
    ArticleLink,
    ArticleSummary,
    CameoRoot,
    EntityOut,
    EntitySummary,
    ErrorRecordOut,
    EventOut,
    MapPoint,
    MetaOut,
    NetworkEdge,
    NetworkNode,
    NetworkOut,
    Page,
    PlaceOut,
    QuoteOut,
    SeriesBucket,
    SeriesOut,
)
from newsevents.corpus.sql import CONFLICT, Where, dates
from newsevents.errors import StoreError
from newsevents.ontology import cameo_codes

__all__ = [
    "Database",
    "EventFilter",
    "actors",
    "alert_marks",
    "alerts",
    "article",
    "articles",
    "country_series",
    "dyad_series",
    "entities",
    "events",
    "export_rows",
    "map_points",
    "meta",
    "network",
    "quotes",
]

Interval = Literal["day", "week", "month"]
Level = Literal["actor", "country"]
Con = duckdb.DuckDBPyConnection

ALERT_RATIO = 2.0
ALERT_MIN_EVENTS = 3
MAX_BUCKETS = 40_000  # ~110 years of days: a bound on gap filling, not a limit analysts meet


class _RWLock:
    """Many readers or one writer: DuckDB refuses a read-write and a read-only handle in one process."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._writer:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._readers:
                self._cond.wait()
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class Database:
    """A DuckDB file opened read-only per request (connections are not thread-safe), written only on request."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = _RWLock()

    def check(self) -> None:
        """Fail early with a clear message when the file is missing or has no newsevents tables."""
        if not self.path.is_file():
            raise StoreError(f"database {str(self.path)!r} does not exist: create it with `newsevents demo --db PATH` "
                             "or `newsevents code FILES --db PATH`")
        with self.read() as con:
            tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        missing = {"articles", "events", "quotes", "entities", "places", "errors"} - tables
        if missing:
            raise StoreError(f"{str(self.path)!r} is not a newsevents database (missing tables: {', '.join(sorted(missing))})")

    @contextmanager
    def read(self) -> Iterator[Con]:
        with self._lock.shared():
            try:
                con = duckdb.connect(str(self.path), read_only=True)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open {self.path.name!r} read-only (is another program writing it?): {exc}") from exc
            try:
                yield con
            except duckdb.Error as exc:
                raise StoreError(f"query failed: {exc}") from exc
            finally:
                con.close()

    @contextmanager
    def write(self) -> Iterator[Any]:
        """The one write path (POST /api/code?store=true): waits for readers, then opens the Store."""
        from newsevents.store import Store

        with self._lock.exclusive(), Store(self.path) as store:
            yield store


# ---- filters ------------------------------------------------------------------------------------

def _page(con: Con, count_sql: str, rows_sql: str, params: list[Any], limit: int, offset: int) -> tuple[int, list[Any]]:
    """The number of rows a query matches, and one page of them (the same parameters for both)."""
    total = con.execute(count_sql, params).fetchone()
    rows = con.execute(f"{rows_sql} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return (total[0] if total else 0), rows


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Event filters shared by the list, map, series, network, alerts and export endpoints.

    Actor codes match by prefix (``IRN`` matches ``IRNGOV``), as CAMEO actor codes nest.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    min_sources: int | None = None
    article_id: str | None = None
    include_unrealized: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions on the ``ev`` CTE and their parameters."""
        w = Where()
        if not self.include_unrealized:
            w.add("realized")
        if self.actor:
            w.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))", self.actor, self.actor)
        if self.source:
            w.add("starts_with(source_code, ?)", self.source)
        if self.target:
            w.add("starts_with(target_code, ?)", self.target)
        if self.country:
            w.add("(place_country = ? OR starts_with(source_code, ?) OR starts_with(target_code, ?))", *[self.country] * 3)
        if self.cameo:
            w.add("starts_with(cameo, ?)", self.cameo)
        if self.root:
            w.add("root = ?", self.root)
        if self.plover:
            w.add("plover_type = ?", self.plover)
        if self.quad_class is not None:
            w.add("quad_class = ?", self.quad_class)
        dates(w, "date", self.date_from, self.date_to)
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            w.add("lat BETWEEN ? AND ?", min_lat, max_lat)
            if min_lon <= max_lon:
                w.add("lon BETWEEN ? AND ?", min_lon, max_lon)
            else:  # the box crosses the antimeridian
                w.add("(lon >= ? OR lon <= ?)", min_lon, max_lon)
        if self.min_sources:
            w.add("n_sources >= ?", self.min_sources)
        if self.article_id:
            w.add("article_id = ?", self.article_id)
        return " AND ".join(w.parts) or "TRUE", w.params


# Sources per event until canonical events exist: distinct outlets (an article without an outlet
# counts as its own) reporting the same date, code and dyad.


def _event(record: str, article_id: str | None, outlet: str | None, realized: bool, n_sources: int | None) -> EventOut:
    data: dict[str, Any] = json.loads(record)
    data.update(article_id=article_id, outlet=outlet, realized=bool(realized), n_sources=n_sources)
    return EventOut.model_validate(data)


def events(con: Con, f: EventFilter, *, limit: int, offset: int) -> Page[EventOut]:
    """Per-article events matching ``f``, newest first, each with its canonical event's source count."""
    ev = corpus_view.ev_cte(con)  # per-article events, with corpus source counts when refreshed
    where, params = f.where()
    total, rows = _page(con, f"{ev} SELECT count(*) FROM ev WHERE {where}",
                        f"{ev} SELECT record, article_id, outlet, realized, n_sources FROM ev WHERE {where} "
                        "ORDER BY date DESC NULLS LAST, article_id, evidence_start, id", params, limit, offset)
    return Page[EventOut](total=total, limit=limit, offset=offset, items=[_event(*r) for r in rows])


EXPORT_COLUMNS = [
    "id", "article_id", "date", "cameo", "root", "cameo_name", "goldstein", "quad_class", "plover_type", "plover_mode",
    "source_code", "source_text", "target_code", "target_text", "place_name", "place_country", "lat", "lon",
    "place_precision", "fatalities", "injured", "crowd_size", "negated", "modality", "realized", "sentence",
    "evidence_start", "evidence_end", "evidence_text", "rule", "outlet", "n_sources",
]

_AID, _OUTLET, _REALIZED, _NSRC = (EXPORT_COLUMNS.index(c) for c in ("article_id", "outlet", "realized", "n_sources"))


def export_rows(con: Con, f: EventFilter, fmt: Literal["csv", "jsonl"], *, batch: int = 1000) -> Iterator[str]:
    """The filtered events as CSV (flat columns) or JSONL (full records), in chunks for streaming."""
    ev = corpus_view.ev_cte(con)  # per-article events, with corpus source counts when refreshed
    where, params = f.where()
    cols = ", ".join(EXPORT_COLUMNS)
    cur = con.execute(
        f"{ev} SELECT {cols}, record FROM ev WHERE {where} ORDER BY date NULLS LAST, article_id, evidence_start, id",
        params,
    )
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(EXPORT_COLUMNS)
        yield buf.getvalue()
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        buf = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buf, lineterminator="\n")
            for r in rows:
                writer.writerow(["" if v is None else (v.isoformat() if isinstance(v, dt.date) else v) for v in r[:-1]])
        else:
            for r in rows:
                rec: dict[str, Any] = json.loads(r[-1])
                rec.update(article_id=r[_AID], outlet=r[_OUTLET], realized=r[_REALIZED], n_sources=r[_NSRC])
                buf.write(json.dumps(rec, ensure_ascii=False) + "\n")
        yield buf.getvalue()


def map_points(con: Con, f: EventFilter, *, limit: int) -> list[MapPoint]:
    """Events grouped by place: count, articles, mean Goldstein and the commonest codes."""
    ev = corpus_view.ev_cte(con)  # per-article events, with corpus source counts when refreshed
    where, params = f.where()
    rows = con.execute(
        f"""{ev}
        SELECT round(lat, 4) AS la, round(lon, 4) AS lo, place_name, any_value(place_country), any_value(place_precision),
               count(*) AS n, count(DISTINCT article_id), avg(goldstein)
        FROM ev WHERE {where} AND lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY n DESC, 3 LIMIT ?""",
        [*params, limit],
    ).fetchall()
    codes = con.execute(
        f"""{ev}
        SELECT round(lat, 4), round(lon, 4), place_name, cameo, any_value(cameo_name), count(*) AS n
        FROM ev WHERE {where} AND lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 4""",
        params,
    ).fetchall()
    top: dict[tuple[float, float, str], list[str]] = defaultdict(list)
    for la, lo, place, code, name, _n in codes:
        if len(top[(la, lo, place)]) < 3:
            top[(la, lo, place)].append(f"{code} {name}")
    return [
        MapPoint(lat=la, lon=lo, place=place or "", country=country, precision=precision, n_events=n, n_articles=na,
                 goldstein_mean=round(g, 2), top_codes=top[(la, lo, place)])
        for la, lo, place, country, precision, n, na, g in rows
    ]


# ---- series and alerts --------------------------------------------------------------------------

def _period(day: dt.date, interval: Interval) -> dt.date:
    if interval == "week":
        return day - dt.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day


def _next(period: dt.date, interval: Interval) -> dt.date:
    if interval == "day":
        return period + dt.timedelta(days=1)
    if interval == "week":
        return period + dt.timedelta(days=7)
    return (period.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def alert_marks(daily: dict[dt.date, int], *, ratio: float = ALERT_RATIO, min_events: int = ALERT_MIN_EVENTS) -> list[AlertMark]:
    """Interim rule: the 7 days ending on a day have >= ``min_events`` and >= ``ratio`` x the weekly mean of the 28 before.

    One mark per run of days on which the rule holds, on its first day, so a surge reads as one alert.
    """
    if not daily:
        return []
    start, end = min(daily), max(daily)
    marks: list[AlertMark] = []
    firing = False
    day = start
    while day <= end:
        last7 = sum(daily.get(day - dt.timedelta(days=k), 0) for k in range(7))
        before = sum(daily.get(day - dt.timedelta(days=k), 0) for k in range(7, 35))
        avg28 = before / 4
        fires = last7 >= min_events and last7 >= ratio * avg28
        if fires and not firing:
            change = "new activity" if avg28 == 0 else f"{(last7 - avg28) / avg28 * 100:+.0f}% on the 4-week average"
            marks.append(AlertMark(date=day, last7=last7, avg28=avg28, message=f"{last7} events in 7 days ({change})"))
        firing = fires
        day += dt.timedelta(days=1)
    return marks


def _series(con: Con, f: EventFilter, kind: Literal["dyad", "country"], key: str, interval: Interval) -> SeriesOut:
    ev = corpus_view.ev_cte(con)  # per-article events, with corpus source counts when refreshed
    where, params = f.where()
    rows = con.execute(
        f"""{ev}
        SELECT date, count(*), sum(goldstein), count(*) FILTER (quad_class = 1), count(*) FILTER (quad_class = 2),
               count(*) FILTER (quad_class = 3), count(*) FILTER (quad_class = 4)
        FROM (  -- one row per real-world event, however many articles told it
            SELECT canonical_id, min(date) AS date, avg(goldstein) AS goldstein, min(quad_class) AS quad_class
            FROM ev WHERE {where} AND date IS NOT NULL GROUP BY canonical_id
        ) GROUP BY date ORDER BY date""",
        params,
    ).fetchall()
    daily = {r[0]: int(r[1]) for r in rows}
    acc: dict[dt.date, list[float]] = {}
    for day, n, gsum, q1, q2, q3, q4 in rows:
        b = acc.setdefault(_period(day, interval), [0, 0.0, 0, 0, 0, 0])
        for i, v in enumerate((n, gsum or 0.0, q1, q2, q3, q4)):
            b[i] += v
    buckets: list[SeriesBucket] = []
    lo = f.date_from or (min(acc) if acc else None)
    hi = f.date_to or (max(acc) if acc else None)
    if lo and hi:
        period = _period(lo, interval)
        while period <= hi and len(buckets) < MAX_BUCKETS:
            n, gsum, q1, q2, q3, q4 = acc.get(period, [0, 0.0, 0, 0, 0, 0])
            buckets.append(SeriesBucket(period=period, n_events=int(n), goldstein_sum=round(gsum, 2),
                                        goldstein_mean=round(gsum / n, 2) if n else None,
                                        quad1=int(q1), quad2=int(q2), quad3=int(q3), quad4=int(q4)))
            if period > dt.date.max - dt.timedelta(days=31):  # the calendar's last bucket (date_to=9999-12-31)
                break
            period = _next(period, interval)
    if ev == corpus_view.CORPUS_CTE:
        marks = corpus_view.series_marks(con, kind=kind, source=f.source, target=f.target, country=f.country,
                                         start=f.date_from, end=f.date_to)
    else:
        marks = alert_marks(daily)
    return SeriesOut(kind=kind, key=key, interval=interval, buckets=buckets, alerts=marks)


def dyad_series(con: Con, f: EventFilter, interval: Interval) -> SeriesOut:
    """Counts, Goldstein and quad classes of source→target events (canonical events when the corpus is filled)."""
    return _series(con, f, "dyad", f"{f.source}→{f.target}", interval)


def country_series(con: Con, f: EventFilter, interval: Interval) -> SeriesOut:
    """The same for every event in or by a country."""
    return _series(con, f, "country", f.country or "", interval)


def _level(col: str, level: Level) -> str:
    return f"left({col}, 3)" if level == "country" else col


def _level_ok(col: str, level: Level) -> str:
    """Events with a known actor on that side (a '---' country prefix means none at country level)."""
    if level == "country":
        return f"({col} <> '' AND NOT starts_with({col}, '---'))"
    return f"{col} <> ''"


def alerts(con: Con, f: EventFilter, *, as_of: dt.date | None, level: Level, ratio: float, min_events: int,
           limit: int, evidence: int = 5) -> AlertsOut:
    """Alerts per dyad: the corpus table (canonical events, corpus methods) for country dyads of a refreshed
    database, else the simple rule: last 7 days vs the weekly average of the 28 days before."""
    ev = corpus_view.ev_cte(con)  # per-article events, with corpus source counts when refreshed
    if level == "country" and ev == corpus_view.CORPUS_CTE:
        return corpus_view.alerts_table(con, as_of=as_of, source=f.source, target=f.target, limit=limit,
                                        evidence=evidence)
    where, params = f.where()
    if as_of is None:
        row = con.execute(f"{ev} SELECT max(date) FROM ev WHERE {where}", params).fetchone()
        as_of = row[0] if row else None
    rule = (f"simple rule over per-article events: last 7 days ending {as_of or 'at the latest event'} vs the weekly average of the 28 days before; "
            f"alert when at least {min_events} events and at least {ratio:g}x that average")
    if as_of is None:
        return AlertsOut(interim=True, rule=rule, as_of=None, level=level, rows=[])
    w0, w1 = as_of - dt.timedelta(days=6), as_of
    b0, b1 = as_of - dt.timedelta(days=34), as_of - dt.timedelta(days=7)
    s, t = _level("source_code", level), _level("target_code", level)
    dyad_where = f"{where} AND {_level_ok('source_code', level)} AND {_level_ok('target_code', level)}"
    rows = con.execute(
        f"""{ev}
        SELECT {s} AS s, {t} AS t,
               count(*) FILTER (date BETWEEN ? AND ?) AS last7,
               count(*) FILTER (date BETWEEN ? AND ?) AS prev28,
               avg(goldstein) FILTER (date BETWEEN ? AND ?) AS g,
               sum({CONFLICT}) FILTER (date BETWEEN ? AND ?)::DOUBLE AS conflict
        FROM ev WHERE {dyad_where} AND date BETWEEN ? AND ?
        GROUP BY 1, 2 HAVING count(*) FILTER (date BETWEEN ? AND ?) > 0""",
        [w0, w1, b0, b1, w0, w1, w0, w1, *params, b0, w1, w0, w1],
    ).fetchall()
    out: list[AlertRow] = []
    for src, tgt, last7, prev28, g, conflict in rows:
        avg28 = prev28 / 4
        out.append(AlertRow(
            source=src, target=tgt, last7=last7, avg28=avg28,
            pct_change=round((last7 - avg28) / avg28 * 100, 1) if avg28 else None,
            goldstein_mean=round(g or 0.0, 2), conflict=round(float(conflict or 0.0), 1),
            alert=last7 >= min_events and last7 >= ratio * avg28, evidence=[],
        ))
    out.sort(key=AlertRow.rank)
    out = out[:limit]
    if out:
        links = con.execute(
            f"""{ev}
            SELECT DISTINCT {s}, {t}, a.id, a.title, a.text[:200], a.date, a.outlet
            FROM ev JOIN articles a ON a.id = ev.article_id
            WHERE {dyad_where} AND ev.date BETWEEN ? AND ? ORDER BY a.date, a.id""",
            [*params, w0, w1],
        ).fetchall()
        by_dyad: dict[tuple[str, str], list[ArticleLink]] = defaultdict(list)
        for ls, lt, aid, title, head, day, outlet in links:
            if len(by_dyad[(ls, lt)]) < evidence:
                by_dyad[(ls, lt)].append(ArticleLink(id=aid, label=_label(title, head), date=day, outlet=outlet))
        out = [r.model_copy(update={"evidence": by_dyad[(r.source, r.target)]}) for r in out]
    return AlertsOut(interim=True, rule=rule, as_of=as_of, level=level, rows=out)


def network(con: Con, f: EventFilter, *, level: Level, limit: int) -> NetworkOut:
    """Actors as nodes, events aggregated per dyad and quad class as edges."""
    ev = corpus_view.ev_cte(con)  # per-article events, with corpus source counts when refreshed
    where, params = f.where()
    s, t = _level("source_code", level), _level("target_code", level)
    rows = con.execute(
        f"""{ev}
        SELECT {s} AS s, {t} AS t, quad_class, count(*) AS n, avg(goldstein)
        FROM ev WHERE {where} AND {_level_ok('source_code', level)} AND {_level_ok('target_code', level)}
        GROUP BY 1, 2, 3 ORDER BY n DESC, 1, 2, 3 LIMIT ?""",
        [*params, limit],
    ).fetchall()
    weight: Counter[str] = Counter()
    edges: list[NetworkEdge] = []
    for src, tgt, quad, n, g in rows:
        weight[src] += n
        weight[tgt] += n
        edges.append(NetworkEdge(id=f"{src}>{tgt}#{quad}", source=src, target=tgt, quad_class=quad, n_events=n,
                                 goldstein_mean=round(g, 2)))
    nodes = [NetworkNode(id=code, label=code, n_events=n) for code, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return NetworkOut(nodes=nodes, edges=edges)


# ---- articles, quotes, entities, actors ----------------------------------------------------------

def _like(term: str) -> str:
    """An ILIKE pattern matching ``term`` literally (``%`` and ``_`` escaped)."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _label(title: str | None, text: str | None) -> str:
    if title:
        return title
    words = " ".join((text or "").split())
    if len(words) <= 90:
        return words or "(empty)"
    return words[:90].rsplit(" ", 1)[0] + "…"


def _snippet(text: str, terms: list[str], width: int = 80) -> str | None:
    low = text.lower()
    hits = [low.find(t.lower()) for t in terms]
    hits = [h for h in hits if h >= 0]
    if not hits:
        return None
    at = min(hits)
    start, end = max(0, at - width), min(len(text), at + width)
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def _summary(row: tuple[Any, ...], terms: list[str] | None = None) -> ArticleSummary:
    aid, day, outlet, dateline, title, url, n_events, n_quotes, failed, text = row
    return ArticleSummary(id=aid, date=day, outlet=outlet, dateline=dateline, title=title, label=_label(title, text),
                          url=url, n_events=n_events or 0, n_quotes=n_quotes or 0, failed=bool(failed),
                          snippet=_snippet(text or "", terms) if terms else None)


ARTICLE_COLS = "id, date, outlet, dateline, title, url, n_events, n_quotes, failed, text"


def articles(con: Con, *, q: str | None, outlet: str | None, f: EventFilter, limit: int, offset: int) -> Page[ArticleSummary]:
    """Articles, newest first; ``q`` is a case-insensitive search (every word must occur in title or text).

    Event filters (actor, country, CAMEO) keep articles with at least one matching event; the date
    range applies to the article date.
    """
    ev = corpus_view.ev_cte(con)  # per-article events, with corpus source counts when refreshed
    w = Where()
    terms = (q or "").split()
    for term in terms:
        w.add("(coalesce(title, '') || ' ' || coalesce(text, '')) ILIKE ? ESCAPE '\\'", _like(term))
    if outlet:
        w.add("outlet = ?", outlet)
    dates(w, "date", f.date_from, f.date_to)
    ev_f = EventFilter(actor=f.actor, source=f.source, target=f.target, country=f.country, cameo=f.cameo,
                       root=f.root, plover=f.plover, quad_class=f.quad_class, min_sources=f.min_sources, bbox=f.bbox)
    if ev_f != EventFilter():
        ev_where, ev_params = ev_f.where()
        w.add(f"id IN (SELECT article_id FROM ev WHERE {ev_where})", *ev_params)
    total, rows = _page(con, f"{ev} SELECT count(*) FROM articles {w.sql()}",
                        f"{ev} SELECT {ARTICLE_COLS} FROM articles {w.sql()} ORDER BY date DESC NULLS LAST, id",
                        w.params, limit, offset)
    return Page[ArticleSummary](total=total, limit=limit, offset=offset, items=[_summary(r, terms) for r in rows])


def article(con: Con, article_id: str) -> ArticleDetail | None:
    """One article with its text and every record read from it (offsets point into ``text``)."""
    ev = corpus_view.ev_cte(con)  # per-article events, with corpus source counts when refreshed
    row = con.execute(f"SELECT {ARTICLE_COLS} FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    evs = con.execute(
        f"{ev} SELECT record, article_id, outlet, realized, n_sources FROM ev WHERE article_id = ? "
        "ORDER BY evidence_start, id",
        [article_id],
    ).fetchall()
    events_ = [_event(*r) for r in evs]
    qs = con.execute("SELECT record FROM quotes WHERE article_id = ? ORDER BY start_char, id", [article_id]).fetchall()
    ens = con.execute("SELECT record FROM entities WHERE article_id = ? ORDER BY n_mentions DESC, name", [article_id]).fetchall()
    pls = con.execute(
        "SELECT name, lat, lon, country, precision, geonameid, n_mentions FROM places WHERE article_id = ? "
        "ORDER BY n_mentions DESC, name",
        [article_id],
    ).fetchall()
    errs = con.execute("SELECT kind, message, file, line, severity FROM errors WHERE article_id = ? ORDER BY id",
                       [article_id]).fetchall()
    summary = _summary(row)
    return ArticleDetail(
        **summary.model_dump(),
        text=row[-1] or "",
        events=[e for e in events_ if e.realized],
        unrealized_events=[e for e in events_ if not e.realized],
        quotes=[QuoteOut.model_validate({**json.loads(r[0]), "article_id": article_id, "date": row[1], "outlet": row[2]}) for r in qs],
        entities=[EntityOut.model_validate(json.loads(r[0])) for r in ens],
        places=[PlaceOut(name=n, lat=la, lon=lo, country=c, precision=p, geonameid=g, n_mentions=m) for n, la, lo, c, p, g, m in pls],
        errors=[ErrorRecordOut(kind=k, message=m, file=fi, line=li, severity=s) for k, m, fi, li, s in errs],
    )


def quotes(con: Con, *, speaker: str | None, q: str | None, article_id: str | None, f: EventFilter,
           limit: int, offset: int) -> Page[QuoteOut]:
    """Quotes by speaker (code prefix or words of the name) and by text."""
    w = Where()
    if speaker:
        w.add("(starts_with(qu.speaker_code, ?) OR qu.speaker_text ILIKE ? ESCAPE '\\')", speaker.upper(), _like(speaker))
    for term in (q or "").split():
        w.add("qu.text ILIKE ? ESCAPE '\\'", _like(term))
    if article_id:
        w.add("qu.article_id = ?", article_id)
    dates(w, "a.date", f.date_from, f.date_to)
    base = f"FROM quotes qu JOIN articles a ON a.id = qu.article_id {w.sql()}"
    total, rows = _page(con, f"SELECT count(*) {base}",
                        f"SELECT qu.record, qu.article_id, a.date, a.outlet {base} "
                        "ORDER BY a.date DESC NULLS LAST, qu.article_id, qu.start_char", w.params, limit, offset)
    items = [QuoteOut.model_validate({**json.loads(rec), "article_id": aid, "date": day, "outlet": outlet})
             for rec, aid, day, outlet in rows]
    return Page[QuoteOut](total=total, limit=limit, offset=offset, items=items)


def entities(con: Con, *, q: str | None, type_: str | None, code: str | None, limit: int, offset: int) -> Page[EntitySummary]:
    """Named entities across articles, by how many articles mention them."""
    w = Where()
    if q:
        w.add("name ILIKE ? ESCAPE '\\'", _like(q))
    if type_:
        w.add("type = ?", type_)
    if code:
        w.add("starts_with(code, ?)", code)
    base = f"FROM entities {w.sql()} GROUP BY name, type, code"
    total, rows = _page(con, f"SELECT count(*) FROM (SELECT 1 {base})",
                        f"SELECT name, type, code, count(DISTINCT article_id) AS na, sum(n_mentions) AS nm {base} "
                        "ORDER BY na DESC, nm DESC, name", w.params, limit, offset)
    items = [EntitySummary(name=n, type=t, code=c, n_articles=na, n_mentions=int(nm or 0)) for n, t, c, na, nm in rows]
    return Page[EntitySummary](total=total, limit=limit, offset=offset, items=items)


def actors(con: Con, *, q: str | None, limit: int, offset: int) -> Page[ActorOut]:
    """Actor codes that take part in counted events, with the words that named them."""
    cond, params = "TRUE", []
    if q:
        cond = "(starts_with(code, ?) OR text ILIKE ? ESCAPE '\\')"
        params = [q.upper(), _like(q)]
    sides = """
        SELECT source_code AS code, source_text AS text, 1 AS s, 0 AS t FROM events WHERE realized AND source_code <> ''
        UNION ALL
        SELECT target_code, target_text, 0, 1 FROM events WHERE realized AND target_code <> ''
    """
    total, rows = _page(con, f"SELECT count(DISTINCT code) FROM ({sides}) WHERE {cond}",
                        f"""SELECT code, count(*) AS n, sum(s), sum(t) FROM ({sides}) WHERE code IN (
                              SELECT code FROM ({sides}) WHERE {cond}) GROUP BY code ORDER BY n DESC, code""",
                        params, limit, offset)
    codes = [r[0] for r in rows]
    names: dict[str, list[str]] = defaultdict(list)
    if codes:
        for code, text, _n in con.execute(
            f"SELECT code, text, count(*) AS n FROM ({sides}) WHERE code IN (SELECT unnest(?)) AND text IS NOT NULL "
            "GROUP BY 1, 2 ORDER BY n DESC, 2",
            [codes],
        ).fetchall():
            if len(names[code]) < 5:
                names[code].append(text)
    items = [ActorOut(code=c, names=names[c], n_events=n, n_as_source=int(s), n_as_target=int(t)) for c, n, s, t in rows]
    return Page[ActorOut](total=total, limit=limit, offset=offset, items=items)


def meta(con: Con, *, database: str, max_upload_bytes: int) -> MetaOut:
    """What the dashboard needs to draw its filters: counts, date range, outlets and CAMEO roots."""
    one = con.execute(
        """SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events WHERE realized),
                  (SELECT count(*) FROM events WHERE NOT realized), (SELECT count(*) FROM quotes),
                  (SELECT count(*) FROM entities), (SELECT min(date) FROM events WHERE realized),
                  (SELECT max(date) FROM events WHERE realized)"""
    ).fetchone()
    assert one is not None
    outlets = [r[0] for r in con.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1").fetchall()]
    counts = dict(con.execute("SELECT root, count(*) FROM events WHERE realized GROUP BY root").fetchall())
    codes = cameo_codes()
    roots = [CameoRoot(code=c, name=codes[c].name, quad_class=codes[c].quad_class, n_events=int(counts.get(c, 0)))
             for c in sorted(k for k in codes if len(k) == 2)]
    return MetaOut(database=database, articles=one[0], events=one[1], unrealized_events=one[2], quotes=one[3],
                   entities=one[4], first_date=one[5], last_date=one[6], outlets=outlets, roots=roots,
                   canonical_events=False, max_upload_bytes=max_upload_bytes)
