"""Distances in the dependency tree, used to attach places and times to the nearest trigger."""

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
