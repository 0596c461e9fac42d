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
# Derived by newsevents.corpus.refresh (migration 0002).
CORPUS_TABLES = ("article_minhash", "article_links", "article_clusters", "event_mentions", "canonical_events",
                 "dyad_day", "country_day", "corpus_day", "corpus_meta")


def _dump(path: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def _demo(db: Path) -> None:
    """``newsevents demo`` then the corpus refresh (idempotent if demo already refreshed)."""
    assert main(["demo", "--db", str(db), "--no-serve"]) == 0
    from newsevents.corpus import refresh

    with Store(db) as s:
        refresh(s)


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
    tables = (*TABLES, *CORPUS_TABLES)
    _demo(db)
    first = _dump(db, tables)
    _demo(db)
    assert _dump(db, tables) == first
    other = tmp_path / "demo2.duckdb"
    _demo(other)
    assert _dump(other, tables) == first
    out = capsys.readouterr().out
    assert "articles: 38" in out and "top dyads" in out
    assert len(first["articles"]) == 38
    assert len(first["canonical_events"]) > 0 and len(first["event_mentions"]) == len(
        [e for e in first["events"] if e[24]]  # every realized event is a mention of one canonical event
    )


def test_corpus_migration_upgrades_an_existing_database(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE _migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT now())")
    con.execute(MIGRATIONS[0][1])
    con.execute("INSERT INTO _migrations (name) VALUES (?)", [MIGRATIONS[0][0]])
    con.close()
    with Store(db) as s:
        assert [r[0] for r in s.query("SELECT name FROM _migrations ORDER BY name")] == [m[0] for m in MIGRATIONS]
        assert s.query("SELECT count(*) FROM canonical_events") == [(0,)]
    with Store(db, read_only=True) as s:  # readers never migrate
        assert s.read_only
