"""Round 12 (issue 12, r12prec): text that reports no act of its own. A plan's terms under "would"
("under the plan, X would ..."), a charge with no one named making it ("have been accused of"), the
end of a war read as the end of relations, and contractions with a typographic apostrophe, which the
background rules read only in their ASCII spelling. Invented sentences, full pipeline with real spaCy
and the real knowledge base."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events, types_of

from dateline.nlp import load

# --- contractions with a typographic apostrophe ------------------------------------------------------------


def test_a_curly_contraction_parses_as_the_ascii_one():
    nlp = load()
    curly = nlp("They\u2019ve met twice and won\u2019t meet again, he\u2019ll say.")
    ascii_ = nlp("They've met twice and won't meet again, he'll say.")
    assert [(t.lemma_, t.tag_, t.dep_) for t in curly] == [(t.lemma_, t.tag_, t.dep_) for t in ascii_]
    assert curly.text == "They\u2019ve met twice and won\u2019t meet again, he\u2019ll say."  # text unchanged


def test_a_summary_of_recent_talks_with_a_curly_apostrophe_is_no_event(pipeline):
    events = pipeline_events(
        pipeline,
        "Kenya\u2019s foreign minister told reporters: \u201cWe\u2019ve had very good discussions with "
        "Uganda over the last few weeks.\u201d",
    )
    assert "CONSULT" not in types_of(events)


# --- a plan's terms ---------------------------------------------------------------------------------------


def test_what_parties_would_do_under_a_plan_is_no_event(pipeline):
    events = pipeline_events(
        pipeline,
        "As part of the plan, Kenya and Uganda would hold direct talks and Ethiopia would withdraw its "
        "troops from the border.",
    )
    assert not {"CONSULT", "RETREAT"} & types_of(events)


def test_terms_listed_after_an_opening_under_the_proposal_are_no_events(pipeline):
    events = pipeline_events(
        pipeline,
        "Under that proposal, the governments of Sudan and Chad would hold direct talks, facilitated by "
        "the African Union; observers could ensure that civilians are protected; Chadian troops would "
        "return to their bases; and donors would work together to support the refugees as they return "
        "home in May.",
    )
    assert not {"CONSULT", "SUPPORT"} & types_of(events)


def test_a_reported_future_under_a_plan_stays_planned(pipeline):
    events = pipeline_events(pipeline, "Kenya said it would hold talks with Uganda under the plan.")
    (talks,) = [e for e in events if e.type == "CONSULT"]
    assert talks.modality == "planned"
    assert countries_of(talks) == {"KEN", "UGA"}


def test_an_act_done_as_part_of_a_deal_stays(pipeline):
    events = pipeline_events(pipeline, "As part of the agreement, Kenya withdrew its troops on Monday.")
    assert "RETREAT" in types_of(events)


# --- a charge no one is named making ------------------------------------------------------------------------


def test_an_agentless_perfect_accusation_is_no_event(pipeline):
    events = pipeline_events(
        pipeline,
        "The Sudanese army and the militia have fought since April. Both sides have been accused of "
        "atrocities.",
    )
    assert "ACCUSE" not in types_of(events)


def test_an_accusation_with_its_accuser_or_of_one_party_stays(pipeline):
    for text in (
        "Kenya has been accused of abuses in Somalia.",
        "Kenya has been accused by Uganda of shelling its border towns.",
        "Uganda has accused Kenya of shelling its border towns.",
    ):
        events = pipeline_events(pipeline, text)
        accusation = next(e for e in events if e.type == "ACCUSE")
        assert "KEN" in countries_of(accusation)


# --- the end of a war is no end of relations; a word given before, as what someone keeps -----------------


@pytest.mark.parametrize(
    ("text", "event_type", "coded"),
    [
        (
            "Kenya had been hopeful when the talks to end the war in Sudan's western province of Darfur "
            "started.",
            "SANCTION",
            False,
        ),
        ("Russia ended its cooperation with Norway on Monday.", "SANCTION", True),
        (
            "Kenya's foreign ministry said it hoped Uganda and Tanzania would honour their commitments to "
            "peace.",
            "AGREE",
            False,
        ),
        ("Kenya made a commitment to send troops to Somalia on Monday.", "AGREE", True),
    ],
)
def test_which_words_are_acts(pipeline, text, event_type, coded):
    assert (event_type in types_of(pipeline_events(pipeline, text))) is coded
