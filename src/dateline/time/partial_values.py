"""TimeML values that an anchor leaves open: year-less dates, bare weekdays and durations.

The tagger normalizes what it can against the anchor it is given; when the anchor is unknown (an
undated article) "March 18" stays `XXXX-03-18` and "Monday" stays a weekday. Document-time
estimation and event dating resolve those against candidate publication days, which is why these
small calendar helpers live here rather than in the tagger: they need the tense of the clause.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from dateline.records import Timex
from dateline.time.calendar_math import moved
from dateline.time.lexicon import number

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

_YEARLESS = re.compile(r"^XXXX-(\d\d)(?:-(\d\d))?")
_WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-([1-7])")
_ABSOLUTE = re.compile(r"^\d{4}")
_WORD = re.compile(r"[A-Za-z]+\.?|\d{1,2}(?:st|nd|rd|th)?\b")
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
_DURATION_DAYS = {"D": 1, "W": 7, "M": 30.44, "Y": 365.25}


@dataclass(frozen=True)
class MonthDay:
    """A calendar date without its year ("March 18"), or a month ("in April") when `day` is None."""

    month: int
    day: int | None = None

    def in_year(self, year: int) -> tuple[date, date] | None:
        """First and last day of this month/day in `year`; None for Feb 29 outside leap years and
        for years off the calendar (before 1, after 9999)."""
        if not date.min.year <= year <= date.max.year:
            return None
        last = calendar.monthrange(year, self.month)[1]
        if self.day is None:
            return date(year, self.month, 1), date(year, self.month, last)
        if self.day > last:
            return None
        day = date(year, self.month, self.day)
        return day, day

    def last_on_or_before(self, ref: date) -> tuple[date, date]:
        """The most recent occurrence that starts on or before `ref` (a past reference)."""
        for year in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
            span = self.in_year(year)
            if span and span[0] <= ref:
                return span
        raise ValueError(f"{self} never occurs before {ref}")

    def next_on_or_after(self, ref: date) -> tuple[date, date]:
        """The next occurrence that ends on or after `ref` (a future reference)."""
        for year in (ref.year, ref.year + 1, ref.year + 2, ref.year + 3, ref.year + 4):
            span = self.in_year(year)
            if span and span[1] >= ref:
                return span
        raise ValueError(f"{self} never occurs after {ref}")


def is_absolute(timex: Timex) -> bool:
    """True when the value carries its own year (so its interval does not depend on the anchor)."""
    return (
        timex.interval is not None and timex.interval.start is not None and bool(_ABSOLUTE.match(timex.value))
    )


def month_day(timex: Timex) -> MonthDay | None:
    """The year-less month/day of a DATE timex, from its value or, failing that, its words."""
    if m := _YEARLESS.match(timex.value):
        return MonthDay(int(m.group(1)), int(m.group(2)) if m.group(2) else None)
    if _ABSOLUTE.match(timex.value) or timex.type not in ("DATE", "TIME"):
        return None
    # Values the tagger could not fill (e.g. a bare "PAST_REF" for "March 18") fall back to words.
    month = day = None
    for word in _WORD.findall(timex.text):
        token = word.lower().rstrip(".")
        if token in _MONTHS and month is None:
            month = _MONTHS[token]
        elif (digits := re.match(r"\d+", token)) and day is None and 1 <= int(digits.group()) <= 31:
            day = int(digits.group())
    return MonthDay(month, day) if month else None


def weekday(timex: Timex) -> int | None:
    """Monday=0 .. Sunday=6 when the expression names a weekday ("Monday", "Monday, March 18")."""
    if m := _WEEKDAY_VALUE.match(timex.value):
        return int(m.group(1)) - 1
    for word in _WORD.findall(timex.text):
        if (wd := WEEKDAYS.get(word.lower())) is not None:
            return wd
    return None


def bare_weekday(timex: Timex) -> bool:
    """A weekday named without its month and day ("Monday", "on Friday evening"): the tagger's year
    and week for it are a guess from the anchor; "Monday, March 18" is a date of its own."""
    if weekday(timex) is None:
        return False
    words = [w.lower().rstrip(".") for w in _WORD.findall(timex.text)]
    return not any(w in _MONTHS or w[:1].isdigit() for w in words)


def weekday_on_or_before(wd: int, ref: date) -> date:
    return moved(ref, -((ref.weekday() - wd) % 7))


def weekday_on_or_after(wd: int, ref: date) -> date:
    return moved(ref, (wd - ref.weekday()) % 7)


def duration_days(value: str) -> int | None:
    """Length in days of a simple TimeML duration (P3D, P2W, P6M, P1Y); None for vague ones (PXW)."""
    if m := _DURATION.match(value):
        return round(float(m.group(1)) * _DURATION_DAYS[m.group(2)])
    return None


_LONGER_AGO = re.compile(
    r"^(?:more\s+than|over|upwards\s+of)\s+(?P<num>.+?)\s+(?P<unit>day|week|month|year|decade)s?\s+ago$", re.I
)
_AGO_UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE"}
# "a few years ago", "several months ago": at least two of the unit back, however many; bounded at one
# unit back so that "some weeks ago" said loosely still holds.
_VAGUE_AGO = re.compile(
    r"^(?:a\s+few|a\s+couple\s+of|several|some|many)\s+(?P<unit>day|week|month|year|decade)s\s+ago$", re.I
)


_A_YEAR_AGO = re.compile(r"^(?:a|one)\s+year\s+ago$", re.I)


def a_year_ago(timex: Timex) -> bool:
    """ "a year ago", news's "at this time last year"; the tagger's value keeps only the year. Counts
    of two years or more are said more loosely and keep the year ("began talks three years ago")."""
    return _A_YEAR_AGO.match(" ".join(timex.text.split())) is not None


def longer_ago(timex: Timex) -> tuple[str, int] | None:
    """ "more than two years ago", "a few years ago": (unit, count) of a span that only bounds the
    event from above (it lies before the day that many units back); the tagger's value keeps the year
    or month it falls in, or is a bare PAST_REF."""
    text = " ".join(timex.text.split())
    if (vague := _VAGUE_AGO.match(text)) is not None:
        return _AGO_UNITS[vague.group("unit").lower()], 1
    m = _LONGER_AGO.match(text)
    if m is None:
        return None
    n = number(m.group("num"))
    if n is None or n != int(n) or n <= 0:
        return None
    return _AGO_UNITS[m.group("unit").lower()], int(n)
