"""Modality: whether an event is stated, intended, threatened or only possible — what an affirmed, negated or
conditional reporting verb states, intents and threats with their conditions, purposes under "will",
readiness, promises. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder
from tests._coder import code, events, has
from tests.test_events import triples


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # what an affirmed reporting verb states, and a wh-question, which presupposes its event
    ("Chile announced that it would refuse to meet Peru.", "CHL", "12*"),
    ("Chile said that Bolivia attacked the border post.", "BOL", "19*"),
    ("Chile said that Bolivia attacked the border post.", "CHL", "112"),
    ("Chile did not say how many Bolivian soldiers had attacked the border post.", "BOL", "19*"),
    ("The French president flew to Berlin on Monday to meet the German chancellor.", "FRA", "04*"),
    # forces put on alert against another country: a threat to it
    ("Greece said it would put its forces on alert along the border with Turkey.", "GRC", "13*"),
    # a report called true, or a doubt denied, stays
    ("Reports that Peru had seized a Chilean fishing boat were confirmed by the navy.", "PER", "17*"),
    ("There is no doubt that Bolivian troops shelled a Chilean border post.", "BOL", "19*"),
])
def test_codes(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert has(coder, text, source, cameo), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # the reporting verb's own negation or condition reaches what it reports
    ("Chile did not announce that it would refuse to meet Peru.", "CHL", "12*"),
    ("Chile did not say that Bolivia attacked the border post.", "BOL", "19*"),
    ("Chile did not say that Bolivia attacked the border post.", "CHL", "112"),
    ("Chile never reported that Bolivia had shelled the border post.", "BOL", "19*"),
    ("If Chile announces that it will refuse to meet Peru, the summit will fail.", "CHL", "12*"),
    # a purpose infinitive under "will" is as future as the verb it serves
    ("The Kenyan president will be travelling to Kampala to ask Uganda to reopen the border.", "KEN", "02*"),
    ("The French president will fly to Berlin next week to meet the German chancellor.", "FRA", "04*"),
    # what one refrains or abstains from is not done
    ("Chilean troops refrained from attacking Bolivian positions.", "CHL", "19*"),
    ("The Colombian rebels abstained from attacking the capital.", "COL", "19*"),
    # announcing that one's own forces will be moved threatens nobody; the move stays planned
    ("The Kenyan defence minister announced that about 2,000 soldiers would be deployed to the northern region.", "KEN", "13*"),
    ("Officials said a further brigade of troops would be deployed to the Gulf.", "", "13*"),
    # nor does a bloc that could send troops to restore order (the troops are no target of the move)
    ("If the talks fail, the African Union could deploy troops to restore order in the capital, envoys said.", "", "13*"),
    # what is agreed or promised is not yet done, whether the parser hangs it on the noun or on the verb
    ("Peru and Chile signed an agreement to withdraw troops from the border on Monday.", "PER", "087*"),
    ("Kenya and Uganda reached a deal to end the fighting along their border.", "KEN", "087*"),
    ("The Colombian rebels repeated their pledge to release the kidnapped soldiers.", "COL", "08*"),
    # what a report says is not asserted when it is not confirmed
    ("The ministry did not confirm reports that Chilean troops had shelled a Bolivian post.", "CHL", "19*"),
    ("Journalists could not verify claims that Peruvian soldiers had attacked the camp.", "PER", "19*"),
    # nor when the report is called false
    ("There is no truth to reports that Bolivian troops shelled a Chilean border post.", "BOL", "19*"),
    ("A spokesman said there was no truth to reports that the president had met rebel leaders.", "", "04*"),
    ("The ministry said reports that Chilean soldiers had killed two farmers were baseless.", "CHL", "1*"),
    ("Reports that Peru had seized a Chilean fishing boat are false, the navy said.", "PER", "17*"),
    ("Officials dismissed as false reports that Ecuadorian troops had crossed into Peru and attacked a post.",
     "ECU", "19*"),
    # or dismissed, discounted
    ("Iraq dismissed reports that Turkish jets bombed Kurdish villages.", "TUR", "19*"),
    ("Peru discounted reports that Chilean jets had bombed a border post.", "CHL", "19*"),
    # a course of action opposed is not taken; new or further measures favoured are not yet taken
    ("The Chilean government opposed deporting the Peruvian migrants.", "CHL", "174"),
    ("The Kenyan president opposes arresting the opposition leaders.", "KEN", "173"),
    ("Peruvian senators favor new sanctions against Bolivia.", "", "16*"),
    ("Chilean lawmakers favour tougher sanctions on Bolivia.", "", "16*"),
    # what the terms or text of an agreement commit to is agreed, not yet done
    ("Israel accepted the terms of a deal to freeze settlements.", "ISR", "08*"),
    ("Kenya accepted the terms of a truce to withdraw its troops.", "KEN", "0874"),
])
def test_does_not_code(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert not has(coder, text, source, cameo), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("Chile did not announce that it would refuse to meet Peru.", "CHL", "12*"),
    ("Chile did not say that Bolivia attacked the border post.", "BOL", "19*"),
    ("The ministry did not confirm reports that Chilean troops had shelled a Bolivian post.", "CHL", "19*"),
    ("Reports that Peru had seized a Chilean fishing boat are false, the navy said.", "PER", "17*"),
    ("The Kenyan president will be travelling to Kampala to ask Uganda to reopen the border.", "KEN", "02*"),
    ("The Kenyan defence minister announced that about 2,000 soldiers would be deployed to the northern region.", "", "154"),
    ("The Chilean government opposed deporting the Peruvian migrants.", "CHL", "174"),
    ("Peruvian senators favor new sanctions against Bolivia.", "", "16*"),
])
def test_keeps_the_unrealised_event(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert has(coder, text, source, cameo, unrealized=True)


@pytest.mark.parametrize("text", [
    "Iraq dismissed reports that Turkish jets bombed Kurdish villages.",
    "Peru rejected reports that Chilean troops had crossed the border.",
])
def test_who_a_dismissed_report_names_is_not_the_one_rejected(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert any(c.startswith("12") for _, _, c in got) and not any(t for _, t, c in got if c.startswith("12")), got


def test_a_rejected_claim_rejects_its_claimant(coder: Coder) -> None:
    # a charge against oneself rejected is a denial (016), aimed at whoever made the charge
    got = events(coder, "Iraq rejected Turkish claims that Iraqi troops shelled the border.")
    assert ("IRQ", "TUR", "016") in got, got



def test_an_intention_stated_under_a_condition_or_a_negation_is_not_stated(coder: Coder) -> None:
    """The threat or refusal read from "threatens to …" / "announced he would not …" takes the stating
    verb's own condition or negation; its auxiliaries do not unrealise it."""
    r = code(coder, "If Iran threatens to retaliate against Israel, the talks will end.")
    assert not [e for e in r.events if e.root == "13"]
    assert [e for e in r.unrealized_events if e.root == "13" and e.modality == "hypothetical"]
    r = code(coder, "Aides asked what would happen if Obama announced he would not back Cameron.")
    assert not [e for e in r.events if e.root == "12"]
    r = code(coder, "Iran said it would agree to withdraw troops from Syria.")
    assert [e for e in r.events if e.cameo.startswith("035")]
    assert [e for e in code(coder, "Iran threatened to retaliate against Israel.").events if e.root == "13"]


@pytest.mark.parametrize("text", [
    "The Pentagon did not say who attacked the base in Iraq.",
    "Nigerian police did not reveal who had bombed the church.",
])
def test_embedded_question_names_no_attacker(coder: Coder, text: str) -> None:
    # the speaker is not the attacker; the attack itself stays (the question presupposes it)
    speaker = "USA" if "Pentagon" in text else "NGA"
    assert not any(s.startswith(speaker) and c[:2] in {"18", "19"} for s, _, c in events(coder, text)), \
        events(coder, text)


def test_possible_to_is_not_done(coder: Coder) -> None:
    # "it was possible to halt talks" says the act could happen, not that it did
    text = "Kazakhstan said on Monday it was possible to halt the talks with Kyrgyzstan."
    assert not any(c.startswith("16") for _, _, c in events(coder, text)), events(coder, text)


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


def test_promising_to_end_a_curfew_is_promising_to_ease_limits(coder: Coder) -> None:
    """"promise >end" names only the verb; "end the curfew" says what was promised (0351)."""
    result = code(coder, "The governor of Lagos promised on Monday to end the night curfew.")
    r = triples(result)
    assert any(c == "0351" for _, _, c in r)
    assert not any(c == "037" for _, _, c in r)


def test_promising_to_end_a_dispute_keeps_the_plain_promise(coder: Coder) -> None:
    """No object pattern on the complement: the bare "promise >end" still codes."""
    r = triples(code(coder, "The Nigerian president promised to end the dispute with Benin."))
    assert any(c == "037" for _, _, c in r)


def test_a_threatened_concession_is_a_threat(coder: Coder) -> None:
    """"threaten to" governs a threat: the complement's cooperative intent (03x) is not what was said."""
    r = triples(code(coder, "The army threatened to end the protests with military force."))
    assert any(c.startswith("13") for _, _, c in r)
    assert not any(c.startswith("03") for _, _, c in r)
    r = triples(code(coder, "Iran threatened to withdraw from the nuclear deal on Sunday."))
    assert any(s == "IRN" and c.startswith("13") for s, _, c in r)


# ---- not yet done: an infinitive with a subject of its own, a passive infinitive relative, a headline's "to" ----
TO_BE_DAY = date(2022, 2, 26)


@pytest.mark.parametrize(("text", "code"), [
    ("The banks to be excluded from SWIFT will be chosen in the coming days.", "163"),
    ("The candidates demanded more special forces to be deployed in the region.", "154"),
    ("Iran to free British tanker crew", "0841"),  # a headline's "to" is the future
])
def test_to_be_done_is_not_done(coder: Coder, text: str, code: str) -> None:
    result = coder.code_text(text, day=TO_BE_DAY)
    assert not any(c == code for _s, _t, c in triples(result)), triples(result)


def test_the_first_to_do_it_did_it(coder: Coder) -> None:
    got = triples(coder.code_text("He was the first Israeli leader to visit Oman in two decades.", day=TO_BE_DAY))
    assert any(c == "042" for _s, _t, c in got), got


# ---- a complement the parser hangs after a time phrase ----
HUNG_DAY = date(2022, 9, 20)


@pytest.mark.parametrize(("text", "root"), [
    ("The minister declined on Friday to meet the protest leaders.", "12"),
    ("Iran threatened on Sunday to close the Strait of Hormuz.", "13"),
])
def test_a_complement_hung_after_a_time_phrase_is_still_the_verbs(coder: Coder, text: str, root: str) -> None:
    """"Declined on Friday to meet": the parser hangs the infinitive as an adverbial clause; the meeting
    did not happen and the refusal or threat is coded."""
    result = coder.code_text(text, day=HUNG_DAY)
    got = triples(result)
    assert any(c.startswith(root) and c != "130" for _s, _t, c in got), got
    assert not any(c.startswith(("04", "19")) for _s, _t, c in got), got


@pytest.mark.parametrize(("text", "cameo"), [
    # what one is jailed, sentenced or convicted for is the charge, not an event the story reports
    ("A court in Lima jailed a Chilean student for helping armed rebels.", "070"),
    ("A court in Quito sentenced a reporter for spreading disinformation.", "170"),
    ("A Bolivian court convicted the colonel of killing three protesters.", "19*"),
])
def test_the_charge_of_a_sentence_is_no_event(coder: Coder, text: str, cameo: str) -> None:
    want = cameo.rstrip("*")
    got = events(coder, text)
    assert not any(c.startswith(want) if cameo.endswith("*") else c == want for _, _, c in got), got
    assert any(c.startswith(("17", "11")) for _, _, c in got), got


@pytest.mark.parametrize(("text", "root"), [
    ("The Chilean president was pressured by his generals to attack Peru.", "19"),
    ("Chile was encouraged by its allies to meet Peru.", "04"),
    ("The minister was pressed by parliament on Monday to meet the Peruvian envoy.", "04"),
])
def test_a_complement_hung_after_a_by_phrase_is_still_the_verbs(coder: Coder, text: str, root: str) -> None:
    """"Was pressured by the generals to attack Peru": the parser hangs the infinitive as an adverbial
    clause after the "by" phrase; the attack or the meeting is only asked for."""
    got = events(coder, text)
    assert not any(c.startswith(root) for _, _, c in got), got
    assert any(c.startswith(root) for _, _, c in events(coder, text, unrealized=True)), got


# ---- adverbs of allegation ----
@pytest.mark.parametrize(("text", "cameo"), [
    ("Government troops allegedly shelled a village near the border.", "19*"),
    ("The guard who purportedly beat a prisoner was suspended.", "18*"),
    ("Militiamen supposedly abducted two aid workers last week.", "18*"),
])
def test_an_alleged_act_is_not_an_asserted_one(coder: Coder, text: str, cameo: str) -> None:
    """"Allegedly", "purportedly": an accusation, as "accused of burning" is; the act is kept as alleged."""
    result = code(coder, text)
    prefix = cameo.rstrip("*")
    assert not [e for e in result.events if e.cameo.startswith(prefix)], triples(result)
    assert any(e.modality == "alleged" and e.cameo.startswith(prefix) for e in result.unrealized_events)


def test_reportedly_is_how_the_news_came_not_an_allegation(coder: Coder) -> None:
    assert has(coder, "Turkish jets reportedly bombed a village in northern Iraq.", "TUR", "19*")


def test_an_accuser_of_an_alleged_act_still_accuses(coder: Coder) -> None:
    text = "Chad's militia allegedly killed twelve farmers, the United Nations said."
    assert has(coder, text, "IGO", "112")
    assert not has(coder, text, "TCD", "19*")


def test_a_plan_someone_alleges_is_alleged_not_planned(coder: Coder) -> None:
    """"The report alleged that Chilean officers helped plan the massacres": Peru's accusation (112),
    and the plan only alleged, as an alleged attack is; "said" leaves it a reported plan."""
    text = "A report published in Lima alleged that Chilean officers had helped plan the massacres."
    result = code(coder, text)
    assert has(coder, text, "PER", "112"), events(coder, text)
    plans = [e.modality for e in result.unrealized_events if e.cameo.startswith("20")]
    assert plans == ["alleged"], plans
    said = code(coder, text.replace("alleged", "said"))
    assert [e.modality for e in said.unrealized_events if e.cameo.startswith("20")] == ["planned"]


# ---- "hopes to": the tagger lemmatises "hopes"/"hoped" as "hop" ----
@pytest.mark.parametrize(("text", "cameo"), [
    ("The French president hopes to visit Algeria next month.", "042"),
    ("The Kenyan president hoped to meet the Somali leader in Nairobi.", "04*"),
    ("Chile hopes to attack the Peruvian border posts.", "19*"),
    ("Chile hoped to meet Peru in Lima.", "04*"),
    ("Chile is hoping to meet Peru in Lima.", "04*"),
])
def test_what_one_hopes_to_do_is_kept_as_wanted(coder: Coder, text: str, cameo: str) -> None:
    assert not has(coder, text, "", cameo), events(coder, text)
    assert has(coder, text, "", cameo, unrealized=True)


@pytest.mark.parametrize("text", [
    "Senator Sanders is hoping to avoid any misstep before the primary.",
    "The mayor of Chicago hopes to make a statement in the final contest.",
])
def test_a_hope_to_do_is_no_optimistic_comment(coder: Coder, text: str) -> None:
    assert not has(coder, text, "", "013"), events(coder, text)


def test_a_hope_for_others_is_still_optimism(coder: Coder) -> None:
    assert has(coder, "The German chancellor hoped the talks with Russia would succeed.", "DEU", "013")


# ---- what a vow or a decision commits to ----
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Hamas vowed to continue attacks on Israel.", "PSE", "ISR"),
    ("Russia vowed to continue its strikes on Ukrainian power plants.", "RUS", "UKR"),
])
def test_a_vow_to_go_on_with_violence_is_a_threat(coder: Coder, text: str, source: str, target: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c == "138" for s, t, c in got), got
    assert not any(c.startswith("124") for _, _, c in got), got


def test_a_vow_to_go_on_protesting_still_refuses_to_yield(coder: Coder) -> None:
    assert has(coder, "The opposition vowed to continue its protests against the Kenyan government.", "", "124")


@pytest.mark.parametrize("text", [
    "The European Union agreed to sanction Russian oil companies.",
    "Canada decided to expel two Chinese diplomats.",
])
def test_a_decided_hostile_act_is_neither_threat_nor_cooperation(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(c.startswith(("13", "03")) for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister did not meet his Ugandan counterpart during the summit in Arusha.",
    "Teachers in Nairobi have not taken part in the protests against the tax bill.",
])
def test_an_event_noun_borrowing_actors_from_a_negated_clause_is_negated(coder: Coder, text: str) -> None:
    """The noun's actors come from the clause; they did not do what the clause denies."""
    assert not events(coder, text), events(coder, text)


def test_an_agreement_is_between_its_parties_and_what_it_settles_is_planned(coder: Coder) -> None:
    """The terms of a deal are their own, planned event: not its partner ("troops" was the signing's target);
    a deal described by a participle ("brokered by", "signed by") was made."""
    signed = events(coder, "Peru and Chile signed an agreement to withdraw troops from the border on Monday.")
    assert ("PER", "CHL", "057") in signed and ("CHL", "PER", "057") in signed
    assert all(t in {"PER", "CHL"} for _, t, c in signed if c == "057"), signed
    assert has(coder, "Peru and Chile signed an agreement to withdraw troops from the border on Monday.", "PER", "087*",
               unrealized=True)
    assert has(coder, "The ceasefire, brokered by Kenya, took effect at midnight.", "KEN", "045")


@pytest.mark.parametrize(("text", "cameo"), [
    ("Chile made a commitment to ease restrictions on Bolivian traders.", "035*"),
    ("The Chilean president repeated his pledge to release the Bolivian prisoners.", "035*"),
])
def test_a_promise_given_is_an_intention(coder: Coder, text: str, cameo: str) -> None:
    """"Made a commitment to ease": what is promised is intended (03x), not done; a promise kept was done."""
    assert has(coder, text, "CHL", cameo), events(coder, text)
    assert not has(coder, text, "CHL", "08*"), events(coder, text)


def test_an_intent_to_investigate_is_no_intent_to_mediate(coder: Coder) -> None:
    """CAMEO has no intent to investigate: it is the residual intent to cooperate (030); 039 is an offer to mediate."""
    text = "Chile promised to investigate the killing of Bolivian miners."
    assert has(coder, text, "CHL", "030"), events(coder, text)
    assert not has(coder, text, "CHL", "039"), events(coder, text)


def test_a_promise_kept_was_done(coder: Coder) -> None:
    assert has(coder, "Chile kept its promise to withdraw its troops from Bolivia.", "CHL", "087*")


@pytest.mark.parametrize("text", [
    "Egypt said it would respond firmly to any Ethiopian attack on its water supply.",
    "The president warned that any Turkish incursion into Iraq would be resisted.",
    "A Russian invasion of Moldova would destabilise the whole region, officials in Bucharest said.",
    "An Israeli strike on Lebanon would draw Iran into the war, analysts said.",
])
def test_an_event_noun_under_any_or_as_subject_of_would_is_hypothetical(coder: Coder, text: str) -> None:
    """"Any attack", "an invasion would ...": an act imagined, not one that took place."""
    assert not any(c[:2] in {"19", "18"} for _, _, c in events(coder, text)), events(coder, text)


def test_a_done_act_as_subject_of_a_verb_stays_done(coder: Coder) -> None:
    """Only "would" over an indefinite noun makes it imagined: "the strike killed" and "the attack will be
    investigated" report what happened."""
    assert has(coder, "The Israeli strike on Beirut killed three people on Tuesday.", "ISR", "19*")


@pytest.mark.parametrize(("text", "source"), [
    ("Senator Cruz warned that the Washington cartel is growing nervous about his campaign.", "USALEG"),
    ("The Senate majority leader warned that the Justice Department could face a backlash.", "USALEG"),
])
def test_a_warning_about_another_body_of_ones_country_is_a_forecast(coder: Coder, text: str, source: str) -> None:
    """A senator warning what another body of his country does forecasts (012): it is not his own side's act."""
    got = events(coder, text)
    assert has(coder, text, source, "012") and not any(c == "130" for _, _, c in got), got


@pytest.mark.parametrize(("text", "source"), [
    ("Iran warned that its forces would respond to any attack.", "IRN"),
    ("The Iranian foreign minister warned that Tehran would not tolerate new sanctions.", "IRN"),
])
def test_a_warning_of_ones_own_act_stays_a_threat(coder: Coder, text: str, source: str) -> None:
    assert has(coder, text, source, "13*", unrealized=True) or has(coder, text, source, "13*"), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # a bare verb joined to a modal one shares its auxiliary: not done yet
    ("Republicans will meet on Monday and criticize the president's budget.", "USA", "111"),
    ("The senators would travel to Kyiv and praise the Ukrainian army.", "", "051"),
])
def test_a_conjoined_verb_shares_the_modal(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert not has(coder, text, source, cameo), events(coder, text)
    assert has(coder, text, source, cameo, unrealized=True), events(coder, text, unrealized=True)


def test_a_past_tense_after_a_modal_verb_is_done(coder: Coder) -> None:
    text = "The minister said the economy would recover soon and praised the Kenyan central bank."
    assert has(coder, text, "", "051"), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("Neither the Kenyan president nor anyone in his cabinet has ever asked for Uganda's help.", "KEN", "02*"),
    ("Neither Kenya nor Uganda has criticized the election.", "KEN", "111"),
    ("No Republican senator has to worry about the vote.", "", "012"),
    ("No Kenyan minister had to criticize the Ugandan president.", "KEN", "111"),
])
def test_no_one_as_the_doer_negates(coder: Coder, text: str, source: str, cameo: str) -> None:
    """"Neither X nor Y", "no", "none of" in the subject, also of the verb that governs the trigger: nobody did it."""
    assert not has(coder, text, source, cameo), events(coder, text)


@pytest.mark.parametrize(("text", "done"), [
    ("The delegates might change the rules, thus disqualifying the Texas senator.", False),
    ("The delegates changed the rules, thus disqualifying the Texas senator.", True),
])
def test_a_participle_of_result_shares_its_clauses_modal(coder: Coder, text: str, done: bool) -> None:
    assert has(coder, text, "", "1722") is done, events(coder, text)


@pytest.mark.parametrize("text", [
    "The Ugandan government defended the right of landlords to evict tenants.",
    "The Texas senator supports the ability of state lawmakers to pass a law restricting access to bathrooms.",
    "The court has the power to arrest the minister.",
])
def test_a_right_or_a_power_to_act_is_no_act(coder: Coder, text: str) -> None:
    """What an actor has the right, the ability or the power to do is not yet done."""
    got = [(s, t, c) for s, t, c in events(coder, text) if c[:2] not in {"05", "01"} and c != "052"]
    assert not got, got


def test_no_right_to_do_it_presupposes_it_was_done(coder: Coder) -> None:
    text = "Iran said Washington had no right to blame Tehran for the protests."
    assert has(coder, text, "USA", "112"), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # an aspect verb under a modal: its gerund is no more done than the verb
    ("The militia will keep shelling the port, its commander said.", "", "19*"),
    ("Ukraine's army could start bombing the bridges across the river.", "UKR", "19*"),
    # an infinitive the parser hung on the verb belongs to the plan or plot it took as object
    ("Police in Oslo foiled a plot to bomb the Israeli embassy.", "NOR", "19*"),
    ("Police in Oslo foiled a plot by two brothers to bomb the Israeli embassy.", "", "19*"),
    # a draft vetoed or blocked said nothing, in its sponsors' name or its opponents'
    ("China vetoed a Security Council resolution condemning the coup in Myanmar.", "CHN", "11*"),
    ("Britain blocked a Security Council statement condemning the raid on the hospital.", "GBR", "11*"),
])
def test_an_act_under_a_modal_aspect_verb_a_plot_or_a_stopped_text_is_not_done(
        coder: Coder, text: str, source: str, cameo: str) -> None:
    assert not has(coder, text, source, cameo), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("The militia kept shelling the port all night, its commander said.", "", "19*"),
    ("The Security Council adopted a resolution condemning the coup in Myanmar.", "IGO", "11*"),
    ("Seoul said Pyongyang was preparing to attack the island.", "KOR", "112"),
])
def test_a_done_aspect_an_adopted_text_and_a_hostile_plan_stay(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert has(coder, text, source, cameo), events(coder, text)


def test_a_pledge_to_refrain_from_attacks_is_no_accusation(coder: Coder) -> None:
    text = "Seoul said Pyongyang had pledged to refrain from attacking the island."
    assert not has(coder, text, "KOR", "112"), events(coder, text)


@pytest.mark.parametrize("text", [
    "The phone maker balked at hacking the gunman's phone for the police.",
    "The senators balked at sanctioning Russian banks.",
])
def test_what_one_balks_at_is_not_done(coder: Coder, text: str) -> None:
    """Balking at an act refuses it, like "refused to": the act itself is not done."""
    real = {c for _, _, c in events(coder, text)}
    assert not real & {"176", "163", "16"}, events(coder, text)


@pytest.mark.parametrize("text", [
    "Or endorse the Speaker of the House.",
    "Or praise the senator from Ohio.",
])
def test_an_imperative_is_no_act(coder: Coder, text: str) -> None:
    """A sentence that tells the reader to act reports no act: the act is only urged."""
    assert not events(coder, text), events(coder, text)


@pytest.mark.parametrize("text", [
    "The foreign ministers of Chile and Peru are due to meet in Lima next week.",
    "Kenya's president is due to visit Uganda at the end of the month.",
])
def test_what_one_is_due_to_do_is_not_done(coder: Coder, text: str) -> None:
    """"is due to meet" plans a meeting, like "is set to" or "is ready to": none has happened."""
    assert not events(coder, text), events(coder, text)


@pytest.mark.parametrize("text", [
    "Diplomats say the Kremlin would never risk a direct attack on a NATO member.",
    "The move could spark clashes between Serbian police and Kosovo Albanians.",
])
def test_what_a_modal_verb_of_causing_would_bring_about_is_not_done(coder: Coder, text: str) -> None:
    """"would risk an attack", "could spark clashes": the attack and the clashes are only possible."""
    assert not events(coder, text), events(coder, text)


def test_what_a_verb_of_causing_brought_about_is_done(coder: Coder) -> None:
    text = "Israeli raids sparked clashes with Palestinian gunmen in Jenin."
    assert any(c.startswith("19") for _, _, c in events(coder, text)), events(coder, text)


@pytest.mark.parametrize("text, cameo", [
    ("He says he will assemble a “deportation force” to round up illegal immigrants.", "173"),
    ("The mayor said he would create a special unit to arrest gang leaders.", "173"),
])
def test_what_a_future_object_is_for_is_not_done(coder: Coder, text: str, cameo: str) -> None:
    """"will assemble a force to round up X": the purpose of an object still to be got is planned, not done."""
    assert not has(coder, text, "", cameo)
    assert has(coder, text, "", cameo[:2] + "*", unrealized=True)


def test_what_an_object_was_sent_for_stays(coder: Coder) -> None:
    assert has(coder, "Obama sent troops to fight the Islamic State.", "USA", "190")


# ---- orders: what one party orders another to do is demanded, not done ----
@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    ("The UN court ordered Russia to halt its offensive in Ukraine.", "", "RUS", "1056"),
    ("The Security Council told Ethiopia to withdraw its forces from the region.", "IGO", "ETH", "1056"),
    ("A Kenyan judge ordered the government to release the detained journalists.", "KENJUD", "", "1053"),
    ("Washington instructed Seoul to free the arrested sailors.", "USA", "KOR", "1053"),
])
def test_an_order_to_another_party_is_a_demand(coder: Coder, text: str, source: str, target: str, cameo: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c == cameo for s, t, c in got), got
    assert not any(c[:2] == "08" or c == "100" for _, _, c in got), got  # not done; no bare demand beside it


@pytest.mark.parametrize(("text", "source"), [
    ("Putin ordered Russian troops to withdraw from the border.", "RUS"),
    ("The French president ordered the army to halt the offensive.", "FRA"),
    ("The Thai prime minister ordered police to release the detained protesters.", "THA"),
])
def test_an_order_to_ones_own_forces_is_the_orderers_act(coder: Coder, text: str, source: str) -> None:
    """As the codebook codes formal orders to go on alert, an order to one's own side is the orderer's act."""
    got = events(coder, text)
    assert any(s.startswith(source) and c[:2] == "08" for s, _, c in got), got
    assert not any(c.startswith("10") for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "The plan is to attack Ukrainian positions near Kharkiv before the winter.",
    "Their stated aim is to occupy Taiwan within a decade, the report said.",
])
def test_the_complement_of_a_plan_is_to_is_not_done(coder: Coder, text: str) -> None:
    """"the plan is to attack", "the aim is to occupy": what is aimed at, no deed yet."""
    assert not any(c.startswith("19") for _, _, c in events(coder, text)), events(coder, text)
    assert any(c.startswith("19") for _, _, c in events(coder, text, unrealized=True)), events(coder, text, unrealized=True)


@pytest.mark.parametrize("text", [
    "As soon as Turkey ratifies the treaty, the alliance will invite Sweden to join.",
    "Once Serbia signs the agreement, the European Union will release the funds.",
])
def test_a_present_time_clause_under_a_future_is_still_to_come(coder: Coder, text: str) -> None:
    """"as soon as X ratifies", "once X signs" with "will" in the main clause: not signed yet."""
    assert not any(c == "057" for _, _, c in events(coder, text)), events(coder, text)


@pytest.mark.parametrize("text", [
    "Senator Rubio said he’ll endorse Donald Trump after the convention.",
    "“We’ll meet the Iranian delegation in Geneva,” the French foreign minister said.",
])
def test_a_future_contraction_with_a_curly_apostrophe_is_still_to_come(coder: Coder, text: str) -> None:
    """"I’ll oppose it", "he’ll endorse": "’ll" is "'ll" typeset with a curly apostrophe, the future."""
    assert not any(c[:2] in {"04", "05", "11"} for _, _, c in events(coder, text)), events(coder, text)


def test_a_past_time_clause_is_done(coder: Coder) -> None:
    text = "Once Serbia signed the agreement, the European Union released the funds."
    assert any(c == "057" for _, _, c in events(coder, text)), events(coder, text)


def test_a_deed_described_inside_an_aim_is_done(coder: Coder) -> None:
    """"the aim is to recover weapons seized by the rebels": the aim is the recovery; the seizure happened."""
    text = "\"The aim is to recover weapons seized by Tuareg rebels,\" the Malian army said."
    assert any(c.startswith("171") for _, _, c in events(coder, text)), events(coder, text)


@pytest.mark.parametrize("text, cameo", [
    ("Taliban fighters vowed to resume attacks on Afghan troops.", "138"),
    ("Hamas said it was ready to continue the talks with Israel.", "036"),
])
def test_an_intent_carried_by_a_light_verb_is_the_intent_of_its_object(
        coder: Coder, text: str, cameo: str) -> None:
    """"vowed to resume attacks", "ready to continue the talks": the light verb carries the attack or the talks."""
    assert any(c == cameo for _, _, c in events(coder, text)), events(coder, text)


@pytest.mark.parametrize("text", [
    "Should the military council refuse to hand power to civilians, the African Union may expel Sudan.",
    "Had the rebels agreed to disarm, the army would have halted its offensive.",
    "Were Serbia to recognise Kosovo, the bloc would open membership talks with Belgrade.",
])
def test_a_condition_with_its_auxiliary_before_the_subject_is_no_event(coder: Coder, text: str) -> None:
    """"Should X refuse ...", "Had X agreed ...", "Were X to ...": an "if" left out; nothing is done."""
    assert not events(coder, text), events(coder, text)


@pytest.mark.parametrize("text", [
    "If the talks collapse, Washington could impose export controls on Chinese drones.",
    "Brussels may slap tariffs on Turkish steel, a diplomat said.",
])
def test_a_measure_a_modal_verb_would_impose_is_not_in_force(coder: Coder, text: str) -> None:
    """"could impose export controls", "may slap tariffs": the measure is as real as the verb that imposes it."""
    assert not any(c.startswith("16") for _, _, c in events(coder, text)), events(coder, text)
    assert any(c.startswith("16") for _, _, c in events(coder, text, unrealized=True)), events(coder, text, unrealized=True)


def test_an_order_told_in_the_passive_is_not_carried_out(coder: Coder) -> None:
    """"his unit was ordered to shoot prisoners": "his" is the soldier's, not the unnamed orderer's; nobody shot."""
    text = "A deserter told reporters that his brigade was ordered to shoot civilians fleeing the town."
    assert not any(c.startswith(("18", "19", "20")) for _, _, c in events(coder, text)), events(coder, text)


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    ("Iraq's parliament ordered the withdrawal of American forces stationed near Baghdad.", "IRQLEG", "USAMIL", "1056"),
    ("Mali's junta has ordered the withdrawal of French forces within six months.", "MLIMIL", "FRAMIL", "1056"),
    ("The Somali cabinet ordered the withdrawal of Ethiopian troops last week.", "SOMGOV", "ETHMIL", "1056"),
])
def test_an_order_naming_another_partys_forces_is_a_demand_on_them(
        coder: Coder, text: str, source: str, target: str, cameo: str) -> None:
    """"ordered the withdrawal of American forces": the noun's act is not done yet, and the orderer cannot carry it
    out for another country's forces; it demands it of them (1056), as "ordered American forces to withdraw" does."""
    got = events(coder, text)
    assert (source, target, cameo) in got, got
    assert not any(c == "0874" for _, _, c in got), got


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("Putin ordered the withdrawal of Russian troops from the border.", "RUS", "0874"),
    ("Erdogan ordered the withdrawal of Turkish troops from northern Syria.", "TUR", "0874"),
    ("President Trump ordered the killing of the Iranian general in Baghdad.", "USA", "19*"),
])
def test_an_order_for_ones_own_side_is_the_orderers_act(coder: Coder, text: str, source: str, cameo: str) -> None:
    """"Putin ordered the withdrawal of Russian troops": his own forces, so the withdrawal is Russia's act."""
    assert has(coder, text, source, cameo), events(coder, text)


@pytest.mark.parametrize(("text", "cameo"), [
    ("Instead of complying with the rebels' demands, the government sent more troops to the region.", "08*"),
    ("Rather than attack the city, the rebels negotiated with the army.", "19*"),
    ("The rebels negotiated with the army instead of attacking the city.", "19*"),
    ("The minister said the raid was not a terrorist attack.", "18*"),
])
def test_an_act_set_aside_or_denied_by_its_name_is_not_done(coder: Coder, text: str, cameo: str) -> None:
    """"instead of complying", "rather than attack": the act is what was not done; "was not an attack"
    says there was none."""
    assert not has(coder, text, "", cameo), events(coder, text)


@pytest.mark.parametrize(("text", "cameo"), [
    ("The rebels attacked the city instead of negotiating with the army.", "19*"),
    ("The minister said the raid was a terrorist attack.", "18*"),
])
def test_the_act_done_instead_or_named_stays(coder: Coder, text: str, cameo: str) -> None:
    assert has(coder, text, "", cameo), events(coder, text)


@pytest.mark.parametrize(("text", "cameo"), [
    ("The governor's refusal to endorse the senator angered party leaders.", "051"),
    ("Tehran's refusal to release the detained sailors drew protests from London.", "0841"),
    ("The general's reluctance to send more troops to Syria frustrated the White House.", "15*"),
    ("Japan's unwillingness to impose sanctions on Russia was criticised in Kyiv.", "16*"),
])
def test_an_act_named_by_a_refusal_noun_is_not_done(coder: Coder, text: str, cameo: str) -> None:
    """"the refusal to endorse Y", "its reluctance to send troops": the act is what was refused, not done."""
    assert not has(coder, text, "", cameo), events(coder, text)


def test_the_refusal_itself_stays(coder: Coder) -> None:
    text = "Tehran's refusal to release the detained sailors drew protests from London."
    assert has(coder, text, "IRN", "12*"), events(coder, text)


@pytest.mark.parametrize(("text", "cameo"), [
    ("Russia is going to invade Georgia next spring.", "19*"),
    ("Turkey is not going to invade Syria.", "19*"),
    ("We're not going to do an invasion of Syria with tanks.", "19*"),
    ("The navy will not do a blockade of Cuba.", "19*"),
])
def test_what_one_is_going_to_do_or_will_not_do_is_not_done(coder: Coder, text: str, cameo: str) -> None:
    """"is going to invade" is still to come; "not going to do an invasion", "will not do a blockade": the verb
    that would carry the act out is denied, so is the act."""
    assert not has(coder, text, "", cameo), events(coder, text)


def test_an_act_carried_out_stays(coder: Coder) -> None:
    text = "Turkey launched an invasion of Syria on Wednesday."
    assert has(coder, text, "TUR", "19*"), events(coder, text)


@pytest.mark.parametrize(("text", "cameo"), [
    ("Israel ruled out attacking Iran.", "19*"),
    ("The general ruled out cutting off supplies to the rebels.", "19*"),
    ("The president did not rule out military strikes against Syria.", "19*"),
])
def test_what_is_ruled_out_is_not_done(coder: Coder, text: str, cameo: str) -> None:
    assert not has(coder, text, "", cameo), events(coder, text)


def test_what_a_court_rules_happened_stays(coder: Coder) -> None:
    text = "The court ruled that Israel attacked Gaza illegally."
    assert has(coder, text, "ISR", "19*"), events(coder, text)


@pytest.mark.parametrize(("text", "source", "target", "cameo"), [
    # "appealed to X to do": X is asked and would do it, as the object of "urged X to do"
    ("The pope appealed to Russia to release the prisoners.", "---REL", "RUS", "0253"),
    # what is asked picks the appeal's code: letting aid in is allowing international involvement (0255)
    ("The Danish minister appealed to both armies in Sudan to let aid convoys reach Darfur.", "DNK", "", "0255"),
])
def test_the_one_appealed_to_is_asked_to_act(coder: Coder, text: str, source: str, target: str, cameo: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c == cameo for s, t, c in got), got
    assert not any(c.startswith("08") for _, _, c in got), got  # nothing let in or released yet


@pytest.mark.parametrize("text", [
    "The deal envisages returning migrants to Turkey.",
    "The EU deal foresees returning all new migrants to Turkey.",
    "The agreement provides for returning migrants to Turkey.",
])
def test_what_a_plan_or_agreement_provides_for_is_planned(coder: Coder, text: str) -> None:
    # the terms of a deal say what is to be done, not what was done: the act is planned, no asserted event
    assert not any(c == "174" for _s, _t, c in events(coder, text)), events(coder, text)


@pytest.mark.parametrize("text", [
    "Iran rejected the accusation that it supplied drones to Russia.",
    "Kyiv rejected the report that its troops had shelled the town.",
    "Ankara dismissed claims that Turkish jets bombed the village.",
])
def test_an_accusation_rejected_is_a_denial(coder: Coder, text: str) -> None:
    """Rejecting, dismissing or denying an accusation, charge or allegation, or a claim or report of what one did
    oneself, is a denial: CAMEO codes it 016 ("deny responsibility: discard or deny accusations or charges"; a
    report of what others did, dismissed, stays a 12x rejection, see above). The act the accusation tells of is
    denied: it is no event, and no refusal to do it (a 12x) or intention (a 03x) either."""
    got = events(coder, text)
    assert any(c == "016" for _s, _t, c in got), got
    assert not any(c[:2] in {"03", "12", "07", "19", "18"} for _s, _t, c in got), got


def test_a_rejected_territorial_claim_stays_a_rejection(coder: Coder) -> None:
    got = events(coder, "Manila rejected China's claim to the islands.")
    assert ("PHLGOV", "CHN", "120") in got, got


@pytest.mark.parametrize(("text", "prefix", "modality"), [
    # a pledge or promise of a deed that harms no one is a plan of one's own, not a threat
    ("The minister pledged to investigate the killings.", "09", "planned"),
    ("The president promised to free the prisoners.", "084", "planned"),
    ("Kenya vowed to investigate the killings.", "09", "planned"),
    # a promise of force is still threatened
    ("Russia promised to attack Kyiv.", "19", "threatened"),
    ("Iran vowed to retaliate against Israel.", "19", "threatened"),
])
def test_a_pledge_is_a_plan_unless_it_promises_harm(coder: Coder, text: str, prefix: str, modality: str) -> None:
    got = [(e.cameo, e.modality) for e in code(coder, text).unrealized_events]
    assert any(c.startswith(prefix) and m == modality for c, m in got), got


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # what an effort works, negotiates or lobbies for is its aim, not yet done
    ("Egypt is working with Qatar to end the fighting in Gaza.", "EGY", "087"),
    ("Kenya negotiated with the Ugandan rebels for weeks to end the fighting.", "KEN", "087"),
    ("The opposition campaigned to free the jailed journalists.", "", "084*"),
    ("France is struggling to halt the violence in Mali.", "FRA", "087"),
    ("Turkey mediated between the two sides to end the fighting.", "TUR", "087"),
    # nor what a thing is designed to do
    ("Norway hosted a conference designed to end the fighting in Sudan.", "NOR", "087"),
    # nor what talks or an initiative are about or for
    ("Turkey held talks with Russia on ending the fighting in Syria.", "TUR", "087"),
    ("Qatar hosted talks to end the fighting in Sudan.", "QAT", "087"),
    ("Norway launched an initiative to end the fighting in Sudan.", "", "087"),
    # an end sought by sending forces is not reported reached
    ("Uganda sent troops to South Sudan to end the fighting.", "UGA", "087"),
    ("Troops were sent to end the fighting.", "", "087"),
])
def test_an_aim_is_not_done(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert not has(coder, text, source, cameo), events(coder, text)
    assert has(coder, text, source, cameo, unrealized=True)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # the purpose of a meeting, a trip or a summons is done in it
    ("The foreign ministers of Chile and Peru met in Lima to discuss the border.", "CHL", "046"),
    ("The Pope travelled to Iraq to meet the Grand Ayatollah.", "", "040"),
    ("Chile recalled its ambassador to Peru to protest the ruling.", "CHL", "161"),
    ("Kenya deployed troops in Somalia to fight al-Shabaab.", "KEN", "190"),
    ("Kenya held talks with Uganda to discuss the border.", "KEN", "046"),
    # a verbal act an effort aims at is done in the effort
    ("The activists launched a campaign to call for the release of the jailed journalists.", "", "025*"),
    ("The White House fought hard to defend the new tax.", "USA", "052"),
])
def test_a_purpose_done_in_its_act_stays(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert has(coder, text, source, cameo), events(coder, text)



@pytest.mark.parametrize(("text", "stated", "done"), [
    # a contraction typeset with a curly apostrophe is the same auxiliary as the straight one: what she
    # says she would do is her stated intent, not done
    ("The senator said she\u2019d support Hillary Clinton.", "032", "051"),
    ("John Kasich said he\u2019d meet the Chinese president.", "036", "040"),
])
def test_a_curly_contraction_is_its_auxiliary(coder: Coder, text: str, stated: str, done: str) -> None:
    assert has(coder, text, "", stated), events(coder, text)
    assert not has(coder, text, "", done), events(coder, text)
    assert has(coder, text, "", done, unrealized=True)


def test_a_curly_d_before_a_participle_is_had(coder: Coder) -> None:
    # "who’d endorsed" is "who had endorsed": done, not hypothetical
    text = "John Kasich, who\u2019d endorsed Jeb Bush in March, campaigned in Ohio."
    assert has(coder, text, "USA", "051"), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # an act that reached no one was not done
    ("\u201cI apologize to nobody for that,\u201d the French president said.", "FRA", "055"),
    # an adjective that puts the act ahead of the report: proposed, impending, possible
    ("The Kenyan president's proposed ban on Somali refugees drew criticism.", "KEN", "172"),
    ("Obama's impending endorsement of Hillary Clinton was no surprise.", "USA", "051"),
])
def test_no_one_reached_or_a_prospective_act_is_not_done(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert not has(coder, text, source, cameo), events(coder, text)
    assert has(coder, text, source, cameo, unrealized=True)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ('"We apologize to nobody for defending our borders," the Hungarian prime minister said.', "HUN", "055"),
    ("The Venezuelan government said it would negotiate with no one while sanctions remain.", "VEN", "046"),
])
def test_an_act_done_towards_no_one_is_negated(coder: Coder, text: str, source: str, cameo: str) -> None:
    assert not has(coder, text, source, cameo), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("If elected, the opposition leader has pledged to cut ties with Israel.", "---OPP", "13*"),
    ("The opposition leader vowed to impose sanctions on Russia if she wins the presidency.", "---OPP", "13*"),
])
def test_a_promise_for_after_ones_election_is_a_campaign_pledge(coder: Coder, text: str, source: str, cameo: str) -> None:
    """What a candidate promises to do once elected is no intent of one in power: neither counted as a
    threat nor done."""
    assert not has(coder, text, source, cameo), events(coder, text)
    assert has(coder, text, source, cameo, unrealized=True), events(coder, text, unrealized=True)


def test_a_threat_on_another_condition_stays(coder: Coder) -> None:
    text = "Iran threatened to close the Strait of Hormuz if attacked."
    assert has(coder, text, "IRN", "13*"), events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo", "counted"), [
    # "'d" before a participle is "had": done; before the bare verb "would": not done
    ("The Greek minister said he'd met his Turkish counterpart twice that year.", "GRC", "04*", True),
    ("The Greek minister said he'd meet his Turkish counterpart next month.", "GRC", "04*", False),
    ("The Greek minister said he’d met his Turkish counterpart twice that year.", "GRC", "04*", True),
])
def test_a_contracted_had_or_would(coder: Coder, text: str, source: str, cameo: str, counted: bool) -> None:
    assert has(coder, text, source, cameo) is counted, events(coder, text, unrealized=True)


@pytest.mark.parametrize(("text", "root"), [
    # what officials guess another country may do is no accusation by them nor an intent of that country
    ("Russia could be ready to attack within weeks, officials said.", "11"),
    ("Russia could be ready to attack within weeks, officials said.", "13"),
    ("Venezuela could invade its neighbour next year, Western diplomats said.", "13"),
    # a condition written with the auxiliary first, which the parser reads as a fronted complement
    ("Should the junta refuse to hand over power, the bloc will impose sanctions.", "12"),
])
def test_a_guess_or_a_condition_is_no_statement(coder: Coder, text: str, root: str) -> None:
    assert not any(c.startswith(root) for _s, _t, c in events(coder, text)), events(coder, text)


def test_the_side_guessing_about_itself_still_threatens(coder: Coder) -> None:
    """"Iran could strike US bases, Iranian officials said": the side's own people say what it may do."""
    text = "Iran could strike US bases in the region, Iranian officials said."
    assert has(coder, text, "IRN", "138"), events(coder, text)


@pytest.mark.parametrize(("text", "real"), [
    ("The Kurds said the United States would help them fight the militants in Raqqa.", False),
    ("The rebels said Turkey will help them fight government forces near Aleppo.", False),
    ("The Kurds said the United States helped them fight the militants in Raqqa.", True),
])
def test_a_bare_infinitive_is_as_real_as_its_verb(coder: Coder, text: str, real: bool) -> None:
    """"would help them fight": the fighting is no more done than the help."""
    assert any(c.startswith("19") for _s, _t, c in events(coder, text)) == real, events(coder, text)


@pytest.mark.parametrize(("text", "threat"), [
    ("Ted Cruz wants to ban all abortions.", False),
    ("The governor hopes to outlaw fireworks in the state.", False),
    ("Obama wants to attack Switzerland.", True),  # a wish aimed at a named country is a threat to it
])
def test_a_wish_aimed_at_nobody_is_no_threat(coder: Coder, text: str, threat: bool) -> None:
    assert any(c.startswith("13") for _s, _t, c in events(coder, text)) == threat, events(coder, text)


@pytest.mark.parametrize(("text", "source", "cameo", "counted"), [
    # a gerund a verb of talking takes as its object, or after "about"/"of", names a proposal: nothing done
    ("The Greek minister mentioned expelling the Turkish diplomats.", "GRC", "16*", False),
    ("The Greek prime minister talked about imposing sanctions on Turkey.", "GRC", "16*", False),
    ("The Greek minister spoke of expelling the Turkish ambassador.", "GRC", "16*", False),
    # an event noun spoken of is one that happened; a gerund after another preposition is done
    ("Greece expelled the Turkish ambassador after discussing the dispute with Cyprus.", "GRC", "16*", True),
])
def test_an_act_talked_of_is_not_done(coder: Coder, text: str, source: str, cameo: str, counted: bool) -> None:
    assert has(coder, text, source, cameo) is counted, events(coder, text, unrealized=True)


@pytest.mark.parametrize(("text", "source"), [
    ("Greece has been warning for weeks that it is running short of money.", "GRC"),
    ("A French warning about a coming recession rattled the markets.", "FRA"),
    ("The Kenyan minister issued warnings of famine in the north.", "KEN"),
])
def test_a_warning_of_ones_own_trouble_or_a_danger_is_a_forecast(coder: Coder, text: str, source: str) -> None:
    """A warner's own plight in the present, or a warning noun about a danger with nobody warned, is no threat."""
    got = events(coder, text)
    assert not any(c.startswith("13") for _, _, c in got), got


def test_a_warning_noun_of_a_response_stays_a_threat(coder: Coder) -> None:
    text = "Washington's warning of consequences angered Tehran."
    assert has(coder, text, "USA", "13*"), events(coder, text)


@pytest.mark.parametrize("text", [
    "The young mayor has echoed Obama's success with small donors online.",
    "The Kenyan president has echoed Obama's success with young voters.",
])
def test_echoing_a_result_is_no_accord(coder: Coder, text: str) -> None:
    """Echoing a success repeats it (019 is agreement with a position)."""
    got = events(coder, text)
    assert not any(c == "019" for _, _, c in got), got


def test_echoing_a_call_is_accord(coder: Coder) -> None:
    text = "Japan echoed the American call for a ceasefire in Gaza."
    assert has(coder, text, "JPN", "019"), events(coder, text)


@pytest.mark.parametrize("text", [
    "The Turkish president said he would be happy to meet Vladimir Putin next month.",
    "Kenya would be delighted to mediate between the two sides, its foreign minister said.",
    "The Iranian president said he would be honored to meet the pope.",
])
def test_gladness_under_would_offers_a_meeting(coder: Coder, text: str) -> None:
    """"would be happy/honored to meet" states a willingness (036); nobody has met, and nobody is praised."""
    got = events(coder, text)
    assert any(c == "036" for _, _, c in got), got
    assert not any(c[:2] in {"04", "05"} for _, _, c in got), got


def test_gladness_in_the_past_tells_the_act(coder: Coder) -> None:
    text = "The Turkish president said he was glad to meet Vladimir Putin in Sochi."
    assert has(coder, text, "TUR", "04*"), events(coder, text)


def test_a_curly_contraction_is_read_like_a_straight_one(coder: Coder) -> None:
    """"I’m going to help" (a typeset apostrophe) is as future as "I'm going to help"."""
    for text in ("“I’m going to help Kenya in every way I can,” the Ugandan president told reporters.",
                 "“I'm going to help Kenya in every way I can,” the Ugandan president told reporters."):
        result = code(coder, text)
        assert not any(c.startswith("07") for _s, _t, c in triples(result)), triples(result)
        assert any(c.startswith("07") for _s, _t, c in triples(result, unrealized=True)), text
