"""Classes of round 10 (issue 11) outside ranges (those are in test_time_ranges.py). Invented
sentences; publication day Wednesday 15 May 2024."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 5, 15)


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_text(text, WEDNESDAY)}


def test_a_day_before_a_dash_is_no_amount_of_a_rate() -> None:
    # a dash opens an apposition: the day number before it does not count "a week"
    found = _found("The runoff was moved to June 9 — a week after the first round.")
    assert found["a week"] == ("DURATION", "P1W")
    assert found["June 9"] == ("DATE", "2024-06-09")
    # an amount right before the rate still makes one
    assert _found("The ferry sails 3 times a week.")["3 times a week"] == ("SET", "P1W")


def test_a_range_of_years_is_years_whatever_entity_the_recogniser_gives_it() -> None:
    # a budget's years look like money to the recogniser; the dash and the short second year say range
    found = _found("The 2022-23 budget was passed.")
    assert found["2022"] == ("DATE", "2022")
    assert found["23"] == ("DATE", "2023")


def test_the_first_hour_of_a_range_takes_the_second_hours_half_of_the_day_and_day() -> None:
    found = _found("Sirens sounded between 2 and 4 a.m. on Monday.")
    assert found["2"] == ("TIME", "2024-05-13T02:00")
    assert found["4 a.m. on Monday"] == ("TIME", "2024-05-13T04:00")
    # the shared half of the day holds only when the first hour comes first on the clock
    assert "11" not in _found("The office opens from 11 to 1 p.m.")


def test_a_sentence_dot_after_a_compact_am_or_pm_is_not_part_of_the_time() -> None:
    assert "9pm" in _found("The curfew starts at 9pm.")
    assert "9 p.m." in _found("The curfew starts at 9 p.m.")


def test_the_end_of_an_overnight_range_of_hours_is_the_next_day() -> None:
    found = _found("Troops enforced a curfew from 9 p.m. Sunday to 6 a.m.")
    assert found["9 p.m. Sunday"] == ("TIME", "2024-05-12T21:00")
    assert found["6 a.m."] == ("TIME", "2024-05-13T06:00")
    # a range within one day, and an end that names its own day, keep their day
    assert _found("The polls stay open from 8 a.m. to 6 p.m.")["6 p.m."] == ("TIME", "2024-05-15T18:00")
    late = _found("The strike ran from 11 p.m. Friday to 4 a.m. Sunday.")
    assert late["4 a.m. Sunday"] == ("TIME", "2024-05-12T04:00")
