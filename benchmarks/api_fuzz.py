"""A long schemathesis run against the HTTP API, in-process; prints operations, requests and 5xx.

    python benchmarks/api_fuzz.py                       # builds the demo database (about a minute)
    python benchmarks/api_fuzz.py --db news.duckdb --examples 300 --seed 1

Runs on a copy of the database, since POST /api/code?store=true writes. The short, repeatable
version of this run is tests/test_api_schemathesis.py; docs/hardening.md quotes a long run.
Exits 1 on any server error or check failure.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests._schemathesis, the runner the test uses too

from tests._schemathesis import run  # noqa: E402

from newsevents.api.app import create_app  # noqa: E402
from newsevents.cli import main as cli_main  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="a newsevents database (default: build the demo one)")
    ap.add_argument("--examples", type=int, default=200, help="examples per operation and mode")
    ap.add_argument("--code-examples", type=int, default=40, help="examples for POST /api/code (runs the coder)")
    ap.add_argument("--seed", type=int, default=None, help="Hypothesis seed (default: random, printed)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "api.duckdb"
        if args.db is None:
            if cli_main(["demo", "--db", str(db), "--no-serve"]) != 0:
                return 2
        else:
            shutil.copy(args.db, db)
        exports = Path(tmp) / "exports"
        exports.mkdir()
        (exports / "sample.csv").write_text("id\n1\n", encoding="utf-8")
        started = time.perf_counter()
        report = run(create_app(db, exports_dir=exports), examples=args.examples, seed=seed,
                     code_examples=args.code_examples)
        elapsed = time.perf_counter() - started
    print(f"seed: {seed}  examples per operation and mode: {args.examples} (POST /api/code: {args.code_examples})")
    print(report.summary())
    for op in report.operations:
        print(f"  {op}: {report.per_operation[op]} requests")
    for line in report.server_errors[:50] + report.failures[:50]:
        print("FAIL", line)
    print(f"elapsed: {elapsed:.1f} s")
    return 1 if report.server_errors or report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
