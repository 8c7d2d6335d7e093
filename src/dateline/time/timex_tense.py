"""The tense of the clause a time expression sits in, read off spaCy's parse.

An underspecified expression ("on Tuesday", "in April", "the third quarter") points backwards from the
publication date in a past-tense clause and forwards in a future one (HeidelTime's key idea). We climb
from the expression to its governing verb; participles and infinitives without tense marking of their
own pass the question on to the verb they hang from. (`tense.py` serves event dating and keeps finer
distinctions; normalization needs only past / present / future.)
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Token

Tense = Literal["past", "present", "future"] | None

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
_PLANNING = frozenset({"schedule", "plan", "slate"})
# A date before a noun ("the Jan. 14 deadline", "Wednesday's ruling") dates that thing, not the
# clause's event, so the clause's tense says nothing about it.
_PRENOMINAL = frozenset({"compound", "poss", "nmod", "amod", "nummod"})
_OPEN_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can"})
_PLAN_WORDS = frozenset(
    {"scheduled", "expected", "due", "set", "plan", "plans", "planned", "going", "intend", "intends", "hope"}
)


def _verb_tense(verb: Token) -> Tense:
    """Tense from the verb's own morphology and auxiliaries; None when it has none (VBG, VBN, VB)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return "future"
    if lowers & _OPEN_MODALS:
        return "present"  # "would be finished by September 11": neither side of the anchor is implied
    if verb.lemma_ in _PLANNING or (verb.lemma_ == "set" and any(c.lower_ == "for" for c in verb.children)):
        return "future"  # "planned a rally on Saturday", "has scheduled a news conference Thursday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and (lowers & {"has", "have", "'s", "'ve"} or not auxes):
        return "past"  # present perfect, or a reduced relative ("the injunction issued Thursday")
    if "to" in lowers and verb.head is not verb and verb.head.lower_ in _PLAN_WORDS:
        return "future"  # "is expected to meet", "plans to visit"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        if verb.lower_ in _PLAN_WORDS or lowers & {"going"}:
            return "future"
        return "present"
    if verb.tag_ == "MD":
        return "future" if verb.lower_ in _FUTURE_AUX else "present"
    return None


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    """Tense of the clause containing characters [start, end) of `doc.text`; None if unknown."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    if token.dep_ in _PRENOMINAL and token.head.pos_ in ("NOUN", "PROPN"):
        return None
    # Reached through a noun ("invited them to a ceremony on March 12") or an infinitive ("decided to
    # admit them in March"), the verb's past or present says little about the date; its future still
    # does ("will hold talks on Tuesday").
    indirect = False
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            found = _verb_tense(token)
            if found is not None:
                return found if found == "future" or not indirect else None
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                indirect = True
        elif token.pos_ in ("NOUN", "PROPN") and token.i not in range(span.start, span.end):
            indirect = True
        if token.head is token:
            break
        token = token.head
    return None
