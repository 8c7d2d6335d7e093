"""`dateline eval record` end to end: the real ingest path on invented articles, an existing database,
and the shared news corpus with the repository's gold where both are present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli.app import app
from dateline.evaluation.record_eval import check_offsets
from dateline.evaluation.record_gold import load_gold
from dateline.evaluation.record_system import RawTexts, gold_article_id

REPO = Path(__file__).resolve().parent.parent
NEWS_GOLD = REPO / "benchmarks" / "news" / "gold"

# Invented reports of an invented-for-testing exchange between two real offices.
FIRST = (
    "Leaders talk trade by phone\nBy Staff Reporter\nPublished: March 3, 2021\n\n"
    "NEW DELHI: Prime Minister Narendra Modi spoke by telephone with Japanese Prime Minister"
    " Yoshihide Suga on Tuesday, the foreign ministry said.\n"
    "The two leaders agreed to deepen cooperation on supply chains.\n"
    "Related: Markets rally on Friday\n"
)
SECOND = (
    "Suga and Modi hold phone talks\nTokyo Daily | March 4, 2021\n\n"
    "TOKYO — Japanese Prime Minister Yoshihide Suga held a telephone conversation with Indian Prime"
    " Minister Narendra Modi on Tuesday.\n"
)
CALL_SENTENCES = {
    "r1": "Prime Minister Narendra Modi spoke",
    "r2": "Japanese Prime Minister Yoshihide Suga held",
}


def _span(text: str, opening: str) -> dict:
    start = text.index(opening)
    return {"start": start, "end": text.index(".\n", start) + 1}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    texts = {"r1": FIRST, "r2": SECOND}
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    lines = [
        {"kind": "article", "article": "r1", "split": "dev", "cluster": "call", "published": "2021-03-03"},
        {"kind": "article", "article": "r2", "split": "dev", "cluster": "call", "published": "2021-03-04"},
        {"kind": "event", "id": "call/phone", "split": "dev", "type": "CONSULT", "mode": "phone",
         "modality": "asserted", "core": True,
         "actors": [{"side": "participant", "country": "IND", "name": "N. Modi", "kb": "narendra-modi"},
                    {"side": "participant", "country": "JPN", "name": "Y. Suga", "kb": "yoshihide-suga"}],
         "date": {"start": "2021-03-02", "end": "2021-03-02", "likely": "2021-03-02"},
         "mentions": [{"article": a, **_span(texts[a], opening)} for a, opening in CALL_SENTENCES.items()]},
    ]  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    return folder, gold


def _record(*args: str) -> dict:
    result = CliRunner().invoke(app, ["eval", "record", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_then_score_and_the_same_from_a_database(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, gold = corpus
    fresh = _record("--gold", str(gold), "--corpus", str(folder))
    assert fresh["missing_articles"] == [] and fresh["unplaced_sentences"] == 0
    figs = fresh["results"]["dateline"]["all"]
    assert figs["matched"] == 1  # both reports reach the gold call through cleaning and placement
    assert fresh["published"]["right"] == 2
    db = tmp_path / "stored.duckdb"
    assert CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "-q"]).exit_code == 0
    stored = _record("--gold", str(gold), "--db", str(db), "--corpus", str(folder))
    assert stored["results"] == fresh["results"] and stored["published"] == fresh["published"]
    named = _record(
        "--gold", str(gold), str(folder / "r1.txt"), str(folder / "r2.txt"), "--corpus", str(folder)
    )
    assert named["results"] == fresh["results"]


def test_text_report_and_errors(corpus: tuple[Path, Path]) -> None:
    folder, gold = corpus
    result = CliRunner().invoke(
        app, ["eval", "record", "--gold", str(gold), "--corpus", str(folder), "--errors"]
    )
    assert result.exit_code == 0, result.output
    assert "events right end to end" in result.stdout and "publication-day dating" in result.stdout
    assert "errors (" in result.stdout
    assert "spoke by telephone" not in result.stdout  # offsets, never article text


def test_bad_gold_and_bad_arguments_exit_with_a_message(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, gold = corpus
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "article", "article": "r1", "split": "train"}\n', "utf-8")
    result = CliRunner().invoke(app, ["eval", "record", "--gold", str(bad), "--corpus", str(folder)])
    assert result.exit_code == 2 and "bad.jsonl:1" in result.output
    records = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    records[-1]["mentions"][0]["end"] = 9000
    beyond = tmp_path / "beyond.jsonl"
    beyond.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    result = CliRunner().invoke(app, ["eval", "record", "--gold", str(beyond), "--corpus", str(folder)])
    assert result.exit_code == 2 and "beyond.jsonl:3" in result.output and "ends beyond" in result.output
    both = ["eval", "record", "--gold", str(gold), "--db", "x.duckdb", str(folder)]
    assert CliRunner().invoke(app, both).exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(app, ["eval", "record", "--gold", str(gold), "--corpus", str(empty)])
    assert result.exit_code == 2 and "none of the 2 gold articles" in result.output


def test_database_ids_are_matched_to_gold_ids_by_file_stem() -> None:
    gold_ids = {"a1", "a10"}
    assert gold_article_id({"id": "a1", "source": "x/a1.txt"}, gold_ids) == "a1"
    assert gold_article_id({"id": "a1-2", "source": "corpus/a1.txt"}, gold_ids) == "a1"
    assert gold_article_id({"id": "a10~b", "source": "feed.jsonl#3"}, gold_ids) == "a10"
    assert gold_article_id({"id": "z9", "source": "z9.txt"}, gold_ids) is None


def test_the_news_corpus_with_the_repository_gold(shared_dir: Path, tmp_path: Path) -> None:
    """Every gold article is in the corpus and every mention inside its file; the dev articles of a
    few clusters (a sample, to keep the suite fast) go through `eval record` with sane figures."""
    corpus = shared_dir / "benchmarks" / "news"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} not found; skipping the news-corpus evaluation")
    if not (NEWS_GOLD / "dev.jsonl").is_file():
        pytest.skip(f"{NEWS_GOLD}/dev.jsonl not found; skipping the news-corpus evaluation")
    gold = load_gold(NEWS_GOLD)
    assert all((corpus / f"{a}.txt").is_file() for a in gold.articles)
    check_offsets(gold, RawTexts(corpus))
    clusters = sorted({a.cluster for a in gold.articles.values() if a.split == "dev"})[:3]
    articles = {a.id for a in gold.articles.values() if a.cluster in clusters}
    records = [json.loads(line) for line in (NEWS_GOLD / "dev.jsonl").read_text("utf-8").splitlines() if line]
    cited = [
        {r["article"]} if r["kind"] == "article" else {m["article"] for m in r["mentions"]} for r in records
    ]
    sample = [r for r, ids in zip(records, cited, strict=True) if ids <= articles]
    path = tmp_path / "sample.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in sample), "utf-8")
    report = _record("--gold", str(path), "--corpus", str(corpus), "--split", "dev")
    assert report["missing_articles"] == [] and report["gold_articles"] == len(articles)
    for result in report["results"].values():
        figs = result["all"]
        assert figs["gold_events"] > 0
        for key in ("precision", "recall"):
            assert figs[key] is None or 0 <= figs[key] <= 1
        assert 0 <= figs["end_to_end"]["right"] <= figs["gold_events"]
    assert 0 <= report["published"]["value"] <= 1
