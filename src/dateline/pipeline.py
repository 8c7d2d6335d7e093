"""The per-article pipeline: clean -> nlp -> time -> actors -> events, as one pure function.

`Pipeline.process` depends only on the raw document and the configuration, so the same call runs in
this process, in worker processes (`dateline.run`, `--workers`) or on Ray workers. Cross-article work
(syndicated copies, canonical events) happens after it, in `dateline.dedup`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING

from dateline import components
from dateline.nlp import load as load_nlp
from dateline.records import Article, DocumentTime, ProcessedArticle, RawDocument

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class PipelineConfig:
    """Which registered component runs each stage, and their options. Config over code."""

    cleaner: str = "default"
    time_tagger: str = "default"
    actor_resolver: str = "default"
    event_coder: str = "default"
    kb_files: tuple[Path, ...] = ()
    spacy_model: str | None = None
    options: dict[str, dict] = field(default_factory=dict)  # per-stage extra options


def make_cleaner(config: PipelineConfig) -> components.Cleaner:
    """The configured cleaner alone (a run cleans in its main process, without loading spaCy)."""
    return components.create(components.cleaners, config.cleaner, **config.options.get("cleaner", {}))


class Pipeline:
    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or PipelineConfig()
        c, opts = self.config, self.config.options
        self.cleaner = make_cleaner(c)
        self.time = components.create(components.time_taggers, c.time_tagger, **opts.get("time", {}))
        self.actors = components.create(
            components.actor_resolvers, c.actor_resolver, kb_files=c.kb_files, **opts.get("actors", {})
        )
        self.coder = components.create(components.event_coders, c.event_coder, **opts.get("events", {}))
        self.nlp = load_nlp(c.spacy_model)
        self.stage_seconds: dict[str, float] = defaultdict(float)

    def process(self, raw: RawDocument) -> ProcessedArticle:
        return self.analyse(self.clean(raw))

    def clean(self, raw: RawDocument) -> Article:
        with self._timed("clean"):
            return self.cleaner(raw)

    @contextmanager
    def _timed(self, stage: str) -> Iterator[None]:
        """Seconds spent per stage, summed over the articles this pipeline processed (benchmarks)."""
        start = perf_counter()
        try:
            yield
        finally:
            self.stage_seconds[stage] += perf_counter() - start

    def parse(self, articles: list[Article]) -> list[Doc | None]:
        """The parses `analyse` needs, made together: spaCy's `pipe` batches the network's work (10-20%
        less CPU than one call per article). None for articles that are not parsed."""
        todo = [a.text for a in articles if _parsed(a)]
        with self._timed("nlp"):
            docs = iter(list(self.nlp.pipe(todo, batch_size=max(1, len(todo)))))
        return [next(docs) if _parsed(a) else None for a in articles]

    def analyse(self, article: Article, doc: Doc | None = None) -> ProcessedArticle:
        """Everything after cleaning; split out so a run can skip articles it has stored already.
        `doc`: the article's parse when `parse` made it already."""
        if not _parsed(article):
            # Stored and flagged; later stages are English-only for now.
            return ProcessedArticle(article, DocumentTime.unknown())
        if doc is None:
            with self._timed("nlp"):
                doc = self.nlp(article.text)
        # The article's own time first (publication date, or an estimate from content and actor
        # tenures), then every relative expression is normalized against it.
        with self._timed("actors"):
            hints = self.actors.tenure_hints(doc)
        with self._timed("time"):
            anchor = self.time.anchor(article, doc, hints)
            timexes = self.time.tag(doc, anchor)
        with self._timed("actors"):
            mentions = self.actors.resolve(doc, anchor)
        ctx = components.CodingContext(
            article=article,
            doc=doc,
            document_time=anchor,
            timexes=timexes,
            actor_mentions=mentions,
            date_event=lambda token: self.time.date_event(doc, token, timexes, anchor),
        )
        with self._timed("events"):
            events = self.coder(ctx)
        return ProcessedArticle(article, anchor, timexes, mentions, events)


def _parsed(article: Article) -> bool:
    return article.language == "en" and bool(article.text.strip())
