"""Greedy decoding of the NER's moves with arrays: the entities spaCy's loop finds, without its overhead.

spaCy's transition-based NER scores each token's moves with a small network whose expensive half
(the per-token hidden features) is computed up front for the whole batch; the rest is a loop in
C that, for every token, sums three precomputed rows, takes a maxout, multiplies by the output
layer and picks the best *valid* move. That loop asks each of the 74 moves whether it is valid
through helpers that take and release the GIL, on every token (perf on this machine: ~30% of the
component's samples in GIL handling, with a single thread and nobody waiting for it), so it cost
~45% of the component.

Every NER move consumes exactly one token, and outside an entity a state's three features are the
token itself and two padding rows. So :class:`FastEntityRecognizer` scores the moves of every token
of the batch in one product (through the model's own ops, as the loop does) and picks each token's
best valid move with array operations; only tokens inside an entity take a step of their own, with
the entity's first token as the second feature. The sums run in spaCy's order, ties are broken as
spaCy breaks them, and the validity rules are those of ``spacy/pipeline/_parser_internals/ner.pyx``
(no entity across a sentence start, none starting on whitespace, a label must be continued or
closed) — so the entities are the same; ``tests/test_fast_ner.py`` compares them with spaCy's
component.

Anything this does not reproduce (beam search, preset entities, unseen classes, other feature
sets, GPU ops, post-process hooks) goes to the component itself.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

__all__ = ["FastEntityRecognizer", "compile_ner"]

_KINDS = {"B": 1, "I": 2, "L": 3, "U": 4}
_OUT = 5


class FastEntityRecognizer:
    """Decodes a batch the way ``EntityRecognizer.predict`` + ``set_annotations`` do, with arrays."""

    def __init__(self, proc: Any) -> None:
        self.proc = proc
        self.tok2vec, self.lower, self.upper = proc.model.layers
        self.ops = proc.model.ops
        names = [proc.moves.get_class_name(i) for i in range(proc.moves.n_moves)]
        self.labels: list[str] = []
        kind, label = np.zeros(len(names), "i"), np.full(len(names), -1, "i")
        for c, name in enumerate(names):
            if name == "O":
                kind[c] = _OUT
                continue
            move, _, lab = name.partition("-")
            if move not in _KINDS or not lab:  # "U-" (label 0) is valid only on preset blocked tokens
                continue
            if lab not in self.labels:
                self.labels.append(lab)
            kind[c], label[c] = _KINDS[move], self.labels.index(lab)
        self.kind, self.label = kind, label
        # moves the model never saw get the batch's lowest score in spaCy's loop: left to it
        self.has_unseen = bool(proc.model.attrs.get("unseen_classes"))
        self.W = self.upper.get_param("W")
        self.b = self.upper.get_param("b")
        n_hidden, n_pieces = self.lower.get_param("b").shape
        self.bias = self.lower.get_param("b").reshape((n_hidden * n_pieces,))
        self.pieces = (n_hidden, n_pieces)
        # the I and L move of each label: the only moves valid inside an entity of that label
        self._inside = {lab: int(np.flatnonzero((kind == 2) & (label == lab))[0]) for lab in range(len(self.labels))}
        self._last = {lab: int(np.flatnonzero((kind == 3) & (label == lab))[0]) for lab in range(len(self.labels))}

    def pipe(self, docs: Sequence[Doc], batch_size: int) -> list[Doc]:
        out: list[Doc] = []
        for k in range(0, len(docs), batch_size):
            batch = list(docs[k : k + batch_size])
            if self.has_unseen or any(len(d) and d.to_array([ENT_IOB]).any() for d in batch):
                # preset entities, or moves the model never saw (their scores depend on the batch): spaCy's loop
                out.extend(self.proc.pipe(batch, batch_size=batch_size))
                continue
            self._annotate(batch)
            out.extend(batch)
        return out

    def _annotate(self, docs: list[Doc]) -> None:
        lengths = [len(d) for d in docs]
        if not any(lengths):
            return  # spaCy does not run the model either
        tokvecs, _ = self.tok2vec(docs, is_train=False)
        cached, _ = self.lower(tokvecs, False)  # (tokens + 1, nF, nH, nP); row 0 is the padding
        n_rows = cached.shape[0]
        table = cached.reshape((n_rows, 3, -1))
        flags = np.concatenate([d.to_array([SENT_START, IS_SPACE]).astype("int64").reshape((-1, 2)) for d in docs if len(d)])
        # Outside an entity a state's features are the token alone (the other two are padding), so
        # every token's moves are scored at once; inside one, per step, with the entity's first token.
        n_tokens = n_rows - 1
        closed = self._scores(table, np.arange(1, n_rows), np.zeros(n_tokens, "int64"), np.zeros(n_tokens, "int64"))
        last = np.zeros(n_tokens, bool)
        ends = np.cumsum(lengths)
        last[ends[np.asarray(lengths) > 0] - 1] = True
        nxt = np.append(flags[1:, 0] == 1, False)
        continues = ~last & ~nxt  # a next token in the same sentence: B and I may go on
        space = flags[:, 1] == 1
        kind = self.kind
        valid = (((kind == 1)[None, :] & (continues & ~space)[:, None])
                 | ((kind == 4)[None, :] & ~space[:, None]) | (kind == _OUT)[None, :])
        guess = np.where(valid, closed, -np.inf).argmax(axis=1)
        starts = np.flatnonzero(kind[guess] != _OUT).tolist()  # tokens where a closed state does not say O
        offset = 0
        for doc, n in zip(docs, lengths, strict=True):
            found: list[tuple[int, int, int]] = []
            k = bisect_left(starts, offset)
            while k < len(starts) and starts[k] < offset + n:
                i = starts[k]
                g = int(guess[i])
                if kind[g] == 4:
                    found.append((i - offset, i - offset + 1, int(self.label[g])))
                    i += 1
                else:  # B: the entity runs until an L move
                    first, lab = i, int(self.label[g])
                    i += 1
                    while continues[i] and not self._closes(table, i, first, lab):
                        i += 1  # (without a next token in the sentence only L is valid)
                    found.append((first - offset, i - offset + 1, lab))
                    i += 1
                k = bisect_left(starts, i, k)
            if n:
                doc.set_ents([Span(doc, s, e, label=self.labels[lab]) for s, e, lab in found], default="outside")
            offset += n

    def _scores(self, table: Any, rows0: Any, rows1: Any, rows2: Any) -> Any:
        """Move scores for states whose three features are these rows of the batch's precomputed
        ``table`` (summed in spaCy's order: zeros, then each feature, then the bias)."""
        unmaxed = np.zeros((len(rows0), table.shape[2]), "f")
        unmaxed += table[rows0, 0]
        unmaxed += table[rows1, 1]
        unmaxed += table[rows2, 2]
        unmaxed += self.bias
        n_hidden, n_pieces = self.pieces
        u = unmaxed.reshape((len(rows0), n_hidden, n_pieces))
        if n_pieces == 2:  # thinc's arg_max over two pieces: the first only if strictly greater
            hidden = np.where(u[:, :, 0] > u[:, :, 1], u[:, :, 0], u[:, :, 1])
        else:
            hidden = np.take_along_axis(u, u.argmax(axis=2)[:, :, None], axis=2)[:, :, 0]
        scores = self.ops.gemm(np.ascontiguousarray(hidden, dtype="f"), self.W, trans2=True)
        scores += self.b
        return scores

    def _closes(self, table: Any, i: int, first: int, lab: int) -> bool:
        """Inside an entity of label ``lab`` begun at token ``first`` (batch positions), with both its
        I and L move valid at token ``i``: does the L move win?"""
        s = self._scores(table, np.array([i + 1]), np.array([first + 1]), np.array([i]))[0]
        cont, close = self._inside[lab], self._last[lab]
        # spaCy takes the first valid move in class order, and a later one only if strictly better
        if cont < close:
            return bool(s[close] > s[cont])
        return not bool(s[cont] > s[close])


def compile_ner(nlp: Any, name: str = "ner") -> FastEntityRecognizer | None:
    """The fast decoder for ``nlp``'s NER when it is the kind this module reproduces, else None."""
    from spacy.pipeline import EntityRecognizer
    from spacy.pipeline._parser_internals.ner import BiluoPushDown
    from thinc.api import NumpyOps

    if name not in nlp.pipe_names:
        return None
    proc = nlp.get_pipe(name)
    model = getattr(proc, "model", None)
    if type(proc) is not EntityRecognizer or not isinstance(proc.moves, BiluoPushDown) or model is None:
        return None
    if proc.cfg.get("beam_width", 1) != 1 or getattr(proc, "postprocesses", []) or not isinstance(model.ops, NumpyOps):
        return None
    if len(model.layers) != 3 or not model.attrs.get("has_upper") or model.layers[1].get_dim("nF") != 3:
        return None
    try:
        return FastEntityRecognizer(proc)
    except IndexError:  # a label without its I or L move
        return None
