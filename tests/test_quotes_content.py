"""Content: where what was said begins and ends — the reporter's words around a quoted fragment, clauses
the parser hangs on the cue, infinitives with their adjuncts, pronoun objects. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import check_spans, one, quotes, speaks


def test_aside_inside_the_reporters_sentence_reports_all_of_it(coder: Coder) -> None:
    """A quote resuming mid-sentence after "she said" is a fragment: the reporter's words before it belong too."""
    text = "The new bus line, she said, is ''a lifeline for people without cars.''"
    q = one(coder, text, "lifeline")
    assert "The new bus line" in q.text and q.speaker_text == "she"
    check_spans(text, q)


def test_aside_before_a_full_quoted_sentence_keeps_the_quote_only(coder: Coder) -> None:
    """A capitalised quote after the aside is a sentence of its own; the words before it are the reporter's."""
    text = "Asked about the delay at the depot, Gray said, “We will open the line in May.”"
    q = one(coder, text, "open the line")
    assert "Asked" not in q.text and q.speaker_text == "Gray"


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Still, he admitted, the program has been “a bit of a mess” since the spring.", "the program has been", "he"),
    ("And, she conceded, it is unclear how long the truce will hold, given that “nobody trusts anyone.”",
     "how long the truce will hold", "she"),
])
def test_aside_reports_the_sentence_around_a_quoted_fragment(coder: Coder, text: str, needle: str,
                                                             speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue is not None and q.cue.split()[-1] in {"admitted", "conceded"}
    assert all(text[s:e] not in {"he", "she", ", he admitted,", ", she conceded,"} for s, e in q.contents)


def test_cue_in_a_relative_clause_on_the_subject_of_be(coder: Coder) -> None:
    """"The only regret he voiced was …": what the subject is said to be is the content, the relative's subject speaks."""
    text = "The biggest danger she sees for the plan is the cost of the new tunnel."
    q = one(coder, text, "cost of the new tunnel")
    assert q.speaker_text == "she" and "The biggest danger" in q.text
    check_spans(text, q)


def test_the_detail_after_a_colon_belongs_to_what_was_said(coder: Coder) -> None:
    """"boasts about three projects: A, B and C": the list after the colon is what he boasts about."""
    text = "Gray boasts about three projects on the trail: the new bridge, the tunnel and the bus line."
    q = one(coder, text, "three projects")
    assert q.speaker_text == "Gray" and "the bus line" in q.text
    check_spans(text, q)


def test_when_after_a_quote_is_not_what_was_said(coder: Coder) -> None:
    text = "“Never,” Okafor added when a reporter asked about the toll."
    q = speaks(coder, text, "Never", "Okafor")
    assert "when" not in q.text


def test_when_right_after_a_bare_cue_is_still_reported(coder: Coder) -> None:
    speaks(coder, "Okafor has not said when the bridge will reopen.", "the bridge will reopen", "Okafor")


# ---- "it", "this", "that" as what is judged or said --------------------------------------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The union studied the new tariff plan for a week. Its members hated it.", "it", "members"),
    ("The council passed the budget late on Tuesday, and the mayor praised it the next morning.", "it", "mayor"),
])
def test_pronoun_object_is_the_content(coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert any(text[s:e].startswith(needle) for s, e in q.contents)


def test_put_it_is_still_a_cue_not_an_object(coder: Coder) -> None:
    text = "“The river always wins,” as the old ferryman put it."
    q = speaks(coder, text, "river always wins", "ferryman")
    assert all(text[s:e] != "it" for s, e in q.contents)


# ---- a clause before a cue with an object of its own is a neighbour, not the content ---------------
@pytest.mark.parametrize(("text", "first", "first_src", "second", "second_src"), [
    ("He calls for a bigger army; she calls for more diplomats.", "a bigger army", "He", "more diplomats", "she"),
    ("The rebels want a ceasefire; the government wants a surrender.", "a ceasefire", "rebels", "a surrender",
     "government"),
])
def test_neighbouring_clause_is_not_the_content(coder: Coder, text: str, first: str, first_src: str, second: str,
                                                second_src: str) -> None:
    q2 = speaks(coder, text, second, second_src)
    assert all(first not in text[s:e] for s, e in q2.contents)
    q1 = speaks(coder, text, first, first_src)
    assert q1 is not q2


def test_inverted_report_keeps_the_clause_before_it(coder: Coder) -> None:
    """"…, the minister said in a radio interview": the medium is no object of the verb's own."""
    text = "The bridge will reopen in May, the minister said in a radio interview."
    speaks(coder, text, "The bridge will reopen", "minister")


# ---- an infinitive's adjuncts the parser hangs on the cue -------------------------------------------
def test_infinitive_content_takes_the_adjunct_clause(coder: Coder) -> None:
    text = "The senator also sought to soften her tone as she drew sharp contrasts on trade."
    q = speaks(coder, text, "to soften her tone", "senator")
    assert any("sharp contrasts on trade" in text[s:e] for s, e in q.contents)


def test_infinitive_content_stops_at_a_coordinated_verb(coder: Coder) -> None:
    text = "The governor sought to calm the farmers, and took questions from reporters."
    q = speaks(coder, text, "to calm the farmers", "governor")
    assert all("questions" not in text[s:e] for s, e in q.contents)


def test_verb_sharing_a_modal_stays_in_the_reported_clause(coder: Coder) -> None:
    """"says he would call the envoy and tell him …": telling is what he says he would do."""
    text = "The minister says he would call the envoy and tell him that the talks are over."
    q = speaks(coder, text, "call the envoy", "minister")
    assert any("the talks are over" in text[s:e] for s, e in q.contents)
    assert len(quotes(coder, text)) == 1



@pytest.mark.parametrize(("text", "reported", "quoted"), [
    ("A spokesman for the mayor responded on Twitter, calling the governor’s claim “absurd” and “reckless.”",
     "the governor’s claim", ("absurd", "reckless")),
    ("Union leaders answered quickly, calling the proposal “an insult” and “a step backward.”",
     "the proposal", ("an insult", "a step backward")),
    ("Her campaign responded in a statement, calling his remarks “disgraceful.”", "his remarks", ("disgraceful", "")),
])
def test_quoted_fragment_stays_with_the_cue_that_frames_it(coder: Coder, text: str, reported: str,
                                                           quoted: tuple[str, str]) -> None:
    """Words quoted inside a report belong to that report, not to an outer verb that would get them bare."""
    q = one(coder, text, reported)
    assert q.cue == "calling"
    assert all(w in q.text for w in quoted)
    check_spans(text, q)
    assert [p.cue for p in quotes(coder, text)] == ["calling"]


# ---- a "that" clause the parser hung elsewhere ---------------------------------------------------------
@pytest.mark.parametrize(("text", "speaker"), [
    ("The minister said for the first time that the army had crossed the border.", "minister"),
    ("The general acknowledged for the first time that the drones had hit a school.", "general"),
])
def test_that_clause_hung_on_a_phrase_after_the_cue_is_the_content(coder: Coder, text: str, speaker: str) -> None:
    """"said for the first time that …": the parser makes the clause a relative clause of "time"; "that" with no
    gap in the clause marks what was said."""
    q = speaks(coder, text, "that the", speaker)
    assert "first time" not in q.text


def test_a_nouns_own_that_clause_in_a_phrase_is_not_the_content(coder: Coder) -> None:
    """"in the event that …" is a condition, not what was asked about."""
    text = "He asked about the plan in the event that the talks fail."
    q = one(coder, text, "the talks fail")
    assert "the plan" in q.text


def test_second_that_clause_coordinated_with_the_cue_joins_the_content(coder: Coder) -> None:
    """"argued that A, but that B": the parser hangs the second clause on the verb; both were argued."""
    text = "The governor argued that taxes were too high, but that the state could not cut them this year."
    q = speaks(coder, text, "taxes were too high", "governor")
    assert "the state could not cut them" in q.text
    assert len(quotes(coder, text)) == 1


# ---- a trailing reporting participle is a second report ----------------------------------------------------
@pytest.mark.parametrize(("text", "first", "cue", "second", "speaker"), [
    ("Carson said he plans to unveil a new tax plan next month, insisting that his rivals are too worried about "
     "the polls.", "a new tax plan next month", "insisting", "his rivals are too worried", "Carson"),
    ("The senator said the bill would pass next week, arguing that the votes were already there.",
     "the bill would pass next week", "arguing", "the votes were already there", "senator"),
    ("Smith said the company would cut jobs, adding that the decision was painful.",
     "the company would cut jobs", "adding", "the decision was painful", "Smith"),
])
def test_trailing_reporting_participle_is_the_first_speakers_second_report(
        coder: Coder, text: str, first: str, cue: str, second: str, speaker: str) -> None:
    """"said A, insisting that B": the participle after the comma, with no subject of its own, is the same speaker's
    second report; A stops before it, quote marks or not."""
    q = speaks(coder, text, first, speaker)
    assert second not in q.text and cue not in q.text
    r = speaks(coder, text, second, speaker)
    assert r.cue == cue


# ---- a dashed aside inside the content ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "needle", "rest", "speaker"), [
    ("Voters backed Smith, who believes a modest tax cut – even a very small one – would hurt the schools.",
     "a modest tax cut", "would hurt the schools", "who"),
    ("Green, who insists the plan — a wall along the whole border — will be cheap, spoke first.",
     "the plan", "will be cheap", "who"),
])
def test_dashed_aside_does_not_end_the_content(coder: Coder, text: str, needle: str, rest: str, speaker: str) -> None:
    """"believes a tax cut – even a small one – would hurt": the parser hangs the aside and the verb after it outside
    the reported clause; the content goes on through both."""
    q = speaks(coder, text, needle, speaker)
    assert rest in q.text


def test_clause_after_a_dashed_aside_belongs_to_the_outer_sentence(coder: Coder) -> None:
    """After a content with a verb of its own, the verb after the aside is the outer sentence's."""
    text = "Those who think the mayor can win — about a third of the council — stressed the size of her lead."
    q = speaks(coder, text, "the mayor can win", "who")
    assert "stressed" not in q.text


@pytest.mark.parametrize(("text", "needle", "kind"), [
    # the reporter's "that" or subject leads into the quoted words: a partial quote, however long the quote is
    ("A March 3 memo from the agency warns that “any further delay will be referred to our lawyers in the "
     "appropriate court.”", "further delay", "partial"),
    ("Owens said the tone of the hearing “was set by the members who decided early on to attack the witness, "
     "and they paid for it.”", "tone of the hearing", "partial"),
    ("The mayor says “the whole budget is a mess” because “nobody wanted to make hard choices this year.”",
     "whole budget", "partial"),
    # the quoted words alone, however the cue sits around them, are a direct quote
    ("“The budget is a mess and nobody wanted to make hard choices,” the mayor said.", "budget is a mess", "direct"),
    ("The mayor said: “The budget is a mess and nobody wanted to make hard choices.”", "budget is a mess", "direct"),
])
def test_quoted_words_led_into_by_the_reporter_are_a_partial_quote(coder: Coder, text: str, needle: str,
                                                                    kind: str) -> None:
    assert one(coder, text, needle).kind == kind


@pytest.mark.parametrize(("text", "needle", "kept", "dropped"), [
    # a clause before the cue, set off by a semicolon, is a sentence of its own
    ("The clinic closed its doors on Monday; the landlord said he could not wait any longer for the rent.",
     "could not wait", "could not wait", "clinic closed"),
    # a verb coordinated with a wholly quoted clause, after the closing mark, is what the speaker did next
    ("Shortly after the vote, Mr. Alvarez wrote to his followers, “It is time to end this council for good,” and "
     "posted a link to his donation page.", "end this council", "end this council", "posted a link"),
    # a finite verb joined to a cue with a noun object is the subject's next deed, not part of the object
    ("The union's president praised the governor's budget on Monday, but also used it to press for higher wages.",
     "governor's budget", "governor's budget", "press for higher wages"),
    ("The council member mentioned the stadium deal twice and then left the meeting early.",
     "stadium deal", "stadium deal", "left the meeting"),
])
def test_a_neighbouring_clause_is_not_what_was_said(coder: Coder, text: str, needle: str, kept: str,
                                                    dropped: str) -> None:
    q = one(coder, text, needle)
    assert kept in q.text and dropped not in q.text


def test_an_infinitive_coordinated_with_the_object_is_still_what_was_wanted(coder: Coder) -> None:
    """A "to" infinitive closing the object list is one more thing wanted, not the subject's next deed."""
    text = "The senator wants a tax cut, a balanced budget, and to close the border."
    assert "to close the border" in one(coder, text, "tax cut").text


def test_a_verb_coordinated_inside_a_partly_quoted_report_is_reported(coder: Coder) -> None:
    """When the reporter's words open the reported clause, a coordinated verb after the quote is still reported."""
    text = "The minister said the army had “acted in self-defence” and did not seek a wider war."
    q = one(coder, text, "self-defence")
    assert "did not seek a wider war" in q.text


@pytest.mark.parametrize(("text", "ending"), [
    ("The survey found that support for the levy rose to 45%.", "rose to 45%"),
    ("A 2019 study found that “twice as many riders chose the bus (62%) as the train (31%).” Fares rose later.",
     "the train (31%)"),
    ("The mayor said the plan (which she drafted) would pass.", "would pass"),
])
def test_a_content_keeps_its_percent_sign_and_closing_bracket(coder: Coder, text: str, ending: str) -> None:
    q = quotes(coder, text)[0]
    assert q.text.endswith(ending)


@pytest.mark.parametrize(("text", "needle", "kept", "dropped"), [
    ("Officials said the company would leave the market, a move that surprised analysts.", "leave the market",
     "the company would leave the market", "a move"),
    ("He noted that exports from Canada are in decline — a decline that began while he was in office.",
     "exports from Canada", "are in decline", "a decline"),
    ("Shoppers are starting to feel more confident about their own prospects, an important development.",
     "their own prospects", "their own prospects", "development"),
    ("The rebels claimed that dozens of soldiers had died, a claim no other source confirmed.", "soldiers had died",
     "soldiers had died", "a claim"),
    # after the cue or source that interrupts the report
    ("The firm earned about $90 million last year, according to public filings, a huge sum for so small a firm.",
     "earned about", "earned about $90 million", "a huge sum"),
    ("Budget deficits will rise again this year, the budget office reported on Tuesday -- a development that worries "
     "both parties.", "deficits will rise", "will rise again", "a development"),
    # an apposition naming the last noun, and a list's last item, are the speaker's
    ("The senator said he supports the Hyde Amendment, a federal provision that bans such funding.", "Hyde",
     "a federal provision", None),
    ("Critics said he turned the dispute into a scandal, a criminal charge and a reversal of policy.", "dispute",
     "a criminal charge and a reversal", None),
])
def test_the_writers_comment_after_a_report_is_not_what_was_said(coder: Coder, text: str, needle: str, kept: str,
                                                                  dropped: str | None) -> None:
    """A noun phrase after a comma or dash that sums up the whole report ("…, a move that surprised analysts")
    is the writer's comment on it."""
    q = one(coder, text, needle)
    assert kept in q.text
    if dropped is not None:
        assert dropped not in q.text
    check_spans(text, q)


def test_an_according_to_phrase_closing_a_report_is_its_own_attribution(coder: Coder) -> None:
    """"view the senator as likable …, according to a new poll": the "according to" phrase is the writer's sourcing,
    the one attribution of the clause it closes; the stance inside it is the poll's finding, not a second report."""
    text = "More Democrats view the senator as likable and honest than they did two months ago, according to a new poll."
    found = quotes(coder, text)
    poll = next(q for q in found if q.cue == "according to")
    assert poll.speaker_text == "a new poll" and "view the senator" in poll.text and "according" not in poll.text
    check_spans(text, poll)
    assert not any(q.cue == "view" for q in found)


@pytest.mark.parametrize("text", [
    "She urged the council to join a regional compact to curb water use in the valley, proposed that more wells be"
    " closed, and pushed to fund new pipes.\n\n''I assume she is trying to look tough right now,'' said a rival.",
    "The mayor urged the state to build a new bridge over the river, proposed that tolls be raised, and pushed to hire"
    " more inspectors.\n\n''I think she wants to look busy,'' said a council member.",
])
def test_a_clause_hung_on_the_cue_from_the_next_paragraph_is_not_its_content(coder: Coder, text: str) -> None:
    """The parser can hang the next paragraph's quoted sentence on a cue as its complement clause; that clause is
    another paragraph's, and the cue's own object and infinitive are what it reports."""
    q = one(coder, text, "to build" if "bridge" in text else "to join")
    assert q.cue == "urged" and "\n" not in q.text and q.text.startswith("the ")
    check_spans(text, q)


@pytest.mark.parametrize("text", [
    "“I love Oreos,” he said, “but I will never eat them again.”",
    "“We lost today,” the coach said. “We will win the next one.”",
])
def test_a_short_quoted_clause_cut_by_dialogue_punctuation_is_said(coder: Coder, text: str) -> None:
    """"“I love Oreos,” he said, “…”": three words with a subject and verb, closed by a comma, are a sentence
    the speaker said, not a scare quote."""
    first = text[1 : text.index(",")]
    assert any(first in text[s:e] for q in quotes(coder, text) for s, e in q.contents)


def test_a_scare_quote_closed_by_a_comma_stays_unattributed(coder: Coder) -> None:
    """A quoted phrase with no clause of its own ("a “total disaster,”") is no statement by proximity."""
    text = "He called the plan a “total disaster,” and the senator voted against it."
    assert not any("total disaster" in text[s:e] and q.cue != "called" for q in quotes(coder, text) for s, e in q.contents)


def test_the_addressee_before_a_quote_is_not_what_was_told(coder: Coder) -> None:
    """"told Fox host Ada Lopez, “…”": the one told stands outside the quoted words."""
    text = ("The former envoy told radio host Ada Lopez, “The campaign slogan might as well be Not Charged, Yet!”")
    q = one(coder, text, "campaign slogan")
    assert "Ada Lopez" not in q.text
    assert q.text.startswith("The campaign slogan")
    check_spans(text, q)


def test_a_second_participle_after_and_is_a_second_report(coder: Coder) -> None:
    """"telling CNN that X is a “faker” and questioning how …": the second participle is the speaker's own cue,
    not part of what she told CNN."""
    text = ("She sharpened her attack on Tuesday, telling CNN that the mogul is a “fraud” and questioning how he has "
            "“gotten away with hiding his tax returns.”")
    told = one(coder, text, "the mogul is")
    assert told.cue == "telling"
    assert "questioning" not in told.text and "hiding" not in told.text
    asked = one(coder, text, "hiding his tax returns")
    assert asked.cue == "questioning"
    assert asked.speaker_text == "She"
    check_spans(text, told)
    check_spans(text, asked)


def test_a_participle_coordinated_inside_the_report_stays_in_it(coder: Coder) -> None:
    """"saying the police were harassing and questioning migrants": the police question; one report."""
    text = "He spoke for an hour, saying the police were harassing and questioning migrants at the border."
    q = one(coder, text, "harassing and questioning migrants")
    assert q.cue == "saying"


def test_saying_nothing_about_a_topic_does_not_take_the_clause_before(coder: Coder) -> None:
    """"…, just as its energy plan says nothing about …": "nothing about X" is what the plan says; the clause the
    "just as" compares it with is the writer's, not a report the verb stands aside from."""
    text = ("The party's health plan barely touches drug prices, just as its energy plan says nothing about cutting "
            "coal subsidies.")
    q = speaks(coder, text, "coal subsidies", "energy plan")
    assert all("drug prices" not in text[s:e] for s, e in q.contents)


# ---- what the reporter adds around an object: a date, a means, an addressee, background -----------------
@pytest.mark.parametrize(("text", "needle", "speaker", "left_out"), [
    ("Governor Ana Ruiz, who endorsed the mayor on Thursday, will campaign with her next week.",
     "the mayor", "who", "Thursday"),
    ("The union voiced support for the transit bill last week.", "support for the transit bill", "union", "week"),
    ("After its account was closed, the militia taunted the company by opening a new one.",
     "the company", "militia", "opening"),
    ("The state's election chief is reminding the Lopez campaign about the rules on polling places.",
     "the rules on polling places", "election chief", "Lopez campaign"),
])
def test_date_means_and_addressee_are_no_part_of_an_object_content(coder: Coder, text: str, needle: str,
                                                                  speaker: str, left_out: str) -> None:
    """The verb's date ("on Thursday"), its means ("by opening …") and, for a verb that addresses someone, the
    person addressed ("reminding the campaign about …") say when, how and to whom, not what was said."""
    q = speaks(coder, text, needle, speaker)
    assert left_out not in q.text


@pytest.mark.parametrize(("text", "needle", "left_out"), [
    ("Officials said the senator had won over the committee, which has not passed a budget since 2019.",
     "won over the committee", "since 2019"),
    ("The pastor does not plan to back the candidate from his pulpit, which would break the church's tax rules.",
     "to back the candidate", ""),
])
def test_a_which_clause_closing_a_report_is_background(coder: Coder, text: str, needle: str, left_out: str) -> None:
    """", which has not passed a budget since 2019" tells the reader about the committee: the writer's background.
    A forecast (", which would break …") may be the speaker's claim and stays."""
    q = one(coder, text, needle)
    if left_out:
        assert left_out not in q.text
    else:
        assert "tax rules" in q.text
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "title"), [
    ("On NBC’s “Evening Report with Dana Hale,” while talking about the strike, the mayor said the city would not "
     "bend.", "would not bend", "Evening Report"),
    ("“The Long Night of the Republic” author Ruth Mendel spoke about her years as a war reporter.",
     "her years as a war reporter", "Long Night"),
    ("“We will not back down,” the governor said in an interview with “Sunday Morning Politics.”",
     "We will not back down", "Sunday Morning"),
])
def test_a_quoted_name_in_title_case_is_said_by_no_one(coder: Coder, text: str, needle: str, title: str) -> None:
    """A show, a book or a campaign named in quote marks beside a cue is not what the speaker said."""
    q = one(coder, text, needle)
    assert title not in q.text
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "title"), [
    ("The comedian spoke about the sudden end of his late night show “Laughs After Dark.”", "sudden end",
     "Laughs After Dark"),
    ("“The ministry is no longer about “Justice For All” at all,” the senator said.", "no longer about",
     "Justice For All"),
])
def test_a_title_the_content_runs_into_stays(coder: Coder, text: str, needle: str, title: str) -> None:
    """"spoke about his show “Laughs After Dark”": the name completes what was said."""
    q = one(coder, text, needle)
    assert title in q.text
    check_spans(text, q)



@pytest.mark.parametrize(("text", "needle"), [
    ("At the dinner the senator had one message: “Repeal The Tax.”", "Repeal The Tax"),
    ("At the convention he could not bring himself to utter: ''Maria Delgado.''", "Maria Delgado"),
])
def test_title_case_words_given_out_are_still_said(coder: Coder, text: str, needle: str) -> None:
    """After a colon title-case words are an utterance, not a work's name."""
    assert any(needle in q.text for q in quotes(coder, text))
