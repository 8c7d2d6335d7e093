"""Calendar arithmetic for normalization: stepping by units and choosing the occurrence of an
underspecified date ("Tuesday", "April", "the third quarter") that the clause's tense points to."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter

from dateline.time.tense import Direction

# Without a tense, the nearest occurrence wins, but news mostly reports what has happened: a later
# occurrence counts as twice as far away as an earlier one.
_PAST_BIAS = 2

SEASON_ORDER = ("SP", "SU", "FA", "WI")  # WI of year Y runs Dec Y - Feb Y+1
_LAST_WINTER_UNTIL = 5  # month


def moved(d: date, days: int) -> date:
    """`d` moved by `days`, stopping at the calendar's ends (0001-01-01, 9999-12-31). For the bounds of
    intervals (an event "shortly before" a publication day near an end, a duration of 10^20 days):
    nothing lies beyond the ends, so the bound is honest there, where plain arithmetic overflows."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def shift(d: date, unit: str, n: int) -> date:
    """`d` moved by n units (D, W, M, Q, Y, DE, CE); month ends clamp (Jan 31 + 1 month = Feb 28)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit] * n
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    if not date.min.year <= y <= date.max.year:
        raise OverflowError(f"{n} {unit} from {d} is off the calendar")
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m + 1, day)
        except ValueError:
            continue
    raise AssertionError("unreachable: day 28 exists in every month")


def unit_value(d: date | None, unit: str) -> str:
    """The TimeML value of the unit-sized period containing `d`; X placeholders when `d` is unknown."""
    if unit == "D":
        return d.isoformat() if d else "XXXX-XX-XX"
    if unit == "W":
        if d is None:
            return "XXXX-WXX"
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}" if d else "XXXX-XX"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}" if d else "XXXX-QX"
    if unit == "Y":
        return f"{d.year:04d}" if d else "XXXX"
    if unit == "DE":
        return f"{d.year // 10:03d}" if d else "XXX"
    if unit == "CE":
        return f"{d.year // 100:02d}" if d else "XX"
    raise ValueError(unit)


def _choose(candidates: list[date], ref: date, tense: Direction, rel: str | None) -> date:
    """Among occurrences near `ref`, the one `rel` ('last', 'next', 'this') or the tense points to."""
    before = [c for c in candidates if c < ref]
    after = [c for c in candidates if c > ref]
    same = [c for c in candidates if c == ref]
    if rel in ("last", "past", "previous"):
        return max(before)
    if rel in ("next", "coming", "following"):
        return min(after)
    if tense == "past":
        return (same or [max(before)])[0]
    if tense == "future":
        return (same or [min(after)])[0]
    if same:
        return same[0]
    prev, nxt = max(before), min(after)
    return prev if (ref - prev) <= _PAST_BIAS * (nxt - ref) else nxt


def weekday(ref: date, wd: int, tense: Direction, rel: str | None) -> date:
    if rel == "this":  # the day of the reference's own week
        return ref + timedelta(days=wd - ref.isoweekday())
    if rel == "last":
        # "last Friday" written on a Saturday is not the day before, which a writer calls
        # "yesterday" or plain "Friday", but the Friday of the week before; from any later day it is
        # the most recent Friday ("last Thursday" on a Saturday: two days back). "this past Friday" is
        # the nearest one (`_choose`). "next Friday" on a Thursday is not mirrored: tried in round 11,
        # it cost an event on unseen text.
        return next(d for k in range(2, 9) if (d := ref - timedelta(days=k)).isoweekday() == wd)
    # near the calendar's ends only the days that exist are candidates
    days = [moved(ref, k) for k in range(-7, 8)]
    cands = sorted({d for d in days if d.isoweekday() == wd and abs((d - ref).days) <= 7})
    return _choose(cands, ref, tense, rel)


def year_for(
    ref: date,
    key: tuple[int, ...],
    ref_key: tuple[int, ...],
    tense: Direction,
    rel: str | None,
    size: int = 12,
) -> int:
    """The year of a yearly recurring period (a month, a month-day, a quarter) identified by `key`,
    compared with the reference's own `ref_key`: a later month in a past-tense clause belongs to the
    previous year; an earlier one in a future-tense clause to the next. `size` is the number of
    periods in a year (12 for months and month-days, 4 for quarters)."""
    y = ref.year
    if rel in ("last", "past", "previous"):
        return y if key < ref_key else y - 1
    if rel in ("next", "coming", "following"):
        return y if key > ref_key else y + 1
    if rel == "this":
        return y
    if tense == "past" and key > ref_key:
        return y - 1
    if tense == "future" and key < ref_key:
        return y + 1
    if tense is None:  # no tense to go by: the occurrence nearest the reference
        here = _position(y, ref_key, size)

        def distance(c: int) -> float:
            d = _position(c, key, size) - here
            return d * _PAST_BIAS if d > 0 else -d

        return min((y - 1, y, y + 1), key=distance)
    return y


# A year-less day within this many days of the reference is that occurrence whatever the tense.
_NEAR_DAYS = 31


def day_year(ref: date, mon: int, day: int, tense: Direction) -> int:
    """The year of a year-less day ("Nov. 20"). As `year_for`, except that a day within a month of
    the reference is that occurrence: a past-tense clause that reports what is set for the coming
    weeks ("extended the offer to Nov. 20", "set Nov. 10 as the deadline") is far likelier than a day
    nearly a year back written without its year, and so is a future clause about days just gone
    over one a year ahead."""
    y = year_for(ref, (mon, day), (ref.month, ref.day), tense, None)
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            near = abs((date(year, mon, day) - ref).days) <= _NEAR_DAYS
        except ValueError:  # Feb 29 outside a leap year, or off the calendar
            continue
        if near:
            return year
    return y


def _position(year: int, key: tuple[int, ...], size: int) -> float:
    """Where (period[, day]) of `year` lies on a continuous scale of periods."""
    return year * size + key[0] + (key[1] / 32 if len(key) > 1 else 0.5)


def season(ref: date, code: str, tense: Direction, rel: str | None) -> str:
    """'2021-SU' for 'last summer' etc.; seasons are counted as year * 4 + index, winter belonging to
    the year it starts in."""
    cur_year = ref.year - 1 if ref.month < 3 else ref.year
    cur = cur_year * 4 + ((ref.month - 3) % 12) // 3
    idx = SEASON_ORDER.index(code)
    if rel == "this" or (rel is None and tense not in ("past", "future")):
        # this year's; "this winter" until May is the one that has just ended (December to February)
        base = ref.year - 1 if code == "WI" and ref.month <= _LAST_WINTER_UNTIL else ref.year
        return f"{base:04d}-{code}"
    cands = [(cur_year + k) * 4 + idx for k in (-2, -1, 0, 1, 2)]
    if rel in ("last", "past", "previous"):
        target = max(c for c in cands if c < cur)
    elif rel in ("next", "coming", "following"):
        target = min(c for c in cands if c > cur)
    elif tense == "past":
        target = max(c for c in cands if c <= cur)
    else:
        target = min(c for c in cands if c >= cur)
    return f"{target // 4:04d}-{code}"


def holiday(spec: str, year: int) -> date | None:
    """The day of a holiday in `year` from its lexicon spec: MM-DD (fixed), M/W/N[+D] (the N-th ISO
    weekday W of month M, N=-1 the last, D days after it: Thanksgiving 11/4/4, Election Day 11/1/1+1)
    or easter+D / easter-D (dateutil's Western Easter)."""
    if spec.startswith("easter"):
        return easter(year) + timedelta(days=int(spec[6:]))
    if m := re.fullmatch(r"(\d\d)-(\d\d)", spec):
        return date(year, int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d+)/([1-7])/(-?\d)([+-]\d+)?", spec)
    if m is None:
        return None
    month, wd, nth = int(m[1]), int(m[2]), int(m[3])
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = shift(date(year, month, 28), "M", 1).replace(day=1) - timedelta(days=1)
        day = last - timedelta(days=(last.isoweekday() - wd) % 7)
    return day + timedelta(days=int(m[4] or 0))


def holiday_near(spec: str, ref: date) -> date | None:
    """The occurrence of a holiday within `_NEAR_DAYS` of `ref`, whatever the tense, as for a
    year-less day: "as Easter week began" in the days before Easter is this Easter, not last year's."""
    for year in (ref.year - 1, ref.year, ref.year + 1):
        day = holiday(spec, year) if 1 <= year <= 9999 else None
        if day is not None and abs((day - ref).days) <= _NEAR_DAYS:
            return day
    return None


def shift_year(value: str, years: int) -> str | None:
    """A calendar value moved by whole years ('2009-02' -> '2008-02', '2009-Q3' -> '2008-Q3');
    None for values without a year of their own."""
    if not re.match(r"\d{4}(?:-|$)", value):
        return None
    moved = f"{int(value[:4]) + years:04d}{value[4:]}"
    return moved[:7] if moved[5:10] == "02-29" else moved  # Feb 29 a year earlier: keep the month
