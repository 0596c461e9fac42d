"""The text around quotes: quote marks glued to words, credit lines, headlines and markup left in scraped
text. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import quotes, speaks


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


def test_a_credit_line_is_not_a_turn(coder: Coder) -> None:
    """"Contributing: A and B." credits reporters at the foot of an article; nobody speaks."""
    text = "The council will vote next week.\n\nContributing: Ana Ruiz and Tom Lee of the Daily Ledger."
    assert not [q for q in quotes(coder, text) if "Ana Ruiz" in q.text]


@pytest.mark.parametrize("text", [
    "Wow: The Mayor Of Springfield Has Closed Every Library In Town\n\nThe mayor closed the libraries on Monday.",
    "REVEALED: What The Council Spent On Its Retreat\n\nThe council spent a great deal.",
    "BOOM: The Governor Just Vetoed The Whole Budget\n\nThe governor vetoed the budget on Monday.",
])
def test_headline_exclamation_is_not_a_speaker(coder: Coder, text: str) -> None:
    label = text.split(":")[0]
    assert all((q.speaker_text or "") != label for q in quotes(coder, text))


def test_markup_left_in_scraped_text_is_no_part_of_the_speaker(coder: Coder) -> None:
    text = ('<post author="deskeditor" id="12">Opposition leader Maria Costa wants a recount in the northern '
            'districts.</post>')
    q = speaks(coder, text, "a recount", "Costa")
    assert q.speaker_text is not None and "=" not in q.speaker_text and "author" not in q.speaker_text


# ---- hyphens and form fields before a colon ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    '<tweet id="7" datetime="2019-03-04">Scanner Traffic: police are at the station and more units are coming.</tweet>',
    "Name: Dana Ortiz Age: 31 City: Fresno\n\nShe has worked at the plant for six years.",
])
def test_markup_dates_and_form_fields_are_no_colon_speakers(coder: Coder, text: str) -> None:
    """The hyphen inside "2019-03-04" is no dash that opens a name, so the markup before the colon stays
    part of the label and nobody speaks; a form's "Name:"/"Age:" fields label no turn either."""
    assert not any(q.cue is not None and q.cue.endswith(":") for q in quotes(coder, text))


def test_a_quoted_clause_the_parser_splits_at_a_hyphen_does_not_crash(coder: Coder) -> None:
    """"re-entering" inside a quote: the parser may hang a clause on the cue whose words are all punctuation
    ("-", the closing mark); looking for its first word must not fail (it cost a whole story before)."""
    text = ('The army also issued a statement on the ban, saying it "aimed to end the dispute within six years, '
            'by preventing it from re-entering the political landscape," the Daily Post newspaper said.')
    speaks(coder, text, "aimed to end the dispute", "army")
