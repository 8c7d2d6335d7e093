"""Classes of round 12 (issue 11, time expressions). Invented sentences; publication day Wednesday
20 March 2030."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2030, 3, 20)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, WEDNESDAY)]


def test_a_day_of_the_month_by_its_ordinal_takes_the_month_the_tense_picks() -> None:
    # a past day after the reference's own day lies in the month before; a future one before it, after
    assert _found("The ferry sank on the 25th.") == [("the 25th", "DATE", "2030-02-25")]
    assert _found("The ferry sank on the 12th.") == [("the 12th", "DATE", "2030-03-12")]
    assert _found("The port will reopen on the 2nd.") == [("the 2nd", "DATE", "2030-04-02")]
    assert _found("On the 14th, the army withdrew from the valley.") == [("the 14th", "DATE", "2030-03-14")]


def test_a_day_of_the_month_by_its_ordinal_takes_the_month_just_told() -> None:
    found = _found("The strike began on Jan. 3 and ended on the 9th.")
    assert ("the 9th", "DATE", "2030-01-09") in found
    assert _found("Rent is due by the 28th of next month.") == [
        ("the 28th of next month", "DATE", "2030-04-28")
    ]


def test_an_ordinal_before_a_noun_or_a_month_is_not_a_bare_day() -> None:
    assert _found("The offices moved to the 25th floor.") == []
    assert _found("They met on the 5th anniversary of the accord.") == []
    assert _found("The fair opens on the 25th of March.") == [("the 25th of March", "DATE", "2030-03-25")]


def test_the_verb_last_is_not_part_of_the_duration_it_measures() -> None:
    # after "to", a modal or an auxiliary, "last" is the verb; the adjective keeps its place
    assert _found("The talks are expected to last several days.") == [("several days", "DURATION", "PXD")]
    assert _found("The truce will last three weeks.") == [("three weeks", "DURATION", "P3W")]
    assert _found("The siege could last years.") == [("years", "DURATION", "PXY")]
    assert _found("Prices doubled over the last three years.") == [
        ("the last three years", "DURATION", "P3Y")
    ]
