"""Events whose actors the text does not name ("gunmen killed villagers"): agent nouns as the event
coder's last resort (actors/unnamed.py finds them).

The coder reads each sentence without them first, exactly as if they were not there ("Kenya
condemned the attack on villagers" stays Kenya's act, with the counterpart it had); a sentence that
holds one is read again with them, and an event of that second reading whose trigger the first left
without actors is coded when its actors are all unnamed and someone acts in it, or when it reports a
past material act ("dozens of students were arrested"); a verbal act whose speaker nobody resolved
("the sides agreed to the pullout of troops") is none, and one where unnamed people only undergo
something, told as a running total ("thousands of people have been killed") or as a plan ("migrants
will be detained"), is the background of the article's news, not an event of it; so is any such act of
the population at large alone, whatever its side ("thousands of people have fled the region so far").
(The present tense says nothing here: "X blames rebels", "a report urges the government" are news of
the day.)
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.actors.unnamed import GENERIC_SECTORS, UNNAMED, anonymous
from dateline.events.draft import DraftEvent
from dateline.events.modality import modality
from dateline.events.ontology import load as load_ontology
from dateline.events.participants import FORCE_TYPES
from dateline.records import Actor, ActorMention

# Material acts that voice a stand, as verbal acts do: the perfect tells one of them done, not a total.
VOICED_ACTS = frozenset({"PROTEST"})
# What an attack's toll counts (round 31): people killed or wounded ...
TOLL = frozenset({"kill", "wound", "injure"})
# ... by an attack named as the killer ("the strike killed two children", "killed in the attacks").
ATTACKS = frozenset(
    {"attack", "strike", "airstrike", "bombing", "bombardment", "blast", "explosion", "raid", "shelling",
     "assault", "riot", "operation", "missile", "drone", "rocket"}
)  # fmt: skip


@dataclass(frozen=True)
class Fallback:
    """The document's unnamed-actor mentions, for a second reading of the sentences that hold one."""

    spans: tuple[tuple[int, int], ...]  # character spans, in text order
    anonymous: frozenset[Actor]

    def within(self, start: int, end: int) -> bool:
        return any(start <= a and b <= end for a, b in self.spans)

    def events(self, candidates: list[DraftEvent], coded: list[DraftEvent]) -> list[DraftEvent]:
        """The events of a reading with unnamed actors that the reading without them did not code
        (same trigger), whose actors are all unnamed and that are no background. Where that reading
        coded an act of named parties, an event of unnamed actors with no country is a detail of the
        sentence told about them ("X thanked the mediators, saying the government's commitment ...",
        "X accused Y as it announced the withdrawals on social media"): no event of its own (round 31).
        Force by unnamed hands stays: "X condemned the kidnapping of two engineers by gunmen" tells
        the kidnapping beside the condemnation (`_force_by`); a toll with no doer ("the attack left
        three people injured") does not."""
        done = {(e.trigger.start, e.trigger.end) for e in coded}
        told = any(ea.actor not in self.anonymous for e in coded for ea in e.actors)
        return [
            event
            for event in candidates
            if (event.trigger.start, event.trigger.end) not in done
            and event.actors
            and all(ea.actor in self.anonymous for ea in event.actors)
            and not (told and _countryless(event) and not _force_by(event))
            and not (all(ea.side == "target" for ea in event.actors) and _undergone_only(event))
            and not _toll(event)
            and not (
                all(ea.actor.sector in GENERIC_SECTORS for ea in event.actors)
                and _background(event.trigger.anchor)
                and not _voiced(event)
            )
        ]


def split_unnamed(mentions: list[ActorMention]) -> tuple[list[ActorMention], Fallback]:
    """The mentions the coder reads first (all but unnamed ones) and the fallback of the unnamed."""
    named = [m for m in mentions if not m.how.startswith(UNNAMED)]
    spans = tuple((m.start, m.end) for m in mentions if m.how.startswith(UNNAMED))
    return named, Fallback(spans, anonymous(mentions))


def _undergone_only(event: DraftEvent) -> bool:
    """Whether an event whose unnamed actors only undergo it is no event: a verbal act whose speaker
    the text gives but nobody resolved ("the sides agreed to the pullout of troops" is no agreement by
    or with the troops; an agentless passive, "the XKF is accused of ...", keeps its undergoer), and
    any act told as a total so far or as a plan is background (`_background`)."""
    anchor = event.trigger.anchor
    spoken = load_ontology().types[event.type].verbal and any(c.dep_ == "nsubj" for c in anchor.children)
    return spoken or _background(anchor)


def _voiced(event: DraftEvent) -> bool:
    """Whether the population's act is one they voice, done in the perfect: "nine students have accused
    the dean", "dozens of villagers have demanded compensation", "hundreds of residents have protested"
    report what the people said or did as one act, not a total so far the way "thousands have fled" or
    "have been killed" does (a plan stays background: `_background` reads the modality first)."""
    anchor = event.trigger.anchor
    voiced = event.type in VOICED_ACTS or load_ontology().types[event.type].verbal
    return voiced and modality(anchor) == "asserted" and any(c.dep_ == "nsubj" for c in anchor.children)


def _background(anchor: Token) -> bool:
    """A total so far (the perfect) or a plan: not one asserted act."""
    if modality(anchor) != "asserted":
        return True
    if anchor.pos_ != "VERB":
        return False  # "the arrest of forty students": the noun says nothing of it
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children)


def _countryless(event: DraftEvent) -> bool:
    return all(ea.actor.country is None for ea in event.actors)


def _force_by(event: DraftEvent) -> bool:
    """Force used by someone the sentence names as its doer, however unnamed ("gunmen", "militants");
    civilians as its doer are its victims misread ("three people injured")."""
    return event.type in FORCE_TYPES and any(
        ea.side == "source" and ea.actor.sector not in GENERIC_SECTORS for ea in event.actors
    )


def _toll(event: DraftEvent) -> bool:
    """Whether the event is the toll of an attack told as the killer, with unnamed victims: "the attack
    killed two children and wounded two women", "nine people were killed in the strikes", "the riots
    that killed four people" (round 31). The attack is the news, coded from its own words or another
    sentence; its toll names nobody who acts, so as an event of its own it joins no report of the
    attack. Victims killed by someone ("gunmen killed villagers") or with no attack named stay."""
    anchor = event.trigger.anchor
    if event.type != "ASSAULT" or anchor.lemma_ not in TOLL:
        return False
    clause = anchor
    while clause.dep_ in ("conj", "advcl") and not _doer(clause):
        clause = clause.head  # "... killed two children and wounded two women": the first verb's doer
    doer = _doer(clause)
    if doer is not None and doer.tag_ == "WDT" and clause.dep_ == "relcl":
        doer = clause.head  # "the riots that killed four people"
    if doer is not None:
        return doer.lemma_.lower() in ATTACKS
    if any(c.dep_ == "agent" for c in clause.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(o.lemma_.lower() in ATTACKS for o in c.children)
        for c in clause.children
    )


def _doer(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
