"""Round 26 (lead): a story no article of which shows a day of its own, dated from one article's
year-less dateline and a mate's weekday of the same lead act (`dedup.doctime._calendar`), and a wire's
dateline printed after a syndicator's credit that names the wire in its own bracket
(`clean.date_lines._AGENCY_OPENING`). Every article is invented; the pipeline is the real one."""

from __future__ import annotations

from datetime import date

import dateline
from dateline.clean.plaintext import clean_text
from dateline.records import RawDocument
from dateline.run import run
from dateline.store.database import Database

LATER = "The ministry said the 2024 trade accord between the two countries was not affected."
DATELINE = "PORTVALE, May 3 (Wirenews) -- "
RECALL = "Chile recalled its ambassador to Peru over remarks by Peru's president, the foreign ministry said."


def _texts(dated_lead: str, mate_weekday: str = "Friday", background: str = LATER) -> list[tuple[str, str]]:
    """The article with the year-less dateline and its mate naming the recall's weekday."""
    return [
        ("a1", f"Chile recalls envoy\n\n{dated_lead}{RECALL}\n\n{background}"),
        (
            "b1",
            f"Envoy called home\n\nChile recalled its ambassador to Peru on {mate_weekday} over remarks "
            f"by Peru's president.\n\nThe president had made the remarks at a rally, officials said. "
            f"{background}",
        ),
    ]


def _recall_date(dated_lead: str, mate_weekday: str = "Friday", background: str = LATER) -> dict:
    texts = _texts(dated_lead, mate_weekday, background)
    events = dateline.process([{"id": i, "text": t} for i, t in texts])
    (recall,) = [e.to_json() for e in events if e.type == "SANCTION"]
    assert len(recall["mentions"]) == 2  # one act, told by both
    return recall["date"]


def test_a_yearless_dateline_and_a_mates_weekday_give_the_one_year_the_window_allows():
    # 3 May fell on a Friday in 2024 and falls on one again only in 2030: since the accord of 2024
    # bounds both texts from below, one day fits (as long as the text is read before May 2030)
    when = _recall_date(DATELINE)
    assert (when["start"], when["end"], when["likely"]) == ("2024-05-03", "2024-05-03", "2024-05-03")


def test_no_lower_bound_leaves_the_day_open():
    # without the year, every Friday 3 May of the open window fits (2013, 2019, 2024, ...): no day
    when = _recall_date(DATELINE, background="Officials said relations would recover.")
    assert when["likely"] is None and (when["start"] is None or when["start"] != when["end"])


def test_a_weekday_the_dateline_day_did_not_fall_on_gives_no_day():
    # 3 May 2024 was a Friday: a mate's "Thursday" tells another day, so nothing is taken
    when = _recall_date(DATELINE, mate_weekday="Thursday")
    assert when["start"] != "2024-05-03" or when["end"] != "2024-05-03"


def test_a_dateline_after_a_syndicators_credit_naming_the_wire_is_read():
    credited = "(Syndicator- Wirenews Agency (WNA)) PORTVALE, May 3 (WNA) -- "
    cleaned = clean_text(f"Chile recalls envoy\n\n{credited}{RECALL}", as_of=date(2026, 12, 7))
    assert cleaned.dateline == "Portvale"
    assert cleaned.text.startswith("Chile recalled")
    assert [d.source for d in cleaned.dates] == ["dateline"]
    when = _recall_date(credited)
    assert (when["start"], when["end"]) == ("2024-05-03", "2024-05-03")


def test_the_duckdb_store_gives_the_story_the_same_day(pipeline, tmp_path):
    # the store answers `Reports.undated_articles` with its own query: the day is the same as in memory
    docs = [RawDocument(source=f"{i}.txt", id=i, text=text) for i, text in _texts(DATELINE)]
    with Database(tmp_path / "story.duckdb") as db:
        run(docs, pipeline, db)
        (recall,) = [e for e in db.events() if e["type"] == "SANCTION"]
    assert recall["date"]["likely"] == "2024-05-03"
    assert recall["date"] == _recall_date(DATELINE)
