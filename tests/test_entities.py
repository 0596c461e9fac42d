"""Entities: dictionary actors first, then spaCy's names, without the small model's false names."""

from __future__ import annotations

import datetime as dt

from newsevents.pipeline import Coder


def names(coder: Coder, text: str) -> dict[str, str]:
    res = coder.code_text(text, day=dt.date(2020, 1, 4))
    return {e.name: e.type for e in res.entities}


def test_capitalised_common_noun_opening_a_sentence_is_not_a_name(coder: Coder) -> None:
    got = names(coder, "Iraqi officials said several people were killed. "
                       "Photographs from the scene showed charred wreckage across the road.")
    assert "Photographs" not in got
    assert got == {"Iraq": "GPE"}  # the demonym still names its country


def test_first_word_of_a_title_is_not_an_organization(coder: Coder) -> None:
    got = names(coder, "He was the most powerful man in Iran after Supreme Leader Ayatollah Ali Khamenei.")
    assert "Supreme" not in got
    assert got.get("Ali Khamenei") == "PERSON" and got.get("Iran") == "GPE"


def test_unknown_single_word_names_are_kept(coder: Coder) -> None:
    got = names(coder, "Talks were hosted by Norway, and Smithers told reporters in Oslo that progress was slow.")
    assert "Smithers" in got
