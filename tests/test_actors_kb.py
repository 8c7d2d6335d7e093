"""The actor knowledge base: loading, user files, malformed rows, roles by date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.actors.kb import KnowledgeBase, KnowledgeBaseError, alias_key
from dateline.records import DateInterval

FIXTURES = Path(__file__).parent / "fixtures" / "kb"
PEOPLE_HEADER = "id\tname\taliases\tcountry\tsector\trole\tstart\tend\tsource\n"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files(sorted(FIXTURES.glob("*.tsv")))


def test_holders_follow_the_date(kb):
    assert [p.id for p in kb.holders("RUS", "head of state", date(2010, 6, 1))] == ["dmitry-medvedev"]
    assert [p.id for p in kb.holders("RUS", "head of state", date(2015, 6, 1))] == ["vladimir-putin"]
    assert [p.id for p in kb.holders("PAK", "head of government", date(2022, 5, 1))] == ["shehbaz-sharif"]
    # An interval spanning a change of office has both holders.
    span = DateInterval(date(2022, 1, 1), date(2022, 12, 31))
    assert {p.id for p in kb.holders("PAK", "head of government", span)} == {"imran-khan", "shehbaz-sharif"}
    assert kb.holders("PAK", "head of government", date(2023, 12, 1)) == []  # caretaker gap


def test_roles_of_changes_with_the_date(kb):
    assert kb.roles_of("vladimir-putin", date(2010, 1, 1)) == ["head of government"]
    assert kb.roles_of("vladimir-putin", date(2013, 1, 1)) == ["head of state"]
    assert set(kb.roles_of("vladimir-putin", None)) == {"head of state", "head of government"}


def test_aliases_are_keyed_without_case_and_abbreviation_periods(kb):
    assert alias_key("U.S.") == alias_key("US") == ("us",)
    assert {e.key for e in kb.lookup(alias_key("Sergei Lavrov"))} == {"sergey-lavrov"}
    kinds = {e.kind for e in kb.lookup(alias_key("Kremlin"))}
    assert kinds == {"metonym"}


def test_user_file_is_recognised_by_its_header_and_merged(tmp_path):
    user = tmp_path / "mine.tsv"
    user.write_text(
        PEOPLE_HEADER
        + "sergey-lavrov\tSergey Lavrov\tS. V. Lavrov\tRUS\tGOV\tforeign minister\t2004-03-09\t\tme\n"
        + "ishaq-dar\tIshaq Dar\t\tPAK\tGOV\tforeign minister\t2024-03-11\t\tme\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.from_files([*sorted(FIXTURES.glob("*.tsv")), user])
    assert [p.id for p in kb.holders("PAK", "foreign minister", date(2024, 6, 1))] == ["ishaq-dar"]
    assert len(kb.tenures("sergey-lavrov")) == 1  # the same tenure twice is kept once
    assert {e.key for e in kb.lookup(alias_key("S. V. Lavrov"))} == {"sergey-lavrov"}


def test_load_adds_user_files_to_the_package_data(tmp_path):
    user = tmp_path / "people.tsv"
    user.write_text(PEOPLE_HEADER + "x-test\tXavier Testperson\t\tPAK\tGOV\tspokesperson\t2020-01-01\t\tme\n")
    kb = KnowledgeBase.load([user])
    assert "x-test" in kb.people
    assert KnowledgeBase.load([user]) is kb  # cached per process


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (PEOPLE_HEADER + "a\tA B\t\tPAK\tGOV\thead of state\t2020-13-01\t\tme\n", "not an ISO date"),
        (PEOPLE_HEADER + "a\tA B\t\tPAK\tGOV\thead of state\n", "tab-separated cells"),
        (PEOPLE_HEADER + "a\tA B\t\tPK\tGOV\thead of state\t2020-01-01\t\tme\n", "alpha-3"),
        (
            PEOPLE_HEADER + "a\tA B\t\tPAK\tGOV\thead of state\t2020-01-01\t2019-01-01\tme\n",
            "before it starts",
        ),
        ("name\tcountry\nA\tPAK\n", "not a knowledge-base header"),
    ],
)
def test_malformed_user_file_names_file_and_line(tmp_path, text, message):
    bad = tmp_path / "bad.tsv"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=message) as err:
        KnowledgeBase.from_files([bad])
    line = 1 if "header" in message else 2
    assert f"{bad}:{line}:" in str(err.value)
