"""Typed records that flow between stages. No spaCy types here.

Field names are the JSON names of the public output contract, so serialisation and the
generated JSON schema (``newsevents.schema``) follow from these classes alone. Fields marked
``internal`` in their metadata are kept in Python but not written to JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "ArticleResult",
    "Entity",
    "ErrorRecord",
    "Event",
    "Evidence",
    "Place",
    "PlaceMention",
    "Plover",
    "Quote",
    "Span",
    "TextSpan",
    "TimeRef",
]

INTERNAL = {"internal": True}

QuoteKind = Literal["direct", "partial", "indirect"]


@dataclass(frozen=True, slots=True)
class TextSpan:
    """Characters ``text == body[start:end]`` of the article body: the evidence for a record."""

    start: int
    end: int
    text: str


Span = TextSpan  # the name used in the issue tracker; TextSpan avoids clashing with spaCy's Span


@dataclass(frozen=True, slots=True)
class Article:
    """One news story. ``text`` is the body after the header line; offsets point into it."""

    id: str
    date: dt.date | None
    outlet: str | None
    dateline: str | None
    title: str | None = None
    url: str | None = None
    origin: str | None = None  # file and line the article came from
    text: str = field(default="", metadata=INTERNAL)


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor from the dictionaries, shared across articles."""

    id: str
    name: str
    kind: str  # country | organization | person | agent
    code: str  # CAMEO actor code on the date it was resolved for
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it appears in one record: its code and the words that name it."""

    code: str
    text: str
    entity: str | None = None
    start: int | None = None
    end: int | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing in the article with its canonical name, corrected type and code."""

    id: str
    name: str
    type: str
    code: str | None
    mentions: tuple[TextSpan, ...]
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location. ``geonameid`` is None when it did not come from GeoNames."""

    name: str
    lat: float
    lon: float
    country: str | None
    precision: str  # landmark | city | admin1 | country
    geonameid: int | None = None
    admin1: str | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place with every span of the article that names it."""

    name: str
    lat: float
    lon: float
    country: str | None
    precision: str
    geonameid: int | None
    mentions: tuple[TextSpan, ...]
    admin1: str | None = None


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression resolved against the article date (the ``anchor``)."""

    text: str
    start: int
    end: int
    date: dt.date | None
    precision: str  # day | week | month | year | none
    anchor: dt.date | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Plover:
    type: str
    mode: str | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an event was read: sentence index, character offsets and the rule that fired."""

    sentence: int
    start: int
    end: int
    text: str
    rule: str
    trigger: TextSpan | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when and where, with CAMEO and PLOVER codes."""

    id: str
    cameo: str
    cameo_name: str
    goldstein: float
    quad_class: int
    root: str
    plover: Plover | None
    source: ActorRef | None
    target: ActorRef | None
    date: dt.date | None
    place: Place | None
    negated: bool
    modality: str  # asserted | threatened | planned | future | hypothetical | denied | ...
    evidence: Evidence
    # the time expression that dated the event (None: the article date); its precision says how
    # far ``date`` can be trusted ("last week" gives a day of that week, not the day)
    time: TimeRef | None = None
    fatalities: int | None = None
    injured: int | None = None
    crowd_size: int | None = None
    attributed_to: ActorRef | None = None
    confidence: float = 1.0
    extractor: str = "newsevents.events.rules.v1"


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what. ``contents`` may be several spans (a quote interrupted by its cue)."""

    id: str
    text: str
    start: int
    end: int
    speaker: ActorRef | None
    cue: str | None
    kind: QuoteKind
    cue_span: TextSpan | None = None
    contents: tuple[TextSpan, ...] = ()
    confidence: float = 1.0
    extractor: str = "newsevents.quotes.v1"


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """What went wrong with an input or a stage: never raised in a batch, always recorded."""

    kind: str
    message: str
    file: str | None = None
    line: int | None = None
    severity: str = "error"  # error | warning


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything newsevents read from one article: one JSONL line."""

    article: Article
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    times: tuple[TimeRef, ...] = ()
    errors: tuple[ErrorRecord, ...] = ()
    unrealized_events: tuple[Event, ...] = ()  # negated, threatened, planned, hypothetical: never counted

    @property
    def failed(self) -> bool:
        """True when the input could not be coded at all or a stage failed."""
        return any(e.severity == "error" for e in self.errors)
