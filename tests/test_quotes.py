"""Quotes and their speakers: hand-written sentences for each behaviour, plus robustness properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.extract.actors import DocActors
from newsevents.extract.quotes import RawQuote, extract_quotes, paragraphs, quote_spans
from newsevents.nlp.loader import plain_spaces
from newsevents.pipeline import Coder


def quotes(coder: Coder, text: str) -> list[RawQuote]:
    doc = coder.nlp(text)
    return extract_quotes(doc, DocActors(doc, coder.matcher, coder.lexicon, None))


def one(coder: Coder, text: str, needle: str) -> RawQuote:
    """The quote whose content holds ``needle``."""
    found = [q for q in quotes(coder, text) if any(needle in text[s:e] for s, e in q.contents)]
    assert found, f"no quote with {needle!r} in {quotes(coder, text)}"
    return found[0]


def speaks(coder: Coder, text: str, needle: str, speaker: str) -> RawQuote:
    """The quote whose content holds ``needle``, checked to name ``speaker`` and to have sound spans."""
    q = one(coder, text, needle)
    assert q.speaker_text is not None and speaker in q.speaker_text
    check_spans(text, q)
    return q


def check_spans(text: str, q: RawQuote) -> None:
    text = plain_spaces(text)  # the parser reads a no-break space as a space, and quotes give it as one
    assert 0 <= q.start < q.end <= len(text)
    assert q.text == text[q.start : q.end]
    for s, e in q.contents:
        assert q.start <= s < e <= q.end
    if q.speaker_start is not None and q.speaker_end is not None:
        assert 0 <= q.speaker_start < q.speaker_end <= len(text)
        assert q.speaker_text == text[q.speaker_start : q.speaker_end]
    if q.cue_start is not None and q.cue_end is not None:
        assert q.cue == text[q.cue_start : q.cue_end]


# ---- quote marks ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said "we are ready" and left.', ["we are ready"]),
        ("“We are ready,” she said.", ["We are ready,"]),
        ("''We are ready,'' she said.", ["We are ready,"]),
        ("«Nous sommes prêts», a-t-elle dit.", ["Nous sommes prêts"]),
        ("“We are ready,“ she said, mixing up her marks.", ["We are ready,"]),
        ("“An opening mark that never closes\n\nNext paragraph.", ["An opening mark that never closes"]),
        ('A 12" pipe burst.', []),
        ('<tweet author="someone">text</tweet> and "real words" here', ["real words"]),
    ],
)
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in quote_spans(text)] == expected


def test_paragraphs_ignore_hard_wraps() -> None:
    text = "A sentence that wraps\nonto the next line.\n\nA new paragraph.\nAnother one."
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "A sentence that wraps\nonto the next line.", "A new paragraph.", "Another one."]


def test_a_short_unpunctuated_line_before_a_capital_is_a_heading() -> None:
    """A wrapped line runs to the margin; a short one without a stop, over a capitalised line, heads what follows."""
    wrapped = ("The committee said on Tuesday that the new harbour wall would be finished well before the\n"
               "Winter storms arrive.")
    assert len(paragraphs(wrapped)) == 1
    text = "Ana Ruiz, 47\nRuiz, a nurse from Valencia, was flying home to see her father, the regional paper reports."
    assert [text[s:e] for s, e in paragraphs(text)] == ["Ana Ruiz, 47", text.split("\n")[1]]


def test_a_heading_is_not_the_content_of_the_report_under_it(coder: Coder) -> None:
    text = ("Passengers on the ferry\n\nAna Ruiz, 47\nRuiz, a nurse from Valencia, had worked at the city hospital for "
            "20 years, the Spanish newspaper El Pais reports.")
    q = speaks(coder, text, "a nurse from Valencia", "newspaper")
    assert all("47" not in text[s:e] for s, e in q.contents)


# ---- direct quotes -------------------------------------------------------------------------------
def test_direct_straight_marks_speaker_after(coder: Coder) -> None:
    text = '"We will rebuild the bridge before the rains come," Mayor Ana Lopez said.'
    q = one(coder, text, "rebuild the bridge")
    assert q.kind == "direct"
    assert q.speaker_text is not None and "Lopez" in q.speaker_text
    assert q.cue == "said"


def test_direct_curly_marks_said_x(coder: Coder) -> None:
    text = "“Our hospitals need more doctors,” said Dr. Amina Yusuf."
    q = one(coder, text, "more doctors")
    assert q.kind == "direct"
    assert q.speaker_text is not None and "Yusuf" in q.speaker_text


def test_direct_nyt_double_apostrophes(coder: Coder) -> None:
    text = "''The harvest was the worst in a decade,'' the farmer told reporters."
    q = one(coder, text, "harvest was the worst")
    assert q.kind == "direct"
    assert q.speaker_text is not None and "farmer" in q.speaker_text
    assert q.cue is not None and "told" in q.cue


def test_multi_sentence_quote_is_one(coder: Coder) -> None:
    text = "“The vote was fair. We accept the result and we will serve,” said Governor Tom Reyes."
    q = one(coder, text, "The vote was fair")
    assert any("We accept the result" in text[s:e] for s, e in q.contents)
    assert q.speaker_text is not None and "Reyes" in q.speaker_text


def test_quote_interrupted_by_cue_joins_both_halves(coder: Coder) -> None:
    text = "“The strike will go on,” the union leader said. “Nobody returns to work until wages rise.”"
    q = one(coder, text, "strike will go on")
    assert len(q.contents) == 2
    assert "Nobody returns to work" in text[q.contents[1][0] : q.contents[1][1]]


def test_continued_paragraph_without_closing_mark(coder: Coder) -> None:
    text = (
        "“We will not leave this square until our demands are met,” said Karim Nasser, a student leader. "
        "“The government has ignored us for too long.\n\n"
        "“We are prepared to stay here all winter.”"
    )
    q = one(coder, text, "prepared to stay here")
    assert q.speaker_text is not None and "Nasser" in q.speaker_text


def test_colon_introduces_quote(coder: Coder) -> None:
    text = "The ministry released a short statement:\n\n“The border crossing will reopen at dawn on Friday.”"
    q = one(coder, text, "border crossing will reopen")
    assert q.speaker_text is not None and "ministry" in q.speaker_text


def test_scare_quotes_are_not_speech(coder: Coder) -> None:
    text = "The so-called “peace dividend” never arrived in the valley."
    assert not any("peace dividend" in q.text for q in quotes(coder, text))


# ---- partial and indirect ------------------------------------------------------------------------
def test_partial_quote(coder: Coder) -> None:
    text = 'The rebel commander promised "severe revenge" for the attack on his village.'
    q = one(coder, text, "severe revenge")
    assert q.kind == "partial"
    assert q.speaker_text is not None and "commander" in q.speaker_text


def test_indirect_said_that(coder: Coder) -> None:
    text = "The interior minister said that the border would reopen on Monday."
    q = one(coder, text, "the border would reopen")
    assert q.kind == "indirect"
    assert q.speaker_text is not None and "minister" in q.speaker_text


def test_indirect_according_to(coder: Coder) -> None:
    text = "According to local officials, at least twelve people were injured in the blast."
    q = one(coder, text, "twelve people were injured")
    assert q.kind == "indirect"
    assert q.cue == "according to" or (q.cue is not None and q.cue.lower().startswith("according"))
    assert q.speaker_text is not None and "officials" in q.speaker_text


def test_speaker_inside_with_relative_clause(coder: Coder) -> None:
    text = "The party chairman, who spoke at a rally in the capital, said the coalition would hold."
    q = one(coder, text, "coalition would hold")
    assert q.speaker_text is not None and "chairman" in q.speaker_text


def test_who_clause_speaker_resolves_to_its_noun(coder: Coder) -> None:
    text = "The plan was defended by Elena Park, who insisted that the costs were modest."
    q = one(coder, text, "costs were modest")
    assert q.speaker_text == "who"
    assert q.speaker_name is not None and "Park" in q.speaker_name
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert text[q.speaker_ref_start : q.speaker_ref_end] == "Elena Park"


def test_nested_report_is_one_attribution(coder: Coder) -> None:
    text = "Aides said the senator believes the deal is dead."
    qs = quotes(coder, text)
    assert len(qs) == 1
    assert qs[0].speaker_text == "Aides"


# ---- cue lexicon ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "speaker", "needle"),
    [
        ("The general warned that any attack on the base would be answered.", "warned", "general", "any attack"),
        ("The senator urged voters to stay calm during the count.", "urged", "senator", "stay calm"),
        ("Rebel leaders vowed to keep fighting until the spring.", "vowed", "leaders", "keep fighting"),
        ("The court declared that the election was invalid.", "declared", "court", "election was invalid"),
        ("The ministry announced that fuel prices would rise next month.", "announced", "ministry", "fuel prices"),
        ('Protesters chanted "Down with the regime" outside the embassy.', "chanted", "Protesters", "Down with"),
        ("The opposition leader called the budget a disaster for farmers.", "called", "leader", "budget"),
        ("The mayor criticized the police response as slow and chaotic.", "criticized", "mayor", "police response"),
        ("Union officials told reporters that the strike would continue.", "told", "officials", "strike would"),
    ],
)
def test_cue_lexicon(coder: Coder, text: str, cue: str, speaker: str, needle: str) -> None:
    q = one(coder, text, needle)
    assert q.cue is not None and cue in q.cue
    assert q.speaker_text is not None and speaker in q.speaker_text


def test_collective_speaker(coder: Coder) -> None:
    text = 'Thousands of protesters chanted "We want bread" in the main square.'
    q = one(coder, text, "We want bread")
    assert q.speaker is not None
    assert q.speaker.kind in {"group", "agent"} or q.speaker.plural


# ---- pronouns ------------------------------------------------------------------------------------
def test_pronoun_speaker_resolved_to_nearest_person(coder: Coder) -> None:
    text = 'Governor Maria Chen visited the flooded town on Tuesday. "We will rebuild every home," she said.'
    q = one(coder, text, "rebuild every home")
    assert q.speaker_text == "she"
    assert q.speaker_name is not None and "Chen" in q.speaker_name
    assert q.speaker is not None and "Chen" in q.speaker.rule


def test_pronoun_speaker_with_known_actor(coder: Coder) -> None:
    text = "France closed its embassy on Monday. It said the decision was temporary."
    q = one(coder, text, "decision was temporary")
    assert q.speaker_text == "It"
    assert q.speaker is not None and q.speaker.code.startswith("FRA")
    assert q.speaker_ref_start is not None and q.speaker_ref_end is not None
    assert text[q.speaker_ref_start : q.speaker_ref_end] == "France"


def test_passive_agent_is_the_speaker(coder: Coder) -> None:
    text = "The new tariff was criticized by the farmers' union as a betrayal."
    q = one(coder, text, "tariff")
    assert q.speaker_text is not None and "union" in q.speaker_text


def test_according_to_frames_a_reported_quote(coder: Coder) -> None:
    text = "“We will not attend the summit,” the president said, according to state television."
    qs = [q for q in quotes(coder, text) if "not attend the summit" in q.text]
    assert len(qs) == 1  # one attribution owns the quoted words


# ---- speakers that cannot speak, and structures the parser gets wrong ------------------------------
def test_participle_in_reported_clause_belongs_to_the_reporter(coder: Coder) -> None:
    text = ("Prime Minister Adel Abdel Mahdi said that the strike was a “flagrant violation” of the accord, "
            "warning it would “spark a devastating war in Iraq.”")
    q = one(coder, text, "devastating war")
    assert q.speaker_text is not None and "Mahdi" in q.speaker_text


def test_relative_clause_after_infinitive_is_not_content(coder: Coder) -> None:
    text = "A furious Iran threatened to avenge a US strike yesterday that killed a top Iranian commander."
    q = one(coder, text, "avenge")
    assert "killed" not in q.text


def test_appointing_is_not_reporting(coder: Coder) -> None:
    text = "Khamenei swiftly named Esmail Qaani to replace him."
    assert not [q for q in quotes(coder, text) if "replace" in q.text]


def test_short_quote_announced_by_colon(coder: Coder) -> None:
    text = "Tens of thousands of Iranians took to the streets chanting: “Death to America” and waving flags."
    q = one(coder, text, "Death to America")
    assert "streets" not in q.text
    assert q.speaker_text is not None and "Iranians" in q.speaker_text


def test_object_content_runs_to_the_end_of_its_clause(coder: Coder) -> None:
    text = "Roberts spoke of the legacy of racism, and how the fight for justice flowed through the courts."
    q = one(coder, text, "legacy of racism")
    assert "fight for justice" in q.text


def test_pointed_out_reports(coder: Coder) -> None:
    q = one(coder, "The adviser pointed out that hurricanes rarely hit the islands.", "hurricanes")
    assert q.speaker_text is not None and "adviser" in q.speaker_text


def test_reported_clause_after_a_time_phrase(coder: Coder) -> None:
    q = one(coder, "Trump said after the convention he would not accept the endorsement.", "not accept")
    assert q.speaker_text == "Trump"


def test_transcript_turns_inside_quote_marks(coder: Coder) -> None:
    text = ("\"WALLACE: If I may, sir, we have limited time. Will Gennifer Flowers be there?\n\n"
            "\"PENCE: Gennifer Flowers will not be attending the debate. That was a joke.\n")
    w = one(coder, text, "Will Gennifer Flowers be there")
    assert w.speaker_text == "WALLACE" and "If I may" in w.text
    p = one(coder, text, "That was a joke")
    assert p.speaker_text == "PENCE"


def test_quote_signed_with_a_dash(coder: Coder) -> None:
    text = ("“He can’t answer a question without scaring people first.” ― Esther Tapia\n"
            "“Maybe we can build a wall around him.”― Steve Quinlan.\n")
    assert one(coder, text, "scaring people").speaker_text == "Esther Tapia"
    assert one(coder, text, "build a wall").speaker_text == "Steve Quinlan"


def test_speech_act_noun_with_that_clause(coder: Coder) -> None:
    text = "Trump's claim that thousands of people had celebrated in the streets drew scorn."
    q = one(coder, text, "thousands of people")
    assert q.speaker_text == "Trump"


def test_support_for_names_no_statement(coder: Coder) -> None:
    text = "Her support for the trade deal cost her votes in Ohio."
    assert not [q for q in quotes(coder, text) if "trade deal" in q.text]


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        ("Senator Ana Ruiz is confident that the bill will pass next week.", "bill will pass", "Senator Ana Ruiz"),
        ("Local farmers have been critical of the new water rules.", "new water rules", "Local farmers"),
        ("The governor made clear that she would veto the budget.", "veto the budget", "The governor"),
    ],
)
def test_attitude_adjectives_attribute_their_clause(coder: Coder, text: str, needle: str, speaker: str) -> None:
    q = one(coder, text, needle)
    assert q.speaker_text == speaker


def test_siding_verbs_take_a_pronoun_object(coder: Coder) -> None:
    text = "The teachers union endorsed her in March, and most nurses support her too."
    q = one(coder, text, "her")
    assert q.speaker_text is not None and "union" in q.speaker_text


def test_attack_is_criticism_only_when_aimed_at_someone(coder: Coder) -> None:
    assert one(coder, "Cruz attacked Trump for his remarks on trade.", "his remarks").speaker_text == "Cruz"
    assert not [q for q in quotes(coder, "Rebels attacked a checkpoint near the border.") if "checkpoint" in q.text]


def test_light_verb_nouns_report_their_object(coder: Coder) -> None:
    text = "The mayor made the case for a new stadium at the council meeting."
    q = one(coder, text, "new stadium")
    assert q.speaker_text == "The mayor"


def test_according_to_at_the_end_covers_the_sentence(coder: Coder) -> None:
    text = "Right now, Clinton is 439 delegates short of the nomination, according to the Associated Press."
    q = one(coder, text, "delegates short")
    assert "Right now" in q.text


@pytest.mark.parametrize("label", ["CLARIFICATION", "Iowa", "Q", "Times' Ben Sisario", "The Latest"])
def test_section_labels_before_a_colon_are_no_speakers(coder: Coder, label: str) -> None:
    text = f"{label}: The first sentence of this report has been changed to reflect the vote.\n"
    assert not [q for q in quotes(coder, text) if q.cue == ":"]


# ---- robustness ----------------------------------------------------------------------------------
MARKS = st.sampled_from(['"', "“", "”", "''", "«", "»", "„", "\n", "\n\n", " ", ",", ".", ":"])
WORDS = st.sampled_from(["said", "he", "Ana", "told", "the", "minister", "we", "will", "win", "that", "according", "to"])
TEXTS = st.lists(st.one_of(MARKS, WORDS, st.text(max_size=4)), max_size=40).map(" ".join)


@given(TEXTS)
def test_quote_spans_never_raise_and_stay_in_bounds(text: str) -> None:
    for s, e in quote_spans(text):
        assert 0 <= s < e <= len(text)
        assert text[s:e].strip() == text[s:e]


@settings(max_examples=40)
@given(TEXTS)
def test_extract_quotes_never_raises(coder: Coder, text: str) -> None:
    for q in quotes(coder, text):
        check_spans(text, q)


def test_spans_slice_the_text(coder: Coder) -> None:
    text = (
        "“We are not afraid,” said the spokesman, who asked not to be named. \"The talks\n\n"
        "continue, according to diplomats, and Ana told us: ''Nothing is agreed.''"
    )
    for q in quotes(coder, text):
        check_spans(text, q)


def test_a_wholly_quoted_statement_is_given_without_its_marks(coder: Coder) -> None:
    text = "“We will not tolerate this,” said President Donald Trump. He spoke of “a very bad day” for the region."
    got = quotes(coder, text)
    direct = next(q for q in got if q.kind == "direct")
    assert direct.text == "We will not tolerate this" and text[direct.start : direct.end] == direct.text
    assert direct.speaker_text and "Trump" in direct.speaker_text
    for q in got:
        check_spans(text, q)


@pytest.mark.parametrize(("text", "needle"), [
    ("It is unclear whether the mayor will run again.", "mayor will run"),  # nobody says it
    ("Smith was asked about the missing emails during the hearing.", "missing emails"),  # the asked is not the asker
    ("The deal seems improbable after the latest vote.", "The deal"),  # "seem" is evidential
])
def test_attribution_without_a_source(coder: Coder, text: str, needle: str) -> None:
    assert one(coder, text, needle).speaker_text is None


@pytest.mark.parametrize(("text", "needle"), [
    ("The staff made sure that the doors were locked.", "doors"),  # "make sure" is no attitude
    ("The electoral map favors the incumbent this year.", "incumbent"),  # only someone takes sides
    ("The company continues gaining ground in Asia.", "ground"),  # "continue" reports only after a quote
])
def test_not_an_attribution(coder: Coder, text: str, needle: str) -> None:
    assert not [q for q in quotes(coder, text) if needle in q.text]


# ---- polls, answers, framing phrases, held stances, headlines ----------------------------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("About 4 in 10 say they want the next mayor to cut taxes.", "cut taxes", "10"),  # a share hung on the verb
    ("Most in both counties supported Smith in the spring.", "Smith", "Most"),  # a share takes sides
    ("Less than a third agreed with the governor that taxes would rise.", "taxes would rise", "third"),
    ("And 64 percent call him competent, after 55 percent said so in May.", "so", "55 percent"),  # an answer
    ("Asked if he would run, the mayor said no.", "no", "mayor"),
    ("As the Tribune reported last week, the council never voted on the plan.", "council never voted", "Tribune"),
    ("In a new county poll, Lopez held a 10-point lead over Gray.", "10-point lead", "poll"),
    ("In her view, the council has failed the city.", "council has failed", "her"),
    ("Lopez was upfront about her distaste for the new stadium.", "distaste", "Lopez"),
    ("Lopez took issue with the council's budget.", "budget", "Lopez"),
    ("Gray had strong views on the new tax.", "new tax", "Gray"),
    ("The senator bemoaned the slow pace of the talks.", "slow pace", "senator"),
    ("The teachers are opposed to the new contract.", "new contract", "teachers"),
])
def test_wider_attributions(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


def test_a_title_case_headline_splits_at_its_verb(coder: Coder) -> None:
    text = "Mayor Lopez Slams Council Over Budget Cuts\n\nThe mayor spoke to reporters on Monday."
    q = one(coder, text, "Budget Cuts")
    assert q.speaker_text is not None and "Lopez" in q.speaker_text
    assert q.cue == "Slams"


@pytest.mark.parametrize(("text", "needle"), [
    ("As the company continues to grow, the town is changing fast.", "town is changing"),  # "as X continues"
    ("It is important to remember that the vote is close.", "vote is close"),  # "it" remembers nothing
    ("Lopez is ahead in the polls this week.", "ahead"),  # a standing, not a finding
])
def test_not_a_wider_attribution(coder: Coder, text: str, needle: str) -> None:
    assert not [q for q in quotes(coder, text) if needle in q.text and q.speaker_text]


def test_a_report_after_no_break_spaces_is_found(coder: Coder) -> None:
    """Web copy joins words with no-break spaces; the parser lost the closing report when each was a token."""
    text = "Her brother was a teacher in Lyon,\u00a0French daily Le Monde\u00a0reports."
    q = speaks(coder, text, "a teacher in Lyon", "Le Monde")
    assert q.cue == "reports"
