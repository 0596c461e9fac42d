"""Stop 13 of the event coder, on sentences written for these tests: a country's name before a
role inside one name ("the Fiji Navy"), plural "forces" of a country, a maker's name on a model
number, and easing or abolishing limits and the nouns of lifting them."""

from __future__ import annotations

from datetime import date

from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def code(coder: Coder, text: str) -> ArticleResult:
    return coder.code_text(text, day=DAY)




def test_country_then_role_inside_one_name_is_that_countrys_role(coder: Coder) -> None:
    """The parser hides the country inside an ORG name; the name's last word is the role."""
    r = triples(code(coder, "The Tonga Navy seized a fishing boat near the reef on Sunday."))
    assert any(s == "TONMIL" and c.startswith("171") for s, _, c in r)


def test_country_inside_a_company_name_is_still_skipped(coder: Coder) -> None:
    """"Iran Air" is an airline's name, not Iran: no role word follows the country."""
    r = triples(code(coder, "Iran Air accused the airport of stranding its passengers."))
    assert not any(s == "IRN" for s, _, _ in r)


def test_a_countrys_forces_are_its_military(coder: Coder) -> None:
    r = triples(code(coder, "Chadian forces shelled a rebel camp on Tuesday."))
    assert any(s == "TCDMIL" and c.startswith("19") for s, _, c in r)


def test_market_forces_get_no_military(coder: Coder) -> None:
    """Only a country's forces are armed: no country, no military."""
    r = triples(code(coder, "Market forces attacked the currency on Tuesday."))
    assert not any(s.endswith("MIL") for s, _, _ in r)


def test_a_makers_name_on_a_model_number_is_no_actor(coder: Coder) -> None:
    r = triples(code(coder, "Insurgents shot down a Kenya Airways Boeing 737 over the desert."))
    assert not any(t.startswith("USA") for _, t, _ in r)


def test_easing_rules_is_easing_restrictions(coder: Coder) -> None:
    r = triples(code(coder, "The Peruvian government eased rules on foreign charities on Monday."))
    assert any(s.startswith("PER") and c == "081" for s, _, c in r)


def test_abolishing_a_curfew_is_lifting_it(coder: Coder) -> None:
    r = triples(code(coder, "The Bolivian government abolished the curfew in La Paz."))
    assert any(s.startswith("BOL") and c == "0813" for s, _, c in r)


def test_the_lifting_of_sanctions_is_a_noun_event(coder: Coder) -> None:
    r = triples(code(coder, "The European Union announced the lifting of sanctions on Cuba."))
    assert any(c == "085" for _, _, c in r)
    assert not any(c.startswith("163") for _, _, c in r)  # the sanctions are lifted, not imposed


def test_lifting_a_ban_on_a_person_stays_no_sanction_relief(coder: Coder) -> None:
    """"The lifting of the ban" is easing (081), never the economic relief of 085."""
    r = triples(code(coder, "The Nepali government announced the lifting of the ban on street vendors."))
    assert not any(c == "085" for _, _, c in r)


def test_the_object_of_a_lifting_is_no_event_of_its_own(coder: Coder) -> None:
    """The curfew of "the lifting of the curfew" is lifted, not imposed, even when the lifting
    itself is only the object of a reaction."""
    r = triples(code(coder, "The lifting of the curfew in Mombasa was welcomed by traders."))
    assert not any(c.startswith("172") for _, _, c in r)


def test_a_surname_read_as_a_place_is_the_place(coder: Coder) -> None:
    """A weak surname match the tagger reads as a city names the city, not the person."""
    r = code(coder, "Soldiers imposed a curfew in Lagos on Friday.")
    assert not any(e.source is not None and e.source.code.startswith("CHL") for e in r.events)


def test_announcing_an_event_noun_is_doing_it(coder: Coder) -> None:
    """"Announced sanctions/the withdrawal" reports the act; "announced it would" stays planned."""
    done = triples(code(coder, "The Ugandan army announced the withdrawal of its troops from the border town."))
    assert any(c == "0874" for _, _, c in done)
    later = triples(code(coder, "The Ugandan army announced it would withdraw its troops from the border town."))
    assert not any(c == "0874" for _, _, c in later)


def test_a_city_names_the_country_of_its_mayor(coder: Coder) -> None:
    r = triples(code(coder, "The governor of Kandahar lifted the curfew on Sunday."))
    assert any(s == "AFGGOV" and c == "0813" for s, _, c in r)


def test_ready_to_act_is_not_yet_acting(coder: Coder) -> None:
    """"Was ready to provide aid" is an offer (03x), not aid given (07x)."""
    r = triples(code(coder, "Norway said it was ready to provide humanitarian aid to Haiti."))
    assert not any(c.startswith("07") for _, _, c in r)
    assert any(s == "NOR" and c.startswith("033") for s, _, c in r)


def test_prepared_to_strike_if_is_a_threat(coder: Coder) -> None:
    """A union "prepared to strike if" its demands are not met threatens a strike (133)."""
    r = triples(code(coder, "The Kenyan teachers union said it was prepared to strike if salaries were not raised."))
    assert any(c == "133" for _, _, c in r)
    assert not any(c.startswith("14") for _, _, c in r)


def test_promised_event_noun_gives_the_specific_intent(coder: Coder) -> None:
    """"Promised arrests" is a threat of repression (137), not a bare promise (030)."""
    r = triples(code(coder, "Ghanaian officials promised arrests if the smuggling continues."))
    assert any(s == "GHAGOV" and c == "137" for s, _, c in r)
    assert not any(c == "030" for _, _, c in r)


def test_air_and_drone_strikes_are_aerial_weapons(coder: Coder) -> None:
    r = triples(code(coder, "Turkey carried out an air strike on Kurdish fighters in Iraq."))
    assert any(s == "TUR" and c == "195" for s, _, c in r)
    assert not any(c == "190" for _, _, c in r)
