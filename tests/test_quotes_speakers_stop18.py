"""Stop 18: a body named by a common noun ("a group", "the party", "the administration") speaks, backs and warns as its
members do. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import quotes, speaks


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a participle on the body the money went to: the body backs, not the donors
    ("Wealthy donors gave $25 million last month to an outside group backing the governor.", "the governor",
     "an outside group"),
    ("The banker had given $3 million to a group supporting the senator's campaign.", "senator's campaign", "a group"),
    # the body as the subject of a verb that warns
    ("This is exactly the kind of change the party warned about in its report.", "the kind of change", "the party"),
])
def test_a_body_speaks(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


# ---- relative clauses and passive subjects as a participle's doer -----------------------------------------------
def test_relative_pronoun_the_parser_left_unattached_is_the_speaker(coder: Coder) -> None:
    """"Mr. Lindqvist, who is … enjoying … and is saying": the clause's "who", standing for Lindqvist, not the name
    (the annotators mark the mention in the clause; the name comes with it as what "who" stands for)."""
    text = ("The ruling pleased the elder Mr. Lindqvist, who is by all accounts enjoying his new role running the "
            "company and is saying he won't rush into picking a successor.")
    q = speaks(coder, text, "picking a successor", "who")
    assert q.speaker_name == "Lindqvist"


def test_a_question_word_after_a_name_is_no_relative(coder: Coder) -> None:
    text = "The host then asked Lindqvist which states specifically he could win."
    assert all(q.speaker_name != "Lindqvist" for q in quotes(coder, text))


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("But Mrs. Okafor, who was distracted while saying goodbye to the previous guest, was not as friendly.",
     "goodbye", "who"),
    ("Since her speech in May, she's tacked to the left on energy, criticizing the pipeline and calling for limits on "
     "drilling.", "the pipeline", "she"),
])
def test_a_passive_subject_does_what_its_participle_says(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)
