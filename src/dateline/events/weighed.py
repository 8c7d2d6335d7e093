"""Acts weighed, not done: "sanctions on Russia could be counterproductive", "a ceasefire would be welcome".

An event noun that is the subject of a copula put in the conditional ("would be", "could be", "might
prove") with an attribute is a course of action being judged: nobody has done it, and nobody says they
will. It is neither the act (hypothetical) nor, in PLOVER's reading of intentions, a plan or a threat by
its doer. An act told as to come ("the talks will be held in Geneva", "the meeting would be held": a
passive, no attribute) is not weighed and stays.
"""

from __future__ import annotations

from dateline.events.detect import Trigger

# Modals of a course only considered ("would", "could", "might", "may"); "will" tells what is to come.
WEIGHING = frozenset({"would", "could", "might", "may"})
# Copulas that take the judgement as an attribute ("would be a mistake", "could prove costly").
COPULAS = frozenset({"be", "prove", "seem", "appear", "remain"})


def weighed(trigger: Trigger) -> bool:
    """The event noun is the subject of "would / could / might be" + an attribute."""
    noun = trigger.anchor
    if not trigger.nominal or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.lemma_.lower() not in COPULAS:
        return False
    children = list(verb.children)
    modal = any(c.dep_ == "aux" and c.lower_ in WEIGHING for c in children)
    return modal and any(c.dep_ in ("acomp", "attr") for c in children)
