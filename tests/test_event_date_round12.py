"""Event dating rules of round 12 (issue 11, event dates on real news), through `dateline.date_event` on
the project's own sentences."""

from __future__ import annotations

import dateline

TUESDAY = "2024-03-12"


def _date(text: str, word: str, published: str | None = TUESDAY) -> dict:
    start = text.index(word)
    return dateline.date_event(text, published, start, start + len(word))


def test_a_past_perfect_reported_by_an_undated_past_is_the_news_of_the_report() -> None:
    # backshifted speech: the minister's "we have agreed" is news up to the saying, not a time before it
    found = _date("The minister said the two countries had agreed to reopen the border crossing.", "agreed")
    assert found["likely"] == TUESDAY
    assert found["start"] is not None and found["start"] < TUESDAY <= found["end"]


def test_the_reported_past_perfect_takes_the_story_day_of_the_lead() -> None:
    text = (
        "The presidents of Chile and Peru met in Lima on Sunday. "
        "Officials said the two leaders had agreed to open a joint customs office."
    )
    assert _date(text, "agreed")["likely"] == "2024-03-10"


def test_a_denied_past_perfect_stays_before_the_report() -> None:
    found = _date("The ministry denied the army had shelled the village near the border.", "shelled")
    assert found["likely"] is None
    assert found["start"] is None and found["end"] == TUESDAY


def test_a_past_perfect_outside_reported_speech_stays_before_the_report() -> None:
    found = _date("The envoy had visited the capital to deliver the letter.", "visited")
    assert found["likely"] is None
    assert found["start"] is None


def test_a_past_perfect_reported_in_the_present_is_not_moved() -> None:
    # "says ... had agreed": no backshift, the past perfect is the speaker's own
    found = _date("The minister says the two countries had agreed to reopen the crossing.", "agreed")
    assert found["likely"] is None
