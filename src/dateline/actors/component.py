"""The built-in actor resolver, registered as "default" exactly as a user's resolver would be."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase
from dateline.actors.resolve import On, Resolver
from dateline.components import actor_resolvers
from dateline.records import ActorMention, DocumentTime, TenureHint

# Within this span the middle of an estimated interval is a fair date for "who held the office";
# beyond it several holders are plausible and the resolver falls back to overlapping tenures.
MIDPOINT_MAX_DAYS = 400


class DefaultActorResolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._resolver = Resolver(kb)

    def tenure_hints(self, doc: Doc) -> list[TenureHint]:
        return self._resolver.run(doc, None)[1]

    def resolve(self, doc: Doc, anchor: DocumentTime) -> list[ActorMention]:
        return self._resolver.run(doc, anchor_date(anchor))[0]


def anchor_date(anchor: DocumentTime) -> On:
    """The article's date for role lookups: the trusted day, the middle of a short estimated
    interval, the whole of a longer one, or None when nothing is known."""
    if anchor.dct is not None:
        return anchor.dct
    iv = anchor.interval
    if iv.start and iv.end:
        span = (iv.end - iv.start).days
        return iv.start + timedelta(days=span // 2) if span <= MIDPOINT_MAX_DAYS else iv
    if iv.start or iv.end:
        return iv
    return None


@actor_resolvers.register("default")
def default_actor_resolver(kb_files: Sequence[Path] = ()) -> DefaultActorResolver:
    # KnowledgeBase.load caches per process and file list: Ray workers and repeated pipelines share it.
    return DefaultActorResolver(KnowledgeBase.load(kb_files))


__all__ = ["DefaultActorResolver", "anchor_date", "default_actor_resolver"]
