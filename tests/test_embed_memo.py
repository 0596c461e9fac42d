"""Issue #6: the per-word embedding memo gives the networks exactly the vectors spaCy computes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START, TAG
from thinc.api import Linear, chain

from newsevents.cli import sample_dir
from newsevents.nlp.embed import EmbedMemo, find_embeddings
from newsevents.nlp.fast import FastPipeline
from newsevents.pipeline import Coder

pytestmark = pytest.mark.issue(6)


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    texts.append("  \n\nODD  input:\tnumbers 1,234.5 and 12-year-old, U.S.-led, e-mail ...  \n")
    return texts


def _embeddings(coder: Coder) -> list[tuple[str, object, int]]:
    return [(name, parent, k) for name, proc in coder.nlp.pipeline
            for parent, k in find_embeddings(getattr(proc, "model", None))]


def test_both_networks_of_the_small_model_have_a_memoisable_embedding(coder: Coder) -> None:
    names = [name for name, _, _ in _embeddings(coder)]
    assert names == ["tok2vec", "ner"]


@pytest.mark.parametrize("capacity", [50_000, 700])  # 700: the table fills and starts over many times
def test_memo_gives_the_original_vectors_bit_for_bit(coder: Coder, capacity: int) -> None:
    texts = _texts()
    for _name, parent, k in _embeddings(coder):
        memo = EmbedMemo(parent, k, capacity=capacity)  # type: ignore[arg-type]
        for b in range(0, len(texts), 5):
            docs = [coder.nlp.make_doc(t) for t in texts[b : b + 5]]
            want = memo.original.predict(docs)
            got = memo.vectors(docs)
            assert len(got) == len(want)
            for g, w in zip(got, want, strict=True):
                assert g.dtype == w.dtype and g.shape == w.shape
                assert np.array_equal(g, w)
        assert memo.hits > 0 and memo.misses > 0
        assert len(memo.rows) <= capacity


@given(st.lists(st.text(alphabet="ab A.\n-1é", max_size=30), min_size=1, max_size=6))
def test_memo_matches_on_arbitrary_short_texts(coder: Coder, texts: list[str]) -> None:
    _, parent, k = _embeddings(coder)[0]
    memo = EmbedMemo(parent, k, capacity=64)  # type: ignore[arg-type]
    docs = [coder.nlp.make_doc(t) for t in texts]
    for g, w in zip(memo.vectors(docs), memo.original.predict(docs), strict=True):
        assert np.array_equal(g, w)


def test_memo_is_in_the_model_only_while_installed(coder: Coder) -> None:
    _, parent, k = _embeddings(coder)[0]
    memo = EmbedMemo(parent, k)  # type: ignore[arg-type]
    original = parent.layers[k]  # type: ignore[attr-defined]
    with memo.installed():
        assert parent.layers[k] is memo.layer  # type: ignore[attr-defined]
    assert parent.layers[k] is original  # type: ignore[attr-defined]
    with pytest.raises(RuntimeError), memo.installed():
        raise RuntimeError("a failing component")
    assert parent.layers[k] is original  # type: ignore[attr-defined]


def test_fast_pipeline_annotations_are_the_same_with_and_without_the_memo(coder: Coder) -> None:
    texts = _texts()
    with_memo = FastPipeline(coder.nlp)
    without = FastPipeline(coder.nlp, memo_embeddings=False)
    assert set(with_memo.memos) == {"tok2vec", "ner"} and not without.memos
    attrs = [TAG, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]
    for a, b in zip(with_memo.pipe(texts, batch_size=4), without.pipe(texts, batch_size=4), strict=True):
        assert np.array_equal(a.to_array(attrs), b.to_array(attrs))
    assert sum(m.hits for ms in with_memo.memos.values() for m in ms) > 0


def test_other_model_shapes_are_left_alone() -> None:
    assert find_embeddings(chain(Linear(4, 3), Linear(2, 4))) == []
