"""Where an event happened: the place attached to it, not a country that owns the thing it happened at."""

from __future__ import annotations

import datetime as dt

from newsevents.pipeline import Coder


def places(coder: Coder, text: str) -> dict[str, str | None]:
    res = coder.code_text(text, day=dt.date(2020, 1, 8))
    return {e.cameo[:2]: (e.place.name if e.place else None) for e in res.events}


def test_a_country_owning_a_building_is_not_the_place(coder: Coder) -> None:
    got = places(coder, "Iraqi protesters demonstrated outside the US embassy in Baghdad.")
    assert got.get("14") == "Baghdad"


def test_a_city_naming_a_building_is_the_place(coder: Coder) -> None:
    got = places(coder, "Taliban gunmen opened fire on police at the Kabul airport on Monday.")
    assert got and all(p == "Kabul" for p in got.values())


def test_a_country_locating_a_noun_is_the_place(coder: Coder) -> None:
    got = places(coder, "Turkish troops clashed with Kurdish fighters along the Syrian border and in Syria's north.")
    assert got and all(p in {"Syria", "Syrian Arab Republic"} for p in got.values() if p)
