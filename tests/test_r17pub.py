"""Round 17 (r17pub) publication-date forms, with invented pages: datelines and closing place-and-date
lines whose month is written in lower case, as Spanish, Portuguese, French and Italian print it
("Tarija, 11 de agosto de 2019.", "LOMÉ, Togo, 9 juillet 2019/…/ —"), and a press wire's full name
with its initials in the slashes after the date (clean/date_lines.py `_LOWER_CASE_WHEN`, `_AGENCY`)."""

import pytest
from cleaning_support import published as _published

from dateline.clean.date_lines import DATED_LINE, dated_prefix

_BODY = (
    "Las delegaciones de las dos repúblicas se reunieron esta mañana en el palacio de gobierno para "
    "revisar el acuerdo sobre el puerto fluvial.\n\n"
    "La próxima ronda de consultas quedó prevista para octubre de 2022, según el comunicado."
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Asunción, 4 de marzo de 2021.", "2021-03-04"),  # Spanish, with its full stop
        ("Ciudad de Panamá, 4 de marzo de 2021.", "2021-03-04"),  # a place of three words
        ("Brasília, 14 de março de 2025.", "2025-03-14"),  # Portuguese
        ("Lomé, 9 juillet 2019.", "2019-07-09"),  # French, no "de"
        ("Roma, 2 settembre 2020", "2020-09-02"),  # Italian, no full stop
        ("Lomé, le 9 juillet 2019.", "2019-07-09"),  # French "le" before the day
    ],
)
def test_a_closing_place_and_date_line_with_a_lower_case_month(line, day):
    found = _published(f"{_BODY}\n\n{line}\n\nCompartir esta noticia")
    assert (found.value, found.source) == (day, "published-line")


@pytest.mark.parametrize(
    "opening",
    [
        "Lomé, le 9 juillet 2019 - ",  # French "le" before the day
        "LOMÉ, Togo, 9 juillet 2019/Example Press Agency (EPA)/ — ",  # the wire's full name and initials
    ],
)
def test_a_french_wire_dateline_with_a_lower_case_month(opening):
    text = (
        f"Le ministre reçoit son homologue\n\n{opening}Le ministre a reçu son homologue pour parler de "
        "la crise dans la région.\n\nUne nouvelle réunion est prévue pour le mois prochain."
    )
    found = _published(text)
    assert (found.value, found.source) == ("2019-07-09", "dateline")


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Lima, 11 de agosto de 2019.", "11 de agosto de 2019"),
        ("Lima, 11 AGOSTO 2019", "11 AGOSTO 2019"),
        ("Lima, 11 August 2019.", "11 August 2019"),  # the English form, as before
    ],
)
def test_lower_and_upper_case_months_on_a_dateline_line(text, when):
    m = DATED_LINE.fullmatch(text)
    assert m is not None and m["when"] == when


@pytest.mark.parametrize(
    "text",
    [
        "Lima, 5 out of 7 ministers attended.",  # "out" (Portuguese October's short name) is no month here
        "Lima, 11 de agosto the council met.",  # a lower-case month without its year is no dateline
        "Lima, 12 mars",  # likewise on a line of its own
    ],
)
def test_a_lower_case_month_needs_its_year(text):
    assert dated_prefix(text) is None
    assert DATED_LINE.fullmatch(text) is None


def test_only_a_known_month_name_in_lower_case():
    assert DATED_LINE.fullmatch("Lima, 11 de junco de 2019.") is None


def test_a_wire_name_in_slashes_takes_only_initials_in_brackets():
    lead = "PORTVALE, Sept. 28, 2020/Example Wire (EW)/ — The council met on Monday."
    assert (m := dated_prefix(lead)) is not None and m["wire"] == "Example Wire (EW)"
    # a longer aside in the brackets is no wire's initials
    assert dated_prefix("PORTVALE, Sept. 28, 2020/Example Wire (see below)/ — The council met.") is None
