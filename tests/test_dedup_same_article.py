"""One article tells one event in several sentences, each naming only part of it: what merges there
(and only there), from synthetic mentions (helpers and actors of `test_dedup_merge`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_dedup_merge import KHAN, LAVROV, PAKISTAN, PUTIN, RUSSIA, day, mention, month

from dateline.dedup import CanonicalIndex, block_keys, merge
from dateline.dedup.compatible import dyad
from dateline.records import Actor, DateInterval

POLAND = Actor("POL", "Poland", "POL", None, None, "country")
DUDA = Actor("POL_DUDA", "Andrzej Duda", "POL", "GOV", "head of state", "person")
POL_ENVOY = Actor(None, "the Polish ambassador", "POL", "GOV", "ambassador", "role")


def _countries(event) -> tuple[str, ...]:
    return dyad(event.actors)


def test_a_headline_naming_one_country_joins_the_call_its_body_names_in_either_order():
    headline = mention("a000", 0, actors=(RUSSIA,))  # "Russian leader holds call"
    body = mention("a000", 60, actors=(PUTIN, KHAN))  # "Putin spoke with Khan on Tuesday"
    for order in ([headline, body], [body, headline]):
        events = merge(order)
        assert len(events) == 1
        assert _countries(events[0]) == ("PAK", "RUS")
        assert [ea.actor.id for ea in events[0].actors] == ["RUS_PUTIN", "PAK_KHAN"]


def test_an_event_whose_dyad_widened_is_found_under_its_new_dyad():
    index = CanonicalIndex()
    first = index.add(mention("a000", 0, actors=(PUTIN,)))  # "Putin discussed Afghanistan"
    assert block_keys(first)[0] == "CONSULT|RUS|2021-09"
    widened = index.add(mention("a000", 80, actors=(PUTIN, KHAN)))
    assert widened is first and block_keys(widened)[0] == "CONSULT|PAK+RUS|2021-09"
    # Another outlet's report of the call meets it under the widened dyad.
    assert index.add(mention("a001", 10, actors=(PUTIN, KHAN))) is first
    assert len(index.events()) == 1 and first.sources == 2


def test_a_narrower_report_from_another_article_stays_apart():
    events = merge([mention("a000", 0, actors=(PUTIN, KHAN)), mention("a001", 0, actors=(PUTIN,))])
    assert len(events) == 2


def test_a_country_and_its_named_leader_match_within_an_article_only():
    # "The US threatened Colombia" / "Trump threatened tariffs": here Russia / Putin.
    country = mention(
        "a000", 0, type="THREATEN", mode=None, actors=(RUSSIA, PAKISTAN), sides=("source", "target")
    )
    leader = mention("a000", 90, type="THREATEN", mode=None, actors=(PUTIN,), sides=("source",))
    assert len(merge([country, leader])) == 1
    elsewhere = mention("a001", 90, type="THREATEN", mode=None, actors=(PUTIN,), sides=("source",))
    assert len(merge([country, elsewhere])) == 2
    # A minister does not stand for the country: "Russia threatened" is not Lavrov's threat.
    minister = mention("a000", 90, type="THREATEN", mode=None, actors=(LAVROV,), sides=("source",))
    assert len(merge([country, minister])) == 2


def test_a_country_and_an_unnamed_official_of_it_stay_apart_even_within_an_article():
    def accuse(start: int, *actors: tuple[Actor, str]):
        return mention(
            "a000", start, type="ACCUSE", mode=None,
            actors=tuple(a for a, _ in actors), sides=tuple(s for _, s in actors),
        )  # fmt: skip

    # "Moscow summoned the Polish ambassador" and, later, "Poland was accused of ...".
    summons = accuse(0, (RUSSIA, "source"), (POL_ENVOY, "target"))
    assert len(merge([summons, accuse(400, (POLAND, "target"))])) == 2
    # The same sentence about the Polish president does join: he speaks for Poland.
    protest = accuse(0, (RUSSIA, "source"), (DUDA, "target"))
    assert len(merge([protest, accuse(400, (POLAND, "target"))])) == 1


def test_sides_and_dates_still_apply_within_an_article():
    called = mention(
        "a000", 0, type="ACCUSE", mode=None, actors=(RUSSIA, PAKISTAN), sides=("source", "target")
    )
    reversed_ = mention("a000", 70, type="ACCUSE", mode=None, actors=(PAKISTAN,), sides=("source",))
    assert len(merge([called, reversed_])) == 2
    other_week = mention("a000", 70, actors=(PUTIN,), when=day(2021, 9, 21))
    assert len(merge([mention("a000", 0), other_week])) == 2


def test_a_mention_prefers_the_event_its_own_article_already_holds():
    # Two day-precise summits of one dyad in a month, each reported by its own article; a later
    # sentence of the second article says only "their summit this month".
    first = mention("a000", 0, mode="meet", when=day(2021, 9, 3))
    second = mention("a001", 0, mode="meet", when=day(2021, 9, 24))
    back = mention("a001", 300, mode="meet", when=month(2021, 9))
    events = merge([first, second, back])
    assert len(events) == 2
    held = next(e for e in events if e.date.start == date(2021, 9, 24))
    assert sorted(m.start for m in held.mentions) == [0, 300]
    # From a third article the month-precise report is ambiguous and stays apart.
    assert len(merge([first, second, mention("a002", 300, mode="meet", when=back.date)])) == 3


def test_the_relaxed_rules_hold_for_neighbouring_sentences_only():
    body = mention("a000", 0, actors=(PUTIN, KHAN))
    # Paragraphs later, "Putin also discussed ..." may be another conversation.
    assert len(merge([body, mention("a000", 2500, actors=(PUTIN,))])) == 2
    # The same actors far apart still merge (the ordinary rules need no neighbourhood).
    assert len(merge([body, mention("a000", 2500, actors=(PUTIN, KHAN))])) == 1


def test_precision_comes_before_the_own_article_preference():
    # An article first says "the leaders spoke" (no date: it cannot join another outlet's call), then
    # "they spoke on Tuesday": the dated call reported elsewhere is the better home for that sentence.
    # ("the two countries' leaders spoke": no named actor, so not even the one dated call it could be)
    dated = mention("a000", 0)
    undated = mention("a001", 0, when=DateInterval.unknown(), actors=(RUSSIA, PAKISTAN))
    on_tuesday = mention("a001", 80)
    events = merge([dated, undated, on_tuesday])
    assert len(events) == 2
    assert sorted((m.article, m.start) for m in events[0].mentions) == [("a000", 0), ("a001", 80)]


def test_among_two_events_of_its_article_a_mention_joins_the_one_told_in_its_sentence():
    # "Russia and Pakistan met in March", and paragraphs later "Putin met Khan in March and discussed
    # Pakistan's debt": "discussed", naming Pakistan too, fits both meetings the article dated to
    # March; its own sentence says which.
    # (Sentences that name the countries: one the text does not name is the story's, `_stated_alike`.)
    countries = replace(
        mention("a000", 0, mode="meet", when=month(2021, 3), actors=(RUSSIA, PAKISTAN)),
        sentence="Russia and Pakistan met in March.",
    )
    met = mention("a000", 1500, mode="meet", when=month(2021, 3))
    discussed = replace(
        mention("a000", 1500, mode=None, when=month(2021, 3), actors=(PUTIN, KHAN, PAKISTAN)),
        sentence="Putin met Khan in March and discussed Pakistan's debt.",
        trigger="discussed",
        trigger_start=1560,
        trigger_end=1569,
    )
    events = merge([countries, met, discussed])
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    held = next(e for e in events if len(e.mentions) == 2)
    assert {m.trigger for m in held.mentions} == {"talked", "discussed"}
    # Told in a third sentence, it could be either meeting: ambiguous, it stays apart.
    apart = replace(discussed, sentence_start=3000, sentence_end=3050, trigger_start=3010, trigger_end=3019)
    assert len(merge([countries, met, apart])) == 3
