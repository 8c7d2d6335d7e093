"""Round 12, wave 2 (issue 11): dating classes found on real news, with invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

import dateline
from dateline import components
from dateline.records import Article, PublishedDate


@pytest.fixture(scope="module")
def tagger():
    return components.create(components.time_taggers, "default")


def test_an_announced_weekday_and_day_in_an_undated_article_is_its_first_recurrence(tagger, nlp) -> None:
    # May 6 is a Monday in 2024 and again in 2030; with no upper bound the reader's year is the first
    text = (
        "After the 2021 election, the two governments resumed their talks. "
        "The king will arrive in Oslo on Monday, May 6, and will meet the prime minister on Tuesday, May 7."
    )
    article = Article(id="t", text=text, published=PublishedDate(None, "none", 0.0))
    dt = tagger.anchor(article, nlp(text), [])
    assert dt.interval.start is not None and dt.interval.start.year == 2024
    assert dt.interval.end is not None and dt.interval.end < date(2025, 1, 1)
    arrive = text.index("arrive")
    found = dateline.date_event(text, None, arrive, arrive + len("arrive"))
    assert found["likely"] == "2024-05-06" == found["start"] == found["end"]
