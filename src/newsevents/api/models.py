"""Typed response models of the HTTP API.

They mirror the records of ``newsevents.model`` (same field names as the JSONL contract) so the
dashboard renders a stored article and a freshly coded one with the same code, and so the
OpenAPI document describes every field an analyst sees.
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ActorOut",
    "ActorRefOut",
    "AlertMark",
    "AlertRow",
    "AlertsOut",
    "ArticleDetail",
    "ArticleLink",
    "ArticleSummary",
    "CameoRoot",
    "EntityOut",
    "EntitySummary",
    "ErrorBody",
    "ErrorOut",
    "ErrorRecordOut",
    "EventOut",
    "EvidenceOut",
    "ExportFile",
    "MapPoint",
    "MetaOut",
    "NetworkEdge",
    "NetworkNode",
    "NetworkOut",
    "Page",
    "PlaceOut",
    "PloverOut",
    "QuoteOut",
    "SeriesBucket",
    "SeriesOut",
    "TextSpanOut",
    "TimeRefOut",
]

T = TypeVar("T")


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ErrorBody(_Model):
    status: int = Field(description="HTTP status code, repeated so a saved body still says what happened")
    code: str = Field(description="stable machine-readable reason, e.g. not_found, validation_error, payload_too_large")
    message: str = Field(description="what went wrong and what to do next")


class ErrorOut(_Model):
    """The one error shape of the API: every 4xx and 5xx answer has this body."""

    error: ErrorBody


class Page(_Model, Generic[T]):
    total: int = Field(description="matching rows, before limit/offset")
    limit: int
    offset: int
    items: list[T]


class TextSpanOut(_Model):
    start: int = Field(description="first character in the article body")
    end: int = Field(description="one past the last character")
    text: str


class ActorRefOut(_Model):
    code: str
    text: str
    entity: str | None = None
    start: int | None = None
    end: int | None = None
    rule: str | None = None


class PloverOut(_Model):
    type: str
    mode: str | None = None
    context: str | None = None


class PlaceOut(_Model):
    name: str
    lat: float
    lon: float
    country: str | None = None
    precision: str
    geonameid: int | None = None
    admin1: str | None = None
    rule: str | None = None
    n_mentions: int | None = None
    mentions: list[TextSpanOut] = Field(default_factory=list)


class EvidenceOut(_Model):
    sentence: int
    start: int
    end: int
    text: str
    rule: str
    trigger: TextSpanOut | None = None


class TimeRefOut(_Model):
    """The time expression that dated an event, resolved against the article date (``anchor``)."""

    text: str
    start: int
    end: int
    date: dt.date | None = None
    precision: str = Field(description="day | week | month | year: how far the event's date can be trusted")
    anchor: dt.date | None = None
    rule: str | None = None


class EventOut(_Model):
    """An event as coded, with the article it came from and how many outlets reported it."""

    id: str
    article_id: str | None = None
    outlet: str | None = None
    cameo: str
    cameo_name: str
    goldstein: float
    quad_class: int
    root: str
    plover: PloverOut | None = None
    source: ActorRefOut | None = None
    target: ActorRefOut | None = None
    date: dt.date | None = None
    place: PlaceOut | None = None
    negated: bool
    modality: str
    evidence: EvidenceOut
    time: TimeRefOut | None = Field(None, description="the expression that dated the event; null: the article date")
    fatalities: int | None = None
    injured: int | None = None
    crowd_size: int | None = None
    attributed_to: ActorRefOut | None = None
    confidence: float = 1.0
    extractor: str = ""
    realized: bool = Field(True, description="false for negated, threatened, planned or hypothetical events (never counted)")
    n_sources: int | None = Field(
        None, description="distinct outlets reporting the same date, CAMEO code and dyad (interim until canonical events)"
    )


class QuoteOut(_Model):
    id: str
    article_id: str | None = None
    date: dt.date | None = None
    outlet: str | None = None
    text: str
    start: int
    end: int
    speaker: ActorRefOut | None = None
    cue: str | None = None
    kind: str
    cue_span: TextSpanOut | None = None
    contents: list[TextSpanOut] = Field(default_factory=list)
    confidence: float = 1.0


class EntityOut(_Model):
    id: str
    name: str
    type: str
    code: str | None = None
    mentions: list[TextSpanOut] = Field(default_factory=list)
    rule: str | None = None


class EntitySummary(_Model):
    name: str
    type: str
    code: str | None = None
    n_articles: int
    n_mentions: int


class ActorOut(_Model):
    code: str
    names: list[str] = Field(description="the words that named this actor, most frequent first")
    n_events: int
    n_as_source: int
    n_as_target: int


class ErrorRecordOut(_Model):
    kind: str
    message: str
    file: str | None = None
    line: int | None = None
    severity: str = "error"


class ArticleSummary(_Model):
    id: str
    date: dt.date | None = None
    outlet: str | None = None
    dateline: str | None = None
    title: str | None = None
    label: str = Field(description="title, or the first words of the text when the article has none")
    url: str | None = None
    n_events: int = 0
    n_quotes: int = 0
    failed: bool = False
    snippet: str | None = Field(None, description="text around the first search match")


class ArticleDetail(ArticleSummary):
    text: str
    entities: list[EntityOut] = Field(default_factory=list)
    events: list[EventOut] = Field(default_factory=list)
    unrealized_events: list[EventOut] = Field(default_factory=list)
    quotes: list[QuoteOut] = Field(default_factory=list)
    places: list[PlaceOut] = Field(default_factory=list)
    errors: list[ErrorRecordOut] = Field(default_factory=list)
    stored: bool = Field(True, description="false for POST /api/code results that were not written to the database")


class ArticleLink(_Model):
    id: str
    label: str
    date: dt.date | None = None
    outlet: str | None = None
    cameo: str | None = Field(default=None, description="alerts: the CAMEO code of the event this link is evidence of")
    cameo_name: str | None = None
    quad_class: int | None = Field(default=None, description="alerts: the event's QuadClass (1-4)")
    sentence: str | None = Field(default=None, description="alerts: the sentence that states the event")


class MapPoint(_Model):
    lat: float
    lon: float
    place: str
    country: str | None = None
    precision: str | None = None
    n_events: int
    n_articles: int
    goldstein_mean: float
    top_codes: list[str] = Field(description="most frequent CAMEO codes here, 'code name'")


class SeriesBucket(_Model):
    period: dt.date = Field(description="first day of the day/week (Monday)/month")
    n_events: int
    goldstein_sum: float
    goldstein_mean: float | None
    quad1: int = Field(description="verbal cooperation")
    quad2: int = Field(description="material cooperation")
    quad3: int = Field(description="verbal conflict")
    quad4: int = Field(description="material conflict")


class AlertMark(_Model):
    date: dt.date = Field(description="the day an alert fired (simple rule: the first day of a run of such days)")
    message: str
    methods: list[str] = Field(default_factory=list, description="corpus methods that fired that day "
                               "(robust_z, cusum, highest, acled); empty for the simple rule")
    key: str | None = Field(default=None, description="the corpus series alerted: 'SRC→TGT' country dyad or country")
    last7: int | None = Field(default=None, description="simple rule: events in the 7 days ending that day")
    avg28: float | None = Field(default=None, description="simple rule: weekly average of the 28 days before")


class SeriesOut(_Model):
    kind: Literal["dyad", "country"]
    key: str = Field(description="'SRC→TGT' for a dyad, the country code for a country")
    interval: Literal["day", "week", "month"]
    buckets: list[SeriesBucket]
    alerts: list[AlertMark] = Field(description="alert marks: corpus alerts when the corpus tables are filled, "
                                    "else the simple rule (last 7 days vs the trailing 4-week average)")


class AlertRow(_Model):
    source: str
    target: str
    last7: int = Field(description="events in the 7 days ending at as_of (canonical events with corpus tables)")
    avg28: float = Field(description="average week of the 28 days before those 7")
    avg52: float | None = Field(default=None, description="average week of the 52 weeks before (corpus only)")
    pct_change: float | None = Field(description="(last7 - avg28) / avg28 * 100; null when there was nothing before")
    goldstein_mean: float
    conflict: float = Field(default=0.0, description="minus the sum of the negative Goldstein scores of the 7 days: "
                            "how much conflict the dyad saw (the corpus alert metric); rows sort by it after alerts")
    alert: bool = Field(description="corpus: a method fired in those 7 days; simple rule: last7 >= min_events and "
                        "last7 >= ratio x avg28")
    methods: list[str] = Field(default_factory=list, description="corpus methods that fired in the 7 days")
    event_ids: list[str] = Field(default_factory=list, description="canonical events of the 7 days (corpus only)")
    evidence: list[ArticleLink]

    def rank(self) -> tuple[bool, float, int, float, str, str]:
        """Table order: alerts first, then the most conflict (a week of mild domestic statements must not
        open the table above a week of strikes), then the most events and the steepest rise."""
        rise = self.pct_change if self.pct_change is not None else 1e9
        return not self.alert, -self.conflict, -self.last7, -rise, self.source, self.target


class AlertsOut(_Model):
    interim: bool = Field(description="false: computed from the corpus tables (canonical events, corpus alert "
                          "methods); true: the database has no corpus tables (run `newsevents refresh`) or the "
                          "level is actor, so a simple rule over per-article events was used")
    rule: str
    as_of: dt.date | None
    level: Literal["actor", "country"]
    rows: list[AlertRow]


class NetworkNode(_Model):
    id: str
    label: str
    n_events: int


class NetworkEdge(_Model):
    id: str
    source: str
    target: str
    quad_class: int
    n_events: int
    goldstein_mean: float


class NetworkOut(_Model):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class CameoRoot(_Model):
    code: str
    name: str
    quad_class: int
    n_events: int


class MetaOut(_Model):
    database: str = Field(description="file name of the database (not its folder)")
    articles: int
    events: int
    unrealized_events: int
    quotes: int
    entities: int
    first_date: dt.date | None
    last_date: dt.date | None
    outlets: list[str]
    roots: list[CameoRoot]
    canonical_events: bool = Field(description="false: n_sources counts distinct outlets per date, code and dyad")
    max_upload_bytes: int


class ExportFile(_Model):
    name: str
    bytes: int
    modified: dt.datetime
