"""Stated demands: "X said (declared, issued a reminder) that Y must ..." is a REQUEST by X of Y, and so
is "X wants (needs) Y to ...": wanting another actor to act is asking it to (CAMEO 10 "demand"), and
"X stressed the need for Y to ...": the necessity X states is an obligation on Y.

The trigger is the verb that reports the statement; who must act is the subject of the obligation,
or, for a pronoun, the one the statement is addressed to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.events.detect import Entry, Lexicon, Trigger
from dateline.events.modality import imperative
from dateline.events.participants import MentionIndex, assign
from dateline.records import EventActor


def _obligation(clause: Token, lexicon: Lexicon) -> bool:
    """ "Y must/should/needs to/has to ..." """
    if any(c.dep_ == "aux" and lexicon.obligation.get(c.lemma_.lower()) == "aux" for c in clause.children):
        return True
    verb = lexicon.obligation.get(clause.lemma_.lower()) == "verb"
    return verb and any(c.dep_ == "xcomp" for c in clause.children)


# Verbs of wanting that, with a "to ..." clause of another subject, ask that subject to act; "need" is
# not a volition verb (it does not make "needs to strike" a threat) but "need Y to" asks as "want Y to".
WANTING_EXTRA = frozenset({"need"})
# The relations of a clause that can state a demand: a wanted act, a quoted command, an obligation.
DEMAND_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl"})


def _wanted_of(clause: Token, lexicon: Lexicon) -> Token | None:
    """ "wants Y to withdraw", "need Y to ensure": the subject Y asked to act, when a verb of wanting
    governs a "to ..." clause with a subject of its own (the clause's, or the verb's object)."""
    verb = clause.head
    wanting = verb.lemma_.lower() in lexicon.volition or verb.lemma_.lower() in WANTING_EXTRA
    if (
        not wanting
        or verb.pos_ != "VERB"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    ):
        return None
    if clause.dep_ == "ccomp":
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause.dep_ in ("xcomp", "advcl"):
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


# Nouns of necessity whose "for Y to ..." clause lays the obligation on Y ("stressed the need for Iran
# to comply"); held up with no one to act ("the need for aid") they stay a goal (`advocacy` cues).
NECESSITY = frozenset({"need", "necessity"})


def _needed_of(clause: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """ "stressed (noted, underlined) the need for Y to comply": the verb of saying that states the
    necessity, with the subject Y it obliges; the noun may be one of a list ("the importance of X and
    the need for Y to ..."). A necessity nobody is said to state ("there is a need for Y to") asks
    nothing."""
    noun = clause.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NECESSITY:
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    if not marked or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    stated = verb.lemma_.lower() in lexicon.speech or verb.lemma_.lower() in lexicon.light
    if subject is None or noun.dep_ != "dobj" or verb.pos_ != "VERB" or not stated:
        return None
    return verb, subject


def _commanded(clause: Token, lexicon: Lexicon) -> Token | None:
    """The one a quoted command is addressed to: the object of the speech verb that reports it ("“Leave
    now,” X told Y"); a command to no one named asks nothing of anyone."""
    verb = clause.head
    if clause.dep_ != "ccomp" or not imperative(clause) or verb.lemma_.lower() not in lexicon.speech:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


def stated_demands(sent: Span, lexicon: Lexicon) -> list[tuple[Trigger, Token]]:
    """ "X said (issued a reminder, declared) that Y must ..." is a demand on Y: a REQUEST whose trigger
    is the verb that reports it, paired with the subject Y of the obligation. A passive or impersonal
    obligation ("the people should not be abandoned", "steps must be taken") names nobody who must act:
    no demand."""
    out = []
    request = Entry("say", "V", (), "REQUEST", None, 0.8, "statement of obligation")
    seen: set[int] = set()
    for clause in sent:
        if clause.dep_ not in DEMAND_DEPS:
            continue  # none of the three readings below starts from another relation: most words
        wanted = _wanted_of(clause, lexicon)
        if wanted is not None and clause.head.i not in seen:
            seen.add(clause.head.i)
            out.append((Trigger(clause.head, clause.head, request, (clause.head,), nominal=False), wanted))
            continue
        needed = _needed_of(clause, lexicon)
        if needed is not None and needed[0].i not in seen:
            verb, subject = needed
            seen.add(verb.i)
            out.append((Trigger(verb, verb, request, (verb,), nominal=False), subject))
            continue
        addressee = _commanded(clause, lexicon)
        if addressee is not None and clause.head.i not in seen:
            seen.add(clause.head.i)  # "“Withdraw your troops,” the minister told Y": a demand on Y
            out.append((Trigger(clause.head, clause.head, request, (clause.head,), nominal=False), addressee))
            continue
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


def demand_actors(index: MentionIndex, trigger: Trigger, subject: Token) -> list[EventActor]:
    """A stated demand: who states it, and the subject of the obligation as the one asked to act; a
    pronoun subject is the one the statement is addressed to ("reminded Iraq that it must"). No one to
    ask, no demand: "they need to engage with the people, an analyst said" asks nothing of the people;
    nor does a government speaker who says what their own country should do."""
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
    if _collective(subject):
        # "all parties should respect the truce": a call on everyone concerned, the speaker's side too
        return stater + targets
    own = {ea.actor.country for ea in stater if ea.actor.country and ea.actor.sector == "GOV"}
    if any(ea.actor.kind == "country" and ea.actor.country in own for ea in targets):
        # "The UK should keep accepting refugees, the prime minister said", "the two countries should
        # move forward, the president said": what a government says its own country should do is its
        # stated policy or intention, not a request of anyone (an opposition leader's is a request).
        return []
    return stater + targets if targets else []


# Collective addressees of an obligation: "all parties", "both sides", "every country", "everyone".
COLLECTIVE_NOUNS = frozenset({"party", "side", "country", "nation", "state", "government", "actor"})
COLLECTIVE_DETS = frozenset({"all", "both", "each", "every"})
COLLECTIVE_PRONOUNS = frozenset({"everyone", "everybody", "all"})


def _collective(subject: Token) -> bool:
    """ "all parties", "both sides", "each country", "everyone": an obligation put on all concerned is
    a call on them (PLOVER REQUEST), though no one is named; "they" or "the people" is not."""
    if subject.lower_ in COLLECTIVE_PRONOUNS:
        return True
    return subject.lemma_.lower() in COLLECTIVE_NOUNS and any(
        c.dep_ in ("det", "predet", "amod") and c.lower_ in COLLECTIVE_DETS for c in subject.children
    )
