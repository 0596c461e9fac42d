"""``newsevents watch``: poll RSS/Atom feeds and folders, code only new stories into DuckDB."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from types import FrameType
from typing import TextIO

from newsevents.errors import ConfigError

__all__ = ["cmd_watch", "register"]

EXIT_OK, EXIT_INPUT_ERRORS = 0, 1


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # a service manager's stop is handled like Ctrl-C: finish cleanly


def cmd_watch(args: argparse.Namespace) -> int:
    """Poll RSS/Atom feeds and folders, code only the stories not seen before, and store them in DuckDB.

    What was seen is kept in the database, so restarting never re-codes old stories. Feed and
    page failures are reported on stderr and in the watch_errors table; the loop goes on.
    """
    if not args.feed and not args.folder:
        raise ConfigError("watch needs at least one --feed URL or --folder DIR")
    from newsevents.corpus.watch import Watcher, WatchProblem
    from newsevents.model import ArticleResult
    from newsevents.pipeline import Coder
    from newsevents.serialize import to_json_line

    failures = 0
    out: TextIO | None = None

    def on_problem(p: WatchProblem) -> None:
        nonlocal failures
        failures += p.severity == "error"
        print(f"newsevents: watch: {p.source}: {p.severity}: {p.kind}: {p.message}", file=sys.stderr)

    def on_result(result: ArticleResult) -> None:
        nonlocal failures
        if result.failed:
            failures += 1
            for e in result.errors:
                where = f"{e.file}:{e.line}" if e.line else (e.file or "?")
                print(f"newsevents: {where}: {e.kind}: {e.message}", file=sys.stderr)
        if out is not None:
            out.write(to_json_line(result) + "\n")
            out.flush()  # a long-running watch: lines are usable as soon as they are stored

    watcher = Watcher(args.db, coder=Coder(model=args.model), feeds=args.feed, folders=args.folder,
                      timeout=args.timeout, on_result=on_result, on_problem=on_problem)
    cycles = 1 if args.once else args.max_cycles
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    if args.output:
        out = sys.stdout if args.output == "-" else open(args.output, "a", encoding="utf-8")  # noqa: SIM115
    cycle = 0
    try:
        while True:
            cycle += 1
            report = watcher.poll_once()
            print(f"newsevents watch: cycle {cycle}: {report.summary()}", file=sys.stderr)
            if cycles is not None and cycle >= cycles:
                break
            time.sleep(args.interval)
    except KeyboardInterrupt:
        print(f"newsevents watch: stopped in cycle {cycle}; what was stored is kept", file=sys.stderr)
    finally:
        if out is not None and out is not sys.stdout:
            out.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return EXIT_INPUT_ERRORS if failures else EXIT_OK


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 <= seconds < float("inf"):  # also refuses NaN
        raise argparse.ArgumentTypeError(f"{value} must be a finite number of seconds, not negative")
    return seconds


def _timeout(value: str) -> float:
    seconds = _seconds(value)
    if seconds == 0:  # urllib would treat 0 as non-blocking and fail every fetch
        raise argparse.ArgumentTypeError("the timeout must be more than 0 seconds")
    return seconds


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} must be at least 1")
    return n


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    w = sub.add_parser("watch", help="poll feeds and folders; code only new stories", description=cmd_watch.__doc__)
    w.add_argument("--feed", action="extend", nargs="+", default=[], metavar="URL",
                   help="RSS or Atom feed URL (http/https); repeatable")
    w.add_argument("--folder", action="extend", nargs="+", default=[], metavar="DIR",
                   help="folder of text/JSONL/HTML articles, read recursively; repeatable")
    w.add_argument("--db", default="newsevents.duckdb", help="DuckDB file for results and watch state (default: %(default)s)")
    w.add_argument("--interval", type=_seconds, default=300.0, metavar="SECONDS",
                   help="pause between cycles (default: %(default)s)")
    w.add_argument("--once", action="store_true", help="run a single cycle and exit")
    w.add_argument("--max-cycles", type=_positive, metavar="N", help="stop after N cycles (default: run until Ctrl-C)")
    w.add_argument("--output", metavar="JSONL", help="also append each newly coded article as a JSONL line (- for stdout)")
    w.add_argument("--timeout", type=_timeout, default=20.0, metavar="SECONDS",
                   help="time limit for fetching one feed or page (default: %(default)s)")
    w.set_defaults(func=cmd_watch)
