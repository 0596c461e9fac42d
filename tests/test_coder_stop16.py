"""Stop 16 of the event coder, on sentences written for these tests: a phrasal particle the parser
read as a preposition ("called in security forces"), the parties named by "between" on an event
noun, keeping to a truce by "abide by" / "adhere to", a halt or end "to" attacks as one event, an
embedded question ("did not say who attacked") that names no attacker, "it was possible to", working
with partners, fighting that "threatens" nothing, "hostility" as an attitude, and "he"/"she" in a
reported plan as its speaker."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def code(coder: Coder, text: str) -> ArticleResult:
    return coder.code_text(text, day=DAY)


def _events(coder: Coder, text: str, *, unrealized: bool = False) -> list[tuple[str, str, str]]:
    return [(s or "", t or "", c) for s, t, c in triples(code(coder, text), unrealized=unrealized)]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # "in" is the particle of "call in", whatever the parser made of it
    ("The president of Chile called in security forces on Sunday to stop the riots.", "CHL", "", "154"),
    ("Kenya called in the army to restore order in Nairobi.", "KEN", "", "154"),
    # the sides named by "between" are the event noun's parties
    ("A ceasefire between the Sudanese army and the rebels took effect on Friday.", "SDN", "---REB", "0871"),
    ("Talks between Iran and Saudi Arabia resumed in Baghdad on Tuesday.", "IRN", "SAU", "046"),
    # a halt declared to attacks is a declared ceasefire; the attacks are not an attack
    ("The rebels in Mali declared a halt to attacks on government positions.", "", "", "0871"),
])
def test_found(coder: Coder, text: str, source: str, target: str, cameo: str) -> None:
    assert any(s.startswith(source) and t.startswith(target) and c == cameo for s, t, c in _events(coder, text)), \
        _events(coder, text)


def test_halt_to_attacks_is_no_attack(coder: Coder) -> None:
    text = "The rebels in Mali declared a halt to attacks on government positions."
    assert not any(c.startswith("19") for _, _, c in _events(coder, text))


def test_abide_by_truce_is_an_intent_to_keep_it(coder: Coder) -> None:
    text = "The Malian rebels said they would abide by the truce."
    assert ("MLIREB", "", "087") in [(s[:6], t, c) for s, t, c in _events(coder, text, unrealized=True)]
    assert any(c.startswith("035") for _, _, c in _events(coder, text))


@pytest.mark.parametrize("text", [
    "The Pentagon did not say who attacked the base in Iraq.",
    "Nigerian police did not reveal who had bombed the church.",
])
def test_embedded_question_names_no_attacker(coder: Coder, text: str) -> None:
    # the speaker is not the attacker; the attack itself stays (the question presupposes it)
    speaker = "USA" if "Pentagon" in text else "NGA"
    assert not any(s.startswith(speaker) and c[:2] in {"18", "19"} for s, _, c in _events(coder, text)), \
        _events(coder, text)


def test_relative_clause_keeps_its_antecedent(coder: Coder) -> None:
    # a true relative clause still names its head noun as the actor
    text = "Nigerian soldiers who attacked the village were arrested on Monday."
    assert any(s.startswith("NGA") and c.startswith("19") for s, _, c in _events(coder, text)), _events(coder, text)


def test_possible_to_is_not_done(coder: Coder) -> None:
    # "it was possible to halt talks" says the act could happen, not that it did
    text = "Kazakhstan said on Monday it was possible to halt the talks with Kyrgyzstan."
    assert not any(c.startswith("16") for _, _, c in _events(coder, text)), _events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("Kazakhstan will work closely with Kyrgyzstan on border security.", "KAZ", "060"),
    ("The Kenyan government has worked with the international community to fight piracy.", "KEN", "060"),
])
def test_working_with_partners(coder: Coder, text: str, source: str, cameo: str) -> None:
    found = _events(coder, text) + _events(coder, text, unrealized=True)
    assert any(s.startswith(source) and c == cameo for s, _, c in found), found


def test_fighting_says_nothing(coder: Coder) -> None:
    # an event noun as subject of a speech verb is figurative: the fighters threaten nobody
    text = "Clashes between Serbian troops and Albanian nationalists threaten a wider war in the region."
    assert not any(c.startswith("13") for _, _, c in _events(coder, text)), _events(coder, text)


def test_hostility_is_an_attitude(coder: Coder) -> None:
    text = "Iran invited the investigators despite the hostility between the two countries."
    assert not any(c.startswith("19") for _, _, c in _events(coder, text)), _events(coder, text)
    plural = "Hostilities between Ethiopia and Eritrea resumed along the border on Monday."
    assert any(s.startswith("ETH") and c == "190" for s, _, c in _events(coder, plural)), _events(coder, plural)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # "he"/"she" as subject of the reported clause is its speaker (coreference: the reporter)
    ("The Gambian president said he wanted to ban opposition parties from the elections.", "GMB", "132*"),
    ("Kenya's foreign minister said she would meet her Somali counterpart next week.", "KEN", "036"),
])
def test_reported_pronoun_is_the_speaker(coder: Coder, text: str, source: str, cameo: str) -> None:
    want = cameo.rstrip("*")
    assert any(s.startswith(source) and (c.startswith(want) if cameo.endswith("*") else c == want)
               for s, _, c in _events(coder, text)), _events(coder, text)


@pytest.mark.parametrize(("text", "speaker"), [
    # a country does not speak as "he": the clause keeps no actor rather than the wrong one
    ("Gambia said he wanted to ban opposition parties from the elections.", "GMB"),
])
def test_reported_pronoun_left_alone(coder: Coder, text: str, speaker: str) -> None:
    assert not any(s.startswith(speaker) for s, _, _ in _events(coder, text)), _events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # a he/she clause reported by one person is that person's, though the subject is not yet in the history
    ("The Chilean president said he had sent troops to the border with Peru.", "CHLGOV", "15*"),
    ("Bolivia's interior minister insisted that she had expelled the Peruvian diplomats.", "BOLGOV", "16*"),
])
def test_reported_pronoun_is_its_reporter(coder: Coder, text: str, source: str, cameo: str) -> None:
    want = cameo.rstrip("*")
    assert any(s == source and (c.startswith(want) if cameo.endswith("*") else c == want)
               for s, _, c in _events(coder, text)), _events(coder, text)


def test_reporter_of_the_other_gender_is_not_the_pronoun(coder: Coder) -> None:
    text = "Mrs. Lopez, the Chilean interior minister, said he had expelled the Peruvian diplomats."
    assert not any(s.startswith("CHL") and c == "174" for s, _, c in _events(coder, text)), _events(coder, text)


def test_no_one_denounces_himself(coder: Coder) -> None:
    text = "The Iraqi prime minister denounced what he called a brutal attack on the embassy."
    got = _events(coder, text)
    assert any(s.startswith("IRQ") and c.startswith("11") for s, _, c in got), got
    assert not any(s.startswith("IRQ") and (t or "").startswith("IRQ") and c.startswith("11") for s, t, c in got), got


def test_an_object_pronoun_is_not_its_own_subject(coder: Coder) -> None:
    """Binding: "X thanked him" cannot be X thanking X, though X is the most salient antecedent."""
    text = "Mr. Netanyahu met President Obama in Washington. Mr. Netanyahu later thanked him for the aid."
    got = _events(coder, text)
    assert any(s.startswith("ISR") and (t or "").startswith("USA") and c == "051" for s, t, c in got), got
    reflexive = "Mr. Netanyahu met President Obama in Washington. Mr. Netanyahu later praised himself."
    assert not any(s.startswith("ISR") and (t or "").startswith("USA") and c == "051"
                   for s, t, c in _events(coder, reflexive)), _events(coder, reflexive)


@pytest.mark.parametrize(("text", "appeals"), [
    # naming what something is ("what he called an attack") is no appeal; calling on someone is
    ("The Iraqi prime minister denounced what he called a brutal attack on the embassy.", 0),
    ("Kenyan officials called the raid an act of war and called on Somalia to withdraw.", 1),
])
def test_naming_is_no_appeal(coder: Coder, text: str, appeals: int) -> None:
    got = [c for _, _, c in _events(coder, text) if c.startswith("02")]
    assert len(got) == appeals, _events(coder, text)
