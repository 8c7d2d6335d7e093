"""Where the pages' scripts and styles come from.

Browser libraries are not kept in the repository: `make assets` installs them from the npm registry,
at the versions of the committed lock file (web/package-lock.json), into build/web/node_modules. The
app serves them from there, and `dateline timeline --html` inlines them. Our own scripts and styles
sit in report/static. `DATELINE_WEB_ASSETS` names another node_modules folder (an installed wheel has
no build folder beside it).
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path

# name served under /static/vendor/ -> file inside node_modules; in the order pages load them
VENDOR: dict[str, str] = {
    "vis-timeline.min.css": "vis-timeline/styles/vis-timeline-graph2d.min.css",
    "moment.min.js": "moment/min/moment.min.js",
    "vis-data.min.js": "vis-data/standalone/umd/vis-data.min.js",
    # the "peer" build: unlike the standalone one it injects no <style> element, which CSP forbids
    "vis-timeline.min.js": "vis-timeline/peer/umd/vis-timeline-graph2d.min.js",
    "chart.umd.min.js": "chart.js/dist/chart.umd.min.js",
}

STATIC = files("dateline.report") / "static"


class AssetsMissing(RuntimeError):
    pass


@cache
def node_modules() -> Path:
    configured = os.environ.get("DATELINE_WEB_ASSETS")
    # src/dateline/report/assets.py -> the checkout's root, where `make assets` puts build/web
    checkout = Path(__file__).resolve().parents[3]
    folder = Path(configured) if configured else checkout / "build/web/node_modules"
    missing = [rel for rel in VENDOR.values() if not (folder / rel).is_file()]
    if missing:
        raise AssetsMissing(
            f"web assets not installed ({folder / missing[0]} missing): run `make assets` in the "
            "dateline checkout, or set DATELINE_WEB_ASSETS to a node_modules folder holding "
            "web/package.json's packages"
        )
    return folder


def vendor_path(name: str) -> Path:
    return node_modules() / VENDOR[name]


def read_asset(name: str) -> str:
    """A vendor file (by its served name) or one of our static files, as text."""
    if name in VENDOR:
        return vendor_path(name).read_text(encoding="utf-8")
    return (STATIC / name).read_text(encoding="utf-8")
