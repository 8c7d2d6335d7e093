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
