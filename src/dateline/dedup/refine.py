"""What a canonical event learns from each mention that joins it: date, actors, location, topics.

- date: the intersection of the mentions' intervals, so a day-precise report dates a month-precise
  back-reference; the interval keeps the granularity and confidence of the mention that bounds it
  and says so in its basis. An empty intersection cannot follow from the overlap test, but if it
  happens the more precise interval is kept. A guess from a tense or a plan alone over a window
  wider than a week (`wide_guess`: "met", in an article whose publication is only known to lie in
  some weeks; "will meet", or a plan with no date, open after publication) never narrows an interval
  the text states ("since April", "on Tuesday"), nor bounds the event beside one: it says no more
  than "some time around an uncertain publication", and its edge (a week before the earliest
  publication, or the publication of a later report of the plan) cut a stated date short of the day
  it named (round 12). Its end still bounds the event where it is a day the report shows
  (`done_by`: "has appealed" in an article published on the 17th), since a completed act cannot
  postdate the report that tells of it (round 27).
- actors: the union by identity. A named actor replaces the country-level or unnamed actor it
  matches ("Russia", "the Pakistani prime minister"), since it says more. An actor seen on a definite
  side (source/target) in one mention and as participant in another keeps the definite side; opposite
  sides (only possible for mutual types such as CONSULT) become participant.
- location: the first one known, replaced by one that adds a country.
- topics: the union, in order of first appearance.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from dateline.dedup.compatible import (
    MUTUAL_TYPES,
    NONE,
    STRONG,
    _mention_basis,
    actor_match,
    narrow,
    sides_agree,
    tense_only,
)
from dateline.records import Actor, DateInterval, EventActor, Location, Side
from dateline.time.event_date import WRITING_DAY


@dataclass(slots=True)
class DateEvidence:
    """The canonical date, the mention interval that bounds it and where that came from."""

    interval: DateInterval
    origin: DateInterval
    article: str
    mentions: int = 1
    # each mention's `likely` day, weighed by the confidence of the mention's date
    likely_votes: Counter[date] = field(default_factory=Counter)
    # a likely day read from a tense alone, per article and day: the strongest such mention's weight
    guessed: dict[tuple[str, date], float] = field(default_factory=dict)


def width(d: DateInterval) -> float:
    if d.start is None or d.end is None:
        return math.inf
    return (d.end - d.start).days


def _basis(n: int, granularity: str, articles: str, origin: DateInterval | None) -> str:
    text = f"intersection of {n} mentions: {granularity} from {articles}"
    return f"{text} ({origin.basis})" if origin is not None and origin.basis else text


def refine_date(ev: DateEvidence, new: DateInterval, article: str) -> DateEvidence:
    """The intersection (see the module's docstring), with `likely` the day the mentions name as
    their likely day among those inside it, each mention weighed by its date's confidence (the
    earliest on a tie); a day a report's words name outweighs any number of days a tense alone
    gives, and a tense's day read against a day a report states outweighs those read against a
    publication day (`_weight`). The mentions of one article
    whose tense alone gives their likely day count once for that day, at the weight of the strongest
    (round 18): they repeat one guess, the article's own day, and three sentences of a next-day
    report ("visited", "met", "signed") outweighed two reports that named the day ("arrived on
    Monday", 0.4 each)."""
    votes = ev.likely_votes.copy()
    guessed = dict(ev.guessed)
    if not votes and not guessed and ev.interval.likely:
        _vote(votes, guessed, ev.interval, ev.article)
    if new.likely:
        _vote(votes, guessed, new, article)
    tally = votes.copy()
    for (_, day), weight in guessed.items():
        tally[day] += weight
    refined = _intersect(ev, new, article)
    lo, hi = refined.interval.start, refined.interval.end
    inside = [(-n, d) for d, n in tally.items() if (lo is None or lo <= d) and (hi is None or d <= hi)]
    refined.interval = replace(refined.interval, likely=min(inside)[1] if inside else None)
    refined.likely_votes = votes
    refined.guessed = guessed
    return refined


def _vote(
    votes: Counter[date], guessed: dict[tuple[str, date], float], d: DateInterval, article: str
) -> None:
    assert d.likely is not None
    if _told_alone(d):
        key = (article, d.likely)
        guessed[key] = max(guessed.get(key, 0.0), _weight(d))
    else:
        votes[d.likely] += _weight(d)


def _weight(d: DateInterval) -> float:
    # a likely day with no confidence stated still counts a little; one the report's words name
    # outweighs any number of days a tense or a plan alone gives (NAMED_VOTE, round 18), and a
    # tense's day read against a day a report states outweighs those read against a publication day
    # (REPORTED_VOTE, round 29)
    weight = max(d.confidence, 0.05)
    if _guess(d) or _told_alone(d):
        return weight + (REPORTED_VOTE if _REPORTED in _mention_basis(d) else 0.0)
    return weight + NAMED_VOTE


# What a day a report's words name ("on Monday", "yesterday", "last week") adds to its vote: an
# undated article's weekday, read against an estimated interval (confidence 0.4, 0.2 where carried
# from the sentence before), lost to the day a dated article's tense alone gives (its publication
# day, 0.3 per mention), though the dated article names no day at all
NAMED_VOTE = 10.0

# What a tense's likely day adds where it was read against the day a report's words state ("said on
# Sunday that it had recalled its envoy": the report dated by "Sunday", `time.event_date`) rather
# than against a publication day: the text places that report, while a publication day only bounds
# it, and the act is most often the report's own day. Before (round 29), a next-day outlet's
# publication-day guess (0.3) outvoted it (0.15): on the dev sets every likely day such a report gave
# that differed from its merged event's was the gold day (4 of 4, 22 more agreed). Below NAMED_VOTE:
# a day the words name for the act itself still wins.
REPORTED_VOTE = 1.0
_REPORTED = "the report dated by"


def _guess(d: DateInterval) -> bool:
    """A date read from a tense or a plan alone (no time word of the report's own)."""
    return tense_only(d) or _PLAN_GUESS in d.basis.partition(":")[0]


# Readings that keep a tense's own guess under a reason put before it: a verbal act or an enacted
# measure dated by the verb that says or decides it (`events/coder.py`, `events/utterance.py`: "a
# verbal act, made when said ('said'): past, no date in its clause: ..."), a present read as ongoing
# at publication. `tense_only` reads only the first reason, so their guess voted as a day the
# report's words name (`NAMED_VOTE`), and a "decided" that named no day tied with one that did.
_LENT_TENSE = re.compile(
    r"(?:(?:a verbal act, made when (?:said \('[^']*'\)|stated)|enacted by the decision \('[^']*'\)"
    r"|ongoing at publication): )+[a-z ]+, no date in its clause"
)


# A tense read in a story whose day other sentences state (`time.event_date`): the interval starts on
# that day, and a likely day other than it is the tense's own guess (a present perfect's publication
# day, "has restored ties" in a next-day report), not a day the words name.
_STORY_DAY = re.compile(r"undated: the story's day (\d{4}-\d\d-\d\d), or after it up to publication")


def _told_alone(d: DateInterval) -> bool:
    """A likely day a tense alone gives (`tense_only`), also under a reason that keeps it (`_LENT_TENSE`),
    or past the story's day the rest of the article states (`_STORY_DAY`, round 29)."""
    basis = _mention_basis(d)
    if tense_only(d) or _LENT_TENSE.match(basis) is not None:
        return True
    story = _STORY_DAY.search(basis)
    return story is not None and d.likely is not None and d.likely.isoformat() != story.group(1)


def wide_guess(d: DateInterval) -> bool:
    """Read from a tense or a plan alone (`tense_only`, or "planned or conditional, no date: after
    publication", `dateline.time.event_date`) over a window wider than a week (not `narrow`), or
    cut short only by the writing day an undated article was estimated to have (`WRITING_DAY`: the
    estimate, not the text, ends it; round 13)?"""
    return _guess(d) and (not narrow(d) or WRITING_DAY in d.basis)


_PLAN_GUESS = "planned or conditional, no date"


def _intersect(ev: DateEvidence, new: DateInterval, article: str) -> DateEvidence:
    cur = ev.interval
    n = ev.mentions + 1
    # A stated interval beside a wide tense guess is kept whole but for the day the guess shows the
    # act was done by (see the module's docstring).
    if wide_guess(new) and not tense_only(cur):
        return _ended(cur, ev.origin, ev.article, n, new, article)
    if wide_guess(cur) and not tense_only(new):
        return _ended(new, new, article, n, cur, ev.article)
    starts = [d for d in (cur.start, new.start) if d is not None]
    ends = [d for d in (cur.end, new.end) if d is not None]
    lo = max(starts) if starts else None
    hi = min(ends) if ends else None
    if lo is not None and hi is not None and lo > hi:
        # Disjoint: only a report told back without a date of its own joins so (`index._recalled`,
        # round 20); its tense dates the telling, not the act, so the stated date is kept.
        keep_cur = tense_only(new) if tense_only(new) != tense_only(cur) else width(cur) <= width(new)
        lo, hi = (cur.start, cur.end) if keep_cur else (new.start, new.end)
    if (lo, hi) == (cur.start, cur.end):
        origin, src = ev.origin, ev.article
    elif (lo, hi) == (new.start, new.end):
        origin, src = new, article
    else:
        # Bounded by two mentions at once, e.g. a week that straddles the end of a month.
        interval = _joint(lo, hi, min(cur.confidence, new.confidence), n, ev.article, article)
        return DateEvidence(interval, new, article, n)
    return DateEvidence(_rebased(DateInterval(lo, hi), n, src, origin), origin, src, n)


# A completed act ("visited", "has expelled", "had signed") told with no date of its own, read against
# a day the report shows: its publication day (not "publication between ..." of an undated article,
# whose end is an estimate) or the day of the report a sentence names ("A day earlier, X said ...").
# In an event's basis the bounding mention's basis follows "(" (`_basis`).
_DONE_BY = re.compile(
    r"(?:^|: |\()(?:past|present perfect|past perfect), no date in its clause: (?:on or shortly )?before "
    r"(?:publication \d{4}-\d\d-\d\d(?:$|[,)])|the report dated by )"
)


def done_by(d: DateInterval) -> date | None:
    """The day a completed act dated by its tense alone was done by, where the report shows that day."""
    return d.end if _DONE_BY.search(d.basis) else None


def _ended(
    kept: DateInterval, origin: DateInterval, src: str, n: int, guess: DateInterval, guess_article: str
) -> DateEvidence:
    """`kept` (a stated interval of article `src`) as the date of `n` mentions, ended by the day a wide
    tense guess shows the act was done by (`done_by`), where that day lies inside it: "in recent
    weeks" in one report and "has appealed" in one published on the 17th end on the 17th."""
    end = done_by(guess)
    if end is None or not kept.holds(end) or end == kept.end:
        return DateEvidence(_rebased(kept, n, src, origin), origin, src, n)
    interval = _joint(kept.start, end, kept.confidence, n, src, guess_article)
    return DateEvidence(interval, guess, guess_article, n)


def _joint(
    lo: date | None, hi: date | None, confidence: float, n: int, first: str, second: str
) -> DateInterval:
    """The date of `n` mentions bounded by two at once, of articles `first` and `second`."""
    gran = "day" if lo is not None and lo == hi else "range"
    articles = f"articles {first} and {second}" if first != second else f"article {first}"
    return DateInterval(lo, hi, gran, confidence, _basis(n, gran, articles, None))


def _rebased(d: DateInterval, n: int, article: str, origin: DateInterval) -> DateInterval:
    """`d` as the date of `n` mentions, bounded by `origin` of `article`."""
    gran = "day" if d.is_day else origin.granularity
    basis = _basis(n, gran, f"article {article}", origin)
    return DateInterval(d.start, d.end, gran, origin.confidence, basis)


def _side(a: Side, b: Side) -> Side:
    if a == b or b == "participant":
        return a
    if a == "participant":
        return b
    return "participant"


def _specific(a: Actor, b: Actor) -> Actor:
    """The actor that says more: named person over role or country, else the first seen."""

    def rank(x: Actor) -> int:
        if x.kind == "country":
            return 0
        return 1 if x.id is None or x.kind == "role" else 2

    return b if rank(b) > rank(a) else a


def union_actors(current: list[EventActor], new: list[EventActor], event_type: str) -> list[EventActor]:
    mutual = event_type in MUTUAL_TYPES
    out = current  # copied on the first change only: most mentions add nothing
    for ea in new:
        for i, cur in enumerate(out):
            if not sides_agree(cur.side, ea.side, mutual):
                continue
            match = actor_match(cur.actor, ea.actor)
            if match == NONE:
                continue
            # A weak match only absorbs a country-level actor into a more specific one; two unnamed
            # role-less officials of one country stay two actors.
            if match == STRONG or cur.actor.kind == "country" or ea.actor.kind == "country":
                merged = EventActor(_specific(cur.actor, ea.actor), _side(cur.side, ea.side))
                if merged != cur:
                    if out is current:
                        out = list(current)
                    out[i] = merged
                break
        else:
            if out is current:
                out = list(current)
            out.append(ea)
    return out


def refine_location(current: Location | None, new: Location | None) -> Location | None:
    if current is None:
        return new
    if new is not None and current.country is None and new.country is not None:
        return new
    return current


def union_topics(current: list[str], new: list[str]) -> list[str]:
    return current + [t for t in new if t not in current]
