"""Command line: a thin shell that parses options, calls the library and formats the result.

Exit status: 0 when every input was coded, 1 when some input yielded an error record (the
batch still finished and wrote every other result), 2 for usage or configuration errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path

from newsevents import __version__
from newsevents.errors import NewseventsError

__all__ = ["main"]

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _coder(args: argparse.Namespace) -> object:
    from newsevents.pipeline import Coder

    return Coder(model=args.model)


# Options of `code` that change how fast a run goes, not what it writes: left out of the resume key.
_RUN_ONLY_OPTIONS = {"func", "command", "workers", "engine", "scheduler", "quiet", "resume", "commit_every",
                     "parts_dir", "partition_size"}


def cmd_code(args: argparse.Namespace) -> int:
    """Code INPUT files into JSONL (one line per article, in input order).

    Results are committed as they come; a run that was killed resumes where it stopped when the
    same command is run again (with -o FILE and/or --db). --workers N codes in N processes.
    """
    import functools

    from newsevents.engine import Coded, RunOptions, code_run
    from newsevents.engine.progress import ProgressBar
    from newsevents.pipeline import Coder

    if args.workers < 1:
        raise NewseventsError("--workers must be at least 1")
    output = args.output if args.output and args.output != "-" else None
    opts = RunOptions(
        inputs=tuple(args.inputs), output=output, db=args.db, default_date=args.date,
        include_text=args.include_text, model=args.model, engine=args.engine, workers=args.workers,
        scheduler=args.scheduler, resume=args.resume, commit_every=args.commit_every,
        partition_size=args.partition_size, parts_dir=args.parts_dir,
        key_extra=tuple(sorted((k, repr(v)) for k, v in vars(args).items() if k not in _RUN_ONLY_OPTIONS)),
    )

    def report_errors(coded: Coded) -> None:
        if coded.failed:
            for e in coded.errors:
                where = f"{e.file}:{e.line}" if e.line else (e.file or "?")
                print(f"newsevents: {where}: {e.kind}: {e.message}", file=sys.stderr)

    dicts = None
    if args.dictionary or args.no_default_dictionaries:
        from newsevents.dictionaries.petrarch import load_dictionaries

        if not args.dictionary:
            raise NewseventsError("--no-default-dictionaries needs at least one --dictionary FILE")
        dicts = load_dictionaries(args.dictionary, defaults=not args.no_default_dictionaries)
    bar = None if args.quiet or not sys.stderr.isatty() else ProgressBar(sys.stderr)
    report = code_run(opts, functools.partial(Coder, model=args.model, dictionaries=dicts), stream=sys.stdout,
                      on_result=report_errors, on_progress=bar)
    if not args.quiet:
        if report.restarted:
            print(f"newsevents: started afresh: {report.restarted}", file=sys.stderr)
        elif report.resumed:
            print(f"newsevents: resumed: {report.resumed} articles were already written, "
                  f"{report.written} coded now", file=sys.stderr)
    return EXIT_INPUT_ERRORS if report.failed else EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    """Show the parse, the actor matches and why each candidate did or did not become an event."""
    from newsevents.pipeline import Coder
    from newsevents.serialize import to_dict

    exp = Coder(model=args.model).explain(args.sentence, day=args.date, dateline=args.dateline)
    if args.json:
        print(json.dumps({"text": exp.text, "date": str(exp.date) if exp.date else None, "tokens": exp.tokens,
                          "actors": exp.actors, "candidates": exp.candidates,
                          "result": to_dict(exp.result)}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"sentence: {exp.text}")
    print(f"date:     {exp.date or '(none: relative dates unresolved)'}")
    print("\nparse:")
    for t in exp.tokens:
        ent = f" [{t['ent']}]" if t["ent"] else ""
        print(f"  {t['i']:>3} {t['text']:<16} {t['lemma']:<14} {t['pos']:<6} {t['dep']:<10} -> {t['head']}{ent}")
    print("\nactor matches:")
    for a in exp.actors or [{"text": "(none)", "code": "", "kind": "", "source": ""}]:
        print(f"  {a['text']!r:<30} {a['code'] or '':<10} {a['kind']:<13} {a['source']}")
    print("\ncandidates:")
    if not exp.candidates:
        print("  (no verb or noun in the sentence matched a pattern)")
    for c in exp.candidates:
        verdict = "EVENT" if c["status"] == "event" else c["status"].upper()
        print(f"  [{verdict}] {c['trigger']!r} -> {c['code']}  source={c['source']}  target={c['target']}")
        print(f"      rule: {c['rule']}")
        if c["reason"]:
            print(f"      why not an event: {c['reason']}")
        print(f"      notes: {', '.join(c['notes'])}")
    res = exp.result
    if res is not None and (res.events or res.unrealized_events):
        print("\nevents as written (actors, date and place as the output gives them):")
        for e, counted in [*((e, True) for e in res.events), *((e, False) for e in res.unrealized_events)]:
            state = "" if counted else f"  (not counted: {'negated' if e.negated else e.modality})"
            print(f"  {e.cameo} {e.cameo_name}{state}")
            for role, ref in (("source", e.source), ("target", e.target)):
                if ref is not None:
                    print(f"      {role}: {ref.code or '(uncoded)'} {ref.text!r}  [{ref.rule}]")
            when = (f"{e.time.text!r} ({e.time.precision}) [{e.time.rule}]" if e.time is not None
                    else "the article date")
            print(f"      date: {e.date or '(none)'} from {when}")
            where = f"{e.place.name} ({e.place.precision}) [{e.place.rule}]" if e.place is not None else "(none)"
            print(f"      place: {where}")
    return EXIT_OK


def sample_dir() -> Path:
    return Path(str(resources.files("newsevents").joinpath("samples")))


def cmd_demo(args: argparse.Namespace) -> int:
    """Code the bundled sample corpus into a DuckDB file and print a summary."""
    from newsevents.ingest import iter_articles
    from newsevents.pipeline import Coder
    from newsevents.store import Store

    coder = Coder(model=args.model)
    inputs = [str(sample_dir())]
    from newsevents.corpus import refresh

    with Store(args.db) as store:
        n = store.write(coder.code_items(iter_articles(inputs)))
        refreshed = refresh(store)  # near-duplicates, canonical events, series and alerts
        s = store.summary()
    print(f"newsevents demo: coded {n} bundled articles into {args.db}")
    print(f"  articles: {s['articles']}  (failed: {s['failed']})   events: {s['events']}   quotes: {s['quotes']}")
    print("  corpus: " + ", ".join(f"{k}: {v}" for k, v in refreshed.items() if isinstance(v, int)))
    print("  events by CAMEO root:")
    from newsevents.ontology import cameo_codes

    codes = cameo_codes()
    for root, count in s["roots"]:
        print(f"    {root} {codes[root].name if root in codes else '':<40} {count:>4}")
    print("  top dyads (source → target: events, mean Goldstein):")
    for src, tgt, count, gold in s["dyads"]:
        print(f"    {src:<10} → {tgt:<10} {count:>4}  {gold:+.2f}")
    if not args.no_serve:
        from newsevents.api import serve

        serve(args.db, host=args.host, port=args.port)  # the store is closed: DuckDB allows one writer
    return EXIT_OK


def cmd_version(args: argparse.Namespace) -> int:
    """Print the package version and the spaCy model that would be used."""
    from newsevents.nlp import model_info

    info = model_info(args.model)
    print(f"newsevents {__version__}")
    print(f"model {info['package']} ({info['name']} {info['version']}, spaCy {info['spacy_version']})")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of one ``code --format jsonl`` line, generated from the models."""
    from newsevents.schema import article_result_schema

    print(json.dumps(article_result_schema(), indent=2))
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Score newsevents on a public gold set and print precision/recall/F1 or accuracy with error examples."""
    import importlib

    from newsevents.evaluate import TASKS

    module = importlib.import_module(TASKS[args.task])
    report = module.evaluate(Path(args.data), limit=args.limit, model=args.model, dictionaries=args.dictionary or [],
                             no_default_dictionaries=args.no_default_dictionaries)
    print(report.format(max_examples=args.examples))
    if args.report:
        Path(args.report).write_text(report.to_json(), encoding="utf-8")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsevents", description="Turn news stories into political event data.")
    p.add_argument("--model", default=None, help="spaCy pipeline (default: $NEWSEVENTS_MODEL or the installed English model)")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("code", help="code articles into JSONL", description=cmd_code.__doc__)
    c.add_argument("inputs", nargs="+", help="files, directories, globs, or - for stdin")
    c.add_argument("-o", "--output", help="output file (default: stdout)")
    c.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format")
    c.add_argument("--date", type=_date, help="article date for inputs that have none (YYYY-MM-DD)")
    c.add_argument("--db", help="also upsert the results into this DuckDB file")
    c.add_argument("--include-text", action="store_true", help="write the article body into each line")
    c.add_argument("--workers", type=int, default=1, help="worker processes, each loading the model once (default: 1)")
    c.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes, or a Dask cluster (needs the dask extra)")
    c.add_argument("--scheduler", help="Dask scheduler address (default: a local cluster of --workers processes)")
    c.add_argument("--parts-dir", help="Dask: folder for result parts, on storage every worker shares")
    c.add_argument("--partition-size", type=int, default=256, help="Dask: articles per partition (default: 256)")
    c.add_argument("--commit-every", type=int, default=64, help="articles per commit (default: 64)")
    c.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True,
                   help="continue an interrupted run of the same command (default); --no-resume starts afresh")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar or notes on stderr (errors still)")
    c.add_argument("--dictionary", action="append", default=[],
                   help="dictionary file in PETRARCH's formats (verbs, actors, agents, discards, issues; "
                        "the kind is read from the content) beside the built-in ones; repeatable")
    c.add_argument("--no-default-dictionaries", action="store_true", help="code with the --dictionary files only")
    c.set_defaults(func=cmd_code)

    e = sub.add_parser("explain", help="show how a sentence is coded", description=cmd_explain.__doc__)
    e.add_argument("sentence")
    e.add_argument("--date", type=_date, help="the article date to resolve relative dates against")
    e.add_argument("--dateline", help="the article's dateline place (e.g. ATHENS): places the story as its header would")
    e.add_argument("--json", action="store_true", help="machine-readable output")
    e.set_defaults(func=cmd_explain)

    d = sub.add_parser("demo", help="code the bundled sample corpus into DuckDB", description=cmd_demo.__doc__)
    d.add_argument("--db", default="newsevents-demo.duckdb", help="DuckDB file to write (default: %(default)s)")
    d.add_argument("--no-serve", action="store_true", help="do not start the dashboard afterwards")
    d.add_argument("--host", default="127.0.0.1", help="dashboard address (default: %(default)s)")
    d.add_argument("--port", type=int, default=8000, help="dashboard port (default: %(default)s)")
    d.set_defaults(func=cmd_demo)

    v = sub.add_parser("version", help="package and model versions", description=cmd_version.__doc__)
    v.set_defaults(func=cmd_version)

    ev = sub.add_parser("evaluate", help="score against a gold set", description=cmd_evaluate.__doc__)
    ev.add_argument("task", choices=["dates", "places", "quotes", "petrarch"])
    ev.add_argument("--data", required=True, help="gold data file or folder")
    ev.add_argument("--limit", type=int, help="score only the first N documents/records")
    ev.add_argument("--report", help="write the per-record report (JSON) here")
    ev.add_argument("--examples", type=int, default=15, help="error examples to print (default: %(default)s)")
    ev.add_argument("--dictionary", action="append", help="extra dictionary file (PETRARCH formats); repeatable")
    ev.add_argument("--no-default-dictionaries", action="store_true", help="use only --dictionary files")
    ev.set_defaults(func=cmd_evaluate)

    s = sub.add_parser("schema", help="print the output JSON schema", description=cmd_schema.__doc__)
    s.set_defaults(func=cmd_schema)

    from newsevents.commands import register_all

    register_all(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        rc: int = args.func(args)
        return rc
    except NewseventsError as exc:
        print(f"newsevents: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
