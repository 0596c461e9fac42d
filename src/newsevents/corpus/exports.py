"""Write canonical events as GDELT 2.0, ICEWS, PLOVER JSONL, Parquet (partitioned) or CSV.

Each format is written the way its users' existing readers expect; docs/corpus.md lists every
place where our values differ from the original datasets and why (ISO vs FIPS codes, numeric
ids derived from content hashes, no tone, corpus-wide counts).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import duckdb

from newsevents import __version__
from newsevents.corpus.actors import SECTORS, country_name, fips_code, parse_code
from newsevents.corpus.plover import MODES, QUAD, actor_object
from newsevents.corpus.sql import canonical_filter
from newsevents.errors import StoreError

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "ICEWS_COLUMNS",
    "export",
    "gdelt_row",
    "icews_row",
    "numeric_id",
    "plover_record",
]

Format = Literal["gdelt", "icews", "plover", "parquet", "csv"]
FORMATS = ("gdelt", "icews", "plover", "parquet", "csv")

# GDELT 2.0 event table: the 61 columns in codebook order, with the type each holds.
GDELT_COLUMNS: list[tuple[str, str]] = [
    ("GLOBALEVENTID", "int"), ("SQLDATE", "int"), ("MonthYear", "int"), ("Year", "int"), ("FractionDate", "float"),
    *[
        (f"Actor{n}{field}", "str")
        for n in (1, 2)
        for field in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                      "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
    ],
    ("IsRootEvent", "int"), ("EventCode", "str"), ("EventBaseCode", "str"), ("EventRootCode", "str"),
    ("QuadClass", "int"), ("GoldsteinScale", "float"), ("NumMentions", "int"), ("NumSources", "int"),
    ("NumArticles", "int"), ("AvgTone", "float"),
    *[
        (f"{who}Geo_{field}", kind)
        for who in ("Actor1", "Actor2", "Action")
        for field, kind in (("Type", "int"), ("FullName", "str"), ("CountryCode", "str"), ("ADM1Code", "str"),
                            ("ADM2Code", "str"), ("Lat", "float"), ("Long", "float"), ("FeatureID", "str"))
    ],
    ("DATEADDED", "int"), ("SOURCEURL", "str"),
]

ICEWS_COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
]
NA = "NA"  # ICEWS's marker for a missing value (as in the Dataverse extracts)


def numeric_id(text: str) -> int:
    """A stable positive 60-bit integer for a string id (GDELT and ICEWS ids are integers)."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:15], 16)


def _rows(con: duckdb.DuckDBPyConnection, where: str, params: list[Any], batch: int = 10_000) -> Iterator[dict[str, Any]]:
    """Stream canonical events in batches on a cursor of their own (the connection stays usable)."""
    cur = con.cursor()
    try:
        cur.execute(f"SELECT * FROM canonical_events {where} ORDER BY date NULLS LAST, id", params)
        names = [d[0] for d in cur.description or []]
        while chunk := cur.fetchmany(batch):
            for row in chunk:
                yield dict(zip(names, row, strict=True))
    except duckdb.CatalogException as exc:
        raise StoreError(f"the corpus tables are missing ({exc}); run `newsevents refresh --db PATH` first") from exc
    except duckdb.Error as exc:
        raise StoreError(f"export query failed: {exc}") from exc
    finally:
        cur.close()


def _num(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


# ---- GDELT ------------------------------------------------------------------------------------------
def _gdelt_actor(code: str | None, name: str | None) -> list[str]:
    parts = parse_code(code)
    if parts is None:
        return [""] * 10
    types = [*parts.types, "", "", ""][:3]
    return [parts.code, (name or "").upper(), parts.country or "", parts.known_group or "", "", "", "", *types]


def _gdelt_geo(ev: dict[str, Any]) -> list[str]:
    precision, country = ev.get("place_precision"), ev.get("place_country")
    if not precision or ev.get("lat") is None:
        return ["0", "", "", "", "", "", "", ""]
    us = country == "USA"
    geo_type = {"country": 1, "admin1": 2 if us else 5}.get(precision, 3 if us else 4)
    fips = fips_code(country) or ""
    cname = country_name(country) or ""
    full = cname if precision == "country" else ", ".join(x for x in (ev.get("place_name"), cname) if x)
    adm1 = fips + (ev.get("place_admin1") or "") if precision != "country" and ev.get("place_admin1") else fips
    if ev.get("place_geonameid") is not None:
        feature = str(ev["place_geonameid"])
    elif precision == "country":
        feature = fips
    elif precision == "admin1":
        feature = adm1
    else:
        feature = ""
    return [str(geo_type), full, fips, adm1, "", _num(ev["lat"], 4), _num(ev["lon"], 4), feature]


def gdelt_row(ev: dict[str, Any]) -> list[str]:
    """One canonical event as the 61 fields of a GDELT 2.0 event record."""
    d: dt.date | None = ev.get("date")
    code = ev.get("cameo") or ""
    seen: dt.date | None = ev.get("first_seen") or d
    url = ev.get("first_url") or (
        f"{ev['first_outlet']} (newsevents article {ev['first_article_id']})" if ev.get("first_outlet")
        else f"newsevents article {ev.get('first_article_id')}"
    )
    no_geo = ["0", "", "", "", "", "", "", ""]
    row = [
        str(numeric_id(ev["id"])),
        d.strftime("%Y%m%d") if d else "",
        d.strftime("%Y%m") if d else "",
        str(d.year) if d else "",
        f"{d.year + (d.month * 30 + d.day) / 365:.4f}" if d else "",
        *_gdelt_actor(ev.get("source_code"), ev.get("source_name")),
        *_gdelt_actor(ev.get("target_code"), ev.get("target_name")),
        "1" if ev.get("is_root_event") else "0",
        code,
        code[:3],
        code[:2],
        str(ev.get("quad_class") or ""),
        _num(ev.get("goldstein"), 1),
        str(ev.get("num_mentions") or 0),
        str(ev.get("num_sources") or 0),
        str(ev.get("num_articles") or 0),
        "",  # AvgTone: newsevents does not score tone
        *no_geo,
        *no_geo,
        *_gdelt_geo(ev),
        (seen.strftime("%Y%m%d") + "000000") if seen else "",
        url,
    ]
    return [v.replace("\t", " ").replace("\n", " ") for v in row]


# ---- ICEWS ------------------------------------------------------------------------------------------
def _icews_actor(code: str | None, name: str | None, text: str | None) -> list[str]:
    parts = parse_code(code)
    sectors = ",".join(SECTORS[t] for t in (parts.types if parts else ()) if t in SECTORS)
    country = country_name(parts.country) if parts and parts.country else None
    return [name or text or NA, sectors or NA, country or NA]


def icews_row(ev: dict[str, Any]) -> list[str]:
    """One canonical event as the 20 fields of an ICEWS event record."""
    d: dt.date | None = ev.get("date")
    precision = ev.get("place_precision")
    has_place = precision is not None and ev.get("lat") is not None
    row = [
        str(numeric_id(ev["id"])),
        d.isoformat() if d else NA,
        *_icews_actor(ev.get("source_code"), ev.get("source_name"), None),
        ev.get("cameo_name") or NA,
        ev.get("cameo") or NA,
        f"{ev['goldstein']:g}" if ev.get("goldstein") is not None else NA,  # ICEWS writes 1, -2, 4.5
        *_icews_actor(ev.get("target_code"), ev.get("target_name"), None),
        str(numeric_id(ev["anchor_article_id"])) if ev.get("anchor_article_id") else NA,
        str((ev.get("sentence") or 0) + 1),
        ev.get("anchor_outlet") or NA,
        ev.get("place_name") if has_place and precision in {"city", "landmark"} else NA,
        NA,
        ev.get("place_name") if has_place and precision == "admin1" else NA,
        (country_name(ev.get("place_country")) or NA) if has_place else NA,
        _num(ev.get("lat"), 4) or NA,
        _num(ev.get("lon"), 4) or NA,
    ]
    return [(v or NA).replace("\t", " ").replace("\n", " ") for v in row]


# ---- PLOVER -----------------------------------------------------------------------------------------
def plover_record(ev: dict[str, Any]) -> dict[str, Any] | None:
    """One canonical event as a PLOVER record; None for CAMEO 01/02 (statements, appeals), which PLOVER drops."""
    kind = ev.get("plover_type")
    if not kind or kind not in QUAD or ev.get("date") is None:
        return None
    rec: dict[str, Any] = {
        "id": ev["id"],
        "has_event": True,
        "date": ev["date"].isoformat(),
        "actor": [actor_object(ev.get("source_code"), ev.get("source_text"), ev.get("source_name"))],
        "event": [kind],
    }
    if ev.get("target_code"):
        rec["recipient"] = [actor_object(ev.get("target_code"), ev.get("target_text"), ev.get("target_name"))]
    mode = ev.get("plover_mode")
    if mode and mode in MODES.get(kind, ()):
        rec["mode"] = [mode]
    if ev.get("plover_context"):
        rec["context"] = [c.strip() for c in str(ev["plover_context"]).split(",") if c.strip()]
    if ev.get("lat") is not None and ev.get("place_precision"):
        loc: dict[str, Any] = {
            "resolved_place": ev.get("place_name") or "",
            "lat": float(ev["lat"]),
            "lon": float(ev["lon"]),
            "resolution": {"country": 1, "admin1": 2, "city": 4, "landmark": 5}.get(ev["place_precision"], 4),
        }
        if ev.get("place_geonameid") is not None:
            loc["geonameid"] = int(ev["place_geonameid"])
        if ev.get("place_country"):
            loc["country_code"] = ev["place_country"]
            name = country_name(ev["place_country"])
            if name:
                loc["country"] = name
        rec["event_loc"] = loc
    if ev.get("trigger_text"):
        rec["event_text"] = [ev["trigger_text"]]
    rec["quad_code"] = QUAD[kind]
    rec["event_scale"] = float(ev["goldstein"])
    if ev.get("sentence") is not None:
        rec["text_info"] = {"sequence": int(ev["sentence"]), "start": int(ev.get("evidence_start") or 0),
                            "end": int(ev.get("evidence_end") or 0)}
    cite = {"publication": ev.get("anchor_outlet"), "citation": f"newsevents article {ev.get('anchor_article_id')}",
            "coder": f"newsevents {__version__}", "codebook": "CAMEO 1.1b3 mapped to PLOVER (newsevents ontology)"}
    rec["cite_info"] = {k: v for k, v in cite.items() if v}
    rec["coder"] = f"newsevents {__version__}"
    for field, key in (("dead", "fatalities"), ("injured", "injured"), ("size", "crowd_size")):
        if ev.get(key) is not None:
            rec[field] = int(ev[key])
    rec["num_mentions"] = int(ev["num_mentions"])
    rec["num_sources"] = int(ev["num_sources"])
    rec["num_articles"] = int(ev["num_articles"])
    rec["newsevents_cameo"] = ev.get("cameo")
    rec["newsevents_outlets"] = list(ev.get("outlets") or [])
    return rec


# ---- writers ----------------------------------------------------------------------------------------
def _write_tsv(path: Path, header: list[str] | None, rows: Iterator[list[str]]) -> int:
    """Tab-separated lines without quoting, as GDELT and ICEWS publish them (fields hold no tabs)."""
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        if header:
            fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
            n += 1
    return n


def _relation_sql(where: str, partition: str | None) -> str:
    extra = ""
    if partition == "year":
        extra = ", year(date) AS year"
    elif partition == "month":
        extra = ", year(date) AS year, month(date) AS month"
    return f"SELECT *{extra} FROM canonical_events {where} ORDER BY date NULLS LAST, id"


def export(
    con: duckdb.DuckDBPyConnection,
    fmt: Format,
    path: str | Path,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    source: str | None = None,
    target: str | None = None,
    country: str | None = None,
    partition: Literal["year", "month", "day"] | None = "month",
    header: bool = False,
) -> int:
    """Write the canonical events matching the filters to ``path`` in ``fmt``; returns the rows written.

    Args:
        fmt: ``gdelt`` (61 tab-separated columns, no header unless ``header``), ``icews`` (20
            tab-separated columns with ICEWS's header), ``plover`` (JSON lines), ``parquet`` (a
            directory partitioned hive-style by ``partition``: year, month or day), ``csv``.
        path: output file, or directory for ``parquet``.

    Raises:
        StoreError: the corpus tables are missing or DuckDB failed.
        ValueError: an unknown format or partition.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {list(FORMATS)}")
    out = Path(path)
    where, params = canonical_filter(start=start, end=end, source=source, target=target, country=country)
    if fmt == "gdelt":
        return _write_tsv(out, [c for c, _t in GDELT_COLUMNS] if header else None,
                          (gdelt_row(ev) for ev in _rows(con, where, params)))
    if fmt == "icews":
        return _write_tsv(out, ICEWS_COLUMNS, (icews_row(ev) for ev in _rows(con, where, params)))
    if fmt == "plover":
        n = 0
        with out.open("w", encoding="utf-8") as fh:
            for ev in _rows(con, where, params):
                rec = plover_record(ev)
                if rec is not None:
                    fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
                    n += 1
        return n
    try:
        if fmt == "parquet":
            if partition not in {None, "year", "month", "day"}:
                raise ValueError("partition must be year, month, day or None")
            by = {"year": ["year"], "month": ["year", "month"], "day": ["date"], None: None}[partition]
            rel = con.sql(_relation_sql(where, partition), params=params)
            if by:
                rel.write_parquet(str(out), partition_by=by, overwrite=True)
            else:
                rel.write_parquet(str(out))
        else:
            sql = (f"SELECT * REPLACE (array_to_string(outlets, ';') AS outlets) FROM canonical_events {where} "
                   "ORDER BY date NULLS LAST, id")
            con.sql(sql, params=params).write_csv(str(out), header=True)
        rows = con.execute(f"SELECT count(*) FROM canonical_events {where}", params).fetchall()
    except duckdb.CatalogException as exc:
        raise StoreError(f"the corpus tables are missing ({exc}); run `newsevents refresh --db PATH` first") from exc
    except duckdb.Error as exc:
        raise StoreError(f"export to {str(out)!r} failed: {exc}") from exc
    return int(rows[0][0])
