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
from typing import TextIO

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


def cmd_code(args: argparse.Namespace) -> int:
    """Code INPUT files into JSONL (one line per article, in input order)."""
    from newsevents.ingest import iter_articles
    from newsevents.pipeline import Coder
    from newsevents.serialize import to_json_line

    coder = Coder(model=args.model)
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output and args.output != "-" else sys.stdout  # noqa: SIM115
    failed = 0
    store = None
    if args.db:
        from newsevents.store import Store

        store = Store(args.db)
    try:
        for result in coder.code_items(iter_articles(args.inputs, default_date=args.date)):
            if result.failed:
                failed += 1
                for e in result.errors:
                    where = f"{e.file}:{e.line}" if e.line else (e.file or "?")
                    print(f"newsevents: {where}: {e.kind}: {e.message}", file=sys.stderr)
            out.write(to_json_line(result, include_text=args.include_text) + "\n")
            if store is not None:
                store.write([result])
    finally:
        if out is not sys.stdout:
            out.close()
        if store is not None:
            store.close()
    return EXIT_INPUT_ERRORS if failed else EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    """Show the parse, the actor matches and why each candidate did or did not become an event."""
    from newsevents.pipeline import Coder
    from newsevents.serialize import to_dict

    exp = Coder(model=args.model).explain(args.sentence, day=args.date)
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
    with Store(args.db) as store:
        n = store.write(coder.code_items(iter_articles(inputs)))
        s = store.summary()
    print(f"newsevents demo: coded {n} bundled articles into {args.db}")
    print(f"  articles: {s['articles']}  (failed: {s['failed']})   events: {s['events']}   quotes: {s['quotes']}")
    print("  events by CAMEO root:")
    from newsevents.ontology import cameo_codes

    codes = cameo_codes()
    for root, count in s["roots"]:
        print(f"    {root} {codes[root].name if root in codes else '':<40} {count:>4}")
    print("  top dyads (source → target: events, mean Goldstein):")
    for src, tgt, count, gold in s["dyads"]:
        print(f"    {src:<10} → {tgt:<10} {count:>4}  {gold:+.2f}")
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
    print(report.format())
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
    c.set_defaults(func=cmd_code)

    e = sub.add_parser("explain", help="show how a sentence is coded", description=cmd_explain.__doc__)
    e.add_argument("sentence")
    e.add_argument("--date", type=_date, help="the article date to resolve relative dates against")
    e.add_argument("--json", action="store_true", help="machine-readable output")
    e.set_defaults(func=cmd_explain)

    d = sub.add_parser("demo", help="code the bundled sample corpus into DuckDB", description=cmd_demo.__doc__)
    d.add_argument("--db", default="newsevents-demo.duckdb", help="DuckDB file to write (default: %(default)s)")
    d.add_argument("--no-serve", action="store_true", help="do not start the dashboard afterwards")
    d.set_defaults(func=cmd_demo)

    v = sub.add_parser("version", help="package and model versions", description=cmd_version.__doc__)
    v.set_defaults(func=cmd_version)

    ev = sub.add_parser("evaluate", help="score against a gold set", description=cmd_evaluate.__doc__)
    ev.add_argument("task", choices=["dates", "places", "quotes", "petrarch"])
    ev.add_argument("--data", required=True, help="gold data file or folder")
    ev.add_argument("--limit", type=int, help="score only the first N documents/records")
    ev.add_argument("--report", help="write the per-record report (JSON) here")
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
