"""Normalization rules for holidays, anaphora, references and clock times, on sentences written for
these tests (facts invented)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.evaluation.timeml import read_cat
from dateline.time.calendar_math import holiday, shift_year
from dateline.time.tagger import tag_text
from dateline.time.tense import tense_at

WED = date(2021, 9, 15)  # a Wednesday


def values(text: str, dct: date | None = WED) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_text(text, dct)}


def test_computed_holidays() -> None:
    assert holiday("11/4/4", 2021) == date(2021, 11, 25)  # Thanksgiving: fourth Thursday
    assert holiday("11/1/1+1", 2022) == date(2022, 11, 8)  # Election Day: Tuesday after first Monday
    assert holiday("5/1/-1", 2021) == date(2021, 5, 31)  # Memorial Day: last Monday of May
    assert holiday("easter-2", 2024) == date(2024, 3, 29)  # Good Friday
    dct = date(2022, 1, 10)
    assert values("The family met on Thanksgiving Day.", dct)["Thanksgiving Day"][1] == "2021-11-25"
    assert values("The senator campaigned until Election Day.", date(2022, 10, 3))["Election Day"][1] == (
        "2022-11-08"
    )
    assert (
        values("Pilgrims will gather during Easter week.", date(2023, 3, 1))["Easter week"][1] == "2023-W14"
    )
    assert "Easter" not in values("The ship reached Easter Island.")


def test_anaphora_take_the_last_date_mentioned() -> None:
    found = values("The minister fled in June 2019 and returned later that year.")
    assert found["later that year"] == ("DATE", "2019")
    found = values("The index fell sharply on Monday and ended the day 3% lower.")
    assert found["the day"][1] == found["Monday"][1] == "2021-09-13"
    found = values("Exports rose 12% in August, compared to the same month a year ago.")
    assert found["the same month a year ago"][1] == "2020-08"
    assert "that time" not in values("At that time nobody knew.")  # nothing to point back to
    # "the day before" an event is not a date of its own
    assert "the day before" not in values(
        "He was last seen on May 3, the day before police issued a warrant."
    )


def test_references_and_discourse_now() -> None:
    found = values("Now, the mayor said, the recent downturn hit the current budget.")
    assert "Now" not in found
    assert found["recent"] == ("DATE", "PAST_REF") and found["current"] == ("DATE", "PRESENT_REF")
    assert "recent" not in values("The most recent model sold well.")
    assert "current" not in values("The current account deficit widened.")
    assert values("The talks are now over.")["now"] == ("DATE", "PRESENT_REF")


def test_durations_and_names() -> None:
    assert values("The crew spent about 5 1/2 hours in Nairobi.")["about 5 1/2 hours"][1] == "PT5H30M"
    assert values("The plant closed a decade ago.")["a decade ago"] == ("DATE", "2011")
    assert "60 Minutes" not in values("She told 60 Minutes that she would run.")
    assert "about a quarter" not in values("About a quarter of the staff left.")
    assert values("Profits fell in the last quarter.")["the last quarter"] == ("DATE", "2021-Q2")


def test_clock_time_takes_its_weekday_and_deadlines_point_forward() -> None:
    found = values("Officials gave the relatives until 9 a.m. Thursday to sign.")
    assert found["9 a.m. Thursday"][1] == "2021-09-16T09:00"
    found = values("The blast occurred at about 10:35 a.m. (0735 GMT) Monday, officials said.")
    assert found["10:35 a.m."][1] == "2021-09-13T10:35"
    assert values("The court postponed the hearing until Friday.")["Friday"][1] == "2021-09-17"
    assert values("Over the weekend, the rebels advanced.")["the weekend"][1] == "2021-W36-WE"


def test_tense_at_reads_the_governing_verb(nlp) -> None:
    doc = nlp("The ministers met on Tuesday, and they will meet again on Friday.")
    first, second = doc.text.index("Tuesday"), doc.text.index("Friday")
    assert tense_at(doc, first, first + 7) == "past"
    assert tense_at(doc, second, second + 6) == "future"


def test_shift_year() -> None:
    assert shift_year("2009-02", -1) == "2008-02" and shift_year("2008-02-29", -1) == "2007-02"
    assert shift_year("PAST_REF", -1) is None


CAT_NO_DCT = """<?xml version="1.0" ?><Document doc_id="2" doc_name="no_dct" lang="en">
<token number="0" sentence="0" t_id="1">Port</token>
<token number="1" sentence="0" t_id="2">reopens</token>
<token number="2" sentence="1" t_id="3">June</token>
<token number="3" sentence="1" t_id="4">4</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2018</token>
<token number="6" sentence="2" t_id="7">It</token>
<token number="7" sentence="2" t_id="8">closed</token>
<token number="8" sentence="2" t_id="9">today</token>
<Markables>
<TIMEX3 functionInDocument="NONE" m_id="1" type="DATE" value="2018-06-04">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2018-06-04"><token_anchor t_id="9"/></TIMEX3>
</Markables>
</Document>
"""


def test_cat_without_creation_time_takes_its_date_line(tmp_path: Path) -> None:
    path = tmp_path / "no_dct.xml"
    path.write_text(CAT_NO_DCT, encoding="utf-8")
    assert read_cat(path).dct == date(2018, 6, 4)
