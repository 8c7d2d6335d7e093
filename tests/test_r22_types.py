"""Event types on wire sentences, round 22 (issue 12, helper r22wire): whole CAMEO verb sets, cooperation
told as partnership or joint work, commitments against a party, invitations. Real spaCy, the whole
pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import of_type, pipeline_events, types_of


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("The ministry scolded the Latvian ambassador for the remarks.", "ACCUSE", "disapprove"),
        ("Lithuania chided Belarus over the border incident.", "ACCUSE", "disapprove"),
        ("State media in Minsk maligned the Lithuanian opposition leader.", "ACCUSE", "disapprove"),
        ("The junta forbade opposition gatherings.", "COERCE", "restrict"),
        ("The Latvian president extolled the courage of Ukrainian soldiers.", "SUPPORT", None),
        ("Latvia saluted Lithuania for its stand.", "SUPPORT", None),
        ("The Bolivian junta nationalized two Canadian mines.", "COERCE", "seize"),
    ],
)
def test_the_verbs_of_a_cameo_set_read_as_the_set(pipeline, text, type_, mode):
    assert of_type(pipeline_events(pipeline, text), type_).mode == mode, text


def test_a_prohibited_trade_stays_a_sanction(pipeline):
    assert "SANCTION" in types_of(pipeline_events(pipeline, "Bolivia prohibited imports from Chile."))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, in partnership with Uganda, is building a new railway.",
        "Kenya partnered with Uganda to build a railway.",
        "Kenya teamed up with Uganda to fight poaching.",
        "Kenya joined forces with Uganda against poachers.",
    ],
)
def test_partnership_and_joint_work_are_cooperation(pipeline, text):
    events = pipeline_events(pipeline, text)
    assert of_type(events, "COOPERATE"), text
    assert "ASSAULT" not in types_of(events), text  # the purpose of the partnership is no threat


def test_joining_an_army_is_no_partnership(pipeline):
    events = pipeline_events(pipeline, "Kenya joined the armed forces of Uganda in the north.")
    assert "COOPERATE" not in types_of(events)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia vowed action against Azerbaijan.",
        "The Armenian rebels vowed resistance against Azerbaijan.",
        "Armenia pledged to defeat Azerbaijan.",
        "Armenia said it would act firmly against Azerbaijan.",
        "Armenia said it will respond firmly to any provocation by Azerbaijan.",
    ],
)
def test_a_commitment_against_a_party_is_a_threat(pipeline, text):
    types = types_of(pipeline_events(pipeline, text))
    assert "THREATEN" in types and "AGREE" not in types, (text, types)


def test_a_commitment_for_a_cause_and_a_firm_answer_given_are_no_threat(pipeline):
    assert "THREATEN" not in types_of(pipeline_events(pipeline, "Armenia pledged action on climate change."))
    events = pipeline_events(pipeline, "Armenia responded firmly to the Azerbaijani note.")
    assert "THREATEN" not in types_of(events)


def test_an_invitation_with_no_act_named_is_a_request_to_meet(pipeline):
    events = pipeline_events(pipeline, "The king invited the Estonian president to Riyadh.")
    assert of_type(events, "REQUEST").mode == "meet"
    # with an act named, the act gives the mode: joining is no meeting
    events = pipeline_events(pipeline, "The king invited the president to join the alliance.")
    assert of_type(events, "REQUEST").mode != "meet"


@pytest.mark.parametrize(
    "text",
    [
        "Riga accused Moscow of interfering in the election.",
        "Riga accused Moscow of destabilising the region.",
        "The bloc accused the militia of fomenting violence in the north.",
    ],
)
def test_a_charge_of_hostile_acts_against_a_state_is_an_allegation(pipeline, text):
    assert of_type(pipeline_events(pipeline, text), "ACCUSE").mode == "allege", text
    events = pipeline_events(pipeline, "Riga accused Moscow of double standards.")
    assert of_type(events, "ACCUSE").mode == "disapprove"
