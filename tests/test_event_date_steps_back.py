"""A sentence that opens by stepping back from the story ("Previously, ...", "Before that, ...";
`before_the_story` in `data/tense_cues.json`, round 14): its undated past ends before the story's day
and has no likely day; dedup keeps it apart from the story's own undated news in one article.
Invented sentences through `dateline.date_event`, invented records through the real merge."""

from __future__ import annotations

from datetime import date

import pytest
from test_dedup_merge import mention

import dateline
from dateline.dedup import merge
from dateline.dedup.compatible import stepped_back
from dateline.records import DateInterval
from dateline.time.event_date import STEPPED_BACK

THURSDAY = "2024-03-14"
STORY = "The ministers met in Oslo on Tuesday to discuss the border. "


def _date(text: str, word: str, published: str | None = THURSDAY) -> dict:
    start = text.rindex(word)
    return dateline.date_event(text, published, start, start + len(word))


@pytest.mark.parametrize("opener", ["Previously,", "Before that,", "Prior to this,", "\u201cBeforehand,"])
def test_a_sentence_that_steps_back_ends_before_the_storys_day(opener: str) -> None:
    found = _date(f"{STORY}{opener} the envoy held talks in Cairo.", "held")
    # before Tuesday the 12th, the day the narrative set, and no day picked
    assert (found["start"], found["end"], found["likely"]) == (None, "2024-03-11", None)
    assert found["basis"].startswith(STEPPED_BACK)


def test_without_a_story_day_it_ends_before_publication() -> None:
    text = "The ministers met in Oslo to discuss the border. Previously, the envoy visited Cairo for talks."
    found = _date(text, "visited")
    assert (found["start"], found["end"], found["likely"]) == (None, "2024-03-13", None)


@pytest.mark.parametrize(
    ("opener", "day"),
    [
        ("Earlier on Tuesday,", "2024-03-12"),  # the story's own day
        ("Earlier,", "2024-03-12"),  # news writes a bare "Earlier," of the same day too
        ("Later,", "2024-03-12"),
    ],
)
def test_earlier_keeps_the_storys_day(opener: str, day: str) -> None:
    found = _date(f"{STORY}{opener} the envoy held talks in Cairo.", "held")
    assert found["likely"] == day


def test_a_time_of_its_own_wins() -> None:
    found = _date(f"{STORY}Previously, the envoy visited Cairo in January.", "visited")
    assert (found["start"], found["end"]) == ("2024-01-01", "2024-01-31")


def test_a_word_inside_the_sentence_is_no_opener() -> None:
    # "previously" not opening the sentence does not step the whole sentence back
    found = _date(f"{STORY}The envoy, previously posted to Rome, held talks in Cairo.", "held")
    assert found["likely"] == "2024-03-12"


def test_one_article_keeps_the_earlier_visit_apart_from_the_storys() -> None:
    # "The envoy visited Islamabad for talks." ... "Previously, the speaker of the Senate, during an
    # official visit to Pakistan, stated ...": both open intervals reach into the week before
    # publication; the writer set the second before the story.
    story = DateInterval(date(2031, 3, 7), date(2031, 3, 14), "range", 0.3,
                         "past, no date in its clause: on or shortly before publication")  # fmt: skip
    before = DateInterval(None, date(2031, 3, 13), "range", 0.2,
                          f"{STEPPED_BACK}, before the story's time: the story's day 2031-03-14")  # fmt: skip
    now, then = mention("p000", 10, mode="visit", when=story), mention("p000", 900, mode="visit", when=before)
    assert stepped_back(now.date, then.date) and stepped_back(then.date, now.date)
    assert not stepped_back(now.date, now.date)
    for order in ([now, then], [then, now]):
        assert len(merge(order)) == 2
    # in another article, an open report dated by its tense alone may still be that earlier visit
    elsewhere = mention("p001", 10, mode="visit", when=story)
    assert len(merge([then, elsewhere])) == 1
