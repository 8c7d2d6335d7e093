"""Round 14: an office nobody known holds is shown as news says it ("Pakistan's deputy foreign
minister", "the Netherlands' envoy" without the article), not as the country's name and the role run
together like a phrase copied from the text. The name is display only: the actor stays a role actor of
that country and role. Real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.actors.kb import KnowledgeBase
from dateline.records import Actor, DateInterval, DocumentTime

DAY = date(2024, 3, 15)


def _actors(resolver, nlp, text: str) -> dict[str, Actor]:
    """Mention text (lower-cased) -> its first actor."""
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return {m.text.lower(): m.actors[0] for m in found if m.actors}


@pytest.mark.parametrize(
    ("text", "mention", "name", "country"),
    [
        ("The envoy met Pakistan's deputy foreign minister in Islamabad on Monday.",
         "pakistan's deputy foreign minister", "Pakistan's deputy foreign minister", "PAK"),
        ("Chile's deputy foreign minister received the delegation in Santiago.",
         "chile's deputy foreign minister", "Chile's deputy foreign minister", "CHL"),
        ("The Philippine deputy foreign minister flew to Hanoi for the talks.",
         "the philippine deputy foreign minister", "Philippines' deputy foreign minister", "PHL"),
    ],
)  # fmt: skip
def test_an_office_without_a_known_holder_is_named_as_the_countrys_office(
    resolver, nlp, text, mention, name, country
):
    actor = _actors(resolver, nlp, text)[mention]
    role = "deputy foreign minister"
    assert (actor.id, actor.kind, actor.country, actor.role) == (None, "role", country, role)
    assert actor.name == name


def test_the_office_name_takes_the_possessive_of_the_country():
    kb = KnowledgeBase.load()
    assert kb.office("NLD", "envoy", "GOV").name == "Netherlands' envoy"
    assert kb.office("KEN", "envoy", "GOV").name == "Kenya's envoy"
    office = kb.office("KEN", "envoy", "GOV")
    assert (office.id, office.country, office.sector, office.role, office.kind) == (
        None, "KEN", "GOV", "envoy", "role",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("The EU special envoy visited Belgrade on Monday.", "the eu special envoy",
         "European Union's special envoy"),
        ("The ECOWAS special envoy arrived in Bamako.", "the ecowas special envoy", "ECOWAS's special envoy"),
    ],
)  # fmt: skip
def test_a_bodys_office_without_a_holder_is_named_as_the_bodys(resolver, nlp, text, mention, name):
    actor = _actors(resolver, nlp, text)[mention]
    assert (actor.id, actor.kind, actor.role, actor.name) == (None, "role", "special envoy", name)
