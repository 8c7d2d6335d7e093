"""Round 16 (r16miss, issue 12): gold events the development sets missed for want of a row. A time limit
set for a diplomat to leave is the expulsion (CAMEO ORDER - * DIPLOMAT (TO LEAVE), SANCTION expel); a
country taken off an export whitelist has its trade restricted (SANCTION); an envoy summoned "for
consultations" is called home (CAMEO RECALL - * AMBASSADOR, SANCTION withdraw), not a foreign envoy's
summons (ACCUSE); an act a speaker calls a breach of a norm ("the attack by X was a breach of our
sovereignty, the minister said") is that speaker's accusation of the act's doer, and a breach nobody is
said to claim makes no event. Through the full pipeline with the real knowledge base; the sentences are
invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped, countries_of, of_type, pipeline_events

# (sentence, the type it must hold, the type it must not)
ROWS = [
    # a deadline to leave given to a diplomat: an expulsion
    ("Chile on Tuesday gave the Peruvian ambassador 48 hours to leave the country.", "SANCTION", None),
    ("Chile has given Peruvian diplomats three days to leave the embassy in Santiago.", "SANCTION", None),
    ("The ministry imposed a Monday deadline for Peru's ambassador to leave Chile.", "SANCTION", None),
    ("The Chilean army gave residents 24 hours to leave the border town.", None, "SANCTION"),
    ("Chile gave Peru a week to respond to the proposal.", None, "SANCTION"),
    # a country taken off an export whitelist
    ("Chile removed Peru from its white list of trusted trading partners.", "SANCTION", None),
    ("In response, Peru took Chile off its export whitelist.", "SANCTION", None),
    ("Chile dropped Peru off the whitelist last month.", "SANCTION", None),
    ("The Chilean president removed the adviser from the White House guest list.", None, "SANCTION"),
    # an envoy summoned for consultations: recalled
    ("Chile summoned its ambassador to Lima for consultations on Monday.", "SANCTION", "ACCUSE"),
    ("Chile summoned the Peruvian ambassador to protest the border incident.", "ACCUSE", "SANCTION"),
    # a breach of a norm nobody is said to claim: no accusation
    ("Peru's violation of the treaty was regrettable.", None, "ACCUSE"),
    ("The incursion was a violation of international law.", None, "ACCUSE"),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), ROWS)
def test_a_missed_pattern_codes_its_type(pipeline, text, kept, dropped):
    assert_kept_and_dropped(pipeline, text, kept, dropped)


# (sentence, type, mode, source countries, a target country)
CODED = [
    # a deadline to leave: the host expels the envoy
    ("Chile gave the Peruvian ambassador 72 hours to leave the country.", "SANCTION", "expel", "CHL", "PER"),
    # an envoy summoned home for consultations: recalled from the host
    ("Chile summoned its ambassador to Lima for consultations.", "SANCTION", "withdraw", "CHL", "PER"),
    # an act a speaker calls a breach: the speaker accuses its doer
    (
        "The Chilean foreign minister said that the raid conducted by Peru inside Chilean territory was a "
        "serious breach of Chile's sovereignty.",
        "ACCUSE",
        "allege",
        "CHL",
        "PER",
    ),
    (
        "'The interference of Peru's government is a violation of our sovereignty,' Chile said.",
        "ACCUSE",
        "allege",
        "CHL",
        "PER",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "mode", "source", "target"), CODED)
def test_the_pattern_gives_the_act_its_sides(pipeline, text, event_type, mode, source, target):
    event = of_type(pipeline_events(pipeline, text), event_type)
    assert event.mode == mode
    assert countries_of(event, "source") == {source}
    assert target in countries_of(event, "target")
