"""The rule engine on sentences written for these tests: voice, coordination, negation,
modality, intentions, refusals, appeals, reported speech, event nouns, discards."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, ArticleResult
from newsevents.pipeline import Coder

DAY = date(2020, 1, 4)


def code(coder: Coder, text: str, day: date = DAY) -> ArticleResult:
    return coder.code_text(text, day=day)


def triples(result: ArticleResult, *, unrealized: bool = False) -> set[tuple[str, str, str]]:
    events = result.unrealized_events if unrealized else result.events
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo) for e in events}


def roots(result: ArticleResult) -> set[str]:
    return {e.root for e in result.events}


def test_active_and_passive_voice(coder: Coder) -> None:
    active = code(coder, "Iranian forces attacked a US base in Iraq.")
    passive = code(coder, "A US base in Iraq was attacked by Iranian forces.")
    for r in (active, passive):
        assert any(s.startswith("IRN") and t.startswith("USA") and c.startswith("19") for s, t, c in triples(r))


def test_coordinated_actors_give_one_event_each(coder: Coder) -> None:
    r = code(coder, "France and Germany condemned the attack on the Saudi embassy.")
    sources = {s for s, _, c in triples(r) if c.startswith("11")}
    assert {"FRA", "DEU"} <= sources


def test_negation_is_unrealised(coder: Coder) -> None:
    r = code(coder, "Iran did not attack the US embassy.")
    assert not any(c.startswith("19") for _, _, c in triples(r))
    neg = [e for e in r.unrealized_events if e.root == "19"]
    assert neg and neg[0].negated


@pytest.mark.parametrize(("text", "modality"), [
    ("Iran will attack the US embassy.", "future"),
    ("Iran plans to attack the US embassy.", "planned"),
    ("If Iran attacks the US embassy, Washington will respond.", "hypothetical"),
])
def test_modality_is_unrealised(coder: Coder, text: str, modality: str) -> None:
    r = code(coder, text)
    attacks = [e for e in r.unrealized_events if e.root == "19" and e.source and e.source.code.startswith("IRN")]
    assert attacks and attacks[0].modality == modality
    assert not any(e.root == "19" and e.source and e.source.code.startswith("IRN") for e in r.events)


def test_threat_is_a_threat_not_an_assault(coder: Coder) -> None:
    r = code(coder, "Iran threatened to avenge the killing of its commander.")
    assert "13" in roots(r) and "19" not in roots(r)


def test_expressed_intention(coder: Coder) -> None:
    r = code(coder, "Israel announced it would free 150 Palestinian prisoners.")
    assert any(s == "ISR" and c.startswith("035") for s, _, c in triples(r))  # intent to release (0353)
    assert any(c.startswith("084") for _, _, c in triples(r, unrealized=True))  # the release itself: not yet


def test_refusal_is_a_rejection(coder: Coder) -> None:
    r = code(coder, "Iran refused to release the British tanker.")
    assert any(s == "IRN" and c.startswith("124") for s, _, c in triples(r))
    r2 = code(coder, "Turkey said it would not withdraw its troops from Syria.")
    assert any(s.startswith("TUR") and c.startswith("12") for s, _, c in triples(r2))


def test_appeal_to_an_actor(coder: Coder) -> None:
    r = code(coder, "The United Nations urged Iran to release the detained journalists.")
    assert any(s.startswith("IGOUNO") and t.startswith("IRN") and c.startswith("02") for s, t, c in triples(r))


def test_reported_speech_is_attributed_and_an_accusation(coder: Coder) -> None:
    r = code(coder, "Iraq said Turkish jets bombed Kurdish villages near the border.")
    bombing = [e for e in r.events if e.root == "19"]
    assert bombing and bombing[0].source is not None and bombing[0].source.code.startswith("TUR")
    assert bombing[0].attributed_to is not None and bombing[0].attributed_to.code.startswith("IRQ")
    assert any(s.startswith("IRQ") and t.startswith("TUR") and c == "112" for s, t, c in triples(r))


@pytest.mark.parametrize("text", [
    "Turkish jets bombed Kurdish villages near the border, Iraq's defence ministry said.",
    "Azerbaijani troops shelled Armenian positions overnight, Armenia's defence ministry said.",
])
def test_a_report_credited_after_the_fact_is_no_accusation(coder: Coder, text: str) -> None:
    """"X did Y, the ministry said": who the news is credited to after it is its source, not an accuser
    (the act stays an event; "Iraq said Turkish jets bombed" above and a quoted leader still accuse)."""
    r = code(coder, text)
    assert any(c.startswith(("18", "19")) for _, _, c in triples(r)), triples(r)
    assert not any(c == "112" for _, _, c in triples(r)), triples(r)


def test_a_quoted_charge_credited_after_it_still_accuses(coder: Coder) -> None:
    r = code(coder, '"Our evidence shows the airliner was shot down by a Russian missile," the Dutch prime minister said.')
    assert any(s.startswith("NLD") and t.startswith("RUS") and c == "112" for s, t, c in triples(r)), triples(r)


def test_own_violence_claimed_is_a_claim(coder: Coder) -> None:
    r = code(coder, "The Pentagon claimed US forces had killed the militia commander.", date(2020, 1, 3))
    assert any(s.startswith("USA") and c == "015" for s, _, c in triples(r))
    said = code(coder, "The Pentagon said US forces had killed the militia commander.", date(2020, 1, 3))
    assert not any(c == "015" for _, _, c in triples(said))
    assert any(s.startswith("USA") and c.startswith("1") for s, _, c in triples(said))


def test_event_noun_with_compound_actor(coder: Coder) -> None:
    r = code(coder, "A US drone strike killed five militants in Yemen.")
    assert any(s.startswith("USA") and c.startswith("19") for s, _, c in triples(r))


def test_symmetric_meeting(coder: Coder) -> None:
    r = code(coder, "Russia and Turkey held talks in Moscow on Monday.")
    got = triples(r)
    assert any(s.startswith("RUS") and t.startswith("TUR") for s, t, _ in got)
    assert any(s.startswith("TUR") and t.startswith("RUS") for s, t, _ in got)


@pytest.mark.parametrize("text", [
    "Qatar hosted talks between American and Taliban negotiators in Doha.",
    "Egypt hosted talks between Israeli and Hamas officials in Cairo on Sunday.",
])
def test_a_host_of_talks_is_not_hosted_by_its_guests(coder: Coder, text: str) -> None:
    got = triples(code(coder, text))
    host = text.split()[0][:3].upper()
    assert any(s.startswith(host) for s, _, c in got if c.startswith("04")), got
    assert not any(t.startswith(host) for _, t, c in got if c.startswith("04")), got


def test_sport_and_accidents_are_not_events(coder: Coder) -> None:
    assert not code(coder, "The Brazilian striker scored twice as Brazil beat Argentina in the cup final.").events
    assert not any(e.root in {"18", "19", "20"} for e in code(coder, "Ten Kenyans were killed in a bus crash.").events)


def test_protest_place_is_a_place_not_a_target(coder: Coder) -> None:
    r = code(coder, "Thousands of Iranians protested in Tehran on Friday.")
    protests = [e for e in r.events if e.root == "14"]
    assert protests and protests[0].source is not None and protests[0].source.code.startswith("IRN")
    assert protests[0].target is None or not protests[0].target.code.startswith("IRN")


def test_pattern_target_needs_its_preposition(coder: Coder) -> None:
    fired = code(coder, "Syrian troops fired rockets at Turkish positions.")
    assert any(c.startswith("19") for _, _, c in triples(fired))
    dismissed = code(coder, "The Iraqi prime minister fired his finance minister.")
    assert not any(c.startswith("19") for _, _, c in triples(dismissed))


def test_explain_gives_a_reason_for_every_non_event(coder: Coder) -> None:
    exp = coder.explain("Iran did not attack the US embassy, a spokesman said.", day=DAY)
    assert exp.candidates and exp.tokens and exp.actors
    for c in exp.candidates:
        assert c["status"] == "event" or c["reason"], c
        assert c["rule"]


def test_a_reaction_to_a_killing_targets_the_killer(coder: Coder) -> None:
    text = ("Turkish drones killed a senior Kurdish commander on Monday. "
            "The group's leader vowed revenge for the commander's death.")
    threats = [e for e in code(coder, text).events if e.root == "13"]
    assert threats and all(e.target is None or e.target.code.startswith("TUR") for e in threats)


def test_speech_acts_need_a_speaker(coder: Coder) -> None:
    r = code(coder, "A protest movement that has criticized the Lebanese government gathered downtown.")
    assert not any(e.root == "11" and e.source is None for e in r.events)


def test_saying_is_not_claiming_responsibility(coder: Coder) -> None:
    said = code(coder, "The Pentagon said US forces struck a militia base in Syria.")
    assert not any(e.cameo == "015" for e in said.events)
    claimed = code(coder, "The Islamic State claimed that its fighters attacked an Iraqi army post.")
    assert any(e.cameo == "015" for e in claimed.events)


def test_the_victims_account_is_an_accusation_and_the_attack_is_reported(coder: Coder) -> None:
    r = code(coder, "Houthi media reported that Saudi warplanes bombed Houthi rebels near Sanaa.")
    assert any(s.startswith("YEM") and t.startswith("SAU") and c == "112" for s, t, c in triples(r))
    assert any(s.startswith("SAU") and t.startswith("YEM") and c.startswith("19") for s, t, c in triples(r))
    claimed = code(coder, "Iran claimed that Israeli jets bombed an Iranian base in Syria.")
    assert any(e.modality == "alleged" and e.root == "19" for e in claimed.unrealized_events)
    assert not any(e.root == "19" for e in claimed.events)


def test_killing_as_the_toll_of_an_attack_is_one_event(coder: Coder) -> None:
    r = code(coder, "Rebels shelled a Syrian army base on Tuesday, killing nine soldiers.")
    violent = [e for e in r.events if e.root in {"18", "19", "20"}]
    assert len({e.evidence.trigger.text for e in violent if e.evidence.trigger}) == 1


def test_a_meeting_with_someone_is_one_sided_and_a_place_never_meets(coder: Coder) -> None:
    one = triples(code(coder, "The Kenyan foreign minister met with the Somali president on Tuesday."))
    assert any(s.startswith("KEN") and t.startswith("SOM") for s, t, c in one if c.startswith("04"))
    assert not any(s.startswith("SOM") for s, _, c in one if c.startswith("04"))
    both = triples(code(coder, "The leaders of Kenya and Somalia met in Geneva on Tuesday."))
    assert not any(s.startswith("CHE") for s, _, _ in both)


def test_foreign_protesters_protest_against_the_host_country(coder: Coder) -> None:
    r = code(coder, "German and Dutch activists staged a protest in Moscow on Friday.")
    assert any(s.startswith("DEU") and t.startswith("RUS") and c.startswith("14") for s, t, c in triples(r))


def test_an_event_noun_that_is_only_a_topic_is_not_coded(coder: Coder) -> None:
    r = code(coder, "The Kenyan president attended a conference on the unrest in Ethiopia.")
    assert not any(e.root == "14" for e in [*r.events, *r.unrealized_events])


def test_background_descriptions_are_not_news(coder: Coder) -> None:
    ago = code(coder, "Police released an opposition leader jailed three years ago, his lawyer said.")
    assert not any(e.root == "17" for e in ago.events)
    has = code(coder, "Nigerian troops began an offensive against the militants who have kidnapped hundreds of students.")
    assert not any(e.root == "18" for e in has.events)


def test_a_pronoun_subject_is_its_clause_subject(coder: Coder) -> None:
    r = code(coder, "Ghana accused Togo of hosting rebels but said it would restore ties with Lome.")
    assert not any(s.startswith("TGO") and t.startswith("TGO") for s, t, _ in
                   triples(r) | triples(r, unrealized=True))


@pytest.mark.parametrize("text", [
    "The Iraqi president fired the defense minister on Monday.",
    "French opposition leaders attacked the government's pension plan as reckless.",
    "Rising prices hit Egyptian families hard.",
    "Brazil's president fought for the reform in Congress.",
])
def test_figurative_violence_is_not_violence(coder: Coder, text: str) -> None:
    assert not any(e.root in {"18", "19", "20"} for e in code(coder, text).events)


def test_a_date_is_never_the_target_preposition(coder: Coder) -> None:
    r = code(coder, "Egypt's foreign minister met with Sudanese President Omar al-Bashir Tuesday in Khartoum.")
    assert any(s.startswith("EGY") and t.startswith("SDN") for s, t, c in triples(r) if c.startswith("04"))


def test_a_very_long_run_on_sentence_is_coded(coder: Coder) -> None:
    """Regression: a place test walked up from a target that the verb does not govern and never
    reached the verb; spaCy hands out a new Token per access, so `head is tok` never ended it."""
    import random

    rng = random.Random(7)
    words = ("Iran Iraq the US strike killed protesters said Baghdad yesterday Monday sanctions militia "
             "minister attacked talks 2020 nine dozens").split()
    r = code(coder, " ".join(rng.choice(words) for _ in range(1500)) + ".")
    assert r.events and all(e.evidence.start >= 0 for e in r.events)


def _plover(result: ArticleResult) -> set[str]:
    return {e.plover.type for e in result.events if e.plover is not None}


def test_a_declared_ceasefire_is_a_concession(coder: Coder) -> None:
    """PLOVER: declaring a ceasefire is CONCEDE; observing one is RETREAT."""
    assert "CONCEDE" in _plover(code(coder, "The rebels declared a ceasefire with the government of Chad."))
    assert "RETREAT" in _plover(code(coder, "Chadian rebels observed the ceasefire on Sunday."))


def test_agreeing_to_a_concession_is_an_intent_to_yield(coder: Coder) -> None:
    r = code(coder, "The government of Chad agreed to concessions to avert a crisis.")
    assert any(s == "TCDGOV" and c.startswith("035") for s, _, c in triples(r))


def test_striking_workers_do_not_attack(coder: Coder) -> None:
    for text in ("Teachers in Ghana have been striking since last Monday.",
                 "Some 70 percent of Ghanaian teachers are out on strike."):
        r = code(coder, text)
        assert not any(e.root in {"18", "19", "20"} for e in r.events)
        assert any(e.cameo == "143" and e.source and e.source.code.startswith("GHA") for e in r.events)


@pytest.mark.parametrize("text", [
    "A strike by dockworkers closed the port of Rotterdam for three days.",
    "A strike by port workers closed the port of Genoa.",
    "A dockers' strike closed the port of Le Havre on Monday.",
])
def test_what_a_labour_strike_shuts_is_the_strike(coder: Coder, text: str) -> None:
    """"A strike by dockworkers closed the port": the workers strike (143); they blockade and attack nothing."""
    r = code(coder, text)
    assert not any(e.root in {"17", "18", "19", "20"} for e in r.events), triples(r)
    assert any(e.cameo == "143" for e in r.events), triples(r)


def test_the_country_refers_to_the_country_last_named(coder: Coder) -> None:
    r = code(coder, "Bahrain announced that the country had sent 10 tons of humanitarian aid to Yemen.")
    assert any(s == "BHR" and c.startswith("07") for s, _, c in triples(r))


def test_government_of_a_named_country(coder: Coder) -> None:
    r = code(coder, "The Government of Saint Kitts and Nevis lifted its curfew on Sunday.")
    assert any(s == "KNAGOV" and c == "0813" for s, _, c in triples(r))


def test_the_two_countries_are_the_last_two_named(coder: Coder) -> None:
    r = code(coder, "Canada and Morocco held talks in Rabat. The two countries signed a treaty on trade.")
    signed = {(s, t) for s, t, c in triples(r) if c == "057"}
    assert ("CAN", "MAR") in signed and ("MAR", "CAN") in signed


def test_reducing_relations_is_one_sided(coder: Coder) -> None:
    r = code(coder, "Kenya downgraded diplomatic ties with Uganda.")
    assert ("KEN", "UGA", "161") in triples(r)
    assert not any(s == "UGA" for s, _, c in triples(r) if c.startswith("16"))


def test_an_aid_group_pulling_out_reduces_relations(coder: Coder) -> None:
    assert "SANCTION" in _plover(code(coder, "Doctors Without Borders has pulled out of Somalia."))
    assert "RETREAT" in _plover(code(coder, "Hundreds of UN troops withdrew from the Golan on Monday."))


def test_a_sentence_is_also_a_conviction(coder: Coder) -> None:
    r = code(coder, "A court in Kenya sentenced the former minister to ten years in prison.")
    assert {"COERCE", "SANCTION"} <= _plover(r)


@pytest.mark.parametrize("text", [
    "The union said it would go on strike if the board did not settle the dispute.",
    "The government of Togo said it may ban opposition parties.",
    "Sri Lanka will annex the territory unless its conditions are met, the minister said.",
])
def test_conditional_and_stated_hostile_plans_are_threats(coder: Coder, text: str) -> None:
    assert any(e.root == "13" for e in code(coder, text).events)


def test_a_possibility_is_not_an_event(coder: Coder) -> None:
    r = code(coder, "The president of Togo raised the possibility of banning opposition parties.")
    assert not any(c.startswith("172") for _, _, c in triples(r))
    assert any(c.startswith("132") for _, _, c in triples(r))


def test_a_curfew_imposed_in_a_place_is_its_governments(coder: Coder) -> None:
    r = code(coder, "A nationwide curfew was imposed in Kenya on Friday.")
    assert ("KENGOV", "", "1723") in triples(r)


def test_hit_by_a_cyberattack_is_a_cyberattack(coder: Coder) -> None:
    r = code(coder, "Greece's national energy company has been hit by a major cyberattack.")
    assert any(e.cameo == "176" for e in r.events)
    assert not any(e.root == "19" for e in r.events)


@pytest.mark.parametrize("text", [
    "Donors praised her work rebuilding lower Manhattan in the aftermath of the 9/11 attacks by al Qaeda.",
    "The Sept. 11 attacks by al Qaeda remain the deadliest on American soil.",
    "The terrorist attacks of Sept. 11 killed nearly 3,000 Americans.",
])
def test_an_attack_named_by_a_day_long_past_is_no_news(coder: Coder, text: str) -> None:
    r = code(coder, text, date(2016, 3, 10))
    assert not any(e.root in {"18", "19"} for e in r.events), triples(r)


def test_an_attack_named_by_a_recent_day_stays_news(coder: Coder) -> None:
    r = code(coder, "Officials said al Qaeda carried out the March 8 attacks on the Yemeni army.", date(2016, 3, 10))
    assert any(e.root in {"18", "19"} for e in r.events), triples(r)


@pytest.mark.parametrize(("text", "day"), [
    ("The Sept. 11 attacks by al Qaeda remain the deadliest on American soil.", date(2016, 9, 20)),
    ("France has tightened security since the Nov. 13 attacks on Paris cafes and a concert hall.", date(2015, 12, 2)),
])
def test_an_attack_named_by_its_day_over_a_week_before_is_no_news(coder: Coder, text: str, day: date) -> None:
    r = code(coder, text, day)
    assert not any(e.root in {"18", "19"} for e in r.events), triples(r)


def test_a_town_actor_takes_the_country_the_story_places_it_in(coder: Coder) -> None:
    text = "Rebels shelled the port of Rhodes on Monday, Greek officials said. Ships sailed from Piraeus."
    story = Article(id="a-rhodes", date=DAY, outlet=None, dateline="ATHENS", text=text)
    shelled = [e for e in coder.code_article(story).events if e.evidence.trigger.text == "shelled"]
    assert shelled and all(e.target is not None and e.target.code == "GRC" for e in shelled), shelled
    # a great city keeps its country against a small namesake
    r = code(coder, "American officials said the committee refused to ban athletes from competing in Rio.")
    assert not any(e.target is not None and e.target.code == "USA" and "Rio" in e.target.text for e in r.events)


def test_explain_shows_a_town_actor_with_the_story_country(coder: Coder) -> None:
    """The candidate list of ``explain`` must name the code the output carries, not the context-free one."""
    text = "Rebels shelled the port of Rhodes on Monday, Greek officials said. Ships sailed from Piraeus."
    exp = coder.explain(text, day=DAY, dateline="ATHENS")
    shelled = [c for c in exp.candidates if c["trigger"] == "shelled" and c["status"] == "event"]
    assert shelled and all(str(c["target"]).startswith("GRC ") for c in shelled), shelled
    assert exp.result is not None
    written = {e.target.code for e in exp.result.events if e.target is not None and e.evidence.trigger.text == "shelled"}
    assert written == {"GRC"}, written


@pytest.mark.parametrize("text", [
    "Clinton has been attacked on the speeches by Bernie Sanders.",
    "The prime minister was criticized over the deal by Labour leader Keir Starmer.",
])
def test_a_passive_agent_hung_on_the_topic_noun_is_the_doer(coder: Coder, text: str) -> None:
    r = code(coder, text)
    assert any(e.root == "11" and e.source is not None and e.source.code for e in r.events), triples(r)


@pytest.mark.parametrize("text", [
    "The governor's latest assault on the mayor drew sharp criticism.",
    "The mayor's attack on the city council was his sharpest yet.",
])
def test_an_attack_noun_between_local_officials_is_words(coder: Coder, text: str) -> None:
    r = code(coder, text)
    assert any(e.cameo == "111" for e in r.events), triples(r)
    assert not any(e.root in {"18", "19"} for e in r.events), triples(r)


def test_a_past_verb_tagged_as_a_noun_with_subject_and_object_is_the_verb(coder: Coder) -> None:
    r = code(coder, "Security forces in Mozambique shot dead at least 30 people during the protests, a rights group said.")
    assert any(e.root in {"18", "19"} and e.source is not None and e.source.code.endswith("COP") for e in r.events), triples(r)
    # a noun "shot" with no subject of its own stays a noun
    r = code(coder, "The first shot fired by the soldiers hit a wall.")
    assert not any(e.evidence.trigger.text == "shot" for e in r.events), triples(r)


@pytest.mark.parametrize("text", [
    "New Zealand's government formally apologised to the families of the 51 people killed in the Christchurch mosque attacks.",
    "The prime minister met with relatives of the passengers killed in the MH17 crash.",
])
def test_victims_named_inside_another_act_are_background(coder: Coder, text: str) -> None:
    r = code(coder, text)
    assert not any(e.root in {"18", "19", "20"} for e in r.events), triples(r)


def test_a_hostile_participle_after_a_deal_is_not_its_partner(coder: Coder) -> None:
    r = code(coder, "Serbia signed the agreement, accusing Kosovo of violating the deal.")
    assert ("SRB", "XKX", "057") not in triples(r)
    assert any(s == "SRB" and t == "XKX" and c.startswith("112") for s, t, c in triples(r))


@pytest.mark.parametrize(("text", "target"), [
    ("Iran summoned the British ambassador to protest against what it called London's interference.", "GBR"),
    ("China lodged a complaint over what it called Japan's provocations in the East China Sea.", "JPN"),
])
def test_what_a_naming_clause_after_a_preposition_names_is_the_target(coder: Coder, text: str, target: str) -> None:
    r = code(coder, text)
    assert any(t.startswith(target) and c[:2] in {"11", "10", "14"} for _, t, c in triples(r)), triples(r)


def test_a_warning_hung_on_anothers_refusal_is_a_threat(coder: Coder) -> None:
    r = code(coder, "Taiwan warned of imminent warfare if China did not meet its demands.")
    assert ("TWN", "CHN", "130") in triples(r)
    r = code(coder, "The IMF warned of a deep recession if consumer spending did not recover.")
    assert not any(e.root == "13" for e in r.events), triples(r)


@pytest.mark.parametrize(("text", "cameo"), [
    # a participle that names the governing act again, with its code and its actors, is that one act
    ("The Arab League readmitted Syria on Sunday, ending a suspension that had lasted twelve years.", "081"),
])
def test_a_participle_restating_the_act_is_one_event(coder: Coder, text: str, cameo: str) -> None:
    got = [e for e in code(coder, text).events if e.cameo == cameo]
    assert len(got) == 1, [(e.cameo, e.evidence.trigger.text if e.evidence.trigger else "") for e in got]


def test_a_participle_with_its_own_act_stays_an_event(coder: Coder) -> None:
    # the same code aimed at someone else is another act: recalling the envoy from Iran, expelling its diplomats
    got = code(coder, "Bahrain recalled its ambassador from Iran on Monday, expelling two Iranian diplomats.").events
    assert len([e for e in got if e.cameo == "161"]) == 2, [(e.cameo, e.target.code if e.target else "") for e in got]
