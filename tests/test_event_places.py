"""Where and when an event happened: the place attached to it, not a country that owns the thing it happened
at; the time expression that dated it, traced to its characters."""

from __future__ import annotations

import datetime as dt

import pytest

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


def test_a_threat_takes_neither_the_time_nor_the_place_of_the_act_it_avenges(coder: Coder) -> None:
    res = coder.code_text("Hamas threatened to avenge an Israeli air raid yesterday that killed three fighters in Gaza.",
                          day=dt.date(2020, 1, 8))
    threat = [e for e in res.events if e.cameo.startswith("13")]
    kill = [e for e in res.events if e.cameo[:2] in {"18", "19"}]
    assert threat and kill
    assert all(e.date == dt.date(2020, 1, 8) and e.place is None for e in threat)  # said today, nowhere named
    assert all(e.date == dt.date(2020, 1, 7) and e.place is not None for e in kill)  # "yesterday", in Gaza


def test_an_agreement_is_dated_when_made_not_when_the_agreed_act_will_be(coder: Coder) -> None:
    res = coder.code_text("Russia and Ukraine agreed to hold talks in Minsk next week.", day=dt.date(2020, 1, 8))
    agreed = [e for e in res.events if e.evidence.trigger.text == "agreed"]
    talks = [e for e in res.unrealized_events if e.evidence.trigger.text == "hold"]
    assert agreed and talks
    assert all(e.date == dt.date(2020, 1, 8) and e.place is None for e in agreed)
    assert all(e.date == dt.date(2020, 1, 15) and e.place is not None and e.place.name == "Minsk" for e in talks)


def test_a_visit_happens_where_it_goes(coder: Coder) -> None:
    """The capital visited is the host government and the place: "a state visit to Moscow"."""
    res = coder.code_text("Chinese President Xi Jinping ended a state visit to Moscow on Wednesday, offering no "
                          "breakthrough on Ukraine.", day=dt.date(2023, 3, 22))
    visit = [e for e in res.events if e.cameo == "042"]
    assert visit and visit[0].place is not None and visit[0].place.name == "Moscow", visit


def test_a_country_after_on_is_a_topic_unless_attacked(coder: Coder) -> None:
    got = places(coder, "The United States imposed new sanctions on Iran on Friday in Washington.")
    assert got.get("16") == "Washington", got
    got = places(coder, "Russian troops launched an assault on Ukraine on Thursday.")
    assert got.get("19") == "Ukraine", got


def test_where_an_agreement_is_signed_or_praise_given_is_no_party(coder: Coder) -> None:
    """"Signed in the South African capital", "praised the plan in Paris": the place is where, not whom."""
    for text in ("Ethiopia's prime minister signed the deal in the South African capital on Wednesday.",
                 "The Kenyan president praised the plan in Paris on Monday."):
        res = coder.code_text(text, day=dt.date(2022, 11, 3))
        got = [(e.cameo, e.target.code if e.target else None) for e in res.events if e.cameo.startswith("05")]
        assert got and all(t is None for _c, t in got), got


def test_an_event_says_which_expression_dated_it_and_how_precisely(coder: Coder) -> None:
    text = ("Mourners gathered for the general, who was killed by a US drone strike in Baghdad last week. "
            "Iraqi lawmakers condemned the United States on Sunday.")
    res = coder.code_text(text, day=dt.date(2020, 1, 7))
    strike = next(e for e in res.events if e.root == "19")
    assert strike.time is not None and strike.time.precision == "week" and strike.date == strike.time.date
    assert text[strike.time.start : strike.time.end] == "last week" and strike.time.rule
    condemn = next(e for e in res.events if e.root == "11")
    assert condemn.time is not None and condemn.time.precision == "day" and condemn.date == dt.date(2020, 1, 5)
    bare = coder.code_text("Iraqi lawmakers condemned the United States.", day=dt.date(2020, 1, 7))
    assert [(e.date, e.time) for e in bare.events if e.root == "11"] == [(dt.date(2020, 1, 7), None)]


def test_common_noun_actors_take_the_country_of_the_place_their_event_is_at(coder: Coder) -> None:
    res = coder.code_text("Riot police fired tear gas at protesters in Tehran on Sunday.", day=dt.date(2020, 1, 13))
    dyads = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in res.events}
    assert ("IRNCOP", "IRNCVL") in dyads
    ev = next(e for e in res.events if e.source and e.source.code == "IRNCOP")
    assert ev.source is not None and ev.source.rule and ev.source.rule.endswith("+country:place:Tehran")


def test_no_country_from_the_dateline_a_topic_or_for_troops(coder: Coder) -> None:
    from newsevents.model import Article

    datelined = coder.code_article(Article(id="t1", date=dt.date(2020, 1, 13), outlet=None, dateline="TEHRAN",
                                           text="Riot police fired tear gas at protesters on Sunday."))
    assert datelined.events and all(not (e.source and e.source.code and e.source.code.startswith("IRN"))
                                    for e in datelined.events)
    topic = coder.code_text("The two leaders pledged to work together for peace in Ukraine.", day=dt.date(2023, 3, 22))
    assert all(e.source is None or e.source.code != "UKRGOV" for e in topic.events)
    troops = coder.code_text("Soldiers opened fire on a convoy near Kandahar.", day=dt.date(2010, 5, 1))
    assert troops.events and all(e.source is None or not (e.source.code or "").startswith("AFGMIL") for e in troops.events)


@pytest.mark.parametrize(("text", "written", "day"), [
    # an act in an "after" clause or phrase with a count of days happened that long before the main clause
    ("Huge crowds filled the streets of Mashhad on Sunday, two days after the general was killed by a US drone.",
     dt.date(2020, 1, 8), dt.date(2020, 1, 3)),
    ("On Sunday, three days after the US strike on the airport, Iran fired missiles at bases in Iraq.",
     dt.date(2020, 1, 8), dt.date(2020, 1, 2)),
    ("A Russian court on Monday ordered the opposition leader held, a day after he was arrested in Moscow.",
     dt.date(2021, 1, 19), dt.date(2021, 1, 17)),
])
def test_an_act_after_the_main_clause_is_counted_back_from_its_time(coder: Coder, text: str, written: dt.date,
                                                                     day: dt.date) -> None:
    res = coder.code_text(text, day=written)
    acts = [e for e in res.events if e.root in {"17", "18", "19"} and e.cameo not in {"172", "1724"}]
    inner = [e for e in acts if e.time is not None and "after" in e.time.text]
    assert inner and all(e.date == day and e.time is not None and e.time.rule
                         and e.time.rule.startswith("dates:days-after") for e in inner), [(e.cameo, e.date) for e in acts]


def test_an_act_after_the_main_clause_without_a_count_is_near_its_day(coder: Coder) -> None:
    res = coder.code_text("Protesters marched in Baghdad on Sunday after a rocket attack killed two soldiers.",
                          day=dt.date(2020, 1, 8))
    march = next(e for e in res.events if e.root == "14")
    kill = next(e for e in res.events if e.root == "19")
    assert march.date == dt.date(2020, 1, 5) and march.time is not None and march.time.precision == "day"
    assert kill.date == dt.date(2020, 1, 5) and kill.time is not None and kill.time.precision == "week"


def test_where_a_claimed_or_mourned_attack_happened_names_its_victims(coder: Coder) -> None:
    """"Claimed the bombing of a market in Lagos", "voiced sorrow for the shootings in Oslo": the attack's place
    is the country attacked, the target of the claim or the sorrow; where a statement is made is none."""
    for text, want in (("A Sahel militant group claimed responsibility for the bombing of a market in Nigeria's capital.", "NGA"),
                       ("The Danish prime minister expressed sorrow for the deadly shootings in Oslo.", "NOR")):
        res = coder.code_text(text, day=dt.date(2022, 11, 3))
        got = [(e.cameo, e.target.code if e.target else None) for e in res.events if e.cameo.startswith("01")]
        assert any(t is not None and t.startswith(want) for _c, t in got), got
    res = coder.code_text("The Danish prime minister made a statement in Oslo on Monday.", day=dt.date(2022, 11, 3))
    assert all(e.target is None for e in res.events if e.cameo.startswith("01")), res.events


def test_a_time_inside_an_after_clause_dates_only_that_clause(coder: Coder) -> None:
    """"ordered the killing after a mob this week laid siege": the week is the siege's (the parser splits the
    clause into "after a mob" and a subjectless "laid"); the order keeps the article date."""
    text = ("The Pentagon said the president had ordered the general's killing after a pro-Iran mob this week laid "
            "siege to the US embassy in the Iraqi capital.")
    res = coder.code_text(text, day=dt.date(2020, 1, 4))
    kill = [e for e in res.events + res.unrealized_events if e.root == "19" and not e.cameo.startswith("191")]
    siege = [e for e in res.events if e.cameo.startswith("191")]
    assert kill and all(e.time is None and e.date == dt.date(2020, 1, 4) for e in kill), kill
    assert siege and all(e.time is not None and e.time.text == "this week" for e in siege), siege


def test_a_place_named_for_the_main_clause_is_not_the_after_clauses(coder: Coder) -> None:
    res = coder.code_text("Riot police fired tear gas at protesters in Tehran on Sunday, two days after the general "
                          "was killed by a US drone.", day=dt.date(2020, 1, 8))
    crackdown = next(e for e in res.events if e.cameo.startswith("17"))
    killing = next(e for e in res.events if e.root == "18" or e.root == "19")
    assert crackdown.place is not None and crackdown.place.name == "Tehran"
    assert killing.place is None and killing.date == dt.date(2020, 1, 3)


def test_marching_through_a_city_is_there_and_its_people_march(coder: Coder) -> None:
    """"Marched through central Nairobi, burning ...": both acts are in Nairobi, by Kenyan students."""
    res = coder.code_text("Thousands of students marched through central Nairobi on Tuesday, burning portraits of the "
                          "finance minister.", day=dt.date(2024, 6, 26))
    protests = [e for e in res.events if e.cameo.startswith("14")]
    assert protests and all(e.place is not None and e.place.name == "Nairobi" for e in protests), protests
    assert all(e.source is not None and e.source.code == "KENEDU" for e in protests), [e.source for e in protests]


def test_a_target_named_through_a_division_is_also_the_place(coder: Coder) -> None:
    res = coder.code_text("Nine Yemeni soldiers died when a drone struck a base in the southern province of Abyan, "
                          "officials said.", day=dt.date(2020, 1, 8))
    strikes = [e for e in res.events if e.evidence.trigger is not None and e.evidence.trigger.text == "struck"]
    assert strikes and all(e.place is not None and e.place.country == "YEM" for e in strikes)


@pytest.mark.parametrize("text", [
    "Kenyan police have detained four men over the bombing of a bus in Nairobi last week, prosecutors said on Thursday.",
    "Police in Lagos have arrested two suspects over the attack on a church on Sunday.",
    "Protesters have been detained over last week's riots in the capital.",
    "They\u2019ve arrested five men over the bombing of a bus last week, police said.",  # a typeset apostrophe
])
def test_a_finished_past_time_does_not_date_a_present_perfect(coder: Coder, text: str) -> None:
    """English does not say "have arrested five men last week": the perfect is told from now, and the past
    time next to it is the time of the noun in its object (the bombing, the attack, the riots)."""
    res = coder.code_text(text, day=dt.date(2020, 1, 9))  # a Thursday
    held = [e for e in res.events if e.root == "17"]
    assert held and all(e.date == dt.date(2020, 1, 9) for e in held), held


def test_a_present_perfect_keeps_since_this_week_and_the_time_it_is_reported_at(coder: Coder) -> None:
    day = dt.date(2020, 1, 9)  # a Thursday
    res = coder.code_text("Nigeria has agreed to release the detainees, the minister said on Monday.", day=day)
    agreed = [e for e in res.events if e.evidence.trigger.text == "agreed"]
    assert agreed and all(e.date == dt.date(2020, 1, 6) for e in agreed), agreed  # the Monday it was told
    res = coder.code_text("Police have arrested twelve men this week.", day=day)
    held = [e for e in res.events if e.root == "17"]
    assert held and all(e.time is not None and e.time.text == "this week" for e in held), held
    res = coder.code_text("Police had arrested four men last week, before the talks began.", day=day)
    held = [e for e in res.events if e.root == "17"]
    assert held and all(e.date == dt.date(2020, 1, 2) for e in held), held  # a past perfect takes it


@pytest.mark.parametrize("text", ["Russian forces shelled Bakhmut on Monday.",
                                  "Russian forces shelled Bakhmut, killing three civilians."])
def test_a_town_the_tagger_mistyped_as_the_object_of_an_attack_is_its_target_and_place(coder: Coder, text: str) -> None:
    # the small model reads "Bakhmut" as an adverb typed as an organisation; the gazetteer knows the town
    res = coder.code_text(text, day=dt.date(2023, 1, 8))
    attacks = [e for e in res.events if e.cameo[:2] in {"18", "19"}]
    assert attacks and all(e.target is not None and e.target.code == "UKR" for e in attacks)
    assert all(e.place is not None and e.place.name == "Bakhmut" for e in attacks)


def test_a_large_town_taken_by_force_is_the_target_though_the_tagger_calls_it_a_person(coder: Coder) -> None:
    res = coder.code_text("Russian troops captured Kherson.", day=dt.date(2022, 3, 2))
    seized = [e for e in res.events if e.cameo.startswith("19")]
    assert seized and all(e.target is not None and e.target.code == "UKR" and e.place is not None
                          and e.place.name == "Kherson" for e in seized)


def test_a_visited_or_captured_town_in_the_object_is_where_the_event_is(coder: Coder) -> None:
    got = places(coder, "The Indian prime minister visited Dhaka on Monday.")
    assert got.get("04") == "Dhaka"
    res = coder.code_text("Rebels captured Izium on Sunday.", day=dt.date(2022, 9, 12))
    seized = [e for e in res.events if e.cameo.startswith("19")]
    assert seized and all(e.place is not None and e.place.country == "UKR" for e in seized)


@pytest.mark.parametrize("text", ["The president arrived in Orlando on Monday for a rally.",
                                  "President Obama traveled to Chicago on Friday for a fundraiser."])
def test_a_trip_at_home_visits_no_state_but_keeps_its_place(coder: Coder, text: str) -> None:
    # a trip at home is no visit: with no host left, no event (the place is still found)
    res = coder.code_text(text, day=dt.date(2016, 6, 8))
    assert not [e for e in res.events if e.cameo.startswith("04")]
    assert any(p.country == "USA" for p in res.places)


def test_a_trip_abroad_visits_the_country_it_goes_to(coder: Coder) -> None:
    res = coder.code_text("The German chancellor arrived in Paris for talks on Monday.", day=dt.date(2016, 6, 8))
    trips = [e for e in res.events if e.cameo == "042"]
    assert trips and all(e.target is not None and e.target.code and e.target.code[:3] == "FRA" for e in trips)


def test_a_host_is_not_with_the_town_it_is_in_but_a_broker_is_with_the_party(coder: Coder) -> None:
    res = coder.code_text("The magazine is hosting a party at a hotel in downtown Manchester.", day=dt.date(2016, 6, 8))
    assert not any(e.target is not None and e.target.text == "Manchester" for e in res.events)
    res = coder.code_text("The US had been in secret talks with Iran brokered by Oman.", day=dt.date(2016, 6, 8))
    assert any(e.cameo == "045" and e.target is not None and e.target.code == "IRN" for e in res.events)


def test_a_body_named_by_its_building_is_the_venue_of_a_host(coder: Coder) -> None:
    """"hosted a dinner at the Kremlin": the Kremlin is where, the guests (here unnamed) are the target."""
    res = coder.code_text("In May, President Putin hosted a state dinner at the Kremlin.", day=dt.date(2016, 6, 8))
    hosts = [e for e in res.events if e.cameo == "043"]
    assert hosts and all(e.target is None for e in hosts), res.events
    res = coder.code_text("President Putin hosted the Chinese president at the Kremlin.", day=dt.date(2016, 6, 8))
    assert any(e.cameo == "043" and e.target is not None and e.target.code[:3] == "CHN" for e in res.events)


def test_a_deed_done_in_a_town_at_home_is_not_aimed_at_the_country(coder: Coder) -> None:
    res = coder.code_text("Trump refused to speak at the union convention in Cincinnati.", day=dt.date(2016, 7, 18))
    assert res.events and not any(e.target is not None and e.target.text == "Cincinnati" for e in res.events)
    # nor is it when no one known did it; people in the town are still whom it is for
    res = coder.code_text("He refused to speak at the union convention in Cincinnati.", day=dt.date(2016, 7, 18))
    assert not any(e.target is not None and e.target.text == "Cincinnati" for e in res.events)
    res = coder.code_text("The hashtag became a way of offering shelter to those in Paris who needed it.",
                          day=dt.date(2016, 7, 18))
    assert any(e.target is not None and e.target.code == "FRA" for e in res.events)
    # the place of violence names its victims: sympathy goes to them
    res = coder.code_text("President Obama expressed sorrow for the deadly shooting in Orlando.", day=dt.date(2016, 6, 13))
    assert any(e.cameo == "018" and e.target is not None and e.target.code == "USA" for e in res.events)


@pytest.mark.parametrize(("text", "root"), [
    ("The two presidents pledged to expand trade, while offering no plan for ending the war in Yemen.", "03"),
    ("The European Union imposed sanctions on Belarus on Monday in response to attacks on villages in Lithuania.", "16"),
    ("The foreign minister condemned the seizure of a tanker off Somalia and the killing of hostages in Mali.", "11"),
    ("The senator called for more money for Pakistani teachers in Afghanistan to train local staff.", "02"),
])
def test_a_place_qualifying_what_a_spoken_act_is_about_is_not_where_it_was_done(coder: Coder, text: str,
                                                                                  root: str) -> None:
    got = places(coder, text)
    assert root in got and got[root] is None


@pytest.mark.parametrize(("text", "root", "place"), [
    ("Officials in Nairobi condemned the raid.", "11", "Nairobi"),
    ("The governor urged calm at a news conference in Lagos.", "02", "Lagos"),
    ("The senator told a union gathering in Detroit that she would meet the strikers.", "03", "Detroit"),
    ("Speaking to a crowd of supporters in Denver, the candidate criticized the president.", "11", "Denver"),
    ("The prime minister visited a hospital in Peshawar.", "04", "Peshawar"),
    ("Protesters rallied outside the French embassy in Dakar.", "14", "Dakar"),
])
def test_where_a_spoken_act_was_done_is_said_on_it_its_speaker_its_audience_or_its_scene(
        coder: Coder, text: str, root: str, place: str) -> None:
    assert places(coder, text).get(root) == place


@pytest.mark.parametrize(("text", "place"), [
    ("The German chancellor made a surprise visit to Kyiv and met President Zelensky.", "Kyiv"),
    ("The Greek foreign minister flew to Ankara on Monday and met his Turkish counterpart.", "Ankara"),
])
def test_a_meeting_joined_to_a_trip_is_where_the_trip_went(coder: Coder, text: str, place: str) -> None:
    res = coder.code_text(text, day=dt.date(2020, 1, 8))
    met = [e for e in res.events if e.evidence.trigger is not None and e.evidence.trigger.text == "met"]
    assert met and all(e.place is not None and e.place.name == place for e in met)


def test_a_meeting_with_no_trip_beside_it_takes_no_place_from_the_sentence(coder: Coder) -> None:
    got = places(coder, "The prime minister met the Ukrainian president after the war in Ukraine began.")
    assert got.get("04") is None


def _deaths(coder: Coder, text: str) -> list[int | None]:
    res = coder.code_text(text, day=dt.date(2020, 1, 8))
    return [e.fatalities for e in res.events if e.cameo[:2] in {"18", "19", "20"}]


@pytest.mark.parametrize("text", [
    "The insurgency, which began in 2012, has killed thousands of civilians.",
    "A security crackdown that has killed hundreds of demonstrators drew criticism.",
    "Tens of thousands of people have been killed, and the war has displaced millions.",
    "More than 300 people have been killed since the fighting began in April.",
])
def test_a_toll_of_a_lasting_conflict_is_no_days_fatalities(coder: Coder, text: str) -> None:
    got = _deaths(coder, text)
    assert got and all(f is None for f in got)


@pytest.mark.parametrize(("text", "deaths"), [
    ("At least 11 people have been killed in two days of riots in Lima.", 11),
    ("A car bomb killed 14 soldiers in Mogadishu on Monday.", 14),
    ("Hundreds of civilians had already been killed by Saturday.", 200),
])
def test_the_deaths_of_an_event_stay_its_fatalities(coder: Coder, text: str, deaths: int) -> None:
    assert deaths in _deaths(coder, text)


def test_an_act_in_a_when_clause_on_a_dated_main_clause_is_on_that_day(coder: Coder) -> None:
    res = coder.code_text("The unrest began on Sunday evening, when a memorial gathering turned into a protest against "
                          "the government.", day=dt.date(2021, 6, 2))
    protest = [e for e in res.events if e.cameo.startswith("14")]
    assert protest and all(e.date == dt.date(2021, 5, 30) for e in protest)



def _datelined(coder: Coder, dateline: str, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    from newsevents.model import Article

    res = coder.code_article(Article(id="dl", date=dt.date(2020, 1, 13), outlet=None, dateline=dateline, text=text))
    return [(e.cameo, e.source.code if e.source else None, e.place.name if e.place else None,
             e.place.precision if e.place else None) for e in res.events]


@pytest.mark.parametrize(("dateline", "text", "root", "home"), [
    ("PARIS", "Iran's foreign ministry rejected the demand on Sunday.", "12", "IRN"),
    ("OTTAWA", "Tehran on Monday demanded an apology from the airline.", "10", "IRN"),
    ("BERLIN", "The Russian government threatened to expel the diplomats.", "13", "RUS"),
    ("WASHINGTON", "Chinese officials criticized the decision as reckless.", "11", "CHN"),
])
def test_a_state_speaking_nowhere_named_speaks_at_home_not_at_the_dateline(
        coder: Coder, dateline: str, text: str, root: str, home: str) -> None:
    """The dateline is where the reporter is: a foreign state's statement, demand, threat or criticism with no
    place of its own is placed in its country (country precision), not in the dateline's town."""
    got = [g for g in _datelined(coder, dateline, text) if g[0][:2] == root]
    assert got, _datelined(coder, dateline, text)
    assert all(g[1] is not None and g[1][:3] == home and g[3] == "country" for g in got), got


@pytest.mark.parametrize(("dateline", "text", "root", "town"), [
    ("PARIS", "French President Emmanuel Macron urged calm on Sunday.", "02", "Paris"),  # the dateline's own state
    ("PARIS", "The United Nations urged restraint on Sunday.", "02", "Paris"),  # an international body
    ("PARIS", "Iranian students demanded the release of the prisoners.", "10", "Paris"),  # not the state
    ("PARIS", "Iran's foreign minister met his French counterpart on Sunday.", "04", "Paris"),  # a meeting
    ("PARIS", "Iran's foreign ministry rejected the demand in Tehran on Sunday.", "12", "Tehran"),  # its own place
    ("PARIS", "The Iranian ambassador condemned the decision on Sunday.", "11", "Paris"),  # posted abroad
    ("GENEVA", "The Syrian government agreed on Sunday to a permanent cessation of hostilities.", "03", "Geneva"),  # at the talks
    ("MOSCOW", "Chinese President Xi Jinping arrived in Moscow on Monday. He criticized the sanctions on Russia.",
     "11", "Moscow"),  # the story shows him there
])
def test_the_dateline_stays_for_its_own_state_others_than_states_meetings_and_named_places(
        coder: Coder, dateline: str, text: str, root: str, town: str) -> None:
    got = [g for g in _datelined(coder, dateline, text) if g[0][:2] == root]
    assert got and all(g[2] == town for g in got), _datelined(coder, dateline, text)


def _mentions(coder: Coder, text: str, root: set[str]) -> list[tuple[str, dt.date | None, str | None, str]]:
    """(trigger, date, place, time rule) of the events of ``root``, in a story written on Wednesday 10 March 2021."""
    res = coder.code_text(text, day=dt.date(2021, 3, 10))
    return [(e.evidence.trigger.text if e.evidence.trigger else "", e.date, e.place.name if e.place else None,
             e.time.rule or "" if e.time else "") for e in res.events if e.root in root]


@pytest.mark.parametrize(("text", "trigger"), [
    ("US troops killed two militia commanders near Kirkuk on Monday. Iraq's foreign minister condemned the US strike.",
     "strike"),  # a definite noun
    ("Israeli troops shot dead a Palestinian teenager in Hebron on Monday. Hamas condemned the teenager's killing by "
     "Israeli troops.", "killing"),  # a possessive nominalisation
    ("Israeli troops shot dead a Palestinian teenager in Hebron on Monday. Palestinian officials condemned the attack "
     "by Israeli troops.", "attack"),
])
def test_a_definite_event_noun_refers_back_to_the_dated_act_it_names(coder: Coder, text: str, trigger: str) -> None:
    """A later mention of the act by an event noun with no time of its own is that act, not one on the day the
    story was written: it takes the act's date (Monday) and place, and its time rule says which event it names."""
    got = _mentions(coder, text, {"18", "19"})
    first = next(g for g in got if g[0] != trigger)
    later = [g for g in got if g[0] == trigger]
    assert first[1] == dt.date(2021, 3, 8) and first[2] is not None, got
    assert later and all(g[1:3] == first[1:3] and g[3].startswith("refers back to event ev") for g in later), got


@pytest.mark.parametrize(("text", "trigger", "root"), [
    # another place than the act told
    ("Russian forces shelled Kharkiv on Monday. Ukraine condemned the Russian attack on Odesa.", "attack", "19"),
    # a noun set apart from the act told
    ("Israeli troops shot dead a Palestinian teenager in Hebron on Monday. Palestinian officials condemned the second "
     "attack by Israeli troops.", "attack", "19"),
    # an act going on now
    ("Israeli troops shot dead a Palestinian teenager in Hebron on Monday. Israeli troops continued their attack on "
     "Palestinian gunmen.", "attack", "19"),
    # no side named by both: other arrests than the police's
    ("Florida police arrested 60 drug dealers in Miami on Saturday. The operation involved the arrest of three "
     "hackers.", "arrest", "17"),
])
def test_an_event_noun_naming_another_occasion_keeps_its_own_date(coder: Coder, text: str, trigger: str,
                                                                  root: str) -> None:
    got = _mentions(coder, text, {root})
    later = [g for g in got if g[0] == trigger]
    assert later and all(g[1] == dt.date(2021, 3, 10) and not g[3] for g in later), got


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Coalition jets killed four fighters in an air strike near Raqqa on Monday. The group vowed revenge.",
     "strike", dt.date(2021, 3, 8)),
    ("Two soldiers died in a suicide bombing in Kandahar on Tuesday. The Taliban denied any role.",
     "bombing", dt.date(2021, 3, 9)),
    ("Three people died in a bombing at a market in Mosul on Sunday. No group has claimed it.",
     "bombing", dt.date(2021, 3, 7)),
])
def test_an_event_noun_in_the_phrase_of_a_dated_verb_takes_its_time(coder: Coder, text: str, trigger: str,
                                                                    day: dt.date) -> None:
    """"killed ... in an air strike ... on Monday": the time on the verb dates the occasion its "in"/"by" phrase
    names, not the day the story was written."""
    got = [g for g in _mentions(coder, text, {"18", "19", "20"}) if g[0] == trigger]
    assert got and all(g[1] == day for g in got), got


def test_an_event_noun_after_another_preposition_keeps_its_own_date(coder: Coder) -> None:
    """A time on the verb of a phrase that only names the noun's topic is the verb's: a complaint on Monday about
    an air strike does not date the strike."""
    got = _mentions(coder, "Iraq complained on Monday about a Turkish air strike on its territory. Ankara did not "
                    "respond.", {"19"})
    assert got and all(g[1] == dt.date(2021, 3, 10) for g in got), got


def test_a_spoken_act_named_again_is_not_taken_for_the_one_told(coder: Coder) -> None:
    """Praise, criticism and meetings recur between the same sides: "his praise" need not be Monday's."""
    got = _mentions(coder, "Senator Smith praised the governor on Monday. His praise of the governor surprised aides.",
                    {"05"})
    later = [g for g in got if g[0] == "praise"]
    assert later and all(g[1] == dt.date(2021, 3, 10) and not g[3] for g in later), got


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("In a statement released late on Monday, the foreign ministry condemned the bombing of the hospital.",
     "condemned", dt.date(2021, 3, 8)),
    ("In a communique issued on Tuesday, the junta accused France of arming the rebels.",
     "accused", dt.date(2021, 3, 9)),
    ("\"Order will be restored,\" the prime minister said in a televised address on Monday night, after meeting "
     "army chiefs.", "meeting", dt.date(2021, 3, 8)),
])
def test_the_time_of_the_statement_an_act_is_said_in_dates_it(coder: Coder, text: str, trigger: str,
                                                               day: dt.date) -> None:
    """"In a statement released late on Monday, the ministry condemned ...": the condemnation is the statement,
    so the time on the statement (or on the participle that describes it) is the act's, not the article's."""
    res = coder.code_text(text, day=dt.date(2021, 3, 10))
    got = [(e.evidence.trigger.text if e.evidence.trigger else "", e.date) for e in res.events]
    assert any(t == trigger for t, _ in got) and all(d == day for t, d in got if t == trigger), got


@pytest.mark.parametrize(("text", "day"), [
    ("Riot police arrested dozens of students in Hanoi for a second day on Tuesday.", dt.date(2021, 3, 9)),
    ("Police fired tear gas at protesters for a second day on Tuesday.", dt.date(2021, 3, 9)),
])
def test_a_time_on_the_counted_day_of_a_repeated_act_dates_it(coder: Coder, text: str, day: dt.date) -> None:
    """"for a second night on Sunday": the night counted is the act's own, so Sunday dates it."""
    got = _mentions(coder, text, {"15", "17"})
    assert got and all(g[1] == day for g in got), got


@pytest.mark.parametrize(("text", "triggers", "day"), [
    ("The opposition demanded an inquiry into last Sunday's clashes in the capital. Police fired rubber bullets "
     "during those clashes.", {"fired", "clashes"}, dt.date(2021, 3, 7)),
    ("Rights groups criticised the handling of Friday's crackdown on students. Dozens of students were arrested "
     "during the crackdown.", {"arrested"}, dt.date(2021, 3, 5)),
    ("Lawyers asked for a review of Monday's raid on the newspaper. Two journalists were injured in the raid.",
     {"injured"}, dt.date(2021, 3, 8)),
])
def test_an_occasion_a_possessive_dated_before_dates_what_happened_during_it(coder: Coder, text: str,
                                                                             triggers: set[str],
                                                                             day: dt.date) -> None:
    """"the description of last Wednesday's clashes ... fired tear gas during those clashes": the first mention
    is no event of its own, yet its possessive dates the occasion that the definite noun names again, and the
    acts during it."""
    got = [g for g in _mentions(coder, text, {"14", "15", "17", "18", "19"}) if g[0] in triggers]
    assert {g[0] for g in got} == triggers and all(g[1] == day for g in got), got
