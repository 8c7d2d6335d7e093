"""The component registries and the interfaces a component implements.

Like spaCy's registry (and datasette's plugins), the defaults are registered exactly the way a user
registers their own: with a decorator in their own module, or from another package through an entry
point in the group `dateline_<registry>` (e.g. `dateline_event_coders`), so that an LLM-based coder or
a different time tagger drops in by name (`--event-coder NAME`, or `PipelineConfig`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any, Protocol

import catalogue

from dateline.records import (
    ActorMention,
    Article,
    DateInterval,
    DocumentTime,
    EventMention,
    RawDocument,
    TenureHint,
    Timex,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

cleaners = catalogue.create("dateline", "cleaners", entry_points=True)
time_taggers = catalogue.create("dateline", "time_taggers", entry_points=True)
actor_resolvers = catalogue.create("dateline", "actor_resolvers", entry_points=True)
event_coders = catalogue.create("dateline", "event_coders", entry_points=True)

# Modules that register the built-in components; imported on first use so that a bare
# `import dateline` stays cheap.
_DEFAULTS = (
    "dateline.clean.component",
    "dateline.time.component",
    "dateline.actors.component",
    "dateline.events.component",
)

# `doc.user_data` key under which the pipeline leaves the article's header, (title, dateline place),
# beside its parsed body: an actor resolver may read the countries a headline names (actors/context.py).
ARTICLE_HEADER = "dateline.article.header"
# ... and the address the article was read from, if given: its country-code domain is the weakest evidence
# of the outlet's home country (actors/context.py).
ARTICLE_URL = "dateline.article.url"


class Cleaner(Protocol):
    """RawDocument -> Article: body text without boilerplate, title, outlet, publication date."""

    def __call__(self, raw: RawDocument) -> Article: ...


class TimeTagger(Protocol):
    def tag(self, doc: Doc, anchor: DocumentTime) -> list[Timex]:
        """Every time expression of the document, normalized against the anchor."""
        ...

    def anchor(self, article: Article, doc: Doc, hints: Sequence[TenureHint]) -> DocumentTime:
        """When the article was written: its publication date when trusted, else an estimate from
        the content (absolute dates, weekday/date pairs) and actor tenures, as an interval."""
        ...

    def date_event(
        self, doc: Doc, trigger: Token, timexes: Sequence[Timex], anchor: DocumentTime
    ) -> DateInterval:
        """The date of the event whose trigger is `trigger`, as an interval with a basis."""
        ...


class ActorResolver(Protocol):
    def tenure_hints(self, doc: Doc) -> list[TenureHint]:
        """Titled person mentions and the dates their office was held (to date undated articles)."""
        ...

    def resolve(self, doc: Doc, anchor: DocumentTime) -> list[ActorMention]:
        """Every actor mention of the document, resolved with roles as of the anchor."""
        ...


@dataclass
class CodingContext:
    """What an event coder sees of one article."""

    article: Article
    doc: Doc
    document_time: DocumentTime
    timexes: list[Timex]
    actor_mentions: list[ActorMention]
    date_event: Callable[[Token], DateInterval]  # the time tagger's dating, bound to this article


class EventCoder(Protocol):
    def __call__(self, ctx: CodingContext) -> list[EventMention]: ...


def load_defaults() -> None:
    for module in _DEFAULTS:
        import_module(module)


def create(registry: catalogue.Registry, name: str, **options: Any) -> Any:
    """Build the component registered as `name` (a factory called with `options`)."""
    load_defaults()
    try:
        factory = registry.get(name)
    except catalogue.RegistryError as err:
        known = ", ".join(sorted(registry.get_all())) or "none"
        raise ValueError(f"no {registry.namespace[-1]} named {name!r} (known: {known})") from err
    return factory(**options)
