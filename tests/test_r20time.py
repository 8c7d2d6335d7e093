"""Round 20 (issue 11): values of an article known only to a window of days. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp import load
from dateline.records import DateInterval, DocumentTime
from dateline.time import values
from dateline.time.tagger import tag, tag_text


def _window(start: date, end: date) -> DocumentTime:
    return DocumentTime(None, DateInterval(start, end, "range", 0.5, "invented window"), ("invented window",))


ACROSS_NEW_YEAR = _window(date(2024, 11, 1), date(2025, 6, 30))
INSIDE_A_YEAR = _window(date(2024, 3, 3), date(2024, 9, 30))
INSIDE_A_MONTH = _window(date(2024, 5, 15), date(2024, 5, 25))


def _values(text: str, anchor: DocumentTime) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(load()(text), anchor)]


# The two ends of the window give two readings; a field after the first that differs stays where
# the text writes it (the month and day of "May 23", the weekday of "Thursday"), and only there.
@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The talks took place on May 23.", ACROSS_NEW_YEAR, [("May 23", "XXXX-05-23")]),
        ("Officials met on Jan. 10 in the capital.", ACROSS_NEW_YEAR, [("Jan. 10", "XXXX-01-10")]),
        ("It endorsed the bid in April last year.", ACROSS_NEW_YEAR, [("April last year", "XXXX-04")]),
        ("Since early June, the North has issued threats.", ACROSS_NEW_YEAR, [("early June", "XXXX-06")]),
        ("They met at 10 a.m. on May 23.", ACROSS_NEW_YEAR, [("10 a.m. on May 23", "XXXX-05-23T10:00")]),
        ("The summit was held on Thursday.", ACROSS_NEW_YEAR, [("Thursday", "XXXX-WXX-4")]),
        ("The summit was held on Thursday.", INSIDE_A_YEAR, [("Thursday", "2024-WXX-4")]),
        ("The leaders spoke on Monday night.", INSIDE_A_YEAR, [("Monday night", "2024-WXX-1TNI")]),
        ("The vote took place on the 4th.", INSIDE_A_YEAR, [("the 4th", "2024-XX-04")]),
        # guards: a day the two ends share by chance is not the text's; one reading is kept whole; a
        # weekday whose month both ends agree on keeps the month (TimeML has no "a Sunday in May")
        ("The leaders met on Sunday.", INSIDE_A_MONTH, [("Sunday", "2024-05-XX")]),
        ("He left yesterday.", INSIDE_A_YEAR, [("yesterday", "2024-XX-XX")]),
        ("It endorsed the bid in April last year.", INSIDE_A_YEAR, [("April last year", "2023-04")]),
    ],
)
def test_a_window_keeps_the_fields_the_text_gives(text: str, anchor: DocumentTime, expected: list) -> None:
    assert _values(text, anchor) == expected


def test_merge_keeps_a_shared_later_field_only_where_it_is_written() -> None:
    assert values.merge("2024-05-23", "2025-05-23", "XXXX-05-23") == "XXXX-05-23"
    assert values.merge("2024-05-07", "2024-09-07", "XXXX-XX-XX") == "2024-XX-XX"
    assert values.merge("2024-05-07", "2024-09-07") == "2024-XX-XX"
    assert values.merge("2024-02-29", "2024-09-26", "XXXX-WXX-4") == "2024-WXX-4"
    assert values.merge("2024-W05", "2025-W05", "XXXX-WXX") == "XXXX-WXX"
    assert values.merge("2024-05-19", "2024-05-12", "XXXX-WXX-7") == "2024-05-XX"
    assert all(
        values.is_valid_value(v)
        for v in ("XXXX-05-23", "XXXX-05-23T10:00", "2024-WXX-4", "2024-WXX-1TNI", "2024-XX-04")
    )


# A date on the act that "after", "following" or "since" names lies before the clause; told in the
# past, that act is past, whatever the nearest occurrence of the day would be. Before a present, a
# "would" or a future clause it may still be ahead.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The valley has seen growing unrest, following the signing on February 2 of a water accord.",
            date(2024, 10, 11),
            "2024-02-02",
        ),
        ("Fighting has raged since the attack on the post on October 7.", date(2024, 8, 10), "2023-10-07"),
        ("The embassy reopened after the ceasefire on March 3.", date(2024, 1, 10), "2023-03-03"),
        ("The border has been closed since the clashes in November.", date(2024, 10, 11), "2023-11"),
        ("Relations thawed after a visit by the minister on March 3.", date(2024, 1, 10), "2023-03-03"),
        # guards: a future clause, a "would", a plan, a noun that is no earlier act
        ("The leaders will meet after the vote on March 3.", date(2024, 1, 10), "2024-03-03"),
        ("He said he would visit after the elections in March.", date(2024, 1, 10), "2024-03"),
        ("The talks are expected after the vote on March 3.", date(2024, 1, 10), "2024-03-03"),
        ("They invited him to a ceremony on March 3.", date(2024, 1, 10), "2024-03-03"),
    ],
)
def test_an_act_after_after_or_since_is_before_its_clause(text: str, published: date, expected: str) -> None:
    assert [t.value for t in tag_text(text, published)] == [expected]
