"""Round 30 (issue 12, r30missed): verbs of missed dev events that the trigger lexicon lacked, imported
from the PETRARCH-2 CAMEO verb dictionary with the PLOVER type its code maps to: a state quitting or
leaving a bloc or a cooperation format withdraws from it (QUIT set, 160), "interacted with" a
counterpart is a consultation (MEET_PEOPLE, 040), diplomats or forces "kicked out" are expelled (DEPORT
set, KICK_OUT), and flights or telephone links restored or resumed between two places are cooperation
(RESTART set, RESUME * FLIGHTS, 060). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events

# An article's first sentence (no event of the tested types in it), so the sentence under test is not
# its headline.
LEAD = "Peru and Chile held talks in Lima on Thursday.\n\n"

# (sentence, type, mode, countries the event names at least; a sentence near the row that reports no such act)
FOUND = [
    (
        "Chile has also quit the regional bloc, the ministry said on Monday.",
        "SANCTION",
        "withdraw",
        {"CHL"},
        "The Chilean minister left the alliance summit on Friday.",
    ),
    ("Chile left the military alliance on Friday.", "SANCTION", "withdraw", {"CHL"}, None),
    ("Chile quit the 5+1 format with Peru on Friday.", "SANCTION", "withdraw", {"CHL", "PER"}, None),
    (
        "The Chilean president interacted with his Peruvian counterpart on Monday.",
        "CONSULT",
        None,
        {"CHL", "PER"},
        "The two drugs interact in the body, Chilean doctors said on Monday.",
    ),
    (
        "Chile kicked out a Peruvian diplomat on Monday.",
        "SANCTION",
        "expel",
        {"CHL", "PER"},
        "The Chilean striker kicked out at the ball on Monday.",
    ),
    (
        "The Chilean junta kicked out the Peruvian forces last year.",
        "SANCTION",
        "expel",
        {"CHL", "PER"},
        None,
    ),
    (
        "A direct telephone connection between Chile and Peru was restored on Monday.",
        "COOPERATE",
        None,
        {"CHL", "PER"},
        "Chile said deportation flights from Peru had resumed on Monday.",
    ),
]


def _events(pipeline, sentence: str):
    return [e for e in pipeline_events(pipeline, LEAD + sentence + "\n") if e.sentence_start >= len(LEAD)]


@pytest.mark.parametrize(("sentence", "event_type", "mode", "countries", "near"), FOUND)
def test_a_cameo_verb_of_a_missed_event_is_a_trigger(pipeline, sentence, event_type, mode, countries, near):
    found = [(e.type, e.mode, countries_of(e)) for e in _events(pipeline, sentence)]
    assert any((t, m) == (event_type, mode) and countries <= c for t, m, c in found), (sentence, found)
    if near is not None:
        assert [e for e in _events(pipeline, near) if e.type == event_type] == [], near
