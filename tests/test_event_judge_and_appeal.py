"""A reported judgement and an appeal joined to it, on sentences written for these tests: in
"X said the verdict was unjust and urged Y to free him" the parser hangs the appeal on the copula
of the reported clause, whose subject (a verdict, a detention) judges nothing and appeals to no one;
the speaker made the appeal."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2022, 5, 10)


@pytest.mark.parametrize(("text", "source"), [
    ("The French foreign minister said the verdict was outrageous and urged Tehran to free the journalist.", "FRAGOV"),
    ("Amnesty International said the crackdown was brutal and called on Cairo to release the activists.", "NGOHRI"),
    ("The German chancellor said the sentence was unjust and called on Minsk to free the blogger.", "DEUGOV"),
])
def test_the_speaker_makes_the_appeal_joined_to_a_judgement(coder: Coder, text: str, source: str) -> None:
    got = [(s or "", c) for s, _, c in triples(coder.code_text(text, day=DAY))]
    assert any(s.startswith(source) and c.startswith("02") for s, c in got), got
