"""Why a match is or is not an event: discard, history, metaphor, generic and audience rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Token

from newsevents.dictionaries import Pattern
from newsevents.extract.actors import STATE_BODY_SECTORS, DocActors, Resolved, referent
from newsevents.extract.events.matching import _is_weapon
from newsevents.extract.events.records import Candidate
from newsevents.extract.events.roles import Roles
from newsevents.extract.events.syntax import (
    _armed_code,
    _characterization,
    _first_verb,
    _of_objects,
    _people_of,
    _sector,
    place_phrase_head,
)
from newsevents.extract.events.words import (
    ABSTRACT_AIMS,
    AID_FLOW_WORDS,
    ANY_ONE_DETERMINERS,
    APPLAUSE_VERBS,
    ARMED_CODES,
    ARMED_SECTORS,
    AUDIENCE_NOUNS,
    BACKING_PARTICIPLES,
    BUILDING_NOUNS,
    CAMPAIGN_WORDS,
    CHATTER_WORDS,
    COERCIVE_OUTCOMES,
    COMBAT_VERBS,
    COMMERCE_LEMMAS,
    CONTENDER_NOUNS,
    CONTEST_FORCE_WORDS,
    CONTEST_NOUNS,
    CONTESTED_PREPOSITIONS,
    COUNT_NOUNS,
    CROWD_NOUNS,
    DANGER_NOUNS,
    DEFINITE_DETS,
    DISCUSSION_GATHERINGS,
    DONATION_LEMMAS,
    ELECTORATE_NOUNS,
    EMERGENCY_WORDS,
    ERA_MARKS,
    ERA_NAMES,
    FACT_IGNORING_VERBS,
    FESTIVE_VERBS,
    FORCE_OBJECT_VERBS,
    FORCED_ENTRY_VERBS,
    GENERIC_DETERMINERS,
    GUESS_NOUNS,
    HABITUAL_ADVERBS,
    HABITUAL_MARKS,
    HISTORIC_POLITIES,
    HISTORY_YEARS,
    HOSTILE_ROOTS,
    INTANGIBLE_NOUNS,
    INVESTED_EFFORT,
    JUDGING_CONSIDER,
    KIND_PRONOUNS,
    KNOWING_WORDS,
    LEAVING_VERBS,
    LINKING_VERBS,
    LISTENER_NOUNS,
    MATERIEL_HEADS,
    MEDIA_NOUNS,
    MEETING_NOUNS,
    MONTH_EVENT_WORDS,
    MOOD_VERBS,
    NAMED_DAY_HORIZON,
    NEGOTIATING_BODIES,
    NON_COUNT_ENTS,
    NORM_NOUNS,
    NULL_CODE,
    OBITUARY_MARKS,
    OFFICE_SECTORS,
    OPPOSITION_VERBS,
    OUTBURST_NOUNS,
    OUTCOME_NOUNS,
    PAC_WORDS,
    PARTNERED_NOUNS,
    PARTY_NOUNS,
    PARTY_OBJECT_CODES,
    PLACE_CONTEXT_ROOTS,
    PLEDGE_LEMMAS,
    PREFERENCE_VERBS,
    PRICE_NOUNS,
    PROTEST_MARKS,
    PURPOSE_PARTICIPLES,
    QUALITY_NOUNS,
    QUESTIONERS,
    REACTION_NOUNS,
    READINESS_ADVERBS,
    READY_ADJECTIVES,
    RECALLING_VERBS,
    REFLEXIVE_PRONOUNS,
    REMEMBRANCE_VERBS,
    RESPONSE_WORDS,
    REVERSED,
    RIOTER_NOUNS,
    SHARE_WORDS,
    SHOWING_VERBS,
    SOUGHT_OFFICES,
    SPEAKING_BODY_HEADS,
    STANCE_THING_NOUNS,
    STANCE_VERBS,
    STATE_SECTORS,
    SUBJ,
    TALK_PARTICLES,
    TELLING_VERBS,
    THREAT_CONTENT_NOUNS,
    THREAT_UTTERING_VERBS,
    TIME_PREPOSITIONS,
    TIME_PREPS,
    TOPIC_HEADS,
    TOPIC_OBJECT_VERBS,
    TRADE_FLOW_NOUNS,
    UNARMED_SECTORS,
    UNILATERAL_VERBS,
    VERBAL_ATTACK_NOUNS,
    VERBAL_ATTACK_WORDS,
    VIOLENT_ROOTS,
    VIOLENT_SYMMETRIC,
    WH_TAGS,
    WORD_NOUNS,
    WORK_NOUNS,
)
from newsevents.nlp.tree import by_agent, has_to_marker, straight_lower
from newsevents.ontology.actor_codes import code_blocks
from newsevents.resolve.dates import resolve_time


def _known_topic(talk: Token) -> bool:
    """"They know what they're talking about", "has no idea what he is talking about": a talk whose topic is the
    relative "what" inside what someone knows or ignores speaks of competence, whoever is meant."""
    what = any(g.lower_ == "what" for k in talk.children if k.dep_ == "prep" and k.lower_ == "about"
               for g in k.children if g.dep_ == "pobj")
    return what and talk.dep_ in {"ccomp", "acl", "relcl"} and talk.head.lemma_.lower() in KNOWING_WORDS


def _decade(tok: Token) -> int | None:
    """The first year of a decade a token names: "1990s" 1990, "mid-1990s" 1990, "'80s" 1980; None for
    other words."""
    m = re.fullmatch(r"(?:(?:early|mid|late)-)?(1[0-9]|20)([0-9])0s", tok.lower_)
    if m:
        return int(m.group(1) + m.group(2) + "0")
    m = re.fullmatch(r"'?([3-9])0s", straight_lower(tok))
    if m and (straight_lower(tok).startswith("'") or (tok.i > 0 and straight_lower(tok.nbor(-1)) == "'")):
        return 1900 + 10 * int(m.group(1))
    return None


def _present_simple(verb: Token) -> bool:
    """Whether a verb is in the simple present: "makes", "support", or a passive "are bullied"
    (not "has made", "will make", "are making", "were bullied")."""
    auxes = [k for k in verb.children if k.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(a.dep_ == "auxpass" and a.tag_ in {"VBZ", "VBP"} for a in auxes)


def _past_indicative(clause: Token) -> bool:
    """A clause in the simple past ("that the president was responsible"): what is asked for is put in the
    mandative ("asked that he be freed", "that they stop", "that it should"), so a past "that"-clause after
    "asked" is a question's or an aside's content, no request."""
    return clause.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)


def _opening_plural(tok: Token) -> str:
    """The singular of a plural noun the parser took for a name because it opens the sentence
    ("Wildfires tore through the town": a proper noun keeps its plural as its lemma), or ""."""
    if tok.pos_ == "PROPN" and tok.i == tok.sent.start and tok.lower_.endswith("s") and len(tok) > 3:
        return tok.lower_[:-1]
    return ""


def _anyone(subj: Token) -> bool:
    """Whether a subject names anyone of a kind, nobody in particular: a bare plural common noun
    ("people", "candidates"), a singular one with "a", "any" or "every" ("a candidate"), or "you"."""
    if subj.lower_ == "you":
        return True
    if subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    dets = [k for k in subj.children if k.dep_ in {"det", "poss", "nummod"}]
    if subj.tag_ == "NNS":
        return not dets
    return bool(dets) and all(k.dep_ == "det" and k.lower_ in ANY_ONE_DETERMINERS for k in dets)


def _counted(subj: Token) -> Token:
    """Who a count with no number counts ("dozens of children", "thousands of migrants"), else the subject."""
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in COUNT_NOUNS or any(
            k.dep_ in {"det", "nummod"} for k in subj.children):
        return subj
    return next(iter(_of_objects(subj)), subj)


# Sectors whose members act for a polity when they speak or back someone: the state's bodies and the political
# actors beside them (a job in apposition in any other sector is a private person's: "a nurse", "a machinist").
_POLITICAL_SECTORS = STATE_BODY_SECTORS | {"PTY", "ELI", "OPP", "REB", "INS", "IGO"}


class Judgements(Roles):
    """Adds the rules that turn a match into a non-event, each with its reason."""

    def _figurative(self, tok: Token, subj: Token | None) -> Token | None:
        """The word that makes a violent verb figurative: "rising prices hit families", "fought
        for the reform", "attacked the plan", "battled the blaze"; or a violent noun: "an attack on his heritage" (only
        the qualities and words of QUALITY_NOUNS: "an attack on a polling place" is physical); None when the verb may
        be meant physically."""
        if subj is not None and subj.lemma_.lower() in self.lex.metaphor_subjects and not any(
                c.lemma_.lower() in {"military", "security", "mercenary", "armed"} for c in subj.children):
            return subj  # "a private military company attacked villages" is an armed group
        # a disaster fought is no enemy: "firefighters battled the blaze", "herders battling the winter"
        words = self.lex.figurative_objects | self.lex.accident_nouns | QUALITY_NOUNS
        if tok.pos_ == "NOUN":  # "an attack on a judge's heritage": what the noun is on or against
            return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "upon"}
                         for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in QUALITY_NOUNS), None)
        for c in tok.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in words:
                return c
            if c.dep_ == "prep" and c.lower_ in {"for", "against"}:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in words:
                    return pobj
        return None

    def _figurative_conflict(self, noun: Token | None, enemy: Token | None = None) -> Token | None:
        """The word that makes a conflict noun a figure of speech, so that nobody wages, reports or ends an
        armed conflict: a modifier naming a contest of votes, courts, money or words ("a trade war", "a charm
        offensive", "a legal battle"), or what the conflict is on, against, for, over or of when that is a
        policy, a vice, a disaster, a market or a prize ("the war on drugs", "a war of words", "the battle for
        the nomination", "fighting over the budget"), or the market it is in; ``enemy`` is whom a verbal
        pattern names it waged on ("declared war on corruption"). Only conflict heads are read so: "a bomb
        attack on a market" is none."""
        lex = self.lex
        domain = lex.figurative_objects | lex.accident_nouns | lex.metaphor_objects
        if enemy is not None and enemy.lemma_.lower() in domain and (enemy.lemma_.lower() != "market"
                                                                     or self._traded_market(enemy)):
            return enemy  # (a market is a place unless named by its trade: "an attack on a market in Kabul")
        if self.own_rules and enemy is not None and noun is not None and noun.lemma_.lower() in {"war", "crusade"} \
                and enemy.tag_ == "NNS" and self._thing(enemy, self._actors):
            # "declared war on potholes", "waged war on weeds": plain things, nobody to fight (an offensive or
            # strikes "on positions" or "against targets" are aimed at things held by someone)
            return enemy
        if noun is None or noun.lemma_.lower() not in lex.contest_heads:
            return None
        for c in noun.children:
            if c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in lex.contest_modifiers:
                return c
            if c.dep_ == "prep" and c.lower_ in CONTESTED_PREPOSITIONS:
                prize = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in domain), None)
                if prize is not None:
                    return prize
        # "launched an offensive in the Indian car market" (the phrase on the noun or on its verb)
        holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
        return next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in lex.metaphor_objects
                     and self._traded_market(g)), None)

    @staticmethod
    def _traded_market(market: Token) -> bool:
        """A market named by what is traded in it ("the Dutch beer market", "the streaming market"), not a place
        ("the central market", "a market in Kabul", "the fish market of Mogadishu")."""
        return any(k.dep_ == "compound" or (k.dep_ == "amod" and k.tag_ == "VBG") for k in market.children) \
            and not any(k.dep_ == "prep" for k in market.children)

    @staticmethod
    def _point_granted(tok: Token, pattern: Pattern) -> str:
        """Why "admit" or "concede" with a that-clause is speech: one grants a point, not a fault
        or a contest. "Refused to concede that his backers would not vote for him" yields nothing
        (unlike "refused to concede the race"), and "admitted it would be very hard" forecasts; it
        takes no responsibility (unlike "admitted that his men had shelled the town")."""
        if pattern.obj is not None:
            return ""
        if pattern.xcomp == "concede":
            verb = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == "concede"), None)
            if verb is not None and any(c.dep_ == "ccomp" for c in verb.children):
                return "'refused to concede that ...': a point not granted, no refusal to yield"
            return ""
        if pattern.xcomp is None and tok.lemma_.lower() in {"admit", "concede"}:
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if clause is not None and any(a.dep_ == "aux" and a.tag_ == "MD" for a in clause.children):
                return "'admitted it would be hard': a forecast granted in speech, no responsibility taken"
        return ""

    @staticmethod
    def _idle_phrase(tok: Token, pattern: Pattern) -> str:
        """Why a verb names no event here: "as opposed to" means "rather than", and one meets a
        target or a deadline without meeting anybody ("met the goal", "refused to meet the target"); an
        "alleged" with no clause or object alleges nothing here ("as he has often alleged"); a report or a win
        that "cheered" or "assured" somebody caused a mood, it did not act."""
        doc = tok.doc
        if tok.lemma_.lower() in MOOD_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in OUTCOME_NOUNS
                                                    for c in tok.children):
            return f"'{tok.text}' by a result or a report: a mood or a certainty caused, nobody acts"
        if tok.lemma_.lower() == "oppose" and tok.i > 0 and doc[tok.i - 1].lower_ == "as" \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return "fixed phrase 'as opposed to'"
        granted = Judgements._point_granted(tok, pattern)
        if granted:
            return granted
        if tok.lemma_.lower() == "allege" and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in tok.children):
            # "as he's often alleged": a nod to an allegation made elsewhere, with nothing alleged here
            return f"'{tok.text}' with nothing alleged: no accusation in the sentence"
        if tok.lemma_.lower() == "invest" and pattern.obj is None:
            # "invested a lot of time in Minnesota", "invested too much in the effort to oust him"
            spent = [g for c in tok.children if c.dep_ in {"dobj", "prep"}
                     for g in ([c, *(k for k in c.children if k.dep_ == "prep" and k.lower_ == "of")] if c.dep_ == "dobj"
                               else [c] if c.lower_ == "in" else [])]
            words = {w.lemma_.lower() for g in spent for w in ([g] if g.dep_ == "dobj" else [k for k in g.children if k.dep_ == "pobj"])}
            if words & INVESTED_EFFORT:
                return f"'{tok.text}' time or effort in a cause, no economic cooperation"
        if tok.lemma_.lower() in {"ask", "request", "seek"} and any(
                g.lemma_.lower() == "anonymity" for c in tok.children if c.dep_ in {"dobj", "prep"}
                for g in ([c] if c.dep_ == "dobj" else [k for k in c.children if k.dep_ == "pobj"])):
            # "asking for anonymity to speak freely", "who requested anonymity": the terms a source
            # talks to a reporter on, no appeal (as "asked not to be named" below)
            return f"'{tok.text} ... anonymity': a source's anonymity, no appeal"
        if tok.lemma_.lower() == "fear" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children) \
                and not any(c.dep_ == "agent" for c in tok.children):
            # "600 migrants are feared dead", "it is feared that": a toll or a danger hedged, nobody voices fear
            return f"'{tok.text}' with nobody who fears: a hedge on what happened, no statement"
        if pattern.code[:3] in {"042", "043"} and any(c.dep_ in {"nsubj", "nsubjpass"} and _is_weapon(c) for c in tok.children):
            # "the first Patriot system from Germany arrived in Ukraine": arms delivered, no visitor
            return f"'{tok.text}' of arms: a delivery, no visit"
        if pattern.code[:3] == "141" and any(c.dep_ in {"advcl", "xcomp"} and has_to_marker(c) and c.lemma_.lower() in FESTIVE_VERBS
                                             for c in tok.children):
            # "fans poured into the streets to celebrate the win": a crowd out to rejoice, no demonstration
            return f"'{tok.text}' to {next(c.lemma_ for c in tok.children if c.lemma_.lower() in FESTIVE_VERBS)}: a celebration, no protest"
        if pattern.obj is not None:
            return ""  # "met their demands" has its own pattern (083)
        if tok.lemma_.lower() == "press" and pattern.xcomp is None and pattern.prep_object is None:
            kids = list(tok.children)
            passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids) or (
                tok.tag_ == "VBN" and tok.dep_ in {"advcl", "acl"})
            agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            asks = not any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ in {"for", "into"}) for c in kids)
            if passive and asks and all(a.lemma_.lower() in QUESTIONERS for a in agents):
                return "'was pressed on' a question: asked in an interview or a debate, no demand"
        if tok.lemma_.lower() in {"talk", *TOPIC_OBJECT_VERBS} and pattern.prep_object is None \
                and Judgements._lone_speaker(tok):
            return f"'{tok.text}' about a topic with nobody: speech, not a consultation"
        if tok.lemma_.lower() == "ask" and pattern.xcomp is None and pattern.prep_object is None and not pattern.forms:
            kids = list(tok.children)
            anonymous = any(c.dep_ == "xcomp" and c.lemma_.lower() in {"name", "identify"}
                            and any(g.dep_ == "auxpass" for g in c.children) for c in kids)
            if anonymous:
                return "'asked not to be named': a source's anonymity, no appeal"
            # "Mistake?" he asked: a quoted one-word question the parser hung on "asked" as its complement
            if not any((c.dep_ == "xcomp" and not (c.pos_ in {"NOUN", "PROPN"} and any(p.lower_ == "?" for p in c.children)))
                       or (c.dep_ == "prep" and c.lower_ in {"for", "of"})
                       or (c.dep_ == "advcl" and has_to_marker(c))
                       or (c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                           and not _past_indicative(c))
                       for c in kids):
                return "a question asked ('asked if', 'asked him why'), no appeal"
        if tok.lemma_.lower() == "call" and pattern.xcomp is None and pattern.prep_object is None and not pattern.forms \
                and pattern.particle is None and not any((c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon", "for"} and not any(
                    g.ent_type_ in {"DATE", "TIME"} for g in c.children)) or c.dep_ in {"xcomp", "advcl"}
                            or (c.dep_ == "ccomp" and any(g.lower_ in {"for", "that"} for g in c.children))
                            for c in tok.children):
            # "called an extraordinary session for Sunday": a date after "for" asks nothing either
            return "a call that asks nothing ('called a session', 'called him a fascist', 'called attention to')"
        if tok.lemma_.lower() == "assure" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
                and (tok.dep_ in {"acomp", "amod"} or any(c.dep_ == "auxpass" for c in tok.children)):
            return "'assured of': a certainty, nobody assures anyone"
        meet = tok if tok.lemma_.lower() == "meet" else None
        if meet is None and pattern.xcomp == "meet":  # "refuse >meet"
            meet = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == "meet"), None)
        obj = next((c for c in meet.children if c.dep_ == "dobj"), None) if meet is not None else None
        if obj is not None and obj.lemma_.lower() in ABSTRACT_AIMS:
            return f"'meet the {obj.text}': an aim met, not a meeting"
        return ""

    def _accident(self, tok: Token) -> Token | None:
        """The accident or disaster that did it: "killed in a crash", "the quake killed 10", and,
        for a verb with no subject of its own, the clause it continues: "the cyclone destroyed homes
        and cut off roads", "the train derailed, killing 40"."""
        heads = [tok]
        if self.own_rules and tok.dep_ in {"acl", "relcl"} and tok.head.lemma_.lower() in self.lex.accident_nouns \
                and not any(c.dep_ in SUBJ and c.lower_ not in self.lex.relative_pronouns for c in tok.children):
            return tok.head  # "the quake that struck Turkey", "the first quake, ..., struck before dawn" (parsed as acl)
        if self.own_rules and tok.dep_ == "relcl":
            pron = next((c for c in tok.children if c.dep_ in SUBJ and c.lower_ in self.lex.relative_pronouns), None)
            ante = self._relative_antecedent(pron, tok) if pron is not None else None
            if ante is not None and ante.lemma_.lower() in self.lex.accident_nouns:
                return ante  # "survivors of the earthquake, which killed 50,000": the quake's clause
        if tok.dep_ in {"conj", "advcl"} and not any(c.dep_ in SUBJ for c in tok.children):
            if tok.dep_ == "advcl" and tok.head.lemma_.lower() in self.lex.accident_verbs \
                    and not any(c.dep_ == "dobj" and c.ent_type_ not in {"TIME", "DATE"} for c in tok.head.children):
                return tok.head  # "the ferry sank, killing 40"; "the navy sank the ship, killing 40" is no accident
            heads.append(tok.head)
        for h in heads:
            for c in h.children:
                nouns = [c] if c.dep_ in SUBJ else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in {"prep", "agent"} and h == tok else []
                for n in nouns:
                    if n.lemma_.lower() in self.lex.accident_nouns or (
                            self.own_rules and _opening_plural(n) in self.lex.accident_nouns):
                        return n
                    if self.own_rules and n.pos_ == "PROPN" and any(
                            g.dep_ == "compound" and g.i < n.i and g.text[:1].isupper()
                            and g.lemma_.lower() in self.lex.accident_nouns for g in n.children):
                        return n  # a named storm: "Cyclone Freddy destroyed homes", "Hurricane Ian flooded"
        return None

    def _symmetric(self, tok: Token, pattern: Pattern, obj: Token | None) -> bool:
        """Meeting, talking, clashing, agreeing: both sides do it. PETRARCH-style patterns say
        so themselves with ``[a:b]`` codes, so the lexicon's words only apply to ours."""
        if pattern.forms or pattern.reverse_code:
            return False
        if tok.lemma_.lower() in self.lex.symmetric_words:
            return True
        if pattern.code[:2] in HOSTILE_ROOTS | {"01", "02", "10", "11", "12"}:
            return False  # "X downgraded ties with Y", "X urged its allies to …": X alone does it
        if tok.lemma_.lower() in UNILATERAL_VERBS:
            return False  # "Ukraine ratified an agreement with the EU": the EU does not ratify it
        words = {pattern.obj or ""} | ({obj.lemma_.lower()} if obj is not None else set())
        # the object names a relation ("ties", "a deal"), not a party to it ("urged its allies")
        words |= {c.lemma_.lower() for c in tok.children if c.dep_ in {"dobj", "xcomp"}
                  and (c.dep_ == "xcomp" or (c.lemma_.lower() not in PARTY_NOUNS and self._actors.mention_for(c) is None
                                             and not self._actors.agent_of(c)))}
        return bool(words & self.lex.symmetric_words)

    def _venue(self, a: Resolved | None) -> bool:
        """Is this actor named only by where the event was held: a country by its name, capital or a place in
        it, or a body by its building, behind a preposition of place ("in Louisville", "at the White House")?"""
        return a is not None and a.token >= 0 and (
            (a.kind == "country" and (a.rule.startswith("place:") or a.rule.endswith((":capital", ":name"))))
            or a.kind == "organization") and self._where(self._doc[a.token])

    def _where(self, t: Token) -> bool:
        """Is ``t`` itself behind a preposition of place ("in Louisville", "at Camp David", "the streets of
        Tehran"), not a partner inside a phrase that is ("in talks with Iran")?"""
        t = place_phrase_head(t)
        if t.dep_ != "pobj":
            return False
        prep = t.head
        return prep.lower_ in self.lex.locative_prepositions | {"at"} or (
            prep.lower_ == "of" and prep.head.lemma_.lower() in self.lex.place_nouns)

    def _talk(self, verb: Token) -> bool:
        """A verb of meeting or negotiating, or one whose object is a meeting ("attend a summit");
        not a report ("commented on the attack" still tells of an attack)."""
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        words = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
        return bool(words & (self.lex.symmetric_words | MEETING_NOUNS)) and not words & VIOLENT_SYMMETRIC

    @staticmethod
    def _lone_speaker(verb: Token) -> bool:
        """"Trump talked about the wall", "she talked up her plan", "the ambassador discussed the
        differences": one speaker and a topic, with nobody to talk with. Not "talked with Y",
        "talked to Y", "X and Y discussed Z", "the two sides talked about it", nor a purpose
        ("met Y to discuss Z"), whose partner is the meeting's."""
        kids = list(verb.children)
        if Roles._partner_preps(verb) or any(c.dep_ in {"dative", "iobj"} for c in kids):
            return False
        if verb.lemma_.lower() == "talk" and not any(
                (c.dep_ == "prep" and c.lower_ in {"about", "of"}) or (c.dep_ == "prt" and c.lower_ in {"up", "down"})
                for c in kids):
            return False  # "the two sides talked for hours": no topic said, a talk it may be
        subj = next((c for c in kids if c.dep_ in SUBJ), None)
        if subj is None:
            if verb.dep_ in {"xcomp", "advcl", "acl", "relcl", "pcomp"} or verb.tag_ == "VBG":
                # "met to discuss", "talks to discuss", "flew to Moscow to discuss": the governing
                # event's partner; but one who "went on a TV show" or "appeared before reporters" to
                # discuss something talks to nobody in particular
                head = verb.head
                if verb.dep_ not in {"xcomp", "advcl"} or head.pos_ != "VERB" or head.i == verb.i \
                        or head.lemma_.lower() in DISCUSSION_GATHERINGS or Roles._partner_preps(head) \
                        or any(c.dep_ in {"dative", "iobj"} for c in head.children) \
                        or any(g.lemma_.lower() in DISCUSSION_GATHERINGS or g.ent_type_ in {"GPE", "LOC", "NORP"}
                               for c in head.children if c.dep_ in {"dobj", "prep"}
                               for g in ([c] if c.dep_ == "dobj" else c.children)):
                    return False
                subj = next((c for c in head.children if c.dep_ in SUBJ), None)
            else:
                subj = next((c for c in verb.head.children if c.dep_ in SUBJ), None) if verb.dep_ == "conj" else None
        if subj is None:
            return False
        # several parties, or a body sent to talk: they may be talking to each other
        return not (subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"they", "we", "both", "sides"}
                    or subj.lemma_.lower() in NEGOTIATING_BODIES or any(c.dep_ == "conj" for c in subj.children))

    def _campaign_rally(self, noun: Token, actors: DocActors) -> str:
        """Why a "rally" is a candidate's meeting with supporters, not a demonstration: it is a
        campaign or victory rally, one person's ("a Trump rally", "his rally"), or one person
        speaks at, tells or holds it ("told a rally in Ohio", "said at a rally", "marked the win
        with a rally"); a crowd's rally ("thousands joined a rally") is a demonstration, and so
        is any rally against or over something, or to protest or demand."""
        if noun.lemma_.lower() != "rally":
            return ""
        # "rallies all over the southwest", "over the weekend" say where or when, not what it is over
        sub = [t for t in noun.subtree if not (t.lower_ == "over" and (
            (t.i > 0 and t.nbor(-1).lower_ == "all") or any(
                g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "DATE"} for g in t.children)))]
        words = {t.lemma_.lower() for t in sub} | {t.lower_.split("-")[0] for t in sub}
        if words & PROTEST_MARKS:
            return ""

        def person(t: Token) -> bool:
            if t.ent_type_ == "PERSON" or t.lower_ in {"he", "she", "his", "her"}:
                return True
            r = actors.resolve(t)
            return r is not None and r.kind == "person"

        mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
        if any(c.lemma_.lower() in CAMPAIGN_WORDS for c in mods):
            return "a campaign rally, not a demonstration"
        if any(person(c) for c in mods):
            return "one person's rally: a campaign event, not a demonstration"
        gov = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else \
            noun.head if noun.dep_ in {"dobj", "dative"} else None
        if gov is not None and gov.pos_ == "NOUN" and gov.dep_ == "dobj" and noun.dep_ == "pobj" \
                and noun.head.lower_ == "with" and gov.head.pos_ in {"VERB", "AUX"}:
            gov = gov.head  # "is marking her victories with a rally": the rally hung on the object
        if gov is None or gov.pos_ not in {"VERB", "AUX"}:
            return ""
        subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        if subj is None and gov.dep_ in {"advcl", "xcomp", "conj"}:  # "Speaking at a rally, X said"
            subj = next((c for c in gov.head.children if c.dep_ == "nsubj"), None)
        one = subj is not None and (subj.tag_ not in {"NNS", "NNPS"} or (  # "Sanders" tagged a plural noun
            (r := actors.resolve(subj)) is not None and r.kind == "person" and not r.plural))
        if subj is not None and one and person(subj) \
                and not any(c.dep_ == "conj" for c in subj.children):
            return f"one person ('{subj.text}') at the rally: a campaign event, not a demonstration"
        return ""

    def _nominal_gerund(self, tok: Token) -> bool:
        """"Israeli tank shelling", "army shelling of Aleppo": an event noun in -ing that the
        parser read as a verb, although a singular noun or adjective runs straight into it and it
        has no subject or object of its own ("troops fighting", "shelling the town" stay verbs)."""
        if tok.tag_ != "VBG" or tok.pos_ != "VERB" or tok.i == tok.sent.start or tok.head.i > tok.i:
            return False  # "the German ruling party": a modifier of what follows
        if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "dobj", "aux", "auxpass", "neg", "ccomp", "xcomp"}
               for c in tok.children):
            return False
        prev = tok.doc[tok.i - 1]
        if prev.tag_ not in {"NN", "JJ"} or (prev.dep_ in {"nsubj", "nsubjpass"} and prev.head.i == tok.i):
            return False
        if tok.dep_ == "acl" and tok.head.i == prev.i and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return False  # "a soldier shooting at protesters" is a soldier who shoots; "rebel shelling of X" a noun
        m = self.best(tok, noun=True)  # only attacks read so: "shelling", "bombing", "fighting"
        return m is not None and m[0].code[:2] in VIOLENT_ROOTS

    @staticmethod
    def _ultimatum(warn: Token, sources: list[Resolved | None], actors: DocActors) -> Resolved | None:
        """The coded actor on whose refusal a warned harm hangs: a condition under the verb with "unless", or "if"
        and a negation ("warned of war if China did not meet the demands", "unless Iran withdraws"), whose subject
        is another side than the warner's. A condition on a thing ("if rates rise") is part of a forecast."""
        own = {x.code[:3] for x in sources if x is not None and x.code}
        for clause in (c for c in warn.children if c.dep_ == "advcl"):
            marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
            if not ("unless" in marks or ("if" in marks and any(n.dep_ == "neg" for n in clause.children))):
                continue
            for subj in (c for c in clause.children if c.dep_ == "nsubj"):
                r = actors.resolve(subj)
                if r is not None and r.code and r.code[:3] not in own | {"---"}:
                    return r
        return None

    @staticmethod
    def _warned_act(warn: Token, sources: list[Resolved | None], actors: DocActors) -> bool:
        """Does the warning announce the speaker's own act: its clause's subject is the speaker's side
        ("warned that Washington had identified 52 sites", "warned that we will respond") or it names a
        response ("would be met with a painful response", "would pay a price")?"""
        clause = next((c for c in warn.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return False
        if any(t.lemma_.lower() in RESPONSE_WORDS for t in clause.subtree):
            return True
        if clause.lemma_.lower() in COERCIVE_OUTCOMES and any(c.dep_ == "auxpass" for c in clause.children):
            return True  # "warned that corrupt officials would be caught and prosecuted"
        if Judgements._present_state(clause):
            return False  # "Puerto Rico has been warning that it is running out of cash": its own trouble, no act
        own = {x.code[:3] if not x.code.startswith("---") else x.code for x in sources if x is not None and x.code}
        whole = {x.code for x in sources if x is not None and x.code}
        for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subj.lower_ in {"we", "i"}:
                return True
            r = actors.resolve(subj)
            if r is not None and r.kind == "person" and sources and all(
                    x is not None and x.kind == "person" and x.entity != r.entity for x in sources):
                continue  # "he warns that Trump would drive the party off the cliff": another person, of any code
            # the speaker's side: the speaker itself, its country ("Washington"), or, for a country
            # speaking, its own bodies ("Iran warned its forces would respond"); a senator's side is no
            # other body of his country ("Cruz warned that the Washington cartel is growing nervous")
            if r is not None and r.code and (r.code in whole or (len(r.code) == 3 and r.code in own) or (
                    r.code[:3] in whole)):
                return True  # "warned that Finland will not tolerate", "warned they might resume attacks"
            if subj.lemma_.lower() in {"country", "government", "nation"} and any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
                return True  # "warned that his country intends to attack"
        return False

    @staticmethod
    def _present_state(clause: Token) -> bool:
        """Does a warned clause say how things stand now, in the present with no modal nor readiness ("it is
        running out of cash", "the fund is nearly empty")? A threat announces what the speaker will do."""
        aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        if any(c.dep_ in {"xcomp", "dobj"} or (c.dep_ == "acomp" and c.lemma_.lower() in READY_ADJECTIVES)
               for c in clause.children):
            return False  # "it is preparing to strike", "it is ready to respond"
        if clause.tag_ in {"VBZ", "VBP"}:
            return not aux
        return clause.tag_ == "VBG" and bool(aux) and all(a.tag_ in {"VBZ", "VBP"} for a in aux)

    @staticmethod
    def _forecast_topic(noun: Token) -> bool:
        """Is a warning noun about a danger, with nobody warned ("a warning about a new world war", "warnings of a
        recession")? A threat warns somebody ("a warning to Tehran") or names a response ("of consequences")."""
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if any(c.lower_ in {"to", "against"} for c in preps) or any(c.dep_ in {"acl", "relcl"} for c in noun.children):
            return False
        topics = [g for c in preps if c.lower_ in {"about", "of", "over"} for g in c.children if g.dep_ == "pobj"]
        topics += [s for c in preps if c.lower_ in {"about", "of", "over"} for g in c.children if g.dep_ == "pcomp"
                   for s in g.children if s.dep_ == "nsubj"]  # a misparse that makes the topic a clause's subject
        return bool(topics) and not any(t.lemma_.lower() in RESPONSE_WORDS for g in topics for t in g.subtree)

    @staticmethod
    def _named_day(trig: Token, day: object) -> str:
        """Why an event noun named by its day is a past one the story recalls: a month and day of its own ("the
        Sept. 11 attacks", "the 9/11 bombings", "the attacks of Sept. 11") more than a week before the story
        ("the Nov. 13 attacks" in a story of Nov. 15 are its news, in one of Dec. 1 a known past event)."""
        if trig.pos_ != "NOUN" or not isinstance(day, date):
            return ""
        named = [g for g in trig.children if g.dep_ in {"nmod", "compound", "nummod"}]
        named += [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for g in named:
            words = list(g.subtree)
            if not (g.ent_type_ == "DATE" or re.fullmatch(r"\d{1,2}/\d{1,2}", g.text)):
                continue
            text = trig.doc[words[0].i : words[-1].i + 1].text
            got = resolve_time(text, day).date
            if got is not None and got < day - timedelta(days=NAMED_DAY_HORIZON):
                return f"history: '{text} {trig.text}' names a past event by its day"
        return ""

    def _history(self, trig: Token, day: object) -> str:
        """"The 1994 genocide", "in 1982 troops invaded": a year long before the story's date
        next to the event makes it history, not news."""
        if not hasattr(day, "year"):
            return ""
        if self.own_rules and (got := self._named_day(trig, day)):
            return got
        if self.own_rules and trig.pos_ == "VERB" and trig.tag_ == "VBD" and (got := next((
                g for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"} and (g := self._named_day(c, day))), "")):
            return got  # a deed of a past event named by its day: "the attacks of Sept. 11 killed nearly 3,000"
        near = [trig, *trig.children, *(g for c in trig.children if c.dep_ == "prep" for g in c.children)]
        verb = trig.head.head if trig.dep_ == "pobj" and trig.head.dep_ == "prep" else trig.head
        if trig.pos_ == "NOUN" and verb.pos_ == "VERB" and (trig.dep_ in {"nsubj", "nsubjpass"} or verb != trig.head):
            # an event noun dates by the clause it stands in: "the war began in 2011 with protests",
            # "protests erupted in 1989"
            near += [g for c in verb.children if c.dep_ == "prep" and c != trig.head for g in c.children]
        if trig.pos_ == "VERB" and trig.tag_ == "VBD":
            # a deed whose doer is a dated past event: "the 1994 genocide killed 800,000 people",
            # "the 1979 revolution toppled the Shah", "the bombing of 1988 killed 270"
            # (not a number of people: "1500 protesters attacked")
            for s in (c for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"
                      and self._actors.agent_of(c) is None and self._actors.resolve(c) is None):
                near += [g for g in s.children if g.dep_ in {"nummod", "compound", "amod"} and g.like_num]
                near += [g for c in s.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}
                         for g in c.children if g.like_num]
        # the year of a dated phrase: "in June 1812", "on 6 June 1944"
        near += [g for t in near[1:] if t.ent_type_ == "DATE" for g in t.children if g.ent_type_ == "DATE" and g.like_num]
        for t in near:
            if t.lower_ == "ago" and any(g.lemma_.lower() in {"year", "decade", "century"} for g in t.subtree):
                return f"history: '{' '.join(g.text for g in t.subtree)}'"
            if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1000 <= int(t.text) <= day.year - HISTORY_YEARS:
                return f"history: '{t.text}' is long before the story"
            if (decade := _decade(t)) is not None and decade + 9 <= day.year - HISTORY_YEARS \
                    and t.head.lower_ not in {"since", "from"}:
                # "in the 1990s troops invaded", "during the early 1980s": a decade wholly before the horizon,
                # as a year is ("since the 1990s", "from the 1980s on" reach into the present)
                return f"history: '{t.text}' is long before the story"
            doc = t.doc
            era = [g for g in (t, *t.children) if g.like_num and any(
                0 <= j < len(doc) and doc[j].text.upper().replace(".", "") in ERA_MARKS for j in (g.i - 1, g.i + 1))]
            ordinal = next((int(d) for g in t.children if g.dep_ == "amod"
                            and (d := re.sub(r"(st|nd|rd|th)$", "", g.lower_)).isdigit()), None)
            if era or (t.lemma_.lower() == "century" and ordinal is not None and ordinal < day.year // 100 + 1):
                # "invaded Britain in AD 43", "conquered in the 12th century" (not "the 21st century's worst")
                return f"history: '{era[0].text if era else t.text}'"
        if self.own_rules and trig.pos_ == "VERB" and trig.head.pos_ == "VERB" and trig.head.i != trig.i and (
                trig.dep_ in {"xcomp", "conj"} or (trig.dep_ == "advcl" and has_to_marker(trig))) and not any(
                    t.ent_type_ == "DATE" for c in trig.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree) \
                and (got := self._history(trig.head, day)):
            # a purpose or a second deed of a dated act shares its date: "in 1956 tanks rolled into
            # Budapest to crush the uprising", "in 1990 Iraq invaded Kuwait and seized its oil fields"
            # (unless it has a date of its own: "annexed Crimea in 2014 and invaded in 2022")
            return got
        if self.own_rules and trig.pos_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in RECALLING_VERBS \
                and not any(t.ent_type_ == "DATE" for t in trig.subtree):
            # "Israel should recognize the Armenian genocide", "they commemorated the massacre": an event recalled,
            # no news of the day (its date, when given, is for the year rules above)
            return f"history: '{trig.head.text} the {trig.text}' recalls a past event"
        if self.own_rules and trig.dep_ == "relcl" and (years := self._years_since(trig.head)) >= HISTORY_YEARS:
            # "marked 30 years since the genocide in which 800,000 people were killed", "the 25th anniversary of
            # the massacre in which troops killed 8,000 men": what an anniversary recalls is history
            return f"history: {years} years since '{trig.head.text}'"
        if self.own_rules and (why := self._obituary(trig) or self._told_in_work(trig)):
            return why
        return self._past_era(trig)

    @staticmethod
    def _obituary(trig: Token) -> str:
        """"The former president, who negotiated the peace accord, died on Monday", "the veteran diplomat who
        brokered the truce has died aged 86": a deed of the dead in a relative clause is their life, no news."""
        v = trig
        for _ in range(4):  # "who led the negotiations for independence": an event noun in the clause
            if v.pos_ in {"VERB", "AUX"} or v.dep_ not in {"dobj", "pobj", "prep"}:
                break
            v = v.head
        v = _first_verb(v)  # "who negotiated the accord and won the prize"
        rel = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"}), None)
        if v.dep_ != "relcl" or rel is None:
            return ""
        # "Fujimori, the former president who was jailed for abuses, died": the relative clause may hang on an
        # apposition of the dead
        who = v.head.head if v.head.dep_ == "appos" else v.head
        main = who.head
        dead = who.dep_ == "nsubj" and (main.lemma_.lower() == "die" or (
            main.lemma_.lower() == "pass" and any(c.lower_ == "away" for c in main.children)))
        mourned = who.dep_ == "dobj" and main.lemma_.lower() in {"mourn", "bury", "eulogize", "eulogise"}
        if not (dead or mourned):
            return ""
        life = {x.i for x in v.subtree}
        # "died aged 86", "at the age of 86", "died on Wednesday at 86"
        aged = any(t.lower_ == "aged" or (t.lower_ == "age" and t.head.lower_ == "of") or (
            t.lower_ == "at" and t.head.i == main.i and any(g.dep_ == "pobj" and g.like_num for g in t.children))
            for t in main.subtree if t.i not in life)
        marked = any(c.lower_ in OBITUARY_MARKS for w in {who, v.head} for c in w.children if c.dep_ in {"amod", "compound"})
        if not (aged or marked):
            return ""
        if rel.dep_ == "nsubjpass" and not (aged and not any(t.ent_type_ in {"DATE", "TIME"} for t in v.subtree)):
            return ""  # "a soldier who was shot by rebels last week died": a victim, his death the news
        return f"obituary: what '{who.text}' did in life"

    @staticmethod
    def _told_in_work(trig: Token) -> str:
        """"An exhibition on Estonians deported by Stalin's police", "the documentary tells the story of villagers
        driven from their land": an event a work of art or history tells of is its subject, no news."""
        cur = trig
        for _ in range(8):
            if cur.head.i == cur.i:
                return ""
            cur = cur.head
            if cur.pos_ == "NOUN" and cur.lemma_.lower() in WORK_NOUNS:
                return f"told in a work: '{cur.text}'"
            if cur.pos_ in {"VERB", "AUX"}:
                subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                if cur.lemma_.lower() in TELLING_VERBS and subj is not None and subj.lemma_.lower() in WORK_NOUNS:
                    return f"told in a work: '{subj.text}' {cur.text}"
                return ""
        return ""

    @staticmethod
    def _years_since(noun: Token) -> int:
        """How many years ago the event ``noun`` names, when an anniversary says so: "30 years since the
        genocide", "the 25th anniversary of the massacre"; 0 when none does."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in {"since", "of"}:
            return 0
        head = noun.head.head
        if noun.head.lower_ == "since" and noun.head.i > 0 and head.i != noun.head.i - 1:
            head = noun.doc[noun.head.i - 1]  # "marked 25 years since the massacre", the years hung on the verb
        if noun.head.lower_ == "since" and head.lemma_.lower() in {"year", "decade"}:
            n = next((c for c in head.children if c.dep_ == "nummod" and c.text.replace(",", "").isdigit()), None)
            return int(n.text.replace(",", "")) * (10 if head.lemma_.lower() == "decade" else 1) if n is not None else 0
        if noun.head.lower_ == "of" and head.lemma_.lower() == "anniversary":
            nth = next((d for c in head.children if c.dep_ == "amod"
                        and (d := re.sub(r"(st|nd|rd|th)$", "", c.lower_)).isdigit()), None)
            return int(nth) if nth is not None else 0
        return 0

    @staticmethod
    def _past_era(trig: Token) -> str:
        """"Failed during World War II to provide sanctuary", "the badge Nazis forced Jews to wear in
        Hitler's Germany before they rounded them up", "Ottoman Turks killed 1.5 million Armenians":
        a past era the event is set in, or a polity of the past that does it, makes it history."""
        heads = [trig] + ([trig.head] if trig.dep_ in {"conj", "xcomp"} else [])
        # "financed housing for soldiers returning from World War II": those it is done for come back from the
        # era, so it is done then (not "veterans wounded in World War II", who may be helped today)
        objs = [n for n in trig.children if n.dep_ == "dobj"]
        held = objs + [o for h in (trig, *objs) for k in h.children if k.dep_ in {"prep", "dative"}
                       for o in k.children if o.dep_ == "pobj"]
        heads += [a for n in held for a in n.children if a.dep_ == "acl" and a.lemma_.lower() == "return"]
        for h in heads:
            for k in h.children:
                if k.dep_ == "prep" and k.lower_ in TIME_PREPS:
                    words = " ".join(t.lower_ for t in k.subtree)
                    if any(f" {e}" in f" {words} ".replace("'s", "") for e in ERA_NAMES) or any(
                            t.lower_ in HISTORIC_POLITIES for t in k.subtree):
                        return f"history: '{' '.join(t.text for t in k.subtree)}'"
        subj = next((k for h in heads for k in h.children if k.dep_ in {"nsubj", "nsubjpass", "agent"}), None)
        if subj is None:
            return ""
        if subj.lower_ in HISTORIC_POLITIES or any(t.lower_ in HISTORIC_POLITIES for t in subj.children):
            return f"history: done by '{' '.join(t.text for t in subj.subtree)}'"
        if subj.pos_ == "PRON" and subj.lower_ in {"they", "he", "it"} and any(
                t.lower_ in HISTORIC_POLITIES for t in trig.sent if t.i < trig.i):
            return f"history: '{subj.text}' after '{next(t.text for t in trig.sent if t.lower_ in HISTORIC_POLITIES)}'"
        return ""

    @staticmethod
    def _in_time(tok: Token) -> bool:
        """Whether a warning came ahead of something: "warned in time (to take shelter)", "in advance"."""
        return any((c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in {"time", "advance"} for g in c.children))
                   or (c.dep_ == "advmod" and c.lower_ in {"ahead", "beforehand", "early"}) for c in tok.children)

    @staticmethod
    def _generic_form(trig: Token, code: str) -> str:
        """Why the verb at ``trig`` names no act that happened: a gerund that is itself the subject
        ("Punching a reporter is a fireable offense", "Trading prisoners encourages kidnapping")
        speaks of the act in general; a subjectless imperative that opens its sentence ("Meet the
        robots taking over ...", "Watch Russia's ...") is a headline or an address to the reader;
        a force verb with no object in the active voice ("he crushed in Michigan") is a winner's
        tally, and one complementing "look", "seem" or "feel" ("she looked crushed") a mood;
        "demonstrate" with an object shows something, no protest ("demonstrated their support" is
        a stance of support); "consider X Y" judges someone; a quoted title or slogan ("on “Meet the
        Press”") names something."""
        kids = list(trig.children)
        if trig.tag_ == "VBG" and trig.dep_ in {"csubj", "csubjpass"} and not any(
                k.dep_ in SUBJ | {"poss"} for k in kids):
            return f"a gerund subject: '{trig.text}' names the act in general"
        first = next((t for t in trig.sent if not (t.is_punct or t.is_space or t.is_quote)), None)
        if trig.tag_ == "VB" and trig.dep_ == "ROOT" and first is not None and first.i == trig.i and not any(
                k.dep_ in SUBJ | {"nsubjpass", "aux", "auxpass", "expl"} for k in kids):
            return f"an imperative: '{trig.text}' addresses the reader, nobody did it"
        if trig.lemma_.lower() in FORCE_OBJECT_VERBS:
            if trig.dep_ in {"acomp", "oprd", "xcomp"} and trig.head.lemma_.lower() in LINKING_VERBS:
                return f"a mood: '{trig.head.text} {trig.text}'"
            # its own subject, or that of the verb it is joined to ("won Ohio and crushed in Michigan");
            # no passive on either ("were attacked and crushed")
            heads = [trig, trig.head] if trig.dep_ == "conj" else [trig]
            if trig.tag_ in {"VBD", "VBN", "VBZ", "VBP"} and trig.dep_ in {"ROOT", "conj", "ccomp", "advcl"} \
                    and any(k.dep_ == "nsubj" for h in heads for k in h.children) \
                    and not any(k.dep_ in {"nsubjpass", "auxpass"} for h in heads for k in h.children) \
                    and not any(k.dep_ in {"dobj", "dative", "attr", "ccomp", "xcomp"} for k in kids):
                return f"no object: '{trig.text}' with nobody crushed is a tally, not force"
        if trig.lemma_.lower() in SHOWING_VERBS and code[:2] == "14" and any(k.dep_ in {"dobj", "ccomp"} for k in kids):
            return f"'{trig.text}' with an object shows something: no protest"
        if trig.lemma_.lower() in JUDGING_CONSIDER and (
                any(k.dep_ in {"oprd", "acomp", "attr"} or (k.dep_ == "xcomp" and (
                    k.pos_ in {"ADJ", "NOUN"} or k.lemma_.lower() == "be")) or (
                    k.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in k.children) and not any(
                        g.lower_ in {"whether", "if"} or g.tag_ in WH_TAGS for g in k.children)) for k in kids)
                or sum(k.dep_ == "dobj" for k in kids) >= 2):
            # "voters consider Clinton honest", "whom he considers a friend", "are considered unclean",
            # "consider him to be an extremist": an opinion of someone; "considering a proposal",
            # "considering supporting Trump", "considering whether to expel ..." stay
            return f"an opinion: '{trig.text}' someone something"
        if _characterization(trig):
            return f"a characterization: 'as {trig.text}' says what the speaker makes of what was done"
        if trig.tag_ == "VBN" and trig.dep_ == "acl" and (kind := trig.head).tag_ == "NNS" \
                and kind.dep_ in {"nsubj", "nsubjpass"} \
                and not any(k.dep_ in {"det", "poss", "nummod"} for k in kind.children) \
                and any(a.dep_ == "aux" and a.tag_ == "MD" for a in kind.head.children) \
                and not any(t.lower_ in DEFINITE_DETS or t.ent_type_ in {"DATE", "TIME"} or t.pos_ == "PROPN"
                            for t in trig.subtree):
            # "migrants rescued at sea will be held in Albania": a bare plural with its participle, subject of
            # what will or may be done, names a kind of people, not a rescue that happened ("civilians killed in
            # the strike will be buried on Friday", "prisoners freed by Russia will ...": a deed that happened)
            return f"a kind: '{kind.text} {trig.text}' in a rule for what will be done"
        if trig.text[:1].isupper() and trig.i > trig.sent.start + 1 and (before := trig.doc[trig.i - 1]).is_quote \
                and (before.is_left_punct or before.tag_ == "``") and (word := next((t for t in reversed(trig.doc[:before.i]) if not t.is_space),
                                                           None)) is not None and word.is_lower:
            # "on “Meet the Press”", "the chant “Lock her up”", "a tweet reading “Thank you Georgia”":
            # a quoted title or imperative that opens mid-sentence is a name or a slogan, not an act (a space
            # the text has between the word and the quote is no word; the tagger tells an opening '' by its tag)
            return f"a quoted title or slogan: '{trig.text} ...'"
        if trig.pos_ == "PROPN" and trig.ent_type_ == "PERSON" and trig.text[:1].isupper() \
                and any(e.start <= trig.i < e.end - 1 for e in trig.doc.ents) \
                and (words := [t for t in trig.sent if t.is_alpha and t.i != trig.sent.start]) \
                and sum(t.text[:1].isupper() for t in words) * 2 < len(words):
            # "Secretary-General Ban Ki Moon recently called them ...": a word of a person's name in a sentence
            # written in lower case (a headline's title case makes every word look like a name); not the name's last
            # word, which says what is named ("the King Abdullah II Arab Summit" is a summit)
            return f"a person's name: '{trig.text}'"
        return ""

    @staticmethod
    def _generic_deed(trig: Token) -> str:
        """Why force in the simple present is a charge about someone's ways, not a deed: its objects are bare
        plurals, a kind of victim with no article, count or owner ("thug Putin kills journalists and opponents;
        our presidents kill terrorists"). A headline's present ("Police kill three protesters") opens the story;
        "the army kills 12 rebels" is counted."""
        if trig.sent.start == 0 or trig.pos_ != "VERB" or not _present_simple(trig):
            return ""
        obj = next((k for k in trig.children if k.dep_ == "dobj"), None)
        if obj is None or not all(
                t.tag_ == "NNS" and not any(k.dep_ in {"det", "poss", "nummod", "compound"} for k in t.children)
                for t in (obj, *obj.conjuncts)):
            return ""
        return f"'{trig.text} {obj.text}': what someone does as a rule, no one deed"

    @staticmethod
    def _background_attack(trig: Token) -> str:
        """Why an attack is named as the time of something else, not reported: a definite attack noun after
        "after", "following" or "in the wake of" on a clause, with no date of its own nor a count of days from
        it ("After the terrorist attacks in Paris and San Bernardino, the screening was criticised", "in the wake
        of the shooting in Orlando"): what the story takes as known ("a day after an attack on a base", "after
        the attacks in Paris last month" keep theirs; any event after "since" is _since_noun's)."""
        if trig.pos_ != "NOUN" or trig.dep_ != "pobj":
            return ""
        prep = trig.head
        if prep.lower_ == "of" and prep.head.lower_ == "wake" and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "in the wake of the shooting"
        elif prep.lower_ not in {"after", "following"}:
            return ""
        if prep.head.pos_ not in {"VERB", "AUX"} or prep.dep_ != "prep":
            return ""
        if not any(k.dep_ == "det" and k.lower_ == "the" for k in trig.children):
            return ""
        if any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree) or any(
                k.dep_ == "npadvmod" for k in prep.children):
            return ""
        return f"'{trig.doc[prep.i : trig.i + 1].text}': an attack the story names as a time, not one it reports"

    @staticmethod
    def _used_for(trig: Token) -> str:
        """Why an attack describes a thing: what a depot, base or tunnel is or was used for ("depots
        that the militia used to carry out attacks", "tunnels used to smuggle weapons and attack
        troops") says what the thing is, in a relative clause, not an attack on a day."""
        cur, purpose = trig, False
        for _ in range(5):
            if cur.dep_ not in {"dobj", "xcomp", "conj"} or cur.head.i == cur.i:
                return ""
            purpose = purpose or cur.dep_ == "xcomp"
            cur = cur.head
            if cur.lemma_.lower() == "use" and cur.dep_ in {"relcl", "acl"} and purpose:
                return f"'{cur.text} to ... {trig.text}': what a thing is used for, no dated attack"
        return ""

    @staticmethod
    def _verbal_medium(trig: Token) -> str:
        """Why an attack is made of words: the attack is an advertisement, a commercial or a
        mailer ("ran attack ads", "ads attacking Cruz", "a video that attacks the senator")."""
        first = trig
        while first.dep_ == "conj" and first.head.i != first.i:  # "ads supporting Rubio and attacking Cruz"
            first = first.head
        owner = first.head if first.dep_ in {"compound", "acl", "relcl"} else None
        if first.dep_ == "relcl" and any(k.dep_ == "nsubjpass" for k in first.children):
            owner = None
        if first.dep_ == "acl" and (first.tag_ == "VBN" or any(k.dep_ == "agent" for k in first.children)):
            owner = None  # "an army post attacked by rebels", "a column attacked by insurgents": the victim
        if owner is not None and owner.lemma_.lower() in MEDIA_NOUNS:
            return f"an attack in words: '{trig.text}' is what the {owner.text} says"
        return ""

    def _unspoken(self, c: Candidate) -> bool:
        """A speech act (``speaker_roots``) in the active voice or a participle, with no speaker:
        "X was accused" is still an accusation; "warning it would …" with nobody warning is not."""
        if not any(c.code.startswith(r) for r in self.lex.speaker_roots):
            return False
        trig = self._doc[c.trigger]
        return not any(x.dep_ in {"nsubjpass", "auxpass"} for x in trig.children) and not self._body_speaks(trig)

    @staticmethod
    def _body_speaks(trig: Token) -> bool:
        """The subject of the speech verb (or of the verb it is a conjunct of) is an organised body the text
        names, known to the dictionaries or not: "the group accused the army of torture", "the party condemned
        the arrests and demanded ...". Its speaker is stated, so the act is kept as the passive "X was accused"
        is, with the source left empty; "any group that criticises ..." names none."""
        verb = trig.head if trig.dep_ == "conj" and trig.head.pos_ in {"VERB", "AUX"} else trig
        return any(x.dep_ == "nsubj" and x.pos_ == "NOUN" and x.lemma_.lower() in SPEAKING_BODY_HEADS
                   and not any(d.dep_ == "det" and d.lower_ in GENERIC_DETERMINERS for d in x.children)
                   for x in verb.children)

    def _kept_by_name(self, c: Candidate) -> bool:
        """A source the dictionaries do not know but the text names as a body ("the Hartford Board
        of Supervisors rejected …", "the Left Party organised a demonstration"): the event is kept
        with the source's words. Only a pattern that says what was done to what ("reject
        +proposal", "impose +curfew", "agree >lift"): a bare verb ("supported", "hosted",
        "invested in") said of an unknown body is as often business or campaign talk. Not a word
        that only describes or a conjunct beside another actor ("Trump and his Islamophobic
        remarks", misparsed), and not force, whose user a name alone does not tell (ARMED_CODES,
        roots 15 and 18-20)."""
        r = c.source
        if r is None or not (r.entity or "").startswith("text:") or r.kind != "organization" or "\n" in r.text:
            return False
        if c.code[:2] in VIOLENT_ROOTS | {"15"} or c.code.startswith(ARMED_CODES):
            return False
        p = c.pattern
        if p is not None and not (p.obj or p.xcomp or p.particle or p.prep_object):
            return False
        tok = self._doc[r.token] if 0 <= r.token < len(self._doc) else None
        return tok is not None and tok.pos_ == "PROPN" and tok.dep_ not in {"amod", "compound", "conj"}

    def _place_context(self, trig: Token, code: str = "") -> Resolved | None:
        """The country of the place where an event with no named doer happens: a locative phrase of
        the trigger, of the verb it is the subject of ("fighting broke out in Aleppo"), or of what an
        attack is on ("an attack on a market in Baghdad"). Only a country or a place of one; "the
        country" is the country last named."""
        actors = self._actors
        if any(c.dep_ in {"nsubjpass", "auxpass", "poss", "agent"} or (c.dep_ in SUBJ and c.pos_ in {"PROPN", "PRON"})
               or (c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "PERSON", "ORG"}) for c in trig.children):
            # a doer the text names but the dictionaries do not ("Cruz's rally", "Muslim attacks", "he
            # attacked"), or a passive ("the middle class get crushed"): the place says nothing of it
            return None
        if trig.dep_ == "pobj" and trig.head.lower_ in TIME_PREPOSITIONS:
            return None  # "since the attacks in Paris": what the story's news came after
        holders = [trig, *(c for c in trig.children if c.dep_ in SUBJ and c.pos_ == "NOUN")]
        if trig.dep_ in SUBJ | {"nsubjpass"} and trig.head.pos_ in {"VERB", "AUX"}:
            holders.append(trig.head)
        if code[:2] == "14" and trig.pos_ == "VERB":
            # "joined a rally in Caracas", "staged a sit-in outside parliament": the protest the verb takes
            holders += [c for c in trig.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        holders += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"on", "at", "against"}
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        for holder in holders:
            for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in self.lex.locative_prepositions
                      and c.lower_ not in TIME_PREPOSITIONS):
                for pobj in (g for g in p.children if g.dep_ == "pobj"):
                    of = _of_objects(pobj) if pobj.lemma_.lower() in self.lex.place_nouns else []
                    # "in several Iraqi cities": a nationality adjective says whose cities
                    adjectives = [c for c in pobj.children if c.dep_ == "amod" and c.ent_type_ == "NORP"] \
                        if pobj.lemma_.lower() in self.lex.place_nouns else []
                    for place in [pobj, *(c for c in pobj.children if c.dep_ in {"poss", "compound"}), *of, *adjectives]:
                        if place.ent_type_ not in {"GPE", "LOC", ""} and place not in adjectives:
                            continue
                        r = next((x for x in self._all(actors, [place]) if x is not None and x.code and x.kind == "country"
                                  and x.code[:3].isalpha()), None)
                        if r is not None:  # a capital is its country here, not its government
                            return replace(r, code=r.code[:3], rule=f"{r.rule}+place-context")
        return None

    def _habitual(self, trig: Token) -> str:
        """Why a clause in the simple present tells what happens as a rule, not what someone did: its
        subject is anyone of a kind, no named actor, and it is said to happen usually or often ("people
        are usually murdered by someone they know"), or whenever something else does ("people are
        bullied when they're 55", "when a candidate makes those comments, it hurts us"); or it says
        what a thing is designed or meant to do ("the conventions are designed to champion the party
        candidate"); or, in the passive with no day or time, how things stand for anyone of a kind ("legal
        residents are barred from most programs"). "Sanders often questions ..." is his habit, and "has
        called for ..." joined to it an act. Not in a story's first sentence: a headline tells its news in the present ("Police fire
        tear gas when protesters storm parliament")."""
        if trig.sent.start == 0:
            return ""
        verb = _first_verb(trig)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PURPOSE_PARTICIPLES and _present_simple(verb.head):
            return f"a purpose: '{verb.head.text} to {trig.text}' says what a thing is for"
        if not (_present_simple(trig) and _present_simple(verb)):
            return ""
        subj = next((k for k in verb.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.dep_ == "nsubjpass" and verb.i == trig.i and subj.lower_ != "you" \
                and _anyone(_counted(subj)) and not any(t.ent_type_ in {"DATE", "TIME"} for t in trig.sent):
            # "legal residents are barred from most programs", "dozens of children are beaten while begging":
            # a present passive said of anyone of a kind, with no day or time, tells how things stand
            return f"a state of things: '{subj.text} {trig.text}' happens to anyone of a kind, on no day"
        if subj is None or not _anyone(subj) or self._actors.mention_for(subj) is not None:
            return ""

        def marked(clause: Token) -> bool:
            return any(k.dep_ in {"mark", "advmod"} and k.lower_ in HABITUAL_MARKS for k in clause.children)

        if any(k.dep_ == "advmod" and k.lower_ in HABITUAL_ADVERBS for k in verb.children):
            return f"a habit: '{subj.text} ... {trig.text}' says what usually happens"
        if (verb.dep_ == "advcl" and marked(verb) and _present_simple(verb.head)) or any(
                k.dep_ == "advcl" and marked(k) and (_present_simple(k) or k.lemma_ == "be") for k in verb.children):
            return f"a rule: '{subj.text} ... {trig.text}' whenever something else happens, nobody in particular"
        return ""

    def _kind_clause(self, trig: Token) -> str:
        """Why a verb in the simple present says what defines a kind, not what someone did: it is in a
        restrictive relative clause whose subject stands for anyone of a kind ("schools that violate the rules",
        "people who refuse to assimilate", "women who are raped", "anyone who attacks us", "those who oppose the
        deal"), or its subject is "whoever" ("an ally of whoever provides support"). Not a kind a name or a
        nationality narrows ("Kurdish militants who control the town", "Houthis who hold the capital": a group
        and what it does), nor one set off by a comma ("rebels, who hold the town, ..." adds a fact). Not in a
        story's first sentence, a headline that tells its news in the present ("Troops kill gunmen who storm a
        base")."""
        if trig.sent.start == 0:
            return ""
        verb = _first_verb(trig)
        if not (_present_simple(trig) and _present_simple(verb)):
            return ""
        subj = next((k for k in verb.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            return ""
        if subj.lower_ in {"whoever", "whomever"}:
            return f"a kind: '{subj.text} {verb.text}' is anyone who does it, nobody in particular"
        if verb.dep_ != "relcl" or subj.lower_ not in self.lex.relative_pronouns:
            return ""
        kind = verb.head
        if kind.i >= subj.i or self._doc[subj.i - 1].lower_ in {",", "(", "-", "—", "–"}:
            return ""
        if kind.lower_ in KIND_PRONOUNS:
            return f"a kind: '{kind.text} {subj.text} {verb.text}' is anyone who does it, nobody in particular"
        if kind.pos_ != "NOUN" or kind.ent_type_ or not _anyone(kind) or any(
                k.dep_ in {"amod", "compound"} and (k.ent_type_ or k.pos_ == "PROPN") for k in kind.children):
            return ""
        return f"a kind: '{kind.text} {subj.text} {verb.text}' defines who is meant, nobody in particular"

    def _own_conflict(self, tok: Token) -> bool:
        """Is the token a conflict noun ("war", "fight", "struggle") or the owner or modifier of one ("America's
        longest war", "the Afghan war")?"""
        heads = self.lex.contest_heads
        return tok.lemma_.lower() in heads or (tok.dep_ in {"poss", "amod", "compound"} and tok.head.lemma_.lower() in heads)

    def _what_a_thing_does(self, trig: Token) -> str:
        """Why a verb in the simple present says what a stance or a deed of someone's does, an evaluation of it,
        not an act of theirs: its subject is such a thing, owned by someone ("Erdogan's about-face worries the
        Gulf", "his policies hurt workers", "the senator's plan rewards donors"). Not a body or a person of
        someone's ("Iran's navy seizes ...", "his successor smears ..."), nor in a story's first sentence, a
        headline."""
        if trig.sent.start == 0 or not _present_simple(trig):
            return ""
        subj = next((k for k in trig.children if k.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or not any(k.dep_ == "poss" for k in subj.children):
            return ""
        doc = trig.doc
        word = subj.lemma_.lower()
        if subj.i >= 2 and doc[subj.i - 1].text == "-":
            word = f"{doc[subj.i - 2].lower_}-{word}"  # "about-face", "u-turn"
        if word not in STANCE_THING_NOUNS:
            return ""
        return f"an evaluation: what '{subj.text}' does, no act of its owner"

    @staticmethod
    def _quality_participle(trig: Token) -> str:
        """Why a present participle is a quality, not an act: it is the predicate adjective of "be" ("would be
        all but disqualifying", "the remarks were insulting"), or its "is" is joined to an adjective ("it is
        demanding and time-consuming", a hyphened compound read as a verb). Either way it takes no object; "he was
        demanding answers" acts."""
        if trig.tag_ != "VBG" or any(k.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for k in trig.children):
            return ""
        if trig.dep_ == "acomp" and trig.head.lemma_ == "be":
            return f"'{trig.head.text} {trig.text}': a participle as an adjective, a quality"
        joined = next((k for k in trig.children if k.dep_ == "conj" and (k.pos_ == "ADJ" or (
            k.lower_.endswith(("ing", "ed")) and (k.pos_ != "VERB" or any(g.text == "-" for g in k.children))))), None)
        if joined is not None and any(k.dep_ == "aux" and k.lemma_ == "be" for k in trig.children):
            return f"'{trig.text} and {joined.text}': a participle joined to an adjective, a quality"
        return ""

    def _surrounded_by_company(self, c: Candidate) -> str:
        """Why "surround" is no blockade (191): what surrounds is a topic ("the contention surrounding the
        territory", "questions surrounding his health") or people around someone with no force ("lives surrounded
        by Hispanic immigrants", "surrounded by his family"). Troops, police, rebels or a mob surrounding a place,
        and people who go and ring one ("villagers surrounded the police station"), stay."""
        trig = self._doc[c.trigger]
        if c.code[:3] != "191" or trig.lemma_.lower() != "surround" \
                or any(x is not None and _armed_code(x.code) for x in (c.source, c.target)):
            return ""
        if trig.dep_ == "acl" and trig.tag_ == "VBG":
            doer: Token | None = trig.head
        elif trig.tag_ == "VBN" and (trig.dep_ in {"acl", "advcl", "oprd"}
                                     or any(k.dep_ == "auxpass" for k in trig.children)):
            doer = by_agent(trig)
        else:
            doer = next((k for k in trig.children if k.dep_ == "nsubj"), None)
        if doer is None or doer.lemma_.lower() in RIOTER_NOUNS:
            return ""
        if c.source is None and self._thing(doer, self._actors):  # "Hundreds of villagers surrounded": coded, people
            return f"'{doer.text} {trig.text}': a topic around something, no blockade"
        if trig.tag_ != "VBN":
            return ""  # "villagers surrounded the police station": people who set out to ring a place
        return f"'{trig.text} by {doer.text}': people around someone, no blockade"

    def _honored_feeling(self, c: Candidate) -> str:
        """Why "honored" is no praise (051): with a to-infinitive and nobody honoring ("was honored to serve",
        "would be honored to meet the pope") it is the subject's feeling about an act of its own."""
        trig = self._doc[c.trigger]
        if c.code[:3] != "051" or trig.lemma_.lower() not in {"honor", "honour", "honored", "honoured"} \
                or any(k.dep_ == "agent" for k in trig.children):
            return ""
        act = next((k for k in trig.children if k.dep_ == "xcomp" and has_to_marker(k)), None)
        return f"'{trig.text} to {act.text}': a feeling about one's own act, no praise" if act is not None else ""

    def _readmitted_patient(self, c: Candidate) -> str:
        """Why "readmit" eases no sanction (081): nobody coded takes the one readmitted back, and it goes back
        "to" no named state or body ("was readmitted to the hospital"). A league, union or state that readmits
        ("the Arab League readmitted Syria", "was readmitted to the African Union") undoes an exclusion."""
        trig = self._doc[c.trigger]
        if c.code[:3] != "081" or trig.lemma_.lower() != "readmit" or (c.source is not None and c.source.code):
            return ""
        into = [o for k in trig.children if k.dep_ == "prep" and k.lower_ in {"to", "into"}
                for o in k.children if o.dep_ == "pobj"]
        if any(r.code and not r.code.startswith("---") for o in into for r in self._actors.resolve_all(o)):
            return ""
        return f"'{trig.text}' with no body that takes back: a return, no sanction eased"

    def _sense_rules(self) -> tuple[Callable[[Candidate], str], ...]:
        """The own dictionaries' rules that find a match in another sense than the code's, tried in this order;
        each returns why the match is no event, or ""."""
        return (self._wrong_object, self._held_rally, self._electoral_contest, self._figurative_violence,
                self._war_of_words, self._electoral_challenge, self._voter_preference, self._private_commerce,
                self._own_pledge, self._offer_to_nobody, self._agreed_view, self._appeals_to_audience,
                self._talk_without_partner, self._applause, self._named_not_done,
                self._ordinary_law, self._campaign_money, self._since_noun, self._danger_named, self._no_force_used,
                self._intangible_patient, self._aged_private_person, self._aid_return, self._words_taken_back,
                self._press_inquiry, self._held_state, self._hosted_games, self._own_session,
                self._surrounded_by_company, self._honored_feeling,
                self._readmitted_patient, self._anniversary_rite, self._duties_owned, self._reflexive_patient,
                self._gapped_object, self._person_leaving_body)

    def _duties_owned(self, c: Candidate) -> str:
        """Why a 015 "take/bear/accept responsibility" claims no responsibility: the noun is plural, a charge of
        duties ("we do take seriously our responsibilities to monitor the vote", "must bear their
        responsibilities"), not the blame for an act ("took responsibility for the attack")."""
        trig = self._doc[c.trigger]
        if c.code[:3] != "015":
            return ""
        duty = next((k for k in trig.children if k.dep_ in {"dobj", "nsubjpass"} and k.lemma_.lower() == "responsibility"
                     and k.tag_ == "NNS"), None)
        return f"'{trig.text} ... {duty.text}': duties owned, no responsibility claimed" if duty is not None else ""

    def _gapped_object(self, c: Candidate) -> str:
        """Why a target joined to the recipient is no party when a phrase of the same preposition follows it: in
        "Russia sold warplanes to Algeria and submarines to Vietnam" (a second object and recipient, the verb left
        out) the parser joins "submarines" to "Algeria"; it is the thing sold to Vietnam, no buyer."""
        if c.target is None or c.target.token < 0:
            return ""
        tgt = self._doc[c.target.token]
        prep = tgt.head.head if tgt.dep_ == "conj" and tgt.head.dep_ == "pobj" else None
        if prep is None or prep.pos_ != "ADP" or prep.head.i != c.trigger:
            return ""
        after = next((k for k in (*self._doc[c.trigger].children, *tgt.children) if k.i > tgt.i
                      and k.lower_ == prep.lower_ and any(g.dep_ == "pobj" for g in k.children)), None)
        return f"'{tgt.text} {after.text} …': a second thing the verb acts on, no party" if after is not None else ""

    def _reflexive_patient(self, c: Candidate) -> str:
        """Why an act whose object is a reflexive standing for its own doer is no event of that verb: "Washington
        helped Israel defend itself", "they reversed themselves" name no second party; the act done to another (the
        helping) is the event. Force stays ("Iraq had attacked themselves", "blew himself up"): a violent act on one's
        own is still violence, and the accusation of it news."""
        if c.source is None or c.target is None or c.target.token < 0 or c.code[:2] in VIOLENT_ROOTS:
            return ""
        obj = self._doc[c.target.token]
        if obj.lower_ not in REFLEXIVE_PRONOUNS or obj.dep_ != "dobj" or not (
                c.source.code == c.target.code or referent(c.source) == referent(c.target)):
            return ""
        return f"'{self._doc[c.trigger].text} {obj.text}': the doer acting on itself, no other party"

    def _person_leaving_body(self, c: Candidate) -> str:
        """Why one person leaving a body ("the judge, who has also left the ICC", "the senator quit the
        committee") is no reduced relations (160): a post or a membership given up; a state or a party leaving a
        bloc is one ("Britain left the EU", "Mali quit ECOWAS")."""
        trig = self._doc[c.trigger]
        if c.code != "160" or trig.lemma_.lower() not in LEAVING_VERBS or c.source is None \
                or c.source.kind != "person" or c.source.plural or c.target is None or c.target.kind != "organization":
            return ""
        return f"'{trig.text}' a body by one person: a post or a membership given up, no relations reduced"

    def _anniversary_rite(self, c: Candidate) -> str:
        """Why a symbolic act (017) done to mark or celebrate an anniversary, addressed to no one, is no event:
        "laid wreaths in Warsaw to mark the 80th anniversary of the uprising", "laid a wreath to mark 50 years
        since the coup" are a people's remembrance at home, as marking the anniversary itself is."""
        if c.code[:3] != "017" or (c.target is not None and c.target.code):
            return ""
        trig = self._doc[c.trigger]
        aim = next((k for k in trig.children if k.dep_ in {"advcl", "xcomp"} and has_to_marker(k)
                    and k.lemma_.lower() in REMEMBRANCE_VERBS), None)
        return f"'{trig.text} … to {aim.text}': a rite of remembrance, addressed to no one" if aim is not None else ""

    def _forces_called(self, c: Candidate) -> Token | None:
        """The forces a mobilization read from "call on/upon" names ("called on reservists"), or None."""
        p = c.pattern
        if c.code != "154" or p is None or p.head != "call" or p.prep_object is None:
            return None
        trig = self._doc[c.trigger]
        return next((g for k in trig.children if k.dep_ == "prep" and k.lower_ == p.prep_object[0]
                     for g in k.children if g.dep_ == "pobj"), None)

    def _call_to_arms(self, c: Candidate, called: Token) -> None:
        """"The army called on reservists to report for duty" mobilizes its forces (154): the reservists are
        the forces moved, not whom the move is against. A party that commands no forces only appeals to them
        ("the opposition called on reservists to refuse to serve", 020): the codebook's sources of a
        mobilization are states and organized armed groups."""
        src = c.source
        if src is not None and src.code and not (len(src.code) == 3 or _sector(src.code) in STATE_SECTORS | ARMED_SECTORS):
            c.code = "020"
            c.notes.append(f"call-to-arms-by-the-unarmed:{called.lemma_.lower()}")
        elif c.target is not None and c.target.token in {t.i for t in called.subtree}:
            c.target = None
            c.notes.append(f"forces-called-are-no-target:{called.lemma_.lower()}")

    def _judge(self, c: Candidate, discard: str) -> Candidate:
        if self.own_rules and c.source is not None and c.target is not None and c.source.code == c.target.code \
                and (c.target.rule.startswith("coref:speaker") or (
                    c.target.rule.startswith("coref:person") and referent(c.target) == referent(c.source))):
            # "the president warned he won't allow …", "denounced what he called an attack": the speaker
            # is not the one warned or denounced
            c.target = None
        if self.own_rules and c.code[:2] == "16" and c.source is not None and c.target is not None \
                and c.source.code[:3] == c.target.code[:3] and "+coref:" in c.target.rule \
                and c.target.text.lower().split(" ", 1)[0] in {"its", "their"}:
            # "recalled its ambassadors", "closed its embassy": the source's own envoys or mission are what it
            # pulls back, not whom relations are reduced with (none named here)
            c.target = None
            c.notes.append("own-envoy-is-no-target")
        if self.own_rules and c.source is not None and c.target is not None and c.target.token >= 0 \
                and c.target.rule.startswith("modifier:") and c.source.code[:3] == c.target.code[:3] \
                and self._own_conflict(self._doc[c.target.token]):
            # "Biden said he would end America's longest war": whose war it is names a side in it, the source's
            # own here, not whom ending or waging it acts on
            c.target = None
            c.notes.append("own-war-is-no-target")
        placeless = self.own_rules and bool({c.code[:2], c.code[:3]} & self.lex.placeless_target_roots)
        if placeless and self._venue(c.target):
            # a code listed (or its root) is not with the place it happened at ("met him at a summit in
            # Louisville", "hosting a party in Manchester", "hosted a dinner at the White House", "signed an accord
            # at the White House": a body named by the building it sits in is the venue too); people behind such a
            # preposition still are ("a debate among the candidates")
            c.target = None
            c.notes.append("place-is-no-target")
        if placeless and REVERSED in c.notes and self._venue(c.source):
            # nor does the venue do it back: "X and Y signed an accord at the White House" signs nothing for the
            # White House
            discard = discard or "a venue is no party to the symmetric act done at it"
        if self.own_rules and c.code[:2] < "14" and c.code[:3] != "042" \
                and (c.source is None or not c.source.code) and c.target is not None and c.target.kind == "country" \
                and c.target.token >= 0 and (c.target.rule.startswith("place:") or c.target.rule.endswith(":capital")) \
                and self._where(self._doc[c.target.token]) \
                and self._doc[c.target.token].head.head.pos_ not in {"PRON", "PROPN"} \
                and self._actors.agent_of(self._doc[c.target.token].head.head) is None:
            # a word or a deed of cooperation of no one known, done in a town ("when offered the chance to speak at a
            # convention in Cincinnati, he declined"): the town says where, not to whom ("shelter to those in Paris"
            # is to them); force used there ("he was arrested in Moscow") is still against that country
            c.target = None
            c.notes.append("place-is-no-target")
        if self.own_rules and (called := self._forces_called(c)) is not None:
            self._call_to_arms(c, called)
        if not discard and c.status == "event":
            discard = self._history(self._doc[c.trigger], self._day)
        if not discard and self.own_rules and c.status == "event":
            discard = self._generic_form(self._doc[c.trigger], c.code) or self._habitual(self._doc[c.trigger]) \
                or self._kind_clause(self._doc[c.trigger]) or self._what_a_thing_does(self._doc[c.trigger]) \
                or self._quality_participle(self._doc[c.trigger])
        if not discard and self.own_rules and c.status == "event" and c.code[:2] in VIOLENT_ROOTS:
            discard = self._verbal_medium(self._doc[c.trigger]) or self._used_for(self._doc[c.trigger]) \
                or self._background_attack(self._doc[c.trigger]) or self._generic_deed(self._doc[c.trigger])
        if not discard and self.own_rules and c.status == "event" and c.code[:2] in PLACE_CONTEXT_ROOTS \
                and not ((c.source and c.source.code) or (c.target and c.target.code and c.code[:2] != "14")) \
                and not self._kept_by_name(c) and (where := self._place_context(self._doc[c.trigger], c.code)) is not None:
            # "thousands protested across the country", "fighting broke out in Aleppo": whoever does
            # it is not named, but the place says whose country it happens in. A protest is its
            # people's (ICEWS's "Protester (Country)"); force and coercion with no named doer are
            # suffered there ("the Paris attacks" are no attack by France). A protest against someone named
            # ("thousands rallied in Caracas against Maduro") is still its place's people's
            if c.code[:2] == "14":
                c.source = _people_of(where)
            elif c.code[:2] in self.lex.placeless_roots:
                c.source = where
            else:
                c.target = where
            c.notes.append(f"place-context:{where.text}")
        if not discard and self.own_rules and c.code[:2] in {"18", "19"} \
                and (self._doc[c.trigger].lemma_.lower() in VERBAL_ATTACK_WORDS or (
                    self._doc[c.trigger].pos_ == "NOUN" and self._doc[c.trigger].lemma_.lower() in VERBAL_ATTACK_NOUNS)) \
                and (words := self._war_of_words(c)):
            # "the White House stepped up its attack on the press", "Trump shot back at Bush": an attack in words
            # is a criticism (111), not a fight nobody had ("Cruz is battling Rubio" is a contest, no event)
            c.code = "111"
            c.notes.append(f"verbal-attack:{self._doc[c.trigger].lemma_.lower()} ({words})")
        if discard:
            c.status, c.reason = "rejected", discard
        elif not ((c.source and c.source.code) or (c.target and c.target.code)) \
                and not (self.own_rules and self._kept_by_name(c)):
            c.status, c.reason = "rejected", "no coded actor"
        elif self.own_rules and (why := next((r for rule in self._sense_rules() if (r := rule(c))), "")):
            c.status, c.reason = "rejected", why
        elif self.own_rules and c.code == "051" and c.target is None and self._doc[c.trigger].pos_ == "VERB" \
                and self._doc[c.trigger].lemma_.lower() in STANCE_VERBS and not any(
                    t.dep_ == "poss" and t.pos_ in {"NOUN", "PROPN"}
                    for k in self._doc[c.trigger].children if k.dep_ == "dobj" for t in k.subtree):
            # "she supports a $12 wage", "which Clinton also supports", "has supported stem cell research":
            # backing with nobody backed is a stance on a policy, no endorsement of an actor ("backed the
            # opposition leader's call for talks" backs somebody's proposal)
            c.status, c.reason = "rejected", "support for no actor: a policy stance, nobody endorsed"
        elif self.own_rules and c.code == "013" and self._doc[c.trigger].lemma_.lower() == "hope" and any(
                k.dep_ == "xcomp" and has_to_marker(k)
                for k in self._doc[c.trigger].children):
            # "Sanders is hoping to avoid a misstep", "Clinton hopes to win California": an aim of one's own
            # (its act is "wanted"), no optimistic comment; "hoped the talks would succeed" stays 013
            c.status, c.reason = "rejected", "a hope to do something is an aim, not an optimistic comment"
        elif self.own_rules and c.source is None and self._unspoken(c):
            # "a movement that has criticized the government", "warning it would spark a war":
            # a statement, appeal, accusation or threat whose speaker the text hides is no datum
            c.status, c.reason = "rejected", "speech act without a speaker"
        elif c.source and c.target and c.source.code and c.source.code == c.target.code and c.source.start == c.target.start:
            c.status, c.reason = "rejected", "source and target are the same words"
        elif c.negated:
            c.status, c.reason = "unrealized", "negated"
        elif self.own_rules and c.modality == "asserted" and (asked := self._asked(self._doc[c.trigger])):
            c.modality = "asked"
            c.status, c.reason = "unrealized", f"a question: {asked}"
        elif c.modality != "asserted":
            c.status, c.reason = "unrealized", f"modality: {c.modality}"
        return c

    @staticmethod
    def _asked(trig: Token) -> str:
        """Why the event at ``trig`` is only asked about: it is in the question that ends its
        sentence ("Will Russia invade?", "Did soldiers execute civilians?", "asked: does the
        candidate reverse his positions?", "We're going to round them all up?") and no wh-word
        opens that question ("Why does X refuse to recognise Y?" takes the refusal as given)."""
        sent = trig.sent
        toks = [t for t in sent if not t.is_space]
        while toks and (toks[-1].is_quote or toks[-1].is_punct) and toks[-1].text != "?":
            toks.pop()
        if not toks or toks[-1].text != "?":
            return ""
        start = sent.start
        for t in toks[:-1]:  # the question is what follows the last colon, semicolon or opening quote
            if t.text in {":", ";"} or (t.is_quote and t.is_left_punct):
                start = t.i + 1
        if trig.i < start:
            return ""
        question = [t for t in toks if start <= t.i < toks[-1].i]
        if any(t.tag_ in WH_TAGS for t in question if t.i <= trig.i):
            return ""
        return "'" + " ".join(t.text for t in question[:6]) + " ...?'"

    @staticmethod
    def _ballot_support(trig: Token, source: Resolved | None) -> str:
        """Why a "support" is counted at the polls whoever the supporters are: it is measured by a margin
        ("they supported her by a 40 percentage point margin"), or a group "turned out" to give it ("older
        women turned out in force to support Clinton"; one person who "turned out to support" the war proved to)."""
        if any(p.dep_ == "prep" and p.lower_ == "by" and any(g.lemma_.lower() == "margin" for g in p.children)
               for p in trig.children):
            return f"a vote: '{trig.text} ... by a margin' is counted at the polls, no actor endorses"
        turned = trig.head if trig.dep_ in {"advcl", "xcomp"} and has_to_marker(trig) else None
        if turned is not None and turned.lemma_.lower() == "turn" and source is not None and source.plural \
                and any(k.dep_ == "prt" and k.lower_ == "out" for k in turned.children):
            return f"a vote: 'turned out to {trig.text}' is turnout at the polls, no actor endorses"
        return ""

    def _voter_preference(self, c: Candidate) -> str:
        """Why a 05x "support" is how voters vote or answer a poll: its supporter is an electorate
        ("voters", "respondents", "caucus-goers", "college students polled") or a share of people ("a
        majority of women", "6 in 10 of those", "6 in 10 white men", "about three-quarters", "those who said
        ..."), also when a "they" stands for it ("60 percent of Kenyans back the deal, and they also support
        talks"); so is such a group's agreeing with a candidate (019: "majorities of Americans agreed with Trump")
        and the support a candidate receives from it. A named actor that backs a candidate ("Gov. Dayton is
        backing Clinton") keeps the endorsement."""
        trig = self._doc[c.trigger]
        if trig.pos_ != "VERB":
            return ""
        # the support a candidate receives from a group ("a poll found Trump receiving 20 percent support from
        # Latino voters") is that group's preference
        backing = next((g for k in trig.children if k.dep_ == "dobj" and k.lemma_.lower() in PREFERENCE_VERBS
                        for p in k.children if p.dep_ == "prep" and p.lower_ == "from"
                        for g in p.children if g.dep_ == "pobj"), None) if c.code.startswith(("05", "07")) else None
        if backing is None and not ((c.code.startswith("05") and trig.lemma_.lower() in PREFERENCE_VERBS) or (
                c.code == "019" and trig.lemma_.lower() == "agree") or (  # "majorities of Americans agreed with Trump"
                c.code[:2] in {"11", "12"} and trig.lemma_.lower() in OPPOSITION_VERBS)):  # "half of Britons oppose"
            return ""
        if c.code.startswith("05") and (ballot := self._ballot_support(trig, c.source)):
            return ballot
        if trig.lemma_.lower() == "approve" and any(
                t.lemma_.lower() in ELECTORATE_NOUNS | {"pollster", "percent", "rating"} or t.text == "%" for t in trig.sent):
            # "81 percent of Democrats approve of Obama, according to the pollster": an approval rating
            return f"an approval rating: '{trig.text}' in a poll's numbers, no actor endorses"
        subj = backing or next((t for t in trig.children if t.dep_ == "nsubj"), None)
        if subj is None:  # "Clinton was backed by a majority of women"
            agent = next((t for t in trig.children if t.dep_ == "agent"), None)
            subj = next((t for t in agent.children if t.dep_ == "pobj"), None) if agent is not None else None
        if subj is None and trig.dep_ in {"xcomp", "advcl"}:  # "those ... tended to support Clinton"
            subj = next((t for t in trig.head.children if t.dep_ == "nsubj"), None)
        if subj is None:  # "and 15 percent backed Rubio": the parser made the share a measure of the verb
            subj = next((t for t in trig.children if t.dep_ == "npadvmod" and t.lemma_.lower() in SHARE_WORDS), None)
        verb = trig.head if trig.dep_ in {"xcomp", "advcl"} else trig
        if subj is None and verb.dep_ == "conj":
            # "23 percent favored Cruz and backed ...", "those ... tended to support Clinton and ... tended to support
            # Sanders": a verb joined to another with no subject of its own shares the first verb's
            subj = next((t for t in verb.head.children if t.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in self.lex.relative_pronouns and trig.dep_ == "relcl":
            subj = trig.head  # "respondents who support Sanders"
        if subj is None:
            return ""
        phrase = [subj]
        for _ in range(3):  # "a majority of voters", "6 in 10 of the 3 in 10 voters"
            of = next((g for p in phrase[-1].children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                       for g in p.children if g.dep_ == "pobj"), None)
            if of is None:
                break
            phrase.append(of)
        against = trig.lemma_.lower() in OPPOSITION_VERBS
        for t in phrase:
            if against and t.i == phrase[0].i:
                continue  # "Swiss voters rejected the pension reform": the electorate's act, not a share's
            if t.lemma_.lower() in ELECTORATE_NOUNS or any(
                    k.dep_ == "acl" and k.lemma_.lower() in {"poll", "survey"} for k in t.children):
                return f"a vote or poll answer: '{t.text}' prefers, no actor endorses"
        head = phrase[0]
        if subj.pos_ == "PRON" and c.source is not None and c.source.rule.startswith("coref:plural->"):
            # "60 percent of Kenyans back the deal, and they also support talks": the share the "they" stands for
            name, start = c.source.rule.split("->", 1)[1], subj.sent.start
            start = self._doc[start - 1].sent.start if start > 0 else start  # as far back as the sentence before
            ante = next((t for t in reversed(self._doc[start : subj.i]) if t.pos_ in {"NOUN", "PROPN"} and any(
                r.text == name and referent(r) == referent(c.source) for r in self._actors.resolve_all(t))), None)
            if ante is None:
                return ""
            head = ante
            while head.dep_ == "pobj" and head.head.lower_ in {"of", "in"} and head.head.head.i != head.head.i:
                head = head.head.head  # "Kenyans" in "a majority of Kenyans"
        people = head.lemma_.lower() in AUDIENCE_NOUNS or any(  # "Kenyans": a nation's people
            r.kind == "country" and r.plural and r.token == head.i for r in self._actors.resolve_all(head))
        counted = any((k.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ in {"in", "of", "out"}
                                                  for q in k.children)) or (k.lower_ == "most" and k.i < head.i and people)
                      for k in head.children) or (  # "seven out of 10 Kenyans", "most Kenyans" (not "most countries")
            # "many party members oppose him", "some activists back Sanders": an unnamed share of a group of people
            c.source is not None and c.source.kind == "agent" and c.source.plural and c.source.token == head.i
            and any(k.dep_ in {"amod", "det"} and k.lower_ in {"many", "most", "some", "few"} and k.i < head.i
                    for k in head.children))
        if (head.lower_ in SHARE_WORDS or head.lemma_.lower() in SHARE_WORDS or head.like_num or counted) and not (
                c.source is not None and c.source.code and c.source.kind not in {"agent", "group"}
                and c.source.token == head.i
                # "seven out of 10 Kenyans", "most Kenyans": a share of a nation's people, not its state
                and not (counted and c.source.kind == "country" and c.source.plural)) and not (
                c.source is not None and c.source.kind == "agent" and c.source.code[3:6] in OFFICE_SECTORS
                and c.source.token in {t.i for t in phrase}):  # "a majority of senators backed the bill": a vote
            return f"a share of people: '{head.text}' prefers, no actor endorses"
        return ""

    def _private_commerce(self, c: Candidate) -> str:
        """Why a 061 or 1121 is business: a purchase, sale or investment with no state among its
        parties ("Allergan will end up buying Pfizer", "helped Pharmacyclics sell itself to AbbVie",
        "Trump has invested in other companies", "people buying guns"; a place the purchase is in is
        no party), or a price charged ("charging students more than $30,000", "charged a $100,000
        fee", "charged his campaign for rent"), which accuses nobody of a crime; or ties cut with a firm by no state."""
        trig = self._doc[c.trigger]
        obj = next((k for k in trig.children if k.dep_ in {"dobj", "nsubjpass"}), None)
        if c.code in {"1622", "0332"} and obj is not None and obj.lemma_.lower() in TRADE_FLOW_NOUNS and not any(
                t.lemma_.lower() in MATERIEL_HEADS - {"system", "battery", "boat", "vessel"} or t.lower_ == "arms"
                or (c.code == "1622" and t.lemma_.lower() in AID_FLOW_WORDS) or _is_weapon(t)
                for t in obj.subtree if t.i != obj.i):
            # "Toyota halted sales of the car", "suspended shipments of grain": a trade with no arms in it is
            # no military aid cut ("halted arms sales to Riyadh", "froze deliveries of tanks" stay; "suspended
            # food deliveries" is an aid cut the pattern leaves to the 16 family); "approved the sale of the
            # refinery to Exxon" commits to no arms (0332)
            return f"'{trig.text} {obj.text}' of no arms: trade, no military aid"
        if c.code == "161" and any(r is not None and _sector(r.code) == "BUS" for r in (c.source, c.target)) and all(
                r is None or not r.code or (r.code[:3] == "---" and _sector(r.code) in {"BUS", "EDU", "MED"})
                for r in (c.source, c.target)):
            # "the football club severed its ties with a betting firm", "the university cut ties with the oil
            # company": a tie with a firm cut by no state or party breaks no diplomatic relations
            return f"'{trig.text}' ties with a firm and no state among the parties: business, no diplomatic break"
        if c.code == "061" and trig.lemma_.lower() in COMMERCE_LEMMAS:
            if any(r is not None and r.code and r.code[:3] != "---" and r.code[3:6] in STATE_SECTORS
                   and not r.rule.startswith("place") for r in (c.source, c.target)):
                return ""
            return f"'{trig.text}': a purchase or sale with no state among its parties, commerce"
        if c.code == "1121" and trig.lemma_.lower() == "charge" and trig.pos_ == "VERB" \
                and not any(k.dep_ == "prep" and k.lower_ == "with" for k in trig.children):
            said = [k for k in trig.children if k.dep_ in {"dobj", "dative", "npadvmod", "prep", "advmod"}]
            price = next((t for k in said for t in k.subtree if t.ent_type_ == "MONEY" or t.text == "$"
                          or (t.lemma_.lower() in PRICE_NOUNS and t.dep_ in {"dobj", "pobj", "npadvmod"})), None)
            if price is not None:
                return f"'{trig.text} ... {price.text}': a price charged, no accusation"
        return ""

    def _appeals_to_audience(self, c: Candidate) -> str:
        """Why an "appeal to" is a candidate's pull on an audience: its object is voters, a base or a
        group of people and nothing is asked of them, no "to"-clause and no "for" ("his prowess at
        appealing to Republican voters", "he's been able to appeal to a certain group of folks"). "Appealed
        to voters to stay calm" and "appealed to donors for aid" ask something and stay 020."""
        trig = self._doc[c.trigger]
        if not c.code.startswith("02") or trig.lemma_.lower() != "appeal" or trig.pos_ != "VERB":
            return ""
        if any(k.dep_ in {"xcomp", "ccomp", "advcl"} or (k.dep_ == "prep" and k.lower_ == "for") for k in trig.children):
            return ""
        whom = next((g for k in trig.children if k.dep_ == "prep" and k.lower_ == "to"
                     for g in k.children if g.dep_ == "pobj"), None)
        if whom is None or not {whom.lemma_.lower(), whom.lower_.removesuffix("s")} & AUDIENCE_NOUNS or any(
                k.dep_ in {"xcomp", "ccomp", "acl"} and any(a.tag_ == "TO" for a in k.children) for k in whom.children):
            return ""
        return f"'{trig.text} to {whom.text}': attracting an audience, nothing asked"

    def _applause(self, c: Candidate) -> str:
        """Why a 051 thanks or applause is a reaction at a gathering, no endorsement: nobody is thanked
        or cheered but the crowd, the supporters or the voters, or the town the rally is in ("the crowd
        applauded", "aides cheered as she was announced the winner", "Sanders is thanking supporters at a
        rally", "thanked Miami"), or the cheering is an unnamed crowd's ("activists cheered for Rubio"). Someone
        named stays ("cheered Clinton's attacks", "thanked Germany for its help", "thanked Smith")."""
        trig = self._doc[c.trigger]
        if c.code != "051" or trig.lemma_.lower() not in APPLAUSE_VERBS:
            return ""
        t, s = c.target, c.source
        obj = next((k for k in trig.children if k.dep_ == "dobj"), None)
        if s is not None and s.kind == "agent" and s.plural and trig.lemma_.lower() in {"cheer", "applaud", "clap"} \
                and (obj is None or not self._thing(obj, self._actors)):
            # "activists in the hall cheered loudly for Rubio", "the delegates applauded Trump": an unnamed crowd's
            # cheers are a reaction at a gathering, whoever they are for (not a thing applauded: "environmentalists
            # applaud Greenland's initiative" praise a policy)
            return f"'{s.text} {trig.text}': a crowd's reaction at a gathering, no endorsement"
        if t is not None and not (0 <= t.token < len(self._doc) and (
                self._doc[t.token].lemma_.lower() in CROWD_NOUNS
                or (t.kind == "country" and t.rule.startswith("place:")))):
            return ""
        return f"'{trig.text}' {'with nobody named' if t is None else t.text}: a reaction at a gathering, no endorsement"

    def _talk_without_partner(self, c: Candidate) -> str:
        """Why a 040 "talk" or a 046 "discuss" / "talk" noun is no consultation between parties: the
        talk is praise or scorn or a failure ("talk up his candidacy", "talk down Britain", "talked past
        each other", "talking the talk"), it addresses listeners ("talking to voters", "talk to the nation",
        "talking directly to them"), it is chatter ("pep talks", "all the talk of decline": the singular
        noun), or one speaker talks about or discusses a topic with nobody ("talking about Mexican
        rapists", "speaking on condition of anonymity to discuss internal directives"), or the talk is what
        someone knows, competence said of one person or many ("they know what they're talking about").
        "Talked to the president", "the two sides talked", "X and Y discussed the violence", "a meeting to
        discuss options", "calls with both to discuss" keep their code."""
        trig = self._doc[c.trigger]
        lemma = trig.lemma_.lower()
        if trig.pos_ == "NOUN":
            if c.code == "046" and lemma == "talk" and trig.tag_ == "NN" and not any(
                    k.dep_ == "prep" and k.lower_ in {"with", "between"} for k in trig.children):
                return f"'{trig.text}' (the singular noun): chatter, no negotiation"
            if c.code == "046" and lemma == "talk" and any(
                    k.dep_ in {"compound", "amod"} and k.lower_ in CHATTER_WORDS for k in trig.children):
                return f"'{trig.text}' with '{next(k.text for k in trig.children if k.lower_ in CHATTER_WORDS)}': chatter, no negotiation"
            return ""
        if trig.pos_ != "VERB" or not ((c.code == "040" and lemma == "talk") or (c.code == "046" and lemma == "discuss")):
            return ""
        kids = list(trig.children)
        part = next((k for k in kids if k.dep_ in {"prt", "prep", "advmod"} and k.lower_ in TALK_PARTICLES), None)
        if part is not None:
            return f"'{trig.text} {part.text}': {'praise or scorn' if part.lower_ in {'up', 'down'} else 'no exchange'}, no consultation"
        if lemma == "talk" and any(k.dep_ == "dobj" and k.lemma_.lower() == "talk" for k in kids):
            return f"'{trig.text} the talk': words, no consultation"
        if lemma == "talk" and _known_topic(trig):
            return f"'{trig.head.text} what … {trig.text} about': knowing one's subject, no consultation"
        whom = next((g for k in kids if k.dep_ == "prep" and k.lower_ == "to" for g in k.children if g.dep_ == "pobj"), None)
        if whom is not None:
            heard = [whom.lemma_.lower()]
            if whom.lower_ in {"them", "you"}:
                # "train his eyes on audience members to make them feel he was talking directly to them":
                # the plural noun last named in the sentence, or the one the pronoun was resolved to
                heard += [t.lemma_.lower() for t in reversed(list(trig.sent)[:trig.i - trig.sent.start])
                          if t.tag_ == "NNS"][:1]
                if c.target is not None and "->" in c.target.rule:
                    heard.append(c.target.rule.rsplit("->", 1)[1].lower())
            if any(h in LISTENER_NOUNS for h in heard):
                return f"'{trig.text} to {whom.text}': addressing listeners, no consultation"
            return ""
        if c.target is not None and c.target.code:
            return ""
        # a partner named anywhere up the clause: "talk with the mayor", "calls with both to discuss the race"
        up = [trig, *list(trig.ancestors)[:3]]
        for h in up:
            for k in h.children:
                if k.dep_ == "prep" and k.lower_ in {"with", "between", "among"}:
                    return ""
                if k.dep_ in {"dobj", "nsubj", "nsubjpass"} and any(
                        g.dep_ == "prep" and g.lower_ in {"with", "between"} for g in k.children):
                    return ""
            if h.dep_ not in {"xcomp", "advcl", "pcomp", "acl", "relcl", "conj"}:
                break
        if any(k.lower_ == "together" or (k.lower_ in {"each", "one"} and k.head.lower_ in {"other", "another"})
               for k in trig.subtree):
            return ""  # "talked together", "discussed it with each other"
        subj = next((k for h in up for k in h.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and (subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"we", "they", "both"} or (
                subj.lemma_.lower() in PARTNERED_NOUNS) or any(
                k.dep_ == "conj" for k in subj.children) or any(k.lower_ in {"two", "both"} for k in subj.children)):
            return ""
        if c.source is not None and c.source.plural:
            return ""
        return f"'{trig.text}' with no one to talk with: one speaker on a topic, no consultation"

    def _own_pledge(self, c: Candidate) -> str:
        """Why a 030 pledge is a course of one's own: a promise, pledge or vow whose words name no
        actor to cooperate with and that has no target ("pledged to shut down private detention
        centers", "have pledged to act as well", "his pledge to reintroduce waterboarding"): a
        campaign pledge to act, not an intent to cooperate with somebody. A pledge whose words name
        a country or a body ("pledged not to let al-Qaeda use Afghan soil", "his pledge to pull the
        troops out of Afghanistan") keeps its code."""
        trig = self._doc[c.trigger]
        if c.code != "030" or trig.lemma_.lower() not in PLEDGE_LEMMAS or (c.target is not None and c.target.code):
            return ""
        said = [k for k in trig.children if k.dep_ in {"xcomp", "ccomp", "dobj", "dative", "acl", "prep", "attr"}]
        if trig.dep_ == "dobj":  # "signed a pledge with Washington"
            said += [k for k in trig.head.children if k.dep_ == "prep"]
        for k in said:
            for t in k.subtree:
                if t.lower_ in {"together", "jointly"}:  # "pledged to work together": the subjects cooperate
                    return ""
                if t.pos_ == "PRON" and c.source is not None and all(
                        referent(r) == referent(c.source) for r in self._actors.resolve_all(t)):
                    continue  # "promised that as president he would build one": the pledger names himself
                if t.pos_ in {"NOUN", "PROPN", "PRON"} and (self._actors.mention_for(t) is not None or any(
                        r.code and r.code[:3] != "---" for r in self._actors.resolve_all(t))):
                    return ""
        return f"'{trig.text}': a pledge of one's own course of action, nobody to cooperate with"

    def _offer_to_nobody(self, c: Candidate) -> str:
        """Why a plain 030 "offer" of one person's is no intent to cooperate: a thing is offered and no party it is
        offered to is named, a crowd at most ("offering her positive reviews of the president's actions", "offered
        the crowd an emotional evaluation", "without offering proof", "offering a narrow economic message"): words
        or a view, nobody to cooperate with. A body's offer ("the government offered a reward"), a proposal
        ("offered a plan"), an offer to a party ("offered the man a job", "mourners were offered stamps") and what
        the specific patterns code ("offer +aid", "offer >mediate") stay."""
        trig = self._doc[c.trigger]
        if c.code != "030" or trig.lemma_.lower() != "offer" or trig.pos_ != "VERB" or c.pattern is None \
                or c.pattern.obj is not None or c.pattern.xcomp is not None:
            return ""
        unknown = c.source is None or not c.source.code
        if not unknown and c.source is not None and c.source.kind != "person":
            return ""
        obj = next((k for k in trig.children if k.dep_ == "dobj"), None)
        if obj is None or not self._thing(obj, self._actors) \
                or obj.lemma_.lower() in self.lex.figurative_objects | self.lex.symmetric_words:
            return ""
        if unknown:
            # goods or words offered by no actor known ("many clubs offering family-friendly amenities", "we're
            # offering our community the chance to ...", "pollsters offered fewer caveats", "mourners were offered
            # stamps"): a business's service or a remark, no party's intent to cooperate with another
            return f"'{trig.text} {obj.text}' by no actor: a service or words, no intent to cooperate"
        takers = [k for k in trig.children if k.dep_ in {"dative", "iobj", "nsubjpass"}] + [
            g for k in trig.children if k.dep_ == "prep" and k.lower_ == "to" for g in k.children if g.dep_ == "pobj"]
        if any(not self._thing(t, self._actors) and t.lemma_.lower() not in CROWD_NOUNS for t in takers):
            return ""
        return f"'{trig.text} {obj.text}' to no party: words, a view or goods, nobody to cooperate with"

    def _agreed_view(self, c: Candidate) -> str:
        """Why an 03x "agree" is no intent to cooperate: what is agreed is a judgement, a clause saying what
        something is ("he agrees Trump is a total opportunist", "a panel of reporters agreed that the plan is
        pie-in-the-sky pandering"): a view shared, nothing to be done together. An agreement on what will be done
        ("agreed that the talks will resume", "agreed to pay") stays."""
        trig = self._doc[c.trigger]
        if c.code[:2] != "03" or trig.lemma_.lower() != "agree" or trig.pos_ != "VERB" or c.pattern is None \
                or c.pattern.obj is not None or c.pattern.xcomp is not None or c.pattern.prep_object is not None:
            return ""
        clause = next((k for k in trig.children if k.dep_ == "ccomp"), None)
        if clause is None or clause.lemma_ != "be" or not any(k.dep_ == "nsubj" for k in clause.children) \
                or not any(k.dep_ in {"acomp", "attr"} for k in clause.children) \
                or any(k.dep_ in {"aux", "conj"} for k in clause.children):
            return ""  # "agreed that the payment was fair and would make it" agrees to pay too
        return f"'{trig.text} that ... {clause.text}': a view shared, no intent to cooperate"

    def _named_not_done(self, c: Candidate) -> str:
        """Why the trigger names something other than an act: a month ("on March 9", "since early March"), a word
        mentioned ("Romney's phrase 'self-deportation'", "the word genocide"),
        a building an event noun modifies ("the police detention center", "an interrogation room"), a state
        of being supplied ("hospitals are equipped to handle the cases", "well armed"), or a sharing of
        information whose sharer the passive hides ("the families have been informed": by whom?)."""
        trig = self._doc[c.trigger]
        if trig.text in MONTH_EVENT_WORDS and (trig.ent_type_ == "DATE" or any(
                t.like_num for t in (self._doc[trig.i - 1] if trig.i > 0 else trig,
                                     self._doc[trig.i + 1] if trig.i + 1 < len(self._doc) else trig))):
            return f"'{trig.text}' is a month in a date"
        if self.own_rules and trig.pos_ == "NOUN" and (word := next(
                (k for k in trig.children if k.dep_ in {"compound", "nmod"} and k.i < trig.i
                 and k.lemma_.lower() in WORD_NOUNS), trig.head if trig.dep_ == "appos"
                and trig.head.lemma_.lower() in WORD_NOUNS else None)) is not None:
            return f"'{word.text} {trig.text}': a word mentioned, no act"
        if trig.pos_ == "NOUN" and trig.dep_ == "compound" and trig.head.lemma_.lower() in BUILDING_NOUNS \
                and c.code[:2] != "14":  # a protest camp is the protest, kept up where it stands
            return f"'{trig.text} {trig.head.text}' names a building, no act"
        passive = trig.tag_ == "VBN" and any(k.dep_ == "auxpass" for k in trig.children) \
            and not any(k.dep_ == "agent" for k in trig.children)
        predicate = trig.dep_ == "acomp" and trig.head.lemma_ == "be"  # "the police are poorly equipped"
        if (passive or predicate) and c.code.startswith("07") and any(
                (k.dep_ == "xcomp" and has_to_marker(k))
                or (k.dep_ == "advmod" and k.lower_ in READINESS_ADVERBS) for k in trig.children):
            return f"'{trig.text}': a state of readiness, no supply"
        if passive and c.code == "064" and (c.source is None or not c.source.code):
            return f"'{trig.text}': told by nobody named, no sharing between actors"
        return ""

    def _hosted_games(self, c: Candidate) -> str:
        """Why a 043 "host" is no visit: what is hosted is a sporting occasion ("will host the 2034 World Cup",
        "hosted the Winter Olympics"), whose sport word hides in a proper name the sport discard skips."""
        trig = self._doc[c.trigger]
        if c.code[:3] != "043" or trig.lemma_.lower() != "host" or not self.own_rules:
            return ""
        for obj in (k for k in trig.children if k.dep_ == "dobj"):
            words = [obj, *(k for k in obj.children if k.dep_ in {"compound", "amod"})]
            if any(n in self.discard_lemmas for w in words for n in (w.lemma_.lower(), w.lower_, w.lower_[:-1])):
                return f"hosted '{obj.text}': a sporting occasion, no visit"
        return ""

    def _own_session(self, c: Candidate) -> str:
        """Why a 04 "meeting" noun is no consultation: its only party is the body a compound names ("after a
        government meeting", "a cabinet meeting"), which sits with itself; "a meeting with X", "a Putin-Xi
        meeting" or a second party found elsewhere keep it."""
        trig = self._doc[c.trigger]
        if c.code[:2] != "04" or trig.pos_ != "NOUN" or trig.lemma_.lower() not in {"meeting", "session"} \
                or c.target is not None or c.source is None:
            return ""
        body = [k for k in trig.children if k.dep_ == "compound"]
        if len(body) != 1 or body[0].pos_ != "NOUN" or any(k.dep_ in {"amod", "poss"} or (
                k.dep_ == "prep" and k.lower_ in {"with", "between", "among", "of"}) for k in trig.children):
            return ""
        return f"'{body[0].text} {trig.text}': a body sitting with itself, no consultation"

    def _held_state(self, c: Candidate) -> str:
        """Why a 181 "hold/keep hostages" is no abduction: a bare past participle after the noun ("the release
        of 50 hostages held in Gaza", "captives kept by the group") says who the captives are, a state; the
        taking is an earlier act the sentence does not report."""
        trig = self._doc[c.trigger]
        if c.code[:3] == "181" and trig.lemma_.lower() in {"hold", "keep"} and trig.dep_ == "acl" \
                and trig.tag_ == "VBN" and not any(k.dep_ in {"aux", "auxpass"} for k in trig.children):
            return f"'{trig.head.text} {trig.text}': who the captives are, no taking"
        return ""

    def _wrong_object(self, c: Candidate) -> str:
        """Why a plain verb pattern has the wrong sense for its object or parties: a 062 "train" with no
        armed party (a boxer training, eyes trained on someone); a 128 ignore/defy/resist
        whose object is a fact, a question or an issue, no law, order, demand or authority
        ("ignored the fact that", "Carson defied the question", "veterans' issues were largely
        ignored"); a 163 sanction or a 073 rescue of a thing; a 192 occupation of no place by no armed party or
        state ("retake their exams", "took over in hard times"); a 015 concede whose object is a race or an election ("conceding the race to
        Clinton": a lost vote, no admission of responsibility)."""
        trig = self._doc[c.trigger]
        if c.code == "171" and trig.lemma_.lower() == "board" and not (
                c.target is not None and c.target.code and not c.target.code.startswith("---")
                and (c.source is None or c.source.code[:3] != c.target.code[:3])
                and any(k.dep_ == "dobj" and c.target.token in {k.i} | {t.i for m in k.children if m.dep_ in {"amod", "compound", "poss", "nmod"}
                                                                           for t in m.subtree} for k in trig.children)):
            # "the minister boarded a navy ship", "migrants boarded a boat in Libya": a passage; boarding is a raid
            # only on another party's vessel, named with it ("the coast guard boarded a Taiwanese boat")
            return f"'{trig.text}' with no other country's vessel: a passage, no raid"
        if trig.pos_ != "VERB" or (c.pattern is not None and c.pattern.obj is not None):
            return ""
        lemma = trig.lemma_.lower()
        if c.code == "062" and lemma == "train" and not any(
                x is not None and _armed_code(x.code) for x in (c.source, c.target)) and not (
                c.source is not None and c.source.code and len(c.source.code) == 3 and not c.source.code.startswith("---")):
            # "Ali trained on Miami Beach", "train his eyes on audience members", "a field operation that
            # has been trained": no armed party and no country training, no cooperation ("they train
            # local forces", "Norway will provide experts to train health workers" stay)
            return f"'{trig.text}' with no armed party and no country training: no training cooperation"
        obj = next((k for k in trig.children if k.dep_ in {"dobj", "nsubjpass"}), None)
        if c.code == "192" and (obj is None or (self._thing(obj, self._actors) and not self._place_object(obj, self._actors))) \
                and not any(x is not None and (_armed_code(x.code) or (len(x.code) == 3 and not x.code.startswith("---")))
                            for x in (c.source, c.target)):
            # "he took over in hard times", "students had to retake their exams": no place taken and no armed
            # party or state taking it, no occupation ("rebels retook the airport", "Russia took over Crimea" stay)
            return f"'{trig.text}' {'of ' + obj.text if obj is not None else 'with no object'}: no territory taken by arms"
        acted_on = obj
        while acted_on is not None and (acted_on.like_num or acted_on.lemma_.lower() in self.lex.quantity_nouns):
            # "hundreds of thousands of Thai people were evacuated": the people, not the amount, are acted on
            acted_on = next(iter(_of_objects(acted_on)), None)
        if c.code in PARTY_OBJECT_CODES and acted_on is not None and self._thing(acted_on, self._actors) \
                and not self._place_object(acted_on, self._actors) and not any(
                    k.dep_ in {"amod", "compound", "nmod"} and (k.ent_type_ in {"NORP", "GPE", "ORG"}
                                                                or self._actors.mention_for(k) is not None)
                    for k in acted_on.children):  # "sanctioned seven Russian nationals" are people of a country
            # "the white vote sanctioned his identity", "rescued the economy from collapse": what is sanctioned or
            # rescued is no actor and no people, so the verb is in its other sense (approve, save a thing)
            return f"'{trig.text} {acted_on.text}': no actor or people acted on"
        if c.code == "015" and lemma == "concede" and (obj is None or (obj.tag_ == "IN" and obj.lower_ == "that")) \
                and not any(k.dep_ in {"ccomp", "xcomp", "attr", "oprd"} or (
                    k.dep_ == "prep" and k.lower_ in {"on", "over", "about", "regarding"}
                    and not any(g.ent_type_ in {"DATE", "TIME"} for g in k.children)) for k in trig.children):
            # "Sanders conceded", "she conceded to Trump on election night" (and "that Sanders conceded", whose
            # "that" the parser took for the object): with nothing admitted, a race is lost ("conceded that
            # the response was slow", "conceded on taxes" stay)
            return f"'{trig.text}' with nothing admitted: a race lost, no responsibility admitted"
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
            return ""
        word = obj.lemma_.lower()
        if c.code == "014" and not self._option_object(obj):
            # "we hung out in coffee shops and pondered the meaning of life", "contemplated the view": a thought,
            # no course of action weighed ("considering sanctions", "mulled a presidential run" stay)
            return f"'{trig.text} {obj.text}': no policy, plan or option considered"
        if c.code == "128" and lemma in FACT_IGNORING_VERBS and obj.pos_ == "NOUN" and word not in NORM_NOUNS \
                and self._actors.resolve(obj) is None:
            return f"'{trig.text} {obj.text}': no law, order, demand or authority defied"
        if c.code == "015" and lemma == "concede" and word in CONTEST_NOUNS:
            return f"'{trig.text} the {obj.text}': a vote lost, no responsibility admitted"
        if c.code == "0874" and (r := self._actors.resolve(obj)) is not None and len(r.code) > 3 \
                and not _armed_code(r.code):
            # "the party withdrew its ministers from the cabinet", "withdrew its lawmakers from parliament":
            # officials who leave a body, no force retreating ("withdrew its troops" has its own pattern)
            return f"'{trig.text} {obj.text}': unarmed officials leaving, no military retreat"
        return ""

    def _option_object(self, obj: Token) -> bool:
        """Can a 014 consideration weigh ``obj``: a course of action (option_nouns), an act a pattern codes as an
        event noun ("considering sanctions"), a document, or an actor or an actor's thing ("a Pentagon proposal",
        "considering Azerbaijan as an ally")."""
        word = obj.lemma_.lower()
        if obj.pos_ != "NOUN" or word in self.lex.option_nouns or word in self.lex.document_nouns:
            return True
        if any(p.code != NULL_CODE for _, p in self.nouns.get(word, ())):
            return True
        return any(self._actors.resolve(t) is not None for t in [obj, *(k for k in obj.children if k.dep_ in {
            "poss", "compound", "amod", "nmod"})])

    def _no_force_used(self, c: Candidate) -> str:
        """Why a code of armed force (military protection 074, a mobilization 154, combat 19x, a threat of it 138)
        has another sense: nobody armed and no state takes part, and what the verb acts on is nothing force acts
        on. A right or a job protected ("protecting the right of scientists", "to protect the chairman's job"), a
        person or an idea deployed or reinforced ("deployed his father as a surrogate", "it reinforces what his
        supporters believe"), a problem battled ("people who have battled online threats"), a cause fought for
        or an effort ("promised he would fight for them", "has fought hard to defend the tax"). "Protect
        innocent people", "deployed troops", "the rebels fought the army" and any act of a state stay."""
        if c.code[:3] not in {"074", "154", "138"} and c.code[:2] != "19":
            return ""
        if (c.pattern is not None and c.pattern.obj is not None) or self._forces_called(c) is not None or any(
                x is not None and (_armed_code(x.code) or (len(x.code) == 3 and not x.code.startswith("---")))
                for x in (c.source, c.target)):
            return ""  # "deploy +troop", "called on reservists" say what is moved; a state or an armed party may use force
        trig = self._doc[c.trigger]
        if trig.pos_ != "VERB":
            return ""

        def inert(t: Token) -> bool:  # no place, building or weapon: nothing armed force takes or shields
            return not self._place_object(t, self._actors) and t.lemma_.lower() not in BUILDING_NOUNS and not _is_weapon(t)

        obj = next((k for k in trig.children if k.dep_ in {"dobj", "nsubjpass"}), None)
        if c.code[:3] == "074" and obj is not None and self._thing(obj, self._actors) and inert(obj):
            return f"'{trig.text} the {obj.text}': a thing shielded, no military protection"
        if c.code[:3] == "154" and (obj is None or (inert(obj) and not any(
                (self._actors.agent_of(t) or ("", "", ""))[0] in ARMED_SECTORS for t in obj.subtree if t.pos_ == "NOUN"))):
            return f"'{trig.text}' {'the ' + obj.text if obj is not None else 'with nothing'}: no forces mobilized"
        fight = trig if trig.lemma_.lower() in COMBAT_VERBS else next(
            (k for k in trig.children if k.dep_ in {"xcomp", "ccomp"} and k.lemma_.lower() in COMBAT_VERBS), None)
        if fight is None or fight.pos_ != "VERB":
            return ""
        obj = next((k for k in fight.children if k.dep_ in {"dobj", "nsubjpass"}), None)
        if obj is not None:
            return f"'{fight.text} {obj.text}': a problem fought, nobody fought by force" \
                if self._thing(obj, self._actors) and inert(obj) else ""
        cause = next((g for k in fight.children if k.dep_ == "prep" and k.lower_ == "for" for g in k.children
                      if g.dep_ == "pobj"), None)
        if cause is not None and inert(cause) and not any(k.dep_ == "prep" and k.lower_ in {"against", "with"}
                                                          for k in fight.children):
            return f"'{fight.text} for {cause.text}': a cause championed, no force"
        if any(k.dep_ in {"xcomp", "advcl"} and has_to_marker(k) for k in fight.children):
            return f"'{fight.text} to ...': an effort, no force"
        return ""

    def _intangible_patient(self, c: Candidate) -> str:
        """Why a code that acts on a thing or a party has another sense: what is destroyed (1712, property),
        held (192, territory) or invited (036, a guest) is none of these. A chance, a standing or a social whole
        destroyed ("destroying the party's chance to win", "forces destroying the middle class", "destroyed the
        finances of families"); a company, a party or a policy taken control of ("assumed control of the
        company", "a final conquest over the Democratic Party", "whatever action he takes on gun control"); a
        reaction invited ("inviting ridicule from the governor"). "Destroyed hundreds of homes", "seized control
        of the city", "invited reporters to tour it" stay, and so does any destroying or taking by an armed party."""
        code = c.code[:4] if c.code[:3] == "171" else c.code[:3]
        if code not in {"1712", "192", "036"}:
            return ""
        trig = self._doc[c.trigger]
        obj = next((k for k in trig.children if k.dep_ in {"dobj", "nsubjpass"}), None)
        if code == "036":
            if trig.lemma_.lower() == "invite" and obj is not None and obj.lemma_.lower() in REACTION_NOUNS \
                    and self._thing(obj, self._actors):
                return f"'{trig.text} {obj.text}': a reaction drawn, no one invited"
            return ""
        if any(x is not None and _armed_code(x.code) for x in (c.source, c.target)):
            return ""  # rebels taking a company's mine, soldiers wrecking a party's offices: force all the same
        if code == "1712":
            if trig.pos_ == "VERB" and obj is not None and obj.lemma_.lower() in INTANGIBLE_NOUNS \
                    and self._thing(obj, self._actors):
                return f"'{trig.text} {obj.text}': no property destroyed"
            return ""
        ctrl = trig if trig.lemma_.lower() == "control" else next(
            (k for k in trig.children if k.dep_ in {"dobj", "nsubjpass"} and k.lemma_.lower() == "control"), None)
        held = next((g for k in (ctrl if ctrl is not None else trig).children if k.dep_ == "prep"
                     and k.lower_ in {"of", "over"} for g in k.children if g.dep_ == "pobj"), None)
        if ctrl is not None and held is None:
            policy = next((k for k in ctrl.children if k.dep_ == "compound" and k.pos_ in {"NOUN", "PROPN"}), None)
            return f"'{policy.text} control': a policy, no territory held" if policy is not None else ""
        if held is None and ctrl is None and trig.pos_ == "VERB":
            held = obj
        if held is None or held.lemma_.lower() in BUILDING_NOUNS or held.lemma_.lower() in self.lex.place_nouns:
            return ""
        mention = self._actors.mention_for(held)
        if (held.ent_type_ == "ORG" and (mention is None or mention.entry.kind != "country")) or (
                held.lemma_.lower() in INTANGIBLE_NOUNS and not self._place_object(held, self._actors)):
            # a name the tagger calls a body is no place even where the gazetteer knows a town of that name
            return f"'{trig.text}' of '{held.text}': a body or a market held, no territory"
        return ""

    def _press_inquiry(self, c: Candidate) -> str:
        """Why an investigation or a review by a news outlet is no event: a paper's or an agency's inquiry is
        its reporting ("the Associated Press' investigation into her meetings", "a Huffington Post review of
        the filings", "its editors reviewed the complaints"); an inquiry is an act of an authority. So is
        scholars' study of no one ("scientists are investigating why bee colonies collapse", "researchers are
        investigating the cause of the outbreak in Wuhan", where the city is a place): research; a university's inquiry into a professor has a target."""
        if c.code[:2] != "09" and c.code != "014":
            return ""
        if c.source is not None and _sector(c.source.code) == "EDU" and c.code[:2] == "09" \
                and (c.target is None or not c.target.code or (c.target.token >= 0 and self._where(self._doc[c.target.token]))):
            return f"'{c.source.text}' studying no one: research, no investigation"
        if c.source is None or _sector(c.source.code) != "MED":
            return ""
        return f"'{c.source.text}': a news outlet's inquiry is reporting, no investigation"

    def _since_noun(self, c: Candidate) -> str:
        """Why an event noun after "since" is no news: it dates what came after it ("shares have tripled since
        the invasion of Ukraine", "the first talks since the coup", "in exile since the 2021 crackdown")."""
        trig = self._doc[c.trigger]
        if trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "since":
            return f"background: since '{trig.text}'"
        return ""

    def _campaign_money(self, c: Candidate) -> str:
        """Why a 070/071 gift of money is a political contribution, no aid: it goes to a politician, a campaign
        or a committee ("donated $750 to Clinton's campaign", "Wall Streeters donated to her", "gave $3 million
        to a group backing Huckabee", "donations from Wall Street" to a candidate), and no state gives it."""
        if c.code not in {"070", "071"}:
            return ""
        trig = self._doc[c.trigger]
        lemma = trig.lemma_.lower()
        if lemma not in DONATION_LEMMAS:
            return ""
        src = c.source
        if src is not None and src.code and src.code[:3] != "---" and _sector(src.code) in STATE_SECTORS:
            return ""  # "the United States gave $10 million to ..." is a state's aid
        if lemma in {"give", "gift"} and not any(t.ent_type_ == "MONEY" or t.text == "$" for t in trig.subtree):
            return ""  # "gave weapons to the rebels": only money given is a contribution
        tgt = c.target
        if tgt is not None and tgt.kind == "person" and _sector(tgt.code) in self.lex.verbal_sectors:
            return f"'{trig.text}' to {tgt.text}: money for a politician, a contribution"
        to = [g for k in trig.children if k.dep_ == "prep" and k.lower_ == "to" for g in k.children if g.dep_ == "pobj"]
        for g in to:
            for t in g.subtree:
                if t.lemma_.lower() in CAMPAIGN_WORDS | PAC_WORDS or (t.dep_ == "acl" and t.lemma_.lower() in BACKING_PARTICIPLES):
                    return f"'{trig.text} to ... {t.text}': money for a campaign, a contribution"
        return ""

    def _ordinary_law(self, c: Candidate) -> str:
        """Why a 1724 "impose/extend/declare a law, a rule, a state, powers" is no emergency: nothing in the
        object makes it one ("extending minimum wage laws to the island", "imposed new rules on banks";
        "martial law", "a state of emergency", "military rule", "emergency powers" stay)."""
        if c.code != "1724" or c.pattern is None or c.pattern.obj is None or c.pattern.obj in EMERGENCY_WORDS:
            return ""
        trig = self._doc[c.trigger]
        obj = next((k for k in trig.children if k.dep_ in {"dobj", "nsubjpass"} and k.lemma_.lower() == c.pattern.obj), None)
        if obj is None or any(t.lemma_.lower() in EMERGENCY_WORDS for t in obj.subtree):
            return ""
        return f"'{trig.text} {obj.text}': an ordinary {obj.lemma_.lower()}, no emergency"

    def _held_rally(self, c: Candidate) -> str:
        """Why a 14x "held/staged a rally" is a campaign event: the verb pattern names the rally as
        its object, and the rally is one person's or a campaign's ("Trump held rallies across the
        state", "Sanders is holding a rally in Springfield"), judged like the noun itself."""
        if c.code[:2] != "14":
            return ""
        trig = self._doc[c.trigger]
        if trig.pos_ != "VERB" or trig.lemma_.lower() not in {"hold", "stage", "host", "headline"}:
            return ""
        obj = next((k for k in trig.children if k.dep_ == "dobj" and k.lemma_.lower() == "rally"), None)
        return self._campaign_rally(obj, self._actors) if obj is not None else ""

    def _electoral_contest(self, c: Candidate) -> str:
        """Why material conflict (15-20) is electoral competition: what is crushed, defeated, beaten or
        attacked is a candidate, a campaign or a race ("crushed the establishment candidate to win the
        seat", "attacks on her campaign"), no armed party takes part and no state body acts: votes, not
        force."""
        if not "15" <= c.code[:2] <= "20" or any(x is not None and _armed_code(x.code) for x in (c.source, c.target)):
            return ""
        if c.source is not None and c.source.code and c.source.kind != "person" \
                and (len(c.source.code) == 3 or _sector(c.source.code) in STATE_SECTORS):
            return ""  # "the electoral commission disqualified two candidates": a state body's sanction stays
        trig = self._doc[c.trigger]
        if trig.lemma_.lower() not in CONTEST_FORCE_WORDS:
            return ""  # "disqualified two candidates from the race", "arrested the candidate": done to them, not won
        obj = next((k for k in trig.children if k.dep_ in {"dobj", "nsubjpass"}), None) if trig.pos_ == "VERB" else \
            next((g for k in trig.children if k.dep_ == "prep" and k.lower_ in {"on", "against"}
                  for g in k.children if g.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in CONTENDER_NOUNS | CONTEST_NOUNS - {"state", "vote"}:
            return ""
        return f"'{trig.text} {obj.text}': an electoral contest, no force"

    def _electoral_challenge(self, c: Candidate) -> str:
        """Why a challenge is a candidacy: one challenges a holder for an office or a seat, or in a primary or a
        race ("is challenging the senator for his seat", "challenged the incumbent in the primary", the phrase
        often hung on the one challenged), running against them, no disapproval."""
        trig = self._doc[c.trigger]
        if c.code[:2] != "11" or trig.lemma_.lower() != "challenge" or trig.pos_ != "VERB":
            return ""
        held = [trig, *(x for k in trig.children if k.dep_ == "dobj" for x in (k, *k.conjuncts))]
        sought = next((g for h in held for k in h.children if k.dep_ == "prep" and k.lower_ in {"for", "in"}
                       for g in k.children if g.dep_ == "pobj" and g.lemma_.lower() in SOUGHT_OFFICES), None)
        return f"'{trig.text} ... {sought.head.text} {sought.text}': running for office, no disapproval" \
            if sought is not None else ""

    def _figurative_violence(self, c: Candidate) -> str:
        """Why a violent word is a figure of speech: a crowd "explodes" or "erupts" in applause or
        into laughter, a violent noun names what talk or a rule is about ("Trump makes rape
        analogies", "a rape exception"), one "makes a killing" on a trade."""
        if c.code[:2] not in {"18", "19", "20"}:
            return ""
        trig = self._doc[c.trigger]
        lemma = trig.lemma_.lower()
        if lemma in {"explode", "erupt", "burst"}:
            what = next((g for k in trig.children if k.dep_ == "prep" and k.lower_ in {"in", "into", "with"}
                         for g in k.children if g.dep_ == "pobj"), None)
            if what is not None and what.lemma_.lower() in OUTBURST_NOUNS:
                return f"'{trig.text} {what.head.text} {what.text}': an outburst, no explosion"
        if trig.pos_ in {"NOUN", "PROPN"} and trig.dep_ in {"compound", "amod"} and trig.head.lemma_.lower() in TOPIC_HEADS:
            return f"'{trig.text} {trig.head.text}': what words are about, no act"
        if lemma == "killing" and trig.dep_ == "dobj" and trig.head.lemma_.lower() == "make":
            return f"'{trig.head.text} a killing': a profit, no killing"
        return ""

    def _war_of_words(self, c: Candidate) -> str:
        """Why a violent code between politicians is a war of words: a person or a party, a paper or a
        legislature "attacks", "battles" or "hits back at" a rival or a topic ("Cruz is battling Rubio for
        second place", "Sanders' attacks on her donors"), or anyone unarmed "fires at" or "fires back at" a
        politician with nothing fired ("the senator fired at his critics", "former presidents fired back at
        Trump over the proposal"), and nothing in the sentence is physical. Armed actors on either side,
        another country as the target of an attack, or a weapon, a casualty or a blow in the sentence keep
        the event; so do shots "with a pistol", and an occupation of a place ("vowed to annex the province").
        Military idioms between politicians are words too: a show of force or a ceasefire ("a bill sailing through
        the Senate", "he held his fire on Ben Carson")."""
        if c.code[:2] not in {"18", "19", "15"} and c.code not in {"087", "0874"}:  # a ratified truce stays
            return ""
        trig = self._doc[c.trigger]
        src, tgt = c.source, c.target
        if c.code == "192" and any(k.dep_ in {"dobj", "nsubjpass"} and k.ent_type_ != "FAC"
                                   and self._place_object(k, self._actors) for k in trig.children):
            return ""  # "Putin vowed to annex the region": land taken is no figure of speech, whoever takes it
        if c.code[:2] not in {"18", "19"} and any(
                r is not None and r.code and (len(r.code) == 3 or _sector(r.code) in {"GOV", "MIL", "COP", "SPY"})
                for r in (src, tgt)):
            return ""  # "Putin put the nuclear forces on alert", "Maduro held exercises": a state's show of force
        retort = any(k.dep_ in {"prt", "advmod"} and k.lower_ == "back" for k in trig.children)  # "shot back"
        # "fired at his critics": who fires nothing (no object, not passive, not "with a pistol") at a person,
        # a party, a legislature or an office aims words; "fired at Bloomberg": an unlisted person's name
        at_politician = False
        if c.code[:2] == "19" and src is not None and trig.lemma_.lower() == "fire" and trig.pos_ == "VERB" \
                and not any(k.dep_ in {"dobj", "nsubjpass", "auxpass"} for k in trig.children) \
                and not any(k.dep_ == "prep" and k.lower_ == "with" for k in trig.children):
            if tgt is None:
                at = [g for k in trig.children if k.dep_ == "prep" and k.lower_ in {"at", "on"}
                      for g in k.children if g.dep_ == "pobj"]
                at_politician = bool(at) and all(g.ent_type_ == "PERSON" for g in at)
            else:
                at_politician = tgt.kind == "person" \
                    or _sector(tgt.code) in self.lex.verbal_sectors | OFFICE_SECTORS | {"OPP"}
        if src is None:
            # "Sanders' attack on Obama" with no source resolved: a politician is the target
            if tgt is None or (tgt.kind != "person" and _sector(tgt.code) not in self.lex.verbal_sectors):
                return ""
            src, tgt = tgt, None
        if _armed_code(src.code) or (tgt is not None and _armed_code(tgt.code)):
            return ""
        # who "fires back" or "hits back" at a person is a politician too ("former presidents fired back
        # at Trump over the proposal")
        # an executive body is a politician too when it attacks the press, a party, a court or a person at home
        # ("the White House stepped up its attack on the press"): such a body has no arms of its own; an official
        # of no named country aims at anyone's, and an attack noun between two officials is words too ("the
        # governor's latest assault on the mayor")
        cabinet = _sector(src.code) == "GOV" and tgt is not None and (
            tgt.code[:3] in {"---", src.code[:3]} or src.code.startswith("---")) and (
            tgt.kind == "person" or _sector(tgt.code) in self.lex.verbal_sectors | {"OPP"}
            or (trig.pos_ == "NOUN" and _sector(tgt.code) == "GOV" and not tgt.plural and not src.plural))
        political = at_politician or cabinet or src.kind == "person" or _sector(src.code) in self.lex.verbal_sectors \
            or (retort and tgt is not None and tgt.kind == "person" and src.kind != "country")
        if not political:
            return ""
        # another country as the target keeps a violent code, unless the target is a person or a politician
        # aimed at ("Fox and Calderon fired back at Trump") or the source has no country to differ from ("---GOV")
        if not at_politician and tgt is not None and tgt.code and src.code and not src.code.startswith("---") \
                and tgt.kind != "person" and tgt.code[:3] not in {"---", src.code[:3]}:
            return ""
        # a number counts people hit ("14 people", "three officers"), not a date, a share, a sum, how often
        # or things that are no one ("from 2009 to 2013", "voters over 65", "downgraded nine times", "the two
        # articles", "only one strong conservative"); the verb of a retort or of words aimed at a politician
        # is no shot itself
        # the object a military idiom names is no deed in the sentence ("held his fire on Ben Carson")
        idiom = c.pattern.obj if c.pattern is not None and c.code[:2] not in {"18", "19"} else None
        physical = [t for t in trig.sent if (t.i != trig.i or not (retort or at_politician))
                    and not (idiom and t.head.i == trig.i and t.lemma_.lower() == idiom)
                    and (t.lemma_.lower() in self.lex.physical_words or (
                        t.like_num and t.dep_ == "nummod" and t.ent_type_ not in NON_COUNT_ENTS
                        and t.head.lemma_.lower() not in {"time", "year", "percent", "point"}
                        and not self._thing(t.head, self._actors)))]
        if physical or (trig.lemma_.lower() in FORCED_ENTRY_VERBS and any(k.dep_ == "dobj" for k in trig.children)):
            return ""  # "the minister was killed", "shot dead", "three people were hurt", "stormed the Capitol"
        return "a war of words: politicians and no physical act in the sentence"

    def _danger_named(self, c: Candidate) -> str:
        """Why a 13x "threat" noun names a danger, no threat made: it is posed ("the threat posed by the
        group", "the group poses a threat"), comes from someone ("the threat from the Islamic State"; plural
        threats from someone are made: "threats from the government have grown") or is only
        a kind ("terrorist threats", "the nuclear threat"). A threat uttered has an owner ("Putin's threat"),
        says whom or what it is against ("threats against the judge", "the threat of sanctions", "his threat to
        leave"), its content ("death threats") or a verb of uttering it ("issued a threat", "received threats")."""
        trig = self._doc[c.trigger]
        if c.code[:2] != "13" or trig.pos_ not in {"NOUN", "PROPN"} or trig.lemma_.lower() not in DANGER_NOUNS:
            return ""
        if any(k.dep_ == "acl" and k.lemma_.lower() == "pose" for k in trig.children) or (
                trig.dep_ in {"dobj", "attr"} and trig.head.lemma_.lower() == "pose"):
            return f"'{trig.text}' posed: a danger named, no threat made"
        uttered = any(
            k.dep_ == "poss" or (k.dep_ == "prep" and k.lower_ in {"against", "of", "by"})
            or (k.dep_ in {"acl", "relcl"} and has_to_marker(k)) or (k.dep_ == "relcl" and k.lemma_.lower() in THREAT_UTTERING_VERBS)
            or (k.dep_ in {"compound", "amod"} and k.lemma_.lower() in THREAT_CONTENT_NOUNS)
            # "threats from the government have grown": threats, not a danger, come from a party ("the threat from
            # the Islamic State", "terrorist threats from Syria" are a danger)
            or (k.dep_ == "prep" and k.lower_ == "from" and trig.tag_ in {"NNS", "NNPS"}
                and not any(m.dep_ in {"compound", "amod"} for m in trig.children))
            for k in trig.children) or (trig.dep_ in {"dobj", "nsubjpass"} and trig.head.lemma_.lower() in THREAT_UTTERING_VERBS) \
            or (trig.dep_ == "pobj" and trig.head.head.lemma_.lower() in THREAT_UTTERING_VERBS)
        if uttered:
            return ""
        return f"'{trig.text}' with no owner, aim or utterance: a danger named, no threat made"

    def _aged_private_person(self, c: Candidate) -> str:
        """Why a 01x comment or a 05x support is a private person's view: the one who speaks or backs is no known
        actor and is introduced by age, as reporters introduce the voters and bystanders they ask ("Marvin Teske,
        53, a security guard, is backing Clinton"; "Marley Anderson, 21, said she turned out to support Sanders").
        A listed actor given an age ("Gov. Mark Dayton, 68, endorsed Clinton") keeps the event; a code read only
        from the person's own job in apposition ("47, a nurse from Des Moines" USAHLH) is still a private person,
        unless the job is political ("55, a state senator")."""
        src = c.source
        if c.code[:2] not in {"01", "05"} or src is None or src.token < 0:
            return ""
        if src.code and not (src.rule.startswith(("appos:", "same-name:"))
                             and src.code[3:6] not in _POLITICAL_SECTORS):
            return ""
        person = self._doc[src.token]
        if person.pos_ == "PRON" and src.rule.startswith("coref:person->"):
            name = src.rule.split("->", 1)[1].split()[-1]
            start = person.sent.start
            start = self._doc[start - 1].sent.start if start > 0 else start  # as far back as the sentence before
            person = next((t for t in reversed(self._doc[start : person.i]) if t.text == name), person)
        age = next((k for k in person.children if k.dep_ == "appos" and k.like_num and k.i == person.i + 2
                    and self._doc[person.i + 1].text == ","), None)
        if age is None:
            return ""
        return f"'{person.text}, {age.text}': a private person asked, no actor's act"

    @staticmethod
    def _aid_return(c: Candidate) -> str:
        """Why a 174 (expel or deport) is people helped home: an expulsion is "formal removal ... typically following
        legal proceedings", a state's act; an aid agency or an international body that returns refugees ("the UNHCR
        returned 300 refugees to Burundi") repatriates them, and expels no one."""
        src = c.source
        if c.code != "174" or src is None or not src.code:
            return ""
        blocks = set(code_blocks(src.code))
        if blocks & (STATE_SECTORS | {"JUD"}) or not blocks & (UNARMED_SECTORS | {"REF"}):
            return ""
        return f"'{src.text}' is no state: a return of people home, no expulsion"

    def _words_taken_back(self, c: Candidate) -> str:
        """Why a yielding (080) concedes nothing: what is backed away from is the speaker's own guess or remark
        ("backpedaled on his prediction of a quick recovery", "walked back her comments"), not a demand, a
        policy or a claim ("backed down on its demand", "retreated from its claim to the islands" yield)."""
        if c.code[:2] != "08":
            return ""
        trig = self._doc[c.trigger]
        taken = [k for k in trig.children if k.dep_ == "dobj"] + [
            g for k in trig.children if k.dep_ == "prep" and k.lower_ in {"on", "from"} for g in k.children if g.dep_ == "pobj"]
        said = next((g for g in taken if g.lemma_.lower() in GUESS_NOUNS), None)
        return f"'{trig.text} ... {said.text}': words taken back, no concession" if said is not None else ""
