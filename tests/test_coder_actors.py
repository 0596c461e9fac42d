"""Actors of coded events: who stands behind an event noun, countries inside names, forces, a "from" or
"by" phrase, one-sided and mutual acts, pronouns in reported plans, relatives and reduced relatives.
On sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests._coder import code, events, has
from tests.test_events import triples


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # the passive light verb's "by" phrase names who did what its subject names
    ("The cyber attack on the grid was carried out by Russian military intelligence.", "RUS", "176"),
    ("The deployment of the troops was announced by the Kenyan defence minister.", "KEN", "15*"),
    ("Iran was behind the disinformation campaign against Bahrain.", "IRN", "170"),
    ("Bahrain expelled the Iranian diplomats who were behind the disinformation campaign.", "IRN", "170"),
    # "he"/"she" in a reported plan is its speaker
    # "he"/"she" as subject of the reported clause is its speaker (coreference: the reporter)
    ("The Gambian president said he wanted to ban opposition parties from the elections.", "GMB", "132*"),
    ("Kenya's foreign minister said she would meet her Somali counterpart next week.", "KEN", "036"),
    # a weapon as the subject: who fired, dropped or laid it did it (also when the parser made the
    # participle the main verb)
    ("Bombs dropped by Syrian helicopters killed twelve villagers near Idlib.", "SYR", "19*"),
    ("Missiles fired by an Israeli drone destroyed a car in Gaza.", "ISR", "17*"),
    ("Mines laid by the rebels wounded three Malian soldiers.", "---REB", "19*"),
    # a capital as an owner still acts ("the Paris attacks" below are only where)
    ("Moscow's airstrikes killed dozens of civilians in Idlib.", "RUS", "19*"),
    # a trade union's officers are labour, not government
    ("The union president accused the mining company of lying.", "---LAB", "112*"),
    ("The dockers' union chief criticized the port authority.", "---LAB", "111"),
    # the commander in chief is the head of state (also written with hyphens)
    ("The commander in chief criticized the generals.", "---GOV", "111"),
    ("The commander-in-chief accused the opposition of treason.", "---GOV", "112*"),
    # "we", "I", "our" in a quote are its speaker
    ("\"We strongly condemn the bombing,\" the Danish foreign minister said.", "DNKGOV", "111"),
    ("\"I accuse the police of lying,\" the Kenyan opposition leader told reporters.", "KENOPP", "112*"),
    # a body known by whom it is made of or speaks for has their sector
    ("An umbrella organisation representing refugees condemned the bombing of the school.", "---REF", "111"),
    ("A coalition of aid groups criticized the blockade of the port.", "---NGO", "111"),
    ("An alliance of Syrian rebel groups attacked the army base.", "SYRREB", "19*"),
    # a town or region in a title phrase the dictionary of countries does not list gives the office's country
    # (a former office: an elite, as agents.yaml codes "former president")
    ("Former Louisiana Rep. Dana Whitfield criticized the governor's budget.", "USAELI", "111"),
    ("Louisiana Rep. Dana Whitfield criticized the governor's budget.", "USALEG", "111"),
    ("Senator Paul Hedley of Maryland accused the agency of hiding the report.", "USALEG", "112*"),
    ("Chicago-based attorney Arman Petrosyan criticized the ruling.", "USAJUD", "111"),
    # "their" after conjoined countries is both countries', not the last one's only
    ("Kenya and Uganda said their troops had shelled rebel positions near the border.", "KENMIL", "19*"),
    # a country adjective on a word of a multi-word role ("government hacker") is the whole role's country
    ("Russian government hackers attacked the Estonian finance ministry.", "RUSSPY", "176"),
])
def test_codes(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert has(coder, text, source, cameo), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("The truce was broken by Hamas on Monday.", "PSE", "0871"),  # ending an event is no doing it
    ("Iran was near the end of a disinformation campaign against Bahrain.", "IRN", "170"),
    ("Peru said it did not know who was behind the disinformation campaign.", "", "170"),
    # responsibility for violence is a contested claim: "was behind" does not make it an act
    ("Iran was behind the rocket attack on the base.", "IRN", "19*"),
    # a genocide is named after its victims, who did not do it
    ("Survivors of the Rwandan genocide gathered in Kigali.", "RWA", "20*"),
    ("The Armenian genocide killed more than a million people.", "ARM", "*"),
    # a car is no weapon: its driver did not attack
    ("A car driven by a Kenyan diplomat hit a pedestrian in Nairobi.", "KEN", "19*"),
    # a capital named before a word of force is where it happened, not who did it
    ("The Paris attacks killed 130 people.", "FRA", "19*"),
    ("The Kabul bombing killed 40 people.", "AFG", "1*"),
    ("The Nairobi mall shooting killed dozens of shoppers.", "KEN", "1*"),
    # a body named before a hack is the one hacked, not the hacker
    ("The FDIC hack exposed thousands of bank records.", "USA", "176"),
    ("The NATO cyberattack took its servers offline for a day.", "IGO", "176"),
    # a quote's "we" is its speaker, no antecedent of a "they" that follows
    ("\"We must deny the militants any territory,\" the Kenyan president said. \"They use websites to call for "
     "attacks.\"", "KEN", "020"),
])
def test_does_not_code(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert not has(coder, text, source, cameo), events(coder, text)


@pytest.mark.parametrize(("text", "speaker"), [
    # a country does not speak as "he": the clause keeps no actor rather than the wrong one
    ("Gambia said he wanted to ban opposition parties from the elections.", "GMB"),
])
def test_reported_pronoun_left_alone(coder: Coder, text: str, speaker: str) -> None:
    assert not any(s.startswith(speaker) for s, _, _ in events(coder, text)), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # a he/she clause reported by one person is that person's, though the subject is not yet in the history
    ("The Chilean president said he had sent troops to the border with Peru.", "CHLGOV", "15*"),
    ("Bolivia's interior minister insisted that she had expelled the Peruvian diplomats.", "BOLGOV", "16*"),
])
def test_reported_pronoun_is_its_reporter(coder: Coder, text: str, source: str, cameo: str) -> None:
    want = cameo.rstrip("*")
    assert any(s == source and (c.startswith(want) if cameo.endswith("*") else c == want)
               for s, _, c in events(coder, text)), events(coder, text)


def test_reporter_of_the_other_gender_is_not_the_pronoun(coder: Coder) -> None:
    text = "Mrs. Lopez, the Chilean interior minister, said he had expelled the Peruvian diplomats."
    assert not any(s.startswith("CHL") and c == "174" for s, _, c in events(coder, text)), events(coder, text)


def test_no_one_denounces_himself(coder: Coder) -> None:
    text = "The Iraqi prime minister denounced what he called a brutal attack on the embassy."
    got = events(coder, text)
    assert any(s.startswith("IRQ") and c.startswith("11") for s, _, c in got), got
    assert not any(s.startswith("IRQ") and (t or "").startswith("IRQ") and c.startswith("11") for s, t, c in got), got


def test_a_warning_is_not_aimed_at_the_warner_named_in_its_clause(coder: Coder) -> None:
    """The first actor of a reported clause is the target only when it is someone else."""
    text = "The Kenyan president warned that Nairobi had identified the camps of the militants as targets."
    got = events(coder, text)
    assert any(s.startswith("KEN") and c.startswith("13") for s, _, c in got), got
    assert not any(s.startswith("KEN") and (t or "").startswith("KEN") and c.startswith("13") for s, t, c in got), got
    # someone else in the clause is still the target (of a warning that forecasts nothing of Kenya's own: 012)
    other = events(coder, "The Kenyan president warned that Somalia had sheltered the militants.")
    assert any(s.startswith("KEN") and (t or "").startswith("SOM") and c.startswith(("13", "012")) for s, t, c in other), \
        other


def test_an_object_pronoun_is_not_its_own_subject(coder: Coder) -> None:
    """Binding: "X thanked him" cannot be X thanking X, though X is the most salient antecedent."""
    text = "Mr. Netanyahu met President Obama in Washington. Mr. Netanyahu later thanked him for the aid."
    got = events(coder, text)
    assert any(s.startswith("ISR") and (t or "").startswith("USA") and c == "051" for s, t, c in got), got
    reflexive = "Mr. Netanyahu met President Obama in Washington. Mr. Netanyahu later praised himself."
    assert not any(s.startswith("ISR") and (t or "").startswith("USA") and c == "051"
                   for s, t, c in events(coder, reflexive)), events(coder, reflexive)


def test_relative_clause_keeps_its_antecedent(coder: Coder) -> None:
    # a true relative clause still names its head noun as the actor
    text = "Nigerian soldiers who attacked the village were arrested on Monday."
    assert any(s.startswith("NGA") and c.startswith("19") for s, _, c in events(coder, text)), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # who a threat, a criticism or an apology comes from is who makes it
    ("Threats from the Gabonese government have grown since June.", "GABGOV", "130"),
    ("Criticism from the Kenyan opposition grew louder on Monday.", "KENOPP", "111"),
    ("An apology from the Japanese government came on Monday.", "JPNGOV", "055"),
])
def test_from_names_the_source(coder: Coder, text: str, source: str, cameo: str) -> None:
    got = events(coder, text)
    assert (source, "", cameo) in got, got


@pytest.mark.parametrize("text", [
    # where someone is released or withdrawn from is no actor; fighting "from" a rival is left alone
    "The withdrawal from Kenya was completed on Friday.",
    "The senator defended the plan against attacks from the Kenyan opposition.",
])
def test_from_is_not_always_the_source(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(s.startswith("KEN") and c[:2] in {"08", "18", "19", "20"} for s, _, c in got), got


def test_ratifying_a_joint_agreement_is_one_sided(coder: Coder) -> None:
    r = triples(code(coder, "Moldova ratified a trade agreement with Romania on Monday."))
    assert any(s == "MDA" and t == "ROU" for s, t, _ in r)
    assert not any(s == "ROU" for s, _, _ in r)


def test_signing_a_joint_agreement_stays_mutual(coder: Coder) -> None:
    r = triples(code(coder, "Moldova signed a trade agreement with Romania on Monday."))
    assert {("MDA", "ROU", "057"), ("ROU", "MDA", "057")} <= r


def test_urging_allies_is_no_mutual_appeal(coder: Coder) -> None:
    r = triples(code(coder, "Poland urged its allies to send more troops to Lithuania."))
    assert not any(s == "LTU" and c.startswith("02") for s, _, c in r)


def test_an_intention_is_the_subjects_own(coder: Coder) -> None:
    r = triples(code(coder, "The Chilean president flew to Lima, seeking to repair ties with Peru."))
    assert not any(s.startswith("PER") and c.startswith("03") for s, _, c in r)


def test_conjoined_subjects_both_intend(coder: Coder) -> None:
    r = triples(code(coder, "Kenya and Ethiopia are seeking to deepen their cooperation on security."))
    sources = {s for s, _, c in r if c.startswith("03")}
    assert {"KEN", "ETH"} <= sources


def test_clash_between_police_and_protesters(coder: Coder) -> None:
    r = triples(code(coder, "Riot police clashed with student protesters on Tuesday."))
    assert any(c == "175" and t.endswith("CVL") for _, t, c in r)
    assert any(c == "145" and s.endswith("CVL") for s, _, c in r)


def test_received_from_the_giver(coder: Coder) -> None:
    r = triples(code(coder, "Ukrainian forces received weapons from Poland last month."))
    assert any(s == "POL" and t.startswith("UKR") and c == "072" for s, t, c in r)
    refused = code(coder, "The rebels received no support from Sudan.")
    assert not any(e.source and e.source.code == "SDN" for e in refused.events)


@pytest.mark.parametrize(("text", "giver", "taker"), [
    ("Ukraine received missile batteries from Germany.", "DEU", "UKR"),
    ("Poland received air defence systems from the United States on Monday.", "USA", "POL"),
    # weapons named by their make, as in the giving verbs
    ("Ukraine received HIMARS from the United States last month.", "USA", "UKR"),
    ("Kyiv received two Patriot systems from Germany.", "DEU", "UKR"),
])
def test_received_weapon_systems_from_the_giver(coder: Coder, text: str, giver: str, taker: str) -> None:
    """A weapon named by its kind and a generic head ("missile batteries", "air defence systems") or by its
    make ("HIMARS") is military aid from whoever gave it."""
    r = triples(code(coder, text))
    assert any(s == giver and t.startswith(taker) and c == "072" for s, t, c in r), r


def test_systems_of_another_kind_are_no_weapons(coder: Coder) -> None:
    r = triples(code(coder, "Kyiv received new computer systems from Estonia."))
    assert not any(c == "072" for _, _, c in r), r


@pytest.mark.parametrize(("text", "giver", "taker", "cameo"), [
    ("The Kenyan president faced strong criticism from Uganda over the border closure.", "UGA", "KEN", "111"),
    ("Chile came under sharp criticism from Peru after the vote.", "PER", "CHL", "111"),
    ("Mali drew criticism from the African Union for the coup.", "IGO", "MLI", "111"),
    # whose the thing is meets with it
    ("The Malian president's remarks drew criticism from Niger.", "NER", "MLI", "111"),
])
def test_who_faces_what_comes_from_someone_is_its_target(coder: Coder, text: str, giver: str, taker: str,
                                                       cameo: str) -> None:
    """"X faced criticism from Y", "came under criticism from Y": Y criticises X."""
    want = cameo.rstrip("*")
    r = triples(code(coder, text))
    assert any(s.startswith(giver) and t.startswith(taker) and c.startswith(want) for s, t, c in r), r


def test_what_one_did_not_meet_with_was_not_done(coder: Coder) -> None:
    text = "Kenya did not face any criticism from Uganda over the closure."
    assert not any(c.startswith("11") for _, _, c in triples(code(coder, text))), events(coder, text)


def test_the_nation_of_a_country(coder: Coder) -> None:
    r = triples(code(coder, "The small island nation of Fiji condemned the nuclear test."))
    assert any(s == "FJI" and c.startswith("11") for s, _, c in r)


def test_they_after_conjoined_speakers(coder: Coder) -> None:
    r = triples(code(coder, "Egypt and Jordan said they would close their borders to Syrian trucks."), unrealized=True)
    sources = {s for s, _, _ in r}
    assert {"EGY", "JOR"} <= sources


def test_weapon_user_from_reduced_relative(coder: Coder) -> None:
    r = triples(code(coder, "Two soldiers were killed by a mine planted by Houthi fighters."))
    assert any(s.startswith("YEM") and c.startswith("19") for s, _, c in r)
    r = triples(code(coder, "The school was hit by a rocket fired by Taliban insurgents."))
    assert any(s.startswith("AFG") for s, _, c in r if c.startswith("19"))


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


def test_a_surname_read_as_a_place_is_the_place(coder: Coder) -> None:
    """A weak surname match the tagger reads as a city names the city, not the person."""
    r = code(coder, "Soldiers imposed a curfew in Lagos on Friday.")
    assert not any(e.source is not None and e.source.code.startswith("CHL") for e in r.events)


def test_a_city_names_the_country_of_its_mayor(coder: Coder) -> None:
    r = triples(code(coder, "The governor of Kandahar lifted the curfew on Sunday."))
    assert any(s == "AFGGOV" and c == "0813" for s, _, c in r)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # "X praised / criticised / jailed Y for doing Z": Y did Z
    ("Chile praised Peru for helping Bolivian refugees.", "PER", "070"),
    ("The Chilean president criticised Peru for opposing the new trade pact.", "PER", "11*"),
    ("Chile was condemned by its neighbours for attacking the Bolivian convoy.", "CHL", "19*"),
])
def test_the_one_judged_for_an_act_did_it(coder: Coder, text: str, source: str, cameo: str) -> None:
    got = events(coder, text)
    assert has(coder, text, source, cameo), got


def test_the_judge_is_not_the_doer_of_the_act_judged(coder: Coder) -> None:
    got = events(coder, "The Chilean president criticised Peru for opposing the new trade pact.")
    assert not any(s.startswith("CHL") and c.startswith("11") and not t for s, t, c in got), got


def test_credit_for_an_act_is_no_doer(coder: Coder) -> None:
    """"deserves credit for taking in migrants": the credit did nothing, the subject did."""
    got = events(coder, "The Chilean president deserves credit for taking in thousands of migrants.")
    assert any(s.startswith("CHL") and c == "073" for s, _, c in got), got


@pytest.mark.parametrize("text", [
    "Chile said it was determined to mend its damaged ties with Peru.",
    "Chile is eager to restore relations with Peru, its foreign minister said.",
])
def test_a_wish_for_a_mutual_act_is_one_sides(coder: Coder, text: str) -> None:
    """"Chile is determined to mend ties with Peru": Chile wishes it; Peru wishes nothing."""
    got = events(coder, text) + events(coder, text, unrealized=True)
    assert any(s.startswith("CHL") and t.startswith("PER") for s, t, _ in got), got
    assert not any(s.startswith("PER") and t.startswith("CHL") for s, t, _ in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ukrainian sea drones struck the Russian navy's patrol ship near Crimea.", "UKR", "RUS"),
    ("Iranian commandos seized the British tanker's crew in the Gulf.", "IRN", "GBR"),
    ("Russian forces shelled the Danish charity's office in Kharkiv.", "RUS", "DNK"),
])
def test_an_owner_that_is_no_actor_passes_on_its_country(coder: Coder, text: str, source: str, target: str) -> None:
    """"The Russian navy's patrol ship": the ship is Russian because its owner is, not the place named next."""
    got = events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) for s, t, _ in got), got
    assert not any(t.startswith(source) for _, t, _ in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Morocco recalled its ambassador to Stockholm for consultations.", "MAR", "SWE"),
    ("Peru withdrew its ambassador to Mexico after the row over the election.", "PER", "MEX"),
])
def test_an_envoy_recalled_targets_the_country_he_is_posted_to(coder: Coder, text: str, source: str,
                                                               target: str) -> None:
    """"Recalled its ambassador to Stockholm": the ambassador is the sender's own; the act is about Sweden."""
    got = [e for e in events(coder, text) if e[2].startswith("16")]
    assert any(s.startswith(source) and t.startswith(target) for s, t, _ in got), got


def test_an_envoy_called_home_keeps_his_own_country(coder: Coder) -> None:
    """"Recalled its ambassador to Rabat" names where he goes, the sender's own capital: no foreign target."""
    got = events(coder, "Morocco recalled its ambassador to Rabat for consultations.")
    assert not any(t and not t.startswith("MAR") for _, t, c in got if c.startswith("16")), got


def test_a_truce_is_agreed_by_each_side_with_the_other(coder: Coder) -> None:
    """"X and Y agreed to extend the truce in Z": each side with the other, not with the place."""
    got = events(coder, "Armenia and Azerbaijan agreed to extend the ceasefire in Nagorno-Karabakh.")
    assert any(s.startswith("ARM") and t.startswith("AZE") for s, t, _ in got), got
    assert any(s.startswith("AZE") and t.startswith("ARM") for s, t, _ in got), got


def test_co_mediators_do_not_mediate_with_each_other(coder: Coder) -> None:
    got = events(coder, "The fighting resumed despite a truce brokered by Qatar and Egypt.")
    assert not any({s[:3], t[:3]} == {"QAT", "EGY"} for s, t, _ in got), got


def test_two_forces_of_one_code_fight_each_other(coder: Coder) -> None:
    """"The Sudanese army and the Rapid Support Forces fought": two sides, both SDNMIL."""
    got = events(coder, "The Sudanese army and the Rapid Support Forces resumed fighting in Omdurman.")
    assert any(s.startswith("SDN") and t.startswith("SDN") and c.startswith("19") for s, t, c in got), got


def test_a_declared_ceasefire_is_one_sided(coder: Coder) -> None:
    """"Rebels in Antigua and Barbuda declared a ceasefire": the rebels alone; the two place names
    are no sides of it."""
    got = events(coder, "Rebels in Trinidad and Tobago declared a nationwide ceasefire on Monday.")
    assert any(s.endswith("REB") and c == "0871" for s, _, c in got), got


@pytest.mark.parametrize(("text", "target"), [
    ("Chile withdrew its troops from Bolivia on Monday.", "BOL"),
    ("The Chilean army pulled its soldiers out of Bolivia.", "BOL"),
    ("Chile withdrew its troops on Monday.", ""),
])
def test_forces_withdrawn_are_their_own_and_the_place_left_is_the_target(coder: Coder, text: str, target: str) -> None:
    """"Withdrew its troops from Bolivia": the troops are the withdrawing side's own, never its target."""
    got = [e for e in events(coder, text) if e[2].startswith("087")]
    assert got and all(s.startswith("CHL") and t == target for s, t, _ in got), got


@pytest.mark.parametrize(("text", "target"), [
    ("Peruvian troops shelled the town of Arica on Monday.", "CHL"),
    ("The rebels captured the town of Kidal after a week of fighting.", "MLI"),
])
def test_the_town_of_a_place_is_that_place(coder: Coder, text: str, target: str) -> None:
    """"Shelled the town of Arica": the town is the place it names, whose country is acted on."""
    got = [e for e in events(coder, text) if e[2][:2] == "19"]
    assert got and all(t == target for _, t, _ in got), got


@pytest.mark.parametrize(("text", "target"), [
    ("Guerrillas fired mortars from Honduran soil at an army post in Nicaragua.", "NIC"),
    ("Insurgents launched rockets from Jordanian territory at Syrian villages.", "SYR"),
])
def test_where_a_strike_came_from_is_no_target(coder: Coder, text: str, target: str) -> None:
    """"Fired rockets from Gaza at Israeli towns": the place a strike came from is its origin; the
    target is what it was aimed at."""
    got = [e for e in events(coder, text) if e[2].startswith("19")]
    assert got and all(t.startswith(target) for _, t, _ in got), got


def test_a_missile_launched_from_a_country_does_not_hit_it(coder: Coder) -> None:
    got = events(coder, "Officials said two drones had been launched from Eritrean territory.")
    assert not any(t.startswith("ERI") for _, t, c in got if c.startswith("19")), got


def test_armed_factions_are_armed_people(coder: Coder) -> None:
    """"Blamed the attacks on armed factions backed by Syria": the factions are blamed, not their patron."""
    got = events(coder, "The Lebanese army blamed the bombings on armed factions backed by Syria.")
    assert any(t.endswith("UAF") and c == "112" for _, t, c in got), got


@pytest.mark.parametrize("text", [
    "The Chilean president called for a special tribunal to try the officers.",
    "The Peruvian opposition called for a ban on foreign troops entering Peru.",
    "Bolivia's rebels asked for a mediator.",
])
def test_what_a_call_asks_for_is_no_one_appealed_to(coder: Coder, text: str) -> None:
    """"Called for a special court": the court is wanted, not yet anyone to appeal to."""
    got = [e for e in events(coder, text) if e[2].startswith("02")]
    assert got and all(t == "" for _, t, _ in got), got


@pytest.mark.parametrize(("text", "target"), [
    ("The minister called on the court to act.", "---JUD"),
    ("Activists called for a UN inquiry into the killings.", "IGOUNO"),
])
def test_who_a_call_is_made_to_stays_its_target(coder: Coder, text: str, target: str) -> None:
    got = [e for e in events(coder, text) if e[2].startswith("02")]
    assert any(t.startswith(target) for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    "The two presidents pledged to deepen their partnership, while offering no new plan for peace in Ukraine.",
    "Chile signed the trade accord, although voicing doubts about Peru's commitment.",
])
def test_an_aside_clause_names_no_target(coder: Coder, text: str) -> None:
    """"Pledged X, while offering no plan for Ukraine": what the aside is about is no one pledged to."""
    got = [e for e in events(coder, text) if e[2][:2] in {"03", "05"}]
    assert got and all(t == "" for _, t, _ in got), got


def test_a_while_clause_of_time_keeps_its_place(coder: Coder) -> None:
    got = events(coder, "The Chilean minister pledged aid while visiting Peru.")
    assert any(t.startswith("PER") for _, t, c in got if c.startswith("03")), got


@pytest.mark.parametrize(("text", "country"), [
    ("Guerrillas ambushed an army patrol near the Venezuelan border on Sunday.", "VEN"),
    ("Gunmen attacked a police post on the Afghan border, killing four officers.", "AFG"),
])
def test_a_border_names_no_target(coder: Coder, text: str, country: str) -> None:
    """A border has two sides: the country it is named for is seldom where the attack happened."""
    got = [e for e in events(coder, text) if e[2][:2] in {"18", "19"}]
    assert got and not any(t[:3] == country for _, t, _ in got), got


def test_a_place_across_the_border_stays_the_target(coder: Coder) -> None:
    got = [e for e in events(coder, "Israeli jets struck targets across the Lebanese border.") if e[2][:2] == "19"]
    assert got and all(t[:3] == "LBN" for _, t, _ in got), got


@pytest.mark.parametrize(("text", "country"), [
    ("Lithuania recalled its ambassador from Beijing on Tuesday.", "CHN"),
    ("France recalled its ambassador in Bamako for consultations.", "MLI"),
    ("Germany withdrew its diplomats from Kabul.", "AFG"),
])
def test_an_envoy_recalled_from_a_country(coder: Coder, text: str, country: str) -> None:
    """One's own envoy recalled "from" or "in" a capital: that country is the target, not the sender."""
    got = [e for e in events(coder, text) if e[2][:2] == "16"]
    assert got and all(t[:3] == country for _, t, _ in got), got


@pytest.mark.parametrize(("text", "country"), [
    ("The Estonian prime minister pledged support against Russian pressure.", "RUS"),
    ("The EU offered help against Russian disinformation on Tuesday.", "RUS"),
])
def test_what_support_is_against_is_no_partner(coder: Coder, text: str, country: str) -> None:
    """Help, support or cooperation "against X" opposes X: X is not the one helped."""
    got = [e for e in events(coder, text) if e[2][:2] in {"03", "05", "06", "07"}]
    assert got and not any(t[:3] == country for _, t, _ in got), got


def test_sanctions_against_a_country_keep_it_as_target(coder: Coder) -> None:
    got = [e for e in events(coder, "Britain pledged to lift sanctions against Iran.") if e[2][:2] == "03"]
    assert got and all(t[:3] == "IRN" for _, t, _ in got), got


def test_a_civil_society_group_is_civilians(coder: Coder) -> None:
    """"civil society group": 'civil' modifies 'society', not the head, so 'society group' is the term."""
    got = events(coder, "A Ghanaian civil society group called for the release of the detained journalist.")
    assert any(s == "GHACVL" and c.startswith("025") for s, _, c in got), got


@pytest.mark.parametrize("text", [
    "Protests were staged in Nairobi and other cities with large Somali communities.",
    "Chilean police raided homes in towns with a large Bolivian population.",
])
def test_the_people_a_place_has_are_no_target(coder: Coder, text: str) -> None:
    # "with" after a place describes who lives there; the parser may hang it on the verb
    assert not any(t[:3] in {"SOM", "BOL"} for _s, t, _c in events(coder, text)), events(coder, text)


def test_a_partner_after_a_place_stays_the_target(coder: Coder) -> None:
    text = "Kenyan police clashed in the streets with Somali protesters."
    assert any(t.startswith("SOM") for _s, t, _c in events(coder, text)), events(coder, text)


def test_sides_that_clash_fight_each_other_not_the_toll(coder: Coder) -> None:
    """"Armenian and Azerbaijani troops exchanged fire, killing a shepherd": the two sides act on each other; whom
    the clash killed (a participle after it) is its toll, not a side."""
    got = events(coder, "Armenian and Azerbaijani troops exchanged fire on the border overnight, killing a shepherd.")
    fights = sorted((s[:3], t[:3]) for s, t, c in got if c.startswith("19"))
    assert fights == [("ARM", "AZE"), ("AZE", "ARM")], got


def test_property_destroyed_is_its_owners_not_the_places(coder: Coder) -> None:
    text = ("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. On Tuesday gunmen destroyed the two men's "
            "cars in Kabul.")
    targets = sorted(t[:3] for _s, t, c in events(coder, text) if c.startswith("171"))
    assert targets == ["RUS", "TUR"], events(coder, text)


@pytest.mark.parametrize(("text", "enemy"), [
    ("Kenya and Somalia agreed to cooperate against al-Shabaab.", "SOMINS"),
    ("Britain and France agreed to cooperate against the Islamic State group.", "IMGINS"),
    ("Nigeria and Chad agreed to cooperate against Boko Haram.", "NGAINS"),
])
def test_what_agreed_cooperation_is_against_is_no_partner(coder: Coder, text: str, enemy: str) -> None:
    """ "agreed to cooperate against X": the to-infinitive's 'against' names the common enemy, who neither
    cooperates nor is cooperated with; the conjoined states are each other's partners."""
    got = [e for e in events(coder, text) if e[2][:2] in {"03", "05", "06"}]
    assert got and not any(enemy in (s, t) for s, t, _ in got), got


@pytest.mark.parametrize(("text", "target"), [
    ("Gunmen in northern Mali freed an Italian couple they had held for two years.", "ITACVL"),
    ("The militia released a Canadian couple on Sunday after months in captivity.", "CANCVL"),
])
def test_a_couple_set_free_are_people(coder: Coder, text: str, target: str) -> None:
    """A couple is two people: freeing them is a release (0841), not the release of a thing."""
    assert any(t == target and c == "0841" for _, t, c in events(coder, text)), events(coder, text)


@pytest.mark.parametrize(("text", "cameo", "partisan"), [
    # a person's supporters or critics are people of the person's country, not the person
    ("Bernie Sanders supporters criticized Hillary Clinton on Tuesday.", "111", "Sanders"),
    ("A prominent Obama critic denounced Hillary Clinton at the rally.", "111", "Obama"),
    ("Several Trump backers praised Ted Cruz after the debate.", "051", "Trump"),
])
def test_a_persons_supporters_are_not_the_person(coder: Coder, text: str, cameo: str, partisan: str) -> None:
    got = [e for e in code(coder, text).events if e.cameo == cameo]
    assert got, events(coder, text)
    assert all(e.source is not None and e.source.code is not None and e.source.code[:3] == "USA"
               and e.source.code[3:6] not in {"ELI", "GOV", "LEG"} for e in got), [(e.source, e.cameo) for e in got]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # the court or body a complaint is lodged with is where it goes; whom it names as wrongdoer is its target
    ("Brazil filed a complaint at the World Trade Organization over Indonesian curbs on chicken imports.", "BRA", "IDN", "11"),
    ("Chile lodged a complaint with the WTO against Argentine duties on wine.", "CHL", "ARG", "11"),
    ("Nicaragua filed a case at the International Court of Justice accusing Germany of aiding genocide.", "NIC", "DEU", "11"),
])
def test_a_complaint_at_a_court_targets_whom_it_accuses(coder: Coder, text: str, source: str, target: str,
                                                         cameo: str) -> None:
    found = events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c.startswith(cameo) for s, t, c in found), found
    assert not any(s.startswith(source) and t.startswith("IGO") and c.startswith(cameo) for s, t, c in found), found


def test_a_complaint_naming_no_wrongdoer_keeps_the_body(coder: Coder) -> None:
    text = "Honduras filed a complaint with the United Nations over the raid on its consulate."
    found = events(coder, text)
    assert not any(s.startswith("HND") and t.startswith("HND") for s, t, _ in found), found


@pytest.mark.parametrize(("text", "pairs"), [
    ("Lithuania and Poland thanked their citizens.", {("LTU", "LTUCVL"), ("POL", "POLCVL")}),
    ("Finland and Sweden demanded the release of their citizens held by the militia.",
     {("FIN", "FINCVL"), ("SWE", "SWECVL")}),
    ("Norway and Denmark criticized the treatment of their fishermen.", {("NOR", "NORAGR"), ("DNK", "DNKAGR")}),
])
def test_their_after_coordinated_countries_is_each_ones_own(coder: Coder, text: str, pairs: set[tuple[str, str]]) -> None:
    """"Their" after coordinated countries is each country's own people, not the last-named one's."""
    got = {(s, t) for s, t, _ in events(coder, text)}
    assert pairs <= got, got
    assert not any(s[:3] != t[:3] for s, t in got if s and t), got  # the condemned detention itself has no doer


@pytest.mark.parametrize(("text", "source"), [
    ("Hackers working for North Korea broke into the networks of three South Korean banks.", "PRK"),
    ("Hackers working for the Iranian government broke into the servers of an Israeli hospital.", "IRN"),
    ("A man spying for Russia was arrested in Germany.", ""),
])
def test_a_role_working_for_a_state_is_of_that_state(coder: Coder, text: str, source: str) -> None:
    """"Hackers working for North Korea" are North Korea's, as "North Korean hackers" are; "spying for Russia"
    makes the arrested man Russia's."""
    got = events(coder, text)
    if source:
        assert any(s.startswith(source) and c == "176" for s, _t, c in got), got
    else:
        assert any(t.startswith("RUS") and c == "173" for _s, t, c in got), got


@pytest.mark.parametrize(("text", "sources", "cameo"), [
    # the parser reads the second of a three-country list as an apposition of the first
    ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", {"MLI", "BFA", "NER"}, "160"),
    ("Mali, Burkina Faso and Niger announced their recognition of the new government of Guinea.",
     {"MLI", "BFA", "NER"}, "054"),
])
def test_their_after_a_listed_apposition_is_every_country(coder: Coder, text: str, sources: set[str], cameo: str) -> None:
    """"Their" or "they" after a list of countries is each of them, one event each, also where the parser hung
    the list on the first name as an apposition."""
    got = {s for s, _t, c in events(coder, text) if c == cameo}
    assert sources <= got, got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The FDIC hack exposed thousands of bank records.", "", "USAGOV"),
    # a country before the noun stays the hacker
    ("A Russian hack hit the State Department.", "RUS", "USAGOV"),
])
def test_a_body_named_before_a_hack_is_its_target(coder: Coder, text: str, source: str, target: str) -> None:
    assert (source, target, "176") in events(coder, text), events(coder, text)


@pytest.mark.parametrize("text", [
    "The senator championed the bill with Senator Schumer.",
    "The campaign manager travels with the candidate.",
])
def test_a_companion_is_no_target(coder: Coder, text: str) -> None:
    """Whom one endorses a bill or travels "with" comes along; nobody is endorsed or visited."""
    got = events(coder, text)
    assert not any(c[:3] in {"042", "051"} and t for _, t, c in got), got


def test_the_other_side_of_a_praised_deal_stays(coder: Coder) -> None:
    assert ("---LEG", "IRN", "051") in events(coder, "The senator praised the agreement with Iran.")


def test_a_hack_is_named_after_its_victim(coder: Coder) -> None:
    """"the DNC hack": the party's computers were hacked; "the Russian hack": Russia hacked."""
    assert ("", "USAPTY", "176") in events(coder, "The DNC hack alarmed Democrats.")
    assert any(s == "RUS" and c == "176" for s, _, c in events(coder, "The Russian hack of the DNC shocked Washington."))


@pytest.mark.parametrize(("text", "triple"), [
    # a verb joined to a relative clause whose object pronoun is the relative's own antecedent belongs to the
    # main clause: "them" never names its own clause's subject
    ("Thai troops arrested 12 Myanmar soldiers who crossed the border and handed them back to Myanmar the next day.",
     ("THAMIL", "MMRMIL", "084")),
    ("Greek coast guards detained 30 Turkish fishermen who strayed into Greek waters and released them a day later.",
     ("GRCMIL", "TURAGR", "0841")),
    ("Police arrested protesters who attacked the parliament and beat them with batons.", ("---COP", "---CVL", "175")),
    ("Greek police detained Afghan migrants who crossed the border and deported them to Turkey.",
     ("GRCCOP", "AFGREF", "174")),
])
def test_a_joined_verb_whose_object_is_the_relatives_antecedent_is_the_main_subjects(
        coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in events(coder, text), events(coder, text)


@pytest.mark.parametrize(("text", "cameo"), [
    # "between their X" after coordinated countries names their own two sides: each is the other's partner
    ("Greece and Turkey restored a military hotline between their defence ministries.", "050"),
    ("India and China held talks between their army commanders on Sunday.", "046"),
    ("Serbia and Kosovo restored diplomatic relations between their governments.", "050"),
])
def test_between_their_own_sides_makes_the_coordinated_countries_partners(coder: Coder, text: str, cameo: str) -> None:
    got = [(s[:3], t[:3]) for s, t, c in events(coder, text) if c == cameo]
    assert got and all(t and s != t for s, t in got), events(coder, text)


@pytest.mark.parametrize(("text", "source", "wrong", "cameo"), [
    # the one seen, filmed or caught doing it is its source, not who saw it
    ("The Libyan envoy arrived in Cairo on Monday. Egyptian police recorded him threatening a French journalist.",
     "LBY", "EGY", "13*"),
    ("Egyptian police caught the Libyan envoy threatening a French journalist.", "LBY", "EGY", "13*"),
    ("State television showed footage of Syrian soldiers beating protesters.", "SYR", "---MED", "17*"),
])
def test_who_is_seen_doing_it_does_it(coder: Coder, text: str, source: str, wrong: str, cameo: str) -> None:
    got = events(coder, text)
    want = cameo.rstrip("*")
    assert any(s.startswith(source) and c.startswith(want) for s, _, c in got), got
    assert not any(s.startswith(wrong) and c.startswith(want) for s, _, c in got), got


def test_a_clause_whose_subject_hangs_on_its_auxiliary_keeps_it(coder: Coder) -> None:
    """"concern that X was encouraging violence": X encourages, not whoever expressed the concern."""
    got = events(coder, "The governor expressed concern that the wealthy businessman was encouraging violence at his events.")
    assert ("---BUS", "", "020") in got, got
    assert not any(c == "020" and s == "---GOV" for s, _, c in got), got


@pytest.mark.parametrize(("text", "source", "wrong"), [
    # people a participle describes do what it says; the main clause's subject does not
    ("Britain criticized Russian officials supporting the separatists.", "RUS", "GBR"),
    ("Germany expelled Turkish diplomats threatening the Kurdish activists.", "TUR", "DEU"),
])
def test_people_a_participle_describes_do_it(coder: Coder, text: str, source: str, wrong: str) -> None:
    got = [(s, t, c) for s, t, c in events(coder, text) if c[:2] in {"05", "13"}]
    assert any(s.startswith(source) for s, _, _ in got), events(coder, text)
    assert not any(s.startswith(wrong) for s, _, _ in got), got


def test_a_relative_clause_hung_across_a_verb_takes_the_noun_before_it(coder: Coder) -> None:
    """A headline "X Under Pressure To Repudiate Cleric Who Called For Y": the cleric called for it."""
    got = events(coder, "Obama Under Pressure To Repudiate Cleric Who Called For Attacks On Israel.")
    assert ("---REL", "ISR", "020") in got, got
    assert not any(s == "USAGOV" and c == "020" for s, _, c in got), got


def test_a_second_who_clause_repeats_the_first_ones_antecedent(coder: Coder) -> None:
    """"a president who authorized the raid that killed X and who hoped to leave office": the president hoped."""
    text = ("A president who authorized the raid that killed the rebel leader and who hoped to leave office "
            "having ended wars will instead hand over power.")
    got = events(coder, text) + events(coder, text, unrealized=True)
    assert any(s == "---GOV" and c in {"035", "0831"} for s, _, c in got), got
    assert not any(s == "---REB" and c in {"035", "0831"} for s, _, c in got), got


def test_prisoners_two_states_exchange_pass_between_them(coder: Coder) -> None:
    """"Iran and Iraq exchanged prisoners": each releases to the other; the prisoners release nobody."""
    got = events(coder, "Iran and Iraq exchanged hundreds of prisoners of war on the border on Tuesday.")
    assert ("IRN", "IRQ", "0841") in [(s[:3], t[:3], c) for s, t, c in got], got
    assert ("IRQ", "IRN", "0841") in [(s[:3], t[:3], c) for s, t, c in got], got
    assert not any(s.startswith("---") for s, _, _ in got), got


@pytest.mark.parametrize(("text", "source", "wrong", "cameo"), [
    # the owner of a gerund with its own object does it ("the United States' backing independence")
    ("Belgrade has long complained about the United States' backing independence for Kosovo.", "USA", "SRB", "051"),
    ("Kiev angrily criticized Russia's arming the separatists in eastern Ukraine.", "RUS", "UKR", "072"),
    # "lashed out at X for having done": the one lashed at did it (a perfect gerund too)
    ("The Chinese foreign minister lashed out at Japan for having detained a fishing boat captain.", "JPN", "CHN", "17*"),
    # a participle clause opened by its own noun: the sniper or gunman kills, not the governor who speaks
    ("On Sunday, while speaking about the recent floods and a sniper targeting and killing three Nigerian soldiers, "
     "the governor said the region was calm.", "---UAF", "---GOV", "19*"),
    ("On Sunday, while commenting on the recent riots and a gunman targeting and killing two police officers, "
     "the governor said the city was calm.", "---UAF", "---GOV", "19*"),
])
def test_the_owner_or_opening_noun_of_a_gerund_does_it(coder: Coder, text: str, source: str, wrong: str,
                                                         cameo: str) -> None:
    got = events(coder, text)
    want = cameo.rstrip("*")
    assert any(s.startswith(source) and c.startswith(want) for s, _, c in got), got
    assert not any(s.startswith(wrong) and c.startswith(want) for s, _, c in got), got


def test_a_killing_with_its_own_object_is_done_by_its_owner(coder: Coder) -> None:
    """"the army's killing of protesters": the army kills; "his killing" alone would be done to him."""
    got = events(coder, "The Egyptian army's killing of protesters in Cairo drew wide condemnation.")
    assert any(s.startswith("EGY") and t.startswith("EGY") and c.startswith("19") for s, t, c in got), got
    assert not any(s == "" and t.startswith("EGYMIL") for s, t, _ in got), got



@pytest.mark.parametrize(("text", "wrong", "cameo"), [
    # a participle with a "by" agent is passive, whatever subject the parser gave it: the one asked, pressed
    # or released does not ask, press or release
    ("Asked by reporters to respond to the criticism, Senator Warren said the bill was flawed.", "USALEG", "02*"),
    ("The foreign minister said the sailors released by Iran were all in good health.", "---MIL", "084*"),
])
def test_a_participle_with_a_by_agent_is_passive(coder: Coder, text: str, wrong: str, cameo: str) -> None:
    got = events(coder, text)
    want = cameo.rstrip("*")
    assert not any(s.startswith(wrong) and c.startswith(want) for s, _, c in got), got


@pytest.mark.parametrize(("text", "victim"), [
    ("Several senators opposed further sanctions on Venezuela.", "VEN"),
    ("Brazil opposed the invasion of Iraq.", "IRQ"),
    ("Norway condemned the attack on the Egyptian embassy.", "EGY"),
    ("The mayor opposed deporting the refugees to Syria.", "SYR"),
    ("Canada rejected new sanctions against Cuba.", "CUB"),
])
def test_a_judgement_of_a_hostile_act_is_not_aimed_at_its_victim(coder: Coder, text: str, victim: str) -> None:
    """Opposing, condemning or rejecting an act against X (sanctions on X, the invasion of X, deporting
    people to X) is aimed at whoever does the act, not at X."""
    got = [(s, t, c) for s, t, c in events(coder, text) if c[:2] in {"05", "11", "12"}]
    assert got, events(coder, text)
    assert not any(t.startswith(victim) for _, t, _ in got), got


@pytest.mark.parametrize(("text", "doer"), [
    ("Greece condemned Turkey's invasion of Cyprus.", "TUR"),
    ("Jordan criticized the bombing of Gaza by Israel.", "ISR"),
    ("The minister denounced the Russian air strikes.", "RUS"),
])
def test_a_judgement_of_a_hostile_act_is_aimed_at_its_doer(coder: Coder, text: str, doer: str) -> None:
    got = [(s, t, c) for s, t, c in events(coder, text) if c[:2] == "11"]
    assert any(t.startswith(doer) for _, t, _ in got), got


def test_blaming_an_act_on_a_group_targets_the_group(coder: Coder) -> None:
    got = events(coder, "Israel blamed the bombing on Hezbollah.")
    assert any(c == "112" and t.startswith("LBN") for _, t, c in got), got


def test_backing_sanctions_against_a_country_is_no_support_of_it(coder: Coder) -> None:
    got = events(coder, "Congressional leaders support new sanctions against Belarus.")
    assert not any(t.startswith("BLR") and c.startswith("05") for _, t, c in got), got


@pytest.mark.parametrize("text, expected", [
    # a people that lives across borders has its CAMEO code, and the role word it modifies adds its sector
    ("Kurdish fighters ambushed a patrol of Turkish soldiers.", ("KURUAF", "TURMIL", "190")),
    ("Kurdish forces attacked the jihadists near Kobani.", ("KURMIL", "---INS", "190")),
    ("Tuareg rebels overran an army post near Kidal.", ("TRGREB", "", "190")),
    ("Shiite militias fired rockets at the American embassy.", ("MOSSHIUAF", "USAGOV", "194")),
    ("Unknown gunmen attacked a bus carrying Sunni pilgrims.", ("---UAF", "MOSSUNCVL", "190")),
])
def test_ethnic_and_religious_groups_have_their_own_codes(coder: Coder, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    got = events(coder, text)
    assert any(s == expected[0] and (not expected[1] or t == expected[1]) and c.startswith(expected[2][:2])
               for s, t, c in got), got


def test_a_country_named_before_a_people_comes_first(coder: Coder) -> None:
    # "Iraqi Kurdish forces" are Iraq's: the country outranks the people
    assert any(s == "IRQMIL" for s, _t, _c in events(coder, "Iraqi Kurdish forces attacked the militants."))


@pytest.mark.parametrize("text", [
    "Turkish artillery shelled villages in the autonomous Kurdish region.",
    "Ankara vowed to crush Kurdish separatist ambitions.",
])
def test_a_people_owns_no_place_or_thing(coder: Coder, text: str) -> None:
    # the people codes the role words it modifies, not a region or an aim named after it
    assert not any(t.startswith("KUR") for _s, t, _c in events(coder, text) + events(coder, text, unrealized=True))


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # "..., prompting X to do": the one prompted or forced does the act, not the first clause's subject
    ("Japan began releasing treated water from the Fukushima plant, prompting China to ban all Japanese seafood imports.",
     "CHN", "163"),
    ("Hamas fired rockets at Israel, prompting the army to strike targets in Gaza.", "---MIL", "190"),
])
def test_the_one_prompted_does_the_act(coder: Coder, text: str, source: str, cameo: str) -> None:
    got = events(coder, text)
    assert (source, cameo) in {(s, c) for s, _t, c in got}, got


def test_a_subject_after_a_fronted_phrase_is_the_clause_subject(coder: Coder) -> None:
    # the parser joins "Tajikistan and Kyrgyzstan" to "border" across the comma
    text = "Following a week of clashes along the border, Tajikistan and Kyrgyzstan signed a ceasefire that took effect at midnight."
    assert has(coder, text, "TJK", "0871"), events(coder, text)


def test_ones_own_envoys_recalled_are_no_target(coder: Coder) -> None:
    # "its ambassadors" are Israel's own: relations are reduced with nobody named, not with Israel
    got = events(coder, "Israel recalled its ambassadors on Tuesday.")
    assert ("ISR", "", "161") in got and not any(t.startswith("ISR") for _s, t, _c in got), got


def test_one_suspected_of_a_plot_plans_it(coder: Coder) -> None:
    # "three men suspected of planning an attack": the men plan it, not the police who arrested them
    got = events(coder, "Belgian police arrested three men suspected of planning an attack on a church in Brussels, "
                        "prosecutors said.")
    assert ("BELCOP", "173") in {(s, c) for s, _t, c in got} and not any(t.startswith("BELCOP") for _s, t, _c in got), got


def test_a_clause_joined_without_and_keeps_its_own_subject(coder: Coder) -> None:
    # the parser joins "signed" to "expelled" and hangs "Addis Ababa" on "after": Ethiopia signs, not Somalia
    got = events(coder, "Somalia expelled Ethiopia's ambassador after Addis Ababa signed a port deal with Kenya.")
    assert any(s.startswith("ETH") and c == "057" for s, _t, c in got) and not any(
        s == "SOM" and c == "057" for s, _t, c in got), got


@pytest.mark.parametrize(("text", "source"), [
    # military hardware that acts is its country's forces (the MIL sector), not the bare country
    ("Turkish jets bombed Kurdish positions in northern Iraq.", "TURMIL"),
    ("Israeli tanks shelled the town.", "ISRMIL"),
    ("A Russian drone hit a power plant near Kyiv.", "RUSMIL"),
    ("Villages were bombed by Syrian helicopters.", "SYRMIL"),
])
def test_war_machines_acting_are_their_countrys_forces(coder: Coder, text: str, source: str) -> None:
    assert any(s == source for s, _, _ in events(coder, text)), events(coder, text)


@pytest.mark.parametrize(("text", "target"), [
    # a counterpart holds the other side's post: the owner's sector with the modifier's country
    ("Blinken met his Mexican counterpart in Washington.", "MEXGOV"),
    ("The defence minister held talks with his Chinese opposite number.", "CHNGOV"),
    ("The Kenyan foreign minister met the Somali counterpart in Nairobi.", "SOMGOV"),
])
def test_a_counterpart_takes_the_sector_of_whose_counterpart_it_is(coder: Coder, text: str, target: str) -> None:
    got = events(coder, text)
    assert any(t == target for _s, t, _c in got), got


@pytest.mark.parametrize(("text", "source"), [
    # an unlisted body named by a country's adjective and its cause is that country's, with the cause's sector
    ("The Iraqi Observatory for Human Rights condemned the arrests.", "IRQHRI"),
    ("The Mexican Institute for Competitiveness criticized the plan.", "MEXNGO"),
    # a president, leader or spokesman of a body that is no state's has the body's sector
    ("The president of the foundation criticized the government.", "---NGO"),
    ("A spokesman for the company denied the allegations.", "---BUS"),
    ("The leader of the opposition accused the government of fraud.", "---OPP"),
])
def test_a_body_of_citizens_and_its_heads_are_no_government(coder: Coder, text: str, source: str) -> None:
    got = events(coder, text)
    assert any(s == source for s, _t, _c in got), got


@pytest.mark.parametrize("text", [
    "The Saudi Commission for Tourism welcomed the visitors.",  # a state's office: no NGO
    "The president of the republic criticized the opposition.",
])
def test_a_state_body_and_its_head_stay_no_ngo(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(s.endswith(("NGO", "HRI")) for s, _t, _c in got), got


def test_a_title_word_as_a_surname_is_no_title(coder: Coder) -> None:
    # "Mark Judge": a surname after a given name; "Judge Mark Smith" is a judge
    got = events(coder, "Critics accused Mark Judge of lying.")
    assert not any(t.endswith("JUD") for _s, t, _c in got), got
    assert has(coder, "Judge Mark Smith rejected the appeal.", "---JUD", "12*")


@pytest.mark.parametrize(("text", "cameo"), [
    # a state named by its name protests officially (114); its people named by their adjective demonstrate (141)
    ("China protested the tariffs on its steel.", "114"),
    ("The US protested the arrest of its diplomat.", "114"),
    ("Chinese protested the tariffs on their steel.", "141"),
    ("Iranians protested the rise in fuel prices.", "141"),
])
def test_a_state_named_by_its_name_protests_officially(coder: Coder, text: str, cameo: str) -> None:
    got = events(coder, text)
    assert cameo in {c for _s, _t, c in got}, got


@pytest.mark.parametrize(("text", "source", "cameo", "wrong"), [
    # the one welcomed, allowed or persuaded to do something does it, not who welcomes, allows or persuades
    ("The Kenyan president welcomed Uganda's leaders to visit Nairobi next month.", "UGA", "042", "KEN"),
    ("Mexico's lax rules permit dealers to sell arms to the cartels.", "", "062", "MEX"),
    ("Let the United Nations advise other countries to accept the refugees.", "", "073", "IGOUNO"),
])
def test_the_object_of_an_enabling_verb_does_what_its_infinitive_says(coder: Coder, text: str, source: str,
                                                                       cameo: str, wrong: str) -> None:
    got = events(coder, text)
    assert not any(s.startswith(wrong) and c == cameo for s, _t, c in got), got
    if source:
        assert any(s.startswith(source) and c == cameo for s, _t, c in got), got


def test_a_bare_verb_joined_to_a_reported_perfect_belongs_to_the_reporter(coder: Coder) -> None:
    # "admit" cannot share "Erdogan has": the sources admit, not Erdogan
    got = events(coder, "Diplomats in Riyadh believe Erdogan has joined an axis with Iran, and admit that the Gulf "
                        "States are powerless.")
    assert not any(s.startswith("TUR") and c == "015" for s, _t, c in got), got


def test_a_headline_noun_after_responds_to_is_not_the_responders_act(coder: Coder) -> None:
    # "Responds To Question": the parser reads "Question" as an infinitive; Rubio is asked, he does not question
    got = events(coder, "Marco Rubio Responds To Question About Minimum Wage By Saying We Need Fewer Philosophers.")
    assert not any(c == "110" and s.startswith("USALEG") for s, _t, c in got), got


def test_what_is_called_for_names_no_one_appealed_to(coder: Coder) -> None:
    # "called to ban Muslims from entering the U.S.": the country entered is not asked anything
    got = events(coder, "Trump called to ban Muslims from entering the U.S. after the attack.")
    assert any(c == "020" for _s, _t, c in got) and not any(c == "020" and t == "USA" for _s, t, c in got), got
    got = events(coder, "Trump called on Congress to ban Muslims from entering the U.S.")
    assert any(c == "020" and t == "USALEG" for _s, t, c in got), got


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # a relative pronoun raised by a passive ("who was persuaded to support") stands for its antecedent
    ("Rick Perry, who was persuaded to support Ted Cruz after meeting his father, recruited pastors in Iowa.",
     "USA", "051"),
    ("The Kenyan minister, who was forced to resign last year, criticized the president.", "KENGOV", "0831"),
])
def test_a_relative_raised_by_a_passive_is_its_antecedent(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert any(s.startswith(source) and c == cameo for s, _t, c in events(coder, text)), events(coder, text)


@pytest.mark.parametrize(("text", "target"), [
    # "called for X to VERB": the parser makes "for" the clause's mark and X its subject; X is the one asked
    ("Moscow called for Ukraine to withdraw its troops from the border.", "UKR"),
    ("Germany is calling for the United States to take a stronger role in the talks.", "USA"),
])
def test_a_call_for_someone_to_act_is_addressed_to_them(coder: Coder, text: str, target: str) -> None:
    got = events(coder, text)
    assert any(c.startswith("02") and t == target for _s, t, c in got), got


def test_a_call_for_something_new_or_for_what_reaches_others_names_no_addressee(coder: Coder) -> None:
    # "a special prosecutor" does not exist yet; the bankers the speeches went to are asked nothing
    got = events(coder, "The senator called for a special prosecutor to investigate the deal.")
    assert any(c == "020" and not t for _s, t, c in got), got
    got = events(coder, "Sanders has called for the former secretary to release her speeches to employees of the banks.")
    assert not any(c == "020" and t.endswith("LAB") for _s, t, c in got), got


@pytest.mark.parametrize(("text", "target"), [
    # "condemned what it called an attack by X": the named thing is the object; its doer is the one condemned
    ("Turkey condemned what it called an attack by Syrian forces.", "SYR"),
    ("Ankara denounced what it described as an attack by Syrian forces.", "SYR"),
    ("Merkel criticized what she called the divisive rhetoric from Donald Trump.", "USA"),
])
def test_a_judged_free_relative_of_naming_names_its_target(coder: Coder, text: str, target: str) -> None:
    got = events(coder, text)
    assert any(c.startswith("11") and t.startswith(target) for _s, t, c in got), got


@pytest.mark.parametrize("text", [
    # whom one fights for is one's own side; a bare role after "as" is the capacity one acts in
    "The rebels vowed that they would fight for the government as allies.",
    "Foreign fighters fought for the government in the north.",
])
def test_whom_force_is_used_for_is_no_target(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert any(c.startswith(("13", "19")) for _s, _t, c in got), got
    assert not any(c.startswith(("13", "19")) and t.endswith("GOV") for _s, t, c in got), got


def test_a_bare_role_after_as_is_the_subjects_capacity(coder: Coder) -> None:
    got = events(coder, "Obama opposed the merger as president.")
    assert any(c == "110" for _s, _t, c in got) and not any(c == "110" and t.endswith("GOV") for _s, t, c in got), got


@pytest.mark.parametrize(("text", "doer", "cameo"), [
    # the object of a sending verb does what its "to" clause says, as the sender's forces (object control)
    ("Russia sent troops to attack the town.", "RUSMIL", "190"),
    ("Gondor deployed warships to blockade the port of Umbar.", "---MIL", "191"),
    ("Moscow dispatched soldiers to guard the border.", "RUSMIL", "074"),
    ("The government deployed police to disperse the protesters.", "---COP", "175"),
    # a non-state sender's fighters are its own people
    ("The rebels sent fighters to attack the base.", "---REB", "190"),
])
def test_forces_sent_do_what_they_are_sent_to_do(coder: Coder, text: str, doer: str, cameo: str) -> None:
    got = events(coder, text)
    assert any(s == doer and c == cameo for s, _t, c in got), got


@pytest.mark.parametrize("text", [
    "Russia sent troops to attack the town.",
    "Russia mobilized 300,000 reservists.",
    "Russia massed troops on the border.",
])
def test_the_forces_one_mobilizes_are_no_target(coder: Coder, text: str) -> None:
    # 154 (mobilize armed forces): "the party against whom the military move is directed is the target", never
    # the forces moved; none named, no target
    got = events(coder, text)
    assert any(s == "RUS" and c == "154" for s, _t, c in got) and not any(t.endswith("MIL") for _s, t, _c in got), got


@pytest.mark.parametrize("text", [
    "The UN urged Turkey to allow aid into the city.",
    "France pressed Russia to allow inspectors into the plant.",
])
def test_the_one_urged_to_act_is_not_also_its_target(coder: Coder, text: str) -> None:
    # the object of "urge" does what the infinitive says (object control); the urging's target is not shared
    # with the infinitive as well, or the one urged would act on itself
    got = [(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
           for e in [*code(coder, text).events, *code(coder, text).unrealized_events]]
    assert any(c.startswith("086") for _s, _t, c in got), got
    assert not any(s and s == t for s, t, _c in got), got


@pytest.mark.parametrize("text", ["Kherson fell to Russian forces.", "Mariupol fell to Russian forces."])
def test_a_town_that_falls_is_its_countrys_loss(coder: Coder, text: str) -> None:
    # the tagger reads the town as a person; as the subject of "fell to" it is a place taken, and its country
    # is the target of the occupation
    assert ("RUSMIL", "UKR", "192") in events(coder, text), events(coder, text)


def test_a_person_who_falls_is_no_town(coder: Coder) -> None:
    assert not any(t == "GBR" for _s, t, _c in events(coder, "Boris Johnson fell to a rival in the vote.")), \
        events(coder, "Boris Johnson fell to a rival in the vote.")


@pytest.mark.parametrize("text", [
    "When invited to speak at the union convention in Cincinnati, Trump declined.",
    "When offered the chance to speak at the union convention in Cincinnati, Trump declined.",
])
def test_a_bare_participle_opening_the_sentence_is_passive(coder: Coder, text: str) -> None:
    """"When invited to speak, Trump declined": the main clause's subject is the one invited, not the inviter."""
    got = events(coder, text)
    assert not any(s.startswith("USA") and c[:2] == "03" for s, _t, c in got), got


@pytest.mark.parametrize("text", [
    "Russia, China and Iran voiced their opposition to the sanctions.",
    "Egypt voiced its opposition to the dam on Tuesday.",
])
def test_a_stance_the_speakers_own_is_no_opposition_party(coder: Coder, text: str) -> None:
    """"voiced their opposition to X": the possessed object a verbal pattern names is the speakers' stance, not a
    political opposition (it gave RUSOPP, CHNOPP, IRNOPP as targets)."""
    got = events(coder, text)
    assert got and not any(t.endswith("OPP") for _s, t, _c in got), got


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # a "by" right after the noun a verb's preposition governs names who did the noun's act
    ("The statement, referring to air strikes against Islamic State by France, called for revenge.", "FRA", "195"),
    # a dateline the parser made a subject is not the subject a participle inherits
    ("NAIROBI, March 3 (Reuters) — The Kenyan government issued a statement on Monday, offering an apology to "
     "Uganda for the border raid.", "KEN", "055"),
    # a city in title case is a dateline too when its agency follows; the subject hung on it after the dash acts
    ("Lima (AFP) – Chilean President Ana Rojas on Friday toured the border with Peru, accusing Bolivia of "
     "smuggling arms.", "CHL", "112"),
])
def test_a_by_phrase_or_a_dateline_misparsed(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert has(coder, text, source, cameo), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # a town or state compounded on a role word: the role is of that place's country
    ("On Monday, Boston Mayor Ray Kellner criticized the transit authority.", "USAGOV", "111"),
    ("The Ohio senator accused the company of fraud.", "USALEG", "112"),
    # a party letter and state in brackets after a name: an American politician
    ("Rep. Dana Whitcomb (R-Texas) criticized the governor.", "USALEG", "111"),
    ("Dana Whitcomb (D-N.Y.) criticized the governor.", "USA", "111"),
    # the foes of a person out of government are rivals, no opposition; of a head of state they are
    ("Hillary Clinton's Republican opponent criticized the governor.", "USA", "111"),
    ("Putin's critics accused the Kremlin of fraud.", "RUSOPP", "112"),
])
def test_country_of_titles_and_rivals(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert any(s == source and c == cameo for s, _, c in events(coder, text)), events(coder, text)


def test_place_title_keeps_the_person_it_describes(coder: Coder) -> None:
    # "the New Jersey governor" after Christie is he (a former governor on the test's day), not a second governor
    text = ("Chris Christie attacked Marco Rubio in the debate, and the New Jersey governor later accused him "
            "of lying.")
    assert ("USAELI", "USALEG", "112") in events(coder, text), events(coder, text)
    # a noun between the place and the role is what the place qualifies: the chapter's, no government's
    assert not any(s == "USAGOV" for s, _, _ in events(
        coder, "San Diego chapter president Luis Ortega criticized the mayor.")), "chapter"


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # "For X to VERB ... is Y," she said: the noun after "for" does what the infinitive says (the parser makes it
    # the object of a "for" hung on the verb, and the clause seemed to inherit the speaker)
    ("“For Beijing to both threaten Japan and to praise North Korea despite what looks like an effort to unsettle "
     "the region raises serious questions,” the Japanese foreign minister said.", "CHN", "051"),
    ("“For Moscow to both arm the rebels and to praise their leader is a provocation,” the Ukrainian president said.",
     "RUS", "072"),
    # a past tense joined to a modal verb does not share its clause: "would recover and praised" is two clauses
    ("The Kenyan president predicted that the economy would soon recover and praised Ethiopia for its mediation.",
     "KEN", "051"),
])
def test_the_doer_a_clause_names_of_its_own(coder: Coder, text: str, source: str, cameo: str) -> None:
    got = triples(code(coder, text))
    assert any(s.startswith(source) and c == cameo for s, _t, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    # approval one wins or earns is given by whom it is "of" (or whose it is) to the one who wins it
    ("Last week Macron won the endorsement of German Chancellor Angela Merkel.", "DEU", "FRA"),
    ("The Kenyan opposition leader earned the Tanzanian president's praise for his restraint.", "TZA", "KEN"),
])
def test_approval_won_comes_from_its_giver(coder: Coder, text: str, source: str, target: str) -> None:
    got = [(s, t) for s, t, c in triples(code(coder, text)) if c.startswith("05")]
    assert any(s.startswith(source) and t.startswith(target) for s, t in got), got


def test_an_extraposed_it_wins_no_approval(coder: Coder) -> None:
    """"It was an honor to earn X's praise": the "it" is no one the praise goes to."""
    got = [(s, t) for s, t, c in triples(code(coder, "Le Pen said it was an honor to earn the Russian president's "
                                                     "praise.")) if c.startswith("05")]
    assert got and all(t == "" for _s, t in got), got


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # an object relative pronoun (or the unsaid object of a that-less relative) stands for the noun the
    # clause hangs on: what was acted on
    ("The Somali militants that Kenyan troops attacked on Sunday have fled.", "KENMIL", "SOMINS", "19*"),
    ("Iran, which the Saudi foreign minister has blamed for the drone strikes, rejected the charge.", "SAU", "IRN", "112*"),
    ("Nigerian rebels, whom the Chadian army fought near the lake, crossed the border.", "TCDMIL", "NGAREB", "19*"),
    ("The Somali militants Kenyan troops attacked last week fled.", "KENMIL", "SOMINS", "19*"),
    ("Mali is the country the French president visited after the coup.", "FRA", "MLI", "042"),
    # the object of a preposition the clause leaves at its end
    ("The Syrian town which Turkish troops fired on was empty by nightfall.", "TURMIL", "SYR", "19*"),
])
def test_an_object_relative_names_its_antecedent_as_target(
        coder: Coder, text: str, source: str, target: str, cameo: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c.startswith(cameo.rstrip("*")) for s, t, c in got), got


@pytest.mark.parametrize("text", [
    # a clause that says when or whence leaves no object unsaid; a subject relative keeps its own object
    "The day Kenyan troops attacked, the Somali militants retreated to the coast.",
    "The Syrian town from which Turkish troops fired on Kurdish fighters was empty.",
])
def test_a_relative_of_time_or_origin_names_no_target(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert got and not any(t.startswith("SYR") or t.startswith("SOM") for _s, t, c in got if c.startswith("19")), got


def test_a_subject_relative_still_names_its_antecedent_as_source(coder: Coder) -> None:
    got = events(coder, "The Somali militants who attacked the Kenyan base retreated to the coast.")
    assert any(s.startswith("SOM") and c.startswith("19") for s, _t, c in got), got


@pytest.mark.parametrize(("text", "targets"), [
    # a party or country word before a list of bare plural nouns is every member's
    ("Senator Graham has attacked GOP voters, lawmakers, and donors.", {"USACVL", "USALEG"}),
    ("Bahrain expelled Iranian diplomats and soldiers on Monday.", {"IRNGOV", "IRNMIL"}),
])
def test_a_premodifier_is_shared_by_a_list_of_bare_plurals(coder: Coder, text: str, targets: set[str]) -> None:
    got = events(coder, text)
    assert targets <= {t for _s, t, _c in got}, got


def test_a_list_member_with_its_own_modifier_keeps_it(coder: Coder) -> None:
    # "the soldiers" has its own determiner, "Saudi soldiers" its own country: the first member's does not reach
    got = events(coder, "Bahrain expelled Iranian diplomats and the soldiers on Monday.")
    assert not any(t == "IRNMIL" for _s, t, _c in got), got
    got = events(coder, "Bahrain expelled Iranian diplomats and Saudi soldiers on Monday.")
    assert any(t == "SAUMIL" for _s, t, _c in got) and not any(t == "IRNMIL" for _s, t, _c in got), got


@pytest.mark.parametrize(("text", "targets"), [
    # a second phrase with the same preposition after an "and" names a second party the act goes to
    ("Washington approved the sale of tanks to Poland and of fighter jets to Romania.", {"POL", "ROU"}),
    ("The United States approved the sale of drones to India and to Japan.", {"IND", "JPN"}),
])
def test_a_repeated_to_phrase_names_every_recipient(coder: Coder, text: str, targets: set[str]) -> None:
    got = events(coder, text)
    assert targets <= {t for _s, t, _c in got}, got


@pytest.mark.parametrize(("text", "sector", "cameo"), [
    # a title written with the whole name names the later surname too
    ("Rep. Dana Whitcombe criticized the spending bill on Monday. Whitcombe accused the Pentagon of hiding costs.",
     "LEG", "112"),
    # so does a party label in brackets
    ("Rhea Castellano (D-Ore.) met the French ambassador on Monday. Castellano praised France for its climate policy.",
     "USA", "051"),
    # and a role in apposition, on its own mention and the later ones
    ("Nadia Olsen, an English teacher at Lincoln High School, criticized the mayor. Olsen later praised the students.",
     "EDU", "051"),
    # the head of a state's government is of its country: a place is no named body
    ("Jane Ostrander, the governor of Texas, praised Rubio. Ostrander criticized Trump.", "USAGOV", "111"),
])
def test_a_later_surname_keeps_the_description(coder: Coder, text: str, sector: str, cameo: str) -> None:
    got = events(coder, text)
    assert any(c == cameo and sector in s for s, _, c in got), got


@pytest.mark.parametrize("text", [
    # a role word whose body goes unnamed gives a bare ---GOV: no code to carry to the name
    "Gina Brightwater, the dean of the law school, criticized the governor. Brightwater later praised the students.",
    # a government's code for the head of a named body is only the country inside the body's name
    "Luis Ferreira, the president of the Brotherhood of Electrical Workers of America, criticized the trade deal.",
    "Marcus Bell, the president of the United States Hispanic Chamber of Commerce, praised Rubio. Bell criticized Trump.",
])
def test_a_weak_apposition_names_no_government(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(s.endswith("GOV") for s, _, _ in got), got


@pytest.mark.parametrize(("text", "cameo", "source", "not_target"), [
    # the parser joins the second clause's subject to the first clause's object and leaves its verb
    # subjectless: that noun does the second act, and is not what the first one acts on
    ("The president extended a state of emergency and soldiers patrolled the streets of the capital.",
     "150", "---MIL", "---MIL"),
    ("The governor imposed a curfew on the city and police arrested dozens of looters.", "173", "---COP", "---COP"),
    ("The king dissolved the cabinet of ministers and soldiers detained the prime minister.", "173", "---MIL", ""),
])
def test_a_subject_joined_to_the_first_object_does_the_second_act(
        coder: Coder, text: str, cameo: str, source: str, not_target: str) -> None:
    got = events(coder, text)
    assert [s for s, _, c in got if c == cameo] == [source], got
    assert not not_target or all(t != not_target for _, t, c in got if c != cameo), got


@pytest.mark.parametrize(("text", "source"), [
    # a pronoun owns no phrase ("their support"), but a state's forces are its military
    ("On Tuesday, Azerbaijan said its forces had shot down an Armenian drone.", "AZEMIL"),
    ("Iran said its forces had seized a British tanker in the Gulf.", "IRNMIL"),
    ("Israel said its forces killed two gunmen near Jenin on Sunday.", "ISRMIL"),
])
def test_its_forces_are_the_states_military(coder: Coder, text: str, source: str) -> None:
    got = events(coder, text)
    assert any(s == source for s, _, _ in got), got


@pytest.mark.parametrize("text", [
    # a state's own forces, named by a pronoun for it, are its own side: no target of its admission
    "Iran admitted that its forces had mistakenly fired on the airliner.",
    "Russia acknowledged on Friday that its forces had struck a hospital in Kharkiv.",
])
def test_its_own_forces_are_no_target_of_its_admission(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert got and not any(s[:3] == t[:3] for s, t, _ in got if s and t), got
