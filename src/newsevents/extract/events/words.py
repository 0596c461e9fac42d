"""Closed word classes the event rules consult: English grammar and usage, not actor or pattern dictionaries."""

from __future__ import annotations

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
# "the FBI recorded him instructing a witness", "police caught them stealing", "the video shows troops firing": a
# verb of seeing, finding or showing whose object is followed by a gerund; the object does what the gerund says
WITNESSING_VERBS = {"see", "watch", "hear", "overhear", "record", "film", "tape", "videotape", "photograph", "catch",
                    "spot", "find", "show", "depict", "portray", "observe", "notice", "witness", "discover", "capture",
                    "imagine", "picture", "remember"}
# "..., prompting China to ban imports", "forced Israel to recall its envoy": the one prompted or forced does the
# infinitive's act (and does it: unlike an order or an appeal the act is reported as done)
PROMPTING_VERBS = {"prompt", "force", "compel", "lead", "cause", "spur", "drive", "oblige", "provoke"}
# verbs of phase that pass their subject on to their infinitive: "began withdrawing", "started to pull out"
PHASE_VERBS = frozenset({"begin", "start", "continue", "resume"})
# what an act stirs in a third party: "signed a deal with Somaliland, angering Mogadishu" (Mogadishu is no partner)
STIRRING_VERBS = frozenset({"anger", "infuriate", "enrage", "incense", "outrage", "upset", "irk", "irritate", "annoy",
                            "rile", "alarm", "worry", "dismay", "unsettle", "frustrate", "embarrass", "alienate",
                            "antagonize", "antagonise", "delight", "please"})
# verbs followed by "to" and what they answer: "responds to criticism", "Reacts To Attack" (never an infinitive)
RESPONDING_VERBS = {"respond", "reply", "react", "retort"}
# verbs whose object is something said or done to the subject, which it answers: "denied the accusations",
# "rebutted Trump's criticism", "dismissed the charges"
ANSWERING_VERBS = {"answer", "rebut", "deny", "dismiss", "reject", "counter", "deflect", "refute"}
# verbs whose object does what their infinitive says, as with prompting: "welcomed Trump to visit the city",
# "persuaded the senator to endorse Cruz", "allowed Israel to strike" (the one welcomed, persuaded, allowed acts)
ENABLING_VERBS = {"welcome", "allow", "permit", "enable", "help", "persuade", "convince", "authorize", "authorise",
                  "empower", "inspire", "challenge", "remind", "advise", "dare", "entitle"}
INHERIT_DEPS = {"xcomp", "acomp", "conj", "advcl", "ccomp", "pcomp", "acl", "prep", "pobj", "dobj"}
REVERSED = "symmetric: reversed pair"  # the note on the target-acts-too copy of an event
NULL_CODE = "---"  # a pattern that says "no event here" (PETRARCH's [---])
VIOLENT_ROOTS = {"18", "19", "20"}
# what a report says and who confirms it: "did not confirm reports that X attacked" asserts no attack
REPORT_NOUNS = {"report", "claim", "allegation", "rumour", "rumor", "account", "suggestion", "accusation", "charge",
                "assertion", "speculation", "insinuation", "contention"}
VERIFYING_VERBS = {"confirm", "verify", "corroborate", "substantiate"}
# verbs that call a report untrue: "dismissed reports that X attacked", "rejected claims that", "denied reports"
DISMISSING_VERBS = {"dismiss", "deny", "reject", "refute", "rebut", "debunk", "discount", "brush"}
# What a report is called when it is denied: "reports that X attacked were false", "false claims that",
# "there is no truth to reports that"
FALSE_WORDS = {"false", "baseless", "untrue", "unfounded", "groundless", "fabricated", "incorrect", "inaccurate",
               "bogus", "fake", "lie", "fabrication", "falsehood", "fiction", "nonsense"}
TRUTH_NOUNS = {"truth", "basis", "substance", "foundation"}
# A text put to a vote, and the verbs that stop it: what "a resolution calling for a ceasefire" says is
# nobody's statement once it is vetoed or blocked
DRAFT_NOUNS = {"resolution", "statement", "draft", "motion", "bill", "declaration", "text", "amendment", "communique"}
STOPPING_VERBS = {"veto", "block", "reject", "defeat", "scuttle", "torpedo", "oppose"}
# coercion and violence: who does these to others during a protest ("detained 50 people during the protests")
# takes no part in it
COERCIVE_ROOTS = {"17", *VIOLENT_ROOTS}
HISTORY_YEARS = 10  # an event dated this many years before the story is history
# an event named by a day this many days before the story is a past one: a story names its own news by the
# weekday ("Friday's attacks"); "the Nov. 13 attacks" two weeks on, or "the Sept. 11 attacks" nine days after a
# later Sept. 11, name a known past event
NAMED_DAY_HORIZON = 7
# Verbs that recall a past event rather than report it: "recognize the Armenian genocide", "commemorate the massacre"
REFLEXIVE_PRONOUNS = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself",
                                "yourselves", "oneself"})
RECALLING_VERBS = {"recognize", "recognise", "commemorate", "remember", "memorialize", "memorialise", "mourn"}
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
# words a body says by voting them: "the assembly voted to demand a withdrawal", "the senate voted to condemn
# the coup" is the demand or the condemnation, made by the vote (voting "to leave" or "to impose" plans a deed)
VOTED_WORDS = frozenset({"demand", "condemn", "censure", "denounce", "deplore", "urge", "call", "reprimand",
                         "rebuke", "criticize", "criticise"})
# "opposed defunding the police", "opposes arming the rebels": a course of action one is against is not done
OPPOSING_VERBS = {"oppose"}
# "resistance to welcoming refugees", "support for banning assault weapons": a course of action a stance noun is
# for or against is a policy argued over, not done (the opposing ones say it is not wanted at all)
STANCE_NOUNS = {"support": "for", "backing": "for", "opposition": "to", "resistance": "to", "objection": "to"}
OPPOSING_NOUNS = {"opposition", "resistance", "objection"}
# "favors new sanctions", "backs further strikes", "opposed more troops": what is new or more is not yet done
FRESH_MODIFIERS = {"new", "further", "more", "additional", "fresh", "tougher", "harsher", "stronger", "expanded"}
# "condemned any possible attack", "a future strike": modifiers of an act that has not happened (yet)
UNREALIZED_MODIFIERS = {"possible", "potential", "future", "further"}
# "his proposed ban on Muslims", "Obama's impending endorsement", "a possible strike": an adjective before an
# event noun that puts the act ahead of the report (not "planned", which also says "premeditated")
PROSPECTIVE_MODIFIERS = {"proposed": "planned", "impending": "planned", "upcoming": "planned",
                         "forthcoming": "planned", "possible": "hypothetical", "potential": "hypothetical"}
# Nouns named after their victims: "the Armenian genocide", "the Rwandan genocide" (a people or a
# country before the noun suffered it, never did it)
VICTIM_NAMED_NOUNS = {"genocide", "holocaust"}
# Nouns of breaking into computers, named after whose computers were broken into: "the DNC hack", "the
# Sony breach", "the OPM intrusion" (a body before the noun was hacked; a country or nationality,
# "the Russian hack", "a Chinese cyberattack", is who did it)
HACKED_NOUNS = {"hack", "hacking", "breach", "intrusion", "cyberattack", "cyber-attack"}
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
                    "due": "planned", "determined": "planned", "eager": "wanted", "keen": "wanted", "likely": "possible",
                    "unlikely": "possible", "possible": "possible", "impossible": "possible",
                    "reluctant": "refused", "unwilling": "refused", "hesitant": "refused", "loath": "refused"}
# Words of gladness that, under a copula with "would"/"will", offer what their to-infinitive names: "would be
# happy to meet Putin", "would be honored to host the talks" is a stated willingness (03x), not the act, and
# "honored" there is a feeling, not praise. Without the modal ("was glad to meet him") the act is told.
GLAD_WORDS = {"happy", "glad", "delighted", "delight", "pleased", "please", "honored", "honoured", "honor",
              "honour", "thrilled", "thrill"}
# Verbs whose object is what they bring about: "could spark a war", "would never risk an attack".
CAUSING_VERBS = {"risk", "spark", "trigger", "provoke", "ignite", "cause"}
# Auxiliaries that open a condition when put before their subject: "Should the junta refuse, ...",
# "Had the army intervened, ...", "Were the talks to fail, ..." (the "if" left out).
INVERTING_AUXILIARIES = {"should", "had", "were"}
# Verbs that put a measure named by their object in force: "could impose export controls", "may slap
# tariffs on", "would declare a state of emergency": the measure is as real as the verb.
IMPOSING_VERBS = {"impose", "reimpose", "slap", "levy", "introduce", "declare", "announce", "enforce", "tighten",
                  "expand", "extend", "widen"}
# Appeal verbs that make the appeal a demand: "demanded that Egypt withdraw" is CAMEO 1056, the demand
# twin of the appeal 0256 (the 10x codes follow the 02x codes digit for digit).
DEMAND_VERBS = {"demand"}
# verbs of a binding order, a demand when a court or another state gives it to a party ("ordered Israel to ...")
ORDERING_VERBS = {"order"}
# Verbs by which announcing an act named by a noun is doing it: "announced sanctions",
# "announced the withdrawal of its troops" (a verb after them stays planned: "announced it would").
DECLARING_VERBS = {"announce"}
# a sport's gear named as what someone was beaten with: the sport word then names no sport
SPORT_GEAR_WEAPONS = {"bat", "stick"}
# the dictionary word a pattern gives for a body, which a known intergovernmental body's own name also fills
BODY_WORDS = {"organization", "organisation"}
# the dictionary word a hosting pattern gives for its guest, which a named state leader also fills:
# "Macron received Xi Jinping" hosts him as "received the visitor" does ("received a letter" does not)
GUEST_WORDS = {"visitor"}
# a place named after what happens there: "an attack on a concert hall", "a bomb outside a football stadium"
# name a building, not the show or the game (these still discard with "the concert", "the match")
SPORT_VENUES = {"hall", "venue", "arena", "stadium", "theatre", "theater", "ground", "studio"}
# Verbs that only say an event noun reached its target: "was hit by a cyberattack".
# What a measure in force did or does: "the sanctions have deepened poverty", "the embargo hurt the economy",
# "the curfew crippled trade". A measure named as the cause of an effect is one already in place, no new act.
EFFECT_VERBS = {"deepen", "worsen", "hurt", "harm", "damage", "cripple", "devastate", "ruin", "weaken", "squeeze",
                "strangle", "cause", "exacerbate", "aggravate", "fuel", "impoverish", "affect", "hamper", "hinder",
                "choke", "starve", "undermine", "erode", "slow", "cost", "deprive", "contribute", "lead", "bite",
                "backfire", "fail", "work", "drive", "push", "force", "leave", "make", "keep", "prevent", "limit",
                "restrict", "isolate", "pinch", "batter", "punish", "kill", "disrupt", "paralyse", "paralyze", "hit"}
IMPACT_VERBS = {"hit", "strike", "target", "affect", "cripple", "disable", "paralyse", "paralyze", "disrupt", "damage"}
# Those of them that say whom an attack was aimed at when they describe it: "attacks targeting Shiite mosques" (not
# "atrocities affecting children", a kind of act)
AIMING_VERBS = {"hit", "strike", "target"}
# Verbs by which one party alone acts on a joint thing: "X ratified its agreement with Y" is
# X's act, not Y's (unlike "signed", "reached", "held talks").
UNILATERAL_VERBS = {"ratify", "endorse", "approve", "welcome", "hail", "praise", "applaud", "back", "support",
                    "implement", "honour", "honor", "respect", "accept", "adopt", "propose", "offer", "unveil",
                    "submit", "seek", "want", "defend", "review", "violate", "breach", "ignore", "broker", "mediate", "host", "help",
                    "declare", "announce", "guarantee", "monitor", "oversee"}
# "X gave/provided/sent Y weapons": the verbs whose object patterns also code receiving it from X.
GIVING_VERBS = ("provide", "give", "send", "supply", "deliver", "extend", "grant")
# verbs that name the recipient as their object and the goods after "with": "supplied Mali with jets"
FURNISHING_VERBS = {"supply", "provide"}
# verbs of sending people or goods somewhere: "deployed medics to X", "flew supplies to X"
SENDING_VERBS = ("dispatch", "deploy", "fly", "airlift", "ship")
# verbs of sending forces somewhere, whose object does what the "to" clause says: "sent troops to attack the town"
DEPLOYING_VERBS = {"send", "deploy", "dispatch", "despatch", "mobilize", "mobilise", "rush", "airlift", "station"}
# who attacks from the air: a generic attack (190) by them employs aerial weapons (195), by a drone 1952
AERIAL_ATTACKERS = {**dict.fromkeys(("warplane", "jet", "aircraft", "bomber", "helicopter",
                                     "gunship", "airforce"), "195"), "drone": "1952", "uav": "1952"}
# doers whose attacks are on computers, never with arms: "hackers attacked the energy ministry" (176)
CYBER_ATTACKERS = {"hacker", "cybercriminal"}
# a condition that an election be won: "if elected", "if re-elected", "if he wins the presidency"
ELECTING_VERBS = {"elect", "re-elect", "reelect"}
ELECTION_PRIZES = {"election", "presidency", "nomination", "race", "vote", "office", "house", "primary", "seat"}
# one's own words about what may be, which taking back concedes nothing: "backpedaled on his prediction"
GUESS_NOUNS = {"prediction", "forecast", "estimate", "projection", "guess", "remark", "comment", "joke", "tweet",
               "prophecy", "assessment"}
# what marks a bombing or an attack as a terror attack of a kind (CAMEO 1831 suicide bombing, 1832 vehicular bombing,
# 1833 roadside bombing): the modifier of the attack, its bomb or its bomber ("a suicide bomber killed", "a car bomb
# exploded", "a suicide attack"), and the heads it may modify
TERROR_MODIFIERS = {"suicide": "1831", "car": "1832", "truck": "1832", "lorry": "1832", "vehicle": "1832",
                    "roadside": "1833"}
TERROR_HEADS = {"bomb", "bomber", "bombing", "blast", "explosion", "attack", "attacker"}
# heads that only "suicide" marks: "a truck attack" rams (180), "a car bomb attack" is a bomb's
SUICIDE_ONLY_HEADS = {"attack", "attacker"}
# the generic attack codes a terror kind makes precise (not a kidnapping, a beating or an air strike by a drone)
TERROR_GENERIC_CODES = {"180", "183", "190", "195"}
# the modifiers that make a noun of force a terrorist act, unconventional violence (180) and no military force (190):
# "terrorist attacks in Paris", "the jihadist strikes of the last 30 days", "a terror attack"
TERRORIST_WORDS = frozenset({"terrorist", "terror", "jihadist", "jihadi"})
# nouns that name a word or a phrase: an event noun they introduce is mentioned, not done ("Romney's phrase
# 'self-deportation'", "refused to use the word genocide", "the term 'ethnic cleansing'")
WORD_NOUNS = frozenset({"word", "term", "phrase", "label", "slogan", "expression", "catchphrase", "buzzword", "moniker"})
# verbs of picturing: a gerund one pictures oneself doing is imagined ("couldn't see herself supporting Clinton")
PICTURING_VERBS = frozenset({"see", "imagine", "picture", "envision", "envisage"})
# adverbs of place or time that carry a preposition on for their verb ("took time away from campaigning to attend")
LINKING_ADVERBS = frozenset({"away", "ahead", "shortly", "soon", "long", "immediately", "right", "just"})
WITHDRAWING_VERBS = ("withdraw", "pull", "remove", "recall", "evacuate")
# Verbs of using a weapon: "bombs dropped by Saudi jets killed ...": the "by" phrase did the killing
WEAPON_USING_VERBS = {"fire", "launch", "drop", "plant", "detonate", "shoot", "throw", "lob", "hurl", "lay"}
MEMBERSHIP_VERBS = ("suspend", "expel")  # "the African Union suspended Burkina Faso": 160
LEAVING_VERBS = ("leave", "quit", "depart")  # "ordered the troops to leave": an expulsion (166)
# "gave the envoy 72 hours to leave": a span of time given to do something sets a deadline for it
DEADLINE_SPANS = {"hour", "day", "week", "month"}
RECEIVING_VERBS = {"receive", "obtain", "get", "secure", "accept"}
# "the president faced criticism from the opposition", "drew condemnation from Uganda", "came under
# criticism from": what the subject meets with is done to it by whom it comes from
FACING_VERBS = {"face", "draw", "attract", "receive", "incur", "encounter", "meet"}
UNDERGOING_VERBS = {"come", "be", "remain", "fall"}  # "came under criticism from"
# "Cruz won the endorsement of Bob Vander Plaats", "secured the backing of the party": approval one obtains is
# given by whom it is "of", and goes to the one who obtains it
OBTAINING_VERBS = RECEIVING_VERBS | {"win", "earn", "gain", "garner", "land", "clinch", "collect"}
# Words that rank whom a to-infinitive describes among others who did the same: "Singapore is the latest country to
# announce a boycott", "Sweden became the first state to recognize Palestine" (the ranked one does it).
RANKING_WORDS = {"first", "second", "third", "latest", "last", "only", "next", "newest", "sole"}
# Prepositions that give what a talk or meeting is about ("a summit on the unrest"); "over" is
# left out: "clashed over the killing" names a cause.
TOPIC_MARKERS = {"on", "about", "regarding", "concerning"}
# verbs whose object is what is talked about, never who is talked with ("discussed the war in X")
TOPIC_OBJECT_VERBS = {"discuss"}
# What a person has or says rather than is: one attacks a judge's heritage, a rival's record or remarks with words
# ("Trump's attack on a federal judge's Mexican heritage", "attacked her character"), never with arms
QUALITY_NOUNS = frozenset({"heritage", "ancestry", "ethnicity", "character", "integrity", "credibility", "reputation",
                           "patriotism", "honesty", "judgment", "judgement", "temperament", "background", "identity",
                           "record", "remark", "comment", "statement", "rhetoric", "tweet", "stance", "view", "faith",
                           "intelligence", "motive", "credential", "qualification", "competence", "proposal", "plan",
                           "policy", "idea", "decision", "claim"})
# Verbs of mood whose subject may be a result or a document: "the jobs report cheered Democrats", "her win in six
# states assures her of 318 delegates" cause a mood or a certainty; only a person or a body cheers or assures
MOOD_VERBS = frozenset({"cheer", "assure", "reassure", "hearten", "buoy"})
# ... and those subjects: outcomes, figures and reports, which cannot act
OUTCOME_NOUNS = frozenset({"win", "victory", "loss", "defeat", "result", "outcome", "success", "failure", "gain",
                           "showing", "performance", "number", "figure", "data", "poll", "news", "report", "ruling",
                           "verdict", "development", "sign", "turnout"})
# Verbs of talking whose gerund object, or gerund after "about", "of" or "on", is what is talked of: "mentioned
# raising the minimum wage", "talked about giving voters the right", "spoke of expelling the envoys" (a proposal
# named, nothing done yet)
TOPIC_TALK_VERBS = frozenset({"mention", "discuss", "debate", "talk", "speak", "joke", "muse", "float"})
# Verbs of buying whose object is the goods: "bought fighter jets", "plans to purchase tanks" (the jets are
# no military actor acted on; the seller, when named, is the partner)
BUYING_VERBS = {"buy", "purchase", "acquire", "procure", "import", "order"}
# what a court voids when it overturns or strikes down: an act of government, not a lower court's verdict
VOIDABLE_ACTS = {"law", "ban", "decree", "order", "bill", "measure", "rule", "restriction", "lockdown", "policy",
                 "regulation", "legislation", "act", "amendment", "election", "result", "vote", "mandate", "directive",
                 "statute", "ordinance", "curfew", "sanction", "appointment", "dismissal", "referendum"}
# verbs of voiding an act: overturned, struck down, annulled
VOIDING_VERBS = {"overturn", "strike", "annul", "invalidate", "nullify", "quash", "void", "reverse", "revoke"}
# the predicates that void an act: "ruled the ban unlawful", "declared the decree null and void"
VOID_PREDICATES = {"unconstitutional", "unlawful", "illegal", "invalid", "void", "null"}
# military hardware that acts as its country's forces: "Turkish jets bombed", "Israeli tanks shelled" (TURMIL, ISRMIL)
WAR_MACHINES = {*AERIAL_ATTACKERS, "warplane", "tank", "artillery", "warship", "frigate", "corvette", "submarine",
                "gunboat", "howitzer"}
# verbs of attack by explosives, which no object makes figurative: "bombed a market", "shelled the market"
EXPLOSIVE_VERBS = {"bomb", "shell", "bombard", "firebomb"}
# verbs of selling goods on to another: "sold fighter jets to Pakistan" (the goods are no partner)
SELLING_VERBS = {"sell", "export", "transfer"}
# Heads of military hardware that the actor dictionaries read as forces when they are goods
MATERIEL_HEADS = {"jet", "fighter", "warplane", "plane", "aircraft", "bomber", "helicopter", "drone", "tank", "missile",
                  "weapon", "arm", "warship", "frigate", "corvette", "submarine", "boat", "vessel", "howitzer",
                  "rifle", "ammunition", "munition", "system", "battery", "launcher"}
# people sent as aid, who carry the help and are not its recipient: "dispatched rescuers (to Turkey)"
AID_CREW_HEADS = {"doctor", "medic", "paramedic", "nurse", "rescuer"}
# Flows of goods whose halt is a cut of military aid (1622) only when arms are what flows
TRADE_FLOW_NOUNS = {"sale", "delivery", "transfer", "shipment", "transit", "supply"}
# what flows when a halt of trade is an energy cut-off, an embargo ("halted gas deliveries", "the transit of Russian gas")
ENERGY_WORDS = {"gas", "oil", "electricity", "power", "fuel", "energy", "coal", "diesel", "petrol", "crude", "lng"}
# what flows when a halt is a cut of aid, not of trade ("suspended food deliveries", "aid shipments")
AID_FLOW_WORDS = {"food", "aid", "relief", "humanitarian", "medicine", "medical"}
# Help named by its kind: "offered military support", "pledged financial aid", "provided humanitarian assistance".
# The kind word picks the CAMEO sub-code of a general appeal, intent, provision, demand or refusal of aid (digit 1
# economic, 2 military, 3 humanitarian); "support" alone stays a policy stance (032 offer of support)
AID_NOUNS = {"support", "aid", "assistance", "help", "backing"}
AID_KINDS = {"military": "2", "defence": "2", "defense": "2", "arms": "2",
             "financial": "1", "economic": "1", "monetary": "1", "budgetary": "1", "fiscal": "1",
             "humanitarian": "3", "medical": "3", "food": "3", "relief": "3"}
# the general code of each kind of act on help and the stem its kinds extend: offer/pledge (032 support, 033 aid) ->
# 0331-0333, provide (070) -> 071-073, appeal (022 support, 023 aid) -> 0231-0233, demand (102, 103) -> 1031-1033,
# reject a request (122) -> 1221-1223
AID_KIND_STEMS = {"032": "033", "033": "033", "070": "07", "022": "023", "023": "023", "102": "103", "103": "103",
                  "122": "122"}
# what one meets or convenes to discuss something with others ("held talks to discuss", "called a meeting to discuss")
DISCUSSION_GATHERINGS = {"meet", "meeting", "talk", "gather", "gathering", "convene", "summit", "session", "conference",
                         "call", "huddle", "negotiation", "consultation", "dinner", "lunch", "breakfast"}
PARTNER_PREPOSITIONS = {"with", "to"}
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "consul", "representative", "emissary", "attache", "attaché"}
# the posts an envoy serves in: "the two countries reopened their embassies" in each other's capitals
MISSION_NOUNS = {"embassy", "consulate", "legation", "mission"}
# verbs of brokering whose "over" phrase is what the parties bargain about ("mediating over the release of hostages")
BROKERING_VERBS = {"mediate", "broker", "negotiate", "bargain", "haggle", "wrangle", "talk", "confer", "consult"}
# verbs that call an event off before it happens: the event noun they take is not an event of the story
# ("cancelled its tour of Japan", "postponed the talks"); those with a code of their own are patterns (cancel +visit)
CALLING_OFF_VERBS = {"cancel", "postpone", "scrap", "shelve", "delay", "defer", "abandon", "axe"}
# heads an event noun names the kind of, as a modifier: "riot police", "riot gear", "protest banners"
KIND_HEADS = {"police", "policeman", "officer", "gear", "squad", "unit", "shield", "van", "control", "helmet",
              "banner", "placard", "sign", "song", "act"}
# a rally of a campaign, not a demonstration: "a campaign rally", "his victory rally", "a Trump rally"
# giving money: "donated to her campaign", "gave $3 million to a group backing X", "donations from Wall Street"
DONATION_LEMMAS = {"donate", "donation", "contribute", "contribution", "give", "gift"}
# what a political committee is called, and the participles that make a group one ("a group backing Bush")
PAC_WORDS = {"pac", "committee", "super"}
BACKING_PARTICIPLES = {"back", "support", "endorse", "promote"}
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
# adverbs that make a present-tense clause a habit ("people are usually murdered by someone they know")
HABITUAL_ADVERBS = {"usually", "often", "typically", "generally", "always", "routinely", "frequently", "rarely",
                    "seldom", "normally", "commonly", "sometimes", "regularly", "ordinarily",
                    "consistently", "constantly", "invariably", "habitually"}
# counts with no number: "dozens of children", "thousands of migrants" are children and migrants of no number told
COUNT_NOUNS = {"dozen", "hundred", "thousand", "million", "billion", "trillion", "score"}
# what someone does or holds, not someone: "Erdogan's about-face worries the Gulf", "his policies hurt workers"
STANCE_THING_NOUNS = {"policy", "plan", "decision", "move", "stance", "position", "remark", "comment", "rhetoric",
                      "approach", "strategy", "proposal", "about-face", "u-turn", "shift", "convergence",
                      "rapprochement", "behavior", "behaviour", "conduct", "record", "agenda", "candidacy", "victory"}
# pronouns that stand for anyone of a kind ("anyone who attacks us", "those who oppose the deal", "whoever wins")
KIND_PRONOUNS = {"anyone", "anybody", "those", "whoever", "whomever"}
# Object pronouns that always stand for people: an unresolved one is still who an act is done to
OBJECT_PERSON_PRONOUNS = {"me", "us", "him", "her", "them", "you"}
# a clause that says when something happens as a rule ("when a candidate makes those comments, it hurts");
# not "if": "officials promise arrests if corruption continues" is a conditional threat
HABITUAL_MARKS = {"when", "whenever"}
# determiners of a noun that names anyone of a kind ("a candidate", "any reporter", "every politician")
ANY_ONE_DETERMINERS = {"a", "an", "any", "every", "each"}
# "are designed to champion the candidate": what a thing is for, no act of anyone's
PURPOSE_PARTICIPLES = {"design", "mean", "intend"}
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
# what one speaks or writes in: an attack "in his speech", "in a tweet", "in an interview" is made of words
SPOKEN_MEDIA = {"speech", "statement", "interview", "address", "tweet", "post", "remark", "letter", "editorial",
                "column", "article", "sermon", "message", "broadcast", "debate", "essay", "ed", "op-ed", "conference",
                "briefing", "communique", "book", "memoir", "testimony", "podcast"}
# nouns whose "on" phrase is their topic: "its stance on the war", "remarks on Iran"
OPINION_NOUNS = {"stance", "position", "view", "opinion", "policy", "remark", "comment", "statement", "stand",
                 "question", "debate", "report", "speech", "article", "book", "record"}
QUESTIONERS = {"moderator", "host", "interviewer", "reporter", "journalist", "anchor", "questioner", "panelist",
               "panellist", "correspondent"}
NEGOTIATING_BODIES = {"delegation", "envoy", "mediator", "negotiator", "team"}  # sent to talk with someone
# what an agreement commits its parties to ("an agreement to withdraw troops") names no partner of it
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "pact", "treaty", "memorandum", "truce", "ceasefire", "cease-fire"}
MEETING_NOUNS = {"summit", "conference", "meeting", "session", "briefing", "debate", "forum", "seminar", "hearing"}
# Verbs of setting a meeting up, not holding it: "is calling a meeting to discuss options", "scheduled a hearing to
# review it" (what the meeting is for is still to come)
CONVENING_VERBS = frozenset({"call", "schedule", "plan", "arrange", "request", "propose", "seek"})
# What an act brings about: "would have the effect of isolating China" (as real as the act)
EFFECT_NOUNS = frozenset({"effect", "consequence", "result", "impact", "side-effect"})
BORDER_NOUNS = {"border", "frontier", "boundary"}
# codes whose "with" names who came along or joined in ("travels with the candidate", "championed the bill
# with Sen. Schumer"), not whom one visits or backs; "sided with X" names it in its own pattern
COMPANION_CODES = {"042", "051", "052"}
VIOLENT_SYMMETRIC = {"clash", "fight", "skirmish", "exchange"}
# verbs of combat whose object is the enemy: with a thing or a cause instead ("battled online threats", "fight
# for working families") they are a figure of speech
COMBAT_VERBS = {"fight", "battle"}  # "clashed on the border": a place, not a topic
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
PREFERENCE_VERBS = {"support", "back", "favor", "favour", "prefer", "choose", "pick", "approve"}
# ... and the stance against ("60 percent of Germans reject the treaty"), a poll answer when a share of people holds it
OPPOSITION_VERBS = {"oppose", "reject", "disapprove", "disagree", "dislike"}
# The sectors of office-holders: "a majority of senators backed the bill" is their vote, no poll answer
OFFICE_SECTORS = {"GOV", "LEG", "MIL", "JUD"}
ELECTORATE_NOUNS = {"voter", "respondent", "caucus-goer", "caucusgoer", "elector", "electorate", "constituent",
                    "poll", "survey"}
# Whom a candidate "appeals to" when the word means attracts them: voters, a base, a group of people
AUDIENCE_NOUNS = ELECTORATE_NOUNS | {"folk", "people", "base", "supporter", "crowd", "audience", "group", "conservative",
                                     "liberal", "moderate", "independent", "millennial", "woman", "man", "evangelical",
                                     "worker", "american", "demographic", "segment", "republican", "democrat"}
# A crowd's or a speaker's reaction at a gathering, praise only when someone is named ("the crowd applauded",
# "thanking supporters at a rally", "thanked Miami") and the ones who gather or are thanked there
APPLAUSE_VERBS = {"thank", "applaud", "cheer", "clap"}
CROWD_NOUNS = ELECTORATE_NOUNS | {"crowd", "audience", "supporter", "people", "fan", "folk", "base", "attendee"}
# Whom one talks to when talking is addressing listeners, not consulting a party: "talking to voters",
# "talked to the nation", "spoke to reporters", "talking directly to them" (the audience members)
LISTENER_NOUNS = AUDIENCE_NOUNS | {"nation", "reporter", "journalist", "press", "medium", "student", "listener",
                                   "viewer", "fan", "member", "congregation", "graduate", "class", "room"}
# Particles that make "talk" something else than consulting: "talk up" (praise), "talk down" (belittle),
# "talked past each other" (failed to communicate), "talked through the issues" (explained them)
TALK_PARTICLES = {"up", "down", "past", "through"}
# What one knows or ignores when "what X is talking about" is competence, no talk: "they know what they're talking
# about", "no idea what he is talking about", "understand what she was talking about"
KNOWING_WORDS = {"know", "understand", "idea", "clue", "realize", "realise"}
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
# what a reaction one's words or deeds draw is named by: one "invites ridicule" or "invites comparison", no guest
REACTION_NOUNS = OUTBURST_NOUNS | {"ridicule", "criticism", "scrutiny", "comparison", "backlash", "mockery", "derision",
                                  "speculation", "condemnation", "rebuke", "retaliation", "trouble", "skepticism",
                                  "scepticism", "suspicion", "question", "doubt", "contempt", "scorn", "charge",
                                  "accusation", "disaster", "censure", "reprisal"}
# what neither force nor fire destroys and no army occupies: a chance, a standing, a social whole, a market or
# a body of votes and members ("destroying the party's chance to win", "forces destroying the middle class",
# "destroyed the finances of families", "took control of the Senate", "assumed control of the company")
INTANGIBLE_NOUNS = frozenset({"chance", "hope", "prospect", "opportunity", "career", "reputation", "credibility",
                              "trust", "confidence", "relationship", "economy", "class", "finance", "future",
                              "livelihood", "democracy", "morale", "argument", "candidacy", "campaign", "brand",
                              "legacy", "image", "narrative", "agenda", "debate", "conversation", "message",
                              "process", "situation", "market", "industry", "dream", "party", "company", "firm",
                              "business", "senate", "congress", "majority", "board", "stake", "nomination", "race",
                              "delegate", "vote", "chamber", "legislature"})
# Nouns of a threat that also name a danger ("the threat posed by the group", "the terrorist threat", "the threat from
# the Islamic State"); what makes one a threat uttered: its content ("death threats", "a bomb threat") or a verb of
# uttering it ("issued a threat", "received threats")
DANGER_NOUNS = {"threat", "menace"}
THREAT_CONTENT_NOUNS = {"death", "bomb", "rape", "kidnap", "kidnapping", "lawsuit", "veto", "strike", "boycott"}
THREAT_UTTERING_VERBS = {"make", "issue", "send", "receive", "repeat", "renew", "reiterate", "deliver", "level", "utter",
                         "post", "voice", "carry", "retract", "withdraw", "drop", "back", "follow", "report", "get"}
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
# what makes a law, a rule, a state or powers extraordinary: "martial law", "a state of emergency", "military
# rule", "emergency powers", "a state of siege" (a "minimum wage law" extended to an island is ordinary law)
EMERGENCY_WORDS = {"martial", "emergency", "siege", "military", "curfew", "exception", "disaster", "direct", "army"}
CONTEST_NOUNS = {"race", "election", "nomination", "primary", "caucus", "contest", "state", "seat", "runoff", "vote"}
# what a conflict is waged on, against, for, over or of: its enemy or its prize ("the war on drugs", "a battle
# for the nomination", "fighting over the budget", "a war of words")
CONTESTED_PREPOSITIONS = {"on", "against", "for", "over", "of"}
# what a candidate runs for: "challenging the senator for his seat", "challenged her for the leadership"
SOUGHT_OFFICES = CONTEST_NOUNS - {"state", "vote"} | {"presidency", "leadership", "governorship", "mayoralty",
                                                      "chairmanship", "speakership", "premiership", "office"}
# who runs in an election: beating or attacking one is electoral competition ("crushed the establishment candidate")
CONTENDER_NOUNS = {"candidate", "incumbent", "nominee", "challenger", "frontrunner", "front-runner", "contender",
                   "campaign", "candidacy"}
# force words that also say how a race is won or fought ("crushed the incumbent", "attacks on her campaign",
# "locked up the nomination"); a disqualification or an arrest of a candidate is no figure of speech
CONTEST_FORCE_WORDS = {"crush", "defeat", "beat", "trounce", "rout", "clobber", "demolish", "destroy", "bury", "attack",
                       "assault", "hit", "target", "fight", "battle", "blockade", "lock", "knock", "slay", "topple",
                       "oust", "unseat", "kill", "wipe", "smash", "ambush", "siege", "besiege"}
SHARE_WORDS = {"majority", "plurality", "minority", "most", "half", "third", "quarter", "three-quarters",
               "two-thirds", "percent", "proportion", "share", "fraction", "those"}
# "cities with large Iranian communities": who lives in a place, which a "with" after it describes
POPULATION_NOUNS = {"community", "population", "minority", "majority", "diaspora", "presence", "concentration"}
# "the two countries", "both sides": the last two countries named.
PAIR_NOUNS = {"country", "nation", "side", "government", "state", "neighbour", "neighbor", "leader"}
# Verbs whose complement is threatened, whatever it is: an intent they govern is a 13x threat or
# nothing more specific than the verb's own threat ("threatened to end the protests by force").
THREAT_VERBS = {"threaten"}
# verbs of warning and of preparing: "warned that it was preparing to invade" states its own plan of force
WARNING_VERBS = frozenset({"warn", "threaten"})
PREPARING_VERBS = frozenset({"prepare", "plan", "plot"})
# the words of force that politicians aim at each other in words ("attacked the press", "fired back at Trump",
# "hit back at his critics", "his assault on Mr. Bush"): between unarmed politicians a criticism, unlike "battle"
# or "fight", a contest; "struck a deal" and "assaulted a woman" are no words (the verb "assault" is physical)
VERBAL_ATTACK_WORDS = frozenset({"attack", "fire", "shoot", "hit", "blast"})
VERBAL_ATTACK_NOUNS = frozenset({"assault"})
# the words that make a list a measure against those on it: "the list of state sponsors of terrorism", "the
# terror list", "its sanctions list", "the FATF's grey list" (not "the list of candidates")
SANCTION_LIST_WORDS = frozenset({"terror", "terrorism", "terrorist", "sanction", "sponsor", "blacklist", "black", "grey",
                                 "gray", "watch", "watchlist", "embargo"})
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
# Determiners that make an event noun a kind of act, not one that happened: "condemns any attack",
# "denounced all violence", "no arrest"
GENERIC_DETERMINERS = {"any", "all", "every", "each", "no", "such", "whatever"}
# Sponsor verbs whose "by" agent ends or keeps an event rather than doing it: "the truce was broken
# by X" is not X's truce.
ENDING_VERBS = {"end", "halt", "suspend", "break", "observe", "stop"}
# "a paramilitary group", "militia units": the modifier names what the group is, so a pattern's
# object may be found on the modifier of one of these plain heads
GROUP_HEADS = {"group", "force", "unit", "outfit", "organization", "organisation", "band"}
# Head nouns of an organised body of people that speaks as one: "the group accused the army of torture", "a
# coalition of civic groups condemned the arrest". A speech act with such a subject has a speaker the text names,
# one the dictionaries may not know (no armed unit: "the unit accused" is rare, and force is no speech)
SPEAKING_BODY_HEADS = {"group", "organization", "organisation", "party", "movement", "coalition", "alliance",
                       "association", "union", "committee", "council", "commission", "watchdog", "federation",
                       "league", "front", "foundation", "ngo", "charity", "network", "faction", "bloc", "caucus",
                       "panel", "board", "body", "institute"}
# a thing named by what it carries or where it stands: "stopped aid trucks", "a food convoy", "closed two
# crossing points", "shut the border posts", "dropped food parcels" (the compound modifier is the pattern's object word)
CARRIER_HEADS = {"truck", "lorry", "convoy", "shipment", "consignment", "point", "post", "parcel", "package", "packet",
                 "kit", "crate"}
# verbs that put someone on a list: "placed the minister on a wanted list" is the subject's doing
LISTING_VERBS = {"put", "place"}
# verbs of letting: "allowed aid trucks to enter", "let inspectors visit the site", "permitted the convoy to cross"
# let the subject of their infinitive in, as "allowed aid trucks in" does their object
PERMITTING_VERBS = {"allow", "permit", "let"}
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
# determiners that point at one thing the story knows ("in the strike", "by those soldiers")
DEFINITE_DETS = {"the", "this", "that", "these", "those"}
# what a crowd in the streets may be there to do without protesting: "poured into the streets to celebrate"
FESTIVE_VERBS = {"celebrate", "rejoice", "cheer", "party", "dance", "revel"}
# what a rite is done to mark: "laid wreaths to mark the anniversary", "to commemorate the victims"
REMEMBRANCE_VERBS = {"mark", "celebrate", "commemorate"}
# adverbs that put a second act after the first: "were kidnapped and later freed by the army" (another doer)
SEQUEL_ADVERBS = {"later", "subsequently", "eventually", "afterwards", "afterward", "finally"}
# verbs of a skill taught, learned or drilled: what they govern as an infinitive or an object is a capability, not a
# deed ("pilots were trained to fly F-16s", "marines rehearsed an amphibious assault")
SKILL_VERBS = {"train", "teach", "learn", "practise", "practice", "rehearse", "drill"}
# verbs whose object is what people run from: "fleeing the fighting" is a reason, not a new event
FLEEING_VERBS = {"flee", "escape"}
# a system or battery of arms is a weapon: "delivered Patriot air defence systems", "sent two missile batteries"
WEAPON_SYSTEM_HEADS = {"system", "battery"}
WEAPON_SYSTEM_KINDS = {"defence", "defense", "missile", "rocket", "artillery", "weapon", "interceptor"}
# weapons named by their make: "sent HIMARS", "delivered Javelins", "pledged F-16s", "Patriot systems", "Leopard
# tanks"; a name that is also a common word or a person's name counts only beside a weapon word (WEAPON_NAME_KINDS)
WEAPON_NAMES = {"himars", "javelin", "javelins", "atacms", "nasams", "stinger", "stingers", "f-16", "f-16s", "f-35",
                "f-35s", "f-15", "f-15s", "f-18", "f-18s", "mig-29", "mig-29s", "su-27", "s-400", "s-300", "iris-t",
                "bayraktar", "bayraktars", "tb2", "switchblade", "switchblades", "gepard", "gepards", "tomahawk",
                "tomahawks", "kalibr", "iskander", "iskanders", "shahed", "shaheds", "mlrs", "manpads"}
WEAPON_NAME_KINDS = {"patriot", "leopard", "bradley", "challenger", "harpoon", "hawk", "stryker", "marder", "abrams",
                     "taurus", "apache", "reaper", "predator"}
WEAPON_NAME_HEADS = {"system", "battery", "vehicle", "launcher", "missile", "tank", "jet", "drone", "carrier",
                     "helicopter", "interceptor", "rocket", "fighter"}
# a weapon of mass destruction named by its kind: "used chemical weapons", "deployed nuclear arms", "biological
# munitions" are what the dictionaries' "wmd" stands for (the bare word "weapons" is not)
MASS_WEAPON_HEADS = {"weapon", "arm", "munition"}
MASS_WEAPON_KINDS = {"chemical", "biological", "nuclear", "atomic", "radiological", "bacteriological"}
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
# an obituary: "the former president, who negotiated the peace accord, died on Monday", "mourned the late
# minister who led the talks": what the dead did in life is no news (a mark of age or a past office says it
# is an obituary, not a victim: "a gunman who killed five people died in the shootout" stays)
OBITUARY_MARKS = frozenset({"former", "late", "ex", "veteran"})
# works that tell of events: "an exhibition on Estonians deported by Stalin's police", "the documentary tells the
# story of villagers driven from their land": what they tell is their subject, no news
WORK_NOUNS = frozenset({"exhibition", "exhibit", "museum", "documentary", "novel", "memoir", "biography", "opera",
                        "musical", "book"})
TELLING_VERBS = frozenset({"tell", "show", "depict", "recount", "document", "portray", "chronicle", "trace", "explore",
                           "recall", "commemorate", "feature", "describe", "retell"})
# an embedded question ("did not say who attacked") presupposes its event
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
# nouns a that-less relative clause says when, where, why or how of ("the day the army attacked", "the way
# they fought"): the clause leaves no object unsaid
RELATIVE_ADVERB_NOUNS = {"day", "time", "times", "year", "month", "week", "night", "morning", "moment", "hour", "way",
                         "reason", "place", "extent", "degree", "manner", "point", "minute", "second", "weekend", "era"}
# prepositions a relative clause may leave at its end whose object is what is acted on ("the town which the army
# fired on", "the rebels whom the army fought with"); "from" and "for" say whence and on whose behalf
STRANDED_PREPOSITIONS = {"on", "at", "against", "upon", "with", "to", "into", "toward", "towards"}
# singulars that name an attitude where the plural names fighting: "the hostility between the two
# countries" is no attack ("hostilities between" are)
ATTITUDE_SINGULARS = {"hostility"}
# words whose "who"/"what" clause is a question, not a relative: "unclear who attacked", "asked who fired"
QUESTION_WORDS = {"know", "ask", "wonder", "determine", "establish", "investigate", "identify", "unclear", "clear",
                  "sure", "certain", "unknown", "learn", "find"}

# Codes whose bare verb acts on a party: "sanctioned Russian banks", "rescued 300 migrants". With a thing
# as the object the verb has its other sense ("sanctioned the deal": approved; "rescued the economy").
PARTY_OBJECT_CODES = {"163", "073"}

# the nouns whose "is to" names an aim: "the plan is to attack the city", "our goal is to occupy it"
AIM_NOUNS = frozenset({"plan", "aim", "goal", "objective", "purpose", "idea", "intention", "intent", "mission",
                       "task", "strategy", "hope", "ambition", "priority", "target"})
# verbs by which a plan or agreement says what is to be done: "the deal envisages returning migrants to Turkey"
TERMS_VERBS = frozenset({"envisage", "envision", "foresee", "provide", "stipulate", "require", "mandate", "oblige",
                         "allow", "permit", "outline", "propose", "entail", "involve", "include"})
# marks of a time clause: with a present tense under a future main clause ("as soon as X ratifies it, Y
# will ...", "once the troops withdraw, talks will start") the clause's act is still to come
FUTURE_TIME_MARKS = frozenset({"once", "when", "whenever", "until", "till", "after", "before", "as"})
# subordinators that open a bare participle clause before its main clause ("When asked, she said")
OPENING_MARKS = frozenset({"when", "if", "once", "unless", "until", "after", "before", "while", "though", "although"})
# month names that are also event words: "on March 9", "since early March" is a date, no march
MONTH_EVENT_WORDS = frozenset({"March"})
# buildings and rooms an event noun as a compound names: "the police detention center", "an interrogation
# room", "the execution chamber" are places, no arrest or killing
BUILDING_NOUNS = frozenset({"center", "centre", "facility", "cell", "building", "compound", "ward", "block",
                            "chamber", "room", "camp", "prison", "jail", "house"})
# verbs that, with a direct object, enter a place by force: "stormed the Capitol", "ransacked the offices"
# is a physical act whoever does it, as a politician's "attack on the plan" is not ("stormed out" has no object)
FORCED_ENTRY_VERBS = frozenset({"storm", "ransack", "overrun"})
# who storms a building unarmed, beside RIOTER_NOUNS: "supporters stormed the Capitol" is a violent protest
STORMING_CROWDS = frozenset({"crowd", "throng", "supporter"})
# how well a party is supplied: "well equipped", "poorly armed" is a state, no supply
READINESS_ADVERBS = frozenset({"well", "poorly", "ill", "badly", "better", "best", "adequately", "fully",
                               "properly", "sufficiently", "inadequately", "insufficiently"})
# nouns that name a part or a state of an accord or an act, so that a pattern's object is what they are of:
# "agreed to an extension of the truce", "accepted the terms of a deal" agree to the truce and accept the deal
# what two sides have with each other: "severed ties with Israel", "restored relations with Iran" name the partner
# after "with"
TIE_NOUNS = {"tie", "relation", "relationship", "link", "contact"}
RELATIONAL_NOUNS = frozenset({"extension", "renewal", "term", "terms", "continuation", "implementation",
                              "details", "text", "draft", "framework", "outline", "provisions", "principles"})
# verbs of effort: what one works, negotiates or fights to bring about is its aim, not yet done ("negotiating with
# the rebels to end the war", "lobbied Congress to lift the sanctions", "fighting to topple the regime"); not a
# verb whose own act is the purpose ("met to discuss", "flew to Cairo to meet"). Try, seek, strive, push are modal verbs
EFFORT_VERBS = frozenset({"negotiate", "work", "struggle", "campaign", "lobby", "labor", "labour", "endeavor",
                          "endeavour", "fight", "battle", "scramble", "race", "mediate", "maneuver", "manoeuvre", "vie",
                          "compete", "jockey"})
# participles of design: "a conference designed to end the war", "measures geared toward ending the strike"
DESIGN_VERBS = frozenset({"design", "gear", "calculate", "tailor", "intend", "aim", "mean"})
# nouns of effort whose to-infinitive or gerund topic is their aim: "talks to end the war", "negotiations on
# ending the conflict", "a campaign to oust the mayor" (effort, bid, attempt, push are modal nouns already)
EFFORT_NOUNS = frozenset({"talk", "talks", "negotiation", "campaign", "drive", "initiative", "mediation", "diplomacy",
                          "dialogue", "process", "endeavor", "endeavour", "struggle", "fight",
                          "quest", "search"})
# nouns that only count a course of acts, which their "of" phrase or modifier names: "a campaign of attacks",
# "its bombing campaign", "a wave of strikes" (what goes on is the attacks, not a campaign in general)
COURSE_NOUNS = frozenset({"campaign", "wave", "series", "spate", "string", "cycle"})
# verbal acts (statements, appeals, consultations, demands, disapproval, threats, protest; praise and verbal
# defence): done in the effort that aims at them ("a campaign to call for their release" calls for it, "held
# talks to discuss the border" discussed it)
VERBAL_ROOTS = frozenset({"01", "02", "04", "10", "11", "13", "14"})
VERBAL_CODES = frozenset({"051", "052"})
# outcomes an act of purpose seeks: "sent troops to end the fighting" does not say the fighting ended
ENDING_AIMS = frozenset({"end", "stop", "halt", "quell", "defuse", "resolve", "settle"})
