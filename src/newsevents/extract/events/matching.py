"""Pattern matching: the dictionaries' verb and noun patterns indexed by head word and tried on a trigger."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from spacy.tokens import Doc, Token

from newsevents.dictionaries import Dictionaries, Lexicon, Pattern, Slot
from newsevents.extract.actors import DocActors, Resolved
from newsevents.extract.events.records import Candidate, Match
from newsevents.extract.events.syntax import (
    _furnished,
    _head_modifiers,
    _is_word,
    _joined,
    _matches_word,
    _money_kind,
    _names_object,
    _of_objects,
    _verb_read_plural,
    _wanted,
    _with_particles,
    deadline_infinitive,
)
from newsevents.extract.events.words import (
    BODY_WORDS,
    CARGO_UNITS,
    CARRIER_HEADS,
    COUNT_NOUNS,
    FURNISHING_VERBS,
    GIVING_VERBS,
    GROUP_HEADS,
    GUEST_WORDS,
    MASS_WEAPON_HEADS,
    MASS_WEAPON_KINDS,
    NAMING_VERBS,
    NULL_CODE,
    PERMITTING_VERBS,
    RELATIONAL_NOUNS,
    SANCTION_LIST_WORDS,
    SERVICE_HEADS,
    TEAM_HEADS,
    WEAPON_NAME_HEADS,
    WEAPON_NAME_KINDS,
    WEAPON_NAMES,
    WEAPON_SYSTEM_HEADS,
    WEAPON_SYSTEM_KINDS,
)


def _called_object(tok: Token) -> list[Token]:
    """What a free relative names as the verb's object: "launched what it called a special military operation",
    "began what Kyiv described as a counteroffensive" (the parser hangs "what" and the name on the naming verb)."""
    return [n for c in tok.children
            if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING_VERBS | {"describe"}
            and any(g.dep_ == "dobj" and g.lower_ == "what" and g.i < c.i for g in c.children)
            for n in [*(g for g in c.children if g.dep_ == "oprd"),
                      *(p for g in c.children if g.dep_ == "prep" and g.lower_ == "as" for p in g.children if p.dep_ == "pobj")]]


def _is_weapon(o: Token) -> bool:
    """Is ``o`` arms without the word: a system or battery of arms ("Patriot air defence systems", "two missile
    batteries") or a weapon named by its make ("HIMARS", "F-16s", "Leopard tanks", "Patriot systems")?"""
    if o.lower_ in WEAPON_NAMES or o.lemma_.lower() in WEAPON_NAMES or _joined(o) in WEAPON_NAMES:
        return True
    head = o.lemma_.lower()
    mods = [m for m in o.children if m.dep_ in {"compound", "amod"}]
    if head in WEAPON_SYSTEM_HEADS and any(m.lemma_.lower() in WEAPON_SYSTEM_KINDS for m in mods):
        return True
    return (head in WEAPON_SYSTEM_HEADS | WEAPON_NAME_HEADS or o.lower_ in WEAPON_NAME_KINDS) and any(
        m.lower_ in WEAPON_NAME_KINDS | WEAPON_NAMES or _joined(m) in WEAPON_NAMES for m in mods)


def _is_mass_weapon(o: Token) -> bool:
    """Is ``o`` a weapon of mass destruction named by its kind ("chemical weapons", "nuclear arms"), which the
    dictionaries write "wmd" ("use +wmd")? Only with a weapon head: "chemical fertiliser" is none."""
    return o.lemma_.lower() in MASS_WEAPON_HEADS and any(
        m.dep_ in {"compound", "amod"} and m.lower_ in MASS_WEAPON_KINDS for m in o.children)


class PatternMatcher:
    """Indexes patterns by head lemma (and, for PETRARCH verbs, written forms) and applies them."""

    # the document being coded, set by EventRules.candidates and read by every layer
    _doc: Doc
    _day: date | None
    _actors: DocActors
    _doc_events: list[Candidate]

    def __init__(self, dicts: Dictionaries, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.own_rules = dicts.place_actors
        self.verbs: dict[str, list[tuple[int, Pattern]]] = defaultdict(list)
        self.nouns: dict[str, list[tuple[int, Pattern]]] = defaultdict(list)
        for order, p in enumerate(dicts.patterns):
            index = self.nouns if p.noun else self.verbs
            for key in {p.head, *p.forms}:
                index[key].append((order, p))
        # "Y received weapons from X" is X giving them: what giving each object codes
        self.gift_codes: dict[str, str] = {}
        for p in dicts.patterns:
            if not p.noun and p.head in GIVING_VERBS and p.obj and not (p.xcomp or p.particle or p.prep_object
                                                                        or p.before or p.after or p.reverse_code):
                self.gift_codes.setdefault(p.obj, p.code)
        self.discards = [d for d in dicts.discards if not d.lemma]
        self.discard_lemmas = {d.words[0]: d for d in dicts.discards if d.lemma}
        self._discard_re = [
            (d, re.compile(r"(?<![\w])" + r"\s+".join(re.escape(w) for w in d.words) + ("" if d.stem else r"(?![\w])")))
            for d in self.discards
        ]

    # ---- pattern matching ---------------------------------------------------------------------
    def _objects(self, tok: Token) -> list[Token]:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
        for o in list(objs):  # "expelled dozens of diplomats": the diplomats are the object
            cur = o
            for _ in range(2):  # "cut off billions of dollars of support": through an amount of money too
                if not (cur.lemma_.lower() in self.lex.quantity_nouns or cur.lower_ in self.lex.quantity_nouns
                        or cur.like_num or (self.own_rules and cur.ent_type_ == "MONEY")
                        or (self.own_rules and cur.lemma_.lower() in CARGO_UNITS)
                        or (self.own_rules and cur.lower_ in RELATIONAL_NOUNS)
                        or (self.own_rules and any(c.dep_ == "nummod" and (c.ent_type_ == "MONEY" or c.lower_ in COUNT_NOUNS)
                                                   for c in cur.children))):
                    # "sent two planeloads of medical supplies", "flew 40 tonnes of vaccines"; "froze 210 billion
                    # euros of Russian assets": a word counted in thousands, millions or billions (the recognizer
                    # often leaves a currency out of the amount) is a measure too
                    break
                nxt = _of_objects(cur) or (_money_kind(cur) if self.own_rules else [])
                objs += nxt
                if not nxt:
                    break
                cur = nxt[0]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            objs.append(tok.head)  # "a report released Tuesday": the report is what was released
        if self.own_rules and tok.lemma_.lower() in PERMITTING_VERBS:
            # "allowed UN aid trucks to enter Darfur": the parser makes the trucks the infinitive's subject
            objs += [s for c in tok.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}
                     for s in c.children if s.dep_ == "nsubj"]
        if self.own_rules and tok.lemma_.lower() in FURNISHING_VERBS:
            objs += _furnished(tok)  # "supplied the junta with fighter jets": the jets are what was supplied
        if self.own_rules and deadline_infinitive(tok) is not None:
            objs += [c for c in tok.children if c.dep_ == "dative"]  # "gave the envoy 72 hours to leave": the envoy is told
        if self.own_rules:
            objs += _called_object(tok)
        return objs

    def _prep_objects(self, prep: Token) -> list[Token]:
        """The words a preposition governs, and what an amount among them is of: "agreed to all of the
        demands", "bowed to most of their demands" are the demands, as "expelled dozens of diplomats"
        are the diplomats for a direct object."""
        objs = list(prep.children)
        if not self.own_rules:
            return objs
        for o in list(objs):
            if o.dep_ == "pobj" and (o.lemma_.lower() in self.lex.quantity_nouns or o.lower_ in self.lex.quantity_nouns
                                     or o.lower_ in RELATIONAL_NOUNS):  # "agreed to an extension of the truce"
                objs += _of_objects(o)
        return objs

    def _is_body_word(self, tok: Token, word: str, actors: DocActors | None) -> bool:
        """Is ``tok`` the word, or, for "organization", a body the actor dictionary knows as
        intergovernmental by its name alone ("withdrew from ECOWAS", "pulled out of the Council of
        Europe", "quit the ICC" leave a body as "withdrew from the organisation" does)? A "list" is one of
        sanctions or terror by its words ("removed Cuba from the list of state sponsors of terrorism"; "the
        list of candidates" and "a wanted list" are none)."""
        if _is_word(tok, word):
            return not (self.own_rules and word == "list") \
                or any(t.lemma_.lower() in SANCTION_LIST_WORDS for t in tok.subtree)
        if not (self.own_rules and actors is not None and word in BODY_WORDS | GUEST_WORDS):
            return False
        r = actors.resolve(tok)
        if word in GUEST_WORDS:  # a guest: a named person of a state's government ("received Xi Jinping")
            return r is not None and r.kind == "person" and re.fullmatch(r"[A-Z]{3}GOV", r.code) is not None
        return r is not None and r.kind == "organization" and r.code.startswith("IGO")

    def _check(self, p: Pattern, tok: Token, actors: DocActors | None) -> Match | None:
        """How well ``p`` fits ``tok`` (None if a hard constraint fails)."""
        score = 0
        obj_tok: Token | None = None
        if self.own_rules and p.prep_object is None and _names_object(tok) \
                and not any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"} and c.i == tok.i + 1 for c in tok.children):
            # "what he called an attack", "called the vote a sham": naming, not an appeal ("called on" is one);
            # "called the strike an act of terrorism" calls no strike
            return None
        if p.particle is not None:
            if not any(
                c.lower_ == p.particle
                and (c.dep_ in {"prt", "advmod"} or (c.dep_ == "prep" and c.i == tok.i + 1)
                     or (self.own_rules and p.obj is not None and c.dep_ == "prep" and c.i > tok.i + 1
                         and any(g.dep_ == "prep" and g.lower_ in {"of", "from"} for g in c.children)))
                # "drove the militants out of the city", "pulled its troops out of Syria": the particle after
                # the object, parsed as the head of "out of"; only with an object word that fixes the sense
                # ("pulled survivors out of the rubble" is no withdrawal)
                for c in tok.children
            ):
                return None
            score += 2
        if p.obj is not None:
            # for a noun, "+word" is a modifier it needs: "n:strike +labor", "n:exercise +joint"
            pool = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}] if p.noun else self._objects(tok)
            if p.noun and self.own_rules:
                # "joint maritime exercises": the parser hangs "joint" on the noun's compound modifier
                pool += [g for c in pool if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
            if p.noun and self.own_rules and (mod := _verb_read_plural(tok)) is not None:
                pool.append(mod)  # "asset freezes" read as a subject and a verb: the subject is the modifier
            if p.particle is not None and not p.noun and self.own_rules:
                # "called in security forces" parsed as a preposition: its object is the verb's
                pool += [g for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ == p.particle
                         for g in c.children if g.dep_ == "pobj"]
            objs = [o for o in pool if self._is_body_word(o, p.obj, actors)]
            if not objs and not p.noun:
                heads = GROUP_HEADS | SERVICE_HEADS | TEAM_HEADS | CARRIER_HEADS if self.own_rules else GROUP_HEADS
                objs = [o for o in pool if o.lemma_.lower() in heads and any(
                    _is_word(m, p.obj) for m in _head_modifiers(o, coordinated=self.own_rules))]
            if not objs and not p.noun and self.own_rules:
                # "received President Erdogan", "expelled Ambassador Smith": a named person is the title before the name
                objs = [o for o in pool if o.pos_ == "PROPN" and any(
                    m.dep_ == "compound" and m.i < o.i and _is_word(m, p.obj) for m in o.children)]
            if not objs and not p.noun and self.own_rules and p.obj == "weapon":
                objs = [o for o in pool if _is_weapon(o)]
            if not objs and not p.noun and self.own_rules and p.obj == "wmd":
                objs = [o for o in pool if _is_mass_weapon(o)]
            if not objs and not p.noun and self.own_rules and tok.lemma_.lower() not in GIVING_VERBS:
                # "cut access to the internet" (but "gave Iran access to its funds" gives no funds)
                objs = [o for o in pool if o.lemma_.lower() in SERVICE_HEADS and any(
                    _is_word(g, p.obj) for c in o.children if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj")]
            if not objs:
                return None
            obj_tok = objs[0]
            score += 2
        if p.xcomp is not None:
            if not any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == p.xcomp for c in tok.children) \
                    and not (self.own_rules and (inf := deadline_infinitive(tok)) is not None and inf.lemma_.lower() == p.xcomp):
                return None
            score += 2
        if p.prep_object is not None:
            prep, lemma = p.prep_object
            # a passive's "by" phrase is an "agent": "was blown up by a missile"; a "particle" with an object is
            # the parser's preposition after a passive ("was taken off the terror list")
            deps = {"prep", "dative", "agent", "prt"} if self.own_rules else {"prep", "dative"}
            where = _with_particles(tok)
            if self.own_rules and obj_tok is not None:
                # "bused hundreds of migrants to the desert", "imposed a ban on imports": the parser hangs the
                # phrase on the object
                where = where + [g for o in {obj_tok, *(k for k in tok.children if k.dep_ == "dobj")}
                                 for g in o.children if g.i > o.i]
            if self.own_rules:
                # "put a militia group operating near the capital on high alert": or on a participle that modifies it
                where = where + [g for o in tok.children if o.dep_ == "dobj" for a in o.children
                                 if a.dep_ == "acl" and a.tag_ in {"VBG", "VBN"} for g in a.children if g.i > a.i]
            if not any(
                c.dep_ in deps and c.lower_ == prep and any(self._is_body_word(g, lemma, actors) for g in self._prep_objects(c))
                for c in where
            ):
                return None
            score += 2
        target: Token | None = None
        if p.target_preps:
            holders = [tok] + ([obj_tok] if obj_tok is not None else [])
            verb = tok.head if self.own_rules and p.noun and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
            if verb is not None:
                # "tightened export controls on China": the parser hangs the noun's "on" phrase on its verb
                holders.append(verb)
            for h in holders:
                for c in h.children:
                    if h == verb and c.i < tok.i:
                        continue  # the verb's own phrases before its object are not the noun's
                    if c.dep_ in {"prep", "dative", "agent"} and c.lower_ in p.target_preps:
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}:
                            # not "fired X on Monday"; "met with President Assad Tuesday" is Assad
                            pobj = next((g for g in reversed(list(pobj.children)) if g.dep_ in {"compound", "appos", "nmod"}
                                         and g.ent_type_ not in {"DATE", "TIME"}), None)
                        if self.own_rules and _wanted(c, tok):
                            continue
                        if pobj is not None:
                            target = pobj
                            break
                if target is not None:
                    break
            if target is not None:
                score += 1
            elif p.target_required:
                return None
        m = Match(p, (0, 0, 0), target, obj_tok)
        if p.before or p.after:
            if not self._slots(p, tok, actors, m):
                return None
            score += 2 * len(m.words) + sum(len(v) > 0 for v in m.claims.values())
        m.key = (score, int(tok.lower_ == p.head or tok.lower_ in p.forms), 0)
        return m

    # ---- word slots (PETRARCH/TABARI patterns) ----------------------------------------------
    def _span_after(self, tok: Token) -> list[Token]:
        """The verb's phrase after it, without conjoined verbs' own phrases."""
        skip: set[int] = set()
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
                skip.update(t.i for t in c.subtree)
            if c.dep_ == "cc":
                skip.add(c.i)
        return [t for t in tok.subtree if t.i > tok.i and t.i not in skip]

    def _slots(self, p: Pattern, tok: Token, actors: DocActors | None, m: Match) -> bool:
        """Match the before/after word slots; fill ``m.words`` and ``m.claims``."""
        sent = tok.sent
        before = [tok.doc[i] for i in range(tok.i - 1, sent.start - 1, -1)]
        after = self._span_after(tok)
        windows: list[tuple[str, list[Token]]] = []
        skipped: set[int] = set()
        for slots, toks, backwards in ((p.before, before, True), (p.after, after, False)):
            if not slots:
                continue
            got = self._seq(slots, 0, toks, 0, tok.i, backwards, [])
            if got is None:
                return False
            for kind, lo, hi, used in got:
                if kind == "word":
                    m.words.update(used)
                elif kind != "skip":
                    window = [t for t in toks[lo:hi] if t.i not in skipped]
                    # "% *" is a compound source acting on itself; "* WITH %" a compound target
                    role = "target" if kind == "compound" and not backwards else kind
                    windows.append((role, sorted(window, key=lambda t: t.i)))
                else:
                    skipped.update(used)
        if actors is not None:
            for kind, window in windows:
                found = self._window_actors(window, actors, compound=kind == "compound")
                if kind == "compound" and len({r.token for r in found}) < 2:
                    return False  # "% *" needs conjoined actors: "Gondor and Osgiliath met"
                if found:
                    m.claims.setdefault(kind, []).extend(found)
                    m.claimed_tokens.update(t.i for t in window)
        return True

    def _seq(
        self, slots: tuple[Slot, ...], k: int, toks: list[Token], pos: int, prev: int, backwards: bool,
        acc: list[tuple[str, int, int, list[int]]],
    ) -> list[tuple[str, int, int, list[int]]] | None:
        """Match ``slots[k:]`` in ``toks[pos:]`` (nearest the verb first); backtracks over gaps.

        ``prev`` is the document index of the last matched token (the verb at first), so that
        a joined slot (``_``) must start right next to it. Actor slots record the stretch of
        tokens up to the next matched word as their window.
        """
        if k == len(slots):
            return acc
        slot = slots[k]
        step = -1 if backwards else 1
        if slot.kind == "skip":
            # "^" passes over one noun phrase: the next actor slot must not take it
            end = pos
            while end < len(toks) and toks[end].pos_ not in {"NOUN", "PROPN", "PRON"}:
                end += 1
            while end + 1 < len(toks) and toks[end + 1].i == toks[end].i + step and toks[end].head.i == toks[end + 1].i \
                    and toks[end].dep_ in {"compound", "amod", "nmod", "poss"}:
                end += 1
            used = [t.i for t in toks[pos : end + 1]]
            return self._seq(slots, k + 1, toks, end + 1, -1, backwards, [*acc, ("skip", pos, end + 1, used)])
        if slot.kind in {"source", "target", "compound"}:
            rest = self._seq(slots, k + 1, toks, pos, -1, backwards, [*acc, (slot.kind, pos, len(toks), [])])
            if rest is None:
                return None
            # the window ends where the next word slot matched
            nxt = next((r for r in rest[len(acc) + 1 :] if r[0] == "word"), None)
            kind, lo, _, used = rest[len(acc)]
            rest[len(acc)] = (kind, lo, nxt[1] if nxt is not None else len(toks), used)
            return rest
        joined = slot.joined and prev >= 0  # after an actor slot, adjacency cannot be checked
        for q in [pos] if joined else range(pos, len(toks)):
            if q >= len(toks):
                break
            if joined and toks[q].i != prev + step:
                break
            for phrase in slot.phrases:
                words = phrase[::-1] if backwards else phrase
                if q + len(words) > len(toks):
                    continue
                run = toks[q : q + len(words)]
                if any(run[j].i != run[0].i + j * step for j in range(len(run))):
                    continue
                if all(_matches_word(w, t) for w, t in zip(words, run, strict=True)):
                    got = self._seq(slots, k + 1, toks, q + len(words), run[-1].i, backwards,
                                    [*acc, ("word", q, q + len(words), [t.i for t in run])])
                    if got is not None:
                        return got
        return None

    def _window_actors(self, window: list[Token], actors: DocActors, *, compound: bool) -> list[Resolved]:
        """The actor(s) of a pattern's ``$``/``+``/``%`` window: its first actor noun phrase."""
        inside = {t.i for t in window}
        for t in window:
            if t.dep_ in {"compound", "amod", "poss", "nmod", "det"} and t.head.i in inside:
                continue  # the phrase's head will be tried
            found = actors.resolve_all(t)
            if found and any(r.code for r in found):
                if compound or t.conjuncts:
                    for c in t.conjuncts:
                        if c.i in inside or compound:
                            found += actors.resolve_all(c)
                return [r for r in found if r.code]
        return []

    def match(self, tok: Token, *, noun: bool, actors: DocActors | None = None) -> Match | None:
        """The best pattern for ``tok``: most specific, then written form, then dictionary order."""
        index = self.nouns if noun else self.verbs
        seen: set[int] = set()
        best: Match | None = None
        whole = _joined(tok)
        keys = (whole,) if whole is not None and whole in index else (tok.lemma_.lower(), tok.lower_)
        for key in keys:
            for order, p in index.get(key, ()):
                if order in seen:
                    continue
                seen.add(order)
                m = self._check(p, tok, actors)
                if m is None:
                    continue
                m.key = (m.key[0], m.key[1], -order)
                if best is None or m.key > best.key:
                    best = m
        return best

    def best(self, tok: Token, *, noun: bool, actors: DocActors | None = None) -> tuple[Pattern, Token | None, Token | None] | None:
        m = self.match(tok, noun=noun, actors=actors)
        return None if m is None or m.pattern.code == NULL_CODE else (m.pattern, m.target, m.obj)
