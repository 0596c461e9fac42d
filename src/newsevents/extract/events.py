"""The rule-based event coder: patterns over the dependency parse → event candidates.

Each candidate records the pattern that fired, how source and target were found, its
modality and negation, and — when it is not an event — why (``reason``). ``explain`` prints
exactly these records, so what the coder did can always be read back.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.dictionaries import Dictionaries, Lexicon, Pattern, Slot
from newsevents.extract.actors import DocActors, Resolved, compose, dummy_it, in_dateline, referent

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["Candidate", "EventRules", "Match"]

EXTRACTOR = "newsevents.events.rules.v1"
SUBJ = {"nsubj", "csubj"}
CLAUSES = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"}
# What one invests that is no money or capital: "invested a lot of time in Iowa", "invested too much in the effort"
INVESTED_EFFORT = {"time", "effort", "energy", "hour", "day", "week", "month", "attention", "emotion", "campaign", "candidacy"}
# People aid workers are let in to reach: "access to the prisoners" is humanitarian, "access to the minister" is not
PEOPLE_IN_NEED = {"prisoner", "detainee", "captive", "hostage", "refugee", "civilian", "victim", "survivor", "wounded",
                  "patient", "population", "people", "resident", "migrant", "displaced", "inmate"}
# What one releases by making it public: no person or property held ("refused to release his tax returns")
PUBLISHED_THINGS = {"return", "transcript", "record", "document", "email", "file", "result", "name", "detail",
                    "data", "figure", "report", "tape", "video", "footage", "recording", "memo", "text", "finding"}
INHERIT_DEPS = {"xcomp", "acomp", "conj", "advcl", "ccomp", "pcomp", "acl", "prep", "pobj", "dobj"}
REVERSED = "symmetric: reversed pair"  # the note on the target-acts-too copy of an event
NULL_CODE = "---"  # a pattern that says "no event here" (PETRARCH's [---])
VIOLENT_ROOTS = {"18", "19", "20"}
# what a report says and who confirms it: "did not confirm reports that X attacked" asserts no attack
REPORT_NOUNS = {"report", "claim", "allegation", "rumour", "rumor", "account", "suggestion"}
VERIFYING_VERBS = {"confirm", "verify", "corroborate", "substantiate"}
# coercion and violence: who does these to others during a protest ("detained 50 people during the protests")
# takes no part in it
COERCIVE_ROOTS = {"17", *VIOLENT_ROOTS}
HISTORY_YEARS = 10  # an event dated this many years before the story is history
COMMITMENT_VERBS = {"threaten", "promise", "pledge", "vow", "offer", "warn", "announce"}
PROMISE_NOUNS = {"promise", "pledge", "vow", "commitment", "undertaking", "assurance"}
KEEPING_VERBS = {"keep", "fulfil", "fulfill", "honour", "honor", "implement", "execute"}
PROMISE_GIVING_VERBS = {"make", "give", "repeat", "reiterate", "renew", "reaffirm", "issue", "offer"}
# "jailed a student for helping militants", "convicted of spreading disinformation": the charge,
# not an event the story reports as done
CHARGE_VERBS = {"jail", "imprison", "sentence", "convict", "arrest", "detain", "fine", "punish", "prosecute", "charge",
                "indict", "try", "sue", "investigate", "acquit"}
# "praised X for helping", "blamed X for the attack", "described X as reckless for proposing": X did it
JUDGING_VERBS = CHARGE_VERBS | {"accuse", "blame", "criticize", "criticise", "condemn", "denounce", "slam", "fault",
                                "assail", "scold", "chastise", "rebuke", "reprimand", "censure", "castigate", "lambaste",
                                "attack", "praise", "thank", "applaud", "commend", "hail", "congratulate", "credit",
                                "reward", "honor", "honour", "describe", "call", "label", "brand", "dub"}
HOSTILE_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}
# "called her to say ...", "called to congratulate him": a telephone call, no appeal
PHONED_VERBS = {"say", "tell", "congratulate", "thank", "express", "offer", "wish", "apologize", "apologise", "ask",
                "check", "inform", "chat"}
# "supports deporting them", "endorsed making it harder": backing a course of action is a policy stance
STANCE_VERBS = {"support", "endorse", "back", "favor", "favour", "champion"}
# Nouns named after their victims: "the Armenian genocide", "the Rwandan genocide" (a people or a
# country before the noun suffered it, never did it)
VICTIM_NAMED_NOUNS = {"genocide", "holocaust"}
# Nouns whose possessor is the one it happens to: "Soleimani's killing", "his arrest".
PATIENT_NOUNS = {
    "killing", "kill", "assassination", "arrest", "detention", "release", "execution", "kidnapping",
    "abduction", "death", "murder", "expulsion", "deportation", "capture", "extradition", "ouster",
    "removal", "torture", "imprisonment", "trial", "conviction", "sentencing", "dismissal",
}
# Sectors and nouns of those who strike by stopping work: "teachers are striking" is no attack.
STRIKER_SECTORS = {"LAB", "EDU", "HLH", "BUS", "AGR", "MED", "CVL"}
STRIKER_NOUNS = {"worker", "teacher", "union", "employee", "staff", "miner", "nurse", "doctor", "driver", "pilot",
                 "docker", "longshoreman", "workforce", "unionist", "labourer", "laborer", "lecturer", "professor"}
# Sectors of bodies whose pulling out of a country is a reduction of relations (SANCTION
# 'withdraw': aid, observers, diplomats), not a military retreat.
UNARMED_SECTORS = {"NGO", "HRI", "HLH", "MED", "BUS", "EDU", "REL", "ENV", "IGO"}
ARMED_SECTORS = {"MIL", "COP", "REB", "INS", "UAF", "SPY"}
# What a threat promises in return: "would be met with a response", "will pay a heavy price".
RESPONSE_WORDS = {"response", "respond", "retaliate", "retaliation", "reprisal", "consequence", "price", "punish",
                  "punishment", "revenge", "avenge", "vengeance", "force", "crush"}
# Coercive outcomes a warning promises in the passive: "would be arrested", "will be prosecuted".
COERCIVE_OUTCOMES = {"arrest", "catch", "prosecute", "punish", "jail", "imprison", "expel", "ban", "detain", "sanction",
                     "target", "attack", "strike", "hunt", "execute", "charge"}
# Sectors of civilians and politicians: their withdrawing or pulling back is no military retreat.
CIVIL_SECTORS = {"CVL", "OPP", "PTY", "ELI", "LEG", "LAB", "AGR", "JUD"}
# Roots of events that happen in a place, whose unnamed doer the place's country stands for:
# protests, coercion (arrests, crackdowns), assaults, fighting and mass violence.
PLACE_CONTEXT_ROOTS = {"14", "17", "18", "19", "20"}
# Buying and selling: between states or with a state it is trade; between firms and people it is commerce
COMMERCE_LEMMAS = {"buy", "sell", "purchase", "invest", "acquire", "sale", "investment", "acquisition"}
# Sectors whose code makes a party to a purchase a state: a government, its forces, its services
STATE_SECTORS = {"", "GOV", "MIL", "SPY", "COP"}
# What a seller charges: "charged a $100,000 initiation fee", "charging students more", "charged his campaign for rent"
PRICE_NOUNS = {"fee", "rent", "price", "rate", "interest", "premium", "fare", "tuition", "toll", "more", "less", "much",
               "use", "service", "access", "admission", "cost"}
# Words that say what one pledges: "promised to cut taxes", "his pledge to reintroduce waterboarding"
PLEDGE_LEMMAS = {"promise", "pledge", "vow", "commit", "commitment"}
# Prepositions of time and circumstance, whose phrase names no participant of the event.
TIME_PREPOSITIONS = {"after", "before", "since", "until", "till", "following", "amid", "amidst", "despite", "during"}


def _sector(code: str) -> str:
    return code[3:6] if len(code) >= 6 else ""


def _nobody(tok: Token) -> bool:
    """A participant that is no one: "nobody", "none", "no one", "no civilians" (not "no fewer than")."""
    return tok.lower_ in {"nobody", "none", "noone"} or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _armed_code(code: str | None) -> bool:
    """Does a CAMEO actor code carry an armed sector anywhere after its country ("IRQMIL", "IMGINS")?"""
    return code is not None and any(code[i : i + 3] in ARMED_SECTORS for i in range(3, len(code), 3))
# Nouns whose "of" phrase names who does it: "the withdrawal of Russian troops".
SELF_NOUNS = {"withdrawal", "pullout", "pull-out", "retreat", "resignation", "surrender", "departure", "arrival",
              "visit", "disarmament", "demobilization", "demobilisation", "redeployment", "walkout", "exit"}
# Subordinators of clauses that state what has happened, whatever the main clause's modality.
FACTUAL_MARKS = {"after", "since", "because", "as", "while"}
# Curfews, emergencies and martial law, imposed or lifted: only the state does these, so a
# place named with them gives its government as the actor.
STATE_ONLY_CODES = {"1723", "1724", "0813", "0814"}
# Adjectives whose to-infinitive is not yet done: "was prepared to strike", "is ready to talk".
READY_ADJECTIVES = {"prepared": "planned", "ready": "planned", "willing": "planned", "poised": "planned",
                    "determined": "planned", "eager": "wanted", "keen": "wanted", "likely": "possible",
                    "unlikely": "possible", "possible": "possible", "impossible": "possible"}
# Verbs by which announcing an act named by a noun is doing it: "announced sanctions",
# "announced the withdrawal of its troops" (a verb after them stays planned: "announced it would").
DECLARING_VERBS = {"announce"}
# a sport's gear named as what someone was beaten with: the sport word then names no sport
SPORT_GEAR_WEAPONS = {"bat", "stick"}
# Verbs that only say an event noun reached its target: "was hit by a cyberattack".
IMPACT_VERBS = {"hit", "strike", "target", "affect", "cripple", "disable", "paralyse", "paralyze", "disrupt", "damage"}
# Verbs by which one party alone acts on a joint thing: "X ratified its agreement with Y" is
# X's act, not Y's (unlike "signed", "reached", "held talks").
UNILATERAL_VERBS = {"ratify", "endorse", "approve", "welcome", "hail", "praise", "applaud", "back", "support",
                    "implement", "honour", "honor", "respect", "accept", "adopt", "propose", "offer", "unveil",
                    "submit", "seek", "want", "defend", "review", "violate", "breach", "ignore", "broker", "mediate",
                    "declare", "announce", "guarantee", "monitor", "oversee"}
# "X gave/provided/sent Y weapons": the verbs whose object patterns also code receiving it from X.
GIVING_VERBS = ("provide", "give", "send", "supply", "deliver", "extend", "grant")
# verbs that name the recipient as their object and the goods after "with": "supplied Mali with jets"
FURNISHING_VERBS = {"supply", "provide"}
# verbs of sending people or goods somewhere: "deployed medics to X", "flew supplies to X"
SENDING_VERBS = ("dispatch", "deploy", "fly", "airlift", "ship")
# who attacks from the air: a generic attack (190) by them employs aerial weapons (195), by a drone 1952
AERIAL_ATTACKERS = {**dict.fromkeys(("warplane", "jet", "aircraft", "bomber", "helicopter",
                                     "gunship", "airforce"), "195"), "drone": "1952", "uav": "1952"}
WITHDRAWING_VERBS = ("withdraw", "pull", "remove", "recall", "evacuate")
# Verbs of using a weapon: "bombs dropped by Saudi jets killed ...": the "by" phrase did the killing
WEAPON_USING_VERBS = {"fire", "launch", "drop", "plant", "detonate", "shoot", "throw", "lob", "hurl", "lay"}
MEMBERSHIP_VERBS = ("suspend", "expel")  # "the African Union suspended Burkina Faso": 160
LEAVING_VERBS = ("leave", "quit", "depart")  # "ordered the troops to leave": an expulsion (166)
RECEIVING_VERBS = {"receive", "obtain", "get", "secure", "accept"}
# Prepositions that give what a talk or meeting is about ("a summit on the unrest"); "over" is
# left out: "clashed over the killing" names a cause.
TOPIC_MARKERS = {"on", "about", "regarding", "concerning"}
# verbs whose object is what is talked about, never who is talked with ("discussed the war in X")
TOPIC_OBJECT_VERBS = {"discuss"}
# what one meets or convenes to discuss something with others ("held talks to discuss", "called a meeting to discuss")
DISCUSSION_GATHERINGS = {"meet", "meeting", "talk", "gather", "gathering", "convene", "summit", "session", "conference",
                         "call", "huddle", "negotiation", "consultation", "dinner", "lunch", "breakfast"}
PARTNER_PREPOSITIONS = {"with", "to"}
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "consul", "representative", "emissary", "attache", "attaché"}
# verbs of brokering whose "over" phrase is what the parties bargain about ("mediating over the release of hostages")
BROKERING_VERBS = {"mediate", "broker", "negotiate", "bargain", "haggle", "wrangle", "talk", "confer", "consult"}
# verbs that call an event off before it happens: the event noun they take is not an event of the story
# ("cancelled its tour of Japan", "postponed the talks"); those with a code of their own are patterns (cancel +visit)
CALLING_OFF_VERBS = {"cancel", "postpone", "scrap", "shelve", "delay", "defer", "abandon", "axe"}
# heads an event noun names the kind of, as a modifier: "riot police", "riot gear", "protest banners"
KIND_HEADS = {"police", "policeman", "officer", "gear", "squad", "unit", "shield", "van", "control", "helmet",
              "banner", "placard", "sign", "song", "act"}
# a rally of a campaign, not a demonstration: "a campaign rally", "his victory rally", "a Trump rally"
CAMPAIGN_WORDS = {"campaign", "victory", "election", "electoral", "primary", "caucus", "fundraising", "fundraiser",
                  "pep", "reelection", "re-election", "stump"}
RALLY_SPEECH_VERBS = {"speak", "address", "thank", "promise", "vow", "pledge", "urge", "appear", "headline"}
PROTEST_MARKS = {"against", "over", "protest", "anti", "demand", "oppose", "denounce", "condemn"}
LEADING_VERBS = {"lead", "direct"}
PARTNER_ROOTS = {"03", "04", "05", "06"}
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07"}  # intents, talks, support, cooperation, aid
# verbs of force that need someone to act on: with no object they are a vote tally ("he crushed in
# Michigan") and after a linking verb a mood ("she looked crushed")
FORCE_OBJECT_VERBS = {"crush", "trounce", "rout", "thrash", "clobber", "demolish", "smash", "annihilate"}
LINKING_VERBS = {"look", "seem", "feel", "appear", "sound"}
# "demonstrated his commitment", "demonstrate how ...": to show, not to protest
SHOWING_VERBS = {"demonstrate"}
# "consider X Y", "consider X to be Y": a judgement of someone, no policy option weighed
JUDGING_CONSIDER = {"consider", "deem", "regard"}
# "condemned the raids as an attack on its sovereignty", "hailed the deal as a victory for Iran":
# the "as" phrase says what the speaker makes of the thing judged; it is neither an act nor whom
# the judgement is aimed at
CHARACTERIZING_VERBS = (JUDGING_VERBS - CHARGE_VERBS) | JUDGING_CONSIDER | {
    "see", "view", "characterize", "characterise", "portray", "depict", "dismiss", "reject", "decry", "deplore",
    "welcome", "denounce", "describe", "treat", "paint", "cast", "frame"}
# what an attack in words is carried by: "attack ads", "ads attacking Cruz"
MEDIA_NOUNS = {"ad", "advert", "advertisement", "commercial", "spot", "mailer", "flyer", "leaflet", "billboard",
               "video", "editorial", "op-ed", "column", "tweet", "post", "poster"}
# nouns whose "on" phrase is their topic: "its stance on the war", "remarks on Iran"
OPINION_NOUNS = {"stance", "position", "view", "opinion", "policy", "remark", "comment", "statement", "stand",
                 "question", "debate", "report", "speech", "article", "book", "record"}
QUESTIONERS = {"moderator", "host", "interviewer", "reporter", "journalist", "anchor", "questioner", "panelist",
               "panellist", "correspondent"}
NEGOTIATING_BODIES = {"delegation", "envoy", "mediator", "negotiator", "team"}  # sent to talk with someone
# what an agreement commits its parties to ("an agreement to withdraw troops") names no partner of it
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "pact", "treaty", "memorandum", "truce", "ceasefire", "cease-fire"}
MEETING_NOUNS = {"summit", "conference", "meeting", "session", "briefing", "debate", "forum", "seminar", "hearing"}
BORDER_NOUNS = {"border", "frontier", "boundary"}
VIOLENT_SYMMETRIC = {"clash", "fight", "skirmish", "exchange"}  # "clashed on the border": a place, not a topic
# Those whose violence is a violent protest (145), not an armed attack.
RIOTER_NOUNS = {"protester", "protestor", "demonstrator", "rioter", "mob", "marcher"}
CROWD_NOUNS = {"crowd", "throng", "mourner", "supporter"}
# What a crowd does by hand (attacks, clashes, beatings, arson, sieges), not with missiles or bombs.
RIOT_CODES = {"180", "182", "1821", "1822", "1823", "190", "191", "1712"}
# Nouns of the symmetric words that name a party, not a relation: "urged its allies".
PARTY_NOUNS = {"ally"}
# Verbs of deciding: a hostile act they commit to is decided, not threatened (the act stays planned).
DECIDING_VERBS = {"agree", "decide", "vote", "approve"}
# Support a vote or a poll answer expresses ("6 in 10 voters backed Sanders", "respondents who support
# Clinton"): an electorate, or a share of people, preferring a candidate is no endorsement by an actor.
PREFERENCE_VERBS = {"support", "back", "favor", "favour", "prefer", "choose", "pick"}
ELECTORATE_NOUNS = {"voter", "respondent", "caucus-goer", "caucusgoer", "elector", "electorate", "constituent",
                    "poll", "survey"}
# Whom a candidate "appeals to" when the word means attracts them: voters, a base, a group of people
AUDIENCE_NOUNS = ELECTORATE_NOUNS | {"folk", "people", "base", "supporter", "crowd", "audience", "group", "conservative",
                                     "liberal", "moderate", "independent", "millennial", "woman", "man", "evangelical",
                                     "worker", "american", "demographic", "segment", "republican", "democrat"}
# Whom one talks to when talking is addressing listeners, not consulting a party: "talking to voters",
# "talked to the nation", "spoke to reporters", "talking directly to them" (the audience members)
LISTENER_NOUNS = AUDIENCE_NOUNS | {"nation", "reporter", "journalist", "press", "medium", "student", "listener",
                                   "viewer", "fan", "member", "congregation", "graduate", "class", "room"}
# Particles that make "talk" something else than consulting: "talk up" (praise), "talk down" (belittle),
# "talked past each other" (failed to communicate), "talked through the issues" (explained them)
TALK_PARTICLES = {"up", "down", "past", "through"}
# Words before the singular noun "talk" that name chatter, no negotiation: "pep talks", "trash talk"
CHATTER_WORDS = {"pep", "small", "trash", "smack", "straight", "tough", "big", "idle", "loose", "sweet", "double"}
# Bodies that talk with somebody by their nature: "any delegation sent to Baghdad would discuss ..."
PARTNERED_NOUNS = {"delegation", "envoy", "negotiator", "mediator", "team", "panel", "committee", "commission",
                   "summit", "meeting", "conference", "council"}
# Named entities whose numbers count no casualties: dates, times, shares, sums, ranks
NON_COUNT_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}
# What a crowd or a room "explodes" or "erupts" in: applause and feelings, no bomb
OUTBURST_NOUNS = {"applause", "laughter", "cheer", "cheering", "boo", "booing", "anger", "outrage", "rage", "fury",
                  "joy", "celebration", "tear", "chant", "ovation", "controversy", "debate", "scandal", "popularity",
                  "protest", "uproar", "clamor", "clamour", "furor", "furore", "giggle", "song", "cry"}
# Nouns a violent noun only names the topic of: "rape analogies", "a rape exception", "murder jokes"
TOPIC_HEADS = {"analogy", "exception", "joke", "comment", "remark", "rhetoric", "metaphor", "reference", "comparison",
               "statistic", "imagery", "language", "pun", "quip"}
# What one defies, ignores or resists when that defies a norm (128): a law, an order, a demand, an
# authority. "Ignored the fact", "defied the question", "issues were largely ignored" defy nothing.
NORM_NOUNS = {"law", "rule", "norm", "order", "ruling", "ban", "curfew", "sanction", "embargo", "resolution",
              "court", "judge", "constitution", "treaty", "agreement", "accord", "ceasefire", "truce", "deadline",
              "ultimatum", "warning", "demand", "call", "request", "plea", "appeal", "pressure", "subpoena",
              "injunction", "summons", "directive", "decree", "mandate", "authority", "government", "regime",
              "regulation", "restriction", "protocol", "guideline", "limit", "convention", "requirement", "verdict",
              "decision", "instruction", "advice", "recommendation", "process", "procedure", "principle", "tradition",
              "orthodoxy", "establishment", "leadership", "party", "police", "army", "authorities", "state", "will",
              "opposition", "odds", "expectation", "precedent", "policy", "code", "term", "condition",
              "obligation", "commitment", "duty", "norms", "taboo", "etiquette", "custom", "standard", "ethic"}
FACT_IGNORING_VERBS = {"ignore", "disregard", "defy", "resist"}
# What a candidate concedes when conceding is losing a vote: "conceded the race to Clinton"
CONTEST_NOUNS = {"race", "election", "nomination", "primary", "caucus", "contest", "state", "seat", "runoff", "vote"}
SHARE_WORDS = {"majority", "plurality", "minority", "most", "half", "third", "quarter", "three-quarters",
               "two-thirds", "percent", "proportion", "share", "fraction", "those"}
# "cities with large Iranian communities": who lives in a place, which a "with" after it describes
POPULATION_NOUNS = {"community", "population", "minority", "majority", "diaspora", "presence", "concentration"}
# "the two countries", "both sides": the last two countries named.
PAIR_NOUNS = {"country", "nation", "side", "government", "state", "neighbour", "neighbor", "leader"}
# Verbs whose complement is threatened, whatever it is: an intent they govern is a 13x threat or
# nothing more specific than the verb's own threat ("threatened to end the protests by force").
THREAT_VERBS = {"threaten"}
# Nouns that stand for the country last named: "Bahrain said the country had sent aid".
COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic", "emirate"}
# Verbs whose participle after a thing that is no actor says what it is about: "the conflict
# surrounding Ivory Coast" is no siege.
RELATION_PARTICIPLES = {"surround"}
# Verbs by which a side that says it has stopped fighting declares a ceasefire.
CEASEFIRE_DECLARING = {"announce", "declare"}
# Nouns for an act one may do: "raised the possibility of a ban" is the subject's (a threat when hostile).
POSSIBILITY_NOUNS = {"possibility", "prospect", "option", "idea"}
# Codes whose actor must be armed: a body known only by its name does not use force, protect
# militarily, retreat or demobilise ("a super PAC attacking Cruz", "Apple deployed encryption").
ARMED_CODES = ("074", "0873", "0874")
# Verbs that only carry out their object ("held drills", "held a strike"), besides the light verbs.
PERFORMING_VERBS = {"hold"}
# Sponsor verbs whose "by" agent ends or keeps an event rather than doing it: "the truce was broken
# by X" is not X's truce.
ENDING_VERBS = {"end", "halt", "suspend", "break", "observe", "stop"}
# "a paramilitary group", "militia units": the modifier names what the group is, so a pattern's
# object may be found on the modifier of one of these plain heads
GROUP_HEADS = {"group", "force", "unit", "outfit", "organization", "organisation", "band"}
# "shut down internet traffic", "cut mobile internet services", "blocked access to the internet":
# the same for what a service carries
SERVICE_HEADS = {"access", "service", "traffic", "connection", "connectivity"}
# units of goods or people sent ("two planeloads of supplies", "a team of doctors"); not a vague amount
# ("a lot of money", "a round of attacks", "amounts of territory")
CARGO_UNITS = {"ton", "tonne", "kilogram", "kilo", "shipment", "consignment", "batch", "load", "convoy", "cargo",
               "planeload", "truckload", "shipload", "boatload", "team", "crew", "contingent"}
# the market as a subject: "investors shrugged off the tension", "markets welcomed the deal" report prices, not acts
MARKET_SUBJECTS = {"investor", "trader", "market", "share", "stock", "bond", "bourse", "currency", "index", "speculator"}
# a team named by what it does: "sent a rescue team", "a medical team" is sending rescuers, medics
TEAM_HEADS = {"team", "crew", "contingent"}
# verbs whose object is what people run from: "fleeing the fighting" is a reason, not a new event
FLEEING_VERBS = {"flee", "escape"}
# a system or battery of arms is a weapon: "delivered Patriot air defence systems", "sent two missile batteries"
WEAPON_SYSTEM_HEADS = {"system", "battery"}
WEAPON_SYSTEM_KINDS = {"defence", "defense", "missile", "rocket", "artillery", "weapon", "interceptor"}
# what one meets without meeting anyone: "met the deadline", "failed to meet the target"
ABSTRACT_AIMS = {"goal", "target", "deadline", "demand", "requirement", "standard", "expectation", "need",
                 "criterion", "criteria", "obligation", "condition", "threshold", "quota", "benchmark"}
# verbs that name what their object is ("called the vote a sham", "termed it an invasion")
NAMING_VERBS = {"call", "term", "dub", "label", "brand"}
# a clause these introduce is said beside the verb's own act, never of whom it is done to: "pledged to deepen
# their partnership, while offering no plan for Ukraine", "signed the deal, although doubting Iran's word"
# ("while" only after a comma: "pledged aid while visiting Kenya" is when, and Kenya may be the one helped)
ASIDE_MARKS = frozenset({"while", "whilst", "although", "though", "whereas", "because"})

# era marks of a year: "in AD 43", "in 480 BC"
ERA_MARKS = frozenset({"AD", "BC", "BCE", "CE"})
# Past eras and the polities of the past: an event "during World War II", "in Hitler's Germany", or done
# by "the Nazis" or "Ottoman Turks" is history, not news
ERA_NAMES = ("world war i", "world war ii", "world war one", "world war two", "first world war", "second world war",
             "wwi", "wwii", "holocaust", "great depression", "cold war", "middle ages", "crusades")
HISTORIC_POLITIES = frozenset({"nazi", "nazis", "ottoman", "ottomans", "confederate", "confederacy", "byzantine",
                               "mongol", "habsburg", "tsarist", "czarist", "hitler", "third reich"})
TIME_PREPS = frozenset({"during", "in", "after", "before", "from", "under"})
# an embedded question ("did not say who attacked") presupposes its event
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
# singulars that name an attitude where the plural names fighting: "the hostility between the two
# countries" is no attack ("hostilities between" are)
ATTITUDE_SINGULARS = {"hostility"}
# words whose "who"/"what" clause is a question, not a relative: "unclear who attacked", "asked who fired"
QUESTION_WORDS = {"know", "ask", "wonder", "determine", "establish", "investigate", "identify", "unclear", "clear",
                  "sure", "certain", "unknown", "learn", "find"}


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
    pattern: Pattern | None = None  # the dictionary pattern behind ``rule``, when one is


def _uncoded(sources: Sequence[Resolved | None]) -> bool:
    """No source with an actor code yet: the clause named nobody (a passive, an unknown), so
    the rules below may still find who acted."""
    return all(x is None or not x.code for x in sources)


def _names_object(verb: Token) -> bool:
    """"Called the strike an act of terrorism", "dubbed the vote a sham": the verb names its object."""
    return verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "oprd" for c in verb.children)


def _scoreline(verb: Token) -> str:
    """A match score among the verb's own words ("crushed Barcelona 4-0", "won 3–1"): two numbers of
    one or two digits joined by a dash, or ""."""
    doc = verb.doc
    for c in verb.children:
        for a in (c, *c.children):
            if a.like_num and a.text.isdigit() and len(a.text) <= 2 and a.i + 2 < len(doc) \
                    and doc[a.i + 1].text in {"-", "–"} and doc[a.i + 2].text.isdigit() and len(doc[a.i + 2].text) <= 2:
                return doc[a.i : a.i + 3].text
            if re.fullmatch(r"\d{1,2}[-–]\d{1,2}", a.text):
                return a.text
    return ""


def _with_particles(verb: Token) -> list[Token]:
    """The verb's children and its particles' ("cut the banks off from SWIFT": "from" hangs on "off")."""
    kids = list(verb.children)
    # a particle parsed as a bare preposition ("pulled out of the deal": "of" hangs on "out") counts too
    return kids + [g for c in kids if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1 and not any(
        x.dep_ == "pobj" for x in c.children)) for g in c.children]


def _wanted(prep: Token, verb: Token) -> bool:
    """"called for a special court", "asked for a mediator": a "for" phrase of a call or a request naming
    something new is what is wanted, not anyone appealed to ("called for the army to step in", "called on
    the court", "asked for the UN's help" name who is asked)."""
    if prep.dep_ != "prep" or prep.lower_ != "for" or verb.lemma_.lower() not in {"call", "ask"}:
        return False
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    # a named body in it stays the one asked: "called for a UN inquiry"
    return pobj is not None and pobj.pos_ == "NOUN" and any(g.dep_ == "det" and g.lower_ in {"a", "an"}
                                                            for g in pobj.children) \
        and not any(t.ent_type_ in {"ORG", "GPE", "NORP"} for g in pobj.lefts for t in g.subtree)


def place_phrase_head(t: Token) -> Token:
    """The word whose slot a place name fills when it only qualifies another place: "in Washington, D.C.",
    "at the Sharon, Connecticut, home" (the state stands where its town or the home stands)."""
    for _ in range(3):
        if t.dep_ in {"appos", "conj", "compound"} and t.head.i != t.i:
            t = t.head
    return t


def _aside(clause: Token, verb: Token) -> bool:
    """Is ``clause`` an aside after ``verb`` ("pledged to deepen ties, while offering nothing on Ukraine",
    "signed it, although doubting Iran's word"), said beside the act and naming no one it is done to?"""
    return clause.dep_ == "advcl" and clause.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in ASIDE_MARKS and (m.lower_ not in {"while", "whilst"} or (
            m.i > 0 and m.doc[m.i - 1].text == ",")) for m in clause.children)


def _judged_as(prep: Token) -> bool:
    """Is ``prep`` the "as" of a judgement of something ("condemned the raids as ...", "the deal was
    hailed as ...")?"""
    verb = prep.head
    return prep.dep_ == "prep" and prep.lower_ == "as" and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in CHARACTERIZING_VERBS and any(k.dep_ in {"dobj", "nsubjpass"} for k in verb.children)


def _characterization(noun: Token) -> bool:
    """Is the event noun ``noun`` what something is judged to be ("condemned the raids as an attack on
    Iraqi sovereignty", "denounced the decision as a declaration of war")?"""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and _judged_as(noun.head)


def _is_light(tok: Token, lex: Lexicon) -> bool:
    return tok.lemma_.lower() in lex.light_verbs or tok.lower_ in lex.light_verbs


@dataclass
class Match:
    """A pattern that fits a token, with what its constraints and word slots found."""

    pattern: Pattern
    key: tuple[int, int, int]  # (score, written form matched, -dictionary order): the highest wins
    target: Token | None = None
    obj: Token | None = None
    claims: dict[str, list[Resolved]] = field(default_factory=dict)  # "source" / "target" / "compound"
    claimed_tokens: set[int] = field(default_factory=set)  # tokens of the claimed actors
    words: set[int] = field(default_factory=set)  # tokens the word slots matched


def _people_of(country: Resolved) -> Resolved:
    """The people of a country that a protest's place names: ICEWS's "Protester (France)", FRACVL, not
    France itself, whose protests are a government's."""
    return replace(country, code=compose(country.code[:3], "CVL", append=False), rule=f"{country.rule}+people")


def _stance(mod: Token) -> str | None:
    """"anti" or "pro" when a modifier is written "anti-X" / "pro-X" (one token or split at the hyphen)."""
    low = mod.lower_
    for prefix in ("anti", "pro"):
        if low.startswith(prefix + "-"):
            return prefix
    doc = mod.doc
    if mod.i >= 2 and doc[mod.i - 1].text == "-" and doc[mod.i - 2].lower_ in {"anti", "pro"}:
        return doc[mod.i - 2].lower_
    return None


def _members(tok: Token, actors: DocActors | None = None) -> list[Token]:
    """The heads of a conjoined list, also where the parser read part of it as an apposition
    ("Mordor, the Shire, Fornost and Bree"), a modifier ("Fornost and the evil Gondor") or
    hung it on another word of a name ("Barack Obama and Vladimir Putin")."""
    out = [tok, *tok.conjuncts]
    m = actors.mention_for(tok) if actors is not None else None
    if m is not None:
        out += [c for t in tok.doc[m.start : m.end] for c in t.conjuncts]
    for c in tok.children:
        listed = c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)
        joined = c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN" and any(g.dep_ == "cc" for g in c.children) \
            and m is not None  # "Fornost and the evil Gondor", not "US and British activists"
        if listed or joined:
            out += [c, *c.conjuncts]
    return sorted(set(out), key=lambda t: t.i)


def _joined(tok: Token) -> str | None:
    """A word the tokenizer split at a hyphen ("cease-fire" → "cease", "-", "fire"), written
    whole ("ceasefire"), so the dictionary needs one entry for both spellings."""
    i = tok.i
    if i < 2:
        return None
    hyphen, first = tok.doc[i - 1], tok.doc[i - 2]
    if hyphen.text in {"-", "‐", "–"} and not hyphen.whitespace_ and not first.whitespace_ \
            and first.head.i == i and first.is_alpha:
        return first.lower_ + tok.lower_
    return None


def _fled_from(noun: Token) -> bool:
    """Is the noun what people flee or escape: "fleeing the fighting", "fled from the violence"?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"from", "amid"}:
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in FLEEING_VERBS


def _is_word(tok: Token, word: str) -> bool:
    """Is ``tok`` the dictionary word ``word`` (by lemma, written form or hyphen-joined form)?"""
    if tok.lemma_.lower() == word or tok.lower_ == word:
        return True
    # a joined form ends with the token itself: only then look back for the hyphen (a hot path)
    return len(word) > len(tok.lower_) and word.endswith(tok.lower_) and _joined(tok) == word


def _same_side(t: Resolved, sources: list[Resolved], doc: Doc) -> bool:
    """Is ``t`` one of the sources, or the country of one of them named as the subject of a clause
    ("warned that Washington had identified ...")? Its country as a place ("sorrow for the shootings
    in South Carolina") is another matter: the victims there are the target."""
    subject = t.token >= 0 and doc[t.token].dep_ in {"nsubj", "nsubjpass"}
    return any((t.entity is not None and t.entity == s.entity)
               or (subject and t.kind == "country" and t.code[:3] == s.code[:3]) for s in sources)


def _furnished(verb: Token) -> list[Token]:
    """What "supply/provide X with Y" gives: the objects of "with" on the verb or on its object
    (with their conjuncts: "with fighter jets and helicopters"); none without an object X."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    preps = [c for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    goods = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return goods + [c for g in goods for c in g.conjuncts]


def _bare_infinitive(c: Candidate) -> bool:
    """Coded by a pattern that names only the verb and its to-infinitive ("promise >end")."""
    p = c.pattern
    return p is not None and p.xcomp is not None and p.obj is None and p.particle is None \
        and p.prep_object is None and not p.target_preps


def _agreed_terms(clause: Token, verb: Token) -> bool:
    """A to-infinitive that states what an agreement commits to: under the agreement noun, or hung by the parser
    on the verb whose object the agreement is ("reached a deal to end the fighting")."""
    if clause.dep_ not in {"acl", "advcl", "relcl"} or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return False
    head = clause.head
    if head.lemma_.lower() in AGREEMENT_NOUNS and head.pos_ == "NOUN":
        return True
    return head.i == verb.i and clause.dep_ == "advcl" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in verb.children)


def _hung_infinitive(tok: Token) -> bool:
    """"Refused on Tuesday to meet", "threatened on Sunday to close": a to-infinitive after a
    time or place phrase that the parser hung as an adverbial clause, not as the complement."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and tok.i > tok.head.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and not any(c.dep_ == "mark" for c in tok.children) \
        and all(t.dep_ in {"prep", "agent", "pobj", "npadvmod", "advmod", "det", "amod", "compound", "nummod", "punct"}
                or t.head.dep_ in {"pobj", "npadvmod"} for t in tok.doc[tok.head.i + 1 : tok.left_edge.i])


def _with_object(c: Candidate) -> bool:
    """Coded by a pattern that also names the object ("end +curfew")."""
    return c.pattern is not None and c.pattern.obj is not None


def _matches_word(word: str, tok: Token) -> bool:
    return word == tok.lower_ or (word.endswith("-") and word[:-1] == tok.lower_)


def _countries_before(actors: DocActors, start: int) -> Iterator[Resolved]:
    """The countries named (with a country code) before character ``start``, the latest first."""
    for r in reversed(actors.history):
        if r.start < start and r.kind == "country" and r.code and len(r.code) == 3:
            yield r


def _agent_actor(verb: Token, actors: DocActors) -> Resolved | None:
    """The coded actor of a participle's "by" phrase ("fired by Hamas")."""
    for a in (x for x in verb.children if x.dep_ == "agent"):
        pobj = next((g for g in a.children if g.dep_ == "pobj"), None)
        r = actors.resolve(pobj) if pobj is not None else None
        if r is not None and r.code:
            return r
    return None


class EventRules:
    """Indexes patterns by head lemma (and, for PETRARCH verbs, written forms) and applies them."""

    def __init__(self, dicts: Dictionaries, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.own_rules = dicts.place_actors
        self.verbs: dict[str, list[tuple[int, Pattern]]] = defaultdict(list)
        self.nouns: dict[str, list[tuple[int, Pattern]]] = defaultdict(list)
        for order, p in enumerate(dicts.patterns):
            index = self.nouns if p.noun else self.verbs
            for key in {p.head, *p.forms}:
                index[key].append((order, p))
        # "Y received weapons from X" is X giving them: what giving each object codes
        self.gift_codes: dict[str, str] = {}
        for p in dicts.patterns:
            if not p.noun and p.head in GIVING_VERBS and p.obj and not (p.xcomp or p.particle or p.prep_object
                                                                        or p.before or p.after or p.reverse_code):
                self.gift_codes.setdefault(p.obj, p.code)
        self.discards = [d for d in dicts.discards if not d.lemma]
        self.discard_lemmas = {d.words[0]: d for d in dicts.discards if d.lemma}
        self._discard_re = [
            (d, re.compile(r"(?<![\w])" + r"\s+".join(re.escape(w) for w in d.words) + ("" if d.stem else r"(?![\w])")))
            for d in self.discards
        ]

    # ---- pattern matching ---------------------------------------------------------------------
    def _objects(self, tok: Token) -> list[Token]:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
        for o in list(objs):  # "expelled dozens of diplomats": the diplomats are the object
            cur = o
            for _ in range(2):  # "cut off billions of dollars of support": through an amount of money too
                if not (cur.lemma_.lower() in self.lex.quantity_nouns or cur.lower_ in self.lex.quantity_nouns
                        or cur.like_num or (self.own_rules and cur.ent_type_ == "MONEY")
                        or (self.own_rules and cur.lemma_.lower() in CARGO_UNITS)):
                    # "sent two planeloads of medical supplies", "flew 40 tonnes of vaccines"
                    break
                nxt = [g for c in cur.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"]
                objs += nxt
                if not nxt:
                    break
                cur = nxt[0]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            objs.append(tok.head)  # "a report released Tuesday": the report is what was released
        if self.own_rules and tok.lemma_.lower() in FURNISHING_VERBS:
            objs += _furnished(tok)  # "supplied the junta with fighter jets": the jets are what was supplied
        return objs

    def _check(self, p: Pattern, tok: Token, actors: DocActors | None) -> Match | None:
        """How well ``p`` fits ``tok`` (None if a hard constraint fails)."""
        score = 0
        obj_tok: Token | None = None
        if self.own_rules and p.prep_object is None and _names_object(tok) \
                and not any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"} and c.i == tok.i + 1 for c in tok.children):
            # "what he called an attack", "called the vote a sham": naming, not an appeal ("called on" is one);
            # "called the strike an act of terrorism" calls no strike
            return None
        if p.particle is not None:
            if not any(
                c.lower_ == p.particle
                and (c.dep_ in {"prt", "advmod"} or (c.dep_ == "prep" and c.i == tok.i + 1))
                for c in tok.children
            ):
                return None
            score += 2
        if p.obj is not None:
            # for a noun, "+word" is a modifier it needs: "n:strike +labor", "n:exercise +joint"
            pool = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}] if p.noun else self._objects(tok)
            if p.particle is not None and not p.noun and self.own_rules:
                # "called in security forces" parsed as a preposition: its object is the verb's
                pool += [g for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ == p.particle
                         for g in c.children if g.dep_ == "pobj"]
            objs = [o for o in pool if _is_word(o, p.obj)]
            if not objs and not p.noun:
                heads = GROUP_HEADS | SERVICE_HEADS | TEAM_HEADS if self.own_rules else GROUP_HEADS
                objs = [o for o in pool if o.lemma_.lower() in heads and any(
                    m.dep_ in {"compound", "amod"} and _is_word(m, p.obj) for m in o.children)]
            if not objs and not p.noun and self.own_rules and p.obj == "weapon":
                objs = [o for o in pool if o.lemma_.lower() in WEAPON_SYSTEM_HEADS and any(
                    m.dep_ in {"compound", "amod"} and m.lemma_.lower() in WEAPON_SYSTEM_KINDS for m in o.children)]
            if not objs and not p.noun and self.own_rules and tok.lemma_.lower() not in GIVING_VERBS:
                # "cut access to the internet" (but "gave Iran access to its funds" gives no funds)
                objs = [o for o in pool if o.lemma_.lower() in SERVICE_HEADS and any(
                    _is_word(g, p.obj) for c in o.children if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj")]
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
            # a passive's "by" phrase is an "agent": "was blown up by a missile"
            deps = {"prep", "dative", "agent"} if self.own_rules else {"prep", "dative"}
            if not any(
                c.dep_ in deps and c.lower_ == prep and any(_is_word(g, lemma) for g in c.children)
                for c in _with_particles(tok)
            ):
                return None
            score += 2
        target: Token | None = None
        if p.target_preps:
            holders = [tok] + ([obj_tok] if obj_tok is not None else [])
            verb = tok.head if self.own_rules and p.noun and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
            if verb is not None:
                # "tightened export controls on China": the parser hangs the noun's "on" phrase on its verb
                holders.append(verb)
            for h in holders:
                for c in h.children:
                    if h == verb and c.i < tok.i:
                        continue  # the verb's own phrases before its object are not the noun's
                    if c.dep_ in {"prep", "dative", "agent"} and c.lower_ in p.target_preps:
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}:
                            # not "fired X on Monday"; "met with President Assad Tuesday" is Assad
                            pobj = next((g for g in reversed(list(pobj.children)) if g.dep_ in {"compound", "appos", "nmod"}
                                         and g.ent_type_ not in {"DATE", "TIME"}), None)
                        if self.own_rules and _wanted(c, tok):
                            continue
                        if pobj is not None:
                            target = pobj
                            break
                if target is not None:
                    break
            if target is not None:
                score += 1
            elif p.target_required:
                return None
        m = Match(p, (0, 0, 0), target, obj_tok)
        if p.before or p.after:
            if not self._slots(p, tok, actors, m):
                return None
            score += 2 * len(m.words) + sum(len(v) > 0 for v in m.claims.values())
        m.key = (score, int(tok.lower_ == p.head or tok.lower_ in p.forms), 0)
        return m

    # ---- word slots (PETRARCH/TABARI patterns) ----------------------------------------------
    def _span_after(self, tok: Token) -> list[Token]:
        """The verb's phrase after it, without conjoined verbs' own phrases."""
        skip: set[int] = set()
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
                skip.update(t.i for t in c.subtree)
            if c.dep_ == "cc":
                skip.add(c.i)
        return [t for t in tok.subtree if t.i > tok.i and t.i not in skip]

    def _slots(self, p: Pattern, tok: Token, actors: DocActors | None, m: Match) -> bool:
        """Match the before/after word slots; fill ``m.words`` and ``m.claims``."""
        sent = tok.sent
        before = [tok.doc[i] for i in range(tok.i - 1, sent.start - 1, -1)]
        after = self._span_after(tok)
        windows: list[tuple[str, list[Token]]] = []
        skipped: set[int] = set()
        for slots, toks, backwards in ((p.before, before, True), (p.after, after, False)):
            if not slots:
                continue
            got = self._seq(slots, 0, toks, 0, tok.i, backwards, [])
            if got is None:
                return False
            for kind, lo, hi, used in got:
                if kind == "word":
                    m.words.update(used)
                elif kind != "skip":
                    window = [t for t in toks[lo:hi] if t.i not in skipped]
                    # "% *" is a compound source acting on itself; "* WITH %" a compound target
                    role = "target" if kind == "compound" and not backwards else kind
                    windows.append((role, sorted(window, key=lambda t: t.i)))
                else:
                    skipped.update(used)
        if actors is not None:
            for kind, window in windows:
                found = self._window_actors(window, actors, compound=kind == "compound")
                if kind == "compound" and len({r.token for r in found}) < 2:
                    return False  # "% *" needs conjoined actors: "Gondor and Osgiliath met"
                if found:
                    m.claims.setdefault(kind, []).extend(found)
                    m.claimed_tokens.update(t.i for t in window)
        return True

    def _seq(
        self, slots: tuple[Slot, ...], k: int, toks: list[Token], pos: int, prev: int, backwards: bool,
        acc: list[tuple[str, int, int, list[int]]],
    ) -> list[tuple[str, int, int, list[int]]] | None:
        """Match ``slots[k:]`` in ``toks[pos:]`` (nearest the verb first); backtracks over gaps.

        ``prev`` is the document index of the last matched token (the verb at first), so that
        a joined slot (``_``) must start right next to it. Actor slots record the stretch of
        tokens up to the next matched word as their window.
        """
        if k == len(slots):
            return acc
        slot = slots[k]
        step = -1 if backwards else 1
        if slot.kind == "skip":
            # "^" passes over one noun phrase: the next actor slot must not take it
            end = pos
            while end < len(toks) and toks[end].pos_ not in {"NOUN", "PROPN", "PRON"}:
                end += 1
            while end + 1 < len(toks) and toks[end + 1].i == toks[end].i + step and toks[end].head.i == toks[end + 1].i \
                    and toks[end].dep_ in {"compound", "amod", "nmod", "poss"}:
                end += 1
            used = [t.i for t in toks[pos : end + 1]]
            return self._seq(slots, k + 1, toks, end + 1, -1, backwards, [*acc, ("skip", pos, end + 1, used)])
        if slot.kind in {"source", "target", "compound"}:
            rest = self._seq(slots, k + 1, toks, pos, -1, backwards, [*acc, (slot.kind, pos, len(toks), [])])
            if rest is None:
                return None
            # the window ends where the next word slot matched
            nxt = next((r for r in rest[len(acc) + 1 :] if r[0] == "word"), None)
            kind, lo, _, used = rest[len(acc)]
            rest[len(acc)] = (kind, lo, nxt[1] if nxt is not None else len(toks), used)
            return rest
        joined = slot.joined and prev >= 0  # after an actor slot, adjacency cannot be checked
        for q in [pos] if joined else range(pos, len(toks)):
            if q >= len(toks):
                break
            if joined and toks[q].i != prev + step:
                break
            for phrase in slot.phrases:
                words = phrase[::-1] if backwards else phrase
                if q + len(words) > len(toks):
                    continue
                run = toks[q : q + len(words)]
                if any(run[j].i != run[0].i + j * step for j in range(len(run))):
                    continue
                if all(_matches_word(w, t) for w, t in zip(words, run, strict=True)):
                    got = self._seq(slots, k + 1, toks, q + len(words), run[-1].i, backwards,
                                    [*acc, ("word", q, q + len(words), [t.i for t in run])])
                    if got is not None:
                        return got
        return None

    def _window_actors(self, window: list[Token], actors: DocActors, *, compound: bool) -> list[Resolved]:
        """The actor(s) of a pattern's ``$``/``+``/``%`` window: its first actor noun phrase."""
        inside = {t.i for t in window}
        for t in window:
            if t.dep_ in {"compound", "amod", "poss", "nmod", "det"} and t.head.i in inside:
                continue  # the phrase's head will be tried
            found = actors.resolve_all(t)
            if found and any(r.code for r in found):
                if compound or t.conjuncts:
                    for c in t.conjuncts:
                        if c.i in inside or compound:
                            found += actors.resolve_all(c)
                return [r for r in found if r.code]
        return []

    def match(self, tok: Token, *, noun: bool, actors: DocActors | None = None) -> Match | None:
        """The best pattern for ``tok``: most specific, then written form, then dictionary order."""
        index = self.nouns if noun else self.verbs
        seen: set[int] = set()
        best: Match | None = None
        whole = _joined(tok)
        keys = (whole,) if whole is not None and whole in index else (tok.lemma_.lower(), tok.lower_)
        for key in keys:
            for order, p in index.get(key, ()):
                if order in seen:
                    continue
                seen.add(order)
                m = self._check(p, tok, actors)
                if m is None:
                    continue
                m.key = (m.key[0], m.key[1], -order)
                if best is None or m.key > best.key:
                    best = m
        return best

    def best(self, tok: Token, *, noun: bool) -> tuple[Pattern, Token | None, Token | None] | None:
        m = self.match(tok, noun=noun)
        return None if m is None or m.pattern.code == NULL_CODE else (m.pattern, m.target, m.obj)

    # ---- structure helpers ----------------------------------------------------------------------
    def _relative_antecedent(self, pron: Token, verb: Token) -> Token | None:
        if verb.dep_ == "relcl":
            return verb.head
        if self.own_rules and verb.dep_ == "ccomp" and pron.lower_ in {"who", "what"} and verb.head.dep_ != "relcl" \
                and (verb.head.lemma_.lower() in self.lex.speech_verbs or verb.head.lemma_.lower() in QUESTION_WORDS):
            return None  # "did not say who attacked the base": an embedded question names nobody
        for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
            if t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"DATE", "TIME"}:
                return t
        return None

    def _subject(self, tok: Token) -> tuple[Token | None, str]:
        """The subject token of ``tok`` (following passives, relatives, controls), and how it was found."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        if not passive and self.own_rules and tok.tag_ == "VBN" and tok.dep_ == "acl" \
                and any(c.dep_ == "agent" for c in tok.children):
            passive = True  # "a rocket fired by Hamas": the agent of a reduced relative does it
        if passive:
            for c in tok.children:
                if c.dep_ == "agent":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj, "passive-agent"
            return None, "passive-no-agent"
        subjects = [c for c in tok.children if c.dep_ in SUBJ]
        # "MOSCOW, March 3 (Reuters) - Russia expelled ...": the parser's first subject is the dateline
        subj = next((c for c in subjects if not in_dateline(tok.doc[c.left_edge.i : c.right_edge.i + 1])),
                    subjects[0] if subjects else None)
        if subj is not None:
            if subj.lower_ in self.lex.relative_pronouns:
                ante = self._relative_antecedent(subj, tok)
                return ante, "relative"
            return subj, "subject"
        if self.own_rules and tok.dep_ in {"advcl", "conj"} and (real := self._reduced_relative_misparse(tok.head)) is not None \
                and real.i == tok.i:  # the same token, not the same object: spaCy makes a new Token per access
            # "Kenyan police deployed to Haiti exchanged fire": the police are the subject of the real verb
            return next(c for c in tok.head.children if c.dep_ == "nsubj"), "subject-of-misparsed-participle"
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
            if cur.dep_ in INHERIT_DEPS and cur.head.i != cur.i:
                via = cur.dep_
                prep = cur if via == "prep" and cur.lower_ in {"for", "of"} and tok.dep_ == "pcomp" \
                    and tok.head.i == cur.i and tok.tag_ == "VBG" else None
                cur = cur.head
                if self.own_rules and prep is not None and cur.dep_ in {"dobj", "nsubjpass"} \
                        and cur.head.lemma_.lower() in JUDGING_VERBS:
                    return cur, f"object-of:{cur.head.lemma_}"  # "convicted the colonel of killing …"
                if self.own_rules and prep is not None and cur.lemma_.lower() in JUDGING_VERBS:
                    # "jailed a student for helping militants", "accused Russia of arming the rebels",
                    # "thanked China for helping": the one jailed, accused or thanked did it
                    doer = next((c for c in cur.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < prep.i
                                 and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)
                    if doer is not None:
                        return doer, f"object-of:{cur.lemma_}"
                if cur.pos_ in {"VERB", "AUX", "ADJ"}:  # "is about to restore", "ready to talk"
                    ctrl = next((c for c in cur.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)
                    if via == "xcomp" and ctrl is not None and cur.lemma_.lower() in self.lex.appeal_verbs:
                        return ctrl, f"object-control:{cur.lemma_}"  # "urged lawmakers to take"
                    s = next((c for c in cur.children if c.dep_ in SUBJ), None)
                    if s is not None:
                        if s.lower_ in self.lex.relative_pronouns:
                            return self._relative_antecedent(s, cur), "inherited-relative"
                        return s, f"inherited:{cur.lemma_}"
                    raised = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
                    if raised is not None:
                        # "Obama is scheduled to attend", "X was forced to withdraw": the passive
                        # subject does what the infinitive says; other clauses stop here
                        if via in {"xcomp", "acomp"}:
                            return raised, f"raised:{cur.lemma_}"
                        break
            else:
                break
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return tok.head, "participle-head"  # "the demonstrators, demanding an end to …", "a letter condemning X"
        return None, "none"

    def _has_relative_subject(self, tok: Token) -> bool:
        return any(c.dep_ in SUBJ and c.lower_ in self.lex.relative_pronouns for c in tok.children)

    def modality(self, tok: Token, matched: set[int] | frozenset[int] = frozenset()) -> tuple[bool, str, list[str]]:
        """Negation and modality of the event at ``tok``, with the words that decided them.

        Words a dictionary pattern matched (``matched``: "WILL NOT *", "REFUSAL TO *") are part
        of its code already, so they neither negate nor make the event unrealised.
        """
        notes: list[str] = []
        negated = any(c.dep_ == "neg" and c.i not in matched for c in tok.children)
        if negated:
            notes.append("neg")
        elif nobody := next((c for c in tok.children if c.dep_ in SUBJ | {"nsubjpass", "dobj"} and _nobody(c)), None):
            negated = True  # "no one was killed", "no civilians were hurt", "killed nobody"
            notes.append(f"neg:{nobody.text}")
        elif matched and any(c.dep_ == "neg" for c in tok.children):
            notes.append("neg:coded-by-pattern")
        mod = "asserted"
        if self.own_rules and tok.pos_ == "NOUN":
            det = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
            if det == "any":
                mod = "hypothetical"  # "would retaliate against any strike", "warned against any attack": none yet
                notes.append("det:any")
            elif tok.dep_ in {"nsubj", "nsubjpass"} and det in {None, "a", "an"} and any(
                    c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in tok.head.children):
                mod = "hypothetical"  # "a blockade of Taiwan would cripple supplies", "war would be a disaster"
                notes.append("subject-of-would")
        for c in tok.children:
            if c.i in matched:
                continue
            if c.dep_ in {"aux", "auxpass"} and c.lower_ in self.lex.modal_auxiliaries:
                mod = self.lex.modal_auxiliaries[c.lower_]
                notes.append(f"aux:{c.lower_}")
            if c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks:
                mod = "hypothetical"
                notes.append(f"mark:{c.lower_}")
            if self.own_rules and c.dep_ == "advmod" and c.lower_ in self.lex.allegation_adverbs and mod == "asserted":
                mod = "alleged"  # "troops allegedly tortured him": an accusation, not a reported fact
                notes.append(f"adverb:{c.lower_}")
        if self.own_rules and mod == "asserted" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) and (
                tok.dep_ == "ROOT" or (any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) and (
                    tok.dep_ not in {"ccomp", "xcomp"} or any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)))
                or (tok.dep_ == "acl" and any(c.dep_ == "auxpass" for c in tok.children))):
            # "the banks to be excluded", "a deadline for Iran to reverse course", a headline's "Iran to free
            # prisoners": an infinitive with a subject of its own or at the root of its sentence is not yet done
            # ("the first leader to visit Cuba" did visit; "ordered X to be held" is the governing verb's to judge)
            mod = "planned"
            notes.append("to-be-done")
        if self._has_relative_subject(tok):
            return negated, mod, notes
        cur = tok
        for _ in range(6):
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
            if dep in {"advcl"} and any(c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks for c in cur.children):
                mod = "hypothetical"
                notes.append("conditional-clause")
            if self.own_rules and dep == "xcomp" and hl in {"have", "be"} and not negated \
                    and (cur.i == tok.i or (tok.dep_ == "dobj" and tok.head.i == cur.i and cur.lemma_.lower() in self.lex.light_verbs)) \
                    and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
                negated = True  # "Egypt has yet to open the crossing", "is yet to respond": not done
                notes.append(f"neg:{head.text} yet to")
                break
            if self.own_rules and dep == "conj" and mod == "asserted" and cur.tag_ == "VB" and not any(
                    c.dep_ in SUBJ | {"nsubjpass", "aux", "auxpass"} for c in cur.children):
                # "Republicans will come out and criticize Trump", "he'd sit Putin down and tell him": a bare verb
                # joined to a modal one with no subject or auxiliary of its own shares its auxiliary ("would
                # rebound and praised Kerry" is a misparse: a past tense has no modal)
                aux = next((c for c in head.children if c.dep_ in {"aux", "auxpass"}
                            and c.lower_ in self.lex.modal_auxiliaries), None)
                if aux is not None:
                    mod = self.lex.modal_auxiliaries[aux.lower_]
                    notes.append(f"aux-of-{hl}:{aux.lower_}")
            if self.own_rules and dep == "dobj" and hl in self.lex.light_verbs - LEADING_VERBS and mod == "asserted" \
                    and tok.pos_ == "NOUN":
                # "the army may resume its offensive", "could launch an attack": the light verb's modal
                # ("will lead the inquiry" says who leads it, not whether there is one)
                aux = next((c for c in head.children if c.dep_ in {"aux", "auxpass"}
                            and c.lower_ in self.lex.modal_auxiliaries), None)
                if aux is not None:
                    mod = self.lex.modal_auxiliaries[aux.lower_]
                    notes.append(f"aux-of-{hl}:{aux.lower_}")
            if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in FACTUAL_MARKS for c in cur.children) and (
                    cur.tag_ == "VBD" or any(a.dep_ in {"aux", "auxpass"} and (a.tag_ == "VBD" or a.lemma_ == "have")
                                             for a in cur.children)):
                break  # "may be postponed after parties were threatened": the threat happened
            if self.own_rules and _hung_infinitive(cur) and hl in self.lex.modal_verbs:
                dep = "xcomp"  # "refused on Tuesday to meet Y": the parser hung the complement as an adverbial clause
            if dep in {"xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj", "conj"}:
                # "the possibility of banning parties", "a plan to strike"; not a participle ("the deal brokered
                # by Russia", "the agreement, signed overnight": done)
                if head.pos_ == "NOUN" and hl in self.lex.modal_nouns and (
                        (dep == "acl" and not (cur.tag_ in {"VBN", "VBD"} and not any(c.dep_ == "aux" for c in cur.children)))
                        or (dep == "prep" and cur.lower_ == "of")):
                    if self.own_rules and head.dep_ == "dobj" and head.head.lemma_.lower() in KEEPING_VERBS:
                        notes.append(f"kept:{hl}")  # "kept its promise to withdraw", "implemented the deal to": done
                        break
                    mod = self.lex.modal_nouns[hl]
                    notes.append(f"modal-noun:{hl}")
                    break
                if self.own_rules and dep == "acl" and hl in REPORT_NOUNS and head.dep_ == "dobj" \
                        and head.head.lemma_.lower() in VERIFYING_VERBS and any(c.dep_ == "neg" for c in head.head.children):
                    # "did not confirm reports that the navy had fired", "could not verify claims that …": unconfirmed
                    negated = True
                    notes.append(f"unconfirmed:{hl}")
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
                if dep == "xcomp" and head.pos_ == "ADJ" and hl in READY_ADJECTIVES:
                    mod = READY_ADJECTIVES[hl]  # "was prepared to strike", "is ready to withdraw"
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
                if self.own_rules and dep == "xcomp" and cur.i == tok.i and tok.tag_ == "VBG" and hl in STANCE_VERBS \
                        and not any(c.dep_ in SUBJ | {"poss"} for c in tok.children):
                    mod = "wanted"  # "the senator supports deporting them": a policy he backs, nobody deported yet
                    notes.append(f"stance-verb:{hl}")
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
            if self.own_rules and _agreed_terms(cur, head) and mod == "asserted":
                mod = "planned"  # "reached a deal to end the fighting": agreed, not yet done
                notes.append("agreed-terms")
                break
            if dep in {"xcomp", "advcl"} and mod == "asserted" and cur.tag_ == "VB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                # "will travel to Paris to meet Y": the purpose is no more real than its future trip
                aux = next((c for c in head.children if c.dep_ in {"aux", "auxpass"}
                            and c.lower_ in self.lex.modal_auxiliaries), None)
                if aux is not None:
                    mod = self.lex.modal_auxiliaries[aux.lower_]
                    notes.append(f"purpose-of:{aux.lower_}")
                    break
            cur = head
        return negated, mod, notes

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
                    and not (self.own_rules and c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ == "general"):
                # "a general strike": the adjective is no army general
                r = actors.resolve(c)
                if (r is None or not r.code) and c.dep_ == "compound":
                    # "Israeli tank shelling", "a US drone strike": the actor modifies the compound
                    r = next((actors.resolve(g) for g in c.children if g.dep_ in {"amod", "compound", "nmod"}
                              and actors.mention_for(g) is not None), None)
                if r is not None and r.code and self.own_rules and noun.lemma_.lower() in VICTIM_NAMED_NOUNS:
                    if target is None:
                        target = r  # "the Armenian genocide": the Armenians suffered it
                        how.append(f"{c.dep_}=victim")
                elif r is not None and r.code and not r.rule.startswith("place:"):
                    # "the San Bernardino attack", "a Florida nightclub shooting": a city or state named
                    # before the noun is where it happened, not who did it (a country or capital
                    # stays the actor: "a US drone strike", "Moscow's airstrikes")
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
        return source, target, ",".join(how)

    # ---- main ------------------------------------------------------------------------------
    def candidates(self, doc: Doc, actors: DocActors) -> list[Candidate]:
        out: list[Candidate] = []
        self._doc = doc
        self._day = actors.day
        self._actors = actors
        self._doc_events: list[Candidate] = []
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
                    topic = tok.lemma_.lower() in lex.topic_verbs  # "to discuss efforts against X": X is a topic
                    vp = (self._partners(tok, actors) if self.own_rules else []) if topic \
                        else self._vp_actors(tok, actors, avoid, code) or self._clause_subjects(tok, actors)
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

    def _figurative(self, tok: Token, subj: Token | None) -> Token | None:
        """The word that makes a violent verb figurative: "rising prices hit families", "fought
        for the reform", "attacked the plan", "battled the blaze"; None when the verb may be meant physically."""
        if subj is not None and subj.lemma_.lower() in self.lex.metaphor_subjects and not any(
                c.lemma_.lower() in {"military", "security", "mercenary", "armed"} for c in subj.children):
            return subj  # "a private military company attacked villages" is an armed group
        # a disaster fought is no enemy: "firefighters battled the blaze", "herders battling the winter"
        words = self.lex.figurative_objects | self.lex.accident_nouns
        for c in tok.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in words:
                return c
            if c.dep_ == "prep" and c.lower_ in {"for", "against"}:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in words:
                    return pobj
        return None

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
        target or a deadline without meeting anybody ("met the goal", "refused to meet the target")."""
        doc = tok.doc
        if tok.lemma_.lower() == "oppose" and tok.i > 0 and doc[tok.i - 1].lower_ == "as" \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return "fixed phrase 'as opposed to'"
        granted = EventRules._point_granted(tok, pattern)
        if granted:
            return granted
        if tok.lemma_.lower() == "invest" and pattern.obj is None:
            # "invested a lot of time in Minnesota", "invested too much in the effort to oust him"
            spent = [g for c in tok.children if c.dep_ in {"dobj", "prep"}
                     for g in ([c, *(k for k in c.children if k.dep_ == "prep" and k.lower_ == "of")] if c.dep_ == "dobj"
                               else [c] if c.lower_ == "in" else [])]
            words = {w.lemma_.lower() for g in spent for w in ([g] if g.dep_ == "dobj" else [k for k in g.children if k.dep_ == "pobj"])}
            if words & INVESTED_EFFORT:
                return f"'{tok.text}' time or effort in a cause, no economic cooperation"
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
                and EventRules._lone_speaker(tok):
            return f"'{tok.text}' about a topic with nobody: speech, not a consultation"
        if tok.lemma_.lower() == "ask" and pattern.xcomp is None and pattern.prep_object is None and not pattern.forms:
            kids = list(tok.children)
            anonymous = any(c.dep_ == "xcomp" and c.lemma_.lower() in {"name", "identify"}
                            and any(g.dep_ == "auxpass" for g in c.children) for c in kids)
            if anonymous:
                return "'asked not to be named': a source's anonymity, no appeal"
            if not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in {"for", "of"})
                       or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
                       or (c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
                       for c in kids):
                return "a question asked ('asked if', 'asked him why'), no appeal"
        if tok.lemma_.lower() == "call" and pattern.xcomp is None and pattern.prep_object is None and not pattern.forms \
                and not any((c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon", "for"} and not any(
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
        does any noun conjoined with it ("the convoy and the eight detainees" are people too)."""
        return all(t.pos_ == "NOUN" and t.ent_type_ not in {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}
                   and actors.mention_for(t) is None and actors.agent_of(t) is None for t in (tok, *tok.conjuncts))

    def _accident(self, tok: Token) -> Token | None:
        """The accident or disaster that did it: "killed in a crash", "the quake killed 10", and,
        for a verb with no subject of its own, the clause it continues: "the cyclone destroyed homes
        and cut off roads", "the train derailed, killing 40"."""
        heads = [tok]
        if self.own_rules and tok.dep_ in {"acl", "relcl"} and tok.head.lemma_.lower() in self.lex.accident_nouns \
                and not any(c.dep_ in SUBJ and c.lower_ not in self.lex.relative_pronouns for c in tok.children):
            return tok.head  # "the quake that struck Turkey", "the first quake, ..., struck before dawn" (parsed as acl)
        if tok.dep_ in {"conj", "advcl"} and not any(c.dep_ in SUBJ for c in tok.children):
            if tok.dep_ == "advcl" and tok.head.lemma_.lower() in self.lex.accident_verbs \
                    and not any(c.dep_ == "dobj" and c.ent_type_ not in {"TIME", "DATE"} for c in tok.head.children):
                return tok.head  # "the ferry sank, killing 40"; "the navy sank the ship, killing 40" is no accident
            heads.append(tok.head)
        for h in heads:
            for c in h.children:
                nouns = [c] if c.dep_ in SUBJ else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in {"prep", "agent"} and h == tok else []
                for n in nouns:
                    if n.lemma_.lower() in self.lex.accident_nouns:
                        return n
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
        elif noun.dep_ == "pobj" and noun.head.lower_ in {"on", "in", "into", "during"}:
            holder = noun.head.head  # "teachers are out on strike", "took part in protests"
            for _ in range(2):
                if holder.pos_ in {"VERB", "AUX"} or holder.head.i == holder.i:
                    break
                holder = holder.head
            takes_part = holder.lemma_.lower() in self.lex.participation_verbs or (noun.head.lower_ == "during" and not (
                # "police detained 50 people during the protests", "a man arrested during the protests": who
                # coerces or attacks others, or is acted on, during a protest or strike is no participant in it
                # ("police fired tear gas during the clashes" are a party to the clashes)
                self.own_rules and code[:2] not in COERCIVE_ROOTS and ((holder.dep_ == "acl" and holder.tag_ == "VBN")
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
            by = next((g for a in first.head.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
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

    def _members_of(self, r: Resolved | None, actors: DocActors) -> list[Resolved | None]:
        """A group resolved to its first actor ("both men", "they") as every actor of the group."""
        if r is None or not r.rule.startswith("coref:plural") or not 0 <= r.token < len(self._doc):
            return [r]
        found: list[Resolved | None] = [x for x in actors.resolve_all(self._doc[r.token]) if x.code]
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
            for p in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
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
        if tok.lower_ in {"it", "they"} and tok.dep_ == "nsubj" and not dummy_it(tok):
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
            of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
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

    def _where(self, t: Token) -> bool:
        """Is ``t`` itself behind a preposition of place ("in Louisville", "at Camp David", "the streets of
        Tehran"), not a partner inside a phrase that is ("in talks with Iran")?"""
        t = place_phrase_head(t)
        if t.dep_ != "pobj":
            return False
        prep = t.head
        return prep.lower_ in self.lex.locative_prepositions | {"at"} or (
            prep.lower_ == "of" and prep.head.lemma_.lower() in self.lex.place_nouns)

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

    def _vp_actors(self, tok: Token, actors: DocActors, avoid: set[int], code: str = "") -> list[Resolved]:
        """The first actor in the verb's own phrase after it ("restore ties with Gondor",
        "arrived in Gondor"): PETRARCH's target when no object names one. For events that
        happen somewhere rather than to someone (protests: "took to the streets of Tehran"),
        a place is never the target."""
        placeless = code[:2] in self.lex.placeless_roots | self.lex.placeless_target_roots or code in STATE_ONLY_CODES
        blocked = set(avoid)
        for d in tok.subtree:
            if d.i == tok.i or d.i in blocked:
                continue
            own_clause = d.dep_ in CLAUSES and any(c.dep_ in SUBJ | {"nsubjpass"} for c in d.children)
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
            if own_clause or attribution or escort or when or topic or terms or judged or origin or aside or border \
                    or opposed or with_place \
                    or (d.dep_ == "conj" and d.pos_ in {"VERB", "AUX"}) \
                    or d.ent_type_ in {"DATE", "TIME"}:
                blocked.update(x.i for x in d.subtree)
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
                if self.own_rules and code[:2] in {"05", "11"} and t.dep_ == "pobj" and t.head.lower_ == "for":
                    # "expressed appreciation for China's assistance", "criticism for the US raids": who
                    # did the deed praised or blamed is the one praised or blamed
                    doer = self.noun_actors(t, actors)[0]
                    if doer is not None and doer.code:
                        return [doer]
                continue  # "killed in the US raids": an event is no target (its actor is its own source)
            found = [r for r in actors.resolve_all(t) if r.code]
            if found:
                for c in t.conjuncts:
                    if c.i in inside:
                        found += [r for r in actors.resolve_all(c) if r.code]
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
        if EventRules._partner_preps(verb) or any(c.dep_ in {"dative", "iobj"} for c in kids):
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
                        or head.lemma_.lower() in DISCUSSION_GATHERINGS or EventRules._partner_preps(head) \
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

    def _campaign_rally(self, noun: Token, actors: DocActors) -> str:
        """Why a "rally" is a candidate's meeting with supporters, not a demonstration: it is a
        campaign or victory rally, one person's ("a Trump rally", "his rally"), or one person
        speaks at, tells or holds it ("told a rally in Ohio", "said at a rally", "marked the win
        with a rally"); a crowd's rally ("thousands joined a rally") is a demonstration, and so
        is any rally against or over something, or to protest or demand."""
        if noun.lemma_.lower() != "rally":
            return ""
        words = {t.lemma_.lower() for t in noun.subtree} | {t.lower_.split("-")[0] for t in noun.subtree}
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
        if subj is not None and subj.tag_ not in {"NNS", "NNPS"} and person(subj) \
                and not any(c.dep_ == "conj" for c in subj.children):
            return f"one person ('{subj.text}') at the rally: a campaign event, not a demonstration"
        return ""

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
        own = {x.code[:3] if not x.code.startswith("---") else x.code for x in sources if x is not None and x.code}
        whole = {x.code for x in sources if x is not None and x.code}
        for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subj.lower_ in {"we", "i"}:
                return True
            r = actors.resolve(subj)
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
    def _posted_to(obj: Token, actors: DocActors) -> Resolved | None:
        """The country an own envoy is posted to: "its ambassador to Paris", "their envoys to Moscow",
        "its ambassador in Bamako", and what one is recalled or withdrawn from: "recalled its ambassador
        from Beijing"."""
        if obj.dep_ not in {"dobj", "nsubjpass"} or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            return None
        # the parser often hangs "to X" on the verb: "withdrew its ambassador to Mali"
        heads = [obj, obj.head] if obj.lemma_.lower() in ENVOY_NOUNS else [obj]
        posts = {"to", "in"} | ({"from"} if obj.head.lemma_.lower() in WITHDRAWING_VERBS else set())
        place = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in posts
                      and (c.lower_ == "to" or h.i == obj.i or c.lower_ == "from")
                      for g in c.children if g.dep_ == "pobj"), None)
        r = actors.resolve(place) if place is not None else None
        return r if r is not None and r.code and not r.code.startswith("---") else None

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

    def _history(self, trig: Token, day: object) -> str:
        """"The 1994 genocide", "in 1982 troops invaded": a year long before the story's date
        next to the event makes it history, not news."""
        if not hasattr(day, "year"):
            return ""
        near = [trig, *trig.children, *(g for c in trig.children if c.dep_ == "prep" for g in c.children)]
        verb = trig.head.head if trig.dep_ == "pobj" and trig.head.dep_ == "prep" else trig.head
        if trig.pos_ == "NOUN" and verb.pos_ == "VERB" and (trig.dep_ in {"nsubj", "nsubjpass"} or verb != trig.head):
            # an event noun dates by the clause it stands in: "the war began in 2011 with protests",
            # "protests erupted in 1989"
            near += [g for c in verb.children if c.dep_ == "prep" and c != trig.head for g in c.children]
        # the year of a dated phrase: "in June 1812", "on 6 June 1944"
        near += [g for t in near[1:] if t.ent_type_ == "DATE" for g in t.children if g.ent_type_ == "DATE" and g.like_num]
        for t in near:
            if t.lower_ == "ago" and any(g.lemma_.lower() in {"year", "decade", "century"} for g in t.subtree):
                return f"history: '{' '.join(g.text for g in t.subtree)}'"
            if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1000 <= int(t.text) <= day.year - HISTORY_YEARS:
                return f"history: '{t.text}' is long before the story"
            doc = t.doc
            era = [g for g in (t, *t.children) if g.like_num and any(
                0 <= j < len(doc) and doc[j].text.upper().replace(".", "") in ERA_MARKS for j in (g.i - 1, g.i + 1))]
            ordinal = next((int(d) for g in t.children if g.dep_ == "amod"
                            and (d := re.sub(r"(st|nd|rd|th)$", "", g.lower_)).isdigit()), None)
            if era or (t.lemma_.lower() == "century" and ordinal is not None and ordinal < day.year // 100 + 1):
                # "invaded Britain in AD 43", "conquered in the 12th century" (not "the 21st century's worst")
                return f"history: '{era[0].text if era else t.text}'"
        return self._past_era(trig)

    @staticmethod
    def _past_era(trig: Token) -> str:
        """"Failed during World War II to provide sanctuary", "the badge Nazis forced Jews to wear in
        Hitler's Germany before they rounded them up", "Ottoman Turks killed 1.5 million Armenians":
        a past era the event is set in, or a polity of the past that does it, makes it history."""
        heads = [trig] + ([trig.head] if trig.dep_ in {"conj", "xcomp"} else [])
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
    def _generic_form(trig: Token) -> str:
        """Why the verb at ``trig`` names no act that happened: a gerund that is itself the subject
        ("Punching a reporter is a fireable offense", "Trading prisoners encourages kidnapping")
        speaks of the act in general; a subjectless imperative that opens its sentence ("Meet the
        robots taking over ...", "Watch Russia's ...") is a headline or an address to the reader;
        a force verb with no object in the active voice ("he crushed in Michigan") is a winner's
        tally, and one complementing "look", "seem" or "feel" ("she looked crushed") a mood;
        "demonstrate" with an object shows something; "consider X Y" judges someone; a quoted title
        or slogan ("on “Meet the Press”") names something."""
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
        if trig.lemma_.lower() in SHOWING_VERBS and any(k.dep_ in {"dobj", "ccomp"} for k in kids):
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
        if trig.text[:1].isupper() and trig.i > trig.sent.start + 1 and (before := trig.doc[trig.i - 1]).is_quote \
                and before.is_left_punct and trig.doc[trig.i - 2].is_lower:
            # "on “Meet the Press”", "the chant “Lock her up”", "a tweet reading “Thank you Georgia”":
            # a quoted title or imperative that opens mid-sentence is a name or a slogan, not an act
            return f"a quoted title or slogan: '{trig.text} ...'"
        return ""

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
        return not any(x.dep_ in {"nsubjpass", "auxpass"} for x in trig.children)

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

    def _place_context(self, trig: Token) -> Resolved | None:
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
        holders += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"on", "at", "against"}
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        for holder in holders:
            for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in self.lex.locative_prepositions
                      and c.lower_ not in TIME_PREPOSITIONS):
                for pobj in (g for g in p.children if g.dep_ == "pobj"):
                    of = [g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj"] if pobj.lemma_.lower() in self.lex.place_nouns else []
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

    def _judge(self, c: Candidate, discard: str) -> Candidate:
        if self.own_rules and c.source is not None and c.target is not None and c.source.code == c.target.code \
                and (c.target.rule.startswith("coref:speaker") or (
                    c.target.rule.startswith("coref:person") and referent(c.target) == referent(c.source))):
            # "the president warned he won't allow …", "denounced what he called an attack": the speaker
            # is not the one warned or denounced
            c.target = None
        if self.own_rules and c.code[:3] in self.lex.placeless_target_roots and c.target is not None \
                and c.target.kind == "country" and c.target.token >= 0 \
                and (c.target.rule.startswith("place:") or c.target.rule.endswith((":capital", ":name"))) \
                and self._where(self._doc[c.target.token]):
            # a code listed whole (not its root) is not with the place it happened at ("met him at a summit in
            # Louisville", "hosting a party in Manchester"); people behind such a preposition still are
            # ("a debate among the candidates")
            c.target = None
            c.notes.append("place-is-no-target")
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
        if not discard and c.status == "event":
            discard = self._history(self._doc[c.trigger], self._day)
        if not discard and self.own_rules and c.status == "event":
            discard = self._generic_form(self._doc[c.trigger])
        if not discard and self.own_rules and c.status == "event" and c.code[:2] in VIOLENT_ROOTS:
            discard = self._verbal_medium(self._doc[c.trigger]) or self._used_for(self._doc[c.trigger])
        if not discard and self.own_rules and c.status == "event" and c.code[:2] in PLACE_CONTEXT_ROOTS \
                and not ((c.source and c.source.code) or (c.target and c.target.code)) and not self._kept_by_name(c) \
                and (where := self._place_context(self._doc[c.trigger])) is not None:
            # "thousands protested across the country", "fighting broke out in Aleppo": whoever does
            # it is not named, but the place says whose country it happens in. A protest is its
            # people's (ICEWS's "Protester (Country)"); force and coercion with no named doer are
            # suffered there ("the Paris attacks" are no attack by France)
            if c.code[:2] == "14":
                c.source = _people_of(where)
            elif c.code[:2] in self.lex.placeless_roots:
                c.source = where
            else:
                c.target = where
            c.notes.append(f"place-context:{where.text}")
        if discard:
            c.status, c.reason = "rejected", discard
        elif not ((c.source and c.source.code) or (c.target and c.target.code)) \
                and not (self.own_rules and self._kept_by_name(c)):
            c.status, c.reason = "rejected", "no coded actor"
        elif self.own_rules and (wrong := self._wrong_object(c)):
            c.status, c.reason = "rejected", wrong
        elif self.own_rules and (figure := self._figurative_violence(c)):
            c.status, c.reason = "rejected", figure
        elif self.own_rules and (metaphor := self._political_metaphor(c)):
            c.status, c.reason = "rejected", metaphor
        elif self.own_rules and (preference := self._voter_preference(c)):
            c.status, c.reason = "rejected", preference
        elif self.own_rules and (commerce := self._private_commerce(c)):
            c.status, c.reason = "rejected", commerce
        elif self.own_rules and (pledge := self._own_pledge(c)):
            c.status, c.reason = "rejected", pledge
        elif self.own_rules and (attracts := self._appeals_to_audience(c)):
            c.status, c.reason = "rejected", attracts
        elif self.own_rules and (chatter := self._talk_without_partner(c)):
            c.status, c.reason = "rejected", chatter
        elif self.own_rules and c.code == "051" and c.target is None and self._doc[c.trigger].pos_ == "VERB" \
                and self._doc[c.trigger].lemma_.lower() in STANCE_VERBS and not any(
                    t.dep_ == "poss" and t.pos_ in {"NOUN", "PROPN"}
                    for k in self._doc[c.trigger].children if k.dep_ == "dobj" for t in k.subtree):
            # "she supports a $12 wage", "which Clinton also supports", "has supported stem cell research":
            # backing with nobody backed is a stance on a policy, no endorsement of an actor ("backed the
            # opposition leader's call for talks" backs somebody's proposal)
            c.status, c.reason = "rejected", "support for no actor: a policy stance, nobody endorsed"
        elif self.own_rules and c.code == "013" and self._doc[c.trigger].lemma_.lower() == "hope" and any(
                k.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in k.children)
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

    def _voter_preference(self, c: Candidate) -> str:
        """Why a 05x "support" is how voters vote or answer a poll: its supporter is an electorate
        ("voters", "respondents", "caucus-goers", "college students polled") or a share of people ("a
        majority of women", "6 in 10 of those", "about three-quarters", "those who said ..."). A named
        actor that backs a candidate ("Gov. Dayton is backing Clinton") keeps the endorsement."""
        trig = self._doc[c.trigger]
        if not c.code.startswith("05") or trig.lemma_.lower() not in PREFERENCE_VERBS or trig.pos_ != "VERB":
            return ""
        subj = next((t for t in trig.children if t.dep_ == "nsubj"), None)
        if subj is None:  # "Clinton was backed by a majority of women"
            agent = next((t for t in trig.children if t.dep_ == "agent"), None)
            subj = next((t for t in agent.children if t.dep_ == "pobj"), None) if agent is not None else None
        if subj is None and trig.dep_ in {"xcomp", "advcl"}:  # "those ... tended to support Clinton"
            subj = next((t for t in trig.head.children if t.dep_ == "nsubj"), None)
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
        for t in phrase:
            if t.lemma_.lower() in ELECTORATE_NOUNS or any(
                    k.dep_ == "acl" and k.lemma_.lower() in {"poll", "survey"} for k in t.children):
                return f"a vote or poll answer: '{t.text}' prefers, no actor endorses"
        head = phrase[0]
        if (head.lower_ in SHARE_WORDS or head.lemma_.lower() in SHARE_WORDS or head.like_num) and not (
                c.source is not None and c.source.code and c.source.kind not in {"agent", "group"}
                and c.source.token == head.i):
            return f"a share of people: '{head.text}' prefers, no actor endorses"
        return ""

    def _private_commerce(self, c: Candidate) -> str:
        """Why a 061 or 1121 is business: a purchase, sale or investment with no state among its
        parties ("Allergan will end up buying Pfizer", "helped Pharmacyclics sell itself to AbbVie",
        "Trump has invested in other companies", "people buying guns"; a place the purchase is in is
        no party), or a price charged ("charging students more than $30,000", "charged a $100,000
        fee", "charged his campaign for rent"), which accuses nobody of a crime."""
        trig = self._doc[c.trigger]
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
        if whom is None or whom.lemma_.lower() not in AUDIENCE_NOUNS or any(
                k.dep_ in {"xcomp", "ccomp", "acl"} and any(a.tag_ == "TO" for a in k.children) for k in whom.children):
            return ""
        return f"'{trig.text} to {whom.text}': attracting an audience, nothing asked"

    def _talk_without_partner(self, c: Candidate) -> str:
        """Why a 040 "talk" or a 046 "discuss" / "talk" noun is no consultation between parties: the
        talk is praise or scorn or a failure ("talk up his candidacy", "talk down Britain", "talked past
        each other", "talking the talk"), it addresses listeners ("talking to voters", "talk to the nation",
        "talking directly to them"), it is chatter ("pep talks", "all the talk of decline": the singular
        noun), or one speaker talks about or discusses a topic with nobody ("talking about Mexican
        rapists", "know what they're talking about" stays only with a plural, "speaking on condition of
        anonymity to discuss internal directives"). "Talked to the president", "the two sides talked",
        "X and Y discussed the violence", "a meeting to discuss options", "calls with both to discuss"
        keep their code."""
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
                if t.pos_ in {"NOUN", "PROPN", "PRON"} and (self._actors.mention_for(t) is not None or any(
                        r.code and r.code[:3] != "---" for r in self._actors.resolve_all(t))):
                    return ""
        return f"'{trig.text}': a pledge of one's own course of action, nobody to cooperate with"

    def _wrong_object(self, c: Candidate) -> str:
        """Why a plain verb pattern has the wrong sense for its object or parties: a 062 "train" with no
        armed party (a boxer training, eyes trained on someone); a 128 ignore/defy/resist
        whose object is a fact, a question or an issue, no law, order, demand or authority
        ("ignored the fact that", "Carson defied the question", "veterans' issues were largely
        ignored"); a 015 concede whose object is a race or an election ("conceding the race to
        Clinton": a lost vote, no admission of responsibility)."""
        trig = self._doc[c.trigger]
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
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
            return ""
        word = obj.lemma_.lower()
        if c.code == "128" and lemma in FACT_IGNORING_VERBS and obj.pos_ == "NOUN" and word not in NORM_NOUNS \
                and self._actors.resolve(obj) is None:
            return f"'{trig.text} {obj.text}': no law, order, demand or authority defied"
        if c.code == "015" and lemma == "concede" and word in CONTEST_NOUNS:
            return f"'{trig.text} the {obj.text}': a vote lost, no responsibility admitted"
        return ""

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

    def _political_metaphor(self, c: Candidate) -> str:
        """Why a violent code between politicians is a war of words: a person or a party, a paper
        or a legislature "attacks", "battles" or "hits back at" a rival or a topic, and nothing in
        the sentence is physical ("Cruz is battling Rubio for second place", "Sanders' attacks on
        her donors"). Armed actors on either side, another country as the target, or a weapon, a
        casualty or a blow in the sentence keep the event."""
        if c.code[:2] not in {"18", "19"}:
            return ""
        src, tgt = c.source, c.target
        if src is None:
            # "Sanders' attack on Obama" with no source resolved: a politician is the target
            if tgt is None or (tgt.kind != "person" and _sector(tgt.code) not in self.lex.verbal_sectors):
                return ""
            src, tgt = tgt, None
        political = src.kind == "person" or _sector(src.code) in self.lex.verbal_sectors
        if not political or _armed_code(src.code):
            return ""
        # another country as the target keeps a violent code, unless the target is a person ("Fox and
        # Calderon fired back at Trump") or the source has no country to differ from ("---GOV")
        if tgt is not None and tgt.code and (_armed_code(tgt.code) or (
                src.code and not src.code.startswith("---") and tgt.kind != "person"
                and tgt.code[:3] not in {"---", src.code[:3]})):
            return ""
        trig = self._doc[c.trigger]
        retort = any(k.dep_ in {"prt", "advmod"} and k.lower_ == "back" for k in trig.children)  # "shot back"
        # a number counts people or things hit ("14 people", "three were hurt"), not a date, a share,
        # a sum or how often ("from 2009 to 2013", "voters over 65", "downgraded nine times")
        physical = [t for t in trig.sent if (t.i != trig.i or not retort)
                    and (t.lemma_.lower() in self.lex.physical_words or (
                        t.like_num and t.dep_ == "nummod" and t.ent_type_ not in NON_COUNT_ENTS
                        and t.head.lemma_.lower() not in {"time", "year", "percent", "point"}))]
        if physical:
            return ""  # "the minister was killed", "shot dead", "three people were hurt"
        return "a war of words: politicians and no physical act in the sentence"

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
            if (g_lemma in self.lex.appeal_verbs and speaker is not None and speaker.code and addressee is not None
                    and addressee.start != speaker.start and c.modality == "wanted"):
                # "Obama wants Putin to attack", "urged lawmakers to oust": an appeal to them
                appeal = self._by_prefix(self.lex.appeal_codes, c.code) or "020"
                for old in found:
                    if old.trigger == gov.i and old.status == "event" and old.code == "020" and appeal != "020":
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

    def _governor_unreal(self, gov: Token, trig: Token) -> tuple[bool, str, list[str]]:
        """Is the stating verb itself negated or under a condition ("if X threatens to …", "did not
        announce it would …")? Then so is the intent it states. Its auxiliaries do not count: "said it
        would agree to withdraw" still states an intention."""
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

    @staticmethod
    def _governor(trig: Token) -> Token | None:
        """The verb an unrealised event's clause depends on: "agreed" in "agreed to withdraw"."""
        cur = trig
        for _ in range(3):
            if (cur.dep_ in {"xcomp", "ccomp"} or _hung_infinitive(cur)) and cur.head.pos_ in {"VERB", "AUX"}:
                return cur.head
            if cur.dep_ == "xcomp" and cur.head.pos_ == "ADJ" and cur.head.lemma_.lower() in READY_ADJECTIVES:
                return cur.head  # "said it was prepared to strike"
            if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and cur.head.dep_ == "dobj":
                return cur.head.head  # "announced their intention to lay down arms"
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
            if cur.dep_ == "conj" and cur.head.i != cur.i:
                cur = cur.head
                continue
            return None
        return None

    def _previous_source(self, tok: Token, found: list[Candidate]) -> Resolved | None:
        """"the strike" refers back to the latest hostile event with a known source."""
        for c in reversed([*self._doc_events, *found]):
            if c.status == "event" and c.code[:2] in HOSTILE_ROOTS and c.source is not None and c.source.code:
                return c.source
        return None
