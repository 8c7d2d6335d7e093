"""An article's outlet from its URL: the host looked up in `data/outlet_hosts.tsv` (extend that), with
the outlet's numeric date order where the file gives it."""

from __future__ import annotations

from functools import cache
from typing import Literal
from urllib.parse import urlsplit

from dateline.clean.tables import data_rows

Order = Literal["dmy", "mdy"]


@cache
def _hosts() -> dict[str, tuple[str, Order | None]]:
    out: dict[str, tuple[str, Order | None]] = {}
    for host, name, *rest in (line.split("\t") for line in data_rows("outlet_hosts.tsv")):
        written = rest[0].strip() if rest else ""
        order: Order | None = "mdy" if written == "mdy" else "dmy" if written == "dmy" else None
        out[host.strip().casefold()] = (name.strip(), order)
    return out


def _lookup(url: str | None) -> tuple[str, Order | None] | None:
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").casefold()
    except ValueError:  # a malformed URL (bad port, brackets) names no host
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if found := _hosts().get(".".join(labels[i:])):
            return found
    return None


def outlet_for_url(url: str | None) -> str | None:
    """The known outlet whose host (or a parent domain of it) serves `url`, else None."""
    found = _lookup(url)
    return found[0] if found else None


def outlet_order(url: str | None) -> tuple[str, Order] | None:
    """The known outlet serving `url` and how it writes numeric dates, where the file says."""
    found = _lookup(url)
    return (found[0], found[1]) if found and found[1] else None
