"""TIMEX3 normalization of constructions common in current news, on sentences written for these tests
(facts invented), against a Friday publication day."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

FRI = date(2025, 3, 14)  # a Friday


def found(text: str, dct: date | None = FRI) -> dict[str, tuple[str, str, str | None]]:
    return {t.text: (t.type, t.value, t.mod) for t in tag_text(text, dct)}


def test_second_day_of_a_pair_takes_the_first_days_month_and_year() -> None:
    got = found("The summit will be held April 24 and 25 in Geneva.")
    assert got["April 24"][1] == "2025-04-24" and got["25"][:2] == ("DATE", "2025-04-25")
    got = found("Ministers met on Dec. 3-4 to agree the budget.")
    assert got["Dec. 3"][1] == "2024-12-03" and got["4"][1] == "2024-12-04"
    assert found("The fair runs Oct. 9 through 12, 2026.")["12, 2026"][1] == "2026-10-12"
    assert found("The meeting took place on March 3 and 4.", None)["4"][1] == "XXXX-03-04"


def test_numbers_after_a_date_that_are_not_days() -> None:
    got = found("Rebels attacked on May 3 and 25 villagers were wounded.")
    assert "25" not in got and "May 3" in got
    assert "9" not in found("Turnout rose between 2019 and 9 percent of voters stayed home.")
    assert "2" not in found("On March 12, 3 to 2 was the final score.")  # later day must follow


def test_early_and_late_weekdays_keep_their_mod() -> None:
    assert found("The president signed the decree late Tuesday.")["late Tuesday"] == (
        "DATE",
        "2025-03-11",
        "LATE",
    )
    assert found("The storm made landfall early Sunday.")["early Sunday"][1:] == ("2025-03-09", "EARLY")


def test_verb_last_is_not_the_adjective() -> None:
    got = found("The operation was meant to last a few months.")
    assert "a few months" in got and not any(text.startswith("last") for text in got)
    assert "about 80 days" in found("The trial was expected to last about 80 days.")
    got = found("Prices doubled over the last three years.")
    assert got["the last three years"][:2] == ("DURATION", "P3Y")


def test_unmeasured_shifts() -> None:
    assert found("Hours later, the army withdrew.")["Hours"][:2] == ("DURATION", "PTXH")
    assert found("Decades later, the case was reopened.")["Decades"][:2] == ("DURATION", "PXY")
    assert found("Two days later, the ship left port.")["Two days"][:2] == ("DURATION", "P2D")
    assert "years" not in found("In the years later described in his memoir, he taught.")


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The vote is set for mid-March.", "mid-March", ("DATE", "2025-03", "MID")),
        ("Officials will act by the end of the month.", "the end of the month", ("DATE", "2025-03", "END")),
        ("A deal could come early next week.", "early next week", ("DATE", "2025-W12", "EARLY")),
        ("The election will be held later this year.", "later this year", ("DATE", "2025", None)),
        ("Protests are planned this weekend.", "this weekend", ("DATE", "2025-W11-WE", None)),
        ("Police are investigating last Friday's attack.", "last Friday", ("DATE", "2025-03-07", None)),
        ("The company expects growth in fiscal 2025.", "fiscal 2025", ("DATE", "2025", None)),
        ("Profits fell in the third quarter.", "the third quarter", ("DATE", "2024-Q3", None)),
        ("The conflict has lasted a decade.", "a decade", ("DURATION", "P10Y", None)),
        ("Forty people died in the past 24 hours.", "the past 24 hours", ("DURATION", "PT24H", None)),
        ("The months-long siege ended.", "months-long", ("DURATION", "PXM", None)),
        ("Inflation has fallen since 2022.", "2022", ("DATE", "2022", None)),
        ("More rain is expected in the coming days.", "the coming days", ("DURATION", "PXD", None)),
        ("The war began in late February 2022.", "late February 2022", ("DATE", "2022-02", "LATE")),
        ("Aid arrived on Thursday night.", "Thursday night", ("TIME", "2025-03-13TNI", None)),
    ],
)
def test_common_news_constructions(text: str, expression: str, expected: tuple) -> None:
    assert found(text)[expression] == expected


def test_ages_counts_and_scores_are_not_times() -> None:
    assert found("A man aged 30 was arrested and 30 people were hurt.") == {}
    assert found("The 30-year-old suspect fled.") == {}
    assert list(found("City won a 2-1 win on Sunday.")) == ["Sunday"]


def test_the_end_of_a_range_does_not_come_before_its_start() -> None:
    got = found("The talks ran from March to May.")
    assert got["March"][1] == "2025-03" and got["May"][1] == "2025-05"
    got = found("Factories stayed shut between Nov. 28 and Jan. 3.")
    assert (got["Nov. 28"][1], got["Jan. 3"][1]) == ("2024-11-28", "2025-01-03")
    # explicit years are never moved, nor are two dates that only follow one another
    assert found("He served from 2015 to 2010.")["2010"][1] == "2010"
    got = found("Exports fell in May, then rose in March.")
    assert got["May"][1] == "2024-05"
