"""Stop 12 of the event coder, on sentences written for these tests: one-sided acts on joint
things, gerunds the parser reads as verbs, one attack told twice, crowds and the forces facing
them, receiving from a giver, "the nation of X", topics of meetings, sport words in names,
conjoined speakers behind "they", and weapons whose user a reduced relative names."""

from __future__ import annotations

from datetime import date

from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def code(coder: Coder, text: str) -> ArticleResult:
    return coder.code_text(text, day=DAY)




def test_ratifying_a_joint_agreement_is_one_sided(coder: Coder) -> None:
    r = triples(code(coder, "Moldova ratified a trade agreement with Romania on Monday."))
    assert any(s == "MDA" and t == "ROU" for s, t, _ in r)
    assert not any(s == "ROU" for s, _, _ in r)


def test_signing_a_joint_agreement_stays_mutual(coder: Coder) -> None:
    r = triples(code(coder, "Moldova signed a trade agreement with Romania on Monday."))
    assert {("MDA", "ROU", "057"), ("ROU", "MDA", "057")} <= r


def test_urging_allies_is_no_mutual_appeal(coder: Coder) -> None:
    r = triples(code(coder, "Poland urged its allies to send more troops to Lithuania."))
    assert not any(s == "LTU" and c.startswith("02") for s, _, c in r)


def test_an_intention_is_the_subjects_own(coder: Coder) -> None:
    r = triples(code(coder, "The Chilean president flew to Lima, seeking to repair ties with Peru."))
    assert not any(s.startswith("PER") and c.startswith("03") for s, _, c in r)


def test_conjoined_subjects_both_intend(coder: Coder) -> None:
    r = triples(code(coder, "Kenya and Ethiopia are seeking to deepen their cooperation on security."))
    sources = {s for s, _, c in r if c.startswith("03")}
    assert {"KEN", "ETH"} <= sources


def test_gerund_after_a_modifier_is_the_event_noun(coder: Coder) -> None:
    r = code(coder, "Six villagers were killed in Turkish artillery shelling near the border on Sunday.")
    assert any(s.startswith("TUR") and c.startswith("19") for s, _, c in triples(r))
    assert len([e for e in r.events if e.root == "19"]) == 1  # the killing and the shelling are one attack


def test_ruling_party_is_no_event(coder: Coder) -> None:
    r = code(coder, "The Kenyan ruling party chose a new chairman.")
    assert not any(e.cameo.startswith("11") for e in r.events)


def test_event_noun_subject_of_an_impact_verb(coder: Coder) -> None:
    r = triples(code(coder, "Saudi shelling hit a market in northern Yemen on Friday."))
    assert any(s.startswith("SAU") and c.startswith("19") for s, _, c in r)


def test_reduced_relative_misread_as_main_verb(coder: Coder) -> None:
    r = triples(code(coder, "The journalists detained during the protests were freed by Egyptian authorities."))
    assert any(s.startswith("EGY") and t.endswith("MED") and c == "0841" for s, t, c in r)
    assert not any(c == "173" for _, _, c in r)  # the detention only describes who was freed


def test_violence_by_protesters_is_a_riot(coder: Coder) -> None:
    r = triples(code(coder, "Angry protesters set fire to the Danish embassy in Beirut."))
    assert any(c == "145" for _, _, c in r)
    r = triples(code(coder, "Armenian demonstrators launched rockets at the Armenian parliament."))
    assert not any(c == "145" for _, _, c in r)  # rockets are no crowd's weapon


def test_clash_between_police_and_protesters(coder: Coder) -> None:
    r = triples(code(coder, "Riot police clashed with student protesters on Tuesday."))
    assert any(c == "175" and t.endswith("CVL") for _, t, c in r)
    assert any(c == "145" and s.endswith("CVL") for s, _, c in r)


def test_received_from_the_giver(coder: Coder) -> None:
    r = triples(code(coder, "Ukrainian forces received weapons from Poland last month."))
    assert any(s == "POL" and t.startswith("UKR") and c == "072" for s, t, c in r)
    refused = code(coder, "The rebels received no support from Sudan.")
    assert not any(e.source and e.source.code == "SDN" for e in refused.events)


def test_the_nation_of_a_country(coder: Coder) -> None:
    r = triples(code(coder, "The small island nation of Fiji condemned the nuclear test."))
    assert any(s == "FJI" and c.startswith("11") for s, _, c in r)


def test_event_noun_as_topic_of_a_summit(coder: Coder) -> None:
    r = code(coder, "Macron will attend a conference in Brussels on the violence in Haiti.")
    assert not any(e.root == "14" or e.root == "19" for e in [*r.events, *r.unrealized_events])


def test_travel_warning_reduces_relations(coder: Coder) -> None:
    r = triples(code(coder, "Germany advised against travel to Nicaragua on Thursday."))
    assert any(s == "DEU" and t == "NIC" and c == "160" for s, t, c in r)


def test_sport_words_in_names_and_aims(coder: Coder) -> None:
    r = triples(code(coder, "The Arab League condemned the Israeli raid on Jenin."))
    assert any(c.startswith("11") for _, _, c in r)
    r = triples(code(coder, "Our goal is peace, the Colombian president said, as he met rebel leaders in Havana."))
    assert any(c.startswith("04") for _, _, c in r)
    sport = code(coder, "The striker scored twice as Brazil beat Argentina in the semifinal.")
    assert not sport.events


def test_they_after_conjoined_speakers(coder: Coder) -> None:
    r = triples(code(coder, "Egypt and Jordan said they would close their borders to Syrian trucks."), unrealized=True)
    sources = {s for s, _, _ in r}
    assert {"EGY", "JOR"} <= sources


def test_weapon_user_from_reduced_relative(coder: Coder) -> None:
    r = triples(code(coder, "Two soldiers were killed by a mine planted by Houthi fighters."))
    assert any(s.startswith("YEM") and c.startswith("19") for s, _, c in r)
    r = triples(code(coder, "The school was hit by a rocket fired by Taliban insurgents."))
    assert any(s.startswith("AFG") for s, _, c in r if c.startswith("19"))
