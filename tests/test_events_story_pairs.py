"""The pair a story established for an encounter, given to its reports that name one side (issue 12,
round 15, `events/story.py`): a report of the meeting naming one side's delegation only takes the
other side, and dedup joins it to the meeting; a report dated to another occasion takes that
occasion's pair; a meeting not referred back to ("a meeting"), one with a counterpart of its own, one
side's joint act, a story of two pairs on one day and a sentence naming a third country keep their own
actors. Through the full
pipeline (spaCy, the real knowledge base) and the real dedup; the sentences are invented."""

from __future__ import annotations

from dateline.dedup import merge
from dateline.pipeline import Pipeline
from dateline.records import EventMention, RawDocument

LEAD = "US President Joe Biden met Chinese President Xi Jinping near San Francisco on Wednesday. "
JOINED = (
    "Secretary of State Antony Blinken and Treasury Secretary Janet Yellen joined Biden during the meeting, "
    "which took place at a country estate."
)


def _events(pipeline: Pipeline, text: str) -> list[EventMention]:
    raw = RawDocument(source="test", id="t", text=text, published="2024-03-15")
    return pipeline.process(raw).events


def _one(events: list[EventMention], trigger: str) -> EventMention:
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def _countries(event: EventMention) -> set[str]:
    return {ea.actor.country for ea in event.actors if ea.actor.country}


def test_a_report_naming_one_side_takes_the_pair_and_joins_the_meeting(pipeline):
    events = _events(pipeline, LEAD + "The talks lasted four hours. " + JOINED)
    meeting = _one(events, "meeting")
    assert _countries(meeting) == {"USA", "CHN"}
    assert "Xi Jinping" in {ea.actor.name for ea in meeting.actors}
    (joined,) = [e for e in merge(events) if e.type == "CONSULT"]
    assert len(joined.mentions) == 2


def test_the_pair_of_the_occasion_its_date_gives(pipeline):
    text = LEAD + "Biden met Mexican President Andres Manuel Lopez Obrador on Friday. " + JOINED
    meeting = _one(_events(pipeline, text), "meeting")
    assert _countries(meeting) == {"USA", "MEX"}  # dated to Friday by the narrative: that meeting's pair


def test_two_pairs_on_one_day_establish_none(pipeline):
    text = LEAD + "Biden met Mexican President Andres Manuel Lopez Obrador on Wednesday. " + JOINED
    assert _countries(_one(_events(pipeline, text), "meeting")) == {"USA"}


def test_an_act_with_a_counterpart_of_its_own_keeps_its_side(pipeline):
    text = (
        LEAD + "The talks lasted four hours. Secretary of State Antony Blinken and Treasury Secretary Janet "
        "Yellen joined Biden during the meeting with Governor Gavin Newsom."
    )
    (own,) = [e for e in _events(pipeline, text) if "Janet Yellen" in {ea.actor.name for ea in e.actors}]
    assert "CHN" not in _countries(own)


def test_a_report_told_afresh_is_left_to_the_sentence(pipeline):
    afresh = JOINED.replace("the meeting, which took place", "a meeting")
    text = LEAD + "The talks lasted four hours. " + afresh
    own = _one(_events(pipeline, text), "meeting")
    assert _countries(own) == {"USA"}  # "a meeting": not the encounter told before


def test_one_sides_joint_act_is_not_the_pairs(pipeline):
    text = (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on "
        "Thursday. Officials described the atmosphere as warm. Kishida and his foreign minister Yoshimasa "
        "Hayashi also held talks on the budget."
    )
    (talks,) = [
        e for e in _events(pipeline, text) if "Yoshimasa Hayashi" in {ea.actor.name for ea in e.actors}
    ]
    assert _countries(talks) == {"JPN"}


def test_a_sentence_naming_a_third_country_is_left(pipeline):
    text = (
        LEAD + "The talks lasted four hours. Blinken and Yellen joined Biden during the meeting, as did "
        "Canadian Prime Minister Justin Trudeau."
    )
    meeting = _one(_events(pipeline, text), "meeting")
    assert "CHN" not in _countries(meeting)
