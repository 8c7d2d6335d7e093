"""Round 30 (r30pub): publication dates the released page sets and the news sets' listings missed, by
the decision that lost them: a date form not read ("del" before the year, Russian short month names,
Korean stamp labels, a URL's day folder whose day and month are one number), another language's
"today" with its day written month first or below headline-like lines, a day beside its author's
byline, a datelined lead repeating the standfirst above it, and the day/month order of a numeric
date the page also writes with its month's name. Every line here is invented."""

from __future__ import annotations

from cleaning_support import published as _published

from dateline.clean.dates import find_dates, url_date

HEAD = "Norland and Sudria ministers meet over the border dispute\n\n"
BODY = (
    "\n\nThe two foreign ministers met in the capital to discuss the disputed frontier and the return of "
    "fishing boats seized last year, officials said in a statement.\n\n"
    "Officials said the talks would resume after a technical committee reviews the maps."
)


# --- date forms ----------------------------------------------------------------------------------------


def test_del_before_the_year_is_read_as_de():
    assert [f.value.isoformat() for f in find_dates("el 21 de octubre del 2023")] == ["2023-10-21"]
    assert [f.value.isoformat() for f in find_dates("12 maggio del 2023")] == ["2023-05-12"]
    text = HEAD + "Portvale, 21 de octubre del 2023 – Los ministros se reunieron este sábado." + BODY
    found = _published(text)
    assert (found.value, found.source) == ("2023-10-21", "dateline")


def test_russian_short_month_names_are_read():
    assert [f.value.isoformat() for f in find_dates("07 янв 2022, 11:44")] == ["2022-01-07"]
    assert [f.value.isoformat() for f in find_dates("3 сент. 2021")] == ["2021-09-03"]
    assert _published(HEAD + BODY.strip() + "\n\n07 янв 2022, 11:44").value == "2022-01-07"


def test_korean_stamp_labels_make_a_date_line():
    line = "입력 2019.08.28 (15:20) 수정 2019.08.30 (16:47)"
    found = _published(HEAD + line + BODY)
    assert (found.value, found.source) == ("2019-08-28", "published-line")
    assert "2019-08-30" in {c.value for c in found.candidates}


def test_a_url_day_folder_whose_day_and_month_are_one_number_needs_no_order():
    assert url_date("https://example.com/world/11-11-2019/talks-resume")[0].isoformat() == "2019-11-11"
    # two numbers at most 12 that differ still leave the order open
    assert url_date("https://example.com/world/11-10-2019/talks-resume") is None


# --- another language's "today" with its day -------------------------------------------------------------


def test_another_languages_today_with_its_day_written_month_first():
    text = (
        "Rais wa Norland awasili Portvale\n\n"
        "Rais wa Norland amewasili jijini Portvale kuanza ziara ya siku tatu.\n\n"
        "Taarifa iliyotolewa leo Jumatano, Septemba 21, 2022 na Ikulu imeeleza kuwa rais amewasili."
    )
    assert _published(text).value == "2022-09-21"
    # a year-less day takes the year of a date the article gives
    text = (
        "Rais wa Norland ziarani Sudria\n\n"
        "Waziri amesema rais ataanza ziara ya kikazi nchini Sudria kuanzia hii leo April 17 hadi "
        "April 20,2024."
    )
    assert _published(text).value == "2024-04-17"
    # a word before the day ("tarehe") or after it ("hadi") is never a month
    text = "Rais wa Norland ziarani Sudria\n\nRais ataanza ziara leo tarehe 1 hadi tarehe 4 kwa mazungumzo."
    assert _published(text).value is None


def test_the_first_paragraphs_are_counted_by_their_sentences():
    text = (
        "Site tagline of the outlet\n\n"
        "Rais wa Norland ziarani Sudria\n\n"
        "Rais wa Norland, picha ya maktaba\n\n"
        "Share this story\n\n"
        "RAIS wa Norland kesho Jumatatu tarehe 2 Agosti, 2021 anafanya ziara ya siku mbili nchini Sudria.\n\n"
        "Taarifa aliyoitoa leo Jumapili, tarehe 1 Agosti 2021, imesema rais atafanya mazungumzo rasmi."
    )
    assert _published(text).value == "2021-08-01"


# --- a day beside its author's byline ---------------------------------------------------------------------


def test_a_day_beside_an_authors_byline_is_the_pieces_date():
    memo = (
        "\nOverview\n\n"
        "  1. This memorandum outlines the background and outcomes of the negotiations between the "
        "delegations of Norland and Sudria, held in Portvale over three weeks.\n\n"
        "  2. The core deal is that aid will flow in exchange for a ceasefire along the border."
    )
    found = _published("By Concerned Norland Scholars\n26 November 2022" + memo)
    assert (found.value, found.confidence) == ("2022-11-26", 0.5)
    # below it too ("By" under the day); the day alone opening the page stays a page header's day
    assert _published("Tuesday, 26 November 2022\nBy Concerned Norland Scholars" + memo).value == "2022-11-26"
    assert _published("26 November 2022" + memo).value is None


# --- a datelined lead repeating its standfirst ------------------------------------------------------------


def test_a_datelined_lead_repeating_the_standfirst_above_it():
    sentence = (
        "Norland and Sudria leaders on Thursday struck an upbeat tone at a rare meeting in Portvale, "
        "stressing a commitment to resolve outstanding bilateral issues."
    )
    text = (
        "Norland, Sudria leaders ink friendship declaration in rare meeting\n"
        f"- {sentence}\n"
        f"Portvale/Sudria City, 7 December 2023 (dpa/XYZ) - {sentence}\n"
        "The two leaders signed a declaration on good neighbourliness in Portvale."
    )
    assert _published(text).value == "2023-12-07"
    # another paragraph above the datelined one is the body's first: its date is not the lead's
    other = (
        "Officials from both sides had met in Portvale twice this year. They did not agree on fishing, and "
        "the talks broke off in the spring after a week."
    )
    assert _published(text.replace(f"- {sentence}", other, 1)).value is None


# --- the order of a numeric date --------------------------------------------------------------------------


def test_a_numeric_dates_order_from_a_caption_printing_one_reading():
    caption = (
        "The speaker attends a press conference in Portvale on Aug. 5, 2022, at the end of her tour. "
        "(Ana Ruiz / AFP via Getty Images)\n"
    )
    lines = "8/5/2022\nUpdated:\n8/5/2022\n\n"
    story = (
        "The council imposed sanctions on the speaker, its spokesperson said in a statement on Aug. 5.\n\n"
        "The speaker had visited the island earlier in the week despite warnings."
    )
    url = "https://example.com/world/sanctions_123.html"
    assert _published(HEAD + caption + lines + story, url=url).value == "2022-08-05"
    # a caption printing the other reading settles it the other way
    other = caption.replace("Aug. 5, 2022", "8 May 2022").replace("on Aug. 5", "on May 8")
    assert _published(HEAD + other + lines + story, url=url).value == "2022-05-08"
