"""End-to-end: the dashboard over the demo database in headless Chromium, driven by playwright-core.

Each test runs one small Node script (tests/browser/*.mjs) against a server started here on
127.0.0.1; the script prints its findings as one JSON line. Debian's chromium and the npm package
playwright-core (installed by scripts/install-browser) are needed; without them these tests skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi) is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra (uvicorn) is not installed")

from newsevents.api.app import create_app  # noqa: E402
from newsevents.pipeline import Coder  # noqa: E402
from tests._demo_db import demo_db  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CHROMIUM = os.environ.get("NEWSEVENTS_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "docs" / "screenshots"


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (run scripts/install-browser)"
    if shutil.which("node") is None:
        return "node is not installed (run scripts/install-browser)"
    if not (HERE / "node_modules" / "playwright-core").is_dir():
        return "playwright-core is not installed in tests/browser (run scripts/install-browser)"
    return None


pytestmark = [pytest.mark.slow, pytest.mark.skipif(_missing() is not None, reason=_missing() or "")]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Iterator[str]:
    """The app over the demo database, served by uvicorn on a free port of 127.0.0.1 in a thread."""
    app = create_app(demo_db(tmp_path_factory), coder=coder)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", ws="none", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def run(script: str, base: str, *args: str, timeout: float = 180) -> dict[str, Any]:
    """Run one browser script; fail with its output unless it reports ok with no console errors or outside requests."""
    proc = subprocess.run(["node", str(HERE / script), base, *args], cwd=HERE, capture_output=True, text=True,
                          timeout=timeout, check=False)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    assert lines, f"{script} printed no result\nstdout: {proc.stdout}\nstderr: {proc.stderr}"
    result: dict[str, Any] = json.loads(lines[-1])
    assert result["ok"], result.get("error")
    problems = result["problems"]
    assert problems["externalRequests"] == [], "the page reached outside 127.0.0.1"
    assert problems["consoleErrors"] == [], problems["consoleErrors"]
    assert proc.returncode == 0, proc.stderr
    return result


def test_map_shows_countries_and_event_markers(base_url: str) -> None:
    r = run("map.mjs", base_url)
    assert r["tiles"] == 0  # no tile server: countries come from world-atlas
    assert r["countries"] > 150
    assert r["markers"] >= 10
    assert r["listed"] > 0 and r["title"]
    # the demo has statements placed only in their country: drawn apart from the points that are places
    assert 0 < r["coarse"] < r["markers"] and r["coarseDashed"]
    assert "country or province" in r["legend"]


def test_reader_highlights_the_airport_strike(base_url: str) -> None:
    r = run("reader.mjs", base_url)
    strike = [b for b in r["badges"] if b["trigger"] == "strike"]
    # the sample says "a US drone strike": remotely piloted aerial munitions
    assert strike and strike[0]["code"] == "1952", r["badges"]
    title = strike[0]["title"]
    assert "CAMEO 1952 Employ remotely piloted aerial munitions" in title
    assert "Goldstein -10.0" in title and "Baghdad International Airport" in title and "2020-01-03" in title
    # which words dated it: "killed early on Friday in a US drone strike", the time on the verb whose phrase holds
    # the strike (the story is of that day too)
    assert "date: 2020-01-03 (from \u201cFriday\u201d)" in title
    assert "rule: pattern:" in title
    assert r["strikeSpan"] and "ev" in r["strikeSpan"][0]["cls"] and r["visible"]
    assert r["quotes"] > 0 and r["entities"] > 0 and r["rows"] >= 5
    assert "article=" in r["hash"]  # the open article is in the URL


def test_paste_an_article_and_see_events(base_url: str) -> None:
    r = run("code.mjs", base_url)
    assert r["rows"] and r["badges"]
    assert any("194" in row or "Fight" in row for row in r["rows"]), r["rows"]
    assert "not stored" in r["status"]
    assert "2020-01-08" in r["head"] and "Wire Service" in r["head"]


def test_filters_live_in_the_url(base_url: str) -> None:
    r = run("filters.mjs", base_url)
    assert "date_from=2020-01-01" in r["hash"] and "date_to=2020-01-10" in r["hash"] and "root=19" in r["hash"]
    assert 0 < r["after"] < r["before"]
    assert r["restored"] == {"from": "2020-01-01", "to": "2020-01-10", "root": "19"}
    assert r["networkHash"].startswith("#/network?") and "root=19" in r["networkHash"]
    assert "root=19" in r["exportHref"] and "format=csv" in r["exportHref"]


def test_screenshots_of_every_view(base_url: str, tmp_path: Path) -> None:
    """Screenshots with the demo data; NEWSEVENTS_UPDATE_SCREENSHOTS=1 also copies them into docs/screenshots."""
    r = run("screenshots.mjs", base_url, str(tmp_path), timeout=300)
    names = sorted(Path(f).name for f in r["files"])
    assert names == ["alerts.png", "api-docs.png", "code.png", "map.png", "network.png", "reader.png", "timeline.png"]
    for f in r["files"]:
        data = Path(f).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 30_000, f  # a drawn page, not a blank one
    if os.environ.get("NEWSEVENTS_UPDATE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for f in r["files"]:
            shutil.copy(f, SCREENSHOTS / Path(f).name)
