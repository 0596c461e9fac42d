"""Benchmark the corpus store on synthetic events: series and group-by queries, and the refresh.

    python benchmarks/store_bench.py                      # 10 million canonical events, 1 million for refresh
    python benchmarks/store_bench.py --events 1000000 --refresh-events 200000

Synthetic canonical events (60 countries with a skewed choice of dyads, ten years of days, CAMEO
roots with their Goldstein scores) are inserted with SQL, the daily tables are built with the
same code as ``newsevents refresh``, and the query functions the CLI and APIs use are timed
(median and worst of repeated runs after one warm-up, wall clock and process CPU). A second part
inserts synthetic mentions into ``events`` (nothing is coded) and times the canonical-event
grouping on them. Prints the machine and its load, then one line per measurement;
docs/corpus.md quotes a run.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from newsevents.corpus import queries
from newsevents.corpus.aggregates import build_aggregates
from newsevents.corpus.alerts import alerts
from newsevents.corpus.canonical import build_canonical_events
from newsevents.store import Store

COUNTRIES = (
    "USA IRN IRQ ISR PSE SYR RUS UKR CHN TWN IND PAK AFG TUR SAU YEM EGY LBY SDN ETH SOM KEN NGA MLI COD FRA DEU GBR "
    "ITA ESP POL BLR ARM AZE GEO KAZ JPN KOR PRK VNM PHL IDN MMR THA BGD LKA NPL MEX COL VEN BRA ARG CHL PER CUB HTI "
    "CAN AUS ZAF"
).split()
SECTORS = ("", "GOV", "MIL", "COP", "REB", "CVL", "OPP", "LEG")
# (root, Goldstein, QuadClass) for the 20 CAMEO roots.
ROOTS = [("01", 0.0, 1), ("02", 3.0, 1), ("03", 4.0, 1), ("04", 1.0, 1), ("05", 3.5, 1), ("06", 6.0, 2), ("07", 7.0, 2),
         ("08", 5.0, 2), ("09", -2.0, 3), ("10", -5.0, 3), ("11", -2.0, 3), ("12", -4.0, 3), ("13", -6.0, 3),
         ("14", -6.5, 4), ("15", -7.2, 4), ("16", -4.0, 4), ("17", -7.0, 4), ("18", -9.0, 4), ("19", -10.0, 4),
         ("20", -10.0, 4)]


def _lists(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE OR REPLACE TEMP TABLE _c AS SELECT unnest(?) AS code, generate_subscripts(?, 1) - 1 AS k",
                [list(COUNTRIES), list(COUNTRIES)])
    con.execute("CREATE OR REPLACE TEMP TABLE _s AS SELECT unnest(?) AS sector, generate_subscripts(?, 1) - 1 AS k",
                [list(SECTORS), list(SECTORS)])
    con.execute("CREATE OR REPLACE TEMP TABLE _r (root VARCHAR, goldstein DOUBLE, quad INTEGER, k INTEGER)")
    con.executemany("INSERT INTO _r VALUES (?, ?, ?, ?)", [(r, g, q, k) for k, (r, g, q) in enumerate(ROOTS)])


# Skewed picks: (hash % 1e6 / 1e6) ** 3 favours the first countries, as news favours a few dyads.
SYNTHETIC = f"""
WITH base AS (
    SELECT i,
           hash(i, 'src') AS hs, hash(i, 'tgt') AS ht, hash(i, 'day') AS hd, hash(i, 'root') AS hr, hash(i, 'n') AS hn
    FROM range(?) t(i)
), picked AS (
    SELECT i, hn,
           floor(pow((hs % 1000000) / 1e6, 3) * {len(COUNTRIES)})::INTEGER AS sk,
           floor(pow((ht % 1000000) / 1e6, 3) * {len(COUNTRIES)})::INTEGER AS tk,
           (hs // 1000000) % {len(SECTORS)} AS ss, (ht // 1000000) % {len(SECTORS)} AS ts,
           DATE '2014-01-01' + (hd % 3652)::INTEGER AS date,
           (hr % 20)::INTEGER AS rk
    FROM base
)
SELECT 'ce' || lpad(printf('%x', i), 16, '0') AS id, p.date, p.date AS first_seen, p.date AS last_seen,
       sc.code || ss.sector AS source_code, sc.code AS source_key, sc.code AS source_country, sc.code AS source_name,
       sc.code AS source_text,
       tc.code || ts.sector AS target_code, tc.code AS target_key, tc.code AS target_country, tc.code AS target_name,
       tc.code AS target_text,
       r.root || '0' AS cameo, 'synthetic' AS cameo_name, r.root, r.goldstein, r.quad,
       NULL, NULL, NULL,
       'Capital' AS place_name, tc.code AS place_country, NULL, NULL, 0.0, 0.0, 'city',
       1 + (p.hn % 5)::INTEGER AS num_mentions, 1 + (p.hn % 3)::INTEGER AS num_sources, 1 + (p.hn % 4)::INTEGER,
       1, ['Synthetic Wire'], 'a0', 'Synthetic Wire', NULL, 'ev' || i, 'a0', 'Synthetic Wire', false, 0, 0, 0,
       NULL, NULL, NULL, NULL, NULL
FROM picked p
JOIN _c sc ON sc.k = p.sk JOIN _c tc ON tc.k = p.tk
JOIN _s ss ON ss.k = p.ss JOIN _s ts ON ts.k = p.ts
JOIN _r r ON r.k = p.rk
ORDER BY source_key, target_key, p.date
"""

MENTIONS = f"""
WITH base AS (
    SELECT i, hash(i, 'src') AS hs, hash(i, 'tgt') AS ht, hash(i, 'day') AS hd, hash(i, 'root') AS hr FROM range(?) t(i)
), picked AS (
    SELECT i, floor(pow((hs % 1000000) / 1e6, 3) * {len(COUNTRIES)})::INTEGER AS sk,
           floor(pow((ht % 1000000) / 1e6, 3) * {len(COUNTRIES)})::INTEGER AS tk,
           DATE '2014-01-01' + (hd % 3652)::INTEGER AS date, (hr % 20)::INTEGER AS rk,
           (hs // 1000000) % 5 AS outlet
    FROM base
)
SELECT 'ev' || i, 'a' || (i // 5), p.date, r.root || '0', r.root, 'synthetic', r.goldstein, r.quad, NULL, NULL,
       sc.code, sc.code, tc.code, tc.code, 'Capital', tc.code, 10.0 + p.tk, 20.0 + p.tk, 'city',
       NULL, NULL, NULL, false, 'asserted', true, 0, 0, 10, 'synthetic sentence', 'synthetic', 'Outlet ' || p.outlet,
       '{{}}'
FROM picked p JOIN _c sc ON sc.k = p.sk JOIN _c tc ON tc.k = p.tk JOIN _r r ON r.k = p.rk
"""


def _timed(label: str, fn: Callable[[], Any], *, repeat: int = 1) -> list[float]:
    """Wall-clock median and worst; CPU is the process's (all DuckDB threads) per run."""
    fn()  # warm-up: the first run also pays for loading column segments
    times, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    med, worst = statistics.median(times), max(times)
    print(f"{label:<62} median {med:8.1f} ms  worst {worst:8.1f} ms  cpu {statistics.median(cpu):8.1f} ms  ({repeat} runs)")
    return times


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _machine() -> None:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    print(f"machine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), {mem} RAM")
    print(f"python {platform.python_version()}, duckdb {duckdb.__version__}, load average {_load()}")


def bench_queries(db: Path, n: int, repeat: int) -> None:
    with Store(db) as store:
        con = store.con
        have = con.execute("SELECT count(*) FROM canonical_events").fetchall()[0][0]
        if have != n:  # a kept database (--dir) with the same size is reused
            _lists(con)
            con.execute("DELETE FROM canonical_events")
            t0 = time.perf_counter()
            con.execute("INSERT INTO canonical_events " + SYNTHETIC, [n])
            print(f"{'insert ' + format(n, ',') + ' synthetic canonical events':<62} {time.perf_counter() - t0:9.1f} s")
            t0 = time.perf_counter()
            counts = build_aggregates(con)
            con.execute("CHECKPOINT")
            print(f"{'build daily tables (refresh step)':<62} {time.perf_counter() - t0:9.1f} s   {counts}")
    with Store(db, read_only=True) as store:  # as an analyst or the HTTP API would read it
        con = store.con
        top = con.execute("SELECT source_key, target_key, count(*) FROM dyad_day GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT 1").fetchall()[0]
        src, tgt = "USA", "IRN"
        n_days = con.execute("SELECT count(*) FROM dyad_day WHERE source_key = ? AND target_key = ?", [src, tgt]).fetchall()[0][0]
        print(f"dyad {src}→{tgt}: {n_days} active days; busiest dyad {top[0]}→{top[1]}: {top[2]} days")
        _timed(f"dyad-day series {src}→{tgt} (queries.series, no fill)",
               lambda: queries.series(con, source=src, target=tgt, fill=False), repeat=repeat)
        _timed(f"dyad-day series {src}→{tgt} (queries.series, gap-filled)",
               lambda: queries.series(con, source=src, target=tgt), repeat=repeat)
        _timed(f"dyad-week series {src}→{tgt}", lambda: queries.series(con, source=src, target=tgt, freq="week"),
               repeat=repeat)
        _timed("country-day series IRN", lambda: queries.series(con, level="country", country="IRN", fill=False),
               repeat=repeat)
        _timed("full group-by: every dyad over all events (queries.dyads)",
               lambda: queries.dyads(con, limit=None), repeat=max(3, repeat // 4))
        _timed("full group-by: CAMEO root x month over all events",
               lambda: con.execute("SELECT root, date_trunc('month', date) AS m, count(*), sum(goldstein), "
                                   "sum(num_mentions) FROM canonical_events GROUP BY ALL").fetchall(),
               repeat=max(3, repeat // 4))
        _timed(f"canonical events of {src}→{tgt} in one month (queries.canonical_events)",
               lambda: queries.canonical_events(con, source=src, target=tgt, start=_d("2020-01-01"), end=_d("2020-01-31")),
               repeat=repeat)
        _timed(f"alerts for {src}→{tgt}, four methods, with evidence",
               lambda: alerts(con, source=src, target=tgt, start=_d("2020-01-01"), end=_d("2020-03-31")), repeat=3)


def _d(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


def bench_refresh(db: Path, n: int) -> None:
    with Store(db) as store:
        con = store.con
        _lists(con)
        t0 = time.perf_counter()
        con.execute("INSERT INTO articles SELECT DISTINCT 'a' || (i // 5), DATE '2014-01-01' + ((hash(i // 5) % 3652)::INTEGER), "
                    "'Outlet', NULL, NULL, NULL, NULL, NULL, 5, 0, false FROM range(?) t(i)", [n])
        con.execute("INSERT INTO events " + MENTIONS, [n])
        print(f"{'insert ' + format(n, ',') + ' synthetic mentions':<62} {time.perf_counter() - t0:9.1f} s")
        con.execute("INSERT INTO article_clusters SELECT id, id, 1, true FROM articles")
        t0 = time.perf_counter()
        con.execute("BEGIN")
        out = build_canonical_events(con)
        counts = build_aggregates(con)
        con.execute("COMMIT")
        dt_s = time.perf_counter() - t0
        print(f"{'canonical events + daily tables (refresh without MinHash)':<62} {dt_s:9.1f} s   "
              f"{out['mentions']:,} mentions -> {out['canonical_events']:,} events, "
              f"{out['mentions'] / dt_s:,.0f} mentions/s; {counts['dyad_day_rows']:,} dyad-days")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--events", type=int, default=10_000_000, help="synthetic canonical events (default: %(default)s)")
    p.add_argument("--refresh-events", type=int, default=1_000_000,
                   help="synthetic mentions for the refresh timing; 0 skips it (default: %(default)s)")
    p.add_argument("--repeat", type=int, default=20, help="runs per query (default: %(default)s)")
    p.add_argument("--dir", help="keep the databases in this folder (default: a temporary folder, removed afterwards)")
    args = p.parse_args(argv)
    _machine()
    if args.dir:  # kept: a second run with the same --events skips the insert
        run(Path(args.dir), args)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            run(Path(tmp), args)
    return 0


def run(folder: Path, args: argparse.Namespace) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    bench_queries(folder / "queries.duckdb", args.events, args.repeat)
    print(f"database size: {(folder / 'queries.duckdb').stat().st_size / 2**20:,.0f} MiB")
    if args.refresh_events:
        (folder / "refresh.duckdb").unlink(missing_ok=True)
        bench_refresh(folder / "refresh.duckdb", args.refresh_events)
    print(f"load average at the end: {_load()}")


if __name__ == "__main__":
    sys.exit(main())
