"""Classes of text found by the eighteenth held-out round (sentences organised by CAMEO root), on sentences written
for these tests: weapons of mass destruction named by their kind, skills taught or drilled, scholars' research,
and a "by" agent shared by two joined passive participles."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests._coder import events


@pytest.mark.parametrize(("text", "source"), [
    ("Iraqi troops used chemical weapons against Kurdish villagers in Halabja in 2020.", "IRQ"),
    ("The Syrian army used chemical weapons on the rebel-held suburb of Ghouta last year.", "SYR"),
    ("Government forces deployed biological weapons against the rebels, the UN said.", ""),
])
def test_a_weapon_of_mass_destruction_named_by_its_kind_is_mass_violence(coder: Coder, text: str, source: str) -> None:
    got = events(coder, text)
    assert any(c.startswith("204") and s.startswith(source) for s, _t, c in got), got


def test_a_fertiliser_is_no_weapon(coder: Coder) -> None:
    got = events(coder, "Egyptian farmers used chemical fertiliser on their cotton fields.")
    assert not any(c.startswith("20") for _s, _t, c in got), got


@pytest.mark.parametrize("text", [
    "Ukrainian pilots were trained to fly F-16 jets over the Black Sea by Danish instructors.",
    "Chinese marines rehearsed an amphibious assault on Taiwan's outlying islands, state media said.",
    "The recruits were taught to storm buildings at a camp near Belgrade.",
])
def test_a_skill_taught_or_drilled_is_no_deed(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(c[:2] in {"15", "18", "19"} for _s, _t, c in got), got


def test_the_training_itself_stays(coder: Coder) -> None:
    got = events(coder, "Britain trained thousands of Ukrainian recruits on Salisbury Plain last year.")
    assert any(s.startswith("GBR") and t.startswith("UKR") and c.startswith("06") for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "Scientists are investigating why coral reefs are bleaching off the coast of Australia.",
    "Researchers at Oxford are investigating the causes of long Covid in Britain.",
])
def test_scholars_research_is_no_investigation(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(c.startswith("09") for _s, _t, c in got), got


def test_an_authoritys_investigation_stays(coder: Coder) -> None:
    got = events(coder, "Brazilian police are investigating the killing of an environmental activist in Para.")
    assert any(s.startswith("BRA") and c.startswith("09") for s, _t, c in got), got


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("The Danish embassy in Tehran was stormed and ransacked by protesters last year.", "IRN", "14"),
    ("The opposition leader was detained and later charged by Belarusian police.", "BLR", "17"),
    ("The border village was shelled and then overrun by Russian troops in May.", "RUS", "19"),
])
def test_two_joined_passive_participles_share_their_agent(coder: Coder, text: str, source: str, cameo: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and c.startswith(cameo) for s, _t, c in got), got


@pytest.mark.parametrize(("text", "source"), [
    ("Turkey dropped its veto on the accession talks in 2021.", "TUR"),
    ("Hungary abandoned its objection to the aid package after a summit in Brussels.", "HUN"),
])
def test_a_veto_or_objection_given_up_is_a_concession(coder: Coder, text: str, source: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and c.startswith("08") for s, _t, c in got), got
    assert not any(c.startswith("12") for _s, _t, c in got), got


@pytest.mark.parametrize(("text", "pairs"), [
    ("Iran and Saudi Arabia reopened their embassies in 2023.", {("IRN", "SAU"), ("SAU", "IRN")}),
    ("Israel and Turkey recalled their ambassadors in 2018.", {("ISR", "TUR"), ("TUR", "ISR")}),
    ("Iran and Saudi Arabia said they intended to reopen their embassies within two months.",
     {("IRN", "SAU"), ("SAU", "IRN")}),
])
def test_two_countries_envoys_are_posted_to_each_other(coder: Coder, text: str, pairs: set[tuple[str, str]]) -> None:
    got = events(coder, text)
    assert {(s[:3], t[:3]) for s, t, _c in got if s and t} == pairs, got


def test_each_countrys_own_citizens_stay_its_own(coder: Coder) -> None:
    got = events(coder, "Latvia and Estonia condemned the detention of their citizens in Belarus.")
    assert not any(s[:3] == "LVA" and t[:3] == "EST" for s, t, _c in got), got


@pytest.mark.parametrize("text", [
    "Carmakers are mobilising billions of dollars to build battery plants in Mexico.",
    "The African Development Bank mobilised funds for flood relief in Malawi.",
])
def test_money_mobilised_is_no_force_posture(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(c.startswith("15") for _s, _t, c in got), got


def test_forces_mobilised_stay(coder: Coder) -> None:
    got = events(coder, "Armenia mobilised its reservists after Azerbaijani shelling in September.")
    assert any(s.startswith("ARM") and c.startswith("15") for s, _t, c in got), got


@pytest.mark.parametrize(("text", "doer"), [
    ("Bolivia severed diplomatic ties with Israel over its offensive in Gaza.", "ISR"),
    ("Belize suspended relations with Israel over its bombardment of Gaza.", "ISR"),
])
def test_the_partner_of_a_cut_tie_did_the_deed_it_is_cut_over(coder: Coder, text: str, doer: str) -> None:
    got = events(coder, text)
    assert not any(s[:3] not in {"", doer} and c[:2] in {"18", "19", "20"} for s, _t, c in got), got


@pytest.mark.parametrize("text", [
    "The football club severed its ties with a betting firm after a row over shirt advertising.",
    "The university cut ties with the oil company over climate concerns.",
])
def test_a_tie_with_a_firm_cut_by_no_state_is_business(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(c.startswith("16") for _s, _t, c in got), got


def test_a_government_cutting_ties_with_a_firm_stays(coder: Coder) -> None:
    got = events(coder, "The Lithuanian government severed ties with the Chinese telecom company Huawei.")
    assert any(c.startswith("16") for _s, _t, c in got), got


@pytest.mark.parametrize("text", [
    "Three aid workers were kidnapped and later freed by the army in Mali.",
    "The convoy was ambushed and later rescued by French soldiers near Gao.",
])
def test_a_later_act_of_another_kind_keeps_its_agent_to_itself(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(s.endswith("MIL") and c[:2] in {"18", "19"} for s, _t, c in got), got
