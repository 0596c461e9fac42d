"""Breaking into a seat of power, on sentences written for these tests: "broke into the parliament"
is a forced entry like "stormed the parliament": by a crowd of protesters a violent protest (145),
by police a coercive raid (170); breaking into a computer system stays a cyber attack (176)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2020, 11, 10)


def _codes(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(s or "", c) for s, _, c in triples(coder.code_text(text, day=DAY))]


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("Angry protesters broke into the parliament in Bishkek overnight.", "KGZCVL", "145"),
    ("Demonstrators broke into the embassy and tore down the flag.", "---CVL", "145"),
    ("Police broke into the opposition party's headquarters in Minsk on Tuesday.", "---COP", "170"),
])
def test_breaking_into_a_seat_of_power_is_forced_entry(coder: Coder, text: str, source: str, cameo: str) -> None:
    got = _codes(coder, text)
    assert any(s.endswith(source[3:]) and c == cameo for s, c in got), got


def test_breaking_into_a_computer_system_stays_a_cyber_attack(coder: Coder) -> None:
    got = _codes(coder, "Russian hackers broke into the ministry's computer system last year.")
    assert all(c != "145" and c != "170" for _, c in got), got
