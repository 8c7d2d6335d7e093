"""Round 18 (r18pub) publication dates, with invented pages: an image's file name or an icon's name on
a line of its own ("india-sri-lanka-deals" under a photo) is no subtitle (clean/data/boilerplate.tsv),
so the header goes on to the byline with its date below it."""

import pytest
from cleaning_support import published as _published

from dateline.clean.plaintext import classify, split_units


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("riverland-eastport-consulate-closure", True),  # an image's slug
        ("RVL-Eastport-2023", True),
        ("riverland-port-deal.webp", True),  # a file name
        ("keyboard_arrow_right", True),  # an icon's name
        ("21-February-2021", False),  # a date written with hyphens
        ("Tuesday-14-October-2024", False),
        ("Sri-Lanka", False),  # two parts: a word
        ("Riverland-Eastport ties", False),  # more than one word
    ],
)
def test_an_image_or_icon_name_on_its_own_line(line: str, removed: bool) -> None:
    unit = split_units(line)[0]
    classify(unit)
    assert (unit.kind == "boiler") is removed


def test_a_byline_below_an_image_name_belongs_to_the_header() -> None:
    text = (
        "Riverland and Eastport sign port and energy deals\n"
        "The two governments signed seven agreements on the second day of the visit to the capital.\n"
        "riverland-eastport-deals\n"
        "Ana Ruiz\n"
        "By Ana RuizApr 05, 2025\n"
        "RIVERLAND and Eastport signed port and energy agreements on Saturday during the visit.\n"
        "The agreements include a five-year plan for the northern port and a power line."
    )
    found = _published(text)
    assert (found.value, found.source) == ("2025-04-05", "byline")
