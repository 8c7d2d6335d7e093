"""Classes of round 11 (issue 11, time expressions). Invented sentences; publication day Wednesday
20 March 2030."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2030, 3, 20)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, WEDNESDAY)]


def test_an_undirected_weekday_takes_the_day_the_article_dates_that_weekday() -> None:
    # "the meeting ... on Monday": a date on a noun has no tense; the article names the day elsewhere
    found = _found(
        "The agency confirmed the meeting of the two envoys on Monday at 10 a.m. "
        "Its chairman called for Monday, March 25, a session of the board."
    )
    assert ("Monday", "DATE", "2030-03-25") in found
    assert ("10 a.m.", "TIME", "2030-03-25T10:00") in found
    # the same sentence with the past Monday dated keeps the past one
    found = _found(
        "The agency confirmed the meeting of the two envoys on Monday. "
        "The envoys met on Monday, March 18, in Oslo."
    )
    assert ("Monday", "DATE", "2030-03-18") in found


def test_a_weekday_whose_clause_has_a_tense_keeps_it() -> None:
    # the announcement was made on the past Monday; the dated Monday is the vote's
    found = _found("The board said on Monday that the ballot would be held on Monday, March 25.")
    assert ("Monday", "DATE", "2030-03-18") in found
    assert ("Monday, March 25", "DATE", "2030-03-25") in found


def test_a_dated_weekday_far_from_publication_says_nothing_of_a_bare_one() -> None:
    # a Monday a month back is not one of the two days a bare "Monday" can mean
    found = _found(
        "The agency confirmed the meeting of the two envoys on Monday. "
        "Their first round was on Monday, Feb. 18."
    )
    assert ("Monday", "DATE", "2030-03-18") in found


def test_half_a_unit_and_hyphenated_halves_are_the_whole_amount() -> None:
    found = _found("The hearing lasted half an hour; the appeal took two-and-a-half years.")
    assert ("half an hour", "DURATION", "PT30M") in found
    assert ("two-and-a-half years", "DURATION", "P2.5Y") in found
    assert ("half a day", "DURATION", "P0.5D") in _found("The rail strike lasted half a day.")
    # "half of the year" is a share of a period, not an amount of time
    assert _found("Half of the year's budget was spent.") == []


def test_a_plural_unit_before_of_is_a_stretch_after_the_words_that_end_it() -> None:
    found = _found("The accord follows years of feuding over the river.")
    assert ("years", "DURATION", "PXY") in found
    assert ("weeks", "DURATION", "PXW") in _found("Amid weeks of strikes, the port stayed shut.")
    # an amount of something else, or a period named by what filled it, is no stretch
    assert _found("The firm paid him months of wages.") == []
    assert _found("In the days of the old republic, the port was busy.") == []


def test_a_full_date_whose_comma_lost_its_space_keeps_its_year() -> None:
    assert ("October 2,2028", "DATE", "2028-10-02") in _found("Posted October 2,2028 by the desk.")
    assert ("2 October,2028", "DATE", "2028-10-02") in _found("Updated 2 October,2028.")


def test_a_clock_time_tonight_is_one_expression_on_the_publication_day() -> None:
    assert _found("The truce holds from midnight tonight.") == [
        ("midnight tonight", "TIME", "2030-03-20T24:00")
    ]
    assert _found("Voting ends at 9 p.m. tonight.") == [("9 p.m. tonight", "TIME", "2030-03-20T21:00")]


def test_a_weekday_on_the_occasion_of_a_past_statement_is_past() -> None:
    # published on a Wednesday: the nearest Friday is ahead, but the statement was made
    assert _found("The agency said in a statement Friday that the dam had held.") == [
        ("Friday", "DATE", "2030-03-15")
    ]
    assert _found("The envoy told reporters at a briefing Friday that the border was open.") == [
        ("Friday", "DATE", "2030-03-15")
    ]
    # a rally still to come keeps its side
    assert _found("The mayor will speak at a rally Friday.") == [("Friday", "DATE", "2030-03-22")]
