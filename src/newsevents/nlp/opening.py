"""A name opening a sentence whose verb the tagger read as a plural noun: the sentence is parsed again.

"Trump demands Ginsburg resign", "Trump plans major ad buy", "Cruz appeals to Reagan Democrats": in a headline or a
short line the small model reads a name that is also a common word ("trump") or an unknown word as a noun modifier,
and the third-person verb after it as a plural noun ("demands", "plans", "appeals"); the sentence then has no verb
and every layer that reads predicates loses the act. The same words behind a pronoun parse right ("He demands
Ginsburg resign"), so the sentence is parsed again with the name replaced by "He", and that parse (tags, lemmas,
dependencies) is kept for every other token, the name taking the pronoun's place, when all of these hold:

* the sentence opens (after opening quotes) with one to four capitalized nouns (or words read as verbs), the last
  of which is a name: tagged a proper noun, in a named entity, a name or surname of the actor dictionaries ("Trump",
  "Cruz"), or the same word is in a named entity elsewhere in the document;
* the next word is a lower-case plural noun ending in "s" that is no subject ("Trump supporters rallied",
  "Oil prices rose" keep their parse);
* the new parse reads that word as a present-tense verb (VBZ) whose subject is the pronoun, in one sentence with the
  same tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

__all__ = ["opening_name_verbs"]

_NAMED = frozenset({"PERSON", "ORG", "GPE"})
# what the tagger makes of a name: a noun, or a verb ("Trump"); not an article or an adjective ("A Turkish appeals
# court upheld ...": no name opens that sentence)
_NAME_TAGS = frozenset({"NN", "NNP", "NNPS", "VB", "VBP", "VBD", "VBN"})
_OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "["})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "poss"})
_PRONOUN = "He"
_MAX_NAME = 4
_WRAP = 1 << 64


def _name_span(sent: Span) -> tuple[int, int] | None:
    """The document positions [start, end) of the capitalized words opening ``sent`` (after opening quotes)."""
    start = sent.start
    while start < sent.end and (sent.doc[start].is_space or sent.doc[start].text in _OPENERS):
        start += 1
    end = start
    while end < sent.end and end - start < _MAX_NAME and sent.doc[end].is_alpha and sent.doc[end].text[0].isupper() \
            and sent.doc[end].tag_ in _NAME_TAGS:
        end += 1
    return (start, end) if end > start and end < sent.end else None


def _is_name(tok: Token, names: Callable[[], frozenset[str]]) -> bool:
    """A proper noun, a named entity, a known actor's name, or a word the document names elsewhere ("Trump" read as
    a noun here, an entity in the article's other sentences)."""
    if tok.tag_ in {"NNP", "NNPS"} or tok.ent_type_ in _NAMED or tok.text in names():
        return True
    return any(t.text == tok.text and t.i != tok.i and t.ent_type_ in _NAMED for t in tok.doc)


def _verb_read_as_noun(tok: Token) -> bool:
    """A lower-case plural noun in "-s" that is no subject: maybe a third-person verb."""
    return tok.tag_ == "NNS" and tok.is_lower and tok.text.endswith("s") and tok.dep_ not in _SUBJECTS


def _candidate(sent: Span, names: Callable[[], frozenset[str]]) -> tuple[int, int] | None:
    """The name span of ``sent`` when the word after it is a verb read as a noun (the module's first two
    conditions)."""
    span = _name_span(sent)
    if span is None:
        return None
    end = span[1]
    doc = sent.doc
    if not _verb_read_as_noun(doc[end]) or not _is_name(doc[end - 1], names):
        return None
    return span


def _reparse(parse: Callable[[str], Doc], sent: Span, start: int, end: int) -> Doc | None:
    """The sentence parsed with the name replaced by the pronoun, when it keeps the tokens and reads the word after
    the name as a VBZ verb with the pronoun as its subject."""
    doc = sent.doc
    before = doc[sent.start:start].text_with_ws
    after = doc[end:sent.end].text
    new = parse(before + _PRONOUN + " " + after)
    old_len = sent.end - sent.start - (end - start) + 1
    if len(new) != old_len or len(list(new.sents)) != 1:
        return None
    pron = new[start - sent.start]
    verb = new[start - sent.start + 1]
    if pron.text != _PRONOUN or verb.text != doc[end].text or verb.tag_ != "VBZ":
        return None
    return new if pron.head == verb and pron.dep_ == "nsubj" else None


def _apply(sent: Span, start: int, end: int, new: Doc) -> None:
    """Copy ``new``'s parse into ``sent``: each other token takes its twin's tags, lemma and head; the name's last
    word takes the pronoun's place and its other words are its compounds."""
    doc = sent.doc
    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    arr: Any = doc.to_array(attrs)  # unsigned: a head's negative offset wraps around
    name_at = start - sent.start  # the pronoun's position in ``new``
    shift = end - start - 1  # the name's extra words

    def old(j: int) -> int:
        """The document position of ``new``'s token ``j``."""
        return sent.start + j + (shift if j > name_at else 0)

    def where(j: int) -> int:
        return old(j) if j != name_at else end - 1

    strings = doc.vocab.strings
    for j, t in enumerate(new):
        i = where(j)
        arr[i, 0] = (where(t.head.i) - i) % _WRAP
        arr[i, 1] = strings.add(t.dep_)
        if j != name_at:
            arr[i, 2], arr[i, 3], arr[i, 4] = strings.add(t.tag_), t.pos, strings.add(t.lemma_)
    for i in range(start, end):
        if i < end - 1:
            arr[i, 0], arr[i, 1] = end - 1 - i, strings.add("compound")
        arr[i, 2], arr[i, 3] = strings.add("NNP"), strings.add("PROPN")
    doc.from_array(attrs, arr)


def opening_name_verbs(parse: Callable[[str], Doc], names: Callable[[], frozenset[str]]) -> Callable[[Doc], Doc]:
    """A component re-parsing each sentence of a doc that opens with a name before a verb read as a plural noun
    (see the module's docstring); ``parse`` is the whole pipeline, ``names`` gives the known actors' one-word names
    (read once, on the first doc that needs them)."""

    def component(doc: Doc) -> Doc:
        for sent in list(doc.sents):
            span = _candidate(sent, names)
            if span is None:
                continue
            new = _reparse(parse, sent, *span)
            if new is not None:
                _apply(sent, *span, new)
        return doc

    return component
