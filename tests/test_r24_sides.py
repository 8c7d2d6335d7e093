"""Round 24 (r24side, issue 12): the side a report leaves implied, taken from the article's own pair of
countries: the place a lead's traveller went to, the host of a guest welcomed by someone the resolver
does not know, the doer of force or a seizure a state organ underwent. Real knowledge base and
pipeline; the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events

VISIT = """The Chilean president arrived in Peru on Monday for a state visit.
He is the first Chilean leader to visit since the border treaty was signed."""


def test_a_visit_named_from_the_guests_side_goes_to_the_place_the_lead_names(pipeline):
    events = [e for e in pipeline_events(pipeline, VISIT) if e.trigger == "visit" and e.type == "CONSULT"]
    assert events, pipeline_events(pipeline, VISIT)
    assert countries_of(events[-1], "source") == {"CHL"}
    assert countries_of(events[-1], "target") == {"PER"}


def test_a_lead_naming_a_place_but_no_journey_makes_no_pair(pipeline):
    text = VISIT.replace("arrived in Peru on Monday for a state visit", "spoke in Lima on Monday about trade")
    events = [e for e in pipeline_events(pipeline, text) if e.trigger == "visit" and e.type == "CONSULT"]
    assert events and all(countries_of(e) == {"CHL"} for e in events)


# An invented story between Chile and Peru, then a guest welcomed by a host the resolver does not know.
ACCORD = """Chile and Peru signed a trade accord on Monday.
Chile said Peru would cut its tariffs.
Peru said Chile would open its ports.
The chairman of the standing committee, Tomas Ferreyra, welcomed the Chilean president on Tuesday."""


def test_a_guest_welcomed_by_an_unresolved_host_visits_the_storys_other_country(pipeline):
    events = [e for e in pipeline_events(pipeline, ACCORD) if e.trigger == "welcomed"]
    assert events and events[0].type == "CONSULT" and events[0].mode == "visit"
    assert countries_of(events[0], "source") == {"CHL"}
    assert countries_of(events[0], "target") == {"PER"}


DISPUTE = """Fighting broke out between Chile and Peru on Monday.
Chile accused Peru of shelling its villages.
Peru accused Chile of firing first.
Chile said Peru had moved troops to the border.
"""


def test_an_arrest_a_state_organ_underwent_without_a_doer_is_the_other_sides(pipeline):
    text = DISPUTE + "Two Peruvian soldiers were arrested near the border on Sunday."
    arrest = of_type(pipeline_events(pipeline, text), "COERCE")
    assert countries_of(arrest, "target") == {"PER"}
    assert countries_of(arrest, "source") == {"CHL"}


def test_the_population_at_large_harmed_without_a_doer_takes_no_side(pipeline):
    text = DISPUTE + "Thirty people were killed near the border on Sunday."
    killed = [e for e in pipeline_events(pipeline, text) if e.trigger == "killed"]
    assert killed and all(not countries_of(e, "source") - {None} for e in killed)


# An invented story between Chile and Peru, where "the government" acts on one of them.
EXPULSION = """Chile has cut diplomatic ties with Peru, accusing it of interference.
The government ordered Peruvian diplomats to leave within two days.
"""


def test_a_bare_government_doing_something_to_one_side_is_the_others(pipeline):
    text = EXPULSION + "The government also accused Peru of spreading lies."
    accused = [e for e in pipeline_events(pipeline, text) if e.trigger == "accused"]
    assert accused and countries_of(accused[0], "target") == {"PER"}
    assert countries_of(accused[0], "source") == {"CHL"}


def test_a_court_acting_on_one_side_stays_apart(pipeline):
    text = EXPULSION + "A court opened a probe into Peru's envoy."
    probes = [e for e in pipeline_events(pipeline, text) if "probe" in e.trigger]
    assert probes and all("CHL" not in countries_of(e, "source") for e in probes)
