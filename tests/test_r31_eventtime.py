"""Round 31 (r31eventtime, issue 11): "the eve of" an occasion is the day before it. Invented texts."""

from __future__ import annotations

from dating_support import date_of

FRIDAY = "2024-06-14"


def test_the_occasion_of_a_dated_eve_is_the_next_day() -> None:
    text = "The two ministers met in Lyon on Monday on the eve of the summit."
    assert date_of(text, "met", FRIDAY)["likely"] == "2024-06-10"
    summit = date_of(text, "summit", FRIDAY)
    assert (summit["start"], summit["end"], summit["likely"]) == ("2024-06-11", "2024-06-11", "2024-06-11")
    vote = date_of("Tonight is the eve of the vote in the capital.", "vote", FRIDAY)
    assert (vote["start"], vote["likely"]) == ("2024-06-15", "2024-06-15")


def test_what_is_done_on_the_eve_of_a_dated_occasion_is_the_day_before() -> None:
    text = "Thousands marched through the old town on the eve of the June 12 summit."
    marched = date_of(text, "marched", FRIDAY)
    assert (marched["start"], marched["end"], marched["likely"]) == ("2024-06-11", "2024-06-11", "2024-06-11")
    # the occasion keeps its own day; a plain occasion still gives its day to the act
    assert date_of(text, "summit", FRIDAY)["likely"] == "2024-06-12"
    at = date_of("Thousands marched through the old town during the June 12 summit.", "marched", FRIDAY)
    assert at["likely"] == "2024-06-12"


def test_an_eve_told_in_the_present_is_the_day_of_publication() -> None:
    text = "Crowds filled the old square. This is the eve of the pope's visit to the island."
    visit = date_of(text, "visit", FRIDAY)
    assert (visit["start"], visit["end"]) == ("2024-06-15", "2024-06-15")
    # told in the past with no day of its own, the eve is not dated, nor is what it is the eve of
    past = date_of("Crowds filled the old square. It was the eve of the pope's visit.", "visit", FRIDAY)
    assert past["start"] != "2024-06-15"
