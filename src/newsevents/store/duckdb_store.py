"""DuckDB store: numbered migrations, content-hash keys and upserts (re-runs change nothing)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb

from newsevents.errors import StoreError
from newsevents.model import ArticleResult
from newsevents.serialize import to_dict

__all__ = ["MIGRATIONS", "WRITE_LOG_ENV", "WRITE_PAUSE_ENV", "Store", "integrity_check"]

# Crash-test hooks, in the style of NEWSEVENTS_COMMIT_LOG: when WRITE_LOG_ENV names a file, each
# Store.write appends "<articles>\n" once its rows are inserted and before COMMIT; with
# WRITE_PAUSE_ENV="K:SECONDS" the K-th logged write then sleeps, so a test can SIGKILL the
# process inside that open write transaction.
WRITE_LOG_ENV = "NEWSEVENTS_WRITE_LOG"
WRITE_PAUSE_ENV = "NEWSEVENTS_WRITE_PAUSE"
# Per-article tables whose rows must belong to a stored article.
ARTICLE_TABLES = ("events", "quotes", "entities", "places", "errors")

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, date DATE, outlet VARCHAR, dateline VARCHAR, title VARCHAR,
            url VARCHAR, origin VARCHAR, text VARCHAR, n_events INTEGER, n_quotes INTEGER, failed BOOLEAN
        );
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, date DATE, cameo VARCHAR, root VARCHAR,
            cameo_name VARCHAR, goldstein DOUBLE, quad_class INTEGER, plover_type VARCHAR, plover_mode VARCHAR,
            source_code VARCHAR, source_text VARCHAR, target_code VARCHAR, target_text VARCHAR,
            place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, place_precision VARCHAR,
            fatalities INTEGER, injured INTEGER, crowd_size INTEGER, negated BOOLEAN, modality VARCHAR,
            realized BOOLEAN, sentence INTEGER, evidence_start INTEGER, evidence_end INTEGER,
            evidence_text VARCHAR, rule VARCHAR, outlet VARCHAR, record JSON
        );
        CREATE TABLE quotes (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER,
            kind VARCHAR, speaker_code VARCHAR, speaker_text VARCHAR, cue VARCHAR, record JSON
        );
        CREATE TABLE entities (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, name VARCHAR, type VARCHAR, code VARCHAR,
            n_mentions INTEGER, record JSON
        );
        CREATE TABLE places (
            article_id VARCHAR, name VARCHAR, lat DOUBLE, lon DOUBLE, country VARCHAR, precision VARCHAR,
            geonameid BIGINT, n_mentions INTEGER, PRIMARY KEY (article_id, name, lat, lon)
        );
        CREATE TABLE errors (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, kind VARCHAR, message VARCHAR, file VARCHAR,
            line INTEGER, severity VARCHAR
        );
        """,
    ),
    (
        # Corpus tables (newsevents.corpus.refresh): derived from the tables above and recomputed
        # wholesale by refresh, so they carry no primary keys (a full delete + insert stays cheap).
        "0002_corpus",
        """
        CREATE TABLE article_minhash (
            article_id VARCHAR PRIMARY KEY, num_perm INTEGER, shingle_words INTEGER, signature BLOB
        );
        CREATE TABLE article_links (
            article_id VARCHAR, duplicate_of VARCHAR, similarity DOUBLE, method VARCHAR
        );
        CREATE TABLE article_clusters (
            article_id VARCHAR, cluster_id VARCHAR, cluster_size INTEGER, is_original BOOLEAN
        );
        CREATE TABLE event_mentions (
            event_id VARCHAR, canonical_id VARCHAR, article_id VARCHAR, article_cluster VARCHAR,
            outlet VARCHAR, url VARCHAR, article_date DATE, date DATE,
            source_code VARCHAR, source_key VARCHAR, source_country VARCHAR, source_entity VARCHAR, source_text VARCHAR,
            target_code VARCHAR, target_key VARCHAR, target_country VARCHAR, target_entity VARCHAR, target_text VARCHAR,
            cameo VARCHAR, root VARCHAR, goldstein DOUBLE, quad_class INTEGER,
            place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR, place_geonameid BIGINT,
            lat DOUBLE, lon DOUBLE, place_precision VARCHAR,
            sentence INTEGER, evidence_start INTEGER, evidence_end INTEGER, trigger_text VARCHAR,
            fatalities INTEGER, injured INTEGER, crowd_size INTEGER, is_anchor BOOLEAN
        );
        CREATE TABLE canonical_events (
            id VARCHAR, date DATE, first_seen DATE, last_seen DATE,
            source_code VARCHAR, source_key VARCHAR, source_country VARCHAR, source_name VARCHAR, source_text VARCHAR,
            target_code VARCHAR, target_key VARCHAR, target_country VARCHAR, target_name VARCHAR, target_text VARCHAR,
            cameo VARCHAR, cameo_name VARCHAR, root VARCHAR, goldstein DOUBLE, quad_class INTEGER,
            plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
            place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR, place_geonameid BIGINT,
            lat DOUBLE, lon DOUBLE, place_precision VARCHAR,
            num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, num_independent INTEGER,
            outlets VARCHAR[], first_article_id VARCHAR, first_outlet VARCHAR, first_url VARCHAR,
            anchor_event_id VARCHAR, anchor_article_id VARCHAR, anchor_outlet VARCHAR, is_root_event BOOLEAN, sentence INTEGER, evidence_start INTEGER,
            evidence_end INTEGER, evidence_text VARCHAR, trigger_text VARCHAR,
            fatalities INTEGER, injured INTEGER, crowd_size INTEGER
        );
        CREATE TABLE dyad_day (
            date DATE, source_key VARCHAR, target_key VARCHAR, events INTEGER, mentions INTEGER,
            goldstein_sum DOUBLE, conflict DOUBLE, quad1 INTEGER, quad2 INTEGER, quad3 INTEGER, quad4 INTEGER
        );
        CREATE TABLE country_day (
            date DATE, country VARCHAR, events INTEGER, mentions INTEGER,
            goldstein_sum DOUBLE, conflict DOUBLE, quad1 INTEGER, quad2 INTEGER, quad3 INTEGER, quad4 INTEGER
        );
        CREATE TABLE corpus_day (date DATE, events INTEGER, mentions INTEGER, articles INTEGER);
        CREATE TABLE corpus_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
        """,
    ),
]


class Store:
    """A DuckDB file holding coded articles. One writer at a time; readers may open read-only."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
            self.con.execute("SET enable_progress_bar = false")  # a library never draws on the terminal
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path!r}: {exc}") from exc
        self.read_only = read_only
        if not read_only:
            self.migrate()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply migrations not yet recorded in ``_migrations``; returns the names applied."""
        self.con.execute("CREATE TABLE IF NOT EXISTS _migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT now())")
        done = {r[0] for r in self.con.execute("SELECT name FROM _migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            try:
                self.con.execute("BEGIN")
                self.con.execute(sql)
                self.con.execute("INSERT INTO _migrations (name) VALUES (?)", [name])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration {name} failed: {exc}") from exc
            applied.append(name)
        return applied

    def write(self, results: Iterable[ArticleResult]) -> int:
        """Upsert results (one transaction per call). Returns the number of articles written."""
        n = 0
        try:
            self.con.execute("BEGIN")
            for r in results:
                self._write_one(r)
                n += 1
            _before_commit(n)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"writing to {self.path!r} failed: {exc}") from exc
        return n

    def _write_one(self, r: ArticleResult) -> None:
        a = r.article
        aid = a.id
        for table in ("events", "quotes", "entities", "places", "errors"):
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [aid])
        self.con.execute(
            "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [aid, a.date, a.outlet, a.dateline, a.title, a.url, a.origin, a.text, len(r.events), len(r.quotes), r.failed],
        )
        for realized, evs in ((True, r.events), (False, r.unrealized_events)):
            for e in evs:
                p = e.place
                self.con.execute(
                    "INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        e.id, aid, e.date, e.cameo, e.root, e.cameo_name, e.goldstein, e.quad_class,
                        e.plover.type if e.plover else None, e.plover.mode if e.plover else None,
                        e.source.code if e.source else None, e.source.text if e.source else None,
                        e.target.code if e.target else None, e.target.text if e.target else None,
                        p.name if p else None, p.country if p else None, p.lat if p else None, p.lon if p else None,
                        p.precision if p else None, e.fatalities, e.injured, e.crowd_size, e.negated, e.modality,
                        realized, e.evidence.sentence, e.evidence.start, e.evidence.end, e.evidence.text,
                        e.evidence.rule, a.outlet, json.dumps(to_dict(e), ensure_ascii=False),
                    ],
                )
        for q in r.quotes:
            self.con.execute(
                "INSERT OR REPLACE INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?)",
                [q.id, aid, q.text, q.start, q.end, q.kind, q.speaker.code if q.speaker else None,
                 q.speaker.text if q.speaker else None, q.cue, json.dumps(to_dict(q), ensure_ascii=False)],
            )
        for en in r.entities:
            self.con.execute(
                "INSERT OR REPLACE INTO entities VALUES (?,?,?,?,?,?,?)",
                [en.id, aid, en.name, en.type, en.code, len(en.mentions), json.dumps(to_dict(en), ensure_ascii=False)],
            )
        for pl in r.places:
            self.con.execute(
                "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?)",
                [aid, pl.name, pl.lat, pl.lon, pl.country, pl.precision, pl.geonameid, len(pl.mentions)],
            )
        for k, er in enumerate(r.errors):
            self.con.execute(
                "INSERT OR REPLACE INTO errors VALUES (?,?,?,?,?,?,?)",
                [f"{aid}:{k}", aid, er.kind, er.message, er.file, er.line, er.severity],
            )

    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        try:
            return self.con.execute(sql, params or []).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def summary(self, *, top: int = 10) -> dict[str, Any]:
        """Counts for the demo: articles, events by root code, top dyads."""
        articles = self.query("SELECT count(*) FROM articles")[0][0]
        failed = self.query("SELECT count(*) FROM articles WHERE failed")[0][0]
        events = self.query("SELECT count(*) FROM events WHERE realized")[0][0]
        roots = self.query(
            "SELECT root, count(*) FROM events WHERE realized GROUP BY root ORDER BY count(*) DESC, root"
        )
        dyads = self.query(
            "SELECT source_code, target_code, count(*) AS n, round(avg(goldstein), 2) FROM events "
            "WHERE realized AND source_code <> '' AND target_code <> '' "
            "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?",
            [top],
        )
        quotes = self.query("SELECT count(*) FROM quotes")[0][0]
        return {"articles": articles, "failed": failed, "events": events, "quotes": quotes, "roots": roots, "dyads": dyads}


def _before_commit(n: int) -> None:
    """The crash-test hook (see WRITE_LOG_ENV); does nothing unless the variable is set."""
    log = os.environ.get(WRITE_LOG_ENV)
    if not log:
        return
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{n}\n")
    at, _, seconds = (os.environ.get(WRITE_PAUSE_ENV) or "").partition(":")
    if at.isdigit() and seconds:
        with open(log, encoding="utf-8") as fh:
            if sum(1 for _ in fh) == int(at):
                time.sleep(float(seconds))


def integrity_check(path: str | Path, *, checkpoint: bool = False) -> list[str]:
    """Problems found in a newsevents database; an empty list means it is sound.

    Meant for after a crash: DuckDB replays its write-ahead log on open, and these checks then
    read every row of every table (a damaged block fails the read), confirm primary keys are
    unique and every per-article row belongs to a stored article, and that each article's
    counts match its rows (a torn write would break them). ``checkpoint=True`` opens the file
    read-write and merges the log into it first, which also proves the file can be written.
    """
    problems: list[str] = []
    try:
        con = duckdb.connect(str(path), read_only=not checkpoint)
    except duckdb.Error as exc:
        return [f"cannot open {str(path)!r}: {exc}"]
    try:
        if checkpoint:
            con.execute("CHECKPOINT")
        problems += _check(con)
    except duckdb.Error as exc:
        problems.append(f"check failed: {exc}")
    finally:
        con.close()
    return problems


def _check(con: duckdb.DuckDBPyConnection) -> list[str]:
    problems: list[str] = []
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "_migrations" not in tables:
        return ["no _migrations table: not a newsevents database"]
    applied = {r[0] for r in con.execute("SELECT name FROM _migrations").fetchall()}
    known = [name for name, _ in MIGRATIONS]
    if known[0] not in applied:
        problems.append(f"migration {known[0]} is not recorded")
    for name in sorted(applied - set(known)):
        problems.append(f"unknown migration {name!r} recorded")
    for table in sorted(tables):  # names come from the catalog, not from a user
        try:
            con.execute(f'SELECT count(*), bit_xor(hash(t)) FROM "{table}" t').fetchall()
        except duckdb.Error as exc:
            problems.append(f"table {table} cannot be read: {exc}")
    for table, cols in con.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall():
        key = ", ".join(f'"{c}"' for c in cols)
        dup = con.execute(f'SELECT count(*) FROM (SELECT {key} FROM "{table}" GROUP BY ALL HAVING count(*) > 1)').fetchone()
        if dup and dup[0]:
            problems.append(f"table {table}: {dup[0]} duplicated primary keys ({', '.join(cols)})")
    if "articles" in tables:
        for table in ARTICLE_TABLES:
            if table not in tables:
                problems.append(f"table {table} is missing")
                continue
            orphans = con.execute(
                f"SELECT count(*) FROM {table} x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)"
            ).fetchone()
            if orphans and orphans[0]:
                problems.append(f"table {table}: {orphans[0]} rows of articles that are not stored")
        for what, sql in (
            ("n_events", "SELECT count(*) FROM events e WHERE e.article_id = a.id AND e.realized"),
            ("n_quotes", "SELECT count(*) FROM quotes q WHERE q.article_id = a.id"),
        ):
            if "events" in tables and "quotes" in tables:
                bad = con.execute(f"SELECT count(*) FROM articles a WHERE coalesce(a.{what}, 0) <> ({sql})").fetchone()
                if bad and bad[0]:
                    problems.append(f"articles: {bad[0]} with {what} not matching their rows")
        for table in ("events", "quotes", "entities"):
            if table in tables:
                bad = con.execute(f"SELECT count(*) FROM {table} WHERE record IS NOT NULL AND NOT json_valid(record)").fetchone()
                if bad and bad[0]:
                    problems.append(f"table {table}: {bad[0]} records that are not valid JSON")
    return problems
