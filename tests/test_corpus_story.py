"""Round 13: an undated article that tells the story a dated article tells (dedup/doctime.py `_story`),
and the window a corpus day gives an undated article's year-less days (time/document_time.py).
Invented articles and reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dateline.dedup.doctime import pending
from dateline.records import (
    Actor,
    Article,
    DateInterval,
    DocumentTime,
    EventActor,
    EventMention,
    PublishedDate,
    TenureHint,
)
from dateline.time.document_time import CORPUS, CORPUS_LIKELY, estimate
from dateline.time.tagger import tag

ISTANIA = Actor("IST", "Istania", "IST", "GOV")
BORAVIA = Actor("BOR", "Boravia", "BOR", "GOV")
MERU = Actor("MER", "Meru", "MER", "GOV")
OPEN = DateInterval(date(2020, 1, 1), None, "range", 0.2, "a tenure's lower bound")
WEEK = DateInterval(date(2025, 10, 12), date(2025, 10, 19), "range", 0.3, "past", likely=date(2025, 10, 19))


def _report(
    article: str,
    kind: str,
    at: int,
    span: DateInterval = OPEN,
    parties: tuple[Actor, ...] = (ISTANIA, BORAVIA),
    modality: str = "asserted",
) -> EventMention:
    actors = [EventActor(a, "participant") for a in parties]
    return EventMention(
        article, kind, None, modality, actors, "did", at, at + 3, "They did.", at, at + 9, span
    )


@dataclass
class _Store:
    """The store's answers (`doctime.Reports`), given: pairs alike and the undated articles' reports."""

    alike: list[tuple[EventMention, EventMention, date]]
    reports: list[EventMention]
    articles: list[str] = field(default_factory=lambda: ["undated"])

    def undated_reports(self):
        return []

    def alike_reports(self):
        return self.alike

    def stored(self, article_ids):
        return [Article(id=a, text="") for a in article_ids if a in self.articles]

    def placed(self, article_ids):
        return [(m, None) for m in self.reports if m.article_id in set(article_ids)]

    def undated_articles(self):
        return []  # no story here told by undated articles alone (`doctime._calendar`)


PUBLISHED = date(2025, 10, 19)
# the dated article: talks, an agreement, pledges between the two, undated, likely on its day
DATED = [_report("dated", kind, 100 * i, WEEK) for i, kind in enumerate(("CONSULT", "AGREE", "SUPPORT"))]


def _story_days(store: _Store) -> list[tuple[str, str | None, float]]:
    return [
        (a.id, c.value, c.confidence)
        for a in pending(store)
        for c in a.published.candidates
        if c.source == CORPUS and not c.mention
    ]


def test_an_undated_article_telling_the_same_story_takes_its_likely_day():
    own = [_report("undated", kind, 10 * i) for i, kind in enumerate(("CONSULT", "AGREE", "SUPPORT"))]
    store = _Store([(o, d, PUBLISHED) for o, d in zip(own, DATED, strict=False)], own)
    ((article, day, confidence),) = _story_days(store)
    assert (article, day, confidence) == ("undated", "2025-10-19", CORPUS_LIKELY)
    note = next(c.note for a in pending(store) for c in a.published.candidates)
    assert note.startswith("tells the story article dated tells")


def test_one_report_alike_among_many_tells_no_story():
    # the talks match, but most of what the article reports (three accusations) the dated one does not
    own = [_report("undated", "CONSULT", 0)] + [_report("undated", "ACCUSE", 10 * i) for i in (1, 2, 3)]
    store = _Store([(own[0], DATED[0], PUBLISHED)], own)
    assert _story_days(store) == []
    # two of five: still less than half
    own = [
        _report("undated", k, 10 * i)
        for i, k in enumerate(("CONSULT", "AGREE", "ACCUSE", "ACCUSE", "ACCUSE"))
    ]
    store = _Store([(own[0], DATED[0], PUBLISHED), (own[1], DATED[1], PUBLISHED)], own)
    assert _story_days(store) == []


def test_another_pair_or_one_country_tells_no_story():
    other = [
        _report("undated", k, 10 * i, parties=(ISTANIA, MERU)) for i, k in enumerate(("CONSULT", "AGREE"))
    ]
    store = _Store([(o, d, PUBLISHED) for o, d in zip(other, DATED, strict=False)], other)
    assert _story_days(store) == []
    alone = [_report("undated", k, 10 * i, parties=(ISTANIA,)) for i, k in enumerate(("CONSULT", "AGREE"))]
    dated = [
        _report("dated", k, 100 * i, WEEK, parties=(ISTANIA,)) for i, k in enumerate(("CONSULT", "AGREE"))
    ]
    store = _Store([(o, d, PUBLISHED) for o, d in zip(alone, dated, strict=True)], alone)
    assert _story_days(store) == []


def test_a_story_day_outside_the_reports_own_interval_or_days_apart_dates_nothing():
    before = DateInterval(None, date(2024, 1, 1), "range", 0.2, "before 2024")
    own = [_report("undated", kind, 10 * i, before) for i, kind in enumerate(("CONSULT", "AGREE"))]
    store = _Store([(o, d, PUBLISHED) for o, d in zip(own, DATED, strict=False)], own)
    assert _story_days(store) == []
    # two dated articles telling the pair's talks two months apart: no one story
    december = DateInterval(
        date(2025, 12, 12), date(2025, 12, 19), "range", 0.3, "past", likely=date(2025, 12, 19)
    )
    later = [_report("later", k, 100 * i, december) for i, k in enumerate(("CONSULT", "AGREE"))]
    own = [_report("undated", kind, 10 * i) for i, kind in enumerate(("CONSULT", "AGREE"))]
    pairs = [(o, d, PUBLISHED) for o, d in zip(own, DATED, strict=False)]
    pairs += [(o, d, date(2025, 12, 19)) for o, d in zip(own, later, strict=True)]
    assert _story_days(_Store(pairs, own)) == []


HINT = TenureHint("President Ana Ruiz", "ruiz", DateInterval(date(2018, 5, 2), None, "range", 0.9))
SIGNED = (
    "Border treaty\n\nOn March 13, President Ana Ruiz and her neighbour signed a border treaty in Tarvos."
)


def _undated(nlp, text: str, *candidates: PublishedDate):
    doc = nlp(text)
    published = PublishedDate(None, "none", 0.0, candidates=list(candidates))
    return estimate(
        Article(id="x", text=text, published=published), doc, [HINT], tag(doc, DocumentTime.unknown())
    )


def test_a_corpus_day_places_the_year_of_an_undated_articles_own_day(nlp):
    # alone, "On March 13" after a tenure that began in 2018 has no year: the estimate stays open
    alone = _undated(nlp, SIGNED)
    assert alone.interval.end is None and alone.interval.likely is None
    # a dated report of the story (a preview of the signing, published 2025-03-11) puts it in 2025: the
    # article's own day, not the preview's, is the story's day
    preview = PublishedDate("2025-03-11", CORPUS, CORPUS_LIKELY, "a preview", inferred=True)
    dt = _undated(nlp, SIGNED, preview)
    assert dt.interval.likely == date(2025, 3, 13)
    assert dt.interval.start == date(2025, 3, 13) and dt.interval.end == date(2025, 4, 11)
