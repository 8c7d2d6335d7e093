"""Acts an anniversary or a commemoration names: "marked the tenth anniversary of the invasion".

The noun in the "of" phrase of an anniversary, a commemoration or a remembrance is the past act the
occasion is counted from, not an act of the story's week: coded as news it would take the date of the
ceremony. What is done at the occasion (the marking, a march, a visit) is coded as usual.
"""

from __future__ import annotations

from dateline.events.detect import Trigger

# Nouns of an occasion counted from a past act ("the anniversary of", "the commemoration of").
OCCASIONS = frozenset({"anniversary", "commemoration", "remembrance", "jubilee", "centenary", "centennial"})


def commemorated(trigger: Trigger) -> bool:
    """ "the tenth anniversary of the Israeli invasion", "the commemoration of the massacre": the event
    noun is what the occasion remembers."""
    noun = trigger.anchor
    if not trigger.nominal or noun.dep_ not in ("pobj", "conj"):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "the anniversary of the invasion and the siege"
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in OCCASIONS
