"""`dateline.process`: the whole pipeline in memory, for notebooks and scripts (no database)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from dateline.dedup import CanonicalIndex, NearDuplicates
from dateline.pipeline import Pipeline, PipelineConfig
from dateline.records import CanonicalEvent, RawDocument

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
) -> list[CanonicalEvent]:
    """Canonical events from texts (or dicts with `text`/`html` and optional `id`, `url`, `title`,
    `published`). `published` is one date for all items, or one per item."""
    items = [texts_or_articles] if isinstance(texts_or_articles, str) else list(texts_or_articles)
    if published is None or isinstance(published, str | date):
        dates = [published] * len(items)
    else:
        dates = list(published)
        if len(dates) != len(items):
            raise ValueError(f"{len(dates)} publication dates for {len(items)} items")
    config = config or PipelineConfig()
    key = repr(config)  # the config holds a dict of options, so it is not hashable itself
    if key not in _pipelines:
        _pipelines[key] = Pipeline(config)
    pipeline = _pipelines[key]
    copies = NearDuplicates()
    index = CanonicalIndex()
    for n, (item, when) in enumerate(zip(items, dates, strict=True)):
        iso = when.isoformat() if isinstance(when, date) else when
        processed = pipeline.process(_raw(item, n, iso))
        group = copies.add(processed.article.id, processed.article.text)
        for mention in processed.events:
            index.add(mention, group)
    return index.events()
