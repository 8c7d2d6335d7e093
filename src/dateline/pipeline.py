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
from dateline.clean.ids import content_hash, derived_id
from dateline.nlp import load as load_nlp
from dateline.records import Article, DocumentTime, ProcessedArticle, RawDocument
from dateline.time import document_time

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


def clean_document(cleaner: components.Cleaner, raw: RawDocument) -> Article:
    """The cleaned article; if the cleaner fails, the text as delivered, flagged (never dropped)."""
    try:
        return cleaner(raw)
    except Exception as exc:
        failed = StageFailed("clean", exc)
        digest = content_hash(raw.text or raw.html or raw.source)
        return Article(
            id=raw.id or derived_id(digest),
            text=raw.text or "",
            title=raw.title,
            url=raw.url,
            source=raw.source,
            content_hash=digest,
            notes=[str(failed)],
            as_of=raw.as_of,
        )


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
        with self._stage("clean"):
            return clean_document(self.cleaner, raw)

    @contextmanager
    def _stage(self, stage: str) -> Iterator[None]:
        """Time a stage (summed over articles, for benchmarks) and name it when it raises."""
        start = perf_counter()
        try:
            yield
        except Exception as exc:
            raise StageFailed(stage, exc) from exc
        finally:
            self.stage_seconds[stage] += perf_counter() - start

    def parse(self, articles: list[Article]) -> list[Doc | None]:
        """The parses `analyse` needs, made together: spaCy's `pipe` batches the network's work (10-20%
        less CPU than one call per article). None for articles not parsed here (not English, empty, or
        over the parser's limit: `analyse` reports that one as the article's failure)."""
        todo = [a.text for a in articles if self._pipeable(a)]
        try:
            with self._stage("nlp"):
                docs = iter(list(self.nlp.pipe(todo, batch_size=max(1, len(todo)))))
        except StageFailed:
            return [None] * len(articles)  # each article is parsed (and fails) on its own in `analyse`
        return [next(docs) if self._pipeable(a) else None for a in articles]

    def _pipeable(self, article: Article) -> bool:
        return _parsed(article) and len(article.text) <= self.nlp.max_length

    def analyse(self, article: Article, doc: Doc | None = None) -> ProcessedArticle:
        """Everything after cleaning; split out so a run can skip articles it has stored already.
        `doc`: the article's parse when `parse` made it already.

        An internal error in a stage never drops the article: it keeps what the stages before the
        failure produced, and `failure` (also among its notes) names the stage and the error."""
        out = ProcessedArticle(article, DocumentTime.unknown())
        out.failure = next((n for n in article.notes if n.startswith(StageFailed.PREFIX)), None)
        if out.failure or not _parsed(article):
            # Stored and flagged; later stages are English-only for now. The page's own date still
            # dates it where the cleaner found one.
            if out.failure is None:
                out.document_time = document_time.unread(article)
            return out
        try:
            self._analyse(article, out, doc)
        except StageFailed as failed:
            out.failure = str(failed)
            article.notes.append(out.failure)
        return out

    def _analyse(self, article: Article, out: ProcessedArticle, doc: Doc | None) -> None:
        if doc is None:
            with self._stage("nlp"):
                if len(article.text) > self.nlp.max_length:
                    raise ValueError(
                        f"text of {len(article.text):,} characters is over the parser's limit of "
                        f"{self.nlp.max_length:,}; split the article"
                    )
                doc = self.nlp(article.text)
        # The article's own time first (publication date, or an estimate from content and actor
        # tenures), then every relative expression is normalized against it.
        doc.user_data[components.ARTICLE_HEADER] = (article.title, article.dateline)
        doc.user_data[components.ARTICLE_URL] = article.url
        with self._stage("actors"):
            hints = self.actors.tenure_hints(doc)
        with self._stage("time"):
            anchor = out.document_time = self.time.anchor(article, doc, hints)
            # a day pinned from the corpus for a page that gives none joins its date candidates
            article.published = document_time.adopted(article.published, anchor)
            timexes = out.timexes = self.time.tag(doc, anchor)
        with self._stage("actors"):
            mentions = out.actor_mentions = self.actors.resolve(doc, anchor)
        ctx = components.CodingContext(
            article=article,
            doc=doc,
            document_time=anchor,
            timexes=timexes,
            actor_mentions=mentions,
            date_event=lambda token: self.time.date_event(doc, token, timexes, anchor),
        )
        with self._stage("events"):
            out.events = self.coder(ctx)


class StageFailed(Exception):
    """An internal error in one stage, in one line: "stage 'time' failed: KeyError: '03'"."""

    PREFIX = "stage '"

    def __init__(self, stage: str, error: Exception) -> None:
        lines = str(error).strip().splitlines()
        detail = f"{type(error).__name__}: {lines[0][:300]}" if lines else type(error).__name__
        super().__init__(f"{self.PREFIX}{stage}' failed: {detail}")
        self.stage = stage


def _parsed(article: Article) -> bool:
    return article.language == "en" and bool(article.text.strip())
