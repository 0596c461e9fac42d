"""Whom a role speaks for: a spokesman takes the code of the body he speaks for, a title after a listed body's name
is that body's office, a former office makes an elite, a country's name written as a titled person's surname stays
the person, and delegates in a story of a party's nomination are the party's. Sentences written for these tests."""

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
    # a company, a union, a family, a court: what the spokesperson speaks for gives the sector, not a government
    ("A Twitter spokesman said the company had suspended the accounts on Friday.", "A Twitter spokesman", "---BUS"),
    ("A spokeswoman for Facebook said the page had been removed.", "A spokeswoman", "---BUS"),
    ("A union spokesman said the members had not endorsed anyone yet.", "A union spokesman", "---LAB"),
    # (the capital opening the sentence makes the tagger read "Family" as a proper noun here)
    ("The singer's plane landed in Memphis on Sunday afternoon.\n\nFamily spokesman Bob Lane says the singer was "
     "accompanied by his wife.", "Family spokesman Bob Lane", "---CVL"),
    ("A court spokeswoman said the judge would rule next week.", "A court spokeswoman", "---JUD"),
    # a government's spokesman stays the government's
    ("A government spokesman said the talks would resume on Monday.", "A government spokesman", "---GOV"),
])
def test_a_spokesperson_takes_the_code_of_what_he_speaks_for(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "code"), [
    # a title written after a listed body's name is that body's office, as the body's unnamed officer is
    ("CNN President Jeff Zucker defended the network's election coverage on Monday.", "Jeff Zucker", "USAMED"),
    ("Hamas spokesman Yusuf Barakat condemned the raid on Monday.", "Yusuf Barakat", "PSEREB"),
    ("UN spokesman Stephane Dujarric condemned the bombing on Monday.", "Stephane Dujarric", "IGOUNO"),
])
def test_a_title_after_a_listed_bodys_name_is_the_bodys(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "code"), [
    # a former office of a government or a legislature makes an elite, as "former president" does
    ("Former Mexican presidents criticized the border wall on Monday.", "Former Mexican presidents", "MEXELI"),
    ("Former Gov. Ann Whitcombe of Ohio criticized the budget on Monday.", "Ann Whitcombe", "USAELI"),
    ("The former governor criticized the budget on Monday.", "former governor", "---ELI"),
    # a sitting one is not
    ("Gov. Ann Whitcombe of Ohio criticized the budget on Monday.", "Ann Whitcombe", "USAGOV"),
])
def test_a_former_office_holder_is_an_elite(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


def test_a_former_officer_of_an_unlisted_body_is_no_elite(coder: Coder) -> None:
    got = actors(coder, "Tom Reyes, a former Goldfarb Partners vice president, criticized the new rules on Monday.")
    assert not any(c.endswith("ELI") for c in got.values()), got


@pytest.mark.parametrize(("text", "who", "code"), [
    # a country's name that is a titled person's surname is the person, and so is its repetition as a subject
    ("Rep. Steve Israel of New York criticized the budget on Monday. Israel said the cuts would hurt families.",
     "Israel", "USALEG"),
    ("Sen. Chad criticized the budget on Monday. He said the cuts would hurt families.", "Chad", "---LEG"),
    # with no such person, the country
    ("Israel criticized the budget of the agency on Monday.", "Israel", "ISR"),
])
def test_a_country_name_as_a_titled_persons_surname_is_the_person(coder: Coder, text: str, who: str,
                                                                     code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "code"), [
    # delegates in a story of a party's nomination are the party's people
    ("Trump is close to winning the nomination. Several delegates criticized the rules on Tuesday.",
     "Several delegates", "---PTY"),
    ("Clinton leads in superdelegates after the primary. Ohio delegates praised her on Tuesday.", "Ohio delegates",
     "USAPTY"),
    # at talks between states they are the governments'
    ("Iranian delegates walked out of the talks in Geneva on Monday.", "Iranian delegates", "IRNGOV"),
])
def test_delegates_in_a_nominating_contest_are_the_partys(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "code"), [
    # a title after a state body named with its country's adjective is that country's: the adjective hangs on the
    # body's name, not on the title
    ("Chinese Foreign Ministry spokesman Hua Chunying criticized Japan on Tuesday.", "Hua Chunying", "CHNGOV"),
    ("Russian Defence Ministry spokesman Igor Konashenkov accused Turkey of lying on Monday.", "Igor Konashenkov",
     "RUSGOV"),
    ("The Iranian Foreign Ministry's spokesman condemned Saudi Arabia on Sunday.", "Ministry's spokesman", "IRNGOV"),
])
def test_a_title_after_a_national_bodys_name_is_of_its_country(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "code"), [
    # a secretary named by a portfolio holds a cabinet office, which outranks a former office in an apposition
    ("Agriculture Secretary Tom Vilsack, a former Iowa governor, praised the farm bill on Monday.", "Tom Vilsack",
     "---GOV"),
    ("Energy Secretary Ernest Moniz, a former physics professor, criticized Congress on Monday.",
     "Ernest Moniz", "---GOV"),
    # a former one is an elite, a listed portfolio's too
    ("Former Commerce Secretary Ann Whitcombe criticized the budget on Monday.", "Ann Whitcombe", "---ELI"),
    ("Former Treasury Secretary Larry Summers criticized the budget on Monday.", "Larry Summers", "---ELI"),
    # and serves the president who named him no more: the president's country, not his code
    ("Former Obama Education Secretary Arne Duncan criticized Congress on Monday.", "Arne Duncan", "USAELI"),
])
def test_a_portfolio_secretary_is_a_cabinet_office(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "code"), [
    # a country's adjective before a generic body's name says whose body it is, also against the one country the
    # dictionary lists the name under (the Foreign Office listed is the British one)
    ("A Pakistani Foreign Office spokesman condemned the drone strike on Monday.",
     "A Pakistani Foreign Office spokesman", "PAKGOV"),
    ("The Indian Foreign Office summoned the Pakistani envoy on Tuesday.", "Foreign Office", "INDGOV"),
    # and before a state body's name of several words however the parser hangs it ("Defence" or "Ministry")
    ("The Russian Defence Ministry accused Ukraine of shelling a border village.", "The Russian Defence Ministry",
     "RUSGOV"),
])
def test_a_country_adjective_before_a_bodys_name_is_its_country(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


@pytest.mark.parametrize(("text", "who", "code"), [
    # a trade named in the plural before a spokesman: its union speaks
    ("A machinists spokesman said the union would strike on Friday.", "A machinists spokesman", "---LAB"),
    ("The electricians spokesman accused the utility of lying to customers.", "The electricians spokesman", "---LAB"),
    # a bare body word before the title: the body of that word named before ("the coalition" as a description)
    ("The Saudi-led coalition bombed the port of Hodeidah. Coalition spokesman Turki al-Maliki denied hitting "
     "civilians.", "Coalition spokesman Turki al-Maliki", "SAUMIL"),
    ("Houthi rebels fired a missile at Riyadh. The Saudi-led coalition bombed the port of Hodeidah. A coalition "
     "spokesman accused Iran of arming the rebels.", "A coalition spokesman", "SAUMIL"),
    # a bare capitalised title before a name: the staff of the person the sentence before is about
    ("Martin O'Malley's campaign says it will move staff to Iowa. Spokeswoman Haley Morris says the candidate will "
     "keep a lean campaign.", "Spokeswoman Haley Morris", "USAELI"),
    # (also when the recogniser took the title into the person's name)
    ("Senator Elizabeth Warren criticized the bank on Monday. Spokeswoman Ann Roe said the senator would not back "
     "down.", "Spokeswoman Ann Roe", "USALEG"),
    ("Jeb Bush's campaign says it will cut salaries. Spokeswoman Ann Roe says the candidate will stay in the race.",
     "Spokeswoman Ann Roe", "USAELI"),
])
def test_a_spokesman_speaks_for_whom_the_story_names(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)


def test_one_worker_of_a_trade_stays_a_private_person(coder: Coder) -> None:
    got = actors(coder, "Tom Keller, 62, a retired machinist, criticized the union on Monday.")
    assert got.get("Tom Keller") == "", got


@pytest.mark.parametrize(("text", "who", "code"), [
    # the parties' short forms before a role, as "Democratic senators" and "GOP senators": a state body's members
    # keep its sector, the party's own people are the party
    ("President Obama spoke on Monday. Dem senators accused him of overreach.", "Dem senators", "USALEG"),
    ("President Obama spoke on Monday. Repub senators accused him of overreach.", "Repub senators", "USALEG"),
    ("The budget passed on Monday. Dem leaders criticized the cuts.", "Dem leaders", "USAPTY"),
])
def test_a_partys_short_form_before_a_role_is_the_partys(coder: Coder, text: str, who: str, code: str) -> None:
    assert actors(coder, text).get(who) == code, actors(coder, text)
