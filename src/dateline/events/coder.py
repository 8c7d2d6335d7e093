"""The rule-based event coder: triggers -> PLOVER events with actors, modality, date, place and topics.

Per sentence: find triggers (detect.py); read verbal acts with their content ("urged X to withdraw" is one
REQUEST whose content is the withdrawal, not also a withdrawal); turn "X said Y must ..." into a request;
merge restatements of one event; give every event its actors (participants.py) and drop those without
any; then ask the sibling modules for modality, place and topics and the time tagger for the date.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dateline.components import CodingContext
from dateline.events.commentary import Commentators
from dateline.events.detect import Entry, Lexicon, Trigger, context_of, detect, for_clause, load_lexicon
from dateline.events.location import location
from dateline.events.modality import modality
from dateline.events.ontology import Ontology
from dateline.events.ontology import load as load_ontology
from dateline.events.participants import MentionIndex, assign, fronted_adjunct, governing_predicate
from dateline.events.topics import topics
from dateline.records import EventActor, EventMention

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
# Verbal acts whose content is an event of another kind; CONSULT is here for "talks on a pullback".
FRAMING_EXTRA = frozenset({"CONSULT"})
# How much the position of a trigger adds to or takes from the lexicon's confidence.
POSITION_WEIGHT = {"ROOT": 1.0, "ccomp": 0.95, "xcomp": 0.85, "advcl": 0.7, "relcl": 0.75, "acl": 0.75}
CONJ_WEIGHT = 0.95  # times the weight of the first conjunct
NOMINAL_WEIGHT = 0.75
CONFLICT_MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Material acts a commentator may still report as fact ("analysts say Russia invaded Ukraine in 2022");
# talks and cooperation in their mouths are mostly prospects ("a chance for future talks").
FACTUAL_IN_COMMENTARY = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "AID", "PROTEST"})
# Dependents that say how an act was done ("by telephone", "telephonically", "face-to-face").
MANNER_DEPS = frozenset({"prep", "agent", "advmod", "npadvmod", "amod", "compound", "acomp"})
DIRECT_CONTENT_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "conj"})
ORDER_LEMMAS = frozenset({"order"})
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
INSTRUMENT_PRIORITY = (
    "suicide-attack",
    "unconventional",
    "explosives",
    "heavy-weapons",
    "firearms",
    "primitive",
)


@dataclass
class _Event:
    trigger: Trigger
    type: str
    mode: str | None
    confidence: float
    content: list[Token] = field(default_factory=list)
    actors: list[EventActor] = field(default_factory=list)
    reframed: bool = False


def _path_up(token: Token, stop: Token) -> list[Token] | None:
    """The tokens from `token` up to (excluding) `stop`, or None if `stop` does not dominate it."""
    path = []
    node = token
    while node.i != stop.i:
        if node.head.i == node.i:
            return None
        path.append(node)
        node = node.head
    return path


def _framing(trigger: Trigger, verbal: list[Trigger]) -> tuple[Trigger, list[str]] | None:
    """The nearest verbal act whose content `trigger` is part of, with the relations between them."""
    best: tuple[list[str], Trigger] | None = None
    for frame in verbal:
        if frame is trigger:
            continue
        for top in {frame.anchor.i: frame.anchor, frame.head.i: frame.head}.values():
            path = _path_up(trigger.anchor, top)
            if not path:
                continue
            # A "for X to do" clause is a complement, like "X to do" ("called for X to withdraw").
            deps = ["xcomp" if for_clause(t) else t.dep_ for t in path]
            barriers = [t for t in path if t.dep_ in BARRIER_DEPS and not for_clause(t)]
            # "held a video conference to discuss X": a purpose clause restating the act is the act.
            restated = trigger.type == frame.type and all(_purpose(t) for t in barriers)
            if (barriers and not restated) or deps[-1] == "conj":
                continue
            if not restated and not any(d in CONTENT_DEPS for d in deps):
                continue
            if any(t.lower_ in SEQUENCE_WORDS for t in path):
                continue
            if any(t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE_PREPS for t in path):
                continue
            if trigger.nominal and fronted_adjunct(trigger.head) is not None:
                continue  # "In a phone call, A and B agreed ...": the call is where, not what
            if best is None or len(deps) < len(best[0]):
                best = (deps, frame)
    return (best[1], best[0]) if best else None


def _purpose(clause: Token) -> bool:
    """An adverbial "to ..." clause: "met to discuss", "held talks to settle"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _reframe(event: _Event, content_type: str, content_mode: str | None, deps: list[str]) -> None:
    """A verbal act's type and mode as its direct content decides them ("vowed to attack" is a threat).

    Only content reached through "to ...", an object or a prepositional phrase counts: in "demanded an
    admission that X murdered Y" the murder is what is to be admitted, not what is demanded."""
    if any(d not in DIRECT_CONTENT_DEPS for d in deps):
        return
    lemma = event.trigger.entry.lemma
    if event.type == "REQUEST" and lemma in ORDER_LEMMAS and content_type in CONFLICT_MATERIAL:
        # An order to arrest, censor or attack is that act, carried out through others.
        event.type, event.mode = content_type, content_mode
    elif event.type == "AGREE" and content_type in CONFLICT_MATERIAL and lemma != "agree":
        event.type, event.mode = "THREATEN", THREAT_MODE_FROM_CONTENT.get(content_type)
    elif event.type == "REQUEST" and content_type in CONFLICT_MATERIAL:
        # Soliciting action against a target is disapproval of it (PLOVER ACCUSE, CAMEO 113).
        event.type, event.mode = "ACCUSE", "disapprove"
    elif event.type in ("REQUEST", "REJECT") and event.mode is None:
        event.mode = MODE_FROM_CONTENT.get(content_type)
    elif event.type == "THREATEN" and event.mode is None:
        event.mode = THREAT_MODE_FROM_CONTENT.get(content_type)


def _weight(trigger: Trigger, actions: set[int]) -> float:
    """How central the trigger's predicate is; `actions` are the anchors of material events, whose
    "to ..." complements are purposes ("staged a strike to demand ...") rather than the news."""
    if trigger.nominal:
        return NOMINAL_WEIGHT
    node, factor = trigger.anchor, 1.0
    if node.dep_ == "acomp":
        node = node.head  # "is willing to": the copula's place in the sentence
    while node.dep_ == "conj" and node.head.i != node.i:
        node, factor = node.head, factor * CONJ_WEIGHT
    if node.dep_ == "xcomp" and node.head.i in actions:
        return factor * POSITION_WEIGHT["advcl"]
    return factor * POSITION_WEIGHT.get(node.dep_, 0.8)


def _obligation(clause: Token, lexicon: Lexicon) -> bool:
    """ "Y must/should/needs to/has to ..." """
    if any(c.dep_ == "aux" and lexicon.obligation.get(c.lemma_.lower()) == "aux" for c in clause.children):
        return True
    verb = lexicon.obligation.get(clause.lemma_.lower()) == "verb"
    return verb and any(c.dep_ == "xcomp" for c in clause.children)


def _stated_demands(sent: Span, lexicon: Lexicon) -> list[tuple[Trigger, Token]]:
    """ "X said (issued a reminder, declared) that Y must ..." is a demand on Y: a REQUEST whose trigger
    is the verb that reports it, paired with the subject Y of the obligation. A passive or impersonal
    obligation ("the people should not be abandoned", "steps must be taken") names nobody who must act:
    no demand."""
    out = []
    request = Entry("say", "V", (), "REQUEST", None, 0.8, "statement of obligation")
    seen: set[int] = set()
    for clause in sent:
        if clause.dep_ not in ("ccomp", "acl") or not _obligation(clause, lexicon):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        verb = clause.head
        if verb.pos_ != "VERB":  # "a reminder that it must": the verb that issues the noun
            verb = verb.head
        stated = verb.lemma_.lower() in lexicon.speech or verb.lemma_.lower() in lexicon.light
        if subject is not None and verb.pos_ == "VERB" and stated and verb.i not in seen:
            seen.add(verb.i)
            out.append((Trigger(verb, verb, request, (verb,), nominal=False), subject))
    return out


def _assault_mode(trigger: Trigger, lexicon: Lexicon) -> str | None:
    words, _ = context_of(trigger.anchor, depth=4)
    for child in trigger.anchor.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            words |= {t.lemma_.lower() for t in child.subtree}
    modes = {lexicon.instruments[w] for w in words if w in lexicon.instruments}
    return next((m for m in INSTRUMENT_PRIORITY if m in modes), None)


def _actor_key(event: _Event) -> frozenset:
    return frozenset((ea.actor.id, ea.actor.name, ea.actor.country) for ea in event.actors)


def code_sentence(
    sent: Span,
    index: MentionIndex,
    lexicon: Lexicon,
    ontology: Ontology,
    commentators: Commentators | None = None,
) -> list[_Event]:
    """The events one sentence reports, with actors, before modality, date and place. With
    `commentators`, what analysts and commentators say or do is left out (commentary.py)."""
    triggers = detect(sent, lexicon)
    addressees: dict[int, Token] = {}  # id(trigger) -> subject of the stated obligation
    for demand, subject in _stated_demands(sent, lexicon):
        if all(demand.anchor.i != o.anchor.i for o in triggers):
            triggers.append(demand)
            addressees[id(demand)] = subject
    verbal = [t for t in triggers if ontology.types[t.type].verbal or t.type in FRAMING_EXTRA]
    events: dict[int, _Event] = {}
    frames: dict[int, Trigger] = {}
    paths: dict[int, list[str]] = {}
    for trig in triggers:
        found = _framing(trig, verbal)
        if found is not None:
            frames[id(trig)], paths[id(trig)] = found
    actions = {t.anchor.i for t in triggers if not ontology.types[t.type].verbal}
    for trig in triggers:
        if id(trig) in frames:
            continue
        weight = _weight(trig, actions)
        events[id(trig)] = _Event(trig, trig.type, trig.entry.mode, trig.entry.confidence * weight)
    # Nearest content first: the direct complement decides how a verbal act reads.
    for trig in sorted(triggers, key=lambda t: len(paths.get(id(t), ()))):
        frame = frames.get(id(trig))
        deps = list(paths.get(id(trig), []))
        while frame is not None and id(frame) not in events:
            deps += paths.get(id(frame), ["ccomp"])
            frame = frames.get(id(frame))
        if frame is None:
            continue
        parent = events[id(frame)]
        if trig.type == parent.type:
            # A restatement of the same act ("held talks to discuss"); its wording may say how the act
            # was done ("In their telephone conversation, A and B discussed ...").
            parent.mode = parent.mode or trig.entry.mode
            continue
        parent.content.append(trig.anchor)
        if not parent.reframed:
            parent.reframed = True
            _reframe(parent, trig.type, trig.entry.mode, deps)
    out = []
    for event in events.values():
        trig = event.trigger
        if _background(trig, lexicon) or _opinion(event, commentators) or _mere_warning(event, lexicon):
            continue
        if id(trig) in addressees:
            event.actors = _demand_actors(index, trig, addressees[id(trig)])
        else:
            clauses = [c for c in trig.anchor.children if c.dep_ in ("xcomp", "ccomp") or for_clause(c)]
            if trig.head is not trig.anchor:
                clauses += [c for c in trig.head.children if c.dep_ == "acl"]
            verbal_act = ontology.types[event.type].verbal or trig.type in FRAMING_EXTRA
            content = event.content + (clauses if verbal_act else [])
            event.actors = assign(index, trig.anchor, event.type, content, head=trig.head)
        if event.type == "ASSAULT" and event.mode is None:
            event.mode = _assault_mode(trig, lexicon)
        if event.type == "CONSULT" and event.mode is None:
            event.mode = _consult_mode(trig, lexicon)
        if _ultimatum(trig) and event.type not in ("THREATEN", "REQUEST", "ACCUSE"):
            # "will withdraw its force unless X holds elections": an act made conditional on the
            # other side's compliance is a threat (PLOVER: ultimatum), whatever the act.
            mode = THREAT_MODE_FROM_CONTENT.get(event.type, "relations")
            event.type, event.mode = "THREATEN", mode
        if event.actors and not _idle_noun(event, ontology):
            out.append(event)
    return _deduplicate(out)


def _idle_noun(event: _Event, ontology: Ontology) -> bool:
    """A stand-alone event noun that reports no act: a judgement ("is a clear rejection of", "sees X as a
    threat"), or a verbal act, talks, cooperation or aid with nobody who does it ("the threat of new
    measures against X", "cooperation with Russia", "loans from China"): a word, not news. An attack or
    an arrest with only its victim is still news ("the bombing of a French base")."""
    trig = event.trigger
    if not trig.nominal or trig.anchor is not trig.head:
        return False
    noun = trig.head
    if noun.dep_ in ("attr", "acomp") or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
        return True
    if ontology.types[event.type].verbal or event.type in ("CONSULT", "COOPERATE", "AID"):
        return not any(ea.side in ("source", "participant") for ea in event.actors)
    return False


def _mere_warning(event: _Event, lexicon: Lexicon) -> bool:
    """ "X warned that the situation could get worse": a warning whose "that ..." clause holds no act
    of anyone is a forecast, not a threat (a threat warns of something: "warned it would retaliate with
    sanctions", "warned Y of consequences")."""
    trig = event.trigger
    if event.type != "THREATEN" or event.content or trig.entry.lemma not in lexicon.caution:
        return False
    return any(c.dep_ == "ccomp" for c in trig.anchor.children)


def _opinion(event: _Event, commentators: Commentators | None) -> bool:
    """An event a commentator voices: dropped, unless a material act they report as having happened."""
    if commentators is None or not commentators.voiced(event.trigger.anchor):
        return False
    return event.type not in FACTUAL_IN_COMMENTARY or modality(event.trigger.anchor) != "asserted"


def _ultimatum(trigger: Trigger) -> bool:
    """A clause with an "unless ..." condition: "will cut aid unless the talks resume"."""
    clause = trigger.anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in clause.children
    )


def _demand_actors(index: MentionIndex, trigger: Trigger, subject: Token) -> list[EventActor]:
    """A stated demand: who states it, and the subject of the obligation as the one asked to act; a
    pronoun subject is the one the statement is addressed to ("reminded Iraq that it must"). No one to
    ask, no demand: "they need to engage with the people, an analyst said" asks nothing of the people."""
    stated = assign(index, trigger.anchor, "REQUEST")
    stater = [ea for ea in stated if ea.side == "source"]
    if subject.pos_ == "PRON":
        targets = [ea for ea in stated if ea.side == "target"]
    else:
        taken = {(ea.actor.id, ea.actor.name) for ea in stater}
        mentions = {(m.start, m.end): m for m in index.under(subject)}
        targets = [
            EventActor(a, "target")
            for m in mentions.values()
            for a in m.actors
            if (a.id, a.name) not in taken
        ]
    return stater + targets if targets else []


def _nominal_chain(trigger: Trigger) -> list[Token]:
    """The words above an event noun (or a gerund) up to the first verb, through noun modifiers and
    prepositions: "the need for the provision of assistance" -> provision, need."""
    out = []
    node = trigger.head
    while node.dep_ in ("pobj", "pcomp", "prep", "compound", "amod", "conj", "nmod", "poss"):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
        out.append(node)
    return out


def _background(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A stand-alone event noun (or a gerund) that the sentence does not report as news: one held up
    as a goal ("the need for the provision of aid", "the importance of releasing the assets", "closer
    cooperation is essential") or recalled in a relative clause ("the attacks that prompted the US
    assault on X")."""
    gerund = trigger.head.tag_ == "VBG"
    if gerund and trigger.head.dep_ in ("csubj", "nsubj") and trigger.anchor is trigger.head:
        return True  # "Allowing companies back does not change X": a course of action under debate
    bare = trigger.nominal or (gerund and trigger.head.dep_ in ("pcomp", "pobj"))
    if not bare or trigger.anchor is not trigger.head:
        return False
    if any(t.lemma_.lower() in lexicon.advocacy for t in _nominal_chain(trigger)):
        return True
    if trigger.head.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in lexicon.advocacy for c in trigger.head.head.children
    ):
        return True  # "joint cooperation is necessary"
    clause = governing_predicate(trigger.head)
    return clause is not None and clause.dep_ == "relcl" and clause.tag_ in ("VBD", "VBN")


def _consult_mode(trigger: Trigger, lexicon: Lexicon) -> str | None:
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


def _deduplicate(events: list[_Event]) -> list[_Event]:
    """One event per (type, mode, actors) in a sentence: "the call ... by telephone" is one call."""
    best: dict[tuple, _Event] = {}
    for event in events:
        key = (event.type, event.mode, _actor_key(event))
        if key not in best or event.confidence > best[key].confidence:
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
        if event.trigger.nominal and same and not _own_occasion(event.trigger.head):
            same[0].mode = same[0].mode or event.mode
            continue
        result.append(event)
    return sorted(result, key=lambda e: e.trigger.start)


def _own_occasion(noun: Token) -> bool:
    """ "their earlier telephone conversation of Aug. 25", "the previous round": the noun names an
    occasion of its own."""
    for child in noun.children:
        if child.lower_ in EARLIER_WORDS or child.ent_type_ == "DATE":
            return True
        if child.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in child.children):
            return True
    return False


def _sequenced(a: Trigger, b: Trigger) -> bool:
    """True when the text places one of the two events before or after the other."""
    for low, high in ((a, b), (b, a)):
        path = _path_up(low.anchor, high.anchor)
        if path and any(t.lower_ in SEQUENCE_WORDS for t in path):
            return True
    return False


@dataclass
class RuleEventCoder:
    """The default event coder: lexicon + dependency rules, no model."""

    name: str = "default"
    lexicon: Lexicon = field(default_factory=load_lexicon)
    ontology: Ontology = field(default_factory=load_ontology)

    def __call__(self, ctx: CodingContext) -> list[EventMention]:
        doc = ctx.doc
        index = MentionIndex.build(doc, ctx.actor_mentions)
        if not index.located:
            return []
        mentions: list[EventMention] = []
        commentators = Commentators.of(doc, self.lexicon)
        for sent in doc.sents:
            for event in code_sentence(sent, index, self.lexicon, self.ontology, commentators):
                mentions.append(self._mention(ctx, sent, event))
        return mentions

    def _mention(self, ctx: CodingContext, sent: Span, event: _Event) -> EventMention:
        trig = event.trigger
        doc = ctx.doc
        first, last = doc[trig.start], doc[trig.end - 1]
        return EventMention(
            article_id=ctx.article.id,
            type=event.type,
            mode=event.mode,
            modality=modality(trig.anchor),
            actors=event.actors,
            trigger=doc.text[first.idx : last.idx + len(last)],
            trigger_start=first.idx,
            trigger_end=last.idx + len(last),
            sentence=sent.text,
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            date=ctx.date_event(trig.anchor),
            location=location(sent, trig.anchor),
            topics=topics(sent),
            confidence=round(min(event.confidence + (0.05 if _has_both_sides(event) else 0.0), 1.0), 3),
            coder=self.name,
        )


def _has_both_sides(event: _Event) -> bool:
    sides = {ea.side for ea in event.actors}
    return "source" in sides and "target" in sides
