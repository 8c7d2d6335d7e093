"""Round 22 (r22part, issue 12): whom an accusation made in a participle is aimed at when its object
only refers back ("cut ties with X, accusing the country of ..."), and where a state's own envoy is
recalled from when the act does not say. Real knowledge base and pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a definite noun of a state refers back to the object of the act the participle hangs on
        (
            "Chile and Peru cut diplomatic ties with Bolivia on Monday, accusing the country of sheltering "
            "armed groups.",
            {"BOL"},
        ),
        # "it" does too
        ("Norway and Denmark cut diplomatic ties with Bolivia, accusing it of arming rebels.", {"BOL"}),
        # the referent is a party of the act noun the participle's verb governs ("sanctions on X")
        ("Japan imposed sanctions on Wagner last year, accusing it of looting gold mines in Mali.", {"RUS"}),
    ],
)
def test_a_participle_object_that_refers_back_is_the_governing_acts_target(pipeline, text, target):
    accusation = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(accusation, "target") == target


def test_a_participle_that_names_its_own_target_keeps_it(pipeline):
    text = "Chile cut diplomatic ties with Bolivia on Monday, accusing Peru of arming rebels."
    accusation = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(accusation, "target") == {"PER"}


# An invented story of Chad and Gabon: Chad expels Gabon's envoy, Gabon recalls its own.
RECALL_STORY = """Chad ordered the Gabonese ambassador to quit N'Djamena by Wednesday, officials said Monday.
The government of Chad said the envoy had insulted its president.
Gabon answered on Monday that it would recall its own ambassador in turn.
Relations between Gabon and Chad have worsened since the coup, officials in Chad said.
Gabon has hundreds of troops in Chad."""


def test_the_doers_own_envoy_is_recalled_from_the_storys_other_country(pipeline):
    events = pipeline_events(pipeline, RECALL_STORY)
    recall = next(e for e in events if e.type == "SANCTION" and "recall" in e.trigger)
    assert "TCD" in countries_of(recall, "target")


def test_another_states_envoy_is_no_recall_of_ones_own(pipeline):
    events = pipeline_events(pipeline, RECALL_STORY)
    expulsion = next(e for e in events if e.type == "SANCTION" and "ordered" in e.trigger)
    assert countries_of(expulsion) == {"TCD", "GAB"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Liberian-flagged tanker was seized near the coast on Friday, officials said.", "LBR"),
        ("Gunmen seized a Greek-owned ship off the coast on Friday.", "GRC"),
    ],
)
def test_a_thing_flagged_or_owned_in_a_country_is_that_countrys(pipeline, text, country):
    seizure = of_type(pipeline_events(pipeline, text), "COERCE")
    assert countries_of(seizure, "target") == {country}


def test_another_hyphened_participle_is_still_no_affiliation(pipeline):
    # "Chinese-made drones" are no act of China's: the participle keeps the old reading
    events = pipeline_events(pipeline, "Police in Kenya seized Chinese-made drones on Friday.")
    seizure = of_type(events, "COERCE")
    assert "CHN" not in countries_of(seizure)
