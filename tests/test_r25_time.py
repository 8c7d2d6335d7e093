"""Round 25 (issue 11, r25time): fiscal years and years written in words. Invented sentences."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

DCT = date(2031, 5, 7)


def _tags(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, DCT)]


# A fiscal year by its last two digits.
def test_a_fiscal_year_by_two_digits() -> None:
    assert _tags("The brewer expects a loss in fiscal '32.") == [("fiscal '32", "DATE", "2032")]
    assert _tags("Revenue fell in FY29 and in FY'30.") == [
        ("FY29", "DATE", "2029"),
        ("FY'30", "DATE", "2030"),
    ]


# A fiscal year written across the two calendar years it spans is one year, the one it ends in.
def test_a_fiscal_year_across_two_calendar_years_is_one_year() -> None:
    assert _tags("The mill lost money in fiscal 2029-30.") == [("fiscal 2029-30", "DATE", "2030")]
    assert _tags("Its budget for FY 2030/31 was cut.") == [("FY 2030/31", "DATE", "2031")]
    assert _tags("Results for fiscal 2099-00 were kept.") == [("fiscal 2099-00", "DATE", "2100")]


def test_the_year_before_fiscal_year_is_in_the_span() -> None:
    assert _tags("The 2029-30 fiscal year was hard for the mill.") == [
        ("2029-30 fiscal year", "DATE", "2030")
    ]
    assert _tags("In its 2029 fiscal year the mill grew.") == [("2029 fiscal year", "DATE", "2029")]


def test_a_fiscal_range_of_several_years_is_not_one_year() -> None:
    assert [v for _, _, v in _tags("The plan covers fiscal 2027-30.")] == ["2027", "2030"]


def test_a_season_of_two_calendar_years_stays_two_years() -> None:
    assert [v for _, _, v in _tags("The 2029-30 season was long.")] == ["2029", "2030"]


# A spelled year after a capitalised preposition, as after a lower-case one.
def test_a_spelled_year_at_the_start_of_a_sentence() -> None:
    assert _tags("In two thousand and eight the dam was built.") == [
        ("two thousand and eight", "DATE", "2008")
    ]
    assert _tags("Since two thousand and one the river has risen.") == [
        ("two thousand and one", "DATE", "2001")
    ]


def test_a_spelled_thousand_alone_is_still_a_count() -> None:
    assert _tags("Two thousand and eight people marched.") == []


# A decade in words that writes its century.
def test_a_spelled_decade_with_its_century() -> None:
    assert _tags("Songs of the nineteen-eighties filled the hall.") == [
        ("the nineteen-eighties", "DATE", "198")
    ]
    assert _tags("Prices of the twenty twenties were high.") == [("the twenty twenties", "DATE", "202")]


def test_fortnightly_is_a_set() -> None:
    assert _tags("The council meets fortnightly.") == [("fortnightly", "SET", "P2W")]


# A headline ending in a weekday is not the date line under it; a weekday and its comma still name a
# date on the next line.
def test_a_headline_weekday_is_not_the_date_line_under_it() -> None:
    text = "Ferries to stay in port until Friday\nSeptember 18, 2031\nThe ferries stay in port."
    assert _tags(text) == [("Friday", "DATE", "2031-05-09"), ("September 18, 2031", "DATE", "2031-09-18")]


def test_a_weekday_and_its_comma_name_the_date_on_the_next_line() -> None:
    assert _tags("The fair opened on Monday,\nMarch 3, 2031 in Oslo.") == [
        ("Monday,\nMarch 3, 2031", "DATE", "2031-03-03")
    ]
