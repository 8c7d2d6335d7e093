"""Round 16 (issue 11, r16timex): what an earnings report's comparison ("a year earlier", "a year
ago") moves back from. Invented sentences; publication day Thursday 24 October 2024."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

THURSDAY = date(2024, 10, 24)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, THURSDAY)}


def test_the_day_that_ends_a_quarter_does_not_replace_the_quarter() -> None:
    text = (
        "Norbeck Mills earned $4 million in the fiscal second quarter ended Sept. 30. "
        "It had lost $1 million a year ago. Sales were $80 million against $72 million a year earlier."
    )
    found = _values(text)
    assert found["Sept. 30"] == "2024-09-30"
    assert found["a year ago"] == "2023-Q2"
    assert found["a year earlier"] == "2023-Q2"


def test_a_day_that_ends_nothing_still_moves_the_story() -> None:
    text = "The plant closed in the third quarter and reopened on Sept. 30. Output was higher a year earlier."
    assert _values(text)["a year earlier"] == "2023-09-30"


def test_a_year_earlier_after_the_nine_months_is_the_year() -> None:
    text = (
        "Third-quarter profit at Ostrava Steel rose 8%. In the nine months, net income fell 3% "
        "from a year earlier."
    )
    found = _values(text)
    assert found["Third-quarter"] == "2024-Q3"
    assert found["a year earlier"] == "2023"


def test_the_first_or_latest_months_of_the_year_count_too() -> None:
    for months in ("the first nine months", "the latest six months"):
        text = f"Profit rose in the third quarter. Revenue grew 6% in {months}, against 4% a year earlier."
        assert _values(text)["a year earlier"] == "2023"


def test_a_stretch_of_months_back_from_now_keeps_the_quarter() -> None:
    # "the past six months" reaches back from today: not a reporting period of the year
    text = "Profit rose in the third quarter. Prices rose in the past six months, as they did a year earlier."
    assert _values(text)["a year earlier"] == "2023-Q3"


def test_the_six_months_ended_a_day_compare_with_that_day() -> None:
    text = "For the six months ended Aug. 31, the group earned $9 million, against $7 million a year earlier."
    assert _values(text)["a year earlier"] == "2023-08-31"
