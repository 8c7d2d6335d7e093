"""`dateline check`: verify that every stored citation points at the text it quotes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from dateline.store.check import check
from dateline.store.connection import DatabaseBusy
from dateline.store.database import DEFAULT_DB, Database

SHOWN = 50  # problems listed in full; the rest are counted


def check_command(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file.")] = Path(DEFAULT_DB),
) -> None:
    """Check every event mention, actor mention and time expression against its article's text.
    Exit 1 when any citation is wrong (each is listed)."""
    out = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        store = Database(db, read_only=True)
    except (FileNotFoundError, DatabaseBusy) as exc:
        out.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    with store:
        report = check(store.con)
    counts = ", ".join(f"{n} {kind}" for kind, n in report.checked.items())
    if report.ok:
        out.print(f"ok: every citation holds ({counts})")
        return
    for problem in report.problems[:SHOWN]:
        out.print(problem, markup=False)
    if len(report.problems) > SHOWN:
        out.print(f"... and {len(report.problems) - SHOWN} more")
    out.print(f"[red]{len(report.problems)} wrong citations[/] among {counts}")
    raise typer.Exit(1)
