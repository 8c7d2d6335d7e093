"""The entities of a parsed document, built once.

spaCy's `Doc.ents` makes every entity Span anew on each access; the actor stage reads them for every
pronoun it resolves, so they are kept in `doc.user_data` as `dateline.nlp.sentences` keeps the
sentence boundaries. Like those, they are read from the parse once: a Doc whose entities are changed
afterwards must be parsed again.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

_KEY = "dateline.entities"


def entities(doc: Doc) -> tuple[Span, ...]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = tuple(doc.ents)
    return cached


def persons(doc: Doc) -> tuple[Span, ...]:
    """The PERSON entities, in text order."""
    key = _KEY + ".persons"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = tuple(e for e in entities(doc) if e.label_ == "PERSON")
    return cached


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity that holds token `i`, or None (entities do not overlap: at most one does)."""
    key = _KEY + ".starts"
    starts = doc.user_data.get(key)
    if starts is None:
        starts = doc.user_data[key] = [e.start for e in entities(doc)]
    k = bisect_right(starts, i) - 1
    if k < 0:
        return None
    ent = entities(doc)[k]
    return ent if i < ent.end else None
