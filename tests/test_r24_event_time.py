"""Round 24 (r24etime, issue 11): how one event is dated from the story around it. Invented texts."""

from __future__ import annotations

from dating_support import date_of

from dateline.evaluation.dating_eval import label

WEDNESDAY = "2026-03-04"

# a feature told in the reporter's own voice: nobody is said to have said anything (ten sentences)
NARRATED = (
    "The old lighthouse keeper of Portvale has retired. "
    "The village threw him a party on the quay. "
    "He remembers every storm. "
    "He came to the island as a young man. "
    "He painted the tower white and repaired the lamp himself. "
    "The village grew around the harbour. "
    "Fishing boats came and went with the tides. "
    "One winter a trawler ran aground below the cliffs. "
    "He rowed out in the dark and brought the crew ashore. "
    "Now the lamp is automatic, and the keeper walks the cliffs alone. "
    "His grandchildren visit in the summer."
)

# the day's news, attributed as a report attributes it
REPORTED = (
    "The Elbonian parliament approved the budget, the speaker said. "
    "Deputies debated the bill for six hours, officials said. "
    "The finance minister welcomed the vote. "
    "Opposition leaders said they would appeal to the court. "
    "The budget raises spending on roads, the ministry said. "
    "Markets rose after the vote, traders said."
)


def test_a_narrated_storys_undated_past_is_before_the_telling() -> None:
    for word in ("painted", "came"):
        found = date_of(NARRATED, word, WEDNESDAY)
        assert label(found) == f"before{WEDNESDAY}", word
        assert found["likely"] is None


def test_a_narrated_storys_lead_tells_the_days_news() -> None:
    assert date_of(NARRATED, "threw", WEDNESDAY)["likely"] == WEDNESDAY


def test_a_reports_undated_past_stays_on_the_publication_day() -> None:
    found = date_of(REPORTED, "welcomed", WEDNESDAY)
    assert found["likely"] == WEDNESDAY


def test_a_narrated_storys_present_and_dated_past_keep_their_readings() -> None:
    assert label(date_of(NARRATED, "walks", WEDNESDAY)) != f"before{WEDNESDAY}"
    dated = NARRATED.replace("He painted the tower", "On Monday he painted the tower")
    assert date_of(dated, "painted", WEDNESDAY)["likely"] == "2026-03-02"


def test_a_short_text_is_not_read_as_a_story() -> None:
    # a brief of the day's news tells it without attributions too
    brief = ". ".join(NARRATED.split(". ")[:8]) + "."
    assert date_of(brief, "painted", WEDNESDAY)["likely"] == WEDNESDAY
