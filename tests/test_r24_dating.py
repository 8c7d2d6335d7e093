"""Round 24 (r24date): a present tense with a weekday in a sentence that ends its paragraph is a
timetable, not a headline; an undated article dated by its story's day tells its undated news on that
day; a likely day from the corpus later than every day the text reports dates the article, and none is
given for an event the text dates itself. Every sentence is invented."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dating_support import corpus_dated

import dateline
from dateline.dedup.doctime import pending
from dateline.records import Article, DateInterval, EventMention

WEDNESDAY = "2031-03-12"  # publication day
SATURDAY_AFTER = "2031-03-15"
SATURDAY_BEFORE = "2031-03-08"


def _date(text: str, trigger: str, published: str = WEDNESDAY) -> dict:
    start = text.index(trigger)
    return dateline.date_event(text, published, start, start + len(trigger))


PLAN = "President Alda Brun (阿爾達) is to meet Prime Minister Oskar Vell on Saturday in Lakeport."
AFTER = "The two governments announced the meeting late on Tuesday."


def test_a_scheduled_present_that_ends_its_paragraph_lies_ahead():
    # the paragraph break after the sentence is a token of its own in the parse: the sentence still
    # ends with its full stop, so the present with a day is a timetable, the Saturday after publication
    found = _date(PLAN + "\n\n" + AFTER, "meet")
    assert found["likely"] == SATURDAY_AFTER
    assert "after publication" in found["basis"]
    # a title line has no closing stop: its present is news just past, as before
    assert _date("Brun meets Vell in Lakeport on Saturday\n\n" + AFTER, "meets")["likely"] == SATURDAY_BEFORE


def test_a_scheduled_present_closed_by_a_quote_lies_ahead():
    text = "The minister said the committee \u201cmeets on Saturday.\u201d"
    assert _date(text, "meets")["likely"] == SATURDAY_AFTER


# --- an undated article dated by its story's day: its undated news lies on that day --------------------

STORY_DAY = "2031-03-10"
UNDATED = (
    "Ruritania and Elbonia signed a trade accord on Monday, March 10, 2031, in Lakeport.\n\n"
    "The negotiations had begun in 2029 under a previous government.\n\n"
)


def test_undated_news_of_a_story_dated_article_starts_on_the_story_day():
    text = UNDATED + "The Elbonian opposition leader rejected the accord as a surrender."
    start = text.index("rejected")
    found = dateline.date_event(text, None, start, start + len("rejected"))
    # a reaction the article tells undated is news of the story's day, not of the evening before it
    assert found["start"] == found["end"] == found["likely"] == STORY_DAY


# --- a likely day from the corpus later than every day the text reports --------------------------------


def test_a_likely_corpus_day_after_the_texts_own_days_dates_the_article():
    from dateline.pipeline import Pipeline
    from dateline.time.document_time import CORPUS_LIKELY

    pipeline = Pipeline()
    text = (
        "Border clash\n\nThe two armies had agreed on June 6 to pull back from the ridge.\n\n"
        "Ruritanian troops killed ten Elbonian soldiers in the valley."
    )
    # the dated articles place the clash, which the text reports undated, nine days after its own day
    article = corpus_dated(pipeline, text, "2031-06-15", CORPUS_LIKELY, "the clash, likely")
    interval = pipeline.analyse(article).document_time.interval
    assert interval.start == interval.likely == date(2031, 6, 15)


def _mention(article: str, span: DateInterval) -> EventMention:
    return EventMention(article, "CONSULT", None, "asserted", [], "met", 0, 3, "They met.", 0, 9, span)


@dataclass
class _Store:
    pairs: list[tuple[EventMention, EventMention, date]]

    def undated_reports(self):
        return self.pairs

    def alike_reports(self):
        return []

    def stored(self, article_ids):
        return [Article(id=a, text="") for a in article_ids]

    def placed(self, article_ids):
        return []

    def undated_articles(self):
        return []  # no story here told by undated articles alone (`doctime._calendar`)


def test_a_likely_day_gives_no_day_to_an_event_the_text_dates_itself():
    published = date(2031, 3, 15)
    # the dated report's undated "met": likely its publication day, a guess beside the text's own day
    other = _mention(
        "dated", DateInterval(date(2031, 3, 8), published, "range", 0.3, "past", likely=published)
    )
    stated = _mention(
        "undated", DateInterval(date(2031, 3, 12), date(2031, 3, 12), "day", 0.9, "'March 12, 2031'")
    )
    assert pending(_Store([(stated, other, published)])) == []
    # a report the text leaves undated still takes that likely day
    vague = _mention("undated", DateInterval(date(2031, 1, 1), None, "range", 0.2, "a tenure"))
    (found,) = pending(_Store([(vague, other, published)]))
    assert [c.value for c in found.published.candidates if c.source == "corpus"] == ["2031-03-15"]
