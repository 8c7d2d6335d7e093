"""How canonical-event merging scales: N synthetic event mentions through one CanonicalIndex.

    .venv/bin/python benchmarks/dedup_scale.py                  # N = 100k, 300k, 1M
    .venv/bin/python benchmarks/dedup_scale.py --sizes 100000   # one size

Each size runs in a fresh subprocess (so peak RSS is its own) and reports the wall time of the merge
(the calls to `CanonicalIndex.add`, generation excluded), the whole run, the peak RSS and, since the
generator knows which real event every mention reports, pairwise precision and recall of the merge.

The mentions are generated deterministically from a seed: 200 countries with a Zipf skew (a few dyads
carry most of the news), six persons per country plus the country itself as actors, 16 PLOVER types
(CONSULT with modes), dates over ten years. About 30% of mentions report an earlier event again (mostly
a recent one, from another article), often less precisely: month or year instead of day, no mode, the
country instead of the leader. New events are reported day-precise mostly, with some month, year and
undated reports, and a few plans and denials.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time
from array import array
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta

from dateline.dedup import CanonicalIndex
from dateline.dedup.index import gc_paused
from dateline.records import Actor, DateInterval, EventActor, EventMention

TYPES = (
    "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "CONCEDE",
)  # fmt: skip
CONSULT_MODES = ("phone", "visit", "meet", "host")
ROLES = ("head of state", "head of government", "foreign minister", "defence minister", "finance minister")
START = date(2014, 1, 1)
DAYS = 3652
MENTIONS_PER_ARTICLE = 4


def _interval(day: date, precision: str) -> DateInterval:
    if precision == "day":
        return DateInterval(day, day, "day", 0.9, "synthetic")
    if precision == "month":
        nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return DateInterval(day.replace(day=1), nxt - timedelta(days=1), "month", 0.7, "synthetic")
    if precision == "year":
        return DateInterval(date(day.year, 1, 1), date(day.year, 12, 31), "year", 0.5, "synthetic")
    return DateInterval.unknown()


def generate(n: int, seed: int = 7) -> Iterator[tuple[EventMention, int]]:
    """(mention, index of the real event it reports), deterministically."""
    rng = random.Random(seed)
    countries = [f"C{i:03d}" for i in range(200)]
    weights = [1 / (rank + 1) for rank in range(len(countries))]
    country_actor = {c: Actor(c, f"Country {c}", c, None, None, "country") for c in countries}
    persons = {
        c: [
            Actor(f"{c}_P{j}", f"Person {j} of {c}", c, "GOV", ROLES[j % len(ROLES)], "person")
            for j in range(6)
        ]
        for c in countries
    }
    events: list[tuple[str, str | None, str, Actor, Actor, date]] = []  # the real events

    def person(c: str) -> Actor:
        return persons[c][0 if rng.random() < 0.6 else rng.randrange(1, 6)]

    triggers = {t: t.lower() for t in TYPES}
    article = ""
    for i in range(n):
        if i % MENTIONS_PER_ARTICLE == 0:
            article = f"art{i // MENTIONS_PER_ARTICLE}"
        if events and rng.random() < 0.3:
            # A later report of an earlier event: mostly recent news, sometimes a back-reference.
            back = min(len(events) - 1, int(rng.expovariate(1 / 2000)))
            k = len(events) - 1 - back
            etype, mode, modality, a, b, day = events[k]
            precision = rng.choices(("day", "month", "year", "unknown"), (55, 30, 10, 5))[0]
            if mode and rng.random() < 0.3:
                mode = None
            if rng.random() < 0.15:
                a = country_actor[a.country or ""]
        else:
            k = len(events)
            c1, c2 = rng.choices(countries, weights, k=2)
            while c2 == c1:
                c2 = rng.choices(countries, weights)[0]
            a = country_actor[c1] if rng.random() < 0.15 else person(c1)
            b = country_actor[c2] if rng.random() < 0.15 else person(c2)
            etype = rng.choice(TYPES)
            mode = rng.choice(CONSULT_MODES) if etype == "CONSULT" else None
            modality = rng.choices(("asserted", "planned", "negated"), (90, 7, 3))[0]
            day = START + timedelta(days=rng.randrange(DAYS))
            events.append((etype, mode, modality, a, b, day))
            precision = rng.choices(("day", "month", "year", "unknown"), (80, 10, 5, 5))[0]
        sentence = f"{a.name} and {b.name}: {triggers[etype]} report {i}."
        yield (
            EventMention(
                article_id=article,
                type=etype,
                mode=mode,
                modality=modality,  # type: ignore[arg-type]
                actors=[EventActor(a, "source"), EventActor(b, "target")],
                trigger=triggers[etype],
                trigger_start=1000 * (i % MENTIONS_PER_ARTICLE) + 7,
                trigger_end=1000 * (i % MENTIONS_PER_ARTICLE) + 12,
                sentence=sentence,
                sentence_start=i,  # the mention's number: lets the run look up its real event
                sentence_end=i + len(sentence),
                date=_interval(day, precision),
            ),
            k,
        )


def _pairs(counts: Counter[int]) -> int:
    return sum(c * (c - 1) // 2 for c in counts.values())


def run(n: int) -> dict[str, float]:
    truth = array("l")
    index = CanonicalIndex()
    merge_time = 0.0
    wall = time.perf_counter()
    with gc_paused():  # as `merge` does
        for mention, real in generate(n):
            truth.append(real)
            t = time.perf_counter()
            index.add(mention)
            merge_time += time.perf_counter() - t
    wall = time.perf_counter() - wall
    events = index.events()
    same = predicted = 0
    per_real: Counter[int] = Counter()
    for ev in events:
        counts = Counter(truth[ref.start] for ref in ev.mentions)
        same += _pairs(counts)
        predicted += len(ev.mentions) * (len(ev.mentions) - 1) // 2
        per_real.update(counts)
    actual = _pairs(per_real)
    return {
        "n": n,
        "merge_s": round(merge_time, 1),
        "wall_s": round(wall, 1),
        "us_per_mention": round(merge_time / n * 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "real_events": len(per_real),
        "canonical_events": len(events),
        "pair_precision": round(same / predicted, 3) if predicted else 1.0,
        "pair_recall": round(same / actual, 3) if actual else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)  # one size, in this process
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run(args.run)))
        return
    rows = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--run", str(n)], check=True, capture_output=True, text=True
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    cols = list(rows[0])
    print("\n| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for row in rows:
        print("| " + " | ".join(str(row[c]) for c in cols) + " |")
    if len(rows) > 1:
        # Per-mention time may grow at most like log n (25% slack for a shared, noisy machine).
        first, last = rows[0], rows[-1]
        growth = last["us_per_mention"] / first["us_per_mention"]
        bound = math.log(last["n"]) / math.log(first["n"]) * 1.25
        verdict = "ok" if growth <= bound else "grows faster than n log n"
        span = f"from n={first['n']} to n={last['n']}"
        print(f"\nper-mention time x{growth:.2f} {span} (bound x{bound:.2f}): {verdict}")


if __name__ == "__main__":
    main()
