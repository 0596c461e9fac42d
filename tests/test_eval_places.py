"""`newsevents evaluate places` on a few articles of GeoWebNews and LGL (skipped without ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluate.places import evaluate, read_corpus


@pytest.fixture(scope="module")
def corpora(shared_data: Path) -> Path:
    folder = shared_data / "geoparsing-corpora"
    if not (folder / "GWN.xml").is_file() or not (folder / "lgl.xml").is_file():
        pytest.skip("geoparsing corpora are not present")
    return folder


def test_read_both_formats(corpora: Path) -> None:
    gwn = read_corpus(corpora / "GWN.xml")
    lgl = read_corpus(corpora / "lgl.xml")
    assert len(gwn) == 200 and len(lgl) == 588
    for doc in (gwn[0], lgl[0]):
        assert doc.toponyms and doc.outlet
        for t in doc.toponyms:
            assert t.start < 0 or doc.text[t.start : t.end] == t.text
            assert -90 <= t.lat <= 90 and -180 <= t.lon <= 180


def test_evaluate_subset(corpora: Path) -> None:
    report = evaluate(corpora, limit=8)
    m = report.metrics
    for corpus in ("GWN", "lgl", "all"):
        for key in ("accuracy_161km", "naive_accuracy_161km", "coverage", "outlet_accuracy_161km",
                    "e2e_detection_precision", "e2e_detection_recall", "e2e_accuracy_161km"):
            assert 0.0 <= m[f"{corpus}.{key}"] <= 1.0, (corpus, key)
    assert report.counts["GWN.documents"] == 8 and report.counts["lgl.documents"] == 8
    assert m["all.accuracy_161km"] > m["all.naive_accuracy_161km"]
    assert m["all.accuracy_161km"] >= 0.7
    assert report.records and all("km" in r for r in report.records)
    assert all(e["km"] is None or e["km"] > 161 for e in report.examples)
    assert "accuracy_161km" in report.format()


def test_evaluate_one_file(corpora: Path) -> None:
    report = evaluate(corpora / "lgl.xml", limit=3, end_to_end=False)
    assert report.counts["lgl.documents"] == 3
    assert not any(k.startswith("all.") for k in report.metrics)


def test_read_geovirus_and_trnews_formats(tmp_path: Path) -> None:
    """The two held-out formats, on two made-up articles."""
    gv = tmp_path / "GeoVirus.xml"
    gv.write_text(
        "<articles><article><source>https://example.org/a</source><text>Cases rose in Lyon and Paris.</text>"
        "<locations><location><name>Lyon</name><start>14</start><end>18</end><lat>45.75</lat><lon>4.85</lon>"
        "<page>x</page></location><location><name>Paris</name><start>23</start><end>28</end><lat>48.85</lat>"
        "<lon>2.35</lon><page>y</page></location></locations></article></articles>", encoding="utf-8")
    tr = tmp_path / "TR-News.xml"
    tr.write_text(
        "<articles><article docid='7'><title>t</title><url>http://news.example.com/x</url><domain>example.com"
        "</domain><text>Flooding in Dallas, Texas.</text><toponyms><toponym><start>12</start><end>18</end>"
        "<phrase>Dallas</phrase><gaztag geonameid='1'><name>Dallas</name><fclass>P</fclass><fcode>PPL</fcode>"
        "<lat>32.78</lat><lon>-96.81</lon></gaztag></toponym></toponyms></article></articles>", encoding="utf-8")
    (doc,) = read_corpus(gv)
    assert [t.text for t in doc.toponyms] == ["Lyon", "Paris"] and doc.outlet == "example.org"
    (doc,) = read_corpus(tr)
    assert doc.toponyms[0].text == "Dallas" and doc.toponyms[0].kind == "PPL" and doc.outlet == "example.com"
    report = evaluate(tmp_path, end_to_end=False)
    assert report.metrics["GeoVirus.accuracy_161km"] == 1.0
    assert report.metrics["TR-News.accuracy_161km"] == 1.0
