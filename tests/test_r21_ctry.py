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
            "Talks between the Sudanese army and the Rapid Support Forces began in Jeddah on Saturday.",
            {"SDN", "SAU"},
        ),
        (
            "The African Union invited the Ethiopian government and the Tigrayan rebels to peace talks in "
            "South Africa next week.",
            {"ETH", "ZAF"},
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
        "Saudi Arabia and the United States confirmed that talks between the Sudanese army and the Rapid "
        "Support Forces would start on Saturday."
    )
    assert countries_of(of_type(pipeline_events(pipeline, text), "CONSULT")) == {"SDN", "SAU", "USA"}


# A story of Russia's call with the United States that names Ukraine as often as the United States (and
# all three in its first sentence): the call's pair, joined by "and", is whom the story is between, so a
# proposal made during the call is put to Russia (before, no pair was clear and it had no target).
CALL_STORY = """Russian President Vladimir Putin agreed to pause strikes on Ukraine's energy plants \
during a call with US President Donald Trump, the Kremlin said on Tuesday.
Officials said Russia had hit two power stations overnight.
Russia said Ukraine had attacked a fuel depot in the south.
The call between Putin and Trump lasted two hours.
Ukraine said it would study the offer.
Trump called for a lasting peace.
"During the conversation, Trump proposed a halt of thirty days to strikes on energy facilities," \
the Kremlin said."""


def test_a_second_country_tied_with_a_third_is_the_one_named_with_the_first(pipeline):
    events = pipeline_events(pipeline, CALL_STORY, published="2024-03-19")
    proposal = next(e for e in events if e.type == "REQUEST" and e.trigger == "proposed")
    assert countries_of(proposal, "target") == {"RUS"}
