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
        compiled = re.compile(rf"{_WORD_START}{pattern})", re.I)
        out.append(DatingTerm(compiled, kind, date.fromisoformat(day), note))
    return tuple(out)


@cache
def _any_since() -> re.Pattern[str] | None:
    """One pattern that matches where any "since" term does: most texts name none, and one scan tells
    so instead of one per term. None when a term has groups (a back-reference would change meaning)."""
    since = [t.pattern for t in terms() if t.kind == "since"]
    if not since or any(p.groups for p in since):
        return None
    # Each is "\b(?:<term>)" (`terms`): the word boundary is tested once, then the terms.
    inner = [p.pattern.removeprefix(_WORD_START).removesuffix(")") for p in since]
    return re.compile(rf"{_WORD_START}" + "|".join(f"(?:{i})" for i in inner) + ")", re.I)


_WORD_START = r"\b(?:"


def find(text: str) -> list[TermEvidence]:
    """Termini post quem and anniversaries of named events mentioned in `text`."""
    found = []
    any_since = _any_since()
    named = any_since is None or any_since.search(text) is not None
    for term in terms():
        if term.kind == "since":
            if not named:
                continue
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
