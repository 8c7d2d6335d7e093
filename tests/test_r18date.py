"""Round 18 (r18date, issue 11): a clause that orders the trigger's clause ("as", "when", "after",
"before"; a gerund or an event noun after "after"/"before"/"following") dates it; a gerund after
"after"/"before" lies on the other side of its verb's time; one article's tense guesses of an event's
likely day count once. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from dating_support import date_of

from dateline.dedup.refine import DateEvidence, refine_date
from dateline.records import DateInterval

FRIDAY = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "word", "start", "end", "likely"),
    [
        # at the time of an "as" or "when" clause, even one coordinated after its first verb
        (
            "As the rebels regrouped and shelled the port on Wednesday, the minister warned of a famine.",
            "warned",
            "2024-05-08",
            "2024-05-08",
            "2024-05-08",
        ),
        (
            "When the envoy toured the region in March 2022, the rivals signed a truce.",
            "signed",
            "2022-03-01",
            "2022-03-31",
            None,
        ),
        # before a clause further back: up to its end
        ("The two states broke off ties before the war began in 2019.", "broke", None, "2019-12-31", None),
    ],
)
def test_an_ordering_clause_dates_the_main_clause(text: str, word: str, start, end, likely) -> None:
    found = date_of(text, word, FRIDAY)
    assert (found["start"], found["end"], found["likely"]) == (start, end, likely)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an "after" time within the tense's own window tells nothing more: the story's day stays likely
        ("The ministers met after the summit closed on Wednesday.", "met"),
        # nor does a past event after a time further back: the main clause is most often the news
        ("The army closed the crossing after the mayor resigned in June last year.", "closed"),
        ("Shortly after winning the vote in January, the premier pledged to cut taxes.", "pledged"),
        ("The union ended the strike after the accord of the ministers in April.", "ended"),
        # a clause with no time, or an adverb "as" inside the clause, orders nothing
        ("The premier resigned after the coalition collapsed.", "resigned"),
        ("The envoy left, and the consul left as well in 2019.", "left"),
    ],
)
def test_these_keep_the_reading_without_the_clause(text: str, word: str) -> None:
    found = date_of(text, word, FRIDAY)
    assert found["likely"] is not None and not found["basis"].startswith("ordered")


def test_the_time_of_the_main_clause_wins_over_the_ordering_clause() -> None:
    found = date_of("After the talks collapsed in March, the envoy left on Wednesday.", "left", FRIDAY)
    assert found["likely"] == "2024-05-08"


def test_a_gerund_after_after_lies_before_its_verbs_time() -> None:
    found = date_of(
        "Later in 2022, the president froze relations after accusing the firms of fraud.", "accusing", FRIDAY
    )
    assert (found["start"], found["end"]) == (None, "2022-12-31")


def test_a_gerund_after_before_lies_after_its_verbs_time() -> None:
    found = date_of("In March 2023, the minister resigned before facing a vote.", "facing", FRIDAY)
    assert found["start"] == "2023-03-01"


TENSE = "past, no date in its clause: on or shortly before publication 2023-05-16"


def test_one_articles_tense_guesses_count_once_against_named_days() -> None:
    # three undated past sentences of one next-day report against two reports that name Monday
    first = DateInterval(date(2023, 5, 9), date(2023, 5, 16), "range", 0.3, TENSE, date(2023, 5, 16))
    named = DateInterval(
        date(2023, 5, 15), date(2023, 6, 10), "range", 0.4, "weekday Monday", date(2023, 5, 15)
    )
    ev = DateEvidence(first, first, "next-day")
    for article, d in (("next-day", first), ("next-day", first), ("wire", named), ("agency", named)):
        ev = refine_date(ev, d, article)
    assert ev.interval.likely == date(2023, 5, 15)


def test_tense_guesses_of_different_articles_still_add_up() -> None:
    # two articles whose tense puts the act on the 16th outvote a third whose stronger guess is the
    # 15th (a day a report names outvotes them all: test_r18undated)
    stronger = DateInterval(date(2023, 5, 9), date(2023, 5, 16), "range", 0.5, TENSE, date(2023, 5, 15))
    guess = DateInterval(date(2023, 5, 9), date(2023, 5, 16), "range", 0.3, TENSE, date(2023, 5, 16))
    ev = DateEvidence(stronger, stronger, "c")
    for article in ("a", "b"):
        ev = refine_date(ev, guess, article)
    assert ev.interval.likely == date(2023, 5, 16)


Y19, Y23 = ("2019-01-01", "2019-12-31"), ("2023-01-01", "2023-12-31")
WEDNESDAY = ("2024-05-08", "2024-05-08")
LAST_TIME_AND_WHEN = [
    # the last time an event happened is the time the copula names
    ("The last time the port hosted the games was in 2019, before the floods.", "hosted", Y19),
    (
        "The last time a rocket landed near the base was in October 2021.",
        "landed",
        ("2021-10-01", "2021-10-31"),
    ),
    ("The first time the two mayors met was last year in Lyon.", "met", Y23),
    # a "when" or "as" clause is at the time of the clause it depends on; "once" orders it before
    ("Trade slumped in 2019 when the port refused to load the grain.", "refused", Y19),
    ("When the bank cut its rate, prices fell on Wednesday.", "cut", WEDNESDAY),
    ("Crowds gathered on Wednesday as the envoy arrived.", "arrived", WEDNESDAY),
    ("Once the truce took hold, troops withdrew in March.", "took", (None, "2024-03-31")),
]


@pytest.mark.parametrize(("text", "word", "expected"), LAST_TIME_AND_WHEN)
def test_the_time_of_another_clause_dates_it(text: str, word: str, expected: tuple) -> None:
    found = date_of(text, word, FRIDAY)
    assert (found["start"], found["end"]) == expected


def test_another_last_time_keeps_its_reading() -> None:
    found = date_of("The last time they met, the talks failed in 2019.", "met", FRIDAY)
    assert found["start"] is None and found["end"] == FRIDAY
