"""Cleaning rules on the project's own small texts and pages (not the seeds)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import find_dates
from dateline.clean.plaintext import clean_text
from dateline.components import cleaners
from dateline.records import RawDocument

AS_OF = date(2026, 12, 6)  # the day the texts are read in (`RawDocument.as_of`)

LEAD = "Officials from Kenya and Norway met in Nairobi on Wednesday to review a clean-energy accord."
SECOND = "The delegations agreed to meet again in Oslo in the spring, a joint statement said."
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Kenya and Norway review energy accord - Example Tribune</title>
<meta property="og:site_name" content="Example Tribune">
<meta property="og:title" content="Kenya and Norway review energy accord">
<meta property="article:published_time" content="2022-06-08T07:15:00+03:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Print</a></div>
<article><h1>Kenya and Norway review energy accord</h1>
<p>NAIROBI: {lead}</p><p>{second}</p>
<p>Neither side gave figures, but both described the meeting as constructive and forward-looking.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm closes port</a></li>
<li><a href="/b">Shares rally</a></li></ul></aside>
<div id="comments"><h3>Comments</h3><p>First!</p></div>
<footer>Copyright 2022 Example Tribune. All rights reserved.</footer>
</body></html>"""


def test_default_cleaner_is_registered() -> None:
    assert isinstance(cleaners.get("default")(), DefaultCleaner)


def test_html_page_main_text_metadata_and_meta_date() -> None:
    raw = RawDocument("page.html", id="page", html=PAGE.format(lead=LEAD, second=SECOND))
    article = DefaultCleaner()(raw)
    assert article.title == "Kenya and Norway review energy accord"
    assert article.outlet == "Example Tribune"
    assert article.dateline == "Nairobi"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == LEAD and paragraphs[1] == SECOND
    for junk in ("Home", "Sport", "Tweet", "Storm closes port", "First!", "Copyright"):
        assert junk not in article.text
    assert article.published.value == "2022-06-08"
    assert article.published.source == "html-meta" and article.published.confidence >= 0.8


def test_wire_dateline_prefix_goes_to_fields() -> None:
    cleaned = clean_text(
        f"Ministers review accord\n\nNAIROBI, June 8, 2022 (Reuters) - {LEAD}\n\n{SECOND}", as_of=AS_OF
    )
    assert cleaned.dateline == "Nairobi" and cleaned.outlet == "Reuters"
    assert cleaned.text.startswith(LEAD)
    assert [(d.value, d.source) for d in cleaned.dates] == [("2022-06-08", "dateline")]


def test_yearless_dateline_gives_a_month_day_not_a_date() -> None:
    article = DefaultCleaner()(RawDocument("x", text=f"OSLO, June 8 (Reuters) - {LEAD}\n\n{SECOND}"))
    assert article.published.value is None
    assert article.published.month_day == "--06-08"  # for the time stage to place in a year
    assert "without a year" in article.published.note


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = (
        "Officials from Kenya and Norway met in Nairobi on\n"
        "Wednesday to review a clean-energy accord and\n"
        "agreed to meet again in Oslo in the spring.\n"
    )
    cleaned = clean_text(wrapped + "\n" + SECOND, as_of=AS_OF)
    assert cleaned.text.split("\n\n")[0] == " ".join(wrapped.split())


def test_unrelated_trailing_headlines_removed_but_related_last_line_kept() -> None:
    tail = "Floods displace thousands in coastal province\nCentral bank holds interest rates steady"
    cleaned = clean_text(f"Energy talks\n\n{LEAD}\n\n{SECOND}\n\n{tail}", as_of=AS_OF)
    assert cleaned.text.split("\n\n") == [LEAD, SECOND]
    assert {r.reason for r in cleaned.removed if r.text in tail} == {"related headlines"}
    kept = clean_text(
        f"Energy talks\n\n{LEAD}\n\nKenya and Norway officials review clean-energy accord in Nairobi",
        as_of=AS_OF,
    )
    assert kept.text.endswith("accord in Nairobi")


def test_published_beats_updated_and_input_date_used_when_alone() -> None:
    text = f"Energy talks\nUpdated: 10 June 2022\nPublished: 8 June 2022\n{LEAD}"
    article = DefaultCleaner()(RawDocument("x", text=text))
    assert (article.published.value, article.published.source) == ("2022-06-08", "published-line")
    given = DefaultCleaner()(RawDocument("y", text=LEAD + " " + SECOND, published="2022-06-09T10:00:00Z"))
    assert (given.published.value, given.published.source) == ("2022-06-09", "input")


def test_ids_and_content_hash() -> None:
    cleaner = DefaultCleaner()
    a = cleaner(RawDocument("a", text=f"Energy talks\n\n{LEAD}\n\n{SECOND}"))
    b = cleaner(RawDocument("b", text=f"{LEAD}\n{SECOND}\n- Share\n"))
    assert a.content_hash == b.content_hash
    assert a.id == b.id == "sha1:" + a.content_hash[:16]
    assert cleaner(RawDocument("c", id="mine", text=LEAD)).id == "mine"


def test_non_english_is_flagged() -> None:
    text = (
        "Les ministres des affaires étrangères du Kenya et de la Norvège se sont rencontrés mercredi à "
        "Nairobi pour examiner un accord sur l'énergie propre. Ils se reverront à Oslo au printemps."
    )
    article = DefaultCleaner()(RawDocument("fr", text=text))
    assert article.language == "fr"
    assert any("not processed further" in note for note in article.notes)


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian police arrested forty protesters in Lagos on Monday.",
        "Gunmen killed twelve villagers in Zamfara state, Nigeria, on Sunday.",
    ],
)
def test_english_taken_for_an_english_creole_is_read_as_english(text: str) -> None:
    # py3langid gives these short items to Nigerian Pidgin, whose words are English's
    article = DefaultCleaner()(RawDocument("ng", text=text))
    assert article.language == "en"
    assert any("English-lexified" in note for note in article.notes)


def test_dates_are_never_guessed() -> None:
    # an ambiguous numeric date keeps both readings unless the outlet's convention decides
    [both] = find_dates("03/04/2021")
    assert (both.value.isoformat(), both.ambiguous.isoformat()) == ("2021-04-03", "2021-03-04")
    assert [d.value.isoformat() for d in find_dates("03/04/2021", "mdy")] == ["2021-03-04"]
    assert [d.value.isoformat() for d in find_dates("15/09/2021, Sept. 15, 2021 and 2021-09-15")] == [
        "2021-09-15"
    ] * 3
    assert find_dates("Monday at 02:00") == []


def test_input_metadata_and_notes_reach_the_article() -> None:
    raw = RawDocument(
        "batch.jsonl#line4",
        text=f"Kenya and Norway review energy accord\n\n{LEAD}\n\n{SECOND}",
        title="Kenya and Norway review energy accord",
        url="https://example.org/a",
        decoding_note="not valid UTF-8; decoded as cp1252",
        crawled="2022-06-09T00:00:00Z",
    )
    article = DefaultCleaner()(raw)
    assert article.title == raw.title and article.title not in article.text
    assert article.url == raw.url and article.source == raw.source
    assert raw.decoding_note in article.notes
    assert any("crawled 2022-06-09" in note for note in article.notes)
    assert article.published.value is None  # the crawl day is not a publication date
