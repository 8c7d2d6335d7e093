"""Classes of round 13 (issue 11, time expressions). Invented sentences; publication day Wednesday
20 March 2030."""

from __future__ import annotations

import threading
from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2030, 3, 20)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, WEDNESDAY)]


def test_a_season_after_in_leaves_the_preposition_out_of_its_span() -> None:
    assert _found("The plant opened in spring 2029.") == [("spring 2029", "DATE", "2029-SP")]
    assert _found("The offensive began in winter 2028.") == [("winter 2028", "DATE", "2028-WI")]
    assert _found("In summer, the talks resume.") == [("summer", "DATE", "2030-SU")]
    # the article stays in, as TimeML writes it; a bare season without a preposition is a verb or noun
    assert _found("The meeting took place in the spring.") == [("the spring", "DATE", "2030-SP")]
    assert _found("Prices spring back.") == []


def test_may_after_another_month_and_a_join_is_the_month() -> None:
    assert ("May", "DATE", "2029-05") in _found("The vote was held in April and May.")
    assert ("May", "DATE", "2029-05") in _found("The vote was held in April or May.")
    assert ("May", "DATE", "2030-05") in _found("Fares will rise between April and May.")
    # the modal and the name stay untagged
    assert _found("In March, May said she would resign.") == [("March", "DATE", "2030-03")]
    assert _found("He met Theresa May.") == []


def test_a_clock_time_before_a_weekday_and_its_date_keeps_its_half_of_the_day() -> None:
    # one TIMEX3, as "5 p.m. EST, Nov. 6": the date rule took the weekday and left a bare "11:59"
    assert _found("The envoys must leave before 11:59 PM on Saturday, October 19, 2024.") == [
        ("11:59 PM on Saturday, October 19, 2024", "TIME", "2024-10-19T23:59")
    ]
    assert _found("The polls closed at 8 p.m. on Sunday, March 17.") == [
        ("8 p.m. on Sunday, March 17", "TIME", "2030-03-17T20:00")
    ]
    found = _found("The polls closed at 8 p.m. on Sunday.")
    assert found == [("8 p.m. on Sunday", "TIME", "2030-03-17T20:00")]


def test_the_first_day_of_a_range_may_follow_its_weekday() -> None:
    assert _found("The president visits France on Monday 6 and Tuesday 7 May.") == [
        ("Monday 6", "DATE", "2030-05-06"),
        ("Tuesday 7 May", "DATE", "2030-05-07"),
    ]
    assert _found("The summit runs from Wednesday 8 to Friday 10 May 2030.") == [
        ("Wednesday 8", "DATE", "2030-05-08"),
        ("Friday 10 May 2030", "DATE", "2030-05-10"),
    ]
    # two weekdays alone stay two weekdays
    assert _found("The ministers met on Monday and Tuesday.") == [
        ("Monday", "DATE", "2030-03-18"),
        ("Tuesday", "DATE", "2030-03-19"),
    ]


TUESDAY = date(2024, 10, 15)


def _on_tuesday(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_text(text, TUESDAY)]


def test_the_deadline_of_an_order_or_request_lies_ahead_though_the_order_is_past() -> None:
    assert _on_tuesday("India ordered six diplomats to leave before midnight on Sunday.") == [
        ("midnight on Sunday", "2024-10-20T24:00")
    ]
    assert _on_tuesday("The envoys expelled, ordering they leave before midnight on Sunday.") == [
        ("midnight on Sunday", "2024-10-20T24:00")
    ]
    assert _on_tuesday("The diplomats have been asked to leave India before 11:59 PM on Saturday.") == [
        ("11:59 PM on Saturday", "2024-10-19T23:59")
    ]
    assert _on_tuesday("The president asked India to withdraw its troops by Saturday.") == [
        ("Saturday", "2024-10-19")
    ]


def test_a_past_told_under_a_directive_or_a_request_day_stays_past() -> None:
    # a report of what was done, and the day of the request itself
    assert _on_tuesday("The minister told parliament the troops left by Friday.") == [
        ("Friday", "2024-10-11")
    ]
    assert _on_tuesday("The president asked India on Saturday to withdraw its troops.") == [
        ("Saturday", "2024-10-12")
    ]
    assert _on_tuesday("The diplomats left before Sunday.") == [("Sunday", "2024-10-13")]


def test_in_the_past_leaves_the_preposition_out_as_the_future_does() -> None:
    # TimeML leaves the signal out: "the past" as "the future"; the durations keep their own spans
    assert _found("In the past, the border was open.") == [("the past", "DATE", "PAST_REF")]
    assert _found("The border will reopen in the future.") == [("the future", "DATE", "FUTURE_REF")]
    assert _found("Prices doubled in the past three years.") == [("the past three years", "DURATION", "P3Y")]


def test_an_expression_holding_its_sentence_root_ends_the_deadline_walk() -> None:
    # a verbless line whose root is the expression's own word: the walk up the heads must stop at
    # the root (a hang before the fix); run apart so that a regression fails instead of hanging
    found: list[list[tuple[str, str]]] = []
    walker = threading.Thread(target=lambda: found.append(_on_tuesday("Midnight on Sunday.")), daemon=True)
    walker.start()
    walker.join(timeout=60)
    assert found == [[("Midnight on Sunday", "2024-10-13T24:00")]]
