"""Figures of `dateline eval record` from an alignment, for dateline and two baselines.

- *End to end* a gold event is right when its matched event has the same type, the same set of
  participant countries, the right date, the same modality, and the two are linked to nobody else
  (one canonical event per real one). The date is right when the gold names a day (`likely`, or an
  interval of one day) and the event's day (its `likely`, or its interval when that is one day) is
  that day; where the gold names no day, the event's interval must lie within the gold interval.
- *Precision* counts matched events over the system events with a mention in a gold article;
  *recall* matched gold events over all gold events. Per-field accuracies are over matched pairs.
- *Baselines*, from the same placed mentions: publication-day dating gives every event the earliest
  publication date dateline found among the articles reporting it; no cross-article merging makes every
  mention its own event, with the mention's own type, actors, date and modality.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dateline.evaluation.record_align import Alignment, align
from dateline.evaluation.record_gold import Dates, Gold, GoldEvent
from dateline.evaluation.record_system import System, SystemEvent

DATELINE, PUBDAY, NO_MERGE = "dateline", "publication-day dating", "no cross-article merging"


@dataclass
class Fraction:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def __str__(self) -> str:
        return f"{self.right}/{self.total} ({self.value:.0%})" if self.total else "-"

    def to_json(self) -> dict[str, Any]:
        return {"right": self.right, "total": self.total, "value": self.value}


def _within(outer_lo: date | None, outer_hi: date | None, lo: date | None, hi: date | None) -> bool:
    """[lo, hi] inside [outer_lo, outer_hi]; None is an open side."""
    lo_ok = outer_lo is None or (lo is not None and outer_lo <= lo)
    hi_ok = outer_hi is None or (hi is not None and hi <= outer_hi)
    return lo_ok and hi_ok


def date_right(g: Dates, s: Dates) -> bool:
    if g.day is not None:
        return s.day == g.day
    return _within(g.start, g.end, s.start, s.end)


def date_contains(g: Dates, s: Dates) -> bool:
    """The event's interval contains the gold day (or the whole gold interval where there is none)."""
    lo, hi = (g.day, g.day) if g.day else (g.start, g.end)
    return _within(s.start, s.end, lo, hi)


FIELDS: dict[str, Callable[[GoldEvent, SystemEvent], bool]] = {
    "type": lambda g, s: g.type == s.type,
    "mode": lambda g, s: g.mode == s.mode,
    "countries": lambda g, s: g.countries == s.countries,
    "people": lambda g, s: g.people == s.people,
    "date right": lambda g, s: date_right(g.date, s.date),
    "date contains gold": lambda g, s: date_contains(g.date, s.date),
    "date equals gold": lambda g, s: (g.date.start, g.date.end) == (s.date.start, s.date.end),
    "modality": lambda g, s: g.modality == s.modality,
}
END_TO_END = ("type", "countries", "date right", "modality")


@dataclass
class Figures:
    gold_events: int
    system_events: int | None  # None where precision has no meaning (the core subset)
    matched: int
    end_to_end: Fraction
    fields: dict[str, Fraction]
    duplicates: int  # gold events linked to two or more system events
    extra_events: int  # system events beyond one per gold event, over the duplicates
    over_merges: int  # system events linked to two or more gold events

    @property
    def precision(self) -> float | None:
        return self.matched / self.system_events if self.system_events else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold_events if self.gold_events else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None

    def to_json(self) -> dict[str, Any]:
        return {
            "gold_events": self.gold_events,
            "system_events": self.system_events,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "end_to_end": self.end_to_end.to_json(),
            "fields": {k: v.to_json() for k, v in self.fields.items()},
            "duplicates": self.duplicates,
            "extra_events": self.extra_events,
            "over_merges": self.over_merges,
        }


def one_to_one(alignment: Alignment, g_id: str, s_id: str) -> bool:
    return alignment.linked.get(g_id) == {s_id} and alignment.links.get(s_id) == {g_id}


def figures(
    gold: list[GoldEvent], system: list[SystemEvent], alignment: Alignment, with_precision: bool
) -> Figures:
    by_id = {s.id: s for s in system}
    fields = {name: Fraction() for name in FIELDS}
    e2e = Fraction()
    matched = 0
    for g in gold:
        s_id = alignment.matched.get(g.id)
        if s_id is None:
            e2e.add(False)
            continue
        matched += 1
        s = by_id[s_id]
        checks = {name: check(g, s) for name, check in FIELDS.items()}
        for name, ok in checks.items():
            fields[name].add(ok)
        e2e.add(all(checks[n] for n in END_TO_END) and one_to_one(alignment, g.id, s_id))
    ids = {g.id for g in gold}
    split = [len(alignment.linked[g.id]) for g in gold if len(alignment.linked.get(g.id, ())) > 1]
    merged = [s for s, gs in alignment.links.items() if len(gs) > 1 and gs & ids]
    return Figures(
        gold_events=len(gold),
        system_events=len(system) if with_precision else None,
        matched=matched,
        end_to_end=e2e,
        fields=fields,
        duplicates=len(split),
        extra_events=sum(n - 1 for n in split),
        over_merges=len(merged),
    )


@dataclass
class Result:
    """One system's figures on all gold events and on the core ones."""

    all: Figures
    core: Figures

    def to_json(self) -> dict[str, Any]:
        return {"all": self.all.to_json(), "core": self.core.to_json()}


def result(gold: list[GoldEvent], system: list[SystemEvent], alignment: Alignment) -> Result:
    core = [g for g in gold if g.core]
    return Result(figures(gold, system, alignment, True), figures(core, system, alignment, False))


@dataclass
class ErrorItem:
    kind: str
    gold: str | None  # gold event id or article id
    system: str | None  # dateline event id
    spans: list[tuple[str, int, int]]  # (article, start, end) in the article file
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "gold": self.gold, "system": self.system,
                "spans": [list(s) for s in self.spans], "detail": self.detail}  # fmt: skip


ERROR_KINDS = (
    "missed event", "spurious event", "wrong type", "wrong participants", "date wrong", "modality wrong",
    "split", "over-merge", "publication date wrong",
)  # fmt: skip


def errors(gold: Gold, system: list[SystemEvent], alignment: Alignment, published: dict) -> list[ErrorItem]:
    """Every miss of dateline, by class (see ERROR_KINDS): ids and offsets, never article text."""
    by_id = {s.id: s for s in system}
    out: list[ErrorItem] = []
    for g in gold.events:
        spans = [(m.article, m.start, m.end) for m in g.mentions]
        linked = sorted(alignment.linked.get(g.id, ()))
        if not linked:
            out.append(ErrorItem("missed event", g.id, None, spans, f"{g.type} {sorted(g.countries)}"))
            continue
        if len(linked) > 1:
            out.append(ErrorItem("split", g.id, ", ".join(linked), spans, f"{len(linked)} dateline events"))
        s_id = alignment.matched.get(g.id)
        if s_id is None:
            continue  # its events were matched to other gold events: reported as over-merges
        s = by_id[s_id]
        checks = [
            ("wrong type", g.type == s.type, f"gold {g.type}, dateline {s.type}"),
            ("wrong participants", g.countries == s.countries,
             f"gold {sorted(g.countries)}, dateline {sorted(s.countries)}"),
            ("date wrong", date_right(g.date, s.date), f"gold {g.date}, dateline {s.date}"),
            ("modality wrong", g.modality == s.modality, f"gold {g.modality}, dateline {s.modality}"),
        ]  # fmt: skip
        out += [ErrorItem(kind, g.id, s_id, spans, detail) for kind, ok, detail in checks if not ok]
    for s in system:
        spans = [(m.article, m.start, m.end) for m in s.mentions]
        gs = sorted(alignment.links.get(s.id, ()))
        if not gs:
            out.append(ErrorItem("spurious event", None, s.id, spans, f"{s.type} {sorted(s.countries)}"))
        elif len(gs) > 1:
            out.append(ErrorItem("over-merge", ", ".join(gs), s.id, spans, f"{len(gs)} gold events"))
    for a in gold.articles.values():
        if a.id in published and published[a.id] != a.published:
            out.append(
                ErrorItem("publication date wrong", a.id, None, [],
                          f"gold {a.published}, dateline {published[a.id]}")
            )  # fmt: skip
    return sorted(out, key=lambda e: (ERROR_KINDS.index(e.kind), e.gold or "", e.system or ""))


@dataclass
class RecordReport:
    split: str
    gold_articles: int
    missing_articles: list[str]  # gold articles the database does not hold
    off_protocol: list[str]  # gold articles whose split is not their cluster's hash split
    unplaced_sentences: int  # dateline sentences not found in their article file
    published: Fraction  # gold articles whose publication date dateline got right (None == None counts)
    published_classes: dict[str, int]
    results: dict[str, Result]
    errors: list[ErrorItem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "gold_articles": self.gold_articles,
            "missing_articles": self.missing_articles,
            "off_protocol": self.off_protocol,
            "unplaced_sentences": self.unplaced_sentences,
            "published": {**self.published.to_json(), "classes": self.published_classes},
            "results": {k: v.to_json() for k, v in self.results.items()},
            "errors": [e.to_json() for e in self.errors],
        }


def _published(gold: Gold, found: dict[str, date | None]) -> tuple[Fraction, dict[str, int]]:
    tally = Fraction()
    classes = dict.fromkeys(("right day", "rightly none", "wrong day", "missed", "invented", "not stored"), 0)
    for a in gold.articles.values():
        if a.id not in found:
            kind = "not stored"
        else:
            value = found[a.id]
            if value == a.published:
                kind = "right day" if value else "rightly none"
            else:
                kind = "missed" if value is None else "invented" if a.published is None else "wrong day"
        classes[kind] += 1
        tally.add(kind in ("right day", "rightly none"))
    return tally, classes


def score(gold: Gold, split: str, system: System, with_errors: bool = False) -> RecordReport:
    """Figures for dateline and both baselines; `gold` is already restricted to `split`."""
    alignment = align(gold.events, system.events)
    pubday = [replace(s, date=Dates(s.published, s.published, s.published)) for s in system.events]
    unmerged = align(gold.events, system.mention_events)
    published, classes = _published(gold, system.published)
    return RecordReport(
        split=split,
        gold_articles=len(gold.articles),
        missing_articles=sorted(set(gold.articles) - set(system.published)),
        off_protocol=gold.off_protocol(),
        unplaced_sentences=len(system.unplaced),
        published=published,
        published_classes=classes,
        results={
            DATELINE: result(gold.events, system.events, alignment),
            PUBDAY: result(gold.events, pubday, alignment),
            NO_MERGE: result(gold.events, system.mention_events, unmerged),
        },
        errors=errors(gold, system.events, alignment, system.published) if with_errors else [],
    )


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


class _Table:
    """Rows of a label and one cell per system, appended to `lines`."""

    def __init__(self, lines: list[str], label_width: int = 38, width: int = 26) -> None:
        self.lines, self.label_width, self.width = lines, label_width, width

    def __call__(self, label: str, cells: list[str]) -> None:
        self.lines.append(f"{label:{self.label_width}}" + "".join(f"{c:>{self.width}}" for c in cells))


def render(report: RecordReport, show_errors: bool = False) -> str:
    names = list(report.results)
    lines = [
        f"dateline eval record: split {report.split}, {report.gold_articles} gold articles"
        f" ({len(report.missing_articles)} not in the database), "
        f"{report.unplaced_sentences} dateline sentences not found in their article file",
    ]
    for subset in ("all", "core"):
        figs = [getattr(report.results[n], subset) for n in names]
        lines += ["", f"{subset} gold events ({figs[0].gold_events})"]
        row = _Table(lines)
        row("", names)
        row("events right end to end", [str(f.end_to_end) for f in figs])
        if subset == "all":
            row("system events in gold articles", [str(f.system_events) for f in figs])
            row("event precision", [_pct(f.precision) for f in figs])
        row("event recall", [_pct(f.recall) for f in figs])
        if subset == "all":
            row("event F1", [_pct(f.f1) for f in figs])
        row("split gold events (extra events)", [f"{f.duplicates} ({f.extra_events})" for f in figs])
        row("over-merged system events", [str(f.over_merges) for f in figs])
        for name in FIELDS:
            row(f"  matched: {name}", [str(f.fields[name]) for f in figs])
    lines += ["", f"publication dates right: {report.published}  "
              + ", ".join(f"{k} {v}" for k, v in report.published_classes.items())]  # fmt: skip
    if report.missing_articles:
        lines.append("gold articles not in the database: " + ", ".join(report.missing_articles))
    if report.off_protocol:
        lines.append("split not the hash of the cluster: " + ", ".join(report.off_protocol))
    if show_errors:
        lines += ["", f"errors ({len(report.errors)})"]
        for e in report.errors:
            where = " ".join(f"{a}:{s}-{t}" for a, s, t in e.spans)
            lines.append(
                f"  {e.kind:24} gold={e.gold or '-'} dateline={e.system or '-'}  {e.detail}  {where}"
            )
    return "\n".join(lines)
