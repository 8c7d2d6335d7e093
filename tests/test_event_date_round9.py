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
