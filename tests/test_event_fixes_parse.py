"""Parse repairs and word lists of the event coder, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2022, 9, 20)


@pytest.mark.parametrize(("text", "root"), [
    ("The minister declined on Friday to meet the protest leaders.", "12"),
    ("Iran threatened on Sunday to close the Strait of Hormuz.", "13"),
])
def test_a_complement_hung_after_a_time_phrase_is_still_the_verbs(coder: Coder, text: str, root: str) -> None:
    """"Declined on Friday to meet": the parser hangs the infinitive as an adverbial clause; the meeting
    did not happen and the refusal or threat is coded."""
    result = coder.code_text(text, day=DAY)
    got = triples(result)
    assert any(c.startswith(root) and c != "130" for _s, _t, c in got), got
    assert not any(c.startswith(("04", "19")) for _s, _t, c in got), got


def test_a_season_is_no_sport(coder: Coder) -> None:
    got = triples(coder.code_text("During the rainy season, the two leaders met in Cairo to discuss the dam.", day=DAY))
    assert any(c.startswith("04") for _s, _t, c in got), got
