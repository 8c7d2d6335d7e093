"""Round 20 (r20et, issue 11): a predicate adjective shares its copula's clause ("has been self-governing
since 1952", "was ill on Monday"); a present-perfect clause counted from a dated "since" clause or event
("have fled since the fighting erupted on March 3") began then and goes on at publication. Invented
sentences."""

from __future__ import annotations

import pytest
from dating_support import date_of

from dateline.evaluation.dating_eval import label

THURSDAY = "2024-03-14"
YEAR_2019 = "after2019-01-01before2019-12-31"
JANUARY = "after2024-01-01before2024-01-31"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the copula's "since" bound: began in that year (or on that day), still so at publication
        (
            "The island has been self-governing since 1952, but it keeps the old flag.",
            "self-governing",
            "beginPoint=after1952-01-01before1952-12-31endPoint=after2024-03-14",
        ),
        ("The envoy has been ill since Monday.", "ill", "beginPoint=2024-03-11endPoint=after2024-03-14"),
        # the copula's day
        ("The envoy was ill on Monday.", "ill", "2024-03-11"),
    ],
)
def test_a_predicate_adjective_takes_its_copulas_time(text: str, word: str, expected: str) -> None:
    assert label(date_of(text, word, THURSDAY)) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an infinitive copula has no time of its own to give ("to be clear" is no statement of Monday)
        ("On Monday the spokesman said he wanted to be clear.", "clear"),
        # a verb of continuation reads its complement itself
        ("Banks remained closed.", "closed"),
    ],
)
def test_no_copula_time_without_a_finite_be(text: str, word: str) -> None:
    found = date_of(text, word, THURSDAY)
    assert "governed by" not in found["basis"]


@pytest.mark.parametrize(
    ("text", "word", "begin"),
    [
        ("More than 2,000 people have fled since the fighting erupted on March 3.", "fled", "2024-03-03"),
        ("Relations have been frozen since the envoy was expelled in 2019.", "frozen", YEAR_2019),
        ("The economy has grown since the premier took office in January.", "grown", JANUARY),
        ("Since the talks failed on Monday, both sides have hardened.", "hardened", "2024-03-11"),
    ],
)
def test_a_dated_since_clause_starts_the_perfect(text: str, word: str, begin: str) -> None:
    found = date_of(text, word, THURSDAY)
    assert label(found) == f"beginPoint={begin}endPoint=after{THURSDAY}"
    # the report's day stays the likely day, and the interval does not reach back before the clause
    assert found["likely"] == THURSDAY
    assert found["start"] >= begin.removeprefix("after")[:10]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "since" of cause, with no time in its clause
        ("Since the border is closed, trade has suffered.", "suffered"),
        # a simple past is no span up to the report
        ("The ministers met in Oslo after the talks failed on Monday.", "met"),
        # "the first time ... since": the gap since the last such event, not a span of this one
        ("She flew to Lima, the first time she has gone abroad since the floods struck in May.", "gone"),
    ],
)
def test_no_since_span_without_a_dated_clause_or_a_perfect(text: str, word: str) -> None:
    found = date_of(text, word, THURSDAY)
    assert "since the clause" not in found["basis"]
    assert found.get("extent") is None
