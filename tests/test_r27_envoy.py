"""Round 27 (r27split2): an envoy named by post in one report and by name in another.

A country's envoy told as "Borda's ambassador" (a role phrase) and as "Tomas Ferrand", a person of
Borda whose post on the date the knowledge base does not give (role None), match strongly
(`compatible._one_post`): the expulsion of the ambassador told both ways by two outlets is one event.
A person whose post is known (another office), or of another country, does not match the role.

Invented records through the real merge.
"""

from __future__ import annotations

from test_dedup_merge import day, mention

from dateline.dedup import merge
from dateline.dedup.compatible import NONE, STRONG, actor_match
from dateline.records import Actor

ISTAN = Actor("IST", "Istan", "IST", None, None, "country")
ISTAN_MINISTRY = Actor("ist-foreign-office", "Istan Foreign Office", "IST", "GOV", None, "organization")
BORDA_AMBASSADOR = Actor(None, "Borda's ambassador", "BRD", "GOV", "ambassador", "role")
FERRAND = Actor("phx-tomas-ferrand", "Tomas Ferrand", "BRD", "GOV", None, "person")
BORDA_MINISTER = Actor("brd-lena-osk", "Lena Osk", "BRD", "GOV", "foreign minister", "person")
NORLAND_FERRAND = Actor("phx-ana-pell", "Ana Pell", "NRL", "GOV", None, "person")


def test_an_envoys_post_and_a_person_of_his_country_without_a_post_match_strongly():
    assert actor_match(BORDA_AMBASSADOR, FERRAND) == STRONG
    assert actor_match(FERRAND, BORDA_AMBASSADOR) == STRONG
    assert actor_match(BORDA_AMBASSADOR, BORDA_MINISTER) == NONE  # another office on the date
    assert actor_match(BORDA_AMBASSADOR, NORLAND_FERRAND) == NONE  # another country's person


def _expulsion(article: str, actors: tuple) -> object:
    return mention(article, 10, type="SANCTION", mode="expel", when=day(2032, 4, 11),
                   actors=actors, sides=("source", "target"))  # fmt: skip


def test_the_expulsion_of_the_ambassador_told_by_post_and_by_name_is_one_event():
    # "Istan ordered Borda's ambassador to leave" beside "the Istan foreign office expelled Tomas Ferrand".
    by_post = _expulsion("v001", (ISTAN, BORDA_AMBASSADOR))
    by_name = _expulsion("v002", (ISTAN_MINISTRY, FERRAND))
    for order in ([by_post, by_name], [by_name, by_post]):
        assert [len(e.mentions) for e in merge(order)] == [2]
    minister = _expulsion("v002", (ISTAN_MINISTRY, BORDA_MINISTER))
    assert sorted(len(e.mentions) for e in merge([by_post, minister])) == [1, 1]
