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
        "The self-declared republic is not recognised internationally as a state, officials in Lima said.",
        "The enclave runs its own police but is not recognized by any neighbouring state.",
    ],
)
def test_recognition_status_is_no_event(pipeline, text):
    assert "SUPPORT" not in _types_of(pipeline, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Chile recognised the breakaway republic as an independent state on Monday.", "SUPPORT"),
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
        "Peru expelled the envoy over a ruling allowing the opposition leader to stand in the election.",
        "Chile cut aid to Peru, citing a law that the minister says permits the confiscation of farms.",
        "The river treaty is binding on every state and allows no reservation.",
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
        "Peru impounded a freighter shipping copper to Bolivia in violation of Chilean sanctions.",
        "Two Bolivian banks remain subject to Chilean sanctions, the report said.",
        "Bolivian exports to Chile have fallen due to Peruvian sanctions, traders said.",
        "Two Bolivian airlines were evading sanctions imposed on La Paz by Chile, the report said.",
    ],
)
def test_sanctions_in_force_are_no_sanction_imposed(pipeline, text):
    assert "SANCTION" not in _types_of(pipeline, text)


def test_sanctions_imposed_stay(pipeline):
    assert "SANCTION" in _types_of(pipeline, "Chile imposed sanctions on Peru on Monday.")


def test_the_seizure_beside_sanctions_in_force_stays(pipeline):
    text = "Peru seized a freighter shipping copper to Bolivia in violation of Chilean sanctions on Monday."
    assert "COERCE" in _types_of(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian minister said he was not opposed to a Chilean observer mission at the border.",
        "The Peruvian cabinet did not reject the Chilean offer of mediation, the minister said.",
    ],
)
def test_a_rejection_said_not_to_have_come_is_no_event(pipeline, text):
    assert "REJECT" not in _types_of(pipeline, text)


def test_a_rejection_stays(pipeline):
    assert "REJECT" in _types_of(pipeline, "Peru rejected the Chilean proposal on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Chile has mobilised opinion against Peru at the United Nations, the ministry said.",
        "Chile and Peru said their partnership would be reinforced by yearly summits.",
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
        "The leaders met at the king's mountain retreat outside Lima.",
        "The Chilean president spent the weekend at his presidential retreat on the coast.",
    ],
)
def test_a_retreat_that_is_a_place_is_no_withdrawal(pipeline, text):
    assert "RETREAT" not in _types_of(pipeline, text)


def test_a_retreat_from_a_town_stays(pipeline):
    assert "RETREAT" in _types_of(pipeline, "The rebels' retreat from the town began on Monday.")


def test_an_investigation_taken_over_is_no_seizure(pipeline):
    text = "Peru's attorney general's office took over the case of the missing Chilean diplomat."
    assert "COERCE" not in _types_of(pipeline, text)


def test_a_building_taken_over_stays_a_seizure(pipeline):
    text = "Peruvian troops took over the Chilean embassy building on Monday."
    assert "COERCE" in _types_of(pipeline, text)
