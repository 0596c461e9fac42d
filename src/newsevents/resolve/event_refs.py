"""An event the story mentions again: "the strike", "Soleimani's killing", told after the sentence that dated it.

A story tells an act once with its time ("a US strike yesterday killed ...") and names it again
later by a definite noun ("Zarif criticized the US strike") or a possessive nominalisation ("the
Pentagon said Trump had ordered Soleimani's killing"). Coded alone, each later mention falls back
to the article date and the dateline, and an analyst counting events per day sees a second strike
on the day the story was written. Here such a mention takes the date, and the place when it names
none, of the earlier event it refers back to; ``Event.time.rule`` and ``Event.place.rule`` say so.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.times import TimeMention
from newsevents.model import ActorRef, Event, Place
from newsevents.ontology.actor_codes import INTERNATIONAL
from newsevents.resolve.event_dates import occasion_verb
from newsevents.resolve.places import great_circle_km

# determiners that name an occasion already known
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# modifiers that make the noun another occasion than one told before ("a new attack", "the second strike",
# "the previous raid", "a possible strike")
OTHER_OCCASION = frozenset({
    "new", "fresh", "another", "other", "second", "third", "fourth", "fifth", "latest", "last", "next", "previous",
    "earlier", "prior", "past", "former", "final", "separate", "further", "first", "future", "possible", "potential",
    "planned", "subsequent", "similar", "renewed", "repeated", "retaliatory", "annual", "weekly", "daily",
    "deadliest", "worst", "biggest", "largest", "any", "every", "each", "no",
})
# words for a time that a possessive or a modifier dates the noun with ("last year's attack", "Sunday's bombing")
TIME_WORDS = frozenset({"year", "month", "week", "day", "night", "morning", "afternoon", "evening", "weekend",
                        "yesterday", "today", "tonight", "decade", "century", "summer", "winter", "spring",
                        "autumn", "fall"})
# verbs whose object is an act going on, taken up again or begun anew, not the one told ("continued their assault",
# "stepped up the offensive")
ONGOING = frozenset({"continue", "resume", "renew", "intensify", "escalate", "step", "expand", "widen", "extend",
                     "begin", "start", "launch"})
# CAMEO roots whose acts one mention may name with another's word: a strike told as a killing
VIOLENCE = frozenset({"18", "19"})
# the roots of material conflict (protest, force posture, reduced relations, coercion, assault, fighting, mass
# violence): one occasion with a time and a place, which a story names again as "the protest", "the raid".
# Spoken and diplomatic acts are not: a story tells many praises, criticisms and meetings between the same
# sides ("his criticism" of years ago, "the leaders' meeting" with another president), not one named again.
OCCASIONS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
NEAR_KM = 50.0


def _dates_it(tok: Token) -> bool:
    return (tok.ent_type_ in {"DATE", "TIME", "ORDINAL"} or tok.like_num or tok.lower_ in OTHER_OCCASION
            or tok.lemma_.lower() in TIME_WORDS)


def names_told_occasion(trig: Token, time_tokens: set[int]) -> int:
    """Is ``trig`` an event noun that may name an occasion told before? 2: a definite noun or a possessive
    nominalisation ("the strike", "the US strike", "this attack", "Soleimani's killing", "their raid"); 1: an
    indefinite one ("martyred in an attack by America") or a gerund after a preposition ("by killing
    Soleimani"), which names the told event only when it names both of its sides; 0: neither.

    Not a bare noun ("airstrikes"), nor one a modifier, possessive or phrase of its own dates or sets apart
    ("a new attack", "last year's attack", "the 2019 strike", "the second raid", "the attack on Monday":
    ``time_tokens`` are the tokens of the article's time expressions).
    """
    nominal = trig.pos_ in {"NOUN", "PROPN"} or (
        trig.tag_ == "VBG" and any(c.dep_ == "poss" for c in trig.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trig.children))
    if not nominal:
        # a gerund after a preposition names the act as a thing done: "took action by killing Soleimani",
        # "condemned them for shelling the town"; like an indefinite noun, it names both sides or nothing told
        gerund = (trig.tag_ == "VBG" and trig.dep_ == "pcomp"
                  and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trig.children))
        return 1 if gerund and not any(t.i in time_tokens for t in trig.subtree) else 0
    dets = [c.lower_ for c in trig.children if c.dep_ in {"det", "predet"}]
    poss = any(c.dep_ == "poss" for c in trig.children)
    if (dets and all(d in DEFINITE for d in dets)) or (poss and not dets):
        level = 2
    elif dets == ["a"] or dets == ["an"]:
        level = 1
    else:
        return 0
    mods = [c for c in trig.children if c.dep_ in {"amod", "nummod", "compound", "npadvmod", "advmod", "quantmod",
                                                     "poss", "nmod"}]
    if any(_dates_it(t) for m in mods for t in m.subtree) or any(t.i in time_tokens for t in trig.subtree):
        return 0
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in ONGOING:
        return 0  # "continued their assault": the act goes on now
    return level


def _key(actor: ActorRef | None) -> str | None:
    """The actor's country or international body; None when the code names neither ("---CVL", no actor)."""
    code = actor.code if actor is not None else None
    if not code or code.startswith("---"):
        return None
    return code[:6] if code[:3] in INTERNATIONAL else code[:3]


def _same_scene(a: Place, b: Place) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if a.precision in {"city", "landmark"} and b.precision in {"city", "landmark"}:
        return a.name == b.name or great_circle_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM
    return True


def agreement(later: Event, later_place: Place | None, earlier: Event, earlier_place: Place | None) -> int | None:
    """How many sides of ``earlier`` the ``later`` mention shares (None: it cannot be the same event).

    An act of material conflict (``OCCASIONS``) of the same CAMEO root, or violence of roots 18 and 19 with
    each other; one side at least of the same country or body and none of another (an unknown side fits any:
    "the US strike" is the US strike on the IRGC, but "the arrest of three people" is not the arrest of 60
    by the police, nor "Georgia's invasion" the killing of civilians by shells); and, when the mention names
    a place of its own (``later_place``: not the dateline), the earlier event named one nearby ("the clashes
    in Afrin" are not the shelling of another town told before, nor shelling told nowhere).
    """
    if later.root not in OCCASIONS:
        return None
    if later.root != earlier.root and not (later.root in VIOLENCE and earlier.root in VIOLENCE):
        return None
    shared = 0
    for mine, theirs in ((later.source, earlier.source), (later.target, earlier.target)):
        a, b = _key(mine), _key(theirs)
        if a is not None and b is not None:
            if a != b:
                return None
            shared += 1
    if later_place is not None and (earlier_place is None or not _same_scene(later_place, earlier_place)):
        return None
    return shared or None


def referent(later: Event, later_place: Place | None, told: list[tuple[Event, Place | None]], *,
             both_sides: bool = False) -> tuple[Event, Place | None] | None:
    """The event among ``told`` (dated by a time of their own, told before ``later``, each with the place
    its sentence names) that ``later`` names again: the one sharing most sides with it, the nearest before
    it among equals; with ``both_sides``, only one whose source and target ``later`` names too."""
    best: tuple[int, int, tuple[Event, Place | None]] | None = None
    for k, (ev, place) in enumerate(told):
        if ev.negated:
            continue
        score = agreement(later, later_place, ev, place)
        if score is not None and (score == 2 or not both_sides) and (best is None or (score, k) >= best[:2]):
            best = (score, k, (ev, place))
    return best[2] if best is not None else None


def possessive_occasion(trig: Token, times: list[TimeMention]) -> TimeMention | None:
    """The time a possessive gave the same event noun earlier in the story, if it did.

    "drop the description of last Wednesday's clashes as a riot. Police fired tear gas during those clashes":
    the first mention is dated by its possessive but coded as no event (it is what a description is of), so
    no told event carries the date; the later definite noun of the same word names that occasion and takes it.
    The nearest such mention before ``trig`` wins.
    """
    doc, best = trig.doc, None
    for tm in times:
        if tm.token_end > trig.i or tm.ref.date is None or tm.ref.precision == "none":
            continue
        root = doc[tm.token_start : tm.token_end].root
        if root.dep_ == "poss" and root.head.i < trig.i and root.head.lemma_.lower() == trig.lemma_.lower():
            best = tm
    return best


def during_dated(events: list[Event], out: list[Event], trigs: list[Token]) -> list[Event]:
    """An act during an occasion dated by referring back shares its date: "fired tear gas during those
    clashes, in which dozens were injured" (the verb whose "in"/"during"/"by" phrase holds the noun, and a
    relative clause on it). Only undated acts of the same sentence; the noun's own date is not moved."""
    res = list(out)
    for k, ev in enumerate(out):
        trig = trigs[k]
        if ev.time is not None:
            continue
        for j, dated in enumerate(out):
            noun = trigs[j]
            if dated.time is None or events[j].time is not None or noun.sent.start != trig.sent.start:
                continue
            verb = occasion_verb(noun)
            if (verb is not None and verb.i == trig.i) or (trig.dep_ == "relcl" and trig.head.i == noun.i):
                rule = f"during event {dated.id} ({dated.time.rule})"
                res[k] = replace(ev, date=dated.date, time=replace(dated.time, rule=rule))
                break
    return res
