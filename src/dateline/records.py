"""The records that flow between stages.

Data flows one way: RawDocument (ingest) -> Article (clean) -> spaCy Doc (nlp) -> Timex + DocumentTime
(time) -> ActorMention (actors) -> EventMention (events) -> CanonicalEvent (dedup) -> store.
Every record is a plain dataclass so that it pickles (Ray) and serialises (DuckDB, JSON) without help.
Character offsets always refer to `Article.text`, the cleaned body that later stages read.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Granularity = Literal["day", "week", "month", "quarter", "year", "range", "unknown"]
Modality = Literal["asserted", "planned", "hoped", "negated", "hypothetical"]
Side = Literal["source", "target", "participant"]


@dataclass(frozen=True)
class DateInterval:
    """A closed interval of days. `start == end` is a day; None on a side means unbounded."""

    start: date | None
    end: date | None
    granularity: Granularity = "unknown"
    confidence: float = 0.0
    basis: str = ""

    @property
    def is_day(self) -> bool:
        return self.start is not None and self.start == self.end

    def overlaps(self, other: DateInterval) -> bool:
        lo = max((d for d in (self.start, other.start) if d is not None), default=None)
        hi = min((d for d in (self.end, other.end) if d is not None), default=None)
        return lo is None or hi is None or lo <= hi

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
            "confidence": round(self.confidence, 3),
            "basis": self.basis,
        }

    @classmethod
    def unknown(cls, basis: str = "no date in the text") -> DateInterval:
        return cls(None, None, "unknown", 0.0, basis)


# --- ingest -----------------------------------------------------------------------------------------


@dataclass
class RawDocument:
    """One article as a reader found it, before any cleaning."""

    source: str  # file path (or "<stdin>") it came from, plus "#n" for records inside a file
    id: str | None = None  # explicit id (JSONL `id`, file stem); None: derive from content
    text: str | None = None  # plain text, as delivered
    html: str | None = None  # raw HTML, when the input is a page
    url: str | None = None
    title: str | None = None
    published: str | None = None  # a publication date given with the input (JSONL, WARC header)
    decoding_note: str | None = None  # e.g. "not valid UTF-8; decoded as cp1252"


@dataclass
class IngestError:
    """A file (or record in a file) that could not be read; reported by name, the batch goes on."""

    source: str
    reason: str


# --- clean ------------------------------------------------------------------------------------------


@dataclass
class PublishedDate:
    value: str | None  # ISO date, or None: never invent one
    source: str  # byline, published-line, dateline, header, html-meta, input, content, none
    confidence: float
    note: str = ""


@dataclass
class RemovedLine:
    text: str
    reason: str  # e.g. "related headlines", "comment widget", "navigation"


@dataclass
class Article:
    id: str
    text: str  # the cleaned body that later stages read
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None  # place in a dateline ("ISLAMABAD:")
    url: str | None = None
    published: PublishedDate = field(default_factory=lambda: PublishedDate(None, "none", 0.0))
    language: str = "en"
    source: str = ""
    content_hash: str = ""
    removed: list[RemovedLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # decoding fallbacks, language flags, ...

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- time -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 time expression found in the article text."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TimeML value: 2021-09-14, 2021-09, 2021-W37, P2W, PAST_REF, XXXX-08-25, ...
    interval: DateInterval | None = None  # calendar interval for DATE/TIME values, None otherwise
    mod: str | None = None  # TimeML mod: EARLY, MID, LATE, APPROX, START, END, ...


@dataclass(frozen=True)
class DocumentTime:
    """When the article was written: the anchor for relative expressions and for actor roles.

    `dct` is a single day when the publication date is trusted; otherwise None and `interval` gives
    the range the evidence allows (from content, actor tenures, a distrusted header date ...).
    """

    dct: date | None
    interval: DateInterval
    reasons: tuple[str, ...] = ()

    @classmethod
    def unknown(cls) -> DocumentTime:
        return cls(None, DateInterval.unknown("no publication date"), ())


# --- actors -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    """An entry of the actor knowledge base, with the role held on the article's date."""

    id: str | None
    name: str
    country: str | None  # ISO 3166-1 alpha-3; None for international bodies
    sector: str | None  # GOV, MIL, IGO, REB, OPP, PTY, ...
    role: str | None = None  # head of state, head of government, foreign minister, ...
    kind: Literal["person", "country", "organization", "group", "role"] = "country"


@dataclass(frozen=True)
class ActorMention:
    """A span of the text resolved to one actor, or to several ("the two leaders", "both sides")."""

    start: int
    end: int
    text: str
    actors: tuple[Actor, ...]
    how: str = ""  # alias, title, surname coreference, counterpart, metonymy, plural, ...


@dataclass(frozen=True)
class TenureHint:
    """What a titled person mention says about the article's date: the office was held in `interval`."""

    text: str
    actor_id: str
    interval: DateInterval


# --- events -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventActor:
    actor: Actor
    side: Side


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None


@dataclass
class EventMention:
    """One report of an event in one sentence of one article."""

    article_id: str
    type: str  # PLOVER type, upper case
    mode: str | None
    modality: Modality
    actors: list[EventActor]
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    date: DateInterval
    location: Location | None = None
    topics: list[str] = field(default_factory=list)
    confidence: float = 0.5
    coder: str = "default"

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.trigger_start}:{self.type}"


@dataclass
class MentionRef:
    article: str
    sentence: str
    start: int
    end: int
    trigger: str = ""
    date: DateInterval | None = None
    modality: Modality | None = None


@dataclass
class CanonicalEvent:
    """One real-world event with every mention that reports it (see the contract's event schema)."""

    id: str
    type: str
    mode: str | None
    modality: Modality
    actors: list[EventActor]
    date: DateInterval
    location: Location | None
    topics: list[str]
    mentions: list[MentionRef]
    sources: int = 1  # independent articles, syndicated copies counted once
    related: list[str] = field(default_factory=list)  # e.g. the planned event a held one fulfils

    def to_json(self, with_mentions: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "modality": self.modality,
            "actors": [
                {
                    "id": ea.actor.id,
                    "name": ea.actor.name,
                    "country": ea.actor.country,
                    "sector": ea.actor.sector,
                    "role": ea.actor.role,
                    "side": ea.side,
                }
                for ea in self.actors
            ],
            "date": self.date.to_json(),
            "location": asdict(self.location) if self.location else None,
            "topics": list(self.topics),
            "sources": self.sources,
            "related": list(self.related),
            "mentions": [
                {"article": m.article, "sentence": m.sentence, "start": m.start, "end": m.end}
                for m in self.mentions
            ],
        }
        if not with_mentions:
            out["mentions"] = out["mentions"][:1]
        return out


@dataclass
class ProcessedArticle:
    """Everything the per-article stages produce; a pure function of the raw document and config."""

    article: Article
    document_time: DocumentTime
    timexes: list[Timex] = field(default_factory=list)
    actor_mentions: list[ActorMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
