"""Round 9 (issue 12): relative clauses that describe a noun are no events of the story
(`aspect.backdrop`): one in the perfect, and the terms of a plan told under "would". The same acts
with a date of their own or in a clause of their own stay events.

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
