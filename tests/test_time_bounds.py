"""The crash classes of issue 9, each with one invented sentence: numeric months, impossible dates,
numbers beyond the calendar and anchors at its ends. None of them may raise or drop an expression
that has a value."""

from __future__ import annotations

from datetime import date

from dateline.clean.plaintext import clean_text
from dateline.time.tagger import tag_text

AS_OF = date(2026, 12, 6)  # the day the texts are read in (`RawDocument.as_of`)


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, dct)}


def test_iso_dates_take_their_numeric_month() -> None:
    found = _values("The committee approved the budget on 2024-03-12 after a long debate.", date(2024, 3, 14))
    assert found["2024-03-12"] == "2024-03-12"


def test_impossible_dates_are_not_tagged() -> None:
    assert "2021-02-30" not in _values("The fair was set for 2021-02-30 by mistake.", date(2021, 3, 1))


def test_counts_beyond_the_calendar_are_left_out() -> None:
    found = _values(
        "The rocks formed 99999999999999999999 days ago, and the hall opened 3 days ago.", date(2020, 5, 9)
    )
    assert "99999999999999999999 days ago" not in found
    assert found["3 days ago"] == "2020-05-06"


def test_anchors_at_the_calendar_ends() -> None:
    late = _values("They met last week and will meet again next year.", date.max)
    assert late["last week"] == "9999-W51"
    assert "next year" not in late  # year 10000 cannot be written
    early = _values("They met last week and will meet again next year.", date.min)
    assert early["next year"] == "0002"
    assert "last week" not in early


def test_a_bare_iso_timestamp_line_in_the_body() -> None:
    cleaned = clean_text(
        "Harbour reopens after storm\n\n2019-06-03 08:40:00\n\nThe harbour reopened on Monday.", as_of=AS_OF
    )
    assert [d.value for d in cleaned.dates] == ["2019-06-03"]
    assert _values(cleaned.text + "\n2019-06-03 08:40:00", date(2019, 6, 3))["2019-06-03"] == "2019-06-03"


def test_spelled_out_years_of_broadcast_transcripts() -> None:
    found = _values(
        "The dam was finished in nineteen ninety-six and repaired in the year two thousand. "
        "Prices fell in January nineteen ninety-seven and kept falling through the nineties.",
        date(1998, 3, 2),
    )
    assert found["nineteen ninety-six"] == "1996"
    assert found["the year two thousand"] == "2000"
    assert found["January nineteen ninety-seven"] == "1997-01"
    assert found["the nineties"] == "199"
    assert not _values("Two thousand soldiers and nineteen twenty-ton trucks crossed.", date(1998, 3, 2))


def test_the_reporting_period_of_an_earnings_story() -> None:
    text = (
        "The mill earned $4 million in the third quarter, and sales in the quarter rose. "
        "Profit was up from $3 million a year ago, and the year-earlier period had been weak. "
        "It also beat the 1996 third quarter and the year-ago second quarter."
    )
    found = _values(text, date(1997, 10, 20))
    assert found["the third quarter"] == "1997-Q3"
    assert found["a year ago"] == "1996-Q3"
    assert found["the quarter"] == "1997-Q3"
    assert found["the year-earlier period"] == "1996-Q3"
    assert found["the 1996 third quarter"] == "1996-Q3"
    assert found["the year-ago second quarter"] == "1996-Q2"


def test_a_city_quarter_is_not_a_period() -> None:
    assert "the quarter" not in _values("Shops in the quarter reopened on Monday.", date(1997, 10, 20))


def test_an_amount_earlier_moves_the_period_last_named_back() -> None:
    found = _values(
        "Exports rose 4% in the third quarter from a year earlier. "
        "The border opened on March 9, 2021; two days earlier the guards had left.",
        date(2021, 10, 20),
    )
    assert found["a year earlier"] == "2020-Q3"
    assert found["two days earlier"] == "2021-03-07"
    assert _values("A month earlier, the plant closed.", date(2021, 10, 20))["A month earlier"] == "2021-09"


def test_unmeasured_stretches() -> None:
    found = _values("Over the years the port grew, and within minutes the ship was gone.", date(2020, 1, 8))
    assert found["years"] == "PXY" and found["minutes"] == "PTXM"
