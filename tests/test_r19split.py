"""Round 19 (r19split): one statement quoted, or one wire phrase reprinted, in two outlets' own sentences.

Outlets quote one spokesman ("'We would never ... ,' the adviser said" and "the government said it
would never ...") or reprint one wire phrase inside sentences of their own, so the sentences differ as
wholes and neither the word-for-word rule (round 8) nor the reprint-with-an-edit rule (round 18,
`near_verbatim`) meets them; with both dates vague (an outlet's publication date not found), the
reports stayed apart. A sentence is now also known by each run of eight
consecutive words around its trigger (`compatible.trigger_windows`); a report of another article
sharing such a run with the same trigger tells one act however vague the two dates, as a sentence told
word for word does (`index.CanonicalIndex._quoted`); everything else (type, mode, modality,
participants and their sides, place, overlapping dates) is asked as for any report.

Invented records through the real merge, in both orders, and the store's keys.
"""

from __future__ import annotations

from dataclasses import replace

from test_dedup_merge import day, merged_sizes
from test_r18split import _report as told_in

from dateline.dedup import block_keys, merge
from dateline.dedup.blocking import query_keys
from dateline.dedup.compatible import WINDOW_WORDS, near_verbatim, shared_window, verbatim_parts
from dateline.records import Actor, DateInterval, EventMention

ALDORIA = Actor("ALD", "Aldoria", "ALD", None, None, "country")
BERVANIA = Actor("BRV", "Bervania", "BRV", None, None, "country")
CORVIA = Actor("CRV", "Corvia", "CRV", None, None, "country")

QUOTED = "'We would never blockade Bervania or allow any harm to reach its ports,' Talo told reporters."
REPORTED = (
    "The Aldorian government said on the radio that Aldoria would never blockade Bervania or allow any "
    "harm to reach its ports, calling the charge baseless."
)
SHORT_RUN = "Officials insisted that Aldoria would never blockade Bervania, whatever the cost of the dispute."
AFTER_2030 = DateInterval(day(2030, 1, 1).start, None, "range", 0.3, "after the year of the earlier crisis")
SINCE_2029 = DateInterval(day(2029, 6, 1).start, None, "range", 0.3, "after the talks of June")


def _report(
    article: str,
    sentence: str,
    trigger: str,
    actors: tuple[Actor, ...],
    sides: tuple[str, ...],
    when: DateInterval = AFTER_2030,
    modality: str = "negated",
) -> EventMention:
    told = told_in(article, sentence, trigger, actors, sides)  # the sentence and trigger placed
    return replace(told, type="COERCE", mode=None, date=when, modality=modality)  # type: ignore[arg-type]


def test_two_sentences_share_the_run_around_their_trigger_not_the_whole():
    assert not near_verbatim(QUOTED, REPORTED)
    assert shared_window("COERCE", QUOTED, "blockade", REPORTED, "blockade")
    assert not shared_window("COERCE", QUOTED, "blockade", REPORTED, "allow")  # another trigger
    assert not shared_window("COERCE", QUOTED, "blockade", SHORT_RUN, "blockade")  # five words only
    windows = set(verbatim_parts("COERCE", REPORTED, "blockade")) - set(verbatim_parts("COERCE", REPORTED))
    assert len(windows) == WINDOW_WORDS  # every run holding the trigger's word
    assert windows.isdisjoint(verbatim_parts("REJECT", REPORTED, "blockade"))  # keys carry the type


PAIR, SIDES = (ALDORIA, BERVANIA), ("source", "target")


def test_a_quotation_and_its_report_are_one_act_though_both_dates_are_vague_in_either_order():
    quoted = _report("q001", QUOTED, "blockade", PAIR, SIDES)
    reported = _report("q002", REPORTED, "blockade", PAIR, SIDES, when=SINCE_2029)
    for order in ([quoted, reported], [reported, quoted]):
        assert merged_sizes(order) == [2]


def test_another_pair_direction_modality_trigger_or_day_or_a_short_run_stays_apart():
    quoted = _report("q001", QUOTED, "blockade", PAIR, SIDES)
    other_pair = _report("q002", REPORTED, "blockade", (ALDORIA, CORVIA), SIDES)
    reversed_ = _report("q002", REPORTED, "blockade", PAIR, ("target", "source"))
    asserted = _report("q002", REPORTED, "blockade", PAIR, SIDES, modality="asserted")
    other_trigger = _report("q002", REPORTED, "allow", PAIR, SIDES)
    before = _report("q002", REPORTED, "blockade", PAIR, SIDES, when=day(2025, 3, 1))
    short = _report("q002", SHORT_RUN, "blockade", PAIR, SIDES)
    for other in (other_pair, reversed_, asserted, other_trigger, before, short):
        assert merged_sizes([quoted, other]) == [1, 1]


def test_the_store_files_the_event_under_the_windows_the_other_report_asks_for():
    (event,) = merge([_report("q001", QUOTED, "blockade", PAIR, SIDES)])
    reported = _report("q002", REPORTED, "blockade", PAIR, SIDES)
    assert set(query_keys(reported)) & set(block_keys(event))


CALL = "The two presidents spoke by telephone on Monday about the grain corridor and the frozen ports."
MEETING = "The two foreign ministers spoke at length in Corvia on Monday about the fishing quotas."
QUOTED_CALL = "Officials said the two presidents spoke by telephone on Monday about the grain corridor."
OTHER_WORDS = "The two leaders spoke on Monday, their offices said without giving details."


def _consult(article: str, sentence: str, mode: str | None) -> EventMention:
    told = told_in(article, sentence, "spoke", PAIR, ("participant", "participant"))
    return replace(told, type="CONSULT", mode=mode, date=day(2031, 3, 3), modality="asserted")


def test_a_report_fitting_two_events_equally_joins_the_one_told_in_its_words():
    call, meeting = _consult("q001", CALL, "phone"), _consult("q002", MEETING, "meet")
    events = merge([call, meeting, _consult("q003", QUOTED_CALL, None)])
    assert sorted((e.mode or "", len(e.mentions)) for e in events) == [("meet", 1), ("phone", 2)]
    # Without the words the report fits both equally and stays apart (ambiguous).
    assert len(merge([call, meeting, _consult("q003", OTHER_WORDS, None)])) == 3
