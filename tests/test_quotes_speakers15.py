"""Stop 15 speakers: a participle "adding" and a repeated "… and said" belong to the reporter, the word after
"tells" or after a participle is not an inverted speaker, an aside the parser took for a reported clause
gives the speaker, and a message sent to people speaks for its sender. Hand-written sentences only; where
the model parses a sentence well, the misparse seen in news text is built by hand so the rule is exercised."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.extract.actors import DocActors
from newsevents.extract.quotes import _Extractor, _subject, extract_quotes
from newsevents.pipeline import Coder
from tests.test_quotes import speaks


def test_adding_after_a_reported_clause_is_the_reporter(coder: Coder) -> None:
    # the parser hangs "adding" on the reported clause, whose subject is a person too
    text = ("The governor told reporters that Mayor Hill had ignored the warnings, adding, "
            "“We will not let this happen again.”")
    q = speaks(coder, text, "let this happen again", "governor")
    assert q.speaker_text is not None and "Hill" not in q.speaker_text


def _parsed(coder: Coder, words: list[str], heads: list[int], deps: list[str], tags: list[str],
            pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(coder.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


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


def test_an_aside_taken_for_the_reported_clause_gives_the_speaker(coder: Coder) -> None:
    text = "Ms. Varga, meanwhile, who runs the port authority, said the strike had cost millions."
    q = speaks(coder, text, "the strike had cost millions", "Varga")
    assert all("port authority" not in text[s:e] for s, e in q.contents)


def test_a_message_sent_to_people_speaks_for_its_sender(coder: Coder) -> None:
    text = "The senator emailed supporters saying, “The fight goes on.”"
    q = speaks(coder, text, "The fight goes on", "senator")
    assert q.speaker_text is not None and "supporters" not in q.speaker_text
