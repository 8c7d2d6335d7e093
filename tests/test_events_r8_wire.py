"""Classes of construction missed on externally labelled wire sentences (issue 12, round 8), through the
full pipeline with the real knowledge base. The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

# --- a wire item that is only a noun phrase reports its event noun ----------------------------------------


def test_a_verbless_item_reports_its_event_noun(pipeline):
    for text, expected in (
        ("her threat to cut off gas supplies to Moldova", "THREATEN"),
        ("their renewed demand for early elections", "REQUEST"),
        ("the resignation of the Peruvian finance minister", "RETREAT"),
    ):
        events = pipeline_events(pipeline, text)
        assert types_of(events) == {expected}, text


def test_a_verbless_line_in_a_story_gives_no_doerless_event(pipeline):
    text = (
        "Their demand for early elections. The opposition in Lima held a rally on Monday. "
        "The police watched from a distance."
    )
    events = pipeline_events(pipeline, text)
    assert all(ea.actor.name != "unknown" for e in events for ea in e.actors)
    assert "REQUEST" not in types_of(events)


# --- a legal charge is an accusation; the arrest stays coercion -------------------------------------------


def test_charged_with_a_crime_is_an_accusation(pipeline):
    events = pipeline_events(pipeline, "The former governor of Jalisco was charged with fraud on Monday.")
    assert "ACCUSE" in types_of(events)
    assert "COERCE" not in types_of(events)


def test_facing_charges_of_a_crime_is_accused_by_others(pipeline):
    events = pipeline_events(pipeline, "The Bolivian opposition leader faces charges of sedition.")
    assert countries_of(of_type(events, "ACCUSE"), "target") == {"BOL"}


def test_an_arrest_and_a_charge_are_two_acts(pipeline):
    text = "Kenyan police arrested the activist on Monday and charged him with incitement."
    assert {"COERCE", "ACCUSE"} <= types_of(pipeline_events(pipeline, text))


def test_being_in_charge_of_something_is_no_accusation(pipeline):
    text = "The colonel in charge of the garrison met the Kenyan ambassador in Juba on Friday."
    assert "ACCUSE" not in types_of(pipeline_events(pipeline, text))


# --- a promise of a concession is a concession; an agreement stays an agreement ----------------------------


def test_a_promised_concession_or_withdrawal_is_concede(pipeline):
    for text in (
        "The Thai prime minister pledged to lift the curfew in the southern provinces.",
        "Ethiopia promised to withdraw its troops from the border town.",
        "The Burmese junta vowed to release the detained journalists.",
        "The Sudanese president promised that the army would stop the air raids on Darfur.",
    ):
        events = pipeline_events(pipeline, text)
        assert "CONCEDE" in types_of(events), text
        assert "AGREE" not in types_of(events), text


def test_agreeing_to_withdraw_and_promising_aid_stay_agree(pipeline):
    for text in (
        "The Houthi rebels agreed to withdraw from the port of Hodeidah.",
        "Japan promised to continue economic aid to Sri Lanka.",
    ):
        events = pipeline_events(pipeline, text)
        assert "AGREE" in types_of(events), text
        assert "CONCEDE" not in types_of(events), text


# --- the act a threat is conditioned on is no event --------------------------------------------------------


def test_the_condition_of_a_threat_is_no_event(pipeline):
    text = "Ecuador threatened to cancel the mining licence if the company refused to pay its taxes."
    events = pipeline_events(pipeline, text)
    assert of_type(events, "THREATEN") is not None
    assert "REJECT" not in types_of(events)


def test_the_condition_of_a_future_attack_is_no_event(pipeline):
    events = pipeline_events(pipeline, "Armenia will retaliate if Azerbaijan shells its border villages.")
    threats = [e for e in events if countries_of(e, "source") == {"AZE"}]
    assert threats == []
    # the retaliation itself is Armenia's conditional threat (round 12, `recast.conditional_attack`)
    assert countries_of(of_type(events, "THREATEN"), "source") == {"ARM"}


# --- sending or providing something to help is aid ----------------------------------------------------------


def test_sending_people_to_help_is_aid(pipeline):
    text = "Turkey sent forty engineers to help Libya rebuild its power grid."
    event = of_type(pipeline_events(pipeline, text), "AID")
    assert countries_of(event, "source") == {"TUR"}


def test_sending_police_without_a_purpose_stays_a_deployment(pipeline):
    events = pipeline_events(pipeline, "Kenya sent police officers to Haiti on Tuesday.")
    assert "AID" not in types_of(events)


# --- custody, and events witnesses report -----------------------------------------------------------


def test_taken_into_or_held_in_custody_is_an_arrest(pipeline):
    for text in (
        "Police in Dhaka took the opposition leader into custody on Friday.",
        "The Belarusian activist has been held in detention since May.",
    ):
        assert of_type(pipeline_events(pipeline, text), "COERCE").mode == "arrest", text


def test_talks_held_in_a_former_prison_are_talks(pipeline):
    text = "The foreign ministers of Chile and Peru held talks in a former prison in Lima."
    assert types_of(pipeline_events(pipeline, text)) == {"CONSULT"}


def test_explosions_witnesses_report_took_place(pipeline):
    events = pipeline_events(pipeline, "Witnesses reported explosions near the airport in Khartoum.")
    assert "ASSAULT" in types_of(events)


# --- a crowd gathering to demand is a demonstration ----------------------------------------------------


def test_a_crowd_gathering_to_demand_is_a_protest(pipeline):
    text = "Thousands of Serbians gathered in Belgrade on Saturday to demand early elections."
    events = pipeline_events(pipeline, text)
    assert of_type(events, "PROTEST").mode == "demo"
    assert "REQUEST" not in types_of(events)


def test_leaders_gathering_to_talk_are_no_protest(pipeline):
    text = "The presidents of Chile and Peru gathered in Lima to discuss fishing rights."
    assert "PROTEST" not in types_of(pipeline_events(pipeline, text))


# --- a truce observed is a ceasefire, warships visiting a deployment ----------------------------------------


def test_observing_a_truce_is_a_ceasefire(pipeline):
    for text in (
        "The Houthi rebels respected the ceasefire in Hodeidah on Sunday.",
        "Government forces in Darfur observed the truce.",
    ):
        assert of_type(pipeline_events(pipeline, text), "RETREAT").mode == "ceasefire", text


def test_warships_visiting_are_a_deployment_not_a_visit(pipeline):
    events = pipeline_events(pipeline, "Two Chinese warships visited the disputed atoll on Monday.")
    assert of_type(events, "MOBILIZE").mode == "troops"
    assert "CONSULT" not in types_of(events)


def test_a_strike_staged_or_declared_is_a_labour_strike(pipeline):
    for text in (
        "Dock workers in Antwerp staged a strike on Monday.",
        "The Kenyan teachers' union declared a strike over pay.",
    ):
        assert of_type(pipeline_events(pipeline, text), "PROTEST").mode == "boycott", text


def test_a_strike_launched_by_an_army_stays_an_attack(pipeline):
    events = pipeline_events(pipeline, "Russian forces launched a strike on Kharkiv.")
    assert "ASSAULT" in types_of(events)
    assert "PROTEST" not in types_of(events)
