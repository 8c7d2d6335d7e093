"""The incremental canonical index: event mentions in, canonical events out, ids stable across runs.

    index = CanonicalIndex(events_loaded_from_the_store)
    for mention, group in new_mentions:
        index.add(mention, group)      # group: the near-duplicate group of the mention's article
    store(index.changed())

A mention joins the most precisely dated canonical event it is compatible with (`compatible.py`), and
refines it (`refine.py`). When several candidates are equally precise (say two calls on one day, and a
mention that names neither mode), the mention is ambiguous and becomes an event of its own rather
than picking one at random. Mentions are only compared inside blocks (`blocking.py`); inside a block,
day-precise events are indexed by day so a day-precise mention looks at one day, not the whole block.
A mention whose article already holds an event of the same type and dyad is also compared with it, so
an undated "the call" in the article that dated the call joins it.

Identity: an event's id is "ev_" + a hash of its first mention's id and never changes afterwards;
re-adding a mention already present changes nothing. The result depends on the input order only where
the rules leave a choice (which event an imprecise mention meets first); the same input in the same
order always gives identical output.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateline.dedup.blocking import UNDATED, dyad_key, periods
from dateline.dedup.compatible import PLANS, fulfils, same_event
from dateline.dedup.refine import (
    DateEvidence,
    refine_date,
    refine_location,
    union_actors,
    union_topics,
    width,
)
from dateline.records import CanonicalEvent, DateInterval, EventMention, MentionRef

RefKey = tuple[str, int, int, str]
# A tuple while small (most events have a mention or two, and a set costs 216 bytes), a set beyond.
Members = tuple[str, ...] | set[str]
_SMALL = 8
_ONE_DAY = timedelta(days=1)
_OPEN = "open"


@dataclass(slots=True, eq=False)
class _Entry:
    """A canonical event under construction with what the index needs to grow it."""

    event: CanonicalEvent
    order: int
    block: _Block  # type, dyad and modality never change as mentions join, so neither does the block
    when: DateEvidence | None  # None while the event has its first mention's date, as most have
    members: Members  # articles and near-duplicate groups of its mentions (to count sources)
    # Mentions of an event loaded from the store, to recognise one added again; mentions added in
    # this session are recognised by id (`CanonicalIndex._mention_ids`), so fresh events keep None.
    refs: set[RefKey] | None = None
    changed: bool = False


@dataclass(slots=True)
class _Block:
    """The events of one type, dyad and modality, i.e. of every block key `TYPE|dyad|period`.

    Day-precise events are kept by day, so that a day-precise mention looks at one day and a
    month-precise one at 31 at most, however many events the dyad has; the others by period (each
    month they touch, or undated), as `block_keys` files them. Inside the undated block, events
    whose date is open (unknown, or "before X") are set apart: an open mention could not merge
    with them anyway (`dates_compatible`), and for busy dyads they are the longest list of all.
    Most dyads hold an event or two, so both maps start as None to keep a million blocks small.
    """

    prefix: str  # "TYPE|dyad"
    days: dict[date, _Entry | list[_Entry]] | None = None  # a list only where a day has several
    wide: dict[str, list[_Entry]] | None = None

    def file(self, entry: _Entry) -> None:
        d = entry.event.date
        if d.start is not None and d.start == d.end:
            if self.days is None:
                self.days = {}
            here = self.days.get(d.start)
            if here is None:
                self.days[d.start] = entry
            elif isinstance(here, list):
                here.append(entry)
            else:
                self.days[d.start] = [here, entry]
            return
        if self.wide is None:
            self.wide = {}
        for p in _shelves(d):
            self.wide.setdefault(p, []).append(entry)

    def remove(self, entry: _Entry) -> None:
        """Unfile a wide event before its date changes (a day, once set, never changes)."""
        if not self.wide:
            return
        for p in _shelves(entry.event.date):
            rest = [e for e in self.wide.get(p, ()) if e is not entry]
            if rest:
                self.wide[p] = rest
            else:
                self.wide.pop(p, None)

    def overlapping(self, d: DateInterval) -> Iterator[_Entry]:
        """Events filed under the same block keys as `d` (day events: only those inside `d`)."""
        keys = periods(d)
        start, end = d.start, d.end
        if self.days and keys != [UNDATED] and start is not None and end is not None:
            if start == end:
                yield from _entries(self.days.get(start))
            elif (end - start).days < len(self.days):
                day = start
                while day <= end:
                    yield from _entries(self.days.get(day))
                    day += _ONE_DAY
            else:
                for day, here in self.days.items():
                    if start <= day <= end:
                        yield from _entries(here)
        if self.wide:
            if keys == [UNDATED] and start is not None and end is not None:
                keys = [UNDATED, _OPEN]  # a long but bounded interval may meet an open one
            for p in keys:
                yield from self.wide.get(p, ())


def _shelves(d: DateInterval) -> list[str]:
    """Where a wide event is kept in its block: its periods, or _OPEN for an open interval."""
    return [_OPEN] if d.start is None or d.end is None else periods(d)


def _entries(here: _Entry | list[_Entry] | None) -> list[_Entry]:
    if here is None:
        return []
    return here if isinstance(here, list) else [here]


def _with(members: Members, *items: str) -> Members:
    if isinstance(members, set):
        members.update(items)
        return members
    for item in items:
        if item not in members:
            members = (*members, item)
    return set(members) if len(members) > _SMALL else members


def _ref_key(ref: MentionRef) -> RefKey:
    return (ref.article, ref.start, ref.end, ref.trigger)


def _event_id(mention_id: str) -> str:
    return "ev_" + hashlib.blake2b(mention_id.encode(), digest_size=8).hexdigest()


def _mention_ref(m: EventMention) -> MentionRef:
    # start/end are the sentence's offsets in Article.text, beside the sentence they delimit.
    return MentionRef(
        m.article_id, m.sentence, m.sentence_start, m.sentence_end, m.trigger, m.date, m.modality
    )


class CanonicalIndex:
    def __init__(self, existing: Iterable[CanonicalEvent] = ()) -> None:
        self._entries: dict[str, _Entry] = {}
        self._blocks: dict[str, _Block] = {}  # "TYPE|dyad|modality" -> block
        self._by_article: dict[str, list[_Entry]] = {}
        self._mention_ids: dict[str, _Entry] = {}
        for ev in existing:
            self._load(ev)

    # --- public -------------------------------------------------------------------------------------

    def add(self, mention: EventMention, group: str | None = None) -> CanonicalEvent:
        """Merge one mention; return the canonical event that holds it."""
        known = self._mention_ids.get(mention.id)
        if known is not None:
            return known.event
        ref = _mention_ref(mention)
        key = _ref_key(ref)
        prefix = dyad_key(mention)
        found = self._candidates(prefix, mention.date, mention.modality)
        for e in self._by_article.get(mention.article_id, ()):
            # Same article, type and dyad: compared whatever the dates (see the module docstring).
            if e.block.prefix == prefix and e.event.modality == mention.modality:
                found.setdefault(e.order, e)
        candidates = [
            found[o]
            for o in sorted(found)
            if same_event(found[o].event, mention, mention.article_id in found[o].members)
        ]
        for e in candidates:
            if e.refs is not None and key in e.refs:  # re-added: present in a stored event
                self._mention_ids[mention.id] = e
                return e.event
        target = self._choose(candidates)
        if target is None:
            target = self._create(mention, ref, group, prefix)
        else:
            self._absorb(target, mention, ref, group)
        self._mention_ids[mention.id] = target
        self._link(target)
        return target.event

    def events(self) -> list[CanonicalEvent]:
        return [e.event for e in self._entries.values()]

    def changed(self) -> list[CanonicalEvent]:
        """Events created or updated since construction, in creation order."""
        return [e.event for e in self._entries.values() if e.changed]

    # --- candidates ---------------------------------------------------------------------------------

    def _candidates(self, prefix: str, when: DateInterval, modality: str) -> dict[int, _Entry]:
        """Events of the blocks of (prefix, when) with this modality, by creation order."""
        found: dict[int, _Entry] = {}
        block = self._blocks.get(f"{prefix}|{modality}")
        if block is not None:
            for e in block.overlapping(when):
                found.setdefault(e.order, e)
        return found

    def _block(self, prefix: str, modality: str) -> _Block:
        key = f"{prefix}|{modality}"
        block = self._blocks.get(key)
        if block is None:
            block = self._blocks[key] = _Block(prefix)
        return block

    @staticmethod
    def _choose(candidates: list[_Entry]) -> _Entry | None:
        """The most precisely dated candidate; None when there is none or two tie (ambiguous)."""
        if not candidates:
            return None
        ranked = sorted(candidates, key=lambda e: (width(e.event.date), e.order))
        if len(ranked) > 1 and width(ranked[0].event.date) == width(ranked[1].event.date):
            return None
        return ranked[0]

    # --- growth -------------------------------------------------------------------------------------

    def _create(self, m: EventMention, ref: MentionRef, group: str | None, prefix: str) -> _Entry:
        eid = _event_id(m.id)
        n = 2
        while eid in self._entries:  # practically never: a hash collision or a reused first mention
            eid, n = f"{_event_id(m.id)}_{n}", n + 1
        ev = CanonicalEvent(
            id=eid,
            type=m.type,
            mode=m.mode,
            modality=m.modality,
            actors=list(m.actors),
            date=m.date,
            location=m.location,
            topics=list(m.topics),
            mentions=[ref],
            sources=1,
        )
        members = _with((), m.article_id, group or m.article_id)
        entry = _Entry(ev, len(self._entries), self._block(prefix, m.modality), None, members, changed=True)
        self._entries[eid] = entry
        entry.block.file(entry)
        self._note_article(entry, m.article_id)
        return entry

    def _absorb(self, e: _Entry, m: EventMention, ref: MentionRef, group: str | None) -> None:
        ev = e.event
        g = group or m.article_id
        if g not in e.members and m.article_id not in e.members:
            ev.sources += 1
        e.members = _with(e.members, g, m.article_id)
        if e.refs is not None:
            e.refs.add(_ref_key(ref))
        ev.mentions.append(ref)
        ev.mode = ev.mode or m.mode
        ev.actors = union_actors(ev.actors, m.actors, ev.type)
        ev.location = refine_location(ev.location, m.location)
        ev.topics = union_topics(ev.topics, m.topics)
        self._note_article(e, m.article_id)
        old = ev.date
        e.when = refine_date(e.when or DateEvidence(old, old, ev.mentions[0].article), m.date, m.article_id)
        if (old.start, old.end) != (e.when.interval.start, e.when.interval.end):
            e.block.remove(e)  # under the periods of the old date
            ev.date = e.when.interval
            e.block.file(e)
        else:
            ev.date = e.when.interval
        e.changed = True

    def _link(self, e: _Entry) -> None:
        """Link a plan and the asserted event that fulfils it, both ways."""
        ev = e.event
        others = ("asserted",) if ev.modality in PLANS else tuple(PLANS) if ev.modality == "asserted" else ()
        for modality in sorted(others):
            found = self._candidates(e.block.prefix, ev.date, modality)
            for o in (found[k] for k in sorted(found)):
                same = any(a in o.members for a in e.members)
                if o.event.id not in ev.related and fulfils(ev, o.event, same):
                    ev.related.append(o.event.id)
                    o.event.related.append(ev.id)
                    e.changed = o.changed = True

    def _note_article(self, e: _Entry, article: str) -> None:
        entries = self._by_article.setdefault(article, [])
        if all(x is not e for x in entries):
            entries.append(e)

    def _load(self, stored: CanonicalEvent) -> None:
        ev = replace(
            stored,
            actors=list(stored.actors),
            topics=list(stored.topics),
            mentions=list(stored.mentions),
            related=list(stored.related),
        )
        origin, article = ev.date, ev.mentions[0].article if ev.mentions else ""
        for ref in ev.mentions:
            if ref.date is not None and (ref.date.start, ref.date.end) == (ev.date.start, ev.date.end):
                origin, article = ref.date, ref.article
                break
        entry = _Entry(
            ev,
            len(self._entries),
            self._block(dyad_key(ev), ev.modality),
            DateEvidence(ev.date, origin, article, max(1, len(ev.mentions))),
            _with((), *(ref.article for ref in ev.mentions)),
            {_ref_key(ref) for ref in ev.mentions},
        )
        self._entries[ev.id] = entry
        entry.block.file(entry)
        for ref in ev.mentions:
            self._note_article(entry, ref.article)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while an index grows.

    Every collection walks all the containers alive, and a growing index is millions of them, none
    of them garbage: with the collector on, merging a million mentions takes about twice as long.
    The index makes no cyclic garbage of its own, so nothing is lost while it is paused.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def merge(mentions: Iterable[EventMention], groups: Mapping[str, str] | None = None) -> list[CanonicalEvent]:
    """Canonical events of the mentions, in a fresh index. `groups`: article id -> near-duplicate group."""
    index = CanonicalIndex()
    with gc_paused():
        for m in mentions:
            index.add(m, groups.get(m.article_id) if groups else None)
    return index.events()
