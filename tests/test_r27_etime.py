"""Round 27 (r27etime, issue 11): stretches counted from another event, a clause measured off by
months or years, and "that day" after a told month. Invented texts."""

from __future__ import annotations

from datetime import date

from dating_support import date_of

from dateline.evaluation.dating_eval import label
from dateline.time.tagger import tag_text

FRIDAY = "2026-03-20"


def _values(text: str, published: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_text(text, published)]


# "within a week of his capture": a stretch counted from another event, not from publication
def test_a_stretch_within_which_an_event_fell_counts_from_another_event() -> None:
    text = (
        "Rebels captured the engineer on March 3, 2024, the ministry said. "
        "Officials said on Friday they now believed he had been killed within a week of his capture."
    )
    # the capture is the one the article dated before, not the week up to publication
    assert label(date_of(text, "capture", FRIDAY, nth=1)) == "2024-03-03"
    # the killing keeps its tense's reading: before the report, no day of its own
    assert "ending at publication" not in date_of(text, "killed", FRIDAY)["basis"]
    collapsed = date_of("The talks collapsed within a month of the ceasefire.", "collapsed", FRIDAY)
    assert "ending at publication" not in collapsed["basis"]


def test_a_stretch_of_its_own_still_ends_at_publication() -> None:
    # "within a week" with no event after it is the week before the report, as before
    found = date_of("The rebels have freed twenty hostages within a week.", "freed", FRIDAY)
    assert found["basis"].startswith("duration 'a week' ending at publication")
    assert (found["start"], found["end"]) == ("2026-03-13", FRIDAY)


# "comes a month after the airline suspended flights": the month reached, as days and weeks are
def test_a_clause_measured_off_by_a_month_lies_in_the_month_reached() -> None:
    text = "The new route comes barely a month after the airline suspended its flights to Elbonia."
    assert label(date_of(text, "suspended", FRIDAY)) == "after2026-02-01before2026-02-28"
    found = date_of("The treaty was signed on Monday, two years after the talks began.", "began", FRIDAY)
    assert (found["start"], found["end"], found["granularity"]) == ("2024-01-01", "2024-12-31", "year")


def test_a_clause_dated_a_month_after_a_dated_clause() -> None:
    text = "The army struck back a month after the rebels seized the airport on January 10."
    found = date_of(text, "struck", FRIDAY)
    assert (found["start"], found["end"], found["granularity"]) == ("2026-02-01", "2026-02-28", "month")
    # days keep their exact count
    days = date_of(text.replace("a month", "three days"), "struck", FRIDAY)
    assert (days["start"], days["likely"]) == ("2026-01-13", "2026-01-13")


def test_a_gap_of_days_and_a_vague_gap_keep_their_readings() -> None:
    text = "The visit came two weeks after Ruritania recalled its ambassador."
    assert date_of(text, "recalled", FRIDAY)["likely"] == "2026-03-06"
    vague = date_of("The visit comes just months after the two sides signed a truce.", "signed", FRIDAY)
    assert vague["granularity"] != "month"


# "that same day" after a told month: a day of that month, not the older day told before it
def test_that_day_after_a_told_month_is_a_day_of_that_month() -> None:
    text = (
        "Police said on Thursday that the judge was attacked last October. "
        "His name was struck from the list that same day."
    )
    assert _values(text, date(2027, 2, 6))[-1] == ("that same day", "2026-10-XX")
    year = "Prices rose in 2019. The same day, protests began."
    assert _values(year, date(2027, 2, 6))[-1] == ("The same day", "2019-XX-XX")


def test_that_day_after_a_told_day_and_the_day_of_a_market_report_keep_their_readings() -> None:
    text = "On Monday the court met. The next day it adjourned. That day, lawyers protested."
    assert _values(text, date(2027, 2, 6))[-1] == ("That day", "2027-02-02")
    # "ended the day" after a month's figures is the report's day, not a day of that month
    market = "Shares fell in January. The index ended the day lower."
    assert _values(market, date(2027, 2, 6))[-1] == ("the day", "2027-02-06")
