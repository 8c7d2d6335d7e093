"""What the form of a statement makes of the act it names: a denial, a refusal, an intention.

PLOVER codes a cooperative act someone says they will not do as a rejection ("said it would not provide
weapons": REJECT), and a conflictive act someone wants to do as a threat ("wants to invade": THREATEN);
a cooperative event someone denies ("dismissed reports of a call between A and B", "denied that they
met") is that event with modality negated; denying an accusation stays a rejection. These rules read the
parse around a trigger the coder has already typed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.actors.lexicon import ENVOY_ROLES
from dateline.events.conditions import PROMISES, conditional
from dateline.events.detect import Lexicon, Trigger, in_protest, time_limits, to_clause
from dateline.events.draft import DraftEvent
from dateline.events.framing import MODE_FROM_CONTENT, THREAT_MODE_FROM_CONTENT, path_up
from dateline.events.modality import denied_at, modality
from dateline.events.modes import _cues, as_visit
from dateline.events.ontology import Ontology
from dateline.events.ontology import load as load_ontology
from dateline.events.participants import OPENING_QUOTES, MentionIndex, reaction
from dateline.records import EventActor

# Auxiliaries that make a negation a refusal ("will not", "won't", "would not", "cannot").
REFUSAL_AUX = frozenset({"will", "wo", "would", "shall", "can", "ca"})
# Stands that, not taken, are rejections; words that make a "not" mean "not yet".
STANCE_TYPES = frozenset({"SUPPORT", "AGREE", "CONCEDE"})
PENDING = frozenset({"yet", "still"})
# Material conflict acts that an actor wanting them threatens.
THREAT_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# A government's own people, told to keep away from a country; what they are told to do; the trips.
OWN_PEOPLE = frozenset(
    {"citizen", "national", "people", "tourist", "resident", "traveller", "traveler", "student"}
)
AVOIDING = frozenset({"avoid", "postpone", "reconsider", "cancel", "refrain"})
TRIPS = frozenset({"travel", "trip", "visit", "journey", "travelling", "traveling"})


def denied(frame: Trigger, trigger: Trigger, lexicon: Lexicon, ontology: Ontology) -> bool:
    """True when `frame` denies the cooperative event `trigger` names: a denial verb ("deny", "dismiss",
    "refute") whose content is reached through a report noun ("reports of a call", "rumours that they
    met") or a "that"-clause ("denied that the two had spoken"). Denying an accusation ("rejected the
    allegations", "denied that it armed the rebels") stays a rejection (PLOVER REJECT)."""
    kind = ontology.types.get(trigger.type)
    if frame.entry.lemma not in lexicon.denial or kind is None or not kind.cooperative:
        return False
    if trigger.head.lemma_.lower() in lexicon.report:
        return False
    for top in (frame.head, frame.anchor):
        path = path_up(trigger.anchor, top)
        if not path:
            continue
        if any(t.dep_ == "ccomp" or t.lemma_.lower() in lexicon.report for t in path):
            return True
        if frame.head.i != frame.anchor.i and frame.head.lemma_.lower() in lexicon.report:
            return True  # "dismissed reports of a call": the report noun is the trigger's own wording
    return False


def refusal(event: DraftEvent, ontology: Ontology) -> bool:
    """ "said it would not provide weapons", "will not attend the talks", "cannot accept", "ruled
    against releasing him": a cooperative act its actor says or decides they will not do is a
    rejection (PLOVER REJECT), not that act negated. A denial that it happened ("did not meet") stays
    the act, negated."""
    kind = ontology.types.get(event.type)
    if kind is None or not kind.cooperative or event.type == "REJECT":
        return False
    clause = event.trigger.anchor
    if clause.dep_ == "pcomp" and clause.head.lower_ == "against" and modality(clause) == "negated":
        return True  # "the court ruled against releasing him", "voted against sending aid"
    if clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "will not agree to meet": the negation is on the governing verb
    children = list(clause.children)
    negated = any(c.dep_ == "neg" for c in children)
    return negated and any(c.dep_ == "aux" and c.lower_ in REFUSAL_AUX for c in children)


def withheld_stance(event: DraftEvent, lexicon: Lexicon) -> bool:
    """ "did not recognize Maduro's victory", "does not accept the plan": a stand on another's act or
    claim (`stance` cues) its actor does not take is a rejection (PLOVER REJECT), asserted, not that
    support negated. Not a pending one ("has not yet approved"), nor a passive ("was not supported by a
    mandate": no one refused)."""
    trigger = event.trigger
    if trigger.nominal or event.type not in STANCE_TYPES or trigger.entry.lemma not in lexicon.stance:
        return False
    children = list(trigger.anchor.children)
    if any(c.dep_ == "auxpass" or c.lower_ in PENDING for c in children):
        return False
    return any(c.dep_ == "neg" for c in children)


def denied_wrong(event: DraftEvent, lexicon: Lexicon, ontology: Ontology) -> bool:
    """ "Ruritanian jets did not violate Elbonian airspace, the ministry said", "“We would never sabotage
    our neighbour,” he said", "None of its nationals were targeted by our missiles, the minister said": a
    material conflict act, or a breach, that a reported clause denies at its own verb is the denial of
    an accusation, a rejection (PLOVER REJECT) made by saying so, asserted, not that act negated
    (round 20: the dev gold codes all five such denials, of four sets, as REJECT asserted, and holds no
    REJECT negated). A cooperative act denied stays that act, negated (`denied`); one refused is a
    refusal (`refusal`)."""
    kind = ontology.types.get(event.type)
    if kind is None or kind.cooperative or event.modality is not None or event.trigger.nominal:
        return False
    if kind.verbal and event.trigger.entry.lemma not in lexicon.violation:
        return False  # "did not accuse X": a verbal act not made is no denial of a deed
    clause = event.trigger.anchor
    return _reported(clause, lexicon) and denied_at(clause) and modality(clause) == "negated"


# Dependencies by which the parser hangs a trailing speech verb on the clause it reports ("X did not
# violate ..., the ministry said": "said" a conjunct or parataxis of "violate").
TRAILING_SPEECH = frozenset({"conj", "parataxis", "ccomp"})


def _reported(clause: Token, lexicon: Lexicon) -> bool:
    """Is `clause` what someone says: a reported clause ("the ministry said that X did not ..."), a
    clause a trailing speech verb with no clause of its own reports (", the ministry said late on
    Saturday", however the parser hung it), or a quotation ("“During the flight the aircraft did not
    violate ...”")?"""
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
        return True
    head = clause
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "did not deviate ... and did not violate": the first conjunct's clause
    if any(
        c.dep_ in TRAILING_SPEECH
        and c.i > clause.i
        and c.lemma_.lower() in lexicon.speech
        and not any(g.dep_ in ("ccomp", "xcomp") for g in c.children)  # not "and X said it would ..."
        for c in head.children
    ):
        return True
    first = next((t for t in clause.sent if not t.is_space), None)
    return head.dep_ == "ROOT" and first is not None and first.text in OPENING_QUOTES


def make_denial(event: DraftEvent, speakers: list[EventActor]) -> None:
    """A deed denied (`denied_wrong`) is a rejection, asserted, by the one whose statement denies it (a
    reported breach's speaker: "Novak did not violate the convention, the Serbian ministry said")
    beside the deed's own parties."""
    make_rejection(event)
    deniers = [replace(ea, side="source") for ea in speakers if ea.side in ("source", "participant")]
    known = {ea.actor for ea in deniers}
    event.actors = deniers + [ea for ea in event.actors if ea.actor not in known]


def make_rejection(event: DraftEvent) -> None:
    event.type, event.mode, event.modality = "REJECT", None, "asserted"


def make_refusal(event: DraftEvent) -> None:
    event.type, event.mode = "REJECT", MODE_FROM_CONTENT.get(event.type)  # the mode of the act refused
    event.modality = "asserted"


def intended_attack(event: DraftEvent, lexicon: Lexicon) -> bool:
    """ "wants to invade", "intends to impose sanctions": a material conflict act governed by a verb of
    wanting is a threat by the one who wants it (PLOVER THREATEN)."""
    if event.type not in THREAT_ACTS or event.trigger.nominal:
        return False
    anchor: Token = event.trigger.anchor
    head = anchor.head
    return anchor.dep_ == "xcomp" and head.lemma_.lower() in lexicon.volition and not _negated(head)


# Verbs of standing up to a party: vowed, they are a threat to it (PETRARCH-2 CAMEO.2.0, MIT: VOW - *
# &OPPOSITION, VOW - * RESISTANCE [130], CAMEO2PLOVER THREATEN), not an offer of cooperation; a decision
# or claim vowed to be challenged is disapproved (CHALLENGE - * DECISION, * CLAIM [110], ACCUSE).
OPPOSING: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(("challenge", "contest"), ("ACCUSE", "disapprove")),
    **dict.fromkeys(
        ("confront", "oppose", "resist", "pressure", "defy", "counter", "fight"), ("THREATEN", None)
    ),
}
# Verbs that carry on the act of their own "to ..." complement ("swore to keep pressuring X").
CARRY_ON = frozenset({"continue", "keep"})


def vowed_opposition(event: DraftEvent) -> tuple[str, str | None] | None:
    """ "swore to keep pressuring X with tariffs", "pledged that the league would stand up to X",
    "promised to challenge the ruling in court": a commissive whose promised act (its "to ..." or
    "that ..." complement) is to oppose a party is a threat, or a disapproval of what is to be
    challenged; the type and mode (round 25: three vows of three sets, gold THREATEN or ACCUSE, were
    coded AGREE; a vowed attack is THREATEN already through its content, `framing.reframe`)."""
    verb = event.trigger.anchor
    if event.type != "AGREE" or event.trigger.nominal or verb.lemma_.lower() not in PROMISES:
        return None
    if _negated(verb):
        return None
    # the "to ..." complement, which the parser may hang on as a purpose ("vowed on Monday to continue")
    for act in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or to_clause(c)):
        while act.lemma_.lower() in CARRY_ON and (more := [c for c in act.children if c.dep_ == "xcomp"]):
            act = more[0]
        ills = [c for c in act.children if c.dep_ == "dobj" and c.lemma_.lower() in _cues("crime")]
        if _negated(act) or ills:
            continue  # "committed to fight smuggling": an ill fought, no party opposed
        if _stands_up(act):
            return "THREATEN", None
        if act.lemma_.lower() in OPPOSING:
            return OPPOSING[act.lemma_.lower()]
    return None


def make_vowed(event: DraftEvent, kind: tuple[str, str | None]) -> None:
    event.type, event.mode = kind
    event.modality = "asserted"


def _stands_up(verb: Token) -> bool:
    """ "stand up to X", "stand against X"."""
    return verb.lemma_.lower() == "stand" and any(
        c.lower_ in ("up", "against") and c.dep_ in ("prt", "prep", "advmod") for c in verb.children
    )


def conditional_attack(event: DraftEvent) -> bool:
    """ "if anyone interferes, Peru will strike back", "Chile would retaliate if Peru attacked", "would
    strike in the event of an attack": a material conflict act put ahead by will / would and made to
    follow from a condition is a threat by its doer (PLOVER: intended material conflict is THREATEN;
    CAMEO WARN - * (OF RESPONSE) [130]), not a hypothetical attack ("unless" is the ultimatum rule's)."""
    if event.type not in THREAT_ACTS or event.trigger.nominal:
        return False
    return conditional(event.trigger.anchor)


def travel_advice(event: DraftEvent) -> bool:
    """ "advised its citizens to avoid travel to Japan", "urged its nationals to postpone trips to X",
    "warned its people against travelling to X": a government telling its own people to keep away from
    a country reduces relations with it (PETRARCH-2 ADVISE - * (AGAINST TRAVEL), CAUTION - * &PEOPLE
    (AGAINST TRAVELING) [160], SANCTION), not a request to that country."""
    anchor = event.trigger.anchor
    if event.type not in ("REQUEST", "THREATEN") or event.trigger.nominal:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in OWN_PEOPLE for c in anchor.children):
        return False
    kept_from = [
        c
        for c in anchor.children
        if (c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in AVOIDING) or c.lower_ == "against"
    ]
    return any(t.lemma_.lower() in TRIPS for clause in kept_from for t in clause.subtree)


def make_travel_sanction(event: DraftEvent) -> None:
    event.type, event.mode = "SANCTION", None


def make_threat(event: DraftEvent) -> None:
    event.type, event.mode = "THREATEN", THREAT_MODE_FROM_CONTENT.get(event.type)  # of the act wanted
    event.modality = "asserted"


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


# Where a breach may sit in what a speaker states: its complement, a noun of it and that noun's clauses,
# and (round 30) a clause told beside or after its act ("said it shot down a drone that violated its
# airspace", "shot down the plane after it violated its airspace, an official said", "says the decision is
# regrettable and violates the charter"): the news gold codes each as the speaker's accusation (5 dev
# sentences of 4 sets, none as the violator's rejection).
STATED_PARTS = frozenset({"ccomp", "xcomp", "parataxis", "acl", "relcl", "dobj", "advcl", "conj"})


def reported_violation(trigger: Trigger, lexicon: Lexicon) -> Token | None:
    """The speech verb that reports a breach of a norm: "X violated international law, the ministry
    said", "restated its view that X broke ...", "wrote that they had breached the accord", "said it
    downed a drone that violated its airspace". Said by someone, the breach is that speaker's
    accusation of the violator (PLOVER ACCUSE)."""
    if trigger.nominal or trigger.entry.lemma not in lexicon.violation:
        return None
    clause = trigger.anchor
    for _ in range(3):
        if clause.dep_ not in STATED_PARTS or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.pos_ in ("VERB", "AUX") and clause.lemma_.lower() in lexicon.speech:
            return clause
    return None


# Nouns that name a breach of a norm ("was a violation of international law").
BREACH_NOUNS = frozenset({"violation", "breach"})
# Verbs that pass a verdict on what they take as object, the verdict in an "as" phrase ("described the
# decision as unjustified": PETRARCH-2 SLAM - * (AS UNACCEPTABLE) [111]); those that are triggers of
# their own (condemn, denounce, slam) are read through their own rows.
VERDICT_VERBS = frozenset({"describe", "characterize", "characterise", "term", "qualify", "regard"})


# Verbs that name what their object is ("called the remarks an attack on the nation": PETRARCH-2 CALL -
# * CRIMINAL [1121], BRAND - * TERRORIST [1121]), the name an object predicate ("oprd").
NAMING_VERBS = frozenset({"call", "term", "label", "brand", "dub"})
# Nouns of force a speaker uses as a verdict on a thing that is no force ("an attack on our dignity").
FORCE_VERDICTS = frozenset({"attack", "assault", "aggression"})


def characterized(trigger: Trigger, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """ "Y called X's remarks a serious attack on the nation", "Y described X's position as an attack
    on the kingdom": a noun of force said of a thing that is no act of force (words, a position, a
    pact) is the speaker's accusation of the thing's owner, not an attack (PETRARCH-2 CAMEO.2.0 (MIT),
    CALL - * CRIMINAL / BRAND - * TERRORIST [1121] read for the nouns of force). Returns the naming
    verb, whose subject accuses, and the thing named; None when the thing is a pronoun or an act of
    force itself ("officials called it the deadliest attack", "called the bombing an attack on
    democracy": the attack stays)."""
    word = trigger.head
    if not trigger.nominal or trigger.type != "ASSAULT" or word.lemma_.lower() not in FORCE_VERDICTS:
        return None
    if word.dep_ == "oprd" and word.head.lemma_.lower() in NAMING_VERBS:
        verb = word.head
    elif word.dep_ == "pobj" and word.head.lower_ == "as":
        verb = word.head.head  # "described X as an attack", or the parser's "X as an attack" under it
        verb = verb.head if verb.dep_ == "dobj" else verb
        if verb.lemma_.lower() not in VERDICT_VERBS:
            return None
    else:
        return None
    named = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    entry = lexicon.lookup(named[0]) if named else None
    if not named or (entry is not None and not load_ontology().types[entry.type].verbal):
        return None
    return verb, named[0]


def verdict(trigger: Trigger) -> bool:
    """An adjective of the lexicon typed as an accusation ("unjustified", "unacceptable", "illegal"), or a
    noun other than a breach whose row must be the predicate of "be" ("a cheap trick", round 25): a
    verdict on an act, an event only where someone is said to pass it (`claimed_breach`)."""
    if trigger.type != "ACCUSE":
        return False
    if trigger.entry.pos == "A":
        return not reaction(trigger.head)  # "was concerned by X's act": a stand of its own
    if not trigger.nominal or trigger.head.lemma_.lower() in BREACH_NOUNS:
        return False
    return any("^be" in c.words for c in trigger.entry.conditions)


# Adjectives that lay a harm at a party's door ("X was responsible for the attack", "held X accountable
# for the killings"): the party, not an act, is what the verdict is passed on.
RESPONSIBILITY = frozenset({"responsible", "accountable"})
# Adjectives a speaker asserts a clause with ("said it was highly likely / clear that X was responsible").
EVIDENT = frozenset({"likely", "clear", "certain", "evident", "obvious", "apparent", "plain", "probable"})


def responsibility(trigger: Trigger) -> bool:
    """Is the trigger a verdict of responsibility ("responsible", "accountable")?"""
    return trigger.entry.pos == "A" and trigger.head.lemma_.lower() in RESPONSIBILITY


def held_responsible(trigger: Trigger, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """ "Y held X responsible for the attack", "X was held accountable for the killings", "Y said X was
    responsible for the bombing": the one who holds or says it accuses the party named responsible
    (PETRARCH-2 CAMEO.2.0, HOLD - * RESPONSIBLE [112], BELIEVE - * RESPONSIBLE [110]). Returns the verb
    whose subject accuses (hold, or the speech verb above "be") and the party; None for a denial ("was
    not responsible"), for a party nobody is said to hold responsible, or for an act as the subject (a
    verdict on an act is `claimed_breach`'s)."""
    word, head = trigger.head, trigger.head.head
    if any(c.dep_ == "neg" for c in (*word.children, *head.children)):
        return None  # "said it was not responsible": a denial, no accusation
    if head.lemma_.lower() == "hold" and head.pos_ == "VERB":
        party = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        party = party or [c for c in word.children if c.dep_ == "nsubj"]  # parsed as a small clause
        return (head, party[0]) if party and not lexicon.names_an_act(party[0]) else None
    if word.dep_ != "acomp" or head.lemma_.lower() != "be":
        return None
    party = [c for c in head.children if c.dep_ == "nsubj" and not lexicon.names_an_act(c)]
    # up through clauses, and through "it was (highly) likely / clear that ...", to the speech verb
    verb = _speech_above(head, lexicon, 4, EVIDENT) if party else None
    return (verb, party[0]) if verb is not None else None


def _speech_above(
    clause: Token, lexicon: Lexicon, steps: int, through: frozenset[str] = frozenset()
) -> Token | None:
    """The speech verb that reports `clause`, at most `steps` clauses up through reported clauses
    ("ccomp", "parataxis") and the adjectives `through` asserts a clause with ("it was clear that ...");
    None when there is none."""
    for _ in range(steps):
        evident = clause.dep_ == "acomp" and clause.lemma_.lower() in through
        if not (clause.dep_ in ("ccomp", "parataxis") or evident) or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.pos_ in ("VERB", "AUX") and clause.lemma_.lower() in lexicon.speech:
            return clause
    return None


def claimed_breach(trigger: Trigger, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """ "The attack by X was a breach of our sovereignty, the minister said", "X's interference is a
    violation of international law, said the ministry": an act said by someone to be a breach of a norm
    is the speaker's accusation of the act's doer, as a reported breach verb is (`reported_violation`).
    So is an act someone says is unacceptable, unjustified or illegal ("Y said X's move was completely
    unjustified", round 19), or describes so ("Y described X's decision as unjustified"), and a party
    someone says is illegitimate (round 29). Returns the speech verb and the act (or party) judged; a
    breach or verdict nobody is said to claim judges only."""
    word = trigger.head
    if responsibility(trigger):
        return held_responsible(trigger, lexicon)
    if (named := characterized(trigger, lexicon)) is not None:
        return named
    if verdict(trigger) and word.head.lower_ == "as" and word.head.head.lemma_.lower() in VERDICT_VERBS:
        verb = word.head.head
        acts = [c for c in verb.children if c.dep_ == "dobj" and lexicon.names_an_act(c)]
        return (verb, acts[0]) if acts else None
    breach = trigger.nominal and word.lemma_.lower() in BREACH_NOUNS and word.dep_ == "attr"
    predicate = word.dep_ == ("attr" if trigger.nominal else "acomp")  # "was absurd", "was a petty trick"
    if not breach and not (verdict(trigger) and predicate and word.head.lemma_.lower() == "be"):
        return None
    copula = word.head
    while copula.dep_ == "conj" and copula.head.i != copula.i:
        copula = copula.head  # "was not only a breach of ... but was also a violation of ..."
    # a verdict said of a party passes on the party ("said the junta was illegitimate"), as one said of
    # its act does; a breach is only ever an act's (round 29)
    acts = [c for c in copula.children if c.dep_ == "nsubj" and (lexicon.names_an_act(c) or not breach)]
    verb = _speech_above(copula, lexicon, 3) if acts else None
    return (verb, acts[0]) if verb is not None else None


def party_doers(index: MentionIndex, party: Token) -> list[EventActor]:
    """The party a verdict of responsibility names ("said X was responsible for ..."), as the doer."""
    return [EventActor(a, "source") for m in index.under(party) for a in m.actors]


def breach_doers(index: MentionIndex, act: Token) -> list[EventActor]:
    """Who did the act called a breach: its owner, its "by" agent, its "of" phrase ("Iran's strikes",
    "the attack conducted by Iran", "the interference of Ethiopia's government"), not the place or the
    victim named further on ("inside Pakistani territory")."""
    doers = [c for c in act.children if c.dep_ in ("poss", "compound", "amod")]
    for child in act.children:
        preps = [child] if child.dep_ == "prep" else [a for a in child.children if a.dep_ == "agent"]
        doers += [o for p in preps if p.lower_ in ("by", "of") for o in p.children if o.dep_ == "pobj"]
    return [ea for d in doers for ea in party_doers(index, d)]


def make_accusation(event: DraftEvent, speakers: list[EventActor], mode: str = "allege") -> None:
    """The speaker accuses whoever the breach names as its doer; what was breached stays out. A
    speaker nobody resolves ("X violated our waters, the ministry said") still accuses: the breach is
    an accusation of its doer, by someone unnamed, not a rejection by that doer (round 10). A verdict
    ("unjustified") disapproves (`mode`)."""
    accusers = [replace(ea, side="source") for ea in speakers if ea.side in ("source", "participant")]
    accused = [replace(ea, side="target") for ea in event.actors if ea.side in ("source", "participant")]
    if not accusers:
        if accused:
            event.type, event.mode, event.actors = "ACCUSE", mode, accused
        return
    known = {ea.actor for ea in accusers}
    event.type, event.mode = "ACCUSE", mode
    event.actors = accusers + [ea for ea in accused if ea.actor not in known]


def foreign_target(event: DraftEvent) -> bool:
    """Does the accusation have a target of another country than its accusers ("'this violation of
    Ruritania's airspace is unacceptable,' Ruritania's foreign office said" names only the victim)?"""
    own = {ea.actor.country for ea in event.actors if ea.side == "source"}
    return any(ea.side == "target" and ea.actor.country not in own for ea in event.actors)


def hosted_guest(event: DraftEvent, lexicon: Lexicon) -> bool:
    """ "Ruto welcomed the Ugandan president to Nairobi", "is to be welcomed by President Y": a person
    welcomed in person is a guest received (PLOVER CONSULT host: the guest's visit), not praise.
    Welcoming a decision, an agreement or a country's move ("welcomed Japan's decision") stays SUPPORT."""
    trigger = event.trigger
    if event.type != "SUPPORT" or trigger.nominal or trigger.entry.lemma not in lexicon.hosting:
        return False
    anchor = trigger.anchor
    guests = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    if not guests and anchor.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in anchor.children):
        guests = [c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "is to be welcomed"
    targets = [ea.actor for ea in event.actors if ea.side != "source"]  # "welcomed by": participants
    return (
        bool(guests)
        and not any(lexicon.names_an_act(g) for g in guests)
        and bool(targets)
        and all(a.kind in ("person", "role") for a in targets)
    )


def make_hosting(event: DraftEvent) -> None:
    """The guest's visit, told from the host's side (`modes.as_visit`)."""
    event.type, event.mode = "CONSULT", "visit"
    as_visit(event)


def own_forces_order(frame: Trigger, lexicon: Lexicon) -> bool:
    """ "Erdogan ordered his army to halt the shelling", "the government instructed its troops to
    withdraw": an order to the speaker's own forces (a noun of `forces` owned by a pronoun) makes the
    act ordered the commander's own; it is no request to another party."""
    if frame.nominal or frame.entry.lemma not in lexicon.command:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in lexicon.forces
        and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
        for c in frame.anchor.children
    )


def commanded_actors(act: list[EventActor], commander: list[EventActor]) -> list[EventActor]:
    """The commander is the doer of the act ordered; the act's own targets stay."""
    doers = [replace(ea, side="source") for ea in commander if ea.side in ("source", "participant")]
    return doers + [ea for ea in act if ea.side == "target"] if doers else act


# Who an official complaint is lodged with, when the parser gives no entity: "protested to the embassy".
ENVOY_NOUNS = frozenset(
    {"government", "embassy", "ambassador", "envoy", "ministry", "consulate", "authorities"}
)
# Who makes a complaint official when they protest: a state's offices and the voices that speak for them
# (PETRARCH-2 CAMEO.2.0, MIT: PROTEST "- OFFICIAL * [114]"; CAMEO 11 maps to PLOVER ACCUSE).
OFFICIAL_NOUNS = ENVOY_NOUNS | {
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "office",
    "department",
}


def official_protest(event: DraftEvent) -> bool:
    """ "Japan protested to China over the incident", "protested to the ambassador": a protest addressed to
    a state, an organisation or an envoy is an official complaint (PLOVER ACCUSE, allege: "complain
    officially"), not a demonstration; "marched to protest", "protested outside the embassy" stay, and so
    does a march or a blockade towards a place ("farmers marched to Brussels", "blocked the road to X").
    So is a protest a state or its offices make ("Hanoi resolutely protests the seizure", "the ministry
    protested the remarks", "the strong protest of the government"): people protest, a state complains."""
    trigger = event.trigger
    if event.type != "PROTEST" or trigger.head.lemma_.lower() != "protest":
        return False
    if trigger.nominal:
        return any(  # "the strong protest of the Philippine government"
            prep.lower_ == "of" and any(obj.lemma_.lower() in ENVOY_NOUNS for obj in prep.children)
            for prep in trigger.head.children
        )
    return _official_protester(trigger.anchor) or any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(
            obj.dep_ == "pobj"
            and (obj.ent_type_ in ("GPE", "ORG", "NORP") or obj.lemma_.lower() in ENVOY_NOUNS)
            for obj in prep.children
        )
        for prep in trigger.anchor.children
    )


def _official_protester(verb: Token) -> bool:
    """The verb's subject, or the subject of the clause it is coordinated into ("Hanoi is concerned and
    protests"), is a state by name or a state's office; "Iranians" (a people) and "farmers" are not."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # the dependency test alone stops at the root: spaCy makes a new Token on each `.head`, so an
    # identity test against the token itself never holds
    while not subjects and verb.dep_ in ("conj", "acomp"):
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.ent_type_ == "GPE" or s.lemma_.lower() in OFFICIAL_NOUNS for s in subjects)


def make_complaint(event: DraftEvent) -> None:
    event.type, event.mode = "ACCUSE", "allege"


def held_together(event: DraftEvent, lexicon: Lexicon) -> bool:
    """ "Cairo and Athens held naval exercises": a show of force that two or more states stage
    together is military cooperation (CAMEO 062, as "joint exercises"), not one side's mobilisation."""
    if event.type != "MOBILIZE" or event.trigger.head.lemma_.lower() not in lexicon.shared:
        return False
    doers = {ea.actor.country for ea in event.actors if ea.side in ("source", "participant")}
    return len(doers - {None}) >= 2


def make_cooperation(event: DraftEvent) -> None:
    event.type, event.mode = "COOPERATE", None
    event.actors = [replace(ea, side="participant") if ea.side == "source" else ea for ea in event.actors]


# Light verbs of stating a stand: the cooperation they hand on is said, not done.
AVOWALS = frozenset({"reaffirm", "reiterate", "affirm", "commit"})


def avowed_cooperation(event: DraftEvent) -> bool:
    """ "reaffirmed their bilateral cooperation", "committed to close coordination": material
    cooperation a light verb of stating restates or promises is a commitment to cooperate (PLOVER
    AGREE), not cooperation carried out; "resumed cooperation" (not a stating verb) stays COOPERATE."""
    trigger = event.trigger
    return (
        event.type == "COOPERATE"
        and not trigger.nominal
        and trigger.anchor.i != trigger.head.i
        and trigger.anchor.lemma_.lower() in AVOWALS
    )


def make_commitment(event: DraftEvent) -> None:
    event.type, event.mode = "AGREE", None


# Subordinators that make a clause the condition of what it hangs on ("if", "unless").
CONDITION_MARKS = frozenset({"if", "unless"})


def _condition(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children
    )


def _warning(token: Token, lexicon: Lexicon) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in lexicon.caution


def conditional_warning(event: DraftEvent, lexicon: Lexicon) -> bool:
    """ "warned that Canada would face consequences if it kept the executive", "warned Oslo its licence
    would not be renewed if the patrols continued": a warning whose "that ..." clause makes something
    follow from a condition on the other side is a threat (CAMEO 130, WARN - * CONSEQUENCES), not a
    forecast ("warned that the situation could get worse" stays no event)."""
    trigger = event.trigger
    if event.type != "THREATEN" or trigger.nominal or not _warning(trigger.anchor, lexicon):
        return False
    contents = [c for c in trigger.anchor.children if c.dep_ == "ccomp"]
    return any(_condition(t) for clause in contents for t in clause.subtree)


def warned_condition(trigger: Trigger, lexicon: Lexicon) -> bool:
    """The act a warning sets as its condition ("... if it continued to detain the executive") is what
    the warning names as the trigger of its consequence, not an event of its own."""
    conditioned = False
    for node in (trigger.anchor, *trigger.anchor.ancestors):
        if node.dep_ == "ccomp" and conditioned and _warning(node.head, lexicon):
            return True
        conditioned = conditioned or _condition(node)
        if node.dep_ in ("conj", "parataxis") and not conditioned:
            return False
    return False


def summons_purpose(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "summoned the ambassador to protest the remarks", "summoned the envoy to lodge a strong protest":
    the complaint a summons is for is what the summons (itself an official complaint, ACCUSE) says,
    not a second event (coded apart, it was a demonstration or a planned complaint that dedup kept
    apart from the summons). So are the talks it is "for" ("summoned the envoy for a meeting on
    Monday", round 25): the summons is that meeting."""
    anchor = trigger.anchor
    purpose = anchor.dep_ == "pobj" and anchor.head.lower_ == "for"
    if trigger.type == "CONSULT" and trigger.nominal and purpose:
        summons = anchor.head.head
    elif trigger.type in ("PROTEST", "ACCUSE") and anchor.dep_ in ("advcl", "xcomp"):
        summons = anchor.head
    else:
        return False
    return any(
        other.type == "ACCUSE" and other.anchor.i == summons.i and other.entry.lemma == "summon"
        for other in triggers
    )


def protest_motive(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "recalled its ambassador in protest over X hosting the talks", "summoned the envoy in protest of
    the attack", "launched missiles in protest against the drills": "in protest" says why another act of
    the sentence was done, not that a demonstration took place. Violence done in protest ("carried out
    the attack in protest of ...") keeps its protest, which makes it a riot (PLOVER PROTEST riot)."""
    noun = trigger.anchor
    if trigger.type != "PROTEST" or not trigger.nominal or not in_protest(noun):
        return False
    if any(c.dep_ == "det" for c in noun.children):
        return False  # "in the protests", "in a protest outside parliament": the demonstration itself
    prep = noun.head
    return any(
        other.type not in ("PROTEST", "ASSAULT") and prep.head.i in (other.anchor.i, other.head.i)
        for other in triggers
        if other is not trigger
    )


# Verbs that name something with a predicate complement ("called the junta illegitimate").
NAMING = frozenset({"call", "brand", "label"})


def named_in_passing(trigger: Trigger) -> bool:
    """ "launched attacks against what it called terrorist groups", "an attack Baku called an act of
    terrorism": a name given in a clause that describes a noun says which thing is meant, in the
    namer's words; the news is the act on that thing, not an accusation. Naming in a clause of its own
    ("Milei called Petro a terrorist killer") stays."""
    if trigger.type != "ACCUSE" or trigger.nominal or trigger.entry.lemma not in NAMING:
        return False
    verb = trigger.anchor
    return verb.dep_ == "relcl" or any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def protest_purpose(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "took to the streets to demand his release", "gathered outside parliament to call for new
    elections", "marched through the capital demanding his resignation": a demand that is the purpose
    of a protest is what the protest is about (PLOVER codes the protest, with the demand as its
    content), not a request of its own."""
    anchor = trigger.anchor
    if trigger.type != "REQUEST" or trigger.nominal or anchor.dep_ not in ("advcl", "xcomp"):
        return False
    participle = anchor.tag_ == "VBG" and anchor.dep_ == "advcl"  # "marched through Dhaka, demanding ..."
    if not participle and not any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        return False
    return any(other.type == "PROTEST" and other.anchor.i == anchor.head.i for other in triggers)


def punishing_alternative(event: DraftEvent, triggers: list[Trigger]) -> str | None:
    """ "called on the rebels to surrender or be killed", "urged them to leave or be arrested", "gave the
    rebels 48 hours to surrender or face an offensive": a demand
    whose alternative is a conflictive act against the one asked is an ultimatum (PLOVER THREATEN, CAMEO
    139 give ultimatum). Returns the type of the act threatened, else None. "must drop barriers or face
    tariff penalties" stays a demand, as the PLOVER gold records code it."""
    if event.type != "REQUEST" or event.trigger.nominal:
        return None
    by_anchor = {t.anchor.i: t.type for t in triggers} | {t.head.i: t.type for t in triggers}
    anchor = event.trigger.anchor
    # "gave the rebels 48 hours to surrender or face an offensive": the act a time limit is set for
    for content in [c for c in anchor.children if c.dep_ in ("xcomp", "ccomp")] + time_limits(anchor):
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in content.children):
            continue
        for other in (c for c in content.children if c.dep_ == "conj"):
            if by_anchor.get(other.i) in THREAT_ACTS:
                return by_anchor[other.i]
    return None


def make_ultimatum(event: DraftEvent, act: str) -> None:
    event.type, event.mode = "THREATEN", THREAT_MODE_FROM_CONTENT.get(act)
    event.modality = "asserted"


# Verbs that end what they govern ("stopped sending weapons", "ceased funding the agency").
ENDING_VERBS = frozenset({"stop", "halt", "cease", "suspend", "end", "discontinue", "quit"})
# Cooperative material acts whose ending reduces relations (CAMEO 16: 162 reduce or stop aid).
ENDED_COOPERATION = {"AID": "discontinue", "COOPERATE": None}


def stopped_cooperation(event: DraftEvent) -> bool:
    """ "the Dutch government stopped sending weapons to Riyadh", "ceased funding the agency": aid or
    cooperation its doer stops is a sanction (PLOVER SANCTION, CAMEO 162 reduce or stop aid), not the
    aid given."""
    anchor = event.trigger.anchor
    if event.type not in ENDED_COOPERATION or event.trigger.nominal or anchor.dep_ not in ("xcomp", "ccomp"):
        return False
    return anchor.head.pos_ == "VERB" and anchor.head.lemma_.lower() in ENDING_VERBS


# What a sentence's first act expels or recalls, its second's elided object ("its own") stands for.
COUNTERPART_MODES = frozenset({"expel", "withdraw"})


def own_counterpart(event: DraftEvent, triggers: list[Trigger]) -> bool:
    """ "expelled two of its diplomats and will withdraw its own from Oslo": a withdrawal whose object is
    an elided "its own", told after an expulsion or a recall in the same sentence, withdraws the same
    kind of people, the state's own envoys (PLOVER SANCTION withdraw, CAMEO 161 reduce relations), not
    its forces (RETREAT)."""
    trig = event.trigger
    if event.type != "RETREAT" or trig.nominal:
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == "own" for c in trig.anchor.children):
        return False
    return any(
        t.type == "SANCTION" and t.entry.mode in COUNTERPART_MODES and t.start < trig.start for t in triggers
    )


# Words that name an expulsion: of a diplomat a measure against the sending state (PLOVER SANCTION expel,
# CAMEO 161), of anyone else a deportation (COERCE deport, the trigger rows' default).
EXPULSION_WORDS = frozenset({"expel", "expulsion"})


def expelled_envoy(event: DraftEvent) -> bool:
    """ "Ambassador Ann Smith, who was expelled last week, ...", "an expulsion notice against Ambassador
    Smith": an expulsion the trigger rows read as a deportation (no diplomat among the words that hang
    on it) whose participant is resolved as a state's envoy is the diplomat's expulsion, the type the
    diplomat rows give whatever the report's wording, so that reports of one expulsion agree."""
    if event.type != "COERCE" or event.mode != "deport" or event.trigger.entry.lemma not in EXPULSION_WORDS:
        return False
    return any(ea.actor.role in ENVOY_ROLES for ea in event.actors)


def make_expulsion(event: DraftEvent) -> None:
    event.type, event.mode = "SANCTION", "expel"


def make_recall(event: DraftEvent) -> None:
    event.type, event.mode = "SANCTION", "withdraw"


def left_open(event: DraftEvent, triggers: list[Trigger]) -> Trigger | None:
    """ "did not rule out talks with the rebels": an option its actor declines to exclude is held
    possible, not rejected; the act left open is coded, hypothetical (PLOVER AGREE for a cooperative act,
    THREATEN for a conflict act, through `Ontology.plover_view`), rather than a rejection negated. Returns
    the trigger of that act (the verb's content), if the sentence has one."""
    trig = event.trigger
    if event.type != "REJECT" or trig.nominal or trig.entry.lemma != "rule":
        return None
    if not any(c.dep_ == "neg" for c in trig.anchor.children):
        return None
    content = {t.i for t in event.content}
    return next((t for t in triggers if t.anchor.i in content), None)


def make_option(event: DraftEvent, act: Trigger) -> None:
    event.type, event.mode, event.modality = act.type, act.entry.mode, "hypothetical"


def make_sanction(event: DraftEvent) -> None:
    event.mode = ENDED_COOPERATION[event.type]
    event.type, event.modality = "SANCTION", "asserted"
    if any(ea.side == "target" for ea in event.actors):
        event.actors = [replace(ea, side="source") if ea.side == "participant" else ea for ea in event.actors]


# Auxiliaries that put a warned act ahead: "warned it will / would / could / might intervene".
AHEAD = frozenset({"will", "wo", "would", "shall", "could", "might", "may", "can", "ca"})
# Pronouns that, as the subject of a warning's "that ..." clause, are the warner's own side.
OWN_SIDE = frozenset({"it", "we", "they", "he", "she"})
# Verbs that foresee a state, not an act: "warned it would take years", "it could become worse".
STATES = frozenset(
    {
        "be",
        "have",
        "become",
        "remain",
        "seem",
        "appear",
        "take",
        "cost",
        "need",
        "happen",
        "mean",
        "get",
        "face",
        "suffer",
        "lose",
        "fall",
        "rise",
        "grow",
        "worsen",
        "deteriorate",
        "spread",
        "collapse",
        "last",
    }
)


def warned_act(event: DraftEvent, lexicon: Lexicon) -> bool:
    """ "Iran warned that it would close the strait", "Ankara warned it will intervene if ...", "warned
    the protesters that the authorities might use force": a warning of an act its own side will do (a
    pronoun for the warner, or its forces, as the clause's subject) is a threat (CAMEO 130, WARN with
    the act announced), whether or not the act is a word of the lexicon. "warned that the economy would
    slow" (no actor) and "warned it would take years" (a state foreseen) stay forecasts."""
    trigger = event.trigger
    if event.type != "THREATEN" or trigger.nominal or not _warning(trigger.anchor, lexicon):
        return False
    for clause in (c for c in trigger.anchor.children if c.dep_ == "ccomp"):
        if clause.pos_ != "VERB" or clause.lemma_.lower() in STATES:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in AHEAD for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and (
            subject.lower_ in OWN_SIDE or subject.lemma_.lower() in lexicon.forces | AUTHORITIES
        ):
            return True
    return False


# What a state warns it will make the other side bear: PETRARCH-2 CAMEO.2.0 (MIT), WARN - * CONSEQUENCES,
# - * (OF RESPONSE), - * {SEVERE REPRISALS} [130] (CAMEO2PLOVER 130 THREATEN).
REPRISALS = frozenset(
    {"consequence", "repercussion", "response", "retaliation", "reprisal", "countermeasure"}
)
# Consequences foreseen rather than threatened: WARN - * (OF {DISASTROUS CONSEQUENCES}) is CAMEO 012, a
# pessimistic comment; so are the costs of a thing to people, an economy or nature.
FORESEEN = frozenset(
    {"disastrous", "catastrophic", "dire", "humanitarian", "economic", "environmental", "health"}
    | {"unintended"}
)


def warned_reprisal(event: DraftEvent, lexicon: Lexicon) -> bool:
    """ "warned that there would be serious consequences for the seizure", "warned that Lima would face
    a response": a warning whose "that ..." clause names what the other side will bear (consequences,
    a response, reprisals) is a threat (CAMEO 130, WARN - * CONSEQUENCES), though no act of the lexicon
    is in it; "warned that the war would have dire humanitarian consequences" stays a forecast."""
    trigger = event.trigger
    if event.type != "THREATEN" or trigger.nominal or not _warning(trigger.anchor, lexicon):
        return False
    for clause in (c for c in trigger.anchor.children if c.dep_ == "ccomp"):
        for noun in clause.subtree:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPRISALS:
                continue
            if not any(m.lower_ in FORESEEN for m in noun.children if m.dep_ in ("amod", "compound")):
                return True
    return False


# What a warning names that is no reprisal of the warner's and no pessimistic forecast (PETRARCH-2
# CAMEO.2.0, MIT: WARN - * (OF RISK), - * CATASTROPHE, - * (OF EXODUS), - * {ETHNIC TENSION} [012]).
FORECASTS = frozenset(
    {"risk", "danger", "catastrophe", "disaster", "exodus", "tension", "famine", "shortage", "recession"}
)
# Verbs by which a warning's "that ..." clause says something endangers someone: "warned that the deal
# posed a threat to", "warned that the reform would put democracy at risk", "would undermine".
ENDANGER = frozenset({"pose", "endanger", "jeopardize", "jeopardise", "undermine"})
# What a warner warns it will take beside `REPRISALS`: "warned of strong measures", "of firm action".
TAKEN = frozenset({"measure", "step", "action", "sanction", "punishment", "force"})
NOT_CONDUCT = REPRISALS | FORECASTS | TAKEN  # what a warning "of" names that is no one's course


def warned_conduct(event: DraftEvent, lexicon: Lexicon) -> bool:
    """ "X warned of Y's hostile campaign", "warned of extending the military rule", "warned that the
    accord posed a serious threat to its security", "warned that the reform would put democracy at
    risk": a warning of another's course, not of what the warner will do, disapproves of it
    (PETRARCH-2 CAMEO.2.0, MIT: WARN - * (OF GROWING CRISIS), - * (OF &FIGHT) [110]; CAMEO2PLOVER 11
    ACCUSE). A warning of reprisals ("warned of a stern response"), one with a condition ("... if Y
    goes ahead") or one of an act of its own side stays a threat; one of a risk or a catastrophe
    (CAMEO 012) and "warned against" (CAMEO 130) are left as they are."""
    trigger = event.trigger
    anchor = trigger.anchor
    if event.type != "THREATEN" or trigger.nominal or not _warning(anchor, lexicon):
        return False
    if any(c.dep_ == "neg" for c in anchor.children) or any(_condition(t) for t in anchor.subtree):
        return False  # "warned of a red line being crossed if ...": what follows from a condition
    if warned_act(event, lexicon) or warned_reprisal(event, lexicon):
        return False
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("of", "about")):
        for thing in (o for o in prep.children if o.dep_ in ("pobj", "pcomp")):
            lemma = thing.lemma_.lower()
            if lemma not in NOT_CONDUCT:
                return True
    for clause in (c for c in anchor.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() == "put":
            at = [p for p in clause.children if p.dep_ == "prep" and p.lower_ in ("at", "in")]
            if any(o.lemma_.lower() in ("risk", "danger", "jeopardy") for p in at for o in p.children):
                return True
        elif clause.lemma_.lower() in ENDANGER and not any(c.dep_ == "neg" for c in clause.children):
            return True
    return False


# Those who enforce for a state, beside its forces: "warned that the authorities might use force".
AUTHORITIES = frozenset({"authority", "government", "police", "regime"})


# Those who protest: the doers that make an act of force a protest (PETRARCH-2 CAMEO.2.0 "- PROTESTOR *").
PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "rioter", "marcher", "crowd", "mob", "demonstration"}
)
# Acts of force that, done by protesters, are a protest (CAMEO 145 riot: STORM, DEMOLISH, RANSACK ...;
# CAMEO 144 obstruct: OCCUPY, INVADE, OVERRUN), with the PLOVER mode each gives.
PROTEST_FORCE = {
    "storm": "riot",
    "demolish": "riot",
    "ransack": "riot",
    "torch": "riot",
    "vandalize": "riot",
    "vandalise": "riot",
    "loot": "riot",
    "occupy": "obstruct",
    "invade": "obstruct",
    "overrun": "obstruct",
    "blockade": "obstruct",
}


def protesters_force(event: DraftEvent) -> str | None:
    """ "Crowds stormed the embassy", "protesters occupied a university building", "demonstrators
    occupying the square": storming, ransacking or occupying done by protesters is a violent protest or
    an obstruction (PLOVER PROTEST riot / obstruct; CAMEO 145 and 144, PETRARCH-2 "- PROTESTOR * [145]"
    with STORM and DEMOLISH, "[144]" with OCCUPY and INVADE), not an attack or a seizure. Returns the
    mode, or None. Troops or police doing the same stay ASSAULT or COERCE. A demand voiced by
    protesters ("protesters calling for his ouster", "demonstrators continue to demand ...") is made by
    demonstrating (PLOVER PROTEST demo, as the PLOVER records code "a demonstration calling for X's
    removal"), not a request of one party to another."""
    trigger = event.trigger
    mode = "demo" if event.type == "REQUEST" else PROTEST_FORCE.get(trigger.entry.lemma)
    if event.type not in ("ASSAULT", "COERCE", "REQUEST") or trigger.nominal or mode is None:
        return None
    anchor = trigger.anchor
    doers = [c for c in anchor.children if c.dep_ == "nsubj"]
    if not doers and anchor.dep_ == "acl":
        doers = [anchor.head]  # "protesters occupying the grounds"
    if not doers and anchor.dep_ == "xcomp":
        doers = [c for c in anchor.head.children if c.dep_ == "nsubj"]  # "protesters continue to demand"
    heads = doers + [p for d in doers for c in d.children if c.dep_ == "prep" for p in c.children]
    return mode if any(h.lemma_.lower() in PROTESTERS for h in heads) else None


def make_protest(event: DraftEvent, mode: str) -> None:
    event.type, event.mode = "PROTEST", mode


# Nouns of knowing whose absence disclaims an event: "has no information about any meeting".
KNOWLEDGE = frozenset({"information", "knowledge", "record", "evidence", "confirmation", "indication"})
# Prepositions through which a disclaimer reaches the event ("aware of", "information about/on").
ABOUT = frozenset({"of", "about", "on", "regarding"})


def disclaimed(trigger: Trigger) -> bool:
    """ "said it was not aware of any conversation between A and B", "has no information about any
    meeting": an event whose knowledge its speaker disclaims, under "any", is an event denied (round 11,
    issue 12 "denials"): negated, with its type kept, like "dismissed reports of a call"."""
    noun = trigger.head
    if not trigger.nominal or not any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return False
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ABOUT:
        return False
    known = prep.head
    if known.lemma_.lower() == "unaware":
        return True
    if known.lemma_.lower() == "aware":
        verb = known.head if known.dep_ == "acomp" else known
        return _negated(verb) or _negated(known)
    if known.lemma_.lower() in KNOWLEDGE:
        no = any(c.dep_ == "det" and c.lower_ == "no" for c in known.children)
        return no or (known.dep_ == "dobj" and _negated(known.head))
    return False


# Nouns of a person one pays a courtesy call on ("called on the foreign minister").
PERSON_NOUNS = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "emir",
        "sultan",
        "ambassador",
        "envoy",
        "counterpart",
        "leader",
        "secretary",
        "governor",
        "pope",
    }
)


def courtesy_call(event: DraftEvent) -> bool:
    """ "Doval called on him in St Petersburg", "the envoy called on the foreign minister on Monday": "call
    on" a person with nothing asked (no "to ..." clause, no "for ...", no object) is a courtesy call, a
    visit (CAMEO 042 "make a visit"), not a request; "called on Peru to release ..." and "called on the
    president to resign" stay requests (round 11)."""
    trigger = event.trigger
    if event.type != "REQUEST" or trigger.nominal or trigger.entry.lemma != "call":
        return False
    children = list(trigger.anchor.children)
    if any(c.dep_ in ("xcomp", "ccomp", "dobj", "advcl") or c.lower_ == "for" for c in children):
        return False
    hosts = [g for c in children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children]
    return any(
        g.dep_ == "pobj"
        and not any(d.dep_ in ("acl", "relcl") for d in g.children)
        and (g.ent_type_ == "PERSON" or g.lower_ in ("him", "her") or g.lemma_.lower() in PERSON_NOUNS)
        for g in hosts
    )


def make_visit(event: DraftEvent) -> None:
    event.type, event.mode = "CONSULT", "visit"
