"""Decisions taken together: "Peru and Chile decided to ...", "the two leaders decided to ..." (round 12).

PETRARCH-2 codes DECIDE as DECIDE [030] (express intent to cooperate; CAMEO2PLOVER 030 AGREE). Taken by
one side, a decision is that side's plan, and its content is coded as planned (round 7 measured a bare
"decide" row and dropped it: a false AGREE on the wire quotes). Taken by two or more parties together, it
is what they agreed, as the corpus gold codes it ("the two leaders decided to expand communication").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.events.detect import Entry, Trigger

DECIDING = frozenset({"decide", "resolve"})
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


def joint_decisions(sent: Span) -> list[Trigger]:
    """ "A and B decided to ...", "the two leaders ... decided to ...": a decision with a "to ..."
    complement whose subject is two or more parties is their agreement (a verbal trigger of its own)."""
    return [
        Trigger(token, token, DECISION, (token,), nominal=False)
        for token in sent
        if token.pos_ == "VERB"
        and token.lemma_.lower() in DECIDING
        and any(c.dep_ == "xcomp" for c in token.children)
        and _joint(_subject(token))
    ]


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
