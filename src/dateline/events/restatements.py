"""One event per act within a sentence: restatements merged, other occasions of the same act kept.

"the call ... by telephone" is one call; a stand-alone noun repeating a verb's event adds at most how it
was done, unless it names an occasion of its own ("their earlier call") or the text places one before
the other.
"""

from __future__ import annotations

from dateline.events.detect import Trigger
from dateline.events.draft import DraftEvent
from dateline.events.framing import SEQUENCE_WORDS, own_occasion, path_up


def _actor_key(event: DraftEvent) -> frozenset:
    return frozenset((ea.actor.id, ea.actor.name, ea.actor.country) for ea in event.actors)


def deduplicate(events: list[DraftEvent]) -> list[DraftEvent]:
    """One event per (type, mode, actors) in a sentence: "the call ... by telephone" is one call."""
    best: dict[tuple, DraftEvent] = {}
    for event in events:
        key = (event.type, event.mode, _actor_key(event))
        # A verb reports the event, a noun restates it: the verb's trigger (and date) stands.
        if key not in best or _rank(event) > _rank(best[key]):
            best[key] = event
    kept = list(best.values())
    # A stand-alone noun repeating a verb's event with a subset of its actors adds nothing but, maybe,
    # how it was done ("the call"); one with its own date or an "earlier" is another occasion of the same
    # act, and a visit is an event of its own beside the talks held during it.
    result = []
    for event in kept:
        same = [
            other
            for other in kept
            if other is not event
            and not other.trigger.nominal
            and other.type == event.type
            and (event.mode in (None, other.mode) or (other.mode is None and event.mode == "phone"))
            and _actor_key(event) <= _actor_key(other)
            and not _sequenced(event.trigger, other.trigger)
        ]
        if event.trigger.nominal and same and not own_occasion(event.trigger.head):
            same[0].mode = same[0].mode or event.mode
            continue
        result.append(event)
    return sorted(result, key=lambda e: e.trigger.start)


def _rank(event: DraftEvent) -> tuple[bool, float]:
    return not event.trigger.nominal, event.confidence


def _sequenced(a: Trigger, b: Trigger) -> bool:
    """True when the text places one of the two events before or after the other."""
    for low, high in ((a, b), (b, a)):
        path = path_up(low.anchor, high.anchor)
        if path and any(t.lower_ in SEQUENCE_WORDS for t in path):
            return True
    return False
