"""Round 12 publication-date forms, with invented pages and sentences (clean/tenure_years.py,
clean/plaintext.py). Real office holders of the actors' KB stand in the stories; every sentence is
made up."""

from datetime import date

from cleaning_support import published as _published

from dateline.clean.dates import MonthDay
from dateline.clean.tenure_years import year_from_offices

TODAY = date(2025, 6, 1)


def _md(month: int, day: int) -> MonthDay:
    return MonthDay(0, 0, month, day)


def test_a_plural_title_before_a_list_of_names_names_each_holder():
    # July 14 fell on a Thursday once in Medvedev's presidency (2011)
    text = (
        "The presidents of Russia and Kazakhstan, Dmitry Medvedev and Nursultan Nazarbayev, will open "
        "a rail link on Thursday."
    )
    assert year_from_offices(_md(7, 14), text, TODAY)[0] == date(2011, 7, 14)


def test_a_title_in_lower_case_with_the_country_after_it():
    text = "The president of Russia, Dmitry Medvedev, will receive four new envoys on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY)[0] == date(2011, 7, 14)


def test_a_former_holders_title_does_not_bound_the_year():
    # named as former president, he held no such office on the day: nothing places it
    text = "Former President Dmitry Medvedev will give a lecture at the academy on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY) is None
    text = "The former president, Dmitry Medvedev, will give a lecture at the academy on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY) is None


def test_another_office_whose_title_holds_the_holders_word_is_no_holder():
    # "Vice President Joe Biden" held no head-of-state office: his presidency places nothing
    text = "Vice President Joe Biden will meet the mayors of three cities on Tuesday."
    assert year_from_offices(_md(3, 9), text, TODAY) is None
    text = "President Joe Biden will meet the mayors of three cities on Tuesday."
    assert year_from_offices(_md(3, 9), text, TODAY)[0] == date(2021, 3, 9)


def test_an_agency_dateline_takes_the_year_of_the_presidents_named_after_their_plural_title():
    page = (
        "MOSCOW, July 14. /Wire/. The presidents of Russia and Kazakhstan, Dmitry Medvedev and Nursultan "
        "Nazarbayev, agreed on Thursday to open a rail link, the Kremlin press office said.\n\n"
        "Freight trains are to run on the line from next spring."
    )
    found = _published(page)
    assert found.value == "2011-07-14" and found.inferred


_LEAD = "The transport ministers of the two river states agreed on a new barge code, officials said."


def _page(lead: str = _LEAD, after: str = "Inspections under the code begin next spring.") -> str:
    title = "Ministers agree on a new barge code after long talks"
    return f"{title}\n{lead}\nFees were the last point in dispute.\n{after}"


def test_a_papers_credit_closing_the_article_with_a_full_stop():
    for line in (
        "Published in Example Tribune, October 14th, 2024.",
        "Published in the Daily Example on 14 October 2024.",
        "First published in Example Weekly, 14 October 2024.",
    ):
        assert _published(_page(after=line)).value == "2024-10-14", line


def test_a_sentence_opening_with_published_in_is_still_a_sentence():
    # the date does not close it: the line goes on as a sentence of the body
    line = "Published in Example Journal on March 5, 2024, the study found that river fees had doubled."
    assert _published(_page(after=line)).value is None


def test_a_datelines_date_in_brackets_after_a_colon_or_a_dash():
    for lead in ("RIVERTON: (October 14, 2024) ", "RIVERTON — (Monday, Oct. 14, 2024) "):
        found = _published(_page(lead + _LEAD))
        assert found.value == "2024-10-14" and found.source == "dateline", lead


def test_a_bracketed_day_after_a_colon_needs_its_year():
    # "Riverton: (Oct 14)" could be an aside; without its year it dates nothing
    found = _published(_page("RIVERTON: (Oct 14) " + _LEAD))
    assert found.value is None and found.month_day is None


def test_url_year_and_month_joined_with_the_day_a_folder_of_its_own():
    found = _published(_page(), "https://news.example.cn/a/202410/14/WS1234abcd.html")
    assert found.value == "2024-10-14" and found.source == "url"


def test_url_dotted_day():
    assert _published(_page(), "https://news.example.com/news/2024.10.14/barge-code").value == "2024-10-14"
    # a dotted version number is no day
    assert _published(_page(), "https://news.example.com/files/v1.2024.10.14/barge-code").value is None


def test_a_statements_kind_and_its_day_after_a_comma():
    for line in ("Media statement, 14 October 2024", "Press Statement, October 14, 2024"):
        text = f"Ministers agree on a new barge code\n{line}\n{_LEAD}\nFees were the last point in dispute."
        assert _published(text).value == "2024-10-14", line


def test_a_release_number_before_the_place_and_day():
    for line in (
        "PR No. 245 Riverton, October 14, 2024",
        "Press Release No. 12/2024 Riverton, 14 October 2024",
    ):
        text = f"Ministers agree on a new barge code\n{line}\n{_LEAD}\nFees were the last point in dispute."
        assert _published(text).value == "2024-10-14", line


_WEEKDAY_LEAD = (
    "The transport ministers of the two river states met Friday to sign a new barge code, officials said."
)


def test_a_six_digit_folder_on_the_one_reading_that_falls_on_the_leads_weekday():
    # /150322/: 15 March 2022 (a Tuesday) or 22 March 2015 (a Sunday); "met Tuesday" picks the first
    lead = _WEEKDAY_LEAD.replace("Friday", "Tuesday")
    found = _published(_page(lead), "https://news.example.com/world/150322/barge-code")
    assert (found.value, found.source, found.inferred) == ("2022-03-15", "url", True)
    # a weekday neither reading falls on dates nothing
    lead = _WEEKDAY_LEAD.replace("Friday", "Thursday")
    assert _published(_page(lead), "https://news.example.com/world/150322/barge-code").value is None


def test_two_weekdays_in_the_first_sentence_confirm_nothing():
    lead = "The ministers met Tuesday, a day after Sunday's vote, to sign a new barge code, officials said."
    assert _published(_page(lead), "https://news.example.com/world/150322/barge-code").value is None


def test_year_and_month_day_folders_with_a_two_digit_year():
    # /19/0312/: 12 March 2019, a Tuesday
    lead = _WEEKDAY_LEAD.replace("Friday", "Tuesday")
    assert (
        _published(_page(lead), "https://news.example.cn/en/item/19/0312/abc123.html").value == "2019-03-12"
    )
    # without the weekday to confirm it, the folders alone are an id as often
    assert _published(_page(), "https://news.example.cn/en/item/19/0312/abc123.html").value is None


def test_a_six_digit_word_in_the_slug_only_where_the_text_gives_that_very_day():
    url = "https://news.example.org/library/news/riverland-250516-briefing.htm"
    lead = "At the briefing of 16 May 2025 the spokesperson spoke on the barge code."
    found = _published(_page(lead), url)
    assert (found.value, found.source, found.inferred) == ("2025-05-16", "url", True)
    # a day near it is not enough in a slug (a folder would take it)
    lead = "At the briefing of 15 May 2025 the spokesperson spoke on the barge code."
    assert _published(_page(lead), url).value is None


def test_a_records_title_naming_who_spoke_and_where_before_its_day():
    for title in (
        "Press Briefing by the Spokesperson on 16 May 2025",
        "Remarks by the Foreign Minister at the Port Forum on 16 May 2025",
    ):
        text = (
            f"{title}\nThe spokesperson opened with a statement on the barge code.\n{_LEAD}\nFees came next."
        )
        found = _published(text)
        assert (found.value, found.source) == ("2025-05-16", "header"), title
    # a headline that is no record names the day of its event
    text = f"Talks held by the ministers ended on 16 May 2025\n{_LEAD}\nFees came next."
    assert _published(text).value is None


def test_a_unix_time_under_a_query_key_that_names_a_time():
    # 1589900000 is 2020-05-19 15:33 UTC; in milliseconds too
    for url in (
        "https://news.example.com/world/barge-code?t=1589900000",
        "https://news.example.com/world/barge-code.html?id=7&timestamp=1589900000123",
    ):
        found = _published(_page(), url)
        assert (found.value, found.source) == ("2020-05-19", "url"), url
    # a ten-digit number in the path is an id as often; a listing's bound is no page's day
    assert _published(_page(), "https://news.example.com/world/1589900000/barge-code").value is None
    assert _published(_page(), "https://news.example.com/world/list?before=1589900000").value is None


def test_the_years_abbreviation_after_a_russian_or_ukrainian_date():
    for line in ("14.10.2024 г.", "14 октября 2024 г.", "14 жовтня 2024 р.", "14 октября 2024 года"):
        text = f"Ministers agree on a new barge code\n{line}\n{_LEAD}\nFees were the last point in dispute."
        assert _published(text).value == "2024-10-14", line


def test_a_source_name_with_a_number_beside_the_day():
    for line in ("Channel-News18 October 14, 2024 2h 14m", "Example News 24 | October 14, 2024"):
        text = f"Ministers agree on a new barge code\n{line}\n{_LEAD}\nFees were the last point in dispute."
        assert _published(text).value == "2024-10-14", line
    # a label and a number are no name: the line stays text
    text = f"Ministers agree on a new barge code\n{_LEAD} Issue 24 of the code was signed.\nFees came next."
    assert _published(text).value is None


def test_the_wires_staff_credit_above_the_closing_date_is_no_teaser_headline():
    text = _page(after="Reporting by Jane Doe in Riverton; Editing by John Roe\nOctober 14, 2024")
    assert _published(text).value == "2024-10-14"
    # another story's headline above a date after the body is a teaser's
    text = _page(after="Floods close the mountain pass for a week\nOctober 14, 2024")
    assert _published(text).value is None


def test_a_former_office_with_the_country_between():
    text = "Former Russian President Dmitry Medvedev will give a lecture at the academy on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY) is None
    text = "The then-Russian President Dmitry Medvedev opened the rail link on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY) is None
    text = "Russian President Dmitry Medvedev opened the rail link on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY)[0] == date(2011, 7, 14)


def test_a_former_word_earlier_in_the_sentence_does_not_unseat_the_holder():
    text = "A former spy met President Dmitry Medvedev at the Kremlin on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY)[0] == date(2011, 7, 14)
