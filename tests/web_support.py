"""Databases and a live server for the web tests: an untrusted-content database built from records,
the demo database built by the real pipeline, and `dateline serve`'s app on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import uvicorn

from dateline.records import (
    Actor,
    Article,
    DateInterval,
    DocumentTime,
    EventActor,
    EventMention,
    ProcessedArticle,
    PublishedDate,
)
from dateline.run import store
from dateline.server.app import create_app
from dateline.store.database import Database

# Payloads that would run if any page put untrusted text into markup or a link
XSS_TEXT = 'They met <script>window.__xss=1</script> in <img src=x onerror="window.__xss=2"> Dōha on Monday.'
XSS_TITLE = "<script>window.__xss=3</script>Talks"
XSS_NAME = '=HYPERLINK("http://example.invalid")<img src=x onerror="window.__xss=4">'
XSS_URL = "javascript:window.__xss=5"


def write_untrusted_db(path: Path) -> Path:
    actors = [
        EventActor(Actor(None, XSS_NAME, "OMN", "GOV", kind="role"), "participant"),
        EventActor(Actor("QAT", "Qatar", "QAT", "GOV"), "participant"),
    ]
    trigger = XSS_TEXT.index("met")
    mention = EventMention(
        "evil", "CONSULT", "meet", "asserted", actors, "met", trigger, trigger + 3,
        XSS_TEXT, 0, len(XSS_TEXT),
        DateInterval(date(2024, 1, 8), date(2024, 1, 8), "day", 0.8, "weekday Monday"),
    )  # fmt: skip
    article = Article(
        "evil", XSS_TEXT, title=XSS_TITLE, content_hash="h-evil", url=XSS_URL,
        published=PublishedDate("2024-01-09", "byline", 0.9),
    )  # fmt: skip
    anchor = DocumentTime(date(2024, 1, 9), DateInterval(date(2024, 1, 9), date(2024, 1, 9), "day", 0.9))
    with Database(path) as db:
        store(db, [ProcessedArticle(article, anchor, events=[mention])])
    return path


def write_demo_db(path: Path) -> Path:
    from dateline.run import ingest
    from dateline.sample import corpus_dir

    with Database(path) as db:
        ingest([str(corpus_dir())], db)
    return path


@contextmanager
def serving(db_path: Path) -> Iterator[str]:
    """The app on 127.0.0.1 at a free port, in a thread, for the length of the block."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
