"""Round 15, one canonical event per real one: one more act told beside one its article told.

An article tells the agreements of one summit one after the other: "the two leaders also agreed to
...", "Ishiba also pledged ...". A report with an additive particle
before its trigger (`compatible.one_more`) joins no event holding another sentence of its article,
and an event of another article only where one of that event's sentences tells the same object
(`compatible.same_object`: a content word in common after the triggers); an event such a report
began takes another article's report of its object only. Read for accords and support (AGREE,
SUPPORT); talks are left out: "they also discussed trade" is another topic of the same meeting.

Invented sentences through the real merge, in both article orders.
"""

from __future__ import annotations

from dataclasses import replace

from test_dedup_merge import KHAN, PUTIN, day, mention

from dateline.dedup import merge
from dateline.dedup.compatible import additive, objects
from dateline.records import EventMention

WHEN = day(2031, 6, 14)


def said(article: str, start: int, sentence: str, trigger: str, type: str = "AGREE") -> EventMention:
    """A mention of `trigger` in `sentence`, the sentence starting at `start` of `article`."""
    at = start + sentence.index(trigger)
    m = mention(article, start, type=type, mode=None, actors=(PUTIN, KHAN), when=WHEN)
    return replace(
        m,
        sentence=sentence,
        sentence_end=start + len(sentence),
        trigger=trigger,
        trigger_start=at,
        trigger_end=at + len(trigger),
    )


PIPELINE = "Putin and Khan agreed on Tuesday to build a gas pipeline across the border."
FLIGHTS = "The two leaders also agreed to resume direct flights between their capitals."
FLIGHTS_ELSEWHERE = "Putin and Khan also agreed to resume direct flights, suspended since 2029."


def test_the_particle_is_read_before_the_trigger():
    assert additive(FLIGHTS, FLIGHTS.index("agreed"))
    assert not additive(PIPELINE, PIPELINE.index("agreed"))
    assert additive("Separately, Khan agreed to visit Moscow.", len("Separately, Khan "))
    assert {"resum", "direc", "fligh", "capit"} <= objects(FLIGHTS, FLIGHTS.index("agreed"))


def test_one_more_agreement_of_an_article_is_an_event_of_its_own():
    pipeline = said("a000", 0, PIPELINE, "agreed")
    flights = said("a000", 200, FLIGHTS, "agreed")
    assert len(merge([pipeline, flights])) == 2
    # Without the particle, the second sentence tells the agreement of the first (the rule is what
    # keeps them apart).
    restated = said("a000", 200, FLIGHTS.replace(" also", ""), "agreed")
    assert len(merge([pipeline, restated])) == 1


def test_another_article_joins_the_agreement_of_its_object_in_either_order():
    # Another outlet tells the same agreement as one more of the summit: it joins the flights, not
    # the pipeline, whichever article comes first.
    pipeline = said("a000", 0, PIPELINE, "agreed")
    flights = said("a000", 200, FLIGHTS, "agreed")
    elsewhere = said("b000", 0, FLIGHTS_ELSEWHERE, "agreed")
    for order in ([pipeline, flights, elsewhere], [elsewhere, pipeline, flights]):
        events = merge(order)
        assert len(events) == 2
        together = next(e for e in events if len(e.mentions) == 2)
        assert {(r.article, r.start) for r in together.mentions} == {("a000", 200), ("b000", 0)}


def test_an_event_one_more_act_began_takes_reports_of_its_object_only():
    # "The two leaders also agreed to resume direct flights" (a000) began the event; another outlet's
    # report of a prisoner exchange that day is another agreement, not that one.
    flights = said("a000", 200, FLIGHTS, "agreed")
    prisoners = said(
        "b000", 0, "Putin and Khan agreed to exchange prisoners held since the clashes.", "agreed"
    )
    for order in ([flights, prisoners], [prisoners, flights]):
        assert len(merge(order)) == 2


def test_one_more_topic_of_a_meeting_is_that_meeting():
    # "Putin and Khan met in Moscow on Tuesday." ... "They also discussed the gas pipeline."
    met = said("a000", 0, "Putin and Khan met in Moscow on Tuesday.", "met", type="CONSULT")
    discussed = said("a000", 120, "They also discussed the gas pipeline.", "discussed", type="CONSULT")
    (event,) = merge([met, discussed])
    assert len(event.mentions) == 2
