"""Round 7: what a report tied to an event by the pair of countries alone must share with it
(invented mentions and sentences; helpers of `test_dedup_merge` and `test_dedup_occasions`)."""

from __future__ import annotations

from dataclasses import replace

from test_dedup_merge import day, mention
from test_dedup_occasions import AUSTRALIA, INDIA, THREE_YEARS, said

from dateline.dedup import merge
from dateline.dedup.compatible import corroborated, stems
from dateline.records import Location

PAIR = (INDIA, AUSTRALIA)


def test_trigger_stems_keep_the_act_and_drop_light_verbs():
    assert stems(["hosted"]) == stems(["hosting"]) == {"host"}
    assert stems(["held talks"]) == {"talk"} and stems(["held a meeting"]) == {"meet"}
    assert stems(["took part in"]) == {"part"}  # "took" and words under four letters say nothing


def test_a_report_of_the_pair_joins_only_where_its_own_content_tells_the_same_occasion():
    # One outlet: "India and Australia will sign the logistics pact on 11 September." Another, whose
    # publication date was not found: a report of the pair with no person and no day.
    plan = said(
        replace(
            mention(
                "p000", 0, type="AGREE", mode=None, modality="planned", when=day(2021, 9, 11), actors=PAIR
            ),
            trigger="sign",
        ),
        "India and Australia will sign the logistics pact on 11 September.",
    )
    base = replace(
        mention("p001", 0, type="AGREE", mode=None, when=THREE_YEARS, actors=PAIR), trigger="agreed"
    )
    # "India and Australia agreed to work together": another act of the pair, for all it says.
    other = said(base, "India and Australia agreed to work together.")
    assert not corroborated(other, plan, [other.trigger], [plan.trigger])
    for order in ([plan, other], [other, plan]):
        assert len(merge(order)) == 2
    # The same act ("signed"), a topic in common, or the same place: the one occasion of the pair.
    signed = said(replace(base, trigger="signed"), "India and Australia signed the logistics pact.")
    topic = replace(other, topics=["defence"])
    placed = replace(other, location=Location("New Delhi", "IND"))
    for told, event in (
        (signed, plan),
        (topic, replace(plan, topics=["defence", "trade"])),
        (placed, replace(plan, location=Location("Delhi", "IND"))),
    ):
        assert corroborated(told, event, [told.trigger], [event.trigger])
        for order in ([event, told], [told, event]):
            (joined,) = merge(order)
            assert joined.modality == "asserted" and joined.sources == 2
    # Two places of different countries are two occasions anyway.
    abroad = replace(other, location=Location("Canberra", "AUS"))
    assert not corroborated(abroad, replace(plan, location=Location("Delhi", "IND")), ["agreed"], ["sign"])
