"""What the API reads from the corpus tables (migration 0002) when ``newsevents refresh`` has filled them.

The corpus is the analyst's truth: one canonical event per real-world event however many outlets
told it, and alerts computed on those (robust z, CUSUM, highest in N days, ACLED's weekly table).
A database that was only coded (no refresh) has none of that; then the API falls back to the
per-article events and a simple weekly rule, and says so in its answers (``interim: true``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import duckdb
import pandas as pd

from newsevents.api.models import AlertMark, AlertRow, AlertsOut, ArticleLink
from newsevents.corpus import alerts as corpus_alerts
from newsevents.corpus.sql import CONFLICT

Con = duckdb.DuckDBPyConnection

# Per-article events with the number of distinct outlets that report the same real-world event.
# With corpus tables: the canonical event's NumSources (dedup across outlets and wire copies);
# without (or for events stored after the last refresh): outlets reporting the same date, code and dyad.
_WINDOW_SOURCES = """count(DISTINCT coalesce(e.outlet, e.article_id)) OVER (
        PARTITION BY e.realized, e.date, e.cameo, coalesce(e.source_code, ''), coalesce(e.target_code, '')
    )"""
PLAIN_CTE = f"""
WITH ev AS (
    SELECT e.*, {_WINDOW_SOURCES} AS n_sources, e.id AS canonical_id
    FROM events e
)
"""
CORPUS_CTE = f"""
WITH ev AS (
    SELECT e.*, coalesce(c.num_sources, {_WINDOW_SOURCES}) AS n_sources, coalesce(m.canonical_id, e.id) AS canonical_id
    FROM events e
    LEFT JOIN (SELECT DISTINCT event_id, canonical_id FROM event_mentions) m ON m.event_id = e.id
    LEFT JOIN canonical_events c ON c.id = m.canonical_id
)
"""

METHOD_NAMES = {
    "robust_z": "robust z-score against the trailing 28 covered days",
    "cusum": "CUSUM of robust deviations (sustained rise)",
    "highest": "highest value in 90 days",
    "acled": "last 7 days at least 2x the average week of the previous 4 and 52",
}


def has_corpus(con: Con) -> bool:
    """True when the corpus tables exist and hold canonical events."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('canonical_events', 'event_mentions', 'dyad_day')"
    ).fetchone()
    if not row or row[0] < 3:
        return False
    n = con.execute("SELECT count(*) FROM canonical_events").fetchone()
    return bool(n and n[0])


def ev_cte(con: Con) -> str:
    """The ``ev`` common table expression every event query starts from."""
    return CORPUS_CTE if has_corpus(con) else PLAIN_CTE


def _country(code: str | None) -> str | None:
    """The corpus keys dyads by country (or by the bare code of actors without one)."""
    return code[:3].upper() if code else None


def series_marks(con: Con, *, kind: str, source: str | None, target: str | None, country: str | None,
                 start: dt.date | None, end: dt.date | None) -> list[AlertMark]:
    """Corpus alerts of one dyad or country, one mark per day (the methods that fired, in one message)."""
    if kind == "dyad":
        if source is None or target is None:
            return []
        frame = corpus_alerts.alerts(con, level="dyad", source=_country(source), target=_country(target),
                                     start=start, end=end, evidence=False)
    else:
        frame = corpus_alerts.alerts(con, level="country", country=_country(country), start=start, end=end,
                                     evidence=False)
    by_day: dict[dt.date, list[Any]] = defaultdict(list)
    for r in frame.itertuples(index=False):
        by_day[r.date].append(r)
    marks = []
    for day in sorted(by_day):
        rows = by_day[day]
        marks.append(AlertMark(
            date=day, methods=sorted({str(r.method) for r in rows}), message="; ".join(str(r.message) for r in rows),
            key=str(rows[0].key),
        ))
    return marks


def alerts_table(con: Con, *, as_of: dt.date | None, source: str | None, target: str | None, limit: int,
                 evidence: int = 5) -> AlertsOut:
    """ACLED's weekly table over canonical country dyads, each row flagged when any corpus method fired that week."""
    if as_of is None:
        row = con.execute("SELECT max(date) FROM canonical_events").fetchone()
        as_of = row[0] if row else None
    rule = ("corpus: canonical events per country dyad (sides with no country left out); last 7 days vs the average week of the 4 weeks before "
            "(and of the 52); alert when a method fired in those 7 days: "
            + "; ".join(f"{k} = {v}" for k, v in METHOD_NAMES.items()))
    if as_of is None:
        return AlertsOut(interim=False, rule=rule, as_of=None, level="country", rows=[])
    table = corpus_alerts.acled_table(con, level="dyad", as_of=as_of, metric="events",
                                      source=_country(source), target=_country(target))
    week0 = as_of - dt.timedelta(days=6)
    fired = corpus_alerts.alerts(con, level="dyad", source=_country(source), target=_country(target),
                                 start=week0, end=as_of, evidence=False)
    methods: dict[str, set[str]] = defaultdict(set)
    for r in fired.itertuples(index=False):
        methods[str(r.key)].add(str(r.method))
    week = {k: (g, c) for k, g, c in con.execute(
        f"SELECT source_key || '→' || target_key, avg(goldstein), sum({CONFLICT})::DOUBLE "
        "FROM canonical_events WHERE date BETWEEN ? AND ? GROUP BY 1", [week0, as_of]).fetchall()}
    rows: list[AlertRow] = []
    for r in table.itertuples(index=False) if len(table) else []:
        key = str(r.key)
        src, _, tgt = key.partition("→")
        if r.last_week <= 0 or src.startswith("---") or tgt.startswith("---"):
            continue  # a country table has no row for a side with no country (as the simple rule and the network)
        gold, conflict = week.get(key, (0.0, 0.0))
        rows.append(AlertRow(
            source=src, target=tgt, last7=int(r.last_week), avg28=round(float(r.avg_4w), 2),
            avg52=round(float(r.avg_52w), 2), pct_change=None if pd.isna(r.pct_change_4w) else float(r.pct_change_4w),
            goldstein_mean=round(float(gold or 0.0), 2), conflict=round(float(conflict or 0.0), 1),
            alert=bool(methods.get(key)),
            methods=sorted(methods.get(key, ())), evidence=[],
            event_ids=[str(i) for i in r.event_ids],
        ))
    rows.sort(key=AlertRow.rank)
    rows = rows[:limit]
    ids = sorted({i for a in rows for i in a.event_ids})
    links: dict[str, list[ArticleLink]] = defaultdict(list)
    if ids:
        # each row's evidence is its events (the most hostile first), each linked to the article that
        # anchors it, so the reader sees what the dyad did, not just which stories mention it
        found = con.execute(
            """SELECT c.source_key || '→' || c.target_key, a.id, a.title, a.text[:200], c.date, a.outlet,
                      c.cameo, c.cameo_name, c.quad_class, c.evidence_text
               FROM canonical_events c JOIN articles a ON a.id = c.anchor_article_id
               WHERE list_contains(?, c.id) ORDER BY c.goldstein, c.date, c.id""",
            [ids],
        ).fetchall()
        from newsevents.api.queries import _label

        for key, aid, title, head, day, outlet, cameo, cameo_name, quad, sentence in found:
            if len(links[key]) < evidence:
                links[key].append(ArticleLink(id=aid, label=_label(title, head), date=day, outlet=outlet, cameo=cameo,
                                              cameo_name=cameo_name, quad_class=quad,
                                              sentence=" ".join((sentence or "").split()) or None))
    rows = [a.model_copy(update={"evidence": links[f"{a.source}→{a.target}"]}) for a in rows]
    return AlertsOut(interim=False, rule=rule, as_of=as_of, level="country", rows=rows)
