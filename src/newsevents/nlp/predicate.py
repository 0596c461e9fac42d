"""A past verb the small parser hung as an adjective on its own object is re-hung as its clause's predicate.

"Myanmar's military seized power", "In March, Trump blasted Disney", "Christie, the state's governor, repeated
accusations": the parser reads the whole sentence as one noun phrase, with the verb an ``amod`` of its object
("seized power" like "seized goods"), so the sentence has no verb and every layer that reads predicates loses the
act, its subject and its object. A real participial adjective ("Obama's proposed budget", "758 pledged delegates",
"the rocket propelled grenades") has a determiner, a possessive or a number right before it and its noun phrase
serves a verb of its own. The verb is re-hung when all of these hold:

* a subject phrase ends right before it (a noun, a pronoun, a named entity; an adjective only after a possessive
  and before a simple past or an "-ed" participle: "Myanmar's military seized", not "the country's total proven
  reserves"; or, after a closing comma, the sentence's nominal root: "Christie, ..., repeated"), and
  that subject is no bare lower-case singular noun ("rocket propelled grenades");
* and either no finite verb governs its object (the sentence's root is the object, the subject, or a participle
  opening the sentence: "Addressing the gala, Trump described families"), or the parser gave the "adjective" a
  subject of its own and its object is a finite verb's subject ("He implied immigrants were ...") or object
  ("a video showed the resident grabbed reporter Fields").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["rehang_adjectival_predicates"]

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A root with no finite verb above the object that is neither the subject nor the object: a participle ("Addressing
# the gala, Trump described ...", "..., calling him a liar") or a preposition ("But from 1968 forward, candidates
# ... used phrases") the parser made the sentence's head; it becomes the verb's adverbial.
_ROOT_AROUND = {"VBG": "advcl", "IN": "prep"}
# Dependents that build a noun phrase before its head: the run of them before the verb is the subject phrase.
_PHRASE_DEPS = frozenset({"det", "poss", "case", "compound", "amod", "nummod", "nmod", "quantmod"})
# Dependents of the old object (to its right) that belong to the clause ("seized power on Monday, arresting the
# president"): a preposition only when it cannot modify the noun ("talks between Russia and Ukraine", "sanctions
# on Iran" stay): one of time or circumstance, or "in", "on", "at" before a date, time or place.
_CLAUSE_DEPS = frozenset({"advcl", "npadvmod", "parataxis", "advmod"})
_CLAUSE_PREPS = frozenset({"during", "after", "before", "since", "amid", "despite", "as", "until", "throughout"})
_WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class _Reading:
    """The verb, its subject and object heads, and how the clause attaches: to the old finite verb ``outer`` as
    its ``outer_dep`` (None: the verb is the sentence's root)."""

    verb: Token
    subj: Token
    obj: Token
    outer: Token | None = None
    outer_dep: str = ""
    inner: Token | None = None  # the finite verb whose subject the object stays: it becomes the verb's ccomp


def _finite(tok: Token) -> bool:
    """A verb with tense of its own (or an auxiliary): it can carry the clause."""
    return tok.tag_ in _FINITE or (
        tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"aux", "auxpass"} for c in tok.children))


def _governs(tok: Token) -> bool:
    """A verb that carries a clause: a finite one, or a root verb that is no "-ing" participle (a past the tagger
    called a participle: "a dozen paid employees worked/VBN in Manhattan")."""
    return _finite(tok) or (tok.dep_ == "ROOT" and tok.pos_ in {"VERB", "AUX"} and tok.tag_ != "VBG")


def _object_head(verb: Token) -> Token:
    """The head of the noun phrase the verb was hung in ("grabbed reporter Michelle Fields": Fields)."""
    obj = verb.head
    while obj.dep_ in {"compound", "nmod", "poss"} and obj.head.i > obj.i:
        obj = obj.head
    return obj


def _nominal(tok: Token) -> bool:
    """A word that can head a subject: a noun or pronoun, or a named entity the tagger misread ("Trump" as a verb)."""
    return tok.pos_ in _NOMINAL or tok.ent_type_ in _NAMED


def _bare_common(tok: Token) -> bool:
    """A lower-case singular noun with no determiner, possessive, number or modifier: "rocket" in "rocket propelled
    grenades" is half a compound adjective, not a subject."""
    doc = tok.doc
    before = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return tok.tag_ == "NN" and tok.is_lower and not any(
        c.dep_ in _PHRASE_DEPS and c.i < tok.i for c in tok.children) and (
        before is None or before.tag_ not in {"POS", "DT", "PRP$", "JJ", "CD"})


def _opening_subject(verb: Token, obj: Token) -> Token | None:
    """The noun phrase that opens a sentence and is closed off by a parenthetical between commas before ``verb``
    ("Christie, the state's governor, repeated accusations"): the parser hangs the object as one more appositive of
    it. The sentence's root when it is that noun, else the noun the object's appositive chain climbs to."""
    root = verb.sent.root
    top = obj
    while top.dep_ in {"appos", "conj"} and top.head.i < top.i:
        top = top.head
    for subj in (root, top):
        if subj.i < verb.i and _nominal(subj) and sum(1 for t in verb.doc[subj.i + 1:verb.i] if t.text == ",") >= 2:
            return subj
    return None


def _simple_past(verb: Token) -> bool:
    """A past tense, or a participle spelt as one ("seized", "stormed"): "Burkina Faso's military seized/VBN power"
    reads as a clause; a participle of its own form ("the country's total proven reserves", "known", "given")
    only as an adjective."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.lower_.endswith("ed"))


def _subject(verb: Token, obj: Token) -> Token | None:
    """The head of the subject phrase ending right before ``verb`` (see the module's first condition)."""
    doc, sent = verb.doc, verb.sent
    i = verb.i - 1
    while i > sent.start and doc[i].pos_ == "ADV" and doc[i].head.i >= verb.i:
        i -= 1
    if i < sent.start:
        return None
    before = doc[i]
    if before.text == ",":
        return _opening_subject(verb, obj) if obj.dep_ == "appos" else None
    if not (_nominal(before) or (before.pos_ == "ADJ" and _simple_past(verb) and i > sent.start
                                 and doc[i - 1].tag_ == "POS")):
        return None
    subj = before
    while subj.dep_ in {"compound", "nmod"} and subj.i < subj.head.i < verb.i:
        subj = subj.head
    # "delib- erately": a word cut at a line break is no noun
    return None if _bare_common(subj) or subj.text.endswith("-") else subj


def _reading(verb: Token) -> _Reading | None:
    """How ``verb`` (an ``amod`` past form before its noun) is read as a predicate, or None when it is an adjective."""
    if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or verb.head.i <= verb.i:
        return None
    obj = _object_head(verb)
    if obj.pos_ not in _NOMINAL:
        return None
    subj = _subject(verb, obj)
    if subj is None:
        return None
    governor = next((a for a in obj.ancestors if _governs(a)), None)
    root = verb.sent.root
    if governor is None:  # the root: the object, the subject, a participle or a preposition around the clause
        return _Reading(verb, subj, obj) if root in {obj, subj} or root.tag_ in _ROOT_AROUND else None
    if subj.head != verb or subj.dep_ != "nsubj" or obj.head != governor:
        return None
    if obj.dep_ == "nsubj" and governor.i > obj.i:  # "He implied immigrants were the ones"
        outer = None if governor.dep_ == "ROOT" else governor.head
        return _Reading(verb, subj, obj, outer, governor.dep_, inner=governor)
    if obj.dep_ == "dobj" and governor.i < subj.i:  # "a video showed the resident grabbed reporter Fields"
        return _Reading(verb, subj, obj, governor, "ccomp")
    return None


def _clause_prep(tok: Token) -> bool:
    """A preposition that can only belong to the clause (see :data:`_CLAUSE_PREPS`)."""
    if tok.dep_ != "prep":
        return False
    return tok.lower_ in _CLAUSE_PREPS or (tok.lower_ in {"in", "on", "at"} and any(
        c.dep_ == "pobj" and c.ent_type_ in _WHEN_WHERE for c in tok.children))


def _phrase_start(subj: Token, verb: Token) -> int:
    """The first token of the subject phrase that ends before ``verb`` ("Myanmar" in "Myanmar's military")."""
    doc = verb.doc
    start = min(subj.left_edge.i, verb.i - 1)
    while start > verb.sent.start and doc[start - 1].dep_ in _PHRASE_DEPS:
        start -= 1
    return start


def _rehang(r: _Reading) -> None:
    """Apply reading ``r``: the verb heads the clause, with the subject, the object and the clause's other parts
    (what stood before the subject phrase, the object's prepositions and the old root's later dependents)."""
    verb, subj, obj, root = r.verb, r.subj, r.obj, r.verb.sent.root
    moves: list[tuple[Token, Token, str]] = []
    if r.inner is None:
        start = _phrase_start(subj, verb)
        for x in obj.children:
            if x == verb or x in subj.subtree:
                continue
            if x.i < verb.i:
                moves.append((x, subj if x.i >= start else verb, x.dep_))
            elif x.dep_ in _CLAUSE_DEPS or _clause_prep(x) or (x.dep_ == "punct" and obj == root):
                moves.append((x, verb, x.dep_))
            elif x.dep_ == "acl" and x.tag_ == "VBG" and x.doc[x.left_edge.i - 1].text == ",":
                moves.append((x, verb, "advcl"))  # "seized power, detaining the president": what the act did
        if root == subj or (root != obj and root.i < verb.i):  # the subject, or what opens the sentence
            # its later dependents, and an aside anywhere ("The group, a spokesman said, attacked ...") that
            # speaks of the whole clause
            moves.extend((x, verb, "advcl" if x.dep_ == "acl" else x.dep_) for x in root.children
                         if (x.i > verb.i or x.dep_ == "parataxis") and x != obj and x not in obj.subtree)
    elif r.outer is None:
        moves.extend((x, verb, x.dep_) for x in r.inner.children if x.dep_ == "punct" and x.i > r.inner.i)
    verb.head = verb  # the root while the rest is re-hung: nothing below can become its ancestor
    if r.inner is not None:
        r.inner.head, r.inner.dep_ = verb, "ccomp"
    else:
        obj.head, obj.dep_ = verb, "dobj"
    subj.head, subj.dep_ = verb, "nsubj"
    if root not in {subj, obj, verb} and r.inner is None and r.outer is None:
        root.head, root.dep_ = verb, _ROOT_AROUND.get(root.tag_, "dep")
    for x, head, dep in moves:
        if x not in [head, *head.ancestors]:
            x.head, x.dep_ = head, dep
    verb.dep_, verb.pos_, verb.tag_ = "ROOT", "VERB", "VBD"
    if subj.pos_ not in _NOMINAL:
        subj.pos_, subj.tag_ = ("PROPN", "NNP") if subj.ent_type_ else ("NOUN", "NN")
    if r.outer is not None and verb not in [r.outer, *r.outer.ancestors]:
        verb.head, verb.dep_ = r.outer, r.outer_dep


def rehang_adjectival_predicates(doc: Doc) -> Doc:
    """Re-hang every past verb the parser read as an adjective of its own object (see the module's docstring)."""
    readings = [r for tok in doc if (r := _reading(tok)) is not None]
    for r in readings:
        _rehang(r)
    return doc
