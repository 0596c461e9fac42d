"""Stop 13: sides people are named by ("a vocal critic of …") and likes, dislikes and rebuttals as stances.
Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import check_spans, one, quotes, speaks


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # the side a person is named by, through a copula or an apposition
    ("Gray has long been a vocal critic of the new stadium.", "the new stadium", "Gray"),
    ("Ortiz, a longtime supporter of the mayor, spoke first at the hearing.", "the mayor", "Ortiz"),
    # likes and dislikes are stances with their object as content
    ("The farmers dislike the new tariff on grain.", "the new tariff", "farmers"),
    ("Lopez loves the idea of a four-day week.", "four-day week", "Lopez"),
    # rebuttals and welcomes report a stance on what they take as object
    ("The senator flatly contradicted the governor's account of the meeting.", "the governor's account", "senator"),
    ("Union leaders welcomed the ruling on overtime pay.", "the ruling", "Union leaders"),
])
def test_stances_stop13(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize(("text", "needle"), [
    ("Critics of the stadium gathered outside city hall.", "the stadium"),  # no holder named
    ("The stadium was a magnet for supporters of both teams.", "both teams"),  # not said of anyone
])
def test_agent_nouns_need_a_holder_stop13(coder: Coder, text: str, needle: str) -> None:
    assert not [q for q in quotes(coder, text) if needle in q.text and q.speaker_text]


def test_aside_inside_the_reporters_sentence_reports_all_of_it(coder: Coder) -> None:
    """A quote resuming mid-sentence after "she said" is a fragment: the reporter's words before it belong too."""
    text = "The new bus line, she said, is ''a lifeline for people without cars.''"
    q = one(coder, text, "lifeline")
    assert "The new bus line" in q.text and q.speaker_text == "she"
    check_spans(text, q)


def test_aside_before_a_full_quoted_sentence_keeps_the_quote_only(coder: Coder) -> None:
    """A capitalised quote after the aside is a sentence of its own; the words before it are the reporter's."""
    text = "Asked about the delay at the depot, Gray said, “We will open the line in May.”"
    q = one(coder, text, "open the line")
    assert "Asked" not in q.text and q.speaker_text == "Gray"


def test_cue_in_a_relative_clause_on_the_subject_of_be(coder: Coder) -> None:
    """"The only regret he voiced was …": what the subject is said to be is the content, the relative's subject speaks."""
    text = "The biggest danger she sees for the plan is the cost of the new tunnel."
    q = one(coder, text, "cost of the new tunnel")
    assert q.speaker_text == "she" and "The biggest danger" in q.text
    check_spans(text, q)


def test_according_to_a_document_names_its_author(coder: Coder) -> None:
    """"according to a report from X": X speaks through the report."""
    text = "Bus ridership rose 12 percent last year, according to a new report from the Transit Riders Union."
    q = one(coder, text, "ridership rose")
    assert q.speaker_text is not None and "Transit Riders Union" in q.speaker_text
    check_spans(text, q)


def test_a_hope_held_by_the_one_who_acts_on_it(coder: Coder) -> None:
    """"sued in the hope that …": the subject of the verb holds the hope the noun names."""
    text = "The tenants sued the landlord in the hope that the court would halt the evictions."
    q = one(coder, text, "court would halt")
    assert q.speaker_text == "The tenants"
    check_spans(text, q)


def test_a_claim_one_answers_is_not_ones_own(coder: Coder) -> None:
    """"reacted to suggestions that …": the one who reacts did not make the suggestion."""
    text = "The mayor reacted angrily to suggestions that the budget was padded."
    assert not [q for q in quotes(coder, text) if "budget was padded" in q.text and q.speaker_text == "The mayor"]


def test_a_credit_line_is_not_a_turn(coder: Coder) -> None:
    """"Contributing: A and B." credits reporters at the foot of an article; nobody speaks."""
    text = "The council will vote next week.\n\nContributing: Ana Ruiz and Tom Lee of the Daily Ledger."
    assert not [q for q in quotes(coder, text) if "Ana Ruiz" in q.text]


def test_the_detail_after_a_colon_belongs_to_what_was_said(coder: Coder) -> None:
    """"boasts about three projects: A, B and C": the list after the colon is what he boasts about."""
    text = "Gray boasts about three projects on the trail: the new bridge, the tunnel and the bus line."
    q = one(coder, text, "three projects")
    assert q.speaker_text == "Gray" and "the bus line" in q.text
    check_spans(text, q)
