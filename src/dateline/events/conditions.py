"""Acts put ahead on a condition: "will respond if X attacks", "would retaliate in the event of an attack".

PLOVER codes a conflictive act an actor says it will take should the other side do something as a
threat (CAMEO WARN - * (OF RESPONSE) [130], THREATEN): the act has not happened, and its announcement is
the event. These predicates read the parse around a verb; the lexicon (`@conditional` in triggers.tsv)
and the recasting of conflict acts (`recast.conditional_attack`) share them.
"""

from __future__ import annotations

from spacy.tokens import Token

# Auxiliaries that put an act ahead of the time it is told ("will", "would", "'ll", "shall").
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
# Nouns of "in the event of X" / "in case of X": a condition stated as a phrase.
CONDITION_NOUNS = frozenset({"event", "case"})
# Relations that open a clause of its own: a condition phrase inside one is not the act's.
CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "csubj", "conj", "parataxis"})
# Verbs that commit their subject to a future act on its own (commissives), not offering, agreeing or
# being ready: the act in their "to" complement lies ahead with no future auxiliary ("vowed to hit back").
PROMISES = frozenset({"pledge", "promise", "vow", "commit", "undertake", "guarantee"})


def governing_clause(verb: Token) -> Token:
    """The clause a verb's auxiliaries and conditions hang on: "will strike back and punish", "would be
    forced to respond" put the conjunct or the complement ahead through the first verb."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    return clause


def put_ahead(clause: Token) -> bool:
    """The clause is told as to come ("will respond"), not as what did not happen ("would have")."""
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    return any(a.lower_ in FUTURE_AUX for a in auxes) and not any(a.lemma_ == "have" for a in auxes)


def on_condition(clause: Token) -> bool:
    """An "if" clause, "in the event of / in case of" a thing, or a fronted "should" clause ("Should X
    refuse, ...") that the clause's act is made to follow from ("unless" is the ultimatum rule's)."""
    for child in clause.children:
        if child.dep_ == "advcl":
            if any(m.dep_ == "mark" and m.lower_ == "if" for m in child.children):
                return True
            if child.i < clause.i and child.doc[child.left_edge.i].lower_ == "should":
                return True  # "Should the junta refuse, the ministry will ...": inverted condition
    return any(_condition_phrase(t, clause) for t in clause.subtree)


def _condition_phrase(prep: Token, clause: Token) -> bool:
    """ "in the event of X" on the clause or on what it does ("would respond with measures in the event
    of an escalation"), not inside another clause."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    if not any(n.dep_ == "pobj" and n.lemma_.lower() in CONDITION_NOUNS for n in prep.children):
        return False
    node = prep.head
    while node.i != clause.i:
        if node.dep_ in CLAUSES:
            return False
        node = node.head
    return True


def promised(verb: Token) -> bool:
    """ "vowed to hit back", "pledged to respond": the act is the "to" complement of a promise, which puts
    it ahead as "will" does."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "xcomp" and node.head.lemma_ in PROMISES


def conditional(verb: Token) -> bool:
    """ "will respond if X attacks", "would retaliate in the event of an attack", "vowed to hit back if X
    attacks": the verb's act is put ahead and made to follow from a condition. Under a promise the
    condition may hang on the promise verb or on the promised act."""
    clause = governing_clause(verb)
    if promised(verb):
        return on_condition(clause) or on_condition(verb)
    return put_ahead(clause) and on_condition(clause)
