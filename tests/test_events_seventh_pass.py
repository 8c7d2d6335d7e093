"""Classes of construction missed on wire sentences (issue 12, round 6): predicates whose doer a short
text does not name, event nouns a clause says took place, acts decided against, and verb patterns of
the CAMEO dictionary for aid delivered, legal relief and suspicion. Through the full pipeline with the
real knowledge base; the sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of


def _doers(event) -> list[tuple[str, str]]:
    return [(ea.actor.name, ea.side) for ea in event.actors]


# --- A short text types its predicates even when nobody resolves as their doer ---------------------------


def test_a_fragment_without_subject_is_still_typed(pipeline):
    event = of_type(pipeline_events(pipeline, "accused the finance minister of hiding the loans"), "ACCUSE")
    assert ("unknown", "source") in _doers(event)


def test_a_reported_speech_fragment_keeps_its_resolved_target(pipeline):
    event = of_type(pipeline_events(pipeline, "urged Ghana to reopen the border crossing"), "REQUEST")
    assert countries_of(event, "target") == {"GHA"}


def test_an_unresolved_pronoun_subject_of_a_one_sentence_text_is_an_unknown_doer(pipeline):
    event = of_type(pipeline_events(pipeline, "We strongly condemn the decision of the council."), "ACCUSE")
    assert _doers(event) == [("unknown", "source")]


def test_an_unnamed_subject_suspending_aid_is_a_sanction_not_called_off(pipeline):
    events = pipeline_events(pipeline, "some foreign donors have suspended their aid to the health ministry")
    assert "SANCTION" in types_of(events)


def test_in_a_story_a_predicate_without_any_actor_is_still_dropped(pipeline):
    text = (
        "Chile held municipal elections on Sunday. Turnout was higher than four years ago. "
        "Officials counted the ballots overnight. Some were arrested after the count."
    )
    assert "COERCE" not in types_of(pipeline_events(pipeline, text))
    assert "COERCE" in types_of(pipeline_events(pipeline, "Some were arrested after the count."))


def test_a_noun_another_act_works_on_gets_no_unknown_doer(pipeline):
    events = pipeline_events(pipeline, "Police moved in to quell the riots in the capital.")
    assert "PROTEST" not in types_of(events) and "THREATEN" not in types_of(events)


def test_a_clause_describing_a_noun_gets_no_unknown_doer(pipeline):
    events = pipeline_events(pipeline, "Families from the town that was shelled last week returned home.")
    assert "ASSAULT" not in types_of(events)


def test_a_light_verb_noun_in_a_fragment_is_one_event(pipeline):
    events = pipeline_events(pipeline, "launched a wave of drone strikes on the port")
    assert [e.type for e in events] == ["ASSAULT"]


# --- Event nouns a clause says took place ------------------------------------------------------------------


def test_talks_that_began_are_news_even_without_named_parties(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Talks to end the border war began on Monday in Nairobi."), "CONSULT"
    )
    assert event.modality == "asserted"


def test_a_displeasure_conveyed_in_the_passive_is_an_accusation(pipeline):
    text = "The strong displeasure of the government was conveyed to the Indian envoy."
    assert "ACCUSE" in types_of(pipeline_events(pipeline, text))


def test_a_visit_that_is_the_object_of_end_borrows_no_event(pipeline):
    text = (
        "Spanish King Felipe ended a state visit to Morocco on Friday. He met King Mohammed VI in Rabat. "
        "Both sides praised the talks."
    )
    visits = [e for e in pipeline_events(pipeline, text) if e.type == "CONSULT" and e.trigger == "visit"]
    assert all(countries_of(e, "source") for e in visits)


# --- Acts decided, ruled or voted against ------------------------------------------------------------------


def test_a_release_ruled_against_is_a_rejection(pipeline):
    text = "The High Court of Uganda ruled against releasing the opposition politician on bail."
    event = of_type(pipeline_events(pipeline, text), "REJECT")
    assert countries_of(event, "source") == {"UGA"}
    assert "RETREAT" not in types_of(pipeline_events(pipeline, text))


def test_a_deployment_voted_against_is_negated(pipeline):
    text = "The Danish parliament voted against sending troops to Mali."
    event = of_type(pipeline_events(pipeline, text), "MOBILIZE")
    assert event.modality == "negated"


def test_a_call_for_an_act_is_not_read_as_against_it(pipeline):
    event = of_type(pipeline_events(pipeline, "Norway called for releasing the detained sailors."), "REQUEST")
    assert event.modality == "asserted"


def test_a_law_struck_down_is_no_attack(pipeline):
    events = pipeline_events(pipeline, "The Peruvian constitutional court struck down the amnesty law.")
    assert "ASSAULT" not in types_of(events)


# --- Commentators ------------------------------------------------------------------------------------------


def test_fellow_as_a_modifier_is_no_commentator(pipeline):
    text = "His fellow senators and Governor Mills had urged Kenya to withdraw the bill."
    assert countries_of(of_type(pipeline_events(pipeline, text), "REQUEST"), "target") == {"KEN"}


def test_a_fellow_at_an_institute_is_still_a_commentator(pipeline):
    text = "Kenya should withdraw the bill, said Anna Berg, a senior fellow at the Oslo Institute."
    assert "REQUEST" not in types_of(pipeline_events(pipeline, text))


# --- CAMEO patterns: aid delivered, legal relief, suspicion ------------------------------------------------


def test_aid_convoys_reaching_a_town_are_aid_and_prices_reaching_a_high_are_not(pipeline):
    aid = of_type(
        pipeline_events(pipeline, "Aid convoys from Egypt reached the Sudanese town of Wadi Halfa."), "AID"
    )
    assert countries_of(aid, "source") == {"EGY"}
    prices = pipeline_events(pipeline, "Fuel prices in Ghana reached a record high in June.")
    assert "AID" not in types_of(prices)


def test_military_cargo_delivered_is_aid_and_a_speech_delivered_is_not(pipeline):
    aid = of_type(pipeline_events(pipeline, "India delivered military cargo to Sri Lanka on Monday."), "AID")
    assert countries_of(aid, "target") == {"LKA"}
    speech = pipeline_events(pipeline, "The Indian president delivered a speech in parliament.")
    assert "AID" not in types_of(speech)


def test_a_loan_extended_is_aid_and_a_deadline_extended_is_not(pipeline):
    aid = of_type(pipeline_events(pipeline, "Saudi Arabia extended a $3 billion loan to Egypt."), "AID")
    assert countries_of(aid, "target") == {"EGY"}
    assert types_of(pipeline_events(pipeline, "Ghana extended the deadline for the new passports.")) == set()


def test_charges_dropped_and_sentences_commuted_concede(pipeline):
    dropped = pipeline_events(pipeline, "Tunisian prosecutors dropped the charges against the bloggers.")
    assert countries_of(of_type(dropped, "CONCEDE"), "source") == {"TUN"}
    commuted = pipeline_events(
        pipeline, "The president of Zambia commuted the death sentences of 30 inmates."
    )
    assert countries_of(of_type(commuted, "CONCEDE"), "source") == {"ZMB"}


def test_suspicion_of_another_party_is_an_accusation(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Colombia suspects that Venezuela sheltered the rebels."), "ACCUSE"
    )
    assert countries_of(event, "source") == {"COL"} and countries_of(event, "target") == {"VEN"}


def test_suspected_as_a_modifier_is_no_accusation(pipeline):
    events = pipeline_events(pipeline, "Two suspected smugglers crossed into Chad from Libya on Monday.")
    assert "ACCUSE" not in types_of(events)


def test_rescued_migrants_are_humanitarian_aid(pipeline):
    text = "The Greek coast guard rescued 80 Syrian migrants near Lesbos."
    assert countries_of(of_type(pipeline_events(pipeline, text), "AID"), "source") == {"GRC"}


# --- Existential and caused event nouns; light verbs of cooperation and aid --------------------------------


def test_an_existential_strike_by_workers_is_a_protest(pipeline):
    events = pipeline_events(pipeline, "there were two strikes by port workers in Accra last week")
    assert "PROTEST" in types_of(events)


def test_protests_a_measure_sparked_are_news_in_a_short_text(pipeline):
    events = pipeline_events(pipeline, "the fuel subsidy cut sparked large demonstrations in several cities")
    assert "PROTEST" in types_of(events)


def test_political_attacks_are_verbal_not_force(pipeline):
    text = "The Zambian president launched political attacks on the opposition leader."
    events = pipeline_events(pipeline, text)
    assert "ACCUSE" in types_of(events) and "ASSAULT" not in types_of(events)


def test_help_enlisted_from_another_state_is_cooperation(pipeline):
    text = "Peru enlisted the help of Chile in the search for the missing fishermen."
    event = of_type(pipeline_events(pipeline, text), "COOPERATE")
    assert countries_of(event, "source") == {"PER"}


def test_money_received_is_aid_and_votes_received_are_not(pipeline):
    aid = of_type(pipeline_events(pipeline, "Haiti has received $25 million to rebuild its schools."), "AID")
    assert countries_of(aid, "target") == {"HTI"}
    votes = pipeline_events(pipeline, "The Ghanaian candidate received 3 million votes.")
    assert "AID" not in types_of(votes)


def test_the_requester_of_an_act_done_at_its_request(pipeline):
    text = "Generators were flown to the island at the request of Fiji."
    assert countries_of(of_type(pipeline_events(pipeline, text), "REQUEST"), "source") == {"FJI"}


# --- Negated and weighed intentions; judging verbs ---------------------------------------------------------


def test_no_plans_to_attack_is_a_negated_attack_not_a_threat(pipeline):
    text = "Belarus has no plans to attack Lithuania, its defence minister said."
    event = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert event.modality == "negated"


def test_no_intention_of_withdrawing_is_negated(pipeline):
    text = "Chad has no intention of withdrawing its troops from Niger."
    assert of_type(pipeline_events(pipeline, text), "RETREAT").modality == "negated"


def test_sanctions_under_consideration_are_not_imposed(pipeline):
    text = "Canada is considering imposing sanctions on Eritrea."
    assert of_type(pipeline_events(pipeline, text), "SANCTION").modality == "hoped"


def test_an_invasion_not_condemned_still_happened(pipeline):
    # In an article: a one-sentence wire item's news is the (withheld) condemnation only (round 11).
    lead = "The war in Ukraine entered its third year. Leaders of the region met in Belgrade on Friday. "
    text = lead + "Serbia did not condemn the Russian invasion of Ukraine."
    events = pipeline_events(pipeline, text)
    assert of_type(events, "ASSAULT").modality == "asserted"
    assert of_type(events, "ACCUSE").modality == "negated"


def test_an_agreement_not_signed_stays_negated(pipeline):
    text = "Ghana did not sign the trade agreement with Togo."
    assert of_type(pipeline_events(pipeline, text), "SUPPORT").modality == "negated"


def test_an_event_judged_in_a_verbless_clause_is_not_weighed(pipeline):
    text = "We consider the withdrawal of forces by Britain a good step, Iraq said."
    assert of_type(pipeline_events(pipeline, text), "RETREAT").modality == "asserted"


def test_a_blast_is_an_attack_and_a_cold_blast_is_not(pipeline):
    bomb = pipeline_events(pipeline, "There was a blast outside the Somali parliament in Mogadishu.")
    assert of_type(bomb, "ASSAULT").mode == "explosives"
    assert "ASSAULT" not in types_of(pipeline_events(pipeline, "A cold blast of air reached Canada."))


def test_armed_rebels_leaving_a_town_withdraw_and_a_minister_leaving_a_city_does_not(pipeline):
    rebels = pipeline_events(pipeline, "Ugandan rebels have left the town after the army advanced.")
    assert of_type(rebels, "RETREAT").mode == "withdraw"
    minister = pipeline_events(pipeline, "The Kenyan foreign minister left the city on Monday.")
    assert "RETREAT" not in types_of(minister)


def test_weeks_of_protests_in_a_fragment_are_a_protest(pipeline):
    events = pipeline_events(pipeline, "two weeks of protests against the new tax followed the vote")
    assert "PROTEST" in types_of(events)
