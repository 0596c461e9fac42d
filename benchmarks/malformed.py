"""Generate N malformed inputs, code them all, count crashes and error records.

    python benchmarks/malformed.py --n 10000

A crash is an exception escaping the library; every bad input must instead become an
output line with an error record. Prints the counts; exits 1 if anything crashed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from newsevents.ingest import iter_articles
from newsevents.pipeline import Coder

WORDS = ("Iran Iraq the US strike killed protesters said “ ” \" ' « » Baghdad yesterday Monday "
         "sanctions militia minister attacked talks 2020 nine dozens").split()


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


def make_inputs(folder: Path, n: int, seed: int = 7) -> Counter[str]:
    """Write ``n`` malformed files of many kinds; return how many of each kind."""
    rng = random.Random(seed)
    kinds: Counter[str] = Counter()
    makers = [
        ("empty", lambda: b""),
        ("whitespace", lambda: b" \n\t\n"),
        ("binary", lambda: bytes(rng.randrange(256) for _ in range(200)) + b"\x00"),
        ("invalid_utf8", lambda: b"Iran \xff\xfe protested \xc3\x28 in Tehran."),
        ("latin1", lambda: "Caf\xe9 owners in S\xe3o Paulo protested.".encode("latin-1")),
        ("bom_crlf", lambda: "\ufeffdate 2020-01-04 Wire, BAGHDAD\r\n\r\nIraq protested.\r\n".encode()),
        ("bad_header_date", lambda: b"date 2020-02-30 Wire, TEHRAN\n\nIran protested."),
        ("impossible_header", lambda: b"date 99999-99-99 , \n\nx"),
        ("unbalanced_quotes", lambda: ("“" * rng.randrange(1, 5) + _sentence(rng, 12) + "\"" * rng.randrange(0, 3)).encode()),
        ("nested_quotes", lambda: ("He said “she said ‘they “said” it’ today" + _sentence(rng, 5)).encode()),
        ("long_sentence", lambda: (" ".join(rng.choice(WORDS) for _ in range(3000)) + ".").encode()),
        ("html_garbage", lambda: b"<html><body><div><p>Iran<<<>>></p><script>x</script></div" + b"<" * 50),
        ("non_english", lambda: ("Der Iran drohte am Samstag mit Vergeltung f\u00fcr den Angriff, bei dem ein hoher "
                                 "General am Flughafen von Bagdad get\u00f6tet wurde, und die Regierung in Teheran "
                                 "rief eine dreit\u00e4gige Staatstrauer aus.").encode()),
        ("control_chars", lambda: ("Iran\x07\x08 said \x1b[31m " + _sentence(rng, 8)).encode()),
        ("random_text", lambda: _sentence(rng, rng.randrange(1, 60)).encode()),
    ]
    jsonl_makers = [
        ("jsonl_broken", lambda: b'{"text": "Iran protested."\n{not json}\n[1,2]\n{"text": 5}\n{"text": ""}\n'),
        ("jsonl_bad_date", lambda: json.dumps({"text": "Iraq protested.", "date": "2020-13-45"}).encode() + b"\n"),
        ("jsonl_nulls", lambda: b'{"id": null, "date": null, "outlet": null, "text": "Iran said it protested."}\n'),
        # valid JSON that json.loads still refuses, and lone surrogates: these once crashed the reader
        ("jsonl_deep", lambda: b"[" * rng.randrange(5_000, 200_000) + b"\n" + b'{"text": "Iraq protested."}\n'),
        ("jsonl_bigint", lambda: b'{"text": "Iran protested.", "id": ' + b"7" * rng.randrange(4_301, 20_000) + b"}\n"),
        ("jsonl_surrogate", lambda: b'{"text": "Iraq \\ud800 protested \\udfff.", "outlet": "\\udc00"}\n'),
    ]
    for i in range(n):
        if i % 6 == 5:
            kind, make = jsonl_makers[(i // 6) % len(jsonl_makers)]
            (folder / f"{i:05d}_{kind}.jsonl").write_bytes(make())
        else:
            kind, make = makers[rng.randrange(len(makers))]
            suffix = ".html" if kind == "html_garbage" else ".txt"
            (folder / f"{i:05d}_{kind}{suffix}").write_bytes(make())
        kinds[kind] += 1
    return kinds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    args = ap.parse_args()
    coder = Coder()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        kinds = make_inputs(folder, args.n)
        started = time.perf_counter()
        results = errors = failed = crashes = 0
        error_kinds: Counter[str] = Counter()
        try:
            for r in coder.code_items(iter_articles([str(folder)])):
                results += 1
                failed += r.failed
                for e in r.errors:
                    errors += 1
                    error_kinds[e.kind] += 1
        except Exception as exc:  # this is what the benchmark counts: it must never happen
            crashes += 1
            print(f"CRASH: {type(exc).__name__}: {exc}", file=sys.stderr)
        elapsed = time.perf_counter() - started
    print(f"inputs (files): {args.n}  kinds: {dict(kinds)}")
    print(f"output lines: {results}  failed lines: {failed}  error records: {errors}  crashes: {crashes}")
    print(f"error kinds: {dict(error_kinds)}")
    print(f"elapsed: {elapsed:.1f} s")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
