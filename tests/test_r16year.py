"""Round 16 (r16year): articles with no publication day or no year.

- An article whose own text gives its story day (a full date on what it reports, no publication date)
  dates the undated reports that join its events, as a dated article would (dedup/doctime.py,
  `document_time.own_day`); a story day learnt from the corpus dates nothing (no chains).
- "a post on X" / "X, formerly Twitter" dates a text on or after the rename (time/data/dating_terms.tsv).
Invented articles."""

from __future__ import annotations

from datetime import date

import pytest

import dateline
from dateline.pipeline import Pipeline
from dateline.records import DateInterval, DocumentTime, PublishedDate, RawDocument
from dateline.run import run
from dateline.store.database import Database
from dateline.time import dating_terms
from dateline.time.document_time import CORPUS, STORY_BASIS, own_day

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


STORY = DateInterval(date(2024, 3, 15), date(2024, 4, 15), "month", 0.5, f"{STORY_BASIS} 2024-03-15, ...")
NONE = PublishedDate(None, "none", 0.0)


@pytest.mark.parametrize(
    ("anchor", "published", "expected"),
    [
        # a publication day
        (
            DocumentTime(date(2024, 3, 13), DateInterval(date(2024, 3, 13), date(2024, 3, 13), "day", 0.9)),
            NONE,
            date(2024, 3, 13),
        ),
        # the story day its own text gives
        (DocumentTime(None, STORY), NONE, date(2024, 3, 15)),
        # a story day learnt from the corpus: no chains
        (
            DocumentTime(None, STORY),
            PublishedDate(
                None,
                "none",
                0.0,
                candidates=[PublishedDate("2024-03-15", CORPUS, 0.3, "another article's day", inferred=True)],
            ),
            None,
        ),
        # an estimate from content (a tenure, a term): no day
        (
            DocumentTime(None, DateInterval(date(2023, 7, 23), None, "range", 0.2, "estimated from content")),
            NONE,
            None,
        ),
    ],
)
def test_own_day(anchor, published, expected):
    assert own_day(anchor, published) == expected


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
