"""Round 24 (r24pub): publication dates of wire datelines, bylines and update stamps in forms the
earlier rounds did not read, and a planned day that took the document time past its date line.
Every line here is invented."""

from __future__ import annotations

from datetime import date

from cleaning_support import document_day as _dct
from cleaning_support import published as _published

HEAD = "Norland and Sudria ministers meet over the border dispute\n\n"
BODY = (
    "The two foreign ministers met in the capital to discuss the disputed frontier and trade.\n\n"
    "Officials said the talks would resume after a technical committee reviews the maps."
)
CUERPO = (
    "Los ministros de Norland y Sudria se reunieron en la capital para discutir la frontera.\n\n"
    "Los funcionarios dijeron que las conversaciones se reanudarán el próximo mes."
)


# --- an agency's initials closing a dateline on its own line ------------------------------------------


def test_a_dateline_line_closed_by_the_agencys_initials_after_a_comma_is_read():
    url = "https://example.org/library/news/2019/norland-190313-nna01.htm"
    found = _published(HEAD + "NNA - Norland News Agency\nPortvale, March 13, NNA\n" + BODY, url)
    assert (found.value, found.source) == ("2019-03-13", "dateline")
    found = _published(HEAD + "Portvale, 13 March, NNA\n" + BODY, "https://example.com/2019/03/talks")
    assert found.value == "2019-03-13"
    # initials only: a place, a day and a word are no wire's dateline
    found = _published(HEAD + "Portvale, March 13, Wednesday\n" + BODY, "https://example.com/2019/03/talks")
    assert found.source != "dateline"


# --- the Spanish, French and Italian wires' year-less datelines --------------------------------------


def test_a_lower_case_month_before_the_agencys_bracket_is_a_yearless_dateline():
    url = "https://example.es/2024/03/ministros"
    for opening in (
        "Portvale, 12 mar (Agencia).- ",
        "Portvale, 12 de marzo (Agencia).- ",
        "PORTVALE, 12 mars (Agence) - ",
        "Portvale, 12 mar. (Agenzia) - ",
    ):
        found = _published(HEAD + opening + CUERPO, url)
        assert (found.value, found.source) == ("2024-03-12", "dateline"), opening
    # "5 out of 7": a lower-case word after a number is any word unless the agency's mark follows
    found = _published(HEAD + "Portvale, 12 mar las conversaciones siguen.\n\n" + CUERPO, url)
    assert found.source != "dateline"


def test_the_spanish_wires_full_stop_and_dash_after_a_full_date():
    assert _published(HEAD + "Portvale, 12 de marzo de 2024.- " + CUERPO).value == "2024-03-12"


# --- other languages' clock times and the words around them -------------------------------------------


def test_a_byline_with_a_french_clock_time_is_read():
    assert _published(HEAD + "Jean Martin - 12 mars 2024 à 10h05\n" + BODY).value == "2024-03-12"
    assert _published(HEAD + "Le 12 mars 2024 à 10h05\n" + BODY).value == "2024-03-12"


def test_bylines_with_another_languages_word_for_at_are_read():
    for line, url in (
        ("Ana Souza, 12/03/2024 às 10h05", "https://example.com.br/politica/x"),
        ("Hans Weber, 12.03.2024 um 10:05 Uhr", None),
        ("Jan Smit, 12 maart 2024 om 10:05", None),
        ("Marta Ruiz | 12 de marzo de 2024 a las 10:05", None),
        ("Anna Conti, 12 marzo 2024 alle 10:05", None),
    ):
        assert _published(HEAD + line + "\n" + BODY, url).value == "2024-03-12", line


def test_a_hyphenated_portuguese_weekday_beside_the_date():
    assert _published(HEAD + "terça-feira, 12 de março de 2024\n" + BODY).value == "2024-03-12"


# --- an update stamp against the original's date line -------------------------------------------------


def test_a_date_line_under_the_byline_wins_over_a_stamp_that_gives_only_the_update():
    text = HEAD + "Updated 14 March 2024, 12:00\nJane Roe\n12 March 2024\n" + BODY
    found = _published(text)
    assert found.value == "2024-03-12"
    assert "2024-03-14" in {c.value for c in found.candidates}
    # alone, the update stamp still dates the page
    assert _published(HEAD + "Jane Roe\nUpdated 14 March 2024 at 12:00 pm\n" + BODY).value == "2024-03-14"


# --- the day a page was read, printed or retrieved ---------------------------------------------------


def test_an_access_or_print_stamp_is_no_publication_date():
    for line in ("Accessed 7 December 2026", "Retrieved on 7 December 2026.", "Printed on: 07/12/2026 10:15"):
        assert _published(HEAD + line + "\n" + BODY).value is None, line


# --- an article number opening with its day, the lead naming two weekdays ---------------------------


VISIT = (
    "The foreign minister arrived in Portvale on Tuesday afternoon for talks lasting through Thursday.\n\n"
    "She will also visit the northern port, officials said."
)


def test_an_article_numbers_day_on_the_weekday_the_lead_names_first():
    url = "https://example.cn/news/world/2404098387/"  # 24-04-09, a Tuesday, then a serial
    found = _published(HEAD + VISIT, url)
    assert (found.value, found.source) == ("2024-04-09", "url")
    # the lead naming Thursday first: the number is no day it confirms
    thursday_first = VISIT.replace("on Tuesday afternoon", "on Thursday afternoon")
    assert _published(HEAD + thursday_first, url).value is None


# --- a planned day of a range that the past tense read as a day gone by --------------------------------


BLOG = (
    "Monday, March 4, 2019\n\n"
    "Border talks put off\n\n"
    "Norland and Sudria have put off the next round of border talks, which were expected next week.\n\n"
    "The talks were tentatively planned for March 11-12. No reason was given for the delay.\n\n"
    "The last round was held in Portvale on February 20."
)


def test_a_range_planned_for_days_ahead_does_not_overrule_the_blogs_date(pipeline):
    # before, "March 11-12" counted as a past day ("were planned"), so the post's date above the
    # headline, which the URL's month confirms, lost to it
    url = "https://norland-notes.example.com/2019/03/talks-put-off.html"
    assert _dct(pipeline, BLOG, url) == date(2019, 3, 4)
