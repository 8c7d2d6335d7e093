"""Round 11 (issue 12, r11recall2): earlier occasions an article refers back to ("the last time the two
leaders met was in <date>", "after that of the Kenyan president to Kampala, in <date>") and what a law
lays down ("the act requires X to impose sanctions on ..."), which is no event. Through the full
pipeline with the real knowledge base; the sentences are invented."""

from __future__ import annotations

from coding_support import pipeline_events

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
