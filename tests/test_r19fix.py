"""Round 19 (r19fix): mends found reviewing the round's changes, with invented lines."""

from __future__ import annotations

import pytest

from dateline.clean.dates import day_order, find_dates


@pytest.mark.parametrize(
    ("line", "order"),
    [
        # dotted: day first wherever written (2 January and 2 March), whatever a pair would say
        ("Talks 02.01.2024 - 02.03.2024 in the capital", None),
        # slashed, the same figures: 1 and 3 February read month first
        ("Talks 02/01/2024 - 02/03/2024 in the capital", "mdy"),
        # two-digit years read as the page's other numeric dates are
        ("Talks 02/01/24 - 02/03/24 in the capital", "mdy"),
    ],
)
def test_only_a_pair_whose_order_is_open_votes(line: str, order: str | None) -> None:
    assert day_order(None, line)[0] == order


def test_a_dotted_pair_keeps_its_day_first_reading() -> None:
    text = "Talks 02.01.2024 - 02.03.2024 in the capital"
    order = day_order(None, text)[0]
    assert [f.value.isoformat() for f in find_dates(text, order)] == ["2024-01-02", "2024-03-02"]
