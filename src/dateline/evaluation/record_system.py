"""What dateline stored, in the gold's coordinates: canonical events whose mentions are spans of the
article *files*, and the publication dates it found.

Gold offsets point into the raw file text; dateline's point into the cleaned text (header and
boilerplate lines removed, whitespace rejoined). A dateline sentence is placed in the raw text by
finding it there with whitespace runs collapsed; where it occurs more than once, the occurrence
nearest its cleaned offset wins (cleaning only removes text, so the raw offset is at or after it).
Where the whole sentence is not found (the cleaner rewrote a character or cut a dateline prefix), its
first or last 40 characters are looked up the same way and the span extended to the sentence length.
Sentences found nowhere are counted as unplaced and take no part in the alignment.

Database article ids are matched to gold article ids by the id itself, else by the stem of the file
the article was read from, else by the longest gold id the database id starts with (ids made unique
with a suffix).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dateline.evaluation.record_gold import Dates
from dateline.store.database import Database

ANCHOR = 40  # characters of a sentence's start or end looked up when the whole sentence is not found
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Span:
    article: str  # gold article id
    start: int  # offsets into the article file text
    end: int


@dataclass
class SystemEvent:
    """A canonical event, or for the no-merging baseline a single mention."""

    id: str
    type: str
    mode: str | None
    modality: str
    countries: frozenset[str]
    people: frozenset[str]  # knowledge-base ids of actors that are not whole countries
    date: Dates
    mentions: list[Span]
    published: date | None  # earliest publication date dateline found among its articles


@dataclass
class System:
    events: list[SystemEvent]  # canonical events with at least one placed mention in a gold article
    mention_events: list[SystemEvent]  # every placed mention as its own event (no merging)
    published: dict[str, date | None]  # gold article id -> publication date dateline found
    unplaced: list[tuple[str, int, int]] = field(default_factory=list)  # (article, cleaned start, end)


class RawTexts:
    """The article files the gold offsets refer to: `<corpus>/<id>.txt`, else the file ingested."""

    def __init__(self, corpus: Path | None) -> None:
        self.corpus = corpus
        self._cache: dict[str, str | None] = {}

    def get(self, article: str, source: str | None = None) -> str | None:
        if article not in self._cache:
            candidates = [self.corpus / f"{article}.txt"] if self.corpus else []
            if source:
                candidates.append(Path(source.split("#", 1)[0]))
            self._cache[article] = next(
                (p.read_text(encoding="utf-8") for p in candidates if p.suffix == ".txt" and p.is_file()),
                None,
            )
        return self._cache[article]


def gold_article_id(record: dict[str, Any], gold_ids: set[str]) -> str | None:
    """The gold article a stored article is, or None (see the module docstring)."""
    if record["id"] in gold_ids:
        return record["id"]
    source = record.get("source") or ""
    stem = Path(source.split("#", 1)[0]).name.removesuffix(".txt")
    if stem in gold_ids:
        return stem
    prefixes = [g for g in gold_ids if record["id"].startswith(g)]
    return max(prefixes, key=len) if prefixes else None


def _squeezed(text: str) -> tuple[str, list[int]]:
    """`text` with every whitespace run as one space, and each kept character's offset in `text`."""
    out: list[str] = []
    where: list[int] = []
    for m in re.finditer(r"\s+|\S+", text):
        if m.group()[0].isspace():
            out.append(" ")
            where.append(m.start())
        else:
            out.append(m.group())
            where.extend(range(m.start(), m.end()))
    return "".join(out), where


def _occurrences(haystack: str, needle: str) -> Iterable[int]:
    i = haystack.find(needle)
    while i >= 0:
        yield i
        i = haystack.find(needle, i + 1)


class Placer:
    """Places cleaned-text sentences of one article in its raw text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.flat, self.where = _squeezed(raw)

    def place(self, sentence: str, hint: int) -> tuple[int, int] | None:
        needle = _SPACE.sub(" ", sentence).strip()
        if not needle:
            return None
        n = len(needle)
        tries = [(needle, 0)]
        if n > ANCHOR:
            tries += [(needle[:ANCHOR], 0), (needle[-ANCHOR:], n - ANCHOR)]
        for part, offset in tries:
            found = [i - offset for i in _occurrences(self.flat, part)]
            found = [i for i in found if i >= 0 and i + n <= len(self.flat)]
            if found:
                best = min(found, key=lambda i: (abs(self.where[i] - hint), i))
                return self.where[best], self.where[best + n - 1] + 1
        return None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _event_date(d: dict[str, Any] | None) -> Dates:
    d = d or {}
    return Dates(_day(d.get("start")), _day(d.get("end")), _day(d.get("likely")))


def _actors(actors: list[dict[str, Any]]) -> tuple[frozenset[str], frozenset[str]]:
    countries = frozenset(a["country"] for a in actors if a.get("country"))
    people = frozenset(a["id"] for a in actors if a.get("id") and a.get("kind") != "country")
    return countries, people


def read_system(store: Database, gold_ids: set[str], raw: RawTexts) -> System:
    """Canonical events and mentions of `store` that fall in gold articles, placed in the raw texts."""
    to_gold: dict[str, str] = {}
    published_db: dict[str, date | None] = {}
    published: dict[str, date | None] = {}
    sources: dict[str, str | None] = {}
    for record in store.articles():
        value = _day(record["published"]["value"])
        published_db[record["id"]] = value
        gold_id = gold_article_id(record, gold_ids)
        if gold_id is not None and gold_id not in published:
            to_gold[record["id"]] = gold_id
            published[gold_id] = value
            sources[gold_id] = record.get("source")
    placers: dict[str, Placer | None] = {}
    unplaced: list[tuple[str, int, int]] = []

    def span(db_article: str, sentence: str, start: int, end: int) -> Span | None:
        gold_id = to_gold.get(db_article)
        if gold_id is None:
            return None
        if gold_id not in placers:
            text = raw.get(gold_id, sources.get(gold_id))
            placers[gold_id] = Placer(text) if text is not None else None
        placer = placers[gold_id]
        where = placer.place(sentence, start) if placer else None
        if where is None:
            unplaced.append((gold_id, start, end))
            return None
        return Span(gold_id, *where)

    def first_published(db_articles: Iterable[str]) -> date | None:
        days = [d for a in db_articles if (d := published_db.get(a)) is not None]
        return min(days, default=None)

    events = []
    for ev in store.events(mention_detail=True):
        spans = [s for m in ev["mentions"] if (s := span(m["article"], m["sentence"], m["start"], m["end"]))]
        if spans:
            countries, people = _actors(ev["actors"])
            events.append(
                SystemEvent(
                    ev["id"], ev["type"], ev.get("mode"), ev["modality"], countries, people,
                    _event_date(ev["date"]), spans, first_published(m["article"] for m in ev["mentions"]),
                )
            )  # fmt: skip
    mention_events = []
    for m in store.event_mentions():
        s = span(m["article_id"], m["sentence"], m["sentence_start"], m["sentence_end"])
        if s:
            countries, people = _actors(m["actors"])
            mention_events.append(
                SystemEvent(
                    m["id"], m["type"], m.get("mode"), m["modality"], countries, people,
                    _event_date(m["date"]), [s], published_db.get(m["article_id"]),
                )
            )  # fmt: skip
    return System(events, mention_events, published, sorted(set(unplaced)))
