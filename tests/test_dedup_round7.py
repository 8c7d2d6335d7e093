"""Round 7: what a report tied to an event by the pair of countries alone must share with it, and
types of one family told in one sentence (invented mentions and sentences; helpers of
`test_dedup_merge` and `test_dedup_occasions`)."""

from __future__ import annotations

from dataclasses import replace

from test_dedup_merge import day, mention
from test_dedup_occasions import AUSTRALIA, INDIA, THREE_YEARS, said

from dateline.dedup import merge
from dateline.dedup.compatible import corroborated, stems, type_family, types_compatible
from dateline.dedup.corpus import encounters_by_article, merge_in_order
from dateline.records import Actor, EventMention, Location

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


# --- types of one family told in one sentence ---------------------------------------------------

CUBA = Actor("CUB", "Cuba", "CUB", None, None, "country")
CANADA = Actor("CAN", "Canada", "CAN", None, None, "country")


def _measure(start: int, type: str, mode: str | None, trigger: str, article: str = "k000") -> EventMention:
    m = mention(article, start, type=type, mode=mode, actors=(CANADA, CUBA), sides=("source", "target"))
    return said(
        replace(m, trigger=trigger, trigger_start=start + 20),
        "Canada imposed a travel ban on Cuban officials and froze their assets on Monday.",
    )


def test_one_sentence_giving_one_act_two_types_of_a_family_is_one_event():
    # "Canada imposed a travel ban on Cuban officials and froze their assets on Monday": coded COERCE
    # (a ban) and SANCTION (assets frozen), one set of measures.
    ban, freeze = _measure(0, "COERCE", "ban", "imposed a travel ban"), _measure(0, "SANCTION", None, "froze")
    (event,) = merge([ban, freeze])
    assert event.type == "COERCE" and len(event.mentions) == 2
    # The mode is the type's own: a ban is no mode of the sanctions a COERCE report joins the other way.
    (event,) = merge([freeze, ban])
    assert event.type == "SANCTION" and event.mode is None
    # In two sentences, or two types of different families in one, they stay two events.
    later = replace(freeze, sentence_start=400, sentence_end=480, trigger_start=420)
    assert len(merge([ban, later])) == 2
    assert len(merge([ban, replace(freeze, type="ACCUSE")])) == 2
    assert types_compatible("REJECT", "ACCUSE", together=True) and not types_compatible("REJECT", "ACCUSE")
    assert not types_compatible("AGREE", "CONSULT", together=True)


def test_families_merged_apart_give_what_one_merge_gives():
    # The Ray engine merges family by family (`compatible.type_family`): the measures of one sentence
    # and a call of another article, merged whole or family by family, are the same events.
    told = [
        _measure(0, "COERCE", "ban", "imposed a travel ban"),
        _measure(0, "SANCTION", None, "froze"),
        mention("k001", 0),
    ]
    todo = [(m, m.article_id) for m in told]
    met = encounters_by_article(told)
    families = {type_family(m.type) for m in told}
    apart = [
        e
        for f in sorted(families)
        for e in merge_in_order([p for p in todo if type_family(p[0].type) == f], met)[0]
    ]
    whole = merge_in_order(todo)[0]
    assert sorted(apart, key=lambda e: e.id) == sorted(whole, key=lambda e: e.id)
    assert len(whole) == 2
