"""Classes of the fifth round (TimeBank half A as development data): reporting periods, deadlines,
clock times with their date, anaphoric weekdays and weeks, sets and vague spans. Invented sentences;
publication day Friday 13 March 2026 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from dateline.evaluation.time_eval import half_of
from dateline.time.tagger import tag_text

FRIDAY = date(2026, 3, 13)


def _found(text: str, dct: date = FRIDAY) -> dict[str, tuple[str, str, str | None]]:
    return {t.text: (t.type, t.value, t.mod) for t in tag_text(text, dct)}


def test_year_end_is_the_end_of_this_year_or_the_last() -> None:
    found = _found("The bakery chain hopes to open its new plant by year-end.")
    assert found["year-end"] == ("DATE", "2026", "END")
    found = _found("Its shares have doubled since year end.")
    assert found["year end"] == ("DATE", "2025", "END")
    assert _found("The loan must be repaid by year's end.")["year's end"][1] == "2026"


def test_the_period_ended_a_date_is_a_reporting_period() -> None:
    found = _found(
        "For the fiscal year ended Sept. 30, the miller earned $4 million. In the quarter ended Jan. 31, "
        "it lost money, after a profit in the year-ago quarter. Results for that quarter included a charge."
    )
    assert found["the fiscal year"] == ("DURATION", "P1Y", None)
    assert found["the quarter"][1] == "2025-Q4"  # November to January lies mostly in the fourth
    assert found["Jan. 31"][1] == "2026-01-31"
    assert found["the year-ago quarter"][1] == "2024-Q4"
    assert found["that quarter"][1] == "2025-Q4"


def test_latest_and_year_ago_periods_without_a_named_quarter() -> None:
    found = _found(
        "In the latest quarter the shipyard lost $3 million; in the comparable year-ago quarter it "
        "earned $1 million. Sales in the latest fiscal year reached $80 million."
    )
    assert found["the latest quarter"][1] == "2025-Q4"
    assert found["the comparable year-ago quarter"][1] == "2024-Q4"
    assert found["the latest fiscal year"][1] == "2025"


def test_a_year_written_before_quarter_is_that_years_quarter() -> None:
    found = _found("Third-quarter sales of the toy maker rose, while in the 2024 quarter they fell.")
    assert found["the 2024 quarter"] == ("DATE", "2024-Q3", None)
    # published in August, so that the second quarter told in the past is this year's
    found = _found(
        "Profit in the second quarter fell from last year's quarter and the corresponding period a year ago.",
        date(2026, 8, 14),
    )
    assert found["last year's quarter"][1] == "2025-Q2"
    assert found["the corresponding period a year ago"][1] == "2025-Q2"


def test_a_clock_time_takes_its_written_date_and_midnight_ends_the_day() -> None:
    found = _found("The tender offer now expires at 5 p.m. EDT, March 20, instead of at midnight Friday.")
    assert found["5 p.m. EDT, March 20"] == ("TIME", "2026-03-20T17:00", None)
    assert "March 20" not in found
    assert found["midnight Friday"][1] == "2026-03-13T24:00"


def test_the_previous_weekday_counts_from_the_day_told() -> None:
    found = _found("On Wednesday, March 4, the index fell 2%, after rising the previous Friday.")
    assert found["the previous Friday"][1] == "2026-02-27"
    found = _found("The court met on Tuesday, March 3, and ruled the following Monday.")
    assert found["the following Monday"][1] == "2026-03-09"


def test_the_week_of_a_market_report() -> None:
    text = (
        "The index closed at 512 on Wednesday, March 4. For the week, it lost 1%; "
        "the week's busiest day was Monday."
    )
    weeks = [t.value for t in tag_text(text, FRIDAY) if t.text == "the week"]
    assert weeks == ["2026-W10", "2026-W10"]  # the week of the day told, not of publication


def test_deadlines_and_ahead_of_point_forward() -> None:
    found = _found("The lender told the airline to repay the bridge loan by October.")
    assert found["October"][1] == "2026-10"
    found = _found("Traders sold their shares ahead of the weekend.")
    assert found["the weekend"][1] == "2026-W11-WE"
    # a day just past stays the nearest: "by March 12" published on the 13th
    assert _found("The ministry asked for the forms by March 12.")["March 12"][1] == "2026-03-12"


def test_durations_with_a_half_and_vague_spans() -> None:
    found = _found(
        "The vote took a minute and a half. Prices may stay high in the weeks ahead, and the troops "
        "will remain for a while."
    )
    assert found["a minute and a half"] == ("DURATION", "PT1M30S", None)
    assert found["the weeks ahead"] == ("DURATION", "PXW", None)
    assert found["a while"] == ("DURATION", "PXX", None)
    assert _found("In the last half of 2025 exports slowed.")["the last half of 2025"][1] == "2025-H2"


def test_references_and_sets() -> None:
    found = _found(
        "Solar power will one day supply most homes, the minister said. In recent years costs fell, "
        "and the rest of the plan will follow at a later date. The band plays Friday nights and sells "
        "20,000 records a year."
    )
    assert found["one day"] == ("DATE", "FUTURE_REF", None)
    assert found["recent years"] == ("DATE", "PAST_REF", None)
    assert found["a later date"] == ("DATE", "FUTURE_REF", None)
    assert found["Friday nights"] == ("SET", "XXXX-WXX-5TNI", None)
    assert found["a year"] == ("SET", "P1Y", None)
    # a day as a stretch is still a duration
    assert _found("The strike lasted one day.")["one day"] == ("DURATION", "P1D", None)


def test_a_year_ago_does_not_become_the_story_year() -> None:
    found = _found("Net income was $4 million a year ago. Sales rose 5% from a year earlier.")
    assert found["a year ago"][1] == "2025"
    assert found["a year earlier"][1] == "2025"


def test_halves_split_documents_by_name() -> None:
    names = [f"doc{k}" for k in range(40)]
    halves = [half_of(n) for n in names]
    assert set(halves) == {"A", "B"}
    assert halves == [half_of(n) for n in names]  # fixed, not random


def test_years_after_range_prepositions_and_spans_in_units() -> None:
    found = _found("The carrier will take ten new jets from 2027 to 2029, and six between 2031 and 2033.")
    assert found["2027"][1] == "2027"
    assert found["2031"][1] == "2031"
    found = _found("Oil rose to its highest price in years, then lost the gain in just minutes.")
    assert found["years"] == ("DURATION", "PXY", None)
    assert found["minutes"] == ("DURATION", "PTXM", None)


def test_names_that_hold_time_words() -> None:
    found = _found("Thousands joined the annual March for Peace. The film High Noon aired at noon.")
    assert "March" not in found
    assert [t.text for t in tag_text("The film High Noon aired at noon.", FRIDAY) if t.type == "TIME"] == [
        "noon"
    ]
    assert _found("The envoys met in March for talks.")["March"][1] == "2026-03"


def test_stretches_told_against_an_event() -> None:
    found = _found(
        "The van was seen near the depot in the weeks before the fire, and in the years that followed."
    )
    assert found["weeks"] == ("DURATION", "PXW", None)
    assert found["years"] == ("DURATION", "PXY", None)


def test_clock_hours_with_a_part_of_day() -> None:
    found = _found("The convoy left at 4 in the morning; the curfew starts at 10 o'clock at night.")
    assert found["4 in the morning"] == ("TIME", "2026-03-13T04:00", None)
    assert found["10 o'clock at night"] == ("TIME", "2026-03-13T22:00", None)


def test_new_forms_at_the_calendar_ends() -> None:
    text = (
        "Since year-end the year-earlier figures rose; for the week, the latest fiscal year, "
        "the quarter ended Jan. 31 and the previous Friday."
    )
    early = _found(text, date.min)
    assert "year-end" not in early  # the end of year 0 cannot be written
    assert "the latest fiscal year" not in early
    late = _found(text, date.max)
    assert late["year-end"][1] == "9998"
    assert late["the week"][1] == "9999-W52"


def test_days_before_an_event_take_the_month_last_dated() -> None:
    found = _found("The depot burned on Feb. 20. A van was seen near it in the days before the fire.")
    assert found["days"] == ("DATE", "2026-02", None)
