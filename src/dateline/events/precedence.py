"""Which of a wire item's events is its news: the act its main clause reports, not the earlier act that
dates it ("X closed the crossing after a rocket attack killed four soldiers", "has provided $2 billion
since Moscow launched its attack", "following talks with Y, X declined to ..."), nor the one that
describes a participant ("freed the schoolgirls it kidnapped in 2014", "sailors kidnapped by pirates
were released").

In an article, an act a clause dates another by is an event the article refers back to, reported in
full elsewhere (references.py gives it its own date, so it merges with that report). A wire item of a
sentence or two has nothing else: the earlier act is the occasion of the one it reports. So in a short
text an event whose trigger sits in a clause or phrase of sequence (after, since, before, following,
until) or in a clause that describes a noun (a relative clause, a past participle) is dropped when an
event of the same sentence stands outside any such clause. An act told with an occasion of its own (a
date, "the last meeting", "who withdrew from X in 2007") is an event referred back to even there, and
stays. Likewise (round 11) what the main act is for ("deployed frigates to patrol the lanes": a purpose
is neither done nor announced), and a conflictive event noun a judging act is about ("condemned the
rebels' attacks"), are not a wire item's news.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.draft import DraftEvent
from dateline.events.framing import PROMISES, SEQUENCE_WORDS, own_occasion
from dateline.events.modality import fulfilled_purpose, lexicon
from dateline.events.ontology import load as ontology

# Relations that end the climb from a trigger to its clause: the clause's own head.
CLAUSE_TOP = frozenset({"ROOT", "ccomp", "parataxis"})


def sequenced(anchor: Token) -> bool:
    """Whether the word lies in a clause or phrase of sequence: an adverbial clause opened by "after" /
    "since" / "until" ("after protesters attacked the embassy") or a phrase of such a preposition
    ("following the raid", "since its invasion", "ahead of the summit"), or in a clause that describes
    a noun ("the girls they kidnapped", "sailors kidnapped by pirates"; not one set off by a comma, which
    tells a further act: "welcomed Modi, who pledged ..."), within its own clause. A sequence measured
    from the main act ("two months after the meeting") gives the act an occasion of its own: not
    sequenced."""
    node = anchor
    while (node.dep_ not in CLAUSE_TOP or _bare_infinitive(node)) and node.head.i != node.i:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS for c in node.children
        ):
            return not _measured(node)
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in SEQUENCE_WORDS:
            return not _measured(node.head)
        if node.dep_ == "pobj" and _answered(node.head):
            return True  # "responded to the attack with expulsions": the act answered is the occasion
        if (
            node.dep_ == "prep"
            and node.lower_ == "with"
            and node.head.dep_ == "pobj"
            and _answered(node.head.head)
        ):
            return False  # ... "with expulsions": the response itself, which the parser hangs on the attack
        if (node.dep_ == "relcl" and not _appended(node)) or (node.dep_ == "acl" and node.tag_ == "VBN"):
            return True  # "the schoolgirls they kidnapped in 2014", "sailors kidnapped by pirates"
        if node.dep_ == "advcl" and _purpose(node):
            return True  # "sent troops to help X disarm the rebels": what the act is for, not done
        node = node.head
    return False


# Words of answering an act, and the prepositions that name the act answered ("responded to the attack",
# "in response to the raid", "in retaliation for the shelling").
RESPONSES = frozenset({"respond", "react", "reply", "retaliate", "response", "reaction", "retaliation"})
ANSWERED_PREPS = frozenset({"to", "for"})


def _answered(prep: Token) -> bool:
    """A preposition naming the act a response answers (round 21)."""
    return prep.lower_ in ANSWERED_PREPS and prep.head.lemma_.lower() in RESPONSES


def _purpose(clause: Token) -> bool:
    """An infinitive of purpose ("sent troops to help", "in order to support"): the goal the main act
    serves, neither done nor announced (modality.py reads it as planned, which PLOVER would code as an
    intention). A purpose a meeting fulfils by taking place ("met to discuss the crisis") is its talk;
    what a promise commits to ("vowed in a speech to retaliate", which the parser may attach as a
    purpose) is the promise's content."""
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not fulfilled_purpose(clause, lexicon())
        and clause.head.lemma_ not in PROMISES
    )


def _bare_infinitive(clause: Token) -> bool:
    """ "help Chile rescue the crew": the bare infinitive the parser makes a ccomp belongs to its verb's
    clause, not reported speech."""
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ == "VB"
        and not any(c.dep_ in ("mark", "aux", "nsubjpass", "auxpass") for c in clause.children)
    )


def _appended(clause: Token) -> bool:
    """A relative clause set off by a comma ("Putin welcomed Modi, who pledged ..."): it tells a further
    act of its noun, as a sentence of its own would, rather than saying which one is meant."""
    first = clause.left_edge
    return first.i > 0 and clause.doc[first.i - 1].text == ","


def _measured(word: Token) -> bool:
    """ "two months after", "a year before": a span of time measures the sequence."""
    marks = [word, *(c for c in word.children if c.dep_ == "mark")]
    return any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for m in marks for c in m.children)


def the_news(events: list[DraftEvent]) -> list[DraftEvent]:
    """A short text's events without those that only date its main act (see the module's docstring)."""
    told = {t.i for e in events for t in e.content}
    legal = {e.trigger.anchor.i for e in events if _legal_act(e)}
    events = [e for e in events if not _judged_only(e, told) and not _offence(e, legal)]
    main = [e for e in events if not sequenced(e.trigger.anchor)]
    if not main:
        return events
    return [e for e in events if e in main or _own_occasion(e)]


def _own_occasion(event: DraftEvent) -> bool:
    return own_occasion(event.trigger.anchor) or own_occasion(event.trigger.head)


def _judged_only(event: DraftEvent, told: set[int]) -> bool:
    """A conflictive event noun that another act of the sentence is about ("condemned the rebels' attack
    on X", "blamed the bombing on Y", "backed the strike"): in an article it is an act reported
    elsewhere (framing.referred_back keeps it), in a wire item only what the judging is about. A
    cooperative act welcomed ("welcomed the release of X") is the news the welcome answers."""
    return (
        event.trigger.nominal
        and event.trigger.anchor.i in told
        and not ontology().types[event.type].cooperative
        and not _own_occasion(event)
    )


# The prepositions that name what a legal act punishes: "arrested for", "jailed over", "charged in".
OFFENCE_PREPS = frozenset({"for", "over", "in"})


def _legal_act(event: DraftEvent) -> bool:
    """An arrest, detention, charge or sentence (COERCE arrest, SANCTION convict, or an accusation
    through "charged")."""
    return (event.type, event.mode) in (("COERCE", "arrest"), ("SANCTION", "convict")) or (
        event.type == "ACCUSE" and event.trigger.anchor.lemma_ == "charge"
    )


def _offence(event: DraftEvent, legal: set[int]) -> bool:
    """The act an arrest, charge or sentence is for ("six men were arrested in the December attack",
    "jailed for defying a curfew during a rally", "charged over the killing", and since round 21
    a cooperative one: "arrested for plotting to free a smuggler", "jailed for meeting diplomats"): in a
    wire item the legal act is the news and the offence what it is about, as a condemned attack is
    (`_judged_only`); in an article the offence stays an event referred back to. An act with an
    occasion of its own stays."""
    if event.trigger.anchor.i in legal:
        return False
    node = event.trigger.anchor
    while node.head.i != node.i and node.dep_ not in CLAUSE_TOP:
        if node.dep_ == "prep" and node.lower_ in OFFENCE_PREPS and _punished(node.head, legal):
            return not _own_occasion(event)
        node = node.head
    return False


def _punished(word: Token, legal: set[int]) -> bool:
    """The legal act itself, or the one it punishes ("jailed an opposition leader for organising
    protests": the parser may hang the "for" phrase on the person)."""
    return word.i in legal or (word.dep_ in ("dobj", "nsubjpass") and word.head.i in legal)
