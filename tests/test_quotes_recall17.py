"""Stop 17: more of what English speakers know attributes — beliefs held about a thing, phrasal cues,
characterising "as", polls, "look for", judgement nouns, "that" clauses, proposition nouns, attitude
adjectives, criticism aimed at someone. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import quotes, speaks


# ---- who holds or reports what: one table -----------------------------------------------------------
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
])
def test_speaks(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


# ---- what looks like a cue and reports nothing ---------------------------------------------------------
@pytest.mark.parametrize(("text", "needle"), [
    ("The coach went after the ball near the fence.", "the ball"),  # going after a thing is no attack
    ("Things do not look good for the governor this week.", "governor"),  # looking good for someone is no stance
    ("His support for the bill grew after the flood.", "the bill"),  # possessed support names no statement
    # a thing that "means that" infers, it reports nothing
    ("The opposition in the Senate means that the tax will not survive.", "will not survive"),
    ("The question is whether the dam will hold.", "the dam will hold"),  # open question is no proposition
    # seeing to a result reports nothing ("ensured that", "made sure that")
    ("Mr. Diaz ensured that every ballot was counted.", "every ballot"),
    ("The clerks made sure that every ballot was counted.", "every ballot"),
])
def test_reports_nothing(coder: Coder, text: str, needle: str) -> None:
    assert not any(needle in q.text for q in quotes(coder, text))


# ---- beliefs and expectations with a plain object -------------------------------------------------
def test_belief_object_needs_a_holder(coder: Coder) -> None:
    """"a result nobody expected" names no holder the extractor can speak for; a bare verb reports nothing."""
    text = "The storm is expected on Friday."
    assert not any("Friday" in q.text for q in quotes(coder, text))


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
])
def test_phrasal_cue(coder: Coder, text: str, needle: str, speaker: str, cue: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue == cue


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


def test_standing_by_a_date_is_no_stance(coder: Coder) -> None:
    text = "The crews stood by Monday as the river rose."
    assert not any(q.cue and q.cue.startswith("stood") for q in quotes(coder, text))

