"""The Dask engine: partitions of the input coded on a cluster, merged in order by the one writer.

The client reads the inputs and sends partitions of ``partition_size`` articles to the
workers. Each worker keeps one Coder per process (the model is loaded once per worker, not
per task) and writes its partition as a JSON-lines part file under ``parts_dir``, which must
be storage that the workers and the client share. The client merges finished parts into
the store and the JSONL output in input order, so the result is the same as the local
engine's. A part already on disk (from a killed run of the same command) is merged, not
recomputed; the parts are deleted when the run completes.
"""

from __future__ import annotations

import importlib
import logging
import os
import pickle
import socket
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.engine.options import Coded, CoderFactory, RunOptions, encode

if TYPE_CHECKING:
    from newsevents.ingest import Item
    from newsevents.pipeline import Coder

__all__ = ["code_dask", "code_part", "default_parts_dir"]

IN_FLIGHT_PER_WORKER = 2


def default_parts_dir(opts: RunOptions, key: str) -> Path:
    """``<db or output>.parts/<run key>``: beside the results, one folder per run."""
    base = opts.db or opts.output
    root = Path(opts.parts_dir) if opts.parts_dir else (
        Path(base).with_name(Path(base).name + ".parts") if base else Path(tempfile.mkdtemp(prefix="newsevents-parts-"))
    )
    return root / key


def _partitions(items: Iterable[Item], start: int, size: int) -> Iterator[tuple[int, list[Item]]]:
    """(first input index, items): cut at multiples of ``size`` so a resumed run finds the same parts."""
    it = iter(items)
    first = start
    while True:
        n = size - (first % size)
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield first, chunk
        first += len(chunk)


def _part_path(parts: Path, first: int, n: int) -> Path:
    return parts / f"part-{first:012d}-{n:06d}.jsonl"


def code_dask(
    items: Iterable[Item],
    factory: CoderFactory,
    opts: RunOptions,
    *,
    key: str,
    start: int,
    keep_result: bool,
    rss: dict[str, int] | None = None,
) -> Iterator[Coded]:
    """Code ``items`` (input index ``start`` onwards) on a Dask cluster, yielding them in input order."""
    try:
        distributed: Any = importlib.import_module("distributed")  # untyped: kept as Any
    except ImportError as exc:  # pragma: no cover - depends on the environment
        from newsevents.errors import NewseventsError

        raise NewseventsError("the dask engine needs the dask extra: pip install 'newsevents[dask]'") from exc
    Client, LocalCluster, wait = distributed.Client, distributed.LocalCluster, distributed.wait

    parts = default_parts_dir(opts, key)
    parts.mkdir(parents=True, exist_ok=True)
    blob = pickle.dumps(factory)
    with ExitStack() as stack:
        if opts.scheduler:
            client = stack.enter_context(Client(opts.scheduler))
        else:
            cluster = stack.enter_context(LocalCluster(  # on loopback only, dashboard off
                n_workers=max(1, opts.workers), threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                silence_logs=logging.ERROR,
            ))
            client = stack.enter_context(Client(cluster))
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or opts.workers)
        limit = n_workers * IN_FLIGHT_PER_WORKER
        running: dict[Any, int] = {}  # future → first index
        ready: dict[int, Path] = {}  # first index → finished part
        next_first = start

        def settle(block: bool) -> None:
            if not running:
                return
            done, _ = wait(list(running), return_when="FIRST_COMPLETED" if block else "ALL_COMPLETED", timeout=None)
            for fut in done:
                first = running.pop(fut)
                path_s, worker, peak = fut.result()
                ready[first] = Path(path_s)
                if rss is not None:
                    rss[worker] = max(peak, rss.get(worker, 0))

        def merge() -> Iterator[Coded]:
            nonlocal next_first
            while next_first in ready:
                path = ready.pop(next_first)
                n = 0
                for coded in _read_part(path, include_text=opts.include_text, keep_result=keep_result):
                    n += 1
                    yield coded
                next_first += n

        for first, chunk in _partitions(items, start, max(1, opts.partition_size)):
            path = _part_path(parts, first, len(chunk))
            if path.exists():
                ready[first] = path
            else:
                running[client.submit(code_part, str(path), chunk, blob, pure=False)] = first
            yield from merge()
            while len(running) >= limit:
                settle(block=True)
                yield from merge()
        while running:
            settle(block=True)
            yield from merge()
        yield from merge()
    for leftover in parts.glob("part-*"):
        leftover.unlink()
    try:
        parts.rmdir()
        if not opts.parts_dir:
            parts.parent.rmdir()
    except OSError:  # not empty: another run's parts are there
        pass


def _read_part(path: Path, *, include_text: bool, keep_result: bool) -> Iterator[Coded]:
    from newsevents.engine.codec import result_from_line

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            result = result_from_line(line)
            yield encode(result, include_text=include_text, keep_result=keep_result)


# ---- on the Dask worker ---------------------------------------------------------------------------
_CODERS: dict[bytes, Coder] = {}


def code_part(path: str, items: list[Item], blob: bytes) -> tuple[str, str, int]:
    """Code one partition into ``path`` (written whole or not at all); returns path, worker, peak RSS."""
    from newsevents.engine.local import coding_coder, peak_rss
    from newsevents.serialize import to_json_line

    coder = _CODERS.get(blob)
    if coder is None:  # once per worker process: the model stays loaded between tasks
        factory: CoderFactory = pickle.loads(blob)
        coder = _CODERS[blob] = coding_coder(factory)
    lines = [to_json_line(r, include_text=True) + "\n" for r in coder.code_items(items)]
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    os.replace(tmp, target)
    return path, f"{socket.gethostname()}-{os.getpid()}", peak_rss()
