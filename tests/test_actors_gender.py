"""Gender of people and of the pronouns that stand for them: what the document itself says (an honorific, a
title, an apposition, a reflexive) first, then the people dictionaries' gender and, for people they do not
list, a first name the lexicon gives to one gender. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.dictionaries import default_dictionaries
from newsevents.dictionaries.loader import _people as people_rows
from newsevents.dictionaries.loader import build
from newsevents.errors import DictionaryError
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


# ---- gender from the name: the people dictionaries, or a first name given to one gender ------------
def _resolve(coder: Coder, text: str, pronoun: str) -> str:
    actors = DocActors(coder.nlp(text), coder.matcher, coder.lexicon, None)
    r = actors.resolve(next(t for t in actors.doc if t.text == pronoun))
    assert r is not None
    return r.rule.split("->", 1)[-1]


@pytest.mark.parametrize(("text", "pronoun", "name"), [
    # listed people: the dictionary's gender, no honorific needed
    ("Angela Merkel arrived in Paris. Emmanuel Macron greeted her at the palace. She said the plan was sound.", "She",
     "Angela Merkel"),
    ("Theresa May met Boris Johnson at the summit. She said the talks had failed.", "She", "Theresa May"),
    # people no dictionary lists: a first name given to one gender
    ("Ann Lopez arrived in Ohio. Tom Keller greeted her at the airport. She said the talks went well.", "She",
     "Ann Lopez"),
    ("Peter Brandt arrived late. Susan Okafor welcomed him to the council. He said the budget was too small.", "He",
     "Peter Brandt"),
])
def test_gender_from_the_name(coder: Coder, text: str, pronoun: str, name: str) -> None:
    assert _resolve(coder, text, pronoun) == name


def test_the_document_outranks_the_first_name(coder: Coder) -> None:
    """"Mr. Ann Keller" is unusual, but the honorific is the document's word: no first-name guess against it."""
    actors = DocActors(coder.nlp("Mr. Ann Keller met reporters. Keller said the vote was fair."), coder.matcher,
                       coder.lexicon, None)
    assert actors.genders.get("text:Ann Keller") is None


def test_a_first_name_given_to_both_says_nothing(coder: Coder) -> None:
    lex = coder.lexicon.given_names
    assert lex["susan"] == "f" and lex["peter"] == "m"
    assert not {"chris", "jordan", "kelly", "robin", "jean", "andrea", "casey"} & set(lex)


def test_a_surname_listed_people_of_both_genders_share_gives_no_dictionary_gender(coder: Coder) -> None:
    """"Clinton" may be Bill or Hillary: a bare "Clinton" that matched one of them does not fix the gender."""
    assert coder.matcher.shared_by_genders("Clinton")
    assert not coder.matcher.shared_by_genders("Merkel")


def test_every_listed_person_has_a_gender() -> None:
    people = [e for e in default_dictionaries().actors.values() if e.kind == "person"]
    assert len(people) > 1000
    assert {e.gender for e in people} == {"m", "f"}


def test_a_bad_gender_is_rejected() -> None:
    row = {"name": "Ada Lopez", "country": "USA", "gender": "x", "roles": []}
    with pytest.raises(DictionaryError, match="gender"):
        build(countries=people_rows([row], "test.yaml"))


def test_the_quote_speaker_follows_the_first_name(coder: Coder) -> None:
    text = "Ann Lopez flew to Ohio. Tom Keller met her on Monday. She said the tariffs would hurt farmers."
    assert speaks(coder, text, "hurt farmers", "She").speaker_name == "Ann Lopez"


def test_a_bare_shared_surname_takes_no_gender_from_the_entry_it_matched(coder: Coder) -> None:
    """With both Clintons named in full, a bare "Clinton" is matched to one entry, but may be the other person:
    neither the dictionary's gender nor what is said at that mention ("Mrs.") is the entry's."""
    text = "Bill Clinton spoke in Ohio. Hillary Clinton spoke in Iowa. Mrs. Clinton met voters later. She said she would win."
    actors = DocActors(coder.nlp(text), coder.matcher, coder.lexicon, None)
    assert actors.genders.get("person:bill-clinton") == "m"
    bare = actors.resolve(next(t for t in actors.doc if t.text == "Clinton" and actors.doc[t.i - 1].text == "Mrs."))
    assert bare is not None and actors.gender_of(bare) == "f"  # the honorific at that mention
    she = actors.resolve(next(t for t in actors.doc if t.text == "She"))
    assert she is not None and she.rule.endswith("->Clinton")


def test_a_surname_with_the_other_gender_is_someone_else(coder: Coder) -> None:
    """"Mrs. Trump" beside the listed Donald Trump is another of the name: it keeps its own gender and does not
    make his unknown."""
    text = "Donald Trump spoke in Ohio. Mrs. Trump thanked the crowd. Ruth Okafor said she liked him."
    actors = DocActors(coder.nlp(text), coder.matcher, coder.lexicon, None)
    assert actors.genders.get("person:donald-trump") == "m"
    mrs = actors.resolve(next(t for t in actors.doc if t.text == "Trump" and actors.doc[t.i - 1].text == "Mrs."))
    assert mrs is not None and actors.gender_of(mrs) == "f"
