"""Stop 17: more of what English speakers know attributes — beliefs and expectations held about a thing.
Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import quotes, speaks


# ---- beliefs and expectations with a plain object -------------------------------------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The harbor pilots expect a long strike this winter.", "a long strike", "pilots"),
    ("The farmers understood the risks of the new tariff.", "the risks of the new tariff", "farmers"),
    ("Few economists foresee a recession next year.", "a recession", "economists"),
    ("The senator does not believe the rumor.", "the rumor", "senator"),
])
def test_belief_with_an_object(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


def test_belief_object_needs_a_holder(coder: Coder) -> None:
    """"a result nobody expected" names no holder the extractor can speak for; a bare verb reports nothing."""
    text = "The storm is expected on Friday."
    assert not any("Friday" in q.text for q in quotes(coder, text))
