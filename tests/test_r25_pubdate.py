"""Round 25 (r25pub): publication dates of the forms pubdate-pages-r24 missed: a sitting's day in a
URL's query with the record's dotted number, a day inside a cited web address, a programme's day
headings, a minister's office split at a wrong day between his two surnames.
Every line here is invented."""

from __future__ import annotations

from datetime import date

from cleaning_support import document_day as _dct
from cleaning_support import published as _published

from dateline.clean.dates import url_date

HEAD = "Norland and Sudria ministers meet over the border dispute\n"
BODY = (
    "The two foreign ministers met in the capital to discuss the disputed frontier and the return of "
    "fishing boats seized last year, officials said in a statement.\n"
    "Officials said the talks would resume after a technical committee reviews the maps."
)


# --- a dashed day in a URL's query, followed by the record's dotted number ----------------------------


def test_a_dashed_day_with_a_dotted_record_number_in_the_query_is_the_urls_day():
    found = url_date("https://www.example.org/debates/?id=2023-03-21.46.1")
    assert found is not None and found[0] == date(2023, 3, 21)
    page = "House debates\n\nTuesday, 21 March 2023\n\nQuestions without Notice\n\n" + BODY
    assert _published(page, "https://www.example.org/debates/?id=2023-03-21.46.1").value == "2023-03-21"
    # a dotted day inside a dotted version number stays none, opening it or inside it
    assert url_date("https://www.example.org/files/2023.11.05.3/") is None
    assert url_date("https://www.example.org/files/1.2023.11.05.3/") is None


# --- a day inside a web address on a line: the linked page's ------------------------------------------


def test_a_cited_address_after_the_body_gives_no_date():
    page = HEAD + BODY + "\nSource: https://www.example.com/world/border-talks-resume-says-2024-11-09"
    assert _published(page).value is None
    assert _published(page, "https://portvale-news.example/border-talks").value is None
    page = HEAD + BODY + "\nSource: https://www.example.com/world/2024/11/09/border-talks"
    assert _published(page).value is None
    # the page's own URL still dates it, and so does a date line beside a link
    url = "https://www.example.com/world/2024/11/09/border-talks"
    page = HEAD + BODY + "\nSource: https://www.example.com/world/border-talks-resume-2024-11-01"
    assert _published(page, url).value == "2024-11-09"
    assert _published(HEAD + "9 November 2024\n" + BODY + "\nhttps://example.net/x").value == "2024-11-09"


# --- a weekday's year-less heading closed by a colon: a programme's day -----------------------------------


PROGRAMME = (
    "Nordic ministers gather in Portvale\n\n"
    "Defence ministers of five states will attend the meeting. It is the first in this format.\n\n"
    "A minister said the talks were welcome.\n\n"
    "Thursday 11 March:\n\n"
    "Meeting of the five states on training.\n\n"
    "Friday 12th March\n\n"
    "Meeting with the guests at 09 to 11.00."
)


def test_a_programmes_day_headings_are_no_publication_day(pipeline):
    found = _published(PROGRAMME)
    assert found.value is None and found.month_day is None
    assert _dct(pipeline, PROGRAMME) is None
    # a year-less date line without the colon is still read
    url = "https://example.com/2021/03/nordic-talks"
    assert _published(HEAD + "Thursday, 11 March\n" + BODY, url).value == "2021-03-11"


# --- a minister's new surname: a store's day kept where the name was already in use -----------------------


def test_a_ministers_surname_of_may_2018_keeps_a_stores_day_of_july_2018(pipeline):
    page = (
        " date 2018-07-24 Tajik Foreign Minister Sirojiddin Muhriddin paid a working visit to Portvale on "
        "July 20-22 for a meeting of regional foreign ministers.\n\n"
        "The ministers agreed to meet again in the autumn."
    )
    assert _dct(pipeline, page) == date(2018, 7, 24)
