"""Round 31 second wave (r31speech): a stance a speaker only dwells on is no act. A commitment or support
named as the object of stress, emphasise, highlight, underscore or underline ("stressed Peru's commitment
to the region"), or a party's stance named inside another noun's phrase ("a demonstration of Peru's
commitment", "no faith in Peru's commitment"), describes a standing state; the gold codes none. A stance
renewed or voiced ("reaffirmed their commitment", "expressed support for", "thanked Peru for its
support") stays an act. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events

# (sentence, the type of the event that is not there, its trigger's head word)
DWELT_ON = [
    ("Peru's president stressed Peru's commitment to supporting regional trade and strengthening "
     "the Andean Community.", "AGREE", "commitment"),
    ("The Chilean president emphasised Chile's unwavering support for Peru's sovereignty.", "SUPPORT",
     "support"),
    ("The Peruvian president highlighted Peru's support for both nations during the visit.", "SUPPORT",
     "support"),
    ("Chile's foreign minister underscored Chile's commitment to the defence of Peru.", "SUPPORT",
     "commitment"),
    # named inside another noun's phrase (non_events.stance_described)
    ("The ministry called the naval drills a clear demonstration of Peru's unwavering commitment to "
     "protect its waters against all intruders.", "AGREE", "commitment"),
    ("Officials described the patrols as a clear demonstration of Peru's unwavering commitment to its "
     "security.", "SUPPORT", "commitment"),
    ("Chile saw the drills as a sign of Peru's commitment to defend its coast.", "AGREE", "commitment"),
    ("Chile said it had no faith in the Peruvian government's commitment to keep its diplomats safe.",
     "AGREE", "commitment"),
]  # fmt: skip

# (sentence, the type of the event that stays, its trigger's head word)
VOICED = [
    ("Peru and Chile reaffirmed their commitment to closer trade on Monday.", "AGREE", "commitment"),
    ("The Chilean president expressed strong support for Peru's efforts to end the dispute.", "SUPPORT",
     "support"),
    ("Chile's foreign minister reaffirmed Chile's commitment to the defence of Peru.", "SUPPORT",
     "commitment"),
    ("The Chilean president thanked Peru for its support during the floods.", "SUPPORT", "thanked"),
]  # fmt: skip


def _heads(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.split()[-1]) for e in pipeline_events(pipeline, text + "\n")]


@pytest.mark.parametrize(("text", "kind", "word"), DWELT_ON)
def test_a_stance_dwelt_on_is_no_act(pipeline, text, kind, word):
    assert (kind, word) not in _heads(pipeline, text)


@pytest.mark.parametrize(("text", "kind", "word"), VOICED)
def test_a_stance_voiced_stays(pipeline, text, kind, word):
    assert (kind, word) in _heads(pipeline, text)
