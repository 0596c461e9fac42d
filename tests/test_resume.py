"""Issue #6: a run killed with SIGKILL at any moment and started again ends as if it had never stopped.

Each case runs ``newsevents code DIR --db X -o OUT`` in a subprocess, kills it (kill -9) once
``k`` results are committed (the engine appends the committed count to $NEWSEVENTS_COMMIT_LOG)
or once the output file holds ``k`` lines (mid-commit), runs the same command again, and
compares the store's event ids, article count and the JSONL output with an uninterrupted run.

Neither of those kills reliably lands inside a DuckDB write transaction (the commit takes a few
milliseconds), so the last cases kill inside one: the store's test hook ($NEWSEVENTS_WRITE_LOG,
$NEWSEVENTS_WRITE_PAUSE) logs each transaction once its rows are in, before COMMIT, and waits.
Every store is also put through :func:`newsevents.store.integrity_check`.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from newsevents.cli import sample_dir
from newsevents.store import integrity_check
from newsevents.store.duckdb_store import WRITE_LOG_ENV, WRITE_PAUSE_ENV

pytestmark = [pytest.mark.issue(6), pytest.mark.slow]

N_ARTICLES = 12
TIMEOUT = 600.0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("corpus")
    for p in sorted(sample_dir().glob("*.txt"))[:N_ARTICLES]:
        (src / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    return src


def command(corpus: Path, db: Path | None, out: Path | None, *extra: str) -> list[str]:
    cmd = [sys.executable, "-m", "newsevents.cli", "code", str(corpus), "--commit-every", "1", "--quiet", *extra]
    if db is not None:
        cmd += ["--db", str(db)]
    if out is not None:
        cmd += ["-o", str(out)]
    return cmd


def run_to_end(cmd: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, env=env)
    assert done.returncode == 0, done.stderr
    return done


def committed(log: Path) -> int:
    lines = log.read_text(encoding="utf-8").split() if log.exists() else []
    return int(lines[-1]) if lines else 0


def lines_in(out: Path) -> int:
    return out.read_bytes().count(b"\n") if out.exists() else 0


def kill_when(cmd: list[str], env: dict[str, str], reached: Callable[[], bool], delay: float = 0.0) -> None:
    """Start ``cmd`` and SIGKILL it (the main process only, as `kill -9 PID` would) ``delay`` s after ``reached()``."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + TIMEOUT
        while not reached():
            if proc.poll() is not None:
                pytest.fail("the run finished before it could be killed")
            if time.monotonic() > deadline:
                pytest.fail("the run made no progress")
            time.sleep(0.02)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    time.sleep(1.5)  # orphaned workers notice their parent is gone and leave
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def store_state(db: Path) -> tuple[int, set[str], set[str]]:
    assert integrity_check(db) == []
    con = duckdb.connect(str(db), read_only=True)
    try:
        n = con.execute("SELECT count(*) FROM articles").fetchone()
        events = {r[0] for r in con.execute("SELECT id FROM events").fetchall()}
        total = con.execute("SELECT count(*) FROM events").fetchone()
        quotes = {r[0] for r in con.execute("SELECT id FROM quotes").fetchall()}
        assert total is not None and total[0] == len(events), "duplicate events"
        assert n is not None
        return int(n[0]), events, quotes
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[tuple[int, set[str], set[str]], str]:
    tmp = tmp_path_factory.mktemp("reference")
    db, out = tmp / "ref.duckdb", tmp / "ref.jsonl"
    run_to_end(command(corpus, db, out))
    state = store_state(db)
    assert state[0] == N_ARTICLES and state[1], "the reference run must code events"
    return state, out.read_text(encoding="utf-8")


def env_with(log: Path) -> dict[str, str]:
    return {**os.environ, "NEWSEVENTS_COMMIT_LOG": str(log)}


@pytest.mark.parametrize(("k", "workers"), [(1, 1), (5, 1), (N_ARTICLES - 1, 1), (4, 2)])
def test_killed_after_k_commits_resumes_to_the_same_store(
    corpus: Path, tmp_path: Path, reference: tuple[tuple[int, set[str], set[str]], str], k: int, workers: int
) -> None:
    db, out, log = tmp_path / "x.duckdb", tmp_path / "x.jsonl", tmp_path / "commits.log"
    cmd = command(corpus, db, out, "--workers", str(workers))
    kill_when(cmd, env_with(log), lambda: committed(log) >= k)
    assert committed(log) < N_ARTICLES, "killed before the end"
    done = run_to_end(cmd)
    assert done.stdout == ""
    assert store_state(db) == reference[0]
    assert out.read_text(encoding="utf-8") == reference[1]
    assert not out.with_name(out.name + ".newsevents-resume").exists()


@pytest.mark.parametrize("k", [3, 8])
def test_killed_mid_commit_resumes(
    corpus: Path, tmp_path: Path, reference: tuple[tuple[int, set[str], set[str]], str], k: int
) -> None:
    """Killed as soon as the output holds k lines: between writing the file and committing the store."""
    db, out = tmp_path / "x.duckdb", tmp_path / "x.jsonl"
    cmd = command(corpus, db, out)
    kill_when(cmd, dict(os.environ), lambda: lines_in(out) >= k)
    run_to_end(cmd)
    assert store_state(db) == reference[0]
    assert out.read_text(encoding="utf-8") == reference[1]


def test_jsonl_only_run_resumes_from_its_file(
    corpus: Path, tmp_path: Path, reference: tuple[tuple[int, set[str], set[str]], str]
) -> None:
    out, log = tmp_path / "x.jsonl", tmp_path / "commits.log"
    cmd = command(corpus, None, out)
    kill_when(cmd, env_with(log), lambda: committed(log) >= 6)
    with open(out, "ab") as fh:  # a torn last line, as a kill during a write leaves
        fh.write(b'{"article":{"id":"half')
    run_to_end(cmd)
    assert out.read_text(encoding="utf-8") == reference[1]


def test_a_finished_run_starts_afresh_and_no_resume_ignores_the_point(
    corpus: Path, tmp_path: Path, reference: tuple[tuple[int, set[str], set[str]], str]
) -> None:
    db, out, log = tmp_path / "x.duckdb", tmp_path / "x.jsonl", tmp_path / "commits.log"
    cmd = command(corpus, db, out)
    kill_when(cmd, env_with(log), lambda: committed(log) >= 3)
    log.unlink()
    run_to_end([*cmd, "--no-resume"], env_with(log))
    assert log.read_text().split() == [str(i) for i in range(1, N_ARTICLES + 1)]  # coded everything again
    assert store_state(db) == reference[0]
    assert out.read_text(encoding="utf-8") == reference[1]
    log.unlink()
    run_to_end(cmd, env_with(log))  # finished: nothing to resume, everything coded again
    assert log.read_text().split() == [str(i) for i in range(1, N_ARTICLES + 1)]
    assert [json.loads(line)["article"]["id"] for line in out.read_text().splitlines()] == \
        [json.loads(line)["article"]["id"] for line in reference[1].splitlines()]


def test_integrity_check_finds_torn_writes(tmp_path: Path, corpus: Path) -> None:
    """The check used above can fail: an orphan event and an article whose counts lie are reported."""
    db = tmp_path / "x.duckdb"
    run_to_end(command(corpus, db, None))
    assert integrity_check(db, checkpoint=True) == []
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO events (id, article_id, realized) VALUES ('e-orphan', 'a-missing', true)")
    con.execute("UPDATE articles SET n_events = n_events + 1 WHERE id = (SELECT min(id) FROM articles)")
    con.close()
    problems = integrity_check(db)
    assert any("events: 1 rows of articles that are not stored" in p for p in problems), problems
    assert any("n_events" in p for p in problems), problems


def writes(log: Path) -> int:
    return len(log.read_text(encoding="utf-8").split()) if log.exists() else 0


@pytest.mark.parametrize(("k", "every", "workers"), [(1, 1, 1), (7, 1, 1), (2, 4, 1), (3, 1, 2)])
def test_killed_inside_a_store_transaction_resumes(
    corpus: Path, tmp_path: Path, reference: tuple[tuple[int, set[str], set[str]], str], k: int, every: int, workers: int
) -> None:
    """Killed while the k-th write transaction is open (rows inserted, not committed): it leaves no trace."""
    db, out, log, wlog = tmp_path / "x.duckdb", tmp_path / "x.jsonl", tmp_path / "commits.log", tmp_path / "writes.log"
    cmd = [*command(corpus, db, out, "--workers", str(workers)), "--commit-every", str(every)]
    env = {**env_with(log), WRITE_LOG_ENV: str(wlog), WRITE_PAUSE_ENV: f"{k}:120"}
    kill_when(cmd, env, lambda: writes(wlog) >= k)
    sizes = [int(x) for x in wlog.read_text(encoding="utf-8").split()]  # articles per transaction
    assert len(sizes) == k and committed(log) == sum(sizes[:-1]) and 1 <= sizes[-1] <= every
    n, events, _ = store_state(db)  # the open transaction rolled back: only committed articles are there
    assert n == committed(log) and events < reference[0][1]
    run_to_end(cmd)
    assert store_state(db) == reference[0]
    assert integrity_check(db, checkpoint=True) == []
    assert out.read_text(encoding="utf-8") == reference[1]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_at_a_random_moment_of_a_write_resumes(
    corpus: Path, tmp_path: Path, reference: tuple[tuple[int, set[str], set[str]], str], seed: int
) -> None:
    """Killed 0-30 ms after a transaction's rows are in: during COMMIT, the resume point, or just after."""
    rng = random.Random(seed)
    k, delay = rng.randint(1, N_ARTICLES - 2), rng.uniform(0.0, 0.03)
    db, out, wlog = tmp_path / "x.duckdb", tmp_path / "x.jsonl", tmp_path / "writes.log"
    cmd = command(corpus, db, out)
    kill_when(cmd, {**os.environ, WRITE_LOG_ENV: str(wlog)}, lambda: writes(wlog) >= k, delay=delay)
    n, _, _ = store_state(db)
    assert k - 1 <= n <= N_ARTICLES - 1
    run_to_end(cmd)
    assert store_state(db) == reference[0]
    assert out.read_text(encoding="utf-8") == reference[1]
