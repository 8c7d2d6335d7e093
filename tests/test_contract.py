"""Output against the public contract (../shared/contract): event JSON Schema, Python API."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import dateline
from dateline.sample import corpus_dir
from dateline.store.database import Database

# A copy of the contract's schema, so the suite also runs where ../shared is absent;
# test_schema_copy_matches_the_contract catches drift where it is present.
SCHEMA_COPY = Path(__file__).parent / "data" / "event.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_COPY.read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_schema_copy_matches_the_contract(shared_dir):
    shared = json.loads((shared_dir / "contract" / "event.schema.json").read_text())
    assert shared == json.loads(SCHEMA_COPY.read_text())


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    from dateline.run import ingest

    path = tmp_path_factory.mktemp("contract") / "c.duckdb"
    with Database(path) as db:
        ingest([str(corpus_dir())], db)
    return path


def test_stored_events_validate(sample_db, validator):
    with dateline.open(sample_db) as db:
        events = db.events() + db.events(mention_detail=True)
    assert events
    for event in events:
        errors = sorted(validator.iter_errors(event), key=str)
        assert not errors, f"{event['id']}: {errors[0].message}"


def test_events_point_at_their_sentences(sample_db):
    with dateline.open(sample_db) as db:
        texts = {a["id"]: a["text"] for a in db.articles()}
        for event in db.events():
            for m in event["mentions"]:
                assert texts[m["article"]][m["start"] : m["end"]] == m["sentence"]


def test_python_api_filters_and_frames(sample_db):
    with dateline.open(sample_db) as db:
        every = db.events()
        frame = db.events(frame="pandas")
        assert len(frame) == len(every) and {"type", "date_start", "sentence"} <= set(frame.columns)
        assert all(e["type"] == "CONSULT" for e in db.events(type="CONSULT"))
        assert len(db.articles(frame="pandas")) == len(db.articles())


def test_process_in_memory_validates(validator):
    text = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz spoke by phone on Monday "
        "about military aid for Ukraine, the Elysee said."
    )
    events = dateline.process([text], published="2023-05-09")
    assert events
    call = next(e for e in events if e.type == "CONSULT")
    assert {a.actor.country for a in call.actors} >= {"FRA", "DEU"}
    assert call.date.start.isoformat() == "2023-05-08" == call.date.end.isoformat()
    for event in events:
        assert not list(validator.iter_errors(event.to_json()))
