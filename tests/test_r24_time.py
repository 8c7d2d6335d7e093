"""Round 24 (issue 11, r24time): value classes of the time tagger. Invented sentences."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2031, 5, 7)  # the Saturday before is May 3, the one after May 10


def _days(text: str, word: str, dct: date = WEDNESDAY) -> list[str]:
    return [t.value for t in tag_text(text, dct) if t.text == word]


# A bare weekday whose clause gives no direction is the day the article's tensed namings of it give.
def test_a_headline_weekday_takes_the_day_the_story_gives_it() -> None:
    text = (
        "Mayor to meet the governor in Lyon on Saturday\n\n"
        "The mayor will hold talks with the governor in Lyon on Saturday, his office said."
    )
    assert _days(text, "Saturday") == ["2031-05-10", "2031-05-10"]


def test_a_reported_future_weekday_takes_the_day_the_story_gives_it() -> None:
    text = (
        "The envoy will meet the minister on Saturday. "
        "A spokesman said the envoy would fly to Oslo on Saturday."
    )
    assert _days(text, "Saturday") == ["2031-05-10", "2031-05-10"]


def test_an_arrangement_told_in_the_past_perfect_takes_the_day_the_story_gives_it() -> None:
    text = (
        "The two leaders are to hold talks on Saturday. "
        "The paper said a meeting had been arranged for Saturday."
    )
    assert _days(text, "Saturday") == ["2031-05-10", "2031-05-10"]


def test_an_arrangement_points_ahead() -> None:
    assert _days("The clubs arranged a friendly match for Saturday.", "Saturday") == ["2031-05-10"]


def test_a_past_act_keeps_its_day_beside_a_future_naming() -> None:
    # both namings have a direction of their own: two different Saturdays
    text = "Farmers protested in Paris on Saturday. They will march again on Saturday, the union said."
    assert _days(text, "Saturday") == ["2031-05-03", "2031-05-10"]


def test_namings_that_disagree_leave_the_undirected_one_alone() -> None:
    text = (
        "Farmers protested on Saturday. They will march again on Saturday. "
        "A spokesman said the police would watch the road on Saturday."
    )
    assert _days(text, "Saturday") == ["2031-05-03", "2031-05-10", "2031-05-03"]
