"""Round 8b (issue 12): an object "them" for a group of people the sentence before named inside a
modifier. The sentences are invented."""

from __future__ import annotations

from actor_support import pronoun_countries
from coding_support import of_type, pipeline_events, sides_of


def test_them_is_the_group_a_modifier_of_the_sentence_before_named(pipeline):
    text = (
        "The new rules leave unclear the status of four Belarusian opposition activists sheltering in the "
        "Lithuanian consulate in Minsk. The Lukashenko government has refused them exit visas."
    )
    assert pronoun_countries(pipeline, text) == [("them", {"BLR"})]
    refusal = of_type(pipeline_events(pipeline, text), "REJECT")
    assert sides_of(refusal)["target"] == {"BLR"}  # the activists, not the consulate's country


def test_them_stays_unresolved_when_the_sentence_before_named_two_groups(pipeline):
    text = (
        "Talks covered the release of Moldovan fishermen and Ukrainian sailors held since March. "
        "The court ordered them freed on Friday."
    )
    assert pronoun_countries(pipeline, text) == []
