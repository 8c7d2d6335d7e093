"""Decisions taken together: "Peru and Chile decided to ...", "the two leaders decided to ..." (round 12).

PETRARCH-2 codes DECIDE as DECIDE [030] (express intent to cooperate; CAMEO2PLOVER 030 AGREE). Taken by
one side, a decision is that side's plan, and its content is coded as planned (round 7 measured a bare
"decide" row and dropped it: a false AGREE on the wire quotes). Taken by two or more parties together, it
is what they agreed, as the corpus gold codes it ("the two leaders decided to expand communication").

A measure a decision puts into effect is another matter (round 13): "Russia decided to close the consulate",
"I have decided to withdraw my permission for the consulate", "A, B and C jointly decided to recall their
ambassadors" report the closure, the withdrawal, the recall, taken by the deciders, as the news gold codes
them (asserted SANCTION, three dev articles of two sets); neither a plan nor, taken together, an agreement
(which, over a conflictive content, read as a threat).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.events.detect import Entry, Trigger
from dateline.events.modality import modality

DECIDING = frozenset({"decide", "resolve"})
DECISIONS = frozenset({"decision", "resolution"})
# Words that make a decision's noun one not taken ("any decision to", "a possible decision to").
UNTAKEN = frozenset({"any", "no", "possible", "potential", "eventual", "future", "proposed", "not"})
# Words that make a plural subject two or more parties acting together ("the two leaders", "both sides").
JOINT = frozenset({"two", "both"})
DECISION = Entry(
    "decide",
    "V",
    (),
    "AGREE",
    None,
    0.6,
    "source: PETRARCH-2 CAMEO.2.0 (MIT), DECIDE [030] (CAMEO2PLOVER 030 AGREE), with a joint subject only",
)


# Acts a decision puts into effect by being taken: a measure against another state (recall, expel, close,
# suspend, cut ties). An attack, an aid or a meeting decided on still has to be carried out.
ENACTED = frozenset({"SANCTION"})


def joint_decisions(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """ "A and B decided to ...", "the two leaders ... decided to ...": a decision with a "to ..."
    complement whose subject is two or more parties is their agreement (a verbal trigger of its own);
    unless the complement is a measure of `found` that the decision enacts (`enacted`)."""
    measures = {t.anchor.i for t in found if t.type in ENACTED}
    return [
        Trigger(token, token, DECISION, (token,), nominal=False)
        for token in sent
        if token.pos_ == "VERB"
        and token.lemma_.lower() in DECIDING
        and any(c.dep_ == "xcomp" and c.i not in measures for c in token.children)
        and _joint(_subject(token))
    ]


def enacted(anchor: Token, event_type: str) -> bool:
    """A measure (`ENACTED`) that is the "to ..." complement of a decision taken: "decided to recall its
    ambassador", "have decided to withdraw my permission" (past or present perfect, itself asserted),
    "its decision to expel the diplomats" (`_taken`).
    "Will decide to ...", "could decide to ..." and "decided not to ..." are not (the decision's own
    modality, or the complement's negation, stands)."""
    if event_type not in ENACTED:
        return False
    decision = anchor.head
    if anchor.dep_ == "acl" and decision.lemma_.lower() in DECISIONS:
        return _taken(decision)
    if (
        anchor.dep_ != "xcomp"
        or decision.lemma_.lower() not in DECIDING
        or decision.tag_ not in ("VBD", "VBN")
    ):
        return False
    return modality(decision) == "asserted"


# What a decision puts into effect by being taken, for its date (round 16): a measure (`ENACTED`), and the
# lifting of one, which undoes it as the measure was done ("decided to lift the sanctions with immediate
# effect": RETREAT, mode "ease"; "decides to lift restrictions on the recruitment of citizens": CONCEDE).
EASING = frozenset({("RETREAT", "ease"), ("CONCEDE", None)})  # (type, mode); None: any mode
# A decision taken, for the date of what it enacts: "decided", "has decided", and the present of a
# communiqué that takes it by saying so ("The Authority decides to lift ...").
TAKEN_TAGS = ("VBD", "VBN", "VBZ", "VBP")


def deciding_verb(anchor: Token, event_type: str, mode: str | None = None) -> Token | None:
    """The verb of the decision that enacts the measure of `anchor` ("decided on Saturday to recall
    its ambassador": "decided"), or None: a measure put into effect by a decision takes effect as the
    decision is taken (round 15), not at some time after it as a plan would; so does the lifting of a
    measure (`EASING`, round 16)."""
    eased = (event_type, mode) in EASING or (event_type, None) in EASING
    if anchor.dep_ != "xcomp" or not (event_type in ENACTED or eased):
        return None
    decision = anchor.head
    if decision.lemma_.lower() not in DECIDING or decision.tag_ not in TAKEN_TAGS:
        return None
    return decision if modality(decision) == "asserted" else None


def _taken(decision: Token) -> bool:
    """A decision named by its noun ("announced its decision to expel the diplomats", "the decision of A
    and B to withdraw from the bloc") is one taken, as the news gold codes it (round 14, four dev articles
    of three sets), even where the sentence weighs it ("urged them to reconsider their decision to ..."):
    what is weighed is its reversal. Not "any decision to ...", "no decision to ...", "a possible
    decision to ...": those name none."""
    return not any(c.lower_ in UNTAKEN for c in decision.children if c.dep_ in ("det", "amod", "neg"))


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is conjoined to ("began the summit and decided to")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _joint(subject: Token | None) -> bool:
    if subject is None:
        return False
    if any(c.dep_ == "conj" for c in subject.children):
        return True  # "Peru and Chile"
    return subject.tag_ in ("NNS", "NNPS") and any(c.lower_ in JOINT for c in subject.children)
