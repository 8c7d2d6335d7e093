"""Classes found on the dev half of the news corpus (second pass on issue 12), through the full pipeline
with the real knowledge base. The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events

# --- a lone surname the whole KB gives to one person --------------------------------------------------


def test_lone_surnames_of_known_people_are_participants_without_a_full_name(pipeline):
    # Neither full name is ever given, and the small parser tags the surnames as an organisation and a
    # place; each surname belongs to one hand-written KB person only.
    event = of_type(pipeline_events(pipeline, "Lavrov and Blinken met briefly in Vienna.", None), "CONSULT")
    assert {ea.actor.name for ea in event.actors} == {"Sergey Lavrov", "Antony Blinken"}


def test_a_lone_capitalised_word_that_is_a_date_or_a_common_noun_is_no_person(pipeline):
    events = pipeline_events(pipeline, "In May, Rice exporters met Sheinbaum in Mexico City.")
    event = of_type(events, "CONSULT")
    assert countries_of(event) == {"MEX"}


# --- a breach of a norm reported by someone is their accusation ---------------------------------------


def test_a_reported_breach_is_the_speakers_accusation_of_the_violator(pipeline):
    text = "Serbia violated the Brussels agreement, Kosovo's prime minister Albin Kurti said on Sunday."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(event, "source") == {"XKX"} and countries_of(event, "target") == {"SRB"}
    assert not [e for e in pipeline_events(pipeline, text) if e.type == "REJECT"]


def test_a_breach_reported_through_a_noun_of_view_is_an_accusation(pipeline):
    text = "The Dutch prime minister reiterated his position that Russia breached international law."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(event, "source") == {"NLD"} and countries_of(event, "target") == {"RUS"}


def test_a_breach_in_a_stated_position_without_that_is_an_accusation(pipeline):
    # The parser reads "his position Russia breached ..." as a relative clause of "position".
    text = "Kenyan President William Ruto reiterated his view Somalia violated the maritime accord."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(event, "source") == {"KEN"} and countries_of(event, "target") == {"SOM"}


def test_a_breach_by_a_thing_said_by_a_ministry_accuses_the_things_owner(pipeline):
    text = "Chinese naval drills near the reef violated Manila's sovereignty, the Philippine ministry said."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(event, "source") == {"PHL"} and "CHN" in countries_of(event, "target")


def test_a_breach_stated_by_the_narrator_stays_the_violators_act(pipeline):
    events = pipeline_events(pipeline, "Serbia violated the Brussels agreement on Sunday.")
    assert not [e for e in events if e.type == "ACCUSE"]


# --- a person welcomed in person is a guest received ---------------------------------------------------


def test_welcoming_a_visiting_leader_is_hosting_him(pipeline):
    # Round 10: hosting is the guest's visit told from the host's side (guest source, host target).
    text = "Kenyan President William Ruto welcomed the Ugandan president to Nairobi on Monday."
    event = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert event.mode == "visit"
    assert countries_of(event, "source") == {"UGA"} and countries_of(event, "target") == {"KEN"}


def test_a_leader_welcomed_by_the_host_is_a_hosted_visit(pipeline):
    text = "Kenyan President William Ruto was welcomed by Chinese President Xi Jinping in Beijing."
    event = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert event.mode == "visit"
    assert countries_of(event, "source") == {"KEN"} and countries_of(event, "target") == {"CHN"}


def test_welcoming_a_decision_stays_support(pipeline):
    events = pipeline_events(pipeline, "Kenya welcomed the Ugandan decision to reopen the border.")
    assert not [e for e in events if e.type == "CONSULT"]
    assert of_type(events, "SUPPORT")


# --- tariffs imposed, and measures lifted ---------------------------------------------------------------


def test_tariffs_ordered_on_a_country_are_a_sanction(pipeline):
    event = of_type(pipeline_events(pipeline, "President Joe Biden ordered tariffs on Mexico."), "SANCTION")
    assert countries_of(event, "source") == {"USA"} and countries_of(event, "target") == {"MEX"}


def test_a_measure_lifted_is_a_retreat_and_no_new_sanction(pipeline):
    events = pipeline_events(pipeline, "Japan removed the sanctions on Iran on Tuesday.")
    assert of_type(events, "RETREAT").mode == "ease"
    assert not [e for e in events if e.type == "SANCTION"]


def test_tariffs_applied_are_a_sanction_but_tariffs_as_a_subject_are_not(pipeline):
    events = pipeline_events(pipeline, "Argentina will apply tariffs on Chile from March.")
    assert countries_of(of_type(events, "SANCTION"), "source") == {"ARG"}
    subject = pipeline_events(pipeline, "Chilean tariffs aim to protect farmers.")
    assert not [e for e in subject if e.type == "SANCTION"]


def test_a_diplomat_declared_persona_non_grata_is_expelled(pipeline):
    text = "On Monday Poland recognised two diplomats of the Belarusian embassy as persona non grata."
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert event.mode == "expel"
    assert countries_of(event, "source") == {"POL"} and countries_of(event, "target") == {"BLR"}


def test_a_passive_persona_non_grata_is_an_expulsion(pipeline):
    text = "Four Lithuanian embassy staff were declared persona non grata on Tuesday."
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert event.mode == "expel" and countries_of(event, "target") == {"LTU"}


# --- an order to one's own forces is the commander's own act --------------------------------------------


def test_an_order_to_ones_own_military_is_the_act_ordered(pipeline):
    text = "President Erdogan ordered his army to halt the shelling of Syrian villages."
    events = pipeline_events(pipeline, text)
    halt = of_type(events, "RETREAT")
    assert countries_of(halt, "source") == {"TUR"}
    assert not [e for e in events if e.type == "REQUEST"]


def test_an_order_to_another_party_stays_a_request(pipeline):
    events = pipeline_events(
        pipeline, "President Erdogan ordered Syria to halt the shelling of the villages."
    )
    request = of_type(events, "REQUEST")
    assert countries_of(request, "source") == {"TUR"} and countries_of(request, "target") == {"SYR"}
