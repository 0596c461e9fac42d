"""``watch``: feeds and folders are polled, only new stories are coded, failures are recorded.

Every HTTP request goes to a server this module starts on 127.0.0.1 (random free port); the
feeds, pages and stories below are made up for these tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import duckdb
import pytest

from newsevents.cli import main
from newsevents.corpus.watch import FetchError, Watcher, WatchReport, fetch
from newsevents.pipeline import Coder

TABLES = ("articles", "events", "quotes", "entities", "places", "errors", "watch_seen")
TIMEOUT = 0.5  # the slow feed answers after SLOW seconds, so it must time out
SLOW = 1.5


def _page(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved.</footer></body></html>").encode()


def _rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Levant Wire</title><link>{base}/</link><description>Made-up test wire</description>
<item><title>Protesters rally in Baghdad</title><link>{base}/news/baghdad.html</link>
  <guid isPermaLink="true">{base}/news/baghdad.html</guid><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
  <description>Protesters gathered in Baghdad.</description></item>
<item><title>Ankara and Athens agree to talks</title><link>{base}/news/ankara-athens.html</link>
  <guid isPermaLink="false">levant-2</guid><pubDate>Mon, 04 Mar 2024 18:30:00 GMT</pubDate></item>
<item><title>Police arrest activists in Cairo</title><link>{base}/news/missing.html</link>
  <guid isPermaLink="false">levant-3</guid><pubDate>Mon, 04 Mar 2024 12:00:00 GMT</pubDate>
  <description>Egyptian police arrested dozens of opposition activists in Cairo on Monday, a rights group said.</description></item>
<item><title>Clashes near Nablus</title><guid isPermaLink="false">levant-4</guid><pubDate>Sun, 03 Mar 2024 07:00:00 GMT</pubDate>
  <description>&lt;p&gt;Israeli troops clashed with Palestinian protesters near Nablus on Sunday.&lt;/p&gt;</description></item>
</channel></rss>""".encode()


def _atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gulf Dispatch</title><id>tag:gulf-dispatch.test,2024:feed</id>
<updated>2024-03-06T08:00:00Z</updated>
<entry><title>Iran condemns sanctions</title><id>tag:gulf-dispatch.test,2024:1</id>
  <link rel="alternate" href="{base}/news/tehran.html"/><published>2024-03-06T08:00:00Z</published>
  <updated>2024-03-06T08:00:00Z</updated><summary>Iran condemned sanctions.</summary></entry>
<entry><title>Greece and Turkey to hold talks</title><id>tag:gulf-dispatch.test,2024:2</id>
  <link rel="alternate" href="{base}/news/ankara-athens.html"/><updated>2024-03-04T20:00:00Z</updated></entry>
</feed>""".encode()


BROKEN = b"<?xml version='1.0'?>\n<rss version='2.0'><channel><title>Broken Feed</title>\n<<<>>&&& this is not XML</channel>"
PAGES = {
    "/news/baghdad.html": _page(
        "Protesters rally in Baghdad",
        "Iraqi protesters rallied in Baghdad on Tuesday to demand jobs and an end to corruption, witnesses said.",
        "The crowd marched towards the provincial council building in the afternoon.",
    ),
    "/news/ankara-athens.html": _page(
        "Ankara and Athens agree to talks",
        "Turkey and Greece agreed on Monday to resume talks over maritime borders, officials said.",
    ),
    "/news/tehran.html": _page(
        "Iran condemns sanctions",
        "Iran condemned new United States sanctions on its oil exports on Wednesday.",
    ),
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, tuple[int, str, bytes]]
    hits: list[tuple[str, str]]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.hits.append((self.path, self.headers.get("User-Agent", "")))
        try:
            if self.path == "/feeds/slow.xml":
                time.sleep(SLOW)
            status, ctype, body = self.server.routes.get(self.path, (404, "text/plain", b"not found"))
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if status == 200 and self.path.startswith("/feeds/") and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (the timeout case): nothing to answer
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    srv = _Server(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    srv.hits = []
    srv.routes = {
        "/feeds/levant.xml": (200, "application/rss+xml; charset=utf-8", _rss(base)),
        "/feeds/gulf.atom": (200, "application/atom+xml", _atom(base)),
        "/feeds/broken.xml": (200, "application/rss+xml", BROKEN),
        "/feeds/down.xml": (500, "text/plain", b"internal error"),
        "/feeds/slow.xml": (200, "application/rss+xml", _rss(base)),
        **{path: (200, "text/html; charset=utf-8", body) for path, body in PAGES.items()},
    }
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the environment must not see the test traffic: it all stays on 127.0.0.1."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")


def _url(server: _Server, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


def _feeds(server: _Server) -> list[str]:
    return [_url(server, p) for p in ("/feeds/levant.xml", "/feeds/gulf.atom", "/feeds/broken.xml",
                                      "/feeds/down.xml", "/feeds/slow.xml")]


def _dump(path: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _kinds(report: WatchReport) -> list[tuple[str, str, str]]:
    return sorted((p.severity, p.kind, p.source.rsplit("/", 1)[-1]) for p in report.problems)


def test_feeds_twice_codes_only_new_and_records_errors(server: _Server, coder: Coder, tmp_path: Path) -> None:
    db = tmp_path / "watch.duckdb"
    first = Watcher(db, coder=coder, feeds=_feeds(server), timeout=TIMEOUT).poll_once()
    assert (first.feeds_polled, first.entries_seen, first.new, first.coded, first.failed) == (5, 6, 5, 5, 0)
    assert _kinds(first) == [
        ("error", "bad_feed", "broken.xml"),
        ("error", "feed_fetch", "down.xml"),
        ("error", "feed_fetch", "slow.xml"),
        ("warning", "duplicate_entry", "ankara-athens.html"),
        ("warning", "page_fallback", "levant.xml#levant-4"),
        ("warning", "page_fallback", "missing.html"),
    ]
    messages = {p.kind + ":" + p.source.rsplit("/", 1)[-1]: p.message for p in first.problems}
    assert "HTTP 500" in messages["feed_fetch:down.xml"]
    assert "timed out" in messages["feed_fetch:slow.xml"]
    assert "HTTP 404" in messages["page_fallback:missing.html"]
    assert "no link" in messages["page_fallback:levant.xml#levant-4"]

    rows = {r[0]: r[1:] for r in _rows(db, "SELECT title, date::VARCHAR, outlet, url, text FROM articles")}
    base = _url(server, "")
    assert rows["Protesters rally in Baghdad"][:3] == ("2024-03-05", "Levant Wire", f"{base}/news/baghdad.html")
    assert "rallied in Baghdad on Tuesday" in rows["Protesters rally in Baghdad"][3]
    assert "Home | World" not in rows["Protesters rally in Baghdad"][3]  # page furniture removed by the HTML path
    assert rows["Iran condemns sanctions"][:2] == ("2024-03-06", "Gulf Dispatch")
    assert rows["Ankara and Athens agree to talks"][1] == "Levant Wire"  # the duplicate in the Atom feed was skipped
    assert rows["Police arrest activists in Cairo"][3].startswith("Egyptian police arrested")  # summary fallback
    assert rows["Clashes near Nablus"][2] is None
    assert rows["Clashes near Nablus"][3] == "Israeli troops clashed with Palestinian protesters near Nablus on Sunday."
    cameos = {r[0] for r in _rows(db, "SELECT a.title || ':' || e.cameo FROM events e JOIN articles a ON a.id = e.article_id")}
    assert {"Protesters rally in Baghdad:141", "Iran condemns sanctions:111",
            "Police arrest activists in Cairo:173"} <= cameos
    fallback = _rows(db, "SELECT e.kind, e.severity FROM errors e JOIN articles a ON a.id = e.article_id "
                         "WHERE a.title = 'Police arrest activists in Cairo'")
    assert fallback == [("page_fallback", "warning")]
    assert [r[0] for r in _rows(db, "SELECT count(*) FROM watch_errors")] == [6]
    page_agents = [ua for path, ua in server.hits if path == "/news/baghdad.html"]
    assert page_agents and all(ua.startswith("newsevents/") for ua in page_agents)

    # a restart (new Watcher, no memory) codes nothing and leaves the data unchanged
    before = _dump(db)
    restarted = Watcher(db, coder=coder, feeds=_feeds(server), timeout=TIMEOUT)
    second = restarted.poll_once()
    assert (second.feeds_polled, second.entries_seen, second.new, second.coded) == (5, 6, 0, 0)
    assert _kinds(second) == [("error", "bad_feed", "broken.xml"), ("error", "feed_fetch", "down.xml"),
                              ("error", "feed_fetch", "slow.xml")]
    assert _dump(db) == before
    counts = dict(_rows(db, "SELECT kind || ':' || severity, max(occurrences) FROM watch_errors GROUP BY 1"))
    assert counts == {"bad_feed:error": 2, "feed_fetch:error": 2, "duplicate_entry:warning": 1, "page_fallback:warning": 1}

    # the same watcher asks again with If-None-Match: unchanged feeds are not even parsed
    for _ in range(2):  # and keeps doing so
        third = restarted.poll_once()
        assert (third.feeds_polled, third.entries_seen, third.new, third.coded) == (5, 0, 0, 0)
    assert _dump(db) == before


def test_transient_page_failure_without_summary_is_retried(server: _Server, coder: Coder, tmp_path: Path) -> None:
    base = _url(server, "")
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Retry Wire</title>'
            f"<item><title>Later</title><link>{base}/news/flaky.html</link></item>"
            f"<item><title>Gone</title><link>{base}/news/gone.html</link></item></channel></rss>").encode()
    server.routes["/feeds/retry.xml"] = (200, "application/rss+xml", feed)
    server.routes["/news/flaky.html"] = (503, "text/plain", b"busy")
    db = tmp_path / "retry.duckdb"
    try:
        watcher = Watcher(db, coder=coder, feeds=[_url(server, "/feeds/retry.xml")], timeout=5)
        first = watcher.poll_once()
        assert (first.new, first.coded) == (2, 0)
        assert _kinds(first) == [("error", "entry_failed", "flaky.html"), ("error", "entry_failed", "gone.html")]
        server.routes["/news/flaky.html"] = (200, "text/html", PAGES["/news/baghdad.html"])
        second = watcher.poll_once()  # the unchanged feed is read again (no 304) because an entry waits for a retry
        # 503 is worth retrying and now succeeds; the 404 page was given up on in the first cycle
        assert (second.new, second.coded, second.errors) == (1, 1, 0)
        assert _rows(db, "SELECT title FROM articles") == [("Later",)]
    finally:
        for path in ("/feeds/retry.xml", "/news/flaky.html"):
            server.routes.pop(path, None)


def test_folder_only_new_files_are_coded(coder: Coder, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Iraqi protesters rallied in Baghdad on Tuesday.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Iran condemned new United States sanctions on Wednesday.\n", encoding="utf-8")
    db = tmp_path / "folder.duckdb"
    watcher = Watcher(db, coder=coder, folders=[folder, tmp_path / "no-such-folder"])

    first = watcher.poll_once()
    assert (first.folders_polled, first.entries_seen, first.new, first.coded) == (2, 2, 2, 2)
    assert [(p.kind, p.severity) for p in first.problems] == [("folder_missing", "error")]
    second = watcher.poll_once()
    assert (second.entries_seen, second.new, second.coded) == (2, 0, 0)
    before = _dump(db)

    (folder / "c.txt").write_text("Egyptian police arrested dozens of opposition activists in Cairo.\n", encoding="utf-8")
    (folder / ".c.txt.partial").write_text("a hidden file being written is ignored", encoding="utf-8")
    added: list[str] = []
    third = Watcher(db, coder=coder, folders=[folder], on_result=lambda r: added.append(r.article.text)).poll_once()
    assert (third.entries_seen, third.new, third.coded) == (3, 1, 1)
    assert added == ["Egyptian police arrested dozens of opposition activists in Cairo.\n"]
    assert {k: v for k, v in _dump(db).items() if k != "watch_seen"} != {k: v for k, v in before.items() if k != "watch_seen"}

    stamp = time.time() + 60  # touched, not changed: the new stat is remembered, nothing is coded
    os.utime(folder / "a.txt", (stamp, stamp))
    touched = Watcher(db, coder=coder, folders=[folder]).poll_once()
    assert (touched.new, touched.coded) == (0, 0)

    (folder / "b.txt").write_text("Turkey and Greece agreed on Monday to resume talks.\n", encoding="utf-8")
    rows = [json.dumps({"id": f"j{i}", "date": "2024-03-05", "text": t}) for i, t in
            enumerate(["Israeli troops clashed with Palestinian protesters.", "Iraqi protesters rallied in Basra."])]
    (folder / "d.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = Watcher(db, coder=coder, folders=[folder]).poll_once()
    assert (changed.new, changed.coded) == (2, 3)  # the edited file, and both records of the new JSONL file
    final = _dump(db)
    assert Watcher(db, coder=coder, folders=[folder]).poll_once().coded == 0
    assert _dump(db) == final
    assert len(final["articles"]) == 6


def test_fetch_refuses_other_schemes_and_bad_urls() -> None:
    for url, permanent in (("file:///etc/hostname", True), ("ftp://127.0.0.1/x", True), ("not a url", True)):
        with pytest.raises(FetchError) as info:
            fetch(url, timeout=1)
        assert info.value.permanent is permanent


def test_fetch_unreachable_port_is_a_fetch_error() -> None:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = srv.server_address[1]
    srv.server_close()  # nothing listens there any more
    with pytest.raises(FetchError) as info:
        fetch(f"http://127.0.0.1:{port}/feed.xml", timeout=2)
    assert not info.value.permanent and "cannot connect" in info.value.message


def test_cli_watch_once_then_nothing_new(server: _Server, coder: Coder, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("newsevents.pipeline.Coder", lambda **_: coder)  # reuse the loaded model
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Iraqi protesters rallied in Baghdad on Tuesday.\n", encoding="utf-8")
    db, out = tmp_path / "cli.duckdb", tmp_path / "new.jsonl"
    args = ["watch", "--feed", _url(server, "/feeds/levant.xml"), "--folder", str(folder), "--db", str(db),
            "--output", str(out), "--timeout", "5"]
    assert main([*args, "--once"]) == 0  # only warnings: summaries were coded for two entries
    err = capsys.readouterr().err
    assert "cycle 1:" in err and "5 new, 5 coded" in err and "page_fallback" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert main([*args, "--max-cycles", "2", "--interval", "0"]) == 0
    err = capsys.readouterr().err
    assert "cycle 2:" in err and "0 new, 0 coded" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5  # appended nothing

    assert main(["watch", "--feed", _url(server, "/feeds/down.xml"), "--db", str(db), "--once"]) == 1
    assert "HTTP 500" in capsys.readouterr().err
    assert main(["watch", "--db", str(db)]) == 2  # nothing to watch is a usage error
