"""The TimeML and CAT readers on small documents written here, and the scorer on the shared AQUAINT set."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.evaluation.time_eval import evaluate, render, score
from dateline.evaluation.timeml import read_cat, read_corpus, read_timeml
from dateline.records import Timex

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2020-03-04" '
    'functionInDocument="CREATION_TIME">2020-03-04</TIMEX3></DCT>\n<TEXT>\nThe council '
    '<EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020-03-03">Tuesday</TIMEX3> '
    '&amp; talked for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.\n'
    "</TEXT>\n</TimeML>\n"
)

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="harbour_story" lang="en">
<token number="0" sentence="0" t_id="1">Harbour</token>
<token number="1" sentence="0" t_id="2">reopens</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">2</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2019</token>
<token number="6" sentence="2" t_id="7">It</token>
<token number="7" sentence="2" t_id="8">closed</token>
<token number="8" sentence="2" t_id="9">last</token>
<token number="9" sentence="2" t_id="10">week</token>
<token number="10" sentence="2" t_id="11">.</token>
<token number="11" sentence="3" t_id="12">Unannotated</token>
<token number="12" sentence="3" t_id="13">tail</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2019-05-02">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2019-W17">
<token_anchor t_id="9"/><token_anchor t_id="10"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="x" functionInDocument="NONE" m_id="3" type="DATE" value="2020"/>
</Markables>
</Document>
"""


def test_read_timeml(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == date(2020, 3, 4)
    assert "&" in doc.text and "<EVENT" not in doc.text
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2020-03-03"),
        ("three hours", "DURATION", "PT3H"),
    ]


def test_read_cat(tmp_path: Path) -> None:
    path = tmp_path / "story.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_cat(path)
    assert doc.name == "harbour_story" and doc.dct == date(2019, 5, 2)
    assert "May 2, 2019" in doc.text and "Unannotated" not in doc.text  # only the annotated sentences
    assert [(doc.text[t.start : t.end], t.value) for t in doc.timexes] == [
        ("May 2, 2019", "2019-05-02"),
        ("last week", "2019-W17"),
    ]
    assert [d.name for d in read_corpus(tmp_path)] == ["harbour_story"]


def test_score_counts_strict_relaxed_and_values(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    gold = read_timeml(path)
    g1, g2 = gold.timexes
    predicted = [
        Timex(g1.start, g1.end, g1.text, "DATE", "2020-03-03"),
        Timex(g2.start, g2.end - 6, "three", "DURATION", "P3D"),  # overlapping span, wrong value
    ]
    scores = score([(gold, predicted)])
    tallies = (scores.strict, scores.relaxed, scores.type, scores.value)
    assert [t.correct for t in tallies] == [1, 2, 2, 1]
    assert [e.kind for e in scores.errors] == ["value"]
    assert "value" in render(scores, errors=5)


def test_evaluate_on_aquaint(shared_dir: Path) -> None:
    scores = evaluate(shared_dir / "benchmarks" / "aquaint-timeml")
    for prf in (scores.strict, scores.relaxed, scores.type, scores.value):
        assert 0.0 <= prf.precision <= 1.0 and 0.0 <= prf.recall <= 1.0
    # measured 0.926 relaxed F1 and 0.788 value F1 when written
    assert scores.relaxed.f1 > 0.88
    assert scores.value.f1 > 0.72
