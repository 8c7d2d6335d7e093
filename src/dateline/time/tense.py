"""Tense and aspect of the clause around a token, read from spaCy's fine-grained tags and auxiliaries.

Event dating without a governing time expression falls back on the relation of the event to the
publication date, and that relation is what the tense says (Reimers et al. 2018 learn it; a
dependency parse and the Penn tags give it well enough for news prose, deterministically).
"""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache
from importlib import resources

from spacy.tokens import Token


class Tense(StrEnum):
    PAST = "past"
    PAST_PERFECT = "past perfect"
    PRESENT = "present"
    PRESENT_PERFECT = "present perfect"
    FUTURE = "future"
    CONDITIONAL = "conditional"  # would/could/may ...: the relation to the publication date is open
    NONFINITE = "nonfinite"  # infinitive or gerund: dated through the verb it depends on
    UNKNOWN = "unknown"


# Links a noun climbs to reach the verb of its clause ("held a conversation", "talks were held",
# "the second conversation" as attribute of "was"). Prepositional links are handled separately.
_NOUN_TO_VERB = {
    "dobj",
    "nsubj",
    "nsubjpass",
    "attr",
    "oprd",
    "appos",
    "compound",
    "conj",
    "dative",
    "npadvmod",
}


@cache
def cues() -> dict:
    with resources.files("dateline.time").joinpath("data/tense_cues.json").open(encoding="utf-8") as f:
        return json.load(f)


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause holds `token`: itself for a verb, the governing verb for a noun."""
    seen = 0
    while not is_verb(token):
        if token.dep_ == "ROOT" or seen > 8:
            return None
        head = token.head
        if token.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
            head = head.head
        elif token.dep_ not in _NOUN_TO_VERB and token.dep_ not in ("poss", "amod", "nmod", "prep"):
            return None
        token, seen = head, seen + 1
    return token


def tense(verb: Token) -> Tense:
    """Tense of a verb token, with its auxiliaries ("had visited", "will meet", "has been holding")."""
    c = cues()
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i]
    for aux in auxes:
        word = aux.lower_
        if word in c["future"] or (word == "going" and verb.tag_ == "VB"):
            return Tense.FUTURE
        if word in c["conditional"]:
            return Tense.CONDITIONAL
    tags = [a.tag_ for a in auxes]
    lemmas = [a.lemma_.lower() for a in auxes]
    if "have" in lemmas:
        return Tense.PAST_PERFECT if tags[lemmas.index("have")] == "VBD" else Tense.PRESENT_PERFECT
    if auxes and any(t in ("VBZ", "VBP") for t in tags):
        # "is expected to", "are set to" belong to the complement; "is holding talks" is now.
        return Tense.PRESENT
    if auxes and "VBD" in tags:
        return Tense.PAST
    if verb.tag_ == "VBD":
        return Tense.PAST
    if verb.tag_ in ("VBZ", "VBP"):
        return Tense.PRESENT
    if verb.tag_ == "VBN" and not auxes:
        return Tense.PAST  # reduced relative: "the accord signed in Doha"
    if verb.tag_ in ("VB", "VBG", "VBN") or "TO" in tags:
        return Tense.NONFINITE
    return Tense.UNKNOWN


def nonfinite_head(verb: Token) -> tuple[Token, str] | None:
    """For an infinitive/gerund complement, the verb it hangs on and how their times relate:
    "after" for intentions and plans ("agreed to meet", "is expected to visit"), "same" for purpose
    and coordination ("met to discuss")."""
    if verb.dep_ not in ("xcomp", "advcl", "ccomp", "conj", "acl", "relcl") or verb.head is verb:
        return None
    head = verb.head
    lemma = head.lemma_.lower()
    c = cues()
    if verb.dep_ in ("xcomp", "ccomp", "acl") and (lemma in c["intention"] or lemma in c["planning"]):
        return head, "after"
    if verb.dep_ == "acl" and lemma in c["intention_nouns"]:
        # "plans to visit", "an agreement to cooperate": the complement lies after the noun's event;
        # "a meeting to discuss" is its purpose, at the same time.
        return head, "after"
    return head, "same"


def planned_by_head(verb: Token) -> bool:
    """ "is expected to meet", "are set to sign", "plans to visit": a present planning head makes the
    complement a future event."""
    link = nonfinite_head(verb)
    if link is None or link[1] != "after":
        return False
    head = link[0]
    if head.lemma_.lower() not in cues()["planning"]:
        return False
    return tense(head) in (Tense.PRESENT, Tense.FUTURE, Tense.PRESENT_PERFECT) or head.dep_ == "acomp"
