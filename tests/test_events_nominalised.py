"""Acts named inside another act's phrase by the noun of their verb ("ordered the closure of the
consulate", "announced the restoration of ties"): the noun reads as its verb with its "of"-object as
the object. The sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

from dateline.events.nominalised import verbs_of


def test_nominalising_suffixes_give_the_verb():
    assert "restore" in verbs_of("restoration")
    assert "resume" in verbs_of("resumption")
    assert "suspend" in verbs_of("suspension")
    assert "close" in verbs_of("closure")
    assert "withdraw" in verbs_of("withdrawal")
    assert verbs_of("talk") == []


def test_the_closure_of_an_embassy_is_the_closing(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Uruguay ordered the closure of the Paraguayan consulate in Salto."),
        "SANCTION",
    )
    assert "URY" in countries_of(event, "source")


def test_the_restoration_of_ties_is_their_restoring(pipeline):
    events = pipeline_events(
        pipeline, "Morocco and Iran announced the restoration of full diplomatic relations on Friday."
    )
    event = of_type(events, "COOPERATE")  # round 27: relations restored are cooperation taken up again
    assert {"MAR", "IRN"} <= countries_of(event)


def test_a_nominal_without_an_act_object_is_no_event(pipeline):
    for text in (
        "Workers in Lisbon demanded the closure of the old quarry near the river.",
        "The restoration of the cathedral in Quito took four years.",
    ):
        assert not {"SANCTION", "SUPPORT"} & types_of(pipeline_events(pipeline, text)), text


def test_the_start_or_resumption_of_talks_is_the_talks(pipeline):
    for text in (
        "Armenia announced the resumption of talks with Azerbaijan on Monday.",
        "Armenia announced the start of negotiations with Azerbaijan on Monday.",
    ):
        event = of_type(pipeline_events(pipeline, text), "CONSULT")
        assert countries_of(event) >= {"ARM", "AZE"}, text


def test_the_launch_of_a_thing_is_no_act(pipeline):
    events = pipeline_events(pipeline, "The Armenian president announced the launch of a new website.")
    assert not events, [(e.type, e.trigger) for e in events]
