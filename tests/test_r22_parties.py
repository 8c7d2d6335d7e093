"""Round 22 (r22coord, issue 12): who the parties of an act are when the text names them in a
construction the actor rules read as fewer parties. Real knowledge base and pipeline; the sentences
are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The leaders of North and South Korea met in the border village on Friday.", "CONSULT"),
        ("Envoys of North and South Korea signed a declaration on Tuesday.", "SUPPORT"),
    ],
)
def test_a_word_joined_to_a_country_sharing_its_head_is_a_country_too(pipeline, text, event_type):
    event = of_type(pipeline_events(pipeline, text), event_type)
    assert {"PRK", "KOR"} <= countries_of(event)


def test_a_word_whose_shared_head_names_no_country_adds_none(pipeline):
    text = "The leaders of Japan and South Korea met on Friday."
    event = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert countries_of(event) == {"JPN", "KOR"}


@pytest.mark.parametrize(
    "text",
    [
        "Chad expelled 12 Gabonese diplomats on Friday after saying that two alleged Gabonese spies accused "
        "of a poisoning in Niger in 2019 were behind a deadly blast.",
        "Two Gabonese agents were suspected of the poisoning in Niger in 2019, officials said.",
    ],
)
def test_the_one_charged_with_an_act_does_it(pipeline, text):
    events = pipeline_events(pipeline, text)
    poisoning = next(e for e in events if e.type == "ASSAULT" and "poisoning" in e.trigger)
    assert countries_of(poisoning, "source") == {"GAB"}
    assert countries_of(poisoning, "target") == {"NER"}
