"""A bare weekday of an undated article takes the day the article names for that weekday only when
the article names it as a day of its own, not as the first or last day of a range ("a tour on March
10-14": the 14th is a Friday, but the tour's end is not "Friday"'s day). Invented sentences."""

from __future__ import annotations

from datetime import date

from test_event_date_news import undated

# the estimate of an undated article: a week in March 2025 (the 7th and 14th are Fridays)
LO, HI = date(2025, 3, 5), date(2025, 3, 12)


def test_a_range_ending_on_that_weekday_does_not_date_it(nlp):
    text = "The council will meet on Friday. The envoy is due to tour the region on March 10-14, 2025."
    iv = undated(nlp, text, "meet", LO, HI)
    assert (iv.start, iv.end) == (date(2025, 3, 7), date(2025, 3, 14))


def test_a_range_written_from_to_does_not_date_it(nlp):
    text = "The council will meet on Friday. The envoy's tour, from March 12 to 14, 2025, was postponed."
    iv = undated(nlp, text, "meet", LO, HI)
    assert not iv.is_day


def test_a_single_day_on_that_weekday_still_dates_it(nlp):
    text = "The council will meet on Friday. The envoy is due to tour the region on March 14, 2025."
    iv = undated(nlp, text, "meet", LO, HI)
    assert iv.is_day and iv.start == date(2025, 3, 14)
