"""An article's outlet from its URL: the host looked up in `data/outlet_hosts.tsv` (extend that)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from urllib.parse import urlsplit


@cache
def _hosts() -> dict[str, str]:
    text = resources.files("dateline.clean").joinpath("data", "outlet_hosts.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {host.strip().casefold(): name.strip() for host, name in rows}


def outlet_for_url(url: str | None) -> str | None:
    """The known outlet whose host (or a parent domain of it) serves `url`, else None."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").casefold()
    except ValueError:  # a malformed URL (bad port, brackets) names no host
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if name := _hosts().get(".".join(labels[i:])):
            return name
    return None
