"""How `dateline eval dating` writes our `date` objects as TimeBank-EventTime labels."""

from __future__ import annotations

from dateline.evaluation.dating_eval import label


def test_a_day_is_written_as_the_day() -> None:
    assert label({"start": "1998-02-06", "end": "1998-02-06", "likely": None}) == "1998-02-06"
    assert label({"start": "1998-02-01", "end": "1998-02-06", "likely": "1998-02-06"}) == "1998-02-06"


def test_a_whole_month_is_written_to_its_28th_day_as_the_corpus_does() -> None:
    assert label({"start": "1997-10-01", "end": "1997-10-31"}) == "after1997-10-01before1997-10-28"
    assert label({"start": "1996-02-01", "end": "1996-02-29"}) == "after1996-02-01before1996-02-28"


def test_other_ranges_keep_their_ends() -> None:
    assert label({"start": "1997-10-01", "end": "1997-10-20"}) == "after1997-10-01before1997-10-20"
    assert label({"start": "1997-10-01", "end": "1997-11-30"}) == "after1997-10-01before1997-11-30"
    assert label({"start": None, "end": "1997-10-31"}) == "before1997-10-31"
    assert label({"start": None, "end": None}) == "n/a"


def test_a_multi_day_event_is_written_by_its_two_ends() -> None:
    extent = {
        "begin": {"after": None, "before": "1998-02-06"},
        "end": {"after": "1998-02-06", "before": None},
    }
    found = {"start": "1998-02-04", "end": "1998-02-06", "extent": extent}
    assert label(found) == "beginPoint=before1998-02-06endPoint=after1998-02-06"


def test_a_week_is_written_as_the_annotators_sunday_to_saturday_week() -> None:
    # ISO week 7 of 1998 is Monday 9 to Sunday 15 February; the corpus's week is Sunday 8 to Saturday 14
    assert label({"start": "1998-02-09", "end": "1998-02-15", "granularity": "week"}) == (
        "after1998-02-08before1998-02-14"
    )
    # "this week" up to a Thursday publication: from the Sunday before its Monday
    assert label({"start": "1998-02-09", "end": "1998-02-12", "granularity": "week"}) == (
        "after1998-02-08before1998-02-12"
    )
    # a range that is not a week keeps its Monday
    assert label({"start": "1998-02-09", "end": "1998-02-12", "granularity": "range"}) == (
        "after1998-02-09before1998-02-12"
    )


def test_the_week_up_to_publication_keeps_the_week_as_its_unit() -> None:
    from dateline.time.one_event import date_event

    text = "The two envoys met this week in Oslo."
    found = date_event(text, "1998-02-12", text.index("met"), text.index("met") + 3)
    assert (found["start"], found["end"], found["granularity"]) == ("1998-02-09", "1998-02-12", "week")
