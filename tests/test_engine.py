"""Issue #6: the fast path changes nothing; the local engine streams in order with any number of workers."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from newsevents.cli import main, sample_dir
from newsevents.engine import Progress, RunOptions, code_run
from newsevents.engine.codec import result_from_line
from newsevents.engine.progress import ProgressBar
from newsevents.ingest import iter_articles
from newsevents.pipeline import Coder
from newsevents.serialize import to_json_line
from tests.conftest import SEED

pytestmark = pytest.mark.issue(6)


def sample_inputs() -> list[str]:
    inputs = [str(sample_dir())]
    return [*inputs, str(SEED)] if SEED.exists() else inputs


@pytest.fixture(scope="module")
def plain_lines() -> list[str]:
    """Every bundled sample (and the seed) coded the plain way: spaCy's own ``nlp.pipe``."""
    coder = Coder()
    coder.fast_path = False
    return [to_json_line(r, include_text=True) for r in coder.code_items(iter_articles(sample_inputs()))]


@pytest.mark.parametrize("zones", [False, True])
def test_fast_path_gives_the_same_results_as_the_plain_path(plain_lines: list[str], zones: bool) -> None:
    coder = Coder()
    coder.memory_zones = zones
    coder.zone_articles = 8  # several zones over the samples
    coder.seed_articles = 16  # the first two batches seed the tokenizer cache outside any zone
    assert coder.fast_path
    fast = [to_json_line(r, include_text=True) for r in coder.code_items(iter_articles(sample_inputs()))]
    assert len(fast) == len(plain_lines) >= 38
    for a, b in zip(fast, plain_lines, strict=True):
        assert a == b


def test_fast_attribute_ruler_sets_what_spacy_sets(coder: Coder) -> None:
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from newsevents.nlp.ruler import compile_ruler

    nlp = coder.nlp
    fast = compile_ruler(nlp)
    assert fast is not None, "the bundled model's ruler should be understood"
    spacy_ruler = nlp.get_pipe("attribute_ruler")
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    texts.append("Y'all gonna let's c'mon, ain't nothin' there? It is what it is; do it!  \n\n  Gotta go.")
    attrs = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    for doc in nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]):
        a, b = doc.copy(), doc.copy()
        spacy_ruler(a)
        fast(b)
        assert (a.to_array(attrs) == b.to_array(attrs)).all(), doc.text[:60]


def test_fast_lemmatizer_rules_give_spacys_lemma(coder: Coder) -> None:
    """The copy of spaCy's rule lemmatizer (index as sets) gives spaCy's first lemma for every word."""
    from newsevents.nlp.fast import fast_pipeline

    fast = fast_pipeline(coder.nlp).lemmatizer
    assert fast is not None and fast.rules, "the bundled model's lemmatizer should be spaCy's rule lemmatizer"
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    texts.append("Y'all gonna let's c'mon, ain't nothin' there? The wolves' leaves were better, worse, best.")
    words = 0
    for doc in coder.nlp.pipe(texts, disable=["ner"]):
        for tok in doc:
            fast.lem.cache.clear()  # spaCy's own answer, not a cached one
            assert fast.rule_lemma(tok) == fast.lem.rule_lemmatize(tok)[0], (tok.text, tok.pos_)
            words += 1
    assert words > 10_000


def test_frozen_docs_hand_out_one_token_per_position_with_spacys_attributes(coder: Coder) -> None:
    """A frozen FastDoc's tokens are cached, and what they store is what spaCy's Token reads."""
    from spacy.tokens import Token

    from newsevents.nlp.fast import FastToken, fast_pipeline

    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    texts.append("Y'all gonna let's c'mon?  \n\n  “Ain't nothin',” she said — twice.\n")
    names = ["text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "i", "idx"]
    tokens = 0
    for doc in fast_pipeline(coder.nlp).pipe(texts):
        assert doc[0] is doc[0] and doc[3].head is doc[doc[3].head.i] and next(iter(doc.sents))[0] is doc[0]
        for tok in doc:
            assert type(tok) is FastToken
            spacy_side = {n: vars(Token)[n].__get__(tok) for n in names}
            assert {n: getattr(tok, n) for n in names} == spacy_side, tok.text
            assert tok.head.i == vars(Token)["head"].__get__(tok).i
            kids = tok.children
            assert [c.i for c in kids] == [c.i for c in vars(Token)["children"].__get__(tok)]
            assert all(c is doc[c.i] for c in kids) and list(kids) == list(kids)  # reusable, unlike a generator
            tokens += 1
        doc.release()  # type: ignore[attr-defined]
        assert type(doc[0]) is Token and doc[0] is not doc[0]
    assert tokens > 10_000


def test_sentences_of_frozen_docs_iterate_the_cached_tokens(coder: Coder) -> None:
    """FastSpan sentences give the same tokens as spaCy's, as the doc's cached objects, and
    behave like spaCy's spans once the doc lets its tokens go."""
    from spacy.tokens import Span

    from newsevents.nlp.fast import FastSpan, fast_pipeline, fast_sents

    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))[:6]]
    for doc in fast_pipeline(coder.nlp).pipe(texts):
        plain = list(doc.sents)
        sents = fast_sents(doc)
        assert all(type(s) is FastSpan for s in sents)
        assert [(s.start, s.end, s.text) for s in sents] == [(s.start, s.end, s.text) for s in plain]
        for s, p in zip(sents, plain, strict=True):
            assert [t.i for t in s] == [t.i for t in p]
            assert all(t is doc[t.i] for t in s)
        doc.release()  # type: ignore[attr-defined]
        assert [t.i for t in sents[0]] == [t.i for t in plain[0]]
        assert not any(type(s) is FastSpan for s in fast_sents(doc)) and isinstance(sents[0], Span)


def test_results_survive_a_round_trip_through_json(plain_lines: list[str]) -> None:
    for line in plain_lines:
        result = result_from_line(line)
        assert to_json_line(result, include_text=True) == line


def run(tmp: Path, inputs: list[str], name: str, **kw: object) -> tuple[list[str], int]:
    out = tmp / f"{name}.jsonl"
    opts = RunOptions(inputs=tuple(inputs), output=str(out), **kw)  # type: ignore[arg-type]
    report = code_run(opts, functools.partial(Coder))
    return out.read_text(encoding="utf-8").splitlines(), report.written


def test_two_workers_write_the_same_lines_in_input_order(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(sample_dir().glob("*.txt"))[:7]:
        (src / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "zz_empty.txt").write_text("", encoding="utf-8")  # an error record keeps its place
    one, n1 = run(tmp_path, [str(src)], "one", workers=1)
    two, n2 = run(tmp_path, [str(src)], "two", workers=2, chunk_size=2)
    assert n1 == n2 == 8
    assert one == two
    origins = [json.loads(line)["article"]["origin"] for line in one]
    assert origins == sorted(origins)


def test_progress_bar_shows_rate_and_eta() -> None:
    bar = ProgressBar.__new__(ProgressBar)
    bar.width = 10
    text = bar.render(Progress(done=50, resumed=25, elapsed=10.0, total=100))
    assert "75/100" in text and "5.0 articles/s" in text and "ETA 00:05" in text and "resumed after 25" in text
    assert "articles/s" in bar.render(Progress(done=3, resumed=0, elapsed=1.0))


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = sorted(sample_dir().glob("*.txt"))[0]
    assert main(["code", str(first), "-o", str(tmp_path / "o.jsonl")]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert main(["code", str(first), "-o", str(tmp_path / "o.jsonl"), "--workers", "0"]) == 2
