"""Round 10 participant class (events/participants.py `story_counterpart`): in a story between two
countries, an act told without its doer ("the diplomats were expelled", "its envoy was summoned") whose
one actor is what it was done to takes the story's other country as its doer; a doer named in a
"by"-phrase, a subject the resolver cannot place, or a third country in the sentence keep it open.
The sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import TWO_STATES, Names, coder_for, pipeline_events, sides_of

from dateline.records import Actor

STORY = (
    "Norway expelled three Icelandic diplomats on Monday. Iceland condemned Norway's decision. "
    "Norway accused Iceland of spying on its fisheries agency. "
)


def _last(pipeline, text: str, event_type: str) -> set[tuple[str, str | None]]:
    """(side, country) of the article's last event mention of that type."""
    found = [e for e in pipeline_events(pipeline, text) if e.type == event_type]
    assert found, [e.type for e in pipeline_events(pipeline, text)]
    return {(ea.side, ea.actor.country) for ea in found[-1].actors}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Two more Icelandic diplomats were expelled on Wednesday.", "SANCTION"),
        ("Iceland was accused of hiding the evidence.", "ACCUSE"),
    ],
)
def test_a_doerless_act_in_a_two_country_story_is_the_other_countrys(pipeline, sentence, event_type):
    sides = _last(pipeline, STORY + sentence, event_type)
    assert ("source", "NOR") in sides
    assert ("target", "ISL") in sides


def test_a_by_phrase_names_the_doer_itself(pipeline):
    sides = _last(pipeline, STORY + "Iceland was accused by Denmark of hiding the evidence.", "ACCUSE")
    assert ("source", "DNK") in sides
    assert ("source", "NOR") not in sides


def test_an_unplaced_subject_is_still_the_doer(pipeline):
    sides = _last(pipeline, STORY + "Fishermen accused Iceland of hiding the evidence.", "ACCUSE")
    assert "NOR" not in {country for _, country in sides}


# A state organ a resolver left without a country, in a story between Norland and Sudria.
MINISTRY = Actor(None, "Department of Foreign Affairs", None, "GOV", kind="organization")
ORGANS: Names = {**TWO_STATES, "the Department of Foreign Affairs": ((MINISTRY,), "alias")}
ORGAN_STORY = (
    "Norland expelled two Sudrian diplomats on Monday. Sudria condemned Norland. "
    "Norland accused Sudria of spying. "
)


def test_a_countryless_state_organ_acting_on_one_side_is_the_others(nlp):
    run = coder_for(nlp, ORGANS)
    text = (
        ORGAN_STORY
        + "The Department of Foreign Affairs summoned the Sudrian envoy and accused Sudria of lying."
    )
    accusation = [e for e in run(text) if e.type == "ACCUSE"][-1]
    assert sides_of(accusation) == {"source": {None, "NRL"}, "target": {"SDR"}}


def test_a_countryless_organ_beside_a_third_country_stays_countryless(nlp):
    names: Names = {**ORGANS, "Osterland": ((Actor("OST", "Osterland", "OST", "GOV"),), "country")}
    run = coder_for(nlp, names)
    text = ORGAN_STORY + "The Department of Foreign Affairs accused Sudria of lying to Osterland."
    accusation = [e for e in run(text) if e.type == "ACCUSE"][-1]
    assert "NRL" not in {ea.actor.country for ea in accusation.actors}
