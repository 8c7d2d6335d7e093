"""Sentence text -> sub-tokens, and the knowledge-base, title and agent phrases found among them.

Matching runs on our own sub-tokens (the same regex that keys the KB aliases) rather than on spaCy
tokens, so that an alias and the text are always cut the same way ("U.S.-Taliban", "Pakistan's").
Lookups are longest-first dict accesses over at most `max_len` tokens per position: linear in the
text whatever the size of the knowledge base.
"""

from __future__ import annotations

from typing import NamedTuple

from dateline.actors.kb import TOKEN, AliasEntry, KnowledgeBase, alias_key
from dateline.actors.lexicon import Title, agents, case_fits, titles


class Sub(NamedTuple):
    """A sub-token. A named tuple, not a frozen dataclass: a document has thousands and a frozen
    dataclass is several times slower to make; `capitalized` is read at nearly every position, so it is
    computed once here rather than as a property."""

    text: str
    key: str  # lower case, periods of abbreviations dropped
    start: int  # character offsets in the document
    end: int
    capitalized: bool


def subtokens(text: str, offset: int) -> list[Sub]:
    out = []
    for m in TOKEN.finditer(text):
        word = m.group()
        key = alias_key(word)
        start, end = m.span()
        out.append(
            Sub(word, key[0] if key else word.lower(), start + offset, end + offset, word[:1].isupper())
        )
    return out


class Match(NamedTuple):
    """A phrase found at a position (a named tuple for the same reason as `Sub`: made at every hit)."""

    i: int  # sub-token range [i, j)
    j: int
    values: tuple  # AliasEntry, Title or sector strings


def _longest(subs: list[Sub], i: int, max_len: int, get, is_prefix) -> Match | None:
    """Grow the window while it is still the start of some phrase; keep the longest hit. Most
    positions stop after one set look-up, whatever the size of the table."""
    best = None
    key: tuple[str, ...] = ()
    text: list[str] = []  # the window's words, grown with it (`get` reads it and keeps nothing)
    for s in subs[i : i + max_len]:
        key = (*key, s.key)  # grown one sub-token at a time
        if not is_prefix(key):
            break
        text.append(s.text)
        found = get(key, text)
        if found:
            best = Match(i, i + len(key), tuple(found))
    return best


def may_start(kb: KnowledgeBase, key: str) -> bool:
    """Whether a KB alias, a title (also in the plural) or an agent noun may start with the sub-token key
    `key`: when not, `kb_match`, `title_match` and `agent_match` are None there, found with three set
    look-ups instead of the three window searches."""
    first, table = (key,), titles()
    return (
        first in kb.prefixes
        or first in table.prefixes
        or (key[:-1],) in table.prefixes  # the plural's first window, as `title_match` reads it
        or first in agents().prefixes
    )


def kb_match(kb: KnowledgeBase, subs: list[Sub], i: int) -> Match | None:
    """The longest alias at `i` whose spelling fits (acronyms in capitals, names capitalised)."""

    def get(key: tuple[str, ...], text: list[str]) -> list[AliasEntry]:
        return [e for e in kb.lookup(key) if case_fits(e.form, text)]

    return _longest(subs, i, kb.max_alias_len, get, kb.prefixes.__contains__)


def title_match(subs: list[Sub], i: int) -> tuple[Match, bool] | None:
    """The longest title at `i`, and whether it was written in the plural ("foreign ministers")."""
    table = titles()
    exact = _longest(subs, i, table.max_len, lambda k, t: table.get(k, t), table.prefixes.__contains__)

    def plural(key: tuple[str, ...], text: list[str]) -> list[Title]:
        last = key[-1]
        if not last.endswith("s") or len(last) < 4:
            return []
        return table.get((*key[:-1], last[:-1]), [*text[:-1], text[-1][:-1]])

    def plural_prefix(key: tuple[str, ...]) -> bool:
        return key in table.prefixes or (*key[:-1], key[-1][:-1]) in table.prefixes

    many = _longest(subs, i, table.max_len, plural, plural_prefix)
    if many and (exact is None or many.j > exact.j):
        return many, True
    return (exact, False) if exact else None


def agent_match(subs: list[Sub], i: int) -> Match | None:
    table = agents()
    return _longest(subs, i, table.max_len, lambda k, t: table.get(k, t), table.prefixes.__contains__)
