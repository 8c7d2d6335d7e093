"""The country that hosts talks held abroad takes part in them.

Talks between the parties of one state's conflict, held in another state ("the government and the
rebels began talks in Ruritania"), are hosted by that state: the gold codes the host among the
participants. So is a meeting a single named party holds abroad ("the minister held talks in Elbonia").
Where the talks already have two countries of their own ("A and B met in C"), the venue is left out:
a bilateral meeting on a third state's soil (on the sidelines of a summit it hosts) is the pair's.
A seat of international bodies (Brussels, Geneva, New York, ...) hosts the body, not its state.

Likewise the states that announce or confirm talks between others ("A and B confirmed talks between
the army and the militia would start on Monday") are the ones that convene them: parties too.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.events.location import location
from dateline.events.participants import MentionIndex
from dateline.events.parties import country_actor
from dateline.records import EventActor

# Cities where talks are held because an international body sits there, not because the state hosts.
BODY_SEATS = frozenset(
    {"brussels", "geneva", "new york", "vienna", "strasbourg", "the hague", "hague", "luxembourg",
     "nairobi", "addis ababa", "jakarta", "manhattan"}
)  # fmt: skip
# Verbs of talks getting under way or going on, whose place is the talks' ("talks opened in X").
UNDER_WAY = frozenset({"begin", "start", "open", "resume", "continue", "end", "conclude", "close", "convene"})
# Verbs by which a third state makes talks between others known as their convener.
CONVENING = frozenset({"confirm", "announce"})
# Nouns through which a bilateral encounter borrows a larger gathering's place: not the pair's host.
SIDE_EVENT_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins"})


def venue_host(
    sent: Span, anchor: Token, head: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """The country of the place talks are held in, as a participant, when the talks' named actors
    belong to at most one other country ("talks between the army and the militia in Elbonia"); the
    place may hang on the talks noun of a light verb ("held talks in Elbonia")."""
    countries = _one_sided_talks(actors, event_type)
    if countries is None:
        return []
    place = location(sent, anchor) or (location(sent, head) if head.i != anchor.i else None)
    if place is None and anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in UNDER_WAY:
        place = location(sent, anchor.head)  # "the talks began in Elbonia"
    if place is None or place.country is None or place.country in countries:
        return []
    if place.name.casefold() in BODY_SEATS or _beside_gathering(sent):
        return []
    actor = country_actor(place.country)
    return [EventActor(actor, "participant")] if actor is not None else []


def _one_sided_talks(actors: list[EventActor], event_type: str) -> set[str] | None:
    """The countries of talks whose named actors belong to at most one country (None for any other
    event): only such talks borrow a host or a convener, a pair's meeting stays the pair's."""
    if event_type != "CONSULT" or not actors:
        return None
    countries = {ea.actor.country for ea in actors if ea.actor.country}
    return countries if len(countries) <= 1 else None


def _beside_gathering(sent: Span) -> bool:
    """ "met on the sidelines of the summit in X": the place is the gathering's."""
    return any(tok.lower_ in SIDE_EVENT_NOUNS for tok in sent)


def conveners(
    index: MentionIndex, anchor: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """The countries that confirm or announce talks whose named parties belong to at most one other
    country: "A and B confirmed talks between the army and the militia would start", "A announced
    talks between the government and the rebels"."""
    countries = _one_sided_talks(actors, event_type)
    if countries is None:
        return []
    if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.dep_ == "ccomp":
        verb = anchor.head.head  # "confirmed talks ... would start"
    elif anchor.dep_ == "dobj":
        verb = anchor.head  # "announced talks between ..."
    else:
        return []
    if verb.lemma_.lower() not in CONVENING:
        return []
    found = [
        a
        for subject in verb.children
        if subject.dep_ == "nsubj"
        for mention in index.under(subject)
        for a in mention.actors
        if a.country and a.country not in countries
    ]
    return [EventActor(a, "participant") for a in found]


# Round 24: the occasions an act is done at, and the participles naming who hosts or presides over
# them ("signed the accord at a ceremony hosted by X"): the gold counts that host among the parties.
OCCASIONS = frozenset({"ceremony", "event", "signing"})
HOSTING = frozenset({"host", "co-host", "preside", "oversee", "chair"})
OCCASION_PREPS = frozenset({"at", "in", "during"})


def occasion_host(
    index: MentionIndex, anchor: Token, head: Token, actors: list[EventActor]
) -> list[EventActor]:
    """The countries of whoever hosts, presides over or oversees the ceremony an act is done at
    ("A and B signed the accord at a ceremony presided over by C's president"), as participants."""
    have = {ea.actor.country for ea in actors}
    found: list[EventActor] = []
    for host in _occasion_hosts(anchor) + (_occasion_hosts(head) if head.i != anchor.i else []):
        for a in (a for mention in index.under(host) for a in mention.actors):
            if a.country and a.country not in have:
                have.add(a.country)
                found.append(EventActor(a, "participant"))
    return found


def _occasion_hosts(verb: Token) -> list[Token]:
    """The objects of "by" after a hosting participle on the ceremony a prepositional phrase of `verb`
    names ("at a ceremony hosted by X": X)."""
    return [
        host
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in OCCASION_PREPS
        for occasion in prep.children
        if occasion.dep_ == "pobj" and occasion.lemma_.lower() in OCCASIONS
        for participle in occasion.children
        if participle.dep_ == "acl" and participle.lemma_.lower() in HOSTING
        for agent in participle.children
        if agent.dep_ == "agent"
        for host in agent.children
        if host.dep_ == "pobj"
    ]
