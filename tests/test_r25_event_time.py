"""Round 25 (r25etime, issue 11): a verbless line of a place and a date sets the scene for the
sentences after it. Invented texts."""

from __future__ import annotations

from dating_support import date_of

from dateline.evaluation.dating_eval import label

FRIDAY = "2026-03-06"

# a broadcast retrospective: each episode opens with a line of its place and time
EPISODES = (
    "Investigators now think the three fires in Portvale were set by one man. "
    "Portvale, twenty nineteen. "
    "A fire guts the old cannery. "
    "Two guards are hurt. "
    "Elbonia City, March twenty twenty-one. "
    "This time a blaze at a warehouse. "
    "A night watchman was injured. "
    "Last month, a third fire destroyed a boathouse on the quay."
)


def test_a_scene_line_dates_the_episode_told_after_it() -> None:
    for word, period in (("guts", "2019"), ("hurt", "2019")):
        found = date_of(EPISODES, word, FRIDAY)
        assert found["start"] == f"{period}-01-01" and found["end"] == f"{period}-12-31", word
    assert label(date_of(EPISODES, "injured", FRIDAY)) == "after2021-03-01before2021-03-28"
    assert label(date_of(EPISODES, "blaze", FRIDAY)) == "after2021-03-01before2021-03-28"


def test_a_time_of_its_own_ends_the_scene() -> None:
    # "Last month" dates its own sentence, and the story after it is no longer the scene's
    assert label(date_of(EPISODES, "destroyed", FRIDAY)) == "after2026-02-01before2026-02-28"
    text = EPISODES + " The owner rebuilt it."
    assert date_of(text, "rebuilt", FRIDAY)["start"] != "2021-03-01"
    assert date_of(text, "injured", FRIDAY)["start"] == "2021-03-01"  # the scene before it holds
    # within the scene's reach too: a sentence with a time of its own between the line and the event
    scene = "Portvale, twenty nineteen. The mayor visited the quay. A fire guts the old cannery."
    assert date_of(scene, "guts", FRIDAY)["start"] == "2019-01-01"
    ended = "Portvale, twenty nineteen. Last week the mayor visited the quay. A fire guts the old cannery."
    assert date_of(ended, "guts", FRIDAY)["start"] != "2019-01-01"


def test_a_scene_reaches_three_sentences_at_most() -> None:
    text = "Portvale, twenty nineteen. A fire broke out. Crews came. Roads closed. A guard was hurt."
    assert date_of(text, "closed", FRIDAY)["start"] == "2019-01-01"
    assert date_of(text, "hurt", FRIDAY)["start"] != "2019-01-01"


def test_a_dateline_of_the_week_and_a_line_with_a_verb_set_no_scene() -> None:
    # a wire dateline names the report's day; a headline with a verb is a sentence like any other
    dateline = "Portvale, March 4. Firefighters battled a blaze at the cannery."
    assert date_of(dateline, "battled", FRIDAY)["likely"] == FRIDAY
    headline = "Fire returns to Portvale in 2019. A blaze guts the old cannery."
    assert date_of(headline, "guts", FRIDAY)["start"] != "2019-01-01"
    scene = "Portvale, March 2019. Firefighters battled a blaze at the cannery."
    assert date_of(scene, "battled", FRIDAY)["start"] == "2019-03-01"


def test_a_plan_after_a_scene_line_is_not_dated_by_it() -> None:
    text = "Portvale, twenty nineteen. The mayor will rebuild the cannery. The old one burned."
    assert date_of(text, "rebuild", FRIDAY)["start"] != "2019-01-01"
    assert date_of(text, "burned", FRIDAY)["start"] == "2019-01-01"
