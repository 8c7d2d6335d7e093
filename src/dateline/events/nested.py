"""Talks that are a part of a visit (issue 12, round 15): told only as a noun in a relative clause on the
visit (or on the place visited), "a two-day visit to Thailand, which includes a bilateral meeting with
its prime minister", "a state visit to France, which started with talks with Macron", they are the
visitor's talks with the one met. They were dropped as nouns nobody does ("cooperation with Russia" is a
word, not news) and as history recalled in a relative clause ("the attacks that prompted ...":
`within_visit` keeps them); the relative pronoun's antecedent (the place) was read as their doer.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dateline.events.detect import Lexicon, Trigger
from dateline.events.participants import MentionIndex, assign, governing_predicate
from dateline.records import EventActor

# Sides that do an act (the visitor, those who met).
DOERS = frozenset({"source", "participant"})
# Dependencies by which a noun sits in the clause above it, as an argument or in a phrase of one ("which
# started with talks with X", "which includes a meeting with X").
PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "attr", "conj", "nsubj", "nsubjpass"})


def nested_parties(
    index: MentionIndex,
    trigger: Trigger,
    triggers: Sequence[Trigger],
    lexicon: Lexicon,
    actors: list[EventActor],
) -> list[EventActor]:
    """The actors of a nominal CONSULT trigger within a visit: the visitor, in place of the doer the
    relative pronoun's antecedent gave ("a visit to Kenya, which began with talks with X" is no talks held
    by Kenya), and the one met."""
    if not trigger.nominal or trigger.type != "CONSULT":
        return actors
    visiting = visitors(index, trigger.head, triggers, lexicon)
    if not visiting:
        return actors
    met = {ea.actor for ea in visiting}
    return visiting + [ea for ea in actors if ea.side == "target" and ea.actor not in met]


def within_visit(noun: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """The visit noun whose relative clause holds `noun`, and that clause ("a visit to Kenya, which began
    with talks with X" -> visit, began): the clause is on the visit or on the place its "to"-phrase
    names, and `noun` one of its arguments or in a phrase of one."""
    node = noun
    while node.dep_ in PHRASE_DEPS and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl":
        return None
    host = node.head
    if host.dep_ == "pobj" and host.head.lower_ == "to":
        host = host.head.head  # "a visit to Kenya, which ...": the parser hangs the clause on the place
    return (host, node) if _visit(host, lexicon) else None


def _visit(noun: Token, lexicon: Lexicon) -> bool:
    return noun.pos_ == "NOUN" and any(
        e.type == "CONSULT" and e.mode == "visit" for e in lexicon.entries.get((noun.lemma_.lower(), "N"), ())
    )


def visitors(
    index: MentionIndex, noun: Token, triggers: Sequence[Trigger], lexicon: Lexicon
) -> list[EventActor]:
    """The doers of the visit `noun` is a part of (`within_visit`): the meeting held during a visit is
    the visitor's. They are the visit's own doers, as read for its trigger, except those the relative
    clause names (the one met); else the subject of the verb the visit noun hangs on ("X arrives on
    Thursday for a visit to Y, which includes ...")."""
    found = within_visit(noun, lexicon)
    if found is None:
        return []
    host, clause = found
    visit = next((t for t in triggers if t.head.i == host.i), None)
    if visit is None:
        return []
    met = {a for m in index.under(clause) for a in m.actors}
    own = [ea.actor for ea in assign(index, visit.anchor, "CONSULT", head=host) if ea.side in DOERS]
    doers = [a for a in own if a not in met]
    verb = governing_predicate(host)
    if not doers and verb is not None:
        doers = [a for s in verb.children if s.dep_ == "nsubj" for m in index.under(s) for a in m.actors]
    return [EventActor(a, "source") for a in dict.fromkeys(doers)]
