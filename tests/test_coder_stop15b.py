"""Stop 15b of the event coder, on sentences written for these tests: a negated or conditional
reporting verb states nothing it reports, a purpose under "will" is no more real than its trip,
and "as opposed to" and "met the deadline" are no events."""

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


@pytest.mark.parametrize(("text", "source", "cameo"), [
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
    ("Chile did not announce that it would refuse to meet Peru.", "CHL", "12*"),
    ("Chile did not say that Bolivia attacked the border post.", "BOL", "19*"),
    ("The Kenyan president will be travelling to Kampala to ask Uganda to reopen the border.", "KEN", "02*"),
])
def test_keeps_the_unrealised_event(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert _has(coder, text, source, cameo, unrealized=True)
