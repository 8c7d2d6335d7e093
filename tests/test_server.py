"""The web app and JSON API: pages of lists with totals, refusals with what is allowed, one error
shape, typed events that follow the contract, security headers, and escaping of untrusted text."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient
from web_support import XSS_NAME, XSS_TEXT, XSS_TITLE, write_untrusted_db

from dateline.report.timeline import FILE_LIMIT, render_timeline
from dateline.server.app import create_app
from dateline.server.models import Event


@pytest.fixture()
def client(tmp_path):
    return TestClient(create_app(write_untrusted_db(tmp_path / "s.duckdb")))


def test_lists_are_pages_with_totals(client):
    page = client.get("/api/events").json()
    assert page["total"] == 1 and page["offset"] == 0 and page["next_offset"] is None
    assert page["items"][0]["type"] == "CONSULT"
    assert client.get("/api/events", params={"dyad": "OMN-QAT"}).json()["items"] == page["items"]
    assert client.get("/api/events", params={"type": "ACCUSE"}).json()["total"] == 0
    assert client.get("/api/events", params={"type": "consult", "modality": "Asserted"}).json()["total"] == 1
    assert client.get("/api/events", params={"offset": 1}).json()["items"] == []
    for words in ("dŌha", 'onerror="window', "Qatar"):  # any case, non-ASCII and quotes as typed
        assert client.get("/api/events", params={"q": words}).json()["total"] == 1, words
    assert client.get("/api/events", params={"q": "100%"}).json()["total"] == 0  # % is text, not a wildcard
    articles = client.get("/api/articles").json()
    assert articles["total"] == 1 and "text" not in articles["items"][0]
    assert client.get("/api/articles/evil").json()["text"] == XSS_TEXT  # JSON carries text as it is
    event_id = page["items"][0]["id"]
    (mention,) = client.get(f"/api/events/{event_id}/mentions").json()
    assert mention["title"] == XSS_TITLE and mention["published"] == "2024-01-09"
    assert XSS_TEXT[mention["trigger_start"] :].startswith(mention["trigger"])
    assert client.get("/api/events/nope/mentions").status_code == 404
    assert client.get("/api/dyads").json()["items"] == [{"dyad": "OMN-QAT", "events": 1}]
    actors = client.get("/api/actors", params={"limit": 1}).json()
    assert actors["total"] == 2 and len(actors["items"]) == 1 and actors["next_offset"] == 1


def test_unknown_parameters_and_values_are_refused_with_what_is_allowed(client):
    cases = (
        ({"offest": 5}, "query.offest"),
        ({"type": "MEET"}, "query.type"),
        ({"modality": "maybe"}, "query.modality"),
        ({"dyad": "QAT"}, "query.dyad"),
    )
    for params, where in cases:
        r = client.get("/api/events", params=params)
        assert r.status_code == 422
        problem = r.json()["error"]["problems"][0]
        assert problem["where"] == where
        if "offest" in params:
            assert "offset" in problem["allowed"]
        if "type" in params:
            assert "CONSULT" in problem["allowed"]
        if "modality" in params:
            assert problem["allowed"] == ["asserted", "planned", "hoped", "negated", "hypothetical"]
    missing = client.get("/api/events/nope")
    assert missing.status_code == 404 and missing.json()["error"]["message"] == "no event nope"
    assert client.get("/timeline", params={"type": "MEET"}).status_code == 422  # pages refuse too


def test_events_follow_the_contract_and_openapi_says_what_an_event_is(client):
    # the repository's copy of the contract (tests/test_contract.py keeps it equal to ../shared's)
    schema = json.loads((Path(__file__).parent / "data" / "event.schema.json").read_text())
    event = client.get("/api/events").json()["items"][0]
    jsonschema.validate(event, schema)
    model = Event.model_json_schema()
    assert set(schema["properties"]) <= set(model["properties"])
    assert set(schema["properties"]["date"]["properties"]) <= set(model["$defs"]["EventDate"]["properties"])
    openapi = client.get("/openapi.json").json()
    assert "Event" in openapi["components"]["schemas"]
    assert "/api/dyads/{dyad}/monthly" in openapi["paths"]


def test_monthly_counts_and_csv(client):
    monthly = client.get("/api/dyads/QAT-OMN/monthly").json()
    assert monthly["dyad"] == "OMN-QAT" and monthly["months"] == ["2024-01"]
    assert monthly["series"]["material-coop"] == [1]  # CONSULT is material cooperation
    r = client.get("/api/events.csv", params={"type": "CONSULT"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["type"] for row in rows] == ["CONSULT"]
    assert rows[0]["participant_names"].startswith("'=HYPERLINK")  # a spreadsheet runs no formula


def test_security_headers(client):
    for path in ("/", "/api/events", "/timeline", "/docs"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "'unsafe-inline'" not in h["content-security-policy"].split("script-src")[1].split(";")[0]
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"


def test_api_docs_work_offline(client):
    page = client.get("/docs").text
    assert "cdn" not in page.lower()  # assets come from the installed package
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        src = page.split(asset)[0].rsplit('"', 1)[-1] + asset
        assert client.get(src).status_code == 200


def test_pages_escape_untrusted_text(client):
    event_id = client.get("/api/events").json()["items"][0]["id"]
    paths = (
        "/",
        "/timeline",
        f"/events/{event_id}",
        "/articles/evil",
        "/articles",
        "/actors",
        "/dyads/OMN-QAT",
        "/timeline?q=<script>x",
    )
    pages = [client.get(p).text for p in paths]
    events = client.get("/api/events").json()["items"]
    pages.append(render_timeline(events, {}, "<t>"))
    for page in pages:
        assert "<script>window" not in page
        assert "<img src=x" not in page
        assert 'href="javascript:' not in page
    assert "&lt;script&gt;window.__xss=1" in pages[3]  # the article text shows as text
    assert XSS_TITLE not in pages[3] and XSS_NAME not in pages[2]


def test_the_timeline_file_says_when_it_holds_only_part(client):
    event = client.get("/api/events").json()["items"][0]
    many = [{**event, "id": f"e{i}"} for i in range(FILE_LIMIT + 3)]
    page = render_timeline(many, {}, "many")
    assert f"this file holds the first {FILE_LIMIT:,}" in page and "--dyad" in page
    data = json.loads(page.split('id="timeline-data">')[1].split("</script>")[0])
    assert len(data["items"]) == FILE_LIMIT


def test_a_writer_holding_the_file_gives_a_clear_503(tmp_path):
    path = write_untrusted_db(tmp_path / "busy.duckdb")
    hold = (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(60)"
    )
    # an ingest's writer: DuckDB lets one process hold the file for writing
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        r = TestClient(create_app(path)).get("/api/events")
        assert r.status_code == 503 and "being written" in r.json()["error"]["message"]
    finally:
        holder.kill()
        holder.wait()
