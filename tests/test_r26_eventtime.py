"""Round 26 (r26etime, issue 11): what a story tells in the present after its lead began after the day
the story began, where the article names that day well before publication. Invented texts."""

from __future__ import annotations

from dating_support import date_of

from dateline.evaluation.dating_eval import label

FRIDAY = "2026-03-20"
SINCE_MARCH_3 = f"beginPoint=after2026-03-03before{FRIDAY}endPoint=after{FRIDAY}"

# a report of the day whose story began on a day it names two weeks back, and names that act again
STORY = (
    "Elbonia's president appealed for help on Friday, officials said. "
    "The foreign minister said talks with Ruritania had failed. "
    "The United Nations said it would send an envoy to the region. "
    "Ruritania invaded the border province on March 3, the ministry said. "
    "Neighbours have closed their airspace to Ruritanian planes. "
    "A naval blockade is designed to starve the army of fuel. "
    "The foreign minister has said the talks will resume. "
    "The crisis dominated a meeting of regional leaders. "
    "Aid workers said the invasion had emptied three towns."
)


def test_a_story_event_after_the_lead_began_after_the_founding_day() -> None:
    for word in ("closed", "starve"):
        found = date_of(STORY, word, FRIDAY)
        assert label(found) == SINCE_MARCH_3, word
        assert found["likely"] == FRIDAY  # the report's day, for daily counts and dedup


def test_a_lasting_state_of_the_story_began_after_the_founding_day() -> None:
    # a noun of a lasting state going on at the report, whatever the tense of its clause
    assert label(date_of(STORY, "crisis", FRIDAY)) == SINCE_MARCH_3
    lead = "The crisis dominated a meeting of regional leaders. " + STORY
    assert label(date_of(lead, "crisis", FRIDAY)) == f"beginPoint=before{FRIDAY}endPoint=after{FRIDAY}"


def test_the_lead_and_statements_keep_their_readings() -> None:
    # the lead tells the day's news; a verb of saying is dated as a statement is
    lead = "Ruritanian troops have shelled the capital of Elbonia. " + STORY
    assert label(date_of(lead, "shelled", FRIDAY)) == FRIDAY
    assert label(date_of(STORY, "said", FRIDAY, nth=4)) == FRIDAY
    # a speaker's own words: the first person tells them where the quote marks do not
    spoken = STORY + " We have closed our embassy, the minister said."
    assert label(date_of(spoken, "closed", FRIDAY, nth=1)) == FRIDAY
    # the same perfect past the lead is part of the story
    later = STORY + " Ruritanian troops have shelled the capital of Elbonia."
    assert label(date_of(later, "shelled", FRIDAY)) == SINCE_MARCH_3


def test_a_day_told_once_of_something_else_founds_nothing() -> None:
    # the invasion's day is not named again by a word of its stem: a day of the background
    once = STORY.replace("Aid workers said the invasion had emptied three towns.", "Aid workers left.")
    assert label(date_of(once, "closed", FRIDAY)) == FRIDAY
    assert label(date_of(STORY, "closed", FRIDAY)) == SINCE_MARCH_3


def test_a_since_opens_the_story() -> None:
    text = (
        "Elbonia's president appealed for help on Friday, officials said. "
        "The foreign minister said talks with Ruritania had failed. "
        "The United Nations said it would send an envoy to the region. "
        "Elbonia has been under a blockade since the March 3 raid on its ports. "
        "Neighbours have closed their airspace to Ruritanian planes."
    )
    assert label(date_of(text, "closed", FRIDAY)) == SINCE_MARCH_3


def test_a_day_of_the_week_before_founds_nothing() -> None:
    # a day of this week's story may be followed by more of the same: no founding day
    recent = STORY.replace("on March 3", "on March 16")
    assert label(date_of(recent, "closed", FRIDAY)) == FRIDAY
    earlier = STORY.replace("on March 3", "on March 12")  # eight days back
    assert label(date_of(earlier, "closed", FRIDAY)).startswith("beginPoint=after2026-03-12")
