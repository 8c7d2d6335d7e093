"""End-to-end throughput of `dateline ingest` with N worker processes, beside bare spaCy on the same texts.

    .venv/bin/python benchmarks/throughput.py [--workers N] [--copies 8] [--batch-size 32]

Reads ../shared/benchmarks/voa/voa_stories.jsonl (89 VOA stories) and makes `--copies` distinct copies
of each (their own id, and a last line naming the copy, so that every copy is parsed: the content-hash
skip does not apply, the copy detector does). Then, in this order:

1. dateline: the runner (`dateline.run.run`) from raw JSONL records into a fresh DuckDB file with
   `--workers` processes: articles/s and words/s end to end (worker start-up included), seconds per
   stage summed over the processes, peak RSS and PSS of the process tree (sampled every 0.2 s), CPU
   seconds over all processes (robust to other load on the machine, where wall clock is not);
2. bare spaCy: the same model's `nlp.pipe(texts, n_process=N)` over the same cleaned texts, all
   components on, with the same start-up included and peak RSS measured alike.

Figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

VOA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "voa" / "voa_stories.jsonl"


def _memory_mb(pid: int) -> tuple[float, float]:
    """RSS and PSS of a process and all its descendants, from /proc. RSS counts the pages processes
    share (a forked model) once per process; PSS splits them among the sharers."""
    rss = pss = 0.0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line and not line[0].isdigit())
            rss += int(fields["Rss"].split()[0]) / 1024
            pss += int(fields["Pss"].split()[0]) / 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, KeyError, ValueError):
            continue
    return rss, pss


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (worker pools are joined)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def measured(fn: Callable[[], Any]) -> tuple[Any, float, tuple[float, float], float]:
    """fn's result, wall seconds, peak RSS and PSS (MB) of the process tree while it ran, and the CPU
    seconds it used over every process (what other load on the machine does not inflate)."""
    peak = list(_memory_mb(os.getpid()))
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            now = _memory_mb(os.getpid())
            peak[0], peak[1] = max(peak[0], now[0]), max(peak[1], now[1])

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start, cpu = time.perf_counter(), _cpu_seconds()
    try:
        result = fn()
    finally:
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
    return result, seconds, (peak[0], peak[1]), _cpu_seconds() - cpu


def records(copies: int) -> list[dict[str, Any]]:
    stories = [json.loads(line) for line in VOA.open(encoding="utf-8") if line.strip()]
    return [
        {**s, "id": f"{s['id']}-{k}", "text": f"{s['text']}\n\nCopy {k}."}
        for k in range(copies)
        for s in stories
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    if not VOA.exists():
        raise SystemExit(f"{VOA} not found: the benchmark reads the shared VOA stories")

    from dateline.ingest import read
    from dateline.nlp import load
    from dateline.pipeline import PipelineConfig, make_cleaner
    from dateline.run import run
    from dateline.store.database import Database

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "voa.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in records(args.copies)), encoding="utf-8")
        docs = list(read([data]))
        cleaner = make_cleaner(PipelineConfig())
        texts = [cleaner(d).text for d in docs]  # type: ignore[arg-type]
        words = sum(len(t.split()) for t in texts)
        print(f"{len(docs)} articles ({args.copies} copies of the VOA stories), {words:,} words, "
              f"{args.workers} processes, batches of {args.batch_size}, {os.cpu_count()} cores")  # fmt: skip

        def dateline_run() -> Any:
            with Database(Path(tmp) / "bench.duckdb") as db:
                return run(read([data]), PipelineConfig(), db, batch_size=args.batch_size,
                           workers=args.workers)  # fmt: skip

        summary, d_seconds, d_rss, d_cpu = measured(dateline_run)
        assert not summary.errors, summary.errors[:3]

        def bare() -> int:
            import spacy

            nlp = spacy.load(load().meta["lang"] + "_" + load().meta["name"])
            return sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.workers))

        parsed, s_seconds, s_rss, s_cpu = measured(bare)
        assert parsed == len(texts)

    n = len(docs)
    print(f"dateline   {d_seconds:6.1f} s  {n / d_seconds:5.2f} articles/s  {words / d_seconds:7.0f} words/s"
          f"  peak RSS {d_rss[0]:5.0f} MB, PSS {d_rss[1]:5.0f} MB")  # fmt: skip
    print(f"           {summary.stored} stored, {summary.copies} syndicated copies, "
          f"{summary.event_mentions} event mentions")  # fmt: skip
    print(f"bare spaCy {s_seconds:6.1f} s  {n / s_seconds:5.2f} articles/s  {words / s_seconds:7.0f} words/s"
          f"  peak RSS {s_rss[0]:5.0f} MB, PSS {s_rss[1]:5.0f} MB")  # fmt: skip
    print(f"dateline / bare spaCy throughput: {s_seconds / d_seconds:.2f} (wall clock)")
    print(f"CPU seconds over all processes: dateline {d_cpu:.1f} ({d_cpu / n * 1000:.0f} ms per article), "
          f"bare spaCy {s_cpu:.1f} ({s_cpu / n * 1000:.0f} ms); ratio {s_cpu / d_cpu:.2f}")  # fmt: skip
    total = sum(summary.stage_seconds.values())
    print("seconds per stage, summed over processes:")
    for stage, seconds in sorted(summary.stage_seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<7} {seconds:7.1f} s  {100 * seconds / total:5.1f} %")


if __name__ == "__main__":
    main()
