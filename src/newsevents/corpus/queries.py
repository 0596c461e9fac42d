"""Every read of the corpus, as functions of an open DuckDB connection returning DataFrames.

The Python API (:class:`newsevents.corpus.api.Corpus`), the CLI and the HTTP API call these same
functions, so a number means the same thing everywhere. Values from callers only ever reach
DuckDB as bound parameters; the only text put into SQL comes from fixed tables in this module
(period expressions, metric and order names).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

import duckdb
import pandas as pd

from newsevents.corpus.sql import Where as _Where
from newsevents.corpus.sql import actor_filters as _actor_filters
from newsevents.corpus.sql import canonical_filter
from newsevents.corpus.sql import dates as _dates
from newsevents.errors import StoreError

__all__ = [
    "FREQS",
    "METRICS",
    "articles",
    "canonical_events",
    "canonical_filter",
    "corpus_days",
    "daily",
    "duplicates",
    "dyads",
    "events",
    "evidence",
    "has_corpus_tables",
    "mentions",
    "quotes",
    "series",
    "stats",
]

Con = duckdb.DuckDBPyConnection
Freq = Literal["day", "week", "month"]
Level = Literal["dyad", "country"]

FREQS: dict[str, str] = {"day": "date", "week": "date_trunc('week', date)::DATE", "month": "date_trunc('month', date)::DATE"}
STEPS = {"day": "'1 day'", "week": "'7 days'", "month": "'1 month'"}
METRICS = ("events", "mentions", "goldstein_sum", "conflict", "quad1", "quad2", "quad3", "quad4")


def _frame(con: Con, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
    try:
        return con.execute(sql, list(params)).df()
    except duckdb.CatalogException as exc:
        raise StoreError(
            f"the corpus tables are missing ({exc}); run `newsevents refresh --db PATH` on this database first"
        ) from exc
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}") from exc


def has_corpus_tables(con: Con) -> bool:
    """True when migration 0002 (the corpus tables) has been applied to this database."""
    try:
        rows = con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = 'canonical_events'").fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}") from exc
    return bool(rows)


def _page(limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is None:
        return ("OFFSET ?", [offset]) if offset else ("", [])
    return "LIMIT ? OFFSET ?", [limit, offset]


# ---- records --------------------------------------------------------------------------------------
def events(
    con: Con,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    outlet: str | None = None,
    article_id: str | None = None,
    include_unrealized: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> pd.DataFrame:
    """Coded events as extracted, one row per mention, with the canonical event each belongs to."""
    w = _Where()
    if not include_unrealized:
        w.add("e.realized")
    _dates(w, "e.date", start, end)
    if source:
        w.add("starts_with(e.source_code, ?)", source)
    if target:
        w.add("starts_with(e.target_code, ?)", target)
    if root:
        w.add("e.root = ?", root)
    if outlet:
        w.add("a.outlet = ?", outlet)
    if article_id:
        w.add("e.article_id = ?", article_id)
    corpus = has_corpus_tables(con)
    canonical = "m.canonical_id" if corpus else "NULL::VARCHAR"
    join = "LEFT JOIN event_mentions m ON m.event_id = e.id" if corpus else ""
    page, page_params = _page(limit, offset)
    sql = f"""
        SELECT e.id, {canonical} AS canonical_id, e.article_id, a.outlet, a.date AS article_date, e.date,
               e.source_code, e.source_text, e.target_code, e.target_text, e.cameo, e.cameo_name, e.root,
               e.goldstein, e.quad_class, e.plover_type, e.place_name, e.place_country, e.lat, e.lon,
               e.modality, e.realized, e.sentence, e.evidence_text, e.rule
        FROM events e JOIN articles a ON a.id = e.article_id {join}
        {w.sql()}
        ORDER BY e.date NULLS LAST, a.date NULLS LAST, e.article_id, e.evidence_start, e.id
        {page}
    """
    return _frame(con, sql, [*w.params, *page_params])


ORDERS = {
    "date": "date NULLS LAST, id",
    "mentions": "num_mentions DESC, date NULLS LAST, id",
    "sources": "num_sources DESC, num_mentions DESC, date NULLS LAST, id",
    "goldstein": "goldstein, date NULLS LAST, id",
}


def canonical_events(
    con: Con,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    source: str | None = None,
    target: str | None = None,
    country: str | None = None,
    root: str | None = None,
    quad_class: int | None = None,
    min_sources: int | None = None,
    ids: Sequence[str] | None = None,
    order: str = "date",
    limit: int | None = None,
    offset: int = 0,
) -> pd.DataFrame:
    """Deduplicated events with GDELT-style counts (NumMentions, NumSources, NumArticles)."""
    if order not in ORDERS:
        raise ValueError(f"order must be one of {sorted(ORDERS)}")
    w = _Where()
    _dates(w, "date", start, end)
    _actor_filters(w, "", source=source, target=target, country=country)
    if root:
        w.add("root = ?", root)
    if quad_class is not None:
        w.add("quad_class = ?", quad_class)
    if min_sources:
        w.add("num_sources >= ?", min_sources)
    if ids is not None:
        w.add("list_contains(?, id)", list(ids))
    page, page_params = _page(limit, offset)
    sql = f"SELECT * FROM canonical_events {w.sql()} ORDER BY {ORDERS[order]} {page}"
    return _frame(con, sql, [*w.params, *page_params])


def mentions(con: Con, canonical_ids: str | Sequence[str]) -> pd.DataFrame:
    """The mentions (coded events in articles) behind one or more canonical events."""
    ids = [canonical_ids] if isinstance(canonical_ids, str) else list(canonical_ids)
    sql = """
        SELECT m.*, e.evidence_text, e.rule, e.modality
        FROM event_mentions m JOIN events e ON e.id = m.event_id
        WHERE list_contains(?, m.canonical_id)
        ORDER BY m.canonical_id, m.article_date NULLS LAST, m.article_id, m.evidence_start, m.event_id
    """
    return _frame(con, sql, [ids])


def articles(
    con: Con,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    outlet: str | None = None,
    include_text: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> pd.DataFrame:
    """Stored articles with their near-duplicate cluster (the cluster is named after its first article)."""
    w = _Where()
    _dates(w, "a.date", start, end)
    if outlet:
        w.add("a.outlet = ?", outlet)
    text = ", a.text" if include_text else ""
    corpus = has_corpus_tables(con)
    cluster = "c.cluster_id, c.cluster_size, c.is_original" if corpus else "a.id AS cluster_id, 1 AS cluster_size, true AS is_original"
    join = "LEFT JOIN article_clusters c ON c.article_id = a.id" if corpus else ""
    page, page_params = _page(limit, offset)
    sql = f"""
        SELECT a.id, a.date, a.outlet, a.dateline, a.title, a.url, a.n_events, a.n_quotes, a.failed, {cluster}{text}
        FROM articles a {join} {w.sql()}
        ORDER BY a.date NULLS LAST, a.id {page}
    """
    return _frame(con, sql, [*w.params, *page_params])


def duplicates(con: Con) -> pd.DataFrame:
    """Near-duplicate links: each article with an earlier article it copies or lightly rewrites."""
    sql = """
        SELECT l.article_id, a.date, a.outlet, l.duplicate_of, b.date AS duplicate_of_date,
               b.outlet AS duplicate_of_outlet, l.similarity, l.method, c.cluster_id
        FROM article_links l
        JOIN articles a ON a.id = l.article_id
        JOIN articles b ON b.id = l.duplicate_of
        LEFT JOIN article_clusters c ON c.article_id = l.article_id
        ORDER BY c.cluster_id, a.date NULLS LAST, l.article_id, l.duplicate_of
    """
    return _frame(con, sql)


def quotes(
    con: Con,
    *,
    article_id: str | None = None,
    speaker: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> pd.DataFrame:
    """Quotes with their speakers and the article (outlet, date) they appeared in."""
    w = _Where()
    if article_id:
        w.add("q.article_id = ?", article_id)
    if speaker:
        w.add("(starts_with(q.speaker_code, ?) OR q.speaker_text = ?)", speaker, speaker)
    _dates(w, "a.date", start, end)
    page, page_params = _page(limit, offset)
    sql = f"""
        SELECT q.id, q.article_id, a.date, a.outlet, q.speaker_code, q.speaker_text, q.cue, q.kind, q.text,
               q.start_char, q.end_char
        FROM quotes q JOIN articles a ON a.id = q.article_id {w.sql()}
        ORDER BY a.date NULLS LAST, q.article_id, q.start_char, q.id {page}
    """
    return _frame(con, sql, [*w.params, *page_params])


# ---- aggregates ---------------------------------------------------------------------------------
def dyads(
    con: Con,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    country: str | None = None,
    source: str | None = None,
    target: str | None = None,
    min_events: int = 1,
    limit: int | None = 20,
) -> pd.DataFrame:
    """Directed dyads ranked by canonical events: counts, Goldstein sum and mean, QuadClass counts."""
    w = _Where()
    w.add("source_key IS NOT NULL AND target_key IS NOT NULL")
    _dates(w, "date", start, end)
    _actor_filters(w, "", source=source, target=target, country=None)
    if country:
        w.add("(source_country = ? OR target_country = ?)", country, country)
    page, page_params = _page(limit, 0)
    sql = f"""
        SELECT source_key, target_key, count(*) AS events, sum(num_mentions)::BIGINT AS mentions,
               sum(num_sources)::BIGINT AS source_reports,
               round(sum(goldstein), 4) AS goldstein_sum,
               round(sum(goldstein) / count(*), 3) AS goldstein_mean,
               count_if(quad_class = 1)::BIGINT AS quad1, count_if(quad_class = 2)::BIGINT AS quad2,
               count_if(quad_class = 3)::BIGINT AS quad3, count_if(quad_class = 4)::BIGINT AS quad4,
               min(date) AS first_date, max(date) AS last_date
        FROM canonical_events {w.sql()}
        GROUP BY source_key, target_key
        HAVING count(*) >= ?
        ORDER BY events DESC, mentions DESC, source_key, target_key
        {page}
    """
    return _frame(con, sql, [*w.params, min_events, *page_params])


def _series_source(level: Level, source: str | None, target: str | None, country: str | None) -> tuple[str, _Where]:
    w = _Where()
    if level == "dyad":
        if source:
            w.add("source_key = ?", source)
        if target:
            w.add("target_key = ?", target)
        return "dyad_day", w
    if level == "country":
        if not country:
            raise ValueError("a country series needs country=")
        w.add("country = ?", country)
        return "country_day", w
    raise ValueError("level must be 'dyad' or 'country'")


def series(
    con: Con,
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
    """A dyad's (source key → target key) or a country's series per day, week or month.

    Columns: ``period``, canonical ``events``, ``mentions``, ``goldstein_sum``, ``goldstein_mean``,
    ``conflict`` (minus the sum of negative Goldstein scores), QuadClass counts ``quad1``..``quad4``,
    the corpus totals of the period and ``share``/``mention_share``: the series' fraction of all
    events (mentions) that period, which normalises for how much news was coded. ``fill`` adds
    empty periods between ``start`` (or the first event) and ``end`` (or the last). One SQL
    statement over the daily tables, so a dyad's series costs the same in a large corpus.
    """
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {sorted(FREQS)}")
    table, w = _series_source(level, source, target, country)
    _dates(w, "date", start, end)
    period, step = FREQS[freq], STEPS[freq]
    periods = (
        f"SELECT unnest(generate_series(date_trunc('{freq}', lo)::DATE, hi, INTERVAL {step}))::DATE AS period FROM bounds"
        if fill else "SELECT period FROM s"
    )
    sql = f"""
        WITH s AS (
            SELECT {period} AS period, sum(events) AS events, sum(mentions) AS mentions,
                   sum(goldstein_sum) AS goldstein_sum, sum(conflict) AS conflict,
                   sum(quad1) AS quad1, sum(quad2) AS quad2, sum(quad3) AS quad3, sum(quad4) AS quad4
            FROM {table} {w.sql()} GROUP BY 1
        ), bounds AS (
            SELECT coalesce(?::DATE, min(period)) AS lo, coalesce(?::DATE, max(period)) AS hi,
                   -- totals cover the same days as the series: whole periods unless start/end cut them
                   coalesce(?::DATE, min(period)) AS first_day,
                   coalesce(?::DATE, (max(period) + INTERVAL {step} - INTERVAL '1 day')::DATE) AS last_day
            FROM s
        ), p AS ({periods}), t AS (
            SELECT {period} AS period, sum(events) AS total_events, sum(mentions) AS total_mentions
            FROM corpus_day, bounds WHERE date BETWEEN first_day AND last_day GROUP BY 1
        )
        SELECT p.period,
               coalesce(s.events, 0)::BIGINT AS events, coalesce(s.mentions, 0)::BIGINT AS mentions,
               round(coalesce(s.goldstein_sum, 0), 6)::DOUBLE AS goldstein_sum,
               round(s.goldstein_sum / nullif(s.events, 0), 6)::DOUBLE AS goldstein_mean,
               round(coalesce(s.conflict, 0), 6)::DOUBLE AS conflict,
               coalesce(s.quad1, 0)::BIGINT AS quad1, coalesce(s.quad2, 0)::BIGINT AS quad2,
               coalesce(s.quad3, 0)::BIGINT AS quad3, coalesce(s.quad4, 0)::BIGINT AS quad4,
               coalesce(t.total_events, 0)::BIGINT AS total_events, coalesce(t.total_mentions, 0)::BIGINT AS total_mentions,
               (coalesce(s.events, 0) / nullif(t.total_events, 0))::DOUBLE AS share,
               (coalesce(s.mentions, 0) / nullif(t.total_mentions, 0))::DOUBLE AS mention_share
        FROM p LEFT JOIN s ON s.period = p.period LEFT JOIN t ON t.period = p.period
        ORDER BY p.period
    """
    return _frame(con, sql, [*w.params, start, end, start, end])


def daily(
    con: Con,
    *,
    level: Level = "dyad",
    source: str | None = None,
    target: str | None = None,
    country: str | None = None,
    end: dt.date | None = None,
) -> pd.DataFrame:
    """Every key's daily rows (``key`` is ``SRC→TGT`` or the country), the input of alert methods."""
    w = _Where()
    if level == "dyad":
        if source:
            w.add("source_key = ?", source)
        if target:
            w.add("target_key = ?", target)
        table, key = "dyad_day", "source_key || '→' || target_key"
        extra = "source_key AS source, target_key AS target, NULL::VARCHAR AS country"
    elif level == "country":
        if country:
            w.add("country = ?", country)
        table, key = "country_day", "country"
        extra = "NULL::VARCHAR AS source, NULL::VARCHAR AS target, country"
    else:
        raise ValueError("level must be 'dyad' or 'country'")
    if end is not None:
        w.add("date <= ?", end)
    sql = f"""
        SELECT {key} AS key, {extra}, date, events, mentions, goldstein_sum, conflict, quad1, quad2, quad3, quad4
        FROM {table} {w.sql()} ORDER BY key, date
    """
    return _frame(con, sql, w.params)


def corpus_days(con: Con) -> pd.DataFrame:
    """Days the corpus covers (an article published or an event dated), with the day's totals."""
    return _frame(con, "SELECT date, events, mentions, articles FROM corpus_day ORDER BY date")


def evidence(
    con: Con,
    *,
    level: Level,
    key: str,
    start: dt.date,
    end: dt.date,
) -> pd.DataFrame:
    """Canonical events of one dyad (``SRC→TGT``) or country between two dates: what an alert rests on."""
    w = _Where()
    if level == "dyad":
        source, _, target = key.partition("→")
        w.add("source_key = ? AND target_key = ?", source, target)
    else:
        w.add("(source_country = ? OR target_country = ? OR place_country = ?)", key, key, key)
    _dates(w, "date", start, end)
    sql = f"""
        SELECT id, date, source_code, target_code, cameo, cameo_name, goldstein, quad_class, place_name,
               num_mentions, num_sources, num_articles, outlets, first_seen, trigger_text, evidence_text
        FROM canonical_events {w.sql()} ORDER BY date, goldstein, id
    """
    return _frame(con, sql, w.params)


def stats(con: Con) -> dict[str, Any]:
    """Counts that describe the corpus: articles, outlets, events, canonical events, duplicates, dates."""

    def one(sql: str) -> Any:
        rows = con.execute(sql).fetchall()  # fetchall: DuckDB refuses new work while a result is unfinished
        return rows[0][0] if rows else None

    try:
        out: dict[str, Any] = {
            "articles": one("SELECT count(*) FROM articles"),
            "failed_articles": one("SELECT count(*) FROM articles WHERE failed"),
            "outlets": one("SELECT count(DISTINCT outlet) FROM articles"),
            "first_article": one("SELECT min(date) FROM articles"),
            "last_article": one("SELECT max(date) FROM articles"),
            "events": one("SELECT count(*) FROM events WHERE realized"),
            "unrealized_events": one("SELECT count(*) FROM events WHERE NOT realized"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "entities": one("SELECT count(*) FROM entities"),
        }
        if has_corpus_tables(con):
            out.update(
                {
                    "canonical_events": one("SELECT count(*) FROM canonical_events"),
                    "mentions": one("SELECT count(*) FROM event_mentions"),
                    "multi_source_events": one("SELECT count(*) FROM canonical_events WHERE num_sources > 1"),
                    "duplicate_articles": one("SELECT count(*) FROM article_clusters WHERE NOT is_original"),
                    "duplicate_clusters": one("SELECT count(DISTINCT cluster_id) FROM article_clusters WHERE cluster_size > 1"),
                    "dyads": one("SELECT count(*) FROM (SELECT DISTINCT source_key, target_key FROM dyad_day)"),
                    "first_event": one("SELECT min(date) FROM canonical_events"),
                    "last_event": one("SELECT max(date) FROM canonical_events"),
                    "refreshed": one("SELECT count(*) FROM event_mentions") == one("SELECT count(*) FROM events WHERE realized"),
                }
            )
            settings = con.execute("SELECT key, value FROM corpus_meta ORDER BY key").fetchall()
            out["settings"] = dict(settings)
        else:
            out["refreshed"] = False
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}") from exc
    return out
