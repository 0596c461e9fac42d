"""Cues: the words and constructions that attribute a view or a report to someone (verbs, nouns, adjectives,
phrasal verbs, polls, relative clauses, sides taken), and the look-alikes that attribute nothing.
Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import check_spans, one, quotes, speaks


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # beliefs and expectations with a plain object
    ("The harbor pilots expect a long strike this winter.", "a long strike", "pilots"),
    ("The farmers understood the risks of the new tariff.", "the risks of the new tariff", "farmers"),
    ("Few economists foresee a recession next year.", "a recession", "economists"),
    ("The senator does not believe the rumor.", "the rumor", "senator"),
    # characterising verbs with an "as" phrase
    ("The challenger cast the mayor as a friend of developers.", "the mayor as a friend of developers", "challenger"),
    ("The candidate presents herself as an outsider.", "herself as an outsider", "candidate"),
    ("Analysts pegged the senator as the favorite.", "the senator as the favorite", "Analysts"),
    # seeking and hoping with "look"
    ("The coalition is looking for a quick deal on the budget.", "a quick deal", "coalition"),
    ("The governor looks forward to a debate with her rival.", "a debate with her rival", "governor"),
    ("The rebels are looking to expand their territory.", "to expand their territory", "rebels"),
    # a named holder's judgement as a noun
    ("The senator's endorsement of the mayor surprised her colleagues.", "the mayor", "senator"),
    ("Her embrace of the new tariff worried exporters.", "the new tariff", "Her"),
    ("The governor's view of the budget has not changed.", "the budget", "governor"),
    ("His written reply to the court's order ran to forty pages.", "the court's order", "His"),
    # a "that" clause after any verb a person heads
    ("The minister confided that the talks had stalled.", "the talks had stalled", "minister"),
    ("Ms. Okafor allowed that some critics had a point.", "some critics had a point", "Okafor"),
    # "Their fear is that …": a proposition noun and what it is
    ("Their fear is that the dam will not hold.", "the dam will not hold", "Their"),
    ("The senator's answer was that the budget is balanced.", "the budget is balanced", "senator"),
    ("The promise she has made is that taxes will not rise.", "taxes will not rise", "she"),
    # more attitude adjectives
    ("Many farmers are not enamored of the new tariff.", "the new tariff", "farmers"),
    ("Most residents are fond of the old mayor.", "the old mayor", "residents"),
    ("Voters in the north are tired of the long campaign.", "the long campaign", "Voters"),
    ("The unions remain leery of the merger.", "the merger", "unions"),
    # criticism aimed at someone, and things articulated or documented
    ("Senator Ruiz hammered Governor Lee over the budget.", "Lee", "Ruiz"),
    ("Mayor Ortiz ripped the Republicans for their vote.", "Republicans", "Ortiz"),
    ("The auditor's report documented several unpaid contracts.", "several unpaid contracts", "report"),
    ("The minister articulated a new vision for the port.", "a new vision for the port", "minister"),
    # topics touched on, causes attributed, virtues extolled
    ("The mayor touched on the housing shortage in her speech.", "the housing shortage", "mayor"),
    ("Officials attributed the delay to the storm.", "the delay", "Officials"),
    ("The coach extolled the virtues of patience.", "the virtues of patience", "coach"),
    # a quarrel over a topic: the sides hold views on it
    ("The two senators sparred over military spending at the forum.", "military spending", "senators"),
    ("The neighbors have been bickering about whether the fence is too tall.", "the fence is too tall", "neighbors"),
    ("Union leaders clashed with the mayor over the pension plan.", "the pension plan", "Union leaders"),
    # a note or an alarm sounded on a topic
    ("The economist sounded a cautious note about the jobs figures.", "the jobs figures", "economist"),
    ("Several bankers have sounded the alarm over the rising debt.", "the rising debt", "bankers"),
    # sides split on a question
    ("Members of the council are deeply divided over the stadium deal.", "the stadium deal", "Members"),
    ("Voters are evenly split on whether the governor should run again.", "the governor should run again", "Voters"),
    ("The two parties remain at odds over whether to raise the tax.", "whether to raise the tax", "parties"),
    # a judgement received, with its judge after "from" / "of"
    ("The plan drew sharp criticism from local farmers.", "The plan", "farmers"),
    ("Lopez won the endorsement of the teachers union last week.", "Lopez", "union"),
    # attacks and intentions a named holder owns
    ("Lopez's attacks on the council have grown sharper this month.", "the council", "Lopez"),
    ("Lopez's decision to skip the debate angered her allies.", "skip the debate", "Lopez"),
    # dispositions with an infinitive
    ("Gray is eager to debate the mayor.", "debate the mayor", "Gray"),
    # a belief standing aside from what is believed
    ("Such a plan, the mayor's allies believe, would win the vote.", "win the vote", "allies"),
    # a raised question has the one who raised it as its source
    ("Gray raised questions about the mayor's spending.", "spending", "Gray"),
    # "said in a statement that …": the clause belongs to the verb
    ("The mayor said in a statement that the budget was balanced.", "budget was balanced", "The mayor"),
    # the side a person is named by, through a copula or an apposition
    ("Gray has long been a vocal critic of the new stadium.", "the new stadium", "Gray"),
    ("Ortiz, a longtime supporter of the mayor, spoke first at the hearing.", "the mayor", "Ortiz"),
    # likes and dislikes are stances with their object as content
    ("The farmers dislike the new tariff on grain.", "the new tariff", "farmers"),
    ("Lopez loves the idea of a four-day week.", "four-day week", "Lopez"),
    # rebuttals and welcomes report a stance on what they take as object
    ("The senator flatly contradicted the governor's account of the meeting.", "the governor's account", "senator"),
    ("Union leaders welcomed the ruling on overtime pay.", "the ruling", "Union leaders"),
    # a reply fired or shot back reports the quote
    ("“Nonsense,” Okafor shot back.", "Nonsense", "Okafor"),
    ("“That is false,” the mayor fired back.", "That is false", "mayor"),
    # an intention reports its infinitive
    ("The rebel commander intends to hold the bridge through the winter.", "to hold the bridge", "commander"),
    ("Dock workers are plotting to shut down the port next month.", "to shut down the port", "workers"),
    ("The two senators strive to keep the debate civil.", "to keep the debate civil", "senators"),
    # disregarding someone or something is a stance on it
    ("The governor ignored the warnings of her own advisers.", "the warnings of her own advisers", "governor"),
    ("The prime minister snubbed the visiting envoy at the summit.", "the visiting envoy", "prime minister"),
    # an attack in words on people named by a noun, or on what a named person has
    ("Senator Ames attacked the Koch brothers on the Senate floor.", "the Koch brothers", "Ames"),
    ("Okafor hit the former governor over his record on taxes.", "the former governor", "Okafor"),
    ("Senator Rivera attacked Mrs. Clinton's ties to Wall Street.", "ties to Wall Street", "Rivera"),
    # one the actor layer knows takes sides and attacks
    ("The governor supported Ortiz in the primary.", "Ortiz", "governor"),
    ("The senator attacked Mrs. Clinton over her emails.", "Mrs. Clinton", "senator"),
    # what is urged, when nobody is urged to do it
    ("The union leaders urged restraint after the vote.", "restraint", "union leaders"),
    # a judgement named by a bare noun, voiced by the subject of its verb or by the "by" phrase on what it judges
    ("Gray avoided direct criticism of the mayor until last week.", "the mayor", "Gray"),
    ("The criticisms of her budget by the city auditor hurt her.", "her budget", "auditor"),
])
def test_speaks(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


# ---- what looks like a cue and reports nothing ---------------------------------------------------------
@pytest.mark.parametrize(("text", "needle"), [
    ("The coach went after the ball near the fence.", "the ball"),  # going after a thing is no attack
    ("Things do not look good for the governor this week.", "governor"),  # looking good for someone is no stance
    ("The rebels fought over the bridge for three days.", "the bridge"),  # a fight over ground is no quarrel of words
    ("The old road was split on both sides by the flood.", "both sides"),  # a thing split in two holds no view
    ("The ship sounded its horn near the harbor.", "the harbor"),  # a horn sounded is no stance
    ("His support for the bill grew after the flood.", "the bill"),  # possessed support names no statement
    # a thing that "means that" infers, it reports nothing
    ("The opposition in the Senate means that the tax will not survive.", "will not survive"),
    ("The question is whether the dam will hold.", "the dam will hold"),  # open question is no proposition
    # seeing to a result reports nothing ("ensured that", "made sure that")
    ("Mr. Diaz ensured that every ballot was counted.", "every ballot"),
    ("The clerks made sure that every ballot was counted.", "every ballot"),
    # what a thing means is no intention; a room overlooking water takes no stance on it
    ("The drought means higher prices for bread this year.", "higher prices"),
    ("The talks were held in a hotel overlooking the harbor.", "the harbor"),
    # a physical attack on people, a body part hit
    ("The militants attacked the villagers near the border.", "the villagers"),
    ("He hit his head on the low door.", "his head"),
    # a judgement faced, or voiced by nobody the text names
    ("The minister faced criticism over the budget.", "the budget"),
    ("The criticism of the program grew louder.", "the program"),
])
def test_reports_nothing(coder: Coder, text: str, needle: str) -> None:
    assert not any(needle in q.text for q in quotes(coder, text))


@pytest.mark.parametrize("text", [
    "The governor beat back a challenge from the mayor on Tuesday.",
    "The city will cut back the bus service next year.",
])
def test_other_verbs_with_back_report_nothing(coder: Coder, text: str) -> None:
    assert not quotes(coder, text)


# ---- agent nouns, judgements and decisions with nobody named to hold them ------------------------------
@pytest.mark.parametrize(("text", "needle"), [
    ("The plan drew criticism for its cost.", "The plan"),  # no judge named
    ("The decision to close the school was made in May.", "close the school"),  # nobody's decision
    ("The county stepped up its efforts to admit more refugees.", "more refugees"),  # an act one might do
    ("She passed on a chance to publicly back the mayor.", "the mayor"),
    ("Critics of the stadium gathered outside city hall.", "the stadium"),  # no holder named
    ("The stadium was a magnet for supporters of both teams.", "both teams"),  # not said of anyone,
])
def test_no_named_holder_attributes_nothing(coder: Coder, text: str, needle: str) -> None:
    assert not [q for q in quotes(coder, text) if needle in q.text and q.speaker_text]


@pytest.mark.parametrize(("text", "needle"), [
    ("The mayor has reportedly met the developers twice.", "met the developers"),  # hearsay, nobody named
    ("Gray is widely seen as the favorite in the race.", "the favorite"),  # a reputation
    ("Gray is best known for her blunt speeches.", "blunt speeches"),
    ("The documents raised new questions about the deal.", "the deal"),  # documents ask nothing
])
def test_attributions_without_a_named_source(coder: Coder, text: str, needle: str) -> None:
    q = one(coder, text, needle)
    assert q.speaker_text is None
    check_spans(text, q)


def test_reporting_verb_in_an_infinitive_keeps_its_own_attribution(coder: Coder) -> None:
    text = "Lopez was eager to say that the budget is balanced."
    q = one(coder, text, "budget is balanced")
    assert q.cue is not None and "say" in q.cue


def test_a_clause_only_verb_with_its_object_stands_aside_from_nothing(coder: Coder) -> None:
    text = "But the poll also finds that Clinton maintains a variety of advantages over Sanders."
    assert not [q for q in quotes(coder, text) if q.cue == "maintains"]
    assert one(coder, "The mayor has long maintained that the audit was fair.", "audit was fair").speaker_text == (
        "The mayor")


# ---- beliefs and expectations with a plain object -------------------------------------------------
def test_belief_object_needs_a_holder(coder: Coder) -> None:
    """"a result nobody expected" names no holder the extractor can speak for; a bare verb reports nothing."""
    text = "The storm is expected on Friday."
    assert not any("Friday" in q.text for q in quotes(coder, text))


def test_according_to_a_document_names_its_author(coder: Coder) -> None:
    """"according to a report from X": X speaks through the report."""
    text = "Bus ridership rose 12 percent last year, according to a new report from the Transit Riders Union."
    q = one(coder, text, "ridership rose")
    assert q.speaker_text is not None and "Transit Riders Union" in q.speaker_text
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The fare will double next spring, according to interviews with several transit officials.",
     "fare will double", "transit officials"),
    ("The mill will close in May, according to calculations by Rosa Delgado of the state labor office.",
     "mill will close", "Rosa Delgado"),
    ("He regretted the vote, according to an interview with The Boston Globe last year.",
     "regretted the vote", "interview"),  # the paper asked; it did not speak
])
def test_according_to_talks_or_figures_names_who_was_heard(coder: Coder, text: str, needle: str,
                                                            speaker: str) -> None:
    """"according to interviews with X", "according to calculations by X": X speaks through them; the paper an
    interview was given to is not the one who spoke."""
    q = one(coder, text, needle)
    assert q.speaker_text is not None and speaker in q.speaker_text
    check_spans(text, q)


def test_a_hope_held_by_the_one_who_acts_on_it(coder: Coder) -> None:
    """"sued in the hope that …": the subject of the verb holds the hope the noun names."""
    text = "The tenants sued the landlord in the hope that the court would halt the evictions."
    q = one(coder, text, "court would halt")
    assert q.speaker_text == "The tenants"
    check_spans(text, q)


def test_a_claim_one_answers_is_not_ones_own(coder: Coder) -> None:
    """"reacted to suggestions that …": the one who reacts did not make the suggestion."""
    text = "The mayor reacted angrily to suggestions that the budget was padded."
    assert not [q for q in quotes(coder, text) if "budget was padded" in q.text and q.speaker_text == "The mayor"]


# ---- a cue read as the words it is: phrasal verbs, "stood by", a poll's "in" ---------------------------------
@pytest.mark.parametrize(("text", "needle", "speaker", "cue"), [
    ("The governor laid out her plan for the harbor on Monday.", "her plan for the harbor", "governor", "laid out"),
    ("The union ruled out a strike before the holidays.", "a strike", "union", "ruled out"),
    ("The minister brushed off the criticism from farmers.", "the criticism from farmers", "minister", "brushed off"),
    ("The mayor played down the risk of flooding.", "the risk of flooding", "mayor", "played down"),
    ("Two former ministers came out against the new tax.", "the new tax", "ministers", "came out against"),
    ("The challenger went after Mayor Ortiz over the budget.", "Ortiz", "challenger", "went after"),
    ("The coach opened up about his illness in a long interview.", "his illness", "coach", "opened up about"),
    ("The senator rattled off a list of broken promises.", "a list of broken promises", "senator", "rattled off"),
    ("Two governors sounded off on the new rules.", "the new rules", "governors", "sounded off on"),
    ("The senator stood by her remarks about the tax.", "her remarks about the tax", "senator", "stood by"),
    # a poll's "in" frames the clause even when the parser hangs it on a noun
    ("The mayor held a ten-point lead over her rival in a Marist poll.", "held a ten-point lead", "Marist poll", "in"),
    ("Several economists cautioned against raising taxes before the election.", "raising taxes", "economists",
     "cautioned against"),
    ("The chairman mused about retiring after the merger.", "retiring after the merger", "chairman", "mused about"),
])
def test_phrasal_cue(coder: Coder, text: str, needle: str, speaker: str, cue: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue == cue


def test_standing_by_a_date_is_no_stance(coder: Coder) -> None:
    text = "The crews stood by Monday as the river rose."
    assert not any(q.cue and q.cue.startswith("stood") for q in quotes(coder, text))


# ---- the topic hung on the addressee -------------------------------------------------------------
def test_reminded_voters_of(coder: Coder) -> None:
    text = "The mayor reminded voters of the flood by citing the damage to the harbor."
    q = speaks(coder, text, "the flood", "mayor")
    assert q.cue is not None and q.cue.startswith("reminded")
    # the gerund with a speech verb of its own is another attribution, not the tail of this one
    assert all("harbor" not in text[s:e] for s, e in q.contents)
    speaks(coder, text, "the damage to the harbor", "mayor")


def test_applauded_for_takes_the_reason(coder: Coder) -> None:
    text = "The coach applauded the players for their discipline."
    q = speaks(coder, text, "their discipline", "coach")
    assert q.cue is not None and q.cue.endswith("for")  # the reason is what was applauded, not the whole object


# ---- "it" as an institution's subject, not an impersonal one ------------------------------------
def test_it_plans_is_the_institutions_intention(coder: Coder) -> None:
    text = "The central bank held rates steady on Tuesday. It plans to raise them slowly next year."
    q = speaks(coder, text, "to raise them slowly", "It")
    assert q.cue == "plans"


def test_impersonal_it_still_holds_no_view(coder: Coder) -> None:
    text = "It is important to remember that the vote was close."
    assert quotes(coder, text) == []


@pytest.mark.parametrize("text", [
    "That said, the mayor's lead among older voters has narrowed since the spring.",
    "The turnout fell by a third in the river towns. That suggests a loss of faith in the council.",
    "The bridge was closed twice last winter. This shows how badly the repairs were handled.",
    "The plant closed in May. This only explains why the town lost so many families.",
])
def test_a_bare_demonstrative_reports_nothing(coder: Coder, text: str) -> None:
    """"That said, …", "That suggests …", "This shows how …": the writer's own inference about what came before."""
    assert [q.cue for q in quotes(coder, text) if q.speaker_text in {"That", "This"}] == []


def test_that_said_leaves_the_report_inside_it(coder: Coder) -> None:
    """"That said, most residents say …": with the idiom gone, the residents' report is an attribution of its own."""
    text = "That said, most residents say the new bus routes are an improvement."
    speaks(coder, text, "the new bus routes are an improvement", "most residents")


# ---- characterising verbs with an "as" phrase ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Thousands of voters cast ballots on Tuesday.",
    "The mayor presented the award to the winning team.",
])
def test_no_as_phrase_no_characterisation(coder: Coder, text: str) -> None:
    assert not any(q.cue and q.cue.split()[-1] in {"cast", "presented", "present"} for q in quotes(coder, text))


# ---- polls frame their findings wherever the parser hangs the phrase -----------------------------------
def test_poll_phrase_before_a_noun_root(coder: Coder) -> None:
    text = "The vote is near.\n\nIn the latest Gallup survey, 60 percent of farmers approved of the levy."
    speaks(coder, text, "60 percent of farmers", "Gallup survey")


def test_standing_in_national_polls_is_no_finding(coder: Coder) -> None:
    text = "The mayor has a steady lead over her rival in national polls."
    assert not any(q.cue == "in" for q in quotes(coder, text))


# ---- criticism aimed at someone, and things articulated or documented -----------------------------------
@pytest.mark.parametrize("text", [
    "The storm hit Florida on Tuesday.",
    "The truck hit a parked car near the school.",
])
def test_hitting_a_thing_is_no_criticism(coder: Coder, text: str) -> None:
    assert not any(q.cue and "hit" in q.cue for q in quotes(coder, text))


# ---- object relatives, open questions, indirect questions ---------------------------------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The county relies on a dam that the engineers strongly criticized.", "a dam", "engineers"),
    ("It is a plan the senators have criticized for months.", "a plan", "senators"),
    ("The plan, which his colleague Ada Lopez defended, passed on Monday.", "The plan", "Ada Lopez"),
])
def test_a_cue_in_a_relative_clause_reports_the_noun_it_hangs_on(
        coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert "months" not in q.text  # "for months" says how long, not what for


@pytest.mark.parametrize("text", [
    "The man who wrote the letter left early.",  # the clause has its own object
    "They studied the way the senators respond to pressure.",  # how, not what
    "It is a tunnel the senators have visited twice.",  # not a cue
])
def test_relative_clauses_that_report_nothing(coder: Coder, text: str) -> None:
    assert not [q for q in quotes(coder, text) if q.cue and q.cue.split()[-1] in {"respond", "visited"}]
    assert not [q for q in quotes(coder, text) if "letter" in q.text and q.speaker_text == "The man"]


def test_an_open_question_is_nobodys_view(coder: Coder) -> None:
    assert not quotes(coder, "It is unclear how long the drought will last.")
    q = one(coder, "It is unclear whether the drought will end soon.", "the drought will end")
    assert q.speaker_text is None


def test_asked_someone_if_is_an_indirect_question(coder: Coder) -> None:
    text = "During a call this week, the Daily Planet asked the senator if she had been preparing for a loss."
    speaks(coder, text, "she had been preparing", "Daily Planet")


# ---- "reports that …", "the assumption that …": the clause is reported, by nobody named ----------------
@pytest.mark.parametrize(("text", "needle"), [
    ("Shares of the airline rose on reports that a rival was preparing a bid.", "a rival was preparing a bid"),
    ("Speculation that the minister would resign grew after the vote.", "the minister would resign"),
    ("The council acted on the assumption that the river would not flood again.", "the river would not flood"),
    ("Support for the mayor fell after revelations that his aide had taken bribes.", "his aide had taken bribes"),
    ("Rumors that the factory would close spread quickly through the town.", "the factory would close"),
])
def test_news_noun_reports_its_that_clause(coder: Coder, text: str, needle: str) -> None:
    q = one(coder, text, needle)
    assert q.cue is not None and q.cue.split()[-1].lower() in {"reports", "speculation", "assumption", "revelations",
                                                                "rumors"}


@pytest.mark.parametrize("text", [
    "The news that we received yesterday was bad.",  # a relative clause: what was received
    "She read the report that the agency released.",
    "Reporters waited outside the court for news of the verdict.",  # no clause: a topic
    "The assumption of the loan by the state angered taxpayers.",
])
def test_news_noun_without_content_clause_reports_nothing(coder: Coder, text: str) -> None:
    assert not any(q.cue is not None and q.cue.lower() in {"report", "news", "assumption"} for q in quotes(coder, text))


# ---- "the deal she once supported": a relative clause of wanting or backing reports its noun -------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The assembly debated a pact the senator once supported.", "a pact", "senator"),
    ("The union finally won the contract its members wanted.", "the contract", "members"),
    ("On weekends she drives the coastal road she prefers.", "the coastal road", "she"),
    ("The council passed a budget that the mayor opposed.", "a budget", "mayor"),
])
def test_wanted_noun_in_relative_clause(coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue is not None


def test_belief_in_relative_clause_reports_no_noun(coder: Coder) -> None:
    """"the step they believe in", "a future he imagines": believing or imagining is no stance on the noun itself."""
    text = "The protesters took a step they believed was necessary."
    assert not any(q.text.strip() == "a step" for q in quotes(coder, text))


# ---- "a measure opposed by unions": a past participle with its agent judges the noun ---------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The bill, opposed by the farmers' union, never came to a vote.", "The bill", "union"),
    ("The mayor withdrew a plan criticized by residents of the old town.", "a plan", "residents"),
    ("Lawmakers passed the tax cut proposed by the governor.", "the tax cut", "governor"),
    ("The candidate, endorsed last week by two former presidents, leads in the polls.", "The candidate", "presidents"),
    ("The court struck down a rule considered unfair by the growers.", "unfair", "growers"),  # the verdict is content
])
def test_judged_by_agent(coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue is not None and "by" in q.cue.split()


@pytest.mark.parametrize(("text", "needle", "held"), [
    ("The rebels took a hill town seen as vital to the supply route.", "a hill town", "vital to the supply route"),
    ("A senator widely regarded as a moderate won the open seat.", "A senator", "a moderate"),
    ("The council dropped a plan viewed as a threat to the harbor.", "a plan", "a threat to the harbor"),
    ("The board hired a chemist considered a pioneer in the field.", "a chemist", "a pioneer"),
])
def test_reputation_participle_without_agent(coder: Coder, text: str, needle: str, held: str) -> None:
    # "a town seen as vital", "a surgeon considered a pioneer": a reputation held by people unnamed, of the noun the
    # participle hangs on
    q = one(coder, text, held)
    assert q.speaker_text is None and q.cue is not None and q.cue.split()[-1] in {"as", "considered"}
    assert any(needle in text[s:e] for s, e in q.contents)
    check_spans(text, q)


@pytest.mark.parametrize("text", [
    "Voters in the states known as the rust belt turned out in force.",  # a name, not a reputation
    "The hacker known as Lynx was arrested in Lisbon.",
])
def test_reputation_participle_without_agent_or_judgement(coder: Coder, text: str) -> None:
    assert not [q for q in quotes(coder, text) if q.cue is not None and q.cue.split()[-1] == "as"]


@pytest.mark.parametrize("text", [
    "The letter written by the mayor was read aloud at the meeting.",  # writing makes a thing, it judges nothing
    "A statement issued by the ministry gave no details.",
    "The rebels, backed by a neighboring army, took the town.",  # military backing
    "The bill proposed last week would raise the tax on fuel.",  # no agent: no one named judges it
])
def test_participle_that_judges_nothing(coder: Coder, text: str) -> None:
    assert not any((q.cue is not None and q.cue.endswith(" by")) or q.cue == "proposed" for q in quotes(coder, text))


# ---- "voted in favor of the bill", "came out in support of the mayor": a side taken -----------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The senator voted in favor of the bill.", "the bill", "senator"),
    ("The union came out in support of the mayor.", "the mayor", "union"),
    ("She has long spoken out in favor of a higher minimum wage.", "a higher minimum wage", "She"),
    ("He was always in favor of stricter gun laws.", "stricter gun laws", "He"),
    ("The ministers stood in opposition to the new treaty.", "the new treaty", "ministers"),
])
def test_side_taken_in_favor_of(coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue is not None and q.cue.split()[-1] in {"of", "to"}


@pytest.mark.parametrize("text", [
    "The odds are in favor of a deal.",  # nobody takes a side
    "The system is rigged in favor of the rich.",
    "He dropped out in favor of his rival.",
])
def test_in_favor_of_with_no_one_taking_a_side(coder: Coder, text: str) -> None:
    assert not any(q.cue is not None and " in " in f" {q.cue} " for q in quotes(coder, text))


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The minister talked proudly of her two daughters.", "her two daughters", "minister"),
    ("In his speech he talked of reforms to protect local workers.", "reforms to protect local workers", "he"),
])
def test_talked_of(coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue is not None and q.cue.endswith("of")


# ---- "sent the governor a clear message: he must resign": a speech noun before a colon ------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The party's elders sent the governor a clear message: he has lost their trust and must step aside.",
     "he has lost their trust", "elders"),
    ("The company's message: the new plant will open on time and hire locally.",
     "the new plant will open on time", "company"),
    ("Ms. Okafor tried to calm her players with a simple message: the season is not over yet.",
     "the season is not over", "Okafor"),
])
def test_speech_noun_before_colon(coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue is not None and q.cue.endswith(":")


@pytest.mark.parametrize("text", [
    "Question: what do the two plans have in common?",  # a label, nobody asks
    "Answer: very little, as it turns out.",
])
def test_label_before_colon_reports_nothing(coder: Coder, text: str) -> None:
    assert not any(q.cue is not None and q.cue.endswith(":") for q in quotes(coder, text))


@pytest.mark.parametrize("text", [
    "The inquiry is focused on whether the contracts were awarded fairly.",
    "With 90 seats at stake, the party is assured of winning at least 50.",
])
def test_attention_and_certainty_in_the_passive_attribute_nothing(coder: Coder, text: str) -> None:
    """"is focused on" says where attention is and "is assured of" what is certain; nobody says anything."""
    assert quotes(coder, text) == []


def test_passive_assure_with_its_agent_still_reports(coder: Coder) -> None:
    speaks(coder, "Residents were assured by the mayor that the water is safe.", "the water is safe", "mayor")


@pytest.mark.parametrize("text", [
    "The terms of the settlement were not disclosed.",
    "The driver was charged with reckless endangerment.",
    "Her offer to mediate was rebuffed.",
    "The new ferry schedule was announced on Friday.",
])
def test_bare_passive_subject_is_no_statement(coder: Coder, text: str) -> None:
    """A passive with neither a "by" nor an "as" phrase names nobody behind it, and its subject alone states
    nothing: no attribution (not even an aside picked up from the clause next to it)."""
    assert quotes(coder, text) == []


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The terms of the settlement were disclosed by the company.", "The terms of the settlement", "company"),
    ("The mayor is widely seen as the favorite.", "The mayor", None),
])
def test_passive_subject_with_its_agent_or_judgement_still_reports(coder: Coder, text: str, needle: str,
                                                                   speaker: str | None) -> None:
    q = one(coder, text, needle)
    assert (q.speaker_text is None) if speaker is None else (speaker in (q.speaker_text or ""))


@pytest.mark.parametrize("text", [
    "The senator spoke for an hour, seeming more tired than angry.",
    "The governor left the stage early, appearing frustrated with the crowd.",
    "Seemed about right.",
])
def test_seem_with_no_subject_and_only_a_judgement_reports_nothing(coder: Coder, text: str) -> None:
    """"seem"/"appear" with neither a subject nor a clause of its own: the adjective alone ("more tired than angry")
    says nothing about anything named."""
    assert not any(q.cue is not None and q.cue.lower().startswith(("seem", "appear")) for q in quotes(coder, text))


@pytest.mark.parametrize("text", [
    "The governor won 60 pledged delegates and four superdelegates on Tuesday.",
    "The party will award 475 pledged delegates on Tuesday.",
])
def test_pledged_delegates_report_no_pledge(coder: Coder, text: str) -> None:
    """"pledged delegates" are the delegates a primary bound to a candidate; nobody pledges anything."""
    assert not any(q.cue is not None and "pledg" in q.cue for q in quotes(coder, text))


def test_a_pledge_made_still_reports(coder: Coder) -> None:
    speaks(coder, "The governor pledged to cut the sales tax.", "to cut the sales tax", "governor")


@pytest.mark.parametrize(("text", "needle", "speaker", "absent"), [
    ("The senator has not given money to any other candidate this year, campaign finance records show.",
     "has not given money", "records", "show"),
    ("During the same period, court records show, the company paid almost nothing in taxes.",
     "the company paid almost nothing", "records", "show"),
    ("The plane was insured for $30 million in 2012, records show, and experts say it is worth less now.",
     "was insured for $30 million", "records", "experts"),
    ("Most of the money came from three donors, state election filings show.", "Most of the money", "filings", "show"),
])
def test_records_show_standing_aside_is_a_finding(coder: Coder, text: str, needle: str, speaker: str,
                                                   absent: str) -> None:
    """"…, records show." reports what the records hold, like "…, officials said."; the parser often takes "records
    show" for a noun compound. The finding stops at a coordinated clause with a speaker of its own."""
    q = speaks(coder, text, needle, speaker)
    assert not any(absent in text[s:e] for s, e in q.contents)


def test_shows_as_a_plural_noun_is_no_finding(coder: Coder) -> None:
    """"reality shows, game shows and talk shows": television programmes, not findings."""
    assert quotes(coder, "The network's reality shows, game shows and talk shows drew large audiences.") == []


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The mayor showed no sign of backing down on the tax.", "backing down", "mayor"),
    ("The senator has shown little interest in the new bill.", "the new bill", "senator"),
    ("Both unions have shown an inclination to settle the strike.", "settle the strike", "unions"),
    ("The governor displayed a keen enthusiasm for the port project.", "the port project", "governor"),
])
def test_a_stance_shown_is_held(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"showed no sign of backing down", "has shown little interest in": a stance shown by the one who shows it."""
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize(("text", "needle"), [
    ("The new policy shows no sign of change this year.", "change"),  # a thing shows no stance
    ("The two firms have overlapping interests in the port.", "the port"),
    ("The senator showed the visitors the new bridge.", "bridge"),  # showing a thing is no stance
])
def test_a_thing_shown_is_no_stance(coder: Coder, text: str, needle: str) -> None:
    assert not any(needle in q.text for q in quotes(coder, text))


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The governor took a shot at her rival in the debate.", "her rival", "governor"),
    ("Ortiz took a swing at the mayor's budget on Monday.", "the mayor's budget", "Ortiz"),
    ("The senator poked fun at his opponents during the dinner.", "his opponents", "senator"),
    ("Lopez has made several references to the governor's record.", "the governor's record", "Lopez"),
    ("The minister cast doubt on the official figures.", "the official figures", "minister"),
    ("The mayor heaped praise on the firefighters.", "the firefighters", "mayor"),
])
def test_jabs_taken_and_praise_heaped(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"took a shot at", "poked fun at", "made references to", "cast doubt on", "heaped praise on": stances aimed at
    someone or something, by the one who aims them."""
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize("text", [
    "The team took a shot at the title last year.",
    "The senator still has a shot at the nomination.",
    "The children had fun at the fair.",
])
def test_a_shot_at_a_thing_is_no_jab(coder: Coder, text: str) -> None:
    assert quotes(coder, text) == []


@pytest.mark.parametrize("text", [
    "The mayor was asked.",
    "Why is the tax so unpopular? The mayor was asked.\n\n''People are tired of paying more,'' she said.",
    "Both union leaders were asked on Monday.",
])
def test_the_one_asked_is_not_what_was_asked(coder: Coder, text: str) -> None:
    """"The mayor was asked": the passive subject of "ask" is the person asked, never the question."""
    assert not any(q.cue is not None and "asked" in q.cue for q in quotes(coder, text))


def test_a_question_asked_is_what_was_asked(coder: Coder) -> None:
    speaks(coder, "The question was asked by a reporter from the local paper.", "The question", "reporter")


@pytest.mark.parametrize(("text", "needle"), [
    ("The governor issued a statement after the vote in the capital.", "a statement"),
    ("The senator wrote an op-ed for the local paper last spring.", "an op-ed"),
    ("Her aide wrote a children's book last year.", "book"),
    ("The mayor won the city, claiming her fourth victory in a row.", "victory"),
    ("The challenger claimed 40 percent of the vote.", "percent"),
    ("The senator needs 300 more delegates to claim the nomination.", "the nomination"),
    ("Protesters interrupted her speech twice on Monday.", "her speech"),
    ("The governor could add another job title to his resume next year.", "job title"),
    ("The new rules add one more hurdle to the nominating process.", "hurdle"),
])
def test_a_text_made_or_a_win_taken_is_no_report(coder: Coder, text: str, needle: str) -> None:
    """"issued a statement", "wrote an op-ed", "claiming her fourth victory", "interrupted her speech": a deed, and
    nothing said in it."""
    assert not any(needle in q.text for q in quotes(coder, text))


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The governor issued a statement saying the port would reopen.", "the port would reopen", "governor"),
    ("The mayor issued a statement, “We will rebuild the bridge.”", "We will rebuild", "mayor"),
    ("The senator wrote a letter about the border to the president.", "the border", "senator"),
    ("The challenger claimed victory in a post on social media.", "victory", "challenger"),
    ("The challenger claimed that the count was rigged.", "the count was rigged", "challenger"),
    ("The mayor added to reporters that the bridge would reopen in May.", "the bridge would reopen", "mayor"),
    ("The senator added her voice to the chorus of critics of the tariff.", "her voice", "senator"),
])
def test_a_text_with_its_words_and_a_victory_declared_report(coder: Coder, text: str, needle: str,
                                                              speaker: str) -> None:
    """The words of a statement issued, what a letter is about, and "claimed victory" (declaring it) still report."""
    speaks(coder, text, needle, speaker)


def test_a_place_focused_on_is_no_stance(coder: Coder) -> None:
    """"is focusing on Ohio": where a campaign spends its days, not what it says; a topic focused on is a stance."""
    assert quotes(coder, "The two governors are focusing chiefly on Ohio this month.") == []
    speaks(coder, "The governor focused on the cost of the new bridge.", "the cost of the new bridge", "governor")


@pytest.mark.parametrize("text", [
    "(Reporting by Ann Lee in Lagos; Writing by Tom Roe; Editing by Kim Ward)",
    "(Additional reporting by Lena Park in Seoul; Writing by Omar Haddad; Editing by Chris Reese)",
])
def test_a_wire_credit_line_is_no_report(coder: Coder, text: str) -> None:
    """"Writing by Tom Roe": the credits name who wrote the story, not anything said in it."""
    assert quotes(coder, text) == []


def test_writing_with_a_subject_still_reports(coder: Coder) -> None:
    speaks(coder, "Writing in the local paper, the economist argued that the levy would backfire.",
           "the levy would backfire", "economist")


@pytest.mark.parametrize(("text", "needle"), [
    ("For years, the company has positioned itself as a friend of small farmers.", "itself as a friend"),
    ("The audit for the first time cited a 2019 memo as proof of the breach.", "a 2019 memo"),
    ("For years, the senator was criticized for his votes on trade.", "his votes on trade"),
])
def test_a_phrase_before_the_cue_is_no_part_of_the_judgement(coder: Coder, text: str, needle: str) -> None:
    """"For years, X has positioned itself as …": a "for" or "as" phrase before the verb says when or how long, it is
    neither content nor cue (the judgement's own "as"/"for" phrase follows the verb)."""
    q = one(coder, text, needle)
    assert "years" not in q.text and "first time" not in q.text
    assert q.cue is not None and not q.cue.startswith("For")


@pytest.mark.parametrize(("text", "needle"), [
    ("The long delays raised the question of whether the minister was in charge at all.", "the minister was in charge"),
    ("The mayor has faced questions about whether she will seek a third term.", "she will seek a third term"),
])
def test_whether_question_asks_its_clause(coder: Coder, text: str, needle: str) -> None:
    # the "whether" clause of a question noun is what is asked, by nobody the sentence names
    q = one(coder, text, needle)
    assert q.cue is not None and "question" in q.cue
    assert q.speaker_text is None


def test_made_clear_is_one_report(coder: Coder) -> None:
    """"made clear that …" is one report, cued by the adjective; the verb does not report the clause again."""
    found = [q for q in quotes(coder, "The governor made clear that she would run again.") if "run again" in q.text]
    assert len(found) == 1 and found[0].cue == "made clear"
