"""`Corpus`: the one entry for everything that spans articles.

    corpus = Corpus(memory)               # memory: the DuckDB store, or inmemory.MemoryStore
    admitted = corpus.admit(articles)     # before parsing: content seen before is not parsed again
    changes = corpus.add(processed, admitted)
    memory.write(processed, changes)      # the store persists what was decided, in one transaction

`admit` sorts cleaned articles by content hash, once per article: the same id with the same content is
unchanged (an interrupted run resumes without parsing it again); the same content under a new id is
recorded as another copy of the stored article (its id, URL and date stay queryable), not parsed. Both
look at the articles stored and at those admitted but not yet added (several batches may be in flight).

`add` then finds syndicated copies (`copies.py`) and merges the event mentions into canonical events
(`index.py`) among the events stored under the same block keys, re-merging the events that held the
mentions of a changed article. `redate` stores articles analysed again with a document time learnt
from the corpus (`doctime.py`) the same way, keeping their copies. Everything it reads of earlier
batches comes through `Memory`, so the result depends on the input and its order, not on the batch
size nor on where a run was resumed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from dateline.dedup.blocking import block_keys, crowd_keys, query_keys
from dateline.dedup.copies import find_copies
from dateline.dedup.index import ENCOUNTERS, CanonicalIndex, gc_paused, occasion
from dateline.dedup.memory import Memory
from dateline.dedup.signatures import Signatures, band_keys
from dateline.records import Article, CanonicalEvent, Changes, EventMention, Known, ProcessedArticle


@dataclass
class Admitted:
    """What `admit` decided about a batch: the articles to analyse, and the rest."""

    analyse: list[Article] = field(default_factory=list)
    same_text: list[tuple[Article, str]] = field(default_factory=list)  # article, group it copies
    unchanged: int = 0


def latest(processed: Sequence[ProcessedArticle]) -> list[ProcessedArticle]:
    """The batch without earlier versions of an id given twice (with different content): the later
    version is the article, as it would be had the two come in two batches. Writers store this list."""
    last = {p.article.id: i for i, p in enumerate(processed)}
    return [p for i, p in enumerate(processed) if last[p.article.id] == i]


class Corpus:
    def __init__(self, memory: Memory) -> None:
        self.memory = memory
        self._pending: dict[str, Known] = {}  # content admitted, not yet added: hash -> article

    def admit(self, articles: Sequence[Article]) -> Admitted:
        out = Admitted()
        known = self.memory.known_content(sorted({a.content_hash for a in articles}))
        for a in articles:
            holders = list(known.get(a.content_hash, ()))
            if a.content_hash in self._pending:
                holders.append(self._pending[a.content_hash])
            if any(k.id == a.id for k in holders):
                out.unchanged += 1
            elif holders:
                out.same_text.append((a, holders[0].group))
            else:
                self._pending[a.content_hash] = Known(a.id, a.id)
                out.analyse.append(a)
        return out

    def add(
        self,
        processed: Sequence[ProcessedArticle],
        admitted: Admitted,
        signatures: Signatures | None = None,
        merge: bool = True,
    ) -> Changes:
        """Decide copies and canonical events for a batch: `processed` are the articles `admitted`
        gave to analyse (those that failed left out); `signatures` their MinHash signatures where
        already computed (`signatures.signature`, by article id). `merge=False` leaves the canonical
        events to `merge_in_order` over each family afterwards (the Ray engine)."""
        # Written now, or failed: either way no longer in flight.
        for a in admitted.analyse:
            self._pending.pop(a.content_hash, None)
        processed = latest(processed)
        articles = [p.article for p in processed]
        changes = Changes(same_text=list(admitted.same_text), unchanged=admitted.unchanged)
        ids = [a.id for a in articles] + [a.id for a, _ in admitted.same_text]
        changes.replaced = sorted(self.memory.stored_articles(ids))
        changes.copy_of, changes.signatures = find_copies(
            self.memory, articles, set(changes.replaced), signatures
        )
        new = [(m, changes.copy_of.get(p.article.id, p.article.id)) for p in processed for m in p.events]
        if merge:
            self._merge(new, changes)
        return changes

    def redate(
        self,
        processed: Sequence[ProcessedArticle],
        signatures: Signatures,
        same: Collection[str] = (),
        placed: Mapping[str, str] | None = None,
    ) -> Changes:
        """Changes for stored articles analysed again, their text the same (`doctime.py`): each stays
        in its group of copies and keeps its signature; its mentions are merged anew in place of the
        old ones, as a changed article's are, except in the articles `same` (their events' dates
        unchanged), whose mentions stay in their events (`placed`: mention id -> event id)."""
        ids = [p.article.id for p in processed]
        groups = self.memory.groups(ids)
        changes = Changes(replaced=sorted(ids))
        changes.copy_of = {i: g for i, g in groups.items() if g != i}
        changes.signatures = {i: (s, band_keys(s)) for i in ids if (s := signatures.get(i)) is not None}
        new = [
            (m, groups.get(p.article.id, p.article.id))
            for p in processed
            if p.article.id not in same
            for m in p.events
        ]
        self._merge(new, changes, set(ids) - set(same))
        changes.canonical = {**(placed or {}), **changes.canonical}
        return changes

    def _merge(
        self, new: list[tuple[EventMention, str]], changes: Changes, replaced: set[str] | None = None
    ) -> None:
        """Merge the new mentions into the canonical events of their blocks; the events that held
        mentions of replaced articles (`changes.replaced` unless given), and the other events of the
        articles those held, are taken apart and their other mentions merged again first."""
        replaced = set(changes.replaced) if replaced is None else replaced
        orphaned = self.memory.events_of(sorted(replaced)) if replaced else set()
        readd = self._others(orphaned, replaced)
        # The other events of the articles whose reports go back in are taken apart too (round 14):
        # re-added beside them as stored, a report met its neighbour's pieces in an order no session
        # has, and one meeting fell into three pieces; now the re-merge is one session's, in the
        # order stored. (A second `mentions_of`, only where a replaced article's events had others.)
        neighbours = sorted({m.article_id for m, _ in readd})
        if neighbours:
            orphaned |= self.memory.events_of(neighbours)
            readd = self._others(orphaned, replaced)
        todo = readd + new
        if not todo and not orphaned:
            return
        keys = sorted({k for m, _ in todo for k in query_keys(m)})
        existing = [e for e in self.memory.events_in(keys) if e.id not in orphaned]
        # With the dated events around the vague ones loaded, which would make them ambiguous
        # (`index._crowded`); asked again as one query, so the events come in the store's order.
        more = {k for e in existing for k in crowd_keys(e)} - set(keys)
        if more:
            keys = sorted(more.union(keys))
            existing = [e for e in self.memory.events_in(keys) if e.id not in orphaned]
        articles = sorted({ref.article for e in existing for ref in e.mentions})
        met = encounters_by_article(self.memory.mentions_in(articles, ENCOUNTERS)) if articles else {}
        index = CanonicalIndex(existing, self.memory.groups(articles), met)
        with gc_paused():
            changes.canonical = {i: ev.id for i, ev in index.add_all(todo).items()}
        # Stored events joined into another (`CanonicalIndex._rejoin`) go; their mentions follow.
        loaded = {e.id for e in existing}
        stored: dict[str, list[str]] = {}  # survivor -> the stored events joined into it
        for gone, kept in index.joined().items():
            if gone in loaded:
                stored.setdefault(kept, []).append(gone)
        for kept, gone_ids in sorted(stored.items()):  # rare: one question per survivor
            for m, _ in self.memory.mentions_of(sorted(gone_ids)):
                changes.canonical[m.id] = kept
        changes.dropped_events = sorted(orphaned.union(*stored.values()))
        changes.events = [(ev, block_keys(ev)) for ev in index.changed()]

    def _others(self, events: set[str], replaced: set[str]) -> list[tuple[EventMention, str]]:
        """The stored mentions of the events taken apart, but those of the replaced articles."""
        return [(m, g) for m, g in self.memory.mentions_of(sorted(events)) if m.article_id not in replaced]


def merge_in_order(
    todo: Iterable[tuple[EventMention, str]], encounters: Mapping[str, list[EventMention]] | None = None
) -> tuple[list[CanonicalEvent], dict[str, str]]:
    """The canonical events of mentions (with their near-duplicate groups) in input order, and the
    event of each mention: what `add` decides batch after batch, in one go. Events never span two
    type families (`compatible.type_family`), so each family can be merged apart, in parallel, with
    the same result, given the encounters held of each article (`index.occasion`, by article id:
    `encounters_by_article`): the one thing a family's merge reads of other types
    (`CanonicalIndex.add_all`)."""
    index = CanonicalIndex()
    with gc_paused():
        assigned = {i: ev.id for i, ev in index.add_all(todo, encounters).items()}
    return index.events(), assigned


def encounters_by_article(mentions: Iterable[EventMention]) -> dict[str, list[EventMention]]:
    """The encounters held among these (`index.occasion`), by article id, in their order."""
    out: dict[str, list[EventMention]] = {}
    for m in mentions:
        if occasion(m):
            out.setdefault(m.article_id, []).append(m)
    return out
