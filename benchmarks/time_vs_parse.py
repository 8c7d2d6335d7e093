"""How much tagging and normalizing time expressions costs next to spaCy parsing, on real news.

    .venv/bin/python benchmarks/time_vs_parse.py [--limit N] [path/to/voa_stories.jsonl]

The bar: tagging must cost under 10% of parsing (it runs on every article).
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from dateline.nlp import load
from dateline.records import DateInterval, DocumentTime
from dateline.time.tagger import tag

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "voa" / "voa_stories.jsonl"


def _anchor(published: str | None) -> DocumentTime:
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return DocumentTime.unknown()
    return DocumentTime(day, DateInterval(day, day, "day", 1.0, "input"), ("input",))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0, help="only the first N stories")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[: args.limit] if args.limit else rows
    nlp = load()
    t0 = time.perf_counter()
    docs = list(nlp.pipe((r.get("text") or "" for r in rows), batch_size=32))
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n = sum(len(tag(doc, _anchor(r.get("published")))) for doc, r in zip(docs, rows, strict=True))
    tag_s = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    print(f"stories {len(docs)}, characters {chars}, time expressions {n}")
    print(f"spaCy parse   {parse_s:8.2f} s")
    print(f"tag+normalize {tag_s:8.2f} s")
    print(f"ratio         {100 * tag_s / parse_s:8.1f} % of parsing")


if __name__ == "__main__":
    main()
