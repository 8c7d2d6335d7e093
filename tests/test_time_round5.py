"""Classes of the seventh round (TimeBank half A, MEANTIME and AQUAINT errors as development data).
Invented sentences; publication day Wednesday 20 May 2026 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2026, 5, 20)


def _values(text: str, dct: date = WEDNESDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, dct)}


def test_a_year_that_names_the_year_of_a_plural_thing_is_a_year() -> None:
    found = _values("Turnout fell after the 2022 elections, and the party kept its 2018 gains.")
    assert found["2022"] == "2022"
    assert found["2018"] == "2018"


def test_a_bare_count_before_a_plural_noun_is_still_no_year() -> None:
    assert _values("Some 2000 volunteers and his 1500 supporters marched.") == {}


def test_the_noun_current_is_no_present_reference() -> None:
    found = _values("The current of reform is strong, and few swim against the current.")
    assert found == {}
    assert _values("The current crisis began in March.")["current"] == "PRESENT_REF"


def test_a_day_word_glued_to_a_name_is_not_a_day() -> None:
    found = _values("Source: EuropeToday newsdesk. The envoys met today.")
    assert list(found) == ["today"]


def test_a_count_from_now_is_the_date_that_far_ahead() -> None:
    found = _values("The runoff is due two weeks from now; a year from today the new parliament sits.")
    assert found["two weeks from now"] == "2026-W23"
    assert found["a year from today"] == "2027"
    assert _values("Years from now, historians will judge the deal.")["Years from now"] == "FUTURE_REF"
    assert _values("The envoy resigned three years ago.")["three years ago"] == "2023"


def test_us_and_regional_zone_abbreviations_belong_to_the_clock_time() -> None:
    found = _values("The polls close at 8 p.m. ET, which is 5 p.m. PT. Seoul counts from 9 a.m. KST.")
    assert found["8 p.m. ET"] == "2026-05-20T20:00"
    assert found["5 p.m. PT"] == "2026-05-20T17:00"
    assert found["9 a.m. KST"] == "2026-05-20T09:00"


def test_a_holiday_days_away_is_that_occurrence_whatever_the_tense() -> None:
    monday = date(2026, 3, 30)  # Easter Sunday is 5 April 2026
    assert _values("Pilgrims filled the city as Easter week began.", monday)["Easter week"] == "2026-W14"
    january = date(2026, 1, 12)
    assert _values("Retailers said sales were weak at Christmas.", january)["Christmas"] == "2025-12-25"


def test_a_bare_clock_time_takes_the_day_of_a_dated_clock_time_beside_it() -> None:
    found = _values('"The convoy leaves at 5 in the morning (5 a.m. local time Friday)," the mayor said.')
    assert found["5 in the morning"] == "2026-05-22T05:00"


def test_a_hedged_count_before_ago_stays_one_date() -> None:
    found = _values("Only a decade ago the port was empty; just two years ago it doubled in size.")
    assert found["Only a decade ago"] == "2016"
    assert found["just two years ago"] == "2024"


def test_a_quarter_set_beside_a_count_is_a_fraction() -> None:
    found = _values("The chain will shut 412 branches, or roughly a quarter, by June.")
    assert "roughly a quarter" not in found and found["June"] == "2026-06"
    assert _values("Output recovered in about a quarter.")["about a quarter"] == "P1Q"


def test_a_two_digit_decade_after_the_or_in_a_pair_is_a_decade() -> None:
    found = _values("Fashions of the 70s and 80s returned; the late 90s were calmer.")
    assert found["the 70s"] == "197" and found["80s"] == "198" and found["the late 90s"] == "199"
    assert _values("The senator, who is in her 70s, retired.") == {}
    assert _values("Temperatures stayed in the 70s and 80s.") == {}


def test_a_year_after_its_plural_noun_is_a_year() -> None:
    found = _values("The budget covers fiscal years 2027 through 2029.")
    assert found["2027"] == "2027" and found["2029"] == "2029"


def test_every_other_unit_is_a_set_of_two() -> None:
    found = _values("The panel meets every other week and reports every second year.")
    assert found["every other week"] == "P2W" and found["every second year"] == "P2Y"
    assert _values("The two envoys blamed each other.") == {}


def test_numeric_dates_day_first_where_no_reading_is_ambiguous() -> None:
    found = _values("The decree of 14.03.2026 and the filing of 2026/03/12 were read on 25/02/2026.")
    assert found["14.03.2026"] == "2026-03-14"
    assert found["2026/03/12"] == "2026-03-12"
    assert found["25/02/2026"] == "2026-02-25"
    assert _values("The memo of 3/4/2026 was leaked.")["3/4/2026"] == "2026-03-04"  # US order


def test_a_day_after_a_time_noun_takes_the_tense_of_the_noun_clause() -> None:
    found = _values("The decree was signed in the early hours of Friday morning.")
    assert found["Friday morning"] == "2026-05-15TMO"
    assert _values("The decree will be signed on the night of Friday.")["Friday"] == "2026-05-22"
