"""Round 31 (issue 12, r31missed): gold events the coder missed, by construction. A necessity a named
speaker states for another party to act ("stressed the need for Y to comply") is a demand on that party,
as "X said Y must comply" already was (`demands._needed_of`). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events

# An article's first sentence (no event of the tested types in it), so the sentence under test is not
# its headline.
LEAD = "Peru and Chile held talks in Lima on Thursday.\n\n"

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
    events = pipeline_events(pipeline, LEAD + sentence + "\n")
    return [e for e in events if e.sentence_start >= len(LEAD) and e.type == "REQUEST"]


@pytest.mark.parametrize(("sentence", "speaker", "asked"), DEMANDS)
def test_a_stated_need_for_another_party_to_act_is_a_demand_on_it(pipeline, sentence, speaker, asked):
    found = [(countries_of(e, "source"), countries_of(e, "target")) for e in _requests(pipeline, sentence)]
    assert any(speaker in s and asked in t for s, t in found), (sentence, found)


@pytest.mark.parametrize("sentence", NO_DEMANDS)
def test_a_need_nobody_lays_on_a_party_is_no_demand(pipeline, sentence):
    assert _requests(pipeline, sentence) == [], sentence
