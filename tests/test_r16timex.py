"""Round 16 (issue 11, r16timex): what an earnings report's comparison ("a year earlier", "a year
ago") moves back from. Invented sentences; publication day Thursday 24 October 2024."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

THURSDAY = date(2024, 10, 24)

CLOSED_QUARTER = (
    "Norbeck Mills earned $4 million in the fiscal second quarter ended Sept. 30. "
    "It had lost $1 million a year ago. Sales were $80 million against $72 million a year earlier."
)
NINE_MONTHS = (
    "Third-quarter profit at Ostrava Steel rose 8%. In the nine months, net fell 3% from a year earlier."
)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the day that ends a quarter does not replace the quarter
        (CLOSED_QUARTER, "Sept. 30", "2024-09-30"),
        (CLOSED_QUARTER, "a year ago", "2023-Q2"),
        (CLOSED_QUARTER, "a year earlier", "2023-Q2"),
        # a day that ends nothing still moves the story
        (
            "The plant closed in the third quarter and reopened on Sept. 30. Output was up a year earlier.",
            "a year earlier",
            "2023-09-30",
        ),
        # after "the nine months" only the year is left to move back from
        (NINE_MONTHS, "Third-quarter", "2024-Q3"),
        (NINE_MONTHS, "a year earlier", "2023"),
        (
            "Profit rose in the third quarter. Sales grew 6% in the first nine months, 4% a year earlier.",
            "a year earlier",
            "2023",
        ),
        (
            "Profit rose in the third quarter. Sales grew 6% in the latest six months, 4% a year earlier.",
            "a year earlier",
            "2023",
        ),
        (
            "Profit rose in the third quarter. Sales grew 6% in the first 9 months, 4% a year earlier.",
            "a year earlier",
            "2023",
        ),
        # "the past six months" reaches back from today: not a reporting period of the year
        (
            "Profit rose in the third quarter. Prices grew in the past six months, as a year earlier.",
            "a year earlier",
            "2023-Q3",
        ),
        # the six months ended a day compare with that day (the day is told after them)
        (
            "For the six months ended Aug. 31, it earned $9 million, against $7 million a year earlier.",
            "a year earlier",
            "2023-08-31",
        ),
    ],
)
def test_what_a_comparison_moves_back_from(text: str, expression: str, value: str) -> None:
    assert {t.text: t.value for t in tag_text(text, THURSDAY)}[expression] == value
