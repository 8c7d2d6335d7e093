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


# --- a warning of the warner's own act is a threat; a forecast is none ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned that it would close the Strait of Hormuz.",
        "Ankara warned it will intervene in Sinjar if the militants stay.",
        "The governor of Lagos warned the marchers that the police might use force.",
    ],
)
def test_a_warning_of_ones_own_act_is_a_threat(pipeline, text):
    assert "THREATEN" in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The IMF warned that the Kenyan economy would slow next year.",
        "The World Bank warned that it would take years to rebuild Gaza.",
    ],
)
def test_a_warning_that_foresees_a_state_is_no_threat(pipeline, text):
    assert "THREATEN" not in types_of(pipeline_events(pipeline, text)), text


# --- a protest's participial demand is its content -------------------------------------------------------


def test_a_march_demanding_something_is_one_protest(pipeline):
    text = "Opposition supporters marched through Dhaka demanding the resignation of the prime minister."
    assert types_of(pipeline_events(pipeline, text)) == {"PROTEST"}


def test_a_speaker_calling_for_calm_still_requests_it(pipeline):
    text = "The Kenyan president spoke in Nairobi, calling for calm."
    assert "REQUEST" in types_of(pipeline_events(pipeline, text))


# --- forces pledged are promised aid; forces vowed against someone a threat -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger, Chad and Mali pledged to send troops to the regional force.", "AGREE"),
        ("Ethiopia vowed to deploy troops to the border with Eritrea.", "THREATEN"),
        ("Kabul promised to send more troops against the Taliban.", "THREATEN"),
    ],
)
def test_forces_promised_are_aid_unless_sent_against_someone(pipeline, text, expected):
    events = pipeline_events(pipeline, text)
    assert expected in types_of(events), text
    assert len(types_of(events) & {"AGREE", "THREATEN"}) == 1, text


# --- in a wire item, the act that dates the reported one is not its news ---------------------------------


@pytest.mark.parametrize(
    ("text", "news", "earlier"),
    [
        (
            "Washington has provided $2 billion in aid to Kyiv since Moscow launched its invasion.",
            "AID",
            "ASSAULT",
        ),
        (
            "Mexico suspended diplomatic relations with Ecuador following the raid on its embassy.",
            "SANCTION",
            "ASSAULT",
        ),
    ],
)
def test_a_wire_item_reports_its_main_act_not_the_one_that_dates_it(pipeline, text, news, earlier):
    types = types_of(pipeline_events(pipeline, text))
    assert news in types and earlier not in types, text


def test_an_act_told_only_in_a_clause_of_sequence_is_kept(pipeline):
    text = "Six soldiers died in Mali after militants attacked their convoy."
    assert "ASSAULT" in types_of(pipeline_events(pipeline, text))


def test_a_wire_item_reports_the_release_not_the_kidnapping_that_describes_its_captives(pipeline):
    text = "Boko Haram freed twenty of the Nigerian schoolgirls it kidnapped in Chibok."
    types = types_of(pipeline_events(pipeline, text))
    assert "RETREAT" in types and "ASSAULT" not in types


# --- storming or occupying done by protesters is a protest (CAMEO 145 / 144) -------------------------------


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Crowds stormed the Swedish embassy in Baghdad on Thursday.", "riot"),
        ("Student protesters occupied a university building in Belgrade.", "obstruct"),
    ],
)
def test_force_done_by_protesters_is_a_protest(pipeline, text, mode):
    events = pipeline_events(pipeline, text)
    assert of_type(events, "PROTEST").mode == mode, text
    assert not types_of(events) & {"ASSAULT", "COERCE"}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops stormed the Jenin refugee camp.", "ASSAULT"),
        ("Russian forces occupied the Zaporizhzhia nuclear plant.", "COERCE"),
    ],
)
def test_troops_storming_or_occupying_stay_force(pipeline, text, expected):
    types = types_of(pipeline_events(pipeline, text))
    assert expected in types and "PROTEST" not in types, text
