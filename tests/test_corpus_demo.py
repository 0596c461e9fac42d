"""The corpus over the bundled demo: the US–Iran alert, exports re-read, the Python API and the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pandas", reason="the corpus extra (pandas) is not installed")
pytest.importorskip("datasketch", reason="the corpus extra (datasketch) is not installed")

import jsonschema
import pandas as pd

import newsevents
from newsevents.cli import main
from newsevents.corpus import Corpus
from newsevents.corpus.actors import country_codes
from newsevents.corpus.exports import GDELT_COLUMNS, ICEWS_COLUMNS, numeric_id
from newsevents.corpus.plover import MODES, QUAD, plover_schema
from newsevents.errors import StoreError
from tests._demo_db import demo_db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A refreshed copy of the shared demo database (the shared one stays read-only)."""
    path = tmp_path_factory.mktemp("corpus") / "demo.duckdb"
    shutil.copy(demo_db(tmp_path_factory), path)
    with newsevents.open(path, read_only=False) as corpus:
        corpus.refresh()
    return path


@pytest.fixture(scope="module")
def corpus(db: Path) -> Iterator[Corpus]:
    with newsevents.open(db) as c:
        yield c


# ---- the US–Iran escalation -------------------------------------------------------------------------
def test_us_iran_alert_in_early_january_2020_rests_on_the_strike(corpus: Corpus) -> None:
    found = corpus.alerts(level="dyad", source="USA", target="IRN", start=dt.date(2020, 1, 1), end=dt.date(2020, 1, 10))
    assert len(found), "no US→Iran alert in early January 2020"
    first = found.iloc[0]
    assert first["date"] == dt.date(2020, 1, 3) and first["key"] == "USA→IRN"
    assert {"robust_z", "highest"} <= set(found[found["date"] == dt.date(2020, 1, 3)]["method"])
    # the strike reported by the most outlets (a later story's "the commander, who was killed by a US drone
    # strike" is a mention of its own)
    strike = sorted((e for e in first["evidence"] if e["cameo"].startswith("19") and "strike" in e["text"]),
                    key=lambda e: -e["sources"])
    assert strike, first["evidence"]
    assert "Soleimani" in strike[0]["text"] and strike[0]["sources"] >= 2
    assert set(strike[0]["outlets"]) <= set(first["outlets"]) and first["event_ids"]
    # the events behind the alert are canonical events that list their mentions
    mentions = corpus.mentions(strike[0]["id"])
    assert len(mentions) == strike[0]["mentions"] and mentions["outlet"].nunique() == strike[0]["sources"]


def test_country_alerts_and_acled_table(corpus: Corpus) -> None:
    iran = corpus.alerts(level="country", country="IRN", start=dt.date(2020, 1, 1), end=dt.date(2020, 1, 10))
    assert len(iran) and all(len(ids) for ids in iran["event_ids"])
    table = corpus.acled(level="country", as_of=dt.date(2020, 1, 5))
    row = table.set_index("key").loc["IRN"]
    assert row["last_week"] > 0 and row["outlets"]
    assert {"avg_4w", "avg_52w", "pct_change_4w", "pct_change_52w"} <= set(table.columns)


# ---- exports ----------------------------------------------------------------------------------------
def _gdelt_type_ok(value: str, kind: str) -> bool:
    if value == "":
        return True
    if kind == "int":
        return value.lstrip("-").isdigit()
    if kind == "float":
        try:
            float(value)
        except ValueError:
            return False
        return True
    return "\t" not in value


def test_gdelt_export_has_61_typed_columns(corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "events.gdelt.tsv"
    n = corpus.export("gdelt", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == corpus.stats()["canonical_events"]
    names = [c for c, _k in GDELT_COLUMNS]
    assert len(names) == 61 and names[0] == "GLOBALEVENTID" and names[26] == "EventCode" and names[-2:] == ["DATEADDED", "SOURCEURL"]
    idx = {name: k for k, name in enumerate(names)}
    for line in lines:
        row = line.split("\t")
        assert len(row) == 61
        for (name, kind), value in zip(GDELT_COLUMNS, row, strict=True):
            assert _gdelt_type_ok(value, kind), (name, value)
        sqldate = row[idx["SQLDATE"]]
        day = dt.datetime.strptime(sqldate, "%Y%m%d").date()
        assert row[idx["MonthYear"]] == sqldate[:6] and row[idx["Year"]] == sqldate[:4]
        assert float(row[idx["FractionDate"]]) == pytest.approx(day.year + (day.month * 30 + day.day) / 365, abs=1e-4)
        code = row[idx["EventCode"]]
        assert code.isdigit() and row[idx["EventRootCode"]] == code[:2] and row[idx["EventBaseCode"]] == code[:3]
        assert row[idx["QuadClass"]] in {"1", "2", "3", "4"} and -10 <= float(row[idx["GoldsteinScale"]]) <= 10
        assert int(row[idx["NumMentions"]]) >= int(row[idx["NumArticles"]]) >= 1 and int(row[idx["NumSources"]]) >= 1
        assert row[idx["IsRootEvent"]] in {"0", "1"} and row[idx["ActionGeo_Type"]] in {"0", "1", "2", "3", "4", "5"}
        assert len(row[idx["ActionGeo_CountryCode"]]) in {0, 2}  # FIPS 10-4, not ISO
        assert len(row[idx["DATEADDED"]]) == 14 and row[idx["SOURCEURL"]]
    strike = next(line.split("\t") for line in lines if "Baghdad International Airport" in line)
    assert strike[idx["Actor1CountryCode"]] == "USA" and strike[idx["Actor2Code"]] == "IRNMIL"
    assert strike[idx["Actor2Type1Code"]] == "MIL" and strike[idx["ActionGeo_CountryCode"]] == "IZ"
    # five outlets of the demo report the strike: two on the day, one the day after ("Soleimani, who was
    # killed …"), two on Sunday ("two days after he was killed", "two days after a US strike …", counted back
    # to Friday), the funeral story ("killed by a US drone strike … last week", a week-dated mention that
    # joins the day-dated strike of its week) and the story that says Trump ordered the killing (its doer the
    # administration, its day the strike's by reference back); placed at the airport, its most precise mention
    assert strike[idx["NumSources"]] == "6" and strike[idx["SQLDATE"]] == "20200103"


def test_icews_export_matches_the_sample_layout(corpus: Corpus, tmp_path: Path, shared_data: Path) -> None:
    path = tmp_path / "events.icews.tab"
    corpus.export("icews", path)
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    sample = shared_data / "icews_sample" / "events.2018.sample.tab"
    with sample.open(encoding="utf-8") as fh:
        header = next(csv.reader(fh, delimiter="\t"))
    assert rows[0] == header == ICEWS_COLUMNS
    for row in rows[1:]:
        assert len(row) == 20
        rec = dict(zip(header, row, strict=True))
        assert rec["Event ID"].isdigit() and rec["Story ID"].isdigit() and rec["Sentence Number"].isdigit()
        dt.date.fromisoformat(rec["Event Date"])
        assert rec["CAMEO Code"].isdigit() and -10 <= float(rec["Intensity"]) <= 10
        assert rec["Latitude"] == "NA" or -90 <= float(rec["Latitude"]) <= 90


def test_plover_export_validates_against_the_spec(corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "events.plover.jsonl"
    n = corpus.export("plover", path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert n == len(records) > 100
    validator = jsonschema.Draft202012Validator(plover_schema(), format_checker=jsonschema.FormatChecker())
    for rec in records:
        errors = sorted(validator.iter_errors(rec), key=str)
        assert not errors, (rec["id"], [e.message for e in errors])
        assert rec["quad_code"] == QUAD[rec["event"][0]]
        assert set(rec.get("mode", [])) <= set(MODES.get(rec["event"][0], ()))
    bad = dict(records[0], event=["FIGHT"])  # an old PLOVER category is not valid any more
    assert list(validator.iter_errors(bad))
    codes = {a["code"] for rec in records for a in rec["actor"] if "code" in a}
    assert codes <= country_codes() | {"KOS", "IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}


def test_parquet_round_trips(corpus: Corpus, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    n = corpus.export("parquet", out)
    assert (out / "year=2020" / "month=1").is_dir()
    back = pq.read_table(out).drop_columns(["year", "month"]).sort_by("id")
    rel = corpus.con.sql("SELECT * FROM canonical_events ORDER BY id")
    ref = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()
    assert n == back.num_rows == ref.num_rows
    assert back.column_names == ref.column_names
    assert [f.type for f in back.schema] == [f.type for f in ref.schema]
    assert back.to_pylist() == ref.to_pylist()
    by_day = corpus.export("parquet", tmp_path / "daily.parquet", partition="day")
    assert by_day == n and (tmp_path / "daily.parquet" / "date=2020-01-03").is_dir()


def test_csv_export_and_filters(corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "usa-irn.csv"
    n = corpus.export("csv", path, source="USA", target="IRN")
    back = pd.read_csv(path)
    assert n == len(back) == len(corpus.canonical_events(source="USA", target="IRN")) > 0
    assert set(back["source_key"]) == {"USA"} and set(back["target_key"]) == {"IRN"}


# ---- Python API -------------------------------------------------------------------------------------
def test_api_methods_return_dataframes(corpus: Corpus) -> None:
    for frame in (corpus.events(limit=5), corpus.canonical_events(limit=5), corpus.articles(), corpus.quotes(limit=5),
                  corpus.dyads(), corpus.duplicates(), corpus.dyad_series("USA", "IRN", freq="week"),
                  corpus.country_series("IRN", freq="month")):
        assert isinstance(frame, pd.DataFrame)
    stats = corpus.stats()
    assert stats["articles"] == 38 and stats["refreshed"] and stats["mentions"] == stats["events"]
    assert stats["canonical_events"] < stats["mentions"]
    top = corpus.dyads(limit=5)
    assert ("USA", "IRN") in set(zip(top["source_key"], top["target_key"], strict=True))
    assert list(top["events"]) == sorted(top["events"], reverse=True)
    week = corpus.dyad_series("USA", "IRN", freq="week")
    assert week["events"].sum() == len(corpus.canonical_events(source="USA", target="IRN"))
    assert (week["share"].dropna() <= 1).all()


def test_open_read_only_and_missing(db: Path, tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        newsevents.open(tmp_path / "nothing.duckdb")
    with newsevents.open(db) as c, pytest.raises(StoreError):
        c.refresh()


# ---- CLI --------------------------------------------------------------------------------------------
def test_cli_commands(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = ["--db", str(db)]
    assert main(["stats", *d]) == 0
    assert "canonical_events" in capsys.readouterr().out
    assert main(["events", *d, "--source", "USA", "--target", "IRN", "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and all(x["source_key"] == "USA" for x in lines)
    assert main(["dyads", *d, "--limit", "3"]) == 0
    assert "USA" in capsys.readouterr().out
    assert main(["dyads", *d, "--source", "USA", "--target", "IRN", "--freq", "month"]) == 0
    assert "2020-01-01" in capsys.readouterr().out
    assert main(["alerts", *d, "--source", "USA", "--target", "IRN", "--start", "2020-01-01", "--end", "2020-01-10"]) == 0
    out = capsys.readouterr().out
    assert "2020-01-03" in out and "strike" in out
    assert main(["alerts", *d, "--acled-table", "--level", "country", "--as-of", "2020-01-05", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["key"]
    png = tmp_path / "usa-irn.png"
    assert main(["plot", *d, "--source", "USA", "--target", "IRN", "-o", str(png), "--start", "2019-12-15", "--end", "2020-01-20"]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for fmt in ("gdelt", "icews", "plover", "csv", "parquet"):
        assert main(["export", *d, "--format", fmt, "-o", str(tmp_path / f"out.{fmt}")]) == 0
    assert (tmp_path / "out.gdelt").stat().st_size > 0
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    assert main(["refresh", "--db", str(copy), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["canonical_events"] > 0
    assert main(["events", "--db", str(tmp_path / "missing.duckdb")]) == 2  # a clear error, not a traceback


def test_ids_are_stable_integers() -> None:
    assert numeric_id("ce0123") == numeric_id("ce0123") < 2**60
