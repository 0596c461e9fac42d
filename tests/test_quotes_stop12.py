"""Stop 12: wider attribution classes (reputations, received judgements, hearsay adverbs, intentions,
dispositions, beliefs as asides) and speakers the parser misplaces. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import check_spans, one, quotes, speaks


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a judgement received, with its judge after "from" / "of"
    ("The plan drew sharp criticism from local farmers.", "The plan", "farmers"),
    ("Lopez won the endorsement of the teachers union last week.", "Lopez", "union"),
    # attacks and intentions a named holder owns
    ("Lopez's attacks on the council have grown sharper this month.", "the council", "Lopez"),
    ("Lopez's decision to skip the debate angered her allies.", "skip the debate", "Lopez"),
    # dispositions with an infinitive
    ("Gray is eager to debate the mayor.", "debate the mayor", "Gray"),
    # a belief standing aside from what is believed
    ("Such a plan, the mayor's allies believe, would win the vote.", "win the vote", "allies"),
    # a raised question has the one who raised it as its source
    ("Gray raised questions about the mayor's spending.", "spending", "Gray"),
    # "said in a statement that …": the clause belongs to the verb
    ("The mayor said in a statement that the budget was balanced.", "budget was balanced", "The mayor"),
])
def test_wider_attributions_stop12(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize(("text", "needle"), [
    ("The mayor has reportedly met the developers twice.", "met the developers"),  # hearsay, nobody named
    ("Gray is widely seen as the favorite in the race.", "the favorite"),  # a reputation
    ("Gray is best known for her blunt speeches.", "blunt speeches"),
    ("The documents raised new questions about the deal.", "the deal"),  # documents ask nothing
])
def test_attributions_without_a_named_source_stop12(coder: Coder, text: str, needle: str) -> None:
    q = one(coder, text, needle)
    assert q.speaker_text is None
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle"), [
    ("The plan drew criticism for its cost.", "The plan"),  # no judge named
    ("The decision to close the school was made in May.", "close the school"),  # nobody's decision
    ("The county stepped up its efforts to admit more refugees.", "more refugees"),  # an act one might do
    ("She passed on a chance to publicly back the mayor.", "the mayor"),
])
def test_not_attributions_stop12(coder: Coder, text: str, needle: str) -> None:
    assert not [q for q in quotes(coder, text) if needle in q.text and q.speaker_text]


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # the subject before an aside the parser hung it on
    ("Gray, speaking at a rally in Dayton, Ohio, did not mention the mayor.", "the mayor", "Gray"),
    # object control: the members are the ones to recognize
    ("The new rules would require council members to recognize that the budget is short.", "budget is short",
     "council members"),
    # a short quote that opens the sentence, closed by a comma, before the speaker and the cue
    ("“Because we can,” Lopez said at the rally.", "Because we can", "Lopez"),
])
def test_speakers_the_parser_misplaces(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


def test_reporting_verb_in_an_infinitive_keeps_its_own_attribution(coder: Coder) -> None:
    text = "Lopez was eager to say that the budget is balanced."
    q = one(coder, text, "budget is balanced")
    assert q.cue is not None and "say" in q.cue


def test_a_clause_only_verb_with_its_object_stands_aside_from_nothing(coder: Coder) -> None:
    text = "But the poll also finds that Clinton maintains a variety of advantages over Sanders."
    assert not [q for q in quotes(coder, text) if q.cue == "maintains"]
    assert one(coder, "The mayor has long maintained that the audit was fair.", "audit was fair").speaker_text == (
        "The mayor")
