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
