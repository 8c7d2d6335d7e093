"""The year of a year-less publication day from the offices its story names: "MOSCOW, July 14 -- ...
President Dmitry Medvedev will ... on Thursday" can only be 2011, the one year of his presidency in
which July 14 was a Thursday. An office holder named with the title of an office (from the actors'
hand-written people.tsv, with dated tenures) bounds the years; a weekday the lead names, taken as the
day's own, picks one of them. Only a single year that fits every bound and the weekday is returned:
tenures are long and the calendar repeats, so this chooses nothing when the text leaves two.

Why here and not in the time stage: the publication day is read before parsing, and a page's
headline day is worth more to every later stage than a month-day left open."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from dateline.actors.kb import KnowledgeBase
from dateline.actors.lexicon import title_forms
from dateline.clean.dates import MonthDay
from dateline.time import dating_terms

# The offices whose holders date a page: the titles are the actor stage's (titles.tsv), one list for both.
_ROLES = ("head of state", "head of government", "foreign minister", "defence minister", "secretary-general")
_TITLE_REACH = 60  # characters before a name in which its title stands ("Russian President Dmitry Medvedev")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_LEAD = 600  # the lead: where a wire story names its own day


@dataclass(frozen=True)
class Office:
    names: tuple[str, ...]
    title: re.Pattern[str]
    start: date
    end: date | None  # None: still in office


def _title_form(form: str) -> str:
    """A title as prose writes it too: a title-case word may open in lower case ("the president of
    Tajikistan, Emomali Rahmon") and the last word may be plural ("the presidents of Kyrgyzstan and
    Tajikistan, Sadyr Japarov and Emomali Rahmon"). Acronyms ("FM") are kept as written."""
    words = form.split()
    out = []
    for i, word in enumerate(words):
        if word[:1].isupper() and word[1:].isalpha() and word[1:].islower():
            piece = f"[{word[0]}{word[0].lower()}]{re.escape(word[1:])}"
            out.append(piece + ("s?" if i == len(words) - 1 else ""))
        else:
            out.append(re.escape(word))
    return r"\s+".join(out)


# Words before a title that make it no title of the holder when the story was written (a former or
# future office, or another office), with a country's name or two between: "former Soviet President",
# "then-US President", "Vice President", "Deputy Foreign Minister"
_NOT_HOLDER = re.compile(r"\b(?i:former|ex|late|then|vice|deputy)(?:\s+|-)(?:[A-Z][\w.'’-]*\s+){0,2}$")


@cache
def _title_patterns() -> dict[str, re.Pattern[str]]:
    forms = title_forms()
    return {
        role: re.compile(r"\b(?:" + "|".join(map(_title_form, forms[role])) + r")\b(?!-elect)")
        for role in _ROLES
    }


@cache
def _offices() -> tuple[Office, ...]:
    # Read through the actor stage's own loader (one parser of people.tsv, the same rows and aliases);
    # loaded only when a page has a year-less dateline, and cached with the actor stage's copy.
    titles = _title_patterns()
    out = []
    for person in KnowledgeBase.load().people.values():
        names = tuple(n for n in (person.name, *person.aliases) if len(n) > 4)
        for tenure in person.tenures:
            title = titles.get(tenure.role)
            if title is not None and tenure.start is not None:
                out.append(Office(names, title, tenure.start, tenure.end))
    return tuple(out)


def _named_offices(text: str) -> list[Office]:
    """The offices named in the text: a holder's name with that office's title just before it."""
    found = []
    for office in _offices():
        for name in office.names:
            if name not in text:  # a plain search first: most of the KB is not named in any one story
                continue
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if _holder_title(office.title, text, m.start()):
                    found.append(office)
                    break
            else:
                continue
            break
    return found


def _holder_title(title: re.Pattern[str], text: str, name_at: int) -> bool:
    """The office's title stands just before the name, as its holder's on the day."""
    for t in title.finditer(text, max(0, name_at - _TITLE_REACH), name_at):
        if not _NOT_HOLDER.search(text[max(0, t.start() - 40) : t.start()]):
            return True
    return False


# the end of a story's first sentence: a full stop before a capital, not after an initial ("U.S.")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"'”’]?\s+(?=[\"“‘]?[A-Z])")


def lead_weekdays(text: str, first_sentence: bool = False) -> set[int]:
    """The weekdays (Monday 0) the lead of a story names: a wire lead's "on Tuesday" is most often
    its dateline's own day (`year_from_offices`). With `first_sentence`, those of its first sentence
    alone: the sentence the dateline opens names the dateline's day ("India on Thursday rejected
    …"); a later one as often recalls the day before ("X on Wednesday had claimed …")."""
    return weekdays_in(_lead(text, first_sentence))


def weekdays_in(text: str) -> set[int]:
    """The weekdays (Monday 0) `text` names (also the dedup stage's, for a report's sentence)."""
    return {_WEEKDAYS.index(w.lower()) for w in _WEEKDAY.findall(text)}


def first_weekday(text: str) -> int | None:
    """The weekday the first sentence of a story's lead names first: the main clause's, its
    dateline's own ("arrived on Wednesday for a visit through Friday"; round 24)."""
    m = _WEEKDAY.search(_lead(text, first_sentence=True))
    return _WEEKDAYS.index(m[1].lower()) if m else None


def _lead(text: str, first_sentence: bool) -> str:
    lead = text[:_LEAD]
    if first_sentence and (end := _SENTENCE_END.search(lead)):
        lead = lead[: end.start()]
    return lead


def year_from_offices(md: MonthDay, text: str, today: date) -> tuple[date, str] | None:
    """The one year in which the month-day falls within the tenure of every office the text names
    with its holder and on a weekday its lead names; None when there is not exactly one. `today`
    ends the tenures still running. The lead's weekday is taken as the dateline's own day: a wire
    lead names the day of its dateline far more often than the day before ("said on Saturday" under
    "May 1" of a Saturday), and counting the day before as well left most such datelines without a
    year (round 11: page sets test 486 -> 488 of 526 right, one more wrong day among them)."""
    weekdays = lead_weekdays(text)
    found = _office_year(md, text, today, weekdays)
    if found is None and len(weekdays) > 1:
        # two weekdays in the lead leave two years: the first sentence's own weekday may leave one
        found = _office_year(md, text, today, lead_weekdays(text, first_sentence=True))
    return found if found is None or _after_terms(found[0], text) else None


def _after_terms(day: date, text: str) -> bool:
    """The day is not older than a term the text uses ("a post on X": not before July 2023; round 16,
    r16yearfix). The inferred year is the one fit under the tenures and the lead's weekday; a term
    that rules it out shows the lead's weekday was not the dateline's own ("met on Wednesday" the day
    before), so no year is given rather than the next fit."""
    return all(day >= t.day for t in dating_terms.find(text) if t.kind == "since")


def _office_year(md: MonthDay, text: str, today: date, weekdays: set[int]) -> tuple[date, str] | None:
    if not weekdays:
        return None
    named = _named_offices(text)
    # a holder whose name recurs with two offices (a president later prime minister) gives both
    by_names: dict[tuple[str, ...], list[Office]] = {}
    for office in named:
        by_names.setdefault(office.names, []).append(office)
    if not by_names:
        return None
    fits = []
    for year in range(min(o.start.year for o in named), today.year + 1):
        try:
            day = date(year, md.month, md.day)
        except ValueError:
            continue
        held = all(any(o.start <= day <= (o.end or today) for o in offices) for offices in by_names.values())
        if held and day <= today and day.weekday() in weekdays:
            fits.append(day)
    if len(fits) != 1:
        return None
    who = "; ".join(sorted(names[0] for names in by_names))
    named_day = _WEEKDAYS[fits[0].weekday()]
    return fits[0], f"the one year in office of {who} when it fell on a {named_day}, as the lead names"
