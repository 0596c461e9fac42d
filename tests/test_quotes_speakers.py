"""Speakers: who says what — things that speak for their publisher, bodies, pronouns and the names they
stand for, speakers the parser misplaces. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.extract.quotes import extract_quotes
from newsevents.pipeline import Coder
from tests.test_quotes import check_spans, one, quotes, speaks


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # an ad or a set of figures someone releases speaks for them, not for itself
    ("The mayor is releasing a new ad that urges voters to reject the tax.", "reject the tax", "The mayor"),
    ("The council passed a resolution that condemns the attack on the mosque.", "the attack", "The council"),
    # plural carriers too, though a plural noun could speak ("voters who urge" would)
    ("The senator is running radio ads that urge farmers to oppose the pipeline.", "oppose the pipeline", "The senator"),
    ("The governor's platform includes planks that call for a higher minimum wage.", "a higher minimum wage",
     "The governor's platform"),
])
def test_thing_relative_speaks_for_its_publisher(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """A relative "that" on a released thing hands the words to whoever released it."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


def test_relative_on_people_stays_with_them(coder: Coder) -> None:
    """People named by the object noun speak for themselves: "activists who urge" keeps the activists."""
    text = "The mayor met activists who urge voters to reject the tax."
    q = one(coder, text, "reject the tax")
    assert q.speaker_text == "who"
    assert q.speaker_name is not None and "activists" in q.speaker_name
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "binder"), [
    ("The farmers renewed their calls for lower fuel taxes.", "lower fuel taxes", "farmers"),
    ("Marta Quinlan has stepped up her attacks on the mayor.", "the mayor", "Marta Quinlan"),
])
def test_possessive_speaker_is_bound_to_the_subject(coder: Coder, text: str, needle: str, binder: str) -> None:
    """"The farmers renewed their calls for …": the possessive stands for the clause's subject."""
    full = "Tom Brody spoke first. " + text
    q = one(coder, full, needle)
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert binder in full[q.speaker_ref_start : q.speaker_ref_end]
    assert q.speaker_name is not None and binder.split()[-1] in q.speaker_name
    check_spans(full, q)


def test_possessive_needs_an_agreeing_subject(coder: Coder) -> None:
    """"She criticized his plan": a "his" is not the "she" of its clause."""
    text = "Tom Brody spoke first. She criticized his plan to close the clinic."
    for q in quotes(coder, text):
        if q.speaker_text == "his" and q.speaker_ref_start is not None:
            assert text[q.speaker_ref_start : q.speaker_ref_end] != "She"


@pytest.mark.parametrize("frame", ["words", "eyes", "view"])
def test_opinion_framed_by_its_holder(coder: Coder, frame: str) -> None:
    """"In her words, …", "In her eyes, …": the frame noun is compared by lemma, plural or not."""
    text = f"In her {frame}, the new bridge was a costly mistake."
    q = one(coder, text, "costly mistake")
    assert q.speaker_text == "her"
    check_spans(text, q)


# ---- one table: speakers the parser misplaces, groups named by a pronoun, bodies, a participle's doer ----
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # the subject before an aside the parser hung it on
    ("Gray, speaking at a rally in Dayton, Ohio, did not mention the mayor.", "the mayor", "Gray"),
    # object control: the members are the ones to recognize
    ("The new rules would require council members to recognize that the budget is short.", "budget is short",
     "council members"),
    # a short quote that opens the sentence, closed by a comma, before the speaker and the cue
    ("“Because we can,” Lopez said at the rally.", "Because we can", "Lopez"),
    ("Both of the state's senators strongly supported the treaty.", "the treaty", "Both"),
    ("Those who fish for a living oppose the new quota.", "the new quota", "Those"),
    # a participle on the body the money went to: the body backs, not the donors
    ("Wealthy donors gave $25 million last month to an outside group backing the governor.", "the governor",
     "an outside group"),
    ("The banker had given $3 million to a group supporting the senator's campaign.", "senator's campaign", "a group"),
    # the body as the subject of a verb that warns
    ("This is exactly the kind of change the party warned about in its report.", "the kind of change", "the party"),
    ("But Mrs. Okafor, who was distracted while saying goodbye to the previous guest, was not as friendly.",
     "goodbye", "who"),
    ("Since her speech in May, she's tacked to the left on energy, criticizing the pipeline and calling for limits on "
     "drilling.", "the pipeline", "she"),
])
def test_speaks(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # the parser may take the infinitive for a purpose clause; after these verbs the object still does it
    ("The mayor sent her aide to ask shoppers whether the market should stay open.", "the market should stay open",
     "her aide"),
    ("The sudden resignation led some to speculate that the board had forced him out.", "forced him out", "some"),
    ("The drought drove thousands of farmers to demand that the government cut water prices.", "cut water prices",
     "thousands of farmers"),
    # "pressure on X to …": the one pressed
    ("The poor results put pressure on the candidate to explain why the schools had failed.", "the schools had failed",
     "the candidate"),
])
def test_object_controls_the_infinitive(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"sent a reporter to ask …", "led some to speculate …": the object, not the subject, asks or speculates."""
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize(("text", "content", "speaker", "not_speaker"), [
    # "those describing themselves as …": the participle's own doers
    ("Mendez leads among those describing themselves as moderates.", "themselves as moderates", "those", "Mendez"),
    # "took turns praising": the parser hangs the participle on "turns"; the governors praise
    ("The two governors took turns praising the rescue crews.", "the rescue crews", "governors", "turns"),
    # those "left wondering" do the wondering, not what left them so
    ("The sudden ruling has left many farmers wondering whether the subsidies will return.",
     "subsidies will return", "farmers", "ruling"),
    # "with X asking", "the spectacle of X denouncing": the one named right before the gerund does it
    ("The interview ended with Smith asking the senator whether she would run again.",
     "whether she would run again", "Smith", "interview"),
    ("Observers watched the spectacle of Mr. Jones denouncing the treaty before parliament.", "the treaty",
     "Mr. Jones", "spectacle"),
    # a person named by a common noun keeps his own words (the misparse is in test_quotes_misparsed.py)
    ("Smith waits as a maintenance guy walks in front of her, saying he is here to fix the wall.",
     "here to fix the wall", "guy", "Smith"),
])
def test_a_participle_belongs_to_its_doers(coder: Coder, text: str, content: str, speaker: str,
                                           not_speaker: str) -> None:
    q = speaks(coder, text, content, speaker)
    assert q.speaker_text is not None and not_speaker not in q.speaker_text


def test_relative_pronoun_the_parser_left_unattached_is_the_speaker(coder: Coder) -> None:
    """"Mr. Lindqvist, who is … enjoying … and is saying": the clause's "who", standing for Lindqvist, not the name
    (the annotators mark the mention in the clause; the name comes with it as what "who" stands for)."""
    text = ("The ruling pleased the elder Mr. Lindqvist, who is by all accounts enjoying his new role running the "
            "company and is saying he won't rush into picking a successor.")
    q = speaks(coder, text, "picking a successor", "who")
    assert q.speaker_name == "Lindqvist"


def test_a_question_word_after_a_name_is_no_relative(coder: Coder) -> None:
    text = "The host then asked Lindqvist which states specifically he could win."
    assert all(q.speaker_name != "Lindqvist" for q in quotes(coder, text))


def test_adding_after_a_reported_clause_is_the_reporter(coder: Coder) -> None:
    # the parser hangs "adding" on the reported clause, whose subject is a person too
    text = ("The governor told reporters that Mayor Hill had ignored the warnings, adding, "
            "“We will not let this happen again.”")
    q = speaks(coder, text, "let this happen again", "governor")
    assert q.speaker_text is not None and "Hill" not in q.speaker_text


def test_a_speech_participle_after_a_report_is_the_reporters(coder: Coder) -> None:
    # the parser hangs "saying" on the reported clause; its subject is what the report is about, not the speaker
    text = "Even a senior party strategist said Lopez will have to pick a side, saying, “At some point, she must come out.”"
    q = speaks(coder, text, "she must come out", "strategist")
    assert q.speaker_text is not None and "Lopez" not in q.speaker_text


def test_a_capitalised_will_inside_a_sentence_is_a_name(coder: Coder) -> None:
    text = "Instead, Will called for Republicans to back Christie."
    q = speaks(coder, text, "Republicans to back Christie", "Will")
    assert q.cue is not None and "Will" not in q.cue
    # the modal opening a question is no name
    assert all(q.speaker_text != "Will" for q in quotes(coder, "Will voters say the deal is fair? Few expect so."))


def test_a_dashed_aside_between_subject_and_verb_is_skipped(coder: Coder) -> None:
    text = ("On his way out of the race, Mr. Hale - in a line that seemed squarely aimed at Mr. Cole's angry brand of "
            "politics - declared that a leader must serve all corners of the state.")
    q = speaks(coder, text, "must serve all corners", "Hale")
    assert q.speaker_text is not None and "Cole" not in q.speaker_text


def test_an_aside_taken_for_the_reported_clause_gives_the_speaker(coder: Coder) -> None:
    text = "Ms. Varga, meanwhile, who runs the port authority, said the strike had cost millions."
    q = speaks(coder, text, "the strike had cost millions", "Varga")
    assert all("port authority" not in text[s:e] for s, e in q.contents)


def test_a_message_sent_to_people_speaks_for_its_sender(coder: Coder) -> None:
    text = "The senator emailed supporters saying, “The fight goes on.”"
    q = speaks(coder, text, "The fight goes on", "senator")
    assert q.speaker_text is not None and "supporters" not in q.speaker_text


def test_a_speaker_set_off_by_commas_inside_the_sentence(coder: Coder) -> None:
    text = "The real danger, say engineers like Tom Brandt, a bridge inspector, is the rust inside the cables."
    q = speaks(coder, text, "rust inside the cables", "engineers")
    assert any("The real danger" in text[s:e] for s, e in q.contents)
    text = "The biggest risk, said Maria Lenz, an economist at the bank, would be a sudden rise in rates."
    q = speaks(coder, text, "sudden rise in rates", "Lenz")
    assert any("The biggest risk" in text[s:e] for s, e in q.contents)


def test_the_name_after_a_dateline_speaks(coder: Coder) -> None:
    text = "Chicago (AFP) – Mayor Lori Dunn on Tuesday hit the road with her rivals, accusing them of ignoring the city."
    q = speaks(coder, text, "ignoring the city", "Dunn")
    assert q.speaker_text is not None and "Chicago" not in q.speaker_text
    # a country opening the sentence before an aside in dashes is no dateline
    speaks(coder, "France and its allies – including Britain – want the talks to resume soon.", "talks to resume",
           "France")


def test_party_and_state_in_brackets_after_the_name(coder: Coder) -> None:
    text = "At a town hall in Salem, Oregon, Sen. Ann Reyes (D-Ore.) criticized the new pipeline."
    speaks(coder, text, "the new pipeline", "Reyes")


def test_an_active_verb_with_no_doer_attributes_nothing(coder: Coder) -> None:
    # a headline or a misparse: nobody to give the judgement to, so no attribution at all
    assert not [q for q in quotes(coder, "Also criticized the new rules as unfair and costly.") if q.cue == "criticized"]
    # an imperative addresses the reader and stays, without a speaker
    q = one(coder, "Imagine that the bridge collapses tomorrow.", "bridge collapses")
    assert q.speaker_text is None


def test_a_date_the_parser_made_the_subject_is_no_speaker(coder: Coder) -> None:
    text = "Saturday at the county fair Sen. Ada Lopez said the dam was a costly failure."
    speaks(coder, text, "costly failure", "Lopez")
    assert not [q for q in quotes(coder, text) if q.speaker_text == "Saturday"]


def test_colon_after_a_place_and_time_phrase_is_the_subjects(coder: Coder) -> None:
    text = "Lopez tried the line in an interview with a radio station on Tuesday: “The dam is a costly failure.”"
    speaks(coder, text, "costly failure", "Lopez")


# ---- the actor layer is asked without a blanket except -----------------------------------------------
def test_object_relative_speaker_found_through_the_actor_layer(coder: Coder) -> None:
    """"the governor" is no name and no plural: only the actor lookup lets it speak in an object relative."""
    text = "The senate passed the tax plan the governor has criticized for months."
    q = speaks(coder, text, "the tax plan", "the governor")
    assert q.cue is not None and "criticized" in q.cue
    assert quotes(coder, "The senate passed the tax cut the new bill proposed in May.") == []  # a bill is no actor


# ---- pronouns: the person or group they stand for ---------------------------------------------------
def test_she_skips_a_man_for_the_nearest_woman(coder: Coder) -> None:
    """Gender known from the text ("Mr.", "Mrs.") decides which earlier person an unresolved "she" is."""
    text = ("Mrs. Wendeline Okonkwo-Baptiste met Mr. Tobias Vanterpool on Monday. "
            "Later she said the orchard would be sold.")
    q = speaks(coder, text, "orchard would be sold", "she")
    assert q.speaker_name is not None and "Okonkwo-Baptiste" in q.speaker_name


def test_they_after_a_coordination_stands_for_both(coder: Coder) -> None:
    text = "France and Germany signed the accord on Monday. They said the talks would go on next year."
    q = speaks(coder, text, "talks would go on", "They")
    assert q.speaker_name == "France and Germany"
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert text[q.speaker_ref_start : q.speaker_ref_end] == "France and Germany"


# ---- "they" stands for the plural subject before it, people the actor layer does not list ---------
@pytest.mark.parametrize(("text", "needle", "they", "group"), [
    ("The White House welcomed the plan. Several economists met with the minister on Monday. They argued that the "
     "tax would hurt small firms.", "small firms", "They", "Several economists"),
    ("Liberals got angry at the White House because they did not think the deal protected workers.",
     "protected workers", "they", "Liberals"),
])
def test_they_is_the_plural_subject_before_it(coder: Coder, text: str, needle: str, they: str, group: str) -> None:
    q = speaks(coder, text, needle, they)
    assert q.speaker_name == group
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert text[q.speaker_ref_start : q.speaker_ref_end] == group


def test_they_is_not_a_plural_thing(coder: Coder) -> None:
    """"The new figures …, and they suggest …": figures say nothing of their own; "they" keeps its actor."""
    text = "France criticized the report. The new figures arrived on Monday, and they suggest that exports fell."
    q = speaks(coder, text, "exports fell", "they")
    assert q.speaker_name != "The new figures"


@pytest.mark.parametrize(("text", "pronoun", "name"), [
    ("Donald Trump held a rally in Iowa. Mr. Halvorsen, a local farmer, said the crowd was huge. But he added that "
     "“nobody here trusts the polls.”", "he", "Halvorsen"),
    ("Donald Trump held a rally in Iowa. Ms. Ferreira, a local farmer, said the crowd was huge. But she added that "
     "“nobody here trusts the polls.”", "she", "Ferreira"),
])
def test_pronoun_is_the_named_subject_before_it(coder: Coder, text: str, pronoun: str, name: str) -> None:
    q = speaks(coder, text, "nobody here trusts", pronoun)
    assert q.speaker_name is not None and name in q.speaker_name
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert name in text[q.speaker_ref_start : q.speaker_ref_end]


def test_pronoun_skips_a_person_of_the_other_gender_and_quoted_names(coder: Coder) -> None:
    text = ("Donald Trump held a rally in Iowa. Ms. Ferreira said “Mr. Halvorsen is wrong about the crowd.” "
            "But he added that nobody here trusts the polls.")
    q = speaks(coder, text, "nobody here trusts", "he")
    assert q.speaker_name is not None and "Ferreira" not in q.speaker_name and "Halvorsen" not in q.speaker_name


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Senator Ruth Calder was declared the winner in the Ohio and Indiana primaries by news organizations late on "
     "Tuesday.", "the winner", "news organizations"),
    ("The merger was reported in a long article by the Financial Times on Monday.", "The merger", "the Financial Times"),
    ("The plan was criticized in a statement by the teachers' union.", "The plan", "the teachers' union"),
])
def test_passive_doer_in_a_by_phrase_hung_lower(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """A passive cue's "by" phrase that the parser hung on the object or a noun after it still names the doer, and
    leaves what was said."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    assert all(speaker not in text[s:e] for s, e in q.contents)
    check_spans(text, q)


def test_by_phrase_deep_in_the_topic_is_the_nouns(coder: Coder) -> None:
    """"asked about the claim of responsibility for the bombing by a militia": the militia bombed; nobody named asked."""
    text = "The governor was asked about the claim of responsibility for the bombing by a local militia."
    q = one(coder, text, "the bombing")
    assert q.speaker_text != "a local militia"


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("One of the farmers, Lena Marsh, said the drought had ruined her whole crop.", "ruined her whole crop",
     "Lena Marsh"),
    ("The union's president, Carla Ruiz, said the strike would go on until Friday.", "go on until Friday",
     "Carla Ruiz"),
    ("Another delegate, Tomas Berg, told reporters that he would back the governor.", "back the governor",
     "Tomas Berg"),
])
def test_the_name_beside_a_describing_noun_speaks(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"One of the farmers, Lena Marsh, said …": the name in apposition is who spoke, not the noun."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    assert q.speaker_name == speaker
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("One farmer backing Mr. Harlan, Joel Brandt, said the drought had cut his harvest in half.", "cut his harvest",
     "Joel Brandt"),
    ("A spokeswoman for Governor Ellen Marsh, Dana Price, said the budget would be signed Friday.",
     "signed Friday", "Dana Price"),
    ("An aide to Senator Paul Okafor, Rita Vance, told reporters that the vote would slip to June.",
     "slip to June", "Rita Vance"),
])
def test_a_name_after_a_name_renames_the_speaker(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"A spokeswoman for Governor Ellen Marsh, Dana Price, said": the parser hangs the second name on the first,
    but a name does not rename a name; it names the spokeswoman."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


def test_a_description_after_a_name_stays_with_the_name(coder: Coder) -> None:
    """"An aide to Senator Paul Okafor, a Democrat from Ohio, said": the description is the senator's; the aide
    is still the one who spoke."""
    text = "An aide to Senator Paul Okafor, a Democrat from Ohio, said the vote would slip to June."
    q = one(coder, text, "slip to June")
    assert q.speaker_text == "An aide"


def test_one_name_of_a_plural_is_not_the_speaker(coder: Coder) -> None:
    """"Two senators, Ann Ford and Bill Kay, said …": both spoke; neither name alone is the speaker."""
    text = "Two senators, Ann Ford and Bill Kay, said the bill was badly flawed."
    q = one(coder, text, "badly flawed")
    assert q.speaker_text is not None and "senators" in q.speaker_text


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The farmers were angered by the ruling and predicted it would ruin the harvest.", "ruin the harvest",
     "The farmers"),
    ("Ms. Varga was praised by the committee and said the award belonged to her staff.", "belonged to her staff",
     "Ms. Varga"),
    # the second verb the parser joined to a reported passive clause is the reporter's
    ("Mayor Ortiz said the decision was made by fire chief Ann Lee and said, “We trust her judgment on safety.”",
     "We trust her judgment", "Mayor Ortiz"),
    ("The minister insisted that the jet was not struck by a missile and said such accusations were “rumours.”",
     "rumours", "The minister"),
])
def test_an_active_verb_joined_to_a_passive_speaks_for_its_subject(coder: Coder, text: str, needle: str,
                                                                    speaker: str) -> None:
    """"X were angered by the ruling and predicted …": those angered predict, not the "by" phrase's doer."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


@pytest.mark.parametrize("text", [
    "It's worth noting that the mayor never signed the contract.",
    "For the party, it means admitting that the governor was right about the budget.",
    "It's easy to call the deal a giveaway and blame the council for it.",
])
def test_a_dummy_it_speaks_for_nobody(coder: Coder, text: str) -> None:
    """"it's worth noting …", "it means admitting …": the "it" stands for nothing that could say anything."""
    assert not any((q.speaker_text or "").lower() == "it" for q in quotes(coder, text))


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The Herald will call you a liar and the Courier will accuse you of fraud.", "fraud", "the Courier"),
    ("The Tribune will call you a traitor and Channel 5 will accuse you of treason.", "treason", "Channel 5"),
    ("Senator Hale backed the bill and Senator Ruiz, as she has before, opposed the measure.", "the measure",
     "Senator Ruiz"),
])
def test_a_second_clause_keeps_its_own_subject(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"X will call you a liar and Y will accuse you …": the parser joins Y to "a liar" and hands the second
    verb X's subject; a finite verb right after "and Y" is Y's."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


# ---- "he" after a sentence reporting what someone else did: the reporter, not the reported ---------
@pytest.mark.parametrize(("text", "cue", "who"), [
    ("In his reply, Mr. Lopez said he had been troubled to learn that Mr. Brandt had made false claims. He went on "
     "to rebut the claims, writing that the paper had been fair.", "writing", "Lopez"),
    ("Mr. Lopez said having Mr. Brandt treat him with respect is a good sign if he wins. ''Brandt does not get along "
     "with the mayor,'' he said on the radio.", "said", "Lopez"),
    # the main clause's subject a pronoun: what it stands for, not the name in the clause below it
    ("Mr. Lopez likes surprises. This year, he rose to the defense of Tom Ellis, the embattled coach, saying Mr. Ellis "
     "should be given a medal. And he even praised the mayor, calling her a fine leader.", "calling", "Lopez"),
])
def test_he_is_the_main_subject_not_one_in_a_reported_clause(coder: Coder, text: str, cue: str, who: str) -> None:
    rules = [q.speaker.rule for q in coder.code_text(text).quotes
             if q.cue == cue and q.speaker is not None and q.speaker.text.lower() == "he"]
    assert rules
    assert all("Brandt" not in r and "Ellis" not in r for r in rules), rules


def test_he_after_a_woman_reporting_is_the_man_in_her_clause(coder: Coder) -> None:
    """The main clause's subject is no antecedent of another gender: "Mrs. Lopez said Mr. Brandt …. He"."""
    text = "Mrs. Lopez said Mr. Brandt had made false claims. He went on to insist that the paper had been unfair."
    found = [q for q in coder.code_text(text).quotes if q.cue is not None and "insist" in q.cue]
    assert found and found[0].speaker is not None and "Brandt" in found[0].speaker.rule


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Portugal and Norway demanded that the talks resume next month.", "the talks resume", "Portugal and Norway"),
    ("The farm lobby and several county officials argued that the levy would hurt growers.", "the levy",
     "The farm lobby and several county officials"),
    ("Union veteran and former welder Ada Lopez said the plant would reopen in May.", "the plant",
     "Union veteran and former welder Ada Lopez"),
])
def test_a_coordinated_speaker_is_the_whole_coordination(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"Portugal and Norway demanded …": both speak; the speaker span is the coordination, not its first part."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


def test_a_described_speaker_is_not_coordinated_with_the_description(coder: Coder) -> None:
    """"Ada Lopez, director of policy at the institute, and a Democrat, said": one person, described twice."""
    text = ("Ada Lopez, senior director of health policy at the Ridge Institute, and a Democrat, said the clinic "
            "would close in June.")
    q = one(coder, text, "the clinic would close")
    assert q.speaker_text == "Ada Lopez"
    check_spans(text, q)


def test_a_fronted_phrase_taken_for_the_subject_yields_the_name_that_closes_it(coder: Coder) -> None:
    """"Of the governor, Brandt, who …, said": the parser makes "Of" the subject; a preposition speaks for no one,
    the name whose phrase ends right before the verb does (not the one inside its relative clause)."""
    text = 'Of the governor, Brandt, who has worked with Ames, said, "He is a fine man."'
    q = one(coder, text, "He is a fine man")
    assert q.speaker_text == "Brandt"
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The trouble began during a rally in the park, when students interrupted the governor, shouting that he had "
     "lied.", "he had lied", "students"),
    ("The first clash came during a speech at the college, when farmers interrupted the senator, shouting that the "
     "plan would ruin them.", "the plan would ruin them", "farmers"),
    # "incident" ends like a doer's noun ("resident", "student") but is a thing
    ("The first incident came during a speech at the college, when students interrupted her speech, shouting "
     "\u201ckeep it open!\u201d", "keep it open", "students"),
])
def test_a_participle_after_a_clause_is_said_by_that_clause_s_subject(coder: Coder, text: str, needle: str,
                                                                      speaker: str) -> None:
    """"The trouble began …, when students interrupted him, shouting …": the parser hangs the participle on the
    main clause, whose subject is a thing; the people in the clause right before the comma shout."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("A lawsuit was filed in March challenging the new voting rules and alleging that the state had purged "
     "thousands of voters.", "the state had purged", "A lawsuit"),
    ("A resolution was introduced last week condemning the raid and demanding that the envoy be recalled.",
     "the envoy be recalled", "A resolution"),
])
def test_a_filed_document_says_what_its_participle_says(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"A lawsuit was filed … alleging …": the participle on the passive tells what the document says; the
    document is the source (no one else in the sentence alleges it)."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a live blog's time stamp on the line above is no part of the name
    ("The vote was close.\n\n___.\n\n12:35 p.m.\n\nTexas Sen. Mark Dillard says he supports the right of state "
     "lawmakers to pass the bill.", "the right of state", "Texas Sen. Mark Dillard"),
    ("The rally ended.\n\n9:30 a.m.\n\nNew Jersey Gov. Ann Pruitt hopes her latest endorsement will give her a boost "
     "on Tuesday.", "latest endorsement", "New Jersey Gov. Ann Pruitt"),
    # nor the subordinator the parser hung on a poll share
    ("Since May, she has gained on other measures. Six in 10 say she is honest, after half said so in the spring "
     "poll.", "so", "half"),
    # nor a list dash the tokenizer glued to the name's first word
    ("POLL ROUNDUP\n\n-Dana Whitfield thinks the polls are wrong about the race. [Blog]", "the polls are wrong",
     "Dana Whitfield"),
])
def test_the_speaker_span_stops_at_a_line_break_and_a_subordinator(coder: Coder, text: str, needle: str,
                                                                  speaker: str) -> None:
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "label"), [
    ("Hartwell: Republicans ‘Raising The White Flag’ To Trump\n\nThe columnist wrote on Sunday.", "Republicans", "Hartwell"),
    ("Hartwell: Democrats ‘Giving Up’ On Senate\n\nThe columnist wrote on Sunday.", "Democrats", "Hartwell"),
    ("Brooks: Rubio Did Well In Debate\n\nThe columnist spoke on Friday.", "Rubio", "Brooks"),
])
def test_headline_label_is_not_coded_from_its_words(coder: Coder, text: str, needle: str, label: str) -> None:
    """"Name: words": the parser hangs the headline's first noun on the label as an apposition; the label's
    speaker is resolved from its own words, not given the code of the party or person the headline is about."""
    q = one(coder, text, needle)
    assert q.speaker_text == label
    assert q.speaker is None or not q.speaker.code


@pytest.mark.parametrize(("text", "needle", "name"), [
    ("Senator Marco Rubio is a first-term lawmaker and a candidate who has promised to repeal the health law.",
     "repeal the health law", "Marco Rubio"),
    ("Vladimir Putin rarely gives interviews and is a leader who has vowed to restore Russian power.",
     "restore Russian power", "Vladimir Putin"),
])
def test_a_who_on_a_predicate_noun_is_the_named_subject(coder: Coder, text: str, needle: str, name: str) -> None:
    """"X is a candidate who has promised …": the relative clause tells what X did; the noun is no one else."""
    q = one(coder, text, needle)
    assert q.speaker is not None and q.speaker.code and name in q.speaker.rule, q.speaker


def test_a_who_on_a_predicate_noun_with_an_unknown_subject_keeps_the_noun(coder: Coder) -> None:
    """An unlisted name has no code; the role the predicate noun gives stays the speaker's."""
    q = one(coder, "Dana Kowalczyk is the county prosecutor who has vowed to reopen the case.", "reopen the case")
    assert q.speaker is not None and "prosecutor" in q.speaker.rule, q.speaker


def test_floating_quantifier_gives_way_to_the_noun_it_counts(coder: Coder) -> None:
    """"Farm leaders — … — both warned": the parser makes "both" a second subject; the noun names the speakers."""
    text = "Two farm leaders — whose unions have long feuded over prices — both warned that the harvest would fail."
    q = one(coder, text, "the harvest would fail")
    assert q.speaker_text is not None and "farm leaders" in q.speaker_text


@pytest.mark.parametrize(("text", "pair"), [
    ("Senators Maria Lopez and John Carter met with the governor on Tuesday. Both said the budget would not pass.",
     "Maria Lopez and John Carter"),
    ("The two ministers spoke by phone on Monday. Both agreed that the talks should continue.", "The two ministers"),
])
def test_bare_both_stands_for_the_pair_named_before(coder: Coder, text: str, pair: str) -> None:
    """A "both" alone is a pronoun for the pair: it keeps its span and names the coordination or plural before it."""
    q = one(coder, text, "the")
    assert q.speaker_text == "Both"
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert pair in text[q.speaker_ref_start : q.speaker_ref_end]


def test_relative_after_a_date_stands_for_the_noun_before_it(coder: Coder) -> None:
    """"released the records in July, which showed …": a date shows nothing; the records do."""
    text = "The clinic released her medical records in July, which showed she was fit to serve."
    q = one(coder, text, "fit to serve")
    assert q.speaker_text == "which"
    assert q.speaker_name is not None and "records" in q.speaker_name


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Farmers marched through the capital, carrying signs saying the drought had ruined them.", "the drought",
     "Farmers"),
    ("The spy agency planted newspaper articles alleging that the rebels had poisoned the wells.", "the rebels",
     "The spy agency"),
])
def test_plural_carriers_speak_for_whoever_ran_them(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"planted articles alleging …": a plural of things that carry words is no speaker, as the singular is not."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # people in the object speak for themselves
    ("Campaign staff met voters demanding lower taxes.", "lower taxes", "voters"),
    # a share of money runs nothing: the ads keep the words
    ("Most of the money went to ads praising the senator's record on jobs.", "record on jobs", "ads"),
])
def test_plural_objects_keep_their_words_when_no_one_ran_them(coder: Coder, text: str, needle: str,
                                                             speaker: str) -> None:
    q = one(coder, text, needle)
    assert q.speaker_text == speaker


def test_he_after_a_speaker_known_by_a_noun_is_that_speaker(coder: Coder) -> None:
    """"…, said a Beirut-based analyst, who … '…,' he said": the analyst, not the leader named further back."""
    text = ("Recep Tayyip Erdogan called on his party to prepare for the vote. Turkey is caught between its two "
            "allies, said a Beirut-based political analyst, who asked not to be named. \"Whatever Ankara decides, "
            "one of them will be angry,\" he said.")
    q = one(coder, text, "one of them will be angry")
    assert q.speaker_name is not None and "analyst" in q.speaker_name, q
    assert q.speaker is not None and "Erdogan" not in q.speaker.rule, q.speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mr. Clinton shook his hand warmly. “It felt like we had patched it up,” Mr. Rogan said. But Mrs. Clinton, who "
     "was busy with another guest, was not as friendly. When she finally noticed Mr. Rogan, her smile faded, he said.",
     "Rogan"),
    ("Mr. Varga shook his hand warmly. “It felt like we had made peace,” Mr. Reilly said. But Mrs. Varga, who was "
     "talking to a donor, was not as friendly. When she finally saw Mr. Reilly, her face fell, he said.", "Reilly"),
])
def test_the_honorific_of_each_mention_gives_its_gender(coder: Coder, text: str, speaker: str) -> None:
    """Where "Mr. X" and "Mrs. X" share a surname, "Mrs. X" is still no antecedent of "he"."""
    doc = coder.nlp(text)
    actors, _ = coder.read_actors(doc, None)
    q = next(q for q in extract_quotes(doc, actors) if "her smile faded" in q.text or "her face fell" in q.text)
    assert q.speaker_text == "he"
    assert q.speaker_name is not None and speaker in q.speaker_name
    check_spans(text, q)


def test_a_name_in_the_speakers_own_words_is_not_the_pronouns_antecedent(coder: Coder) -> None:
    """"“I love Oreos,” he said": a name inside the quoted words (here a thing the tagger took for a person) is
    not who "he" is."""
    text = "“I love Oreos,” he said, “but I will never eat them again.”"
    q = one(coder, text, "never eat them")
    assert q.speaker_text == "he"
    assert q.speaker_name is None or "Oreos" not in q.speaker_name
    check_spans(text, q)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Neither John Kasich nor Marco Rubio has won a state and Cruz strongly suggested they should drop out.",
     "drop out", "Cruz"),
    ("Lopez has lost two races and Adeyemi said he should quit.", "should quit", "Adeyemi"),
])
def test_an_object_the_parser_joined_to_the_next_subject_is_not_the_speaker(coder: Coder, text: str, needle: str,
                                                                          speaker: str) -> None:
    """"has won a state and Cruz suggested": the parser coordinated the object of "won" with the next subject;
    only the conjunct after "and" speaks."""
    q = one(coder, text, needle)
    assert q.speaker_text == speaker
    check_spans(text, q)


def test_a_relative_clause_before_a_colon_describes_the_noun_that_speaks(coder: Coder) -> None:
    """"a headline from the Post, which hits liberals where they live: “…”": the ones who live are not the source."""
    text = ("Consider this new headline from the Washington Post, which hits liberals where they live: “Thefts near the "
            "Capitol change how residents walk home at night.”")
    q = one(coder, text, "Thefts near the Capitol")
    assert q.speaker_text != "they"
    assert q.speaker_name is not None and "Post" in q.speaker_name
    check_spans(text, q)


@pytest.mark.parametrize("text", [
    "Note: Vladimir Putin is an autocrat, serial liar, warmonger and kleptocrat who has repeatedly threatened to "
    "use nuclear weapons.",
    # a stray double space makes the parser read the rest of the list as an apposition to its first noun
    "Note: Vladimir Putin is an autocrat,  serial liar, warmonger and kleptocrat who has repeatedly threatened to "
    "use nuclear weapons.",
])
def test_a_relative_on_a_list_of_predicate_nouns_is_the_subjects(coder: Coder, text: str) -> None:
    """"X is a liar, … and kleptocrat who threatened …": the list describes X; its "who" is X, not a common noun."""
    q = one(coder, text, "nuclear weapons")
    assert q.speaker is not None and q.speaker.code == "RUSGOV", q.speaker


# ---- a dateline or heading before the speaker's name, set off by a dash ------------------------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("TUCSON, Ariz. (AP) — Republican Senate hopeful Mark Ellis says he doesn’t watch football much anymore.",
     "watch football", "Republican Senate hopeful Mark Ellis"),
    ("TURNOUT WILL BE LOW - Pollster Amy Wren: “Nobody expects a crowd in March.”", "Nobody expects", "Pollster Amy Wren"),
])
def test_a_dateline_or_heading_before_a_dash_is_no_part_of_the_speaker(coder: Coder, text: str, needle: str,
                                                                       speaker: str) -> None:
    """Before the head of a noun phrase a dash closes a dateline or a heading; the name starts after it."""
    q = speaks(coder, text, needle, speaker)
    assert q.speaker_text is not None and q.speaker_text.startswith(speaker.split()[0])


def test_a_dash_after_the_head_keeps_the_whole_speaker(coder: Coder) -> None:
    text = "Farm groups — and, above all, the dairy lobby — insisted that the tariff be dropped."
    q = speaks(coder, text, "the tariff be dropped", "Farm groups")
    assert q.speaker_text is not None and q.speaker_text.startswith("Farm groups")


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a participle on the object of a verb whose subject is itself a carrier of words: the object says it
    ("Soon after, the photo turned up in a newspaper column alongside an item suggesting that the mayor had misled "
     "donors.", "misled donors", "an item"),
    ("The old photo later turned up on a website alongside a caption claiming that the senator had lied.", "had lied",
     "a caption"),
    ("The picture ran on the front page with a headline declaring the mayor a fraud.", "a fraud", "a headline"),
    # one who makes or issues the thing still speaks through it
    ("The governor established a policy urging schools to close.", "schools to close", "The governor"),
])
def test_a_participle_on_what_a_carrier_shows(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """A photo or a memo made nothing the clause names: what its object says is the object's own."""
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("But the senator showed no sign of backing down, releasing a statement that, while condemning violence, accused "
     "the party leadership of abusing its power.", "abusing its power", "the senator"),
    ("The mayor answered her critics on Friday, issuing a report that says the new tax raised $40 million.",
     "the new tax raised", "The mayor"),
])
def test_a_thing_relative_under_a_participle_speaks_for_its_publisher(coder: Coder, text: str, needle: str,
                                                                      speaker: str) -> None:
    """"…, releasing a statement that accused …": the participle has no subject of its own; the releaser speaks."""
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The plan could spare the party the spectacle of Mr. Ortega touring the country asking donors for money.",
     "money", "Ortega"),
    ("The deal avoids the awkwardness of Ms. Lind flying around Europe pleading for more time.", "more time", "Lind"),
])
def test_a_participle_on_a_gerund_belongs_to_the_gerunds_doer(coder: Coder, text: str, needle: str,
                                                              speaker: str) -> None:
    """"the spectacle of Mr. Ortega touring the country asking …": the one touring asks, not the plan."""
    speaks(coder, text, needle, speaker)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Pelosi On Budget Deal: ‘This Is A Bad Bargain For Families.’", "Bad Bargain", "Pelosi"),
    ("Fed Chief On Rates: ‘We Will Be Patient.’", "Be Patient", "Fed Chief"),
])
def test_a_headline_names_the_speaker_before_what_he_spoke_on(coder: Coder, text: str, needle: str,
                                                              speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.speaker_text == speaker


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Vote count begins.\n\nLAGOS, Nigeria — Governor Ade Bello's spokesman on Monday said the count was fair.",
     "the count was fair", "spokesman"),
    ("Budget fight.\n\nTALLAHASSEE — State Sen. Ana Ruiz on Friday blasted the budget as reckless.", "the budget",
     "Ruiz"),
])
def test_a_dateline_in_capitals_opening_a_line_is_no_speaker(coder: Coder, text: str, needle: str,
                                                             speaker: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.speaker_text is not None and not any(w.isupper() and len(w) > 3 for w in q.speaker_text.split())


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Ms. Ortiz, a campaign official said on Sunday, is expected to win easily.", "win easily", "a campaign official"),
    ("Lindqvist, a senior aide said, “is very confident about the vote” in the north.", "very confident",
     "a senior aide"),
    # an apposition closed by its comma is the name's own: the name speaks
    ("Lopez, a former mayor, said the city was broke.", "the city was broke", "Lopez"),
])
def test_a_report_set_inside_the_clause_it_reports(coder: Coder, text: str, needle: str, speaker: str) -> None:
    """"Ortiz, a campaign official said, is expected to win": the parser's apposition is the reporter."""
    q = speaks(coder, text, needle, speaker)
    assert q.speaker_text == speaker
