"""From a pattern match to a TimeML type, value and mod, against one reference day and a tense.

Every function takes the match and a `Context`; with `ctx.ref` None (no usable anchor) relative
expressions come out with X placeholders (XXXX-WXX-2, XXXX-08-25) and absolute ones unchanged. The
tagger calls a function twice, with the earliest and latest possible anchor, when the publication
date is only known as an interval, and merges the two values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dateline.time import calendar_math as cal
from dateline.time import values
from dateline.time.lexicon import lexicon, lookup, number
from dateline.time.patterns import DAY, MONTH, RANGE_JOIN, WEEKDAY, YEAR
from dateline.time.tense import Direction

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Context:
    text: str
    ref: date | None
    tense: Direction
    last_day: date | None = None  # the latest day mentioned, for "the next day", "that day"
    last_value: str | None = None  # the latest calendar value with a year, for "later that year"


@dataclass(frozen=True)
class Norm:
    type: TimexType
    value: str
    mod: str | None = None
    relative: bool = False  # depends on the reference day (so on the anchor)


Handler = Callable[[re.Match[str], Context], Norm | None]

_MODS = {"early": "EARLY", "mid": "MID", "late": "LATE", "earlier": None, "later": None}
_POS = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}
_APPROX = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "up to": "EQUAL_OR_LESS", "at least": "EQUAL_OR_MORE",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
}  # fmt: skip
_UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y",
         "decade": "DE", "century": "CE", "centurie": "CE", "quarter": "Q", "weekend": "WE"}  # fmt: skip
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
# "rose 5% a year later": the amount and "a year" do not make a rate when a shift word follows
_SHIFT_AFTER = re.compile(r"\s+(?:later|earlier|before|after|ago)\b", re.I)
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|thousand|hundred|percent|dollars?|euros?|times|once|twice"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|dozen)s?)"
    # "50,000 copies a year", "four flights a week", "hundreds of interviews a day": the amount may
    # name what it counts; a comma or a dash ends the amount's phrase ("in 2012, a year after the
    # uprising", "on May 8 — a week before the vote")
    r"(?:\s+of)?(?:\s+[a-z]+s)?[^\w.!?;:,—–]{0,3}$",
    re.I,
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|should|must)\s+$", re.I)


def _g(m: re.Match[str], name: str) -> str | None:
    """A named group, None when the rule has no such group or it did not take part."""
    return m.groupdict().get(name)


def _mod(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    if mod := groups.get("mod") or groups.get("fmod"):
        return _MODS.get(mod.lower())
    if groups.get("pos"):
        return _POS[groups["pos"].lower()]
    return None


def _month(m: re.Match[str]) -> int:
    """The month of a match, written as a name ("Sept.") or a number ("03" in 2024-03-12); a number
    outside 1..12 is returned as is and fails the callers' calendar check (`_valid_day`)."""
    mon = _g(m, "mon").rstrip(".")
    return int(mon) if mon.isdigit() else int(lexicon()["months"][mon])


def _year(text: str) -> int:
    if not text.isdigit():
        return _spelled_year(text)
    y = int(text)
    return y + (1900 if y >= 40 else 2000) if y < 100 else y


def _spelled_year(text: str) -> int:
    """ "nineteen ninety-six" -> 1996, "twenty oh five" -> 2005, "two thousand and one" -> 2001."""
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + int(number(" ".join(rest)) or 0) if rest else 2000
    century = int(number(words[0]) or 0)
    rest = [w for w in words[1:] if w != "oh"]
    return century * 100 + int(number(" ".join(rest)) or 0)


def _day_value(d: date | None, m_: int, d_: int) -> str:
    return f"{d.year:04d}-{m_:02d}-{d_:02d}" if d else f"XXXX-{m_:02d}-{d_:02d}"


def _valid_day(y: int, mon: int, day: int) -> bool:
    try:
        date(y, mon, day)
    except ValueError:
        return False
    return True


def date_abs(m: re.Match[str], ctx: Context) -> Norm | None:
    mon, day, y = _month(m), int(re.sub(r"\D", "", _g(m, "day"))), _year(_g(m, "year"))
    return Norm("DATE", f"{y:04d}-{mon:02d}-{day:02d}") if _valid_day(y, mon, day) else None


def date_numeric(m: re.Match[str], ctx: Context) -> Norm | None:
    if _g(m, "year0"):  # year first: 2013/03/12
        y, mon, day = int(_g(m, "year0")), int(_g(m, "mon0")), int(_g(m, "day0"))
    else:
        mon, day, y = int(_g(m, "mon")), int(_g(m, "day")), _year(_g(m, "year"))
    return Norm("DATE", f"{y:04d}-{mon:02d}-{day:02d}") if _valid_day(y, mon, day) else None


# what joins the two days of a pair: "April 24 and 25", "March 3-4", "May 1 or 2"
_PAIR_JOIN = rf"(?:or|{RANGE_JOIN})"
# the other end of a range or pair, with the year it states for both: "May 1|-2, 2021", "March 3| and
# 4, 2020", "June 30|-July 2, 2019", "28 February| to 3 March 2021"
_PAIR_YEAR = re.compile(
    rf"\s*{_PAIR_JOIN}\s*(?:{WEEKDAY},?\s+)?(?:(?P<mon>{MONTH})\s*(?P<day>{DAY})|(?P<dayf>{DAY})\s+(?:of\s+)?(?P<monf>{MONTH})"
    rf"|(?P<day0>{DAY})),?\s+(?P<year>{YEAR})\b"
)


def _year_of_pair(text: str, end: int, mon: int, day: int) -> int | None:
    """The year a range's second end states for its first ("June 30-July 2, 2019"): the same year when
    the first end comes before the second in it, the year before when the range crosses New Year
    ("Dec. 30-Jan. 2, 2020"); None when no year follows or the two ends are not in order."""
    pair = _PAIR_YEAR.match(text, end)
    if pair is None:
        return None
    y = _year(pair["year"])
    if pair["day0"]:  # a bare second day is in the first's month: "May 1-2, 2021"
        return y if int(re.sub(r"\D", "", pair["day0"])) > day else None
    mon2 = int(lexicon()["months"][(pair["mon"] or pair["monf"]).rstrip(".")])
    day2 = int(re.sub(r"\D", "", pair["day"] or pair["dayf"]))
    return y if (mon, day) < (mon2, day2) else y - 1


_ENDED_BEFORE = re.compile(r"\bended\s+(?:on\s+)?$", re.I)


def month_day(m: re.Match[str], ctx: Context) -> Norm | None:
    mon, day = _month(m), int(re.sub(r"\D", "", _g(m, "day")))
    if not _valid_day(2000, mon, day):
        return None
    if (y := _year_of_pair(ctx.text, m.end(), mon, day)) is not None:  # the range's year is the first end's
        return Norm("DATE", f"{y:04d}-{mon:02d}-{day:02d}") if _valid_day(y, mon, day) else None
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}", relative=True)
    named = _named_year(m, ctx)
    y = named or cal.day_year(ctx.ref, mon, day, ctx.tense)
    ended = _ENDED_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if ended and not named and _valid_day(ctx.ref.year, mon, day):
        # "the quarter ended Oct. 30", "the strike ended Nov. 2": what has ended ended on or before the
        # reference, also within the month around it where a year-less day is otherwise that occurrence
        y = ctx.ref.year - (date(ctx.ref.year, mon, day) > ctx.ref)
    y = _year_of_weekday(m, y, mon, day, ctx.ref)
    if not _valid_day(y, mon, day):  # Feb 29 outside a leap year
        return None
    return Norm("DATE", f"{y:04d}-{mon:02d}-{day:02d}", relative=True)


_MONTH_STEP = {"this": 0, "the": 0, "last": -1, "next": 1}


def month_ordinal(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "on the 5th", "by the 28th of next month": a day whose month the text has just told (the
    latest day mentioned: "talks opened on March 3 and ended on the 5th"), else the month the tense
    picks around the reference: a day past in a past clause, ahead in a future one, the reference's
    own month with no tense to go by."""
    day = int(re.sub(r"\D", "", _g(m, "day")))
    base = ctx.ref if _g(m, "rel") else ctx.last_day or ctx.ref
    if base is None:
        return Norm("DATE", f"XXXX-XX-{day:02d}", relative=True)
    step = _MONTH_STEP[_g(m, "rel").lower()] if _g(m, "rel") else 0
    if not _g(m, "rel") and ctx.last_day is None:
        if ctx.tense == "past" and day > base.day:
            step = -1
        elif ctx.tense == "future" and day < base.day:
            step = 1
    month = cal.shift(base.replace(day=1), "M", step)
    if not _valid_day(month.year, month.month, day):
        return None
    return Norm("DATE", f"{month.year:04d}-{month.month:02d}-{day:02d}", relative=True)


# "on Oct. 7 last year": the year named right after a month and day is theirs (the month rule reads
# "in March last year" as one expression), and after a pair or range it is both ends' ("April 27-28
# last year", "May 30 to June 2 next year"), as a year written there is (`_PAIR_YEAR`)
_YEAR_AFTER = re.compile(
    rf"(?:\s*{_PAIR_JOIN}\s*(?:{MONTH}\s*{DAY}|{DAY}(?:\s+(?:of\s+)?{MONTH})?)\b)?"
    r",?\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|next|this))\s+(?i:year)\b"
)


def _named_year(m: re.Match[str], ctx: Context) -> int | None:
    after = _YEAR_AFTER.match(ctx.text, m.end())
    if after is None or ctx.ref is None:
        return None
    return ctx.ref.year + {"last": -1, "next": 1, "this": 0}[after["rel"].lower()]


def _year_of_weekday(m: re.Match[str], y: int, mon: int, day: int, ref: date) -> int:
    """ "Monday, February 27" names its year by the weekday: of the year the tense picks and the
    years beside it, the one where that day is that weekday and nearest the reference (a planned
    meeting named in a past-tense clause, "called for Monday, February 27", is still ahead)."""
    if not m.groupdict().get("wd"):
        return y
    wd = int(lexicon()["weekdays"][_g(m, "wd")])
    fits = [c for c in (y, y - 1, y + 1) if 1 <= c <= 9999 and _valid_day(c, mon, day)]
    fits = [c for c in fits if date(c, mon, day).isoweekday() == wd]
    if not fits or y in fits:
        return y
    return min(fits, key=lambda c: abs((date(c, mon, day) - ref).days))


# the first day of a pair whose second day a "second_day" match holds: "April 24 and |25"
_FIRST_DAY = re.compile(rf"(?P<mon>{MONTH})\s*(?P<day>{DAY})\s*{_PAIR_JOIN}\s*$")


def second_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """The second day of "April 24 and 25", "March 3-4": the month (and year) of the first, which the
    narrative has just resolved, or the second day's own year ("April 24 and 25, 2025")."""
    first = _FIRST_DAY.search(ctx.text, max(0, m.start() - 30), m.start())
    if first is None:
        return None
    mon, day1 = _month(first), int(re.sub(r"\D", "", _g(first, "day")))
    day = int(re.sub(r"\D", "", _g(m, "day")))
    if day <= day1 or not _valid_day(2000, mon, day):
        return None
    if _g(m, "year"):
        y = _year(_g(m, "year"))
        return Norm("DATE", f"{y:04d}-{mon:02d}-{day:02d}") if _valid_day(y, mon, day) else None
    if (named := _named_year(m, ctx)) is not None:  # "April 27-28 last year"
        valid = _valid_day(named, mon, day)
        return Norm("DATE", f"{named:04d}-{mon:02d}-{day:02d}", relative=True) if valid else None
    last = ctx.last_day
    if last is not None and (last.month, last.day) == (mon, day1) and _valid_day(last.year, mon, day):
        return Norm("DATE", f"{last.year:04d}-{mon:02d}-{day:02d}", relative=True)
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}", relative=True)
    y = cal.day_year(ctx.ref, mon, day1, ctx.tense)
    return Norm("DATE", f"{y:04d}-{mon:02d}-{day:02d}", relative=True) if _valid_day(y, mon, day) else None


def first_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """The first day of "10-12 September", "from 3 to 5 March 2021": the month and year of the
    second end, which is resolved as any day is; the first day comes before it."""
    mon, day, day2 = _month(m), int(re.sub(r"\D", "", _g(m, "day"))), int(re.sub(r"\D", "", _g(m, "day2")))
    if not day < day2 or not _valid_day(2000, mon, day2):
        return None
    if _g(m, "year"):
        return Norm("DATE", f"{_year(_g(m, 'year')):04d}-{mon:02d}-{day:02d}")
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}", relative=True)
    y = _named_year(m, ctx) or cal.day_year(ctx.ref, mon, day2, ctx.tense)  # "3-4 March next year"
    return Norm("DATE", f"{y:04d}-{mon:02d}-{day:02d}", relative=True)


def month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    mon = _month(m)
    if m.groupdict().get("rel"):
        if ctx.ref is None:
            return Norm("DATE", f"XXXX-{mon:02d}", relative=True)
        y = ctx.ref.year + {"last": -1, "next": 1, "this": 0}[_g(m, "rel").lower()]
        return Norm("DATE", f"{y:04d}-{mon:02d}", relative=True)
    return Norm("DATE", f"{_year(_g(m, 'year')):04d}-{mon:02d}", _mod(m))


# the second month of a range or pair, with the year it states for both: "January| to March 2019",
# "October|-December 2018", "March| and April 2020"
_MONTH_PAIR_YEAR = re.compile(rf"\s*{_PAIR_JOIN}\s*(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})\b")


def month(m: re.Match[str], ctx: Context) -> Norm | None:
    mon, rel = _month(m), (_g(m, "rel") or "").lower() or None
    if not rel and (pair := _MONTH_PAIR_YEAR.match(ctx.text, m.end())):
        # the first month takes the second's year, the year before when the range crosses New Year
        y = _year(pair["year"]) - (mon > _month(pair))
        return Norm("DATE", f"{y:04d}-{mon:02d}", _mod(m))
    bare = not (rel or _g(m, "mod") or _g(m, "pos"))
    before = ctx.text[max(0, m.start() - 16) : m.start()]
    timed = _MONTH_PREPOSITION.search(before)
    paired = _MONTH_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    if _g(m, "mon") == "May" and bare and not (timed or paired):
        return None  # "May" alone is far more often a modal or a name; "between March and May" is not
    if bare and _g(m, "mon") == "March" and _NAMED_MARCH.match(ctx.text, m.end()):
        return None  # a procession's name: "the annual March for Life", "the March of the Mothers"
    headline = _TITLE_WORD_BEFORE.search(before) and _TITLE_WORD_AFTER.match(ctx.text, m.end())
    if bare and not timed and headline:
        return None  # a headline's verb between capitalised words: "Thousands March Against Cuts"
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{mon:02d}", _mod(m), relative=True)
    y = cal.year_for(ctx.ref, (mon,), (ctx.ref.month,), ctx.tense, rel)
    return Norm("DATE", f"{y:04d}-{mon:02d}", _mod(m), relative=True)


_SENTENCE_END = re.compile(r"[.!?\n][\s\"'`]*$")


def _starts_sentence(text: str, pos: int) -> bool:
    return pos == 0 or _SENTENCE_END.search(text, max(0, pos - 6), pos) is not None


_MONTH_PREPOSITION = re.compile(
    r"\b(?:in|since|by|until|of|from|to|through|during|before|after|early|late|mid)\s+$", re.I
)
# the first month of a pair or range just before: "between March and| May", "April or| May"
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s*{_PAIR_JOIN}\s*$")
_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_TITLE_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
_NAMED_MARCH = re.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]")


def holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    spec = lookup("holidays", _g(m, "name"))
    if re.match(r"\s+[A-Z][a-z]", ctx.text[m.end() :]) and not _g(m, "year"):
        return None  # part of a name: "Easter Island", "Christmas Carol Society"
    rel = (_g(m, "rel") or "").lower() or None

    def value(day: date) -> str:
        if _g(m, "week"):  # "Easter week": the ISO week of the day
            iy, w, _ = day.isocalendar()
            return f"{iy:04d}-W{w:02d}"
        return day.isoformat()

    if _g(m, "year"):
        day = cal.holiday(spec, int(_g(m, "year")))
        return Norm("DATE", value(day)) if day else None
    if ctx.ref is None:
        fixed = re.fullmatch(r"\d\d-\d\d", spec)
        return Norm("DATE", f"XXXX-{spec}" if fixed else "XXXX-XX-XX", relative=True)
    this_year = cal.holiday(spec, ctx.ref.year)
    if this_year is None:
        return None
    day = cal.holiday_near(spec, ctx.ref) if rel is None else None
    if day is None:
        key = (this_year.month, this_year.day)
        day = cal.holiday(spec, cal.year_for(ctx.ref, key, (ctx.ref.month, ctx.ref.day), ctx.tense, rel))
    return Norm("DATE", value(day), relative=True) if day else None


def year(m: re.Match[str], ctx: Context) -> Norm | None:
    y = _year(_g(m, "short")) if m.groupdict().get("short") else _year(_g(m, "year"))
    # "fiscal 1989" is written 1989, as TimeBank writes it (4 of 4 fiscal years in its half A; AQUAINT
    # has none): TimeML's value grammar has no fiscal calendar
    if end := _g(m, "fyend"):
        # "fiscal 1989-90" is one fiscal year, named (as "fiscal 1990" is) by the year it ends in;
        # "fiscal 1989-92" is no single year, and its years are tagged one by one
        if _end_year(y, end) != y + 1:
            return None
        y += 1
    return Norm("DATE", f"{y:04d}", _mod(m))


_RANGE_FIRST_YEAR = re.compile(r"(?<![\d$€£.,#/-])((?:1[89]|20)\d\d)[-–/]$")


def _end_year(start: int, written: str) -> int:
    """The year that ends a range starting in `start`, written whole or by its last two digits (of the
    first year's century, or the next one: "1999-00" ends in 2000)."""
    end = int(written) if len(written) == 4 else start // 100 * 100 + int(written)
    return end + 100 if len(written) == 2 and end <= start else end


def second_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """The end of a range of years ("2001-2002", "2019-20"): a later year, which may keep only its last
    two digits (of the first year's century, or the next one: "1999-00")."""
    first = _RANGE_FIRST_YEAR.search(ctx.text, max(0, m.start() - 6), m.start())
    if first is None:
        return None
    start = int(first.group(1))
    end = _end_year(start, _g(m, "year"))
    return Norm("DATE", f"{end:04d}") if start < end <= start + 100 else None


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip


_TEMPERATURE = re.compile(r"temperature|degree|\bhighs?\b|\blows?\b|weather|°|fahrenheit|celsius", re.I)


def decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if _g(m, "decw"):  # "the nineties": the century's decade before the reference, as for '90s
        dec = _DECADE_WORDS[_g(m, "decw").lower()]
        century = 19 if ctx.ref is None or dec > ctx.ref.year % 100 // 10 else ctx.ref.year // 100
        if _g(m, "decc"):  # "the nineteen-eighties" writes its century
            century = 19 if _g(m, "decc").lower() == "nineteen" else 20
        return Norm("DATE", f"{century}{dec}", _mod(m))
    if _g(m, "cent"):
        if _g(m, "dec") == "0" and _g(m, "cent") != "20":
            # "the 1800s", "the early 1900s": a hundred years, written as the century (TIDES 2005
            # values a century by its first two digits); "the 2000s" is read as the decade
            return Norm("DATE", _g(m, "cent"), _mod(m))
        return Norm("DATE", f"{_g(m, 'cent')}{_g(m, 'dec')}", _mod(m))
    dec = _g(m, "dec") or _g(m, "dec2")
    before = re.split(r"[.!?;]\s", ctx.text[max(0, m.start() - 60) : m.start()])[-1]
    if "'" not in m.group(0) and not _g(m, "cent") and _TEMPERATURE.search(before):
        return None  # "highs in the 70s": degrees, not a decade
    century = "19" if ctx.ref is None or int(dec) > ctx.ref.year % 100 // 10 else str(ctx.ref.year // 100)
    return Norm("DATE", f"{century}{dec}", _mod(m))


def century(m: re.Match[str], ctx: Context) -> Norm | None:
    ordinal = _g(m, "ord").lower()
    n = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}.get(ordinal) or int(
        re.sub(r"\D", "", ordinal)
    )
    return Norm("DATE", f"{n - 1:02d}", _mod(m)) if 1 <= n <= 30 else None


def _part(m: re.Match[str]) -> str:
    groups = m.groupdict()
    part = groups.get("part") or groups.get("fpart")  # "Friday night", "mid-afternoon Friday"
    return lookup("parts_of_day", part) if part else ""


def weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    wd = int(lexicon()["weekdays"][_g(m, "wd")])
    rel = " ".join((_g(m, "rel") or "").lower().split()) or None
    part = _part(m)
    if rel is not None and rel.startswith("the "):
        # "the previous Friday", "the following Monday": from the day the narrative last named
        base = ctx.last_day or ctx.ref
        step = -1 if rel in ("the previous", "the preceding") else 1
        if base is None:
            return Norm("DATE", f"XXXX-WXX-{wd}", relative=True)
        day = base + timedelta(days=step)
        while day.isoweekday() != wd:
            day += timedelta(days=step)
        value = day.isoformat()
    elif ctx.ref is None:
        value = f"XXXX-WXX-{wd}"
    else:
        rel = "past" if rel == "this past" else rel
        value = cal.weekday(ctx.ref, wd, ctx.tense, rel).isoformat()
    return _day_and_part(value, part, _mod(m))


def _day_and_part(value: str, part: str, mod: str | None) -> Norm:
    """A day, or a part of one: "Friday night", "this morning" are TIMEs in TimeML (TimeML 1.2.1
    guidelines: TIME is a time of day "even if in a very indefinite way", e.g. "this afternoon"),
    as TimeBank and MEANTIME write them."""
    if part:
        return Norm("TIME", f"{value}T{part}", mod, relative=True)
    return Norm("DATE", value, mod, relative=True)


def relday(m: re.Match[str], ctx: Context) -> Norm | None:
    word = " ".join(_g(m, "word").lower().split())
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "this": 0, "last": -1,
              "before yesterday": -2, "after tomorrow": 2}[word]  # fmt: skip
    part = _part(m) or ("NI" if word == "tonight" else "")
    day = ctx.ref + timedelta(days=offset) if ctx.ref else None
    return _day_and_part(cal.unit_value(day, "D"), part, _mod(m))


def relunit(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = " ".join(_g(m, "rel").lower().split()) if _g(m, "rel") else "this"
    rel = {"this past": "last", "prior": "previous", "preceding": "previous"}.get(rel, rel)
    unit_word = _g(m, "unit").lower()
    # "the past year" is a duration; "the last year" the calendar year before (TimeBank, MEANTIME)
    if rel == "the past" or (rel == "past" and not _g(m, "pos")):
        if unit_word in lexicon()["seasons"]:
            return None
        if unit_word == "weekend":
            return Norm("DURATION", "P2D")
        unit = _UNIT[unit_word]
        return Norm("DURATION", _duration_value(1, unit), None)
    mod = _mod(m)
    if rel == "same" and unit_word in ("year", "quarter", "month", "week") and (told := antecedent(m, ctx)):
        return told  # "elected in 2011 and resigned the same year": the period the narrative named
    if rel in ("current", "same"):
        rel = "this"
    if unit_word in lexicon()["seasons"]:
        code = lookup("seasons", unit_word)
        value = cal.season(ctx.ref, code, ctx.tense, rel) if ctx.ref else f"XXXX-{code}"
        return Norm("DATE", value, mod, relative=True)
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "this": 0}[rel]
    if unit_word == "weekend":
        if ctx.ref is None:
            return Norm("DATE", "XXXX-WXX-WE", relative=True)
        if not _g(m, "rel"):  # "over the weekend": the last one unless the clause is future
            step = 1 if ctx.tense == "future" else -1 if ctx.ref.isoweekday() < 6 else 0
        # the weekend nearest in the direction asked; "this weekend" on a weekday is the coming one
        saturday = ctx.ref + timedelta(days=6 - ctx.ref.isoweekday())
        if ctx.ref.isoweekday() == 7:
            saturday -= timedelta(days=7)
        if step == -1 or (step == 0 and ctx.tense == "past" and ctx.ref.isoweekday() < 6):
            saturday -= timedelta(days=7)
        elif step == 1 and ctx.ref.isoweekday() >= 6:
            saturday += timedelta(days=7)
        y, w, _ = saturday.isocalendar()
        return Norm("DATE", f"{y:04d}-W{w:02d}-WE", relative=True)
    unit = _UNIT[unit_word]
    base = _narrative_base(m, rel, ctx) or ctx.ref
    if base is None:
        return Norm("DATE", cal.unit_value(None, unit), mod, relative=True)
    # "last year" is the calendar year even beside a quarter ("third-quarter profit slid from $9
    # million last year"): TimeML writes what the words name, and a quarter a year back is only
    # written where the words say "a year ago" / "a year earlier" (`_quarter_a_year_back`)
    return Norm("DATE", cal.unit_value(cal.shift(base, unit, step), unit), mod, relative=True)


def _narrative_base(m: re.Match[str], rel: str, ctx: Context) -> date | None:
    """ "the following year", "the previous month": counted from the date the narrative last named
    ("removed in 2013 ... elected the following year": 2014), as TimeML anchors them; "next year"
    and "last month" count from the reference."""
    if not (_g(m, "the") and rel in ("following", "previous", "next") and ctx.last_value):
        return None
    span = values.span_of(ctx.last_value)
    if span is None:
        return None
    # "the next year" is the narrative's next in a past clause ("signed in 1998; the next year ...")
    # or after a date still ahead ("opens in 2030 and reaches full output the next year"); otherwise
    # it is the reference's ("over the next year")
    if rel == "next" and not (ctx.tense == "past" or (ctx.ref is not None and span[0] > ctx.ref)):
        return None
    return span[0]


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _duration_value(n: float | None, unit: str) -> str:
    """P2W, PT5H, P10Y for a decade; X for a vague amount."""
    amount = "X" if n is None else None
    if unit in ("DE", "CE"):
        factor = 10 if unit == "DE" else 100
        return f"P{amount or _fmt(n * factor)}Y"  # "decades" is PXY, as annotators write it
    return f"P{amount or _fmt(n)}{unit}"


def _time_unit(unit_word: str) -> tuple[str, bool]:
    """Unit code and whether it is a clock unit (PT...)."""
    word = unit_word.lower().rstrip("s")
    return _UNIT[word], word in ("second", "minute", "hour")


# A fraction of a clock unit is written in the next smaller one, as annotators do: 5 1/2 hours =
# PT5H30M (but 2 1/2 years stays P2.5Y).
_SMALLER = {"H": (60, "M"), "M": (60, "S")}


def _duration(n: float | None, unit_word: str) -> str:
    unit, clock = _time_unit(unit_word)
    if n is not None and n != int(n) and clock and unit in _SMALLER:
        factor, smaller = _SMALLER[unit]
        whole = f"{int(n)}{unit}" if int(n) else ""
        return f"PT{whole}{_fmt(round((n - int(n)) * factor, 3))}{smaller}"
    if clock:
        return f"PT{'X' if n is None else _fmt(n)}{unit}"
    return _duration_value(n, unit)


def ago(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number(_g(m, "num")) if m.groupdict().get("num") else None
    unit, clock = _time_unit(_g(m, "unit"))
    ahead = bool(m.groupdict().get("ahead"))
    if n is None or clock:
        return Norm("DATE", "FUTURE_REF" if ahead else "PAST_REF") if n is None else None
    if unit in ("DE", "CE") and n != int(n):  # "half a century ago": fifty years back
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    if ctx.ref is None or n != int(n):
        return Norm("DATE", cal.unit_value(None, unit), relative=True)
    if not ahead and (n, unit) == (1, "Y") and (moved := _quarter_a_year_back(m, ctx)):
        return Norm("DATE", moved, relative=True)
    when = cal.shift(ctx.ref, unit, int(n) if ahead else -int(n))
    mod = _APPROX.get(" ".join((_g(m, "approx") or "").lower().split()))
    # "a decade ago" is the year ten years back (1989), not the decade it falls in
    grain = "Y" if unit in ("DE", "CE") else unit
    return Norm("DATE", cal.unit_value(when, grain), "APPROX" if mod else None, relative=True)


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")


def _quarter_a_year_back(m: re.Match[str], ctx: Context) -> str | None:
    """In an earnings report "a year ago" compares with the quarter just named ("third-quarter profit
    rose 5% from a year ago"): that quarter a year earlier."""
    if ctx.last_value is None or not _QUARTER_VALUE.fullmatch(ctx.last_value):
        return None
    if not beside_quarter(ctx.text, m.start()):
        return None
    return cal.shift_year(ctx.last_value, -1)


_QUARTER_WORD = re.compile(r"quarter", re.I)


def beside_quarter(text: str, start: int) -> bool:
    """A quarter is named in the sentence or two before `start`: an earnings comparison."""
    return _QUARTER_WORD.search(text, max(0, start - 150), start) is not None


def duration(m: re.Match[str], ctx: Context) -> Norm | None:
    num = (_g(m, "num") or "one").lower()
    unit_word = _g(m, "unit").lower()
    bare = num in ("a", "an", "one") and not (_g(m, "rel") or _g(m, "approx") or _g(m, "adj"))
    if bare and _AMOUNT_BEFORE.search(ctx.text[max(0, m.start() - 25) : m.start()]):
        return Norm("SET", _duration(1, unit_word))  # "$5 billion a year", "twice a week"
    modal = _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if num == "one" and unit_word == "day" and bare and modal:
        return Norm("DATE", "FUTURE_REF")  # "will one day be": some day, not a stretch of 24 hours
    if num in ("a", "an") and unit_word == "second":
        return None  # "a second term", "a second consecutive day"
    if (
        unit_word.startswith("quarter")
        and num in ("a", "an", "one", "three")
        and (
            re.match(r",?\s+of\b", ctx.text[m.end() :])
            or re.search(r"\d[^.;\d]{0,20}\bor\s+$", ctx.text[max(0, m.start() - 30) : m.start()])
        )
    ):
        return None  # "about a quarter of the workforce", "789 stores, or about a quarter": a fraction
    unit_text = _g(m, "unit")
    if unit_text[0].isupper() and not re.search(r"(?:^|[.!?\n]\s*)$", ctx.text[: m.start()]):
        return None  # a capitalised unit inside a sentence is a name: "60 Minutes", "24 Hours"
    if num == "recent" and not _g(m, "rel"):
        return Norm("DATE", "PAST_REF")  # "in recent years": a time before now, not a stretch
    n = number(num)
    if n is not None and _g(m, "andhalf"):  # "a minute and a half", "two years and a half"
        n += 0.5
    mod = _APPROX.get(" ".join((_g(m, "approx") or "").lower().split()))
    return Norm("DURATION", _duration(n, unit_word), mod)


def vague_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _g(m, "unit"):
        return Norm("DURATION", "PXX")  # "for a while": neither length nor unit
    if m.group(0).lower().split()[0] == "past" and len(m.group(0).split()) == 2:
        return Norm("DATE", "PAST_REF")  # "in past years", like "in recent years"
    return Norm("DURATION", _duration(None, _g(m, "unit")))


_MONTH_PREFIX = re.compile(r"\d{4}-\d\d(?:-|$)")
# "could last years": the verb "last" measures a stretch as "for" does
_STRETCH_BEFORE = re.compile(
    r"\b(?:over\s+the|within|in|in\s+just|in\s+only|(?:to|will|would|could|may|might|can|should|must|not)\s+last)\s+$",
    re.I,
)
# "the talks follow years of tension", "after weeks of protests", "amid months of unrest": the stretch
# before the event that ends it
_STRETCH_OF_BEFORE = re.compile(
    r"\b(?:after|following|follows|followed|amid|despite|ending|ended|ends)\s+$", re.I
)
_OF_AFTER = re.compile(r"\s+of\s")
_EVENT_AFTER = re.compile(r"\s+(?:before|after|that\s+followed|following|leading\s+up|since|prior)\b", re.I)


def stretch(m: re.Match[str], ctx: Context) -> Norm | None:
    """A bare plural unit is an unmeasured stretch after "over the", "within", "in (just)" ("its
    highest level in years"), or as "the weeks before/after" an event told in the sentence."""
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if _OF_AFTER.match(ctx.text, m.end()):
        found = _STRETCH_BEFORE.search(before) or _STRETCH_OF_BEFORE.search(before)
        return vague_duration(m, ctx) if found else None
    if _STRETCH_BEFORE.search(before):
        return vague_duration(m, ctx)
    if not (before.lower().endswith("the ") and _EVENT_AFTER.match(ctx.text, m.end())):
        return None
    told = ctx.last_value
    if _g(m, "unit").lower() in ("day", "week") and told is not None and _MONTH_PREFIX.match(told):
        # "in the days before the shooting" lies around the event the story last dated: its month,
        # as TimeML annotators write it
        return Norm("DATE", told[:7], relative=True)
    return vague_duration(m, ctx)


# Adjectives that TimeBank and AQUAINT leave untagged before a noun (MEANTIME writes "annual loss" as a
# one-year DURATION); "daily", "weekly" are tagged there often enough to keep.
_PERIODIC_ADJECTIVES = frozenset({"annual", "quarterly", "biannual"})
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|in|on|at|to|for|by|from|since|until|than|as)\b)[a-z]")


def set_(m: re.Match[str], ctx: Context) -> Norm | None:
    groups = m.groupdict()
    if groups.get("word"):
        word = " ".join(_g(m, "word").lower().split())
        if word.startswith("a ") and (
            not _AMOUNT_BEFORE.search(ctx.text[max(0, m.start() - 25) : m.start()])
            or _SHIFT_AFTER.match(ctx.text, m.end())
        ):
            return None  # "a year" alone (or "a year later") is a duration, handled by its own rule
        if word in _PERIODIC_ADJECTIVES and _NOUN_AFTER.match(ctx.text, m.end()):
            return None  # "the annual meeting", "a quarterly dividend": a property of the noun
        return Norm("SET", lookup("set_words", word))
    if groups.get("wd"):
        part = lookup("parts_of_day", _g(m, "part").rstrip("sS")) if groups.get("part") else ""
        wd = lexicon()["weekdays"][_g(m, "wd").rstrip("s")]
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    # TimeML writes a recurring part of a period with X for the fields that vary: "every morning"
    # XXXX-XX-XXTMO, "each summer" XXXX-SU, "every June" XXXX-06
    if groups.get("part"):
        return Norm("SET", f"XXXX-XX-XXT{_part(m)}")
    if groups.get("season"):
        return Norm("SET", f"XXXX-{lookup('seasons', _g(m, 'season'))}")
    if groups.get("mon"):
        return Norm("SET", f"XXXX-{_month(m):02d}")
    if groups.get("other"):  # "every other week", "every second year": one in two
        return Norm("SET", _duration(2, _g(m, "unit1")))
    n = number(groups["n"]) if groups.get("n") else 1
    return Norm("SET", _duration(n, _g(m, "unit")))


def ref(m: re.Match[str], ctx: Context) -> Norm | None:
    word = " ".join(_g(m, "word").lower().split())
    before, after = ctx.text[max(0, m.start() - 12) : m.start()], ctx.text[m.end() : m.end() + 12]
    if word == "now" and (
        after.startswith("-") or re.search(r"(?:^|[.!?\n]\s*|[.!?][\"'`]+\s*)$", ctx.text[: m.start()])
    ):
        return None  # "the now-cancelled deal"; a sentence-initial "Now," is a discourse marker
    # the adjectives: "the recent downturn", "the current crisis"; not a superlative ("most recent
    # model"), a count ("its five current models"), a name ("the recent Clean Air Act") or economics'
    # "current account"; nor the noun ("the current of the river", "against the current.")
    if word in ("then current", "then-current") and not _DETERMINER_BEFORE.search(before):
        return None  # "prices fell and then current accounts": "then" of a sequence, not of "current"
    if word.removeprefix("then").strip(" -") in ("recent", "current") and (
        re.search(r"\b(?:most|more|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+$", before, re.I)
        or re.match(r"\s+(?:accounts?\b|of\b|[A-Z])|\s*[.,;:!?)]", after)
    ):
        return None
    return Norm("DATE", lookup("references", word))


# "the then-current price" is one adjective phrase only after a determiner; without one, "then" is
# the adverb of a sequence ("prices fell and then current accounts ...")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a)\s+$", re.I)


def time(m: re.Match[str], ctx: Context) -> Norm | None:
    groups = m.groupdict()
    if (groups.get("word") or "").startswith("N") and not _starts_sentence(ctx.text, m.start()):
        return None  # a capitalised "Noon" inside a sentence is a name ("High Noon")
    if groups.get("word"):
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}[_g(m, "word").lower()]
    else:
        hh, mm = int(_g(m, "h")), int(_g(m, "mi") or 0)
        ampm = (groups.get("ampm") or "").lower()
        if groups.get("half"):  # "4 in the morning", "11 at night", but "2 at night" is 2 a.m.
            late = "morning" not in _g(m, "half").lower() and not (
                _g(m, "half").lower().endswith("night") and hh < 6
            )
            ampm = "pm" if late else "am"
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if ampm and not 1 <= int(_g(m, "h")) <= 12:
            return None
    zone = "Z" if (groups.get("tz") or "").upper() in lexicon()["timezones_utc"] else ""
    # the day it names ("9 a.m. Tuesday", "4 p.m. yesterday", "5 p.m. EST, Nov. 6"), in the
    # direction of the clause
    when = ctx.ref
    if groups.get("mon"):
        named = month_day(m, ctx) if not groups.get("year") else date_abs(m, ctx)
        if named is None:
            return None
        day, relative = named.value, named.relative
    else:
        if when is not None and groups.get("wd"):
            when = cal.weekday(when, int(lexicon()["weekdays"][_g(m, "wd")]), ctx.tense, None)
        elif when is not None and groups.get("rd"):
            when += timedelta(days={"yesterday": -1, "tomorrow": 1}.get(_g(m, "rd").lower(), 0))
        day, relative = cal.unit_value(when, "D"), True
    if hh == 0 and groups.get("word") and m.end() > m.end("word"):
        hh = 24  # "midnight Friday" is the end of Friday (TimeML: T24:00)
    return Norm("TIME", f"{day}T{hh:02d}:{mm:02d}{zone}", relative=relative)


def first_time(m: re.Match[str], ctx: Context) -> Norm | None:
    """The first hour of "between 1 and 3 a.m.": the second end's a.m. or p.m. (and day) holds for it
    only when it comes first on the clock ("from 11 to 1 p.m." is left alone)."""
    if not int(_g(m, "h")) < int(_g(m, "h2")) < 12:
        return None
    return time(m, ctx)


def quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    groups = m.groupdict()
    if groups.get("q"):
        q = int(_g(m, "q"))
        y = groups.get("year") or groups.get("year1")
        if y:
            return Norm("DATE", f"{y}-Q{q}")
    else:
        q = _ORD.get(_g(m, "ord").lower(), 4 if _g(m, "ord").lower() == "final" else -1)
    rel = (groups.get("rel") or groups.get("rel0") or "").lower()
    given = groups.get("year") or groups.get("year0")  # "the third quarter of 1988", "the 1988 third quarter"
    if given:
        return Norm("DATE", f"{given}-Q{q}" if q > 0 else f"{given}-Q4")
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-Q{q if q > 0 else 'X'}", relative=True)
    if groups.get("ago") and q > 0:  # "the year-ago third quarter": that quarter of the year before
        y = cal.year_for(ctx.ref, (q,), ((ctx.ref.month - 1) // 3 + 1,), ctx.tense, None, size=4) - 1
        return Norm("DATE", f"{y:04d}-Q{q}", relative=True)
    if q < 0:  # "the last quarter": the one before the reference's
        return Norm("DATE", cal.unit_value(cal.shift(ctx.ref, "Q", -1), "Q"), relative=True)
    ref_q = (ctx.ref.month - 1) // 3 + 1
    if rel in ("this", "the"):
        y = ctx.ref.year
    elif rel in ("last", "next"):
        y = ctx.ref.year + (-1 if rel == "last" else 1)
    else:
        y = cal.year_for(ctx.ref, (q,), (ref_q,), ctx.tense, None, size=4)
    return Norm("DATE", f"{y:04d}-Q{q}", relative=True)


def period(m: re.Match[str], ctx: Context) -> Norm | None:
    """The reporting period: the quarter last named, a year back for "year-earlier"/"year-ago",
    in the year written for "the 1988 quarter". Before a quarter has been named "the quarter" is
    not tagged (it is a part of a city); "the latest quarter" is the last one completed and "the
    year-ago quarter" that one a year back, "the latest fiscal year" and "year-earlier" results the
    year before the reference."""
    which = " ".join((_g(m, "which") or _g(m, "bare") or "").lower().split())
    unit = (_g(m, "unit") or "quarter").lower()
    if unit == "year" and which not in ("latest", "most recent"):
        return None  # "the year-ago year" is not English; "the 1989 year" is the year alone
    if ctx.last_value is None or not _QUARTER_VALUE.fullmatch(ctx.last_value):
        if ctx.ref is None or not which or which.isdigit() or (unit == "period" and not _g(m, "bare")):
            return None
        if unit == "year" or _g(m, "bare"):
            return Norm("DATE", cal.unit_value(cal.shift(ctx.ref, "Y", -1), "Y"), relative=True)
        latest = cal.unit_value(cal.shift(ctx.ref, "Q", -1), "Q")
        back = "year-" in which or which in ("comparable", "corresponding")
        return Norm("DATE", cal.shift_year(latest, -1) if back else latest, relative=True)
    if unit == "year":
        return Norm("DATE", ctx.last_value[:4], relative=True)  # the year of the quarter told
    if which.isdigit():
        return Norm("DATE", f"{which}{ctx.last_value[4:]}", relative=True)
    if "year-" in which or which in ("comparable", "corresponding"):
        moved = cal.shift_year(ctx.last_value, -1)
        return Norm("DATE", moved, relative=True) if moved else None
    return Norm("DATE", ctx.last_value, relative=True)


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")


def earlier(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "a year earlier", "two days earlier": the period the narrative last named (a day, a month, a
    quarter, a year), moved back by the amount at that period's own grain; without one, the
    reference day moved back, at the unit's grain."""
    n = number(_g(m, "num"))
    if n is None or n != int(n):
        return None
    unit, back, last = _UNIT[_g(m, "unit").lower()], -int(n), ctx.last_value
    if last is not None and unit == "Y" and (_QUARTER_VALUE.fullmatch(last) or re.fullmatch(r"\d{4}", last)):
        moved = cal.shift_year(last, back)
        return Norm("DATE", moved, relative=True) if moved else None
    span = values.span_of(last) if last is not None else None
    if span is not None and (_DAY_VALUE.fullmatch(last) or _MONTH_VALUE.fullmatch(last)):
        grain = "D" if _DAY_VALUE.fullmatch(last) else "M"
        return Norm("DATE", cal.unit_value(cal.shift(span[0], unit, back), grain), relative=True)
    if ctx.ref is None:
        return Norm("DATE", cal.unit_value(None, unit), relative=True)
    return Norm("DATE", cal.unit_value(cal.shift(ctx.ref, unit, back), unit), relative=True)


def half(m: re.Match[str], ctx: Context) -> Norm | None:
    h = _ORD.get(_g(m, "ord").lower(), 2)  # "the last half of 1989" is the second
    if _g(m, "year"):
        return Norm("DATE", f"{_g(m, 'year')}-H{h}")
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-H{h}", relative=True)
    y = ctx.ref.year + {"last": -1, "next": 1}.get(_g(m, "rel").lower(), 0)
    return Norm("DATE", f"{y:04d}-H{h}", relative=True)


def season(m: re.Match[str], ctx: Context) -> Norm | None:
    code = lookup("seasons", _g(m, "season"))
    rel = (_g(m, "rel") or "").lower() or None
    if not (rel or _g(m, "mod") or _g(m, "year") or _g(m, "the") or _g(m, "inside") is not None):
        return None  # bare "fall", "spring" are far more often verbs or nouns
    if _g(m, "season")[0].isupper() and re.match(r"\s+[A-Z]", ctx.text[m.end() :]):
        return None  # "the Winter Olympics", "Arab Spring Forum": part of a name
    if (
        _g(m, "season").lower() == "fall"
        and not (rel or _g(m, "year"))
        and re.match(r"\s+(?:of|in)\b", ctx.text[m.end() :])
    ):
        return None  # "the fall of Kabul"
    if _g(m, "year"):
        return Norm("DATE", f"{_year(_g(m, 'year')):04d}-{code}", _mod(m))
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{code}", _mod(m), relative=True)
    return Norm(
        "DATE", cal.season(ctx.ref, code, ctx.tense, "last" if rel == "past" else rel), _mod(m), relative=True
    )


def week_of(m: re.Match[str], ctx: Context) -> Norm | None:
    mon = _month(m)
    if m.groupdict().get("day"):
        day = int(re.sub(r"\D", "", _g(m, "day")))
    else:
        ordinal = _g(m, "ord").lower()
        day = 1 + 7 * (_ORD[ordinal] - 1) if ordinal in _ORD else 24
    relative = not m.groupdict().get("year")
    if not relative:
        y = int(_g(m, "year"))
    elif ctx.ref is None:
        return Norm("DATE", f"XXXX-{mon:02d}", relative=True)
    else:
        y = cal.year_for(ctx.ref, (mon,), (ctx.ref.month,), ctx.tense, None)
    if not _valid_day(y, mon, day):
        return None
    iy, w, _ = date(y, mon, day).isocalendar()
    return Norm("DATE", f"{iy:04d}-W{w:02d}", relative=relative)


def anaphoric(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the next day", "the day before", "that day", "ended the day", "earlier in the day": the day
    last spoken of (TimeML anchors them on the previous date of the narrative), else the reference
    day; "later in the week" is that day's week."""
    if _g(m, "dir2") and re.match(r"\s+[\w$]", ctx.text[m.end() :]):
        return None  # "the day before authorities issued ...": relative to an event, not to a date
    if _g(m, "day") and not _DAY_VERBS.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "the day" alone is rarely a date; "ended the day", "for the day" are
    if ctx.last_day is None and m.group().lower().startswith("that"):
        return None  # "that day" points back: with no day told before, it is an event's day or generic
    if _g(m, "part"):  # "that evening": a TIME of the day told, as "Friday evening" is
        return _day_and_part(cal.unit_value(ctx.last_day, "D"), _part(m), None)
    within = (_g(m, "within") or "").lower()
    if within in ("month", "year"):
        return Norm("DATE", _story_unit(ctx, _GRAIN_OF[within], "the"), relative=True)
    base = ctx.last_day or ctx.ref
    if within == "week":
        return Norm("DATE", cal.unit_value(base, "W"), relative=True)
    direction = (_g(m, "dir1") or _g(m, "dir2") or _g(m, "dir3") or "same").lower()
    step = {"previous": -1, "preceding": -1, "before": -1, "earlier": -1, "same": 0}.get(direction, 1)
    if step == 0 and _POINTING.match(m.group()) and (inside := _day_inside_told_period(ctx)) is not None:
        return Norm("DATE", inside, _mod(m), relative=True)
    day = base + timedelta(days=step) if base else None
    return Norm("DATE", cal.unit_value(day, "D"), _mod(m), relative=True)


_POINTING = re.compile(r"that\b|the\s+same\b", re.I)  # "that day", "the same day": the day told
_TOLD_PERIOD = re.compile(r"\d{4}(?:-\d{2})?")  # a year or a month


def _day_inside_told_period(ctx: Context) -> str | None:
    """ "He was shot last October. His name was crossed out that same day.": where the latest date told
    is a month or a year (the narrative keeps the latest day apart, `last_day`, and only a day moves
    it), "that day" and "the same day" point at the day of what was told in that period, one the
    text does not give: TimeML writes it as the period with its day unknown (`1998-10-XX`), not as
    the older day told before the period. ("The index ended the day higher" after a month's figures
    is the day of the report, not a day of that month: only the pointing words read it so.)"""
    value = ctx.last_value
    if value is None or not _TOLD_PERIOD.fullmatch(value):
        return None
    return f"{value}-XX" if len(value) == 7 else f"{value}-XX-XX"


_DAY_VERBS = re.compile(
    r"\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|start(?:s|ed|ing)?|open(?:s|ed|ing)?|for)\s+$",
    re.I,
)
_GRAIN = {"year": 4, "month": 7, "week": 8, "day": 10}


def antecedent(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "later that year", "that month", "by that time": the last date mentioned, cut to the unit.
    Without an earlier date there is nothing to point back to, and nothing is tagged."""
    value = ctx.last_value
    if value is None:
        return None
    if season := _g(m, "season") or _g(m, "season1"):
        year = value[:4]
        return Norm("DATE", f"{year}-{lookup('seasons', season)}", relative=True) if year.isdigit() else None
    unit = _g(m, "unit").lower()
    if unit == "week":
        span = values.span_of(value)
        if span is None or span[2] not in ("day", "week"):
            return None
        iy, w, _ = span[0].isocalendar()
        return Norm("DATE", f"{iy:04d}-W{w:02d}", _mod(m), relative=True)
    if unit == "quarter":  # "that quarter": the quarter told, or the one the day or month told is in
        span = values.span_of(value)
        if span is None or span[2] not in ("day", "week", "month", "quarter"):
            return None
        return Norm("DATE", cal.unit_value(span[0], "Q"), _mod(m), relative=True)
    if unit != "time":
        if unit == "month" and not re.match(r"\d{4}-\d\d", value):
            return None
        value = value[: _GRAIN[unit]]
    return Norm("DATE", value, _mod(m), relative=True)


def year_earlier(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the same month a year ago", "the same period last year": the period last mentioned (else the
    reference's own), a year back."""
    unit = _g(m, "unit").lower()
    grain = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "period": "Q"}.get(unit, "M")
    value = ctx.last_value
    month_level = value is not None and re.fullmatch(r"\d{4}-\d\d", value) is not None
    quarter_level = value is not None and re.fullmatch(r"\d{4}-Q\d", value) is not None
    if not (
        (unit == "month" and month_level)
        or (unit == "quarter" and quarter_level)
        or (unit in ("period", "time") and (month_level or quarter_level))
    ):
        value = None  # the reference's own period
    if value is None:
        if ctx.ref is None:
            return Norm("DATE", cal.unit_value(None, grain), relative=True)
        # an earnings report compares the quarter it reports, the last one completed
        value = cal.unit_value(cal.shift(ctx.ref, "Q", -1) if grain == "Q" else ctx.ref, grain)
    moved = cal.shift_year(value, -1)
    return Norm("DATE", moved, relative=True) if moved else None


def story_week(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "For the week, the index fell 3%": the week of the day the report last named."""
    day = ctx.last_day or ctx.ref
    return Norm("DATE", cal.unit_value(day, "W"), relative=True)


# what makes "a third day" a run that ends on the story's day: "(continued) for a third day",
# "(the strike) entered its second week"
_RUN_BEFORE = re.compile(r"\b(?:for|enter(?:s|ed|ing)?|into)\s+(?:(?:its|their|his|her)\s+)?$", re.I)
# "Today is the sixth day of the dock strike", "Monday marked the third day of protests": the day the
# subject names (just told, so the story's day) is that day of the run
_DAY_IS = re.compile(
    r"\b(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"(?:is|was|will\s+be|marks|marked|became)\s+$",
    re.I,
)
_GRAIN_OF = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def counted(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "for a third straight day", "the fourth week in a row", "entered its second week", "its worst
    day since 2008": the run (the record) is counted up to the story's day (the day last told, else
    the reference), and names that day, or the week, month or year it is in (TimeML dates it as the
    period it names, not as a duration)."""
    run = (
        _g(m, "mark")
        or _g(m, "row")
        or not _g(m, "ord")  # a record: "its worst day since 2008"
        or _RUN_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        or (_g(m, "unit").lower() == "day" and _DAY_IS.search(ctx.text, max(0, m.start() - 24), m.start()))
    )
    if not run:
        return None
    day = ctx.last_day or ctx.ref
    return Norm("DATE", cal.unit_value(day, _GRAIN_OF[_g(m, "unit").lower()]), relative=True)


def story_part(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "Brokers sold bonds in the morning", "zinc slid in afternoon trading": that part of the
    day the story last told (else the reference day), in a past clause only (a market's session may
    hang off a noun, whose clause gives no tense)."""
    if not (ctx.tense == "past" or (ctx.tense is None and _g(m, "part1"))):
        return None
    day = ctx.last_day or ctx.ref
    part = lookup("parts_of_day", (_g(m, "part") or _g(m, "part1")).lower())
    return Norm("TIME", f"{cal.unit_value(day, 'D')}T{part}", relative=True)


def _story_unit(ctx: Context, grain: str, det: str) -> str:
    """The year ("Y") or month ("M") of the date the story told last, else the reference's; "this"
    is always the reference's."""
    told = ctx.last_value if det.lower() != "this" else None
    if told is not None and re.match(r"\d{4}-\d\d" if grain == "M" else r"\d{4}", told):
        return told[: 7 if grain == "M" else 4]
    return cal.unit_value(ctx.ref, grain)


def whole(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "for the entire year", "the whole month": the story's year (month), `_story_unit`."""
    return Norm("DATE", _story_unit(ctx, _GRAIN_OF[_g(m, "unit").lower()], _g(m, "det")), relative=True)


_SINCE = re.compile(r"\bsince\s+$", re.I)


def year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "by year-end", "since year end": the end of the reference's year, or of the year before when
    the clause looks back ("since year-end", "debt at year-end was ..."). "By month-end", "by week's
    end": the end of the reference's month or week, as TimeML writes a part of a period (its value
    with mod END)."""
    unit = (_g(m, "unit") or _g(m, "unit1")).lower()
    if unit != "year":
        grain = "M" if unit == "month" else "W"
        return Norm("DATE", cal.unit_value(ctx.ref, grain), "END", relative=True)
    if ctx.ref is None:
        return Norm("DATE", "XXXX", "END", relative=True)
    back = ctx.tense == "past" or _SINCE.search(ctx.text, max(0, m.start() - 8), m.start())
    return Norm("DATE", cal.unit_value(cal.shift(ctx.ref, "Y", -1 if back else 0), "Y"), "END", relative=True)


def period_ended(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the fiscal year ended March 31" is twelve months (P1Y, as TimeBank writes it); "the quarter
    ended July 31" the quarter its middle falls in (2nd: May to July lies mostly in Q2)."""
    if _g(m, "unit").lower() == "year":
        return Norm("DURATION", "P1Y")
    mon = _month(m)
    day = int(re.sub(r"\D", "", _g(m, "day"))) if _g(m, "day") else 28
    if not _valid_day(2000, mon, day):
        return None
    if _g(m, "year"):
        y = _year(_g(m, "year"))
    elif ctx.ref is None:
        return Norm("DATE", "XXXX-QX", relative=True)
    else:
        tense = "past" if _g(m, "verb").lower() == "ended" else ctx.tense
        y = cal.year_for(ctx.ref, (mon, day), (ctx.ref.month, ctx.ref.day), tense, None)
    if not _valid_day(y, mon, day):
        return None
    middle = cal.moved(date(y, mon, day), -45)
    return Norm("DATE", cal.unit_value(middle, "Q"), relative=not _g(m, "year"))


HANDLERS: dict[str, Handler] = {
    "date": date_abs,
    "date_numeric": date_numeric,
    "month_day": month_day,
    "month_ordinal": month_ordinal,
    "first_day": first_day,
    "second_day": second_day,
    "second_year": second_year,
    "month_year": month_year,
    "month": month,
    "holiday": holiday,
    "year": year,
    "decade": decade,
    "century": century,
    "weekday": weekday,
    "relday": relday,
    "relunit": relunit,
    "ago": ago,
    "duration": duration,
    "vague_duration": vague_duration,
    "stretch": stretch,
    "set": set_,
    "year_end": year_end,
    "story_week": story_week,
    "counted": counted,
    "whole": whole,
    "story_part": story_part,
    "period_ended": period_ended,
    "ref": ref,
    "time": time,
    "first_time": first_time,
    "quarter": quarter,
    "period": period,
    "earlier": earlier,
    "half": half,
    "season": season,
    "week_of": week_of,
    "anaphoric": anaphoric,
    "antecedent": antecedent,
    "year_earlier": year_earlier,
}
