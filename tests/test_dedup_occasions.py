"""Which occasion of a pair a report is: the story's other country is no evidence of the pair, and a
report of two countries naming no person may still be the one event of the pair dated to a week
(synthetic mentions with invented sentences, helpers of `test_dedup_merge`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_dedup_merge import day, mention, month
from test_dedup_vague import _article, _in_batches_and_at_once

from dateline.dedup import merge
from dateline.dedup.corpus import encounters_by_article, merge_in_order
from dateline.events.parties import stated, two_sided
from dateline.records import Actor, DateInterval, EventActor, EventMention

ALVAREZ = Actor("COL_ALVAREZ", "Marta Alvarez", "COL", "GOV", "head of state", "person")
USA = Actor("USA", "United States", "USA", None, None, "country")
ARMENIA = Actor("ARM", "Armenia", "ARM", None, None, "country")
AZERBAIJAN = Actor("AZE", "Azerbaijan", "AZE", None, None, "country")
PETROSYAN = Actor("ARM_PETROSYAN", "Aram Petrosyan", "ARM", "GOV", "head of government", "person")
INDIA = Actor("IND", "India", "IND", None, None, "country")
AUSTRALIA = Actor("AUS", "Australia", "AUS", None, None, "country")
UNKNOWN = DateInterval.unknown()
THREE_YEARS = DateInterval(date(2019, 5, 25), date(2022, 5, 21), "range", 0.3, "weekday, no publication date")


def said(m: EventMention, sentence: str) -> EventMention:
    return replace(m, sentence=sentence, sentence_end=m.sentence_start + len(sentence))


def test_a_country_counts_where_the_sentence_names_it_by_name_demonym_or_seat():
    for sentence in (
        "The United States said so.",
        "U.S. officials said so.",
        "American officials said so.",
        "Washington said so.",
    ):
        assert stated(USA, [sentence])
    assert not stated(USA, ["She offered her own plane to carry the returnees."])
    assert not stated(USA, ["Officials in Austin said so."])  # a word is matched whole, not inside another
    assert stated(ALVAREZ, ["She said so."])  # persons come from their words or from coreference
    story = [EventActor(ALVAREZ, "source"), EventActor(USA, "target")]
    assert two_sided(story)
    assert not two_sided(story, ["Alvarez offered her own plane to carry the returnees."])
    assert two_sided(story, ["Alvarez offered Washington her own plane."])


def test_the_storys_other_country_does_not_tie_a_vague_report_to_the_pairs_event():
    # One outlet, dated: "Alvarez agreed on Sunday to accept deportation flights from the United
    # States". Another, undated: "Alvarez offered her own plane to carry the returnees", whose target
    # the events stage gave from the story (the United States). One side named: any of her offers.
    kw = {"type": "AGREE", "mode": None, "actors": (ALVAREZ, USA), "sides": ("source", "target")}
    agreed = said(
        mention("a000", 0, when=day(2025, 1, 26), **kw),  # type: ignore[arg-type]
        "Alvarez agreed on Sunday to accept deportation flights from the United States.",
    )
    offered = mention("a001", 0, when=UNKNOWN, **kw)  # type: ignore[arg-type]
    one_side = said(offered, "Alvarez offered her own plane to carry the returnees.")
    for order in ([agreed, one_side], [one_side, agreed]):
        assert len(merge(order)) == 2
    # Told with both sides, it is the one such event of the pair: it joins, in either order.
    both = said(offered, "Alvarez agreed with Washington to take the flights.")
    for order in ([agreed, both], [both, agreed]):
        (event,) = merge(order)
        assert event.date.start == date(2025, 1, 26)


def test_far_in_one_article_a_report_given_the_storys_other_country_joins_on_what_it_names():
    # "Armenia and Azerbaijan have accepted the proposal as a framework", and sections later "Petrosyan
    # said he expects a final agreement" (Azerbaijan given from the story): another act.
    accepted = said(
        mention("a000", 0, type="AGREE", mode=None, when=month(2024, 2), actors=(ARMENIA, AZERBAIJAN)),
        "Armenia and Azerbaijan have accepted the proposal as a framework.",
    )
    expects = mention(
        "a000", 2000, type="AGREE", mode=None, when=month(2024, 2), actors=(PETROSYAN, AZERBAIJAN),
        sides=("source", "target"),
    )  # fmt: skip
    unnamed = said(expects, "Petrosyan said he expects a final agreement.")
    assert len(merge([accepted, unnamed])) == 2
    # Where its sentence names the other side, the two are one act of the pair, as before.
    named = said(expects, "Petrosyan said Baku had accepted it too.")
    assert len(merge([accepted, named])) == 1
    # Told beside it (within `compatible.NEAR`), the narrower report nests, named or not.
    beside = replace(unnamed, sentence_start=200, sentence_end=240, trigger_start=230, trigger_end=236)
    assert len(merge([accepted, beside])) == 1


def test_a_vague_report_of_two_countries_joins_the_one_event_of_the_pair_dated_to_a_week():
    # "India will host the inaugural dialogue with Australia on 11 September" (one outlet) and "India
    # on Saturday hosted the dialogue with Australia" from an outlet whose publication date was not
    # found (dated to three years): no person named, but the one hosting of the pair planned for a day.
    sides = ("source", "target")
    pair = (INDIA, AUSTRALIA)
    plan = said(
        mention("b000", 0, mode="host", modality="planned", when=day(2021, 9, 11), actors=pair, sides=sides),
        "India will host the inaugural dialogue with Australia on 11 September.",
    )
    held = said(
        mention("b001", 0, mode="host", when=THREE_YEARS, actors=pair, sides=sides),
        "India on Saturday hosted the dialogue with Australia in New Delhi.",
    )
    for order in ([plan, held], [held, plan]):
        (event,) = merge(order)
        assert event.modality == "asserted" and event.date.start == date(2021, 9, 11) and event.sources == 2
    # A pair's event dated to a month may be any of several: the report stays apart.
    in_september = replace(plan, date=month(2021, 9))
    assert len(merge([in_september, held])) == 2
    # Two such events of the pair: it cannot tell which.
    second = said(
        replace(plan, article_id="b002", date=day(2020, 11, 5)), "India will host Australia on 5 November."
    )
    assert len(merge([plan, second, held])) == 3
    # In batches (stored in between) as at once: the store files and loads the pair's events alike.
    batches = [[_article("b000", plan)], [_article("b001", held)]]
    by_batch, at_once = _in_batches_and_at_once(batches)
    assert by_batch == at_once and [len(e.mentions) for e in by_batch] == [2]


def test_an_encounter_of_the_pair_in_the_window_leaves_a_vague_agreement_of_two_countries_apart():
    # "India and Australia agreed to expand defence ties on 11 September" and, further on, "India and
    # Australia held talks in March" (dated article); "India and Australia agreed to expand defence
    # ties" from an outlet without a publication date (three years): the March talks are another
    # occasion of the pair in its window, so it may be an agreement made there. Type by type (the
    # Ray engine), with the articles' encounters, as in one merge.
    pair = (INDIA, AUSTRALIA)
    agreed = said(
        mention("c000", 0, type="AGREE", mode=None, when=day(2021, 9, 11), actors=pair),
        "India and Australia agreed on 11 September to expand defence ties.",
    )
    talks = said(
        mention("c000", 900, mode="meet", when=month(2021, 3), actors=pair),
        "India and Australia held talks in March.",
    )
    vague = said(
        mention("c001", 0, type="AGREE", mode=None, when=THREE_YEARS, actors=pair),
        "India and Australia agreed to expand defence ties.",
    )
    for told, joined in (([agreed, talks], False), ([agreed], True)):
        for order in ([*told, vague], [vague, *told]):
            agreements = [e for e in merge(order) if e.type == "AGREE"]
            assert [len(e.mentions) for e in agreements] == ([2] if joined else [1, 1])
            todo = [(m, m.article_id) for m in order]
            met = encounters_by_article(order)
            by_type = [
                e
                for kind in ("AGREE", "CONSULT")
                for e in merge_in_order([p for p in todo if p[0].type == kind], met)[0]
            ]
            assert sorted(merge_in_order(todo)[0], key=lambda e: e.id) == sorted(by_type, key=lambda e: e.id)
