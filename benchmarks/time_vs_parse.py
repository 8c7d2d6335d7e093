"""How much the time stage costs next to spaCy parsing, on real news.

    .venv/bin/python benchmarks/time_vs_parse.py [--limit N] [path/to/voa_stories.jsonl]

CPU seconds of this process (`time.process_time`: on a shared machine wall time measures the
neighbours). Two figures, each on its own copy of the parsed documents (the tagger keeps its
anchor-independent work with the Doc, so a copy that was tagged before would be cheaper):

- tag+normalize: one `tagger.tag` per article against its publication day. The bar: under 10% of
  parsing (it runs on every article).
- time component: `anchor` + `tag` as `Pipeline.analyse` calls them, on the cleaned text. The actor
  stage's tenure hints, which the pipeline passes to `anchor`, are computed beforehand and shown
  apart: they are the actor resolver's work (a full resolver run), timed with the actor stage.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from dateline.pipeline import Pipeline
from dateline.records import DateInterval, DocumentTime, RawDocument
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
    pipe = Pipeline()
    articles = [
        pipe.clean(RawDocument(source=r["id"], id=r["id"], text=r.get("text") or "", title=r.get("title"),
                               published=(r.get("published") or "")[:10] or None))
        for r in rows
    ]  # fmt: skip
    t0 = time.process_time()
    docs = list(pipe.nlp.pipe((a.text for a in articles), batch_size=32))
    parse_s = time.process_time() - t0

    tagged = [d.copy() for d in docs]
    t0 = time.process_time()
    n = sum(len(tag(doc, _anchor(r.get("published")))) for doc, r in zip(tagged, rows, strict=True))
    tag_s = time.process_time() - t0

    staged = [d.copy() for d in docs]
    t0 = time.process_time()
    hints = [pipe.actors.tenure_hints(doc) for doc in staged]
    hints_s = time.process_time() - t0
    t0 = time.process_time()
    for article, doc, found in zip(articles, staged, hints, strict=True):
        pipe.time.tag(doc, pipe.time.anchor(article, doc, found))
    stage_s = time.process_time() - t0

    chars = sum(len(a.text) for a in articles)
    print(f"stories {len(docs)}, characters {chars}, time expressions {n}")
    print(f"spaCy parse      {parse_s:8.2f} s")
    print(f"tag+normalize    {tag_s:8.2f} s  {100 * tag_s / parse_s:5.1f} % of parsing")
    print(f"anchor+tag       {stage_s:8.2f} s  {100 * stage_s / parse_s:5.1f} % of parsing")
    share = 100 * hints_s / parse_s
    print(f"tenure hints     {hints_s:8.2f} s  {share:5.1f} % (actor stage's work)")


if __name__ == "__main__":
    main()
