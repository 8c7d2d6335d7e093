"""Round 23 (r23split): a report tied between two events of other articles joins the one whose
reports name the act with its own verb.

"The two leaders signed a joint declaration" fits both "Putin signed an accord with Khan", told by
one outlet, and "Khan backed Putin's plan" the same day, told by another: the two events stay apart
(their sides differ), and the report cannot tell which it is by its date or its participants
(`index.CanonicalIndex._choose`). Its verb tells it: the signing is the act another outlet told as
signed. Where both events, or neither, name its verb, it stays apart as before, and so it does where
its verb names its type only ("agreed" for an agreement: the accords of one summit are all agreed).

Invented records through the real merge.
"""

from __future__ import annotations

from dataclasses import replace

from test_dedup_merge import KHAN, PUTIN, mention

from dateline.dedup import merge
from dateline.records import EventMention


def _report(
    article: str, start: int, trigger: str, sides: tuple[str, str], type: str = "SUPPORT"
) -> EventMention:
    m = mention(article, start, type=type, mode=None, actors=(PUTIN, KHAN), sides=sides)
    sentence = f"Sentence {start} of {article}: the leaders {trigger} it."
    return replace(m, trigger=trigger, sentence=sentence, sentence_end=start + len(sentence))


def _groups(mentions: list[EventMention]) -> list[list[str]]:
    return sorted(sorted(r.trigger for r in e.mentions) for e in merge(mentions))


def test_a_tied_report_joins_the_event_told_with_its_verb():
    signed = _report("a001", 10, "signed an accord", ("source", "target"))
    backed = _report("a002", 10, "backed", ("target", "source"))
    report = _report("a003", 10, "signed", ("participant", "participant"))
    assert _groups([signed, backed, report]) == [["backed"], ["signed", "signed an accord"]]


def test_a_tied_report_stays_apart_where_its_verb_names_both_or_neither():
    signed = _report("a001", 10, "signed an accord", ("source", "target"))
    also = _report("a002", 10, "signed a pledge", ("target", "source"))
    report = _report("a003", 10, "signed", ("participant", "participant"))
    assert len(merge([signed, also, report])) == 3
    backed = _report("a002", 10, "backed", ("target", "source"))
    welcomed = _report("a003", 10, "welcomed", ("participant", "participant"))
    assert len(merge([signed, backed, welcomed])) == 3


def test_a_verb_that_names_the_type_itself_settles_no_tie():
    resumed = _report("a001", 10, "agreed to resume talks", ("source", "target"), "AGREE")
    pledged = _report("a002", 10, "pledged to widen trade", ("target", "source"), "AGREE")
    report = _report("a003", 10, "agreed", ("participant", "participant"), "AGREE")
    assert len(merge([resumed, pledged, report])) == 3
