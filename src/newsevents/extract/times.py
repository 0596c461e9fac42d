"""Time expressions in a Doc, resolved against the article date.

The NER finds most dates; a capitalised date-phrase pattern adds the ones it misses or buries in
a longer entity. Whether a weekday or yearless date looks forward is read off the clause it
modifies (:func:`refers_to_future`), because wire copy dates past events by bare weekday.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsevents.model import TimeRef
from newsevents.nlp.tree import has_negation, has_to_marker, straight_lower
from newsevents.resolve.dates import HOLIDAYS, MONTHS, WEEKDAYS, resolve_time

__all__ = ["TimeMention", "extract_times", "refers_to_future"]


def _names(words: list[str], *, possessive: bool = False) -> str:
    """Capitalised alternatives, longest first; ``possessive`` lets "years" match "Year's" too."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        parts = [p if p == "of" else p.capitalize() for p in w.split()]
        if possessive:  # HOLIDAYS keys drop apostrophes
            parts = [re.sub(r"s$", "['\u2019]?s['\u2019]?", p) if len(p) > 3 and p.endswith("s") else p
                     for p in parts]
        out.append(r"\s+".join(parts))
    return "|".join(out)


# full weekday names, or abbreviations with their optional period ("Thurs.")
_WD = rf"(?:{_names([w for w in WEEKDAYS if len(w) > 5])}|(?:{_names([w for w in WEEKDAYS if 3 < len(w) <= 5])})\.?)"
_MON = rf"(?:{_names(list(MONTHS))})\.?"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?\b"
_YEAR = r"(?:,?\s+\d{4}\b)?"
_MODS = r"(?i:(?:this\s+coming|last|next|this|coming|previous|following|early|late|earlier|later)\s+)"
_DAYPART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
# Date-like phrases the NER may miss, split or bury in a longer entity ("the period ending June 30",
# "between May 2 and Friday", "Monday night"). Names must be capitalised, as in news copy.
_DATELIKE = re.compile(
    rf"(?:{_MODS})?(?:{_WD},?\s+)?{_MON}\s+{_DAYNUM}{_YEAR}"
    rf"|(?:{_WD},?\s+)?{_DAYNUM}\s+(?:of\s+)?{_MON}{_YEAR}"
    rf"|(?:{_MODS})?{_WD}{_DAYPART}"
    r"|(?i:(?:(?:early|late|earlier|later)\s+)?(?:yesterday|today|tonight|tomorrow|last\s+night|overnight"
    rf"|this\s+(?:morning|afternoon|evening))){_DAYPART}"
    rf"|(?:{_MODS})?(?:{_names(list(HOLIDAYS), possessive=True)})\b"
)
# Every date-like phrase holds one of these words. The full pattern is slow to try at every
# character of a long text (its optional modifiers come first), so it is only tried in windows
# around them: a few words before (modifiers, weekday, day number) and after (day, year, daypart).
_DATELIKE_ANCHOR = re.compile(
    rf"{_MON}|{_WD}|(?i:yesterday|today|tonight|tomorrow|night|overnight|morning|afternoon|evening)"
    rf"|(?:{_names(list(HOLIDAYS), possessive=True)})"
)
_WORD = re.compile(r"\S+")
_WORDS_BEFORE, _WORDS_AFTER = 5, 7


def _datelike(text: str) -> list[tuple[int, int]]:
    """The spans ``_DATELIKE.finditer(text)`` gives, found in windows around anchor words.

    A window starts at a word start and ends at a word end, with all whitespace between its words,
    so every match lies inside the window of its anchor and the scan inside a window sees what a
    scan of the whole text sees (word boundaries read the real neighbouring characters).
    """
    anchors = [m.start() for m in _DATELIKE_ANCHOR.finditer(text)]
    if not anchors:
        return []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    starts = [w[0] for w in words]
    windows: list[list[int]] = []
    for a in anchors:
        k = bisect_right(starts, a) - 1  # the word holding the anchor
        lo = words[max(0, k - _WORDS_BEFORE)][0] if k >= 0 else 0
        hi = words[min(len(words) - 1, max(k, 0) + _WORDS_AFTER)][1]
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [m.span() for lo, hi in windows for m in _DATELIKE.finditer(text, lo, hi)]


# Auxiliaries and modals that put a clause after the moment of writing ("would" is the
# future-in-the-past of reported speech: "said he would meet Monday").
# "could" is left out: news uses it for past ability ("could not be reached Wednesday").
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d", "might", "may", "can", "should", "must"}
# Verbs whose complement or object is planned, so comes after the planning: "plans to fly home
# Thursday", "scheduled a hearing for Thursday", "adjourned until Wednesday".
_PROSPECTIVE = {"plan", "schedule", "slate", "postpone", "delay", "defer", "adjourn", "reschedule", "intend"}
# Verbs and adjectives that look ahead only through their infinitive ("agreed to meet Monday",
# "is to reopen Tuesday"): "agreed Monday" itself is past.
_AHEAD_THROUGH_INFINITIVE = {"set", "expect", "agree", "promise", "vow", "pledge", "threaten", "hope", "aim", "want",
                             "prepare", "decide", "be", "due", "likely", "ready", "poised", "able"}
# Passives and adjectives that look ahead by themselves ("is expected Friday", "is due Friday").
_AHEAD_PASSIVE = {"set", "expect", "schedule", "slate", "due", "likely", "poised"}
# A present-tense verb of these does not look ahead ("says Monday", "is Monday").
_NOT_AHEAD = {"say", "tell", "report", "be", "have", "know", "think", "believe", "seem", "remain", "quote",
              "add", "note", "claim", "deny", "insist", "acknowledge"}
# Verbs whose past form is their base form: a tagger's VBP on them ("strikes cut output Friday")
# is as likely past as present.
_SAME_PAST = {"hurt", "put", "cut", "hit", "set", "cost", "let", "shut", "spread", "quit", "bid", "cast", "burst",
              "split", "shed", "beat", "bet", "broadcast", "forecast", "upset", "thrust", "read", "fit", "rid"}
_AHEAD_BEFORE = re.compile(r"(?:as soon as|as early as|no later than|no earlier than|from now (?:to|until|till)|"
                           r"starting|beginning|effective)\s*(?:on\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A resolved time expression and the tokens it covers (for attaching it to events)."""

    ref: TimeRef
    token_start: int
    token_end: int


def _has_future_aux(verb: Token) -> bool:
    auxes = [straight_lower(c) for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if "have" in auxes or "'ve" in auxes:  # "would have gone": a past counterfactual
        return False
    if has_negation(verb):  # "would not comment Friday": a past refusal
        auxes = [a for a in auxes if a not in {"would", "'d"}]
    return any(a in _FUTURE_AUX for a in auxes)


def _is_infinitive(verb: Token) -> bool:
    return has_to_marker(verb)


def _looks_ahead(verb: Token, *, via_infinitive: bool) -> bool:
    """A future or modal auxiliary, a planning verb, or a forward-looking passive/adjective."""
    if _has_future_aux(verb) or _present(verb) or verb.lemma_ in _PROSPECTIVE:
        return True
    if via_infinitive and verb.lemma_ in _AHEAD_THROUGH_INFINITIVE:
        return True
    if verb.lemma_ in _AHEAD_PASSIVE:
        return verb.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in verb.children)
    return False


def _present(verb: Token) -> bool:
    """Simple or progressive present of an action verb: news uses it for scheduled events."""
    if verb.tag_ in {"VBZ", "VBP"}:
        if verb.tag_ == "VBP" and verb.lemma_ in _SAME_PAST:
            return False
        return verb.lemma_ not in _NOT_AHEAD and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if verb.tag_ == "VBG":
        auxes = [c for c in verb.children if c.dep_ == "aux"]
        return bool(auxes) and all(a.tag_ in {"VBZ", "VBP"} for a in auxes) and verb.lemma_ not in _NOT_AHEAD
    return False


def _governing_verb(span: Span) -> Token | None:
    """The verb the time expression modifies; None when it names the day of a thing ("Friday's verdict")."""
    tok = span.root
    if tok.dep_ in {"poss", "compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return None
    head = tok.head
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"} or (head.pos_ == "ADJ" and head.lemma_ in _AHEAD_PASSIVE):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def refers_to_future(span: Span) -> bool:
    """Whether the clause that ``span`` (a time expression) modifies speaks of a time after the writing.

    Cues, cheapest first: words just before the span ("as early as Wednesday"), a future or
    modal auxiliary, a planning verb ("plans to fly home Thursday", "adjourned until Wednesday"),
    the present tense of an action verb ("the envoys fly to Geneva Monday"); infinitives inherit the
    verb they complete ("is scheduled to open Tuesday"), coordinated verbs their first conjunct.
    """
    doc = span.doc
    sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
    before = doc[max(sent_start, span.start - 5) : span.start].text
    if _AHEAD_BEFORE.search(before) or re.match(r"(?:next|coming|this coming)\b", span.text, re.IGNORECASE):
        return True
    verb = _governing_verb(span)
    via_infinitive = False
    for _ in range(4):
        if verb is None:
            return False
        if _looks_ahead(verb, via_infinitive=via_infinitive):
            return True
        if verb.head.i == verb.i:
            return False
        if verb.dep_ == "conj":  # coordinated verbs share their auxiliaries: "will sign ... and publish"
            verb = verb.head
        elif verb.dep_ == "xcomp":  # an infinitive takes the time of the verb it completes
            via_infinitive = _is_infinitive(verb)
            verb = verb.head
        else:
            return False
    return False


# "the Sunday Times", "the Good Friday Agreement": a date word opening a name
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _in_a_name(doc: Doc, start: int, end: int, ents: list[tuple[int, int, str]] | None = None) -> bool:
    """Whether a date-like phrase without digits is part of a name: in a wider non-date entity, or "the X Name".

    ``ents`` are the Doc's (start_char, end_char, label) once, so as not to rebuild every span per phrase.
    """
    if any(ch.isdigit() for ch in doc.text[start:end]):  # "the Oct. 5 Parliament fire" is dated
        return False
    for e_start, e_end, label in ents if ents is not None else _ent_chars(doc):
        overlaps = e_start < end and start < e_end
        if overlaps and label not in {"DATE", "TIME"} and (e_start < start or end < e_end):
            return True
    return bool(re.search(r"\b[Tt]he\s+$", doc.text[max(0, start - 4) : start]) and _NAME_AFTER.match(doc.text, end))


def _ent_chars(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    """DATE/TIME entities, widened by date-like phrases that overlap them, plus those the NER missed."""
    ents = _ent_chars(doc)
    spans = [(s, e) for s, e, label in ents if label in {"DATE", "TIME"}]
    for start, end in _datelike(doc.text):
        if _in_a_name(doc, start, end, ents):
            continue
        overlapping = [(s, e) for s, e in spans if s < end and start < e]
        if any(s <= start and end <= e for s, e in overlapping):
            continue  # inside an entity: looked at when that entity does not resolve whole
        spans = [sp for sp in spans if sp not in overlapping]
        spans.append((min([start] + [s for s, _ in overlapping]), max([end] + [e for _, e in overlapping])))
    return sorted(set(spans))


def _mention(doc: Doc, start: int, end: int, anchor: date | None) -> TimeMention | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    text = doc.text[start:end]
    res = resolve_time(text, anchor, future=refers_to_future(span))
    if res.date is None:
        return None
    ref = TimeRef(text=text, start=start, end=end, date=res.date, precision=res.precision, anchor=anchor,
                  rule=f"dates:{res.rule}")
    return TimeMention(ref, span.start, span.end)


def extract_times(doc: Doc, anchor: date | None) -> list[TimeMention]:
    """DATE/TIME entities plus relative words the tagger missed; durations are left out.

    An entity that holds several dates ("between May 2 and Friday"), or that resolves only by
    the dateparser fallback or not at all ("the period ending June 30"), yields the date-like
    phrases inside it instead.
    """
    out: list[TimeMention] = []
    for start, end in _candidate_spans(doc):
        text = doc.text[start:end]
        whole = _mention(doc, start, end, anchor)
        inner = [(start + m.start(), start + m.end()) for m in _DATELIKE.finditer(text)]
        if inner and (whole is None or len(inner) > 1 or whole.ref.rule == "dates:dateparser"):
            out.extend(m for s, e in inner if (m := _mention(doc, s, e, anchor)) is not None)
        elif whole is not None:
            out.append(whole)
    return out
