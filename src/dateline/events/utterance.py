"""When a verbal act stated about the future took place: when it was said.

"China will strike back hard," the statement added; "the islands will not consult New Zealand,"
Brown said: the clause speaks of the future, but the threat, the refusal or the demand is made by
saying it. PLOVER codes intentions as verbal acts for the same reason ("intended material conflict
is a threat", `ontology.plover_view`). An asserted event of a verbal type whose trigger lies in a
future clause ("will", or "would" told from the past) that a verb of saying reports is dated by that
verb, not by the time ahead its clause names (round 15, issue 11: before, such events were open after
publication with no likely day, where a reader names the day of the statement).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.ontology import Ontology
from dateline.time.event_date import effective_tense
from dateline.time.tense import Tense, cues

_REPORTED = ("ccomp", "parataxis")  # how a clause hangs on the verb of saying that reports it
# "said it would retaliate": the future told from the past; "could", "might" weigh a possibility instead
_BACKSHIFTED = frozenset({"would", "'d"})


def _reported_by(anchor: Token) -> tuple[Token, list[Token]] | None:
    """The verb of saying whose reported clause holds `anchor`, however deep ("we will never tolerate
    a government threatening citizens," he said: "said"), with the words climbed on the way."""
    reporting = set(cues()["reporting"])
    token, path = anchor, [anchor]
    while token.head.i != token.i:
        head = token.head
        if token.dep_ in _REPORTED and head.lemma_.lower() in reporting:
            return head, path
        token = head
        path.append(token)
    return None


def saying_verb(anchor: Token) -> Token | None:
    """The verb of saying that reports the clause of `anchor`, or None."""
    found = _reported_by(anchor)
    return found[0] if found else None


def said_when(type_: str, modality: str, anchor: Token, ontology: Ontology) -> Token | None:
    """The verb whose date is the date of an asserted verbal act told as what will be ("will strike
    back", "would not accept"), or None where the event is dated by its own trigger."""
    kind = ontology.types.get(type_)
    if kind is None or not kind.verbal or modality != "asserted":
        return None
    found = _reported_by(anchor)
    if found is None:
        return None
    said, path = found
    told = effective_tense(anchor)
    if told == Tense.FUTURE:
        return said
    backshifted = any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTED for t in path for c in t.children)
    return said if told == Tense.CONDITIONAL and backshifted else None
