"""A further joint act of the pair the article told before, whose subject the actor stage left unresolved.

"The leaders also agreed to a joint river patrol", "They also committed to fight smuggling", "The
countries blamed each other for the delay": the subject is "they" or a definite group noun
(leaders, presidents, countries, sides, parties ...), which the resolver gives actors only from a pair of
people named within two sentences or from the sides of a dispute (`actors/groups.py`), so the act was
dropped for want of a doer. Where the act is an accord or a signing (`parties.ONE_MORE_TYPES`) told as
one more beside what the article told already ("also", `parties.ADDITIVES`), or one they do to each
other ("blamed each other"), the pair is the parties of the latest joint act with a doer the article coded
between that many countries in that sentence or the two before (`PAIR_REACH`): two for "they" or "the
leaders" ("Boric met Boluarte in Lima ... The two sides signed four accords. The leaders also agreed
to a joint river patrol"), three for "the leaders of the three nations"; all take part. Without the
additive the act is mostly the one told before, told again ("Secondly, the parties agreed ...", "the two
neighbours announced an agreement"), and given the pair it split or over-merged the gold's events
(news-r15a, r15b, r16b). "We" is left to `anaphora.refer_back` (the speaker's own side); a group with a
postmodifier of its own is someone else ("the leaders of the G7"), unless it counts the pair ("the leaders
of the three nations").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.groups import COUNTRY_GROUPS, NUMBERS, PERSON_GROUPS
from dateline.events.anaphora import clause_subjects
from dateline.events.detect import Trigger
from dateline.events.participants import reciprocal
from dateline.events.parties import ADDITIVES, ONE_MORE_TYPES
from dateline.records import EventActor

GROUPS = frozenset(PERSON_GROUPS | COUNTRY_GROUPS)
PRONOUNS = frozenset({"they"})
# Words that make a plural group the one the reader knows; "two" and "both" also count it.
DEFINITE = frozenset({"the", "both", "all"})
COUNTS = {"two": 2, "both": 2, **NUMBERS}
PAIR = 2  # a subject that does not count the parties it stands for ("the leaders", "they"): a pair
# Sentences back the pair may be told: "they" and "the leaders" refer to what was just told, as a pair of
# people named within two sentences is the one `actors/groups.py` takes for "the leaders".
PAIR_REACH = 2


def pair_size(trigger: Trigger, event_type: str) -> int | None:
    """How many parties the subject of a further joint act or a reciprocal one stands for when it is
    the pair told before: the number it is counted with, else `PAIR`; None for any other subject or act."""
    if trigger.nominal:
        return None
    verb = trigger.anchor
    further = event_type in ONE_MORE_TYPES and any(
        c.dep_ == "advmod" and c.lower_ in ADDITIVES for c in verb.children
    )
    if not (further or reciprocal(verb)):
        return None
    subjects = clause_subjects(verb)  # "they met and agreed ...": the subject of the first verb
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.lower_ in PRONOUNS:
        return PAIR
    return _group_size(subject)


def _group_size(noun: Token) -> int | None:
    if noun.tag_ != "NNS" or noun.lower_ not in GROUPS or any(c.dep_ == "conj" for c in noun.children):
        return None
    marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "nummod")}
    if not marks & (DEFINITE | COUNTS.keys()):
        return None  # "leaders of communist neighbours meet": a headline's bare plural, anyone
    counted = [COUNTS[m] for m in marks if m in COUNTS]
    owners = [c for p in noun.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
    if any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children):
        # "the leaders of the three nations" counts the pair; "the leaders of the G7" is someone else
        inner = [n for o in owners if (n := _group_size(o))]
        if len(owners) != 1 or not inner:
            return None
        counted += inner
    return counted[0] if counted else PAIR


def told_pair(pairs: list[list[EventActor]], size: int) -> list[EventActor]:
    """The parties, all taking part, of the latest act in `pairs` (the article's coded joint acts with a
    doer, in order) between `size` countries."""
    for actors in reversed(pairs):
        countries = {ea.actor.country for ea in actors if ea.actor.country}
        if len(countries) == size:
            return [EventActor(ea.actor, "participant") for ea in actors if ea.actor.country]
    return []
