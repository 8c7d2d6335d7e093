"""Round 18 (r18recall, issue 12): gold events the development sets missed because their clause names
the pair only as "they", "the leaders", "the countries". An act a pair makes together (AGREE,
COOPERATE, SUPPORT) told that way, or any act a pair subject does to "each other", takes the parties of
the story's latest encounter naming two countries (a meeting, call or visit), as participants. The
coder runs over real parses with hand-built actor mentions of two invented states, so that no resolver
names the group; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import NRL, SDR, TWO_STATES, coder_for

from dateline.events.detect import detect, load_lexicon
from dateline.events.story import joint_act
from dateline.records import EventMention


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, TWO_STATES)


def _of(events: list[EventMention], event_type: str) -> list[EventMention]:
    return [e for e in events if e.type == event_type]


def _countries(event: EventMention) -> set[str | None]:
    return {ea.actor.country for ea in event.actors}


# (text, the type asked of its last sentence, whether that sentence yields it with both states as its
# participants: the pair of the encounter told before)
CASES = [
    (
        "Vale met Korr in the capital on Monday. The visit was his first. "
        "The leaders also agreed to a joint river patrol.",
        "AGREE",
        True,
    ),
    (
        "Vale held talks with Korr on Monday. The talks lasted three hours. "
        "They also committed to close coordination on trade.",
        "AGREE",
        True,
    ),
    (
        "Vale spoke with Korr by phone on Monday. The call lasted an hour. "
        "Both sides agreed to begin negotiations on a new treaty.",
        "AGREE",
        True,
    ),
    (
        "Norland and Sudria held talks in the capital. The talks ended on Tuesday. "
        "The countries blamed each other for the failure.",
        "ACCUSE",
        True,
    ),
    # no encounter told before: whose leaders, the story does not say
    (
        "Prices rose in Norland on Monday. Sudria reported strong exports. "
        "The leaders also agreed to a joint river patrol.",
        "AGREE",
        False,
    ),
    # an act a pair subject does to someone else, not to each other
    (
        "Vale met Korr in the capital on Monday. The meeting lasted an hour. "
        "They also condemned the attack on the embassy.",
        "ACCUSE",
        False,
    ),
    # an encounter of one state only establishes no pair
    (
        "Vale met the farmers of Norland on Monday. The meeting lasted an hour. "
        "They agreed to a new price for grain.",
        "AGREE",
        False,
    ),
]


@pytest.mark.parametrize(("text", "event_type", "expected"), CASES)
def test_a_pair_named_only_as_a_pair_is_the_encounters(code, text, event_type, expected):
    last = text.rindex(". ") + 2
    found = [e for e in _of(code(text), event_type) if e.sentence_start >= last]
    paired = [
        e
        for e in found
        if {NRL.country, SDR.country} <= _countries(e) and all(ea.side == "participant" for ea in e.actors)
    ]
    assert bool(paired) is expected
    if not expected:
        assert not found


@pytest.mark.parametrize(
    ("sentence", "lemma", "expected"),
    [
        ("The leaders also agreed to a joint river patrol.", "agree", True),
        ("It was agreed to open talks on the dam.", "agree", False),  # nobody named: joined another accord
        ("The request will be accepted.", "accept", False),
        ("The countries blamed each other.", "blame", True),
        ("The countries blamed the rebels.", "blame", False),
        ("Norland and Sudria agreed to a truce.", "agree", False),  # named: the resolver's
    ],
)
def test_joint_act(nlp, sentence, lemma, expected):
    sent = next(iter(nlp(sentence).sents))
    trigger = next(t for t in detect(sent, load_lexicon()) if t.anchor.lemma_ == lemma)
    assert joint_act(trigger, trigger.type) is expected
