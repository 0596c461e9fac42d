"""A bare surname names a dictionary person only when nothing says it is someone else: another
given name before it, a family name the dictionary writes second, an office years in the future.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder


def codes(coder: Coder, text: str, day: date) -> dict[str, str | None]:
    return {e.name: e.code for e in coder.code_text(text, day=day).entities}


@pytest.mark.parametrize("text", [
    # another person's given name before the surname, and the same surname later in the story
    "On Tuesday Ted Cruz said the deal was bad. Cruz added that he would vote against it.",
    # a family name written second ("Manuel Marrero Cruz" is also "Manuel Marrero") is no surname alone
    "Cruz said the deal was bad.",
])
def test_not_the_dictionary_person(coder: Coder, text: str) -> None:
    got = codes(coder, text, date(2021, 6, 1))
    assert not any(c and c.startswith("CUB") for c in got.values()), got


def test_the_dictionary_persons_own_short_name_still_counts(coder: Coder) -> None:
    got = codes(coder, "Marrero said the talks went well.", date(2021, 6, 1))
    assert any(c == "CUBGOV" for c in got.values()), got


def test_a_surname_years_before_the_office_is_someone_else(coder: Coder) -> None:
    """Haiti's prime minister from 2021 is not the "Henry" of a 2016 story; in 2022 he is."""
    text = "Henry criticized the government on Monday."
    assert not any(c and c.startswith("HTI") for c in codes(coder, text, date(2016, 3, 1)).values())
    assert any(c and c.startswith("HTI") for c in codes(coder, text, date(2022, 3, 1)).values())


def test_title_and_surname_is_the_person(coder: Coder) -> None:
    got = codes(coder, "Secretary Blinken met the Chinese foreign minister on Monday.", date(2022, 3, 1))
    assert any(c == "USAGOV" for c in got.values()), got


def test_full_name_seen_wins_over_a_relative(coder: Coder) -> None:
    text = ("Donald Trump arrived with his wife on Monday. Later, Melania Trump spoke. "
            "Trump said the visit went well.")
    got = codes(coder, text, date(2019, 6, 1))
    assert got.get("Donald Trump") == "USAGOV", got
    assert got.get("Melania Trump") is None, got


def test_a_given_name_is_no_surname(coder: Coder) -> None:
    """Romania's president from 2025 is not the "Dan" of "Dan Patrick"."""
    got = codes(coder, "Lieutenant Governor Dan Patrick criticized the bill on Monday.", date(2025, 8, 1))
    assert not any(c and c.startswith("ROU") for c in got.values()), got
    got = codes(coder, "President Dan met the French president in Paris.", date(2025, 8, 1))
    assert any(c == "ROUGOV" for c in got.values()), got


def test_a_surname_that_is_a_common_given_name_needs_more(coder: Coder) -> None:
    """"Ahmed" is Ethiopia's prime minister only while he serves; "Fox" is no Mexican ex-president."""
    assert not any(c and c.startswith("ETH") for c in codes(coder, "Police seized Ahmed at his home.",
                                                             date(2016, 1, 1)).values())
    assert not any(c and c.startswith("MEX") for c in codes(coder, "Fox reported that the senator had resigned.",
                                                             date(2016, 1, 1)).values())


def test_a_word_of_a_name_seen_in_full_is_that_person(coder: Coder) -> None:
    """"King Abdullah … Abdullah said": the king, not Afghanistan's Abdullah Abdullah."""
    got = coder.code_text("Jordanian King Abdullah vowed on Monday to end the curfews. "
                          "Abdullah said the country was calm.", day=date(2021, 3, 1))
    codes_ = {e.name: e.code for e in got.entities}
    assert not any(c and c.startswith("AFG") for c in codes_.values()), codes_
    assert any(c == "JORGOV" for c in codes_.values()), codes_


@pytest.mark.parametrize(("text", "name"), [
    ("Hillary Clinton met voters in Ohio. Bill Clinton spoke in Iowa. Clinton said the economy was strong.",
     "Bill Clinton"),
    ("Bill Clinton spoke in Iowa. Hillary Clinton met voters in Ohio. Clinton said the economy was strong.",
     "Hillary Clinton"),
])
def test_a_shared_surname_is_the_one_named_in_full_last(coder: Coder, text: str, name: str) -> None:
    doc = coder.nlp(text)
    mentions = coder.matcher.mentions(doc, date(2016, 10, 1))
    assert [m.entry.name for m in mentions if m.surface == "Clinton"] == [name]


@pytest.mark.parametrize(("text", "names"), [
    ("Hillary Clinton met voters in Ohio. Mr. Clinton spoke in Iowa, and Mrs. Clinton thanked him.",
     ["Bill Clinton", "Hillary Clinton"]),
    ("Bill Clinton spoke in Iowa. Hillary Clinton met voters in Ohio. Mr. Clinton said the economy was strong.",
     ["Bill Clinton"]),
])
def test_an_honorific_picks_the_listed_person_of_its_gender(coder: Coder, text: str, names: list[str]) -> None:
    """"Mr. Clinton" is not the Clinton named in full last when she is a woman: the honorific says which."""
    doc = coder.nlp(text)
    mentions = coder.matcher.mentions(doc, date(2016, 10, 1))
    assert [m.entry.name for m in mentions if m.surface == "Clinton"] == names


@pytest.mark.parametrize("text", [
    "Cotton prices rose sharply after India banned exports.",
    "Earnest efforts by Egypt helped end the fighting.",
    "Power cuts hit Kyiv after Russia attacked the grid.",
])
def test_a_word_opening_a_sentence_is_no_surname(coder: Coder, text: str) -> None:
    """A listed surname that is also a word, capitalised because it opens the sentence and modifying a
    noun there, names nobody (Senator Cotton, press secretary Earnest, ambassador Power)."""
    got = codes(coder, text, date(2016, 2, 1))
    assert not any(c and c.startswith("USA") for c in got.values()), got


def test_a_surname_opening_a_sentence_still_names_the_person(coder: Coder) -> None:
    got = codes(coder, "Senator Tom Cotton met the envoy. Cotton criticized Iran.", date(2016, 2, 1))
    assert got.get("Tom Cotton") == "USALEG"
    r = coder.code_text("Senator Tom Cotton met the envoy. Cotton aides said he would vote no.", day=date(2016, 2, 1))
    assert [len(e.mentions) for e in r.entities if e.name == "Tom Cotton"] == [2]  # named in full before


@pytest.mark.parametrize("text", [
    "Ben Rhodes met Greek officials on Monday. Two ferries later docked at the island of Rhodes.",
    "Migrant boats reached the island of Rhodes overnight, the Greek coast guard said.",
])
def test_a_name_after_a_kind_of_place_is_that_place(coder: Coder, text: str) -> None:
    """"the island of Rhodes": a kind of place followed by its name names the place, not Ben Rhodes."""
    result = coder.code_text(text, day=date(2015, 6, 1))
    bare = [e for e in result.entities if any(m.text == "Rhodes" for m in e.mentions)]
    assert not any((e.code or "").startswith("USA") for e in bare), [(e.name, e.code) for e in bare]


@pytest.mark.parametrize(("text", "code"), [
    ("China held naval exercises in the Sea of Japan on Monday.", "JPN"),
    ("Iran seized a Greek tanker in the Gulf of Oman.", "OMN"),
])
def test_a_sea_named_for_a_country_is_no_actor(coder: Coder, text: str, code: str) -> None:
    got = codes(coder, text, date(2021, 6, 1))
    assert code not in got.values(), got


@pytest.mark.parametrize(("text", "day", "name"), [
    # the tagger reads the surname as a town (Obama in Japan): the serving officeholder acts; Kerry a guard
    ("Obama warns Iran over missile tests.", date(2016, 3, 15), "Barack Obama"),
    ("Kerry presses Moscow on Syria ceasefire.", date(2016, 2, 10), "John Kerry"),
])
def test_a_serving_officeholder_as_subject_is_no_town(coder: Coder, text: str, day: date, name: str) -> None:
    got = codes(coder, text, day)
    assert got.get(name) == "USAGOV" and "JPN" not in got.values() and "IRL" not in got.values(), got


@pytest.mark.parametrize("text", [
    "Israel warns Iran over missile tests.",  # a country's name stays the country (Rep. Steve Israel served then)
    "Floods hit Obama on Sunday, officials in Japan said.",  # the town where it is no subject
])
def test_countries_and_towns_that_do_not_act_stay_places(coder: Coder, text: str) -> None:
    got = codes(coder, text, date(2016, 3, 15))
    name = "Israel" if text.startswith("Israel") else "Obama"
    assert got.get(name) in {"ISR", "JPN"}, got


@pytest.mark.parametrize(("text", "day", "name", "code"), [
    # the family name comes first in Chinese and Korean names, and the press names people by it alone
    ("Xi told Trump that trade tensions must ease.", date(2018, 6, 1), "Xi Jinping", "CHNGOV"),
    ("Moon urged Pyongyang to return to talks.", date(2019, 6, 1), "Moon Jae-in", "KORGOV"),
    ("Ban called for restraint in Gaza.", date(2014, 7, 20), "Ban Ki-moon", "IGOUNO"),
])
def test_a_family_name_written_first_names_the_person(coder: Coder, text: str, day: date, name: str,
                                                      code: str) -> None:
    got = codes(coder, text, day)
    assert got.get(name) == code, got


def test_a_korean_family_name_is_not_an_american_surname(coder: Coder) -> None:
    """"Kim" in 2018 is not the World Bank's Jim Yong Kim (several Kims served): nobody, unless named."""
    got = codes(coder, "Kim met Moon at the border village.", date(2018, 5, 1))
    assert "Jim Yong Kim" not in got and "Ban Ki-moon" not in got and got.get("Moon Jae-in") == "KORGOV", got
