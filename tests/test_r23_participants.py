"""Round 23 (r23part, issue 12): who takes part in an act besides the ones its own phrases name: the
broker or host of two others' talks, the two sides of an offered mediation. Real knowledge base and
pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        # the subject of a verb of brokering whose object is the talks
        (
            "Norway brokered talks between the Chilean president and his Peruvian counterpart in Oslo "
            "on Tuesday.",
            "NOR",
        ),
        # a host's participle the parser hung inside the talks' "between" phrase
        (
            "Chile and Peru signed a fisheries accord during talks between the presidents of both countries "
            "hosted by Brazilian President Lula da Silva on Friday.",
            "BRA",
        ),
    ],
)
def test_the_broker_or_host_of_two_others_talks_takes_part(pipeline, text, broker):
    talks = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert countries_of(talks) == {"CHL", "PER", broker}


def test_an_observer_of_talks_takes_no_part(pipeline):
    talks = of_type(
        pipeline_events(pipeline, "Norway observed talks between Chile and Peru on Friday."), "CONSULT"
    )
    assert countries_of(talks) == {"CHL", "PER"}


# An invented story of a border dispute between Chile and Peru.
DISPUTE = """Fighting broke out between Chile and Peru on Monday.
Chile accused Peru of shelling its villages.
Peru accused Chile of firing first.
Chile said Peru had moved troops to the border.
Norway offers to mediate."""


def test_an_offered_mediation_is_between_the_storys_two_countries(pipeline):
    offer = of_type(pipeline_events(pipeline, DISPUTE), "AGREE")
    assert countries_of(offer, "source") == {"NOR"}
    assert countries_of(offer, "target") == {"CHL", "PER"}


def test_a_side_of_the_story_offering_mediation_is_no_mediator(pipeline):
    text = DISPUTE.replace("Norway offers to mediate.", "Chile offers to mediate.")
    offer = of_type(pipeline_events(pipeline, text), "AGREE")
    assert countries_of(offer, "target") == {"PER"}  # the story's other side alone, not both


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        # "the ships" names again the Peruvian ships of the sentence before
        (
            "Chile seized three Peruvian navy ships on Sunday. Chile claimed the ships violated the rules "
            "for crossing the channel.",
            "ACCUSE",
            "violated",
        ),
        # "the sailors" as the object of an act of force
        (
            "Four Peruvian sailors fled across the border on Friday. Chilean police detained the sailors on "
            "Sunday.",
            "COERCE",
            "detained",
        ),
    ],
)
def test_a_thing_named_again_keeps_its_demonym(pipeline, text, event_type, trigger):
    event = next(e for e in pipeline_events(pipeline, text) if e.type == event_type and trigger in e.trigger)
    assert "PER" in countries_of(event, "target")


def test_a_noun_named_again_beyond_reach_has_no_country(pipeline):
    text = (
        "Chile seized three Peruvian navy ships on Sunday. The ministry said so. Trade talks went on. "
        "Prices rose. Markets fell. Chile claimed the ships violated the rules for crossing the channel."
    )
    accusation = next(e for e in pipeline_events(pipeline, text) if "violated" in e.trigger)
    assert "PER" not in countries_of(accusation)
