"""The web app and JSON API, and escaping of untrusted article text in every page."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

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
from dateline.report.timeline import render_timeline
from dateline.run import store
from dateline.server.app import create_app
from dateline.store.database import Database

EVIL = 'They met <script>alert("x")</script> in <b onmouseover="steal()">Doha</b> on Monday.'


@pytest.fixture()
def db_path(tmp_path):
    path = tmp_path / "s.duckdb"
    actors = [
        EventActor(Actor("QAT", "Qatar", "QAT", "GOV"), "participant"),
        EventActor(Actor(None, '<img src=x onerror="boom()">', "OMN", "GOV", kind="role"), "participant"),
    ]
    mention = EventMention(
        "evil", "CONSULT", "meet", "asserted", actors, "met", 5, 8, EVIL, 0, len(EVIL),
        DateInterval(date(2024, 1, 8), date(2024, 1, 8), "day", 0.8, "weekday Monday"),
    )  # fmt: skip
    article = Article(
        "evil", EVIL, title="<script>document.cookie</script>", content_hash="h-evil",
        published=PublishedDate("2024-01-09", "byline", 0.9),
    )  # fmt: skip
    anchor = DocumentTime(date(2024, 1, 9), DateInterval(date(2024, 1, 9), date(2024, 1, 9), "day", 0.9))
    with Database(path) as db:
        store(db, [ProcessedArticle(article, anchor, events=[mention])])
    return path


def test_api_lists_and_filters_events(db_path):
    client = TestClient(create_app(db_path))
    events = client.get("/api/events").json()
    assert len(events) == 1 and events[0]["type"] == "CONSULT"
    assert client.get("/api/events", params={"dyad": "QAT-OMN"}).json() == events
    assert client.get("/api/events", params={"type": "ACCUSE"}).json() == []
    assert client.get("/api/events", params={"dyad": "QAT"}).status_code == 422
    one = client.get(f"/api/events/{events[0]['id']}").json()
    assert one["mentions"][0]["sentence"] == EVIL  # JSON carries the text as it is
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/articles/evil").json()["title"].startswith("<script>")
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_api_docs_work_offline(db_path):
    client = TestClient(create_app(db_path))
    page = client.get("/docs").text
    assert "cdn" not in page.lower()  # assets come from the installed package
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert asset in page
        src = page.split(asset)[0].rsplit('"', 1)[-1] + asset
        assert client.get(src).status_code == 200


def test_pages_escape_article_text(db_path):
    client = TestClient(create_app(db_path))
    html = client.get("/").text
    for page in (html, render_timeline(client.get("/api/events?mentions=true").json(), {}, "<t>")):
        assert "<script>alert" not in page
        assert "<b onmouseover" not in page
        assert "<img src=x" not in page
        assert "&lt;script&gt;alert" in page
