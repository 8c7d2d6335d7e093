"""`dateline eval time|dating|actors|events`: the built-in evaluations against shared benchmarks."""

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
) -> None:
    """TempEval-3 Task A figures: strict/relaxed span P/R/F1, type and value F1."""
    from dateline.evaluation.time_eval import evaluate, render

    print(render(evaluate(_existing(corpus, "corpus")), errors=errors))


@app.command("dating")
def eval_dating(
    corpus: Annotated[Path, typer.Option(help="TimeBank-EventTime folder (split.json, dct.txt, tml/).")],
) -> None:
    """Event dating: exact label match (Reimers et al.), containment and width, train and dev."""
    from dateline.evaluation.dating_eval import evaluate, render

    print(render(evaluate(_existing(corpus, "corpus"))))


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
