"""A contracted "'s" before a past participle with an object or clause of its own is "has", not a passive
"is": the one before it did the act. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests._coder import events


@pytest.mark.parametrize(("text", "triple"), [
    ("The Iranian foreign minister spoke on Monday. He's repeatedly accused Israel of sabotage.",
     ("IRNGOV", "ISR", "1125")),
    ("Russian President Vladimir Putin met the envoy. He's threatened Ukraine with new strikes.",
     ("RUSGOV", "UKR", "130")),
    ("The Turkish president spoke on Monday. He's criticized the Swedish government.",
     ("TURGOV", "SWEGOV", "111")),
])
def test_perfect_s_keeps_the_doer_as_source(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    found = events(coder, text)
    assert triple in found
    assert ("", triple[0], triple[2]) not in found


@pytest.mark.parametrize(("text", "word"), [
    ("He's been arrested twice before.", "arrested"),
    ("The rebel commander fled. He's accused of war crimes.", "accused"),
    ("He's denied bail by the judge.", "denied"),
    ("It's believed that the commander fled.", "believed"),
    ("The ambassador is in Beirut. He's expected to meet Hezbollah leaders.", "expected"),
])
def test_passive_s_stays_passive(coder: Coder, text: str, word: str) -> None:
    doc = coder.nlp(text)
    verb = next(t for t in doc if t.text == word)
    assert any(c.dep_ == "nsubjpass" for c in verb.children)


@pytest.mark.parametrize("text", ["She's said that the talks would resume.", "He's gone to Paris.",
                                  "He's always denied it."])
def test_perfect_s_is_an_active_subject(coder: Coder, text: str) -> None:
    doc = coder.nlp(text)
    s = next(t for t in doc if t.lower_ == "'s")
    assert s.dep_ == "aux" and s.lemma_ == "have"
    assert any(c.dep_ == "nsubj" and c.i < s.i for c in s.head.children)
