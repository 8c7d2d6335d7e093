"""Round 22 (r22split): reports of one real event that the cross-article stage left split.

Invented records through the real merge (`dateline.dedup.merge`, the in-memory index every engine
runs), with sentences that name what each report names.
"""

from __future__ import annotations

from datetime import date

from test_dedup_merge import merged_sizes

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
    assert merged_sizes([_pair(), reply]) == [1, 1]


def test_a_source_alone_far_down_the_article_stays_apart():
    # "The army also accused ..." may be aimed at anyone: a source named alone does not nest.
    told = "The Congolese army also accused unnamed foreign backers."
    alone = _report(FAR, told, [(CONGO_ARMY, "source")], WEEK)
    assert merged_sizes([_pair(), alone]) == [1, 1]


def test_an_undated_report_of_the_target_alone_stays_apart():
    # Nested only where both are dated and one interval lies inside the other.
    vague = DateInterval(None, date(2021, 11, 8), "range", 0.2, "past perfect, no date in its clause")
    later = _report(FAR, "Rwanda had been accused of supplying the fighters.", [(RWANDA, "target")], vague)
    assert merged_sizes([_pair(), later]) == [1, 1]


# --- several vague pieces of one act, made one by a dated report (`index.CanonicalIndex._one_event`) ---

FREEDONIA = Actor("FRD", "Freedonia", "FRD", None, None, "country")
RURITANIA = Actor("RUR", "Ruritania", "RUR", None, None, "country")
UNKNOWN = DateInterval(None, None, "unknown", 0.0, "past, no date in its clause and no publication date")
APRIL = DateInterval(date(2021, 4, 12), date(2021, 4, 18), "range", 0.5, "weekday Saturday, no year")


def _sanction(article: str, start: int, when: DateInterval, mode: str | None = "expel") -> EventMention:
    verb = {"expel": "expelled eighteen Ruritania diplomats", "withdraw": "recalled its envoy to Ruritania"}
    # Each outlet's own words (one sentence in two articles is a wire copy: `compatible.verbatim`).
    sentence = f"Freedonia {verb.get(mode or '', 'punished Ruritania')}, the {article} correspondent wrote."
    at = len("Freedonia ")
    return EventMention(
        article_id=article,
        type="SANCTION",
        mode=mode,
        modality="asserted",
        actors=[EventActor(FREEDONIA, "source"), EventActor(RURITANIA, "target")],
        trigger=sentence[at:].split()[0],
        trigger_start=start + at,
        trigger_end=start + at + len(sentence[at:].split()[0]),
        sentence=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
        date=when,
    )


def _undated_story(article: str) -> list[EventMention]:
    """An article without a publication date telling the expulsion and, later, a recall of the pair:
    two acts of one type, so neither of its reports is the one act of the pair another undated
    article tells (`CanonicalIndex._told_twice`)."""
    return [_sanction(article, 0, UNKNOWN), _sanction(article, 900, UNKNOWN, mode="withdraw")]


def test_undated_articles_pieces_of_one_act_stay_apart_alone():
    assert merged_sizes([*_undated_story("u001"), *_undated_story("u002")]) == [1, 1, 1, 1]


def test_a_dated_report_that_fits_every_undated_piece_makes_them_one_event():
    first, second = _undated_story("u001"), _undated_story("u002")
    dated = _sanction("d001", 0, APRIL)
    for order in ([*first, *second, dated], [*second, *first, dated]):
        events = merge(order)
        assert sorted(len(e.mentions) for e in events) == [1, 1, 3]
        expulsion = next(e for e in events if len(e.mentions) == 3)
        assert (expulsion.date.start, expulsion.date.end) == (date(2021, 4, 12), date(2021, 4, 18))


def test_a_report_that_cannot_tell_which_act_leaves_the_pieces_apart():
    # Without a mode it fits the expulsions and the recalls: no pieces of one act.
    dated = _sanction("d001", 0, APRIL, mode=None)
    assert merged_sizes([*_undated_story("u001"), *_undated_story("u002"), dated]) == [1, 1, 1, 1, 1]


def test_too_many_pieces_stay_apart():
    stories = [m for i in range(1, 5) for m in _undated_story(f"u00{i}")]  # over `_PIECES_MAX`
    assert merged_sizes([*stories, _sanction("d001", 0, APRIL)]) == [1] * 9
