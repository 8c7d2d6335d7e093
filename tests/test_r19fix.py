"""Round 19 (r19fix): mends found reviewing the round's changes, with invented lines: a pair of
dotted dates casts no vote on the day/month order; a long chain of narrative steps ("Two days
later, ...") is followed CARRY_STEPS sentences back."""

from __future__ import annotations

import pytest

from dateline.clean.dates import day_order, find_dates
from dateline.records import RawDocument
from dateline.time.event_date import CARRY_STEPS


@pytest.mark.parametrize(
    ("line", "order"),
    [
        # dotted: day first wherever written (2 January and 2 March), whatever a pair would say
        ("Talks 02.01.2024 - 02.03.2024 in the capital", None),
        # slashed, the same figures: 1 and 3 February read month first
        ("Talks 02/01/2024 - 02/03/2024 in the capital", "mdy"),
        # two-digit years read as the page's other numeric dates are
        ("Talks 02/01/24 - 02/03/24 in the capital", "mdy"),
    ],
)
def test_only_a_pair_whose_order_is_open_votes(line: str, order: str | None) -> None:
    assert day_order(None, line)[0] == order


def test_a_dotted_pair_keeps_its_day_first_reading() -> None:
    text = "Talks 02.01.2024 - 02.03.2024 in the capital"
    order = day_order(None, text)[0]
    assert [f.value.isoformat() for f in find_dates(text, order)] == ["2024-01-02", "2024-03-02"]


def test_a_long_chain_of_steps_keeps_the_articles_events(pipeline) -> None:
    # each "two days later" counts from the sentence before, which counts from the one before it: the
    # chain is followed CARRY_STEPS sentences back, not as deep as the article goes (six hundred such
    # sentences overflowed the interpreter's stack and the article lost every event)
    step = "Two days later, Elbonian troops attacked Ruritania."
    text = " ".join(["Ruritanian troops attacked Elbonia on March 3, 2024.", *[step] * 600])
    result = pipeline.process(RawDocument(source="test", id="t", text=text, published="2026-01-01"))
    assert result.failure is None
    assert len(result.events) == 601
    days = sorted({e.date.start for e in result.events if e.date.start == e.date.end})
    assert [d.isoformat() for d in days[:3]] == ["2024-03-03", "2024-03-05", "2024-03-07"]
    assert days[-1].isoformat() == f"2024-03-{3 + 2 * (CARRY_STEPS + 1):02d}"


@pytest.mark.parametrize("step", ["9000 years later", "3000000 days later", "99999999999 days later"])
def test_a_step_off_the_calendar_gives_no_time_and_keeps_the_articles_events(pipeline, step: str) -> None:
    text = f"Rebels seized the town on March 3, 2024. {step.capitalize()}, the army attacked the town."
    result = pipeline.process(RawDocument(source="test", id="t", text=text, published="2024-03-10"))
    assert result.failure is None
    assert len(result.events) == 2
