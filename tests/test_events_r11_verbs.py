"""Event types on wire items, round 11 (helper r11verbs, issue 12): a verb the parser made a modifier in a
list of acts is still a verb (detect.list_verb), and an act kept from happening through a noun ("prevented
the delivery of aid") is not coded; the preventing is (non_events.prevented_act). Real spaCy, the
sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of

from dateline.events.detect import detect

# --- a verb on a list of acts, parsed as a modifier ---------------------------------------------------------


def _heads(nlp, text: str) -> set[str]:
    return {t.head.text for sent in nlp(text).sents for t in detect(sent)}


def test_a_list_of_acts_keeps_its_later_verbs(nlp):
    heads = _heads(nlp, "Police in Ghana raided the offices, detained staff and seized files.")
    assert {"raided", "detained", "seized"} <= heads, heads


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The court in Accra freed the detained staff.", "detained"),
        ("Dozens died in bombings and alleged police raids.", "alleged"),
    ],
)
def test_a_participle_that_qualifies_its_noun_stays_an_adjective(nlp, text, word):
    assert word not in _heads(nlp, text), text


def test_a_later_verb_of_the_list_is_typed(pipeline):
    events = pipeline_events(pipeline, "Turkish police closed several websites and arrested bloggers.")
    assert any(e.type == "COERCE" and e.mode == "arrest" for e in events), events


# --- an act prevented through a noun ------------------------------------------------------------------------


def test_the_preventing_is_the_event_not_the_act_prevented(pipeline):
    text = "Hungary barred the entry of the refugees into the country."
    assert types_of(pipeline_events(pipeline, text)) == {"COERCE"}, text


def test_aid_kept_from_its_delivery_is_no_aid(pipeline):
    text = "The Sudanese army prevented the delivery of food aid to Darfur."
    assert "AID" not in types_of(pipeline_events(pipeline, text)), text


def test_an_act_blocked_through_a_noun_is_not_done(pipeline):
    text = "The council blocked the deployment of Kenyan peacekeepers to Haiti."
    assert not {"AID", "MOBILIZE"} & types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Egypt delivered food aid to Gaza on Monday.", "AID"),
        ("Iraqi forces halted the offensive on the city.", "RETREAT"),
    ],
)
def test_acts_not_prevented_keep_their_types(pipeline, text, kept):
    assert kept in types_of(pipeline_events(pipeline, text)), text
