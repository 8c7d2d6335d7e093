"""Round 20 (r20modal): a reported denial of a deed is a rejection, asserted; a finite clause under "be"
is no plan. Sentences invented for the tests."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events, token_of

from dateline.events.modality import modality


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Chilean warplanes did not violate Peruvian airspace, the Chilean defence ministry said on Friday.",
         {"CHL"}),
        ("“Ghana would never sabotage Togo,” the Ghanaian minister said on Monday.", {"GHA", "TGO"}),
        ("Kenya did not attack Somalia, the Kenyan foreign ministry said on Tuesday.", {"KEN", "SOM"}),
        # the parser hangs a trailing "said" on the denied verb as a conjunct; a quotation says it too
        ("Kenyan jets did not enter Somali airspace and flew over the sea, the Kenyan ministry said early on "
         "Saturday.", {"KEN"}),
        ("“During the flight, the Kenyan jets did not attack Somalia.", {"KEN", "SOM"}),
    ],
)  # fmt: skip
def test_a_reported_denial_of_a_deed_is_a_rejection_made(pipeline, text, countries):
    events = pipeline_events(pipeline, text)
    rejections = [e for e in events if e.type == "REJECT"]
    assert rejections, [(e.type, e.modality, e.trigger) for e in events]
    assert rejections[0].modality == "asserted"
    assert countries <= countries_of(rejections[0])  # the denier, and the deed's target where found
    assert not any(e.modality == "negated" for e in events)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a cooperative act denied stays that act, negated
        ("Kenya did not meet Somalia, the Kenyan foreign ministry said on Tuesday.", "CONSULT"),
        # a deed denied outside reported speech (a headline's claim) keeps its type
        ("Kenya did not attack Somalia on Tuesday.", "ASSAULT"),
        # a speech verb with a clause of its own reports that clause, not the denial beside it
        ("Kenya did not attack Somalia, and the Kenyan ministry said it would hold talks.", "ASSAULT"),
    ],
)
def test_other_denials_stay_negated(pipeline, text, kept):
    events = pipeline_events(pipeline, text)
    assert any(e.type == kept and e.modality == "negated" for e in events), [
        (e.type, e.modality, e.trigger) for e in events
    ]
    assert not any(e.type == "REJECT" for e in events)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("“We firmly warn the Chilean side: any provocation is futile,” he said.", "warn", "asserted"),
        ("The trouble is that Kenya attacked Somalia on Monday.", "attacked", "asserted"),
        # "be" with its infinitive is still a schedule
        ("The president is to meet his Peruvian counterpart.", "meet", "planned"),
    ],
)  # fmt: skip
def test_be_is_a_plan_only_with_its_infinitive(nlp, sentence, word, expected):
    assert modality(token_of(nlp, sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The minister said he looked forward to the president's visit to Lima.", "visit"),
        ("“I look forward to welcoming both leaders tomorrow,” the prime minister wrote.", "welcoming"),
        ("They looked forward to meeting in Quito next month for the summit.", "meeting"),
    ],
)
def test_an_occasion_looked_forward_to_is_planned(nlp, sentence, word):
    assert modality(token_of(nlp, sentence, word)) == "planned"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Peru hoped to sign the accord with Chile.", "sign"),
        # looked forward to with its time left open: nothing is arranged
        ("He said he looked forward to the president's visit to Lima at an appropriate time.", "visit"),
        ("The envoy looked forward to talks with Chile at a mutually convenient time.", "talks"),
    ],
)
def test_a_hope_stays_hoped(nlp, sentence, word):
    assert modality(token_of(nlp, sentence, word)) == "hoped"
