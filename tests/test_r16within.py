"""Round 16 (r16within): in one sentence, a report naming a target only is read without its side.

"Aldoria vehemently opposes all activities that violate Aldoria's sovereignty": the events stage
reads the protest (Aldoria against Bervania) and, from the clause of its content, a second report of
the same type naming Aldoria as a target only. Their sides disagree, so the act stayed split in two.
In one sentence, where one report names a target only, the countries are compared and the sides not
(`compatible.actors_compatible`). A source named alone keeps its side ("Xi urges ..., while von der
Leyen calls on China": two subjects, two acts), and neighbouring sentences keep theirs.

Invented records through the real merge, in both orders.
"""

from __future__ import annotations

from dataclasses import replace

from test_dedup_merge import day, merged_sizes
from test_dedup_round15 import said

from dateline.records import Actor, EventActor, EventMention

ALDORIA = Actor("ALD", "Aldoria", "ALD", None, None, "country")
BERVANIA = Actor("BRV", "Bervania", "BRV", None, None, "country")
WHEN = day(2031, 7, 21, "weekday Thursday before publication")


def _report(start: int, actors: tuple[Actor, ...], sides: tuple[str, ...], trigger: str) -> EventMention:
    sentence = f"Aldoria vehemently opposes all activities that violate Aldoria's sovereignty ({start})."
    m = said("w001", start, sentence, trigger, type="REJECT")
    return replace(
        m,
        date=WHEN,
        actors=[EventActor(a, s) for a, s in zip(actors, sides, strict=True)],  # type: ignore[arg-type]
    )


def test_the_content_of_a_protest_read_as_a_target_only_report_joins_the_protest_in_either_order():
    protest = _report(0, (ALDORIA, BERVANIA), ("source", "target"), "opposes")
    content = _report(0, (ALDORIA,), ("target",), "violate")
    for order in ([protest, content], [content, protest]):
        assert merged_sizes(order) == [2]


def test_a_source_named_alone_in_the_sentence_keeps_its_side():
    protest = _report(0, (ALDORIA, BERVANIA), ("source", "target"), "opposes")
    # Bervania's own act told in the same sentence, naming its subject only: another act.
    other = _report(0, (BERVANIA,), ("source",), "violate")
    for order in ([protest, other], [other, protest]):
        assert merged_sizes(order) == [1, 1]


def test_a_target_only_report_of_the_next_sentence_keeps_its_side():
    protest = _report(0, (ALDORIA, BERVANIA), ("source", "target"), "opposes")
    # "Aldoria was criticised ..." in the next sentence: Aldoria as the target of another act.
    later = _report(120, (ALDORIA,), ("target",), "violate")
    for order in ([protest, later], [later, protest]):
        assert merged_sizes(order) == [1, 1]
