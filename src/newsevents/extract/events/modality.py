"""Modality and negation: whether a trigger is asserted, negated, planned, threatened or hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.events.matching import PatternMatcher
from newsevents.extract.events.syntax import (
    _agreed_terms,
    _hung_infinitive,
    _is_light,
    _names_object,
    _nobody,
    aux_word,
    glad_offer,
)
from newsevents.extract.events.words import (
    AIM_NOUNS,
    CAUSING_VERBS,
    CHARGE_VERBS,
    COMMITMENT_VERBS,
    CONVENING_VERBS,
    DECLARING_VERBS,
    DESIGN_VERBS,
    DISMISSING_VERBS,
    DRAFT_NOUNS,
    EFFECT_NOUNS,
    EFFORT_NOUNS,
    EFFORT_VERBS,
    ELECTING_VERBS,
    ELECTION_PRIZES,
    ENDING_AIMS,
    FACTUAL_MARKS,
    FALSE_WORDS,
    FRESH_MODIFIERS,
    FUTURE_TIME_MARKS,
    HOSTILE_ROOTS,
    IMPOSING_VERBS,
    INVERTING_AUXILIARIES,
    KEEPING_VERBS,
    LEADING_VERBS,
    MEETING_NOUNS,
    OPPOSING_NOUNS,
    OPPOSING_VERBS,
    PERMITTING_VERBS,
    PICTURING_VERBS,
    PLEDGE_LEMMAS,
    POSSIBILITY_NOUNS,
    PREPARING_VERBS,
    PROSPECTIVE_MODIFIERS,
    READY_ADJECTIVES,
    REPORT_NOUNS,
    SKILL_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
    STOPPING_VERBS,
    SUBJ,
    TERMS_VERBS,
    TOPIC_TALK_VERBS,
    TRUTH_NOUNS,
    VERIFYING_VERBS,
    VOTED_WORDS,
    WH_TAGS,
)
from newsevents.nlp.tree import has_negation, has_to_marker, straight_lower


def _hung_objects(head: Token, own_rules: bool) -> list[Token]:
    """The nouns a verb governs that the parser may have hung an infinitive past: its object, and (own rules) the
    object of its preposition ("joined the GOP in its calls to repeal it": the calls' aim hangs on "joined")."""
    objs = [c for c in head.children if c.dep_ == "dobj"]
    if own_rules:
        objs += [g for p in head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return objs


def _self_pictured(tok: Token) -> str:
    """The words when the gerund ``tok`` is what one pictures oneself doing ("couldn't see herself supporting
    Clinton", "can imagine himself running"): imagined, not done. "" otherwise."""
    if tok.tag_ != "VBG":
        return ""
    if tok.dep_ == "acl" and tok.head.dep_ == "dobj":  # "see [himself endorsing]" read as a noun's participle
        verb, own = tok.head.head, [tok.head]
    elif tok.dep_ in {"ccomp", "xcomp", "oprd"}:
        verb, own = tok.head, [c for c in tok.children if c.dep_ in SUBJ] + [c for c in tok.head.children if c.dep_ == "dobj"]
    else:
        return ""
    selfs = [c for c in own if c.lower_.endswith(("self", "selves"))]
    return f"{verb.lemma_} {selfs[0].text}" if selfs and verb.lemma_.lower() in PICTURING_VERBS else ""


def _inverted_condition(clause: Token) -> bool:
    """Whether an adverbial clause is a condition with its auxiliary before its subject and no "if":
    "Should the junta refuse to hand over power, the bloc may suspend Guinea" (nothing is refused)."""
    # "dep": "could have been saved had the UN deployed more troops", a "had" the parser left unattached; a
    # "ccomp" before its head: the parser's reading of "Should the junta refuse to hand over power, the bloc will …"
    fronted = clause.dep_ == "ccomp" and clause.i < clause.head.i and clause.left_edge.i == clause.sent.start
    if (clause.dep_ not in {"advcl", "dep"} and not fronted) or any(c.dep_ == "mark" for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in SUBJ | {"nsubjpass"}), None)
    aux = next((c for c in clause.children if c.dep_ in {"aux", "auxpass"}), None)
    if clause.lower_ == "were" and clause.pos_ == "AUX":
        aux = clause  # "Were the talks to fail": the auxiliary heads the clause
    if clause.lower_ == "had" and subj is None and (done := next(
            (c for c in clause.children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ in {"VBN", "VBD"}), None)) is not None:
        # "could have been stopped had the UN reinforced its peacekeepers": the parser reads the inverted
        # "had" as the clause's verb and the participle (often tagged a past tense), with the subject, as its complement
        aux, subj = clause, next((c for c in done.children if c.dep_ in SUBJ | {"nsubjpass"}), None)
    return subj is not None and aux is not None and aux.lower_ in INVERTING_AUXILIARIES \
        and aux.i == clause.left_edge.i and aux.i < subj.i


def _counterfactual_head(verb: Token) -> bool:
    """Whether the parser made an inverted "had" condition the head of its sentence: "The siege could have been
    broken had NATO reinforced its troops" read as "NATO reinforced", with "could have been broken" under it. Its
    "had" stands right before its subject, and right after a clause of its own in the modal perfect."""
    subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
    had = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "had"), None)
    if subj is None or had is None or had.i != subj.left_edge.i - 1:
        return False
    return any(c.dep_ in {"ccomp", "advcl", "conj"} and c.right_edge.i == had.i - 1
               and any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.children)
               and any(a.dep_ == "aux" and straight_lower(a) in {"would", "could", "might", "should", "'d"} for a in c.children)
               for c in verb.children)


_UNREAL_MODALS = frozenset({"would", "could", "might", "'d"})


def _judged_unreal(verb: Token) -> str:
    """The modal that makes a "for X to VERB" clause judged by a copula unreal: "For Russia to invade Ukraine would
    be a disaster", "it could be wrong for Germany to criticize Poland", "it would be a mistake for Israel to strike"
    (the clause as the copula's subject, its extraposed complement, or a clause on its noun or adjective). The act
    is weighed, not planned ("For Russia to invade was a mistake" weighs one done: no modal, no change)."""
    if not has_to_marker(verb) or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return ""
    cop = verb.head
    if verb.dep_ in {"relcl", "acl"} and cop.dep_ in {"attr", "acomp"}:
        cop = cop.head
    if cop.lemma_ != "be" or verb.dep_ not in {"csubj", "advcl", "ccomp", "relcl", "acl"}:
        return ""
    return next((c.lower_ for c in cop.children if c.dep_ == "aux" and aux_word(c) in _UNREAL_MODALS), "")


def _denied_report(noun: Token) -> bool:
    """Whether a report noun is called false: "false reports", "reports ... are baseless", "a lie", "no truth
    to reports" (the parser sometimes tags the noun a verb: "reports that X killed Y were baseless")."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in FALSE_WORDS for c in noun.children):
        return True
    if noun.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in FALSE_WORDS for c in noun.head.children):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in DISMISSING_VERBS:
        return True  # "dismissed reports that jets bombed the town", "rejected claims that": called untrue
    truth = noun.head.head if noun.dep_ == "pobj" else None
    return truth is not None and truth.lemma_.lower() in TRUTH_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in truth.children)


def _forgone(tok: Token) -> str:
    """The words that set the act at ``tok`` aside for another: "instead of complying, the governor sued",
    "rather than scolding his allies, he should ...", "chose talks rather than an attack" (none of it done);
    "without offering proof", "took the town without a fight": what is done without an act leaves it undone."""
    doc = tok.doc
    if tok.dep_ in {"pcomp", "pobj"} and tok.head.lower_ == "without" and tok.head.dep_ == "prep":
        return "without"
    markers = [tok.head] if tok.dep_ in {"pcomp", "pobj"} else [c for c in tok.children if c.dep_ == "mark"]
    if tok.dep_ == "conj":  # "chose sanctions rather than bombing Iran": the parser joins the two with "than"
        markers += [c for c in tok.head.children if c.dep_ == "cc" and tok.head.i < c.i < tok.i]
    for m in markers:
        if m.i > 0 and m.i < tok.i and (m.lower_, doc[m.i - 1].lower_) in {("of", "instead"), ("than", "rather")}:
            return f"{doc[m.i - 1].lower_} {m.lower_}"
    if tok.dep_ == "pobj" and tok.head.lower_ == "rather" and tok.head.i + 1 < tok.i and doc[tok.head.i + 1].lower_ == "than":
        return "rather than"  # "chose talks rather than an attack": the parser hangs the noun on "rather"
    return ""


def _talked_of(tok: Token, cur: Token, head: Token, dep: str) -> bool:
    """Is the gerund ``tok`` what a verb of talking is about: its object ("mentioned raising the minimum wage") or
    the object of its "about", "of", "on" ("talked about giving voters the right")? A named act is no act done
    (an event noun is: "discussed the attack" speaks of one that happened)."""
    if head.lemma_.lower() not in TOPIC_TALK_VERBS or head.pos_ != "VERB" or tok.tag_ != "VBG" \
            or any(c.dep_ in SUBJ | {"poss"} for c in tok.children):
        return False
    if cur.i == tok.i:
        return dep in {"dobj", "xcomp"}
    return dep == "prep" and cur.lower_ in {"about", "of", "on"} and tok.dep_ == "pcomp" and tok.head.i == cur.i


def _election_condition(verb: Token) -> str:
    """The words of a condition on ``verb`` that an election be won: "If elected, the candidate has promised to
    expel the troops", "vowed to build a wall if he wins the presidency". What is promised for after an election
    is a campaign pledge, no intent of one in power (a threat "if attacked" stays a threat)."""
    for c in verb.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in {"if", "once", "when"}), None)
        if c.dep_ != "advcl" or mark is None:
            continue
        lemma = c.lemma_.lower()
        prize = [o for o in c.children if o.dep_ == "dobj"]
        if lemma in ELECTING_VERBS or (lemma == "win" and all(o.lemma_.lower() in ELECTION_PRIZES for o in prize)):
            return f"{mark.lower_} {c.text}"
    return ""


class Modality(PatternMatcher):
    """Adds modality and negation of a trigger to the pattern matcher."""

    def _has_relative_subject(self, tok: Token) -> bool:
        return any(c.dep_ in SUBJ and c.lower_ in self.lex.relative_pronouns for c in tok.children)

    def _modal_aux(self, verb: Token) -> Token | None:
        """The modal auxiliary of ``verb`` ("will", "could", "might"), whose modality its complements share."""
        return next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and aux_word(c) in self.lex.modal_auxiliaries),
                    None)

    def _gerund_subject_modal(self, tok: Token) -> Token | None:
        """The modal of the clause a gerund is the subject of: "legalizing it could put people to work" (also
        where the parser hung the gerund on a speech verb, "said legalizing it could ...", and read the
        clause as the gerund's complement)."""
        if tok.tag_ != "VBG" or any(c.dep_ in SUBJ | {"nsubjpass"} for c in tok.children):
            return None
        if tok.dep_ in {"csubj", "nsubj"}:
            return self._modal_aux(tok.head)
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.speech_verbs:
            return next((a for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                         and (a := self._modal_aux(c)) is not None), None)
        return None

    def modality(self, tok: Token, matched: set[int] | frozenset[int] = frozenset()) -> tuple[bool, str, list[str]]:
        """Negation and modality of the event at ``tok``, with the words that decided them.

        Words a dictionary pattern matched (``matched``: "WILL NOT *", "REFUSAL TO *") are part
        of its code already, so they neither negate nor make the event unrealised.
        """
        notes: list[str] = []

        def no_one(c: Token) -> bool:  # "no one", "neither X nor Y", unless a pattern coded the "no" already
            return _nobody(c) and not any(k.i in matched and k.lower_ in {"no", "neither"} for k in c.children)

        negated = any(c.dep_ == "neg" and c.i not in matched for c in tok.children)
        if negated:
            notes.append("neg")
        elif nobody := next((c for c in tok.children if c.dep_ in SUBJ | {"nsubjpass", "dobj"} and no_one(c)), None):
            negated = True  # "no one was killed", "no civilians were hurt", "killed nobody"
            notes.append(f"neg:{nobody.text}")
        elif self.own_rules and (nobody := next((g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"to", "with"}
                                                 for g in p.children if g.dep_ == "pobj" and _nobody(g, person=True)), None)):
            negated = True  # "I apologize to nobody for that", "met with no one": the act reached no one
            notes.append(f"neg:{nobody.text}")
        elif self.own_rules and (tok.dep_ == "xcomp" or (tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB")) \
                and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in tok.children) \
                and (nobody := next((c for c in tok.head.children if c.dep_ in SUBJ | {"nsubjpass"} and no_one(c)), None)):
            # "no campaign has to worry", "none of them wanted to meet him": the governing verb's subject is
            # the doer of its complement, and it is no one; so is a second verb's that shares it ("neither Washington
            # nor Beijing has confirmed or denied the reports")
            negated = True
            notes.append(f"neg:{nobody.text}")
        elif matched and has_negation(tok):
            notes.append("neg:coded-by-pattern")
        if self.own_rules and not negated and tok.dep_ == "attr" and tok.pos_ == "NOUN" and tok.head.lemma_ == "be" \
                and has_negation(tok.head):
            negated = True  # "it was not a terrorist attack", "this is not an invasion": said to be none
            notes.append(f"neg:{tok.head.text} not")
        if self.own_rules and not negated and (forgone := _forgone(tok)):
            negated = True  # "instead of complying with the order, he sued": he did not comply
            notes.append(f"neg:{forgone}")
        mod = "asserted"
        if self.own_rules and tok.pos_ == "NOUN":
            det = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
            if det == "any":
                mod = "hypothetical"  # "would retaliate against any strike", "warned against any attack": none yet
                notes.append("det:any")
            elif tok.dep_ in {"nsubj", "nsubjpass"} and det in {None, "a", "an"} and any(
                    c.dep_ == "aux" and aux_word(c) in {"would", "'d"} for c in tok.head.children):
                mod = "hypothetical"  # "a blockade of Taiwan would cripple supplies", "war would be a disaster"
                notes.append("subject-of-would")
            elif ahead := next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in PROSPECTIVE_MODIFIERS), None):
                mod = PROSPECTIVE_MODIFIERS[ahead.lower_]  # "his proposed ban", "the impending endorsement": not yet
                notes.append(f"modifier:{ahead.lower_}")
        if self.own_rules and (aux := self._gerund_subject_modal(tok)) is not None:
            # "legalizing it could create jobs", "banning Muslims would make us less safe": an act named as the
            # subject of what it would bring about is weighed, not done ("attacking Iran was a mistake" was done)
            mod = "hypothetical"
            notes.append(f"gerund-subject-of:{aux.lower_}")
        if self.own_rules and tok.dep_ == "ROOT" and tok.tag_ == "VB" and not any(
                c.dep_ in SUBJ | {"nsubjpass", "expl", "aux", "auxpass"} for c in tok.children) and all(
                t.pos_ in {"CCONJ", "ADV", "INTJ", "PUNCT", "SPACE"} for t in tok.doc[tok.sent.start:tok.i]):
            mod = "wanted"  # "Or support Paul Ryan.", "So vote for him": an imperative urges the act, none is done
            notes.append("imperative")
        inverted = self.own_rules and (_inverted_condition(tok) or _counterfactual_head(tok))
        if inverted:
            mod = "hypothetical"  # "Should the junta refuse ...": a condition, as under "if"
            notes.append("mark:inverted")
        for c in tok.children:
            if c.i in matched:
                continue
            if c.dep_ in {"aux", "auxpass"} and aux_word(c) in self.lex.modal_auxiliaries and not inverted:
                mod = self.lex.modal_auxiliaries[aux_word(c)]
                notes.append(f"aux:{c.lower_}")
            if c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks:
                mod = "hypothetical"
                notes.append(f"mark:{c.lower_}")
            if self.own_rules and c.dep_ == "advmod" and c.lower_ in self.lex.allegation_adverbs and mod == "asserted":
                mod = "alleged"  # "troops allegedly tortured him": an accusation, not a reported fact
                notes.append(f"adverb:{c.lower_}")
            if self.own_rules and c.dep_ == "advmod" and c.lower_ in self.lex.hedge_adverbs and mod == "asserted" \
                    and not any(t.text == "(" for t in c.doc[max(c.i - 3, 0):c.i]):  # "were (and perhaps are) ..."
                mod = "hypothetical"  # "was most likely fired by air defences": a surmise, as "may have been"
                notes.append(f"hedge:{c.lower_}")
        if self.own_rules and mod == "asserted" and (pictured := _self_pictured(tok)):
            mod = "hypothetical"  # "couldn't see herself supporting Clinton", "can picture himself running": imagined
            notes.append(f"imagined:{pictured}")
        if self.own_rules and mod == "asserted" and tok.dep_ == "xcomp" and (hedge := next(
                (c for c in tok.head.children if c.dep_ == "advmod" and c.lower_ in self.lex.hedge_adverbs
                 and c.i < tok.head.i), None)) is not None:
            mod = "hypothetical"  # "possibly prompting voters to reconsider", "perhaps forcing Iran to retreat": a surmise
            notes.append(f"hedge-of-{tok.head.lemma_.lower()}:{hedge.lower_}")
        if self.own_rules and mod == "asserted" and (modal := _judged_unreal(tok)):
            mod = "hypothetical"  # "For Russia to invade Ukraine would be a disaster": weighed, not planned
            notes.append(f"judged-for-to:{modal}")
        if self.own_rules and mod == "asserted" and has_to_marker(tok) and (
                tok.dep_ == "ROOT" or (any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) and (
                    tok.dep_ not in {"ccomp", "xcomp"} or any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)))
                or (tok.dep_ == "acl" and any(c.dep_ == "auxpass" for c in tok.children))):
            # "the banks to be excluded", "a deadline for Iran to reverse course", a headline's "Iran to free
            # prisoners": an infinitive with a subject of its own or at the root of its sentence is not yet done
            # ("the first leader to visit Cuba" did visit; "ordered X to be held" is the governing verb's to judge)
            mod = "planned"
            notes.append("to-be-done")
        if self.own_rules and mod == "asserted" and tok.dep_ in {"relcl", "acl"} and tok.tag_ == "VB" \
                and has_to_marker(tok) \
                and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in tok.children) \
                and tok.head.pos_ == "NOUN" and tok.head.dep_ == "dobj" \
                and (aux := self._modal_aux(tok.head.head)) is not None:
            # "he will assemble a force to round up immigrants", "would hire lawyers to sue the state": what
            # the object is to do is no more real than getting it ("sent troops to fight" stays as told)
            mod = self.lex.modal_auxiliaries[aux_word(aux)]
            notes.append(f"purpose-of-object:{aux.lower_}")
        if self._has_relative_subject(tok):
            return negated, mod, notes
        cur = tok
        direct = True  # the trigger is the verb climbed to, joined to it or its object
        for _ in range(6):
            if self.own_rules and cur.dep_ == "relcl" and mod == "asserted" and (effort := self._effort_aim(cur, tok)):
                mod = "planned"  # "launched an initiative to end the war", parsed as a relative clause
                notes.append(effort)
                break
            if self.own_rules and cur.dep_ == "relcl" and mod == "asserted" and cur.tag_ == "VB" and has_to_marker(cur) \
                    and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in cur.children) \
                    and cur.head.pos_ == "NOUN" and (hl := cur.head.lemma_.lower()) in self.lex.modal_nouns:
                # "the willingness of white voters to back him", "a plan by the rebels to seize it": the noun's
                # to-infinitive, parsed as a relative clause when a phrase stands between them
                mod = self.lex.modal_nouns[hl]
                notes.append(f"modal-noun:{hl}")
                break
            if cur.head.i == cur.i or cur.dep_ in {"ROOT", "relcl"} or cur.head.i in matched:
                break
            dep = cur.dep_
            head = cur.head
            hl = head.lemma_.lower()
            if self.own_rules and dep == "prep" and cur.lower_ in {"for", "of"} and tok.tag_ == "VBG" \
                    and tok.dep_ == "pcomp" and tok.head.i == cur.i and (hl in CHARGE_VERBS or (
                        head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in CHARGE_VERBS)):
                mod = "alleged"
                notes.append(f"charge-of:{hl}")
                break
            if self.own_rules and dep == "prep" and cur.lower_ == "from" and hl in self.lex.abstaining_verbs:
                negated = True  # "Israel refrained from striking Iran", "agreed to abstain from attacks": not done
                notes.append(f"abstain-from:{hl}")
            if self.own_rules and dep == "prep" and cur.lower_ == "from" and hl in self.lex.preventing_verbs \
                    and tok.tag_ == "VBG" and tok.dep_ in {"pcomp", "pobj"} and tok.head.i == cur.i:
                negated = True  # "barred the firms from trading with China", "stopped the convoy from crossing"
                notes.append(f"kept-from:{hl}")
            if self.own_rules and dep == "prep" and cur.lower_ == "on" and hl == "hold" and not negated \
                    and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children):
                negated = True  # "held off on endorsing Clinton", "decided to hold off on strikes": put off, not done
                notes.append("abstain-from:hold off on")
            if self.own_rules and dep == "prep" and cur.lower_ == "without" and mod == "asserted" \
                    and (aux := self._modal_aux(head)) is not None:
                # "without our leadership in building a coalition, it won't happen", "without US support Kyiv would
                # fall": a "without" under a modal verb is a condition, as "if there is no ...", and what it names
                # is weighed, not done
                mod = "hypothetical"
                notes.append(f"condition-without:{aux_word(aux)}")
                break
            if (dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks for c in cur.children)) \
                    or (self.own_rules and _inverted_condition(cur)):
                mod = "hypothetical"
                notes.append("conditional-clause")
            if self.own_rules and dep == "xcomp" and hl in {"have", "be"} and not negated \
                    and (cur.i == tok.i or (tok.dep_ == "dobj" and tok.head.i == cur.i and cur.lemma_.lower() in self.lex.light_verbs)) \
                    and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
                negated = True  # "Egypt has yet to open the crossing", "is yet to respond": not done
                notes.append(f"neg:{head.text} yet to")
                break
            if self.own_rules and dep == "advcl" and mod == "asserted" and cur.i == tok.i and tok.tag_ == "VBG" \
                    and not any(c.dep_ in SUBJ | {"nsubjpass", "aux", "auxpass", "mark"} for c in tok.children):
                # "the delegates might raise the bar, thus disqualifying Cruz": a bare participle that tells what
                # its clause brings about is no more real than that clause
                aux = self._modal_aux(head)
                if aux is not None:
                    mod = self.lex.modal_auxiliaries[aux_word(aux)]
                    notes.append(f"result-of-{hl}:{aux.lower_}")
            if self.own_rules and dep == "conj" and mod == "asserted" and cur.tag_ == "VB" and not any(
                    c.dep_ in SUBJ | {"nsubjpass", "aux", "auxpass"} for c in cur.children):
                # "Republicans will come out and criticize Trump", "he'd sit Putin down and tell him": a bare verb
                # joined to a modal one with no subject or auxiliary of its own shares its auxiliary ("would
                # rebound and praised Kerry" is a misparse: a past tense has no modal)
                aux = self._modal_aux(head)
                if aux is not None:
                    mod = self.lex.modal_auxiliaries[aux_word(aux)]
                    notes.append(f"aux-of-{hl}:{aux.lower_}")
            if self.own_rules and dep in {"xcomp", "ccomp"} and mod == "asserted" and cur.i == tok.i and tok.tag_ == "VB" \
                    and not has_to_marker(tok) and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children) \
                    and head.pos_ == "VERB" and (aux := self._modal_aux(head)) is not None:
                # "the US would help them fight IS", "will let the refugees leave": a bare infinitive is as
                # real as the verb it completes ("helped them fight" stays as told)
                mod = self.lex.modal_auxiliaries[aux_word(aux)]
                notes.append(f"aux-of-{hl}:{aux.lower_}")
            if self.own_rules and dep == "dobj" and cur.i == tok.i and tok.pos_ == "NOUN" and not negated \
                    and (hl in self.lex.light_verbs - LEADING_VERBS or hl == "do") \
                    and has_negation(head):
                # "will not do an invasion", "never launched an offensive": the verb that would carry the act out
                # is denied, so is the act
                negated = True
                notes.append(f"neg:{hl}")
            if self.own_rules and dep == "xcomp" and hl == "go" and head.tag_ == "VBG" and has_to_marker(cur) \
                    and (cur.i == tok.i or (tok.dep_ == "dobj" and tok.head.i == cur.i
                                            and (_is_light(cur, self.lex) or cur.lemma_.lower() == "do"))) \
                    and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
                # "Russia is going to invade", "we're not going to do an invasion": what one is going to do is still
                # to come (the lexicon's "be going" is two words, no lemma)
                if mod == "asserted":
                    mod = "future"
                    notes.append("going-to")
                if has_negation(head):
                    negated = True
                    notes.append("neg:going-to")
                break
            if self.own_rules and dep == "dobj" and (hl in self.lex.light_verbs - LEADING_VERBS or hl in CAUSING_VERBS
                                                     or hl in IMPOSING_VERBS or hl == "do") \
                    and mod == "asserted" and tok.pos_ == "NOUN":
                # "the army may resume its offensive", "could launch an attack": the light verb's modal
                # ("will lead the inquiry" says who leads it, not whether there is one); "would never risk an
                # attack", "could spark a war": what a verb of causing would bring about is no more real;
                # "could impose export controls": nor is a measure a verb of imposing would put in force
                aux = self._modal_aux(head)
                if aux is not None:
                    mod = self.lex.modal_auxiliaries[aux_word(aux)]
                    notes.append(f"aux-of-{hl}:{aux.lower_}")
            if self.own_rules and dep in {"xcomp", "ccomp"} and mod == "asserted" and hl in PERMITTING_VERBS \
                    and head.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in head.children):
                # "which allows him to keep his options open and deny responsibility", "the rule lets states
                # expel them": what something in the present makes possible is a means, nobody did it yet
                mod = "hypothetical"
                notes.append(f"enabled-by:{hl}")
                break
            if self.own_rules and dep in {"xcomp", "ccomp"} and hl in PERMITTING_VERBS and has_negation(head):
                # "had not been allowed to visit the hostages", "did not let inspectors enter": what was not
                # permitted was not done
                negated = True
                notes.append(f"neg:{hl}")
                break
            if self.own_rules and dep == "dobj" and mod == "asserted" and cur.lemma_.lower() in EFFECT_NOUNS \
                    and tok.tag_ == "VBG" and any(
                        c.dep_ == "prep" and c.lower_ == "of" and tok.i in {t.i for t in c.subtree} for c in cur.children):
                # "which would have the effect of isolating China", "could have the consequence of angering
                # Beijing": the outcome of a modal act is no more real than the act
                aux = self._modal_aux(head)
                if aux is not None:
                    mod = self.lex.modal_auxiliaries[aux_word(aux)]
                    notes.append(f"effect-of-{hl}:{aux.lower_}")
                    break
            if self.own_rules and dep == "xcomp" and hl == "be" and mod == "asserted" and direct \
                    and has_to_marker(cur) \
                    and (aim := next((c for c in head.children if c.dep_ in SUBJ and c.pos_ == "NOUN"
                                      and c.lemma_.lower() in AIM_NOUNS), None)) is not None:
                # "the plan is to attack the city", "our aim is to occupy it": what is aimed at, not done
                mod = "planned"
                notes.append(f"aim-is-to:{aim.lemma_.lower()}")
                break
            if self.own_rules and dep == "advcl" and mod == "asserted" and self._future_time_clause(cur):
                # "as soon as the Netherlands ratifies it, the bloc will …", "once the troops withdraw, talks
                # will start": a present tense under a future main clause tells of what is still to come, and of
                # nobody's intent ("hypothetical", as under "if": a "future" would read as its doer's stated plan)
                mod = "hypothetical"
                notes.append("future-time-clause")
                break
            if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in FACTUAL_MARKS for c in cur.children) and (
                    cur.tag_ == "VBD" or any(a.dep_ in {"aux", "auxpass"} and (a.tag_ == "VBD" or a.lemma_ == "have")
                                             for a in cur.children)):
                break  # "may be postponed after parties were threatened": the threat happened
            if self.own_rules and dep in {"xcomp", "advcl"} and cur.tag_ == "VB" and head.lemma_.lower() not in KEEPING_VERBS \
                    and has_to_marker(cur) \
                    and not any(c.dep_ in SUBJ for c in cur.children):
                noun = next((c for c in _hung_objects(head, self.own_rules) if c.i < cur.i and c.pos_ == "NOUN"
                             and c.lemma_.lower() in self.lex.modal_nouns), None)
                if noun is not None:
                    # "foiled a plot by a cell to attack a church", "uncovered a plan to bomb X": the parser hung
                    # the noun's infinitive on the verb; it is the plot's aim, not something done; so in
                    # "joining the GOP in its calls to delay or repeal it" behind a preposition
                    mod = self.lex.modal_nouns[noun.lemma_.lower()]
                    notes.append(f"modal-noun:{noun.lemma_.lower()}")
                    break
            if self.own_rules and hl == "rule" and head.pos_ == "VERB" and (dep in {"xcomp", "dobj"} or (
                    dep == "advcl" and cur.tag_ == "VBG" and not any(c.dep_ in SUBJ | {"mark"} for c in cur.children))) \
                    and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
                # "ruled out cutting off aid", "did not rule out a strike": what is ruled out is refused (the
                # lexicon's "rule" alone would make "the court ruled that ..." a refusal)
                mod = "refused"
                notes.append("modal-verb:rule out")
                if has_negation(head):
                    negated = True
                    notes.append("neg:rule out")
                break
            if self.own_rules and _hung_infinitive(cur) and hl in self.lex.modal_verbs:
                dep = "xcomp"  # "refused on Tuesday to meet Y": the parser hung the complement as an adverbial clause
            if dep in {"xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj", "conj"}:
                # "the possibility of banning parties", "a plan to strike"; not a participle ("the deal brokered
                # by Russia", "the agreement, signed overnight": done)
                if head.pos_ == "NOUN" and hl in self.lex.modal_nouns and not (
                        hl == "right" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)) and (
                        (dep == "acl" and not (cur.tag_ in {"VBN", "VBD"} and not any(c.dep_ == "aux" for c in cur.children)))
                        or (dep == "prep" and cur.lower_ == "of")):
                    if self.own_rules and head.dep_ == "dobj" and head.head.lemma_.lower() in KEEPING_VERBS:
                        notes.append(f"kept:{hl}")  # "kept its promise to withdraw", "implemented the deal to": done
                        break
                    mod = self.lex.modal_nouns[hl]
                    notes.append(f"modal-noun:{hl}")
                    if self.own_rules and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
                        negated = True  # "had no plans to send troops", "has no intention of attacking": none
                        notes.append(f"neg:no {hl}")
                    break
                if self.own_rules and dep == "acl" and cur.i == tok.i and tok.tag_ == "VBG" and hl in DRAFT_NOUNS \
                        and head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in STOPPING_VERBS:
                    # "vetoed a resolution calling for a ceasefire", "blocked a statement condemning the strike":
                    # the text never passed, so neither its sponsors nor its opponents said what it says
                    mod = "refused"
                    notes.append(f"stopped-text:{hl}")
                    break
                if self.own_rules and dep == "acl" and hl in REPORT_NOUNS and head.dep_ == "dobj" \
                        and head.head.lemma_.lower() in VERIFYING_VERBS and has_negation(head.head):
                    # "did not confirm reports that the navy had fired", "could not verify claims that …": unconfirmed
                    negated = True
                    notes.append(f"unconfirmed:{hl}")
                    break
                if self.own_rules and dep in {"acl", "ccomp"} and hl in REPORT_NOUNS and _denied_report(head):
                    # "there is no truth to reports that troops crossed", "reports that Iran seized a tanker
                    # are false", "false claims that": the reported act is denied, not asserted
                    negated = True
                    mod = "denied"
                    notes.append(f"denied-report:{hl}")
                    break
                if hl in self.lex.speech_verbs and dep == "ccomp":
                    # reported speech is attributed, not modal; but "did not say that Y attacked",
                    # "if X announces it will refuse" state nothing. "did not say who attacked" does.
                    if cur.left_edge.tag_ not in WH_TAGS:
                        sneg, scond = self._statement_unreal(head)
                        if sneg:
                            negated = True
                            notes.append(f"reported-neg:{hl}")
                        if scond:
                            mod = "hypothetical"
                            notes.append(f"reported-conditional:{hl}")
                    break
                if hl in self.lex.negating_verbs and dep in {"xcomp", "ccomp", "pcomp", "dobj"}:
                    negated = True
                    mod = "denied"
                    notes.append(f"negating-verb:{hl}")
                    break
                if dep == "dobj" and hl in DECLARING_VERBS and cur.pos_ == "NOUN":
                    notes.append(f"declared:{hl}")  # "announced the lifting of the curfew": it is lifted
                    break
                if self.own_rules and cur.i == tok.i and hl in self.lex.order_verbs and head.pos_ == "VERB" and ((
                        dep == "xcomp"
                        and (told := next((c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}), None)) is not None
                        and not (told.dep_ == "dobj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in told.children))
                        and not any(c.dep_ == "prep" and c.lower_ in {"to", "into"} and c.i < cur.i for c in head.children))
                        or (dep == "dobj" and cur.pos_ == "NOUN" and hl != "tell")):
                    # "the court ordered Israel to halt its offensive", "told the army to withdraw", "troops were
                    # ordered to leave", "the parliament ordered the withdrawal of U.S. troops": an order is not yet
                    # carried out; to another party it is demanded of them (the coder's appeal rule makes it a
                    # demand; to one's own forces, "ordered his troops to withdraw", it is the orderer's act, as the
                    # codebook codes formal orders to go on alert). Not a deployment ("ordered 300 troops to Cameroon
                    # to assist"): what they went to do is their mission. In the passive the orderer is unnamed: "his
                    # unit was ordered to shoot" is his, not the orderer's
                    mod = "wanted"
                    notes.append(f"ordered:{hl}")
                    if has_negation(head):
                        negated = True
                        notes.append(f"neg:{hl}")
                    break
                if self.own_rules and dep == "xcomp" and glad_offer(head):
                    mod = "planned"  # "would be happy to meet Putin": a willingness offered
                    notes.append(f"glad-offer:{hl}")
                    break
                if (dep == "xcomp" or (self.own_rules and dep == "prep" and cur.lower_ == "for")) \
                        and head.pos_ == "ADJ" and hl in READY_ADJECTIVES:
                    # "was prepared to strike", "is ready to withdraw", and the event noun after "for": "Kyiv was
                    # ready for talks", "the army is prepared for an offensive": readied, not yet held
                    mod = READY_ADJECTIVES[hl]
                    notes.append(f"modal-adjective:{hl}")
                    break
                adj = next((c for c in head.children if c.dep_ == "acomp" and c.lemma_.lower() in READY_ADJECTIVES), None) \
                    if dep == "xcomp" and hl == "be" and self.own_rules else None
                if adj is not None:  # "it was possible to halt the talks", parsed with the verb under "was"
                    mod = READY_ADJECTIVES[adj.lemma_.lower()]
                    notes.append(f"modal-adjective:{adj.lemma_.lower()}")
                    break
                if dep == "dobj" and _names_object(head):
                    notes.append(f"named:{hl}")  # "called the strike an act of terrorism": a strike that was
                    break
                # "the senator supports deporting them", "lawmakers favor new sanctions": a policy he backs, nobody
                # deported yet; "opposed defunding the police": one he is against, not wanted
                # ("opposes sending Americans to fight": the purpose of the gerund backed or opposed is no more done)
                purpose = tok.dep_ == "advcl" and has_to_marker(tok) and tok.head.i == cur.i \
                    and not any(c.dep_ in SUBJ for c in tok.children)
                by_verb = self.own_rules and (cur.i == tok.i or purpose) and hl in STANCE_VERBS | OPPOSING_VERBS \
                    and head.pos_ == "VERB" and ((dep == "xcomp" and cur.tag_ == "VBG") or (
                        dep == "dobj" and tok.pos_ == "NOUN" and any(
                            c.dep_ == "amod" and c.lower_ in FRESH_MODIFIERS for c in tok.children)))
                # "political resistance to welcoming Syrian refugees", "his support for banning assault weapons"
                by_noun = self.own_rules and dep == "prep" and head.pos_ == "NOUN" \
                    and STANCE_NOUNS.get(hl) == cur.lower_ and tok.tag_ == "VBG" and tok.dep_ == "pcomp" \
                    and tok.head.i == cur.i
                if (by_verb or by_noun) and not any(c.dep_ in SUBJ | {"poss"} for c in (cur if by_verb else tok).children):
                    mod = "wanted"
                    notes.append(f"stance-{'verb' if by_verb else 'noun'}:{hl}")
                    if hl in (OPPOSING_VERBS if by_verb else OPPOSING_NOUNS):
                        negated = True
                        notes.append(f"opposed:{hl}")
                    break
                if self.own_rules and _talked_of(tok, cur, head, dep):
                    mod = "planned"  # "mentioned raising the minimum wage": a proposal named, nothing done
                    notes.append(f"topic-of:{hl}")
                    break
                if self.own_rules and cur.i == tok.i and hl == "vote" and dep == "xcomp" and tok.lemma_.lower() in VOTED_WORDS:
                    notes.append("voted-words:vote")  # "voted to demand that Russia withdraw": the vote makes the demand
                    break
                if self.own_rules and cur.i == tok.i and hl in SKILL_VERBS and dep in {"xcomp", "dobj"} and head.pos_ == "VERB":
                    mod = "possible"  # "were trained to fly F-16s", "rehearsed an assault": a skill, no deed yet
                    notes.append(f"skill-verb:{hl}")
                    break
                if hl in self.lex.modal_verbs and dep in {"xcomp", "ccomp", "dobj", "pcomp", "prep"} and head.pos_ in {"VERB", "AUX"}:
                    mod = self.lex.modal_verbs[hl]
                    notes.append(f"modal-verb:{hl}")
                    if self.own_rules and mod == "threatened" and hl in PLEDGE_LEMMAS | {"swear"} \
                            and not ((act := self.best(tok, noun=tok.pos_ == "NOUN")) is not None
                                     and act[0].code[:2] in HOSTILE_ROOTS):
                        mod = "planned"  # "pledged to investigate", "vowed to rebuild": a promise, no threat
                    if has_negation(head):
                        negated = True
                        notes.append(f"neg:{hl}")
                    break
                if self.own_rules and mod == "asserted" and dep in {"xcomp", "ccomp", "pcomp", "prep", "dobj", "acl"} \
                        and (terms := self._terms_of(head, dep)):
                    # "the deal envisages returning migrants to Turkey", "the agreement requires Greece to return
                    # them": what a plan or an agreement provides for is planned, not done
                    mod = "planned"
                    notes.append(f"terms-of:{terms}")
                    break
                # a coordinated verb shares its partner's negation unless it has its own auxiliary
                if dep == "conj" and has_negation(head) and not any(
                    c.dep_ == "aux" for c in cur.children
                ):
                    negated = True
                    notes.append("neg:conj")
            if self.own_rules and mod == "asserted" and (effort := self._effort_aim(cur, tok)):
                # "negotiating with the rebels to end the war", "a conference designed to end the war", "talks on
                # ending the conflict": what an effort is for is its aim, not yet done ("met to discuss the border",
                # "flew to Cairo to meet him": the purpose of a meeting or a trip is what was done there)
                mod = "planned"
                notes.append(effort)  # climbing on: "was scheduled to begin talks to discuss it" is the schedule's
            direct = direct and dep in {"conj", "dobj", "pobj", "prep"}  # not "weapons seized by the rebels"
            if self.own_rules and _agreed_terms(cur, head) and mod == "asserted":
                mod = "planned"  # "reached a deal to end the fighting": agreed, not yet done
                notes.append("agreed-terms")
                break
            if self.own_rules and dep == "advcl" and cur.i == tok.i and not negated and cur.tag_ == "VB" \
                    and has_to_marker(cur) and not any(c.dep_ in SUBJ for c in cur.children) and has_negation(head):
                # "has not stepped forward to defend him", "did not go to Paris to meet her": the purpose of a step
                # not taken is not carried out (an infinitive complement, "did not hesitate to strike", is the
                # governing verb's to judge)
                negated = True
                notes.append(f"neg:purpose-of-{hl}")
                break
            if dep in {"xcomp", "advcl"} and mod == "asserted" and ((cur.tag_ == "VB" and has_to_marker(cur)) or (
                    self.own_rules and dep == "xcomp" and cur.tag_ == "VBG" and not any(c.dep_ in SUBJ for c in cur.children))):
                # "will travel to Paris to meet Y": the purpose is no more real than its future trip; "will keep
                # attacking ships", "could start shelling": an aspect verb's gerund is as real as the verb
                aux = self._modal_aux(head)
                if aux is not None:
                    mod = self.lex.modal_auxiliaries[aux_word(aux)]
                    notes.append(f"purpose-of:{aux.lower_}")
                    break
            cur = head
        return negated, mod, notes

    def _terms_of(self, verb: Token, dep: str) -> str:
        """The plan or agreement whose terms ``verb`` states ("the deal envisages", "the plan calls for"): a planned
        modal noun as its subject; or, where the parser read the verb as a plural noun ("the deal foresees
        returning them" as one noun phrase), as the noun's first word."""
        if verb.pos_ == "VERB" and dep != "acl" and verb.lemma_.lower() in TERMS_VERBS:
            plan = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        elif verb.tag_ == "NNS" and dep == "acl" and verb.dep_ == "ROOT" and verb.lower_.endswith("s") \
                and verb.lower_[:-1] in TERMS_VERBS:
            plan = next((c for c in verb.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        else:
            return ""
        lemma = plan.lemma_.lower() if plan is not None else ""
        return lemma if self.lex.modal_nouns.get(lemma) == "planned" else ""

    def _effort_aim(self, cur: Token, tok: Token) -> str:
        """The note when ``cur`` is the aim of an effort: a to-infinitive with no subject of its own under a verb of
        effort or a participle of design ("worked to end", "designed to end"), or under a noun of effort ("talks to
        end"), or a gerund after "on", "about", "toward", "at" such a noun or participle ("talks on ending")."""
        head = cur.head
        hl = head.lemma_.lower()
        if self._modal_aux(head) is not None:
            return ""  # "will hold talks to end the war": as future as its verb (the purpose-of rule)
        if tok.i != cur.i and not (tok.tag_ == "VBG" and tok.dep_ == "pcomp") and not any(
                o.dep_ == "dobj" and tok.i in {t.i for t in o.subtree} for o in cur.children):
            return ""  # only the aim itself or what it acts on: not "urged them to end it and promised ...", nor
            #            "asked the EU to end a policy, in the highest-profile protest yet"
        if cur.dep_ in {"xcomp", "advcl", "acl", "relcl"} and cur.tag_ == "VB" and has_to_marker(cur) \
                and not any(c.dep_ in SUBJ | {"nsubjpass"} or (c.dep_ == "mark" and c.lower_ == "for") for c in cur.children):
            if cur.dep_ in {"xcomp", "advcl"} and head.pos_ == "VERB" and head.dep_ != "pcomp" and (hl in EFFORT_VERBS or (
                    hl in DESIGN_VERBS and head.tag_ == "VBN")):  # not "time away from campaigning to attend": misparsed
                return f"effort-to:{hl}"
            if cur.dep_ in {"xcomp", "advcl"} and head.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.i < cur.i and c.lemma_.lower() in EFFORT_NOUNS for c in head.children):
                return f"effort-noun-to:{hl}"  # "launched an initiative to end the war": the parser hung it on the verb
            if cur.dep_ in {"xcomp", "advcl"} and head.pos_ == "VERB" and hl in CONVENING_VERBS \
                    and not (hl == "call" and (head.tag_ in {"VBD", "VBN"})) and any(
                        c.dep_ == "dobj" and c.i < cur.i and c.lemma_.lower() in MEETING_NOUNS for c in head.children):
                # "is calling a meeting to discuss options", "scheduled a session to review it": the meeting is
                # being set up, so what it is to do is still to come ("called a meeting to discuss" may have met)
                return f"meeting-called-to:{hl}"
            if cur.dep_ == "advcl" and cur.i > head.i and cur.lemma_.lower() in ENDING_AIMS and head.pos_ == "VERB":
                # "Uganda sent troops to end the fighting", "deployed police to stop the clashes": an end sought
                # is the purpose's outcome, which the sentence does not report ("met to discuss", "sent troops to
                # attack" tell an act done in the going)
                return f"ending-aim:{hl}"
            if cur.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"} and (hl in EFFORT_NOUNS or head.lower_ in EFFORT_NOUNS):
                return f"effort-noun-to:{hl}"
        if cur.dep_ == "prep" and cur.lower_ in {"on", "about", "over", "toward", "towards", "at"} \
                and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.i == cur.i:
            if head.pos_ in {"NOUN", "PROPN"} and (hl in EFFORT_NOUNS or head.lower_ in EFFORT_NOUNS):
                return f"effort-noun-on:{hl}"
            if head.pos_ == "VERB" and hl in DESIGN_VERBS and head.tag_ == "VBN":
                return f"effort-to:{hl}"
        return ""

    def _future_time_clause(self, clause: Token) -> bool:
        """Whether ``clause`` is a time clause in the present tense ("once", "when", "until", "as soon as")
        whose main clause is in the future ("will", "shall"): its act has not happened yet."""
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in FUTURE_TIME_MARKS), None)
        if mark is None:
            return False
        if mark.lower_ == "as" and not (clause.head.lower_ == "soon" or any(
                c.lower_ == "soon" for c in clause.children)):
            return False  # "as soon as"; a bare "as" is as often "because"
        if not (clause.tag_ in {"VBZ", "VBP"} or (clause.tag_ in {"VBN", "VBG"} and any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in clause.children))):
            return False
        main = clause.head
        for _ in range(2):  # "as soon as": the clause hangs on "soon"
            if main.pos_ in {"VERB", "AUX"}:
                break
            main = main.head
        return any(c.dep_ in {"aux", "auxpass"} and self.lex.modal_auxiliaries.get(aux_word(c)) == "future"
                   for c in main.children)

    def _governor_unreal(self, gov: Token, trig: Token) -> tuple[bool, str, list[str]]:
        """Is the stating verb itself negated or under a condition ("if X threatens to …", "did not
        announce it would …")? Then so is the intent it states. Its auxiliaries do not count: "said it
        would agree to withdraw" still states an intention."""
        if self.own_rules and (elected := _election_condition(gov) or _election_condition(trig)):
            return False, "hypothetical", [f"stated:{elected}"]
        if gov.i == trig.i:
            return False, "asserted", []
        neg, conditions = self._statement_unreal(gov)
        cond = [f"stated:{n}" for n in conditions]
        return neg, "hypothetical" if cond else "asserted", (["stated:neg"] if neg else []) + cond

    def _statement_unreal(self, verb: Token) -> tuple[bool, list[str]]:
        """Is a stating verb negated, and which of its modality notes put it under a condition ("if",
        "unless", "if X says …")? What it states is no more real than the statement itself."""
        neg, _, notes = self.modality(verb)
        return neg, [n for n in notes if n.startswith(("mark:", "reported-conditional:")) or n == "conditional-clause"]

    def _conditional(self, trig: Token) -> bool:
        """Does a condition hang on this verb ("… if the talks fail", "unless its demands are met")?"""
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
                   for c in trig.children)

    def _governor(self, trig: Token) -> Token | None:
        """The verb an unrealised event's clause depends on: "agreed" in "agreed to withdraw"."""
        cur = trig
        for _ in range(3):
            if self.own_rules and cur.dep_ == "dobj" and cur.pos_ == "NOUN" and cur.head.dep_ in {"xcomp", "ccomp"} \
                    and _is_light(cur.head, self.lex) and cur.head.lemma_.lower() not in LEADING_VERBS:
                cur = cur.head  # "vowed to resume attacks", "threatened to launch a strike": what the light verb carries
                continue
            if (cur.dep_ in {"xcomp", "ccomp"} or _hung_infinitive(cur)) and cur.head.pos_ in {"VERB", "AUX"}:
                return cur.head
            if self.own_rules and cur.dep_ == "xcomp" and glad_offer(cur.head):
                return cur.head  # "would be happy to meet Putin"
            if cur.dep_ == "xcomp" and cur.head.pos_ == "ADJ" and cur.head.lemma_.lower() in READY_ADJECTIVES:
                return cur.head  # "said it was prepared to strike"
            if self.own_rules and cur.dep_ == "pobj" and cur.pos_ == "NOUN" and cur.head.lower_ == "for" \
                    and cur.head.head.pos_ == "ADJ" and cur.head.head.lemma_.lower() in READY_ADJECTIVES:
                return cur.head.head  # "said Kyiv was ready for talks"
            if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and cur.head.dep_ == "dobj":
                return cur.head.head  # "announced their intention to lay down arms"
            if self.own_rules and cur.i == trig.i and cur.dep_ == "dobj" and cur.pos_ == "NOUN" \
                    and cur.head.lemma_.lower() in self.lex.order_verbs and cur.head.pos_ == "VERB":
                return cur.head  # "ordered the withdrawal of U.S. troops": the order
            if cur.dep_ == "dobj" and cur.pos_ == "NOUN" and cur.head.lemma_.lower() in COMMITMENT_VERBS:
                return cur.head  # "workers threatened a strike", "promised concessions"
            if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN" \
                    and cur.head.head.dep_ == "dobj" and cur.head.head.head.pos_ == "VERB":
                return cur.head.head.head  # "raised the possibility of banning parties"
            if cur.dep_ == "pobj" and cur.pos_ == "NOUN" and cur.head.lower_ == "of" and cur.head.head.dep_ == "dobj" \
                    and cur.head.head.lemma_.lower() in POSSIBILITY_NOUNS and cur.head.head.head.pos_ == "VERB":
                return cur.head.head.head  # "floated the possibility of a ban"
            if cur.dep_ == "pobj" and cur.head.lower_ == "to" and cur.head.head.lemma_.lower() in {"agree", "commit"}:
                return cur.head.head  # "agreed to a withdrawal"
            if self.own_rules and cur.dep_ == "pobj" and cur.head.lower_ == "for" \
                    and cur.head.head.lemma_.lower() in PREPARING_VERBS and cur.head.head.pos_ == "VERB":
                return cur.head.head  # "was preparing for an invasion"
            if cur.dep_ == "conj" and cur.head.i != cur.i:
                cur = cur.head
                continue
            return None
        return None
