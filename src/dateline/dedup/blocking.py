"""Block keys: only records that share a key are ever compared, which keeps merging near linear.

A key is `TYPE|dyad|YYYY-MM`: the PLOVER type, the sorted countries of the actors (the dyad; bodies
without a country by id or name) and one calendar month the date interval touches. An interval that
touches up to MONTH_CAP months ("in 2021" included) is filed under each of them, so a year-precise
back-reference still meets the day-precise report it refers to. Anything wider, half-open or unknown
goes to the dyad's single `TYPE|dyad|undated` block and meets only other such records: the compatibility
rules would not merge an unknown date with a dated event from another article anyway.

Mode and modality are left out of the key on purpose: a mode-less mention may join a phone call, and a
plan must meet the event that fulfils it. `block_keys` is a pure function of the record, so the store
can file canonical events under their keys and load only the candidates of new mentions.
"""

from __future__ import annotations

from dateline.dedup.compatible import EventLike, dyad

MONTH_CAP = 12
UNDATED = "undated"


def block_keys(x: EventLike) -> list[str]:
    prefix = f"{x.type}|{'+'.join(dyad(x.actors))}|"
    start, end = x.date.start, x.date.end
    if start is None or end is None:
        return [prefix + UNDATED]
    first = start.year * 12 + start.month - 1
    last = end.year * 12 + end.month - 1
    if last < first or last - first >= MONTH_CAP:
        return [prefix + UNDATED]
    return [f"{prefix}{m // 12:04d}-{m % 12 + 1:02d}" for m in range(first, last + 1)]
