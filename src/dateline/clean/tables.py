"""The cleaner's data tables (`clean/data/`: boilerplate patterns, outlets, month, weekday and
"today" words of other languages), read as package resources so they ship with the wheel."""

from __future__ import annotations

from importlib import resources


def data_rows(name: str) -> list[str]:
    """The lines of `clean/data/<name>` that hold data: blank lines and `#` comments left out."""
    text = resources.files("dateline.clean").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
