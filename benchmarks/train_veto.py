"""Train the event veto (src/dateline/events/veto.py) offline: L2-regularised logistic regression.

usage: python benchmarks/train_veto.py EVENTS.jsonl [--l2 1.0] [--folds 5]
       [--out src/dateline/events/data/veto.tsv --note LINE ...]

EVENTS.jsonl holds one line per event the rules coded on a labelled quote: {"q": quote number,
"gold": [types the quote is labelled with], "view": the PLOVER type as scored, "f": [feature names]}
(a quote without events: "view" null). The label of an event is whether its type is one of the quote's.
Cross-validation by quote chooses the threshold: the largest gain in quote-level micro-F1 (the measure
of the NGEC quote sets) over keeping every event, among thresholds that veto at most a quarter of the
right events. The weights file is written only with --out, with the provenance given in --note.
numpy is needed here only (the runtime reads the weights and sums them in plain Python)."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from dateline.events.veto import FORMAT

THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 14)]


def fit(rows: list[dict], names: dict[str, int], l2: float, steps: int = 60) -> np.ndarray:
    """Newton's method on the penalised log-likelihood (a few hundred events, a few thousand features)."""
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for f in r["f"]:
            if f in names:
                x[i, names[f]] = 1.0
    y = np.array([r["view"] in r["gold"] for r in rows], dtype=float)
    w = np.zeros(len(names))
    penalty = np.full(len(names), l2)
    penalty[names["bias"]] = 1e-6  # the intercept is not shrunk
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def score(w: np.ndarray, names: dict[str, int], feats: list[str]) -> float:
    s = sum(w[names[f]] for f in feats if f in names)
    return float(1.0 / (1.0 + np.exp(-s)))


def quote_f1(rows: list[dict], keep) -> tuple[float, int, int, int]:
    pred: dict[int, set[str]] = defaultdict(set)
    gold: dict[int, set[str]] = {}
    for r in rows:
        gold[r["q"]] = set(r["gold"])
        if r["view"] and keep(r):
            pred[r["q"]].add(r["view"])
    tp = sum(len(pred[q] & g) for q, g in gold.items())
    fp = sum(len(pred[q] - g) for q, g in gold.items())
    fn = sum(len(g - pred[q]) for q, g in gold.items())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


def vocabulary(rows: list[dict], min_count: int = 2) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        for f in r.get("f", ()):
            counts[f] += 1
    kept = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    return {f: i for i, f in enumerate(kept)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out")
    ap.add_argument("--note", action="append", default=[])
    args = ap.parse_args()
    rows = [json.loads(line) for line in Path(args.events).read_text().splitlines()]
    events = [r for r in rows if r["view"]]
    # Cross-validated probabilities, folds by quote so that no quote is scored by a model that saw it.
    prob: dict[int, float] = {}
    for k in range(args.folds):
        train = [r for r in events if r["q"] % args.folds != k]
        names = vocabulary(train)
        w = fit(train, names, args.l2)
        for i, r in enumerate(events):
            if r["q"] % args.folds == k:
                prob[i] = score(w, names, r["f"])
    ident = {id(r): i for i, r in enumerate(events)}
    base, tp0, fp0, fn0 = quote_f1(rows, lambda r: True)
    right = sum(r["view"] in r["gold"] for r in events)
    print(f"events {len(events)} (right {right}); keep all: F1 {base:.3f} TP {tp0} FP {fp0} FN {fn0}")
    best = (0.0, None)
    for t in THRESHOLDS:
        f1, tp, fp, fn = quote_f1(rows, lambda r, t=t: prob[ident[id(r)]] >= t)
        lost = sum(1 for i, r in enumerate(events) if prob[i] < t and r["view"] in r["gold"])
        dropped = sum(1 for i in prob if prob[i] < t)
        print(f"  threshold {t:.2f}: F1 {f1:.3f} TP {tp} FP {fp} FN {fn} vetoed {dropped} (right {lost})")
        if lost <= right / 4 and f1 - base > best[0]:
            best = (f1 - base, t)
    print(f"chosen threshold: {best[1]} (cross-validated gain {best[0]:+.3f})")
    if args.out and best[1] is not None:
        names = vocabulary(events)
        w = fit(events, names, args.l2)
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(f"# {FORMAT}\n")
            for note in args.note:
                out.write(f"# {note}\n")
            out.write(
                f"# l2 {args.l2}; {len(events)} events of {len({r['q'] for r in rows})} quotes; "
                f"cross-validated gain {best[0]:+.3f} quote micro-F1\n"
            )
            out.write(f"threshold\t{best[1]}\n")
            for f, i in sorted(names.items(), key=lambda kv: (-abs(w[kv[1]]), kv[0])):
                if abs(w[i]) >= 1e-4:
                    out.write(f"{f}\t{w[i]:.4f}\n")


if __name__ == "__main__":
    main()
