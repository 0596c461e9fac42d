"""Stop 16 speakers: one subject for a series of verbs the parser split, a speaker set off by commas inside
the sentence ("The trouble, say experts, is …"), "those" described by a participle, and the name after a
dateline. Hand-written sentences only; where the model parses a sentence well, the misparse seen in news
text is built by hand so the rule is exercised."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.extract.actors import DocActors
from newsevents.extract.quotes import RawQuote, extract_quotes
from newsevents.pipeline import Coder
from tests.test_quotes import one, quotes, speaks


def _parsed(coder: Coder, words: list[str], heads: list[int], deps: list[str], tags: list[str],
            pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(coder.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def _by_cue(coder: Coder, doc: Doc, cue: str) -> RawQuote:
    found = [q for q in extract_quotes(doc, DocActors(doc, coder.matcher, coder.lexicon, None)) if q.cue == cue]
    assert found, f"no quote with cue {cue!r}"
    return found[0]


def test_a_verb_hung_on_the_next_one_shares_its_subject(coder: Coder) -> None:
    # "He pledged to act, suggested that the rate was higher.": the parser makes "pledged" the reported clause
    # of "suggested", which is then left without a subject
    words = ["He", "pledged", "to", "act", ",", "suggested", "that", "the", "rate", "was", "higher", "."]
    heads = [1, 5, 3, 1, 5, 5, 9, 8, 9, 5, 9, 5]
    deps = ["nsubj", "ccomp", "aux", "xcomp", "punct", "ROOT", "mark", "det", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["PRP", "VBD", "TO", "VB", ",", "VBD", "IN", "DT", "NN", "VBD", "JJR", "."]
    pos = ["PRON", "VERB", "PART", "VERB", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["he", "pledge", "to", "act", ",", "suggest", "that", "the", "rate", "be", "high", "."]
    doc = _parsed(coder, words, heads, deps, tags, pos, lemmas)
    q = _by_cue(coder, doc, "suggested")
    assert q.speaker_text == "He"
    assert any("rate was higher" in doc.text[s:e] for s, e in q.contents)
    assert not any("pledged" in doc.text[s:e] for s, e in q.contents)
    # a "that" clause before the verb is something reported, not a verb of the series: its subject is no speaker
    doc = _parsed(coder, ["that", *words], [h + 1 for h in [2 - 1, *heads]], ["mark", *deps], ["IN", *tags],
                  ["SCONJ", *pos], ["that", *lemmas])
    found = [q for q in extract_quotes(doc, DocActors(doc, coder.matcher, coder.lexicon, None)) if q.cue == "suggested"]
    assert all(q.speaker_text != "He" for q in found)


def test_conjoined_verbs_share_the_subject_of_an_earlier_one(coder: Coder) -> None:
    # "Rushing ahead, Lee cast the blame on rivals, and opposed the plan.": the parser makes both verbs
    # conjuncts of "Rushing", which has no subject; "cast" has one
    words = ["Rushing", "ahead", ",", "Lee", "cast", "the", "blame", "on", "rivals", ",", "and", "opposed", "the",
             "plan", "."]
    heads = [0, 0, 0, 4, 0, 6, 4, 4, 7, 4, 0, 0, 13, 11, 0]
    deps = ["ROOT", "advmod", "punct", "nsubj", "conj", "det", "dobj", "prep", "pobj", "punct", "cc", "conj", "det",
            "dobj", "punct"]
    tags = ["VBG", "RB", ",", "NNP", "VBD", "DT", "NN", "IN", "NNS", ",", "CC", "VBD", "DT", "NN", "."]
    pos = ["VERB", "ADV", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "CCONJ", "VERB", "DET",
           "NOUN", "PUNCT"]
    lemmas = ["rush", "ahead", ",", "Lee", "cast", "the", "blame", "on", "rival", ",", "and", "oppose", "the",
              "plan", "."]
    doc = _parsed(coder, words, heads, deps, tags, pos, lemmas)
    assert _by_cue(coder, doc, "opposed").speaker_text == "Lee"


def test_a_speaker_set_off_by_commas_inside_the_sentence(coder: Coder) -> None:
    text = "The real danger, say engineers like Tom Brandt, a bridge inspector, is the rust inside the cables."
    q = speaks(coder, text, "rust inside the cables", "engineers")
    assert any("The real danger" in text[s:e] for s, e in q.contents)
    text = "The biggest risk, said Maria Lenz, an economist at the bank, would be a sudden rise in rates."
    q = speaks(coder, text, "sudden rise in rates", "Lenz")
    assert any("The biggest risk" in text[s:e] for s, e in q.contents)


@pytest.mark.parametrize(("text", "content", "speaker", "not_speaker"), [
    # "those describing themselves as …": the participle's own doers
    ("Mendez leads among those describing themselves as moderates.", "themselves as moderates", "those", "Mendez"),
    # "took turns praising": the parser hangs the participle on "turns"; the governors praise
    ("The two governors took turns praising the rescue crews.", "the rescue crews", "governors", "turns"),
    # those "left wondering" do the wondering, not what left them so
    ("The sudden ruling has left many farmers wondering whether the subsidies will return.",
     "subsidies will return", "farmers", "ruling"),
])
def test_a_participle_belongs_to_its_doers(coder: Coder, text: str, content: str, speaker: str,
                                           not_speaker: str) -> None:
    q = speaks(coder, text, content, speaker)
    assert q.speaker_text is not None and not_speaker not in q.speaker_text


def test_the_name_after_a_dateline_speaks(coder: Coder) -> None:
    text = "Chicago (AFP) – Mayor Lori Dunn on Tuesday hit the road with her rivals, accusing them of ignoring the city."
    q = speaks(coder, text, "ignoring the city", "Dunn")
    assert q.speaker_text is not None and "Chicago" not in q.speaker_text
    # a country opening the sentence before an aside in dashes is no dateline
    speaks(coder, "France and its allies – including Britain – want the talks to resume soon.", "talks to resume",
           "France")


def test_a_claim_from_someone_is_theirs(coder: Coder) -> None:
    # "It was an allegation from his aide that Lee lied.": "from" names the source even when it is a singular
    # noun like "aide" or "counterpart"
    words = ["It", "was", "an", "allegation", "from", "his", "aide", "that", "Lee", "lied", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 9, 9, 3, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "poss", "pobj", "mark", "nsubj", "acl", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "IN", "PRP$", "NN", "IN", "NNP", "VBD", "."]
    pos = ["PRON", "AUX", "DET", "NOUN", "ADP", "PRON", "NOUN", "SCONJ", "PROPN", "VERB", "PUNCT"]
    lemmas = ["it", "be", "an", "allegation", "from", "his", "aide", "that", "Lee", "lie", "."]
    doc = _parsed(coder, words, heads, deps, tags, pos, lemmas)
    found = [q for q in extract_quotes(doc, DocActors(doc, coder.matcher, coder.lexicon, None))
             if any("Lee lied" in doc.text[s:e] for s, e in q.contents)]
    assert found and found[0].speaker_text is not None and "aide" in found[0].speaker_text


def test_party_and_state_in_brackets_after_the_name(coder: Coder) -> None:
    text = "At a town hall in Salem, Oregon, Sen. Ann Reyes (D-Ore.) criticized the new pipeline."
    speaks(coder, text, "the new pipeline", "Reyes")


def test_an_active_verb_with_no_doer_attributes_nothing(coder: Coder) -> None:
    # a headline or a misparse: nobody to give the judgement to, so no attribution at all
    assert not [q for q in quotes(coder, "Also criticized the new rules as unfair and costly.") if q.cue == "criticized"]
    # an imperative addresses the reader and stays, without a speaker
    q = one(coder, "Imagine that the bridge collapses tomorrow.", "bridge collapses")
    assert q.speaker_text is None
