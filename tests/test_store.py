"""DuckDB store: migrations recorded, upserts idempotent, demo re-run gives an identical database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from newsevents.cli import main
from newsevents.model import ArticleResult
from newsevents.store import MIGRATIONS, Store

TABLES = ("articles", "events", "quotes", "entities", "places", "errors")


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        con.close()


def test_migrations_recorded(tmp_path: Path) -> None:
    with Store(tmp_path / "x.duckdb") as s:
        names = [r[0] for r in s.query("SELECT name FROM _migrations ORDER BY name")]
        assert names == [m[0] for m in MIGRATIONS]
        assert s.migrate() == []  # nothing left to apply


def test_upsert_is_idempotent(tmp_path: Path, seed_result: ArticleResult) -> None:
    db = tmp_path / "seed.duckdb"
    with Store(db) as s:
        s.write([seed_result])
    first = _dump(db)
    with Store(db) as s:
        s.write([seed_result])
    assert _dump(db) == first
    assert len(first["articles"]) == 1 and len(first["events"]) >= 1


@pytest.mark.slow
def test_demo_twice_gives_identical_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.duckdb"
    assert main(["demo", "--db", str(db), "--no-serve"]) == 0
    first = _dump(db)
    assert main(["demo", "--db", str(db), "--no-serve"]) == 0
    assert _dump(db) == first
    other = tmp_path / "demo2.duckdb"
    assert main(["demo", "--db", str(other), "--no-serve"]) == 0
    assert _dump(other) == first
    out = capsys.readouterr().out
    assert "articles: 38" in out and "top dyads" in out
    assert len(first["articles"]) == 38
