"""A faster stand-in for spaCy's ``attribute_ruler`` that makes exactly the same changes.

The English pipelines' attribute ruler maps fine tags to coarse POS, morphology and some
lemmas with ~180 Matcher rules run over every token; that cost a fifth of the parse. Here
the same rules are indexed by the tag or word they need, so each token is checked against
the few rules that can match it. Rules are read from the loaded ruler (its normalised
attributes, applied in its order: later rules win), so a model with other rules gets its
own; rules this module cannot read (other operators or attributes) make ``compile_ruler``
return None, and the original component is used.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["FastAttributeRuler", "FastLemmatizer", "compile_lemmatizer", "compile_ruler"]

_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_READ = [TAG, LOWER, DEP, IS_SPACE]  # the token tuple, as hashes (the empty string hashes to 0)
_BULK = [POS, MORPH, LEMMA, TAG]  # written with one from_array; DEP (rare) token by token
_KEY_ORDER = (0, 1, 2, 3)  # index a rule by a tag if it can, else by a word, a dependency, a space


@dataclass(frozen=True, slots=True)
class _Cond:
    attr: int  # index into the token's (tag, lower, dep, is_space) hashes
    op: str  # "==", "IN", "NOT_IN", "REGEX"
    value: Any  # a hash, a frozenset of hashes, or a compiled pattern


@dataclass(frozen=True, slots=True)
class _Rule:
    rule: int  # the ruler's attribute id: application order
    tokens: tuple[tuple[_Cond, ...], ...]
    index: int


def _cond(key: str, value: Any, strings: Any) -> _Cond | None:
    if key not in _ATTRS:
        return None
    attr = _ATTRS[key]
    if isinstance(value, bool):
        return _Cond(attr, "==", int(value)) if attr == 3 else None
    if isinstance(value, str):
        return _Cond(attr, "==", strings[value]) if attr != 3 else None
    if isinstance(value, dict) and len(value) == 1 and attr != 3:
        (op, arg), = value.items()
        if op in {"IN", "NOT_IN"} and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            return _Cond(attr, op, frozenset(strings[a] for a in arg))
        if op == "REGEX" and isinstance(arg, str):
            return _Cond(attr, "REGEX", re.compile(arg))
    return None


class FastAttributeRuler:
    """Callable component: ``ruler(doc)`` sets what spaCy's attribute ruler would have set."""

    def __init__(self, rules: list[_Rule], attrs: list[dict[int, int]], strings: Any) -> None:
        self.attrs = attrs
        self.strings = strings
        self.index: list[dict[int, list[_Rule]]] = [defaultdict(list) for _ in _ATTRS]
        self.always: list[_Rule] = []
        self.regex_cache: dict[tuple[int, int], bool] = {}
        self.first_cache: dict[tuple[int, ...], tuple[_Rule, ...]] = {}
        for r in rules:
            first = r.tokens[0]
            keyed = next((c for a in _KEY_ORDER for c in first if c.attr == a and c.op in {"==", "IN"}), None)
            if keyed is None:
                self.always.append(r)
            else:
                for v in ([keyed.value] if keyed.op == "==" else sorted(keyed.value)):
                    self.index[keyed.attr][v].append(r)
        self.index = [dict(ix) for ix in self.index]

    def _ok(self, c: _Cond, v: int) -> bool:
        if c.op == "==":
            return bool(v == c.value)
        if c.op == "IN":
            return v in c.value
        if c.op == "NOT_IN":
            return v not in c.value
        key = (id(c), v)
        hit = self.regex_cache.get(key)
        if hit is None:
            if len(self.regex_cache) > 50_000:  # words are unbounded: keep the cache small
                self.regex_cache.clear()
            hit = self.regex_cache[key] = bool(c.value.search(self.strings[v])) if v else bool(c.value.search(""))
        return hit

    def _first(self, row: tuple[int, int, int, int]) -> tuple[_Rule, ...]:
        """The rules whose first token matches a token with these (tag, lower, dep, space) hashes."""
        cands = (self.always + self.index[0].get(row[0], []) + self.index[1].get(row[1], [])
                 + self.index[2].get(row[2], []) + self.index[3].get(row[3], []))
        ok = self._ok
        return tuple(r for r in cands if all(ok(c, row[c.attr]) for c in r.tokens[0]))

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = [tuple(r) for r in doc.to_array(_READ).tolist()]
        hits: list[tuple[int, int, int]] = []  # (rule, start, target)
        # A token's first-token matches depend on its four hashes only: remember them per word.
        first = self.first_cache
        if len(first) > 20_000:  # words are unbounded: keep the cache small (common words refill it)
            first.clear()
        ok = self._ok
        for s, row in enumerate(rows):
            cands = first.get(row)
            if cands is None:
                cands = first[row] = self._first(row)
            for r in cands:
                span = len(r.tokens)
                if span > 1 and (s + span > n or not all(ok(c, rows[s + k][c.attr])
                                                         for k in range(1, span) for c in r.tokens[k])):
                    continue
                hits.append((r.rule, s, s + (r.index if r.index >= 0 else span + r.index)))
        if not hits:
            return doc
        hits = sorted(set(hits))
        cols = {a: k for k, a in enumerate(_BULK)}
        arr = doc.to_array(_BULK)
        dep_of: dict[int, int] = {}
        for rule, _s, target in hits:
            for attr, value in self.attrs[rule].items():
                if attr in cols:
                    arr[target, cols[attr]] = value
                else:
                    dep_of[target] = value
        doc.from_array(_BULK, arr)  # type: ignore[arg-type]  # spaCy's stubs want Ints2d
        for target, value in dep_of.items():
            doc[target].dep = value
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def compile_ruler(nlp: Language, name: str = "attribute_ruler") -> FastAttributeRuler | None:
    """The fast ruler for ``nlp``'s attribute ruler, or None when its rules are not all understood."""
    if name not in nlp.pipe_names:
        return None
    ruler: Any = nlp.get_pipe(name)
    rules: list[_Rule] = []
    attrs: list[dict[int, int]] = []
    bulk = set(_BULK)
    for i, normed in enumerate(ruler.attrs):
        if not isinstance(normed, dict) or any(not isinstance(k, int) or (k not in bulk and k != DEP) for k in normed):
            return None  # extension attributes or others this module does not write
        attrs.append({int(k): int(v) for k, v in normed.items()})
        entry = ruler.matcher.get(str(i))
        if entry is None:
            return None
        for pattern in entry[1]:
            tokens = []
            for spec in pattern:
                conds = [_cond(k, v, nlp.vocab.strings) for k, v in spec.items()]
                if not spec or any(c is None for c in conds) or set(spec) - set(_ATTRS):
                    return None
                tokens.append(tuple(c for c in conds if c is not None))
            rules.append(_Rule(i, tuple(tokens), int(ruler.indices[i])))
    return FastAttributeRuler(rules, attrs, nlp.vocab.strings)


class FastLemmatizer:
    """spaCy's lemmatizer with a cache read from token arrays instead of Token objects.

    The lemma is a function of (word, POS, morphology): spaCy's own cache uses that key. This
    keeps its answers as strings (so they outlive memory zones), looks them up without building
    a Token per word, and asks spaCy only on a miss. Both caches are cleared when large.
    """

    MAX_CACHE = 50_000  # entries (~12 MB): news vocabulary fits; more only grows memory on new words

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.pipeline import Lemmatizer

        self.lem = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cache: dict[tuple[int, int, int], str] = {}
        self.validated = False
        # spaCy's own rule method (not a subclass's): a miss can use the copy below
        method = getattr(lemmatizer.lemmatize, "__func__", None)
        self.rules = method is Lemmatizer.rule_lemmatize and type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize
        self.index_sets: dict[str, frozenset[str]] = {}

    def rule_lemma(self, token: Any) -> str:
        """spaCy 3.8's ``rule_lemmatize``, first form, with each POS's word index as a set.

        spaCy keeps the index as lists (57,000 nouns), and its ``form in index`` tests were
        nearly all the cost of a cache miss, a tenth of the parse on new text. The same steps
        in the same order, so the same lemma (``tests/test_engine.py`` compares them).
        """
        lem = self.lem
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space") or lem.is_base_form(token):
            return str(lem.rule_lemmatize(token)[0])
        index_table = lem.lookups.get_table("lemma_index", {})
        exc_table = lem.lookups.get_table("lemma_exc", {})
        rules_table = lem.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return str(lem.rule_lemmatize(token)[0])
        index = self.index_sets.get(univ_pos)
        if index is None:
            index = self.index_sets[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = token.text
        string = orig.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms[0]

    def __call__(self, doc: Doc) -> Doc:
        if not self.validated:  # spaCy checks its tables on the first call: let it
            self.validated = True
            result: Doc = self.lem(doc)
            return result
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        overwrite = bool(getattr(self.lem, "overwrite", False))
        cache = self.cache
        if len(cache) > self.MAX_CACHE:
            cache.clear()
        inner = getattr(self.lem, "cache", None)
        if isinstance(inner, dict) and len(inner) > self.MAX_CACHE:
            inner.clear()
        add = self.strings.add
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            text = cache.get(key)
            if text is None:
                text = cache[key] = self.rule_lemma(doc[i]) if self.rules else self.lem.lemmatize(doc[i])[0]
            arr[i, 3] = add(text)
        doc.from_array([LEMMA], arr[:, 3:4])  # type: ignore[arg-type]  # spaCy's stubs want Ints2d
        return doc


def compile_lemmatizer(nlp: Language, name: str = "lemmatizer") -> FastLemmatizer | None:
    """The cached lemmatizer for ``nlp``'s spaCy lemmatizer, or None when it is not spaCy's own."""
    if name not in nlp.pipe_names:
        return None
    from spacy.pipeline import Lemmatizer

    lem = nlp.get_pipe(name)
    if type(lem) is not Lemmatizer and not isinstance(lem, Lemmatizer):
        return None
    return FastLemmatizer(lem)
