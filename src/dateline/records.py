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


def _today() -> str:
    return date.today().isoformat()


@dataclass(frozen=True, slots=True)
class Extent:
    """The two ends of a multi-day or ongoing event, each a day or known only by bounds (inclusive;
    None: unbounded): talks "since March" began in March and were still going at publication."""

    begin_after: date | None = None
    begin_before: date | None = None
    end_after: date | None = None
    end_before: date | None = None

    def to_json(self) -> dict[str, Any]:
        def iso(d: date | None) -> str | None:
            return d.isoformat() if d else None

        return {
            "begin": {"after": iso(self.begin_after), "before": iso(self.begin_before)},
            "end": {"after": iso(self.end_after), "before": iso(self.end_before)},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extent:
        def day(side: str, key: str) -> date | None:
            value = (data.get(side) or {}).get(key)
            return date.fromisoformat(value) if value else None

        return cls(day("begin", "after"), day("begin", "before"), day("end", "after"), day("end", "before"))


@dataclass(frozen=True, slots=True)
class DateInterval:
    """A closed interval of days. `start == end` is a day; None on a side means unbounded."""

    start: date | None
    end: date | None
    granularity: Granularity = "unknown"
    confidence: float = 0.0
    basis: str = ""
    likely: date | None = None  # the one most likely day inside start..end, where one stands out
    extent: Extent | None = None  # a multi-day or ongoing event's two ends (None: a one-day event)

    @property
    def is_day(self) -> bool:
        return self.start is not None and self.start == self.end

    def holds(self, day: date) -> bool:
        """Whether `day` lies inside the interval (an open end bounds nothing)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

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
            "likely": self.likely.isoformat() if self.likely else None,
        } | ({"extent": self.extent.to_json()} if self.extent else {})

    @classmethod
    def unknown(cls, basis: str = "no date in the text") -> DateInterval:
        return cls(None, None, "unknown", 0.0, basis)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DateInterval:
        return cls(
            date.fromisoformat(data["start"]) if data.get("start") else None,
            date.fromisoformat(data["end"]) if data.get("end") else None,
            data.get("granularity", "unknown"),
            float(data.get("confidence", 0.0)),
            data.get("basis", ""),
            date.fromisoformat(data["likely"]) if data.get("likely") else None,
            Extent.from_json(data["extent"]) if data.get("extent") else None,
        )


# --- ingest -----------------------------------------------------------------------------------------


@dataclass(slots=True)
class RawDocument:
    """One article as a reader found it, before any cleaning."""

    source: str  # file path (or "<stdin>") it came from, plus "#n" for records inside a file
    id: str | None = None  # explicit id (JSONL `id`, file stem); None: derive from content
    id_from_name: bool = False  # the id is a file's stem: another file may repeat it (store/identity.py)
    text: str | None = None  # plain text, as delivered
    html: str | None = None  # raw HTML, when the input is a page
    url: str | None = None
    title: str | None = None
    published: str | None = None  # a publication date given with the input (JSONL, WARC header)
    decoding_note: str | None = None  # e.g. "not valid UTF-8; decoded as cp1252"
    outlet: str | None = None  # given with the input (JSONL `outlet`, `source` or `site_name`)
    crawled: str | None = None  # when a crawler fetched it (WARC-Date): an upper bound, not `published`
    # the day the text was read in (ISO): no text is written later, so it ends the years a day without
    # its own may fall in. The clock is read here, where a document comes in, never by a stage, so
    # that cleaning and dating stay functions of their input and an article analysed again (the
    # corpus passes, a later run) is read as of the same day.
    as_of: str = field(default_factory=_today)


@dataclass(slots=True)
class IngestError:
    """A file (or record in a file) that could not be read; reported by name, the batch goes on."""

    source: str
    reason: str


# --- clean ------------------------------------------------------------------------------------------


@dataclass(slots=True)
class PublishedDate:
    value: str | None  # ISO date, or None: never invent one
    source: str  # byline, published-line, dateline, header, html-meta, url, input, content, none
    confidence: float
    note: str = ""
    inferred: bool = False  # the year (or the day/month order) was inferred, not written
    month_day: str | None = None  # "--05-01": a day found without its year, for the time stage
    # the candidates that lost; and for an undated article, the day learnt from the corpus ("corpus")
    candidates: list[PublishedDate] = field(default_factory=list)
    mention: str | None = None  # a "corpus" candidate: the id of the article's own mention it dates
    # with `month_day`: the weekday (Monday 0) written with the day, or else the one weekday the lead
    # names, which a wire lead's dateline day most often is; the time stage places the year by it
    weekday: int | None = None


@dataclass(slots=True)
class RemovedLine:
    text: str
    reason: str  # e.g. "related headlines", "comment widget", "navigation"


@dataclass(slots=True)
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
    as_of: str = field(default_factory=_today)  # `RawDocument.as_of`, kept

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- time -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 time expression found in the article text."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TimeML value: 2021-09-14, 2021-09, 2021-W37, P2W, PAST_REF, XXXX-08-25, ...
    interval: DateInterval | None = None  # calendar interval for DATE/TIME values, None otherwise
    mod: str | None = None  # TimeML mod: EARLY, MID, LATE, APPROX, START, END, ...


@dataclass(frozen=True, slots=True)
class DocumentTime:
    """When the article was written: the anchor for relative expressions and for actor roles.

    `dct` is a single day when the publication date is trusted; otherwise None and `interval` gives
    the range the evidence allows (from content, actor tenures, a distrusted header date ...).
    """

    dct: date | None
    interval: DateInterval
    reasons: tuple[str, ...] = ()
    # with no dct: the latest day the article's own text reports, where the interval starts on it (an
    # article written on or shortly after its story's day); the day other articles may be dated from
    story_day: date | None = None

    @classmethod
    def unknown(cls) -> DocumentTime:
        return cls(None, DateInterval.unknown("no publication date"), ())


# --- actors -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Actor:
    """An entry of the actor knowledge base, with the role held on the article's date."""

    id: str | None
    name: str
    country: str | None  # ISO 3166-1 alpha-3; None for international bodies
    sector: str | None  # GOV, MIL, IGO, REB, OPP, PTY, ...
    role: str | None = None  # head of state, head of government, foreign minister, ...
    kind: Literal["person", "country", "organization", "group", "role"] = "country"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span of the text resolved to one actor, or to several ("the two leaders", "both sides")."""

    start: int
    end: int
    text: str
    actors: tuple[Actor, ...]
    how: str = ""  # alias, title, surname coreference, counterpart, metonymy, plural, ...


@dataclass(frozen=True, slots=True)
class TenureHint:
    """What a titled person mention says about the article's date: the office was held in `interval`."""

    text: str
    actor_id: str
    interval: DateInterval


# --- events -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventActor:
    actor: Actor
    side: Side

    def to_json(self) -> dict[str, Any]:
        a = self.actor
        return {
            "id": a.id,
            "name": a.name,
            "country": a.country,
            "sector": a.sector,
            "role": a.role,
            "kind": a.kind,
            "side": self.side,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventActor:
        actor = Actor(
            data.get("id"),
            data["name"],
            data.get("country"),
            data.get("sector"),
            data.get("role"),
            data.get("kind", "country"),
        )
        return cls(actor, data.get("side", "participant"))


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None


@dataclass(slots=True)
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

    def to_json(self) -> dict[str, Any]:
        # Field by field (`__slots__` is the fields in order) rather than `asdict`, which deep-copies the
        # actors and the date only for them to be replaced below: it was the writer's largest cost.
        out = {name: getattr(self, name) for name in self.__slots__}
        out["location"] = asdict(self.location) if self.location else None
        out["topics"] = list(self.topics)
        out["id"] = self.id
        out["actors"] = [ea.to_json() for ea in self.actors]
        out["date"] = self.date.to_json()
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventMention:
        fields = {k: v for k, v in data.items() if k != "id"}
        fields["actors"] = [EventActor.from_json(a) for a in data["actors"]]
        fields["date"] = DateInterval.from_json(data["date"])
        fields["location"] = Location(**data["location"]) if data.get("location") else None
        return cls(**fields)


@dataclass(slots=True)
class MentionRef:
    article: str
    sentence: str
    start: int
    end: int
    trigger: str = ""
    date: DateInterval | None = None
    modality: Modality | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "article": self.article,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "modality": self.modality,
        }
        out["date"] = self.date.to_json() if self.date else None
        return out

    def ref(self) -> dict[str, Any]:
        """Where the mention is: article, sentence and its offsets (a mention without its detail)."""
        return {"article": self.article, "sentence": self.sentence, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MentionRef:
        when = DateInterval.from_json(data["date"]) if data.get("date") else None
        return cls(
            data["article"],
            data["sentence"],
            data.get("start", 0),
            data.get("end", 0),
            data.get("trigger", ""),
            when,
            data.get("modality"),
        )


@dataclass(slots=True)
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

    def to_json(self, mention_detail: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "modality": self.modality,
            "actors": [ea.to_json() for ea in self.actors],
            "date": self.date.to_json(),
            "location": asdict(self.location) if self.location else None,
            "topics": list(self.topics),
            "sources": self.sources,
            "related": list(self.related),
            "mentions": [m.to_json() if mention_detail else m.ref() for m in self.mentions],
        }
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CanonicalEvent:
        return cls(
            id=data["id"],
            type=data["type"],
            mode=data.get("mode"),
            modality=data["modality"],
            actors=[EventActor.from_json(a) for a in data["actors"]],
            date=DateInterval.from_json(data["date"]),
            location=Location(**data["location"]) if data.get("location") else None,
            topics=list(data.get("topics", [])),
            mentions=[MentionRef.from_json(m) for m in data["mentions"]],
            sources=int(data.get("sources", 1)),
            related=list(data.get("related", [])),
        )


@dataclass(slots=True)
class ProcessedArticle:
    """Everything the per-article stages produce; a pure function of the raw document and config."""

    article: Article
    document_time: DocumentTime
    timexes: list[Timex] = field(default_factory=list)
    actor_mentions: list[ActorMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    failure: str | None = None  # "stage 'x' failed: ...": stored with what the stages before it made


# --- dedup -> store ---------------------------------------------------------------------------------
# What the cross-article stage reads from, and hands to, whatever remembers earlier batches (the DuckDB
# store, or `dateline.inmemory.MemoryStore`). Defined here so that the store needs nothing from dedup.


@dataclass(frozen=True, slots=True)
class Known:
    """A stored article holding some content: its id and its near-duplicate group."""

    id: str
    group: str  # the first article of its group of syndicated copies (its own id when it copies none)


@dataclass(frozen=True, slots=True)
class Earlier:
    """A stored article as the copy detector compares it: MinHash signature and group."""

    id: str
    signature: tuple[int, ...]
    group: str


@dataclass(slots=True)
class Changes:
    """What `dedup.Corpus.add` decided about one batch; the store writes it with the batch, in one
    transaction. Articles not listed in `copy_of` are originals."""

    copy_of: dict[str, str] = field(default_factory=dict)  # article id -> group it copies
    signatures: dict[str, tuple[tuple[int, ...], list[str]]] = field(default_factory=dict)  # + bands
    replaced: list[str] = field(default_factory=list)  # ids whose earlier version's rows go first
    same_text: list[tuple[Article, str]] = field(default_factory=list)  # text stored under another id
    unchanged: int = 0  # same id, same content: nothing to do
    events: list[tuple[CanonicalEvent, list[str]]] = field(default_factory=list)  # + block keys
    dropped_events: list[str] = field(default_factory=list)  # re-merged: removed before `events`
    canonical: dict[str, str] = field(default_factory=dict)  # mention id -> canonical event id
