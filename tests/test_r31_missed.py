"""Round 31 (issue 12, r31missed): gold events the coder missed, by construction. A necessity a named
speaker states for another party to act ("stressed the need for Y to comply") is a demand on that party,
as "X said Y must comply" already was (`demands._needed_of`); and two PETRARCH-2 CAMEO verbs the lexicon
lacked: ties or visits "put on hold" are suspended (PUT - * INITIATE (ON HOLD), 160, SANCTION), and to
"question" a party's legitimacy, stability or results is to disapprove (QUESTION - * ASSERTION, 110,
ACCUSE). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events

# An article's first sentence (no event of the tested types in it), so the sentence under test is not
# its headline.
LEAD = "Peru and Chile held talks in Lima on Thursday.\n\n"


def _events(pipeline, sentence: str):
    return [e for e in pipeline_events(pipeline, LEAD + sentence + "\n") if e.sentence_start >= len(LEAD)]


# (sentence, the speaker's country, the country asked to act)
DEMANDS = [
    ("The Chilean foreign minister stressed the need for Peru to release the fishermen.", "CHL", "PER"),
    (
        "Chilean President Gabriel Boric underlined the importance of trade and the need for Peru to reopen "
        "its ports.",
        "CHL",
        "PER",
    ),
    (
        "Chile's foreign ministry emphasized the necessity for Bolivia to respect the border treaty.",
        "CHL",
        "BOL",
    ),
]

# A necessity nobody states, and a need with no one to act: no demand.
NO_DEMANDS = [
    "There is a need for Peru to release the fishermen, a Chilean analyst wrote.",
    "The Chilean foreign minister stressed the need for more aid to Peru.",
]


def _requests(pipeline, sentence: str):
    return [e for e in _events(pipeline, sentence) if e.type == "REQUEST"]


@pytest.mark.parametrize(("sentence", "speaker", "asked"), DEMANDS)
def test_a_stated_need_for_another_party_to_act_is_a_demand_on_it(pipeline, sentence, speaker, asked):
    found = [(countries_of(e, "source"), countries_of(e, "target")) for e in _requests(pipeline, sentence)]
    assert any(speaker in s and asked in t for s, t in found), (sentence, found)


@pytest.mark.parametrize("sentence", NO_DEMANDS)
def test_a_need_nobody_lays_on_a_party_is_no_demand(pipeline, sentence):
    assert _requests(pipeline, sentence) == [], sentence


# (sentence, type, mode, countries the event names at least; a sentence near the row that reports no such act)
ROWS = [
    (
        "Chile put all high-level visits to Peru on hold on Monday.",
        "SANCTION",
        "withdraw",
        {"CHL", "PER"},
        "The Chilean minister put the call on hold.",
    ),
    (
        "Chilean President Gabriel Boric questioned Peru's political stability on Monday.",
        "ACCUSE",
        "disapprove",
        {"CHL", "PER"},
        "Chilean police questioned the Peruvian suspects on Monday.",
    ),
    (
        "The Chilean foreign minister questioned the legitimacy of the Peruvian elections.",
        "ACCUSE",
        "disapprove",
        {"CHL", "PER"},
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "event_type", "mode", "countries", "near"), ROWS)
def test_a_cameo_verb_of_a_missed_event_is_a_trigger(pipeline, sentence, event_type, mode, countries, near):
    found = [(e.type, e.mode, countries_of(e)) for e in _events(pipeline, sentence)]
    assert any((t, m) == (event_type, mode) and countries <= c for t, m, c in found), (sentence, found)
    if near is not None:
        assert [e for e in _events(pipeline, near) if e.type == event_type] == [], near
