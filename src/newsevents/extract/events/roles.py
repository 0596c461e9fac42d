"""Who does it to whom: sources and targets of a trigger from subjects, objects, phrases and nouns."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.actors import KIN_NOUNS, DocActors, Resolved, compose, dummy_it, in_dateline, named_state
from newsevents.extract.events.modality import Modality
from newsevents.extract.events.records import Candidate, Match
from newsevents.extract.events.syntax import (
    _agent_actor,
    _agreed_terms,
    _aside,
    _capacity,
    _countries_before,
    _is_light,
    _judged_as,
    _members,
    _named_thing,
    _names_object,
    _of_objects,
    _people_of,
    _stance,
    _wanted,
    joined_clause_subject,
)
from newsevents.extract.events.words import (
    ATTITUDE_SINGULARS,
    BORDER_NOUNS,
    CHARACTERIZING_VERBS,
    CLAUSES,
    COERCIVE_ROOTS,
    COMPANION_CODES,
    COOPERATIVE_ROOTS,
    COUNTRY_NOUNS,
    ENABLING_VERBS,
    ENDING_VERBS,
    ENVOY_NOUNS,
    HACKED_NOUNS,
    HOSTILE_ROOTS,
    INHERIT_DEPS,
    JUDGING_VERBS,
    LINKING_ADVERBS,
    LISTING_VERBS,
    NAMING_VERBS,
    OBJECT_PERSON_PRONOUNS,
    OPENING_MARKS,
    OPINION_NOUNS,
    PAIR_NOUNS,
    PARTNER_PREPOSITIONS,
    PARTNER_ROOTS,
    PATIENT_NOUNS,
    PHASE_VERBS,
    POPULATION_NOUNS,
    PROMPTING_VERBS,
    QUESTION_WORDS,
    RANKING_WORDS,
    RELATIVE_ADVERB_NOUNS,
    RESPONDING_VERBS,
    RIOTER_NOUNS,
    SELF_NOUNS,
    SEQUEL_ADVERBS,
    STATE_ONLY_CODES,
    STIRRING_VERBS,
    STRANDED_PREPOSITIONS,
    STRIKER_NOUNS,
    STRIKER_SECTORS,
    SUBJ,
    TIME_PREPOSITIONS,
    UNARMED_SECTORS,
    VICTIM_NAMED_NOUNS,
    VIOLENT_ROOTS,
    WEAPON_USING_VERBS,
    WH_TAGS,
    WITHDRAWING_VERBS,
    WITNESSING_VERBS,
)
from newsevents.nlp.tree import by_agent, has_to_marker, straight_lower


def _object_pronoun_of(verb: Token, ante: Token) -> bool:
    """Is an object of ``verb`` a plain (not reflexive) personal pronoun that agrees with ``ante``?
    Such a pronoun never names its own clause's subject ("they handed them back")."""
    plural = ante.tag_ in {"NNS", "NNPS"}
    words = {"them"} if plural else {"him", "her"}
    return any(c.dep_ in {"dobj", "dative"} and c.lower_ in words for c in verb.children)


def _gerund_owner(verb: Token) -> Token | None:
    """The owner of a gerund ("the United States' backing independence for Kosovo", "his seeing them"): a
    possessive child, or the noun whose possessive marker stands just before it when the parser hung the
    noun elsewhere. The owner does what the gerund says when the gerund has its own object ("Soleimani's
    killing" alone was done to him)."""
    if any(c.dep_ in SUBJ for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    own = next((c for c in verb.children if c.dep_ == "poss" and c.i < verb.i), None)
    if own is not None:
        return own
    if verb.i == 0:
        return None
    mark = verb.doc[verb.i - 1]
    if mark.tag_ == "POS" and mark.head.pos_ in {"NOUN", "PROPN"} and mark.head.i < mark.i and mark.head.head.i != verb.i:
        return mark.head
    return None


def _unshared_subject(verb: Token, first: Token, subj: Token) -> bool:
    """Can the joined ``verb`` not share ``first``'s subject ``subj``? A plain present or bare verb with no
    auxiliary of its own does not agree with a singular noun ("Erdogan has joined ... and admit") nor join
    a perfect or progressive ("has joined ... and admit"), unless a modal or "to" serves both; a past tense
    never shares a modal or "to" ("would soon rebound and praised Kerry")."""
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    helpers = [c for c in first.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" and first.tag_ == "VB" and any(a.tag_ in {"MD", "TO"} for a in helpers):
        return True  # "forecast that the economy would soon rebound and praised Kerry": a past tense takes no modal
    if verb.tag_ not in {"VB", "VBP"}:
        return False
    if any(a.tag_ in {"MD", "TO"} or a.lemma_ == "do" for a in helpers):
        return False
    singular = subj.tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in subj.children)
    perfect = first.tag_ in {"VBN", "VBG"} and any(a.lemma_ in {"have", "be"} for a in helpers)
    return singular or perfect


def _appeal_joined_to_judgement(verb: Token, first: Token, appeal_verbs: frozenset[str] | set[str]) -> bool:
    """Is ``verb`` a past-tense appeal ("called on", "urged") joined to a reported judgement "X was <adjective>"
    that has no subject of its own? The parser hangs it on the copula, but the speaker both judged and appealed."""
    return (verb.tag_ == "VBD" and verb.lemma_.lower() in appeal_verbs and first.lemma_ == "be"
            and first.dep_ == "ccomp" and any(c.dep_ == "acomp" for c in first.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children))


def _for_to_subject(verb: Token) -> Token | None:
    """The subject of an infinitive clause opened by "for" ("For Trump to both encourage that ... raises
    issues", she said): the parser makes the noun the object of a "for" hung on the verb, and the clause then
    seems to inherit the reporting verb's subject. Only when just "to" (and an adverb such as "both") stands
    between the noun and the verb."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i):
        noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        if noun is None or noun.right_edge.i + 1 >= verb.i:
            continue
        between = verb.doc[noun.right_edge.i + 1 : verb.i]
        if between[0].lower_ == "to" and len(between) <= 3 \
                and all(t.pos_ == "ADV" or t.lower_ in {"both", "also", "not"} for t in between[1:]):
            return noun
    return None


def _ranked_subject(tok: Token) -> Token | None:
    """"Singapore is the latest country to announce a boycott", "Sweden became the first state to recognize
    Palestine": a to-infinitive on a ranked noun that completes "be" or "become" is done by that verb's subject (the
    parser hangs it on the noun, and the noun has no actor of its own)."""
    noun = tok.head
    if not (tok.dep_ in {"relcl", "acl"} and has_to_marker(tok) and noun.dep_ in {"attr", "oprd"}
            and noun.head.lemma_ in {"be", "become"}
            and any(c.dep_ == "amod" and c.lower_ in RANKING_WORDS for c in noun.children)):
        return None
    return next((c for c in noun.head.children if c.dep_ in SUBJ), None)


def _judged_object(noun: Token) -> Token | None:
    """The object of a verb of judging ("attacked", "praised", "blamed") that ``noun`` is or is joined to: the
    first of the objects, which a "for"-gerund after the last of them is said of."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    if first.dep_ == "dobj" and first.head.pos_ == "VERB" and first.head.lemma_.lower() in JUDGING_VERBS:
        return first
    return None


def _infinitive_owner(noun: Token, modal_nouns: Container[str]) -> tuple[Token, str] | None:
    """Who does the to-infinitive on ``noun``, by whose it is: a named possessor ("protested against Helsinki's
    decision to close the border", "Russia's bid to take Kyiv"), unless a "to"/"on" phrase names whom the noun
    asks ("Biden's call on Congress to approve aid" asks Congress; "the government's decision" may be the
    subject's); any possessor of a modal noun ("criticized Egypt's failure to halt the fighting", "welcomed Iran's
    plan to talk"), not of others (an owned "decision to revoke" is often a deed done long before). Not who
    speaks of the noun."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    named = next((c for c in owners if c.pos_ == "PROPN"), None)
    if named is not None and not any(c.dep_ == "prep" and c.lower_ in {"to", "on", "upon"} for c in noun.children):
        return named, f"possessor-of:{noun.lemma_}"
    if owners and noun.lemma_.lower() in modal_nouns:
        return owners[0], f"noun-owner:{noun.lemma_}"
    return None


def _fronted_subject(t: Token) -> Token | None:
    """The first of the conjoined nouns ending at ``t`` when they open the clause after a comma that
    closes a phrase the sentence begins with ("After talks in Doha, Qatar and Egypt said", "Following
    a week of clashes, Tajikistan and Kyrgyzstan signed"), misread as joined to that phrase's last noun."""
    cur = t
    for _ in range(6):
        if cur.dep_ != "conj" or cur.head.i >= cur.i:
            return None
        before = t.doc[cur.left_edge.i - 1] if cur.left_edge.i > t.sent.start else None
        if before is not None and before.text == ",":
            opener = t.sent[0]
            fronted = opener.dep_ in {"prep", "advcl", "npadvmod", "mark"} or opener.tag_ in {"IN", "VBG", "VBN"}
            return cur if fronted and cur.head.i < before.i else None
        cur = cur.head
    return None


def _absolute_subject(verb: Token) -> Token | None:
    """The noun that opens a participle clause the parser hung on the verb as an adverbial noun ("a sniper
    targeting and killing five officers"): it stands just before the participle and is no date or time."""
    if verb.tag_ != "VBG":
        return None
    return next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ in {"NOUN", "PROPN"}
                 and c.right_edge.i == verb.i - 1 and c.ent_type_ not in {"DATE", "TIME"}
                 and not any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)), None)


def _asked_for(clause: Token, verb: Token, appeal_verbs: frozenset[str]) -> Token | None:
    """The one a call is addressed to when its infinitive clause has a subject of its own ("called for Russia
    to withdraw", "is calling for all candidates to release their plans"): the parser makes "for" the
    clause's mark and the addressee its subject. Not something new that is wanted ("called for a special
    prosecutor to investigate": no one is asked yet)."""
    if clause.head.i != verb.i or verb.lemma_.lower() not in appeal_verbs or not has_to_marker(clause) \
            or not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or (subj.pos_ == "NOUN" and any(g.dep_ == "det" and g.lower_ in {"a", "an"} for g in subj.children)
                        and not any(t.ent_type_ in {"ORG", "GPE", "NORP"} for g in subj.lefts for t in g.subtree)):
        return None
    return subj


def _asked_to_do(clause: Token, verb: Token, appeal_verbs: frozenset[str]) -> bool:
    """Is ``clause`` what a call "for X to VERB" asks X to do, hung on the call with X as the object of its
    "for" ("called for the former secretary to release her speeches to bankers")? Whom the act asked for
    reaches is not whom the call is addressed to."""
    if clause.dep_ not in {"advcl", "xcomp"} or clause.head.i != verb.i or verb.lemma_.lower() not in appeal_verbs \
            or not has_to_marker(clause) or any(c.dep_ in SUBJ | {"nsubjpass"} for c in clause.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and c.i < clause.i and c.right_edge.i + 1 == clause.left_edge.i
               and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _done_by_object(clause: Token, verb: Token) -> bool:
    """Is ``clause`` what a person the verb acts on is to do ("invited Xi to visit Moscow", "urged him to
    leave Syria")? Whom that act reaches is the invitee's business; the verb's own target is the invitee."""
    if clause.dep_ != "xcomp" or clause.head.i != verb.i or not has_to_marker(clause):
        return False
    return any(c.dep_ == "dobj" and c.i < clause.i and (c.ent_type_ == "PERSON" or c.pos_ == "PRON")
               for c in verb.children)


def _undated_subject(subjects: list[Token]) -> Token | None:
    """The first of a clause's subjects that is not its dateline ("MOSCOW, March 3 (Reuters) - Russia expelled
    ...", "PHILADELPHIA, July 25 (UPI) — The DNC released a statement, offering an apology": the parser's first
    subject is the dateline), for the verb and for the participles that inherit its subject. "New York (AFP) –
    Vice President Joe Biden hit the trail": a dateline subject with the real one hung on it as an apposition
    after its dash leaves that apposition."""
    for c in subjects:
        after = next((a for a in c.children if a.dep_ == "appos" and not in_dateline(a.doc[a.i : a.i + 1])), None) \
            if in_dateline(c.doc[c.i : c.i + 1]) else None
        if after is not None:
            return after
        if not in_dateline(c.doc[c.left_edge.i : c.right_edge.i + 1]):
            return c
    return subjects[0] if subjects else None


def _verb_held_by(noun: Token, forceful: bool) -> Token | None:
    """The "by" phrase of an event noun that the parser hung on the active verb whose object the noun is
    ("recalled a visit to his church by X", "denounced the strike on its embassy by Y"): an active verb with
    an object has no agent of its own, so a "by" right after the object's phrase names who did the noun's
    act. So for the noun a verb's preposition governs ("referring to air strikes against X by Y"). Not a
    gerund's means ("by using", a "by" with no noun object)."""
    governed = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ != "by"
    verb = noun.head.head if governed else noun.head
    if (noun.dep_ != "dobj" and not governed) or verb.pos_ != "VERB" \
            or any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in verb.children):
        return None
    # hung on the verb right after the object's phrase, or on the last noun of the object's "on", "against"
    # or "to" phrase ("the strike on its embassy by Israel": an embassy does not act by anyone), and of
    # the "of" phrase of force ("the bombing of a school by X"; the noun's own "of ... by" is read for every act
    # by the of-by rule in noun_roles) (or on the verb itself, right after the object: "denounced the strike on
    # its embassy")
    preps = [*noun.children, *(c for c in verb.children if c.i == noun.right_edge.i + 1)]
    heads = {"on", "against", "to", "of"} if forceful else {"on", "against", "to"}
    holders = [verb, *(g for c in preps if c.dep_ == "prep" and c.lower_ in heads for g in c.children if g.dep_ == "pobj")]
    by = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
               and (h.i != verb.i or c.i == noun.right_edge.i + 1)), None)
    pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    return pobj if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} else None


class Roles(Modality):
    """Adds the actors of a trigger: its source and target, through the document's actors."""

    # ---- structure helpers ----------------------------------------------------------------------
    def _relative_antecedent(self, pron: Token, verb: Token) -> Token | None:
        if verb.dep_ == "relcl":
            before = pron.nbor(-1) if pron.i > pron.sent.start else None
            if self.own_rules and before is not None and before.pos_ in {"NOUN", "PROPN"} and before.i != verb.head.i \
                    and verb.head.i < before.i and any(t.pos_ == "VERB" for t in pron.doc[verb.head.i + 1 : before.i]):
                # "Clinton Under Pressure To Repudiate General Who Called For ...": the clause hung on a noun across
                # a verb; its antecedent is the noun just before the pronoun
                return before
            if self.own_rules and pron.lower_ == "which" and verb.head.lemma_.lower() not in self.lex.accident_nouns:
                # "survivors of the earthquake in Turkey, which killed 50,000": a "which" clause the parser hung on
                # the noun before a disaster is the disaster's ("which" names a thing, and a disaster kills)
                # ("the earthquake in Morocco, which killed 3,000": hung on the disaster's place, it is the disaster's)
                place = verb.head
                while place.dep_ == "conj" and place.head.i != place.i:
                    place = place.head
                owner = place.head.head if place.dep_ == "pobj" and place.head.dep_ == "prep" else None
                disaster = next((t for t in reversed(pron.doc[verb.head.i + 1 : pron.i])
                                 if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.accident_nouns), None)
                if disaster is None and owner is not None and owner.lemma_.lower() in self.lex.accident_nouns:
                    disaster = owner
                if disaster is not None:
                    return disaster
            return verb.head
        if self.own_rules and verb.dep_ == "ccomp" and pron.lower_ in {"who", "what"} and verb.head.dep_ != "relcl" \
                and (verb.head.lemma_.lower() in self.lex.speech_verbs or verb.head.lemma_.lower() in QUESTION_WORDS):
            return None  # "did not say who attacked the base": an embedded question names nobody
        if self.own_rules and verb.dep_ == "conj" and pron.lower_ in {"who", "which"}:
            # "a president who authorized the raid that killed X and who hoped to leave office": a second "who"
            # clause the parser joined to a nearer verb repeats the first one's antecedent
            cur = verb
            for _ in range(6):
                if cur.head.i == cur.i:
                    break
                cur = cur.head
                if cur.dep_ == "relcl" and any(c.dep_ in SUBJ and c.lower_ == pron.lower_ for c in cur.children):
                    return cur.head
        for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
            if t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"DATE", "TIME"}:
                return t
        return None

    def _relative_object(self, t: Token | None) -> Token | None:
        """What an object relative pronoun stands for: "the rebels that the army attacked", "Gulen, whom
        Erdogan accuses of plotting", "the town which the army fired on" name the noun the clause hangs on
        as what was acted on (the pronoun itself names nobody). Other tokens are kept."""
        if not self.own_rules or t is None or t.lower_ not in self.lex.relative_pronouns or t.lower_ == "whose" \
                or t.dep_ not in {"dobj", "pobj", "dative"}:
            return t
        clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
        if clause is None or t.i > clause.left_edge.i + 1 or t.i > clause.i:
            return t  # the pronoun opens the clause ("on which"), or it is no relative ("attacked that")
        if t.pos_ != "PRON" and (t.head.i != clause.i or any(x.pos_ in {"VERB", "AUX"} for x in t.doc[t.i + 1 : clause.i])):
            return t  # a "that" tagged a conjunction is the clause's object only right before its subject and verb
        ante = self._relative_antecedent(t, clause)
        if ante is None or (t.lower_ == "which" and ante.ent_type_ == "PERSON"):
            return t  # "allegations that he assaulted Ivana Trump, which he denied": a "which" is never a person
        return ante

    def _relative_gap(self, verb: Token) -> Token | None:
        """The noun a that-less object relative hangs on: "the rebels the army attacked", "the country the
        president visited" leave the object unsaid, and it is that noun (and "the town which the army fired
        on" leaves its preposition's object at the clause's start). Not a clause that says when, where
        or how ("the day the army attacked", "the way they fought"), nor one whose object is elsewhere."""
        head = verb.head
        if not self.own_rules or verb.dep_ != "relcl" or head.i > verb.i or head.pos_ not in {"NOUN", "PROPN"} \
                or head.ent_type_ in {"DATE", "TIME"} or head.lemma_.lower() in RELATIVE_ADVERB_NOUNS:
            return None
        children = list(verb.children)
        stranded = next((g for c in children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in STRANDED_PREPOSITIONS
                         for g in c.children if g.dep_ == "pobj" and g.i < verb.i), None)
        if stranded is not None:  # "the town which the army fired on": the pronoun left its preposition behind
            ante = self._relative_object(stranded)
            return ante if ante is not None and ante.i != stranded.i else None
        if any(t.tag_ in WH_TAGS or t.lower_ in self.lex.relative_pronouns or t.pos_ == "ADP"
               for t in verb.doc[verb.left_edge.i : verb.i]) \
                or any(c.dep_ in {"dobj", "ccomp", "xcomp", "nsubjpass", "auxpass", "mark", "dative"} for c in children) \
                or not any(c.dep_ == "nsubj" and c.i < verb.i for c in children):
            return None
        return head

    def _conjunct_agent(self, verb: Token) -> Token | None:
        """The "by" phrase of a participle joined to an adverse passive verb that has none: "the embassy was stormed and
        set on fire by protesters", "shelled and then overrun by Russian troops" (both participles share the one
        subject and, being of a kind, the doer). Not when the second participle has a subject of its own, nor when it
        is an act of another kind or a later one ("were kidnapped and later freed by the army", "was ambushed and
        later rescued by soldiers": the rescuers did not ambush)."""
        adverse = HOSTILE_ROOTS | {"10", "11", "12"}
        first = self.best(verb, noun=False)
        if first is None or first[0].code[:2] not in adverse:
            return None
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            if any(g.dep_ in SUBJ | {"nsubjpass"} for g in conj.children):
                continue
            second = self.best(conj, noun=False)
            if second is not None and second[0].code[:2] not in adverse:
                continue
            if second is None and any(g.dep_ == "advmod" and g.lower_ in SEQUEL_ADVERBS for g in conj.children):
                continue
            if (by := by_agent(conj)) is not None:
                return by
        return None

    def _subject(self, tok: Token) -> tuple[Token | None, str]:
        """The subject token of ``tok`` (following passives, relatives, controls), and how it was found."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        if not passive and self.own_rules and tok.tag_ == "VBN" and tok.dep_ == "acl" \
                and any(c.dep_ == "agent" for c in tok.children):
            passive = True  # "a rocket fired by Hamas": the agent of a reduced relative does it
        if not passive and self.own_rules and any(c.dep_ == "agent" for c in tok.children) \
                and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) \
                and (tok.tag_ == "VBN" or (tok.tag_ == "VBD" and not any(c.dep_ in SUBJ for c in tok.children))):
            # "said the Iranians released by the United States were ...": a participle with a "by" agent and no
            # "have" is passive, even when the parser gave it the noun before it as a subject; and a past tense
            # with a "by" agent and no subject is a participle misread ("agonized over embassy workers held
            # hostage by Iran", parsed as a second verb of Carter's)
            passive = True
        if not passive and self.own_rules and tok.dep_ == "conj" and any(c.dep_ == "agent" for c in tok.children) \
                and any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.head.children):
            passive = True  # "was shelled and then overrun by Russian troops": the second participle is passive too
        if not passive and self.own_rules and tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i \
                and not any(c.dep_ in SUBJ | {"aux", "auxpass", "nsubjpass"} for c in tok.children) \
                and (tok.left_edge.i == tok.i == tok.sent.start
                     or (tok.left_edge.i == tok.i - 1 == tok.sent.start and tok.left_edge.lower_ in OPENING_MARKS)):
            # "When offered the chance to speak, Trump declined", "Asked about the deal, she said": a bare past
            # participle opening a clause is passive; the main clause's subject is offered or asked, no doer
            passive = True
        if passive:
            if (by := by_agent(tok)) is not None:
                return by, "passive-agent"
            late = _late_agent(tok) if self.own_rules else None
            if late is not None:
                return late, "passive-agent"
            shared = self._conjunct_agent(tok) if self.own_rules else None
            return (shared, "passive-agent-of-conjunct") if shared is not None else (None, "passive-no-agent")
        subjects = [c for c in tok.children if c.dep_ in SUBJ]
        if not subjects and self.own_rules:
            # "concern that the businessman was encouraging violence" parsed with the subject under the
            # auxiliary: the clause has its own subject all the same
            # (not "This Democrat Isn't Challenging Her Opponent", whose negation hangs there too)
            subjects = [g for a in tok.children if a.dep_ in {"aux", "auxpass"} and a.i < tok.i
                        and not any(n.dep_ == "neg" or straight_lower(n) in {"not", "n't"} for n in a.children)
                        for g in a.children if g.dep_ in SUBJ and g.i < a.i]
        subj = _undated_subject(subjects)
        if subj is not None:
            if subj.lower_ in self.lex.relative_pronouns:
                ante = self._relative_antecedent(subj, tok)
                return ante, "relative"
            return subj, "subject"
        if self.own_rules and (ranked := _ranked_subject(tok)) is not None:
            return ranked, "ranked-infinitive"
        if self.own_rules and (opener := _for_to_subject(tok)) is not None:
            return opener, "for-to-subject"
        if self.own_rules and tok.dep_ in {"advcl", "conj"} and (real := self._reduced_relative_misparse(tok.head)) is not None \
                and real.i == tok.i:  # the same token, not the same object: spaCy makes a new Token per access
            # "Kenyan police deployed to Haiti exchanged fire": the police are the subject of the real verb
            return next(c for c in tok.head.children if c.dep_ == "nsubj"), "subject-of-misparsed-participle"
        if self.own_rules and (joined := joined_clause_subject(tok)) is not None:
            return joined, "joined-clause-subject"  # "extended a state of emergency and soldiers patrolled ..."
        # "expelled the ambassador after Addis Ababa signed a deal": a verb the parser joined to the main one with
        # no "and" or comma between them is a clause of its own, whose subject it lost
        unjoined = self.own_rules and tok.dep_ == "conj" and tok.head.i < tok.i and not any(
            x.dep_ == "cc" or x.text in {",", ";"} for x in tok.doc[tok.head.i + 1 : tok.i])
        if tok.tag_ in {"VBD", "VBZ", "VBP"} and (tok.dep_ not in {"conj"} or unjoined):
            # a finite verb has its own subject; when the parser lost it ("after a mob laid siege"),
            # it is the noun just before the verb, misread as the object of a subordinator
            for t in reversed(list(tok.doc[max(tok.sent.start, tok.i - 6) : tok.i])):
                if t.ent_type_ in {"DATE", "TIME"} or t.pos_ in {"ADV", "DET", "ADJ", "PUNCT", "NUM"}:
                    continue
                if t.pos_ in {"NOUN", "PROPN", "PRON"} and t.dep_ == "pobj" and t.head.lower_ in {"after", "before", "as", "when", "since", "while", "until", "once"}:
                    return t, "misparsed-subordinate-subject"
                if unjoined:
                    break
                if self.own_rules and t.pos_ in {"NOUN", "PROPN"} and t.dep_ == "conj" \
                        and (first := _fronted_subject(t)) is not None:
                    # "Following a week of clashes along the border, Tajikistan and Kyrgyzstan signed": the
                    # parser joined the subject to the last noun of the phrase before the comma
                    return first, "misparsed-fronted-subject"
                break
            if not unjoined:
                return None, "none"
        if self.own_rules and tok.tag_ == "VBG" and tok.dep_ in {"xcomp", "advcl", "ccomp", "oprd"} \
                and tok.head.lemma_.lower() in WITNESSING_VERBS and (seen := next(
                    (c for c in tok.head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"}
                     and c.i < tok.i and c.right_edge.i == tok.i - 1), None)) is not None:
            # "the FBI recorded him instructing a witness", "caught them stealing": the one seen does it, and in
            # "showed videos of Trump insulting X", "footage of troops firing" the one filmed
            seen = next((g for g in _of_objects(seen) if g.right_edge.i == tok.i - 1), seen)
            return seen, f"object-seen:{tok.head.lemma_.lower()}"
        if self.own_rules and tok.tag_ == "VBG" and (owner := _gerund_owner(tok)) is not None:
            return owner, "possessive-gerund"  # "complained about the United States' backing independence for X"
        if self.own_rules and (absolute := _absolute_subject(tok)) is not None:
            # "the shootings and a sniper targeting and killing five officers, the governor said": the
            # noun that opens a participle clause does it, not the main clause's subject
            return absolute, "absolute-subject"
        # "for helping", and "for having helped" (a perfect gerund) as well
        gerund = tok.tag_ == "VBG" or (self.own_rules and tok.tag_ == "VBN"
                                       and any(a.dep_ == "aux" and a.lower_ == "having" for a in tok.children))
        cur = tok
        for _ in range(5):
            if (cur.dep_ in INHERIT_DEPS or (self.own_rules and _linking_adverb(cur))) and cur.head.i != cur.i:
                via = cur.dep_
                prep = cur if via == "prep" and cur.lower_ in {"for", "of"} and tok.dep_ == "pcomp" \
                    and tok.head.i == cur.i and gerund else None
                came, cur = cur, cur.head
                if self.own_rules and via == "conj" and cur.pos_ == "VERB" and (opener := _for_to_subject(cur)) is not None:
                    return opener, "for-to-subject"  # "For Trump to both encourage that and to praise Putin ..."
                if self.own_rules and via == "acl" and came.i == tok.i and has_to_marker(tok) and cur.pos_ == "NOUN" \
                        and (owned := _infinitive_owner(cur, self.lex.modal_nouns)) is not None:
                    return owned  # "Helsinki's decision to close the border", "Egypt's failure to halt the fighting"
                if self.own_rules and via == "conj" and (absolute := _absolute_subject(cur)) is not None:
                    return absolute, "absolute-subject"  # "a sniper targeting and killing": both are the sniper's
                if self.own_rules and via == "conj" and cur.dep_ == "acl" and cur.tag_ == "VBG" \
                        and cur.head.pos_ in {"NOUN", "PROPN"}:
                    return cur.head, "participle-head"  # "a gunman targeting and killing two officers"
                if self.own_rules and prep is not None and cur.dep_ in {"dobj", "nsubjpass"} \
                        and cur.head.lemma_.lower() in JUDGING_VERBS:
                    return cur, f"object-of:{cur.head.lemma_}"  # "convicted the colonel of killing …"
                if self.own_rules and prep is not None and cur.dep_ == "acl" and cur.tag_ == "VBN" \
                        and cur.head.pos_ in {"NOUN", "PROPN"} and cur.lemma_.lower() in JUDGING_VERBS | {"suspect"}:
                    # "arrested three men suspected of planning an attack", "a student accused of helping
                    # militants": the one the participle describes did it, not the main clause's subject
                    return cur.head, f"participle-head-of:{cur.lemma_}"
                if self.own_rules and prep is not None and prep.lower_ == "for" and cur.pos_ in {"NOUN", "PROPN"} \
                        and (judged := _judged_object(cur)) is not None:
                    # "attacked GOP voters, lawmakers, and thinkers for opposing X": the parser hung "for" on the
                    # last object; the ones attacked did it, not who attacks
                    return judged, f"object-of:{judged.head.lemma_}"
                if self.own_rules and prep is not None and cur.lemma_.lower() in JUDGING_VERBS | CHARACTERIZING_VERBS:
                    # "jailed a student for helping militants", "accused Russia of arming the rebels",
                    # "thanked China for helping": the one jailed, accused or thanked did it; "cast the candidate
                    # as divisive for proposing a ban": so did the one portrayed
                    doer = next((c for c in cur.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < prep.i
                                 and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)
                    if doer is not None:
                        return doer, f"object-of:{cur.lemma_}"
                if self.own_rules and prep is not None and prep.lower_ == "for" and cur.pos_ == "VERB" \
                        and (doer := next((g for k in cur.children if k.dep_ == "prep" and k.lower_ in {"at", "against"}
                                           and k.i < prep.i for g in k.children
                                           if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN", "PRON"}), None)) is not None:
                    # "lashed out at Turkey for having shot down a jet", "railed against the banks for
                    # gouging": the one railed at did it, not who rails
                    return doer, f"blamed-at:{cur.lemma_}"
                if self.own_rules and via == "xcomp" and came.i == tok.i and cur.lemma_.lower() in RESPONDING_VERBS \
                        and has_to_marker(tok):
                    # "Rubio Responds To Question About ...": after "respond to" comes what is answered, a noun the
                    # parser read as an infinitive; the one who responds did not ask it
                    return None, f"answered:{cur.lemma_}"
                if cur.pos_ in {"VERB", "AUX", "ADJ"}:  # "is about to restore", "ready to talk"
                    ctrl = next((c for c in cur.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)
                    if self.own_rules and ctrl is None and cur.lemma_.lower() in self.lex.appeal_verbs and (
                            via == "xcomp" or (via == "advcl" and has_to_marker(came))) and (asked := next(
                                (g for k in cur.children if k.dep_ == "prep" and k.lower_ in {"to", "on", "upon"}
                                 and k.i < came.i for g in k.children
                                 if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN", "PRON"}), None)) is not None:
                        # "appealed to both sides to let aid in", "called on Sudan to allow": the one appealed to
                        return asked, f"appealed-to:{cur.lemma_}"
                    if via == "xcomp" and ctrl is not None and (cur.lemma_.lower() in self.lex.appeal_verbs or (
                            self.own_rules and cur.lemma_.lower() in self.lex.order_verbs and came.i == tok.i
                            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in ctrl.children)
                            and not any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in cur.children))):
                        return ctrl, f"object-control:{cur.lemma_}"  # "urged lawmakers to take", "ordered Israel to halt"
                    if self.own_rules and via == "xcomp" and ctrl is not None and (came.i == tok.i or (
                            tok.dep_ == "xcomp" and tok.head.i == came.i and came.lemma_.lower() in PHASE_VERBS)) \
                            and cur.lemma_.lower() in PROMPTING_VERBS | ENABLING_VERBS:
                        # and through a verb of phase: "prompting Washington to begin withdrawing its troops"
                        if ctrl.lower_ in self.lex.relative_pronouns:  # "the troops that Obama authorized to assist"
                            return self._relative_antecedent(ctrl, cur), f"object-caused:{cur.lemma_}"
                        return ctrl, f"object-caused:{cur.lemma_}"  # "prompting China to ban", "forced Israel to recall"
                    s = _undated_subject([c for c in cur.children if c.dep_ in SUBJ]) if self.own_rules \
                        else next((c for c in cur.children if c.dep_ in SUBJ), None)
                    if self.own_rules and via == "conj" and came.i == tok.i and s is not None and cur.dep_ == "ccomp" \
                            and _unshared_subject(tok, cur, s) \
                            and (up := next((c for c in cur.head.children if c.dep_ in SUBJ), None)) is not None:
                        # "Gulf sources believe Erdogan has joined the axis, and admit that ...": a bare verb cannot
                        # share a singular subject or a perfect's auxiliary, so it joins the verb that says
                        return up, f"inherited:{cur.head.lemma_}"
                    if self.own_rules and via == "conj" and came.i == tok.i and s is not None \
                            and _appeal_joined_to_judgement(tok, cur, self.lex.appeal_verbs) \
                            and (up := next((c for c in cur.head.children if c.dep_ in SUBJ), None)) is not None:
                        # "said the detention was unacceptable and called on Moscow to free him": a judgement
                        # of a thing makes no appeal; the one who said it does
                        return up, f"judge-and-appeal:{cur.head.lemma_}"
                    if s is not None:
                        if s.lower_ in self.lex.relative_pronouns:
                            ante = self._relative_antecedent(s, cur)
                            if self.own_rules and via == "conj" and ante is not None and cur.dep_ == "relcl" \
                                    and ante.dep_ in {"dobj", "pobj"} and _object_pronoun_of(tok, ante):
                                # "arrested soldiers who crossed the border and handed them back": "them" are
                                # the soldiers, so the soldiers are not who handed them back; the joined verb
                                # is the main clause's, and so is its subject
                                main = ante.head.head if ante.dep_ == "pobj" else ante.head
                                ms = next((c for c in main.children if c.dep_ in SUBJ), None)
                                if ms is not None and ms.lower_ not in self.lex.relative_pronouns:
                                    return ms, "main-subject-of-joined-verb"
                            return ante, "inherited-relative"
                        return s, f"inherited:{cur.lemma_}"
                    raised = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
                    if raised is not None:
                        # "Obama is scheduled to attend", "X was forced to withdraw": the passive
                        # subject does what the infinitive says; other clauses stop here
                        if via in {"xcomp", "acomp"}:
                            if self.own_rules and raised.lower_ in self.lex.relative_pronouns:
                                # "Brown, who was persuaded to support Cruz": whom the relative stands for
                                return self._relative_antecedent(raised, cur), f"raised:{cur.lemma_}"
                            return raised, f"raised:{cur.lemma_}"
                        break
            else:
                break
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return tok.head, "participle-head"  # "the demonstrators, demanding an end to …", "a letter condemning X"
        return None, "none"

    def _attribution(self, tok: Token, actors: DocActors) -> Resolved | None:
        cur = tok
        for _ in range(6):
            if cur.head.i == cur.i:
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
        if patient and self.own_rules and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                                              for c in noun.children):
            # "the government's killing of terrorists": with its own "of" object the owner is who does it
            # ("his killing" alone is done to him)
            patient = False
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
            elif c.dep_ in {"compound", "amod", "nmod"} and (stance := _stance(c)) is not None:
                # "anti-government protests": the government is what is opposed, never who acts;
                # "pro-Iran rallies": the supported side neither acts nor is acted on
                r = actors.resolve(c) if stance == "anti" and target is None else None
                if r is not None and r.code:
                    target = r
                    how.append("anti=target")
            elif c.dep_ in {"compound", "amod", "nmod"} and source is None \
                    and not (self.own_rules and c.dep_ == "amod" and c.pos_ == "ADJ" and (c.lower_ == "general" or (
                        c.lower_ == "public" and ((kind := self.best(noun, noun=True)) is None or kind[0].code[:2] != "14")))) \
                    and not (self.own_rules and c.dep_ == "amod" and (named := self.best(noun, noun=True)) is not None
                             and named[2] is not None and named[2].i == c.i):
                # "a general strike": the adjective is no army general; "public criticism", "public allegations": the
                # adjective says the words were said openly, not that the public said them ("public protests" are
                # the public's); "military aid": the kind of aid its pattern names, not the army giving it
                r = actors.resolve(c)
                if (r is None or not r.code) and c.dep_ == "compound":
                    # "Israeli tank shelling", "a US drone strike": the actor modifies the compound
                    r = next((actors.resolve(g) for g in c.children if g.dep_ in {"amod", "compound", "nmod"}
                              and actors.mention_for(g) is not None), None)
                if r is not None and r.code and self.own_rules and (noun.lemma_.lower() in VICTIM_NAMED_NOUNS or (
                        noun.lemma_.lower() in HACKED_NOUNS and c.dep_ == "compound" and r.kind != "country")):
                    if target is None:
                        target = r  # "the Armenian genocide": the Armenians suffered it; "the DNC hack" too
                        how.append(f"{c.dep_}=victim")
                elif r is not None and r.code and not r.rule.startswith("place:") and not (
                        self.own_rules and c.dep_ == "compound" and r.rule.endswith(":capital")
                        and (kind := self.best(noun, noun=True)) is not None and kind[0].code[:2] in VIOLENT_ROOTS):
                    # "the San Bernardino attack", "a Florida nightclub shooting": a city or state named
                    # before the noun is where it happened, not who did it (a country stays the actor:
                    # "a US drone strike"; a capital too as an owner, "Moscow's airstrikes", but not as a
                    # bare name before force: "the Paris attacks", "the London bombings" were there)
                    source = r
                    how.append(f"{c.dep_}=source")
            elif c.dep_ in {"prep", "agent"} and c.lower_ == "by":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                r = actors.resolve(pobj) if pobj is not None else None
                if r is not None:
                    source = r
                    how.append("by=source")
            elif c.dep_ == "prep" and c.lower_ == "from" and source is None and self.own_rules and not patient \
                    and noun.lemma_.lower() not in SELF_NOUNS and noun.lower_ not in SELF_NOUNS:
                # "threats from the government", "aid from Japan", "criticism from the opposition": who it
                # comes from does it ("release from prison", "withdrawal from Iraq": where, not who;
                # "attacks from a rival" in politics are words, so fighting keeps to its own phrase)
                kind = self.best(noun, noun=True)
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                r = actors.resolve(pobj) if pobj is not None and kind is not None \
                    and kind[0].code[:2] not in VIOLENT_ROOTS | {"08"} else None
                if r is not None and r.code:
                    source = r
                    how.append("from=source")
            elif c.dep_ == "acl" and c.tag_ == "VBN" and source is None and self.own_rules:
                source = self._user_of(noun, actors)
                how += ["used-by=source"] if source is not None else []
            elif c.dep_ == "prep" and c.lower_ == "of" and source is None and (
                    noun.lemma_.lower() in SELF_NOUNS or noun.lower_ in SELF_NOUNS):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                r = actors.resolve(pobj) if pobj is not None else None
                if r is not None:
                    source = r  # "the withdrawal of Russian troops", "the resignation of the minister"
                    how.append("of=source")
            elif c.dep_ == "prep" and c.lower_ in {"on", "against", "of", "in", "at", "targeting", "to"} and target is None:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                r = actors.resolve(pobj) if pobj is not None else None
                if (r is None or not r.code) and pobj is not None and c.lower_ in {"on", "against", "targeting"}:
                    # "a strike against an Islamic State target southwest of Baghdad"
                    # an adjective is no actor there: "protests against the official result" ("official" is not
                    # an official)
                    r = next((x for t in pobj.subtree if t.i != pobj.i and t.dep_ != "poss"
                              and not (self.own_rules and t.pos_ == "ADJ" and t.dep_ == "amod")
                              and (x := actors.resolve(t)) is not None and x.code and x.kind != "country"), r)
                if r is not None and c.lower_ in {"on", "against", "of", "targeting", "to"}:
                    target = r
                    how.append(f"{c.lower_}=target")
            elif c.dep_ == "prep" and c.lower_ == "between" and source is None and target is None and self.own_rules \
                    and noun.lower_ not in ATTITUDE_SINGULARS:
                # "a ceasefire between the army and the rebels": the two sides named are its parties
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                sides = [r for r in self._all(actors, _members(pobj, actors)) if r is not None and r.code] \
                    if pobj is not None else []
                if len(sides) >= 2:
                    source, target = sides[0], sides[1]
                    how.append("between=source,target")
        if source is None and self.own_rules and (by := _verb_held_by(noun, (kind := self.best(noun, noun=True)) is not None
                                                                     and kind[0].code[:2] in VIOLENT_ROOTS | COERCIVE_ROOTS)) is not None:
            r = actors.resolve(by)
            if r is not None:
                source = r  # "recalled a visit to his church by X", "denounced the strike on its embassy by Y"
                how.append("by-on-verb=source")
        if source is None and self.own_rules:
            # "the expulsion of the ambassador by Chad", "the arrest of the opposition leader by police": the
            # parser hangs the noun's "by" phrase on its "of" object
            agent = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj"
                          for b in o.children if b.dep_ in {"prep", "agent"} and b.lower_ == "by"
                          for g in b.children if g.dep_ == "pobj"), None)
            r = actors.resolve(agent) if agent is not None else None
            if r is not None and r.code:
                source = r
                how.append("of-by=source")
        if source is None and self.own_rules:
            # "the sanctions, which Washington imposed on Monday", "the strikes Israel carried out", "the curfew that
            # was imposed by the army": who stages the noun in a relative clause on it does it, as the subject of
            # a clause whose object it is does ("Washington imposed sanctions")
            for rc in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in self.lex.sponsor_verbs
                       and c.lemma_.lower() not in ENDING_VERBS):
                wh = [g for g in rc.subtree if g.tag_ in {"WDT", "WP"}]
                if any(g.dep_ not in {"dobj", "nsubjpass"} for g in wh) or any(
                        g.dep_ in {"dobj", "oprd", "xcomp", "ccomp"} and g not in wh for g in rc.children):
                    # "the sanctions, which began on Monday", "talks in which the leaders pledged ...", "the
                    # massacre, which he called an evil act": the noun is not what the clause stages
                    continue
                if rc.tag_ not in {"VBD", "VBN"}:
                    continue  # "a threat many people make but few keep": a habit, no act
                doer = next((g for g in rc.children if g.dep_ == "nsubj"), None) or by_agent(rc)
                r = actors.resolve(doer) if doer is not None else None
                if r is not None and r.code:
                    source = r
                    how.append(f"staged-in-relative-clause=source:{rc.text}")
                    break
        if target is None and self.own_rules:
            target, whence = self._staged_against(noun, actors)
            how += [whence] if target is not None else []
        return source, target, ",".join(how)

    def _staged_against(self, noun: Token, actors: DocActors) -> tuple[Resolved | None, str]:
        """Whom an event noun is aimed at when the verb that stages it says so: "attacks carried out
        against the country's journalists", "the raid was launched against the rebels' base" — the
        "against" of the staging verb is the noun's own (a date or place after "on" or "in" is not)."""
        verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and _is_light(c, self.lex)]
        if noun.dep_ == "nsubjpass" and _is_light(noun.head, self.lex):
            verbs.append(noun.head)
        for v in verbs:
            for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ in {"against", "targeting"}):
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                r = actors.resolve(pobj) if pobj is not None else None
                if r is not None and r.code:
                    return r, f"staged-{p.lower_}=target:{v.text}"
        return None, ""

    def _foreign_place(self, tok: Token, sources: list[Resolved | None]) -> Resolved | None:
        """Foreign activists protesting in Beijing protest against China; a country's own
        people protesting at home have no target the place can give."""
        actors = self._actors
        own = {x.code[:3] for x in sources if x is not None and x.code}
        if not own:
            return None
        for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in self.lex.locative_prepositions):
            for pobj in (g for g in p.children if g.dep_ == "pobj"):
                r = actors.resolve(pobj)
                if r is not None and r.code and r.kind == "country" and r.code[:3] not in own:
                    return r
        return None

    def _place_object(self, tok: Token, actors: DocActors) -> bool:
        """Is this object a place ("the town", "Mosul", "Texas") rather than people or goods?"""
        if tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in self.lex.place_nouns:
            return True
        m = actors.mention_for(tok)
        if m is not None:
            return m.entry.kind == "country"
        # a name the tagger did not call a place but the gazetteer knows ("seized Idlib")
        return tok.pos_ == "PROPN" and actors.place_country is not None and actors.place_country(tok.text, "GPE") is not None

    @staticmethod
    def _thing(tok: Token, actors: DocActors) -> bool:
        """A common noun that names no actor and no role: "returns", "survey", "excerpts" — nor
        does any noun conjoined with it ("the convoy and the eight detainees" are people too), nor a
        kinship noun ("freed the father of the footballer": a relative is a person)."""
        return all(t.pos_ == "NOUN" and t.ent_type_ not in {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}
                   and t.lemma_.lower() not in KIN_NOUNS
                   and actors.mention_for(t) is None and actors.agent_of(t) is None for t in (tok, *tok.conjuncts))

    def _on_strike(self, noun: Token, actors: DocActors) -> Resolved | None:
        """The people a phrase "on (hunger) strike" describes ("hundreds of teachers on strike", "an
        activist on hunger strike"): they are striking, and the phrase is no topic ("a report on the
        strike" names no actor; "the strike" with its article is a particular one spoken about)."""
        if noun.lemma_.lower() != "strike" or noun.dep_ != "pobj" or noun.head.lower_ != "on" \
                or noun.head.dep_ != "prep" or noun.head.head.pos_ not in {"NOUN", "PROPN"} \
                or any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in {"a", "an"}) for c in noun.children):
            return None
        r = self._all(actors, [noun.head.head])[0]
        return r if r is not None and r.code else None

    def _clause_actor(self, noun: Token, actors: DocActors, code: str) -> tuple[Resolved | None, str]:
        """Who does what an event noun names when its own phrase does not say: the subject of
        the clause it is the object or adjunct of ("workers announced a work stoppage",
        "teachers are out on strike"); for protests, the country where they happen ("riots
        across Guadeloupe")."""
        verb: Token | None = None
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in {"NOUN", "PROPN"}:
            first = first.head  # "announced asset freezes and bans": the bans are announced too
        if first.dep_ == "compound" and first.head.pos_ == "NOUN" and first.head.dep_ == "dobj":
            first = first.head  # "started the withdrawal process", "delivered an aid package"
        elif first.dep_ == "pobj" and first.head.lower_ in {"of", "in"} and first.head.head.dep_ == "dobj" and (
                first.head.head.lemma_.lower() in self.lex.quantity_nouns or first.head.head.lemma_.lower() in
                self.lex.measure_nouns or first.head.head.ent_type_ == "MONEY"
                or any(c.like_num for c in first.head.head.children)):
            first = first.head.head  # "sent 10 tons of aid", "provided $10 million in aid"
        if first.dep_ == "pobj" and first.head.lower_ == "to" and first.head.head.lemma_.lower() in self.lex.assent_verbs:
            verb = first.head.head  # "the rebels agreed to a ceasefire", "committed to concessions"
        elif first.dep_ == "dobj" and first.head.lemma_.lower() in self.lex.sponsor_verbs and not _names_object(first.head):
            verb = first.head  # "workers announced a strike", "rebels declared a ceasefire"
        elif self.own_rules and first.dep_ == "pobj" and first.head.lower_ == "behind" and first.head.head.lemma_ == "be" \
                and code[:2] not in VIOLENT_ROOTS and (first.head.head.dep_ == "relcl" or not any(
                    c.dep_ in SUBJ and c.tag_ in {"WP", "WDT"} for c in first.head.head.children)):
            # "Moscow was behind the disinformation campaign"; who was behind an attack is a
            # contested claim (an accusation), left to the speech rules
            verb = first.head.head
        elif self.own_rules and (striker := self._on_strike(noun, actors)) is not None:
            return striker, f",on-strike:{noun.head.head.text}"
        elif self.own_rules and noun.dep_ == "pobj" and noun.head.lower_ in {"on", "onto"} \
                and noun.head.head.lemma_.lower() in LISTING_VERBS:
            verb = noun.head.head  # "Moscow placed the minister on a wanted list": who lists does what the list is
            if any(c.dep_ == "nsubjpass" for c in verb.children) and (lister := _agent_actor(verb, actors)) is not None:
                return lister, ",listed-by"  # "the minister was put on a wanted list by Russia"
        elif noun.dep_ == "pobj" and noun.head.lower_ in {"on", "in", "into", "during"}:
            holder = noun.head.head  # "teachers are out on strike", "took part in protests"
            for _ in range(2):
                if holder.pos_ in {"VERB", "AUX"} or holder.head.i == holder.i:
                    break
                holder = holder.head
            takes_part = holder.lemma_.lower() in self.lex.participation_verbs or (noun.head.lower_ == "during" and not (
                # "police detained 50 people during the protests", "a man arrested during the protests": who
                # coerces or attacks others, or is acted on, during a protest or strike is no participant in it
                # ("police fired tear gas during the clashes" are a party to the clashes); a participle that
                # describes a thing ("passed a law covering violence during the protests") has no participant
                self.own_rules and code[:2] not in COERCIVE_ROOTS and (holder.dep_ == "acl"
                                    or ((m := self.best(holder, noun=False)) is not None and m[0].code[:2] in COERCIVE_ROOTS))))
            verb = holder if holder.pos_ in {"VERB", "AUX"} and takes_part else None  # not "died in the strike"
        if verb is not None and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            subj, _how = self._subject(verb)
            r = self._all(actors, [subj])[0] if subj is not None and subj.i != noun.i else None
            if r is not None and r.code:
                return r, f",clause-subject:{subj.text if subj is not None else ''}"
        if self.own_rules and first.dep_ == "nsubjpass" and (
                _is_light(first.head, self.lex) or first.head.lemma_.lower() in self.lex.sponsor_verbs) \
                and first.head.lemma_.lower() not in ENDING_VERBS:
            # "the attack was carried out by X", "the strike was called by the unions": the agent
            # of a verb that only stages or announces the event is who does it
            by = by_agent(first.head)
            r = actors.resolve(by) if by is not None else None
            if r is not None and r.code:
                return r, f",staged-by:{by.text if by is not None else ''}"
        state_only = self.own_rules and code in STATE_ONLY_CODES
        if code[:2] in self.lex.placeless_roots or state_only:
            for holder in (noun, noun.head):
                for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in self.lex.locative_prepositions):
                    for pobj in (g for g in p.children if g.dep_ == "pobj"):
                        # "riots across Guadeloupe", "protests in South Africa's largest city"
                        for place in [pobj, *(c for c in pobj.children if c.dep_ in {"poss", "compound"})]:
                            r = actors.resolve(place)
                            if r is not None and r.code and r.kind == "country":
                                if state_only:  # "a curfew in Nairobi": only the authorities impose one
                                    return replace(r, code=compose(r.code[:3], "GOV", append=False)), ",place=government"
                                if code[:2] == "14":  # "protests across France": the French protest, not the state
                                    return _people_of(r), ",place=people"
                                return r, ",place=source"
        return None, ""

    def _members_of(self, r: Resolved | None, actors: DocActors, *, conjoined: bool = False) -> list[Resolved | None]:
        """A group resolved to its first actor ("both men", "they") as every actor of the group; with ``conjoined``,
        a subject's joined actors as well ("the United States and Britain launched strikes": both did)."""
        if r is None or not 0 <= r.token < len(self._doc):
            return [r]
        tok = self._doc[r.token]
        if conjoined and tok.conjuncts:
            joined: list[Resolved | None] = [x for x in self._all(actors, [tok, *tok.conjuncts]) if x is not None and x.code]
            return joined if len(joined) > 1 and joined[0] == r else [r]
        if not r.rule.startswith("coref:plural"):
            return [r]
        found: list[Resolved | None] = [x for x in actors.resolve_all(tok) if x.code]
        return found if len(found) > 1 and found[0] == r else [r]

    def _all(self, actors: DocActors, toks: list[Token]) -> list[Resolved | None]:
        """Every actor of these conjoined phrases ("the lions and Gondor" is Gondor alone);
        [None] when none of them names one."""
        out: list[Resolved | None] = []
        for x in toks:
            found = actors.resolve_all(x)
            if self.own_rules and x.lower_ == "they":
                found = self._plural_speakers(x, actors) or found  # "Obama and Putin said they will …"
            if not any(r.code for r in found) and self.own_rules:
                pair = self._pair_actors(x, actors)
                extra = self._fallback_actor(x, actors) if not pair else None
                found = pair or ([extra] if extra is not None else found)
            out += found
        return out or [None]

    @staticmethod
    def _unarmed_body(r: Resolved) -> bool:
        """An aid group, rights group, mission or company: what it withdraws is no army."""
        return r.code[:3] in {"NGO", "IGO"} or (len(r.code) >= 6 and r.code[-3:] in UNARMED_SECTORS)

    @staticmethod
    def _civilian(r: Resolved) -> bool:
        return len(r.code) >= 6 and r.code[-3:] in STRIKER_SECTORS

    def _strikers(self, toks: list[Token], actors: DocActors) -> bool:
        """Do these subjects go on strike rather than strike at someone (workers, teachers, unions)?"""
        for t in toks:
            if t.lemma_.lower() in STRIKER_NOUNS:
                return True
            if any(r is not None and self._civilian(r) for r in self._all(actors, [t])):
                return True
        return False

    def _pair_actors(self, tok: Token, actors: DocActors) -> list[Resolved]:
        """"The two countries", "both sides", "the two governments": the last two countries
        named before the phrase, as two actors."""
        if tok.lemma_.lower() not in PAIR_NOUNS or tok.tag_ not in {"NNS", "NNPS"}:
            return []
        if not any((c.lower_ == "two" and c.dep_ == "nummod") or (c.lower_ == "both" and c.dep_ in {"det", "predet"})
                   for c in tok.children):
            return []
        codes: list[Resolved] = []
        for r in _countries_before(actors, tok.idx):
            if all(r.code != x.code for x in codes):
                codes.append(r)
            if len(codes) == 2:
                break
        if len(codes) < 2:
            return []
        sector = "GOV" if tok.lemma_.lower() in {"government", "leader"} else ""
        end = tok.idx + len(tok)
        return [Resolved(r.code + sector, tok.text, tok.idx, end, f"coref:pair->{r.text}", r.entity,
                         "country" if not sector else "agent", False, tok.i) for r in reversed(codes)]

    def _fallback_actor(self, tok: Token, actors: DocActors) -> Resolved | None:
        """Two ways news names a state that the dictionary lookups miss: "the country" or
        "the nation" for the country last named, and a role noun read as part of a name
        ("The Government of Gondor", "the Ministry of Defence of Arnor")."""
        low = tok.lemma_.lower()
        end = tok.idx + len(tok)
        if low in COUNTRY_NOUNS | {"state", "island", "archipelago"} and tok.pos_ in {"NOUN", "PROPN"}:
            # "the tiny Mediterranean nation of Montenegro", "the Gulf state of Qatar": the country named
            for p in _of_objects(tok):
                r = next((x for x in actors.resolve_all(p) if x.code and x.kind == "country" and len(x.code) == 3), None)
                if r is not None:
                    return Resolved(r.code, actors.text[tok.left_edge.idx : p.idx + len(p)], tok.left_edge.idx,
                                    p.idx + len(p), f"{r.rule}+{low}-of", r.entity, "country", False, tok.i)
        if low in COUNTRY_NOUNS and tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in {"amod", "compound", "poss", "prep", "nmod"} for c in tok.children):
            ante = next(_countries_before(actors, tok.idx), None)
            if ante is not None:
                return Resolved(ante.code, tok.text, tok.idx, end, f"coref:{low}->{ante.text}", ante.entity, "country",
                                False, tok.i)
            return None
        if tok.lower_ in {"it", "they"} and tok.dep_ == "nsubj" and not dummy_it(tok) and not actors.act_it(tok):
            # "the union said it would strike": the pronoun subject of a reported clause is the speaker
            # ("it's important to …" stands for no one)
            clause = tok.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.lex.speech_verbs | self.lex.intent_verbs:
                speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                if speaker is not None and speaker.pos_ in {"NOUN", "PROPN"} and (speaker.tag_ in {"NNS", "NNPS"}) == (
                        tok.lower_ == "they"):
                    r = next((x for x in actors.resolve_all(speaker) if x.code), None)
                    if r is not None:
                        return Resolved(r.code, tok.text, tok.idx, end, f"coref:speaker->{r.text}", r.entity, r.kind,
                                        r.plural, tok.i)
            # "The union rejected the offer. It said …": the last subject of the same number, when
            # document coreference (which takes only named bodies for "it") found none
            since = tok.sent.start_char - 400
            plural = tok.lower_ == "they"
            for r in reversed(actors.history):
                if r.start >= tok.idx or r.start < since:
                    continue
                if r.start in actors.subjects and r.code and r.plural == plural and r.kind in {"agent", "group"}:
                    return Resolved(r.code, tok.text, tok.idx, end, f"coref:subject->{r.text}", r.entity, r.kind,
                                    r.plural, tok.i)
            return None
        if tok.pos_ == "PROPN" and actors.mention_for(tok) is None:
            agent = actors.matcher.agents.get(low) or actors.matcher.agents.get(tok.lower_)
            if agent is None:
                return None
            mods = [c for c in actors.countries_of(tok, origin=False) if len(c[0]) == 3 and not c[1].startswith("coref:")]
            if mods:  # "The Sierra Leone Government"
                return Resolved(compose(mods[0][0], agent[0], append=False), actors.text[tok.left_edge.idx : end],
                                tok.left_edge.idx, end, f"agent:{agent[1]}+{mods[0][1]}", None, "agent",
                                tok.tag_ == "NNPS", tok.i)
            for p in (g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "from"}
                      for g in c.children if g.dep_ == "pobj"):
                # "the Ministry of Foreign Affairs in the Honduran capital"
                place = next((r for r in actors.resolve_all(p) if r.code and len(r.code) == 3), None)
                code = place.code if place is not None else next(
                    (c[0] for c in actors.countries_of(p, origin=False) if len(c[0]) == 3 and not c[1].startswith("coref:")), "")
                if code:
                    return Resolved(compose(code, agent[0], append=False), actors.text[tok.left_edge.idx : end],
                                    tok.left_edge.idx, end, f"agent:{agent[1]}+in:{p.text}", None, "agent",
                                    tok.tag_ == "NNPS", tok.i)
            of = _of_objects(tok)
            for p in of:
                r = actors.resolve(p)
                if r is not None and r.code and r.kind == "country" and len(r.code) == 3:
                    return Resolved(compose(r.code, agent[0], append=False), actors.text[tok.left_edge.idx : p.idx + len(p)],
                                    tok.left_edge.idx, p.idx + len(p), f"agent:{agent[1]}+of:{r.text}", None, "agent",
                                    tok.tag_ == "NNPS", tok.i)
        return None

    def _governing_subjects(self, tok: Token, actors: DocActors) -> list[Resolved | None]:
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            subj = next((c for c in cur.children if c.dep_ in SUBJ), None)
            if subj is not None:
                return self._all(actors, [subj, *subj.conjuncts])
        return [None]

    def _clause_subjects(self, tok: Token, actors: DocActors) -> list[Resolved]:
        """"Arnor believes Dagolath and Osgiliath can cope": what a stance verb is about is the
        subject of its clausal complement (PETRARCH's target for such verbs)."""
        holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "expressed hopes that X …"
        for c in (c for h in holders for c in h.children):
            if c.dep_ in {"ccomp", "acl"} and c.i > tok.i:  # not "…, an official said": no target
                subj = next((g for g in c.children if g.dep_ in SUBJ | {"nsubjpass"}), None)
                if subj is not None and subj.lower_ not in self.lex.relative_pronouns:
                    return [r for r in self._all(actors, [subj, *subj.conjuncts]) if r is not None and r.code]
        return []

    def _hostile_word(self, tok: Token) -> bool:
        """Does the word code a hostile act ("sanctions", "attacks", "embargo")?"""
        m = self.best(tok, noun=tok.pos_ != "VERB")
        return m is not None and m[0].code[:2] in HOSTILE_ROOTS

    def _locative(self, t: Token, verb: Token) -> bool:
        """Is ``t`` where the event happened rather than whom it concerned: "in Tehran",
        "to the streets of Tehran", "near the border"?"""
        cur = t
        while cur.i != verb.i and cur.head.i != cur.i:  # spaCy makes a new Token per access: compare indices
            head = cur.head
            if cur.dep_ == "pobj" and head.lower_ in self.lex.locative_prepositions:
                return True
            if cur.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.lex.place_nouns:
                return True
            cur = head
        return False

    def _counted(self, t: Token) -> Token:
        """The noun a quantity counts ("thousands of protesters": protesters), else ``t``."""
        if t.lemma_.lower() in self.lex.quantity_nouns or t.lower_ in self.lex.quantity_nouns:
            return next((g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), t)
        return t

    def place_of_violence(self, t: Token, verb: Token) -> bool:
        """Is ``t`` where a violent event the verb speaks of happened ("claimed the attack on a mall in
        Nairobi", "sorrow for the shootings in Texas")? That place names the victims, not the speaker's whereabouts."""
        cur, located = t, False
        while cur.i != verb.i and cur.head.i != cur.i:
            head = cur.head
            if cur.dep_ == "pobj" and head.lower_ in self.lex.locative_prepositions:
                located = True
            elif located and head.i != verb.i and head.pos_ == "NOUN":
                violent = self.best(head, noun=True)
                if violent is not None and violent[0].code[:2] in VIOLENT_ROOTS:
                    return True
            cur = head
        return False

    def _mediator_agent(self, d: Token) -> bool:
        """Is ``d`` the "by" agent of a participle of mediation hung on a noun ("a truce brokered by Egypt",
        "talks mediated by Qatar")? Its pobj brought the sides together and is no side itself."""
        part = d.head
        if d.dep_ != "agent" or part.tag_ != "VBN" or part.dep_ not in {"acl", "relcl"}:
            return False
        done = self.best(part, noun=False)
        return done is not None and done[0].code[:3] == "045"

    def _hostile_aside(self, clause: Token, tok: Token, code: str) -> bool:
        """Is ``clause`` a participle after a comma doing a hostile act of its own beside a cooperative one ("Serbia
        signed the agreement, accusing Kosovo of violating it")? Whom it accuses is not whom the deal is with."""
        if code[:2] not in COOPERATIVE_ROOTS or clause.i <= tok.i or tok.doc[clause.i - 1].text != ",":
            return False
        own = self.best(clause, noun=False)
        return own is not None and own[0].code[:2] not in COOPERATIVE_ROOTS and own[0].code[:2] >= "10"

    def _vp_actors(self, tok: Token, actors: DocActors, avoid: set[int], code: str = "") -> list[Resolved]:
        """The first actor in the verb's own phrase after it ("restore ties with Gondor",
        "arrived in Gondor"): PETRARCH's target when no object names one. For events that
        happen somewhere rather than to someone (protests: "took to the streets of Tehran"),
        a place is never the target."""
        placeless = code[:2] in self.lex.placeless_roots | self.lex.placeless_target_roots or code in STATE_ONLY_CODES
        blocked = set(avoid)
        named_i = -1  # "condemned what it called an attack by X": the thing the naming clause names
        for d in tok.subtree:
            if d.i == tok.i or d.i in blocked:
                continue
            own_clause = (d.dep_ in CLAUSES or (self.own_rules and d.dep_ == "pcomp" and _named_thing(d, tok) is not None)) \
                and any(c.dep_ in SUBJ | {"nsubjpass"} for c in d.children)
            attribution = d.lemma_.lower() == "accord" and d.dep_ in {"prep", "advcl", "pcomp"}  # "according to X"
            # a march is against whom it names, not "behind the coffins of X" nor "waving portraits of X"
            # ("clashed with police" does name them)
            escort = code[:2] == "14" and d.head.i == tok.i and (
                (d.dep_ == "prep" and d.lower_ in {"behind", "alongside", "for", "after"})
                or (d.dep_ in {"advcl", "xcomp", "conj"} and d.tag_ == "VBG" and d.lemma_.lower() in self.lex.carrying_verbs))
            # "after funerals for the fighters", "despite warnings from Y": when and why, not to whom
            when = d.dep_ == "prep" and d.head.i == tok.i and d.lower_ in TIME_PREPOSITIONS
            # "signed an agreement to withdraw troops", "reached a deal to end the fighting in Idlib": what
            # was agreed is its own event, not the signing's partner
            terms = self.own_rules and _agreed_terms(d, tok)
            # "defended its stance on the Ukraine war", "a question about Iran": what it is about
            # (a complaint or a criticism "about X" is aimed at X: only partners of talks, support
            # and cooperation are never what is talked about)
            topic = self.own_rules and d.dep_ == "prep" and (
                (d.lower_ in {"about", "regarding", "concerning"} and code[:2] in PARTNER_ROOTS)
                or (d.lower_ == "on" and d.head.i != tok.i and d.head.lemma_.lower() in OPINION_NOUNS))
            judged = self.own_rules and d.head.i == tok.i and (_judged_as(d) or (
                # "denounced the strikes, calling them an act of terrorism": what it names is what was judged
                d.dep_ in {"advcl", "xcomp", "conj"} and d.tag_ == "VBG" and tok.lemma_.lower() in CHARACTERIZING_VERBS
                and d.lemma_.lower() in NAMING_VERBS | {"describe", "characterize", "characterise"}))
            # "missiles were launched from Iranian territory", "rockets fired from Gaza at Israeli towns": where a
            # strike came from is its origin, never what it hit
            origin = self.own_rules and code[:2] in VIOLENT_ROOTS and d.dep_ == "prep" and d.lower_ == "from" \
                and d.head.i == tok.i and any(g.dep_ == "pobj" and (g.ent_type_ in {"GPE", "LOC", "FAC"}
                                                                    or g.lemma_.lower() in self.lex.place_nouns
                                                                    or g.lemma_.lower() in {"soil", "airspace", "waters"})
                                              for g in d.children)
            aside = self.own_rules and d.head.i == tok.i and (_wanted(d, tok) or _aside(d, tok))
            # "ambushed a patrol near the Venezuelan border", "on the border with Rwanda": a border has two
            # sides, and the one it is named for is seldom where it happened
            border = self.own_rules and d.dep_ == "pobj" and d.lemma_.lower() in BORDER_NOUNS \
                and d.head.lower_ in {"near", "along", "on", "at"}
            # "pledged support against Russian pressure", "agreed to cooperate against Islamic State": what
            # help or cooperation is against is never its partner ("lift sanctions against Iran" still is)
            opposed = self.own_rules and code[:2] in COOPERATIVE_ROOTS and d.dep_ == "prep" and d.lower_ == "against" \
                and not self._hostile_word(d.head)
            # "vigils were held in cities with large Iranian communities": a "with" right after a place the
            # verb names describes the place (the parser hangs it on the verb), nobody acted on
            with_place = self.own_rules and d.dep_ == "prep" and d.lower_ == "with" and d.i > 0 \
                and (near := tok.doc[d.i - 1]).pos_ == "NOUN" and near.dep_ in {"pobj", "conj"} \
                and near.lemma_.lower() in self.lex.place_nouns and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in POPULATION_NOUNS for g in d.children)
            # "travels with the candidate", "championed the bill with Sen. Schumer": a visit or an endorsement
            # "with" someone has that someone along, as companion or co-sponsor, not as whom it is for ("praised
            # the agreement with Iran" still names the other side of a deal)
            companion = self.own_rules and code[:3] in COMPANION_CODES and d.dep_ == "prep" and d.lower_ == "with" \
                and (d.head.i == tok.i or (d.head.dep_ == "dobj" and d.head.head.i == tok.i
                                           and d.head.lemma_.lower() not in self.lex.symmetric_words))
            # "Greece and Turkey restored a hotline between their defence ministries": "between their X" names
            # the subject's own two sides, not a third party
            own_pair = self.own_rules and d.dep_ == "prep" and d.lower_ == "between" and any(
                g.dep_ == "pobj" for g in d.children) and all(
                any(k.dep_ == "poss" and k.lower_ == "their" for k in g.children) for g in d.children if g.dep_ == "pobj")
            asked = self.own_rules and (_asked_to_do(d, tok, self.lex.appeal_verbs) or _done_by_object(d, tok))
            # "vowed to fight for the government against the army", "militants fighting for Islamic State": whom
            # force is used for is its side, not its enemy
            behalf = self.own_rules and code[:2] in VIOLENT_ROOTS and d.dep_ == "prep" and d.lower_ == "for"
            capacity = self.own_rules and _capacity(d)
            # "signed a deal with Somaliland, angering the government in Mogadishu": whom the act stirred is
            # not what it was done to or with
            stirred = self.own_rules and d.head.i == tok.i and d.dep_ in {"advcl", "xcomp", "conj"} and d.tag_ == "VBG" \
                and (d.lemma_.lower() in STIRRING_VERBS or self._hostile_aside(d, tok, code))
            # "agreed to a ceasefire brokered by Russia", "signed a deal mediated by Qatar": the go-between a
            # participle names did the mediating, a third party to the act and not its partner
            broker = self.own_rules and self._mediator_agent(d)
            if own_clause or attribution or escort or when or topic or terms or judged or origin or aside or border \
                    or opposed or with_place or companion or own_pair or asked or behalf or capacity or stirred or broker \
                    or (d.dep_ == "conj" and d.pos_ in {"VERB", "AUX"}) \
                    or d.ent_type_ in {"DATE", "TIME"}:
                blocked.update(x.i for x in d.subtree)
                if own_clause and self.own_rules and (addressee := _asked_for(d, tok, self.lex.appeal_verbs)) is not None:
                    blocked.difference_update(x.i for x in addressee.subtree)
                if own_clause and self.own_rules and (named := _named_thing(d, tok)) is not None:
                    blocked.difference_update(x.i for x in named.subtree)
                    named_i = named.i
        span = [t for t in tok.subtree if t.i > tok.i and t.i not in blocked]
        inside = {t.i for t in span}
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i in inside), None)
        if self.own_rules and code[:3] == "171" and obj is not None and not any(r.code for r in actors.resolve_all(obj)):
            # "destroyed the two men's cars in Baghdad", "seized the company's assets": property taken or
            # destroyed is its owner's, not the place's
            owners = [r for c in obj.children if c.dep_ == "poss" for r in actors.resolve_all(c) if r.code]
            if owners:
                return owners
        for t in span:
            if t.pos_ not in {"NOUN", "PROPN", "PRON"} or t.dep_ == "poss" or (
                    t.dep_ in {"compound", "amod", "nmod"} and t.head.i in inside) or (
                    placeless and self._locative(t, tok) and not (self.own_rules and self.place_of_violence(t, tok))):
                continue
            if t.pos_ == "NOUN" and self.best(t, noun=True) is not None:
                if self.own_rules and code[:2] in {"05", "11"} and (t.i == named_i or (t.dep_ == "pobj" and (
                        t.head.lower_ == "for" or (code[:2] == "11" and t.head.lower_ in {"over", "against"})))):
                    # "expressed appreciation for China's assistance", "criticism for the US raids", "a
                    # complaint over US tariffs": who did the deed praised or blamed is the one praised or blamed
                    doer = self.noun_actors(t, actors)[0]
                    if doer is not None and doer.code:
                        return [doer]
                continue  # "killed in the US raids": an event is no target (its actor is its own source)
            found = [r for r in actors.resolve_all(t) if r.code]
            if found and self.own_rules and code[:2] == "11" and t.dep_ == "pobj" \
                    and t.head.lower_ in {"at", "with", "before", "to"} and t.head.head.i in {tok.i, obj.i if obj is not None else -1} \
                    and all(r.code.startswith("IGO") for r in found) \
                    and (accused := self._accused(tok, [obj, t], actors)):
                # "filed a complaint at the WTO over US tariffs", "a case at the ICJ accusing Israel": the
                # court or body is where a complaint is lodged; whom it accuses, when named, is its target
                return accused
            if not found and self.own_rules and obj is not None and t.i == obj.i and t.lower_ in OBJECT_PERSON_PRONOUNS:
                # "viciously attacked me from the stage of the DNC": the person the verb is done to is its target
                # even when nobody tells who it is; an actor further on in the phrase is where, or whose
                return []
            if found:
                for c in t.conjuncts:
                    if c.i in inside:
                        found += [r for r in actors.resolve_all(c) if r.code]
                return found
        return []

    def _accused(self, tok: Token, others: list[Token | None], actors: DocActors) -> list[Resolved]:
        """Whom a complaint or case names as wrongdoer: the one "against" or "over" whose deed it was
        lodged ("over US tariffs", "against Chinese duties"), or whom its clause accuses ("accusing Israel
        of genocide"); nothing when no actor is named so (a place, a body, "over the raid on its embassy").
        The phrases hang on the verb, its object or the body ("at the WTO over US tariffs")."""
        heads = [tok] + [o for o in others if o is not None]
        named = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in {"over", "against"}
                 for g in p.children if g.dep_ == "pobj"]
        named += [g for h in heads for v in h.children if v.dep_ in {"advcl", "acl", "xcomp"} and v.tag_ == "VBG"
                  and v.lemma_.lower() in {"accuse", "charge", "blame"} for g in v.children if g.dep_ == "dobj"]
        for g in named:
            if g.pos_ == "NOUN" and self.best(g, noun=True) is not None:
                doer = self.noun_actors(g, actors)[0]
                found = [doer] if doer is not None and doer.code else []
            else:
                found = [r for r in actors.resolve_all(g) if r.code]
            if found and not any(r.code.startswith("IGO") for r in found):
                return found
        return []

    def _plural_speakers(self, pron: Token, actors: DocActors) -> list[Resolved]:
        """"Obama and Putin said they will attack": "they" is each of the conjoined speakers."""
        clause = pron.head
        if pron.dep_ != "nsubj" or clause.dep_ != "ccomp" or \
                clause.head.lemma_.lower() not in self.lex.speech_verbs | self.lex.intent_verbs:
            return []
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or not _members(speaker, actors)[1:]:
            return []
        end = pron.idx + len(pron)
        return [Resolved(r.code, pron.text, pron.idx, end, f"coref:speakers->{r.text}", r.entity, r.kind, True, pron.i)
                for r in self._all(actors, _members(speaker, actors)) if r is not None and r.code]

    @staticmethod
    def _user_of(noun: Token, actors: DocActors) -> Resolved | None:
        """Who used a weapon or did a thing, from its reduced relative: "a rocket fired by Hamas",
        "a missile believed to be fired by rebels", "a bomb planted by insurgents"."""
        for c in noun.children:
            if c.dep_ != "acl" or c.tag_ != "VBN":
                continue
            for v in (c, *(x for x in c.children if x.dep_ == "xcomp")):
                if (r := _agent_actor(v, actors)) is not None:
                    return r
        return None

    @staticmethod
    def _weapon_user(noun: Token, actors: DocActors) -> Resolved | None:
        """Who fired, dropped or planted the weapon that is a clause's subject, from the "by" phrase of
        the participle that describes it: "bombs dropped by Saudi jets killed ...", also when the parser
        made the participle the main verb ("missiles fired by a US drone destroyed ..."). Only verbs of
        using a weapon: "a car driven by a diplomat hit a pedestrian" is no attack by the diplomat."""
        parts = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if noun.dep_ == "nsubj" and noun.head.tag_ in {"VBN", "VBD"} and noun.head.dep_ == "ROOT":
            parts.append(noun.head)
        for v in parts:
            if v.lemma_.lower() in WEAPON_USING_VERBS and (r := _agent_actor(v, actors)) is not None:
                return r
        return None

    @staticmethod
    def _partner_preps(verb: Token) -> list[Token]:
        """"with"/"to" of the verb, or of its object phrase: the parser often hangs "with Y" of
        "discussed the war in X with Y" on the object."""
        out = []
        for t in verb.subtree:
            if t.dep_ != "prep" or t.lower_ not in PARTNER_PREPOSITIONS or t.i == verb.i:
                continue
            up, ok = t.head, True
            while up.i != verb.i:  # only through the object: "in an interview with CNN" is no partner
                if up.dep_ not in {"dobj", "pobj", "prep"} or (up.head.i == verb.i and up.dep_ != "dobj"):
                    ok = False
                    break
                up = up.head
            if ok:
                out.append(t)
        return out

    def _partners(self, verb: Token, actors: DocActors) -> list[Resolved]:
        """The actors after "with" of a verb whose object is a topic ("discussed the deal with Qatar")."""
        out: list[Resolved] = []
        for prep in (c for c in self._partner_preps(verb) if c.lower_ == "with"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                out += [r for m in _members(pobj, actors) for r in actors.resolve_all(m) if r.code]
        return out

    def _rioters(self, r: Resolved | None) -> bool:
        """Is this actor a crowd of protesters or rioters ("tunisian rioters", "the demonstrators")?"""
        if r is None or r.token < 0 or r.token >= len(self._doc):
            return False
        return self._doc[r.token].lemma_.lower() in RIOTER_NOUNS

    @staticmethod
    def _official_protest(code: str, lemma: str, s: Resolved | None) -> str:
        """"Beijing protested the tariffs", "China protested", "drew a sharp protest from the foreign ministry": a
        government's protest, or a state's named by its name, is an official complaint (114), not a demonstration
        in the street (141) as "Chinese protested" (its people) is. Likewise a state's boycott ("Egypt boycotted
        Israeli goods") restricts exchange as a state's measure (163, as "imposed a boycott"), not a protest by
        refusing to cooperate (143, "activists boycotted the company")."""
        state = s is not None and (s.code[3:6] == "GOV" or named_state(s))
        if code[:3] == "141" and lemma == "protest" and state:
            return "114"
        if code[:3] == "143" and lemma == "boycott" and state:
            return "163"
        return code

    def _crowd_code(self, code: str, s: Resolved | None, t: Resolved | None, *, mutual: bool) -> str:
        """Clashes between security forces and protesters: the crowd's side is a violent protest
        (145), the forces' side violent repression (175), as CAMEO codes them; beatings of
        protesters are repression too."""
        if self._rioters(s) and not self._rioters(t):
            return "145"
        if self._rioters(t) and s is not None and s.code[3:6] in {"COP", "MIL", "GOV", "SPY"} and (
                code in {"180", "182", "1821", "1822"} or (mutual and code in {"190", "145"})):
            return "175"
        return code

    def _member_suspended(self, tok: Token, subj: Token | None, actors: DocActors) -> Match | None:
        """"The African Union suspended Burkina Faso", "the Commonwealth expelled Fiji": an international body
        that suspends or expels a state suspends its membership (160, as "suspended from the bloc")."""
        return self._membership_match(next((c for c in tok.children if c.dep_ == "dobj"), None), subj, actors)

    def _member_suspended_from(self, tok: Token, actors: DocActors) -> tuple[Match, Token] | None:
        """"Mali was suspended from the African Union", "Russia was expelled from the Council of Europe": a
        state suspended or expelled from an international body, with no agent, is suspended by that body (160,
        the body its source). Returns the match and the body's token."""
        member = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        body = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj"), None)
        match = self._membership_match(member, body, actors)
        return None if match is None or body is None else (match, body)

    def _membership_match(self, member: Token | None, body: Token | None, actors: DocActors) -> Match | None:
        """The 160 "suspend +membership" match with ``member`` its target, when it names a state and ``body``
        an international body."""
        state = actors.resolve(member) if member is not None else None
        group = actors.resolve(body) if body is not None else None
        if state is None or group is None or len(state.code) != 3 or state.code.startswith("---") \
                or not group.code.startswith("IGO"):
            return None
        p = next((p for _, p in self.verbs.get("suspend", ()) if p.code == "160" and p.obj == "membership"), None)
        return None if p is None else Match(p, (p.specificity, 0, 0), target=member)

    @staticmethod
    def _reduced_relative_misparse(tok: Token) -> Token | None:
        """"Kenyan police deployed to Haiti exchanged fire with gangs": the parser made the participle
        ("deployed to Haiti", which only says which police) the main verb and the real main verb a clause or
        conjunct of it with no subject, mark, conjunction or comma. Returns that real main verb."""
        if tok.tag_ not in {"VBN", "VBD"} or tok.dep_ != "ROOT" \
                or any(c.dep_ in {"aux", "auxpass", "nsubjpass", "dobj", "cc", "neg"} for c in tok.children):
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if subj is None or subj.i > tok.i or not any(c.dep_ in {"prep", "agent"} and c.i > tok.i for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ in {"advcl", "conj"} and c.tag_ == "VBD" and c.i > tok.i \
                    and not any(x.dep_ in SUBJ | {"nsubjpass", "mark", "aux", "auxpass", "cc"} for x in c.children) \
                    and not any(t.is_punct or t.pos_ in {"CCONJ", "SCONJ"} for t in tok.doc[tok.i + 1 : c.i]):
                return c
        return None

    @staticmethod
    def _garden_path(tok: Token) -> tuple[Token, Token] | None:
        """"The civilians imprisoned for X were released": the parser made "imprisoned" the main
        verb with "civilians" its subject and "were released" a conjunct without one. Returns
        the noun (the patient of both) and the real main verb."""
        if tok.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"aux", "auxpass", "nsubjpass", "dobj"} for c in tok.children):
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if subj is None or subj.i > tok.i:
            return None
        for c in tok.children:
            if c.dep_ in {"conj", "advcl"} and c.pos_ == "VERB" and c.i > tok.i and not any(x.dep_ == "cc" for x in tok.children) \
                    and any(x.dep_ == "auxpass" for x in c.children) \
                    and not any(x.dep_ in SUBJ | {"nsubjpass", "mark", "advmod"} for x in c.children):
                return subj, c
        return None

    def _gerund_actor(self, tok: Token, actors: DocActors) -> Resolved | None:
        """The actor in the words just before a nominal gerund: "Israeli" in "Israeli tank shelling"."""
        k = tok.i - 1
        while k >= tok.sent.start and tok.doc[k].tag_ in {"NN", "NNP", "JJ"} and tok.i - k <= 4:
            r = actors.resolve(tok.doc[k])
            if r is not None and r.code:
                return r
            k -= 1
        return None

    @staticmethod
    def _posted_to(obj: Token, actors: DocActors) -> list[Resolved]:
        """The countries own envoys are posted to: "its ambassador to Paris", "their envoys to Moscow",
        "its ambassador in Bamako", "its ambassadors to the United States and Australia" (each one), and what
        one is recalled or withdrawn from: "recalled its ambassador from Beijing"."""
        if obj.dep_ not in {"dobj", "nsubjpass"} or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            return []
        # the parser often hangs "to X" on the verb: "withdrew its ambassador to Mali"
        heads = [obj, obj.head] if obj.lemma_.lower() in ENVOY_NOUNS else [obj]
        posts = {"to", "in"} | ({"from"} if obj.head.lemma_.lower() in WITHDRAWING_VERBS else set())
        place = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in posts
                      and (c.lower_ == "to" or h.i == obj.i or c.lower_ == "from")
                      for g in c.children if g.dep_ == "pobj"), None)
        places = [place, *place.conjuncts] if place is not None else []
        return [r for g in places if (r := actors.resolve(g)) is not None and r.code and not r.code.startswith("---")]

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

    def _previous_source(self, tok: Token, found: list[Candidate]) -> Resolved | None:
        """"the strike" refers back to the latest hostile event with a known source."""
        for c in reversed([*self._doc_events, *found]):
            if c.status == "event" and c.code[:2] in HOSTILE_ROOTS and c.source is not None and c.source.code:
                return c.source
        return None


def _linking_adverb(tok: Token) -> bool:
    """An adverb of place or time of a verb that carries a preposition ("has taken time away from campaigning to
    attend the funeral", "spoke shortly before meeting him"): what hangs on that preposition shares the verb's
    subject ("stopped short of offering" does not: the offer is not made)."""
    return tok.dep_ == "advmod" and tok.lower_ in LINKING_ADVERBS and tok.head.pos_ == "VERB" \
        and any(c.dep_ == "prep" for c in tok.children)


def _late_agent(verb: Token) -> Token | None:
    """The name of a passive's "by" phrase the parser hung on the noun of the verb's topic ("was attacked on the
    speeches by Bernie Sanders", "was criticized over the deal by Democrats"): a topic noun takes no agent of its
    own, so the doer is the verb's. Only a name: "attacked over the book by the reporter" stays the book's."""
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "over", "for", "about"}):
        for topic in (g for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
            for by in (c for c in topic.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"):
                name = next((g for g in by.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
                if name is not None:
                    return name
    return None
