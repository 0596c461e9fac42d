"""The event coder: every sentence's triggers -> matched, placed in their roles and judged candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.extract.actors import DocActors, Resolved
from newsevents.extract.events.matching import _is_weapon
from newsevents.extract.events.nouns import NounTriggers
from newsevents.extract.events.records import Candidate
from newsevents.extract.events.syntax import (
    _bare_infinitive,
    _fled_from,
    _members,
    _with_object,
    aux_word,
    former_career,
    glad_offer,
)
from newsevents.extract.events.words import (
    BUYING_VERBS,
    CHARACTERIZING_VERBS,
    DECIDING_VERBS,
    DEMAND_VERBS,
    HOSTILE_ROOTS,
    NAMING_VERBS,
    PATIENT_NOUNS,
    PREPARING_VERBS,
    PROMISE_GIVING_VERBS,
    PROMISE_NOUNS,
    READY_ADJECTIVES,
    RECEIVING_VERBS,
    REVERSED,
    SPORT_GEAR_WEAPONS,
    SPORT_VENUES,
    SUBJ,
    THREAT_VERBS,
    VIOLENT_ROOTS,
    WARNING_VERBS,
)
from newsevents.nlp.tree import has_negation, has_to_marker

if TYPE_CHECKING:
    from collections.abc import Iterator


class EventRules(NounTriggers):
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
        # "the goal of intimidating them", "a game of chess": a word followed by "of" is no sport
        # "the Arab League", "the World Cup", "the Beijing Olympics": a word inside a proper name
        # names a body or an occasion, which political news speaks of as much as sport does
        # "war games": a word a noun pattern codes as an event is no sport
        lemmas = {t.lemma_.lower() for t in sent  # type: ignore[attr-defined]
                  if not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of")
                  and not (self.own_rules and t.pos_ == "PROPN")
                  # "beaten with a baseball bat", "a hockey stick": a sport's gear used as a weapon
                  and not (self.own_rules and t.dep_ == "compound" and t.head.lemma_.lower() in SPORT_GEAR_WEAPONS)
                  and not (self.own_rules and t.dep_ == "compound" and t.head.lemma_.lower() in SPORT_VENUES)
                  # "Imran Khan, the former cricket star": a past career describes a person, not a match
                  and not (self.own_rules and t.lemma_.lower() in self.discard_lemmas and former_career(t))
                  and not (self.own_rules and t.lemma_.lower() in self.discard_lemmas and t.pos_ == "NOUN"
                           and self.best(t, noun=True) is not None)}
        if self.own_rules:  # "the quarter-finals", "a semi-final": the parser splits a hyphenated word in three
            toks = list(sent)  # type: ignore[call-overload]
            lemmas |= {a.lower_ + b.lemma_.lower() for a, h, b in zip(toks, toks[1:], toks[2:], strict=False)
                       if h.text == "-" and not a.whitespace_ and not h.whitespace_ and a.pos_ != "PROPN"}
        discard = story_discard or self._discard_reason(sent.text, lemmas, story=False)  # type: ignore[attr-defined]
        consumed: set[int] = set()
        found: list[Candidate] = []
        self._verb_events(si, sent, actors, found, consumed, discard)
        self._noun_events(si, sent, actors, found, consumed, discard)
        if self.own_rules:  # our lexicon's rules; off when coding with the user's dictionaries only
            self._consequences(found)
            self._purposes(found)
            self._means(found)
            self._backgrounds(found)
            self._blamed_things(found)
            self._avenged(found)
            found.extend(self._receipt_rules(si, sent, actors, found, discard))
            found.extend(self._speech_rules(si, sent, actors, found))
            found.extend(self._intent_rules(si, actors, found, discard))
        self._register_subjects(sent, actors)
        yield from found

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

    def _purposes(self, found: list[Candidate]) -> None:
        """"China summoned the Japanese ambassador to protest the visit": an infinitive of purpose coded as
        its verb is (114 both) says what the verb's act was for, one event and not two of the same dyad."""
        events = {c.trigger: c for c in found if c.status == "event"}
        for c in found:
            trig = self._doc[c.trigger]
            head = events.get(trig.head.i)
            if (c.status == "event" and head is not None and head is not c and trig.dep_ in {"advcl", "xcomp"}
                    and has_to_marker(trig) and head.code == c.code and head.negated == c.negated
                    and head.dyad() == c.dyad()):
                c.status, c.reason = "rejected", f"the purpose of '{trig.head.text}' ({head.code}), one act"

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
            event = noun.head if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
            if self.own_rules and noun.dep_ == "pobj" and not any(k.dep_ in SUBJ | {"nsubjpass", "mark"} for k in trig.children):
                # "slapped tariffs on cars imported from China" (the cars are the tariffs'), "imposed a ban on steel
                # made in China" (what the measure falls on): a participant described, no trade reported (not "commented
                # on reports that a general was detained": a clause with its own subject is what is reported)
                if noun.head.head.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                    event = noun.head.head.head
                elif noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" and noun.head.head.head.lower_ in {"to", "with"} \
                        and noun.head.head.head.dep_ == "prep" and noun.head.head.head.head.pos_ == "VERB":
                    # "apologised to the families of the 51 people killed in the mosque attacks", "met with relatives
                    # of those killed": whom the act is to or with, described by what befell their own ("sent on top
                    # of the 750 troops deployed earlier" is no one the act is to)
                    event = noun.head.head.head.head
                elif noun.head.lower_ in {"on", "against"} and noun.head.head.pos_ == "VERB":
                    event = noun.head.head
            if event is not None and event.i in coded and event.i != trig.i:
                c.status, c.reason = "rejected", f"background: describes a participant of '{event.text}'"

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
                if code is None and _is_weapon(obj):
                    code = self.gift_codes.get("weapon")  # "received missile batteries / HIMARS from Germany"
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

    @staticmethod
    def _reported_failure(comp: Token, csubj: Token, actors: DocActors) -> Resolved | None:
        """The coded actor a reported clause says failed to act ("Y had failed to protect them"), or None."""
        if comp.lemma_.lower() != "fail" or has_negation(comp) \
                or not any(c.dep_ == "xcomp" and has_to_marker(c) for c in comp.children):
            return None
        target = actors.resolve(csubj)
        return target if target is not None and target.code and not target.code.startswith("---") else None

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
                if self.own_rules and csubj is not None and (target := self._reported_failure(comp, csubj, actors)) is not None \
                        and target.code[:3] != speaker.code[:3]:
                    # "Armenia's leader said Russian peacekeepers had failed to protect Karabakh": a failure
                    # another country's actor is blamed for is criticised (one's own is self-criticism)
                    extra.append(Candidate("111", tok.i, si, "rule:reported-failure", speaker, target,
                                           notes=[f"failure:{csubj.text} {comp.text}"]))
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
                        # "officials said Russia could be ready to attack": a guess at readiness is no accusation
                        and not (self.own_rules and self._guessed_readiness(self._doc[c.trigger].head, c.source, actors))
                    ):
                        extra.append(Candidate("112", tok.i, si, "rule:reported-hostile-plan", speaker, c.source,
                                               notes=[f"reported {c.modality} {c.code} by {c.source.text}"]))
                        if tok.lemma_.lower() in self.lex.allegation_verbs:
                            # "the report alleged that troops helped plan the massacres": the plan is alleged,
                            # as an alleged attack is (below)
                            c.modality, c.reason = "alleged", f"alleged by {speaker.text}"
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
                    if not own and self.own_rules and comp.i < tok.i and c.status == "event" \
                            and tok.lemma_.lower() not in self.lex.allegation_verbs \
                            and not any(t.is_quote for t in tok.doc[comp.left_edge.i:tok.i]):
                        # "Houthi rebels fired a missile at a tanker, the U.S. military said": who a report is
                        # credited to after the fact is its source, no accuser ("X said Y attacked", "forces
                        # allegedly killed ..., the UN said", a leader's own quoted words "the plane was shot down
                        # by an Iranian missile," Trudeau said still accuse)
                        break
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

    def _guessed_readiness(self, gov: Token, source: Resolved, actors: DocActors) -> bool:
        """Whether a readiness ("ready to invade") is only guessed at: its copula carries "could", "may" or
        "might" and nobody of the ready side says so ("Chinese forces could be ready to invade Taiwan by 2027,
        the admiral told Congress"; "Iran said it could be ready to strike" is Iran's own threat)."""
        if gov.pos_ != "ADJ" or gov.lemma_.lower() not in READY_ADJECTIVES or gov.dep_ != "acomp":
            return False
        return self._guessed(gov.head, source, actors)

    @staticmethod
    def _guessed(verb: Token, source: Resolved, actors: DocActors) -> bool:
        """Whether what ``verb`` says ``source`` may do is someone else's guess: it carries "could", "may" or
        "might" and the one who tells it is not of the source's side ("Russia could attack within weeks,
        officials said"; "Iran said it could strike" is Iran's own threat)."""
        if not any(a.dep_ == "aux" and a.lower_ in {"could", "may", "might"} for a in verb.children):
            return False
        teller = verb.head if verb.dep_ == "ccomp" else None
        tsubj = next((x for x in teller.children if x.dep_ in SUBJ), None) if teller is not None else None
        told = actors.resolve(tsubj) if tsubj is not None else None
        return not (told is not None and told.code and source.code and told.code[:3] == source.code[:3])

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
            if self.own_rules and c.modality == "denied":
                continue  # "rejected the accusation that it supplied drones": an act denied is neither refused nor intended
            if self.own_rules and any(n.startswith("gerund-subject-of:") for n in c.notes):
                continue  # "said legalizing it could create jobs": an act weighed for its effects, nobody's stated intent
            trig = self._doc[c.trigger]
            gov = self._governor(trig)
            if gov is None and c.modality == "future" and trig.dep_ in {"ROOT", "conj"} and trig.pos_ == "VERB":
                gov = trig  # "Niger will withdraw its complaint": a statement of what one will do
            if c.modality in {"hypothetical", "future"} and c.code[:2] in HOSTILE_ROOTS and self._conditional(trig) \
                    and (gov is None or trig.dep_ == "ccomp"):
                gov = trig  # "X will annex the region unless …", "would strike if …": a conditional threat
            if self.own_rules and gov is not None and gov.lemma_.lower() in PREPARING_VERBS and gov.dep_ == "ccomp" \
                    and gov.head.lemma_.lower() in WARNING_VERBS and c.code[:2] in HOSTILE_ROOTS:
                gov = gov.head  # "warned that it was preparing to invade": the warning states the plan, a threat
            if gov is None or gov.i in coded_at:
                continue
            if gov.i in bare_at and not _with_object(c):
                continue  # only an act with its object is more specific than the bare "promise >end"
            g_lemma = gov.lemma_.lower()
            subj = next((x for x in gov.children if x.dep_ in SUBJ), None)
            if self.own_rules and subj is None and gov.dep_ == "acomp":
                # "Kyiv was ready for talks": the adjective's subject is its copula's
                subj = next((x for x in gov.head.children if x.dep_ in SUBJ), None)
            speaker = actors.resolve(subj) if subj is not None else None
            addressee = c.source if c.source is not None and c.source.code else None
            if self.own_rules and g_lemma == "ask" and trig.dep_ == "ccomp" \
                    and not any(x.dep_ == "mark" and x.lower_ == "that" for x in trig.children):
                continue  # "Will the juntas leave ECOWAS, a newspaper asked": a question put, no appeal ("asked that …" is)
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
                if self.own_rules and any(old.trigger == gov.i and old.status == "event" and old.code[:2] == appeal[:2]
                                          and old.pattern is not None and old.pattern.xcomp == trig.lemma_.lower()
                                          and old.target is not None and old.target.code == addressee.code
                                          for old in found):
                    # "demands Ginsburg resign": the pattern "demand >resign" (1041) already names the act and the
                    # one asked
                    continue
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
            if speech and not any(a.dep_ == "aux" and aux_word(a) in modals for a in trig.children):
                continue  # "said Y attacked" is reported, not intended; "said it could ban X" threatens
            # "made a commitment to ease restrictions", "reiterated its pledge to free prisoners": the promise
            # given is the intention stated ("broke/kept its promise to" is no statement of it)
            promised = self.own_rules and trig.dep_ == "acl" and trig.head.dep_ == "dobj" and trig.head.head.i == gov.i \
                and trig.head.lemma_.lower() in PROMISE_NOUNS and g_lemma in PROMISE_GIVING_VERBS
            glad = self.own_rules and trig.dep_ == "xcomp" and trig.head.i == gov.i and glad_offer(gov)
            if not refusal and g_lemma not in self.lex.intent_verbs and not promised and not glad and gov.i != trig.i:
                continue
            if self.own_rules and not refusal and c.code[:2] == "06" and trig.lemma_.lower() in BUYING_VERBS:
                continue  # "plans to buy fighter jets (from X)": a purchase plan is a procurement choice, no intent to X
            table = self.lex.refusal_codes if refusal else self.lex.intent_codes
            intent = self._by_prefix(table, c.code)
            if intent is None:
                continue
            if g_lemma in THREAT_VERBS and not refusal and intent[:2] != "13":
                continue  # "threatened to end the protests by force": a threat (13x), never a concession
            if self.own_rules and not refusal and intent[:2] == "13" and c.modality == "wanted" \
                    and (c.target is None or not c.target.code):
                # "Cruz wants to ban all abortions": a wish aimed at nobody named threatens nobody ("Obama wants to
                # attack Switzerland" is a threat to it)
                continue
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
            if self.own_rules and (self._guessed_readiness(gov, source, actors) or (
                    trig.dep_ == "ccomp" and trig.head.i == gov.i and self._guessed(trig, source, actors))):
                continue
            if self.own_rules and c.code[:2] == "15" and source.code and (c.target is None or (
                    not c.target.code or c.target.code.startswith("---") or c.target.code[:3] == source.code[:3])):
                # "announced that 750 soldiers would be deployed", "could deploy troops to restore order": its own
                # forces are moved (no longer the move's target), nobody is threatened
                continue
            # "Ethiopia's government and rebel forces agreed to a truce": each actor of the subject intends
            sources = [x for x in actors.resolve_all(subj) if x.code] if subj is not None and source.token == subj.i else []
            if not sources and 0 <= source.token < len(self._doc) and self._doc[source.token].lower_ == "they":
                sources = [x for x in actors.resolve_all(self._doc[source.token]) if x.code]  # "they" is each of a group
            target_code = c.target.code if c.target else ""
            if self.own_rules and c.source is not None and c.source.code and any(
                    n in c.notes for n in ("target:each-other's-envoys", "target:each-subject's-own")):
                # "Iran and Saudi Arabia intend to reopen their embassies": the act was paired member by member (Iran's
                # embassy in Riyadh), so is the intent; not every member with every member's target
                sources = [x for x in sources if x.code == c.source.code] or [c.source]
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
