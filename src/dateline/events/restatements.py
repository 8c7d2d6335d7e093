"""One event per act within a sentence: restatements merged, other occasions of the same act kept.

"the call ... by telephone" is one call; a stand-alone noun repeating a verb's event adds at most how it
was done, unless it names an occasion of its own ("their earlier call") or the text places one before
the other.
"""

from __future__ import annotations

from dateline.events.detect import Trigger
from dateline.events.draft import DraftEvent
from dateline.events.framing import SEQUENCE_WORDS, own_occasion, path_up
from dateline.events.parties import TRIP_MODES


def _actor_key(event: DraftEvent) -> frozenset:
    return frozenset((ea.actor.id, ea.actor.name, ea.actor.country) for ea in event.actors)


def deduplicate(events: list[DraftEvent]) -> list[DraftEvent]:
    """One event per (type, mode, actors) in a sentence: "the call ... by telephone" is one call. A
    noun naming an occasion of its own ("met on Monday, a year after their last summit, in Porto in
    June 2023") or placed before or after the verb's event ("spoke on Monday, two weeks after the
    call of 4 February") is another occasion of the act, an event of its own, whatever its actors:
    its own date keeps it apart from the verb's event across sentences too (`dedup`), and where it
    has none the article's other reports of it may still join it."""
    apart = [e for e in events if _other_occasion(e, events)]
    best: dict[tuple, DraftEvent] = {}
    for event in events:
        if any(event is other for other in apart):
            continue
        key = (event.type, event.mode, _actor_key(event))
        # A verb reports the event, a noun restates it: the verb's trigger (and date) stands.
        if key not in best or _rank(event) > _rank(best[key]):
            best[key] = event
    kept = list(best.values())
    result = list(apart)
    # A stand-alone noun repeating a verb's event with a subset of its actors adds nothing but, maybe,
    # how it was done ("the call"); a visit is an event of its own beside the talks held during it.
    for event in kept:
        same = [
            other
            for other in kept
            if other is not event
            and not other.trigger.nominal
            and other.type == event.type
            and (event.mode in (None, other.mode) or (other.mode is None and event.mode == "phone"))
            and _actor_key(event) <= _actor_key(other)
        ]
        if event.trigger.nominal and same:
            same[0].mode = same[0].mode or event.mode
            continue
        if _told_again(event, kept):
            continue
        result.append(event)
    return sorted(result, key=lambda e: e.trigger.start)


def _told_again(event: DraftEvent, kept: list[DraftEvent]) -> bool:
    """A verb that says no more than that an act took place ("discussed", mode unknown) beside a report
    of the same act by the same actors that says how it was held ("met and discussed the border", "a
    phone call, during which they discussed ..."): one act, told twice (round 9). A visit or a hosting
    is an event of its own beside the talks held during it, so it takes nothing in."""
    if event.mode is not None or event.trigger.nominal:
        return False
    return any(
        other is not event
        and other.type == event.type
        and other.mode is not None
        and other.mode not in TRIP_MODES
        and _actor_key(event) <= _actor_key(other)
        for other in kept
    )


def _other_occasion(event: DraftEvent, events: list[DraftEvent]) -> bool:
    """A noun naming an occasion of its own, or placed before or after another report of its act."""
    trigger = event.trigger
    if not trigger.nominal:
        return False
    return own_occasion(trigger.head) or any(
        other is not event and other.type == event.type and sequenced(trigger, other.trigger)
        for other in events
    )


def _rank(event: DraftEvent) -> tuple[bool, float]:
    return not event.trigger.nominal, event.confidence


def sequenced(a: Trigger, b: Trigger) -> bool:
    """True when the text places one of the two events before or after the other."""
    for low, high in ((a, b), (b, a)):
        path = path_up(low.anchor, high.anchor)
        if path and any(t.lower_ in SEQUENCE_WORDS for t in path):
            return True
    return False
