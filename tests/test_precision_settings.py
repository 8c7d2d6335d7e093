"""Round 8 (issue 12, precision): clauses that report no new event - an occasion already told used as
the setting of a clause, a goal aimed at, a summary of recent weeks, a gerund held up as a pretext.

Invented sentences; each case is one behaviour of a general rule, with its counterpart that stays news."""

from __future__ import annotations

import pytest
from coding_support import TWO_STATES, coder_for


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, TWO_STATES)


def test_an_occasion_told_before_is_the_setting_of_what_follows(code):
    text = "Vale met Korr in the capital. During the discussions, Norland and Sudria praised the truce."
    events = code(text)
    assert [e.trigger for e in events if e.type == "CONSULT"] == ["met"]


def test_a_demonstrative_occasion_frames_the_act_told_in_its_clause(code):
    events = code("At that meeting, Vale warned Korr about the consequences.")
    assert [e.type for e in events] == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "During a phone call on Monday, Vale told Korr that Norland would lift the tariffs.",
        "During the talks with Korr, Vale proposed a truce.",
        "Vale raised the matter at the meeting with Korr.",
    ],
)
def test_an_occasion_with_something_of_its_own_is_still_reported(code, text):
    assert any(e.type == "CONSULT" for e in code(text))


def test_a_goal_aimed_at_is_no_agreement(code):
    assert code("Vale hopes to learn how to proceed towards a final agreement with Sudria.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vale said Norland and Sudria have had very good talks over the last few weeks.",
        "Norland and Sudria have held talks lately.",
    ],
)
def test_a_perfect_over_recent_weeks_sums_up_no_single_event(code, text):
    assert code(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norland has been criticized over the last few weeks by Sudria.",
        "Norland troops have shelled villages in Sudria over the past month.",
    ],
)
def test_a_stance_or_a_conflict_over_recent_weeks_is_still_news(code, text):
    assert code(text)


def test_a_past_act_in_the_last_week_is_news(code):
    assert code("Norland expelled the envoy of Sudria in the last week.")


def test_a_light_verb_gerund_held_up_as_a_pretext_is_no_event(code):
    events = code("Norland closed the border under the pretext of expressing solidarity with Sudria.")
    assert [e.type for e in events] == ["SANCTION"]


def test_a_light_verb_gerund_as_the_means_is_still_news(code):
    events = code("Norland ended the feud by holding talks with Sudria on Monday.")
    assert "CONSULT" in {e.type for e in events}
