"""Event dating rules of round 10, through `dateline.date_event` on the project's own sentences:
where a sentence's main verb only attributes ("..., officials said"), the event it reports carries the
story's date on; a present perfect after a story told in the simple past does not take its day."""

from __future__ import annotations

from dating_support import date_of

ATTRIBUTED = "Gunmen burned a village school on Sunday, local officials said."


def test_the_event_an_attribution_reports_carries_its_date_to_the_next_sentence() -> None:
    # the Sunday hangs on "burned", not on "said": the story goes on from the burning
    found = date_of(f"{ATTRIBUTED} The army sent two companies to the district.", "sent", "2024-06-05")
    assert found["likely"] == "2024-06-02"
    assert "carried from the narrative" in found["basis"]


def test_an_attribution_before_the_report_carries_the_same_way() -> None:
    text = "Police said protesters blocked the bridge on Monday. Traffic was diverted to a ring road."
    assert date_of(text, "diverted", "2024-06-05")["likely"] == "2024-06-03"


def test_the_attribution_itself_stays_a_statement_of_the_report() -> None:
    found = date_of(ATTRIBUTED, "said", "2024-06-05")
    assert found["likely"] == "2024-06-05"
    assert "carried" not in found["basis"]


def test_a_verb_of_saying_with_its_own_time_still_carries_that_time() -> None:
    text = "The delegates said on Monday that the talks had failed. The army sent two companies north."
    assert date_of(text, "sent", "2024-06-05")["likely"] == "2024-06-03"


def test_a_present_perfect_after_a_dated_story_is_no_step_of_that_day() -> None:
    text = "The two ministers met in Oslo on Monday. Both countries have long disputed the fishing grounds."
    found = date_of(text, "disputed", "2024-06-05")
    assert found["likely"] == "2024-06-05"
    assert "carried" not in found["basis"]


def test_the_simple_past_after_a_dated_story_still_takes_its_day() -> None:
    text = "The two ministers met in Oslo on Monday. They signed a fishing accord."
    assert date_of(text, "signed", "2024-06-05")["likely"] == "2024-06-03"


def test_a_story_told_in_the_present_perfect_carries_on_in_it() -> None:
    text = "The two ministers have met in Oslo on Monday. They have signed a fishing accord."
    assert date_of(text, "signed", "2024-06-05")["likely"] == "2024-06-03"


def test_a_clause_a_measured_time_after_another_lies_that_many_days_before_it() -> None:
    text = "The envoys met in Quito on March 12, two days after the rebels freed the engineers."
    found = date_of(text, "freed", "2024-03-14")
    assert (found["start"], found["end"], found["likely"]) == ("2024-03-10", "2024-03-10", "2024-03-10")


def test_a_clause_a_measured_time_before_another_lies_that_many_days_after_it() -> None:
    text = "The rebels freed the engineers on March 10, a week before the envoys arrived."
    assert date_of(text, "arrived", "2024-03-20")["likely"] == "2024-03-17"


def test_the_day_of_the_measured_clause_dates_the_clause_it_depends_on() -> None:
    text = "Three days after the rebels freed the engineers on March 10, the envoys left Quito."
    assert date_of(text, "left", "2024-03-20")["likely"] == "2024-03-13"


def test_the_measure_is_no_length_of_the_event() -> None:
    # "three days" places the freeing; it is not a three-day freeing
    text = "Three days after the rebels freed the engineers on March 10, the envoys left Quito."
    found = date_of(text, "freed", "2024-03-20")
    assert (found["start"], found["end"]) == ("2024-03-10", "2024-03-10")


def test_an_undated_clause_measures_from_the_day_the_story_gives_it() -> None:
    text = "The ministers met in Oslo on Monday. They signed a deal a day after rebels freed the hostages."
    assert date_of(text, "freed", "2024-06-05")["likely"] == "2024-06-02"


def test_a_past_event_is_not_measured_past_the_report() -> None:
    # Monday is the day before publication: three days after it would lie after the report
    text = "Three days after the rebels freed the engineers on Monday, the envoys left Quito."
    found = date_of(text, "left", "2024-06-04")
    assert found["likely"] != "2024-06-06" and "day(s) after" not in found["basis"]


def test_a_vague_measure_only_orders_the_two_events() -> None:
    text = "The envoys met in Quito on March 12, days after the rebels freed the engineers."
    found = date_of(text, "freed", "2024-03-14")
    assert found.get("likely") is None and found["end"] == "2024-03-12"


def test_only_a_day_of_a_reported_event_is_carried_on() -> None:
    # the weeks after Monday are no day of the story: the sending stays on the story's day (Monday)
    text = (
        "Rebels took the dam on Monday. Traders said fuel prices rose in the weeks that followed. "
        "The army sent two companies north."
    )
    found = date_of(text, "sent", "2024-03-20")
    assert found["likely"] == "2024-03-18" and "carried" not in found["basis"]
