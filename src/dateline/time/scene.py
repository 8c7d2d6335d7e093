"""A scene set by a line that is only a place and a time: "Geneva, March 2019. Talks collapse. The
delegates walk out." A broadcast retrospective opens each episode of its story with such a line and
tells the episode in the historical present or the past; the line dates what follows it, as a time
expression in the clause would, until another sentence names a time of its own.

Only a line with no verb at all counts, holding one date well before publication (more than
SCENE_GAP_DAYS): a wire dateline ("Geneva, May 1") names the day of the report, which the undated
default gives already, and a headline with a verb is a sentence like any other.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from dateline.records import DateInterval, Timex

SCENE_SENTENCES = 3  # how many sentences a scene line dates after it, itself not counted
SCENE_GAP_DAYS = 7  # a date within the week before publication is a dateline, not a scene
# what a scene line holds besides its date: a place, a preposition, punctuation ("Atlanta, 1996.",
# "In Geneva, March 2019.", "January 1997 - Atlanta.")
_SCENE_POS = frozenset({"PROPN", "PUNCT", "ADP", "DET", "CCONJ", "SPACE", "NUM"})


def scene_date(line: Span, local: list[Timex], dct: date) -> DateInterval | None:
    """The date of a line that holds no verb, only one date well before publication and the words of
    a place around it."""
    if len(local) != 1 or local[0].type != "DATE" or (interval := local[0].interval) is None:
        return None
    if interval.start is None or interval.end is None or (dct - interval.end).days <= SCENE_GAP_DAYS:
        return None
    timex = local[0]
    for token in line:
        inside = timex.start <= token.idx < timex.end
        if token.pos_ in ("VERB", "AUX") or not (inside or token.pos_ in _SCENE_POS):
            return None
    return interval
