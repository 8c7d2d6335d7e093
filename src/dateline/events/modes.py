"""How an act was done, when its trigger does not say so itself.

The instrument of an assault, and whether a consultation was held by phone or in person, read from the
words attached to the trigger.
"""

from __future__ import annotations

from dateline.events.detect import Lexicon, Trigger, context_of
from dateline.records import EventActor

# Dependents that say how an act was done ("by telephone", "telephonically", "face-to-face").
MANNER_DEPS = frozenset({"prep", "agent", "advmod", "npadvmod", "amod", "compound", "acomp"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
INSTRUMENT_PRIORITY = (
    "suicide-attack",
    "unconventional",
    "explosives",
    "heavy-weapons",
    "firearms",
    "primitive",
)


def assault_mode(trigger: Trigger, lexicon: Lexicon) -> str | None:
    """The instrument of an attack, from the words near the trigger and in its subject: the first of
    INSTRUMENT_PRIORITY they name ("a suicide bomber", "rockets", "gunmen"), None when none."""
    words, _ = context_of(trigger.anchor, depth=4)
    for child in trigger.anchor.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            words |= {t.lemma_.lower() for t in child.subtree}
    modes = {lexicon.instruments[w] for w in words if w in lexicon.instruments}
    return next((m for m in INSTRUMENT_PRIORITY if m in modes), None)


def consult_mode(trigger: Trigger, lexicon: Lexicon) -> str | None:
    """How a consultation without a mode of its own ("discussed", "held talks", "exchanged views") was
    held, from the words attached to it: "by telephone", "over the phone", "telephonically", "in a video
    conference" -> phone; "face-to-face", "in person", "on the sidelines of", "in Geneva" -> meet.
    None when the sentence does not say: such a mention may still join a call or a meeting."""
    cues = lexicon.consult_cues
    modes = []
    for word in {t.i: t for t in (trigger.anchor, trigger.head, *trigger.tokens)}.values():
        for child in word.children:
            if child.dep_ not in MANNER_DEPS:
                continue
            near = [child]
            if child.dep_ in ("prep", "agent"):
                near = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                if child.lower_ in ("in", "at") and any(g.ent_type_ in PLACE_LABELS for g in near):
                    modes.append("meet")
            for tok in near:
                words = [tok, *(g for g in tok.children if g.dep_ in ("amod", "compound", "advmod"))]
                modes += [cues[w.lower_] for w in words if w.lower_ in cues]
                modes += [cues[w.lemma_.lower()] for w in words if w.lemma_.lower() in cues]
    if "phone" in modes:
        return "phone"
    return "meet" if modes else None


def bilateral(actors: list[EventActor]) -> bool:
    """A summit between two countries' people and no international body ("the Korea-Japan summit",
    "their second summit"): a meeting (PLOVER `meet`), not a multilateral forum."""
    countries = {ea.actor.country for ea in actors}
    return len(countries) == 2 and None not in countries and all(ea.actor.sector != "IGO" for ea in actors)
