"""Stop 18: attributions no rule found — news and assumption nouns with their "that" clause, the thing someone
wants or backs in a relative clause, and a noun judged by the agent of a past participle. Hand-written sentences
only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import one, quotes, speaks


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
])
def test_judged_by_agent(coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue is not None and "by" in q.cue.split()


@pytest.mark.parametrize("text", [
    "The letter written by the mayor was read aloud at the meeting.",  # writing makes a thing, it judges nothing
    "A statement issued by the ministry gave no details.",
    "The rebels, backed by a neighboring army, took the town.",  # military backing
    "The bill proposed last week would raise the tax on fuel.",  # no agent: no one named judges it
])
def test_participle_that_judges_nothing(coder: Coder, text: str) -> None:
    assert not any((q.cue is not None and q.cue.endswith(" by")) or q.cue == "proposed" for q in quotes(coder, text))


# ---- "…, which he said would …": a report in a relative clause inside another attribution ---------------
@pytest.mark.parametrize(("text", "outer", "inner", "speaker"), [
    ("The minister said the harbor would reopen in May, which she said was earlier than planned.",
     "the harbor would reopen in May", "earlier than planned", "she"),
    ("The union cited a pay rise of two percent, which its leader said would not cover inflation.",
     "a pay rise of two percent", "would not cover inflation", "leader"),
])
def test_relative_aside_is_its_own_report(coder: Coder, text: str, outer: str, inner: str, speaker: str) -> None:
    q1 = one(coder, text, outer)
    assert all(inner not in text[s:e] for s, e in q1.contents)
    q2 = speaks(coder, text, inner, speaker)
    assert q2.cue == "said"
    assert any(text[s:e].startswith("which") for s, e in q2.contents)


def test_relative_clause_on_the_object_stays_with_it(coder: Coder) -> None:
    """"praised the volunteers who she said had saved the town": who is praised includes what she says of them."""
    text = "The mayor praised the volunteers who she said had saved the town."
    q = speaks(coder, text, "the volunteers", "mayor")
    assert any("saved the town" in text[s:e] for s, e in q.contents)


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
