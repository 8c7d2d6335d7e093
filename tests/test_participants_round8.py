"""Round 8 (issue 12): who the sides are in a civil war's story, a stance on an act reported before, and
participles that state a stand. The sentences are invented."""

from __future__ import annotations

import pytest
from actor_support import pronoun_countries
from coding_support import countries_of, of_type, pipeline_events, sides_of

from dateline.records import RawDocument


def _plurals(pipeline, text: str) -> dict[str, list[str | None]]:
    raw = RawDocument(source="test", id="t", text=text, published="2024-03-15")
    return {
        m.text.lower(): [a.country for a in m.actors]
        for m in pipeline.process(raw).actor_mentions
        if m.how == "plural"
    }


CIVIL_WAR = (
    "The Ethiopian government and the Tigray People's Liberation Front agreed on Monday to stop fighting "
    "in northern Ethiopia. Former Nigerian president Olusegun Obasanjo and Kenya's former president Uhuru "
    "Kenyatta led the mediation. {}"
)


def test_both_sides_of_a_civil_war_are_the_domestic_pair_not_the_mediators(pipeline):
    groups = _plurals(pipeline, CIVIL_WAR.format("The two parties also agreed to restore services."))
    assert groups.get("the two parties") == ["ETH", "ETH"], groups


def test_the_sides_of_a_civil_war_are_the_domestic_pair(pipeline):
    groups = _plurals(pipeline, CIVIL_WAR.format("Both sides promised to free prisoners."))
    assert groups.get("both sides") == ["ETH", "ETH"], groups


def test_a_pair_of_countries_in_dispute_still_takes_both_sides(pipeline):
    text = (
        "The Ethiopian army and Tigrayan forces clashed on Sunday. Ethiopia and Sudan then traded "
        "accusations over the border region. Both sides agreed to talks in Ethiopia on Friday."
    )
    assert sorted(_plurals(pipeline, text).get("both sides", [])) == ["ETH", "SDN"]


@pytest.mark.parametrize(
    "text",
    [
        # the same noun told before: its clause's parties
        "Chad and Niger signed a ceasefire agreement in Geneva on Monday. "
        "The UN Secretary-General welcomed the agreement, his spokesman said.",
        # the act named otherwise before: the latest report of its type
        "Chad and Niger agreed on Monday to stop the fighting along their border. "
        "Norway welcomed the agreement on Tuesday.",
    ],
)
def test_a_stance_on_an_act_reported_before_targets_its_parties(pipeline, text):
    welcome = next(e for e in pipeline_events(pipeline, text) if e.trigger.startswith("welcomed"))
    assert countries_of(welcome, "target") == {"TCD", "NER"}


def test_a_new_agreement_is_not_the_one_reported_before(pipeline):
    events = pipeline_events(
        pipeline,
        "Chad and Niger signed a ceasefire agreement in Geneva on Monday. "
        "Mali rejected an agreement on fishing rights on Tuesday.",
    )
    rejection = of_type(events, "REJECT")
    assert countries_of(rejection, "target") == set()


def test_a_participle_of_a_stand_makes_its_subject_the_doer(pipeline):
    events = pipeline_events(
        pipeline, "Hungary is opposed to the new asylum quota plan, its foreign minister said on Monday."
    )
    assert "HUN" in sides_of(of_type(events, "REJECT")).get("source", set())


def test_a_participle_with_an_agent_stays_a_passive(pipeline):
    events = pipeline_events(pipeline, "The asylum quota plan was opposed by Greece on Monday.")
    assert sides_of(of_type(events, "REJECT")).get("source") == {"GRC"}


def test_forces_engaged_in_fighting_are_its_doers(pipeline):
    events = pipeline_events(
        pipeline, "Chadian troops were engaged in heavy fighting near Lake Chad on Monday."
    )
    assert "TCD" in sides_of(of_type(events, "ASSAULT")).get("source", set())


def test_a_refusal_despite_a_demand_targets_whoever_demanded(pipeline):
    events = pipeline_events(
        pipeline,
        "Peru's finance minister refused to step down despite mounting pressure from Chile on Monday.",
    )
    refusal = of_type(events, "REJECT")
    assert countries_of(refusal, "target") == {"CHL"}


def test_a_protest_in_defiance_of_a_government_targets_it(pipeline):
    events = pipeline_events(
        pipeline, "Thousands of Tibetans marched through Kathmandu in defiance of the Nepalese authorities."
    )
    assert "NPL" in countries_of(of_type(events, "PROTEST"), "target")


def test_a_refusal_despite_mere_circumstances_names_no_target(pipeline):
    events = pipeline_events(
        pipeline, "Peru's finance minister refused to step down despite the storm in Chile."
    )
    assert countries_of(of_type(events, "REJECT"), "target") == set()


def test_all_parties_in_a_civil_war_are_its_domestic_sides(pipeline):
    groups = _plurals(
        pipeline, CIVIL_WAR.format("An Ethiopian official said all parties should respect the deal.")
    )
    assert groups.get("all parties") == ["ETH", "ETH"], groups


def test_all_parties_alone_in_a_story_of_two_countries_stay_unresolved(pipeline):
    text = "Ghana and Togo traded accusations on Friday. The UN chief urged all parties to show restraint."
    assert "all parties" not in _plurals(pipeline, text)


def test_an_object_pronoun_is_not_the_person_its_subject_pronoun_is(pipeline):
    text = (
        "Austrian Chancellor Karl Nehammer spoke with Hungarian Prime Minister Viktor Orban on Monday. "
        "He asked him to lift the veto on the aid package."
    )
    assert pronoun_countries(pipeline, text) == [("he", {"AUT"}), ("him", {"HUN"})]


def test_a_quote_after_a_spokeswoman_is_hers_though_it_names_a_country_as_subject(pipeline):
    text = (
        "Malaysia's foreign ministry spokeswoman said on Friday that the patrols breached its waters. "
        '"We demand that China withdraw its vessels at once," she said.'
    )
    assert ("she", {"MYS"}) in pronoun_countries(pipeline, text)
    demand = of_type(pipeline_events(pipeline, text), "REQUEST")
    assert sides_of(demand) == {"source": {"MYS"}, "target": {"CHN"}}
