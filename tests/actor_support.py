"""Shared by the actor-stage tests: the real knowledge base's resolver run over an invented sentence,
with what each mention resolved to."""

from __future__ import annotations

from datetime import date
from typing import Literal

from spacy.language import Language

from dateline.actors.component import DefaultActorResolver
from dateline.pipeline import Pipeline
from dateline.records import DateInterval, DocumentTime, RawDocument


def resolved(
    resolver: DefaultActorResolver,
    nlp: Language,
    text: str,
    day: date,
    detail: Literal["role", "sector"],
) -> dict[str, tuple[str | None, str | None, str]]:
    """Mention text -> (its first actor's country, that actor's role or sector, how it was found),
    for an article published on `day`."""
    mentions = resolver.resolve(nlp(text), DocumentTime(day, DateInterval(day, day, "day")))
    return {m.text: (m.actors[0].country, getattr(m.actors[0], detail), m.how) for m in mentions}


def pronoun_countries(pipeline: Pipeline, text: str) -> list[tuple[str, set[str | None]]]:
    """Each pronoun mention of an invented article (lower-cased) with the countries it resolved to."""
    raw = RawDocument(source="test", id="t", text=text, published="2024-03-15")
    return [
        (m.text.lower(), {a.country for a in m.actors})
        for m in pipeline.process(raw).actor_mentions
        if m.how == "pronoun"
    ]
