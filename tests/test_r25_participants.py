"""Round 25 (r25part, issue 12): who did an act when the text says it after the act's own phrase. A
passive relative clause of a verb of doing ("which was carried out by X") names the doer of the act noun
it follows, though the parser hangs it on the nearer noun. Real knowledge base and pipeline; the
sentences are invented."""

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
