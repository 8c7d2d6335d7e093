"""Absolute calendar dates in header lines ("15 September 2021", "January 17, 2022", "2024-11-15").

Hand-written rather than dateparser.search_dates: a header line needs full dates with a year and
their exact span, and search_dates also turns "Monday" or "02:00" into today's date, which would
invent a publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil import parser as dateutil_parser

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_D, _M, _Y = _DAY.format(g="d"), _MONTH.format(g="m"), _YEAR.format(g="y")
_PATTERNS = [
    re.compile(rf"\b{_D}\s+(?:of\s+)?{_M},?\s+{_Y}\b", re.I),
    re.compile(rf"\b{_M}\s+{_D},?\s+{_Y}\b", re.I),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b"),
    # Day and month in numbers: kept only when unambiguous (see _numeric).
    re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b"),
]
# Month and day without a year, as in a wire dateline "ISLAMABAD, Jan 17 (Reuters) -".
YEARLESS = re.compile(rf"\b{_M}\s+{_D}\b", re.I)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: date


def find_dates(text: str) -> list[FoundDate]:
    """Full dates (day, month and year) in `text`, in order, without overlaps."""
    found: list[FoundDate] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            value = _numeric(m) if "a" in m.groupdict() else _named(m)
            if value is not None:
                found.append(FoundDate(m.start(), m.end(), value))
    return sorted(found, key=lambda f: f.start)


def _named(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    month = int(groups["mn"]) if "mn" in groups else _MONTHS[groups["m"][:3].lower()]
    return _safe(int(groups["y"]), month, int(groups["d"]))


def _numeric(m: re.Match[str]) -> date | None:
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 >= b or a == b:
        return _safe(year, b, a)  # 15/09/2021: day first
    if b > 12 >= a:
        return _safe(year, a, b)  # 09/15/2021: month first
    return None  # 03/04/2021 could be either: never guess


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_given(value: str) -> date | None:
    """A date supplied with the input (JSONL `published`): ISO 8601 or a written-out full date."""
    value = value.strip()
    try:
        return dateutil_parser.isoparse(value).date()
    except (ValueError, OverflowError):
        pass
    found = find_dates(value)
    return found[0].value if found else None
