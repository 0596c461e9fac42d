"""Ingest: header parser, text/JSONL/HTML readers, directories, bad input → error records."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsevents.ingest import iter_articles, parse_header, read_text_article


def test_header_seed_style() -> None:
    h = parse_header(" date 2020-01-04 AFP, BAGHDAD")
    assert h is not None
    assert (h.date, h.outlet, h.dateline, h.problem) == (date(2020, 1, 4), "AFP", "BAGHDAD", None)


def test_header_impossible_date_is_reported() -> None:
    h = parse_header("date 2020-02-30 Wire Service, TEHRAN")
    assert h is not None and h.date is None and h.problem is not None and "real day" in h.problem


def test_not_a_header() -> None:
    assert parse_header("Iran threatened to avenge the strike.") is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       st.text(alphabet=st.characters(blacklist_characters=",\n\r", blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=30).filter(lambda s: s.strip() != ""),
       st.text(alphabet=st.characters(blacklist_characters="\n\r", blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=30).filter(lambda s: s.strip() != ""))
def test_header_roundtrip(day: date, outlet: str, dateline: str) -> None:
    h = parse_header(f"date {day.isoformat()} {outlet.strip()}, {dateline.strip()}")
    assert h is not None
    assert h.date == day
    assert h.outlet == outlet.strip().split(",")[0].strip() or h.outlet is None


@given(st.text(max_size=300))
def test_text_reader_never_raises(text: str) -> None:
    item = read_text_article(text, name="fuzz")
    assert item.article is not None or item.errors


def test_body_offsets_are_after_header() -> None:
    item = read_text_article("date 2020-01-04 AFP, BAGHDAD\n\nIran protested.\n")
    assert item.article is not None
    assert item.article.text == "\nIran protested.\n"
    assert item.article.date == date(2020, 1, 4)


def test_plain_text_uses_default_date(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Iran protested.", encoding="utf-8")
    [item] = list(iter_articles([str(p)], default_date=date(2021, 5, 1)))
    assert item.article is not None and item.article.date == date(2021, 5, 1) and item.article.outlet is None
    [item] = list(iter_articles([str(p)]))
    assert item.article is not None and item.article.date is None


def test_jsonl_with_broken_line(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    good = {"id": "x1", "date": "2020-01-03", "outlet": "Wire", "title": "T", "text": "Iran protested.", "url": "u"}
    p.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": None}) + "\n", encoding="utf-8")
    items = list(iter_articles([str(p)]))
    assert len(items) == 3
    assert items[0].article is not None and items[0].article.id == "x1"
    assert items[1].article is None and items[1].errors[0].kind == "bad_json" and items[1].errors[0].line == 2
    assert items[2].article is not None and items[2].article.id.startswith("a")  # content hash when no id


def test_ids_are_stable(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("date 2020-01-04 AFP, BAGHDAD\nIran protested.", encoding="utf-8")
    a = [i.article.id for i in iter_articles([str(p)]) if i.article]
    b = [i.article.id for i in iter_articles([str(p)]) if i.article]
    assert a == b and len(a) == 1


def test_directory_glob_and_missing(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Iran protested.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Iraq protested.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    items = list(iter_articles([str(tmp_path)]))
    assert [Path(i.origin).name for i in items] == ["a.txt", "b.txt"]
    items = list(iter_articles([str(tmp_path / "*.txt")]))
    assert len(items) == 1
    [missing] = list(iter_articles([str(tmp_path / "nope.txt")]))
    assert missing.article is None and missing.errors[0].kind == "not_found"


def test_bad_files_become_error_records(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 owners protested in Paris.".encode("latin-1"))
    (tmp_path / "crlf.txt").write_bytes(b"date 2020-01-04 AFP, BAGHDAD\r\n\r\nIran protested.\r\n")
    items = {Path(i.origin).name: i for i in iter_articles([str(tmp_path)])}
    assert items["empty.txt"].article is None and items["empty.txt"].errors[0].kind == "empty"
    assert items["bin.txt"].article is None and items["bin.txt"].errors[0].kind == "binary"
    latin = items["latin.txt"]
    assert latin.article is not None and "Café" in latin.article.text and latin.errors[0].severity == "warning"
    crlf = items["crlf.txt"]
    assert crlf.article is not None and "\r" not in crlf.article.text and crlf.article.date == date(2020, 1, 4)


def test_html_page(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Protest in Tehran</title>"
        '<meta property="article:published_time" content="2020-01-11"></head><body><article>'
        "<h1>Protest in Tehran</h1><p>Thousands of students protested in Tehran on Saturday after the "
        "government admitted that its forces had shot down the airliner.</p>"
        "<p>Police fired tear gas at the crowd near Amir Kabir University, witnesses said.</p>"
        "</article></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    [item] = list(iter_articles([str(p)]))
    assert item.article is not None
    assert item.article.title == "Protest in Tehran"
    assert item.article.date == date(2020, 1, 11)
    assert "tear gas" in item.article.text


def test_non_english_is_recorded_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(
        "Der Iran drohte am Samstag mit Vergeltung für den Angriff auf den Kommandeur, der in der Nacht "
        "getötet wurde, und die Regierung sagte, dass sie nicht schweigen werde.", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Иран пригрозил отомстить за удар по аэропорту в Багдаде.", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Iran threatened on Saturday to avenge the strike that killed the commander.", encoding="utf-8")
    items = {Path(i.origin).name: i for i in iter_articles([str(tmp_path)])}
    assert items["de.txt"].article is None and items["de.txt"].errors[0].kind == "not_english"
    assert items["ru.txt"].article is None and items["ru.txt"].errors[0].kind == "not_english"
    assert items["en.txt"].article is not None


def test_jsonl_lines_that_crashed_the_reader_become_error_records(tmp_path: Path) -> None:
    """Issue #8 (malformed-input fuzzing): valid JSON the parser still refuses, and lone surrogates,
    once raised out of the reader (RecursionError, ValueError, UnicodeEncodeError) and ended the batch."""
    lines = [
        "[" * 100_000,                                            # nested deeper than the parser's stack
        '{"text": "Iran protested.", "n": ' + "9" * 5000 + "}",   # an integer past Python's digit limit
        '{"text": "Iraq \\ud800 protested in Baghdad.", "title": "\\udfff"}',  # lone surrogate escapes
        '{"text": "Iran protested in Tehran."}',                  # the batch goes on after them
    ]
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([str(path)]))
    assert len(items) == 4
    deep, digits, surrogate, fine = items
    for item, reason in ((deep, "nested too deeply"), (digits, "digits")):
        assert item.article is None and len(item.errors) == 1
        err = item.errors[0]
        assert (err.kind, err.file, err.line) == ("bad_json", str(path), items.index(item) + 1) and reason in err.message
    assert surrogate.article is not None and surrogate.article.text == "Iraq \ufffd protested in Baghdad."
    assert surrogate.article.title == "\ufffd"
    surrogate.article.text.encode("utf-8")  # hashable, storable and printable now
    assert [(e.kind, e.severity, e.line) for e in surrogate.errors] == [("encoding", "warning", 3)]
    assert fine.article is not None and fine.errors == ()
