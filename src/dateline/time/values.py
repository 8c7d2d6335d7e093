"""TimeML (TIMEX3) values: the grammar, and the calendar interval a value denotes.

Hand-written because no installed library knows TimeML's value language (ISO 8601 plus X placeholders,
seasons, quarters, decades, PAST_REF ...). The grammar follows the TimeML 1.2.1 spec as used by
TempEval-3 and HeidelTime.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateline.records import DateInterval, Granularity

_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_WEEK = r"(?:0?[1-9]|[1-4]\d|5[0-3]|XX)"
_TIME = r"T(?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?|MO|AF|EV|NI|DT|XX)(?:Z|[+-]\d{2}(?::?\d{2})?)?"
_DATE = (
    rf"(?:FY)?(?:\d{{4}}|XXXX)"
    rf"(?:-(?:{_MONTH}(?:-{_DAY})?|W{_WEEK}(?:-(?:[1-7]|X|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
    rf"(?:{_TIME})?"
    r"|\d{3}X?|\d{2}(?:XX)?|XXX|XX"  # decades (199, 199X) and centuries (19)
)
_NUM = r"(?:\d+(?:\.\d+)?|X)"
# PXX: a length of unknown unit ("for a while"), as TimeBank writes it.
_DURATION = rf"P(?:(?:{_NUM}(?:Y|M|W|D|Q|DE|CE|L))+(?:T(?:{_NUM}(?:H|M|S))+)?|T(?:{_NUM}(?:H|M|S))+|XX)"
_REF = r"PAST_REF|PRESENT_REF|FUTURE_REF"
VALUE_RE = re.compile(rf"(?:{_REF}|{_DURATION}|{_DATE}|XXXX-WXX-[1-7]|T\d{{2}}:\d{{2}})")

_WRITTEN_WEEKDAY = re.compile(r"XXXX-(WXX-[1-7](?:T[\w:]+)?)")
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # months; 13, 14 = next year
_PARSE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{1,2})(?:-(?P<wd>[1-7]|WE))?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?P<t>T.*)?$"
)


def is_valid_value(value: str) -> bool:
    return bool(VALUE_RE.fullmatch(value))


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def span_of(value: str) -> tuple[date, date, Granularity] | None:
    """The first and last day `value` covers, with its granularity; None for anything not calendar time
    (durations, sets, references, values with X placeholders)."""
    if value.startswith("FY"):
        value = value[2:]
    if len(value) == 3 and value.isdigit():  # decade, e.g. 199 = the 1990s
        y = int(value) * 10
        return (date(y, 1, 1), date(y + 9, 12, 31), "range")
    if len(value) == 2 and value.isdigit():  # century, e.g. 19 = 1900-1999
        y = int(value) * 100
        return (date(max(y, 1), 1, 1), date(y + 99, 12, 31), "range")
    m = _PARSE.match(value)
    if not m or "X" in value.split("T")[0]:
        return None
    y = int(m["y"])
    try:
        if m["d"]:
            d = date(y, int(m["m"]), int(m["d"]))
            return (d, d, "day")
        if m["m"]:
            return (date(y, int(m["m"]), 1), _month_end(y, int(m["m"])), "month")
        if m["w"]:
            monday = date.fromisocalendar(y, int(m["w"]), 1)
            if m["wd"] == "WE":
                return (monday + timedelta(days=5), monday + timedelta(days=6), "range")
            if m["wd"]:
                d = monday + timedelta(days=int(m["wd"]) - 1)
                return (d, d, "day")
            return (monday, monday + timedelta(days=6), "week")
        if m["q"]:
            q = int(m["q"])
            return (date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter")
        if m["h"]:
            h = int(m["h"])
            return (date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "range")
        if m["s"]:
            first, last = _SEASONS[m["s"]]
            end_y, end_m = (y + 1, last - 12) if last > 12 else (y, last)
            return (date(y, first, 1), _month_end(end_y, end_m), "range")
        return (date(y, 1, 1), date(y, 12, 31), "year")
    except (ValueError, OverflowError):  # 2021-02-30, week 54, year 0, the week that ends after 9999
        return None


# a year's thirds by months, (first, last)
_YEAR_THIRDS = {"EARLY": (1, 4), "START": (1, 4), "MID": (5, 8), "LATE": (9, 12), "END": (9, 12)}


def narrow(start: date, end: date, mod: str | None) -> tuple[date, date]:
    """EARLY/MID/LATE (and START/END) keep a third of the interval's days, the three thirds apart:
    'early August' is the 1st to the 10th, 'mid-August' the 11th to the 20th, 'late August' the
    21st to the 31st (as news and annotators read them; before, the thirds shared their edge days and
    'early August' ran to the 11th), 'late 2024' Sep-Dec. Two days have no thirds: kept whole.
    A whole year is cut by months (Jan-Apr, May-Aug, Sep-Dec): its days split in 365 put 'late 2021'
    on August 31 and 'mid-2021' on May 2."""
    if mod not in _YEAR_THIRDS:
        return start, end
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        first, last = _YEAR_THIRDS[mod]
        return date(start.year, first, 1), _month_end(start.year, last)
    third = ((end - start).days + 1) // 3
    if third == 0:
        return start, end
    first_end, last_start = start + timedelta(days=third - 1), start + timedelta(days=2 * third)
    if mod in {"EARLY", "START"}:
        return start, first_end
    if mod == "MID":
        return first_end + timedelta(days=1), last_start - timedelta(days=1)
    return last_start, end


def to_interval(value: str, mod: str | None, basis: str, confidence: float) -> DateInterval | None:
    span = span_of(value)
    if span is None:
        return None
    start, end, gran = span
    if mod in {"EARLY", "START", "MID", "LATE", "END"}:
        start, end = narrow(start, end, mod)
        gran = "range"
    return DateInterval(start, end, gran, confidence, basis)


def merge(a: str, b: str, written: str | None = None) -> str:
    """One value for two readings (the earliest and latest possible anchor): fields that differ become
    X, and so does every field after them, unless the text itself gives it. `written` is the reading
    without an anchor ("May 23" -> 'XXXX-05-23', "Thursday" -> 'XXXX-WXX-4'): a later field the two
    readings share is kept only where `written` has it too, as a day both readings put on the 7th by
    chance ("yesterday") is not the text's. '2021-05-04' + '2021-09-28' -> '2021-XX-XX';
    '2024-05-23' + '2025-05-23' with 'XXXX-05-23' -> 'XXXX-05-23'; a weekday whose month is lost keeps
    its day of the week ('2024-WXX-4'; TimeML cannot write "a Thursday in May 2024": '2024-05-XX')."""
    if a == b:
        return a
    fa, fb = a.split("-"), b.split("-")
    if len(fa) != len(fb):
        return "XXXX"
    fw = written.split("-") if written else []
    out: list[str] = []
    differ = False
    for i, (x, y) in enumerate(zip(fa, fb, strict=True)):
        differ = differ or x != y
        if not differ or (x == y and len(fw) == len(fa) and fw[i] == x):
            out.append(x)
        elif x[:1] == "W":
            out.append("WXX")
        elif x[:1] in "QH" and len(x) == 2:
            out.append(x[0] + "X")
        else:
            day, clock = x.partition("T")[::2]
            # the hour or part of the day both readings share is the text's, whatever the day
            out.append("X" * len(day) + ("T" + clock if clock and y.partition("T")[2] == clock else ""))
    if written and (weekday := _WRITTEN_WEEKDAY.fullmatch(written)) and len(out) > 1 and out[1] == "XX":
        return f"{out[0]}-{weekday.group(1)}"  # no month left to keep: the day of the week is the text's
    return "-".join(out)
