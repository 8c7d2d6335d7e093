"""The regular expressions that find time expressions, compiled once from the lexicon.

Each rule is a named pattern; `normalize.py` has one function per name. Matching runs over the raw
text with precompiled regexes (C speed) rather than per-token Python, which keeps tagging a small
fraction of parsing time; the parse is consulted only for the few matches that need it (tense,
"2000 troops" vs "in 2000"). Month and weekday names are case-sensitive (capitalised) so that "may",
"march" and "sun" as ordinary words never match; modifiers are case-insensitive via (?i:...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.time.lexicon import alternation, lexicon

_L = lexicon()
_FULL_MONTHS = [m for m in _L["months"] if len(m) > 4 or m in ("May", "June", "July")]
_ABBR_MONTHS = [m for m in _L["months"] if m not in _FULL_MONTHS]
MONTH = rf"(?:(?:{alternation(_FULL_MONTHS)})\b|(?:{alternation(_ABBR_MONTHS)})(?:\.|\b))"
MONTH_FULL = rf"(?:{alternation(_FULL_MONTHS)})\b"
WEEKDAY = rf"(?:{alternation(_L['weekdays'])})\b"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DAY_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
BARE_YEAR = r"(?:1[89]\d\d|20\d\d)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# Years read out in broadcast transcripts: "nineteen ninety-six", "twenty ten", "two thousand and one".
SPELLED_YEAR = (
    rf"(?i:(?:nineteen|twenty)[-\s](?:(?:{_TENS})(?:[-\s](?:{_UNITS_WORDS}))?|{_TEENS}|oh[-\s](?:{_UNITS_WORDS}))"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS}|{_UNITS_WORDS}))?)(?![-\w])"
)
# a comma inside a number groups thousands ("1,000 days"); one after it ends the number ("in 2018,
# months after") and is no part of a count
NUM = (
    rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s1/2|½)?|(?:{_TENS})[-\s](?:{_UNITS_WORDS})"
    rf"|(?:{alternation(_L['numbers'])}|{alternation(_L['vague_numbers'])})(?:[\s-]+and[\s-]+a[\s-]+half)?)"
)
UNIT = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie)|quarter)"
# "this past weekend", "this past Sunday": the last one (before "this" alone can match)
# "the prior year", "the preceding quarter": "previous" after "the" only ("prior year results" is a
# noun's modifier more often than a time)
REL = (
    r"(?:this\s+past|last|next|this|past|coming|previous|following|current|same"
    r"|(?<=\bthe\s)(?:prior|preceding))"
)
# "mid-to-late 2020", "early to mid-March": a stretch over two of the thirds (`mod0` the first)
# a word of its own: "late" ends "consulate" and "chocolate" ("the consulate in March 2017")
MOD = r"\b(?:(?P<mod0>early|mid)[-\s]+to[-\s]+)?(?P<mod>early|mid|late)[-\s]"
POS = r"the\s+(?P<pos>end|beginning|start|middle|close)\s+of\s+"
TZ = alternation(_L["timezones_utc"] + _L["timezones"])
SEASON = alternation(_L["seasons"])
PART = alternation(_L["parts_of_day"])


@dataclass(frozen=True, eq=False)  # hashed by identity: hashing the regex hashes its whole pattern
class Anchor:
    """A part that every match of a rule holds, found by a regex the engine scans fast (plain words:
    it jumps from one possible first letter to the next, where a rule with optional parts and
    case-insensitive words is tried in full at every position). The rule then runs only within
    `REACH` characters of where its anchor occurs. `lower`: searched in the lower-cased text, for
    rules whose words match in any case."""

    regex: re.Pattern[str]
    lower: bool = True


# How far a match reaches from its anchor, either way. The longest rules span about 60 characters
# before theirs ("the following approximately seventy-five consecutive days", "more than twenty-five
# years ago") or after it ("4:30 p.m. (EST) on Wednesday, September 30, 2020"); the rest is slack for
# runs of whitespace and the look-arounds.
REACH = 100


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    # Cheap prefilter: words (lower case) of which the text must hold one for the rule to match at
    # all; a substring test per article spares a regex scan that could start at every position.
    needs: tuple[str, ...] = ()
    anchor: Anchor | None = None  # None: the rule is run over the whole text


# The rules named here can only match text that holds one of these words.
_NEEDS = {
    "ago": ("ago", "from now", "from today", "hence"),
    "season": tuple(_L["seasons"]),
    "half": ("half",),
    "week_of": ("week",),
    "century": ("centur",),
    "decade": ("0s", "0's"),
    "anaphoric": ("day", "morning", "week"),
    "antecedent": ("that",),
    "year_earlier": ("same", "corresponding", "comparable"),
}


def _rule(
    name: str, pattern: str, needs: tuple[str, ...] | None = None, anchor: Anchor | None = None
) -> Rule:
    """`needs` for one pattern of a rule (a literal every match of it contains); by default the
    rule's words from `_NEEDS`."""
    return Rule(name, re.compile(pattern), _NEEDS.get(name, ()) if needs is None else needs, anchor)


@cache  # one Anchor per set of words, so that rules sharing their words share its scan
def _words(*words: str) -> Anchor:
    """An anchor of lower-case words (a regex alternation of them), searched in the lower-cased text."""
    return Anchor(re.compile("|".join(words)))


@cache
def _cased(pattern: str) -> Anchor:
    """An anchor searched in the text as it is: digits, capitalised names."""
    return Anchor(re.compile(pattern), lower=False)


# "two years ago", and the same count forward: "two weeks from now", "a year from today", "a month hence"
_AGO = r"(?:ago|(?P<ahead>from\s+(?:now|today)|hence))\b"
_AGO_ANCHOR = _words("ago", "from now", "from today", "hence")
# Every month name and abbreviation starts with its first three letters; capitalised, as in MONTH.
_MONTH_ANCHOR = Anchor(re.compile("|".join(sorted({m[:3] for m in _L["months"]}))), lower=False)
_WEEKDAY_ANCHOR = Anchor(re.compile(alternation(_L["weekdays"])), lower=False)
_PART_ANCHOR = _words("morning", "afternoon", "evening", "night", "daytime")
_UNIT_ANCHOR = _words(
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "centur", "quarter"
)


def _i(words: str) -> str:
    return f"(?i:{words})"


# "a.m.", "pm": a final dot only after a dotted letter ("6am." ends a sentence, "6 a.m." keeps its dot)
_AMPM = r"[ap](?:\.\s?m\b\.?|\s?m\b)"
# a clock time may name its day: "9 a.m. Tuesday", "4 p.m. yesterday", "5 p.m. EST, Nov. 6" (one
# TIMEX3 in TimeML, not a time and a date), "11:59 p.m. on Saturday, Oct. 19, 2024" (the weekday
# and the date it stands before: left to the date rule, the clock lost its p.m. to a bare "11:59")
_TIME_DAY = (
    rf"(?:\s+(?P<rd>{_i('today|tonight|yesterday|tomorrow')})\b"
    rf"|,?\s+(?:on\s+)?(?={WEEKDAY}|{MONTH})(?:(?P<wd>{WEEKDAY})(?:,?\s+(?={MONTH}))?)?"
    rf"(?:(?P<mon>{MONTH})\s*(?P<day>{DAY})\b(?![:%]|\.\d)(?:,?\s+(?P<year>{YEAR})\b)?)?)?"
)


# "the previous Friday", "the following Monday" count from the day last told
# a part of the day before its day: "mid-afternoon yesterday", "late morning Friday" (TimeML: the
# same TIME as "yesterday afternoon"); only with its modifier, as a bare "morning Friday" is rare
_FRONT_PART = _i(r"\b(?P<fmod>early|late|mid)[-\s]?(?P<fpart>morning|afternoon|evening)\s+(?:on\s+)?")
_WEEKDAY_REL = _i(r"this\s+past|last|next|this|coming|past|the\s+(?:previous|preceding|following|next)")


# "last" before an article or a hedge is the verb ("meant to last a few months", "last about 80 days"),
# which only a duration can follow; the adjective takes a bare number ("the last two years")
# So is "last" after "to", a modal or an auxiliary, whatever follows ("expected to last several days",
# "will last three weeks", "did not last months"): look-behinds of one width each, before the word,
# tried only where the word stands (a look-ahead first: else all twelve run at every word of the text).
_VERB_CUES = ("to", "will", "would", "could", "may", "might", "can", "should", "must", "not", "did", "does")
_ADJECTIVE_LAST = "(?=last)" + "".join(rf"(?<!\b{w}\s)" for w in _VERB_CUES) + "last"
_VERB_LAST = (
    r"\s+(?:a|an|only|just|about|around|some|nearly|almost|roughly|approximately|up\s+to|at\s+least"
    r"|more\s+than|less\s+than|for|through|until|into)\b"
)
# the second day of "April 24 and 25", "March 3-4", "March 3rd-5th": the handler reads the month before it
_SEPARATORS = (" and ", " or ", " to ", " through ", "-", "–", " - ")
_SECOND_DAY = "|".join(rf"(?<=\d{sep})|(?<=\d(?:st|nd|rd|th){sep})" for sep in _SEPARATORS)
# What joins the two ends of a range ("10-12 September", "from Monday to Wednesday", "between 3 and
# 5 March"), the one definition the tagger's rules, its range pairing and the dating code share.
RANGE_JOIN = r"(?:-|–|to|through|till|until|and)"

# a weekday naming the date after it ("Monday, March 3", "Monday March 3"); across a line break only
# with its comma: a headline ending in a weekday ("... to stay shut until Friday") is not the date line
# under it
_WEEKDAY_BEFORE = rf"(?:(?P<wd>{WEEKDAY})(?:,\s+|[^\S\n]+))?"
# before the year of a full date: a comma, which page text often leaves without its space
# ("Published September 29,2023"), or a space
_YEAR_SEP = r"(?:,\s*|\s+)"

RULES: tuple[Rule, ...] = (
    _rule(
        "date",
        rf"{_WEEKDAY_BEFORE}(?P<mon>{MONTH})\s*(?P<day>{DAY})\b{_YEAR_SEP}(?P<year>{YEAR})\b",
        anchor=_MONTH_ANCHOR,
    ),
    _rule(
        "date",
        rf"{_WEEKDAY_BEFORE}(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}){_YEAR_SEP}(?P<year>{YEAR})\b",
        anchor=_MONTH_ANCHOR,
    ),
    # a two-digit year after day and month, as date lines write it ("Fri - 29 September 23"); not
    # before a word in lower case, where the number counts it ("on 5 March 12 protesters were hurt")
    _rule(
        "date",
        rf"(?P<day>{DAY})\s+(?P<mon>{MONTH})\s+(?P<year>\d\d)\b(?![-–/:.%,]?\d|\s*%|\s+[a-z])",
        anchor=_MONTH_ANCHOR,
    ),
    _rule(
        "date",
        rf"\b(?P<year>{YEAR})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b",
        ("-",),
        anchor=_cased(r"\d-[01]\d-"),
    ),
    _rule(
        "date_numeric",
        r"(?<![\d/])(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d{2})\b",
        ("/",),
        anchor=_cased(r"\d/\d"),
    ),
    # day first where no reading is ambiguous: dotted ("12.03.2013", as Europe writes it), a first
    # number above 12 ("25/02/2013"); year first with slashes ("2013/03/12")
    _rule(
        "date_numeric",
        r"(?<![\d.])(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<mon>1[0-2]|0?[1-9])\.(?P<year>(?:19|20)\d\d)\b(?!\.\d)",
        anchor=_cased(r"\d\.\d"),
    ),
    _rule(
        "date_numeric",
        r"(?<![\d/])(?:(?P<day>1[3-9]|2\d|3[01])/(?P<mon>1[0-2]|0?[1-9])/(?P<year>\d{4})"
        r"|(?P<year0>(?:19|20)\d\d)/(?P<mon0>1[0-2]|0[1-9])/(?P<day0>3[01]|[12]\d|0[1-9]))\b(?!/)",
        ("/",),
        anchor=_cased(r"\d/\d"),
    ),
    _rule(
        "month_day",
        rf"{_WEEKDAY_BEFORE}(?P<mon>{MONTH})\s*(?P<day>{DAY})\b(?!\s*(?:,\s*)?\d|:\d|%|\.\d)",
        anchor=_MONTH_ANCHOR,
    ),
    _rule(
        "month_day",
        rf"{_WEEKDAY_BEFORE}(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})",
        anchor=_MONTH_ANCHOR,
    ),
    _rule(
        "second_day",
        rf"(?=\d)(?:{_SECOND_DAY})(?P<day>{DAY})\b(?![-/:%]|\.\d|\s*(?:percent|per\b))(?:,?\s+(?P<year>{YEAR})\b)?",
        (*(m.lower() for m in _ABBR_MONTHS), "may"),
        anchor=_cased(rf"\d(?:st|nd|rd|th)?(?:{'|'.join(re.escape(sep) for sep in _SEPARATORS)})\d"),
    ),
    # the first day of a range whose month follows the second: "10-12 September", "from 3 to 5 March
    # 2021", "between 3 and 5 March" (one TIMEX3 per end, as TimeML writes "from Sept. 14 to Oct. 26");
    # each day may follow its weekday: "on Monday 6 and Tuesday 7 May" (the first was the bare weekday)
    _rule(
        "first_day",
        rf"(?<![\d.,$/:-])(?:(?i:the)\s+|{WEEKDAY},?\s+)?(?P<day>{DAY})"
        rf"(?=\s*{_i(RANGE_JOIN)}\s*(?:(?i:the)\s+|{WEEKDAY},?\s+)?(?P<day2>{DAY})"
        rf"\s+(?:of\s+)?(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<year>{YEAR})\b)?)",
        anchor=_MONTH_ANCHOR,
    ),
    _rule(
        "month_year",
        # "late in March 2017" as "late March 2017", as the month rule reads "late in March"
        rf"(?:{_i(MOD)}(?:in\s+)?|{_i(POS)})?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})\b",
        anchor=_MONTH_ANCHOR,
    ),
    _rule(
        "month_year",
        rf"(?P<mon>{MONTH_FULL}),?\s+(?:of\s+)?(?P<year>{SPELLED_YEAR})",
        ("nineteen", "twenty", "thousand"),
        anchor=_MONTH_ANCHOR,
    ),
    _rule(
        # not after a day ("on 28 April last year": the day rule takes the day, and the year it names)
        "month_year",
        rf"(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)(?P<mon>{MONTH_FULL})\s+(?:of\s+)?(?P<rel>{_i('last|next|this')})\s+year\b",
        ("year",),
        anchor=_MONTH_ANCHOR,
    ),
    _rule(
        "month",
        rf"(?:(?P<rel>{_i('last|next|this|past|coming|previous')})\s+|{_i(MOD)}(?:in\s+)?|{_i(POS)})?"
        rf"(?P<mon>{MONTH_FULL})",
        anchor=_MONTH_ANCHOR,
    ),
    _rule(
        "holiday",
        rf"(?:\b(?P<rel>{_i('last|next|this')})\s+)?(?P<name>{alternation(_L['holidays'])})\b"
        rf"(?P<week>\s+{_i('week')}\b)?(?:,?\s+(?P<year>{YEAR})\b)?",
        anchor=Anchor(re.compile(alternation(_L["holidays"])), lower=False),
    ),
    _rule(
        "year",
        rf"(?:{_i(MOD)}(?:in\s+)?|{_i(POS)}|(?P<fy>{_i('fiscal')}\s+(?:year\s+)?|FY\s?))?(?=[12])(?:(?i:(?<=\bpost-)|(?<=\bpre-)|(?<=\bmid-))|(?<![\d$€£.,#/-]))"
        # a fiscal year written across two calendar years, "fiscal 1989-90", is one year: the one it ends in
        rf"(?P<year>{BARE_YEAR})(?(fy)(?:[-–/](?P<fyend>{BARE_YEAR}|\d\d))?)\b(?![-/,.]\d|%|\s?percent|s\b|')",
        anchor=_cased(BARE_YEAR),
    ),
    _rule(
        "year",
        r"(?=')(?:(?<=\bin )|(?<=\bof )|(?<=\bby )|(?<=\bsince ))'(?P<short>\d\d)\b(?!s)",
        ("'",),
        anchor=_cased(r"'\d\d"),
    ),
    # a fiscal year by its last two digits: "fiscal '91", "FY91", "FY'91"
    _rule(
        "year",
        r"(?P<fy>\b[Ff]iscal\s+(?=')|\bFY\s?)'?(?P<short>\d\d)\b(?![-/,.]\d|%|'|s\b)",
        anchor=_cased(r"FY|[Ff]iscal"),
    ),
    # "the 1990 fiscal year"; "the 1989-90 fiscal year", "its 2030/31 fiscal year": the year it ends in
    _rule(
        "year",
        rf"(?<![\d$€£.,#/-])(?P<year>{BARE_YEAR})(?:[-–/](?P<fyend>{BARE_YEAR}|\d\d))?\s+(?i:fiscal\s+year)\b",
        ("fiscal",),
        anchor=_words("fiscal"),
    ),
    # a range of years, "2001-2002", "the 2019-20 season", "1998/99": two years, the first here
    _rule(
        "year",
        rf"(?<![\d$€£.,#/-])(?P<year>{BARE_YEAR})(?=[-–/](?:{BARE_YEAR}|\d\d)\b(?![-/,.]\d|%|\s?percent))",
        ("-", "–", "/"),
        anchor=_cased(BARE_YEAR),
    ),
    _rule(
        "second_year",
        rf"(?<=\d\d[-–/])(?P<year>{BARE_YEAR}|\d\d)\b(?![-/,.]\d|%|\s?percent|s\b|')",
        ("-", "–", "/"),
        anchor=_cased(BARE_YEAR),
    ),
    # a spelled year: "nineteen ninety-six" alone; "two thousand" only as "the year two thousand" or
    # after a preposition of time, since otherwise it is a count
    _rule(
        "year",
        rf"(?:(?i:the\s+year\s+))?(?P<year>(?i:(?:nineteen|twenty)[-\s](?:(?:{_TENS})(?:[-\s](?:{_UNITS_WORDS}))?|{_TEENS})))(?![-\w])",
        ("nineteen", "twenty"),
        anchor=_words("nineteen", "twenty"),
    ),
    _rule(
        "year",
        rf"(?:(?i:the\s+year\s+)|(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Bb]y\s))(?P<year>{SPELLED_YEAR})",
        ("thousand",),
        anchor=_words("nineteen", "twenty", "thousand"),
    ),
    _rule(
        "decade",
        rf"(?i:the\s+(?:{_i(MOD)})?)(?:(?P<decc>(?i:nineteen|twenty))[-\s])?(?P<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
        ("ties",),
        anchor=_words("ties"),
    ),
    _rule(
        "decade",
        rf"(?:(?i:the\s+)?{_i(MOD)})?(?:(?P<cent>1[0-9]|20)|')(?P<dec>\d)0'?s\b",
        anchor=_cased(r"\d0'?s"),
    ),
    # without century or apostrophe only after "the" or as the second of a pair: "the 70s and 80s"
    _rule(
        "decade",
        rf"(?i:the\s+(?:{MOD})?)(?P<dec>[2-9])0s\b"
        r"|(?:(?<=0s and )|(?<=0s or )|(?<=0s to ))(?P<dec2>[2-9])0s\b",
        anchor=_cased(r"[2-9]0s"),
    ),
    _rule(
        "century",
        rf"(?:the\s+)?(?:{_i(MOD)})?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_i('nineteenth|twentieth|twenty-first')})"
        r"[-\s]century\b",
        anchor=_words("centur"),
    ),
    _rule(
        "weekday",
        rf"(?:\b(?P<mod>{_i('early|late')})\s+(?:on\s+)?|{_FRONT_PART})?"
        rf"(?:(?P<rel>{_WEEKDAY_REL})\s+)?"
        rf"(?P<wd>{WEEKDAY})(?:\s+(?P<part>{_i(PART)}))?",
        anchor=_WEEKDAY_ANCHOR,
    ),
    _rule(
        "relday",
        _i(
            rf"\b(?:(?P<mod>earlier|later|early|late)\s+|{_FRONT_PART})?(?P<word>today|yesterday|tomorrow|tonight)"
            rf"(?:\s+(?P<part>{PART}))?\b"
        ),
        ("today", "yesterday", "tomorrow", "tonight"),
        anchor=_words("today", "yesterday", "tomorrow", "tonight"),
    ),
    _rule(
        # "late last night", "early this morning": the modifier belongs to the expression (TimeML mod)
        "relday",
        _i(rf"\b(?:(?P<mod>early|late)\s+)?(?P<word>this|last)\s+(?P<part>{PART})\b"),
        ("this", "last"),
        anchor=_PART_ANCHOR,
    ),
    _rule(
        "relday",
        _i(r"\bthe\s+day\s+(?P<word>before\s+yesterday|after\s+tomorrow)\b"),
        ("yesterday", "tomorrow"),
        anchor=_words("yesterday", "tomorrow"),
    ),
    _rule(
        "relunit",
        _i(
            rf"\b(?:(?P<mod>earlier|later|early|late)\s+(?:in\s+)?)?(?P<the>the\s+)?(?P<rel>{REL})\s+"
            rf"(?:fiscal\s+(?=year|quarter))?(?P<unit>week(?:end)?|month|year|quarter|decade|century|{SEASON})\b"
        ),
        anchor=_words("week", "month", "year", "quarter", "decade", "centur", *_L["seasons"]),
    ),
    _rule(
        "relunit",
        _i(
            rf"\b{POS}(?:(?P<rel>this|last|next|the\s+past)\s+|the\s+)"
            rf"(?:fiscal\s+(?=year|quarter))?(?P<unit>week|month|year|quarter|decade|century)\b"
        ),
        anchor=_UNIT_ANCHOR,
    ),
    _rule("relunit", _i(r"\bthe\s+(?P<unit>weekend)\b"), ("weekend",), anchor=_words("weekend")),
    # "lower earnings for the fiscal year": the company's current year ("the year" alone is too often
    # a generic year to tag); "the fiscal year ended March 31" is the period of `period_ended`
    _rule(
        "relunit",
        _i(r"\bthe\s+fiscal\s+(?P<unit>year)\b(?!\s+(?:that\s+)?(?:ended|ending|ends|to|through)\b|-)"),
        ("fiscal",),
        anchor=_words("fiscal"),
    ),
    _rule(
        "ago",
        _i(
            rf"\b(?P<approx>(?:more\s+than|less\s+than|nearly|almost|about|around|roughly|approximately|some|over|"
            rf"just|only|barely|exactly|at\s+least)\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})s?"
            rf"\s+{_AGO}"
        ),
        anchor=_AGO_ANCHOR,
    ),
    _rule("ago", _i(rf"\b(?P<unit>years|months|weeks|days|decades)\s+{_AGO}"), anchor=_AGO_ANCHOR),
    # "over" before "the" is the preposition ("over the next few days"), not "more than"
    _rule(
        "duration",
        _i(
            rf"\b(?:(?P<the>the\s+)?(?P<rel>past|{_ADJECTIVE_LAST}(?!{_VERB_LAST})|next|first|coming|previous|final|following|recent)\s+)?"
            rf"(?P<approx>(?:more\s+than|less\s+than|nearly|almost|about|around|approximately|roughly|"
            rf"at\s+least|over(?!\s+the\b)|under|some|up\s+to|just|only)\s+)?"
            rf"(?P<num>{NUM})(?:\s+more)?[\s-]+(?:(?:straight|consecutive|full|long|more|trading|"
            rf"business|working)\s+)?(?P<unit>{UNIT})s?(?P<andhalf>\s+and\s+a\s+half)?(?P<adj>-long)?\b(?![-\s]+old\b)"
        ),
        anchor=_UNIT_ANCHOR,
    ),
    _rule(
        "vague_duration",
        _i(
            rf"\b(?:the\s+)?(?P<rel>past|coming|recent|{_ADJECTIVE_LAST}|next)\s+(?:few\s+)?(?P<unit>{UNIT})s\b"
        ),
        anchor=_UNIT_ANCHOR,
    ),
    _rule(
        "vague_duration",
        _i(rf"(?<=\bfor )(?P<unit>{UNIT})s\b(?!\s+(?:ago|of|and|to)\b)"),
        anchor=_UNIT_ANCHOR,
    ),
    # "over the years", "within minutes", "in years", "in the weeks before the vote", "the years that
    # followed": an unmeasured stretch. The handler reads the words around the plural unit (a
    # look-behind here would be tried at every position of the text)
    _rule("stretch", _i(rf"\b(?P<unit>{UNIT})s\b(?!\s+(?:ago|of|to|past)\b)"), ("s",), anchor=_UNIT_ANCHOR),
    # "after years of talks", "within weeks of the vote": a stretch before "of" only after the words
    # the handler checks ("six months of base pay" is an amount of something else)
    _rule("stretch", _i(rf"\b(?P<unit>{UNIT})s(?=\s+of\s)"), (" of ",), anchor=_UNIT_ANCHOR),
    # "Hours later", "decades earlier": an unmeasured shift from the last event told. Not before
    # "after"/"before", where the plural is mostly part of a phrase ("a matter of days before")
    _rule(
        "vague_duration",
        _i(rf"(?<!the )\b(?P<unit>{UNIT})s(?=\s+(?:later|earlier)\b)"),
        ("later", "earlier"),
        anchor=_UNIT_ANCHOR,
    ),
    _rule("vague_duration", _i(rf"\b(?P<unit>{UNIT})s-long\b"), ("-long",), anchor=_words("-long")),
    _rule("duration", _i(rf"\b(?P<unit>{UNIT})-long\b"), ("-long",), anchor=_words("-long")),
    _rule(
        "set",
        _i(rf"\b(?P<word>{alternation(_L['set_words'])})\b"),
        anchor=_words(alternation(_L["set_words"])),
    ),
    _rule(
        "set",
        _i(rf"\b(?:every|each)\s+(?P<wd>{WEEKDAY})"),
        ("every", "each"),
        anchor=_words(*(w.lower() for w in _L["weekdays"])),
    ),
    # "every morning", "each summer", "every June": a part of the day, a season or a month that recurs
    _rule(
        "set",
        _i(r"\b(?:every|each)\s+")
        + rf"(?:(?P<part>{_i(PART)})|(?P<season>{_i(SEASON)})|(?P<mon>{MONTH_FULL}))",
        ("every", "each"),
        anchor=_words(r"\bevery\s", r"\beach\s"),
    ),
    _rule("set", rf"\b(?i:on\s+)(?P<wd>{alternation(_L['weekdays'])})s\b", anchor=_WEEKDAY_ANCHOR),
    _rule(
        "set",
        rf"\b(?P<wd>{WEEKDAY}|{alternation(_L['weekdays'])}s)\s+(?P<part>{_i(PART)})s\b",
        anchor=_WEEKDAY_ANCHOR,
    ),
    _rule(
        "set",
        _i(rf"\b(?:once|twice|\w+\s+times)\s+(?:a|per|every|each)\s+(?P<unit>{UNIT})\b"),
        anchor=_UNIT_ANCHOR,
    ),
    _rule(
        "set",
        _i(
            rf"\b(?:(?:every|each)\s+(?P<n>{NUM})\s+(?P<unit>{UNIT})s"
            rf"|every\s+(?P<other>other|second)\s+(?P<unit1>{UNIT}))\b"
        ),
        ("every", "each"),
        anchor=_UNIT_ANCHOR,
    ),
    _rule(
        "ref",
        _i(rf"\b(?P<word>{alternation(_L['references'])})\b"),
        anchor=_words(alternation(_L["references"])),
    ),
    _rule(
        "time",
        _i(
            rf"(?<![\d:.$])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{_AMPM})"
            rf"(?:\s+\(?(?P<tz>{TZ})\b(?:\s*[+-]\d+)?\)?)?"
        )
        + _TIME_DAY,
        anchor=_words(r"\d\s*[ap]"),
    ),
    # the first hour of a range that writes a.m. or p.m. once, after the second: "between 1 and 3
    # a.m.", "from 10 to 11:30 p.m. on Monday" (one TIMEX3 per end, the day and zone of the second)
    _rule(
        "first_time",
        _i(
            rf"(?<![\d:.$,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?=\s*{RANGE_JOIN}\s*"
            rf"(?P<h2>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<ampm>{_AMPM})"
            rf"(?:\s+\(?(?P<tz>{TZ})\b(?:\s*[+-]\d+)?\)?)?"
        )
        + _TIME_DAY
        + ")",
        anchor=_words(r"\d\s*[ap]"),
    ),
    _rule(
        "time",
        rf"(?<![\d:.$])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*\(?(?P<tz>{TZ})\b(?:\s*[+-]\d+)?\)?)?"
        + _TIME_DAY,
        (":",),
        anchor=_cased(r"\d:[0-5]\d"),
    ),
    _rule(
        "time",
        rf"(?<![\d:.$,])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?P<tz>{TZ})\b",
        anchor=_cased(r"\d{4}\s+[A-Z]"),
    ),
    # "at 4 in the morning", "10 o'clock at night": the part of the day says a.m. or p.m.
    _rule(
        "time",
        _i(
            r"(?<![\d:.$])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s+(?:o'clock\s+)?"
            r"(?P<half>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
        )
        + _TIME_DAY,
        ("in the morning", "in the afternoon", "in the evening", "at night"),
        anchor=_PART_ANCHOR,
    ),
    _rule(
        "time",
        _i(r"\b(?P<word>noon|midnight|midday)\b") + _TIME_DAY,
        ("noon", "midnight", "midday"),
        anchor=_words("noon", "midnight", "midday"),
    ),
    _rule(
        "quarter",
        _i(
            rf"\b(?:the\s+)?(?:(?:fiscal\s+)?(?P<year0>{YEAR})(?:'s)?\s+|(?P<ago>year-(?:ago|earlier))\s+"
            rf"|(?P<rel0>next|last|this)\s+year'?s\s+)?(?:fiscal\s+)?"
            rf"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]quarter\b"
            rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{YEAR})|(?P<rel>this|last|next|the)\s+year)\b)?"
        ),
        ("quarter",),
        anchor=_words("quarter"),
    ),
    _rule(
        "quarter",
        rf"\b(?:(?P<year1>{YEAR})\s+)?Q(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?\b",
        ("q",),
        anchor=_cased("Q[1-4]"),
    ),
    # "a year earlier", "two days earlier": the period last spoken of, moved back
    _rule(
        "earlier",
        _i(rf"\b(?P<num>{NUM})\s+(?P<unit>year|month|week|day)s?\s+earlier\b"),
        ("earlier",),
        anchor=_words("earlier"),
    ),
    # the accounting period of an earnings report: "the fiscal year ended March 31", "the quarter
    # ending July 31"; the date itself is its own expression
    _rule(
        "period_ended",
        _i(r"\bthe\s+(?:fiscal\s+)?(?P<unit>year|quarter)")
        + r"(?=\s+(?:that\s+)?(?P<verb>ended|ending|ends)\s+"
        + rf"(?P<mon>{MONTH})\s*(?P<day>{DAY})?\b(?:,?\s+(?P<year>{YEAR})\b)?)",
        ("ended", "ending", "ends"),
        anchor=_words("end"),
    ),
    # the reporting period of an earnings story: "the latest quarter", "the year-earlier period",
    # "the quarter" once a quarter has been named, "year-ago" results
    _rule(
        "period",
        _i(
            r"\b(?:the\s+)?(?:(?:comparable|corresponding)\s+)?"
            r"(?P<which>latest|most\s+recent|year-earlier|year-ago|comparable|corresponding|(?:19|20)\d\d)"
            r"\s+(?:fiscal\s+)?(?P<unit>quarter|period|year)\b(?!-)"
            r"|\bthe\s+(?:fiscal\s+)?quarter\b(?!\s+(?:of|a\s+year)\b)"
            r"|\b(?P<bare>year-(?:ago|earlier))\b"
        ),
        ("quarter", "period", "year-", "latest", "recent"),
        anchor=_words("quarter", "period", "year"),
    ),
    _rule(
        "half",
        _i(
            rf"\b(?:the\s+)?(?P<ord>first|second|last|latter)\s+half\s+of\s+(?:(?P<year>{YEAR})|(?P<rel>this|last|next|the)\s+year)\b"
        ),
        anchor=_words("half"),
    ),
    _rule(
        "season",
        # "in spring 2029": the preposition licenses the bare season but stays out of the span, as
        # TimeML leaves signals out ("the" is part of the expression)
        rf"(?:(?P<rel>{_i('last|next|this|past|coming')})\s+|{_i(MOD)}|(?P<the>(?i:the)\s+)|(?P<inside>(?<=\b[Ii]n\s)))?"
        rf"(?P<season>{_i(SEASON)})\b(?:\s+(?:of\s+)?(?P<year>{YEAR}\b|{SPELLED_YEAR}))?",
        anchor=_words(*_L["seasons"]),
    ),
    _rule(
        "week_of",
        _i(r"\bthe\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+")
        + rf"(?P<mon>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR})\b)?",
        anchor=_words("week"),
    ),
    _rule(
        "week_of",
        _i(r"\bthe\s+week\s+of\s+") + rf"(?P<mon>{MONTH})\s*(?P<day>{DAY})\b",
        anchor=_words("week"),
    ),
    _rule(
        "anaphoric",
        _i(
            r"\b(?:the\s+(?P<dir1>next|following|previous|same|preceding)\s+(?:day|morning)"
            r"|the\s+day\s+(?P<dir2>before|after)(?!\s+(?:yesterday|tomorrow))|that\s+(?:same\s+|very\s+)?day"
            r"|(?P<n>a|one)\s+day\s+"
            r"(?P<dir3>earlier|later))\b"
        ),
        anchor=_words("day", "morning"),
    ),
    # "that evening", "that same night": a part of the day last told
    _rule(
        "anaphoric",
        _i(rf"\bthat\s+(?:same\s+|very\s+)?(?P<part>{PART})\b"),
        ("that",),
        anchor=_PART_ANCHOR,
    ),
    # "Earlier in the day, ...", "Later in the week, ...": a sentence framed within the day (week) the
    # story is telling; only the fronted form, as TimeML leaves a clause-final "earlier in the day"
    # untagged (AQUAINT twice)
    _rule(
        "anaphoric",
        r"\b(?:Earlier|Later)\s+in\s+the\s+(?P<within>day|week)(?=,)",
        anchor=_cased(r"\b(?:Earlier|Later)\s"),
    ),
    # "earlier in the year", "Later in the month,": the year (month) the story is telling, fronted or
    # clause-final, as "earlier this year" is tagged wherever it stands (the clause-final day is left
    # untagged above, as AQUAINT leaves it)
    _rule(
        "anaphoric",
        _i(r"\b(?:earlier|later)\s+in\s+the\s+(?P<within>month|year)\b(?!-)"),
        ("in the month", "in the year"),
        anchor=_words("earlier", "later"),
    ),
    # "the day" of a market report ("ended the day up 2%", "for the day"): the day last spoken of;
    # the handler checks the verb before it (a look-behind here would cost a test at every position)
    _rule(
        "anaphoric", _i(r"\bthe\s+(?P<day>day)\b(?!\s+(?:before|after|of|when|that)\b)"), anchor=_words("day")
    ),
    _rule(
        "anaphoric", _i(rf"\b{POS}the\s+day\b(?!\s+(?:before|after|of|when|that)\b)"), anchor=_words("day")
    ),
    # "on the 5th", "by the 28th of this month": a day of the month named by its ordinal alone, after
    # a preposition of time and before the end of its phrase ("on the 25th floor", "the 5th
    # anniversary" and "the 5th of March" are not it); the handler finds the month
    _rule(
        "month_ordinal",
        r"(?=(?i:the)\s)(?:(?<=\b(?i:on|by)\s)|(?<=\b(?i:until|since|after)\s)|(?<=\b(?i:before)\s))"
        rf"(?i:the)\s+(?P<day>{DAY_ORDINAL})(?:\s+of\s+(?P<rel>{_i('this|last|next|the')})\s+{_i('month')}\b"
        r"|(?=\s*(?:[,.;:)]|$)|\s+(?i:and|at|in|when|as|but|with|to|after|before)\b))",
        anchor=_cased(r"\d(?:st|nd|rd|th)\b"),
    ),
    # "later that year", "by that time": the last date mentioned, at the unit's granularity
    _rule(
        "antecedent",
        _i(
            r"\b(?:(?P<mod>earlier|later|early|late)\s+(?:in\s+)?)?that\s+(?P<unit>year|quarter|month|week|time)\b"
            # "that summer": the season of the year last told; "spring" and "fall" after "that" are
            # verbs too ("rules that spring from"), so they need a preposition of time before them
            r"|\bthat\s+(?P<season>summer|autumn|winter)\b"
            r"|(?=that)(?:(?<=\bin )|(?<=\bby )|(?<=\buntil )|(?<=\bduring )|(?<=\bsince ))"
            r"that\s+(?P<season1>spring|fall)\b"
        ),
        anchor=_words("that"),
    ),
    # "the same month a year ago", "the same period last year"
    _rule(
        "year_earlier",
        _i(
            r"\bthe\s+(?:same|corresponding|comparable)\s+(?P<unit>day|week|month|quarter|period|time)\s+"
            r"(?:of\s+)?(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before))\b"
        ),
        anchor=_words("same", "corresponding", "comparable"),
    ),
    _rule(
        "year_earlier",
        _i(r"\b(?:last|the\s+(?:previous|prior))\s+year'?s\s+(?:fiscal\s+)?(?P<unit>quarter|period)\b"),
        ("year's", "years"),
        anchor=_words("year"),
    ),
    # "sold bonds in the morning", "slid in afternoon trading": a part of the day the story tells of
    # (the handler keeps the past only: "runs in the morning" is a habit, "will land in the evening"
    # a day ahead)
    _rule(
        "story_part",
        r"(?:(?<=\b[Ii]n )|(?<=\b[Dd]uring ))(?:(?i:the)\s+(?P<part>"
        + _i("morning|afternoon|evening")
        + r")\b(?!\s+(?i:of|before|after|hours|trading)\b)|(?P<part1>"
        + _i("morning|afternoon|evening")
        + r")(?=\s+(?i:trading|session)\b))",
        ("morning", "afternoon", "evening"),
        anchor=_words("morning", "afternoon", "evening"),
    ),
    # "for the entire year", "the whole month": the year (month) the story is telling, all of it
    _rule(
        "whole",
        _i(r"\b(?P<det>the|this|that)\s+(?:entire|whole|full)\s+(?P<unit>year|month)\b(?![-\w]|\s+of\b)"),
        ("entire", "whole", "full"),
        anchor=_words("entire", "whole", "full"),
    ),
    # "by year-end", "since year end", "by year's end"; "by month-end", "by week's end" ("week-end" is
    # the weekend in British spelling)
    _rule(
        "year_end",
        _i(r"\b(?:(?:fiscal\s+)?(?P<unit>year|month)[-\s]end|(?P<unit1>year|month|week)'?s\s+end)\b"),
        anchor=_words("year", "month", "week"),
    ),
    # "for some time", "for a while": a stretch of unknown length and unit
    _rule(
        "vague_duration",
        _i(r"(?<=\bfor )(?:some\s+time|a\s+while)\b"),
        ("some time", "a while"),
        anchor=_words("some", "while"),
    ),
    # a market report's week: "for the week", "the week's biggest gain": the week of the day told
    _rule(
        "story_week",
        _i(
            r"(?:(?<=\bfor )the\s+week\b(?!\s+(?:of|before|after|ahead|earlier|later)\b)"
            r"|\bthe\s+week(?='s\b))"
        ),
        ("the week",),
        anchor=_words("week"),
    ),
    # a run counted to the story's day: "fell for a third straight day", "gains for the fourth week in
    # a row", "the strike entered its second week": the day (week, month, year) the story tells of;
    # the handler wants a word of the run ("straight", "in a row") or "for"/"entered" before, since
    # "on the second day of the visit" counts from an event the text may not date
    _rule(
        "counted",
        _i(
            r"(?:\b(?:a|the)\s+)?\b(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
            r"(?:(?P<mark>straight|consecutive|successive)\s+)?(?P<unit>day|week|month|year)\b(?!-)"
            r"(?=(?P<row>\s+(?:in\s+a\s+row|running)\b)?)"
        ),
        ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        anchor=_words("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    ),
    # "had its worst day since 2008", "their best week since May": a record of the day (week)
    # the story tells of
    _rule(
        "counted",
        _i(r"(?:(?<=\bbest\s)|(?<=\bworst\s))(?P<unit>day|week)(?=\s+since\b)"),
        ("best", "worst"),
        anchor=_words("best", "worst"),
    ),
    # "the weeks ahead", "the months to come": an unmeasured stretch of the future
    _rule(
        "vague_duration",
        _i(rf"\bthe\s+(?:next\s+few\s+|coming\s+)?(?P<unit>{UNIT})s\s+(?:ahead|to\s+come)\b"),
        ("ahead", "to come"),
        anchor=_UNIT_ANCHOR,
    ),
)
