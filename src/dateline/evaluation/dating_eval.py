"""Event dating against TimeBank-EventTime (Reimers, Dehghani and Gurevych 2016; TACL 2018 split).

Every gold event is dated with `dateline.date_event` on its document's text and publication day
(the DCT), and the answer is written as one of the corpus's labels:

- a day (`1998-01-08`): our `likely` day, or the interval when it is one day;
- a day known by bounds (`after1998-01-01before1998-01-31`, `before1998-01-08`, `after...`): the
  interval, bounds inclusive as the authors' scorer reads them;
- `n/a` when nothing is known;
- a multi-day or ongoing event (`beginPoint=before1998-01-08endPoint=after1998-01-08`) by its
  `extent`, each end a day or bounds.

Scores per half of the split (train, dev; the paper's test documents are not shared):
- exact: the share of events whose label equals the gold label (the paper's metric), beside the
  baseline that answers the publication day for every event;
- for gold single-day events: containment (the gold day lies inside our interval, open sides
  included) and the median width of our closed intervals in days.
"""

from __future__ import annotations

import calendar
import json
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dateline.evaluation.timeml import read_timeml
from dateline.time.one_event import date_event

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Miss:
    """One event dated wrong, for reading the classes of error (train and dev documents only)."""

    document: str
    eid: str
    trigger: str
    gold: str
    ours: str
    basis: str


@dataclass
class HalfScore:
    half: str
    documents: int = 0
    events: int = 0
    exact: int = 0
    baseline: int = 0
    single_day: int = 0
    contained: int = 0
    likely_right: int = 0
    widths: list[int] = field(default_factory=list)
    confusions: Counter[str] = field(default_factory=Counter)  # gold kind -> predicted kind, misses
    misses: list[Miss] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        def pct(n: int, d: int) -> float:
            return round(100 * n / d, 1) if d else 0.0

        return {
            "half": self.half,
            "documents": self.documents,
            "events": self.events,
            "exact": pct(self.exact, self.events),
            "publication_day_baseline": pct(self.baseline, self.events),
            "single_day_events": self.single_day,
            "single_day_exact": pct(self.likely_right, self.single_day),
            "containment": pct(self.contained, self.single_day),
            "median_width_days": statistics.median(self.widths) if self.widths else None,
        }


def label(found: dict[str, Any]) -> str:
    """Our `date` object as a corpus label: a multi-day event by its two ends, else one day."""
    if found.get("extent"):
        ends = found["extent"]
        return f"beginPoint={_point(ends['begin'])}endPoint={_point(ends['end'])}"
    if found.get("likely"):
        return found["likely"]
    start, end = found.get("start"), found.get("end")
    if start and start == end:
        return start
    if start and end and found.get("granularity") == "week":
        start, end = _sunday_week(start, end)
    if start and end:
        return f"after{start}before{_month_end(start, end)}"
    if end:
        return f"before{end}"
    if start:
        return f"after{start}"
    return "n/a"


def _month_end(start: str, end: str) -> str:
    """The corpus writes a whole month as its 1st to its 28th day (53 of the 54 one-month labels of
    the shared documents, whatever the month's length): our whole month is written the same way."""
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    whole_month = (
        first.day == 1
        and (first.year, first.month) == (last.year, last.month)
        and calendar.monthrange(last.year, last.month)[1] == last.day
    )
    return last.replace(day=28).isoformat() if whole_month else end


def _sunday_week(start: str, end: str) -> tuple[str, str]:
    """The corpus's weeks run Sunday to Saturday (US news: "last week" in a Monday article is the
    Sunday eight days before to the Saturday; "this week" in a Thursday one is after the Sunday);
    ours are ISO weeks, Monday to Sunday. A whole week, or the part of one up to or from publication,
    is written as the annotators' week: a whole week one day earlier, a part of one from the Sunday
    before its Monday."""
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if (last - first).days == 6 and first.weekday() == 0:
        first, last = first - timedelta(days=1), last - timedelta(days=1)
    elif first.weekday() == 0:
        first -= timedelta(days=1)
    return first.isoformat(), last.isoformat()


def _point(bounds: dict[str, str | None]) -> str:
    after, before = bounds.get("after"), bounds.get("before")
    if after and after == before:
        return after
    return (
        "".join(part for part in (f"after{after}" if after else "", f"before{before}" if before else ""))
        or "xxxx-xx-xx"
    )


def _kind(value: str) -> str:
    """The shape of a label, for the confusion counts: day, bounds, multi-day, n/a."""
    if value == "n/a":
        return "n/a"
    if value.startswith("beginPoint"):
        return "multi-day"
    return "day" if _DAY.fullmatch(value) else "bounded day"


def _contains(found: dict[str, Any], day: date) -> bool:
    start, end = found.get("start"), found.get("end")
    return (start is None or date.fromisoformat(start) <= day) and (
        end is None or day <= date.fromisoformat(end)
    )


def evaluate(corpus: Path, halves: tuple[str, ...] = ("train", "dev")) -> list[HalfScore]:
    split = json.loads((corpus / "split.json").read_text(encoding="utf-8"))
    dcts = {}
    for line in (corpus / "dct.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, value = line.split()[:2]
            dcts[name] = value[:10]
    gold: dict[str, dict[str, str]] = {}
    for line in (corpus / "event-times_normalized.tab").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 8:
            gold.setdefault(cols[0], {})[cols[4]] = cols[7].strip()
    out = []
    for half in halves:
        score = HalfScore(half)
        for name in split[half]:
            doc = read_timeml(corpus / "tml" / f"{name}.tml")
            score.documents += 1
            wanted = gold.get(name, {})
            for event in doc.events:
                truth = wanted.get(event.eid)
                if truth is None:
                    continue
                found = date_event(doc.text, dcts[name], event.start, event.end)
                guess = label(found)
                score.events += 1
                score.exact += guess == truth
                score.baseline += truth == dcts[name]
                if guess != truth:
                    score.confusions[f"{_kind(truth)} -> {_kind(guess)}"] += 1
                    why = found.get("basis", "")
                    score.misses.append(Miss(name, event.eid, event.text, truth, guess, why))
                if _DAY.fullmatch(truth):
                    score.single_day += 1
                    score.likely_right += guess == truth
                    score.contained += _contains(found, date.fromisoformat(truth))
                    if found.get("start") and found.get("end"):
                        width = date.fromisoformat(found["end"]) - date.fromisoformat(found["start"])
                        score.widths.append(width.days + 1)
        out.append(score)
    return out


def render(scores: list[HalfScore], errors: int = 0) -> str:
    """The table and the misses by kind; with `errors`, up to that many misses of each half, each
    with the trigger, the gold label, ours and the reason ours was chosen."""
    lines = [
        "half   docs  events  exact  baseline(pub. day)  single-day: n  exact  contained  median width",
    ]
    for s in scores:
        r = s.row()
        lines.append(
            f"{s.half:6} {s.documents:4} {s.events:7} {r['exact']:5.1f}%"
            f" {r['publication_day_baseline']:17.1f}%"
            f"  {s.single_day:13} {r['single_day_exact']:5.1f}% {r['containment']:9.1f}%"
            f"  {r['median_width_days'] if r['median_width_days'] is not None else '-'}"
        )
    for s in scores:
        top = ", ".join(f"{k} {n}" for k, n in s.confusions.most_common(6))
        lines.append(f"{s.half} misses by kind (gold -> ours): {top}")
    for s in scores if errors else ():
        lines.append(f"\n{s.half}: {min(errors, len(s.misses))} of {len(s.misses)} misses")
        lines += [
            f"  {m.document} {m.eid} {m.trigger!r}: gold {m.gold}, ours {m.ours} ({m.basis})"
            for m in s.misses[:errors]
        ]
    return "\n".join(lines)
