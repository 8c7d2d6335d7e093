"""What the cross-article stage must remember between batches and runs, as a protocol.

`Corpus` reads earlier work only through these eight questions; the DuckDB store answers them from its
tables, `dateline.inmemory.MemoryStore` from dicts. Each takes a collection of keys and is asked once
per batch, so a store answers with one query each (`events_in` twice when the first answer holds vague
events: the occasions of their actors, `blocking.crowd_keys`; `events_of` and `mentions_of` twice when
a replaced article's events hold other articles' mentions: those articles' events are merged again
too, round 14).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from dateline.records import CanonicalEvent, Earlier, EventMention, Known


class Memory(Protocol):
    def stored_articles(self, ids: Collection[str]) -> dict[str, str]:
        """Article id -> content hash, for the given ids that are stored."""
        ...

    def known_content(self, hashes: Collection[str]) -> dict[str, list[Known]]:
        """Content hash -> the stored articles holding that content (originals first)."""
        ...

    def earlier(self, bands: Collection[str]) -> list[Earlier]:
        """Stored articles sharing at least one LSH band with the given ones, by id."""
        ...

    def events_in(self, keys: Collection[str]) -> list[CanonicalEvent]:
        """Canonical events filed under at least one of the block keys, by id."""
        ...

    def events_of(self, article_ids: Collection[str]) -> set[str]:
        """Ids of the canonical events holding mentions of the given articles."""
        ...

    def mentions_of(self, event_ids: Collection[str]) -> list[tuple[EventMention, str]]:
        """Every stored mention of the given events with its article's near-duplicate group, in the
        order the articles were stored."""
        ...

    def mentions_in(self, article_ids: Collection[str], types: Collection[str]) -> list[EventMention]:
        """The stored mentions of the given types in the given articles, in the order stored."""
        ...

    def groups(self, article_ids: Collection[str]) -> dict[str, str]:
        """Article id -> near-duplicate group, for the given stored articles."""
        ...
