"""The time stage tags each parsed article more than once (against an unknown anchor to date the
document, then against the document time) and keeps what does not depend on the anchor with the
Doc. Whatever was tagged before, the result must be the one a freshly parsed document gives."""

from __future__ import annotations

from datetime import date

from dateline.nlp.text import text_of
from dateline.records import Article, DateInterval, DocumentTime, PublishedDate
from dateline.time.component import DefaultTimeTagger
from dateline.time.tagger import tag

# Invented report: weekdays and year-less dates in past and future clauses, a count that looks like
# a year, a clock time without its day, anaphora and a deadline after "until".
TEXT = (
    "The delegations met on Tuesday in Vienna and will meet again on Friday. "
    "Officials said 2000 troops had left by March 18, and the talks of May 2, 2019 were recalled. "
    "The vote ended at 10:35 a.m. on Thursday; the next day the council gave them until Monday. "
    "Later that year the envoy had visited Kabul in April."
)


def _day(d: date) -> DocumentTime:
    return DocumentTime(d, DateInterval(d, d, "day", 1.0, "given"), ("given",))


ANCHORS = (
    DocumentTime.unknown(),
    _day(date(2021, 9, 15)),
    DocumentTime(None, DateInterval(date(2021, 5, 1), date(2021, 9, 30), "range", 0.5, "estimate")),
    _day(date(2020, 1, 6)),
)


def test_tagging_again_with_another_anchor_equals_a_fresh_parse(nlp) -> None:
    reused = nlp(TEXT)
    for anchor in ANCHORS + ANCHORS[::-1]:
        fresh = tag(nlp(TEXT), anchor)
        assert fresh  # the text has expressions under every anchor
        assert tag(reused, anchor) == fresh


def test_the_component_in_pipeline_order_equals_a_fresh_parse(nlp) -> None:
    component = DefaultTimeTagger()
    article = Article(id="t", text=TEXT, published=PublishedDate("2021-09-15", "byline", 0.9))
    doc = nlp(TEXT)
    anchor = component.anchor(article, doc, [])
    assert anchor.dct == date(2021, 9, 15)
    assert component.tag(doc, anchor) == tag(nlp(TEXT), anchor)
    assert anchor == component.anchor(article, nlp(TEXT), [])


def test_text_of_is_the_document_text(nlp) -> None:
    doc = nlp(TEXT)
    assert text_of(doc) == doc.text == TEXT
    assert text_of(doc) is text_of(doc)  # built once
