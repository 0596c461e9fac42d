"""Throughput and memory of newsevents against the bare spaCy parse, printed as Markdown tables.

    python benchmarks/throughput.py                 # full run: see the options' defaults
    python benchmarks/throughput.py --n 40 --rss 100,300 --rss-chars 800   # a quick look

1. bare ``nlp.pipe`` words/s (model's default batch size, and the batch size newsevents uses)
   against newsevents end to end (text → ArticleResult → JSON line) on the same texts, with
   the same model, in this process, interleaved over ``--rounds`` rounds (best round kept);
2. the engine with 1 and 2 workers (``code_run`` to a JSONL file), steady state and in total;
3. peak RSS per worker after 1,000 and 10,000 articles (``--rss``), each article given a few
   words no other article has, as a real corpus keeps bringing new names and numbers.

Texts come from ../shared/data/polnear/train/text when it exists (read at run time, cycled),
else they are generated. One BLAS thread everywhere, so 1 worker means one core.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"


def load_texts(n: int, *, chars: int | None = None, unique: bool = False) -> tuple[list[str], str]:
    files = sorted(POLNEAR.glob("*.txt")) if POLNEAR.is_dir() else []
    if files:
        base = [f.read_text(encoding="utf-8") for f in files]
        source = f"polnear/train/text ({len(files)} files, cycled)"
    else:
        base = generated(200)
        source = "generated (polnear not found)"
    out = []
    for i in range(n):
        text = base[i % len(base)]
        if chars:
            text = text[:chars].rsplit(" ", 1)[0] + "."
        if unique:  # new strings in every article, as a real stream has
            text += f"\n\nReported by Correspondent{i} Zq{i * 7919 % 100003}x in Kel{i}ville, case {i}-{i % 97}."
        out.append(text)
    return out, source


def generated(n: int) -> list[str]:
    rng = random.Random(6)
    who = ["Iran", "Iraq", "the United States", "Russia", "China", "Turkey", "the European Union", "Israel",
           "Police", "Protesters", "The army", "Rebels", "The government"]
    did = ["accused", "met", "attacked", "criticized", "praised", "threatened", "sanctioned", "warned",
           "arrested", "thanked"]
    when = ["on Monday", "on Tuesday", "yesterday", "last week", "on Friday"]
    where = ["in Baghdad", "in Moscow", "near the border", "in Geneva", "in the capital"]
    out = []
    for _ in range(n):
        sents = []
        for _ in range(rng.randint(8, 30)):
            a, b = rng.sample(who, 2)
            sents.append(f"{a} {rng.choice(did)} {b.lower() if b.startswith('The ') else b} "
                         f"{rng.choice(where)} {rng.choice(when)}, officials said.")
        out.append(" ".join(sents))
    return out


def words_of(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def machine() -> str:
    try:
        info = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "?")
    except OSError:
        cpu = platform.processor() or "?"
    try:
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        mem = next((int(line.split()[1]) // 1024 // 1024 for line in meminfo if line.startswith("MemTotal")), 0)
    except OSError:
        mem = 0
    return f"{os.cpu_count()} cores ({cpu}), {mem} GiB RAM, Python {platform.python_version()}"


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


# ---- 1. bare parse vs end to end -----------------------------------------------------------------
def bench_floor(texts: list[str], rounds: int, *, fresh: int = 0) -> tuple[list[tuple[str, float, float]], dict[str, list[float]], dict[str, list[float]]]:
    """Bare parse against end to end, alternating within each round.

    With ``fresh`` > 0, the first ``fresh`` texts warm both sides up (a process that has run a
    while: tokenizer caches, vocabulary, newsevents' memos) and every round then reads texts
    neither side has seen; otherwise every round re-reads the same texts.
    """
    import spacy

    from newsevents.engine.local import coding_coder
    from newsevents.ingest import Item
    from newsevents.model import Article
    from newsevents.nlp import resolve_model_name
    from newsevents.pipeline import Coder
    from newsevents.serialize import to_json_line

    name = resolve_model_name(None)
    bare_nlp = spacy.load(name)  # a separate copy: nothing newsevents does to its own can help it
    coder = coding_coder(lambda: Coder(model=name))  # as `newsevents code` runs it (memory zones, frozen GC)
    full = Coder(model=name)
    full.fast_path = False
    all_items = [Item(Article(id=f"b{i}", date=None, outlet=None, dateline=None, text=t), (), "") for i, t in enumerate(texts)]
    n = (len(texts) - fresh) // rounds if fresh else len(texts)
    span = [0, len(texts)]  # the texts of the current round

    def use_round(r: int) -> None:
        if fresh:
            span[:] = [fresh + r * n, fresh + (r + 1) * n]

    warm = fresh or 4
    list(bare_nlp.pipe(texts[:warm]))
    for r_ in coder.code_items(all_items[:warm]):
        to_json_line(r_)
    list(full.code_items(all_items[:4]))

    def bare_default() -> None:
        for _doc in bare_nlp.pipe(texts[span[0] : span[1]]):
            pass

    def bare_same_batch() -> None:
        for _doc in bare_nlp.pipe(texts[span[0] : span[1]], batch_size=coder.batch_size):
            pass

    def e2e() -> None:
        for r in coder.code_items(all_items[span[0] : span[1]]):
            to_json_line(r)

    def e2e_full() -> None:
        for r in full.code_items(all_items[span[0] : span[1]]):
            to_json_line(r)

    runs = {
        f"bare nlp.pipe (spaCy default batch_size={bare_nlp.batch_size})": bare_default,
        f"bare nlp.pipe (batch_size={coder.batch_size}, as newsevents)": bare_same_batch,
        "newsevents end to end (fast path)": e2e,
    }
    if not fresh:
        runs["newsevents end to end (plain docs, fast path off)"] = e2e_full
    best = {k: float("inf") for k in runs}
    cpu = {k: float("inf") for k in runs}
    per_round: dict[str, list[float]] = {k: [] for k in runs}
    per_round_cpu: dict[str, list[float]] = {k: [] for k in runs}
    order = list(runs)
    for r in range(rounds):
        use_round(r)
        # the machine's speed drifts: alternate the order, and compare runs within a round
        for label in order if r % 2 == 0 else order[::-1]:
            t0, c0 = time.perf_counter(), time.process_time()
            runs[label]()
            secs = time.perf_counter() - t0
            best[label] = min(best[label], secs)
            used = time.process_time() - c0
            cpu[label] = min(cpu[label], used)
            per_round[label].append(secs)
            per_round_cpu[label].append(used)
    return [(label, best[label], cpu[label]) for label in runs], per_round, per_round_cpu


# ---- 2 and 3. the engine ----------------------------------------------------------------------------
def run_engine(texts: list[str], workers: int, tmp: Path, chunk: int = 64) -> tuple[float, int, dict[str, int], float]:
    """(seconds after the first results, articles coded in them, peak RSS per worker, total seconds)."""
    import functools

    from newsevents.engine import Progress, RunOptions, code_run
    from newsevents.pipeline import Coder

    src = tmp / f"in-{len(texts)}.jsonl"
    if not src.exists():
        with open(src, "w", encoding="utf-8") as fh:
            for i, t in enumerate(texts):
                fh.write(json.dumps({"id": f"x{i}", "text": t}) + "\n")
    out = tmp / f"out-{workers}-{len(texts)}.jsonl"
    marks: list[tuple[float, int]] = []

    def progress(p: Progress) -> None:
        marks.append((time.perf_counter(), p.done))

    opts = RunOptions(inputs=(str(src),), output=str(out), workers=workers, resume=False, commit_every=16,
                      chunk_size=chunk)
    t0 = time.perf_counter()
    report = code_run(opts, functools.partial(Coder), on_progress=progress)
    total = time.perf_counter() - t0
    first = next(((t, d) for t, d in marks if d > 0), (t0, 0))
    steady = marks[-1][0] - first[0] if marks else total
    return steady, report.written - first[1], report.worker_peak_rss, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="articles for the throughput tables (default 300)")
    ap.add_argument("--rounds", type=int, default=2, help="interleaved rounds of the floor comparison (best kept, per-round ratios reported)")
    ap.add_argument("--workers", default="1,2", help="worker counts to compare (default 1,2)")
    ap.add_argument("--workers-n", type=int, default=400, help="articles for the worker comparison (default 400)")
    ap.add_argument("--chunk", type=int, default=16, help="articles per worker task (default 16)")
    ap.add_argument("--rss", default="1000,10000", help="article counts for peak RSS ('' to skip)")
    ap.add_argument("--rss-workers", type=int, default=2, help="workers for the RSS runs (default 2)")
    ap.add_argument("--rss-chars", type=int, default=1500, help="cut RSS-run articles to this many characters")
    ap.add_argument("--fresh", type=int, default=0,
                    help="warm both sides up on this many articles, then give every round unseen ones (default 0: "
                         "every round re-reads the same --n articles)")
    ap.add_argument("--skip-floor", action="store_true")
    args = ap.parse_args(argv)

    print(f"machine: {machine()}")
    print(f"load average (1/5/15 min) at start: {load()}")
    texts, source = load_texts(args.n)
    words = words_of(texts)
    print(f"texts: {args.n} articles from {source}, {words:,} words\n")

    if not args.skip_floor and args.fresh:
        floor_texts, _ = load_texts(args.fresh + args.n * args.rounds)
        words = words_of(floor_texts[args.fresh :]) // args.rounds  # per round, on average
        print(f"fresh texts: warm-up on {args.fresh} articles, then {args.n} unseen articles per round "
              f"(~{words:,} words per round)\n")
    else:
        floor_texts = texts
    if not args.skip_floor:
        rows, per_round, per_round_cpu = bench_floor(floor_texts, args.rounds, fresh=args.fresh)
        base = rows[0][1]
        print("| run | seconds | CPU s | words/s | vs bare default |")
        print("|---|---:|---:|---:|---:|")
        for label, secs, cpu in rows:
            print(f"| {label} | {secs:.1f} | {cpu:.1f} | {words / secs:,.0f} | {base / secs:.2f}x |")
        print(f"\nend to end vs bare at the same batch size: {rows[1][1] / rows[2][1]:.2f}x "
              f"(CPU time: {rows[1][2] / rows[2][2]:.2f}x)")
        labels = [r[0] for r in rows]
        e2e = per_round[labels[2]]
        e2e_cpu = per_round_cpu[labels[2]]
        for other in labels[:2]:
            ratios = sorted(b / e for b, e in zip(per_round[other], e2e, strict=True))
            print(f"end to end vs {other}, per round: {' '.join(f'{x:.2f}' for x in ratios)}; "
                  f"median {statistics.median(ratios):.2f}x")
            cpu_ratios = sorted(b / e for b, e in zip(per_round_cpu[other], e2e_cpu, strict=True))
            print(f"  by CPU time, per round: {' '.join(f'{x:.2f}' for x in cpu_ratios)}; "
                  f"median {statistics.median(cpu_ratios):.2f}x")
            print(f"  pooled over the rounds (total bare / total end to end): wall {sum(per_round[other]) / sum(e2e):.3f}x, "
                  f"CPU {sum(per_round_cpu[other]) / sum(e2e_cpu):.3f}x")
        print(f"load average after: {load()}\n")

    with tempfile.TemporaryDirectory(prefix="ne-bench-") as tmpd:
        tmp = Path(tmpd)
        counts = [int(w) for w in args.workers.split(",") if w]
        if counts:
            wtexts, _ = load_texts(args.workers_n)
            print(f"{args.workers_n} articles, {words_of(wtexts):,} words, {args.chunk} articles per worker task; "
                  "steady = from the first results to the last (model loading and the first batch excluded)\n")
            print("| workers | steady seconds | words/s (steady) | speed-up | total seconds | words/s (total) | speed-up |")
            print("|---:|---:|---:|---:|---:|---:|---:|")
            one: tuple[float, float] | None = None
            for w in counts:
                steady, n, _rss, total = run_engine(wtexts, w, tmp, args.chunk)
                rate = words_of(wtexts[len(wtexts) - n :]) / steady if steady > 0 else 0.0
                whole = words_of(wtexts) / total
                one = one or (rate, whole)
                print(f"| {w} | {steady:.1f} | {rate:,.0f} | {rate / one[0]:.2f}x | {total:.1f} | {whole:,.0f} | "
                      f"{whole / one[1]:.2f}x |")
                sys.stdout.flush()
            print(f"\nload average after: {load()}\n")
        sizes = [int(s) for s in args.rss.split(",") if s]
        if sizes:
            print("| articles | workers | peak RSS per worker (MiB) | seconds |")
            print("|---:|---:|---|---:|")
            for n in sizes:
                rss_texts, _ = load_texts(n, chars=args.rss_chars, unique=True)
                _steady, _n, rss, total = run_engine(rss_texts, args.rss_workers, tmp, 64)
                per = ", ".join(f"{v / 2**20:,.0f}" for _k, v in sorted(rss.items()))
                print(f"| {n:,} | {args.rss_workers} | {per} | {total:.0f} |")
                sys.stdout.flush()
            print(f"\nload average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
