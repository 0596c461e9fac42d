"""Corpus commands: ``events``, ``dyads``, ``alerts``, ``export``, ``stats``, ``plot``, ``refresh``.

Each parses options, calls :mod:`newsevents.corpus` (the same functions as the Python API and
the HTTP API) and formats the result: a table for people, ``--json`` lines for programs.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from newsevents.errors import ConfigError

if TYPE_CHECKING:
    import pandas as pd

    from newsevents.corpus.api import Corpus
    from newsevents.corpus.queries import Level

__all__ = [
    "cmd_alerts",
    "cmd_dyads",
    "cmd_events",
    "cmd_export",
    "cmd_plot",
    "cmd_refresh",
    "cmd_stats",
    "register",
]

DEFAULT_DB = "newsevents.duckdb"


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _open(args: argparse.Namespace, *, read_only: bool = True) -> Corpus:
    try:
        from newsevents.corpus.api import open_corpus
    except ImportError as exc:  # pandas is in the corpus extra
        raise ConfigError(f"corpus commands need the corpus extra ({exc.name} is missing): "
                          "pip install 'newsevents[corpus]'") from None
    return open_corpus(args.db, read_only=read_only)


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        text = str(value.isoformat())
        return text[:10] if text.endswith("T00:00:00") else text  # DuckDB DATEs arrive as midnight timestamps
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def _clean(value: Any) -> Any:
    """pandas' missing markers (NaN, NA, NaT) → None so JSON lines stay valid JSON."""
    import pandas as pd

    if value is None or isinstance(value, (list, tuple, dict)):
        return value  # containers (lists of outlets, evidence records) are never "missing"
    if hasattr(value, "ndim") and value.ndim:
        return value
    return None if bool(pd.isna(value)) else value


def _emit(df: pd.DataFrame, as_json: bool) -> None:
    if as_json:
        for rec in df.to_dict(orient="records"):
            print(json.dumps({k: _clean(v) for k, v in rec.items()}, ensure_ascii=False, default=_json_default))
        return
    if not len(df):
        print("(no rows)")
        return
    print(df.to_string(index=False, max_colwidth=48))


def _filters(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


# ---- commands -----------------------------------------------------------------------------------
def cmd_events(args: argparse.Namespace) -> int:
    """List canonical (deduplicated) events with their counts; --raw lists coded events, --mentions ID one event's mentions."""
    with _open(args) as corpus:
        if args.mentions:
            df = corpus.mentions(args.mentions)
            cols = ["canonical_id", "event_id", "article_date", "outlet", "date", "source_code", "target_code", "cameo",
                    "place_name", "trigger_text", "evidence_text"]
        elif args.raw:
            df = corpus.events(limit=args.limit, **_filters(args, "start", "end", "source", "target", "root"))
            cols = ["id", "canonical_id", "date", "outlet", "source_code", "target_code", "cameo", "cameo_name",
                    "goldstein", "place_name", "evidence_text"]
        else:
            df = corpus.canonical_events(
                limit=args.limit, order=args.order,
                **_filters(args, "start", "end", "source", "target", "country", "root", "min_sources"),
            )
            cols = ["id", "date", "source_code", "target_code", "cameo", "cameo_name", "goldstein", "place_name",
                    "num_mentions", "num_sources", "num_articles", "first_seen", "trigger_text"]
        _emit(df if args.json else df[[c for c in cols if c in df.columns]], args.json)
    return 0


def cmd_dyads(args: argparse.Namespace) -> int:
    """Top directed dyads; with --source and --target (or --series --country) the series per --freq."""
    with _open(args) as corpus:
        if (args.source and args.target) or args.series:
            level: Level = "country" if args.country and not (args.source or args.target) else "dyad"
            df = corpus.series(level=level, freq=args.freq, fill=not args.json,
                               **_filters(args, "start", "end", "source", "target", "country"))
            if not args.json:
                df = df[(df["events"] > 0) | (df["total_events"] > 0)]
        else:
            df = corpus.dyads(limit=args.limit, min_events=args.min_events,
                              **_filters(args, "start", "end", "country", "source", "target"))
        _emit(df, args.json)
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    """Escalation alerts (robust z, CUSUM, highest in N days, ACLED's weekly change), each with its evidence."""
    from newsevents.corpus.alerts import METHODS, AlertParams

    with _open(args) as corpus:
        if args.acled_table:
            df = corpus.acled(level=args.level, as_of=args.as_of, metric=args.metric if args.metric != "conflict" else "events",
                              **_filters(args, "source", "target", "country"))
            _emit(df, args.json)
            return 0
        params = AlertParams(metric=args.metric, window_days=args.window, z_threshold=args.z,
                             highest_days=args.highest_days)
        df = corpus.alerts(level=args.level, methods=args.method or METHODS, params=params,
                           **_filters(args, "start", "end", "source", "target", "country"))
    if args.json:
        _emit(df, True)
        return 0
    if not len(df):
        print("(no alerts)")
        return 0
    for r in df.itertuples(index=False):
        print(f"{r.date}  {r.key:<16} {r.method:<8} {r.message}")
        for e in r.evidence:
            outlets = ", ".join(e["outlets"])
            print(f"    {e['date']} {e['cameo']:<5} {e['goldstein']:+5.1f} {e['source'] or '-'} → {e['target'] or '-'}"
                  f"  {e['mentions']} mention(s), {e['sources']} outlet(s): {outlets}")
            print(f"        {e['text'][:140]}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write canonical events as GDELT 2.0 (61 columns), ICEWS (20 columns), PLOVER JSONL, Parquet or CSV."""
    with _open(args) as corpus:
        n = corpus.export(args.format, args.output, partition=None if args.partition == "none" else args.partition,
                          header=args.header, **_filters(args, "start", "end", "source", "target", "country"))
    print(f"newsevents: wrote {n} events as {args.format} to {args.output}", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Counts describing the corpus: articles, outlets, events, canonical events, duplicates, date range."""
    with _open(args) as corpus:
        s = corpus.stats()
    if args.json:
        print(json.dumps(s, ensure_ascii=False, default=_json_default))
        return 0
    for key, value in s.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        print(f"{key:<20} {value}")
    return 0


def cmd_plot(args: argparse.Namespace) -> int:
    """Draw a dyad or country series as a PNG with its alerts marked."""
    if not ((args.source and args.target) or args.country):
        raise ConfigError("plot needs --source and --target (a dyad) or --country")
    level: Level = "dyad" if args.source and args.target else "country"
    with _open(args) as corpus:
        path = corpus.plot(args.output, level=level, freq=args.freq, metric=args.metric,
                           **_filters(args, "start", "end", "source", "target", "country"))
    print(f"newsevents: wrote {path}", file=sys.stderr)
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    """Recompute near-duplicate articles, canonical events and daily totals from what is stored."""
    with _open(args, read_only=False) as corpus:
        out = corpus.refresh()
    if args.json:
        print(json.dumps(out))
    else:
        for key, value in out.items():
            print(f"{key:<20} {value}")
    return 0


# ---- parser -------------------------------------------------------------------------------------
def _common(p: argparse.ArgumentParser, *, filters: bool = True, json_flag: bool = True) -> None:
    p.add_argument("--db", default=DEFAULT_DB, help="DuckDB file (default: %(default)s)")
    if filters:
        p.add_argument("--start", type=_date, help="first date (YYYY-MM-DD)")
        p.add_argument("--end", type=_date, help="last date (YYYY-MM-DD)")
        p.add_argument("--source", help="source actor: country (USA covers USAGOV) or code prefix")
        p.add_argument("--target", help="target actor: country or code prefix")
        p.add_argument("--country", help="events involving or located in this ISO alpha-3 country")
    if json_flag:
        p.add_argument("--json", action="store_true", help="JSON lines instead of a table")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from newsevents.corpus.exports import FORMATS

    ev = sub.add_parser("events", help="list canonical events", description=cmd_events.__doc__)
    _common(ev)
    ev.add_argument("--root", help="CAMEO root code (two digits)")
    ev.add_argument("--min-sources", type=int, help="only events reported by at least this many outlets")
    ev.add_argument("--order", choices=["date", "mentions", "sources", "goldstein"], default="date")
    ev.add_argument("--limit", type=int, default=50, help="rows to show (default: %(default)s)")
    ev.add_argument("--raw", action="store_true", help="coded events, one per mention")
    ev.add_argument("--mentions", metavar="ID", help="the mentions behind one canonical event")
    ev.set_defaults(func=cmd_events)

    dy = sub.add_parser("dyads", help="top dyads or one dyad's series", description=cmd_dyads.__doc__)
    _common(dy)
    dy.add_argument("--series", action="store_true", help="print the series (with --country: the country's)")
    dy.add_argument("--freq", choices=["day", "week", "month"], default="day", help="series period")
    dy.add_argument("--limit", type=int, default=20, help="dyads to list (default: %(default)s)")
    dy.add_argument("--min-events", type=int, default=1, help="only dyads with this many events")
    dy.set_defaults(func=cmd_dyads)

    al = sub.add_parser("alerts", help="escalation alerts with evidence", description=cmd_alerts.__doc__)
    _common(al)
    al.add_argument("--level", choices=["dyad", "country"], default="dyad")
    al.add_argument("--method", action="append", choices=["robust_z", "cusum", "highest", "acled"],
                    help="alert method (repeatable; default: all)")
    al.add_argument("--metric", default="conflict",
                    choices=["events", "mentions", "goldstein_sum", "conflict", "quad1", "quad2", "quad3", "quad4"],
                    help="daily value watched (default: %(default)s, minus the sum of negative Goldstein scores)")
    al.add_argument("--window", type=int, default=28, help="baseline days of robust z and CUSUM (default: %(default)s)")
    al.add_argument("--z", type=float, default=3.5, help="robust z threshold (default: %(default)s)")
    al.add_argument("--highest-days", type=int, default=90, help="N of 'highest in N days' (default: %(default)s)")
    al.add_argument("--acled-table", action="store_true", help="print ACLED's last-week table instead")
    al.add_argument("--as-of", type=_date, help="last day of the ACLED table's week (default: last covered day)")
    al.set_defaults(func=cmd_alerts)

    ex = sub.add_parser("export", help="export canonical events", description=cmd_export.__doc__)
    _common(ex, json_flag=False)
    ex.add_argument("--format", choices=list(FORMATS), required=True)
    ex.add_argument("-o", "--output", required=True, help="output file (a directory for parquet)")
    ex.add_argument("--partition", choices=["year", "month", "day", "none"], default="month",
                    help="parquet partitioning (default: %(default)s)")
    ex.add_argument("--header", action="store_true", help="gdelt: write a header line (GDELT files have none)")
    ex.set_defaults(func=cmd_export)

    st = sub.add_parser("stats", help="corpus counts", description=cmd_stats.__doc__)
    _common(st, filters=False)
    st.set_defaults(func=cmd_stats)

    pl = sub.add_parser("plot", help="PNG of a series with alerts", description=cmd_plot.__doc__)
    _common(pl, json_flag=False)
    pl.add_argument("-o", "--output", required=True, help="PNG file to write")
    pl.add_argument("--freq", choices=["day", "week", "month"], default="day")
    pl.add_argument("--metric", choices=["events", "mentions", "conflict", "goldstein_sum", "share"], default="conflict")
    pl.set_defaults(func=cmd_plot)

    rf = sub.add_parser("refresh", help="recompute duplicates and canonical events", description=cmd_refresh.__doc__)
    _common(rf, filters=False)
    rf.set_defaults(func=cmd_refresh)
