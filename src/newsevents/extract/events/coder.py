"""The event coder: every sentence's triggers -> matched, placed in their roles and judged candidates."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsevents.extract.actors import DocActors, Resolved
from newsevents.extract.events.judge import Judgements
from newsevents.extract.events.records import Candidate
from newsevents.extract.events.syntax import (
    _armed_code,
    _bare_infinitive,
    _fled_from,
    _furnished,
    _is_light,
    _members,
    _nobody,
    _same_side,
    _scoreline,
    _sector,
    _uncoded,
    _with_object,
    _with_particles,
)
from newsevents.extract.events.words import (
    AERIAL_ATTACKERS,
    ARMED_SECTORS,
    ATTITUDE_SINGULARS,
    BROKERING_VERBS,
    BUYING_VERBS,
    CALLING_OFF_VERBS,
    CEASEFIRE_DECLARING,
    CHARACTERIZING_VERBS,
    CIVIL_SECTORS,
    COMMITMENT_VERBS,
    COOPERATIVE_ROOTS,
    CROWD_NOUNS,
    DECIDING_VERBS,
    DEMAND_VERBS,
    DISMISSING_VERBS,
    GIVING_VERBS,
    HOSTILE_ROOTS,
    IMPACT_VERBS,
    KIND_HEADS,
    LEAVING_VERBS,
    MARKET_SUBJECTS,
    MATERIEL_HEADS,
    MEMBERSHIP_VERBS,
    NAMING_VERBS,
    NULL_CODE,
    PATIENT_NOUNS,
    PEOPLE_IN_NEED,
    PERFORMING_VERBS,
    PHONED_VERBS,
    PROMISE_GIVING_VERBS,
    PROMISE_NOUNS,
    PUBLISHED_THINGS,
    RECEIVING_VERBS,
    RELATION_PARTICIPLES,
    REPORT_NOUNS,
    REVERSED,
    RIOT_CODES,
    RIOTER_NOUNS,
    SENDING_VERBS,
    SPORT_GEAR_WEAPONS,
    STANCE_VERBS,
    STATE_ONLY_CODES,
    SUBJ,
    THREAT_VERBS,
    TOPIC_MARKERS,
    TOPIC_OBJECT_VERBS,
    VIOLENT_ROOTS,
    WEAPON_SYSTEM_HEADS,
    WEAPON_SYSTEM_KINDS,
    WITHDRAWING_VERBS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator


class EventRules(Judgements):
    """Finds the candidate events of a parsed document, one sentence at a time."""

    # ---- main ------------------------------------------------------------------------------
    def candidates(self, doc: Doc, actors: DocActors) -> list[Candidate]:
        out: list[Candidate] = []
        self._doc = doc
        self._day = actors.day
        self._actors = actors
        self._doc_events = []
        story = self._discard_reason(doc.text, set(), story=True)
        for si, sent in enumerate(doc.sents):
            got = list(self._sentence(si, sent, actors, story))
            out.extend(got)
            self._doc_events.extend(c for c in got if c.status == "event")
        return out

    def _register_subjects(self, sent: object, actors: DocActors) -> None:
        for tok in sent:  # type: ignore[attr-defined]
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.lower_ not in self.lex.relative_pronouns:
                actors.remember(actors.resolve(tok), subject=True)

    def _discard_reason(self, text: str, lemmas: set[str], *, story: bool) -> str:
        """Why a sentence (or, with ``story``, a whole story) is not coded, or ""."""
        low = text.lower()
        for d, rx in self._discard_re:
            if d.story == story and rx.search(low):
                return f"discard: {' '.join(d.words)} ({d.source})"
        if not story:
            for lemma in sorted(lemmas & self.discard_lemmas.keys()):
                return f"discard: sentence about {lemma} ({self.discard_lemmas[lemma].source})"
        return ""

    def _sentence(self, si: int, sent: object, actors: DocActors, story_discard: str = "") -> Iterator[Candidate]:
        lex = self.lex
        # "the goal of intimidating them", "a game of chess": a word followed by "of" is no sport
        # "the Arab League", "the World Cup", "the Beijing Olympics": a word inside a proper name
        # names a body or an occasion, which political news speaks of as much as sport does
        # "war games": a word a noun pattern codes as an event is no sport
        lemmas = {t.lemma_.lower() for t in sent  # type: ignore[attr-defined]
                  if not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of")
                  and not (self.own_rules and t.pos_ == "PROPN")
                  # "beaten with a baseball bat", "a hockey stick": a sport's gear used as a weapon
                  and not (self.own_rules and t.dep_ == "compound" and t.head.lemma_.lower() in SPORT_GEAR_WEAPONS)
                  and not (self.own_rules and t.lemma_.lower() in self.discard_lemmas and t.pos_ == "NOUN"
                           and self.best(t, noun=True) is not None)}
        if self.own_rules:  # "the quarter-finals", "a semi-final": the parser splits a hyphenated word in three
            toks = list(sent)  # type: ignore[call-overload]
            lemmas |= {a.lower_ + b.lemma_.lower() for a, h, b in zip(toks, toks[1:], toks[2:], strict=False)
                       if h.text == "-" and not a.whitespace_ and not h.whitespace_ and a.pos_ != "PROPN"}
        discard = story_discard or self._discard_reason(sent.text, lemmas, story=False)  # type: ignore[attr-defined]
        consumed: set[int] = set()
        found: list[Candidate] = []
        for tok in sent:  # type: ignore[attr-defined]
            if tok.pos_ not in {"VERB"} and not (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
                continue
            if (tok.dep_ == "amod" and tok.i < tok.head.i) or (tok.i > 0 and tok.nbor(-1).text in {"-", "–"}):
                continue  # "the exiled dissidents", "military-ruled Myanmar": a state, not an event
            if self.own_rules and tok.lemma_.lower() == "arm" and tok.tag_ == "VBN" \
                    and not any(c.dep_ == "agent" for c in tok.children) \
                    and (tok.dep_ in {"acl", "advcl"} or any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)):
                continue  # "gunmen armed with rifles", "they were armed with knives": what they carry, not arms given
            if self.own_rules and tok.tag_ in {"VBN", "VBD"} and tok.i > 0 and tok.nbor(-1).dep_ == "case" \
                    and tok.nbor(-1).lower_ in {"'s", "'", "’s", "’"}:
                # "aid to Sudan's displaced", "Gaza's wounded", "the convention's pledged delegates": a participle
                # after a possessive names people or a kind ("Russia's annexing Crimea", a gerund, stays an act)
                continue
            if self.own_rules and self._nominal_gerund(tok):
                continue  # "killed in Israeli tank shelling": coded below as the event noun it is
            match = self.match(tok, noun=False, actors=actors)
            subj_tok, subj_how = self._subject(tok)
            described = next((g for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                              if g.dep_ == "pobj" and g.right_edge.i == tok.i - 1), tok.head) \
                if self.own_rules and subj_how.startswith("inherited") and tok.dep_ == "acl" and tok.tag_ == "VBG" \
                and tok.head.pos_ in {"NOUN", "PROPN"} else None
            if described is not None \
                    and (actors.agent_of(described) is not None or described.ent_type_ in {"PERSON", "NORP", "ORG"}):
                # "criticised Russian officials supporting the separatists", "a quarantine for people travelling
                # from Brazil", "footage of soldiers beating protesters": people the participle describes do it
                # themselves (a statement or law "calling for X" is still its author's)
                subj_tok, subj_how = described, "participle-head"
            if self.own_rules and match is None and tok.lemma_.lower() in MEMBERSHIP_VERBS:
                match = self._member_suspended(tok, subj_tok, actors)
            if self.own_rules and subj_tok is None and tok.lemma_.lower() in MEMBERSHIP_VERBS \
                    and (left := self._member_suspended_from(tok, actors)) is not None:
                match, subj_tok, subj_how = left[0], left[1], "body-left"
            objs = [c for c in tok.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
            event_arg = next(
                (o for o in objs if o.pos_ in {"NOUN", "VERB"} and self.best(o, noun=o.pos_ == "NOUN") is not None), None
            )
            if _is_light(tok, lex) and event_arg is not None and (match is None or not (match.words or match.pattern.obj)):
                continue  # the complement carries the event; its own subject is inherited
            if match is None:
                continue
            pattern, target_tok, obj_tok = match.pattern, match.target, match.obj
            rule = f"pattern:{pattern.source}:{pattern.id}"
            if self.own_rules and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in RELATION_PARTICIPLES \
                    and actors.resolve(tok.head) is None:
                found.append(Candidate(pattern.code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.head.text} {tok.text}': what it is about, not an act"))
                continue
            if pattern.code == NULL_CODE and not pattern.reverse_code:
                found.append(Candidate(NULL_CODE, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason="null pattern: the dictionary says this is no event"))
                continue
            if self.own_rules and self._reduced_relative_misparse(tok) is not None:
                found.append(Candidate(pattern.code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.text}': a participle describing the subject, not its act"))
                continue
            if self.own_rules and pattern.code.startswith("166") and pattern.xcomp in LEAVING_VERBS:
                # "ordered French troops to leave the country": those told to leave are expelled, but only
                # when they are another country's and the one who orders has a country ("ordered his troops to leave
                # the base", "told residents to leave the area", "the militia's leaders ordered them to leave"
                # are orders to one's own)
                told = next((c for c in tok.children if c.dep_ in {"dobj", "dative"}), None)
                whose = actors.resolve(told) if told is not None else None
                boss = actors.resolve(subj_tok) if subj_tok is not None else None
                if told is None or whose is None or not whose.code or whose.code.startswith("---") \
                        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in told.children) \
                        or boss is None or not boss.code or boss.code.startswith("---") or boss.code[:3] == whose.code[:3]:
                    found.append(Candidate(pattern.code, tok.i, si, rule, status="rejected", pattern=pattern,
                                           reason=f"'{tok.text} ... {pattern.xcomp}': no foreign force told to leave"))
                    continue
                target_tok = told
            if obj_tok is not None:
                consumed.add(obj_tok.i)  # "lifted sanctions" is one event, not two
            if pattern.prep_object is not None:
                consumed.update(g.i for c in _with_particles(tok) if c.dep_ in {"prep", "dative", "agent"} for g in c.children
                                if g.dep_ == "pobj")
            code = pattern.code
            notes = [f"subject:{subj_how}"]
            if self.own_rules and code == "087" and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in CEASEFIRE_DECLARING:
                # "the rebels announced they had suspended attacks": declaring a ceasefire (PLOVER
                # CONCEDE), where carrying one out is 087
                code = "0871"
                notes.append(f"declared:{tok.head.lemma_.lower()}")
            if self.own_rules and obj_tok is not None and pattern.obj is not None \
                    and (_is_light(tok, lex) or tok.lemma_.lower() in PERFORMING_VERBS):
                # "held joint exercises", "staged a hunger strike", "carried out an air strike": a verb
                # that only performs its object is the object's event, and a modifier the noun's own
                # pattern asks for says which one
                own = self.match(obj_tok, noun=True, actors=actors)
                if own is not None and own.pattern.obj is not None and own.pattern.code not in {code, NULL_CODE}:
                    code = own.pattern.code
                    notes.append(f"performs:{obj_tok.lemma_.lower()}+{own.pattern.obj}")
            passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
            reduced = tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"} and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
            garden = self._garden_path(tok) if self.own_rules else None
            if garden is not None:
                # "the civilians imprisoned for X were released": a reduced relative on the subject
                passive, target_tok, subj_tok, subj_how = True, garden[0], None, "reduced-relative"
                notes[0] = "subject:reduced-relative"
            elif passive and tok.dep_ in {"conj", "advcl"} and self.own_rules and target_tok is None \
                    and not any(c.dep_ == "nsubjpass" for c in tok.children) \
                    and (head_garden := self._garden_path(tok.head)) is not None:
                target_tok = head_garden[0]
            if reduced:
                # "those killed", "a convoy hit by missiles": the head noun is the target
                passive = True
                if target_tok is None:
                    target_tok = tok.head
                if subj_how.startswith("inherited"):
                    subj_tok, subj_how = None, "reduced-relative"
                    notes[0] = "subject:reduced-relative"
            own_forces = False
            if target_tok is None:
                if pattern.obj is not None:
                    target_tok = next((c for c in tok.children if c.dep_ in {"dative", "iobj"}), None)
                    if target_tok is None and self.own_rules and obj_tok is not None \
                            and any(obj_tok.i == g.i for g in _furnished(tok)):
                        # "supplied Mali's junta with fighter jets": who is furnished with them is the target
                        target_tok = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    if self.own_rules and target_tok is not None and target_tok.lower_ == "to":
                        # "sent doctors to Turkey" parsed with "to" as the dative: the country is its object
                        target_tok = next((g for g in target_tok.children if g.dep_ == "pobj"), target_tok)
                    if target_tok is None and obj_tok is not None and self.own_rules \
                            and tok.lemma_.lower() in (*GIVING_VERBS, *SENDING_VERBS):
                        # "sent doctors to Turkey": the doctors go where they are sent; that country is the target
                        target_tok = next((g for c in tok.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                                           for g in c.children if g.dep_ == "pobj" and actors.resolve(g) is not None), None)
                    own_forces = self.own_rules and target_tok is None and obj_tok is not None and code.startswith("087") \
                        and tok.lemma_.lower() in WITHDRAWING_VERBS
                    if own_forces:
                        # "withdrew its troops from Somalia": the forces are its own, the place they leave is the
                        # target (none named: no target, not the troops)
                        target_tok = next((g for c in tok.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"from", "out"}
                                           for g in (*c.children, *(x for o in c.children if o.lower_ == "of" for x in o.children))
                                           if g.dep_ == "pobj" and actors.resolve(g) is not None), None)
                    if target_tok is None and obj_tok is not None and actors.resolve(obj_tok) is not None and not own_forces:
                        target_tok = obj_tok  # "killed a top commander": the object is the victim
                    if target_tok is None and passive and obj_tok is not None and obj_tok.dep_ == "oprd" and self.own_rules:
                        # "the ministers were found guilty": the object is what the passive subject was
                        # found to be, so the subject is the one acted on
                        target_tok = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                elif pattern.xcomp is not None:
                    comp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == pattern.xcomp), None)
                    target_tok = next((c for c in comp.children if c.dep_ in {"dobj", "dative"}), None) if comp is not None else None
                    if target_tok is None and comp is not None:
                        # "agreed to cooperate against Islamic State": what cooperation is against is no partner
                        opposed = self.own_rules and code[:2] in COOPERATIVE_ROOTS and not self._hostile_word(comp)
                        target_tok = next((g for c in comp.children if c.dep_ == "prep" and not (opposed and c.lower_ == "against")
                                           for g in c.children if g.dep_ == "pobj"), None)
                elif passive:
                    target_tok = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                    if self.own_rules and target_tok is not None and target_tok.lower_ in lex.relative_pronouns:
                        # "Soleimani, who was killed in a US drone strike in Baghdad": the one killed
                        target_tok = self._relative_antecedent(target_tok, tok)
                elif not (self.own_rules and tok.lemma_.lower() in TOPIC_OBJECT_VERBS):
                    target_tok = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    if target_tok is None and self.own_rules:
                        # "Russian forces shelled Bakhmut" with the town parsed as an adverb: the town is the object
                        target_tok = next((c for c in tok.children if c.dep_ in {"advmod", "npadvmod"}
                                           and c.i in actors.missed_places), None)
                    if target_tok is None and tok.tag_ == "VBG":
                        target_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
            goods: set[int] = set()
            if self.own_rules and tok.lemma_.lower() in BUYING_VERBS and target_tok is not None \
                    and target_tok.dep_ == "dobj" and target_tok.head.i == tok.i and target_tok.lemma_.lower() in MATERIEL_HEADS:
                # "bought fighter jets (from X)": the jets are what is bought, the seller the partner
                goods = {target_tok.i} | {x.i for m in target_tok.lefts for x in m.subtree}
                target_tok = None
            if subj_how == "main-subject-of-joined-verb" and target_tok is not None and target_tok.lower_ in {"them", "him", "her"}:
                # "arrested soldiers who crossed the border and handed them back": "them" are those soldiers
                head = tok
                while head.dep_ == "conj":
                    head = head.head
                target_tok = head.head if head.dep_ == "relcl" else target_tok
            if self.own_rules and code == "190" and tok.lemma_.lower() == "strike" and pattern.obj is None and target_tok is None \
                    and subj_tok is not None and self._strikers([subj_tok], actors):
                code = "143"  # "teachers have been striking since Monday": a labour strike, no attack
                notes.append("labour-strike:subject")
            if self.own_rules and code == "190" and subj_tok is not None \
                    and (weapon := AERIAL_ATTACKERS.get(subj_tok.lemma_.lower())) is not None:
                code = weapon  # "Israeli warplanes struck", "US drones hit a convoy": an attack from the air
                notes.append(f"aerial-attacker:{subj_tok.lemma_.lower()}")
            if self.own_rules and subj_tok is not None and subj_how == "subject" \
                    and all(m.lemma_.lower() in MARKET_SUBJECTS for m in _members(subj_tok)) \
                    and (target_tok is None or not ((r := actors.resolve(target_tok)) is not None and r.code)):
                # (not "investors sued the Argentine government": an act towards an actor)
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"market talk: '{subj_tok.text}' {tok.text}"))
                continue
            figurative = self._figurative(tok, subj_tok) if code[:2] in VIOLENT_ROOTS and pattern.obj is None else None
            if figurative is not None:
                found.append(Candidate(code, tok.i, si, rule, status="rejected", reason=f"metaphor: '{figurative.text}'",
                                       pattern=pattern))
                continue
            if self.own_rules and pattern.obj is not None and pattern.target_preps and code[:2] in HOSTILE_ROOTS \
                    and target_tok is not None and target_tok.dep_ == "pobj" and target_tok.head.lower_ in pattern.target_preps \
                    and target_tok.lemma_.lower() in lex.figurative_objects | lex.accident_nouns | lex.metaphor_objects:
                # "declared war on corruption", "waged war on inflation", "declared war on Apple's prices": a
                # named enemy that is a vice, a disaster or a market is a figure of speech
                found.append(Candidate(code, tok.i, si, rule, status="rejected",
                                       reason=f"metaphor: '{pattern.obj}' on '{target_tok.text}'", pattern=pattern))
                continue
            if target_tok is not None and target_tok.lemma_.lower() in lex.metaphor_objects and pattern.obj is None:
                found.append(Candidate(code, tok.i, si, rule, status="rejected",
                                       reason=f"metaphor: object '{target_tok.text}'", pattern=pattern))
                continue
            idle = self._idle_phrase(tok, pattern) if self.own_rules else ""
            if idle:
                found.append(Candidate(code, tok.i, si, rule, status="rejected", reason=idle, pattern=pattern))
                continue
            cand = Candidate(code, tok.i, si, rule, notes=notes, pattern=pattern)
            if match.words:
                notes.append("words:" + " ".join(tok.doc[i].text for i in sorted(match.words)))
            # the source: an actor, or the actor behind an event noun ("a US strike killed ...")
            sources: list[Resolved | None] = [None]
            if subj_tok is not None:
                noun_match = self.best(subj_tok, noun=True) if subj_tok.pos_ == "NOUN" else None
                if noun_match is not None:
                    s, t, how = self.noun_actors(subj_tok, actors)
                    if self.own_rules and noun_match[0].code == "190" and subj_tok.lemma_.lower() == "strike" \
                            and s is not None and self._civilian(s) and code[:2] in VIOLENT_ROOTS | {"17"}:
                        # "a strike by dockworkers closed the port": what a labour strike shuts is the strike
                        # itself (143, coded from the noun), no blockade or attack by the workers
                        found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                               reason=f"the work of a labour strike by '{s.text}'"))
                        continue
                    if self.own_rules and noun_match[0].code[:2] in VIOLENT_ROOTS \
                            and any(code.startswith(r) for r in lex.speaker_roots):
                        s = None  # "clashes between X and Y threaten a showdown": fighting says nothing
                    sources = [s]
                    cand.noun_arg = subj_tok.i
                    consumed.add(subj_tok.i)
                    notes.append(f"source-from-event-noun:{subj_tok.lemma_}({how})")
                    if _is_light(tok, lex) or (self.own_rules and subj_how in {"passive-agent", "subject"}
                                               and tok.lemma_.lower() in IMPACT_VERBS):
                        # "the US aid to Ukraine arrived", "was hit by a cyberattack", "air strikes hit
                        # Sanaa": the noun is the event
                        cand.code = noun_match[0].code
                        if target_tok is None and t is not None:
                            target_tok = tok.doc[t.token] if 0 <= t.token < len(tok.doc) else None
                else:
                    sources = self._all(actors, _members(subj_tok, actors))
                    if self.own_rules and subj_how == "passive-agent" and _uncoded(sources):
                        user = self._user_of(subj_tok, actors)  # "killed by a bomb planted by insurgents"
                        if user is not None:
                            sources = [user]
                            notes.append(f"source:user-of:{subj_tok.lemma_}")
                    if self.own_rules and _uncoded(sources) and (code[:2] in VIOLENT_ROOTS or code.startswith("17")) \
                            and subj_how in {"subject", "subject-of-misparsed-participle"}:
                        # "bombs dropped by Saudi jets killed ...", "missiles fired by a US drone destroyed ...":
                        # who fired the weapon did it
                        user = self._weapon_user(subj_tok, actors)
                        if user is not None:
                            sources = [user]
                            notes.append(f"source:user-of:{subj_tok.lemma_}")
            targets: list[Resolved | None] = [None]
            if target_tok is not None:
                noun_match = self.best(target_tok, noun=True) if target_tok.pos_ == "NOUN" else None
                promised = tok.lemma_.lower() in COMMITMENT_VERBS and code[:2] == "03" and target_tok.dep_ == "dobj"
                if noun_match is not None and obj_tok is None and not promised:
                    # ("promised arrests" stays an unrealised arrest: what was promised says which intent)
                    s, t, how = self.noun_actors(target_tok, actors)
                    targets = [s if s is not None else t]
                    consumed.add(target_tok.i)
                    notes.append(f"target-from-event-noun:{target_tok.lemma_}({how})")
                else:
                    targets = self._all(actors, _members(target_tok, actors))
                    if targets == [None]:
                        targets = [self._owner(target_tok, actors)]
                    if self.own_rules and code == "042" and _uncoded(targets):
                        # "attended the Beijing Olympics": an event named after the city that hosts
                        # it (the parser takes the city into the event's name) is a visit to that country
                        host = actors.host_country(target_tok)
                        targets = [host] if host is not None else targets
            if (passive and _uncoded(sources)) or (self.own_rules and code[:2] in VIOLENT_ROOTS):
                # "four children were killed in Israeli tank shelling": the shelling's actor did it
                for prep in (c for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by", "during"}):
                    for noun in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "VERB"}):
                        after = tok.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
                        if self.own_rules and after is not None and self._nominal_gerund(after):
                            noun = after  # "in Israeli tank shelling" parsed as "in tank" + "shelling"
                        nm = self.best(noun, noun=True)
                        if noun.pos_ == "NOUN" and nm is not None:
                            src = self.noun_actors(noun, actors)[0]
                        elif self.own_rules and self._nominal_gerund(noun) and nm is not None:
                            src = self._gerund_actor(noun, actors)
                        else:
                            continue
                        if self.own_rules and code == "190" and nm[0].code[:2] in VIOLENT_ROOTS \
                                and (prep.lower_ != "by" or passive) and noun.lemma_.lower() not in self.lex.accident_nouns \
                                and noun.lemma_.lower() not in self.lex.symmetric_words:  # clashes have two sides
                            # "killed in tank shelling": one attack, not a killing and a shelling (a
                            # specific killing, "killed a commander in a strike", keeps both)
                            consumed.add(noun.i)
                            cand.noun_arg = noun.i
                            code = cand.code = nm[0].code
                            notes.append(f"one-event-with:{noun.lemma_}")
                        if src is not None and src.code and _uncoded(sources):
                            sources = [src]
                            notes.append(f"source-from-event-noun:{noun.lemma_}")
            if self.own_rules and passive and code in STATE_ONLY_CODES and _uncoded(sources):
                # "a curfew was imposed in Nairobi": by the government of the place
                patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), tok)
                gov_src, whence = self._clause_actor(patient, actors, code)
                if gov_src is not None:
                    sources = [gov_src]
                    notes.append("source" + whence.replace(",place", ":place"))
            if passive and code[:2] in VIOLENT_ROOTS and _uncoded(sources):
                # "a mortar bomb was fired at it from the Gaza Strip": fired by whoever holds the place
                for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
                    for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                        r = actors.resolve(pobj)
                        if r is not None and r.code and r.kind == "country":
                            sources = [r]
                            notes.append("source:launched-from")
            if self.own_rules and code == "124" and pattern.xcomp == "continue":
                # "Hamas vowed to continue attacks on Israel": to go on with violence is a threat of force
                # (138); "vowed to continue their protest" refuses to yield (124)
                cont = next((x for x in tok.children if x.dep_ == "xcomp" and x.lemma_.lower() == "continue"), None)
                cobj = next((x for x in cont.children if (x.dep_ == "dobj" and x.pos_ == "NOUN")
                             or (x.dep_ == "xcomp" and x.tag_ == "VBG")), None) if cont is not None else None
                going_on = self.best(cobj, noun=cobj.pos_ == "NOUN") if cobj is not None else None
                if cobj is not None and going_on is not None and going_on[0].code[:2] in VIOLENT_ROOTS:
                    code = cand.code = "138"
                    notes.append(f"continued violence:{cobj.lemma_}")
                    # "their attacks on Israel": whom the attacks hit is threatened, not "their" owner
                    attacked = self.noun_actors(cobj, actors)[1] if cobj.pos_ == "NOUN" else None
                    targets = [attacked if attacked is not None and attacked.code else None]
            if self.own_rules and code[:2] in VIOLENT_ROOTS | {"17"} and (score := _scoreline(tok)):
                # "Real Madrid crushed Barcelona 4-0": a result, not a crackdown
                found.append(Candidate(code, tok.i, si, rule, status="rejected", reason=f"sport: scoreline '{score}'",
                                       pattern=pattern))
                continue
            accident = self._accident(tok) if code[:2] in VIOLENT_ROOTS or code.startswith("171") else None
            if accident is not None:
                found.append(Candidate(code, tok.i, si, rule, status="rejected",
                                       reason=f"accident: '{accident.text}' is no political actor", pattern=pattern))
                continue
            # what the pattern's $ + % slots found overrides the parse roles
            claims = match.claims
            pairs: list[tuple[Resolved | None, Resolved | None]]
            reverse: set[tuple[int, int]] = set()  # pairs that exist only because the target acts too
            if len(claims.get("compound", [])) >= 2:
                members = claims["compound"]
                pairs = [(a, b) for a in members for b in members if a.code != b.code]
                notes.append("compound: members act on each other")
            else:
                if claims.get("source"):
                    sources = list(claims["source"])
                    notes.append("source:pattern-$")
                if claims.get("target"):
                    targets = list(claims["target"])
                    notes.append("target:pattern-+")
                    if subj_tok is not None and subj_tok.i in match.claimed_tokens and not claims.get("source"):
                        # "X noted that + Y regretted": Y is the target, X the source
                        sources = self._governing_subjects(tok, actors)
                        notes.append("source:governing-clause")
                if all(t is None or not t.code for t in targets):
                    avoid = {x.i for x in subj_tok.subtree} if subj_tok is not None else set()
                    if own_forces and obj_tok is not None:
                        avoid |= {x.i for x in obj_tok.subtree}  # "withdrew its troops": its own, no target
                    avoid |= goods
                    # "dismissed reports that Turkish jets bombed X": who a report says did something is not what
                    # its dismissal rejects (the reported act is denied, see Modality)
                    said = {x.i for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in REPORT_NOUNS
                            for c in o.children if c.dep_ in {"acl", "ccomp"} for x in c.subtree} \
                        if self.own_rules and tok.lemma_.lower() in DISMISSING_VERBS else set()
                    avoid |= said
                    topic = tok.lemma_.lower() in lex.topic_verbs  # "to discuss efforts against X": X is a topic
                    vp = (self._partners(tok, actors) if self.own_rules else []) if topic \
                        else self._vp_actors(tok, actors, avoid, code) or ([] if said else self._clause_subjects(tok, actors))
                    # "Trump warned that Washington had identified 52 Iranian sites": the source's own side,
                    # reported in its clause, is not what it acts on
                    # "Trump warned that Washington had identified 52 Iranian sites": the source itself, or its
                    # own country named in its clause, is not what it acts on
                    coded = [x for x in sources if x is not None and x.code]
                    if coded and vp and not topic and any(_same_side(t, coded, tok.doc) for t in vp):
                        vp = [t for t in vp if not _same_side(t, coded, tok.doc)]
                        notes.append("target:skipped-the-source's-own-side")
                    if vp and self.own_rules and code[:2] in {"03", "04", "05"} \
                            and any(x is not None and x.code for x in sources) \
                            and (code[:2] != "04" or self._symmetric(tok, pattern, obj_tok)) \
                            and all(t.token >= 0 and self._locative(tok.doc[t.token], tok) for t in vp):
                        # "G7 leaders met in Hiroshima": where they met is no partner (a host visited is 042/043);
                        # "X and Y agreed in Ankara to end their dispute", "Iran pledged in Vienna to ...": nor where
                        # one promises or agrees
                        notes.append("target:meeting-place-is-no-partner")
                    elif vp:
                        targets = list(vp)
                        notes.append("target:first-actor-in-phrase")
                    elif tok.dep_ in {"xcomp", "advcl"} and not any(c.dep_ in SUBJ | {"nsubjpass", "mark"} for c in tok.children):
                        # "met with Y to discuss Z": the purpose shares the meeting's partner ("apologised to the
                        # public after a crowd marched": a clause with its own subject or time mark does not)
                        shared = [c.target for c in found if c.trigger == tok.head.i and c.target is not None
                                  and c.target.code]
                        if shared:
                            targets = [shared[0]]
                            notes.append("target:shared-with-governing-event")
                pairs = [(s, t) for s in sources for t in targets]
                if self._symmetric(tok, pattern, obj_tok):
                    coded = [x for x in sources if x is not None and x.code]
                    placed = [t for t in targets if t is not None and t.code and t.token >= 0
                              and self._locative(tok.doc[t.token], tok)]
                    if len(coded) >= 2 and all(t is None or not t.code or t in placed for t in targets):
                        # "Russia and Turkey held talks in Moscow": they talk to each other, not to Moscow
                        # "Belgium and Singapore pledge to cooperate": each acts with the other
                        # two forces of one code are still two sides ("the Sudanese army and the Rapid Support Forces")
                        pairs = [(a, b) for a in coded for b in coded if a.code != b.code
                                 or (a.entity is not None and b.entity is not None and a.entity != b.entity)]
                        notes.append("symmetric: conjoined actors act on each other")
                    elif coded and any(t is not None and t.code for t in targets) and not (
                            len(coded) == 1 and tok.lemma_.lower() in lex.initiator_words):
                        back = [(t, s) for s, t in pairs if s is not None and t is not None and s.code and t.code
                                and (t.token < 0 or not self._locative(tok.doc[t.token], tok))]  # "meet in Zurich": no Swiss partner
                        reverse = {(id(a), id(b)) for a, b in back}
                        pairs += back
                        notes.append("symmetric: the target acts too")
                if self.own_rules and "symmetric: conjoined actors act on each other" not in notes:
                    pairs = self._each_own(tok.doc, pairs, notes)
                if code[:2] == "14" and all(t is None or not t.code for _, t in pairs):
                    place = self._foreign_place(tok, [x for x, _ in pairs])
                    if place is not None and all(x is not None and x.code.startswith("---") for x, _ in pairs):
                        # "2,000 teachers are protesting in Gondor": people of no stated country
                        # protesting there are its own people, not foreigners protesting against it
                        pairs = [(replace(x, code=place.code[:3] + x.code[3:]) if x is not None else x, t) for x, t in pairs]
                        notes.append("source:country-of-protest-place")
                    elif place is not None:
                        pairs = [(x, place) for x, _ in pairs]
                        notes.append("target:protest-in-foreign-country")
            posted = self._posted_to(target_tok, actors) if self.own_rules and target_tok is not None else None
            if posted is not None and all(x is not None and t is not None and x.code and t.code
                                          and x.code[:3] == t.code[:3] != posted.code[:3] for x, t in pairs):
                # "Algeria recalled its ambassador to Paris": the envoy is the sender's own, the
                # country he is posted to is the one the act is about
                pairs = [(x, posted) for x, _ in pairs]
                notes.append("target:country-the-envoy-is-posted-to")
            if self.own_rules and code in RIOT_CODES and subj_tok is not None and subj_how in {"subject", "passive-agent"} \
                    and all(m.lemma_.lower() in RIOTER_NOUNS for m in _members(subj_tok)):
                # "protesters torched the embassy": a violent protest; "blockaded the port": obstruction
                code = cand.code = "144" if code == "191" else "145"
                notes.append(f"violent-protest:{subj_tok.lemma_}")
            if self.own_rules and code == "192" and subj_tok is not None and subj_how == "subject" \
                    and all(self._counted(m).lemma_.lower() in RIOTER_NOUNS | CROWD_NOUNS for m in _members(subj_tok)):
                # "the crowd marched into the Green Zone": protesters entering a place demonstrate there;
                # troops marching into a province occupy it
                code = cand.code = "141"
                notes.append(f"crowd-entered:{subj_tok.lemma_}")
            negated, modality, mnotes = self.modality(tok, match.words)
            if self.own_rules and reverse and any(n.startswith(("modal-verb:", "modal-adjective:")) for n in mnotes):
                # "France is determined to mend ties with Rwanda", "X wants to meet Y": the wish is the
                # subject's own; the partner wishes nothing ("X will meet Y" is both sides' future)
                pairs = [(a, b) for a, b in pairs if (id(a), id(b)) not in reverse]
                reverse = set()
                notes.append("symmetric: a wish is one side's")
            if self.own_rules and pattern.xcomp is not None and not negated:
                # "found the activists not guilty": the complement the pattern needs is denied
                comp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == pattern.xcomp), None)
                if comp is not None and any(c.dep_ == "neg" for c in comp.children):
                    negated = True
                    mnotes = [*mnotes, f"neg:{comp.text}"]
            notes.extend(mnotes)
            attributed = self._attribution(tok, actors)
            armed = subj_tok is not None and any((actors.agent_of(x) or ("", "", ""))[0] in ARMED_SECTORS
                                                 for x in subj_tok.subtree if x.pos_ == "NOUN")
            seizing = self.own_rules and code in {"173", "1711"} and pattern.obj is None \
                and tok.lemma_.lower() in lex.seizing_verbs
            if seizing and target_tok is not None and target_tok.lemma_.lower() in lex.figurative_objects:
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.text} {target_tok.text}': a contest won, nobody seized"))
                continue  # "Sanders captured the primary", "seized the lead"
            # what was seized: the object, or a coded actor the parser hung elsewhere ("Clinton captured
            # Virginia, Georgia and Texas", an npadvmod)
            seized = (target_tok or next((tok.doc[t.token] for _, t in pairs if t is not None and t.code
                                          and 0 <= t.token < len(tok.doc)), None)) if seizing else None
            if seized is not None and self._place_object(seized, actors):
                if armed or any(x is not None and _armed_code(x.code) for x in sources):
                    code = cand.code = "192"  # "rebels captured the town": territory taken, nobody arrested
                    notes.append(f"territory:{seized.text}")
                else:  # "Cruz captured Texas": a state won in a vote
                    found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                           reason=f"'{tok.text} {seized.text}': a place won, nobody seized"))
                    continue
            if self.own_rules and target_tok is not None and (
                    (code == "0841" and pattern.obj is None and not pattern.noun)
                    or (code == "1243" and pattern.xcomp in {"release", "free"}
                        and target_tok.lemma_.lower() in PUBLISHED_THINGS)) and self._thing(target_tok, actors):
                # "released 30 years of tax returns", "a survey released on Thursday": no one set free;
                # "refused to release his tax returns" keeps no one captive either
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.text}' a thing ('{target_tok.text}'), nobody set free"))
                continue
            if self.own_rules and code.startswith("086") and pattern.obj == "access":
                # "donors were granted access to the State Department": an office or a person reached,
                # political access, not aid workers let into an area
                reached = next((g for a in tok.children if a.dep_ in {"dobj", "nsubjpass"} and a.lemma_.lower() == "access"
                                for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
                                for g in p.children if g.dep_ == "pobj"), None)
                if reached is not None and not self._place_object(reached, actors) \
                        and reached.lemma_.lower() not in PEOPLE_IN_NEED and (
                        reached.ent_type_ in {"PERSON", "ORG"} or actors.mention_for(reached) is not None
                        or actors.agent_of(reached) is not None):
                    found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                           reason=f"access to '{reached.text}': an office or a person, no humanitarian access"))
                    continue
            hoped = next((c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}), None) \
                if self.own_rules and code == "013" and tok.lemma_.lower() == "hope" and pattern.obj is None else None
            hostile = self.best(hoped, noun=False) if hoped is not None else None
            if hoped is not None and hostile is not None and hostile[0].code[:2] in {"11", "12", *HOSTILE_ROOTS}:
                # "hoped the French officers would be indicted", "hopes the army will crush the rebels": a wish
                # for something hostile is no optimistic comment (the wished event is coded as unrealised)
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.text}' for a hostile act ('{hoped.text}'), no optimism"))
                continue
            if self.own_rules and code == "070" and tok.lemma_.lower() == "help" and pattern.obj is None \
                    and not pattern.noun and (target_tok is None or target_tok.pos_ not in {"NOUN", "PROPN", "PRON"}
                                              or self._thing(target_tok, actors)
                                              or (subj_tok is not None and (self._thing(subj_tok, actors)
                                                                            or subj_tok.lower_ in {"it", "this", "that"}))
                                              or not any(x is not None and x.code for x in sources)):
                # "helped ease tensions", "it will help both sides", "the rains helped the harvest", "the money
                # will help refugees", "helped the poor": help is aid only when an actor helps somebody
                # the event nouns it took as its actors stand alone ("praise from Putin helps Trump")
                consumed.difference_update(t.i for t in (subj_tok, target_tok) if t is not None and self.best(t, noun=True))
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.text}' with no actor helping somebody"))
                continue
            if code == "020" and self.own_rules and tok.lemma_.lower() == "call" and pattern.obj is None \
                    and not pattern.noun and pattern.prep_object is None and not any(
                        (c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon", "for"})
                        or ((c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "advcl" and any(g.tag_ == "TO" for g in c.children)))
                            and c.pos_ in {"VERB", "AUX"} and c.lemma_.lower() not in PHONED_VERBS)
                        or (c.dep_ in {"xcomp", "ccomp", "advcl"} and any(g.dep_ == "mark" and g.lower_ == "for"
                                                                         for g in c.children)) for c in tok.children):
                # "called Trump a fascist", "called her to say they would not vote", "Texas was called for
                # Cruz", "calling him out": naming, phoning, a race called; an appeal calls on somebody
                # or for something ("called on NATO to act", "called the rebels to lay down arms")
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.text}' without on or for: naming or phoning, no appeal"))
                continue
            if code == "051" and self.own_rules and tok.lemma_.lower() in STANCE_VERBS and pattern.obj is None \
                    and not pattern.noun and not any(c.dep_ in {"dobj", "dative"} for c in tok.children) \
                    and any(c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG" and not any(
                        g.dep_ in SUBJ | {"poss"} for g in c.children) for c in tok.children):
                # "the senator supports deporting illegal immigrants", "lawmakers endorsed making it harder to
                # enter": backing a course of action, a policy stance; nobody is praised or endorsed (the
                # people the policy would act on are no target of the praise)
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.text}' a course of action: a policy stance, nobody endorsed"))
                continue
            if code[:2] == "19" and self.own_rules and tok.lemma_.lower() in {"fight", "battle"} and tok.tag_ == "VBG" \
                    and tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
                # "the coalition fighting the Islamic State", "local forces battling the rebels": a participle that
                # says who a party is, a standing description repeated in story after story, no dated clash
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.head.text} {tok.text}': a description of a party, no dated clash"))
                continue
            if code == "154" and self.own_rules and tok.lemma_.lower() in {"station", "base"} and any(
                    c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in tok.children) \
                    and not any(c.dep_ == "aux" for c in tok.children):
                # "about 800 soldiers are stationed in Chad": where forces stand, a state, not a deployment
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.text}' in the present: a standing posture, no deployment"))
                continue
            if code == "175" and self.own_rules and tok.lemma_.lower() == "disperse" and pattern.obj is None \
                    and not any(c.dep_ in {"dobj", "nsubjpass", "auxpass", "agent"} for c in tok.children) \
                    and subj_tok is not None and any(x is not None and x.code and _sector(x.code) == "CVL" for x in sources):
                code = cand.code = "082"  # "as the crowd dispersed": the protesters going home (as 'disperse peacefully')
                notes.append("crowd-dispersing")
            if code == "130" and self.own_rules and tok.lemma_.lower() == "warn" and pattern.obj is None \
                    and not pattern.noun and any(c.dep_ == "auxpass" for c in tok.children) \
                    and not any(c.dep_ in {"agent", "ccomp", "dobj"} or (c.dep_ == "xcomp" and not self._in_time(tok)) or (
                        c.dep_ == "prep" and c.lower_ in {"against", "by"}) for c in tok.children):
                # "the troops had been warned in time", "he had been warned about the raids": somebody was
                # told of a danger ahead by nobody named; a threat names who warns or what it threatens
                # ("Iran was warned that any attack would be met with force", "were warned to disperse")
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"'{tok.text}' in the passive with no one warning: a notice, no threat"))
                continue
            if code == "130" and self.own_rules and tok.lemma_.lower() == "warn" and pattern.obj is None \
                    and not pattern.noun and pattern.prep_object is None \
                    and not any(c.dep_ in {"dobj", "dative", "nsubjpass", "auxpass"} or (
                        c.dep_ == "prep" and c.lower_ in {"against", "to"}) for c in tok.children) \
                    and not self._warned_act(tok, sources, actors):
                # "warned that the toll could rise", "warned of heightened tensions", "it is undermining our
                # values, he warned": a forecast (012, pessimistic comment); a threat warns somebody or
                # announces the speaker's own response ("warned that any attack would be met with force")
                code = cand.code = "012"
                notes.append("warning-as-forecast")
            if code == "0831" and self.own_rules and tok.lemma_.lower() == "stand" and pattern.particle == "down" \
                    and sources and all(x is not None and x.code and (len(x.code) == 3 or _sector(x.code) in ARMED_SECTORS)
                                        for x in sources):
                code = cand.code = "087"  # "Iran appears to be standing down", "the troops stood down": de-escalation
                notes.append("standing-down-force")
            if code.startswith("04") and self.own_rules and tok.lemma_.lower() == "meet" \
                    and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children) \
                    and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                        g.dep_ == "pobj" and self._thing(g, actors) for g in c.children) for c in tok.children):
                # "the plan was met with criticism", "any attack will be met with a forceful response": a
                # reaction it drew, nobody meets ("was met by officials at the airport" stays a meeting)
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"passive '{tok.text} with' a thing: a reaction, no meeting"))
                continue
            if code == "042" and self.own_rules and tok.lemma_.lower() == "fly" and any(
                    c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
                # "was flown to Berlin for treatment", "the bodies will be flown home": carried there, no visit
                found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                       reason=f"passive '{tok.text}': carried there, no visit"))
                continue
            if code in {"0874", "087"} and self.own_rules and pattern.obj is None and not pattern.noun and not armed:
                thing = next((c for c in tok.children if c.dep_ == "dobj"), None)
                civil = sources and all(x is not None and x.code and _sector(x.code) in CIVIL_SECTORS for x in sources)
                if code == "0874" and thing is not None and self._thing(thing, actors):
                    # "withdrew the statement", "pulled out her credentials": something taken back, no force
                    found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                           reason=f"'{tok.text} {thing.text}': a thing taken back, no retreat"))
                    continue
                if civil:
                    # "the protesters withdrew", "the senator pulled out", "the crowd pulled back": people
                    # leaving a place or a race; no force retreats or de-escalates
                    found.append(Candidate(code, tok.i, si, rule, status="rejected", pattern=pattern,
                                           reason=f"'{tok.text}': a civilian or political actor leaving, no retreat"))
                    continue
            if code == "190" and self.own_rules and tok.lemma_.lower() in {"raid", "storm"} and sources and all(
                    x is not None and x.code and _sector(x.code) in {"COP", "JUD"} for x in sources):
                # "police raided the offices", "prosecutors raided", "police stormed the embassy": law enforcement's
                # force is coercion (17), not a military assault
                code = cand.code = "170"
                notes.append("raid-by-police")
            if code == "0874" and self.own_rules and sources and not armed and all(
                    x is not None and x.code and self._unarmed_body(x) for x in sources):
                code = cand.code = "166"  # "the aid group pulled out of X": a withdrawal of a non-military presence
                notes.append("withdrawal-of-unarmed-body")
            for s, t in pairs:
                if code != NULL_CODE:
                    c = replace(cand, source=s, target=t, negated=negated, modality=modality, attributed_to=attributed,
                                notes=[*notes, REVERSED] if (id(s), id(t)) in reverse else list(notes))
                    if self.own_rules and (cand.code in RIOT_CODES or cand.code == "145") and cand.code not in {"191", "1712"}:
                        c.code = self._crowd_code(cand.code, s, t, mutual=tok.lemma_.lower() in lex.symmetric_words)
                    found.append(self._judge(c, discard))
                    if self.own_rules and code == "173" and tok.lemma_.lower() == "sentence":
                        # PLOVER: a court's sentence is a conviction (SANCTION) besides the detention
                        found.append(self._judge(replace(c, code="116", notes=[*notes, "sentence: also convicted"]), discard))
                if pattern.reverse_code:
                    c = replace(cand, code=pattern.reverse_code, source=t, target=s, negated=negated,
                                modality=modality, attributed_to=attributed, notes=[*notes, "reverse code: target acts back"])
                    found.append(self._judge(c, discard))
        # event nouns that are not arguments of a coded verb
        for tok in sent:  # type: ignore[attr-defined]
            gerund = self.own_rules and tok.pos_ == "VERB" and self._nominal_gerund(tok)
            if (tok.pos_ not in {"NOUN", "PROPN"} and not gerund) or tok.i in consumed:
                continue
            nmatch = self.best(tok, noun=True)
            if nmatch is None:
                continue
            if tok.dep_ == "pobj" and tok.head.head.i in consumed:
                # "the lifting of the curfew was welcomed": the curfew belongs to the lifting
                owner = self.best(tok.head.head, noun=True)
                if owner is not None and owner[0].prep_object == (tok.head.lower_, tok.lemma_.lower()):
                    continue
            npattern, ntarget, _ = nmatch
            if self.own_rules and npattern.code[:2] in VIOLENT_ROOTS and tok.lemma_.lower() in lex.contest_heads:
                contest = next((c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}
                                and c.lemma_.lower() in lex.contest_modifiers), None)
                if contest is not None:
                    found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                           status="rejected", reason=f"'{contest.text} {tok.text}': a contest, not fighting",
                                           pattern=npattern))
                    continue
            if self.own_rules and tok.lower_ in ATTITUDE_SINGULARS and npattern.code[:2] in VIOLENT_ROOTS:
                found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                       status="rejected", reason=f"'{tok.text}': an attitude, not fighting",
                                       pattern=npattern))
                continue
            if npattern.prep_object is not None:
                # "the lifting of the curfew", "the threat of sanctions": one event, not two
                consumed.update(g.i for c in tok.children if c.dep_ == "prep" and c.lower_ == npattern.prep_object[0]
                                for g in c.children if g.dep_ == "pobj")
            if self.own_rules and tok.dep_ == "compound" and tok.head.lemma_.lower() in KIND_HEADS:
                found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                       status="rejected", reason=f"'{tok.text} {tok.head.text}': a kind of "
                                       f"{tok.head.text}, not an event", pattern=npattern))
                continue
            if self.own_rules and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CALLING_OFF_VERBS:
                found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                       status="rejected", reason=f"'{tok.head.text} {tok.text}': called off, "
                                       "not held", pattern=npattern))
                continue
            if tok.dep_ == "pobj" and not (self.own_rules and self._on_strike(tok, actors) is not None) and (
                    (tok.head.lower_ in lex.topic_prepositions and tok.head.head.pos_ == "NOUN")
                    or (self.own_rules and tok.head.lower_ in TOPIC_MARKERS and self._talk(tok.head.head))
                    or (self.own_rules and tok.head.lower_ == "over"
                        and tok.head.head.lemma_.lower() in BROKERING_VERBS)):
                # "a report on the attack", "attend a summit in Switzerland on the unrest", "spoke about
                # the attack": a topic
                found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                       status="rejected", reason=f"topic of '{tok.head.head.text}', not an event",
                                       pattern=npattern))
                continue
            rally = self._campaign_rally(tok, actors) if self.own_rules and not gerund else ""
            if rally:
                found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                       status="rejected", reason=rally, pattern=npattern))
                continue
            s, t, how = self.noun_actors(tok, actors)
            gov_obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None) \
                if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB" else None
            if self.own_rules and gov_obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) \
                    and (doer := actors.resolve(gov_obj)) is not None and doer.code:
                # "Vietnam thanked Japan for its donation", "criticised Russia for its invasion": the
                # pronoun is the one thanked or blamed, who did the deed
                s, how = doer, how + ",reason:object=source"
                if t is not None and t.code == doer.code:
                    t = None
            if s is None and gerund:
                s = self._gerund_actor(tok, actors)
                how += ",modifier-before-gerund=source" if s is not None else ""
            if ntarget is not None:
                t = actors.resolve(ntarget) or t
            # "X was killed in an attack by Y": the victim is the target
            gov = tok.head.head if tok.dep_ == "pobj" else tok.head if gerund and tok.dep_ == "advcl" else None
            if t is None and gov is not None and gov.pos_ == "VERB":
                victim = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
                if victim is not None and not _nobody(victim):  # not "no civilians were hurt in the strike"
                    t = actors.resolve(victim)
                    how += ",victim=target"
            if s is None:
                s, whence = self._clause_actor(tok, actors, npattern.code)
                how += whence
            ncode = npattern.code
            if self.own_rules and ncode == "190" and tok.lemma_.lower() == "strike" and (
                    (tok.dep_ == "pobj" and tok.head.lower_ == "on") or (s is not None and self._civilian(s))):
                ncode = "143"  # "out on strike", "the teachers' strike": a labour strike
                how += ",labour-strike"
            if t is None and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and s is not None and "reason:" not in how \
                    and not (self.own_rules and ",place=" in how):
                # "rebels engaged Filipino peacekeepers in a firefight": the object is the target (not when
                # the source is only where the event happened: "detained 50 people during protests in Tehran")
                obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
                t = actors.resolve(obj) if obj is not None else None
                if t is not None:
                    how += ",object=target"
            if self.own_rules and "between=" in how and ncode in RIOT_CODES:
                # "clashes between police and protesters": as the verb, repression by the forces
                ncode = self._crowd_code(ncode, s, t, mutual=tok.lemma_.lower() in lex.symmetric_words)
            if self.own_rules and ncode == "087" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CEASEFIRE_DECLARING:
                ncode = "0871"  # "announced a suspension of attacks": a declared ceasefire, as the verb form
                how += f",declared:{tok.head.lemma_.lower()}"
            negated, modality, mnotes = self.modality(tok)
            if self.own_rules and not negated and "clause-subject" in how:
                clause = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                if clause is not None and any(c.dep_ == "neg" for c in clause.children):
                    # "the minister did not meet his counterpart during the summit": the actors the noun
                    # takes from its clause did not do what the clause denies
                    negated = True
                    mnotes = [*mnotes, f"negated clause:{clause.text}"]
            # "Both men had been placed under sanctions": a group is each of its actors, one event each
            for s1, t1 in [(one, t) for one in self._members_of(s, actors)] + [
                    (s, one) for one in self._members_of(t, actors)[1:]]:
                c = Candidate(ncode, tok.i, si, f"pattern:{npattern.source}:{npattern.id}", s1, t1, negated, modality,
                              self._attribution(tok, actors), notes=[f"event-noun({how})", *mnotes], pattern=npattern)
                found.append(self._judge(c, discard))
        if self.own_rules:  # our lexicon's rules; off when coding with the user's dictionaries only
            self._consequences(found)
            self._means(found)
            self._backgrounds(found)
            self._blamed_things(found)
            self._avenged(found)
            found.extend(self._receipt_rules(si, sent, actors, found, discard))
            found.extend(self._speech_rules(si, sent, actors, found))
            found.extend(self._intent_rules(si, actors, found, discard))
        self._register_subjects(sent, actors)
        yield from found

    @staticmethod
    def _each_own(doc: Doc, pairs: list[tuple[Resolved | None, Resolved | None]],
                  notes: list[str]) -> list[tuple[Resolved | None, Resolved | None]]:
        """"Latvia and Estonia condemned the detention of their citizens": "their" refers back to the coordinated
        countries, so each acts for its own people, not for the last-named one's."""
        countries = {x.code[:3] for x, _ in pairs if x is not None and x.kind == "country" and len(x.code) == 3}
        if len(countries) < 2:
            return pairs
        out: list[tuple[Resolved | None, Resolved | None]] = []
        for x, t in pairs:
            if x is not None and t is not None and t.code and t.token >= 0 and t.code[:3] in countries \
                    and x.code[:3] in countries and len(t.code) > 3 \
                    and any(c.dep_ == "poss" and c.lower_ == "their" for c in doc[t.token].children):
                t = replace(t, code=x.code[:3] + t.code[3:])
                if "target:each-subject's-own" not in notes:
                    notes.append("target:each-subject's-own")
            out.append((x, t))
        return out

    def _consequences(self, found: list[Candidate]) -> None:
        """"Rebels shelled the town, killing eight": the killing is what the shelling did, one
        event with its toll, not a second attack."""
        violent = {c.trigger for c in found if c.status == "event" and c.code[:2] in VIOLENT_ROOTS}
        for c in found:
            trig = self._doc[c.trigger]
            if (c.status == "event" and c.code[:2] in VIOLENT_ROOTS and trig.tag_ == "VBG" and trig.dep_ == "advcl"
                    and trig.head.i in violent and trig.i > trig.head.i and trig.left_edge.i > 0
                    and self._doc[trig.left_edge.i - 1].text in {",", ";", "—", "–"}
                    and not any(x.dep_ in SUBJ for x in trig.children)):
                c.status, c.reason = "rejected", f"consequence of '{trig.head.text}'"
        # "denounced the strike, branding it a violation", "condemned the vote, labelling it a farce": the
        # name given is how the first verb judged the same thing, one act of speech and not two
        judging = {c.trigger: c.code[:2] for c in found if c.status == "event"}
        for c in found:
            trig = self._doc[c.trigger]
            if (c.status == "event" and trig.lemma_.lower() in NAMING_VERBS and trig.tag_ == "VBG"
                    and trig.dep_ in {"advcl", "xcomp", "conj"} and judging.get(trig.head.i) == c.code[:2]
                    and trig.head.lemma_.lower() in CHARACTERIZING_VERBS and trig.i > trig.head.i
                    and not any(x.dep_ in SUBJ for x in trig.children)):
                c.status, c.reason = "rejected", f"naming what '{trig.head.text}' judged"

    def _means(self, found: list[Candidate]) -> None:
        """"The general was killed in a US drone strike", "two soldiers were wounded in a rebel attack":
        the strike is how the killing was done, one act and not two. The act keeps the code that says
        more (the drone strike's 1952 over a plain killing, as "shelled the town, killing eight" keeps
        the shelling); a plain "attack" or "fighting" (180, 190) gives way to the verb's own code."""
        nouns = {c.trigger: c for c in found if c.status == "event" and c.code[:2] in VIOLENT_ROOTS
                 and self._doc[c.trigger].pos_ == "NOUN"}
        for c in found:
            trig = self._doc[c.trigger]
            if c.status != "event" or c.code[:2] not in VIOLENT_ROOTS or trig.pos_ != "VERB":
                continue
            means = next((nouns[g.i] for p in trig.children if p.dep_ == "prep" and p.lower_ in {"in", "by"}
                          for g in p.children if g.dep_ == "pobj" and g.i in nouns), None)
            if means is None or means.negated != c.negated or means.modality != c.modality:
                continue
            keep, drop = (c, means) if means.code in {"180", "190"} and c.code not in {"180", "190"} else (means, c)
            # the verb's own subject and object are who did it and to whom ("French troops killed a
            # commander in a drone strike in Mali": the commander, not the place of the strike)
            keep.source = c.source if c.source is not None and c.source.code else means.source or c.source
            keep.target = c.target if c.target is not None and c.target.code else means.target or c.target
            drop.status, drop.reason = "rejected", f"one act with '{self._doc[keep.trigger].text}' ({keep.code})"

    def _blamed_things(self, found: list[Candidate]) -> None:
        """"Officials blamed a technical failure", "blaming human error", "blamed the fall in oil prices": a
        blame laid on a thing, with nobody named in it nor an "on" phrase naming someone, explains; it
        accuses no one ("blamed the rebels", "blamed the attack on the militia", "blamed them" do)."""
        actors = self._actors
        for c in found:
            trig = self._doc[c.trigger]
            if c.status != "event" or not c.code.startswith("112") or trig.lemma_.lower() != "blame" or trig.pos_ != "VERB":
                continue
            obj = next((x for x in trig.children if x.dep_ == "dobj"), None)
            if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
                continue
            named = [t for x in trig.children if x.dep_ == "prep" and x.lower_ in {"on", "for"}
                     for t in x.subtree] + [t for t in obj.subtree if not (t.dep_ == "poss" and t.pos_ == "PRON")]
            if not any((r := actors.resolve(t)) is not None and r.code for t in named if t.pos_ in {"NOUN", "PROPN", "PRON"}):
                c.status, c.reason = "rejected", f"blame laid on a thing: '{obj.text}'"

    def _backgrounds(self, found: list[Candidate]) -> None:
        """"The civilians imprisoned for dissent were released": a reduced relative that
        describes a participant of the sentence's event is its background, not news."""
        coded = {c.trigger for c in found if c.status != "rejected"}
        for c in found:
            trig = self._doc[c.trigger]
            garden = self._garden_path(trig)
            if c.status != "rejected" and garden is not None and garden[1].i in coded:
                c.status, c.reason = "rejected", f"background: describes '{garden[0].text}' of '{garden[1].text}'"
                continue
            if c.status != "rejected" and self.own_rules and c.code[:2] in VIOLENT_ROOTS and trig.pos_ == "NOUN" \
                    and not (c.source and c.source.code) and _fled_from(trig):
                # "refugees fleeing fighting in Myanmar", "escaped the violence in Darfur": why people left, not news
                c.status, c.reason = "rejected", f"background: what people flee ('{trig.text}')"
                continue
            if c.status == "rejected" or trig.dep_ not in {"acl", "relcl"}:
                continue
            noun = trig.head
            if trig.dep_ == "relcl" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in trig.children) \
                    and noun.dep_ == "pobj" and c.code[:2] in HOSTILE_ROOTS:
                # "a campaign against the group that has seized parts of Iraq": who the group is
                c.status, c.reason = "rejected", f"background: what '{noun.text}' has done before"
                continue
            if trig.dep_ != "acl" or trig.tag_ != "VBN":
                continue
            if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and noun.head.i in coded and noun.head.i != trig.i:
                c.status, c.reason = "rejected", f"background: describes a participant of '{noun.head.text}'"

    def _avenged(self, found: list[Candidate]) -> None:
        """"Promised revenge for Soleimani's death", "condemned the killing of X": a reaction to
        a killing is aimed at the killer, never at the victim."""
        for c in found:
            if c.status == "rejected" or c.code[:2] not in {"11", "12", "13"} or c.target is None:
                continue
            noun = next((n for n in self._doc[c.trigger].subtree if n.lemma_.lower() in PATIENT_NOUNS
                         and any(x.i == c.target.token for x in n.subtree)), None)
            if noun is None or noun.lemma_.lower() not in {"killing", "kill", "assassination", "death", "murder", "execution"}:
                continue
            killer = next((e.source for e in reversed([*self._doc_events, *found]) if e is not c and e.status == "event"
                           and e.code[:2] in VIOLENT_ROOTS and e.target is not None and e.source is not None
                           and e.source.code and e.target.code == c.target.code), None)
            c.notes.append(f"target: who killed {c.target.text}" if killer else f"target: not the victim {c.target.text}")
            c.target = killer
            if not (c.source and c.source.code) and killer is None:
                c.status, c.reason = "rejected", "no coded actor"

    def _receipt_rules(self, si: int, sent: object, actors: DocActors, found: list[Candidate], discard: str) -> list[Candidate]:
        """"Georgian demonstrators received weapons from the government": the giver is the source
        and the receiver the target of what giving that object codes (072 here)."""
        extra: list[Candidate] = []
        events_at = {c.trigger for c in found if c.status != "rejected"}
        for tok in sent:  # type: ignore[attr-defined]
            if tok.lemma_.lower() not in RECEIVING_VERBS or tok.pos_ != "VERB" or tok.i in events_at:
                continue
            for obj in self._objects(tok):
                code = self.gift_codes.get(obj.lemma_.lower())
                if code is None and obj.lemma_.lower() in WEAPON_SYSTEM_HEADS and any(
                        m.dep_ in {"compound", "amod"} and m.lemma_.lower() in WEAPON_SYSTEM_KINDS for m in obj.children):
                    code = self.gift_codes.get("weapon")  # "received missile batteries from Germany"
                if code is None or obj.dep_ == "nsubjpass":
                    continue
                giver = next((g for h in (tok, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                              for g in c.children if g.dep_ == "pobj"), None)  # "received X from Y", "X from Y"
                if giver is None:
                    continue
                subj_tok, _how = self._subject(tok)
                sources = [r for r in self._all(actors, _members(giver, actors)) if r is not None and r.code]
                targets = self._all(actors, _members(subj_tok, actors)) if subj_tok is not None else [None]
                negated, modality, mnotes = self.modality(tok)
                if any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children):
                    negated, mnotes = True, [*mnotes, "det:no"]  # "received no support from Y"
                for c in found:  # the object noun is this event, not one of its own
                    if c.trigger == obj.i and c.status != "rejected":
                        c.status, c.reason = "rejected", f"received from '{giver.text}'"
                for src in sources:
                    for tgt in targets:
                        extra.append(self._judge(Candidate(
                            code, tok.i, si, f"rule:received-from:{obj.lemma_.lower()}", src, tgt, negated, modality,
                            self._attribution(tok, actors), notes=[f"receipt of '{obj.text}' from '{giver.text}'", *mnotes],
                        ), discard))
                break
        return extra

    def _speech_rules(self, si: int, sent: object, actors: DocActors, found: list[Candidate]) -> list[Candidate]:
        """Reported condemnations and accusations that no single verb pattern expresses."""
        extra: list[Candidate] = []
        for tok in sent:  # type: ignore[attr-defined]
            if tok.lemma_.lower() not in self.lex.speech_verbs:
                continue
            subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
            speaker = actors.resolve(subj) if subj is not None else None
            if speaker is None or not speaker.code:
                continue
            sneg, scond = self._statement_unreal(tok)
            if sneg or scond:
                continue  # "X did not say Y attacked", "if X says …": no accusation is made
            for comp in (c for c in tok.children if c.dep_ == "ccomp"):
                # "X said the strike was a flagrant violation": X denounces whoever struck
                attr = next((c for c in comp.children if c.dep_ == "attr"), None)
                csubj = next((c for c in comp.children if c.dep_ in SUBJ), None)
                if comp.lemma_ == "be" and attr is not None and csubj is not None and attr.lemma_.lower() in self.lex.condemnation_nouns:
                    target = None
                    if self.best(csubj, noun=True) is not None:
                        target = self.noun_actors(csubj, actors)[0] or self._previous_source(csubj, found)
                    else:
                        target = actors.resolve(csubj)
                    if target is not None and target.code:
                        extra.append(Candidate("111", tok.i, si, "rule:reported-condemnation", speaker, target,
                                               notes=[f"copula:{csubj.text} is {attr.text}"]))
                # "X said Y was developing plans to attack Z": X accuses Y
                sub_idx = {t.i for t in comp.subtree}
                for c in found:
                    if (
                        c.trigger in sub_idx
                        and c.status == "unrealized"
                        and not c.negated  # "a pledge to refrain from hacking" plans no hostility
                        and c.modality in {"planned", "threatened", "wanted"}
                        and c.code[:2] in HOSTILE_ROOTS
                        and c.source is not None
                        and c.source.code
                        and c.source.code != speaker.code
                    ):
                        extra.append(Candidate("112", tok.i, si, "rule:reported-hostile-plan", speaker, c.source,
                                               notes=[f"reported {c.modality} {c.code} by {c.source.text}"]))
                        break
                # "X said Y attacked Z": X accuses Y (112); "X said X's forces struck": X claims it (015)
                for c in found:
                    if c.trigger not in sub_idx or c.code[:2] not in VIOLENT_ROOTS or (
                            c.status != "event" and c.modality != "alleged"):
                        continue  # "the UN said forces allegedly killed civilians" accuses them as well
                    if c.source is None or not c.source.code or c.source.code.startswith("---"):
                        continue
                    if speaker.code.startswith("---"):
                        break  # "officials said": an accusation needs an accuser
                    own = c.source.code[:3] == speaker.code[:3]
                    if own and c.status != "event":
                        break  # nobody claims what it calls alleged
                    if own and tok.lemma_.lower() not in self.lex.admission_verbs:
                        break  # "the Pentagon said US forces struck" reports the strike; "claimed" owns it
                    code, rule = ("015", "rule:reported-own-violence") if own else ("112", "rule:reported-violence")
                    if not own and tok.lemma_.lower() in self.lex.allegation_verbs:
                        # "X claimed Y attacked": the attack is alleged until confirmed. A victim's plain
                        # report ("Houthi media reported Saudi jets bombed …") is how news learns of most
                        # strikes: the strike stays an event, beside the accusation.
                        for o in found:
                            if o.trigger in sub_idx and o.status == "event" and o.code[:2] in VIOLENT_ROOTS \
                                    and o.source is not None and o.source.code == c.source.code:
                                o.status, o.modality, o.reason = "unrealized", "alleged", f"alleged by {speaker.text}"
                    extra.append(Candidate(code, tok.i, si, rule, speaker, c.target if own else c.source,
                                           notes=[f"reported {c.code} by {c.source.text}"]))
                    break
        return extra

    @staticmethod
    def _by_prefix(table: dict[str, str], code: str) -> str | None:
        for n in range(len(code), 1, -1):
            if code[:n] in table:
                return table[code[:n]]
        return None

    def _intent_rules(self, si: int, actors: DocActors, found: list[Candidate], discard: str) -> list[Candidate]:
        """Expressed intentions, threats and refusals: "Israel announced it would free
        prisoners" is an intent to release (0353) by Israel now, "Iran refused to release
        the crew" a refusal (1243); the released/freed event itself stays unrealised."""
        extra: list[Candidate] = []
        done: set[tuple[int, str, str, str]] = set()
        stated = [c for c in found if c.status == "event" and c.code[:2] in {"03", "12", "13"}]
        # "promised to end" (037) names only the verb; "end the curfew" says what was promised
        bare_at = {c.trigger for c in stated if _bare_infinitive(c)}
        # a bare "pledged" (030) gives way to what was pledged ("pledged to expel": 137)
        coded_at = {c.trigger for c in stated if not (len(c.code) == 3 and c.code.endswith("0"))
                    and not _bare_infinitive(c)}
        for c in list(found):
            if c.status != "unrealized" or c.trigger in coded_at or REVERSED in c.notes:
                continue  # "seeking to mend ties with Y": the intention is X's, not Y's
            trig = self._doc[c.trigger]
            gov = self._governor(trig)
            if gov is None and c.modality == "future" and trig.dep_ in {"ROOT", "conj"} and trig.pos_ == "VERB":
                gov = trig  # "Niger will withdraw its complaint": a statement of what one will do
            if c.modality in {"hypothetical", "future"} and c.code[:2] in HOSTILE_ROOTS and self._conditional(trig) \
                    and (gov is None or trig.dep_ == "ccomp"):
                gov = trig  # "X will annex the region unless …", "would strike if …": a conditional threat
            if gov is None or gov.i in coded_at:
                continue
            if gov.i in bare_at and not _with_object(c):
                continue  # only an act with its object is more specific than the bare "promise >end"
            g_lemma = gov.lemma_.lower()
            subj = next((x for x in gov.children if x.dep_ in SUBJ), None)
            speaker = actors.resolve(subj) if subj is not None else None
            addressee = c.source if c.source is not None and c.source.code else None
            ordered = self.own_rules and g_lemma in self.lex.order_verbs and c.modality == "wanted"
            if ordered and (speaker is None or not speaker.code or addressee is None or addressee.start == speaker.start or (
                    speaker.code[3:6] != "JUD" and addressee.code[:3] in {speaker.code[:3], "---"})):
                # "the president ordered the army to withdraw", "Putin ordered Russian troops to pull back": an order
                # to one's own side (or to forces of no named country) is the orderer's act, as the codebook codes
                # formal orders to go on alert (152); a court's order is a demand
                if speaker is not None and speaker.code:
                    c.status, c.modality, c.reason, c.source = "event", "asserted", "", speaker
                    c.notes.append(f"ordered-own:{g_lemma}")
                continue
            if ((g_lemma in self.lex.appeal_verbs or ordered) and speaker is not None and speaker.code and addressee is not None
                    and addressee.start != speaker.start and c.modality == "wanted"):
                # "Obama wants Putin to attack", "urged lawmakers to oust": an appeal to them; "the court ordered
                # Israel to halt its offensive": a demand
                appeal = (self._by_prefix(self.lex.order_codes, c.code) or "100") if ordered \
                    else self._by_prefix(self.lex.appeal_codes, c.code) or "020"
                if self.own_rules and g_lemma in DEMAND_VERBS:
                    appeal = "10" + appeal[2:]  # "demanded that Egypt withdraw": a demand (1056), not an appeal (0256)
                for old in found:
                    if old.trigger == gov.i and old.status == "event" and (old.code == appeal or (
                            old.code in {"020", "100"} and (ordered or appeal not in {"020", "100"}))):
                        # a pattern's "demand +withdrawal" takes the object of the act ("its troops") for the
                        # one asked; the appeal rule knows who is asked (a bare "instructed" 100 gives way to the order)
                        old.status, old.reason = "rejected", f"superseded by the specific appeal {appeal}"
                gneg, gmod, gnotes = self._governor_unreal(gov, trig)
                extra.append(self._judge(Candidate(
                    appeal, gov.i, si, "rule:appeal", speaker, addressee, negated=gneg, modality=gmod,
                    notes=[f"appeal ({gov.lemma_}) to {c.code} '{trig.text}'", *gnotes],
                ), discard))
                continue
            if self.own_rules and g_lemma in {"have", "be"} and any(x.dep_ == "advmod" and x.lower_ == "yet" for x in gov.children):
                continue  # "has yet to open the crossing": not done so far, neither refused nor intended
            refusal = g_lemma in self.lex.refusal_verbs or (c.negated and g_lemma not in self.lex.negating_verbs)
            speech = trig.dep_ == "ccomp"
            modals = {"will", "would", "shall", "'ll", "'d"} | ({"could", "may", "might"} if c.code[:2] in HOSTILE_ROOTS else set())
            if speech and not any(a.dep_ == "aux" and a.lower_ in modals for a in trig.children):
                continue  # "said Y attacked" is reported, not intended; "said it could ban X" threatens
            # "made a commitment to ease restrictions", "reiterated its pledge to free prisoners": the promise
            # given is the intention stated ("broke/kept its promise to" is no statement of it)
            promised = self.own_rules and trig.dep_ == "acl" and trig.head.dep_ == "dobj" and trig.head.head.i == gov.i \
                and trig.head.lemma_.lower() in PROMISE_NOUNS and g_lemma in PROMISE_GIVING_VERBS
            if not refusal and g_lemma not in self.lex.intent_verbs and not promised and gov.i != trig.i:
                continue
            if self.own_rules and not refusal and c.code[:2] == "06" and trig.lemma_.lower() in BUYING_VERBS:
                continue  # "plans to buy fighter jets (from X)": a purchase plan is a procurement choice, no intent to X
            table = self.lex.refusal_codes if refusal else self.lex.intent_codes
            intent = self._by_prefix(table, c.code)
            if intent is None:
                continue
            if g_lemma in THREAT_VERBS and not refusal and intent[:2] != "13":
                continue  # "threatened to end the protests by force": a threat (13x), never a concession
            if self.own_rules and g_lemma in DECIDING_VERBS and not refusal and intent[:2] == "13":
                # "the EU agreed to sanction X", "voted to expel": a decision, nobody is threatened, and no
                # cooperation is offered to X either (the bare "agreed", 030); the act itself stays planned
                for old in found:
                    if old.trigger == gov.i and old.status == "event" and old.code[:2] == "03":
                        old.status, old.reason = "rejected", f"agreed to a hostile act ({c.code}), no cooperation"
                continue
            code = intent
            if gov.i in bare_at and any(o.trigger == gov.i and o.status == "event" and o.code == code for o in found):
                continue  # "agreed to withdraw troops": the bare pattern already said as much
            source = c.source if c.source is not None and c.source.code else speaker
            speakers = {x.code[:3] for x in self._all(actors, _members(subj, actors)) if x is not None and x.code} \
                if subj is not None else set()  # "X and Y are seeking to deepen ties": both intend
            if speaker is not None and source is not None and speaker.code and not speaker.code.startswith("---") \
                    and source.code[:3] not in speakers | {speaker.code[:3]}:
                continue  # "X said Y would attack" is Y's plan reported by X, not X's intention
            reporter = trig.head if gov.i == trig.i and trig.dep_ == "ccomp" else gov  # "would strike if …, X says"
            rsubj = next((x for x in reporter.children if x.dep_ in SUBJ), None) if reporter.i != trig.i else None
            rspeaker = actors.resolve(rsubj) if rsubj is not None else None
            own = c.source is not None and 0 <= c.source.token < len(self._doc) and self._doc[c.source.token].pos_ == "PRON"
            if self.own_rules and rsubj is not None and rsubj.pos_ in {"NOUN", "PROPN"} and not own \
                    and (rspeaker is None or not rspeaker.code) \
                    and c.source is not None and c.source.code and c.source.token not in {x.i for x in rsubj.subtree}:
                continue  # "Israel could strike, analysts say": what others expect of Y is no intent of Y's
                # ("Iran said it would", "who had planned to": the speaker's own plan stays)
            if source is None:
                continue
            if self.own_rules and c.code[:2] == "15" and c.target is not None and source.code and (
                    not c.target.code or c.target.code.startswith("---") or c.target.code[:3] == source.code[:3]):
                continue  # "announced that 750 soldiers would be deployed": its own forces are moved, nobody is threatened
            # "Ethiopia's government and rebel forces agreed to a truce": each actor of the subject intends
            sources = [x for x in actors.resolve_all(subj) if x.code] if subj is not None and source.token == subj.i else []
            if not sources and 0 <= source.token < len(self._doc) and self._doc[source.token].lower_ == "they":
                sources = [x for x in actors.resolve_all(self._doc[source.token]) if x.code]  # "they" is each of a group
            target_code = c.target.code if c.target else ""
            new = [one for one in sources or [source] if (gov.i, code, one.code, target_code) not in done]
            if not new:
                continue
            for old in found:
                if old.trigger == gov.i and old.status == "event" and old.code != code and (
                        (len(old.code) == 3 and old.code.endswith("0") and old.code[:2] in {"03", "12", "13"})
                        or (_bare_infinitive(old) and not refusal)):
                    old.status, old.reason = "rejected", f"superseded by the specific {code}"
            kind = "refusal" if refusal else "intent"
            gneg, gmod, gnotes = self._governor_unreal(gov, trig)
            for one in new:
                key = (gov.i, code, one.code, target_code)
                if key in done:
                    continue  # two actors of the subject with one code: one intention
                done.add(key)
                extra.append(self._judge(Candidate(
                    code, gov.i, si, f"rule:expressed-{kind}", one, c.target, negated=gneg, modality=gmod,
                    notes=[f"{kind} ({gov.lemma_}) to {c.code} '{trig.text}'", *c.notes[:1], *gnotes],
                ), discard))
        return extra
