"""Language of the cleaned body, with py3langid (offline, fast, 97 languages)."""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_CHARS = 40  # below this a guess is noise: English is assumed and a note says so
MIN_PROBABILITY = 0.8  # a non-English verdict must be this sure to stop the English pipeline
# Creoles whose words are English's (py3langid 0.4 knows Nigerian Pidgin, "pcm"): their n-grams are
# English ones, so a short English wire item that names Nigerian places ("Gunmen killed twelve
# villagers in Zamfara state, Nigeria") is taken for one. The English pipeline reads such a text
# as English; it is kept, with a note, rather than shelved.
ENGLISH_LEXIFIED = frozenset({"pcm"})
# A whitespace-free chunk this long is no word of any language (an encoded blob, a run of symbols, a
# long address): left out of the sample, or one such chunk decides the language of an English article
# ("zxx") and its events are lost. The longest word-like chunk of the news corpus is a 134-character
# address; real words stay far under.
NOT_A_WORD = re.compile(r"\S{100,}")


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, str | None]:
    """(ISO 639-1 code, note or None). Unsure verdicts fall back to English with a note, so that a
    short or name-heavy English text is not shelved as foreign."""
    # The opening 2,000 characters (a few paragraphs) decide as surely as more for a news body, and
    # py3langid's n-gram count is linear in its input: it was a third of the cleaner's time at 5,000.
    # The sample is bounded first, so the pattern's scan stays linear.
    sample = NOT_A_WORD.sub(" ", text[:2000])
    if len(sample.strip()) < MIN_CHARS:
        return "en", "too short to detect the language; assumed English"
    code, probability = _identifier().classify(sample)
    if code == "en":
        return "en", None
    if code in ENGLISH_LEXIFIED:
        return "en", f"py3langid: {code} at {probability:.2f}, an English-lexified creole; read as English"
    if probability < MIN_PROBABILITY:
        return "en", f"language unsure (py3langid: {code} at {probability:.2f}); assumed English"
    return code, f"language {code} (py3langid, {probability:.2f}): stored, not processed further"
