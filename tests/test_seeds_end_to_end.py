"""The five seed articles end to end (read from ../shared/seeds): what a careful reader expects."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.run import ingest
from dateline.store.database import Database

CALL_000 = "000_0e60bc13e167b622"
CALL_001 = "001_550824837c8b5040"
HEADER_002 = "002_81dd9cfcc1b28f1a"
ENVOY_003 = "003_4812266d33fa5f52"
UNDATED_004 = "004_3c52014220babf2d"


@pytest.fixture(scope="module")
def seeds(seeds_dir, tmp_path_factory) -> tuple[list[dict], dict[str, dict]]:
    path: Path = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    with Database(path) as db:
        summary = ingest([str(seeds_dir)], db)
        assert not summary.errors
        return db.events(mention_detail=True), {a["id"]: a for a in db.articles(with_removed=True)}


def _countries(event: dict) -> set[str]:
    return {a["country"] for a in event["actors"] if a["country"]}


def _find(events: list[dict], **want) -> list[dict]:
    return [e for e in events if all(e.get(k) == v for k, v in want.items())]


def test_boilerplate_produces_no_event(seeds):
    events, articles = seeds
    # the headline and a subtitle the body repeats are metadata, not boilerplate
    kept_elsewhere = {"title", "subtitle repeated in body", "repeated headline"}
    removed = [
        r["text"].strip()
        for a in articles.values()
        for r in a["removed"]
        if len(r["text"].strip()) > 12 and r["reason"] not in kept_elsewhere
    ]
    assert removed
    for event in events:
        for m in event["mentions"]:
            assert not any(line in m["sentence"] for line in removed), m["sentence"]


def test_september_2021_call_is_one_event_from_both_articles(seeds):
    events, _ = seeds
    calls = [e for e in _find(events, type="CONSULT", modality="asserted") if _countries(e) == {"PAK", "RUS"}]
    september = [e for e in calls if e["date"]["start"] == e["date"]["end"] == "2021-09-14"]
    assert len(september) == 1
    (call,) = september
    assert call["mode"] == "phone"
    assert {m["article"] for m in call["mentions"]} == {CALL_000, CALL_001}
    assert {a["id"] for a in call["actors"]} >= {"vladimir-putin", "imran-khan"}


def test_other_calls_keep_their_own_dates(seeds):
    events, _ = seeds
    phone = [e for e in _find(events, type="CONSULT", mode="phone") if _countries(e) == {"PAK", "RUS"}]
    days = {e["date"]["start"] for e in phone if e["date"]["start"] == e["date"]["end"]}
    assert {"2021-08-25", "2021-09-14", "2022-01-17"} <= days


def test_plans_and_hopes_are_not_facts(seeds):
    events, _ = seeds
    planned = [
        e for e in _find(events, type="CONSULT", modality="planned") if _countries(e) == {"PAK", "RUS"}
    ]
    assert any(e["date"]["start"] and e["date"]["start"].startswith("2022-02") for e in planned)
    assert _find(events, type="CONSULT", mode="visit", modality="hoped")
    assert _find(events, modality="negated")  # the Moscow Format meeting that has not materialised


def test_referred_back_events_are_dated_by_their_own_expression(seeds):
    events, _ = seeds
    visit = [e for e in _find(events, type="CONSULT", mode="visit") if UNDATED_004 in _articles(e)]
    assert any(e["date"]["start"] >= "2021-04-01" and e["date"]["end"] <= "2021-04-30" for e in visit)
    troika = [e for e in events if UNDATED_004 in _articles(e) and e["date"]["start"] == "2021-03-18"]
    assert troika and troika[0]["type"] == "CONSULT"


def _articles(event: dict) -> set[str]:
    return {m["article"] for m in event["mentions"]}


def test_requests_and_accusations(seeds):
    events, _ = seeds
    assert any("vaccines" in e["topics"] for e in _find(events, type="REQUEST"))
    accuse = [e for e in _find(events, type="ACCUSE") if ENVOY_003 in _articles(e)]
    assert any(
        {a["country"] for a in e["actors"] if a["side"] == "source"} == {"PAK"}
        and "AFG" in {a["country"] for a in e["actors"] if a["side"] == "target"}
        for e in accuse
    )


def test_misdated_and_undated_articles_get_honest_intervals(seeds):
    _, articles = seeds
    header = articles[HEADER_002]
    assert header["published"]["value"] is None  # the page header's day (the crawl's) is no candidate
    when = header["document_time"]
    assert when["dct"] is None and when["end"] <= "2022-04-10"  # Qureshi left office; the header loses
    undated = articles[UNDATED_004]
    assert undated["published"]["value"] is None
    start, end = (date.fromisoformat(undated["document_time"][k]) for k in ("start", "end"))
    assert date(2021, 4, 1) <= start <= end <= date(2021, 12, 31)
