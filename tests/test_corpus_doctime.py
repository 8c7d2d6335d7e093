"""Document time from the corpus (dedup/doctime.py): an undated report that joins a dated report of the
same meeting is dated from it, and its other events against that; in memory, in the store, resumed
after a kill, run twice or on Ray, the result is the same."""

from __future__ import annotations

import json
from datetime import date

import pytest

import dateline
from dateline.dedup.doctime import reported_day
from dateline.pipeline import Pipeline
from dateline.records import DateInterval, EventMention, PublishedDate, RawDocument
from dateline.run import run
from dateline.store.database import Database
from dateline.time.document_time import CORPUS, CORPUS_LIKELY, CORPUS_STATED

# Published on Wednesday 13 March 2024: the meeting "on Tuesday" is the 12th.
DATED = (
    "Wang Yi in Hanoi\n\nChinese Foreign Minister Wang Yi met Vietnam's foreign minister in Hanoi on "
    "Tuesday to discuss fishing rights in the gulf, the ministry said."
)
# The same meeting, no date anywhere; the prime minister's reception "on Monday" is the 11th.
UNDATED = (
    "Fishing talks in Hanoi\n\nWang Yi met Vietnam's foreign minister in Hanoi on Tuesday. On Monday, "
    "Vietnam's prime minister had received Wang Yi at the government office."
)
# Written before the meeting: a plan says nothing of when its report appeared.
AHEAD = (
    "Wang Yi to visit Hanoi\n\nWang Yi will meet Vietnam's foreign minister in Hanoi on Tuesday to "
    "discuss fishing rights, officials said."
)


def _raws(*texts: tuple[str, str, str | None]) -> list[RawDocument]:
    return [RawDocument(source=f"{i}.txt", id=i, text=t, published=p) for i, t, p in texts]


STORY = (("dated", DATED, "2024-03-13"), ("undated", UNDATED, None))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _ingested(path, pipeline: Pipeline, *texts) -> tuple[list[dict], list[dict]]:
    with Database(path) as db:
        summary = run(_raws(*texts), pipeline, db)
        assert not summary.errors
        return db.events(mention_detail=True), db.articles(with_removed=True)


@pytest.fixture(scope="module")
def stored(tmp_path_factory, pipeline) -> tuple[list[dict], list[dict]]:
    return _ingested(tmp_path_factory.mktemp("doctime") / "story.duckdb", pipeline, *STORY)


def _windows(published: dict) -> list[dict]:
    """The "corpus" candidates that date an article's window (not those naming a mention to pin by)."""
    return [c for c in published["candidates"] if c["source"] == CORPUS and not c.get("mention")]


def _mention(events: list[dict], article: str, trigger: str) -> dict:
    found = [m for e in events for m in e["mentions"] if m["article"] == article and m["trigger"] == trigger]
    assert len(found) == 1, (article, trigger, found)
    return found[0]


def test_an_undated_report_is_dated_by_the_dated_report_it_joins(stored):
    events, articles = stored
    undated = next(a for a in articles if a["id"] == "undated")
    assert undated["published"]["value"] is None  # a window from the corpus is no publication date
    (found,) = [
        c for c in undated["published"]["candidates"] if c["source"] == CORPUS and not c.get("mention")
    ]
    assert found["value"] == "2024-03-12" and found["inferred"] and found["confidence"] == CORPUS_STATED
    assert "dated" in found["note"]
    window = undated["document_time"]
    assert window["dct"] is None and window["start"] == "2024-03-12"
    assert "2024-03-12" < window["end"] <= "2024-04-12"  # within STORY_SPAN days
    joined = _mention(events, "undated", "met")
    assert any(m["article"] == "dated" for e in events for m in e["mentions"] if joined in e["mentions"])


def test_its_other_events_are_dated_against_that_window(stored, tmp_path, pipeline):
    events, _ = stored
    reception = _mention(events, "undated", "received")["date"]
    assert reception["likely"] == "2024-03-11"
    assert reception["start"] <= "2024-03-11" <= reception["end"]
    alone, _ = _ingested(tmp_path / "alone.duckdb", pipeline, STORY[1])
    assert _mention(alone, "undated", "received")["date"]["start"] is None  # nothing to go by alone


def test_a_plan_does_not_date_its_report(tmp_path, pipeline):
    _, articles = _ingested(tmp_path / "ahead.duckdb", pipeline, STORY[0], ("ahead", AHEAD, None))
    ahead = next(a for a in articles if a["id"] == "ahead")
    assert not _windows(ahead["published"])
    assert ahead["published"]["value"] is None  # "will meet on Tuesday" allows a week: no day pinned


def test_process_gives_what_ingest_stores(stored):
    events, _ = stored
    raws = _raws(*STORY)
    assert [e.to_json() for e in dateline.process(raws)] == events


def test_worker_processes_give_what_one_process_gives(tmp_path, stored):
    with Database(tmp_path / "workers.duckdb") as db:
        summary = run(_raws(*STORY), None, db, batch_size=1, workers=2)
        assert not summary.errors and summary.redated == 1
        assert (db.events(mention_detail=True), db.articles(with_removed=True)) == stored


def test_a_later_run_that_brings_the_dated_report_dates_the_undated_one(tmp_path, pipeline):
    together = _ingested(tmp_path / "together.duckdb", pipeline, STORY[1], STORY[0])
    path = tmp_path / "later.duckdb"
    _ingested(path, pipeline, STORY[1])
    with Database(path) as db:
        assert run(_raws(STORY[0]), pipeline, db).redated == 1
        assert (db.events(mention_detail=True), db.articles(with_removed=True)) == together


def test_a_second_run_changes_nothing(tmp_path, pipeline, stored):
    path = tmp_path / "twice.duckdb"
    _ingested(path, pipeline, *STORY)
    with Database(path) as db:
        summary = run(_raws(*STORY), pipeline, db)
        assert summary.redated == 0 and summary.unchanged == 2
        assert (db.events(mention_detail=True), db.articles(with_removed=True)) == stored


def test_a_run_killed_while_dating_from_the_corpus_resumes_to_the_same_result(
    tmp_path, pipeline, stored, monkeypatch
):
    real = Pipeline.analyse
    calls = {"n": 0}

    def killed_in_the_second_pass(self, article, *rest):
        calls["n"] += 1
        if calls["n"] > len(STORY):  # the articles are stored; the undated one is analysed again
            raise KeyboardInterrupt
        return real(self, article, *rest)

    path = tmp_path / "killed.duckdb"
    monkeypatch.setattr(Pipeline, "analyse", killed_in_the_second_pass)
    with Database(path) as db, pytest.raises(KeyboardInterrupt):
        run(_raws(*STORY), pipeline, db)
    with Database(path) as db:
        undated = next(a for a in db.articles(with_removed=True) if a["id"] == "undated")
        assert not [
            c for c in undated["published"]["candidates"] if c["source"] == CORPUS and not c.get("mention")
        ]
    monkeypatch.setattr(Pipeline, "analyse", real)
    with Database(path) as db:
        summary = run(_raws(*STORY), pipeline, db)
        assert summary.unchanged == 2 and summary.redated == 1
        assert (db.events(mention_detail=True), db.articles(with_removed=True)) == stored


def test_a_day_only_likely_yields_to_a_day_the_text_reports(pipeline):
    text = "Talks in Hanoi\n\nWang Yi met Vietnam's foreign minister in Hanoi on March 12, 2024."
    article = pipeline.clean(RawDocument(source="t.txt", id="t", text=text))
    # round 24: a likely day later than every day the text reports counts (the text reports an event the
    # corpus places later); one on or before it yields (the corpus pass gives none for an event the
    # text dates itself: doctime._own_day_apart)
    for confidence, value, start in (
        (CORPUS_LIKELY, "2024-03-11", date(2024, 3, 12)),
        (CORPUS_LIKELY, "2024-03-15", date(2024, 3, 15)),
        (CORPUS_STATED, "2024-03-15", date(2024, 3, 15)),
    ):
        found = PublishedDate(value, CORPUS, confidence, "test", inferred=True)
        article.published.candidates = [found]
        assert pipeline.analyse(article).document_time.interval.start == start


def test_ray_gives_what_ingest_stores(tmp_path, stored):
    ray = pytest.importorskip("ray", reason="ray is not installed (pip install -e '.[ray]')")
    from dateline.scale import batch, load

    for i, text, published in STORY:
        record = {"id": i, "text": text, **({"published": published} if published else {})}
        (tmp_path / f"{i}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        summary = batch([str(tmp_path / f"{i}.jsonl") for i, _, _ in STORY], tmp_path / "out", actors=1)
    finally:
        ray.shutdown()
    assert not summary.errors and summary.redated == 1
    load(tmp_path / "out", tmp_path / "batch.duckdb")
    with Database(tmp_path / "batch.duckdb") as db:
        events, articles = db.events(mention_detail=True), db.articles(with_removed=True)
    assert events == stored[0]
    assert [a["document_time"] for a in articles] == [a["document_time"] for a in stored[1]]


def _report(article: str, modality: str, start: date | None, end: date | None, likely: date | None = None):
    span = DateInterval(start, end, "day" if start is not None and start == end else "range", 0.5, "", likely)
    return EventMention(article, "CONSULT", None, modality, [], "met", 0, 3, "They met.", 0, 9, span)


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (("asserted", date(2024, 3, 12), date(2024, 3, 12)), (date(2024, 3, 12), True)),  # a day stated
        (("asserted", date(2024, 3, 6), date(2024, 3, 13), date(2024, 3, 13)), (date(2024, 3, 13), False)),
        (("asserted", date(2024, 3, 9), date(2024, 3, 11)), (date(2024, 3, 11), False)),  # news that week
        (("asserted", date(2023, 1, 1), date(2023, 12, 31)), None),  # background, long before
        (("planned", date(2024, 3, 15), date(2024, 3, 15)), (date(2024, 3, 15), False)),  # held as planned
        (("planned", date(2024, 3, 15), date(2024, 3, 29)), None),  # a plan too wide to name its day
        (("planned", date(2024, 3, 11), date(2024, 3, 11)), None),  # "planned" for a day already past
        (("asserted", date(2024, 3, 15), date(2024, 3, 15)), None),  # after its own publication
    ],
)
def test_the_day_a_dated_report_gives(other, expected):
    own = _report("undated", "asserted", None, None)
    assert reported_day(own, _report("dated", *other), date(2024, 3, 13)) == expected


def test_an_undated_plan_takes_no_day():
    day = date(2024, 3, 12)
    assert (
        reported_day(_report("undated", "planned", None, None), _report("dated", "asserted", day, day), day)
        is None
    )


# Published on Wednesday 13 March 2024: a visit announced for Friday the 15th.
PLANNED = (
    "Wang Yi to visit Hanoi\n\nChinese Foreign Minister Wang Yi will meet Vietnam's foreign minister in "
    "Hanoi on Friday to discuss fishing rights, the ministry said."
)
# The visit reported as held, no date anywhere.
HELD = (
    "Wang Yi in Hanoi\n\nChinese Foreign Minister Wang Yi met Vietnam's foreign minister in Hanoi to "
    "discuss fishing rights, the ministry said."
)


def test_a_report_of_a_planned_event_held_is_dated_on_or_after_its_day(tmp_path, pipeline):
    plan = ("plan", PLANNED, "2024-03-13")
    _, articles = _ingested(tmp_path / "held.duckdb", pipeline, plan, ("held", HELD, None))
    held = next(a for a in articles if a["id"] == "held")
    (found,) = _windows(held["published"])
    assert found["value"] == "2024-03-15" and found["confidence"] == CORPUS_LIKELY
    assert held["document_time"]["start"] == "2024-03-15"


def _meeting(weekday: str, said: str) -> str:
    """A report of the meeting (the same words twice would be one article copied)."""
    return f"Hanoi talks\n\nWang Yi met Vietnam's foreign minister in Hanoi on {weekday}, {said} said."


# A meeting the text gives no day for, beside reports of meetings of the same two on stated days.
ALIKE = "Hanoi talks\n\nWang Yi met Vietnam's foreign minister in Hanoi about fishing, officials said."
# The same minister meeting another country's: a report of other talks.
OTHER_PAIR = "Vientiane talks\n\nWang Yi met Laos' foreign minister in Vientiane, officials said."


def _corpus_days(articles: list[dict], article_id: str) -> list[str]:
    article = next(a for a in articles if a["id"] == article_id)
    return [
        c["value"]
        for c in article["published"]["candidates"]
        if c["source"] == CORPUS and not c.get("mention")
    ]


def test_reports_alike_on_days_that_agree_date_an_undated_report(tmp_path, pipeline):
    texts = (
        ("tue", _meeting("Tuesday", "officials"), "2024-03-13"),  # the 12th
        (
            "thu",
            _meeting("Thursday", "diplomats"),
            "2024-03-15",
        ),  # the 14th: the same visit, or a second meeting
        ("alike", ALIKE, None),
        ("other", OTHER_PAIR, None),
    )
    events, articles = _ingested(tmp_path / "alike.duckdb", pipeline, *texts)
    assert _corpus_days(articles, "alike") == ["2024-03-12"]  # the earliest: not after its day
    assert [e.to_json() for e in dateline.process(_raws(*texts))] == events  # in memory the same
    alike = next(a for a in articles if a["id"] == "alike")
    (found,) = _windows(alike["published"])
    assert "a report alike" in found["note"] and found["confidence"] == CORPUS_LIKELY
    assert alike["document_time"]["start"] == "2024-03-12"
    assert _corpus_days(articles, "other") == []  # another dyad


def test_reports_alike_months_apart_date_nothing(tmp_path, pipeline):
    texts = (
        ("march", _meeting("Tuesday", "officials"), "2024-03-13"),
        ("may", _meeting("Tuesday", "diplomats"), "2024-05-15"),
        ("alike", ALIKE, None),
    )
    _, articles = _ingested(tmp_path / "apart.duckdb", pipeline, *texts)
    assert _corpus_days(articles, "alike") == []


# Three articles of one story (two of them without a publication date the pipeline finds), whose
# re-dating from the corpus once reached the merge in a set's order: two processes with other hash
# seeds gave other canonical events.
DETERMINISM = """
import json, sys
import dateline
names = sys.argv[2:]
items = [{"id": n, "text": open(f"{sys.argv[1]}/{n}.txt", encoding="utf-8").read()} for n in names]
print(json.dumps([e.to_json() for e in dateline.process(items)], sort_keys=True, default=str))
"""


def test_the_merge_does_not_depend_on_the_hash_seed(shared_dir):
    import os
    import subprocess
    import sys

    news = shared_dir / "benchmarks" / "news"
    if not (news / "a05.txt").exists():
        pytest.skip(f"{news} holds no news articles")
    outputs = []
    for seed in ("0", "1"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", DETERMINISM, str(news), "a04", "a05", "a06"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1] and outputs[0]
