"""Throughput of the whole per-article pipeline on real news (VOA stories), stage by stage.

    .venv/bin/python benchmarks/pipeline_throughput.py [--limit N]

Reads ../shared/benchmarks/voa/voa_stories.jsonl, runs clean -> nlp -> time -> actors -> events on
each story and prints articles per second and the share of each stage. Figures go in
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import resource
from pathlib import Path

from dateline.pipeline import Pipeline
from dateline.records import RawDocument

VOA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "voa" / "voa_stories.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="stories to use (0: all)")
    args = parser.parse_args()
    if not VOA.exists():
        raise SystemExit(f"{VOA} not found: the benchmark reads the shared VOA stories")
    stories = [json.loads(line) for line in VOA.open(encoding="utf-8") if line.strip()]
    stories = stories[: args.limit] if args.limit else stories
    pipe = Pipeline()
    events = chars = 0
    for story in stories:
        raw = RawDocument(source=story["id"], id=story["id"], text=story["text"], title=story.get("title"),
                          published=story.get("published", "")[:10] or None)  # fmt: skip
        processed = pipe.process(raw)
        events += len(processed.events)
        chars += len(processed.article.text)
    spent = pipe.stage_seconds
    total = sum(spent.values())
    print(f"{len(stories)} VOA stories, {chars / 1e6:.2f} M characters, {events} event mentions")
    print(f"total {total:.1f} s -> {len(stories) / total:.1f} articles/s on one core")
    for stage, seconds in spent.items():
        print(f"  {stage:<7} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
