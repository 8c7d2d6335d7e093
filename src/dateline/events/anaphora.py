"""Later mentions of an act the article told before: "the talks", "this meeting", "the two leaders also
discussed ...", "we discussed ...".

News tells its main act in the lead and then refers back to it. Each later mention is coded on its own
sentence, which often names fewer parties ("the meeting", "we discussed") and no date, so its date comes
from its tense or from the narrative around it; told that way it stays apart from the act it names
again. A mention *refers back* when it is
- a definite event noun ("the talks", "this meeting", "their call"), not one marked as another or an
  earlier occasion ("the next round", "the inaugural dialogue", "their last summit": `ANOTHER`,
  `ORDINALS`, `framing.own_occasion`) nor placed by its sentence before or after another report of its
  act ("met on Monday, two months after the meeting in X": `restatements.sequenced`);
- a consultation clause whose subject is the pair itself ("they", "we", "both", "the two", "both sides",
  "the two leaders", "the presidents"), or a consultation verb without a mode of its own ("discussed",
  "exchanged views"): what the parties did at the meeting or on the call told before, which PLOVER
  counts as that meeting. Other acts the pair goes on to make are acts of their own ("they agreed to
  resume the dialogue" and "they agreed to meet again" are two agreements, as the corpus gold has them);
and has no date of its own in its phrase or clause. It then names the nearest earlier mention of the same
type and modality in the article whose mode it may share (`events.parties.modes_compatible`) and whose
parties take in its own; a nearest one with other parties is another occasion ("the talks with Iran"
after a meeting with Turkey) and the mention keeps its own. It takes that mention's parties and, where
its own date says nothing or contradicts it, its date, so that dedup joins the two (`dedup.compatible`:
same article, same act, agreeing parties, overlapping dates). A pair subject keeps the two sides the
resolver gave it; one it left a side ("we", said by one of the two) takes the earlier mention's parties
and adds its own in their countries. A pure function of the article's coded mentions, run last in the
coder (`coder.RuleEventCoder`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.events.detect import Trigger
from dateline.events.draft import DraftEvent
from dateline.events.framing import own_occasion
from dateline.events.modes import held_talks
from dateline.events.parties import modes_compatible, two_sided
from dateline.events.restatements import sequenced
from dateline.records import Actor, DateInterval, EventActor, EventMention, Timex

# Determiners and possessives by which a noun names something the reader already knows of.
DEFINITE = frozenset({"the", "this", "that", "these", "those", "their", "its", "our"})
# Words by which a noun names another occasion than one told before ("the next round", "further talks").
ANOTHER = frozenset({"next", "upcoming", "coming", "forthcoming", "future", "another", "further", "new"})
# Subjects that are the pair the article is about: pronouns, and nouns counted as two.
PAIR_PRONOUNS = frozenset({"they", "we", "both"})
PAIR_NOUNS = frozenset({"pair", "duo"})
PAIR_MARKS = frozenset({"both", "two"})
# Words that count an occasion among others of its kind without being a number ("the inaugural talks").
ORDINALS = frozenset({"inaugural", "maiden", "final"})
# The acts in which the pair meets, whose sub-acts (discussing, exchanging views) are the act itself.
ENCOUNTERS = frozenset({"CONSULT"})


def refer_back(told: list[tuple[DraftEvent, EventMention]], timexes: list[Timex]) -> list[EventMention]:
    """The article's mentions in order, each later mention of an act told before given that act's date
    and parties (module docstring). `told` pairs each mention with the draft it was made from."""
    out: list[EventMention] = []
    for draft, mention in told:
        pair = _pair_subject(draft)
        if _refers_back(draft, pair) and not _own_date(draft, timexes) and not _placed(draft, told):
            earlier = _antecedent(mention, pair, out)
            if earlier is not None:
                mention = replace(
                    mention,
                    actors=_parties(mention.actors, earlier.actors, pair),
                    date=_date(mention.date, earlier.date),
                )
        out.append(mention)
    return out


def _placed(draft: DraftEvent, told: list[tuple[DraftEvent, EventMention]]) -> bool:
    """Does its sentence place it before or after another report of its act ("met on Monday, two months
    after the meeting in Sudria")? Then it is another occasion (`restatements.sequenced`)."""
    sent = draft.trigger.head.sent.start
    return any(
        other is not draft
        and other.type == draft.type
        and other.trigger.head.sent.start == sent
        and sequenced(draft.trigger, other.trigger)
        for other, _ in told
    )


def _refers_back(draft: DraftEvent, pair: bool) -> bool:
    trigger = draft.trigger
    if trigger.nominal:
        return told_before(trigger)
    if _another_occasion(trigger.head):
        return False
    # A clause: what the pair did at the meeting or on the call ("they discussed", "the two leaders
    # exchanged views"). Other acts the pair goes on to make are acts of their own: "they agreed to
    # resume the dialogue" and "they agreed to meet again" are two agreements.
    # Talks held are coded meet by default (`modes.held_talks`): still a clause with no mode of its own.
    return draft.type in ENCOUNTERS and (
        pair or draft.mode is None or (draft.mode == "meet" and held_talks(trigger))
    )


def told_before(trigger: Trigger) -> bool:
    """Is the trigger an event noun naming an occasion the reader already knows of ("the talks", "this
    meeting", "their call"), not another or an earlier one ("the next round", "their last summit")?"""
    noun = trigger.head
    return trigger.nominal and bool(_marks(noun) & DEFINITE) and not _another_occasion(noun)


def _marks(noun: Token) -> set[str]:
    return {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "amod", "advmod")}


def _another_occasion(noun: Token) -> bool:
    """ "the next round", "the inaugural dialogue", "their last summit", "the talks in May": another
    occasion than the one told before."""
    return noun.pos_ == "NOUN" and bool(_marks(noun) & ANOTHER or _ordinal(noun) or own_occasion(noun))


def _ordinal(noun: Token) -> bool:
    """ "the inaugural dialogue", "the second round": a noun counted among occasions of its kind."""
    return any(c.ent_type_ == "ORDINAL" or c.lower_ in ORDINALS for c in noun.children if c.dep_ == "amod")


def _pair_subject(draft: DraftEvent) -> bool:
    """Is the clause's subject the pair itself ("they", "both sides", "the two leaders")? Not asked of
    an event noun, which is its clause's subject itself ("the talks were held")."""
    if draft.trigger.nominal:
        return False
    own = {t.i for t in draft.trigger.tokens}  # "talks were held": the trigger's own noun is no subject
    return any(_pair(c) for c in clause_subjects(draft.trigger.anchor) if c.i not in own)


_SUBJECTS = ("nsubj", "nsubjpass")


def clause_subjects(verb: Token) -> list[Token]:
    """The subjects of `verb`, or, for a verb coordinated without one of its own, those of the verb it
    is coordinated with ("they met and discussed ...": the subject of the first verb)."""
    while verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        verb = verb.head
    return [c for c in verb.children if c.dep_ in _SUBJECTS]


def _pair(subject: Token) -> bool:
    if subject.pos_ == "PROPN" or any(c.dep_ == "conj" for c in subject.children):
        return False  # named, or "A and B": the resolver gives those their parties
    if subject.lower_ in PAIR_PRONOUNS or (subject.lower_ == "two" and subject.pos_ == "NUM"):
        return True
    if subject.pos_ != "NOUN":
        return False
    marks = {c.lower_ for c in subject.children if c.dep_ in ("det", "predet", "nummod")}
    # "both sides", "the two leaders", "the pair"; a plural with "the" ("the presidents", "the heads of
    # state", "the sides") names people the reader already knows, who met: the pair told before.
    plural = subject.tag_ == "NNS" and "the" in marks
    return bool(marks & PAIR_MARKS) or subject.lemma_.lower() in PAIR_NOUNS or plural


def _own_date(draft: DraftEvent, timexes: list[Timex]) -> bool:
    """Does a time expression hang on the trigger's own phrase or clause ("the meeting on Monday", "they
    met on Monday", "the talks, held on Monday")? One of a clause it is reported in ("said on Monday that
    they discussed ...") or of another clause does not count."""
    if draft.dated_by is not None:
        return True  # dated by an expression of its own elsewhere ("the last time they met was in May")
    trigger = draft.trigger
    own = {trigger.head.i, trigger.anchor.i}
    sent = trigger.head.sent
    doc = trigger.head.doc
    for timex in timexes:
        if timex.start < sent.start_char or timex.end > sent.end_char:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        word = span.root
        while word.i not in own and word.head.i != word.i:
            if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("acl", "relcl"):
                break  # another clause's time ("said on Monday"), unless it describes the noun
            word = word.head
        if word.i in own:
            return True
    return False


def _antecedent(mention: EventMention, pair: bool, earlier: list[EventMention]) -> EventMention | None:
    """The nearest earlier mention of the same act whose parties take in the mention's own."""
    for other in reversed(earlier):
        if other.type != mention.type or other.modality != mention.modality or not other.actors:
            continue
        if not modes_compatible(mention.mode, other.mode):
            continue
        if _within(mention.actors, other.actors) or (pair and _one_of(mention.actors, other.actors)):
            return other
        return None  # the nearest report of the act names other parties: another occasion
    return None


def _one_of(actors: list[EventActor], others: list[EventActor]) -> bool:
    """Is a pair subject the pair of the earlier mention: the resolver left it one side ("we") or none,
    or it names one of the earlier mention's countries beside a country from what was discussed
    ("we exchanged views on Afghanistan")? Two sides of other countries are another pair."""
    countries = {b.actor.country for b in others}
    return not two_sided(actors) or any(a.actor.country in countries for a in actors)


def _within(actors: list[EventActor], others: list[EventActor]) -> bool:
    """Is every party of `actors` one of `others` (a country counting for any party of it)?"""
    return all(any(_same(a.actor, b.actor) for b in others) for a in actors)


def _same(a: Actor, b: Actor) -> bool:
    if a.kind == "country":
        return a.country is not None and a.country == b.country
    return (a.id or a.name) == (b.id or b.name)


def _parties(own: list[EventActor], earlier: list[EventActor], pair: bool) -> list[EventActor]:
    """The earlier mention's parties. A pair subject the resolver gave both sides keeps them; one it left
    a side or none adds those of its own in the countries the earlier mention holds to the earlier
    mention's parties ("we discussed", said by one of the two, after "I had a call with X"), its other
    actors coming from what the pair discussed ("discussed the withdrawal of the army")."""
    if not pair:
        return list(earlier)
    if two_sided(own):
        return list(own)  # "the two leaders", resolved: the pair itself, as its sentence names it
    countries = {b.actor.country for b in earlier if b.actor.country is not None}
    missed = [
        a for a in own if a.actor.country in countries and not any(_same(a.actor, b.actor) for b in earlier)
    ]
    return list(earlier) + missed


def _date(own: DateInterval, earlier: DateInterval) -> DateInterval:
    """The earlier mention's date where the mention's own, from its tense or the narrative around it,
    says nothing (unknown) or contradicts it; an own date that agrees with it stays, as precise as the
    mention's sentence made it (dedup joins the two all the same)."""
    unknown = own.start is None and own.end is None
    known = earlier.start is not None or earlier.end is not None
    return earlier if known and (unknown or not own.overlaps(earlier)) else own
