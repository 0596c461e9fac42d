"""The rule-based event coder: patterns over the dependency parse → event candidates.

Each candidate records the pattern that fired, how source and target were found, its
modality and negation, and — when it is not an event — why (``reason``). ``explain`` prints
exactly these records, so what the coder did can always be read back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.dictionaries import Dictionaries, Lexicon, Pattern
from newsevents.extract.actors import DocActors, Resolved

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Candidate", "EventRules"]

EXTRACTOR = "newsevents.events.rules.v1"
SUBJ = {"nsubj", "csubj"}
HOSTILE_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}
# Nouns whose possessor is the one it happens to: "Soleimani's killing", "his arrest".
PATIENT_NOUNS = {
    "killing", "kill", "assassination", "arrest", "detention", "release", "execution", "kidnapping",
    "abduction", "death", "murder", "expulsion", "deportation", "capture", "extradition", "ouster",
    "removal", "torture", "imprisonment", "trial", "conviction", "sentencing", "dismissal",
}


@dataclass
class Candidate:
    """One possible event. ``status`` is "event" or "rejected" (then ``reason`` says why)."""

    code: str
    trigger: int
    sentence: int
    rule: str
    source: Resolved | None = None
    target: Resolved | None = None
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Resolved | None = None
    status: str = "event"
    reason: str = ""
    notes: list[str] = field(default_factory=list)
    noun_arg: int | None = None  # token index of an event noun used as an argument
    victims_of: int | None = None


def _is_light(tok: Token, lex: Lexicon) -> bool:
    return tok.lemma_.lower() in lex.light_verbs or tok.lower_ in lex.light_verbs


class EventRules:
    """Indexes patterns by head lemma and applies them to parsed sentences."""

    def __init__(self, dicts: Dictionaries, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.verbs: dict[str, list[Pattern]] = defaultdict(list)
        self.nouns: dict[str, list[Pattern]] = defaultdict(list)
        for p in dicts.patterns:
            (self.nouns if p.noun else self.verbs)[p.head].append(p)

    # ---- pattern matching ---------------------------------------------------------------------
    def _objects(self, tok: Token) -> list[Token]:
        return [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]

    def _check(self, p: Pattern, tok: Token) -> tuple[int, Token | None, Token | None] | None:
        """Score of ``p`` on ``tok`` (None if a hard constraint fails), target token, object token."""
        score = 0
        obj_tok: Token | None = None
        if p.particle is not None:
            if not any(
                c.lower_ == p.particle
                and (c.dep_ in {"prt", "advmod"} or (c.dep_ == "prep" and c.i == tok.i + 1))
                for c in tok.children
            ):
                return None
            score += 2
        if p.obj is not None:
            objs = [o for o in self._objects(tok) if o.lemma_.lower() == p.obj or o.lower_ == p.obj]
            if not objs:
                return None
            obj_tok = objs[0]
            score += 2
        if p.xcomp is not None:
            if not any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == p.xcomp for c in tok.children):
                return None
            score += 2
        if p.prep_object is not None:
            prep, lemma = p.prep_object
            if not any(
                c.dep_ in {"prep", "dative"} and c.lower_ == prep and any(g.lemma_.lower() == lemma for g in c.children)
                for c in tok.children
            ):
                return None
            score += 2
        target: Token | None = None
        if p.target_preps:
            holders = [tok] + ([obj_tok] if obj_tok is not None else [])
            for h in holders:
                for c in h.children:
                    if c.dep_ in {"prep", "dative", "agent"} and c.lower_ in p.target_preps:
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            target = pobj
                            break
                if target is not None:
                    break
            if target is not None:
                score += 1
        return score, target, obj_tok

    def best(self, tok: Token, *, noun: bool) -> tuple[Pattern, Token | None, Token | None] | None:
        index = self.nouns if noun else self.verbs
        cands = index.get(tok.lemma_.lower()) or index.get(tok.lower_) or []
        best: tuple[int, int, Pattern, Token | None, Token | None] | None = None
        for order, p in enumerate(cands):
            r = self._check(p, tok)
            if r is None:
                continue
            key = (r[0], -order)
            if best is None or key > (best[0], best[1]):
                best = (r[0], -order, p, r[1], r[2])
        return None if best is None else (best[2], best[3], best[4])

    # ---- structure helpers ----------------------------------------------------------------------
    def _relative_antecedent(self, pron: Token, verb: Token) -> Token | None:
        if verb.dep_ == "relcl":
            return verb.head
        for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
            if t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"DATE", "TIME"}:
                return t
        return None

    def _subject(self, tok: Token) -> tuple[Token | None, str]:
        """The subject token of ``tok`` (following passives, relatives, controls), and how it was found."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        if passive:
            for c in tok.children:
                if c.dep_ == "agent":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj, "passive-agent"
            return None, "passive-no-agent"
        subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
        if subj is not None:
            if subj.lower_ in self.lex.relative_pronouns:
                ante = self._relative_antecedent(subj, tok)
                return ante, "relative"
            return subj, "subject"
        if tok.tag_ in {"VBD", "VBZ", "VBP"} and tok.dep_ not in {"conj"}:
            # a finite verb has its own subject; when the parser lost it ("after a mob laid siege"),
            # it is the noun just before the verb, misread as the object of a subordinator
            for t in reversed(list(tok.doc[max(tok.sent.start, tok.i - 6) : tok.i])):
                if t.ent_type_ in {"DATE", "TIME"} or t.pos_ in {"ADV", "DET", "ADJ", "PUNCT", "NUM"}:
                    continue
                if t.pos_ in {"NOUN", "PROPN", "PRON"} and t.dep_ == "pobj" and t.head.lower_ in {"after", "before", "as", "when", "since", "while", "until", "once"}:
                    return t, "misparsed-subordinate-subject"
                break
            return None, "none"
        cur = tok
        for _ in range(5):
            if cur.dep_ in {"xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "prep", "pobj", "dobj"} and cur.head is not cur:
                cur = cur.head
                if cur.pos_ in {"VERB", "AUX"}:
                    s = next((c for c in cur.children if c.dep_ in SUBJ), None)
                    if s is not None:
                        if s.lower_ in self.lex.relative_pronouns:
                            return self._relative_antecedent(s, cur), "inherited-relative"
                        return s, f"inherited:{cur.lemma_}"
                    if any(c.dep_ == "nsubjpass" for c in cur.children):
                        break
            else:
                break
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
            return None, "none"
        return None, "none"

    def _has_relative_subject(self, tok: Token) -> bool:
        return any(c.dep_ in SUBJ and c.lower_ in self.lex.relative_pronouns for c in tok.children)

    def modality(self, tok: Token) -> tuple[bool, str, list[str]]:
        """Negation and modality of the event at ``tok``, with the words that decided them."""
        notes: list[str] = []
        negated = any(c.dep_ == "neg" for c in tok.children)
        if negated:
            notes.append("neg")
        mod = "asserted"
        for c in tok.children:
            if c.dep_ in {"aux", "auxpass"} and c.lower_ in self.lex.modal_auxiliaries:
                mod = self.lex.modal_auxiliaries[c.lower_]
                notes.append(f"aux:{c.lower_}")
            if c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks:
                mod = "hypothetical"
                notes.append(f"mark:{c.lower_}")
        if self._has_relative_subject(tok):
            return negated, mod, notes
        cur = tok
        for _ in range(6):
            if cur.head is cur or cur.dep_ in {"ROOT", "relcl"}:
                break
            dep = cur.dep_
            head = cur.head
            hl = head.lemma_.lower()
            if dep in {"advcl"} and any(c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks for c in cur.children):
                mod = "hypothetical"
                notes.append("conditional-clause")
            if dep in {"xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj", "conj"}:
                if head.pos_ == "NOUN" and hl in self.lex.modal_nouns and dep == "acl":
                    mod = self.lex.modal_nouns[hl]
                    notes.append(f"modal-noun:{hl}")
                    break
                if hl in self.lex.speech_verbs and dep == "ccomp":
                    break  # reported speech is attributed, not modal
                if hl in self.lex.negating_verbs and dep in {"xcomp", "ccomp", "pcomp", "dobj"}:
                    negated = True
                    mod = "denied"
                    notes.append(f"negating-verb:{hl}")
                    break
                if hl in self.lex.modal_verbs and dep in {"xcomp", "ccomp", "dobj", "pcomp", "prep"} and head.pos_ in {"VERB", "AUX"}:
                    mod = self.lex.modal_verbs[hl]
                    notes.append(f"modal-verb:{hl}")
                    if any(c.dep_ == "neg" for c in head.children):
                        negated = True
                        notes.append(f"neg:{hl}")
                    break
                # a coordinated verb shares its partner's negation unless it has its own auxiliary
                if dep == "conj" and any(c.dep_ == "neg" for c in head.children) and not any(
                    c.dep_ == "aux" for c in cur.children
                ):
                    negated = True
                    notes.append("neg:conj")
            cur = head
        return negated, mod, notes

    def _attribution(self, tok: Token, actors: DocActors) -> Resolved | None:
        cur = tok
        for _ in range(6):
            if cur.head is cur:
                return None
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in self.lex.speech_verbs:
                subj = next((c for c in cur.head.children if c.dep_ in SUBJ), None)
                return actors.resolve(subj) if subj is not None else None
            cur = cur.head
        return None

    # ---- actors of event nouns -------------------------------------------------------------
    def noun_actors(self, noun: Token, actors: DocActors) -> tuple[Resolved | None, Resolved | None, str]:
        """Source and target of an event noun: "a US strike on X", "Iran's attack", "attack by America"."""
        source: Resolved | None = None
        target: Resolved | None = None
        how: list[str] = []
        patient = noun.lemma_.lower() in PATIENT_NOUNS or noun.lower_ in PATIENT_NOUNS
        for c in noun.children:
            if c.dep_ == "poss":
                r = actors.resolve(c)
                if r is not None:
                    if patient:
                        target = r
                        how.append("poss=target")
                    else:
                        source = r
                        how.append("poss=source")
            elif c.dep_ in {"compound", "amod", "nmod"} and source is None:
                r = actors.resolve(c)
                if r is not None and r.code:
                    source = r
                    how.append(f"{c.dep_}=source")
            elif c.dep_ in {"prep", "agent"} and c.lower_ == "by":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                r = actors.resolve(pobj) if pobj is not None else None
                if r is not None:
                    source = r
                    how.append("by=source")
            elif c.dep_ == "prep" and c.lower_ in {"on", "against", "of", "in", "at", "targeting", "to"} and target is None:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                r = actors.resolve(pobj) if pobj is not None else None
                if r is not None and c.lower_ in {"on", "against", "of", "targeting", "to"}:
                    target = r
                    how.append(f"{c.lower_}=target")
        return source, target, ",".join(how)

    # ---- main ------------------------------------------------------------------------------
    def candidates(self, doc: Doc, actors: DocActors) -> list[Candidate]:
        out: list[Candidate] = []
        self._doc_events: list[Candidate] = []
        for si, sent in enumerate(doc.sents):
            got = list(self._sentence(si, sent, actors))
            out.extend(got)
            self._doc_events.extend(c for c in got if c.status == "event")
        return out

    def _register_subjects(self, sent: object, actors: DocActors) -> None:
        for tok in sent:  # type: ignore[attr-defined]
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.lower_ not in self.lex.relative_pronouns:
                actors.remember(actors.resolve(tok), subject=True)

    def _sentence(self, si: int, sent: object, actors: DocActors) -> Iterator[Candidate]:
        lex = self.lex
        lemmas = {t.lemma_.lower() for t in sent}  # type: ignore[attr-defined]
        discard = lemmas & lex.discard_words
        consumed: set[int] = set()
        found: list[Candidate] = []
        for tok in sent:  # type: ignore[attr-defined]
            if tok.pos_ not in {"VERB"} and not (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
                continue
            match = self.best(tok, noun=False)
            subj_tok, subj_how = self._subject(tok)
            objs = [c for c in tok.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
            event_arg = next(
                (o for o in objs if o.pos_ in {"NOUN", "VERB"} and self.best(o, noun=o.pos_ == "NOUN") is not None), None
            )
            if _is_light(tok, lex) and event_arg is not None:
                continue  # the complement carries the event; its own subject is inherited
            if match is None:
                continue
            pattern, target_tok, obj_tok = match
            if obj_tok is not None:
                consumed.add(obj_tok.i)  # "lifted sanctions" is one event, not two
            if pattern.prep_object is not None:
                consumed.update(g.i for c in tok.children if c.dep_ in {"prep", "dative"} for g in c.children if g.dep_ == "pobj")
            code = pattern.code
            notes = [f"subject:{subj_how}"]
            passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
            reduced = tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"} and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
            if reduced:
                # "those killed", "a convoy hit by missiles": the head noun is the target
                passive = True
                if target_tok is None:
                    target_tok = tok.head
                if subj_how.startswith("inherited"):
                    subj_tok, subj_how = None, "reduced-relative"
                    notes[0] = "subject:reduced-relative"
            if target_tok is None:
                if pattern.obj is not None:
                    target_tok = next((c for c in tok.children if c.dep_ in {"dative", "iobj"}), None)
                    if target_tok is None and obj_tok is not None and actors.resolve(obj_tok) is not None:
                        target_tok = obj_tok  # "killed a top commander": the object is the victim
                elif pattern.xcomp is not None:
                    comp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == pattern.xcomp), None)
                    target_tok = next((c for c in comp.children if c.dep_ in {"dobj", "dative"}), None) if comp is not None else None
                    if target_tok is None and comp is not None:
                        target_tok = next((g for c in comp.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
                elif passive:
                    target_tok = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                else:
                    target_tok = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    if target_tok is None and tok.tag_ == "VBG":
                        target_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
            if target_tok is not None and target_tok.lemma_.lower() in lex.metaphor_objects and pattern.obj is None:
                found.append(Candidate(code, tok.i, si, f"pattern:{pattern.source}", status="rejected",
                                       reason=f"metaphor: object '{target_tok.text}'"))
                continue
            cand = Candidate(code, tok.i, si, f"pattern:{pattern.source}:{pattern.id}", notes=notes)
            # the source: an actor, or the actor behind an event noun ("a US strike killed ...")
            sources: list[Resolved | None] = [None]
            if subj_tok is not None:
                noun_match = self.best(subj_tok, noun=True) if subj_tok.pos_ == "NOUN" else None
                if noun_match is not None:
                    s, t, how = self.noun_actors(subj_tok, actors)
                    sources = [s]
                    cand.noun_arg = subj_tok.i
                    consumed.add(subj_tok.i)
                    notes.append(f"source-from-event-noun:{subj_tok.lemma_}({how})")
                    if _is_light(tok, lex):
                        cand.code = noun_match[0].code
                else:
                    sources = [actors.resolve(x) for x in [subj_tok, *subj_tok.conjuncts]]
            targets: list[Resolved | None] = [None]
            if target_tok is not None:
                noun_match = self.best(target_tok, noun=True) if target_tok.pos_ == "NOUN" else None
                if noun_match is not None and obj_tok is None:
                    s, t, how = self.noun_actors(target_tok, actors)
                    targets = [s if s is not None else t]
                    consumed.add(target_tok.i)
                    notes.append(f"target-from-event-noun:{target_tok.lemma_}({how})")
                else:
                    targets = [actors.resolve(x) for x in [target_tok, *target_tok.conjuncts]]
                    if targets == [None]:
                        targets = [self._owner(target_tok, actors)]
            negated, modality, mnotes = self.modality(tok)
            notes.extend(mnotes)
            attributed = self._attribution(tok, actors)
            for s in sources:
                for t in targets:
                    c = replace(cand, source=s, target=t, negated=negated, modality=modality,
                                attributed_to=attributed, notes=list(notes))
                    found.append(self._judge(c, discard))
        # event nouns that are not arguments of a coded verb
        for tok in sent:  # type: ignore[attr-defined]
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.i in consumed:
                continue
            match = self.best(tok, noun=True)
            if match is None:
                continue
            pattern, target_tok, _ = match
            s, t, how = self.noun_actors(tok, actors)
            if target_tok is not None:
                t = actors.resolve(target_tok) or t
            # "X was killed in an attack by Y": the victim is the target
            gov = tok.head.head if tok.dep_ == "pobj" else None
            if t is None and gov is not None and gov.pos_ == "VERB":
                victim = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
                if victim is not None:
                    t = actors.resolve(victim)
                    how += ",victim=target"
            negated, modality, mnotes = self.modality(tok)
            c = Candidate(pattern.code, tok.i, si, f"pattern:{pattern.source}:{pattern.id}", s, t, negated, modality,
                          self._attribution(tok, actors), notes=[f"event-noun({how})", *mnotes])
            found.append(self._judge(c, discard))
        found.extend(self._speech_rules(si, sent, actors, found))
        self._register_subjects(sent, actors)
        yield from found

    def _owner(self, tok: Token, actors: DocActors) -> Resolved | None:
        """The owner of a thing: "a convoy belonging to X", "the embassy of X"."""
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_.lower() == "belong":
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "to":
                        pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            return actors.resolve(pobj)
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return actors.resolve(pobj)
        return None

    def _judge(self, c: Candidate, discard: set[str]) -> Candidate:
        if discard:
            c.status, c.reason = "rejected", f"discard: sentence about {sorted(discard)[0]}"
        elif not ((c.source and c.source.code) or (c.target and c.target.code)):
            c.status, c.reason = "rejected", "no coded actor"
        elif c.source and c.target and c.source.code and c.source.code == c.target.code and c.source.start == c.target.start:
            c.status, c.reason = "rejected", "source and target are the same words"
        elif c.negated:
            c.status, c.reason = "unrealized", "negated"
        elif c.modality != "asserted":
            c.status, c.reason = "unrealized", f"modality: {c.modality}"
        return c

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
                        and c.modality in {"planned", "threatened", "wanted"}
                        and c.code[:2] in HOSTILE_ROOTS
                        and c.source is not None
                        and c.source.code
                        and c.source.code != speaker.code
                    ):
                        extra.append(Candidate("112", tok.i, si, "rule:reported-hostile-plan", speaker, c.source,
                                               notes=[f"reported {c.modality} {c.code} by {c.source.text}"]))
                        break
        return extra

    def _previous_source(self, tok: Token, found: list[Candidate]) -> Resolved | None:
        """"the strike" refers back to the latest hostile event with a known source."""
        for c in reversed([*self._doc_events, *found]):
            if c.status == "event" and c.code[:2] in HOSTILE_ROOTS and c.source is not None and c.source.code:
                return c.source
        return None
