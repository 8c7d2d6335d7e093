"""The aligner and scorer of `dateline eval record` on small hand-made cases.

The gold is written as a user would write it (JSON lines, loaded by the real loader); the system side
is given as placed events, so that each case isolates one thing the scorer must see.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dateline.evaluation.record_align import align, compatible
from dateline.evaluation.record_gold import Dates, Gold, load_gold
from dateline.evaluation.record_score import DATELINE, NO_MERGE, PUBDAY, RecordReport, score
from dateline.evaluation.record_system import Placer, Span, System, SystemEvent

D = date.fromisoformat


def gold(tmp_path: Path, events: list[dict], published: dict[str, str | None] | None = None) -> Gold:
    published = published or {"n1": "2021-03-03", "n2": "2021-03-04"}
    lines = [
        {"kind": "article", "article": a, "split": "dev", "cluster": "c", "published": p}
        for a, p in published.items()
    ]
    lines += [{"kind": "event", "split": "dev", "mode": None, "modality": "asserted", "core": True, **e}
              for e in events]  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    return load_gold(path)


def actors(*countries: str) -> list[dict]:
    return [{"side": "participant", "country": c, "name": c, "kb": None} for c in countries]


def day(d: str, likely: bool = False) -> dict:
    return {"start": d, "end": d, "likely": d if likely else None}


# Three gold events reported in two articles: a call (both articles), a pact agreed on the call
# (its day unknown within a week), and a planned visit.
CALL = {"id": "c/call", "type": "CONSULT", "mode": "phone", "actors": actors("IND", "JPN"),
        "date": day("2021-03-02"), "mentions": [{"article": "n1", "start": 0, "end": 100},
                                                 {"article": "n2", "start": 0, "end": 90}]}  # fmt: skip
PACT = {"id": "c/pact", "type": "AGREE", "actors": actors("IND", "JPN"), "core": False,
        "date": {"start": "2021-02-24", "end": "2021-03-03", "likely": None},
        "mentions": [{"article": "n1", "start": 101, "end": 160}]}  # fmt: skip
VISIT = {"id": "c/visit", "type": "CONSULT", "mode": "visit", "modality": "planned", "core": False,
         "actors": actors("IND", "JPN"), "date": {"start": "2021-04-01", "end": "2021-04-30", "likely": None},
         "mentions": [{"article": "n1", "start": 161, "end": 210}]}  # fmt: skip


def ev(id_: str, type_: str, spans: list[tuple[str, int, int]], when: Dates, **changes) -> SystemEvent:
    fields = {"mode": None, "modality": "asserted", "countries": frozenset({"IND", "JPN"}),
              "people": frozenset(), "published": D("2021-03-03")} | changes  # fmt: skip
    return SystemEvent(id_, type_, mentions=[Span(*s) for s in spans], date=when, **fields)


def run(g: Gold, events: list[SystemEvent], mentions: list[SystemEvent] | None = None) -> RecordReport:
    published = {"n1": D("2021-03-03"), "n2": D("2021-03-04")}
    return score(g, "dev", System(events, mentions if mentions is not None else events, published), True)


def kinds(report: RecordReport) -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.gold, e.system) for e in report.errors]


def test_everything_right_is_right_end_to_end(tmp_path: Path) -> None:
    g = gold(tmp_path, [CALL, PACT, VISIT])
    system = [
        ev("s1", "CONSULT", [("n1", 0, 99), ("n2", 3, 88)], Dates(D("2021-03-02"), D("2021-03-02")),
           mode="phone"),
        ev("s2", "AGREE", [("n1", 101, 159)], Dates(D("2021-02-25"), D("2021-03-03"))),
        ev("s3", "CONSULT", [("n1", 161, 209)], Dates(D("2021-04-01"), D("2021-04-30")),
           mode="visit", modality="planned"),
    ]  # fmt: skip
    report = run(g, system)
    figs = report.results[DATELINE].all
    assert (figs.end_to_end.right, figs.end_to_end.total) == (3, 3)
    assert figs.precision == figs.recall == 1.0
    assert figs.fields["date equals gold"].right == 2  # the pact's interval is inside, not equal
    assert report.results[DATELINE].core.gold_events == 1
    assert [k for k, _, _ in kinds(report)] == []


def test_a_split_event_counts_its_duplicates(tmp_path: Path) -> None:
    g = gold(tmp_path, [CALL])
    when = Dates(D("2021-03-02"), D("2021-03-02"))
    system = [ev("s1", "CONSULT", [("n1", 10, 60)], when), ev("s2", "CONSULT", [("n2", 10, 60)], when)]
    figs = run(g, system).results[DATELINE].all
    assert (figs.duplicates, figs.extra_events, figs.over_merges) == (1, 1, 0)
    assert figs.matched == 1 and figs.precision == 0.5  # the second half is not a second real event
    assert figs.end_to_end.right == 0  # the one match is right field by field, but the call is split
    assert figs.fields["date right"].right == 1
    assert ("split", "c/call", "s1, s2") in kinds(run(g, system))


def test_an_over_merge_joins_two_real_events(tmp_path: Path) -> None:
    g = gold(tmp_path, [CALL, VISIT])
    merged = ev("s1", "CONSULT", [("n1", 0, 100), ("n1", 161, 210)], Dates(D("2021-03-02"), D("2021-03-02")))
    report = run(g, [merged])
    figs = report.results[DATELINE].all
    assert (figs.over_merges, figs.duplicates, figs.matched) == (1, 0, 1)
    assert figs.recall == 0.5 and figs.end_to_end.right == 0
    assert ("over-merge", "c/call, c/visit", "s1") in kinds(report)


def test_a_sentence_telling_of_two_real_events_counts_for_the_one_that_fits(tmp_path: Path) -> None:
    both = dict(VISIT, mentions=[{"article": "n1", "start": 0, "end": 100}])  # one sentence, two events
    g = gold(tmp_path, [CALL, both])
    planned = ev("s1", "CONSULT", [("n1", 0, 100)], Dates(D("2021-04-01"), D("2021-04-30")),
                 mode="visit", modality="planned")  # fmt: skip
    alignment = align(g.events, [planned])
    assert alignment.links == {"s1": {"c/visit"}} and alignment.matched == {"c/visit": "s1"}


def test_a_date_outside_the_gold_interval_is_wrong(tmp_path: Path) -> None:
    g = gold(tmp_path, [PACT])
    inside = ev("s1", "AGREE", [("n1", 101, 160)], Dates(D("2021-02-26"), D("2021-03-01")))
    wider = ev("s1", "AGREE", [("n1", 101, 160)], Dates(D("2021-02-20"), D("2021-03-03")))
    assert run(g, [inside]).results[DATELINE].all.end_to_end.right == 1
    report = run(g, [wider])
    figs = report.results[DATELINE].all
    assert figs.end_to_end.right == 0 and figs.fields["date right"].right == 0
    assert figs.fields["date contains gold"].right == 1  # it contains the gold interval, too widely
    assert [k for k, _, _ in kinds(report)] == ["date wrong"]


def test_the_gold_day_must_be_the_events_day(tmp_path: Path) -> None:
    g = gold(
        tmp_path, [dict(CALL, date={"start": "2021-03-01", "end": "2021-03-02", "likely": "2021-03-02"})]
    )
    spans = [("n1", 0, 100), ("n2", 0, 90)]
    likely = ev("s1", "CONSULT", spans, Dates(D("2021-03-01"), D("2021-03-03"), D("2021-03-02")))
    interval = ev("s1", "CONSULT", spans, Dates(D("2021-03-01"), D("2021-03-02")))
    assert run(g, [likely]).results[DATELINE].all.fields["date right"].right == 1
    assert run(g, [interval]).results[DATELINE].all.fields["date right"].right == 0


def test_a_wrong_modality_is_reported(tmp_path: Path) -> None:
    g = gold(tmp_path, [VISIT])
    asserted = ev("s1", "CONSULT", [("n1", 161, 210)], Dates(D("2021-04-01"), D("2021-04-30")),
                  mode="visit")  # fmt: skip
    report = run(g, [asserted])
    figs = report.results[DATELINE].all
    assert figs.fields["modality"].right == 0 and figs.fields["mode"].right == 1
    assert figs.end_to_end.right == 0
    assert kinds(report) == [("modality wrong", "c/visit", "s1")]


def test_spurious_and_missed_events_and_wrong_participants(tmp_path: Path) -> None:
    g = gold(tmp_path, [CALL, PACT])
    other = ev("s1", "ASSAULT", [("n2", 95, 140)], Dates(None, None))
    wrong_dyad = ev("s2", "CONSULT", [("n1", 0, 100)], Dates(D("2021-03-02"), D("2021-03-02")),
                    countries=frozenset({"IND", "CHN"}))  # fmt: skip
    report = run(g, [other, wrong_dyad])
    assert set(kinds(report)) == {
        ("missed event", "c/pact", None), ("spurious event", None, "s1"),
        ("wrong participants", "c/call", "s2"),
    }  # fmt: skip
    figs = report.results[DATELINE].all
    assert (figs.precision, figs.recall) == (0.5, 0.5)


def test_types_of_one_act_class_align_and_others_do_not(tmp_path: Path) -> None:
    assert compatible("CONSULT", "COOPERATE") and compatible("ACCUSE", "REJECT")
    assert not compatible("CONSULT", "ACCUSE") and not compatible("AGREE", "COOPERATE")
    assert compatible("CONSULT", "AGREE", "planned", "asserted")  # PLOVER codes a plan to meet as AGREE
    assert not compatible("CONSULT", "AGREE")
    g = gold(tmp_path, [CALL])
    cooperate = ev("s1", "COOPERATE", [("n1", 0, 100)], Dates(D("2021-03-02"), D("2021-03-02")))
    report = run(g, [cooperate])
    assert report.results[DATELINE].all.fields["type"].right == 0
    assert ("wrong type", "c/call", "s1") in kinds(report)


def test_baselines_come_from_the_same_mentions(tmp_path: Path) -> None:
    g = gold(tmp_path, [CALL])
    spans = [("n1", 0, 100), ("n2", 0, 90)]
    # dateline merged both reports and dated the call to a week; its articles were published the
    # day after the call (n1) and two days after (n2)
    week = Dates(D("2021-02-26"), D("2021-03-03"))
    merged = ev("s1", "CONSULT", spans, week, mode="phone", published=D("2021-03-02"))
    each = [ev(f"m{i}", "CONSULT", [s], week, mode="phone") for i, s in enumerate(spans)]
    report = run(g, [merged], each)
    assert report.results[DATELINE].all.end_to_end.right == 0  # a week is not the day
    assert report.results[PUBDAY].all.end_to_end.right == 1  # earliest publication day is the call day
    no_merge = report.results[NO_MERGE].all
    assert (no_merge.duplicates, no_merge.extra_events, no_merge.system_events) == (1, 1, 2)
    assert no_merge.end_to_end.right == 0


def test_publication_dates_are_scored_per_article(tmp_path: Path) -> None:
    g = gold(
        tmp_path, [CALL], {"n1": "2021-03-03", "n2": "2021-03-04", "n3": None, "n4": None, "n5": "2021-01-01"}
    )
    found = {"n1": D("2021-03-03"), "n2": D("2021-03-05"), "n3": None, "n4": D("2020-12-31"), "n5": None}
    report = score(g, "dev", System([], [], found), True)
    assert (report.published.right, report.published.total) == (2, 5)
    assert report.published_classes == {"right day": 1, "rightly none": 1, "wrong day": 1, "missed": 1,
                                        "invented": 1, "not stored": 0}  # fmt: skip
    wrong = [e.gold for e in report.errors if e.kind == "publication date wrong"]
    assert wrong == ["n2", "n4", "n5"]


def test_sentences_are_placed_in_the_raw_text() -> None:
    raw = "Headline here\nBy a writer\n\nCITY: The  council met\non Monday.  Later the council met again.\n"
    placer = Placer(raw)
    start, end = placer.place("The council met on Monday.", 0)
    assert raw[start:end] == "The  council met\non Monday."
    # a sentence that occurs twice is placed at the occurrence nearest its cleaned offset
    raw2 = "Talks ended. Talks ended. Talks ended."
    assert Placer(raw2).place("Talks ended.", 12) == (13, 25)
    # a rewritten sentence is found by its first characters
    raw3 = "Intro line.\nThe minister said the visit would strengthen ties between both nations — a lot."
    got = Placer(raw3).place(
        "The minister said the visit would strengthen ties between both nations - a lot.", 0
    )
    assert got is not None and got[0] == raw3.index("The minister")
    assert Placer(raw3).place("Nothing like this is in the text at all.", 0) is None
