"""Participants named earlier in the article (issue: events on real news), through the full pipeline
with the real knowledge base: personal pronouns, "their" for the two people just named, the speaker of a
quote named only in the sentence before, and an event referred back to with its own date. The sentences
are invented.
"""

from __future__ import annotations

import pytest

from dateline.pipeline import Pipeline
from dateline.records import EventMention, RawDocument


def _events(pipeline: Pipeline, text: str) -> list[EventMention]:
    raw = RawDocument(source="test", id="t", text=text, published="2024-03-15")
    return pipeline.process(raw).events


def _names(event: EventMention, side: str | None = None) -> set[str]:
    return {ea.actor.name for ea in event.actors if side is None or ea.side == side}


def _of_type(events: list[EventMention], event_type: str, trigger: str = "") -> EventMention:
    found = [e for e in events if e.type == event_type and trigger in e.trigger]
    assert found, [(e.type, e.trigger, [ea.actor.name for ea in e.actors]) for e in events]
    return found[0]


def test_he_is_the_subject_of_the_sentence_before(pipeline):
    text = (
        "Kenyan President William Ruto received the Ugandan envoy at State House on Monday. "
        "He later urged Uganda to reopen the border crossing."
    )
    event = _of_type(_events(pipeline, text), "REQUEST")
    assert _names(event, "source") == {"William Ruto"}


def test_their_names_the_two_people_just_named_and_the_referred_event_keeps_its_date(pipeline):
    text = (
        "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Lima on Thursday. "
        "It was their first meeting since their last summit, in Bangkok in November 2022."
    )
    events = _events(pipeline, text)
    summit = _of_type(events, "CONSULT", "summit")
    assert _names(summit) == {"Fumio Kishida", "Xi Jinping"}
    assert summit.modality == "asserted" and summit.mode == "meet"  # a summit of two: a meeting
    assert (summit.date.start.isoformat(), summit.date.end.isoformat()) == ("2022-11-01", "2022-11-30")


def test_them_after_a_plural_group_is_that_group(pipeline):
    text = (
        "Chinese President Xi Jinping and Russian President Vladimir Putin spoke on Tuesday. "
        "Both leaders praised the 4 February call between them."
    )
    call = _of_type(_events(pipeline, text), "CONSULT", "call")
    assert _names(call) == {"Xi Jinping", "Vladimir Putin"}
    assert call.date.start is not None and call.date.start.isoformat() == "2024-02-04"


def test_a_first_person_quote_takes_the_speaker_of_the_sentence_before(pipeline):
    text = (
        "Pakistani Prime Minister Shehbaz Sharif told reporters on Monday that the talks had failed. "
        "\u201cWe will never accept these terms.\u201d"
    )
    event = _of_type(_events(pipeline, text), "REJECT")
    assert _names(event, "source") == {"Shehbaz Sharif"}


def test_a_quote_with_its_own_unresolved_speaker_borrows_nobody(pipeline):
    text = (
        "Pakistani Prime Minister Shehbaz Sharif told reporters on Monday that the talks had failed. "
        "\u201cWe will never accept these terms,\u201d a farmer told the crowd."
    )
    rejections = [e for e in _events(pipeline, text) if e.type == "REJECT"]
    # The farmer's own (an unnamed actor, actors/unnamed.py) or none; never Pakistan's.
    assert not any(ea.actor.country == "PAK" for e in rejections for ea in e.actors)


def test_their_after_an_unresolved_plural_is_left_alone(pipeline):
    text = (
        "Chinese President Xi Jinping met Russian President Vladimir Putin on Monday. "
        "Local farmers said their protest would continue."
    )
    protests = [e for e in _events(pipeline, text) if e.type == "PROTEST"]
    assert all("Xi Jinping" not in _names(e) for e in protests)


def test_an_object_pronoun_is_not_its_own_clause_subject(pipeline):
    text = (
        "British Foreign Secretary David Cameron arrived in Nairobi on Monday. "
        "Indian Foreign Minister S. Jaishankar met him on Tuesday."
    )
    event = _of_type(_events(pipeline, text), "CONSULT", "met")
    assert _names(event) == {"S. Jaishankar", "David Cameron"}


@pytest.mark.parametrize("title", ["The minister", "The foreign secretary"])
def test_a_bare_title_of_the_same_office_refers_back(pipeline, title):
    text = (
        "British Foreign Secretary David Cameron arrived in Nairobi on Monday. "
        f"{title} met Kenyan President William Ruto on Tuesday."
    )
    event = _of_type(_events(pipeline, text), "CONSULT", "met")
    assert _names(event, "source") == {"David Cameron"}


def test_the_two_heads_of_state_the_kremlin_and_beijing(pipeline):
    text = (
        "Kyrgyz President Sadyr Japarov spoke with Tajik President Emomali Rahmon on Friday. "
        "The two heads of state agreed to reopen the border. Beijing praised the two leaders."
    )
    events = _events(pipeline, text)
    assert _names(_of_type(events, "AGREE")) == {"Sadyr Japarov", "Emomali Rahmon"}
    praise = _of_type(events, "SUPPORT")
    assert {ea.actor.country for ea in praise.actors if ea.side == "source"} == {"CHN"}
    assert _names(praise, "target") == {"Sadyr Japarov", "Emomali Rahmon"}
