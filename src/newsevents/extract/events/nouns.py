"""Noun triggers: event nouns ("the bombing of", "a strike on") that no coded verb took as its argument."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.actors import DocActors, Resolved
from newsevents.extract.events.records import Candidate
from newsevents.extract.events.syntax import (
    _nobody,
    _phrase,
    _terror_kind,
    _verb_read_plural,
)
from newsevents.extract.events.verbs import VerbTriggers
from newsevents.extract.events.words import (
    AIMING_VERBS,
    ANSWERING_VERBS,
    ARMED_SECTORS,
    ATTITUDE_SINGULARS,
    BROKERING_VERBS,
    CALLING_OFF_VERBS,
    CAUSING_VERBS,
    CEASEFIRE_DECLARING,
    COERCIVE_ROOTS,
    EFFECT_VERBS,
    FACING_VERBS,
    FRESH_MODIFIERS,
    GIVING_VERBS,
    IMPACT_VERBS,
    KIND_HEADS,
    MATERIEL_HEADS,
    OBTAINING_VERBS,
    PROMPTING_VERBS,
    RESPONDING_VERBS,
    RIOT_CODES,
    TERROR_GENERIC_CODES,
    TERRORIST_WORDS,
    TIE_NOUNS,
    TOPIC_MARKERS,
    UNDERGOING_VERBS,
    VIOLENT_ROOTS,
)
from newsevents.nlp.tree import has_negation


class NounTriggers(VerbTriggers):
    """Codes the event nouns of a sentence, after the verbs have consumed their arguments."""

    def _noun_events(self, si: int, sent: object, actors: DocActors, found: list[Candidate], consumed: set[int],
                     discard: str) -> None:
        """Event nouns that are not arguments of a coded verb ("a US strike", "the siege of")."""
        for tok in sent:  # type: ignore[attr-defined]
            self._noun_trigger(tok, si, actors, found, consumed, discard)

    def _noun_trigger(self, tok: Token, si: int, actors: DocActors, found: list[Candidate], consumed: set[int],
                      discard: str) -> None:
        """One event noun: rejected (a contest, an attitude, a kind, a topic, a rally) or coded with the actors
        its phrase and its clause give it."""
        lex = self.lex
        gerund = self.own_rules and tok.pos_ == "VERB" and self._nominal_gerund(tok)
        misread = self.own_rules and tok.pos_ == "VERB" and not gerund and _verb_read_plural(tok) is not None
        if (tok.pos_ not in {"NOUN", "PROPN"} and not gerund and not misread) or tok.i in consumed:
            return
        # "its withdrawal from IGAD": a body named only by its name is the pattern's "organization"
        nmatch = self.best(tok, noun=True, actors=actors if self.own_rules else None)
        if nmatch is None:
            return
        if misread and nmatch[2] is None:
            return  # only a compound the noun's pattern names ("asset freezes"), not "government bans"
        if tok.dep_ == "pobj" and tok.head.head.i in consumed:
            # "the lifting of the curfew was welcomed": the curfew belongs to the lifting
            owner = self.best(tok.head.head, noun=True)
            if owner is not None and owner[0].prep_object == (tok.head.lower_, tok.lemma_.lower()):
                return
        npattern, ntarget, _ = nmatch
        contest = self._figurative_conflict(tok) if self.own_rules and npattern.code[:2] in VIOLENT_ROOTS else None
        worded = self._figurative(tok, None) if self.own_rules and npattern.code[:2] in VIOLENT_ROOTS else None
        # "an attack on a judge's heritage": what the noun is on is fought with words, not arms
        reason = f"'{tok.text}' of '{contest.text}': a contest, not fighting" if contest is not None \
            else f"'{tok.text}' on '{worded.text}': words, not arms" if worded is not None else ""
        if reason:
            found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                   status="rejected", reason=reason, pattern=npattern))
            return
        if self.own_rules and tok.lower_ in ATTITUDE_SINGULARS and npattern.code[:2] in VIOLENT_ROOTS:
            found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                   status="rejected", reason=f"'{tok.text}': an attitude, not fighting",
                                   pattern=npattern))
            return
        if npattern.prep_object is not None:
            # "the lifting of the curfew", "the threat of sanctions": one event, not two
            consumed.update(g.i for c in tok.children if c.dep_ == "prep" and c.lower_ == npattern.prep_object[0]
                            for g in c.children if g.dep_ == "pobj")
        if self.own_rules and ((tok.dep_ == "compound" and (tok.head.lemma_.lower() in KIND_HEADS or (
                # "agreed to end their tariff war": the measure names the kind of a contest, which is what is ended
                (fig := self._figurative_conflict(tok.head)) is not None and fig.i == tok.i))) or (
                # "attack helicopters", "water-bombing planes": a kind of craft or weapon, whatever it is sent to do
                tok.dep_ in {"compound", "amod"} and npattern.code[:2] in VIOLENT_ROOTS
                and tok.head.lemma_.lower() in MATERIEL_HEADS)):
            found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                   status="rejected", reason=f"'{tok.text} {tok.head.text}': a kind of "
                                   f"{tok.head.text}, not an event", pattern=npattern))
            return
        if self.own_rules and tok.dep_ == "dobj" and tok.head.lower_ == "citing" and tok.head.dep_ in {"advcl", "xcomp"}:
            # "expelled the ambassador, citing threats from the militia": the reason given for the clause's act,
            # not an act reported here
            found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                   status="rejected", reason=f"'citing {tok.text}': a reason given, not an act",
                                   pattern=npattern))
            return
        if self.own_rules and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CALLING_OFF_VERBS:
            found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                   status="rejected", reason=f"'{tok.head.text} {tok.text}': called off, "
                                   "not held", pattern=npattern))
            return
        if self.own_rules and (npattern.code[:2] == "16" or npattern.code[:3] == "172") and tok.dep_ == "nsubj" \
                and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in EFFECT_VERBS \
                and not any(c.lemma_.lower() in FRESH_MODIFIERS for c in tok.children):
            # "sanctions on Venezuela have deepened poverty", "the curfew crippled trade": a measure in force
            # as the cause of what followed, not imposed now ("new sanctions hit Iran's oil exports" are imposed)
            found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                   status="rejected", reason=f"'{tok.text} ... {tok.head.text}': a measure in force "
                                   "as the cause of an effect, no new act", pattern=npattern))
            return
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
            return
        rally = self._campaign_rally(tok, actors) if self.own_rules and not gerund else ""
        if rally:
            found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                   status="rejected", reason=rally, pattern=npattern))
            return
        s, t, how = self.noun_actors(tok, actors)
        obtained = self.own_rules and npattern.code[:2] == "05" and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in OBTAINING_VERBS
        if obtained and s is None and "of=target" in how:
            s, t, how = t, None, how.replace("of=target", "of=giver")  # "won the endorsement of Vander Plaats"
        if self.own_rules and t is None and npattern.code[:2] == "16" and npattern.prep_object is not None \
                and npattern.prep_object[0] == "from":
            # "announced their withdrawal from the bloc ECOWAS": the body a member leaves is whom it turns from
            left = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.subtree
                    if g.dep_ != "poss" and (r := actors.resolve(g)) is not None and r.code and (s is None or r.code != s.code)]
            if left:
                t, how = left[0], how + ",left-body=target"
        if self.own_rules and t is None and ("from=source" in how or "poss=source" in how or "of=giver" in how or (
                s is None and npattern.code[:2] not in VIOLENT_ROOTS | {"08"})):  # as noun_actors' own "from"
            s, t, how = self._faced_by(tok, s, actors, how, obtained=obtained)
        gov_obj = _reason_partner(tok) if self.own_rules else None
        if self.own_rules and gov_obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) \
                and (doer := actors.resolve(gov_obj)) is not None and doer.code:
            # "Vietnam thanked Japan for its donation", "criticised Russia for its invasion", "cut ties with
            # Israel over its offensive": the pronoun is the one thanked, blamed or turned from, who did the deed
            s, how = doer, how + ",reason:object=source"
            if t is not None and t.code == doer.code:
                t = None
        if self.own_rules and t is None and npattern.code[:2] in COERCIVE_ROOTS:
            t, how = self._impact_target(tok, npattern.code, actors, how)
        if s is None and gerund:
            s = self._gerund_actor(tok, actors)
            how += ",modifier-before-gerund=source" if s is not None else ""
        if ntarget is not None:
            t = actors.resolve(ntarget) or t
        if self.own_rules and t is None and npattern.code.startswith("112"):
            # "allegations by Rwanda that it armed the rebels", "the accusation that Iran supplied drones": the
            # one the that-clause says did it is the accused (the doer of a passive clause, "that civilians were
            # killed by troops")
            clause = next((c for c in tok.children if c.dep_ in {"acl", "ccomp"}
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            alleged = next((d for d in [*(g for g in clause.children if g.dep_ == "nsubj"),
                                        *(p for a in clause.children if a.dep_ == "agent" for p in a.children
                                          if p.dep_ == "pobj")]), None) if clause is not None else None
            accused = actors.resolve(alleged) if alleged is not None else None
            if clause is not None and s is not None \
                    and clause.left_edge.idx <= s.start < clause.right_edge.idx + len(clause.right_edge):
                s = None  # the clause's own "by Kenyan troops" is who did what is alleged, not who alleges it
            if accused is not None and accused.code and (s is None or accused.code != s.code):
                t, how = accused, how + ",that-clause-doer=target"
        # "X was killed in an attack by Y": the victim is the target; not of a meeting, which no one suffers
        # ("was shot after a government meeting", "was arrested during talks": the meeting is when, not to whom)
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head if gerund and tok.dep_ == "advcl" else None
        if t is None and gov is not None and gov.pos_ == "VERB" and not npattern.code.startswith("04"):
            victim = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
            if victim is not None and not _nobody(victim):  # not "no civilians were hurt in the strike"
                t = actors.resolve(victim)
                how += ",victim=target"
        if misread and s is None and tok.dep_ in {"ccomp", "dobj", "xcomp"} and tok.head.pos_ == "VERB":
            # "Canada announced asset freezes against ...": who announced the misread noun, as its object's
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            s = actors.resolve(subj) if subj is not None else None
            how += ",announcer=source" if s is not None else ""
        if s is None:
            s, whence = self._clause_actor(tok, actors, npattern.code)
            how += whence
        disaster = self._accident(tok.head) if self.own_rules and s is None and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in PROMPTING_VERBS | CAUSING_VERBS else None
        if disaster is not None:
            # "the cyclone hit Mozambique, forcing the evacuation of thousands", "floods prompted evacuations": a
            # disaster is no political actor, and the act it brought about names none
            found.append(Candidate(npattern.code, tok.i, si, f"pattern:{npattern.source}:{npattern.id}",
                                   status="rejected", reason=f"'{tok.head.text} {tok.text}': brought about by the "
                                   f"{disaster.text}, no actor's act", pattern=npattern))
            return
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
        if self.own_rules and t is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in GIVING_VERBS:
            # "sent a letter of support to Ukraine", "extended condolences to Japan": the one it is sent to
            to = next((o for k in tok.head.children if k.dep_ in {"dative", "prep"} and k.lower_ == "to"
                       for o in k.children if o.dep_ == "pobj"), None)
            t = actors.resolve(to) if to is not None else None
            how += ",sent-to=target" if t is not None else ""
        if self.own_rules and "between=" in how and ncode in RIOT_CODES:
            # "clashes between police and protesters": as the verb, repression by the forces
            ncode = self._crowd_code(ncode, s, t, mutual=tok.lemma_.lower() in lex.symmetric_words)
        if self.own_rules and ncode == "087" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CEASEFIRE_DECLARING:
            ncode = "0871"  # "announced a suspension of attacks": a declared ceasefire, as the verb form
            how += f",declared:{tok.head.lemma_.lower()}"
        kind, kind_words = _terror_kind([tok, *(m for m in tok.children if m.dep_ == "compound")]) \
            if self.own_rules and ncode in TERROR_GENERIC_CODES else ("", "")
        if kind:
            ncode, how = kind, how + f",terror-kind:{kind_words}"  # "a suicide attack", "a car bomb explosion"
        elif self.own_rules and ncode == "190" and (terror := next((m for m in tok.children if m.dep_ in {"amod", "compound"}
                                                                    and m.lemma_.lower() in TERRORIST_WORDS), None)):
            ncode, how = "180", how + f",terrorist-act:{terror.lower_}"  # "terrorist attacks in Paris": no military force
        if self.own_rules and ncode == "130" and tok.lemma_.lower() == "warning" and t is None and self._forecast_topic(tok):
            # "a German warning about a new world war", "warnings of a looming recession": a danger foreseen (012, as
            # the verb's warning-as-forecast); a threat warns somebody or names the warner's response
            ncode, how = "012", how + ",warning-as-forecast"
        negated, modality, mnotes = self.modality(tok)
        if self.own_rules and not negated and ("clause-subject" in how or "faced-by" in how):
            clause = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if clause is not None and has_negation(clause):
                # "the minister did not meet his counterpart during the summit": the actors the noun
                # takes from its clause did not do what the clause denies ("has not received a single
                # endorsement from")
                negated = True
                mnotes = [*mnotes, f"negated clause:{clause.text}"]
        # "Both men had been placed under sanctions": a group is each of its actors, one event each
        joined = self.own_rules and ",clause-subject:" in how
        for s1, t1 in [(one, t) for one in self._members_of(s, actors, conjoined=joined)] + [
                (s, one) for one in self._members_of(t, actors)[1:]]:
            code1 = self._official_protest(ncode, tok.lemma_.lower(), s1) if self.own_rules else ncode
            c = Candidate(code1, tok.i, si, f"pattern:{npattern.source}:{npattern.id}", s1, t1, negated, modality,
                          self._attribution(tok, actors), notes=[f"event-noun({how})", *mnotes], pattern=npattern)
            found.append(self._judge(c, discard))

    def _impact_target(self, tok: Token, code: str, actors: DocActors, how: str) -> tuple[Resolved | None, str]:
        """Whom an attack with no target of its own reached: the object of the verb that says it landed ("a
        cyberattack crippled the Ukrainian grid", "attacks targeting an army base in Syria"), or the subject
        that came or was under it ("the embassy came under attack", "ministry sites are under cyber attack")."""
        verb, victim = tok.head, None
        landing = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in AIMING_VERBS), None)
        if landing is not None:
            verb = landing  # "attacks targeting Shiite mosques", "a cyberattack targeted the ministry" (read as acl)
        if (tok.dep_ == "nsubj" or landing is not None) and verb.lemma_.lower() in IMPACT_VERBS \
                and not has_negation(verb):
            victim = next((c for c in verb.children if c.dep_ == "dobj"), None)
        elif tok.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() in UNDERGOING_VERBS:
            victim = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if victim is None or _nobody(victim) or self.best(victim, noun=True) is not None:
            return None, how  # "the strike disrupted an imminent attack": an act stopped, no one hit
        r = next((x for g in [victim, *_phrase(victim)] if (x := actors.resolve(g)) is not None and x.code), None)
        if r is not None and verb.lower_ == "under" and not (code == "176" or r.code[-3:] in ARMED_SECTORS):
            return None, how  # "immigrants came under assault by Trump", "the senator came under fire": words
        return r, how + (f",hit-by-verb:{verb.head.text if verb.lower_ == 'under' else verb.text}=target" if r else "")

    def _faced_by(self, tok: Token, source: Resolved | None, actors: DocActors,
                  how: str, *, obtained: bool = False) -> tuple[Resolved | None, Resolved | None, str]:
        """Who meets with what comes from someone: "the president faced criticism from the opposition",
        "Mali drew criticism from the African Union" (the "from" on the verb), "came under criticism
        from": the subject is the target, and whom it comes from the source. With ``obtained`` the noun is
        approval the verb's subject won ("won the endorsement of X", "earned Obama's praise")."""
        verb = tok.head if tok.dep_ == "dobj" and (obtained or tok.head.lemma_.lower() in FACING_VERBS) else None
        if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in UNDERGOING_VERBS:
            verb = tok.head.head
        if self.own_rules and ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in ANSWERING_VERBS) or (
                tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in RESPONDING_VERBS)):
            # "Obama responded to criticism from Republicans", "Iran denied Israel's accusations": who answers
            # what was said or done is whom it was aimed at
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            return source, None, how
        if source is None:
            giver = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                          for g in c.children if g.dep_ == "pobj"), None)
            source = actors.resolve(giver) if giver is not None else None
            if source is None or not source.code:
                return None, None, how
            how += ",verb-from=source"
        subj, _ = self._subject(verb)
        if obtained and subj is not None and subj.lower_ == "it":
            return source, None, how  # "said it was a great honor to earn Putin's praise": "it" wins nothing
        r = actors.resolve(subj) if subj is not None else None
        if (r is None or not r.code) and subj is not None:
            # "Trump's comments drew criticism from Berlin": whose the thing is meets with it
            r = next((x for c in subj.children if c.dep_ == "poss" and (x := actors.resolve(c)) is not None), None)
        if r is None or not r.code or r.start == source.start or (self.own_rules and r.rule == source.rule):
            return source, None, how  # nobody answers or meets with their own words
        return source, r, how + f",faced-by:{verb.lemma_.lower()}"


def _reason_partner(noun: Token) -> Token | None:
    """Whom a verb acts on when ``noun`` is its reason ("for" or "over" on the verb): its object ("thanked Japan for
    its donation"), or the partner of a tie it cuts or forms ("severed ties with Israel over its offensive")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"for", "over"} or prep.head.pos_ != "VERB":
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in TIE_NOUNS:
        return obj
    return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj"), obj)
