"""Round 13 (r13window): in an article without a publication day, an undated past ends on the day
the article was likely written (the latest day it states, or the story's day from the corpus), not
at the end of the month its document time leaves open after that day."""

from __future__ import annotations

from datetime import date

import dateline
from dateline.dedup.refine import DateEvidence, refine_date, wide_guess
from dateline.records import DateInterval
from dateline.time.event_date import WRITING_DAY

# invented: a treaty dated in the lead, then sentences without a time of their own
TEXT = (
    "The two foreign ministers signed a border treaty in Geneva on March 12, 2031. "
    "The treaty settles a quarrel over three villages. "
    "Both parliaments must still ratify it. "
    "Its text runs to forty pages. "
    "Farmers on both sides cheered the news. "
    "The envoy of the neighbouring state has welcomed the deal. "
    "The ministers will meet again."
)


def _date(word: str, published: str | None) -> dict:
    start = TEXT.index(word)
    return dateline.date_event(TEXT, published, start, start + len(word))


def test_an_undated_past_ends_on_the_day_the_undated_article_states_last() -> None:
    for word in ("cheered", "welcomed"):
        found = _date(word, None)
        # round 24: from the story's day itself (round 12 let it start the evening before)
        assert (found["start"], found["end"], found["likely"]) == ("2031-03-12", "2031-03-12", "2031-03-12")
        assert WRITING_DAY in found["basis"]


def test_what_lies_ahead_stays_open_after_the_estimate() -> None:
    found = _date("meet", None)
    assert found["start"] == "2031-03-12" and found["end"] is None and found["likely"] is None


def test_a_dated_article_keeps_its_publication_day_as_the_end() -> None:
    found = _date("cheered", "2031-03-20")
    assert (found["end"], found["likely"]) == ("2031-03-20", "2031-03-20")
    assert WRITING_DAY not in found["basis"]


def test_the_cut_guess_never_narrows_a_day_another_report_states() -> None:
    # "the talks opened on Tuesday 18 March" in a dated report, "the talks opened" in an undated one
    # whose estimated writing day (its latest day stated) is 12 March: the stated day stays
    stated = DateInterval(
        date(2031, 3, 18), date(2031, 3, 18), "day", 0.8, "governed by 'Tuesday' (2031-03-18)"
    )
    cut = DateInterval(
        date(2031, 3, 11), date(2031, 3, 12), "range", 0.15,
        "past, no date in its clause: on or shortly before publication between 2031-03-12 and 2031-04-12, "
        f"{WRITING_DAY} 2031-03-12",
        date(2031, 3, 12),
    )  # fmt: skip
    assert wide_guess(cut)
    for ev in (
        refine_date(DateEvidence(stated, stated, "a"), cut, "b"),
        refine_date(DateEvidence(cut, cut, "b"), stated, "a"),
    ):
        assert (ev.interval.start, ev.interval.end) == (date(2031, 3, 18), date(2031, 3, 18))
