"""Tense and aspect of the clause around a token, read from spaCy's fine-grained tags and auxiliaries.

Two users: event dating without a governing time expression falls back on the relation of the event
to the publication date, and that relation is what the tense says (Reimers et al. 2018 learn it; a
dependency parse and the Penn tags give it well enough for news prose, deterministically). TIMEX3
normalization needs only the direction (`tense_at`): an underspecified expression ("on Tuesday", "in
April") points backwards from the publication date in a past-tense clause and forwards in a future
one (HeidelTime's key idea).
"""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Literal

from spacy.tokens import Doc, Token


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
            # a modal perfect ("may have carried out", "could have been", "should have told") speaks of
            # a time before the speaker's, as a past perfect does; a bare modal looks ahead or is open
            perfect = any(a.lower_ == "have" and a.i > aux.i for a in auxes)
            return Tense.PAST_PERFECT if perfect else Tense.CONDITIONAL
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


_BE_FORMS = frozenset({"been", "be", "is", "are", "am", "was", "were", "'s", "'re", "'m"})


def copula_of(predicate: Token) -> Token | None:
    """The finite copula a predicate adjective belongs to ("has been self-governing since 1952", "was ill
    on Monday"): the adjective is the state that clause states, so it takes the copula's tense and
    time expressions (round 20). Only "be": with "remained closed" or "seems unwilling" the verb of
    continuation or appearance reads its complement itself, and an infinitive ("to be clear") has no
    time of its own to give."""
    head = predicate.head
    if predicate.dep_ != "acomp" or head.i == predicate.i or head.lemma_.lower() != "be":
        return None
    return head if tense(head) not in (Tense.NONFINITE, Tense.UNKNOWN) else None


def holds_a_state(trigger: Token) -> bool:
    """Whether the clause of `trigger` tells of a state or an activity rather than an occurrence:
    a stative verb ("remained", "has kept"), the copula of a noun or phrase ("has been the pilot",
    "has been in charge") or a progressive ("has been running"). Verbs of saying are occurrences
    whatever their form."""
    verb = clause_verb(trigger)
    if verb is None or verb.lemma_.lower() in cues()["reporting"]:
        return False
    if verb.tag_ == "VBG":
        return any(a.dep_ == "aux" and a.lower_ in _BE_FORMS for a in verb.children)
    return verb.lemma_.lower() in cues()["stative"]


def nonfinite_head(verb: Token) -> tuple[Token, str] | None:
    """For an infinitive/gerund complement, the verb it hangs on and how their times relate:
    "after" for intentions and plans ("agreed to meet", "is expected to visit"), "same" for purpose
    and coordination ("met to discuss")."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and is_verb(verb.head.head):
        # "may close the border without consulting parliament", "is making progress in ending the strike":
        # a gerund after a preposition is in the time of the verb the phrase hangs on, where that
        # verb is not told in a past: there the preposition orders the two ("thanked him for hosting":
        # before; "responded by summoning": the same act, `attachment._means_gerund`)
        host = verb.head.head
        past = tense(host) in (Tense.PAST, Tense.PAST_PERFECT, Tense.PRESENT_PERFECT)
        return None if past else (host, "same")
    if verb.dep_ not in ("xcomp", "advcl", "ccomp", "conj", "acl", "relcl") or verb.head.i == verb.i:
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


# --- direction of a time expression's clause (TIMEX3 normalization) ---------------------------------

# Verbs that move a set date. The day of the act is told like any other day ("a judge on Wednesday
# adjourned the case": past); only the new date, after one of _TO_NEW_DATE ("adjourned it until
# Monday", "deferred the vote to May"), and the old date of the thing moved ("the vote on Sunday was
# postponed") lie ahead.
_MOVING_VERBS = frozenset({"adjourn", "defer", "delay", "postpone", "reschedule"})
_MOVING_PARTICLES = {"put": "off", "push": "back"}  # "put off the vote", "pushed back the talks"
_TO_NEW_DATE = frozenset({"until", "till", "til", "to", "for", "into"})

Direction = Literal["past", "present", "future"] | None

_DIRECTION = {
    Tense.PAST: "past",
    Tense.PAST_PERFECT: "past",
    Tense.PRESENT_PERFECT: "past",
    Tense.PRESENT: "present",
    Tense.CONDITIONAL: "present",  # "would be finished by September 11": neither side is implied
    Tense.FUTURE: "future",
}
# A date before a noun ("the Jan. 14 deadline", "Wednesday's ruling") dates that thing, not the
# clause's event, so the clause's tense says nothing about it.
_PRENOMINAL = frozenset({"compound", "poss", "nmod", "amod", "nummod"})
# "has raged since the attack on October 7", "unrest grew following the signing on February 2":
# the act these name lies before the clause's own time
_BEFORE_THE_CLAUSE = frozenset({"after", "following", "since"})


def _has_particle(verb: Token, particles: dict[str, str]) -> bool:
    particle = particles.get(verb.lemma_.lower())
    return particle is not None and any(
        ch.dep_ in ("prt", "advmod") and ch.lower_ == particle for ch in verb.children
    )


def moves_a_date(verb: Token) -> bool:
    """ "postponed", "adjourned", "put off", "pushed back": the verb sets a new date for something."""
    return verb.lemma_.lower() in _MOVING_VERBS or _has_particle(verb, _MOVING_PARTICLES)


def _plan_tense(plan: Token) -> Tense:
    """The tense of a plan word: that of its copula for "was due to", "were set for". A bare participle
    after a noun ("talks scheduled for Friday") has none of its own: it takes that of the clause the
    noun is in ("... will open", "... were held")."""
    verb = plan.head if plan.dep_ in ("acomp", "attr", "oprd") else plan
    found = tense(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and found == Tense.PAST:
        governing = clause_verb(verb.head)
        return tense(governing) if governing is not None else Tense.UNKNOWN
    return found


def _is_plan_verb(verb: Token) -> bool:
    # spaCy's lemmatizer turns "slated" into "slat"
    lemma = "slate" if verb.lower_ == "slated" else verb.lemma_.lower()
    return lemma in cues()["forward_verbs"] or (
        lemma == "set" and any(ch.lower_ == "for" for ch in verb.children)
    )


def _plan_in_past(plan: Token) -> bool:
    """A plan told in the past ("was initially planned for February", "had been scheduled to expire
    Friday", "elections set for May were delayed") tells when the plan stood, not where its day lies:
    the day takes the nearest reading. (Not the past one even when the plan was called off: that is
    mostly done before the day.)"""
    return _plan_tense(plan) in (Tense.PAST, Tense.PAST_PERFECT)


def direction(verb: Token) -> Direction:
    """Which side of the publication date the clause of `verb` points to; None when its form has no
    tense of its own (a bare participle or infinitive without a planning head)."""
    c = cues()
    found = tense(verb)
    if moves_a_date(verb):
        # the day of the act itself; `tense_at` sends the new date ahead
        return None if found == Tense.PAST_PERFECT else _DIRECTION.get(found)  # type: ignore[return-value]
    if _is_plan_verb(verb):
        # "plans a rally on Saturday", "is scheduled for Friday": ahead; told in the past, no side. An
        # agent's plan told in the simple past ("protesters planned a march on Saturday", "were planning
        # to drive on Monday") is mostly news of a plan that still stands: ahead.
        agent_past = verb.tag_ in ("VBD", "VBG") and _plan_tense(verb) == Tense.PAST
        return None if _plan_in_past(verb) and not agent_past else "future"
    if found == Tense.NONFINITE:
        infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
        head = verb.head
        planned = head.lower_ in c["plan_words"] or (head.lemma_ == "be" and verb.dep_ == "xcomp")
        if infinitive and head.i != verb.i and planned:
            # "is expected to meet", "plans to visit", "is to visit" (be + infinitive, a schedule):
            # ahead. A plan told in the past ("were expected to begin in August", "was due to arrive",
            # "was to resume") may have come and gone: no side is implied.
            return None if _plan_in_past(head) else "future"
        return None
    if found == Tense.PRESENT and (
        verb.lower_ in c["plan_words"]
        or any(a.lower_ == "going" for a in verb.children)
        # "elections are due in February", "the vote is set for May": a plan word as the complement
        or any(a.dep_ in ("acomp", "attr", "oprd") and a.lower_ in c["plan_words"] for a in verb.children)
    ):
        return "future"
    return _DIRECTION.get(found)  # type: ignore[return-value]


def _reporter_before_complement(verb: Token, first: int, last: int) -> Token | None:
    """ "Moldova said on Monday it will expel a diplomat": without "that", the parser hangs a date
    written between a reporting verb and the subject of its complement clause on the complement's
    verb. Written before that clause begins (its subject, or "that"), the date is the report's day,
    so the reporting verb (tokens `first`..`last` are the expression) gives the direction; a date
    inside the clause ("said it will expel him on Monday", "said that on Monday it will") keeps its
    verb."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i >= first or head.lemma_.lower() not in cues()["reporting"]:
        return None
    opening = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "mark")]
    return head if opening and min(opening) >= last else None


def tense_at(doc: Doc, start: int, end: int) -> Direction:
    """Direction of the clause containing characters [start, end) of `doc.text`: we climb from the
    expression to its governing verb; participles and infinitives without tense of their own pass the
    question on to the verb they hang from. None if unknown."""
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
    before_it = False  # reached through "after / following / since" + noun
    child = token
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            token = _reporter_before_complement(token, span.start, span.end) or token
            if moves_a_date(token) and tense(token) != Tense.PAST_PERFECT:
                if child.dep_ in ("dobj", "nsubjpass") or (
                    child.dep_ == "prep" and child.lower_ in _TO_NEW_DATE
                ):
                    return "future"  # "adjourned the case until Monday", "the vote on Sunday was postponed"
                if child.dep_ == "nsubj":
                    # "a judge on Wednesday adjourned": the parser hangs the act's day on its agent
                    return direction(token)
            found = direction(token)
            if found is None and _is_plan_verb(token):
                return None  # a plan told in the past: what governs the plan says nothing more of its day
            if found is not None:
                if before_it:
                    # an act before a clause told in the past is past; before a present, a "would"
                    # or a future ("will meet after the vote on May 3") it may still lie ahead
                    return "past" if found == "past" else None
                return found if found == "future" or not indirect else None
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                indirect = True
        elif token.pos_ in ("NOUN", "PROPN") and token.i not in range(span.start, span.end):
            indirect = True
            named_before = token.dep_ in ("pobj", "dobj") and token.head.lower_ in _BEFORE_THE_CLAUSE
            before_it = before_it or named_before
        if token.head.i == token.i:
            break
        child, token = token, token.head
    return None
