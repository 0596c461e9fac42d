"""What the event rules produce: a candidate event with its evidence, and a pattern match."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsevents.dictionaries import Pattern
from newsevents.extract.actors import Resolved


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

    def dyad(self) -> tuple[str, str]:
        """The source's and the target's codes ("" for none): who acts on whom, whatever the words."""
        return (self.source.code if self.source else "", self.target.code if self.target else "")


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


@dataclass
class Trigger:
    """A verb trigger's working state: the coder's stages run in order, each reading and refining what the ones
    before found (one record instead of two dozen locals shared by one long method)."""

    tok: Token
    si: int  # the sentence's index
    match: Match
    rule: str
    cand: Candidate  # the candidate the stages fill; its notes are the trigger's notes
    subj_tok: Token | None
    subj_how: str
    target_tok: Token | None
    code: str = ""
    discard: str = ""  # why the sentence is not coded, or ""
    passive: bool = False
    own_forces: bool = False  # "withdrew its troops": the object is the source's own forces
    said_own: bool = False  # "voiced their opposition": the possessed object named by a verbal pattern is the stance
    sources: list[Resolved | None] = field(default_factory=lambda: [None])
    targets: list[Resolved | None] = field(default_factory=lambda: [None])
    pairs: list[tuple[Resolved | None, Resolved | None]] = field(default_factory=list)
    reverse: set[tuple[int, int]] = field(default_factory=set)  # pairs that exist only because the target acts too
    negated: bool = False
    modality: str = "asserted"
    mnotes: list[str] = field(default_factory=list)
    attributed: Resolved | None = None
    armed: bool = False  # the subject names armed people
    goods: set[int] = field(default_factory=set)  # "bought fighter jets": tokens of what is bought, no target
    judged: set[int] = field(default_factory=set)  # "opposed sanctions on Iran": tokens of the judged act, no target

    @property
    def pattern(self) -> Pattern:
        return self.match.pattern

    @property
    def obj_tok(self) -> Token | None:
        return self.match.obj

    @property
    def notes(self) -> list[str]:
        return self.cand.notes

    def reject(self, found: list[Candidate], reason: str) -> bool:
        """Record why the trigger is no event (with its code so far) and tell the stages to stop: False."""
        found.append(Candidate(self.code, self.tok.i, self.si, self.rule, status="rejected", pattern=self.pattern,
                               reason=reason))
        return False
