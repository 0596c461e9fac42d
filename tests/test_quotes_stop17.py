"""Stop 17: speakers and boundaries of predictions that already exist — a second report the parser hung inside
the first one's clause. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import quotes, speaks


# ---- "X said that A and predicted that B": two reports by one speaker ------------------------------
@pytest.mark.parametrize(("text", "first", "second", "speaker"), [
    ("Ms. Okafor said that she had no wish to run again and predicted that her deputy would win the seat.",
     "no wish to run again", "her deputy would win", "Okafor"),
    ("The mayor announced that he was leaving the party and declared that he would run as an independent.",
     "leaving the party", "run as an independent", "mayor"),
])
def test_coordinated_second_report_is_its_own(coder: Coder, text: str, first: str, second: str, speaker: str) -> None:
    q1 = speaks(coder, text, first, speaker)
    q2 = speaks(coder, text, second, speaker)
    assert q2.start > q1.end
    assert all(second not in text[s:e] for s, e in q1.contents)
    assert not text[q1.start : q1.end].rstrip().endswith(" and")  # the joining word belongs to neither


def test_second_report_the_tagger_calls_a_bare_verb(coder: Coder) -> None:
    """"fear that the council has lost …, and warn that …": "warn" is a plural present, the officials' report."""
    text = "Some local officials fear that the council has already lost the vote and warn that a delay would be costly."
    q1 = speaks(coder, text, "lost the vote", "officials")
    assert all("costly" not in text[s:e] for s, e in q1.contents)
    q2 = speaks(coder, text, "a delay would be costly", "officials")
    assert q2.cue is not None and "warn" in q2.cue


def test_verb_sharing_a_modal_stays_in_the_reported_clause(coder: Coder) -> None:
    """"says he would call the envoy and tell him …": telling is what he says he would do."""
    text = "The minister says he would call the envoy and tell him that the talks are over."
    q = speaks(coder, text, "call the envoy", "minister")
    assert any("the talks are over" in text[s:e] for s, e in q.contents)
    assert len(quotes(coder, text)) == 1


def test_coordinated_report_with_its_own_subject_stays_inside(coder: Coder) -> None:
    """A coordinated report by someone else named inside the reported clause is part of what was said."""
    text = "The director said that the board approved the budget and the auditors confirmed it was sound."
    q = speaks(coder, text, "approved the budget", "director")
    assert any("auditors confirmed it was sound" in text[s:e] for s, e in q.contents)


# ---- "they" stands for the plural subject before it, people the actor layer does not list ---------
@pytest.mark.parametrize(("text", "needle", "they", "group"), [
    ("The White House welcomed the plan. Several economists met with the minister on Monday. They argued that the "
     "tax would hurt small firms.", "small firms", "They", "Several economists"),
    ("Liberals got angry at the White House because they did not think the deal protected workers.",
     "protected workers", "they", "Liberals"),
])
def test_they_is_the_plural_subject_before_it(coder: Coder, text: str, needle: str, they: str, group: str) -> None:
    q = speaks(coder, text, needle, they)
    assert q.speaker_name == group
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert text[q.speaker_ref_start : q.speaker_ref_end] == group


def test_they_is_not_a_plural_thing(coder: Coder) -> None:
    """"The new figures …, and they suggest …": figures say nothing of their own; "they" keeps its actor."""
    text = "France criticized the report. The new figures arrived on Monday, and they suggest that exports fell."
    q = speaks(coder, text, "exports fell", "they")
    assert q.speaker_name != "The new figures"


# ---- "he"/"she" stands for the named person just before it, known to the dictionary or not -------------
@pytest.mark.parametrize(("text", "pronoun", "name"), [
    ("Donald Trump held a rally in Iowa. Mr. Halvorsen, a local farmer, said the crowd was huge. But he added that "
     "“nobody here trusts the polls.”", "he", "Halvorsen"),
    ("Donald Trump held a rally in Iowa. Ms. Ferreira, a local farmer, said the crowd was huge. But she added that "
     "“nobody here trusts the polls.”", "she", "Ferreira"),
])
def test_pronoun_is_the_named_subject_before_it(coder: Coder, text: str, pronoun: str, name: str) -> None:
    q = speaks(coder, text, "nobody here trusts", pronoun)
    assert q.speaker_name is not None and name in q.speaker_name
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert name in text[q.speaker_ref_start : q.speaker_ref_end]


def test_pronoun_skips_a_person_of_the_other_gender_and_quoted_names(coder: Coder) -> None:
    text = ("Donald Trump held a rally in Iowa. Ms. Ferreira said “Mr. Halvorsen is wrong about the crowd.” "
            "But he added that nobody here trusts the polls.")
    q = speaks(coder, text, "nobody here trusts", "he")
    assert q.speaker_name is not None and "Ferreira" not in q.speaker_name and "Halvorsen" not in q.speaker_name


# ---- an aside cue near the start of a sentence that goes on around a quoted fragment ------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Still, he admitted, the program has been “a bit of a mess” since the spring.", "the program has been", "he"),
    ("And, she conceded, it is unclear how long the truce will hold, given that “nobody trusts anyone.”",
     "how long the truce will hold", "she"),
])
def test_aside_reports_the_sentence_around_a_quoted_fragment(coder: Coder, text: str, needle: str,
                                                             speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue is not None and q.cue.split()[-1] in {"admitted", "conceded"}
    assert all(text[s:e] not in {"he", "she", ", he admitted,", ", she conceded,"} for s, e in q.contents)


# ---- a headline's exclamation before a colon is no speaker -----------------------------------------
@pytest.mark.parametrize("text", [
    "Wow: The Mayor Of Springfield Has Closed Every Library In Town\n\nThe mayor closed the libraries on Monday.",
    "REVEALED: What The Council Spent On Its Retreat\n\nThe council spent a great deal.",
    "BOOM: The Governor Just Vetoed The Whole Budget\n\nThe governor vetoed the budget on Monday.",
])
def test_headline_exclamation_is_not_a_speaker(coder: Coder, text: str) -> None:
    label = text.split(":")[0]
    assert all((q.speaker_text or "") != label for q in quotes(coder, text))
