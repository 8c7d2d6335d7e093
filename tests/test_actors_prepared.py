"""The date-independent view of a Doc is computed once and shared by the resolver's two passes."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest

from dateline.actors.component import DefaultActorResolver
from dateline.actors.kb import KnowledgeBase
from dateline.actors.prepared import KEY
from dateline.records import DateInterval, DocumentTime

FIXTURES = Path(__file__).parent / "fixtures" / "kb"
TEXT = (
    "Russia's Foreign Minister Sergey Lavrov arrived in Delhi on a two-day trip.\n"
    "The two ministers discussed trade, and Lavrov said both sides wanted more talks.\n"
    "Officials in Moscow declined to comment."
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files(sorted(FIXTURES.glob("*.tsv")))


def dump(items) -> list[dict]:
    return [asdict(x) for x in items]


def test_second_pass_reuses_the_first_and_gives_the_same_results(kb, nlp):
    resolver = DefaultActorResolver(kb)
    day = date(2021, 4, 5)
    anchor = DocumentTime(day, DateInterval(day, day, "day"))
    shared = nlp(TEXT)
    hints = resolver.tenure_hints(shared)
    cached = shared.user_data[KEY]
    mentions = resolver.resolve(shared, anchor)
    assert shared.user_data[KEY] is cached  # not recomputed for the dated pass
    assert mentions and hints  # the sentences name actors: an empty result would compare equal trivially
    # Each pass on a fresh Doc (nothing cached) says exactly the same, in either order.
    assert dump(mentions) == dump(resolver.resolve(nlp(TEXT), anchor))
    assert dump(hints) == dump(resolver.tenure_hints(nlp(TEXT)))
    assert dump(resolver.tenure_hints(shared)) == dump(hints)


def test_a_resolver_with_another_knowledge_base_does_not_read_the_cache(kb, nlp):
    doc = nlp(TEXT)
    DefaultActorResolver(kb).tenure_hints(doc)
    empty = DefaultActorResolver(KnowledgeBase())
    anchor = DocumentTime.unknown()
    assert dump(empty.resolve(doc, anchor)) == dump(empty.resolve(nlp(TEXT), anchor))
    assert doc.user_data[KEY].kb is empty.kb
