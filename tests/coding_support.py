"""Shared by the event-coder tests: hand-built actor mentions for invented sentences, and the coder
run over real spaCy parses with them."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Token

from dateline.components import CodingContext
from dateline.events.coder import RuleEventCoder
from dateline.pipeline import Pipeline
from dateline.records import (
    Actor,
    ActorMention,
    Article,
    DateInterval,
    DocumentTime,
    EventMention,
    RawDocument,
)

# name -> the actors it stands for, and how a resolver would have found it ("place", "plural", ...)
Names = dict[str, tuple[tuple[Actor, ...], str]]


# Two invented states and their heads, the table most coder tests resolve names through.
NRL = Actor("NRL", "Norland", "NRL", "GOV")
SDR = Actor("SDR", "Sudria", "SDR", "GOV")
VALE = Actor("p1", "Arno Vale", "NRL", "GOV", "head of state", "person")
KORR = Actor("p2", "Lina Korr", "SDR", "GOV", "head of state", "person")
TWO_STATES: Names = {
    "Norland": ((NRL,), "country"),
    "Sudria": ((SDR,), "country"),
    "Vale": ((VALE,), "title"),
    "Korr": ((KORR,), "title"),
}


def token_of(nlp: Language, sentence: str, word: str) -> Token:
    """The first token of the parsed sentence spelled `word`: the trigger a test asks about."""
    return next(t for t in nlp(sentence) if t.text == word)


def find_mentions(text: str, names: Names) -> list[ActorMention]:
    """Every occurrence of a known name (any case), longest names first; shorter names inside a
    longer one are skipped."""
    out: list[ActorMention] = []
    taken: set[int] = set()
    lower = text.lower()
    for name, (actors, how) in sorted(names.items(), key=lambda kv: -len(kv[0])):
        start = lower.find(name.lower())
        while start >= 0:
            end = start + len(name)
            if not taken & set(range(start, end)):
                out.append(ActorMention(start, end, text[start:end], actors, how))
                taken |= set(range(start, end))
            start = lower.find(name.lower(), end)
    return sorted(out, key=lambda m: m.start)


def coder_for(
    nlp: Language, names: Names, date_event: Callable | None = None, coder: RuleEventCoder | None = None
) -> Callable[[str], list[EventMention]]:
    coder = coder or RuleEventCoder()

    def run(text: str) -> list[EventMention]:
        ctx = CodingContext(
            article=Article(id="t", text=text),
            doc=nlp(text),
            document_time=DocumentTime.unknown(),
            timexes=[],
            actor_mentions=find_mentions(text, names),
            date_event=date_event or (lambda _t: DateInterval.unknown()),
        )
        return coder(ctx)

    return run


def sides_of(event: EventMention) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for ea in event.actors:
        out.setdefault(ea.side, set()).add(ea.actor.country)
    return out


def pipeline_events(
    pipeline: Pipeline, text: str, published: str | None = "2024-03-15"
) -> list[EventMention]:
    """The event mentions of `text` through the whole pipeline, as one article."""
    raw = RawDocument(source="test", id="t", text=text, published=published)
    return pipeline.process(raw).events


def sentence_events(pipeline: Pipeline, sentence: str, event_type: str) -> list[EventMention]:
    """The event mentions of type `event_type` of one sentence told as a whole article."""
    return [e for e in pipeline_events(pipeline, sentence + "\n") if e.type == event_type]


def type_modes(pipeline: Pipeline, head: str, sentence: str) -> list[tuple[str, str | None]]:
    """The (type, mode) of each event of `sentence` told under the headline `head`."""
    return [(e.type, e.mode) for e in pipeline_events(pipeline, head + sentence + "\n")]


def countries_of(event: EventMention, side: str | None = None) -> set[str | None]:
    return {ea.actor.country for ea in event.actors if side is None or ea.side == side}


def of_type(events: list[EventMention], event_type: str) -> EventMention:
    found = [e for e in events if e.type == event_type]
    assert found, [(e.type, e.trigger, [ea.actor.name for ea in e.actors]) for e in events]
    return found[0]


def types_of(events: list[EventMention]) -> set[str]:
    return {e.type for e in events}


def assert_kept_and_dropped(pipeline: Pipeline, text: str, kept: str | None, dropped: str | None) -> None:
    """`text` through the whole pipeline holds an event of type `kept` (when given) and none of `dropped`."""
    types = types_of(pipeline_events(pipeline, text))
    assert kept is None or kept in types, types
    assert dropped not in types, types
