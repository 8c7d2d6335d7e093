"""Event dating rules of round 8, through `dateline.date_event` on the project's own sentences: in an
article dated only by its content from a span since a date, the undated news is not older than it."""

from __future__ import annotations

from dating_support import date_of

SINCE = "Fishing boats have been seized four times since March 2021."


def test_undated_news_of_an_article_dated_by_content_starts_at_the_evidence() -> None:
    found = date_of(f"{SINCE} The navy detained the crew of a trawler.", "detained", None)
    # the window of a few days before publication no longer reaches back before March 2021
    assert (found["start"], found["end"], found["likely"]) == ("2021-03-01", None, None)
    assert "not before its span since" in found["basis"]


def test_a_sentence_with_a_time_of_its_own_keeps_the_plain_window() -> None:
    text = f"{SINCE} The minister quit his post in a dispute over the 2019 census."
    found = date_of(text, "quit", None)
    # a sentence that names another time may tell background from before the evidence
    assert found["start"] < "2021-03-01"


def test_a_dated_article_is_not_touched() -> None:
    found = date_of(f"{SINCE} The navy detained the crew of a trawler.", "detained", "2024-06-11")
    assert (found["start"], found["end"], found["likely"]) == ("2024-06-04", "2024-06-11", "2024-06-11")


def test_a_time_hung_on_a_place_name_dates_what_the_place_phrase_modifies() -> None:
    # the parser hangs "in March 2021" on the country's name; a place is not dated, the meeting is
    found = date_of("The leaders met in Tashkent, Uzbekistan in March 2021.", "met", "2024-06-11")
    assert (found["start"], found["end"]) == ("2021-03-01", "2021-03-31")


def test_what_a_decision_decides_is_done_by_the_decision() -> None:
    # a ruling or an acceptance is the decision itself, on its day; a plan's content still lies ahead
    wed = "2024-06-12"
    upheld = date_of("The minister praised the court's decision to uphold the vote on Monday.", "uphold", wed)
    assert upheld["likely"] == "2024-06-10"
    accepted = date_of("The party welcomed the president's decision to accept the terms.", "accept", wed)
    assert accepted["end"] == wed and accepted["likely"] == wed
    closed = date_of("The mayor announced a plan to close the bridge on Monday.", "close", wed)
    assert closed["likely"] == "2024-06-17"
