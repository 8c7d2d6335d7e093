"""Classes of construction missed on wire sentences (issue 12, round 5, second pass), through the full
pipeline with the real knowledge base: verb patterns of the CAMEO dictionary for shows of force,
sanctions and coercion, a few type confusions, and demands that are a protest's content. The sentences
are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

# --- MOBILIZE: shows of force (CAMEO 15x) --------------------------------------------------------------


def test_reservists_called_up_are_a_mobilisation(pipeline):
    event = of_type(pipeline_events(pipeline, "Armenia called up 20,000 reservists on Monday."), "MOBILIZE")
    assert countries_of(event, "source") == {"ARM"}


def test_the_british_spelling_of_mobilisation_is_known(pipeline):
    text = "The Serbian government announced a general mobilisation of its army."
    assert countries_of(of_type(pipeline_events(pipeline, text), "MOBILIZE"), "source") == {"SRB"}


def test_military_aircraft_flying_near_another_country_are_a_show_of_force(pipeline):
    text = "Russian military aircraft flew near the coast of Norway on Tuesday."
    assert countries_of(of_type(pipeline_events(pipeline, text), "MOBILIZE"), "source") == {"RUS"}


def test_a_president_flying_to_a_capital_is_no_show_of_force(pipeline):
    events = pipeline_events(pipeline, "The Brazilian president flew to Lisbon on Monday.")
    assert "MOBILIZE" not in types_of(events)


def test_security_stepped_up_or_tightened_is_police_power(pipeline):
    for text in (
        "Ghana stepped up security along its northern border.",
        "Ghana tightened security around the parliament.",
    ):
        event = of_type(pipeline_events(pipeline, text), "MOBILIZE")
        assert event.mode == "police" and countries_of(event, "source") == {"GHA"}


def test_forces_moved_forward_mobilise_and_moved_out_do_not(pipeline):
    forward = pipeline_events(pipeline, "Turkey moved tanks to its border with Syria.")
    assert countries_of(of_type(forward, "MOBILIZE"), "source") == {"TUR"}
    back = pipeline_events(pipeline, "Turkey moved its tanks out of the Syrian town.")
    assert "MOBILIZE" not in types_of(back)


def test_a_missile_fired_at_no_one_is_a_test_and_one_fired_at_a_state_an_attack(pipeline):
    test = of_type(pipeline_events(pipeline, "Pakistan fired a cruise missile on Thursday."), "MOBILIZE")
    assert test.mode == "weapons"
    attack = of_type(pipeline_events(pipeline, "Iran fired a missile at Iraq on Thursday."), "ASSAULT")
    assert countries_of(attack, "target") == {"IRQ"}


def test_a_hyphenated_test_firing_is_a_weapons_test(pipeline):
    event = of_type(pipeline_events(pipeline, "India test-fired a new missile on Friday."), "MOBILIZE")
    assert event.mode == "weapons"


def test_artillery_drills_are_a_show_of_force(pipeline):
    text = "South Korea held artillery drills near the border with North Korea."
    assert countries_of(of_type(pipeline_events(pipeline, text), "MOBILIZE"), "source") == {"KOR"}


# --- ASSAULT: weapons that hit, ramming, military operations ----------------------------------------------


def test_a_place_hit_by_a_states_missiles_is_attacked_by_that_state(pipeline):
    event = of_type(
        pipeline_events(pipeline, "The Georgian town of Gori was hit by Russian rockets."), "ASSAULT"
    )
    assert countries_of(event, "source") == {"RUS"} and countries_of(event, "target") == {"GEO"}


def test_a_country_hit_by_sanctions_is_not_attacked(pipeline):
    events = pipeline_events(pipeline, "Iran was hit hard by the European sanctions.")
    assert "ASSAULT" not in types_of(events)


def test_a_boat_rammed_by_a_coast_guard_ship_is_attacked(pipeline):
    text = "A Filipino fishing boat was rammed by a Chinese coast guard vessel."
    event = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert countries_of(event, "source") == {"CHN"} and countries_of(event, "target") == {"PHL"}


def test_a_military_operation_launched_is_force(pipeline):
    text = "Colombia launched a military operation against rebels in Venezuela."
    assert countries_of(of_type(pipeline_events(pipeline, text), "ASSAULT"), "source") == {"COL"}


# --- AID and evacuations ----------------------------------------------------------------------------------


def test_weapons_sent_to_another_state_are_aid_and_sent_into_it_a_deployment(pipeline):
    aid = of_type(pipeline_events(pipeline, "Poland sent tanks to Ukraine in April."), "AID")
    assert countries_of(aid, "source") == {"POL"} and countries_of(aid, "target") == {"UKR"}
    moved = pipeline_events(pipeline, "Armenia sent tanks into Azerbaijan in April.")
    assert "AID" not in types_of(moved) and "MOBILIZE" in types_of(moved)


def test_evacuating_people_is_aid_and_evacuating_without_an_object_is_not(pipeline):
    people = pipeline_events(pipeline, "Kenya evacuated 200 of its citizens from Lebanon.")
    assert countries_of(of_type(people, "AID"), "source") == {"KEN"}
    leaving = pipeline_events(pipeline, "Kenyan residents of the coastal town evacuated on Sunday.")
    assert "AID" not in types_of(leaving)


# --- SANCTION and COERCE (CAMEO 16x, 17x) ------------------------------------------------------------------


def test_trade_restricted_or_curbed_against_another_state_is_a_sanction(pipeline):
    for text in (
        "Canada imposed export curbs on Iran.",
        "Canada restricted exports of drones to Iran.",
        "Canada barred imports from Iran.",
    ):
        event = of_type(pipeline_events(pipeline, text), "SANCTION")
        assert countries_of(event, "source") == {"CAN"}


def test_restrictions_at_home_stay_coercion(pipeline):
    event = of_type(pipeline_events(pipeline, "Kenya imposed restrictions on rallies in Nairobi."), "COERCE")
    assert event.mode == "restrict"


def test_firms_added_to_a_sanctions_list_are_sanctioned(pipeline):
    text = "Japan added six Chinese companies to its sanctions list."
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(event, "source") == {"JPN"} and countries_of(event, "target") == {"CHN"}


def test_a_list_of_heritage_sites_is_no_sanction(pipeline):
    events = pipeline_events(pipeline, "UNESCO added the old town of Kotor to its list of protected sites.")
    assert "SANCTION" not in types_of(events)


def test_pulling_out_of_a_deal_ends_a_tie_and_pulling_troops_out_is_a_retreat(pipeline):
    deal = of_type(pipeline_events(pipeline, "Mali pulled out of the defence pact with France."), "SANCTION")
    assert countries_of(deal, "source") == {"MLI"}
    troops = pipeline_events(pipeline, "Mali pulled its troops out of the town after the pact.")
    assert "SANCTION" not in types_of(troops)


def test_lending_paused_and_sanctions_slapped_are_sanctions(pipeline):
    for text in (
        "The World Bank paused lending to Malawi.",
        "Britain slapped sanctions on Iranian generals.",
    ):
        assert "SANCTION" in types_of(pipeline_events(pipeline, text))


def test_a_member_suspended_from_a_bloc_is_sanctioned(pipeline):
    text = "The Southern African bloc SADC suspended Madagascar from the community after the coup."
    assert countries_of(of_type(pipeline_events(pipeline, text), "SANCTION"), "target") == {"MDG"}


def test_an_order_to_leave_is_an_expulsion(pipeline):
    diplomat = of_type(
        pipeline_events(pipeline, "Niger ordered the French ambassador to leave the country."), "SANCTION"
    )
    assert diplomat.mode == "expel" and countries_of(diplomat, "target") == {"FRA"}
    reporters = of_type(
        pipeline_events(pipeline, "Ethiopia ordered two Kenyan journalists to leave the country."), "COERCE"
    )
    assert reporters.mode == "deport"


def test_a_sentence_upheld_is_a_conviction_and_a_licence_revoked_coercion(pipeline):
    # round 19: a court ruling is SANCTION convict in the PLOVER structured codebook (NGEC-2025)
    sentence = of_type(
        pipeline_events(pipeline, "A Tehran court upheld the death sentence of the rapper on Monday."),
        "SANCTION",
    )
    assert sentence.mode == "convict"
    assert countries_of(sentence, "source") == {"IRN"}
    licence = of_type(
        pipeline_events(pipeline, "The Hungarian government revoked the licence of a radio station."),
        "COERCE",
    )
    assert licence.mode == "restrict"


def test_a_party_kept_from_acting_is_coerced_and_a_danger_prevented_is_not(pipeline):
    kept = pipeline_events(pipeline, "Bolivian police prevented the miners from entering La Paz.")
    assert of_type(kept, "COERCE").mode == "restrict"
    averted = pipeline_events(pipeline, "Chile and Peru agreed on steps to prevent future floods.")
    assert "COERCE" not in types_of(averted) and "THREATEN" not in types_of(averted)


# --- modality -----------------------------------------------------------------------------------------------


def test_a_plot_is_an_intention_not_an_act(pipeline):
    text = "Police in Ghana arrested six officers for plotting to free a jailed general."
    events = pipeline_events(pipeline, text)
    assert of_type(events, "COERCE").modality == "asserted"
    assert all(e.modality != "asserted" for e in events if e.type == "RETREAT")


def test_being_somewhere_for_talks_is_talks_under_way(pipeline):
    text = "The Iraqi foreign minister is in Ankara for talks with Turkish officials."
    assert of_type(pipeline_events(pipeline, text), "CONSULT").modality == "asserted"
    planned = "The Iraqi foreign minister will be in Ankara for talks with Turkish officials."
    assert of_type(pipeline_events(pipeline, planned), "CONSULT").modality == "planned"


# --- a demand that is a protest's content -------------------------------------------------------------------


def test_a_demand_of_protesters_is_the_protests_content(pipeline):
    for text in (
        "Hundreds of Kenyan farmers demanding lower fuel prices protested outside parliament in Nairobi.",
        "Thousands of Kenyans joined protests calling for lower fuel prices in Nairobi.",
    ):
        events = pipeline_events(pipeline, text)
        assert "PROTEST" in types_of(events) and "REQUEST" not in types_of(events)


def test_a_demand_in_a_clause_with_its_own_subject_stays_a_request(pipeline):
    text = "Kenyan farmers protested in Nairobi, while Uganda demanded that Kenya reopen the border."
    assert countries_of(of_type(pipeline_events(pipeline, text), "REQUEST"), "source") == {"UGA"}


def test_censorship_and_closures_at_home_are_coercion(pipeline):
    cases = {
        "Pakistan blocked YouTube and other websites on Friday.": "censor",
        "Ethiopia cut internet access in the Amhara region.": "censor",
        "The Belarusian government shut down two independent universities.": "restrict",
        "The Cuban police placed the dissident under house arrest.": "arrest",
        "The military government of Guinea dissolved the opposition party.": "ban",
    }
    for text, mode in cases.items():
        assert of_type(pipeline_events(pipeline, text), "COERCE").mode == mode, text


def test_a_road_blocked_stays_an_obstruction(pipeline):
    text = "Polish farmers blocked the road to the Ukrainian border."
    assert of_type(pipeline_events(pipeline, text), "PROTEST").mode == "obstruct"


# --- support verbs: what the subject comes under ------------------------------------------------------------


def test_coming_under_pressure_from_someone_is_their_request(pipeline):
    text = "The Moldovan president came under pressure from Russia to resign."
    event = of_type(pipeline_events(pipeline, text), "REQUEST")
    assert countries_of(event, "source") == {"RUS"} and countries_of(event, "target") == {"MDA"}


def test_coming_to_talks_is_no_undergoing(pipeline):
    text = "The Moldovan foreign minister came to the talks with Romania in Vienna."
    event = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert "MDA" in countries_of(event, "source")


# --- attacks named by their target or their bomber ----------------------------------------------------------


def test_a_suicide_bomber_blowing_himself_up_is_an_attack_not_property_destroyed(pipeline):
    text = "A suicide bomber blew himself up outside a church in the Pakistani city of Quetta."
    event = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert event.mode == "explosives" and countries_of(event, "target") == {"PAK"}


def test_a_ship_targeted_is_attacked(pipeline):
    text = "Eritrean forces targeted a Djiboutian patrol boat on Sunday."
    event = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert countries_of(event, "source") == {"ERI"} and countries_of(event, "target") == {"DJI"}


def test_a_town_besieged_is_coerced(pipeline):
    text = "Ethiopian troops besieged the Somali border town."
    assert of_type(pipeline_events(pipeline, text), "COERCE").mode == "restrict"


def test_lashing_out_is_criticism_and_a_release_of_wastewater_frees_no_one(pipeline):
    text = "The South Korean government lashed out at Japan over the wastewater release."
    events = pipeline_events(pipeline, text)
    assert of_type(events, "ACCUSE").mode == "disapprove" and "RETREAT" not in types_of(events)


# --- a warning of another party's act --------------------------------------------------------------


def test_a_warning_that_another_state_will_attack_is_no_threat_by_the_warner(pipeline):
    text = "The Moldovan president warned that Russia was planning an attack on Chisinau."
    assert "THREATEN" not in types_of(pipeline_events(pipeline, text))


def test_a_warning_naming_the_warners_own_capital_stays_a_threat(pipeline):
    for text in (
        "Iran warned that it would retaliate against Israel.",
        "North Korea warned that Pyongyang would use nuclear weapons against Seoul.",
    ):
        assert "THREATEN" in types_of(pipeline_events(pipeline, text)), text


def test_workers_striking_is_a_labour_strike_and_a_deal_struck_an_agreement(pipeline):
    text = "Nigerian teachers struck on Tuesday over unpaid salaries."
    event = of_type(pipeline_events(pipeline, text), "PROTEST")
    assert event.mode == "boycott" and "ASSAULT" not in types_of(pipeline_events(pipeline, text))
    deal = pipeline_events(pipeline, "Ghana and Nigeria struck a deal on gas supplies.")
    assert countries_of(of_type(deal, "AGREE")) == {"GHA", "NGA"}
