"""Events not (yet) real: what the grammar says about an act that is planned, wanted or only named.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2022, 2, 26)


@pytest.mark.parametrize(("text", "code"), [
    ("The banks to be excluded from SWIFT will be chosen in the coming days.", "163"),
    ("The candidates demanded more special forces to be deployed in the region.", "154"),
    ("Iran to free British tanker crew", "0841"),  # a headline's "to" is the future
])
def test_to_be_done_is_not_done(coder: Coder, text: str, code: str) -> None:
    result = coder.code_text(text, day=DAY)
    assert not any(c == code for _s, _t, c in triples(result)), triples(result)


def test_the_first_to_do_it_did_it(coder: Coder) -> None:
    got = triples(coder.code_text("He was the first Israeli leader to visit Oman in two decades.", day=DAY))
    assert any(c == "042" for _s, _t, c in got), got
