"""Event coverage, on sentences written for these tests: a verb that only performs its
object takes the code the object's modifier gives it (joint exercises are military cooperation, a
hunger strike is one), "war games" are military exercises, not sport, and a body only the text
names keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def code(coder: Coder, text: str) -> ArticleResult:
    return coder.code_text(text, day=DAY)


def _events(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [(s or "", t or "", c) for s, t, c in triples(code(coder, text))]


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("The Nepalese army conducted joint military exercises with the Indian navy on Tuesday.", "NPLMIL", "062"),
    ("Iran and Russia held joint naval exercises in the Gulf of Oman.", "IRN", "062"),
    ("Peru and Chile staged joint naval drills off the coast on Friday.", "PER", "062"),
    # the parser hangs "joint" on the compound "maritime": it still makes the exercises joint
    ("The Chinese navy conducted joint maritime exercises with the Russian navy on Tuesday.", "CHNMIL", "062"),
    ("Twelve Egyptian prisoners staged a hunger strike on Monday.", "EGY", "142"),
])
def test_performing_verb_takes_the_modified_noun(coder: Coder, text: str, source: str, cameo: str) -> None:
    got = _events(coder, text)
    assert any(s.startswith(source) and c == cameo for s, _, c in got), got


@pytest.mark.parametrize("text", [
    "North Korea staged large artillery drills near the border on Monday.",
    "The Chinese navy held exercises in the South China Sea.",
])
def test_plain_exercises_stay_a_show_of_force(coder: Coder, text: str) -> None:
    got = _events(coder, text)
    assert any(c == "150" for _, _, c in got) and not any(c == "062" for _, _, c in got), got


def test_war_games_are_no_sport(coder: Coder) -> None:
    got = _events(coder, "The Kenyan and Ugandan armies cooperated closely, conducting war games near Lake Victoria.")
    assert any(s.startswith("KEN") and c == "060" for s, _, c in got), got
    assert any(c == "150" for _, _, c in got), got


def test_a_football_game_is_still_sport(coder: Coder) -> None:
    assert _events(coder, "Kenya's president praised the Ugandan team after the football game in Kampala.") == []


def _named(coder: Coder, text: str) -> list[tuple[str, str]]:
    """(source words, CAMEO code) of the events whose source has no code."""
    return [(e.source.text, e.cameo) for e in code(coder, text).events
            if e.source is not None and not e.source.code]


@pytest.mark.parametrize(("text", "words", "cameo"), [
    ("The Hartford Board of Supervisors rejected the zoning proposal on Friday.", "Board", "120"),
    ("The Green Valley Party organized a peaceful demonstration in the town on Sunday.", "Party", "141"),
    ("The Eastfield Workers Federation agreed to end the strike on Monday.", "Federation", "0352"),
])
def test_a_named_body_the_dictionaries_miss_keeps_its_event(coder: Coder, text: str, words: str,
                                                          cameo: str) -> None:
    got = _named(coder, text)
    assert any(words in w and c == cameo for w, c in got), got


@pytest.mark.parametrize("text", [
    # a bare verb said of an unknown body is as often business or campaign talk
    "The Green Valley Party supported the new budget.",
    "The Riverside Fund invested heavily in the town.",
    # force needs an actor the dictionaries know
    "The Green Valley Party attacked the Riverside Fund on Monday.",
])
def test_no_event_for_a_name_alone_when_the_act_is_vague_or_force(coder: Coder, text: str) -> None:
    assert _named(coder, text) == [], _named(coder, text)


@pytest.mark.parametrize(("text", "source", "target", "cameo", "place"), [
    # force and coercion nobody is named for: suffered in the place's country
    ("Heavy fighting broke out in Aleppo on Sunday.", "", "SYR", "190", "Aleppo"),
    ("An attack on a market in Baghdad killed five.", "", "IRQ", "190", "Baghdad"),
    # a protest nobody is named for: the people of the place's country (ICEWS's "Protester (France)"),
    # not the French state, whose protests are diplomatic
    ("Thousands protested in Paris on Monday.", "FRACVL", "", "141", "Paris"),
])
def test_the_place_gives_the_country_of_an_event_with_no_named_doer(
        coder: Coder, text: str, source: str, target: str, cameo: str, place: str) -> None:
    res = code(coder, text)
    got = [e for e in res.events if e.cameo == cameo]
    assert got, [(e.cameo, e.source, e.target) for e in res.events]
    e = got[0]
    assert ((e.source.code if e.source else ""), (e.target.code if e.target else "")) == (source, target)
    assert "+place-context" in ((e.source or e.target).rule if (e.source or e.target) else "")
    assert e.place is not None and e.place.name == place  # the place that gave the country stays the place


def test_a_protest_whose_place_gives_its_country_keeps_the_place(coder: Coder) -> None:
    res = code(coder, "Protests erupted in Paris on Monday.")
    assert [(e.cameo, e.source.code if e.source else "", e.place.name if e.place else None)
            for e in res.events] == [("141", "FRACVL", "Paris")]
    across = code(coder, "Protests spread across Chile on Tuesday over the fare rise.")
    assert [(e.cameo, e.source.code if e.source else "") for e in across.events] == [("141", "CHLCVL")]


@pytest.mark.parametrize("text", [
    "He lost the fight in Las Vegas on Saturday.",
    "The film about the attack opened in Paris on Friday.",
    "Fighting broke out on Sunday.",
])
def test_no_country_from_a_place_for_what_is_no_event_or_has_no_place(coder: Coder, text: str) -> None:
    assert not [e for e in code(coder, text).events if e.cameo[:2] in {"18", "19", "20"}], text


def test_a_capital_gives_its_country_not_its_government_to_a_protest_with_no_named_doer(coder: Coder) -> None:
    res = code(coder, "Thousands protested in the streets of Nairobi on Tuesday.")
    assert [(e.cameo, e.source.code if e.source else "") for e in res.events] == [("141", "KENCVL")]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    ("Demonstrations took place in several Chilean cities on Friday.", "CHLCVL", "", "141"),
    ("Fighting raged in two Libyan towns overnight.", "", "LBY", "190"),
])
def test_a_nationality_on_a_place_noun_gives_the_country(coder: Coder, text: str, source: str, target: str,
                                                         cameo: str) -> None:
    """"In several Chilean cities": whose cities the adjective says, as a named place would."""
    got = [((e.source.code if e.source else ""), (e.target.code if e.target else "")) for e in code(coder, text).events
           if e.cameo == cameo]
    assert got == [(source, target)], got


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("The Malian army ordered troops to the northern border on Sunday.", "MLIMIL", "154"),
    ("The Belarusian president ordered police to the central prison on Sunday.", "BLRGOV", "153"),
])
def test_ordering_forces_to_a_place_deploys_them(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert any(s == source and c == cameo for s, _t, c in _events(coder, text)), _events(coder, text)


def test_ordering_troops_to_act_is_no_deployment(coder: Coder) -> None:
    """Without a place the order is for the act it names, not a deployment."""
    got = _events(coder, "The Kenyan president ordered troops to fire on the protesters.")
    assert not any(c[:2] == "15" for _s, _t, c in got), got


def test_troops_blocking_a_town_blockade_it(coder: Coder) -> None:
    got = _events(coder, "A Norwegian military force is blocking a town in southern Chile.")
    assert ("NORMIL", "CHL", "191") in got, got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The new rulers of Niger ordered French soldiers to leave the country within a month.", "NER", "FRA"),
    ("Baghdad's parliament ordered American troops to depart.", "IRQ", "USA"),
    ("The Malian junta told the Danish special forces to quit the country at once.", "MLI", "DNK"),
])
def test_foreign_forces_ordered_to_leave_are_expelled(coder: Coder, text: str, source: str, target: str) -> None:
    got = _events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c == "166" for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "The colonel ordered his soldiers to leave the barracks before dawn.",
    "Police told residents to leave the valley ahead of the flood.",
    "The Turkish commander ordered Turkish troops to leave the village.",
    "The leadership of the movement ordered the Iraqi fighters to leave the highway.",
])
def test_ones_own_people_told_to_leave_are_no_expulsion(coder: Coder, text: str) -> None:
    got = _events(coder, text)
    assert not any(c.startswith("166") for _, _, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Tokyo imposed an asset freeze on four Belarusian ministers.", "JPN", "BLR"),
    ("The United States announced export controls against Chinese chip makers.", "USA", "CHN"),
])
def test_asset_freezes_and_export_controls_are_sanctions(coder: Coder, text: str, source: str, target: str) -> None:
    got = _events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c == "163" for s, t, c in got), got


def test_a_hiring_freeze_is_no_sanction(coder: Coder) -> None:
    got = _events(coder, "The city council imposed a hiring freeze on its departments.")
    assert not any(c == "163" for _, _, c in got), got


def test_a_member_expelled_from_a_bloc_loses_relations(coder: Coder) -> None:
    got = _events(coder, "The alliance expelled Belarus from the bloc last year.")
    assert any(t.startswith("BLR") and c == "160" for _, t, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The African Union suspended Niger on Tuesday after soldiers seized power.", "IGOAFR", "NER"),
    ("ECOWAS suspended Guinea last week over the coup.", "IGOWAF", "GIN"),
    ("The Arab League suspended Libya on Monday.", "IGOARB", "LBY"),
])
def test_a_body_suspending_a_state_suspends_its_membership(coder: Coder, text: str, source: str, target: str) -> None:
    got = _events(coder, text)
    assert any(s.startswith(source) and t == target and c == "160" for s, t, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    # the passive with no "by": the body it is suspended or expelled from does it
    ("Niger was suspended from the African Union after the coup.", "IGOAFR", "NER"),
    ("Guinea has been suspended from ECOWAS until elections are held.", "IGOWAF", "GIN"),
    ("Belarus was expelled from the Council of Europe in March.", "IGOEUR", "BLR"),
    ("Zimbabwe was suspended from the Commonwealth on Monday.", "IGOCWN", "ZWE"),
])
def test_a_state_suspended_from_a_body_is_suspended_by_it(coder: Coder, text: str, source: str, target: str) -> None:
    got = _events(coder, text)
    assert any(s.startswith(source) and t == target and c == "160" for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "A Kenyan athlete was suspended from the African Union games.",
    "The Commonwealth of Virginia sued the company on Monday.",
])
def test_no_state_suspended_from_a_body(coder: Coder, text: str) -> None:
    got = _events(coder, text)
    assert not any(s.startswith("IGO") for s, _, _ in got), got


@pytest.mark.parametrize("text", [
    "The United Nations suspended a Nigerian official on Monday.",
    "The finance ministry suspended Kenya Airways' licence on Friday.",
])
def test_a_body_suspending_a_person_or_thing_is_no_lost_membership(coder: Coder, text: str) -> None:
    got = _events(coder, text)
    assert not any(c == "160" for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "Israel agreed to an extension of the truce with Hamas on Sunday.",
    "The Colombian government agreed to a renewal of the ceasefire with the rebels.",
])
def test_a_pattern_object_is_seen_through_a_part_of_it(coder: Coder, text: str) -> None:
    """"agreed to an extension of the truce" agrees to the truce (0871), as "all of the demands" are the demands."""
    got = _events(coder, text)
    assert any(c == "0871" for _, _, c in got), got


@pytest.mark.parametrize(("text", "source"), [
    ("Thousands joined a rally in Nairobi against the new tax.", "KENCVL"),
    ("Hundreds protested in Minsk against Lukashenko on Sunday.", "BLRCVL"),
    ("Thousands joined the demonstrations in Bogota.", "COLCVL"),
])
def test_a_counted_crowd_at_a_place_is_its_countrys_people(coder: Coder, text: str, source: str) -> None:
    """A crowd only counted ("thousands", "hundreds") protesting at a place of a known country against someone
    named, or joining a protest held there, is that country's people, as with no one named."""
    got = [(e.source.code if e.source else "", e.cameo) for e in code(coder, text).events]
    assert any(s == source and c.startswith("14") for s, c in got), got


@pytest.mark.parametrize(("text", "target", "cameo"), [
    ("The group accused the Ugandan army of torturing detainees in Kampala.", "UGAMIL", "112"),
    ("The party condemned the arrest of its leader by Kenyan police.", "KENCOP", "111"),
    ("The watchdog criticised the Hungarian government over its new media law.", "HUNGOV", "111"),
])
def test_a_body_named_as_speaker_keeps_its_speech_act(coder: Coder, text: str, target: str, cameo: str) -> None:
    """A speech act whose subject is an organised body the dictionaries cannot code ("the group", "the
    party") has a speaker the text states: it is kept with an empty source, as "X was accused" is."""
    got = _events(coder, text)
    assert any(s == "" and t == target and c.startswith(cameo) for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "Any group that criticises the Chinese government risks arrest.",
    "A movement that has criticised the Iranian government was banned.",
])
def test_a_speech_act_of_no_named_body_stays_unspoken(coder: Coder, text: str) -> None:
    """"any group", a relative pronoun: no body is named as the speaker, so no criticism is coded."""
    got = _events(coder, text)
    assert not any(c.startswith("111") for _, _, c in got), got
