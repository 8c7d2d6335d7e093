"""Round 26 (issue 12, r26spur): events that did not happen. A territory's recognition status, what a
law, a ruling or a principle allows, sanctions already in force named as what a ship breaks, a rejection
said not to have come, votes or cooperation "mobilised" or "reinforced", and an announcement released
are no events; the acts beside them stay. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of


def _types_of(pipeline, text: str) -> set[str]:
    return types_of(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Transnistria split from Moldova in 1990 but is not recognised internationally as a state.",
        "Transnistria has governed itself since 1990 but is not recognized by any other country as a state.",
    ],
)
def test_recognition_status_is_no_event(pipeline, text):
    assert "SUPPORT" not in _types_of(pipeline, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Chile recognised Transnistria as an independent state on Monday.", "SUPPORT"),
        ("The new government in Bolivia was recognised by Peru on Monday.", "SUPPORT"),
        ("Three Chilean diplomats have been recognised as persona non grata by Peru.", "SANCTION"),
        ("Peru did not recognise the new government in Bolivia on Monday.", "REJECT"),
    ],
)
def test_recognition_given_or_withheld_stays(pipeline, text, kept):
    assert kept in _types_of(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru expelled the envoy over a court ruling allowing the former general to run for office.",
        "Chile cut aid to Peru, citing a law that he says allows the seizure of farms.",
        "The border principle is a consensus accepted by all states and allows no challenge.",
    ],
)
def test_what_a_thing_allows_is_no_concession(pipeline, text):
    assert "CONCEDE" not in _types_of(pipeline, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Lithuania announced its decision to allow Chile to open an office in Vilnius.", "CONCEDE"),
        ("Peru will allow Chilean inspectors into the port on Monday.", "RETREAT"),
    ],
)
def test_a_state_letting_others_act_stays(pipeline, text, kept):
    assert kept in _types_of(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru seized a tanker carrying oil to Chile in breach of EU sanctions on Monday.",
        "The refinery belongs to a firm that is subject to European Union sanctions against Bolivia.",
        "Chile cannot resume joint projects with Peru due to US-led sanctions.",
        "The tanker was contravening sanctions imposed on Bolivia by Chile and Peru.",
    ],
)
def test_sanctions_in_force_are_no_sanction_imposed(pipeline, text):
    assert "SANCTION" not in _types_of(pipeline, text)


def test_sanctions_imposed_stay(pipeline):
    assert "SANCTION" in _types_of(pipeline, "Chile imposed sanctions on Peru on Monday.")


def test_the_seizure_beside_sanctions_in_force_stays(pipeline):
    text = "Peru seized a tanker carrying oil to Chile in breach of EU sanctions on Monday."
    assert "COERCE" in _types_of(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian general was not opposed to Chile playing a role, or a Chilean delegation visit.",
        "It is good that the Peruvian general did not reject what was put forward by Chile, the Chilean "
        "minister said.",
    ],
)
def test_a_rejection_said_not_to_have_come_is_no_event(pipeline, text):
    assert "REJECT" not in _types_of(pipeline, text)


def test_a_rejection_stays(pipeline):
    assert "REJECT" in _types_of(pipeline, "Peru rejected the Chilean proposal on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Chile has systematically mobilised against Peru in international forums, the ministry said.",
        "Coordination between the two alliances will be reinforced, the Chilean president said.",
    ],
)
def test_figurative_mobilising_moves_no_force(pipeline, text):
    assert "MOBILIZE" not in _types_of(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile reinforced its troops on the Peruvian border on Monday.",
        "Peru mobilised 20,000 reservists on Monday.",
    ],
)
def test_forces_moved_stay(pipeline, text):
    assert "MOBILIZE" in _types_of(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru released an announcement on the border with Chile on Monday.",
        "Chile released a declaration on Peru's election on Monday.",
    ],
)
def test_an_announcement_released_frees_no_one(pipeline, text):
    assert "RETREAT" not in _types_of(pipeline, text)


def test_prisoners_released_stay(pipeline):
    assert "RETREAT" in _types_of(pipeline, "Chile released two Peruvian fishermen on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The summit was held at Camp David, a secluded rural retreat for US presidents.",
        "Biden will head to the presidential retreat Camp David on Thursday.",
    ],
)
def test_a_retreat_that_is_a_place_is_no_withdrawal(pipeline, text):
    assert "RETREAT" not in _types_of(pipeline, text)


def test_a_retreat_from_a_town_stays(pipeline):
    assert "RETREAT" in _types_of(pipeline, "The rebels' retreat from the town began on Monday.")


def test_an_investigation_taken_over_is_no_seizure(pipeline):
    text = "The federal prosecutor's office took over the investigation into the killing of a Chilean."
    assert "COERCE" not in _types_of(pipeline, text)


def test_a_building_taken_over_stays_a_seizure(pipeline):
    text = "Peruvian troops took over the Chilean embassy building on Monday."
    assert "COERCE" in _types_of(pipeline, text)
