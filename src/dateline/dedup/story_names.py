"""The names an article's text gives, to tell two articles of one story (`doctime._named_story`).

A reader knows two reports for the same story by what they name: the people, places, bodies and
documents ("Sogavare", "Honiara", "Kurt Campbell", "the Xi'an Declaration"), far more than by the
pair of countries or the kind of act, which recur. A name here is a capitalised word that does not
open a sentence or a line (where any word is capitalised), other than a weekday, a month or a title
word every political report uses. Two texts share a story's names where at least SHARED_SHARE of the
first's names, and at least SHARED_NAMES of them, stand in the second (round 17, on the dev news
sets: articles of one story share 26-90 % of the undated one's names, articles of other stories at
most about a fifth)."""

from __future__ import annotations

import calendar
import re

SHARED_SHARE = 0.3
SHARED_NAMES = 4
_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]{2,}")
_POSSESSIVE = re.compile(r"['’]s$")  # "China's" is China
_OPENING = re.compile(r"(?:^|[.!?:;]\s+|[\"“”‘']\s*|\n\s*)$")  # before a word that opens a sentence or a line
# capitalised words every political report uses: no sign of one story
_COMMON_WORDS = (
    "The This That These Those There Mr Mrs Ms Dr President Presidents Minister Ministers Prime Foreign "
    "Ministry Government Secretary State Affairs Deputy Vice Chairman Spokesman Spokeswoman Spokesperson "
    "Ambassador Embassy Office Council"
)
_COMMON = frozenset((*calendar.day_name, *calendar.month_name[1:], *_COMMON_WORDS.split()))


def names(text: str) -> frozenset[str]:
    return frozenset(
        _POSSESSIVE.sub("", m.group())
        for m in _NAME.finditer(text)
        if m.group() not in _COMMON and not _OPENING.search(text[max(m.start() - 3, 0) : m.start()])
    )


def shared_names(text: str, other: str) -> bool:
    """Whether `other` names most of what `text` names (module docstring)."""
    own = names(text)
    shared = own & names(other)
    return len(shared) >= SHARED_NAMES and len(shared) >= SHARED_SHARE * len(own)
