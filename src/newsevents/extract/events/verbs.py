"""Verb triggers: a matched verb goes through stages that fill its roles, settle its code and reject misreadings."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.extract.actors import KIN_NOUNS, DocActors, Resolved, compose
from newsevents.extract.events.judge import Judgements
from newsevents.extract.events.records import Candidate, Trigger
from newsevents.extract.events.syntax import (
    _armed_code,
    _capacity,
    _furnished,
    _helped_doer,
    _is_light,
    _members,
    _named_thing,
    _of_objects,
    _repeated_phrase_objects,
    _same_side,
    _scoreline,
    _sector,
    _terror_kind,
    _uncoded,
    _with_particles,
    joined_clause_subject,
)
from newsevents.extract.events.words import (
    AERIAL_ATTACKERS,
    AID_CREW_HEADS,
    AID_KIND_STEMS,
    AID_KINDS,
    AID_NOUNS,
    ARMED_SECTORS,
    BUYING_VERBS,
    CEASEFIRE_DECLARING,
    CIVIL_SECTORS,
    COERCIVE_ROOTS,
    COMMITMENT_VERBS,
    COOPERATIVE_ROOTS,
    COURSE_NOUNS,
    CROWD_NOUNS,
    CYBER_ATTACKERS,
    DEPLOYING_VERBS,
    DISMISSING_VERBS,
    ENERGY_WORDS,
    ENVOY_NOUNS,
    EXPLOSIVE_VERBS,
    FORCED_ENTRY_VERBS,
    GENERIC_DETERMINERS,
    GIVING_VERBS,
    GROUP_HEADS,
    HOSTILE_ROOTS,
    IMPACT_VERBS,
    LEAVING_VERBS,
    MARKET_SUBJECTS,
    MATERIEL_HEADS,
    MEMBERSHIP_VERBS,
    MISSION_NOUNS,
    NULL_CODE,
    ORDERING_VERBS,
    OUTCOME_NOUNS,
    PEOPLE_IN_NEED,
    PERFORMING_VERBS,
    PERMITTING_VERBS,
    PHONED_VERBS,
    PUBLISHED_THINGS,
    RELATION_PARTICIPLES,
    REPORT_NOUNS,
    REVERSED,
    RIOT_CODES,
    RIOTER_NOUNS,
    SELLING_VERBS,
    SENDING_VERBS,
    SPOKEN_MEDIA,
    STANCE_VERBS,
    STATE_ONLY_CODES,
    STORMING_CROWDS,
    SUBJ,
    TERROR_GENERIC_CODES,
    TOPIC_OBJECT_VERBS,
    TRADE_FLOW_NOUNS,
    UNREALIZED_MODIFIERS,
    VERBAL_CODES,
    VERBAL_ROOTS,
    VIOLENT_ROOTS,
    VOID_PREDICATES,
    VOIDABLE_ACTS,
    VOIDING_VERBS,
    WAR_MACHINES,
    WITHDRAWING_VERBS,
)
from newsevents.nlp.tree import has_negation, has_to_marker, straight_lower
from newsevents.ontology.actor_codes import code_blocks


def _non_state_armed(code: str) -> bool:
    """Is ``code`` an armed group that is no state's force: insurgents, rebels, unaffiliated gunmen, criminals?"""
    blocks = set(code_blocks(code))
    return bool(blocks & {"INS", "REB", "UAF", "CRM", "SEP"}) and not blocks & {"GOV", "MIL", "COP", "SPY"}


def _codes(source: Resolved | None, target: Resolved | None) -> tuple[str, str]:
    """The actor codes of a source and a target ("" for none): what tells two events of one act apart."""
    return (source.code if source is not None else "", target.code if target is not None else "")


def _course_act(noun: Token) -> Token:
    """The act a course noun counts ("a campaign of attacks", "its bombing campaign"), or the noun itself."""
    if noun.lemma_.lower() not in COURSE_NOUNS:
        return noun
    return next(iter([*_of_objects(noun), *(c for c in noun.children if c.i < noun.i and (
        c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ == "VBG")))]), noun)

class VerbTriggers(Judgements):
    """The verb stages. Each reads and refines one ``Trigger``; returning False means the trigger was rejected
    (the rejection is in ``found`` with its reason)."""

    def _verb_events(self, si: int, sent: object, actors: DocActors, found: list[Candidate], consumed: set[int],
                     discard: str) -> None:
        """Every verb trigger of a sentence through the stages in order; a stage returning False rejected it."""
        stages = (
            self._verb_code,
            self._verb_voice,
            self._verb_sense,
            self._verb_sources,
            self._verb_targets,
            self._verb_event_nouns,
            self._verb_pairs,
            self._verb_modality,
            self._verb_object_sense,
            self._verb_form_sense,
        )
        for tok in sent:  # type: ignore[attr-defined]
            st = self._verb_trigger(tok, si, actors, discard)
            if st is not None and all(stage(st, actors, found, consumed) for stage in stages):
                self._verb_emit(st, found)

    def _verb_trigger(self, tok: Token, si: int, actors: DocActors, discard: str) -> Trigger | None:
        """A verb that matches a pattern, with its subject: the state the stages below refine."""
        lex = self.lex
        if tok.pos_ not in {"VERB"} and not (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
            return None
        if (tok.dep_ == "amod" and tok.i < tok.head.i) or (tok.i > 0 and tok.nbor(-1).text in {"-", "–"}):
            return None  # "the exiled dissidents", "military-ruled Myanmar": a state, not an event
        if self.own_rules and tok.lemma_.lower() == "arm" and tok.tag_ == "VBN" \
                and not any(c.dep_ == "agent" for c in tok.children) \
                and (tok.dep_ in {"acl", "advcl"} or any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)):
            return None  # "gunmen armed with rifles", "they were armed with knives": what they carry, not arms given
        if self.own_rules and tok.tag_ in {"VBN", "VBD"} and tok.i > 0 and tok.nbor(-1).dep_ == "case" \
                and straight_lower(tok.nbor(-1)) in {"'s", "'"}:
            # "aid to Sudan's displaced", "Gaza's wounded", "the convention's pledged delegates": a participle
            # after a possessive names people or a kind ("Russia's annexing Crimea", a gerund, stays an act)
            return None
        if self.own_rules and self._participle_adjective(tok):
            return None  # "leads by 271 pledged delegates", "the figures include pledged delegates"
        if self.own_rules and self._nominal_gerund(tok):
            return None  # "killed in Israeli tank shelling": coded below as the event noun it is
        match = self.match(tok, noun=False, actors=actors)
        subj_tok, subj_how = self._subject(tok)
        if self.own_rules and subj_how == "relative" and subj_tok is not None \
                and (named := actors.described_actor(subj_tok)) is not None:
            subj_tok, subj_how = named, "relative-described"  # "Manchin is a centrist who threatened to …"
        described = next((g for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                          if g.dep_ == "pobj" and g.right_edge.i == tok.i - 1), tok.head) \
            if self.own_rules and subj_how.startswith("inherited") and tok.dep_ == "acl" and tok.tag_ == "VBG" \
            and tok.head.pos_ in {"NOUN", "PROPN"} else None
        if described is not None \
                and (actors.agent_of(described) is not None or described.ent_type_ in {"PERSON", "NORP", "ORG"}
                     or described.lemma_.lower() in GROUP_HEADS):
            # "criticised Russian officials supporting the separatists", "a quarantine for people travelling
            # from Brazil", "footage of soldiers beating protesters", "outspent by groups supporting her": people
            # or a body of them the participle describes do it themselves (a statement or law "calling for X" is
            # still its author's)
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
            return None  # the complement carries the event; its own subject is inherited
        if match is None:
            return None
        rule = f"pattern:{match.pattern.source}:{match.pattern.id}"
        cand = Candidate(match.pattern.code, tok.i, si, rule, pattern=match.pattern)
        return Trigger(tok, si, match, rule, cand, subj_tok, subj_how, match.target, discard=discard)

    def _verb_code(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """Early rejections and the code the trigger's own words settle (declared ceasefires, performed objects)."""
        tok, pattern, obj_tok = st.tok, st.pattern, st.obj_tok
        lex = self.lex
        st.code = pattern.code  # the rejections below record the pattern's code
        if self.own_rules and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in RELATION_PARTICIPLES \
                and actors.resolve(tok.head) is None:
            return st.reject(found, f"'{tok.head.text} {tok.text}': what it is about, not an act")
        if pattern.code == NULL_CODE and not pattern.reverse_code:
            return st.reject(found, "null pattern: the dictionary says this is no event")
        if self.own_rules and self._reduced_relative_misparse(tok) is not None:
            return st.reject(found, f"'{tok.text}': a participle describing the subject, not its act")
        if self.own_rules and pattern.code.startswith("166") and pattern.xcomp in LEAVING_VERBS:
            # "ordered French troops to leave the country": those told to leave are expelled, but only
            # when they are another country's and the one who orders has a country ("ordered his troops to leave
            # the base", "told residents to leave the area", "the militia's leaders ordered them to leave"
            # are orders to one's own)
            told = next((c for c in tok.children if c.dep_ in {"dobj", "dative"}), None)
            whose = actors.resolve(told) if told is not None else None
            boss = actors.resolve(st.subj_tok) if st.subj_tok is not None else None
            if told is None or whose is None or not whose.code or whose.code.startswith("---") \
                    or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in told.children) \
                    or boss is None or not boss.code or boss.code.startswith("---") or boss.code[:3] == whose.code[:3]:
                return st.reject(found, f"'{tok.text} ... {pattern.xcomp}': no foreign force told to leave")
            st.target_tok = told
        if obj_tok is not None:
            consumed.add(obj_tok.i)  # "lifted sanctions" is one event, not two
        if pattern.prep_object is not None:
            consumed.update(g.i for c in _with_particles(tok) if c.dep_ in {"prep", "dative", "agent"} for g in c.children
                            if g.dep_ == "pobj")
        st.notes.append(f"subject:{st.subj_how}")
        if self.own_rules and st.code == "087" and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in CEASEFIRE_DECLARING:
            # "the rebels announced they had suspended attacks": declaring a ceasefire (PLOVER
            # CONCEDE), where carrying one out is 087
            st.code = "0871"
            st.notes.append(f"declared:{tok.head.lemma_.lower()}")
        if self.own_rules and obj_tok is not None and pattern.obj is not None \
                and (_is_light(tok, lex) or tok.lemma_.lower() in PERFORMING_VERBS):
            # "held joint exercises", "staged a hunger strike", "carried out an air strike": a verb
            # that only performs its object is the object's event, and a modifier the noun's own
            # pattern asks for says which one
            own = self.match(obj_tok, noun=True, actors=actors)
            if own is not None and own.pattern.obj is not None and own.pattern.code not in {st.code, NULL_CODE}:
                st.code = own.pattern.code
                st.notes.append(f"performs:{obj_tok.lemma_.lower()}+{own.pattern.obj}")
        return True

    def _verb_voice(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """Voice and the target token: passives, reduced relatives, garden paths, objects, datives."""
        tok, pattern, obj_tok = st.tok, st.pattern, st.obj_tok
        lex = self.lex
        st.passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        reduced = tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"} and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
        garden = self._garden_path(tok) if self.own_rules else None
        if garden is not None:
            # "the civilians imprisoned for X were released": a reduced relative on the subject
            st.passive, st.target_tok, st.subj_tok, st.subj_how = True, garden[0], None, "reduced-relative"
            st.notes[0] = "subject:reduced-relative"
        elif st.passive and tok.dep_ in {"conj", "advcl"} and self.own_rules and st.target_tok is None \
                and not any(c.dep_ == "nsubjpass" for c in tok.children) \
                and (head_garden := self._garden_path(tok.head)) is not None:
            st.target_tok = head_garden[0]
        if reduced:
            # "those killed", "a convoy hit by missiles": the head noun is the target
            st.passive = True
            if st.target_tok is None:
                st.target_tok = tok.head
            if st.subj_how.startswith("inherited"):
                st.subj_tok, st.subj_how = None, "reduced-relative"
                st.notes[0] = "subject:reduced-relative"
        st.own_forces = st.said_own = False
        if st.target_tok is None:
            if pattern.obj is not None:
                st.target_tok = next((c for c in tok.children if c.dep_ in {"dative", "iobj"}), None)
                if st.target_tok is None and self.own_rules and obj_tok is not None \
                        and any(obj_tok.i == g.i for g in _furnished(tok)):
                    # "supplied Mali's junta with fighter jets": who is furnished with them is the target
                    st.target_tok = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if self.own_rules and st.target_tok is not None and st.target_tok.lower_ == "to":
                    # "sent doctors to Turkey" parsed with "to" as the dative: the country is its object
                    st.target_tok = next((g for g in st.target_tok.children if g.dep_ == "pobj"), st.target_tok)
                if st.target_tok is None and obj_tok is not None and self.own_rules \
                        and tok.lemma_.lower() in (*GIVING_VERBS, *SENDING_VERBS):
                    # "sent doctors to Turkey": the doctors go where they are sent; that country is the target
                    st.target_tok = next((g for c in tok.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                                       for g in c.children if g.dep_ == "pobj" and actors.resolve(g) is not None), None)
                st.own_forces = self.own_rules and st.target_tok is None and obj_tok is not None and st.code.startswith("087") \
                    and tok.lemma_.lower() in WITHDRAWING_VERBS
                if st.own_forces:
                    # "withdrew its troops from Somalia": the forces are its own, the place they leave is the
                    # target (none named: no target, not the troops)
                    st.target_tok = next((g for c in tok.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"from", "out"}
                                       for g in (*c.children, *(x for o in c.children if o.lower_ == "of" for x in o.children))
                                       if g.dep_ == "pobj" and actors.resolve(g) is not None), None)
                st.said_own = self.own_rules and obj_tok is not None and st.code[:2] in VERBAL_ROOTS \
                    and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj_tok.children)
                # "voiced their opposition to the sanctions": in words, the possessed object the pattern names is
                # the speakers' own stance, no "opposition" party acted on
                if st.target_tok is None and obj_tok is not None and actors.resolve(obj_tok) is not None \
                        and not st.own_forces and not st.said_own:
                    st.target_tok = obj_tok  # "killed a top commander": the object is the victim
                if st.target_tok is None and st.passive and obj_tok is not None and obj_tok.dep_ == "oprd" and self.own_rules:
                    # "the ministers were found guilty": the object is what the passive subject was
                    # found to be, so the subject is the one acted on
                    st.target_tok = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            elif pattern.xcomp is not None:
                comp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == pattern.xcomp), None)
                st.target_tok = next((c for c in comp.children if c.dep_ in {"dobj", "dative"}), None) if comp is not None else None
                if self.own_rules and comp is not None and tok.lemma_.lower() in PERMITTING_VERBS:
                    # "allowed Syrian refugees to enter the country": the one let in is whom the permission is for
                    # (the parser makes them the infinitive's subject or the verb's object), not where they go
                    st.target_tok = next((c for c in [*tok.children, *comp.children] if c.dep_ in {"dobj", "nsubj"}
                                          and c.i > tok.i), st.target_tok)
                if st.target_tok is None and comp is not None:
                    # "agreed to cooperate against Islamic State": what cooperation is against is no partner
                    opposed = self.own_rules and st.code[:2] in COOPERATIVE_ROOTS and not self._hostile_word(comp)
                    # "promised he would fight for them", "vowed to fight for the government": whom one fights
                    # for is on one's side, not the enemy
                    behalf = self.own_rules and st.code[:2] in VIOLENT_ROOTS | {"13"}
                    st.target_tok = next((g for c in comp.children if c.dep_ == "prep" and not (opposed and c.lower_ == "against")
                                       and not (behalf and c.lower_ == "for") and not (self.own_rules and _capacity(c))
                                       for g in c.children if g.dep_ == "pobj"), None)
            elif st.passive:
                st.target_tok = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if self.own_rules and st.target_tok is not None and st.target_tok.lower_ in lex.relative_pronouns:
                    # "Soleimani, who was killed in a US drone strike in Baghdad": the one killed
                    st.target_tok = self._relative_antecedent(st.target_tok, tok)
            elif not (self.own_rules and tok.lemma_.lower() in TOPIC_OBJECT_VERBS):
                st.target_tok = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if self.own_rules and (st.target_tok is None or st.target_tok.lower_ == "what"):
                    # "condemned what it called an attack by X": the thing the naming clause names is the object
                    st.target_tok = next((n for c in tok.children if (n := _named_thing(c, tok)) is not None),
                                         st.target_tok)
                if st.target_tok is None and self.own_rules:
                    # "Russian forces shelled Bakhmut" with the town parsed as an adverb: the town is the object
                    st.target_tok = next((c for c in tok.children if c.dep_ in {"advmod", "npadvmod"}
                                       and c.i in actors.missed_places), None)
                if st.target_tok is None and tok.tag_ == "VBG":
                    st.target_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
                if st.target_tok is None and (gap := self._relative_gap(tok)) is not None:
                    st.target_tok = gap  # "the rebels the army attacked": the unsaid object is the noun
                    st.notes.append("target:relative-gap")
                if st.target_tok is None and self.own_rules and (helped := _helped_doer(tok)) is not None:
                    st.target_tok = helped  # "helped Iraqi forces fight IS": the forces are helped
                    st.notes.append(f"target:helped-to-{helped.head.lemma_.lower()}")
        if st.target_tok is not None and (ante := self._relative_object(st.target_tok)) is not None \
                and ante.i != st.target_tok.i:
            st.target_tok = ante  # "the rebels that the army attacked", "the town which it fired on"
            st.notes.append("target:relative-object")
        st.goods = set()
        if self.own_rules and tok.lemma_.lower() in BUYING_VERBS and st.target_tok is not None \
                and st.target_tok.dep_ == "dobj" and st.target_tok.head.i == tok.i and st.target_tok.lemma_.lower() in MATERIEL_HEADS:
            # "bought fighter jets (from X)": the jets are what is bought, the seller the partner
            st.goods = {st.target_tok.i} | {x.i for m in st.target_tok.lefts for x in m.subtree}
            st.target_tok = None
        elif self.own_rules and st.target_tok is not None and st.target_tok.dep_ == "dobj" \
                and st.target_tok.head.lemma_.lower() in {*SELLING_VERBS, *GIVING_VERBS, *SENDING_VERBS} \
                and st.target_tok.lemma_.lower() in MATERIEL_HEADS | AID_CREW_HEADS:
            # "sold fighter jets to Pakistan", "agreed to sell them fighter jets": the jets are what is sold, who
            # gets them the partner; "sent doctors (to the quake zone)": the doctors carry the aid, not receive it
            giver = st.target_tok.head
            st.goods = {x.i for x in st.target_tok.subtree}
            st.target_tok = next((g for c in giver.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                                  for g in c.children if g.dep_ == "pobj"), None)
        elif self.own_rules:
            # "paused the delivery of fighter jets to Pakistan": the jets are what flows, the buyer the partner
            st.goods = {x.i for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in TRADE_FLOW_NOUNS
                        for k in o.children if k.dep_ == "prep" and k.lower_ == "of"
                        for g in k.children if g.dep_ == "pobj" and g.lemma_.lower() in MATERIEL_HEADS for x in g.subtree}
        aim = next((c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and has_to_marker(c)), None) \
            if self.own_rules and st.code[:2] == "07" and tok.lemma_.lower() in DEPLOYING_VERBS \
            and any(o.dep_ == "dobj" and o.lemma_.lower() in MATERIEL_HEADS for o in tok.children) \
            and not any(k.dep_ == "dative" or (k.dep_ == "prep" and k.lower_ == "to") for k in tok.children) else None
        hostile = self.best(aim, noun=False) if aim is not None else None
        if aim is not None and hostile is not None and hostile[0].code[:2] in HOSTILE_ROOTS:
            # "the army sent tanks to crush the protest", "Russia sent tanks to attack Kyiv": arms sent to no
            # recipient, to do harm, are one's own forces moved (154), no aid
            st.code = "154"
            st.notes.append(f"forces-sent-to:{aim.lemma_}")
        if self.own_rules and st.code[:2] == "15" and st.target_tok is not None and st.target_tok.dep_ == "dobj" \
                and st.target_tok.head.i == tok.i and self._own_forces(st.target_tok, st.subj_tok, actors):
            # "Russia sent troops to attack the town", "mobilized 300,000 reservists", "deployed police": the
            # forces one mobilizes are one's own, no target (whom the move is aimed at is, when a phrase names it)
            st.goods |= {st.target_tok.i} | {x.i for m in st.target_tok.lefts for x in m.subtree}
            st.target_tok = None
        if st.subj_how == "main-subject-of-joined-verb" and st.target_tok is not None and st.target_tok.lower_ in {"them", "him", "her"}:
            # "arrested soldiers who crossed the border and handed them back": "them" are those soldiers
            head = tok
            while head.dep_ == "conj":
                head = head.head
            st.target_tok = head.head if head.dep_ == "relcl" else st.target_tok
        return True

    def _gapped_pairs(self, st: Trigger, actors: DocActors) -> list[tuple[Resolved | None, Resolved | None]]:
        """The second pairs of a gapped giving clause ("delivered tanks to Poland and howitzers to Ukraine", "sold
        jets to Egypt and missiles to Qatar"): a goods noun joined to the verb with a "to" recipient of its own is
        the same act given to another, by the same giver; only goods of the first object's kind (arms with arms,
        "tanks to Poland and food to Ukraine" is another kind of aid)."""
        tok, obj = st.tok, st.obj_tok
        if obj is None or obj.dep_ != "dobj" or tok.lemma_.lower() not in {*GIVING_VERBS, *SENDING_VERBS, *SELLING_VERBS}:
            return []
        armed = obj.lemma_.lower() in MATERIEL_HEADS
        have = {t.code for t in st.targets if t is not None}
        out: list[tuple[Resolved | None, Resolved | None]] = []
        for goods in (c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > obj.i
                      and (c.lemma_.lower() in MATERIEL_HEADS) == armed):
            for g in (g for p in goods.children if p.dep_ == "prep" and p.lower_ == "to"
                      for g in p.children if g.dep_ == "pobj"):
                got = actors.resolve(g)
                if got is not None and got.code and got.code not in have:
                    have.add(got.code)
                    out += [(s, got) for s in st.sources if s is not None and s.code]
                    st.notes.append(f"target:gapped-pair:{goods.lemma_.lower()}")
        return out

    def _subject_members(self, tok: Token, subj: Token | None, actors: DocActors) -> set[int]:
        """The words of an "including <person>" list that names members of a group subject, though the parser
        hangs it on the verb, on a thing or on one person ("the party's brass endorsed her bid, including Gov.
        Markell", "Democrats endorsed Clinton, including Gov. Markell": the governor is one who endorsed, as no
        person is part of a bid or of Clinton): never the target of the group's own act."""
        if subj is not None and subj.pos_ in {"ADJ", "DET", "NUM", "PRON"}:
            subj = next(iter(_of_objects(subj)), subj)  # "most of the state's brass", "many of the delegates"
        if subj is None or subj.tag_ not in {"NN", "NNS", "NNPS"} or subj.ent_type_ == "PERSON" \
                or ((r := actors.resolve(subj)) is not None and r.kind == "person"):
            return set()
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(o.tag_ in {"NNS", "NNPS"} and not self._thing(o, actors) for o in objs):
            return set()  # "praised several rivals, including Cruz": a plural of people the list may extend
        found: set[int] = set()
        for h in (tok, *objs):
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "including" and any(
                        (r := actors.resolve(g)) is not None and r.kind == "person" for g in c.children if g.dep_ == "pobj"):
                    found |= {x.i for x in c.subtree}
        return found

    def _order_to_party(self, tok: Token, subj: Token | None, actors: DocActors) -> bool:
        """Does ``tok`` order another party to act ("the ICJ ordered Israel to take all measures", "the court
        ordered the ministry to pay")? Only a court's order, or one state's to another, is a demand: a leader
        orders his own side ("ordered troops to withdraw", "ordered the agency to review"), and an order
        whose infinitive is an act of its own is that act."""
        aim = next((c for c in tok.children if c.dep_ == "xcomp" and has_to_marker(c)), None)
        party = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subj is None or aim is None or party is None or self.best(aim, noun=False) is not None \
                or self._own_forces(party, subj, actors):
            return False
        s, p = actors.resolve(subj), actors.resolve(party)
        if s is None or p is None or not s.code or not p.code:
            return False
        return "JUD" in s.code or (s.code[:3] != p.code[:3] and "---" not in {s.code[:3], p.code[:3]})

    def _owned_quality(self, subj: Token | None, how: str, actors: DocActors) -> bool:
        """Is the subject a thing an actor only owns ("Trump's Islamophobia", "Putin's aggression"): a
        singular head that names no actor, no role and no body, coded only by its possessive? Such a subject
        acts in a figure of speech, never as a doer ("Trump's lawyers", "Iran's military" are doers)."""
        if subj is None or how != "subject" or subj.tag_ not in {"NN", "NNP"}:
            return False
        r = actors.resolve(subj)
        return r is not None and r.rule.startswith("modifier:") \
            and any(c.dep_ == "poss" for c in subj.children) and actors.agent_of(subj) is None \
            and subj.lemma_.lower() not in self.lex.org_nouns | GROUP_HEADS | KIN_NOUNS

    def _verb_sense(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """Labour strikes, air attacks, market talk, metaphors and idle phrases, read before roles are filled."""
        tok, match, pattern = st.tok, st.match, st.pattern
        lex = self.lex
        if self.own_rules and st.code == "190" and tok.lemma_.lower() == "strike" and pattern.obj is None and st.target_tok is None \
                and st.subj_tok is not None and self._strikers([st.subj_tok], actors):
            st.code = "143"  # "teachers have been striking since Monday": a labour strike, no attack
            st.notes.append("labour-strike:subject")
        objs = [o for o in tok.children if o.dep_ == "dobj"] if pattern.obj is not None else []
        kind, kind_words = _terror_kind([st.subj_tok, *objs]) if self.own_rules and st.code in TERROR_GENERIC_CODES else ("", "")
        if kind:
            st.code = kind  # "a suicide bomber killed 12", "a car bomb exploded", "carried out a suicide bombing"
            st.notes.append(f"terror-kind:{kind_words}")
        medium = next((g for h in (tok, *(o for o in tok.children if o.dep_ == "dobj")) for k in h.children
                       if k.dep_ == "prep" and k.lower_ == "in" for g in k.children
                       if g.dep_ == "pobj" and g.lemma_.lower() in SPOKEN_MEDIA), None) \
            if self.own_rules and st.code[:2] in {"18", "19"} and pattern.obj is None else None
        if medium is not None:
            st.code = "111"  # "attacked the United States in his speech", "hit Clinton in a tweet": words
            st.notes.append(f"attack-in-words:{medium.text}")
        if self.own_rules and st.code == "190" and st.subj_tok is not None \
                and (weapon := AERIAL_ATTACKERS.get(st.subj_tok.lemma_.lower())) is not None:
            st.code = weapon  # "Israeli warplanes struck", "US drones hit a convoy": an attack from the air
            st.notes.append(f"aerial-attacker:{st.subj_tok.lemma_.lower()}")
        if self.own_rules and st.code in TERROR_GENERIC_CODES and st.subj_tok is not None \
                and st.subj_tok.lemma_.lower() in CYBER_ATTACKERS:
            st.code = "176"  # "hackers attacked the ministry", "hackers targeted the bank": a cyber attack
            st.notes.append(f"cyber-attacker:{st.subj_tok.lemma_.lower()}")
        # armed doers ("gunmen", "militants", "troops") attack places, not markets or prices in a figure of speech
        armed_doer = self.own_rules and st.subj_tok is not None and (r := actors.resolve(st.subj_tok)) is not None \
            and _armed_code(r.code)
        if self.own_rules and st.subj_tok is not None and st.subj_how == "subject" \
                and all(m.lemma_.lower() in MARKET_SUBJECTS for m in _members(st.subj_tok)) \
                and (st.target_tok is None or not ((r := actors.resolve(st.target_tok)) is not None and r.code)):
            # (not "investors sued the Argentine government": an act towards an actor)
            return st.reject(found, f"market talk: '{st.subj_tok.text}' {tok.text}")
        if self.own_rules and st.code == "100" and tok.lemma_.lower() in ORDERING_VERBS and pattern.obj is None \
                and not self._order_to_party(tok, st.subj_tok, actors):
            return st.reject(found, f"no party ordered: {tok.text}")
        if self.own_rules and st.code[:2] == "13" and pattern.obj is None and pattern.xcomp is None \
                and not any(c.dep_ == "xcomp" for c in tok.children) and self._owned_quality(st.subj_tok, st.subj_how, actors) \
                and (st.target_tok is None or not ((r := actors.resolve(st.target_tok)) is not None and r.code)):
            # "Trump's Islamophobia threatens national security": an attitude or a policy threatening no actor
            # is a figure of speech ("Iran's programme threatens Israel" still names whom it threatens; a threat
            # of a named act, "the campaign threatened legal action", "threatened to sue", has a doer)
            return st.reject(found, f"figurative threat: {tok.text}")
        figurative = self._figurative(tok, st.subj_tok) if st.code[:2] in VIOLENT_ROOTS and pattern.obj is None else None
        if figurative is not None:
            return st.reject(found, f"metaphor: '{figurative.text}'")
        contest = self._figurative_conflict(st.obj_tok, self._named_enemy(st)) if self.own_rules and pattern.obj is not None \
            and (st.code[:2] in HOSTILE_ROOTS or pattern.obj in lex.contest_heads) and not armed_doer else None
        if contest is not None:
            # "declared war on corruption", "waged war on inflation", "launched an all-out assault on the beer
            # market", "ended the trade war", "launched a charm offensive": a contest, no armed conflict
            return st.reject(found, f"metaphor: '{pattern.obj}' of '{contest.text}'")
        # the object or, behind a share of it, what it is a share of ("wiped out a third of their savings")
        figure = (self._counted(st.target_tok) if self.own_rules else st.target_tok) if st.target_tok is not None else None
        if figure is not None and figure.lemma_.lower() in lex.metaphor_objects and pattern.obj is None \
                and not (self.own_rules and tok.lemma_.lower() in EXPLOSIVE_VERBS) and not armed_doer:
            # ("bombed a market in Baghdad", "shelled the market": a bomb or a shell is never a figure of speech)
            return st.reject(found, f"metaphor: object '{figure.text}'")
        idle = self._idle_phrase(tok, pattern) if self.own_rules else ""
        if idle:
            return st.reject(found, idle)
        st.cand.code = st.code
        if match.words:
            st.notes.append("words:" + " ".join(tok.doc[i].text for i in sorted(match.words)))
        return True

    def _verb_sources(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """The source: the subject's actors, or the actor behind an event noun that is the subject."""
        tok = st.tok
        lex = self.lex
        # the source: an actor, or the actor behind an event noun ("a US strike killed ...")
        st.sources = [None]
        if st.subj_tok is not None:
            noun_match = self.best(st.subj_tok, noun=True) if st.subj_tok.pos_ == "NOUN" else None
            if noun_match is not None:
                s, t, how = self.noun_actors(st.subj_tok, actors)
                if self.own_rules and noun_match[0].code == "190" and st.subj_tok.lemma_.lower() == "strike" \
                        and s is not None and self._civilian(s) and st.code[:2] in VIOLENT_ROOTS | {"17"}:
                    # "a strike by dockworkers closed the port": what a labour strike shuts is the strike
                    # itself (143, coded from the noun), no blockade or attack by the workers
                    return st.reject(found, f"the work of a labour strike by '{s.text}'")
                if self.own_rules and noun_match[0].code[:2] in VIOLENT_ROOTS \
                        and any(st.code.startswith(r) for r in lex.speaker_roots):
                    s = None  # "clashes between X and Y threaten a showdown": fighting says nothing
                st.sources = [s]
                st.cand.noun_arg = st.subj_tok.i
                consumed.add(st.subj_tok.i)
                st.notes.append(f"source-from-event-noun:{st.subj_tok.lemma_}({how})")
                if _is_light(tok, lex) or (self.own_rules and st.subj_how in {"passive-agent", "subject"}
                                           and tok.lemma_.lower() in IMPACT_VERBS):
                    # "the US aid to Ukraine arrived", "was hit by a cyberattack", "air strikes hit
                    # Sanaa": the noun is the event
                    st.cand.code = noun_match[0].code
                    if st.target_tok is None and t is not None:
                        st.target_tok = tok.doc[t.token] if 0 <= t.token < len(tok.doc) else None
            else:
                # a subject the parser joined to the first clause's object is joined to no fellow subject
                joined = st.subj_how == "joined-clause-subject"
                st.sources = self._all(actors, [st.subj_tok] if joined else _members(st.subj_tok, actors))
                if self.own_rules and st.subj_how == "passive-agent" and _uncoded(st.sources):
                    user = self._user_of(st.subj_tok, actors)  # "killed by a bomb planted by insurgents"
                    if user is not None:
                        st.sources = [user]
                        st.notes.append(f"source:user-of:{st.subj_tok.lemma_}")
                if self.own_rules and _uncoded(st.sources) and (st.code[:2] in VIOLENT_ROOTS or st.code.startswith("17")) \
                        and st.subj_how in {"subject", "subject-of-misparsed-participle"}:
                    # "bombs dropped by Saudi jets killed ...", "missiles fired by a US drone destroyed ...":
                    # who fired the weapon did it
                    user = self._weapon_user(st.subj_tok, actors)
                    if user is not None:
                        st.sources = [user]
                        st.notes.append(f"source:user-of:{st.subj_tok.lemma_}")
                if self.own_rules and st.subj_how in {"subject", "passive-agent"} \
                        and st.subj_tok.lemma_.lower() in WAR_MACHINES and st.sources \
                        and all(x is not None and x.kind in {"country", "group"} and len(x.code) == 3 for x in st.sources):
                    # "Turkish jets bombed", "Israeli tanks shelled the town": the machines are the country's forces
                    st.sources = [replace(x, code=x.code + "MIL") for x in st.sources if x is not None]
                    st.notes.append(f"source:forces-of-{st.subj_tok.lemma_}")
                if self.own_rules and st.subj_how.startswith("inherited:") \
                        and (sent := self._forces_sent(tok, st.sources, actors)) is not None:
                    # "Russia sent troops to attack the town": the troops attack, and a country's troops are
                    # its forces (RUSMIL), not the country that sent them
                    st.sources = [sent]
                    st.notes.append(f"source:forces-sent-by:{tok.head.lemma_.lower()}")
        if self.own_rules and st.code == "195" and tok.lemma_.lower() in EXPLOSIVE_VERBS - {"shell", "bombard"} \
                and (st.subj_tok is None or st.subj_tok.lemma_.lower() not in WAR_MACHINES) \
                and (bombers := [x for x in st.sources if x is not None and x.code]) \
                and all(_non_state_armed(x.code) for x in bombers):
            # "militants bombed a market", "the Taliban bombed a mosque": armed groups without an air force set
            # off makeshift bombs (183); aerial weapons (195) are an air force's, "Turkish jets bombed"
            st.code = st.cand.code = "183"
            st.notes.append("bombed-by-non-state-group")
        return True

    @staticmethod
    def _own_forces(obj: Token, subj: Token | None, actors: DocActors) -> bool:
        """Does ``obj`` name armed forces of no other country than the subject's ("troops", "its warships")?"""
        r = actors.resolve(obj)
        if r is None or r.code[3:6] not in ARMED_SECTORS:
            return obj.lemma_.lower() in WAR_MACHINES and r is None
        if r.code[:3] == "---":
            return True
        s = actors.resolve(subj) if subj is not None else None
        return s is not None and s.code[:3] == r.code[:3]

    def _charge_denied(self, tok: Token, sources: list[Resolved | None], actors: DocActors) -> str:
        """The report or claim ``tok`` dismisses when it tells what the dismissing side itself did ("rejected the
        claim that it supplied drones", "claims that Iraqi troops shelled the border", dismissed by Iraq)."""
        own = {x.code[:3] for x in sources if x is not None and x.code and not x.code.startswith("---")}
        for o in tok.children:
            if o.dep_ != "dobj" or o.lemma_.lower() not in REPORT_NOUNS:
                continue
            for c in o.children:
                if c.dep_ not in {"acl", "ccomp"} or not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    continue
                subj = next((k for k in c.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is None:
                    continue
                r = actors.resolve(subj)
                pronoun = subj.pos_ == "PRON" or any(k.dep_ == "poss" and k.pos_ == "PRON" for k in subj.children)
                if (r is not None and r.code[:3] in own) or (pronoun and subj.lower_ not in {"you", "this", "that"}):
                    return o.lemma_.lower()  # "that it supplied", "that its troops shelled": the one who rejects
        return ""

    @staticmethod
    def _forces_sent(tok: Token, senders: list[Resolved | None], actors: DocActors) -> Resolved | None:
        """The forces that do what ``tok`` says when it is the purpose of sending them ("sent troops to attack",
        "deployed warships to blockade the port"): the object of the sending verb, as the sender's forces."""
        head = tok.head
        if tok.dep_ not in {"advcl", "xcomp"} or head.lemma_.lower() not in DEPLOYING_VERBS or not has_to_marker(tok):
            return None
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if obj is None:
            return None
        r = actors.resolve(obj)
        machine = obj.lemma_.lower() in WAR_MACHINES
        if not machine and (r is None or r.code[3:6] not in ARMED_SECTORS):
            return None
        if r is not None and r.code[:3] != "---":
            return r  # "sent Russian troops": they say whose they are
        sector = r.code[3:6] if r is not None else "MIL"
        sender = next((x for x in senders if x is not None and x.code), None)
        if sender is None:
            return r
        if not (sender.kind == "country" or sender.code[3:6] in {"GOV", "MIL"}):
            return None  # "the rebels sent fighters", "the UN sent peacekeepers": the sender's own people
        text = actors.text[obj.left_edge.idx : obj.idx + len(obj)]
        return Resolved(compose(sender.code[:3], sector, append=False), text, obj.left_edge.idx, obj.idx + len(obj),
                        f"forces-of:{sender.code[:3]}", kind="agent", plural=obj.tag_ in {"NNS", "NNPS"}, token=obj.i)

    def _verb_targets(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """The target: the target token's actors, or the actor an event noun object names."""
        tok, obj_tok = st.tok, st.obj_tok
        st.targets = [None]
        if st.target_tok is not None:
            noun_match = self.best(st.target_tok, noun=True) if st.target_tok.pos_ == "NOUN" else None
            promised = tok.lemma_.lower() in COMMITMENT_VERBS and st.code[:2] == "03" and st.target_tok.dep_ == "dobj"
            if noun_match is not None and obj_tok is None and not promised:
                # ("promised arrests" stays an unrealised arrest: what was promised says which intent)
                s, t, how = self.noun_actors(st.target_tok, actors)
                st.targets = [s if s is not None else t]
                if self.own_rules and s is None and t is not None and self._judged_act(st, noun_match[0].code):
                    # "opposed further sanctions on Iran", "condemned the invasion of Iraq", "support new
                    # sanctions against Russia": who suffers the act one judges is not whom the judgement is
                    # aimed at (that is the act's doer, "Russia's invasion", "the bombing by Israel", or none)
                    st.targets = [None]
                    st.judged = {x.i for x in st.target_tok.subtree}
                    st.notes.append(f"target:not-the-victim-of:{st.target_tok.lemma_}")
                if self.own_rules and self._condemned_act(st, noun_match[0].code):
                    # "condemned the killing of three protesters by police": a condemnation says the act
                    # happened, so the act is an event too, with the actors of its own phrase
                    st.notes.append(f"condemned-act-coded-too:{st.target_tok.lemma_}")
                else:
                    consumed.add(st.target_tok.i)
                st.notes.append(f"target-from-event-noun:{st.target_tok.lemma_}({how})")
            else:
                st.targets = self._all(actors, [*_members(st.target_tok, actors),
                                                *(_repeated_phrase_objects(st.target_tok) if self.own_rules else [])])
                if st.targets == [None]:
                    st.targets = [self._owner(st.target_tok, actors)]
                if self.own_rules and st.code == "042" and _uncoded(st.targets):
                    # "attended the Beijing Olympics": an event named after the city that hosts
                    # it (the parser takes the city into the event's name) is a visit to that country
                    host = actors.host_country(st.target_tok)
                    st.targets = [host] if host is not None else st.targets
        if self.own_rules and st.code[:2] == "11" and st.obj_tok is not None and _uncoded(st.targets):
            # "expressed their condemnation of the Israeli strikes", "voiced criticism of Russia's invasion": the
            # disapproval named by the object is aimed at the doer of the act it is of (who suffers it is not)
            for act in (g for k in st.obj_tok.children if k.dep_ == "prep" and k.lower_ in {"of", "over"}
                        for g in k.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                done = self.best(act, noun=True)
                doer = self.noun_actors(act, actors)[0] if done is not None and done[0].code[:2] in COERCIVE_ROOTS | {"16"} else None
                if doer is not None and doer.code:
                    st.targets = [doer]
                    st.notes.append(f"target:doer-of-disapproved:{act.lemma_}")
                    break
        return True

    @staticmethod
    def _named_enemy(st: Trigger) -> Token | None:
        """Whom an act named by its object ("war", "an assault") is waged on: the pattern's target phrase
        ("declared war on corruption") or, with none in the pattern, the object's own "on"/"against" phrase
        ("mounted an offensive against inflation")."""
        preps = st.pattern.target_preps
        if preps:
            t = st.target_tok
            return t if t is not None and t.dep_ == "pobj" and t.head.lower_ in preps else None
        if st.obj_tok is None:
            return None
        return next((g for k in st.obj_tok.children if k.dep_ == "prep" and k.lower_ in {"on", "against"}
                     for g in k.children if g.dep_ == "pobj"), None)

    @staticmethod
    def _judged_act(st: Trigger, act_code: str) -> bool:
        """A hostile act (a threat, a sanction, force) that a disapproval (11x), a rejection (12x) or
        support (05x) takes as its object: the judgement is about the act and its doer, not aimed at
        the act's victim. ("blamed the attacks on Iran" names whom the act is blamed on, often hung on the act.)"""
        return st.code[:2] in {"05", "11", "12"} and act_code[:2] in HOSTILE_ROOTS and st.tok.lemma_.lower() != "blame"

    def _condemned_act(self, st: Trigger, noun_code: str) -> bool:
        """A coercive or violent act that a condemnation takes as its object ("denounced the arrest of
        journalists", "condemned a brutal assault on the museum"): the condemnation presupposes it
        (CAMEO 111 "decry ... an action"), unlike an accusation (112), which only alleges. Not an act
        the condemner names in general ("condemns any attack", "all forms of violence") nor one a
        condemnation that is not asserted names ("would condemn an attack", "will condemn")."""
        noun = st.target_tok
        # "the seizure of the tanker by Iran was condemned by Britain": the passive's subject is judged as the object is
        return noun is not None and st.code == "111" and noun.dep_ in {"dobj", "nsubjpass"} and noun.head.i == st.tok.i \
            and noun_code[:2] in COERCIVE_ROOTS | {"16"} and noun.tag_ in {"NN", "NNS"} and not any(
                c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in noun.children) \
            and not any(c.dep_ == "amod" and c.lower_ in UNREALIZED_MODIFIERS
                        for c in noun.children) and self.modality(st.tok)[1] == "asserted"

    def _verb_event_nouns(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """Event nouns in the verb's phrases ('killed in tank shelling'), state acts, sports, accidents."""
        tok, pattern = st.tok, st.pattern
        if (st.passive and _uncoded(st.sources)) or (self.own_rules and st.code[:2] in VIOLENT_ROOTS):
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
                    if self.own_rules and st.code == "190" and nm[0].code[:2] in VIOLENT_ROOTS \
                            and (prep.lower_ != "by" or st.passive) and noun.lemma_.lower() not in self.lex.accident_nouns \
                            and noun.lemma_.lower() not in self.lex.symmetric_words:  # clashes have two sides
                        # "killed in tank shelling": one attack, not a killing and a shelling (a
                        # specific killing, "killed a commander in a strike", keeps both)
                        consumed.add(noun.i)
                        st.cand.noun_arg = noun.i
                        st.code = st.cand.code = nm[0].code
                        st.notes.append(f"one-event-with:{noun.lemma_}")
                        kind, kind_words = _terror_kind([noun, *(m for m in noun.children if m.dep_ == "compound")])
                        if kind and st.code in TERROR_GENERIC_CODES:
                            st.code = st.cand.code = kind  # "killed in a car bomb attack", "in a suicide bombing"
                            st.notes.append(f"terror-kind:{kind_words}")
                    if src is not None and src.code and _uncoded(st.sources):
                        st.sources = [src]
                        st.notes.append(f"source-from-event-noun:{noun.lemma_}")
        if self.own_rules and st.passive and st.code in STATE_ONLY_CODES and _uncoded(st.sources):
            # "a curfew was imposed in Nairobi": by the government of the place
            patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), tok)
            gov_src, whence = self._clause_actor(patient, actors, st.code)
            if gov_src is not None:
                st.sources = [gov_src]
                st.notes.append("source" + whence.replace(",place", ":place"))
        if st.passive and st.code[:2] in VIOLENT_ROOTS and _uncoded(st.sources):
            # "a mortar bomb was fired at it from the Gaza Strip": fired by whoever holds the place
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    r = actors.resolve(pobj)
                    if r is not None and r.code and r.kind == "country":
                        st.sources = [r]
                        st.notes.append("source:launched-from")
        if self.own_rules and st.code == "124" and pattern.xcomp == "continue":
            # "Hamas vowed to continue attacks on Israel": to go on with violence is a threat of force
            # (138); "vowed to continue their protest" refuses to yield (124)
            cont = next((x for x in tok.children if x.dep_ == "xcomp" and x.lemma_.lower() == "continue"), None)
            cobj = next((x for x in cont.children if (x.dep_ == "dobj" and x.pos_ == "NOUN")
                         or (x.dep_ == "xcomp" and x.tag_ == "VBG")), None) if cont is not None else None
            cobj = _course_act(cobj) if cobj is not None else None  # "continue its campaign of attacks"
            going_on = self.best(cobj, noun=cobj.pos_ == "NOUN" or cobj.dep_ != "xcomp") if cobj is not None else None
            labour = cobj is not None and cobj.lemma_.lower() == "strike" and st.subj_tok is not None \
                and self._strikers([st.subj_tok], actors)  # "the union vowed to continue the strike" refuses to yield
            if cobj is not None and going_on is not None and going_on[0].code[:2] in VIOLENT_ROOTS and not labour:
                st.code = st.cand.code = "138"
                st.notes.append(f"continued violence:{cobj.lemma_}")
                # "their attacks on Israel": whom the attacks hit is threatened, not "their" owner
                attacked = self.noun_actors(cobj, actors)[1] if cobj.pos_ == "NOUN" else None
                st.targets = [attacked if attacked is not None and attacked.code else None]
        if self.own_rules and st.code[:2] in VIOLENT_ROOTS | {"17"} and (score := _scoreline(tok)):
            # "Real Madrid crushed Barcelona 4-0": a result, not a crackdown
            return st.reject(found, f"sport: scoreline '{score}'")
        accident = self._accident(tok) if st.code[:2] in VIOLENT_ROOTS or st.code.startswith("171") else None
        if accident is not None:
            return st.reject(found, f"accident: '{accident.text}' is no political actor")
        return True

    def _verb_pairs(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """Source-target pairs: pattern slots, phrase actors, symmetric acts, protests abroad, envoys, crowds."""
        tok, match, pattern, obj_tok = st.tok, st.match, st.pattern, st.obj_tok
        lex = self.lex
        # what the pattern's $ + % slots found overrides the parse roles
        claims = match.claims
        st.reverse = set()  # pairs that exist only because the target acts too
        if len(claims.get("compound", [])) >= 2:
            members = claims["compound"]
            st.pairs = [(a, b) for a in members for b in members if a.code != b.code]
            st.notes.append("compound: members act on each other")
        else:
            if claims.get("source"):
                st.sources = list(claims["source"])
                st.notes.append("source:pattern-$")
            if claims.get("target"):
                st.targets = list(claims["target"])
                st.notes.append("target:pattern-+")
                if st.subj_tok is not None and st.subj_tok.i in match.claimed_tokens and not claims.get("source"):
                    # "X noted that + Y regretted": Y is the target, X the source
                    st.sources = self._governing_subjects(tok, actors)
                    st.notes.append("source:governing-clause")
            if all(t is None or not t.code for t in st.targets):
                avoid = {x.i for x in st.subj_tok.subtree} if st.subj_tok is not None else set()
                if st.own_forces and obj_tok is not None:
                    avoid |= {x.i for x in obj_tok.subtree}  # "withdrew its troops": its own, no target
                if st.said_own and obj_tok is not None:
                    avoid.add(obj_tok.i)  # "voiced their opposition to X": X may be the target, "opposition" is not
                avoid |= st.goods
                listed = self._subject_members(tok, st.subj_tok, actors) if self.own_rules else set()
                if listed:
                    avoid |= listed
                    st.notes.append("target:not-the-subject's-members")
                if self.own_rules and st.code[:2] in {"05", "11", "12"}:
                    # "opposed defunding the police", "backs deporting them": whom a judged act is done to
                    # is not whom the judgement is aimed at
                    for act in (c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
                        done = self.best(act, noun=False)
                        if done is not None and self._judged_act(st, done[0].code):
                            st.judged |= {x.i for x in act.subtree}
                            st.notes.append(f"target:not-the-victim-of:{act.lemma_}")
                avoid |= st.judged
                if self.own_rules and st.code[:2] == "15":
                    # "dispatched commandos to rescue the hostages", "sent troops to free the hostages": whom the
                    # forces are sent to help or set free is no one the move is aimed at
                    for aim in (c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and has_to_marker(c)):
                        helped = self.best(aim, noun=False)
                        if helped is not None and helped[0].code[:2] in COOPERATIVE_ROOTS | {"08"}:
                            avoid |= {x.i for x in aim.subtree}
                            st.notes.append(f"target:not-whom-the-forces-help:{aim.lemma_}")
                # "dismissed reports that Turkish jets bombed X": who a report says did something is not what
                # its dismissal rejects (the reported act is denied, see Modality)
                said = {x.i for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in REPORT_NOUNS
                        for c in o.children if c.dep_ in {"acl", "ccomp"} for x in c.subtree} \
                    if self.own_rules and tok.lemma_.lower() in DISMISSING_VERBS else set()
                avoid |= said
                if self.own_rules and tok.lemma_.lower() in lex.preventing_verbs:
                    # "barred the firms from trading with China": whom the kept-from act was with is not whom the
                    # bar is aimed at (the firms are; "stopped the convoy from crossing into Gaza" still aims at Gaza)
                    avoid |= {x.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                              for w in p.subtree if w.dep_ == "prep" and w.lower_ == "with" for x in w.subtree}
                if self.own_rules:
                    # "extended a state of emergency and soldiers patrolled": the next clause (and its subject,
                    # joined to this object by the parser) is not what this verb acts on
                    avoid |= {x.i for v in tok.children if (s := joined_clause_subject(v)) is not None
                              for x in [*s.subtree, *v.subtree]}
                topic = tok.lemma_.lower() in lex.topic_verbs  # "to discuss efforts against X": X is a topic
                vp = (self._partners(tok, actors) if self.own_rules else []) if topic \
                    else self._vp_actors(tok, actors, avoid, st.code) or ([] if said else self._clause_subjects(tok, actors))
                # "Trump warned that Washington had identified 52 Iranian sites": the source's own side,
                # reported in its clause, is not what it acts on
                # "Trump warned that Washington had identified 52 Iranian sites": the source itself, or its
                # own country named in its clause, is not what it acts on
                coded = [x for x in st.sources if x is not None and x.code]
                if coded and vp and not topic and any(_same_side(t, coded, tok.doc) for t in vp):
                    vp = [t for t in vp if not _same_side(t, coded, tok.doc)]
                    st.notes.append("target:skipped-the-source's-own-side")
                if vp and self.own_rules and st.code[:2] in {"03", "04", "05"} \
                        and any(x is not None and x.code for x in st.sources) \
                        and (st.code[:2] != "04" or self._symmetric(tok, pattern, obj_tok)) \
                        and all(t.token >= 0 and self._locative(tok.doc[t.token], tok) for t in vp):
                    # "G7 leaders met in Hiroshima": where they met is no partner (a host visited is 042/043);
                    # "X and Y agreed in Ankara to end their dispute", "Iran pledged in Vienna to ...": nor where
                    # one promises or agrees
                    st.notes.append("target:meeting-place-is-no-partner")
                elif vp:
                    st.targets = list(vp)
                    st.notes.append("target:first-actor-in-phrase")
                elif tok.dep_ in {"xcomp", "advcl"} and not any(c.dep_ in SUBJ | {"nsubjpass", "mark"} for c in tok.children):
                    # "met with Y to discuss Z": the purpose shares the meeting's partner ("apologised to the
                    # public after a crowd marched": a clause with its own subject or time mark does not)
                    shared = [c.target for c in found if c.trigger == tok.head.i and c.target is not None
                              and c.target.code and not (self.own_rules and (
                                  st.subj_how.startswith(("object-control:", "object-caused:", "appealed-to:"))
                                  or any(x is not None and x.start == c.target.start for x in st.sources)))]
                    # "urged Turkey to allow aid": the one urged does the purpose, and is not its target too
                    if shared:
                        st.targets = [shared[0]]
                        st.notes.append("target:shared-with-governing-event")
            st.pairs = [(s, t) for s in st.sources for t in st.targets]
            if self.own_rules:
                st.pairs += self._gapped_pairs(st, actors)
            if self._symmetric(tok, pattern, obj_tok):
                coded = [x for x in st.sources if x is not None and x.code]
                placed = [t for t in st.targets if t is not None and t.code and t.token >= 0
                          and self._locative(tok.doc[t.token], tok)]
                # "Russia and the United States exchanged prisoners", "swapped ambassadors": the object the
                # pattern names is what passes between them, not a partner
                traded = obj_tok.i if self.own_rules and pattern.obj is not None and obj_tok is not None else -1
                # "Indian and Pakistani troops exchanged fire, killing a civilian": whom the clash killed is
                # its toll, and the two sides still fight each other
                toll = {x.i for c in tok.children if self.own_rules and c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG"
                        and not any(g.dep_ in SUBJ | {"nsubjpass", "mark"} for g in c.children) for x in c.subtree}
                if len(coded) >= 2 and all(t is None or not t.code or t in placed or t.token == traded or t.token in toll
                                           for t in st.targets):
                    # "Russia and Turkey held talks in Moscow": they talk to each other, not to Moscow
                    # "Belgium and Singapore pledge to cooperate": each acts with the other
                    # two forces of one code are still two sides ("the Sudanese army and the Rapid Support Forces")
                    st.pairs = [(a, b) for a in coded for b in coded if a.code != b.code
                             or (a.entity is not None and b.entity is not None and a.entity != b.entity)]
                    st.notes.append("symmetric: conjoined actors act on each other")
                elif coded and any(t is not None and t.code for t in st.targets) and not (
                        len(coded) == 1 and tok.lemma_.lower() in lex.initiator_words):
                    back = [(t, s) for s, t in st.pairs if s is not None and t is not None and s.code and t.code
                            and (t.token < 0 or not self._locative(tok.doc[t.token], tok))]  # "meet in Zurich": no Swiss partner
                    st.reverse = {(id(a), id(b)) for a, b in back}
                    st.pairs += back
                    st.notes.append("symmetric: the target acts too")
            if self.own_rules and "symmetric: conjoined actors act on each other" not in st.notes:
                st.pairs = self._each_own(tok.doc, st.pairs, st.notes)
            if st.code[:2] == "14" and all(t is None or not t.code for _, t in st.pairs):
                place = self._foreign_place(tok, [x for x, _ in st.pairs])
                if place is not None and all(x is not None and x.code.startswith("---") for x, _ in st.pairs):
                    # "2,000 teachers are protesting in Gondor": people of no stated country
                    # protesting there are its own people, not foreigners protesting against it
                    st.pairs = [(replace(x, code=place.code[:3] + x.code[3:]) if x is not None else x, t) for x, t in st.pairs]
                    st.notes.append("source:country-of-protest-place")
                elif place is not None:
                    st.pairs = [(x, place) for x, _ in st.pairs]
                    st.notes.append("target:protest-in-foreign-country")
        posted = self._posted_to(st.target_tok, actors) if self.own_rules and st.target_tok is not None else []
        if posted and all(x is not None and t is not None and x.code and t.code
                          and x.code[:3] == t.code[:3] != p.code[:3] for x, t in st.pairs for p in posted):
            # "Algeria recalled its ambassador to Paris": the envoy is the sender's own, the
            # country he is posted to is the one the act is about (each, when several are named)
            st.pairs = [(x, p) for x, _ in st.pairs for p in posted]
            st.notes.append("target:country-the-envoy-is-posted-to")
        if self.own_rules and st.code in RIOT_CODES and st.subj_tok is not None and st.subj_how in {"subject", "passive-agent"} \
                and all(m.lemma_.lower() in RIOTER_NOUNS or (
                    tok.lemma_.lower() in FORCED_ENTRY_VERBS and m.lemma_.lower() in STORMING_CROWDS)
                        for m in _members(st.subj_tok)):
            # "protesters torched the embassy": a violent protest; "blockaded the port": obstruction; a crowd
            # of supporters storming a building protests by force too ("supporters stormed the Capitol")
            st.code = st.cand.code = "144" if st.code == "191" else "145"
            st.notes.append(f"violent-protest:{st.subj_tok.lemma_}")
        if self.own_rules and st.code == "192" and st.subj_tok is not None and st.subj_how == "subject" \
                and all(self._counted(m).lemma_.lower() in RIOTER_NOUNS | CROWD_NOUNS for m in _members(st.subj_tok)):
            # "the crowd marched into the Green Zone": protesters entering a place demonstrate there;
            # troops marching into a province occupy it
            st.code = st.cand.code = "141"
            st.notes.append(f"crowd-entered:{st.subj_tok.lemma_}")
        if self.own_rules and tok.dep_ in {"advcl", "xcomp"} and tok.tag_ == "VBG" and st.subj_how.startswith("inherited") \
                and st.pairs and any(c.trigger == tok.head.i and c.status == "event" and c.code == st.code
                                     and all(_codes(c.source, c.target) == _codes(x, t) for x, t in st.pairs) for c in found):
            # "readmitted Syria, ending its suspension", "freed the hostages, releasing them to Qatar": a participle
            # that names the governing act again, with its code and its actors, is that one act
            return st.reject(found, f"restates '{tok.head.text}': one act, one event")
        return True

    def _verb_modality(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """Negation and modality, attribution, and what a seizing verb took."""
        tok, match, pattern = st.tok, st.match, st.pattern
        lex = self.lex
        st.negated, st.modality, st.mnotes = self.modality(tok, match.words)
        if st.modality == "planned" and st.mnotes and st.mnotes[-1].startswith("effort-") \
                and (st.code[:2] in VERBAL_ROOTS or st.code[:3] in VERBAL_CODES):
            # "launched a campaign to call for their release", "fought hard to defend the tax": a verbal act is
            # done in the effort itself; only a material outcome ("working to end the war") is merely aimed at
            st.modality = "asserted"
            st.mnotes = [n for n in st.mnotes if not n.startswith("effort-")] + ["effort-is-the-act"]
        if self.own_rules and st.reverse and any(n.startswith(("modal-verb:", "modal-adjective:")) for n in st.mnotes):
            # "France is determined to mend ties with Rwanda", "X wants to meet Y": the wish is the
            # subject's own; the partner wishes nothing ("X will meet Y" is both sides' future)
            st.pairs = [(a, b) for a, b in st.pairs if (id(a), id(b)) not in st.reverse]
            st.reverse = set()
            st.notes.append("symmetric: a wish is one side's")
        if self.own_rules and pattern.xcomp is not None and not st.negated:
            # "found the activists not guilty": the complement the pattern needs is denied
            comp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == pattern.xcomp), None)
            if comp is not None and has_negation(comp):
                st.negated = True
                st.mnotes = [*st.mnotes, f"neg:{comp.text}"]
        st.notes.extend(st.mnotes)
        st.attributed = self._attribution(tok, actors)
        st.armed = st.subj_tok is not None and any((actors.agent_of(x) or ("", "", ""))[0] in ARMED_SECTORS
                                             for x in st.subj_tok.subtree if x.pos_ == "NOUN")
        seizing = self.own_rules and st.code in {"173", "1711"} and pattern.obj is None \
            and tok.lemma_.lower() in lex.seizing_verbs
        if seizing and st.target_tok is not None and st.target_tok.lemma_.lower() in lex.figurative_objects:
            # "Sanders captured the primary", "seized the lead"
            return st.reject(found, f"'{tok.text} {st.target_tok.text}': a contest won, nobody seized")
        # what was seized: the object, or a coded actor the parser hung elsewhere ("Clinton captured
        # Virginia, Georgia and Texas", an npadvmod)
        seized = (st.target_tok or next((tok.doc[t.token] for _, t in st.pairs if t is not None and t.code
                                      and 0 <= t.token < len(tok.doc)), None)) if seizing else None
        if seized is not None and self._place_object(seized, actors):
            if st.armed or any(x is not None and _armed_code(x.code) for x in st.sources):
                st.code = st.cand.code = "192"  # "rebels captured the town": territory taken, nobody arrested
                st.notes.append(f"territory:{seized.text}")
            else:  # "Cruz captured Texas": a state won in a vote
                return st.reject(found, f"'{tok.text} {seized.text}': a place won, nobody seized")
        return True

    @staticmethod
    def _participle_adjective(tok: Token) -> bool:
        """"271 pledged delegates", "the figures include pledged delegates": a participle the parser read as a
        verb with the next word as its object, although no verb comes right after a number, a determiner or a
        possessive, and no clause of its own fills another verb's object slot without a subject. It has no
        subject, auxiliary or marker of its own, so it says what kind its noun is ("Russia pledged troops",
        "and pledged support" stay verbs)."""
        if tok.tag_ not in {"VBN", "VBD"} or tok.i == tok.sent.start or tok.i + 1 >= len(tok.doc):
            return False
        nxt, prev = tok.doc[tok.i + 1], tok.doc[tok.i - 1]
        if nxt.dep_ != "dobj" or nxt.head.i != tok.i or nxt.tag_ not in {"NNS", "NN"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "cc", "neg"} for c in tok.children):
            return False
        if tok.dep_ == "conj" and any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i):
            return False  # "won Ohio and pledged support"
        return prev.tag_ in {"CD", "DT", "PRP$"} or (
            prev.i == tok.head.i and prev.pos_ == "VERB" and tok.dep_ in {"ccomp", "dobj"})

    def _verb_object_sense(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """Senses the object or complement decides: things released, offices reached, help, calls, stances."""
        tok, pattern = st.tok, st.pattern
        if self.own_rules and st.target_tok is not None and (
                (st.code == "0841" and pattern.obj is None and not pattern.noun)
                or (st.code == "1243" and pattern.xcomp in {"release", "free"}
                    and st.target_tok.lemma_.lower() in PUBLISHED_THINGS)) and self._thing(st.target_tok, actors):
            # "released 30 years of tax returns", "a survey released on Thursday": no one set free;
            # "refused to release his tax returns" keeps no one captive either
            return st.reject(found, f"'{tok.text}' a thing ('{st.target_tok.text}'), nobody set free")
        if self.own_rules and st.code.startswith("086") and pattern.obj == "access":
            # "donors were granted access to the State Department": an office or a person reached,
            # political access, not aid workers let into an area
            reached = next((g for a in tok.children if a.dep_ in {"dobj", "nsubjpass"} and a.lemma_.lower() == "access"
                            for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
                            for g in p.children if g.dep_ == "pobj"), None)
            if reached is not None and not self._place_object(reached, actors) \
                    and reached.lemma_.lower() not in PEOPLE_IN_NEED and (
                    reached.ent_type_ in {"PERSON", "ORG"} or actors.mention_for(reached) is not None
                    or actors.agent_of(reached) is not None):
                return st.reject(found, f"access to '{reached.text}': an office or a person, no humanitarian access")
        if self.own_rules and st.code == "120" and tok.lemma_.lower() in DISMISSING_VERBS \
                and (said := self._charge_denied(tok, st.sources, actors)):
            # "rejected claims that its troops shelled the town", "dismissed the report that it had sold arms": a
            # charge against oneself called untrue is denied (016, "discard or deny accusations or charges"), no
            # proposal or demand rejected (a report of what others did, dismissed, stays a rejection)
            st.code = st.cand.code = "016"
            st.notes.append(f"denied-{said}")
        flow = st.match.obj
        if self.own_rules and st.code == "1622" and flow is not None and flow.lemma_.lower() in TRADE_FLOW_NOUNS \
                and any(t.lemma_.lower() in ENERGY_WORDS for t in flow.subtree if t.i != flow.i):
            # "Gazprom halted gas deliveries to Moldova", "Ukraine halted the transit of Russian gas": energy
            # stopped is an embargo (as "cut off gas supplies"), no military aid cut
            st.code = st.cand.code = "163"
            st.notes.append("energy-cut")
        helped = flow if flow is not None else next(
            (g for c in tok.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() == pattern.prep_object[1]), None) \
            if pattern.prep_object is not None and pattern.prep_object[1] in AID_NOUNS else None
        kind = next((AID_KINDS[m.lower_] for m in helped.children if m.dep_ in {"amod", "compound"}
                     and m.i < helped.i and m.lower_ in AID_KINDS), None) \
            if self.own_rules and helped is not None and st.code in AID_KIND_STEMS \
            and helped.lemma_.lower() in AID_NOUNS else None
        if kind is not None and helped is not None:
            # "offered military support to Lebanon" is an intent to give military aid (0332), no policy stance;
            # "provided financial assistance" economic aid (071), "asked for humanitarian aid" an appeal for it
            # (0233): the kind of help named picks the sub-code
            st.code = st.cand.code = AID_KIND_STEMS[st.code] + kind
            st.notes.append(f"aid-kind:{helped.lower_}")
        hoped = next((c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}), None) \
            if self.own_rules and st.code == "013" and tok.lemma_.lower() == "hope" and pattern.obj is None else None
        hostile = self.best(hoped, noun=False) if hoped is not None else None
        if hoped is not None and hostile is not None and hostile[0].code[:2] in {"11", "12", *HOSTILE_ROOTS}:
            # "hoped the French officers would be indicted", "hopes the army will crush the rebels": a wish
            # for something hostile is no optimistic comment (the wished event is coded as unrealised)
            return st.reject(found, f"'{tok.text}' for a hostile act ('{hoped.text}'), no optimism")
        if self.own_rules and st.code == "070" and tok.lemma_.lower() == "help" and pattern.obj is None \
                and not pattern.noun and (st.target_tok is None or st.target_tok.pos_ not in {"NOUN", "PROPN", "PRON"}
                                          or (self._thing(st.target_tok, actors) and not (
                                              st.target_tok.dep_ == "nsubj" and any(x is not None and x.code for x in st.targets)))
                                          or (st.subj_tok is not None and (self._thing(st.subj_tok, actors)
                                                                        or st.subj_tok.lower_ in {"it", "this", "that"}))
                                          or not any(x is not None and x.code for x in st.sources)):
            # "helped ease tensions", "it will help both sides", "the rains helped the harvest", "the money
            # will help refugees", "helped the poor": help is aid only when an actor helps somebody
            # the event nouns it took as its actors stand alone ("praise from Putin helps Trump"); a coded doer of
            # the act helped along is somebody ("helped Iraqi forces fight IS")
            consumed.difference_update(t.i for t in (st.subj_tok, st.target_tok) if t is not None and self.best(t, noun=True))
            return st.reject(found, f"'{tok.text}' with no actor helping somebody")
        fought = st.target_tok.head if self.own_rules and st.code == "070" and st.target_tok is not None \
            and (doer := _helped_doer(tok)) is not None and doer.i == st.target_tok.i else None
        force = self.best(fought, noun=False) if fought is not None else None
        if fought is not None and force is not None and force[0].code[:2] in VIOLENT_ROOTS and any(
                actors.resolve(g) is not None for c in fought.children
                for g in (c, *(x for x in c.children if c.dep_ == "prep" and x.dep_ == "pobj")) if c.dep_ in {"dobj", "prep"}):
            # "helped Iraqi forces fight the Islamic State", "helped the rebels retake the town from the army": help
            # to fight an armed foe is military assistance (072), the helped party's fight its own event ("helped
            # Greece fight wildfires" stays aid not specified)
            st.code = st.cand.code = "072"
            st.notes.append(f"military-help:{fought.lemma_.lower()}")
        if st.code == "020" and self.own_rules and tok.lemma_.lower() == "call" and pattern.obj is None \
                and not pattern.noun and pattern.prep_object is None and not any(
                    (c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon", "for"})
                    or ((c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "advcl" and any(g.tag_ == "TO" for g in c.children)))
                        and c.pos_ in {"VERB", "AUX"} and c.lemma_.lower() not in PHONED_VERBS)
                    or (c.dep_ in {"xcomp", "ccomp", "advcl"} and any(g.dep_ == "mark" and g.lower_ == "for"
                                                                     for g in c.children)) for c in tok.children):
            # "called Trump a fascist", "called her to say they would not vote", "Texas was called for
            # Cruz", "calling him out": naming, phoning, a race called; an appeal calls on somebody
            # or for something ("called on NATO to act", "called the rebels to lay down arms")
            return st.reject(found, f"'{tok.text}' without on or for: naming or phoning, no appeal")
        if st.code == "051" and self.own_rules and tok.lemma_.lower() in STANCE_VERBS and pattern.obj is None \
                and not pattern.noun and not any(c.dep_ in {"dobj", "dative"} for c in tok.children) \
                and any(c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG" and not any(
                    g.dep_ in SUBJ | {"poss"} for g in c.children) for c in tok.children):
            # "the senator supports deporting illegal immigrants", "lawmakers endorsed making it harder to
            # enter": backing a course of action, a policy stance; nobody is praised or endorsed (the
            # people the policy would act on are no target of the praise)
            return st.reject(found, f"'{tok.text}' a course of action: a policy stance, nobody endorsed")
        return True

    def _verb_form_sense(self, st: Trigger, actors: DocActors, found: list[Candidate], consumed: set[int]) -> bool:
        """Senses the verb's form decides: descriptive participles, present passives, withdrawals, raids, courts."""
        tok, pattern = st.tok, st.pattern
        if self.own_rules and st.code == "192" and tok.lemma_.lower() == "fall" and not pattern.noun:
            # "the town fell to the rebels": those it fell to took it, the place's country lost it; a share, a
            # task or an office that falls to someone is taken by nobody
            takers = [t for _, t in st.pairs if t is not None and _armed_code(t.code)]
            if not takers or st.subj_tok is None or not self._place_object(st.subj_tok, actors):
                return st.reject(found, f"'{tok.text} to' no armed taker of a place: no occupation")
            st.pairs = [(t, s if s is not None and s.code and not _armed_code(s.code) else None)
                        for s, t in st.pairs if t in takers]
            st.notes.append("territory:fell-to")
        if self.own_rules and st.code in {"129", "0832", "081"} and not pattern.noun:
            court = bool(st.sources) and all(x is not None and x.code and _sector(x.code) == "JUD" for x in st.sources)
            voided = pattern.obj in VOID_PREDICATES or pattern.xcomp in VOID_PREDICATES
            if voided and not court:
                # "the opposition declared the vote illegal", "Moscow deems the sanctions unlawful": a stance, which
                # no court's ruling voids
                return st.reject(found, f"'{tok.text} ... {pattern.obj or pattern.xcomp}' by no court: a stance, no ruling")
            if court and st.code != "129" and tok.lemma_.lower() in VOIDING_VERBS \
                    and any(o.lemma_.lower() in VOIDABLE_ACTS for o in tok.children if o.dep_ == "dobj"):
                # "the Supreme Court overturned the ban": a court voids an act of government (129), it yields
                # nothing (0832) and eases no restriction of its own (081)
                st.code = st.cand.code = "129"
                st.notes.append("court-voided-act")
            if court and st.code == "129":
                # "declared the president's order unconstitutional": whose act was voided is the target
                acts = [o for o in tok.children if o.dep_ == "dobj"]
                acts += [g for o in (*acts, *(c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}))
                         for g in o.children if g.dep_ in {"compound", "nsubj"}]
                owner = next((r for a in acts if a.lemma_.lower() in VOIDABLE_ACTS for g in a.children
                              if g.dep_ == "poss" and (r := actors.resolve(g)) is not None and r.code), None)
                if owner is not None and all(t is None or not t.code for _, t in st.pairs):
                    st.pairs = [(x, owner) for x, _ in st.pairs]
                    st.notes.append("target:author-of-the-voided-act")
        if st.code[:2] == "19" and self.own_rules and tok.lemma_.lower() in {"fight", "battle"} and tok.tag_ == "VBG" \
                and tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            # "the coalition fighting the Islamic State", "local forces battling the rebels": a participle that
            # says who a party is, a standing description repeated in story after story, no dated clash
            return st.reject(found, f"'{tok.head.text} {tok.text}': a description of a party, no dated clash")
        if st.code == "154" and self.own_rules and tok.lemma_.lower() in {"station", "base"} and any(
                c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in tok.children) \
                and not any(c.dep_ == "aux" for c in tok.children):
            # "about 800 soldiers are stationed in Chad": where forces stand, a state, not a deployment
            return st.reject(found, f"'{tok.text}' in the present: a standing posture, no deployment")
        if st.code == "175" and self.own_rules and tok.lemma_.lower() == "disperse" and pattern.obj is None \
                and not any(c.dep_ in {"dobj", "nsubjpass", "auxpass", "agent"} for c in tok.children) \
                and st.subj_tok is not None and any(x is not None and x.code and _sector(x.code) == "CVL" for x in st.sources):
            st.code = st.cand.code = "082"  # "as the crowd dispersed": the protesters going home (as 'disperse peacefully')
            st.notes.append("crowd-dispersing")
        if st.code == "130" and self.own_rules and tok.lemma_.lower() == "warn" and pattern.obj is None \
                and not pattern.noun and any(c.dep_ == "auxpass" for c in tok.children) \
                and not any(c.dep_ in {"agent", "ccomp", "dobj"} or (c.dep_ == "xcomp" and not self._in_time(tok)) or (
                    c.dep_ == "prep" and c.lower_ in {"against", "by"}) for c in tok.children):
            # "the troops had been warned in time", "he had been warned about the raids": somebody was
            # told of a danger ahead by nobody named; a threat names who warns or what it threatens
            # ("Iran was warned that any attack would be met with force", "were warned to disperse")
            return st.reject(found, f"'{tok.text}' in the passive with no one warning: a notice, no threat")
        if st.code == "130" and self.own_rules and tok.lemma_.lower() == "warn" and pattern.obj is None \
                and not pattern.noun and pattern.prep_object is None \
                and not any(c.dep_ in {"dobj", "dative", "nsubjpass", "auxpass"} or (
                    c.dep_ == "prep" and c.lower_ in {"against", "to"}) for c in tok.children) \
                and not self._warned_act(tok, st.sources, actors):
            # "warned that the toll could rise", "warned of heightened tensions", "it is undermining our
            # values, he warned": a forecast (012, pessimistic comment); a threat warns somebody or
            # announces the speaker's own response ("warned that any attack would be met with force")
            defier = self._ultimatum(tok, st.sources, actors)
            if defier is None:
                st.code = st.cand.code = "012"
                st.notes.append("warning-as-forecast")
            elif all(t is None or not t.code for _, t in st.pairs):
                # "warned of imminent war if China did not meet their demands": a harm made hang on another's
                # refusal is an ultimatum to them, a threat (130), no forecast
                st.targets = [defier]
                st.pairs = [(x, defier) for x in st.sources]
                st.notes.append(f"ultimatum-to:{defier.text}")
        if st.code == "130" and self.own_rules and pattern.obj == "warning" and all(
                t is None or not t.code for _, t in st.pairs) and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "warning" and self._forecast_topic(c) for c in tok.children):
            st.code = st.cand.code = "012"  # "issued warnings of famine": a danger foreseen, as the noun alone
            st.notes.append("warning-as-forecast")
        if st.code == "019" and self.own_rules and tok.lemma_.lower() == "echo" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in OUTCOME_NOUNS for c in tok.children):
            # "has echoed Sanders' success online": a result repeated, no position agreed with (019 is
            # accord with a view: "echoed the call for a ceasefire")
            return st.reject(found, f"'{tok.text}' a result: repeated, no accord")
        if st.code == "0831" and self.own_rules and tok.lemma_.lower() == "stand" and pattern.particle == "down" \
                and st.sources and all(x is not None and x.code and (len(x.code) == 3 or _sector(x.code) in ARMED_SECTORS)
                                    for x in st.sources):
            st.code = st.cand.code = "087"  # "Iran appears to be standing down", "the troops stood down": de-escalation
            st.notes.append("standing-down-force")
        if st.code.startswith("04") and self.own_rules and tok.lemma_.lower() == "meet" \
                and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children) \
                and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ == "pobj" and self._thing(g, actors) for g in c.children) for c in tok.children):
            # "the plan was met with criticism", "any attack will be met with a forceful response": a
            # reaction it drew, nobody meets ("was met by officials at the airport" stays a meeting)
            return st.reject(found, f"passive '{tok.text} with' a thing: a reaction, no meeting")
        if st.code == "042" and self.own_rules and tok.lemma_.lower() == "fly" and any(
                c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
            # "was flown to Berlin for treatment", "the bodies will be flown home": carried there, no visit
            return st.reject(found, f"passive '{tok.text}': carried there, no visit")
        if st.code in {"0874", "087"} and self.own_rules and pattern.obj is None and not pattern.noun and not st.armed:
            thing = next((c for c in tok.children if c.dep_ == "dobj"), None)
            civil = st.sources and all(x is not None and x.code and _sector(x.code) in CIVIL_SECTORS for x in st.sources)
            if st.code == "0874" and thing is not None and self._thing(thing, actors):
                # "withdrew the statement", "pulled out her credentials": something taken back, no force
                return st.reject(found, f"'{tok.text} {thing.text}': a thing taken back, no retreat")
            if civil:
                # "the protesters withdrew", "the senator pulled out", "the crowd pulled back": people
                # leaving a place or a race; no force retreats or de-escalates
                return st.reject(found, f"'{tok.text}': a civilian or political actor leaving, no retreat")
        if st.code == "190" and self.own_rules and tok.lemma_.lower() in {"raid", "storm", "break"} and st.sources and all(
                x is not None and x.code and _sector(x.code) in {"COP", "JUD"} for x in st.sources):
            # "police raided the offices", "prosecutors raided", "police stormed the embassy", "broke into the
            # party headquarters" (190 only by "break @into"): law enforcement's force is coercion (17), not a
            # military assault
            st.code = st.cand.code = "170"
            st.notes.append("raid-by-police")
        if st.code == "0874" and self.own_rules and st.sources and not st.armed and all(
                x is not None and x.code and self._unarmed_body(x) for x in st.sources):
            st.code = st.cand.code = "166"  # "the aid group pulled out of X": a withdrawal of a non-military presence
            st.notes.append("withdrawal-of-unarmed-body")
        return True

    def _verb_emit(self, st: Trigger, found: list[Candidate]) -> None:
        """One candidate per source-target pair (and the reverse code's), each judged."""
        tok, pattern = st.tok, st.pattern
        lex = self.lex
        for s, t in st.pairs:
            if st.code != NULL_CODE:
                c = replace(st.cand, source=s, target=t, negated=st.negated, modality=st.modality, attributed_to=st.attributed,
                            notes=[*st.notes, REVERSED] if (id(s), id(t)) in st.reverse else list(st.notes))
                if self.own_rules and (st.cand.code in RIOT_CODES or st.cand.code == "145") and st.cand.code not in {"191", "1712"}:
                    c.code = self._crowd_code(st.cand.code, s, t, mutual=tok.lemma_.lower() in lex.symmetric_words)
                if self.own_rules:
                    c.code = self._official_protest(c.code, tok.lemma_.lower(), s)
                found.append(self._judge(c, st.discard))
                if self.own_rules and st.code == "173" and tok.lemma_.lower() == "sentence":
                    # PLOVER: a court's sentence is a conviction (SANCTION) besides the detention
                    found.append(self._judge(replace(c, code="116", notes=[*st.notes, "sentence: also convicted"]), st.discard))
            if pattern.reverse_code:
                c = replace(st.cand, code=pattern.reverse_code, source=t, target=s, negated=st.negated,
                            modality=st.modality, attributed_to=st.attributed, notes=[*st.notes, "reverse code: target acts back"])
                found.append(self._judge(c, st.discard))

    @staticmethod
    def _each_own(doc: Doc, pairs: list[tuple[Resolved | None, Resolved | None]],
                  notes: list[str]) -> list[tuple[Resolved | None, Resolved | None]]:
        """"Latvia and Estonia condemned the detention of their citizens": "their" refers back to the coordinated
        countries, so each acts for its own people, not for the last-named one's. Their envoys and embassies are
        posted to each other, though: when two countries "reopened their embassies" or "recalled their ambassadors",
        each acts on the other's government."""
        countries = {x.code[:3] for x, _ in pairs if x is not None and x.kind == "country" and len(x.code) == 3}
        if len(countries) < 2:
            return pairs
        out: list[tuple[Resolved | None, Resolved | None]] = []
        for x, t in pairs:
            if x is not None and t is not None and t.code and t.token >= 0 and t.code[:3] in countries \
                    and x.code[:3] in countries and len(t.code) > 3 \
                    and any(c.dep_ == "poss" and c.lower_ == "their" for c in doc[t.token].children):
                posted = doc[t.token].lemma_.lower() in ENVOY_NOUNS | MISSION_NOUNS and len(countries) == 2
                home = next(iter(countries - {x.code[:3]})) if posted else x.code[:3]
                t = replace(t, code=home + t.code[3:])
                note = "target:each-other's-envoys" if posted else "target:each-subject's-own"
                if note not in notes:
                    notes.append(note)
            out.append((x, t))
        return out
