"""HTTP API over the demo database: every endpoint, its filters, offsets, errors and the OpenAPI spec."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi) is not installed")
pytest.importorskip("httpx", reason="httpx (for FastAPI's TestClient) is not installed")

with warnings.catch_warnings():  # starlette asks for httpx2 over httpx; the brief pins httpx for the TestClient
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsevents.api import is_loopback
from newsevents.api.app import create_app, default_static_dir
from newsevents.pipeline import Coder
from tests._demo_db import demo_db

AIRPORT = "005_2020-01-03_soleimani-killed-airport"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_db(tmp_path_factory)


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("exports-root")
    folder = root / "exports"
    folder.mkdir()
    (folder / "iraq-2020.csv").write_text("id\n1\n", encoding="utf-8")
    (folder / ".hidden").write_text("secret", encoding="utf-8")
    (root / "outside.txt").write_text("outside", encoding="utf-8")
    (folder / "link.csv").symlink_to(root / "outside.txt")
    return folder


@pytest.fixture(scope="module")
def client(db: Path, coder: Coder, exports: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, coder=coder, exports_dir=exports)) as c:
        yield c


def sql(db: Path, query: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(query, params or []).fetchall()
    finally:
        con.close()


def airport_id(db: Path) -> str:
    rows = sql(db, "SELECT id FROM articles WHERE origin LIKE ?", [f"%{AIRPORT}%"])
    assert len(rows) == 1
    return str(rows[0][0])


def assert_error(resp: Any, status: int, code: str) -> None:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["code"] == code and body["error"]["message"]


# ---- the OpenAPI document ------------------------------------------------------------------------

API_PATHS = {
    "/api/meta", "/api/articles", "/api/articles/{article_id}", "/api/events", "/api/map", "/api/network",
    "/api/series/dyad", "/api/series/country", "/api/alerts", "/api/quotes", "/api/entities", "/api/actors",
    "/api/code", "/api/export/events", "/api/exports", "/api/exports/{name}",
}


def _typed(schema: dict[str, Any]) -> bool:
    if "$ref" in schema or "type" in schema or "enum" in schema or "const" in schema:
        return True
    return any(all(_typed(s) for s in schema[k]) for k in ("anyOf", "oneOf", "allOf") if k in schema)


def test_openapi_every_endpoint_is_typed(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == API_PATHS
    assert "ErrorOut" in spec["components"]["schemas"]
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            where = f"{method.upper()} {path}"
            assert op.get("summary") and op.get("description"), where
            for p in op.get("parameters", []):
                assert _typed(p["schema"]), f"{where}: parameter {p['name']} has no type"
                assert p["in"] in {"query", "path"}
            ok = op["responses"]["200"]
            content = ok["content"]
            assert content and all(_typed(c["schema"]) for c in content.values()), where
            for status in ("404", "422"):
                err = op["responses"][status]["content"]["application/json"]["schema"]
                assert err == {"$ref": "#/components/schemas/ErrorOut"}, where
            if "requestBody" in op:
                body = op["requestBody"]["content"]
                assert all(_typed(c["schema"]) for c in body.values()), where


def test_docs_page_is_local(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "static/vendor/swagger-ui/swagger-ui-bundle.js" in html
    assert '"validatorUrl": null' in html  # Swagger UI would otherwise call its public validator
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not url.startswith(("http:", "https:", "//")), url
        assert client.get(url).status_code == 200, url


# ---- reading --------------------------------------------------------------------------------------

def test_meta(client: TestClient, db: Path) -> None:
    m = client.get("/api/meta").json()
    assert m["articles"] == 38 and m["database"] == db.name
    assert m["events"] == sql(db, "SELECT count(*) FROM events WHERE realized")[0][0]
    assert len(m["roots"]) == 20 and m["roots"][18]["code"] == "19"
    assert m["canonical_events"] is False and m["first_date"] <= m["last_date"]


def test_articles_paging(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == 38
    ids = [a["id"] for a in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 10
    dates = [a["date"] for a in first["items"] + second["items"]]
    assert dates == sorted(dates, reverse=True)
    assert all(a["label"] for a in first["items"])


def test_article_search(client: TestClient, db: Path) -> None:
    page = client.get("/api/articles", params={"q": "baghdad international AIRPORT cargo"}).json()
    assert [a["id"] for a in page["items"]] == [airport_id(db)]
    assert "cargo" in page["items"][0]["snippet"].lower() or "airport" in page["items"][0]["snippet"].lower()
    # LIKE wildcards in the query are matched literally
    assert client.get("/api/articles", params={"q": "%"}).json()["total"] == 0
    assert client.get("/api/articles", params={"q": "_"}).json()["total"] == 0


def test_article_offsets_point_into_the_text(client: TestClient, db: Path) -> None:
    a = client.get(f"/api/articles/{airport_id(db)}").json()
    text = a["text"]
    assert a["events"] and a["quotes"] and a["entities"] and a["places"]
    for e in a["events"] + a["unrealized_events"]:
        trig = e["evidence"]["trigger"]
        if trig:
            assert text[trig["start"]:trig["end"]] == trig["text"]
    strike = [e for e in a["events"] if e["evidence"]["trigger"] and e["evidence"]["trigger"]["text"] == "strike"]
    # "a US drone strike": remotely piloted aerial munitions
    assert strike and strike[0]["cameo"] == "1952" and strike[0]["place"]["name"] == "Baghdad International Airport"
    for q in a["quotes"]:
        for c in q["contents"]:
            assert text[c["start"]:c["end"]] == c["text"]
    dated = [e["time"] for e in a["events"] + a["unrealized_events"] if e["time"]]
    assert dated and all(text[t["start"]:t["end"]] == t["text"] and t["precision"] and t["rule"] for t in dated)
    for en in a["entities"]:
        for m in en["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_events_filters(client: TestClient, db: Path) -> None:
    def items(**params: Any) -> list[dict[str, Any]]:
        page = client.get("/api/events", params={"limit": 1000, **params}).json()
        assert page["total"] == len(page["items"])
        return list(page["items"])

    everything = items()
    assert len(everything) == sql(db, "SELECT count(*) FROM events WHERE realized")[0][0]
    assert all(e["realized"] for e in everything)
    assert len(items(include_unrealized=True)) == sql(db, "SELECT count(*) FROM events")[0][0]
    usa = items(actor="usa")
    assert usa and all(any((x or {}).get("code", "").startswith("USA") for x in (e["source"], e["target"])) for e in usa)
    assert {e["root"] for e in items(root="9")} == {"09"}
    assert all(e["cameo"].startswith("19") for e in items(cameo="19"))
    assert all(e["plover"]["type"] == "ASSAULT" for e in items(plover="assault"))
    assert all(e["quad_class"] == 4 for e in items(quad_class=4))
    jan = items(date_from="2020-01-01", date_to="2020-01-07")
    assert jan and all("2020-01-01" <= e["date"] <= "2020-01-07" for e in jan)
    box = items(bbox="44,33,45,34")  # Baghdad
    assert box and all(44 <= e["place"]["lon"] <= 45 and 33 <= e["place"]["lat"] <= 34 for e in box)
    multi = items(min_sources=2)
    assert multi and all(e["n_sources"] >= 2 for e in multi)
    iraq = items(country="irq")
    assert iraq and all((e["place"] or {}).get("country") == "IRQ"
                        or any((x or {}).get("code", "").startswith("IRQ") for x in (e["source"], e["target"])) for e in iraq)
    one = items(article_id=airport_id(db))
    assert one and {e["article_id"] for e in one} == {airport_id(db)}


def test_map_points(client: TestClient, db: Path) -> None:
    points = client.get("/api/map").json()
    assert points and all(p["n_events"] >= 1 and -10 <= p["goldstein_mean"] <= 10 for p in points)
    placed = sql(db, "SELECT count(*) FROM events WHERE realized AND lat IS NOT NULL AND lon IS NOT NULL")[0][0]
    assert sum(p["n_events"] for p in points) == placed
    baghdad = [p for p in points if p["place"] == "Baghdad"]
    assert baghdad and baghdad[0]["country"] == "IRQ" and baghdad[0]["top_codes"]


def test_series(client: TestClient, db: Path) -> None:
    params = {"src": "USA", "tgt": "IRN", "date_from": "2019-12-01", "date_to": "2020-02-29"}
    day = client.get("/api/series/dyad", params={**params, "interval": "day"}).json()
    week = client.get("/api/series/dyad", params={**params, "interval": "week"}).json()
    month = client.get("/api/series/dyad", params={**params, "interval": "month"}).json()
    assert day["kind"] == "dyad" and day["key"] == "USA→IRN"
    assert len(day["buckets"]) == 91  # every day, zeros included
    total = client.get("/api/events", params={"source": "USA", "target": "IRN", "date_from": "2019-12-01",
                                              "date_to": "2020-02-29", "limit": 1}).json()["total"]
    # the series counts real-world events: an event told by several outlets counts once
    canonical = sql(db, """SELECT count(DISTINCT coalesce(m.canonical_id, e.id)) FROM events e
                           LEFT JOIN event_mentions m ON m.event_id = e.id
                           WHERE e.realized AND e.source_code LIKE 'USA%' AND e.target_code LIKE 'IRN%'
                             AND e.date BETWEEN '2019-12-01' AND '2020-02-29'""")[0][0]
    assert 0 < canonical <= total
    for s in (day, week, month):
        assert sum(b["n_events"] for b in s["buckets"]) == canonical
        for b in s["buckets"]:
            assert b["n_events"] == b["quad1"] + b["quad2"] + b["quad3"] + b["quad4"]
    assert [b["period"][-2:] for b in month["buckets"]] == ["01", "01", "01"]
    import datetime as dt

    assert all(dt.date.fromisoformat(b["period"]).weekday() == 0 for b in week["buckets"])
    # the corpus alert methods fire as the crisis starts (the exact day follows the coder's output)
    assert day["alerts"] and all("2019-12-01" <= a["date"] <= "2020-02-29" and a["methods"] and a["key"] == "USA→IRN"
                                 for a in day["alerts"])
    assert any("2019-12-27" <= a["date"] <= "2020-01-10" for a in day["alerts"])
    country = client.get("/api/series/country", params={"code": "irq", "interval": "month"}).json()
    assert country["key"] == "IRQ" and sum(b["n_events"] for b in country["buckets"]) > 0


def test_alerts_from_corpus(client: TestClient, db: Path) -> None:
    res = client.get("/api/alerts", params={"as_of": "2020-01-05"}).json()
    assert res["interim"] is False and res["rule"].startswith("corpus") and res["as_of"] == "2020-01-05"
    rows = res["rows"]
    strike = [r for r in rows if (r["source"], r["target"]) == ("USA", "IRN")]  # the Soleimani strike
    assert strike and strike[0]["alert"] and strike[0]["methods"]
    assert [r["alert"] for r in rows] == sorted((r["alert"] for r in rows), reverse=True)
    # within alerts and non-alerts, the dyads with the most conflict come first
    keys = [(not r["alert"], -r["conflict"]) for r in rows]
    assert keys == sorted(keys)
    assert all(r["alert"] == bool(r["methods"]) for r in rows)
    # a country table: sides with no country ("---CVL", unnamed civilians) have no row, though the corpus has them
    assert not any(r["source"].startswith("---") or r["target"].startswith("---") for r in rows)
    assert sql(db, """SELECT count(*) FROM canonical_events WHERE (starts_with(source_key, '---')
                        OR starts_with(target_key, '---')) AND date BETWEEN DATE '2019-12-30' AND DATE '2020-01-05'""")[0][0]
    ids = {r[0] for r in sql(db, "SELECT id FROM articles")}
    for r in rows:
        # last7 is the dyad's canonical events of the 7 days, the ids it lists
        week = sql(db, """SELECT count(*) FROM canonical_events WHERE source_key = ? AND target_key = ?
                          AND date BETWEEN DATE '2019-12-30' AND DATE '2020-01-05'""", [r["source"], r["target"]])[0][0]
        assert r["last7"] == week == len(r["event_ids"]) > 0
        assert r["evidence"] and all(a["id"] in ids for a in r["evidence"])
        # the evidence is the dyad's own events: their code and sentence, linked to their article
        conflict = sql(db, """SELECT sum(CASE WHEN goldstein < 0 THEN -goldstein ELSE 0 END) FROM canonical_events
                              WHERE source_key = ? AND target_key = ? AND date BETWEEN DATE '2019-12-30'
                              AND DATE '2020-01-05'""", [r["source"], r["target"]])[0][0]
        assert r["conflict"] == pytest.approx(conflict, abs=0.05)
        for a in r["evidence"]:
            found = sql(db, """SELECT count(*) FROM canonical_events WHERE source_key = ? AND target_key = ?
                               AND cameo = ? AND quad_class = ? AND anchor_article_id = ? AND list_contains(?, id)""",
                        [r["source"], r["target"], a["cameo"], a["quad_class"], a["id"], r["event_ids"]])[0][0]
            assert found and a["sentence"], a
        if r["avg28"]:
            assert r["pct_change"] == pytest.approx((r["last7"] - r["avg28"]) / r["avg28"] * 100, abs=0.1)
        else:
            assert r["pct_change"] is None
    latest = client.get("/api/alerts").json()
    assert latest["as_of"] == sql(db, "SELECT max(date) FROM canonical_events")[0][0].isoformat()


def test_alerts_simple_rule(client: TestClient, db: Path, coder: Coder, tmp_path: Path) -> None:
    """Actor-level dyads, and a database never refreshed, use the simple weekly rule over per-article events."""
    actor_level = client.get("/api/alerts", params={"as_of": "2020-01-05", "level": "actor"}).json()
    assert actor_level["level"] == "actor" and actor_level["rows"] and actor_level["interim"] is True
    copy = tmp_path / "plain.duckdb"
    shutil.copy(db, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("DELETE FROM canonical_events")
    plain = TestClient(create_app(copy, coder=coder))
    res = plain.get("/api/alerts", params={"as_of": "2020-01-05"}).json()
    assert res["interim"] is True and res["rule"].startswith("simple")
    rows = res["rows"]
    assert any((r["source"], r["target"], r["alert"]) == ("USA", "IRN", True) for r in rows)
    assert all(r["alert"] == (r["last7"] >= 3 and r["last7"] >= 2 * r["avg28"]) for r in rows)
    ids = {r[0] for r in sql(db, "SELECT id FROM articles")}
    assert all(r["evidence"] and all(a["id"] in ids for a in r["evidence"]) for r in rows)
    marks = plain.get("/api/series/dyad", params={"src": "USA", "tgt": "IRN"}).json()["alerts"]
    assert marks and all(a["last7"] >= 3 and not a["methods"] for a in marks)


def test_network(client: TestClient) -> None:
    net = client.get("/api/network", params={"level": "country", "date_from": "2019-12-20", "date_to": "2020-01-31"}).json()
    nodes = {n["id"] for n in net["nodes"]}
    assert {"USA", "IRN", "IRQ"} <= nodes
    assert all(e["source"] in nodes and e["target"] in nodes and e["quad_class"] in {1, 2, 3, 4} for e in net["edges"])
    assert not any(n.startswith("---") for n in nodes)


def test_quotes_entities_actors(client: TestClient) -> None:
    trump = client.get("/api/quotes", params={"speaker": "trump"}).json()
    assert trump["total"] > 0 and all("trump" in q["speaker"]["text"].lower() for q in trump["items"])
    text = client.get("/api/quotes", params={"q": "revenge"}).json()
    assert text["total"] > 0 and all("revenge" in q["text"].lower() for q in text["items"])
    ents = client.get("/api/entities", params={"q": "soleimani"}).json()
    assert ents["items"] and all("soleimani" in e["name"].lower() for e in ents["items"])
    gpe = client.get("/api/entities", params={"type": "GPE", "limit": 3}).json()
    assert gpe["items"][0]["name"] == "United States"
    actors = client.get("/api/actors", params={"q": "irn"}).json()
    assert actors["items"] and all(a["code"].startswith("IRN") or a["names"] for a in actors["items"])
    assert all(a["n_events"] == a["n_as_source"] + a["n_as_target"] for a in actors["items"])


# ---- coding ---------------------------------------------------------------------------------------

STORY = ("Iran fired ballistic missiles at two US military bases in Iraq on Wednesday. "
         "Iraqi protesters demonstrated outside the US embassy in Baghdad.")


def test_code_pasted_text_is_not_stored(client: TestClient, db: Path) -> None:
    before = sql(db, "SELECT count(*) FROM articles")[0][0]
    r = client.post("/api/code", data={"text": STORY, "date": "2020-01-08", "outlet": "Test Wire"})
    assert r.status_code == 200, r.text
    a = r.json()
    assert a["stored"] is False and a["outlet"] == "Test Wire" and a["date"] == "2020-01-08"
    assert a["text"] == STORY and a["events"]
    for e in a["events"]:
        trig = e["evidence"]["trigger"]
        assert trig is None or STORY[trig["start"]:trig["end"]] == trig["text"]
    assert sql(db, "SELECT count(*) FROM articles")[0][0] == before


def test_code_uploaded_file_with_header(client: TestClient) -> None:
    body = f"date 2020-01-08 Wire Service, BAGHDAD\n{STORY}\n".encode()
    r = client.post("/api/code", files={"file": ("story.txt", body, "text/plain")})
    assert r.status_code == 200, r.text
    a = r.json()
    assert a["date"] == "2020-01-08" and a["outlet"] == "Wire Service" and a["dateline"] == "BAGHDAD"
    assert a["events"]


def test_code_limits_and_errors(client: TestClient, db: Path, coder: Coder) -> None:
    big = "x" * 1_100_000
    assert_error(client.post("/api/code", data={"text": big}), 413, "payload_too_large")
    assert_error(client.post("/api/code", files={"file": ("big.txt", big.encode(), "text/plain")}), 413, "payload_too_large")
    assert_error(client.post("/api/code", data={}), 422, "validation_error")
    assert_error(client.post("/api/code", data={"text": "   "}), 422, "validation_error")
    assert_error(client.post("/api/code", data={"text": "x", "date": "2020-02-30"}), 422, "validation_error")
    # below the Content-Length guard, the endpoint's own check answers
    with TestClient(create_app(db, coder=coder, max_upload_bytes=100)) as small:
        assert_error(small.post("/api/code", data={"text": "y" * 200}), 413, "payload_too_large")


def test_code_store_true_writes(tmp_path: Path, db: Path, coder: Coder) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    with TestClient(create_app(copy, coder=coder)) as c:
        a = c.post("/api/code", params={"store": "true"}, data={"text": STORY, "date": "2020-01-08"}).json()
        assert a["stored"] is True
        stored = c.get(f"/api/articles/{a['id']}").json()
        assert stored["text"] == STORY and len(stored["events"]) == len(a["events"])
        assert c.get("/api/meta").json()["articles"] == 39


# ---- exports --------------------------------------------------------------------------------------

def test_export_csv_and_jsonl(client: TestClient) -> None:
    n = client.get("/api/events", params={"root": "19", "limit": 1}).json()["total"]
    r = client.get("/api/export/events", params={"root": "19", "format": "csv", "filename": "fights"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="fights.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == n and {row["root"] for row in rows} == {"19"}
    r = client.get("/api/export/events", params={"root": "19", "format": "jsonl"})
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert len(lines) == n and all(x["root"] == "19" and x["evidence"]["rule"] for x in lines)
    assert re.match(r'attachment; filename="newsevents-events-\d{4}-\d\d-\d\d\.jsonl"', r.headers["content-disposition"])
    for bad in ("../etc/passwd", "a/b", ".hidden", "x\"y"):
        assert_error(client.get("/api/export/events", params={"filename": bad}), 422, "validation_error")


def test_exports_folder_cannot_be_escaped(client: TestClient) -> None:
    listed = client.get("/api/exports").json()
    assert [f["name"] for f in listed] == ["iraq-2020.csv"]  # no hidden file, no link out of the folder
    assert client.get("/api/exports/iraq-2020.csv").text == "id\n1\n"
    for name in ("..%2Foutside.txt", "..", ".hidden", "link.csv", "%2Fetc%2Fpasswd", "nope.csv"):
        assert_error(client.get(f"/api/exports/{name}"), 404, "not_found")
    assert client.get("/api/exports/../outside.txt").status_code == 404


# ---- errors, serving, safety ----------------------------------------------------------------------

@pytest.mark.parametrize(("method", "url", "status", "code"), [
    ("get", "/api/nope", 404, "not_found"),
    ("get", "/api/articles/does-not-exist", 404, "not_found"),
    ("get", "/api/events?limit=0", 422, "validation_error"),
    ("get", "/api/events?limit=abc", 422, "validation_error"),
    ("get", "/api/events?date_from=2020-13-01", 422, "validation_error"),
    ("get", "/api/events?date_from=2020-02-01&date_to=2020-01-01", 422, "validation_error"),
    ("get", "/api/events?bbox=1,2,3", 422, "validation_error"),
    ("get", "/api/events?bbox=10,80,20,70", 422, "validation_error"),
    ("get", "/api/events?root=21", 422, "validation_error"),
    ("get", "/api/events?actor=IRN%27%3B%20DROP%20TABLE%20events", 422, "validation_error"),
    ("get", "/api/series/dyad?src=USA", 422, "validation_error"),
    ("get", "/api/series/country?code=IRQ&interval=year", 422, "validation_error"),
    ("delete", "/api/events", 405, "method_not_allowed"),
    ("get", "/static/nope.js", 404, "not_found"),
])
def test_one_error_shape(client: TestClient, method: str, url: str, status: int, code: str) -> None:
    assert_error(getattr(client, method)(url), status, code)


def test_unexpected_errors_keep_the_shape(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.api import queries

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setattr(queries, "meta", boom)
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        assert_error(c.get("/api/meta"), 500, "internal_error")


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    from newsevents.errors import StoreError

    with pytest.raises(StoreError, match="does not exist"):
        create_app(tmp_path / "none.duckdb")
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(StoreError, match="not a newsevents database"):
        create_app(empty)


def test_reads_never_write_and_run_concurrently(client: TestClient, db: Path) -> None:
    before = db.read_bytes()
    urls = ["/api/meta", "/api/events?limit=5", "/api/map", "/api/alerts", "/api/network", "/api/articles?q=iran"] * 5
    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = list(pool.map(lambda u: client.get(u).status_code, urls))
    assert statuses == [200] * len(urls)
    assert db.read_bytes() == before


def test_dashboard_is_served_with_local_assets_only(client: TestClient) -> None:
    html = client.get("/").text
    assert "<title>newsevents dashboard</title>" in html
    refs = re.findall(r'(?:src|href)="([^"#]+)"', html)
    assert "static/vendor/leaflet/leaflet.js" in refs and "static/app.js" in refs
    for ref in refs:
        if ref.startswith("data:") or ref == "docs":
            continue
        assert not ref.startswith(("http:", "https:", "//")), ref
        assert client.get("/" + ref).status_code == 200, ref
    static = default_static_dir()
    for name in ("app.js", "style.css", "index.html"):
        assert not re.search(r"https?://", (static / name).read_text(encoding="utf-8")), name
    for lib in ("leaflet/leaflet.js", "uplot/uPlot.iife.min.js", "cytoscape/cytoscape.min.js",
                "topojson-client/topojson-client.min.js", "world-atlas/countries-50m.json"):
        assert (static / "vendor" / lib).is_file(), lib


def test_serve_binds_loopback_and_warns_otherwise(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import uvicorn

    from newsevents.api import serve
    from newsevents.cli import build_parser

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    args = build_parser().parse_args(["serve", "--db", str(db)])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    assert args.func(args) == 0
    assert calls[-1]["host"] == "127.0.0.1" and "WARNING" not in capsys.readouterr().err
    serve(db, host="0.0.0.0", port=8123)
    assert calls[-1] == {"host": "0.0.0.0", "port": 8123, "log_level": "info"}
    assert "WARNING" in capsys.readouterr().err
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost") and is_loopback("127.1.2.3")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--port", "70000"])
