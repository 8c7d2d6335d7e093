"""`dateline eval time|dating|actors|events|record`: the built-in evaluations against shared benchmarks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

app = typer.Typer(help="Score the pipeline on benchmark data.", no_args_is_help=True)
err = Console(stderr=True)

PLOVER_GSR = Path("..") / "shared" / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.txt"


def _existing(path: Path, what: str) -> Path:
    if not path.exists():
        err.print(f"[red]error:[/] {what} not found at {path}; pass it explicitly", highlight=False)
        raise typer.Exit(2)
    return path


@app.command("time")
def eval_time(
    corpus: Annotated[Path, typer.Option(help="Folder of TimeML .tml or MEANTIME CAT .xml files.")],
    errors: Annotated[int, typer.Option(help="Show the N worst errors.")] = 0,
    half: Annotated[
        str | None, typer.Option(help="Only half A or B of the documents (split by a hash of the name).")
    ] = None,
) -> None:
    """TempEval-3 Task A figures: strict/relaxed span P/R/F1, type and value F1."""
    from dateline.evaluation.time_eval import evaluate, render

    if half not in (None, "A", "B"):
        err.print(f"[red]error:[/] --half must be A or B, not {half!r}", highlight=False)
        raise typer.Exit(2)
    print(render(evaluate(_existing(corpus, "corpus"), half), errors=errors))


@app.command("dating")
def eval_dating(
    corpus: Annotated[Path, typer.Option(help="TimeBank-EventTime folder (split.json, dct.txt, tml/).")],
    errors: Annotated[int, typer.Option(help="List up to N misses of each half (gold, ours, why).")] = 0,
) -> None:
    """Event dating: exact label match (Reimers et al.), containment and width, train and dev."""
    from dateline.evaluation.dating_eval import evaluate, render

    print(render(evaluate(_existing(corpus, "corpus")), errors=errors))


@app.command("actors")
def eval_actors(
    gsr: Annotated[Path, typer.Option(help="PLOVER gold records (JSON).")] = PLOVER_GSR,
) -> None:
    """Precision and recall of actor country codes and sectors on PLOVER gold records."""
    from dateline.evaluation.actors_eval import evaluate, render

    print(render(evaluate(_existing(gsr, "gold records"))))


@app.command("events")
def eval_events(
    gsr: Annotated[Path, typer.Option(help="PLOVER gold records (JSON).")] = PLOVER_GSR,
) -> None:
    """Per-type precision/recall/F1 and macro-F1 of event coding on PLOVER gold records."""
    from dateline.evaluation.events_eval import evaluate, render

    print(render(evaluate(_existing(gsr, "gold records"))))


@app.command("record")
def eval_record(
    gold: Annotated[Path, typer.Option(help="Gold file (.jsonl) or a folder of them.")],
    paths: Annotated[
        list[str] | None, typer.Argument(help="Article files or folders to ingest (default: from --corpus).")
    ] = None,
    db: Annotated[Path | None, typer.Option("--db", help="Score this database instead of ingesting.")] = None,
    split: Annotated[
        str, typer.Option(help="dev, test or all (test: scores only, never read errors).")
    ] = "dev",
    errors: Annotated[bool, typer.Option("--errors", help="List every miss by class.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object for scripts.")] = False,
    corpus: Annotated[Path, typer.Option(help="Folder of <article>.txt files the gold refers to.")] = (
        Path("..") / "shared" / "benchmarks" / "news"
    ),
    urls: Annotated[
        bool,
        typer.Option(
            "--urls/--no-urls", help="Ingest with each article's URL and outlet from the corpus manifest."
        ),
    ] = True,
) -> None:
    """Events right end to end, precision/recall, per-field accuracy, duplicates, over-merges and
    publication dates against gold events, beside two baselines (benchmarks/news/README.md)."""
    import json

    from dateline.evaluation.record_eval import evaluate_record
    from dateline.evaluation.record_gold import GoldError
    from dateline.evaluation.record_score import render

    if db is not None and paths:
        err.print("[red]error:[/] give either --db or article paths, not both", highlight=False)
        raise typer.Exit(2)
    if errors and split != "dev":
        err.print(f"[yellow]note:[/] listing {split} errors; under the protocol test errors are never read")
    try:
        report = evaluate_record(gold, split, db, paths or (), corpus, errors, err, urls)
    except (GoldError, FileNotFoundError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    print(json.dumps(report.to_json(), indent=None) if json_out else render(report, errors))
