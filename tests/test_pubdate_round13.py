"""Round 13 publication-date forms, with invented pages and sentences (clean/dates.py,
clean/plaintext.py): a Unix time as a number of its own in a URL's slug, and a day line that the
lead repeats without its year."""

from datetime import date

from cleaning_support import published as _published

from dateline.clean.dates import url_unix_days

_LEAD = (
    "The transport ministers of the two river states signed a new barge code in Portvale, officials "
    "said, ending two years of talks over fees and pilots."
)


# 1710448200 is 2024-03-14 20:30 UTC: the 14th west of UTC+3:30, the 15th east of it
_UNIX_URL = "https://news.example.com/article/ministers-sign-barge-code-1710448200-4417"


def test_a_unix_time_in_the_slug_reads_as_the_days_it_can_be_somewhere():
    assert url_unix_days(_UNIX_URL) == [date(2024, 3, 14), date(2024, 3, 15)]
    # part of a longer number, or a dotted version, is no time
    assert url_unix_days("https://news.example.com/article/17104482001234-barge") == []
    assert url_unix_days("https://news.example.com/files/v1.1710448200.2/a.html") == []
    # closing the path before its extension
    assert url_unix_days("https://news.example.com/barge-code-1710448200.html")[0] == date(2024, 3, 14)


def test_a_unix_time_in_the_slug_only_where_the_page_prints_that_very_day():
    text = f"Ministers sign barge code\n{_LEAD}\nThe code was signed in Portvale on March 14, 2024."
    found = _published(text, _UNIX_URL)
    assert (found.value, found.source, found.inferred) == ("2024-03-14", "url", True)
    # the same number with no day on the page is an id as often (news ids of ten digits abound)
    assert _published(f"Ministers sign barge code\n{_LEAD}\nFees came next.", _UNIX_URL).value is None
    # a day the number cannot be anywhere on Earth confirms nothing
    text = f"Ministers sign barge code\n{_LEAD}\nTalks opened on March 10, 2024."
    assert _published(text, _UNIX_URL).value is None


def test_a_photo_caption_printing_the_day_confirms_the_unix_time():
    text = (
        "Ministers sign barge code\n"
        "The transport minister, left, shakes hands with her counterpart in Portvale, March 14, 2024.\n"
        f"{_LEAD}\nFees came next."
    )
    assert _published(text, _UNIX_URL).value == "2024-03-14"


def test_a_day_line_under_a_section_label_that_the_lead_repeats_without_its_year():
    text = (
        "Riverland-Portvale Relations\nMarch 14, 2024\n"
        "On March 14, the transport ministers of the two river states signed a new barge code in "
        "Portvale. The outline of the signing is as follows.\n"
        "1. The code sets fees for pilots on the lower river."
    )
    found = _published(text)
    assert (found.value, found.source) == ("2024-03-14", "header")
    # day first in both
    text = text.replace("March 14, 2024", "14 March 2024").replace("On March 14,", "On 14 March,")
    assert _published(text).value == "2024-03-14"


def test_a_day_line_the_lead_does_not_repeat_stays_a_page_headers_day():
    text = (
        "Riverland-Portvale Relations\nMarch 14, 2024\n"
        "On March 12, the transport ministers of the two river states signed a new barge code in "
        "Portvale. The outline of the signing is as follows.\n"
        "1. The code sets fees for pilots on the lower river."
    )
    assert _published(text).value is None
