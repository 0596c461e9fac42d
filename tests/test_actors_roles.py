"""Role words around names in American political news: a party's adjective names the party, a person's staff
are coded as the person in every shape, a title word can be a surname, a bracketed party label names a US
state, a club's president is no government, and "it" said to be an attack is no actor. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Actor
from newsevents.pipeline import Coder

DAY = date(2016, 3, 15)


def actors(coder: Coder, text: str) -> dict[str, str]:
    """Every event source and target and every speaker, by its text: its code."""
    result = coder.code_text(text, day=DAY)
    found: list[Actor | None] = [a for e in result.events for a in (e.source, e.target)]
    found += [q.speaker for q in result.quotes]
    return {a.text: a.code for a in found if a is not None}


@pytest.mark.parametrize(("text", "who", "code"), [
    ("Senator Ted Cruz spoke in Iowa on Monday. Democratic leaders criticized his tax plan.", "Democratic leaders",
     "USAPTY"),
    ("Hillary Clinton spoke in Ohio. Several Republican presidential candidates criticized her.",
     "Several Republican presidential candidates", "USAPTY"),
    # members of a state body keep its sector; the party gives the country
    ("President Obama spoke on Monday. Republican senators accused him of overreach.", "Republican senators",
     "USALEG"),
    ("The budget passed on Monday. Democratic governors criticized the cuts.", "Democratic governors", "USAGOV"),
    # the party's name or abbreviation follows the same rule as its adjective
    ("President Obama spoke on Monday. GOP senators accused him of overreach.", "GOP senators", "USALEG"),
    ("The budget passed on Monday. GOP governors criticized the cuts.", "GOP governors", "USAGOV"),
    ("The budget passed on Monday. GOP leaders criticized the cuts.", "GOP leaders", "USAPTY"),
    # voters are civilians, whichever party names them
    ("Donald Trump spoke in Iowa. Republican voters rejected his tax plan on Monday.", "Republican voters", "USACVL"),
    ("Donald Trump spoke in Iowa. GOP primary voters rejected his tax plan on Monday.", "GOP primary voters",
     "USACVL"),
])
def test_a_us_party_adjective_names_the_party(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "not_code"), [
    # the whole name decides: Germany's Social Democrats, Iraq's Republican Guard
    ("Social Democratic lawmakers in Berlin criticized Chancellor Angela Merkel.", "Social Democratic lawmakers",
     "USA"),
    ("The Republican Guard attacked Kurdish villages in northern Iraq.", "Republican Guard", "USA"),
])
def test_a_party_adjective_inside_a_longer_name_is_not_the_us_party(coder: Coder, text: str, who: str,
                                                                     not_code: str) -> None:
    got = actors(coder, text)
    assert who in got and not got[who].startswith(not_code), got


@pytest.mark.parametrize(("text", "who", "code"), [
    # one member of a party, "the <state> Republican", is the politician the story is about
    ("Senate Majority Leader Mitch McConnell met Trump on Monday. In a statement, the Kentucky Republican dismissed "
     "Obama's plan on Tuesday.", "the Kentucky Republican", "USALEG"),
    ("House Speaker Paul Ryan spoke in Janesville on Monday. The Wisconsin Republican criticized the president on "
     "Tuesday.", "The Wisconsin Republican", "USALEG"),
    # a role with a party adjective that describes no one named before: the party's country, the role's sector
    ("The Republican state attorney general sued the administration on Tuesday.", "Republican state attorney general",
     "USAJUD"),
])
def test_a_definite_party_description_is_decided_by_its_head(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


def test_the_party_adjective_leaves_a_described_person_to_the_description(coder: Coder) -> None:
    text = "Donald Trump spoke in Iowa on Monday. The Republican presidential candidate criticized Mexico."
    assert actors(coder, text).get("The Republican presidential candidate") == "USAELI"


@pytest.mark.parametrize("text", [
    "Donald Trump campaigned in Iowa. Trump's spokeswoman criticized Clinton on Monday.",
    "Donald Trump campaigned in Iowa. A spokeswoman for Trump criticized Clinton on Monday.",
    "Donald Trump campaigned in Iowa. Trump spokeswoman Dana Hollis criticized Clinton on Monday.",
    "Donald Trump campaigned in Iowa. Trump campaign manager Roy Weller criticized Clinton on Monday.",
    "Donald Trump campaigned in Iowa. His campaign manager, Roy Weller, criticized Clinton on Monday.",
])
def test_a_candidates_staff_are_coded_as_the_candidate(coder: Coder, text: str) -> None:
    got = actors(coder, text)
    staff = [c for t, c in got.items() if "spokeswoman" in t or "Weller" in t or "Hollis" in t]
    assert staff and set(staff) == {"USAELI"}, got


def test_a_presidents_staff_are_the_government(coder: Coder) -> None:
    got = actors(coder, "Barack Obama spoke in Ohio. A spokesman for Obama criticized Trump on Monday.")
    assert got.get("A spokesman") == "USAGOV", got


@pytest.mark.parametrize(("text", "who"), [
    ("Congressman Pete King spoke to reporters. King criticized the FBI on Monday.", "King"),
    ("Mr. King criticized the mayor on Monday.", "Mr. King"),
    # (the title written without "former": a former office is an elite, ---ELI, which is no king here)
    ("Grassley will face Lt. Gov. Patty Judge (D). Judge criticized Grassley on Monday.", "Judge"),
])
def test_a_title_word_after_a_given_name_or_honorific_is_a_surname(coder: Coder, text: str, who: str) -> None:
    got = actors(coder, text)
    # the surname is no king or judge (a bare ---ELI or ---JUD); the title written with the whole name
    # ("Congressman Pete King") is its code
    assert who in got and got[who] not in {"---ELI", "---JUD", "---GOV"}, got


def test_mr_president_stays_a_title(coder: Coder) -> None:
    got = actors(coder, "Mr. President criticized the senators on Monday.")
    assert got.get("Mr. President") == "---GOV", got


def test_a_us_state_in_a_party_label_is_no_country(coder: Coder) -> None:
    got = actors(coder, "Rep. Ann Gale (D-New Mexico) criticized Trump on Monday.")
    assert got and not any(c.startswith("MEX") for c in got.values()), got


@pytest.mark.parametrize("text", [
    "The San Diego chapter president criticized Trump on Monday.",
    "Chapter president Luis Ortega criticized Trump on Monday.",
])
def test_a_chapters_president_is_no_government(coder: Coder, text: str) -> None:
    got = actors(coder, text)
    assert got and not any(c.endswith("GOV") for c in got.values()), got


def test_it_said_to_be_an_attack_is_no_actor(coder: Coder) -> None:
    text = ("The United Nations envoy for Yemen urged all parties to stop the escalation. It was one of the "
            "deadliest attacks on government forces this year, and came as fighting flared again on several fronts.")
    result = coder.code_text(text, day=DAY)
    assert not any(e.source is not None and e.source.text == "It" for e in result.events), result.events


@pytest.mark.parametrize("text", [
    "At the funeral, Billie Jean King spoke. King said Ali was brave.",
    "The show starred Billie Jean King and Larry King. King criticized the network on Monday.",
])
def test_a_name_the_tagger_took_for_a_title_keeps_its_title_word_as_a_surname(coder: Coder, text: str) -> None:
    # the tagger reads "Billie Jean King" as a work's title here, "King" alone as a person: no king (---GOV)
    got = actors(coder, text)
    assert got.get("King") == "", got


@pytest.mark.parametrize(("text", "who", "code"), [
    # a party's members in a chamber are legislators, as "Republican senators" are
    ("President Obama spoke on Monday. Senate Democrats praised his budget on Tuesday.", "Democrats", "USALEG"),
    ("President Obama spoke on Monday. House Republicans accused him of overreach.", "Republicans", "USALEG"),
    ("President Obama spoke on Monday. Congressional Republicans accused him of overreach.", "Republicans",
     "USALEG"),
    ("The tax bill stalled in March. Democrats in Congress blamed Speaker Paul Ryan for the delay.", "Democrats",
     "USALEG"),
    ("President Obama spoke on Monday. The Senate GOP criticized his budget on Tuesday.", "GOP", "USALEG"),
    # the party's name alone stays the party
    ("President Obama spoke on Monday. Republicans accused him of overreach.", "Republicans", "USAPTY"),
])
def test_a_party_named_with_a_chamber_is_its_legislators(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "code"), [
    ("President Obama spoke on Monday. The Dems praised his plan.", "Dems", "USAPTY"),
    ("President Obama spoke on Monday. Senate Dems praised his budget on Tuesday.", "Dems", "USALEG"),
    ("President Obama spoke on Monday. The Dem Party praised his plan.", "Dem Party", "USAPTY"),
])
def test_the_short_forms_of_a_us_party_are_the_party(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "code"), [
    # a title's abbreviation without its period is still the title, and leaves the surname to its person
    ("On Tuesday, Sen Cruz sharply criticized President Obama's plan for the border.", "Cruz", "USALEG"),
    ("On Tuesday, Rep Ann Whitcombe sharply criticized President Obama's plan for the border.", "Ann Whitcombe",
     "---LEG"),
    ("On Tuesday, Gov Ann Whitcombe sharply criticized President Obama's plan for the border.", "Ann Whitcombe",
     "---GOV"),
])
def test_a_title_abbreviation_without_its_period_is_a_title(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


def test_a_senator_of_new_mexico_is_american(coder: Coder) -> None:
    got = actors(coder, "Sen. Ann Whitcombe of New Mexico criticized President Obama's plan on Monday.")
    assert got.get("Ann Whitcombe") == "USALEG", got


@pytest.mark.parametrize(("text", "who"), [
    # "the <place> businessman" after the person is that person, not a new businessman of the country
    ("Hillary Clinton said Donald Trump had praised Vladimir Putin. The New York businessman has also praised "
     "President Xi.", "York businessman"),
    ("A poll found that Clinton would beat Donald Trump, while Sanders would beat the New York billionaire by "
     "a wider margin.", "York billionaire"),
])
def test_a_placed_epithet_after_a_named_person_is_that_person(coder: Coder, text: str, who: str) -> None:
    got = actors(coder, text)
    assert got.get(who) == got.get("Donald Trump", got.get("Trump")) and got.get(who) != "USABUS", got


def test_a_placed_epithet_with_no_such_person_stays_a_role(coder: Coder) -> None:
    got = actors(coder, "Angela Merkel met Vladimir Putin on Monday. The New York businessman criticized both "
                        "leaders.")
    assert got.get("York businessman") == "USABUS", got


@pytest.mark.parametrize(("who", "code"), [
    # a legislator or governor with no country of their own, in a story about one country, is of that country
    ("Sheldon Roe", "USALEG"), ("Jack Lane", "USAGOV"),
    # a president named so may be a foreign one: no country
    ("Mauricio Lopez", "---GOV"),
])
def test_a_titled_member_of_a_legislature_is_of_the_storys_country(coder: Coder, who: str, code: str) -> None:
    text = ("Donald Trump and Hillary Clinton campaigned in Ohio on Monday. Barack Obama spoke in Texas. "
            "Sen. Sheldon Roe criticized Trump. Gov. Jack Lane praised Clinton. President Mauricio Lopez criticized "
            "Trump.")
    got = actors(coder, text)
    assert got.get(who) == code, got


def test_a_titled_legislator_in_a_story_of_two_countries_keeps_no_country(coder: Coder) -> None:
    text = ("Vladimir Putin met Donald Trump in Helsinki. Russian and American officials attended. "
            "Sen. Sheldon Roe criticized Putin.")
    assert actors(coder, text).get("Sheldon Roe") == "---LEG", actors(coder, text)


@pytest.mark.parametrize("text", [
    # "it" after a sentence about a body no dictionary codes is that body, not a party named before
    "The Republican Party praised the bill. The Bureau of Water Safety has misled the public. It has refused to fine "
    "the polluters.",
    "The Democratic Party backed the plan. The Commission on Rural Roads ignored the complaints. It has refused to "
    "punish the contractors. It has blamed the farmers.",
])
def test_it_after_an_uncoded_body_is_that_body(coder: Coder, text: str) -> None:
    got = actors(coder, text)
    assert got.get("It", "") == "", got


@pytest.mark.parametrize("text", [
    # "they" in what a group is told to do is that group, not who tells it
    "Officials told the villagers to stay in their homes until they were evacuated by the army.",
    "Police told the protesters to leave the square, where they had been attacked by thugs the night before.",
])
def test_they_in_what_a_group_is_told_to_do_is_that_group(coder: Coder, text: str) -> None:
    got = actors(coder, text)
    assert got.get("they") == "---CVL", got
