"""Gold files for `dateline eval record`: what loads, and the errors a gold writer sees."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.evaluation.record_gold import GoldError, cluster_split, load_gold


def article(id_: str, split: str = "dev", published: str | None = "2022-05-10") -> dict:
    return {"kind": "article", "article": id_, "split": split, "cluster": "c", "published": published,
            "published_basis": "text", "language": "en", "note": ""}  # fmt: skip


def event(id_: str, article_id: str = "k1", **changes) -> dict:
    record = {
        "kind": "event", "id": id_, "split": "dev", "type": "CONSULT", "mode": "visit",
        "modality": "asserted",
        "actors": [{"side": "source", "country": "KEN", "name": "Kenya", "kb": None, "sector": "GOV"},
                   {"side": "target", "country": "ETH", "name": "Ethiopia", "kb": None, "sector": "GOV"}],
        "date": {"start": "2022-05-09", "end": "2022-05-09", "likely": None, "basis": "yesterday"},
        "core": True, "mentions": [{"article": article_id, "start": 10, "end": 80}],
    }  # fmt: skip
    record.update(changes)
    return record


def write(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), "utf-8")
    return path


def test_a_folder_of_gold_files_loads_and_splits(tmp_path: Path) -> None:
    write(tmp_path / "dev.jsonl", [article("k1"), event("c/visit")])
    write(tmp_path / "test.jsonl", [article("k2", "test"), event("c/call", "k2", split="test", mode="phone")])
    (tmp_path / "notes.txt").write_text("not gold", "utf-8")
    gold = load_gold(tmp_path)
    assert sorted(gold.articles) == ["k1", "k2"]
    assert gold.articles["k1"].published == date(2022, 5, 10)
    dev = gold.select("dev")
    assert list(dev.articles) == ["k1"] and [e.id for e in dev.events] == ["c/visit"]
    assert dev.events[0].countries == {"KEN", "ETH"}
    assert dev.events[0].date.day == date(2022, 5, 9)  # a one-day interval is the gold day
    assert [e.id for e in gold.select("test").events] == ["c/call"]
    assert len(gold.select("all").events) == 2


def test_old_plover_labels_are_read_as_current_types(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "g.jsonl", [article("k1"), event("c/x", type="DEMAND", mode=None)]))
    assert gold.events[0].type == "REQUEST"


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "g.jsonl",
        [
            article("k1"),
            "{not json",
            event("c/a", type="HUG"),
            event("c/b", modality="maybe"),
            event("c/c", date={"start": "2022-05-09", "end": "2022-05-01", "likely": None}),
            event("c/d", date={"start": "2022-05-01", "end": "2022-05-09", "likely": "2022-06-01"}),
            event("c/e", mentions=[{"article": "k1", "start": 50, "end": 20}]),
            event("c/f", actors=[{"side": "source", "country": "Kenya", "name": "Kenya"}]),
            event("c/g", mode="phone-in"),
            event("c/h", "k9"),
            event("c/h"),
            article("k1"),
            {"kind": "row"},
            article("k3", published="May 2022"),
            event("c/i", split="test"),
        ],
    )
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    message = str(caught.value)
    expected = {
        2: "not JSON",
        3: "unknown PLOVER type 'HUG'",
        4: "`modality` must be one of",
        5: "start 2022-05-09 is after end 2022-05-01",
        6: "likely 2022-06-01 lies outside",
        7: "0 <= start < end",
        8: "ISO 3166-1 alpha-3",
        9: "not a mode of CONSULT",
        10: "cites article 'k9', which has no `article` line",
        11: "event 'c/h' already given at",
        12: "article 'k1' already given at",
        13: "`kind` must be 'article' or 'event'",
        14: "must be a day YYYY-MM-DD",
        15: "is test but article 'k1' is dev",
    }
    for line, what in expected.items():
        assert any(f"g.jsonl:{line}:" in row and what in row for row in message.splitlines()), (line, what)
    assert message.startswith(f"{len(expected)} problems")


def test_missing_gold_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold(tmp_path / "absent.jsonl")
    with pytest.raises(GoldError, match=r"no \*\.jsonl gold files"):
        load_gold(tmp_path)


def test_articles_off_the_hash_split_are_named(tmp_path: Path) -> None:
    clusters = [f"cluster-{i}" for i in range(20)]
    splits = {c: cluster_split(c) for c in clusters}
    assert set(splits.values()) == {"dev", "test"}  # both sides occur
    kept, moved = clusters[0], clusters[1]
    flipped = "test" if splits[moved] == "dev" else "dev"
    lines = [dict(article("k1", splits[kept]), cluster=kept), dict(article("k2", flipped), cluster=moved)]
    assert load_gold(write(tmp_path / "g.jsonl", lines)).off_protocol() == ["k2"]
