"""Photo captions, related-headline lines and video teasers are boilerplate: they must yield no events
(issue: events on real news). Invented lines of the kinds real pages carry; article sentences with the
same words stay."""

from __future__ import annotations

import pytest

from dateline.clean.boilerplate import boilerplate_reason
from dateline.pipeline import Pipeline
from dateline.records import RawDocument


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("FILE PHOTO: Ruritania's president meets the Freedonian envoy, June 5, 2019. REUTERS/Jo Doe",
         "photo caption"),
        ("The two ministers shake hands before talks in Ruriton (Contributor/Getty Images)", "photo caption"),
        ("The foreign ministry briefs reporters on the dispute on Aug. 7. (Supplied)", "photo caption"),
        ("Arno Vale and his deputy at the palace. [Tom Rahn, Herald]", "photo caption"),
        ("Satellite image shows the disputed reef. Photo by Orbit Labs via Reuters", "photo caption"),
        ("FOTO AGENCIJA/ IVAN IVIC/ bg", "photo caption"),
        ("REUTERS/Jo Doe Arno Vale meets with Lina Korr during the summit, June 17, 2013.", "photo caption"),
        ("Arno Vale, centre right, welcomes Lina Korr, centre left, upon her arrival. EPA", "photo caption"),
        ("Arno Vale (L) shakes hands with Lina Korr in Ruriton on Monday.", "photo caption"),
        ("Arno Vale greets Lina Korr at the palace on Monday. EPA-EFE", "photo caption"),
        ("Related: Freedonia recalls its ambassador from Ruritania", "related headlines"),
        ("RELATED STORIES: Ruritania and Freedonia sign a border pact", "related headlines"),
        ("Go to video", "related headlines"),
        ("01:14", "related headlines"),
        ("Central bank fines lender for hoarding cash The Central Bank has imposed…", "related headlines"),
    ],
)  # fmt: skip
def test_captions_and_related_lines_are_boilerplate(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The president said the talks would resume on Monday.",
        "Ruritania and Freedonia agreed on Monday to restore ties [sic] after two years.",
        "More than 200 people attended the rally in Ruriton on Sunday.",
        "He said the photo showed the envoy arriving at the palace.",
        "The court ruled that section 5(c) of the act was invoked by the ministry.",
        "It is their right, the minister said, to hold the vote.",
    ],
)
def test_article_sentences_stay(line):
    assert boilerplate_reason(line) is None


def test_a_caption_gives_no_event():
    text = (
        "Ruritania and Freedonia restored ties on Monday.\n"
        "FILE PHOTO: Chinese President Xi Jinping meets Russian President Vladimir Putin in Moscow, "
        "March 21, 2023. REUTERS/Jo Doe\n"
        "Related: Xi Jinping meets Vladimir Putin in Beijing\n"
        "The two governments had cut ties in 2019.\n"
    )
    processed = Pipeline().process(RawDocument(source="t", id="t", text=text, published="2024-03-15"))
    assert not [e for e in processed.events if e.type == "CONSULT"]
