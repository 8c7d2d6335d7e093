"""TIMEX3 tagging: find every time expression of a parsed document and normalize it against the
document time (publication day, an interval estimate of it, or nothing).

Rules in the spirit of HeidelTime (Strötgen & Gertz): regular expressions find candidates, the longest
non-overlapping ones win, and underspecified expressions are resolved against the anchor with the
tense of their clause from spaCy's parse. dateparser/dateutil are not used for finding expressions:
they turn durations into dates and know nothing of tense, which costs far more than they save.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dateline.nlp.sentences import sentence_of, sentences
from dateline.nlp.text import text_of
from dateline.records import DateInterval, DocumentTime, Timex
from dateline.time import values
from dateline.time.calendar_math import shift_year, unit_value
from dateline.time.normalize import HANDLERS, Context, Norm, beside_quarter
from dateline.time.partial_values import bare_weekday, weekday, weekday_on_or_after, weekday_on_or_before
from dateline.time.patterns import MONTH, RANGE_JOIN, REACH, RULES, WEEKDAY, Anchor, Rule
from dateline.time.tense import Direction, clause_verb, cues, direction, tense_at

_CALENDAR_TYPES = ("DATE", "TIME")
_NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "PERSON"})
_COUNT_ENTITIES = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
_TENSED = frozenset(
    {"month_day", "month", "holiday", "weekday", "quarter", "season", "week_of", "relunit", "time"}
    | {"year_end", "first_day", "first_time", "month_ordinal", "story_part"}
)
_CLOCK = frozenset({"time", "first_time"})  # a clock time, or the first hour of a range of them
_STORY_DAY = "the story's day (the inferred publication day)"
# a month, quarter, season, half or year: the same from the story's day to the days just after it
_MONTH_NAMED = re.compile(MONTH, re.I)  # "July 28", "28 July": the expression names its day's date
_COARSE = re.compile(r"\d{4}(?:-\d\d|-Q\d|-H\d|-(?:SP|SU|FA|WI))?")


@dataclass(frozen=True)
class _StoryDay:
    """The day an undated article's document time was inferred from (the latest day it reports, its
    `likely` day). Its writer wrote on it or shortly after, and counts "last month" from it as a reader
    does, not from every day of the month-long window after it (which makes "last month" two months).
    A day-sized expression ("last Friday", "yesterday") counts from it only where the article names
    that day itself ("on Monday (July 28)": written as it happened); a day known only from other
    reports is often the very day its "yesterday" names."""

    day: date
    named: bool


def _story_day(
    anchor: DocumentTime, taken: list[tuple[int, int, str, object]], text: str
) -> _StoryDay | None:
    day = anchor.interval.likely if anchor.dct is None else None
    if day is None:
        return None
    named = any(
        _MONTH_NAMED.search(text, start, end)
        and (norm := _normalize(name, m, text, day, None, _Narrative())) is not None
        and norm.value == day.isoformat()
        for start, end, name, m in taken
    )
    return _StoryDay(day, named)


class _Parse:
    """Lazy look-ups into the parse, so that documents without candidates pay nothing."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self._tense: dict[tuple[int, int], Direction] = {}

    def tense(self, start: int, end: int) -> Direction:
        key = (start, end)
        if key not in self._tense:
            part = _PART_OF.search(self.text, max(0, start - 30), start)
            # "in the early hours of Friday", "on the night of March 3": the time noun is the
            # expression's head, and its clause's tense is the expression's
            period = _period_ended_before(self.doc, start, end)
            if period is not None:  # "for the quarter ended Sept. 30 on Thursday": the noun's clause
                found = tense_at(self.doc, period.idx, period.idx + len(period))
            else:
                found = tense_at(self.doc, part.start() if part else start, end)
            if _AHEAD.search(self.text, max(0, start - 12), start):
                found = "future"  # "sold ahead of the weekend": what one prepares for is still to come
            elif found == "past" and _UNTIL.search(self.text, max(0, start - 8), start):
                # "gave them until Tuesday", "extended the deadline until 9 a.m. Tuesday": the end of
                # a window often lies after the report, whatever the verb's tense; nearest wins
                found = None
            elif found == "present" and _UNTIL.search(self.text, max(0, start - 10), start):
                found = "future"  # "the fair runs through Sunday", "is closed until Monday": the end is ahead
            elif found is None and (
                _dates_a_past_subject(self.doc, start, end) or _dates_a_past_occasion(self.doc, start, end)
            ):
                found = "past"
            elif found is None and (first := _first_conjunct(self.doc, start, end)) is not None:
                found = self.tense(first.idx, first.idx + len(first))  # "on Monday and Tuesday"
            self._tense[key] = found
        return self._tense[key]

    def token_at(self, char: int):
        span = _expression(self.doc, char, char + 1)
        return span[0] if span is not None else None


def _expression(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of the characters start..end, None where they cover none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _period_ended_before(doc: Doc, start: int, end: int) -> Token | None:
    """ "will report results for the quarter ended Sept. 30 on Monday": the parser hangs a later
    expression on the participle that names the period's last day, whose past says only that the
    period is over. Such an expression takes the tense of the clause the period's noun is in (that
    noun is returned); the day right after the participle is the period's own."""
    span = _expression(doc, start, end)
    if span is None:
        return None
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        head = head.head
    if head.dep_ != "acl" or head.lower_ not in ("ended", "ending") or head.i >= span.start:
        return None
    if head.i + 1 == span.start or (head.i + 2 == span.start and doc[head.i + 1].lower_ == "on"):
        return None  # "ended Sept. 30", "ended on Sept. 30": the period's last day
    return head.head


def _first_conjunct(doc: Doc, start: int, end: int) -> Token | None:
    """The expression before this one in a coordination ("met on Monday and |Tuesday|"), whose clause
    the parser reaches where it does not reach the later ones."""
    span = _expression(doc, start, end)
    if span is None:
        return None
    root = span.root
    coordinated = root.dep_ == "conj" and root.head.i < span.start
    return root.head if coordinated and root.head.ent_type_ in ("DATE", "TIME") else None


# News tells what has happened in the past tense. A weekday, month or day in the main clause of a
# simple present is a schedule ("the ministers meet Monday", "parliament reconvenes in January"), ahead
# as HeidelTime reads it; a present reached through a noun or in a subordinate clause (a caption's
# "as they march in Khartoum Thursday") is not, and a modal leaves a weekday's side open (a month's
# stays this year's: "would be out by September").
_SCHEDULED = frozenset({"weekday", "month", "month_day", "month_ordinal"} | _CLOCK)
_LOOKS_BACK = re.compile(r"\b(?:since|as\s+of)\s+$", re.I)  # "is at its lowest since Jan. 9"


def _present_form(doc: Doc, start: int, end: int) -> str | None:
    """ "modal" when the verb of the expression's clause has a modal of the conditional ("could",
    "would"), "reported future" for "would" under a past reporting verb; "schedule" when it is the
    simple present of the main clause; else None."""
    span = _expression(doc, start, end)
    verb = clause_verb(span.root) if span is not None else None
    if verb is None:
        return None
    modals = cues()["conditional"]
    if any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return "reported future" if _future_in_past(verb) else "modal"
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    main = main or _present_relative(verb)
    auxes = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return "schedule" if main and verb.tag_ in ("VBZ", "VBP") and not auxes and _agrees(verb) else None


def _future_in_past(verb: Token) -> bool:
    """ "She told reporters the bill would be signed in January": "would" under a past reporting verb
    is the future of what was said, ahead of the report as well."""
    head = verb.head
    would = any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
    reported = head.lemma_.lower() in cues()["reporting"] and head.tag_ == "VBD"
    return would and verb.dep_ == "ccomp" and reported


def _present_relative(verb: Token) -> bool:
    """ "The law, which takes effect in January, bans ...": a relative clause in the simple present
    is a schedule too, unless the sentence tells the past ("the rebels, who control the north, seized
    the town on Friday" keeps the main clause's day). The main clause's finite verb decides, whether
    it is the root or an auxiliary of it: "the talks, which resume Monday, are expected to be hard",
    "the firm, which reports on Thursday, has cut costs", "..., will focus on trade" all stand in the
    present or the future, from where a simple present of a plan looks ahead."""
    if verb.dep_ != "relcl":
        return False
    root = verb.sent.root
    finite = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE]
    return root.tag_ in ("VBZ", "VBP") if not finite else finite[0].tag_ in ("VBZ", "VBP", "MD")


_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _agrees(verb: Token) -> bool:
    """A base form after a singular noun ("Weakness in tech stocks hurt the index", "The bank cut
    rates") is no present, which would take -s: it is the past of a verb whose past is its base form,
    tagged VBP by the parser."""
    if verb.tag_ != "VBP":
        return True
    return not any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)


_TO_THE_NOUN = frozenset({"pobj", "prep", "poss", "case", "compound", "nmod", "npadvmod"})


def _dates_a_past_subject(doc: Doc, start: int, end: int) -> bool:
    """ "The rally on Saturday drew thousands", "Friday's attack killed 20": a date that hangs off the
    subject of a verb in the simple past dates something that has happened. (Through other nouns only a
    future tense is trusted: "invited them to a ceremony on March 12" may lie ahead.)"""
    span = _expression(doc, start, end)
    if span is None:
        return False
    token = span.root
    for _ in range(4):
        if token.dep_ not in _TO_THE_NOUN or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "nsubj" or token.i in range(span.start, span.end):
        return False
    verb = token.head
    if verb.lemma_.lower() in cues()["forward_verbs"]:
        return False  # "the vote on Sunday was postponed" lies ahead
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "ROOT")


_OCCASION_PREPOSITIONS = frozenset({"in", "at", "during"})


def _dates_a_past_occasion(doc: Doc, start: int, end: int) -> bool:
    """ "said in a statement Friday", "told reporters at a briefing Wednesday", "announced it during a
    visit on Monday": a date on the noun of an in/at/during phrase of a verb in the past dates the
    occasion of that past event. (A date on the verb's object, or after "to", keeps no side: "invited
    them to a rally on Friday", "announced a vote on Friday" may lie ahead.)"""
    span = _expression(doc, start, end)
    if span is None:
        return False
    token = span.root
    for _ in range(4):
        if token.dep_ not in _TO_THE_NOUN or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and token.i not in range(span.start, span.end):
            break
    else:
        return False
    prep = token.head
    if (
        token.dep_ != "pobj"
        or prep.lower_ not in _OCCASION_PREPOSITIONS
        or prep.head.pos_ not in ("VERB", "AUX")
    ):
        return False
    return direction(prep.head) == "past"


def _tensed_end(name: str, m: re.Match[str], end: int) -> int:
    """The first day of "10-12 September" (the first hour of "from 10 to 11 a.m.") takes the tense of the
    whole range: the bare number alone often hangs in the parse where no verb reaches it."""
    if name == "first_day":
        return m.end("mon")
    return m.end("ampm") if name == "first_time" else end


def _tense_of(parse: _Parse, name: str, start: int, end: int) -> Direction:
    if name not in _TENSED:
        return None
    found = parse.tense(start, end)
    back = _LOOKS_BACK.search(parse.text, max(0, start - 8), start) if name in _SCHEDULED else None
    if back and back.group().lower().startswith("since"):
        return "past"  # "its worst day since June": what a stretch runs from has come (a noun gives no tense)
    if found != "past" and name in _SCHEDULED and _obliged_by(parse.text, start):
        return "future"  # "must approve the plan by Monday": a deadline still to meet
    if name in _SCHEDULED and _directed_deadline(parse.doc, start, end):
        return "future"  # "ordered the envoys to leave before Sunday": the order is told, the deadline ahead
    if found == "present" and name in _SCHEDULED:
        form = _present_form(parse.doc, start, end)
        if form == "reported future" and name in ("month_day", "month_ordinal"):
            # "said the plant would reopen on Jan. 15" (a day within a month of the reference stays
            # that occurrence: `calendar_math.day_year`); a weekday keeps the nearest, a month this
            # year's ("said the troops would be out by September", published in October)
            return "future"
        if form in ("modal", "reported future") and (name == "weekday" or name in _CLOCK):
            return None  # "could not be reached Tuesday": either side, the nearest wins
        if form == "schedule" and not _LOOKS_BACK.search(parse.text, max(0, start - 8), start):
            return "future"  # "the ministers meet Monday", "the rules take effect Jan. 1"
    deadline = _DEADLINE.search(parse.text, max(0, start - 8), start)
    if found is None and name in ("month", "relunit") and deadline:
        return "future"  # a deadline month: "to repay the loan by February" (a day is left to the nearest)
    return found


# a modal of obligation in the same clause, then "by" or "until" right before the day
_OBLIGED = re.compile(r"\b(?:must|should|ought\s+to|ha(?:s|ve)\s+to|needs?\s+to)\s+[^.;:!?]*$", re.I)


# verbs of an order or a request whose complement is still to be done by its addressee
_DIRECTIVES = frozenset(
    {"ask", "order", "tell", "instruct", "direct", "require", "urge", "demand", "request", "command"}
)
_DEADLINE_WORDS = frozenset({"by", "before", "until", "till"})


def _directed_deadline(doc: Doc, start: int, end: int) -> bool:
    """ "India ordered the diplomats to leave before midnight on Sunday", "asked India to withdraw its
    troops by Saturday", "ordering they leave before Sunday": a deadline of what an order or request
    asks for lies after it, though the order is told in the past. The deadline word governs the
    expression, and the verb it hangs on is an infinitive or a bare subjunctive under the directive
    ("told parliament the troops left by Friday" reports a past)."""
    span = _expression(doc, start, end)
    if span is None:
        return False
    head = span[0]  # the first word's phrase ("midnight" of "midnight on Sunday", whose "on" hangs apart)
    # by index: spaCy makes a new Token on each `.head`, so an identity test never sees the root
    while head.head.i in range(span.start, span.end) and head.head.i != head.i:
        head = head.head
    prep = head.head
    if prep.lower_ not in _DEADLINE_WORDS or prep.dep_ != "prep":
        return False
    verb = prep.head
    return (
        # the parser tags the subjunctive of "ordering they leave" as a present (VBP)
        verb.tag_ in ("VB", "VBP")
        and verb.dep_ in ("xcomp", "ccomp")
        and verb.head.lemma_.lower() in _DIRECTIVES
    )


def _obliged_by(text: str, start: int) -> bool:
    """ "Lawmakers must pass the budget by Friday", "the firm has to repay the loan until Monday": an
    obligation with a deadline day looks ahead, where another modal ("could not be reached by
    Tuesday") leaves the side open."""
    if not _DEADLINE.search(text, max(0, start - 8), start):
        return False
    return _OBLIGED.search(text, max(0, start - 80), start) is not None


def _rejected(name: str, start: int, end: int, parse: _Parse) -> bool:
    """Parse-based vetoes: counts that look like years, and time words inside names."""
    token = parse.token_at(start)
    if token is None:
        return False
    if name == "second_day":
        # a count, not a day: "on May 3 and 25 others", "on May 7 - 10 people were hurt"
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        counted = after is not None and after.tag_ == "NNS" and after.is_lower
        return counted or (token.dep_ == "nummod" and token.head.tag_ == "NNS")
    if name in ("year", "second_year"):
        if token.dep_ == "nummod" and token.head.tag_ == "NNS" and token.i < token.head.i:
            # "2000 troops" counts; "the 2012 elections", "its 2014 gains" name the year of a thing:
            # a count rarely follows a definite determiner directly (news writes "the 2,000 troops");
            # a count comes before its noun ("the years 2014 through 2016" are years)
            return not (_dates_a_thing(token) or _in_a_range_of_years(token))
        # "the 2022-23 budget": the recogniser may call a year range money or a count; its shape wins
        return (
            token.ent_type_ in _COUNT_ENTITIES
            and token.nbor(-1).lower_ not in _YEAR_PREPOSITIONS
            and not _in_a_range_of_years(token)
            if token.i
            else False
        )
    if name == "holiday" and token.ent_type_ in _NAME_ENTITIES:
        # the holiday's own name is a day whatever label the recogniser gives it ("Easter Sunday" as a
        # facility, "Easter Monday" as a law); it is part of a name only where the entity reaches
        # beyond it ("A Christmas Carol", "the Good Friday Agreement")
        entity = next(e for e in parse.doc.ents if e.start <= token.i < e.end)
        return entity.start_char < start or entity.end_char > end
    if name in ("set", "ref", "weekday"):
        return token.ent_type_ in _NAME_ENTITIES  # "China Daily", "Black Friday Sales Ltd"
    return False


def _dates_a_thing(token) -> bool:
    """A year-like number between a definite determiner or possessive and a plural noun, which the
    parser's entity recogniser does not call a count."""
    if token.i == 0 or token.ent_type_ in _COUNT_ENTITIES:
        return False
    before = token.nbor(-1)
    return before.lower_ in _DEFINITE or before.tag_ in ("PRP$", "POS")


def _in_a_range_of_years(token) -> bool:
    """ "the slump of 2015-16 cut wages": the parser hangs the years on a later plural noun, but two
    numbers joined by a dash, the second at most ten years after the first, are a range of years
    ("2000-3000 troops" is a count)."""
    doc, i = token.doc, token.i
    if i + 2 < len(doc) and doc[i + 1].text in _RANGE_DASHES:
        first, second = token.text, doc[i + 2].text
    elif i >= 2 and doc[i - 1].text in _RANGE_DASHES:
        first, second = doc[i - 2].text, token.text
    else:
        return False
    if not (first.isdigit() and len(first) == 4 and second.isdigit() and len(second) in (2, 4)):
        return False
    start = int(first)
    end = int(second) if len(second) == 4 else start - start % 100 + int(second)
    end += 100 if end < start and len(second) == 2 else 0  # "1999-00"
    return 0 < end - start <= 10


_RANGE_DASHES = frozenset({"-", "–", "/"})


@dataclass(frozen=True)
class _Narrative:
    """What the text has said so far, for anaphoric expressions ("the next day", "later that year")."""

    day: date | None = None
    value: str | None = None

    def after(self, timex: Timex) -> _Narrative:
        # a part of a day ("Friday night", a TIME) tells its day as a date does
        told = timex.type == "DATE" or _PART_OF_DAY.search(timex.value)
        if not told or timex.interval is None or not _YEARED.match(timex.value):
            return self
        day = timex.interval.start if timex.interval.is_day else self.day
        return _Narrative(day, timex.value)

    def in_months_of_year(self, reference: date | None) -> _Narrative:
        """ "In the nine months, net rose 4% ... compared with a year earlier": a reporting period of
        months inside the year (year to date) is the period the next comparison moves back from;
        of the quarter told before it, only the year still holds."""
        if self.value is not None and _YEARED.match(self.value):
            return _Narrative(self.day, self.value[:4])
        return _Narrative(self.day, f"{reference.year:04d}") if reference else self


# a number after these is a year even where the parser calls it a count ("deliveries from 2009 to 2011")
_YEAR_PREPOSITIONS = frozenset(
    {"in", "since", "of", "from", "between", "until", "till", "before", "after", "during"}
)
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_PART_OF = re.compile(
    r"\b(?:hours|night|morning|evening|afternoon|end|start|beginning|middle|eve)\s+of\s+$", re.I
)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.I)
_AHEAD = re.compile(r"\bahead\s+of\s+$", re.I)
_DEADLINE = re.compile(r"\b(?:by|until|till)\s+$", re.I)
_YEARED = re.compile(r"\d{4}(?:-|$)")
_PART_OF_DAY = re.compile(r"T[A-Z]{2}$")
# While candidates are chosen, anaphoric ones only need to resolve to something: any earlier day, or
# for the reporting period of an earnings story ("the latest quarter") any earlier quarter.
_ANY_PAST = (_Narrative(date(2000, 1, 1), "2000-01-01"), _Narrative(date(2000, 1, 1), "2000-Q1"))


def _looks_back(name: str, value: str, told: _Narrative, text: str, start: int) -> bool:
    """A comparison period ("the year-earlier period", "a year ago" beside a quarter) points back
    from the period the story is about; it does not become that period itself."""
    if name in ("period", "year_earlier", "earlier"):
        return True
    # "a year ago" compares too ("net was $3 million a year ago; revenue rose from a year earlier"), and
    # so does a year before the quarter just told ("third-quarter profit slid from $9 million last
    # year. In the 2029 quarter, ...": the quarter is still the story's)
    last_year = name == "relunit" and len(value) == 4 and text[start : start + 4].lower() == "last"
    year_back = last_year and told.value is not None and "-Q" in told.value
    return (
        (name in ("ago", "relunit") and "-Q" in value)
        or (name == "ago" and len(value) == 4)
        or (year_back and beside_quarter(text, start))
    )


def _normalize(
    name: str, match, text: str, ref: date | None, tense: Direction, told: _Narrative
) -> Norm | None:
    try:
        return HANDLERS[name](match, Context(text, ref, tense, told.day, told.value))
    except (OverflowError, ValueError):
        # Calendar arithmetic left the calendar (years 1..9999): "next week" against 9999-12-31,
        # "10^20 days ago", a year-less date resolved before year 1. Every handler steps by dates, so
        # the guard sits here, once, for the class: the expression has no writable value and is left
        # out. Impossible dates ("2021-02-30") never get this far: the handlers check them.
        return None


def _resolve(
    name: str,
    match,
    text: str,
    anchor: DocumentTime,
    tense: Direction,
    told: _Narrative,
    story: _StoryDay | None = None,
) -> tuple[Norm, DateInterval | None] | None:
    """The normalization against the anchor, and the calendar interval it denotes."""
    if anchor.dct is not None:
        norm = _normalize(name, match, text, anchor.dct, tense, told)
        if norm is None:
            return None
        return norm, _interval(norm, tense, 0.8 if norm.relative else 0.95)
    at_story = _normalize(name, match, text, story.day, tense, told) if story is not None else None
    if at_story is not None and _counts_from_story(story, at_story):
        return at_story, _interval(at_story, tense, 0.5 if at_story.relative else 0.95, _STORY_DAY)
    lo, hi = anchor.interval.start, anchor.interval.end
    if lo is None or hi is None:
        norm = _normalize(name, match, text, None, tense, told)
        if norm is None:
            return None
        return norm, None if norm.relative else _interval(norm, tense, 0.95)
    first = _normalize(name, match, text, lo, tense, told)
    last = _normalize(name, match, text, hi, tense, told)
    if first is None or last is None:
        return None
    if not first.relative:
        return first, _interval(first, tense, 0.95)
    # what the text itself fixes: the reading without an anchor ("May 23" -> XXXX-05-23)
    written = _normalize(name, match, text, None, tense, told)
    value = values.merge(first.value, last.value, written.value if written else None)
    merged = Norm(first.type, value, first.mod, True)
    a = values.to_interval(first.value, first.mod, "", 0.0) if first.type in _CALENDAR_TYPES else None
    b = values.to_interval(last.value, last.mod, "", 0.0) if last.type in _CALENDAR_TYPES else None
    if a is None or b is None or a.start is None or b.end is None:
        return merged, None
    gran = a.granularity if first.value == last.value else "range"
    basis = "relative to the estimated publication interval"
    counted = name == "weekday" and bool(match.groupdict().get("rel"))
    likely = _deictic_day(name, at_story, story, counted)
    if likely is not None and a.start <= likely <= b.end:
        basis += f", likely {likely} (counted from the story's day)"
    else:
        likely = None
    return merged, DateInterval(a.start, b.end, gran, 0.4, basis, likely=likely)


def _counts_from_story(story: _StoryDay | None, norm: Norm) -> bool:
    """Whether an expression counts from the story's day as from a publication day (`_StoryDay`):
    any where the article names that day itself, else one its own words fix or a month or longer."""
    return story is not None and (story.named or not norm.relative or bool(_COARSE.fullmatch(norm.value)))


# Expressions whose day an undated article's story day gives (`_deictic_day`): the words that count
# from the writer's day, a clock time with no day of its own ("met at 4:15 p.m.": the writer's day too,
# round 29), and those that count from the day the narrative is on, which with no day told before is
# the story's day ("arrived in the morning", "had withdrawn the previous day")
_NARRATIVE_DAYS = frozenset({"story_part", "anaphoric"})
_FROM_STORY = frozenset({"relday", "time", "first_time", *_NARRATIVE_DAYS})


def _deictic_day(name: str, at_story: Norm | None, story: _StoryDay | None, counted: bool) -> date | None:
    """The likely day of "today", "this morning", "yesterday", "tomorrow" in an article dated only by
    its story's day (the latest day it reports, learnt from other reports of it; round 21). Its writer
    wrote on that day or shortly after, and a past or present one most often names that very day: the
    report that dated the article is the one its "yesterday" or "this morning" tells (a summons "this
    morning", a call "yesterday", each the day the dated reports give). A future one counts from it
    ("will meet tomorrow": the day after). The interval stays the whole estimate's, shifted. A part of
    the day or the day before or after the narrative's (`_NARRATIVE_DAYS`, round 23) counts from the
    story's day with its step kept: "had withdrawn the previous day" is the day before the story's.
    Round 27: a weekday its own word counts from the writer's day (`counted`: "last Wednesday", "this
    Friday") is that weekday on the story day's side, as a bare weekday is (`event_date._resolve`, round
    25): the article was written on the story's day or shortly after, so a past one is the latest such
    weekday up to that day (the story's day itself where it is one: the news that dated the article), a
    future one the first from it. Without the story's day its interval held that weekday in every week
    of the window."""
    if (name not in _FROM_STORY and not counted) or at_story is None or story is None:
        return None
    if not _ISO_DAY.match(at_story.value):
        return None
    told = date.fromisoformat(at_story.value[:10])
    if counted:
        step = weekday_on_or_before if told <= story.day else weekday_on_or_after
        return step(told.weekday(), story.day)
    offset = (told - story.day).days
    return story.day + timedelta(days=offset if name in _NARRATIVE_DAYS else max(offset, 0))


def _over_two_thirds(interval: DateInterval, first: str, norm: Norm) -> DateInterval:
    """ "mid-to-late 2020": from the start of the first third named to the end of the second; no one
    TimeML mod says that, so the expression keeps none and its interval the stretch."""
    whole = values.to_interval(norm.value, None, "", 0.0)
    if whole is None or whole.start is None or whole.end is None:
        return interval
    start, _ = values.narrow(whole.start, whole.end, first.upper())
    return DateInterval(start, interval.end, "range", interval.confidence, interval.basis)


def _interval(
    norm: Norm, tense: Direction, confidence: float, anchor: str = "publication date"
) -> DateInterval | None:
    if norm.type not in _CALENDAR_TYPES:
        return None
    if not norm.relative:
        basis = "explicit date"
    else:
        basis = f"relative to {anchor}" + (f", {tense} tense" if tense else "")
    return values.to_interval(norm.value, norm.mod, basis, confidence)


class _Scan:
    """What tagging finds whatever the anchor: the candidate matches, longest first, with the parse
    look-ups and vetoes they need. Kept in `doc.user_data`: the time stage tags every article twice
    (against an unknown anchor to date the document, then against the document time), and the regex
    scan is most of the cost of tagging. The vetoes read entity labels: a Doc whose entities are
    changed after tagging must be parsed again before it is tagged again."""

    def __init__(self, doc: Doc) -> None:
        self.parse = _Parse(doc)
        text = self.parse.text
        lower = text.lower()
        present = {w for w in _NEEDED if w in lower}  # each word looked for once, not once per rule
        rules = [
            (order, rule)
            for order, rule in enumerate(RULES)
            if not rule.needs or not present.isdisjoint(rule.needs)
        ]
        # lower() can change the length of a few non-ASCII strings ("İ"): then no anchor is looked up
        # in the lower-cased text, whose offsets would not be the text's
        windows = _Windows(text, lower if len(lower) == len(text) else None)
        candidates = [
            (m.start(), m.end(), order, rule.name, m)
            for order, rule in rules
            for m in windows.matches(rule)
            if m.end() > m.start()
        ]
        candidates.sort(key=lambda c: (c[0] - c[1], c[2]))  # longest first, then rule order
        self.candidates = [(start, end, name, m) for start, end, _, name, m in candidates]
        self._rejected: dict[int, bool] = {}
        self._tense: dict[tuple[str, int, int], Direction] = {}

    def rejected(self, k: int) -> bool:
        if k not in self._rejected:
            start, end, name, _ = self.candidates[k]
            self._rejected[k] = _rejected(name, start, end, self.parse)
        return self._rejected[k]

    def tense(self, name: str, m: re.Match[str], start: int, end: int) -> Direction:
        """`_tense_of`, once per candidate: it reads the parse only, and tagging asks it of each
        candidate up to four times (choosing, then normalizing, for each of the two anchors)."""
        key = (name, start, _tensed_end(name, m, end))
        if key not in self._tense:
            self._tense[key] = _tense_of(self.parse, *key)
        return self._tense[key]


class _Windows:
    """A rule's matches, found only near where its anchor occurs: the same matches as a scan of the
    whole text, since none reaches further than `REACH` from its anchor, at a fraction of the cost
    (most of the text is far from any month name, number word or unit). Each anchor's stretches of
    text are found once per document and shared by the rules that use it."""

    def __init__(self, text: str, lower: str | None) -> None:
        self.text = text
        self.lower = lower
        self._found: dict[Anchor, list[tuple[int, int]]] = {}

    def matches(self, rule: Rule) -> Iterator[re.Match[str]]:
        anchor = rule.anchor
        if anchor is None or (anchor.lower and self.lower is None):
            yield from rule.regex.finditer(self.text)
            return
        for start, end in self._stretches(anchor):
            # the window's end cuts the text: no match comes near it, nor any look-ahead of one
            yield from rule.regex.finditer(self.text, start, end)

    def _stretches(self, anchor: Anchor) -> list[tuple[int, int]]:
        found = self._found.get(anchor)
        if found is None:
            found = self._found[anchor] = []
            searched = self.lower if anchor.lower and self.lower is not None else self.text
            size = len(self.text)
            for m in anchor.regex.finditer(searched):
                start, end = max(0, m.start() - REACH), min(size, m.end() + REACH)
                if found and start <= found[-1][1]:
                    found[-1] = (found[-1][0], end)  # overlapping stretches are scanned once
                else:
                    found.append((start, end))
        return found


_SCAN_KEY = "dateline.time.scan"
_NEEDED = frozenset(w for rule in RULES for w in rule.needs)


def _scan(doc: Doc) -> _Scan:
    scan = doc.user_data.get(_SCAN_KEY)
    if scan is None:
        scan = doc.user_data[_SCAN_KEY] = _Scan(doc)
    return scan


def tag(doc: Doc, anchor: DocumentTime) -> list[Timex]:
    """Every time expression in `doc`, with char offsets into `doc.text`, normalized against `anchor`."""
    scan = _scan(doc)
    parse, text = scan.parse, scan.parse.text
    taken: list[tuple[int, int, str, object]] = []
    occupied = bytearray(len(text))  # the characters of the matches taken so far
    for k, (start, end, name, m) in enumerate(scan.candidates):
        if occupied.find(1, start, end) != -1:
            continue  # overlaps a longer (or earlier-rule) match taken already
        if scan.rejected(k):
            continue
        tense = scan.tense(name, m, start, end)
        if all(_resolve(name, m, text, anchor, tense, told) is None for told in _ANY_PAST):
            continue
        taken.append((start, end, name, m))
        occupied[start:end] = b"\x01" * (end - start)
    taken.sort(key=lambda t: t[0])
    story = _story_day(anchor, taken, text)
    # the day relative expressions count from (`_resolve`)
    day = anchor.dct or (story.day if story is not None and story.named else None)
    out: list[Timex] = []
    told = _Narrative()
    bare_times: list[int] = []
    runs: list[int] = []  # "for a third straight day": counted to the day its sentence names
    bare_weekdays: list[tuple[int, Direction]] = []  # bare weekdays, and the direction of their clause
    period_end = -1  # where the date of "the quarter ended July 31" starts: it does not move the story
    for start, end, name, m in taken:
        tense = scan.tense(name, m, start, end)
        resolved = _resolve(name, m, text, anchor, tense, told, story)
        if resolved is None:
            continue
        norm, interval = resolved
        if not values.is_valid_value(norm.value):
            continue  # stepped off the calendar ("next spring" in 9999): no day to give
        mod = norm.mod
        if m.groupdict().get("mod0") and interval is not None:
            mod, interval = None, _over_two_thirds(interval, m["mod0"], norm)
        timex = Timex(start, end, text[start:end], norm.type, norm.value, interval, mod)
        if name == "period_ended":
            period_end = m.start("mon")
        elif out and _ENDS_PERIOD.fullmatch(text, out[-1].end, start) and _QUARTER.fullmatch(out[-1].value):
            period_end = start  # "the third quarter ended Sept. 30": the day ends the quarter told
            quarter = _ended_by(out[-1], timex)
            if quarter is not out[-1]:
                told = told.after(quarter) if told.value == out[-1].value else told
                out[-1] = quarter
        if _MONTHS.fullmatch(timex.value) and _MONTHS_OF_YEAR.search(text, max(0, start - 16), end):
            told = told.in_months_of_year(day)
        elif not _looks_back(name, timex.value, told, text, start) and start != period_end:
            told = told.after(timex)
        if name in _CLOCK and not any(m.groupdict().get(g) for g in ("wd", "rd", "mon")) and day:
            bare_times.append(len(out))
        if name == "counted" and m["unit"].lower() in ("day", "week") and day:
            runs.append(len(out))
        if name == "weekday" and not m.groupdict().get("rel") and _ISO_DAY.fullmatch(timex.value):
            bare_weekdays.append((len(out), tense))
        out.append(timex)
    if day and bare_weekdays:
        out = _after_the_report(out, [k for k, _ in bare_weekdays], parse)
        out = _weekdays_as_dated(out, bare_weekdays, day, parse, text)
        out = _weekdays_as_told(out, bare_weekdays, day)
    out = _weekdays_by_their_date(out, text)
    out = _in_its_week(out, text)
    bare = set(bare_times) | set(runs)
    dated = _days_by_sentence([t for k, t in enumerate(out) if k not in bare], parse) if bare else {}
    for k in bare_times:
        out[k] = _day_from_sentence(out[k], dated, parse)
    for k in runs:
        out[k] = _run_to_sentence_day(out[k], dated, parse)
    out = _beside_a_day(_overnight(out, text), text)
    return _ordered_ranges(out, text, day) if day else out


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_QUARTER = re.compile(r"\d{4}-Q[1-4]")


def _ended_by(quarter: Timex, end: Timex) -> Timex:
    """ "the second quarter ended Oct. 30", "will report results for its third quarter ended Sept.
    30": a quarter cannot lie in a year after the day that ended it. Its year was picked from the
    clause's tense alone (a second quarter told in October is this year's, a third quarter in a
    future clause next year's); the day, which has ended, fixes it. A quarter in the year before its
    day's is left alone: a fiscal year is named by the year it starts in or the one it ends in."""
    if not _YEARED.match(end.value) or end.value[:4] >= quarter.value[:4]:
        return quarter
    value = end.value[:4] + quarter.value[4:]
    old = quarter.interval
    interval = values.to_interval(value, quarter.mod, old.basis, old.confidence) if old is not None else None
    return Timex(quarter.start, quarter.end, quarter.text, quarter.type, value, interval, quarter.mod)


_ENDS_PERIOD = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends)\s+", re.I)
# "the nine months", "the first six months", "the latest nine months": a reporting period of a year's
# months ("the past six months" reaches back from now instead)
_MONTHS_OF_YEAR = re.compile(r"\bthe\s+(?:(?:first|latest)\s+)?(?:[a-z]+|\d{1,2})\s+months$", re.I)
_MONTHS = re.compile(r"P(?:[2-9]|1[01])M")
_DATED_WEEKDAY = re.compile(rf"{WEEKDAY}.*{MONTH}|{MONTH}.*{WEEKDAY}", re.I | re.S)


def _weekdays_as_dated(
    out: list[Timex], bare_weekdays: list[tuple[int, Direction]], dct: date, parse: _Parse, text: str
) -> list[Timex]:
    """ "confirmed the meeting on Monday" beside "called for Monday, February 27, a meeting": the
    article's own dated mention of that weekday within a week of the publication day (one of the
    days the bare name can mean) says which one it is, when it is the only one. A weekday whose
    clause gives no direction (a date on a noun) takes it anywhere. A tensed one takes it only from
    another sentence (in one sentence two namings are two days: "announced on Monday that the vote
    is on Monday, March 4"), and only where the clause points to the dated day's side of the
    publication day ("will meet on Monday" on a Monday, after "arrives on Sunday, May 5") or the
    weekday and its hour follow a reported object, an appointment ("confirmed the meeting on Monday
    at 3 p.m."); otherwise a past act stays in the past ("met on Monday", "confirmed on Monday at
    10 a.m. that ..." beside "the vote is on Monday, May 20")."""
    dated: dict[int, list[Timex]] = {}
    for t in out:
        if t.type == "DATE" and _ISO_DAY.fullmatch(t.value) and _DATED_WEEKDAY.search(t.text):
            day = date.fromisoformat(t.value)
            if abs((day - dct).days) <= 7:
                dated.setdefault(day.isoweekday(), []).append(t)
    result = list(out)
    for k, tense in bare_weekdays:
        t = out[k]
        mentions = dated.get(date.fromisoformat(t.value).isoweekday(), [])
        if tense is not None:
            hour = out[k + 1] if k + 1 < len(out) else None
            timed = hour is not None and hour.type == "TIME" and _AT.fullmatch(text, t.end, hour.start)
            appointment = timed and _reported_object(parse, t.start)
            mentions = [
                d
                for d in mentions
                if not _same_sentence(parse, d.start, t.start)
                and (appointment or _on_its_side(tense, d.value, dct))
            ]
        days = {d.value for d in mentions}
        if len(days) == 1 and (value := days.pop()) != t.value:
            result[k] = _redated(t, value, "the article's dated mention of that weekday")
    return result


# a weekday and the date in brackets after it: "on Friday (Aug. 2)", "on Monday (5 December)"
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_MONTH_DAY = re.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)")


def _weekdays_by_their_date(out: list[Timex], text: str) -> list[Timex]:
    """ "Officials met on Friday (Dec. 4)", "said on Monday (7 December)": the bracketed date names the
    weekday's day, so the weekday takes it (its part of the day or hour kept: "Friday morning (Aug. 2)"
    is that day's morning). The weekday alone was counted from the anchor, which in an article of
    unknown or estimated date can be another week or no week at all; the date in brackets is what the
    writer gives. A date of unknown year keeps the days of its interval on which that date is that
    weekday: one such day is the day, several bound it. A date on another weekday is left apart (one
    of the two is a slip, and the text does not say which)."""
    result = list(out)
    for k, (a, b) in enumerate(pairwise(out)):
        found = _MONTH_DAY.fullmatch(b.value)
        named = weekday(a)
        if not (
            found is not None
            and named is not None
            and b.type == "DATE"
            and b.interval is not None
            and bare_weekday(a)
            and _BRACKET_OPEN.fullmatch(text, a.end, b.start)
            and _BRACKET_CLOSE.match(text, b.end)
        ):
            continue
        basis = f"the date in brackets after it, {b.text!r}"
        value, interval = b.value, replace(b.interval, basis=basis)
        if found[1] == "XXXX":
            days = _days_on_weekday(int(found[2]), int(found[3]), named, b.interval)
            if not days:
                continue
            value = days[0].isoformat() if len(days) == 1 else value
            interval = DateInterval(days[0], days[-1], "day" if len(days) == 1 else "range", 0.8, basis)
        elif date.fromisoformat(b.value).weekday() != named:
            continue
        clock = a.value.find("T")
        result[k] = Timex(
            a.start, a.end, a.text, a.type, value + a.value[clock:] if clock != -1 else value, interval, a.mod
        )
    return result


def _days_on_weekday(month: int, day: int, named: int, span: DateInterval) -> list[date]:
    """The days of `span` that are the `day` of `month` and fall on the weekday `named` (Monday 0), in
    order; none where `span` is open on a side."""
    if span.start is None or span.end is None:
        return []
    found = []
    for year in range(span.start.year, span.end.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # the 29th of February of a common year
        if span.start <= candidate <= span.end and candidate.weekday() == named:
            found.append(candidate)
    return found


def _redated(t: Timex, value: str, basis: str) -> Timex:
    """The weekday `t` on another day of its week's neighbourhood, which the article tells."""
    return Timex(t.start, t.end, t.text, t.type, value, values.to_interval(value, t.mod, basis, 0.8), t.mod)


def _weekdays_as_told(out: list[Timex], bare_weekdays: list[tuple[int, Direction]], dct: date) -> list[Timex]:
    """ "Ma to meet Xi on Saturday" (a headline), "a meeting had been arranged for Saturday", "said he
    would leave on Saturday": a bare weekday whose clause gives no direction takes the nearest day, with
    news' lean to the past; where the article names the same weekday in clauses that do give one, a
    past or a future ("is to hold talks on Saturday", "will meet him on Saturday"), and they all name
    one day within a week of the publication day, the undirected naming is that day too. A news story
    calls two different Saturdays "last Saturday" and "Saturday" or dates them; a bare name is one
    day."""
    told: dict[int, set[str]] = {}
    for k, tense in bare_weekdays:
        day = date.fromisoformat(out[k].value)
        if tense in ("past", "future") and abs((day - dct).days) <= 7:  # a present is the nearest too
            told.setdefault(day.isoweekday(), set()).add(out[k].value)
    if not told:
        return out
    result = list(out)
    for k, tense in bare_weekdays:
        if tense is not None:
            continue
        t = out[k]
        days = told.get(date.fromisoformat(t.value).isoweekday(), set())
        if len(days) == 1 and (value := next(iter(days))) != t.value:
            result[k] = _redated(t, value, "the article's tensed mentions of that weekday")
    return result


def _after_the_report(out: list[Timex], weekdays: list[int], parse: _Parse) -> list[Timex]:
    """ "The ministry announced on Tuesday that the summit would take place on Saturday": a weekday in
    the future of a report (`_future_in_past`) whose reporting verb has a day of its own is the first
    such weekday after that day. The weekday alone takes the nearest to the publication day, which
    may be the one before the report. ("said on Monday the talks will be held on Tuesday" keeps the
    writer's own future, counted from the publication day.)"""
    result = list(out)
    for k in weekdays:
        t = out[k]
        report = _report_day(out, t, parse)
        if report is None:
            continue
        day = date.fromisoformat(t.value)
        after = report + timedelta(days=(day.weekday() - report.weekday() - 1) % 7 + 1)
        if after != day and t.interval is not None:
            basis = t.interval.basis + ", after the report's day"
            interval = values.to_interval(after.isoformat(), t.mod, basis, t.interval.confidence)
            result[k] = Timex(t.start, t.end, t.text, t.type, after.isoformat(), interval, t.mod)
    return result


def _report_day(out: list[Timex], timex: Timex, parse: _Parse) -> date | None:
    """The day-level date, before `timex`, of the reporting verb whose "would" clause holds it."""
    span = _expression(parse.doc, timex.start, timex.end)
    verb = clause_verb(span.root) if span is not None else None
    if verb is None or not _future_in_past(verb):
        return None
    for other in out:
        if other.start >= timex.start or not _ISO_DAY.fullmatch(other.value):
            continue
        found = _expression(parse.doc, other.start, other.end)
        reporter = clause_verb(found.root) if found is not None else None
        if reporter is not None and reporter.i == verb.head.i:
            return date.fromisoformat(other.value)
    return None


# between a weekday and the week it is in: "on Thursday next week", "Monday of last week", "next week
# on Thursday"
_IN_WEEK = re.compile(r",?\s+(?:of\s+|on\s+)?", re.I)
_ISO_WEEK = re.compile(r"(\d{4})-W(\d\d)")
_POSSESSIVE = re.compile(r"['’]s\b")


def _in_its_week(out: list[Timex], text: str) -> list[Timex]:
    """ "The presidents will meet on Thursday next week": a weekday beside a week ("next week", "last
    week", "this week") is that weekday of that week, not the nearest Thursday; the week keeps its own
    expression (TimeML tags the two apart)."""
    result = list(out)
    for k, (a, b) in enumerate(pairwise(out)):
        if not (a.type == b.type == "DATE" and _IN_WEEK.fullmatch(text, a.end, b.start)):
            continue
        d, w = (k, k + 1) if _ISO_WEEK.fullmatch(b.value) else (k + 1, k)
        if result[d] is not out[d]:
            continue  # between two weeks ("last week on Monday, next week ..."): the first placed it
        day, week = out[d], out[w]
        found = _ISO_WEEK.fullmatch(week.value)
        if found is None or not _ISO_DAY.fullmatch(day.value) or not _WEEKDAY_ONLY.fullmatch(day.text):
            continue
        if _POSSESSIVE.match(text, week.end):
            continue  # "said on Monday next week's talks would ...": the week dates the talks
        wd = date.fromisoformat(day.value).isoweekday()
        value = date.fromisocalendar(int(found[1]), int(found[2]), wd).isoformat()
        if value == day.value or day.interval is None:
            continue
        basis = f"that weekday of {week.text!r}"
        interval = values.to_interval(value, day.mod, basis, day.interval.confidence)
        result[d] = Timex(day.start, day.end, day.text, day.type, value, interval, day.mod)
    return result


_AT = re.compile(r",?\s+(?:at\s+)?", re.I)  # between a weekday and its hour: "Monday at 3 p.m."


def _reported_object(parse: _Parse, start: int) -> bool:
    """ "confirmed the meeting ... on Monday": the weekday follows the object of a reporting verb, so
    it may date the thing reported rather than the report (the parser hangs it on the verb)."""
    token = parse.token_at(start)
    if token is None or token.dep_ != "pobj":
        return False
    verb = token.head.head
    return verb.lemma_.lower() in cues()["reporting"] and any(
        c.dep_ == "dobj" and c.i < token.i for c in verb.children
    )


def _on_its_side(tense: Direction, value: str, dct: date) -> bool:
    """A day on the side of the publication day a clause's tense points to (a present, either)."""
    day = date.fromisoformat(value)
    return tense == "present" or (day >= dct if tense == "future" else day <= dct)


def _same_sentence(parse: _Parse, a: int, b: int) -> bool:
    first, second = parse.token_at(a), parse.token_at(b)
    return first is not None and second is not None and sentence_of(first).start == sentence_of(second).start


# "from March to May", "between Nov. 28 and Jan. 3", "10-12 September", "Monday to Wednesday": two
# DATEs joined as the two ends of one range (TimeML tags each end apart, with its own value)
_RANGE_LINK = re.compile(rf"\s*(?i:{RANGE_JOIN})\s*")
_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.I)
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_WEEKDAY_ONLY = re.compile(rf"(?:(?!{MONTH}).)*\b{WEEKDAY}(?:(?!{MONTH}).)*")


def ranges(timexes: Sequence[Timex], text: str) -> list[tuple[Timex, Timex]]:
    """The pairs of neighbouring DATEs that are the first and last of a range. "and" joins ends
    only after "between"; otherwise "April 24 and 25" names two days in a row, which an event
    dated by either spans, and "in March and May" names two months."""
    pairs = []
    for a, b in pairwise(timexes):
        link = _RANGE_LINK.fullmatch(text, a.end, b.start)
        if link is None or a.type != "DATE" or b.type != "DATE":
            continue
        between = _RANGE_START.search(text, max(0, a.start - 10), a.start)
        if link.group().strip().lower() == "and" and not between and not _next_day(a.interval, b.interval):
            continue
        pairs.append((a, b))
    return pairs


def _next_day(a: DateInterval | None, b: DateInterval | None) -> bool:
    if a is None or b is None or not (a.is_day and b.is_day) or a.start is None:
        return False
    return b.start == a.start + timedelta(days=1)


_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")


def counted_once(timexes: Sequence[Timex], text: str) -> list[Timex]:
    """The expressions without the first day of each range of days ("10" of "10-12 September"),
    for readers of evidence that would count one range as two dates."""
    firsts = {
        id(a)
        for a, b in ranges(timexes, text)
        if _DAY_VALUE.fullmatch(a.value) and _DAY_VALUE.fullmatch(b.value)
    }
    return [t for t in timexes if id(t) not in firsts]


_LIST_LINK = re.compile(r"\s*,?\s*(?:and|or)?\s*", re.I)


def _listed_ahead(timexes: Sequence[Timex], text: str, dct: date) -> list[tuple[Timex, Timex]]:
    """ "The ministers meet on Monday and Tuesday": weekdays listed after one that lies ahead of the
    publication day lie ahead too (only the first is near enough the verb for its tense to reach it)."""
    return [
        (a, b)
        for a, b in pairwise(timexes)
        if a.type == b.type == "DATE"
        and _LIST_LINK.fullmatch(text, a.end, b.start)
        and _WEEKDAY_ONLY.fullmatch(a.text)
        and _WEEKDAY_ONLY.fullmatch(b.text)
        and a.interval is not None
        and a.interval.start is not None
        and a.interval.start > dct
    ]


def _ordered_ranges(out: list[Timex], text: str, dct: date) -> list[Timex]:
    """The end of a range cannot come before its start: each end is resolved alone with the clause's
    tense ("ran from March to May", published in mid-March, reads March 2025 and the May before it;
    "closed from Monday to Wednesday", published on a Tuesday, the Wednesday before), so an end that
    falls before the start moves on by its cycle: a week for a weekday, else a year. So does a
    weekday listed after one ahead of the publication day (`_listed_ahead`)."""
    position = {id(t): k for k, t in enumerate(out)}
    for a, b in dict.fromkeys([*ranges(out, text), *_listed_ahead(out, text, dct)]):
        if not (
            _MONTH_OR_DAY.fullmatch(a.value)
            and _MONTH_OR_DAY.fullmatch(b.value)
            and len(a.value) == len(b.value)
            and b.value < a.value
            and b.interval is not None
            and b.interval.basis.startswith("relative")
        ):
            continue
        if _WEEKDAY_ONLY.fullmatch(b.text):
            value = (date.fromisoformat(b.value) + timedelta(days=7)).isoformat()
        else:
            value = shift_year(b.value, 1)
        assert b.interval is not None
        interval = values.to_interval(value, b.mod, b.interval.basis + ", after the range's start", 0.8)
        out[position[id(b)]] = Timex(b.start, b.end, b.text, b.type, value, interval, b.mod)
    return out


_CLOCK_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\dT\d\d:\d\d\w?")
_NAMES_A_DAY = re.compile(rf"{WEEKDAY}|{MONTH}|(?i:today|yesterday|tomorrow)")


def _overnight(out: list[Timex], text: str) -> list[Timex]:
    """ "A curfew from 10 p.m. to 5 a.m.": the end of a range of clock times that names no day of
    its own and falls before the start on the clock is on the next day."""
    for k, (a, b) in enumerate(pairwise(out), start=1):
        if not (
            a.type == b.type == "TIME"
            and _RANGE_LINK.fullmatch(text, a.end, b.start)
            and _CLOCK_VALUE.fullmatch(a.value)
            and _CLOCK_VALUE.fullmatch(b.value)
            and a.value[:10] == b.value[:10]
            and b.value[11:16] < a.value[11:16]
            and not a.value.startswith("XXXX")
            and not _NAMES_A_DAY.search(b.text)
            and b.interval is not None
        ):
            continue
        value = (date.fromisoformat(b.value[:10]) + timedelta(days=1)).isoformat() + b.value[10:]
        interval = values.to_interval(value, b.mod, b.interval.basis + ", after the range's start", 0.8)
        out[k] = Timex(b.start, b.end, b.text, b.type, value, interval, b.mod)
    return out


# "the day after Christmas", "The day before last Tuesday's hearing": TimeML tags the shifted day as
# one expression ("the day after tomorrow" is a rule of its own)
_DAY_BESIDE = re.compile(r"\bthe\s+day\s+(?P<side>before|after)\s+$", re.I)


def _beside_a_day(out: list[Timex], text: str) -> list[Timex]:
    """A day-level date right after "the day before" / "the day after" becomes the day before / after
    it, its span reaching back over those words."""
    for k, t in enumerate(out):
        found = _DAY_BESIDE.search(text, max(0, t.start - 20), t.start)
        if not (found and _ISO_DAY.fullmatch(t.value) and t.interval is not None):
            continue
        if k and out[k - 1].end > found.start():
            continue  # the words belong to the expression before
        step = timedelta(days=-1 if found["side"].lower() == "before" else 1)
        value = (date.fromisoformat(t.value) + step).isoformat()
        interval = values.to_interval(
            value, t.mod, t.interval.basis + ", a day beside it", t.interval.confidence
        )
        out[k] = Timex(found.start(), t.end, text[found.start() : t.end], t.type, value, interval, t.mod)
    return out


def _days_by_sentence(others: list[Timex], parse: _Parse) -> dict[int, list[Timex]]:
    """The day-level dates and dated clock times among `others`, in their order, by the first token of
    the sentence they start in: grouped once, so each bare time or run reads its own sentence's only
    (a scan of every expression per bare time grew with the square of a long article)."""
    sents = sentences(parse.doc)
    starts = [s.start_char for s in sents]
    out: dict[int, list[Timex]] = {}
    for t in others:
        if t.type not in _CALENDAR_TYPES or t.interval is None or not t.interval.is_day:
            continue
        k = bisect_right(starts, t.start) - 1
        if k >= 0 and t.start < sents[k].end_char:
            out.setdefault(sents[k].start, []).append(t)
    return out


def _sentence_day(timex: Timex, days: dict[int, list[Timex]], parse: _Parse) -> Timex | None:
    """The day-level date or dated clock time of `timex`'s sentence nearest to it, before or after
    (`days`: `_days_by_sentence`)."""
    token = parse.token_at(timex.start)
    if token is None:
        return None
    found = days.get(sentence_of(token).start)
    return min(found, key=lambda t: abs(t.start - timex.start)) if found else None


def _day_from_sentence(timex: Timex, others: dict[int, list[Timex]], parse: _Parse) -> Timex:
    """A bare clock time ("at 18:00 UTC") takes the day of the nearest day-level date or dated clock
    time in its sentence, before or after it ("on Tuesday ... at 18:00 UTC", "at 9:20 a.m. (0620 GMT)
    Monday", "at 5 in the morning (5 a.m. EDT Wednesday)"), else keeps the publication day."""
    nearest = _sentence_day(timex, others, parse)
    if nearest is None:
        return timex
    assert nearest.interval is not None and nearest.interval.start is not None
    value = nearest.interval.start.isoformat() + timex.value[timex.value.index("T") :]
    interval = DateInterval(
        nearest.interval.start,
        nearest.interval.end,
        "day",
        nearest.interval.confidence,
        f"clock time on the day of {nearest.text!r}",
    )
    return Timex(timex.start, timex.end, timex.text, timex.type, value, interval, timex.mod)


def _run_to_sentence_day(timex: Timex, others: dict[int, list[Timex]], parse: _Parse) -> Timex:
    """ "Shares fell for a third straight day on Tuesday": a run of days (weeks) counted to the day its
    sentence names ends on that day (in that day's week), not on the day the story told before."""
    nearest = _sentence_day(timex, others, parse)
    if nearest is None:
        return timex
    assert nearest.interval is not None and nearest.interval.start is not None
    grain = "W" if "W" in timex.value else "D"
    value = unit_value(nearest.interval.start, grain)
    interval = values.to_interval(
        value, timex.mod, f"counted to {nearest.text!r}", nearest.interval.confidence
    )
    return Timex(timex.start, timex.end, timex.text, timex.type, value, interval, timex.mod)


def tag_text(text: str, dct: date | None) -> list[Timex]:
    """Parse `text` with the project's spaCy pipeline and tag it; `dct` None means no anchor at all."""
    from dateline.nlp import load

    anchor = (
        DocumentTime(dct, DateInterval(dct, dct, "day", 1.0, "given"), ("given",))
        if dct is not None
        else DocumentTime.unknown()
    )
    return tag(load()(text), anchor)
