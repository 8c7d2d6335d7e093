"""The built-in time component, registered the way a user registers their own."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dateline.components import time_taggers
from dateline.records import Article, DateInterval, DocumentTime, TenureHint, Timex
from dateline.time import document_time, event_date


class DefaultTimeTagger:
    """Rule-based TIMEX3 tagging, document time from publication date or content, event dating."""

    def tag(self, doc: Doc, anchor: DocumentTime) -> list[Timex]:
        from dateline.time import tagger  # imported on use: the tagger's patterns compile at import

        return tagger.tag(doc, anchor)

    def anchor(self, article: Article, doc: Doc, hints: Sequence[TenureHint]) -> DocumentTime:
        # Content dating (and checking a trusted date against the content) needs the expressions
        # that carry their own year, hence an unknown anchor: relative ones stay unresolved rather
        # than being resolved against a date in doubt.
        timexes = self.tag(doc, DocumentTime.unknown())
        return document_time.estimate(article, doc, hints, timexes)

    def date_event(
        self, doc: Doc, trigger: Token, timexes: Sequence[Timex], anchor: DocumentTime
    ) -> DateInterval:
        return event_date.date_event(doc, trigger, timexes, anchor)


@time_taggers.register("default")
def default_time_tagger() -> DefaultTimeTagger:
    return DefaultTimeTagger()
