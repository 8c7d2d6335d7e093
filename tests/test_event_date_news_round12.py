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
    # the interval stays open before the report: the speaker's past may lie well before it
    assert found["start"] is None and found["end"] == TUESDAY


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


def test_earlier_this_month_is_before_the_report_whatever_the_tense() -> None:
    # a gerund has no tense of its own: the expression's word says the side
    found = _date("The envoy thanked the minister for hosting the summit earlier this month.", "hosting")
    assert (found["start"], found["end"]) == ("2024-03-01", "2024-03-11")


def test_later_this_month_is_after_the_report() -> None:
    found = _date("The ministers are expected to sign the accord later this month.", "sign")
    assert (found["start"], found["end"]) == ("2024-03-13", "2024-03-31")


def test_this_month_with_a_past_verb_still_reaches_the_report() -> None:
    found = _date("The two ministers met in Rome this month.", "met")
    assert (found["start"], found["end"]) == ("2024-03-01", TUESDAY)


def test_a_date_between_the_auxiliary_and_its_verb_dates_the_verb() -> None:
    # the small parser hangs "on Monday" on "was" here
    found = _date("His victory in the runoff was on Monday upheld by the electoral court.", "upheld")
    assert (found["start"], found["end"]) == ("2024-03-11", "2024-03-11")
    found = _date("The two ministers will on Thursday sign the accord in Lima.", "sign")
    assert (found["start"], found["end"]) == ("2024-03-14", "2024-03-14")


def test_an_opening_participle_sets_the_time_of_its_verb() -> None:
    text = "Speaking to reporters in Lima on Friday, the minister promised to reopen the border crossing."
    assert _date(text, "promised")["likely"] == "2024-03-08"


def test_a_clause_opened_by_after_is_not_a_scene() -> None:
    found = _date("After visiting Paris on Friday, the minister flew to Rome for the talks.", "flew")
    assert found["likely"] != "2024-03-08"


def test_an_announced_event_the_article_dated_before_keeps_that_day() -> None:
    text = (
        "The Chilean president will visit Lima on March 15. "
        "On Monday the foreign ministry confirmed the visit in a short statement."
    )
    start = text.index("visit in")
    assert dateline.date_event(text, TUESDAY, start, start + 5)["likely"] == "2024-03-15"


def test_an_announced_event_named_nowhere_else_is_not_dated_by_the_announcement() -> None:
    found = _date("On Monday the foreign ministry confirmed the visit in a short statement.", "visit")
    assert found["start"] is None and found["end"] is None
