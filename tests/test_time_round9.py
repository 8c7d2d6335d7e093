"""Classes of round 9 (issue 11): schedules in relative clauses, deadlines, rates and
appositions, modified parts of the day. Invented sentences; publication day Wednesday 15 May 2024
unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 5, 15)


def _found(text: str, dct: date = WEDNESDAY) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_text(text, dct)}


def test_a_relative_clause_schedule_under_a_present_passive_points_ahead() -> None:
    found = _found("The hearings, which open Monday, are expected to last a week.")
    assert found["Monday"] == ("DATE", "2024-05-20")


def test_a_relative_clause_schedule_under_a_future_or_perfect_points_ahead() -> None:
    assert _found("The bank, which reports on Thursday, will name a new chief.")["Thursday"] == (
        "DATE",
        "2024-05-16",
    )
    assert _found("The bank, which reports on Thursday, has cut its forecast.")["Thursday"] == (
        "DATE",
        "2024-05-16",
    )


def test_a_relative_clause_present_under_a_past_main_clause_keeps_the_past() -> None:
    found = _found("The guerrillas, who hold the hills, shelled the airport on Sunday.")
    assert found["Sunday"] == ("DATE", "2024-05-12")


def test_a_year_after_an_apposition_comma_is_a_stretch_not_a_rate() -> None:
    found = _found("The junta fell in 2011, a year after the strikes began.")
    assert found["2011"] == ("DATE", "2011")
    assert found["a year"] == ("DURATION", "P1Y")
    # a rate keeps its amount right before it
    assert _found("The port handles 4 million containers a year.")["a year"] == ("SET", "P1Y")


def test_early_and_late_belong_to_this_or_last_part_of_the_day() -> None:
    timex = next(t for t in tag_text("The tanker caught fire late last night.", WEDNESDAY))
    assert (timex.text, timex.value, timex.mod) == ("late last night", "2024-05-14TNI", "LATE")
    assert _found("Troops left early this morning.")["early this morning"][1] == "2024-05-15TMO"


def test_a_round_hundred_is_a_century_not_a_decade() -> None:
    assert _found("The mill was built in the 1700s.")["1700s"] == ("DATE", "17")
    early = next(t for t in tag_text("Tram lines spread in the early 1900s.", WEDNESDAY))
    assert (early.value, early.mod) == ("19", "EARLY")
    # the other decades, and the first decade of this century, stay decades
    assert _found("Rents doubled in the 1970s.")["1970s"] == ("DATE", "197")
    assert _found("Phones changed in the 2000s.")["2000s"] == ("DATE", "200")


def test_a_modified_ordinal_century_keeps_its_modifier() -> None:
    timex = next(t for t in tag_text("The chapel dates from the late 16th century.", WEDNESDAY))
    assert (timex.text, timex.value, timex.mod) == ("the late 16th century", "15", "LATE")
    found = _found("Such houses were common in the mid-twentieth century.")
    assert found["the mid-twentieth century"] == ("DATE", "19")


def test_a_holiday_is_a_day_whatever_entity_label_the_parser_gives_it() -> None:
    # the recogniser may call "Easter Sunday" a facility or "Easter Monday" a law
    assert _found("The pope will say mass on Easter Sunday.")["Easter Sunday"] == ("DATE", "2025-04-20")
    assert _found("Banks were shut on Easter Monday.")["Easter Monday"] == ("DATE", "2024-04-01")
    # a holiday inside a longer name is no day
    assert "Christmas" not in _found("She starred in A Christmas Carol on the stage.")


def test_an_obligation_with_a_deadline_day_looks_ahead() -> None:
    assert _found("Lawmakers must pass the budget by Monday.")["Monday"] == ("DATE", "2024-05-20")
    assert _found("The club has to pay the fine by Monday.")["Monday"] == ("DATE", "2024-05-20")
    # another modal, or a past obligation, leaves the nearest day (two days back)
    assert _found("The mayor could not be reached by Monday.")["Monday"] == ("DATE", "2024-05-13")
    assert _found("The garrison had to leave by Monday.")["Monday"] == ("DATE", "2024-05-13")


def test_the_end_of_a_week_or_month_written_as_one_word() -> None:
    found = {t.text: (t.value, t.mod) for t in tag_text("The envoy must reply by week's end.", WEDNESDAY)}
    assert found["week's end"] == ("2024-W20", "END")
    found = {t.text: (t.value, t.mod) for t in tag_text("Payments are due at month-end.", WEDNESDAY)}
    assert found["month-end"] == ("2024-05", "END")
    # the year's end keeps its own reading
    assert _found("The bank expects the deal to close by year-end.")["year-end"] == ("DATE", "2024")


def test_a_part_of_a_day_is_a_time_that_still_tells_its_day() -> None:
    assert _found("Shelling resumed on Saturday night.")["Saturday night"] == ("TIME", "2024-05-11TNI")
    assert _found("The cabinet met this afternoon.")["this afternoon"] == ("TIME", "2024-05-15TAF")
    # the day alone stays a DATE, and the part of the day anchors "the next day" as a date would
    found = _found("The dam burst on Saturday night. The next day, the river fell.")
    assert found["The next day"] == ("DATE", "2024-05-12")


def test_every_part_of_a_day_season_or_month_is_a_set() -> None:
    assert _found("The guards patrol every night.")["every night"] == ("SET", "XXXX-XX-XXTNI")
    assert _found("The river floods each spring.")["each spring"] == ("SET", "XXXX-SP")
    assert _found("The league draws its fixtures every July.")["every July"] == ("SET", "XXXX-07")
    # "each" before a unit keeps its own reading
    assert _found("The ferry sails each week.")["each week"] == ("SET", "P1W")
