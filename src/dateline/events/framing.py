"""Verbal acts and their content: which trigger is what another one says, and how that content recodes it.

"urged X to withdraw" is one REQUEST whose content is the withdrawal, not also a withdrawal; "vowed to
attack" is a threat; "ordered the arrest of" is the arrest. A trigger is framed by the nearest verbal act
that governs it through complement links, not through another clause, a circumstance ("during the
visit") or a sequence ("ahead of the meeting").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.events.conditions import PROMISES
from dateline.events.detect import Trigger, for_clause, load_lexicon, time_for
from dateline.events.draft import DraftEvent
from dateline.events.modality import lexicon as modality_cues
from dateline.events.participants import MentionIndex, fronted_adjunct
from dateline.events.references import dated
from dateline.records import EventActor

# Links through which a verbal act governs its content ("agreed to cooperate", "demanded the release of",
# "accused X of violating"), and links that leave it (another clause with its own assertion).
CONTENT_DEPS = frozenset(
    {"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "nsubjpass", "attr", "oprd"}
)
BARRIER_DEPS = frozenset({"advcl", "relcl", "parataxis", "appos"})
# Words that place one event before or after another: a planned meeting "ahead of" which a call was held
# is a second event, not a restatement of the first.
SEQUENCE_WORDS = frozenset({"ahead", "before", "after", "following", "prior", "since", "until", "previous"})
# Prepositions that give an event's circumstances, not its content: what was agreed "during the visit"
# is not the visit.
CIRCUMSTANCE_PREPS = frozenset({"during", "amid", "amidst", "despite", "throughout", "at", "besides"})
# Modifiers that set an event noun apart from the one the sentence reports ("their earlier call").
EARLIER_WORDS = frozenset({"earlier", "previous", "prior", "former", "past", "last", "first"})
CONFLICT_MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
# Content that makes a promise a concession (PLOVER CONCEDE: "promises of future concessions").
CONCESSIONS = frozenset({"CONCEDE", "RETREAT"})
# Commissives that offer rather than menace: forces they promise are aid unless sent against someone.
PLEDGES = frozenset({"pledge", "promise", "offer", "commit"})
DIRECT_CONTENT_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "conj"})
# Named things a request can be addressed to.
ADDRESSEE_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Verbal acts whose content lies ahead: a dated event noun in them is what is asked, offered or threatened.
FORWARD_ACTS = frozenset({"REQUEST", "AGREE", "THREATEN"})


# Verbal acts that judge what has been done ("welcomed", "condemned"): a material act they take as
# their object happened.
JUDGING_ACTS = frozenset({"SUPPORT", "ACCUSE"})
# Material acts: what a judging act's object noun reports as done ("welcomed the release of X").
MATERIAL_ACTS = frozenset({"RETREAT", "AID", "COERCE", "ASSAULT", "SANCTION", "MOBILIZE"})


def defined_as(trigger: Trigger) -> bool:
    """ "The convention defines genocide as acts committed with intent to destroy a group", "torture is
    defined as ...": what stands in the "as" phrase of a definition is a kind of act, not one that
    happened (what is defined, "defined the strikes as ...", still did). So is what an act is said to
    amount to or constitute (round 12): "this action amounts to an unlawful use of force", "the raids
    constitute an attack on our sovereignty" name what the act is, not a second act."""
    token = trigger.anchor
    if trigger.nominal and _characterization(token):
        return True
    while token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ == "as" and token.head.lemma_.lower() == "define":
            return True
        token = token.head
    return False


# Words that say what an act is: "amounts to", "is tantamount to", "constitutes".
CHARACTERIZING_TO = frozenset({"amount", "tantamount", "equivalent", "equate"})


def _characterization(noun: Token) -> bool:
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in CHARACTERIZING_TO
    return noun.dep_ == "dobj" and head.lemma_.lower() == "constitute"


def referred_back(trigger: Trigger, frame: Trigger) -> bool:
    """ "praised their summit in Moscow in March", "recalled the 4 February call", "complained over the
    raids last Friday": an event noun with an occasion of its own, in what a verbal act is about, is an
    event of its own as well (a request or a promise of a dated event is about a future one: "called for
    talks in May"). So is a material act a judging act takes as its object ("welcomed the release of
    X", "condemned the arrest of Y"): judged, it was done."""
    if frame.type in FORWARD_ACTS:
        return False
    if not trigger.nominal:
        return _judged_deed(trigger, frame)
    judged = (
        frame.type in JUDGING_ACTS
        and trigger.type in MATERIAL_ACTS
        and trigger.head.dep_ == "dobj"
        and trigger.head.head.i == frame.anchor.i
    )
    return judged or own_occasion(trigger.head)


# Requests to come to a meeting: the meeting they ask for is planned, an event of its own.
INVITATIONS = frozenset({"invite", "invitation"})


def agreed_meeting(trigger: Trigger, frame: Trigger) -> bool:
    """ "A and B agreed that their envoys would meet shortly", "agreed to hold a meeting of the joint
    commission": a meeting an agreement sets up for others than those who agreed (a "that"-clause with a
    subject of its own, or a meeting "of" a named body) is an event of its own besides the agreeing (the
    modality lexicon makes the complement planned), so that it merges with the reports of that meeting
    when it is held (round 11). The agreeing parties' own meeting ("agreed to meet", "agreed that they
    would meet again", "agreed to resume their dialogue") is the agreement the corpus gold codes."""
    if trigger.type != "CONSULT":
        return False
    if frame.entry.lemma in INVITATIONS and trigger.nominal:
        return True  # "invited A and B to peace talks in Pretoria": the talks asked for, planned
    if frame.type != "AGREE":
        return False
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
        for c in trigger.head.children
    ):
        return True  # "a meeting of the joint commission", "hold a session of the council"
    if _set_for(trigger):
        return True  # "agreed to meet in three months' time in X", "to continue negotiations next week"
    own = [c for c in trigger.anchor.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return not trigger.nominal and bool(own)  # "agreed that their envoys would meet"


# Prepositions that set an occasion at a time ("in May", "on Monday", "by the end of June").
SET_FOR_PREPS = frozenset({"in", "on", "at", "by", "within"})


def _set_for(trigger: Trigger) -> bool:
    """A meeting agreed on with a time of its own, on its verb or its noun ("agreed to meet in three
    months' time", "agreed to continue negotiations next week"): an occasion set up, a planned event of
    its own (round 15). Without one ("agreed to meet in the near future", "agreed to begin talks on
    trade") the agreeing is all the news tells; a stretch ("for the first time in five years") is none."""
    words = {trigger.anchor.i: trigger.anchor, trigger.head.i: trigger.head}.values()
    for child in (c for word in words for c in word.children):
        if child.ent_type_ == "DATE" and child.dep_ == "npadvmod":
            return True  # "next week"
        objects = [o for o in child.children if o.dep_ == "pobj"] if child.lower_ in SET_FOR_PREPS else []
        if any(o.ent_type_ == "DATE" or any(g.ent_type_ == "DATE" for g in o.children) for o in objects):
            return True  # "in May", "in three months' time", "on Monday"
    return False


def agreeing_parties(agreement: list[EventActor], actors: list[EventActor]) -> list[EventActor]:
    """The actors of a meeting an agreement sets up (`agreed_meeting`): when its own clause names nobody
    with a country ("their envoys would meet"), the parties who agreed are the ones who will meet."""
    if any(ea.side in ("source", "participant") and ea.actor.country for ea in actors):
        return actors
    parties = list(dict.fromkeys(ea.actor for ea in agreement if ea.actor.country))
    return [EventActor(a, "participant") for a in parties] if len(parties) > 1 else actors


def _judged_deed(trigger: Trigger, frame: Trigger) -> bool:
    """ "thanked X for hosting Y earlier this month", "condemned Z for shelling the town on Monday": a
    deed that a judging verb (`judge` cues of the modality lexicon) credits or blames someone for, told
    with an occasion of its own, was done: an event of its own, dated by its own expression."""
    judge = _deed_judge(trigger.anchor)
    return judge is not None and judge.i == frame.anchor.i and own_occasion(trigger.anchor)


def _deed_judge(verb: Token) -> Token | None:
    """The judging verb whose "for ..."/"over ..." gerund `verb` is."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return None
    judge = verb.head.head
    return judge if modality_cues().kind("judge", judge) is not None else None


def credited(trigger: Trigger) -> Token | None:
    """The one a judging verb credits or blames for a deed of its own occasion: the verb's object
    ("thanked X for hosting him": X hosted); None when the gerund names its own doer or none is named."""
    judge = _deed_judge(trigger.anchor)
    if judge is None or not own_occasion(trigger.anchor):
        return None
    if any(c.dep_ in ("nsubj", "poss") for c in trigger.anchor.children):
        return None
    return next((c for c in judge.children if c.dep_ == "dobj"), None)


def credit(index: MentionIndex, trigger: Trigger, doer: Token, actors: list[EventActor]) -> list[EventActor]:
    """A credited deed's actors: the `credited` one as source, the gerund's own object as target, the
    other targets kept; the judge is no party to the deed."""
    sources = [a for m in index.under(doer) for a in m.actors]
    if not sources:
        return actors
    objects = [c for c in trigger.anchor.children if c.dep_ in ("dobj", "dative")]
    targets = [a for o in objects for m in index.under(o) for a in m.actors]
    targets += [ea.actor for ea in actors if ea.side == "target"]
    out = [EventActor(a, "source") for a in sources]
    for actor in targets:
        if all(actor != ea.actor for ea in out):
            out.append(EventActor(actor, "target"))
    return out


def called_off(frame: Trigger, trigger: Trigger) -> bool:
    """ "The meeting between A and B was called off", "their talks were postponed": a meeting that a
    passive verb of calling off (an `object` cue of kind negated) says did not take place, nobody named
    as who called it off, is that meeting negated, not an act of its own."""
    noun, verb = trigger.head, frame.anchor
    return (
        trigger.nominal
        and trigger.type == "CONSULT"
        and noun.dep_ == "nsubjpass"
        and noun.head.i == verb.i
        and not any(c.dep_ == "agent" for c in verb.children)
        and modality_cues().kind("object", verb) == "negated"
    )


def called_off_by(index: MentionIndex, trigger: Trigger, actors: list[EventActor]) -> list[EventActor]:
    """ "Blinken cancelled a meeting with Lavrov", "X postponed its talks with Y": a meeting called off by
    the subject of the verb (an `object` cue of kind negated) with someone named as its other side has
    that subject as its doer; without another side ("cancelled the summit") the caller-off may be a host."""
    noun = trigger.head
    if not trigger.nominal or noun.dep_ != "dobj" or not any(ea.side == "target" for ea in actors):
        return []
    if any(ea.side in ("source", "participant") for ea in actors):
        return []
    verb = noun.head
    if modality_cues().kind("object", verb) != "negated":
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    return [EventActor(a, "source") for m in index.under(subject) for a in m.actors]


def compared_occasion(trigger: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """ "A and B met on Monday, their first meeting since the summit in Arusha in June 2019": an occasion
    of the same act with its own date, that the sentence measures a report of the act against ("since",
    "after", "before"), is an occasion of the same parties: the report it is measured against."""
    if not trigger.nominal or not own_occasion(trigger.head):
        return None
    for other in triggers:
        if other is trigger or other.type != trigger.type:
            continue
        path = path_up(trigger.anchor, other.anchor)
        if path and any(t.lower_ in SEQUENCE_WORDS for t in path):
            return other
    return None


def their_occasion(trigger: Trigger) -> bool:
    """ "their last summit, in Osaka in June 2019", "their meeting in May": an occasion with its own date that
    "their" gives to the pair the story is about; the coder gives it the parties of the story's latest
    report of the act when nothing in the sentence names them."""
    noun = trigger.head
    return (
        trigger.nominal
        and dated(noun)  # "their previous meeting" alone would take the date of the report around it
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    )


# The mode a request or rejection takes from what it is about.
MODE_FROM_CONTENT = {
    "CONSULT": "meet",
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "RETREAT": "yield",
    "CONCEDE": "yield",
}
THREAT_MODE_FROM_CONTENT = {
    "SANCTION": "restrict",
    "ASSAULT": "violence",
    "MOBILIZE": "violence",
    "COERCE": "restrict",
    "RETREAT": "relations",
    "PROTEST": "relations",
}
# An apology (CAMEO 055 "apologize": a SUPPORT that is neither cooperation nor aid) asked for or refused
# gives a request or a rejection no PLOVER mode (round 23: the dev gold codes "demanded an apology"
# and "refused to apologize" without one).
APOLOGY = frozenset({"apologize", "apologise", "apology"})


def modeless_content(trigger_lemma: str, content: Token) -> bool:
    """Content that gives a request or a rejection no mode: an apology ("demanded an apology", "refused to
    apologize"), or an act a denial denies ("denied backing the rebels", "denied that it sent troops":
    the denial of a claim, not the refusal of cooperation that "refused to back the plan" is)."""
    return content.lemma_.lower() in APOLOGY or (trigger_lemma == "deny" and content.pos_ in ("VERB", "AUX"))


def path_up(token: Token, stop: Token) -> list[Token] | None:
    """The tokens from `token` up to (excluding) `stop`, or None if `stop` does not dominate it."""
    path = []
    node = token
    while node.i != stop.i:
        if node.head.i == node.i:
            return None
        path.append(node)
        node = node.head
    return path


def framing(trigger: Trigger, verbal: list[Trigger]) -> tuple[Trigger, list[str]] | None:
    """The nearest verbal act whose content `trigger` is part of, with the relations between them."""
    best: tuple[int, Trigger] | None = None
    chain: _Chain | None = None  # the trigger's way up to its root, read once for every frame
    fronted: bool | None = None
    for frame in verbal:
        if frame is trigger:
            continue
        for top in {frame.anchor.i: frame.anchor, frame.head.i: frame.head}.values():
            chain = chain or _Chain.up_from(trigger.anchor)
            k = chain.position.get(top.i)  # the path from the trigger up to `top` is chain[:k]
            if not k:
                continue
            # "held a video conference to discuss X": a purpose clause restating the act is the act.
            restated = trigger.type == frame.type and chain.purposes_only[k]
            if (chain.barrier[k] and not restated) or chain.deps[k - 1] == "conj":
                continue
            if not restated and not chain.content[k]:
                continue
            if chain.sequence[k]:
                continue
            if chain.circumstance[k]:
                continue
            if trigger.nominal:
                if fronted is None:
                    fronted = fronted_adjunct(trigger.head) is not None
                if fronted:
                    continue  # "In a phone call, A and B agreed ...": the call is where, not what
            if _occasion(trigger, frame, chain.tokens[:k]):
                continue  # "agreed in a phone conversation to hold ...": likewise, after the verb
            if best is None or k < best[0]:
                best = (k, frame)
    return (best[1], chain.deps[: best[0]]) if best and chain else None


@dataclass
class _Chain:
    """A word's way up to its tree's root, with what `framing` asks of each path along it, as prefix
    flags: flag[k] holds for the path of the first k words. Found once per trigger; asked of every
    path up to every frame (the walk up and the "for X to"/time-limit tests per frame and word made
    coding cubic in a long sentence's length)."""

    tokens: list[Token]
    position: dict[int, int]  # token index -> its place in `tokens`
    deps: list[str]  # the relations, a "for X to" clause or a time limit's clause read as "xcomp"
    barrier: list[bool]  # another clause on the way (a purpose clause or a complement aside)
    purposes_only: list[bool]  # every such clause is a purpose clause ("met to discuss")
    content: list[bool]  # some relation is one through which an act governs its content
    sequence: list[bool]  # a word that orders two events ("ahead of", "after")
    circumstance: list[bool]  # a preposition of circumstance ("during", "amid")

    @classmethod
    def up_from(cls, token: Token) -> _Chain:
        tokens = [token]
        while tokens[-1].head.i != tokens[-1].i:
            tokens.append(tokens[-1].head)
        position = {t.i: k for k, t in enumerate(tokens)}
        chain = cls(tokens, position, [], [False], [True], [False], [False], [False])
        for t in tokens:
            complement = for_clause(t) or time_for(t)
            barrier = t.dep_ in BARRIER_DEPS and not complement
            dep = "xcomp" if complement else t.dep_
            chain.deps.append(dep)
            chain.barrier.append(chain.barrier[-1] or barrier)
            chain.purposes_only.append(chain.purposes_only[-1] and (not barrier or _purpose(t)))
            chain.content.append(chain.content[-1] or dep in CONTENT_DEPS)
            chain.sequence.append(chain.sequence[-1] or t.lower_ in SEQUENCE_WORDS)
            circumstance = t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE_PREPS
            chain.circumstance.append(chain.circumstance[-1] or circumstance)
        return chain


def _occasion(trigger: Trigger, frame: Trigger, path: list[Token]) -> bool:
    """A consultation noun in the verbal act's own "in ..." phrase is the occasion the act was made on
    ("agreed in a phone conversation to ...", "said in talks with X that ..."), an event of its own."""
    return (
        trigger.nominal
        and trigger.type == "CONSULT"
        and frame.type != "CONSULT"
        and len(path) == 2
        and path[-1].dep_ == "prep"
        and path[-1].lower_ == "in"
    )


def _purpose(clause: Token) -> bool:
    """An adverbial "to ..." clause: "met to discuss", "held talks to settle"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def reframe(event: DraftEvent, content_type: str, content_mode: str | None, deps: list[str]) -> None:
    """A verbal act's type and mode as its direct content decides them ("vowed to attack" is a threat).

    Only content reached through "to ...", an object or a prepositional phrase counts: in "demanded an
    admission that X murdered Y" the murder is what is to be admitted, not what is demanded."""
    lemma = event.trigger.entry.lemma
    if event.type == "AGREE" and content_type in CONCESSIONS and lemma in PROMISES:
        # "pledged to withdraw its troops", "promised that the army would stop air attacks": PLOVER codes
        # a promise of a future concession, a ceasefire or a withdrawal declared, as CONCEDE (a promise's
        # "that ..." clause is what it promises). An offer made to the other side ("offered concessions",
        # as the PLOVER records code it), an agreement ("agreed to lift the embargo") and a readiness
        # ("ready for a ceasefire") stay AGREE.
        if all(d in DIRECT_CONTENT_DEPS or d == "ccomp" for d in deps):
            event.type, event.mode = "CONCEDE", None
        return
    if event.type == "AGREE" and content_type == "THREATEN" and lemma in PROMISES:
        # "vowed that it would respond if Seoul continues the drills": a promised response on a
        # condition is the threat (round 13), told in a "that ..." clause as well.
        if all(d in DIRECT_CONTENT_DEPS or d == "ccomp" for d in deps):
            event.type, event.mode = "THREATEN", content_mode
        return
    if any(d not in DIRECT_CONTENT_DEPS for d in deps):
        return
    if event.type == "REQUEST" and lemma in load_lexicon().command and content_type in CONFLICT_MATERIAL:
        # An order to arrest, censor or attack is that act, carried out through others.
        event.type, event.mode = content_type, content_mode
    elif event.type == "AGREE" and content_type in CONFLICT_MATERIAL and lemma != "agree":
        if content_type == "MOBILIZE" and lemma in PLEDGES and not _against(event.content):
            # "pledged to send troops to the regional force": forces promised, with no one they are sent
            # against, are military aid promised (CAMEO 0332/0334, PLOVER AGREE), not a threat.
            return
        event.type, event.mode = "THREATEN", THREAT_MODE_FROM_CONTENT.get(content_type)
    elif (
        event.type == "REQUEST" and content_type in CONFLICT_MATERIAL and not addressed(event.trigger.anchor)
    ):
        # Soliciting action against a target, from nobody in particular, is disapproval of it (PLOVER
        # ACCUSE, CAMEO 113 "rally opposition against"); asked of the one who would act ("called on the
        # president to impose sanctions"), it stays a request of that actor (CAMEO 10 "demand"). Calling
        # for attacks or for fighting is a threat of force (CAMEO CALL {&WEAPON ATTACK}, (FOR &FIGHT),
        # (FOR {SUICIDE_ATTACK}) [138, 1383], PLOVER THREATEN).
        if content_type == "ASSAULT":
            event.type, event.mode = "THREATEN", THREAT_MODE_FROM_CONTENT.get(content_type)
        else:
            event.type, event.mode = "ACCUSE", "disapprove"
    elif event.type in ("REQUEST", "REJECT") and event.mode is None:
        if not (event.content and modeless_content(lemma, event.content[-1])):
            event.mode = MODE_FROM_CONTENT.get(content_type)
    elif event.type == "THREATEN" and event.mode is None:
        event.mode = THREAT_MODE_FROM_CONTENT.get(content_type)


def addressed(verb: Token) -> bool:
    """The request names whom it asks: an object ("urged Congress to ...", "asked them to ...") or the
    "on"/"upon" phrase of "call on" that a "to ..." clause makes the doer ("called on the president to
    impose ..."), or a named one or a pronoun in either place; or the named subject of a "for X to do"
    clause ("called for the EU to impose sanctions": asked of the EU)."""
    doers = [g for c in verb.children if for_clause(c) for g in c.children if g.dep_ == "nsubj"]
    if any(d.pos_ in ("PROPN", "PRON") or d.ent_type_ in ADDRESSEE_ENTITIES for d in doers):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")  # "called on Sunday for ..."
    ]
    if objects and any(c.dep_ == "xcomp" for c in verb.children):
        return True
    return any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ in ADDRESSEE_ENTITIES for o in objects)


def own_occasion(noun: Token) -> bool:
    """ "their earlier telephone conversation of Aug. 25", "the previous round": the noun names an
    occasion of its own."""
    return any(child.lower_ in EARLIER_WORDS for child in noun.children) or dated(noun)


def _against(content: list[Token]) -> bool:
    """Whether the content names whom the forces are sent against ("against the rebels")."""
    return any(t.lower_ == "against" for anchor in content for t in anchor.subtree)
