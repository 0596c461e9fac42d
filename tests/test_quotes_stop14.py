"""Stop 14: quote marks glued to words, pronoun gender, plural pronouns after a coordination, "when" after a
quote, dates and place phrases that are no speakers, and a report the parser hung on a later one.
Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import check_spans, one, quotes, speaks


# ---- tokenizer: a quote mark glued between words ------------------------------------------------------
@pytest.mark.parametrize(("text", "pieces"), [
    ("She said,“Look at the river.”", ["said", ",", "“", "Look"]),
    ("“Not today,”he said.", ["today", ",", "”", "he"]),
    ('He said,"Look at the river."', ["said", ",", '"', "Look"]),
    ("He wrote“Look” twice.", ["wrote", "“", "Look", "”", "twice"]),
])
def test_glued_quote_marks_are_split_off(coder: Coder, text: str, pieces: list[str]) -> None:
    words = [t.text for t in coder.nlp.make_doc(text)]
    k = words.index(pieces[0])
    assert words[k : k + len(pieces)] == pieces


@pytest.mark.parametrize(("text", "kept"), [
    ("The U.S.“plan” stalled.", "U.S."),  # an abbreviation keeps its period
    ('A 5\'10" guard signed.', "5'10"),  # a straight mark after a number is a measure, not a quote
    ("Don't stop.", "n't"),
])
def test_glued_quote_rule_keeps_abbreviations_and_measures(coder: Coder, text: str, kept: str) -> None:
    doc = coder.nlp.make_doc(text)
    assert kept in [t.text for t in doc]
    assert doc.text == text


def test_quote_glued_to_the_comma_after_said_is_attributed(coder: Coder) -> None:
    text = "The mayor said,“Look, the bridge will open in May.”"
    q = speaks(coder, text, "the bridge will open", "mayor")
    assert q.kind == "direct"


# ---- pronouns --------------------------------------------------------------------------------------
def test_she_skips_a_man_for_the_nearest_woman(coder: Coder) -> None:
    """Gender known from the text ("Mr.", "Mrs.") decides which earlier person an unresolved "she" is."""
    text = ("Mrs. Wendeline Okonkwo-Baptiste met Mr. Tobias Vanterpool on Monday. "
            "Later she said the orchard would be sold.")
    q = speaks(coder, text, "orchard would be sold", "she")
    assert q.speaker_name is not None and "Okonkwo-Baptiste" in q.speaker_name


def test_they_after_a_coordination_stands_for_both(coder: Coder) -> None:
    text = "France and Germany signed the accord on Monday. They said the talks would go on next year."
    q = speaks(coder, text, "talks would go on", "They")
    assert q.speaker_name == "France and Germany"
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert text[q.speaker_ref_start : q.speaker_ref_end] == "France and Germany"


# ---- content and source fixes ----------------------------------------------------------------------
def test_when_after_a_quote_is_not_what_was_said(coder: Coder) -> None:
    text = "“Never,” Okafor added when a reporter asked about the toll."
    q = speaks(coder, text, "Never", "Okafor")
    assert "when" not in q.text


def test_when_right_after_a_bare_cue_is_still_reported(coder: Coder) -> None:
    speaks(coder, "Okafor has not said when the bridge will reopen.", "the bridge will reopen", "Okafor")


def test_a_date_the_parser_made_the_subject_is_no_speaker(coder: Coder) -> None:
    text = "Saturday at the county fair Sen. Ada Lopez said the dam was a costly failure."
    speaks(coder, text, "costly failure", "Lopez")
    assert not [q for q in quotes(coder, text) if q.speaker_text == "Saturday"]


def test_colon_after_a_place_and_time_phrase_is_the_subjects(coder: Coder) -> None:
    text = "Lopez tried the line in an interview with a radio station on Tuesday: “The dam is a costly failure.”"
    speaks(coder, text, "costly failure", "Lopez")


def test_earlier_report_the_parser_hung_on_a_later_one_keeps_its_own_speaker(coder: Coder) -> None:
    text = ("Okafor said he had not seen the flooded tunnel in Riverton, and when asked whether he was ignoring "
            "his neighbors' anger, he said, “I hope not.”")
    first = one(coder, text, "had not seen the flooded tunnel")
    assert first.speaker_text == "Okafor" and "hope" not in first.text
    check_spans(text, first)
    speaks(coder, text, "I hope not", "he")


# ---- object relatives, open questions, replies "back" ------------------------------------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The county relies on a dam that the engineers strongly criticized.", "a dam", "engineers"),
    ("It is a plan the senators have criticized for months.", "a plan", "senators"),
    ("The plan, which his colleague Ada Lopez defended, passed on Monday.", "The plan", "colleague"),
])
def test_a_cue_in_a_relative_clause_reports_the_noun_it_hangs_on(
        coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert "months" not in q.text  # "for months" says how long, not what for


@pytest.mark.parametrize("text", [
    "The man who wrote the letter left early.",  # the clause has its own object
    "They studied the way the senators respond to pressure.",  # how, not what
    "It is a tunnel the senators have visited twice.",  # not a cue
])
def test_relative_clauses_that_report_nothing(coder: Coder, text: str) -> None:
    assert not [q for q in quotes(coder, text) if q.cue and q.cue.split()[-1] in {"respond", "visited"}]
    assert not [q for q in quotes(coder, text) if "letter" in q.text and q.speaker_text == "The man"]


def test_an_open_question_is_nobodys_view(coder: Coder) -> None:
    assert not quotes(coder, "It is unclear how long the drought will last.")
    q = one(coder, "It is unclear whether the drought will end soon.", "the drought will end")
    assert q.speaker_text is None


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("“Nonsense,” Okafor shot back.", "Nonsense", "Okafor"),
    ("“That is false,” the mayor fired back.", "That is false", "mayor"),
])
def test_a_reply_fired_back_reports_the_quote(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize("text", [
    "The governor beat back a challenge from the mayor on Tuesday.",
    "The city will cut back the bus service next year.",
])
def test_other_verbs_with_back_report_nothing(coder: Coder, text: str) -> None:
    assert not quotes(coder, text)


def test_asked_someone_if_is_an_indirect_question(coder: Coder) -> None:
    text = "During a call this week, the Daily Planet asked the senator if she had been preparing for a loss."
    speaks(coder, text, "she had been preparing", "Daily Planet")
