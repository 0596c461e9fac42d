"""When an event happened: time clauses, perfects and the time expression that belongs to a trigger."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsevents.extract.events.words import SPOKEN_MEDIA
from newsevents.extract.times import TimeMention
from newsevents.nlp.tree import straight_lower

# an act in a clause or phrase opened by these happened at another time than its main clause
TEMPORAL_MARKS = frozenset({"after", "before", "since", "until"})


def time_clause(node: Token) -> tuple[Token | None, set[int]] | None:
    """The conjunction and the tokens of the clause or phrase ``node`` opens, if it is one.

    An adverbial clause ("two days after he was killed"), a temporal phrase ("after the strike"),
    or the parser's split of "after a mob laid siege": "after" + "a mob" hung on the main verb
    and "laid" an adverbial clause without its subject, right after them.
    """
    if node.dep_ == "prep" and node.lower_ in TEMPORAL_MARKS:
        return node, {t.i for t in node.subtree}
    if node.dep_ != "advcl":
        return None
    mark = next((m for m in node.children if m.dep_ == "mark"), None)
    tokens = {t.i for t in node.subtree}
    if mark is None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        split = next((p for p in node.head.children if p.dep_ == "prep" and p.lower_ in TEMPORAL_MARKS
                      and p.i < node.i and p.right_edge.i + 1 == node.left_edge.i), None)
        if split is not None:
            return split, tokens | {t.i for t in split.subtree}
    return mark, tokens


def temporal_clauses(tok: Token) -> Iterator[set[int]]:
    """The tokens of each "after"/"before"/"since"/"until" clause or phrase holding ``tok``, innermost first."""
    for node in [tok, *tok.ancestors]:
        found = time_clause(node)
        if found is not None and found[0] is not None and found[0].lower_ in TEMPORAL_MARKS:
            yield found[1]


def time_clause_of(tok: Token) -> int | None:
    """The first token of the innermost temporal clause holding ``tok`` (None: the main clause). Two
    words with different answers happened at different times, and a place named for one ("protesters
    marched in Tehran on Sunday, two days after he was killed") is not the other's."""
    return next((min(tokens) for tokens in temporal_clauses(tok)), None)


PERFECT_AUX = {"has", "have", "'ve", "'s"}


def present_perfect(verb: Token) -> bool:
    """A past participle with a perfect "have" (typeset "’ve", "’s" too: the curly apostrophe is the same word)."""
    return (verb.pos_ in {"VERB", "AUX"} and verb.tag_ == "VBN"
            and any(c.dep_ == "aux" and straight_lower(c) in PERFECT_AUX for c in verb.children))


def perfect_misdated(trig: Token, tt: Token, tm: TimeMention) -> bool:
    """Would the definite past time ``tt`` date a present perfect, which it cannot?

    English does not say "police have arrested five men last week": the perfect is about now, and
    a finished past time near it belongs to a noun in its object ("have arrested five men over
    the bombing of a bus last week": the bombing's week), which the parser may hang on the verb,
    and then it dates neither that verb nor a verb beside it ("..., as the president called for
    a special court"). "Since Monday" and "this week" go with the perfect and keep dating it, and
    so does the time of a verb that reports it ("has agreed to open the crossings, the UN chief
    said on Monday"; "in a statement on Thursday, she said he has opposed it"): the time it is
    told from.
    """
    ref = tm.ref
    if ref.precision not in {"day", "week"} or ref.date is None or ref.anchor is None or ref.date >= ref.anchor:
        return False
    if (ref.rule or "").startswith(("dates:this-", "dates:weekend")):
        return False
    head = tt.head
    if tt.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in {"since", "for", "over", "during", "within", "until", "till"}:
            return False
        head = head.head
    if tt.dep_ in {"npadvmod", "pobj"} and present_perfect(head):
        return True
    gov = next((a for a in tt.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return present_perfect(trig) and (gov is None or gov not in trig.ancestors)


def in_other_time_clause(tt: Token, trig: Token) -> bool:
    """Is the time ``tt`` inside an "after"/"before"/"since"/"until" clause or phrase that ``trig`` is not in?"""
    return any(trig.i not in tokens for tokens in temporal_clauses(tt))


# "killed two commanders in an air strike", "died during clashes", "was hit by a missile strike": the
# verb happened in, during or by the occasion the noun names, so the two share their time
OCCASION_PREPS = frozenset({"in", "during", "by"})


def occasion_verb(noun: Token) -> Token | None:
    """The verb whose "in"/"during"/"by" phrase holds the event noun ``noun``, if it is one."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    return prep.head


def occasion_time(noun: Token, tt: Token) -> bool:
    """Does the time ``tt`` hang on the verb whose "in"/"during"/"by" phrase holds the event noun ``noun``?

    "US troops killed two commanders in an air strike near Kirkuk on Monday": "on Monday" hangs
    on "killed", and dates the strike too. Only a time right on that verb ("on Monday",
    "yesterday", "last week"), never one inside another of its phrases or clauses.
    """
    verb = occasion_verb(noun)
    if verb is None:
        return False
    if tt.head.i == verb.i:
        return tt.dep_ in {"npadvmod", "advmod", "tmod"}
    return tt.dep_ == "pobj" and tt.head.dep_ == "prep" and tt.head.head.i == verb.i and tt.head.i != noun.head.i


# nouns that count the repeats of an act: "imposed a curfew for a second night on Sunday"
REPEAT_NOUNS = frozenset({"day", "night", "time", "week", "weekend"})


def framing_noun(verb: Token, tt: Token) -> Token | None:
    """The noun of ``verb``'s phrase that holds the time ``tt`` and frames the act itself, if there is one.

    "In a statement issued late on Sunday, the government admitted ...", "said in a televised address on
    Sunday night": the act is made of the words of the statement or address, so the statement's time is
    its own. "Curfews were imposed for a second night on Sunday": the night counted is the act's. The time
    hangs on the noun or on a participle describing it ("issued", "released"), never in a clause of its own.
    """
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    path = list(tt.ancestors)
    k = next((n for n, a in enumerate(path) if a.i == verb.i), None)
    if k is None or k < 2 or path[k - 1].dep_ != "prep":
        return None
    noun, below = path[k - 2], path[: k - 2]
    medium = path[k - 1].lower_ == "in" and noun.lemma_.lower() in SPOKEN_MEDIA
    repeat = path[k - 1].lower_ == "for" and noun.lemma_.lower() in REPEAT_NOUNS
    if noun.dep_ != "pobj" or not (medium or repeat):
        return None
    # only a preposition, an adverb ("late on Sunday") or a describing participle between the noun and the time
    if not all(a.dep_ in {"prep", "advmod", "npadvmod", "pobj"} or (a.dep_ in {"acl", "amod"} and a.tag_ == "VBN")
               for a in below):
        return None
    if tt.dep_ not in {"pobj", "npadvmod", "compound"} and not (tt.dep_ == "advmod" and tt.head.i == noun.i):
        return None
    return noun
