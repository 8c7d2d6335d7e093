"""The pair a story has established for an encounter, given to its later reports that name one side.

News names both parties of a call, meeting or visit once or twice, then refers back to the encounter
in sentences that name one of them: "Following their one-on-one meeting, Blinken thanked ...", "Blinken
and Yellen joined Biden during the meeting". Coded sentence by sentence, such a report keeps one side
(the resolver places the rest of the sentence in that side's country, or nowhere), and dedup keeps it
apart from the pair's report or gives the encounter a country short. `participants.story_counterpart`
adds the story's other country to a report with one actor; a report with two of one side (a minister
and an office, two ministers) is left to this module, which reads the participants per encounter
rather than per sentence.

A report of a type in `DYADIC` takes the other side of the pair the article has told for that
encounter when
- it refers back to an encounter told before: a definite event noun ("the meeting", "their talks",
  not "the next round": `anaphora.told_before`);
- it names one country of the pair and no other (its actors without a country aside: an office the
  resolver left unplaced, a mediator, the press), or none in "their meeting"; and not two people of
  that country taking part together ("Kishida and his foreign minister spoke after the talks": that
  side's own act), nor two sectors of it (a domestic act);
- the act names no counterpart of its own (an object or a "with / between / to" phrase that holds an
  actor or is a name: "the meeting with the governor", "the meeting with Katherine Tai" unresolved);
- the article's reports of that type that may be the same encounter (same modality, a mode it may
  share: `events.parties.modes_compatible`, an overlapping date) name two countries and all the same
  two (one pair established: two pairs, or a trilateral, establish none), and all tell one occasion
  (their dates overlap each other: a report that two occasions of the pair fit is left);
- its sentence names no actor of a third country.
It then takes the actors of the other country from the nearest such report. First, a report read as a
visit that names its guest alone (a welcome whose host nobody resolved: "X, chairman of a body the
knowledge base lacks, welcomed Y") takes the story's other country as its host (`_story_host`, round 24).
A pure function of the article's coded mentions, run after `anaphora.refer_back`
(`coder.RuleEventCoder`). Tried on verbal reports and on agreements and directed acts too, it over-merged
(docs/events.md, round 15).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.events.anaphora import told_before
from dateline.events.draft import DraftEvent
from dateline.events.participants import MentionIndex, story_counterpart
from dateline.events.parties import modes_compatible
from dateline.records import EventActor, EventMention

# The acts a pair does together, whose reports name the pair or one of its two sides: encounters. Not
# agreements: a summit yields several, which the gold keeps apart and dedup already over-merges, and
# "the leaders agreed to ..." joined to the summit's main accord cost news-r12a a date.
DYADIC = frozenset({"CONSULT"})
# Words of an act that name its counterpart: "met X", "talks with X", "a meeting between X and Y".
OBJECT_DEPS = frozenset({"dobj", "dative", "attr"})
COUNTERPART_PREPS = frozenset({"with", "between", "to"})
# Entity labels of a counterpart the resolver may leave unplaced (a person or body it does not know).
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def fill_pairs(told: list[tuple[DraftEvent, EventMention]], index: MentionIndex) -> list[EventMention]:
    """The article's mentions in order, each report of an encounter that names one side of the pair the
    article established for it given the other side (module docstring)."""
    coded = [mention for _, mention in told]
    out = list(coded)
    for i, (draft, mention) in enumerate(told):
        host = _story_host(index, draft, mention)
        if host:
            out[i] = replace(mention, actors=[*mention.actors, *host])
            continue
        own = _countries(mention.actors)
        if mention.type not in DYADIC or len(own) > 1 or _domestic(mention) or _joint(mention):
            continue
        if not told_before(draft.trigger) or (not own and not _theirs(draft)):
            continue  # "the meeting", "their talks"; naming no side, "their meeting" names the pair
        if _own_counterpart(index, draft):
            continue
        fits = [m for m in coded if _may_be(mention, m)]
        pairs = {_countries(m.actors) for m in fits}
        if len(pairs) != 1 or len(pair := next(iter(pairs))) != 2 or not own < pair:
            continue  # no pair, two pairs, or a trilateral told of that encounter: none established
        if not all(a.date.overlaps(b.date) for a in fits for b in fits):
            continue  # reports of two occasions of the pair fit it: which one, its date does not say
        if _third_country(index, draft, pair):
            continue
        source = min(fits, key=lambda m: abs(m.sentence_start - mention.sentence_start))
        added = [ea for ea in source.actors if ea.actor.country in pair - own]
        out[i] = replace(mention, actors=list(mention.actors) + added)
    return out


def _story_host(index: MentionIndex, draft: DraftEvent, mention: EventMention) -> list[EventActor]:
    """The host of a visit whose guest alone is named once the act is read as a visit ("X, the chairman
    of a body the resolver lacks, welcomed Prime Minister Y": Y's visit): the story's other country, as
    `story_counterpart` gives it to a visit told from the guest's side at coding time."""
    if mention.mode != "visit" or any(ea.side != "source" for ea in mention.actors):
        return []
    return story_counterpart(index, draft.trigger.anchor, mention.actors, mention.type)


def _countries(actors: list[EventActor]) -> frozenset[str]:
    return frozenset(ea.actor.country for ea in actors if ea.actor.country)


def _may_be(mention: EventMention, other: EventMention) -> bool:
    """Is `other` a report naming two countries or more that may tell the mention's encounter: same type
    and modality, a mode it may share, an overlapping date?"""
    return (
        other.type == mention.type
        and len(_countries(other.actors)) > 1
        and other.modality == mention.modality
        and modes_compatible(mention.mode, other.mode)
        and other.date.overlaps(mention.date)
    )


def _domestic(mention: EventMention) -> bool:
    """Two sectors of one country ("the government and the army held talks"): the two sides of a
    domestic act, not one side of a pair."""
    return len({ea.actor.sector for ea in mention.actors if ea.actor.country}) > 1


def _joint(mention: EventMention) -> bool:
    """Two people or bodies of one side taking part together ("Kishida and his foreign minister spoke
    after the talks"): that side's own act."""
    return len([ea for ea in mention.actors if ea.side == "participant" and ea.actor.country]) > 1


def _theirs(draft: DraftEvent) -> bool:
    """ "their meeting", "their talks": an act noun the pair owns."""
    trigger = draft.trigger
    return trigger.nominal and any(c.dep_ == "poss" and c.lower_ == "their" for c in trigger.head.children)


def _third_country(index: MentionIndex, draft: DraftEvent, pair: frozenset[str]) -> bool:
    """Does the report's sentence name an actor of a country outside the pair?"""
    sent = draft.trigger.head.sent
    return any(
        a.country not in pair
        for loc in index.located
        if sent.start <= loc.root.i < sent.end
        for a in loc.mention.actors
        if a.country
    )


def _own_counterpart(index: MentionIndex, draft: DraftEvent) -> bool:
    """Does the act name a counterpart of its own: its object, or the object of its "with / between /
    to" phrase, holding an actor mention or named (a proper noun or a named entity)? Then the one
    side's act is with that counterpart: resolved, one of its own country ("met the governor"); left
    unplaced, someone the resolver does not know ("met Katherine Tai" on a visit to the pair's other
    side is another meeting than the one with the counterpart the story established)."""
    trigger = draft.trigger
    words = {trigger.anchor.i: trigger.anchor, trigger.head.i: trigger.head}.values()
    found: list[Token] = []
    for word in words:
        found += [c for c in word.children if c.dep_ in OBJECT_DEPS]
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in COUNTERPART_PREPS:
                found += [c for c in prep.children if c.dep_ == "pobj"]
    nouns = [n for t in found for n in (t, *t.conjuncts)]
    return any(_named(n) or index.under(n) for n in nouns)


def _named(noun: Token) -> bool:
    return noun.pos_ == "PROPN" or noun.ent_type_ in NAMED_LABELS
