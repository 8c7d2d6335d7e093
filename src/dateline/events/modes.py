"""How an act was done, when its trigger does not say so itself.

The instrument of an assault, what a demand asks for, and whether a consultation was held by phone, in
person or on a trip, read from the words attached to the trigger and the verb it depends on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.events.detect import Lexicon, Trigger, context_of
from dateline.events.framing import MODE_FROM_CONTENT, THREAT_MODE_FROM_CONTENT
from dateline.records import EventActor

if TYPE_CHECKING:
    from dateline.events.draft import DraftEvent

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
# Suffixes of nouns made from an instrument ("bombing", "shelling", "bomber"): the instrument is the stem.
INSTRUMENT_SUFFIXES = ("ing", "er")
# Modes of a trip: a noun of these names a guest's journey, not a meeting hosted.
TRIP_MODES = frozenset({"visit", "host"})
# The parse links from a consultation up to the verb of the trip it was the purpose of ("left for Jeddah
# to discuss", "flew to Cairo for talks").
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "pobj"})
# The clause of the act a demand asks for ("asked to speak", "demanded that X stop").
CONTENT_DEPS = frozenset({"xcomp", "ccomp"})


def act_mode(event: DraftEvent, lexicon: Lexicon) -> str | None:
    """The mode of a coded event: the trigger's own (its lexicon entry's) unless its words say otherwise,
    else what its context says (`assault_mode`, `content_mode`, `hosted_meeting`, `consult_mode`)."""
    trig, mode = event.trigger, event.mode
    if event.type == "ASSAULT":
        return mode or assault_mode(trig, lexicon)
    if event.type in ("REQUEST", "REJECT"):
        return mode or content_mode(trig, lexicon, MODE_FROM_CONTENT)
    if event.type == "THREATEN":
        return mode or content_mode(trig, lexicon, THREAT_MODE_FROM_CONTENT)
    if event.type != "CONSULT":
        return mode
    if mode == "host":
        mode = hosted_meeting(trig, lexicon) or mode
    if mode is None:
        mode = consult_mode(trig, lexicon)
    if mode == "multilateral" and bilateral(event.actors):
        mode = "meet"
    return mode


def _words_of(token: Token) -> set[str]:
    lemma = token.lemma_.lower()
    stems = {lemma[: -len(s)] for s in INSTRUMENT_SUFFIXES if lemma.endswith(s) and len(lemma) > len(s) + 2}
    return {lemma, *stems, *(s[:-1] for s in stems if len(s) > 3 and s[-1] == s[-2])}  # "shelling" -> shell


def assault_mode(trigger: Trigger, lexicon: Lexicon) -> str | None:
    """The instrument of an attack, from the words near the trigger, in its subject, in the agent of a
    passive and in a participle's "with" ("attacked by militiamen armed with machetes"): the first of
    INSTRUMENT_PRIORITY they name ("a suicide bomber", "rockets", "gunmen", "a roadside bombing"), None
    when none."""
    context, _ = context_of(trigger.anchor, depth=4)
    words = set(context)
    for child in trigger.anchor.children:
        if child.dep_ in ("nsubj", "nsubjpass", "agent"):
            words |= {w for t in child.subtree for w in _words_of(t)}
        elif child.dep_ in ("advcl", "acl") and child.tag_ == "VBN":
            # "attacked ..., armed with knives": the participle says what the attackers carried.
            words |= {g.lemma_.lower() for p in child.children if p.lower_ == "with" for g in p.subtree}
    modes = {lexicon.instruments[w] for w in words if w in lexicon.instruments}
    return next((m for m in INSTRUMENT_PRIORITY if m in modes), None)


def consult_mode(trigger: Trigger, lexicon: Lexicon) -> str | None:
    """How a consultation without a mode of its own ("discussed", "held talks", "exchanged views") was
    held, from the words attached to it: "by telephone", "over the phone", "telephonically", "in a video
    conference" -> phone; "face-to-face", "in person", "on the sidelines of", "in Geneva" -> meet; the
    purpose of a trip ("left for Jeddah to discuss", "flew to Cairo for talks") -> visit.
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
    if modes:
        return "meet"
    return "visit" if trip_purpose(trigger.anchor, lexicon) else None


def content_mode(trigger: Trigger, lexicon: Lexicon, modes: dict[str, str]) -> str | None:
    """The mode of a demand, refusal or threat whose act (asked for, refused, threatened) the lexicon did
    not take for an event of its own ("demanded that X stop its activities", "asked to speak to Y",
    "vowed to fight on"): the mode the verb of that clause gives through its first entry of a type in
    `modes` (framing's tables: a consultation asked for -> meet, a retreat -> yield; an attack threatened
    -> violence), whatever that entry's conditions."""
    for clause in trigger.anchor.children:
        if clause.dep_ not in CONTENT_DEPS or clause.pos_ not in ("VERB", "AUX"):
            continue
        entries = lexicon.entries.get((clause.lemma_.lower(), "V"), ())
        return next((modes[e.type] for e in entries if e.type in modes), None)
    return None


def trip_purpose(anchor: Token, lexicon: Lexicon) -> bool:
    """ "The delegation left for Jeddah to discuss ...", "flew to Cairo for talks": talks that were the
    purpose of a journey to a place (a verb of travel, `consult-mode` cue "visit", with a place of its
    own) are told as the visit."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        head = head.head  # "flew to Cairo for talks"
    elif anchor.dep_ not in PURPOSE_DEPS:
        return False
    if head is anchor or lexicon.consult_cues.get(head.lemma_.lower()) != "visit":
        return False
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS for g in c.children)
        for c in head.children
    )


def hosted_meeting(trigger: Trigger, lexicon: Lexicon) -> str | None:
    """ "India hosted the ministerial dialogue", "the meeting, which is hosted by Japan": what was hosted is
    a meeting (a CONSULT noun of the lexicon), not a visitor, so the act is that meeting, with its own mode
    ("hosted the summit": multilateral), else meet. None when a guest was hosted."""
    anchor = trigger.anchor
    hosted = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON"]
    if anchor.dep_ in ("acl", "relcl"):
        hosted.append(anchor.head)  # "talks hosted by X", "the meeting, which is being hosted by X"
    words = {t.i for t in trigger.tokens}
    for noun in (n for n in hosted if n.i not in words):  # "gave a warm welcome": the trigger's own noun
        entries = lexicon.entries.get((noun.lemma_.lower(), "N"), ())
        modes = [e.mode for e in entries if e.type == "CONSULT" and e.mode not in TRIP_MODES]
        if modes:
            return next((m for m in modes if m is not None), "meet")
    return None


def bilateral(actors: list[EventActor]) -> bool:
    """A summit between two countries' people and no international body ("the Korea-Japan summit",
    "their second summit"): a meeting (PLOVER `meet`), not a multilateral forum."""
    countries = {ea.actor.country for ea in actors}
    return len(countries) == 2 and None not in countries and all(ea.actor.sector != "IGO" for ea in actors)
