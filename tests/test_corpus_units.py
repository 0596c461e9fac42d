"""Corpus building blocks without the spaCy model: actor codes, grouping, near-duplicates, alerts, SQL safety."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("pandas", reason="the corpus extra (pandas) is not installed")
pytest.importorskip("datasketch", reason="the corpus extra (datasketch) is not installed")

from newsevents.corpus import queries, refresh
from newsevents.corpus.actors import actor_key, fips_code, parse_code
from newsevents.corpus.alerts import AlertParams, alerts
from newsevents.corpus.canonical import CanonicalParams, _Place, assign_mentions, compatible_places, period
from newsevents.corpus.dedup import article_signature, shingles
from newsevents.ids import content_id
from newsevents.model import (
    ActorRef,
    Article,
    ArticleResult,
    Event,
    Evidence,
    Place,
    Plover,
    TimeRef,
)
from newsevents.store import Store


# ---- actor codes ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "key"),
    [("USAGOV", "USA"), ("USA", "USA"), ("IRNMIL", "IRN"), ("IGOUNOHLH", "IGOUNO"), ("IGOEEC", "IGOEEC"),
     ("---CVL", "---CVL"), ("NGOHRI", "NGO"), ("XKXGOV", "XKX"), ("", None), (None, None)],
)
def test_actor_key(code: str | None, key: str | None) -> None:
    assert actor_key(code) == key


def test_parse_code_gives_gdelt_parts() -> None:
    p = parse_code("IGOWSTNAT")
    assert p is not None and p.country is None and p.known_group == "NAT" and p.types == ("IGO",)
    p = parse_code("IRNGOVMIL")
    assert p is not None and p.country == "IRN" and p.types == ("GOV", "MIL") and p.known_group is None
    assert fips_code("IRQ") == "IZ" and fips_code("USA") == "US"


# ---- grouping mentions ----------------------------------------------------------------------------
def _place(rank: int, lat: float = 0.0, lon: float = 0.0, country: str | None = "IRQ", name: str | None = None) -> _Place:
    return _Place(rank, lat, lon, country, name)


BAGHDAD = _place(3, 33.34, 44.40, name="Baghdad")
AIRPORT = _place(3, 33.26, 44.23, name="Baghdad International Airport")
BASRA = _place(3, 30.51, 47.78, name="Basra")
IRAQ = _place(1, 33.0, 43.9, name="Iraq")


def test_places_nearby() -> None:
    p = CanonicalParams().radius_km
    assert compatible_places(BAGHDAD, AIRPORT, p)
    assert not compatible_places(BAGHDAD, BASRA, p)
    assert compatible_places(IRAQ, BASRA, p)
    assert not compatible_places(_place(1, country="IRN"), BASRA, p)
    assert compatible_places(_place(0), BASRA, p)


def test_mentions_group_within_a_day_and_nearby() -> None:
    groups = [1, 1, 1, 1, 1, 2]
    days = [100, 100, 101, 102, 101, 100]
    places = [BAGHDAD, AIRPORT, IRAQ, BAGHDAD, BASRA, BAGHDAD]
    anchors = assign_mentions(groups, days, places, CanonicalParams())
    # airport (18 km) and a next-day "Iraq" join Baghdad; two days later is a new event; Basra is another
    # place; another dyad never joins.
    assert anchors == [0, 0, 0, 3, 4, 5]


def test_refined_place_stops_chaining() -> None:
    anchors = assign_mentions([1, 1, 1], [10, 10, 10], [IRAQ, BAGHDAD, BASRA], CanonicalParams())
    assert anchors == [0, 0, 2]  # "Iraq" became Baghdad once Baghdad joined, so Basra is not the same event


def test_undated_mentions_stand_alone() -> None:
    assert assign_mentions([1, 1], [None, None], [BAGHDAD, BAGHDAD], CanonicalParams()) == [0, 1]


def _day(iso: str) -> int:
    return (dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days


def test_periods_are_calendar_weeks_and_months() -> None:
    tuesday = _day("2019-12-31")
    assert period(tuesday, "week") == (_day("2019-12-30"), _day("2020-01-05"))
    assert period(tuesday, "month") == (_day("2019-12-01"), _day("2019-12-31"))
    assert period(_day("2020-02-10"), "month") == (_day("2020-02-01"), _day("2020-02-29"))
    assert period(tuesday, "day") is None and period(tuesday, "year") is None


def test_week_dated_mention_joins_the_day_dated_event_of_its_week() -> None:
    # "killed by a US strike last week" (resolved to Tuesday) is the strike two outlets dated Friday;
    # a week-dated mention whose week holds no dated strike, and one at another place, stand apart
    days = [_day("2019-12-31"), _day("2020-01-03"), _day("2020-01-03"), _day("2020-01-08"), _day("2019-12-31")]
    places = [BAGHDAD, AIRPORT, BAGHDAD, BAGHDAD, BASRA]
    periods = [period(days[0], "week"), None, None, period(days[3], "week"), period(days[4], "week")]
    anchors = assign_mentions([1] * 5, days, places, CanonicalParams(), periods)
    assert anchors == [1, 1, 1, 3, 4]
    # without the period the Tuesday mention would open an event of its own
    assert assign_mentions([1] * 5, days, places, CanonicalParams())[0] == 0


# ---- near-duplicates ------------------------------------------------------------------------------
STORY = (
    "Rescue teams pulled survivors from the rubble of a collapsed apartment block in the port city on Monday, "
    "officials said, as the number of dead rose to twelve. The building, which housed forty families, gave way "
    "shortly before dawn after days of heavy rain. The mayor ordered inspections of older buildings nearby and "
    "promised compensation for those who lost their homes."
)
REWRITE = STORY.replace("on Monday, officials said", "on Monday, local officials told reporters").replace(
    "promised compensation", "pledged compensation"
)
OTHER = (
    "Finance ministers from the region met in the capital on Monday to discuss a common approach to rising food "
    "prices, agreeing to share data on grain stocks and to consult before imposing export bans."
)


def test_shingles_and_signatures() -> None:
    assert shingles("A b c") == [b"a b c"]
    assert len(shingles("one two three four")) == 2
    assert article_signature("") is None
    assert article_signature(STORY) == article_signature(STORY)


def _article(aid: str, outlet: str, day: dt.date, text: str) -> ArticleResult:
    return ArticleResult(article=Article(id=aid, date=day, outlet=outlet, dateline=None, text=text))


def _event(eid: str, day: dt.date, src: str, tgt: str, lat: float, lon: float, *, cameo: str = "190",
           goldstein: float = -10.0, quad: int = 4) -> Event:
    return Event(
        id=eid, cameo=cameo, cameo_name="Use conventional military force", goldstein=goldstein, quad_class=quad,
        root=cameo[:2], plover=Plover("ASSAULT"), source=ActorRef(src, src), target=ActorRef(tgt, tgt), date=day,
        place=Place("Somewhere", lat, lon, "IRQ", "city"), negated=False, modality="asserted",
        evidence=Evidence(0, 0, 10, "something happened", "test"),
    )


def _dump(db: Path, tables: tuple[str, ...]) -> dict[str, list[tuple[object, ...]]]:
    with Store(db, read_only=True) as s:
        return {t: sorted(s.query(f"SELECT * FROM {t}"), key=repr) for t in tables}


CORPUS_TABLES = ("article_minhash", "article_links", "article_clusters", "event_mentions", "canonical_events",
                 "dyad_day", "country_day", "corpus_day", "corpus_meta")


def test_wire_copies_and_rewrites_are_linked(tmp_path: Path) -> None:
    day = dt.date(2021, 5, 3)
    with Store(tmp_path / "n.duckdb") as s:
        s.write([_article("a1", "Wire", day, STORY), _article("a2", "Paper", day, STORY),
                 _article("a3", "Gazette", day + dt.timedelta(days=1), REWRITE), _article("a4", "Herald", day, OTHER)])
        out = refresh(s)
        assert out["duplicate_clusters"] == 1
        clusters = dict(s.query("SELECT article_id, cluster_id FROM article_clusters"))
        assert clusters == {"a1": "a1", "a2": "a1", "a3": "a1", "a4": "a4"}
        sims = {(a, b): sim for a, b, sim, _m in s.query("SELECT * FROM article_links")}
        assert sims[("a2", "a1")] == 1.0 and 0.4 <= sims[("a3", "a1")] < 1.0


# ---- refresh is a function of the stored rows ------------------------------------------------------
def _conflict_corpus() -> list[ArticleResult]:
    base = dt.date(2021, 1, 1)
    results = []
    for k in range(30):  # a quiet month: one complaint every few days
        day = base + dt.timedelta(days=k)
        evs = (_event(f"ev{k}", day, "USAGOV", "IRNGOV", 33.3, 44.4, cameo="112", goldstein=-2.0, quad=3),) if k % 5 == 0 else ()
        results.append(ArticleResult(article=Article(id=f"a{k:02d}", date=day, outlet=f"O{k % 3}", dateline=None,
                                                     text=f"story {k} " + OTHER[: 40 + k]), events=evs))
    strike = base + dt.timedelta(days=30)
    results.append(ArticleResult(article=Article(id="a30", date=strike, outlet="O1", dateline=None, text="strike one"),
                                 events=(_event("evS1", strike, "USA", "IRNMIL", 33.26, 44.23),)))
    results.append(ArticleResult(article=Article(id="a31", date=strike, outlet="O2", dateline=None, text="strike two"),
                                 events=(_event("evS2", strike, "USAMIL", "IRN", 33.34, 44.40),)))
    return results


def test_refresh_is_deterministic_and_incremental(tmp_path: Path) -> None:
    corpus = _conflict_corpus()
    with Store(tmp_path / "once.duckdb") as s:
        s.write(corpus)
        refresh(s)
        refresh(s)
    with Store(tmp_path / "steps.duckdb") as s:
        s.write(list(reversed(corpus[10:])))
        refresh(s)
        s.write(corpus[:10])
        refresh(s)
    assert _dump(tmp_path / "once.duckdb", CORPUS_TABLES) == _dump(tmp_path / "steps.duckdb", CORPUS_TABLES)


def test_stored_week_dated_mention_counts_as_a_mention_of_the_strike(tmp_path: Path) -> None:
    strike = dt.date(2021, 1, 31)  # a Sunday
    later = dt.date(2021, 2, 2)
    week = TimeRef("last week", 0, 9, dt.date(2021, 1, 26), "week", later, "dates:last-week")
    recalled = dataclasses.replace(_event("evW", week.date, "USA", "IRNMIL", 33.3, 44.4), time=week)
    corpus = [*_conflict_corpus(), ArticleResult(
        article=Article(id="a32", date=later, outlet="O3", dateline=None, text="a funeral"), events=(recalled,))]
    with Store(tmp_path / "w.duckdb") as s:
        s.write(corpus)
        refresh(s)
        rows = s.query("SELECT id, date, num_mentions, num_sources FROM canonical_events WHERE root = '19'")
        assert rows == [(content_id("ce", "evS1"), strike, 3, 3)]
        assert s.query("SELECT date FROM event_mentions WHERE event_id = 'evW'") == [(dt.date(2021, 1, 26),)]


def test_canonical_ids_are_content_hashes_of_the_earliest_mention(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as s:
        s.write(_conflict_corpus())
        refresh(s)
        rows = s.query("SELECT id, anchor_event_id, num_mentions, num_sources FROM canonical_events WHERE root = '19'")
    assert rows == [(content_id("ce", "evS1"), "evS1", 2, 2)]


def test_assault_fight_and_mass_violence_of_one_dyad_are_one_incident(tmp_path: Path) -> None:
    """18, 19 and 20 are one family: one strike coded 186, 190 and 195 by three reports is one event,
    coded by the most specific, then most severe mention; a threat that day stays its own event."""
    day = dt.date(2021, 1, 31)
    reports = [("a1", "evK", "186", -10.0, day), ("a2", "evF", "190", -10.0, day),
               ("a3", "evA", "195", -10.0, day + dt.timedelta(days=1)), ("a4", "evT", "138", -7.0, day)]
    corpus = [ArticleResult(article=Article(id=aid, date=d, outlet=f"O{aid}", dateline=None, text=f"report {aid}"),
                            events=(_event(eid, day, "USA", "IRNMIL", 33.3, 44.4, cameo=code, goldstein=g),))
              for aid, eid, code, g, d in reports]
    for name, order in (("fwd", corpus), ("rev", list(reversed(corpus)))):
        with Store(tmp_path / f"{name}.duckdb") as s:
            s.write(order)
            refresh(s)
            rows = s.query("SELECT id, anchor_event_id, cameo, root, num_mentions FROM canonical_events ORDER BY root")
            assert rows == [(content_id("ce", "evT"), "evT", "138", "13", 1), (content_id("ce", "evF"), "evF", "195", "19", 3)]
            mentions = dict(s.query("SELECT event_id, cameo FROM event_mentions WHERE root <> '13'"))
            assert mentions == {"evK": "186", "evF": "190", "evA": "195"}
    assert _dump(tmp_path / "fwd.duckdb", CORPUS_TABLES) == _dump(tmp_path / "rev.duckdb", CORPUS_TABLES)


def test_alerts_fire_on_the_strike_with_evidence(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as s:
        s.write(_conflict_corpus())
        refresh(s)
        found = alerts(s.con, level="dyad", source="USA", target="IRN")
        by_method = {r.method: r for r in found.itertuples()}
        assert {"robust_z", "highest", "cusum"} <= set(by_method)
        z = by_method["robust_z"]
        assert z.date == dt.date(2021, 1, 31) and z.value == 10.0 and z.baseline == 0.0
        assert z.event_ids == [content_id("ce", "evS1")] and z.outlets == ["O1", "O2"]
        assert z.evidence[0]["mentions"] == 2
        # the complaints alone never alert: the baseline is made of them
        assert not len(alerts(s.con, source="USA", target="IRN", end=dt.date(2021, 1, 30), methods=["robust_z"]))
        # a strict threshold silences robust z; highest-in-N still fires
        strict = alerts(s.con, source="USA", target="IRN", params=AlertParams(z_threshold=50.0), methods=["robust_z", "highest"])
        assert list(strict["method"]) == ["highest"]


def test_series_shares_and_weeks(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        s.write(_conflict_corpus())
        refresh(s)
        day = queries.series(s.con, source="USA", target="IRN", start=dt.date(2021, 1, 1), end=dt.date(2021, 1, 31))
        assert len(day) == 31 and day["events"].sum() == 7 and day.iloc[-1]["share"] == 1.0
        assert day.iloc[-1]["goldstein_sum"] == -10.0 and day.iloc[-1]["conflict"] == 10.0
        week = queries.series(s.con, source="USA", target="IRN", freq="week")
        assert week["events"].sum() == 7 and all(p.weekday() == 0 for p in week["period"])
        month = queries.series(s.con, level="country", country="IRQ", freq="month")
        assert list(month["events"]) == [7]  # every event happened in Iraq


def test_queries_bind_user_values(tmp_path: Path) -> None:
    with Store(tmp_path / "q.duckdb") as s:
        s.write(_conflict_corpus())
        refresh(s)
        hostile = "USA' OR 1=1 --"
        assert len(queries.canonical_events(s.con, source=hostile)) == 0
        assert len(queries.series(s.con, source=hostile, target=hostile, fill=False)) == 0
        assert len(queries.canonical_events(s.con, source="USA")) == 7  # six complaints, one strike
        with pytest.raises(ValueError):
            queries.series(s.con, freq="hour")  # type: ignore[arg-type]


def test_every_corpus_command_has_help_and_docs() -> None:
    from newsevents.cli import build_parser

    docs = (Path(__file__).resolve().parents[1] / "docs" / "corpus.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in ("events", "dyads", "alerts", "export", "stats", "plot", "refresh"):
        parser = sub.choices[name]  # type: ignore[attr-defined]
        assert parser.description and "--db" in parser.format_help()
        assert f"newsevents {name}" in docs, name


def test_plover_schema_rejects_modes_of_other_types() -> None:
    import jsonschema

    from newsevents.corpus.plover import plover_schema

    ok = {"id": "x", "date": "2020-01-03", "actor": [{"code": "USA", "sector": "MIL"}], "event": ["ASSAULT"],
          "mode": ["drone"], "quad_code": 4}
    jsonschema.validate(ok, plover_schema())
    for bad in ({**ok, "mode": ["visit"]}, {**ok, "actor": [{"code": "XXX"}]}, {**ok, "quad_code": 5},
                {**ok, "date": "03/01/2020"}, {k: v for k, v in ok.items() if k != "actor"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, plover_schema())
