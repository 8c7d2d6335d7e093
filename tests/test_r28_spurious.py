"""Round 28 (issue 12, r28spur): events that are no news of the article. One government's own body
meeting (its cabinet, its national security council or team, its defence council) is no consultation
between states; a joint meeting of two cabinets, a meeting of the United Nations Security Council and
talks with a foreign minister stay. Remarks reinforced by a speaker move no force. A live page's update
pointers and a video player's fallback line are boilerplate. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped

from dateline.clean.boilerplate import boilerplate_reason

# An article's first sentence, so the sentence under test is not read as its headline.
LEAD = "Peru accused Chile of spying on its navy on Thursday.\n\n"

# (sentence, the type of the event that is not there)
NOT_EVENTS = [
    # one state's own body meeting (non_events.own_body_meeting)
    ("Lima took the decision during a cabinet meeting that began at nine in the morning.", "CONSULT"),
    ("The Peruvian president will hold an emergency cabinet meeting this afternoon.", "CONSULT"),
    ("After an emergency meeting of its National Security Committee, Peru said it would respond to Chile.",
     "CONSULT"),
    ("Peru's national security council convened an emergency meeting on Sunday.", "CONSULT"),
    ("The Peruvian president has been briefed and is consulting with his national security team.",
     "CONSULT"),
    ("On Saturday the Peruvian leader said he was convening a defence council meeting on the border.",
     "CONSULT"),
    ("After meeting with members of his cabinet, the Peruvian president said he would address the "
     "nation.", "CONSULT"),
    # statements reinforced by a speaker move no force (the reinforce row of triggers.tsv)
    ("The remarks were reinforced by the Peruvian envoy on Monday.", "MOBILIZE"),
    ("Peru's claims were reinforced by its ambassador to Chile, who said the navy had been spied on.",
     "MOBILIZE"),
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
    # a cabinet minister is a person, not the body
    ("The Peruvian foreign minister held a meeting with the Chilean cabinet minister in Lima on Monday.",
     "CONSULT"),
    ("Chilean troops reinforced their positions on the border on Monday.", "MOBILIZE"),
]  # fmt: skip

# (line, the reason it is boilerplate; None: prose that stays)
LINES = [
    ("Follow along here with The Andean Herald for live updates on the summit.", "related headlines"),
    ("More updates on Andean Summit 2030", "related headlines"),
    ("Tap here to see other videos from our team. Try refreshing your browser, or Peru recalls its envoy "
     "to Chile Back to video", "video player"),
    ("More updates on the talks are expected later.", None),
    ("The minister said more updates on the talks would follow on Monday.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dropped"), NOT_EVENTS)
def test_no_event_where_nothing_is_news(pipeline, text, dropped):
    assert_kept_and_dropped(pipeline, LEAD + text + "\n", "ACCUSE", dropped)


@pytest.mark.parametrize(("text", "kept"), EVENTS)
def test_the_acts_stay(pipeline, text, kept):
    assert_kept_and_dropped(pipeline, LEAD + text + "\n", kept, None)


@pytest.mark.parametrize(("line", "reason"), LINES)
def test_page_furniture(line, reason):
    assert boilerplate_reason(line) == reason
