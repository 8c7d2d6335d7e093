"""Round 21 (r21ctry, issue 12): who takes part in talks held abroad (the host, the states that convene
them), and whom a story of one country's call with another is between when a third is named as often.
Real knowledge base and pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the parties of one state's conflict meet abroad: the venue's state hosts them
        (
            "Talks between the Chadian army and the Chadian rebels began in Lisbon on Saturday.",
            {"TCD", "PRT"},
        ),
        (
            "The African Union invited the Chadian government and the Chadian rebels to peace talks in "
            "Senegal next week.",
            {"TCD", "SEN"},
        ),
        # one named party's talks abroad, the place on the noun of a light verb
        ("The Indian foreign minister held talks in Tokyo on Monday.", {"IND", "JPN"}),
    ],
)
def test_the_state_that_hosts_talks_held_abroad_takes_part(pipeline, text, countries):
    assert countries_of(of_type(pipeline_events(pipeline, text), "CONSULT")) - {None} == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a pair meeting on a third state's soil: the pair's meeting
        ("The Indian foreign minister met the Russian foreign minister in Tokyo on Monday.", {"IND", "RUS"}),
        # a gathering's place: the encounter on its sidelines is not the host's
        (
            "The Indian foreign minister held talks on the sidelines of the summit in Tokyo on Monday.",
            {"IND"},
        ),
        # a seat of international bodies hosts the body, not its state
        ("The Serbian president and the Kosovo prime minister met in Brussels on Monday.", {"SRB", "XKX"}),
    ],
)
def test_a_venue_that_hosts_no_one(pipeline, text, countries):
    assert countries_of(of_type(pipeline_events(pipeline, text), "CONSULT")) == countries


def test_the_states_that_confirm_talks_between_others_convene_them(pipeline):
    text = (
        "Norway and Brazil confirmed that talks between the Chadian army and the Chadian rebels would start "
        "on Saturday."
    )
    assert countries_of(of_type(pipeline_events(pipeline, text), "CONSULT")) == {"TCD", "NOR", "BRA"}


# An invented story of Azerbaijan's call with France that names Armenia as often as France (and all
# three in its first sentence): the call's pair, joined by "and", is whom the story is between, so a
# proposal made during the call is put to Azerbaijan (before, no pair was clear and it had no target).
CALL_STORY = """Azerbaijani President Ilham Aliyev agreed to pause strikes on Armenia's border posts \
during a call with French President Emmanuel Macron, Baku said on Tuesday.
Officials said Azerbaijan had shelled two villages overnight.
Azerbaijan said Armenia had attacked an army depot in the north.
The call between Aliyev and Macron lasted two hours.
Armenia said it would study the offer.
Macron called for a lasting peace.
"During the conversation, Macron proposed a halt of forty days to strikes on border posts," \
Baku said."""


def test_a_second_country_tied_with_a_third_is_the_one_named_with_the_first(pipeline):
    events = pipeline_events(pipeline, CALL_STORY, published="2024-03-19")
    proposal = next(e for e in events if e.type == "REQUEST" and e.trigger == "proposed")
    assert countries_of(proposal, "target") == {"AZE"}
