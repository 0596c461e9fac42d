"""Issue #6: the Dask engine on a 2-worker LocalCluster gives the local engine's results."""

from __future__ import annotations

import functools
import logging
import pickle
from pathlib import Path

import duckdb
import pytest

from newsevents.cli import sample_dir
from newsevents.engine import RunOptions, code_run
from newsevents.pipeline import Coder

distributed = pytest.importorskip("distributed")

pytestmark = [
    pytest.mark.issue(6),
    pytest.mark.slow,
    # dask's own start-up and shutdown chatter is not ours to fail on
    pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::ResourceWarning",
                               "ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("corpus")
    for p in sorted(sample_dir().glob("*.txt"))[:10]:
        (src / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def cluster() -> object:
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                                  silence_logs=logging.ERROR) as c:
        yield c


def event_ids(db: Path) -> tuple[int, set[str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT count(*) FROM articles").fetchone()
        assert row is not None
        return int(row[0]), {r[0] for r in con.execute("SELECT id FROM events").fetchall()}
    finally:
        con.close()


def test_dask_engine_matches_the_local_engine(corpus: Path, tmp_path: Path, cluster: object) -> None:
    local = RunOptions(inputs=(str(corpus),), output=str(tmp_path / "local.jsonl"), db=str(tmp_path / "local.duckdb"))
    code_run(local, functools.partial(Coder))
    parts = tmp_path / "parts"
    remote = RunOptions(inputs=(str(corpus),), output=str(tmp_path / "dask.jsonl"), db=str(tmp_path / "dask.duckdb"),
                        engine="dask", scheduler=cluster.scheduler_address,  # type: ignore[attr-defined]
                        partition_size=3, parts_dir=str(parts))
    report = code_run(remote, functools.partial(Coder))
    assert report.written == 10
    n, ids = event_ids(tmp_path / "dask.duckdb")
    assert (n, ids) == event_ids(tmp_path / "local.duckdb")
    assert n == 10 and ids
    assert (tmp_path / "dask.jsonl").read_text(encoding="utf-8") == (tmp_path / "local.jsonl").read_text(encoding="utf-8")
    assert len(report.worker_peak_rss) == 2, "both workers coded a partition"
    assert not any(parts.rglob("part-*")), "merged parts are removed"


def test_dask_engine_merges_parts_left_by_a_killed_run(corpus: Path, tmp_path: Path, cluster: object) -> None:
    """A part finished before the kill is merged from disk, not recomputed."""
    from newsevents.engine.dask_engine import code_part, default_parts_dir
    from newsevents.engine.run import options_key
    from newsevents.ingest import iter_articles

    opts = RunOptions(inputs=(str(corpus),), output=str(tmp_path / "dask.jsonl"), engine="dask",
                      scheduler=cluster.scheduler_address, partition_size=4,  # type: ignore[attr-defined]
                      parts_dir=str(tmp_path / "parts"))
    parts = default_parts_dir(opts, options_key(opts))
    parts.mkdir(parents=True)
    first4 = list(iter_articles([str(corpus)]))[:4]
    code_part(str(parts / "part-000000000000-000004.jsonl"), first4, pickle.dumps(functools.partial(Coder)))
    part = parts / "part-000000000000-000004.jsonl"
    planted = part.read_text(encoding="utf-8").splitlines()
    planted[0] = planted[0].replace('"origin":"', '"origin":"PLANTED:', 1)
    part.write_text("\n".join(planted) + "\n", encoding="utf-8")
    report = code_run(opts, functools.partial(Coder))
    assert report.written == 10
    lines = (tmp_path / "dask.jsonl").read_text(encoding="utf-8").splitlines()
    local = RunOptions(inputs=(str(corpus),), output=str(tmp_path / "local.jsonl"))
    code_run(local, functools.partial(Coder))
    expected = (tmp_path / "local.jsonl").read_text(encoding="utf-8").splitlines()
    assert '"origin":"PLANTED:' in lines[0], "the finished part was merged, not recomputed"
    assert lines[1:] == expected[1:]
