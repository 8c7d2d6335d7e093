"""Publication dates found by the cleaner on the real-news corpus, against the manifest's `published`.

    .venv/bin/python benchmarks/pubdate_news.py [--corpus ../shared/benchmarks/news] [--errors]

Each article goes through the default cleaner as a JSONL record would (its text and its URL), and
again from its text alone. With `--pipeline` the whole per-article pipeline runs as well (text and
URL) and its document time is scored the same way: a day where the time stage settles on one
(a trusted date, or a year-less dateline placed by the content), else "absent". An article counts
as right when the date found equals the manifest's, or when the manifest has none and nothing is
found (honestly absent). Figures are printed for the dev
and test halves of the corpus split (by cluster, docs/ARCHITECTURE.md); `--errors` lists the dev
errors only: test errors are never shown.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from dateline.clean.component import DefaultCleaner
from dateline.pipeline import Pipeline
from dateline.records import RawDocument

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "news"


def split(cluster: str) -> str:
    return "dev" if int(hashlib.sha256(cluster.encode("utf-8")).hexdigest(), 16) % 5 < 3 else "test"


def _outcome(found: str | None, gold: str | None) -> str:
    if found == gold:
        return "right" if gold else "absent"
    if gold is None:
        return "found, none known"
    return "missed" if found is None else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list the dev errors")
    parser.add_argument("--pipeline", action="store_true", help="also score the document time")
    args = parser.parse_args()
    cleaner = DefaultCleaner()
    pipeline = Pipeline() if args.pipeline else None
    tallies: dict[tuple[str, str], Counter[str]] = {}
    errors: list[str] = []
    for manifest in sorted(args.corpus.glob("manifest-*.jsonl")):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            half = split(entry["cluster"])
            text = (args.corpus / f"{entry['id']}.txt").read_text(encoding="utf-8")
            modes = [("text+url", entry.get("url")), ("text", None)]
            if pipeline is not None:
                modes.append(("pipeline", entry.get("url")))
            for mode, url in modes:
                raw = RawDocument(source=entry["id"], id=entry["id"], text=text, url=url)
                if mode == "pipeline":
                    when = pipeline.process(raw).document_time
                    found = when.dct.isoformat() if when.dct else None
                    published = cleaner(raw).published
                else:
                    published = cleaner(raw).published
                    found = published.value
                outcome = _outcome(found, entry.get("published"))
                tallies.setdefault((half, mode), Counter())[outcome] += 1
                if args.errors and half == "dev" and outcome not in ("right", "absent"):
                    errors.append(
                        f"{entry['id']} [{mode}] {outcome}: found {found} ({published.source}, "
                        f"{published.confidence}) manifest {entry.get('published')}"
                    )
    print("half  input     articles  right  absent  wrong  missed  found-none-known  accuracy")
    for (half, mode), c in sorted(tallies.items()):
        n = sum(c.values())
        ok = c["right"] + c["absent"]
        print(
            f"{half:5} {mode:9} {n:8} {c['right']:6} {c['absent']:7} {c['wrong']:6} {c['missed']:7} "
            f"{c['found, none known']:17}  {ok / n:.1%}"
        )
    for error in errors:
        print(error)


if __name__ == "__main__":
    main()
