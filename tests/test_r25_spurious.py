"""Round 25 (issue 12, r25spur): events that did not happen, or happened as another type. Consultations
a trip is for, a news outlet's request for comment and the meeting a summons is for are no talks; an
envoy requested not to return or given hours to exit is expelled; a vow to oppose a party is a threat;
a habit told with "rarely" and an act a state waits on ("until he apologizes") are not events. Every
sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of


def _types_of(pipeline, text: str) -> set[str]:
    return types_of(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile's envoy in Lima flew back to Santiago for consultations, officials said.",
        "The Peruvian ambassador to Chile left Santiago for consultations in Lima on Monday.",
    ],
)
def test_consultations_a_trip_is_for_are_no_talks(pipeline, text):
    assert "CONSULT" not in _types_of(pipeline, text)


def test_consultations_held_stay(pipeline):
    assert "CONSULT" in _types_of(pipeline, "Chile and Peru began consultations on the border on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Chile requested the Peruvian ambassador to not return from his holiday, the ministry said.",
        "Chile's decree gives the Peruvian envoy 48 hours to exit the country.",
    ],
)
def test_envoy_kept_out_or_sent_out_is_expelled(pipeline, text):
    types = _types_of(pipeline, text)
    assert "SANCTION" in types and "REQUEST" not in types


def test_other_requests_stay(pipeline):
    assert "REQUEST" in _types_of(
        pipeline, "Chile requested Peru to return the seized fishing boats on Monday."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's leader vowed on Monday to continue pressuring Peru with tariffs.", "THREATEN"),
        (
            "The Chilean president vowed that Chile would stand up to Peru over the fishing dispute.",
            "THREATEN",
        ),
        (
            "Bolivia called Chile's ruling a disgrace and promised to challenge it in court on Monday.",
            "ACCUSE",
        ),
    ],
)
def test_a_vow_to_oppose_a_party_is_no_agreement(pipeline, text, expected):
    types = _types_of(pipeline, text)
    assert expected in types and "AGREE" not in types


def test_a_vow_to_cooperate_stays_an_agreement(pipeline):
    assert "AGREE" in _types_of(pipeline, "Chile vowed to continue cooperating with Peru on trade.")


def test_a_vow_to_fight_an_ill_stays_an_agreement(pipeline):
    types = _types_of(pipeline, "Chile and Peru met on Monday. Both vowed to fight smuggling on the border.")
    assert "AGREE" in types and "THREATEN" not in types


@pytest.mark.parametrize(
    ("text", "habit"),
    [
        ("The Chilean president rarely visits Peru or invites its leaders.", "REQUEST"),
        ("The Chilean president seldom visits Peru.", "CONSULT"),
    ],
)
def test_a_habit_told_with_rarely_is_no_event(pipeline, text, habit):
    assert habit not in _types_of(pipeline, text)


def test_news_joined_to_a_habit_stays(pipeline):
    text = "The Chilean president often criticises Peru and on Monday invited its leaders to talks."
    assert "REQUEST" in _types_of(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's president will not be welcome in Chile until he apologizes for the insult.",
        "Ruiz said Peru's leader stays unwelcome as long as he does not take back the claim and apologize.",
    ],
)
def test_an_act_a_state_waits_on_is_not_done(pipeline, text):
    assert "SUPPORT" not in _types_of(pipeline, text)


def test_an_act_a_state_waited_on_was_done(pipeline):
    text = "Chile kept its embassy in Lima closed until Peru apologized for the remarks."
    assert "SUPPORT" in _types_of(pipeline, text)


def test_contacted_for_comment_is_no_consultation(pipeline):
    assert "CONSULT" not in _types_of(
        pipeline, "A reporter contacted Peru's embassy in Santiago for comment on Sunday."
    )


def test_contacting_a_counterpart_stays(pipeline):
    assert "CONSULT" in _types_of(
        pipeline, "Chile's foreign minister contacted his Peruvian counterpart on Monday."
    )


def test_the_meeting_a_summons_is_for_is_the_summons(pipeline):
    text = (
        "Chile declared Peru's president persona non grata on Monday. Foreign Minister Talvera summoned "
        "Peru's envoy Juan Perez for a meeting on Tuesday at the naval museum in Valparaiso."
    )
    types = _types_of(pipeline, text)
    assert "ACCUSE" in types and "CONSULT" not in types


def test_a_meeting_travelled_to_stays(pipeline):
    text = "Chile's foreign minister arrived in Lima for a meeting with his Peruvian counterpart on Monday."
    assert "CONSULT" in _types_of(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean envoy defended the relationship with Peru in a speech on Monday.",
        "Peru's president, who has defended peace throughout the crisis, spoke to Chile on Monday.",
    ],
)
def test_peace_and_ties_defended_back_no_one(pipeline, text):
    assert "SUPPORT" not in _types_of(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign minister defended Peru's decision on Monday.",
        "Chile on Monday defended the right of Peru to hold the referendum.",
    ],
)
def test_a_party_or_its_right_defended_is_backed(pipeline, text):
    assert "SUPPORT" in _types_of(pipeline, text)
