"""Round 24 (r24date): a present tense with a weekday in a sentence that ends its paragraph is a
timetable, not a headline. Every sentence is invented."""

from __future__ import annotations

import dateline

WEDNESDAY = "2031-03-12"  # publication day
SATURDAY_AFTER = "2031-03-15"
SATURDAY_BEFORE = "2031-03-08"


def _date(text: str, trigger: str, published: str = WEDNESDAY) -> dict:
    start = text.index(trigger)
    return dateline.date_event(text, published, start, start + len(trigger))


PLAN = "President Alda Brun (阿爾達) is to hold talks with Prime Minister Oskar Vell on Saturday in Lakeport."
AFTER = "The two governments announced the meeting late on Tuesday."


def test_a_scheduled_present_that_ends_its_paragraph_lies_ahead():
    # the paragraph break after the sentence is a token of its own in the parse: the sentence still
    # ends with its full stop, so the present with a day is a timetable, the Saturday after publication
    found = _date(PLAN + "\n\n" + AFTER, "hold talks")
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
