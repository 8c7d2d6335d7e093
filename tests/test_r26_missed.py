"""Round 26 (issue 12, r26miss): missed events told with verbs the lexicon lacked. Wanting from
another party a release, a commitment or sanctions lifted is a request (PETRARCH-2 WANT in the DEMAND
class [100]); offers or appeals ignored are turned down (IGNORE - * APPEAL [122]); "rearrested",
which the model lemmatizes "rearreste", is an arrest (RE_ARREST [173]); a seizure called piracy is
condemned; a neighbour's media blocked are censored; retaliatory measures announced are a warning
(ANNOUNCE - * RETALIATION [130]). An event that "no plans" were made for, or that there are "no plans"
for, is negated, though the parser hangs the phrase on "made" or "be". Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events, sentence_events


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean leaders wanted the release of the detained fishermen held by Peru.",
        "Chile wanted an apology from Peru for the border incident, its envoy said.",
        "Chile wanted the tariffs on its copper lifted, the Peruvian president said on Monday.",
    ],
)
def test_wanting_another_partys_act_is_a_request(pipeline, sentence):
    found = sentence_events(pipeline, sentence, "REQUEST")
    assert found and "CHL" in countries_of(found[0], "source"), pipeline_events(pipeline, sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile wants to release the prisoners held in Santiago.",
        "Chilean officials wanted more time to study the proposal from Peru.",
    ],
)
def test_wanting_ones_own_act_or_a_thing_is_no_request(pipeline, sentence):
    assert not sentence_events(pipeline, sentence, "REQUEST")


def test_offers_ignored_are_rejected(pipeline):
    sentence = "Peruvian commanders ignored the offers of a truce made by Chile on Monday."
    found = sentence_events(pipeline, sentence, "REJECT")
    assert found and "PER" in countries_of(found[0], "source")


def test_warnings_ignored_are_no_rejection(pipeline):
    assert not sentence_events(pipeline, "Chile ignored the warnings of Peru on Monday.", "REJECT")


def test_a_rearrest_is_an_arrest(pipeline):
    found = sentence_events(
        pipeline, "Peruvian police rearrested the Chilean activist Juan Soto on Monday.", "COERCE"
    )
    assert found and found[0].mode == "arrest" and "PER" in countries_of(found[0], "source")


def test_a_seizure_called_piracy_is_condemned(pipeline):
    sentence = "Venezuela's president called the seizure of the Guyanese tanker an act of piracy."
    found = sentence_events(pipeline, sentence, "ACCUSE")
    assert found and countries_of(found[0], "source") == {"VEN"} and "GUY" in countries_of(found[0], "target")


def test_a_neighbours_media_blocked_are_censored(pipeline):
    sentence = "Peru retaliated by blocking Chilean media on Friday."
    found = sentence_events(pipeline, sentence, "COERCE")
    assert found and found[0].mode == "censor"


def test_retaliatory_measures_announced_are_a_warning(pipeline):
    found = sentence_events(
        pipeline, "Peru announced retaliatory steps against Chile on Wednesday.", "THREATEN"
    )
    assert found and "PER" in countries_of(found[0], "source")


def test_an_act_announced_in_retaliation_is_that_act(pipeline):
    sentence = "Peru announced the expulsion of two Chilean diplomats in retaliation for the expulsions."
    assert not sentence_events(pipeline, sentence, "THREATEN")


@pytest.mark.parametrize(
    "sentence",
    [
        "Boric said no plans had been made for another summit with Castillo.",
        "There are no plans so far for a call between Boric and Castillo, the spokesman said.",
    ],
)
def test_no_plans_made_for_a_meeting_negate_it(pipeline, sentence):
    found = sentence_events(pipeline, sentence, "CONSULT")
    assert found and all(e.modality == "negated" for e in found), found


def test_plans_made_for_a_meeting_plan_it(pipeline):
    found = sentence_events(
        pipeline, "Boric said plans had been made for another summit with Castillo.", "CONSULT"
    )
    assert found and found[0].modality == "planned"


def test_a_state_approached_for_support_is_asked_for_it(pipeline):
    sentence = "Chad approached Turkey for military support last month."
    found = sentence_events(pipeline, sentence, "REQUEST")
    assert found and found[0].mode == "assist"
    assert countries_of(found[0], "source") == {"TCD"} and countries_of(found[0], "target") == {"TUR"}
