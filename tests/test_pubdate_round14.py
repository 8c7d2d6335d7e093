"""Round 14 (r14pub) publication-date forms, with invented pages: a press wire's dateline whose wire
name the copy dropped ("PLACE, Country, March 4, 2025/ —"), "today, <day>" in apposition with its
year or lower in the body, and the year of a year-less day from the same day printed with its year
in a line taken out of the text (a photo caption): clean/date_lines.py `_AGENCY`, clean/plaintext.py
`_today_in_brackets`, `_same_day_taken_out`."""

import pytest
from cleaning_support import published as _published

_HEAD = "Regional council meets in Portvale\n\n"
_MORE = "\n\nThe chairman said the talks would resume in the spring.\n\nA communique is expected later."


@pytest.mark.parametrize("mark", ["2025/ —", "2025 / -", "2025// --"])
def test_a_press_wire_dateline_without_the_wires_name_gives_its_day(mark):
    text = f"{_HEAD}PORTVALE, Examplelandia, March 4, {mark} The council of ministers met in private.{_MORE}"
    found = _published(text)
    assert (found.value, found.source, found.inferred) == ("2025-03-04", "dateline", False)


def test_the_release_dateline_wins_over_the_leads_today():
    # a release filed the day after the meeting it reports "today": the page's date is the dateline's
    text = (
        f"{_HEAD}PORTVALE, Examplelandia, March 4, 2025/ — The ministers are meeting in the capital to "
        f"discuss the ferry line, today, March 3, 2025.{_MORE}"
    )
    found = _published(text)
    assert found.value == "2025-03-04"
    assert [(c.value, c.source) for c in found.candidates] == [("2025-03-03", "published-line")]


def test_slashes_inside_a_sentence_are_no_dateline():
    text = f"{_HEAD}Rates rose by 5/ - 6 percent in Portvale, March 4, 2025/ — officials said.{_MORE}"
    assert _published(text).source != "dateline"


def test_today_with_its_day_and_year_in_the_lead_keeps_the_year():
    text = f"{_HEAD}The ministers met in the capital today, March 3, 2025.{_MORE}"
    found = _published(text)
    assert (found.value, found.inferred, found.confidence) == ("2025-03-03", False, 0.6)


_CAPTION = "Ministers arrive for the council meeting in Portvale, Examplelandia March 3, 2025 [Jo Doe/Wire]"


def _later_today(line: str, caption: str = _CAPTION) -> str:
    return (
        f"{_HEAD}The council has lifted the levy on ferry crossings.\n\n{caption}\n\n"
        "The levy was introduced two years ago.\n\n"
        f"{line}\n\nThe chairman said the talks would resume in the spring."
    )


def test_today_lower_in_the_body_takes_the_year_of_the_same_day_in_a_caption():
    found = _published(_later_today("But at a meeting today, March 3 in Portvale, the council lifted it."))
    assert (found.value, found.inferred, found.month_day) == ("2025-03-03", True, "--03-03")
    assert "taken out of the text" in found.note


def test_a_caption_of_another_day_places_no_year():
    found = _published(
        _later_today(
            "But at a meeting today, March 3 in Portvale, the council lifted it.",
            _CAPTION.replace("March 3", "February 27"),
        )
    )
    assert found.value is None and found.month_day == "--03-03"


def test_today_lower_in_the_body_inside_a_quotation_is_a_speakers_word():
    found = _published(_later_today('"We meet today, March 3, in Portvale," the chairman said.'))
    assert found.value is None and found.month_day is None
