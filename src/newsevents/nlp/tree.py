"""Small questions over the dependency tree that every layer asks: distances (to attach places and times to the
nearest trigger) and markers."""

from __future__ import annotations

from spacy.tokens import Token


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    anc_a = [a, *a.ancestors]
    pos = {t.i: k for k, t in enumerate(anc_a)}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in pos:
            return pos[t.i] + k
    return 99


def has_to_marker(tok: Token) -> bool:
    """"agreed to meet": the token carries its own infinitive "to" (the parser's aux child), the one test of a
    to-infinitive every layer shares."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def has_negation(tok: Token) -> bool:
    """"did not attack", "never launched": the token carries a negation of its own (the parser's neg child)."""
    return any(c.dep_ == "neg" for c in tok.children)


def by_agent(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("was stormed by protesters": protesters), the one question every
    reader of a passive asks; the first, should the parser hang two."""
    return next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def straight_lower(tok: Token) -> str:
    """The token's lower-case form with a typeset apostrophe made straight ("’s" "'s", "n’t" "n't", "’80s"):
    news sets contractions both ways, and every rule's word list is written once, in the straight spelling."""
    return tok.lower_.replace("\u2019", "'")
