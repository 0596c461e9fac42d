"""Stop 15 of the event coder, on sentences written for these tests: who stands behind an event
noun ("was carried out by X", "X was behind the campaign"), a declared halt to attacks, "surrounding"
in the sense of "about", internet restrictions, forces called into action, enforced ceasefires, "the
possibility of a ban", intents stated under a condition or a negation; a negated or conditional
reporting verb states nothing it reports, a purpose under "will" is no more real than its trip, and
"as opposed to" and "met the deadline" are no events."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def code(coder: Coder, text: str) -> ArticleResult:
    return coder.code_text(text, day=DAY)


def _has(coder: Coder, text: str, source: str, cameo: str, *, unrealized: bool = False) -> bool:
    """Is there an event (real, or unrealised with ``unrealized``) whose source code starts with
    ``source`` and whose CAMEO code is ``cameo`` (a prefix when it ends with "*")?"""
    want = cameo.rstrip("*")
    return any((s or "").startswith(source) and (c.startswith(want) if cameo.endswith("*") else c == want)
               for s, _, c in triples(code(coder, text), unrealized=unrealized))


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # the passive light verb's "by" phrase names who did what its subject names
    ("The cyber attack on the grid was carried out by Russian military intelligence.", "RUS", "176"),
    ("The deployment of the troops was announced by the Kenyan defence minister.", "KEN", "15*"),
    ("Iran was behind the disinformation campaign against Bahrain.", "IRN", "170"),
    ("Bahrain expelled the Iranian diplomats who were behind the disinformation campaign.", "IRN", "170"),
    # PLOVER: a declared ceasefire is CONCEDE (0871); carrying out a halt is RETREAT (087)
    ("The rebels in Mali announced they had suspended attacks on government forces.", "", "0871"),
    ("The rebels in Mali suspended attacks on government forces on Monday.", "", "087"),
    ("The Malian army began to enforce a unilateral ceasefire in the north.", "", "087"),
    ("Syrian troops surrounding the town of Homs cut its water supply.", "", "191"),
    # the pattern's object may be the modifier or the "to" object of access/services/traffic
    ("The Ethiopian government cut access to the internet in the Amhara region.", "ETH", "1721"),
    ("Iran blocked mobile internet services after the election.", "IRN", "1721"),
    ("Iran imposed an internet shutdown across Tehran on Friday.", "IRN", "1721"),
    ("The Bahamian navy called several armed militia members into action on Friday.", "", "154"),
    # "raised the possibility of banning" was a threat; so is the noun ("of a ban")
    ("The Swedish government floated the possibility of a ban on the general.", "SWE", "13*"),
    # what an affirmed reporting verb states, and a wh-question, which presupposes its event
    ("Chile announced that it would refuse to meet Peru.", "CHL", "12*"),
    ("Chile said that Bolivia attacked the border post.", "BOL", "19*"),
    ("Chile said that Bolivia attacked the border post.", "CHL", "112"),
    ("Chile did not say how many Bolivian soldiers had attacked the border post.", "BOL", "19*"),
    ("The French president flew to Berlin on Monday to meet the German chancellor.", "FRA", "04*"),
    ("The Chilean senators opposed the nomination of the Bolivian envoy.", "CHL", "11*"),
    ("Chile met the Peruvian president in Lima on Monday.", "CHL", "04*"),
    ("Chile refused to meet the demands of the Peruvian government.", "CHL", "12*"),
])
def test_codes_its_event(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert _has(coder, text, source, cameo)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("The truce was broken by Hamas on Monday.", "PSE", "0871"),  # ending an event is no doing it
    ("Iran was near the end of a disinformation campaign against Bahrain.", "IRN", "170"),
    ("Peru said it did not know who was behind the disinformation campaign.", "", "170"),
    # responsibility for violence is a contested claim: "was behind" does not make it an act
    ("Iran was behind the rocket attack on the base.", "IRN", "19*"),
    ("The rebels in Mali suspended attacks on government forces on Monday.", "", "0871"),
    ("The Malian army began to enforce a unilateral ceasefire in the north.", "", "0871"),
    ("Diplomats met in Paris to discuss the conflict surrounding Ivory Coast.", "", "191"),
    ("Iran blocked access to the main road after the election.", "", "1721"),
    ("Washington lifted the sanctions, giving Iran access to $100 billion in frozen funds.", "", "07*"),
    ("Kenya called on Somalia to stop the fighting.", "", "15*"),
    ("Kenya welcomed the possibility of talks with Uganda.", "", "03*"),
    ("Kenya welcomed the possibility of talks with Uganda.", "", "13*"),
    # the reporting verb's own negation or condition reaches what it reports
    ("Chile did not announce that it would refuse to meet Peru.", "CHL", "12*"),
    ("Chile did not say that Bolivia attacked the border post.", "BOL", "19*"),
    ("Chile did not say that Bolivia attacked the border post.", "CHL", "112"),
    ("Chile never reported that Bolivia had shelled the border post.", "BOL", "19*"),
    ("If Chile announces that it will refuse to meet Peru, the summit will fail.", "CHL", "12*"),
    # a purpose infinitive under "will" is as future as the verb it serves
    ("The Kenyan president will be travelling to Kampala to ask Uganda to reopen the border.", "KEN", "02*"),
    ("The French president will fly to Berlin next week to meet the German chancellor.", "FRA", "04*"),
    # "as opposed to" is "rather than"; one meets a goal or a deadline without meeting anybody
    ("The Chilean minister praised the new plan, as opposed to the previous one.", "CHL", "11*"),
    ("The Chilean government has met its goal of cutting emissions.", "CHL", "04*"),
    ("Chile met the deadline for its climate report.", "CHL", "04*"),
    ("Chile refused to meet the targets set by the treaty.", "CHL", "125"),
])
def test_does_not_code(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert not _has(coder, text, source, cameo)


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


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("Chile did not announce that it would refuse to meet Peru.", "CHL", "12*"),
    ("Chile did not say that Bolivia attacked the border post.", "BOL", "19*"),
    ("The Kenyan president will be travelling to Kampala to ask Uganda to reopen the border.", "KEN", "02*"),
])
def test_keeps_the_unrealised_event(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert _has(coder, text, source, cameo, unrealized=True)
