"""Issue #6: the array decoder of the NER's moves finds exactly the entities spaCy's component finds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsevents.cli import sample_dir
from newsevents.nlp.ner import FastEntityRecognizer, compile_ner
from newsevents.pipeline import Coder

pytestmark = pytest.mark.issue(6)

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev" / "text"

EDGE_TEXTS = [
    "", " ", "\n\n", "Obama", "Obama.",
    "Barack Obama met Angela Merkel in Berlin on Monday.\n\nIran  said  .",
    "A\n\nB C D. E F G H I J K L M N O P Q R S T U V W X Y Z",
    "The United Nations Security Council met in New York City\nJohn Paul Jones of the Royal Navy spoke.",
    "  \n  Dr. Who?  Mr. Smith,  Ms. Jones and 1,234 people on 3 May 2020 at 10 a.m. paid $5 million.",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    if POLNEAR.is_dir():  # the shared data, when present: real news, long documents
        texts += [p.read_text(encoding="utf-8") for p in sorted(POLNEAR.glob("*.txt"))[:40]]
    return texts + EDGE_TEXTS


def _before_ner(nlp: Language, texts: list[str]) -> list[Doc]:
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline:
        if name == "ner":
            break
        # a function component (our verb-lemma fixer) has no .pipe: spaCy calls it per doc
        docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return docs


def _entities(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


def _compare(nlp: Language, fast: FastEntityRecognizer, texts: list[str], batch_size: int) -> int:
    docs = _before_ner(nlp, texts)
    want = list(nlp.get_pipe("ner").pipe([d.copy() for d in docs], batch_size=batch_size))
    got = fast.pipe([d.copy() for d in docs], batch_size)
    assert len(got) == len(want)
    found = 0
    for w, g, text in zip(want, got, texts, strict=True):
        assert _entities(g) == _entities(w), text[:80]
        if len(w):
            assert np.array_equal(g.to_array([ENT_IOB, ENT_TYPE]), w.to_array([ENT_IOB, ENT_TYPE]))
        found += len(w.ents)
    return found


def test_the_small_models_ner_is_decoded_by_the_fast_decoder(coder: Coder) -> None:
    assert compile_ner(coder.nlp) is not None


@pytest.mark.parametrize("batch_size", [16, 5])
def test_fast_decoder_finds_the_same_entities_as_spacy(coder: Coder, batch_size: int) -> None:
    fast = compile_ner(coder.nlp)
    assert fast is not None
    assert _compare(coder.nlp, fast, _texts(), batch_size) > 500


@given(st.lists(st.text(alphabet="ab AB.\n1,$-é", max_size=40), min_size=1, max_size=5))
def test_fast_decoder_matches_on_arbitrary_short_texts(coder: Coder, texts: list[str]) -> None:
    fast = compile_ner(coder.nlp)
    assert fast is not None
    _compare(coder.nlp, fast, texts, 3)


def test_docs_with_preset_entities_are_left_to_spacy(coder: Coder) -> None:
    """spaCy keeps preset entities and builds around them; the decoder does not reproduce that and hands them over."""
    fast = compile_ner(coder.nlp)
    assert fast is not None
    docs = _before_ner(coder.nlp, ["The talks in Geneva ended on Friday, Jane Doe said."])
    preset = docs[0].copy()
    preset.set_ents([Span(preset, 0, 2, label="EVENT")], default="unmodified")
    want = next(iter(coder.nlp.get_pipe("ner").pipe([preset.copy()])))
    got = fast.pipe([preset.copy()], 16)[0]
    assert _entities(got) == _entities(want)
    assert (0, 2, "EVENT") in _entities(got)
