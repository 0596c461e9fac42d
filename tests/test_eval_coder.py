"""The coder's evaluations: record reading, scoring, and small slices of the public suites."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from newsevents.evaluate import TASKS
from newsevents.evaluate.ngec import evaluate as evaluate_ngec
from newsevents.evaluate.ngec import read_stories, sentence_case
from newsevents.evaluate.petrarch import counted_events, evaluate, left_out, read_records, score_record
from newsevents.pipeline import Coder
from tests._coder import code

PETR_STYLE = """<Validation>
<Sentences>
<!-- a comment with <Sentence id="ignored"> inside -->
<Sentence date="19950101" id="A-1" category="DEMO" sentence="true">
<EventCoding sourcecode="FRE" targetcode="SYL" eventcode="064"></EventCoding>
<Text>Freedonia restored ties with Sylvania.</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="950102" id="A-2" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened &amp; nobody came.</Text>
</Sentence>
<Sentence date="19950103" id="A-3" category="TEST" sentence="true">
<EventCoding sourcecode="FRE" targetcode="SYL" eventcode="903"></EventCoding>
<Text>A test code.</Text>
</Sentence>
</Sentences>
</Validation>"""

UD_STYLE = """<Validation><Sentences>
<Sentence category="X" date="20150609" id="B-1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="USA" targetcode="RUS" />
<Text>
The United States fired artillery at Russia.
</Text>
<Parse>1\tThe\tthe\tDET</Parse>
</Sentence>
</Sentences></Validation>"""


def test_ngec_is_a_registered_task() -> None:
    assert TASKS["ngec"] == "newsevents.evaluate.ngec" and TASKS["petrarch"] == "newsevents.evaluate.petrarch"


def test_read_records_both_layouts_and_options(tmp_path: Path) -> None:
    a = tmp_path / "a.xml"
    a.write_text(PETR_STYLE, encoding="utf-8")
    recs = read_records(a)
    assert [r.id for r in recs] == ["A-1", "A-2", "A-3"]
    assert recs[0].gold == [("FRE", "SYL", "064")] and recs[0].options == {}
    assert recs[1].noevents and recs[1].text == "Nothing happened & nobody came." and recs[1].date is not None
    assert recs[1].options == {"require_dyad": "false"}
    assert left_out(recs[2]) is not None and left_out(recs[0]) is None
    b = tmp_path / "b.xml"
    b.write_text(UD_STYLE, encoding="utf-8")
    (rec,) = read_records(b)
    assert rec.gold == [("USA", "RUS", "190")] and rec.text == "The United States fired artillery at Russia."


def test_scores_strict_and_lenient() -> None:
    gold = [("USAGOV", "RUS", "190"), ("RUS", "USA", "172")]
    ours = [("USA", "RUSMIL", "193"), ("CHN", "USA", "172")]
    s = score_record(gold, ours)
    assert (s["tp"], s["fp"], s["fn"]) == (0, 2, 2)
    assert (s["tp_l"], s["fp_l"], s["fn_l"]) == (1, 1, 1)  # USA→RUS root 19 matches leniently


def test_counted_events_take_the_promised_act_not_the_promise(coder: Coder) -> None:
    """PETRARCH codes "agreed to lift sanctions" as the lifting: a pattern's intent (0354 from
    "agree >lift") is not counted beside its counted content, as the intent rule's is not."""
    res = code(coder, "Japan has agreed to lift its sanctions on Iran.")
    assert any(e.cameo.startswith("03") for e in res.events)  # the intent is still coded
    counted = [(e.cameo, e.modality) for e in counted_events(res)]
    assert ("085", "planned") in counted and not any(c.startswith("03") for c, _ in counted)


def test_ngec_reading_and_headlines(tmp_path: Path) -> None:
    rows = [{"text": "Rebels attacked a police station.", "prompt": "Rebels Attack Police\n\n(AFP) --",
             "label": "ASSAULT", "mode": ""}]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
    z = tmp_path / "gpt_synthetic_events_test.csv.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("stories.csv", buf.getvalue())
    assert next(iter(read_stories(tmp_path)))["label"] == "ASSAULT"
    assert sentence_case("Singapore Expels Dozens of Diplomats", {"Singapore"}) == "Singapore expels dozens of diplomats"


def test_gsr_slice(coder: Coder, shared_data: Path) -> None:
    """Real news sentences with built-in dictionaries (the suite's first 40 records)."""
    data = shared_data / "universalpetrarch" / "validate_en" / "PETR2_GSR_validation.xml"
    if not data.exists():
        pytest.skip("UniversalPetrarch validation file not present")
    report = evaluate(data, limit=40, coder=coder)
    assert report.counts["records_with_errors"] == 0
    assert report.metrics["lenient_f1"] >= GSR_SLICE_F1, report.format()
    assert report.records and all("gold" in r and "ours" in r for r in report.records)


def test_ngec_slice(coder: Coder, shared_data: Path) -> None:
    data = shared_data / "ngec"
    if not any(data.glob("gpt_synthetic_events*.zip")):
        pytest.skip("NGEC synthetic stories not present")
    report = evaluate_ngec(data, limit=30, coder=coder)
    assert report.counts["stories"] == 30 and report.counts["records_with_errors"] == 0
    assert report.metrics["label_among_events_with_headline"] >= NGEC_SLICE_HIT, report.format()


GSR_SLICE_F1 = 0.42
NGEC_SLICE_HIT = 0.75
