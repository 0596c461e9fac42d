"""Round 18 of left-alone classes, on sentences written for these tests: a name opening a headline whose verb the
tagger read as a plural noun (newsevents.nlp.opening), and an "-ed" participle after "X's military" read as the
clause's predicate (newsevents.nlp.predicate)."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests._coder import events


@pytest.mark.parametrize(("text", "name", "verb"), [
    ("Trump demands Ginsburg resign over her remarks.", "Trump", "demands"),
    ("Trump attacks Cruz over his birthplace. Donald Trump spoke in Iowa.", "Trump", "attacks"),
    ("Trump plans a major ad buy in Ohio. Donald Trump spoke in Iowa on Monday.", "Trump", "plans"),
])
def test_an_opening_name_keeps_its_verb(coder: Coder, text: str, name: str, verb: str) -> None:
    doc = coder.nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert v.tag_ == "VBZ" and v.dep_ == "ROOT", [(t.text, t.tag_, t.dep_) for t in doc]
    assert any(c.text == name and c.dep_ == "nsubj" for c in v.children)


@pytest.mark.parametrize(("text", "verb", "subject"), [
    ("Burkina Faso's military seized power in a coup.", "seized", "military"),
    ("Burkina Faso's military seized power.", "seized", "military"),
])
def test_an_ed_participle_after_a_possessive_adjective_is_the_predicate(coder: Coder, text: str, verb: str,
                                                                        subject: str) -> None:
    doc = coder.nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert v.dep_ == "ROOT" and any(c.text == subject and c.dep_ == "nsubj" for c in v.children), \
        [(t.text, t.tag_, t.dep_) for t in doc]


def test_a_participle_of_its_own_form_stays_an_adjective(coder: Coder) -> None:
    doc = coder.nlp("The country's total proven reserves rose last year.")
    assert next(t for t in doc if t.text == "proven").dep_ == "amod"


@pytest.mark.parametrize(("text", "word"), [
    ("A Turkish appeals court upheld the prison sentence.", "appeals"),
    ("Trump supporters rallied outside the arena in Ohio.", "supporters"),
    ("Oil prices rose on Monday as traders weighed the risk of war.", "prices"),
])
def test_a_plural_noun_after_a_name_stays_a_noun(coder: Coder, text: str, word: str) -> None:
    doc = coder.nlp(text)
    assert next(t for t in doc if t.text == word).tag_ == "NNS"


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    ("Trump demands Ginsburg resign over her remarks.", "USAELI", "USAJUD", "1041"),
    ("Trump attacks Cruz over his birthplace. Donald Trump spoke in Iowa.", "USAELI", "USALEG", "111"),
])
def test_the_headline_act_is_coded_once(coder: Coder, text: str, source: str, target: str, cameo: str) -> None:
    found = events(coder, text)
    assert [e for e in found if e[0] == source and e[1] == target] == [(source, target, cameo)], found
