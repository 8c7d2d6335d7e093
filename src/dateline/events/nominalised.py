"""Acts named by the noun of their verb ("the restoration of ties", "the closure of the embassy",
"the resumption of aid"): when the noun has no entry of its own, it reads as its verb with the noun of
its "of"-phrase as the object, so the verb rows of the lexicon ("restore" + ties, "close" + embassy)
type it without a noun row for every derivation.

The verb is recovered by English nominalising suffixes (restor-ation, resum-ption, suspen-sion,
clos-ure, deploy-ment, withdraw-al, sever-ance) and only a verb the lexicon holds is taken. Only verb
rows that name the object they need are read: a bare verb row ("expel" of anything) says nothing about
what its noun means, and the object is what makes the nominal an act ("the closure of the embassy", not
"the closure of the quarter").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dateline.events.detect import Entry, Lexicon

# Nouns of an act's onset or continuation: "announced the resumption of talks", "began the relaunch
# of negotiations" report the talks themselves, as a partitive does ("a round of talks").
PHASES = frozenset(
    {
        "start",
        "beginning",
        "resumption",
        "restart",
        "relaunch",
        "launch",
        "opening",
        "continuation",
        "commencement",
    }
)

# Noun suffix -> verb endings it may stand for, longest suffix first.
SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ption", ("e",)),  # resumption -> resume
    ("ation", ("e", "ate", "")),  # restoration -> restore, termination -> terminate, condemnation -> condemn
    ("ition", ("ish", "ite")),  # abolition -> abolish
    ("sion", ("d", "de", "t")),  # suspension -> suspend, invasion -> invade, admission -> admit
    ("ance", ("", "e")),  # severance -> sever
    ("ment", ("",)),  # deployment -> deploy
    ("ure", ("e",)),  # closure -> close, seizure -> seize
    ("al", ("", "e")),  # withdrawal -> withdraw, removal -> remove
)


def verbs_of(noun: str) -> list[str]:
    """The verbs `noun` may be the nominalisation of, by its suffix (unchecked candidates)."""
    for suffix, endings in SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            return [stem + ending for ending in endings]
    return []


def of_object(noun: Token) -> Token | None:
    """The noun of `noun`'s own "of"-phrase ("the closure of the embassy" -> embassy)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return None


def verb_reading(noun: Token, lexicon: Lexicon, context: set[str], deps: set[str]) -> Entry | None:
    """The entry of the verb `noun` nominalises, read with its "of"-object as the verb's object, or None
    when the noun has no "of"-object or no verb row that names such an object holds."""
    if of_object(noun) is None:
        return None
    for verb in verbs_of(noun.lemma_.lower()):
        for entry in lexicon.entries.get((verb, "V"), ()):
            if entry.specificity == 0 or any(c.dep for c in entry.conditions):
                continue
            if all(c.holds(context, deps | {"object"}) for c in entry.conditions):
                return entry
    return None
