"""Round 26 (r26part, issue 12): who took part in an act when the text names a side indirectly. A bare
"the country" as the subject of what a speaker says of it is the speaker's country, as "it" would be
("X's minister says the country is suspending ties"); the object of a preposition right before a gerund
with an object is the gerund's subject, though the parser hangs the gerund elsewhere ("in retaliation
for X expelling two diplomats"); a trigger's own noun is its act, not another act it is about ("lodged a
protest with X"); the act a move or decision nobody owns is made for has no doer named ("the move to
expel the ambassador"); an envoy "based in" a place is posted there. Real knowledge base and pipeline;
the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events

EXPULSIONS = ("SANCTION", "COERCE")


def _sources(events) -> list[set[str | None]]:
    """The source countries of each expulsion among `events`."""
    return [countries_of(e, "source") for e in events if e.type in EXPULSIONS]


# "The country" in what is reported of a speaker's country is that country.
def test_the_country_in_a_speakers_reported_clause_is_the_speakers(pipeline):
    text = "Chile's interior minister says the country is suspending diplomatic ties with Peru."
    ties = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(ties, "source") == {"CHL"}
    assert countries_of(ties, "target") == {"PER"}


def test_the_nation_named_by_a_council_threatening_is_the_councils(pipeline):
    text = "Peru's security council said the nation would respond firmly if Chile raised tensions again."
    threat = of_type(pipeline_events(pipeline, text), "THREATEN")
    assert countries_of(threat, "source") == {"PER"}


def test_a_described_country_is_not_the_speakers(pipeline):
    # "the other country" is someone else: the guard keeps its subject its own
    text = "Chile's interior minister says the other country is suspending diplomatic ties with Peru."
    ties = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert "CHL" not in countries_of(ties, "source")


# A gerund's subject split off as a preposition's object.
def test_the_noun_before_a_gerund_with_an_object_is_its_subject(pipeline):
    text = (
        "Peru said it would expel two Chilean diplomats in retaliation for Santiago expelling two Peruvian"
        " officials."
    )
    events = pipeline_events(pipeline, text)
    by_chile = [e for e in events if e.type in EXPULSIONS and countries_of(e, "source") == {"CHL"}]
    assert by_chile and countries_of(by_chile[0], "target") == {"PER"}


def test_a_gerund_in_apposition_takes_the_noun_before_it_as_subject(pipeline):
    text = "Lima sent a Chilean attache home, a reply to Chile expelling the chief of Peruvian intelligence."
    assert {"CHL"} in _sources(pipeline_events(pipeline, text))


# The trigger's own noun is this act, not another act it is about.
def test_a_protest_lodged_with_a_state_keeps_it_beside_a_call_its_leader_made(pipeline):
    text = "Lima lodged a protest with Chile after its president spoke by phone with Bolivia's leader."
    protest = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(protest, "target") == {"CHL"}


def test_a_party_of_the_act_the_protest_is_about_stays_out(pipeline):
    text = "Lima has lodged a diplomatic protest with Chile over the attack on Bolivia's consulate."
    protest = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert "BOL" not in countries_of(protest)


# An act told as the purpose of a move or decision nobody is said to own has no doer named.
def test_the_move_to_expel_an_envoy_is_the_story_counterparts(pipeline):
    text = "Peru expelled Chile's ambassador on Monday. The move to expel the ambassador worried traders."
    expulsions = [e for e in pipeline_events(pipeline, text) if e.type == "SANCTION"]
    assert len(expulsions) == 2
    assert all(countries_of(e, "source") == {"PER"} for e in expulsions)


# Where an envoy recalled is posted, said by a participle.
def test_an_envoy_based_in_a_capital_is_posted_in_its_country(pipeline):
    text = "Chile has recalled its ambassador based in Lima."
    recall = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert "PER" in countries_of(recall, "target")
