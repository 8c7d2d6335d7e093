"""Article ids and content hashes: the same content gets the same hash however it was delivered."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"\s+")


def normalize_for_hash(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: copies that differ only in layout hash alike."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(text: str) -> str:
    return hashlib.sha1(normalize_for_hash(text).encode("utf-8")).hexdigest()


def derived_id(digest: str) -> str:
    """The id of an article that came without one: "sha1:" and the first 16 hex of its hash."""
    return f"sha1:{digest[:16]}"
