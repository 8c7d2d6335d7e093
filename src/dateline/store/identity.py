"""Article identity for files: a file's stem is a short readable id, but crawls repeat names
(`a/index.html`, `b/index.html`), so a stem alone must never make one article overwrite another.

A name-derived id that another file already holds (earlier in this run, or stored from another path)
gets a short suffix from the article's content hash: `index-3f9c2a1b`. The same path ingested again
keeps the id it was stored under, so changed content is an update of that article, not a new one.
Explicit ids (JSONL `id`) are the user's identity and are kept as given.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from dateline.records import Article, RawDocument


class Sources(Protocol):
    """What identity needs to know of earlier runs: which file an article came from, and back."""

    def source_of(self, article_id: str) -> str | None: ...

    def id_for_source(self, source: str) -> str | None: ...


SUFFIX_HEX = 8


class ArticleIds:
    """Assigns unique ids to the articles of one ingest run (and against what `db` holds)."""

    def __init__(self, db: Sources | None = None) -> None:
        self.db = db
        self.holders: dict[str, str] = {}  # id -> source path of the article holding it in this run

    def assign(self, raw: RawDocument, article: Article) -> Article:
        return self.rename(article, raw.id_from_name)

    def rename(self, article: Article, id_from_name: bool) -> Article:
        """`article` under the id it gets in this run (itself when its id stands as it is)."""
        if not id_from_name:
            return article
        source = article.source
        article_id = self.db.id_for_source(source) if self.db is not None else None
        if article_id is None:
            article_id = article.id
            if self._held_elsewhere(article_id, source):
                article_id = f"{article.id}-{article.content_hash[:SUFFIX_HEX]}"
        self.holders[article_id] = source
        return article if article_id == article.id else replace(article, id=article_id)

    def _held_elsewhere(self, article_id: str, source: str) -> bool:
        holder = self.holders.get(article_id)
        if holder is None and self.db is not None:
            holder = self.db.source_of(article_id)
        return holder is not None and holder != source
