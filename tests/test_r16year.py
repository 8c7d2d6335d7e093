"""Round 16 (r16year): articles with no publication day or no year.

- An article whose own text gives its story day (a full date on what it reports, no publication date)
  dates the undated reports that join its events, as a dated article would (dedup/doctime.py,
  `document_time.own_day`); a story day learnt from the corpus dates nothing (no chains).
- An undated report of an event held takes the day a dated article's preview gives it (`_alike`).
- "a post on X" / "X, formerly Twitter" dates a text on or after the rename (time/data/dating_terms.tsv).
Invented articles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

import dateline
from dateline.dedup.doctime import pending
from dateline.pipeline import Pipeline
from dateline.records import (
    Actor,
    Article,
    DateInterval,
    EventActor,
    EventMention,
    PublishedDate,
    RawDocument,
)
from dateline.run import run
from dateline.store.database import Database
from dateline.time import dating_terms
from dateline.time.document_time import CORPUS, CORPUS_LIKELY, own_day

# No publication date; the text dates its news itself: story day Friday 15 March 2024.
TOLD = (
    "Talks in Hanoi\n\nChinese Foreign Minister Wang Yi met Vietnam's foreign minister in Hanoi on "
    "Friday (March 15, 2024). They discussed fishing rights in the gulf."
)
# The same meeting "on Friday", no date anywhere else.
BARE = (
    "Fishing talks\n\nWang Yi met Vietnam's foreign minister in Hanoi on Friday about fishing rights, "
    "officials said."
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _raws(*texts: tuple[str, str]) -> list[RawDocument]:
    return [RawDocument(source=f"{i}.txt", id=i, text=t, published=None) for i, t in texts]


def _corpus_days(articles: list[dict], article_id: str) -> list[str]:
    article = next(a for a in articles if a["id"] == article_id)
    return [c["value"] for c in article["published"]["candidates"] if c["source"] == CORPUS]


def test_an_article_dated_by_its_own_story_day_dates_the_report_that_joins_it(tmp_path, pipeline):
    texts = (("told", TOLD), ("bare", BARE))
    with Database(tmp_path / "told.duckdb") as db:
        assert not run(_raws(*texts), pipeline, db).errors
        events, articles = db.events(mention_detail=True), db.articles(with_removed=True)
    told = next(a for a in articles if a["id"] == "told")
    assert told["document_time"]["dct"] is None and told["document_time"]["start"] == "2024-03-15"
    assert "2024-03-15" in _corpus_days(articles, "bare")
    bare = next(a for a in articles if a["id"] == "bare")
    assert bare["published"]["value"] is None  # a day from the corpus is no publication date
    assert bare["document_time"]["start"] == "2024-03-15" or bare["document_time"]["dct"] == "2024-03-15"
    assert [e.to_json() for e in dateline.process(_raws(*texts))] == events  # in memory the same


def test_alone_the_bare_report_has_no_day(pipeline):
    (raw,) = _raws(("bare", BARE))
    assert pipeline.process(raw).document_time.interval.start is None


def test_own_day(pipeline):
    """The day an article dates others by (`own_day`): its publication day, else the story day its
    own text gives (`DocumentTime.story_day`); a story day learnt from the corpus is none (no chains),
    nor is an estimate from content."""
    (told,) = _raws(("told", TOLD))
    anchor = pipeline.process(told).document_time
    assert anchor.dct is None and anchor.story_day == date(2024, 3, 15) == own_day(anchor)
    learnt = PublishedDate(
        None,
        "none",
        0.0,
        candidates=[PublishedDate("2024-03-15", CORPUS, 0.3, "another article's day", inferred=True)],
    )
    article = pipeline.clean(told)
    anchor = pipeline.analyse(replace(article, published=learnt)).document_time
    assert anchor.interval.start == date(2024, 3, 15) and own_day(anchor) is None
    dated = replace(article, published=PublishedDate("2024-03-16", "byline", 0.9))
    assert own_day(pipeline.analyse(dated).document_time) == date(2024, 3, 16)
    posted = pipeline.process(
        RawDocument("x.txt", text="Talks\n\nThe minister said in a post on X that talks went well.")
    )
    assert own_day(posted.document_time) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The minister said in a post on X that talks would resume.", "on X"),
        ("She wrote on X: the border stays closed.", "on X"),
        ("the platform X, formerly Twitter, removed the post", "X, formerly Twitter"),
        ("the company X (formerly known as Twitter) said", "X (formerly known as Twitter"),
        ("He relied on X-ray images.", None),
        ("The report drew on Xinhua and local media.", None),
        ("based on x and y", None),
    ],
)
def test_a_post_on_x_is_not_older_than_the_rename(text, found):
    terms = dating_terms.find(text)
    assert [t.text for t in terms] == ([found] if found else [])
    assert all(t.day == date(2023, 7, 23) and t.kind == "since" for t in terms)


RUIZ = Actor("ruiz", "Ana Ruiz", "IST", "GOV", "head of state", "person")
SOTO = Actor("soto", "Leo Soto", "BOR", "GOV", "head of state", "person")
SINCE = DateInterval(date(2020, 1, 1), None, "range", 0.2, "a tenure's lower bound")
PREVIEW_DAY = date(2024, 10, 23)  # the day the dated preview, published the day before, gives the talks


def _talks(article: str, modality: str, span: DateInterval, parties=(RUIZ, SOTO)) -> EventMention:
    actors = [EventActor(a, "participant") for a in parties]
    return EventMention(article, "CONSULT", None, modality, actors, "met", 0, 3, "They met.", 0, 9, span)


class _Alike:
    """The store's answers (`doctime.Reports`): reports alike only, none merged."""

    def __init__(self, pairs):
        self.pairs = pairs

    def undated_reports(self):
        return []

    def alike_reports(self):
        return self.pairs

    def stored(self, article_ids):
        return [Article(id=a, text="") for a in article_ids]

    def placed(self, article_ids):
        return [(own, None) for own, _, _ in self.pairs if own.article_id in set(article_ids)]

    def undated_articles(self):
        return []  # no story here told by undated articles alone (`doctime._calendar`)


def test_an_undated_report_of_talks_held_takes_the_day_a_dated_preview_gives_them():
    plan = _talks("preview", "planned", DateInterval(PREVIEW_DAY, PREVIEW_DAY, "day", 0.9))
    held = _talks("held", "asserted", SINCE)
    (article,) = pending(_Alike([(held, plan, PREVIEW_DAY - timedelta(days=1))]))
    ((found,),) = [[c for c in article.published.candidates if c.source == CORPUS]]
    assert (found.value, found.confidence, found.inferred) == ("2024-10-23", CORPUS_LIKELY, True)
    assert "article preview" in found.note


def test_a_preview_of_talks_with_another_country_a_wide_plan_or_one_outside_the_interval_dates_nothing():
    day = DateInterval(PREVIEW_DAY, PREVIEW_DAY, "day", 0.9)
    published = PREVIEW_DAY - timedelta(days=1)
    other = _talks(
        "preview", "planned", day, parties=(RUIZ, Actor("vega", "Ada Vega", "MER", "GOV", None, "person"))
    )
    wide = _talks("preview", "planned", DateInterval(PREVIEW_DAY, date(2024, 12, 31), "range", 0.5))
    before = _talks("held", "asserted", DateInterval(None, date(2024, 1, 1), "range", 0.2, "before 2024"))
    for own, plan in (
        (_talks("held", "asserted", SINCE), other),
        (_talks("held", "asserted", SINCE), wide),
        (before, _talks("preview", "planned", day)),
    ):
        assert pending(_Alike([(own, plan, published)])) == []
