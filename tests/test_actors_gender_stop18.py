"""Stop 18: a person's gender from the name — the people dictionaries' ``gender`` and, for people they do not
list, a first name the lexicon gives to one gender — where the document itself says nothing. Hand-written
sentences only."""

from __future__ import annotations

import pytest

from newsevents.dictionaries import default_dictionaries
from newsevents.dictionaries.loader import _people as people_rows
from newsevents.dictionaries.loader import build
from newsevents.errors import DictionaryError
from newsevents.extract.actors import DocActors
from newsevents.pipeline import Coder
from tests.test_quotes import speaks


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
