"""Stop 17 of the event coder, on sentences written for these tests: the other verbs of lifting a
curfew, rights and self-rule that are "given", what is "given up", guns laid down as weapons are,
taking over an inquiry (no seizure of ground), and violence ended."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def code(coder: Coder, text: str) -> ArticleResult:
    return coder.code_text(text, day=DAY)


def _events(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [(s or "", t or "", c) for s, t, c in triples(code(coder, text))]


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("The Kenyan government loosened the night curfew in Mombasa on Monday.", "KEN", "0813"),
    ("Peru's interior ministry rescinded the curfew in Lima.", "PER", "0813"),
    ("The Bolivian government gave indigenous communities the right to run their own schools.", "BOL", "0833"),
    ("Denmark gave the Faroe Islands more autonomy on Monday.", "DNK", "0834"),
    ("Serbia gave up its claim to the disputed villages.", "SRB", "080"),
    ("The Malian rebels gave up their demand for a separate state.", "MLIREB", "080"),
    ("Militia members in Chad put down their guns on Wednesday.", "TCD", "0873"),
    ("Rebel fighters in Mali handed in their guns to the army.", "MLIREB", "0873"),
    ("The rebels in Niger ended the violence after the election.", "NERREB", "087"),
])
def test_found(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert any(s.startswith(source) and c == cameo for s, _, c in _events(coder, text)), _events(coder, text)


def test_taking_over_an_inquiry_is_investigating(coder: Coder) -> None:
    text = "Interpol took over the investigation into the bank fraud in Lagos."
    got = _events(coder, text)
    assert any(s == "IGOCOP" and c == "090" for s, _, c in got), got
    assert not any(c == "192" for _, _, c in got), got


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # a court that finds someone guilty convicts them, in either voice
    ("A Kenyan court found the former minister guilty of corruption.", "KENJUD", "---ELI", "116"),
    ("Two Kenyan lawmakers were found guilty of fraud.", "", "KENLEG", "116"),
    ("A Ugandan court handed down prison sentences to four opposition lawmakers.", "UGAJUD", "", "116"),
    # suspending talks is halting them, as the verb is
    ("Russia announced the suspension of talks with Georgia.", "RUS", "", "164"),
])
def test_convictions_and_halted_talks(coder: Coder, text: str, source: str, target: str, cameo: str) -> None:
    got = _events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c == cameo for s, t, c in got), got


def test_not_guilty_is_no_conviction(coder: Coder) -> None:
    text = "A Kenyan jury found five activists not guilty of trespassing."
    assert not any(c == "116" for _, _, c in _events(coder, text)), _events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # who a threat, a criticism or an apology comes from is who makes it
    ("Threats from the Gabonese government have grown since June.", "GABGOV", "130"),
    ("Criticism from the Kenyan opposition grew louder on Monday.", "KENOPP", "111"),
    ("An apology from the Japanese government came on Monday.", "JPNGOV", "055"),
])
def test_from_names_the_source(coder: Coder, text: str, source: str, cameo: str) -> None:
    got = _events(coder, text)
    assert (source, "", cameo) in got, got


@pytest.mark.parametrize("text", [
    # where someone is released or withdrawn from is no actor; fighting "from" a rival is left alone
    "The withdrawal from Kenya was completed on Friday.",
    "The senator defended the plan against attacks from the Kenyan opposition.",
])
def test_from_is_not_always_the_source(coder: Coder, text: str) -> None:
    got = _events(coder, text)
    assert not any(s.startswith("KEN") and c[:2] in {"08", "18", "19", "20"} for s, _, c in got), got
