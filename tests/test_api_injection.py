"""Issue #8: SQL injection strings in every parameter of every GET endpoint change nothing.

The parameters are read from the app's OpenAPI document, so a filter added later is covered
without editing this file. A value must never cause a server error, never widen a result (a
value that passes validation may only match what literally contains it, which these strings
do not), and never touch the database. The query layer is also called directly with the same
strings, bypassing the HTTP validation patterns, so it is the bound parameters that are tested.
"""

from __future__ import annotations

import dataclasses
import hashlib
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi) is not installed")
pytest.importorskip("httpx", reason="httpx (for FastAPI's TestClient) is not installed")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsevents.api import queries
from newsevents.api.app import create_app
from newsevents.api.queries import Database, EventFilter
from newsevents.store import integrity_check
from tests._demo_db import demo_db

pytestmark = pytest.mark.issue(8)

INJECTIONS = [
    "' OR 1=1 --",
    "' OR '1'='1",
    "IRN' OR 1=1 --",
    '"; DROP TABLE events; --',
    "'; DROP TABLE articles; --",
    "'); DELETE FROM events; --",
    "%' UNION SELECT id, text FROM articles --",
    "' UNION ALL SELECT NULL, NULL, NULL --",
    "1) OR (1=1",
    "' AND 1=0 UNION SELECT table_name FROM information_schema.tables --",
    "\\' OR 1=1 --",
    "\\\\",
    "%%'--",
    "x\x00' OR 1=1 --",
    "\x00",
    "ＩＲＮ＇ ＯＲ １＝１",
    "\U0001f4a5' OR 1=1 --",
    "\u202e' OR 1=1 --",
    "\r\n' OR 1=1 --",
    "$1 OR 1=1",
    "?; ATTACH '/tmp/x.db' AS x; --",
    "'" * 300,
    "A" * 5000 + "' OR 1=1 --",
]

# Valid values for required parameters, so each request isolates the one parameter under test.
REQUIRED = {"src": "USA", "tgt": "IRN", "code": "IRQ", "article_id": "nope", "name": "iraq-2020.csv"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_db(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    exports = tmp_path_factory.mktemp("inj-exports")
    (exports / "iraq-2020.csv").write_text("id\n1\n", encoding="utf-8")
    with TestClient(create_app(db, exports_dir=exports), raise_server_exceptions=False) as c:
        yield c


def table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {n: int(con.execute(f'SELECT count(*) FROM "{n}"').fetchall()[0][0]) for n in names}
    finally:
        con.close()


def is_empty(body: Any, text: str) -> bool:
    """True when a 200 answer selects nothing, whatever the endpoint's shape."""
    if isinstance(body, list):
        return body == []
    if isinstance(body, dict):
        if "total" in body:
            return bool(body["total"] == 0 and body["items"] == [])
        if "nodes" in body:
            return bool(body["nodes"] == [] and body["edges"] == [])
        if "buckets" in body:
            return sum(b["n_events"] for b in body["buckets"]) == 0
        if "rows" in body:
            return bool(body["rows"] == [])
    return text.count("\n") <= 1  # a CSV export: the header line only


def get_operations(spec: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(path, ops["get"].get("parameters", [])) for path, ops in spec["paths"].items() if "get" in ops]


def test_every_parameter_of_every_get_endpoint(client: TestClient, db: Path) -> None:
    spec = client.get("/openapi.json").json()
    operations = get_operations(spec)
    tested = {(path, p["name"]) for path, params in operations for p in params}
    assert len(tested) >= 150, "the OpenAPI document lost its parameters"
    for path, params in operations:
        for p in params:
            if p.get("required"):
                assert p["name"] in REQUIRED, f"{path}: give the new required parameter {p['name']!r} a valid value"
    before_counts, before_hash = table_counts(db), hashlib.sha256(db.read_bytes()).hexdigest()
    requests = accepted = 0
    failures: list[str] = []
    for path, params in operations:
        for p in params:
            for value in INJECTIONS:
                path_values = {q["name"]: REQUIRED[q["name"]] for q in params if q["in"] == "path"}
                query = {q["name"]: REQUIRED[q["name"]] for q in params if q["in"] == "query" and q.get("required")}
                if p["in"] == "path":
                    path_values[p["name"]] = value
                else:
                    query[p["name"]] = value
                url = path.format(**{k: quote(v, safe="") for k, v in path_values.items()})
                r = client.get(url, params=query)
                requests += 1
                where = f"GET {path} {p['name']}={value[:40]!r}: {r.status_code}"
                if r.status_code >= 500:
                    failures.append(f"{where} {r.text[:200]}")
                elif r.status_code >= 400:
                    body = r.json()
                    if set(body) != {"error"} or body["error"]["status"] != r.status_code:
                        failures.append(f"{where} not the JSON error shape: {r.text[:200]}")
                else:
                    accepted += 1
                    ctype = r.headers["content-type"]
                    body = r.json() if ctype.startswith("application/json") else None
                    if not is_empty(body, r.text):
                        failures.append(f"{where} widened the result: {r.text[:200]}")
    assert not failures, f"{len(failures)} of {requests} requests:\n" + "\n".join(failures[:30])
    assert accepted > 0, "no injection string reached a query (every one was refused by validation)"
    print(f"injection: {len(operations)} GET operations, {len(tested)} parameters, {requests} requests, "
          f"{accepted} accepted (empty results), 0 server errors")
    assert table_counts(db) == before_counts
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before_hash
    assert integrity_check(db) == []


def test_free_text_filters_still_filter(client: TestClient) -> None:
    """The control for the test above: the free-text filters do match real words, so 'empty' means refused."""
    for path, param, word in [("/api/articles", "q", "airport"), ("/api/articles", "outlet", None),
                              ("/api/quotes", "speaker", "trump"), ("/api/quotes", "q", "revenge"),
                              ("/api/entities", "q", "soleimani"), ("/api/actors", "q", "irn")]:
        if word is None:
            word = client.get("/api/meta").json()["outlets"][0]
        assert client.get(path, params={param: word}).json()["total"] > 0, (path, param, word)


STRING_FIELDS = [f.name for f in dataclasses.fields(EventFilter) if "str" in str(f.type)]


@pytest.mark.parametrize("value", INJECTIONS[:10] + INJECTIONS[13:16])
def test_query_layer_binds_every_filter(db: Path, value: str) -> None:
    """Past the HTTP patterns: each string filter given an injection string selects nothing."""
    assert {"actor", "source", "target", "country", "cameo", "root", "plover", "article_id"} <= set(STRING_FIELDS)
    database = Database(db)
    with database.read() as con:
        assert queries.events(con, EventFilter(), limit=1, offset=0).total > 0
        for name in STRING_FIELDS:
            f = EventFilter(**{name: value})
            assert queries.events(con, f, limit=5, offset=0).total == 0, name
            assert queries.articles(con, q=None, outlet=None, f=f, limit=5, offset=0).total == 0 or name == "article_id", name
            assert queries.map_points(con, f, limit=5) == [], name
            assert queries.network(con, f, level="actor", limit=5).edges == [], name
            assert list(queries.export_rows(con, f, "jsonl")) == [], name
        for search in (queries.articles(con, q=value, outlet=None, f=EventFilter(), limit=5, offset=0),
                       queries.articles(con, q=None, outlet=value, f=EventFilter(), limit=5, offset=0),
                       queries.quotes(con, speaker=value, q=None, article_id=None, f=EventFilter(), limit=5, offset=0),
                       queries.quotes(con, speaker=None, q=value, article_id=value, f=EventFilter(), limit=5, offset=0),
                       queries.entities(con, q=value, type_=value, code=value, limit=5, offset=0),
                       queries.actors(con, q=value, limit=5, offset=0)):
            assert search.total == 0 and search.items == []
        assert queries.article(con, value) is None
