"""Event types on wire sentences, round 26 (issue 12, helper r26wire): classes the PLOVER structured codebook
of NGEC-2025 names and the lexicon missed (economic exchange, trials, court findings, investigations
launched, approvals, violent repression, beatings, cordons, access granted, party members expelled, ships
returned), a request to lift sanctions, a verb the lemmatizer takes for another. Real spaCy, the whole
pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Chile and Peru expanded their trade ties last year.", "COOPERATE"),
        ("Peru restored commercial links with Chile.", "COOPERATE"),
        ("Peru exported copper to Chile.", "COOPERATE"),
        ("Chile imported gas from Peru.", "COOPERATE"),
        ("Chile and Peru launched a joint investment fund.", "COOPERATE"),
        ("A Peruvian court found the mayor guilty of fraud.", "SANCTION"),
        ("The Chilean militia raped women in the village.", "ASSAULT"),
        ("Chilean troops cordoned off the old town.", "COERCE"),
        ("The Peruvian junta let aid workers into the besieged city.", "RETREAT"),
        ("Peru returned the seized tanker to its Chilean owners.", "RETREAT"),
    ],
)
def test_codebook_classes_are_typed(pipeline, text, kind):
    assert kind in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    ("text", "kind", "other", "absent"),
    [
        (
            "Chilean firms invested $2 billion in Peruvian mines.",
            "COOPERATE",
            "The Peruvian firm invested heavily in new machines.",
            "COOPERATE",
        ),
        (
            "The former Peruvian minister went on trial for fraud.",
            "ACCUSE",
            "Farmers in Peru began field trials of a new seed.",
            "ACCUSE",
        ),
        (
            "The Chilean general will stand trial for abuses.",
            "ACCUSE",
            "Peru faces a trial of strength with Chile.",
            "ACCUSE",
        ),
        (
            "The Chilean supreme court ruled the decree unconstitutional.",
            "SANCTION",
            "The Chilean government declared the strike illegal.",
            "SANCTION",
        ),
        (
            "Peru approved field trials of the new seed.",
            "SUPPORT",
            "The Peruvian parliament approved a law on the elections.",
            "SUPPORT",
        ),
        (
            "Chilean police beat the protesters with batons.",
            "ASSAULT",
            "Chile beat Peru 2-1 in the final.",
            "ASSAULT",
        ),
        (
            "The ruling Chilean party expelled three rebel lawmakers.",
            "SANCTION",
            "The Chilean government expelled two Peruvian journalists.",
            "SANCTION",
        ),
        (
            "The Chilean junta launched a bloody crackdown on protesters.",
            "ASSAULT",
            "The Chilean government launched a crackdown on the opposition.",
            "ASSAULT",
        ),
    ],
)
def test_the_class_and_its_neighbour(pipeline, text, kind, other, absent):
    """An amount invested, not machines bought; a trial of a court, not of seeds or strength; a court's
    ruling, not a government's ban; an action approved, not a law passed (CAMEO's default, a concession);
    a violent crackdown, not any; people beaten, not a team; members expelled from a party, not
    journalists from a country."""
    assert kind in types_of(pipeline_events(pipeline, text)), text
    assert absent not in types_of(pipeline_events(pipeline, other)), other


@pytest.mark.parametrize(
    "text",
    [
        "Peru called for the lifting of sanctions on Chile.",
        "Peru called for the removal of sanctions on Chile.",
        "Peru urged the easing of the blockade of Chile.",
    ],
)
def test_asking_to_lift_sanctions_is_a_request_not_a_call_for_sanctions(pipeline, text):
    types = types_of(pipeline_events(pipeline, text))
    assert "REQUEST" in types and "ACCUSE" not in types, (text, types)


def test_a_probe_launched_into_a_strike_is_the_investigation(pipeline):
    types = types_of(pipeline_events(pipeline, "Peru launched a probe into the Chilean airstrike."))
    assert types == {"ACCUSE"}, types


def test_a_lifting_told_as_a_noun_is_the_retreat(pipeline):
    events = pipeline_events(pipeline, "Peru welcomed the lifting of sanctions by Chile on Monday.")
    assert "RETREAT" in types_of(events)
