"""Gendered pronouns skip antecedents the document itself gives the other gender. Hand-written sentences."""

from __future__ import annotations

import pytest

from newsevents.extract.actors import DocActors
from newsevents.pipeline import Coder
from tests.test_quotes import speaks


def _actors(coder: Coder, text: str) -> DocActors:
    doc = coder.nlp(text)
    return DocActors(doc, coder.matcher, coder.lexicon, None)


def _pronoun(actors: DocActors, word: str) -> int:
    return next(t.i for t in actors.doc if t.text == word)


@pytest.mark.parametrize(("text", "pronoun", "name"), [
    # an honorific before the name
    ("Mrs. Hillary Clinton met Mr. Donald Trump in the morning. She said the talks went well.", "She",
     "Hillary Clinton"),
    ("Ms. Angela Merkel spoke with Mr. Emmanuel Macron for an hour. She called the plan a mistake.", "She",
     "Angela Merkel"),
    ("Mr. Boris Johnson phoned Mrs. Angela Merkel on Friday. He said the deal was close.", "He", "Boris Johnson"),
])
def test_gendered_pronoun_skips_the_other_gender(coder: Coder, text: str, pronoun: str, name: str) -> None:
    actors = _actors(coder, text)
    r = actors.resolve(actors.doc[_pronoun(actors, pronoun)])
    assert r is not None
    assert r.rule.endswith("->" + name)


def test_unknown_gender_stays_compatible(coder: Coder) -> None:
    """No honorific, title, apposition, listed person or one-gender first name: the nearest person, as before
    ("Jordan" and "Casey" are given to both)."""
    actors = _actors(coder, "Jordan Whitlow met Casey Okonkwo in the morning. He said the talks went well.")
    r = actors.resolve(actors.doc[_pronoun(actors, "He")])
    assert r is not None and r.rule.endswith("->Casey Okonkwo")
    casey = actors.resolve(actors.doc[_pronoun(actors, "Okonkwo")])
    assert casey is not None and actors.gender_of(casey) is None  # the name says nothing of its gender
    assert actors.gender_of(r) == "m"  # the pronoun it was resolved from does


def test_gender_from_a_title_or_apposition(coder: Coder) -> None:
    actors = _actors(coder, "Queen Angela Merkel greeted Mr. Boris Johnson. She praised the treaty.")
    r = actors.resolve(actors.doc[_pronoun(actors, "She")])
    assert r is not None and r.rule.endswith("->Angela Merkel")


def test_gender_guides_the_quote_speaker(coder: Coder) -> None:
    text = "Mrs. Hillary Clinton met Mr. Donald Trump on Monday. She said the tariffs would hurt farmers."
    assert speaks(coder, text, "hurt farmers", "She").speaker_name == "Hillary Clinton"


def test_gender_from_a_reflexive_bound_to_the_name(coder: Coder) -> None:
    text = "Emmanuel Macron met Angela Merkel in Paris. Angela Merkel herself was late. He said the plan was sound."
    actors = _actors(coder, text)
    r = actors.resolve(actors.doc[_pronoun(actors, "He")])
    assert r is not None and r.rule.endswith("->Emmanuel Macron")


def test_a_shared_surname_gives_no_evidence(coder: Coder) -> None:
    """"Ivanka Trump, his daughter": the daughter is not the Trump the dictionary knows."""
    actors = _actors(coder, "Donald Trump spoke in Ohio. Ivanka Trump, his daughter, was there. He said jobs would return.")
    assert actors.genders.get("person:donald-trump") == "m"  # the dictionary's, not contradicted by "his daughter"
