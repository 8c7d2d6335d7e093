"""Round 9 (issue 11, TimeBank-EventTime): the interval form the event-time scheme expects where the
clause marks it, through `dateline.date_event` on the project's own sentences. A state or an activity in
the present perfect with no time of its own began before the report and lasted up to it; an occurrence
in the perfect stays on its day."""

from __future__ import annotations

from dating_support import date_of

from dateline.evaluation.dating_eval import label

PUBLISHED = "2024-05-15"
HELD = {"begin": {"after": None, "before": PUBLISHED}, "end": {"after": None, "before": PUBLISHED}}


def test_a_state_in_the_present_perfect_is_held_up_to_the_report() -> None:
    for text, word in (
        ("The harbour has remained closed to fishing boats.", "remained"),
        ("The retired judge has been the chair of the ethics panel.", "chair"),
        ("Parliament has been in recess since the floods.", "in"),
    ):
        found = date_of(text, word, PUBLISHED)
        assert found.get("extent") == HELD, (text, found)
        # the likely day stays the report's, as for any undated perfect
        assert found["likely"] == PUBLISHED
        assert label(found) == f"beginPoint=before{PUBLISHED}endPoint=before{PUBLISHED}"


def test_an_activity_in_the_perfect_progressive_is_held_up_to_the_report() -> None:
    found = date_of("The mill has been running on borrowed money.", "running", PUBLISHED)
    assert found.get("extent") == HELD
    assert "a state held up to publication" in found["basis"]


def test_an_occurrence_in_the_present_perfect_stays_a_day() -> None:
    for text, word in (
        ("The council has approved the new bus routes.", "approved"),
        ("The minister has said that the bridge is safe.", "said"),
    ):
        found = date_of(text, word, PUBLISHED)
        assert "extent" not in found, (text, found)
        assert label(found) == PUBLISHED


def test_a_state_in_the_perfect_with_a_time_of_its_own_is_dated_by_that_time() -> None:
    found = date_of("The harbour has remained shut since March 3.", "remained", PUBLISHED)
    assert found["extent"]["begin"] == {"after": "2024-03-03", "before": "2024-03-03"}
    assert "a state held up to publication" not in found["basis"]
