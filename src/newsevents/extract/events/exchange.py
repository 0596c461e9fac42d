"""An exchange (consultation, cooperation, aid) needs a second party: when the sentence names none."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.extract.events.records import Candidate
from newsevents.extract.events.words import STATE_SECTORS
from newsevents.model import ActorRef

# Roots whose event is an exchange between two parties: consultations, visits and hosting (04), material
# cooperation (06), aid (07). With no second party found, the act of a state (a country, its government,
# forces or police, an international body) is still one whose partner the sentence left out ("Russia brokered
# the deal", "the United States deployed rescue teams"); anyone else's is a trip, a meeting, a sale or a gift
# with no political counterpart ("voters arrived at the polling sites", "a forum hosted by a magazine",
# "dealers sell weapons", "donations from people"), and so is a trip at home ("the president flew to Boise
# for a speech"): no event. One-sided acts stay without a target: statements, appeals, intents, demands,
# rejections, threats, protests, force ("Trump called for a ban", "Holder announced his resignation").
EXCHANGE_ROOTS = {"04", "06", "07"}
# "joint military drills", "formed a joint venture", "Turkey and Indonesia began exercises", "the two sides met":
# the second party is inside the subject
JOINT_WORDS = {"joint", "jointly", "mutual", "mutually", "bilateral", "trilateral", "multilateral", "together",
               "combined", "coordinated"}


def joint_exchange(doc: Doc, c: Candidate) -> bool:
    """Is the exchange done together by parties its subject or its words name?"""
    trig = doc[c.trigger]
    heads = [trig, *(k for k in trig.children if k.dep_ == "dobj")] + ([doc[c.noun_arg]] if c.noun_arg is not None else [])
    if any(k.lower_ in JOINT_WORDS for h in heads for k in h.children):
        return True
    if c.source is None or c.source.token < 0 or c.code[:3] in {"042", "043", "044"} or c.code[:2] == "07":
        return False  # "Obama and Biden arrived", "funded by two billionaires": a trip or a gift is no joint act
    subj = doc[c.source.token]
    return bool(subj.conjuncts) or any((k.dep_ == "nummod" and k.lower_ not in {"one", "1"}) or k.lower_ == "both"
                                       for k in subj.children)


def state_actor(actor: ActorRef | None) -> bool:
    """Is the actor a country, its government, forces, police or spies, or an international body?"""
    code = actor.code if actor is not None and actor.code else ""
    return code[:3].isalpha() and (code[:3] == "IGO" or code[3:6] in STATE_SECTORS)
