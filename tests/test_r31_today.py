"""Round 31 (r31merge): a plan its own "today" dates to the day the article was written is that day's
act, told hours before it took place (`events.coder._planned_for_today`). A weekday or a date that falls
on the day of writing, and a plan for a later day, stay plans.

Invented sentences through the whole pipeline (publication date 2024-03-15, a Friday)."""

from __future__ import annotations

import pytest
from coding_support import of_type, pipeline_events

FRIDAY = "2024-03-15"


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("Norway and Chile will sign a fisheries accord today in Oslo.", "SUPPORT", "asserted"),
        ("The Security Council is slated to convene an emergency session today to discuss the strike.",
         "CONSULT", "asserted"),
        ("Norway and Chile will sign a fisheries accord on Friday in Oslo.", "SUPPORT", "planned"),
        ("Norway and Chile will sign a fisheries accord on Monday in Oslo.", "SUPPORT", "planned"),
        ("Norway and Chile will sign a fisheries accord next week in Oslo.", "SUPPORT", "planned"),
    ],
)  # fmt: skip
def test_plan_for_today(pipeline, text: str, event_type: str, modality: str) -> None:
    event = of_type(pipeline_events(pipeline, text + "\n", published=FRIDAY), event_type)
    assert event.modality == modality


def test_today_in_an_undated_article_stays_a_plan(pipeline) -> None:
    """Without a publication date, "today" names no day the act can be told on."""
    event = of_type(
        pipeline_events(pipeline, "Norway and Chile will sign a fisheries accord today.\n", None), "SUPPORT"
    )
    assert event.modality == "planned"
