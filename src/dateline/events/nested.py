"""Talks told only as a noun whose doer the noun's own phrase does not name, but a clause around it does
(issue 12, round 15):

- a relative clause on the noun names who held it: "in the wake of a discussion President Ali held with
  the leadership of Caricom", "the talks which the two ministers had in Doha" (`holders`);
- the noun is a part of a visit, told in a relative clause on the visit (or on the place visited): "a
  two-day visit to Thailand, which includes a bilateral meeting with its prime minister", "a state visit
  to France, which started with talks with Macron": the visitor held those talks (`visitors`).

Both were dropped as nouns nobody does ("cooperation with Russia" is a word, not news), and the second
also as history recalled in a relative clause ("the attacks that prompted ...": `within_visit` keeps it).
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
# Relative pronouns: no doer of their own, they stand for the noun the clause is on.
RELATIVES = frozenset({"which", "that", "who", "whom"})


def nested_parties(
    index: MentionIndex,
    trigger: Trigger,
    triggers: Sequence[Trigger],
    lexicon: Lexicon,
    actors: list[EventActor],
) -> list[EventActor]:
    """The actors of a nominal CONSULT trigger, with the doers a clause around it names: the visitor for
    a meeting within a visit (in place of what the relative pronoun's antecedent gave: "a visit to Kenya,
    which began with talks with X" is no talks held by Kenya), else the holders a relative clause on the
    noun names, when the noun found no doer."""
    if not trigger.nominal or trigger.type != "CONSULT":
        return actors
    visiting = visitors(index, trigger.head, triggers, lexicon)
    if visiting:
        met = {ea.actor for ea in visiting}
        return visiting + [ea for ea in actors if ea.side == "target" and ea.actor not in met]
    if any(ea.side in DOERS for ea in actors):
        return actors
    held = holders(index, trigger.head, lexicon)
    return held + [ea for ea in actors if ea not in held] if held else actors


def holders(index: MentionIndex, noun: Token, lexicon: Lexicon) -> list[EventActor]:
    """Who held the talks, by a relative clause on the noun whose verb is a light verb ("a discussion X
    held with Y", "the talks which X had with Y"): the clause's subject, and its "with"-party as the
    other side. A relative pronoun as subject ("talks that were held in Doha") names nobody."""
    out: list[EventActor] = []
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in lexicon.light:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects or any(s.lower_ in RELATIVES for s in subjects):
            continue
        out += assign(index, clause, "CONSULT", head=noun)
    return out if any(ea.side in DOERS for ea in out) else []


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
    visit = next((t for t in triggers if found is not None and t.head.i == found[0].i), None)
    if found is None or visit is None:
        return []
    host, clause = found
    met = {a for m in index.under(clause) for a in m.actors}
    own = [ea.actor for ea in assign(index, visit.anchor, "CONSULT", head=host) if ea.side in DOERS]
    doers = [a for a in own if a not in met]
    verb = governing_predicate(host)
    if not doers and verb is not None:
        doers = [a for s in verb.children if s.dep_ == "nsubj" for m in index.under(s) for a in m.actors]
    return [EventActor(a, "source") for a in dict.fromkeys(doers)]
