"""The store in memory: `MemoryStore` keeps what the DuckDB store keeps, in dicts, and `dateline.process`
runs the pipeline into it (notebooks and scripts, no database).

It answers the same `dedup.Memory` questions and writes the same `Changes`, with records round-tripped
through their JSON form as the database stores them, so `process` gives what `dateline ingest` stores.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.pipeline import Pipeline, PipelineConfig
from dateline.records import (
    Article,
    CanonicalEvent,
    Changes,
    DocumentTime,
    Earlier,
    EventMention,
    IngestError,
    Known,
    ProcessedArticle,
    RawDocument,
)
from dateline.run import run
from dateline.time.document_time import CORPUS, STORY_LAG, own_day, pinned


@dataclass(slots=True)
class _Stored:
    article: Article
    document_time: DocumentTime
    copy_of: str | None
    mentions: list[str]  # mention ids, in order

    @property
    def group(self) -> str:
        return self.copy_of or self.article.id


class MemoryStore:
    """A `run.Sink` in dicts: the articles, signatures, bands, mentions and canonical events of every
    batch written, in the order they were written."""

    def __init__(self) -> None:
        self._articles: dict[str, _Stored] = {}
        self._signatures: dict[str, tuple[int, ...]] = {}
        self._bands: dict[str, list[str]] = {}
        self._mentions: dict[str, tuple[dict[str, Any], str | None]] = {}  # id -> (payload, canonical)
        self._events: dict[str, tuple[dict[str, Any], list[str]]] = {}  # id -> (payload, block keys)
        self._by_key: dict[str, set[str]] = {}
        self.errors: list[IngestError] = []

    # --- dedup.Memory ---------------------------------------------------------------------------------

    def stored_articles(self, ids: Collection[str]) -> dict[str, str]:
        return {i: self._articles[i].article.content_hash for i in ids if i in self._articles}

    def known_content(self, hashes: Collection[str]) -> dict[str, list[Known]]:
        wanted = set(hashes)
        out: dict[str, list[Known]] = {}
        for s in sorted(self._articles.values(), key=lambda s: (s.copy_of is not None, s.article.id)):
            if s.article.content_hash in wanted:
                out.setdefault(s.article.content_hash, []).append(Known(s.article.id, s.group))
        return out

    def earlier(self, bands: Collection[str]) -> list[Earlier]:
        ids = sorted({i for b in bands for i in self._bands.get(b, ())})
        return [Earlier(i, self._signatures[i], self._articles[i].group) for i in ids]

    def events_in(self, keys: Collection[str]) -> list[CanonicalEvent]:
        ids = sorted({i for k in keys for i in self._by_key.get(k, ())})
        return [CanonicalEvent.from_json(self._events[i][0]) for i in ids]

    def events_of(self, article_ids: Collection[str]) -> set[str]:
        return {
            c
            for a in article_ids
            if a in self._articles
            for m in self._articles[a].mentions
            if (c := self._mentions[m][1]) is not None
        }

    def mentions_of(self, event_ids: Collection[str]) -> list[tuple[EventMention, str]]:
        wanted = set(event_ids)
        return [
            (EventMention.from_json(self._mentions[m][0]), s.group)
            for s in self._articles.values()
            for m in s.mentions
            if self._mentions[m][1] in wanted
        ]

    def mentions_in(self, article_ids: Collection[str], types: Collection[str]) -> list[EventMention]:
        wanted, kinds = set(article_ids), set(types)
        found = (
            EventMention.from_json(self._mentions[m][0])
            for a, s in self._articles.items()
            if a in wanted
            for m in s.mentions
        )
        return [m for m in found if m.type in kinds]

    def groups(self, article_ids: Collection[str]) -> dict[str, str]:
        return {a: self._articles[a].group for a in article_ids if a in self._articles}

    # --- dedup.doctime.Reports ------------------------------------------------------------------------

    def undated_reports(self) -> list[tuple[EventMention, EventMention, date]]:
        return self._undated_pairs(lambda own, other, _: own[1] is not None and own[1] == other[1])

    def alike_reports(self) -> list[tuple[EventMention, EventMention, date]]:
        # The same narrowing as the DuckDB store's: a dated report whose day (stated, else likely,
        # else the last day of an interval held within STORY_LAG days before its article's day)
        # lies inside the interval.
        return self._undated_pairs(
            lambda own, other, published: (
                own[1] != other[1]
                and own[0].type == other[0].type
                and own[0].modality == "asserted"
                and other[0].modality in ("asserted", "planned")
                and (day := _alike_day(other[0], published)) is not None
                and own[0].date.holds(day)
            )
        )

    def _undated_pairs(
        self,
        paired: Callable[[tuple[EventMention, str | None], tuple[EventMention, str | None], date], bool],
    ) -> list[tuple[EventMention, EventMention, date]]:
        """As the DuckDB store: each (mention, canonical event) of an undated article not yet dated
        from the corpus beside each of a dated article that `paired` accepts."""
        dated = [
            ((EventMention.from_json(self._mentions[m][0]), self._mentions[m][1]), day)
            for s in self._articles.values()
            if (day := own_day(s.document_time)) is not None and not pinned(s.article.published)
            for m in s.mentions
        ]
        return [
            (own[0], other[0], day)
            for s in self._articles.values()
            if _undated(s)
            for m in s.mentions
            for own in ((EventMention.from_json(self._mentions[m][0]), self._mentions[m][1]),)
            for other, day in dated
            if other[0].article_id != own[0].article_id and paired(own, other, day)
        ]

    def undated_articles(self) -> list[str]:
        return [a for a, s in self._articles.items() if _undated(s)]

    def stored(self, article_ids: Iterable[str]) -> list[Article]:
        return [self._articles[i].article for i in article_ids if i in self._articles]

    def placed(self, article_ids: Iterable[str]) -> list[tuple[EventMention, str | None]]:
        wanted = set(article_ids)
        return [
            (EventMention.from_json(self._mentions[m][0]), self._mentions[m][1])
            for a, s in self._articles.items()
            if a in wanted
            for m in dict.fromkeys(s.mentions)
        ]

    # --- run.Sink -------------------------------------------------------------------------------------

    def source_of(self, article_id: str) -> str | None:
        stored = self._articles.get(article_id)
        return stored.article.source if stored else None

    def id_for_source(self, source: str) -> str | None:
        return min((i for i, s in self._articles.items() if s.article.source == source), default=None)

    def release(self, held_for: float = 0.0) -> None:
        """Nothing held: no other process reads this store."""

    # --- writing --------------------------------------------------------------------------------------

    def write(
        self, processed: Sequence[ProcessedArticle], changes: Changes, errors: Sequence[IngestError] = ()
    ) -> None:
        self.errors += errors
        for article_id in changes.replaced:
            self._forget(article_id)
        for item in processed:
            art = item.article
            ids = [m.id for m in item.events]
            self._articles[art.id] = _Stored(art, item.document_time, changes.copy_of.get(art.id), ids)
            for m in item.events:
                self._mentions[m.id] = (m.to_json(), changes.canonical.get(m.id))
        for art, original in changes.same_text:
            self._articles[art.id] = _Stored(art, DocumentTime.unknown(), original, [])
        for article_id, (sig, bands) in changes.signatures.items():
            self._signatures[article_id] = sig
            for b in bands:
                self._bands.setdefault(b, []).append(article_id)
        for event_id in changes.dropped_events:
            self._unfile(event_id)
        for ev, keys in changes.events:
            self._unfile(ev.id)
            self._events[ev.id] = (ev.to_json(), keys)
            for k in keys:
                self._by_key.setdefault(k, set()).add(ev.id)
        for mention_id, event_id in changes.canonical.items():
            payload, _ = self._mentions[mention_id]
            self._mentions[mention_id] = (payload, event_id)

    def _forget(self, article_id: str) -> None:
        stored = self._articles.pop(article_id)
        for m in stored.mentions:
            self._mentions.pop(m, None)
        sig = self._signatures.pop(article_id, None)
        if sig is not None:
            for ids in self._bands.values():
                if article_id in ids:
                    ids.remove(article_id)

    def _unfile(self, event_id: str) -> None:
        old = self._events.pop(event_id, None)
        if old is not None:
            for k in old[1]:
                self._by_key[k].discard(event_id)

    # --- reading --------------------------------------------------------------------------------------

    def events(self) -> list[CanonicalEvent]:
        """Every canonical event, in the order `Database.events` lists them (by start date, then id)."""
        events = [CanonicalEvent.from_json(payload) for payload, _ in self._events.values()]
        return sorted(events, key=lambda e: (e.date.start is None, e.date.start or date.min, e.id))

    def articles(self) -> list[Article]:
        return [s.article for s in self._articles.values()]


def _undated(s: _Stored) -> bool:
    """An article with no publication day and no "corpus" candidate yet (`doctime.Reports`)."""
    return s.document_time.dct is None and all(c.source != CORPUS for c in s.article.published.candidates)


def _alike_day(m: EventMention, published: date) -> date | None:
    """The day a dated report gives a report alike to be checked against, as the DuckDB store reads
    it (`Database.alike_reports`): the one it states, else its likely day, else (round 26) the last
    day of an asserted report's interval held within STORY_LAG days before its article's day."""
    d = m.date
    if d.is_day:
        return d.start
    if d.likely is not None:
        return d.likely
    if m.modality == "asserted" and d.start is not None and d.end is not None and d.end <= published:
        return d.end if (published - d.start).days <= STORY_LAG else None
    return None


# Building a pipeline loads spaCy and the knowledge base: once per configuration and process.
_pipelines: dict[str, Pipeline] = {}


def _raw(item: str | dict[str, Any] | RawDocument, n: int, published: str | None) -> RawDocument:
    if isinstance(item, RawDocument):
        return item
    if isinstance(item, str):
        return RawDocument(source=f"<text {n}>", text=item, published=published)
    if isinstance(item, dict):
        if not (item.get("text") or item.get("html")):
            raise ValueError(f"item {n} has neither 'text' nor 'html'")
        fields = {k: item.get(k) for k in ("id", "text", "html", "url", "title", "published")}
        fields["published"] = fields["published"] or published
        return RawDocument(source=f"<item {n}>", **fields)
    raise TypeError(f"item {n}: expected str, dict or RawDocument, not {type(item).__name__}")


def process(
    texts_or_articles: str | Iterable[str | dict[str, Any] | RawDocument],
    published: str | date | Sequence[str | date | None] | None = None,
    config: PipelineConfig | None = None,
    workers: int = 1,
) -> list[CanonicalEvent]:
    """Canonical events from texts (or dicts with `text`/`html` and optional `id`, `url`, `title`,
    `published`, or RawDocuments). `published` is one date for all items, or one per item.

    Returns `CanonicalEvent` records, ordered as `dateline.open(...).events()` lists them;
    `event.to_json()` is the schema-shaped dict `events(mention_detail=True)` returns, and
    `event.to_json(mention_detail=False)` the one `events()` returns. The same text given twice
    counts once (its second id is a copy, as `dateline ingest` records it). An item that fails is
    reported with a warning; the others go on. `workers` > 1 runs the per-article stages in spawned
    processes (in a script, call it under `if __name__ == "__main__":`, as multiprocessing requires)."""
    items = [texts_or_articles] if isinstance(texts_or_articles, str) else list(texts_or_articles)
    if published is None or isinstance(published, str | date):
        dates = [published] * len(items)
    else:
        dates = list(published)
        if len(dates) != len(items):
            raise ValueError(f"{len(dates)} publication dates for {len(items)} items")
    config = config or PipelineConfig()
    key = repr(config)  # the config holds a dict of options, so it is not hashable itself
    if workers <= 1 and key not in _pipelines:
        _pipelines[key] = Pipeline(config)
    raws = [
        _raw(item, n, when.isoformat() if isinstance(when, date) else when)
        for n, (item, when) in enumerate(zip(items, dates, strict=True))
    ]
    store = MemoryStore()
    summary = run(raws, _pipelines[key] if workers <= 1 else config, store, workers=workers)
    for err in summary.errors:
        warnings.warn(f"dateline.process: {err.source}: {err.reason}", stacklevel=2)
    return store.events()
