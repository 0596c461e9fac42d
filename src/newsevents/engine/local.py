"""The local engine: code in this process, or in N worker processes that each load the model once.

Inputs are read here and sent to the workers in chunks; at most a few chunks per worker are
in flight, so memory stays constant however long the input. Results come back in input
order (a worker that finishes early waits in the queue, it is not reordered).
"""

from __future__ import annotations

import os
import pickle
import resource
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any

from newsevents.engine.options import Coded, CoderFactory, encode

if TYPE_CHECKING:
    from newsevents.ingest import Item
    from newsevents.pipeline import Coder

__all__ = ["code_local", "peak_rss"]

IN_FLIGHT_PER_WORKER = 3


def peak_rss() -> int:
    """Peak resident memory of this process in bytes.

    Linux's VmHWM, which starts afresh in a spawned process; ``ru_maxrss`` would start from
    the parent's peak at fork time, so a worker would report its parent's memory.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def coding_coder(factory: CoderFactory) -> Coder:
    """The coder of a process that codes and does nothing else: spaCy's memory zones and a
    frozen garbage collector are process-wide, so only such a process turns them on."""
    coder = factory()
    coder.memory_zones = True
    coder.freeze_gc = True
    return coder


def code_local(
    items: Iterable[Item],
    factory: CoderFactory,
    *,
    workers: int,
    chunk_size: int,
    include_text: bool,
    keep_result: bool,
    rss: dict[str, int] | None = None,
) -> Iterator[Coded]:
    """Code ``items`` in input order, in-process when ``workers <= 1``. ``rss`` collects peak RSS per worker."""
    if workers <= 1:
        coder = coding_coder(factory)
        for result in coder.code_items(items):
            yield encode(result, include_text=include_text, keep_result=keep_result)
        if rss is not None:
            rss["main"] = peak_rss()
        return
    yield from _code_pool(items, factory, workers=workers, chunk_size=chunk_size, include_text=include_text,
                          keep_result=keep_result, rss=rss)


def _code_pool(
    items: Iterable[Item],
    factory: CoderFactory,
    *,
    workers: int,
    chunk_size: int,
    include_text: bool,
    keep_result: bool,
    rss: dict[str, int] | None,
) -> Iterator[Coded]:
    # spawn, not fork: the parent may hold a DuckDB connection and threads
    blob = pickle.dumps(factory)
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(blob, chunk_size, include_text, keep_result),
    ) as pool:
        pending: deque[Future[tuple[int, int, list[Coded]]]] = deque()
        limit = workers * IN_FLIGHT_PER_WORKER
        try:
            for chunk in chunked(items, chunk_size):
                pending.append(pool.submit(_code_chunk, chunk))
                while len(pending) >= limit:
                    yield from _collect(pending.popleft(), rss)
            while pending:
                yield from _collect(pending.popleft(), rss)
        finally:
            for fut in pending:
                fut.cancel()


def _collect(fut: Future[tuple[int, int, list[Coded]]], rss: dict[str, int] | None) -> list[Coded]:
    try:
        pid, peak, coded = fut.result()
    except BrokenProcessPool as exc:
        from newsevents.errors import NewseventsError

        raise NewseventsError(
            "a worker process died (its error is above); what was committed is kept: run the same command again to resume"
        ) from exc
    if rss is not None:
        rss[f"worker-{pid}"] = max(peak, rss.get(f"worker-{pid}", 0))
    return coded


# ---- in the worker process ------------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(blob: bytes, chunk_size: int, include_text: bool, keep_result: bool) -> None:
    # One BLAS thread per worker: N workers on N cores must not fight over them. Set before
    # the factory is unpickled, which is what imports numpy.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    _exit_with_parent()
    factory: CoderFactory = pickle.loads(blob)
    coder = coding_coder(factory)
    coder.zone_articles = max(coder.zone_articles, chunk_size)
    _ = coder.nlp  # load the model now, once per worker
    _WORKER.update(coder=coder, include_text=include_text, keep_result=keep_result)


def _exit_with_parent() -> None:
    """A worker whose parent was killed (kill -9) would wait on its queue forever: watch and leave."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="newsevents-parent-watch", daemon=True).start()


def _code_chunk(chunk: list[Item]) -> tuple[int, int, list[Coded]]:
    coder: Coder = _WORKER["coder"]
    out = [encode(r, include_text=_WORKER["include_text"], keep_result=_WORKER["keep_result"])
           for r in coder.code_items(chunk)]
    return os.getpid(), peak_rss(), out
