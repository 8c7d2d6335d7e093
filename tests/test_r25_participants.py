"""Round 25 (r25part, issue 12): who did an act when the text says it after the act's own phrase. A
passive relative clause of a verb of doing ("which was carried out by X") names the doer of the act noun
it follows, though the parser hangs it on the nearer noun; the place where the one arrested or told to
leave was ("the detention of the consul in X") names the doer of an arrest or an expulsion no one is
named to have done. Real knowledge base and pipeline; the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events

SHELLING = "Officials said there had been heavy shelling of the towns of Peru, "


def test_the_agent_of_a_doing_clause_after_the_act_nouns_phrase_is_its_doer(pipeline):
    text = SHELLING + "which was carried out by the army of Chile."
    shelling = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert countries_of(shelling, "source") == {"CHL"}
    assert countries_of(shelling, "target") == {"PER"}


def test_a_relative_clause_of_another_verb_names_no_doer(pipeline):
    text = SHELLING + "which was reported by the press of Chile."
    shelling = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert "CHL" not in countries_of(shelling, "source")


# Where the one arrested or told to leave was names who did it, when nobody else is named.
def test_the_place_of_the_one_detained_names_the_doer_of_a_detention_noun(pipeline):
    text = "The move was a response to the detention of the Chilean consul in Lima."
    arrest = of_type(pipeline_events(pipeline, text), "COERCE")
    assert countries_of(arrest, "source") == {"PER"}
    assert countries_of(arrest, "target") == {"CHL"}


def test_foreigners_in_a_country_told_to_leave_are_told_so_by_it(pipeline):
    text = "All Chilean nationals in Peru have been given 48 hours to leave."
    order = of_type(pipeline_events(pipeline, text), "COERCE")
    assert countries_of(order, "source") == {"PER"}


def test_a_named_doer_keeps_the_act(pipeline):
    text = "The detention of the Chilean consul in Lima by Argentine agents angered Bolivia."
    arrest = of_type(pipeline_events(pipeline, text), "COERCE")
    assert countries_of(arrest, "source") == {"ARG"}
