"""How each stage's time grows on adversarial articles: does any stage go super-linear on long input?

    .venv/bin/python benchmarks/adversarial_growth.py [--sizes 10000 20000 40000 80000]
                                                      [--shapes punct-run huge-token ...] [--budget 60]

Each shape is an invented article grown to each size (characters) and run alone through the whole
pipeline as `dateline.process` runs it (`run.run` into `inmemory.MemoryStore`: clean, nlp, time, actors,
events, signatures, dedup, store). Shapes:

- punct-run: a lead, one unbroken run of "=-_.!" characters, a closing sentence;
- bang-run: the same with "!?", characters spaCy's tokenizer splits off one by one;
- spaced-punct: "== -- __ .. !!" groups with spaces between (many short symbol tokens);
- huge-token: a lead, one token of letters and digits with no space, a closing sentence;
- url-token: one long address-like token ("https://example.org/a1/b2/...");
- long-sentence: words without punctuation or line breaks ("for X to leave", "72 hours to comply"
  and reporting verbs among them), one sentence to the parser unless something splits it;
- short-lines: thousands of short one-sentence lines naming countries, leaders and days;
- nesting: brackets and quotes nested deep around a sentence;
- many-dates: sentences each with several dates in the tagger's forms;
- many-countries: one list of country names as the subject of one verb, then sentences of pairs.

Stage times are CPU seconds of this process (the pipeline's and runner's stage clock is pointed at
`time.process_time`: wall time on a shared machine measures the neighbours); "tokenizer" is spaCy's
tokenizer alone on the same text, timed first (spaCy's tokenizer keeps the chunks it has split in a
cache, so the parse inside "nlp" then finds them there: the tokenizer's cost is in its own column, and
in the total). After each shape the
growth exponent of each stage between the two largest sizes is printed (1 linear, 2 quadratic; stages
under 0.05 s at the largest size are left out as noise). A shape stops growing once one size takes
more than `--budget` seconds. Not a timed test: figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable
from itertools import count, cycle

from dateline import pipeline as pipeline_module
from dateline import run as run_module
from dateline import workers as workers_module
from dateline.inmemory import MemoryStore
from dateline.pipeline import Pipeline
from dateline.records import RawDocument
from dateline.run import run

LEAD = "The foreign ministers of Peru and Norway met in Lima on Monday to discuss fishing rights.\n\n"
TAIL = "\n\nBoth ministers said they would meet again in Oslo next spring."
COUNTRIES = [
    "Peru", "Norway", "Kenya", "Portugal", "Chile", "Ghana", "Iceland", "Nepal", "Uruguay", "Finland",
    "Malawi", "Bolivia", "Denmark", "Senegal", "Austria", "Jordan", "Latvia", "Tunisia", "Panama", "Oman",
]  # fmt: skip
SENTENCE = (
    "the minister said that the envoy would ask for the delegation to leave within 72 hours to comply "
    "and the government gave the ambassador one week to respond while officials called for talks to "
    "resume and the two leaders agreed to meet again in the capital after the president visited the "
    "region and discussed trade with his counterpart who said the sanctions imposed on the country "
    "would be lifted if the talks succeeded and "
)
WORDS = SENTENCE.split()


def _grow(size: int, pieces: Callable[[int], str], head: str = "", tail: str = "") -> str:
    """`head`, then pieces 0, 1, 2 ... until the text reaches `size` characters, then `tail`."""
    body: list[str] = []
    length = len(head) + len(tail)
    for n in count():
        if length >= size:
            break
        piece = pieces(n)
        body.append(piece)
        length += len(piece)
    return (head + "".join(body))[: max(len(head), size - len(tail))] + tail


def punct_run(size: int) -> str:
    return _grow(size, lambda n: "=-_.!"[n % 5], LEAD, TAIL)


def bang_run(size: int) -> str:
    return _grow(size, lambda n: "!?"[n % 2], LEAD, TAIL)


def spaced_punct(size: int) -> str:
    return _grow(size, lambda n: ["== ", "-- ", "__ ", ".. ", "!! ", "*** ", "## "][n % 7], LEAD, TAIL)


def huge_token(size: int) -> str:
    return _grow(size, lambda n: "abcdefghij"[n % 10] + str(n % 7), LEAD, TAIL)


def url_token(size: int) -> str:
    return _grow(size, lambda n: f"{'abcdefgh'[n % 8]}{n % 10}/", LEAD + "See https://example.org/", TAIL)


def long_sentence(size: int) -> str:
    words = cycle(WORDS)
    return _grow(size, lambda n: next(words) + " ", "The")


def short_lines(size: int) -> str:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

    def line(n: int) -> str:
        a, b = COUNTRIES[n % 20], COUNTRIES[(n * 7 + 3) % 20]
        return f"{a} and {b} held talks on {days[n % 5]}.\n" if a != b else "Talks went on.\n"

    return _grow(size, line)


def nesting(size: int) -> str:
    depth = max(1, (size - len(LEAD) - len(TAIL) - 30) // 2)
    opening = "".join("(\"['"[n % 4] for n in range(depth))
    closing = "".join(")\"]'"[n % 4] for n in reversed(range(depth)))
    return LEAD + opening + "Peru and Chile signed a treaty" + closing + TAIL


def many_dates(size: int) -> str:
    months = ["January", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "October"]

    def sentence(n: int) -> str:
        d, m, y = n % 28 + 1, months[n % 10], 2000 + n % 25
        return (
            f"The envoy visited Lima on {m} {d}, {y}, again on {d} {m} {y} "
            f"and on {y}-{n % 12 + 1:02d}-{d:02d}, "
            f"three days after {m} {d} last year and {n % 9 + 2} weeks before next Tuesday. "
        )

    return _grow(size, sentence, "LIMA, March 3, 2021 (Agency) - ")


def many_countries(size: int) -> str:
    names = cycle(COUNTRIES)
    half = size // 2
    listed = _grow(half, lambda n: next(names) + ", ") + "and Peru signed the agreement on Monday.\n\n"

    def pair(n: int) -> str:
        return f"{COUNTRIES[n % 20]} accused {COUNTRIES[(n + 1) % 20]} of violating the ceasefire. "

    return _grow(size, pair, listed)


SHAPES: dict[str, Callable[[int], str]] = {
    "punct-run": punct_run,
    "bang-run": bang_run,
    "spaced-punct": spaced_punct,
    "huge-token": huge_token,
    "url-token": url_token,
    "long-sentence": long_sentence,
    "short-lines": short_lines,
    "nesting": nesting,
    "many-dates": many_dates,
    "many-countries": many_countries,
}
STAGES = ("tokenizer", "clean", "nlp", "actors", "time", "events", "signatures", "dedup", "store")


def measure(pipe: Pipeline, text: str) -> tuple[dict[str, float], int, int]:
    """CPU seconds per stage for one article, its event mentions and the stored events."""
    start = time.process_time()
    pipe.nlp.tokenizer(text)
    tokenizer = time.process_time() - start
    store = MemoryStore()
    raw = RawDocument(source="adversarial", id="adversarial", text=text, published="2026-12-01")
    summary = run([raw], pipe, store)
    seconds = {"tokenizer": tokenizer, **summary.stage_seconds}
    if summary.errors:
        print(f"    errors: {[e.reason for e in summary.errors]}")
    return seconds, summary.event_mentions, len(store.events())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000, 80_000])
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    parser.add_argument("--budget", type=float, default=60.0, help="CPU seconds past which a shape stops")
    args = parser.parse_args()
    # CPU time, not wall time, for every stage (see the module's docstring).
    for module in (pipeline_module, run_module, workers_module):
        module.perf_counter = time.process_time  # type: ignore[attr-defined]
    pipe = Pipeline()
    pipe.process(RawDocument(source="warm", id="warm", text=LEAD + TAIL))  # model and lexicons loaded
    print("shape           chars  " + " ".join(f"{s:>10}" for s in STAGES) + "      total  mentions")
    for name in args.shapes:
        rows: list[tuple[int, dict[str, float]]] = []
        for size in args.sizes:
            text = SHAPES[name](size)
            seconds, mentions, _ = measure(pipe, text)
            total = sum(seconds.values())
            cells = " ".join(f"{seconds.get(s, 0.0):10.3f}" for s in STAGES)
            print(f"{name:<14} {len(text):6d}  {cells} {total:10.2f}  {mentions:8d}", flush=True)
            rows.append((len(text), seconds))
            if total > args.budget:
                print(f"  (stopped: over the budget of {args.budget:.0f} s)")
                break
        if len(rows) >= 2:
            (n1, a), (n2, b) = rows[-2], rows[-1]
            growth = {
                s: math.log(b[s] / a[s]) / math.log(n2 / n1)
                for s in STAGES
                if b.get(s, 0.0) >= 0.05 and a.get(s, 0.0) > 0
            }
            flagged = [s for s, g in growth.items() if g > 1.5]
            print(
                f"  growth {n1}->{n2}: "
                + ", ".join(f"{s} {g:.1f}" for s, g in growth.items())
                + (f"  SUPER-LINEAR: {', '.join(flagged)}" if flagged else ""),
                flush=True,
            )


if __name__ == "__main__":
    main()
