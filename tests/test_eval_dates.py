"""The TempEval-3 date evaluation: TimeML reading, the relative/explicit split, and a run on real gold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.evaluate.dates import classify, evaluate, read_timeml

# A made-up TimeML document in the TempEval-3 layout (not taken from the corpus).
SYNTHETIC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-04" temporalFunction="false" functionInDocument="CREATION_TIME">2020-01-04</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020-01-03">Friday</TIMEX3> and will vote <TIMEX3 tid="t2" type="DATE" value="2020-01-07">Tuesday</TIMEX3>.
It was founded on <TIMEX3 tid="t3" type="DATE" value="1998-03-02">March 2, 1998</TIMEX3>, for <TIMEX3 tid="t4" type="DURATION" value="P3M">three months</TIMEX3>.
The vote <TIMEX3 tid="t5" type="DATE" value="2019-12-20">two weeks ago</TIMEX3> failed; <TIMEX3 tid="t6" type="DATE" value="2019-12-20">that day</TIMEX3> was cold.
</TEXT>
</TimeML>
"""

EXPECTED_METRICS = {
    "relative_day_accuracy",
    "dateparser_relative_day_accuracy",
    "explicit_day_accuracy",
    "dateparser_explicit_day_accuracy",
    "anaphoric_day_accuracy",
    "coverage",
    "pipeline_relative_found",
    "pipeline_relative_day_accuracy",
}
EXPECTED_COUNTS = {"documents", "gold_date_timex", "relative", "relative_correct", "dateparser_relative_correct",
                   "explicit", "explicit_correct", "anaphoric"}


@pytest.fixture()
def synthetic(tmp_path: Path) -> Path:
    folder = tmp_path / "TimeBank"
    folder.mkdir()
    (folder / "TEST0001.tml").write_text(SYNTHETIC, encoding="utf-8")
    return tmp_path


def test_read_timeml_keeps_offsets(synthetic: Path) -> None:
    doc = read_timeml(synthetic / "TimeBank" / "TEST0001.tml")
    assert doc.dct == date(2020, 1, 4) and doc.doc_id == "TEST0001" and doc.corpus == "TimeBank"
    assert [t.text for t in doc.timexes] == ["Friday", "Tuesday", "March 2, 1998", "three months", "two weeks ago",
                                             "that day"]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Friday", "relative"),
        ("early tomorrow", "relative"),
        ("Sept. 12", "relative"),
        ("Tuesday, Nov. 3", "relative"),
        ("two weeks ago", "relative"),
        ("Thanksgiving Day", "relative"),
        ("the day before", "relative"),
        ("Aug. 9, 2001", "explicit"),
        ("3 January 2020", "explicit"),
        ("1998-08-07", "explicit"),
        ("then", "anaphoric"),
        ("that day", "anaphoric"),
        ("the day", "anaphoric"),
        ("1992", "anaphoric"),
    ],
)
def test_classify(text: str, kind: str) -> None:
    assert classify(text) == kind


def test_evaluate_synthetic(synthetic: Path) -> None:
    report = evaluate(synthetic)
    assert set(report.metrics) >= EXPECTED_METRICS
    assert set(report.counts) >= EXPECTED_COUNTS
    assert report.counts["documents"] == 1
    assert report.counts["gold_date_timex"] == 5  # the DURATION is not a DATE
    assert (report.counts["relative"], report.counts["explicit"], report.counts["anaphoric"]) == (3, 1, 1)
    # Friday (past), Tuesday (future tense) and the day-level reading of "two weeks ago" (a week, so a miss)
    assert report.counts["relative_correct"] == 2
    assert report.counts["explicit_correct"] == 1
    rec = {r["text"]: r for r in report.records}
    assert rec["Tuesday"]["future"] is True and rec["Tuesday"]["ours"] == "2020-01-07"
    assert any(ex["text"] == "two weeks ago" for ex in report.examples)


def test_evaluate_rejects_an_empty_folder(tmp_path: Path) -> None:
    from newsevents.errors import InputError

    with pytest.raises(InputError):
        evaluate(tmp_path)


def test_evaluate_on_tempeval3(shared_data: Path) -> None:
    data = shared_data / "tempeval3-tbaq"
    if not data.exists():
        pytest.skip("../shared/data/tempeval3-tbaq is not present")
    report = evaluate(data, limit=20)
    assert set(report.metrics) >= EXPECTED_METRICS
    assert set(report.counts) >= EXPECTED_COUNTS
    assert report.counts["documents"] == 20
    assert report.counts["relative"] >= 20
    assert report.metrics["relative_day_accuracy"] > 0.7
    assert 0.0 <= report.metrics["dateparser_relative_day_accuracy"] <= 1.0
    assert any(k.startswith("relative accuracy[") for k in report.metrics)  # per-rule breakdown
    for ex in report.examples:
        assert {"text", "anchor", "gold", "ours", "rule"} <= set(ex)
