"""Small tests over the dependency parse that the event rules share."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.dictionaries import Lexicon
from newsevents.extract.actors import DocActors, Resolved, compose
from newsevents.extract.events.records import Candidate
from newsevents.extract.events.words import (
    AGREEMENT_NOUNS,
    ARMED_SECTORS,
    ASIDE_MARKS,
    CHARACTERIZING_VERBS,
    CLAUSES,
    COUNT_NOUNS,
    DEADLINE_SPANS,
    FLEEING_VERBS,
    GIVING_VERBS,
    GLAD_WORDS,
    NAMING_VERBS,
    SUBJ,
    SUICIDE_ONLY_HEADS,
    TERROR_HEADS,
    TERROR_MODIFIERS,
)
from newsevents.nlp.tree import has_to_marker, straight_lower
from newsevents.ontology.actor_codes import code_blocks

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence


def _sector(code: str) -> str:
    return code[3:6] if len(code) >= 6 else ""


def aux_word(tok: Token) -> str:
    """An auxiliary's lower-case form with a typeset apostrophe made straight ("he’ll", "she’d back
    him"), so one word list serves both. "Would" takes a bare verb (the tagger calls a curly "’d have"
    VBP): a "’d" before any other form ("he’d left", "who’d endorsed", "she’d been told") is "had"; the "wo" of
    "won't" is "will"."""
    word = straight_lower(tok)
    if word in {"wo", "ca", "sha"} and tok.lemma_.lower() in {"will", "can", "shall"}:
        return tok.lemma_.lower()  # the modal of a contracted negation: "won't", "can't", "shan't"
    verb = next((t for t in tok.doc[tok.i + 1:tok.head.i + 1] if t.pos_ in {"VERB", "AUX"}), None)
    return "had" if word == "'d" and (tok.tag_ == "VBD" or (verb is not None and verb.tag_ not in {"VB", "VBP"})) else word


def _nobody(tok: Token, *, person: bool = False) -> bool:
    """A participant that is no one: "nobody", "none", "no one", "no civilians" (not "no fewer than"),
    "neither side", "neither Ryan nor anyone on his team". With ``person`` only a person who is no one
    ("nobody", "no one"): "no preconditions", "no end" are phrases of manner a preposition can also govern."""
    if tok.lower_ in {"nobody", "none", "noone"}:
        return True
    if person:
        return tok.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    return any((c.dep_ == "det" and c.lower_ == "no") or (c.dep_ in {"det", "preconj"} and c.lower_ == "neither")
               for c in tok.children)


def _phrase(head: Token) -> list[Token]:
    """The words of a noun phrase without the clauses hung on it: "an attack that would have put American lives
    at risk" names no American victim."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ not in CLAUSES:
            out += [c, *_phrase(c)]
    return out


def _of_objects(tok: Token) -> list[Token]:
    """What an "of" phrase on ``tok`` names: "dozens of diplomats", "the nation of Montenegro"."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _head_modifiers(tok: Token, *, coordinated: bool) -> list[Token]:
    """The words that say what kind of team or group ``tok`` is ("rescue teams"); with ``coordinated``
    also each word of a coordinated modifier, which the parser hangs as nmod + conj ("search and
    rescue teams", "medical and rescue teams")."""
    deps = {"compound", "amod", "nmod"} if coordinated else {"compound", "amod"}
    mods = [m for m in tok.children if m.dep_ in deps and (m.i < tok.i or not coordinated)]
    if coordinated:
        mods += [c for m in mods for c in m.conjuncts if c.i < tok.i]
    return mods


def _money_kind(tok: Token) -> list[Token]:
    """What an amount of money is "in": "suspended $700 million in emergency aid" names aid, whether
    the parser hangs the "in" phrase on the amount or on the verb that governs it."""
    if tok.ent_type_ != "MONEY" and not any(
            c.dep_ == "nummod" and (c.ent_type_ == "MONEY" or c.lower_ in COUNT_NOUNS) for c in tok.children):
        return []  # "50 million euros" with the currency left out of the amount is money too
    hosts = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])
    return [g for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
            and (h is tok or c.i > tok.i) for g in c.children if g.dep_ == "pobj"]


def _armed_code(code: str | None) -> bool:
    """Does a CAMEO actor code carry an armed sector anywhere after its country ("IRQMIL", "IMGINS")?"""
    return code is not None and any(b in ARMED_SECTORS for b in code_blocks(code)[1:])


def _uncoded(sources: Sequence[Resolved | None]) -> bool:
    """No source with an actor code yet: the clause named nobody (a passive, an unknown), so
    the rules below may still find who acted."""
    return all(x is None or not x.code for x in sources)


def _names_object(verb: Token) -> bool:
    """"Called the strike an act of terrorism", "dubbed the vote a sham": the verb names its object."""
    return verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "oprd" for c in verb.children)


def _scoreline(verb: Token) -> str:
    """A match score among the verb's own words ("crushed Barcelona 4-0", "won 3–1"): two numbers of
    one or two digits joined by a dash, or ""."""
    doc = verb.doc
    for c in verb.children:
        for a in (c, *c.children):
            if a.like_num and a.text.isdigit() and len(a.text) <= 2 and a.i + 2 < len(doc) \
                    and doc[a.i + 1].text in {"-", "–"} and doc[a.i + 2].text.isdigit() and len(doc[a.i + 2].text) <= 2:
                return doc[a.i : a.i + 3].text
            if re.fullmatch(r"\d{1,2}[-–]\d{1,2}", a.text):
                return a.text
    return ""


def _terror_kind(words: Sequence[Token | None]) -> tuple[str, str]:
    """The kind of terror attack (CAMEO 1831-1833) that a modifier of an attack, a bomb or a bomber among
    ``words`` names, and the words that say it: "a suicide bomber killed 12", "a car bomb exploded", "carried
    out a suicide bombing" are suicide and vehicular bombings, not conventional force. ("", "") when none."""
    for w in words:
        if w is None or w.lemma_.lower() not in TERROR_HEADS:
            continue
        mods = [m for m in w.children if m.dep_ in {"compound", "amod", "nmod"}]
        # "a truck attack" rams; "a car bomb attack" (parsed "car" and "bomb" both on "attack") is a bomb's
        bombed = w.lemma_.lower() not in SUICIDE_ONLY_HEADS or any(m.lemma_.lower() in TERROR_HEADS for m in mods)
        for m in mods:
            code = TERROR_MODIFIERS.get(m.lemma_.lower())
            if code is not None and (code == "1831" or bombed):
                return code, f"{m.text} {w.text}"
    return "", ""


def _with_particles(verb: Token) -> list[Token]:
    """The verb's children and its particles' ("cut the banks off from SWIFT": "from" hangs on "off")."""
    kids = list(verb.children)
    # a particle parsed as a bare preposition ("pulled out of the deal": "of" hangs on "out") counts too
    return kids + [g for c in kids if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1 and not any(
        x.dep_ == "pobj" for x in c.children)) for g in c.children]


def _wanted(prep: Token, verb: Token) -> bool:
    """"called for a special court", "asked for a mediator": a "for" phrase of a call or a request naming
    something new is what is wanted, not anyone appealed to ("called for the army to step in", "called on
    the court", "asked for the UN's help" name who is asked)."""
    if prep.dep_ == "xcomp" and verb.lemma_.lower() == "call" and has_to_marker(prep) \
            and not any(c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ == "on") for c in verb.children):
        # "Trump called to ban Muslims from entering the U.S.": what is called for, asked of no one named
        return True
    if prep.dep_ != "prep" or prep.lower_ != "for" or verb.lemma_.lower() not in {"call", "ask"}:
        return False
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    # a named body in it stays the one asked: "called for a UN inquiry"
    return pobj is not None and pobj.pos_ == "NOUN" and any(g.dep_ == "det" and g.lower_ in {"a", "an"}
                                                            for g in pobj.children) \
        and not any(t.ent_type_ in {"ORG", "GPE", "NORP"} for g in pobj.lefts for t in g.subtree)


def place_phrase_head(t: Token) -> Token:
    """The word whose slot a place name fills when it only qualifies another place: "in Washington, D.C.",
    "at the Sharon, Connecticut, home" (the state stands where its town or the home stands)."""
    for _ in range(3):
        if t.dep_ in {"appos", "conj", "compound"} and t.head.i != t.i:
            t = t.head
    return t


def deadline_infinitive(verb: Token) -> Token | None:
    """The to-infinitive that ``verb`` sets a deadline for ("gave the French envoy 72 hours to leave",
    "was given three days to leave"): the one given the time is told to do it, as if ordered. The parser
    hangs the infinitive on the verb or on the span of time."""
    if verb.lemma_.lower() not in GIVING_VERBS:
        return None
    for span in (c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in DEADLINE_SPANS):
        for inf in (*verb.children, *span.children):
            if inf.i > span.i and inf.dep_ in {"advcl", "xcomp", "relcl", "acl"} and has_to_marker(inf):
                return inf
    return None


def former_career(tok: Token) -> bool:
    """Is ``tok`` part of what a person once was ("Imran Khan, the former cricket star", "former
    footballer George Weah")? A past career describes the person; it does not make the story sport."""
    head = tok
    for _ in range(3):
        if head.dep_ not in {"compound", "amod", "nmod"} or head.head.i == head.i or head.head.pos_ != "NOUN":
            break
        head = head.head
    if not any(c.dep_ == "amod" and c.lower_ in {"former", "ex", "retired"} for c in head.children):
        return False
    person = head.head if head.dep_ in {"appos", "compound"} else head
    return person.ent_type_ == "PERSON" or (head.dep_ == "appos" and person.pos_ == "PROPN")


def _aside(clause: Token, verb: Token) -> bool:
    """Is ``clause`` an aside after ``verb`` ("pledged to deepen ties, while offering nothing on Ukraine",
    "signed it, although doubting Iran's word"), said beside the act and naming no one it is done to? So is a
    deed forgone ("paid deal makers millions without falling afoul of Washington": not done, and whom it would
    have touched is not whom the act is done to)."""
    if clause.dep_ == "prep" and clause.lower_ == "without" and clause.i > verb.i:
        return any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in clause.children)
    return clause.dep_ == "advcl" and clause.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in ASIDE_MARKS and (m.lower_ not in {"while", "whilst"} or (
            m.i > 0 and m.doc[m.i - 1].text == ",")) for m in clause.children)


def _capacity(prep: Token) -> bool:
    """Is ``prep`` an "as" before a bare role, the capacity the subject acts in ("would fight for them as
    president", "I'll oppose it as president")? Not a body named with the role ("stepped down as DNC chair")."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and all(k.dep_ == "amod" and k.pos_ == "ADJ" for k in g.children)
        for g in prep.children)


def _named_thing(clause: Token, verb: Token) -> Token | None:
    """What a free relative of naming names when it is the verb's object ("condemned what it called an attack
    by Syrian forces", "criticized what she described as rhetoric from Trump"): the judged thing is the named
    one, though the parser gives the naming clause a subject of its own; so is the object of a preposition ("protest
    against what it called London's interference")."""
    under_prep = clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.head.i == verb.i
    if not (under_prep or (clause.dep_ == "ccomp" and clause.head.i == verb.i)) \
            or clause.lemma_.lower() not in NAMING_VERBS | {"describe", "characterize", "characterise"} \
            or not any(c.dep_ == "dobj" and c.lower_ == "what" and verb.i < c.i < clause.i
                       for c in (*verb.children, *clause.children)):
        return None
    named = next((c for c in clause.children if c.dep_ in {"oprd", "dobj", "xcomp"} and c.pos_ in {"NOUN", "PROPN"}), None)
    if named is None:
        named = next((g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
    if under_prep and named is not None and (any(t.is_quote for t in named.subtree) or any(
            0 <= j < len(named.doc) and named.doc[j].is_quote for j in (named.left_edge.i - 1, named.right_edge.i + 1))):
        return None  # "railed against what he calls the “Washington cartel”": a label in quotes names nobody
    return named


def _helped_doer(verb: Token) -> Token | None:
    """Whom "help" helps when the parser hangs them on the complement ("helped Iraqi forces fight the Islamic
    State", "will help them fight IS" make the helped party the bare infinitive's subject, not the verb's
    object): the one helped is the doer of the act helped along, named right between the two verbs ("helped ease
    tensions" names nobody; "helped broker a truce that fall" is no "that" helped)."""
    if verb.lemma_.lower() != "help":
        return None
    return next((s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB" and c.i > verb.i
                 and c.tag_ in {"VB", "VBP"} for s in c.children if s.dep_ == "nsubj" and s.tag_ not in {"DT", "WDT"}
                 and s.left_edge.i == verb.i + 1 and s.right_edge.i + 1 == c.i), None)


def _judged_as(prep: Token) -> bool:
    """Is ``prep`` the "as" of a judgement of something ("condemned the raids as ...", "the deal was
    hailed as ...", "a launch Japan condemned as ...": a relative clause's head is what it judged)?"""
    verb = prep.head
    return prep.dep_ == "prep" and prep.lower_ == "as" and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in CHARACTERIZING_VERBS \
        and (any(k.dep_ in {"dobj", "nsubjpass"} for k in verb.children) or verb.dep_ == "relcl")


def _characterization(noun: Token) -> bool:
    """Is the event noun ``noun`` what something is judged to be ("condemned the raids as an attack on
    Iraqi sovereignty", "denounced the decision as a declaration of war")?"""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and _judged_as(noun.head)


def _is_light(tok: Token, lex: Lexicon) -> bool:
    return tok.lemma_.lower() in lex.light_verbs or tok.lower_ in lex.light_verbs


def _people_of(country: Resolved) -> Resolved:
    """The people of a country that a protest's place names: ICEWS's "Protester (France)", FRACVL, not
    France itself, whose protests are a government's."""
    return replace(country, code=compose(country.code[:3], "CVL", append=False), rule=f"{country.rule}+people")


def _stance(mod: Token) -> str | None:
    """"anti" or "pro" when a modifier is written "anti-X" / "pro-X" (one token or split at the hyphen)."""
    low = mod.lower_
    for prefix in ("anti", "pro"):
        if low.startswith(prefix + "-"):
            return prefix
    doc = mod.doc
    if mod.i >= 2 and doc[mod.i - 1].text == "-" and doc[mod.i - 2].lower_ in {"anti", "pro"}:
        return doc[mod.i - 2].lower_
    return None


def _members(tok: Token, actors: DocActors | None = None) -> list[Token]:
    """The heads of a conjoined list, also where the parser read part of it as an apposition
    ("Mordor, the Shire, Fornost and Bree"), a modifier ("Fornost and the evil Gondor") or
    hung it on another word of a name ("Barack Obama and Vladimir Putin")."""
    out = [tok, *tok.conjuncts]
    m = actors.mention_for(tok) if actors is not None else None
    if m is not None:
        out += [c for t in tok.doc[m.start : m.end] for c in t.conjuncts]
    for c in tok.children:
        listed = c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)
        joined = c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN" and any(g.dep_ == "cc" for g in c.children) \
            and m is not None  # "Fornost and the evil Gondor", not "US and British activists"
        if listed or joined:
            out += [c, *c.conjuncts]
    return sorted(set(out), key=lambda t: t.i)


def _repeated_phrase_objects(t: Token) -> list[Token]:
    """The objects of other phrases with the same preposition on the same verb or its object, joined by an "and" or
    "or": "the sale of F-16s to Turkey and of F-35s to Greece", "sent troops to Mali and aid to Niger", "to India
    and to Japan" name a second one it goes to (the parser hangs each phrase on the verb or the noun, or joins the
    prepositions, so the second object is no conjunct of the first)."""
    if t.dep_ != "pobj" or t.head.dep_ not in {"prep", "dative"}:
        return []
    p = t.head
    head = p.head
    heads = [head, *(c for c in head.children if c.dep_ == "dobj")] if head.pos_ in {"VERB", "AUX"} \
        else [head, head.head] if head.dep_ == "dobj" else [head]
    others = [q for h in heads for q in h.children if q.i != p.i and q.dep_ in {"prep", "dative"} and q.lower_ == p.lower_
              and any(x.dep_ == "cc" and x.lower_ in {"and", "or"} for x in t.doc[min(p.i, q.i) : max(p.i, q.i)])]
    others += [q for q in p.conjuncts if q.lower_ == p.lower_]
    return [g for q in others for g in q.children if g.dep_ == "pobj"]


def _first_verb(tok: Token) -> Token:
    """The first verb of the coordination ``tok`` is in ("who negotiated the accord and won the prize": negotiated),
    which holds the clause's subject, relative pronoun and tense."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def _joined(tok: Token) -> str | None:
    """A word the tokenizer split at a hyphen ("cease-fire" → "cease", "-", "fire"), written
    whole ("ceasefire"), so the dictionary needs one entry for both spellings."""
    i = tok.i
    if i < 2:
        return None
    hyphen, first = tok.doc[i - 1], tok.doc[i - 2]
    if hyphen.text in {"-", "‐", "–"} and not hyphen.whitespace_ and not first.whitespace_ \
            and first.head.i == i and first.is_alpha:
        return first.lower_ + tok.lower_
    return None


def _fled_from(noun: Token) -> bool:
    """Is the noun what people flee or escape: "fleeing the fighting", "fled from the violence"?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"from", "amid"}:
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in FLEEING_VERBS


def _verb_read_plural(tok: Token) -> Token | None:
    """The modifier of a noun compound whose plural head the tagger read as a present verb with it as subject
    ("asset freezes", "air strikes", "export controls": asset/nsubj freezes/VBZ): a bare singular common noun right
    before, with no words of its own, no name."""
    if tok.tag_ != "VBZ" or not tok.lower_.endswith("s") or tok.i == 0:
        return None
    mod = tok.nbor(-1)
    if mod.dep_ != "nsubj" or mod.head.i != tok.i or mod.tag_ != "NN" or mod.ent_type_ or any(True for _ in mod.children):
        return None
    return mod


def joined_clause_subject(verb: Token) -> Token | None:
    """The subject of a second clause the parser joined to the first clause's object ("extended a state of
    emergency and soldiers patrolled the streets": soldiers/conj of emergency, patrolled/conj (or advcl, with no
    mark) of extended with no subject): a noun joined by "and" into the object phrase of the verb it follows, standing right before this
    finite verb, does it; else the first clause's subject would be read as the patroller."""
    if verb.dep_ not in {"conj", "advcl"} or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0 \
            or verb.head.pos_ != "VERB" or any(c.dep_ in SUBJ | {"nsubjpass", "expl", "mark", "aux"} for c in verb.children):
        return None
    noun = verb.nbor(-1)
    first = verb.head
    if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i < first.i \
            or first not in noun.ancestors or noun.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" and noun.head.i < c.i < noun.i for c in noun.head.children):
        return None
    return noun


def _is_word(tok: Token, word: str) -> bool:
    """Is ``tok`` the dictionary word ``word`` (by lemma, written form or hyphen-joined form)?"""
    if tok.lemma_.lower() == word or tok.lower_ == word:
        return True
    # a joined form ends with the token itself: only then look back for the hyphen (a hot path)
    return len(word) > len(tok.lower_) and word.endswith(tok.lower_) and _joined(tok) == word


def _same_side(t: Resolved, sources: list[Resolved], doc: Doc) -> bool:
    """Is ``t`` one of the sources, or the country of one of them named as the subject of a clause
    ("warned that Washington had identified ...")? Its country as a place ("sorrow for the shootings
    in South Carolina") is another matter: the victims there are the target. So is the source's own body named
    by a pronoun ("Iran admitted that its forces had fired": the forces are Iran's own side)."""
    subject = t.token >= 0 and doc[t.token].dep_ in {"nsubj", "nsubjpass"}
    own = t.kind == "country" or t.rule.startswith("modifier:coref:")
    return any((t.entity is not None and t.entity == s.entity)
               or (subject and own and t.code[:3] == s.code[:3]) for s in sources)


def _furnished(verb: Token) -> list[Token]:
    """What "supply/provide X with Y" gives: the objects of "with" on the verb or on its object
    (with their conjuncts: "with fighter jets and helicopters"); none without an object X."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    preps = [c for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    goods = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return goods + [c for g in goods for c in g.conjuncts]


def _bare_infinitive(c: Candidate) -> bool:
    """Coded by a pattern that names only the verb and its to-infinitive ("promise >end")."""
    p = c.pattern
    return p is not None and p.xcomp is not None and p.obj is None and p.particle is None \
        and p.prep_object is None and not p.target_preps


def _agreed_terms(clause: Token, verb: Token) -> bool:
    """A to-infinitive that states what an agreement commits to: under the agreement noun, or hung by the parser
    on the verb whose object the agreement is ("reached a deal to end the fighting") or whose object is part
    of one ("accepted the terms of a deal to halt settlements", "approved the text of an accord to"); or an -ing
    participle with no comma before it, a reduced relative on the agreement ("signed a treaty on Friday offering
    Tuvaluans the right to live in Australia": what the treaty offers, not a second act of its signers)."""
    head = clause.head
    if clause.dep_ in {"acl", "advcl"} and clause.tag_ == "VBG" and clause.i > 0 and clause.nbor(-1).text != "," \
            and not any(c.dep_ in {"nsubj", "mark"} for c in clause.children):
        return (clause.dep_ == "acl" and head.lemma_.lower() in AGREEMENT_NOUNS and head.pos_ == "NOUN") or (
            head.i == verb.i and any(c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS and c.i < clause.i
                                     for c in verb.children))
    if clause.dep_ not in {"acl", "advcl", "relcl"} or not has_to_marker(clause):
        return False
    if head.lemma_.lower() in AGREEMENT_NOUNS and head.pos_ == "NOUN":
        return True
    return head.i == verb.i and clause.dep_ == "advcl" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in AGREEMENT_NOUNS or any(
            g.dep_ == "pobj" and g.lemma_.lower() in AGREEMENT_NOUNS
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children))
        for c in verb.children)


def _hung_infinitive(tok: Token) -> bool:
    """"Refused on Tuesday to meet", "threatened on Sunday to close": a to-infinitive after a
    time or place phrase that the parser hung as an adverbial clause, not as the complement."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and tok.i > tok.head.i \
        and has_to_marker(tok) \
        and not any(c.dep_ == "mark" for c in tok.children) \
        and all(t.dep_ in {"prep", "agent", "pobj", "npadvmod", "advmod", "det", "amod", "compound", "nummod", "punct"}
                or t.head.dep_ in {"pobj", "npadvmod"} for t in tok.doc[tok.head.i + 1 : tok.left_edge.i])


def _with_object(c: Candidate) -> bool:
    """Coded by a pattern that also names the object ("end +curfew")."""
    return c.pattern is not None and c.pattern.obj is not None


def _matches_word(word: str, tok: Token) -> bool:
    return word == tok.lower_ or (word.endswith("-") and word[:-1] == tok.lower_)


def _countries_before(actors: DocActors, start: int) -> Iterator[Resolved]:
    """The countries named (with a country code) before character ``start``, the latest first."""
    for r in reversed(actors.history):
        if r.start < start and r.kind == "country" and r.code and len(r.code) == 3:
            yield r


def _agent_actor(verb: Token, actors: DocActors) -> Resolved | None:
    """The coded actor of a participle's "by" phrase ("fired by Hamas")."""
    for a in (x for x in verb.children if x.dep_ == "agent"):
        pobj = next((g for g in a.children if g.dep_ == "pobj"), None)
        r = actors.resolve(pobj) if pobj is not None else None
        if r is not None and r.code:
            return r
    return None


def glad_offer(word: Token) -> bool:
    """Whether ``word`` is gladness offered under "would"/"will" ("would be happy to meet", "will be honored to
    host"): what its to-infinitive names is a willingness stated, not done; "was glad to meet him" tells it done."""
    if word.lemma_.lower() not in GLAD_WORDS and word.lower_ not in GLAD_WORDS:
        return False
    copula = word.head if word.dep_ == "acomp" and word.head.lemma_ == "be" else word
    return any(a.dep_ == "aux" and aux_word(a) in {"would", "will", "shall"} for a in copula.children)

