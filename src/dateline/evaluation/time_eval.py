"""TIMEX3 evaluation with TempEval-3 Task A conventions (`dateline eval time`).

Strict: the span is exactly the gold span. Relaxed: the spans overlap (one-to-one). Type and value
scores count relaxed matches whose type / value is also right, over all predicted (precision) and all
gold (recall) expressions, as the TempEval-3 scorer does. Values are compared after one cosmetic
canonicalisation only: ISO week numbers without zero padding (2000-W7 == 2000-W07), which the gold
files write both ways, and decades written 199X (TIMEX2 style, AQUAINT) or 199 (TIMEX3, MEANTIME).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluation.scores import Tally
from dateline.evaluation.timeml import GoldDocument, GoldTimex, read_corpus
from dateline.records import DateInterval, DocumentTime, Timex


@dataclass(frozen=True)
class TimexError:
    doc: str
    kind: str  # missed, spurious, value, type
    gold: GoldTimex | None
    predicted: Timex | None


@dataclass
class TimeScores:
    documents: int
    strict: Tally
    relaxed: Tally
    type: Tally
    value: Tally
    per_type: dict[str, Tally] = field(default_factory=dict)  # relaxed span + same type, by gold type
    errors: list[TimexError] = field(default_factory=list)


def canonical_value(value: str) -> str:
    """2000-W07 == 2000-W7; a decade as TIMEX2 writes it (199X) == TIMEX3's 199."""
    return re.sub(r"^(\d{3})X$", r"\1", re.sub(r"-W0(\d)\b", r"-W\1", value))


def _match(gold: list[GoldTimex], pred: list[Timex]) -> list[tuple[GoldTimex, Timex]]:
    """One-to-one relaxed matching: each gold expression takes the predicted one it overlaps most."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                pairs.append((-overlap, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[GoldTimex, Timex]] = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def score(docs: list[tuple[GoldDocument, list[Timex]]]) -> TimeScores:
    n_gold = n_pred = strict = relaxed = typed = valued = 0
    by_type: dict[str, list[int]] = {}  # type -> [tp, predicted, gold]
    errors: list[TimexError] = []
    for doc, pred in docs:
        n_gold += len(doc.timexes)
        n_pred += len(pred)
        matches = _match(doc.timexes, pred)
        matched_g = {id(g) for g, _ in matches}
        matched_p = {id(p) for _, p in matches}
        for t in doc.timexes:
            by_type.setdefault(t.type, [0, 0, 0])[2] += 1
        for p in pred:
            by_type.setdefault(p.type, [0, 0, 0])[1] += 1
        for g, p in matches:
            relaxed += 1
            strict += (g.start, g.end) == (p.start, p.end)
            if g.type == p.type:
                typed += 1
                by_type[g.type][0] += 1
            else:
                errors.append(TimexError(doc.name, "type", g, p))
            if canonical_value(g.value) == canonical_value(p.value):
                valued += 1
            elif g.type == p.type:
                errors.append(TimexError(doc.name, "value", g, p))
        errors += [TimexError(doc.name, "missed", g, None) for g in doc.timexes if id(g) not in matched_g]
        errors += [TimexError(doc.name, "spurious", None, p) for p in pred if id(p) not in matched_p]
    order = {"value": 0, "type": 1, "missed": 2, "spurious": 3}
    errors.sort(key=lambda e: order[e.kind])
    return TimeScores(
        documents=len(docs),
        strict=Tally(strict, n_pred, n_gold),
        relaxed=Tally(relaxed, n_pred, n_gold),
        type=Tally(typed, n_pred, n_gold),
        value=Tally(valued, n_pred, n_gold),
        per_type={t: Tally(*v) for t, v in sorted(by_type.items())},
        errors=errors,
    )


def half_of(name: str) -> str:
    """'A' or 'B': a fixed split of a corpus by a hash of the document name (the file name without
    its extension), so that rules can be written from one half's errors and checked on the other."""
    return "AB"[int(hashlib.sha256(name.encode()).hexdigest(), 16) % 2]


def evaluate(corpus: Path, half: str | None = None) -> TimeScores:
    """Tag every document under `corpus` (or of one `half`, 'A' or 'B') against its gold creation
    time and score the result."""
    from dateline.nlp import load
    from dateline.time.tagger import tag

    gold_docs = [d for d in read_corpus(corpus) if half is None or half_of(d.name) == half]
    nlp = load()
    runs: list[tuple[GoldDocument, list[Timex]]] = []
    for gold, doc in zip(gold_docs, nlp.pipe(d.text for d in gold_docs), strict=True):
        anchor = (
            DocumentTime(gold.dct, DateInterval(gold.dct, gold.dct, "day", 1.0, "gold DCT"), ("gold DCT",))
            if gold.dct
            else DocumentTime.unknown()
        )
        runs.append((gold, tag(doc, anchor)))
    return score(runs)


def _row(name: str, prf: Tally) -> str:
    return f"{name:<10} {100 * prf.precision:6.1f} {100 * prf.recall:6.1f} {100 * prf.f1:6.1f}"


def _show(t: GoldTimex | Timex | None) -> str:
    return "-" if t is None else f"{t.text!r} {t.type} {t.value}"


def render(scores: TimeScores, errors: int = 0) -> str:
    n_gold, n_pred = scores.relaxed.gold, scores.relaxed.predicted
    lines = [
        f"documents {scores.documents}, gold timexes {n_gold}, predicted {n_pred}",
        f"{'':<10} {'P':>6} {'R':>6} {'F1':>6}",
        _row("strict", scores.strict),
        _row("relaxed", scores.relaxed),
        _row("type", scores.type),
        _row("value", scores.value),
        "",
        "per type (relaxed span and same type)",
        *(
            _row(t, prf) + f"   gold {prf.gold}, predicted {prf.predicted}"
            for t, prf in scores.per_type.items()
        ),
    ]
    if errors > 0:
        lines += [
            "",
            f"first {min(errors, len(scores.errors))} of {len(scores.errors)} errors (gold | predicted)",
        ]
        for e in scores.errors[:errors]:
            lines.append(f"{e.kind:<8} {e.doc[:40]:<40} {_show(e.gold)} | {_show(e.predicted)}")
    return "\n".join(lines)
