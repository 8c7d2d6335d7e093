"""Block keys: only records that share a key are ever compared, which keeps merging near linear.

A key is `TYPE|dyad|YYYY-MM`: the PLOVER type, the sorted countries of the actors (the dyad; bodies
without a country by id or name) and one calendar month the date interval touches. An interval that
touches up to MONTH_CAP months ("in 2021" included) is filed under each of them, so a year-precise
back-reference still meets the day-precise report it refers to. Anything wider, half-open or unknown
(vague) is filed under the dyad's single `TYPE|dyad|undated` key, which no mention asks for: the
compatibility rules never merge two vague records of different articles through it.

Mode and modality are left out of the key on purpose: a mode-less mention may join a phone call, and a
plan must meet the event that fulfils it.

A vague record may still join the one event of another article it can be (`index.CanonicalIndex._sole`),
through a named participant they share, or through the pair itself where two countries and no named
actor take part: every event is also filed under `TYPE|dyad|@id` for each named actor (a person or an
organisation with a knowledge-base id), or `TYPE|dyad|@*` for such a pair (`compatible.sole_keys`), and a
vague one under `TYPE|dyad|~id` as well. A vague mention asks for the `@id` keys of its named actors
(every event of that person) and nothing else, a dated one for its periods and the `~id` keys (the
vague events of that person), so the store loads what the index would look at in one session; the
vague events loaded bring the `@id` keys of their actors too (`crowd_keys`): the dated events that
would make them ambiguous.

A report whose sentence an event already holds word for word, from another article, is that wire
report again (`compatible.verbatim_keys`, round 8): every event is also filed under `TYPE|"<hash>` for
each sentence of its mentions long enough to tell, and a mention asks for the key of its own sentence.

`block_keys` (what a record is filed under) and `query_keys` (what a mention asks for) are pure
functions of the record, so the store can file canonical events under their keys and load only the
candidates of new mentions.
"""

from __future__ import annotations

from dateline.dedup.compatible import (
    MONTH_CAP,
    EventLike,
    dated,
    filed_keys,
    halved,
    sole_keys,
    stated,
    sub_dyads,
    told_back,
    verbatim_keys,
    widened,
)
from dateline.events.parties import dyad
from dateline.records import CanonicalEvent, DateInterval, EventMention

UNDATED = "undated"


def block_keys(x: EventLike) -> list[str]:
    """The keys a record is filed under: its periods (under its sub-dyads too: `nested_keys`), `@id`
    for each named actor, for a vague record `~id` as well, and for an event the sentences of its
    mentions (`verbatim_keys`)."""
    prefix = dyad_key(x)
    keys = [f"{prefix}|{p}" for p in periods(x.date)] + nested_keys(x)
    names = filed_keys(x.actors)
    keys += [f"{prefix}|@{i}" for i in names]
    if vague(x.date):
        keys += [f"{prefix}|~{i}" for i in names]
    if told_back(x.date):
        keys += [f"{prefix}|^{i}" for i in names]
    if isinstance(x, CanonicalEvent):
        keys += sorted({k for ref in x.mentions for k in verbatim_keys(x.type, ref.sentence, ref.trigger)})
    return keys


def query_keys(x: EventLike) -> list[str]:
    """The keys of the events a mention may join: for a dated mention its periods (of its dyad and
    its sub-dyads: `nested_keys`) and the vague events of its named actors, for a vague one every
    event of its named actors (the undated key would only bring vague events of other articles,
    which it never merges with: `compatible.dates_compatible`); and the events holding its sentence
    word for word (`verbatim_keys`)."""
    prefix = dyad_key(x)
    names = sole_keys(x.actors)
    if vague(x.date):
        keys = [f"{prefix}|@{i}" for i in names]
    else:
        # The months of the days a report of the same act may be dated to (`compatible.widened`).
        keys = [f"{prefix}|{p}" for p in periods(widened(x.date))] + nested_keys(x)
        keys += [f"{prefix}|~{i}" for i in filed_keys(x.actors)]
        # Told back in a past tense alone: every event of its actors, one of which it may tell back;
        # dated by its text: their events told back, which may tell it (`index._recalled`, round 20).
        if told_back(x.date):
            keys += [f"{prefix}|@{i}" for i in names]
        elif stated(x.date):
            keys += [f"{prefix}|^{i}" for i in names]
    told = verbatim_keys(x.type, x.sentence, x.trigger) if isinstance(x, EventMention) else []
    return [*keys, *told]


def nested_keys(x: EventLike) -> list[str]:
    """For a dated record, the period keys of its sub-dyads (`compatible.sub_dyads`): a record is
    filed under them and a mention asks for them, so a report of a pair and another article's report
    of the pair with a third party (a mediator, a host) meet (round 9). Nothing for a vague record."""
    if vague(x.date):
        return []
    subs = [sub for sub in sub_dyads(dyad(x.actors)) if len(sub) > 1 or halved(x)]
    return [f"{x.type}|{'+'.join(sub)}|{p}" for sub in subs for p in periods(x.date)]


def crowd_keys(x: EventLike) -> list[str]:
    """For a vague record, the `@id` keys of its named actors: the dated events of theirs that would
    make it ambiguous (`index._crowded`), loaded beside it so that a batch sees what one session
    would. Nothing for a dated record."""
    if not vague(x.date):
        return []
    prefix = dyad_key(x)
    return [f"{prefix}|@{i}" for i in sole_keys(x.actors)]


def vague(d: DateInterval) -> bool:
    """Open, unknown or too wide to be filed by month (not `compatible.dated`)."""
    return not dated(d)


def dyad_key(x: EventLike) -> str:
    """The key without its period: `TYPE|dyad`."""
    return f"{x.type}|{'+'.join(dyad(x.actors))}"


def months(d: DateInterval) -> range | None:
    """The months an interval touches as `year * 12 + month - 1`, or None when it is open or too wide.

    The index files events under these numbers rather than the `YYYY-MM` strings of the keys: it
    asks for them on every mention, and an int range costs no string formatting.
    """
    start, end = d.start, d.end
    if start is None or end is None:
        return None
    first = start.year * 12 + start.month - 1
    last = end.year * 12 + end.month - 1
    if last < first or last - first >= MONTH_CAP:
        return None
    return range(first, last + 1)


def periods(d: DateInterval) -> list[str]:
    """The months (`YYYY-MM`) an interval touches, or [UNDATED] when it is open or too wide."""
    span = months(d)
    if span is None:
        return [UNDATED]
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in span]
