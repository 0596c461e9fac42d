"""Where an event happened: which toponym of its sentence is its place, and when a state acts at home."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.extract.events.syntax import place_phrase_head
from newsevents.extract.events.words import VIOLENT_ROOTS
from newsevents.extract.places import Toponym
from newsevents.model import ActorRef

EVENT_LOCATIVE = {"at", "in", "near", "outside", "inside", "across", "throughout", "through", "around", "within", "on",
                  "along", "off", "into", "over", "beyond"}


# Nouns that a country name before them locates rather than owns: "Iraq's capital", "the Syria border".
GEOGRAPHIC_HEADS = {"capital", "border", "north", "south", "east", "west", "province", "region", "city", "town",
                    "village", "coast", "countryside", "territory", "soil", "airspace", "waters", "side", "interior"}


def goes_to(doc: Doc, top: Toponym, code: str) -> bool:
    """Is the target's toponym also where the event is: "a visit to Moscow", "arrived in Ahvaz",
    "the assault on Ukraine" (a violent code), but not "called on the US", "blamed it on Washington"."""
    tok = doc[top.token_start : top.token_end].root
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "an attack in the province of Marib": "the province" stands where the place stands
    if tok.dep_ in {"dobj", "advmod", "npadvmod"} and (code[:2] in VIOLENT_ROOTS or code[:3] == "042"):
        return True  # "shelled Bakhmut", "captured Izium", "visited Moscow": the town attacked or visited
    if tok.dep_ != "pobj":
        return False
    prep = tok.head.lower_
    if prep == "to":
        return code[:3] in {"042", "043", "044"} or code[:2] == "15"  # visits, trips, deployments
    if not locative(doc, top, code):
        return False
    return prep in {"in", "into", "inside", "near", "outside", "within", "across", "throughout", "around"} or (
        prep in {"on", "at", "against"} and code[:2] in VIOLENT_ROOTS)


# statements, appeals, intents, diplomatic cooperation, demands, disapproval, rejections, threats and
# sanctions: acts done by speaking or deciding, whose object often names somewhere else, and which a state
# does at home wherever the story is datelined
SPOKEN_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13", "16"})
# the sectors that speak for the state at home ("" is the bare country: "Iran rejected"); wider than the event
# layer's STATE_SECTORS: a parliament's or a court's word is also said at home
HOME_SECTORS = frozenset({"", "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# acts done in person somewhere: a symbolic act, a signing; with meetings and visits (root 04) they show the
# actor away from home when placed abroad
PRESENCE_CODES = frozenset({"017", "057"})
# a source whose post is abroad speaks where it is posted
POSTED_ABROAD = ("ambassador", "envoy", "embassy", "consul", "diplomat", "delegat", "negotiator", "representative")


def at_home(code: str, source: ActorRef | None, target: ActorRef | None, target_tok: Token | None) -> bool:
    """Is the target only the source's own country named by one of its towns or its capital: a trip at home
    ("Sanders visited Missouri", "the president arrived in Orlando": a campaign stop is no diplomacy), or a
    non-violent act done in a town at home ("offered to speak at a convention in Cincinnati", "remarks in
    Washington")? Violence at home is against its people there ("troops shelled Homs")."""
    if not (source is not None and target is not None and source.code and target.code and source.code[:3].isalpha()
            and source.code[:3] == target.code[:3] and ((target.rule or "").startswith("place:")
                                                         or (target.rule or "").endswith(":capital"))):
        return False
    if code[:2] == "04":
        return True
    if code[:2] in VIOLENT_ROOTS or target_tok is None:
        return False
    target_tok = place_phrase_head(target_tok)  # "in Washington, D.C."
    return target_tok.dep_ == "pobj" and target_tok.head.lower_ in EVENT_LOCATIVE - {"on"}


def locative(doc: Doc, top: Toponym, code: str = "") -> bool:
    """Is the toponym where something happened: "at the airport", "in Baghdad", "streets of Tehran".
    A country after "on" is where only violence happens ("the assault on Ukraine"); otherwise it is
    a topic ("talks on Ukraine", "sanctions on Iran", "called on the US")."""
    tok = doc[top.token_start : top.token_end].root
    for _ in range(3):
        if tok.dep_ in {"compound", "poss"}:
            if top.place.precision == "country" and tok.head.lemma_.lower() not in GEOGRAPHIC_HEADS:
                return False  # "outside the US embassy": a country before a thing owns it; it is not where
            tok = tok.head
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
            tok = tok.head.head  # "the streets of Tehran" stands where "the streets" stands
            continue
        break
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and top.place.precision == "country" and code[:2] not in VIOLENT_ROOTS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in EVENT_LOCATIVE:
        return True
    # "took to the streets of Tehran": a street, square or city reached by a motion verb
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.lemma_.lower() in {"street", "square", "city", "town"}


# an audience or an occasion that a spoken act is addressed to or made at is where it was made
GATHERINGS = {"gathering", "rally", "crowd", "audience", "meeting", "conference", "summit", "convention", "ceremony",
              "session", "forum", "assembly", "congregation", "briefing", "reception", "dinner", "luncheon", "event"}


def topic_place(doc: Doc, top: Toponym, trig: Token, code: str, source: Token | None = None) -> bool:
    """Is the toponym only the topic of a spoken act, not where it was done?

    "pledged to deepen ties while offering no plan to end the war in Ukraine", "imposed sanctions in
    response to strikes on bases in Iraq", "condemned the attack in Baghdad": the place qualifies a thing
    or deed named in the act's object or in a clause under it. Where the act was done is said on the act
    ("said in Beijing"), on a phrase hung on it ("said at a news conference in Kabul") or on its speaker
    ("officials in Tehran said", "the government in Damascus asked") or on a verb beside it ("speaking to
    supporters in Columbia, he warned"). A visit, a meeting or a protest
    happens where its object is ("visited a school in Kabul", "rallied outside the embassy in Baghdad"):
    only the spoken roots are checked, and a place outside the act's own phrase is left to the other checks.
    """
    if code[:2] not in SPOKEN_ROOTS:
        return False
    tok = doc[top.token_start : top.token_end].root
    for _ in range(3):  # "the streets of Tehran", "the Tehran embassy"
        if tok.dep_ in {"compound", "poss"}:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
            tok = tok.head.head
        else:
            break
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    holder = tok.head.head
    if holder.i == trig.i or holder.i not in {t.i for t in trig.subtree}:
        return False
    if holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.head.i == trig.i:
        return False  # "at a news conference in Kabul": a phrase on the act itself
    if holder.pos_ == "ADV" and holder.head.i == trig.i:
        return False  # "back at her Brooklyn headquarters, aides cheered"
    if holder.lemma_.lower() in GATHERINGS:
        return False  # "told a gathering in Washington", "addressed a rally in Ohio": where the speaker was
    if source is not None and holder.i in {t.i for t in source.subtree}:
        return False  # "one pastor, Whiting of a church in Marion, supporting him": the speaker's own place
    # the scene of an act beside it: "stood at his pulpit in Burlington and endorsed him", "speaking to a crowd
    # of supporters in Columbia, he warned"; not an argument of it ("apologised but blamed it on Washington")
    # nor a thing further down ("targeting officials in response to strikes on bases in Iraq")
    setting, hops = holder, 0
    if holder.pos_ in {"VERB", "AUX"} and tok.head.lower_ not in {"in", "at", "near", "outside", "inside"}:
        hops = 2
    while hops < 2 and setting.dep_ == "pobj" and setting.head.dep_ == "prep":
        hops += setting.head.lower_ != "of"
        setting = setting.head.head
    if hops < 2 and setting.pos_ in {"VERB", "AUX"} and setting.i != trig.i and (
            (setting.dep_ in {"advcl", "conj"} and setting.head.i == trig.i)
            or (trig.dep_ == "conj" and trig.head.i == setting.i)):
        return False
    speaker = {t.i for c in trig.children if c.dep_ in {"nsubj", "nsubjpass", "poss", "compound", "agent"}
               for t in c.subtree}
    return holder.i not in speaker


TRIP_NOUNS = {"visit", "trip", "journey", "tour", "stop", "stopover"}
TRIP_VERBS = {"travel", "fly", "go", "come", "arrive", "return", "head", "land", "visit", "tour"}


def trip_beside(doc: Doc, top: Toponym, trig: Token) -> bool:
    """Is the toponym where a trip joined to a meeting went: "made a visit to Kyiv and met Zelensky",
    "flew to Ankara and held talks with Erdogan", "arrived in Doha and met the emir"? The meeting is there."""
    tok = doc[top.token_start : top.token_end].root
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"visit", "tour"}:
        verb = tok.head  # "visited Kyiv and met"
    elif tok.dep_ == "pobj" and tok.head.lower_ in {"to", "in", "at"}:
        head = tok.head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in TRIP_NOUNS and tok.head.lower_ == "to":
            verb = head.head  # "made a visit to Kyiv", "began a tour to the region"
        elif head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in TRIP_VERBS:
            verb = head
        else:
            return False
    else:
        return False
    if verb.i == trig.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return (trig.dep_ == "conj" and trig.head.i == verb.i) or (verb.dep_ == "conj" and verb.head.i == trig.i)
