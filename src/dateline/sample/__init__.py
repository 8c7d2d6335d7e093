"""The sample corpus shipped with the package: the demo's input and the tests' fixtures.

The articles were written for dateline (see corpus/README.md): each exercises a difficulty of real
news (relative dates, a crawl-day header, no date at all, one event in several outlets and referred
back to later, boilerplate, plans versus facts). Their events are illustrative; do not cite them.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def corpus_dir() -> Path:
    with as_file(files("dateline.sample").joinpath("corpus")) as path:
        return Path(path)
