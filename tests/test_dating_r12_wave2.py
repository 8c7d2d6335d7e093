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


def _likely(text: str, word: str, published: str) -> str | None:
    at = text.index(word)
    return dateline.date_event(text, published, at, at + len(word))["likely"]


STORY_OF_YESTERDAY = (
    "Chile expelled two Peruvian diplomats on Monday. "
    'The foreign minister wrote in a post: "Our patience has limits.\n'
)


def test_quoted_present_words_in_a_story_of_yesterday_are_said_on_the_story_day() -> None:
    # 2019-05-07 is a Tuesday: the lead's Monday is the day before publication
    text = STORY_OF_YESTERDAY.rstrip("\n") + ' We urge Lima to respect the treaty."'
    assert _likely(text, "urge", "2019-05-07") == "2019-05-06"
    # the quotation may open earlier in the paragraph, in the sentence before
    text = STORY_OF_YESTERDAY.rstrip("\n") + " We condemn the raid. We urge Lima to talk."
    assert _likely(text, "urge", "2019-05-07") == "2019-05-06"


def test_narrated_present_and_a_story_of_the_publication_day_keep_the_report_day() -> None:
    # outside quotation marks the present is the report's
    text = "Chile expelled two Peruvian diplomats on Monday. The minister urges Lima to respect the treaty."
    assert _likely(text, "urges", "2019-05-07") == "2019-05-07"
    # a quotation closed in an earlier paragraph does not reach this one
    text = STORY_OF_YESTERDAY + "Chile urges Lima to respect the treaty."
    assert _likely(text, "urges", "2019-05-07") == "2019-05-07"
    # a story of the publication day: the words are that day's
    text = 'Chile expelled two Peruvian diplomats on Tuesday. "We urge Lima to respect the treaty," she said.'
    assert _likely(text, "urge", "2019-05-07") == "2019-05-07"


def test_a_year_ago_dates_the_month_a_year_back() -> None:
    text = "The envoys signed the pact a year ago in Lima."
    at = text.index("signed")
    found = dateline.date_event(text, "2023-11-15", at, at + len("signed"))
    assert (found["start"], found["end"]) == ("2022-11-01", "2022-11-30")


def test_more_than_a_year_ago_and_counts_of_years_keep_their_readings() -> None:
    text = "The rebels seized the town more than a year ago."
    at = text.index("seized")
    found = dateline.date_event(text, "2021-03-02", at, at + len("seized"))
    assert found["start"] is None and found["end"] <= "2020-03-02"
    text = "The rebels seized the town two years ago."
    found = dateline.date_event(text, "2021-03-02", at, at + len("seized"))
    assert (found["start"], found["end"]) == ("2019-01-01", "2019-12-31")
