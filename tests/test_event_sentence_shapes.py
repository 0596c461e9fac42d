"""Shapes of wire sentences (precision set round 19), on sentences written for these tests: an act named only as
what is feared or rumoured, a collapse that kills, readiness for an act named by a noun, what the one prompted begins
to do, the building an accord is signed at, the name "what it called" gives an act, "neither X nor Y" shared by two verbs, what someone is kept from doing,
a member leaving a body (not one person leaving it), money wiped out, a question that a speaker asks, and a vote to do something. The same acts told as deeds
stay events."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2024, 3, 15)


def _codes(coder: Coder, text: str) -> set[str]:
    return {c for _, _, c in triples(coder.code_text(text, day=DAY))}


@pytest.mark.parametrize(("text", "cameo"), [
    # an act named as what is feared, rumoured or talked of is not done
    ("Fears of a Russian invasion of Ukraine grew through January.", "192"),
    ("Rumours of a Chinese invasion of Taiwan rattled Asian markets on Monday.", "192"),
    ("Talk of a Chinese blockade of Taiwan has unsettled chipmakers.", "191"),
    # a collapse is an accident: what it kills or wipes out nobody attacked
    ("The collapse of a mine in Zimbabwe killed 12 miners.", "190"),
    ("A bridge collapse in Genoa killed 43 people in 2018.", "190"),
    ("The collapse of the rouble wiped out a third of Russian household savings.", "200"),
    # savings and gains are money: wiping them out, or a share of them, destroys nobody
    ("The sell-off wiped out the year's gains in Chinese stocks.", "200"),
    ("The devaluation wiped out a third of Argentine household savings.", "200"),
    # readiness for an act named by a noun is not the act
    ("Ukraine's foreign minister said Kyiv was ready for talks with Moscow.", "046"),
    ("Israel is ready for a ground offensive in Gaza, the army spokesman said.", "190"),
    # "neither X nor Y" is the subject of both verbs
    ("Neither Washington nor Beijing has confirmed or denied reports that the two militaries held talks.", "016"),
    ("Neither Israel nor Hamas commented on or denied the report.", "016"),
    # what someone is kept from doing is not done
    ("Police prevented opposition supporters from marching to parliament in Dhaka.", "141"),
    ("The sanctions barred the two arms makers from trading with China.", "061"),
    # one person leaving a body gives up a post, no relations are reduced
    ("Jaber El-Rifai quit the International Criminal Court in 2023.", "160"),
    ("Jaber El-Rifai, who has also left the International Criminal Court, is in prison.", "160"),
    # a question a speaker puts is no appeal to those it is about
    ("Would Russia attack a NATO member, the senator asked.", "020"),
    ("Would Iran close the Strait of Hormuz, the senator asked.", "020"),
    # a vote to do something is decided, not yet done, as "voted to leave"
    ("Trump has hailed Britain's vote to quit the European Union as fantastic.", "160"),
])
def test_shape_reports_no_such_event(coder: Coder, text: str, cameo: str) -> None:
    assert cameo not in _codes(coder, text), triples(coder.code_text(text, day=DAY))


@pytest.mark.parametrize(("text", "cameo"), [
    ("Russia's invasion of Ukraine in February 2022 displaced millions.", "192"),
    ("Gunmen killed 12 miners in Zimbabwe on Sunday.", "190"),
    ("Islamic State fighters wiped out half of a Yazidi village in August 2023.", "200"),
    ("Ukrainian and Russian negotiators held talks in Istanbul in March 2022.", "046"),
    ("Israel denied the report on Monday.", "016"),
    ("Opposition supporters marched to parliament in Dhaka on Friday.", "141"),
    # readiness for talks is an intention stated, as "ready to talk"
    ("Ukraine's foreign minister said Kyiv was ready for talks with Moscow.", "036"),
    # the name a free relative gives is the object: "launched what it called an operation" launched an operation
    ("Azerbaijan launched what it called anti-terrorist operations in Nagorno-Karabakh in September 2023.", "190"),
    ("Russia launched what it called a special military operation in Ukraine in February 2022.", "190"),
    # a member leaving a body reduces relations with it, as "quit"
    ("Burkina Faso left the regional bloc in January 2024.", "160"),
    ("Qatar left the Organization of the Petroleum Exporting Countries in 2019.", "160"),
    ("Britain formally left the European Union in January 2020.", "160"),
    ("Ukraine asked that NATO send more air defence systems.", "023"),
])
def test_the_deed_itself_stays(coder: Coder, text: str, cameo: str) -> None:
    assert cameo in _codes(coder, text), triples(coder.code_text(text, day=DAY))


@pytest.mark.parametrize(("text", "cameo", "source"), [
    # the one prompted or forced does what it begins to do, not the one who prompted it
    ("Niger's junta revoked its military cooperation agreement with the United States, prompting Washington to "
     "begin withdrawing its 1,000 troops.", "0874", "USA"),
    ("The coup forced France to start pulling its soldiers out of Mali.", "0874", "FRA"),
    ("Israel's strike on the consulate prompted Iran to begin firing drones at Israel.", "190", "IRN"),
])
def test_the_one_prompted_begins_the_act(coder: Coder, text: str, cameo: str, source: str) -> None:
    got = {(s, c) for s, _, c in triples(coder.code_text(text, day=DAY))}
    assert any(c == cameo and (s or "").startswith(source) for s, c in got), got


@pytest.mark.parametrize("text", [
    "Israel and the United Arab Emirates signed a normalisation accord at the White House in September 2020.",
    "Bahrain and Israel signed a declaration at the White House on Tuesday.",
])
def test_the_building_an_accord_is_signed_at_is_no_party(coder: Coder, text: str) -> None:
    got = triples(coder.code_text(text, day=DAY))
    signed = [(s, t) for s, t, c in got if c.startswith("05")]
    assert signed and not any("USA" in (s or "") + (t or "") for s, t in signed), got
