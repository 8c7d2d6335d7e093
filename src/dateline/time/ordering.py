"""Adverbial clauses that order an event against another one the sentence dates.

"As the rebels shelled the port on Wednesday, the minister warned ...", "The two states broke off ties
before the war began in 2019", "will meet after the parliament votes in June": the main clause has no
time of its own, but the clause that opens with "as", "when", "after", "once" or "before" (a finite
clause, a gerund or an event noun after "after", "before" or "following") does; so does the copula of
"the last time X did Y was in 2019". Its time places the main event: at that time ("as", "when") or on
one side of it (`event_date._ordered_by_clause` says where a side tells nothing). Without this the main
event was dated by its tense alone, at the report, however far back the clause put it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.time.tense import is_verb

# The word that opens the clause, and how the main clause's time relates to the clause's.
OPENERS = {
    "as": "same",
    "when": "same",
    "after": "after",
    "once": "after",
    "before": "before",
    "following": "after",
}
# Prepositions that order a gerund or an event noun the same way ("after taking office in August",
# "following the attack on Monday"); "following" is parsed as a participle with an object.
_ORDERING_PREPS = frozenset({"after", "before", "following"})
_OPENER_DEPS = ("mark", "advmod")
# an adverb before the opener does not change the order: "soon after", "shortly before", "just as"
_LEADING_WORDS = 1


def ordering_clauses(verb: Token) -> list[tuple[Token, str, str]]:
    """The verbs of the clauses on `verb` that an opener orders, with how `verb`'s time relates to
    theirs and the opener, nearest the clause's head first; the verbs coordinated with such a verb
    come with it ("As the army advanced and crossed the border on Friday": the time is the
    second's)."""
    found: list[tuple[Token, str, str]] = []
    if (named := _time_named(verb)) is not None:
        copula, ordinal = named
        found.append((copula, "same", f"the {ordinal} time ... {copula.lower_}"))
    for child in verb.children:
        opened = _opened(child)
        if opened is None:
            continue
        clause, opener = opened
        relation = OPENERS[opener]
        found.append((clause, relation, opener))
        found += [(c, relation, opener) for c in clause.children if c.dep_ == "conj" and is_verb(c)]
    return found


def since_clause(verb: Token) -> Token | None:
    """The clause or event that a "since" on `verb` counts from ("have fled since the fighting erupted
    on March 3", "the plant has made 300 engines since it opened in 2019", "has grown since taking office
    in 2019", "since the invasion on Aug. 2"): the verb of a finite clause that "since" opens, or the
    gerund or event noun after the preposition. A date after "since" itself ("since March 3") is no
    clause: the preposition bounds the verb directly (`event_date._bound_by_prep`)."""
    for child in verb.children:
        if child.dep_ == "advcl" and is_verb(child):
            marks = [c for c in child.children if c.dep_ == "mark" and c.i < child.i]
            if len(marks) == 1 and marks[0].lower_ == "since" and marks[0].i == child.left_edge.i:
                return child
        if child.dep_ == "prep" and child.lower_ == "since":
            word = next((c for c in child.children if _ordered_word(c)), None)
            if word is not None:
                return word
    return None


def clause_opener(clause: Token) -> str | None:
    """The word of `OPENERS` that opens the adverbial clause `clause` heads, if one does."""
    if clause.dep_ != "advcl" or not is_verb(clause) or clause.head.i == clause.i:
        return None
    words = [c for c in clause.children if _opens(c, clause)]
    # the opener begins the clause ("when they met", "soon after they met"), not an adverb inside it
    # ("they met as well")
    return words[0].lower_ if len(words) == 1 and words[0].i - clause.left_edge.i <= _LEADING_WORDS else None


def _opened(child: Token) -> tuple[Token, str] | None:
    """The clause `child` heads and the word that opens it, where an opener of `OPENERS` does."""
    if child.dep_ == "advcl":
        opener = clause_opener(child)
        return (child, opener) if opener is not None else None
    if child.dep_ == "prep" and child.lower_ in _ORDERING_PREPS:
        # "after taking office in August"; "after Pelosi's visit to Taiwan in August last year"
        word = next((c for c in child.children if _ordered_word(c)), None)
        return (word, child.lower_) if word is not None else None
    return None


def _opens(word: Token, clause: Token) -> bool:
    return word.dep_ in _OPENER_DEPS and word.lower_ in OPENERS and word.i < clause.i


def _ordered_word(c: Token) -> bool:
    return (c.dep_ == "pcomp" and c.tag_ == "VBG") or (c.dep_ in ("pobj", "dobj") and c.pos_ == "NOUN")


# "the last time", "the first time", "the previous time", "the only time"
_ORDINAL_TIMES = frozenset({"last", "first", "previous", "only"})


def _time_named(verb: Token) -> tuple[Token, str] | None:
    """ "The last time the port hosted the games was in 2019", "The first time the two leaders met was
    last year": the copula that says when the clause describing "the last time" took place, and the
    ordinal. The parse hangs that clause either on the noun, under the copula, or as the
    sentence's verb with the noun and the copula under it."""
    time = next((c for c in verb.children if c.dep_ == "npadvmod" and _ordinal_time(c)), None)
    copula = None
    if time is not None:
        copula = next(
            (c for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "be" and c.i > verb.i), None
        )
    elif verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "npadvmod") and verb.head.head.lemma_ == "be":
        time, copula = verb.head, verb.head.head
    ordinal = _ordinal_time(time) if time is not None else None
    return (copula, ordinal) if copula is not None and ordinal is not None else None


def _ordinal_time(noun: Token) -> str | None:
    """ "last" in "the last time"; None for another noun or another "time"."""
    if noun.lower_ != "time":
        return None
    return next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _ORDINAL_TIMES), None)
