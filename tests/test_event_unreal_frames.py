"""Frames that make an act unreal or no act at all, on sentences written for these tests: what a meeting being
called is to discuss, the effect a modal act would have, what a present rule lets someone do, a kind of victim
a regime "kills" as a rule, people or topics that "surround" without force, a pledge naming only the
pledger, a gerund subject of a modal clause, a disposition noun, an inclination, a stance noun's course of action
and a "without" condition. The same verbs told as deeds stay events."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def _codes(coder: Coder, text: str) -> set[str]:
    return {c for _, _, c in triples(coder.code_text(text, day=DAY))}


@pytest.mark.parametrize(("text", "cameo"), [
    # the meeting is being set up: what it is to discuss is still to come
    ("Senate leaders are calling a meeting to discuss new sanctions against Russia.", "046"),
    # the outcome of a modal act is no more real than the act
    ("The senator spoke on Monday. He said new sanctions would have the effect of isolating Iran from its "
     "neighbours.", "160"),
    # what a rule in force makes possible is a means, nobody did it
    ("The senator spoke on Monday. The new rule lets the governor expel foreign journalists.", "174"),
    # a kind of victim with no article or count: a charge about someone's ways
    ("The senator spoke on Monday. He said the regime kills journalists and jails dissidents.", "190"),
    # people around someone, no blockade
    ("The senator lives in Miami, surrounded by Cuban exiles.", "191"),
    # a pledge whose only actor is the pledger himself is his own course, nobody to cooperate with
    ("The senator spoke on Monday. Trump has promised that as president he would build a wall on the border.", "030"),
    ("The senator spoke on Monday. Sanders pledged that he would bring his movement to the convention.", "030"),
    # an act named as the subject of what it could bring about is weighed (the parser hangs it on "said")
    ("Senator Chuck Schumer spoke on Monday. He said legalizing it could put thousands of people to work in upstate "
     "New York.", "0833"),
    # a disposition noun's infinitive, parsed as a relative clause past its "of" phrase
    ("The senator spoke on Monday. The poll showed the willingness of Iowa farmers to endorse Cruz.", "051"),
    # an inclination, like "considering"
    ("The senator spoke on Monday. Governor Chris Christie is leaning toward endorsing Marco Rubio.", "051"),
    # a course of action a stance noun is against
    ("The senator spoke on Monday. Obama has faced opposition to welcoming Syrian refugees.", "073"),
    # a "without" under a modal ("won't") is a condition
    ("The senator spoke on Monday. Without our leadership in building a coalition to destroy ISIS, it won't "
     "happen, Clinton said.", "1712"),
    # a surmise, as "possibly"
    ("The senator spoke on Monday. Russian troops potentially violated the ceasefire in eastern Ukraine, monitors "
     "said.", "196"),
])
def test_unreal_frame_is_no_event(coder: Coder, text: str, cameo: str) -> None:
    assert cameo not in _codes(coder, text)


@pytest.mark.parametrize(("text", "cameo"), [
    ("Senate leaders held a meeting on Tuesday to discuss new sanctions against Russia.", "046"),
    ("Washington has been isolating Iran for years, the ministers said.", "160"),
    ("The senator spoke on Monday. He said Syrian troops killed 12 rebels near Aleppo.", "190"),
    ("Russian troops surrounded the airport in Simferopol on Friday.", "191"),
    ("Angry Nigerian villagers surrounded the army base on Sunday.", "191"),
    # a count of coded people is people, not a topic
    ("Hundreds of Kenyan farmers surrounded the county offices on Monday.", "191"),
    ("The senator spoke on Monday. Governor Chris Christie endorsed Marco Rubio.", "051"),
    ("The senator spoke on Monday. Obama built a coalition to destroy ISIS.", "113"),
    ("The senator spoke on Monday. Russian troops violated the ceasefire in eastern Ukraine, monitors said.", "196"),
])
def test_the_deed_itself_stays(coder: Coder, text: str, cameo: str) -> None:
    assert cameo in _codes(coder, text)


@pytest.mark.parametrize(("text", "modality"), [
    # a "for X to VERB" clause a modal copula weighs is hypothetical, not planned (no one "plans" it, so a
    # speaker reporting it accuses no one of a plan)
    ("For Russia to invade Ukraine would be a disaster, the foreign minister said.", "hypothetical"),
    ("It would be a grave mistake for Israel to strike Iran, the minister said.", "hypothetical"),
    ("For China to attack Taiwan could be catastrophic.", "hypothetical"),
])
def test_an_act_weighed_by_a_modal_copula_is_hypothetical(coder: Coder, text: str, modality: str) -> None:
    r = coder.code_text(text, day=DAY)
    acts = [e for e in r.unrealized_events if e.root in {"19", "18"}]
    assert acts and all(e.modality == modality for e in acts), [(e.cameo, e.modality) for e in acts]
    assert not any(e.cameo == "112" for e in r.events), triples(r)


def test_an_act_weighed_without_a_modal_is_not_made_hypothetical(coder: Coder) -> None:
    # a copula without a modal weighs an act as told: the modal-copula rule must not reach it (the clause keeps
    # whatever reading it had; reading it as the done act it is would be a separate rule)
    r = coder.code_text("For Russia to invade Ukraine was a historic mistake.", day=DAY)
    assert not any(e.modality == "hypothetical" for e in r.unrealized_events if e.root in {"19", "18"})
