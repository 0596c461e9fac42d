"""Speakers: who says what a thing (an ad, a set of figures) says. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import check_spans, one, quotes


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # an ad or a set of figures someone releases speaks for them, not for itself
    ("The mayor is releasing a new ad that urges voters to reject the tax.", "reject the tax", "The mayor"),
    ("The council passed a resolution that condemns the attack on the mosque.", "the attack", "The council"),
])
def test_thing_relative_speaks_for_its_publisher(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """A relative "that" on a released thing hands the words to whoever released it."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


def test_relative_on_people_stays_with_them(coder: Coder) -> None:
    """People named by the object noun speak for themselves: "activists who urge" keeps the activists."""
    text = "The mayor met activists who urge voters to reject the tax."
    q = one(coder, text, "reject the tax")
    assert q.speaker_text == "who"
    assert q.speaker_name is not None and "activists" in q.speaker_name
    check_spans(text, q)



@pytest.mark.parametrize(("text", "needle", "binder"), [
    ("The farmers renewed their calls for lower fuel taxes.", "lower fuel taxes", "farmers"),
    ("Marta Quinlan has stepped up her attacks on the mayor.", "the mayor", "Marta Quinlan"),
])
def test_possessive_speaker_is_bound_to_the_subject(coder: Coder, text: str, needle: str, binder: str) -> None:
    """"The farmers renewed their calls for …": the possessive stands for the clause's subject."""
    full = "Tom Brody spoke first. " + text
    q = one(coder, full, needle)
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert binder in full[q.speaker_ref_start : q.speaker_ref_end]
    assert q.speaker_name is not None and binder.split()[-1] in q.speaker_name
    check_spans(full, q)


def test_possessive_needs_an_agreeing_subject(coder: Coder) -> None:
    """"She criticized his plan": a "his" is not the "she" of its clause."""
    text = "Tom Brody spoke first. She criticized his plan to close the clinic."
    for q in quotes(coder, text):
        if q.speaker_text == "his" and q.speaker_ref_start is not None:
            assert text[q.speaker_ref_start : q.speaker_ref_end] != "She"


@pytest.mark.parametrize("frame", ["words", "eyes", "view"])
def test_opinion_framed_by_its_holder(coder: Coder, frame: str) -> None:
    """"In her words, …", "In her eyes, …": the frame noun is compared by lemma, plural or not."""
    text = f"In her {frame}, the new bridge was a costly mistake."
    q = one(coder, text, "costly mistake")
    assert q.speaker_text == "her"
    check_spans(text, q)
