"""Round 28 (r28dated): the day a statement was put out ("in a statement released on Monday", "The
statement issued on Monday said") dates the words it carries, as "in a statement on Monday" does.
Every sentence is invented; the report is published on Tuesday 18 March 2031."""

from __future__ import annotations

import dateline

PUBLISHED = "2031-03-18"
MONDAY = "2031-03-17"
LEAD = "Elbonia expelled the Ruritanian envoy on Saturday. "


def _likely(sentence: str, trigger: str, lead: str = LEAD) -> str | None:
    text = lead + sentence
    start = text.index(trigger)
    return dateline.date_event(text, PUBLISHED, start, start + len(trigger))["likely"]


def test_a_statement_issued_on_a_day_dates_the_verb_its_phrase_hangs_on():
    for sentence, trigger in (
        ("In a statement released Monday morning, the presidency expressed regret.", "expressed"),
        ("The ministry condemned the expulsion in a statement issued on Monday.", "condemned"),
        ("Two soldiers were hurt, the army said in a press release issued early on Monday.", "said"),
        ("The minister rejected the claim, according to a message published yesterday.", "rejected"),
    ):
        assert _likely(sentence, trigger) == MONDAY, sentence


def test_the_statement_issued_on_a_day_that_says_dates_its_saying():
    assert _likely("The statement issued on Monday said the ministry regretted the move.", "said") == MONDAY


def test_a_participle_of_no_statement_or_a_present_verb_is_left_alone():
    # a place raided on Monday is no statement; a present call is read against the report, and a bare
    # weekday read in its direction would be next Monday
    assert _likely("The army condemned the attack in a village raided on Monday.", "condemned") == PUBLISHED
    present = "The two states call for a summit in a joint statement released on Monday."
    assert _likely(present, "call") == PUBLISHED


# --- a measured gap to an event noun or a gerund -----------------------------------------------------------

SUNDAY = "2031-03-16"
NO_DAY = "Elbonia cut ties with Ruritania. "  # a lead that names no day: the report's day is the story's
ARRIVED = "The break comes two days after the Ruritanian president arrived in Lakeport on a state visit."
FIRMED = "The meeting took place two days after Elbonia and Ruritania firmed up an agreement on patrols."
SUSPENDING = "Elbonia on Monday banned the imports, a day after suspending all fish purchases."
SUMMIT = "The two leaders signed a peace declaration, a day after a summit in the capital."


def test_an_event_noun_in_a_measured_clause_is_counted_from_the_clause_it_depends_on():
    # the visit and the agreement are the arrival's and the firming up's: two days before the report's day
    assert _likely(ARRIVED, "visit", NO_DAY) == SUNDAY
    assert _likely(FIRMED, "agreement", NO_DAY) == SUNDAY


def test_a_gerund_or_a_noun_measured_by_a_preposition_is_counted_from_the_verb_it_hangs_on():
    assert _likely(SUSPENDING, "suspending", NO_DAY) == SUNDAY  # a day before Monday
    assert _likely(SUMMIT, "summit", NO_DAY) == MONDAY  # a day before the signing, told on the report's day


def test_an_event_noun_of_the_clause_measured_from_keeps_its_own_reading():
    # the break is the report's news, not two days before it
    assert _likely(ARRIVED, "break", NO_DAY) == PUBLISHED
