"""Officials of international bodies: a person the article presents as an officer of one ("Olusegun
Obasanjo, the African Union's envoy", "African Union chief mediator X", "the AU's mediator, former
Kenyan President Y") acts for that body, not for the country whose citizen or former office holder
they are.

CAMEO and PLOVER code such a person by the body (IGO), as the knowledge base already does for the
officers it lists with their international office (the UN Secretary-General, the EU's foreign policy
chief). A person the knowledge base knows by a national career (a former president) keeps that country
elsewhere; in an article that names them in an international office, every mention of them there is
the officer (country None, sector IGO), so that "X urged both sides" makes no party of X's country.

The affiliation is read off the parse: an international body among the person's own modifiers, in an
apposition to them or in the noun they are in apposition to, reached only through modifiers and "of"
("head of the AU mediation team"), never through "to/at/in" ("Nigeria's ambassador to the UN" serves
Nigeria) nor a clause ("who briefed the UN"). An office put in the past ("a former UN envoy") is no
affiliation, and nobody holding a role of state on the article's date is made an officer ("President
X, chairman of the regional bloc" still acts for X's state).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dateline.actors.sentence import FORMER
from dateline.records import Actor, ActorMention

# Dependencies an affiliation is read through (modifiers, coordination, "of"-phrases' objects).
AFFILIATION_DEPS = frozenset({"compound", "poss", "nmod", "amod", "pobj", "conj", "appos", "det", "cc",
                              "case"})  # fmt: skip

COORDINATION = frozenset({"conj", "cc"})


def international_officers(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions with every person the article presents as an officer of an international body
    re-coded as that officer (country None, sector IGO) wherever they are mentioned."""
    bodies = _body_tokens(doc, mentions)
    if not bodies:
        return mentions
    officers: dict[Actor, Actor] = {}
    for m in mentions:
        if len(m.actors) != 1 or not _national_person(m.actors[0]) or m.actors[0] in officers:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _affiliated(span.root, bodies, set(range(span.start, span.end))):
            officers[m.actors[0]] = replace(m.actors[0], country=None, sector="IGO")
    if not officers:
        return mentions
    return [replace(m, actors=tuple(officers.get(a, a) for a in m.actors)) for m in mentions]


def _national_person(actor: Actor) -> bool:
    """A person with a country and no role of state on the article's date."""
    return actor.kind == "person" and actor.country is not None and actor.role is None


def _body_tokens(doc: Doc, mentions: list[ActorMention]) -> set[int]:
    """Token indices of the mentions that name an international body (no country, sector IGO)."""
    out: set[int] = set()
    for m in mentions:
        if m.actors and all(a.country is None and a.sector == "IGO" and a.kind != "person" for a in m.actors):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
    return out


def _affiliated(root: Token, bodies: set[int], own: set[int]) -> bool:
    """Whether an international body is among the person's modifiers, in an apposition to them, or
    in the noun they are in apposition to (see the module's docstring)."""
    first = min(own)
    # The person's own modifiers, written up to the name ("African Union chief mediator X"); one a comma
    # parts from it is a misparse of an apposition ("X's ambassador to the UN, Y").
    # Coordination at the person's own level joins someone else ("X and the AU urged ...").
    stack = [
        c
        for c in root.children
        if c.dep_ in AFFILIATION_DEPS - COORDINATION
        and c.i not in own
        and not any(t.is_punct for t in c.doc[c.i : first])
    ]
    if root.dep_ == "appos" and root.head.i not in bodies:
        # The office noun the person is in apposition to; a person "in apposition" to the body's own
        # name is a misparse of "X's ambassador to the UN, Y".
        stack.append(root.head)
    seen = set(own)
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if _past_office(tok):
            continue
        if tok.i in bodies:
            return True
        for child in tok.children:
            if child.dep_ in AFFILIATION_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
                stack.append(child)
    return False


def _past_office(noun: Token) -> bool:
    """ "a former UN envoy", "ex-envoy": an office the person no longer holds."""
    return any(c.lower_ in FORMER for c in noun.children if c.dep_ in ("amod", "advmod", "compound"))
