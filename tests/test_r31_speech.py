"""Round 31 second wave (r31speech): a stance a speaker only dwells on is no act. A commitment or support
named as the object of stress, emphasise, highlight, underscore or underline ("stressed Peru's commitment
to the region") describes a standing state; the gold codes none. A stance renewed or voiced ("reaffirmed
their commitment", "expressed support for") stays an act. Every sentence is invented."""

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
]  # fmt: skip

# (sentence, the type of the event that stays, its trigger's head word)
VOICED = [
    ("Peru and Chile reaffirmed their commitment to closer trade on Monday.", "AGREE", "commitment"),
    ("The Chilean president expressed strong support for Peru's efforts to end the dispute.", "SUPPORT",
     "support"),
    ("Chile's foreign minister reaffirmed Chile's commitment to the defence of Peru.", "SUPPORT",
     "commitment"),
]  # fmt: skip


def _heads(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.split()[-1]) for e in pipeline_events(pipeline, text + "\n")]


@pytest.mark.parametrize(("text", "kind", "word"), DWELT_ON)
def test_a_stance_dwelt_on_is_no_act(pipeline, text, kind, word):
    assert (kind, word) not in _heads(pipeline, text)


@pytest.mark.parametrize(("text", "kind", "word"), VOICED)
def test_a_stance_voiced_stays(pipeline, text, kind, word):
    assert (kind, word) in _heads(pipeline, text)
