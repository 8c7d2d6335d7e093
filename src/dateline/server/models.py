"""Typed API responses. `Event` follows the contract's event schema (../shared/contract/
event.schema.json; tests check the two agree), so the OpenAPI document says what an event is."""

from __future__ import annotations

from datetime import date
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

Modality = Literal["asserted", "planned", "hoped", "negated", "hypothetical"]
Granularity = Literal["day", "week", "month", "quarter", "year", "range", "unknown"]
T = TypeVar("T")


class EventActor(BaseModel):
    id: str | None = Field(None, description="stable id in the actor knowledge base, null if unknown")
    name: str = Field(description="canonical name, e.g. 'Imran Khan', 'Russia'")
    country: str | None = Field(description="ISO 3166-1 alpha-3; null for international bodies")
    sector: str | None = Field(None, description="GOV, MIL, OPP, REB, IGO, ...")
    role: str | None = Field(None, description="e.g. head of state, foreign minister")
    kind: str | None = Field(None, description="country, person, organization, role, ...")
    side: Literal["source", "target", "participant"] = "participant"


class EventDate(BaseModel):
    start: date | None
    end: date | None
    granularity: Granularity
    confidence: float | None = Field(None, ge=0, le=1)
    basis: str | None = Field(None, description="how it was dated, in words")
    likely: date | None = Field(None, description="the most likely day inside start..end, if one stands out")


class Location(BaseModel):
    name: str
    country: str | None = None


class Mention(BaseModel):
    article: str = Field(description="article id")
    sentence: str
    start: int | None = Field(None, description="offset of the sentence in the article's cleaned text")
    end: int | None = None
    trigger: str | None = None
    modality: Modality | None = None
    date: EventDate | None = None


class Event(BaseModel):
    """One canonical (deduplicated) event with every mention that reports it."""

    id: str
    type: str = Field(description="PLOVER event type, upper case: CONSULT, AGREE, ACCUSE, ...")
    mode: str | None = Field(None, description="PLOVER mode where one applies, e.g. CONSULT: phone, visit")
    modality: Modality
    actors: list[EventActor] = Field(min_length=1)
    date: EventDate
    location: Location | None = None
    topics: list[str] = []
    sources: int = Field(1, description="independent articles; syndicated copies count once")
    related: list[str] = Field([], description="ids of related events (a plan and the meeting it announced)")
    mentions: list[Mention] = Field(min_length=1)


class MentionSource(BaseModel):
    """One mention of an event with the article it is in (what the event page and panel show)."""

    article: str
    title: str | None
    outlet: str | None
    published: date | None
    published_source: str | None
    copy_of: str | None = Field(description="the stored original this article is a syndicated copy of")
    sentence: str
    trigger: str
    trigger_start: int = Field(description="offset of the trigger in the article's cleaned text")
    sentence_start: int
    modality: Modality


class Page(BaseModel, Generic[T]):
    """One page of a list: `total` matches in all, `items` from `offset` on."""

    total: int
    offset: int
    limit: int
    next_offset: int | None = Field(description="offset of the next page, null on the last")
    items: list[T]


class Published(BaseModel):
    value: date | None
    source: str | None = Field(description="where the date came from: metadata, byline, url, text ...")
    confidence: float | None = None
    note: str | None = None


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    language: str | None
    copy_of: str | None = Field(description="the stored original this article is a syndicated copy of")
    event_mentions: int
    published: Published


class RemovedLine(BaseModel):
    text: str
    reason: str


class DocumentTime(BaseModel):
    start: date | None
    end: date | None
    dct: date | None
    basis: str | None
    reasons: list[str]


class Article(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    byline: str | None
    dateline: str | None
    url: str | None
    source: str | None
    language: str | None
    published: Published
    document_time: DocumentTime
    copy_of: str | None
    notes: list[str]
    text: str
    removed: list[RemovedLine] = []


class Dyad(BaseModel):
    dyad: str = Field(description="two ISO3 country codes in alphabetical order, e.g. PAK-RUS")
    events: int


class ActorSummary(BaseModel):
    key: str = Field(description="knowledge-base id, or the name where the actor has none")
    name: str
    country: str | None
    sector: str | None
    kind: str | None
    events: int


class Monthly(BaseModel):
    dyad: str
    months: list[str] = Field(description="YYYY-MM, every month from the first to the last")
    series: dict[str, list[int]] = Field(description="quad -> count per month, aligned with `months`")
    undated: int = Field(description="events with no start date, not in the series")
    basis: str


class ErrorProblem(BaseModel):
    where: str = Field(description="e.g. query.type")
    problem: str
    allowed: list[str] | None = None


class ErrorBody(BaseModel):
    status: int
    message: str
    problems: list[ErrorProblem] = []


class Error(BaseModel):
    """The one shape every error response has."""

    error: ErrorBody
