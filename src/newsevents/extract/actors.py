"""Find actors in a parsed Doc: dictionary names, role nouns with their country, pronouns.

The resolution of a noun phrase to a CAMEO actor code happens here because it needs the
parse (modifiers, appositions, compounds); it returns plain records, never spaCy objects.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsevents.dictionaries import ActorEntry, Dictionaries, Lexicon, Role
from newsevents.nlp.tree import has_to_marker, straight_lower
from newsevents.ontology.actor_codes import INTERNATIONAL, code_blocks

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["ActorMatcher", "DocActors", "Mention", "Resolved", "in_dateline"]

ORG_KINDS = {"organization"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary match: tokens ``start:end`` name ``entry`` in the given form."""

    start: int
    end: int
    entry: ActorEntry
    form: str
    surface: str


@dataclass(frozen=True, slots=True)
class Resolved:
    """An actor read from a noun phrase: its code, the words, and the rule that gave it."""

    code: str
    text: str
    start: int  # character offsets into the Doc text
    end: int
    rule: str
    entity: str | None = None  # dictionary entry id, or "text:<name>" for unknown named actors
    kind: str = "agent"  # country | organization | person | agent | group | unknown
    plural: bool = False
    token: int = -1


def named_as(r: Resolved) -> str:
    """The words a resolved mention names its actor by: a pronoun or description resolved to an earlier one ("Ms.
    Lee … She … she said", "Sen. Bernie Sanders … the senator … he said") is named by what that one stood for, so
    a chain keeps the name it started from."""
    if r.rule.startswith("coref:") and "->" in r.rule:
        return r.rule.split("->", 1)[1]
    return r.text


def named_state(r: Resolved) -> bool:
    """A country named as a state, by its name, abbreviation or capital ("China", "the US", "Beijing"), not by its
    people's adjective ("Chinese protested", "the Iranians"): a state acting, not a crowd of its people."""
    return r.kind == "country" and not r.plural and not r.rule.startswith(("coref:", "place:")) \
        and r.rule.rsplit(":", 1)[-1] in {"name", "abbreviation", "capital"}


def referent(r: Resolved) -> tuple[str, str]:
    """Who a resolved mention stands for: its entity, else the words of the mention it was resolved to."""
    if r.entity is not None:
        return ("entity", r.entity)
    return ("text", r.rule.split("->", 1)[1] if r.rule.startswith("coref:") and "->" in r.rule else r.text)


# An object pronoun is never its own clause's subject ("Sanders endorsed him"); a reflexive always is.
OBJECT_DEPS = {"dobj", "dative", "iobj"}
# verbs whose object does a bare infinitive after them, which the parser reads as that verb's subject ("to help
# it fight Russia", "let them leave", "made him resign"): the pronoun is still the object of the first verb
CAUSATIVE_VERBS = {"help", "let", "make"}
# adjectives whose "to" clause says what their subject does: "it is ready to attack" is the country's
SUBJECT_ADJECTIVES = {
    "able", "unable", "ready", "willing", "unwilling", "eager", "keen", "prepared", "determined", "reluctant",
    "likely", "unlikely", "certain", "sure", "set", "due", "poised", "free", "quick", "slow", "careful", "happy",
    "glad", "proud", "afraid", "anxious", "entitled", "obliged", "bound", "about", "expected", "supposed",
}


class ActorMatcher:
    """Dictionary surfaces compiled into spaCy PhraseMatchers: case-sensitive for our own
    dictionaries, case-insensitive for PETRARCH's upper-case ones (``Surface.fold``)."""

    def __init__(self, nlp: Language, dicts: Dictionaries) -> None:
        self.dicts = dicts
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_key: dict[str, list[tuple[ActorEntry, str, bool]]] = defaultdict(list)
        texts: set[str] = set()
        folded: set[str] = set()
        for s in dicts.surfaces:
            entry = dicts.actors.get(s.entry)
            if entry is None or not s.text.strip():
                continue
            if s.fold:
                self.by_key[_fold_key(s.text)].append((entry, s.form, s.weak))
                folded.add(s.text)
                continue
            self.by_key[s.text].append((entry, s.form, s.weak))
            texts.add(s.text)
            if s.text.upper() != s.text and len(s.text) > 3:
                # headlines and all-caps datelines: "IRAN", "BAGHDAD"
                self.by_key[s.text.upper()].append((entry, s.form, s.weak))
                texts.add(s.text.upper())
        self.matcher.add("ACTOR", [nlp.make_doc(t) for t in sorted(texts)])
        # our names written in the wrong case ("president obama", "iSrael"): matched only where the
        # tagger also saw a name, since "turkey", "chad" and "jordan" are words as well
        self.miscased = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_lower: dict[str, list[tuple[ActorEntry, str, bool]]] = defaultdict(list)
        for t in texts:
            if len(t) > 3 and t.upper() != t:
                self.by_lower[t.lower()] += self.by_key[t]
        self.miscased.add("ACTOR", [nlp.make_doc(t) for t in sorted(self.by_lower)])
        if folded:
            self.folded.add("ACTOR", [nlp.make_doc(t) for t in sorted(folded)])
        self.has_folded = bool(folded)
        # given names of the dictionary's people: a surname that is also one ("Ahmed" of Abiy
        # Ahmed, "Hassan") names nobody alone, only after the full name
        # peoples (ethnic and religious groups): they code the role words they modify ("Kurdish fighters")
        # and stand alone ("the Kurds"), but own no thing or place ("the Kurdish region", "Kurdish aspirations")
        self.people_sources = {e.source for e in dicts.actors.values() if e.category == "people"}
        self.given_names = {n.split()[0] for e in dicts.actors.values() if e.kind == "person"
                            and e.country not in FAMILY_NAME_FIRST for n in (e.name, *e.aliases) if len(n.split()) >= 2}
        # the words of each person's full names, to tell "Lisa Kim" from a listed "Jim Yong Kim"
        self.name_words: dict[str, set[str]] = defaultdict(set)
        for s in dicts.surfaces:
            entry = dicts.actors.get(s.entry)
            if entry is not None and entry.kind == "person" and s.form == "name":
                self.name_words[entry.id].update(w.lower().rstrip(".") for w in s.text.split())
        # agent terms: single lemmas and multi-word lemma sequences
        self.agents = dicts.agents
        self.max_agent_words = max((len(t.split()) for t in self.agents), default=1)

    def _lower_demonym(self, span: Span) -> bool:
        """A country's adjective or people written in lower case ("iranian officials", "tunisians
        protested", scraped text and headlines): unlike the names ("turkey", "chad", "jordan") these are
        no common words, but for the few in COMMON_DEMONYMS ("polish", "swiss cheese", "great danes")."""
        if not all(t.is_lower for t in span):
            return False
        cands = self.by_lower.get(span.text.lower(), [])
        return bool(cands) and all(c[0].kind == "country" and c[1] == "adjective" for c in cands)

    def mentions(self, doc: Doc, day: date | None = None, datelines: list[Mention] | None = None,
                 is_place: Callable[[str], bool] | None = None) -> list[Mention]:
        """Longest, non-overlapping dictionary matches in document order (matches inside a wire dateline go
        to ``datelines``: places, no actors). ``is_place``: does the gazetteer know a name as a place.

        A surname shared by several people names the one seen in full earlier, else the only
        one in office on ``day`` ("President Bush" in 2008 is George W.)."""
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        exact = {(sp.start, sp.end) for sp in spans}
        spans += [doc[s:e] for _, s, e in self.miscased(doc)
                  if (s, e) not in exact and doc[s:e].text not in COMMON_DEMONYMS
                  and ((any(t.ent_type_ in MISCASED_ENTS for t in doc[s:e]) and not (e - s == 1 and common_word_modifier(doc[s])))
                       or self._lower_demonym(doc[s:e]))]
        if self.has_folded:
            # "us", "it": a lower-case function word is never a folded name
            spans += [doc[s:e] for _, s, e in self.folded(doc)
                      if not (e - s == 1 and doc[s].is_lower and doc[s].pos_ in FUNCTION_POS)]
        # a name inside a longer proper-noun name is not that actor ("Iran Air", "Jordan Peterson")
        out: list[Mention] = []
        full_names_seen: dict[str, int] = {}  # people named in full so far -> where last
        seen_words: dict[str, tuple[ActorEntry, str, bool]] = {}  # words of the people named in full so far
        # surnames written after another person's first name ("Ted Cruz", "Kevin Moore"): that
        # person's, here and later in the story, unless the listed person came in full
        other_people: set[str] = set()
        country_surnames: set[str] = set()  # "Steve Israel", "Sen. Jordan": countries' names that are surnames here
        person_words = {t.text for t in doc if t.ent_type_ == "PERSON"} if is_place is not None else set()
        for span in filter_spans(spans):
            cands = (self.by_key.get(span.text, []) or self.by_key.get(_fold_key(span.text), [])
                     or self.by_lower.get(span.text.lower(), []))
            if _inside_longer_name(span) and not self._agent_tail(span, cands):
                continue
            if span.start > 0 and span.text.lower() in {"american", "americans"} \
                    and doc[span.start - 1].lower_ in CONTINENT_PARTS:
                continue  # "Latin American leaders", "South American nations": the continent's, not the US
            if _water_named_for(span):
                continue  # "held exercises in the Sea of Japan": the water, no actor
            if _new_place(span):
                continue  # "Sen. Tom Udall of New Mexico": a US state, not Mexico
            if in_party_label(span):
                continue  # "Ann Roe (D-New Mexico)", "(R-Georgia)": the state the member of Congress is from
            if in_dateline(span):
                if datelines is not None and cands:
                    entry, form, _ = next((c for c in cands if not c[2]), cands[0])
                    datelines.append(Mention(span.start, span.end, entry, form, span.text))
                continue  # "WASHINGTON (AP) — Trump said": where the story was filed, no actor
            if cands and all(c[0].kind == "country" for c in cands) and _ends_a_person_name(span) \
                    and doc[span.start - 1].text in self.given_names:
                country_surnames.add(span.text)
                continue  # "David French", "Steve Israel", "Nigel English": a surname, not the country
            if len(span) == 1 and (after_title_abbreviation(span[0]) or (
                    span.text in country_surnames and span[0].dep_ in {"nsubj", "nsubjpass"} and span[0].is_title)):
                # "Sen. Jordan" is a person (a listed one of the surname, or none), and "Rep. Steve Israel … Israel
                # said" that person again: the subject is the one named before, not the country
                country_surnames.update(span.text for c in cands if c[0].kind == "country")
                cands = [c for c in cands if c[0].kind != "country"]
                if not cands:
                    continue
            honour = HONORIFICS.get(doc[span.start - 1].lower_.rstrip(".")) \
                if span.start > 0 and doc[span.start - 1].text[:1].isupper() else None
            if honour is not None and cands:
                # "Mr. Clinton": the honorific says which of the listed Clintons, whoever was named in full last
                cands = [c for c in cands if c[0].kind != "person" or c[0].gender in {None, honour}]
                if not cands:
                    continue
            strong = [c for c in cands if not c[2]]
            chosen: tuple[ActorEntry, str, bool] | None = None
            if not strong and cands:
                given = self._given_names(span)
                if (given and not any(given & self.name_words[c[0].id] for c in cands)) or (
                        not given and _given_name_of_another(span, [c[0] for c in cands], self.agents)):
                    other_people.add(span.text)  # "Lisa Kim", "Ted Cruz" (not Manuel Marrero Cruz)
                    continue
                if span.text in other_people and not any(c[0].id in full_names_seen for c in cands):
                    continue  # "Kevin Moore … Moore said": the person named in full, not a listed Moore
                if _named_by_place_kind(span):
                    continue  # "docked at the island of Rhodes": the place, even after Ben Rhodes was named
                if len(span) == 1 and span[0].pos_ == "ADJ" and span[0].ent_type_ in {"LANGUAGE", "NORP"}:
                    continue  # "an English professor", "a French diplomat": a language or nationality, no Bill English
                if _opening_word(span) and span.text not in seen_words \
                        and not any(c[0].id in full_names_seen for c in cands):
                    continue  # "Cotton prices rose", "Power cuts hit Kyiv": a word opening a sentence
                if _first_name(span) or span[-1].ent_type_ in {"DATE", "TIME"} or (
                        span.start > 0 and doc[span.start - 1].text in {"v.", "vs.", "v", "vs"}):  # "V." is an initial
                    continue  # "Kerry Washington", "Dan Patrick", "in May 2011", "Roe v. Wade"
            if strong:
                chosen = strong[0]
            else:
                weak_ids = {c[0].id for c in cands}
                # "Bill Clinton … Hillary Clinton … Clinton said": the one named in full most recently
                seen = sorted((c for c in cands if c[0].id in full_names_seen), key=lambda c: -full_names_seen[c[0].id])
                if not seen and span.text in seen_words and (
                        honour is None or seen_words[span.text][0].gender in {None, honour}):
                    seen = [seen_words[span.text]]  # "King Abdullah … Abdullah said": the one named before
                serving = {c[0].id: c for c in cands if day is not None and c[0].role_on(day) is not None}
                if seen:
                    chosen = seen[0]
                elif span[-1].ent_type_ in {"GPE", "LOC", "FAC"} and (
                        is_place is None or is_place(span.text) or span[-1].text not in person_words) \
                        and not (len(serving) == 1 and _acting_subject(span)):
                    pass  # "the curfew in Lagos": a surname the tagger reads as a place is that place, unless no
                    # gazetteer knows the place and the tagger reads the word as a person elsewhere ("Kasich"),
                    # or the one officeholder of the surname serving that day is the subject ("Obama warns Iran":
                    # not the Japanese town)
                elif len(weak_ids) == 1 and cands and cands[0][0].known_on(day) \
                        and (span.text not in self.given_names or serving):
                    chosen = cands[0]  # not "police seized Ahmed" in 2016: someone's given name too
                elif len(serving) == 1:
                    chosen = next(iter(serving.values()))
            if chosen is None:
                continue
            entry, form, _ = chosen
            if entry.kind == "person" and form != "surname":
                if not _kin_apposition(span) or not any(
                        e.kind == "person" and e.id != entry.id and e.id in full_names_seen
                        for e, _, _ in self.by_key.get(span[-1].text, [])):
                    # "Clinton and her husband, Bill Clinton, …. Clinton said": a relative named beside
                    # someone of the surname seen before leaves the surname to that one
                    full_names_seen[entry.id] = span.start
                for word in span:
                    if word.pos_ == "PROPN" and word.text[:1].isupper() and len(word) > 2:
                        seen_words[word.text] = (entry, "name-word", True)
            out.append(Mention(span.start, span.end, entry, form, span.text))
        return out


    def shared_by_genders(self, surface: str) -> bool:
        """Does this surface (a surname) name listed people of different or unknown genders ("Clinton")?"""
        genders = {e.gender for e, _, _ in self.by_key.get(surface, []) if e.kind == "person"}
        return len(genders) > 1 or None in genders

    def _given_names(self, span: Span) -> set[str]:
        """The other words of the PERSON name a surname ends ("Lisa" of "Lisa Kim"), lower-case; titles,
        honorifics and initials are no given names ("President Carter", "Vladimir V. Putin")."""
        doc = span.doc
        out: set[str] = set()
        i = span.start - 1
        while i >= 0 and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ in {"I", "B"} and doc[i].pos_ == "PROPN":
            word = doc[i].lower_.rstrip(".")
            if not (len(word) <= 1 or _title(doc[i], self.agents) or word in NAME_PARTICLES):
                out.add(word)
            if doc[i].ent_iob_ == "B":
                break
            i -= 1
        return out

    def _agent_tail(self, span: Span, entries: list[tuple[ActorEntry, str, bool]]) -> bool:
        """Is the rest of the longer name a role ("the Fiji Navy", "the Philippines Army", "the
        Ghana Coast Guard")? Then the country (``entries``: the span's dictionary entries) is named
        after all; the role gives its sector."""
        if not entries or any(e.kind != "country" for e, _, _ in entries):
            return False
        head = span[-1].head
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN" \
                and head.head.ent_type_ == head.ent_type_ and head.head.ent_iob_ == "I":
            head = head.head  # "the Russian Defence Ministry": the parser may hang the adjective on "Defence"
        tail = span.doc[span.end : head.i + 1]
        words = [t.lower_ for t in tail]
        if len(words) > self.max_agent_words:
            return self._other_countrys_body(tail, entries)
        heads = {head.lemma_.lower(), head.lower_.removesuffix("s")}  # "Airlines" is a PROPN: no lemma
        return " ".join(words) in self.agents or any(" ".join([*words[:-1], h]) in self.agents for h in heads) \
            or self._other_countrys_body(tail, entries)

    def _other_countrys_body(self, tail: Span, entries: list[tuple[ActorEntry, str, bool]]) -> bool:
        """Is the rest of the longer name a body the dictionaries list under another country ("the Pakistani
        Foreign Office": the Foreign Office listed is the British one)? The adjective is then the body's country:
        a generic body's name is every country's, and the explicit adjective says whose."""
        listed = self.by_key.get(tail.text, [])
        ours = {e.code for e, _, _ in entries}
        return bool(listed) and all(e.kind == "organization" and e.country and e.country not in ours
                                    for e, _, _ in listed)


def _unlisted_person(r: Resolved) -> bool:
    """A person no dictionary lists (or a pronoun or description standing for one): no code, but an
    antecedent all the same."""
    return r.kind == "person" and (r.entity or "").startswith("text:")


def _first_name(span: Span) -> bool:
    """Is the span the first word of a longer person name ("Kerry" of "Kerry Washington", "Dan" of
    "Dan Patrick"), tagged as one PERSON or parsed as a compound of the next proper noun?"""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.pos_ != "PROPN" or not nxt.is_title or NAME_SUFFIX.fullmatch(nxt.text):
        return False
    tagged = span[-1].ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.ent_type_ == "PERSON"
    parsed = span[-1].dep_ == "compound" and span[-1].head.i == nxt.i and nxt.ent_type_ in {"", "PERSON"}
    return (tagged or parsed) and not _headline(span.sent)


def _acting_subject(span: Span) -> bool:
    """Is a one-word name the subject of a verb ("Obama warns Iran", "Kerry met Lavrov")? A small foreign town
    seldom acts, while the serving officeholder of that surname does; a country's name never reaches here."""
    tok = span[0]
    return len(span) == 1 and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}


def _opening_word(span: Span) -> bool:
    """A one-word surname opening a sentence, not tagged as a person, that modifies a common noun is
    that word, capitalised because it comes first ("Cotton farmers", "Power cuts", "Earnest efforts"),
    unless the caller knows the person was named in full before ("Cruz aides said")."""
    tok = span[0]
    return (len(span) == 1 and bool(tok.is_sent_start) and tok.ent_type_ != "PERSON"
            and tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN")


def _of_what(span: Span) -> Token | None:
    """The word a name is "of": "island" in "the island of Rhodes", "Sea" in "the Sea of Japan"."""
    root = span.root
    return root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None


def _named_by_place_kind(span: Span) -> bool:
    """Is the name the one a kind of place is given ("the island of Rhodes", "the port of Jackson")? A
    surname written there names the place, not the listed person of that surname."""
    kind = _of_what(span)
    return kind is not None and kind.pos_ == "NOUN" and kind.lemma_.lower() in PLACE_KIND_NOUNS


def _water_named_for(span: Span) -> bool:
    """Is the name the end of a sea's or a gulf's ("the Sea of Japan", "the Gulf of Oman")? That water is
    a place, not the country it is named for: no one acts in it on that country's behalf."""
    water = _of_what(span)
    return water is not None and water.pos_ == "PROPN" and water.lower_ in WATER_NAMES


def _new_place(span: Span) -> bool:
    """"New Mexico", "New Jersey", "New England": a name after "New" inside one place name the tagger saw is
    another place, named after it (a full name such as "Papua New Guinea" is matched whole first)."""
    return span.start > 0 and span.doc[span.start - 1].text == "New" and span[0].ent_iob_ == "I"


def _headline(sent: Span) -> bool:
    """A headline capitalises every word ("Trump May Not Have Suggested A Registry"): its names are unsure."""
    words = [t for t in sent if t.is_alpha and len(t) > 3 and not t.ent_type_]  # the words that are no names
    return len(words) > 1 and sum(t.is_title for t in words) * 3 > len(words) * 2


def _split(r: Resolved) -> list[Resolved]:
    """One record per code when a dictionary entry has several (``[FRO/BIL/SAM]``)."""
    if "/" not in r.code:
        return [r]
    return [Resolved(c, r.text, r.start, r.end, r.rule, r.entity, r.kind, r.plural, r.token)
            for c in r.code.split("/") if c]


def _counterpart(tok: Token) -> bool:
    """"his Mexican counterpart", "her Chinese opposite number(s)"."""
    return tok.lemma_.lower() == "counterpart" or (
        tok.lemma_.lower() == "number" and any(c.lower_ == "opposite" for c in tok.children if c.i < tok.i))


# country adjectives and peoples that are common words in lower case ("nail polish", "swiss cheese", "a
# danish", "go dutch", "persian rugs", "a kiwi"): written so, they are never the country
COMMON_DEMONYMS = frozenset("polish poles swiss danish dane danes dutch swede swedes kiwi kiwis persian persians "
                            "turk turks magyar manx brit brits".split())


# acts an "it" can be said to be ("it was the deadliest attack"), besides the lexicon's violent and contest words
ACT_NOUNS = frozenset({"attack", "strike", "incident", "blast", "ambush", "clash", "bombardment", "operation"})
# the staff who act for a person, coded as the person (:func:`_staff_of_person`)
STAFF_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "adviser", "advisor",
                         "strategist", "manager", "chairman", "staffer", "secretary", "consultant", "pollster",
                         "assistant"})
# staff titles written bare before a name ("Spokeswoman Ann Roe"): whose staff, the story says nearby
PRINCIPAL_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"})
# people who speak for or lead a body: with an "of"/"for" body that is no state's, theirs is its sector
BODY_ROLE_NOUNS = frozenset({"president", "leader", "spokesman", "spokeswoman", "spokesperson", "official"})
# bodies that are a private cause's: "the president of the foundation"
NGO_NOUNS = frozenset({"foundation", "charity", "chapter", "association", "society", "club"})
# trades whose workers speak through a union: "a machinists spokesman" speaks for the machinists' union. No agents of
# their own (one retired machinist is a private person), only named in the plural before a body's officer
TRADE_NOUNS = frozenset({"machinist", "teamster", "electrician", "plumber", "carpenter", "boilermaker", "ironworker",
                         "bricklayer", "mechanic", "welder", "pipefitter", "millwright", "janitor", "stagehand",
                         "pilot", "trucker"})
# a state's government named after its head: "the Obama administration", "the Bush government"
HEAD_OF_STATE_BODIES = frozenset({"administration", "government", "regime", "cabinet", "presidency"})
# a state's own sectors, its legislature and courts too: the head of such a body is the state's (the event
# layer's STATE_SECTORS, words.py, is who can act as a state)
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# "Latin American", "South American", "North American": parts of the Americas, whose people are no Americans
CONTINENT_PARTS = frozenset({"latin", "south", "north", "central", "meso", "pan", "pan-"})
# head words of a body's name that make it a state's office, not a group of citizens ("the Saudi Commission
# for Tourism", "the Iraqi Council of Representatives")
STATE_BODY_WORDS = frozenset("commission authority agency council office department directorate bureau "
                             "administration service board court ministry committee secretariat "
                             "inspectorate tribunal".split())


def _fold_key(text: str) -> str:
    return "\x00" + " ".join(text.lower().split())


# Plurals that, with a country as their modifier, name its armed forces; alone they are too
# vague to be agents ("market forces", "a task force"), so agents.yaml leaves them out.
ARMED_PLURALS = {"forces"}
# the seat of a body that news names by its city, as a capital for its government (the countries list
# leaves these cities out): the doer "Brussels" is the EU
SEATS = {"Brussels": "IGOEEC"}
# people named by whom they back or oppose: "a Sanders supporter", "Trump critics"
PARTISAN_NOUNS = {"supporter", "backer", "fan", "follower", "enthusiast", "admirer", "loyalist", "devotee",
                  "partisan", "booster", "critic", "detractor", "opponent", "foe", "adversary", "skeptic",
                  "sceptic", "hater", "basher"}
# who a person's possessive names that is no one of the person's side: "his attackers", "her captors"
FOE_NOUNS = {"attacker", "assailant", "killer", "murderer", "shooter", "captor", "kidnapper", "abductor",
             "counterpart", "host", "rival", "enemy", "adversary", "foe"}
# codes whose first block is no country: a person of the UN, an NGO or a company keeps the whole code
NON_STATE_PREFIXES = INTERNATIONAL | {"---"}
# the first word of a sea's name that ends in a country's: "the Sea of Japan", "the Gulf of Mexico"
WATER_NAMES = {"sea", "gulf", "bay", "strait", "straits", "ocean"}
# "the town of Kidal", "the province of Idlib": a kind of place followed by the place's name
PLACE_KIND_NOUNS = {"town", "city", "village", "province", "region", "district", "port", "governorate", "state",
                    "enclave", "island", "capital"}
FUNCTION_POS = {"PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "ADV"}
MISCASED_ENTS = {"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"}


def compose(base: str, sector: str, *, append: bool) -> str:
    """An actor code with an agent's sector: "IRN" + "MIL" → "IRNMIL".

    ``NGO~`` sectors go before the code. PETRARCH-style entries (``append``) take every
    three-letter block of the sector they lack (NGM + OPP → NGMOPP); our own organisations
    keep their code ("an IRGC commander" is the IRGC's IRNMIL).
    """
    if sector.endswith("~"):
        return sector[:-1] + base if not base.startswith(sector[:-1]) else base
    if base.endswith(sector):
        return base
    if append:
        have = set(code_blocks(base))
        return base + "".join(b for b in code_blocks(sector) if b not in have)
    if len(base) == 3:
        return base + sector
    return base


# Gender is learnt from the document first: an honorific just before a name ("Mrs. Adeyemi") or a
# gendered role noun in its title or apposition ("Congresswoman Adeyemi", "his wife, Ada Lopez"); then
# from the name: the people dictionaries' `gender`, and for unlisted people a first name that the
# lexicon's given_names assigns to one gender. A person with no evidence stays compatible with any pronoun.
# Countries whose names are written family name first ("Kim Jong Un", "Lee Hsien Loong").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP", "KHM", "MMR", "HUN"})
# Title words the agents dictionary has no sector for, which stand before a surname.
TITLE_WORDS = frozenset("secretary representative captain marshal justice nominee vice deputy chief former acting "
                        "first late".split())
HONORIFICS = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "lady": "f",
              "madam": "f", "madame": "f", "dame": "f"}
# honorifics written before a surname ("Mr. King"), and the titles they address, no surname ("Mr. President")
ADDRESS_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})
ADDRESSED_TITLES = frozenset({"president", "speaker", "chairman", "chairwoman", "secretary", "ambassador", "minister",
                              "premier", "governor", "senator", "mayor", "justice", "prime"})
GENDERED_NOUNS = {
    **dict.fromkeys("king prince emperor duke father husband son brother uncle nephew grandfather grandson "
                    "boyfriend widower congressman chairman spokesman councilman assemblyman businessman "
                    "actor pope ayatollah emir sultan sheikh monk".split(), "m"),
    **dict.fromkeys("queen princess empress duchess mother wife daughter sister aunt niece grandmother "
                    "granddaughter girlfriend widow congresswoman chairwoman spokeswoman councilwoman "
                    "assemblywoman businesswoman actress sheikha nun".split(), "f"),
}
REFLEXIVES = {"himself": "m", "herself": "f"}
KIN_NOUNS = frozenset("husband wife spouse son daughter father mother brother sister uncle aunt nephew niece cousin "
                      "grandson granddaughter grandfather grandmother widow widower".split())
# Words inside a name that say nothing of whose name it is: "Abu Ali", "Abdul Rahman", "bin Salman".
NAME_PARTICLES = {"abu", "umm", "al", "el", "bin", "ibn", "ben", "bint", "abd", "abdul", "abdel", "abdullah", "de",
                  "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "mc", "st", "jr", "sr"}
NAME_SUFFIX = re.compile(r"(?:[IVX]+|Jr\.?|Sr\.?|,)")
# Names the small model tags PERSON that never name one: where people post, not who posts.
NOT_PEOPLE = {"twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "whatsapp", "snapchat",
              "linkedin", "reddit", "weibo", "wechat", "google", "skype"}
# Singular role nouns that name a body of people, never one person: no antecedent of "he" or "she".
# the words between two names written as one coordination: "X and Y", "X and militia chief Y"
JOINED_NAMES = re.compile(r"\s*(?:,\s*)?and\s+(?:[\w-]+\s+){0,4}")
# "both men", "the two leaders", "the two countries", "both sides": a counted plural that names the
# actors last named, people, countries, or any actor
GROUP_NOUNS = {"man": "person", "woman": "person", "leader": "person", "president": "person",
               "minister": "person", "premier": "person",
               "country": "country", "nation": "country", "government": "country", "state": "country",
               "neighbour": "country", "neighbor": "country",
               "side": "any", "ally": "any", "party": "any", "rival": "any", "adversary": "any", "foe": "any"}
# sectors whose bodies are made of the people the role names: troops of a defence ministry, insurgents of an
# armed group, lawmakers of a parliament, judges of a court, officials of a ministry. Refugees, journalists,
# candidates or a community's leaders are no members of the agency, newspaper or party named before them.
MEMBER_SECTORS = frozenset({"MIL", "INS", "REB", "UAF", "COP", "SPY", "LEG", "JUD", "GOV"})
# a body's head: one to a body, so "the leaders", "the presidents" are the heads of several, never one body
HEAD_NOUNS = frozenset({"leader", "ruler", "president", "premier", "chancellor", "king", "queen", "monarch", "emir",
                        "sultan", "dictator", "governor", "mayor", "chief", "head"})
# bare names a legislature of many countries goes by: "the Congress in Lima" is no US body
GENERIC_LEGISLATURES = {"congress", "the congress", "senate", "the senate", "parliament", "the parliament"}
# the words that name a legislature's chamber as a modifier or after "in": "Senate Democrats", "congressional
# Republicans", "Republicans in Congress"
CHAMBER_WORDS = frozenset({"senate", "house", "congress", "congressional", "legislature", "legislative", "parliament",
                           "parliamentary", "assembly"})
COLLECTIVE_NOUNS = set("crowd mob group government administration cabinet team committee council panel board "
                       "family audience army police public press media delegation coalition alliance movement "
                       "party union court jury parliament congress senate opposition leadership regime "
                       "ministry department agency force military navy embassy consulate mission office bureau "
                       "commission legislature assembly service authority presidency directorate "
                       "secretariat".split())
# the tags a surname alone is given when the tagger does not see a person in it ("Griffin said" as a town)
SURNAME_TAGS = frozenset({"", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# singular nouns that name an institution, business or outlet, never one person: no antecedent of "he" or
# "she" ("it was illegal for the development bank to lend … ''The law didn't include them,'' she said": not the bank)
INSTITUTION_NOUNS = frozenset("bank company firm corporation conglomerate business newspaper paper magazine network "
                              "broadcaster channel station outlet publication website organization organisation "
                              "institute institution foundation charity university college school hospital "
                              "airline automaker carmaker lender insurer retailer manufacturer".split())
NO_PERSON_NOUNS = COLLECTIVE_NOUNS | INSTITUTION_NOUNS
# the last word of a newspaper's or broadcaster's name: a named body ending so is a news outlet
MEDIA_NAME_WORDS = frozenset("news times post journal tribune herald gazette telegraph chronicle examiner "
                             "inquirer courier dispatch magazine radio television broadcasting".split())
# abbreviated titles before a name, and the role noun each stands for ("Gen. Haddad" … "the general")
TITLE_ABBREVIATIONS = {"gen": "general", "sen": "senator", "rep": "representative", "gov": "governor",
                       "col": "colonel", "lt": "lieutenant", "maj": "major", "capt": "captain", "adm": "admiral",
                       "sgt": "sergeant", "cpl": "corporal", "pres": "president", "prof": "professor", "dr": "doctor",
                       "rev": "reverend", "cmdr": "commander", "supt": "superintendent", "insp": "inspector",
                       "amb": "ambassador", "sec": "secretary", "brig": "brigadier"}
# bodies made of their members: "a coalition of aid groups", "a federation representing farmers" (a "body" only
# when it represents them: "the body of a soldier" is a corpse)
MEMBERSHIP_NOUNS = {"coalition", "alliance", "federation", "confederation", "association", "union", "network",
                    "umbrella", "organisation", "organization", "body", "bloc", "league", "consortium", "grouping"}
# the speaker's own words for itself: inside a quote they are whoever says it ("“We condemn the attack,” the
# minister said"); outside one they are the writer, nobody in the story
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
# the prepositions that set a verb's subject against or beside someone: "held talks with Iran", "fired at Israel"
FACING_PREPS = frozenset({"with", "against", "on", "at"})
PRONOUN_GENDER = {**dict.fromkeys(("he", "him", "his", "himself"), "m"),
                  **dict.fromkeys(("she", "her", "hers", "herself"), "f")}


def noun_gender(tok: Token) -> str | None:
    """"m" or "f" for a noun that says its person's sex ("the woman", "his widow"), else None."""
    return GENDERED_NOUNS.get(tok.lower_) or GENDERED_NOUNS.get(tok.lemma_.lower())


def _another_person(doc: Doc, start: int, head: Token, titles: Container[str]) -> bool:
    """True when a proper noun that is no honorific or title stands before the surname at
    ``start`` in one name: "Ivanka Trump", "Ted Cruz" (not "Mr. Trump", "President Trump")."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.head.i == head.i \
        and noun_gender(before) is None and before.lower_.rstrip(".") not in HONORIFICS \
        and before.lower_ not in titles


def _given_name_of_another(span: Span, entries: Sequence[ActorEntry], titles: Container[str]) -> bool:
    """A weak surname match that follows someone else's given name: "Ted Cruz" is not Cuba's
    Manuel Marrero Cruz, "Peter Hoekstra" not Wopke. Abbreviations ("Sen.", "W."), titles and a
    spelling of the entry's own given names ("Qassem" for "Qasem") are no such name."""
    doc = span.doc
    if not _another_person(doc, span.start, span[-1], titles):
        return False
    before = doc[span.start - 1]
    word = before.lower_
    if before.text.endswith(".") or word in TITLE_WORDS or before.ent_type_ not in {"", "PERSON"} \
            or _bare_abbreviation(before):
        return False
    if not (before.ent_type_ == "PERSON" and span[0].ent_iob_ == "I"):
        # untagged by the recogniser: only where a capital is no sign of a sentence's start
        prev = doc[before.i - 1] if before.i > 0 else None
        if before.is_sent_start or prev is None or prev.is_quote or (prev.is_punct and prev.text in "(:;—–-"):
            return False
    if _headline(span.sent):
        return False
    own = {t.lower()[:3] for e in entries for n in (e.name, *e.aliases) for t in n.split()[:-1]}
    return word[:3] not in own


def _name_gender(doc: Doc, start: int, head: Token, titles: Container[str]) -> str | None:
    """Gender stated for the name at tokens ``start``…``head``: honorific, title, apposition or
    reflexive, else None. ``titles`` are role words ("president") that may stand before a name."""
    found: set[str] = set()
    before = [doc[start - 1]] if start > 0 else []
    if _another_person(doc, start, head, titles):
        return None  # "Ivanka Trump, his daughter": another person who shares the surname
    for t in [*before, *(c for c in head.children if c.dep_ == "compound" and c.i < head.i)]:
        g = HONORIFICS.get(t.lower_.rstrip(".")) if t.text[:1].isupper() else None  # not "to miss Lopez"
        if g:
            found.add(g)
    # "Congresswoman Ada Lopez", "Ada Lopez, the committee's chairwoman,", "his wife, Ada Lopez"
    nouns = [c for c in head.children if (c.dep_ == "compound" and c.i < start) or (c.dep_ == "appos" and c.pos_ == "NOUN")]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        nouns.append(head.head)
    found |= {g for t in nouns if (g := noun_gender(t)) is not None}
    # a reflexive bound to the name: "Lopez himself", "Lopez defended herself"
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    bound = [after] if after is not None else []
    if head.dep_ == "nsubj":
        bound += [c for c in head.head.children if c.dep_ == "dobj"]
    found |= {REFLEXIVES[t.lower_] for t in bound if t.lower_ in REFLEXIVES}
    return next(iter(found)) if len(found) == 1 else None


def _partisans_country(owners: list[tuple[str, str, bool]], *, append: bool | None = None
                       ) -> list[tuple[str, str, bool]]:
    """A person's followers or foes ("a Sanders supporter", "Obama critics") are not the person: a person's
    code among the modifiers of a partisan noun becomes the person's country (``append`` overrides the
    flag then), and a person of no country names no one. "Turkish supporters" and "Hamas supporters" keep
    their modifier's code."""
    return [(code[:3], src, a if append is None else append) if "/people_" in src else (code, src, a)
            for code, src, a in owners if not ("/people_" in src and code[:3] == "---")]


def _one_named(tok: Token) -> bool:
    """"the Republican candidate", "the state attorney", "Democratic candidate Senator Ann Roe": a description
    of one person the story names (before, or in apposition), who is then the actor."""
    return tok.tag_ in {"NN", "NNP"} and any((c.dep_ == "det" and c.lower_ == "the")
                                             or (c.dep_ == "appos" and c.pos_ == "PROPN") for c in tok.children)


def _shared_premodifiers(tok: Token) -> list[Token]:
    """The adjectives and name words before the first of a list of bare plural nouns that ``tok`` is a later
    member of: "GOP voters, lawmakers and thinkers", "Iranian diplomats and soldiers" are all the party's or
    the country's. None when a later member has modifiers of its own ("GOP voters and Democratic lawmakers",
    "Iranian diplomats and the soldiers"), nor when a phrase after the list hangs on the first ("US service
    members and members of the Iraqi forces": the parser cannot tell whose the later ones are)."""
    if tok.dep_ != "conj" or tok.tag_ != "NNS":
        return []
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.tag_ != "NNS" or first.pos_ != "NOUN" or any(c.dep_ in {"prep", "acl", "relcl", "appos"} for c in first.children) \
            or not all(
            c.tag_ == "NNS" and c.pos_ == "NOUN" and all(k.dep_ in {"cc", "punct", "conj"} for k in c.children)
            for c in first.conjuncts):
        return []
    return [c for c in first.children if c.dep_ in {"amod", "compound"} and c.i < first.i]


def _staff_of_person(role: Token, code: str, *, person: bool) -> bool:
    """"Trump's spokeswoman", "Clinton campaign spokesman Ann Roe", "an adviser to Obama", "her campaign manager": a
    person's staff act for the person and are coded as the person is (a candidate's USAELI, a president's USAGOV), in
    every shape; others tied to a person (troops, followers, foes) are only of the person's country."""
    return person and len(code) >= 6 and code[:3] not in NON_STATE_PREFIXES and role.lemma_.lower() in STAFF_NOUNS


# the words before "minister" that say its rank, not its portfolio (agents.yaml's "cabinet minister")
MINISTER_RANKS = frozenset({"cabinet", "deputy", "prime", "deputy prime"})


def _portfolio_secretary(tok: Token, agents: Mapping[str, tuple[str, str]]) -> tuple[str, str, str] | None:
    """"Agriculture Secretary Tom Vilsack", "the Homeland Security Secretary": a secretary named by a portfolio is
    a cabinet office, as the minister of that portfolio is ("agriculture minister", "security minister" in
    agents.yaml), so it takes the minister's sector; "Party Secretary", "Executive Secretary" name no portfolio, nor
    do a minister's ranks ("cabinet", "deputy", "prime": "as Cabinet secretary" is no portfolio)."""
    words: list[str] = []
    for t in reversed(tok.doc[tok.left_edge.i : tok.i]):  # the compound words just before it
        if t.dep_ != "compound" or t.pos_ not in {"PROPN", "NOUN"}:
            break
        words.insert(0, t.lower_)
    for n in range(min(len(words), 2), 0, -1):
        portfolio = " ".join(words[-n:])
        found = agents.get(f"{portfolio} minister")
        if found is not None and found[0] == "GOV" and portfolio not in MINISTER_RANKS:
            return found[0], f"{found[1]}+as-secretary", f"{portfolio} secretary"
    return None


# the words of a party's choosing of its candidate: "the nomination", "the Iowa caucuses", "superdelegates" (not
# "convention", which names treaties too: "delegates to the climate convention" are governments')
CONTEST_WORDS = frozenset({"nomination", "nominee", "primary", "caucus", "superdelegate"})
# the offices whose former holders are elites, as agents.yaml's "former president" and "former minister" are
FORMER_OFFICE_SECTORS = frozenset({"GOV", "LEG"})


def _former_office(tok: Token, agent: tuple[str, str, str] | None) -> tuple[str, str, str] | None:
    """"Former Gov. Ann Roe", "the former governor", "former Mexican presidents": a government or legislative
    office with "former" (or "ex") before it is held no more, and its holder is an elite (ELI), as agents.yaml codes
    "former president"; the term stays the office's, so the office's own country rules still apply. The caller
    leaves out the offices of named bodies, which are no state's."""
    # "former" on the title or, before it, on the name the title is written with ("Former Gov. Ann Roe")
    words = [*tok.children, *(tok.head.children if tok.dep_ == "compound" else ())]
    if agent is None or agent[0] not in FORMER_OFFICE_SECTORS or not any(
            c.dep_ == "amod" and c.lower_ in {"former", "ex"} and c.i < tok.i for c in words):
        return agent
    return "ELI", f"{agent[1]}+former", agent[2]


def _causative_object(tok: Token) -> bool:
    """"to help it fight Russia", "let them leave": the parser's subject of a bare infinitive after a causative
    verb is that verb's object, so it is no subject the clause above could lend its referent to."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.dep_ in {"ccomp", "xcomp"} and verb.tag_ == "VB" \
        and not has_to_marker(verb) and verb.head.lemma_.lower() in CAUSATIVE_VERBS


def _kin_apposition(span: Span) -> bool:
    """A name set off beside a kinship noun: "her husband, Bill Clinton", "his son, Hunter Biden"."""
    return span.root.dep_ == "appos" and span.root.head.lemma_.lower() in KIN_NOUNS


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above ``tok`` (the root if none): the clause it is a word of."""
    while tok.head.i != tok.i and tok.head.pos_ not in {"VERB", "AUX"}:
        tok = tok.head
    return tok.head


def main_subject(tok: Token) -> bool:
    """Is ``tok`` the subject of its sentence's main verb (or of a verb conjoined with it), not of a clause
    below it ("Mr. Lopez said Mr. Brandt had lied": Lopez, not Brandt)?"""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def copular_subject(noun: Token) -> Token | None:
    """The named subject a predicate noun describes: in "Trump is a serial liar and birther who has pledged …"
    the relative clause on "birther" tells what Trump did, so "who" stands for him, not for a common noun that
    names no actor. Singular nouns and a name or personal pronoun as the subject only ("the problem is a
    candidate who …" describes no one; "X is one of the candidates who …" is about the candidates)."""
    top = noun
    # "a liar, racist and birther who": the first conjunct; the parser reads a word of a long list as an
    # apposition at times ("a serial liar,  rampant xenophobe, racist …")
    while top.dep_ in {"conj", "appos"} and top.head.i != top.i:
        top = top.head
    # (the tagger reads a lone word of a list as a name at times: "rampant xenophobe", no entity)
    if not (noun.tag_ == "NN" or (noun.tag_ == "NNP" and not noun.ent_type_)) or top.tag_ != "NN" \
            or top.dep_ != "attr" or top.head.lemma_ != "be":
        return None
    verb = top.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":  # "incites violence and is a liar": the verbs share the subject
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in {"NNS", "NNPS"} or not (
            subj.pos_ == "PROPN" or (subj.pos_ == "PRON" and subj.lower_ in {"he", "she"})):
        return None
    return subj


def dummy_it(tok: Token) -> bool:
    """Is ``tok`` ("it") the empty subject of a clause said after it: "it is important to defend …", "it's
    unclear whether …", "it is likely that …", "it was revealed that …", "it seems that …"? Not when the
    adjective says what "it" is ready or likely to do ("it is ready to attack", "it is likely to veto")."""
    if tok.dep_ not in {"nsubj", "nsubjpass", "expl"}:
        return False
    verb = tok.head
    later = [c for c in verb.children if c.i > tok.i]

    def finite(c: Token) -> bool:  # "that …", "whether …", "if …"
        return c.dep_ in {"ccomp", "csubj"} and any(g.dep_ == "mark" for g in c.children)

    lemma = "be" if straight_lower(verb) == "'s" else verb.lemma_  # the tagger's lemma of "it’s" is "’"
    if tok.dep_ == "nsubjpass" or lemma in {"seem", "appear", "happen"}:
        return any(c.dep_ == "ccomp" for c in later)  # "it was revealed that", "it seems that"
    if lemma not in {"be", "become", "remain"}:
        return False
    for c in later:
        if finite(c):
            return True  # "it is no surprise that …"
        if c.dep_ == "acomp" and c.pos_ == "ADJ":
            kids = [g for g in c.children if g.i > c.i]
            if any(finite(g) for g in kids) or (c.lower_ not in SUBJECT_ADJECTIVES and any(
                    g.dep_ in {"xcomp", "ccomp"} and g.tag_ == "VB" for g in kids + later)):
                return True  # "it is more important to defend", "it was wrong to attack"
    return False


def _title_in_name(tok: Token, whole: Span | None) -> bool:
    """"Spokeswoman Ann Roe", "Spokesman John Kirby": the recogniser took a staff title written before a full name
    into the name; the title opening a person's name of a given name and a surname is still the person's role."""
    return whole is not None and whole.label_ == "PERSON" and tok.i == whole.start and whole.end - tok.i >= 3 \
        and tok.lower_ in PRINCIPAL_TITLES


def _bare_abbreviation(tok: Token) -> bool:
    """A title's abbreviation written without its period right before a name: "Sen Cruz", "Rep McCaul", "Gov
    Fallin" (headlines, tweets and some papers' style), no given name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in TITLE_ABBREVIATIONS and tok.is_title and nxt is not None and nxt.pos_ == "PROPN" \
        and nxt.text[:1].isupper()


def after_title_abbreviation(tok: Token) -> bool:
    """Is a capitalised word written right after a title's or an honorific's abbreviation ("Sen. Jordan", "Rep
    Israel", "Mr. English")? Such a word is a person's name, whatever else it names."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and tok.is_title and prev.is_title \
        and prev.lower_.rstrip(".") in TITLE_ABBREVIATIONS.keys() | ADDRESS_HONORIFICS


def _title(tok: Token, agents: Container[str]) -> bool:
    """A title or honorific written before a name: "Senator", "Gen.", "Mrs."."""
    word = tok.lower_.rstrip(".")
    return word in HONORIFICS or word in TITLE_ABBREVIATIONS or word in agents or tok.lemma_.lower() in agents


def _role_word(tok: Token) -> str:
    """The role noun a title stands for, abbreviations spelt out: "Gen." is "general"."""
    word = tok.lemma_.lower()
    return TITLE_ABBREVIATIONS.get(word.rstrip("."), word) if word.endswith(".") else word


def _one_role(tok: Token, word: str) -> bool:
    """A singular role noun, no count of them: "Laura Kent, the defence minister," (not "Cruz 34 delegates")."""
    return tok.lemma_.lower() == word and tok.tag_ == "NN" and not any(c.dep_ == "nummod" for c in tok.children)


def common_word_modifier(tok: Token) -> bool:
    """A lower-case word modifying a noun is that word, whatever the tagger says: "a manila envelope",
    "a jordan almond" name no place and no country."""
    return tok.is_lower and tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN"


def _label_colon(tok: Token, child: Token) -> bool:
    """"Milbank: Republicans …", "Poll: Sanders Burns Clinton": an apposition the parser hung across the colon
    after a phrase that opens its line is the labelled words, not another name for the label."""
    doc = tok.doc
    first = tok.left_edge.i
    opens = first == tok.sent.start or "\n" in doc[first - 1].text or doc[first - 1].is_space
    return opens and any(t.text == ":" for t in doc[tok.i + 1 : child.left_edge.i])


def _model_name(tok: Token) -> bool:
    """"Boeing 777", "Airbus A320": a maker's name with a model number names a machine, not its maker."""
    return any(c.dep_ in {"nummod", "compound", "appos"} and c.i > tok.i and any(ch.isdigit() for ch in c.text)
               for c in tok.children)


# the sectors of those who govern, whom an opposition stands against
GOVERNING_SECTORS = frozenset({"GOV", "MIL"})
# the levels of government a place's name may be written with before a role: "Minnesota state delegate"
GOVERNMENT_LEVELS = frozenset({"state", "city", "county", "town", "municipal"})
# the bracketed party letter and state after an American politician's name: "(R-TX)", "(D-N.Y.)", "(I-Vt.)"
US_PARTY_STATE = re.compile(r" ?\((?:R|D|I)[-–] ?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\)")


_PLACE_DATE = (r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?"  # its country or state
               r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?")  # the date
# "WASHINGTON (AP) —", "BAGHDAD, Iraq —"; a city in title case only with its agency: "New York (AFP) –"
DATELINE = re.compile(r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}" + _PLACE_DATE  # the city in capitals
                      + r"\s*(?:\([^()\n]{1,30}\)\s*)?"  # (the agency)
                      + r"|[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2}" + _PLACE_DATE  # the city in title case
                      + r" \([A-Z][A-Za-z]+\)\s*)(?:—|–|--|-)\s")  # (the agency) and the dash


def in_dateline(span: Span) -> bool:
    """Is the match inside a wire dateline opening a paragraph: "WASHINGTON (AP) —", "BAGHDAD, Iraq —",
    "MOSCOW, March 3 (Reuters) -", "New York (AFP) –"? It says where the story was filed, no actor."""
    text = span.doc.text
    start = span.start_char
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 60 or not text[line_start:line_start + 1].isupper():
        return False
    m = DATELINE.match(text, line_start)
    return m is not None and span.end_char <= m.end()


def in_party_label(span: Span) -> bool:
    """Is the match the state inside an American politician's party label ("(D-New Mexico)", "(R-Ga.)")? A US
    state, no country, whatever country shares its name."""
    text = span.doc.text
    bracket = text.rfind("(", max(0, span.start_char - 20), span.start_char)
    m = US_PARTY_STATE.match(text, bracket) if bracket >= 0 else None
    return m is not None and span.end_char < m.end()


def _ends_a_person_name(span: Span) -> bool:
    """Is the one-word match the last part of a person's name the recogniser tagged ("David French", "Steve
    Israel"); the caller checks that the word before is a given name (not "Ottoman Turks")."""
    first = span[0]
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (len(span) == 1 and first.tag_ == "NNP" and first.ent_type_ == "PERSON" and first.ent_iob_ == "I"
            and before is not None and before.pos_ == "PROPN" and before.ent_type_ == "PERSON" and before.is_title)


def _inside_longer_name(span: Span) -> bool:
    """True when the match is the first part of a longer name: "Iran Air", "Baghdad International Airport"."""
    last = span[-1]
    head = last.head
    return (
        last.dep_ == "compound"
        and head.i >= span.end
        and head.pos_ == "PROPN"
        and head.ent_type_ in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
    )


@dataclass
class DocActors:
    """Actor lookups for one Doc: which token is which actor, plus document coreference."""

    doc: Doc
    matcher: ActorMatcher
    lexicon: Lexicon
    day: date | None
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    history: list[Resolved] = field(default_factory=list)  # subjects and named actors, in order

    subjects: set[int] = field(default_factory=set)  # char offsets of actors seen as subjects
    # the person a country's possessive introduced ("Russia's foreign minister"), by the country's start
    possessed: dict[int, Resolved] = field(default_factory=dict)
    # the country of a city or region name (from the gazetteer): "officials in Aleppo" are Syrian
    place_country: Callable[[str, str], str | None] | None = None
    # towns the tagger did not call places that the gazetteer knows where the sentence puts a place
    # (extract.places.toponym_spans sets them before events are found): token -> the name's token span
    missed_places: dict[int, tuple[int, int]] = field(default_factory=dict)
    toponym_spans: list[tuple[int, int, str]] | None = None

    def __post_init__(self) -> None:
        self.text = self.doc.text  # Doc.text re-joins every token on each access: read it once
        self._starts = [h.start for h in self.history]  # history's starts, for bisect
        self._sent_starts: list[int] | None = None
        self._quotes: list[tuple[int, int]] | None = None
        self._quote_starts: list[int] = []
        self._speakers: dict[tuple[int, int], set[tuple[str, str]]] = {}
        self._speaker_actors: dict[tuple[int, int], list[tuple[tuple[int, int], Resolved]]] = {}
        self._agents: dict[tuple[int, bool], tuple[str, str, str] | None] = {}
        self._genders_at: dict[tuple[int, str], str | None] = {}
        self._contest: bool | None = None  # does the story tell of a party choosing its candidate
        self._ranked: list[tuple[str, int]] | None = None  # the two countries most named, counted once
        self.ent_at: dict[int, Span] = {i: e for e in self.doc.ents for i in range(e.start, e.end)}
        self._mistyped: set[int] = set()  # the given names of a name the tagger took for a title or a body
        self.dateline_mentions: list[Mention] = []  # "WASHINGTON (AP) —": places of the story, no actors
        place_country = self.place_country
        self.mentions = self.matcher.mentions(
            self.doc, self.day, self.dateline_mentions,
            (lambda name: place_country(name, "GPE") is not None) if place_country is not None else None)
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        # the gender each person entity is given anywhere in the document; None when contradicted. A bare
        # surname that listed people of different genders share ("Clinton") may be matched to the other one:
        # what is said there ("Mrs. Clinton") is that mention's only (gender_of), never its entry's
        self.genders: dict[str, str | None] = {}
        self._unsure: set[int] = {i for m in self.mentions if m.entry.kind == "person" and m.form != "name"
                        and self.matcher.shared_by_genders(m.surface) for i in range(m.start, m.end)}
        for m in self.mentions:
            if m.entry.kind == "person" and m.start not in self._unsure:
                g = _name_gender(self.doc, m.start, self.doc[m.end - 1], self.matcher.agents)
                if g is not None and m.form != "name" and m.entry.gender not in {None, g}:
                    self._unsure.update(range(m.start, m.end))  # "Mrs. Trump": another of the name
                    continue
                if g is not None:
                    known = self.genders.setdefault(m.entry.id, g)
                    if known != g:
                        self.genders[m.entry.id] = None
        # then the dictionary's, where the document says nothing
        self._prefer({m.entry.id: m.entry.gender for m in self.mentions if m.entry.kind == "person" and m.entry.gender})
        # every named actor can be an antecedent; antecedent() only looks backwards
        for m in self.mentions:
            if m.entry.kind != "country" or (m.form in {"name", "abbreviation"} and not self._in_place_name(m)):
                self.remember(self._from_mention(self.doc[m.end - 1], m))
        # people the dictionaries do not list are antecedents too, with no code: "Obama met Tom Keller.
        # Obama praised him" is Keller, never an actor named before him
        self.person_names: dict[int, str] = {}  # token → the name of the unlisted person it belongs to
        self._name_tokens: dict[str, set[int]] = {}  # a name → the tokens it was ever given to (a superset)
        full: dict[str, str] = {}  # a surname → the full name last written with it
        ents = [e for e in self.doc.ents if e.label_ == "PERSON" and e.text.lower() not in NOT_PEOPLE
                and not any(i in self.by_token for i in range(e.start, e.end))]
        mistyped = [self.doc[e.start : e.end - 1] for e in self._mistyped_names()]
        self._mistyped = {i for e in mistyped for i in range(e.start, e.end)}
        ents += [Span(self.doc, e.start, e.end, label="PERSON") for e in mistyped]
        # "Patty Judge": a surname that is a title word, left out of the person's name by the tagger
        ents = [Span(self.doc, e.start, e.end + 1, label=e.label_) if e.end < len(self.doc)
                and self._surname_title(self.doc[e.end]) else e for e in ents]
        # a surname alone that the tagger did not see as a name: "Kevin Moore … Moore was charged"
        # ("Eddie Griffin … Griffin said": a surname the tagger took for a town is that person too)
        ents += [self.doc[t.i : t.i + 1] for t in self.doc if t.pos_ == "PROPN" and t.ent_type_ in SURNAME_TAGS
                 and t.ent_iob_ != "I" and (t.i + 1 == len(self.doc) or self.doc[t.i + 1].ent_iob_ != "I")
                 and t.i not in self.by_token and t.is_title and not self._at_place(t)]
        # "GOP Rep McCaul": a name after a title written without its period, whatever the tagger made of the two
        ents += [Span(self.doc, t.i, t.i + 1, label="PERSON") for t in self.doc[1:] if _bare_abbreviation(t.nbor(-1))
                 and t.ent_type_ in SURNAME_TAGS - {""} and t.i not in self.by_token
                 and (t.i + 1 == len(self.doc) or self.doc[t.i + 1].ent_iob_ != "I")]
        # "Sen. Jordan": a country's name after a title is the titled person's surname (the matcher left it out),
        # and that person's when it comes back alone ("Jordan said")
        surnamed = [t for t in self.doc if after_title_abbreviation(t) and t.i not in self.by_token
                    and (t.i + 1 == len(self.doc) or self.doc[t.i + 1].ent_iob_ != "I")
                    and any(e.kind == "country" for e, _, _ in self.matcher.by_key.get(t.text, []))]
        ents += [Span(self.doc, t.i, t.i + 1, label="PERSON") for t in surnamed]
        full.update((t.text, t.text) for t in surnamed)
        # "Hillary", "the Donald": a listed person's first name alone is that person, no unlisted other
        given = {self.doc[m.start].text for m in self.mentions if m.entry.kind == "person" and m.end - m.start > 1}
        by_given_name: dict[str, str] = {}  # unlisted people's gender read from their first names
        for e in sorted(ents, key=lambda e: e.start):
            if _headline(e.sent) or (len(e) == 1 and e.text in given):
                continue
            # a title word is the surname after a given name ("Pete King"), and alone after the full name ("King")
            words = [t for t in e if straight_lower(t) != "'s" and not (
                _title(t, self.matcher.agents) and not self._surname_title(t) and not (len(e) == 1 and t.text in full))]
            suffix = ""
            while len(words) > 2 and NAME_SUFFIX.fullmatch(words[-1].text):
                # "Brent Bozell III … Bozell": the surname alone is his; "Charles Elliott Jr." and his son
                # "Charles Elliott III" are two people, told apart by the generation the suffix writes
                if words[-1].text != ",":
                    suffix = " " + words[-1].text.rstrip(".") + suffix
                words.pop()
            if not words:
                continue
            name = " ".join(t.text for t in words) + suffix
            if len(words) > 1:
                if words[-1].text not in full or not _kin_apposition(e):  # "Ann Lopez and her husband, Tom Lopez"
                    full[words[-1].text] = name
            elif name in full:
                name = full[name]  # "Kevin Moore … Moore"
            elif e.label_ != "PERSON":
                continue  # a capitalised word that names no one seen before
            for i in range(e.start, e.end):
                self.person_names[i] = name
            self._name_tokens.setdefault(name, set()).update(range(e.start, e.end))
            r = self._unlisted(e.root)
            if r is not None:
                self.remember(r)
                g = _name_gender(self.doc, words[0].i, e[-1], self.matcher.agents)
                if g is not None and self.genders.setdefault(f"text:{name}", g) != g:
                    self.genders[f"text:{name}"] = None
                first = self.lexicon.given_names.get(words[0].lower_) if len(words) > 1 else None
                if first is not None and by_given_name.setdefault(f"text:{name}", first) != first:
                    by_given_name[f"text:{name}"] = ""  # "Ann Lopez … Tom Lopez": which one is unknown
        self._prefer({k: g for k, g in by_given_name.items() if g})

    def _mistyped_names(self) -> list[Span]:
        """"Billie Jean King" the tagger took for a work's title or a body: capitalised names ending in a title
        word that the tagger reads alone as a person elsewhere in the story ("King said") are a person's name, its
        last word the surname (:meth:`_surname_title`)."""
        alone = {t.text for t in self.doc if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and (
            t.i + 1 == len(self.doc) or self.doc[t.i + 1].ent_iob_ != "I")}
        return [e for e in self.doc.ents if e.label_ in {"WORK_OF_ART", "ORG"} and len(e) > 1 and e[-1].text in alone
                and all(t.pos_ == "PROPN" and t.is_title for t in e) and _title(e[-1], self.matcher.agents)
                and not any(i in self.by_token for i in range(e.start, e.end))]

    def _at_place(self, tok: Token) -> bool:
        """Is a word the tagger took for a place where a place goes ("flew to Jackson", "in Griffin", "Jackson,
        Miss.")? Such a word stays a place even after someone of that surname."""
        if tok.ent_type_ not in {"GPE", "LOC", "FAC"}:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in self.lexicon.locative_prepositions | {"at", "from", "to"}:
            return True
        return tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "," \
            and self.doc[tok.i + 2].ent_type_ == "GPE"

    def _in_place_name(self, m: Mention) -> bool:
        """Is the country's name part of a longer place's ("the South China Sea", "the Korea Strait"): a
        place no later "it" speaks of?"""
        ent = self.ent_at.get(m.end - 1)
        return ent is not None and ent.label_ in {"LOC", "FAC"} and (ent.start < m.start or ent.end > m.end)

    def _prefer(self, weaker: dict[str, str]) -> None:
        """Add genders known from names (a dictionary entry, a first name) where the document's own
        evidence says nothing; where it says the other gender, the person is unknown."""
        for key, g in weaker.items():
            if self.genders.setdefault(key, g) not in {None, g}:
                self.genders[key] = None

    # ---- helpers -------------------------------------------------------------------------
    def mention_for(self, tok: Token) -> Mention | None:
        """The dictionary mention the token belongs to, following flat/compound names."""
        m = self.by_token.get(tok.i)
        if m is not None:
            return m
        return None

    def host_country(self, tok: Token) -> Resolved | None:
        """The country whose city or name is part of the name of an event ``tok`` heads: "the
        Beijing Olympics", "the Paris Peace Forum". Such a name is no actor ("Iran Air"), but
        the event takes place there."""
        for child in tok.children:
            if child.dep_ != "compound" or child.pos_ != "PROPN":
                continue
            for entry, _form, _weak in self.matcher.by_key.get(child.text, []):
                code = entry.code_on(self.day)
                if entry.kind == "country" and code:
                    return Resolved(code, child.text, child.idx, child.idx + len(child), f"host:{entry.source}",
                                    entry.id, "country", False, child.i)
        return None

    def country_of(self, tok: Token) -> tuple[str, str] | None:
        """Country (code, rule) named by a modifier of ``tok``: adjective, compound, possessive, 'of X'."""
        found = self.countries_of(tok)
        return (found[0][0], found[0][1]) if found else None

    def countries_of(self, tok: Token, *, origin: bool = True) -> list[tuple[str, str, bool]]:
        """Every (code, rule, append) a modifier of ``tok`` names; conjoined ones all count:
        "ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost and Gondor" (and the premodifier a
        list of bare plurals shares: "GOP voters, lawmakers and thinkers")."""
        for child in [*tok.children, *_shared_premodifiers(tok)]:
            if child.dep_ in {"amod", "compound", "poss", "nmod", "npadvmod"}:
                if child.i > 0 and self._allegiance(child):
                    continue  # "a pro-Iran mob" is not Iranian
                m = self.mention_for(child)
                if m is not None and m.entry.kind != "country" and (_model_name(child) or any(ch.isdigit() for ch in tok.text)):
                    continue  # "a Boeing 777", "an Airbus A320": the maker of a model is no actor
                if m is None and (party := self._party_adjective(child, tok)) is not None:
                    return [party]
                if m is None and child.dep_ == "compound" and child.pos_ == "PROPN" \
                        and tok.lemma_.lower() in HEAD_OF_STATE_BODIES:
                    # "the Bush administration", "the Kennedy government": a surname several listed people share
                    # names no one of them, but a government named after any of them is of their one country
                    people = {e.country for e, form, _ in self.matcher.by_key.get(child.text, [])
                              if e.kind == "person" and form == "surname"}
                    if len(people) == 1 and (country := next(iter(people))):
                        return [(country, f"surname:{child.text}", False)]
                if (m is not None and child.i == m.end - 1) or (m is not None and child.dep_ == "amod"):
                    code = m.entry.code_on(self.day)
                    if code and m.entry.kind == "organization" and len(code) >= 6 and (rival := self._other_owner(
                            [c for c in child.children if c.dep_ in {"amod", "compound"}], code)) is not None:
                        # "a Pakistani Foreign Office spokesman": the body listed as Britain's is Pakistan's here
                        return [(f"{rival.entry.code}{code[3:]}", f"{m.entry.source}+owner:{rival.entry.source}",
                                 m.entry.append_agents)]
                    if code and (party := self._party_role(m.entry, self.agent_of(tok))) is not None:
                        return [party]  # "GOP senators" as "Republican senators"
                    if code:
                        # "US and British activists": conjoined modifiers name one actor each
                        more = [(mc.entry.code_on(self.day), mc.entry.source, mc.entry.append_agents)
                                for c in child.conjuncts if (mc := self.mention_for(c)) is not None
                                and mc.entry.code_on(self.day)]
                        return [(code, m.entry.source, m.entry.append_agents), *more]
                named_body = child.pos_ == "PROPN" and child.lower_ in STATE_BODY_WORDS
                if m is None and child.dep_ == "compound" and (role := self.agent_of(tok)) is not None and (
                        named_body or (child.pos_ in {"NOUN", "PROPN"} and child.lemma_.lower() in role[1].split("#")[-1].split())):
                    # "Russian government hackers": the country adjective hangs on a word of the role's own term
                    # ("government hacker"), so it names the country of the whole role; so it does on the head of
                    # a state body's name before a title ("Chinese Foreign Ministry spokesman Lu Kang", "a US
                    # Justice Department official"): the body's staff are of its country
                    for g in child.children:
                        if g.dep_ in {"amod", "compound"} and (mg := self.mention_for(g)) is not None \
                                and (code := mg.entry.code_on(self.day)) and (
                                    ((g.dep_ == "amod" or child.pos_ == "PROPN") and mg.entry.kind == "country")
                                    or (g.dep_ == "compound" and _staff_of_person(tok, code, person=mg.entry.kind == "person"))):
                            # ("Sanders campaign spokesman": a candidate's campaign staff are the candidate's)
                            return [(code, mg.entry.source, mg.entry.append_agents)]
                if child.dep_ == "poss" and child.lower_ in self.lexicon.thing_pronouns | {"their"} \
                        and tok.lemma_.lower() not in FOE_NOUNS:
                    # "the White House said its Mexican counterpart", "their attackers": the other side
                    # resolved as the pronoun itself is: "the coalition said one of its jets" is the coalition's;
                    # with no country that way ("people disarmed by their own government"), the latest one named
                    ante = self.resolve(child) if child.lower_ in self.lexicon.thing_pronouns else None
                    # (a body named by its name is its own owner even with no country: "The Los Angeles Times
                    # said that its editors had …" are the paper's)
                    if ante is None or not ante.code or (ante.code.startswith("---") and not (
                            ante.kind == "organization" and ante.entity is not None)):
                        ante = self.antecedent(child, want="thing")
                    if ante is not None and ante.code:  # "coref:" marks it: no owner of a phrase ("their support")
                        return [(ante.code, ante.rule if ante.rule.startswith("coref:") else f"coref:{ante.rule}", False),
                                *(self._conjoined_states(ante) if child.lower_ == "their" else [])]
                if child.dep_ == "poss" and child.lower_ in {"his", "her"} and tok.lemma_.lower() not in FOE_NOUNS:
                    # "Macron flew to Beijing. His government …", "Guterres … his spokesman": the role is of the
                    # country of the person the pronoun stands for, found as a subject pronoun's is
                    owner = self.resolve(child)
                    if owner is not None and owner.code and not owner.code.startswith("---"):
                        base = owner.code[:3] if owner.kind == "person" and owner.code[:3] not in NON_STATE_PREFIXES \
                            and not _staff_of_person(tok, owner.code, person=True) else owner.code
                        return [(base, owner.rule, False)]
                if child.dep_ == "poss" and m is None and (child.pos_ == "NOUN" or named_body):
                    # "the British tanker's crew", "the Russian navy's patrol ship", "Iran's foreign minister's
                    # aide", "the Iranian Foreign Ministry's spokesman": an owner that is no named actor passes on the
                    # country its own modifiers name
                    owned = [o for o in self.countries_of(child, origin=False) if not o[1].startswith("coref:")]
                    if owned:
                        return owned
                    if self.agent_of(tok) is not None and (body := self._body_named_before(child)):
                        return body  # "the Taliban … the group's leader": the Taliban's
        if not origin:
            return []
        role = self.agent_of(tok)
        if role is not None:
            # "hackers working for North Korea", "agents spying for Russia": whom one works for as a role is
            # one's state (not whom one is only backed by or linked to)
            for acl in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in {"work", "spy"}):
                for g in (g for p in acl.children if p.dep_ == "prep" and p.lower_ == "for"
                          for g in p.children if g.dep_ == "pobj"):
                    m = self.mention_for(g)
                    state = m.entry.code_on(self.day) if m is not None and m.entry.kind == "country" else None
                    if m is not None and state:
                        return [(state, m.entry.source, m.entry.append_agents)]
                    r = self.resolve(g) if m is None and g.lemma_.lower() == "government" else None
                    if r is not None and len(r.code) >= 3 and r.code[:3] not in NON_STATE_PREFIXES:
                        return [(r.code[:3], r.rule, False)]  # "working for the Chinese government"
        preps = [c for c in tok.children if c.dep_ == "prep"]
        if not preps:
            # "lawmakers and officials in Fornost": conjoined role nouns share the phrase
            preps += [c for x in tok.conjuncts for c in x.children if c.dep_ == "prep" and c.lower_ != "of"]
        for child in preps:
            if child.lower_ not in self.lexicon.origin_prepositions:
                continue
            if child.lower_ != "of" and (role is None or (child.lower_ == "in" and role[0].startswith("MIL")
                                                          and not self._within_body(child))):
                continue  # "a village in Iran" is a place, "troops in Syria" are often foreign

            out: list[tuple[str, str, bool]] = []
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                for p in [pobj, *pobj.conjuncts]:
                    m = self.mention_for(p)
                    if m is None and child.lower_ in {"of", "from"}:
                        # "the mayor of the West Bank city of Nablus", "ministers from the Georgian
                        # government": the modifier of the place or body
                        out += [o for o in self.countries_of(p, origin=False) if not o[1].startswith("coref:")
                                and o[1] not in self.matcher.people_sources]  # "a network of Shiite units"
                        if not out and role is not None and self.place_country is not None and p.ent_type_ == "GPE":
                            # "the mayor of Istanbul", "the governor of Kandahar": the city's country
                            ent = self.ent_at.get(p.i)
                            place = self.place_country(ent.text, ent.label_) if ent is not None else None
                            out += [(place, f"place:{ent.text}", False)] if place and ent is not None else []
                        if not out and role is not None and child.lower_ == "of":
                            out += self._body_named_before(p)  # "Hamas … the leader of the group": Hamas's
                        continue
                    if child.lower_ == "in" and self._within_body(child):
                        # "officers in the Russian military", "officials in the Iraqi army": members
                        # of a national body are of its country
                        if m is None:
                            out += [o for o in self.countries_of(p, origin=False) if not o[1].startswith("coref:")]
                        elif m.entry.kind != "country" and m.entry.country:
                            out.append((m.entry.country, m.entry.source, m.entry.append_agents))
                        continue
                    if m is None or not (m.entry.kind == "country" or child.lower_ == "of"):
                        continue
                    if child.lower_ != "of":
                        # "protesters in Damascus", "students from Tehran": the country the place is in,
                        # not the government its capital stands for when it acts ("Damascus said")
                        code = m.entry.code_on(self.day)
                        out += [(code, m.entry.source, m.entry.append_agents)] if code else []
                        continue
                    # the mention's own resolution: "of Rwanda's Senate" is RWALEG
                    out += [(r.code, m.entry.source, m.entry.append_agents) for r in self.resolve_all(p) if r.code]
            if out:
                return out
        return []

    def _party_adjective(self, adj: Token, tok: Token, *, one: bool = True) -> tuple[str, str, bool] | None:
        """"Democratic leaders", "Republican senators": the first word of a listed "X Party", of a country the story
        is about, on a role word names the party as its name does ("GOP senators"), or for members of a state body
        the party's country, the body keeping its sector. Not a word of a longer name ("Social Democratic
        lawmakers", "the Democratic Republic of Congo") nor of the role's own term ("the Republican Guard"), nor in
        a story of other countries ("Republican" in an Irish story). ``one=False``: also when the role describes one
        person (once no one so described was found)."""
        if adj.dep_ not in {"amod", "compound"} or not adj.is_title or adj.ent_type_ not in {"NORP", "ORG"}:
            return None
        ent = self.ent_at.get(adj.i)
        if ent is not None and (ent.start < adj.i or ent.end > adj.i + 1):
            return None
        role = self.agent_of(tok)
        if role is None or adj.lower_ in role[2].split() or (one and _one_named(tok)):
            return None  # "the Republican candidate" describes someone the story names: that one is meant
        parties = {e for e, form, _ in self.matcher.by_key.get(f"{adj.text} Party", [])
                   if form == "name" and e.category == "party" and e.country}
        party = next(iter(parties)) if len(parties) == 1 else None
        story = self._story_countries()  # a story that names no country is read as the party's
        if party is None or not party.country or (story and party.country not in story):
            return None
        return self._party_role(party, role) or (party.code_on(self.day), f"party:{party.source}", party.append_agents)

    @staticmethod
    def _party_role(party: ActorEntry, role: tuple[str, str, str] | None) -> tuple[str, str, bool] | None:
        """The party's country alone for a role the party word only describes, in every form of the word
        ("Republican senators", "GOP senators"): members of a state body keep its sector ("Democratic governors"),
        and voters stay civilians though named by the party they vote for ("Republican voters", "GOP primary
        voters", as "voters in Iowa"). "Democratic leaders", "GOP officials" speak for the party itself: None."""
        if role is None or party.category != "party" or not party.country \
                or role[0] not in STATE_BODY_SECTORS | {"CVL"} or role[2].split()[-1] in BODY_ROLE_NOUNS:
            return None
        return party.country, f"party:{party.source}", False

    def _ranked_countries(self) -> list[tuple[str, int]]:
        """The two countries the document's actors most belong to, with their counts: the mentions are fixed once
        the document is read, so they are counted once, not on every titled name that asks."""
        if self._ranked is None:
            counts = Counter(m.entry.code if m.entry.kind == "country" else m.entry.country for m in self.mentions)
            self._ranked = [(c, n) for c, n in counts.most_common(3) if c][:2]
        return self._ranked

    def _story_countries(self) -> tuple[str, ...]:
        """The two countries the document's actors most belong to: what a story is about."""
        return tuple(c for c, _ in self._ranked_countries())

    def _home_country(self) -> str | None:
        """The one country a story is about, when its actors' countries leave no doubt: named at least three times
        and at least twice as often as any other."""
        ranked = self._ranked_countries()
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0][:3]

    def _home_office(self, agent: tuple[str, str, str]) -> tuple[str, str] | None:
        """"Sen. Sheldon Roe", "Gov. Jack Lane", "State Senator Ann Ruiz" with no country of their own: a member of a
        legislature or a governor in a story about one country sits in that country's (a president, minister or
        general named in such a story may well be a foreign one, and keeps no country)."""
        if self.matcher.agents.get(agent[2], agent[:2])[0] != "LEG" and agent[2] not in {"gov.", "governor", "lieutenant governor"}:
            return None
        home = self._home_country()
        return (home, f"story:{home}") if home else None

    def _conjoined_states(self, ante: Resolved) -> list[tuple[str, str, bool]]:
        """The other countries named in one coordination with a country antecedent of "their": "Kenya and Uganda
        said their troops …" are both countries' troops, not only the last one's."""
        if ante.kind != "country" or not 0 <= ante.token < len(self.doc):
            return []
        others = [m for c in self.doc[ante.token].conjuncts if (m := self.mention_for(c)) is not None
                  and m.entry.kind == "country" and m.entry.code_on(self.day)]
        return [(code, f"coref:{m.entry.source}", False) for m in others
                if (code := m.entry.code_on(self.day)) and code != ante.code]

    def _compound_place_country(self, tok: Token) -> list[tuple[str, str, bool]]:
        """"Maryland Gov.", "the Boston mayor", "a Florida senator": a town's or region's name compounded on a
        role word says where the office or the person is, so the role is of the country the gazetteer puts the
        place in (a country's own name is a dictionary mention, read before this). Only where the role names no
        one before it: "the New Jersey governor" after Christie is he, "the former Florida governor, Jeb Bush" he."""
        if self.place_country is None:
            return []
        for child in tok.children:
            if child.dep_ != "compound" or child.pos_ != "PROPN" or child.ent_type_ != "GPE" \
                    or child.i in self.by_token or child.i in self.person_names:
                continue
            ent = self.ent_at.get(child.i)
            if ent is None or ent.end > tok.i or in_dateline(ent) or any(
                    t.pos_ == "NOUN" and t.lower_ not in GOVERNMENT_LEVELS for t in tok.doc[ent.end : tok.i]):
                continue  # "San Diego chapter president": the place is the chapter's
            code = self.place_country(ent.text, ent.label_)
            if code:
                return [(code, f"place:{ent.text}", False)]
        return []

    def _body_named_before(self, tok: Token) -> list[tuple[str, str, bool]]:
        """The body a bare "the group", "the organization" stands for, when it is a named body that is no state's
        own (an armed group, a party, a company): "the leader of the group", "the group's spokesman" are its."""
        if tok.lemma_.lower() not in self.lexicon.org_nouns or tok.tag_ not in {"NN", "NNP"} or [
                c for c in tok.children if c.lower_ != "the" and c.dep_ != "case"] or not any(c.lower_ == "the" for c in tok.children):
            return []
        found = [r for r in self.resolve_all(tok) if r.kind == "organization" and r.code
                 and r.code[3:6] not in STATE_BODY_SECTORS]
        return [(r.code, r.rule, False) for r in found[:1]]

    def _within_body(self, prep: Token) -> bool:
        """True when "in" names a body, not a place: its object is a role noun of an institution
        ("in the Russian military", "in the Iranian government"), no toponym."""
        return any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in {"GPE", "LOC", "FAC"}
                   and self.agent_of(g, modifiers=False) is not None for g in prep.children)

    def _allegiance(self, tok: Token) -> bool:
        doc = tok.doc
        for j in (tok.i - 1, tok.i - 2):
            if j >= 0 and doc[j].lower_ in self.lexicon.allegiance_prefixes:
                return True
            if j >= 0 and doc[j].text not in {"-", "–"}:
                break
        return False

    def agent_of(self, tok: Token, *, modifiers: bool = True) -> tuple[str, str, str] | None:
        """Sector code for a role noun head, trying the longest multi-word term first.

        The words are the ones written just before the head inside its phrase ("human rights
        activists", "main opposition group"), with the head as lemma or as written.
        """
        # a function of the parse and the dictionaries only, asked many times per token: memoized
        name = getattr(self, "person_names", {}).get(tok.i, "")
        if " " in name and name.split()[-1] == tok.text:
            return None  # "Pete King … King said": the surname of a person named in full, no king
        key = (tok.i, modifiers)
        if key in self._agents:
            return self._agents[key]
        found = self._agent_of(tok, modifiers=modifiers)
        if found is not None and found[0] in FORMER_OFFICE_SECTORS and not self._of_named_body(tok) \
                and not self._unlisted_body_word(tok, found[2]):
            found = _former_office(tok, found)  # "former KKK leader", "the former president of the NAACP": no office
        if found is not None and found[2] == "delegate" and self._nominating_contest():
            found = "PTY", f"{found[1]}+nominating-contest", found[2]
        self._agents[key] = found
        return found

    def _nominating_contest(self) -> bool:
        """Does the story tell of a party choosing its candidate (a nomination, a nominee, primaries, caucuses,
        superdelegates)? Its delegates are then the party's people sent to choose (PTY),
        not a government's envoys to talks (agents.yaml's "delegate" is GOV)."""
        if self._contest is None:
            self._contest = any(t.lemma_.lower() in CONTEST_WORDS and t.pos_ == "NOUN" for t in self.doc)
        return self._contest

    def _unlisted_body_word(self, role: Token, term: str) -> bool:
        """"JPMorgan Chase vice president", "KKK leader": a role word after the name of a body no dictionary lists,
        an office of that body rather than of a state; a word of the title's own term is none ("Former Treasury
        Secretary Larry Summers", tagged as an organisation's name, holds a state's office)."""
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "ORG" and self.mention_for(c) is None
                   and c.lower_ not in term.split() for c in role.children)

    def _agent_of(self, tok: Token, *, modifiers: bool) -> tuple[str, str, str] | None:
        agents = self.matcher.agents
        if self._surname_title(tok):
            return None
        if _bare_abbreviation(tok) and (dotted := tok.lower_ + ".") in agents:
            return (*agents[dotted], dotted)  # "Rep McCaul" as "Rep. McCaul"
        if tok.pos_ == "PROPN" and tok.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "PERSON"}:
            # "West Bank" is a place, not a bank; a name that is itself a term ("MSF") is a role
            whole = self.ent_at.get(tok.i)
            low = whole.text.lower() if whole is not None else ""
            if (whole is None or len(whole) > 1 or (low not in agents and low.removesuffix("s") not in agents)) \
                    and not self._country_role(tok, whole) and not self._role_name(tok, whole) \
                    and not self._role_of_country(tok, whole) and not _title_in_name(tok, whole):
                return None
        lemma = tok.lemma_.lower()
        left = tok.left_edge.i
        n_max = min(tok.i - left, self.matcher.max_agent_words - 1) if modifiers else 0
        # a name's plural head keeps its "s" as lemma ("the Armed Forces of Kenya")
        heads = (lemma, tok.lower_) + ((tok.lower_.removesuffix("s"),) if tok.pos_ == "PROPN" else ())
        for n in range(n_max, 0, -1):
            span = tok.doc[tok.i - n : tok.i]
            for words in ([t.lower_ for t in span], [t.lemma_.lower() for t in span]):
                for head in heads:
                    term = " ".join([*words, head])
                    if term in agents:
                        sector, src = agents[term]
                        return sector, src, term
        # terms whose head comes first: "ministry of silly walks", "minister of state"
        # ("commander-in-chief" too: the hyphens inside a word are no words of the term)
        end = min(tok.right_edge.i + 1, tok.i + 2 * self.matcher.max_agent_words)
        right = [t.lower_ for t in tok.doc[tok.i + 1 : end] if not (t.text == "-" and not t.whitespace_)]
        n_right = min(len(right), self.matcher.max_agent_words - 1) if modifiers else 0
        for n in range(n_right, 1, -1):
            words = right[:n]
            for head in (tok.lower_, lemma):
                term = " ".join([head, *words])
                if term in agents:
                    sector, src = agents[term]
                    return sector, src, term
        if lemma == "secretary" and (office := _portfolio_secretary(tok, agents)) is not None:
            return office
        keys = [lemma, tok.lower_] + ([tok.lower_.removesuffix("s")] if tok.pos_ == "PROPN" else [])  # "Rebels"
        for key in keys:
            if key in agents:
                sector, src = agents[key]
                return sector, src, key
        return None

    def _country_role(self, tok: Token, whole: Span | None) -> bool:
        """"The Fiji Navy": a name that is a country and then the role as its last word(s)."""
        if whole is None or len(whole) < 2 or tok.i != whole.end - 1:
            return False
        m = next((self.by_token[t.i] for t in whole if t.i in self.by_token), None)
        if m is None or m.entry.kind != "country":
            return False
        before = [t for t in whole[: m.start - whole.start] if t.dep_ != "det"]
        return not before and m.end <= tok.i

    def _role_of_country(self, tok: Token, whole: Span | None) -> bool:
        """"The Armed Forces of Kenya", "the National Police of Peru": a name that is the role and then "of"
        a country, as "the armed forces of Kenya" written in lower case is."""
        if whole is None or tok.i + 2 >= whole.end or tok.doc[tok.i + 1].lower_ != "of":
            return False
        m = self.by_token.get(tok.i + 2)
        return m is not None and m.entry.kind == "country" and m.start == tok.i + 2 and m.end == whole.end

    def _role_name(self, tok: Token, whole: Span | None) -> bool:
        """"The Supreme Court", "the Constitutional Court": a name that is a role term of several words
        written with capitals, an institution every country has; its country comes from a modifier."""
        if whole is None or tok.i != whole.end - 1:
            return False
        words = [t.lower_ for t in whole if t.dep_ != "det" and t.i not in self.by_token]
        return len(words) > 1 and " ".join(words) in self.matcher.agents

    def _clause_subject(self, tok: Token, depth: int) -> tuple[str, str] | None:
        """Who the subject of an object pronoun's own verb stands for ("… endorsed him", "… gave him"), which
        the pronoun cannot be; None for reflexives, subjects and pronouns in other roles."""
        if tok.lower_.endswith(("self", "selves")):
            return None
        subj = self._clause_chain(tok)[1]
        if subj is None or subj.i == tok.i:
            return None
        r = self.resolve(subj, depth=depth + 1)
        return referent(r) if r is not None else None

    def _clause_subject_owner(self, tok: Token, depth: int) -> tuple[str, str] | None:
        """Who owns the subject of an object pronoun's own verb ("Clinton's campaign has criticized him",
        "Obama's aides praised her"): less likely the pronoun than someone else, though not impossible ("Trump's
        lawyers defended him")."""
        if tok.lower_.endswith(("self", "selves")):
            return None
        subj = self._clause_chain(tok)[1]
        poss = next((c for c in subj.children if c.dep_ == "poss"), None) if subj is not None else None
        if subj is None or poss is None or poss.i == tok.i or poss.lower_ in self.lexicon.person_pronouns:
            return None
        word = subj.lemma_.lower()
        if not (word in COLLECTIVE_NOUNS | PARTISAN_NOUNS | {"campaign", "staff", "ally"} or self.agent_of(subj)):
            return None  # "Clinton's win assures her of …": a thing of hers may well act on her
        r = self.resolve(poss, depth=depth + 1)
        return referent(r) if r is not None and r.kind == "person" else None

    def _clause_chain(self, tok: Token) -> tuple[set[int], Token | None]:
        """An object pronoun's own clause: its verb and the verbs that verb shares its subject with
        ("called him divisive and accused him", "tripped up Rubio by calling him out", "wants to meet
        him"), and that subject (for "urged Clinton to endorse him", the object that does it)."""
        if tok.dep_ in OBJECT_DEPS:
            verb = tok.head
        elif _causative_object(tok):
            verb = tok.head.head  # "Germany sent tanks to Ukraine to help it fight Russia": not Germany
        elif tok.dep_ == "pobj" and tok.head.dep_ in {"prep", "dative"} and tok.head.head.pos_ in {"VERB", "AUX"}:
            verb = tok.head.head  # "sent a letter to him", "spoke with her"
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in OBJECT_DEPS | {"pobj"}:
            verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), tok)  # "arrested dozens of them"
            if verb == tok:
                return set(), None
        else:
            return set(), None
        chain = {verb.i}
        for _ in range(4):
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None:
                return chain, subj
            if verb.dep_ == "xcomp":
                obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return chain, obj  # "urged Clinton to endorse him"
            if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
                return chain, verb.head  # "a man blowing himself up", "protesters calling him a traitor"
            if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
                verb = verb.head
            elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
                verb = verb.head.head
            else:
                return chain, None
            chain.add(verb.i)
        return chain, None

    def antecedent(self, tok: Token, *, want: str, not_: tuple[str, str] | None = None,
                   avoid: tuple[str, str] | None = None) -> Resolved | None:
        """Nearest compatible earlier actor; subjects are preferred (they are more salient). ``not_``: who it
        cannot be (an object pronoun's own subject); ``avoid``: who it is asked not to be (None if only they fit)."""
        # history is sorted by start and its starts are unique: bisect instead of scanning it
        # before the phrase: "the gambling tycoon", remembered once read, is no antecedent of its own head
        before = self.history[: bisect_left(self._starts, tok.left_edge.idx)]
        if not_ is not None or avoid is not None:
            before = [r for r in before if referent(r) not in {not_, avoid}]
        if want == "person":
            quote = self._quote_of(tok.idx)
            if quote is None:  # "“… at Jeb Bush,” he wrote": a name in the quote just before is not who "he" is
                last = self._quote_before(tok.idx)
                if last is not None and last[1] >= self._prev_sent_start(tok.sent.start_char, narrative=False):
                    before = [r for r in before if not last[0] <= r.start < last[1]]
            elif tok.lower_ in PRONOUN_GENDER:  # "“He insulted us,” Barkley said": not Barkley
                speakers = self._speakers_of(quote)
                before = [r for r in before if referent(r) not in speakers]
        # inside a quote the speaker's own sentences count; outside it, the narrative's
        prev_start = self._prev_sent_start(tok.sent.start_char, narrative=self._quote_of(tok.idx) is None)
        # the subjects of the pronoun's own sentence before it ("Joe Biden was apologetic when he visited
        # Ankara"), remembered only once the sentence has been read: known here by their verb
        own = {k: v for k, v in self._own_subjects(tok, before).items() if referent(v[0]) not in {not_, avoid}}
        if own:
            before = sorted([r for r in before if r.start not in own] + [r for r, _ in own.values()],
                            key=lambda r: r.start)
        subjects = self.subjects | set(own)
        singular = False
        if want == "person":  # "the crowd", "the government" are no "him"
            before = [self.possessed.get(r.start, r) if r.kind == "country" else r for r in before]
            # (nor an "it" that stood for such a body: "the court … it effectively ends … She asked")
            ok = [r for r in before if r.kind == "person" or (r.kind == "agent" and not r.plural and not (
                0 <= r.token < len(self.doc) and self.doc[r.token].lemma_.lower() in NO_PERSON_NOUNS)
                and not r.rule.startswith("coref:thing->"))]
        elif want == "plural":
            # "Trump's telling of the story" (an actor's singular thing) is no "they"; "Hamas's leadership" is
            ok = [r for r in before if self._plural(r) or (r.kind == "group" and self._collective(r))]
            if not ok:  # "The US claimed that they had attacked": a country or body is a "they" too
                ok = [r for r in before if r.kind in {"organization", "country"}]
                singular = True
        else:  # "Republicans … watched it pass": a name written plural is no "it"
            # "Germany's government said …, but it stressed": a body its role word names is an "it" that acts
            # too ("Turkish jets had bombed it" rather the country)
            acts = tok.dep_ in {"nsubj", "nsubjpass"}
            ok = [r for r in before if (r.kind in {"organization", "country", "group"} or (
                acts and r.kind == "agent" and 0 <= r.token < len(self.doc)
                and self.doc[r.token].lemma_.lower() in NO_PERSON_NOUNS)) and not self._plural(r)]
        # "It accused the FDIC", "It praised Trump's plan": a subject pronoun is none of the names its clause
        # goes on to speak of
        named_after = self._named_in_clause(tok)
        chain = self._pronoun_chain(tok, ok) if want == "person" else None
        if named_after:
            # "Allies say that he …. And he wants to avoid …, recalling how the campaign exploited Mr. Clinton's
            # remark": a name deep in a clause of its own does not undo the chain of "he"s
            near = self._named_in_clause(tok, near=True) if chain is not None else named_after
            ok = [r for r in ok if referent(r) not in (near if r is chain else named_after)]
        gender = PRONOUN_GENDER.get(tok.lower_) if want == "person" else None
        if gender is not None:  # "Mr. Lopez met Mrs. Adeyemi. She said": not Lopez
            ok = [r for r in ok if self.gender_of(r) in {None, gender}]
        # a recent subject: one of ``before`` (unique starts) that is a subject since the previous sentence
        preferred = [r for r in ok if r.start in subjects and r.start >= prev_start]
        if want == "person" and self._quote_of(tok.idx) is None:  # the narrative's subjects, not the quotes'
            preferred = [r for r in preferred if self._quote_of(r.start) is None]
        if want == "person" and preferred:
            # "Trump despises what he calls …": a subject of a verb the pronoun hangs from comes first; then,
            # "McConnell said it was wrong for Ginsburg to speak. He said": the main clause's subject of the
            # sentence before ("If Trump loses, he said …": not the subject of a clause beside the pronoun's)
            ancestors = {a.i for a in tok.ancestors}
            over = [r for r in preferred if r.start >= tok.sent.start_char and 0 <= r.token < len(self.doc)
                    and (own[r.start][1] if r.start in own else self.doc[r.token].head.i) in ancestors]
            before_start = self._prev_sent_start(tok.sent.start_char, narrative=False)
            main = [r for r in preferred if before_start <= r.start < tok.sent.start_char and self._main_subject(r)]
            preferred = over or main or [r for r in preferred if r is chain] or preferred
        elif want == "thing" and preferred:
            # "Germany's government said …, for which Iran was responsible, but it stressed": a subject of a verb
            # the pronoun hangs from comes first, as for "he"
            ancestors = {a.i for a in tok.ancestors}
            preferred = [r for r in preferred if r.start in own and own[r.start][1] in ancestors] or preferred
        # "Erdogan laments hosting migrants and refugees. He threatened to expel them": a plural noun nearer
        # than the singular body is what "they" more likely speaks of (not always that noun: "They dwell on
        # the failure to break up the banks. They want": no one we know)
        if singular and ok and self._plural_noun_between((preferred or ok)[-1].end, tok) is not None:
            return None
        if preferred:
            return preferred[-1]
        if want == "person":
            return ok[-1] if ok else None
        if want == "thing" and tok.dep_ in {"nsubj", "nsubjpass"} and self._unnamed_body_before(tok.sent, depth=0):
            return None  # "The Department of Education has misled …. It has refused": that body, which no one codes
        # a "they" or "it" with no compatible actor in the last three sentences speaks of a group or thing
        # never named as an actor ("people … they are imprisoned", "the taxes … repealing them")
        since = self._prev_sent_start(self._prev_sent_start(prev_start, narrative=False), narrative=False)
        return ok[-1] if ok and ok[-1].start >= since else None

    def _unnamed_body_before(self, sent: Span, depth: int) -> bool:
        """Is the subject of the main verb of the sentence before ``sent`` a named body no dictionary codes, headed by
        the word for its kind ("The Department of Education has misled the public."), or an "it" that stood for one? A
        subject "it" next is that body, not an actor named further back."""
        if sent.start == 0 or depth > 2:
            return False
        before = self.doc[sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or self._quote_of(subj.idx) is not None:
            return False
        if subj.lower_ == "it":
            return not dummy_it(subj) and self._unnamed_body_before(before, depth + 1)
        if subj.pos_ != "PROPN" or subj.ent_type_ != "ORG" or self.mention_for(subj) is not None \
                or subj.lower_ not in STATE_BODY_WORDS | self.lexicon.org_nouns:
            return False  # a body's name headed by its kind ("Department", "Bureau", "Coalition"), not "the Fed"
        found = self.resolve(subj)
        return found is not None and found.kind == "organization" and not found.code

    def _plural(self, r: Resolved) -> bool:
        """Is ``r`` plural, by its flag or as written ("Republicans", "Democrats"; not "the United States")?"""
        if r.plural:
            return True
        if not 0 <= r.token < len(self.doc):
            return False
        t = self.doc[r.token]
        return t.tag_ in {"NNS", "NNPS"} and t.ent_type_ not in {"GPE", "ORG", "FAC", "LOC"}

    def _collective(self, r: Resolved) -> bool:
        """A group word ("Hamas's leadership") or a coordination ("Mr. Rubio's father and mother")."""
        if not 0 <= r.token < len(self.doc):
            return False
        t = self.doc[r.token]
        return t.lemma_.lower() in COLLECTIVE_NOUNS or bool(t.conjuncts)

    def _pronoun_chain(self, tok: Token, ok: list[Resolved]) -> Resolved | None:
        """"Allies say that he has no need to engage either man. And he wants …": a subject "he" or "she" whose
        previous sentence has the same pronoun as a subject continues it — the antecedent that pronoun was given
        (one of ``ok``), when every such pronoun there was given the same. Narrative pronouns only."""
        if tok.lower_ not in PRONOUN_GENDER or tok.dep_ not in {"nsubj", "nsubjpass"} or self._quote_of(tok.idx):
            return None
        prev = self._prev_sent_start(tok.sent.start_char, narrative=False)
        found = {r.start: r for r in ok if prev <= r.start < tok.sent.start_char and r.start in self.subjects
                 and r.rule.startswith("coref:person->") and r.text.lower() == tok.lower_
                 and self._quote_of(r.start) is None}
        if len({referent(r) for r in found.values()}) != 1:
            return None
        last = found[max(found)]
        if not 0 <= last.token < len(self.doc):
            return None
        # "The actress said she was tired …": a singular main subject over it is who that pronoun likely was
        # ("Allies say that he …" are no "he")
        pron = self.doc[last.token]
        if any(main_subject(t) and t.i != pron.i and t.tag_ in {"NN", "NNP"} for t in pron.sent):
            return None
        return last

    def _named_in_clause(self, tok: Token, *, near: bool = False) -> set[tuple[str, str]]:
        """Who the names after a subject pronoun in its own clause stand for: the pronoun cannot be them
        ("It accused the FDIC", "He praised Trump's plan"). Subjects of the clauses below are left out (a
        misparsed "…,” Trump said" hangs under the quoted verb). ``near``: only names whose nearest verb is the
        pronoun's own (not "… recalling how the campaign exploited Mr. Clinton's remark")."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.i == tok.i:
            return set()
        verb = tok.head
        out: set[tuple[str, str]] = set()
        inside = {t.i for t in verb.subtree}
        own_quote = self._quote_of(tok.idx)
        depth = 0
        for t in self.doc[tok.i + 1 : verb.right_edge.i + 1]:
            if "\n" in t.text or "\n" in t.whitespace_:
                break  # a paragraph the parser ran on into
            depth += (t.text == "(") - (t.text == ")")
            # "(As monolithic to Mr. Trump as …)", "… “it's not Bernie Sanders”": an aside or a quote is no
            # part of the clause
            if depth > 0 or t.i not in inside or t.dep_ in {"nsubj", "nsubjpass"} or t.i == verb.i \
                    or self._quote_of(t.idx) != own_quote:
                continue
            if near and _clause_verb(t).i != verb.i:
                continue
            m = self.mention_for(t)  # "Iraq said it would defend Iraqi sovereignty": an adjective names no one
            if m is not None and t.i == m.end - 1 and m.form != "adjective":
                r = self._from_mention(t, m)
                if r.code:
                    out.add(referent(r))
        return out

    def _plural_noun_between(self, start: int, pron: Token) -> Token | None:
        """The last plural common noun (no date or amount) in an argument's place between char ``start`` and
        ``pron``, the sentence before included."""
        for t in reversed(self.doc[max(0, pron.sent.start - 80) : pron.i]):
            if t.idx < start:
                return None
            if t.tag_ == "NNS" and t.pos_ == "NOUN" and not t.ent_type_ \
                    and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}:
                return t
        return None

    def _own_subjects(self, tok: Token, before: list[Resolved]) -> dict[int, tuple[Resolved, int]]:
        """The actors that are subjects of a verb governing ``tok`` in its sentence, before it, with their
        verbs, by start: "Joe Biden was apologetic when he visited Ankara", "Reagan was so consumed that
        he traded arms" (the sentence's subjects are remembered only once it has been read). The subject
        of a relative clause is the noun it modifies ("O'Malley, who noted that he had raised"). Never
        the subject of an object pronoun's own clause ("Sanders called him divisive and accused him");
        a possessive in its verb's object ("Trump offered his congratulations"), or in a phrase beside it
        when no one is named in between and the subject is one ("Trump was most direct in his attacks"; not
        "Romney went after Trump over his refusal", nor "The Clintons chose not to respond to his attacks")."""
        ancestors = {a.i for a in tok.ancestors}
        own_clause: set[int] = set()
        beside = False
        if tok.dep_ == "poss":
            beside = tok.head.dep_ != "dobj"
            ancestors = ancestors if beside else {tok.head.head.i}
        elif tok.dep_ not in {"nsubj", "nsubjpass"} and not tok.lower_.endswith(("self", "selves")):
            own_clause = self._clause_chain(tok)[0]
        known = {r.start: r for r in before if r.start >= tok.sent.start_char}
        quote = self._quote_of(tok.idx)
        out: dict[int, tuple[Resolved, int]] = {}
        for t in self.doc[tok.sent.start : tok.i]:
            if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.i not in ancestors or t.head.i in own_clause \
                    or t.left_edge.i <= tok.i <= t.right_edge.i:
                continue  # "Christie, who endorsed him, met Putin": not the subject the pronoun is in
            if beside and (self._someone_between(t.right_edge.i + 1, tok.i) or (
                    tok.lower_ in PRONOUN_GENDER and (t.tag_ in {"NNS", "NNPS"} or t.conjuncts))):
                continue
            verb, subj = t.head, t
            if t.lower_ in self.lexicon.relative_pronouns:
                if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"} or verb.head.i in own_clause:
                    continue
                subj = verb.head
            elif t.pos_ == "PRON":
                continue
            if self._quote_of(subj.idx) != quote:
                continue  # "“… give him time,” said Joe Biden": the quoted words speak of someone else
            r = self.resolve(subj, depth=3)
            if r is None or not (r.code or _unlisted_person(r)) or r.start >= tok.idx:
                continue
            body = r.start in known and known[r.start].kind == "country" and r.kind == "agent" \
                and self.doc[r.token].lemma_.lower() in NO_PERSON_NOUNS  # "Germany's government": the body
            if r.start in known and known[r.start].token != r.token and not body:
                continue  # "Clinton's win …": the start is the person's, not the phrase's
            out[r.start] = (r if body else known.get(r.start, r), verb.i)
        return out

    def _someone_between(self, start: int, end: int) -> bool:
        """Is anyone named or spoken of between two tokens (a name, a person pronoun, a role word)?"""
        return any(t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.lower_ in self.lexicon.person_pronouns
                                         | self.lexicon.plural_pronouns)
                   or (t.pos_ == "NOUN" and self.agent_of(t) is not None) for t in self.doc[start:end])

    def _main_subject(self, r: Resolved) -> bool:
        """Is ``r`` the subject of its sentence's main verb (or of a verb conjoined with it)?"""
        return 0 <= r.token < len(self.doc) and main_subject(self.doc[r.token])

    def _quote_list(self) -> list[tuple[int, int]]:
        """The document's quoted passages (character spans inside the marks), found when first asked."""
        if self._quotes is None:
            from newsevents.extract.quotes import quote_spans  # quotes reads actors: imported when first asked
            self._quotes = quote_spans(self.text)
            self._quote_starts = [q[0] for q in self._quotes]
        return self._quotes

    def _quote_of(self, char: int) -> tuple[int, int] | None:
        """The quoted passage holding ``char``, if any."""
        quotes = self._quote_list()
        k = bisect_right(self._quote_starts, char) - 1
        return quotes[k] if k >= 0 and quotes[k][0] <= char < quotes[k][1] else None

    def _quote_before(self, char: int) -> tuple[int, int] | None:
        """The last quoted passage that ends before ``char``."""
        quotes = self._quote_list()
        k = bisect_right(self._quote_starts, char) - 1
        while k >= 0 and quotes[k][1] > char:
            k -= 1
        return quotes[k] if k >= 0 else None

    def _speaker_self(self, tok: Token, quote: tuple[int, int]) -> list[Resolved]:
        """"“We stated our support,” the minister said": the quote's "we", "I", "our" is its one coded
        speaker (a person, a body or a country speaking for its side); none when the quote has no such
        speaker or several."""
        self._speakers_of(quote)
        ranked = self._speaker_actors.get(quote, [])
        # a speaker in the quote's own sentences (the nearest) comes before one in the sentence after it
        found = [r for key, r in ranked if key == min(k for k, _ in ranked)] if ranked else []
        if len({referent(r) for r in found}) != 1 or not found[0].code:
            return []
        r = found[0]
        # never plural: the quote's "we" is no antecedent of a later "they"
        return [Resolved(r.code, tok.text, tok.idx, tok.idx + len(tok), f"coref:speaker->{named_as(r)}", r.entity, r.kind,
                         False, tok.i)]

    def _speakers_of(self, quote: tuple[int, int]) -> set[tuple[str, str]]:
        """Who says the quoted passage, as far as a speech verb outside it in its sentences or the next one
        tells: "“…,” Barkley said", "Flea shared the news, writing “…”"."""
        if quote in self._speakers:
            return self._speakers[quote]
        self._speakers[quote] = set()  # a pronoun subject resolved below may ask again
        actors: list[tuple[tuple[int, int], Resolved]] = []
        sents = [s for s in self.doc.sents if s.start_char < quote[1] + 2 and s.end_char > quote[0]]
        if sents and sents[-1].end < len(self.doc):
            sents.append(self.doc[sents[-1].end].sent)
        found: set[tuple[str, str]] = set()
        for sent in sents:
            for t in sent:
                if t.pos_ != "VERB" or t.lemma_.lower() not in self.lexicon.speech_verbs or self._quote_of(t.idx):
                    continue
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is None and t.dep_ in {"advcl", "conj", "xcomp"}:  # "…, writing “…”"
                    subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and self._quote_of(subj.idx) is None:
                    r = self.resolve(subj, depth=2)
                    if r is not None:
                        found.add(referent(r))
                        after = sent.start_char >= quote[1] + 2
                        actors.append(((after, min(abs(t.idx - quote[0]), abs(t.idx - quote[1]))), r))
        self._speakers[quote] = found
        self._speaker_actors[quote] = actors
        return found

    def gender_of(self, r: Resolved) -> str | None:
        """"m" or "f" when the document says so for this actor, else None (unknown). Where the document
        contradicts itself on a name ("Mr. Varga" and "Mrs. Varga"), the mention's own honorific says which."""
        if r.entity is not None and r.entity in self.genders and r.token not in self._unsure and (
                self.genders[r.entity] is not None):
            return self.genders[r.entity]
        if not 0 <= r.token < len(self.doc) or r.kind not in {"agent", "person"}:
            return None
        if self.doc[r.token].lower_ in PRONOUN_GENDER:  # a pronoun remembered as a subject says it itself
            return PRONOUN_GENDER[self.doc[r.token].lower_]
        key = (r.token, r.kind)
        if key not in self._genders_at:  # asked once per candidate antecedent of every pronoun
            tok = self.doc[r.token]
            if r.kind == "agent":  # "the spokeswoman", "the committee chairman", "columnist Ruth Marcus": her name's
                name = next((self.ent_at.get(c.i) for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"),
                            None)
                self._genders_at[key] = noun_gender(tok) or (self.name_gender(name) if name is not None else None)
            else:
                m = self.mention_for(tok)
                self._genders_at[key] = _name_gender(self.doc, m.start if m is not None else tok.left_edge.i,
                                                     tok, self.matcher.agents)
        return self._genders_at[key]

    def name_gender(self, name: Span) -> str | None:
        """What the document says of a named person's gender (``name``: a PERSON entity): its
        dictionary entry's, else what any mention of the same words says ("Mrs. Lopez … Lopez");
        None when unknown or contradicted. The same words only: "Bill Clinton" is not told by
        "Mrs. Clinton". The mention's own honorific or title decides first: where "Mr. Clinton" and
        "Mrs. Clinton" share a surname, each says whose it is."""
        own = _name_gender(self.doc, name.start, name[-1], self.matcher.agents)
        if own is not None:
            return own
        m = self.mention_for(name[-1])
        if m is not None and m.entry.id in self.genders and name[-1].i not in self._unsure:
            return self.genders[m.entry.id]
        low = name.text.lower()
        found = {g for e in self.doc.ents if e.label_ == "PERSON" and e.text.lower() == low
                 if (g := _name_gender(self.doc, e.start, e[-1], self.matcher.agents)) is not None}
        if not found:  # an unlisted person's: what the document or the first name says, here or in full elsewhere
            words = [t.text for t in name if not _title(t, self.matcher.agents) and straight_lower(t) != "'s"]
            key = self.person_names.get(name[-1].i) or " ".join(words)  # a headline's names are not recorded
            if f"text:{key}" in self.genders:
                return self.genders[f"text:{key}"]
            return self.lexicon.given_names.get(key.split()[0].lower()) if len(key.split()) > 1 else None
        return next(iter(found)) if len(found) == 1 else None

    def _clause_antecedent(self, tok: Token, want: str, depth: int) -> Resolved | None:
        """"France accused Rwanda …, but said it was determined": a subject pronoun under a verb
        whose own subject is named stands for that subject, before any later actor. So does a
        person's: "The Chilean president said he had sent troops" (the subject is not yet in the
        history when its own sentence is read)."""
        if tok.dep_ == "poss" and want == "thing":
            return self._owner(tok, want, depth)
        if tok.dep_ != "nsubj" or _causative_object(tok):
            return None
        if want == "person":
            return self._reporter(tok, depth)
        return self._governing_subject(tok.head, want, depth)

    def _controller(self, tok: Token, depth: int) -> Resolved | None:
        """"Officials told Flint residents not to drink the water from their taps, which they had been assured was
        safe": a "they" or "their" inside what the object of a telling or urging verb is told to do is that object
        (who does it), not the teller; "them" there is never the object ("told residents to thank them")."""
        if tok.lower_ not in {"they", "their"} or (tok.lower_ == "they" and tok.dep_ not in {"nsubj", "nsubjpass"}):
            return None
        comp = next((a for a in tok.ancestors if a.dep_ == "xcomp"), None)
        if comp is None or comp.head.lemma_.lower() not in self.lexicon.appeal_verbs | self.lexicon.order_verbs:
            return None
        obj = next((c for c in comp.head.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.i < comp.i), None)
        found = self.resolve(obj, depth=depth + 1) if obj is not None else None
        return found if found is not None and found.code else None

    def _owner(self, tok: Token, want: str, depth: int) -> Resolved | None:
        """"The US moved its troops": a possessive "its" outside its clause's subject is that named
        subject's; inside it ("the coalition said one of its jets …") the subject of the verb governing the clause."""
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        if not (subj.left_edge.i <= tok.i <= subj.right_edge.i):
            return self._named_subject(subj, want, depth)
        return self._governing_subject(verb, want, depth)

    def _named_subject(self, subj: Token, want: str, depth: int) -> Resolved | None:
        if subj.lower_ in self.lexicon.thing_pronouns | self.lexicon.plural_pronouns | self.lexicon.person_pronouns:
            return None
        r = self.resolve(subj, depth=depth + 1)
        if r is None or not r.code or r.kind not in {"organization", "country", "group"}:
            return None
        return r if (want == "plural") or not self._plural(r) else None

    def _governing_subject(self, verb: Token, want: str, depth: int) -> Resolved | None:
        cur = verb
        for _ in range(4):
            if cur.dep_ not in {"conj", "ccomp", "xcomp", "advcl"} or cur.head.i == cur.i:
                return None
            cur = cur.head
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            return self._named_subject(subj, want, depth)
        return None

    def _reporter(self, tok: Token, depth: int) -> Resolved | None:
        """"X said he …", "X insisted that she …": the subject of the verb a he/she clause reports to,
        when it is one person (a name or a singular role) of a compatible gender."""
        clause = tok.head
        if tok.lower_ not in {"he", "she"} or clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        if self._quote_of(tok.idx) is not None and self._quote_of(clause.head.idx) is None:
            return None  # "“He insulted us,” Barkley said": the quoted words speak of someone else
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.tag_ in {"NNS", "NNPS"}:
            return None
        if subj.i > tok.i:  # "she urged …, said Pillar", "he will appeal, his lawyer said": someone else, often
            return None
        r = self.resolve(subj, depth=depth + 1)
        if r is None or not (r.code or _unlisted_person(r)) or r.plural or r.kind not in {"person", "agent"}:
            return None
        gender = PRONOUN_GENDER.get(tok.lower_)
        return r if gender is None or self.gender_of(r) in {None, gender} else None

    def _prev_sent_start(self, start: int, *, narrative: bool = True) -> int:
        """Start of the last sentence starting before ``start``; the starts are computed once per Doc."""
        if self._sent_starts is None:
            self._sent_starts = [s.start_char for s in self.doc.sents]
        k = bisect_left(self._sent_starts, start)
        # a quoted sentence is not the narrative's: "Trump swiped at Bush. “… Bush … A pathetic figure!” he
        # wrote" — the sentence before the quote says who is writing
        while narrative and k > 1 and self._quote_of(self._first_word(self._sent_starts[k - 1])) is not None:
            k -= 1
        return self._sent_starts[k - 1] if k else 0

    def _first_word(self, char: int) -> int:
        m = re.search(r"\w", self.text[char : char + 20])
        return char + m.start() if m else char

    def remember(self, r: Resolved | None, *, subject: bool = False) -> None:
        if r is None or not (r.code or _unlisted_person(r)):
            return
        if subject:
            self.subjects.add(r.start)
        k = bisect_left(self._starts, r.start)  # kept sorted by start, one entry per start
        if k == len(self._starts) or self._starts[k] != r.start:
            self._starts.insert(k, r.start)
            self.history.insert(k, r)
        elif self.history[k].kind == "country" and r.kind in {"agent", "person"} and not r.plural \
                and r.token != self.history[k].token:
            # "Indonesia's foreign minister flew …. She urged": the country holds the start; the
            # minister it names is who a later "she" can be
            self.possessed[r.start] = r

    # ---- resolution -----------------------------------------------------------------------
    def resolve(self, tok: Token, *, depth: int = 0) -> Resolved | None:
        """Resolve the noun phrase headed by ``tok`` to an actor, or None."""
        found = self.resolve_all(tok, depth=depth)
        return found[0] if found else None

    def resolve_all(self, tok: Token, *, depth: int = 0) -> list[Resolved]:
        """Every actor the noun phrase headed by ``tok`` names (its conjuncts excepted).

        Usually one; several when a role noun has conjoined countries ("the ambassadors of
        Arnor, Osgiliath and Gondor") or a dictionary entry has several codes (``[ELR/GAL]``).
        """
        return [one for r in self._resolve_all(tok, depth) for one in _split(r)]

    def _resolve_all(self, tok: Token, depth: int) -> list[Resolved]:
        if depth > 3:
            return []
        if tok.ent_type_ == "WORK_OF_ART" and self.mention_for(tok) is None and tok.i not in self.person_names and (
                tok.ent_iob_ == "I" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")):
            return []  # "on NBC's ''Meet the Press''": a word of a programme's, book's or film's title is no actor
        lex = self.lexicon
        low = tok.lower_
        if low in FIRST_PERSON and tok.pos_ == "PRON" and (quote := self._quote_of(tok.idx)) is not None:
            return self._speaker_self(tok, quote)
        # pronouns → document coreference
        if low in lex.person_pronouns | lex.thing_pronouns | lex.plural_pronouns:
            want = (
                "person" if low in lex.person_pronouns else "plural" if low in lex.plural_pronouns else "thing"
            )
            if low == "it" and (dummy_it(tok) or self._thing_it(tok)):
                return []
            if low.endswith(("self", "selves")):
                # "Rubio defended himself", "both powers find themselves isolated": its own clause's subject
                subj = self._clause_chain(tok)[1]
                if subj is not None and subj.i != tok.i and subj.lower_ not in lex.relative_pronouns:
                    own = [r for r in self.resolve_all(subj, depth=depth + 1) if r.code or _unlisted_person(r)]
                    return [Resolved(r.code, tok.text, tok.idx, tok.idx + len(tok), f"coref:{want}->{named_as(r)}",
                                     r.entity, r.kind, r.plural, tok.i) for r in own]
            # "He (Trump) had talked": a pronoun with a name in apposition is that name
            name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            not_ = self._clause_subject(tok, depth)
            # "Clinton's campaign has criticized him": rather someone else than the subject's owner
            avoid = self._clause_subject_owner(tok, depth) if want == "person" else None
            ante = (self.resolve(name, depth=depth + 1) if name is not None else None) \
                or (self._controller(tok, depth) if want == "plural" else None) \
                or self._clause_antecedent(tok, want, depth) \
                or (self.antecedent(tok, want=want, not_=not_, avoid=avoid) if avoid is not None else None) \
                or self.antecedent(tok, want=want, not_=not_)
            if want == "thing" and ante is not None and self._thing_subject_before(tok, ante) and not (
                    name is not None or self._clause_antecedent(tok, want, depth)):
                return []  # "X said the strike had been carried out …, and warned that it risked …": the strike
            if want == "thing" and ante is not None and name is None and self._thing_object_before(tok, ante):
                return []  # "Rubio backed the bill, then opposed it", "build a wall and make Mexico pay for it"
            group = self._group_of(tok, ante, depth) if want == "plural" else []
            if want == "plural" and not group and tok.dep_ != "nsubj":
                # "destroyed the two men's cars, killing them": a counted group nearer than the antecedent
                group = self._counted_group_before(tok, ante, depth)
            if ante is None and not group:
                return []
            return [Resolved(
                one.code, tok.text, tok.idx, tok.idx + len(tok), f"coref:{want}->{named_as(one)}", one.entity,
                one.kind, one.plural, tok.i,
            ) for one in group or ([ante] if ante is not None else [])]
        if low == "old" and any(c.lower_ == "the" for c in tok.children) and any(
                c.lower_ in {"year", "years"} for c in tok.children):
            # "Mark Dobbs, 45, … the 45-year-old": the latest person given that age with the name
            age = next((t.text for t in tok.subtree if t.like_num), None)
            ante = next((r for r in reversed(self.history[: bisect_left(self._starts, tok.left_edge.idx)])
                         if r.kind == "person" and age is not None and self._aged(r, age)), None)
            if ante is None:
                return []
            start = tok.left_edge.idx
            return [Resolved(ante.code, self.text[start : tok.idx + len(tok)], start, tok.idx + len(tok),
                             f"coref:age->{named_as(ante)}", ante.entity, ante.kind, False, tok.i)]
        pair = self._named_people(tok)
        if pair:
            return pair
        # an apposition that names the actor: "a leading member, Hadi al-Ameri,"
        # (a country a possessive pronoun gives is no description: "his opponent, Hillary Clinton," is she)
        described = self.mention_for(tok) is None and self.agent_of(tok) is not None and any(
            not src.startswith("coref:") for _c, src, _a in self.countries_of(tok))
        for child in tok.children:
            if child.dep_ == "appos" and _label_colon(tok, child):
                continue  # "Milbank: Republicans …": a headline's words after its label's colon are not the label
            if child.dep_ == "appos" and self.mention_for(child) is not None and self.mention_for(tok) is None \
                    and not described and not _model_name(child):  # "the US commander in Iraq, David Petraeus": the title says what he is then
                found = self.resolve_all(child, depth=depth + 1)
                if found:
                    return found
            # "his colleague Ada Lopez": a word that is no role stands for the unlisted person it names
            if child.dep_ == "appos" and child.i in self.person_names and tok.pos_ == "NOUN" \
                    and self.mention_for(tok) is None and self.agent_of(tok) is None:
                unlisted = self._unlisted(child)
                if unlisted is not None:
                    return [unlisted]
        m = self.mention_for(tok)
        if m is not None and m.entry.kind != "country" and _model_name(tok):
            # "shot down a Kenya Airways Boeing 737": the airline that owns it, if named, not the maker
            owner = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i), None)
            return self.resolve_all(owner, depth=depth + 1) if owner is not None else []
        if m is not None:
            return [self._with_role(tok, m, self._from_mention(tok, m))]
        if low in lex.quantity_nouns or tok.lemma_.lower() in lex.quantity_nouns or tok.like_num:
            # "tens of thousands of angry Iranians", "members of the militia"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        inner = self.resolve_all(pobj, depth=depth + 1)
                        if inner:
                            return inner
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in MEMBERSHIP_NOUNS and not any(
                t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "NORP", "ORG"} for left in tok.lefts for t in left.subtree):
            # "a coalition of aid groups", "an umbrella organisation representing refugees": a body known only
            # by whom it is made of or speaks for is of their sector (and country, if they have one); one its
            # own words name ("the Saudi-led coalition of ...") is theirs
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() != "body":
                    member = next((g for g in c.children if g.dep_ == "pobj"), None)
                elif c.dep_ == "acl" and c.lemma_.lower() == "represent":
                    member = next((g for g in c.children if g.dep_ == "dobj"), None)
                else:
                    continue
                inner = [r for r in self.resolve_all(member, depth=depth + 1) if r.kind == "agent" and r.code] \
                    if member is not None else []
                if inner:
                    start = tok.left_edge.idx
                    return [Resolved(r.code, self.text[start : tok.idx + len(tok)], start, tok.idx + len(tok),
                                     f"members:{r.rule}", None, "group", tok.tag_ in {"NNS", "NNPS"}, tok.i)
                            for r in inner]
        # "the agency WFNA", "the Commerce and Justice departments": a body its own names say
        named = any(c.dep_ in {"appos", "compound", "nmod"} and c.pos_ == "PROPN" for c in tok.children) or (
            tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].pos_ == "PROPN")
        # "the movement to free the delegates", "the coalition to fight poverty": an effort its purpose
        # describes, not the body named before
        named = named or any(c.dep_ == "acl" and c.tag_ == "VB" and has_to_marker(c) for c in tok.children)
        # "The Department of Education", "the Coalition for Peace": a capitalised head with its own name after it
        named = named or (tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and any(
            c.dep_ == "prep" and c.lower_ in {"of", "for"} and any(g.pos_ == "PROPN" and g.ent_type_ == "ORG" for g in c.children)
            for c in tok.children))
        role = self.agent_of(tok)
        specific = role is not None and " " in role[2]  # "the militant group" is not any organisation
        if tok.lemma_.lower() in lex.org_nouns and any(c.lower_ == "the" for c in tok.children) and not named \
                and not specific:
            word = tok.lemma_.lower()
            earlier = self._bodies_before(tok)
            if tok.tag_ in {"NNS", "NNPS"} and word not in {"force", "forces", "guard", "guards"}:
                # "the groups", "the departments": several, not the one body named before; the same words again,
                # or the bodies so named since the sentence before ("the State Department and the Department of
                # Homeland Security … The departments")
                since = self._prev_sent_start(tok.sent.start_char, narrative=False)
                several = [r for r in earlier if r.start >= since and word in {w.lower() for w in r.text.split()}]
                if len(several) > 1:
                    start = tok.left_edge.idx
                    return [Resolved(r.code, self.text[start : tok.idx + len(tok)], start, tok.idx + len(tok),
                                     f"coref:definite->{r.text}", r.entity, r.kind, True, tok.i)
                            for r in reversed(several)]
                earlier = [r for r in earlier if self._same_people(tok, r)]
            if word not in lex.generic_org_nouns:
                # "the US-led coalition … the Iraqi forces … the coalition": the body named so comes first
                earlier.sort(key=lambda r: not {word, word + "s"} & {w.lower() for w in r.text.split()})
            if earlier:
                r = earlier[0]
                return [Resolved(r.code, tok.text if tok.i == tok.left_edge.i else self.text[tok.left_edge.idx : tok.idx + len(tok)],
                                 tok.left_edge.idx, tok.idx + len(tok), f"coref:definite->{named_as(r)}", r.entity,
                                 r.kind, False, tok.i)]
        agent = self.agent_of(tok)
        if agent is not None:
            sector, src, _term = agent
            countries = self.countries_of(tok)
            if tok.lemma_.lower() in PARTISAN_NOUNS:
                # "an Obama critic", "Putin opponents": people of the person's country, with the role's sector
                countries = _partisans_country(countries, append=True)
                if sector == "OPP" and self._rival_of_outsider(tok):
                    sector = ""  # "Clinton's Democratic opponent" in a primary: a rival, of her country
            span_start = min([c.idx for c in tok.lefts if c.dep_ in {"amod", "compound", "poss", "nmod"}] + [tok.idx])
            text = self.text[span_start : tok.idx + len(tok)]
            plural = tok.tag_ in {"NNS", "NNPS"}
            # "Ethiopia's government and rebel forces": the parser joins the two role words under one head
            others = [(m, *term) for m in self._conjoined_roles(tok) if (term := self._role_term(m, tok)) is not None]
            if others:
                # "Syrian government and rebel forces": the first word's country is the phrase's; the head
                # names the second actor only
                countries = countries or [c for m, _s, _src in others for c in self.countries_of(m)]
                span_start = tok.doc[tok.i - 1].idx
                text = self.text[span_start : tok.idx + len(tok)]
            led = self._body_led(tok) if not countries and not others and sector == "GOV" else None
            led = led or (self._principal(tok) if not countries and not others else None)
            if led is not None:  # "the president of the foundation", "a spokesman for the rebels"
                return [Resolved(led[0], text, span_start, tok.idx + len(tok), f"agent:{src}+of:{led[1]}", None,
                                 "agent", plural, tok.i)]
            if not countries:
                # "the general", "the militia": a definite description names the last such actor
                ante = self._definite(tok, sector) if not others else None
                if ante is not None and ante.kind == "person" and not plural \
                        and tok.lemma_.lower() in NO_PERSON_NOUNS:
                    return [self._body_of(ante, sector, text, span_start, tok)]
                if ante is not None:  # an unlisted person keeps the description's sector
                    return [Resolved(ante.code or compose("---", sector, append=True), text, span_start,
                                     tok.idx + len(tok), f"coref:definite->{named_as(ante)}", ante.entity, ante.kind,
                                     plural, tok.i)]
                placed = self._placed_epithet(tok, self._compound_place_country(tok), depth) if not others else None
                if placed is not None:
                    return [Resolved(placed.code, text, span_start, tok.idx + len(tok),
                                     f"coref:definite->{named_as(placed)}", placed.entity, placed.kind, False, tok.i)]
                # "the Boston mayor" naming no one before: the place's country; "the Republican state attorney
                # general", "the Democratic nominee": the party's, as its head noun says ("the Republican elite")
                countries = (self._compound_place_country(tok) if not others else []) or [
                    p for c in tok.children if (p := self._party_adjective(c, tok, one=False)) is not None][:1] \
                    or [("---", "", True)]
            out: list[Resolved] = []
            for base, csrc, append in countries:
                for one in base.split("/"):
                    rule = f"agent:{src}+{csrc}" if csrc else f"agent:{src}"
                    out.append(Resolved(compose(one, sector, append=append), text, span_start, tok.idx + len(tok),
                                        rule, None, "agent", plural, tok.i))
                    out += [Resolved(compose(one, m_sector, append=append), m.text, m.idx, m.idx + len(m),
                                     f"agent:{m_src}+{csrc}" if csrc else f"agent:{m_src}", None, "agent", plural, m.i)
                            for m, m_sector, m_src in others]
            return out
        if tok.ent_type_ == "GPE" and tok.pos_ == "PROPN" and self.place_country is not None \
                and tok.i not in self.person_names:  # "Eddie Griffin … Griffin said": the person
            ent = self.ent_at.get(tok.i)
            plausible = ent is not None and len(ent.text) > 2 and not ent[0].is_stop and ent.text[:1].isupper() \
                and not in_dateline(ent)
            code = self.place_country(ent.text, ent.label_) if ent is not None and plausible else None
            body = SEATS.get(ent.text) if ent is not None and plausible else None
            if ent is not None and body and self._acts_as_body(tok):
                # "Brussels imposed tariffs", "talks with Brussels": the seat speaks for the body seated there,
                # as a capital for its government; "in Brussels", "Brussels was hit" stay the city
                return [Resolved(body, ent.text, ent.start_char, ent.end_char, f"seat:{ent.text}", None,
                                 "organization", False, tok.i)]
            if ent is not None and code:
                return [Resolved(code, ent.text, ent.start_char, ent.end_char, f"place:{ent.text}", None, "country",
                                 False, tok.i)]
        if tok.i in self.missed_places and self.place_country is not None:
            # "Russian forces shelled Bakhmut" (the tagger's organisation), "advanced on Goma" (its person): a
            # town the sentence puts where a place goes is its country
            s, e = self.missed_places[tok.i]
            span = self.doc[s:e]
            code = self.place_country(span.text, "GPE")
            if code:
                return [Resolved(code, span.text, span.start_char, span.end_char, f"place:{span.text}", None, "country",
                                 False, tok.i)]
        if self._party_member(tok) and (ante := self._definite(tok, "")) is not None:
            # "Mitch McConnell … the Kentucky Republican dismissed": one member of a party, an epithet of a politician
            start = tok.left_edge.idx
            return [Resolved(ante.code, self.text[start : tok.idx + len(tok)], start, tok.idx + len(tok),
                             f"coref:definite->{named_as(ante)}", ante.entity, ante.kind, False, tok.i)]
        if (tok.ent_type_ in {"PERSON", "ORG", "NORP"} or tok.i in self.person_names or self._surname_title(tok)) \
                and tok.pos_ == "PROPN":
            unlisted = self._unlisted(tok)
            return [unlisted] if unlisted is not None else []
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_KIND_NOUNS and not self.countries_of(tok, origin=False):
            # "captured the town of Kidal", "shelled the city of Kharkiv": the town is the place it names
            town = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            found = [r for r in self.resolve_all(town) if r.code] if town is not None else []
            if town is not None and not found and self.place_country is not None:
                # the tagger's type of a town's name is unsure ("the town of Kidal" as NORP): the kind says it
                span = self.doc[town.left_edge.i : town.i + 1]
                code = self.place_country(span.text, "GPE") if span.text[:1].isupper() else None
                if code:
                    found = [Resolved(code, span.text, span.start_char, span.end_char, f"place:{span.text}", None,
                                      "country", False, town.i)]
            if found:
                return found
        if tok.pos_ in {"NOUN", "PROPN"}:
            # "Caras Galadhon's new mayor", "the affected Ithilen villages": a phrase whose head
            # is no actor belongs to the actor that modifies it (PETRARCH's rule as well)
            # a pronoun owns no phrase ("their support"), but a state's armed forces are its own: "Azerbaijan said
            # its forces had shot down a helicopter"
            owners = [o for o in self.countries_of(tok, origin=False)
                      if (not o[1].startswith("coref:") or tok.lower_ in ARMED_PLURALS)
                      and (o[1] not in self.matcher.people_sources or tok.lower_ in ARMED_PLURALS)]
            if not owners and tok.lemma_.lower() in lex.document_nouns:
                owners = self._origin_in_phrase(tok)
            if owners:
                start = tok.left_edge.idx
                if tok.lemma_.lower() in PARTISAN_NOUNS:
                    owners = _partisans_country(owners)  # "a Sanders supporter", "Trump critics"
                if tok.lower_ in ARMED_PLURALS:  # "Syrian forces", "Russia's forces": its military
                    owners = [(compose(code, "MIL", append=False) if len(code) == 3 else code, src, a)
                              for code, src, a in owners]
                sector = self._counterpart_sector(tok, depth) if _counterpart(tok) else ""
                if sector:  # "the foreign minister met his Mexican counterpart": a Mexican minister, MEXGOV
                    owners = [(compose(code, sector, append=False) if len(code) == 3 else code, src, a)
                              for code, src, a in owners]
                return [Resolved(one, self.text[start : tok.idx + len(tok)], start, tok.idx + len(tok),
                                 f"modifier:{src}", None, "group", tok.tag_ in {"NNS", "NNPS"}, tok.i)
                        for code, src, _ in owners for one in code.split("/")]
        return []

    def _bodies_before(self, tok: Token) -> list[Resolved]:
        """The listed bodies named before ``tok`` that a bare org noun ("the group", "the coalition") may stand for,
        latest first."""
        lex = self.lexicon
        word = tok.lemma_.lower()
        # the phrase's own start: "The group", remembered as a subject, is no antecedent of itself
        return [r for r in reversed(self.history) if r.start < tok.left_edge.idx and r.kind == "organization"
                and self._org_kind(r) != "people"  # "the network" is no people ("Shiite units")
                and not (word in lex.nonstate_org_nouns and self._org_kind(r) in lex.institution_kinds)
                and not (word in lex.partyless_org_nouns and self._org_kind(r) == "party")]

    def _body_of_compound(self, kind: Token) -> tuple[str, str] | None:
        """"The Saudi-led coalition … Coalition spokesman Turki al-Maliki", "a coalition spokesman": a bare org noun
        compounded on an officer's title is the body named before by that noun, as "the coalition" would be (a
        non-state word, "a group spokesman", the latest non-state body)."""
        word = kind.lemma_.lower()
        if kind.tag_ != "NN" or word not in self.lexicon.org_nouns or any(kind.children):
            return None
        named = [r for r in self._bodies_before(kind) if r.code and (
            word in {w.lower() for w in r.text.replace("-", " ").split()} or word in self.lexicon.nonstate_org_nouns)]
        return (named[0].code, f"coref:body->{named_as(named[0])}") if named else None

    def described_actor(self, noun: Token) -> Token | None:
        """The subject a predicate noun describes (:func:`copular_subject`) when it is a coded actor: "Trump is a
        … birther who has pledged" is Trump's; "Angela Corey is the state attorney who charged him" stays the
        attorney's, whose role is the code an unknown name lacks."""
        subj = copular_subject(noun)
        found = self.resolve(subj) if subj is not None else None
        return subj if found is not None and found.code else None

    def _counterpart_sector(self, tok: Token, depth: int) -> str:
        """The sector of the one whose counterpart ``tok`` is: the owner ("his", "the minister's") or else
        the subject of the clause ("the minister met the Mexican counterpart"); "" when that is no state's
        person or official."""
        if depth > 2:
            return ""
        verb = tok.head
        while verb.dep_ in {"prep", "pobj", "conj", "appos", "dobj"} and verb.head.i != verb.i:
            verb = verb.head
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i]
        for owner in owners:
            found = [r for r in self._resolve_all(owner, depth + 1) if r.code]
            if found:
                code = found[0].code
                return code[3:6] if len(code) >= 6 and code[:3] not in INTERNATIONAL else ""
        return ""

    def _group_of(self, pron: Token, ante: Resolved | None, depth: int) -> list[Resolved]:
        """"Germany and France criticised the plan. They said", "The two leaders met. They agreed": a
        "they" whose antecedent is one of a coordination, or a counted group, is all of them."""
        if depth > 2:
            return []
        reporter = self._plural_reporter(pron)
        if reporter is not None:
            # "The two leaders said they would": the group that says it; "Activists said they fear": a
            # group we do not know, never the actors of the sentence before
            found = [r for r in self._resolve_all(reporter, depth + 1) if r.code]
            return found if len({referent(r) for r in found}) > 1 else []
        if ante is None or not 0 <= ante.token < len(self.doc) or ante.start < self._prev_sent_start(pron.sent.start_char):
            return []  # a group is remembered as far as the sentence before
        tok = self.doc[ante.token]
        if tok.pos_ == "PRON" or ante.rule.startswith("coref:plural"):
            found = [r for r in self._resolve_all(tok, depth + 1) if r.code]
        else:
            members = [tok, *tok.conjuncts]
            # "Mali, Burkina Faso and Niger announced …": the parser may read the second of a list as an
            # apposition of the first, with the rest its conjuncts
            members += [g for c in tok.children if c.dep_ == "appos" and any(x.dep_ == "cc" for x in c.children)
                        for g in (c, *c.conjuncts)]
            if len(members) < 2 or any(m.dep_ not in {"nsubj", "nsubjpass", "conj", "appos"} for m in members):
                return []  # only the subjects a sentence is about ("the talks between X and Y" are no "they")
            found = []
            for m in sorted(members, key=lambda m: m.i):
                one = [r for r in self._resolve_all(m, depth + 1) if r.code]
                if not one:
                    return []  # "Iran and its neighbours": not all of them are actors we know
                found += one
        return found if len({referent(r) for r in found}) > 1 else []

    def _thing_it(self, tok: Token) -> bool:
        """Does "it" stand for a thing by what its verb does with it: the object of a verb that takes a thing
        ("legalizing it", "Congress repealed it", also when the parser made it the subject of the clause after:
        "said legalizing it could put …"), the subject of such a verb in the passive ("it was ratified"), or
        the subject of "cost" ("it costs $5 billion")?"""
        things = self.lexicon.thing_verbs
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.pos_ == "VERB" and prev.lemma_.lower() in things \
                and prev in {tok.head, tok.head.head}:
            return True
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in things:
            return True  # "passed it unanimously", "read it out"
        return (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in things) or (
            tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "cost") or self.act_it(tok)

    def act_it(self, tok: Token) -> bool:
        """"It was one of the deadliest attacks on the army", "It was the worst bombing in years": "it" said to be
        an act stands for the act, no actor (a verb joined to the clause, "… and came as fighting flared", has no
        actor for its subject either)."""
        if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            return False
        lex = self.lexicon
        acts = ACT_NOUNS | lex.physical_words | lex.contest_heads | lex.condemnation_nouns | lex.accident_nouns
        for attr in (c for c in tok.head.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "NUM", "PRON"}):
            # "one of the deadliest attacks": the kind is the noun after "of"
            kinds = [g for p in attr.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"] if attr.lower_ == "one" else [attr]
            if any(k.pos_ == "NOUN" and k.lemma_.lower() in acts and self.agent_of(k) is None for k in kinds):
                return True
        return False

    def _thing_noun(self, t: Token) -> bool:
        """A singular common noun that names no actor ("the strike", "the bill"): what an "it" may stand for."""
        return t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() not in COLLECTIVE_NOUNS \
            and not any(r.code for r in self.resolve_all(t, depth=3))

    def _thing_subject_before(self, pron: Token, ante: Resolved) -> bool:
        """Is there, in the pronoun's sentence, the subject of a clause that names no actor ("the strike",
        "the deal"), while the antecedent is in a sentence before? A subject "it" then stands for that thing."""
        if pron.lower_ != "it" or pron.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        same = ante.start >= pron.sent.start_char
        if same and not (0 <= ante.token < len(self.doc) and self.doc[ante.token].dep_ not in {"nsubj", "nsubjpass"}):
            return False  # "France said the deal was dead and that it would leave": France, the sentence's subject
        # "Pelosi said the strike had been carried out without consulting Congress, and warned that it risked
        # …": the strike, a subject, before an object named in the sentence; "… , the report said. It accused":
        # the main subject of the sentence before, after the antecedent
        prev = self.doc[pron.sent.start - 1].sent if pron.sent.start > 0 else None
        if prev is not None and not same and ante.start < prev.start_char:
            root = prev.root
            subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and self._thing_noun(subj):
                return True
        for t in self.doc[pron.sent.start : pron.i]:
            if (same or t.idx > ante.start) and t.dep_ in {"nsubj", "nsubjpass"} and self._thing_noun(t):
                return True
        return False

    def _thing_object_before(self, pron: Token, ante: Resolved) -> bool:
        """Is an object "it" ("opposed it", "pay for it") nearer to a thing than to its antecedent: a singular
        common noun that is no actor in an argument's place, in its sentence or the one before, after the
        antecedent? The subject of the pronoun's own clause is not in the way ("make Mexico pay for it"), nor a
        place or time ("said in a statement that jets had bombed it")."""
        if pron.lower_ != "it" or pron.dep_ not in {"dobj", "pobj", "dative"}:
            return False
        own_subject = self._clause_chain(pron)[1]
        skip = set(range(own_subject.left_edge.i, own_subject.right_edge.i + 1)) if own_subject is not None else set()
        start = self._prev_sent_start(pron.sent.start_char, narrative=False)
        for t in reversed(self.doc[max(0, pron.sent.start - 80) : pron.i]):
            if t.idx < start:
                return False
            if t.i in skip:
                continue
            if t.idx < ante.start and ante.token not in skip:  # an own subject is no antecedent to stop at
                return False
            if not t.ent_type_ and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos"} \
                    and t.lemma_.lower() not in self.lexicon.quantity_nouns \
                    and not (t.dep_ == "pobj" and t.head.lower_ in {"in", "at", "on", "during"}) and self._thing_noun(t):
                return True
        return False

    def _counted_group_before(self, pron: Token, ante: Resolved | None, depth: int) -> list[Resolved]:
        """The last counted group ("the two men", "both countries") in the pronoun's sentence before it,
        when it is nearer than the antecedent found."""
        for t in reversed(self.doc[pron.sent.start : pron.i]):
            if ante is not None and t.idx < ante.start:
                return []
            if t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in GROUP_NOUNS:
                found = [r for r in self._named_people(t) if r.code]
                if len({referent(r) for r in found}) > 1:
                    return found
        return []

    def _plural_reporter(self, pron: Token) -> Token | None:
        """The plural noun subject of the verb a subject "they" is reported under ("activists said they …")."""
        if pron.dep_ != "nsubj":
            return None
        cur = pron.head
        for _ in range(4):
            if cur.dep_ not in {"conj", "ccomp", "xcomp", "advcl"} or cur.head.i == cur.i:
                return None
            cur = cur.head
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj if subj.tag_ in {"NNS", "NNPS"} and subj.pos_ in {"NOUN", "PROPN"} else None
        return None

    def _named_people(self, tok: Token) -> list[Resolved]:
        """"Both men", "the two leaders", "the two governments", "both allies": the actors last named
        before, as many as it counts.

        A plural counted so ("both", "the two", "the three") with nothing saying where they are from is
        the last so many actors of its kind the text named: people ("men", "women", "leaders"), of that
        gender if it says so; countries ("countries", "governments"); or any actor ("sides", "allies").
        It is no new group of civilians or officials."""
        lemma = tok.lemma_.lower()
        kind = GROUP_NOUNS.get(lemma)
        if kind is None or tok.tag_ not in {"NNS", "NNPS"} or self.countries_of(tok):
            return []
        kids = list(tok.children)
        count = 2 if any(k.lower_ == "both" and k.dep_ in {"det", "predet", "preconj"} for k in kids) else 0
        if not count and any(k.lower_ in {"the", "these", "those"} and k.dep_ == "det" for k in kids):
            count = next(({"two": 2, "three": 3}.get(k.lower_, 0) for k in kids if k.dep_ == "nummod"), 0)
        if not count or any(k.dep_ in {"amod", "compound", "prep", "relcl", "acl", "cc", "conj"} for k in kids):
            return []  # "both men and women", "the two men from Ohio", "both wounded men"
        gender = {"man": "m", "woman": "f"}.get(lemma)
        start = tok.left_edge.idx
        since = self._prev_sent_start(self._prev_sent_start(tok.sent.start_char))
        earlier = [r for r in self.history[: bisect_left(self._starts, start)] if r.start >= since]
        if kind == "person":
            # "met the Ugandan president … the two men": a role word named as an object is one of them too
            seen = {r.token for r in earlier}
            first = tok.left_edge.i
            while first > 0 and self.doc[first - 1].idx >= since:
                first -= 1
            for t in self.doc[first : tok.left_edge.i]:
                if t.i not in seen and t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ != "compound" \
                        and t.lemma_.lower() not in COLLECTIVE_NOUNS and self.mention_for(t) is None \
                        and self.agent_of(t) is not None:
                    earlier += [r for r in self.resolve_all(t, depth=2) if r.code and not r.code.startswith("---")]
            earlier.sort(key=lambda r: r.start)
        named: list[Resolved] = []
        for r in reversed(earlier):
            if r.rule.startswith("coref:") or (0 <= r.token < len(self.doc) and self.doc[r.token].pos_ == "PRON"):
                continue  # those named or described, not a pronoun standing for one of them
            if kind == "person":
                one = r.kind == "person" or (r.kind == "agent" and not r.plural and 0 <= r.token < len(self.doc) and (
                    self.doc[r.token].lemma_.lower() not in COLLECTIVE_NOUNS))
            elif kind == "country":
                one = r.kind == "country" and len(r.code) == 3 and not r.plural
            else:
                one = r.kind in {"country", "organization", "person"} and not r.plural
            if one and r.code and not r.code.startswith("---") and (gender is None or self.gender_of(r) in {None, gender}):
                named.append(r)
        # the people the sentences are about (their subjects) before one named in passing ("regarded as
        # the most powerful man after Khamenei"), and names before descriptions ("the Russian leader")
        def subject(r: Resolved) -> bool:
            return r.start in self.subjects or (
                0 <= r.token < len(self.doc) and self.doc[r.token].dep_ in {"nsubj", "nsubjpass"})

        def coordination(r: Resolved) -> int:  # the first conjunct of the coordination r is in, or r's own token
            t = self.doc[r.token] if 0 <= r.token < len(self.doc) else None
            while t is not None and t.dep_ == "conj" and t.head.i != t.i:
                t = t.head
            return t.i if t is not None else r.token

        # "killed Soleimani and al-Muhandis … the two men": a coordination of as many, the latest, first
        joined: dict[int, list[Resolved]] = {}
        for r in named:
            joined.setdefault(coordination(r), []).append(r)
        pair = next((g for g in joined.values() if len({referent(r) for r in g}) == count
                     and len({coordination(r) for r in g}) == 1 and len(g) > 1), [])
        if not pair:  # "the killing of general Qasem Soleimani and militia chief Abu Mahdi al-Muhandis", parsed apart
            ordered = sorted(named, key=lambda r: r.start)
            for a, b in reversed(list(pairwise(ordered))):
                if count == 2 and referent(a) != referent(b) and JOINED_NAMES.fullmatch(self.text[a.end : b.start]):
                    pair = [a, b]
                    break
        if kind == "any" and count == 2:
            # "Israel and Hamas fought. Egypt mediated. … Russia accused France. The two sides": the two
            # actors last acting on each other, one the subject of a verb and the other its object, before a
            # coordination named earlier
            facing = self._facing_pair(named)
            if facing and (not pair or max(r.start for r in facing) > max(r.start for r in pair)):
                pair = facing
        people: dict[tuple[str, str], Resolved] = {referent(r): r for r in pair}
        for r in sorted(named, key=lambda r: (r.kind not in {"person", "country"}, not subject(r))):  # stable: the latest first
            if len(people) < count:
                people.setdefault(referent(r), r)
        if len(people) != count and kind == "country":
            # "Ukraine and Canada demanded … (four sentences on Canada) … The two governments said": the last
            # coordination of as many countries further back
            groups: dict[int, list[Resolved]] = {}
            for r in self.history[: bisect_left(self._starts, since)]:
                if r.kind == "country" and len(r.code) == 3 and not r.plural and not r.rule.startswith("coref:"):
                    groups.setdefault(coordination(r), []).append(r)
            far = [g for g in groups.values() if len(g) > 1 and len({referent(r) for r in g}) == count]
            if far:
                people = {referent(r): r for r in max(far, key=lambda g: g[0].start)}
        if len(people) != count or len({r.code[:3] for r in people.values()}) < (2 if kind == "country" else 1):
            return []
        text = self.text[start : tok.idx + len(tok)]
        sector = "GOV" if lemma == "government" else ""
        return [Resolved(r.code + sector, text, start, tok.idx + len(tok), f"coref:plural->{named_as(r)}", r.entity,
                         "agent" if sector else r.kind, True, tok.i)
                for r in sorted(people.values(), key=lambda r: r.start)]

    def _facing_pair(self, named: list[Resolved]) -> list[Resolved]:
        """The latest two of ``named`` that one clause sets against or beside each other: the subject of a verb
        and its object, or the object of its "with", "against", "on" or "at" ("Russia accused France", "the
        United States held talks with Iran", "Iran fired missiles at Israel")."""
        by_token = {r.token: r for r in named if 0 <= r.token < len(self.doc)}
        best: list[Resolved] = []
        for r in by_token.values():  # a mention with no token (-1) has no clause to stand in
            t = self.doc[r.token]
            if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.pos_ not in {"VERB", "AUX"}:
                continue
            verb = t.head
            objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
            objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in FACING_PREPS
                        for g in c.children if g.dep_ == "pobj"]
            objects += [g for o in objects if o.dep_ == "dobj" for c in o.children
                        if c.dep_ == "prep" and c.lower_ in FACING_PREPS
                        for g in c.children if g.dep_ == "pobj"]  # "held talks with Iran"
            for o in objects:
                other = by_token.get(o.i)
                if other is not None and referent(other) != referent(r) and other.code[:3] != r.code[:3] \
                        and (not best or max(r.start, other.start) > max(x.start for x in best)):
                    best = sorted([r, other], key=lambda x: x.start)
        return best

    def _origin_in_phrase(self, tok: Token) -> list[tuple[str, str, bool]]:
        """The country a document or outlet comes from, anywhere in its phrase: "a report
        released in the Rwandan capital", "the statement by the French presidency". Not from what it says: "reports
        that Turkish jets bombed the villages" come from nobody named there."""
        blocked = {x.i for c in tok.children if c.dep_ == "relcl" or (c.dep_ in {"acl", "ccomp"} and any(
            g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)) for x in c.subtree}
        for t in tok.subtree:
            if t.i == tok.i or t.i in blocked:
                continue
            m = self.mention_for(t)
            if m is not None and t.i == m.end - 1 and m.entry.kind == "country" and m.entry.code:
                return [(m.entry.code, m.entry.source, m.entry.append_agents)]
        return []

    def _with_role(self, tok: Token, m: Mention, r: Resolved) -> Resolved:
        """A named actor with a role word before it: "MSF Arnor" (NGO~), "Deputy Prime Minister
        Telemar" when Telemar is only known as a country's man (DAG + GOV). And a generic
        institution name owned by another country: "Rwanda's Senate" is RWALEG, not USALEG."""
        if m.entry.kind == "organization" and len(r.code) >= 6:
            owners = [c for c in tok.children if c.dep_ in {"poss", "amod", "compound"}]
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if r.text.lower() in GENERIC_LEGISLATURES and nxt is not None and nxt.lower_ == "in" and nxt.dep_ == "prep":
                # "the Congress in Lima" sits in Peru, also when the parser hangs "in Lima" on the verb
                owners += [g for g in nxt.children if g.dep_ == "pobj"]
            if (cm := self._other_owner(owners, r.code)) is not None and cm.entry.code:
                return Resolved(cm.entry.code + r.code[3:], r.text, r.start, r.end,
                                f"{r.rule}+owner:{cm.entry.source}", None, r.kind, r.plural, r.token)
        if not r.code or (m.entry.kind == "person" and not m.entry.append_agents):
            return r
        chamber = self._chamber_of_party(tok, m)
        if chamber is not None:
            return Resolved(compose(m.entry.country or r.code[:3], "LEG", append=False), r.text, r.start, r.end,
                            f"{r.rule}+chamber:{chamber.text}", r.entity, r.kind, r.plural, r.token)
        for child in tok.lefts:
            if child.i >= m.start or child.dep_ not in {"compound", "amod", "nmod"} or child.pos_ not in {"NOUN", "PROPN"}:
                continue
            if self.mention_for(child) is not None:
                continue
            role = self.agent_of(child)
            if role is None:
                continue
            code = compose(r.code, role[0], append=m.entry.append_agents)
            if code != r.code:
                return Resolved(code, r.text, r.start, r.end, f"{r.rule}+agent:{role[1]}", r.entity, r.kind,
                                r.plural, r.token)
        return r

    def _other_owner(self, owners: list[Token], code: str) -> Mention | None:
        """The country one of a listed body's modifiers names when it is another than the body's own: a generic
        body's name is every country's ("Rwanda's Senate", "the Pakistani Foreign Office")."""
        for child in owners:
            cm = self.mention_for(child)
            if cm is not None and cm.entry.kind == "country" and cm.entry.code and cm.entry.code != code[:3]:
                return cm
        return None

    def _chamber_of_party(self, tok: Token, m: Mention) -> Token | None:
        """The chamber word that makes a party's name its members there: "Senate Democrats", "House Republicans",
        "congressional Republicans", "the Senate GOP", "Democrats in Congress" are legislators (LEG), as
        "Republican senators" are; the party name alone ("Republicans") stays the party. "White House Democrats"
        name no chamber."""
        if m.entry.kind != "organization" or m.entry.category != "party" or m.form != "name" or tok.i != m.end - 1:
            return None
        words = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.i < m.start]
        words += [g for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj"]
        # "Senate", "House" as the chamber's name only ("house Democrats" is no chamber)
        return next((w for w in words if w.lower_ in CHAMBER_WORDS and (w.is_title or w.lower_ not in {"senate", "house"})
                     and not any(t.lower_ == "white" for t in w.lefts)), None)

    def _unlisted(self, tok: Token) -> Resolved | None:
        """An unknown named actor: kept by its text, with a code from its title if it has one. A person
        is known by the full name the document gives it ("Moore" after "Kevin Moore")."""
        named = tok.i in self.person_names or self._surname_title(tok)  # "Mark Judge" untagged
        if tok.pos_ != "PROPN" or not (named or tok.ent_type_ in {"PERSON", "ORG", "NORP"}):
            return None
        start = tok.left_edge.idx if tok.left_edge.ent_type_ == tok.ent_type_ else tok.idx
        if self._surname_title(tok):
            start = tok.doc[tok.i - 1].idx  # "Mark Judge": the given name the tagger saw alone
        kind = "person" if tok.ent_type_ == "PERSON" or named else "organization"
        ent = self.ent_at.get(tok.i)
        if kind == "person" and ent is not None and ent.label_ == "PERSON":
            # the whole name the tagger saw, its titles aside: "Wendeline Okonkwo-Baptiste", not "Baptiste"
            start = next((t.idx for t in ent if t.i <= tok.i and not _title(t, self.matcher.agents)), tok.idx)
        text = self.text[start : tok.idx + len(tok)]
        titled = self._titled(tok)
        if titled is None and kind == "person" and (label := self._party_label(tok)) is not None:
            titled = label  # "Jane Roe (D-Ohio)" with no title: an American politician
        if titled is None and kind == "person":
            titled = self._appositive_role(tok) or self._described_before(tok)
        if titled is None and kind == "organization" and tok.lower_ in MEDIA_NAME_WORDS:
            titled = ("---MED", "name:media")  # "Breitbart News", "the Chicago Tribune": an outlet by its name
        if titled is None and kind == "organization":
            titled = self._national_body(tok)
        if titled is None and kind == "organization" and self._role_of_country(tok, ent):
            role, country = self.agent_of(tok), self.by_token[tok.i + 2].entry
            if role is not None and country.code and len(role[0]) == 3:
                titled = compose(country.code[:3], role[0], append=False), f"name:{role[1]}+of:{country.source}"
        name = self.person_names.get(tok.i, text) if kind == "person" else text
        return Resolved(titled[0] if titled else "", text, start, tok.idx + len(tok),
                        titled[1] if titled else "unknown-named-actor", f"text:{name}", kind, False, tok.i)

    def _appositive_role(self, tok: Token) -> tuple[str, str] | None:
        """"Tad Devine, a senior adviser to Sanders,": an unlisted person takes the code of the role his
        apposition gives him, as he would of a title written before his name; a kinship ("his wife, Ada Lopez")
        is no role, nor another person the apposition resolves to ("an English professor" read as Bill English;
        "the legendary activist" may resolve to the person himself, which is his own description). A bare ---GOV
        is only the default of a role word whose body goes unnamed ("the dean of the journalism school"), and a
        government's code for the head of a named body is the country inside its name ("the president of the
        Communications Workers of America"): both too weak to name the person by."""
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() not in KIN_NOUNS \
                    and self.agent_of(child) is not None:
                r = self.resolve(child)
                if r is not None and r.code and r.code != "---GOV" \
                        and (r.kind != "person" or r.entity == f"text:{self.person_names.get(tok.i)}") \
                        and not (r.code.endswith("GOV") and self._of_named_body(child)):
                    return r.code, f"appos:{r.rule}"
        return None

    def _of_named_body(self, role: Token) -> bool:
        """"the president of the Communications Workers of America", "the head of Teamsters Local 294": a role
        of or at a body named by a proper noun that is no place ("the governor of Texas" is of Texas) and no
        country the dictionary lists."""
        for pobj in (g for p in role.children if p.dep_ == "prep" and p.lower_ in {"of", "for", "at"}
                     for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                     and g.ent_type_ not in {"GPE", "LOC", "NORP", "FAC"}):
            m = self.mention_for(pobj)
            if m is None or m.entry.kind != "country":
                return True
        return False

    def _described_before(self, tok: Token) -> tuple[str, str] | None:
        """"Rep. Jane Holloway … Holloway said": a later mention of an unlisted person keeps the code the
        nearest earlier mention was given by an apposition, or by a title or a party label written with the whole
        name or a capitalised title ("Professor Foner"; "the most able candidate Viguerie argues": a lower-case
        word before a bare surname is mostly the parser joining a sentence that lacks its comma). A bare ---GOV is
        no code to carry: "CNN President Jeff Zucker", "immigration leader Ann Roe" name no government."""
        name = self.person_names.get(tok.i)
        if name is None:
            return None
        # only the tokens ever given the name can be its mentions: no walk back through the whole document
        for t in (self.doc[i] for i in sorted(self._name_tokens.get(name, ()), reverse=True) if i < tok.left_edge.i):
            if self.person_names.get(t.i) != name or (self.person_names.get(t.head.i) == name and t.head.i != t.i):
                continue  # not the head of an earlier mention of the name
            written = any(c.dep_ == "compound" and (self.person_names.get(c.i) == name or c.is_title) for c in t.children)
            found = (self._titled(t) or self._party_label(t) if written else None) or self._appositive_role(t)
            if found is not None and found[0] != "---GOV":
                return found[0], f"same-name:{found[1]}"
        return None

    def _rival_of_outsider(self, tok: Token) -> bool:
        """"Clinton's Democratic opponent", "his critics" said of a candidate: the foes of a person who holds no
        office of government are rivals, not the opposition CAMEO's OPP names, which stands against those who
        govern ("Putin critics", "Obama's opponents" while he is president stay OPP)."""
        owner = next((c for c in tok.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")),
                     None)
        r = self.resolve(owner) if owner is not None else None
        return r is not None and r.kind == "person" and len(r.code) >= 6 and r.code[3:6] not in GOVERNING_SECTORS

    def _party_label(self, tok: Token) -> tuple[str, str] | None:
        """"Rep. Michael Lopez (R-Texas)", "Sen. Ann Kerr (D-Ill.)": the party's letter and the state in brackets
        right after a name is how American papers label a member of Congress or a state's politician: the US."""
        return ("USA", "label:party-state") if US_PARTY_STATE.match(self.text, tok.idx + len(tok)) else None

    def _surname_title(self, tok: Token) -> bool:
        """"Mark Judge", "John Major", "Mr. King", "Patty Judge (D)": a capitalised title word right after a given
        name (one the lexicon knows, or a word the tagger took for a person's name) or after an
        honorific, ending the name (no name after it, as in "Chief Judge Ruth Ames"), is the person's surname, not
        the title. "Mr. President" is a form of address, no name."""
        doc = tok.doc
        if tok.i == 0 or tok.pos_ != "PROPN" or not tok.is_title or not (
                tok.lower_ in self.matcher.agents or tok.lemma_.lower() in self.matcher.agents
                or tok.lower_ in TITLE_WORDS) or tok.lower_ in NO_PERSON_NOUNS | MEDIA_NAME_WORDS:
            return False  # "Asawitiri Media": a body's name, no surname
        prev = doc[tok.i - 1]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
            return False
        if prev.lower_.rstrip(".") in ADDRESS_HONORIFICS:
            return tok.lower_ not in ADDRESSED_TITLES
        one_name = (prev.ent_type_ == "PERSON" or prev.i in self._mistyped) and not _title(prev, self.matcher.agents)
        return (prev.pos_ == "PROPN" and prev.is_title and (prev.lower_ in self.lexicon.given_names or one_name)
                and prev.dep_ == "compound" and prev.head.i == tok.i)

    def _principal(self, tok: Token) -> tuple[str, str] | None:
        """"a spokeswoman for Trump", "an adviser to Obama": the listed person a staff member works for, whose code
        the staff member takes (:func:`_staff_of_person`)."""
        for pobj in (g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"for", "to"}
                     for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            r = self.resolve(pobj)
            if r is not None and _staff_of_person(tok, r.code, person=r.kind == "person"):
                return r.code, r.rule
        return None

    def _principal_before(self, title: Token) -> tuple[str, str] | None:
        """"O'Malley's campaign says it will … Spokeswoman Haley Morris says": a bare staff title opening a name says
        not whose staff, so it is the person the sentence before is about (its subject, or its subject's owner),
        coded as that person is by the staff convention (:func:`_staff_of_person`)."""
        if title.lower_ not in PRINCIPAL_TITLES or not title.is_title or any(title.children) \
                or title.i != title.head.left_edge.i or title.sent.start == 0:
            return None
        before = self.doc[title.sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        for who in ([c for c in subj.children if c.dep_ == "poss"] + [subj]) if subj is not None else []:
            r = self.resolve(who)
            if r is not None and r.kind == "person" and _staff_of_person(title, r.code, person=True):
                return r.code, f"principal:{named_as(r)}"
        return None

    def _body_led(self, tok: Token) -> tuple[str, str] | None:
        """The (code, rule) of the body a president, leader or spokesman is "of" or "for" when that body is no
        state's and no country's: "the president of the foundation" is ---NGO, "the leader of the opposition"
        ---OPP, "a spokesman for the company" ---BUS; a head of a state body stays the government."""
        if tok.lemma_.lower() not in BODY_ROLE_NOUNS:
            return None
        for kind in (c for c in tok.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and c.i < tok.i):
            # "the chapter president", "a school spokesman", "Family spokesman Ann Roe" (capitalised opening a
            # sentence), "a court spokeswoman": the head of a body named by its kind of body; a platform people post
            # on is a company ("a Twitter spokesman")
            if kind.lemma_.lower() in NGO_NOUNS:
                return "---NGO", f"noun:{kind.lemma_.lower()}"
            if kind.tag_ in {"NNS", "NNPS"} and kind.lemma_.lower().removesuffix("s") in TRADE_NOUNS:
                return "---LAB", f"trade-union:{kind.lemma_.lower()}"  # "a machinists spokesman", "the pilots leader"
            if (body := self._body_of_compound(kind)) is not None:
                return body
            if kind.lower_ in NOT_PEOPLE:
                return "---BUS", f"platform:{kind.text}"
            role = self.agent_of(kind)
            if role is not None and len(role[0]) == 3 and (role[0] not in STATE_BODY_SECTORS or (
                    tok.lemma_.lower() in STAFF_NOUNS and role[0] != "GOV")):
                return "---" + role[0], f"noun:{role[1]}"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}):
            for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}):
                if pobj.lower_ in NOT_PEOPLE:
                    return "---BUS", f"platform:{pobj.text}"  # "a spokeswoman for YouTube"
                if pobj.pos_ == "PROPN":
                    continue
                if pobj.lemma_.lower() in NGO_NOUNS:
                    return "---NGO", f"noun:{pobj.lemma_.lower()}"
                found = [r for r in self.resolve_all(pobj) if r.code]
                code = found[0].code if found else ""
                if code[:3] in INTERNATIONAL or (code[:3] == "---" and code[3:6] not in STATE_BODY_SECTORS
                                                               and len(code) >= 6):
                    return code, found[0].rule
        return None

    def _national_body(self, tok: Token) -> tuple[str, str] | None:
        """"The Iraqi Observatory for Human Rights", "the Mexican Institute for Competitiveness", "the Kenyan
        Association of Manufacturers": an unlisted body named by a country's adjective, a head word and what it
        is for or of belongs to that country, with the sector of its cause ("rights": HRI) or members, else (a
        body "for" something) NGO. Bodies whose head word names a state's office ("the Saudi Commission for
        Tourism") are left out."""
        if tok.lower_ in STATE_BODY_WORDS:
            return None
        adjective = next((c for c in tok.lefts if c.dep_ in {"compound", "amod"} and c.i == tok.left_edge.i + (
            tok.left_edge.lower_ == "the")), None)
        # the adjective inside the name is no mention of its own ("Iran Air" is no Iran): the dictionary says
        entry = next((e for e, form, _ in self.matcher.by_key.get(adjective.text, []) if e.kind == "country"
                      and form == "adjective"), None) if adjective is not None else None
        code = entry.code_on(self.day) if entry is not None else None
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in {"for", "of"}), None)
        if not code or prep is None or tok.ent_type_ != "ORG" or prep.ent_type_ != "ORG":
            return None
        cause = [t for t in prep.subtree if t.ent_type_ == "ORG"]
        sector = "HRI" if any(t.lower_ == "rights" for t in cause) else next(
            (self.matcher.agents[w][0] for t in cause if t.pos_ in {"NOUN", "PROPN"}
             for w in (t.lemma_.lower(), t.lower_) if w in self.matcher.agents), "NGO" if prep.lower_ == "for" else "")
        if not sector or len(sector) != 3:
            return None
        return compose(code[:3], sector, append=False), f"name:body+{entry.source}"  # type: ignore[union-attr]

    def _titled(self, tok: Token) -> tuple[str, str] | None:
        """"Iranian Foreign Minister X": a title compound gives the sector, an adjective the country."""
        for child in tok.lefts:
            if child.dep_ == "compound" and child.pos_ in {"PROPN", "NOUN"}:
                agent = self.agent_of(child)
                if agent is not None:
                    country = self.country_of(child) or self.country_of(tok) or self._party_label(tok) \
                        or self._office_place_country(child, tok) or self._home_office(agent)
                    if country is not None and agent[0] != "ELI" \
                            and _staff_of_person(child, country[0], person="/people_" in country[1]):
                        # (a former office holder serves the person no more: "former Obama Education Secretary")
                        return country[0], f"title:{agent[1]}+{country[1]}"  # "Trump spokeswoman Ann Roe"
                    body = self._title_body(child, tok)
                    if country is not None and body is not None and country[1] == body.source:
                        # "CNN President Jeff Zucker", "Hamas spokesman Ann Roe": the body's, as "a CNN spokesman" is
                        return compose(country[0], agent[0], append=body.append_agents), f"title:{agent[1]}+{country[1]}"
                    if country is not None:
                        return country[0][:3] + agent[0], f"title:{agent[1]}+{country[1]}"
                    led = self._body_led(child) if agent[0] == "GOV" else None
                    if led is not None:  # "chapter president Ann Roe": no government's
                        return led[0], f"title:{agent[1]}+of:{led[1]}"
                    principal = self._principal_before(child) if agent[0] == "GOV" else None
                    if principal is not None:
                        return principal[0], f"title:{agent[1]}+{principal[1]}"
                    return "---" + agent[0], f"title:{agent[1]}"
        return None

    def _title_body(self, title: Token, name: Token) -> ActorEntry | None:
        """The listed organisation a modifier before a title names ("CNN" in "CNN President Jeff Zucker", on the
        title or on the name): the title is an office of that body, so its holder takes the code the body's
        unnamed officer would."""
        for c in [*title.children, *(c for c in name.children if c.i < title.i)]:
            m = self.mention_for(c) if c.dep_ in {"compound", "amod", "poss"} else None
            if m is not None and m.entry.kind not in {"country", "person"} and c.i == m.end - 1:
                return m.entry
        return None

    def _office_place_country(self, title: Token, name: Token) -> tuple[str, str] | None:
        """(country, rule) of a town or region the title phrase names, which the dictionary of countries does not:
        "Louisiana Rep. David Duke" (a compound, read by :meth:`_compound_place_country`), "Rep. Tom Cole of Oklahoma" hold
        their office there, so they are of its country (as "the mayor of Istanbul" is, in :meth:`countries_of`); so
        does a "Los Angeles-based attorney" work there."""
        compound = next(iter(self._compound_place_country(title)), None)
        if compound is not None or self.place_country is None:
            return compound[:2] if compound is not None else None
        places = [g for p in name.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"] + [
            g for b in title.children if b.dep_ == "amod" and b.lower_ == "based" for g in b.children
            if g.dep_ in {"npadvmod", "compound"}]
        for p in places:
            ent = self.ent_at.get(p.i)
            code = self.place_country(ent.text, ent.label_) if ent is not None and ent.label_ == "GPE" else None
            if code and ent is not None:
                return code, f"place:{ent.text}"
        return None

    def _conjoined_roles(self, tok: Token) -> list[Token]:
        """The first role words of "government and rebel forces", "police and army officers": a modifier of
        ``tok`` conjoined with the word just before it; each names an actor of its own."""
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if before is None or before.dep_ != "conj" or before.pos_ not in {"NOUN", "ADJ"}:
            return []
        first = before.head
        if first.head.i != tok.i or first.dep_ not in {"compound", "nmod", "amod"} or self.mention_for(first) is not None:
            return []
        return [first]

    def _role_term(self, word: Token, head: Token) -> tuple[str, str] | None:
        """The sector of ``word`` standing for "``word`` ``head``" ("government forces"), or of ``word`` alone."""
        agents = self.matcher.agents
        for term in (f"{word.lemma_.lower()} {head.lemma_.lower()}", f"{word.lower_} {head.lower_}", word.lemma_.lower()):
            if term in agents:
                sector, src = agents[term]
                return sector, src
        return None

    def _org_kind(self, r: Resolved) -> str | None:
        entry = self.matcher.dicts.actors.get(r.entity or "")
        return entry.category if entry is not None else None

    def _definite(self, tok: Token, sector: str) -> Resolved | None:
        """"The general", "the ayatollah": the latest person so described — by a title written with
        its name, an apposition or a role title in the dictionary — or the latest body of that sector."""
        if not any(c.lower_ == "the" for c in tok.children):
            return None
        word = tok.lemma_.lower()
        # "the government", "the ministry", "the leaders": any body or person of that sector; "the general",
        # "the spokesman": one person, so a person only when so described, never a president for "the spokesman"
        plural = tok.tag_ in {"NNS", "NNPS"}
        one = not plural and word not in COLLECTIVE_NOUNS
        # "the Ohio governor" is no Florida governor: the description's own names must be the person's
        places = [c.lower_ for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN"]
        # "the candidate", "the billionaire": a person, never the party or company of the same sector
        epithet = one and (word in self.lexicon.epithet_nouns or self._party_member(tok))
        body = word in NO_PERSON_NOUNS
        for r in reversed(self.history):
            if plural and r.kind == "agent" and r.plural and r.start < tok.left_edge.idx and r.code[:3] != "---" \
                    and self._same_people(tok, r):
                return r  # "the Republican candidates … the candidates": the people named so before
            if body and r.kind in {"country", "agent"} and r.start < tok.left_edge.idx:
                # "China's foreign ministry … the ministry", "the Chinese foreign ministry … the ministry": the
                # body of a country named before is the body, of that country, not an earlier official of another
                own = self.possessed.get(r.start) if r.kind == "country" else r
                if own is not None and own.kind == "agent" and not own.plural and own.code[:3] != "---" \
                        and own.code.endswith(sector) \
                        and 0 <= own.token < len(self.doc) and self.doc[own.token].lemma_.lower() in NO_PERSON_NOUNS:
                    return own
            if r.start >= tok.left_edge.idx or r.kind not in {"person", "organization"} \
                    or (plural and r.kind == "person"):  # "the big banks" are no one person
                continue
            if plural and r.kind == "organization" and not self._members_of(tok, r, sector):
                continue
            if (r.code.endswith(sector) and not (one and r.kind == "person") and not epithet) or (
                    one and self._described(r, word) and all(p in self._described_words(r) for p in places)):
                return r
        if epithet and tok.dep_ in {"nsubj", "nsubjpass"}:
            not_ = self._subject_above(tok)
            gender = noun_gender(tok)

            def fits(r: Resolved | None) -> bool:  # "the businessman" is no woman
                return r is not None and r.kind == "person" and (gender is None or self.gender_of(r) in {None, gender})
            # "an email with a picture of Clinton along with Donald Trump, with a note that the businessman had
            # praised her": a person named before it in its own sentence, not the clause's subject above
            named = [r for r in self.history[: bisect_left(self._starts, tok.left_edge.idx)]
                     if r.start >= tok.sent.start_char and referent(r) != not_ and fits(r)]
            # "Carson shared a syllabus. The candidate also continued": the person the story was just about
            ante = self.antecedent(tok, want="person", not_=not_)
            if named and tok.head.i != tok.sent.root.i and (ante is None or referent(ante) != referent(named[-1])):
                return named[-1]
            since = self._prev_sent_start(tok.sent.start_char)
            if ante is not None and not fits(ante) and ante.kind != "person":
                # "a reporter asked Trump. “…,” the businessman replied": the role named before is no
                # businessman; the person named with it is
                ante = self.antecedent(tok, want="person", not_=not_, avoid=referent(ante))
            if ante is not None and ante.kind == "person" and ante.start >= since and fits(ante):
                return ante
        return None

    def _placed_epithet(self, tok: Token, countries: list[tuple[str, str, bool]], depth: int) -> Resolved | None:
        """"Trump … the New York businessman", "Sanders would beat the New York businessman": a definite epithet
        noun ("businessman", "billionaire", "candidate") whose only country is the place it names is the latest
        person of that country, of a fitting gender, named since the sentence before — never its own clause's
        subject nor a conjunct ("the Kentucky Republican and the New York businessman") — not a new businessman.
        No such person: the description stays a role of the place's country."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in self.lexicon.epithet_nouns or not countries \
                or not any(c.lower_ == "the" for c in tok.children) \
                or not all(src.startswith("place:") for _c, src, _a in countries):
            return None
        own = {code[:3] for code, _s, _a in countries}
        gender = noun_gender(tok)
        avoid = {self._clause_subject(tok, depth)} | {referent(r) for c in tok.conjuncts
                                                      if (r := self.resolve(c, depth=depth + 1)) is not None}
        since = self._prev_sent_start(tok.sent.start_char)
        return next((r for r in reversed(self.history[: bisect_left(self._starts, tok.left_edge.idx)])
                     if r.start >= since and r.kind == "person" and r.code[:3] in own and referent(r) not in avoid
                     and (gender is None or self.gender_of(r) in {None, gender})), None)

    def _party_member(self, tok: Token) -> bool:
        """"The Kentucky Republican", "the New York Democrat": the singular of a party's plural name is one of its
        members, a politician the story speaks of (the plural, "Republicans", is the party)."""
        return tok.tag_ == "NNP" and tok.is_title and any(c.lower_ == "the" for c in tok.children) and any(
            e.category == "party" and form == "name" for e, form, _ in self.matcher.by_key.get(tok.text + "s", []))

    def _body_of(self, person: Resolved, sector: str, text: str, start: int, tok: Token) -> Resolved:
        """"Lukashenko … the interior ministry", "Obama … the government": a body word whose latest actor of
        that sector is a person stands for that person's country's body of the sector, not for the person —
        its entity is the country's (none if the person has no country), its kind a body's, so a later "he"
        is never the ministry."""
        country = person.code[:3] if len(person.code) >= 3 and not person.code.startswith("---") else "---"
        entry = self.matcher.dicts.actors.get(f"country:{country}") if country != "---" else None
        name = entry.name if entry is not None else text
        return Resolved(compose(country, sector, append=True), text, start, tok.idx + len(tok),
                        f"coref:definite->{name}", entry.id if entry is not None else None, "organization", False,
                        tok.i)

    def _members_of(self, tok: Token, r: Resolved, sector: str) -> bool:
        """Can the people a plural role noun names be the body ``r``: its troops, insurgents, lawmakers,
        officials (a sector made of members, not its heads), a body the description names ("the Republican
        candidates": the Republican Party), or the same people named so before ("the Republican candidates …
        the candidates")? The journalists after a news agency, refugees after a refugee agency, "the Democratic
        candidates" after the Republican Party are none of them."""
        if sector in MEMBER_SECTORS and tok.lemma_.lower() not in HEAD_NOUNS:
            return True
        if self._same_people(tok, r):
            return True
        names = self._names_in(tok)
        entry = self.matcher.dicts.actors.get(r.entity or "")
        written = [r.rule.split("->", 1)[1] if r.rule.startswith("coref:") and "->" in r.rule else r.text]
        words = {w.lower() for n in written + ([entry.name, *entry.aliases] if entry is not None else [])
                 for w in re.findall(r"[\w-]+", n)} - {"the", "of", "party"}
        return bool(names & words)

    @staticmethod
    def _names_in(tok: Token) -> set[str]:
        """The capitalised modifiers of a description: "the Republican candidates", "the Reuters reporters"."""
        return {c.lower_ for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"} and c.text[:1].isupper()}

    def _same_people(self, tok: Token, r: Resolved) -> bool:
        """Is ``r`` an earlier mention with the same noun and every name ``tok``'s description has ("the
        Republican candidates … the candidates"; not "the Democratic candidates")?"""
        return 0 <= r.token < len(self.doc) and self.doc[r.token].lemma_ == tok.lemma_ and r.token != tok.i \
            and self._names_in(tok) <= {w.lower() for w in r.text.split()}

    def _subject_above(self, tok: Token) -> tuple[str, str] | None:
        """Who the subject of the nearest clause above ``tok``'s own stands for: "he expressed concern that the
        billionaire was …" — a description there is not that subject, who would have been "he" again."""
        for verb in tok.head.ancestors:
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i
                         and not c.is_ancestor(tok)), None)
            if subj is not None:
                r = self.resolve(subj)
                return referent(r) if r is not None else None
        return None

    def _described_words(self, r: Resolved) -> set[str]:
        """The words a person is described with: titles, appositions, dictionary role titles (lower case)."""
        out: set[str] = set()
        if 0 <= r.token < len(self.doc):
            head = self.doc[r.token]
            out |= {t.lower_ for c in head.lefts for t in c.subtree}
            out |= {t.lower_ for c in head.children if c.dep_ == "appos" for t in c.subtree}
            if head.dep_ == "appos":
                out |= {t.lower_ for t in head.head.subtree}
        entry = self.matcher.dicts.actors.get(r.entity or "")
        if entry is not None:
            out |= {w.strip(",;").lower() for role in self._known_roles(entry) for w in (role.title or "").split()}
        return out

    def _aged(self, r: Resolved, age: str) -> bool:
        """Is ``r`` a name written with this age: "Mark Dobbs, 45,", "45-year-old Mark Dobbs"?"""
        return re.match(rf",\s*{re.escape(age)}\b", self.text[r.end : r.end + 8]) is not None \
            or re.search(rf"\b{re.escape(age)}-year-old\s+(\w+\s+){{0,3}}$", self.text[max(0, r.start - 40) : r.start]) is not None

    def _described(self, r: Resolved, word: str) -> bool:
        if 0 <= r.token < len(self.doc):
            head = self.doc[r.token]
            titles = [t for c in head.lefts for t in (c, *c.lefts) if c.dep_ in {"compound", "amod", "nmod"}]
            if any(_role_word(t) == word for t in titles):
                return True  # "Ayatollah Ali Khamenei", "Gen. Omar Haddad" … "the ayatollah", "the general"
            # "Laura Kent, the defence minister,", "the defence minister, Laura Kent,"
            if any(c.dep_ == "appos" and _one_role(c, word) for c in head.children):
                return True
            if head.dep_ == "appos" and _one_role(head.head, word):
                return True
        entry = self.matcher.dicts.actors.get(r.entity or "")
        return entry is not None and any(word in (role.title or "").lower().split() for role in self._known_roles(entry))

    def _known_roles(self, entry: ActorEntry) -> list[Role]:
        """The dictionary roles a person had taken up by the story's day: a title held later describes no one
        yet ("Mr. Trump's words may have affected the former president" in 2016 is not Trump)."""
        return [role for role in entry.roles if self.day is None or role.start is None or role.start <= self.day]

    def _acts_as_body(self, tok: Token) -> bool:
        """Does a seat's name stand where an actor goes: the doer ("Brussels said"), an owner ("Brussels'
        demands") or a partner ("a dispute with Brussels"), not a place ("in Brussels", "visited Brussels")
        nor what was done to the city ("Brussels was hit")?"""
        if tok.dep_ in {"nsubj", "agent"}:
            return True
        if tok.dep_ == "poss":
            return True  # "Brussels' plan", "Brussels's decision"
        return tok.dep_ == "pobj" and tok.head.lower_ in {"with", "against"}

    def _from_mention(self, tok: Token, m: Mention) -> Resolved:
        entry = m.entry
        span = self.doc[m.start : m.end]
        if entry.kind == "country":
            code = entry.code_on(self.day)
            rule = f"{entry.source}:{m.form}"
            if m.form == "capital" and tok.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "agent"} and not (
                    tok.dep_ == "pobj" and tok.head.lower_ in self.lexicon.locative_prepositions | {"at"}):
                code += "GOV"  # "Tehran said" speaks for the government; "in Khartoum" is a place
            plural = m.form == "adjective" and tok.tag_ in {"NNS", "NNPS"}
            return Resolved(code, span.text, span.start_char, span.end_char, rule, entry.id, "country", plural, tok.i)
        if entry.kind == "person":
            code = entry.code_on(self.day)
            role = entry.role_on(self.day)
            rule = f"{entry.source}" + (f"@{role.title}" if role and role.title else "")
            return Resolved(code, span.text, span.start_char, span.end_char, rule, entry.id, "person", False, tok.i)
        return Resolved(entry.code_on(self.day), span.text, span.start_char, span.end_char, entry.source, entry.id,
                        "organization", False, tok.i)
