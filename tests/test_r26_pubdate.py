"""Round 26 (r26pub): publication dates of the forms pubdate-pages-r25 missed: an outlet credited
without a colon beside the date ("According to Example Daily …"), a document's heading with its number
or symbol beside the day it was issued, and a URL's day/month folders before the year in the order of
the article's language. Every line here is invented."""

from __future__ import annotations

from datetime import date

from cleaning_support import published as _published

from dateline.clean.dates import url_date
from dateline.clean.pubdate import from_url

HEAD = "Norland and Sudria ministers meet over the border dispute\n\n"
BODY = (
    "\n\nThe two foreign ministers met in the capital to discuss the disputed frontier and the return of "
    "fishing boats seized last year, officials said in a statement.\n\n"
    "Officials said the talks would resume after a technical committee reviews the maps."
)


# --- an outlet credited without a colon, opening the date line ---------------------------------------


def test_an_outlet_credited_by_according_to_beside_the_date_is_a_date_line():
    for line in (
        "According to Portvale Herald newspaper March 14, 2024 21:34",
        "According to the Portvale Herald, 14 March 2024",
        "According to PNA 14 March 2024",
        "Cited from Portvale Herald 14/03/2024",
        "Según Diario Portvale 14/03/2024",
        "Con información de Agencia Portvale 14/03/2024",
    ):
        assert _published(HEAD + line + BODY).value == "2024-03-14", line
    # a sentence opening with "according to" names no outlet: no date line
    for line in (
        "According to officials who met on March 14, 2024",
        "According to the minister the talks on March 14, 2024 ended without a deal.",
    ):
        assert _published(HEAD + line + BODY).value is None, line


# --- a document's heading: its kind, its number, the day it was issued ---------------------------------


def test_a_documents_number_or_symbol_beside_its_day_makes_a_date_line():
    for line in (
        "Election observation report | Doc. 12345 | 06 January 2022",
        "Document No. 123 | 06 January 2022",
        "S/2022/915 | 06 January 2022",
        "A/76/L.12 – 06 January 2022",
        "Statement No. 45 | 06 January 2022",
        "Communiqué n° 45 – 06 janvier 2022",
    ):
        assert _published(HEAD + line + BODY).value == "2022-01-06", line
    # the same kind of words without the document's number is a line of the story, or a title
    for line in (
        "Election observation report | 06 January 2022",
        "Resolution adopted by the council 06 January 2022",
    ):
        assert _published(HEAD + line + BODY).value is None, line


# --- day and month folders before the year, in the order of the article's language ---------------------


SPANISH = (
    "Representantes del gobierno y de la oposición retomarán esta semana el diálogo en la isla, según "
    "informó el mediador en un comunicado difundido este domingo.\n\n"
    "Las partes se reunirán para avanzar en la búsqueda de una solución acordada para el país, dijo el "
    "comunicado, que no precisó la fecha de la reunión ni la lista de los participantes."
)


def test_day_month_year_folders_are_read_in_the_order_of_the_articles_language():
    url = "https://noticias-portvale.example.com/08/07/2019/politica/dialogo-en-la-isla"
    # the URL alone shows no order: nothing
    assert url_date(url) is None and from_url(url) is None
    found = from_url(url, "es")
    assert found is not None and found.value == "2019-07-08"
    assert _published(SPANISH, url).value == "2019-07-08"
    # an English text leaves the order open: no day
    assert from_url(url, "en") is None
    # a slug's numbers before a year are no folders of days, whatever the language
    assert from_url("https://noticias-portvale.example.com/politica/dialogo-08-07-2019", "es") is None
    # a number above 12 still shows the order in any language
    assert url_date("https://noticias-portvale.example.com/08/17/2019/x")[0] == date(2019, 8, 17)
