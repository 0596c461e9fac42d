"""Quotes with their speakers: direct, partial and indirect speech.

Attribution is read from the parse, the way a reader finds it: a cue (a reporting or stance verb,
a speech-act noun such as "claim that", an attitude adjective such as "confident that", "according
to", a colon after a name, a dash signing a quote) ties a source (its subject, the noun a "who" clause hangs on, the agent of a passive) to a
content (its clausal complement or object with the rest of its clause, or the quoted passage next
to it). Polls and views frame findings too ("In a new poll, …", "In her view, …"), stances can be held
("took issue with", "had doubts about", "was upfront about"), and a title-case headline splits at its
verb ("Mayor Slams Council"). Reputations ("is widely seen as"), received judgements ("drew criticism from X"),
hearsay ("reportedly"), intentions ("Trump's decision to …"), dispositions ("is eager to …"), beliefs set
aside ("Such a plan, they believe, would …"), sides people are named by ("a vocal critic of …") and what a
relative clause frames ("The only regret he voiced was …") attribute too; a participle or infinitive whose doer the text never
names ("no way of knowing", "it is too soon to say") and an infinitive modifying a noun ("efforts to admit …")
attribute nothing. A source must be able to speak — a person, a group, a poll share ("55
percent said so"): a participle hanging on a reported clause ("…, warning")
belongs to the reporter, not to "the strike" the clause is about. Quote marks are paired per paragraph; an unclosed mark runs to the end of its paragraph
(wire style for quotes continued in the next paragraph) and never raises. Quoted passages with no
cue of their own join the attribution next to them in the paragraph, or continue the previous
paragraph's quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsevents.extract.actors import (
    COLLECTIVE_NOUNS,
    PRONOUN_GENDER,
    DocActors,
    Resolved,
    main_subject,
    noun_gender,
)
from newsevents.nlp.tree import has_to_marker, straight_lower

__all__ = ["CUE_VERBS", "RawQuote", "extract_quotes", "paragraphs", "quote_spans"]

# ---- lexicon ----------------------------------------------------------------------------------------
# Reporting and evaluating verbs: a subject plus a complement, an object or an adjacent quote is an
# attribution ("said that …", "criticized the plan", "“…,” she added").
SPEECH_VERBS = frozenset("""
say tell add write tweet post blog ask note argue report announce claim explain insist declare state reply
respond answer retort acknowledge admit concede confirm deny warn caution suggest predict recall reveal
disclose repeat reiterate remark comment stress emphasize emphasise mention assert contend maintain observe
complain boast brag joke quip shout yell scream chant cry whisper mutter testify allege speculate conclude
describe call urge vow pledge promise threaten demand propose recommend accuse blame criticize criticise
denounce decry lament praise hail applaud laud thank slam blast mock ridicule question
defend dismiss reject rebuke scold order instruct tout cite quote read proclaim plead implore
beg exclaim muse continue explain reason concur agree disagree estimate forecast project calculate
theorize theorise hint imply indicate signal brand dub label term characterize characterise
portray paint congratulate pray apologize apologise swear assure reassure remind inform
notify counsel lecture preach vent rail lash fume grumble gripe protest object endorse
champion advocate approve disapprove tease taunt insult heckle interrupt
acclaim commend credit fault deride lambast lambaste berate castigate chide discuss recount recite
allude liken vouch assail rebuff highlight reference interpret express voice offer
publish list name dispute contest recant retract clarify correct concede summarize summarise outline
detail acknowledge question doubt wager guarantee certify vouch urge lobby press share issue encourage
echo condemn underscore email request charge convince persuade attack
compare interject posit pronounce opine rebut reaffirm repudiate disavow disparage revile bemoan herald trumpet
invoke embrace retweet expose knock savage
welcome contradict downplay refute debunk affirm overstate exaggerate
articulate document hit hammer trash bash pound pummel rip extol extoll attribute
""".split())
# Verbs that are criticism only when aimed at someone: "attacked Clinton", "hit Clinton over trade", not "attacked a
# checkpoint" or "the storm hit Florida".
AT_PEOPLE = frozenset("attack hit hammer trash bash pound pummel rip".split())
# Pure reporting verbs: the only cues that may stand aside from their content ("…, she added.").
REPORTING = frozenset("""
say tell add write tweet post ask note argue report announce claim explain insist declare state reply respond
answer retort acknowledge admit concede confirm deny warn caution suggest predict recall reveal repeat reiterate
remark comment stress emphasize emphasise observe complain boast brag joke quip shout yell scream chant cry
whisper mutter testify allege conclude continue read proclaim plead exclaim muse reason concur agree disagree
contend maintain assert wonder quote recount recite scoff sigh laugh
""".split())
# Beliefs that may stand aside from what is believed, as reporting verbs do: "Such efforts, they believe, will …".
ASIDE_STANCE = frozenset("believe think fear suspect reckon guess".split())
# What one tells, rather than whom: "told the story of …", "tells a joke".
TOLD = frozenset("story tale joke truth lie anecdote secret".split())
# Verbs whose object is the addressee, not the content: "told reporters that …", "urged him to …".
ADDRESSEE_VERBS = frozenset("""
tell ask inform remind notify assure reassure warn urge order instruct advise beg implore persuade convince
encourage press lecture caution counsel convince
""".split())
# Urging whose object is what is urged when it is a thing, not someone urged ("urged restraint"). Not "encourage":
# policies and tones encourage investment and aggression, which nobody says.
URGING = frozenset({"urge"})
# Stance, cognition and evidence verbs: an attribution with a clausal complement.
STANCE_VERBS = frozenset("""
think believe know feel fear hope worry expect assume suspect doubt wonder guess imagine understand realize
realise recognize recognise consider view regard see find show demonstrate learn discover determine
decide conclude want wish plan seek refuse decline prefer reckon figure trust bet sense notice
anticipate envision envisage foresee ponder accept judge deem aim hesitate remember forget insist prefer oppose
support back favor favour mull contemplate relish
like dislike love hate admire regret resent distrust
ignore disregard overlook neglect snub
""".split())
# Disregarding someone or something is a stance only a speaker takes: "the governor ignored the advice", not "a room
# overlooking the bay".
DISREGARD = frozenset("ignore disregard overlook neglect snub".split())
# Intentions: what one means, plots or strives to do is reported only by the to-infinitive ("intends to sit out the
# race", "was meant to stem imports", "unions plot to junk the tax"); "it means higher prices", "what it means to be
# a leader" report nothing, and "I mean that …" stays an ordinary "that" clause.
INTENT_VERBS = frozenset("intend mean plot scheme strive endeavor endeavour aspire dare".split())
# Stance verbs whose plain object is the content: "wants a recount", "prefers Clinton", "hates the deal"; and
# beliefs and expectations held about a thing: "doesn't believe it", "understood the stakes", "expects a record turnout";
# and what one disregards: "ignored the advice", "overlooked the evidence", "snubbed the governor".
STANCE_OBJECT = frozenset("""
seek prefer fear view regard deem oppose support back favor favour want mull contemplate relish
like dislike love hate admire regret resent distrust
believe understand expect anticipate doubt recognize recognise realize realise suspect foresee envision imagine
""".split()) | DISREGARD
# Wanting, liking and siding: "the pact the senator once backed", "the route she prefers" report the noun as wanted
# or liked (unlike "the figure they believed was right", where a belief's object is no proposition of its own).
WANTED = frozenset("seek want prefer expect like dislike love hate admire regret resent support back favor favour oppose".split())
# Judgements a past participle reports with its agent: "a levy opposed by farmers", "a plan criticized by both
# parties" (not "a letter written by", "a report issued by": those make or publish a thing).
JUDGED_BY = frozenset("""
criticize criticise condemn denounce decry deride mock ridicule slam blast rebuke reject dispute praise hail applaud
laud welcome endorse champion propose echo oppose favor favour prefer describe deem
""".split())
# Sides taken "in favor of", "in support of", "in defense of", "in opposition to" something, and the verbs that take
# them besides the cue verbs: "voted in favor of the bill", "came out in support of the mayor", "is in favor of the plan".
SIDE_PHRASES = {"favor": {"of"}, "favour": {"of"}, "support": {"of"}, "defense": {"of"}, "defence": {"of"},
                "opposition": {"to"}, "praise": {"of"}}
SIDING_VERBS = frozenset("vote come stand unite rally testify speak be campaign lobby write rule side".split())
# Speech nouns that announce the words after a colon: "The message: stop now", "had one piece of advice: wait".
COLON_NOUNS = frozenset("""
message answer argument advice warning verdict plea demand promise reply retort response refrain mantra slogan pitch
conclusion assessment prediction point line epiphany lesson question
""".split())
# Nouns that sum up a whole report when the writer adds them after it, set off by a comma or dash: "…, a move
# that surprised analysts", "… — a claim no one has confirmed", "…, an important development".
SUMMING_NOUNS = frozenset("""
development move step claim decision decline increase rise drop fall jump sign signal indication pattern swipe jab
dig reference result outcome proposal issue practice reversal shift change departure contrast turnaround milestone
setback blow boost record admission concession assertion allegation accusation charge remark comment warning
threat promise pledge stance notion prospect possibility scenario situation trend sentiment feeling nod rebuke
echo request demand reminder suggestion hint acknowledgment acknowledgement irony twist contradiction reflection
testament tactic strategy approach gesture response reaction rarity exception feat achievement improvement
tradition habit phenomenon margin gap swing sum amount figure total first break something
""".split())
# Taking sides: the one sided with is the content even as a pronoun ("endorsed her", "opposed it").
SIDING = frozenset("support back favor favour endorse oppose".split())
# Attitude adjectives: "is confident that …", "are worried about …", "has been critical of …", "made clear that".
STANCE_ADJ = {
    "confident": {"about", "of", "in"}, "convinced": {"of"}, "concerned": {"about", "over", "with"},
    "worried": {"about", "over", "by"}, "skeptical": {"of", "about"}, "sceptical": {"of", "about"},
    "sure": set(), "certain": set(), "aware": {"of"}, "clear": {"about", "on"}, "unclear": set(),
    "hopeful": {"about", "of"}, "optimistic": {"about"}, "pessimistic": {"about"}, "afraid": {"of"},
    "doubtful": {"about", "of"}, "critical": {"of"}, "wary": {"of", "about"}, "adamant": set(),
    "uncertain": {"about", "of"}, "unsure": {"about", "of"}, "supportive": {"of"}, "angry": {"about", "at", "over"},
    "upset": {"about", "over", "with"}, "furious": {"about", "at", "over"}, "proud": {"of"},
    "disappointed": {"in", "with", "by"}, "frustrated": {"with", "by"}, "eager": set(), "insistent": set(),
    "willing": set(), "unwilling": set(), "reluctant": set(), "determined": set(), "keen": {"on"}, "anxious": set(),
    "hesitant": set(), "loath": set(), "desperate": {"for"},
    "opposed": {"to"}, "happy": {"with", "about"}, "unhappy": {"with", "about"}, "pleased": {"with", "by"},
    "glad": set(), "sorry": {"for", "about"}, "thrilled": {"with", "by", "about"}, "excited": {"about", "by"},
    "open": {"to"}, "committed": {"to"}, "dismissive": {"of"}, "complimentary": {"of"}, "appreciative": {"of"},
    "grateful": {"for", "to"}, "thankful": {"for"}, "suspicious": {"of"}, "fearful": {"of"}, "nervous": {"about"},
    "enthusiastic": {"about"}, "hostile": {"to", "toward", "towards"}, "sympathetic": {"to", "toward", "towards"},
    "receptive": {"to"}, "resistant": {"to"}, "averse": {"to"}, "satisfied": {"with"}, "dissatisfied": {"with"},
    "comfortable": {"with"}, "uncomfortable": {"with"}, "vocal": {"about", "in"},
    "interested": {"in"}, "uninterested": {"in"}, "enamored": {"of", "with"}, "impressed": {"by", "with"}, "tired": {"of"},
    "fond": {"of"}, "sick": {"of"}, "ashamed": {"of"}, "jealous": {"of"}, "envious": {"of"}, "contemptuous": {"of"},
    "tolerant": {"of"}, "intolerant": {"of"}, "respectful": {"of"}, "mindful": {"of"}, "cognizant": {"of"},
    "conscious": {"of"}, "unaware": {"of"}, "disdainful": {"of"}, "scornful": {"of"}, "leery": {"of"},
    "distrustful": {"of"}, "mistrustful": {"of"}, "embarrassed": {"by"}, "offended": {"by"}, "outraged": {"by"},
    "alarmed": {"by"}, "troubled": {"by"}, "disturbed": {"by"}, "shocked": {"by"}, "surprised": {"by"},
    "encouraged": {"by"}, "heartened": {"by"}, "dismayed": {"by"}, "horrified": {"by"}, "appalled": {"by"},
    "annoyed": {"by", "with"}, "irritated": {"by", "with"}, "bothered": {"by"}, "puzzled": {"by"}, "baffled": {"by"},
    "perplexed": {"by"}, "intrigued": {"by"}, "delighted": {"by", "with"}, "content": {"with"},
}
# Dispositions reported with an infinitive: "is eager to …", "was reluctant to …".
WILLING_ADJ = frozenset("eager willing unwilling reluctant determined keen anxious hesitant loath desperate".split())
# Any adjective about a topic is a stance when a person holds it: "was upfront about", "is soft on".
TOPIC_PREPS = frozenset("about on over toward towards".split())
# Copulas an attitude adjective reports through; "make" only with "clear" ("make sure" reports nothing).
_COPULAS = frozenset("be feel remain seem appear become grow sound look stay".split())
# "It is (un)clear whether …": an assessment nobody in the text owns.
_IMPERSONAL_ADJ = frozenset("clear unclear uncertain".split())
# Evidence verbs take an object as content when their subject is a document or a count.
EVIDENCE_VERBS = frozenset("show find indicate suggest reveal demonstrate estimate project predict list rank".split())
EVIDENCE_NOUNS = frozenset("""
poll survey study report data analysis research figure number record document filing audit review
investigation estimate count result tally census model forecast projection memo letter ad advertisement
""".split())
# "In a CNN poll, …": findings framed by their source; "In her view, …": an opinion framed by its holder.
POLL_NOUNS = frozenset("poll survey study report analysis census".split())
OPINION_FRAMES = frozenset("view opinion word estimation judgment judgement eye mind telling".split())  # lemmas
# Phrasal cues: the prepositional object is the content ("called for", "warned against", "talked about").
PREP_CONTENT = {
    "call": {"for", "on"}, "argue": {"for", "against"}, "warn": {"against", "of", "about"},
    "talk": {"about", "of"}, "speak": {"about", "of", "out"}, "complain": {"about", "of"}, "push": {"for"},
    "press": {"for"}, "lobby": {"for", "against"}, "campaign": {"for", "against"}, "advocate": {"for"},
    "refer": {"to"}, "comment": {"on"}, "joke": {"about"}, "write": {"about", "of"}, "ask": {"about", "for"},
    "worry": {"about"}, "rail": {"against"}, "vote": {"for", "against"}, "testify": {"about", "to"},
    "boast": {"about", "of"}, "brag": {"about"}, "wonder": {"about"}, "insist": {"on"}, "agree": {"with", "on"},
    "disagree": {"with"}, "point": {"to"}, "hint": {"at"}, "plead": {"for"}, "focus": {"on"},
    "pray": {"for"}, "tweet": {"about"}, "criticize": {"for"}, "criticise": {"for"}, "blame": {"for"},
    "praise": {"for"}, "thank": {"for"}, "attack": {"for"}, "accuse": {"of"}, "apologize": {"for"}, "apologise": {"for"},
    "allude": {"to"}, "vouch": {"for"}, "weigh": {"in", "on"}, "respond": {"to"}, "reply": {"to"},
    "object": {"to"}, "side": {"with"},
    "attest": {"to"}, "dwell": {"on"}, "elaborate": {"on"}, "reflect": {"on"}, "lash": {"out"},
    "congratulate": {"on", "for"}, "credit": {"with", "for"}, "fault": {"for"}, "protest": {"against"},
    "think": {"about", "of"}, "care": {"about"}, "hope": {"for"}, "wish": {"for"},
    "balk": {"at"}, "remind": {"of", "about"}, "caution": {"against", "about"}, "muse": {"about", "on"},
    "applaud": {"for"}, "scoff": {"at"}, "acquiesce": {"to", "in"}, "distance": {"from"}, "mull": {"over"},
}
# Phrasal verbs that report or take sides, read as the cue they mean: "laid out his plan" outlines it, "ruled out a
# run" rejects it, "shrugged off the criticism" dismisses it, "came out against the tax" opposes it, "opened up about
# his illness" talks about it, "rattled off promises" lists them.
PHRASAL = {("lay", "out"): "outline", ("spell", "out"): "outline", ("rule", "out"): "reject", ("shrug", "off"): "dismiss",
           ("brush", "off"): "dismiss", ("talk", "up"): "tout", ("play", "up"): "tout", ("play", "down"): "downplay",
           ("come", "out"): "come out", ("double", "down"): "double down", ("rattle", "off"): "list", ("reel", "off"): "list",
           ("sound", "off"): "comment", ("chime", "in"): "comment", ("push", "back"): "push back", ("open", "up"): "talk"}
PREP_CONTENT.update({"push back": {"against", "on"}, "come out": {"against", "for"}, "double down": {"on"}, "go after": {"after"},
                     "look for": {"for"}, "look forward": {"to"}, "look to": set(), "stand by": {"by"},
                     "touch": {"on"}, "dispute over": {"over", "about"}})
# Quarrelling verbs: with "over"/"about" the topic is what the sides hold views on ("clashed over the budget"), not
# with "for" ("argued for a recount"). Not fight or battle: "fought over the bridge" is no quarrel of words.
DISPUTING = frozenset("spar bicker squabble quarrel feud clash argue disagree wrangle".split())
# Sides split on a question: "are divided over", "were split on", "remain at odds over" (and "at odds").
DIVIDED = frozenset("divided split torn".split())
# Nouns for a held or stated proposition, which "is" then gives: "Their fear is that …", "His answer was that …".
PROPOSITIONS = frozenset("""
view idea hope belief argument message theory fear concern worry thinking assumption expectation position claim point
reasoning logic consensus feeling suspicion bet answer response conclusion contention complaint criticism warning promise
suggestion premise notion hunch impression verdict
""".split())
# Speech-act and stance nouns: "Trump's claim that …", "her criticism of the deal", "his call for calm".
NOUN_CUES = frozenset("""
claim assertion suggestion remark allegation accusation warning promise pledge statement argument complaint
criticism comment insistence charge demand proposal vow threat prediction belief view hope fear concern
announcement admission denial acknowledgment acknowledgement contention declaration assurance insinuation
rebuke condemnation praise endorsement opposition support call plea appeal request recommendation
attack embrace dislike reply rejection defense defence
""".split())
# People named by the side they take: "X is a longtime supporter of Y", "X, a critic of the deal, …".
AGENT_NOUNS = frozenset("""
supporter backer critic opponent advocate proponent champion defender admirer detractor fan foe skeptic booster
cheerleader
""".split())
# Judgements and backing one receives: "drew sharp criticism from X", "won the endorsement of X". The one judged
# is the content, the judge after "from"/"of" the source; with no judge named ("faced criticism") nothing is reported.
RECEIVED_NOUNS = frozenset("""
criticism praise fire condemnation rebuke backlash scorn ridicule flak ire applause acclaim censure blame
support endorsement backing
""".split())
RECEIVE_VERBS = frozenset("draw receive face earn attract win get garner endure provoke invite come have enjoy gain".split())
# Judgements that name what they judge whoever voices them: "criticism of the plan", "praise for the deal".
JUDGEMENT_NOUNS = frozenset("criticism praise condemnation denunciation".split())
# Verbs whose subject is what a judgement aims at, not its judge: "fielded criticism", "weathered criticism".
_TARGETS_OF = frozenset("field weather deflect dodge shrug brush ignore deal react respond answer rebut".split())
# Decisions and intentions, reported with a to-infinitive and a named holder: "Trump's decision to skip …".
INTENT_NOUNS = frozenset("decision refusal desire commitment intention".split())
# Nouns for news and for what is taken as given that report only what their "that" clause says: "reports that the
# talks had stalled", "speculation that she will run", "on the assumption that rates stay low" (never a topic alone).
CLAUSE_NOUNS = frozenset("""
report rumor rumour speculation assumption revelation disclosure
""".split())
# Open questions put as a "whether" clause: "the question of whether he fought for the bill", "questions about whether
# he'll drop out" — the clause is what is asked, by whoever asks it (not "a debate over whether …", argued by sides).
QUESTION_NOUNS = frozenset("question query doubt speculation uncertainty".split())
# Media a statement is made in: "said in a statement that …".
MEDIA = frozenset("statement interview letter email tweet post speech release note message memo op-ed column".split())
# Making or asking for a text is no report of what it says: "issued a statement", "wrote an op-ed", "sought comment".
_PRODUCING = frozenset("issue write pen draft publish release deliver seek".split())
_PRODUCTS = MEDIA | frozenset("comment remark op-ed editorial article essay book piece story novel address".split())
# What one claims by winning: "claimed victory in Iowa", "claimed 41 percent of the vote", "claimed the nomination".
_WON = frozenset("victory win nomination prize seat title crown mantle percent delegate lead majority trophy medal".split())
# Verbs whose subject is the source of the speech-act noun they take: "made the claim", "voiced concern".
# Nouns that report only after a light verb: "made the case for", "made no mention of".
LIGHT_NOUNS = frozenset("case mention secret point question reference".split())
LIGHT_VERBS = frozenset("""
make issue give offer voice express repeat raise level deliver send post renew reiterate heap lavish pour cast
""".split())
# Stances a subject holds or takes: "had strong views on", "took issue with", "has doubts about", "took aim at".
HOLD_VERBS = frozenset("have take hold".split())
HELD_NOUNS = frozenset("""
opinion view feeling doubt reservation objection qualm misgiving issue aim credit swipe jab dig stand stance
position comment remark argument critique grievance
""".split())
HELD_PREPS = frozenset("with at over".split())
# Jabs taken at someone and fun poked or made: "took a shot at the mayor", "poked fun at his rivals", "made fun of
# the plan" (not "had a shot at the title", "had fun at the fair": only these verbs aim them).
AIMED = {"shot": {"take"}, "potshot": {"take"}, "slam": {"take"}, "whack": {"take"}, "swing": {"take"},
         "fun": {"poke", "make"}}
# Stances shown rather than said: "showed no sign of backing down", "has shown little inclination to compromise",
# "displayed a keen interest in the deal" — the shower holds what the phrase after the noun says.
SHOW_VERBS = frozenset("show display".split())
SHOWN_NOUNS = frozenset("""
interest sign inclination enthusiasm appetite willingness unwillingness reluctance eagerness desire disdain contempt
impatience disinterest readiness
""".split())
SHOWN_PREPS = frozenset("of in for to toward towards about".split())
# Stance nouns report only with a "that" clause: "his support for …", "the appeal of …" name no statement (a named
# holder's "view of", "endorsement of", "praise of", "embrace of" does: those are judgements made).
STANCE_NOUNS = frozenset("support appeal opposition hope fear concern belief".split())
# With no "that" clause, only these take their prepositional object as content ("criticism of X").
NOUN_PREPS = {"of", "for", "about", "against", "on", "to"}
# What someone publishes to speak through: "a report from X", "emails released by X".
PUBLISHED = frozenset("ad video statement letter report memo message post tweet email emails audio footage transcript".split())
# Evidential verbs: the whole clause is the content and nobody is its source ("Trump seemed to falter").
EVIDENTIAL = frozenset({"seem", "appear"})
# Hearsay adverbs: "X reportedly met Y" reports the clause, from a source the text does not name.
HEARSAY_ADVERBS = frozenset({"reportedly", "purportedly"})
CUE_VERBS = SPEECH_VERBS | STANCE_VERBS
# Cues too common in other senses to trust without a clause: "show", "find", "see", "mean", "know".
WEAK_VERBS = frozenset("show find see know learn feel figure trust bet sense notice read post point remember discover".split())
# Passives that report a reputation with their "as"/"for" phrase: "is seen as", "is known for".
REPUTE = {"see": {"as"}, "know": {"as", "for"}, "view": {"as"}, "regard": {"as"}, "consider": {"as"}}
# Verbs that characterise only with an "as" phrase: "cast the Clintons as the establishment", "presents herself as
# an outsider", "pegs him as the favorite".
AS_JUDGING = frozenset("cast present position frame depict peg perceive identify treat".split())
# Verbs whose past participle on a noun judges it with a complement: "a plan deemed too costly", "a judge considered
# a liberal".
_DEEMING = frozenset("deem consider".split())
# Verbs that see to a result rather than report one: "ensured that the vote was held" (and "the opposition means
# that …" infers; "I mean that …" says).
_SEEING_TO = frozenset("ensure insure arrange guarantee require order stipulate provide see be spend".split())
# Cues whose bare object is not what they report: "voted Tuesday", "continued the tour", "spoke English".
CLAUSE_ONLY = frozenset("vote continue speak focus charge maintain guarantee lobby detail".split())
# Words that label a section of an article before a colon: "UPDATE:", "Editor's note:", "Related:".
SECTION_LABELS = frozenset("""
update updated clarification correction note editor latest related watch read more photo photos video
advertisement breaking exclusive analysis opinion transcript developing recommended sponsored credit
contributing contributors reporting paid notice follow contact
wow boom look revealed busted bombshell byline plus remember question answer
name age
""".split())
# Naming verbs: "a group called X" and "so-called" name things, they attribute nothing.
NAMING = frozenset("call name dub label term brand title".split())
COLLECTIVE = {"protester", "demonstrator", "crowd", "mourner", "supporter", "marcher", "people", "resident"}
# things whose names end like doers' ("incident", "letter", "proposal"): the suffix test of _people_word would
# take them for people
THING_LOOKALIKES = {"incident", "event", "accident", "percent", "content", "intent", "talent", "letter", "paper",
                    "number", "matter", "order", "power", "border", "water", "answer", "chapter", "center", "centre",
                    "computer", "quarter", "cover", "proposal", "deal", "trial", "signal", "approval", "journal",
                    "total", "material", "potential", "renewal", "referral",
                    "withdrawal", "arrival", "removal", "refusal", "disposal", "denial", "error", "factor",
                    "sector", "motor", "horror", "mirror", "behavior", "behaviour", "objective", "initiative",
                    "alternative", "incentive", "narrative", "perspective", "directive"}
RELATIVE = {"who", "that", "which", "whom"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "we", "they", "you"}
_SUBJ = {"nsubj", "csubj", "expl"}
# Named things that do not speak: "Saturday", "this week", "CLEVELAND" (a dateline), "$5 million".
_NOT_SPEAKERS = {"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                 "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
# Shares of a polled public, who answer, prefer and support as speakers do: "55 percent said so".
SHARES = frozenset("percent majority minority plurality half third quarter most many some few none".split())
# Answers that stand for what was said: "said so", "said yes", "said the same of Cruz".
ANSWERS = frozenset("so yes no otherwise same".split())
_VAGUE_OBJECT = {"it", "this", "that", "so", "something", "nothing", "anything", "things", "thing", "much", "more"}
# Verbs that report a reply with "back": "shot back", "fired back", "hit back" (not "beat back", "cut back")
_RETORT_BACK = frozenset("shoot fire hit push snap strike bite talk write answer punch lash swing reply respond".split())
# Nouns a relative clause says how, when or why of, not what: "the way they respond to …"
_CIRCUMSTANCE = frozenset("way ways manner time times year years day days week month moment place reason".split())

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
_AMBIGUOUS = ('"', "''")
_CLOSERS = {"”", "»"}
# dashes that set off an aside, a signature or a dateline (a spaced hyphen counts too: see _dash)
DASHES = frozenset({"—", "–", "--", "―"})

# a line that is nothing but a quotation and a dash-signed name
_SIGNED = re.compile(r"\s*(?:[“\"”«„]|'')(?P<body>.*[”\"»“'])\s*(?P<dash>[―—–]+|--)\s*(?P<name>[^\s―—–\"“”][^―—–\"“”]{0,60}?)\.?\s*")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,300}>")  # "<tweet …>" is markup, not a verb
_ATTRIBUTE = re.compile(r'\w=(")[^"\n]*"')  # markup left in scraped text: author="…"


@dataclass(frozen=True, slots=True)
class RawQuote:
    """One attribution: what was said (``contents``, possibly several spans), by whom, through which cue.

    ``start``/``end``/``text`` cover the first to the last content span; ``kind`` is direct, partial or
    indirect. A pronoun or "who" speaker keeps its own span and names its antecedent in ``speaker_name``
    and ``speaker_ref_start``/``speaker_ref_end``.
    """

    text: str
    start: int
    end: int
    kind: str
    speaker: Resolved | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    contents: tuple[tuple[int, int], ...]
    speaker_name: str | None = None  # the name a pronoun or "who" speaker was resolved to
    speaker_ref_start: int | None = None  # the mention that pronoun or "who" stands for
    speaker_ref_end: int | None = None


# ---- quote marks ------------------------------------------------------------------------------------
def _marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Quote marks in ``text[start:end]`` as (position, length, role) with role open/close/either.

    The spacing around a mark decides first (writers and converters mix up curly marks); the shape of
    a curly mark decides only when the spacing does not.
    """
    out: list[tuple[int, int, str]] = []
    markup = {m.start(1) for m in _ATTRIBUTE.finditer(text, start, end)} | {
        m.end() - 1 for m in _ATTRIBUTE.finditer(text, start, end)}
    i = start
    while i < end:
        ch = text[i]
        if i in markup:
            i += 1
            continue
        if ch in OPEN_CLOSE or ch in _CLOSERS or ch == '"' or (ch == "'" and text.startswith("''", i) and i + 1 < end):
            n = 2 if ch == "'" else 1
            before = text[i - 1] if i > start else " "
            after = text[i + n] if i + n < end else " "
            if ch == '"' and before.isalnum() and after.isalnum():
                i += n
                continue  # inch marks and the like: 12"pipe
            opens = before.isspace() or before in "([{—–-/" or i == start
            closes = after.isspace() or after in ".,;:!?)]}—–-…" or i + n >= end
            if opens and not closes:
                role = "open"
            elif closes and not opens:
                role = "close"
            else:
                role = "open" if ch in OPEN_CLOSE else "close" if ch in _CLOSERS else "either"
            out.append((i, n, role))
            i += n
            continue
        i += 1
    return out


_PARA_BREAK = re.compile(r"\n\s*\n\s*|(?<=[.!?:\"”'])[ \t]*\n\s*")
# a single line break after a short unpunctuated line, before a capital: a heading ("João Silva, 62")
_HEADING_BREAK = re.compile(r"(?<=[^\s.,;:!?\"”'’\-–—])[ \t]*\n(?=[A-Z“\"])")
_HEADING_MAX = 60


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines separate paragraphs, and so does a line break after a sentence end.

    A single line break inside a sentence (hard-wrapped text) does not end the paragraph; a wrapped line runs to
    the margin, so a short unpunctuated line before a capital is a heading ("João Silva, 62" over the paragraph
    on him), whose words no report in the next line takes.
    """
    breaks = sorted([*_PARA_BREAK.finditer(text), *(m for m in _HEADING_BREAK.finditer(text) if _short_line(
        text, m.start()))], key=lambda m: m.start())
    out: list[tuple[int, int]] = []
    pos = 0
    for m in breaks:
        if m.start() < pos:
            continue
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _short_line(text: str, end: int) -> bool:
    """Does the line ending at ``end`` stop well short of a wrapping margin?"""
    return end - (text.rfind("\n", 0, end) + 1) <= _HEADING_MAX


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of quoted passages; robust to unbalanced marks."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        marks = _marks(text, p_start, p_end)
        k = 0
        while k < len(marks):
            pos, n, role = marks[k]
            if role == "close":
                k += 1  # a stray closer opens nothing
                continue
            # the next mark that can close this one; a new opener ends an unclosed quote (continued speech)
            j = k + 1
            inner_s = pos + n
            inner_e = marks[j][0] if j < len(marks) else p_end
            while inner_s < inner_e and text[inner_s].isspace():
                inner_s += 1
            while inner_e > inner_s and text[inner_e - 1].isspace():
                inner_e -= 1
            if inner_e - inner_s >= 2:
                out.append((inner_s, inner_e))
            k = j if j < len(marks) and marks[j][2] == "open" else j + 1
    return out


# ---- parse helpers -----------------------------------------------------------------------------------
# Nouns whose own "that" clause follows them: "in the event that …", "on the grounds that …" are not what was said.
_CONTENT_HOSTS = PROPOSITIONS | NOUN_CUES | CLAUSE_NOUNS | frozenset(
    "event condition ground grounds extent fact sense chance possibility likelihood risk news evidence proof sign".split())


def _is_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lemma_ == "say")


_FINDING_ASIDE = frozenset("show suggest indicate".split())  # "…, records show."
_TALKS = frozenset("interview conversation discussion".split())  # "according to interviews with X": X spoke
_SENDING = {"email", "e-mail", "send", "mail", "text", "write", "tweet", "blast"}
# Verbs whose object does what the following infinitive says even when the parser takes it for a purpose clause:
# "sent a reporter to ask …", "drove thousands to demand …", "pushed lawmakers to condemn …"
_OBJECT_CONTROL = frozenset("send drive lead push press prompt force urge encourage invite spur inspire leave".split())


def _subject(cue: Token, quoted: list[bool] | None = None) -> Token | None:
    """The source token: the cue's subject, inherited through "went on to say" / "…, adding" / "and said".

    Subjects inside quote marks belong to the quoted words, not to the attribution.
    """
    doer = _gerund_doer(cue, quoted)
    if doer is not None:
        return doer
    cur = cue
    came_by_conj = False
    gerund = False  # came up from a gerund in a prepositional phrase: "after saying", "in addition to stating"
    participle = False  # came up from an adverbial participle: "…, saying", "while saying"
    prev_tag = prev_dep = ""  # the tag and relation of the verb last climbed from
    for _ in range(7):
        doer = _gerund_doer(cur, quoted) if cur != cue else None
        if doer is not None:
            return doer  # "the sight of Mr. Lee jetting around the world asking for money": the one jetting asks
        subjs = [c for c in cur.children if c.dep_ in _SUBJ and not (quoted and quoted[c.i])]
        subj = _nearest_subject(subjs, cue)
        if (subj is not None and cur != cue and cur.dep_ == "ccomp" and cur.head.lemma_.lower() in CUE_VERBS
                and (not _agentive(subj) or (cue.lemma_.lower() == "add" and cue.tag_ == "VBG")
                     or (participle and cue.tag_ == "VBG" and cue.lemma_.lower() in REPORTING
                         and cur.head.lemma_.lower() in REPORTING and cur.lemma_.lower() not in SPEECH_VERBS
                         and cur.head.i < cur.i and not (quoted and quoted[cur.head.i]))
                     or (came_by_conj and cur.head.lemma_ == cue.lemma_))):
            # "X said that the strike was …, warning …": the participle hangs on the reported clause,
            # but a strike warns nobody; the reporter does. "…, adding" and a repeated "… and said" are
            # the reporter's too, whoever the reported clause is about; so is a speech participle set off by a comma
            # after a report ("Byrne wrote the agents knew it, saying, “…”": Byrne says it, not the agents; but in
            # "said the governor called him, saying …" the caller may be saying it)
            cur = cur.head
            continue
        if subj is not None and _thing_relative(subj, cur):
            # "released data that suggest …", "is running an ad that urges …": the data and the ad carry the
            # words of whoever released or ran them
            cur = cur.head.head
            continue
        if subj is not None and participle and cur != cue and _speechless(subj):
            # "Bennett denied that a shakeup is coming, explaining …", "Trump struck notes Sanders had sounded,
            # trumpeting …": the parser hung the participle on a clause whose subject is a thing; a thing
            # explains nothing, the person who is the subject of a clause above does
            above = _person_subject_above(cur, quoted) or _person_subject_before_participle(cur, cue, quoted)
            if above is not None:
                return above
        if (subj is not None and cur != cue and subj.lower_ == "it" and cur.lemma_ in {"be", "mean"}
                and not (cue.dep_ == "xcomp" and cue.tag_ == "VB" and cue.head.i == cur.i)  # "it is hard to predict": _verb_cue's
                and not any(c.dep_ == "acomp" and c.lemma_.lower() in _RAISING for c in cur.children)):
            # "it's worth noting …", "it means admitting …": a dummy "it" says nothing; in a cleft ("It was at the
            # rally that Ruiz spoke, pointing to …") the clause after "that" has the speaker
            return _cleft_subject(cur, quoted)
        if subj is not None and subj.dep_ != "expl":
            return subj  # a relative "who" is kept: it is the speaker's mention in this clause
        passive = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and (gerund or (participle and _person_like(passive))) and cur != cue and not (
                quoted and quoted[passive.i]):
            # "Romer was sidelined after demonstrating that …": the one sidelined demonstrated; so does one who
            # "was distracted while saying goodbye" (a thing that "was filed …, stating" is left to the rules below)
            return passive
        if passive is not None and came_by_conj and prev_tag != "VBN" and cur != cue:
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in CUE_VERBS and cur.head.i != cur.i:
                # "Abedi insisted that the jet was not struck by a missile and said …": the parser joined the
                # reporter's second verb to the reported clause; the reporter says it
                cur = cur.head
                continue
            if _agentive(passive) and not _speechless(passive) and not (quoted and quoted[passive.i]):
                # "FBI officials were angered by the deal and predicted …": the ones angered predicted, not the
                # deal ("the move was made by Bratton and said …" is a misparse: a move says nothing)
                return passive
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        stray = _stray_agent(cur)
        if stray is not None:
            return stray
        if passive is not None:
            # "X was quoted as saying", "X was asked": the passive subject is the speaker only for these,
            # or for an active verb coordinated with the passive ("Trump was forced … and said …"), or a
            # document that says what the participle on it says ("A lawsuit was filed in May alleging …")
            return passive if cur.lemma_ in {"quote", "ask", "hear"} or came_by_conj or (
                prev_tag == "VBG" and prev_dep == "advcl" and not participle and passive.lemma_.lower() in _DOCUMENTS
                and not (quoted and quoted[passive.i])) else None  # after a comma it may be the clause above's
        if cur.dep_ in {"xcomp", "advcl"} and cur.tag_ == "VB" and has_to_marker(cur):
            # object control: "required Republicans to recognize …", "left the party to wonder …", "led some to
            # speculate …", "sent a host to ask …" (a purpose clause on other verbs is the subject's own act)
            obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i
                        and cur.head.lemma_.lower() not in {"use", "spend", "take", "need"}), None)
            if obj is not None and obj.lemma_.lower() == "pressure":
                # "put pressure on the nominee to convince …": the one pressed
                on = next((p for h in (obj, cur.head) for p in h.children if p.dep_ == "prep"
                           and p.lower_ in {"on", "upon"} and obj.i < p.i < cur.i), None)
                obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            elif cur.dep_ == "advcl" and cur.head.lemma_.lower() not in _OBJECT_CONTROL:
                obj = None
            if obj is not None and ((_agentive(obj) and obj.pos_ != "PRON") or obj.lower_ in PERSON_PRONOUNS
                                    or obj.lower_ in _GROUP_PRONOUNS | {"some", "many", "most", "others"}
                                    or obj.lemma_.lower() in _PERSON_NOUNS):
                return obj
        if cur.dep_ in {"xcomp", "advcl", "conj", "pcomp", "acomp", "prep"} and cur.head.i != cur.i:
            came_by_conj = cur.dep_ == "conj" and cur.pos_ == "VERB"
            prev_tag, prev_dep = cur.tag_, cur.dep_
            gerund = gerund or (cur.dep_ == "pcomp" and cur.tag_ == "VBG")
            participle = participle or (cur.dep_ == "advcl" and cur.tag_ == "VBG" and (  # "…, saying", "while saying"
                any(c.dep_ == "mark" for c in cur.children) or cur.doc[max(cur.left_edge.i - 1, 0)].text in {",", ";"}))
            cur = cur.head
            continue
        if gerund and cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.i != cur.i:
            cur = cur.head  # "In addition to stating that …, Clinton has vowed …"
            continue
        if cur.dep_ in {"relcl", "acl"} and cur.head.pos_ in {"PROPN", "NOUN", "PRON"}:
            head = cur.head
            if head.lemma_.lower() in {"statement", "letter", "tweet", "post", "interview", "speech", "email",
                                       "message", "release", "note", "report", "video", "op-ed", "column"}:
                cur = head.head if head.head.i != head.i else head
                if cur.pos_ in {"VERB", "AUX"}:
                    continue
                return None
            infinitive = cur.tag_ == "VB" and has_to_marker(cur)
            if (cur.dep_ == "acl" and (cur.tag_ == "VBG" or infinitive) and head.dep_ in {"dobj", "pobj"}):
                # "established a policy urging …", "in a bid to persuade …": the one who made the policy
                # urges, not the policy; the one who bids persuades. "emailed supporters saying …": the
                # message says it, so its sender does, not the people it went to. A thing above makes nothing:
                # in "the ad ends with a voice-over saying …", "the photo ran beside an item suggesting …" the
                # voice-over and the item say it, not the ad or the photo
                up = head.head.head if head.dep_ == "pobj" else head.head
                if up.pos_ in {"VERB", "AUX"} and up.i != head.i and (
                        (not _agentive(head) and not _carrier_subject(up))
                        or up.lemma_.lower() in _SENDING  # "those backing Cruz" back him
                        or (head.lemma_.lower() in _CARRIERS and not _thing_subject(up))):  # "ran ads attacking …"
                    cur = up
                    continue
            rel = _relative_after(head) if cur.dep_ == "relcl" else None
            return rel if rel is not None and not (quoted and quoted[rel.i]) else head
        break
    return None


_FLOATING = frozenset("both all each".split())


def _nearest_subject(subjs: list[Token], cue: Token) -> Token | None:
    """The subject nearest the cue, except a floating quantifier: in "Republican figures — … — both suggested" the
    parser makes "both" and "figures" two subjects of one verb; "both" only counts them, the noun names them."""
    if not subjs:
        return None
    subj = min(subjs, key=lambda c: abs(c.i - cue.i))
    if subj.lower_ in _FLOATING and not any(True for _ in subj.children):
        noun = next((c for c in reversed(subjs) if c.i < subj.i and c.pos_ in {"NOUN", "PROPN"}), None)
        if noun is not None:
            return noun
    return _past_object(subj)


def _past_object(subj: Token) -> Token:
    """The last conjunct of a coordination that opens right after a verb lacking its object: in "Rubio has won
    a state and Cruz suggested …" the parser joined the object of "won" to the next clause's subject; only the
    conjunct after "and" is the subject (a subject never follows a finite verb with nothing between)."""
    doc = subj.doc
    left = subj.left_edge.i
    if subj.dep_ != "nsubj" or left == 0 or subj.head.i < subj.i:
        return subj
    verb = doc[left - 1]
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP"} or verb.i == subj.head.i or any(
            c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "prt"} and c.i != subj.head.i
            for c in verb.children):
        return subj
    last = next((c for c in reversed(subj.conjuncts) if c.i > subj.i), None)
    if last is None or last.pos_ not in {"PROPN", "PRON", "NOUN"} or subj.head.tag_ not in {"VBD", "VBZ", "VBP"}:
        return subj  # "allows voters … to vote": the subject of an infinitive may follow a verb
    between = doc[subj.right_edge.i if subj.right_edge.i < last.i else subj.i : last.left_edge.i]
    if not any(t.lower_ == "and" for t in between) or any(t.text == "," for t in doc[subj.i : last.i]):
        return subj  # "voters of any affiliation, or lack thereof": one noun phrase, set off by commas
    return last


# things filed, issued or passed that say what a participle on them says: "a suit was filed …, alleging …"
_DOCUMENTS = MEDIA | frozenset("""
lawsuit suit complaint petition motion filing brief indictment report resolution bill measure amendment order
ruling memo memorandum document
""".split())

# things that carry someone's words, counted plural too ("withdrew notices seeking …", "carried signs saying …"):
# a plural noun is agentive for _agentive, but these speak only for whoever ran, carried or planted them
_CARRIERS = _DOCUMENTS | PUBLISHED | _PRODUCTS | frozenset("""
sign banner placard poster photo image picture clip spot flyer mailer billboard notice headline
""".split())

def _thing_subject(verb: Token) -> bool:
    """The verb's subject is a thing, or a share of things: in "most of the spending went to ads extolling …" no one
    ran the ads that the clause names, so the ads stay the speaker."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        of = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        whole = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
        return _speechless(c) or (c.lower_ in SHARES and whole is not None and _speechless(whole))
    return False


def _carrier_subject(verb: Token) -> bool:
    """The verb's subject is itself a thing that carries words ("the ad ends with …", "the photo ran beside …"): it
    made nothing the clause names, so a participle on the verb's object is that object's own words."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _CARRIERS and not c.ent_type_ for c in verb.children)


_RAISING = frozenset("likely unlikely certain sure bound set due able unable ready eager willing".split())


def _cleft_subject(be: Token, quoted: list[bool] | None) -> Token | None:
    """The person subject of the "that" clause of a cleft "It was … that X did …", if there is one."""
    for c in be.children:
        if c.dep_ in {"ccomp", "relcl", "advcl"} and c.i > be.i and c.left_edge.lower_ == "that":
            s = next((k for k in c.children if k.dep_ == "nsubj" and not (quoted and quoted[k.i])), None)
            if s is not None and _person_like(s):
                return s
    return None


def _gerund_doer(cue: Token, quoted: list[bool] | None) -> Token | None:
    """The person right before a gerund cue after "with" or "of" does the saying: "ended with Maddow asking …",
    "the spectacle of Mr. Netanyahu denouncing …", "with reporters shouting …". After "of" only a person's name
    or a personal pronoun ("the head of Google saying" is the head's words, not Google's)."""
    if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in _SUBJ for c in cue.children):
        return None
    prev = cue.doc[cue.i - 1]
    if prev.dep_ != "pobj" or prev.head.lower_ not in {"with", "of"} or (quoted and quoted[prev.i]):
        return None
    if prev.head.lower_ == "of":
        return prev if prev.ent_type_ == "PERSON" or prev.lower_ in PERSON_PRONOUNS else None
    return prev if _person_like(prev) else None


_PERSON_NOUNS = frozenset("""
guy man woman person child kid boy girl lady gentleman aide friend wife husband son daughter mother father brother
sister chief head host anchor candidate nominee delegate guest colleague rival
""".split())


def _stray_agent(verb: Token) -> Token | None:
    """The doer of a passive verb in a "by" phrase the parser hung lower in the verb's own clause: "was declared the
    winner by news organizations", "were highlighted during the campaign by some of his rivals", "was reported in a
    piece by the Times". Not one inside a clause of its own, nor deeper in a noun phrase, where it is a noun's ("was
    asked about the claim of credit for the attack by a gunman", "in response to a request by the paper")."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    for t in verb.subtree:
        if t.i <= verb.i or t.lower_ != "by" or t.dep_ != "prep":
            continue
        h, steps = t.head, 1
        while h.i != verb.i and steps < 3 and h.pos_ not in {"VERB", "AUX"} and h.dep_ not in {
                "relcl", "acl", "ccomp", "advcl", "xcomp"}:
            h, steps = h.head, steps + 1
        if h.i != verb.i:
            continue
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in {"PROPN", "NOUN", "PRON"}:
            return pobj
    return None


def _credit_line(verb: Token) -> bool:
    """"(Reporting by Ann Lee; Writing by Tom Roe; Editing by …)": a wire story's credits, a gerund with no subject
    and the name of who did the work right after "by" — who wrote the story, not anything said in it."""
    if verb.tag_ != "VBG" or verb.i + 2 >= len(verb.doc) or any(c.dep_ in _SUBJ for c in verb.children):
        return False
    by, name = verb.doc[verb.i + 1], verb.doc[verb.i + 2]
    return by.lower_ == "by" and (name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and name.ent_type_ not in _NOT_SPEAKERS))


def _added_to(verb: Token, objs: list[Token]) -> bool:
    """"add another title to his resume", "adds a hurdle to the process": a thing put into another, which nobody
    could be told (not "added to reporters that …", whose "to" names the ones spoken to)."""
    tos = [p for h in [verb, *objs] for p in h.children if p.dep_ == "prep" and p.lower_ == "to" and p.i > verb.i]
    return bool(objs) and bool(tos) and not any(
        _agentive(o) for p in tos for o in p.children if o.dep_ == "pobj") and not any(
        o.lemma_.lower() in {"voice", "name"} for o in objs)  # "added her voice to the critics'" speaks with them


def _speechless(tok: Token) -> bool:
    """A common noun for a thing ("the shakeup", "populist notes", "the conversation"), which says nothing; a
    noun for a person ("a maintenance guy", "the spokeswoman", "a reporter") is no thing."""
    low = tok.lemma_.lower()
    if low in _PERSON_NOUNS or low.endswith(("man", "woman", "person")) or _people_word(tok):
        return False
    return (tok.pos_ in {"NOUN", "PRON"} and not tok.ent_type_ and not _person_like(tok) and not _agentive_body(tok)
            and tok.lower_ not in RELATIVE)


def _aimed_at_people(obj: Token, subj: Token) -> bool:
    """What an attack in words is aimed at: a name or "him"; and, when a named person or "he"/"she" attacks, a noun
    for people ("his rivals", "the former president", "the Koch brothers") or what a named person has ("Mrs.
    Clinton's ties to Wall Street"). Not "a checkpoint", and not "the villagers" militants attack."""
    if obj.ent_type_ in {"PERSON", "ORG", "NORP"} or obj.lower_ in PERSON_PRONOUNS - {"i", "we", "you"}:
        return True
    if not (subj.ent_type_ == "PERSON" or (subj.pos_ == "PROPN" and not subj.ent_type_) or subj.lower_ in {"he", "she"}):
        return False
    if obj.pos_ == "NOUN" and not obj.ent_type_ and obj.lemma_.lower() != "head" and not _speechless(obj):  # "hit his head", "hit 50%"
        return True
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in obj.children)


def _agentive_body(tok: Token) -> bool:
    """A group or body named by a common noun ("the committee", "the campaign") or a share of people."""
    low = tok.lemma_.lower()
    return (low in COLLECTIVE or low in COLLECTIVE_NOUNS or tok.lower_ in SHARES or tok.lower_ in _GROUP_PRONOUNS
            or _share_number(tok) or (tok.tag_ == "NNS" and _people_word(tok)))


def _person_subject_above(clause: Token, quoted: list[bool] | None) -> Token | None:
    """The nearest subject that names a person in the clauses above ``clause`` (through clauses and the nouns
    clauses hang on), outside quoted words."""
    cur = clause
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in {"ccomp", "acl", "relcl", "advcl", "conj", "xcomp"}:
            return None
        cur = cur.head
        if cur.pos_ in {"NOUN", "PROPN", "PRON"}:
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        subj = next((c for c in cur.children if c.dep_ == "nsubj" and not (quoted and quoted[c.i])), None)
        if subj is not None:
            return subj if _person_like(subj) else None
    return None


def _person_subject_before_participle(clause: Token, participle: Token, quoted: list[bool] | None) -> Token | None:
    """The person subject of the clause that ends right before ``participle``'s comma, inside ``clause``: "The first
    incident came during a speech, when protesters interrupted her, shouting …": the parser hung the participle
    on the main clause, whose subject is a thing; the protesters, in the clause the participle follows, shout."""
    doc = participle.doc
    end = participle.left_edge.i - 1
    if end < 1 or doc[end].text != ",":
        return None
    for v in reversed(doc[clause.i + 1 : end]):
        if v.pos_ not in {"VERB", "AUX"} or v.dep_ not in {"advcl", "relcl", "conj", "ccomp"} or v.right_edge.i != end - 1:
            continue
        if not any(a.i == clause.i for a in v.ancestors) or v.tag_ == "VBG" or has_to_marker(v):
            continue  # a finite clause: in "called for Trump to drop out, calling him …" the caller calls
        subj = next((c for c in v.children if c.dep_ == "nsubj" and not (quoted and quoted[c.i])), None)
        if subj is not None and _person_like(subj) and subj.lower_ not in RELATIVE:
            return subj
    return None


def _relative_after(noun: Token) -> Token | None:
    """"the elder Mr. Murdoch, who is … enjoying … and is saying": the relative pronoun that opens a relative
    clause on ``noun`` ("who", or "which" after a comma: "asked Rubio which states …" is a question), when the
    parser did not make it the clause's subject. It is the speaker's mention in the clause, as when it is the
    subject."""
    doc = noun.doc
    i = noun.i + 1
    comma = i < len(doc) and doc[i].text == ","
    i += comma
    if i >= len(doc) or doc[i].dep_ == "det":
        return None
    return doc[i] if doc[i].lower_ == "who" or (doc[i].lower_ == "which" and comma) else None


def _person_like(tok: Token) -> bool:
    """A name, a personal or relative pronoun, or a plural of people ("organizers"), not "the attacks"."""
    return tok.ent_type_ in {"PERSON", "ORG", "NORP"} or tok.pos_ == "PROPN" or tok.lower_ in PERSON_PRONOUNS | {
        "who"} or (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and _people_word(tok))


# what a program or a platform is made of and speaks through: "a platform with planks that call for …"
_PLANKS = frozenset("plank provision proposal clause section".split())


def _thing_relative(subj: Token, clause: Token) -> bool:
    """A relative "that"/"which" standing for a thing that is the object of a verb with a subject of its own. A
    plural carrier ("ran ads that say …", "include planks that call for …") is such a thing, though a plural noun
    counts as agentive elsewhere; plural findings ("provides poll results that show …") speak for themselves."""
    if subj.lower_ not in {"that", "which"} or clause.dep_ not in {"relcl", "acl"}:  # "a statement that …" read as acl
        return False
    noun = clause.head
    carrier = noun.lemma_.lower() in _CARRIERS | _PLANKS
    if noun.i == clause.i or noun.dep_ != "dobj" or (_agentive(noun) and not carrier) or noun.ent_type_:
        return False
    verb = noun.head
    # "…, releasing a statement that accused …", "to issue a report that says …": a participle or infinitive has
    # no subject of its own; the one who releases or issues is the subject of the clause it hangs on
    inherited = verb.dep_ in {"advcl", "xcomp", "conj"} and verb.tag_ in {"VBG", "VB"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return verb.pos_ in {"VERB", "AUX"} and (inherited or any(
        c.dep_ == "nsubj" and c.lower_ not in {"it", "this", "that", "which", "there"} for c in verb.children))


_GROUP_PRONOUNS = frozenset("""
those both all each several others either neither everyone everybody someone somebody anyone anybody nobody
""".split())


def _agentive(tok: Token) -> bool:
    """Could this word speak? Names, personal pronouns and plural or collective nouns can; "the strike" cannot.

    So can a share of people in a poll: "55 percent", "a majority of voters", "most", "about 4 in 10".
    """
    if tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or tok.pos_ == "PROPN":
        return True
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True  # "his colleague Ada Lopez": a noun a person's name stands beside
    if tok.lower_ in SHARES or _share_number(tok):
        return True
    if tok.lower_ in _GROUP_PRONOUNS:
        return True  # "those close to him", "both of his senators", "everyone in the room"
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSON_PRONOUNS | RELATIVE | {"his", "her", "their", "its", "my", "our", "your"}
    # "the group", "the committee", "the government": a body speaks as its members do
    return tok.tag_ in {"NNS", "NNPS"} or tok.lemma_.lower() in COLLECTIVE or (
        tok.pos_ == "NOUN" and tok.lemma_.lower() in COLLECTIVE_NOUNS)


def _share_number(tok: Token) -> bool:
    """"4 in 10", "six of 10": a count of people out of a number, as polls report them."""
    return tok.pos_ == "NUM" and any(c.dep_ == "quantmod" and c.lower_ in {"in", "of", "out"} for c in tok.children)


def _poll_share(tok: Token) -> bool:
    """"41 percent", "a quarter", "most", "6 in 10", "another": a share of those polled or asked."""
    return (tok.lower_ in SHARES | {"another", "others"} or _share_number(tok) or tok.ent_type_ == "PERCENT"
            or any(c.lower_ == "percent" for c in tok.subtree))


_CLAUSE_OPENERS = {"after", "before", "since", "until", "while", "when", "because", "if", "although", "though",
                   "unless", "whereas", "once"}


def _dated(phrase: Token) -> bool:
    """A phrase that only dates something: "on Thursday", "last week", "late" (every word a date or time)."""
    words = [t for t in phrase.subtree if not t.is_punct]
    if phrase.dep_ == "prep":
        words = [t for t in words if t.i != phrase.i]
    return phrase.dep_ in {"prep", "npadvmod", "advmod"} and bool(words) and all(t.ent_type_ in {"DATE", "TIME"} for t in words)


def _means(phrase: Token) -> bool:
    """"by creating a new account": a "by" phrase with a gerund says how a deed was done ("by pointing out that …",
    "by focusing on …" report on their own, as "by saying …" does)."""
    return phrase.dep_ == "prep" and phrase.lower_ == "by" and any(
        c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG" for c in phrase.children)


def _spaced_dash(tok: Token) -> bool:
    """A dash that sets off what precedes a name ("MACAU (Reuters) – Top donor X", "HEADLINE - Pew Research"):
    before the head of a noun phrase it closes a dateline or heading, never opens an apposition."""
    return tok.text in DASHES or (tok.text == "-" and bool(tok.whitespace_) and tok.i > 0
                                  and bool(tok.doc[tok.i - 1].whitespace_))


def _np_bounds(tok: Token) -> tuple[int, int]:
    """Token bounds of the noun phrase headed by ``tok``, without its relative clause or apposition tail."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ not in {"punct", "cc", "prep", "mark"}:  # "While populists …": a subordinator the parser misplaced
            left = min(left, c.left_edge.i)
    doc = tok.doc
    for k in range(left, tok.i):
        if any(ch in doc[k].text for ch in "<>="):
            left = k + 1  # markup left in scraped text ("<tweet author=… >Rubio") is no part of a name
    for k in range(left, tok.i):
        if "\n" in doc[k].text or _spaced_dash(doc[k]):
            left = k + 1  # "12:35 p.m.⏎⏎Texas Sen. Ted Cruz", "WASHINGTON — Sen. …": a line or dateline above
    while left < tok.i and (not any(ch.isalnum() for ch in doc[left].text) or (
            doc[left].lower_ in _CLAUSE_OPENERS and doc[left].pos_ in {"ADP", "SCONJ"})):
        left += 1  # "”― Steve Quinlan": marks glued to the name are not part of it, nor "after" in "after half said so"
    right = tok.i
    for c in tok.rights:
        if c.dep_ in {"compound", "flat", "nummod"} or (c.dep_ == "prep" and c.lower_ == "of" and c.i == right + 1):
            right = max(right, c.right_edge.i)
        else:
            break
    return left, right


def _runs(doc: Doc, ids: set[int]) -> tuple[tuple[int, int], ...]:
    """Character spans of contiguous token runs, trimmed of edge punctuation."""
    out: list[tuple[int, int]] = []
    run: list[int] = []
    for i in sorted(ids):
        if run and i != run[-1] + 1:
            out.append(_trim(doc, run))
            run = []
        run.append(i)
    if run:
        out.append(_trim(doc, run))
    return tuple(s for s in out if s[1] > s[0])


def _opened(doc: Doc, a: int, b: int) -> bool:
    """A bracket opened between tokens ``a`` and ``b`` (exclusive) and not yet closed."""
    words = [t.text for t in doc[a:b]]
    return words.count("(") > words.count(")")


def _trim(doc: Doc, run: list[int]) -> tuple[int, int]:
    a, b = run[0], run[-1]
    while a < b and ((doc[a].is_punct and doc[a].text not in {"“", '"', "''", "«"}) or doc[a].is_space):
        a += 1
    while b > a and ((doc[b].is_punct and doc[b].text not in {"”", '"', "''", "»", "?", "!", "%"} and not (
            doc[b].text == ")" and _opened(doc, a, b))) or doc[b].is_space):
        b -= 1  # "45%" keeps its sign and "(31%)" its bracket
    if a == b and (doc[a].is_punct or doc[a].is_space):
        return doc[a].idx, doc[a].idx
    return doc[a].idx, doc[b].idx + len(doc[b])


# ---- attributions ------------------------------------------------------------------------------------
@dataclass
class _Attr:
    cue: list[Token]
    source: Token | None
    content: set[int]
    sent: int
    quoted: bool = False
    dangling: bool = False  # a speech cue with nothing to attribute yet: a quote nearby may attach
    extra: list[tuple[int, int]] = field(default_factory=list)  # quoted spans joined from nearby sentences


class _Extractor:
    def __init__(self, doc: Doc, actors: DocActors) -> None:
        self.doc = doc
        self.actors = actors
        self.text = doc.text
        self.spans = quote_spans(self.text)
        self.starts = [s for s, _ in self.spans]
        self.in_quote = [self._quote_at(t.idx) is not None for t in doc]
        self.paras = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paras]
        self.para_of = [self._para(t.idx) for t in doc]
        # sentences, cut again at paragraph breaks the parser ran across
        self.sents: list[Span] = []
        for sent in doc.sents:
            start = sent.start
            for i in range(sent.start + 1, sent.end):
                if self.para_of[i] != self.para_of[i - 1] and not doc[i].is_space:
                    self.sents.append(doc[start:i])
                    start = i
            self.sents.append(doc[start : sent.end])
        self._signed_lines: dict[int, _Attr | None] = {}
        self.sent_of = [0] * len(doc)
        for k, sp in enumerate(self.sents):
            for i in range(sp.start, sp.end):
                self.sent_of[i] = k

    def _quote_at(self, char: int) -> int | None:
        k = bisect_right(self.starts, char) - 1
        if k >= 0 and self.spans[k][0] <= char < self.spans[k][1]:
            return k
        return None

    def _para(self, char: int) -> int:
        return bisect_right(self.para_starts, char)

    # -- cues
    def cues(self) -> list[_Attr]:
        out: list[_Attr] = []
        tags = [(m.start(), m.end()) for m in _TAG.finditer(self.text)]
        in_tag = {t.i for s, e in tags for t in (self.doc.char_span(s, e, alignment_mode="expand") or ())}
        for sent_k, sent in enumerate(self.sents):
            for tok in sent:
                if (self.in_quote[tok.i] and not self._turn_label(tok)) or tok.i in in_tag:
                    continue
                attr = (self._verb_cue(tok, sent_k) or self._according(tok, sent_k) or self._in_source(tok, sent_k)
                        or self._proposition(tok, sent_k)
                        or self._colon(tok, sent_k) or self._noun_colon(tok, sent_k) or self._headline(tok, sent_k)
                        or self._received(tok, sent_k) or self._noun_cue(tok, sent_k) or self._divided(tok, sent_k)
                        or self._adj_cue(tok, sent_k)
                        or self._hearsay(tok, sent_k) or self._agent_noun(tok, sent_k) or self._in_favor(tok, sent_k)
                        or self._finding_aside(tok, sent_k))
                if attr is not None:
                    out.append(attr)
        return [a for a in out if not _reread(a, out)]

    def _finding_aside(self, tok: Token, sent_k: int) -> _Attr | None:
        """"…, campaign finance records show." / "During that year, court records show, the firm paid …": set off by
        commas after a plural document noun, "show" (or "suggest", "indicate") is a finding standing aside from what
        it reports, which the parser takes for a noun compounded with the document ("records show" as a show). What
        is found is the clause before it; after a fronted phrase with no verb of its own, the clause after it too."""
        doc, sent = self.doc, self.sents[sent_k]
        if tok.lower_ not in _FINDING_ASIDE or tok.i == sent.start:
            return None
        src = doc[tok.i - 1]
        if src.dep_ != "compound" or src.head.i != tok.i or src.tag_ != "NNS" or (
                src.lemma_.lower() not in EVIDENCE_NOUNS):
            return None
        left = min(t.i for t in src.subtree)
        end = tok.i + 1
        if not (left == sent.start or doc[left - 1].text == ",") or not (
                end >= sent.end or doc[end].text in {",", ".", ";"}):
            return None
        before = [t for t in doc[sent.start : max(sent.start, left - 1)] if not t.is_space]
        after = [t for t in doc[min(end + 1, sent.end) : sent.end] if not t.is_space]
        if before and before[-1].dep_ == "cc":
            return None  # "a man who puts his worth at $11 billion and, records show, does not …": mid-clause
        if before and any(t.pos_ in {"VERB", "AUX"} for t in before):
            words = before
        elif after and after[0].dep_ != "cc":
            words = before + after
        else:
            return None
        content = {t.i for t in words}
        while content and doc[max(content)].is_punct:
            content.discard(max(content))
        if not content or not any(doc[i].pos_ in {"VERB", "AUX"} for i in content):
            return None
        return self._attr(tok, [tok], src, content, sent_k)

    def _addressed(self, objs: list[Token], xcomp: list[Token]) -> bool:
        """Objects before a quote, set off by a comma, that the parser made the verb's infinitive ("told Fox News host
        Ada Lopez, “Hillary’s slogan might as well be Not Indicted”"): the one told, no part of the quoted words."""
        if not objs:
            return False
        doc = self.doc
        obj = max(objs, key=lambda o: o.i)
        end = max(t.i for t in obj.subtree if not t.is_punct)
        return not self.in_quote[obj.i] and all(
            c.i > obj.i and self.in_quote[c.left_edge.i] and all(t.is_punct for t in doc[end + 1 : c.left_edge.i])
            and any(t.text in {",", ":"} for t in doc[end + 1 : c.left_edge.i]) for c in xcomp)

    def _lemma(self, tok: Token) -> str:
        """The cue lemma; the tagger's lemma first, then simple suffix stripping ("hopes" is not "hop")."""
        lemma = tok.lemma_.lower()
        if lemma in CUE_VERBS or lemma in PREP_CONTENT or lemma in EVIDENTIAL:
            return lemma
        low = tok.lower_
        for suffix, repl in (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
                             ("ing", "e"), ("ing", "")):
            if low.endswith(suffix):
                cand = low[: -len(suffix)] + repl
                if cand in CUE_VERBS or cand in PREP_CONTENT:
                    return cand
        return lemma

    def _verb_cue(self, tok: Token, sent_k: int) -> _Attr | None:
        if not _is_verb(tok):
            return None
        lemma = self._lemma(tok)
        if lemma in {"pledge", "commit"} and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lemma_.lower() in {
                "delegate", "superdelegate"}:
            return None  # "leads by 271 pledged delegates": the delegates a primary bound, not a pledge anyone made
        if _credit_line(tok):
            return None
        kids = list(tok.children)
        particle: Token | None = None
        if (tok.lemma_.lower() in _RETORT_BACK and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in kids)) or (
                lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids)):
            lemma = "retort"  # "shot back", "fired back", "as she put it": reporting ("beat back", "roll back" are not)
        elif lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
            lemma = "note"  # "pointed out that …"
        else:
            # the particle, or the same word the parser took for a preposition without an object ("played down the risk")
            particle = next((c for c in kids if (lemma, c.lower_) in PHRASAL and (c.dep_ == "prt" or (
                c.dep_ == "prep" and c.i == tok.i + 1 and not any(o.dep_ == "pobj" for o in c.children)))), None)
            lemma = PHRASAL[lemma, particle.lower_] if particle is not None else lemma
            if lemma == "stand" and any(c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.i + 1 and any(
                    o.dep_ == "pobj" and o.ent_type_ not in _NOT_SPEAKERS for o in c.children) for c in kids):
                lemma = "stand by"  # "stood by his comments" defends them
            if lemma == "look":
                # seeking and hoping: "is looking for a strong finish", "looks forward to a fight", "looked to stop it"
                if any(c.dep_ == "prep" and c.lower_ == "for" and c.i == tok.i + 1 for c in kids):  # not "looks good for"
                    lemma = "look for"
                elif any(c.dep_ in {"prt", "advmod"} and c.lower_ == "forward" for c in kids):
                    lemma = "look forward"
                elif any(c.dep_ == "xcomp" and c.i > tok.i and any(a.lower_ == "to" for a in c.children) for c in kids):
                    lemma = "look to"
            if lemma in DISPUTING and any(c.dep_ == "prep" and c.lower_ in {"over", "about"} and any(
                    o.dep_ in {"pobj", "pcomp"} for o in c.children) for c in kids):
                lemma = "dispute over"  # "sparred over military spending", "are bickering about the rules": sides taken
            if lemma == "go" and any(c.dep_ == "prep" and c.lower_ == "after" and any(
                    o.dep_ == "pobj" and _agentive(o) and o.lower_ not in RELATIVE for o in c.children) for c in kids):
                lemma = "go after"  # "went after Trump over his taxes" attacks him; "went after the vote" does not
        if any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids) and (
                lemma == "focus" or (lemma == "assure" and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids))):
            return None  # "the inquiry is focused on …", "she is assured of winning …": where attention is, what is certain
        intent = lemma in INTENT_VERBS and any(c.dep_ == "xcomp" and has_to_marker(c) for c in kids) and not any(
            c.dep_ in _SUBJ and c.lower_ == "it" for c in kids)
        speech = lemma in SPEECH_VERBS
        if not (speech or intent or lemma in STANCE_VERBS or lemma in PREP_CONTENT or lemma in EVIDENTIAL or lemma in AS_JUDGING):
            # any verb a person puts a "that" clause after reports it ("allowed that some might be good people",
            # "confided that …"); not one that sees to a result ("ensured that", "made sure that")
            that = any(c.dep_ == "ccomp" and c.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "that" and m.tag_ == "IN" for m in c.children) for c in kids)
            holder = next((c for c in kids if c.dep_ == "nsubj"), None)
            # "made clear that …": the attitude adjective is the cue and reports the clause itself
            stance_adj = any(c.pos_ == "ADJ" and c.lower_ in STANCE_ADJ and c.i > tok.i for c in kids)
            if not that or holder is None or lemma in _SEEING_TO or (lemma == "mean" and holder.pos_ != "PRON") or any(c.lower_ == "sure" for c in kids) or stance_adj or not (
                    holder.ent_type_ in {"PERSON", "ORG", "NORP"} or holder.lower_ in PERSON_PRONOUNS
                    or (holder.pos_ == "NOUN" and self._actor(holder) is not None)):  # "the minister"
                return None
            speech = True
        marks = {"that", "whether"} | PREP_CONTENT.get(lemma, set())  # "called for all candidates to …"
        if lemma in {"ask", "wonder"}:
            marks = marks | {"if"}  # "asked the senator if she had …": an indirect question
        clause = [c for c in kids if c.dep_ in {"ccomp", "csubjpass"}
                  or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children))
                  or (c.dep_ == "advcl" and lemma in REPORTING and self._bare_clause(tok, c))]
        # "told a meeting of leaders that few people understood …": a "that" clause the parser hung on the
        # addressee as a relative clause, though "that" marks it as a complement
        clause += [r for o in kids if o.dep_ in {"dobj", "dative"} for r in o.subtree
                   if r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]
        if lemma in REPORTING and not clause:
            # "said in a statement that …": the "that" clause the parser hung on the medium is what was said
            clause += [r for o in self._medium(tok) for r in o.children if r.dep_ in {"acl", "relcl", "ccomp"}
                       and r.i > o.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]
        if lemma in REPORTING and not clause:
            # "said for the first time that …", "argued at the last debate that …": the "that" clause the parser made
            # a relative clause of the noun in a phrase on the verb ("that" marks a complement, no gap in it)
            clause += [r for p in kids if p.dep_ == "prep" and p.i > tok.i for o in p.children if o.dep_ == "pobj"
                       and o.lemma_.lower() not in _CONTENT_HOSTS
                       for r in o.children if r.dep_ == "relcl" and r.left_edge.lower_ == "that"
                       and not any(k.dep_ == "prep" and o.i < k.i < r.i for k in o.children)  # "the plan in the event that"
                       and r.left_edge.dep_ in {"mark", "advmod"} and r.left_edge.head.i == r.i
                       and any(k.dep_ in {"nsubj", "nsubjpass"} and k.lower_ not in RELATIVE for k in r.children)]
        if any(c.i > tok.i for c in clause):
            # "He said he had not seen it, and …, he said, “I hope not.”": the parser hung the first report on
            # the second; with words of its own after it, a cue does not also report a cue before it
            clause = [c for c in clause if c.i > tok.i or not (
                self._lemma(c) in CUE_VERBS and any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children))]
            # "One view is that the judge never meant it; he recognized how absurd …": a clause before the cue, set
            # off by a semicolon, colon or dash, is a neighbouring sentence the parser hung on it
            clause = [c for c in clause if c.i > tok.i or self._has_quote([c]) or not any(
                t.text in {";", ":"} or self._dash(t.i) for t in self.doc[c.right_edge.i + 1 : tok.i])]
        # "She urged the board to act.\n\n“I doubt it,” said …": a clause the parser hung on the cue from across a
        # paragraph break is the other paragraph's; the cue's own object or infinitive is what it reports
        clause = [c for c in clause if any(self.para_of[t.i] == self.para_of[tok.i] for t in c.subtree)]
        if lemma == "continue":
            clause = []  # "continues gaining ground" goes on doing; only "“…,” she continued" reports
        own = [c for c in kids if c.i > tok.i and ((c.dep_ in {"xcomp", "dobj"} and lemma not in ADDRESSEE_VERBS) or (
            c.dep_ == "prep" and c.lower_ in PREP_CONTENT.get(lemma, set())))]
        if own and clause:
            # "He calls for a wall; she calls for reform", "Morale has suffered, and staff complain of …": an
            # unquoted clause before a cue that has its own object is a neighbouring clause the parser hung on it
            # ("X is upbeat; he sees Cruz as a uniter"); "…, Mr. Lee said in his book" is an inverted report
            clause = [c for c in clause if c.i > tok.i or self._has_quote([c]) or (
                lemma in REPORTING and not self._clause_break(c, tok))]
        xcomp = [c for c in kids if c.dep_ == "xcomp"]
        objs = [c for c in kids if c.dep_ in {"dobj", "oprd"}]
        # a topic may be fronted ("About the budget, she has complained …"), a "for" phrase before the verb says how
        # long or whose turn ("For years, the senator was criticized for his votes")
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in PREP_CONTENT.get(lemma, set())
                 and (c.i > tok.i or c.lower_ in TOPIC_PREPS)]
        preps += [c for c in kids if c.dep_ == "prt" and c.lower_ in PREP_CONTENT.get(lemma, set())
                  for c in c.children if c.dep_ == "prep"]
        if lemma in ADDRESSEE_VERBS:
            # "reminded voters of the stakes", "warned them about …": the parser hangs the topic on the addressee
            preps += [p for o in objs for p in o.children if p.dep_ == "prep" and p.i > o.i
                      and p.lower_ in PREP_CONTENT.get(lemma, set())]
        # after the verb only: "For years, Twitter has positioned itself as …", "for the first time cited a memo as …",
        # "Huckabee, for his part, is labeling …" open the sentence with when or whose turn, no part of the judgement
        as_phrase = [c for c in kids if c.dep_ == "prep" and c.lower_ in {"as", "for", "of"} and c.i > tok.i]
        # "see the party as too timid", "described him as a visionary": a judgement, whatever the verb
        judged = bool(objs) and lemma not in NAMING and (any(c.lower_ == "as" for c in as_phrase) or any(
            p.dep_ == "prep" and p.lower_ == "as" for o in objs for p in o.children))  # "sees [Cruz as a uniter]"
        if lemma == "focus" and preps and not clause and all(
                o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"} and not any(
                    c.dep_ in {"acl", "relcl", "prep", "cc", "conj", "appos"} for c in o.children)
                for p in preps for o in p.children if o.dep_ in {"pobj", "pcomp"}):
            return None  # "focusing on Iowa", "will focus on New Hampshire": where a campaign goes, not what it says
        if objs and not clause and not xcomp and not preps and (
                (lemma in _PRODUCING and all(self._bare_product(o) for o in objs))
                or (lemma == "claim" and all(self._won(o) for o in objs))
                or (lemma == "interrupt" and not any(_agentive(o) or self._has_quote([o]) for o in objs))
                or (lemma == "add" and _added_to(tok, objs) and not self._has_quote(objs))):
            # "McCain issued a statement after …", "wrote an op-ed", "Sanders won Minnesota, claiming his third
            # victory", "protesters interrupted her speech", "could add another title to his resume": a deed, and
            # nothing said in it ("issued a statement saying …", "claimed victory in a tweet", "claimed that …",
            # "“Wait,” he interrupted", "added to reporters that …" report)
            return None
        if lemma in AS_JUDGING and not (judged and any(
                p.lower_ == "as" and self.doc[p.i - 1].text != "," for p in [*as_phrase, *(k for o in objs for k in o.children)])):
            # "cast a ballot", "presented the award": no one is cast or presented as anything; "may present a test, as
            # voters turn away" says when, not what
            return None
        passive = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        # "is widely seen as the favorite", "is best known for her temper": a reputation, held by the agent or
        # by people unnamed
        seen_as = passive is not None and lemma in REPUTE and any(c.lower_ in REPUTE[lemma] for c in as_phrase)
        # "He's said he will fight on": the "'s" is "has", not a passive "is"
        perfect = (passive is not None and passive.lower_ in PERSON_PRONOUNS and tok.tag_ in {"VBD", "VBN"}
                   and any(c.dep_ == "auxpass" and straight_lower(c) == "'s" for c in kids)
                   and any(c.dep_ in {"ccomp", "dobj"} for c in kids))
        if perfect:
            passive = None
        subj = _subject(tok, self.in_quote)
        subj = self._time_spender(tok, subj) or self._left_doing(tok) or self._conjoined_subject(tok) or subj
        if perfect and subj is None:
            subj = next(c for c in kids if c.dep_ == "nsubjpass")
        if subj is not None and self.para_of[subj.i] != self.para_of[tok.i]:
            subj = None  # the parser ran across a paragraph break
        if subj is None:
            # "About 4 in 10 say …": the parser hangs a poll share on the verb as a number
            subj = next((c for c in kids if c.i < tok.i and (_share_number(c) or (
                c.lower_ in SHARES and c.dep_ in {"npadvmod", "nummod", "advmod"}))), None)
        if subj is None and passive is None:
            shared = self._shared_subject(tok)
            if shared is not None:
                subj = shared
                clause = [c for c in clause if c.i != shared.head.i]  # "… stood at his pulpit and endorsed X"
        # "X was asked about …", "Asked whether …, X said": X is asked, the asker is the agent or unnamed
        asked = lemma == "ask" and (passive is not None or (tok.tag_ == "VBN" and not any(c.dep_ in _SUBJ for c in kids)))
        if asked:
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else _stray_agent(tok)
        if lemma in EVIDENTIAL:
            # "Trump seemed to falter", "the plan seems improbable", "it seems like a fair idea": the whole
            # clause is the content; nobody is its source
            like = [c for c in kids if c.dep_ == "prep" and c.lower_ == "like"]
            comps = like + [c for c in kids if c.dep_ in {"acomp", "attr", "oprd"}]
            if not xcomp and not clause and not comps:
                return None
            if any(self._lemma(c) in CUE_VERBS or self._lemma(c) in PREP_CONTENT for c in xcomp):
                return None  # "seemed to suggest": the inner verb is the cue and the subject its source
            s_tok = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if s_tok is None and not xcomp and not clause:
                return None  # "…, seeming more attentive than inspired", "Seemed about right.": a bare judgement of nothing named
            whole = {t.i for c in xcomp + clause + comps + ([s_tok] if s_tok is not None else []) for t in c.subtree}
            return self._attr(tok, [tok] + [c for c in like if not xcomp and not clause], None, whole - {c.i for c in like},
                              sent_k)
        framed = (self._framed_by_relative(tok, sent_k) or self._object_relative(tok, lemma, sent_k)
                  or self._judged_by(tok, lemma, sent_k))
        if framed is not None:
            return framed
        if (tok.dep_ in {"acl", "relcl"} and tok.tag_ == "VB" and tok.head.pos_ in {"NOUN", "PROPN"}
                and has_to_marker(tok)):
            return None  # "efforts to admit refugees", "a chance to back him": an act one might do, not one reported
        if lemma in NAMING and (tok.dep_ == "acl" or (passive is not None and not any(c.dep_ == "agent" for c in kids))):
            return None
        if lemma in NAMING - {"call"} and xcomp and not clause:
            return None  # "named X to replace him" appoints, it reports nothing
        if xcomp and clause:
            # "threatened to avenge a strike that killed …": a clause whose subject is a relative word,
            # after the infinitive, is a relative clause the parser hung on the verb
            first = min(x.i for x in xcomp)
            clause = [c for c in clause if not (c.i > first and any(
                s.dep_ in _SUBJ and s.lower_ in RELATIVE and s.i == c.left_edge.i for s in c.children))]
        evidence = subj is not None and subj.lemma_.lower() in EVIDENCE_NOUNS
        content: set[int] = set()
        # "55 percent said so", "said yes", "said the same of Cruz": the answer stands for what was said
        answer = next((c for c in kids if c.i > tok.i and c.left_edge.i == tok.i + 1 and c.lower_ in ANSWERS
                       and c.dep_ in {"dobj", "advmod", "intj", "attr", "npadvmod", "acomp", "nsubj"}),
                      None) if lemma in REPORTING | ASIDE_STANCE else None
        if answer is not None:
            content = {t.i for t in answer.subtree}
        elif clause:
            for c in clause:
                content |= {t.i for t in c.subtree}
                if self.in_quote[c.i] and self.in_quote[next((k.i for k in c.subtree if not k.is_punct), c.i)]:
                    # "wrote, “It’s time to go,” and shared a link": a verb the parser coordinated with a wholly quoted
                    # clause, after the closing mark and outside it, is what the speaker went on to do (not a
                    # reported "that" clause: "said that “…” and that …"; nor a clause the reporter's words open:
                    # "said Iran had “acted in self-defence” and did not seek war" reports both)
                    last = max(k.i for k in c.subtree if self.in_quote[k.i])
                    after = [d for d in c.children if d.i > last and not self.in_quote[d.i]
                             and self.para_of[d.i] == self.para_of[c.i]]
                    if any(d.dep_ == "conj" and d.pos_ in {"VERB", "AUX"} and not any(
                            m.dep_ == "mark" for m in d.children) for d in after):
                        content -= {t.i for d in after if d.dep_ in {"conj", "cc"} for t in d.subtree}
            content |= self._tail(tok, content, nominal=False)
            # "said that A, and that B": a second "that" clause the parser coordinated with the cue itself
            for c in kids:
                if c.dep_ == "conj" and c.i > max(content) and any(
                        m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children):
                    content |= {t.i for t in c.subtree} | set(range(max(content) + 1, c.left_edge.i))
        elif xcomp and lemma != "continue":
            for c in xcomp + [o for o in objs if lemma in ADDRESSEE_VERBS | {"call"} and not self._addressed(objs, xcomp)]:
                content |= {t.i for t in c.subtree}
            # "sought to calm them as he drew contrasts": the parser hangs the infinitive's adjuncts on the cue. Only
            # adjuncts join: not a coordinated verb (", and took questions"), a relative clause hung as a complement
            # ("to avenge a strike that killed …", see above) or a phrase with a cue of its own ("if they care about")
            content |= self._tail(tok, content, nominal=True) - {
                t.i for c in kids if c.dep_ not in {"advcl", "prep", "npadvmod", "advmod", "punct"} or any(
                    k.pos_ == "VERB" and self._lemma(k) in CUE_VERBS | PREP_CONTENT.keys() | {"accord"} for k in c.subtree)
                for t in c.subtree}
            if passive is not None and passive.lower_ not in _VAGUE_OBJECT and lemma not in {"quote", "ask", "hear"}:
                # "One in nine voters is expected to be Latino": what is expected is the whole proposition
                content |= {t.i for t in passive.subtree}
                if subj is not None and subj.i == passive.i:
                    subj = None
        elif preps:
            for p in preps:
                content |= {t.i for t in p.subtree if t.i != p.i}
            # "reminded the campaign about the law": the campaign is told, not said; "asked a question about" asks it
            content |= {t.i for o in objs if lemma not in ADDRESSEE_VERBS or o.lemma_.lower() in
                        QUESTION_NOUNS | TOLD | PROPOSITIONS | NOUN_CUES for t in o.subtree}
            content |= self._tail(tok, content, nominal=True)
        elif objs and (
            (speech and lemma not in ADDRESSEE_VERBS and lemma not in WEAK_VERBS and lemma not in CLAUSE_ONLY)
            or (lemma == "tell" and all(o.lemma_.lower() in TOLD for o in objs))  # "told the story of …"
            # "urged a strong stand", "urged consideration of others": what is urged, when no one is urged to do it
            or (lemma in URGING and all(o.pos_ == "NOUN" and not o.ent_type_ and _speechless(o) for o in objs))
            or lemma in STANCE_OBJECT
            or (lemma in EVIDENCE_VERBS and evidence)
            or judged
        ):
            if lemma in SIDING:
                vague = all(o.lower_ in _VAGUE_OBJECT - {"it", "this", "that"} for o in objs)
            else:
                vague = all(o.lower_ in _VAGUE_OBJECT or o.pos_ == "PRON" for o in objs) and not self._has_quote(objs)
                # "the growers hated it", "she repeated that to the board": "it", "this" and "that" stand for what was
                # said or judged just before ("as she put it" is a cue, not an object)
                vague = vague and (lemma == "retort" or not all(o.lower_ in {"it", "this", "that"} for o in objs))
            # "says nothing about blocking the rules", "said little on the deal": a topic phrase makes the quantity
            # what was said about it, not a stand-in for a clause nearby
            vague = vague and not judged and not any(
                p.dep_ == "prep" and p.lower_ in {"about", "on", "regarding"} for o in objs if o.lower_ != "more"
                for p in o.children)
            if not vague:
                for c in objs + as_phrase:
                    content |= {t.i for t in c.subtree}
                content |= self._tail(tok, content, nominal=True)
        elif (passive is not None and (speech or lemma in STANCE_VERBS) and (lemma not in WEAK_VERBS or seen_as)
              and passive.dep_ != "expl" and passive.lower_ != "it" and not (
                  asked and passive.lemma_.lower() not in {"question", "query"})):
            if not as_phrase and not any(c.dep_ == "agent" for c in kids) and _stray_agent(tok) is None:
                # "The price was not disclosed", "Lazar was charged", "She was rebuffed": with neither a "by" nor an
                # "as" phrase nobody stands behind it, and the bare subject states nothing
                return None
            # "The price was disclosed by the firm", "Clinton is seen as …": the passive subject is the content
            # ("The mayor was asked" names the one asked; only "the question was asked" is what was asked)
            content |= {t.i for t in passive.subtree}
            content |= {t.i for c in as_phrase for t in c.subtree}
            if subj is not None and subj.i == passive.i:
                subj = None  # what was said is no speaker; the agent ("by X"), if any, is
        if not content and (speech or lemma in STANCE_VERBS) and tok.dep_ == "advcl" \
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in kids) and subj is not None and not passive \
                and lemma != "continue" and not any(c.dep_ in {"xcomp", "dobj", "prep", "acomp", "attr"} for c in kids):
            # "As the Post reported, turnout fell": the clause the "as" phrase comments on
            content = {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
            content = {i for i in content if self.sent_of[i] == sent_k and not self.doc[i].is_punct}
            if content:
                return self._attr(tok, [tok] + [c for c in kids if c.dep_ in {"aux", "neg"} and c.i < tok.i], subj,
                                  content, sent_k)
        inverted = self._inverted_aside(tok) if subj is not None and subj.i < tok.i and clause else None
        if inverted is not None and subj is not None and not self.in_quote[subj.i] and not any(
                t.text == "," for t in self.doc[subj.left_edge.i : tok.i - 1]):
            # "The trouble, say experts, is the soil": the subject the parser gave the verb opens what was said
            content = (content - {t.i for t in inverted.subtree}) | {t.i for t in subj.subtree}
            subj = inverted
        dangling = False
        if not content:
            # parenthetical cue: "…, X said." / "X said:" next to a quote; "Such a move, they believe, would …"
            # "…, campaign finance records show." / "During that time, records show, …": findings stand aside too
            aside = (lemma in ASIDE_STANCE or (lemma in EVIDENCE_VERBS and evidence)) and subj is not None and (
                subj.i < tok.i) and not passive and (
                tok.dep_ in {"parataxis", "ROOT"} or (tok.dep_ == "ccomp" and self._lemma(tok.head) not in CUE_VERBS))
            if lemma not in REPORTING and not aside:
                return None
            if lemma in CLAUSE_ONLY and any(not self._has_quote([o]) for o in objs):
                return None  # "Clinton maintains a lead": the verb has its object, it stands aside from nothing
            content = self._parenthetical(tok)
            if lemma not in REPORTING:
                # "His leverage, they believe, is intact, and most don't expect …": the belief stops at the next
                # clause with a subject of its own
                content -= {t.i for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i
                            and any(k.dep_ in _SUBJ for k in c.children) for t in c.subtree}
                if not content:
                    return None
            dangling = not content
        if lemma in WEAK_VERBS and not clause and not (evidence and (objs or content)) and not preps and not judged \
                and not seen_as:  # "…, a new analysis finds": a finding's aside has its content
            return None
        if lemma in AT_PEOPLE and not (subj is not None and self._someone(subj) and any(
                _aimed_at_people(o, subj) for o in objs)):
            return None
        if lemma in STANCE_VERBS - SPEECH_VERBS - EVIDENCE_VERBS and subj is not None and subj.lower_ == "it" and (
                subj.head.i != tok.i or clause):
            return None  # "it is important to remember that …": nobody's belief ("it has refused to …" is the firm's)
        if lemma in SIDING - SPEECH_VERBS and not clause and (subj is None or not self._someone(subj)):
            # "the backdrop favors Clinton", "a bill supported …": only someone takes sides ("the governor supported
            # Sanders": one the actor layer knows)
            return None
        if lemma in DISREGARD and (tok.dep_ == "acl" or subj is None or not self._someone(subj)):
            return None  # "an apartment overlooking the park", "six terraces overlooking …": a view, not a stance
        cue = [tok] + [c for c in kids if c.dep_ == "prt" or c == particle or (c.dep_ in {"aux", "auxpass", "neg"} and c.i < tok.i)]
        cue += [p for p in preps if p.head.i == tok.i]
        if lemma in REPORTING and content and not dangling:
            content |= self._before_closing_cue(tok, subj, content)
        # "X was said to …", "it was revealed that …": a passive with no "by" phrase names no speaker, and
        # "it is hard to predict how …" holds no one's view
        unnamed = subj is None and any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids) \
            and not perfect
        if intent and tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in kids):
            subj, unnamed = None, True  # "hearings intended to consider …": what is intended, by planners unnamed
        if subj is not None and subj.lower_ == "it" and tok.tag_ == "VB" and tok.dep_ == "xcomp":
            subj, unnamed = None, True
        if subj is not None and subj.head.lower_ == "by" and subj.head.dep_ != "agent":
            content -= {t.i for t in subj.head.subtree}  # a stray "by" phrase (_stray_agent) names the doer
        attr = self._attr(tok, cue, subj, content, sent_k, dangling=dangling,
                          sourceless=(asked and subj is None) or (unnamed and not dangling))
        if attr.source is None and ((tok.dep_ in {"pcomp", "advcl"} and tok.tag_ == "VBG") or (
                tok.dep_ == "xcomp" and tok.tag_ == "VB")):
            return None  # "no way of knowing …", "…, offering shelter": a participle nobody in the text does
        if attr.source is None and not attr.dangling and passive is None and not unnamed and not asked and (
                tok.tag_ != "VBN" and lemma not in EVIDENTIAL and tok.dep_ != "advmod") and not (
                tok.tag_ == "VB" and tok.dep_ == "ROOT" and not any(c.dep_ == "aux" for c in kids)):  # "Think of …"
            return None  # an active verb whose doer we cannot find: an imperative, a headline or a misparse
        return attr

    @staticmethod
    def _won(obj: Token) -> bool:
        """``obj`` is something won: "his third victory", "some victories", "41 percent of the vote", "the
        nomination" (not "victory" or "a moral victory", which a candidate claims by declaring it)."""
        lemma = obj.lemma_.lower()
        if lemma in {"victory", "win"}:
            return obj.tag_ == "NNS" or any(c.dep_ in {"poss", "nummod"} or c.lower_ in {"some", "the"} or (
                c.dep_ == "amod" and c.tag_ == "JJ" and c.lower_ in {"first", "second", "third", "fourth", "fifth", "latest", "next"})
                for c in obj.children)
        return lemma in _WON

    def _bare_product(self, obj: Token) -> bool:
        """``obj`` names a text and nothing of what it says ("a statement", "his weekly column", not "a statement
        saying …", "a letter about the border", "an op-ed that …")."""
        after = next((t for t in self.doc[obj.right_edge.i + 1 : obj.sent.end]
                      if not (t.is_punct or t.is_space) or t.text in _OPENERS), None)
        if after is not None and (after.text in _OPENERS or self.in_quote[after.i] or after.lower_ in RELATIVE or (
                after.tag_ in {"VBG", "VBN"} and after.i == obj.right_edge.i + 1)):
            # "issued a statement: “…”": the quote next to it is what it says; "an op-ed that targeted him", "an op-ed
            # in the Post hammering his record": what the text does, however the parser hung it
            return False
        if any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS | {"against", "regarding"} and c.i > obj.i for c in obj.head.children):
            return False  # "published a book in Japan on the campaign": what it is about
        word = obj.lemma_.lower()
        if obj.i >= 2 and self.doc[obj.i - 1].text == "-" and self.doc[obj.i - 1].whitespace_ == "":
            word = f"{self.doc[obj.i - 2].lower_}-{obj.lower_}"  # the parser splits "op-ed" at its hyphen
        return word in _PRODUCTS and not self._has_quote([obj]) and all(
            (c.dep_ in {"det", "poss", "amod", "compound", "nummod", "punct"} or (
                c.dep_ == "prep" and c.lower_ in {"for", "to", "in", "at", "from"}))  # where it ran, whom it was to
            and not any(k.dep_ in {"acl", "relcl"} or (k.dep_ == "prep" and k.lower_ not in {"for", "to", "in", "at", "from"})
                        for k in c.subtree) for c in obj.children)

    def _clause_break(self, clause: Token, cue: Token) -> bool:
        """A semicolon, colon, dash or conjunction, or no comma at all, between a clause and a later cue."""
        between = self.doc[clause.right_edge.i + 1 : cue.i]
        return any(t.text in {";", ":"} or self._dash(t.i) or t.dep_ == "cc" for t in between) or not any(
            t.text == "," for t in between)

    def _framed_by_relative(self, cue: Token, sent_k: int) -> _Attr | None:
        """"The only regret he voiced was the delay", "The danger she sees is that …": a cue in a relative clause on
        the subject of "be" reports what that subject is said to be; the relative clause's subject is the source."""
        noun, kids = cue.head, list(cue.children)
        if cue.dep_ != "relcl" or noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be" or noun.i > cue.i:
            return None
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < cue.i), None)
        if subj is None or subj.lower_ in RELATIVE or not _agentive(subj) or self.in_quote[subj.i]:
            return None
        if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in kids):
            return None  # "the plan he said would fail": the relative clause has its own content
        comps = [c for c in noun.head.children if c.dep_ in {"attr", "acomp", "ccomp"} and c.i > cue.i]
        if not comps:
            return None
        own = {t.i for t in cue.subtree}
        content = ({t.i for t in noun.subtree} - own) | {t.i for c in comps for t in c.subtree}
        aux = [c for c in kids if c.dep_ in {"aux", "neg"} and c.i < cue.i]
        return self._attr(cue, [cue, *aux], subj, content, sent_k)

    def _object_relative(self, cue: Token, lemma: str, sent_k: int) -> _Attr | None:
        """"the things the governor has said about farmers", "the plan, which Lopez defended,": a relative clause
        whose cue lacks its object reports the noun it hangs on (and the relative word standing for it); the
        relative clause's own subject is the source."""
        noun, kids = cue.head, list(cue.children)
        if cue.dep_ != "relcl" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i > cue.i or lemma in WEAK_VERBS:
            return None
        if (lemma not in SPEECH_VERBS and lemma not in WANTED) or lemma in NAMING or any(
                c.dep_ == "prep" and c.lower_ == "as" for c in kids):
            return None  # "whom he described as volatile" is a judgement the verb rule reads
        if noun.lemma_.lower() in _CIRCUMSTANCE or noun.ent_type_ in {"DATE", "TIME"} or any(
                c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in {"where", "when", "how", "why"}) for c in kids):
            return None  # "the way the city responds to …", "a year voters cried out for …", "as X noted"
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < cue.i), None)
        if subj is None or subj.lower_ in RELATIVE or self.in_quote[subj.i]:
            return None
        if not _agentive(subj) and self._actor(subj) is None:
            return None  # "the governor", "the campaign" speak as actors do; "the plan the bill proposed" does not
        if any(c.dep_ in {"ccomp", "xcomp", "csubj", "nsubjpass", "auxpass", "oprd", "dative"} for c in kids):
            return None
        objs = [c for c in kids if c.dep_ == "dobj"]
        if any(o.lower_ not in RELATIVE for o in objs):
            return None  # "the man who wrote the letter": the clause has an object of its own
        own = {t.i for t in cue.subtree}
        content = {t.i for t in noun.subtree if t.i not in own and t.i >= _np_bounds(noun)[0]}
        content = {i for i in content if i < cue.i}
        content |= {o.i for o in objs}
        content |= {t.i for p in kids if p.dep_ == "prep" and p.lower_ in PREP_CONTENT.get(lemma, set())
                    and not any(o.ent_type_ in {"DATE", "TIME"} for o in p.children)  # "criticized for months"
                    for t in p.subtree if t.i != p.i}
        if not content:
            return None
        aux = [c for c in kids if c.dep_ in {"aux", "neg"} and c.i < cue.i]
        return self._attr(cue, [cue, *aux], subj, content, sent_k)

    def _judged_by(self, cue: Token, lemma: str, sent_k: int) -> _Attr | None:
        """"a levy opposed by farmers", "the plan, criticized by both parties, …", "a route seen by many as a
        shortcut": a past participle on a noun, with its agent, reports the noun as said of, judged or backed by that
        agent. Without an agent ("a plan announced Monday") or with a naming verb ("a group called X") it does not."""
        noun, kids = cue.head, list(cue.children)
        if cue.dep_ != "acl" or cue.tag_ != "VBN" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i > cue.i:
            return None
        as_phrase = any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)
        # "measures deemed insufficient by Democrats", "a judge considered a liberal": the judgement is the complement
        verdict = [c for c in kids if c.dep_ in {"oprd", "acomp", "xcomp"} and c.i > cue.i] if lemma in _DEEMING else []
        if not (lemma in JUDGED_BY or (lemma in REPUTE and as_phrase) or verdict):
            return None
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        src: Token | None = None
        if agent is not None:
            src = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if src is None or self.in_quote[src.i] or not self._someone(src):
                return None
        elif not verdict and not (lemma in REPUTE and lemma != "know" and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ in {"pobj", "pcomp", "amod", "acomp"} for o in c.children)
                for c in kids)):
            # "a route seen as a shortcut", "a judge regarded as a moderate": a reputation held by people unnamed; "the
            # hacker known as Guccifer", "contests known as Super Tuesday" only give a name
            return None
        if any(c.dep_ in {"ccomp", "xcomp", "dobj", "oprd", "dative"} and c not in verdict for c in kids):
            return None
        left = _np_bounds(noun)[0]
        content = {t.i for t in noun.subtree if left <= t.i < cue.i and t.i not in {t.i for t in cue.subtree}}
        content -= {t.i for r in noun.rights if r.i < cue.i and r.dep_ in {"relcl", "acl", "appos"} for t in r.subtree}
        while content and self.doc[max(content)].is_punct:
            content.discard(max(content))  # "the resort -- now known as …": the dash opens the participle's aside
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in {"as"} | PREP_CONTENT.get(lemma, set()):
                # "HLN, once known as CNN Headline News, parted ways …": the phrase ends at the first comma or dash
                # after its object, whatever else the parser hung on it
                obj = max((o.i for o in c.children if o.dep_ == "pobj"), default=c.i)
                stop = next((t.i for t in self.doc[obj + 1 : c.right_edge.i]
                             if self._dash(t.i) or (t.text in {",", ";"} and self.doc[t.i + 1].pos_ in {"VERB", "AUX"})),
                            c.right_edge.i + 1)
                content |= {t.i for t in c.subtree if c.i < t.i < stop}
        content |= {t.i for c in verdict for t in c.subtree}
        if not content:
            return None
        cue_toks = [cue] + ([agent] if agent is not None else []) + [
            c for c in kids if c.dep_ in {"aux", "auxpass", "neg"} and c.i < cue.i]
        cue_toks += [c for c in kids if c.dep_ == "prep" and c.lower_ == "as" and agent is None]
        return self._attr(cue, cue_toks, src, content, sent_k, sourceless=src is None)

    def _actor(self, tok: Token) -> Resolved | None:
        """The actor a noun names, if the actor layer knows one ("the governor", "the Lopez campaign")."""
        return self.actors.resolve(tok)

    def _someone(self, tok: Token) -> bool:
        """Can ``tok`` hold a view, take sides or judge: a word for people or a body (:func:`_agentive`), or one the
        actor layer knows ("the governor supported Sanders")."""
        return _agentive(tok) or self._actor(tok) is not None

    @staticmethod
    def _medium(verb: Token) -> list[Token]:
        """The medium a verb reports in: "said in a statement", "wrote in a letter to supporters"."""
        return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                if o.dep_ == "pobj" and o.lemma_.lower() in MEDIA]

    def _tail(self, cue: Token, content: set[int], *, nominal: bool) -> set[int]:
        """The rest of the cue's clause after its object or complement, which the parser hangs on the verb.

        "spoke of the legacy of racism, and how the fight …", "complained about his mic the morning after",
        "said that claim smacked of hypocrisy, because …". It stops at a follow-up cue (", adding …",
        "and said …") or a participle after a comma, which report something else.
        """
        if not content or min(content) < cue.i:
            return set()
        start = min(content)
        out: set[int] = set()
        pending: set[int] = set()
        for c in cue.rights:
            if c.i < start or c.i in content:
                continue
            if c.dep_ in {"punct", "cc"}:
                pending.add(c.i)
                continue
            comma = any(self.doc[i].text in {",", ";"} or self._dash(i) for i in range(max(content | out), c.i))
            if c.dep_ in {"advcl", "conj", "parataxis"} and (self._lemma(c) in CUE_VERBS or (comma and c.tag_ == "VBG")):
                break
            if self._next_deed(c, pending):
                break  # "praised the plan but also used it to …": the subject's next deed, not what was said
            if c.dep_ == "prep" and any(t.pos_ == "VERB" and self._lemma(t) in REPORTING | SPEECH_VERBS for t in c.children):
                break  # "distanced himself from the group by saying …": the saying is its own attribution
            if nominal and (_dated(c) or _means(c) or (c.dep_ == "advmod" and any(
                    _dated(k) and k.left_edge.i == c.i + 1 for k in cue.rights))):
                # "endorsed Clinton (late) on Thursday", "taunted Twitter by creating …": when or how closing the clause is
                # not what was said; one inside the tail stays with what follows it ("a levy last year on coal")
                pending |= {t.i for t in c.subtree}
                continue
            if not nominal:
                marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
                if c.dep_ != "advcl" or not marks & {"because", "since", "although", "though"}:
                    continue
            elif c.dep_ not in {"prep", "npadvmod", "advmod", "conj", "dobj", "dative", "oprd", "attr", "acomp",
                                "xcomp", "ccomp", "advcl", "relcl", "acl"}:
                continue
            out |= pending | {t.i for t in c.subtree}
            pending = set()
        return out

    def _next_deed(self, c: Token, pending: set[int]) -> bool:
        """A finite verb joined to the cue by "and"/"but" with no subject of its own ("praised the plan but also
        used it to …", "mentioned the network and seemed to blame it") is the subject's next deed; one set off
        by dashes ("— and later walked back —") is an aside inside the object."""
        if c.dep_ != "conj" or c.pos_ not in {"VERB", "AUX"} or any(k.dep_ in _SUBJ for k in c.children):
            return False
        aux = any(k.dep_ in {"aux", "auxpass"} and k.tag_ != "TO" for k in c.children)
        if c.tag_ not in {"VBD", "VBZ", "VBP"} and not aux:
            return False  # "wants a tax cut and to shut down …": an infinitive is one more thing wanted
        cue = c.head
        if c.tag_ == "VBD" and not aux and cue.tag_ in {"VBZ", "VBP"} and not any(k.dep_ == "aux" for k in cue.children):
            return False  # "wonder about his style and faded magnetism": a past form after a present cue is an adjective
        cc = [i for i in pending if self.doc[i].dep_ == "cc"]
        return bool(cc) and not self._dash(min(cc) - 1)

    def _bare_clause(self, cue: Token, c: Token) -> bool:
        """"said after the convention he would not …", "has not said when they would …": a clause with its
        own subject and no subordinating word, right after a reporting verb, is what was said."""
        if c.i < cue.i or not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children):
            return False
        marks = [m for m in c.children if m.dep_ == "mark"]
        if any(m.lower_ not in {"that", "whether", "if"} for m in marks):
            return False
        first = c.left_edge
        if first.lower_ in {"when", "where", "how", "why", "whether", "if", "what", "who"}:
            return first.i <= cue.i + 2 and not (first.lower_ in {"when", "where"} and self._after_quote(cue))
        return not any(self.doc[i].text in {",", ";"} for i in range(cue.i + 1, first.i))

    def _after_quote(self, cue: Token) -> bool:
        """"“Really,” she added when …": a cue right after a closing quote reports the quote, so a "when"
        clause after it says when, not what."""
        left = min([cue.i] + [k.left_edge.i for k in cue.children if k.dep_ in _SUBJ and k.i < cue.i])
        k = left - 1
        while k >= 0 and self.doc[k].is_punct and not self.in_quote[k]:
            k -= 1
        return k >= 0 and self.in_quote[k]

    def _before_closing_cue(self, cue: Token, subj: Token | None, content: set[int]) -> set[int]:
        """"A, but B, the source added.": a cue closing its sentence reports everything before it."""
        sent = self.sents[self.sent_of[cue.i]]
        if not content or max(content) > cue.i or subj is None:
            return set()
        left = min(_np_bounds(subj)[0], cue.i) if subj.i < cue.i else cue.i
        if any(c.i > cue.i and c.dep_ not in {"punct", "prep", "npadvmod", "advmod"} and c.i != subj.i
               for c in cue.children):
            return set()
        return {t.i for t in sent if t.i < left}

    def _attr(self, tok: Token, cue: list[Token], subj: Token | None, content: set[int], sent_k: int, *,
              dangling: bool = False, sourceless: bool = False) -> _Attr:
        if subj is not None and subj.ent_type_ in {"DATE", "TIME"} and subj.pos_ in {"PROPN", "NOUN"} and subj.is_alpha \
                and not any(c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") for c in subj.children):
            # "Saturday at the convention Warren said": the parser's subject is a date, and days do not speak;
            # "Broaddrick Sunday night said": the name it swallowed does ("13 Hours", "Nine months of Trump" may),
            # or the name that closes the date's phrase right before the verb ("Monday in Ohio Gov. Ames said")
            subj = next((c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                         and c.ent_type_ not in {"DATE", "TIME"}), None) or self._name_closing(subj, tok)
        elif subj is not None and subj.pos_ == "ADP" and subj.dep_ in _SUBJ and subj.i < tok.i and any(
                c.dep_ == "pobj" for c in subj.children):
            # "Of Carson, Levine said": the parser took a fronted phrase for the subject; a preposition says
            # nothing, the name that closes the phrase right before the verb does (a bare "From" is a surname)
            subj = self._name_closing(subj, tok)
        elif subj is not None and subj.i < tok.i and subj.i - self.sents[sent_k].start <= 2 and (
                subj.ent_type_ == "GPE" or (subj.text.isupper() and not self.text[
                    self.text.rfind("\n", 0, subj.idx) + 1 : subj.idx].strip())):
            # "CLEVELAND, July 19 (UPI) — Judge Ames told …": a dateline the parser made the subject; the
            # speaker is the name after its dash (a city in capitals opening a line is one, tagged a place or not)
            dash = next((t.i for t in self.doc[subj.i + 1 : min(tok.i, subj.i + 8)] if self._dash(t.i)), None)
            if dash is not None and (subj.text.isupper() or any(t.text == ")" for t in self.doc[subj.i : dash])):
                subj = self._first_name_between(dash, tok)  # (agency) or capitals: a dateline
                if subj is not None and subj.dep_ == "poss" and subj.head.i < tok.i:
                    subj = subj.head  # "— Ms. Ames's allies predicted …": the allies, whom the name only owns
        reporter = self._inserted_reporter(subj, tok) if subj is not None else None
        if subj is not None and reporter is not None and reporter.i != subj.i:
            # the name the report interrupts is the reported clause's subject: part of what was said
            content |= {t.i for t in self.doc[subj.left_edge.i : reporter.left_edge.i] if not t.is_punct}
            subj = reporter
        if subj is None and not sourceless:
            subj = self._left_subject(tok)
        if subj is None and not sourceless and tok.dep_ in {"advcl", "conj", "xcomp"} and tok.head.i < tok.i:
            subj = self._left_subject(tok.head)  # ", encouraging …" after a clause whose subject the parser lost
        if subj is not None and subj.i in content and subj.dep_ in _SUBJ and self._aside_as_report(subj, tok):
            content -= {t.i for t in subj.head.subtree}  # the aside the parser took for a reported clause
        if subj is not None and subj.i in content:
            subj = None
        if subj is None and not sourceless and self._lemma(tok) in REPORTING:
            subj = self._nearby_source(tok)
        content -= {t.i for t in cue}
        if subj is not None and subj.lower_ not in RELATIVE:
            left, right = _np_bounds(subj)
            content -= set(range(left, right + 1))
            content -= {t.i for c in subj.children if c.dep_ == "appos" for t in c.subtree}
        content |= self._dashed_aside(tok, subj, content)
        content = self._fit(tok, content | self._run_on(content) | self._after_colon(content))
        cue = [t for t in cue if subj is None or t.i != subj.i]  # "Will wrote": the name the parser made a modal
        return _Attr(sorted(cue, key=lambda t: t.i), subj, content, sent_k, dangling=dangling)

    def _inserted_reporter(self, subj: Token, verb: Token) -> Token:
        """"Clinton, a top aide said, “is very confident …”", "Ms. Ames, her spokesman said Tuesday, will not run": a
        report set inside the clause it reports, which the parser reads as an apposition on the clause's subject. An
        apposition that runs up to the verb with no comma to close it, the verb then closed by one, is the reporter
        ("Lopez, a former mayor, said …" closes its apposition and keeps Lopez)."""
        doc = self.doc
        ap = next((c for c in subj.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1 and c.i > subj.i), None)
        if ap is None or ap.left_edge.lower_ not in {"a", "an", "the", "his", "her", "their", "its", "one"}:
            return subj
        after = doc[verb.i + 1 : min(verb.i + 6, len(doc))]
        comma = next((t for t in after if t.text == ","), None)
        if comma is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[verb.i + 1 : comma.i]) or self.in_quote[ap.i]:
            return subj
        return ap

    def _writers_comment(self, content: set[int]) -> set[int]:
        """"said they feel more confident, an important development", "noted that sales are in decline — a decline
        that began in May": a noun phrase set off by a comma or dash at the end of the content that sums up the
        whole report is the writer's comment on it, not the speaker's words (an apposition naming the last noun,
        "the Hyde Amendment, a federal provision that …", and a list's last item stay)."""
        if not content:
            return set()
        doc = self.doc
        end = self._last_word(content)
        sep = next((i for i in range(end - 1, min(content), -1) if doc[i].text == "," or self._dash(i)), None)
        if sep is None:
            return set()  # (the words before the comma may be the cue's: "…, according to filings, a huge sum")
        seg = list(doc[sep + 1 : end + 1])
        if not seg or any(self.in_quote[t.i] or t.i not in content for t in seg):
            return set()
        first = seg[0]
        if first.lower_ == "the":
            # "the latest sign that …", "the first time …": only with a word that ranks it
            if len(seg) < 2 or not (seg[1].tag_ == "JJS" or seg[1].lower_ in {"latest", "first", "second", "third"}):
                return set()
        elif first.lower_ not in {"a", "an", "another", "something"}:
            return set()
        ids = {t.i for t in seg}
        roots = [t for t in seg if t.head.i not in ids or t.head.i == t.i]
        if len(roots) != 1:
            return set()
        head = roots[0]
        if head.pos_ not in {"NOUN", "PRON"} or head.dep_ == "conj" or head.lemma_.lower() not in SUMMING_NOUNS or any(
                c.dep_ == "conj" for c in head.children):  # "into a controversy, a criminal charge and a …": a list
            return set()
        before = [t for t in doc[min(content) : sep] if t.i in content and t.is_alpha]
        if len(before) < 2:
            return set()
        return set(range(sep, max(content) + 1))

    def _background(self, content: set[int]) -> set[int]:
        """"said Clinton had stirred the caucus, which has not held the majority since 2010": a ", which" clause
        closing an indirect report, outside quotes, tells the reader about a noun in it: the writer's background."""
        if not content:
            return set()
        doc = self.doc
        end = self._last_word(content)
        rel = next((t for t in doc[min(content) : end + 1] if t.lower_ == "which" and t.i - 1 in content
                    and doc[t.i - 1].text == "," and t.head.dep_ == "relcl" and {t.head.i, t.head.head.i} <= content),
                   None)
        if rel is None or rel.head.right_edge.i < end or any(self.in_quote[i] for i in content):
            return set()
        clause = list(rel.head.subtree)
        if any(c.tag_ == "MD" for c in rel.head.children) or self._lemma(rel.head) in CUE_VERBS | REPORTING or any(
                t.text in {",", ";"} or self._dash(t.i) for t in clause):
            # "…, which would hurt families" (a forecast), "…, which he called a disaster" (a report of its own) and
            # "…, which hers is, because they need …" (a clause that runs on) may be the speaker's
            return set()
        before = [t for t in doc[min(content) : rel.i - 1] if t.i in content and t.is_alpha]
        return set(range(rel.i - 1, max(content) + 1)) if len(before) >= 3 else set()

    def _last_word(self, content: set[int]) -> int:
        """The last token of ``content`` that is no punctuation or space (its first, if all are)."""
        end = max(content)
        while end > min(content) and (self.doc[end].is_punct or self.doc[end].is_space):
            end -= 1
        return end

    def _sourcing(self, attr: _Attr) -> set[int]:
        """"view the senator as likable …, according to a new poll": an "according to" phrase closing another
        cue's content is the writer's sourcing of the report (an attribution of its own), not what was said."""
        if not attr.content:
            return set()
        doc = self.doc
        end = self._last_word(attr.content)
        cues = {t.i for t in attr.cue}
        for t in doc[min(attr.content) + 1 : end]:
            if t.lower_ != "according" or t.i in cues or t.i not in attr.content or self.in_quote[t.i] \
                    or doc[t.i + 1].lower_ != "to" or doc[t.i - 1].text != ",":
                continue
            if t.right_edge.i < end or any(self.in_quote[i] for i in range(t.i, end + 1)):
                continue
            return set(range(t.i - 1, max(attr.content) + 1))
        return set()

    def _name_closing(self, phrase: Token, verb: Token) -> Token | None:
        """A person's or body's name whose noun phrase ends ``phrase`` right before ``verb`` (a comma or bracketed
        note between them aside): the subject the parser swallowed into a fronted date or prepositional phrase."""
        right = phrase.right_edge.i
        while right > phrase.i and self.doc[right].text in {",", ")"}:
            right -= 1
        if right >= verb.i or any(not t.is_punct for t in self.doc[phrase.right_edge.i + 1 : verb.i]):
            return None
        for t in self.doc[phrase.i + 1 : right + 1]:
            # the outermost name: "Levine, who has given money to Rubio," is Levine's phrase, not Rubio's
            if t.dep_ != "compound" and t.pos_ == "PROPN" and t.ent_type_ in {"PERSON", "ORG"} and t.right_edge.i >= right:
                return None if self.in_quote[t.i] else t
        return None

    def _dash(self, i: int) -> bool:
        """A dash between spaced words; a hyphen counts only with spaces on both sides (not "anti-war")."""
        t = self.doc[i]
        return t.text in DASHES or (t.text == "-" and i > 0 and bool(self.doc[i - 1].whitespace_)
                                                    and bool(t.whitespace_))

    def _dashed_aside(self, cue: Token, subj: Token | None, content: set[int]) -> set[int]:
        """"pledged to ban all imports — steel, cars, grain — from countries that …", "believes a tax cut – even
        a small one – will hurt": the parser hangs a dashed aside, and the words after it, outside the clause the
        aside interrupts, so the content stops at the first dash. It goes on through the aside and the words after
        the closing dash, up to the next clause break ("," ";" ":") or the end of the sentence; not when those
        words open a coordinated or subordinate clause ("— and left", "— while …"), hold the cue or its speaker, or are quoted."""
        if not content:
            return set()
        doc = self.doc
        first = max(content) if self._dash(max(content)) else max(content) + 1
        if first >= len(doc) or not self._dash(first) or self.in_quote[first]:
            return set()
        sent = self.sents[self.sent_of[first]]
        opening = next((i for i in sorted(content) if min(content) < i < first and self._dash(i)), None)
        if opening is not None:
            close: int | None = first  # "a tax cut – even a small one – will …": the aside is in, the clause is not
        else:
            opening = first
            close = next((i for i in range(first + 2, sent.end) if self._dash(i)), None)
        if close is None or close + 1 >= sent.end:
            return set()
        nxt = doc[close + 1]
        if nxt.dep_ in {"cc", "mark"} or nxt.lower_ in _CONTRAST_MARKS or nxt.is_punct or nxt.is_space:
            return set()
        if nxt.pos_ in {"VERB", "AUX"} and any(doc[i].pos_ in {"VERB", "AUX"} for i in content if i < opening):
            return set()  # "those who think he can win — a third — stressed …": a verb after a clause is the outer one's
        end = close + 1
        while end < sent.end and doc[end].text not in {",", ";", ":"} and not self._dash(end):
            end += 1
        for t in doc[close + 1 : end]:
            if t.pos_ in {"VERB", "AUX"}:
                break
            if t.dep_ in {"nsubj", "nsubjpass", "expl"} and t.lower_ not in RELATIVE:
                return set()  # "— they may yet change their minds — Sanders would need …": the main clause resumes
        words = set(range(first, end))
        stop = {cue.i} | ({t.i for t in subj.subtree} if subj is not None else set())
        if words & stop or any(self.in_quote[i] for i in words) or any(doc[i].text in {"(", ")"} for i in words):
            return set()
        return words

    def _first_name_between(self, start: int, cue: Token) -> Token | None:
        """The first person named after ``start`` and before the cue, outside quotes."""
        return next((e.root for e in self.doc.ents if e.label_ == "PERSON" and start < e.start and e.end <= cue.i
                     and not self.in_quote[e.root.i]), None)

    def _after_colon(self, content: set[int]) -> set[int]:
        """"boasts about three of them: the bridge, the tunnel and …": a colon right after the content opens the
        list or the detail of what was said; the reporter's words after it, to the end of the sentence, belong."""
        if not content:
            return set()
        colon = max(content) + 1
        if colon + 1 >= len(self.doc) or self.doc[colon].text != ":" or self.sent_of[colon + 1] != self.sent_of[colon]:
            return set()
        rest = [t for t in self.sents[self.sent_of[colon]] if t.i > colon and not t.is_space]
        if not rest or any(self.in_quote[t.i] or t.text in OPEN_CLOSE or t.text in _AMBIGUOUS for t in rest):
            return set()  # "…: “France is no longer France”": a quote after the colon is an attribution of its own
        return {t.i for t in rest}

    def _shared_subject(self, verb: Token) -> Token | None:
        """The subject of an earlier verb in a series the parser split: in "He pledged …, cast doubt on …,
        suggested that …" the first verb hangs on the last as its reported clause, and in "Trump cast the blame
        on …, and emphasized …" the verbs are conjuncts of a word with no subject; one subject does them all."""
        if verb.tag_ not in {"VBD", "VBZ", "VBP"} or self._lemma(verb) in EVIDENTIAL or any(
                c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return None
        if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            verbs = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
            verbs = sorted([*verbs, verb.head], key=lambda t: -t.i)
        elif any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} and c.i > verb.i for c in verb.children) and (
                self._inverted_aside(verb) is None):  # not "…, said a former aide, …"
            # the last clause of the series that has a subject: "Few would admit it, but Ames says …" is Ames's
            verbs = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                     and not any(m.dep_ == "mark" for m in c.children)]  # "… that X wanted …," is reported
            verbs = sorted(verbs + [k for c in verbs for k in c.children if k.dep_ == "conj"], key=lambda t: -t.i)
        else:
            return None
        for v in verbs:
            if self.in_quote[v.i] or self.sent_of[v.i] != self.sent_of[verb.i]:
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None and not self.in_quote[subj.i] and _agentive(subj) and (
                    subj.lower_ not in RELATIVE | {"it", "this"}) and subj.ent_type_ not in {"DATE", "TIME"}:
                return subj
        return None

    def _conjoined_subject(self, verb: Token) -> Token | None:
        """"McCain backed it and Cruz opposed it", "the Post will call you a liar and NBC will accuse you …": the
        parser joined the second subject to a noun of the first clause and gave its verb the first clause's
        subject; a finite verb right after "and NAME" has NAME for its subject."""
        doc = self.doc
        finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or any(
            c.dep_ == "aux" and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in verb.children)
        if not finite or any(c.dep_ in _SUBJ | {"nsubjpass", "expl"} for c in verb.children):
            return None
        i = verb.i - 1
        while i >= 0 and doc[i].dep_ in {"aux", "neg", "advmod"} and doc[i].head.i == verb.i:
            i -= 1
        if i > 0 and doc[i].text == ",":
            # "and Cruz, as he has in the past, opposed": an aside on the verb
            j = next((k for k in range(i - 1, max(i - 15, 0), -1) if doc[k].text == ","), None)
            if j is None:
                return None
            aside = range(j + 1, i)
            roots = [doc[k] for k in aside if not doc[k].is_punct and doc[k].head.i not in aside]
            if len(roots) != 1 or roots[0].dep_ not in {"advcl", "prep", "advmod", "npadvmod"}:
                return None
            i = j - 1
        if i < 1:
            return None
        cand = doc[i]
        if cand.dep_ in {"nummod", "compound"} and cand.head.i < cand.i:
            cand = cand.head  # "and Channel 5 will accuse"
        if cand.dep_ == "appos" and cand.head.i < cand.i and doc[cand.left_edge.i - 1].text != ",":
            cand = cand.head  # "and the civil rights group the Anti-Defamation League denounced"
        if (cand.dep_ != "conj" or cand.pos_ not in {"NOUN", "PROPN"} or cand.head.pos_ not in {"NOUN", "PROPN", "PRON"}
                or doc[cand.left_edge.i - 1].lower_ not in {"and", "but"} or not _agentive(cand)
                or self.in_quote[cand.i] or self.sent_of[cand.i] != self.sent_of[verb.i]):
            return None
        return cand

    def _time_spender(self, cue: Token, subj: Token | None) -> Token | None:
        """"Clinton spent much of the week portraying …", "the leaders took turns rebutting …": the participle
        hangs on the time or the turns, but whoever spends them does what fills them."""
        if cue.tag_ not in {"VBG", "VB"}:
            return None
        path: list[int] = []
        cur = cue
        for _ in range(7):
            if cur.head.i == cur.i or cur.head.pos_ in {"VERB", "AUX"}:
                break
            cur = cur.head
            path.append(cur.i)
        verb = cur.head
        if not path or verb.i == cur.i or verb.pos_ not in {"VERB", "AUX"} or (
                verb.lemma_.lower() not in {"spend", "take", "devote", "use"}):
            return None
        if subj is not None and subj.i not in path:
            return None
        spender = next((c for c in verb.children if c.dep_ == "nsubj" and not self.in_quote[c.i]), None)
        return spender if spender is not None and _agentive(spender) else None

    def _left_doing(self, cue: Token) -> Token | None:
        """"The ruling left many voters wondering whether …", "leaving some to question …": those left do it."""
        verb = cue.head
        if cue.tag_ not in {"VBG", "VB"} or cue.dep_ not in {"xcomp", "advcl", "ccomp", "oprd"} or (
                verb.lemma_.lower() != "leave"):
            return None
        left = next((c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and verb.i < c.i < cue.i), None)
        return left if left is not None and _agentive(left) and not self.in_quote[left.i] else None

    def _inverted_aside(self, verb: Token) -> Token | None:
        """"The trouble, say experts like Ames, is the soil": a reporting verb set off by commas inside the
        sentence, its speaker after it. The parser makes the speaker the subject of the rest of the sentence."""
        if verb.i < 1 or self.doc[verb.i - 1].text != "," or self._lemma(verb) not in REPORTING:
            return None
        for c in verb.children:
            if c.dep_ != "ccomp" or c.i < verb.i:
                continue
            s = next((k for k in c.children if k.dep_ == "nsubj" and k.left_edge.i == verb.i + 1), None)
            if s is not None and s.right_edge.i + 1 < len(self.doc) and "," in {
                    self.doc[s.right_edge.i].text, self.doc[s.right_edge.i + 1].text}:
                return s
        return None

    def _name_as_modal(self, tok: Token) -> bool:
        """"…, Will wrote": a capitalised "Will" inside a sentence is a name (George Will), not the modal the parser
        took it for; a modal is capitalised only where it opens a sentence."""
        return tok.text == "Will" and tok.tag_ == "MD" and tok.i > self.sents[self.sent_of[tok.i]].start and not (
            self.in_quote[tok.i] or self.doc[tok.i - 1].text in {"“", '"', "''", "‘", "(", ":"} or self.doc[tok.i - 1].is_space)

    def _left_subject(self, verb: Token) -> Token | None:
        """The noun phrase right before a finite verb, when the parser gave the verb no subject.

        "Donald Trump is once again questioning …" after a headline the parser ran into; "the $20 million
        experts say it costs". Only words that can speak, in the same paragraph, outside quotes.
        """
        finite = any(c.dep_ == "aux" and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in verb.children)  # "did not say"
        if (verb.tag_ not in {"VBD", "VBZ", "VBP", "VBG", "VBN"} and not finite) or self._lemma(verb) in EVIDENTIAL:
            return None
        if any(c.dep_ in {"nsubjpass", "auxpass", "csubjpass"} for c in verb.children):
            return None  # "He has been criticized": the word before a passive is what was said, not who
        i = verb.i - 1
        while i >= 0 and self.doc[i].dep_ in {"aux", "auxpass", "neg", "advmod"} and self.doc[i].head.i == verb.i:
            if self._name_as_modal(self.doc[i]):
                return self.doc[i]
            i -= 1
        if i < 0 or (i == verb.i - 1 and verb.tag_ in {"VBG", "VBN"}):
            return None  # a bare participle right after a noun modifies it: "a statement announcing"
        if self.doc[i].text == "," and (verb.tag_ in {"VBD", "VBZ", "VBP"} or finite):
            return self._subject_before_aside(verb, i)
        if self.doc[i].text == ")":
            # "Sen. Ann Reyes (D-Ore.) said": the party and state in brackets follow the name
            opening = next((j for j in range(i - 1, max(i - 8, 0), -1) if self.doc[j].text == "("), None)
            i = opening - 1 if opening is not None else i
        elif self._dash(i):
            # "Mr. Bush – in a line aimed at Mr. Trump – declared": a dashed aside between subject and verb is
            # skipped like a bracket; the speaker closes the words before its opening dash
            start = self.sents[self.sent_of[verb.i]].start
            opening = next((j for j in range(i - 1, max(i - 25, start - 1), -1) if self._dash(j)), None)
            i = opening - 1 if opening is not None and opening > start else i
        tok = self.doc[i]
        if self.in_quote[tok.i] or self.para_of[tok.i] != self.para_of[verb.i] or tok.ent_type_ in _NOT_SPEAKERS:
            return None
        if tok.pos_ not in {"NOUN", "PROPN", "PRON"} or tok.lower_ in RELATIVE or not _agentive(tok):
            return None
        return tok

    def _subject_before_aside(self, verb: Token, comma: int) -> Token | None:
        """"Trump, speaking at a rally in Charleston, West Virginia, did not mention …": the parser hung the
        name on the aside; the subject is the first speaking word before a comma, back across the aside."""
        i = comma
        for _ in range(3):
            j = i - 1
            while j >= 0 and i - j <= 15 and self.doc[j].text not in {",", ";", ":", "(", ")"} and not self._dash(j):
                j -= 1
            if j < 1 or self.doc[j].text != "," or self.sent_of[j] != self.sent_of[verb.i]:
                return None
            tok = self.doc[j - 1]
            if tok.dep_ in _SUBJ | {"nsubjpass"} and tok.head.i != verb.i:
                if not self._aside_as_report(tok, verb):
                    return None  # the subject of a clause of its own
                if tok.pos_ in {"NOUN", "PROPN"} and any(c.lower_ == "who" for c in tok.head.children):
                    return tok  # "One attendee, who …, said": a "who" aside is about a person
            if tok.ent_type_ in _NOT_SPEAKERS or (tok.pos_ == "ADV" and tok.dep_ == "advmod"):
                i = j  # "…, West Virginia,": a place inside the aside
                continue
            if (tok.pos_ in {"PROPN", "PRON"} or tok.ent_type_ in {"PERSON", "ORG", "NORP"}) and _agentive(tok) and (
                    tok.dep_ != "pobj" and tok.lower_ not in RELATIVE and not self.in_quote[tok.i]):
                return tok
            return None
        return None

    def _aside_as_report(self, tok: Token, verb: Token) -> bool:
        """"Ames, who chairs the panel, said the vote …": the parser took the aside for a reported clause
        before the verb; the verb's own reported clause comes after it, so the aside's subject speaks."""
        clause = tok.head
        return (clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.i < verb.i
                and not self.in_quote[clause.i] and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children))

    def _run_on(self, content: set[int]) -> set[int]:
        """The rest of a sentence the parser cut short: content reaching the end of a "sentence" that has no
        closing punctuation goes on into the next one ("cited remarks | Trump had made about …")."""
        if not content:
            return set()
        k = self.sent_of[max(content)]
        sent = self.sents[k]
        words = [t for t in sent if not t.is_space]
        if not words or max(content) < words[-1].i or k + 1 >= len(self.sents):
            return set()
        if words[-1].text in {".", "!", "?", ":", ";", "”", '"', "''", "…", "»"} or words[-1].is_punct:
            return set()
        nxt = self.sents[k + 1]
        if self.para_of[nxt.start] != self.para_of[words[-1].i]:
            return set()
        return {t.i for t in nxt if not t.is_space}

    def _nearby_source(self, cue: Token) -> Token | None:
        """A speaker the parser hung elsewhere: the name right after "said", or between the quote and the cue."""
        sent = self.sents[self.sent_of[cue.i]]

        def ok(t: Token) -> bool:
            if self.in_quote[t.i] or t.ent_type_ in _NOT_SPEAKERS:
                return False
            return t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP"}

        # "“…,” Ames tells Reuters": after tell/inform/remind comes the one spoken to, never the speaker
        # a participle never inverts: in "…, saying Mr. Ames had lied" the name is the reported clause's subject
        addressee = cue.lemma_.lower() in {"tell", "inform", "remind", "assure"} or cue.tag_ == "VBG"
        if not addressee and any(self.in_quote[t.i] for t in sent if t.i < cue.i):
            # "“…,” added another Republican": the parser may take the inverted subject for an object
            for c in cue.rights:
                if c.dep_ in {"dobj", "attr", "npadvmod", "dative", "oprd"} and c.pos_ in {"NOUN", "PROPN"} and (
                        c.ent_type_ not in _NOT_SPEAKERS):
                    return c  # "said Monday" is a date, not a speaker
        after = [] if addressee else [t for t in sent if t.i > cue.i and t.i <= cue.i + 6]
        run: list[Token] = []
        for t in after:
            # "“…,” said Skelly, …": a capitalised word right after the cue is a name the tagger did not know
            unknown_name = (t.i == cue.i + 1 and t.is_title and t.is_alpha and not self.in_quote[t.i]
                            and t.ent_type_ not in _NOT_SPEAKERS and t.pos_ in {"ADV", "NOUN", "ADJ"}
                            and t.i + 1 < len(self.doc) and self.doc[t.i + 1].text in {",", "."}
                            and any(self.in_quote[u.i] for u in sent if u.i < cue.i))
            if ok(t) or unknown_name or (run and t.pos_ == "PROPN"):
                run.append(t)
            elif run or not (t.is_punct and t.text not in {",", "."}):
                break
        if run:
            return run[-1]
        # "“…,” William Daley, the former chief of staff, said": the first name after the quote
        start = sent.start
        for t in sent:
            if t.i >= cue.i:
                break
            if self.in_quote[t.i] or t.text in _AMBIGUOUS or t.text in OPEN_CLOSE or t.text in _CLOSERS:
                start = t.i + 1
        window = list(self.doc[start : cue.i])
        if start == sent.start:
            window = window[::-1][:8]  # no quote: the name nearest the cue ("…, Ms. Bigbee said")
        elif not any(ok(t) for t in window):
            # "As Akhil Amar, author of ''…,'' put it": the name opens the sentence
            window = [t for t in self.doc[sent.start : cue.i] if not self.in_quote[t.i]]
        for t in window:
            if ok(t):
                while t.i + 1 < cue.i and self.doc[t.i + 1].pos_ == "PROPN":
                    t = self.doc[t.i + 1]
                return t
        return None

    def _fit(self, cue: Token, content: set[int]) -> set[int]:
        """Keep the content in the cue's paragraph, and take whole quoted passages it touches.

        The parser splits long quotes into sentences; the cue's clause often holds only the last one.
        """
        para = self.para_of[cue.i]
        content = {i for i in content if self.para_of[i] == para}
        touched = {k for i in content if self.in_quote[i] for k in [self._quote_at(self.doc[i].idx)] if k is not None}
        for k in touched:
            qs, qe = self.spans[k]
            span = self.doc.char_span(qs, qe, alignment_mode="expand")
            if span is not None:
                content |= {t.i for t in span}
        return content

    def _speechlike(self, ids: set[int]) -> bool:
        """Quoted words that could be a statement: four words or more, or a closing stop, or a question."""
        for k in {self._quote_at(self.doc[i].idx) for i in ids} - {None}:
            assert k is not None
            qs, qe = self.spans[k]
            span = self.doc.char_span(qs, qe, alignment_mode="expand")
            words = sum(1 for t in span if t.is_alpha) if span is not None else 0
            if words >= 4 or self.text[qs:qe].rstrip().endswith((".", "?", "!")):
                return True
        return False

    def _opens_with_quote(self, sent: Span, quoted: set[int], cue: Token, skip: set[int]) -> bool:
        """"“Because they're worried,” Mr. Biden said": a short quote opening the sentence, closed with a comma
        and followed by nothing but the speaker and the cue, is what was said however few its words."""
        words = [t for t in sent if not t.is_space]
        if not words or (words[0].text not in OPEN_CLOSE and words[0].text not in _AMBIGUOUS):
            return False
        last = max(quoted)
        between = [t for t in self.doc[last + 1 : cue.i] if not (t.is_punct or t.is_space) and t.i not in skip]
        comma = any(t.text == "," for t in self.doc[max(last - 1, sent.start) : cue.i])
        own = {t.i for t in cue.subtree}
        if any(t.i > cue.i and t.i not in own and not (t.is_punct or t.is_space) for t in sent):
            return False  # "“Only you,” she said, would …": the sentence goes on past the cue
        return comma and not between and min(quoted) <= words[0].i + 1 and all(
            self.in_quote[i] or self.doc[i].is_punct or self.doc[i].is_space for i in range(words[0].i + 1, last + 1))

    def _has_quote(self, toks: list[Token]) -> bool:
        return any(self.in_quote[t.i] for o in toks for t in o.subtree)

    def _parenthetical(self, cue: Token) -> set[int]:
        """Content of a cue that governs no complement: the quote beside it or the clause it interrupts."""
        sent = self.sents[self.sent_of[cue.i]]
        here = {t.i for t in sent}
        subj = _subject(cue, self.in_quote)
        skip = {t.i for t in subj.subtree} if subj is not None else set()
        quoted = {i for i in here if self.in_quote[i] and i not in skip}
        if quoted and (self._speechlike(quoted) or self._opens_with_quote(sent, quoted, cue, skip)):
            if cue.head.i != cue.i and cue.dep_ in {"parataxis", "ccomp"} and not any(
                    c.dep_ in {"xcomp", "ccomp"} and c.i > cue.i for c in cue.children):
                # (not "said that her campaign would continue “to break barriers”": a verb with a complement of its
                # own is no aside, and the sentence around it is not what it reports)
                # "The golf industry, she said, is ''doing much better''": an aside inside the reporter's sentence
                # reports all of it, when the quote after the aside goes on mid-sentence (lower case)
                # (or "Instead, Trump told CNN, his policy would be “to go after them” if …": the reporter's words
                # go on around the quote after the aside)
                own = {t.i for t in cue.subtree}
                before = [t for t in sent if t.i < cue.i and t.i not in own and t.is_alpha and not self.in_quote[t.i]]
                beyond = [t for t in sent if t.i > cue.i and t.i not in own and t.is_alpha and not self.in_quote[t.i]]
                after = [self.doc[i] for i in sorted(quoted) if i > cue.i and self.doc[i].is_alpha]
                if (len(before) >= 3 or len(beyond) >= 3) and after and after[0].text[0].islower():
                    return {t.i for t in sent if t.i not in own and not t.is_space}
            return quoted
        announced = self._quote_after_colon(cue)
        if announced:
            return announced  # "chanting: “Death to America”" — short, but announced by the colon
        head = cue.head
        if self._lemma(cue) == "continue":
            return set()  # "“…,” she continued" reports; "prices rose and continued" does not
        if cue.dep_ == "advcl" and cue.tag_ == "VBG" and head.i < cue.i:
            return set()  # "took to the streets chanting": the main clause is not what was chanted
        if cue.dep_ == "ccomp" and (self._lemma(head) in CUE_VERBS and not any(
                c.dep_ in {"ccomp", "dobj", "xcomp"} and c.i != cue.i for c in head.children) if head.i > cue.i else any(
                c.dep_ == "mark" for c in cue.children) or not any(t.is_punct for t in self.doc[head.i + 1 : cue.left_edge.i])):
            # "told his staff that they should respond", "may add to his staff, he said": the cue's clause is what another
            # verb reports or governs, not an aside on it ("…, a study concluded" after a comma still is one, and so is
            # "She said at the meeting, a councillor asked residents …" that the parser hung on the second verb)
            return set()
        if cue.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _SUBORDINATORS for c in cue.children):
            # "… seven months before he announced", "… when the primaries conclude": a time or condition clause
            # says when the rest happened; its verb reports none of it (PolNeAR train: none such was annotated)
            return set()
        if cue.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and head.i != cue.i:
            own = {t.i for t in cue.subtree}
            rest = {t.i for t in head.subtree} - own
            return rest & here
        return set()

    def _received(self, tok: Token, sent_k: int) -> _Attr | None:
        """"The plan drew criticism from both parties", "won praise from X": the subject is judged, by X."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in RECEIVED_NOUNS or self.in_quote[tok.i]:
            return None
        verb = tok.head
        under = verb.lower_ == "under" and verb.dep_ == "prep" and tok.dep_ == "pobj"
        if under:
            verb = verb.head  # "came under fire"
        elif tok.dep_ != "dobj":
            return None
        if verb.lemma_.lower() not in RECEIVE_VERBS or (verb.lemma_.lower() == "come") != under:
            return None
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.lower_ in RELATIVE or self.in_quote[subj.i]:
            return None
        frm = [c for c in list(tok.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ in {"from", "of"}]
        src = next((c for p in frm for c in p.children if c.dep_ == "pobj"), None)
        if src is None:
            return None  # "faced criticism for …" names no judge, and reports a topic more than a judgement
        content = {t.i for t in subj.subtree}
        cue = [verb, tok] + ([tok.head] if under else []) + [c for c in verb.children if c.dep_ in {"aux", "neg"}
                                                             and c.i < verb.i]
        return _Attr(sorted(cue, key=lambda t: t.i), src, self._fit(tok, content), sent_k)

    def _agent_noun(self, tok: Token, sent_k: int) -> _Attr | None:
        """"Gray is a vocal critic of the plan", "Gray, a supporter of the mayor, …": the one the noun describes
        takes that side. Only with a named holder: "critics of the plan" alone name nobody."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in AGENT_NOUNS or self.in_quote[tok.i]:
            return None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        if of is None:
            return None
        if tok.dep_ == "attr" and tok.head.lemma_.lower() in _COPULAS:
            src = _subject(tok.head, self.in_quote)
        elif tok.dep_ == "appos" and tok.head.i < tok.i:
            src = tok.head
        else:
            return None
        if src is None or not _agentive(src) or src.ent_type_ in _NOT_SPEAKERS or self.para_of[src.i] != self.para_of[tok.i]:
            return None
        content = {t.i for t in of.subtree if t.i != of.i}
        return _Attr([tok, of], src, self._fit(tok, content), sent_k) if content else None

    def _noun_cue(self, tok: Token, sent_k: int) -> _Attr | None:
        """A speech-act noun with its content: "Trump's claim that …", "his criticism of Clinton".

        The content is a "that" clause, or — when the noun names its source with a possessive — the
        prepositional object. Without either it is a topic ("the claim"), not an attribution.
        """
        if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and self._lemma(tok.head.head) in REPORTING and any(
                o.i == tok.i for o in self._medium(tok.head.head)):
            return None  # "said in a statement that …" is the verb's attribution
        noun, verb = tok.lemma_.lower(), tok.head.lemma_.lower()
        held = tok.dep_ == "dobj" and noun in HELD_NOUNS and (verb in HOLD_VERBS or verb in LIGHT_VERBS)
        # "sounded a cautious note about the report", "sounded the alarm over the debt": a stance voiced on a topic
        sounded = tok.dep_ == "dobj" and verb == "sound" and noun in {"note", "alarm"}
        shown = tok.dep_ == "dobj" and verb in SHOW_VERBS and noun in SHOWN_NOUNS and tok.lower_ != "interests"
        aimed = tok.dep_ == "dobj" and verb in AIMED.get(noun, ())
        light = (tok.dep_ == "dobj" and verb in LIGHT_VERBS) or held or sounded or shown or aimed
        intent = noun in INTENT_NOUNS
        only_clause = noun in CLAUSE_NOUNS and noun not in NOUN_CUES and not held
        asked = _whether_clauses(tok) if noun in QUESTION_NOUNS and tok.pos_ == "NOUN" else []
        if tok.pos_ != "NOUN" or not (noun in NOUN_CUES or intent or held or only_clause or sounded or shown or aimed
                                      or (light and noun in LIGHT_NOUNS) or asked):
            return None
        preps_ok = (NOUN_PREPS | HELD_PREPS if held else NOUN_PREPS | {"over"} if sounded
                    else SHOWN_PREPS if shown else {"at", "of"} if aimed else NOUN_PREPS)
        kids = list(tok.children)
        poss = next((c for c in kids if c.dep_ == "poss" and not self.in_quote[c.i]), None)
        clause = [c for c in kids if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > tok.i
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if (poss is not None or shown) and not clause:
            # "his promise to build a wall", "Trump's decision to skip the debate": a named source's intention
            clause = [c for c in kids if c.dep_ == "acl" and c.i > tok.i and c.tag_ == "VB"
                      and has_to_marker(c)]
        clause = clause or asked
        if only_clause:
            # a content clause has a subject of its own; a relative clause the parser took for one ("the report that
            # was leaked", "the news that reached us") may have none
            clause = [c for c in clause if any(k.dep_ in _SUBJ | {"nsubjpass"} for k in c.children)]
        if (intent or only_clause) and not clause:
            return None
        content: set[int] = set()
        if clause:
            content = {t.i for c in clause for t in c.subtree}
        elif light or (poss is not None and tok.lemma_.lower() not in STANCE_NOUNS) or noun in JUDGEMENT_NOUNS:
            preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in preps_ok and c.i == tok.i + 1]
            if light and not preps:  # "made the case | for …": the parser hangs the phrase on the verb
                preps = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in preps_ok
                         and c.i == tok.i + 1]
            content = {t.i for p in preps for t in p.subtree if t.i != p.i}
        if not content:
            return None
        if aimed and not any(o.dep_ == "pobj" and any(not _speechless(k) or self._actor(k) is not None for k in [
                o, *(k for k in o.children if k.dep_ == "poss")]) for p in [*kids, *tok.head.children]
                if p.dep_ == "prep" and p.i == tok.i + 1 for o in p.children):
            return None  # "took a shot at the title" aims at no one; "at the mayor's budget" at the mayor
        src = _subject(tok.head, self.in_quote) if shown else poss  # "showed its inclination to …": the subject's
        if src is None:
            by = next((c for c in kids if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
            src = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if src is None and light:
            src = _subject(tok.head, self.in_quote)  # "Trump made claims that …", "took issue with"
        judged = poss is None and noun in JUDGEMENT_NOUNS and not clause and not light
        if src is None and judged:
            # "criticisms of her actions by the director": the parser hangs the judge on what is judged
            by = next((b for o in content for b in self.doc[o].children if b.dep_ == "prep" and b.lower_ in {"by", "from"}
                       and self.doc[o].head.head.i == tok.i), None)
            src = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else self._judge_of(tok)
            content -= {t.i for t in by.subtree} if by is not None else set()
        if (src is None and clause and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB"
                and self._lemma(tok.head.head) not in CUE_VERBS | set(PREP_CONTENT) | RECEIVE_VERBS):
            # "sued in the hope that …", "clung to the belief that …": the one who acts holds the hope; one who
            # answers or faces a claim ("reacted to suggestions that …", "faced complaints that …") does not
            src = _subject(tok.head.head, self.in_quote)
            if src is not None and (not _agentive(src) or src.lemma_.lower() in NOUN_CUES
                                    or self.para_of[src.i] != self.para_of[tok.i]):
                src = None
        if src is None:
            # "Trump claims that …" tagged as a noun with "Trump" as its modifier
            src = next((c for c in kids if c.dep_ in {"compound", "nmod"} and c.i < tok.i and c.pos_ == "PROPN"), None)
        # the subject of "made the case" is its maker, whatever noun it is ("the mayor", "the report")
        if noun == "question" and src is not None and src != poss and not (
                src.ent_type_ in {"PERSON", "ORG", "NORP"} or src.pos_ == "PROPN" or src.lower_ in PERSON_PRONOUNS):
            src = None  # "the documents raised new questions about …": nobody asks; the question stands
        named = src == poss or (light and src is not None and src.dep_ in _SUBJ) or (
            src is not None and src.dep_ == "pobj" and src.head.head.i == tok.i)  # "complaints from his counterpart"
        named = named or (judged and src is not None and (src.dep_ == "pobj" or self._actor(src) is not None))
        if src is not None and (src.ent_type_ in _NOT_SPEAKERS - {"GPE"} or (not named and not _agentive(src))):
            src = None
        if judged and (src is None or not (named or self._someone(src))):
            return None  # "the criticism of Nafta": judged, but by nobody the text names
        if shown and (src is None or _speechless(src) or not self._someone(src)):
            return None  # "the policy shows no sign of change": a thing shows no stance
        if aimed and (src is None or _speechless(src)):
            return None  # a jab nobody in the text takes ("an opening for rivals to take shots at him" is no plan's)
        cue = [c for c in kids if c.dep_ == "prep" and c.i == tok.i + 1 and not clause] + [tok]
        return _Attr(sorted(cue, key=lambda t: t.i), src, self._fit(tok, content - {t.i for t in cue}), sent_k)

    def _judge_of(self, noun: Token) -> Token | None:
        """Who voices a judgement named by a bare noun: the subject of the verb it is the object of, or of the verb
        it comes "with" ("avoided direct criticism of Trump", "roused the crowd with criticism of …"). One who faces,
        draws or reacts to it ("faced criticism over …", "reacting to criticism of …") is its target, not its judge."""
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head if noun.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in RECEIVE_VERBS | _TARGETS_OF:
            return None
        return _subject(verb, self.in_quote)

    def _divided(self, tok: Token, sent_k: int) -> _Attr | None:
        """Sides split on a question: "voters are evenly split on whether …", "the council is deeply divided over the
        deal", "the two parties remain at odds over …" — the question is what the divided hold views on."""
        word = tok.lower_
        if word == "odds":
            if tok.dep_ != "pobj" or tok.head.lower_ != "at" or tok.head.head.lemma_.lower() not in _COPULAS:
                return None
            verb = tok.head.head
        elif word in DIVIDED and tok.tag_ in {"VBN", "JJ"}:
            if tok.dep_ == "acomp" and tok.head.lemma_.lower() in _COPULAS:
                verb = tok.head
            elif any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
                verb = tok
            else:
                return None
        else:
            return None
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"over", "on", "about"}
                     and c.i == tok.i + 1 and any(o.dep_ in {"pobj", "pcomp"} for o in c.children)), None)
        # (the parser may hang the subject on the auxiliary: "Voters are | split on …")
        subj = next((c for v in [verb, *(a for a in verb.children if a.dep_ in {"aux", "auxpass"})]
                     for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and not self.in_quote[c.i]), None)
        if prep is None or subj is None or not (_agentive(subj) or _poll_share(subj) or subj.lower_ in PERSON_PRONOUNS):
            return None
        content = {t.i for t in prep.subtree if t.i != prep.i}
        cue = [t for t in self.doc[min(verb.i, tok.i) : prep.i + 1] if t.dep_ not in {"advmod", "neg"} or t.i == tok.i]
        return _Attr(cue, subj, self._fit(tok, content), sent_k)

    def _in_favor(self, tok: Token, sent_k: int) -> _Attr | None:
        """"voted in favor of the bill", "came out in support of the mayor", "stood in opposition to the treaty",
        "is in favor of stricter gun laws": a side taken, by the subject of the verb the phrase hangs on."""
        if tok.lemma_.lower() not in SIDE_PHRASES or tok.dep_ != "pobj" or tok.head.lower_ != "in" or self.in_quote[tok.i]:
            return None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in SIDE_PHRASES[tok.lemma_.lower()]
                   and c.i == tok.i + 1), None)
        verb = tok.head.head
        if of is None or tok.head.dep_ != "prep" or not (
                verb.pos_ in {"VERB", "AUX"} and self._lemma(verb) in CUE_VERBS | SIDING_VERBS):
            return None
        content = {t.i for t in of.subtree if t.i != of.i}
        src = _subject(verb, self.in_quote)
        if not content or src is None or src.ent_type_ in _NOT_SPEAKERS - {"GPE"} or self.in_quote[src.i]:
            return None
        named = src.ent_type_ in {"PERSON", "ORG", "NORP"} or src.pos_ == "PROPN" or src.lower_ in PERSON_PRONOUNS
        if not (named or self._actor(src) is not None or (_agentive(src) and verb.lemma_.lower() != "be")):
            return None  # "the odds are in favor of a deal": only someone is in favor
        cue = [verb, tok.head, tok, of] + [c for c in verb.children if c.dep_ in {"aux", "neg", "prt"} and c.i < tok.i]
        return self._attr(verb, cue, src, content, sent_k)

    def _adj_cue(self, tok: Token, sent_k: int) -> _Attr | None:
        """An attitude adjective on a copula: "X is confident that …", "X was critical of …", "made clear that …".

        Beliefs and stances are attributions as much as statements. "It is unclear whether …" has no source.
        """
        word = tok.lower_
        participle = tok.tag_ == "VBN" and word in STANCE_ADJ  # "is opposed to", "was pleased with"
        if (tok.pos_ != "ADJ" and not participle) or tok.dep_ not in {"acomp", "ccomp", "oprd"}:
            return None
        if word not in STANCE_ADJ:
            # any attitude a person holds toward a topic: "was upfront about", "is right about", "was quiet on"
            subj = _subject(tok.head, self.in_quote) if tok.head.lemma_.lower() in _COPULAS else None
            if subj is None or not (subj.ent_type_ in {"PERSON", "ORG", "NORP"} or subj.pos_ == "PROPN"
                                    or subj.lower_ in PERSON_PRONOUNS):
                return None
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and c.i == tok.i + 1]
            content = {t.i for p in preps for t in p.subtree if t.i != p.i}
            if not content or self.para_of[subj.i] != self.para_of[tok.i]:
                return None
            cue = sorted([tok, *preps], key=lambda t: t.i)
            return _Attr(cue, subj, self._fit(tok, content - {t.i for t in cue}), sent_k)
        head = tok.head
        made = head.lemma_.lower() == "make" and word == "clear"
        if head.i == tok.i or not (head.lemma_.lower() in _COPULAS or made):
            return None
        clause = [c for c in list(tok.children) + [c for c in head.children if c.i > tok.i]
                  if c.dep_ in {"ccomp", "advcl"} and c.i > tok.i
                  and (c.dep_ == "ccomp" or any(m.dep_ == "mark" and m.lower_ in {"that", "whether", "if"}
                                                 for m in c.children))]
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in STANCE_ADJ[word] and c.i == tok.i + 1]
        content = {t.i for c in clause for t in c.subtree}
        if not content:
            content = {t.i for p in preps for t in p.subtree if t.i != p.i}
        if not content and word in WILLING_ADJ:
            # "is eager to debate him", "was reluctant to endorse": a disposition toward an act; a reporting verb
            # in the infinitive ("eager to say …") is its own attribution
            content = {t.i for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and self._lemma(c) not in CUE_VERBS
                       for t in c.subtree}
        if not content:
            return None
        subj = _subject(head, self.in_quote)
        if subj is not None and subj.lower_ == "it" and not made:
            if word not in _IMPERSONAL_ADJ:
                return None
            if any(c.left_edge.lower_ in {"what", "how", "which", "who", "why", "when", "where"} for c in clause):
                return None  # "it is unclear how long it lasts": an open question, nobody's view
            subj = None
        elif subj is None or subj.ent_type_ in _NOT_SPEAKERS or self.para_of[subj.i] != self.para_of[tok.i]:
            return None
        cue = [head, tok] if made else [tok]
        cue += [p for p in preps if not clause]
        return _Attr(sorted(cue, key=lambda t: t.i), subj, self._fit(tok, content - {t.i for t in cue}), sent_k)

    def _hearsay(self, tok: Token, sent_k: int) -> _Attr | None:
        """"Clinton reportedly met the donors": the clause the adverb modifies is reported, by nobody named.

        "reportedly said …" is the verb's attribution, with its own source."""
        head = tok.head
        if head.dep_ in {"aux", "auxpass"} and head.head.i != head.i:
            head = head.head  # "has reportedly been chatting"
        if tok.lower_ not in HEARSAY_ADVERBS or tok.dep_ != "advmod" or head.i == tok.i or head.pos_ not in {"VERB", "AUX"}:
            return None
        if self._lemma(head) in REPORTING:
            return None
        sent = self.sents[sent_k]
        content = {t.i for t in head.subtree if sent.start <= t.i < sent.end and not t.is_space} - {tok.i}
        if not content:
            return None
        return _Attr([tok], None, self._fit(tok, content), sent_k)

    def _quote_after_colon(self, cue: Token) -> set[int]:
        """Tokens of the quoted passage right after "cue:" ("chanting: “…”"), else nothing."""
        nxt = cue.i + 1
        if nxt + 1 >= len(self.doc) or self.doc[nxt].text != ":":
            return set()
        k = self._quote_at(self.doc[nxt + 1].idx)
        if k is None:
            k = self._quote_at(self.doc[nxt + 1].idx + len(self.doc[nxt + 1]))
        if k is None or self.spans[k][0] - (self.doc[nxt].idx + 1) > 3:
            return set()
        span = self.doc.char_span(*self.spans[k], alignment_mode="expand")
        return {t.i for t in span} if span is not None else set()

    def _according(self, tok: Token, sent_k: int) -> _Attr | None:
        if tok.lower_ != "according" or tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].lower_ != "to":
            return None
        to = self.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        sent = self.sents[sent_k]
        phrase = {t.i for t in to.subtree} | {tok.i}
        anchor = tok.head if tok.head.i != tok.i else sent.root
        ends = {t.i for t in sent if not (t.is_punct or t.is_space)}
        edge = bool(ends) and (tok.i == min(ends) or max(phrase) == max(ends))
        if edge:
            # "…, according to the AP." / "According to the AP, …": the whole sentence, whatever the
            # parser hung the phrase on
            body = {t.i for t in sent} - phrase
        elif tok.dep_ in {"prep", "advcl"} and anchor.i != tok.i:
            body = {t.i for t in anchor.subtree} - phrase
        else:
            body = {t.i for t in sent} - phrase
        body = {i for i in body if sent.start <= i < sent.end and not self.doc[i].is_space}
        if not body:
            return None
        return _Attr([tok, to], self._document_author(pobj), body, sent_k)

    def _document_author(self, doc_tok: Token) -> Token:
        """"according to a report from the IMF", "according to emails released by the campaign": the one who wrote or
        released a document speaks through it."""
        low = doc_tok.lemma_.lower()
        if low not in EVIDENCE_NOUNS | MEDIA | PUBLISHED | _TALKS | {"calculation"}:
            return doc_tok
        for c in doc_tok.children:
            if c.dep_ == "prep" and (c.lower_ in {"from", "by"} or (c.lower_ == "with" and low in _TALKS)):
                p: Token | None = c  # "interviews with party leaders": the leaders are who was heard
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                p = next((a for a in c.children if a.dep_ == "agent"), None)  # "emails released by X"
            else:
                continue
            author = next((o for o in p.children if o.dep_ == "pobj"), None) if p is not None else None
            if author is None or p is None:
                continue
            if p.lower_ == "with":
                # "interviews with party leaders", "a conversation with Ms. Ruiz"; "an interview with The Times" is
                # the paper asking, not speaking
                if author.ent_type_ == "PERSON" or (author.pos_ == "NOUN" and _agentive(author)):
                    return author
            elif author.pos_ == "PROPN" or author.ent_type_ in {"PERSON", "ORG", "NORP"}:
                return author
        return doc_tok

    def _in_source(self, tok: Token, sent_k: int) -> _Attr | None:
        """"In a CNN poll, Clinton led by 10 points", "In her view, the deal is dead": a finding or an opinion
        framed by where it comes from. The poll is the source; a view, the one whose view it is. A clause
        with a reporting verb of its own ("In a survey, 79 percent said …") is that verb's to attribute."""
        if tok.lower_ != "in" or tok.dep_ != "prep":
            return None
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or self.in_quote[pobj.i]:
            return None
        noun = pobj.lemma_.lower()
        poss = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if noun in OPINION_FRAMES and poss is not None:
            src = poss
        elif noun in POLL_NOUNS and not any(c.dep_ == "poss" for c in pobj.children) and any(
                c.dep_ in {"compound", "amod", "nmod", "acl"} or (c.dep_ == "det" and c.lower_ != "the")
                for c in pobj.children) and (pobj.tag_ != "NNS" or any(
                    c.lower_ in {"latest", "recent", "new", "newest"} for c in pobj.children)):
            # a particular poll; "ahead in the polls" and "leads in national polls" are a standing
            src = pobj
        else:
            return None
        anchor = self._frame_anchor(tok, sent_k)
        if anchor is None:
            return None
        if self._lemma(anchor) in CUE_VERBS or self._lemma(anchor) in EVIDENTIAL or any(
                self._lemma(c) in REPORTING for c in anchor.subtree if c.pos_ == "VERB"):
            return None
        phrase = {t.i for t in tok.subtree}
        sent = self.sents[sent_k]
        body = {t.i for t in anchor.subtree} - phrase
        body = {i for i in body if sent.start <= i < sent.end and not self.doc[i].is_space}
        if not any(self.doc[i].pos_ in {"NOUN", "PROPN", "PRON"} and self.doc[i].dep_ in _SUBJ for i in body) and (
                anchor.pos_ in {"VERB", "AUX"} or not _poll_share(anchor)):  # "71 percent of voters approved …"
            return None  # "ahead in the polls" is a standing, not a finding someone reports
        return _Attr([tok], src, body, sent_k)

    def _proposition(self, tok: Token, sent_k: int) -> _Attr | None:
        """"Their fear is that …", "Rubio's answer was that …", "The idea is that …", "His goal is to …": a noun for
        a held or stated proposition, then "is" and the proposition. Its holder is the possessor, or nobody named."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PROPOSITIONS or tok.dep_ != "nsubj" or self.in_quote[tok.i]:
            return None
        be = tok.head
        if be.lemma_.lower() not in {"be", "remain"} or be.i < tok.i:
            return None
        comps = [c for c in be.children if c.i > be.i and (
            (c.dep_ == "ccomp" and not any(m.dep_ == "mark" and m.lower_ not in {"that", "whether", "if"} for m in c.children))
            or (c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)))]
        if not comps:
            return None
        src = next((c for c in tok.children if c.dep_ == "poss" and not self.in_quote[c.i]), None)
        if src is None:  # "the promise she has made is that …": the relative clause names the holder
            src = next((k for c in tok.children if c.dep_ == "relcl" for k in c.children
                        if k.dep_ == "nsubj" and k.lower_ not in RELATIVE and _agentive(k)), None)
        content = {t.i for c in comps for t in c.subtree}
        cue = [tok, be] + [c for c in be.children if c.dep_ in {"aux", "neg"} and tok.i < c.i < be.i]
        return _Attr(sorted(cue, key=lambda t: t.i), src, self._fit(tok, content), sent_k)

    def _frame_anchor(self, tok: Token, sent_k: int) -> Token | None:
        """The clause a framing phrase ("In a CNN poll, …") frames: the verb it hangs on, up from the noun the parser
        gave it ("held a lead … in a CNN poll"); when the parser hung it on a clause across a paragraph break, or made a
        noun the root ("In the survey, 71 percent of voters approved …"), the root of its own sentence."""
        sent = self.sents[sent_k]
        cur = tok.head
        for _ in range(4):
            if not sent.start <= cur.i < sent.end:
                break
            if cur.pos_ in {"VERB", "AUX"}:
                return cur
            if cur.head.i == cur.i:
                break
            cur = cur.head
        roots = [t for t in sent if (t.head.i == t.i or not sent.start <= t.head.i < sent.end) and not t.is_space
                 and not t.is_punct and t.i != tok.i]
        return roots[0] if len(roots) == 1 and roots[0].i > tok.i else None

    def _headline(self, tok: Token, sent_k: int) -> _Attr | None:
        """"Mayor Lopez Slams Council Over Budget": a title-case headline the parser reads as one long name.

        A capitalised word that is a reporting or stance verb splits it: the name before is the source,
        the rest of the line the content.
        """
        if tok.pos_ not in {"PROPN", "NOUN", "VERB"} or not tok.is_title or tok.i == 0:
            return None
        low = tok.lower_
        # "Slams", "Pushes", "Denies": a verb in the third person is what breaks a headline
        lemma = next((c for c in (low[:-1], low[:-2], low[:-3] + "y") if c in SPEECH_VERBS or c in STANCE_VERBS),
                     None) if low.endswith("s") else None
        if lemma is None or lemma in NAMING - {"call"} or lemma in WEAK_VERBS:
            return None
        ls = self.text.rfind("\n", 0, tok.idx) + 1
        le = self.text.find("\n", tok.idx)
        le = len(self.text) if le < 0 else le
        line = self.doc.char_span(ls, le, alignment_mode="expand")
        if line is None or tok.i == line.start or self.in_quote[tok.i]:
            return None
        words = [t for t in line if t.is_alpha and len(t) > 3]
        if not 3 <= len(line) <= 25 or sum(1 for t in words if t.is_title or t.is_upper) < 0.8 * len(words):
            return None
        before = [t for t in line if t.i < tok.i and not t.is_punct]
        after = {t.i for t in line if t.i > tok.i and not t.is_space}
        if not before or len(before) > 5 or not after or not (before[-1].pos_ == "PROPN" or before[-1].is_title):
            return None
        return _Attr([tok], before[-1], after, sent_k)

    def _colon(self, tok: Token, sent_k: int) -> _Attr | None:
        """"Name: words" — a headline or a transcript turn; the name before the colon is the source."""
        if tok.text != ":" or tok.i == 0:
            return None
        sent = self.sents[sent_k]
        start = sent.start
        for t in self.doc[sent.start : tok.i]:
            if self._dash(t.i) and t.i + 1 < tok.i:
                start = t.i + 1  # "Pollsters agree - Ann Lee: “…”": the name after the dash
        before = self.doc[start : tok.i]
        # words, not tokens: "Wash. Post Fact-Check:" is three ("Fact-Check" one, the stop and hyphen none)
        words = [t for t in before if not t.is_punct and not (t.i > start and self.doc[t.i - 1].text == "-"
                                                             and not self._dash(t.i - 1))]
        if not (1 <= len(words) <= 4) or not all(t.pos_ in {"PROPN", "PUNCT"} or t.is_title or t.is_upper for t in before):
            return None
        names = [t for t in before if not t.is_punct]
        if not names or names[0].pos_ in {"ADP", "DET"} or any(t.lower_ in SECTION_LABELS for t in names):
            return None  # "CLARIFICATION:", "The Latest:", "On Monday:" label a section, nobody speaks
        places = {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
        if any(t.ent_type_ in places or t.dep_ == "case" for t in before) or sum(len(t) for t in names) < 2:
            return None  # "Iowa:" heads a list, "Times' Ben Sisario:" credits a reporter, "Q:" is an interview
        # a turn runs to the end of its paragraph, whatever the sentences ("WALLACE: … ? … .")
        para = self.para_of[tok.i]
        after: list[int] = []
        for t in self.doc[tok.i + 1 :]:
            if self.para_of[t.i] != para:
                break
            if not t.is_space:
                after.append(t.i)
        if len(after) < 3:
            return None
        # "CNN Chief On Trump: ‘…’", "Mayor About Cuts: …": a headline names the speaker, then what he spoke on
        topic = next((k for k, t in enumerate(names) if k > 0 and t.lower_ in {"on", "about"}), len(names))
        names = names[:topic]
        head = names[-1]
        while head.head.i != head.i and head.head in names and head.dep_ in {"compound", "flat"}:
            head = head.head
        return _Attr([tok], head, set(after), sent_k)

    def _noun_colon(self, tok: Token, sent_k: int) -> _Attr | None:
        """"sent the governor a clear message: he must step aside", "Her answer: more schools", "had some advice for
        her rivals: do not rush": a speech noun before a colon announces the words after it, to the end of the sentence.
        The noun's possessor says them, or the subject of the verb that makes, sends or gives the noun."""
        if tok.text != ":" or tok.i == 0 or self.in_quote[tok.i]:
            return None
        noun = self.doc[tok.i - 1]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in COLON_NOUNS:
            return None
        sent = self.sents[sent_k]
        after = [t.i for t in self.doc[tok.i + 1 : sent.end] if not t.is_space]
        if len(after) < 3 or any(self.in_quote[i] or self.doc[i].text in _OPENERS | {"'", "‘"} for i in after[:2]):
            return None  # a quote after the colon is attached to its cue by the quote rules
        if not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children):
            return None  # "Question: …", "Answer: …", "Point: …" label a passage; nobody is said to answer
        src = next((c for c in noun.children if c.dep_ == "poss"), None)
        if src is None:
            # "Lopez's campaign line:", "the Lopez campaign line:": a name before the noun
            src = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        up = noun
        while src is None and up.dep_ in {"pobj", "prep"} and up.head.i != up.i:
            up = up.head  # "calmed her players with a simple message:": the one who calms
        if src is None and up != noun and up.pos_ in {"VERB", "AUX"}:
            src = _subject(up, self.in_quote)
        elif src is None and up.dep_ in {"dobj", "attr", "appos"} and up.head.pos_ in {"VERB", "AUX"}:
            src = _subject(up.head, self.in_quote)
        if src is not None and (src.i > noun.i or src.ent_type_ in _NOT_SPEAKERS or not self._someone(src)):
            src = None
        cue = [noun, tok]
        return _Attr(cue, src, self._fit(noun, set(after)), sent_k)

    def _turn_label(self, tok: Token) -> bool:
        """A colon after a name at the very start of a quoted paragraph: "“WALLACE: …" (a quoted transcript)."""
        if tok.text != ":":
            return False
        k = self._quote_at(tok.idx)
        if k is None or self._para(self.spans[k][0]) != self.para_of[tok.i]:
            return False
        ps = self.paras[self.para_of[tok.i] - 1][0]
        lead = self.text[ps : self.spans[k][0]]
        return len(lead.strip()) <= 2 and tok.idx - self.spans[k][0] <= 40

    # -- direct quotes
    def _host(self, k: int, by_sent: dict[int, list[_Attr]], last: _Attr | None, last_para: int) -> _Attr | None:
        """The attribution an uncovered quoted passage belongs to, by proximity in its paragraph."""
        qs, qe = self.spans[k]
        span = self.doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        para = self._para(qs)
        sk, ek = self.sent_of[span[0].i], self.sent_of[span[-1].i]
        signed = self._signed(k, sk)
        if signed is not None:
            here = by_sent.setdefault(sk, [])
            if all(a is not signed for a in here):
                here.append(signed)
            return signed
        words = sum(1 for t in span if t.is_alpha)
        if words < 4 and not self.text[qs:qe].rstrip().endswith((".", "?", "!")) and not _spoken_clause(span, qs, qe):
            return None  # a scare quote or a title belongs to no one by mere proximity

        def near(cands: list[_Attr], where: int = para) -> _Attr | None:
            cands = [a for a in cands if a.source is not None and a.cue and self.para_of[a.cue[0].i] == where]
            return min(cands, key=lambda a: abs(a.cue[0].idx - qs)) if cands else None

        # a cue in a sentence the quote touches
        host = near([a for j in range(sk, ek + 1) for a in by_sent.get(j, [])])
        if host is not None:
            return host
        # "He released a statement: “…”" — a colon right before the quote, here or ending the last paragraph
        colon = self._colon_before(qs)
        if colon is not None:
            ck = self.sent_of[colon.i]
            host = near(by_sent.get(ck, []), self.para_of[colon.i])
            if host is not None:
                return host
            subj = self._colon_source(colon)
            if subj is not None and subj.i < colon.i:
                new = _Attr([colon], subj, set(), ck)
                by_sent.setdefault(ck, []).append(new)
                return new
        # "“…” the note says." — a bare cue right after; "He said: “…”" — a colon or bare cue right before
        host = near([a for a in by_sent.get(ek + 1, []) if a.dangling or a.cue[0].i - self.sents[ek + 1].start <= 6])
        if host is not None:
            return host
        if sk > 0:
            host = near([a for a in by_sent.get(sk - 1, []) if a.dangling or a.quoted])
            if host is not None:
                return host
        # "“…,” an angry Hollande retaliated." — dialogue punctuation, then a name and a verb we do not list
        host = self._dialogue_cue(k, by_sent)
        if host is not None:
            return host
        # the same speaker goes on: in this paragraph, or in a paragraph that is nothing but the quote, or
        # after a quote left open at the end of the last paragraph (wire style)
        if last is not None and last.source is not None:
            if para == last_para:
                return last
            if last.quoted and para == last_para + 1 and (
                    not self._words_outside_quotes(para) or self._open_at_end(last_para)):
                return last
        return None

    def _work_name(self, k: int, host: _Attr) -> bool:
        """A quoted name in title case that the host's words do not run into: "On CNN’s “State of the Union,” the
        senator said …", "“Orange is the New Black” star Dascha Polanco opened up about …", "said in an interview
        with “Fox News Sunday.”" name a show, a book or a campaign, which nobody says. One the content runs into
        ("spoke about his show “Lopez Tonight”", "isn’t about “Equal Justice Under Law”") is part of what was said."""
        qs, qe = self.spans[k]
        span = self.doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or not _titled(span) or _titled(self.sents[self.sent_of[span[0].i]]):
            return False
        if self.text[:qs].rstrip(" “\"'‘").endswith(":") or self.text[qs:qe].rstrip(" ”\"'’").endswith(("!", "?")):
            # "could not bring himself to utter: ''Donald Trump.''", "one message: “Dump Trump.”", a chant of
            # “Feel the Bern!”: words given out, not a name
            return False
        before = next((t for t in reversed(self.doc[: span.start]) if not t.is_punct), None)
        after = next((t for t in self.doc[span.end :] if not t.is_punct), None)
        if any(t is not None and (t.i in host.content or any(s <= t.idx < e for s, e in host.extra))
               for t in (before, after)):
            return False
        # the words between the content and the name, with no stop or cue among them: "… of his TBS late night show"
        last = max(host.content, default=span.start)
        cue = {t.i for t in host.cue}
        return not (last < span.start and span.start - last <= 6 and not any(
            (t.is_punct and not t.is_quote) or t.i in cue for t in self.doc[last + 1 : span.start]))

    def _signed(self, k: int, sk: int) -> _Attr | None:
        """“…” ― Carla Sanchez: a line that is a quote signed with a dash and a name, nothing else.

        Lines, not paragraphs: signed quotes are often hard-wrapped one per line. Every quoted span of the
        line (nested marks split them) joins the one attribution.
        """
        qs, qe = self.spans[k]
        ls = self.text.rfind("\n", 0, qs) + 1
        le = self.text.find("\n", qe)
        le = len(self.text) if le < 0 else le
        if ls in self._signed_lines:
            return self._signed_lines[ls]
        self._signed_lines[ls] = None
        m = _SIGNED.fullmatch(self.text[ls:le])
        if m is None:
            return None
        tail = self.doc.char_span(ls + m.start("name"), ls + m.end("name"), alignment_mode="expand")
        words = [t for t in tail or () if not t.is_space and t.text != "."]
        if not 1 <= len(words) <= 5 or not all(t.pos_ == "PROPN" or t.is_title for t in words):
            return None
        dash = self.doc.char_span(ls + m.start("dash"), ls + m.end("dash"), alignment_mode="expand")
        cue = [t for t in dash or () if not any(ch.isalnum() for ch in t.text)][-1:] if dash is not None else []
        attr = _Attr(cue, words[-1], set(), sk, extra=[(ls + m.start("body"), ls + m.end("body"))])
        self._signed_lines[ls] = attr
        return attr

    def _words_outside_quotes(self, para: int) -> int:
        """Letters of paragraph ``para`` (1-based, as ``_para`` counts) outside quote marks."""
        if not 1 <= para <= len(self.paras):
            return 0
        ps, pe = self.paras[para - 1]
        letters = sum(1 for ch in self.text[ps:pe] if ch.isalpha())
        quoted = sum(1 for s, e in self.spans if s < pe and e > ps for ch in self.text[max(s, ps) : min(e, pe)]
                     if ch.isalpha())
        return letters - quoted

    def _open_at_end(self, para: int) -> bool:
        """True when paragraph ``para`` ends inside a quote that has no closing mark."""
        if not 1 <= para <= len(self.paras):
            return False
        ps, pe = self.paras[para - 1]
        tail = self.text[ps:pe].rstrip()
        return any(s < pe and e >= ps + len(tail) - 1 for s, e in self.spans) and not tail.endswith(
            ("”", '"', "''", "»"))

    def _dialogue_cue(self, k: int, by_sent: dict[int, list[_Attr]]) -> _Attr | None:
        """A quote closed by "," "?" or "!" and followed by a name and a verb: that verb is the cue."""
        qs, qe = self.spans[k]
        if not self.text[qs:qe].rstrip().endswith((",", "?", "!")):
            return None
        after = self.doc.char_span(qe, min(len(self.text), qe + 120), alignment_mode="expand")
        if after is None:
            return None
        para = self.para_of[after[0].i] if len(after) else -1
        for t in list(after)[:10]:
            if self.para_of[t.i] != para or self.in_quote[t.i] or t.text in {".", ";"}:
                break
            if t.pos_ == "VERB" and t.tag_ in {"VBD", "VBZ", "VBP"}:
                subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > after[0].i - 1), None)
                if subj is None:
                    subj = self._nearby_source(t)
                if subj is None:
                    return None
                sk = self.sent_of[t.i]
                new = _Attr([t], subj, set(), sk)
                by_sent.setdefault(sk, []).append(new)
                return new
        return None

    def _colon_source(self, colon: Token) -> Token | None:
        """Who speaks after a colon: "Clinton wrote:", "HuffPollster:", "From the report:", "He issued a statement:"."""
        prev = colon.i - 1
        while prev >= 0 and (self.doc[prev].is_space or self.doc[prev].is_punct):
            prev -= 1
        if prev < 0 or self.in_quote[prev]:
            return None
        tok = self.doc[prev]
        if tok.pos_ in {"VERB", "AUX"}:
            tok = _described(tok)
        if tok.pos_ in {"VERB", "AUX"}:
            return _subject(tok, self.in_quote)
        if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            head = tok
            while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
                head = head.head
            if head.dep_ in {"dobj", "attr"} and head.head.pos_ in {"VERB", "AUX"}:
                return _subject(head.head, self.in_quote) or head  # "He issued a statement:"
            up = head
            while up.dep_ in {"pobj", "prep"} and up.head.i != up.i:
                up = up.head
            if up != head and up.pos_ in {"VERB", "AUX"}:
                # "He gave the idea a whirl in an interview on Tuesday:": the phrase before the colon only
                # says where and when; the verb's subject speaks
                return _subject(up, self.in_quote) or head
            return head
        unit = self.sents[self.sent_of[colon.i]]
        return _subject(unit.root, self.in_quote) if unit.root.pos_ in {"VERB", "AUX"} else None

    def _colon_before(self, qs: int) -> Token | None:
        """The colon that introduces a quote starting at ``qs`` (across at most one paragraph break)."""
        i = qs - 1
        while i >= 0 and (self.text[i].isspace() or self.text[i] in "“\"'«„"):
            i -= 1
        if i < 0 or self.text[i] != ":" or self.text.count("\n\n", i, qs) > 1:
            return None
        span = self.doc.char_span(i, i + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) and span[0].text == ":" else None

    def _framing_owner(self, owners: list[_Attr], k: int) -> _Attr | None:
        """The claimant that reports a quoted fragment inside its own words, when another would get the fragment alone.

        "responded on Twitter, calling the claim “absurd” and “reckless”": "calling" frames the quoted words, which
        hang on it more closely than on "responded", whose content would be the quoted words and nothing else. A
        closer cue whose content is only the quote keeps it ("told reporters that …, adding, “…”").
        """
        qs, qe = self.spans[k]
        if len(owners) < 2 or re.search(r"[.?!:]\W*\s+\S", self.text[qs:qe]):
            return None  # a quoted sentence or more is a quotation of its own, not a fragment of a report
        inside = [i for a in owners for i in a.content if qs <= self.doc[i].idx < qe and not self.doc[i].is_punct]
        if not inside:
            return None
        first = self.doc[min(inside)]
        up = [t.i for t in first.ancestors]

        def depth(a: _Attr) -> int:
            return min((up.index(c.i) for c in a.cue if c.i in up), default=len(up) + 1)

        def framed(a: _Attr) -> bool:
            return any(not self.in_quote[i] and self.doc[i].is_alpha and self.doc[i].dep_ != "cc" for i in a.content)

        bare = [a for a in owners if not framed(a)]
        if not bare:
            return None
        closest = min(depth(a) for a in bare)
        bare_cues = {c.i for a in bare for c in a.cue}
        lead = next((t for t in reversed(self.doc[: first.i]) if not t.is_punct and not t.is_space), None)
        if lead is None or ":" in self.text[lead.idx + len(lead) : qs]:
            return None  # 'said …: “…”' announces a quotation
        framing = [a for a in owners if framed(a) and depth(a) < closest and lead.i in a.content
                   and not bare_cues & a.content]
        return min(framing, key=depth) if framing else None

    def attach_quotes(self, attrs: list[_Attr]) -> list[_Attr]:
        """Every quoted passage belongs to one attribution: its own cue, a neighbour's, or the previous one."""
        claims: dict[int, list[_Attr]] = {}
        for a in attrs:
            for k in {self._quote_at(self.doc[i].idx) for i in a.content if self.in_quote[i]} - {None}:
                assert k is not None
                claims.setdefault(k, []).append(a)
        covered: dict[int, _Attr] = {}
        for k, owners in claims.items():
            qs, qe = self.spans[k]

            def distance(a: _Attr, qs: int = qs, qe: int = qe) -> tuple[int, int]:
                cue = a.cue[0] if a.cue else None
                if cue is None:
                    return (2, 0)
                gap = qs - cue.idx if cue.idx < qs else cue.idx - qe
                if cue.lower_ == "according":
                    return (-1, gap)  # "“…,” Sanders said, according to CNN": the report frames the quote
                return (0 if self._lemma(cue) in REPORTING else 1, gap)

            owner = self._framing_owner(owners, k) or min(owners, key=distance)
            covered[k] = owner
            for a in owners:
                if a is not owner:
                    a.content -= {i for i in a.content if self.in_quote[i] and self._quote_at(self.doc[i].idx) == k}
        attrs = [a for a in attrs if a.content or a.dangling]
        by_sent: dict[int, list[_Attr]] = {}
        for a in attrs:
            by_sent.setdefault(a.sent, []).append(a)
        last: _Attr | None = None
        last_para = -1
        for k, (qs, _) in enumerate(self.spans):
            para = self._para(qs)
            if k in covered:
                last, last_para = covered[k], para
                last.quoted = True
                continue
            host = self._host(k, by_sent, last, last_para)
            if host is not None and self._work_name(k, host):
                host = None
            if host is not None and all(host is not a for a in attrs):
                attrs.append(host)
            if host is None:
                continue  # no cue anywhere near: a title, a scare quote or a block quote of unknown source
            host.extra.append(self.spans[k])
            host.quoted = True
            host.dangling = False
            covered[k] = host
            last, last_para = host, para
        return [a for a in attrs if not a.dangling]


_TITLE_SMALL = frozenset("a an the of for and or nor but in on at to by with from as is vs".split())


def _titled(span: Span) -> bool:
    """Words in title case ("Orange is the New Black", "Midday with Charlie Sykes"): every word but the small
    ones capitalized, two at least. Running speech is not written so, a work's or a campaign's name is; a headline
    is too, so a title-case quote counts as a name only in a sentence that is not itself in title case."""
    words = [t for t in span if t.is_alpha]
    big = [t for t in words if t.is_title or t.is_upper]
    return len(big) >= 2 and bool(words) and words[0] in big and all(
        t in big or t.lower_ in _TITLE_SMALL for t in words)


def _spoken_clause(span: Span, qs: int, qe: int) -> bool:
    """A short quoted clause closed by a comma, "“I love Oreos,” he said, “but …”": a sentence cut by dialogue
    punctuation, with a subject and verb of its own, which no scare quote ("a “disaster,”") has."""
    if not span.doc.text[qs:qe].rstrip().endswith(","):
        return False
    inside = range(span.start, span.end)
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i in inside and t.head.pos_ in {"VERB", "AUX"}
               for t in span)


def _described(verb: Token) -> Token:
    """The clause a relative clause before a colon describes a noun of: in "this headline from the Post, which hits
    liberals where they live: “…”" the ones who live are no speaker; "which" (the Post) is, its clause holding the
    noun "where" hangs on. A relative clause whose own subject is the relative word ("Lopez, who told reporters:")
    is the speaker's."""
    start = verb
    while verb.dep_ == "relcl" and verb.head.i != verb.i and not any(
            c.dep_ in _SUBJ and c.lower_ in RELATIVE for c in verb.children):
        noun = verb.head
        verb = noun.head if noun.dep_ in {"dobj", "pobj", "nsubj", "attr"} and noun.head.i != noun.i else noun
        while verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return start
    # only a clause nested in a relative clause whose subject is the relative word: "Why she's protesting:" is a label
    if verb is start or verb.dep_ != "relcl":
        return start
    return verb


def _whether_clauses(noun: Token) -> list[Token]:
    """The "whether" clauses a noun asks, on the noun itself or through its "of"/"about"/"over"/"on" phrase."""
    hosts = [noun, *(c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "about", "over", "on"})]
    return [c for h in hosts for c in h.children if c.i > noun.i and c.dep_ in {"acl", "ccomp", "pcomp", "relcl"}
            and any(m.dep_ == "mark" and m.lower_ == "whether" for m in c.children)]


def _name_of(r: Resolved | None, fallback: str) -> str:
    if r is not None and "->" in r.rule:
        return r.rule.split("->", 1)[1]
    return r.text if r is not None else fallback


_POSSESSIVE_AGREES = {"his": {"he"}, "her": {"she"}, "their": {"they", "we"}}


def _binder(tok: Token) -> Token | None:
    """The subject a possessive speaker is bound to: in "Ortiz defended his decision", "his" is Ortiz.

    Only from the possessed noun up through objects and prepositions to the first verb, and only a subject
    that agrees: a name or a matching pronoun ("he" for "his", "they" or a plural for "their").
    """
    agrees = _POSSESSIVE_AGREES.get(tok.lower_)
    if agrees is None or tok.dep_ != "poss":
        return None
    cur = tok.head
    for _ in range(4):
        if cur.pos_ in {"VERB", "AUX"} or cur.dep_ not in {"dobj", "pobj", "prep", "attr"} or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in cur.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None:
        return None
    if subj.pos_ == "PRON":
        return subj if subj.lower_ in agrees else None
    if tok.lower_ == "their":
        return subj if subj.tag_ in {"NNS", "NNPS"} or subj.ent_type_ in {"NORP", "ORG"} else None
    return subj if subj.ent_type_ == "PERSON" else None


_SPEAKING_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


def _coordination(doc: Doc, i: int) -> tuple[int, int] | None:
    """Character span of the coordination a plural pronoun's antecedent stands in: "France and Germany
    signed. They said …" is both, not the one conjunct the actor layer remembers. None when not coordinated."""
    if not 0 <= i < len(doc):
        return None
    head = doc[i]
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in {"PROPN", "NOUN"}:
        head = head.head
    parts = [head, *head.conjuncts]
    if len(parts) < 2 or any(t.ent_type_ not in _SPEAKING_ENTS for t in parts):
        return None  # "Congress and the news media", "progressivism and the party": not two speakers
    left = min(_np_bounds(t)[0] for t in parts)
    right = max(_np_bounds(t)[1] for t in parts)
    return doc[left].idx, doc[right].idx + len(doc[right])


def _nearest_person(doc: Doc, tok: Token, actors: DocActors, quoted: list[bool] | None) -> Span | None:
    """The last PERSON entity before ``tok`` that the pronoun's gender allows: the antecedent of an
    unknown "he"/"she" ("Mrs. Lopez met Ben Adeyemi. She said …" is Lopez). Not a name inside quoted words:
    the speaker's "I" is the one who talks there ("“I love Oreos,” he said": the tagger's person is a thing)."""
    want = PRONOUN_GENDER.get(tok.lower_)
    persons = [e for e in doc.ents if e.end <= tok.i and e.label_ == "PERSON" and not (quoted and quoted[e.root.i])]
    if want is None:
        return persons[-1] if persons else None
    return next((e for e in reversed(persons) if actors.name_gender(e) in {None, want}), None)


def _people_word(tok: Token) -> bool:
    """A plural that names people: a name or group, or a noun for doers ("organizers", "economists", "earners",
    "residents", "liberals"), not things said ("arguments", "contributions", "issues")."""
    low = tok.lemma_.lower()
    if tok.ent_type_ in {"PERSON", "ORG", "NORP"} or tok.pos_ == "PROPN" or low in COLLECTIVE:
        return True
    if low in THING_LOOKALIKES:
        return False
    return low.endswith(("er", "or", "ist", "ian", "ant", "al", "ive")) or (low.endswith("ent") and not low.endswith("ment"))


def _person_subject_before(tok: Token, actors: DocActors, quoted: list[bool] | None) -> tuple[int, int] | None:
    """Character span of the person a "he" or "she" stands for when the dictionary does not know them: the nearer
    of a named subject (:func:`_named_subject_before`) and a speaker known only by a common noun
    (:func:`_noun_speaker_before`)."""
    found = [f for f in (_named_subject_before(tok, actors, quoted), _noun_speaker_before(tok, actors, quoted)) if f]
    return max(found) if found else None


def _noun_speaker_before(tok: Token, actors: DocActors, quoted: list[bool] | None) -> tuple[int, int] | None:
    """Character span of the one who spoke in the sentence before, or earlier in the pronoun's own, when a singular
    noun for a person names them (a role, a doer's word, or one a "who" follows): "…, said a Baghdad-based political
    analyst, who asked not to be named. '…,' he said." The analyst is no actor of the dictionary's, so the
    coreference history skips him for a person named further back."""
    want = PRONOUN_GENDER.get(tok.lower_)
    if want is None or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    doc = tok.doc
    for t in reversed(doc[_previous_sentence_start(tok) : tok.i]):
        if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.tag_ == "NN" and main_subject(t) \
                and t.head.lemma_.lower() in SPEECH_VERBS and not (quoted and quoted[t.i]) \
                and noun_gender(t) in {None, want} and (_people_word(t) or actors.agent_of(t) is not None or (
                    (rel := _relative_after(t)) is not None and rel.lower_ == "who")):
            left, right = _np_bounds(t)
            return doc[left].idx, doc[right].idx + len(doc[right])
    return None


def _named_subject_before(tok: Token, actors: DocActors, quoted: list[bool] | None) -> tuple[int, int] | None:
    """Character span of the nearest named person who is a subject in its sentence or the one before, of a gender
    the pronoun allows ("Mr. Singer loved the letter so much that he …", "Kasich is trumpeting …. But he says …"),
    outside quoted words."""
    want = PRONOUN_GENDER.get(tok.lower_)
    if want is None or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    doc = tok.doc
    start = _previous_sentence_start(tok)
    for e in reversed([e for e in doc.ents if e.label_ == "PERSON" and start <= e.start and e.end <= tok.i]):
        if e.root.dep_ in {"nsubj", "nsubjpass"} and actors.name_gender(e) in {None, want} and not (
                quoted and quoted[e.root.i]):  # a name in someone's quoted words is no antecedent
            # "Mr. Lopez said Mr. Brandt had lied. He …": the subject of a clause below a person's main verb
            # is not who "he" goes on to be; the main clause's subject is, named (taken further on) or a
            # pronoun (what that pronoun stands for: no nearest subject here)
            head = next((m for m in doc[e.sent.start : e.root.i] if main_subject(m) and m.i != tok.i), None)
            if main_subject(e.root) or head is None or (quoted and quoted[head.i]) or "\n" in doc.text[
                    head.idx : e.start_char]:  # a paragraph break the parser ran over ends the clause's sentence
                return e.start_char, e.end_char
            name = next((x for x in doc.ents if x.label_ == "PERSON" and x.start <= head.i < x.end), None)
            if name is not None:
                if actors.name_gender(name) in {None, want}:
                    continue
            elif PRONOUN_GENDER.get(head.lower_) == want:
                return None
            return e.start_char, e.end_char
    return None


def _previous_sentence_start(tok: Token) -> int:
    """Token index where the sentence before ``tok``'s starts (its own at the document's start)."""
    start = tok.sent.start
    return tok.doc[start - 1].sent.start if start > 0 else start


def _bare_both(tok: Token) -> bool:
    """"Both said …": "both" standing alone for a pair named before, as "they" does (not "both of them", whose
    "of" phrase names the pair itself)."""
    return tok.lower_ == "both" and tok.dep_ in {"nsubj", "nsubjpass"} and not any(True for _ in tok.children)


def _plural_subject_before(tok: Token, actors: DocActors) -> tuple[int, int] | None:
    """Character span of the plural noun that a "they" (or a bare "both") stands for: the nearest plural subject
    before it, in its sentence or the one before ("Liberals got mad because they …", "Organizers say they …").
    Actors the document names are in the coreference history; plain plurals ("liberals", "immigration
    officials") are not. "Both" counts two, so a coordination of names is one too ("Lopez and Brandt met …
    Both said")."""
    doc = tok.doc
    start = _previous_sentence_start(tok)
    for t in reversed(doc[start : tok.i]):
        if tok.lower_ == "both" and t.dep_ in {"nsubj", "nsubjpass"}:
            pair = _coordination(doc, t.i)
            if pair is not None:
                return pair
        if t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ in {"NNS", "NNPS"} and t.pos_ in {"NOUN", "PROPN"} and (
                t.ent_type_ not in _NOT_SPEAKERS) and (actors.agent_of(t) is not None or _people_word(t)):
            left, right = _np_bounds(t)
            return doc[left].idx, doc[right].idx + len(doc[right])
    return None


@dataclass(frozen=True, slots=True)
class _Speaker:
    actor: Resolved | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    name: str | None = None
    ref: tuple[int, int] | None = None  # the mention a pronoun or "who" stands for


def _standing_for(tok: Token, ante: Token, how: str, actors: DocActors) -> _Speaker:
    """``tok`` (a relative or possessive pronoun) as the speaker, with the actor and mention of ``ante``,
    the token it stands for."""
    s, e = tok.idx, tok.idx + len(tok)
    inner = _speaker(ante, actors)
    r = inner.actor
    if r is not None:
        r = Resolved(r.code, tok.text, s, e, f"coref:{how}->{inner.name}", r.entity, r.kind, r.plural, tok.i)
    ref = (inner.start, inner.end) if inner.start is not None and inner.end is not None else None
    return _Speaker(r, tok.text, s, e, inner.name, ref)


def _conjoined_bounds(tok: Token, left: int, right: int, quoted: list[bool] | None) -> tuple[int, int]:
    """Token bounds of the whole coordination a speaker stands in: "Netanyahu and other Israeli leaders said",
    "GOP contender and former neurosurgeon Ben Carson responded" speak together (or are one person described
    twice), not the first conjunct alone. ``left``/``right`` are the speaker's own noun phrase."""
    doc = tok.doc
    parts = [c for c in tok.conjuncts if c.pos_ in {"NOUN", "PROPN", "PRON"} and c.i > tok.i]
    if any(c.dep_ == "appos" and doc[c.left_edge.i - 1].text == "," for c in tok.rights) and any(
            d.dep_ == "det" and d.lower_ in {"a", "an"} for c in parts for d in c.children):
        return left, right  # "Ada Lopez, a professor at the college and a Democrat, said": one person described
    if tok.dep_ == "conj" or not parts:
        return left, right
    end = max(_np_bounds(c)[1] for c in parts)
    if any(t.pos_ in {"VERB", "AUX"} or (quoted and quoted[t.i]) or "\n" in t.text for t in doc[right + 1 : end + 1]):
        return left, right  # a clause or quoted words in between: not one noun phrase
    return left, end


def _named_beside(tok: Token, quoted: list[bool] | None) -> Token | None:
    """The person's name in apposition after a common noun that is the speaker: "One pastor, Ada Lopez, said",
    "one of the men, Ben Adeyemi, 70, said". The name is who spoke; the noun only describes them."""
    if tok.tag_ not in {"NN", "CD"} and tok.lower_ != "one":
        return None  # "The three scholars, Mr. Tribe, …", "Four casinos, …": one name of several is not all of them
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "appos" or c.i <= tok.i or c.ent_type_ != "PERSON" or (quoted and quoted[c.i]):
            continue
        left = c.left_edge.i
        after_comma = doc[left - 1].text == "," or left == _np_bounds(tok)[1] + 1
        if not doc[left].text[0].isalnum() or not after_comma or any(g.dep_ == "conj" for g in c.children):
            return None  # "Reid: 'Never underestimate Trump'", a list of names: not the noun's one person
        return c
    return _name_after_name(tok, quoted)


def _name_after_name(tok: Token, quoted: list[bool] | None) -> Token | None:
    """A person's name set off by commas at the end of the speaker's phrase but hung by the parser on a name inside
    its modifier: in "One pastor supporting Mr. Cruz, Ada Lopez, said" or "A spokesman for Mayor Bill de Blasio,
    Eric Phillips, said" a name does not rename another name, so it names the pastor or the spokesman."""
    doc = tok.doc
    for c in doc[tok.i + 1 : tok.right_edge.i + 1]:
        host = c.head
        if (c.dep_ != "appos" or host.pos_ != "PROPN" or host.i >= c.i or c.pos_ != "PROPN"
                or c.ent_type_ not in {"PERSON", ""} or host.ent_type_ not in {"PERSON", ""}
                or (quoted and quoted[c.i]) or doc[c.left_edge.i - 1].text != ","):
            continue
        end = c.right_edge.i + 1  # the comma closing the name closes the speaker's whole phrase
        if end < len(doc) and doc[end].text == "," and end >= tok.right_edge.i and any(
                p.dep_ in {"acl", "prep"} and p.i < host.i for p in tok.rights) and not any(
                g.dep_ == "conj" for g in c.children):
            return c
    return None


def _past_time(ante: Token) -> Token:
    """The noun before a time phrase, for the antecedent of a relative: in "released the records in July, which
    showed …" the parser hangs the clause on "July", but a date shows nothing; the records do (the noun the
    phrase hangs on, or the object of the verb it hangs on)."""
    if ante.ent_type_ not in {"DATE", "TIME"} or ante.dep_ != "pobj":
        return ante
    up = ante.head.head
    if up.pos_ in {"NOUN", "PROPN"}:
        return up
    obj = next((c for c in up.children if c.dep_ == "dobj" and c.i < ante.i), None) if up.pos_ == "VERB" else None
    return obj if obj is not None else ante


def _word_start(tok: Token) -> int:
    """Where a word starts without a list dash the tokenizer left glued to it ("-Matthew Yglesias thinks …")."""
    glued = len(tok.text) - len(tok.text.lstrip("-–—―"))
    return tok.idx + glued if 0 < glued < len(tok.text) and tok.text[glued].isalpha() else tok.idx


def _speaker(tok: Token | None, actors: DocActors, quoted: list[bool] | None = None) -> _Speaker:
    """Resolved actor, surface text and span of the source token, and what a pronoun stands for."""
    if tok is None:
        return _Speaker()
    doc = tok.doc
    if tok.lower_ in RELATIVE:
        ante = tok.head.head if tok.head.dep_ in {"relcl", "acl"} and tok.head.head.i != tok.head.i else None
        if ante is None and tok.i > 0:  # a relative the parser hung elsewhere: the noun it follows
            before = doc[tok.i - 2] if doc[tok.i - 1].text == "," and tok.i > 1 else doc[tok.i - 1]
            rel = _relative_after(before)
            ante = before if before.pos_ in {"NOUN", "PROPN"} and rel is not None and rel.i == tok.i else None
        if ante is None or ante.lower_ in RELATIVE:
            return _Speaker(None, tok.text, tok.idx, tok.idx + len(tok))
        ante = _past_time(ante)
        return _standing_for(tok, actors.described_actor(ante) or ante, "relative", actors)
    binder = _binder(tok)
    if binder is not None:
        return _standing_for(tok, binder, "possessive", actors)
    beside = _named_beside(tok, quoted)
    left, right = _np_bounds(beside if beside is not None else tok)
    own = doc.text[_word_start(doc[left]) : doc[right].idx + len(doc[right])]
    if beside is None:
        left, right = _conjoined_bounds(tok, left, right, quoted)
    s, e = _word_start(doc[left]), doc[right].idx + len(doc[right])
    text = doc.text[s:e]
    pronoun = tok.pos_ == "PRON" and tok.lower_ in PERSON_PRONOUNS | {"it", "they"}
    r = actors.resolve(tok)
    earlier = actors.antecedent(tok, want="person" if tok.lower_ in PERSON_PRONOUNS - {"they", "we"} else
                                "plural" if tok.lower_ in {"they", "we"} else "thing") if pronoun and r else None
    if r is not None:
        if r.start < 0:
            r = Resolved(r.code, r.text, s, e, r.rule, r.entity, r.kind, r.plural, tok.i)
        ref = (earlier.start, earlier.end) if earlier is not None and earlier.start >= 0 else None
        name = text if beside is not None else _name_of(r, text)
        if earlier is not None and tok.lower_ in {"they", "we"}:
            both = _coordination(doc, earlier.token)
            if both is not None:
                ref, name = both, doc.text[both[0]:both[1]]
        group = _plural_subject_before(tok, actors) if tok.lower_ == "they" else _person_subject_before(tok, actors,
                                                                                                         quoted)
        if group is not None and (earlier is None or group[0] > earlier.start or not (
                0 <= earlier.token < len(doc) and doc[earlier.token].dep_ in {"nsubj", "nsubjpass"})):
            # the nearer mention, or a subject before an actor named in passing ("Liberals got angry at the
            # White House because they …"); the exported actor follows it, coded or not
            ref, name = group, doc.text[group[0]:group[1]]
            span = doc.char_span(group[0], group[1], alignment_mode="expand")
            named = actors.resolve(span.root) if span is not None else None
            r = (Resolved(named.code, tok.text, s, e, f"coref:nearest-subject->{named.text}", named.entity, named.kind,
                          named.plural, tok.i) if named is not None and named.code else
                 Resolved("", tok.text, s, e, f"coref:nearest-subject->{name}", f"text:{name}",
                          "group" if tok.lower_ == "they" else "person", tok.lower_ == "they", tok.i))
        return _Speaker(r, text, s, e, name, ref)
    group = _plural_subject_before(tok, actors) if tok.lower_ == "they" or _bare_both(tok) else None
    if group is not None:
        name = doc.text[group[0]:group[1]]
        r = Resolved("", tok.text, s, e, f"coref:plural-subject->{name}", f"text:{name}", "group", True, tok.i)
        return _Speaker(r, text, s, e, name, group)
    if tok.pos_ == "PRON" and tok.lower_ in PERSON_PRONOUNS - {"i", "we", "you", "they"}:
        person = _nearest_person(doc, tok, actors, quoted)
        if person is not None:
            name = person.text
            r = Resolved("", tok.text, s, e, f"coref:nearest-person->{name}", f"text:{name}", "person", False, tok.i)
            return _Speaker(r, text, s, e, name, (person.start_char, person.end_char))
    kind = "group" if tok.lemma_.lower() in COLLECTIVE or tok.tag_ in {"NNS", "NNPS"} else "unknown"
    r = Resolved("", text, s, e, "speaker:text", f"text:{text}", kind, tok.tag_ in {"NNS", "NNPS"}, tok.i)
    return _Speaker(r, text, s, e, own)


def extract_quotes(doc: Doc, actors: DocActors) -> list[RawQuote]:
    """Direct, partial and indirect quotes with their speakers and cues, in text order."""
    ex = _Extractor(doc, actors)
    found = [a for a in ex.cues() if not _demonstrative(a.source)]
    for a in found:
        a.content -= ex._writers_comment(a.content)
    attrs = _nested(ex.attach_quotes(found), ex.in_quote)
    for a in attrs:  # after the nesting, so a report and its "according to" both stand and nothing inside the
        a.content -= ex._sourcing(a)  # writer's background comes loose as a quote of its own
        a.content -= ex._background(a.content)
    attrs = [a for a in attrs if not _sourced_claim(a, attrs, ex.in_quote)]
    text = doc.text
    out: list[RawQuote] = []
    for a in attrs:
        spans = list(_runs(doc, a.content)) + a.extra
        spans = _merge(sorted(s for s in spans if s[1] > s[0]))
        if not spans:
            continue
        kind = _kind(doc, spans, ex.spans)
        spk = _speaker(a.source, actors, ex.in_quote)
        cue_s = a.cue[0].idx if a.cue else None
        cue_e = a.cue[-1].idx + len(a.cue[-1]) if a.cue else None
        start, end = _unwrap(text, spans[0][0], spans[-1][1])
        if end <= start:
            continue
        spans = [(max(a, start), min(b, end)) for a, b in spans if min(b, end) > max(a, start)]
        out.append(RawQuote(text[start:end], start, end, kind, spk.actor, spk.text, spk.start, spk.end,
                            text[cue_s:cue_e] if cue_s is not None else None, cue_s, cue_e, tuple(spans), spk.name,
                            spk.ref[0] if spk.ref else None, spk.ref[1] if spk.ref else None))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _reread(a: _Attr, attrs: list[_Attr]) -> bool:
    """"announced a benefit concert in support of the senator", "expressed her stance in support of migrants": a side
    phrase on the object of a verb that is itself the cue is what that verb reports, not a second side taken — the same
    verb, the same speaker, read again over part of its own content (PolNeAR train: 4 of 4 such were not annotated)."""
    return bool(a.cue) and any(
        b is not a and b.cue and b.cue[0].i == a.cue[0].i and len(b.cue) < len(a.cue) and b.source is not None
        and a.source is not None and b.source.i == a.source.i and a.content < b.content for b in attrs)


def _sourced_claim(a: _Attr, attrs: list[_Attr], quoted: list[bool]) -> bool:
    """"Most voters said the economy is worse, according to a new poll", "the president told her it was not that
    simple, according to an account of the meeting": a report in its own words whose cue lies inside what an
    "according to" phrase attributes is the source's claim, one attribution, the "according to" one (PolNeAR
    train half 1: 25 of 30 such inner reports matched no gold). A direct quote keeps its own speaker ("“…,”
    Sanders said, according to CNN"): what is mostly in quote marks stays."""
    if not a.cue or a.cue[0].lower_ == "according" or 2 * sum(1 for i in a.content if quoted[i]) >= len(a.content):
        return False
    return any(b is not a and b.cue and b.cue[0].lower_ == "according" and all(t.i in b.content for t in a.cue)
               for b in attrs)


_OPENERS = {"“", '"', "«", "„"}
_CLOSING = frozenset({"”", '"', "''", "»"})
_ENDERS = {"”", '"', "»", "“"}


def _demonstrative(source: Token | None) -> bool:
    """A bare "that" or "this" as the source: "That said, …", "That suggests a lack of confidence", "This shows how
    …" are the writer's own inference about what came before, not anyone's statement (a relative "that" is WDT)."""
    return source is not None and source.tag_ == "DT" and source.lower_ in {"that", "this"} and not any(
        True for _ in source.children)


def _unwrap(text: str, start: int, end: int) -> tuple[int, int]:
    """A wholly quoted passage without its own marks and closing comma: “We will not tolerate this,”
    is the statement We will not tolerate this — readers and offsets then show the words said."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end - start < 3 or text[start] not in _OPENERS:
        return start, end
    close = end - 1
    if text[close] in ",.;:" and close - 1 > start and text[close - 1] in _ENDERS:
        close -= 1  # “…”, — the comma after the mark is the reporter's
    if text[close] not in _ENDERS:
        return start, end
    inner = text[start + 1 : close]
    if any(ch in _OPENERS | _ENDERS for ch in inner):
        return start, end  # several quoted pieces: keep the whole passage
    s, e = start + 1, close
    while e > s and text[e - 1] in ",;: ":
        e -= 1
    return s, e


def _kind(doc: Doc, spans: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> str:
    """direct: the content is quoted words that make a statement of their own; partial: a quoted fragment
    inside the reporter's words ("promised “severe revenge”"), or quoted words the reporter's own frame or connective
    leads into ("warned that “…”", "said the tone “was …”", "says “…” because “…”"); indirect: no quote marks."""
    inside = [(max(s, qs), min(e, qe)) for s, e in spans for qs, qe in quotes if min(e, qe) > max(s, qs)]
    if not inside:
        return "indirect"
    if any(t.is_alpha and not any(s <= t.idx < e for s, e in inside)
           for s, e in spans for t in (doc.char_span(s, e, alignment_mode="expand") or ())):
        return "partial"
    toks = [t for s, e in inside for t in (doc.char_span(s, e, alignment_mode="expand") or ())]
    statement = sum(1 for t in toks if t.is_alpha) >= 3 and any(t.pos_ in {"VERB", "AUX"} for t in toks)
    return "direct" if statement else "partial"


def _nested(attrs: list[_Attr], quoted: list[bool]) -> list[_Attr]:
    """A cue inside another attribution's content is part of what is reported, not a second attribution.

    "Officials said the mayor wants a recount": one attribution, as a reader (and a univocal annotation,
    where each word has one role) sees it. A speaker's own follow-up ("…, adding …", "… and added …", "said A and
    predicted B") and a second poll share's answer ("…, while 41 percent said …") stay second attributions, cut out
    of the first, whether or not they quote (a quoting one only when it hangs on the first report, not on a named
    third party's deed inside it: ``_speakers_verb``). A nested cue that took a quoted fragment keeps it, unless it
    only names what the outer report is about (``_framed_fragment``): then the fragment goes back to the outer
    report. Keeping every nested report as a quote of its own as well was measured and refused: PolNeAR marks
    the outer report only (1,506 added on train half 1, 161 of them gold; no cue, tense or clause class reaches the
    ~40% that would pay; content+speaker 0.7682 -> 0.7277, half 2 0.7751 -> 0.7286).
    """
    inside: set[int] = set()
    for a in attrs:
        inside |= a.content
    out: list[_Attr] = []
    for a in attrs:
        if a.cue and all(t.i in inside for t in a.cue) and not a.extra:
            owners = [b for b in attrs if b is not a and a.cue[0].i in b.content]
            closing = next((b for b in owners if _closing_report(b, a)), None)
            if closing is not None:  # "He said A, the Post reported": the Post's report holds his
                closing.content |= {i for i in a.content if quoted[i]}
                continue
            if owners and not any(t.i in a.content for b in owners for t in b.cue):
                head = a.cue[-1] if a.cue[-1].pos_ == "VERB" else a.cue[0]
                # a quoting cue in the first cue's form ("said A and predicted that … “a different story”") is a
                # second report of the first's speaker (``again``), no follow-up of the reported clause's subject
                follow_up = head.dep_ in {"advcl", "conj"} and head.lemma_.lower() in REPORTING and (
                    head.tag_ == "VBG" or head.dep_ == "conj") and (
                    any(quoted[i] for i in a.content) or _trailing_participle(head, owners)) and not (
                    a.quoted and (_same_form(head, owners[0]) or not _speakers_verb(head.head, owners)))
                # "52 percent said A, while 41 percent said B", "and a quarter said B": a second share of a
                # poll, coordinated with the first report, answers for itself
                share = not a.quoted and head.dep_ in {"conj", "advcl"} and head.lemma_.lower() in REPORTING and any(
                    c.dep_ == "nsubj" and _poll_share(c) for c in head.children)
                # "said that she would not run again and predicted that …": a second report by the same speaker, with
                # no subject of its own, that the parser coordinated with the reported clause instead of the first cue
                again = not follow_up and head.pos_ == "VERB" and (
                    (head.dep_ == "conj" and head.lemma_.lower() in REPORTING) or _paired_participle(head, owners[0])
                ) and not any(c.dep_ in _SUBJ for c in head.children) and _second_report(head, owners[0])
                # "…, which she said was earlier than planned", "a rise that its leader said was too small": a report in a
                # relative clause, by someone named in it, is that speaker's own aside on the noun
                aside = not a.quoted and head.dep_ == "relcl" and head.lemma_.lower() in REPORTING and a.source is not None and (
                    a.source.lower_ not in RELATIVE and a.source.head.i == head.i) and any(
                    c.dep_ == "ccomp" and any(k.dep_ in {"nsubj", "nsubjpass"} and k.lower_ in RELATIVE
                                              for k in c.children) for c in head.children) and not any(
                    head.head.head.i == t.i for b in owners for t in b.cue)  # "praised the volunteers who she said …"
                contrast = None if follow_up or share or again or aside else _contrast_clause(head, a, owners)
                if not (follow_up or share or again or aside or contrast is not None):
                    if _relative_report(head):
                        out.append(a)  # nested: the outer report keeps the clause its relative sits in
                    elif a.quoted and (_framed_fragment(head) or _own_fragment(head, a, owners[0])):
                        owners[0].content |= {i for i in a.content if quoted[i]}  # its quoted words go back
                    elif a.quoted:
                        out.append(a)
                    continue
                if again:  # its quoted words, which the first attribution had taken: "and questioning how he has “…”"
                    a.content |= {t.i for t in head.subtree if t.i > head.i and quoted[t.i] and any(
                        t.i in b.content for b in owners)}
                cut = a.content | {t.i for t in a.cue} | ({t.i for t in head.subtree} if share or aside else set())
                if again:  # from its verb on, with its addressee: "and tells the crowd he was …"
                    cut |= {t.i for t in head.subtree if t.i > head.i}
                if contrast is not None:
                    cut |= {t.i for t in contrast.subtree}
                    # the words it quotes, which the first attribution had taken: "wants to “take America backward”"
                    a.content |= {t.i for t in contrast.subtree if t.i > head.i and quoted[t.i] and any(
                        t.i in b.content for b in owners)}
                first = next((b for b in owners if any(t.i == head.head.i for t in b.cue)), owners[0])
                if (again or (follow_up and _trailing_participle(head, owners))) and first.source is not None and not (
                        again and a.quoted and a.source is not None and a.source.lower_ in PERSON_PRONOUNS
                        and a.source.head.i == head.head.i):
                    # whoever made the first report makes the second (the one whose cue it hangs on); "she laughed
                    # and admitted": a pronoun subject of the verb it is joined to is that speaker's nearer mention
                    a.source = first.source
                for b in owners:
                    b.content -= cut
                    if again:  # the full stop after the second report closes it, not the first
                        b.content -= {i for i in b.content if i > head.i and head.doc[i].is_punct}
                    while (again or follow_up) and b.content and max(b.content) < head.i and (
                            head.doc[max(b.content)].dep_ in {"cc", "punct"}) and (
                            head.doc[max(b.content)].text not in _CLOSING):  # "tell him “no more nonsense”"
                        b.content.discard(max(b.content))  # the "and" that joined the two reports is neither's
        out.append(a)
    return [a for a in out if a.content or a.extra]


_TIME_PREPS = frozenset("after before since until upon while".split())
_SUBORDINATORS = frozenset("when whenever before after until till once if unless because since while".split())


def _speakers_verb(verb: Token, owners: list[_Attr]) -> bool:
    """Is ``verb``, which a quoting follow-up hangs on, the first report's own cue or a verb with no named subject of
    its own ("said he would run, insisting “…”")? Not "reported Trump welcomed the news, saying “…”": Trump's
    follow-up stays inside what the outlet reported."""
    return any(t.i == verb.i for b in owners for t in b.cue) or not any(
        c.dep_ in _SUBJ and c.pos_ in {"PROPN", "NOUN"} for c in verb.children)


def _framed_fragment(head: Token) -> bool:
    """"mocked Trump for calling himself the “king of debt,”", "talked about continuing the “progress …”", "the
    reported bomber had “Syrian roots”": a cue that is a preposition's gerund or a noun's modifier inside another
    report names what that report is about; the words it quotes are the outer speaker's. A time preposition sets
    a later report of its own apart ("said … before claiming that …"), and so does a subject of its own ("seeks the
    enactment of what it calls “sensible laws”": the group calls them that)."""
    return head.dep_ == "amod" or (head.dep_ == "pcomp" and head.head.lower_ not in _TIME_PREPS and not any(
        c.dep_ in _SUBJ for c in head.children))


def _closing_report(outer: _Attr, inner: _Attr) -> bool:
    """"He said at a conference that he was “very comfortable” with it, the Post reported", "Russians now say they
    admire him, a study concluded": a report closing its sentence after a comma reports everything before it, the
    earlier report included, though the earlier one's clause ran on over it (PolNeAR marks the closing report only:
    train half 1 3 of 3, half 2 2 of 2). Not "…, asked Dunn": an inverted speaker after the verb."""
    verb = next((t for t in outer.cue if t.pos_ == "VERB"), None)
    src = outer.source
    if verb is None or src is None or verb.lemma_.lower() not in REPORTING or not inner.cue or not outer.content:
        return False
    left = src.left_edge.i
    if not (inner.cue[0].i < left < src.i < verb.i) or max(outer.content) >= left or src.pos_ not in {"NOUN", "PROPN"}:
        return False
    before = src.doc[left - 1] if left > 0 else None
    return before is not None and (before.text == "," or before.text in _CLOSING) and any(
        t.i in inner.content for t in outer.cue)


_SAME_PERSON = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she", "they": "they", "their": "they",
                "them": "they"}


def _own_fragment(head: Token, inner: _Attr, outer: _Attr) -> bool:
    """"Sanders has made clear that he expects the rival camp to unleash “attack dogs”", "De Blasio repeated his claim
    that “profit-making” …", "denounced what he called the “deeply pessimistic” vision": a quoting cue inside another
    report whose speaker is that report's own speaker (the same word, or a pronoun bound to it with no other person
    named between) is part of the one statement; its quoted words go back to it (PolNeAR train: such inner reports
    were almost never annotated, the outer one was). Not a second verb coordinated with the first ("framed it, but
    also decided to …"), a participle ("…, warning it would “…”", "before claiming that …") or a relative clause on a
    noun ("swiped at Rubio, whom he dubbed “…”", "an op-ed in which she called for …"): those are reports of their
    own."""
    src, own = inner.source, outer.source
    if src is None or own is None or head.dep_ in {"conj", "relcl"} or head.tag_ == "VBG" or not outer.cue or any(
            t.i == head.i for t in outer.cue):
        return False
    if src.i == own.i:
        return True
    person = _SAME_PERSON.get(src.lower_)
    if person is None or src.pos_ != "PRON" or own.i > src.i or own.sent.start != src.sent.start:
        return False
    between = src.doc[own.i + 1 : src.i]
    if any(t.ent_type_ == "PERSON" or (t.pos_ == "PRON" and t.lower_ in _SAME_PERSON and _SAME_PERSON[t.lower_] != person)
           for t in between):
        return False  # "Trump said Cruz told him he would …": someone else is named on the way
    if own.pos_ == "PRON":
        return _SAME_PERSON.get(own.lower_) == person
    plural = own.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in own.children)
    if person == "they":
        return plural or own.ent_type_ in {"ORG", "NORP"}
    return not plural and own.pos_ in {"NOUN", "PROPN"} and own.ent_type_ in {"", "PERSON"}  # "The governor …, she"


def _relative_report(head: Token) -> bool:
    """"said he met voters who say the law is a failure", "praised the town halls, which he says cannot be bought":
    a finite reporting verb in a relative clause inside another report is a second report of its own, nested in
    the first; the first keeps its whole content. It reports a clause: "the book she wrote", "a question he responded
    to" name a thing, not what was said. Not a participle or perfect ("who has said"), nor a stance verb."""
    return head.dep_ == "relcl" and head.tag_ in {"VBD", "VBZ", "VBP"} and head.lemma_.lower() in REPORTING and any(
        c.dep_ in {"ccomp", "xcomp"} for c in head.children)


def _trailing_participle(head: Token, owners: list[_Attr]) -> bool:
    """"said he would run again, insisting that …", "said the bill would pass, arguing that …": a reporting
    participle with no subject of its own, set off by a comma at the end of what another speaker's verb reports, is a
    second report of its own, whether or not it quotes, and the first speaker's."""
    return head.tag_ == "VBG" and head.dep_ == "advcl" and head.left_edge.i == head.i and head.i > 0 and (
        head.doc[head.i - 1].text == ",") and not any(c.dep_ in _SUBJ for c in head.children) and all(
        b.cue and b.cue[-1].pos_ == "VERB" and b.cue[-1].sent.start == head.sent.start and b.cue[-1].i < head.i
        for b in owners)


_CONTRAST_MARKS = frozenset("while whereas though although".split())


def _contrast_clause(head: Token, inner: _Attr, owners: list[_Attr]) -> Token | None:
    """"argued that A, while her rival has said B", "said A, though she did not discuss B": a trailing "while",
    "though" or "even as" clause inside the reported content, whose own subject makes another report, sets that
    report against the first one; it is not part of what the first speaker said. Returns the clause's head."""
    src = inner.source
    if src is None or src.lower_ in RELATIVE or _share_number(src) or _poll_share(src):
        return None  # "28 percent backed A, while 23 percent backed B" is one finding
    if head.pos_ != "VERB" or head.lemma_.lower() not in CUE_VERBS - NAMING or head.i in {t.i for t in src.subtree}:
        return None  # not "even as Dorsey, recently named chief executive, …"
    tok = head
    while tok.dep_ != "advcl" and tok.head.i != tok.i:
        tok = tok.head
    # a trailing clause only: "that while he fears A, B" concedes A within what the speaker said
    if tok.dep_ != "advcl" or tok.i < tok.head.i or not all(tok.i in b.content for b in owners):
        return None
    if src.head.i != tok.i or src.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # the clause's subject reports
    marks = {m.lower_ for m in tok.children if m.dep_ == "mark"}
    even_as = "as" in marks and any(c.lower_ == "even" for c in tok.subtree if c.i < tok.i and c.dep_ == "advmod")
    if not (marks & _CONTRAST_MARKS or even_as) or (marks & {"as", "if"} and not even_as):  # "as though he were …"
        return None
    if any(b.source is not None and b.source.i == src.i for b in owners):
        return None
    return tok


def _second_report(verb: Token, first: _Attr) -> bool:
    """A finite reporting verb coordinated inside ``first``'s reported clause that is ``first``'s speaker's: in the
    same form as ``first``'s cue ("said that she would not run and predicted …", "said …, but did not suggest …"),
    or after a clause whose subject cannot be its speaker ("says the goal is …, but conceded …") or is a pronoun
    ("has indicated he would …, and suggesting …"). Not "says he'd sit Putin down and tell him" or "who was
    nominated … and confirmed …" (no finite form), nor "said the mayor wants … and argues …" (the mayor argues)."""
    form = _form(verb)
    if form not in {"VBD", "VBZ", "VBP", "VBG"} or verb.head.dep_ == "relcl" or any(
            c.dep_ in {"agent", "auxpass"} for c in list(verb.children) + list(verb.head.children)):
        return False  # "Gruenberg, who was nominated … and confirmed by the Senate": a passive in a relative clause
    if _same_form(verb, first):
        return True
    subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is None or subj.lower_ in PERSON_PRONOUNS or not _agentive(subj)


def _paired_participle(verb: Token, first: _Attr) -> bool:
    """"…, telling CNN that Trump is a “faker” and questioning how he …": a speech participle right after "and", in
    the form of ``first``'s participle cue, that the parser hung on a finite verb of the reported clause is the
    speaker's second report. Not one coordinated with a participle of the clause ("saying the police were
    harassing and questioning migrants": the police question)."""
    cue = next((t for t in first.cue if t.pos_ == "VERB"), None)
    return verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "and" and (
        verb.lemma_.lower() in SPEECH_VERBS) and verb.head.tag_ != "VBG" and cue is not None and (
        cue.tag_ == "VBG" and cue.i < verb.i)


def _same_form(verb: Token, first: _Attr) -> bool:
    """Is ``verb`` in the form of ``first``'s cue verb ("said … and predicted", "says … and tells")?"""
    cue = next((t for t in first.cue if t.pos_ == "VERB"), None)  # "is noting": the verb, not its auxiliary
    return cue is not None and _form(cue) == _form(verb)


def _form(verb: Token) -> str:
    """The tense a verb shows: its own tag, or its "do" auxiliary's ("did not suggest" is past). A bare form
    coordinated with a verb that has no modal or "to" is a plural present ("fear that … has missed …, and warn …");
    with one, it shares it ("he'd sit him down and tell him", "wants to talk to or yell at")."""
    if verb.tag_ != "VB":
        return verb.tag_
    do = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "do"), None)
    if do is not None:
        return do.tag_
    if verb.dep_ == "conj" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and verb.head.tag_ != "VB" \
            and not any(c.dep_ == "aux" and c.tag_ in {"MD", "TO"} for c in verb.head.children):
        return "VBP"
    return verb.tag_


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
