"""Casualty counts and crowd sizes: numbers attached to death, injury and crowd words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

__all__ = ["Count", "extract_counts", "parse_number"]

WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "a dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
    "tens of thousands": 20000, "hundreds of thousands": 200000, "millions": 2000000,
}
SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
DEATH = {"die", "kill", "dead", "death", "killed", "slay", "perish", "fatality", "toll", "massacre", "bodies", "body"}
INJURY = {"wound", "injure", "hurt", "injury", "wounded", "injured", "casualty"}
CROWD = {"people", "protester", "demonstrator", "mourner", "supporter", "marcher", "crowd", "iranians", "iraqis"}


@dataclass(frozen=True, slots=True)
class Count:
    kind: str  # fatalities | injured | crowd
    value: int
    lower_bound: bool
    token: int  # the death/injury word or the crowd noun
    number_start: int
    number_end: int


def parse_number(text: str) -> tuple[int, bool] | None:
    """Read "nine", "12", "1,200", "dozens", "tens of thousands", "at least 12" → (value, lower_bound)."""
    t = text.lower().strip()
    lower = bool(re.match(r"^(at least|more than|over|nearly|almost|about|around|some|up to|scores of)\b", t))
    t = re.sub(r"^(at least|more than|over|nearly|almost|about|around|some|up to|an estimated)\s+", "", t)
    if t in WORDS:
        return WORDS[t], lower or t.endswith("s")
    m = re.fullmatch(r"(\d[\d,]*)(?:\s+(hundred|thousand|million))?", t)
    if m:
        value = int(m[1].replace(",", ""))
        return value * SCALE.get(m[2] or "", 1), lower
    parts = t.replace("-", " ").split()
    total = 0
    for p in parts:
        if p in WORDS and p not in SCALE:
            total += WORDS[p]
        elif p in SCALE and total:
            total *= SCALE[p]
        elif p == "and":
            continue
        else:
            return None
    return (total, lower) if total else None


def _number_phrase(tok: Token) -> tuple[str, int, int] | None:
    """The number words modifying ``tok`` ("at least 12 people"), as text and char offsets."""
    nums = [c for c in tok.children if c.dep_ == "nummod" or (c.like_num and c.dep_ in {"amod", "quantmod"})]
    if tok.like_num or tok.lower_ in WORDS:
        nums = [tok]
    if not nums:
        # "tens of thousands of angry Iranians": the count is the head of an "of" phrase
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in {*WORDS, "thousands", "tens", "hundreds"}:
            q = tok.head.head
            start = q.left_edge.idx
            return tok.doc.text[start : q.idx + len(q)], start, q.idx + len(q)
        return None
    first = min(n.left_edge.i for n in nums)
    last = max(n.i for n in nums)
    span = tok.doc[first : last + 1]
    return span.text, span.start_char, span.end_char


def extract_counts(doc: Doc) -> list[Count]:
    """Fatality, injury and crowd counts with the token they hang on."""
    out: list[Count] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        kind = "fatalities" if lemma in DEATH or tok.lower_ in DEATH else "injured" if lemma in INJURY or tok.lower_ in INJURY else None
        if kind is not None and tok.pos_ in {"VERB", "ADJ"}:
            # "nine people died", "12 were killed", "killing 12 people", "left 5 dead"
            holders = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
            if tok.dep_ in {"amod", "acomp", "oprd"}:
                holders.append(tok.head)
            for h in holders:
                phrase = _number_phrase(h)
                if phrase is None:
                    continue
                parsed = parse_number(phrase[0])
                if parsed is None:
                    continue
                out.append(Count(kind, parsed[0], parsed[1], tok.i, phrase[1], phrase[2]))
                break
        elif lemma in CROWD and tok.pos_ in {"NOUN", "PROPN"}:
            phrase = _number_phrase(tok)
            if phrase is not None:
                parsed = parse_number(phrase[0])
                if parsed is not None and parsed[0] >= 10:
                    out.append(Count("crowd", parsed[0], parsed[1], tok.i, phrase[1], phrase[2]))
    return out


# what goes on for weeks or years: the deaths it "has caused" are a toll, not one day's event
LASTING_CONFLICTS = {"war", "conflict", "fighting", "crackdown", "violence", "insurgency", "unrest", "campaign",
                     "offensive", "siege", "occupation", "civil war", "uprising", "bombardment", "clashes"}
VAGUE_MAGNITUDES = ("thousands", "millions")


def cumulative_toll(tok: Token, number: str) -> bool:
    """Is the count a toll over a long time rather than the deaths of one event?

    "the fighting, which erupted in September, has killed thousands", "a crackdown that has killed hundreds
    of protesters", "tens of thousands of people have been killed" (in a war): a present perfect whose
    subject is a lasting conflict, or that counts since a date, or that counts in vague thousands. "At
    least 11 people have been killed in three days of rioting" and "the strike killed 25 fighters" are
    counts of their events and stay; so does a past perfect ("had already been killed").
    """
    if tok.pos_ not in {"VERB", "AUX"} or not any(a.dep_ in {"aux", "auxpass"} and a.lower_ in {"has", "have"}
                                                  for a in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subj is None:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if subj is not None and subj.lower_ in {"that", "which"} and tok.dep_ == "relcl":
        subj = tok.head
    if subj is not None and subj.lemma_.lower() in LASTING_CONFLICTS:
        return True
    if any(t.lower_ == "since" for t in tok.subtree):
        return True
    return any(w in number.lower() for w in VAGUE_MAGNITUDES)
