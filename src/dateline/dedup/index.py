"""The incremental canonical index: event mentions in, canonical events out, ids stable across runs.

    index = CanonicalIndex(events_loaded_from_the_store)
    for mention, group in new_mentions:
        index.add(mention, group)      # group: the near-duplicate group of the mention's article
    store(index.changed())

A mention joins the most precisely dated canonical event it is compatible with (`compatible.py`), and
refines it (`refine.py`). When several candidates are equally precise (say two calls on one day, and a
mention that names neither mode), the one its own article already holds wins; if none or several do,
the mention is ambiguous and becomes an event of its own rather than picking one at random. Mentions
are only compared inside blocks (`blocking.py`); inside a block, day-precise events are indexed by day
so a day-precise mention looks at one day, not the whole block. A mention whose article already holds
an event of the same type is also compared with it (dyads may nest there, `compatible.py`), so an
undated "the call" in the article that dated the call joins it. A dated mention also looks at the
blocks of its dyad's sub-dyads and of the wider dyads holding it (`_nested`: a report of a pair and
another article's report of the pair with a third party, `compatible.sub_dyads`), and failing all
that, at the one plan or event held of the pair it folds with inside an uncertain-day window
(`_within`, round 9). A mention that finds no candidate and
whose date (or the event's) is vague may still join the one event of another article it can be,
through a named actor they share, or their pair of countries where neither names a person
(`CanonicalIndex._sole`). Before that, a mention joins the event of another article that holds its
sentence word for word (`CanonicalIndex._copies`: one wire report reprinted by two outlets), or
shares the run of words around its trigger (`_quoted`, round 19: one statement quoted in two outlets'
own sentences), however vague the two dates, as long as they overlap. Once an article is added,
each dated event its mentions placed joins the one event of other articles it has become, as a
whole, the same event as (`CanonicalIndex._rejoin`, round 13): a report that tied, dated by its
article's next sentence; or the one such event that holds another sentence of the article (round 14);
or the one vague event of another article that came before it (`_vague_piece`, round 25). A visit
an article tells only in the sentences of the pair's meeting, dated as it, joins that meeting
(`_trip_of_meeting`, round 26).

Identity: an event's id is "ev_" + a hash of its first mention's id and never changes afterwards;
re-adding a mention already present changes nothing. The result depends on the input order only where
the rules leave a choice (which event an imprecise mention meets first); the same input in the same
order always gives identical output.
"""

from __future__ import annotations

import gc
import hashlib
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import combinations, groupby

from dateline.dedup.blocking import months
from dateline.dedup.compatible import (
    ENCOUNTERS,
    FOLDS_WITH,
    MUTUAL_TYPES,
    PAIR,
    PLANS,
    EventLike,
    actors_compatible,
    answered,
    asks,
    began_more,
    corroborated,
    dated,
    filed_keys,
    folds,
    fulfils,
    narrow,
    near,
    near_verbatim,
    objects_meet,
    one_more,
    same_event,
    same_object,
    shared_window,
    sole_keys,
    stated,
    stated_before,
    stems,
    sub_dyads,
    told_back,
    told_in,
    trip_mode,
    type_family,
    verbatim,
    verbatim_parts,
    widened,
)
from dateline.dedup.refine import (
    DateEvidence,
    refine_date,
    refine_location,
    union_actors,
    union_topics,
    width,
)
from dateline.events.parties import dyad, modes_compatible, named_ids, stated_only, two_sided
from dateline.records import CanonicalEvent, DateInterval, EventMention, MentionRef

RefKey = tuple[str, int, int, str]
# (type, dyad): a tuple of strings whose hashes Python caches, where an f-string key would be built
# and hashed anew for every mention.
FamilyKey = tuple[str, tuple[str, ...]]
# A tuple while small (most events have a mention or two, and a set costs 216 bytes), a set beyond.
Members = tuple[str, ...] | set[str]
_SMALL = 8
# Actor id -> its event, or its events by creation order where there are several (most blocks hold an
# event or two: a dict for each would cost more than the event's own records).
Names = dict[str, "_Entry | dict[int, _Entry]"]
_SORTED_FROM = 32
_ONE_DAY = timedelta(days=1)
# A vague report is tied to the one event it can be through a named actor (`CanonicalIndex._sole`);
# an actor with more events than this of one type and dyad is taken to single none of them out, which
# also bounds the work a vague report costs in a busy dyad.
_SOLE_MAX = 16
# A dated report that fits several vague events of other articles makes them one only where they are
# this few, each the same event as the others (`CanonicalIndex._one_event`, round 22).
_PIECES_MAX = 3
# Shelves of a block's wide map besides the months (`blocking.months`, all >= 0).
_UNDATED, _OPEN = -1, -2
_HELD = tuple((t, "asserted") for t in sorted(ENCOUNTERS))
_LINKS = {"asserted": tuple(sorted(PLANS)), **{plan: ("asserted",) for plan in PLANS}}


@dataclass(slots=True, eq=False)
class _Entry:
    """A canonical event under construction with what the index needs to grow it."""

    event: CanonicalEvent
    order: int
    block: _Block  # the type never changes as mentions join; dyad and modality may (`_absorb`)
    when: DateEvidence | None  # None while the event has its first mention's date, as most have
    members: Members  # articles and near-duplicate groups of its mentions (to count sources)
    # Mentions of an event loaded from the store, to recognise one added again; mentions added in
    # this session are recognised by id (`_Article.mentions`), so fresh events keep None.
    refs: set[RefKey] | None = None
    changed: bool = False


@dataclass(slots=True, eq=False)
class _Article:
    """The events an article's mentions belong to, and the mentions added in this session by id.

    Kept per article rather than in one index-wide dict of mention ids: the mentions of an article
    arrive together, so its record is still in the CPU cache, where a dict of a million ids is not.
    """

    events: list[_Entry]
    mentions: dict[str, _Entry]


@dataclass(slots=True, eq=False)
class _Block:
    """The events of one type, dyad and modality, i.e. of every block key `TYPE|dyad|period`.

    Day-precise events are kept by day, so that a day-precise mention looks at one day and a
    month-precise one at 31 at most, however many events the dyad has; the others by month (each
    month they touch, or _UNDATED), as `block_keys` files them. Inside the undated shelf, events
    whose date is open (unknown, or "before X") are set apart (_OPEN); the undated shelves serve the
    links between plans and fulfilments (`_link`), since vague events of different articles never
    merge through them (`dates_compatible`), and for busy dyads they are the longest lists of all.
    Most dyads hold an event or two, so both maps start as None to keep a million blocks small.
    The blocks of a type and dyad share one `family` (modality -> block): a mention looks its block up
    once in the index-wide dict, and the links between plans and fulfilments go through the family,
    which is already in the CPU cache, rather than through that large dict again.
    """

    family: dict[str, _Block]
    days: dict[date, _Entry | list[_Entry]] | None = None  # a list only where a day has several
    wide: dict[int, list[_Entry]] | None = None
    # The days of `days` in order, once there are _SORTED_FROM of them: a month- or year-precise
    # mention then bisects to the days inside its interval instead of probing every day of it (or
    # walking every day of the dyad), which grew with the dyad's history.
    ordered: list[date] | None = None
    # The events of each named actor (`parties.named_ids`), and the vague ones among them (open,
    # unknown or too wide for `months`): where a vague mention looks for the one event it may be,
    # and a dated mention for the one vague event it dates (`CanonicalIndex._sole`).
    named: Names | None = None
    vague: Names | None = None

    def file(self, entry: _Entry) -> None:
        self._file_names(entry)
        d = entry.event.date
        if d.start is not None and d.start == d.end:
            if self.days is None:
                self.days = {}
            here = self.days.get(d.start)
            if here is None:
                self.days[d.start] = entry
                if self.ordered is not None:
                    insort(self.ordered, d.start)
                elif len(self.days) >= _SORTED_FROM:
                    self.ordered = sorted(self.days)
            elif isinstance(here, list):
                here.append(entry)
            else:
                self.days[d.start] = [here, entry]
            return
        if self.wide is None:
            self.wide = {}
        for p in _shelves(d):
            self.wide.setdefault(p, []).append(entry)

    def _file_names(self, entry: _Entry) -> None:
        ids = filed_keys(entry.event.actors)
        if not ids:
            return
        shelves = [self.named if self.named is not None else self._new("named")]
        if months(entry.event.date) is None:
            shelves.append(self.vague if self.vague is not None else self._new("vague"))
        for shelf in shelves:
            for i in ids:
                here = shelf.get(i)
                if here is None:
                    shelf[i] = entry
                elif isinstance(here, dict):
                    here[entry.order] = entry
                else:
                    shelf[i] = {here.order: here, entry.order: entry}

    def _new(self, name: str) -> Names:
        shelf: Names = {}
        setattr(self, name, shelf)
        return shelf

    def _remove_names(self, entry: _Entry, names: list[str]) -> None:
        for shelf in (self.named, self.vague):
            if not shelf:
                continue
            for i in names:
                here = shelf.get(i)
                if here is entry:
                    del shelf[i]
                elif isinstance(here, dict):
                    here.pop(entry.order, None)
                    if len(here) == 1:
                        shelf[i] = next(iter(here.values()))

    def remove(self, entry: _Entry, names: list[str]) -> None:
        """Unfile an event before its date, dyad or named actors change (a day, once set, never
        changes); `names`: the named actors it was filed under."""
        self._remove_names(entry, names)
        d = entry.event.date
        if d.start is not None and d.start == d.end:
            self._remove_day(entry, d.start)
            return
        if not self.wide:
            return
        for p in _shelves(entry.event.date):
            rest = [e for e in self.wide.get(p, ()) if e is not entry]
            if rest:
                self.wide[p] = rest
            else:
                self.wide.pop(p, None)

    def _remove_day(self, entry: _Entry, day: date) -> None:
        days = self.days
        here = days.get(day) if days is not None else None
        if days is None or here is None:
            return
        if isinstance(here, list):
            rest = [e for e in here if e is not entry]
            days[day] = rest if len(rest) > 1 else rest[0]
        elif here is entry:
            del days[day]
            if self.ordered is not None:
                self.ordered.remove(day)

    def collect(self, d: DateInterval, span: range | None, found: dict[int, _Entry]) -> None:
        """Add to `found` (by creation order) the events filed under the block keys of `d`, whose
        months are `span` (`blocking.months(d)`); day events only when inside `d`."""
        start, end = d.start, d.end
        if self.days and span is not None:  # a span implies both ends
            days = self.days
            if start == end:
                _gather(days.get(start), found)
            elif self.ordered is not None:
                ordered = self.ordered
                i = bisect_left(ordered, start)
                while i < len(ordered) and ordered[i] <= end:
                    _gather(days[ordered[i]], found)
                    i += 1
            elif (end - start).days < len(days):
                day = start
                while day <= end:
                    _gather(days.get(day), found)
                    day += _ONE_DAY
            else:
                for day, here in days.items():
                    if start <= day <= end:
                        _gather(here, found)
        if self.wide:
            shelves: Iterable[int]
            if span is not None:
                shelves = span
            elif start is not None and end is not None:
                shelves = (_UNDATED, _OPEN)  # a long but bounded interval may meet an open one
            else:
                shelves = (_UNDATED,)
            for p in shelves:
                for e in self.wide.get(p, ()):
                    found.setdefault(e.order, e)


def _crowded(
    block: _Block, vague: EventLike, joint: DateInterval | None, sole: _Entry, told: Iterable[EventMention]
) -> bool:
    """Does the window of a vague record hold another occasion of its named actors than the one it
    would join (dated `joint`; None when that is vague too)? Another occasion: a dated event of the
    block (any mode: a visit is another encounter of the pair than a call), or a dated mention `told`
    by the article being added or by those of the joined event (same dyad): of the same type and
    modality, or an encounter of the pair held (`ENCOUNTERS`: an agreement or a request is made on a
    call, at a meeting or during a visit, so a visit told beside the call is another occasion for
    them too); sharing a named actor (or, for a record naming none, of the pair of countries alone:
    `compatible.sole_keys`), inside the window and apart from `joint` (a visit and the talks held
    during it overlap, and are one occasion)."""

    def other(d: DateInterval) -> bool:
        return dated(d) and d.overlaps(vague.date) and (joint is None or not d.overlaps(joint))

    names = sole_keys(vague.actors)
    shelf = block.named or {}
    for i in names:
        here = shelf.get(i)
        entries = () if here is None else here.values() if isinstance(here, dict) else (here,)
        if any(e is not sole and other(e.event.date) for e in entries):
            return True
    pair = dyad(vague.actors)
    return any(
        (m.type, m.modality) in ((vague.type, vague.modality), *_HELD)
        and other(m.date)
        and dyad(m.actors) == pair
        and not set(sole_keys(m.actors)).isdisjoint(names)
        for m in told
    )


def _as_report(ev: CanonicalEvent, m: EventMention) -> EventMention | None:
    """An article's event read as one report of it (`CanonicalIndex._rejoin`): the mention `m` of the
    article it holds, with the event's date, actors, mode, place and topics. None unless both are
    dated and `m` asked the store for everything the event's report may meet (`blocking.query_keys`):
    the same type, dyad and modality, and the event dated inside `m`'s months, so a batch has loaded
    what one session holds."""
    span, mine = months(ev.date), months(m.date)
    if (
        span is None
        or mine is None
        or (m.type, dyad(m.actors), m.modality) != (ev.type, dyad(ev.actors), ev.modality)
        or not mine.start <= span.start < span.stop <= mine.stop
    ):
        return None
    return replace(
        m, actors=list(ev.actors), date=ev.date, mode=ev.mode, location=ev.location, topics=list(ev.topics)
    )


def _alike(a: _Entry, b: _Entry) -> bool:
    """Is each of two events of one block, as a whole, the same event as the other read as one
    report of another article (`CanonicalIndex._rejoin`)?"""
    return (
        same_event(a.event, b.event)
        and same_event(b.event, a.event)
        and objects_meet(a.event, b.event)  # round 15: one more act is of its own object
    )


def _pieces_alike(a: _Entry, b: _Entry) -> bool:
    """`_alike` for two vague events, whose open intervals meet as the one event a report can be
    (`compatible.dates_compatible(sole=True)`)."""
    return (
        same_event(a.event, b.event, sole=True)
        and same_event(b.event, a.event, sole=True)
        and objects_meet(a.event, b.event)
    )


def _told_by(o: _Entry, e: _Entry, article: str) -> bool:
    """Is `o` an event of other articles that also holds another sentence of `article`, the one
    article (or near-duplicate group) it shares with `e` (`CanonicalIndex._rejoin`), with no plan
    link on either side? (Two pieces of one article alone stay apart for the reasons its mentions
    did: far apart, on the actors their sentences name.)"""
    shared = set(o.members).intersection(e.members)
    return (
        article in shared
        and len(shared) <= 2
        and not shared.issuperset(o.members)
        and not o.event.related
        and not e.event.related
    )


def _apart(a: _Entry, b: _Entry) -> bool:
    """May two events be joined (`CanonicalIndex._rejoin`)? They share no article or near-duplicate
    group (an article's pieces stay apart for the reasons its mentions did), and neither is linked
    to a plan or a fulfilment (the link names the event)."""
    return not a.event.related and not b.event.related and not any(x in b.members for x in a.members)


def _tells_more(told: Iterable[EventLike], back: EventLike) -> bool:
    """Does the article that tells `back` in a past tense alone report another act of that type of
    one of its actors (`told`: its other reports)? Then it tells a story of them, and `back` may be
    its own news, or one of several of their acts (`CanonicalIndex._recalled`). So does an
    encounter of one of them held on a date (`occasion`) beside an act of another type: "both
    leaders agreed to widen trade" after "the two presidents spoke by phone on Monday" is what was
    agreed on that call, not an agreement of the pair another outlet dated months before."""
    keys = set(sole_keys(back.actors))
    return any(
        (x.type == back.type or (back.type not in ENCOUNTERS and occasion(x)))
        and not keys.isdisjoint(sole_keys(x.actors))
        for x in told
    )


def _stated_alike(ev: CanonicalEvent, m: EventMention) -> bool:
    """Do an event and a mention of one article told far apart match on the actors their sentences
    name (`parties.stated`)? The story's other country, given to a one-sided act, joins the acts
    told beside it (the nesting allowed `near`), not an act of the pair told paragraphs away: "Kurti
    said he expects a final agreement" is not "both sides accepted the proposal" of the next section."""
    told = [ref.sentence for ref in ev.mentions]
    mine, theirs = stated_only(m.actors, [m.sentence]), stated_only(ev.actors, told)
    if len(mine) == len(m.actors) and len(theirs) == len(ev.actors):
        return True  # nothing implied: the ordinary test has answered
    return actors_compatible(theirs, mine, m.type in MUTUAL_TYPES)


def occasion(m: EventLike) -> bool:
    """Is the mention an encounter of a pair held on a date (`ENCOUNTERS`, asserted, dated, with a
    named actor or, naming none, two countries: `compatible.sole_keys`): what `_crowded` may count as
    another occasion, and all the index keeps of it."""
    return m.type in ENCOUNTERS and m.modality == "asserted" and dated(m.date) and bool(sole_keys(m.actors))


def _same_words(ev: CanonicalEvent, m: EventMention) -> bool:
    """Does `ev` hold `m`'s sentence, word for word or reprinted with an edit or two
    (`near_verbatim`), with the same trigger, of the same modality, a mode `m` agrees with and an
    overlapping date (round 18)? One sentence reprinted by two outlets tells one act whatever sides
    each outlet's reading gave its participants ("to China" read as the target in one) and whether
    it found them all (a name misspelt in one): the participants need only nest, one reading's
    inside the other's (another pair is another act)."""
    trigger = m.trigger.casefold()
    mine, theirs = set(dyad(m.actors)), set(dyad(ev.actors))
    return (
        (mine <= theirs or theirs <= mine)
        and ev.modality == m.modality
        and modes_compatible(ev.mode, m.mode)
        and ev.date.overlaps(m.date)
        and any(
            r.trigger.casefold() == trigger and near_verbatim(r.sentence, m.sentence) for r in ev.mentions
        )
    )


def _worded(ev: CanonicalEvent, m: EventMention) -> bool:
    """Does `ev` hold a sentence of another article telling `m`'s act in its words: the same trigger,
    and the sentence word for word, reprinted with an edit (`near_verbatim`) or sharing the run of
    words around the trigger (`shared_window`)? Where two events fit a report equally, the one that
    holds its words is the one another outlet reprinted or quoted (`CanonicalIndex._choose`)."""
    trigger = m.trigger.casefold()
    return any(
        r.article != m.article_id
        and r.trigger.casefold() == trigger
        and (
            near_verbatim(r.sentence, m.sentence)
            or shared_window(ev.type, r.sentence, r.trigger, m.sentence, m.trigger)
        )
        for r in ev.mentions
    )


def _names_alike(ev: CanonicalEvent, m: EventMention) -> bool:
    """Do `ev` and `m` name the same persons, bodies or groups (`parties.named_ids`), two at least,
    and nothing more? Settles a tie (`CanonicalIndex._choose`): "Varo met Ostrander" is the meeting
    another outlet told of the two leaders, not the talks told that day of Ostrander and "Norland"."""
    mine = set(named_ids(m.actors))
    return len(mine) > 1 and mine == set(named_ids(ev.actors)) and len(dyad(m.actors)) == len(dyad(ev.actors))


def _articles_of(ev: CanonicalEvent) -> list[str]:
    """The articles of an event's mentions, each once, in order."""
    return list(dict.fromkeys(ref.article for ref in ev.mentions))


def _shelves(d: DateInterval) -> Iterable[int]:
    """Where a wide event is kept in its block: its months, _UNDATED, or _OPEN for an open interval."""
    if d.start is None or d.end is None:
        return (_OPEN,)
    span = months(d)
    return (_UNDATED,) if span is None else span


def _gather(here: _Entry | list[_Entry] | None, found: dict[int, _Entry]) -> None:
    if here is None:
        return
    if isinstance(here, list):
        for e in here:
            found.setdefault(e.order, e)
    else:
        found.setdefault(here.order, here)


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
    def __init__(
        self,
        existing: Iterable[CanonicalEvent] = (),
        groups: Mapping[str, str] | None = None,
        encounters: Mapping[str, list[EventMention]] | None = None,
    ) -> None:
        """`existing`: stored events to merge into; `groups`: the near-duplicate group of their
        mentions' articles (article id -> group), so that a later copy counts as it would have in
        one session; `encounters`: the `ENCOUNTERS` mentions of their articles (`_crowded`)."""
        self._entries: dict[str, _Entry] = {}
        self._families: dict[FamilyKey, dict[str, _Block]] = {}
        # (type, dyad) -> the wider dyads of that type with a family, where `dyad` is one of their
        # `sub_dyads`: the reports a narrower report of another article may join (round 9).
        self._supers: dict[FamilyKey, list[tuple[str, ...]]] = {}
        self._articles: dict[str, _Article] = {}
        # The mentions of the article being added (`add_all`), its events told further on included.
        self._ahead: list[EventMention] = []
        # The encounters each article tells, whatever the types being merged (`_crowded`).
        self._met: dict[str, list[EventMention]] = dict(encounters or {})
        # The event holding each sentence long enough to tell, word for word (`verbatim`), or the
        # events where several do (an entry rather than a list: most sentences are told once).
        self._verbatim: dict[int, _Entry | list[_Entry]] = {}
        # Events joined into another (`_rejoin`): event id -> the event it joined.
        self._joined: dict[str, str] = {}
        for ev in existing:
            self._load(ev, groups or {})

    # --- public -------------------------------------------------------------------------------------

    def add(self, mention: EventMention, group: str | None = None) -> CanonicalEvent:
        """Merge one mention; return the canonical event that holds it."""
        mention_id = mention.id
        art = self._articles.get(mention.article_id)
        if art is not None:
            known = art.mentions.get(mention_id)
            if known is not None:
                return known.event
        key: FamilyKey = (mention.type, dyad(mention.actors))
        family = self._families.get(key)
        block = family.get(mention.modality) if family is not None else None
        candidates: list[_Entry] = []
        found: dict[int, _Entry] = {}
        span = months(mention.date)
        # A narrowly dated mention looks a day beyond its dates on each side too: a report of the
        # same act may be dated the next day or the day before (`compatible.next_day`, round 31).
        near_days = widened(mention.date)
        # A vague mention (no span) could only meet vague events of other articles on the undated
        # shelves, and `dates_compatible` keeps those apart: it meets its own article's events below
        # and, failing them, the one event it can be (`_sole`).
        if block is not None and span is not None:
            block.collect(near_days, months(near_days), found)
        # The reports of a sub-dyad or a super-dyad, from other articles (`compatible.sub_dyads`; a
        # pair asks for its one-sided reports too, round 12).
        # (A vague report looks for the one event it can be in its own dyad only: `_sole`.)
        if span is not None and (len(key[1]) > 1 or key in self._supers):
            for k in self._nested(key):
                nested = self._families[k].get(mention.modality)
                if nested is not None:
                    nested.collect(mention.date, span, found)
        # A narrowly dated plan meets the event held that week, and the other way round (`folds`).
        fold = FOLDS_WITH.get(mention.modality)
        plan_or_held = family.get(fold) if fold is not None and family is not None else None
        if plan_or_held is not None and narrow(mention.date):
            plan_or_held.collect(mention.date, span, found)
        if art is not None:
            for e in art.events:
                # Same article and type: compared whatever the dates and with a narrower or wider
                # dyad (see the module docstring); a plan told in the sentence of the event held too.
                # Of the same family: a type of its family counts told in the same sentence only.
                # A hypothetical report beside a claim or a denial of the event asks about it (`asks`).
                kind = type_family(e.event.type) == type_family(mention.type)
                modalities = (e.event.modality, mention.modality)
                asked = "hypothetical" in modalities and e.event.type == mention.type
                if (kind and e.event.modality in (mention.modality, fold)) or asked:
                    found.setdefault(e.order, e)
        more = one_more(mention)
        for o in sorted(found):
            e = found[o]
            same = mention.article_id in e.members
            together = same and told_in(e.event.mentions, mention.article_id, mention.sentence_start)
            # One more act than its article told, and another article's event such a report began:
            # each of its own object only (`compatible.one_more`, round 15).
            if more and not together and (same or not same_object(mention, e.event.mentions)):
                continue
            if not same and not more and began_more(e.event) and not same_object(mention, e.event.mentions):
                continue
            close = same and near(e.event.mentions, mention.article_id, mention.sentence_start)
            alike = same_event(e.event, mention, same, close, together=together, nests=not same)
            alike = alike or folds(e.event, mention, same, close, together) or asks(e.event, mention, close)
            # Far apart in one article, on the actors their sentences name only (`_stated_alike`).
            if alike and (not same or close or _stated_alike(e.event, mention)):
                candidates.append(e)
        if not candidates:
            candidates = self._copies(mention)
        if not candidates and plan_or_held is not None and span is not None:
            candidates = self._within(block, plan_or_held, mention, span)
        if not candidates and (block is not None or plan_or_held is not None):
            sole = self._sole(block, plan_or_held, mention, span is None)
            if sole is not None:
                candidates.append(sole)
        if not candidates and block is not None and (told_back(mention.date) or stated(mention.date)):
            candidates = self._recalled(block, mention)
        ref = _mention_ref(mention)
        for e in candidates:
            if e.refs is not None and _ref_key(ref) in e.refs:  # re-added: present in a stored event
                self._article(mention.article_id).mentions[mention_id] = e
                return e.event
        target = self._choose(candidates, mention)
        if target is None:
            block = block or self._new_block(key, mention.modality)
            target = self._create(mention, mention_id, ref, group, block)
        else:
            self._absorb(target, mention, ref, group)
        self._article(mention.article_id).mentions[mention_id] = target
        self._link(target)
        return target.event

    def add_all(
        self,
        todo: Iterable[tuple[EventMention, str | None]],
        encounters: Mapping[str, list[EventMention]] | None = None,
    ) -> dict[str, CanonicalEvent]:
        """Merge (mention, group) pairs; return the event of each mention by id. The mentions of one
        article are looked at together first: a vague report may only join the one event it can be
        (`_sole`), and a visit the article tells two sentences after the call is another (`_crowded`).
        `encounters`: where `todo` holds one type only (the Ray engine merges type by type), the
        `ENCOUNTERS` mentions of every article, which `_crowded` reads across types."""
        out: dict[str, CanonicalEvent] = {}
        if encounters is not None:
            self._met.update(encounters)
        for article, run in groupby(todo, key=lambda pair: pair[0].article_id):
            pairs = list(run)
            self._ahead = [m for m, _ in pairs]
            if encounters is None:
                self._met[article] = [m for m in self._ahead if occasion(m)]
            else:
                self._ahead += encounters.get(article, [])
            for m, group in pairs:
                out[m.id] = self.add(m, group)
            self._rejoin(self._ahead)
            self._trip_of_meeting(article)
        self._ahead = []
        # An event joined into another after its mention was placed (`_rejoin`): the survivor.
        if self._joined:
            out = {i: self._entries[self.survivor(ev.id)].event for i, ev in out.items()}
        return out

    def survivor(self, event_id: str) -> str:
        """The event an event was joined into (`_rejoin`), or itself."""
        while event_id in self._joined:
            event_id = self._joined[event_id]
        return event_id

    def joined(self) -> dict[str, str]:
        """Events joined into another in this session (`_rejoin`): event id -> the survivor's id."""
        return {gone: self.survivor(gone) for gone in self._joined}

    def events(self) -> list[CanonicalEvent]:
        return [e.event for e in self._entries.values()]

    def changed(self) -> list[CanonicalEvent]:
        """Events created or updated since construction, in creation order."""
        return [e.event for e in self._entries.values() if e.changed]

    # --- joining events ----------------------------------------------------------------------------

    def _rejoin(self, told: list[EventMention]) -> None:
        """Join, once an article is added, each event its mentions placed with the one event of other
        articles it has become the same event as (round 13). A mention that tied between two events
        of other outlets, or found its own article's piece first, never met the event another outlet
        reported, though the article's event as a whole, dated and named by all its sentences, is
        that event: asked as a report (`_as_report`), it finds it among the dated events of its block
        inside its date. Only where the join is unambiguous: it fits that one event alone, and that
        event fits no third one, both ways round (`_alike`, `_apart`); or, of the events that fit,
        one alone holds another sentence of the article besides other articles' reports (`_told_by`,
        round 14: the sentence that would have settled the report's tie, told before it). A vague
        side (open, unknown, years wide) takes no part: an open "after 2021" may be any occasion of
        the pair, and joined through the one event it can be (`_sole`) it over-merged on unseen
        news; but a dated event takes the one vague event of other articles it is, under `_sole`'s
        guards, as its first dated report would have had it found no other (`_vague_piece`, round
        25)."""
        seen: set[int] = set()
        for m in told:
            art = self._articles.get(m.article_id)
            e = art.mentions.get(m.id) if art is not None else None
            if e is None or e.order in seen or e.event.id in self._joined:
                continue
            report = _as_report(e.event, m)
            if report is None:
                continue
            seen.add(e.order)
            # The one vague event of other articles it is, which came before it (round 25).
            piece = self._vague_piece(e, report, told)
            if piece is not None:
                keep, gone = sorted((e, piece), key=lambda x: x.event.id)
                self._join(keep, gone)
                continue
            found: dict[int, _Entry] = {}
            near_days = widened(report.date)
            e.block.collect(near_days, months(near_days), found)
            fits = [o for o in found.values() if o is not e and _alike(o, e)]
            # One event fits, of other articles only, and it fits no third one. An event that holds
            # another of the article's mentions is no other article's: where it is the one such
            # event that fits, it is the one (round 14), whatever else fits; told before the
            # report, that sentence would have settled the report's tie already (`_choose`), so the
            # result no longer depends on which of the two sentences comes first. It must then fit
            # no third event inside its own dates either (the article may tell a second occasion).
            own = [o for o in fits if _told_by(o, e, m.article_id)]
            if len(fits) == 1 and _apart(fits[0], e):
                other = fits[0]
            elif len(own) == 1:
                other = own[0]
                e.block.collect(other.event.date, months(other.event.date), found)
            else:
                continue
            if any(o is not other and o is not e and _alike(o, other) for o in found.values()):
                continue
            keep, gone = sorted((e, other), key=lambda x: x.event.id)
            self._join(keep, gone)

    def _trip_of_meeting(self, article: str) -> None:
        """Join, once an article is added, a visit it tells only in sentences that tell the pair's
        meeting into that meeting (round 26): "Lind hosted Varga at his villa in 2031, where the two
        leaders first met" tells one occasion, the trip its meeting's, which news tells once. A visit
        told on its own too (in another sentence, or by another article), dated wider than the meeting
        (a two-day visit), or paid to a country whose official the visitor met there ("during a visit
        to Islamabad, Lavrov met Qureshi": other persons named) is an occasion of its own, kept apart
        from the talks held on it (`parties.modes_compatible`). Both of one modality, pair and named
        persons, dated alike, neither linked to a plan or a fulfilment. Only this article's mentions
        are read: the cost stays the article's, however many reports the two events hold."""
        art = self._articles.get(article)
        if art is None:
            return
        held: dict[int, list[_Entry]] = {}  # sentence start -> the encounters its mentions are in
        for m in self._ahead:
            e = art.mentions.get(m.id)
            if e is not None and e.event.type in ENCOUNTERS:
                held.setdefault(m.sentence_start, []).append(e)
        for v in list(art.events):
            trip = v.event
            if (
                trip.type not in ENCOUNTERS
                or trip.mode != "visit"
                or trip.related
                or trip.id in self._joined
                or any(ref.article != article for ref in trip.mentions)
            ):
                continue
            starts = {ref.start for ref in trip.mentions}
            pair, persons = set(dyad(trip.actors)), named_ids(trip.actors)
            for o in art.events:
                talks = o.event
                if (
                    o is not v
                    and talks.type == trip.type
                    and talks.mode == "meet"
                    and talks.modality == trip.modality
                    and not talks.related
                    and (talks.date.start, talks.date.end) == (trip.date.start, trip.date.end)
                    and set(dyad(talks.actors)) == pair
                    and named_ids(talks.actors) == persons
                    and all(any(x is o for x in held.get(start, ())) for start in starts)
                ):
                    keep, gone = sorted((v, o), key=lambda x: x.event.id)
                    self._join(keep, gone)
                    break

    def _vague_piece(self, e: _Entry, report: EventMention, told: list[EventMention]) -> _Entry | None:
        """The one vague event of other articles (open, unknown, years wide) that the dated event `e`
        of the article just added is, asked as `_sole` asks it of a dated report that finds no other
        candidate (round 25): `report` is the event read as one report of it (`_as_report`), with the
        actors its article's own dated reports of the pair name (`told`: the keys the store was asked
        for, `blocking.query_keys`, so a batch sees what one session does). A vague report meets the
        dated event it is only where it comes after it (`_sole`); come before, it met nothing, and
        the first dated report of the act found the dated events of other articles, never it: five
        outlets' reports of one recall stayed five events or one by the order they came in. The
        same guards hold (the one such event, its window crowded by no other occasion of the pair,
        `_crowded`, its article telling the act once, `_told_twice`), and the two must be alike as
        wholes both ways round (`_pieces_alike`), of no article in common (`_apart`)."""
        if not e.block.vague:  # a dated report asks the block's vague events only (`_one`)
            return None
        art, pair = self._articles[report.article_id], dyad(report.actors)
        mine = [
            x
            for x in told
            if art.mentions.get(x.id) is e and dyad(x.actors) == pair and months(x.date) is not None
        ]
        actors = mine[0].actors  # the report's own mention is one of them (`_as_report`)
        for x in mine[1:]:
            actors = union_actors(actors, x.actors, x.type)
        # (never `e` itself: `_one` passes over the events of the report's article)
        piece = self._sole(e.block, None, replace(report, actors=actors), False)
        if piece is None or not _apart(piece, e) or not _pieces_alike(piece, e):
            return None
        return piece

    def _join(self, keep: _Entry, gone: _Entry) -> None:
        """Move every mention of `gone` into `keep`, refined as `_absorb` refines one mention (the date
        in the order of `gone`'s mentions, as a stored event replays it: `_replayed`)."""
        ev, old = keep.event, gone.event
        keep.block.remove(keep, filed_keys(ev.actors))
        gone.block.remove(gone, filed_keys(old.actors))
        del self._entries[old.id]
        self._joined[old.id] = ev.id
        # No article and no group in common (`_apart`), or the one article (and its group) that
        # told both (`_told_by`).
        ev.sources += old.sources - (not _apart(keep, gone))
        keep.members = _with(keep.members, *gone.members)
        if gone.refs is not None:
            keep.refs = gone.refs if keep.refs is None else keep.refs | gone.refs
        when = keep.when or DateEvidence(ev.date, ev.date, ev.mentions[0].article)
        for ref in old.mentions:
            when = refine_date(when, ref.date or old.date, ref.article)
        keep.when = when
        ev.date = when.interval
        ev.mentions.extend(old.mentions)
        ev.mode = trip_mode(ev.mode, old.mode)
        ev.actors = union_actors(ev.actors, old.actors, ev.type)
        ev.location = refine_location(ev.location, old.location)
        ev.topics = union_topics(ev.topics, old.topics)
        for article in _articles_of(old):
            art = self._article(article)
            art.events = [x for x in art.events if x is not gone]
            self._note_article(keep, article)
            for i, x in art.mentions.items():
                if x is gone:
                    art.mentions[i] = keep
        for sentence, trigger in dict.fromkeys((ref.sentence, ref.trigger) for ref in old.mentions):
            for key in verbatim_parts(old.type, sentence, trigger):
                here = self._verbatim.get(key)
                if isinstance(here, list):
                    rest = [x for x in here if x is not gone]
                    self._verbatim[key] = rest if len(rest) > 1 else rest[0]
                elif here is gone:
                    del self._verbatim[key]
            self._note_sentence(keep, sentence, trigger)
        key: FamilyKey = (ev.type, dyad(ev.actors))
        if key != (old.type, dyad(old.actors)) or keep.block.family.get(ev.modality) is not keep.block:
            keep.block = self._families.get(key, {}).get(ev.modality) or self._new_block(key, ev.modality)
        keep.block.file(keep)
        keep.changed = True
        self._link(keep)

    # --- candidates ---------------------------------------------------------------------------------

    def _new_block(self, key: FamilyKey, modality: str) -> _Block:
        family = self._families.get(key)
        if family is None:
            family = self._families[key] = {}
            for sub in sub_dyads(key[1]):
                self._supers.setdefault((key[0], sub), []).append(key[1])
        block = family[modality] = _Block(family)
        return block

    def _nested(self, key: FamilyKey) -> list[FamilyKey]:
        """The families of the same type whose dyad nests with `key`'s across articles
        (`compatible.sub_dyads`): its sub-dyads held, and the wider dyads holding it."""
        kind, pair = key
        wider = self._supers.get(key)
        subs = [(kind, sub) for sub in sub_dyads(pair) if (kind, sub) in self._families]
        return subs + [(kind, w) for w in wider] if wider else subs

    def _article(self, article: str) -> _Article:
        art = self._articles.get(article)
        if art is None:
            art = self._articles[article] = _Article([], {})
        return art

    def _sole(
        self, block: _Block | None, fold: _Block | None, mention: EventMention, vague: bool
    ) -> _Entry | None:
        """The one event of another article a mention may be when its date or the event's is vague (open,
        unknown, or wider than a year): found through a named actor they share (every event of that
        actor for a vague mention, its vague events for a dated one), or, naming none, through their
        pair of countries (`compatible.sole_keys`; then one side must be dated to a week), compatible
        in all else, both naming two participants in their own sentences (`two_sided`: "Uhuru
        promised" with no date is any of his promises, and the story's other country, given to it, is
        no participant it names), and the only such event. Two or more: the mention cannot tell which,
        and stays apart. Nor does it join when the vague window holds another occasion of the pair, of
        any mode (`_crowded`): a report dated "some time in these two years" of a pair that met twice
        in them may be of either, or of a third; for a wholly unknown date the window is all time, so
        "the two leaders spoke by phone" joins their call only while it is the one occasion of theirs
        known; the encounters the two articles tell count too (a visit the dated article tells beside
        the call is another occasion for a vague agreement of the pair). `fold`: the block of the
        plans (or events held) a report may fold with (`compatible.folds`): a vague report that the
        talks started is the one talks of the pair planned for a day, and an undated plan of them the
        one talks held that day. Only asked when the ordinary candidates gave nothing."""
        if not two_sided(mention.actors, [mention.sentence]):
            return None
        found: list[_Entry] | None = []
        held: list[_Block] = []
        # The report's own modality first; a plan and the event held only where it offers nothing.
        for b, alike in ((block, same_event), (fold, folds)):
            if b is not None:
                held.append(b)
                found = self._one(b, mention, vague, alike)
                if found != []:
                    break
        # Several: the mention cannot tell which, and stays apart, unless they are pieces of one
        # event (`_one_event`).
        pieces = found if found and (len(found) == 1 or self._one_event(found, mention, vague)) else []
        if not pieces:
            return None
        # The pieces join the one of the lowest id, as `_rejoin` keeps it: the same whatever the batching.
        sole, *rest = sorted(pieces, key=lambda e: e.event.id)
        # A vague side's window must hold no other dated event of its named actors (any mode): a
        # pair that met, called or visited twice in those years may have done so a third time.
        event_vague = not dated(sole.event.date)
        # Tied by the pair of countries alone (`compatible.PAIR`), one side must be dated to a week, or
        # the articles of both tell that act of the pair once (`_told_twice`, round 16): a pair's event
        # of a month or a year may be any of several where a story tells several.
        # And the report's own content must tell the same occasion as the event's (`corroborated`).
        if not set(named_ids(mention.actors)) & set(named_ids(sole.event.actors)) and not (
            (narrow(sole.event.date) or narrow(mention.date) or not self._told_twice(sole, mention))
            and corroborated(mention, sole.event, [mention.trigger], [r.trigger for r in sole.event.mentions])
        ):
            return None
        joint = None if vague and event_vague else sole.event.date if vague else mention.date
        sides = [x for x, v in ((mention, vague), (sole.event, event_vague)) if v]
        told = [*self._ahead, *(m for a in _articles_of(sole.event) for m in self._met.get(a, ()))]
        # Occasions are of the report's own modality or held: a plan is no occasion of the pair.
        if mention.modality == "asserted":
            held = held[:1]
        if any(_crowded(b, x, joint, sole, told) for b in held for x in sides):
            return None
        for piece in rest:
            self._join(sole, piece)
        return sole

    @staticmethod
    def _one_event(pieces: list[_Entry], mention: EventMention, vague: bool) -> bool:
        """Are the several vague events of other articles a dated report fits (`_sole`) pieces of one
        event, which the report makes one (round 22)? Articles without a publication day each tell the
        pair's act ("Freedonia expelled eighteen Ruritanian diplomats"), and their open intervals keep
        them apart (`dates_compatible`; an article that tells two such acts leaves its reports no one
        act of the pair, `_told_twice`) until a report its text dates (`dated`) fits them all: they
        are that act where they are few (`_PIECES_MAX`), of articles apart, each the same event as
        every other as wholes both ways round (`_pieces_alike`: type, mode, modality, actors, place),
        and of the report's own modality (a plan and the event held stay apart here). The report's
        own checks still follow (`_sole`: its pair's other occasions, `_crowded`)."""
        return (
            not vague
            and dated(mention.date)
            and len(pieces) <= _PIECES_MAX
            and all(p.event.modality == mention.modality for p in pieces)
            and all(_apart(a, b) and _pieces_alike(a, b) for a, b in combinations(pieces, 2))
        )

    def _recalled(self, block: _Block, mention: EventMention) -> list[_Entry]:
        """The one event of another article a report dated by its past tense alone tells back
        (`compatible.told_back`, round 20), or, for a report whose text states its date, the one such
        report of another article that tells it back: "Ruritania withdrew four envoys from Freedonia",
        "talks frozen after the minister's trip to Freedonia", dated to the days before publication,
        are the recall and the visit other outlets dated months before. Found through the report's
        named actors (or its pair of countries, `sole_keys`) among the block's events of every date:
        the two must fit each other in everything but the date, and neither fit another event of
        other articles; the stated one must be over before the told one's window
        (`compatible.stated_before`); and the told-back report's article must tell no other act of that
        type of those actors (`_tells_more`: a story of a state visit that tells its banquet is telling
        its own news, not an old one). Only asked when the ordinary candidates gave nothing."""
        keys = sole_keys(mention.actors)
        shelf = block.named
        if not keys or not shelf:
            return []
        found: dict[int, _Entry] = {}
        for i in keys:
            here = shelf.get(i)
            if isinstance(here, dict) and len(here) > _SOLE_MAX:
                return []
            _gather(list(here.values()) if isinstance(here, dict) else here, found)
        others = [e for _, e in sorted(found.items()) if mention.article_id not in e.members]
        back = told_back(mention.date)

        def fits(e: _Entry, x: EventLike) -> bool:
            return same_event(e.event, replace(x, date=e.event.date), nests=True)  # type: ignore[type-var]

        # A stated report meets the told-back events only (most reports of an act are stated).
        hits = [e for e in others if (back or told_back(e.event.date)) and fits(e, mention)]
        if len(hits) != 1:
            return []
        hit = hits[0]
        ev = hit.event
        if back:
            start = mention.sentence_start
            told: list[EventLike] = [m for m in self._ahead if m.sentence_start != start]
            ok = stated_before(ev.date, mention.date) and not _tells_more(told, mention)
        else:
            told = [x.event for a in _articles_of(ev) for x in self._article(a).events if x is not hit]
            ok = (
                told_back(ev.date)
                and stated_before(mention.date, ev.date)
                and not _tells_more(told, ev)
                and not any(e is not hit and fits(e, mention) for e in others)
                and not any(
                    e is not hit and not any(x in hit.members for x in e.members) and fits(e, ev)
                    for e in others
                )
            )
        return hits if ok else []

    def _told_twice(self, sole: _Entry, mention: EventMention) -> bool:
        """Does an article of `sole`, or the report's own, hold another event of `sole`'s type,
        modality and pair of countries, naming no person either (round 16)? A story that tells two
        recalls, two accords or two protests of one pair (the ambassador recalled for consultations,
        then withdrawn for good) leaves an undated report of the pair no way to tell which it is;
        one that tells the act once makes it the one of the pair's story, however wide the two
        dates (articles without a publication date: "Spain recalled its ambassador", open from the
        content's earliest day, beside another outlet's report of the recall dated to a month).
        Events of the pair naming no person are the ones filed under its `PAIR` key, which the
        store loads beside a vague report (`blocking.crowd_keys`): whatever the batching, the
        index sees the same."""
        ev = sole.event
        pair = dyad(ev.actors)
        for article in {*_articles_of(ev), mention.article_id}:
            art = self._articles.get(article)
            for e in art.events if art is not None else ():
                other = e.event
                if (
                    e is not sole
                    and (other.type, other.modality) == (ev.type, ev.modality)
                    and dyad(other.actors) == pair
                    and sole_keys(other.actors) == [PAIR]
                ):
                    return True
        return False

    @staticmethod
    def _within(block: _Block | None, fold: _Block, mention: EventMention, span: range) -> list[_Entry]:
        """The one plan (or event held) of another article a dated report folds with where one of
        the two is dated to a week inside the other's window (`compatible.folds(within=True)`, round
        9): "the ministers arrived in Delhi on Friday", the Friday only known to lie in four weeks, is
        the visit another outlet announced for 10-12 September. Only where it is the one such event,
        and the window holds no other occasion of the pair the wide report could be (an event of
        either modality, of a mode it agrees with, apart from the one it folds with): a visit
        planned "in the coming weeks" may be any of several. Only asked when the ordinary candidates
        gave nothing."""
        found: dict[int, _Entry] = {}
        fold.collect(mention.date, span, found)
        hits = [
            e
            for _, e in sorted(found.items())
            if mention.article_id not in e.members and folds(e.event, mention, within=True)
        ]
        if len(hits) != 1:
            return []
        hit = hits[0]
        window = hit.event.date if narrow(mention.date) else mention.date
        mode = mention.mode
        others: dict[int, _Entry] = {}
        for b in (block, fold):
            if b is not None:
                b.collect(window, months(window), others)
        crowded = any(
            e is not hit
            and dated(e.event.date)
            and not e.event.date.overlaps(hit.event.date)
            and modes_compatible(e.event.mode, mode)
            for e in others.values()
        )
        return [] if crowded else hits

    def _copies(self, mention: EventMention) -> list[_Entry]:
        """The events of other articles that hold the mention's sentence word for word (wire copy an
        outlet reprinted with its own headline and cuts: `compatible.verbatim_keys`) and match it in
        everything but the width of the dates: the sentence tells one event, so two vague intervals
        that overlap (an outlet's date not found, "on Tuesday" left open) are no reason to keep its
        reports apart. Type, mode, modality, place and actors are asked as for any report; only
        asked when the ordinary candidates gave nothing."""
        parts = verbatim_parts(mention.type, mention.sentence, mention.trigger)
        found: dict[int, _Entry] = {}
        for key in parts:
            _gather(self._verbatim.get(key), found)
        told = parts[0] if parts else None
        return [
            e
            for _, e in sorted(found.items())
            if mention.article_id not in e.members
            and (
                (
                    (told in self._exact(e) or self._quoted(e.event, mention))
                    and same_event(e.event, mention, same_article=True)
                )
                or _same_words(e.event, mention)
            )
        ]

    @staticmethod
    def _quoted(ev: CanonicalEvent, m: EventMention) -> bool:
        """Does `ev` hold a sentence sharing the run of words around `m`'s trigger, the same trigger
        (`compatible.shared_window`, round 19): one statement quoted, or one wire phrase reprinted,
        inside each outlet's own sentence? Like a sentence told word for word, it tells one act
        however vague the two dates; everything else is asked as for any report."""
        return any(shared_window(ev.type, r.sentence, r.trigger, m.sentence, m.trigger) for r in ev.mentions)

    @staticmethod
    def _exact(e: _Entry) -> set[int | None]:
        return {verbatim(e.event.type, r.sentence) for r in e.event.mentions}

    @staticmethod
    def _one(
        block: _Block, mention: EventMention, vague: bool, alike: Callable[..., bool]
    ) -> list[_Entry] | None:
        """The events of other articles in `block` the mention may be (`_sole`), found through its
        named actors: none, one, or several (at most `_PIECES_MAX` + 1); None where too many to tell."""
        shelf = block.named if vague else block.vague
        if not shelf:
            return []
        # Its named actors first; a dated mention, failing them, asks its pair, under which the
        # pair's events are filed whatever persons they name (`filed_keys`): a vague report naming
        # none is found there only. (A vague mention naming persons asking its pair too: no change
        # on any dev set, round 17.)
        keys = sole_keys(mention.actors)
        groups = [keys]
        if not vague and keys != filed_keys(mention.actors):
            groups.append([PAIR])
        for group in groups:
            found = CanonicalIndex._one_of(shelf, group, mention, alike)
            if found != []:
                return found
        return []

    @staticmethod
    def _one_of(
        shelf: Names, keys: list[str], mention: EventMention, alike: Callable[..., bool]
    ) -> list[_Entry] | None:
        """`_one` through the events filed under `keys` of `shelf`."""
        found: dict[int, _Entry] = {}
        for i in keys:
            entries = shelf.get(i)
            if entries is None:
                continue
            if not isinstance(entries, dict):
                found[entries.order] = entries
            elif len(entries) > _SOLE_MAX:  # an actor of many such events cannot single one out
                return None
            else:
                found.update(entries)
        fits: list[_Entry] = []
        for o in sorted(found):
            e = found[o]
            told = [r.sentence for r in e.event.mentions]
            if mention.article_id in e.members or not two_sided(e.event.actors, told):
                continue
            if not alike(e.event, mention, sole=True):
                continue
            fits.append(e)
            if len(fits) > _PIECES_MAX:
                break
        return fits

    @staticmethod
    def _choose(candidates: list[_Entry], mention: EventMention) -> _Entry | None:
        """The most precisely dated candidate, among equally precise ones the one that already holds
        a mention of the article, and among those the one told in the mention's own sentence ("met
        the trade envoy and discussed trade" beside another meeting of the two countries that
        month); on a tie, the one candidate of the mention's own article (round 12), else the one
        candidate (tied or less precise) that holds the mention's own words (`_worded`, round 19),
        else the one tied candidate whose reports name the act with the mention's verb (`stems`, a
        verb naming the type itself left out; round 23), else the one of those (or of the tied) that
        names the same persons as the mention (`_names_alike`, round 24); None when there is none or
        the tie stays (ambiguous)."""
        if len(candidates) < 2:
            return candidates[0] if candidates else None
        article, start = mention.article_id, mention.sentence_start

        def rank(e: _Entry) -> tuple[bool, float, bool, bool]:
            mine = article in e.members
            # An event of the mention's own days before one a day off them (`compatible.next_day`).
            return (
                not e.event.date.overlaps(mention.date),
                width(e.event.date),
                not mine,
                not (mine and told_in(e.event.mentions, article, start)),
            )

        ranked = sorted(candidates, key=lambda e: (rank(e), e.order))
        best = rank(ranked[0])
        if best == rank(ranked[1]):
            # Two events of other articles fit equally: the one event of the mention's own article
            # that fits it too is the one its article tells (round 12), else the one that tells the
            # act in the mention's words (round 19), else it stays apart.
            mine = [e for e in candidates if article in e.members]
            if len(mine) == 1:
                return mine[0]
            worded = [e for e in ranked if _worded(e.event, mention)]
            if len(worded) == 1:
                return worded[0]
            # Else the one tied event whose reports name the act with the mention's own verb (round
            # 23): "signed a joint declaration" is the declaration another outlet told as "signed an
            # agreement", not the support its leader voiced that day for a third party. A verb that
            # names the type itself ("agreed" for an agreement) says no more than the type: the
            # accords of one summit are all "agreed".
            verb = stems([mention.trigger]) - stems([mention.type])
            tied = [e for e in ranked if rank(e) == best]
            named = [e for e in tied if not verb.isdisjoint(stems(r.trigger for r in e.event.mentions))]
            if len(named) == 1:
                return named[0]
            # Else the one of them that names the same persons as the mention (round 24): "Varo met
            # Ostrander today" is the meeting another outlet told of the two leaders, not the talks
            # told that day of Ostrander and "Norland"; a short verb ("met") has no stem.
            # Events of its own article it ties between stay its article's to tell apart.
            if mine:
                return None
            alike = [e for e in named or tied if _names_alike(e.event, mention)]
            return alike[0] if len(alike) == 1 else None
        return ranked[0]

    # --- growth -------------------------------------------------------------------------------------

    def _create(
        self, m: EventMention, mention_id: str, ref: MentionRef, group: str | None, block: _Block
    ) -> _Entry:
        eid = _event_id(mention_id)
        n = 2
        while eid in self._entries:  # practically never: a hash collision or a reused first mention
            eid, n = f"{_event_id(mention_id)}_{n}", n + 1
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
        entry = _Entry(ev, len(self._entries), block, None, members, changed=True)
        self._entries[eid] = entry
        block.file(entry)
        self._note_article(entry, m.article_id)
        self._note_sentence(entry, m.sentence, m.trigger)
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
        if m.type == ev.type:  # modes are the type's own
            ev.mode = trip_mode(ev.mode, m.mode)
        actors = ev.actors
        ev.actors = union_actors(actors, m.actors, ev.type)
        # A wider report from the same article widens the dyad, the report of a planned event held
        # makes it asserted: the event moves to that block.
        moved = ev.actors is not actors and dyad(ev.actors) != dyad(actors)
        renamed = ev.actors is not actors and filed_keys(ev.actors) != filed_keys(actors)
        modality = "asserted" if m.modality == "asserted" else answered(ev.modality, m.modality)
        if modality != ev.modality:
            ev.modality = modality
            moved = True
        ev.location = refine_location(ev.location, m.location)
        ev.topics = union_topics(ev.topics, m.topics)
        self._note_article(e, m.article_id)
        self._note_sentence(e, m.sentence, m.trigger)
        old = ev.date
        e.when = refine_date(e.when or DateEvidence(old, old, ev.mentions[0].article), m.date, m.article_id)
        if moved or renamed or (old.start, old.end) != (e.when.interval.start, e.when.interval.end):
            e.block.remove(e, filed_keys(actors))  # under the old date's periods and the old names
            ev.date = e.when.interval
            if moved:
                key: FamilyKey = (ev.type, dyad(ev.actors))
                e.block = self._families.get(key, {}).get(ev.modality) or self._new_block(key, ev.modality)
            e.block.file(e)
        else:
            ev.date = e.when.interval
        e.changed = True

    def _link(self, e: _Entry) -> None:
        """Link a plan and the asserted event that fulfils it, both ways."""
        ev = e.event
        family = e.block.family
        span = months(ev.date)
        for modality in _LINKS.get(ev.modality, ()):
            block = family.get(modality)
            if block is None:
                continue
            found: dict[int, _Entry] = {}
            block.collect(ev.date, span, found)
            for k in sorted(found):
                o = found[k]
                if o.event.id in ev.related:
                    continue
                same = any(a in o.members for a in e.members)
                if fulfils(ev, o.event, same):
                    # Kept sorted: the order events meet in depends on which were loaded together.
                    insort(ev.related, o.event.id)
                    insort(o.event.related, ev.id)
                    e.changed = o.changed = True

    def _note_article(self, e: _Entry, article: str) -> None:
        entries = self._article(article).events
        if all(x is not e for x in entries):
            entries.append(e)

    def _note_sentence(self, e: _Entry, sentence: str, trigger: str) -> None:
        for key in verbatim_parts(e.event.type, sentence, trigger):
            here = self._verbatim.get(key)
            if here is None:
                self._verbatim[key] = e
            elif isinstance(here, list):
                if all(x is not e for x in here):
                    here.append(e)
            elif here is not e:
                self._verbatim[key] = [here, e]

    def _load(self, stored: CanonicalEvent, groups: Mapping[str, str]) -> None:
        ev = replace(
            stored,
            actors=list(stored.actors),
            topics=list(stored.topics),
            mentions=list(stored.mentions),
            related=list(stored.related),
        )
        family = self._families.get((ev.type, dyad(ev.actors)), {})
        members: Members = ()
        for ref in ev.mentions:
            members = _with(members, ref.article, groups.get(ref.article, ref.article))
        entry = _Entry(
            ev,
            len(self._entries),
            family.get(ev.modality) or self._new_block((ev.type, dyad(ev.actors)), ev.modality),
            _replayed(ev),
            members,
            {_ref_key(ref) for ref in ev.mentions},
        )
        self._entries[ev.id] = entry
        entry.block.file(entry)
        for ref in ev.mentions:
            self._note_article(entry, ref.article)
            self._note_sentence(entry, ref.sentence, ref.trigger)


def _replayed(ev: CanonicalEvent) -> DateEvidence | None:
    """The date evidence of a stored event, refined again from its mentions' dates in order: exactly
    what the session that merged them held, so a later mention refines it alike whatever the batch."""
    dated = [ref for ref in ev.mentions if ref.date is not None]
    if len(dated) != len(ev.mentions) or not dated:  # stored without mention dates: start from its own
        return DateEvidence(ev.date, ev.date, ev.mentions[0].article if ev.mentions else "", len(ev.mentions))
    first = dated[0].date
    assert first is not None
    evidence = DateEvidence(first, first, dated[0].article)
    for ref in dated[1:]:
        assert ref.date is not None
        evidence = refine_date(evidence, ref.date, ref.article)
    return evidence


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
        index.add_all((m, groups.get(m.article_id) if groups else None) for m in mentions)
    return index.events()
