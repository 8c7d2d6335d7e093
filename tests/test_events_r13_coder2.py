"""Event coding, round 13 (issue 12, helper r13coder2): members suspended or expelled without a "from"
phrase, the one "under investigation" as the target, a response promised on a condition. Real spaCy,
the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

from dateline import nlp
from dateline.events.conditions import conditional
from dateline.events.detect import relative_object


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bloc suspending or expelling a member (CAMEO 160 SANCTION; 1722 COERCE for a party)
        ("Mercosur suspended Venezuela in 2016.", {"SANCTION"}),
        ("Mali was suspended by the African Union on Friday.", {"SANCTION"}),
        ("Russia was kicked out of the Council of Europe.", {"SANCTION"}),
        ("The senator was kicked out of the party after the vote.", {"COERCE"}),
        ("The Kenyan president stripped the minister of his posts.", {"SANCTION"}),
        # the rows must not take what other rows code, nor a thing stripped or a player kicked out
        ("The union suspended the strike on Monday.", {"CONCEDE"}),
        ("The court suspended the sentence.", set()),
        ("Kenyan police stripped the protesters of their phones.", set()),
        ("The striker was kicked out of the team.", set()),
    ],
)
def test_members_suspended_or_expelled(pipeline, text, expected):
    assert types_of(pipeline_events(pipeline, text)) == expected, text


def test_the_suspended_member_is_the_target(pipeline):
    event = of_type(pipeline_events(pipeline, "The African Union suspended Mali after the coup."), "SANCTION")
    assert countries_of(event, "target") == {"MLI"}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's former prime minister Imran Khan is under investigation for corruption.",
        "Imran Khan is under investigation.",
    ],
)
def test_who_is_under_investigation_is_investigated(pipeline, text):
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(event, "target") == {"PAK"}
    assert "PAK" not in countries_of(event, "source")


def test_who_places_someone_under_investigation_investigates(pipeline):
    text = "Pakistani prosecutors placed Imran Khan under investigation."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(event, "source") == {"PAK"}


def test_who_is_under_pressure_undergoes_it(pipeline):
    events = pipeline_events(pipeline, "Kenya came under pressure from donors to release the activists.")
    assert all("KEN" not in countries_of(e, "source") for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a response promised on a condition is a threat, as "will hit back if" (CAMEO 130)
        ("North Korea vowed to hit back at South Korea if the drills continue.", "THREATEN"),
        ("Iran pledged to hit back if Israel attacks again.", "THREATEN"),
        ("Iran promised to respond firmly in case of an attack.", "THREATEN"),
        # help promised on a condition stays a promise; a response promised with no condition too
        ("Iran pledged to help Iraq if floods return.", "AGREE"),
        ("North Korea vowed to hit back on Monday.", "AGREE"),
    ],
)
def test_a_response_promised_on_a_condition(pipeline, text, expected):
    events = pipeline_events(pipeline, text)
    assert expected in types_of(events), text
    if expected == "AGREE":
        assert "THREATEN" not in types_of(events), text


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Iran vowed to hit back if Israel attacks.", "hit", True),
        ("Iran vowed to respond in the event of an attack.", "respond", True),
        ("Iran vowed to hit back after Israel attacked.", "hit", False),
        ("Iran wanted to hit back if Israel attacks.", "hit", False),  # a wish, not a promise
    ],
)
def test_an_act_promised_on_a_condition(text, word, expected):
    doc = nlp.load()(text)
    verb = next(t for t in doc if t.text == word)
    assert conditional(verb) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act told in a restrictive relative clause is the act, as with a comma or in a main clause
        ("The sanctions that Washington imposed on Iran last week hit its oil exports.", "SANCTION"),
        ("The agreement that Kenya and Somalia signed on Tuesday ends the dispute.", "SUPPORT"),
    ],
)
def test_an_act_in_a_restrictive_relative_clause(pipeline, text, expected):
    events = pipeline_events(pipeline, text)
    assert types_of(events) == {expected}, text  # one act: the noun is the verb's object, not another event
    assert of_type(events, expected).actors


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The deal that the ministers signed was published.", "signed", True),
        ("The deal which the ministers signed was published.", "signed", True),
        ("The ministers who signed the deal left.", "signed", False),  # the pronoun is the subject
        ("The day that the ministers signed the deal was cold.", "signed", False),  # an object of its own
    ],
)
def test_a_relative_pronoun_object(text, word, expected):
    doc = nlp.load()(text)
    verb = next(t for t in doc if t.text == word)
    assert relative_object(verb) is expected
