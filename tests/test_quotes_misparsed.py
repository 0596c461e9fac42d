"""Speakers when the parser misreads the sentence: misparses seen in news text, built by hand where the model
parses the written sentence well, so the rule is exercised. Hand-written sentences only."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.extract.actors import DocActors
from newsevents.extract.quotes import RawQuote, _Extractor, _subject, extract_quotes
from newsevents.pipeline import Coder


def _parsed(coder: Coder, words: list[str], heads: list[int], deps: list[str], tags: list[str],
            pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(coder.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def _by_cue(coder: Coder, doc: Doc, cue: str) -> RawQuote:
    found = [q for q in extract_quotes(doc, DocActors(doc, coder.matcher, coder.lexicon, None)) if q.cue == cue]
    assert found, f"no quote with cue {cue!r}"
    return found[0]


def test_a_repeated_said_under_the_reported_clause_is_the_reporter(coder: Coder) -> None:
    # "He said his attacks have given his campaign momentum and said that Ames lost": the second "said"
    # parsed as a conjunct of "given", whose subject "attacks" is a plural and so could speak
    words = ["He", "said", "his", "attacks", "have", "given", "his", "campaign", "momentum", "and", "said",
             "that", "Ames", "lost", "."]
    heads = [1, 1, 3, 5, 5, 1, 7, 8, 5, 5, 5, 13, 13, 10, 1]
    deps = ["nsubj", "ROOT", "poss", "nsubj", "aux", "ccomp", "poss", "compound", "dobj", "cc", "conj", "mark",
            "nsubj", "ccomp", "punct"]
    tags = ["PRP", "VBD", "PRP$", "NNS", "VBP", "VBN", "PRP$", "NN", "NN", "CC", "VBD", "IN", "NNP", "VBD", "."]
    pos = ["PRON", "VERB", "PRON", "NOUN", "AUX", "VERB", "PRON", "NOUN", "NOUN", "CCONJ", "VERB", "SCONJ",
           "PROPN", "VERB", "PUNCT"]
    lemmas = ["he", "say", "his", "attack", "have", "give", "his", "campaign", "momentum", "and", "say", "that",
              "Ames", "lose", "."]
    doc = _parsed(coder, words, heads, deps, tags, pos, lemmas)
    subj = _subject(doc[10])
    assert subj is not None and subj.text == "He"
    # a different verb under the reported clause keeps the clause's own subject
    lemmas[10] = "deny"
    doc = _parsed(coder, words, heads, deps, tags, pos, lemmas)
    subj = _subject(doc[10])
    assert subj is not None and subj.text == "attacks"


def test_the_one_told_is_not_the_speaker(coder: Coder) -> None:
    # "“Yes, I back Lopez,” Reed, head of the League, tells Reuters.": the parser makes Reed an apposition
    # inside the quotation and leaves "tells" without a subject
    words = ["“", "Yes", ",", "I", "back", "Lopez", ",", "”", "Reed", ",", "head", "of", "the", "League", ",",
             "tells", "Reuters", "."]
    heads = [4, 4, 4, 4, 15, 4, 5, 5, 5, 8, 8, 10, 13, 11, 8, 15, 15, 15]
    deps = ["punct", "intj", "punct", "nsubj", "ccomp", "dobj", "punct", "punct", "appos", "punct", "appos", "prep",
            "det", "pobj", "punct", "ROOT", "dobj", "punct"]
    tags = ["``", "UH", ",", "PRP", "VBP", "NNP", ",", "''", "NNP", ",", "NN", "IN", "DT", "NNP", ",", "VBZ",
            "NNP", "."]
    pos = ["PUNCT", "INTJ", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "PUNCT", "PROPN", "PUNCT", "NOUN", "ADP",
           "DET", "PROPN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    lemmas = ["“", "yes", ",", "I", "back", "Lopez", ",", "”", "Reed", ",", "head", "of", "the", "League", ",",
              "tell", "Reuters", "."]
    doc = _parsed(coder, words, heads, deps, tags, pos, lemmas)
    found = [q for q in extract_quotes(doc, DocActors(doc, coder.matcher, coder.lexicon, None)) if q.cue == "tells"]
    assert found and found[0].speaker_text is not None
    assert "Reuters" not in found[0].speaker_text
    assert "Reed" in found[0].speaker_text


def test_the_name_after_a_participle_is_not_an_inverted_speaker(coder: Coder) -> None:
    # "Ames spoke briefly, saying Mr. Lee lied.": when no subject is found, the name after "saying" is the
    # reported clause's subject; the speaker is looked for before the participle
    words = ["Ames", "spoke", "briefly", ",", "saying", "Mr.", "Lee", "lied", "."]
    heads = [1, 1, 1, 1, 1, 6, 7, 4, 1]
    deps = ["nsubj", "ROOT", "advmod", "punct", "advcl", "compound", "nsubj", "ccomp", "punct"]
    tags = ["NNP", "VBD", "RB", ",", "VBG", "NNP", "NNP", "VBD", "."]
    pos = ["PROPN", "VERB", "ADV", "PUNCT", "VERB", "PROPN", "PROPN", "VERB", "PUNCT"]
    lemmas = ["Ames", "speak", "briefly", ",", "say", "Mr.", "Lee", "lie", "."]
    doc = _parsed(coder, words, heads, deps, tags, pos, lemmas)
    found = _Extractor(doc, DocActors(doc, coder.matcher, coder.lexicon, None))._nearby_source(doc[4])
    assert found is not None and found.text == "Ames"
    # an inverted finite verb still takes the name after it
    doc = _parsed(coder, ["“", "Go", ",", "”", "said", "Mr.", "Lee", "."],
                  [1, 4, 1, 1, 4, 6, 4, 4], ["punct", "ccomp", "punct", "punct", "ROOT", "compound", "dobj", "punct"],
                  ["``", "VB", ",", "''", "VBD", "NNP", "NNP", "."],
                  ["PUNCT", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
                  ["“", "go", ",", "”", "say", "Mr.", "Lee", "."])
    found = _Extractor(doc, DocActors(doc, coder.matcher, coder.lexicon, None))._nearby_source(doc[4])
    assert found is not None and found.text == "Lee"


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


def test_a_participle_hung_on_a_clause_about_a_thing_is_the_persons_above(coder: Coder) -> None:
    # "Kim denied the claim that a shakeup is coming, explaining that she was away.": the parser hangs
    # "explaining" on "coming", a clause on "claim" whose subject is a thing; Kim explains, not the shakeup
    words = ["Kim", "denied", "the", "claim", "that", "a", "shakeup", "is", "coming", ",", "explaining", "that",
             "she", "was", "away", "."]
    heads = [1, 1, 3, 1, 8, 6, 8, 8, 3, 8, 8, 13, 13, 10, 13, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubj", "aux", "acl", "punct", "advcl", "mark", "nsubj",
            "ccomp", "advmod", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "VBZ", "VBG", ",", "VBG", "IN", "PRP", "VBD", "RB", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "SCONJ", "PRON",
           "AUX", "ADV", "PUNCT"]
    lemmas = ["Kim", "deny", "the", "claim", "that", "a", "shakeup", "be", "come", ",", "explain", "that", "she",
              "be", "away", "."]
    doc = _parsed(coder, words, heads, deps, tags, pos, lemmas)
    subj = _subject(doc[10])
    assert subj is not None and subj.text == "Kim"
    # a person in the clause keeps the words: "that a spokesman is coming, explaining …"
    words[6], lemmas[6] = "spokesman", "spokesman"
    doc = _parsed(coder, words, heads, deps, tags, pos, lemmas)
    subj = _subject(doc[10])
    assert subj is not None and subj.text == "spokesman"
