"""Event dating rules of round 11 (issue 11, event dates on news nobody tuned on), through
`dateline.date_event` on the project's own sentences."""

from __future__ import annotations

import dateline

TUESDAY = "2024-03-12"


def _date(text: str, word: str, published: str | None = TUESDAY) -> dict:
    start = text.index(word)
    return dateline.date_event(text, published, start, start + len(word))


def _ongoing(found: dict) -> bool:
    return bool((found.get("extent") or {}).get("end", {}).get("after"))


HEADLINED = (
    "Chilean and Peruvian leaders meet at border crossing\n"
    "Presidents open a joint customs office\n"
    "The presidents of Chile and Peru met at the border on Monday. "
    "Officials said the crossing handles most of the trade between them."
)


def test_a_headline_in_the_present_tells_the_news_of_the_day_not_a_state() -> None:
    for word in ("meet", "open"):
        found = _date(HEADLINED, word)
        assert not _ongoing(found)
        assert found["likely"] == TUESDAY


def test_a_present_state_in_the_body_still_goes_on() -> None:
    assert _ongoing(_date(HEADLINED, "handles"))


def test_a_text_with_no_punctuation_at_all_has_no_headline() -> None:
    # a transcript: nothing ends as a sentence does, so nothing stands above the body
    found = _date("the rebels hold the airport and the army guards the road", "guards")
    assert _ongoing(found)


QUOTED = (
    "The foreign minister spoke in Lima. "
    '"We thank our neighbours, and we urge both sides to return to the table," she said. '
    "Peru also commits to a joint patrol. The army controls the pass."
)


def test_a_speech_act_in_the_present_is_done_on_the_day_it_is_said() -> None:
    for word in ("thank", "urge", "commits"):
        found = _date(QUOTED, word)
        assert not _ongoing(found)
        assert found["likely"] == TUESDAY


def test_a_state_verb_in_the_same_text_goes_on() -> None:
    found = _date(QUOTED, "controls")
    assert _ongoing(found) and found["likely"] is None


def test_a_tense_only_date_is_a_weaker_guess_in_an_undated_article() -> None:
    # dedup weighs the likely days of an event's reports by their dates' confidence: a report whose
    # publication day is only estimated should not outvote a dated one on a tie
    text = (
        "The two ministers signed the water accord on Thursday, March 7, 2024. Officials said the "
        "talks went well. The ministers are hopeful. Farmers praised the deal."
    )
    undated, dated = _date(text, "praised", None), _date(text, "praised", "2024-03-08")
    assert undated["likely"] is not None and dated["likely"] is not None
    assert undated["confidence"] < dated["confidence"]


SUNDAY = "2023-02-12"


def test_a_day_hung_on_a_noun_inside_the_triggers_of_phrase_dates_the_trigger() -> None:
    # the parser hangs "on Friday" on the panel (or the agreement); neither has a day of its own there
    text = (
        "The note issued on Sunday in Maputo was the outcome from a meeting of the monitoring panel "
        "for the peace agreement on Friday that included delegates of the government."
    )
    found = _date(text, "meeting", SUNDAY)
    assert (found["start"], found["end"], found["likely"]) == ("2023-02-10", "2023-02-10", "2023-02-10")


def test_a_date_of_a_noun_inside_the_phrase_does_not_date_the_trigger() -> None:
    # "of March 3" names the accord's date; the ceremony for it is another event
    text = "Officials attended a ceremony for the anniversary of the accord of March 3, 1998."
    found = _date(text, "ceremony", SUNDAY)
    assert found["start"] != "1998-03-03"


def test_a_day_hung_on_the_scene_of_a_meeting_dates_the_meeting() -> None:
    # "on October 23" hangs on the summit, inside the phrase that sets the meeting's scene
    text = (
        "Modi and Xi will hold a meeting on the sidelines of the regional summit in Russia on "
        "October 23, an official said."
    )
    found = _date(text, "meeting", "2024-10-22")
    assert (found["start"], found["end"], found["likely"]) == ("2024-10-23", "2024-10-23", "2024-10-23")


MONDAY = "2024-02-12"


def test_a_preview_carries_its_day_to_the_next_future_event() -> None:
    text = "The Turkish president will visit Cairo on Wednesday. He will hold talks with his Egyptian host."
    found = _date(text, "hold talks", MONDAY)
    assert (found["start"], found["end"], found["likely"]) == ("2024-02-14", "2024-02-14", "2024-02-14")


def test_a_preview_day_is_not_carried_to_a_past_or_a_month_away() -> None:
    said = _date(
        "The Turkish president will visit Cairo on Wednesday. The two countries have long disputed the "
        "border.",
        "disputed",
        MONDAY,
    )
    assert said["likely"] != "2024-02-14"
    month = _date("The minister will travel to Oslo next month. She will meet the king.", "meet", MONDAY)
    assert month["likely"] is None and month["end"] is None
