"""`dateline eval record`: score stored canonical events against gold events (benchmarks/news/README.md).

Either an existing database is read, or the gold's articles go through the ordinary `dateline ingest`
path (`dateline.run.ingest`) into a temporary database first: from the files named, else from
`<corpus>/<article id>.txt`. A crawl knows each page's URL and site, so where the corpus has
`manifest-*.jsonl` files the texts go in as JSONL records with their `url` and `outlet` (never the
manifest's publication date: finding it is part of what is scored); `with_urls=False` feeds the bare
files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from tempfile import TemporaryDirectory

from rich.console import Console

from dateline.evaluation.record_gold import Gold, GoldError, load_gold
from dateline.evaluation.record_score import RecordReport, score
from dateline.evaluation.record_system import RawTexts, System, read_system
from dateline.run import ingest
from dateline.store.database import Database

DEFAULT_CORPUS = Path("..") / "shared" / "benchmarks" / "news"
SPLIT_CHOICES = ("dev", "test", "all")


def check_offsets(gold: Gold, raw: RawTexts) -> None:
    """Gold mentions must lie inside their article file (where the file is at hand)."""
    problems = []
    for event in gold.events:
        for m in event.mentions:
            text = raw.get(m.article)
            if text is not None and m.end > len(text):
                problems.append(
                    f"{event.where}: event {event.id!r}: mention {m.start}-{m.end} ends beyond article "
                    f"{m.article!r} ({len(text)} characters)"
                )
    if problems:
        raise GoldError(f"{len(problems)} problems in the gold:\n" + "\n".join(problems))


def _manifest(corpus: Path) -> dict[str, dict[str, str]]:
    """Article id -> its `url` and `outlet` from the corpus's manifest files (empty where none)."""
    found: dict[str, dict[str, str]] = {}
    for file in sorted(corpus.glob("manifest-*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                found[str(row["id"])] = {k: row[k] for k in ("url", "outlet") if isinstance(row.get(k), str)}
    return found


def _as_records(files: list[Path], manifest: dict[str, dict[str, str]], target: Path) -> Path:
    """The files as one JSONL of records carrying their crawl metadata (id = file stem)."""
    with target.open("w", encoding="utf-8") as out:
        for file in files:
            text = file.read_text(encoding="utf-8")
            record = {"id": file.stem, "text": text, **manifest.get(file.stem, {})}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def _ingested(
    gold: Gold, paths: Sequence[str | Path], corpus: Path, console: Console | None, with_urls: bool
) -> System:
    files = [p for a in sorted(gold.articles) if (p := corpus / f"{a}.txt").is_file()]
    inputs: list[str | Path] = list(paths) or list(files)
    if not inputs:
        raise GoldError(f"none of the {len(gold.articles)} gold articles is in {corpus} (as <id>.txt)")
    manifest = _manifest(corpus) if with_urls and not paths else {}
    with TemporaryDirectory(prefix="dateline-record-") as tmp, Database(Path(tmp) / "record.duckdb") as store:
        if manifest:
            inputs = [_as_records(files, manifest, Path(tmp) / "articles.jsonl")]
        summary = ingest(inputs, store)
        for error in summary.errors if console is not None else ():
            console.print(f"[yellow]ingest:[/] {error.source}: {error.reason}", highlight=False)
        return read_system(store, set(gold.articles), RawTexts(corpus))


def evaluate_record(
    gold_path: Path,
    split: str = "dev",
    db: Path | None = None,
    paths: Sequence[str | Path] = (),
    corpus: Path = DEFAULT_CORPUS,
    with_errors: bool = False,
    console: Console | None = None,
    with_urls: bool = True,
) -> RecordReport:
    if split not in SPLIT_CHOICES:
        raise GoldError(f"split must be one of {', '.join(SPLIT_CHOICES)}, not {split!r}")
    gold = load_gold(gold_path).select(split)
    if not gold.articles:
        raise GoldError(f"{gold_path}: no gold articles in split {split!r}")
    check_offsets(gold, RawTexts(corpus))
    if db is not None:
        with Database(db, read_only=True) as store:
            system = read_system(store, set(gold.articles), RawTexts(corpus))
    else:
        system = _ingested(gold, paths, corpus, console, with_urls)
    return score(gold, split, system, with_errors)
