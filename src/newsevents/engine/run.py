"""``code_run``: inputs → engine → one ordered writer, resuming a killed run where it stopped."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsevents.engine.options import Coded, CoderFactory, Progress, RunOptions, RunReport
from newsevents.engine.resume import ResumeLog, ResumePoint, run_key
from newsevents.engine.sink import Sink

if TYPE_CHECKING:
    from newsevents.ingest import Item

__all__ = ["code_run", "estimate_total", "options_key"]


def options_key(opts: RunOptions) -> str:
    """The resume key: what decides the results, not how they are computed (workers, engine)."""
    from newsevents import __version__
    from newsevents.nlp import resolve_model_name

    return run_key({
        "inputs": [str(Path(s).resolve()) if s != "-" else s for s in opts.inputs],
        "date": opts.default_date,
        "include_text": opts.include_text,
        "model": resolve_model_name(opts.model),
        "version": __version__,
        "extra": list(opts.key_extra),
    })


def code_run(
    opts: RunOptions,
    factory: CoderFactory,
    *,
    stream: TextIO | None = None,
    on_result: Callable[[Coded], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> RunReport:
    """Code ``opts.inputs`` into ``opts.output`` (else ``stream``) and ``opts.db``; see the package doc.

    A run with a saved resume point skips the inputs already written, after checking that the
    last of them is the same article as before; if not, it starts afresh (``report.restarted``).
    """
    from newsevents.ingest import iter_articles
    from newsevents.pipeline import Coder

    started = time.monotonic()
    report = RunReport()
    # stdin cannot be read twice; without a file or a store there is nothing to resume into
    resumable = "-" not in opts.inputs and (opts.db is not None or opts.output is not None)
    output = Path(opts.output) if opts.output else None
    with ExitStack() as stack:
        store = None
        if opts.db is not None:
            from newsevents.store import Store

            store = stack.enter_context(Store(opts.db))
        key = options_key(opts)
        log = ResumeLog(key, store=store, output=output) if resumable else None
        point = log.load() if log is not None and opts.resume else ResumePoint()
        items = iter_articles(opts.inputs, default_date=opts.default_date)
        if point.done:
            items, why = _skip(items, point, Coder.result_id)
            if why is not None:
                report.restarted = why
                point = ResumePoint()
                items = iter_articles(opts.inputs, default_date=opts.default_date)
        if log is not None:
            if point.done:
                log.truncate_output(point.done)
            else:
                log.clear()
        out: TextIO | None = stream
        if output is not None:
            out = stack.enter_context(open(output, "a" if point.done else "w", encoding="utf-8"))
        if log is not None:
            log.record(point)  # the run is under way: a kill from here on resumes
        total = _Total(opts.inputs) if on_progress is not None else None
        sink = Sink(out=out, store=store, log=log, start=point, commit_every=opts.commit_every,
                    on_result=on_result, on_progress=on_progress, total=total.get if total else None)
        keep = store is not None
        if opts.engine == "dask":
            from newsevents.engine.dask_engine import code_dask

            stream_ = code_dask(items, factory, opts, key=key, start=point.done, keep_result=keep,
                                rss=report.worker_peak_rss)
        else:
            from newsevents.engine.local import code_local

            stream_ = code_local(items, factory, workers=opts.workers, chunk_size=opts.chunk_size,
                                 include_text=opts.include_text, keep_result=keep, rss=report.worker_peak_rss)
        for coded in stream_:
            sink.add(coded)
        sink.finish()
        if log is not None:
            log.clear()
        report.resumed = sink.resumed
        report.written = sink.written
        report.failed = sink.point.failed
    report.seconds = time.monotonic() - started
    return report


def _skip(items: Iterator[Item], point: ResumePoint, result_id: Callable[[Item], str]) -> tuple[Iterator[Item], str | None]:
    """Drop the ``point.done`` inputs already written; a reason when they are not the same inputs."""
    last: Item | None = None
    for _ in range(point.done):
        last = next(items, None)
        if last is None:
            return items, f"the inputs now hold fewer than the {point.done} articles already written"
    if last is not None and point.last_id is not None and result_id(last) != point.last_id:
        return items, "the inputs changed since the interrupted run"
    return items, None


class _Total:
    """Counts the inputs in a background thread, for the progress bar's ETA."""

    def __init__(self, inputs: tuple[str, ...]) -> None:
        self.value: int | None = None
        if "-" not in inputs:
            threading.Thread(target=self._count, args=(inputs,), daemon=True).start()

    def get(self) -> int | None:
        return self.value

    def _count(self, inputs: tuple[str, ...]) -> None:
        self.value = estimate_total(inputs)


def estimate_total(inputs: tuple[str, ...]) -> int | None:
    """About how many articles ``inputs`` hold: one per text or HTML file, one per JSONL line."""
    try:
        from newsevents.ingest.readers import JSONL_SUFFIXES, _expand
    except ImportError:  # the reader changed shape: no estimate, no ETA
        return None
    n = 0
    for spec in inputs:
        paths = _expand(spec)
        if paths is None:
            n += 1
            continue
        for p in paths:
            if p.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with open(p, "rb") as fh:
                        n += sum(1 for line in fh if line.strip())
                except OSError:
                    n += 1
            else:
                n += 1
    return n
