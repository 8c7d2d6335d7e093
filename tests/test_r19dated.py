"""Round 19 (r19dated, issue 11): event days in articles with a publication date. A day the parser
hangs on the verb's direct object (or on a noun of its phrases) dates the verb; a headline's "to"
infinitive that no verb governs is the headline's future. Invented sentences."""

from __future__ import annotations

import pytest
from dating_support import date_of

THURSDAY = "2023-04-13"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister announced the sanctions on Wednesday.", "announced"),
        ("The ministry announced the decision in a statement on Wednesday.", "announced"),
        ("The president condemned the attack on Wednesday.", "condemned"),
    ],
)
def test_a_day_hung_on_the_object_dates_the_verb(text: str, word: str) -> None:
    found = date_of(text, word, THURSDAY)
    assert (found["start"], found["end"], found["likely"]) == ("2023-04-12", "2023-04-12", "2023-04-12")


def test_the_object_keeps_its_own_day() -> None:
    found = date_of("The president condemned the attack on Wednesday.", "attack", THURSDAY)
    assert found["likely"] == "2023-04-12"


def test_a_day_after_the_report_does_not_date_a_past_verb() -> None:
    # a past verb cannot take a day after publication: it is the day of what is announced
    found = date_of("The ministry announced the talks on Saturday.", "announced", THURSDAY)
    assert found["likely"] != "2023-04-15"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Envoy to hold talks with rebel leaders\nThe envoy arrived in the capital on Tuesday.\n", "talks"),
        ("Ruritanian president to visit Elbonia\nThe visit was announced by his office.\n", "visit"),
        ("Ruritania, Elbonia to resume trade talks\nThe two states agreed on Wednesday.\n", "resume"),
    ],
)
def test_a_headline_infinitive_is_what_will_be(text: str, word: str) -> None:
    found = date_of(text, word, THURSDAY)
    assert (found["start"], found["end"], found["likely"]) == (THURSDAY, None, None)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # in the body, a "to" infinitive hangs on what governs it
        ("Officials met on Monday.\nThe minister agreed to resume talks, officials said.\n", "resume"),
        # a headline's infinitive under a verb takes that verb's reading
        ("Premier arrives in Seoul to attend summit\nHe landed on Wednesday.\n", "attend"),
    ],
)
def test_other_infinitives_are_left_alone(text: str, word: str) -> None:
    found = date_of(text, word, THURSDAY)
    assert found["basis"].split(",")[0] != "future"


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "The government will impose a duty on steel from its neighbour starting on April 20.",
            "impose",
            "2023-04-20",
        ),
        (
            "The state will impose a levy on fuel imports beginning April 20 due to the deficit.",
            "impose",
            "2023-04-20",
        ),
        ("The ministry will order the firms to end power sales effective April 20.", "end", "2023-04-20"),
        (
            "The government will restrict exports of chemicals starting Monday, officials said.",
            "restrict",
            "2023-04-17",
        ),
    ],
)
def test_the_day_a_measure_takes_effect_dates_it(text: str, word: str, day: str) -> None:
    found = date_of(text, word, THURSDAY)
    assert (found["start"], found["end"], found["likely"]) == (day, day, day)


def test_the_beginning_of_a_month_is_still_a_period() -> None:
    found = date_of("At the beginning of March the two sides met.", "met", THURSDAY)
    assert found["start"] == "2023-03-01" and found["end"] != found["start"]
