"""The rule-based event coder: triggers -> PLOVER events with actors, modality, date, place and topics.

Per sentence: find triggers (detect.py); read verbal acts with their content ("urged X to withdraw" is one
REQUEST whose content is the withdrawal, not also a withdrawal: framing.py); turn "X said Y must ..." into
a request (demands.py); drop what reports no event (non_events.py); give every event its actors
(participants.py) and drop those without any (unnamed actors, "gunmen", only for an event no named one
takes part in: anonymous.py; in a text of a sentence or two, a predicate nobody resolves keeps an unknown
doer: `short_text`); merge restatements of one event (restatements.py); then ask
the sibling modules for mode (modes.py), modality, place and topics and the time tagger for the date.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from dateline.components import CodingContext
from dateline.events.anaphora import refer_back
from dateline.events.anonymous import split_unnamed
from dateline.events.aspect import (
    background_state,
    caption,
    dated_present,
    photo_dateline,
    pictured_by_then,
)
from dateline.events.commentary import Commentators
from dateline.events.conditions import conditional
from dateline.events.decisions import deciding_verb, enacted, joint_decisions
from dateline.events.demands import demand_actors, stated_demands
from dateline.events.detect import Lexicon, Trigger, detect, for_clause, load_lexicon
from dateline.events.draft import DraftEvent
from dateline.events.framing import (
    MODE_FROM_CONTENT,
    THREAT_MODE_FROM_CONTENT,
    agreed_meeting,
    agreeing_parties,
    called_off,
    called_off_by,
    compared_occasion,
    credit,
    credited,
    defined_as,
    framing,
    referred_back,
    reframe,
    their_occasion,
)
from dateline.events.hosts import conveners, occasion_host, venue_host
from dateline.events.link_lists import listed_lines, within
from dateline.events.location import location
from dateline.events.modality import mere_possibility, modality
from dateline.events.modes import act_mode
from dateline.events.nested import nested_parties
from dateline.events.non_events import (
    act_deemed_needed,
    audience_addressed,
    awaited_condition,
    background,
    enabling_thing,
    ended_tie,
    endured_pressure,
    forecast,
    foretold_act,
    gathering_setting,
    idle_noun,
    imputed_backing,
    judged_thing,
    lifted_measure,
    litotes,
    measure_in_force,
    mere_warning,
    occurred,
    opinion,
    own_body_meeting,
    prevented_act,
    protest_demand,
    question,
    reaction_to_nothing,
    stance_described,
    struggle_for,
    threat_condition,
    untargeted_stance,
)
from dateline.events.obligations import bare_obligation, demand_mode, obliged_acts
from dateline.events.ontology import Ontology
from dateline.events.ontology import load as load_ontology
from dateline.events.pair_subject import PAIR_REACH, pair_size, told_pair
from dateline.events.participants import (
    JOINT_TYPES,
    MentionIndex,
    assign,
    attacked_place,
    condition_target,
    defied,
    domestic_target,
    envoy_posting,
    local_doers,
    mediated_sides,
    offered_mediation,
    proposer,
    purpose_target,
    referred_act,
    sentence_counterpart,
    story_counterpart,
    territory_target,
    unnamed_doers,
    visit_hosts,
)
from dateline.events.precedence import the_news
from dateline.events.recast import (
    BREACH_NOUNS,
    avowed_cooperation,
    breach_doers,
    claimed_breach,
    commanded_actors,
    conditional_attack,
    conditional_warning,
    courtesy_call,
    denied,
    denied_wrong,
    disclaimed,
    expelled_envoy,
    foreign_target,
    held_together,
    hosted_guest,
    intended_attack,
    left_open,
    make_accusation,
    make_commitment,
    make_complaint,
    make_cooperation,
    make_denial,
    make_expulsion,
    make_hosting,
    make_option,
    make_protest,
    make_recall,
    make_refusal,
    make_rejection,
    make_sanction,
    make_threat,
    make_travel_sanction,
    make_ultimatum,
    make_visit,
    make_vowed,
    named_in_passing,
    official_protest,
    own_counterpart,
    own_forces_order,
    party_doers,
    protest_motive,
    protest_purpose,
    protesters_force,
    punishing_alternative,
    refusal,
    reported_violation,
    responsibility,
    stopped_cooperation,
    summons_purpose,
    travel_advice,
    verdict,
    vowed_opposition,
    warned_act,
    warned_condition,
    warned_conduct,
    warned_reprisal,
    withheld_stance,
)
from dateline.events.references import (
    elided_occasions,
    gathered,
    named_occasions,
    own_date,
    previous_occasions,
    story_occasion,
    story_parties,
)
from dateline.events.remembered import commemorated
from dateline.events.restatements import deduplicate
from dateline.events.story import fill_pairs
from dateline.events.topics import topics
from dateline.events.utterance import performed, said_when
from dateline.events.veto import Veto
from dateline.events.weighed import weighed
from dateline.nlp.text import text_of
from dateline.records import Actor, DateInterval, DocumentTime, EventActor, EventMention, Modality

# Verbal acts whose content is an event of another kind; CONSULT is here for "talks on a pullback".
FRAMING_EXTRA = frozenset({"CONSULT"})
# How much the position of a trigger adds to or takes from the lexicon's confidence.
POSITION_WEIGHT = {"ROOT": 1.0, "ccomp": 0.95, "xcomp": 0.85, "advcl": 0.7, "relcl": 0.75, "acl": 0.75}
CONJ_WEIGHT = 0.95  # times the weight of the first conjunct
NOMINAL_WEIGHT = 0.75
# The doer of a predicate in a text too short to name it ("accused X of ...", "We condemn ..." as the
# whole text): someone did it; who, the text does not say (the contract asks for one actor at least).
UNKNOWN_DOER = Actor(None, "unknown", None, None, kind="group")
# Clauses that describe a noun rather than tell what happened.
NOUN_MODIFIERS = frozenset({"acl", "relcl", "amod"})
# How much less sure an event is when nobody is known to have done it: below any with its actors.
UNKNOWN_WEIGHT = 0.5
# A text of at most this many sentences is a wire item, headline or quote: nothing before it names a doer.
SHORT_TEXT = 2
# Events that can be called off ("the visit was postponed"): then no sanction, the event negated.
CALLED_OFF = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID"})


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


@dataclass
class Reading:
    """What a sentence reports before anyone is given a part in it: its triggers and the drafts they
    make, with framing, denials and orders to one's own forces read. It is the same whichever actor
    mentions the coder may use, so a sentence that holds an unnamed actor is read once and coded twice
    (events/anonymous.py)."""

    triggers: list[Trigger]
    drafts: dict[int, DraftEvent]  # id(trigger) -> its draft
    addressees: dict[int, Token]  # id(trigger) -> subject of the stated obligation
    denials: set[int]  # ids of denial triggers whose denied event is coded instead
    commanders: dict[int, Trigger]  # id(act) -> the order to one's own forces that made it
    bare: frozenset[int] = frozenset()  # ids of demands a wire item states with no speaker (obligations.py)

    def fresh(self) -> dict[int, DraftEvent]:
        """Copies of the drafts for one coding, which gives them actors and may recast type and mode."""
        return {key: _copy(draft) for key, draft in self.drafts.items()}


def _copy(draft: DraftEvent) -> DraftEvent:
    """A copy with lists of its own (`dataclasses.replace` calls `__init__` through a look at every field:
    several times slower, and made for every draft of every coding)."""
    out = copy(draft)
    out.content, out.actors = list(draft.content), list(draft.actors)
    return out


def read_sentence(sent: Span, lexicon: Lexicon, ontology: Ontology, wire: bool = False) -> Reading:
    """The triggers of one sentence and the drafts they make (see `Reading`); with `wire` (a text of a
    sentence or two), a main clause's bare obligation is its unknown speaker's demand."""
    found = detect(sent, lexicon) + named_occasions(sent, lexicon)
    found += joint_decisions(sent, found)
    triggers = sorted(found + elided_occasions(found), key=lambda t: t.start)
    addressees: dict[int, Token] = {}  # id(trigger) -> subject of the stated obligation
    bare: dict[int, str | None] = {}  # id(demand) -> its mode, for a wire item's bare obligation
    obligation = bare_obligation(sent, lexicon) if wire else None
    if obligation is not None:
        demand, subject = obligation
        asked = obliged_acts(demand.anchor)  # "Russia must withdraw": the withdrawal is what is asked
        bare[id(demand)] = demand_mode([t.type for t in triggers if t.anchor.i in asked])
        triggers = sorted([t for t in triggers if t.anchor.i not in asked] + [demand], key=lambda t: t.start)
        addressees[id(demand)] = subject
    for demand, subject in stated_demands(sent, lexicon):
        if all(demand.anchor.i != o.anchor.i for o in triggers):
            triggers.append(demand)
            addressees[id(demand)] = subject
    verbal = [t for t in triggers if ontology.types[t.type].verbal or t.type in FRAMING_EXTRA]
    events: dict[int, DraftEvent] = {}
    frames: dict[int, Trigger] = {}
    paths: dict[int, list[str]] = {}
    for trig in triggers:
        found = framing(trig, verbal)
        if found is not None:
            frames[id(trig)], paths[id(trig)] = found
    actions = {t.anchor.i for t in triggers if not ontology.types[t.type].verbal}
    for trig in triggers:
        if id(trig) in frames:
            continue
        weight = _weight(trig, actions)
        events[id(trig)] = DraftEvent(trig, trig.type, trig.entry.mode, trig.entry.confidence * weight)
        if id(trig) in bare:  # its mode is the act asked for; it is asked of its subject, not reframed
            events[id(trig)].mode, events[id(trig)].modality = bare[id(trig)], "asserted"
            events[id(trig)].reframed = True
    denials: set[int] = set()  # ids of denial triggers whose denied event is coded instead
    commanders: dict[int, Trigger] = {}  # id(act) -> the order to one's own forces that made it
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
        if own_forces_order(frame, lexicon) and trig.anchor.head.i == frame.anchor.i:
            # "ordered his army to halt the shelling": the halt is the commander's act.
            commanders[id(trig)] = frame
            events[id(trig)] = DraftEvent(
                trig, trig.type, trig.entry.mode, trig.entry.confidence * _weight(trig, actions)
            )
            continue
        if denied(frame, trig, lexicon, ontology) or called_off(frame, trig):
            # "dismissed reports of a call between A and B": the call, denied, not a rejection; "the
            # meeting between A and B was called off": the meeting, negated, not a concession.
            denials.add(id(frame))
            if background_state(frame, lexicon):
                continue  # "both governments routinely dismiss claims that ...": a standing position
            event = DraftEvent(
                trig, trig.type, trig.entry.mode, trig.entry.confidence * _weight(trig, actions)
            )
            event.modality = "negated"
            events[id(trig)] = event
            continue
        if trig.type == parent.type:
            # A restatement of the same act ("held talks to discuss"); its wording may say how the act
            # was done ("In their telephone conversation, A and B discussed ...").
            parent.mode = parent.mode or trig.entry.mode
            continue
        parent.content.append(trig.anchor)
        if referred_back(trig, frame) or agreed_meeting(trig, frame):
            # Still what the act is about (its actors are the act's targets), and an event of its own.
            events[id(trig)] = DraftEvent(
                trig, trig.type, trig.entry.mode, trig.entry.confidence * NOMINAL_WEIGHT
            )
            if agreed_meeting(trig, frame):
                events[id(trig)].agreed_by = id(frame)
                if parent.type == "REQUEST":  # "invited A and B to peace talks": a request to meet
                    parent.mode = parent.mode or MODE_FROM_CONTENT[trig.type]
            continue
        if not parent.reframed:
            parent.reframed = True
            reframe(parent, trig.type, trig.entry.mode, deps)
    return Reading(triggers, events, addressees, denials, commanders, frozenset(bare))


def code_sentence(
    reading: Reading,
    index: MentionIndex,
    lexicon: Lexicon,
    ontology: Ontology,
    commentators: Commentators,
    doerless: bool = False,
    story: dict[str, list[EventActor]] | None = None,
    pairs: list[list[EventActor]] | None = None,
) -> list[DraftEvent]:
    """The events one sentence reports, with actors, before modality, date and place; what analysts
    and commentators say or do is left out (commentary.py). With `doerless`, a predicate nobody
    resolved is still typed, its doer unknown (a wire item of a sentence or two: `short_text`).
    `story` holds the parties of the article's latest report of each type with a doer, `pairs` those of
    its joint acts with a doer told in this sentence or the `PAIR_REACH` before, in order
    (pair_subject.py)."""
    triggers, addressees, denials, commanders = (
        reading.triggers,
        reading.addressees,
        reading.denials,
        reading.commanders,
    )
    events = reading.fresh()
    out = []
    # A meeting an agreement sets up is coded after the agreement, whose parties it may take.
    for key, event in sorted(events.items(), key=lambda item: item[1].agreed_by is not None):
        trig = event.trigger
        ordered = key in {id(f) for f in commanders.values()}
        if key in denials or ordered or background(trig, lexicon) or background_state(trig, lexicon):
            continue
        if defined_as(trig) or commemorated(trig) or weighed(trig):
            continue
        if opinion(event, commentators):
            continue
        if warned_conduct(event, lexicon):  # "warned of X's hostile campaign": a disapproval (round 28)
            event.type, event.mode = "ACCUSE", "disapprove"
        elif mere_warning(event, lexicon) and not (
            conditional_warning(event, lexicon)
            or warned_act(event, lexicon)
            or warned_reprisal(event, lexicon)
        ):
            continue
        if forecast(trig, lexicon) or threat_condition(trig, triggers) or protest_demand(trig, triggers):
            continue
        if prevented_act(trig) or endured_pressure(trig) or awaited_condition(trig):
            continue
        if enabling_thing(trig, lexicon) or measure_in_force(trig) or litotes(trig):  # round 26
            continue
        if reaction_to_nothing(event, lexicon, index) or struggle_for(trig):  # round 27
            continue
        if own_body_meeting(trig) or gathering_setting(trig, triggers):  # rounds 28, 31
            continue
        # "stressed the importance of handling disputes", "no faith in X's commitment" (round 31)
        if act_deemed_needed(trig) or stance_described(trig):
            continue
        if (
            warned_condition(trig, lexicon)
            or protest_purpose(trig, triggers)
            or protest_motive(trig, triggers)
            or named_in_passing(trig)
            or summons_purpose(trig, triggers)
        ):
            continue
        speaker = reported_violation(trig, lexicon)
        breach = claimed_breach(trig, lexicon)  # "the attack by X was a breach of ..., Y said"
        named_force = breach is not None and trig.type == "ASSAULT"  # "called X's words an attack"
        if breach is not None:
            speaker = breach[0]
        elif (trig.nominal and trig.entry.lemma in BREACH_NOUNS) or verdict(trig):
            continue  # a breach or verdict nobody is said to claim judges only ("X's violation was sad")
        if (speaker is None and judged_thing(event, lexicon, index)) or question(event):
            continue
        if key in reading.bare:  # a wire item's own demand: its speaker unknown, asked of the subject
            subject = addressees[key]
            asked = [EventActor(a, "target") for m in index.under(subject) for a in m.actors]
            actor = bool(asked) or subject.pos_ == "PRON"  # "prices must fall" asks nothing of anyone
            event.actors = [EventActor(UNKNOWN_DOER, "source"), *asked] if doerless and actor else []
            event.confidence *= UNKNOWN_WEIGHT
        elif id(trig) in addressees:
            event.actors = demand_actors(index, trig, addressees[id(trig)])
        else:
            clauses = [c for c in trig.anchor.children if c.dep_ in ("xcomp", "ccomp") or for_clause(c)]
            if trig.head.i != trig.anchor.i:
                clauses += [c for c in trig.head.children if c.dep_ == "acl"]
            verbal_act = ontology.types[event.type].verbal or trig.type in FRAMING_EXTRA
            content = event.content + (clauses if verbal_act else [])
            wording = trig.tokens
            event.actors = assign(index, trig.anchor, event.type, content, head=trig.head, wording=wording)
            if event.type == "CONSULT" and event.mode == "visit" and event.actors:
                event.actors += visit_hosts(index, trig.anchor, trig.head, event.actors)
            event.actors += sentence_counterpart(index, trig.anchor, event.actors)
            event.actors += occasion_host(index, trig.anchor, trig.head, event.actors)
            event.actors += local_doers(index, trig.anchor, trig.head, event.actors, event.type, event.mode)
            if event.type == "ASSAULT":
                event.actors += attacked_place(index, trig.anchor, trig.head, event.actors)
            event.actors += territory_target(index, trig.anchor, trig.head, event.actors, event.type)
            event.actors += envoy_posting(index, trig.anchor, trig.head, event.actors)
            event.actors += condition_target(index, trig.anchor, event.actors, event.type)
            event.actors += purpose_target(index, trig.anchor, trig.head, event.actors, event.type)
            event.actors += proposer(index, trig.anchor, trig.head, event.actors, event.type)
            event.actors += referred_act(index, trig.anchor, trig.head, event.actors, event.type, story)
            event.actors += defied(index, trig.anchor, trig.head, event.actors, event.type)
            event.actors += story_counterpart(index, trig.anchor, event.actors, event.type)
            event.actors += offered_mediation(index, trig.anchor, content, event.actors)
            event.actors += domestic_target(index, trig.anchor, trig.head, event.actors, event.type)
            if event.type == "CONSULT":
                event.actors += called_off_by(index, trig, event.actors)
                event.actors += mediated_sides(index, trig.anchor, event.actors)
            earlier = None if _has_doer(event) else compared_occasion(trig, triggers)
            if earlier is not None:  # "met on Monday, their first meeting since the summit in May"
                event.actors += assign(index, earlier.anchor, earlier.type, head=earlier.head)
            event.actors = gathered(index, trig, event.actors)  # "a summit of A and B in May"
            # "a visit ..., which includes a meeting with X": the visitor's
            event.actors = nested_parties(index, trig, triggers, lexicon, event.actors)
            if event.type == "CONSULT" and not _has_doer(event):
                subjects = _occasion_subjects(trig)
                event.actors += _talks_party(index, subjects)  # "X said after talks with Y": X took part
                if doerless and not _has_doer(event) and subjects:
                    # a wire item's "the envoy said during talks with Y": someone nobody resolved took part
                    event.actors = [EventActor(UNKNOWN_DOER, "source"), *event.actors]
                    event.confidence *= UNKNOWN_WEIGHT
            if story and not _has_doer(event) and (their_occasion(trig) or story_occasion(trig)):
                event.actors += story_parties(story, event.type)  # "since their last summit, in Osaka"
            if pairs and not event.actors and (size := pair_size(trig, event.type)) is not None:
                event.actors = told_pair(pairs, size)  # "The leaders also agreed ...": the pair told before
            if event.agreed_by is not None:  # "A and B agreed that their envoys would meet"
                event.actors = agreeing_parties(events[event.agreed_by].actors, event.actors)
            # talks abroad: their host, and the states that announce them (after the parties they are
            # given above: "invited A and B to talks in C")
            event.actors += conveners(index, trig.anchor, event.actors, event.type)
            event.actors += venue_host(trig.anchor.sent, trig.anchor, trig.head, event.actors, event.type)
            doer = credited(trig)
            if doer is not None:  # "thanked X for hosting him in May": X hosted
                event.actors = credit(index, trig, doer, event.actors)
        if breach is not None:
            doers = party_doers if responsibility(trig) else breach_doers  # "said X was responsible"
            event.actors = doers(index, breach[1])
            if trig.nominal and verdict(trig):  # "... was a cheap trick by X": the verdict names the doer
                event.actors += breach_doers(index, trig.head)
        if id(trig) in commanders:
            commander = assign(index, commanders[id(trig)].anchor, event.type)
            event.actors = commanded_actors(event.actors, commander)
        event.mode = act_mode(event, lexicon)
        if denied_wrong(event, lexicon, ontology):  # "did not violate X's airspace, Y said": a denial
            make_denial(event, assign(index, speaker, "REJECT") if speaker is not None else [])
        elif speaker is not None:
            disapproval = (verdict(trig) and not responsibility(trig)) or named_force
            mode = "disapprove" if disapproval else "allege"
            make_accusation(event, assign(index, speaker, "ACCUSE"), mode)
            if verdict(trig) and not foreign_target(event):
                continue  # on no one named's act ("said the decision was unjustified"), or its own
        elif hosted_guest(event, lexicon):
            make_hosting(event)
        elif courtesy_call(event):  # "called on him in St Petersburg": a visit
            make_visit(event)
        elif option := left_open(event, triggers):
            make_option(event, option)
        elif refusal(event, ontology):
            make_refusal(event)
        elif withheld_stance(event, lexicon):
            make_rejection(event)
        elif travel_advice(event):
            make_travel_sanction(event)
        elif intended_attack(event, lexicon) or conditional_attack(event):
            make_threat(event)
        elif vowed := vowed_opposition(event):
            make_vowed(event, vowed)
        elif threatened := punishing_alternative(event, triggers):
            make_ultimatum(event, threatened)
        elif stopped_cooperation(event):
            make_sanction(event)
        elif own_counterpart(event, triggers):
            make_recall(event)
        elif expelled_envoy(event):
            make_expulsion(event)
        elif official_protest(event):
            make_complaint(event)
        elif protest_mode := protesters_force(event):
            make_protest(event, protest_mode)
        elif held_together(event, lexicon):
            make_cooperation(event)
        elif avowed_cooperation(event):
            make_commitment(event)
        if disclaimed(trig):  # "not aware of any conversation between A and B": a denial
            event.modality = "negated"
        if _ultimatum(trig) and event.type not in ("THREATEN", "REQUEST", "ACCUSE"):
            # "will withdraw its force unless X holds elections": an act made conditional on the
            # other side's compliance is a threat (PLOVER: ultimatum), whatever the act.
            mode = THREAT_MODE_FROM_CONTENT.get(event.type, "relations")
            event.type, event.mode = "THREATEN", mode
        if (event.type == "SANCTION" and _undone(trig, triggers, event)) or lifted_measure(event, triggers):
            continue
        if ended_tie(event, triggers):
            continue
        if foretold_act(event, lexicon, index):
            continue
        if imputed_backing(event):  # "cut ties over X's alleged support for the rebels"
            continue
        if breach is None and idle_noun(event, ontology, lexicon) and not (doerless and _verbless_item(trig)):
            continue
        if untargeted_stance(event):
            continue
        if audience_addressed(event):
            continue
        if doerless and not _has_doer(event):
            if not (_doerless_predicate(trig, lexicon) or _conditional_threat(event)):
                continue
            event.actors = [EventActor(UNKNOWN_DOER, "source"), *event.actors]
            event.confidence *= UNKNOWN_WEIGHT
        if event.actors:
            out.append(event)
    out += previous_occasions(triggers, out)  # "the first visit ... since October 2018"
    return deduplicate(out)


# Prepositions that set a clause beside talks it follows or sits in ("said after talks with Y").
OCCASION_PREPS = frozenset({"after", "following", "before", "ahead", "at", "during", "in"})
# Nouns that place a clause at a part of the talks ("at the start of talks with Y").
OCCASION_PARTS = frozenset(
    {"start", "end", "conclusion", "close", "sidelines", "margins", "opening", "outset"}
)


def _talks_party(index: MentionIndex, subjects: list[Token]) -> list[EventActor]:
    """ "X made the comments after talks with Y", "X said at the start of talks with Y": talks with a
    named counterpart, set as the occasion of a clause, had that clause's subject at the table (the
    doer the noun itself does not name); `subjects` are that clause's (`_occasion_subjects`)."""
    return [EventActor(a, "source") for s in subjects for m in index.under(s) for a in m.actors]


def _occasion_subjects(trigger: Trigger) -> list[Token]:
    """The subjects of the clause that talks with a named counterpart are the occasion of ("X made the
    comments after talks with Y": X), none where the noun is no such occasion."""
    noun = trigger.head
    if not trigger.nominal or not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return []
    while (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in OCCASION_PARTS
    ):
        noun = noun.head.head  # "the start of talks": the clause is set at the start
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in OCCASION_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubj"]


def _undone(trigger: Trigger, triggers: list[Trigger], event: DraftEvent) -> bool:
    """ "The minister's visit was postponed": an event called off by nobody named is that event not
    happening (its modality says so), not a sanction."""
    if any(ea.side in ("source", "participant") for ea in event.actors):
        return False
    if any(c.dep_ == "nsubj" for c in trigger.anchor.children):
        return False  # "donors suspended aid": someone named did it, whether or not resolved
    undergoers = {c.i for c in trigger.anchor.children if c.dep_ in ("dobj", "nsubjpass")}
    return any(
        other.head.i in undergoers and other.type in CALLED_OFF for other in triggers if other is not trigger
    )


def _ultimatum(trigger: Trigger) -> bool:
    """A clause with an "unless ..." condition: "will cut aid unless the talks resume"."""
    clause = trigger.anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in clause.children
    )


@dataclass
class RuleEventCoder:
    """The default event coder: lexicon + dependency rules, no model."""

    name: str = "default"
    lexicon: Lexicon = field(default_factory=load_lexicon)
    ontology: Ontology = field(default_factory=load_ontology)
    veto: Veto | None = None  # a learned veto on the rules' events (veto.py); None keeps them all

    def __call__(self, ctx: CodingContext) -> list[EventMention]:
        doc = ctx.doc
        named, fallback = split_unnamed(ctx.actor_mentions)
        index = MentionIndex.build(doc, named)
        full = MentionIndex.build(doc, ctx.actor_mentions) if fallback.spans else index
        doerless = short_text(doc)
        if not full.located and not full.places and not doerless:
            return []  # no actor anywhere (a place may still name who protested or arrested)
        told: list[tuple[DraftEvent, EventMention]] = []
        commentators = Commentators.of(doc, self.lexicon)
        story: dict[str, list[EventActor]] = {}  # type -> the parties of its latest report with a doer
        pairs: list[tuple[int, list[EventActor]]] = []  # (sentence, parties) of its joint acts with a doer
        listed = listed_lines(text_of(doc))  # headlines of other stories (round 23)
        for number, sent in enumerate(doc.sents):
            if within(listed, sent.start_char):
                continue
            reading = read_sentence(sent, self.lexicon, self.ontology, wire=doerless)
            # only the last PAIR_REACH sentences' acts are ever read: older ones are let go (kept, they
            # made this filter quadratic in the article's length)
            while pairs and number - pairs[0][0] > PAIR_REACH:
                del pairs[0]
            recent = [actors for _, actors in pairs]
            events = code_sentence(
                reading, index, self.lexicon, self.ontology, commentators, story=story, pairs=recent
            )
            if fallback.within(sent.start_char, sent.end_char):  # agent nouns, for events left without actors
                for event in events:  # "protesters demanded the president's resignation": his country's
                    anchor = event.trigger.anchor
                    event.actors = unnamed_doers(full, anchor, event.actors, event.type)
                more = code_sentence(reading, full, self.lexicon, self.ontology, commentators)
                events += fallback.events(more, events)
            if doerless:  # last, the predicates nobody resolved, their doer unknown
                rest = code_sentence(reading, full, self.lexicon, self.ontology, commentators, doerless=True)
                events += _unknown_only(rest, events)
                events = the_news(events)  # not the earlier act that only dates the one reported
            if events and dated_present(sent.root) and caption(ctx.date_event(sent.root), ctx.document_time):
                continue  # a file photo's caption, not news of the article
            pictured = photo_dateline(sent) if events else None
            if pictured is not None and pictured_by_then(pictured, ctx.timexes, ctx.document_time):
                continue  # a photo's caption closed by its place and day (round 27)
            for event in events:
                mention = self._mention(ctx, sent, event)
                if (
                    not doerless
                    and mention.modality == "hypothetical"
                    and mere_possibility(event.trigger.anchor)
                ):
                    continue  # "attacks could warrant sending troops": weighed, not done (round 13)
                if self.veto is not None and (mention := self.veto.review(event, mention)) is None:
                    continue
                told.append((event, mention))
                if _has_doer(event):
                    story[event.type] = list(event.actors)
                    if event.type in JOINT_TYPES:
                        pairs.append((number, list(event.actors)))
        referred = refer_back(told, ctx.timexes)  # "the talks", "they discussed": the act told before
        # "Following their meeting, Blinken thanked ...": the pair the story established for the act
        return fill_pairs([(draft, m) for (draft, _), m in zip(told, referred, strict=True)], index)

    def _mention(self, ctx: CodingContext, sent: Span, event: DraftEvent) -> EventMention:
        trig = event.trigger
        doc = ctx.doc
        first, last = doc[trig.start], doc[trig.end - 1]
        modality_ = event.modality or _modality(event)
        date = own_date(event, ctx.timexes) or self._dated(ctx, event, modality_)
        if modality_ == "planned" and _planned_for_today(date, ctx.document_time):
            modality_ = "asserted"
        return EventMention(
            article_id=ctx.article.id,
            type=event.type,
            mode=event.mode,
            modality=modality_,
            actors=event.actors,
            trigger=text_of(doc)[first.idx : last.idx + len(last)],
            trigger_start=first.idx,
            trigger_end=last.idx + len(last),
            sentence=text_of(doc)[sent.start_char : sent.end_char],
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            date=date,
            location=location(sent, trig.anchor),
            topics=topics(sent),
            confidence=round(min(event.confidence + (0.05 if _has_both_sides(event) else 0.0), 1.0), 3),
            coder=self.name,
        )

    def _dated(self, ctx: CodingContext, event: DraftEvent, modality_: Modality) -> DateInterval:
        """The trigger's date, or for a verbal act stated in the future or the present that of the verb
        saying it (`utterance.said_when`; unreported, the day it is stated: `utterance.performed`)."""
        anchor = event.trigger.anchor
        said = said_when(event.type, modality_, anchor, self.ontology, ctx.timexes)
        if said is not None:
            found = ctx.date_event(said)
            return replace(found, basis=f"a verbal act, made when said ('{said.text}'): {found.basis}")
        decision = deciding_verb(anchor, event.type, event.mode)
        if decision is not None and (taken := ctx.date_event(decision)).likely is not None:
            # only a decision dated to a day: "In July 2023, Russia decided to close" stays a plan's date
            return replace(taken, basis=f"enacted by the decision ('{decision.text}'): {taken.basis}")
        return performed(ctx.date_event(anchor), event.type, modality_, anchor, self.ontology)


# The words that name the day of writing itself, as the date's basis quotes them ("governed by 'today'").
TODAY = tuple(
    f"governed by '{w}'"
    for w in ("today", "tonight", "this morning", "this afternoon", "this evening", "later today")
)


def _planned_for_today(date: DateInterval, document_time: DocumentTime) -> bool:
    """Is a plan dated by its own "today" to the very day the article was written ("will sign the
    accord today", "is slated to convene an emergency session today")? News written on the day of
    an act, naming that day, reports it: the act is the day's, told hours before it took place (round
    31). A weekday or a date that happens to fall on the day of writing is not read so."""
    return (
        date.is_day
        and document_time.dct is not None
        and date.start == document_time.dct
        and date.basis.casefold().startswith(TODAY)
    )


def _unknown_only(candidates: list[DraftEvent], coded: list[DraftEvent]) -> list[DraftEvent]:
    """The events of a doerless reading whose trigger no earlier reading coded and whose doer is the
    unknown one."""
    done = {(e.trigger.start, e.trigger.end) for e in coded}
    return [
        e
        for e in candidates
        if (e.trigger.start, e.trigger.end) not in done
        and any(ea.actor is UNKNOWN_DOER for ea in e.actors)
        and not any(_restates(e, c) for c in coded)
    ]


def _restates(event: DraftEvent, coded: DraftEvent) -> bool:
    """Whether `event` lies in the phrase of a coded event of its type ("launched a series of
    airstrikes on X": one attack, told by its light verb)."""
    anchor, other = event.trigger.anchor, coded.trigger.anchor
    return event.type == coded.type and (anchor.i == other.i or other in anchor.ancestors)


def _doerless_predicate(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether a trigger nobody resolved is still news of a short text: a verb that is said to have
    happened, is planned or refused ("accused X of ...", "will be detained", "did not attend"), not a
    clause that describes a noun ("the town evacuated"), a circumstance or a condition; an event noun its
    clause says took place ("talks began in Juba") or reports (`_reported_noun`), not one described as
    history ("the bombings that prompted ...")."""
    if trigger.nominal:
        noun = trigger.head
        if occurred(noun, lexicon):
            return True
        if any(c.dep_ == "relcl" for c in noun.children):
            return False  # "the bombings that prompted ...": history that describes
        return _reported_noun(noun, lexicon)
    if trigger.anchor.dep_ in NOUN_MODIFIERS:
        return False  # "the town evacuated", "the bombings that prompted ...": describes a noun
    if trigger.anchor.dep_ == "advcl" and not _reduced_conjunct(trigger.anchor):
        return False  # "when X expelled them", "so that they are banned": a circumstance or a purpose
    return modality(trigger.anchor) != "hypothetical"


# Dependents that make an adverbial clause a circumstance of its own (a subordinator, a subject, an
# auxiliary, "when"/"once") rather than the second of two passive acts.
OWN_CLAUSE = frozenset({"mark", "advmod", "nsubj", "nsubjpass", "aux", "auxpass", "expl"})


def _reduced_conjunct(verb: Token) -> bool:
    """ "were detained for a month, released on bail": a bare past participle set after a passive verb
    behind a comma is a second act told of the same subject (the parser's adverbial clause), not a
    circumstance of the first."""
    head = verb.head
    return (
        verb.tag_ == "VBN"
        and verb.i > head.i
        and verb.left_edge.i > 0
        and verb.doc[verb.left_edge.i - 1].text == ","
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in OWN_CLAUSE for c in verb.children)
    )


def _conditional_threat(event: DraftEvent) -> bool:
    """ "If anyone grows poppy, his crops will be destroyed": a conflict act put ahead on a condition is
    the threat its unnamed doer makes now (`recast.conditional_attack`), not a hypothetical predicate;
    so is a threat or warning made on a condition ("warned of retaliation if the embassy is closed")."""
    return event.type == "THREATEN" and (conditional(event.trigger.anchor) or _conditioned(event.trigger))


def _reported_noun(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the clause reports the event noun: its subject ("protests erupted"), its object through a
    light or causing verb ("staged protests", "sparked protests"; not "banned rallies"), an existential
    ("there were strikes") or a verb's prepositional object ("led to protests"), not a noun that only
    qualifies another ("a blackout on the withdrawal"). A quantity stands for its event: "two weeks of
    protests", "a series of raids". A noun that heads a verbless item reports itself (`_verbless_item`)."""
    head = noun.head
    if _verbless_item_noun(noun):
        return True
    if noun.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in lexicon.light or head.lemma_.lower() in lexicon.cause
    if noun.dep_ == "attr":
        return any(c.dep_ == "expl" for c in head.children)
    if noun.dep_ == "pobj" and head.head.lemma_.lower() in lexicon.partitive and head.head.i != noun.i:
        return _reported_noun(head.head, lexicon)
    return noun.dep_ == "nsubj" or (noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"))


def _verbless_item(trigger: Trigger) -> bool:
    """A stand-alone event noun that heads a verbless item ("their demand for early elections")."""
    return trigger.nominal and trigger.anchor.i == trigger.head.i and _verbless_item_noun(trigger.head)


def _verbless_item_noun(noun: Token) -> bool:
    """A wire item that is only a noun phrase ("his threat to impose tariffs", "the resignation of the
    prime minister"): the noun heads the text and is what it reports, not a word that judges."""
    return noun.dep_ == "ROOT"


def short_text(doc: Doc) -> bool:
    """A text of a sentence or two (a wire item, a headline, a quote that begins mid-sentence): nothing
    before it could name the doer of its predicates, so one the resolver misses is unknown, not absent.
    In a longer text such a predicate mostly restates an event told with its actors elsewhere."""
    return sum(1 for _ in doc.sents) <= SHORT_TEXT


def _modality(event: DraftEvent) -> Modality:
    """The trigger's modality; a threat or a demand with an "if" is made all the same: "threatened
    tariffs if Colombia failed to comply" is the condition of the threat, not of the threatening."""
    found = modality(event.trigger.anchor)
    if found == "hypothetical" and event.type in ("THREATEN", "REQUEST") and _conditioned(event.trigger):
        return "asserted"
    if event.type == "THREATEN" and conditional(event.trigger.anchor):
        return "asserted"  # "will respond if X attacks": saying so is the threat, made now
    if found == "hoped" and event.type in FORCIBLE and _attempted(event.trigger.anchor):
        # "an attempt to assassinate X was thwarted", "police tried to take over the embassy": PLOVER
        # codes the attempt, itself an act of force
        return "asserted"
    if found == "planned" and enacted(event.trigger.anchor, event.type):
        return "asserted"  # "decided to recall its ambassador": the recall, done by deciding it
    return found


# Words whose "to ..." complement names an act that was tried: an attempted attack is an attack.
ATTEMPT = frozenset({"attempt", "try"})
# Acts of force whose attempt is an act of force (round 10: coercion as well as assault); an attempt to
# sanction or to mobilize is no measure taken.
FORCIBLE = frozenset({"ASSAULT", "COERCE"})


def _attempted(anchor: Token) -> bool:
    return anchor.dep_ in ("xcomp", "acl") and anchor.head.lemma_.lower() in ATTEMPT


def _conditioned(trigger: Trigger) -> bool:
    anchor = trigger.anchor
    finite = anchor.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children
    )
    conditions = [c for c in anchor.children if c.dep_ == "advcl"]
    return finite and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for c in conditions for m in c.children
    )


def _has_doer(event: DraftEvent) -> bool:
    return any(ea.side in ("source", "participant") for ea in event.actors)


def _has_both_sides(event: DraftEvent) -> bool:
    sides = {ea.side for ea in event.actors}
    return "source" in sides and "target" in sides
