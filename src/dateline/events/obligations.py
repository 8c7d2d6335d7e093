"""Bare obligations in a wire item: "Russia must withdraw its forces", "the government should lift the
ban", "Iran has to dismantle the programme", told as the whole text of a quote or headline.

A sentence whose main clause lays an obligation on a named or pronoun subject, with no verb of saying
above it, is the speaker's demand of that subject (PLOVER REQUEST, CAMEO 10 "demand"): the act it names
is what is asked, not an act that took place or was promised (which PLOVER would code AGREE). In a
longer text the speaker is known and `demands.stated_demands` reads "X said Y must ..."; this reading is
only for a text of a sentence or two (`coder.short_text`), whose speaker is unknown. A passive or
impersonal obligation ("steps must be taken") names nobody who must act, and "we must ..." is the
speaker's own resolve: neither is a demand.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.events.detect import Entry, Lexicon, Trigger
from dateline.events.framing import MODE_FROM_CONTENT

# Subjects that are the speaker's own side: "we must do more" is resolve, not a demand.
FIRST_PERSON = frozenset({"i", "we"})
# Auxiliaries of the future: "will have to", "would need to" foresee a necessity.
FUTURE = frozenset({"will", "would", "shall"})
REQUEST = Entry("must", "V", (), "REQUEST", None, 0.7, "bare obligation in a wire item")


def _obliged(clause: Token, lexicon: Lexicon) -> Token | None:
    """The active subject a main clause obliges to act ("Russia must withdraw", "it should end", "Iran
    has to dismantle"), or None."""
    auxiliary = any(
        c.dep_ == "aux" and lexicon.obligation.get(c.lemma_.lower()) == "aux" for c in clause.children
    )
    verb = lexicon.obligation.get(clause.lemma_.lower()) == "verb" and any(
        c.dep_ == "xcomp" for c in clause.children
    )
    if clause.pos_ not in ("VERB", "AUX") or not (auxiliary or verb):
        return None
    if any(c.dep_ == "auxpass" for c in clause.children):
        return None  # "diplomats must be allowed to travel": who must allow it, the clause does not say
    if any(c.dep_ == "aux" and c.lemma_.lower() in FUTURE for c in clause.children):
        return None  # "the allies will have to take steps": a necessity foreseen, not a demand
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in FIRST_PERSON:
        return None
    return subject


def bare_obligation(sent: Span, lexicon: Lexicon) -> tuple[Trigger, Token] | None:
    """The demand a sentence's main clause states on its own (see the module's docstring): a REQUEST
    triggered by the obliged verb, paired with the subject asked to act. A question ("Should Iran
    ...?") asks, it does not demand."""
    root = sent.root
    # A sentence's last token may be its paragraph's line break: the mark is the last word's.
    last = next((token for token in reversed(sent) if not token.is_space), None)
    if (last is not None and last.text == "?") or root.lemma_.lower() in lexicon.speech:
        return None
    subject = _obliged(root, lexicon)
    if subject is None:
        return None
    return Trigger(root, root, REQUEST, (root,), nominal=False), subject


def obliged_acts(verb: Token) -> set[int]:
    """The words whose triggers name what the obligation asks: the obliged verb, its "to ..." clause
    ("needs to release"), and the verbs coordinated with either ("must end the violence and help ...")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return {t.i for h in heads for t in (h, *(c for c in h.children if c.dep_ == "conj"))}


def demand_mode(content_types: list[str]) -> str | None:
    """The request's mode from the act asked for ("must withdraw": yield), as for any request."""
    return next((MODE_FROM_CONTENT[t] for t in content_types if t in MODE_FROM_CONTENT), None)
