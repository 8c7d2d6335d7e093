"""Publication dates in the forms news pages print them, each on the project's own invented lines."""

from __future__ import annotations

import pytest
from cleaning_support import published as _published

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import day_order, find_dates, url_date
from dateline.records import RawDocument

TITLE = "Port authorities agree on new shipping lanes"
BODY = (
    "Harbour officials from the two countries agreed on Tuesday to open three new shipping lanes.\n\n"
    "The lanes will be marked with buoys before the summer season, a joint statement said."
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("By Mira Castell | Monday, 14 October 2024 06:15 PM", "2024-10-14"),  # byline with weekday
        ("Published 14.10.24, 09:05 AM", "2024-10-14"),  # day.month.two-digit year
        ("Updated: March 3, 2025 11:40 IST", "2025-03-03"),  # only an update date
        ("21-February-2021 18:30 IST", "2021-02-21"),  # hyphens around the month
        ("02 Nov 2023 14:05:10 GMT+8", "2023-11-02"),  # seconds and an offset zone
        ("Posted 2023-1-5", "2023-01-05"),  # unpadded ISO
        ("Published September 29,2023", "2023-09-29"),  # no space after the comma
        ("By Example Wire Updated On - 10:05 AM, Sat - 30 September 23", "2023-09-30"),
        ("by The Example Desk March 18, 2025 8:01 PM 2 min read", "2025-03-18"),
        ("12 de marzo de 2024", "2024-03-12"),  # another language's month name
    ],
)
def test_date_lines_under_the_headline(line: str, day: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value == day


def test_the_original_wins_over_the_update_and_the_update_is_kept() -> None:
    line = "By Ana Ruiz Posted : March 16, 2023, 18:49 Updated : March 17, 2023, 08:54"
    published = _published(f"{TITLE}\n{line}\n\n{BODY}")
    assert published.value == "2023-03-16"
    assert "2023-03-17" in [c.value for c in published.candidates]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Nairobi, June 2, 2023: ", "2023-06-02"),
        ("Asunción (Example Newspaper) January 17, 2026 – ", "2026-01-17"),
        ("OSLO, June 8, 2022 (Agency) - ", "2022-06-08"),
    ],
)
def test_datelines_with_a_year(opening: str, day: str) -> None:
    text = f"{TITLE}\n\n{opening}{BODY}"
    assert _published(text).value == day


def test_a_wire_dateline_without_a_year_takes_it_from_the_date_header() -> None:
    # the site's current-date header sits above the headline (a crawl day); the agency line is the
    # article's own date, and its year is the latest one not after the header's day
    text = f"Friday, 10 January 2025\n{TITLE}\n\nLAGOS, Jan. 5 (Agency) - {BODY}"
    published = _published(text)
    assert (published.value, published.source, published.inferred) == ("2025-01-05", "dateline", True)


def test_a_wire_dateline_without_a_year_and_nothing_to_place_it() -> None:
    published = _published(f"{TITLE}\n\nDUSHANBE, May 1. /Agency/. {BODY}")
    assert published.value is None and published.month_day == "--05-01"


def test_a_date_line_after_the_body() -> None:
    assert _published(f"{TITLE}\n\n{BODY}\n\n2022-12-12 19:15:00").value == "2022-12-12"


def test_a_date_glued_to_the_source_name() -> None:
    assert [f.value.isoformat() for f in find_dates("Example NewsMarch 4, 2024")] == ["2024-03-04"]


def test_a_day_above_the_headline_alone_is_no_publication_date() -> None:
    # a site's day header (the crawl's) looks the same as a blog's post date: without anything that
    # marks it as the post's, it is only a bound
    article = DefaultCleaner()(RawDocument("t", id="t", text=f"Saturday, 5 December 2026\n{TITLE}\n\n{BODY}"))
    assert article.published.value is None
    assert any("Saturday, 5 December 2026" in note for note in article.notes)


@pytest.mark.parametrize(
    ("head", "url", "kept"),
    [
        # the URL agrees
        ("Wednesday, March 8, 2017", "https://notes.example.org/2017/03/port-lanes.html", False),
        # the minute: a post's stamp, kept by the time stage where nothing is against it (round 21)
        ("Notes Wednesday, 8 March 2017 09:12", None, True),
        ("March 8, 2017\n2 min read", None, False),  # a reading time beside it: the post's header
    ],
)
def test_a_day_above_the_headline_that_something_marks_as_the_posts(
    head: str, url: str | None, kept: bool
) -> None:
    published = _published(f"{head}\n{TITLE}\n\n{BODY}", url)
    assert (published.value, published.source) == ("2017-03-08", "header")
    assert (published.confidence >= 0.5) == kept


@pytest.mark.parametrize(
    "head",
    [
        "Harbour City, Examplelandia Friday 24 May 2019",  # the site's place and today's date
        "Harbour City, ExamplelandiaFriday 24 May 2019",  # glued as pages print them
    ],
)
def test_a_masthead_with_the_sites_place_and_day_is_not_taken_for_a_byline(head: str) -> None:
    article = DefaultCleaner()(RawDocument("t", id="t", text=f"{head}\n\n{TITLE}\n\n{BODY}"))
    assert article.published.value is None


def test_the_articles_own_date_line_wins_over_the_sites_day_header() -> None:
    text = f"Today: Saturday, 04 May, 2024\n\n{TITLE}\nPosted: 2 May 2024\n\n{BODY}"
    assert _published(text).value == "2024-05-02"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.org/world/2023/11/05/ports-deal", "2023-11-05"),
        ("https://example.com/news/ports-deal-20231105-0012.html", "2023-11-05"),
        ("https://example.com/news/20231105_12/", "2023-11-05"),
        ("https://example.com/view.php?key=20231105002104231", "2023-11-05"),
        ("https://en.example.cn/2023-11/05/content_4417.htm", "2023-11-05"),  # year-month, then the day
        ("https://example.gov/en/news/212-20_11_2023", "2023-11-20"),  # day first: 20 shows it
        ("https://example.com/news/ports-11-20-2023.html", "2023-11-20"),  # month first: 20 shows it
    ],
)
def test_url_dates(url: str, day: str) -> None:
    found = url_date(url)
    assert found is not None and found[0].isoformat() == day
    assert _published(f"{TITLE}\n\n{BODY}", url=url).value == day


def test_six_digit_url_numbers_are_not_dates() -> None:
    assert url_date("https://example.com/news/051123-ports") is None


def test_numeric_order_from_the_outlet_convention() -> None:
    assert day_order("https://news.example.co.uk/a", "")[0] == "dmy"
    assert day_order(None, "Updated 9:30 a.m. EST")[0] == "mdy"
    assert day_order(None, "an earlier story dated 25/12/2020")[0] == "dmy"
    line = "Published 03/04/2021"
    assert _published(f"{TITLE}\n{line}\n\n{BODY}", url="https://example.co.uk/x").value == "2021-04-03"
    assert _published(f"{TITLE}\n{line}\n\n{BODY}", url="https://example.us/x").value == "2021-03-04"


def test_ambiguous_numeric_dates_keep_both_readings() -> None:
    published = _published(f"{TITLE}\nPublished 03/04/2021\n\n{BODY}")
    assert published.confidence <= 0.5 and published.inferred
    values = {published.value} | {c.value for c in published.candidates}
    assert {"2021-04-03", "2021-03-04"} <= values


@pytest.mark.parametrize(
    "sentence", ["By March 4, 2024 the troops had left.", "The report was published on 12 March 2024."]
)
def test_body_sentences_with_dates_are_not_date_lines(sentence: str) -> None:
    article = DefaultCleaner()(RawDocument("t", id="t", text=f"{TITLE}\n\n{sentence}\n\n{BODY}"))
    assert sentence in article.text and article.published.value is None


def test_a_wire_dateline_without_a_year_takes_it_from_the_url_month() -> None:
    text = f"{TITLE}\n\nLAGOS, May 2 (Agency) - {BODY}"
    published = _published(text, url="https://example.com/2017/05/ports-deal/")
    assert (published.value, published.inferred) == ("2017-05-02", True)


def test_articles_verbose_shows_the_losing_candidates(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from dateline.cli.app import app

    page = tmp_path / "ports.txt"
    page.write_text(f"{TITLE}\nBy Ana Ruiz | 5 June 2023\nUpdated: 7 June 2023\n\n{BODY}\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(page), "--db", str(db), "--quiet"]).exit_code == 0
    (record,) = [
        json.loads(line)
        for line in runner.invoke(app, ["articles", "--db", str(db), "-v"]).output.splitlines()
    ]
    published = record["published"]
    assert (published["value"], published["source"]) == ("2023-06-05", "byline")
    assert [(c["value"], c["source"]) for c in published["candidates"]] == [("2023-06-07", "published-line")]
    plain = json.loads(runner.invoke(app, ["articles", "--db", str(db)]).output.splitlines()[0])
    assert "candidates" not in plain["published"]


def test_a_date_line_below_the_header_naming_its_weekday_is_trusted() -> None:
    opening = [
        "The ministers of both countries met at the harbour office to review the plan.",
        "Shipping companies had asked for wider lanes after two collisions last winter.",
        "A third lane will be reserved for ferries during the summer months.",
    ]
    lines = ["Politics", TITLE, *opening, "Wednesday, February 22, 2023 | 22:14", BODY]
    text = "\n\n".join(lines)
    published = _published(text)
    assert (published.value, published.confidence) == ("2023-02-22", 0.7)


# --- round 3: more line forms, each with invented lines ------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2024-10-14T18:15:00+05:30", "2024-10-14"),  # an ISO timestamp with its offset
        ("Harbour Materials 4 March 2021 14:44 (UTC +04:00)", "2021-03-04"),  # section, date, zone
        ("June 27, 2014 / 9:50 PM / in 3 years", "2014-06-27"),  # an archive's relative stamp
        ("14 March 2023 | Ana Ruiz | Comments (3)", "2023-03-14"),  # a comment counter
        ("Ana Ruiz @anaruiz Mar 14, 2023", "2023-03-14"),  # a social handle
        ("14:05 GMT 14.03.2023 (updated: 15:10 GMT 15.03.2023)", "2023-03-14"),  # dotted, update after
        ("Tue, 03/14/2023 - 14:05", "2023-03-14"),  # month first where the day is above 12
        ("Written by Ana Ruiz | New Delhi | Updated: March 14, 2023 14:05 IST", "2023-03-14"),
        ("Ana Ruiz · Follow · 3 min read · Mar 14, 2023", "2023-03-14"),
        ("14 Ekim 2024", "2024-10-14"),  # Turkish month name
        ("3 maart 2023", "2023-03-03"),  # Dutch month name
        ("14 октября 2024", "2024-10-14"),  # Russian month name (genitive)
    ],
)
def test_more_date_lines_under_the_headline(line: str, day: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value == day


@pytest.mark.parametrize(
    "line",
    [
        "Close | 14 March 2023",  # one word beside the date is a menu label, not an author
        "World 14 March 2023",
    ],
)
def test_one_word_beside_a_date_is_not_a_byline(line: str) -> None:
    article = DefaultCleaner()(RawDocument("t", id="t", text=f"{line}\n{TITLE}\n\n{BODY}"))
    assert article.byline is None
    assert article.published.value is None  # above the headline, nothing marks it as the post's


@pytest.mark.parametrize(
    "line",
    [
        "(File) Ana Ruiz, 12 March 2023",
        "Credit: Ana Ruiz, 12 March 2023",
        "Photo: Ana Ruiz / Example Times, 12 March 2023",
        "Copyright © 2023 Example Media, 14 March 2023",
    ],
)
def test_credits_captions_and_copyright_lines_are_not_publication_dates(line: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value is None


def test_a_label_alone_names_the_date_line_below_it() -> None:
    # a crawl-day header on top, then "Published:" on its own line above the article's date
    head = "April 20, 2024, 9:42 pm\n\nHarbour correspondent\n\nPublished:\n2022-11-22 02:45:47"
    text = f"{head}\n\n{TITLE}\n\n{BODY}"
    published = _published(text)
    assert (published.value, published.source) == ("2022-11-22", "published-line")
    assert "2024-04-20" in [c.value for c in published.candidates]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("GENEVA (14 October 2024) – ", "2024-10-14"),  # the date in parentheses
        ("MOSCOW (Example News / Agency - 06th April, 2023) ", "2023-04-06"),  # after the agencies
        ("KAMPALA, Uganda — Monday, October 14, 2024 — ", "2024-10-14"),  # after a dash and a weekday
        ("PARIS, October 14, 2024 /Example Wire/ -- ", "2024-10-14"),  # a release wire
        ("New Delhi [India], October 14, 2024 (Agency): ", "2024-10-14"),  # the country in brackets
        ("Kyiv, 14.10.2024 – ", "2024-10-14"),  # a numeric date
    ],
)
def test_more_datelines_with_a_year(opening: str, day: str) -> None:
    article = DefaultCleaner()(RawDocument("t", id="t", text=f"{TITLE}\n\n{opening}{BODY}"))
    assert (article.published.value, article.published.source) == (day, "dateline")
    assert article.text.startswith("Harbour officials")  # the dateline left the body whole


def test_a_date_line_without_a_year_takes_it_from_the_dates_of_the_article() -> None:
    # a weekday named with the day: the year must fit it, near the year the article's dates give
    body = f"{BODY}\n\nThe previous agreement had expired on 30 June 2023."
    published = _published(f"{TITLE}\nMonday, October 14 | 6:15 PM\n\n{body}")
    assert (published.value, published.inferred, published.month_day) == ("2024-10-14", True, "--10-14")
    assert "Monday" in published.note


def test_a_dateline_weekday_settles_the_year() -> None:
    body = f"{BODY}\n\nTalks had stalled on 12 March 2021."
    text = f"{TITLE}\n\nWASHINGTON, Saturday, May 1 (Example Wire) - {body}"
    assert _published(text).value == "2021-05-01"  # 2021, not 2020 or 2022: May 1 was a Saturday


def test_a_weekday_settles_an_ambiguous_numeric_date() -> None:
    # no convention (a .com site, no zone): 03/04/2023 is 3 April or 4 March; only 3 April is a Monday
    published = _published(f"{TITLE}\nPublished Mon 03/04/2023\n\n{BODY}", url="https://example.com/x")
    assert (published.value, published.inferred) == ("2023-04-03", False)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.co.uk/world/2024/oct/14/ports-deal", "2024-10-14"),  # the month as a word
        ("https://example.com/2024/10/ports-deal-20241014.html", "2024-10-14"),
        ("https://example.com/news/2024/10/14", "2024-10-14"),  # the path ends at the day, no query
        ("https://example.com/14/10/2024/ports-deal", "2024-10-14"),  # day, month, year folders
        ("https://example.com/10/14/2024/ports-deal", "2024-10-14"),  # month first: 14 shows it
    ],
)
def test_more_url_dates(url: str, day: str) -> None:
    assert _published(f"{TITLE}\n\n{BODY}", url=url).value == day


def test_six_digit_url_words_confirm_a_day_without_its_year() -> None:
    # "141024" alone proves nothing; with a dateline "Oct 14" it gives the year
    assert _published(f"{TITLE}\n\n{BODY}", url="https://example.com/news/141024/ports").value is None
    text = f"{TITLE}\n\nLAGOS, Oct 14 (Agency) - {BODY}"
    published = _published(text, url="https://example.com/news/141024/ports")
    assert (published.value, published.inferred) == ("2024-10-14", True)


def test_the_url_printed_above_the_article_dates_it() -> None:
    text = f"https://news.example.org/20231105/ports-deal-1234.html\n{TITLE}\n\n{BODY}"
    article = DefaultCleaner()(RawDocument("t", id="t", text=text))
    assert (article.published.value, article.published.source) == ("2023-11-05", "url")
    assert article.title == TITLE and "https://" not in article.text


@pytest.mark.parametrize("url", ["http://[::1", "https://example.com:99999/2023/11/05/a", "not a url"])
def test_a_malformed_url_never_stops_the_article(url: str) -> None:
    article = DefaultCleaner()(
        RawDocument("t", id="t", text=f"{TITLE}\nPublished 5 November 2023\n\n{BODY}", url=url)
    )
    assert article.published.value == "2023-11-05" and article.text


# --- HTML: htmldate first, then the same text rules ----------------------------------------------

_HTML_BODY = "".join(
    f"<p>{p}</p>"
    for p in (
        "Harbour officials from the two countries agreed on Tuesday to open three new shipping lanes "
        "after talks that began on 5 March 2021.",
        "The lanes will be marked with buoys before the summer season, a joint statement from both "
        "port authorities said on Tuesday.",
        "Officials said the first ships would use the lanes next month, after inspections by both "
        "coast guards and the insurers.",
    )
)


def _page(head: str = "", before: str = "", inside: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>Ports agree</title>{head}</head><body>{before}<article>"
        f"<h1>Ports agree on new lanes</h1>{inside}{_HTML_BODY}</article>{after}</body></html>"
    )


def _page_date(html: str, url: str | None = None):
    return DefaultCleaner()(RawDocument("p.html", id="p", html=html, url=url)).published


def test_html_metadata_first_and_the_text_update_line_kept_as_a_candidate() -> None:
    meta = "<meta property='article:published_time' content='2023-03-14T14:05:00Z'>"
    published = _page_date(_page(head=meta, inside="<p>Updated 16 March 2023</p>"))
    assert (published.value, published.source) == ("2023-03-14", "html-meta")
    assert "2023-03-16" in [c.value for c in published.candidates]


def test_html_without_metadata_falls_to_the_text_rules() -> None:
    inside = "<p>OSLO, March 14, 2023 (Example Wire) - Harbour officials met again.</p>"
    assert _page_date(_page(inside=inside)).value == "2023-03-14"
    assert _page_date(_page(), url="https://example.com/2023/03/14/ports").value == "2023-03-14"


@pytest.mark.parametrize(
    ("before", "inside", "after"),
    [
        ("", "", "<footer>© 2022 Example Times. All rights reserved.</footer>"),  # a copyright year
        ("<div class='topbar'>Friday, December 5, 2026</div>", "", ""),  # the site's current-date bar
        ("", "<figure><figcaption>Harbour office, 12 March 2019. Photo: Ana Ruiz</figcaption></figure>", ""),
    ],
)
def test_html_dates_of_the_page_furniture_are_not_publication_dates(
    before: str, inside: str, after: str
) -> None:
    # htmldate's extensive search finds these; none is stated by the article, so none is taken
    assert _page_date(_page(before=before, inside=inside, after=after)).value is None


def test_html_a_date_element_of_the_article_found_by_the_extensive_search() -> None:
    published = _page_date(_page(inside="<div class='story-date'>Tuesday 14 March 2023</div>"))
    assert published.value == "2023-03-14"


def test_a_page_store_date_field_is_a_weak_candidate_and_not_part_of_the_headline() -> None:
    article = DefaultCleaner()(RawDocument("t", id="t", text=f" date 2022-03-23 {TITLE}\n\n{BODY}"))
    assert article.title == TITLE and article.byline is None
    assert (article.published.value, article.published.source) == ("2022-03-23", "header")
    # any date line of the article itself wins over the store's field
    text = f" date 2022-03-25 {TITLE}\nBy Ana Ruiz | 23 March 2022\n\n{BODY}"
    published = _published(text)
    assert (published.value, [c.value for c in published.candidates]) == ("2022-03-23", ["2022-03-25"])


@pytest.mark.parametrize(
    "opening", ["October 14, 2024 — ", "14.10.2024 — ", "Oct 14, 2024 (Example Wire) - "]
)
def test_a_dated_opening_without_a_place(opening: str) -> None:
    article = DefaultCleaner()(RawDocument("t", id="t", text=f"{TITLE}\n\n{opening}{BODY}"))
    assert (article.published.value, article.published.source) == ("2024-10-14", "dateline")
    assert article.text.startswith("Harbour officials") and article.dateline is None


def test_a_dated_opening_needs_its_year() -> None:
    # "October 14 — " alone could open any sentence about that day: it is left in the body
    article = DefaultCleaner()(RawDocument("t", id="t", text=f"{TITLE}\n\nOctober 14 — {BODY}"))
    assert article.text.startswith("October 14") and article.published.value is None


def test_dotted_numeric_dates_are_day_first_without_a_convention() -> None:
    # month-first countries write slashes; dots are day-first wherever they are printed
    published = _published(f"{TITLE}\nPublished 03.04.2023\n\n{BODY}", url="https://example.com/x")
    assert (published.value, published.inferred) == ("2023-04-03", False)
    slashed = _published(f"{TITLE}\nPublished 03/04/2023\n\n{BODY}", url="https://example.com/x")
    assert slashed.inferred  # a slash stays ambiguous: both readings kept


def test_the_crawl_day_bounds_the_year_of_a_wire_dateline() -> None:
    text = f"{TITLE}\n\nLAGOS, Dec. 30 (Agency) - {BODY}"
    raw = RawDocument("t", id="t", text=text, crawled="2025-01-03T08:00:00Z")
    published = DefaultCleaner()(raw).published
    assert (published.value, published.inferred) == ("2024-12-30", True)  # the latest Dec 30 before the crawl


@pytest.mark.parametrize(
    "tail",
    [
        "Grain prices spark protest\n\nDecember 20, 2023\n\nBoard names new chair\n\nDecember 21, 2023",
        "Farmers protest over grain prices\n\nDecember 20, 2023",
    ],
)
def test_dates_of_teasers_for_other_stories_after_the_body_are_not_the_articles(tail: str) -> None:
    assert _published(f"{TITLE}\n\n{BODY}\n\n{tail}").value is None


def test_a_signed_statement_closing_with_its_date() -> None:
    signature = "Ana Ruiz\nSpecial Adviser to the Minister\n(Media and Publicity)\nNovember 9, 2020"
    assert _published(f"{TITLE}\n\n{BODY}\n\n{signature}").value == "2020-11-09"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publicado Tuesday, 22 March 2022", "2022-03-22"),  # another language's label, English date
        ("Publicado: 18 de Mayo de 2020", "2020-05-18"),
        ("Veröffentlicht am 14. März 2023, 17:05 Uhr", "2023-03-14"),
        ("Actualizado: 16 de marzo de 2023 | Publicado: 14 de marzo de 2023", "2023-03-14"),  # original wins
    ],
)
def test_labels_in_other_languages(line: str, day: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value == day


@pytest.mark.parametrize(
    "url",
    [
        "https://notes.example.org/search?max-results=7&updated-max=2023-11-05T16:08:00%2B03:00",
        "https://example.com/archive?before=2023-11-05&page=2",
        "https://example.com/list?date_to=20231105",
    ],
)
def test_a_listings_bound_in_the_query_is_no_posts_date(url: str) -> None:
    assert url_date(url) is None


@pytest.mark.parametrize(
    "line",
    [
        "Example Agency, March 4, 2024 Adjust font size:",  # the page's tools beside the source line
        "March 4, 2024 | Print | Email | Share",
        "Example Agency 04 March 2024 Text size A+ A-",
    ],
)
def test_page_tools_beside_a_date_line(line: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value == "2024-03-04"


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("PORTVILLE, (Example Daily / Example Wire - 04th March, 2024) ", "2024-03-04"),  # comma first
        ("PORTVILLE (Example Wire / Desk - 4 March 2024) ", "2024-03-04"),
    ],
)
def test_a_dateline_with_sources_and_date_in_parentheses(opening: str, day: str) -> None:
    published = _published(f"{TITLE}\n\n{opening}{BODY}")
    assert (published.value, published.source) == (day, "dateline")


def test_a_wire_dateline_closed_by_a_dot_and_a_dash() -> None:
    # "City, May 8 (Agency).- " as Spanish-language wires print it in English: a day without its year
    text = f"{TITLE}\n\nPortville, May 8 (Example Wire).- {BODY}"
    article = DefaultCleaner()(RawDocument("t", id="t", text=text))
    assert article.published.month_day == "--05-08" and article.published.value is None
    assert article.text.startswith("Harbour officials")


def test_a_url_day_and_month_before_the_year_that_could_be_either_is_left_alone() -> None:
    assert url_date("https://example.com/news/ports-04_05_2023") is None


@pytest.mark.parametrize(
    ("line", "crawled", "day"),
    [
        ("Published 3 hours ago", "2024-05-04T10:00:00Z", "2024-05-04"),
        ("Posted 13 hours ago", "2024-05-04T10:00:00Z", "2024-05-03"),  # back across midnight
        ("2 days ago", "2024-05-04T10:00:00Z", "2024-05-02"),
        ("2 days ago", "2024-05-04", "2024-05-02"),  # days need only the crawl's day
        ("an hour ago", "2024-05-04T10:00:00Z", "2024-05-04"),
    ],
)
def test_a_relative_stamp_counted_back_from_the_crawl(line: str, crawled: str, day: str) -> None:
    text = f"{TITLE}\n{line}\n\n{BODY}"
    article = DefaultCleaner()(RawDocument("t", id="t", text=text, crawled=crawled))
    assert (article.published.value, article.published.inferred) == (day, True)
    assert line not in article.text


@pytest.mark.parametrize(
    ("line", "crawled"),
    [
        ("Published 3 hours ago", None),  # nothing to count back from
        ("Posted 13 hours ago", "2024-05-04"),  # the crawl's day without its time: either day
    ],
)
def test_a_relative_stamp_without_a_crawl_time_dates_nothing(line: str, crawled: str | None) -> None:
    text = f"{TITLE}\n{line}\n\n{BODY}"
    assert DefaultCleaner()(RawDocument("t", id="t", text=text, crawled=crawled)).published.value is None


def test_a_first_line_opening_with_a_wire_dateline_is_the_lead_not_a_headline() -> None:
    # as long and unpunctuated as a headline, but a dateline opens it: the body starts here
    lead = (
        "PORTVILLE, July 8 (Example Wire) — Harbour officials from the two countries will meet again "
        "next week to settle the last details of the new shipping lanes, the port authority said"
    )
    article = DefaultCleaner()(
        RawDocument("t", id="t", text=f"{lead}\nafter a first round of talks.\n\n{BODY}")
    )
    assert article.title is None
    assert article.dateline == "Portville" and article.published.month_day == "--07-08"
    assert article.text.startswith("Harbour officials from the two countries will meet again")


def test_a_day_on_top_that_the_lead_repeats_is_the_posts() -> None:
    lead = "On Wednesday, March 8, 2017, harbour officials from the two countries agreed on new lanes."
    published = _published(f"March 8, 2017\n\n{lead}\n\n{BODY}")
    assert (published.value, published.source) == ("2017-03-08", "header")


def test_a_dateline_with_the_agencys_initials_after_a_comma() -> None:
    text = f"{TITLE}\n\nPortville, Nov 30, EWA – {BODY}"
    article = DefaultCleaner()(
        RawDocument("t", id="t", text=text, url="https://ewa.example.org/2023/11/lanes/")
    )
    assert (article.published.value, article.published.source) == ("2023-11-30", "dateline")
    assert article.text.startswith("Harbour officials") and article.outlet == "EWA"


@pytest.mark.parametrize("above", [f"{TITLE}\n", ". Example Science Wire .\n"])
def test_a_wire_dateline_line_with_the_agency_before_the_date(above: str) -> None:
    # a place and its agency read like a name; with a site name ending in dots no headline is found
    # and the line stands below an empty header
    article = DefaultCleaner()(
        RawDocument("t", id="t", text=f"{above}PORTVILLE, Examplia (EWA) Oct 11, 2004\n\n{BODY}")
    )
    assert article.published.value == "2004-10-11"
    assert article.byline is None


def test_a_signed_date_line_after_the_body_original_over_update() -> None:
    tail = "Desk Team | Published: January 07, 2012 00:00:00 | Updated: February 01, 2018 00:00:00"
    published = _published(f"{TITLE}\n\n{BODY}\n\n{tail}\n\nShare this story")
    assert published.value == "2012-01-07"
    assert "2018-02-01" in [c.value for c in published.candidates]


def test_an_embedded_posts_signature_near_the_top_is_not_the_articles_date() -> None:
    text = (
        "Harbour officials met again, and one of them posted about it.\n"
        "Ana Ruiz (@anaruiz_port) October 9, 2021\n\n"
        f"{BODY}"
    )
    assert _published(text).value is None


@pytest.mark.parametrize(
    "line", ["Tue, 4 Jun 2024 Source: ports.example.gov.xx", "Source: Example Agency | 4 Jun 2024"]
)
def test_a_date_line_crediting_its_source(line: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value == "2024-06-04"


def test_a_url_with_month_and_day_joined_under_the_year() -> None:
    assert url_date("https://senate.example.ph/press/2012/0920_release.asp")[0].isoformat() == "2012-09-20"
    assert url_date("https://example.com/world/2012/0920/ports-agree") is not None
    assert url_date("https://example.com/archive/2012/1234/") is None  # no month 12 has a day 34


@pytest.mark.parametrize(
    ("url", "order"),
    [
        ("https://mobile.example.live/a", None),  # a generic domain names no country
        ("https://radio.example.fm/a", None),  # a two-letter domain sold to sites anywhere
        ("https://www.example.gov/a", "mdy"),
        ("https://example.com.ph/a", "mdy"),
        ("https://example.co.ke/a", "dmy"),
    ],
)
def test_the_country_domain_decides_the_day_order_only_for_countries(url: str, order: str | None) -> None:
    assert day_order(url, "no dates here")[0] == order


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.dawn.com/news/1", "2024-04-03"),
        ("https://www.nytimes.com/world/ports.html", "2024-03-04"),
    ],
)
def test_a_known_outlets_convention_orders_day_and_month(url: str, day: str) -> None:
    # both outlets sit on .com, which names no country; data/outlet_hosts.tsv says how each writes
    assert _published(f"{TITLE}\nPublished 03/04/2024\n\n{BODY}", url).value == day


def test_the_pages_own_unambiguous_dates_outrank_the_outlets_convention() -> None:
    order, why = day_order("https://www.nytimes.com/a", "an earlier story dated 25/12/2020")
    assert order == "dmy" and "other numeric dates" in why


@pytest.mark.parametrize("end", ["", "."])
def test_a_header_flattened_into_the_headlines_line(end: str) -> None:
    # headline, byline and the stamps on one line, as page stores keep them; with a final dot no
    # headline is found and the first line carries the stamp
    line = f"{TITLE} JANE ROE, Example Wire Mar. 4, 2021 Updated: Mar. 5, 2021 9:10 a.m{end}"
    published = _published(f"{line}\n\n{BODY}")
    assert published.value == "2021-03-04"
    assert "2021-03-05" in [c.value for c in published.candidates]


@pytest.mark.parametrize(
    "title", ["Ports to reopen on March 4, 2021", "Harbour board to meet on March 4, 2021 at 10:00"]
)
def test_a_headline_that_names_a_day_is_no_stamp(title: str) -> None:
    assert _published(f"{title}\n\n{BODY}").value is None


def test_a_site_clock_printed_twice_above_the_headline_is_no_posts_stamp() -> None:
    clock = "April 15, 2025 | 20:32 GMT +7"
    assert _published(f"{clock}\n{clock}\n{TITLE}\n\n{BODY}").value is None
    assert _published(f"{clock}\n{TITLE}\n\n{BODY}").value == "2025-04-15"


def test_a_time_zone_in_brackets_is_no_pictures_credit() -> None:
    assert _published(f"{TITLE}\nMonday, 14 October 2024, 18:15 [IST]\n\n{BODY}").value == "2024-10-14"
    article = DefaultCleaner()(
        RawDocument(
            "t", id="t", text=f"{TITLE}\n\n{BODY}\n\nDock workers watch the first ship pass [EXAMPLE WIRE]"
        )
    )
    assert "Dock workers watch" not in article.text


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("This article was first published on 14 October 2024.", "2024-10-14"),
        ("This story first appeared on Example Weekly on October 14, 2024.", "2024-10-14"),
        ("This post was last updated on 14 October 2024.", "2024-10-14"),
        ("The report was published on 14 October 2024.", None),  # another document's date
    ],
)
def test_an_article_that_dates_itself_in_a_sentence(sentence: str, day: str | None) -> None:
    assert _published(f"{TITLE}\n\n{BODY}\n\n{sentence}").value == day


def test_readers_comment_stamps_after_the_body_are_not_the_articles_date() -> None:
    comments = "2 Comments\n\nAna Ruiz says:\nOctober 15, 2024 at 6:15 pm\n\nGood news for the harbour."
    assert _published(f"{TITLE}\n\n{BODY}\n\n{comments}").value is None
    # a date line between the body and the comments is still the article's
    assert _published(f"{TITLE}\n\n{BODY}\n\nOctober 14, 2024\n\n{comments}").value == "2024-10-14"


def test_url_folders_whose_order_does_not_show_are_left_alone() -> None:
    assert url_date("https://example.com/04/05/2023/ports-deal") is None


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Updated 06:15 PM IST", "dmy"),
        ("Posted 9am ET", "mdy"),
        ("18:15 [ICT]", "dmy"),
        ("PT Example Tbk said on Monday", None),  # a company's prefix, no clock beside it
        ("the ICT ministry and the GST council", None),
    ],
)
def test_a_time_zone_counts_only_beside_a_clock_time(text: str, order: str | None) -> None:
    assert day_order(None, text)[0] == order


def test_a_name_with_a_day_among_the_first_paragraphs_is_no_date_line() -> None:
    # outside the header a name and a day sign a quoted letter or an embedded item as often as the
    # article; after the body the same line is the outlet's sign-off
    paragraphs = BODY + "\n\nShipping companies welcomed the plan, which they said would cut travel times."
    signed = "Ana Ruiz, March 3, 2021"
    assert (
        _published(f"{TITLE}\n\n{paragraphs}\n\n{signed}\n\nThe board meets again next month.").value is None
    )
    assert _published(f"{TITLE}\n\n{paragraphs}\n\n{signed}").value == "2021-03-03"
