"""Round 28 (issue 12, r28spur): events that are no news of the article. One government's own body
meeting (its cabinet, its national security council or team, its defence council) is no consultation
between states; a joint meeting of two cabinets, a meeting of the United Nations Security Council and
talks with a foreign minister stay. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped

# An article's first sentence, so the sentence under test is not read as its headline.
LEAD = "Peru accused Chile of spying on its navy on Thursday.\n\n"

# (sentence, the type of the event that is not there)
NOT_EVENTS = [
    # one state's own body meeting (non_events.own_body_meeting)
    ("Lima took the decision during a cabinet meeting that began at nine in the morning.", "CONSULT"),
    ("The Peruvian president will hold an emergency cabinet meeting this afternoon.", "CONSULT"),
    ("Following an emergency meeting of its National Security Committee chaired by the prime minister, "
     "Peru announced it was closing its airspace to Chilean airlines.", "CONSULT"),
    ("Peru's national security council convened an emergency meeting on Sunday.", "CONSULT"),
    ("The Peruvian president has been briefed and is consulting with his national security team.",
     "CONSULT"),
    ("On Saturday the Peruvian leader said he was convening a defence council meeting on the border.",
     "CONSULT"),
    ("After meeting with members of his cabinet, the Peruvian president said he would address the "
     "nation.", "CONSULT"),
]  # fmt: skip

# (sentence, the type of its event, which stays)
EVENTS = [
    # two governments meeting, a body of states, a foreign guest
    ("The cabinets of Peru and Chile held a joint cabinet meeting in Lima on Monday.", "CONSULT"),
    ("The Peruvian president met the Chilean president, along with members of the cabinets of both "
     "countries, in Lima on Monday.", "CONSULT"),
    ("The United Nations Security Council held an emergency meeting on Peru and Chile on Monday.",
     "CONSULT"),
    ("The Peruvian foreign minister met his Chilean counterpart in Lima on Monday.", "CONSULT"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dropped"), NOT_EVENTS)
def test_no_event_where_nothing_is_news(pipeline, text, dropped):
    assert_kept_and_dropped(pipeline, LEAD + text + "\n", "ACCUSE", dropped)


@pytest.mark.parametrize(("text", "kept"), EVENTS)
def test_the_acts_stay(pipeline, text, kept):
    assert_kept_and_dropped(pipeline, LEAD + text + "\n", kept, None)
