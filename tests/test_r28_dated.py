"""Round 28 (r28dated): the day a statement was put out ("in a statement released on Monday", "The
statement issued on Monday said") dates the words it carries, as "in a statement on Monday" does.
Every sentence is invented; the report is published on Tuesday 18 March 2031."""

from __future__ import annotations

import dateline

PUBLISHED = "2031-03-18"
MONDAY = "2031-03-17"
LEAD = "Elbonia expelled the Ruritanian envoy on Saturday. "


def _likely(sentence: str, trigger: str) -> str | None:
    text = LEAD + sentence
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
