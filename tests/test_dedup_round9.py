"""Round 9, one canonical event: reports of one event that the rules before kept apart.

- a report dated to a week inside another article's uncertain-day window (an outlet whose publication
  date is only known to lie in some weeks) folds with the one plan, or event held, of the pair there
  (`compatible.folds(within=True)`, `index.CanonicalIndex._within`);
- across articles, a report of a pair joins the report of that pair with a third party, a mediator
  or a host (`compatible.actors_compatible(nests=True)`, sub-dyad blocks and keys).

Synthetic records through the real merge and `Corpus` (in one batch and in several), and two invented
articles through the whole pipeline.
"""

from __future__ import annotations

from datetime import date

from test_dedup_merge import KHAN, LAVROV, PUTIN, QURESHI, day, mention, month
from test_dedup_vague import _article, _in_batches_and_at_once

import dateline
from dateline.dedup import merge
from dateline.dedup.blocking import block_keys, query_keys
from dateline.records import Actor, DateInterval

MINISTERS = (LAVROV, QURESHI)
# "arrived in the capital on Friday", in an article whose publication date lies somewhere in four
# weeks: the Friday is one of those days (granularity `range`), not a period the text names.
FRIDAY_SOMEWHERE = DateInterval(
    date(2031, 3, 8), date(2031, 4, 5), "range", 0.3, "weekday, publication uncertain"
)
UN = Actor("un", "United Nations", None, "IGO", None, "organization")
TWO_MORE = (
    Actor("CHN", "China", "CHN", None, None, "country"),
    Actor("IND", "India", "IND", None, None, "country"),
)


def _plan(article: str = "v000") -> object:
    # "The two ministers will visit on 10-12 March."
    when = DateInterval(date(2031, 3, 10), date(2031, 3, 12), "range", 0.8, "explicit days")
    return mention(article, 10, mode="visit", modality="planned", when=when, actors=MINISTERS)


def test_a_report_in_an_uncertain_window_folds_with_the_one_plan_inside_it_in_either_order():
    held = mention("v001", 10, mode="visit", when=FRIDAY_SOMEWHERE, actors=MINISTERS)
    for order in ([_plan(), held], [held, _plan()]):
        (event,) = merge(order)
        assert event.modality == "asserted" and event.sources == 2
        assert (event.date.start, event.date.end) == (date(2031, 3, 10), date(2031, 3, 12))


def test_a_plan_for_a_named_month_stays_linked_to_the_visit_held():
    # "will visit in March" may be any visit of that month: linked, as before, not merged.
    plan = mention("v000", 10, mode="visit", modality="planned", when=month(2031, 3), actors=MINISTERS)
    held = mention("v001", 10, mode="visit", when=day(2031, 3, 11), actors=MINISTERS)
    planned, asserted = sorted(merge([plan, held]), key=lambda e: e.modality, reverse=True)
    assert planned.modality == "planned" and planned.related == [asserted.id]


def test_two_plans_in_the_window_keep_the_report_apart():
    # Another outlet announces a second visit of the ministers for 1-2 April, inside the uncertain
    # window: "arrived on Friday" may be either, so it folds with neither (and stays linked to both).
    when = DateInterval(date(2031, 4, 1), date(2031, 4, 2), "range", 0.8, "explicit days")
    second = mention("v002", 10, mode="visit", modality="planned", when=when, actors=MINISTERS)
    held = mention("v001", 10, mode="visit", when=FRIDAY_SOMEWHERE, actors=MINISTERS)
    # (Arriving before the second plan, it folds with the first: it could not know, as a vague report
    # joins the one occasion on record, `test_dedup_vague`.)
    for order in ([_plan(), second, held], [second, _plan(), held]):
        events = merge(order)
        assert len(events) == 3 and all(len(e.mentions) == 1 for e in events)
    # A plan of another mode (a phone call) is no visit the report could be.
    call = mention("v002", 10, mode="phone", modality="planned", when=when, actors=MINISTERS)
    assert sorted(len(e.mentions) for e in merge([_plan(), call, held])) == [1, 2]


def test_a_report_of_the_pair_joins_the_report_naming_the_mediator_too():
    # "Putin and Khan met on Tuesday" and "the UN chief met Putin and Khan on Tuesday".
    pair = mention("m000", 10, mode="meet", actors=(PUTIN, KHAN))
    three = mention("m001", 10, mode="meet", actors=(UN, PUTIN, KHAN), sides=("source", "target", "target"))
    for order in ([pair, three], [three, pair]):
        (event,) = merge(order)
        assert event.sources == 2 and {a.actor.name for a in event.actors} == {UN.name, PUTIN.name, KHAN.name}


def test_a_report_naming_one_side_or_another_day_stays_apart_from_the_wider_report():
    three = mention("m001", 10, mode="meet", actors=(UN, PUTIN, KHAN))
    # "The UN chief met Putin": two of the three, a pair of the meeting (it nests) ...
    assert len(merge([three, mention("m000", 10, mode="meet", actors=(UN, PUTIN))])) == 1
    # ... but "Putin met" names one side only: any of his meetings that day.
    assert len(merge([three, mention("m000", 10, mode="meet", actors=(PUTIN,))])) == 2
    # Nor does a pair nest in a report of more than NEST_MAX participants (a summit of five).
    summit = mention("m002", 10, mode="meet", actors=(UN, PUTIN, KHAN, *TWO_MORE))
    assert len(merge([summit, mention("m000", 10, mode="meet", actors=(PUTIN, KHAN))])) == 2
    # The pair on another day is another meeting.
    assert len(merge([three, mention("m000", 10, mode="meet", when=day(2021, 9, 20))])) == 2


def test_the_store_files_a_wider_report_where_the_pair_asks_whatever_the_batches():
    pair = mention("m000", 10, mode="meet", actors=(PUTIN, KHAN))
    three = mention("m001", 10, mode="meet", actors=(UN, PUTIN, KHAN))
    assert set(query_keys(pair)) & set(block_keys(merge([three])[0]))
    assert set(query_keys(three)) & set(block_keys(merge([pair])[0]))
    for first, second in ((pair, three), (three, pair)):
        batches = [[_article(first.article_id, first)], [_article(second.article_id, second)]]
        by_batch, at_once = _in_batches_and_at_once(batches)
        assert by_batch == at_once
        assert [len(e.mentions) for e in by_batch] == [2]


def test_two_invented_articles_through_the_pipeline_give_one_meeting():
    pair = (
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev met in Astana on "
        "Monday to discuss water sharing.\n\nThe two leaders also discussed trade."
    )
    mediated = (
        "UN Secretary-General Antonio Guterres met Kassym-Jomart Tokayev and Shavkat Mirziyoyev in Astana "
        "on Monday, his office said.\n\nThe talks focused on water."
    )
    for texts in ([pair, mediated], [mediated, pair]):
        items = [{"id": f"t{i}", "text": t} for i, t in enumerate(texts)]
        meetings = [e for e in dateline.process(items, published="2031-03-05") if e.type == "CONSULT"]
        assert len(meetings) == 1, [[m.trigger for m in e.mentions] for e in meetings]
        (meeting,) = meetings
        assert meeting.sources == 2 and meeting.date.start == date(2031, 3, 3)
        assert {"KAZ", "UZB"} <= {a.actor.country for a in meeting.actors}
