"""Cross-outlet event dedup: one canonical event per real-world event, listing its mentions.

Five outlets reporting one air strike give five coded events; analysts want one event reported
five times. Mentions (realized coded events) are grouped when they share the dyad (actors taken
to their country or body, see :func:`newsevents.corpus.actors.actor_key`) and the CAMEO root
family (see below), fall within ``window_days`` of the group's earliest mention (its *anchor*) and happen at nearby
places. A mention dated only to a week or a month ("killed in a strike last week") joins the
event of its group dated to a day inside that period, when there is one, rather than opening an
event on the day its period was resolved to. Counts follow GDELT's meaning over the whole corpus (GDELT counts only the 15 minutes in
which it first saw the event): NumMentions every mention, NumArticles distinct articles,
NumSources distinct outlets; ``first_seen`` is the earliest publication date of a mention.

Root family. Reports of one act of violence name it at different grains: "a US strike killed the
commander" is coded 186 (assassinate) in one sentence, 190 (use force) or 195 (aerial weapons) in
the next. Material conflict with force -- 18 (assault), 19 (fight) and 20 (mass violence) -- is
therefore one family: mentions of one dyad with any of these roots, within the window and the
radius, are one incident. Every other root is a family of its own (exact-root grouping), since a
threat (13) or a protest (14) is a different act from the fighting it is about. Each mention keeps
its own code in ``event_mentions``; the canonical event is coded by the most specific, then most
severe mention of its family: the code with most digits, a root's catch-all code ("190", "180")
counting as the bare root (so "assassinate" 186 or "aerial weapons" 195 says more than "use
force" 190), then the highest root (20 before 19 before 18), then the sort order below. Its Goldstein score, quad class and PLOVER type follow that code; its date and
evidence stay those of the anchor. Any canonical event is placed at the most precise place among its mentions (the
sweep only groups nearby places, so "Baghdad" in one story and "Baghdad International Airport" in another are one
strike, shown at the airport), the anchor's on a tie. A canonical event of any other root takes the anchor's code.

The grouping is a pure function of the stored events: they are sorted by (dyad, family, date,
publication date, event id) and swept once, so the same events always give the same groups, and
the id of a canonical event is the content hash of its anchor mention's id.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import duckdb

from newsevents.corpus.actors import actor_key, is_country

__all__ = ["CanonicalParams", "assign_mentions", "build_canonical_events", "compatible_places", "period"]

PRECISION_RANK = {"landmark": 3, "city": 3, "admin1": 2, "country": 1}
EARTH_KM = 6371.0088
EPOCH = dt.date(1970, 1, 1)
# Roots of material conflict with force (18 assault, 19 fight, 20 mass violence) are one family.
FAMILY_SQL = "CASE WHEN e.root IN ('18', '19', '20') THEN '18-20' ELSE e.root END"


@dataclass(frozen=True, slots=True)
class CanonicalParams:
    """When two mentions are one event: dates within ``window_days``, places within ``radius_km``."""

    window_days: int = 1
    radius_km: float = 50.0

    @property
    def tag(self) -> str:
        return f"window_days={self.window_days}/radius_km={self.radius_km:g}"


@dataclass(slots=True)
class _Place:
    rank: int  # 0 none, 1 country, 2 admin1, 3 city or landmark
    lat: float
    lon: float
    country: str | None
    name: str | None


def _km(a: _Place, b: _Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dphi, dlmb = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def compatible_places(a: _Place, b: _Place, radius_km: float) -> bool:
    """Nearby: an unknown place fits anything; two cities or landmarks must be within ``radius_km``;
    a country or province fits places in the same country (two provinces must share a name)."""
    if a.rank == 0 or b.rank == 0:
        return True
    if a.rank == 3 and b.rank == 3:
        return _km(a, b) <= radius_km
    if a.country and b.country and a.country != b.country:
        return False
    if a.rank == 2 and b.rank == 2:
        return a.name == b.name or _km(a, b) <= radius_km
    return True


def assign_mentions(
    groups: list[int],
    days: list[int | None],
    places: list[_Place],
    params: CanonicalParams,
    periods: list[tuple[int, int] | None] | None = None,
) -> list[int]:
    """Index of each mention's anchor, for mentions sorted by (group, day, publication, id).

    A mention joins the first open cluster of its group whose anchor is at most ``window_days``
    earlier and whose reference place is nearby; otherwise it anchors a new cluster. A cluster's
    reference place is the most precise place among its members so far, so a cluster placed at
    "Iraq" that receives "Baghdad" no longer accepts "Basra".

    Mentions with a ``periods`` entry (dated to a week or a month) are placed afterwards: each
    joins the day-dated cluster of its group whose anchor day lies in its period, nearest its own
    day, at a nearby place; one that no such cluster takes is clustered as above among its kind.
    """
    spans = periods or [None] * len(groups)
    anchors = list(range(len(groups)))
    dated: dict[int, list[list[Any]]] = {}  # every day-dated cluster of a group, for the second pass
    for coarse in (False, True):
        open_: list[list[Any]] = []  # [anchor index, anchor day, reference place]
        current: int | None = None
        for i, (grp, day) in enumerate(zip(groups, days, strict=True)):
            if (spans[i] is not None) != coarse:
                continue
            if grp != current:
                open_, current = [], grp
            if day is None:
                continue  # undated mentions cannot be matched: each stands alone
            place, span = places[i], spans[i]
            if span is not None:
                inside = [c for c in dated.get(grp, ()) if span[0] <= c[1] <= span[1]
                          and compatible_places(c[2], place, params.radius_km)]
                if inside:
                    anchors[i] = min(inside, key=lambda c: (abs(c[1] - day), c[1]))[0]
                    continue
            open_ = [c for c in open_ if c[1] >= day - params.window_days]
            for cluster in open_:
                if compatible_places(cluster[2], place, params.radius_km):
                    anchors[i] = cluster[0]
                    if place.rank > cluster[2].rank:
                        cluster[2] = place
                    break
            else:
                cluster = [i, day, place]
                open_.append(cluster)
                if not coarse:
                    dated.setdefault(grp, []).append(cluster)
    return anchors


def period(day: int, precision: str | None) -> tuple[int, int] | None:
    """The days (counted from 1970-01-01) a date of coarse ``precision`` stands for; None for a day.

    A week is its Monday to Sunday, a month its calendar month. A year is too coarse to put a
    mention on another event's day, and so is an unknown precision.
    """
    if precision == "week":
        monday = day - (day + 3) % 7  # 1970-01-01 was a Thursday
        return monday, monday + 6
    if precision == "month":
        first = (EPOCH + dt.timedelta(days=day)).replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return (first - EPOCH).days, (following - EPOCH).days - 1
    return None


def _register_actor_codes(con: duckdb.DuckDBPyConnection) -> None:
    import numpy as np

    codes = sorted(
        {
            c
            for (c,) in con.execute(
                "SELECT DISTINCT source_code FROM events UNION SELECT DISTINCT target_code FROM events"
            ).fetchall()
            if c
        }
    )
    keys = [actor_key(c) for c in codes]
    countries = [c[:3] if is_country(c[:3]) else None for c in codes]
    con.execute("DROP TABLE IF EXISTS _actor_codes")
    con.execute("CREATE TEMP TABLE _actor_codes (code VARCHAR, key VARCHAR, country VARCHAR)")
    if codes:
        frame = {
            "code": np.array(codes, dtype=object),
            "key": np.array(keys, dtype=object),
            "country": np.array(countries, dtype=object),
        }
        con.register("_actor_codes_in", frame)
        con.execute("INSERT INTO _actor_codes SELECT code, key, country FROM _actor_codes_in")
        con.unregister("_actor_codes_in")


MENTIONS_SQL = """
CREATE TEMP TABLE _m AS
SELECT row_number() OVER (
           ORDER BY coalesce(sk.key, ''), coalesce(tk.key, ''), FAMILY, coalesce(e.date, a.date) NULLS LAST,
                    a.date NULLS LAST, e.id) - 1 AS rn,
       dense_rank() OVER (ORDER BY coalesce(sk.key, ''), coalesce(tk.key, ''), FAMILY) AS grp,
       e.id AS event_id, e.article_id, coalesce(c.cluster_id, e.article_id) AS article_cluster,
       a.outlet, a.url, a.date AS article_date, coalesce(e.date, a.date) AS date,
       nullif(e.source_code, '') AS source_code, sk.key AS source_key, sk.country AS source_country,
       e.record->>'$.source.entity' AS source_entity, e.source_text,
       nullif(e.target_code, '') AS target_code, tk.key AS target_key, tk.country AS target_country,
       e.record->>'$.target.entity' AS target_entity, e.target_text,
       e.cameo, e.root, e.goldstein, e.quad_class,
       e.place_name, e.place_country, e.record->>'$.place.admin1' AS place_admin1,
       TRY_CAST(e.record->>'$.place.geonameid' AS BIGINT) AS place_geonameid,
       e.lat, e.lon, e.place_precision,
       e.sentence, e.evidence_start, e.evidence_end, e.record->>'$.evidence.trigger.text' AS trigger_text,
       e.fatalities, e.injured, e.crowd_size,
       CASE WHEN e.date IS NULL THEN 'day' ELSE coalesce(e.record->>'$.time.precision', 'day') END AS date_precision
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN article_clusters c ON c.article_id = e.article_id
LEFT JOIN _actor_codes sk ON sk.code = e.source_code
LEFT JOIN _actor_codes tk ON tk.code = e.target_code
WHERE e.realized AND NOT coalesce(e.negated, false)
""".replace("FAMILY", FAMILY_SQL)

CANONICAL_SQL = """
INSERT INTO canonical_events
WITH agg AS (
    SELECT canonical_id,
           min(article_date) AS first_seen,
           max(article_date) AS last_seen,
           count(*)::INTEGER AS num_mentions,
           count(DISTINCT coalesce(outlet, 'article:' || article_id))::INTEGER AS num_sources,
           count(DISTINCT article_id)::INTEGER AS num_articles,
           count(DISTINCT article_cluster)::INTEGER AS num_independent,
           -- string_agg(DISTINCT) is several times faster than list() over many small groups
           coalesce(list_sort(string_split(string_agg(DISTINCT outlet, chr(31)), chr(31))), []) AS outlets,
           -- the article that reported it first: earliest publication date, then smallest id
           arg_min(article_id, first_key) AS first_article_id,
           arg_min(outlet, first_key) AS first_outlet,
           arg_min(url, first_key) AS first_url,
           bool_or(sentence = 0) AS is_root_event,
           max(fatalities) AS fatalities, max(injured) AS injured, max(crowd_size) AS crowd_size,
           -- the mention that codes the event: in the violence family the most specific code (a root's
           -- catch-all "190" counts as "19"), then the most severe root, then the sweep order
           CASE WHEN bool_or(is_anchor AND root IN ('18', '19', '20'))
                THEN arg_min(event_id, code_key) ELSE arg_max(event_id, is_anchor) END AS code_event_id,
           -- the mention that places it: the most precise place of any mention (all of them are nearby,
           -- the sweep saw to that), then the anchor's
           arg_min(event_id, place_key) AS place_event_id
    FROM (
        SELECT *, coalesce(strftime(article_date, '%Y%m%d'), '99999999') || article_id AS first_key,
               (CASE WHEN lat IS NULL OR lon IS NULL THEN '9' ELSE CASE place_precision WHEN 'landmark' THEN '0'
                     WHEN 'city' THEN '1' WHEN 'admin1' THEN '2' WHEN 'country' THEN '3' ELSE '8' END END)
               || (CASE WHEN is_anchor THEN '0' ELSE '1' END) || coalesce(strftime(date, '%Y%m%d'), '99999999')
               || event_id AS place_key,
               (9 - length(cameo) + CASE WHEN length(cameo) = 3 AND cameo LIKE '%0' THEN 1 ELSE 0 END)::VARCHAR
               || (CASE root WHEN '20' THEN '0' WHEN '19' THEN '1' WHEN '18' THEN '2' ELSE '3' END)
               || coalesce(strftime(date, '%Y%m%d'), '99999999') || coalesce(strftime(article_date, '%Y%m%d'), '99999999')
               || event_id AS code_key
        FROM event_mentions
    ) GROUP BY canonical_id
)
SELECT m.canonical_id, m.date, agg.first_seen, agg.last_seen,
       m.source_code, m.source_key, m.source_country, coalesce(se.name, m.source_text), m.source_text,
       m.target_code, m.target_key, m.target_country, coalesce(te.name, m.target_text), m.target_text,
       k.cameo, ke.cameo_name, k.root, k.goldstein, k.quad_class,
       ke.plover_type, ke.plover_mode, ke.record->>'$.plover.context',
       p.place_name, p.place_country, p.place_admin1, p.place_geonameid, p.lat, p.lon, p.place_precision,
       agg.num_mentions, agg.num_sources, agg.num_articles, agg.num_independent, agg.outlets,
       agg.first_article_id, agg.first_outlet, agg.first_url,
       m.event_id, m.article_id, m.outlet, agg.is_root_event, m.sentence, m.evidence_start, m.evidence_end, e.evidence_text, m.trigger_text,
       agg.fatalities, agg.injured, agg.crowd_size
FROM agg
JOIN event_mentions m ON m.canonical_id = agg.canonical_id AND m.is_anchor
JOIN events e ON e.id = m.event_id
JOIN event_mentions k ON k.event_id = agg.code_event_id
JOIN event_mentions p ON p.event_id = agg.place_event_id
JOIN events ke ON ke.id = agg.code_event_id
LEFT JOIN entities se ON se.id = m.source_entity
LEFT JOIN entities te ON te.id = m.target_entity
ORDER BY m.source_key NULLS LAST, m.target_key NULLS LAST, m.date NULLS LAST, m.canonical_id
"""


def build_canonical_events(con: duckdb.DuckDBPyConnection, params: CanonicalParams | None = None) -> dict[str, int]:
    """Recompute ``event_mentions`` and ``canonical_events`` from the stored events.

    Runs inside the caller's transaction; article clusters must be current (they give
    ``num_independent``). Returns the numbers of mentions and canonical events.
    """
    import numpy as np

    params = params or CanonicalParams()
    _register_actor_codes(con)
    con.execute("DROP TABLE IF EXISTS _m")
    con.execute(MENTIONS_SQL)
    cols = con.execute(
        "SELECT grp, (date - DATE '1970-01-01') AS day, coalesce(lat, 'NaN'::DOUBLE) AS lat, "
        "coalesce(lon, 'NaN'::DOUBLE) AS lon, place_precision, place_country, place_name, date_precision "
        "FROM _m ORDER BY rn"
    ).fetchnumpy()
    n = len(cols["grp"])
    groups = [int(g) for g in cols["grp"]]
    day_col = cols["day"]
    mask = np.ma.getmaskarray(day_col) if isinstance(day_col, np.ma.MaskedArray) else np.zeros(n, dtype=bool)
    day_values = np.ma.getdata(day_col)
    days: list[int | None] = [None if mask[k] else int(day_values[k]) for k in range(n)]
    places = [
        _Place(
            PRECISION_RANK.get(prec or "", 0) if not (math.isnan(lat) or math.isnan(lon)) else 0,
            float(lat),
            float(lon),
            country,
            name,
        )
        for lat, lon, prec, country, name in zip(
            cols["lat"].tolist(), cols["lon"].tolist(), cols["place_precision"].tolist(),
            cols["place_country"].tolist(), cols["place_name"].tolist(), strict=True,
        )
    ]
    periods = [None if d is None else period(d, p)
               for d, p in zip(days, cols["date_precision"].tolist(), strict=True)]
    anchors = assign_mentions(groups, days, places, params, periods)
    con.execute("DELETE FROM event_mentions")
    con.execute("DELETE FROM canonical_events")
    if n:
        con.register("_anchors", {"rn": np.arange(n, dtype=np.int64), "anchor_rn": np.array(anchors, dtype=np.int64)})
        con.execute(
            """
            INSERT INTO event_mentions
            SELECT m.event_id, 'ce' || substr(sha256('["' || a.event_id || '"]'), 1, 16), m.article_id,
                   m.article_cluster, m.outlet, m.url, m.article_date, m.date,
                   m.source_code, m.source_key, m.source_country, m.source_entity, m.source_text,
                   m.target_code, m.target_key, m.target_country, m.target_entity, m.target_text,
                   m.cameo, m.root, m.goldstein, m.quad_class,
                   m.place_name, m.place_country, m.place_admin1, m.place_geonameid, m.lat, m.lon, m.place_precision,
                   m.sentence, m.evidence_start, m.evidence_end, m.trigger_text,
                   m.fatalities, m.injured, m.crowd_size, r.anchor_rn = m.rn
            FROM _m m JOIN _anchors r ON r.rn = m.rn JOIN _m a ON a.rn = r.anchor_rn
            ORDER BY m.rn
            """
        )
        con.unregister("_anchors")
        con.execute(CANONICAL_SQL)
    con.execute("DROP TABLE IF EXISTS _m")
    con.execute("DROP TABLE IF EXISTS _actor_codes")
    con.execute("INSERT OR REPLACE INTO corpus_meta VALUES ('canonical', ?)", [params.tag])
    canonical = con.execute("SELECT count(*) FROM canonical_events").fetchall()
    return {"mentions": n, "canonical_events": int(canonical[0][0])}
