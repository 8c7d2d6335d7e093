"""Event dating rules of round 9, through `dateline.date_event` on the project's own sentences: a date
carried from the narrative is made as the event's own date is, a range of days included."""

from __future__ import annotations

from dating_support import date_of

PLAN = "The foreign minister of Chile will visit Lisbon on June 9-10 for talks on trade."


def test_a_noun_naming_a_planned_visit_again_carries_the_whole_range() -> None:
    found = date_of(f"{PLAN} Her visit has drawn protests from fishermen.", "visit", "2024-06-04", nth=1)
    # the range of days, its first day the likely one: not the last day the parse hangs on the verb
    assert (found["start"], found["end"], found["likely"]) == ("2024-06-09", "2024-06-10", "2024-06-09")
    assert "the event it names again" in found["basis"]


def test_the_event_itself_keeps_the_range_it_always_had() -> None:
    found = date_of(PLAN, "visit", "2024-06-04")
    assert (found["start"], found["end"], found["likely"]) == ("2024-06-09", "2024-06-10", "2024-06-09")


def test_a_single_day_named_again_is_still_that_day() -> None:
    text = "The two ministers met in Lima on Monday. Their meeting was called a success by diplomats."
    found = date_of(text, "meeting", "2024-06-05")
    assert (found["start"], found["end"], found["likely"]) == ("2024-06-03", "2024-06-03", "2024-06-03")


def test_a_year_that_dates_a_related_event_bounds_a_background_promise() -> None:
    # the year dates the election, which the promise came before: years before the report, not on its day
    text = "Before the 2013 election, the governor promised to back his deputy."
    found = date_of(text, "promised", "2024-03-06")
    assert (found["start"], found["end"], found.get("likely")) == (None, "2013-12-31", None)
    assert "'before' bound" in found["basis"]


def test_the_related_event_lies_inside_its_time_whichever_side_the_preposition_faces() -> None:
    # "after the 2026 vote": after some day of 2026, so from its first day on (not after its last)
    text = "The opposition will choose a new leader after the 2026 vote."
    found = date_of(text, "choose", "2024-03-06")
    assert (found["start"], found["end"]) == ("2026-01-01", None)


def test_a_bound_that_holds_the_plain_reading_leaves_the_news_on_its_day() -> None:
    # next week's summit and last year's truce bound the event, but say nothing the past tense does not
    for text, word in (
        ("The foreign ministers met ahead of next week's summit in Rome.", "met"),
        ("Both armies withdrew their heavy guns following last year's truce.", "withdrew"),
    ):
        found = date_of(text, word, "2024-03-06")
        assert (found["start"], found["end"], found["likely"]) == ("2024-02-28", "2024-03-06", "2024-03-06")


def test_an_occasion_at_a_part_of_a_day_dates_what_happened_at_it() -> None:
    # TimeML types "Saturday night" TIME, "Saturday" DATE: either dates the dinner the clash was at,
    # not the day the officials spoke of it
    for when in ("Saturday's", "Saturday night's"):
        text = f"Officials said on Monday that the ministers clashed at {when} dinner."
        found = date_of(text, "clashed", "2024-06-05")
        assert found["likely"] == "2024-06-01", when
        assert "occasion" in found["basis"], when
