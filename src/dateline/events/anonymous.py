"""Events whose actors the text does not name ("gunmen killed villagers"): agent nouns as the event
coder's last resort (actors/unnamed.py finds them).

An event that names an actor keeps only its named ones, so that "Kenya condemned the attack on
villagers" stays what it was. An event of unnamed actors alone is coded when someone acts in it, or
when it reports a past act ("dozens of students were arrested"); one where unnamed people only undergo
something, told as a running total ("thousands of people have been killed") or as a plan ("migrants
will be detained"), is the background of the article's news, not an event of it. (The present tense
says nothing here: "X blames rebels", "a report urges the government" are news of the day.)
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.draft import DraftEvent
from dateline.events.modality import modality
from dateline.records import Actor


def fall_back(events: list[DraftEvent], anonymous: frozenset[Actor]) -> list[DraftEvent]:
    """The events to code, their unnamed actors kept only where no named actor takes part."""
    out = []
    for event in events:
        named = [ea for ea in event.actors if ea.actor not in anonymous]
        if named:
            event.actors = named
        elif all(ea.side == "target" for ea in event.actors) and _background(event.trigger.anchor):
            continue
        out.append(event)
    return out


def _background(anchor: Token) -> bool:
    """A total so far (the perfect) or a plan: not one asserted act."""
    if modality(anchor) != "asserted":
        return True
    if anchor.pos_ != "VERB":
        return False  # "the arrest of forty students": the noun says nothing of it
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children)
