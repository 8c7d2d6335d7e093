"""When a verbal act stated about the future took place: when it was said.

"China will strike back hard," the statement added; "the islands will not consult New Zealand,"
Brown said: the clause speaks of the future, but the threat, the refusal or the demand is made by
saying it. PLOVER codes intentions as verbal acts for the same reason ("intended material conflict
is a threat", `ontology.plover_view`). An asserted event of a verbal type whose trigger lies in a
future clause ("will", or "would" told from the past) that a verb of saying reports is dated by that
verb, not by the time ahead its clause names (round 15, issue 11: before, such events were open after
publication with no likely day, where a reader names the day of the statement).

Round 16: the same holds for a verbal act stated in the present ("Prabowo said that Indonesia supports
China's efforts", "'Vietnam resolutely protests ...,' the spokeswoman said"): the act is made by saying
it, on the day of the statement, not a state that began before publication and goes on after it (the
time stage's reading of an undated present clause, which left it with no likely day). Unreported, a
verbal act in the simple present ("Vietnam resolutely protests ...," she emphasized) is made on the
day it is stated, the publication day (`performed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from dateline.events.ontology import Ontology
from dateline.records import DateInterval, Timex
from dateline.time.event_date import effective_tense, own_expression
from dateline.time.tense import Tense, clause_verb, cues

_REPORTED = ("ccomp", "parataxis")  # how a clause hangs on the verb of saying that reports it
# "said it would retaliate": the future told from the past; "could", "might" weigh a possibility instead
_BACKSHIFTED = frozenset({"would", "'d"})
_SIMPLE_PRESENT = ("VBZ", "VBP")  # "protests", "support": not a progressive ("are defending")


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


def _verbal_act(type_: str, modality: str, ontology: Ontology) -> bool:
    kind = ontology.types.get(type_)
    return kind is not None and kind.verbal and modality == "asserted"


def said_when(
    type_: str, modality: str, anchor: Token, ontology: Ontology, timexes: Sequence[Timex]
) -> Token | None:
    """The verb whose date is the date of an asserted verbal act told as what will be ("will strike
    back", "would not accept") or, with no time expression of its own clause, as what is ("supports",
    "protests"; "welcome the talks in Jeddah on May 6" keeps its day), or None where the event is dated
    by its own trigger."""
    if not _verbal_act(type_, modality, ontology):
        return None
    found = _reported_by(anchor)
    if found is None:
        return None
    said, path = found
    told = effective_tense(anchor)
    if told == Tense.FUTURE or (told == Tense.PRESENT and not own_expression(anchor, timexes)):
        return said
    backshifted = any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTED for t in path for c in t.children)
    return said if told == Tense.CONDITIONAL and backshifted else None


def performed(
    found: DateInterval, type_: str, modality: str, anchor: Token, ontology: Ontology
) -> DateInterval:
    """`found` for an asserted verbal act in the simple present that the time stage read as ongoing at
    publication ("Vietnam resolutely protests ...", "Canada and Mexico reaffirm their commitment"): made
    on the day it is stated, the publication day (the ongoing extent's day), with the interval kept."""
    extent = found.extent
    verb = clause_verb(anchor)
    if (
        extent is None
        or extent.begin_before is None
        or extent.begin_before != extent.end_after
        or verb is None
        or verb.tag_ not in _SIMPLE_PRESENT
        or not _verbal_act(type_, modality, ontology)
    ):
        return found
    day = extent.begin_before
    return replace(found, extent=None, likely=day, basis=f"a verbal act, made when stated: {found.basis}")
