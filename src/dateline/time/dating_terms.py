"""Words that date a text by themselves: a text that speaks of COVID-19 was written after Feb 2020.

The list is a package data file (`data/dating_terms.tsv`) so users can add the neologisms and named
events of their own domain; each entry says when the term came into use (or when the event was).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

_ORDINAL = r"(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?"


@dataclass(frozen=True)
class DatingTerm:
    pattern: re.Pattern[str]
    kind: str  # "since" (terminus post quem) or "event" (a named event's day)
    day: date
    note: str


@dataclass(frozen=True)
class TermEvidence:
    text: str
    day: date
    kind: str  # "since": the text is not older than `day`; "anniversary": `day` is a mentioned date
    note: str


@cache
def terms() -> tuple[DatingTerm, ...]:
    out = []
    path = resources.files("dateline.time").joinpath("data/dating_terms.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, kind, day, note = line.split("\t")
        out.append(DatingTerm(re.compile(rf"\b(?:{pattern})", re.I), kind, date.fromisoformat(day), note))
    return tuple(out)


def find(text: str) -> list[TermEvidence]:
    """Termini post quem and anniversaries of named events mentioned in `text`."""
    found = []
    for term in terms():
        if term.kind == "since":
            if m := term.pattern.search(text):
                found.append(TermEvidence(m.group(), term.day, "since", term.note))
            continue
        anniversary = re.compile(_ORDINAL + term.pattern.pattern, re.I)
        for m in anniversary.finditer(text):
            years = int(m.group(1))
            try:
                day = term.day.replace(year=term.day.year + years)
            except ValueError:  # Feb 29
                day = term.day.replace(year=term.day.year + years, day=28)
            found.append(TermEvidence(m.group(), day, "anniversary", f"{years} years after {term.note}"))
    return found
