"""Cross-outlet dedup end to end: short stories written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pandas", reason="the corpus extra (pandas) is not installed")
pytest.importorskip("datasketch", reason="the corpus extra (datasketch) is not installed")

from newsevents.corpus import refresh
from newsevents.ingest import read_text_article
from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from newsevents.store import Store

# Five outlets on one air strike (Wednesday 10 March 2021), two of them reporting it the next day.
SAME_STRIKE = [
    ("Harbor Times", "2021-03-10", "SANAA",
     "Saudi Arabia's air force bombed Houthi rebels near Sanaa on Wednesday, residents said.\n\n"
     "The raid hit a depot on the northern edge of the Yemeni capital. There was no immediate word on casualties.\n"),
    ("Evening Ledger", "2021-03-10", "RIYADH",
     "The Saudi air force bombed Houthi fighters on the outskirts of Sanaa on Wednesday, according to witnesses.\n\n"
     "A spokesman for the coalition declined to comment.\n"),
    ("Daily Courier", "2021-03-10", "SANAA",
     "Saudi warplanes bombed Houthi rebels close to Sanaa on Wednesday.\n\n"
     "Local people described several loud explosions shortly after dawn.\n"),
    ("Morning Star", "2021-03-11", "ADEN",
     "Saudi Arabia's air force struck Houthi rebels near Sanaa on Wednesday, the group's television channel said "
     "on Thursday.\n\nThe channel showed pictures of burning buildings.\n"),
    ("Coast Gazette", "2021-03-11", "DUBAI",
     "Saudi warplanes bombed Houthi rebels in the hills around Sanaa on Wednesday, Houthi media reported.\n\n"
     "Smoke was seen rising over the area for hours.\n"),
]
# The same dyad, place and kind of event a week later: another strike.
WEEK_LATER = ("Harbor Times", "2021-03-17", "SANAA",
              "Saudi Arabia's air force bombed Houthi rebels near Sanaa on Wednesday, residents said.\n\n"
              "It was the second raid on the area in a week.\n")
# A wire copy of the first story under another outlet's name, and a light rewrite of it.
COPIES = [
    ("Valley Tribune", "2021-03-10", "SANAA", SAME_STRIKE[0][3]),
    ("Plains Weekly", "2021-03-11", "SANAA",
     "Saudi Arabia's air force bombed Houthi rebels near Sanaa on Wednesday, residents told reporters.\n\n"
     "The raid hit a depot at the northern edge of the Yemeni capital. There was no word yet on casualties.\n"),
]


@pytest.fixture(scope="module")
def coded(coder: Coder) -> dict[str, ArticleResult]:
    out = {}
    for outlet, day, dateline, body in [*SAME_STRIKE, WEEK_LATER, *COPIES]:
        item = read_text_article(f"date {day} {outlet}, {dateline}\n{body}", name=f"{outlet}-{day}")
        assert item.article is not None
        out[f"{outlet} {day}"] = coder.code_article(item.article, item.errors)
    return out


def _strikes(store: Store) -> list[tuple[object, ...]]:
    return store.query(
        "SELECT id, date, num_mentions, num_sources, num_articles, num_independent, outlets FROM canonical_events "
        "WHERE source_key = 'SAU' AND target_key = 'YEM' AND root = '19' ORDER BY date"
    )


def test_five_outlets_one_strike(tmp_path: Path, coded: dict[str, ArticleResult]) -> None:
    with Store(tmp_path / "strike.duckdb") as s:
        s.write([coded[f"{o} {d}"] for o, d, _l, _b in [*SAME_STRIKE, WEEK_LATER]])
        refresh(s)
        strikes = _strikes(s)
        assert len(strikes) == 2, strikes
        first, later = strikes
        cid, day, mentions, sources, articles, independent, outlets = first
        assert str(day) == "2021-03-10"
        assert (mentions, sources, articles, independent) == (5, 5, 5, 5)
        assert outlets == sorted(o for o, *_ in SAME_STRIKE)
        assert str(later[1]) == "2021-03-17" and later[2:5] == (1, 1, 1)
        listed = s.query("SELECT outlet, article_date FROM event_mentions WHERE canonical_id = ? ORDER BY outlet", [cid])
        assert [o for o, _d in listed] == sorted(o for o, *_ in SAME_STRIKE)
        first_seen = s.query("SELECT first_seen, last_seen FROM canonical_events WHERE id = ?", [cid])[0]
        assert [str(x) for x in first_seen] == ["2021-03-10", "2021-03-11"]


def test_wire_copies_count_as_articles_not_independent_reports(tmp_path: Path, coded: dict[str, ArticleResult]) -> None:
    with Store(tmp_path / "copies.duckdb") as s:
        s.write(list(coded.values()))
        out = refresh(s)
        assert out["duplicate_clusters"] == 1
        cluster = s.query("SELECT a.outlet FROM article_clusters c JOIN articles a ON a.id = c.article_id "
                          "WHERE c.cluster_size > 1 ORDER BY a.outlet")
        assert [r[0] for r in cluster] == ["Harbor Times", "Plains Weekly", "Valley Tribune"]
        first = _strikes(s)[0]
        assert first[2:6] == (7, 7, 7, 5)  # seven outlets, but the copies add no independent report
