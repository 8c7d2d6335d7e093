"""Classes of construction found on a sample of externally labelled wire-like sentences (issue 12,
fourth pass), through the full pipeline with the real knowledge base. The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

# --- aid received: the giver acts on the one who receives -------------------------------------------------


def test_goods_received_from_a_country_are_its_aid_to_the_receiver(pipeline):
    text = "Nepal received 300,000 vaccine doses from Japan on Friday."
    event = of_type(pipeline_events(pipeline, text), "AID")
    assert countries_of(event, "source") == {"JPN"} and countries_of(event, "target") == {"NPL"}


def test_aid_received_through_its_noun_keeps_the_same_sides(pipeline):
    event = of_type(pipeline_events(pipeline, "Lebanon received emergency aid from Qatar."), "AID")
    assert countries_of(event, "source") == {"QAT"} and countries_of(event, "target") == {"LBN"}


def test_a_guest_received_is_still_hosted_not_aid(pipeline):
    events = pipeline_events(pipeline, "Ghana received the Togolese president in Accra on Monday.")
    assert "AID" not in types_of(events)
    assert of_type(events, "CONSULT").mode == "visit"  # round 10: the guest's visit


# --- material support given is aid; support expressed stays SUPPORT -----------------------------------------


def test_military_support_provided_is_aid(pipeline):
    event = of_type(pipeline_events(pipeline, "Poland provided military support to Moldova."), "AID")
    assert countries_of(event, "target") == {"MDA"}


def test_support_expressed_is_support(pipeline):
    events = pipeline_events(pipeline, "Poland expressed support for Moldova.")
    assert "SUPPORT" in types_of(events) and "AID" not in types_of(events)


def test_a_shipment_of_supplies_is_aid(pipeline):
    events = pipeline_events(pipeline, "Norway announced shipments of medical supplies to Sudan.")
    assert countries_of(of_type(events, "AID"), "target") == {"SDN"}


# --- exchanges of fire: each side is the other's target ---------------------------------------------------


def test_an_exchange_of_fire_makes_both_armies_participants(pipeline):
    text = "Thai and Cambodian troops exchanged fire along the border on Tuesday."
    event = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert countries_of(event, "participant") == {"THA", "KHM"}


def test_exchanging_views_is_still_talks(pipeline):
    events = pipeline_events(pipeline, "Thailand and Cambodia exchanged views on the border dispute.")
    assert "ASSAULT" not in types_of(events) and "CONSULT" in types_of(events)


# --- sanctions lists and suspended relations ----------------------------------------------------------------


def test_blacklisting_is_a_sanction(pipeline):
    event = of_type(pipeline_events(pipeline, "Canada blacklisted four Belarusian officials."), "SANCTION")
    assert countries_of(event, "source") == {"CAN"} and countries_of(event, "target") == {"BLR"}


def test_a_relationship_suspended_is_a_sanction(pipeline):
    text = "Argentina suspended its relationship with the Nicaraguan embassy."
    assert countries_of(of_type(pipeline_events(pipeline, text), "SANCTION"), "target") == {"NIC"}


# --- a vote or a resolution blocked is a rejection; a road blocked stays a protest --------------------------


def test_blocking_a_resolution_is_a_rejection(pipeline):
    text = "China blocked the Security Council resolution on Myanmar."
    assert countries_of(of_type(pipeline_events(pipeline, text), "REJECT"), "source") == {"CHN"}


def test_blocking_a_road_is_not_a_rejection(pipeline):
    events = pipeline_events(pipeline, "Farmers in Poland blocked the highway to Warsaw.")
    assert "REJECT" not in types_of(events)


# --- a breach reported through an attempt is the speaker's accusation ---------------------------------------


def test_reported_sabotage_is_the_speakers_accusation(pipeline):
    text = "Armenian Prime Minister Nikol Pashinyan says Azerbaijan is trying to sabotage the peace talks."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(event, "source") == {"ARM"} and countries_of(event, "target") == {"AZE"}


# --- who protests or arrests where nobody else is named: the place's country --------------------------------


def test_protesters_in_a_capital_are_that_countrys_public(pipeline):
    text = "Thousands of demonstrators marched in Belgrade on Sunday."
    event = of_type(pipeline_events(pipeline, text), "PROTEST")
    assert countries_of(event, "source") == {"SRB"}


def test_an_arrest_in_a_country_with_no_agent_is_by_that_countrys_authorities(pipeline):
    text = "A French aid worker was arrested in Niger last month."
    event = of_type(pipeline_events(pipeline, text), "COERCE")
    assert countries_of(event, "source") == {"NER"} and countries_of(event, "target") == {"FRA"}


def test_a_named_arrester_is_not_replaced_by_the_place(pipeline):
    text = "Turkish police arrested two Syrian men in Germany."
    event = of_type(pipeline_events(pipeline, text), "COERCE")
    assert "DEU" not in countries_of(event, "source")


def test_a_killing_in_a_place_is_not_done_by_that_country(pipeline):
    events = pipeline_events(pipeline, "Two aid workers were killed in Kabul on Monday.")
    assert all("AFG" not in countries_of(e, "source") for e in events)


# --- "remains detained": a standing state, not an arrest of the week ----------------------------------------


def test_remaining_detained_is_a_state_not_an_arrest(pipeline):
    events = pipeline_events(pipeline, "The Australian journalist remains detained in China.")
    assert "COERCE" not in types_of(events)


def test_a_detention_told_in_the_past_is_an_arrest(pipeline):
    events = pipeline_events(pipeline, "The Australian journalist was detained in China in August.")
    assert countries_of(of_type(events, "COERCE"), "source") == {"CHN"}


# --- object control: "prompted X to halt" is X's act ----------------------------------------------------


def test_the_object_of_a_verb_of_causing_does_the_act_it_is_caused_to_do(pipeline):
    text = "The coup prompted Germany to halt aid to Niger."
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(event, "source") == {"DEU"} and countries_of(event, "target") == {"NER"}


def test_a_promise_to_someone_stays_the_promisers_act(pipeline):
    events = pipeline_events(pipeline, "Uganda promised Kenya to withdraw its troops.")
    assert all("KEN" not in countries_of(e, "source") for e in events)


# --- a place visited as the verb's object is the host ----------------------------------------------------


def test_a_capital_visited_is_the_host_of_the_visit(pipeline):
    events = pipeline_events(pipeline, "Chilean President Gabriel Boric visited Nairobi on Tuesday.")
    assert countries_of(of_type(events, "CONSULT"), "target") == {"KEN"}


# --- a ban on dealings with another party is a sanction; a ban at home stays coercion --------------------


def test_a_ban_on_imports_from_a_country_is_a_sanction_on_it(pipeline):
    text = "China banned seafood imports from Japan on Thursday."
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(event, "source") == {"CHN"} and countries_of(event, "target") == {"JPN"}


def test_a_ban_on_rallies_is_coercion_and_the_banned_protest_no_event(pipeline):
    events = pipeline_events(pipeline, "Belarus banned opposition rallies in Minsk.")
    assert "COERCE" in types_of(events) and "SANCTION" not in types_of(events)
    assert "PROTEST" not in types_of(events)


# --- defending oneself is readiness to use force, not verbal support --------------------------------------


def test_vowing_to_defend_itself_is_no_support(pipeline):
    events = pipeline_events(pipeline, "Taiwan will defend itself against any Chinese attack.")
    assert "SUPPORT" not in types_of(events) and "AGREE" not in types_of(events)


def test_defending_a_decision_stays_verbal_support(pipeline):
    text = "Norway defended its decision to recognize Palestine."
    assert "SUPPORT" in types_of(pipeline_events(pipeline, text))


# --- attacks: a campaign of force, the use of a weapon against someone, a place struck, an attempt ----------


def test_an_aerial_campaign_is_an_attack_and_a_political_campaign_is_not(pipeline):
    text = "A Saudi aerial campaign against rebel towns killed dozens of civilians in Yemen."
    assert countries_of(of_type(pipeline_events(pipeline, text), "ASSAULT"), "source") == {"SAU"}
    assert pipeline_events(pipeline, "The election campaign of the Kenyan opposition began.") == []


def test_the_use_of_a_nerve_agent_against_people_is_an_attack(pipeline):
    text = "Syrian forces used chemical weapons against civilians in Douma."
    assert countries_of(of_type(pipeline_events(pipeline, text), "ASSAULT"), "source") == {"SYR"}


def test_a_police_raid_is_coercion_and_a_military_raid_an_attack(pipeline):
    assert "COERCE" in types_of(
        pipeline_events(pipeline, "Kenyan police raided the offices of the newspaper.")
    )
    assert "ASSAULT" in types_of(pipeline_events(pipeline, "Israeli troops raided a refugee camp in Jenin."))


def test_the_place_an_unclaimed_attack_struck_is_its_target(pipeline):
    text = "A car bomb exploded outside a police station in Mogadishu, Somalia, killing six officers."
    events = pipeline_events(pipeline, text)
    assert any(countries_of(e, "target") == {"SOM"} for e in events if e.type == "ASSAULT")


def test_the_place_struck_by_a_named_attacker_is_its_target(pipeline):
    text = "Russian troops shelled the city of Kharkiv on Sunday."
    event = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert countries_of(event, "source") == {"RUS"} and countries_of(event, "target") == {"UKR"}


def test_an_attempted_killing_is_an_attack_not_a_threat(pipeline):
    text = "Gunmen tried to kill a provincial governor in Afghanistan on Monday."
    events = pipeline_events(pipeline, text)
    assert "THREATEN" not in types_of(events) and of_type(events, "ASSAULT").modality == "asserted"
