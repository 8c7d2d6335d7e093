"""Words written with their accents read as the plain ASCII words the lexicons list.

News in English keeps the accents of French and Spanish loan titles ("chargé d'affaires", "attaché")
as often as it drops them; the trigger lexicon lists them once, unaccented ("charge", "attache").
"""

from __future__ import annotations

import unicodedata


def unaccented(word: str) -> str:
    """`word` with its combining marks dropped ("chargé" -> "charge"); ASCII words come back as they are."""
    if word.isascii():
        return word  # nearly every word: no decomposition to pay for
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
