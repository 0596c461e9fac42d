"""Escalation alerts per dyad and country, each carrying the events and outlets behind it.

Methods, all on a daily series of one metric (default ``conflict``: minus the sum of negative
Goldstein scores, so an air strike weighs more than a complaint):

- ``robust_z``: the day's value against the median and MAD of a trailing baseline;
- ``cusum``: a one-sided CUSUM of those robust deviations, for sustained rises;
- ``highest``: the highest value in the last N days;
- ``acled``: ACLED's weekly comparison — the last 7 days against the average week of the 4 and
  52 weeks before (see :func:`acled_table`).

A news corpus has holes: a day with no coded article at all says nothing. Baselines therefore
use *covered* days only (days with an article published or an event dated), counting a covered
day without the key's events as zero. A key needs events before the day (``min_history``) and
enough covered baseline days (``min_baseline``) to be judged; a dyad's very first event is news
but not an escalation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from newsevents.corpus import queries
from newsevents.corpus.queries import Level

__all__ = ["METHODS", "AlertParams", "acled_table", "alerts"]

METHODS = ("robust_z", "cusum", "highest", "acled")
MAD_TO_SD = 1.4826  # the MAD of a normal sample times this estimates its standard deviation


@dataclass(frozen=True, slots=True)
class AlertParams:
    """Thresholds of the alert methods (defaults suit daily news-event counts)."""

    metric: str = "conflict"
    window_days: int = 28  # trailing baseline of robust_z and cusum
    z_threshold: float = 3.5
    cusum_k: float = 0.5  # allowance, in robust standard deviations
    cusum_h: float = 4.0  # decision interval
    highest_days: int = 90
    acled_factor: float = 2.0  # last week at least this many times both averages
    min_baseline: int = 3  # covered days needed in the baseline
    min_history: int = 1  # days with the key's events needed in the baseline
    min_value: float = 1.0  # ignore days below this value
    min_scale: float = 1.0  # floor of the robust scale (sparse series have MAD 0)


COLUMNS = [
    "date", "level", "key", "source", "target", "country", "method", "metric", "value", "baseline",
    "score", "threshold", "message", "event_ids", "outlets", "evidence",
]


def _covered(con: duckdb.DuckDBPyConnection, end: dt.date | None) -> np.ndarray:
    days = queries.corpus_days(con)
    dates: np.ndarray = np.asarray(pd.to_datetime(days["date"]).to_numpy(dtype="datetime64[D]"))
    if end is not None:
        dates = dates[dates <= np.datetime64(end, "D")]
    return dates


def _dense(frame: pd.DataFrame, metric: str, covered: np.ndarray) -> np.ndarray:
    values = np.zeros(len(covered), dtype=float)
    idx = np.searchsorted(covered, pd.to_datetime(frame["date"]).to_numpy(dtype="datetime64[D]"))
    ok = idx < len(covered)
    values[idx[ok]] = frame[metric].to_numpy(dtype=float)[ok]
    return values


def _robust(base: np.ndarray, min_scale: float) -> tuple[float, float]:
    med = float(np.median(base))
    mad = float(np.median(np.abs(base - med)))
    return med, max(MAD_TO_SD * mad, min_scale)


def _detect(key_frame: pd.DataFrame, covered: np.ndarray, methods: Sequence[str], p: AlertParams) -> list[dict[str, Any]]:
    """Alert rows (without evidence) for one key's daily frame."""
    values = _dense(key_frame, p.metric, covered)
    active = values > 0
    out: list[dict[str, Any]] = []
    day = np.timedelta64(1, "D")
    cusum = 0.0
    acled_on = False
    first = int(np.argmax(active)) if active.any() else len(values)
    for t in range(first, len(values)):
        d = covered[t]
        lo = int(np.searchsorted(covered, d - p.window_days * day))
        base, hist = values[lo:t], active[lo:t]
        enough = len(base) >= p.min_baseline and int(hist.sum()) >= p.min_history
        x = values[t]
        if enough:
            med, scale = _robust(base, p.min_scale)
            z = (x - med) / scale
            cusum = max(0.0, cusum + z - p.cusum_k)
        else:
            med, z = float("nan"), float("nan")
        if x < p.min_value or not active[t]:
            continue
        if "robust_z" in methods and enough and z >= p.z_threshold:
            out.append(_row(d, "robust_z", x, med, z, p.z_threshold,
                            f"{p.metric} {x:g} is {z:.1f} robust SDs above the {p.window_days}-day median {med:g}"))
        if "cusum" in methods and enough and cusum > p.cusum_h:
            out.append(_row(d, "cusum", x, med, cusum, p.cusum_h,
                            f"CUSUM of robust deviations reached {cusum:.1f} (> {p.cusum_h:g})"))
            cusum = 0.0
        if "highest" in methods:
            hlo = int(np.searchsorted(covered, d - p.highest_days * day))
            hbase, hhist = values[hlo:t], active[hlo:t]
            if len(hbase) >= p.min_baseline and int(hhist.sum()) >= p.min_history and x > hbase.max():
                out.append(_row(d, "highest", x, float(hbase.max()), x - float(hbase.max()), float(hbase.max()),
                                f"highest {p.metric} in {p.highest_days} days ({x:g}; previous peak {hbase.max():g})"))
        if "acled" in methods:
            row = _acled_at(values, covered, t, p)
            if row is not None and not acled_on:  # report the day the weekly rise starts, not every day of it
                out.append(row)
            acled_on = row is not None
    return out


def _week_sums(values: np.ndarray, covered: np.ndarray, t: int) -> tuple[float, float, float, int]:
    d = covered[t]
    day = np.timedelta64(1, "D")

    def total(days_back_hi: int, days_back_lo: int) -> tuple[float, int]:
        lo = int(np.searchsorted(covered, d - days_back_lo * day))
        hi = int(np.searchsorted(covered, d - days_back_hi * day, side="right"))
        return float(values[lo:hi].sum()), int((values[lo:hi] > 0).sum())

    last, _ = total(0, 6)
    four, _ = total(7, 34)
    year, active_year = total(7, 370)
    return last, four / 4.0, year / 52.0, active_year


def _acled_at(values: np.ndarray, covered: np.ndarray, t: int, p: AlertParams) -> dict[str, Any] | None:
    last, avg4, avg52, history = _week_sums(values, covered, t)
    if last < p.min_value or history < p.min_history:
        return None
    if last >= p.acled_factor * max(avg4, 1e-9) and last >= p.acled_factor * max(avg52, 1e-9):
        pct4 = 100.0 * (last - avg4) / avg4 if avg4 > 0 else float("inf")
        return _row(covered[t], "acled", last, avg4, pct4, 100.0 * (p.acled_factor - 1),
                    f"last 7 days {last:g} vs 4-week average {avg4:.2f} and 52-week average {avg52:.2f}")
    return None


def _row(d: np.datetime64, method: str, value: float, baseline: float, score: float, threshold: float,
         message: str) -> dict[str, Any]:
    return {
        "date": pd.Timestamp(d).date(), "method": method, "value": round(float(value), 6),
        "baseline": round(float(baseline), 6), "score": round(float(score), 4), "threshold": threshold,
        "message": message,
    }


def alerts(
    con: duckdb.DuckDBPyConnection,
    *,
    level: Level = "dyad",
    source: str | None = None,
    target: str | None = None,
    country: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    methods: Sequence[str] = ("robust_z", "cusum", "highest", "acled"),
    params: AlertParams | None = None,
    evidence: bool = True,
) -> pd.DataFrame:
    """Alerts between ``start`` and ``end`` for every dyad (or country) matching the filters.

    Each row names the day, the key, the method, the value against its baseline, a message, and
    — with ``evidence`` — the canonical events behind the value (``event_ids``, ``outlets`` and
    ``evidence``: id, date, CAMEO code and name, Goldstein, mentions, outlets, trigger, sentence).
    For ``acled`` the evidence is the 7 days ending on the alert day.
    """
    p = params or AlertParams()
    unknown = set(methods) - set(METHODS)
    if unknown:
        raise ValueError(f"unknown alert methods {sorted(unknown)}; choose from {list(METHODS)}")
    if p.metric not in queries.METRICS:
        raise ValueError(f"metric must be one of {list(queries.METRICS)}")
    frame = queries.daily(con, level=level, source=source, target=target, country=country, end=end)
    covered = _covered(con, end)
    rows: list[dict[str, Any]] = []
    for key, group in frame.groupby("key", sort=True):
        first = group.iloc[0]
        for r in _detect(group, covered, methods, p):
            if (start is not None and r["date"] < start) or (end is not None and r["date"] > end):
                continue
            r.update(level=level, key=key, source=first["source"], target=first["target"],
                     country=first["country"], metric=p.metric)
            rows.append(r)
    out = pd.DataFrame(rows, columns=[c for c in COLUMNS if c not in ("event_ids", "outlets", "evidence")])
    out["event_ids"] = [[] for _ in range(len(out))]
    out["outlets"] = [[] for _ in range(len(out))]
    out["evidence"] = [[] for _ in range(len(out))]
    if evidence and len(out):
        for key, idx in out.groupby("key", sort=True).groups.items():
            # one query per key for all its alerts, then each alert takes its days
            first, last = min(out.loc[idx, "date"]), max(out.loc[idx, "date"])
            records = _evidence_records(queries.evidence(con, level=level, key=str(key),
                                                         start=first - dt.timedelta(days=6), end=last))
            for i in idx:
                day, method = out.at[i, "date"], out.at[i, "method"]
                lo = day - dt.timedelta(days=6) if method == "acled" else day
                mine = [e for e in records if lo <= e["date"] <= day]
                out.at[i, "event_ids"] = [e["id"] for e in mine]
                out.at[i, "outlets"] = sorted({o for e in mine for o in e["outlets"]})
                out.at[i, "evidence"] = mine
    out = out.sort_values(["date", "level", "key", "method"], kind="stable").reset_index(drop=True)
    return out[COLUMNS]


def _value(v: Any) -> Any:
    """pandas' missing markers (NaN, NA, NaT) as None, so evidence records are plain data."""
    if v is None or (not isinstance(v, (list, tuple, np.ndarray)) and bool(pd.isna(v))):
        return None
    return v


def _evidence_records(ev: pd.DataFrame) -> list[dict[str, Any]]:
    records = []
    for e in ev.itertuples(index=False):
        outlets = _value(e.outlets)
        records.append({
            "id": e.id, "date": pd.Timestamp(e.date).date(), "cameo": e.cameo, "cameo_name": _value(e.cameo_name),
            "goldstein": float(e.goldstein), "source": _value(e.source_code), "target": _value(e.target_code),
            "place": _value(e.place_name), "mentions": int(e.num_mentions), "sources": int(e.num_sources),
            "outlets": [str(o) for o in (outlets if outlets is not None else []) if o],
            "trigger": _value(e.trigger_text), "text": (_value(e.evidence_text) or "").strip(),
        })
    return records


def acled_table(
    con: duckdb.DuckDBPyConnection,
    *,
    level: Level = "country",
    as_of: dt.date | None = None,
    metric: str = "events",
    source: str | None = None,
    target: str | None = None,
    country: str | None = None,
) -> pd.DataFrame:
    """ACLED's table: the last 7 days to ``as_of`` against the average week of the previous 4 and 52.

    One row per key with any value in the last 53 weeks: ``last_week``, ``avg_4w``, ``avg_52w``,
    ``pct_change_4w``, ``pct_change_52w`` (None when the average is 0) and the events and outlets
    of the last week.
    """
    if metric not in queries.METRICS:
        raise ValueError(f"metric must be one of {list(queries.METRICS)}")
    frame = queries.daily(con, level=level, source=source, target=target, country=country, end=as_of)
    covered = _covered(con, as_of)
    if not len(covered):
        return pd.DataFrame(columns=["key", "last_week", "avg_4w", "avg_52w", "pct_change_4w", "pct_change_52w"])
    as_of = as_of or pd.Timestamp(covered[-1]).date()
    cover = np.union1d(covered, np.array([np.datetime64(as_of, "D")]))
    t = int(np.searchsorted(cover, np.datetime64(as_of, "D")))
    rows = []
    for key, group in frame.groupby("key", sort=True):
        values = _dense(group, metric, cover)
        last, avg4, avg52, history = _week_sums(values, cover, t)
        if last == 0 and history == 0:
            continue
        ev = queries.evidence(con, level=level, key=str(key), start=as_of - dt.timedelta(days=6), end=as_of)
        records = _evidence_records(ev)
        rows.append({
            "key": key, "as_of": as_of, "metric": metric, "last_week": last, "avg_4w": avg4, "avg_52w": avg52,
            "pct_change_4w": round(100 * (last - avg4) / avg4, 1) if avg4 > 0 else None,
            "pct_change_52w": round(100 * (last - avg52) / avg52, 1) if avg52 > 0 else None,
            "event_ids": [e["id"] for e in records],
            "outlets": sorted({o for e in records for o in e["outlets"]}),
        })
    out = pd.DataFrame(rows)
    if len(out):
        out = out.sort_values(["last_week", "key"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return out
