"""The founding article: what a user feeding it to newsevents must get."""

from __future__ import annotations

import math
from datetime import date

import pytest

from newsevents.model import ArticleResult, Event

BGW = (33.2625, 44.2346)  # Baghdad International Airport


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def find(result: ArticleResult, *, root: set[str], source: str | None = None, target: str | None = None) -> list[Event]:
    out = []
    for e in result.events:
        if e.root not in root:
            continue
        if source is not None and not (e.source and e.source.code.startswith(source)):
            continue
        if target is not None and not (e.target and e.target.code.startswith(target)):
            continue
        out.append(e)
    return out


def test_no_errors(seed_result: ArticleResult) -> None:
    assert seed_result.errors == ()
    assert seed_result.article.date == date(2020, 1, 4)
    assert (seed_result.article.outlet, seed_result.article.dateline) == ("AFP", "BAGHDAD")


def test_the_strike(seed_result: ArticleResult) -> None:
    strikes = find(seed_result, root={"18", "19"}, source="USA", target="IRNMIL")
    assert strikes, "the US strike on the Iranian commander must be coded"
    first = strikes[0]
    assert first.date == date(2020, 1, 3)  # "yesterday" in a story dated 2020-01-04
    assert first.place is not None and km((first.place.lat, first.place.lon), BGW) < 25
    assert first.fatalities == 9
    assert first.goldstein == -10 and first.quad_class == 4
    assert first.plover is not None and first.plover.type == "ASSAULT"
    assert first.evidence.sentence == 0


def test_evidence_offsets_slice_the_body(seed_result: ArticleResult) -> None:
    body = seed_result.article.text
    for e in (*seed_result.events, *seed_result.unrealized_events):
        assert body[e.evidence.start : e.evidence.end] == e.evidence.text
        assert e.evidence.trigger is not None
        t = e.evidence.trigger
        assert body[t.start : t.end] == t.text
        for actor in (e.source, e.target):
            if actor is not None and actor.start is not None and actor.end is not None:
                assert body[actor.start : actor.end] == actor.text
    for q in seed_result.quotes:
        assert body[q.start : q.end] == q.text
    for t in seed_result.times:
        assert body[t.start : t.end] == t.text
    for ent in seed_result.entities:
        for m in ent.mentions:
            assert body[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("what", "root", "source", "target"),
    [
        ("Iran's threat", {"13"}, "IRN", None),
        ("Khamenei's threat", {"13"}, "IRNGOV", None),
        ("Zarif's condemnation of the US", {"11"}, "IRNGOV", "USA"),
        ("the Iraqi prime minister's condemnation", {"11"}, "IRQGOV", "USA"),
        ("the Pentagon's accusation", {"11"}, "USAMIL", "IRN"),
        ("the US sanctions", {"16"}, "USA", None),
    ],
)
def test_required_events(seed_result: ArticleResult, what: str, root: set[str], source: str, target: str | None) -> None:
    assert find(seed_result, root=root, source=source, target=target), what


def test_tehran_protest(seed_result: ArticleResult) -> None:
    protests = find(seed_result, root={"14"}, source="IRN")
    assert protests
    p = protests[0]
    assert p.place is not None and p.place.name == "Tehran"
    assert p.crowd_size is not None and p.crowd_size >= 10000


def test_no_nonsense(seed_result: ArticleResult) -> None:
    codes = {e.source.code for e in seed_result.events if e.source} | {e.target.code for e in seed_result.events if e.target}
    # Soleimani is a person (IRNMIL), never a country
    for ent in seed_result.entities:
        if "Soleimani" in ent.name:
            assert ent.type == "PERSON" and ent.code == "IRNMIL"
        if ent.name in {"Popular Mobilization Forces", "Hashed al-Shaabi"}:
            assert ent.type == "ORG"
    assert "SOL" not in {c[:3] for c in codes}
    body = seed_result.article.text
    for e in seed_result.events:
        trig = e.evidence.trigger
        assert trig is not None
        assert body[trig.start : trig.end] != "specify"  # "did not specify" is no event
    assert all(not e.negated and e.modality == "asserted" for e in seed_result.events)


def test_unrealized_are_kept_apart(seed_result: ArticleResult) -> None:
    # "plans to attack American diplomats" is planned, not done
    planned = [e for e in seed_result.unrealized_events if e.modality == "planned"]
    assert planned and all(e.root == "19" for e in planned)


def test_every_mention_of_the_strike_is_on_its_day(seed_result: ArticleResult) -> None:
    """"Soleimani's killing", "martyred in an attack by America", "by killing Qasem Soleimani", "criticized the US
    strike": the strike of yesterday named again, not a second strike on the day the story was written."""
    strikes = find(seed_result, root={"18", "19"}, source="USA")
    assert len(strikes) >= 4, strikes
    assert all(e.date == date(2020, 1, 3) for e in strikes), [(e.evidence.trigger, e.date) for e in strikes]
    assert all(e.place is not None and km((e.place.lat, e.place.lon), BGW) < 25 for e in strikes)
