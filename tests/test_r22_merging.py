"""Round 22 (r22split): reports of one real event that the cross-article stage left split.

Invented records through the real merge (`dateline.dedup.merge`, the in-memory index every engine
runs), with sentences that name what each report names.
"""

from __future__ import annotations

from datetime import date

from dateline.dedup import merge
from dateline.records import Actor, DateInterval, EventActor, EventMention

RWANDA = Actor("RWA", "Rwanda", "RWA", None, None, "country")
CONGO = Actor("COD", "Democratic Republic of the Congo", "COD", None, None, "country")
CONGO_ARMY = Actor("COD:MIL", "Congolese army", "COD", "MIL", None, "organization")

SUNDAY = DateInterval(date(2021, 11, 7), date(2021, 11, 7), "day", 0.9, "weekday Sunday before publication")
TOLD = "past, no date in its clause: on or shortly before publication"
WEEK = DateInterval(date(2021, 11, 2), date(2021, 11, 8), "range", 0.4, TOLD)
FAR = 2000  # characters between two sentences of one article: far over `compatible.NEAR`


def _report(
    start: int,
    sentence: str,
    actors: list[tuple[Actor, str]],
    when: DateInterval,
    article: str = "r001",
    mode: str | None = "allege",
) -> EventMention:
    at = sentence.index("accus")
    return EventMention(
        article_id=article,
        type="ACCUSE",
        mode=mode,
        modality="asserted",
        actors=[EventActor(a, side) for a, side in actors],  # type: ignore[arg-type]
        trigger="accused",
        trigger_start=start + at,
        trigger_end=start + at + 7,
        sentence=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
        date=when,
    )


PAIR = "The Congolese army accused Rwanda on Sunday of backing the rebels who took two border villages."


def _pair() -> EventMention:
    return _report(0, PAIR, [(CONGO_ARMY, "source"), (RWANDA, "target")], SUNDAY)


def _sizes(mentions: list[EventMention]) -> list[int]:
    return sorted(len(e.mentions) for e in merge(mentions))


def test_a_report_of_the_target_alone_far_down_the_article_joins_the_pairs_act():
    # The accusation told again paragraphs later, in a passive that names its target only.
    told = "Rwanda has been accused of supplying the fighters with mortars."
    later = _report(FAR, told, [(RWANDA, "target")], WEEK)
    for order in ([_pair(), later], [later, _pair()]):
        events = merge(order)
        assert len(events) == 1
        assert (events[0].date.start, events[0].date.end) == (date(2021, 11, 7), date(2021, 11, 7))


def test_the_reply_in_kind_keeps_its_side_and_stays_apart():
    # The accuser accused in turn: its country is the target now, another act.
    reply = _report(FAR, "Congo was accused of arming militias along the border.", [(CONGO, "target")], WEEK)
    assert _sizes([_pair(), reply]) == [1, 1]


def test_a_source_alone_far_down_the_article_stays_apart():
    # "The army also accused ..." may be aimed at anyone: a source named alone does not nest.
    told = "The Congolese army also accused unnamed foreign backers."
    alone = _report(FAR, told, [(CONGO_ARMY, "source")], WEEK)
    assert _sizes([_pair(), alone]) == [1, 1]


def test_an_undated_report_of_the_target_alone_stays_apart():
    # Nested only where both are dated and one interval lies inside the other.
    vague = DateInterval(None, date(2021, 11, 8), "range", 0.2, "past perfect, no date in its clause")
    later = _report(FAR, "Rwanda had been accused of supplying the fighters.", [(RWANDA, "target")], vague)
    assert _sizes([_pair(), later]) == [1, 1]
