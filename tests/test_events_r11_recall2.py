"""Round 11 (issue 12, r11recall2): earlier occasions an article refers back to ("the last time the two
leaders met was in <date>", "after that of the Kenyan president to Kampala, in <date>") and what a law
lays down ("the act requires X to impose sanctions on ..."), which is no event. Through the full
pipeline with the real knowledge base; the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, pipeline_events

# --- a rule's standing requirement ------------------------------------------------------------------------


def _sanctions(events) -> list:
    return [e for e in events if e.type == "SANCTION"]


def test_what_a_statute_requires_is_no_sanction(pipeline):
    events = pipeline_events(
        pipeline, "The statute requires the government to impose sanctions on firms that buy oil from Iran."
    )
    assert not _sanctions(events)


def test_what_a_named_act_passed_earlier_requires_is_no_sanction(pipeline):
    events = pipeline_events(
        pipeline,
        "The Energy Security Act was passed in 2015 and requires the ministry to impose sanctions on "
        "companies that import coal from Venezuela.",
    )
    assert not _sanctions(events)


def test_a_state_imposing_sanctions_is_a_sanction(pipeline):
    events = pipeline_events(
        pipeline, "The government imposed sanctions on Venezuela on Tuesday over the disputed election."
    )
    assert _sanctions(events)


# --- "the last time ... was <date>" ----------------------------------------------------------------------

_TOLD = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. "


def _consults_in(events, year: int) -> list:
    return [
        e for e in events if e.type == "CONSULT" and e.date.start is not None and e.date.start.year == year
    ]


def test_the_last_time_they_met_was_a_date_is_a_meeting_then(pipeline):
    events = pipeline_events(
        pipeline, _TOLD + "The last time the two leaders met was on 3 May 2019, in Nairobi."
    )
    (earlier,) = _consults_in(events, 2019)
    assert earlier.modality == "asserted"
    assert (earlier.date.start.month, earlier.date.start.day) == (5, 3)
    assert {ea.actor.country for ea in earlier.actors} == {"KEN", "UGA"}
    assert _consults_in(events, 2024)  # the report of Monday's meeting stays


def test_the_last_talks_in_a_month_are_dated_in_that_month(pipeline):
    events = pipeline_events(
        pipeline, _TOLD + "The last time the two leaders held talks was in late October 2020."
    )
    (earlier,) = _consults_in(events, 2020)
    assert earlier.date.start.month == 10


def test_the_last_time_without_a_date_gives_no_earlier_occasion(pipeline):
    events = pipeline_events(pipeline, _TOLD + "The last time the two leaders met was before the election.")
    assert not [
        e for e in events if e.type == "CONSULT" and e.date.start is not None and e.date.start.year < 2024
    ]


# --- "that of X" standing for an occasion said before -----------------------------------------------------


def _visits_in(events, year: int) -> list:
    return [
        e for e in events if e.type == "CONSULT" and e.date.start is not None and e.date.start.year == year
    ]


def test_that_of_another_leader_with_a_date_is_his_earlier_visit(pipeline):
    events = pipeline_events(
        pipeline,
        "Kenyan President William Ruto will visit Uganda next week. The trip comes two years after that of "
        "the Ugandan president to Nairobi, in March 2022, officials said.",
    )
    (earlier,) = _visits_in(events, 2022)
    assert earlier.modality == "asserted"
    assert earlier.date.start.month == 3
    assert countries_of(earlier, "source") == {"UGA"}


def test_that_of_another_leader_in_a_comparison_is_no_occasion(pipeline):
    events = pipeline_events(
        pipeline, "Ruto's visit to Kampala on Monday was shorter than that of the Ugandan president."
    )
    assert len([e for e in events if e.type == "CONSULT"]) == 1
