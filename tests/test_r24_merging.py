"""Round 24 (r24merge): merging decisions on reports of one act.

A report tied between two events of other articles, equally precise, neither of its article, neither
holding its words nor its verb, stayed an event of its own (`index.CanonicalIndex._choose`). Where one
of them names the same persons as the report, and the other a country in place of one of them, the
report is the one that names them alike ("the Vanterran president met the Ostrian chancellor" beside
"the chancellor met Vanterra", told the same day): `index._names_alike`.

Invented records through the real merge.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_dedup_merge import KHAN, PAKISTAN, PUTIN, RUSSIA, day, mention, month

from dateline.dedup import merge
from dateline.records import Actor, DateInterval, EventMention


def _report(
    article: str, start: int, trigger: str, actors: tuple[Actor, Actor], sides: tuple[str, str]
) -> EventMention:
    m = mention(article, start, type="SUPPORT", mode=None, actors=actors, sides=sides)
    sentence = f"Sentence {start} of {article}: the leaders {trigger} it."
    return replace(m, trigger=trigger, sentence=sentence, sentence_end=start + len(sentence))


def _groups(mentions: list[EventMention]) -> list[list[str]]:
    return sorted(sorted(r.trigger for r in e.mentions) for e in merge(mentions))


def test_a_tied_report_joins_the_event_naming_its_persons_alike():
    persons = _report("a001", 10, "backed", (PUTIN, KHAN), ("source", "target"))
    country = _report("a002", 10, "hailed", (KHAN, RUSSIA), ("source", "target"))
    report = _report("a003", 10, "praised", (PUTIN, KHAN), ("participant", "participant"))
    assert _groups([persons, country, report]) == [["backed", "praised"], ["hailed"]]


def test_a_tied_report_stays_apart_where_both_or_neither_name_its_persons():
    persons = _report("a001", 10, "backed", (PUTIN, KHAN), ("source", "target"))
    also = _report("a002", 10, "hailed", (KHAN, PUTIN), ("source", "target"))
    report = _report("a003", 10, "praised", (PUTIN, KHAN), ("participant", "participant"))
    assert len(merge([persons, also, report])) == 3
    country = _report("a002", 10, "hailed", (KHAN, RUSSIA), ("source", "target"))
    vague = _report("a003", 10, "praised", (RUSSIA, KHAN), ("participant", "participant"))
    assert len(merge([persons, country, vague])) == 3


# A source named alone (round 24): "the Guards seized a tanker on Friday" nests in another outlet's
# report of the seizure naming both sides where both are dated to a week at most
# (`compatible._halves`); dated to a month, a source alone may be any of its acts, and stays apart.
def _seizure(article: str, actors: tuple[Actor, ...], when: DateInterval) -> EventMention:
    sides = ("source", "target")[: len(actors)]
    return mention(article, 10, type="COERCE", mode="seize", actors=actors, sides=sides, when=when)


def test_a_source_alone_dated_to_a_week_joins_the_pairs_report_of_that_week():
    both = _seizure("a001", (RUSSIA, PAKISTAN), day(2021, 9, 14))
    alone = _seizure(
        "a002",
        (RUSSIA,),
        DateInterval(date(2021, 9, 13), date(2021, 9, 15), "range", 0.6, "weekday before publication"),
    )
    for order in ([both, alone], [alone, both]):
        assert len(merge(order)) == 1


def test_a_source_alone_dated_to_a_month_stays_apart():
    both = _seizure("a001", (RUSSIA, PAKISTAN), day(2021, 9, 14))
    alone = _seizure("a002", (RUSSIA,), month(2021, 9))
    assert len(merge([both, alone])) == 2
