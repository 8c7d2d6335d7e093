"""Adversarial articles (round 21, r21robust): runs of symbols, one huge token, sentences without
punctuation, deep nesting. Correctness only (speed is benchmarks/adversarial_growth.py's business):
the text and every offset survive the bounds put on such input, each article still yields its record
and its events, and a failure in one article of a batch is reported by its id without dropping the
others. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

import dateline
from dateline.clean.language import detect
from dateline.components import event_coders
from dateline.inmemory import MemoryStore
from dateline.nlp import load
from dateline.nlp.bounds import LONGEST_CHUNK, LONGEST_RUN, LONGEST_SENTENCE, _pieces, long_runs
from dateline.nlp.parse import paragraph_boundaries
from dateline.pipeline import Pipeline, PipelineConfig
from dateline.records import RawDocument
from dateline.run import ingest, run
from dateline.store.check import check
from dateline.store.database import Database

LEAD = "Peru and Norway signed a fishing agreement in Lima on Monday."
TAIL = "Kenya and Portugal held talks in Nairobi on Tuesday."
NORMAL = (
    f"{LEAD} The ministers said the deal, worth $3 million, would take effect in May.\n\n"
    f"“We are pleased,” one of them said (in Spanish). See https://example.org/a/b?c=d for more.\n{TAIL}"
)


def _tokens_hold(doc, text: str) -> None:
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.parametrize(
    "run_of", ["!" * 3000, "=-_.!" * 700, "(" * 1500 + "[“" * 500, "a1" * 2000, "=" * 1201 + "?" * 999]
)
def test_a_long_run_of_symbols_keeps_every_character_and_offset(run_of: str) -> None:
    text = f"{LEAD}\n\n{run_of}\n\n{TAIL}"
    doc = load()(text)
    _tokens_hold(doc, text)
    sentences = [s.text.strip() for s in doc.sents]
    assert LEAD in sentences and TAIL in sentences


def test_text_without_an_over_long_chunk_goes_to_the_tokenizer_whole() -> None:
    assert _pieces(NORMAL) == [NORMAL]
    piece = "x" * (LONGEST_CHUNK * 2 + 7)
    text = f"a {piece} b"
    pieces = _pieces(text)
    assert "".join(pieces) == text and max(map(len, pieces)) <= LONGEST_CHUNK
    assert not any(t.is_sent_start for t in load().tokenizer(text)[1:])  # a cut is no sentence boundary
    tokenizer = load().tokenizer
    assert [t.text for t in tokenizer(NORMAL)] == [t.text for t in tokenizer.tokenizer(NORMAL)]


def test_no_boundary_is_added_to_normal_text() -> None:
    nlp = load()
    doc = paragraph_boundaries(nlp.make_doc("\n".join([NORMAL] * 20)))  # the component before it
    starts = [t.i for t in doc if t.is_sent_start]
    long_runs(doc)
    assert [t.i for t in doc if t.is_sent_start] == starts


def test_a_sentence_without_punctuation_is_cut_and_its_words_keep_their_offsets() -> None:
    words = "the envoy asked for the delegation to leave within three days and the minister agreed "
    text = words * 300 + "\n" + TAIL
    doc = load()(text)
    _tokens_hold(doc, text)
    assert max(len(s) for s in doc.sents) <= LONGEST_RUN
    assert TAIL in [s.text.strip() for s in doc.sents]


def test_abbreviations_do_not_make_a_sentence_longer_than_the_bound() -> None:
    text = "The U.S. " * 1200 + "envoy left."
    doc = load()(text)
    _tokens_hold(doc, text)
    assert max(len(s) for s in doc.sents) <= LONGEST_SENTENCE


def test_a_blob_does_not_make_an_english_article_foreign() -> None:
    assert detect(f"{LEAD}\n\n{'Qm9yaW5n' * 400}\n\n{TAIL}")[0] == "en"


@pytest.mark.parametrize(
    "middle",
    [
        "Qm9yaW5nIGJ5dGVz" * 700,  # an encoded blob
        "!?" * 4000,  # symbols that split one by one
        "word " * 3000,  # a paragraph without a full stop
        "((((" * 800 + "the talks" + "))))" * 800,  # deep nesting
        "\n".join(f"Line {n} of a list." for n in range(2000)),  # thousands of short lines
    ],
    ids=["blob", "symbols", "unpunctuated", "nesting", "short-lines"],
)
def test_an_adversarial_article_keeps_its_record_events_and_citations(middle: str, tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text(f"{LEAD}\n\n{middle}\n\n{TAIL}", encoding="utf-8")
    db = tmp_path / "odd.duckdb"
    with Database(db) as store:
        summary = ingest([str(path)], store)
        report = check(store.con)
        articles = store.articles()
        events = store.events()
    assert summary.stored == 1 and not summary.errors and len(articles) == 1
    assert report.ok, report.problems[:5]
    dyads = {tuple(sorted(a["country"] for a in e["actors"] if a.get("country"))) for e in events}
    assert ("NOR", "PER") in dyads and ("KEN", "PRT") in dyads


@event_coders.register("test-r21-fails-on-marker")
def _fails_on_marker():
    from dateline.events.coder import RuleEventCoder

    rules = RuleEventCoder()

    def code(ctx):
        if "Ruritania" in ctx.article.text:
            raise KeyError("an internal error on this one article")
        return rules(ctx)

    return code


BATCH = [
    {"id": "first", "text": LEAD, "published": "2026-11-30"},
    {"id": "broken", "text": "Ruritania and Chile signed a treaty on Monday.", "published": "2026-11-30"},
    {"id": "third", "text": TAIL, "published": "2026-12-01"},
]


def test_a_failing_article_is_reported_by_id_and_the_others_are_kept() -> None:
    store = MemoryStore()
    pipeline = Pipeline(PipelineConfig(event_coder="test-r21-fails-on-marker"))
    raws = [RawDocument(source=f"<item {n}>", **item) for n, item in enumerate(BATCH)]
    summary = run(raws, pipeline, store, batch_size=3)
    assert summary.stored == 3 and sorted(a.id for a in store.articles()) == ["broken", "first", "third"]
    (error,) = summary.errors
    assert error.source == "<item 1>" and "(article broken kept)" in error.reason
    assert error.reason.startswith("stage 'events' failed: KeyError")
    ids = {m.article for e in store.events() for m in e.mentions}
    assert ids == {"first", "third"}


def test_an_error_outside_the_stages_keeps_the_article_and_names_it(monkeypatch) -> None:
    pipeline = Pipeline()
    analyse = Pipeline.analyse

    def failing(self, article, doc=None):
        if article.id == "broken":
            raise RuntimeError("lost its way\nsecond line")
        return analyse(self, article, doc)

    monkeypatch.setattr(Pipeline, "analyse", failing)
    store = MemoryStore()
    raws = [RawDocument(source=f"<item {n}>", **item) for n, item in enumerate(BATCH)]
    summary = run(raws, pipeline, store, batch_size=3)
    assert sorted(a.id for a in store.articles()) == ["broken", "first", "third"]
    (error,) = summary.errors
    assert error.reason == "stage 'analysis' failed: RuntimeError: lost its way (article broken kept)"
    assert {m.article for e in store.events() for m in e.mentions} == {"first", "third"}


def test_process_warns_of_the_failing_article_and_returns_the_others() -> None:
    config = PipelineConfig(event_coder="test-r21-fails-on-marker")
    with pytest.warns(UserWarning, match=r"<item 1>: stage 'events' failed.*article broken kept"):
        events = dateline.process(BATCH, config=config)
    assert {m.article for e in events for m in e.mentions} == {"first", "third"}
