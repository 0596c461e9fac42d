"""Issue #8: the HTTP edges test_api.py does not reach: chunked uploads, more ways out of the
exports folder, and the address `newsevents serve` binds by default or when told otherwise."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi) is not installed")
pytest.importorskip("httpx", reason="httpx (for FastAPI's TestClient) is not installed")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsevents.api.app import MAX_UPLOAD_BYTES, create_app
from newsevents.pipeline import Coder
from tests._demo_db import demo_db

pytestmark = pytest.mark.issue(8)

BOUNDARY = "newsevents-test-boundary"
SECRET, INNER = "content-of-a-file-outside-7f3a", "content-of-a-linked-folder-19bd"  # must never be served


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_db(tmp_path_factory)


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("exports-root")
    folder = root / "exports"
    folder.mkdir()
    (folder / "ok.csv").write_text("id\n1\n", encoding="utf-8")
    (root / "secret.txt").write_text(SECRET, encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "inner.csv").write_text(INNER, encoding="utf-8")
    (folder / "dirlink").symlink_to(root / "sub", target_is_directory=True)
    (folder / "abs-link.csv").symlink_to((root / "secret.txt").resolve())
    (folder / "rel-link.csv").symlink_to(Path("..") / "secret.txt")
    return folder


@pytest.fixture(scope="module")
def client(db: Path, coder: Coder, exports: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, coder=coder, exports_dir=exports), raise_server_exceptions=False) as c:
        yield c


def assert_error(resp: Any, status: int, code: str) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    body: dict[str, Any] = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    return body


def chunked_form(field: str, size: int) -> Iterator[bytes]:
    """A multipart body sent without Content-Length (a generator makes httpx send it chunked)."""
    yield f"--{BOUNDARY}\r\nContent-Disposition: form-data; {field}\r\nContent-Type: text/plain\r\n\r\n".encode()
    for _ in range(size // 65536 + 1):
        yield b"Iran protested. " * 4096
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


@pytest.mark.parametrize("field", ['name="text"', 'name="file"; filename="big.txt"'])
def test_chunked_upload_without_length_is_refused_with_413(client: TestClient, field: str) -> None:
    """Without a Content-Length the guard counts the bytes as they arrive, so the form is never spooled."""
    resp = client.post("/api/code", content=chunked_form(field, MAX_UPLOAD_BYTES + 200_000),
                       headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"})
    assert "content-length" not in resp.request.headers
    body = assert_error(resp, 413, "payload_too_large")
    assert "the request is more than" in body["error"]["message"]


def test_413_with_content_length_keeps_the_error_shape(client: TestClient) -> None:
    resp = client.post("/api/code", content=b"x" * (MAX_UPLOAD_BYTES + 100_000),
                       headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"})
    assert resp.request.headers["content-length"] == str(MAX_UPLOAD_BYTES + 100_000)
    assert_error(resp, 413, "payload_too_large")


def test_small_chunked_upload_is_still_coded(client: TestClient) -> None:
    def body() -> Iterator[bytes]:
        yield (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
               "Iraqi protesters demonstrated outside the US embassy in Baghdad."
               f"\r\n--{BOUNDARY}--\r\n").encode()

    resp = client.post("/api/code", content=body(), headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"})
    assert resp.status_code == 200, resp.text
    assert resp.json()["events"]


@pytest.mark.parametrize("name", [
    "%2e%2e%2fsecret.txt",                 # URL-encoded ../
    "%252e%252e%252fsecret.txt",           # double-encoded
    "..%5csecret.txt",                     # backslash
    "%2e%2e",
    "...%2f...%2fsecret.txt",
    "ok.csv%00.txt",                       # NUL truncation
    "ok.csv%2f..%2f..%2fsecret.txt",
    "abs-link.csv",                        # symlink to an absolute path outside
    "rel-link.csv",                        # symlink with ../ inside
    "dirlink",                             # symlink to a directory outside
    "dirlink%2finner.csv",
    "%2fetc%2fpasswd",
    "%2f%2fetc%2fpasswd",
])
def test_export_download_cannot_escape(client: TestClient, exports: Path, name: str) -> None:
    resp = client.get(f"/api/exports/{name}")
    assert resp.status_code in (404, 422), resp.text
    assert_error(resp, resp.status_code, "not_found" if resp.status_code == 404 else "validation_error")
    assert SECRET not in resp.text and INNER not in resp.text and "root:" not in resp.text


def test_export_download_of_absolute_paths(client: TestClient, exports: Path) -> None:
    secret = (exports.parent / "secret.txt").resolve()
    for url in (f"/api/exports/{quote(str(secret), safe='')}", f"/api/exports/{secret}", f"/api/exports/{exports.parent}/secret.txt"):
        resp = client.get(url)
        assert resp.status_code == 404 and SECRET not in resp.text, url
    assert client.get("/api/exports/ok.csv").text == "id\n1\n"  # the control: a plain file is served
    assert [f["name"] for f in client.get("/api/exports").json()] == ["ok.csv"]


@pytest.mark.parametrize(("host", "warned"), [("127.0.0.1", False), ("localhost", False), ("::1", False),
                                              ("0.0.0.0", True), ("::", True), ("192.168.1.4", True)])
def test_serve_cli_binds_what_it_is_told_and_warns_off_loopback(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], host: str, warned: bool
) -> None:
    import uvicorn

    from newsevents.cli import main

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))  # no socket is opened
    assert main(["serve", "--db", str(db), "--host", host, "--port", "8765"]) == 0
    assert calls == [{"host": host, "port": 8765, "log_level": "info"}]
    err = capsys.readouterr().err
    assert ("WARNING" in err and host in err) == warned, err


EDGES = [None, "0001-01-01", "0002-01-01", "9999-12-25", "9999-12-31"]


def test_calendar_edges_are_answered_not_crashed(client: TestClient) -> None:
    """Dates at the ends of the calendar: a window or a bucket past them once raised OverflowError (500)."""
    endpoints: list[tuple[str, list[dict[str, str]]]] = [
        ("/api/events", [{}]), ("/api/articles", [{}]), ("/api/map", [{}]), ("/api/quotes", [{}]),
        ("/api/export/events", [{}]), ("/api/network", [{"level": "actor"}, {"level": "country"}]),
        ("/api/series/dyad?src=USA&tgt=IRN", [{"interval": i} for i in ("day", "week", "month")]),
        ("/api/series/country?code=IRQ", [{"interval": i} for i in ("day", "week", "month")]),
        ("/api/alerts", [{"level": lv, "as_of": a} for lv in ("actor", "country") for a in EDGES[2:]]),
    ]
    failures = []
    for url, extras in endpoints:
        for start in EDGES:
            for end in EDGES:
                for extra in extras:
                    params = {k: v for k, v in {"date_from": start, "date_to": end, **extra}.items() if v}
                    resp = client.get(url, params=params)
                    if resp.status_code >= 500 or (resp.status_code >= 400 and set(resp.json()) != {"error"}):
                        failures.append(f"{url} {params}: {resp.status_code} {resp.text[:120]}")
    assert not failures, "\n".join(failures[:20])
    last = client.get("/api/series/country", params={"code": "IRQ", "interval": "month", "date_from": "9999-11-01",
                                                     "date_to": "9999-12-31"}).json()
    assert [b["period"] for b in last["buckets"]] == ["9999-11-01", "9999-12-01"]
    for as_of in ("0001-01-01", "0001-12-31"):
        assert_error(client.get("/api/alerts", params={"as_of": as_of}), 422, "validation_error")


def test_broken_multipart_is_a_documented_400(client: TestClient) -> None:
    """Found by schemathesis: a malformed multipart body got a 400 the OpenAPI document did not list."""
    resp = client.post("/api/code", content=f"--{BOUNDARY}\r\n[]--{BOUNDARY}--\r\n".encode(),
                       headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"})
    assert_error(resp, 400, "bad_request")
    responses = client.get("/openapi.json").json()["paths"]["/api/code"]["post"]["responses"]
    assert responses["400"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorOut"}
