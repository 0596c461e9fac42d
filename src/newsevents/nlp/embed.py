"""A per-word memo of the networks' first layer: the same vectors, computed once per word form.

Each of the small English pipeline's two token-to-vector networks (the one the tagger and the
parser share, and the NER's own) starts with an *embedding* step: hash-embedding tables for the
token's norm, prefix, suffix, shape (and, in the shared one, its trailing space) summed into one
row, then a maxout layer with layer normalisation. Nothing in that step looks at other tokens, so
its output is a function of those few attribute values alone; the context comes afterwards, in the
convolutional layers. News repeats its words: a batch of 16 articles has ~14,000 tokens but
~2,500 distinct attribute rows, and after a few hundred articles ~94% of new tokens have a row
already seen. The step was ~25-33% of each network's matrix work.

:class:`EmbedMemo` computes the step only for rows it has not seen and keeps their vectors in a
fixed table (bounded: when it is full it starts over). The vectors are the same floats: each row is
computed by the same layers, and a row's result does not depend on the other rows of its batch
(``tests/test_embed_memo.py`` compares them bit for bit with the original layer). Models whose first step has
another shape (static vectors, transformers) are left alone.

The memo is put into the model only while :class:`~newsevents.nlp.fast.FastPipeline` runs a
component (:meth:`EmbedMemo.installed`), so ``nlp.pipe`` and anything else that uses the loaded
model runs spaCy's own layers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from thinc.api import Model

__all__ = ["EmbedMemo", "find_embeddings"]

_EMBED_SHAPE = ("extract_features", "list2ragged", "with_array(", "with_array(maxout", "ragged2list")


def _is_embedding(layer: Model[Any, Any]) -> bool:
    """A ``MultiHashEmbed`` without static vectors: features → hash embeddings → maxout, per token."""
    parts = layer.layers
    if len(parts) != len(_EMBED_SHAPE) or not all(p.name.startswith(s) for p, s in zip(parts, _EMBED_SHAPE, strict=True)):
        return False
    tables = [n for n in parts[2].walk() if n.name not in {"ints-getitem", "hashembed"} and not n.layers]
    return not tables and any(n.name == "hashembed" for n in parts[2].walk())


def find_embeddings(model: Any) -> list[tuple[Model[Any, Any], int]]:
    """Where ``model`` (a component's model; None for rule-based ones) holds a per-token embedding
    step: (parent layer, position in its layers)."""
    found: list[tuple[Model[Any, Any], int]] = []
    if not hasattr(model, "walk"):
        return found
    for node in model.walk():
        for k, layer in enumerate(node.layers):
            if _is_embedding(layer):
                found.append((node, k))
    return found


class EmbedMemo:
    """Remembers the embedding step's output per distinct row of token attributes."""

    def __init__(self, parent: Model[Any, Any], position: int, *, capacity: int = 50_000) -> None:
        from thinc.api import Model

        self.parent = parent
        self.position = position
        self.original: Model[Any, Any] = parent.layers[position]
        self.features, _, self.embed, self.mix, _ = self.original.layers
        self.capacity = capacity
        # Written once here (np.full, unlike np.zeros, touches every page), so that the memory is
        # taken at start-up, not while the run goes on.
        self.table = np.full((capacity, self.original.get_dim("nO")), 0.0, dtype="float32")
        self.rows: dict[bytes, int] = {}
        self.hits = self.misses = 0
        self.layer: Model[Any, Any] = Model(
            f"memo({self.original.name})", self._forward, dims={"nO": self.original.get_dim("nO")}
        )

    @contextmanager
    def installed(self) -> Iterator[None]:
        """The memo in the model's place for the duration (spaCy's own layer again afterwards)."""
        layers = self.parent._layers
        layers[self.position] = self.layer
        try:
            yield
        finally:
            layers[self.position] = self.original

    def _forward(self, model: Model[Any, Any], docs: list[Any], is_train: bool) -> tuple[list[Any], Any]:
        if is_train:  # never while coding; training must see the real layer
            return self.original(docs, is_train)
        return self.vectors(docs), _no_backprop

    def vectors(self, docs: list[Any]) -> list[Any]:
        """The embedding of every token of ``docs``, one array per doc, as the original layer gives it."""
        feats = self.features.predict(docs)
        if not feats:
            return []
        lengths = [len(f) for f in feats]
        flat = np.ascontiguousarray(np.concatenate(feats), dtype="uint64")
        width = flat.shape[1]
        keys_arr, inverse = np.unique(flat.view(np.dtype((np.void, 8 * width))).ravel(), return_inverse=True)
        keys: list[bytes] = keys_arr.tolist()
        if len(keys) > self.capacity:  # a batch larger than the table: compute it plainly
            return self.original.predict(docs)  # type: ignore[no-any-return]
        rows = self.rows
        where = np.fromiter((rows.get(k, -1) for k in keys), dtype="int64", count=len(keys))
        missing = np.flatnonzero(where < 0)
        self.misses += len(missing)
        self.hits += len(keys) - len(missing)
        if len(missing):
            if len(rows) + len(missing) > self.capacity:  # full: start over with this batch's rows
                rows.clear()
                missing = np.arange(len(keys))
            start = len(rows)
            ints = keys_arr[missing].view("uint64").reshape(len(missing), width)
            self.table[start : start + len(missing)] = self.mix.predict(self.embed.predict(ints))
            where[missing] = np.arange(start, start + len(missing))
            for k, j in enumerate(missing.tolist()):
                rows[keys[j]] = start + k
        out = self.table[where[inverse.ravel()]]
        return np.split(out, np.cumsum(lengths)[:-1])


def _no_backprop(d_vectors: Any) -> list[Any]:
    return []
