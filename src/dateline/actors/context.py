"""The countries an article's header names: its dateline's place ("MANILA:") and its headline.

The cleaner keeps both apart from the body the parser reads (records.Article.title, .dateline), and the
pipeline leaves them on the Doc (`components.ARTICLE_HEADER`). A body of state the text leaves without a
country ("the foreign affairs ministry said", "the Department of Foreign Affairs (DFA)") is, failing
a titled official of the outlet's own country (`DocState.home_votes`), the dateline's country or the
first one its headline names ("Zembla protests Ruritanian drills": Zembla speaks). Only that rule reads
them (`DocState.home`): the headline is no sentence of the body, so nothing else is resolved from it.

Weaker still is the address the article was read from (`components.ARTICLE_URL`): a country-code domain
(".pk", ".co.uk", ".com.ng") is often the outlet's country, but as often a magazine abroad or a foreign
edition writing of others. It only chooses among countries the text itself names (`DocState.domain`).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase, alias_key, tokens
from dateline.components import ARTICLE_HEADER, ARTICLE_URL

PLACE_KINDS = frozenset({"country", "demonym", "metonym", "place"})


def header_countries(doc: Doc, kb: KnowledgeBase) -> list[str]:
    """The countries of the dateline's place, then those the headline names, in order, once each."""
    header = doc.user_data.get(ARTICLE_HEADER)
    if not header:
        return []
    out: list[str] = []
    for text in header:
        for iso3 in countries_named(text or "", kb):
            if iso3 not in out:
                out.append(iso3)
    return out


def countries_named(text: str, kb: KnowledgeBase) -> list[str]:
    """The countries a short line names by a name, demonym, capital or known place, left to right
    (longest alias first); only capitalised words, so that a lower-case common word ("us", "chad")
    names nothing, and an alias written in capitals only so written ("US", not a title-case "Us")."""
    words = tokens(text)
    keys = alias_key(text)
    found: list[str] = []
    i = 0
    while i < len(keys):
        # Every alias's leading words are among `kb.prefixes`: no span longer than the longest such
        # run from `i` can be one, so only those are looked up.
        reach = 0
        while reach < min(kb.max_alias_len, len(keys) - i) and keys[i : i + reach + 1] in kb.prefixes:
            reach += 1
        for n in range(reach, 0, -1):
            span = words[i : i + n]
            entries = [
                e
                for e in kb.lookup(keys[i : i + n])
                if e.kind in PLACE_KINDS and (not e.form.isupper() or all(w.isupper() for w in span))
            ]
            if entries and span[0][:1].isupper():
                found.append(entries[0].key)
                i += n
                break
        else:
            i += 1
    return found


def domain_country(doc: Doc) -> str | None:
    """The country of the article address's country-code domain ("www.example.com.ng" -> NGA), if any."""
    url = doc.user_data.get(ARTICLE_URL)
    host = urlsplit(url).hostname if isinstance(url, str) and "//" in url else None
    if not host:
        return None
    return _cctlds().get(host.rsplit(".", 1)[-1])


@cache
def _cctlds() -> dict[str, str]:
    """cctlds.tsv: country-code top-level domain -> ISO 3166-1 alpha-3 (data/SOURCES.md)."""
    path = Path(str(resources.files("dateline.actors") / "data" / "cctlds.tsv"))
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return dict(row.split("\t") for row in rows if row)
