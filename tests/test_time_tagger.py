"""The TIMEX3 tagger on sentences written for these tests: tense-dependent resolution, durations
versus dates, and no tags on plain counts."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import DateInterval, DocumentTime
from dateline.time.tagger import tag, tag_text
from dateline.time.values import is_valid_value

WED = date(2021, 9, 15)  # a Wednesday


def values(text: str, dct: date | None = WED) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_text(text, dct)}


def test_weekday_follows_the_tense_of_its_clause() -> None:
    assert values("The ministers met on Tuesday in Geneva.")["Tuesday"] == ("DATE", "2021-09-14")
    assert values("The ministers will meet on Tuesday in Geneva.")["Tuesday"] == ("DATE", "2021-09-21")


def test_month_after_the_publication_month_in_a_past_clause_is_last_year() -> None:
    dct = date(2021, 5, 20)
    assert values("The envoy had visited Kabul in April.", dct)["April"][1] == "2021-04"
    assert values("The envoy had visited Kabul in August.", dct)["August"][1] == "2020-08"
    assert values("The envoy will visit Kabul in August.", dct)["August"][1] == "2021-08"


def test_month_day_and_full_dates() -> None:
    found = values("Talks held on Aug. 25 followed the summit of December 23, 2020.")
    assert found["Aug. 25"] == ("DATE", "2021-08-25")
    assert found["December 23, 2020"] == ("DATE", "2020-12-23")
    assert values("Police said the raid began on March 18.")["March 18"][1] == "2021-03-18"


def test_relative_expressions() -> None:
    found = values(
        "Officials met last week and again yesterday; a vote is due next month, "
        "and earlier this month the council said it was now ready."
    )
    assert found["last week"] == ("DATE", "2021-W36")
    assert found["yesterday"] == ("DATE", "2021-09-14")
    assert found["next month"] == ("DATE", "2021-10")
    assert found["earlier this month"] == ("DATE", "2021-09")
    assert found["now"] == ("DATE", "PRESENT_REF")
    assert (
        values("In September last year the two sides signed a pact.")["September last year"][1] == "2020-09"
    )


def test_durations_are_never_dates() -> None:
    found = values("Over the past two weeks the talks stalled; a deal came three months after the war.")
    assert found["the past two weeks"] == ("DURATION", "P2W")
    assert found["three months"] == ("DURATION", "P3M")
    timex = next(t for t in tag_text("The truce lasted five years.", WED) if t.type == "DURATION")
    assert timex.value == "P5Y" and timex.interval is None


def test_sets_seasons_quarters_decades_and_mods() -> None:
    found = values(
        "Inspections take place every week, audits annually, and the report came out in the third quarter; "
        "growth slowed in the 1990s and will recover by late 2024, after a dry summer of 2019."
    )
    assert found["every week"] == ("SET", "P1W")
    assert found["annually"] == ("SET", "P1Y")
    assert found["the third quarter"][1] == "2021-Q3"
    assert found["1990s"][1] == "199"
    assert found["late 2024"][1] == "2024"
    assert found["summer of 2019"][1] == "2019-SU"
    late = next(t for t in tag_text("Elections are expected in late 2024.", WED) if t.value == "2024")
    assert late.mod == "LATE" and late.interval is not None and late.interval.start.month >= 9


def test_times_of_day() -> None:
    found = values("The plane landed at 11:55 pm, and this morning the minister spoke.")
    assert found["11:55 pm"] == ("TIME", "2021-09-15T23:55")
    assert found["this morning"][1] == "2021-09-15TMO"


def test_first_week_of_a_month() -> None:
    timex = next(t for t in tag_text("They will meet in the first week of February.", WED))
    assert timex.interval is not None
    assert timex.interval.start <= date(2022, 2, 1) <= timex.interval.end


def test_counts_are_not_times() -> None:
    text = "The ministry reported 12,929 new cases and delivered five million doses to 2000 clinics."
    assert tag_text(text, WED) == []


def test_without_any_anchor_relative_values_are_underspecified() -> None:
    found = {t.text: t for t in tag_text("The leaders spoke on Tuesday about the Aug. 25 call.", None)}
    assert found["Tuesday"].value == "XXXX-WXX-2" and found["Tuesday"].interval is None
    assert found["Aug. 25"].value == "XXXX-08-25"


def test_interval_anchor_gives_intervals_over_every_possible_day(nlp) -> None:
    window = DateInterval(date(2021, 5, 1), date(2021, 9, 30), "range", 0.6, "content")
    anchor = DocumentTime(None, window, ("content",))
    timexes = tag(nlp("The envoys met last week in Doha."), anchor)
    week = next(t for t in timexes if t.text == "last week")
    assert week.value == "2021-WXX"
    assert week.interval is not None
    assert week.interval.start < date(2021, 5, 1) and week.interval.end >= date(2021, 9, 20)


@pytest.mark.parametrize("text", ["Talks resumed on Friday.", "Sales rose 5% in 2019, up from 2018."])
def test_every_value_is_valid_timeml(text: str) -> None:
    for timex in tag_text(text, WED):
        assert is_valid_value(timex.value), timex
