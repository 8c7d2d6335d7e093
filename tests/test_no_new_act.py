"""Round 9 (issue 12): text that reports no new act. Relative clauses that describe a noun
(`aspect.backdrop`: one in the perfect, the terms of a plan told under "would") are no events of the
story, while the same acts with a date of their own or in a clause of their own stay events; and a
verb that only says an act took place, beside a report of it that says how it was held, is the same
act told again (`restatements`).

Invented sentences; each case is one behaviour of a general rule."""

from __future__ import annotations

import pytest
from coding_support import TWO_STATES, coder_for


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, TWO_STATES)


def triggers(events) -> set[str]:
    return {e.trigger for e in events}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a relative clause in the perfect describes its noun
        ("The militia, which has attacked Sudria, declared a truce.", "attacked"),
        ("The blockade, which has led Norland to impose tariffs on Sudria, continued.", "impose tariffs"),
        # the terms of a plan: a relative clause under "would"
        ("Vale and Korr agreed a plan which would see Norland withdraw troops from Sudria.", "withdraw"),
        ("Vale and Korr agreed a plan which would see Norland deporting migrants to Sudria.", "deporting"),
    ],
)
def test_a_scene_setting_clause_is_no_event(code, text, word):
    assert word not in triggers(code(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a date of its own: an occasion referred back to
        ("Norland had sent troops to Sudria in March 2019.", "sent troops"),
        ("Korr, who had met Vale in June 2019, spoke to reporters.", "met"),
        # a past perfect of the main clause is an act referred back to
        ("Norland had expelled the envoy of Sudria.", "expelled the envoy"),
        # the simple past and the present perfect of the main clause are news
        ("Norland sent troops to Sudria.", "sent troops"),
        ("Norland has expelled the envoy of Sudria.", "expelled the envoy"),
        # a relative clause in the past tense is kept (dated by its own expression or by the story)
        ("Korr, who met Vale on Monday, spoke to reporters.", "met"),
    ],
)
def test_the_same_act_told_as_news_stays(code, text, word):
    assert word in triggers(code(text))


def test_the_plan_itself_is_still_coded(code):
    events = code("Vale and Korr agreed a plan which would see Norland withdraw troops from Sudria.")
    assert "AGREE" in {e.type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Vale and Korr met on Monday and discussed the border.",
        "Vale and Korr held a phone call, during which they discussed the border.",
    ],
)
def test_talks_told_again_beside_the_meeting_are_one_consultation(code, text):
    consultations = [e for e in code(text) if e.type == "CONSULT"]
    assert len(consultations) == 1
    assert consultations[0].mode in ("meet", "phone")


def test_talks_during_a_visit_stay_an_event_of_their_own(code):
    events = code("Vale flew to Sudria for a visit on Monday and discussed the border with Korr.")
    assert len([e for e in events if e.type == "CONSULT"]) == 2
