"""Aid sent and aid stopped, on sentences written for these tests: a team named by coordinated
modifiers ("search and rescue teams") is still a rescue team, a verb of dispatching takes the
same aid crews as "send" and "deploy", the crew carries the aid and is not its recipient, and
an amount of money "in" aid is the aid ("suspended $700 million in aid")."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2023, 2, 8)


def _events(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [(s or "", t or "", c) for s, t, c in triples(coder.code_text(text, day=DAY))]


@pytest.mark.parametrize(("text", "source"), [
    ("Japan sent search and rescue teams to the flooded region on Tuesday.", "JPN"),
    ("Israel deployed search and rescue teams after the quake.", "ISR"),
    ("Greece dispatched rescuers to the quake-hit island on Monday.", "GRC"),
    ("Qatar dispatched doctors and relief supplies to the stricken province.", "QAT"),
])
def test_aid_crews_sent_are_humanitarian_aid(coder: Coder, text: str, source: str) -> None:
    got = _events(coder, text)
    assert any(s.startswith(source) and c == "073" for s, _, c in got), got


@pytest.mark.parametrize("text", [
    "Cuba sent doctors and nurses on Monday.",
    "The Turkish army deployed rescuers to the collapsed buildings.",
])
def test_the_aid_crew_is_not_the_recipient(coder: Coder, text: str) -> None:
    aid = [t for _, t, c in _events(coder, text) if c == "073"]
    assert aid and all(not t.endswith("HLH") for t in aid), aid


@pytest.mark.parametrize(("text", "source"), [
    ("The United States suspended 700 million dollars in economic aid to the junta.", "USA"),
    ("Germany froze 50 million euros in development aid to Mali on Friday.", "DEU"),
    ("The World Bank halted $2 billion in assistance to Afghanistan.", "IGOWBK"),
])
def test_money_in_aid_is_the_aid(coder: Coder, text: str, source: str) -> None:
    got = _events(coder, text)
    assert any(s.startswith(source) and c.startswith("162") for s, _, c in got), got
