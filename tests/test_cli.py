"""The command line: code, explain, version, schema, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.cli import main


def test_code_jsonl_with_one_broken_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "batch.jsonl"
    rows = [
        {"id": "a1", "date": "2020-01-10", "outlet": "Wire", "text": "The United States imposed new sanctions on Iran."},
        "{broken",
        {"id": "a3", "date": "2020-01-11", "outlet": "Wire", "text": "Iraqi protesters demonstrated in Baghdad."},
    ]
    src.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    rc = main(["code", str(src), "-o", str(out)])
    assert rc == 1  # documented: some input failed, the batch went on
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["article"]["id"] for x in lines][0::2] == ["a1", "a3"]
    assert lines[1]["errors"][0]["kind"] == "bad_json" and lines[1]["errors"][0]["line"] == 2
    assert not lines[0]["errors"] and not lines[2]["errors"]
    err = capsys.readouterr().err
    assert "batch.jsonl:2: bad_json" in err


def test_code_all_good_exits_zero(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("date 2020-01-04 Wire, BAGHDAD\n\nIraqi protesters demonstrated in Baghdad.\n", encoding="utf-8")
    assert main(["code", str(src), "-o", str(tmp_path / "o.jsonl")]) == 0


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("newsevents ") and "en_core_web_sm" in out


def test_unknown_model_is_a_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("x", encoding="utf-8")
    assert main(["--model", "no_such_model_xyz", "code", str(src)]) == 2


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert set(schema["required"]) >= {"article", "entities", "events", "quotes", "places", "times", "errors"}


def test_explain_shows_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["explain", "Iran did not attack the US embassy.", "--date", "2020-01-04"])
    assert rc == 0
    out = capsys.readouterr().out
    assert "parse:" in out and "candidates:" in out


def test_explain_shows_how_each_event_was_dated_and_placed(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["explain", "Riot police fired tear gas at protesters in Tehran yesterday.", "--date", "2020-01-13"])
    assert rc == 0
    out = capsys.readouterr().out.split("events as written")[1]
    assert "source: IRNCOP 'Riot police'" in out and "+country:place:Tehran]" in out
    assert "date: 2020-01-12 from 'yesterday' (day) [dates:yesterday]" in out
    assert "place: Tehran (city) [gazetteer:" in out
