"""Where an event took place: the place attached to its trigger in the parse.

Only places linked to the event count: "met in Geneva", "held talks at Camp David", "on the sidelines of
the SCO summit in Beijing", "during his official visit to Islamabad", "visited Moscow", "the Beijing
summit". A place elsewhere in the sentence is usually a topic or a party ("discussed the situation in
Afghanistan", "Russia and Pakistan agreed") and is not a venue; a phone call has none.

The country of a place (ISO 3166-1 alpha-3) comes from the actor knowledge base's countries.tsv (country
names and aliases; capitals and seats of government among its metonyms) when it is there, and from
`data/places.tsv`, a small gazetteer of other cities that diplomatic news often names.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from dateline.nlp.entities import entity_at
from dateline.records import Location

PLACES = Path(__file__).parent / "data" / "places.tsv"
COUNTRIES = Path(__file__).parent.parent / "actors" / "data" / "countries.tsv"

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that put an event at a place ("in Geneva", "at Camp David", "inside the Kremlin").
AT = frozenset({"in", "at", "inside", "near"})
# Prepositions that put an event inside another event whose place is then the event's place:
# "on the sidelines of the summit in Beijing", "during the visit to Islamabad". Not "ahead of" or
# "after": talks held ahead of a summit in Tokyo were not held in Tokyo.
WITHIN = frozenset({"on", "at", "during", "in"})
# Nouns through which a place reaches the event ("the sidelines of the summit in Beijing").
VENUE_NOUNS = frozenset(
    {
        "sideline", "sidelines", "margin", "margins", "summit", "meeting", "conference", "ceremony",
        "session", "forum", "talk", "talks", "visit", "trip", "tour", "event", "gathering", "assembly",
        "games", "olympics", "headquarters", "dialogue", "round", "negotiation", "consultation",
    }
)  # fmt: skip
# Verbs and nouns of travel: their object or "to" phrase is where the traveller's events happen.
VISIT_VERBS = frozenset({"visit", "travel", "arrive", "fly", "go", "come", "tour", "reach", "land", "trip"})
# Links from a trigger up to the clause whose circumstances it shares ("met in Doha to discuss").
UP_LINKS = frozenset({"xcomp", "conj", "advcl", "dobj", "nsubjpass", "pobj", "pcomp", "prep"})
MAX_HOPS = 4


def location(sent: Span, trigger: Token) -> Location | None:
    """The place of the event triggered by `trigger` in sentence `sent`, or None."""
    node: Token | None = trigger
    hops = 0
    while node is not None and hops <= MAX_HOPS:
        place = _place_of(node, sent)
        if place is not None:
            return _location(place)
        node = _up(node, sent)
        hops += 1
    return None


def _up(tok: Token, sent: Span) -> Token | None:
    """The governing word whose place the trigger shares; None across reported speech or a clause
    that merely describes a noun ("the statement issued in Moscow")."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in UP_LINKS or not (sent.start <= head.i < sent.end):
        return None
    return head


def _place_of(tok: Token, sent: Span) -> Span | None:
    travel = tok.lemma_.lower() in VISIT_VERBS
    for child in _circumstances(tok):
        if travel and child.dep_ in ("dobj", "npadvmod"):
            place = _place(child, sent)  # "visited Moscow", "went home" is no place
            if place is not None:
                return place
        if child.dep_ != "prep":
            continue
        word = child.lower_
        for obj in (c for c in child.children if c.dep_ == "pobj"):
            if word in AT or (travel and word == "to"):
                place = _place(obj, sent)
                if place is not None:
                    return place
            if word in WITHIN:
                place = _venue_place(obj, sent, depth=0)
                if place is not None:
                    return place
    if tok.pos_ in ("NOUN", "PROPN"):
        return _modifier_city(tok, sent)
    return None


def _circumstances(tok: Token) -> Iterator[Token]:
    """The trigger's dependents, plus phrases the parser often hangs one word too low: "Kabulov, during
    his visit to Islamabad, held talks" (on the subject), "met X and Y in Islamabad", "talks between
    the government and the rebels in Doha" (on the last participant)."""
    yield from tok.children
    for child in tok.children:
        if child.dep_ == "nsubj":
            yield from (p for p in child.children if p.dep_ == "prep" and p.lower_ == "during")
        for party in _participants(child):
            yield from (p for p in party.children if p.dep_ == "prep" and p.lower_ in AT)


def _participants(child: Token) -> Iterator[Token]:
    """Named participants of the event: its named object, or the objects of "with"/"between"."""
    if child.dep_ == "dobj":
        objs = [child]
    elif child.dep_ == "prep" and child.lower_ in ("with", "between"):
        objs = [c for c in child.children if c.dep_ == "pobj"]
    else:
        return
    for obj in objs:
        for party in (obj, *obj.conjuncts):
            if party.ent_type_ in ("PERSON", "ORG", "NORP") or party.pos_ == "PROPN":
                yield party


def _venue_place(noun: Token, sent: Span, depth: int) -> Span | None:
    """The place of an event noun that contains the event: "the sidelines of the summit in Beijing"."""
    if depth > 2 or (noun.lemma_.lower() not in VENUE_NOUNS and noun.lower_ not in VENUE_NOUNS):
        return None
    travel = noun.lemma_.lower() in VISIT_VERBS
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        for obj in (c for c in child.children if c.dep_ == "pobj"):
            if child.lower_ in AT or (travel and child.lower_ == "to"):
                place = _place(obj, sent)
                if place is not None:
                    return place
            if child.lower_ == "of":
                place = _venue_place(obj, sent, depth + 1)
                if place is not None:
                    return place
    return _modifier_city(noun, sent)


def _modifier_city(noun: Token, sent: Span) -> Span | None:
    """ "the Beijing summit", "Geneva talks": a city in front of an event noun. Countries are left
    out there: "Afghanistan talks" are about Afghanistan, not held in it."""
    for child in noun.children:
        if child.dep_ in ("compound", "poss", "nmod"):
            place = _place(child, sent)
            if place is not None and _is_city(place.text):
                return place
    return None


def _place(tok: Token, sent: Span) -> Span | None:
    """The place name headed by `tok`: a GPE/LOC/FAC entity, or a known place the tagger missed."""
    ent = entity_at(sent.doc, tok.i)  # `sent.ents` would build every entity of the document anew
    if ent is not None and sent.start <= ent.start and ent.end <= sent.end:
        if ent.label_ in PLACE_LABELS or _normal(ent.text) in gazetteer():
            return ent
        return None
    if tok.pos_ == "PROPN" and _normal(tok.text) in gazetteer():
        return sent.doc[tok.i : tok.i + 1]
    return None


def _location(place: Span) -> Location:
    name = re.sub(r"^the\s+", "", place.text.strip(), flags=re.IGNORECASE)
    return Location(name=name, country=gazetteer().get(_normal(name)))


def _normal(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip().lower())
    name = name.replace("’", "'").replace(".", "")
    return re.sub(r"\s+", " ", name)


def _is_city(name: str) -> bool:
    key = _normal(name)
    return key in gazetteer() and key not in country_names()


@cache
def gazetteer() -> dict[str, str]:
    """Normalized place name -> ISO3: countries, their capitals and seats, then places.tsv."""
    names: dict[str, str] = {}
    for iso3, name in _country_rows():
        names.setdefault(_normal(name), iso3)
    with PLACES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            for name in _split(row["name"], row.get("aliases")):
                names.setdefault(_normal(name), row["country"].strip())
    return names


@cache
def country_names() -> frozenset[str]:
    return frozenset(_normal(name) for _, name in _country_rows(capitals=False))


def _country_rows(capitals: bool = True) -> Iterator[tuple[str, str]]:
    # countries.tsv belongs to the actor knowledge base; without it places.tsv still answers.
    if not COUNTRIES.is_file():
        return
    with COUNTRIES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            iso3 = (row.get("iso3") or "").strip()
            if not iso3:
                continue
            yield from ((iso3, n) for n in _split(row.get("name"), row.get("aliases")))
            if capitals:
                yield from ((iso3, n) for n in _split(row.get("metonyms")))


def _split(*fields: str | None) -> Iterator[str]:
    for field in fields:
        yield from (part.strip() for part in (field or "").split("|") if part.strip())
