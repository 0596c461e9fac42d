"""Stop 18 of the event coder, on sentences written for these tests: a verb that only performs its
object takes the code the object's modifier gives it (joint exercises are military cooperation, a
hunger strike is one), and "war games" are military exercises, not sport."""

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
    ("The Nepalese army conducted joint military exercises with the Indian navy on Tuesday.", "NPLMIL", "062"),
    ("Iran and Russia held joint naval exercises in the Gulf of Oman.", "IRN", "062"),
    ("Peru and Chile staged joint naval drills off the coast on Friday.", "PER", "062"),
    ("Twelve Egyptian prisoners staged a hunger strike on Monday.", "EGY", "142"),
])
def test_performing_verb_takes_the_modified_noun(coder: Coder, text: str, source: str, cameo: str) -> None:
    got = _events(coder, text)
    assert any(s.startswith(source) and c == cameo for s, _, c in got), got


@pytest.mark.parametrize("text", [
    "North Korea staged large artillery drills near the border on Monday.",
    "The Chinese navy held exercises in the South China Sea.",
])
def test_plain_exercises_stay_a_show_of_force(coder: Coder, text: str) -> None:
    got = _events(coder, text)
    assert any(c == "150" for _, _, c in got) and not any(c == "062" for _, _, c in got), got


def test_war_games_are_no_sport(coder: Coder) -> None:
    got = _events(coder, "The Kenyan and Ugandan armies cooperated closely, conducting war games near Lake Victoria.")
    assert any(s.startswith("KEN") and c == "060" for s, _, c in got), got
    assert any(c == "150" for _, _, c in got), got


def test_a_football_game_is_still_sport(coder: Coder) -> None:
    assert _events(coder, "Kenya's president praised the Ugandan team after the football game in Kampala.") == []
