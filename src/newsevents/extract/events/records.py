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
