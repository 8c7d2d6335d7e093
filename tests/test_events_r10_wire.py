"""Event types on wire items, round 10 (issue 12): a wire item's bare obligation is its speaker's demand
(obligations.py), physical assault verbs (PETRARCH-2 CAMEO.2.0 KILL, STAB and PHYSICAL_CONFLICT sets)
and warnings delivered (ISSUE / DELIVER - * WARNING, CAMEO 130). Real spaCy, the whole pipeline; the
sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

# --- a bare obligation in a wire item is a demand on its subject ----------------------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Serbia must hand over the suspects to the tribunal.", "SRB"),
        ("Kenya has to withdraw its police officers from Haiti.", "KEN"),
        ("Beijing needs to end its harassment of the fishing boats.", "CHN"),
        ("The Malian junta should release the detained ministers immediately.", "MLI"),
    ],
)
def test_a_bare_obligation_is_a_request_of_its_subject(pipeline, text, asked):
    events = pipeline_events(pipeline, text)
    request = of_type(events, "REQUEST")
    assert asked in {ea.actor.country for ea in request.actors if ea.side == "target"}, text
    assert request.modality == "asserted"
    assert "AGREE" not in types_of(events) and "RETREAT" not in types_of(events), text


def test_the_act_asked_for_gives_the_request_its_mode(pipeline):
    request = of_type(pipeline_events(pipeline, "Russia must withdraw its troops from Moldova."), "REQUEST")
    assert request.mode == "yield"


@pytest.mark.parametrize(
    "text",
    [
        "We must do more to protect the civilians of Darfur.",  # the speaker's own resolve
        "Steps must be taken to protect the civilians of Darfur.",  # nobody named must act
        "Diplomats must be allowed to travel freely in Sudan.",  # passive: who must allow, unsaid
        "Prices in Ghana must fall before the harvest.",  # no actor to ask
    ],
)
def test_resolve_passives_and_things_are_no_demand(pipeline, text):
    assert "REQUEST" not in types_of(pipeline_events(pipeline, text)), text


def test_in_a_longer_text_the_speaker_is_known_and_the_rule_is_silent(pipeline):
    text = (
        "The talks in Geneva ended on Monday without a deal. Delegates from Serbia and Kosovo left early. "
        "Serbia must hand over the suspects to the tribunal."
    )
    assert "REQUEST" not in types_of(pipeline_events(pipeline, text))


# --- physical assault (CAMEO 18x/190) ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iranian authorities hanged two protesters in Tehran on Thursday.",
        "A Kurdish activist was hanged in Tehran on Monday.",
        "Soldiers in Mali kicked and punched the prisoners.",
        "A man stabbed two police officers in Paris on Friday.",
        "Militants in Syria decapitated a Japanese hostage.",
        "A mob in Lahore lynched a man accused of blasphemy.",
    ],
)
def test_blows_and_killings_are_assaults(pipeline, text):
    assert "ASSAULT" in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters in London hung a banner from the bridge.",
        "High tariffs strangled the trade of Argentina with Brazil.",
        "The economy of Peru punches above its weight.",
    ],
)
def test_things_hung_strangled_or_punched_are_no_assault(pipeline, text):
    assert "ASSAULT" not in types_of(pipeline_events(pipeline, text)), text


# --- a warning delivered to a party is a threat (CAMEO 130) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "China issued a warning to the Philippines over the shoal on Monday.",
        "North Korea delivered a stern warning to South Korea on Tuesday.",
    ],
)
def test_a_warning_delivered_is_a_threat(pipeline, text):
    event = of_type(pipeline_events(pipeline, text), "THREATEN")
    assert len(countries_of(event) - {None}) == 2, text


def test_a_travel_warning_is_no_threat(pipeline):
    assert "THREATEN" not in types_of(pipeline_events(pipeline, "Britain issued a travel warning for Kenya."))
