"""Ranges as a class of time expression: each end is its own TIMEX3 with its own value (as TimeML
tags "from Sept. 14 to Oct. 26"), `ranges` pairs the ends, and an event dated by one end of a range
of days spans the range. The project's own sentences."""

from __future__ import annotations

from datetime import date

import pytest

import dateline
from dateline.time.tagger import ranges, tag_text

TUESDAY = date(2024, 6, 11)


def _tagged(text: str, dct: date = TUESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_text(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy will tour Kenya on 10-12 September 2025.",
            [("10", "2025-09-10"), ("12 September 2025", "2025-09-12")],
        ),
        (
            "Delegates met from 3 to 5 March 2023 in Oslo.",
            [("3", "2023-03-03"), ("5 March 2023", "2023-03-05")],
        ),
        ("Polls stay open between 14 and 16 July.", [("14", "2024-07-14"), ("16 July", "2024-07-16")]),
        (
            "The talks ran from the 2nd to the 4th of May 2022.",
            [("the 2nd", "2022-05-02"), ("the 4th of May 2022", "2022-05-04")],
        ),
        ("A strike shut the mines 20 through 22 May.", [("20", "2024-05-20"), ("22 May", "2024-05-22")]),
        ("The fair runs September 18-20 in Lyon.", [("September 18", "2024-09-18"), ("20", "2024-09-20")]),
        ("The pilgrims walked from April 29-May 2.", [("April 29", "2024-04-29"), ("May 2", "2024-05-02")]),
        ("The reform plan for 2026-2028 was tabled.", [("2026", "2026"), ("2028", "2028")]),
    ],
)
def test_each_end_of_a_range_is_tagged_with_its_own_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert _tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote ran Oct. 30-Nov. 2, 2019.", [("Oct. 30", "2019-10-30"), ("Nov. 2, 2019", "2019-11-02")]),
        (
            "Schools shut from 27 March to 2 April 2020.",
            [("27 March", "2020-03-27"), ("2 April 2020", "2020-04-02")],
        ),
        (
            "Flights stopped Dec. 29-Jan. 3, 2021.",
            [("Dec. 29", "2020-12-29"), ("Jan. 3, 2021", "2021-01-03")],
        ),
        (
            "The rally lasted from Friday, June 7 to Sunday, June 9, 2019.",
            [("Friday, June 7", "2019-06-07"), ("Sunday, June 9, 2019", "2019-06-09")],
        ),
        ("Crews dug on August 11 and 13, 2018.", [("August 11", "2018-08-11"), ("13, 2018", "2018-08-13")]),
    ],
)
def test_the_year_after_a_range_is_the_first_ends_too(text: str, expected: list[tuple[str, str]]) -> None:
    # the year written once at the end belongs to both ends, a year earlier across New Year
    assert _tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Imports slowed from April to June 2017.", [("April", "2017-04"), ("June 2017", "2017-06")]),
        ("Fares rose in July-September 2016.", [("July", "2016-07"), ("September 2016", "2016-09")]),
        (
            "Two storms hit in August and September 2015.",
            [("August", "2015-08"), ("September 2015", "2015-09")],
        ),
        (
            "The lake froze from November to January 2014.",
            [("November", "2013-11"), ("January 2014", "2014-01")],
        ),
    ],
)
def test_the_year_after_a_range_of_months_is_the_first_months_too(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _tagged(text) == expected


def test_the_second_day_after_an_ordinal_first_day_is_tagged() -> None:
    found = _tagged("Inspectors toured the plants on October 8th-10th, 2018.")
    assert found == [("October 8th", "2018-10-08"), ("10th, 2018", "2018-10-10")]


def test_a_range_of_weekdays_ends_after_it_starts() -> None:
    # published on a Tuesday: a past Monday is the day before, and the Wednesday after it is tomorrow
    found = _tagged("Ferries were halted from Monday to Wednesday.")
    assert found == [("Monday", "2024-06-10"), ("Wednesday", "2024-06-12")]


def test_a_range_of_months_across_the_new_year_ends_in_the_next_year() -> None:
    found = _tagged("Roadworks closed the bridge from November to February.", date(2024, 11, 20))
    assert found == [("November", "2024-11"), ("February", "2025-02")]


def test_a_stretch_over_two_thirds_of_a_year_is_one_expression_covering_both() -> None:
    (timex,) = tag_text("Exports recovered in mid-to-late 2021.", TUESDAY)
    assert (timex.text, timex.value, timex.mod) == ("mid-to-late 2021", "2021", None)
    assert timex.interval is not None and timex.interval.start.month == 5
    assert timex.interval.end == date(2021, 12, 31)


def test_a_count_after_a_day_is_no_second_end() -> None:
    assert _tagged("Rockets fell on June 2 - 40 homes burned.") == [("June 2", "2024-06-02")]


def test_ranges_pairs_the_ends_and_leaves_a_list_of_months_apart() -> None:
    text = "Prices rose in March and May; the talks ran from 3 to 5 April."
    timexes = tag_text(text, TUESDAY)
    pairs = [(a.text, b.text) for a, b in ranges(timexes, text)]
    assert pairs == [("3", "5 April")]


def test_an_event_dated_by_the_first_day_of_a_range_spans_the_range() -> None:
    text = "The president visited Ghana on 10-12 March."
    start = text.index("visited")
    found = dateline.date_event(text, TUESDAY.isoformat(), start, start + len("visited"))
    assert (found["start"], found["end"], found["likely"]) == ("2024-03-10", "2024-03-12", "2024-03-10")


def test_an_event_over_a_range_across_two_months_spans_both() -> None:
    text = "Protesters camped outside parliament from May 30 to June 2."
    start = text.index("camped")
    found = dateline.date_event(text, TUESDAY.isoformat(), start, start + len("camped"))
    assert (found["start"], found["end"]) == ("2024-05-30", "2024-06-02")


def test_an_event_from_the_first_to_the_last_day_of_a_month_range_spans_it() -> None:
    text = "Talks ran from 3 to 5 March in Geneva."
    start = text.index("ran")
    found = dateline.date_event(text, TUESDAY.isoformat(), start, start + len("ran"))
    assert (found["start"], found["end"], found["likely"]) == ("2024-03-03", "2024-03-05", "2024-03-03")


def test_the_first_day_of_a_range_takes_the_tense_of_the_whole_range() -> None:
    # a past visit in September told in June: both ends are of the September before
    found = _tagged("The minister visited Kenya on 10-12 September.")
    assert found == [("10", "2023-09-10"), ("12 September", "2023-09-12")]
