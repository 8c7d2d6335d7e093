"""Classes of the sixth round (TimeBank half A, MEANTIME and AQUAINT errors as development data).
Invented sentences; publication day Friday 13 March 2026 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

FRIDAY = date(2026, 3, 13)


def _values(text: str, dct: date = FRIDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, dct)}


def test_a_day_set_for_the_coming_weeks_in_a_past_clause_is_this_year() -> None:
    found = _values(
        "The ferry operator extended its offer to March 30. The board had set April 2 as the deadline "
        "for rival bids."
    )
    assert found["March 30"] == "2026-03-30"
    assert found["April 2"] == "2026-04-02"


def test_a_day_months_ahead_in_a_past_clause_is_still_last_year() -> None:
    found = _values("The dam burst on June 20, flooding two villages.")
    assert found["June 20"] == "2025-06-20"


def test_a_day_just_gone_in_a_future_clause_is_not_next_year() -> None:
    # written a few days before it was dated: the meeting is not a year away
    found = _values("The envoys will meet on March 10 in Oslo, the ministry said.")
    assert found["March 10"] == "2026-03-10"


def test_the_second_day_of_a_range_follows_the_first() -> None:
    found = _values("The union postponed the strike to March 28 and 29.")
    assert (found["March 28"], found["29"]) == ("2026-03-28", "2026-03-29")


def test_this_past_is_the_last_one() -> None:
    found = _values(
        "The ceasefire held this past weekend. Turnout rose this past year, and the council met this "
        "past Monday."
    )
    assert found["this past weekend"] == "2026-W10-WE"
    assert found["this past year"] == "2025"
    assert found["this past Monday"] == "2026-03-09"


def test_this_winter_in_spring_is_the_winter_just_ended() -> None:
    found = _values("Heating bills soared this winter, and farmers fear a dry summer.")
    assert found["this winter"] == "2025-WI"
    found = _values("Heating bills may soar this winter.", date(2026, 10, 2))
    assert found["this winter"] == "2026-WI"


def test_periodic_adjectives_before_a_noun_are_not_sets() -> None:
    found = _values(
        "The co-operative held its annual meeting and raised its quarterly dividend; members pay dues "
        "quarterly and the fee is reviewed annually."
    )
    assert "annual" not in found and found.get("quarterly") == "P3M" and found["annually"] == "P1Y"


def test_a_sentence_full_stop_is_not_part_of_a_full_month_name() -> None:
    texts = {t.text for t in tag_text("The vote is on 20 March. Polls open on the 21st of March.", FRIDAY)}
    assert "20 March" in texts and "20 March." not in texts
    assert {t.text for t in tag_text("The vote is on 20 Mar. in Lyon.", FRIDAY)} == {"20 Mar."}


def test_a_range_of_years_is_two_years() -> None:
    found = _values("The drought of 2011-2012 hurt the 2019-20 harvest and the 1999-00 budget.")
    assert (found["2011"], found["2012"]) == ("2011", "2012")
    assert (found["2019"], found["20"]) == ("2019", "2020")
    assert (found["1999"], found["00"]) == ("1999", "2000")


def test_what_only_looks_like_a_range_of_years_is_not_one() -> None:
    found = _values("Call 555-2012-23; the plant is ISO 9001-2015 certified; the final score was 2001-1999.")
    assert "23" not in found and "2015" not in found and "1999" not in found


def test_the_first_day_of_a_range_takes_the_year_its_second_day_states() -> None:
    found = _values("The regional forum met on October 4-5, 2019 and again on July 8 and 9, 2021.")
    assert (found["October 4"], found["5, 2019"]) == ("2019-10-04", "2019-10-05")
    assert (found["July 8"], found["9, 2021"]) == ("2021-07-08", "2021-07-09")
    # a number after "and" that is no second day leaves the first day to the tense
    assert _values("On March 2 and 14 others were hurt in 2024.")["March 2"] == "2026-03-02"


def test_a_plan_told_in_the_past_implies_no_side_of_publication() -> None:
    told = date(2026, 11, 20)
    # the plan may have come and gone: the nearest August, not next year's
    assert _values("The talks were expected to begin in August.", told)["August"] == "2026-08"
    assert _values("The talks are expected to begin in August.", told)["August"] == "2027-08"
