"""Event dating rules of round 5, through `dateline.date_event` on the project's own sentences:
verbs of continuation, spans counted ahead ("the next two weeks"), vague spans ago ("a few years
ago")."""

from __future__ import annotations

import dateline

FRIDAY = "2024-06-14"


def _date(text: str, word: str, published: str | None = FRIDAY) -> dict:
    start = text.index(word)
    return dateline.date_event(text, published, start, start + len(word))


def _goes_on(found: dict) -> bool:
    extent = found.get("extent") or {}
    return extent.get("begin", {}).get("before") == FRIDAY and extent.get("end", {}).get("after") == FRIDAY


def test_what_a_present_verb_of_continuation_governs_goes_on_and_the_verb_is_the_day() -> None:
    text = "The fishermen continue to protest outside the harbour office."
    assert _goes_on(_date(text, "protest"))
    verb = _date(text, "continue")
    assert verb["likely"] == FRIDAY and not verb.get("extent")


def test_a_state_that_remained_goes_on_past_the_report() -> None:
    assert _goes_on(_date("The border crossings remained shut.", "shut"))


def test_the_subject_of_an_intransitive_continuation_goes_on() -> None:
    assert _goes_on(_date("The strike by the dock workers continued.", "strike"))


def test_a_continuation_ahead_is_not_ongoing_now() -> None:
    found = _date("The unions will continue to press their demands.", "press")
    assert not found.get("extent")
    assert found["start"] >= FRIDAY


def test_a_verb_that_keeps_an_object_is_not_a_continuation() -> None:
    found = _date("The mayor kept her promise to the tenants.", "kept")
    assert not found.get("extent") and found["likely"] == FRIDAY


def test_the_next_two_weeks_run_from_publication_whatever_the_tense() -> None:
    found = _date("The ministry said the roads would reopen over the next two weeks.", "reopen")
    assert (found["start"], found["end"]) == (FRIDAY, "2024-06-28")


def test_a_few_years_ago_lies_before_a_year_back() -> None:
    found = _date("The council closed the old bridge a few years ago.", "closed")
    assert found["start"] is None and found["end"] <= "2023-06-14"
    assert found["likely"] is None


def test_a_noun_names_again_only_an_event_of_its_own_word() -> None:
    # "conversation" shares "conve" with "convened" but is not the meeting convened on June 3
    text = (
        "The two ministers spoke in a phone conversation. "
        "On June 3, the council convened an emergency session. "
        "The ministry says the telephone conversation went well."
    )

    def last_conversation(text: str) -> dict:
        start = text.rindex("conversation")
        return dateline.date_event(text, FRIDAY, start, start + len("conversation"))

    assert last_conversation(text)["likely"] == FRIDAY
    named = text.replace("convened an emergency session", "held a conversation with the envoys")
    assert last_conversation(named)["likely"] == "2024-06-03"


def test_earlier_in_the_day_is_the_story_day_not_a_month_named_before() -> None:
    text = (
        "The first round of the river talks was held in Dhaka in March last year. "
        "Delegates from both countries attended it. "
        "Earlier in the day, the minister met the trade envoy."
    )
    found = _date(text, "met")
    assert found["likely"] == FRIDAY
    # without the phrase, the story's month is carried as before
    assert _date(text.replace("Earlier in the day, the", "The"), "met")["start"] == "2023-03-01"


def test_a_past_event_is_not_given_a_day_after_publication_by_the_narrative() -> None:
    text = "The prime minister will visit Hanoi on June 20. The visit was praised by the opposition."
    start = text.rindex("visit")
    found = dateline.date_event(text, FRIDAY, start, start + len("visit"))
    assert found["start"] <= FRIDAY
    assert found["likely"] != "2024-06-20"


def test_a_present_state_now_goes_on_and_a_past_act_now_does_not() -> None:
    assert _goes_on(_date("The rebels now control the northern highway.", "control"))
    found = _date("The rebels now seized the northern highway.", "seized")
    assert not found.get("extent")
