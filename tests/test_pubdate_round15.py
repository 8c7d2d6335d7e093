"""Round 15 (r15pub) publication-date forms, with invented pages: a wire dateline with a comma between
its day and the agency's bracket or slashes ("Portvale, Sept. 28, (Wire/Outlet) –", clean/date_lines.py
`_AGENCY`)."""

import pytest
from cleaning_support import published as _published

_HEAD = "Council urges neighbours to reopen the ferry line\n\n"
_MORE = "\n\nThe chairman said the talks would resume in the spring.\n\nA communique is expected later."
_URL = "https://news.example.org/2025/03/council-urges-neighbours-to-reopen-ferry-line"


@pytest.mark.parametrize(
    "dateline",
    [
        "Portvale, Mar. 4, (Wire/Outlet) – ",
        "PORTVALE, March 4, (Wire) - ",
        "Portvale, 4 March, (Wire) — ",
        "PORTVALE, March 4, /WIRE/. ",
    ],
)
def test_a_comma_before_the_agencys_bracket_still_makes_a_dateline(dateline):
    text = f"{_HEAD}{dateline}The council on Tuesday urged its neighbours to reopen the ferry line.{_MORE}"
    found = _published(text, _URL)
    assert (found.value, found.source, found.inferred) == ("2025-03-04", "dateline", True)


def test_a_comma_before_the_agencys_bracket_with_the_year():
    text = f"{_HEAD}Portvale, March 4, 2025, (Wire) – The council urged its neighbours to act.{_MORE}"
    found = _published(text)
    assert (found.value, found.source, found.inferred) == ("2025-03-04", "dateline", False)


def test_a_bracket_after_a_day_inside_a_sentence_is_no_dateline():
    text = f"{_HEAD}Ministers of Portvale met on March 4, (Wire) reported, and agreed on a timetable.{_MORE}"
    assert _published(text, _URL).source != "dateline"
