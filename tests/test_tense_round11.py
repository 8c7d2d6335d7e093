"""Round 11 (issue 11, r11tense): two wrong-direction classes of tense.py. Invented sentences.

1. A plan told in the past ("was initially planned to", "set for ... were delayed") tells when the
   plan stood, not where its day lies: the nearest reading on either side.
2. A verb that moves a date ("adjourned", "postponed", "put off") sends only the new date ahead
   ("until", "to", "till"); a date on the act itself is the act's day."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

JUNE = date(2031, 6, 11)  # a Wednesday
THURSDAY = date(2031, 4, 17)


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, dct)}


# --- 1. plans told in the past ------------------------------------------------------------------------


def test_a_plan_told_in_the_past_takes_the_nearest_reading() -> None:
    found = _values("The inspection was first planned to happen in March.", JUNE)
    assert found["March"] == "2031-03"
    found = _values("The caravan had been scheduled for January.", JUNE)
    assert found["January"] == "2031-01"


def test_a_plan_called_off_keeps_the_nearest_reading_on_either_side() -> None:
    found = _values("Local polls set for December were pushed back.", JUNE)
    assert found["December"] == "2030-12"
    found = _values("The envoy was due to arrive in October, but the trip was shelved.", JUNE)
    assert found["October"] == "2030-10"
    # called off before its day, which is still ahead
    found = _values("The forum had been slated for September but was cancelled.", JUNE)
    assert found["September"] == "2031-09"


def test_an_agents_plan_told_in_the_simple_past_still_lies_ahead() -> None:
    found = _values(
        "Farmers planned a convoy on Sunday and were planning to picket the depot on Monday.", THURSDAY
    )
    assert (found["Sunday"], found["Monday"]) == ("2031-04-20", "2031-04-21")


def test_a_plan_told_in_the_present_or_future_still_lies_ahead() -> None:
    assert _values("The forum is scheduled for March.", JUNE)["March"] == "2032-03"
    assert _values("The two ministers are due to meet in January.", JUNE)["January"] == "2032-01"
    found = _values("A referendum set for February will decide the matter.", JUNE)
    assert found["February"] == "2032-02"


# --- 2. verbs that move a date ------------------------------------------------------------------------


def test_the_day_of_a_postponement_is_the_acts_day() -> None:
    found = _values("A tribunal on Tuesday adjourned the inquiry.", THURSDAY)
    assert found["Tuesday"] == "2031-04-15"
    found = _values("On Monday the senate deferred the budget debate.", THURSDAY)
    assert found["Monday"] == "2031-04-14"
    found = _values("The governors on Wednesday put off the election.", THURSDAY)
    assert found["Wednesday"] == "2031-04-16"


def test_the_new_date_of_a_postponement_lies_ahead() -> None:
    found = _values("A tribunal on Tuesday adjourned the inquiry until Monday.", THURSDAY)
    assert (found["Tuesday"], found["Monday"]) == ("2031-04-15", "2031-04-21")
    found = _values("The league pushed back the final to Sunday.", THURSDAY)
    assert found["Sunday"] == "2031-04-20"
    found = _values("The assembly delayed the ballot till Wednesday.", THURSDAY)
    assert found["Wednesday"] == "2031-04-23"


def test_the_old_date_of_the_thing_moved_keeps_its_reading() -> None:
    # reached through the noun moved, the date is that of the plan, which the report comes before
    found = _values("The march on Saturday was postponed.", THURSDAY)
    assert found["Saturday"] == "2031-04-19"
