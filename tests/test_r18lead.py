"""Round 18 (lead): a modifier joined to its month or year by "in" keeps the year written after it.
The sentences are invented."""

from __future__ import annotations

import pytest

import dateline


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # "late in March 2017" is "late March 2017": the year is the one written, not the report's
        ("The two ministers met late in March 2017 in Geneva.", "2017-03-21", "2017-03-31"),
        ("The envoys met early in 2019 in Oslo.", "2019-01-01", "2019-04-30"),  # a year's thirds by months
        ("The envoys met in late March 2017 in Oslo.", "2017-03-21", "2017-03-31"),
    ],
)
def test_a_modifier_with_in_keeps_the_year_after_it(sentence, start, end):
    at = sentence.index("met")
    date = dateline.date_event(sentence, "2020-01-10", at, at + 3)
    assert (date["start"], date["end"]) == (start, end)
