"""Round 18 of left-alone classes, on sentences written for these tests: a name opening a headline whose verb the
tagger read as a plural noun (newsevents.nlp.opening), an "-ed" participle after "X's military" read as the
clause's predicate (newsevents.nlp.predicate), a 014 consideration of no course of action, an act on a
reflexive standing for its own doer, and a second object joined to the recipient ("sold A to B and C to D")."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests._coder import events, has


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


@pytest.mark.parametrize("text", [
    "The French president contemplated the view from the Eiffel Tower.",
    "Obama pondered the nature of evil in his Nobel lecture.",
    "The Kenyan prime minister pondered the meaning of life during a retreat.",
])
def test_a_thought_about_no_course_of_action_is_no_consideration(coder: Coder, text: str) -> None:
    assert not [e for e in events(coder, text) if e[2] == "014"], events(coder, text)


@pytest.mark.parametrize(("text", "source"), [
    ("Biden seriously contemplated another presidential run.", "USA"),
    ("The State Department is considering a moratorium on new student visas.", "USAGOV"),
    ("The White House is considering a Pentagon proposal to keep a base in Afghanistan.", "USAGOV"),
])
def test_a_course_of_action_considered_stays(coder: Coder, text: str, source: str) -> None:
    assert has(coder, text, source, "014"), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("Washington helped Israel defend itself against the rocket attacks.", "ISR", "052"),
    ("The Kenyan cabinet reversed itself and rejected the plan.", "KENGOV", "0832"),
])
def test_an_act_on_its_own_doer_is_no_event(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert not has(coder, text, source, cameo), events(coder, text)


def test_the_helpers_act_stays(coder: Coder) -> None:
    assert has(coder, "Washington helped Israel defend itself against the rocket attacks.", "USA", "07*")


@pytest.mark.parametrize(("text", "targets"), [
    ("Russia sold warplanes to Algeria and submarines to Vietnam.", {"DZA", "VNM"}),
    ("France sold Rafale jets to Egypt and frigates to Morocco last year.", {"EGY", "MAR"}),
])
def test_a_second_object_is_no_recipient(coder: Coder, text: str, targets: set[str]) -> None:
    found = events(coder, text)
    assert {t for _, t, c in found if c.startswith("06")} == targets, found


@pytest.mark.parametrize("text", [
    "Ted Cruz appealed to Reagan Democrats at a rally in Ohio.",
    "The senator appealed to Republicans in a speech in Iowa.",
])
def test_an_appeal_to_a_plural_named_electorate_asks_nothing(coder: Coder, text: str) -> None:
    assert not [e for e in events(coder, text) if e[2].startswith("02")], events(coder, text)
