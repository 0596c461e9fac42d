"""Issue #6: a run killed with SIGKILL at any moment and started again ends as if it had never stopped.

Each case runs ``newsevents code DIR --db X -o OUT`` in a subprocess, kills it (kill -9) once
``k`` results are committed (the engine appends the committed count to $NEWSEVENTS_COMMIT_LOG)
or once the output file holds ``k`` lines (mid-commit), runs the same command again, and
compares the store's event ids, article count and the JSONL output with an uninterrupted run.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from newsevents.cli import sample_dir

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


def kill_when(cmd: list[str], env: dict[str, str], reached: Callable[[], bool]) -> None:
    """Start ``cmd`` and SIGKILL it (the main process only, as `kill -9 PID` would) once ``reached()``."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + TIMEOUT
        while not reached():
            if proc.poll() is not None:
                pytest.fail("the run finished before it could be killed")
            if time.monotonic() > deadline:
                pytest.fail("the run made no progress")
            time.sleep(0.02)
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
