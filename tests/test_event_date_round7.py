"""Event dating rules of round 7, through `dateline.date_event` on the project's own sentences:
clauses that describe a participant keep out of the sentence's time, and a reported clause goes on
through the verbs joined to it."""

from __future__ import annotations

from dating_support import date_of

TUESDAY = "2024-06-11"


def _date(text: str, word: str, published: str | None = TUESDAY, nth: int = 0) -> dict:
    return date_of(text, word, published, nth)


def test_a_relative_clause_in_the_past_lies_before_publication_with_no_day() -> None:
    found = _date("The mayor thanked the volunteers who repaired the old bridge.", "repaired")
    assert (found["start"], found["end"], found["likely"]) == (None, TUESDAY, None)


def test_the_main_verb_of_the_same_sentence_keeps_the_publication_day() -> None:
    found = _date("The mayor thanked the volunteers who repaired the old bridge.", "thanked")
    assert found["likely"] == TUESDAY


def test_a_relative_clause_does_not_take_the_day_of_the_main_verb() -> None:
    text = "On Monday the governor visited a village that flooded during the storm."
    assert _date(text, "visited")["likely"] == "2024-06-10"
    found = _date(text, "flooded")
    assert found["likely"] is None and found["end"] == TUESDAY


def test_a_participle_modifying_a_noun_does_not_take_the_day_of_the_main_verb() -> None:
    text = "On Thursday the guards freed three fishermen detained near the reef."
    assert _date(text, "freed")["likely"] == "2024-06-06"
    assert _date(text, "detained")["likely"] != "2024-06-06"


def test_a_relative_clause_of_saying_keeps_the_day_of_the_statement() -> None:
    found = _date("The senator, who said the vote was rigged, left the chamber.", "said")
    assert found["likely"] == TUESDAY


def test_a_relative_clause_with_its_own_date_keeps_it() -> None:
    found = _date("The court freed a reporter who fled the country in 2019.", "fled")
    assert (found["start"], found["end"]) == ("2019-01-01", "2019-12-31")


def test_a_reported_clause_goes_on_through_its_joined_verbs() -> None:
    text = "The suspect said on Friday that she regretted insulting the judge and mocking his ruling."
    # what she regrets is not the day she said so: the statement's day is not carried to it
    found = _date(text, "mocking")
    assert found["likely"] != "2024-06-07" and not found["basis"].startswith("carried")
    assert _date(text, "said")["likely"] == "2024-06-07"


def test_a_verb_joined_to_the_verb_of_saying_is_its_own_act() -> None:
    text = "On Monday the minister said nothing and signed the accord."
    assert _date(text, "signed")["likely"] == "2024-06-10"


def test_a_relative_clause_set_off_after_a_name_tells_the_story() -> None:
    text = "On Sunday the army shelled the rebel group Northern Front, which attacked two border posts."
    assert _date(text, "attacked")["likely"] == "2024-06-09"


def test_a_relative_clause_on_the_subject_of_a_sentence_of_time_takes_its_date() -> None:
    text = "The last time the two presidents met was in Vienna in March 2023."
    found = _date(text, "met")
    assert (found["start"], found["end"]) == ("2023-03-01", "2023-03-31")


def test_a_participle_modifying_a_noun_in_a_lead_of_yesterday_keeps_the_story_day() -> None:
    # the story's day (the lead's Sunday, two days before publication) is not the main verb's
    # carried day: an undated participle of the lead is most likely on it too
    found = _date("On Sunday the border guards met the migrants deported from the capital.", "deported")
    assert found["likely"] == "2024-06-09" and not found["basis"].startswith("carried")


def test_a_relative_clause_set_off_after_a_common_noun_stays_background() -> None:
    text = "Police reported an attack on the mayor, which wounded two guards."
    assert _date(text, "wounded")["likely"] is None


def test_a_relative_clause_set_off_after_a_name_in_the_lead_is_on_the_story_day() -> None:
    text = (
        "The army has denied any links to the militia Red Hand, which shelled three border villages. "
        "On Sunday, gunmen burned a market near the border."
    )
    assert _date(text, "shelled")["likely"] == "2024-06-09"


def test_an_open_condition_in_the_present_lies_after_publication_whatever_its_main_clause() -> None:
    for text, word in (
        ("The government offered the rebels an amnesty if they surrender their weapons.", "surrender"),
        ("The minister sees no end to the strike until the company raises wages.", "raises"),
    ):
        found = _date(text, word)
        assert (found["start"], found["end"], found["likely"]) == (TUESDAY, None, None), word


def test_a_clause_of_when_in_the_present_is_no_open_condition() -> None:
    found = _date("Farmers move their cattle to the hills when the river rises.", "rises")
    assert found["start"] != TUESDAY or found["end"] is not None


def test_the_next_event_of_a_kind_is_not_the_one_dated_before() -> None:
    text = (
        "The two foreign ministers met in Oslo on Monday. "
        "Their deputies will prepare the next meeting of the ministers."
    )
    found = _date(text, "meeting")
    assert found["likely"] != "2024-06-10" and found["start"] == TUESDAY and found["end"] is None


def test_the_meeting_named_again_keeps_its_day() -> None:
    text = "The two foreign ministers met in Oslo on Monday. The meeting was praised by the opposition."
    assert _date(text, "meeting")["likely"] == "2024-06-10"


def test_what_has_yet_to_happen_lies_after_publication() -> None:
    for text, word in (
        ("The foreign ministry has yet to respond to the accusation.", "respond"),
        ("The date of the summit is yet to be set.", "set"),
    ):
        found = _date(text, word)
        assert (found["start"], found["end"], found["likely"]) == (TUESDAY, None, None), word


def test_what_was_yet_to_happen_in_a_past_story_is_not_moved_after_publication() -> None:
    found = _date("The date of the summit was yet to be set when the talks collapsed.", "set")
    assert found["end"] == TUESDAY
