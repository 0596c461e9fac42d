"""Stop 15 of the event coder, on sentences written for these tests: who stands behind an event
noun ("was carried out by X", "X was behind the campaign"), a declared halt to attacks, "surrounding"
in the sense of "about", internet restrictions, forces called into action, enforced ceasefires and
"the possibility of a ban"."""

from __future__ import annotations

from datetime import date

from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def code(coder: Coder, text: str) -> ArticleResult:
    return coder.code_text(text, day=DAY)


def test_an_event_noun_carried_out_by_an_agent_is_the_agents(coder: Coder) -> None:
    """The passive light verb's "by" phrase names who did what its subject names."""
    r = triples(code(coder, "The cyber attack on the grid was carried out by Russian military intelligence."))
    assert any(s.startswith("RUS") and c == "176" for s, _, c in r)


def test_an_event_noun_announced_by_an_official_is_the_officials(coder: Coder) -> None:
    r = triples(code(coder, "The deployment of the troops was announced by the Kenyan defence minister."))
    assert any(s.startswith("KEN") and c.startswith("15") for s, _, c in r)


def test_a_truce_broken_by_a_side_is_not_its_truce(coder: Coder) -> None:
    """Ending or breaking an event is no doing it: the agent does not become its source."""
    r = triples(code(coder, "The truce was broken by Hamas on Monday."))
    assert not any(c == "0871" and s.startswith("PSE") for s, _, c in r)


def test_being_behind_a_campaign_is_running_it(coder: Coder) -> None:
    r = triples(code(coder, "Iran was behind the disinformation campaign against Bahrain."))
    assert ("IRN", "BHR", "170") in r


def test_being_near_a_campaign_is_not_running_it(coder: Coder) -> None:
    r = triples(code(coder, "Iran was near the end of a disinformation campaign against Bahrain."))
    assert not any(s == "IRN" and c == "170" for s, _, c in r)


def test_announcing_a_halt_to_attacks_declares_a_ceasefire(coder: Coder) -> None:
    """PLOVER: a declared ceasefire is CONCEDE (0871); carrying out a halt is 087."""
    r = triples(code(coder, "The rebels in Mali announced they had suspended attacks on government forces."))
    assert any(c == "0871" for _, _, c in r)


def test_suspending_attacks_is_still_a_halt(coder: Coder) -> None:
    r = triples(code(coder, "The rebels in Mali suspended attacks on government forces on Monday."))
    assert any(c == "087" for _, _, c in r)
    assert not any(c == "0871" for _, _, c in r)


def test_the_conflict_surrounding_a_country_is_no_siege(coder: Coder) -> None:
    r = triples(code(coder, "Diplomats met in Paris to discuss the conflict surrounding Ivory Coast."))
    assert not any(c == "191" for _, _, c in r)


def test_troops_surrounding_a_town_besiege_it(coder: Coder) -> None:
    r = triples(code(coder, "Syrian troops surrounding the town of Homs cut its water supply."))
    assert any(c == "191" for _, _, c in r)


def test_who_was_behind_an_attack_is_left_to_the_speech_rules(coder: Coder) -> None:
    """Responsibility for violence is a contested claim: "was behind" does not make it an act."""
    r = triples(code(coder, "Iran was behind the rocket attack on the base."))
    assert not any(s == "IRN" and c.startswith("19") for s, _, c in r)


def test_cutting_internet_access_is_a_restriction(coder: Coder) -> None:
    """The pattern's object may be the modifier or the "to" object of access/services/traffic."""
    r = triples(code(coder, "The Ethiopian government cut access to the internet in the Amhara region."))
    assert any(s.startswith("ETH") and c == "1721" for s, _, c in r)
    r = triples(code(coder, "Iran blocked mobile internet services after the election."))
    assert any(s == "IRN" and c == "1721" for s, _, c in r)


def test_cutting_access_to_a_road_is_no_internet_restriction(coder: Coder) -> None:
    r = triples(code(coder, "Iran blocked access to the main road after the election."))
    assert not any(c == "1721" for _, _, c in r)


def test_an_internet_shutdown_imposed_is_the_imposers(coder: Coder) -> None:
    r = triples(code(coder, "Iran imposed an internet shutdown across Tehran on Friday."))
    assert any(s == "IRN" and c == "1721" for s, _, c in r)


def test_militia_called_into_action_is_a_mobilisation(coder: Coder) -> None:
    r = triples(code(coder, "The Bahamian navy called several armed militia members into action on Friday."))
    assert any(c == "154" for _, _, c in r)


def test_calling_on_a_country_is_no_mobilisation(coder: Coder) -> None:
    r = triples(code(coder, "Kenya called on Somalia to stop the fighting."))
    assert not any(c.startswith("15") for _, _, c in r)


def test_enforcing_a_ceasefire_is_observing_it(coder: Coder) -> None:
    """PLOVER: observing a ceasefire is RETREAT (087), declaring one CONCEDE (0871)."""
    r = triples(code(coder, "The Malian army began to enforce a unilateral ceasefire in the north."))
    assert any(c == "087" for _, _, c in r)
    assert not any(c == "0871" for _, _, c in r)


def test_floating_the_possibility_of_a_ban_threatens_it(coder: Coder) -> None:
    """"raised the possibility of banning" was a threat; so is the noun ("of a ban")."""
    r = triples(code(coder, "The Swedish government floated the possibility of a ban on the general."))
    assert any(s.startswith("SWE") and c.startswith("13") for s, _, c in r)


def test_welcoming_the_possibility_of_talks_is_no_intent(coder: Coder) -> None:
    r = triples(code(coder, "Kenya welcomed the possibility of talks with Uganda."))
    assert not any(c.startswith("03") or c.startswith("13") for _, _, c in r)


def test_asking_who_is_behind_a_campaign_names_nobody(coder: Coder) -> None:
    r = triples(code(coder, "Peru said it did not know who was behind the disinformation campaign."))
    assert not any(c == "170" for _, _, c in r)


def test_the_group_that_was_behind_a_campaign_ran_it(coder: Coder) -> None:
    r = triples(code(coder, "Bahrain expelled the Iranian diplomats who were behind the disinformation campaign."))
    assert any(s.startswith("IRN") and c == "170" for s, _, c in r)


def test_giving_access_to_funds_gives_no_funds(coder: Coder) -> None:
    r = triples(code(coder, "Washington lifted the sanctions, giving Iran access to $100 billion in frozen funds."))
    assert not any(c.startswith("07") for _, _, c in r)


def test_an_intention_stated_under_a_condition_or_a_negation_is_not_stated(coder: Coder) -> None:
    """The threat or refusal read from "threatens to …" / "announced he would not …" takes the stating
    verb's own condition or negation; its auxiliaries do not unrealise it."""
    r = code(coder, "If Iran threatens to retaliate against Israel, the talks will end.")
    assert not [e for e in r.events if e.root == "13"]
    assert [e for e in r.unrealized_events if e.root == "13" and e.modality == "hypothetical"]
    r = code(coder, "Aides asked what would happen if Obama announced he would not back Cameron.")
    assert not [e for e in r.events if e.root == "12"]
    r = code(coder, "Iran said it would agree to withdraw troops from Syria.")
    assert [e for e in r.events if e.cameo.startswith("035")]
    assert [e for e in code(coder, "Iran threatened to retaliate against Israel.").events if e.root == "13"]
