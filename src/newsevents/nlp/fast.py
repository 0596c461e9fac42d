"""The fast path: the same annotations as ``nlp.pipe(texts)``, with less work around them.

* spaCy's ``Doc.text`` re-joins every token on each access and ``Doc.ents`` rebuilds its
  spans, and the extractors read both many times per article; on long articles that cost
  more than the parse. A :class:`FastDoc` remembers its text, and its entities once frozen
  (after the pipeline). It is built from the tokenizer's own output (words, spaces and
  tokenizer-exception norms), so every component sees exactly the tokens it would have seen.
* spaCy builds a new ``Token`` object on every ``doc[i]``, ``.head``, ``.children`` and span
  iteration; the extractors walk the tree thousands of times per article. Once frozen, a
  :class:`FastDoc` hands out one ``Token`` per position (``release`` drops them, breaking the
  doc ↔ token cycle). Tokens compare by position either way; the code never relies on identity.
* The attribute ruler and the lemmatizer are replaced by :mod:`newsevents.nlp.ruler`, which
  make the same changes for a fraction of the cost.
* The networks' per-token embedding step is computed once per distinct word form
  (:mod:`newsevents.nlp.embed`): the same vectors, without recomputing them for every "the".
* The NER's moves are decoded with array operations (:mod:`newsevents.nlp.ner`) instead of
  spaCy's per-token loop: the same entities, without the loop's overhead.

Everything else is the model's own components, in its order. ``tests/test_engine.py``
checks that the fast path gives the same results as ``nlp.pipe`` on the bundled samples.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from itertools import islice
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, NORM, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

from newsevents.nlp.embed import EmbedMemo, find_embeddings
from newsevents.nlp.loader import plain_spaces
from newsevents.nlp.ner import FastEntityRecognizer, compile_ner
from newsevents.nlp.ruler import FastAttributeRuler, FastLemmatizer, compile_lemmatizer, compile_ruler

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["FastDoc", "FastPipeline", "FastSpan", "FastToken", "fast_doc", "fast_pipeline", "fast_sents"]

_DOC_ENTS: Any = Doc.__dict__["ents"]  # spaCy's own descriptor, wrapped below


class _Stored:
    """A non-data descriptor: a value stored on the instance wins; without one, spaCy's attribute."""

    def __init__(self, name: str) -> None:
        self.spacy_attr = getattr(Token, name)

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        return self.spacy_attr.__get__(obj, owner)


# token attribute -> the spaCy array attribute its string is read from
_STORED = {"text": ORTH, "lower_": LOWER, "lemma_": LEMMA, "pos_": POS, "tag_": TAG, "dep_": DEP, "ent_type_": ENT_TYPE}


class FastToken(Token):
    """A ``Token`` of a frozen :class:`FastDoc`, with the attributes the extractors read most stored on it.

    spaCy builds a new ``str`` from its string store on every ``tok.lemma_``, ``tok.dep_`` …, and
    ``tok.head`` builds a new Token; the rules ask each token's several hundred times per
    article. Annotation is finished when a doc is frozen, so values read then stay right.
    """

    text = _Stored("text")
    lower_ = _Stored("lower_")
    lemma_ = _Stored("lemma_")
    pos_ = _Stored("pos_")
    tag_ = _Stored("tag_")
    dep_ = _Stored("dep_")
    ent_type_ = _Stored("ent_type_")
    i = _Stored("i")
    idx = _Stored("idx")
    head = _Stored("head")
    children = _Stored("children")


def _fast_tokens(doc: Doc) -> list[Token]:
    """One :class:`FastToken` per position, its stored attributes read in bulk from the doc's arrays."""
    n = len(doc)
    if not n:
        return []
    names = list(_STORED)
    rows = doc.to_array([_STORED[k] for k in names] + [IDX]).tolist()
    heads = doc.to_array([HEAD]).astype("int64").tolist()  # relative offsets, stored unsigned
    strings = doc.vocab.strings
    seen: dict[int, str] = {}
    vocab = doc.vocab
    toks: list[Token] = [FastToken(vocab, doc, i) for i in range(n)]
    width = len(names)
    # spaCy's Token.children walks the doc and builds a Token per child on every call; the
    # children in document order, as it yields them, are stored once (a tuple: iterable, not an iterator)
    kids: list[list[Token]] = [[] for _ in range(n)]
    for i, rel in enumerate(heads):
        if rel:
            kids[i + rel].append(toks[i])
    for i, (tok, row, rel) in enumerate(zip(toks, rows, heads, strict=True)):
        d = tok.__dict__
        d["children"] = tuple(kids[i])
        for k in range(width):
            h = row[k]
            s = seen.get(h)
            if s is None:
                s = seen[h] = strings[h] if h else ""
            d[names[k]] = s
        d["i"] = i
        d["idx"] = row[width]
        d["head"] = toks[i + rel]
    return toks


class FastDoc(Doc):
    """A ``Doc`` whose ``text`` is stored once, and whose ``ents`` are kept once :meth:`freeze` is called."""

    _newsevents_text: str
    _newsevents_ents: Sequence[Span] | None = None
    _newsevents_tokens: list[Token] | None = None

    def __getitem__(self, i: Any) -> Any:
        toks = self._newsevents_tokens
        if toks is not None and type(i) is int:
            return toks[i]
        return super().__getitem__(i)

    def __iter__(self) -> Iterator[Token]:
        toks = self._newsevents_tokens
        return iter(toks) if toks is not None else super().__iter__()

    @property
    def text(self) -> str:
        return self._newsevents_text

    @property
    def text_with_ws(self) -> str:
        return self._newsevents_text

    @property
    def ents(self) -> Sequence[Span]:
        if self._newsevents_ents is not None:
            return self._newsevents_ents
        return _DOC_ENTS.__get__(self)  # type: ignore[no-any-return]

    @ents.setter
    def ents(self, value: Sequence[Span]) -> None:
        self._newsevents_ents = None
        _DOC_ENTS.__set__(self, value)

    def set_ents(self, *args: Any, **kwargs: Any) -> None:
        self._newsevents_ents = None
        super().set_ents(*args, **kwargs)

    def freeze(self) -> None:
        """The pipeline is done: keep the entity spans (setting entities again forgets them) and
        one ``Token`` per position."""
        self._newsevents_ents = _DOC_ENTS.__get__(self)
        self._newsevents_tokens = _fast_tokens(self)

    def release(self) -> None:
        """Forget the cached tokens (they point back at the doc), so the doc is freed without a GC pass."""
        self._newsevents_tokens = None


class FastSpan(Span):
    """A sentence of a frozen :class:`FastDoc`: iterating it hands out the doc's cached tokens.

    spaCy's ``Span.__iter__`` calls ``doc[i]`` per token; the extractors walk every sentence a
    dozen times per article (3x faster this way).
    """

    def __iter__(self) -> Iterator[Token]:
        toks = self.doc._newsevents_tokens if isinstance(self.doc, FastDoc) else None
        if toks is None:
            return super().__iter__()
        return iter(toks[self.start : self.end])


def fast_sents(doc: Doc) -> list[Span]:
    """The sentences of ``doc``; as :class:`FastSpan` when it is a frozen :class:`FastDoc`."""
    sents = list(doc.sents)
    if isinstance(doc, FastDoc) and doc._newsevents_tokens is not None:
        return [FastSpan(doc, s.start, s.end) for s in sents]
    return sents


def fast_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text`` into a :class:`FastDoc` ready for ``nlp.pipe``.

    Falls back to the plain tokenizer output when the tokens do not spell the text back
    (never seen with spaCy's tokenizer; checked because offsets depend on it).
    """
    doc = nlp.make_doc(text)
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = FastDoc(nlp.vocab, words=words, spaces=spaces)
    if len(doc):
        out.from_array([NORM], doc.to_array([NORM]))  # type: ignore[arg-type]  # spaCy's stubs want Ints2d
    text = plain_spaces(text)  # as the tokenizer read it (see newsevents.nlp.loader)
    if "".join(w + " " if s else w for w, s in zip(words, spaces, strict=True)) != text:
        return doc
    out._newsevents_text = text
    return out


class FastPipeline:
    """Runs ``nlp``'s components over batches of texts, with the fast ruler in the ruler's place."""

    def __init__(self, nlp: Language, *, memo_embeddings: bool = True) -> None:
        self.nlp = nlp
        self.ruler: FastAttributeRuler | None = compile_ruler(nlp)
        self.lemmatizer: FastLemmatizer | None = compile_lemmatizer(nlp)
        self.ner: FastEntityRecognizer | None = compile_ner(nlp)
        self.memos: dict[str, list[EmbedMemo]] = {}
        if memo_embeddings:
            for name, proc in nlp.pipeline:
                found = [EmbedMemo(parent, k) for parent, k in find_embeddings(getattr(proc, "model", None))]
                if found:
                    self.memos[name] = found

    def pipe(self, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Doc]:
        it = iter(texts)
        while batch := list(islice(it, batch_size)):
            yield from self._batch([fast_doc(self.nlp, t) for t in batch], batch_size)

    def __call__(self, text: str) -> Doc:
        return self._batch([fast_doc(self.nlp, text)], 1)[0]

    def _batch(self, docs: list[Doc], batch_size: int) -> list[Doc]:
        for name, proc in self.nlp.pipeline:
            if name == "attribute_ruler" and self.ruler is not None:
                docs = [self.ruler(d) for d in docs]
            elif name == "lemmatizer" and self.lemmatizer is not None:
                docs = [self.lemmatizer(d) for d in docs]
            elif hasattr(proc, "pipe"):
                with ExitStack() as stack:
                    for memo in self.memos.get(name, ()):
                        stack.enter_context(memo.installed())
                    if self.ner is not None and proc is self.ner.proc:
                        docs = self.ner.pipe(docs, batch_size)
                    else:
                        docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(d) for d in docs]
        for d in docs:
            if isinstance(d, FastDoc):
                d.freeze()
        return docs


_PIPELINES: dict[int, tuple[Language, FastPipeline]] = {}


def fast_pipeline(nlp: Language) -> FastPipeline:
    """The (cached) fast pipeline of a loaded model."""
    entry = _PIPELINES.get(id(nlp))
    if entry is None or entry[0] is not nlp:
        entry = _PIPELINES[id(nlp)] = (nlp, FastPipeline(nlp))
    return entry[1]
