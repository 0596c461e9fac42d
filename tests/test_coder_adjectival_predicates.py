"""A past verb the small parser hangs as an adjective on its own object ("Mali's military seized power": "seized" an
amod of "power", the sentence one noun phrase) is re-hung as the clause's predicate (newsevents.nlp.predicate), and a
real participial adjective is left alone. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests._coder import code


@pytest.mark.parametrize(("text", "verb", "subject", "obj"), [
    ("Mali's military seized power in August.", "seized", "military", "power"),
    ("Zimbabwe's military seized control of state television on Wednesday.", "seized", "military", "control"),
    ("Pakistan's military seized power in 1999.", "seized", "military", "power"),
])
def test_a_verb_read_as_its_objects_adjective_heads_the_clause(coder: Coder, text: str, verb: str, subject: str,
                                                              obj: str) -> None:
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.dep_ == "ROOT" and tok.tag_ == "VBD"
    assert {(c.text, c.dep_) for c in tok.children} >= {(subject, "nsubj"), (obj, "dobj")}
    # the clause's prepositions go with the verb, an "of" stays with its noun ("control of state television")
    assert all(p.head == (tok if p.lower_ != "of" else p.head) and (p.lower_ != "of" or p.head.text == obj)
               for p in doc if p.dep_ == "prep")


def test_the_clause_keeps_its_time_and_its_doer(coder: Coder) -> None:
    r = code(coder, "Zimbabwe's military seized control of state television on Wednesday.")
    seized = [e for e in r.events if e.evidence.trigger is not None and e.evidence.trigger.text == "seized"]
    assert seized and seized[0].source is not None and seized[0].source.code == "ZWEMIL"
    assert seized[0].date is not None


@pytest.mark.parametrize(("text", "word"), [
    ("He also reported rocket propelled grenades hitting the consulate building.", "propelled"),
    ("Only a few of the party's several hundred paid organizers worked in Iowa.", "paid"),
    ("Obama's proposed budget cuts defense spending.", "proposed"),
])
def test_a_participial_adjective_stays_an_adjective(coder: Coder, text: str, word: str) -> None:
    doc = coder.nlp(text)
    assert next(t for t in doc if t.text == word).dep_ == "amod"
