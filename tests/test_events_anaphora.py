"""One act told several times in one article (issue 12, round 9): "the talks", "the two leaders also
discussed ...", "we discussed ..." after the lead's meeting or call take its parties and date, and join it
in dedup; another occasion, another pair or an act of another kind keeps its own. Through the full
pipeline (spaCy, the real knowledge base) and the real dedup; the sentences are invented."""

from __future__ import annotations

from dateline.dedup import merge
from dateline.pipeline import Pipeline
from dateline.records import EventMention, RawDocument


def _events(pipeline: Pipeline, text: str) -> list[EventMention]:
    raw = RawDocument(source="test", id="t", text=text, published="2024-03-15")
    return pipeline.process(raw).events


def _consults(events: list[EventMention]) -> list[EventMention]:
    return [e for e in events if e.type == "CONSULT"]


def _one(events: list[EventMention], trigger: str) -> EventMention:
    found = [e for e in events if trigger in e.trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def _names(event: EventMention) -> set[str]:
    return {ea.actor.name for ea in event.actors}


def _day(event) -> tuple[str | None, str | None]:
    d = event.date
    return (d.start.isoformat() if d.start else None, d.end.isoformat() if d.end else None)


MEETING = (
    "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Tuesday. "
    "Officials from both governments described the atmosphere as warm. "
    "The talks were held at the prime minister's official residence, according to a statement from Seoul. "
    "The two leaders also discussed energy security and the supply of semiconductors."
)


def test_the_talks_and_the_pairs_discussion_are_the_meeting_told_in_the_lead(pipeline):
    events = _events(pipeline, MEETING)
    lead = _one(events, "met")
    assert _names(lead) == {"Fumio Kishida", "Yoon Suk Yeol"} and _day(lead) == ("2024-03-12", "2024-03-12")
    for later in (_one(events, "talks"), _one(events, "discussed")):
        assert _names(later) == _names(lead), later.trigger
        assert later.date.holds(lead.date.start), later.trigger  # its own, or the lead's where none
    (meeting,) = [e for e in merge(events) if e.type == "CONSULT"]
    assert len(meeting.mentions) == len(_consults(events)) == 3
    assert _day(meeting) == ("2024-03-12", "2024-03-12")


def test_we_discussed_said_by_one_of_the_two_adds_the_speaker_to_the_call(pipeline):
    text = (
        "Kenyan President William Ruto said on Wednesday that he had held a telephone conversation with "
        "Ugandan President Yoweri Museveni the day before. "
        "\u201cWe discussed the transport corridor and trade across the border,\u201d Ruto wrote on X."
    )
    events = _events(pipeline, text)
    call, discussed = _one(events, "telephone conversation"), _one(events, "discussed")
    assert {"William Ruto", "Yoweri Museveni"} <= _names(discussed)
    assert discussed.date.holds(call.date.start)
    (joined,) = [e for e in merge(events) if e.type == "CONSULT"]
    assert len(joined.mentions) == 2 and joined.mode == "phone"


def test_a_noun_marked_as_another_occasion_keeps_its_own(pipeline):
    text = (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Tuesday. "
        "The next meeting is planned for the autumn."
    )
    events = _events(pipeline, text)
    nxt = [e for e in events if "meeting" in e.trigger]
    assert all(_day(e) != _day(_one(events, "met")) for e in nxt)


def test_a_date_of_its_own_keeps_the_noun_apart(pipeline):
    text = (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Tuesday. "
        "Officials from both governments described the atmosphere as warm. "
        "Kishida and Yoon had held talks in Seoul in May 2023."
    )
    events = _events(pipeline, text)
    earlier = _one(events, "talks")
    assert earlier.date.start is not None and earlier.date.start.year == 2023


def test_the_nearest_report_with_other_parties_is_another_occasion(pipeline):
    text = (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Tuesday. "
        "Kishida also met Chinese Premier Li Qiang on the sidelines of a forum on Thursday. "
        "Officials from both governments described the atmosphere as warm. "
        "The talks with Yoon were held at the prime minister's official residence."
    )
    events = _events(pipeline, text)
    talks = _one(events, "talks")
    assert "Li Qiang" not in _names(talks)
