"""Round 7, recall on news (issue 12): trigger rows for constructions the corpus dev half missed, through
the full pipeline with the real knowledge base. The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

from dateline.events.detect import detect
from dateline.events.framing import defined_as

# --- "attacked army positions" is fighting; "attacked the government's position" is criticism ------------


def test_attacking_military_positions_is_an_assault(pipeline):
    events = pipeline_events(pipeline, "Insurgents attacked Malian army positions near Gao on Sunday.")
    assert "ACCUSE" not in types_of(events)
    assert countries_of(of_type(events, "ASSAULT"), "target") == {"MLI"}


def test_attacks_on_border_outposts_are_assaults(pipeline):
    events = pipeline_events(
        pipeline, "Armenia said Azerbaijani troops carried out attacks on its border outposts on Monday."
    )
    assert "ASSAULT" in types_of(events)


def test_attacking_a_stance_stays_a_verbal_attack(pipeline):
    events = pipeline_events(
        pipeline, "The Kenyan opposition leader attacked the government's position on the tax bill."
    )
    assert of_type(events, "ACCUSE").mode == "disapprove"
    assert "ASSAULT" not in types_of(events)


# --- weapons that target a place: the attack of those who sent them (CAMEO TARGET ... [190]) ---------------


def test_drones_targeting_a_capital_are_an_assault(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Overnight, dozens of Ukrainian drones targeted Moscow, officials said."),
        "ASSAULT",
    )
    assert countries_of(event, "source") == {"UKR"}
    assert countries_of(event, "target") == {"RUS"}


def test_targeting_voters_with_adverts_is_no_assault(pipeline):
    events = pipeline_events(pipeline, "The Peruvian campaign targeted young voters with online adverts.")
    assert "ASSAULT" not in types_of(events)


# --- a court endorsing an election result (CAMEO AFFIRM [051]) ----------------------------------------------


def test_a_court_upholding_an_election_win_supports_it(pipeline):
    events = pipeline_events(
        pipeline, "Zambia's Constitutional Court on Monday upheld the president's election victory."
    )
    assert countries_of(of_type(events, "SUPPORT"), "source") == {"ZMB"}


def test_a_passive_validation_of_a_win_is_support(pipeline):
    events = pipeline_events(
        pipeline, "The Malawian leader, whose win was validated by the Supreme Court on Friday, spoke."
    )
    assert "SUPPORT" in types_of(events)


def test_upholding_a_sentence_stays_a_penalty(pipeline):
    events = pipeline_events(pipeline, "A Peruvian court upheld the sentence of the former minister.")
    assert "SUPPORT" not in types_of(events)


# --- seizing places (CAMEO TAKE_OVER [171]) and firing water cannon or tear gas (CAMEO FIRE [175]) --------


def test_taking_over_an_embassy_is_a_seizure(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Bolivian police officers took over the Chilean embassy in La Paz."),
        "COERCE",
    )
    assert event.mode == "seize"
    assert countries_of(event, "source") == {"BOL"}


def test_taking_over_a_post_is_no_seizure(pipeline):
    events = pipeline_events(pipeline, "The Kenyan minister took over the chairmanship of the bloc.")
    assert "COERCE" not in types_of(events)


def test_firing_a_water_cannon_is_an_assault(pipeline):
    event = of_type(
        pipeline_events(pipeline, "A Chinese coast guard ship fired a water cannon at a Philippine boat."),
        "ASSAULT",
    )
    assert countries_of(event, "source") == {"CHN"}


# --- disputing an election result is disapproval (CAMEO VERBAL_CONFLICT [110]) ------------------------------


def test_questioning_a_neighbours_election_result_is_an_accusation(pipeline):
    event = of_type(
        pipeline_events(
            pipeline, "Chile and Peru questioned the transparency of the Bolivian election results on Monday."
        ),
        "ACCUSE",
    )
    assert event.mode == "disapprove"
    assert countries_of(event, "source") == {"CHL", "PER"}
    assert countries_of(event, "target") == {"BOL"}


def test_contesting_an_election_is_running_in_it(pipeline):
    events = pipeline_events(pipeline, "Three Malawian parties contested the election in May.")
    assert "ACCUSE" not in types_of(events)


# --- what one's own country should do is a stated policy, not a request -------------------------------------


def test_a_speaker_saying_what_their_own_country_should_do_asks_no_one(pipeline):
    events = pipeline_events(
        pipeline,
        "The Chilean president spoke in Santiago on Monday. Chile should keep accepting refugees from "
        "the region, the president said. He gave no figures.",
    )
    assert "REQUEST" not in types_of(events)


def test_a_speaker_saying_what_another_country_must_do_requests_it(pipeline):
    events = pipeline_events(
        pipeline,
        "The Chilean president spoke in Santiago on Monday. Peru must withdraw its troops from the "
        "border, the president said. He gave no date.",
    )
    event = of_type(events, "REQUEST")
    assert countries_of(event, "source") == {"CHL"}
    assert countries_of(event, "target") == {"PER"}


def test_an_opposition_leader_saying_what_the_country_should_do_requests_it(pipeline):
    events = pipeline_events(
        pipeline,
        "Kenya's opposition leader addressed supporters in Nairobi on Monday. Kenya should hold fresh "
        "elections within a year, the opposition leader said. He gave no date.",
    )
    assert "REQUEST" in types_of(events)


# --- the "as" phrase of a definition is a kind of act, not one that happened --------------------------------


def _trigger(nlp, sentence: str, word: str):
    return next(t for t in detect(next(nlp(sentence).sents)) if t.head.text == word)


def test_an_act_in_a_definition_did_not_happen(nlp):
    for sentence in (
        "The treaty defines aggression as an armed attack on another state.",
        "Aggression is defined in the treaty as an armed attack on another state.",
    ):
        assert defined_as(_trigger(nlp, sentence, "attack"))


def test_the_act_a_speaker_defines_did_happen(nlp):
    sentence = "Chile defined the Peruvian attack on its border posts as an act of war."
    assert not defined_as(_trigger(nlp, sentence, "attack"))
