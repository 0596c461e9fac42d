"""The pipeline's own components (newsevents.nlp.loader), on the real spaCy model."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from newsevents.nlp import load_model
from newsevents.nlp.fast import fast_pipeline
from newsevents.nlp.loader import _line_sentence_starts


def _nlp() -> Language:
    return load_model()


def _sents(text: str) -> list[str]:
    return [s.text.strip() for s in fast_pipeline(_nlp())(text).sents]


def _preset(text: str) -> list[str]:
    """The tokens the line-break component marks as sentence starts (the doc's first token aside)."""
    doc = _line_sentence_starts(_nlp().make_doc(text))
    return [t.text for t in doc[1:] if t.is_sent_start]


def test_paragraph_after_an_abbreviation_is_a_new_sentence() -> None:
    text = "Thousands of refugees have already moved into the U.S.\n\nMike Pence added that he would ask Congress for money."
    assert _sents(text)[-1].startswith("Mike Pence added")


def test_line_after_a_final_abbreviation_is_a_new_sentence() -> None:
    text = "The senator said the plan would cost jobs in the U.S.\nJohn Kasich said he would sign the bill."
    assert _sents(text)[-1].startswith("John Kasich said")  # spaCy alone reads one sentence


def test_closing_quote_stays_with_the_paragraph_it_ends() -> None:
    text = 'The officer said the attack "was meant to kill, not to warn."\n\nThe strike comes as the country is in crisis.'
    first, second = _sents(text)
    assert first.endswith('warn."')
    assert second.startswith("The strike")


def test_line_without_final_punctuation_is_left_to_the_parser() -> None:
    assert _preset("Iran vows revenge after strike\nTehran said on Friday it would respond.") == []
    assert _preset("The minister added:\nWe will respond.") == []


def test_blank_line_always_starts_a_sentence() -> None:
    assert _preset("Iran vows revenge after strike\n\nTehran said on Friday it would respond.") == ["Tehran"]


def test_hard_wrapped_text_keeps_its_sentences_across_lines() -> None:
    text = (
        "The foreign minister met Mr.\nSmith in Geneva on Monday and the two men talked about the\n"
        "border dispute for more than an hour, an aide to the minister said, and\n"
        "then they left together for a working lunch in the old town.\n"
    )
    assert _preset(text) == []
    assert _preset("The foreign minister met Mr.\nSmith in Geneva on Monday.") == ["Smith"]


_LINE_TEXT = st.text(alphabet=st.sampled_from(list("ab AB.!?:\"”’)\n\t\u00a0")), max_size=80)


@given(_LINE_TEXT)
def test_line_breaks_never_start_a_sentence_inside_a_line(text: str) -> None:
    doc = _line_sentence_starts(_nlp().make_doc(text))
    for tok in doc[1:]:
        if tok.is_sent_start:
            before = doc[tok.i - 1]
            assert before.is_space and "\n" in before.text and not tok.is_space


def test_a_list_dash_glued_to_a_name_is_its_own_token() -> None:
    """"-Matthew Yglesias thinks": the dash is list punctuation, the name stays a name (one token "-Dana" was read
    as a word, even a sentence, of its own); hyphens inside words and signs of numbers stay."""
    words = [t.text for t in _nlp().make_doc("-Dana Whitfield thinks so. African-Americans agree. It fell to -5.")]
    assert words[:2] == ["-", "Dana"]
    assert "African" in words and "-5" in words


def test_a_no_break_space_is_read_as_a_plain_space() -> None:
    """Web copy puts no-break spaces between words ("Lyon,\u00a0French daily Le Monde\u00a0reports"): spaCy made each a
    whitespace token of its own that the parser hung the clause on. Both paths read it as the space it is, one
    character for one, so every offset still points into the text as given."""
    text = "Her brother was a teacher in Lyon,\u00a0French daily Le Monde\u00a0reports."
    for doc in (_nlp()(text), fast_pipeline(_nlp())(text)):
        assert len(doc.text) == len(text)
        assert not any(t.is_space for t in doc)
        assert [t.text for t in doc] == [t.text for t in _nlp().make_doc(text.replace("\u00a0", " "))]
        reports = next(t for t in doc if t.text == "reports")
        assert text[reports.idx : reports.idx + len(reports)] == "reports"


def test_curly_contractions_get_the_lemmas_of_straight_ones() -> None:
    """The lemmatizer's exceptions know "'m", "'re", "'ve" only with a straight apostrophe; typeset copy
    ("I’m going", "they’re", "we’ve") kept the contraction itself as its lemma."""
    doc = _nlp()("I’m sure they’re tired, but we’ve seen worse and he’ll be back, and he’s going home.")
    lemmas = {t.text: t.lemma_ for t in doc if "\u2019" in t.text}
    assert lemmas == {"’m": "be", "’re": "be", "’ve": "have", "’ll": "will", "’s": "be"}, lemmas


def test_curly_apostrophes_are_tagged_and_parsed_as_straight_ones() -> None:
    """Typeset copy ("Trump’s", "doesn’t") was read as unknown words: "n’t" tagged a noun, the name before "’s" a
    common noun. Both paths now tag and parse it as the straight-apostrophe text, with the text unchanged."""
    curly = "Senator O’Neill’s plan doesn’t work, and he’s angry that they’re late and won’t say so."
    straight = curly.replace("\u2019", "'")
    for nlp in (_nlp(), fast_pipeline(_nlp())):
        a, b = nlp(curly), nlp(straight)
        assert a.text == curly
        assert [(t.tag_, t.dep_, t.head.i) for t in a] == [(t.tag_, t.dep_, t.head.i) for t in b]
