"""Daily dyad, country and corpus totals, materialized by refresh so series queries stay fast.

Series and alerts read these small tables instead of scanning every canonical event: a dyad's
daily series is an indexed slice of ``dyad_day`` however large the corpus grows. Goldstein sums
are taken as decimals so the totals do not depend on the order rows were added in.

- ``dyad_day``: per day and directed dyad (source key → target key).
- ``country_day``: per day and country, counting each canonical event once for every distinct
  country among its source, its target and its place ("events involving or located in").
- ``corpus_day``: per day, all canonical events and mentions (the denominators of volume shares)
  and the articles published that day.
"""

from __future__ import annotations

import duckdb

from newsevents.corpus.sql import CONFLICT

__all__ = ["build_aggregates"]

MEASURES = f"""
    count(*)::INTEGER AS events,
    sum(num_mentions)::INTEGER AS mentions,
    sum(goldstein::DECIMAL(8, 2))::DOUBLE AS goldstein_sum,
    sum({CONFLICT})::DOUBLE AS conflict,
    count(*) FILTER (WHERE quad_class = 1)::INTEGER AS quad1,
    count(*) FILTER (WHERE quad_class = 2)::INTEGER AS quad2,
    count(*) FILTER (WHERE quad_class = 3)::INTEGER AS quad3,
    count(*) FILTER (WHERE quad_class = 4)::INTEGER AS quad4
"""

DYAD_SQL = f"""
INSERT INTO dyad_day
SELECT date, source_key, target_key, {MEASURES}
FROM canonical_events
WHERE date IS NOT NULL AND source_key IS NOT NULL AND target_key IS NOT NULL
GROUP BY date, source_key, target_key
ORDER BY source_key, target_key, date
"""

COUNTRY_SQL = f"""
INSERT INTO country_day
WITH involved AS (
    SELECT DISTINCT id, date, country, num_mentions, goldstein, quad_class FROM (
        SELECT id, date, source_country AS country, num_mentions, goldstein, quad_class FROM canonical_events
        UNION ALL
        SELECT id, date, target_country, num_mentions, goldstein, quad_class FROM canonical_events
        UNION ALL
        SELECT id, date, place_country, num_mentions, goldstein, quad_class FROM canonical_events
    ) WHERE country IS NOT NULL AND date IS NOT NULL
)
SELECT date, country, {MEASURES}
FROM involved GROUP BY date, country
ORDER BY country, date
"""

DAY_SQL = """
INSERT INTO corpus_day
WITH ev AS (
    SELECT date, count(*)::INTEGER AS events, sum(num_mentions)::INTEGER AS mentions
    FROM canonical_events WHERE date IS NOT NULL GROUP BY date
), art AS (
    SELECT date, count(*)::INTEGER AS articles FROM articles WHERE date IS NOT NULL GROUP BY date
)
SELECT coalesce(ev.date, art.date) AS date, coalesce(ev.events, 0), coalesce(ev.mentions, 0),
       coalesce(art.articles, 0)
FROM ev FULL OUTER JOIN art ON ev.date = art.date
ORDER BY 1
"""


def build_aggregates(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Recompute the daily tables from ``canonical_events``; returns their row counts."""
    counts: dict[str, int] = {}
    for table, sql in (("dyad_day", DYAD_SQL), ("country_day", COUNTRY_SQL), ("corpus_day", DAY_SQL)):
        con.execute(f"DELETE FROM {table}")
        con.execute(sql)
        counts[f"{table}_rows"] = int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
    return counts
