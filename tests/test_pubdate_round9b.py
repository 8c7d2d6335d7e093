"""Round 9b publication-date forms, with invented pages: a relay's stamp after the body."""

from dateline.pipeline import PipelineConfig, clean_document, make_cleaner
from dateline.records import RawDocument

PAGE = """Harbour talks set for Friday

Transport ministers from four island states meet in Apia on Friday to agree a shared ferry
schedule before the cyclone season.

The host minister said the talks would also cover fuel prices and port fees for the smaller islands.

{line}

No comments:

Post a Comment"""


def _published(line: str) -> str | None:
    raw = RawDocument("invented#9b", text=PAGE.format(line=line))
    art = clean_document(make_cleaner(PipelineConfig()), raw)
    return art.published.value if art.published else None


def test_relay_stamp_after_the_body_dates_the_post():
    assert _published("via FeedBot July 24, 2019 at 07:03PM") == "2019-07-24"


def test_relay_named_by_its_domain():
    assert _published("via relay.example 24 July 2019 19:03") == "2019-07-24"


def test_via_before_a_common_word_is_not_a_relay():
    # "via the embassy" opens a phrase, not a relay's name: the line keeps its words and is no date line
    assert _published("via the embassy on July 24, 2019") is None
